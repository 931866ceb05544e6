"""Times of day as facts: "pukul 04.40 WIB", "sekitar pukul 21.15", "around 2 a.m.", "5:40 a.m. local time".

A time of day is a quantity of kind ``clock``: an interval of minutes after midnight (as written, in its own zone),
with the zone in ``unit`` ("WIB", "GMT", "local", or None when none is written). A time that bounds something
("hingga pukul 17.00", "by 4 p.m.", "since 6 a.m.") or one end of a span ("pukul 07.00-13.00", "from 7 a.m. to
1 p.m.") says when something held or stopped, not when it happened, and is not read as a fact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Quantity
from . import lexicon as L

# slack on a time as written: a time on the hour or half hour ("4 p.m.", "pukul 16.00") is what a report rounds a
# nearby minute to; "sekitar" and "around" widen it; "shortly before" and "just after" open it to one side
ROUND_SLACK = 10  # minutes, for :00 and :30
FIVE_SLACK = 5  # for other multiples of five
MINUTE_SLACK = 2  # for any other minute: agencies' and outlets' minutes of one moment differ by one or two
APPROX_SLACK = 20
NAMED_SLACK = 30  # "around midday", "at noon": a moment named, not read off a clock
SIDE_SLACK = 30


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    zones = L.alternation([z for z in L.TIME_ZONES if z not in ("local", "et")])
    zone = rf"(?:\s*(?P<zone>(?i:(?:GMT|UTC)\s*[+\-−]\s*\d{{1,2}}(?::?[0-5]\d)?(?!\d)|{zones})|(?-i:ET))(?![\w+\-−]))?"
    parts = L.alternation(L.CLOCK_DAY_PARTS)
    return {
        # "4:40 a.m.", "4 p.m.", "10.23 p.m.", "4am"
        "ampm": re.compile(r"(?<![\w.:,])(?P<h>1[0-2]|0?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?" + zone,
                           re.IGNORECASE),
        # "pukul 04.40 WIB", "jam 10 malam", "pk. 15.30", "a las 16:00"
        "cue": re.compile(rf"(?<![\w])(?P<cue>pukul|jam|pk\.?|a\s+las)\s+(?P<h>[01]?\d|2[0-4])(?:[.:](?P<m>[0-5]\d)(?:[:.][0-5]\d)?)?"
                          rf"(?![\d]|[.,]\d)(?!\s*menit\b)(?:\s+(?P<part>{parts})\b)?(?:\s+horas\b)?" + zone,
                          re.IGNORECASE),
        # "17:00", "16:00 GMT"
        "colon": re.compile(r"(?<![\w.:,])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d)?(?![\d:]|[.,]\d)(?!\s*[ap]\.?\s?m\b)" + zone,
                            re.IGNORECASE),
        # "04.40 WIB", "21.00 waktu setempat": a dotted time only with its zone
        "dotzone": re.compile(r"(?<![\w.:,])(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?=\s*\(?\s*(?:WIB|WITA|WIT|GMT|UTC|"
                              r"waktu setempat|local time)\b)" + zone, re.IGNORECASE),
        # "0400 GMT", "2140 GMT"
        "military": re.compile(r"(?<![\w.:,])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?P<zone>GMT|UTC)\b"),
        # "at midnight", "shortly after noon", "sekitar tengah malam": only with a word that makes it a time
        "named": re.compile(r"(?<![\w])(?P<name>midnight|noon|midday|tengah\s+malam|tengah\s+hari)\b", re.IGNORECASE),
    }


@lru_cache(maxsize=1)
def _before() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    quals = {w: k for k, ws in L.CLOCK_QUALIFIERS.items() for w in ws}
    qual = re.compile(rf"(?<![\w])(?P<q>{L.alternation(quals)})\s+(?:(?:pukul|jam|at|pada|on)\s+)?$", re.IGNORECASE)
    # "hingga pukul 17.00", "hingga Selasa (5/12) pukul 17.00", "by Monday at 4 p.m.", "until 10 p.m. local time"
    day = rf"(?:(?:{L.alternation([*L.WEEKDAYS, 'hari ini', 'today', 'tonight', 'malam ini'])})\s*(?:\([^)]*\))?\s*,?\s+)?"
    bound = re.compile(rf"(?<![\w])(?:{L.alternation(L.CLOCK_BOUNDS)})\s+{day}(?:(?:sekitar|around|about)\s+)?"
                       r"(?:(?:pukul|jam|at|pada|around|about|sekitar)\s+)?$", re.IGNORECASE)
    named_cue = re.compile(r"(?<![\w])(?:at|around|about|shortly|just|soon|pada|sekitar|menjelang|jelang|saat|"
                           r"before|after|sebelum|setelah|lewat|selepas)\s+(?:(?:before|after|sebelum|setelah)\s+)?$",
                           re.IGNORECASE)
    return qual, bound, named_cue


_SPAN_AFTER = re.compile(r"\s*(?:[-–—]|\b(?:hingga|sampai|s\.d\.?|to|until|till|and|dan|y|a)\b)\s*"
                         r"(?:(?:pukul|jam|sekitar)\s+)?\d", re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"(?:[-–—]|\b(?:hingga|sampai|s\.d\.?|to|until|till|and|dan)\b)\s*(?:(?:pukul|jam)\s+)?$",
                          re.IGNORECASE)
# "2 jam 30 menit", "satu jam 20 orang", "setiap jam 10 kendaraan": hours counted or a rate, not a time
_DURATION_BEFORE = re.compile(r"(?:\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|setiap|"
                              r"tiap|per|dalam|selama|sejam|berjam-jam))\s*$", re.IGNORECASE)
# a time a colon alone marks ("17:00") needs a word that makes it one: not a verse, a score, a vote or a race time
_COLON_CUE = re.compile(r"(?:\b(?:at|around|about|approximately|roughly|sekitar|pukul|jam|pada|on|by|until|before|after|"
                        r"shortly|just|since|from|sejak|hingga|sampai|menjelang|a\s+las)|[(,])\s*$", re.IGNORECASE)
# a time that names a limit set for something, not when it happened: "a 6 p.m. deadline", "batas waktu pukul 12.00"
_LIMIT_AFTER = re.compile(r"\s*(?:local\s+time\s+)?(?:deadline|ultimatum|curfew|batas\s+waktu|tenggat)\b", re.IGNORECASE)
_LIMIT_BEFORE = re.compile(r"\b(?:batas\s+waktu|tenggat(?:\s+waktu)?|deadline|ultimatum)\s+(?:pada\s+|at\s+|of\s+)?"
                           r"(?:pukul\s+|jam\s+)?$", re.IGNORECASE)


def _counted_after(text: str, pos: int) -> bool:
    """Is "jam 20" followed by a counted noun ("jam 20 orang"): a count, not eight in the evening?"""
    m = re.match(r"\s+([^\W\d_]+)", text[pos:])
    return bool(m and (m.group(1).lower() in L.UNIT_CLASS_OF or m.group(1).lower() in L.CLASSIFIERS))


def _hour(m: re.Match, kind: str) -> int | None:
    if kind == "named":
        name = " ".join(m.group("name").lower().split())
        return 0 if name in ("midnight", "tengah malam") else 12
    h = int(m.group("h"))
    if kind == "ampm":
        if h > 12:
            return None
        return h % 12 + (12 if m.group("ap").lower() == "p" else 0)
    if kind == "cue" and m.group("part"):
        part = " ".join(m.group("part").lower().split())
        if part in ("siang",) and 1 <= h <= 5 or part in ("sore", "petang") and 1 <= h <= 8 \
                or part == "malam" and 6 <= h <= 11:
            h += 12
        elif part in ("malam", "tengah malam", "dini hari") and h == 12:
            h = 0
    return 0 if h == 24 else h


def _zone(m: re.Match) -> str | None:
    z = m.groupdict().get("zone")
    if not z:
        return None
    z = " ".join(z.lower().split())
    shifted = re.fullmatch(r"(?:gmt|utc)\s*([+\-−])\s*(\d{1,2})(?::?([0-5]\d))?", z)
    if shifted:  # "GMT+7", "UTC-5", "UTC+5:30"
        sign = "-" if shifted.group(1) in "-−" else "+"
        return f"UTC{sign}{int(shifted.group(2))}" + (f":{shifted.group(3)}" if shifted.group(3) else "")
    v = L.TIME_ZONES.get(z)
    return "local" if v == "local" else z.upper()


def extract_times(text: str, *, language: str | None = None, offset: int = 0) -> list[Quantity]:
    """Times of day in one sentence that say when something happened; spans are ``offset`` + positions."""
    qual_rx, bound_rx, named_cue = _before()
    found: list[tuple[int, int, re.Match, str]] = []
    taken: list[tuple[int, int]] = []
    for kind in ("ampm", "cue", "military", "dotzone", "colon", "named"):
        for m in _patterns()[kind].finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append((s, e, m, kind))
    out = []
    for s, e, m, kind in sorted(found, key=lambda f: f[0]):
        head = text[max(0, s - 40) : s]
        if kind == "cue" and m.group("cue").lower() == "jam" and (_DURATION_BEFORE.search(head) or _counted_after(text, e)):
            continue
        if kind == "colon" and not m.group("zone") and not _COLON_CUE.search(head):
            continue
        if _LIMIT_AFTER.match(text, e) or _LIMIT_BEFORE.search(head):
            continue
        if kind == "named" and not named_cue.search(head):
            continue
        q = qual_rx.search(head)
        if bound_rx.search(head[: q.start()] if q else head) or _SPAN_BEFORE.search(head[-12:]) and re.search(r"\d", head[-20:]):
            continue  # "hingga pukul 17.00", "by 4 p.m.", the end of "pukul 07.00-13.00"
        if _SPAN_AFTER.match(text, e) and kind != "named":
            continue  # the start of "pukul 07.00-13.00 WIB", "between 1 and 2 a.m."
        h = _hour(m, kind)
        if h is None:
            continue
        minute = int(m.group("m")) if kind != "named" and m.group("m") else 0
        t = h * 60 + minute
        qualifier = q.group("q").lower() if q else None
        how = next((k for k, ws in L.CLOCK_QUALIFIERS.items() if qualifier in ws), None) if qualifier else None
        start = s - (len(head) - q.start()) if q else s
        if kind == "named" and how in (None, "approx"):
            low, high = t - NAMED_SLACK, t + NAMED_SLACK
        elif how == "approx":
            low, high = t - APPROX_SLACK, t + APPROX_SLACK
        elif how == "before":
            low, high = t - SIDE_SLACK, t
        elif how == "after":
            low, high = t, t + SIDE_SLACK
        else:
            slack = ROUND_SLACK if minute % 30 == 0 else FIVE_SLACK if minute % 5 == 0 else MINUTE_SLACK
            low, high = t - slack, t + slack
        out.append(Quantity(
            start=offset + start, end=offset + e, text=text[start:e], low=float(low), high=float(high),
            unit=_zone(m), unit_class="clock", kind="clock", qualifier=qualifier,
            approximate=how == "approx" or kind == "named" and how is None, value=float(t),
        ))
    return out
