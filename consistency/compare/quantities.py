"""Compare two quantities: agree, compatible, conflict, or not comparable (different things)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..extract.lexicon import unit_key
from ..records import INF, Quantity
from .scope import frame_value


@dataclass(frozen=True)
class Tolerances:
    """How much slack a comparison allows; all explicit and configurable.

    ``rounding``: a round figure ("11.000") may stand for anything that rounds to it, up to half its last
    significant place and at most ``rounding_cap`` of its value, so "11.000" vs "11.200" is compatible
    rather than a conflict. ``relative``: extra slack for any two exact figures.
    """

    rounding: bool = True
    rounding_cap: float = 0.05
    relative: float = 0.0


def comparable(a: Quantity, b: Quantity) -> bool:
    """Only figures of one kind about one class of thing are compared ("tentara" ~ "pasukan" ~ "troops")."""
    if a.kind != b.kind:
        return False
    if a.unit_class is None or b.unit_class is None:
        return False
    if a.unit_detail and b.unit_detail and a.unit_detail != b.unit_detail:
        return False  # "12 ruang kelas" and "2 ruang alat peraga" count different rooms
    return a.unit_class == b.unit_class


def _decimals(q: Quantity | None) -> int:
    """Decimal places of the figure as written ("58,6 persen" 1, "58.59 percent" 2, "11.000" 0)."""
    import re

    if q is None:
        return 0
    m = re.search(r"\d+(?:[.,\u202f ]\d{3})*(?:[.,](\d{1,2}))?(?!\d)", q.text)
    if not m or not m.group(1):
        return 0
    return len(m.group(1)) if (q.value is not None and q.value != int(q.value)) else 0


def rounding_slack(v: float, tol: Tolerances, q: Quantity | None = None) -> float:
    places = _decimals(q) if q is not None and q.kind in ("percent", "magnitude", "measure", "money", "count") else 0
    if tol.rounding and places and q is not None and q.value is not None and abs(v - q.value) < 1e-9:
        # "58,6 persen" stands for anything that rounds to it: 58.55 to 58.65
        return max(0.5 * 10 ** -places, v * tol.relative)
    if not tol.rounding or v < 100 or v != int(v):
        return v * tol.relative
    digits = str(int(v))
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros < 2:
        return v * tol.relative
    return max(min(0.5 * 10**zeros, tol.rounding_cap * v), v * tol.relative)


def interval(q: Quantity, tol: Tolerances, *, round_exact: bool = True) -> tuple[float, float, bool, bool]:
    if q.exact and round_exact:
        slack = rounding_slack(q.low, tol, q)
        # what rounds to a figure: half-open, so "7,4" and "7,5" do not meet at 7.45
        return q.low - slack, q.high + slack, True, slack == 0
    return q.low, q.high, q.low_inclusive, q.high_inclusive


def _overlap(a, b) -> bool:
    lo_a, hi_a, lia, hia = a
    lo_b, hi_b, lib, hib = b
    if hi_a < lo_b or hi_b < lo_a:
        return False
    if hi_a == lo_b:
        return hia and lib
    if hi_b == lo_a:
        return hib and lia
    return True


def compare_quantities(a: Quantity, b: Quantity, tol: Tolerances = Tolerances()) -> str | None:
    """The verdict for two quantities, or None when they are not about the same kind of thing (by unit
    class; with frames, ``compare.matching`` decides what is the same thing and ``compare_values`` the rest)."""
    if not comparable(a, b):
        return None
    return compare_values(a, b, tol)


def compare_values(a: Quantity, b: Quantity, tol: Tolerances = Tolerances()) -> str:
    """agree, compatible or conflict for two figures taken to be about one thing."""
    if a.kind == b.kind == "clock":
        return compare_clock(a, b)
    a, b = _bounded(a), _bounded(b)
    if {a.kind, b.kind} == {"percent", "fraction"}:  # "a quarter" is 25%
        a, b = _as_percent(a), _as_percent(b)
    if a.exact and b.exact and math.isclose(a.low, b.low, rel_tol=1e-9):
        return "agree"
    if _two_sides_of_one_bound(a, b):
        return "compatible"
    same_shape = (a.low, a.high, a.low_inclusive, a.high_inclusive, a.approximate, a.vague) == \
                 (b.low, b.high, b.low_inclusive, b.high_inclusive, b.approximate, b.vague)
    if same_shape:
        return "agree"
    # Rounding slack applies between two written figures; against a bound ("kurang dari 4,3 juta") the
    # figure is taken as written, or "4,3 juta" would fit "less than 4,3 juta".
    both_exact = a.exact and b.exact
    for x, y in ((a, b), (b, a)):
        # "19,000" against "more than 19,000": a round tally is what a count just above it is written as; a
        # measure is continuous, and "1,030 metres" is what a depth just past 1,030 m is written as too. An unround
        # count ("19.123 orang") is that many, no more
        if x.exact and not y.exact and y.high == INF and not y.low_inclusive and math.isclose(x.low, y.low, rel_tol=1e-9) \
                and (rounding_slack(x.low, tol, x) > 0 or x.kind == "measure"):
            return "compatible"
    if both_exact and tol.rounding and a.kind == b.kind == "percent" and _rounds_to(a, b):
        return "compatible"  # "a turnout of 72 percent" is "72.2%" as a whole figure
    return "compatible" if _overlap(interval(a, tol, round_exact=both_exact), interval(b, tol, round_exact=both_exact)) else "conflict"


DAY = 24 * 60


def _zone_offset(q: Quantity) -> float | None:
    """Minutes east of UTC of a time's written zone; None for the event's local time (no zone, "local time") or a
    zone whose offset the name does not settle ("ET")."""
    from ..extract.lexicon import TIME_ZONES

    import re

    shifted = re.fullmatch(r"UTC([+-])(\d{1,2})(?::(\d\d))?", q.unit or "")
    if shifted:  # "UTC+7", "UTC-5", "UTC+5:30"
        minutes = int(shifted.group(2)) * 60 + int(shifted.group(3) or 0)
        return float(minutes if shifted.group(1) == "+" else -minutes)
    hours = TIME_ZONES.get((q.unit or "").lower())
    return hours * 60 if isinstance(hours, (int, float)) else None


def compare_clock(a: Quantity, b: Quantity) -> str:
    """agree, compatible or conflict for two times of day of one event (intervals of minutes after midnight, each
    in its written zone). Two zones with known offsets are compared in UTC ("04.40 WIB" is "2140 GMT"); a time in
    a named zone against one in local time ("pukul 04.40 WIB", "5:40 a.m.") may be the same moment told in two
    zones when they differ by whole half hours, so that is compatible, not a conflict. Times wrap at midnight
    ("23:50" and "00:10" are 20 minutes apart)."""
    if math.isclose(a.low, b.low) and math.isclose(a.high, b.high) and a.unit == b.unit:
        return "agree"
    oa, ob = _zone_offset(a), _zone_offset(b)
    shift = 0.0
    if oa is not None and ob is not None:
        shift = oa - ob  # b's minutes moved into a's zone
    elif (a.unit or "local") != (b.unit or "local"):
        # one moment in two zones, perhaps: the times meet once one is moved by whole hours ("sekitar pukul 10.30
        # waktu setempat" and "pukul 22.25 WIB")
        for hours in range(1, 24):
            for turn in (-DAY, 0.0, DAY):
                if a.low <= b.high + hours * 60 + turn and b.low + hours * 60 + turn <= a.high:
                    return "compatible"
    lo_b, hi_b = b.low + shift, b.high + shift
    for turn in (-DAY, 0.0, DAY):
        if a.low <= hi_b + turn and lo_b + turn <= a.high:
            return "agree" if a.value is not None and b.value is not None and \
                math.isclose(a.value % DAY, (b.value + shift) % DAY) else "compatible"
    return "conflict"


def _two_sides_of_one_bound(a: Quantity, b: Quantity) -> bool:
    """Are two bounds the two sides of one threshold ("for businesses with turnover above A$1 billion", "perusahaan
    dengan omzet di bawah 1 miliar dolar Australia")? A figure above and one below the same round value name the
    line that splits a group, not two counts of one thing; two reports of one count do not state it as opposite
    bounds of the same value."""
    for lo, hi in ((a, b), (b, a)):
        if lo.high == INF and hi.high != INF and hi.low <= 0 and not lo.exact and not hi.exact \
                and not lo.approximate and not hi.approximate and math.isclose(lo.low, hi.high, rel_tol=1e-9):
            return True
    return False


def _rounds_to(a: Quantity, b: Quantity) -> bool:
    """Is one of two percentages written with fewer decimals the other rounded to its own precision ("72 percent"
    and "72.2%", "5,3 persen" and "5.32%")? Two figures written at one precision are compared as written."""
    da, db = _decimals(a), _decimals(b)
    if da == db:
        return False
    coarse, fine, places = (a, b, da) if da < db else (b, a, db)
    scale = 10 ** places
    return math.isclose(math.floor(fine.low * scale + 0.5) / scale, coarse.low, rel_tol=1e-9, abs_tol=1e-9)


def _as_percent(q: Quantity) -> Quantity:
    if q.kind != "fraction":
        return q
    from dataclasses import replace

    return replace(q, low=q.low * 100, high=q.high * 100 if q.high != INF else INF,
                   value=q.value * 100 if q.value is not None else None, kind="percent", unit="%", unit_class="percent")


def _bounded(q: Quantity) -> Quantity:
    """A figure its frame reads as a maximum ("as high as six meters") is the interval up to it."""
    if q.frame is not None and q.frame.upper_bound and q.exact:
        from dataclasses import replace

        return replace(q, low=0.0, qualifier=q.qualifier or "as high as")
    return q


def _fmt(v: float) -> str:
    if v == INF:
        return "∞"
    return f"{v:,.0f}" if v == int(v) else f"{v:,.2f}".rstrip("0").rstrip(".")


def _measure_factor(q: Quantity) -> float:
    """Measures are stored in a base unit (m, kg); shown in the unit as written, they are converted back."""
    from ..extract.lexicon import MEASURES

    if q.kind == "measure" and q.unit in MEASURES:
        return MEASURES[q.unit][1]
    return 1.0


def describe(q: Quantity, *, unit: bool = True) -> str:
    """The interval in plain words: "11,000", "more than 10,000", "about 600 (540–660)"; the unit shown is
    the one the values are in ("3,746 kilometer", never "3,746,000 kilometer")."""
    if q.kind == "clock":
        return describe_clock(q)
    noun = q.unit
    if q.frame is not None and q.kind == "count":
        # the frame knows the counted noun better than the word after the number ("41 as of Tuesday")
        f = q.frame
        noun = f.counted_text or (f.counted if f.counted_inferred else None) or (q.unit if f.counted == q.unit_class or (
            q.unit_class and q.unit_class.startswith("unit:") and f.counted == "unit:" + unit_key(q.unit_class[5:])) else None)
        noun = noun.removeprefix("unit:") if noun else None
    shown = f" {noun}" if unit and noun and q.kind not in ("money",) else ""
    cur = f"{q.unit} " if unit and q.kind == "money" else ""
    if q.kind == "percent":
        shown = "%"
    q = _bounded(q)
    k = _measure_factor(q)
    low, high = q.low / k, (q.high / k if q.high != INF else INF)
    if q.vague:
        return f"{cur}{_fmt(low)}–{_fmt(high)}{shown} ({q.qualifier})"
    if q.approximate:
        return f"{cur}about {_fmt(q.value if q.value is not None else low)}{shown} ({_fmt(low)}–{_fmt(high)})"
    if high == INF:
        return f"{cur}{'at least' if q.low_inclusive else 'more than'} {_fmt(low)}{shown}"
    if low == 0 and q.qualifier and q.qualifier != "range":
        return f"{cur}{'at most' if q.high_inclusive else 'fewer than'} {_fmt(high)}{shown}"
    if low != high:
        return f"{cur}{_fmt(low)}–{_fmt(high)}{shown}"
    return f"{cur}{_fmt(low)}{shown}"


def describe_clock(q: Quantity) -> str:
    """A time of day as written on a 24-hour clock: "04:40 WIB", "about 21:15", "just before 13:00"."""
    t = (q.value if q.value is not None else q.low) % DAY
    out = f"{int(t) // 60:02d}:{int(t) % 60:02d}" + (f" {q.unit}" if q.unit and q.unit != "local" else
                                                     " local time" if q.unit == "local" else "")
    from ..extract.lexicon import CLOCK_QUALIFIERS

    how = next((k for k, ws in CLOCK_QUALIFIERS.items() if q.qualifier in ws), None) if q.qualifier else None
    return {"approx": "about ", "before": "just before ", "after": "just after "}.get(how, "") + out


def quantity_value(q: Quantity) -> dict:
    """A JSON-safe description of a quantity (infinite bounds become null)."""
    return {
        "type": "quantity",
        "low": None if q.low == -INF else q.low,
        "high": None if q.high == INF else q.high,
        "low_inclusive": q.low_inclusive,
        "high_inclusive": q.high_inclusive if q.high != INF else False,
        "unit": q.unit,
        "unit_class": q.unit_class,
        "kind": q.kind,
        "qualifier": q.qualifier,
        "approximate": q.approximate,
        "vague": q.vague,
        "written": q.value,
        "description": describe(q),
        **({"frame": frame_value(q.frame)} if q.frame is not None else {}),
    }
