"""Time scope and sources: when two figures of one fact hold at different times (an update or a revision,
not a contradiction), and when they come from different named sources (two estimates, not a
contradiction). Also the frame as JSON and the fact's timeline.
"""

from __future__ import annotations

import re

from ..records import AsOf, Frame, Quantity, TimelinePoint
from ..extract.frames.actors import BODY_HEADS


def frame_value(f: Frame) -> dict:
    """A frame as JSON: the additive ``value.frame`` of a claim."""
    as_of = None
    if f.as_of is not None:
        a = f.as_of
        as_of = {"day": a.day.isoformat() if a.day else None,
                 "time": f"{a.minute // 60:02d}:{a.minute % 60:02d}" if a.minute is not None else None,
                 "text": a.text, "basis": a.basis}
    return {
        "predicate": f.predicate,
        "predicate_text": f.predicate_text,
        "counted": f.counted,
        "counted_inferred": f.counted_inferred,
        "modifiers": list(f.modifiers),
        "place": f.place.key if f.place else None,
        "places": [{"key": p.key, "text": p.text, "slot": p.slot, "attached": p.attached} for p in f.places],
        "actor": f.actor,
        "actor_text": f.actor_text,
        "as_of": as_of,
        "source": f.source_text,
        "source_key": f.source,
        "negated": f.negated,
        "role": f.role,
        "evolving": f.evolving,
        "when": [f.when[0].isoformat(), f.when[1].isoformat()] if f.when else None,
    }


def time_order(a: Quantity, b: Quantity) -> int | None:
    """-1 when ``a`` holds earlier than ``b``, 1 when later, 0 at the same time (or when the times cannot
    tell), None when one is an earlier value its own sentence gives ("naik dari 19 menjadi 41") and no
    day says when that was. Such a value holds just before its sentence's time.

    Publication and statement days separate only running tallies (deaths, injured, displaced, deployed…): a
    vote count or a magnitude does not change because a later article repeats it. An explicit time
    ("hingga pukul 20.00 WIB", "by 16:00") on either side separates any two figures but two static measures
    (``static``: a height, a magnitude, a distance, storeys), which are one value whatever the days.
    """
    step = stage_order(a, b)
    return step if step is not None else day_order(a, b)


def day_order(a: Quantity, b: Quantity) -> int | None:
    """``time_order`` of two figures whose stages of a count (``stage_order``) do not tell: by their days and
    times of day."""
    if same_staged_result(a, b):
        return 0
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or fa.as_of is None or fb.as_of is None:
        return 0
    ta, tb = fa.as_of, fb.as_of
    if ta.day is None or tb.day is None:
        return None if "previous" in (ta.basis, tb.basis) else 0
    if not (fa.evolving or fb.evolving) and ("explicit" not in (ta.basis, tb.basis) or (static(fa) and static(fb))):
        return 0
    if ta.day != tb.day:
        return -1 if ta.day < tb.day else 1
    if "previous" in (ta.basis, tb.basis):
        # an earlier value holds just before its sentence's time: before anything reported that day
        if ta.basis == tb.basis:
            return 0
        return -1 if ta.basis == "previous" else 1
    ma, mb = _minute(ta), _minute(tb)
    if (ta.minute is None) != (tb.minute is None) and max(ma or 0, mb or 0) == 24 * 60 \
            and min(m for m in (ta.minute, tb.minute) if m is not None) >= EVENING:
        # a day's report with no time of its own against one of that evening ("66, the minister said on
        # Tuesday" / "had announced 76 late on Tuesday"): the end of the day the report is taken to hold at
        # does not tell which came first
        return None
    if ma is not None and mb is not None and ma != mb:
        return -1 if ma < mb else 1
    return 0


EVENING = 18 * 60  # minutes: from here on, a time of the day a report may well come before


def stage(f: Frame | None) -> str | None:
    """The stage of a count done in stages a figure gives: "provisional", "final", or None (frame_cues
    "partial_count", "final_count")."""
    if f is None:
        return None
    return "provisional" if "provisional" in f.modifiers else "final" if "final" in f.modifiers else None


def _progress(f: Frame) -> float | None:
    """The share counted that a provisional figure's sentence names ("Dengan 60 persen suara masuk": 60)."""
    return next((float(m[9:]) for m in f.modifiers if m.startswith("progress:")), None)


def _bulletin(f: Frame) -> int | None:
    """The number of an electoral body's bulletin a figure is from ("buletin pertama CNE": 1)."""
    return next((int(m[9:]) for m in f.modifiers if m.startswith("bulletin:")), None)


def same_staged_result(a: Quantity, b: Quantity) -> bool:
    """Do two figures of a count done in stages give one value ("With 99% of ballots counted, Move Forward had 151
    of the 500 seats" against "Move Forward, yang meraih 151 kursi")? The early count was the result: they agree,
    whatever steps or days lie between them."""
    from ..extract.frames.votes import staged

    fa, fb = a.frame, b.frame
    return (fa is not None and fb is not None and a.exact and b.exact and a.low == b.low
            and staged(fa.counted, fa.modifiers) and staged(fb.counted, fb.modifiers))


def stage_order(a: Quantity, b: Quantity) -> int | None:
    """The order of two figures of a count done in stages (an election's votes or seats, a census), by the steps
    of the count rather than by the days of the reports: a provisional count ("hasil hitung sementara", "with 60%
    of ballots counted", "early results") comes before the final one ("the final count", "hasil resmi KPU") whichever
    article came out first; a count of the same staged thing stated on an earlier day than the final one was not yet
    the final one; of two provisional counts the one with the smaller share counted came first; a provisional count
    comes before a bare count of the same staged thing stated on a later day. -1 when ``a`` is
    the earlier step, 1 when ``b`` is, None when the stages do not tell (the days may)."""
    from ..extract.frames.votes import staged

    from .matching import not_a_count

    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not_a_count(fa, fb):
        return None  # a forecast, a projection, a share counted so far: no step of the count
    if same_staged_result(a, b):
        return None
    ba, bb = _bulletin(fa), _bulletin(fb)
    if ba is not None and bb is not None and ba != bb:
        return -1 if ba < bb else 1  # an electoral body's first bulletin before its second
    sa, sb = stage(fa), stage(fb)
    if sa == sb == "provisional":
        pa, pb = _progress(fa), _progress(fb)
        return None if pa is None or pb is None or pa == pb else -1 if pa < pb else 1
    if {sa, sb} == {"provisional", "final"}:
        return -1 if sa == "provisional" else 1
    if {sa, sb} == {"provisional", None}:
        return _provisional_before_bare(fa, fb)
    if {sa, sb} == {"final", None}:
        final, other = (fa, fb) if sa == "final" else (fb, fa)
        if not staged(other.counted, other.modifiers) or final.as_of is None or other.as_of is None:
            return None
        if final.as_of.day is None or other.as_of.day is None or other.as_of.day >= final.as_of.day:
            return None  # a report after the final count restates it: one fact, compared as such
        return 1 if final is fa else -1
    return None


def _provisional_before_bare(fa: Frame, fb: Frame) -> int | None:
    """A count while the counting went on ("with 98% of the votes counted, 51.3%") against one of the same staged
    thing stated bare on a later day ("won 54.1% in the election"): the later one is the count's later step or its
    result (-1 when ``fa`` is the provisional one, 1 when ``fb`` is); None when the bare one is not later."""
    from ..extract.frames.votes import staged

    early, other = (fa, fb) if stage(fa) == "provisional" else (fb, fa)
    if not staged(other.counted, other.modifiers) or early.as_of is None or other.as_of is None \
            or early.as_of.day is None or other.as_of.day is None or other.as_of.day <= early.as_of.day:
        return None
    return -1 if early is fa else 1


def provisional_and_bare(a: Quantity, b: Quantity) -> bool:
    """Is one of two figures a provisional count and the other a bare one (no stage named)? When ``stage_order``
    orders such a pair (``_provisional_before_bare``: the bare one stated on a later day), a mismatch the scorer
    strongly holds one fact becomes an update; a pair it holds one fact only weakly (another party's seats stated a
    day later) is compared unordered, so that a provisional count's every neighbour on a later day does not become
    an update of it."""
    fa, fb = a.frame, b.frame
    return fa is not None and fb is not None and {stage(fa), stage(fb)} == {"provisional", None}


def static(f: Frame) -> bool:
    """Does a figure state a property that holds whenever it is reported: a mountain's height, a quake's
    magnitude, a distance between two places, a building's storeys? Two values of it on two days are not a
    series: whatever time a sentence gives ("Gunung setinggi 3.676 meter itu … hingga Kamis") is of something
    else it says."""
    return not f.evolving and measure(f)


def measure(f: Frame) -> bool:
    """Is a figure a measure of a thing (a magnitude, storeys, a height, a distance), by what it counts or by a
    measure predicate, whatever else its sentence lends it ("Gempa berkekuatan 7,8 itu menewaskan …")?"""
    from ..extract.frames import predicate_class

    return f.counted in ("magnitude", "storey") or bool(predicate_class(f.predicate).get("measure"))


_CLOCK = re.compile(r"\d{1,2}[.:]\d{2}|\d\s*(?:a\.?m|p\.?m)\b", re.IGNORECASE)
DAY_PART_SLACK = 120  # minutes: "Monday afternoon" is any time of it, "sore" not exactly 16:00


def one_part_of_day(a: Quantity, b: Quantity) -> bool:
    """Do two figures hold on one day at times that one part of the day ("Monday afternoon", "Senin sore")
    covers both of: one side gives no clock time, and the two hours are at most DAY_PART_SLACK apart?"""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or fa.as_of is None or fb.as_of is None:
        return False
    ta, tb = fa.as_of, fb.as_of
    if ta.day is None or ta.day != tb.day or ta.minute is None or tb.minute is None:
        return False
    rough = any(t.text and not _CLOCK.search(t.text) for t in (ta, tb))
    return rough and abs(ta.minute - tb.minute) <= DAY_PART_SLACK


def same_time_known(a: Quantity, b: Quantity) -> bool:
    """Do two figures of one running tally, which the times do not order, hold at a time the text gives? Two
    reports dated only by their publication on one day may be a morning's and an evening's count, so their
    difference says nothing; a time the text states ("hingga Selasa pukul 13.00", "said on Wednesday",
    "Sehari sebelumnya, Rabu (8/2)") does, and so does one named source quoted by both on that day. Figures
    that do not evolve hold whenever they are reported."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not (fa.evolving or fb.evolving) or fa.as_of is None or fb.as_of is None:
        return True
    from ..extract.frames import lexicon

    info = lexicon().predicate_info
    if any(info.get(f.predicate or "", {}).get("fixed") for f in (fa, fb)):
        return True  # the people aboard were as many in the morning's report as in the evening's: one time
    if fa.as_of.basis == fb.as_of.basis == "unknown":
        return True  # no dates given at all (a library caller's sentences): nothing sets the two apart in time
    if (fa.as_of.day is None) != (fb.as_of.day is None):
        return False  # "On Monday" in an undated report: which Monday is not known, so neither is the order
    if fa.source and fa.source == fb.source and fa.as_of.day == fb.as_of.day:
        return True  # one named source quoted on one day ("…, kata Kepala Desa Sutrisno"): one statement
    if fa.as_of.day == fb.as_of.day and (fa.as_of.minute is None) != (fb.as_of.minute is None):
        from .features import digit_slip

        # "59 hingga Minggu malam" against "46 on Sunday": the day's other count may be its morning's; not when the
        # two are one figure's digits with a slip (1.458 / 1,485), which no count moves by between two hours
        return a.exact and b.exact and digit_slip(a.low, b.low)
    stated = ("explicit", "statement", "lead")
    return fa.as_of.basis in stated and fb.as_of.basis in stated


def _minute(a: AsOf) -> int | None:
    """The time of day for ordering. A report dated by its publication, or by the day it was said, holds at
    the end of that day (the newest news of the day); a day written as the figure's own ("on Tuesday",
    "hingga Selasa") without a time could be any time of it."""
    if a.minute is not None:
        return a.minute
    return 24 * 60 if a.basis in ("published", "statement") else None


# Bodies that are not part of a country's government, for telling "the government" from another source.
INDEPENDENT = frozenset({"un", "ocha", "who", "usgs", "red_cross", "red_crescent", "nato", "organisers"})
UN_OFFICES = frozenset({"ocha"})  # the UN's own offices, for which "the United Nations" speaks


def different_sources(a: str | None, b: str | None) -> bool:
    """Two named sources that are clearly not one (BMKG vs USGS, police vs organisers); an organisation
    and a person, or an unnamed source, may be one, so they are not different."""
    if not a or not b or a == b:
        return False
    kind_a, _, key_a = a.partition(":")
    kind_b, _, key_b = b.partition(":")
    if kind_a == "body" or kind_b == "body":
        return _different_bodies(a, b)
    if kind_a != kind_b:
        return False
    if kind_a == "org":
        (key_a, _, tier_a), (key_b, _, tier_b) = key_a.partition("@"), key_b.partition("@")
        ka, kb = set(key_a.split("+")), set(key_b.split("+"))
        if ka & kb:
            return bool(tier_a and tier_b and tier_a != tier_b)  # a regency's BPBD and the province's
        # "the government" speaks for its own police, ministries and agencies; not for the UN or the organisers
        if ("government" in ka and not kb & INDEPENDENT) or ("government" in kb and not ka & INDEPENDENT):
            return False
        if ("un" in ka and kb & UN_OFFICES) or ("un" in kb and ka & UN_OFFICES):
            return False  # "the United Nations lowered the toll to 11" and OCHA's 24: the UN speaks for its office
        return True
    from ..extract.entities import same_entity

    # "Turkey's disaster agency" and "Otoritas Turki": one country's authorities, named generically by each
    if _places_in(key_a) & _places_in(key_b):
        return False
    return not same_entity(key_a, key_b)


# words of a body's name that say what kind of body it is, not which one: the head words that make a speaker a body
# (``actors.BODY_HEADS``), the words joining them, and "national"
_NAME_HEADS = BODY_HEADS | {"of", "for", "and", "dan", "the", "national", "nasional"}
# ministries the lexicon names by subject; an old or other full name of one ("Departemen Kesehatan") may be it
_MINISTRY_HEADS = ("d", "k", "m")


def _different_bodies(a: str, b: str) -> bool:
    """Sources of which at least one is a body named in full ("body:bps", the initials of "Badan Pusat Statistik"):
    two bodies with different initials are two sources, and so are a body and an organisation whose key is not
    those initials ("Departemen Sosial" against "Bakornas PB"). A person may speak for a body, so a name is never
    set apart from one; nor is the government from a body that is not independent, nor a ministry the lexicon
    knows by subject from a ministry's full name."""
    kind_a, _, key_a = a.partition(":")
    kind_b, _, key_b = b.partition(":")
    (key_a, _, tier_a), (key_b, _, tier_b) = key_a.partition("@"), key_b.partition("@")
    (key_a, _, name_a), (key_b, _, name_b) = key_a.partition("/"), key_b.partition("/")
    if kind_a == "name" or kind_b == "name":
        # a person of the body ("Menteri Sosial …" for "Departemen Sosial") shares a word of its name; another body's
        # proper name ("Cakrawala Riset" against "Lembaga Survei Nusantara") is told apart as names are
        words_a, words_b = set((name_a or key_a).split()), set((name_b or key_b).split())
        if (words_a & words_b) - _NAME_HEADS:
            return False
        return different_sources("name:" + (name_a or key_a), "name:" + (name_b or key_b))
    if kind_a == kind_b == "body":
        return key_a != key_b or bool(tier_a and tier_b and tier_a != tier_b)
    body, org = (key_a, key_b) if kind_a == "body" else (key_b, key_a)
    parts = set(org.split("+"))
    if body in parts or "government" in parts:
        return False
    if body.startswith(_MINISTRY_HEADS) and any(p.endswith("ministry") for p in parts):
        return False
    return True


def _places_in(name: str) -> set[str]:
    """The known places a body's name holds ("turkey's disaster agency" → turkey)."""
    from ..extract.frames import lexicon

    spellings = lexicon().spellings
    words = re.findall(r"[a-z]+", name.replace("'s", "").replace("’s", ""))
    phrases = words + [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    return {spellings[p] for p in phrases if p in spellings and len(p) > 2}  # not "as" (AS, Amerika Serikat)


def fact_label(q: Quantity) -> str:
    """The fact a figure states, in words, for timelines: "dead · people · demak"."""
    f = q.frame
    if f is None:
        return q.unit or "figure"
    # an unclassed noun shows as written ("containers"), not as its loanword key ("kontainer")
    counted = (f.counted_text or q.unit or f.counted[5:]) if (f.counted or "").startswith("unit:") else (f.counted or "")
    parts = [f.predicate_text or f.predicate or "", counted,
             f.actor_text or "", f.place.text if f.place else ""]
    return " · ".join(p for p in parts if p) or "figure"


def timeline_point(q: Quantity, article: str, value: str) -> TimelinePoint:
    a = q.frame.as_of if q.frame and q.frame.as_of else AsOf(None)
    return TimelinePoint(value, a.label(), article, q.text, q.start,
                         a.day.isoformat() if a.day else None, a.minute)


def timeline_key(p: TimelinePoint) -> tuple:
    return (p.day or "", -1 if p.minute is None else p.minute, 0 if p.as_of.startswith("before ") else 1)


def render_timeline(points: tuple[TimelinePoint, ...]) -> str:
    """ "19 (Mon 18 Mar 21:00) → 41 (Tue 19 Mar 17:00) → 58 (Wed 20 Mar)" """
    return " → ".join(f"{p.value} ({p.as_of})" for p in points)
