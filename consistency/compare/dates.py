"""Compare two date mentions, and check weekdays against dates within one article."""

from __future__ import annotations

import datetime as dt

from ..extract.dates import weekday_matches
from ..extract.lexicon import WEEKDAY_NAMES_ID
from ..records import DateMention
from .scope import frame_value

_WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def comparable(a: DateMention, b: DateMention) -> bool:
    # "sehari setelah X" is dated by another event, and "sejak Agustus" only by its start
    if "event" in (a.granularity, b.granularity):
        return False
    bounded = ("open", "until")  # "sejak Agustus", "hingga 2006" bound an interval; compare like with like
    if a.granularity in bounded or b.granularity in bounded:
        return a.granularity == b.granularity
    return True


# A report dates "the" eruption, protest or meeting it reports within this many days before its own publication
FRESH_DAYS = 3


def own_occurrences(a: DateMention, b: DateMention, published_a: dt.date | None, published_b: dt.date | None) -> bool:
    """Do two reports published days apart each date the event they report within ``FRESH_DAYS`` before their
    own publication, in the order they were published? Then each reports its own latest occurrence (a volcano's
    eruption of 16 April in a report of 17 April, its eruption of 30 April in one of 1 May; this week's protest
    and last week's), not one event dated two ways: a report days later that dates the same event wrongly does
    not date it to just before itself. A report that recalls the event dates it far from its own day and is
    still compared."""
    if None in (published_a, published_b, a.low, a.high, b.low, b.high) or a.low != a.high or b.low != b.high:
        return False
    fresh = all(0 <= (pub - d).days <= FRESH_DAYS for pub, d in ((published_a, a.low), (published_b, b.low)))
    apart = abs((published_a - published_b).days) > FRESH_DAYS and abs((a.low - b.low).days) > FRESH_DAYS
    return fresh and apart and (a.low < b.low) == (published_a < published_b)


# A written weekday off its date ("Rabu (6/11/2012)": a Tuesday) names the day this many days away at most
SLIP_DAYS = 3


def weekday_slip(a: DateMention, b: DateMention) -> bool:
    """Does one date's written weekday miss its own date but fall on the other's day, a few days away ("Rabu
    (6/11/2012)", a Tuesday, against "Rabu (7/11/2012)" or a bare "Wednesday" that resolves to the 7th)? The
    weekday is a second statement of the day, and it names the other report's day: the two mentions date one
    event, and the days they write differ. Two dates whose weekdays are both off, or a slip whose weekday names
    neither day, say nothing of the kind."""
    for x, y in ((a, b), (b, a)):
        if weekday_matches(x) is not False or weekday_matches(y) is False:
            continue
        if y.low is None or y.low != y.high or not y.resolved or y.granularity not in ("day", "weekday"):
            continue
        if y.low.weekday() == x.weekday and 0 < abs((x.low - y.low).days) <= SLIP_DAYS:
            return True
    return False


def compare_dates(a: DateMention, b: DateMention) -> str | None:
    if not comparable(a, b):
        return None
    if a.granularity == "until":
        return "agree" if (a.year, a.month) == (b.year, b.month) else "compatible"
    if a.resolved and b.resolved and a.low and b.low:
        if "weekday" in (a.granularity, b.granularity) and _weekday(a) is not None and _weekday(a) == _weekday(b) \
                and (a.low, a.high) != (b.low, b.high) \
                and not (False in (weekday_matches(a), weekday_matches(b)) and abs((a.low - b.low).days) <= FRESH_DAYS):
            # a bare weekday says only which day of the week: "Monday" in a report a week later may be the
            # Monday before, so against a date on that weekday it is a coarser statement, not another day; not
            # against a date its own weekday does not fall on ("Jumat (29/6/2024)" was a Saturday) that the bare
            # weekday resolves to within days of: the weekday agrees only because it is wrong there, and the days
            # written differ (a week away, the bare weekday may be the Friday before)
            return "compatible"
        if a.granularity == "open":
            return "agree" if a.low == b.low else "compatible"
        if (a.low, a.high) == (b.low, b.high):
            return "agree"
        return "compatible" if a.low <= b.high and b.low <= a.high else "conflict"
    # partly known: compare what was written
    if a.granularity == "day" and b.granularity == "day" and a.month and b.month and a.day and b.day:
        if (a.month, a.day) != (b.month, b.day):
            return "conflict"
        if a.year and b.year and a.year != b.year:
            return "conflict"
        return "agree"
    if a.month and b.month and a.granularity in ("day", "month", "open") and b.granularity in ("day", "month", "open"):
        if a.year and b.year and a.year != b.year:
            return "conflict"
        if a.month != b.month:
            return "conflict" if a.granularity != "open" else None
        return "agree" if a.granularity == b.granularity else "compatible"
    wa, wb = _weekday(a), _weekday(b)
    if wa is not None and wb is not None and {a.granularity, b.granularity} <= {"weekday", "day"}:
        return "agree" if wa == wb and a.granularity == b.granularity else ("compatible" if wa == wb else "conflict")
    if a.granularity == b.granularity and a.relative and b.relative and a.text.lower() == b.text.lower():
        return "agree"
    # one side too vague to place without an anchor ("pekan ini" vs "Rabu"): both can be true
    return "compatible"


def _weekday(d: DateMention) -> int | None:
    if d.weekday is not None:
        return d.weekday
    if d.granularity == "day" and d.low is not None and d.year:
        return d.low.weekday()
    return None


def describe(d: DateMention) -> str:
    if d.resolved and d.low:
        if d.granularity == "day" or (d.low == d.high):
            return f"{d.low.isoformat()} ({_WEEKDAYS_EN[d.low.weekday()]})"
        if d.granularity == "open":
            return f"since {d.low.isoformat()}"
        return f"{d.low.isoformat()} to {d.high.isoformat()} ({d.granularity})"
    parts = []
    if d.weekday is not None:
        parts.append(_WEEKDAYS_EN[d.weekday])
    if d.day and d.month:
        parts.append(dt.date(2000, d.month, d.day).strftime("%d %B") + (f" {d.year}" if d.year else ", year not given"))
    elif d.month:
        parts.append(dt.date(2000, d.month, 1).strftime("%B") + (f" {d.year}" if d.year else ""))
    if not parts:
        parts.append(f"{d.granularity} relative to publication, date unknown")
    return ", ".join(parts) + (" (unresolved)" if not d.resolved else "")


def date_value(d: DateMention) -> dict:
    return {
        "type": "date",
        "granularity": d.granularity,
        "start": d.low.isoformat() if d.low else None,
        "end": d.high.isoformat() if d.high else None,
        "year": d.year,
        "month": d.month,
        "day": d.day,
        "weekday": WEEKDAY_NAMES_ID[d.weekday] if d.weekday is not None else None,
        "relative": d.relative,
        "resolved": d.resolved,
        "description": describe(d),
        **({"frame": frame_value(d.frame)} if d.frame is not None else {}),
    }
