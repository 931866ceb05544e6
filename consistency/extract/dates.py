"""Dates: absolute dates, weekdays and relative times, as day intervals with a granularity.

Relative mentions ("kemarin", "pekan ini", "last month") and dates without a year are resolved against
the article's anchor (publication date, or a dated dateline); without an anchor they stay unresolved
rather than being guessed from today's date. Slash dates are day-first except in English.

dateparser is not used: it returns one datetime and fills missing parts from the current date, while a
comparison needs the interval a mention covers and must know which parts were never written.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..records import DateMention
from . import lexicon as L


_alt = L.alternation
_FULL_MONTHS = [m for m in L.MONTHS if len(m) > 3 or m in ("mei", "may")]
_MON = _alt(L.MONTHS)
_WD = _alt(L.WEEKDAYS)
_PATTERNS = [
    ("iso", re.compile(r"(?<![\d/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")),
    ("slash", re.compile(r"(?<![\d/.,])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})(?![\d]|[.,]\d)")),
    ("dmy", re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<mon>{_MON})\.?(?:\s+(?P<y>\d{{4}}))?\b(?!\s*(?:tahun|hari))", re.I)),
    ("mdy", re.compile(rf"\b(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?(?![\d.,]\d)", re.I)),
    ("my", re.compile(rf"\b(?P<mon>{_alt(_FULL_MONTHS)})\s+(?P<y>\d{{4}})\b", re.I)),
    ("month", re.compile(rf"\b(?P<prep>pada|sejak|hingga|sampai|bulan|awal|akhir|pertengahan|in|since|until|by|early|late|mid)\s+(?:bulan\s+)?(?P<mon>{_alt(_FULL_MONTHS)})\b(?!\s+\d)", re.I)),
    ("year", re.compile(r"\b(?P<prep>tahun|pada|sejak|hingga|sampai|in|since|until|by)\s+(?P<y>(?:19|20)\d{2})\b(?!\s*(?:tahun|orang))", re.I)),
]
_WEEKDAY = re.compile(rf"\b(?:(?P<hari>hari|on)\s+)?(?P<wd>{_WD})\b", re.I)
_RELATIVE = [
    (re.compile(r"\bkemarin\s+lusa\b", re.I), "day", -2),
    (re.compile(r"\b(?:kemarin|yesterday)\b", re.I), "day", -1),
    (re.compile(r"\b(?:hari\s+ini|today)\b", re.I), "day", 0),
    (re.compile(r"\b(?:besok|tomorrow)\b", re.I), "day", 1),
    (re.compile(r"\blusa\b", re.I), "day", 2),
    (re.compile(r"\b(?:(?:pekan|minggu)\s+ini|this\s+week)\b", re.I), "week", 0),
    (re.compile(r"\b(?:(?:pekan|minggu)\s+(?:lalu|kemarin)|last\s+week)\b", re.I), "week", -1),
    (re.compile(r"\b(?:(?:pekan|minggu)\s+depan|next\s+week)\b", re.I), "week", 1),
    (re.compile(r"\b(?:bulan\s+ini|this\s+month)\b", re.I), "month", 0),
    (re.compile(r"\b(?:bulan\s+lalu|last\s+month)\b", re.I), "month", -1),
    (re.compile(r"\b(?:bulan\s+depan|next\s+month)\b", re.I), "month", 1),
    (re.compile(r"\b(?:tahun\s+ini|this\s+year)\b", re.I), "year", 0),
    (re.compile(r"\b(?:tahun\s+lalu|last\s+year)\b", re.I), "year", -1),
    (re.compile(r"\b(?:tahun\s+depan|next\s+year)\b", re.I), "year", 1),
    (re.compile(r"\b(?P<n>\d{1,3})\s+(?P<u>hari|days?)\s+(?:yang\s+)?(?:lalu|silam|ago)\b", re.I), "days_ago", None),
]
# Relative to another event, not to the publication date: kept, never resolved.
_EVENT_RELATIVE = re.compile(r"\b(?:sehari|dua hari|seminggu|sepekan|a day|the day|a week)\s+(?:setelah|sebelum|sesudah|after|before)\b", re.I)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year(y: str | None) -> int | None:
    if not y:
        return None
    v = int(y)
    return v + 2000 if v < 100 else v


def _week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    start = day - dt.timedelta(days=day.weekday())
    return start, start + dt.timedelta(days=6)


def _month_bounds(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _is_weekday_word(text: str, m: re.Match) -> bool:
    word = m.group("wd")
    if word.lower() == "minggu":
        # "minggu" is also "week": only "hari Minggu", "Minggu (…)", "Minggu, …" or "pada Minggu" are Sunday
        after = text[m.end() : m.end() + 2]
        before = text[max(0, m.start() - 6) : m.start()].lower()
        return word[0] == "M" and (m.group("hari") is not None or after.startswith((" (", ",")) or before.endswith("pada "))
    if word.lower() in ("mei",):
        return False
    return word[0].isupper() or m.group("hari") is not None


def extract_dates(text: str, *, language: str | None = None, anchor: dt.date | None = None,
                  offset: int = 0) -> list[DateMention]:
    """Date mentions in one sentence; spans are ``offset`` + positions in ``text``."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def overlaps(span):
        return any(s < span[1] and span[0] < e for s, e in taken)

    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            if overlaps(m.span()):
                continue
            y = _year(m.groupdict().get("y"))
            mention = None
            if kind in ("iso", "slash", "dmy", "mdy"):
                if kind == "slash":
                    a, b = int(m.group("a")), int(m.group("b"))
                    day, month = (b, a) if (language == "en" and a <= 12) else (a, b)
                    if language == "en" and a > 12:
                        day, month = a, b
                elif kind == "iso":
                    day, month = int(m.group("d")), int(m.group("m"))
                else:
                    day, month = int(m.group("d")), L.MONTHS[m.group("mon").lower()]
                if not (1 <= month <= 12 and 1 <= day <= 31):
                    continue
                if y is None and anchor is not None:
                    y = anchor.year
                    cand = _safe_date(y, month, day)
                    if cand and cand > anchor + dt.timedelta(days=31):
                        y -= 1  # news reports look back: "19 Juni" in a January article is last June
                d = _safe_date(y, month, day) if y else None
                if y and d is None:
                    continue
                written_year = m.groupdict().get("y") is not None
                mention = DateMention(m.start(), m.end(), m.group(0), "day", d, d, month, day, y if written_year or anchor else None,
                                      None, relative=False, resolved=d is not None)
            elif kind == "my":
                month = L.MONTHS[m.group("mon").lower()]
                lo, hi = _month_bounds(y, month)
                mention = DateMention(m.start(), m.end(), m.group(0), "month", lo, hi, month, None, y, None, resolved=True)
            elif kind == "month":
                month = L.MONTHS[m.group("mon").lower()]
                prep = m.group("prep").lower()
                start = m.start("mon") if prep in ("pada", "bulan", "in") else m.start()
                lo = hi = None
                year = None
                if anchor is not None:
                    year = anchor.year if month <= anchor.month else anchor.year - 1
                    lo, hi = _month_bounds(year, month)
                gran = "open" if prep in ("sejak", "since") else "until" if prep in ("hingga", "sampai", "until") else "month"
                if gran == "open" and lo is not None:
                    hi = anchor
                mention = DateMention(start, m.end(), text[start : m.end()], gran, lo, hi, month, None, year, None,
                                      resolved=lo is not None)
            elif kind == "year":
                prep = m.group("prep").lower()
                lo, hi = dt.date(y, 1, 1), dt.date(y, 12, 31)
                gran = "year"
                if prep in ("sejak", "since"):
                    gran, hi = "open", anchor
                elif prep in ("hingga", "sampai", "until"):
                    gran, lo = "until", None
                start = m.start("y") if prep in ("tahun", "pada", "in") else m.start()
                mention = DateMention(start, m.end(), text[start : m.end()], gran, lo, hi, None, None, y, None,
                                      resolved=gran == "year" or (gran == "open" and hi is not None))
            if mention:
                found.append(mention)
                taken.append((m.start(), m.end()))

    for m in _WEEKDAY.finditer(text):
        if overlaps(m.span()) or not _is_weekday_word(text, m):
            continue
        wd = L.WEEKDAYS[m.group("wd").lower()]
        # a weekday written next to a date ("Kamis (8/11/2024)", "Rabu, 6 November") belongs to that date
        joined = None
        for i, f in enumerate(found):
            between = text[m.end() : f.start - offset * 0] if f.start >= m.end() else text[f.end : m.start()]
            if f.granularity == "day" and (0 <= f.start - m.end() <= 3 or 0 <= m.start() - f.end <= 3) and re.fullmatch(r"[\s,(]*", between or ""):
                end = max(f.end, m.end())
                if text[end : end + 1] == ")":
                    end += 1
                start = min(f.start, m.start("wd"))
                joined = i
                found[i] = DateMention(start, end, text[start:end], "day", f.low, f.high, f.month, f.day, f.year, wd,
                                       relative=False, resolved=f.resolved)
                break
        if joined is not None:
            taken.append(m.span())
            continue
        start = m.start("wd") if (m.group("hari") or "").lower() == "on" else m.start()
        lo = hi = None
        if anchor is not None:
            back = (anchor.weekday() - wd) % 7
            lo = hi = anchor - dt.timedelta(days=back)
        found.append(DateMention(start, m.end(), text[start : m.end()], "weekday", lo, hi, None, None, None, wd,
                                 relative=True, resolved=lo is not None))
        taken.append(m.span())

    for rx, gran, k in _RELATIVE:
        for m in rx.finditer(text):
            if overlaps(m.span()):
                continue
            lo = hi = None
            g = gran
            if gran == "days_ago":
                g, k2 = "day", -int(m.group("n"))
            else:
                k2 = k
            if anchor is not None:
                if g == "day":
                    lo = hi = anchor + dt.timedelta(days=k2)
                elif g == "week":
                    lo, hi = _week_bounds(anchor + dt.timedelta(weeks=k2))
                elif g == "month":
                    lo, hi = _month_bounds(*_shift_month(anchor.year, anchor.month, k2))
                elif g == "year":
                    lo, hi = dt.date(anchor.year + k2, 1, 1), dt.date(anchor.year + k2, 12, 31)
            found.append(DateMention(m.start(), m.end(), m.group(0), g, lo, hi, relative=True, resolved=lo is not None))
            taken.append(m.span())
    for m in _EVENT_RELATIVE.finditer(text):
        if not overlaps(m.span()):
            found.append(DateMention(m.start(), m.end(), m.group(0), "event", relative=True, resolved=False))
            taken.append(m.span())

    found = [
        DateMention(f.start + offset, f.end + offset, f.text, f.granularity, f.low, f.high, f.month, f.day, f.year,
                    f.weekday, f.relative, f.resolved, f.attribution)
        for f in found
    ]
    found.sort(key=lambda f: f.start)
    return found


_DATED_DATELINE = re.compile(r"^\s*[^\n]{0,40}?(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2})\)?\s*[-–—]{1,2}\s")


def anchor_date(published: dt.date | None, text: str, language: str | None) -> dt.date | None:
    """The date relative mentions are resolved against: publication metadata, else a dated dateline."""
    if published:
        return published
    m = _DATED_DATELINE.match(text)
    if m:
        for d in extract_dates(m.group("date"), language=language):
            if d.granularity == "day" and d.resolved and d.year:
                return d.low
    return None


def weekday_matches(mention: DateMention) -> bool | None:
    """For a mention with both a date and a weekday: does the weekday fit the date? None if not checkable."""
    if mention.weekday is None or mention.low is None or mention.granularity != "day" or mention.year is None:
        return None
    return mention.low.weekday() == mention.weekday
