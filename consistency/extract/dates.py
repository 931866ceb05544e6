"""Dates: absolute dates, weekdays and relative times, as day intervals with a granularity.

Relative mentions ("kemarin", "pekan ini", "last month") and dates without a year are resolved against
the article's anchor (publication date, or a dated dateline); without an anchor they stay unresolved
rather than being guessed from today's date. Slash dates are day-first except in English; "Rabu (28/6)"
is a day and month, "tanggal 14" / "the 14th" a day of the anchor's month (or of the month just named).
Spans of years ("dari tahun 1823 hingga 1826", "from 1998 to 2004") and of days in one month ("14-16
Juni") have granularity "range".

dateparser is not used: it returns one datetime and fills missing parts from the current date, while a
comparison needs the interval a mention covers and must know which parts were never written.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
import calendar
import datetime as dt
import re

from ..records import DateMention
from . import lexicon as L


_alt = L.alternation
_FULL_MONTHS = [m for m in L.MONTHS if len(m) > 3 or m in ("mei", "may")]
_MON = _alt(L.MONTHS)
_WD = _alt(L.WEEKDAYS)
_Y = r"(?:1[5-9]\d{2}|20\d{2})"
_DATE_PREPS = r"pada|tanggal|tgl\.?|sejak|hingga|sampai|on|since|until"
_PATTERNS = [
    ("iso", re.compile(r"(?<![\d/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")),
    # two days of one month in Indonesian press style, with the weekdays before them: "Minggu-Senin (20-21/9/2020)",
    # "Sabtu dan Minggu (7-8/6/2003)", "(14-15/1/2014)": one span of days, not the number 20 and a day 21
    ("dd_slash", re.compile(rf"(?:\b(?P<wd1>{_WD})\s*(?:[-–]|\s(?:dan|and|hingga|sampai)\s)\s*(?P<wd2>{_WD})\s*)?"
                            r"\((?P<d1>\d{1,2})\s*[-–]\s*(?P<d>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\)", re.I)),
    ("slash", re.compile(r"(?<![\d/.,])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})(?![\d]|[.,]\d)")),
    # day/month without a year, as Indonesian news writes it after a weekday: "Rabu (28/6)", "pada 28/6"
    ("dm", re.compile(rf"\((?P<pa>\d{{1,2}})/(?P<pb>\d{{1,2}})\)|(?:\b(?:{_WD})\s*,?\s*|\b(?:{_DATE_PREPS})\s+)(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?![/\d]|[.,]\d)", re.I)),
    # days of one month: "14-16 Juni", "14 hingga 16 Juni" (a span); "5 dan 6 Maret" (two days)
    ("dd_m", re.compile(rf"(?<![\d/.,])(?P<d1>\d{{1,2}})(?:\s*(?P<dash>[-–—])\s*|\s+(?P<join>hingga|sampai|s\.d\.?|to|until|dan|and)\s+)(?P<d>\d{{1,2}})\s+(?P<mon>{_MON})\.?(?:\s+(?P<y>\d{{4}}))?\b(?!\s*(?:tahun|hari))", re.I)),
    ("dmy", re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})\.?(?:\s+(?P<y>\d{{4}}))?\b(?!\s*(?:tahun|hari))", re.I)),
    ("mdy", re.compile(rf"\b(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?(?![\d.,]\d)", re.I)),
    ("my", re.compile(rf"\b(?P<mon>{_alt(_FULL_MONTHS)})\s+(?P<y>\d{{4}})\b", re.I)),
    ("month", re.compile(rf"\b(?P<prep>pada|sejak|hingga|sampai|bulan|awal|akhir|pertengahan|in|since|until|by|early|late|mid|last)\s+(?:bulan\s+)?(?P<mon>{_alt(_FULL_MONTHS)})\b(?!\s+\d)", re.I)),
    # a day of the month: "tanggal 14", "pada tanggal 14 bulan ini", "on the 14th", "the 14th of last month"
    ("ordinal", re.compile(r"\b(?:tanggal|tgl\.?)\s+(?P<d>\d{1,2})\b(?![/.,:]\d)(?:\s+bulan\s+(?P<rel>ini|lalu|kemarin|depan))?"
                           r"|\bthe\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(?P<rel2>this|last|next)\s+month\b)?", re.I)),
    # "dari tahun 1823 hingga 1826", "(1823–1826)", "from 1998 to 2004", "antara 1998 dan 2004"
    ("years", re.compile(rf"(?:\b(?P<prep>dari|sejak|antara|from|between|since|periode|period|selama)\s+)?(?:\b(?P<tahun>tahun|the\s+years?|years?)\s+)?"
                         rf"(?<![\d.,])(?P<y1>{_Y})(?:\s*(?P<dash>[-–—])\s*|\s+(?P<join>hingga|sampai\s+dengan|sampai|s\.d\.?|to|until|till|dan|and)\s+(?:tahun\s+)?)(?P<y2>{_Y})(?![\d]|[.,]\d)", re.I)),
    # decades: "tahun 1970-an", "era 90-an", "the 1990s", "in the '90s"
    ("decade", re.compile(r"(?:\b(?:tahun|era|dekade)\s+(?:(?P<y4>(?:1[5-9]|20)\d0)|(?P<y2>[0-9]0))-?an"
                          r"|\b(?P<y4s>(?:1[5-9]|20)\d0)'?s|(?<=the )'?(?P<y2s>[0-9]0)'?s)\b", re.I)),
    ("year", re.compile(rf"\b(?P<prep>tahun|pada|sejak|hingga|sampai|in|since|until|by|berdiri|didirikan|dibangun|founded|established|sepanjang|selama|during|throughout)\s+(?P<y>{_Y})\b(?!\s*(?:tahun|orang)|-?an\b|'?s\b)", re.I)),
]
# Spanish, read only for articles in Spanish ("es"). Its prepositions and joiners are read as their English kin
# ("desde" as "since", "y" as "and") by the code below; months and weekdays are written in lower case.
_MON_ES = _alt(L.MONTHS_ES)
_WD_ES = _alt(L.WEEKDAYS_ES)
_PATTERNS_ES = [
    ("iso", dict(_PATTERNS)["iso"]),
    ("slash", dict(_PATTERNS)["slash"]),  # day first
    ("dm", re.compile(rf"\((?P<pa>\d{{1,2}})/(?P<pb>\d{{1,2}})\)|(?:\b(?:{_WD_ES})\s*,?\s*|\b(?:el|del|desde\s+el|hasta\s+el)\s+)(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?![/\d]|[.,]\d)", re.I)),
    # "14 y 15 de junio" (two days), "del 14 al 16 de junio", "14-16 de junio" (a span)
    ("dd_m", re.compile(rf"(?<![\d/.,])(?P<d1>\d{{1,2}})(?:\s*(?P<dash>[-–—])\s*|\s+(?P<join>y|al|a|hasta)\s+(?:el\s+)?)(?P<d>\d{{1,2}})\s+de\s+(?P<mon>{_MON_ES})(?:\s+(?:de|del)\s+(?P<y>\d{{4}}))?\b", re.I)),
    # "29 de octubre de 2024", "1º de mayo", "el 5 de marzo"
    ("dmy", re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})(?:º|°|\.º)?\s+(?:de\s+)?(?P<mon>{_MON_ES})(?:\s+(?:de|del)\s+(?P<y>\d{{4}}))?\b(?!\s*(?:años|días))", re.I)),
    ("my", re.compile(rf"\b(?P<mon>{_MON_ES})\s+(?:(?:de|del)\s+)?(?P<y>\d{{4}})\b", re.I)),
    ("month", re.compile(rf"\b(?P<prep>en|desde|hasta|principios\s+de|finales\s+de|mediados\s+de|fines\s+de)\s+(?:el\s+mes\s+de\s+)?(?P<mon>{_MON_ES})\b(?!\s+(?:de\s+|del\s+)?\d)", re.I)),
    # a weekday and its day of the month, as Spanish news writes them: "el lunes 28", "el pasado viernes 1"
    ("wd_day", re.compile(rf"\b(?P<wd>{_WD_ES})\s+(?P<d>\d{{1,2}})\b(?!\s*(?:(?:de|del)\s+)?(?:{_MON_ES})\b|\s*[/.,:]\d|\s*%)", re.I)),
    # a day of the month, as "tanggal 14" and "the 14th of last month": "el día 14", "el 14 del mes pasado"
    ("ordinal", re.compile(r"\b(?:el\s+)?día\s+(?P<d>\d{1,2})\b(?![/.,:]\d)(?:\s+(?:de|del)\s+(?P<rel>este\s+mes|mes\s+pasado|pasado\s+mes|próximo\s+mes|mes\s+próximo))?"
                           r"|\bel\s+(?P<d3>\d{1,2})\s+(?:de|del)\s+(?P<rel3>este\s+mes|mes\s+pasado|pasado\s+mes|próximo\s+mes|mes\s+próximo)\b", re.I)),
    # "de 1998 a 2004", "entre 1998 y 2004", "desde 1998 hasta 2004", "(1998-2004)"
    ("years", re.compile(rf"(?:\b(?P<prep>de|desde|entre|del)\s+)?(?:\b(?P<tahun>los\s+años|el\s+año|años)\s+)?"
                         rf"(?<![\d.,])(?P<y1>{_Y})(?:\s*(?P<dash>[-–—])\s*|\s+(?P<join>a|al|hasta|y)\s+(?:el\s+)?(?:año\s+)?)(?P<y2>{_Y})(?![\d]|[.,]\d)", re.I)),
    # "los años 90", "la década de 1990", "la década de los 80"
    ("decade", re.compile(r"\b(?:los\s+años|la\s+década\s+de(?:\s+los)?)\s+(?:(?P<y4>(?:1[5-9]|20)\d0)|(?P<y2>[0-9]0))\b", re.I)),
    ("year", re.compile(rf"\b(?P<prep>en|desde|hasta|el\s+año|año|durante|fundad[oa]\s+en|construid[oa]\s+en)\s+(?:el\s+)?(?P<y>{_Y})\b(?!\s*(?:años|personas)|[.,]\d)", re.I)),
]
# The Spanish words the shared code reads: "desde" is "since", "y" is "and", "mes pasado" is "last".
_ES_AS_EN = {"en": "in", "desde": "since", "hasta": "until", "de": "from", "del": "from", "entre": "between",
             "y": "and", "a": "to", "al": "to", "el año": "in", "año": "in", "durante": "during",
             "este mes": "this", "mes pasado": "last", "pasado mes": "last", "próximo mes": "next",
             "mes próximo": "next"}
_WEEKDAY_ES = re.compile(rf"\b(?:(?P<hari>el|este|del|desde\s+el|hasta\s+el)\s+)?(?P<wd>{_WD_ES})\b", re.I)
_NUM_AGO_ES = rf"(?:\d{{1,3}}|(?:{_alt(L.UNIT_WORDS_ES)})(?:\s+y\s+(?:{_alt(L.UNIT_WORDS_ES)}))?)"
_RELATIVE_ES = [
    # "hace tres días", "hace 10 años": so many units before the anchor
    (re.compile(rf"\bhace\s+(?P<n>{_NUM_AGO_ES})\s+(?P<u>años?|meses|mes|semanas?|décadas?)\b", re.I), "units_ago", None),
    (re.compile(rf"\bhace\s+(?P<n>{_NUM_AGO_ES})\s+días?\b", re.I), "days_ago", None),
    (re.compile(r"\b(?:anteayer|antier|antes\s+de\s+ayer)\b", re.I), "day", -2),
    (re.compile(r"\b(?:ayer|anoche)\b", re.I), "day", -1),
    (re.compile(r"\b(?:hoy|esta\s+mañana|esta\s+tarde|esta\s+noche)\b", re.I), "day", 0),
    (re.compile(r"\bpasado\s+mañana\b", re.I), "day", 2),
    # "mañana" is also "morning": "por la mañana", "esta mañana", "cada mañana" are no tomorrow
    (re.compile(r"(?<!la\s)(?<!esta\s)(?<!una\s)(?<!cada\s)(?<!toda\s)(?<!misma\s)\bmañana\b", re.I), "day", 1),
    (re.compile(r"\besta\s+semana\b", re.I), "week", 0),
    (re.compile(r"\b(?:la\s+semana\s+pasada|la\s+pasada\s+semana)\b", re.I), "week", -1),
    (re.compile(r"\b(?:la\s+(?:próxima|proxima)\s+semana|la\s+semana\s+(?:próxima|que\s+viene))\b", re.I), "week", 1),
    (re.compile(r"\beste\s+mes\b", re.I), "month", 0),
    (re.compile(r"\bel\s+(?:mes\s+pasado|pasado\s+mes)\b", re.I), "month", -1),
    (re.compile(r"\bel\s+(?:(?:próximo|proximo)\s+mes|mes\s+(?:próximo|que\s+viene))\b", re.I), "month", 1),
    (re.compile(r"\beste\s+año\b", re.I), "year", 0),
    (re.compile(r"\bel\s+(?:año\s+pasado|pasado\s+año)\b", re.I), "year", -1),
    (re.compile(r"\bel\s+(?:(?:próximo|proximo)\s+año|año\s+(?:próximo|que\s+viene))\b", re.I), "year", 1),
]
_EVENT_RELATIVE_ES = re.compile(r"\b(?:un\s+día|dos\s+días|una\s+semana|al\s+día)\s+(?:después|antes|siguiente)\b", re.I)


# Words after "the 14th" that leave it a day of the month ("on the 14th, …", "the 14th at noon"); any other word
# makes it an ordinal of that word ("the 14th century", "the 20th anniversary").
# Weekday cues, one table per language: a cue before or after a weekday that puts it a week back ("last",
# "lalu", "pasado") or ahead ("next", "depan", "próximo"), each before-cue with how far back it is looked for,
# and a verb of the future in the weekday's clause ("will", "akan") that puts it ahead, today included.
_WEEKDAY_CUES = {
    "id_en": {
        "last_before": (re.compile(r"\blast\s+$", re.I), 6),
        "last_after": re.compile(r"\s+(?:lalu|kemarin)\b", re.I),
        "next_before": (re.compile(r"\bnext\s+$", re.I), 6),
        "next_after": re.compile(r"\s+(?:depan|mendatang)\b", re.I),
        "ahead": re.compile(r"(?<![\w-])(?:will|akan|is\s+due\s+to|are\s+due\s+to)(?![\w-])", re.I),
        # an English verb of a schedule in the present that governs the weekday ("Debate on the budget begins in the
        # House on Friday", "the new fare takes effect Monday"), a few words before it and no other verb between
        # (not "Clean-up work starts as residents count the cost of the storm that killed 12 people on Sunday")
        "scheduled": re.compile(r"(?<![\w-])(?:" + "|".join(v.replace(" ", r"\s+") for v in L.SCHEDULE_VERBS_EN) +
                                r")(?:\s+(?!\w+ed\b|was\b|were\b|is\b|are\b|as\b|that\b|which\b|who\b)[\w'’-]+){0,5}?"
                                r"\s+(?:on\s+)?$", re.I),
    },
    "es": {
        "last_before": (re.compile(r"\b(?:el\s+)?pasado\s+$", re.I), 10),
        "last_after": re.compile(r"\s+pasado\b", re.I),
        "next_before": (re.compile(r"\b(?:el\s+)?(?:próximo|proximo)\s+$", re.I), 11),
        "next_after": None,
        "ahead": None,
        "scheduled": None,
    },
}


# a weekday declared a day of mourning or a holiday: the verb right before it, what the day becomes right after it
_SET_ASIDE_BEFORE = re.compile(r"(?<![\w-])(?:declared|designated|proclaimed|menetapkan|mengumumkan|menyatakan)\s+(?:hari\s+)?$",
                               re.I)
_SET_ASIDE_AS = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:as\s+|sebagai\s+)?(?:an?\s+)?(?:national\s+|public\s+)?"
                           r"(?:day\s+of\s+(?:national\s+|state\s+|official\s+)?mourning|hari\s+berkabung|holiday|hari\s+libur)", re.I)


# a part of the day between a weekday and its date: "Thursday night, July 20", "Jumat malam (22/8/1986)"
_PART_THEN_DATE = re.compile(r"\s+(?:night|morning|afternoon|evening|malam|pagi|siang|sore|petang|dini\s+hari)[\s,(]*",
                             re.I)


def _cue_before(cue: tuple[re.Pattern, int], text: str, at: int) -> re.Match | None:
    rx, reach = cue
    return rx.search(text[max(0, at - reach) : at])


_AFTER_ORDINAL_DAY = {"at", "and", "or", "when", "after", "before", "in", "on", "with", "to", "was", "is", "will",
                      "as", "but", "while", "for", "by", "from", "until", "that", "which", "when", "this", "next",
                      "last"}
# "in the 27-nation European Union", "in the world", "in the league" after "the 16th": a rank among a group's members
_RANK_AMONG = re.compile(r"\s+(?:in|among)\s+(?:the\s+)?(?:\d+-(?:nation|member|country|state)\b|world\b|country\b|league\b|"
                         r"union\b|bloc\b|european\s+union\b|eu\b|region\b|ranking|table\b|list\b)", re.I)
_WEEKDAY = re.compile(rf"\b(?:(?P<hari>hari|on)\s+)?(?P<wd>{_WD})\b", re.I)
_NUM_AGO = rf"(?:\d{{1,3}}|(?:{'|'.join(sorted(map(re.escape, set(L.UNIT_WORDS_ID) | set(L.UNIT_WORDS_EN) | {'sepuluh', 'sebelas', 'seratus', 'belas', 'puluh', 'a', 'an'}), key=len, reverse=True))})(?:[\s-]+(?:belas|puluh))?)"
_RELATIVE = [
    # "sepuluh tahun lalu", "ten years ago", "3 bulan silam": so many units before the anchor ("tahun lalu" inside
    # "sepuluh tahun lalu" is not last year)
    (re.compile(rf"\b(?P<n>{_NUM_AGO})\s+(?P<u>tahun|bulan|pekan|minggu|dekade|years?|months?|weeks?|decades?)\s+"
                rf"(?:yang\s+)?(?:lalu|silam|ago)\b", re.I), "units_ago", None),
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


def _count(text: str, language: str | None = None) -> int | None:
    """"10", "sepuluh", "ten", "a", "tres": how many units ago."""
    if text.strip().isdigit():
        return int(text)
    if text.strip().lower() in ("a", "an"):
        return 1
    from .numbers import parse_number_words, parse_number_words_es

    value = (parse_number_words_es if language == "es" else parse_number_words)(text)
    return int(value) if value is not None and value == int(value) and value > 0 else None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _plus_days(day: dt.date, k: int) -> dt.date | None:
    """``day`` + ``k`` days, or None past the ends of the calendar (an anchor of 0001-01-01 or 9999-12-31)."""
    try:
        return day + dt.timedelta(days=k)
    except OverflowError:
        return None


def _year(y: str | None) -> int | None:
    if not y:
        return None
    v = int(y)
    return v + 2000 if len(y) == 2 else v  # "8/11/24"; a written "0024" is not 2024


def _week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    start = day - dt.timedelta(days=day.weekday())
    return start, start + dt.timedelta(days=6)


def _month_bounds(y: int, m: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _is_weekday_word(text: str, m: re.Match, language: str | None = None) -> bool:
    word = m.group("wd")
    if language == "es":
        # "los lunes", "cada martes" are habits, not a day; "Plácido Domingo" is a name
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if re.search(r"\b(?:los|cada)\s+$", before):
            return False
        return word.islower() or m.group("hari") is not None or not text[: m.start()].strip()
    if word.lower() == "minggu":
        # "minggu" is also "week": only "hari Minggu", "Minggu (…)", "Minggu, …" or "pada Minggu" are Sunday
        after = text[m.end() : m.end() + 2]
        before = text[max(0, m.start() - 6) : m.start()].lower()
        return word[0] == "M" and (m.group("hari") is not None or after.startswith((" (", ",")) or before.endswith("pada "))
    if word.lower() in ("mei",):
        return False
    return word[0].isupper() or m.group("hari") is not None


def _day_month_year(day: int, month: int, y: int | None, anchor: dt.date | None) -> tuple[int | None, dt.date | None]:
    """The year of a day and month (written, or the anchor's, looking back) and the date, when both are known."""
    if y is None and anchor is not None:
        y = anchor.year
        cand = _safe_date(y, month, day)
        if cand and (cand - anchor).days > 31:
            y -= 1  # news reports look back: "19 Juni" in a January article is last June
    return y, (_safe_date(y, month, day) if y else None)


# a day and month without a year this long before the report is a recalled one: its weekday may name its year
RECAP_DAYS = 90


def _year_of_weekday(f: DateMention, wd: int, anchor: dt.date | None) -> tuple:
    """The date a weekday is written with, when its year is not written (the anchor's): a day
    and month that would fall after the report in its own year, on another weekday, is last year's if its
    weekday fits there ("656 by Monday, Jan. 17" in a report of 11 January 2012 is 17 January 2011, a Monday;
    in 2012 it was a Tuesday). A day shortly before the report keeps its year: a weekday
    that misses it is a slip; one more than ``RECAP_DAYS`` back is of a recalled story, whose year the weekday names."""
    if anchor is None or f.low is None or f.low != f.high or f.low.weekday() == wd:
        return f.low, f.high, f.year
    if f.low <= anchor:
        if (anchor - f.low).days <= RECAP_DAYS:
            return f.low, f.high, f.year
        # "36 on Monday, Dec. 5" in a report of September 2019 that recalls a fire of December 2016: a day long before
        # the report whose weekday misses it in the nearest year is of the latest earlier year it fits, up to nine
        # back (a slip of a weekday that long before the report moves the day years back instead: its date then
        # meets the other reports' as a year's mismatch, still reported)
        for back in range(1, 10):
            then = _safe_date(f.low.year - back, f.low.month, f.low.day)
            if then is not None and then.weekday() == wd:
                return then, then, then.year
        return f.low, f.high, f.year
    last = _safe_date(f.low.year - 1, f.low.month, f.low.day)
    if last is None or last.weekday() != wd:
        return f.low, f.high, f.year
    return last, last, last.year


def _unit_follows(text: str, pos: int, language: str | None = None) -> bool:
    """A counted noun right after a figure ("1500-2000 orang"): then the figures are a count, not years."""
    m = re.match(r"\s*([^\W\d_]+)", text[pos : pos + 40])
    word = m.group(1).lower() if m else ""
    if language == "es":
        from .numbers import _lemma_es

        cls = L.UNIT_CLASS_OF_ES.get(_lemma_es(word)) if word else None
        return cls is not None and not cls.startswith("duration")
    cls = L.UNIT_CLASS_OF.get(word) or L.UNIT_CLASS_OF.get(word.rstrip("s"))
    return cls is not None and not cls.startswith("duration")


def extract_dates(text: str, *, language: str | None = None, anchor: dt.date | None = None,
                  offset: int = 0) -> list[DateMention]:
    """Date mentions in one sentence; spans are ``offset`` + positions in ``text``."""
    found: list[DateMention] = []
    # characters already read as a date: checking a span costs its length, not the number of mentions so far
    covered = bytearray(len(text))

    def overlaps(span):
        return any(covered[span[0] : span[1]])

    def take(span):
        covered[span[0] : span[1]] = b"\x01" * (span[1] - span[0])

    named_days = None
    anchored = set()  # starts of the day mentions whose year is the anchor's, not written
    moved = set()  # starts of such days their weekday moved to an earlier year (``_year_of_weekday``)
    es = language == "es"
    months = L.MONTHS_ES if es else L.MONTHS
    for kind, rx in _PATTERNS_ES if es else _PATTERNS:
        for m in rx.finditer(text):
            if overlaps(m.span()):
                continue
            g = m.groupdict()
            if es:
                g = {k: _ES_AS_EN.get(" ".join(v.lower().split()), v) if v and k in ("prep", "join", "rel", "rel3") else v
                     for k, v in g.items()}
            y = _year(g.get("y"))
            mention = None
            if kind in ("iso", "slash", "dm", "dmy", "mdy"):
                start = m.start()
                if kind in ("slash", "dm"):
                    a, b = (int(g["pa"]), int(g["pb"])) if g.get("pa") else (int(g["a"]), int(g["b"]))
                    day, month = (b, a) if (language == "en" and a <= 12) else (a, b)
                    if kind == "dm" and not g.get("pa"):
                        start = m.start("a")
                elif kind == "iso":
                    day, month = int(g["d"]), int(g["m"])
                else:
                    day, month = int(g["d"]), months[g["mon"].lower()]
                if _safe_date(2000, month, day) is None:
                    continue  # "30/2", "31 April": no such day in any year (2000 was a leap year)
                y, d = _day_month_year(day, month, y, anchor)
                if y is not None and d is None:
                    continue
                written_year = g.get("y") is not None
                if not written_year:
                    anchored.add(start)
                mention = DateMention(start, m.end(), text[start : m.end()], "day", d, d, month, day,
                                      y if written_year or anchor else None, None, relative=False, resolved=d is not None)
            elif kind in ("dd_m", "dd_slash"):
                d1, d2 = int(g["d1"]), int(g["d"])
                month = int(g["b"]) if kind == "dd_slash" else months[g["mon"].lower()]
                if not 1 <= month <= 12:
                    continue
                if _safe_date(2000, month, d1) is None or _safe_date(2000, month, d2) is None or d1 >= d2:
                    continue
                y1, lo = _day_month_year(d1, month, y, anchor)
                y2, hi = _day_month_year(d2, month, y, anchor)
                if y is not None and (lo is None or hi is None):
                    continue
                written = y is not None
                join = (g.get("join") or "").lower()
                if join in ("dan", "and"):
                    # two days of one month: each its own mention, so each can be compared
                    for a_, b_, day, yy, d in ((m.start("d1"), m.end("d1"), d1, y1, lo), (m.start("d"), m.end(), d2, y2, hi)):
                        if not written:
                            anchored.add(a_)
                        found.append(DateMention(a_, b_, text[a_:b_], "day", d, d, month, day,
                                                 yy if written or anchor else None, None, resolved=d is not None))
                    take(m.span())
                    continue
                mention = DateMention(m.start(), m.end(), m.group(0), "range", lo, hi, month, None,
                                      y1 if written or anchor else None, None, resolved=lo is not None)
            elif kind == "ordinal":
                day = int(g.get("d") or g.get("d2") or g.get("d3"))
                rel = (g.get("rel") or g.get("rel2") or g.get("rel3") or "").lower()
                if not 1 <= day <= 31:
                    continue
                if g.get("d2") and not rel:
                    nxt = re.match(r"\s*([^\W\d_]+)", text[m.end() : m.end() + 30])
                    if nxt and nxt.group(1).lower() not in _AFTER_ORDINAL_DAY:
                        continue  # "the 14th century": an ordinal of a noun, not a day
                    if _RANK_AMONG.match(text, m.end()):
                        continue  # "the 16th in the 27-nation European Union": a rank among members, not a day
                lo = year = month = None
                # "on March 5, … on the 6th": the month is the one just named in the sentence
                if named_days is None:  # the day patterns ran before this one: index them once
                    named_days = sorted((f.start, i) for i, f in enumerate(found) if f.month and f.granularity == "day")
                k = bisect.bisect_left(named_days, (m.start(), -1))
                named = found[named_days[k - 1][1]] if k else None
                if named is not None and not rel:
                    month, year = named.month, named.year
                    lo = _safe_date(year, month, day) if year else None
                    if year and lo is None:
                        continue
                elif anchor is not None:
                    shift = {"lalu": -1, "kemarin": -1, "last": -1, "depan": 1, "next": 1}.get(rel, 0)
                    year, month = _shift_month(anchor.year, anchor.month, shift)
                    lo = _safe_date(year, month, day)
                    if lo is None:
                        continue  # "tanggal 31" in a 30-day month, or a month outside the calendar
                start = m.start()
                mention = DateMention(start, m.end(), text[start : m.end()], "day", lo, lo, month, day, year, None,
                                      relative=True, resolved=lo is not None)
            elif kind == "wd_day":
                # the month is the anchor's or the one before, whichever has that day on that weekday
                day, wd = int(g["d"]), L.WEEKDAYS_ES[g["wd"].lower()]
                if not 1 <= day <= 31:
                    continue
                lo = year = month = None
                if anchor is not None:
                    for back in (0, -1):
                        y_, m_ = _shift_month(anchor.year, anchor.month, back)
                        cand = _safe_date(y_, m_, day) if dt.MINYEAR <= y_ <= dt.MAXYEAR else None
                        if cand and cand.weekday() == wd and (cand - anchor).days <= 7:
                            lo, year, month = cand, y_, m_
                            break
                mention = DateMention(m.start(), m.end(), m.group(0), "day", lo, lo, month, day, year, wd,
                                      relative=True, resolved=lo is not None)
            elif kind == "my":
                month = months[g["mon"].lower()]
                if not dt.MINYEAR <= y <= dt.MAXYEAR:
                    continue
                lo, hi = _month_bounds(y, month)
                mention = DateMention(m.start(), m.end(), m.group(0), "month", lo, hi, month, None, y, None, resolved=True)
            elif kind == "month":
                month = months[g["mon"].lower()]
                prep = g["prep"].lower()
                start = m.start("mon") if prep in ("pada", "bulan", "in") else m.start()
                lo = hi = None
                year = None
                if prep == "last" and anchor is not None and anchor.year > dt.MINYEAR:
                    # "last July": the latest July before the report's month ("last June" in June is a year back)
                    year = anchor.year if month < anchor.month else anchor.year - 1
                    lo, hi = _month_bounds(year, month)
                elif anchor is not None and (month <= anchor.month or anchor.year > dt.MINYEAR):
                    year = anchor.year if month <= anchor.month else anchor.year - 1
                    lo, hi = _month_bounds(year, month)
                gran = "open" if prep in ("sejak", "since") else "until" if prep in ("hingga", "sampai", "until") else "month"
                if gran == "open" and lo is not None:
                    hi = anchor
                mention = DateMention(start, m.end(), text[start : m.end()], gran, lo, hi, month, None, year, None,
                                      resolved=lo is not None)
            elif kind == "years":
                y1, y2 = int(g["y1"]), int(g["y2"])
                prep = (g.get("prep") or "").lower()
                join = " ".join((g.get("join") or "").lower().split())
                if not y1 < y2 <= y1 + 200:
                    continue
                if join in ("dan", "and") and prep not in ("antara", "between"):
                    continue  # "pada 1998 dan 2004": two years, not a span
                if join and not join in ("dan", "and") and not (prep or g.get("tahun")):
                    continue  # "1998 to 2004" alone may be a count; a span needs "dari", "from", "tahun", …
                if g.get("dash") and not (prep or g.get("tahun")) and _unit_follows(text, m.end(), language):
                    continue  # "1500-2000 orang": a count
                start = m.start("prep") if prep in ("dari", "sejak", "antara", "from", "between", "since") else \
                    m.start("tahun") if g.get("tahun") else m.start("y1")
                mention = DateMention(start, m.end(), text[start : m.end()], "range", dt.date(y1, 1, 1),
                                      dt.date(y2, 12, 31), None, None, y1, None, resolved=True)
            elif kind == "decade":
                if g.get("y4") or g.get("y4s"):
                    y0 = int(g.get("y4") or g["y4s"])
                else:
                    two = int(g.get("y2") or g["y2s"])
                    y0 = (1900 if two >= 30 else 2000) + two  # "90-an" is the 1990s, "10-an" the 2010s
                mention = DateMention(m.start(), m.end(), m.group(0), "range", dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31),
                                      None, None, y0, None, resolved=True)
            elif kind == "year":
                prep = g["prep"].lower()
                lo, hi = dt.date(y, 1, 1), dt.date(y, 12, 31)
                gran = "year"
                if prep in ("sejak", "since"):
                    gran, hi = "open", anchor
                elif prep in ("hingga", "sampai", "until"):
                    gran, lo = "until", None
                start = m.start("y") if prep in ("tahun", "pada", "in", "sepanjang", "selama", "during", "throughout") else m.start()
                mention = DateMention(start, m.end(), text[start : m.end()], gran, lo, hi, None, None, y, None,
                                      resolved=gran == "year" or (gran == "open" and hi is not None))
            if mention:
                found.append(mention)
                # "Rabu, 28/6": the weekday read with the date is left for the weekday pass to join
                take((mention.start, m.end()) if kind == "dm" else m.span())

    # a weekday written next to a date ("Kamis (8/11/2024)", "Rabu, 6 November") belongs to that date
    day_by_start = {f.start: i for i, f in enumerate(found) if f.granularity == "day"}
    day_by_end = {f.end: i for i, f in enumerate(found) if f.granularity == "day"}
    for m in (_WEEKDAY_ES if es else _WEEKDAY).finditer(text):
        if overlaps(m.span()) or not _is_weekday_word(text, m, language):
            continue
        wd = (L.WEEKDAYS_ES if es else L.WEEKDAYS)[m.group("wd").lower()]
        joined = None
        for gap in range(4):
            i = day_by_start.get(m.end() + gap)
            between = text[m.end() : m.end() + gap]
            if i is None:
                i = day_by_end.get(m.start() - gap)
                between = text[m.start() - gap : m.start()]
            if i is not None and re.fullmatch(r"[\s,(]*", between):
                joined = i
                break
        part = _PART_THEN_DATE.match(text, m.end()) if joined is None else None
        if part is not None and part.end() in day_by_start:
            joined = day_by_start[part.end()]  # "Thursday night, July 20", "Jumat malam (22/8/1986)": one day
        if joined is not None:
            f = found[joined]
            end = max(f.end, m.end())
            if text[end : end + 1] == ")":
                end += 1
            start = min(f.start, m.start("wd"))
            low, high, year = _year_of_weekday(f, wd, anchor) if f.start in anchored else (f.low, f.high, f.year)
            if f.start in anchored and year is not None and f.year is not None and year < f.year:
                moved.add(start)  # a recalled day its weekday put in an earlier year
            found[joined] = DateMention(start, end, text[start:end], "day", low, high, f.month, f.day, year, wd,
                                        relative=f.relative, resolved=f.resolved)
            take(m.span())
            continue
        start = m.start("wd") if (m.group("hari") or "").lower() == "on" else m.start()
        end = m.end()
        # "last Saturday", "Sabtu lalu", "el lunes pasado": the one before today's, a week back when today is that
        # weekday; "next Friday", "Jumat depan", "el próximo lunes": the one after today's
        cues = _WEEKDAY_CUES["es" if es else "id_en"]
        last_before = _cue_before(cues["last_before"], text, m.start())
        last_after = cues["last_after"].match(text[m.end() :])
        upcoming = ahead = None
        if not (last_before or last_after):
            upcoming = _cue_before(cues["next_before"], text, m.start())
            next_after = cues["next_after"].match(text[m.end() :]) if cues["next_after"] is not None else None
            if upcoming:
                start = m.start() - len(upcoming.group(0))
            elif next_after:
                end = m.end() + next_after.end()
                upcoming = next_after
            elif cues["ahead"] is not None:
                # "The bodies will be flown home on Friday", "akan dimakamkan pada Jumat": ahead of the anchor,
                # today included
                clause = re.split(r"[,;.:]\s", text[: m.start()])[-1]
                # "declared Wednesday a day of mourning", "menetapkan Rabu sebagai hari berkabung": a day set aside
                # is one to come, today included
                ahead = cues["ahead"].search(clause) or (_SET_ASIDE_BEFORE.search(clause) and _SET_ASIDE_AS.match(text, m.end())) \
                    or (cues["scheduled"] is not None and cues["scheduled"].search(text, 0, m.start()))
        if last_before:
            start = m.start() - len(last_before.group(0))
        elif last_after:
            end = m.end() + last_after.end()
        lo = hi = None
        if anchor is not None and ahead:
            lo = hi = _plus_days(anchor, (wd - anchor.weekday()) % 7)
        elif anchor is not None and upcoming:
            lo = hi = _plus_days(anchor, (wd - anchor.weekday()) % 7 or 7)
        elif anchor is not None:
            back = (anchor.weekday() - wd) % 7
            if back == 0 and (last_before or last_after):
                back = 7
            lo = hi = _plus_days(anchor, -back)
        found.append(DateMention(start, end, text[start:end], "weekday", lo, hi, None, None, None, wd,
                                 relative=True, resolved=lo is not None))
        take((start, end))

    for rx, gran, k in _RELATIVE_ES if es else _RELATIVE:
        for m in rx.finditer(text):
            if overlaps(m.span()):
                continue
            lo = hi = None
            g = gran
            if gran == "days_ago":
                n = _count(m.group("n"), language)
                if n is None:
                    continue
                g, k2 = "day", -n
            elif gran == "units_ago":
                n = _count(m.group("n"), language)
                if n is None:
                    continue
                unit = m.group("u").lower()
                g = "year" if unit.startswith(("tahun", "year", "dekade", "decade", "año", "década")) else \
                    "month" if unit.startswith(("bulan", "month", "mes")) else "week"
                k2 = -n * (10 if unit.startswith(("dekade", "decade", "década")) else 1)
            else:
                k2 = k
            if anchor is not None:
                try:
                    if g == "day":
                        lo = hi = anchor + dt.timedelta(days=k2)
                    elif g == "week":
                        lo, hi = _week_bounds(anchor + dt.timedelta(weeks=k2))
                    elif g == "month":
                        lo, hi = _month_bounds(*_shift_month(anchor.year, anchor.month, k2))
                    elif g == "year":
                        lo, hi = dt.date(anchor.year + k2, 1, 1), dt.date(anchor.year + k2, 12, 31)
                except (OverflowError, ValueError):
                    lo = hi = None  # an anchor at the edge of the calendar
            found.append(DateMention(m.start(), m.end(), m.group(0), g, lo, hi, relative=True, resolved=lo is not None))
            take(m.span())
    for m in (_EVENT_RELATIVE_ES if es else _EVENT_RELATIVE).finditer(text):
        if not overlaps(m.span()):
            found.append(DateMention(m.start(), m.end(), m.group(0), "event", relative=True, resolved=False))
            take(m.span())

    found = _weekdays_by_recalled_day(text, found, anchor, moved)
    found = [
        DateMention(f.start + offset, f.end + offset, f.text, f.granularity, f.low, f.high, f.month, f.day, f.year,
                    f.weekday, f.relative, f.resolved, f.attribution)
        for f in found if not _DATELINE_AGENCY.match(text, f.end)
    ]
    found.sort(key=lambda f: f.start)
    return found


# a reporting cue of the attribution lists just before a weekday: the day something was said, the report's own week
_SAID_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted({*L.CUES_AFTER_SPEAKER, *L.CUES_BEFORE_SPEAKER, *L.NYA_CUES, *L.ACCORDING_TO},
                                                       key=len, reverse=True)))
    + r")(?:\s+[\w'’.-]+){0,3}?\s*,?\s*$", re.IGNORECASE)
_BARE_WEEKDAY = re.compile(r"(?:(?:on|pada|hari)\s+)?(?:the\s+)?(?P<wd>\w+)", re.I)


def _weekdays_by_recalled_day(text: str, found: list[DateMention], anchor: dt.date | None,
                              moved: set[int]) -> list[DateMention]:
    """A bare weekday in a sentence that names a day its own weekday put in an earlier year (``_year_of_weekday``:
    a recalled story) is a day of that week, not of the report's: "The toll climbed from nine on the Saturday after
    the fire to 24 by Sunday morning, 33 that night and 36 on Monday, Dec. 5" in a report three years on is 3 and 4
    December, the days nearest the named one. A day named with its year ("Police said on Tuesday that … the tsunami
    of Dec. 26, 2004"), of this year ("the ruling of Tuesday, April 2"), or with no weekday of its own ("sends him
    to a runoff on Oct. 19") leaves the weekday the report's, and so does a weekday a statement is made on ("police
    said on Thursday")."""
    if anchor is None:
        return found
    days = [f for f in found if f.granularity == "day" and f.start in moved and f.low is not None]
    if not days:
        return found
    out = []
    for f in found:
        bare = _BARE_WEEKDAY.fullmatch(f.text) if f.granularity == "weekday" and f.weekday is not None else None
        if bare is None or bare.group("wd").lower() not in (L.WEEKDAYS_ES | L.WEEKDAYS) \
                or _SAID_BEFORE.search(text, 0, f.start):
            out.append(f)
            continue
        near = min(days, key=lambda d: abs(d.start - f.start))
        shift = (f.weekday - near.low.weekday()) % 7
        day = _plus_days(near.low, shift - 7 if shift > 3 else shift)
        out.append(replace(f, low=day, high=day, resolved=day is not None))
    return out


# a wire dateline's day ("TIANJIN, China, Aug 13 (Reuters) -", "LONDON, 5 March (AFP) —") is the day the report was
# filed, written before the story as its header: no event's day
_DATELINE_AGENCY = re.compile(r"\s*\((?:Reuters|AP|AFP|ANTARA|Antara|Xinhua|Bloomberg|dpa|DPA|UPI|Kyodo|Yonhap|"
                              r"Bernama|EFE|ANSA|TASS|IANS|PTI|CNA)\)", re.IGNORECASE)


_DATED_DATELINE = re.compile(r"^\s*[^\n]{0,40}?(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2})\)?\s*[-–—]{1,2}\s")


_DATED_DATELINE_ES = re.compile(r"^\s*[^\n]{0,40}?(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+de\s+\w+\s+de\s+\d{4}|\d{4}-\d{2}-\d{2})\)?\s*[-–—]{1,2}\s")


def anchor_date(published: dt.date | None, text: str, language: str | None) -> dt.date | None:
    """The date relative mentions are resolved against: publication metadata, else a dated dateline."""
    if published:
        return published
    m = (_DATED_DATELINE_ES if language == "es" else _DATED_DATELINE).match(text)
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
