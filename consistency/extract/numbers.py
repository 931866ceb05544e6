"""Quantities: numbers with their qualifiers, read as intervals over a counted unit.

"11.000" is [11000, 11000]; "lebih dari 10.000" is (10000, ∞); "sekitar 600" is 600 ± the stated tolerance;
"ribuan" is [1000, 9999]; "dua-tiga minggu" is [2, 3] weeks; "$5.1B" and "Rp2 T" carry their scale;
"dua pertiga warga" is a share (kind "fraction"). Digits are read with the article language's separators
(babel), so "11.000" is eleven thousand in Indonesian and "11,000" in English. Dates ("Rabu (28/6)",
"tanggal 14"), times, years ("berdiri sejak 1890"), ordinals, identifiers ("Pasal 5") and codes such as
"G20" or "Su-27" are not quantities. Work per figure is bounded (windows, sorted spans), so a sentence
with thousands of figures costs linear time.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..records import INF, Quantity
from . import lexicon as L
from .clock import extract_times

DEFAULT_APPROX_TOLERANCE = 0.10  # "sekitar 600" → [540, 660]


@dataclass(frozen=True)
class NumberOptions:
    approx_tolerance: float = DEFAULT_APPROX_TOLERANCE


_alt = L.alternation
# At most 40 digit groups and 16 number words: a longer run is no figure anyone reports, and the bounds keep
# matching linear (a run of words is split into numbers by trying its sub-runs, cubic in its length).
_DIGITS = r"\d+(?:[.,\u202f ]\d{3}){0,40}(?:[.,]\d+)?"
_WORDNUM = rf"(?:(?:{_alt(L.UNIT_WORDS_ID)}|{_alt(L.UNIT_WORDS_EN)})(?:[\s-]+(?:belas|puluh|ratus|hundred|{_alt(L.UNIT_WORDS_ID)}|{_alt(L.UNIT_WORDS_EN)}|and)){{0,15}}|se(?:belas|puluh|ratus))"
_SCALE = _alt(L.SCALES)
_SUFFIX = rf"(?i:{_alt(L.SUFFIX_SCALES)})"
# "Rs" (the rupee, "Rs 14.54 trillion") only as written: "RS" in Indonesian is a hospital ("RS Polri")
# signs and ISO codes before a sum; the codes other than the first few are matched in capitals only ("CHF 12", not a
# word), none that also names a summit, a language or a verb ("COP 28", "PHP 8", "TRY 5"), and a bare "N" only before
# grouped thousands ("N30.000", "N70,000": naira)
_CURRENCY = (r"(?:Rp\.?|IDR|US\$|USD|(?-i:C|CA|A|AU|NZ|HK|R)\$|S\$|RM|EUR|GBP|VND|AED|INR|(?-i:Rs)\.?|\$|€|£|₹|₦|₱|฿|₩|"
             r"(?-i:CHF|JPY|CNY|AUD|CAD|NZD|HKD|SGD|MYR|THB|KRW|NGN|KES|ZAR|BRL|MXN|Kshs|KSh|Ksh)|"
             r"(?-i:N)(?=\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)))")
_CORE = re.compile(
    rf"(?<![\w.,/:])(?P<cur>{_CURRENCY}\s?)?(?:(?P<num>{_DIGITS})(?![.,]?\d)|(?P<word>{_WORDNUM})(?!\w))"
    rf"(?:\s*(?P<scale>{_SCALE})\b|(?P<sgap>\s?)(?P<suffix>{_SUFFIX})(?![\w$€£]))?",
    re.IGNORECASE,
)
_VAGUE = re.compile(rf"\b(?P<vague>{_alt(L.VAGUE)})\b", re.IGNORECASE)
_QUAL_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(\"“]))(?P<q>{_alt([w for ws in L.QUALIFIERS_BEFORE.values() for w in ws])})"
    rf"(?P<fill>(?:\s+(?:{_alt(L.QUALIFIER_FILLERS)})){{0,2}})\s+$",
    re.IGNORECASE,
)
_QUAL_KIND = {w: k for k, ws in L.QUALIFIERS_BEFORE.items() for w in ws}
_RANGE = re.compile(r"\s*(?:(?P<dash>[-–—])|\s(?P<word>dan|and|hingga|sampai dengan|sampai|to|atau|or)\s)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"(?:antara|between|from|dari)\s+$", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(rf"\b(?:{_alt(L.CHANGE_VERBS)})(?:\s+\w+)?\s+$", re.IGNORECASE)
_AFTER = re.compile(r"(?:(?P<an>-an)\b|\s+(?P<q>lebih|atau lebih|or more|or so|plus)\b|(?P<plus>\+))", re.IGNORECASE)
# How far back a qualifier (with up to two filler words) or "antara"/"between" may stand from its figure, in
# characters; a window keeps the search per figure constant instead of scanning the whole sentence before it.
_LOOKBACK = 64
_FRACTION_DIGITS = re.compile(r"\s*/\s*(?P<den>\d{1,3})(?![\d/]|[.,]\d)")
_FRACTION_ID = re.compile(
    rf"(?<![\w-])(?:(?P<whole>{_alt(L.UNIT_WORDS_ID)})\s+)?(?:(?P<half>setengah|separuh)|(?P<num>se|{_alt(L.UNIT_WORDS_ID)})\s*per\s*(?P<den>{_alt(L.FRACTION_DENOMINATORS_ID)}))(?![\w-])",
    re.IGNORECASE,
)
_FRACTION_EN = re.compile(
    rf"(?<![\w-])(?:(?P<whole>{_alt(L.UNIT_WORDS_EN)})\s+and\s+a\s+(?P<ahalf>half)|(?P<half>half)(?=\s+(?:a|an|of|the)\b)"
    rf"|(?P<num>a|one|{_alt(L.UNIT_WORDS_EN)})[\s-]+(?P<den>{_alt(L.FRACTION_DENOMINATORS_EN)}))(?![\w-])",
    re.IGNORECASE,
)
_WEEKDAY_WORDS = _alt(L.WEEKDAYS)

# Units a figure joined to them by a hyphen still counts or measures ("a 24-storey tower", "a 5-km queue"); other
# compounds are names or ages ("7-Day Reverse Repo", "a 3-year-old").
_HYPHEN_UNITS = ("storey", "storeys", "story", "floor", "km", "kilometre", "kilometer", "metre", "meter", "m", "mile",
                 "foot", "ft", "tonne", "ton", "kg", "magnitude", "hectare")

# a person's age in years: "berusia 21 tahun", "dalam usia 66 tahun", "aged 22 years", "21 years old"
_AGE_BEFORE = re.compile(r"(?<![\w-])(?:berusia|berumur|usia(?:nya)?|umur(?:nya)?|aged|age\s+of)\s+"
                         r"(?:(?:sekitar|kira-kira|hampir|about|around|nearly|almost)\s+)?$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s+old(?![\w-])", re.IGNORECASE)

# Spans that hold numbers which are not quantities.
_NOT_QUANTITY = [
    re.compile(r"(?<![\d.,])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\d]|[.,]\d)"),  # 8/11/2024
    re.compile(r"\(\d{1,2}\s*[-–]\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\)"),  # "(20-21/9/2020)": two days of a month
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),  # ISO date
    re.compile(r"\b\d{1,2}[.:]\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT|GMT|UTC|[ap]\.?m\.?)(?!\w)", re.IGNORECASE),
    re.compile(r"\b\d{1,2}\s*[ap]\.?m\.?(?!\w)", re.IGNORECASE),  # 5 pm, 10am
    re.compile(r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC)\b"),  # 2140 GMT
    re.compile(r"\b(?:GMT|UTC)\s*[+\-−]\s*\d{1,2}(?::?[0-5]\d)?(?!\d)"),  # GMT+7, UTC-5: a zone
    re.compile(r"(?<![\d.,])\d{1,2}:\d{2}(?![\d]|[.,]\d)"),  # 17:00
    # "pukul 15", "jam 15.30": an hour; not the minutes of a duration in hours ("1 jam 15 menit")
    re.compile(r"\b(?:pukul|jam)\s+\d{1,2}(?:[.:]\d{2})?\b(?!\s*menit\b)", re.IGNORECASE),
    # "at 5", "at 17.00": an hour; not a value a verb sets ("stood at 45", "put at 12 on Monday", "estimated at 20"),
    # nor a decimal ("at 7.8")
    re.compile(r"(?<!\bstood )(?<!\bstand )(?<!stands )(?<!\bput )(?<!\bputs )(?<!pegged )(?<!\bplaced )(?<!\bset )"
               r"(?<!estimated )(?<!remained )(?<!remains )(?<!\bfixed )(?<!capped )(?<!\bheld )"
               r"(?<!\btoll )(?<!\btally )(?<!\bcount )(?<!\bfigure )(?<!\bnumber )(?<!\btotal )"  # "put the toll at 22"
               r"\bat\s+(?:[01]?\d|2[0-4])(?:[.:]\d{2})?\b(?![.,]\d)", re.IGNORECASE),
    re.compile(r"\bke-?\s?\d+\b|\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE),  # ordinals
    # aircraft models: "Boeing 737-800", "ATR 72-600", "Airbus A330-300", "Boeing 737 MAX 8" (a type, not a count)
    re.compile(r"\b(?:Boeing|Airbus|Embraer|ATR|Bombardier|Cessna|Fokker|Antonov|Ilyushin|Tupolev|Sukhoi\s+Superjet|"
               r"McDonnell\s+Douglas(?:\s+MD)?|Lockheed(?:\s+Martin)?(?:\s+[CF])?)[\s-]+[A-Z]{0,2}-?\d+(?:-\d+)?[A-Z]*"
               r"(?:\s+MAX(?:\s+\d+)?)?\b"),
    # codes: G20, Su-27, COVID-19, 5G; not a figure with a scale or a unit written on it ("$300M", "5km")
    re.compile(r"\b(?!(?:Rp|US|RM|S)\d)[A-Za-z]+-?\d+[A-Za-z]*\b"
               rf"|\b\d+(?!(?:{_SUFFIX}|km2|km²|km|cm|mm|kg|m|g|ha|lbs|lb)(?![\w²]))[A-Za-z]+\d*\b"),
    # compounds: "7-Day Reverse Repo", "3-year-old"; not a measure or storeys written as an adjective ("a 24-storey
    # tower", "a 5-km stretch", "the 3,767-metre peak"): the figure counts its unit as "24 lantai" does
    re.compile(rf"(?<![\d.,])\d+-(?!(?:{_alt(_HYPHEN_UNITS)})(?![\w-]))[A-Za-z][\w-]*"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_alt(L.MONTHS)})\.?\b(?:\s+\d{{4}})?", re.IGNORECASE),  # 19 Juni 2024
    re.compile(rf"\b(?:{_alt(L.MONTHS)})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?\b", re.IGNORECASE),  # Nov. 8, 2024
    re.compile(rf"\b(?:{_alt(L.MONTHS)})\s+\d{{4}}\b", re.IGNORECASE),  # Juni 2024
    re.compile(r"\b(?:tahun|sejak|pada|hingga|sampai|in|since|by|until|of|year|akhir|awal|pertengahan|berdiri"
               r"|didirikan|founded|established|dibangun|built|sepanjang|selama|during|throughout)\s+(?:1[5-9]\d{2}|20\d{2})\b", re.IGNORECASE),
    re.compile(r"\b(?:tahun|era|dekade|the)\s+(?:\d{2}|\d{4})-?an\b|\b(?:1[5-9]\d0|20\d0|[2-9]0)'?s\b", re.IGNORECASE),  # 90-an, 1990s
    re.compile(r"\b(?:tanggal|tgl\.?)\s+\d{1,2}\b", re.IGNORECASE),  # "tanggal 14": a day of the month
    # days of one month: "14-16 Juni", "5 dan 6 Maret"
    re.compile(rf"(?<![\d.,])\d{{1,2}}(?:\s*[-–—]\s*|\s+(?:hingga|sampai|s\.d\.?|to|until|dan|and)\s+)\d{{1,2}}\s+(?:{_alt(L.MONTHS)})\b", re.IGNORECASE),
    # day/month: "Rabu (28/6)", "(28/6)", "pada 28/6"
    re.compile(rf"\(\s*\d{{1,2}}/\d{{1,2}}\s*\)|(?:\b(?:{_WEEKDAY_WORDS}|pada|tanggal|tgl|sejak|hingga|sampai|on|since|until)\s*,?\s*)\d{{1,2}}/\d{{1,2}}(?![/\d])", re.IGNORECASE),
    # identifiers: "Pasal 5", "Nomor 12", "RT 08", "No. 3", "Article 5"
    # a ballot number is a label too: "pasangan calon nomor urut 3 memperoleh …", "candidate number 3 received …"
    re.compile(r"\bNo\.\s*(?:urut\s+)?\d+|\b(?:nomor(?:\s+urut)?|number|pasal|ayat|halaman|article|section|chapter|bab)\s+\d+"
               r"|\b(?:RT|RW|Jl\.|KM|Km)\s*\d+", re.IGNORECASE),
]
# Spanish, read only for articles in Spanish ("es"): its own words, and the same shapes as above.
def _is_es(language: str | None) -> bool:
    return language == "es"


_WORD_ES = _alt(L.UNIT_WORDS_ES)
_WORDNUM_ES = (rf"(?:medio\s+(?=mill[oó]n\b|bill[oó]n\b))?(?:{_WORD_ES}|mil|(?<=medio )(?:mill[oó]n|bill[oó]n))"
               rf"(?:(?:\s+y\s+|[\s-]+)(?:{_WORD_ES}|{_alt(L.SCALES_ES)})){{0,15}}")  # a bounded run: linear work
_SCALE_ES = _alt(L.SCALES_ES)
_CURRENCY_ES = r"(?:US\$|USD|EUR|GBP|Rp\.?|IDR|\$|€|£)"
_CORE_ES = re.compile(
    rf"(?<![\w.,/:])(?P<cur>{_CURRENCY_ES}\s?)?(?:(?P<num>{_DIGITS})(?![.,]?\d)|(?<!\bpor\s)(?P<word>{_WORDNUM_ES})(?!\w))"
    rf"(?:\s*(?P<scale>{_SCALE_ES})\b|(?P<sgap>\s?)(?P<suffix>{_SUFFIX})(?![\w$€£]))?",
    re.IGNORECASE,
)
_VAGUE_ES = re.compile(rf"\b(?P<vague>{_alt(L.VAGUE_ES)})\b", re.IGNORECASE)
_QUAL_BEFORE_ES = re.compile(
    rf"(?:^|(?<=[\s(\"“«]))(?P<q>{_alt([w for ws in L.QUALIFIERS_BEFORE_ES.values() for w in ws])})"
    rf"(?P<fill>(?:\s+(?:{_alt(L.QUALIFIER_FILLERS_ES)})){{0,2}})\s+$",
    re.IGNORECASE,
)
_QUAL_KIND_ES = {w: k for k, ws in L.QUALIFIERS_BEFORE_ES.items() for w in ws}
# "de 10 a 12", "entre 10 y 12", "10-12", "10 hasta 12", "2 o 3"; the joiners read as their English kin
_RANGE_ES = re.compile(r"\s*(?:(?P<dash>[-–—])|\s(?P<word>y|a|hasta|o)\s)\s*", re.IGNORECASE)
_JOINERS_ES = {"y": "and", "a": "and", "hasta": "to", "o": "or"}  # "a" needs "de"/"entre" before, as "and" does
_BETWEEN_ES = re.compile(r"(?:\b(?:entre|de|desde))\s+$", re.IGNORECASE)
_CHANGE_BEFORE_ES = re.compile(rf"(?<!\w)(?:{_alt(L.CHANGE_VERBS_ES)})(?:\s+\w+)?\s+$", re.IGNORECASE)
_AFTER_ES = re.compile(r"(?:(?P<an>(?!))|\s+(?P<q>o\s+más)\b|(?P<plus>\+))", re.IGNORECASE)
_MON_ES = _alt(L.MONTHS_ES)
_NOT_QUANTITY_ES = [
    # "29 de octubre (de 2024)", "1º de mayo", "octubre de 2024", "14 y 15 de junio", "del 14 al 16 de junio"
    re.compile(rf"\b\d{{1,2}}(?:º|°|\.º)?\s+(?:de\s+)?(?:{_MON_ES})\b(?:\s+(?:de|del)\s+\d{{4}})?", re.IGNORECASE),
    re.compile(rf"\b(?:{_MON_ES})\s+(?:(?:de|del)\s+)?\d{{4}}\b", re.IGNORECASE),
    re.compile(rf"(?<![\d.,])\d{{1,2}}(?:\s*[-–—]\s*|\s+(?:y|al|a|hasta)\s+(?:el\s+)?)\d{{1,2}}\s+de\s+(?:{_MON_ES})\b", re.IGNORECASE),
    # years: "en 2024", "desde 2020", "el año 2023", "a partir de 2025"
    re.compile(r"\b(?:en|desde|hasta|del|año|años|durante|partir\s+de|fundad[oa]|construid[oa]|creado|creada)"
               r"\s+(?:el\s+)?(?:1[5-9]\d{2}|20\d{2})\b", re.IGNORECASE),
    re.compile(r"\b(?:los\s+años|la\s+década\s+de(?:\s+los)?)\s+(?:\d{2}|\d{4})\b", re.IGNORECASE),
    # a day of the month: "el día 14", "el lunes 28"; a bare "el 14," is a day, not a count of anything
    re.compile(rf"\b(?:{_alt(L.WEEKDAYS_ES)})\s+\d{{1,2}}\b(?![.,]\d|\s*%)", re.IGNORECASE),
    re.compile(r"\b(?:el\s+)?día\s+\d{1,2}\b|\bel\s+\d{1,2}(?=\s*(?:[,.;:)]|$))", re.IGNORECASE),
    # times: "a las 17:00", "a las 5", "las 10.30 horas"; ordinals "1º", "3.ª"
    re.compile(r"\ba\s+las?\s+\d{1,2}(?:[.:]\d{2})?\b|\b\d{1,2}[.:]\d{2}\s*(?:h|horas|hrs)\b", re.IGNORECASE),
    re.compile(r"\b\d+\s?(?:\.?º|\.?ª|er|ro|do|to|vo)(?!\w)", re.IGNORECASE),
    # laws and decrees by number and year: "Ley 4/2023", "el Real Decreto 12/2024"
    re.compile(r"(?<![\d.,])\d{1,4}/(?:1[5-9]|20)\d{2}(?![\d/])"),
    # identifiers: "artículo 5", "número 12", "capítulo 3"
    re.compile(r"\b(?:artículo|articulo|número|numero|capítulo|capitulo|página|pagina|núm\.|nº)\s*\d+", re.IGNORECASE),
]
# "de magnitud 7,1", "un sismo M 6,4"; "6,4 grados en la escala de Richter" is read in _unit_after_es
_MAGNITUDE_BEFORE_ES = re.compile(r"(?:^|(?<=[\s(]))(?:M|(?i:magnitud|mag))\.?\s*$")
_FRACTION_ES = re.compile(
    r"(?<![\w-])(?:(?P<half>la\s+mitad)(?=\s+de\b)|(?P<num>un|una|dos|tres|cuatro)\s+(?P<den>tercios?|cuartas?\s+partes?|quintas?\s+partes?))(?![\w-])",
    re.IGNORECASE,
)
_FRACTION_DEN_ES = {"tercio": 3, "tercios": 3, "cuarta": 4, "cuartas": 4, "quinta": 5, "quintas": 5}
_COMPARATIVES_ES = frozenset(w for w, kind in _QUAL_KIND_ES.items()
                             if kind in ("above", "below", "at_least", "nearly") and w not in ("por encima de", "por debajo de"))


# One comma and three digits: a decimal where Spain writes, a thousands separator in Mexico and the US.
_COMMA_THOUSANDS = re.compile(r"\d{1,3},\d{3}")


def parse_number_words_es(text: str) -> float | None:
    """Read "tres", "veinte", "treinta y cinco", "ciento veinte", "tres mil quinientos", "dos millones" and
    "mil millones" (1e9) as numbers; words that do not compose ("dos tres") are None.

    "mil" multiplies everything since the last million, so "tres mil quinientos millones" is 3.5e9.
    """
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t]
    if not tokens or tokens[0] == "y" or tokens[-1] == "y":
        return None
    total = current = 0.0
    prev = None  # small, teen, tens, hundreds, mil, million, y
    if tokens[0] == "medio":  # "medio millón": half a million, nothing else
        if len(tokens) != 2 or tokens[1] not in L.SCALES_ES or tokens[1] == "mil":
            return None
        return 0.5 * L.SCALES_ES[tokens[1]]
    for tok in tokens:
        if tok == "y":
            if prev != "tens":
                return None  # only "treinta y cinco" joins with "y"
            prev = "y"
            continue
        if tok in L.UNIT_WORDS_ES:
            v = L.UNIT_WORDS_ES[tok]
            # "veinte", "veintiuno" are one word and take no "y"; "treinta y cinco" does
            kind = "small" if v < 10 else "teen" if v < 30 else "tens" if v < 100 else "hundreds"
            if prev == "y" and kind != "small":
                return None
            if prev in ("small", "teen", "tens") or (prev == "hundreds" and kind == "hundreds"):
                return None  # "dos tres", "treinta cinco" (without "y"), "doscientos trescientos"
            current += v
            prev = kind
        elif tok == "mil":
            if prev in ("mil", "y"):
                return None
            current = (current or 1) * 1e3
            prev = "mil"
        elif tok in L.SCALES_ES:  # millón, millones, billón
            if prev == "y":
                return None
            total += (current or 1) * L.SCALES_ES[tok]
            current = 0
            prev = "million"
        else:
            return None
    return total + current


# "M 7,4", "magnitudo 5,6", "the magnitude-6.4 quake"; a lone "m" is the end of "p.m." or a metre, not a magnitude,
# and "M-16" is a rifle
_MAGNITUDE_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(]))(?:M\.?\s*|(?i:{_alt(w for w in L.MAGNITUDE_PREFIXES if len(w) > 1)})(?:\.?\s*|-))$")
_YEAR = re.compile(r"^(?:1[5-9]\d{2}|20\d{2})$")
# what joins two figures of one kind: "6.4 and 6.2", "6,4 dan 6,3", "6.4, 6.2"
_JOINED_FIGURE = re.compile(r"\s*(?:,\s*)?(?:and|or|dan|atau|serta)?\s*", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’-]*|%")
# Indonesian writes times as "17.00": two digits after a dot are minutes, never a decimal (that is "17,5").
_TIME_ID = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d]|[.,]\d|\s*(?:%|persen))")


@lru_cache(maxsize=32)
def _locale(language: str | None) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(language or "en")
        return language or "en"
    except (UnknownLocaleError, ValueError, TypeError):
        return "en"


def parse_digits(text: str, language: str | None) -> float | None:
    """Read a digit string with the language's separators; fall back to the other convention if it fits.

    None when no convention reads it, or when the value is not a finite float (a 400-digit run).
    """
    import decimal

    from babel.numbers import NumberFormatError, parse_decimal

    cleaned = text.replace("\u202f", " ").replace(" ", "")
    for loc in dict.fromkeys([_locale(language), "en", "id"]):
        try:
            # babel's strict check re-formats the number; the default 28-digit context cannot hold a long one
            with decimal.localcontext() as ctx:
                ctx.prec = max(28, len(cleaned) + 4)
                value = float(parse_decimal(cleaned, locale=loc, strict=True))
        except (NumberFormatError, ValueError, ArithmeticError):
            continue
        return value if math.isfinite(value) else None
    return None


# A year is never "more than" or "fewer than": a figure after these is a count of the noun that follows,
# whatever the noun ("kurang dari 2000 bencana", "fewer than 1990 ballots"). Words that are also prepositions
# of place or time are left out ("under 2010 rules", "di atas 2000 meter" has its unit anyway), and so are
# "sekitar"/"around" and "hingga"/"up to": "sekitar 1998 keluarga itu pindah", "around 2005 the mill…".
_PREPOSITIONS = frozenset({"di atas", "di bawah", "over", "under", "above", "below", "mendekati", "close to"})
_COMPARATIVES = frozenset(w for w, kind in _QUAL_KIND.items()
                          if kind in ("above", "below", "at_least", "nearly") and w not in _PREPOSITIONS)


@dataclass(frozen=True)
class _Grammar:
    """The patterns and tables one language reads figures with; Indonesian and English share one."""
    core: re.Pattern
    vague: re.Pattern
    vague_table: dict
    vague_of: re.Pattern
    qual_before: re.Pattern
    qual_kind: dict
    comparatives: frozenset
    range: re.Pattern
    joiners: dict
    between: re.Pattern
    change_before: re.Pattern
    after: re.Pattern
    scales: dict
    currency_prefixes: dict
    currency_words: dict
    percent_words: set
    unit_class_of: dict
    measures: dict
    weak_words: frozenset
    number_words: object


def _grammar(language: str | None) -> _Grammar:
    return _ES if _is_es(language) else _ID_EN


def _compared_count(qualifier: str | None, unit: str | None, language: str | None = None) -> bool:
    """Do a comparative qualifier before a year-like figure and a noun after it make the figure a count?"""
    return unit is not None and qualifier in _grammar(language).comparatives


def _compared_one(text: str, core: "_Core", language: str | None) -> bool:
    """Is a "satu"/"one" a count after all: after a comparative, before a noun the lexicon knows ("kurang dari
    satu kilogram", "more than one person")? "Salah satu kota", "one of them", "one day" are no counts."""
    g = _grammar(language)
    qm = g.qual_before.search(text, max(0, core.start - _LOOKBACK), core.start)
    if not qm or qm.group("q").lower() not in g.comparatives:
        return False
    return _unit_after(text, core.end, language)[1] is not None


_SMALL = {**{w: v for w, v in L.UNIT_WORDS_ID.items() if v < 10}, **{w: v for w, v in L.UNIT_WORDS_EN.items() if v < 10}}


def parse_number_words(text: str) -> float | None:
    """Read "sebelas ribu", "tiga puluh lima", "seratus dua puluh", "two hundred and five" as numbers.

    A multiplier ("belas", "puluh", "ratus", "hundred") applies to the word just before it; a scale
    ("ribu", "juta", "thousand") to everything since the previous scale. Two number words side by side
    that do not compose ("dua tiga", "two three") are not one number: None.
    """
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    total = current = last = 0.0
    seen = False
    prev = None  # what the previous token was: small, teen, tens, mult, scale
    for tok in tokens:
        if tok.startswith("se") and tok[2:] in ("belas", "puluh", "ratus"):
            if prev in ("small", "teen", "tens"):
                return None
            tok_value = {"belas": 11, "puluh": 10, "ratus": 100}[tok[2:]]
            current += tok_value
            last = tok_value
            prev = "mult" if tok_value == 100 else "teen"
        elif tok in L.UNIT_WORDS_ID or tok in L.UNIT_WORDS_EN:
            v = L.UNIT_WORDS_ID.get(tok, L.UNIT_WORDS_EN.get(tok))
            if v >= 1000:  # "seribu", "sejuta"
                if prev in ("small", "teen", "tens"):
                    return None
                total += v
                current = last = 0
                prev = "scale"
            elif v >= 100:  # "seratus"
                if prev in ("small", "teen", "tens"):
                    return None
                current += v
                last = v
                prev = "mult"
            else:
                kind = "small" if tok in _SMALL else "tens" if v >= 20 else "teen"
                # "twenty one" composes; "dua tiga", "two three", "twenty thirty" do not
                if prev in ("small", "teen") or (prev == "tens" and kind != "small"):
                    return None
                current += v
                last = v
                prev = kind
        elif tok == "belas":
            if prev != "small":
                return None
            current += 10
            last += 10
            prev = "teen"
        elif tok in ("puluh", "ratus", "hundred"):
            if prev not in ("small", "teen") and not (tok == "hundred" and prev == "tens"):
                return None
            factor = 10 if tok == "puluh" else 100
            current += (last or 1) * (factor - 1) if last else factor
            last = (last or 1) * factor
            prev = "mult"
        elif tok in L.SCALES:
            total += (current or 1) * L.SCALES[tok]
            current = last = 0
            prev = "scale"
        else:
            return None
        seen = True
    return total + current if seen else None


_ID_EN = _Grammar(_CORE, _VAGUE, L.VAGUE, re.compile(r"\s+of\b"), _QUAL_BEFORE, _QUAL_KIND, _COMPARATIVES, _RANGE, {},
                  _BETWEEN, _CHANGE_BEFORE, _AFTER, L.SCALES, L.CURRENCY_PREFIXES, L.CURRENCY_WORDS, L.PERCENT_WORDS,
                  L.UNIT_CLASS_OF, L.MEASURES, frozenset({"satu", "one", "se"}), parse_number_words)
_ES = _Grammar(_CORE_ES, _VAGUE_ES, L.VAGUE_ES, re.compile(r"\s+de\b"), _QUAL_BEFORE_ES, _QUAL_KIND_ES, _COMPARATIVES_ES,
               _RANGE_ES, _JOINERS_ES, _BETWEEN_ES, _CHANGE_BEFORE_ES, _AFTER_ES, L.SCALES_ES, L.CURRENCY_PREFIXES_ES,
               L.CURRENCY_WORDS_ES, L.PERCENT_WORDS_ES, L.UNIT_CLASS_OF_ES, L.MEASURES,
               frozenset(L.WEAK_WORDS_ES), parse_number_words_es)


def _number_word_pieces(text: str, language: str | None = None) -> list[tuple[int, int, float]]:
    """Split a run of number words into the numbers it holds: "dua-tiga" is 2 and 3 (a range), not 5."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"[^\s-]+", text)]
    pieces = []
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            phrase = text[tokens[i][0] : tokens[j - 1][1]]
            if phrase.lower().endswith(" and") or phrase.lower() == "and":
                continue
            value = _grammar(language).number_words(phrase)
            if value is not None:
                pieces.append((tokens[i][0], tokens[j - 1][1], value))
                i = j
                break
        else:
            i += 1
    return pieces


# a scale word right before the unit ("350 juta real", "1.2 billion real"): the figure is a sum, so "real" is Brazil's
_SCALE_BEFORE = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, L.SCALES))})\s*$", re.IGNORECASE)


_SPEED = re.compile(r"\s*(?:(?P<len>km|kilomet(?:er|re)s?|mil|miles?|m|met(?:er|re)s?)\s*(?:/\s*|\s+per\s+)"
                    r"(?:h|hr|hour|jam|j)|(?P<abbr>kph|mph|kmh|kpj))(?![\w/])", re.IGNORECASE)


def _unit_after(text: str, pos: int, language: str | None) -> tuple[str | None, str | None, int]:
    """The counted thing after a number: (unit as written, its class, end offset)."""
    if _is_es(language):
        return _unit_after_es(text, pos)
    lang = "en" if language == "en" else "id"
    stop = L.STOPWORDS[lang]
    rest = text[pos : pos + 160]  # five words are enough, and a window keeps this constant per figure
    words = list(itertools.islice(_WORD.finditer(rest), 5))
    if not words or words[0].start() > 3 or re.search(r"[,;:.!?)\]]", rest[: words[0].start()]):
        return None, None, pos  # "to 426, from 430, after officials …": the figure's phrase ended at the comma
    if lang == "en" and (words[0].group(0).lower() in _TIME_ADVERBS_EN
                         or re.match(r"\s*as\s+of\b", rest, re.IGNORECASE)):
        return None, None, pos  # "The toll had stood at 222 late on Sunday", "rose to 154 as of 6 a.m."
    if lang != "en" and words[0].group(0) in _WEEKDAYS_ID:
        return None, None, pos  # "dari 153 Minggu malam": Sunday, not 153 weeks
    speed = _SPEED.match(rest)
    if speed:  # "95 km/h", "80 km per jam", "60 mph": a speed, never a length
        per = (speed.group("len") or speed.group("abbr")).lower()
        base = "mile" if per.startswith(("mil", "mph")) else "m" if per == "m" or per.startswith("met") else "km"
        return f"{base}/h", "measure:speed", pos + speed.end()
    # "40 dari 45 karyawannya", "3 of 5 soldiers": the unit comes after the second figure; but "40 dari 45
    # persen" does not make 40 a percentage, nor "2 of $5" a sum of money
    part_of = re.match(r"\s+(?:dari|of)\s+(?:the\s+)?\d[\d.,]*\s*", rest)
    if part_of:
        unit, unit_class, _ = _unit_after(text, pos + part_of.end(), language)
        if unit and unit not in L.PERCENT_WORDS and unit not in L.CURRENCY_WORDS and unit != "%":
            return unit, unit_class, pos
    for k, w in enumerate(words):
        word = w.group(0)
        low = word.lower()
        lemma = _lemma(low, lang)
        # a two-word unit or a classifier and its noun stand side by side: "41 orang, 12 orang" is two figures
        adjacent = k + 1 < len(words) and not rest[w.end() : words[k + 1].start()].strip()
        two = f"{low} {words[k + 1].group(0).lower()}" if adjacent else ""
        if low in stop and two not in L.PERCENT_WORDS:  # "per" is a stopword, "41.61 per cent" a percentage
            return None, None, pos
        if two and (two in L.UNIT_CLASS_OF or two in L.CURRENCY_WORDS or two in L.PERCENT_WORDS
                    or two in L.MAGNITUDE_SUFFIXES):  # "6,9 skala Richter" is a magnitude, not 6.9 "skala"
            end = pos + words[k + 1].end()
            return two, L.UNIT_CLASS_OF.get(two), end
        if low in L.CLASSIFIERS and adjacent:
            nxt = _lemma(words[k + 1].group(0).lower(), lang)
            if nxt in L.UNIT_CLASS_OF and nxt not in stop:
                return nxt, L.UNIT_CLASS_OF[nxt], pos + words[k + 1].end()
        if low == "real" and not (k == 0 and word == low and _SCALE_BEFORE.search(text, 0, pos)):
            return None, None, pos  # "3 real problems", "55 real count", "450 Real Madrid goals": no currency
        if low in L.CURRENCY_WORDS and lemma not in L.CURRENCY_WORDS:
            return low, None, pos + w.end()  # "250 million reais": a plural the lemma would cut from its currency
        if lemma in L.UNIT_CLASS_OF or low in L.PERCENT_WORDS or low in L.CURRENCY_WORDS:
            return lemma, L.UNIT_CLASS_OF.get(lemma), pos + w.end()
        # English puts adjectives (often proper: "North Korean") before the noun; Indonesian puts them after.
        if lang == "en" and (word[0].isupper() or low.endswith(("ed", "ing", "al", "ian", "ese"))) and k < 3:
            if k + 1 < len(words) and re.search(r"[,;:.!?)\]]", rest[w.end() : words[k + 1].start()]):
                return None, None, pos  # "510 dead and 1,600 injured, while …": the phrase ends at the comma
            continue
        if word[0].isupper() and lang != "en" and (k > 0 or _is_name(word) or (two and _is_name(two))):
            return None, None, pos
        return lemma, L.UNIT_CLASS_OF.get(lemma), pos + w.end()
    return None, None, pos


def _strip_accents(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_ES_KEYS = {_strip_accents(k): k for k in (*L.UNIT_CLASS_OF_ES, *L.CURRENCY_WORDS_ES)}


def _lemma_es(word: str) -> str:
    """The table's form of a Spanish noun ("kilómetros" → "kilómetro", "países" → "país", "civiles" → "civil"),
    else the noun without a plural "s"."""
    candidates = [word]
    if word.endswith("s") and len(word) > 3:
        candidates += [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    for c in candidates:
        if c in L.UNIT_CLASS_OF_ES or c in L.CURRENCY_WORDS_ES:
            return c
        if _strip_accents(c) in _ES_KEYS:
            return _ES_KEYS[_strip_accents(c)]
    return candidates[1] if len(candidates) > 1 and not word.endswith("ss") else word


def _unit_after_es(text: str, pos: int) -> tuple[str | None, str | None, int]:
    """The counted thing after a figure in Spanish: the first noun, after "de" when a scale or a vague amount
    stands before it ("3,5 millones de personas", "miles de soldados"); "de los 45 soldados" names it after
    the second figure."""
    rest = text[pos : pos + 160]
    euro = re.match(r"\s?€", rest)
    if euro:
        return "€", None, pos + euro.end()
    part_of = re.match(r"\s+de\s+(?:los\s+|las\s+)?\d[\d.,]*\s*", rest)
    if part_of:
        unit, unit_class, _ = _unit_after_es(text, pos + part_of.end())
        if unit and unit not in L.PERCENT_WORDS_ES and unit not in L.CURRENCY_WORDS_ES and unit != "€":
            return unit, unit_class, pos
    de = re.match(r"\s+de(?=\s+[^\W\d_])", rest)
    skip = de.end() if de else 0
    words = list(itertools.islice(_WORD.finditer(rest, skip), 2))
    if not words or words[0].start() > skip + 3 or re.search(r"[,;:.!?)\]]", rest[skip : words[0].start()]):
        return None, None, pos
    word = words[0].group(0)
    low = word.lower()
    if len(words) > 1 and not rest[words[0].end() : words[1].start()].strip():
        two = f"{low} {words[1].group(0).lower()}"  # "por ciento": its "por" is a stopword alone
        if two in L.PERCENT_WORDS_ES or two in L.CURRENCY_WORDS_ES or two in L.UNIT_CLASS_OF_ES:
            return two, L.UNIT_CLASS_OF_ES.get(two), pos + words[1].end()
    if low in L.STOPWORDS_ES:
        return None, None, pos
    if low in L.PERCENT_WORDS_ES or low in L.CURRENCY_WORDS_ES:
        return low, None, pos + words[0].end()
    lemma = _lemma_es(low)
    richter = re.match(r"\s+(?:en\s+la\s+escala\s+(?:de\s+)?)?Richter\b", rest[words[0].end() :], re.IGNORECASE)
    if lemma == "grado" and richter:
        return "magnitud", None, pos + words[0].end() + richter.end()
    if lemma in L.MEASURES_ES:
        return L.MEASURES_ES[lemma], L.UNIT_CLASS_OF_ES[lemma], pos + words[0].end()
    if lemma in L.UNIT_CLASS_OF_ES:
        return lemma, L.UNIT_CLASS_OF_ES[lemma], pos + words[0].end()
    if word[0].isupper():
        return None, None, pos  # "40 de Kursk", a name: no counted noun the tables know
    return lemma, None, pos + words[0].end()


_WEEKDAYS_ID = frozenset({"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"})
# Words of time that may follow a figure in English and are never what it counts.
_TIME_ADVERBS_EN = frozenset({"late", "early", "earlier", "later", "ago", "overnight", "yesterday", "today", "tonight",
                              "now", "then", "so", "last", "previously", "since"})

# The counted noun before the number: "suara tidak sah berjumlah 49.135", "jumlah korban mencapai 50".
_UNIT_BEFORE = [
    re.compile(r"\bjumlah\s+(?P<n>[a-z]+)(?:\s+[a-z]+){0,2}\s+(?:mencapai|sebanyak|sebesar|adalah|menjadi|yakni|ialah)\s+$", re.I),
    re.compile(r"\b(?P<n>[a-z]+)(?:\s+[a-z]+){0,2}\s+(?:berjumlah|sebanyak|mencapai|sejumlah)\s+$", re.I),
]
_VERB_PREFIXES = ("me", "ber", "di", "ter")


def _unit_before(text: str, start: int, language: str | None) -> str | None:
    if language == "en" or _is_es(language):
        return None
    head = text[max(0, start - 60) : start]
    for rx in _UNIT_BEFORE:
        m = rx.search(head)
        noun = m.group("n").lower() if m else ""
        if m and noun not in L.STOPWORDS["id"] and not noun.startswith(_VERB_PREFIXES[:3]):
            return _lemma(noun, "id")
    return None


def _unit_detail(text: str, pos: int, language: str | None) -> str | None:
    """A lowercase noun right after the unit that narrows it ("ruang kelas"); None for verbs and stopwords."""
    if language == "en" or _is_es(language):
        return None
    m = re.match(r"\s+([a-z][a-z-]+)\b", text[pos:])
    if not m:
        return None
    word = m.group(1)
    if word in L.STOPWORDS["id"] or word.startswith(_VERB_PREFIXES) or word in ("tidak", "tak", "belum", "masih", "akan"):
        return None
    return word


def _is_name(word: str) -> bool:
    from .entities import _aliases, _key

    return _key(word) in _aliases() or word.isupper()


# an Indonesian word with a verb's or an adverb's prefix ("mengguncang", "terjadi", "berpusat", "sekitar"): no
# unit noun ("Gempa berkekuatan 6,2 mengguncang Majene" is a magnitude)
_AFFIXED_ID = re.compile(r"(?:me|be|di|te|se|ke|pada)")

# English nouns whose singular ends in "ie", so their plural is no "-y" noun's ("curies" is no "cury")
_IE_NOUNS = frozenset({"curie", "calorie", "movie", "cookie", "zombie", "rookie", "brownie", "pie", "tie", "lie",
                       "goalie", "selfie", "hippie", "budgie", "aussie", "sortie", "prairie", "eyrie"})


def _lemma(word: str, lang: str) -> str:
    if lang != "en":
        for suffix in ("nya",):
            if word.endswith(suffix) and len(word) > len(suffix) + 3:
                word = word[: -len(suffix)]
        if "-" in word:
            a, _, b = word.partition("-")
            if a == b:  # reduplication: tentara-tentara
                word = a
        return word
    if word in L.UNIT_CLASS_OF:
        return word
    if word.endswith("ies") and len(word) > 4:
        # "curies", "calories", "movies": the singular keeps its "ie"
        return word[:-1] if word[:-1] in _IE_NOUNS else word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


_RESTATED = re.compile(rf"(?<=\d)\s*\((?:{_WORDNUM}|{_DIGITS})\)", re.IGNORECASE)


def restatement_end(text: str, pos: int) -> int:
    """Where the number written again in brackets right after a figure ending at ``pos`` ends ("13 (tiga
    belas)", legal and administrative style), or ``pos`` when there is none. The restatement is the number
    too: a masked context that keeps it still tells the value."""
    m = _RESTATED.match(text, pos)
    return m.end() if m else pos


def _excluded(text: str, language: str | None) -> list[tuple[int, int]]:
    if _is_es(language):
        patterns = (*_NOT_QUANTITY, *_NOT_QUANTITY_ES, _RESTATED, _TIME_ID)
    else:
        patterns = (*_NOT_QUANTITY, _RESTATED) if language == "en" else (*_NOT_QUANTITY, _RESTATED, _TIME_ID)
    return [m.span() for rx in patterns for m in rx.finditer(text)]


class _Spans:
    """Spans sorted by start, answering "inside one of them?" and "overlapping one?" in O(log n).

    A sentence can hold thousands of figures; testing each against every span was quadratic.
    """

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_end = list(itertools.accumulate((e for _, e in spans), max))

    def contains(self, span: tuple[int, int]) -> bool:
        k = bisect.bisect_right(self.starts, span[0])
        return k > 0 and self.max_end[k - 1] >= span[1]

    def overlaps(self, span: tuple[int, int]) -> bool:
        k = bisect.bisect_left(self.starts, span[1])
        return k > 0 and self.max_end[k - 1] > span[0]


@dataclass
class _Core:
    start: int
    end: int
    value: float
    written: str
    currency: str | None = None
    scale: float = 1.0  # the scale or multiplier written on the figure, shared by a range ("10-12 ribu")
    weak: bool = False  # "one", "satu": a count only with a unit or as the end of a range ("salah satu")
    yearlike: bool = False  # "2020": a year unless a counted noun follows
    fraction: bool = False  # "1/3", "dua pertiga", "three quarters": a share of something


def _suffix_scale(m: re.Match, text: str, currency: str | None, language: str | None) -> float | None:
    """The multiplier of an abbreviated scale after a figure ("$5.1B", "Rp2 T", "5.2m residents"), or None."""
    suffix = m.group("suffix").lower()
    money = currency is not None
    if not money:
        unit, unit_class, _ = _unit_after(text, m.end(), language)
        money = unit in _grammar(language).currency_words
        counted = unit_class is not None and not unit_class.startswith(("measure", "duration"))
        if not (money or counted) or (len(suffix) == 1 and language != "en" and not money):
            return None  # "5m" is five metres, "4K" a code, "3 bln" three months
    if suffix == "bln" and not money and language != "en":
        return None
    if (language is not None and language != "en" and not _is_es(language)) or currency == "IDR":
        if suffix in L.SUFFIX_SCALES_ID:
            return L.SUFFIX_SCALES_ID[suffix]
    return L.SUFFIX_SCALES[suffix]


def _fraction_cores(text: str, language: str | None) -> list[_Core]:
    if _is_es(language):
        return _fraction_cores_es(text)
    out = []
    rx = _FRACTION_EN if language == "en" else _FRACTION_ID
    for m in rx.finditer(text):
        g = m.groupdict()
        rest = text[m.end() : m.end() + 40]
        if language == "en":
            before = text[max(0, m.start() - 12) : m.start()].lower().split()
            if g.get("ahalf"):
                whole = L.UNIT_WORDS_EN[g["whole"].lower()]
                out.append(_Core(m.start(), m.end(), whole + 0.5, m.group(0)))
                continue
            if before and before[-1] in ("first", "second", "the", "a", "an", "latter", "former", "last", "next"):
                continue  # "the first half of the year", "an hour and a half": not a share
            if g.get("half"):
                value = 0.5
            else:
                num = g["num"].lower()
                value = (1 if num in ("a", "one") else L.UNIT_WORDS_EN[num]) / L.FRACTION_DENOMINATORS_EN[g["den"].lower()]
                # "a third term", "one third party": a share only before "of", a scale or a unit
                if not re.match(rf"\s+(?:of|a|an)\b|\s*(?:{_SCALE})\b", rest, re.IGNORECASE):
                    unit, unit_class, _ = _unit_after(text, m.end(), language)
                    if not (unit_class or "").startswith(("measure", "duration")):
                        continue
            if value >= 1:
                continue
            out.append(_scaled(_Core(m.start(), m.end(), value, m.group(0), fraction=True), text))
        else:
            whole = L.UNIT_WORDS_ID.get((g.get("whole") or "").lower(), 0)
            if g.get("half"):
                value = 0.5
                if g["half"].lower() == "setengah" and not whole:
                    # "setengah jam", "setengah juta", "setengah dari": a half; "setengah hati" is an idiom
                    unit, unit_class, _ = _unit_after(text, m.end(), language)
                    if not (re.match(rf"\s+(?:dari\b|(?:{_SCALE})\b)", rest, re.IGNORECASE)
                            or (unit_class or "").startswith(("measure", "duration"))):
                        continue
            else:
                num = g["num"].lower()
                value = (1 if num == "se" else L.UNIT_WORDS_ID[num]) / L.FRACTION_DENOMINATORS_ID[g["den"].lower()]
                if value >= 1:
                    continue
            out.append(_scaled(_Core(m.start(), m.end(), whole + value, m.group(0), fraction=not whole), text))
    return out


def _fraction_cores_es(text: str) -> list[_Core]:
    """"la mitad de", "un tercio", "dos tercios", "tres cuartas partes": shares of the noun after them."""
    out = []
    for m in _FRACTION_ES.finditer(text):
        if m.group("half"):
            value = 0.5
        else:
            den = _FRACTION_DEN_ES[m.group("den").split()[0].lower()]
            value = L.UNIT_WORDS_ES[m.group("num").lower()] / den
        if 0 < value < 1:
            out.append(_Core(m.start(), m.end(), value, m.group(0), fraction=True))
    return out


_FRACTION_OF = re.compile(r"\s+(?:dari|of)(?:\s+(?:the|a|an))?\b|\s+(?:the|a|an)\b", re.IGNORECASE)
_FRACTION_OF_ES = re.compile(r"\s+del\b|\s+de(?:\s+(?:los|las|la|el))?\b", re.IGNORECASE)
_SCALE_AFTER = re.compile(rf"\s+(?:(?:a|an)\s+)?(?P<scale>{_SCALE})\b", re.IGNORECASE)


def _scaled(core: _Core, text: str) -> _Core:
    """"setengah juta", "half a million", "satu setengah miliar": a fraction of a scale is a plain figure."""
    m = _SCALE_AFTER.match(text, core.end)
    if not m:
        return core
    scale = L.SCALES[m.group("scale").lower()]
    return _Core(core.start, m.end(), core.value * scale, text[core.start : m.end()], scale=scale)


_MID_SENTENCE = re.compile(r"[^\W\d_][\w'’-]*,?\s+$")


def _is_name_word(text: str, start: int) -> bool:
    """A number word capitalised in the middle of a sentence is a name: "shot dead in central Lima", "di Lima",
    "the Three Gorges". At the sentence's start, after a quote, a bracket or a colon, the capital is the sentence's."""
    return text[start].isupper() and bool(_MID_SENTENCE.search(text, max(0, start - 40), start))


def _cores(text: str, language: str | None, excluded: _Spans) -> list[_Core]:
    g = _grammar(language)
    cores = _fraction_cores(text, language)
    taken = _Spans([(c.start, c.end) for c in cores])
    consumed = 0  # the end of the last fraction read from digits: its denominator is no figure of its own
    million_m = False
    for m in g.core.finditer(text):
        num_span = m.span("num") if m.group("num") else m.span("word")
        if num_span[0] < consumed or taken.overlaps(m.span()) or excluded.contains(num_span):
            continue
        cur = (m.group("cur") or "").strip()
        currency = (g.currency_prefixes.get(cur.lower()) or ("NGN" if cur == "N" else None)) if cur else None
        start = m.start("cur") if m.group("cur") else num_span[0]
        if m.group("num"):
            if g is _ES and _COMMA_THOUSANDS.fullmatch(m.group("num")):
                continue  # "1,250": 1.25 in Spain, 1250 in Mexico; neither reading is safe to compare
            value = parse_digits(m.group("num"), language)
            # a trailing separator belongs to the sentence ("… 11.000." or "10,"): retry without it
            if value is None:
                continue
            slash = _FRACTION_DIGITS.match(text, num_span[1])
            if slash and not currency:
                consumed = slash.end()
                den = int(slash.group("den"))
                if value != int(value) or not 0 < value < den or den not in L.FRACTION_DIGIT_DENOMINATORS:
                    continue  # "24/7", "28/6", "9/11": a ratio, a date or a name, not a quantity
                whole = cores[-1] if cores and not cores[-1].fraction and text[cores[-1].end : start] == " " else None
                if whole is not None and whole.value == int(whole.value) and whole.scale == 1.0 and not whole.currency:
                    cores[-1] = _Core(whole.start, slash.end(), whole.value + value / den, text[whole.start : slash.end()])
                else:
                    cores.append(_Core(start, slash.end(), value / den, text[start : slash.end()], fraction=True))
                continue
            pieces = [(num_span[0], num_span[1], value)]
        else:
            if _is_name_word(text, num_span[0]):
                continue
            pieces = [(num_span[0] + a, num_span[0] + b, v) for a, b, v in _number_word_pieces(m.group("word"), language)]
            if not pieces:
                continue
        end = m.end()
        scale = 1.0
        if m.group("scale"):
            scale = g.scales[" ".join(m.group("scale").lower().split())]
        elif m.group("suffix"):
            scale = _suffix_scale(m, text, currency, language)
            if scale is None and million_m and not m.group("sgap") and m.group("suffix") in ("m", "M"):
                # "1.5m people voted, up from 1.2m": once "m" was a million in the sentence, it stays one
                if not _unit_after(text, m.end(), language)[1]:
                    scale = L.SUFFIX_SCALES["m"]
            if scale == L.SUFFIX_SCALES["m"] and m.group("suffix").lower() == "m":
                million_m = True
            if scale is None:
                if not m.group("sgap") and m.group("suffix").lower() != "m":
                    continue  # "4K", "5T" written on the figure: a code
                scale, end = 1.0, m.end("num") if m.group("num") else m.end("word")
        for k, (a, b, v) in enumerate(pieces):
            last = k == len(pieces) - 1
            words = text[a:b].lower().split()
            # the multiplier at the end of a word number, shared by a range before it ("tiga-empat ratus")
            place = scale if last and scale != 1.0 else next(
                (f for w, f in (("ratus", 100.0), ("hundred", 100.0), ("puluh", 10.0)) if words and words[-1] == w), 1.0)
            core_start = start if k == 0 else a
            core_end = end if last else b
            value_k = v * (scale if last else 1.0)
            if not math.isfinite(value_k):
                continue
            weak = not m.group("num") and text[a:b].lower() in g.weak_words and not (last and m.group("scale"))
            yearlike = bool(m.group("num") and _YEAR.match(m.group("num")) and scale == 1.0 and not currency)
            cores.append(_Core(core_start, core_end, value_k, text[core_start:core_end], currency if k == 0 else None,
                               place, weak=weak, yearlike=yearlike))
    cores.sort(key=lambda c: c.start)
    return cores


# the Vietnamese dong is money when the text says Vietnam's currency, or by its size (millions and more)
_VIETNAM = re.compile(r"Vietnam|VND|đồng", re.IGNORECASE)


# a rate against another currency right after "pounds": "0.585274 pounds per euro", "pounds to the dollar"
_PER_CURRENCY = re.compile(rf"\s+(?:per|against|to\s+the|for\s+(?:one|each|every|a|an|the))\s+(?:{L.alternation(L.CURRENCY_WORDS)})(?![\w-])",
                           re.IGNORECASE)


def _pound_is_money(text: str, start: int, unit_end: int, language: str | None, scale: float) -> bool:
    """"5 pounds of rice" weighs; "5 pounds sterling", "£5 … 3 pounds", "fined 500 pounds" is money."""
    after = text[unit_end : unit_end + 12].lower()
    if re.match(r"\s*(?:sterling|\(£)", after) or _PER_CURRENCY.match(text, unit_end):
        return True  # "0.585274 pounds per euro": an exchange rate
    if re.match(r"\s+of\b", after):
        return False
    words = {w.lower() for w in re.findall(r"[^\W\d_]+|£", text)}
    if words & L.MASS_CUES:
        return False
    if language != "en" or scale >= 1e6 or "£" in text or words & L.MONEY_CUES:
        return True  # Indonesian writes weight in kilograms; "pound" there is sterling
    return False


def _change_and_level(change: float, level: float) -> bool:
    """After "by", are two figures joined by "to" a change and the level it reached ("the toll was cut by 5,337 to
    41,329") rather than a range of the change ("fell by 5 to 10 percent", "by 10,000 to 20,000")? The ends of a
    range are estimates, round and of one size; a change counted to the unit (5,337) or far smaller than the
    figure after it ("by 12 to 50") is a count of what changed and the level."""
    return level > 3 * change or (change >= 100 and change % 10 != 0)


# a dash between two counts in a vote is a tally, for then against, whatever their order ("The Hungarian vote was
# 188-6", "passed 63-36", "a 400-10 vote", "disahkan dengan hasil 130-4", "The Senate rejected the measure 48-52"),
# neither a range nor a score; the vote words are lexicon.py's
_VOTE_NEAR = re.compile(rf"(?<![\w-])(?:{L.alternation(L.VOTE_NOUNS + L.VOTE_APPROVE)})\b[^.;!?]{{0,30}}$", re.IGNORECASE)
_REJECT_NEAR = re.compile(rf"(?<![\w-])(?:{L.alternation(L.VOTE_REJECT)})\b[^.;!?]{{0,30}}$", re.IGNORECASE)
_VOTE_AFTER = re.compile(r"\s+(?:vote|votes|margin|suara)\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<![\w-])(?:from|dari)\s+$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _vote_named() -> re.Pattern:
    """A vote, a voting body or a measure voted on named anywhere in a sentence: what makes "rejected", "defeated" a
    vote's verb."""
    words = L.VOTE_NOUNS + list(L.vote_measure_words()) + list(L.voting_body_words())
    return re.compile(rf"(?<![\w-])(?:{L.alternation(words)})(?![\w-])", re.IGNORECASE)


def _dash_tally(text: str, core: "_Core", nxt: "_Core", descending: bool, language: str | None) -> bool:
    """Is "a-b" (``core``, ``nxt``) a vote's tally: a vote word before it ("passed 63-36"; "rejected", "defeated" only
    in a sentence naming a vote or a voting body, else a match's score) or a vote noun after it ("a 48-52 vote")?
    A rising pair is a range unless nothing but a vote is counted after it ("rejected 48-52", not "voting within
    2-3 weeks")."""
    start, window = core.start, max(0, core.start - 40)
    if _FROM_BEFORE.search(text, max(0, start - 12), start):
        return False  # "approved cutting the rate from 6-5.75 percent": where a change starts, no count of votes
    near = bool(_VOTE_AFTER.match(text, nxt.end) or _VOTE_NEAR.search(text, window, start)
                or (_REJECT_NEAR.search(text, window, start) and _vote_named().search(text)))
    if not near or descending:
        return near
    if core.scale != nxt.scale:
        return False  # "10-12 ribu suara": one range of thousands
    unit, _, _ = _unit_after(text, nxt.end, language)
    return unit is None or unit in ("vote", "suara", "margin")


# a quake stronger than a magnitude: a lower bound of magnitudes only ("lebih kuat dari Rp 14.000" is a rupiah
# worth more, a lower figure)
_STRONGER = re.compile(r"(?:^|(?<=\s))(?P<q>stronger\s+than|lebih\s+kuat\s+dari(?:pada)?)\s+$", re.IGNORECASE)


def _bound_before(g: "_Grammar", text: str, pos: int) -> tuple[str, str, int] | None:
    """The qualifier before a figure that starts at ``pos`` ("lebih dari 10.000", "sekitar 600", "above magnitude
    4"): its words, its kind (lexicon QUALIFIERS_BEFORE) and where it starts; None for "hingga mencapai 120", a
    level reached, not an upper bound."""
    qm = g.qual_before.search(text, max(0, pos - _LOOKBACK), pos)
    if qm is None:
        return None
    q = " ".join(qm.group("q").lower().split())
    kind = g.qual_kind[q]
    if qm.group("fill") and kind == "at_most":
        return None
    return q, kind, qm.start("q")


def _stronger_before(text: str, pos: int) -> tuple[str, str, int] | None:
    """"stronger than" / "lebih kuat dari" before a magnitude (``_STRONGER``): a lower bound, as ``_bound_before``."""
    m = _STRONGER.search(text, max(0, pos - _LOOKBACK), pos)
    return (" ".join(m.group("q").lower().split()), "above", m.start("q")) if m else None


def _qualified(kind: str, v: float, tol: float) -> tuple[float, float, bool, bool, bool]:
    """The interval a qualifier of ``kind`` (lexicon QUALIFIERS_BEFORE) makes of a value: low, high, whether each
    bound is included, and whether the value is approximate."""
    if kind == "above":
        return v, INF, False, True, False
    if kind == "at_least":
        return v, INF, True, True, False
    if kind == "below":
        return 0.0, v, True, False, False
    if kind == "at_most":
        return 0.0, v, True, True, False
    if kind == "about":
        return v * (1 - tol), v * (1 + tol), True, True, True
    if kind == "nearly":
        return v * (1 - tol), v, True, False, True
    return v, v, True, True, False


_DURATION_JOINER = re.compile(r"\s+(?:(?:dan|and|y|e)\s+)?", re.IGNORECASE)
# "jailed for 10 years and 6 months respectively", "masing-masing": two terms of two people, not one
_EACH_AFTER = re.compile(r"[\s,]*(?:\S+\s+){0,3}?(?:respectively|masing-masing|berturut-turut)(?![\w-])", re.IGNORECASE)


def _compound_durations(out: list[Quantity], text: str, offset: int) -> list[Quantity]:
    """One duration written in two units, the larger first: "8 tahun 5 bulan" is 8 5/12 years, "sekitar 1 jam 15
    menit" about 1.25 hours, "8 years and 6 months" 8.5 years. The smaller part must be fewer than make one of the
    larger ("2 tahun 14 bulan" stays two figures) and stand bare, with no qualifier or range of its own; the larger
    part's qualifier ("lebih dari", "sekitar") bounds the whole."""
    merged: list[Quantity] = []
    last: str | None = None  # the smallest unit written so far in the figure ``merged[-1]``
    per: float = 1.0  # how many of that unit make one of the figure's own
    for q in out:
        prev = merged[-1] if merged else None
        part = L.DURATION_PARTS.get(last) if prev is not None and prev.kind == "duration" and last else None
        if (part is not None and q.kind == "duration" and q.unit_class == part[0] and q.exact and q.qualifier is None
                and prev.qualifier != "range" and prev.value is not None and q.value is not None
                and q.value == int(q.value) and 0 < q.value < part[1]
                and _DURATION_JOINER.fullmatch(text, prev.end - offset, q.start - offset)
                and not _EACH_AFTER.match(text, q.end - offset)):
            last, per = part[0], per * part[1]
            add = q.value / per
            whole = prev.value + add
            scale = whole / prev.value if prev.value else 1.0
            low = prev.low * scale if prev.value else prev.low + add
            high = prev.high if prev.high == INF else (prev.high * scale if prev.value else prev.high + add)
            merged[-1] = replace(prev, end=q.end, text=text[prev.start - offset : q.end - offset], low=low, high=high,
                                 value=whole)
            continue
        merged.append(q)
        last, per = (q.unit_class if q.kind == "duration" else None), 1.0
    return merged


def extract_quantities(text: str, *, language: str | None = None, offset: int = 0,
                       options: NumberOptions = NumberOptions()) -> list[Quantity]:
    """Quantities in one sentence; spans are ``offset`` + positions in ``text``."""
    g = _grammar(language)
    excluded = _Spans(_excluded(text, language))
    cores = _cores(text, language, excluded)
    out: list[Quantity] = []
    used: set[int] = set()
    changed: dict[int, int] = {}  # the second figure of a change -> the first
    for idx, core in enumerate(cores):
        if idx in used:
            continue
        start, end = core.start, core.end
        low = high = core.value
        low_inc = high_inc = True
        qualifier = None
        approximate = False
        currency = core.currency
        nxt = None
        # ranges: "10.000-12.000", "antara 10 dan 12 ribu", "10 hingga 12", "dua-tiga minggu", "2 atau 3 hari"
        if idx + 1 < len(cores):
            nxt = cores[idx + 1]
            gap = text[core.end : nxt.start]
            rm = g.range.match(gap + " ") if len(gap) <= 20 else None
            window = max(0, start - _LOOKBACK)
            between = g.between.search(text, window, start)
            joiner = (rm.group("word") or "").lower() if rm else ""
            joiner = g.joiners.get(joiner, joiner)
            first = core.value
            if core.scale == 1.0 and nxt.scale != 1.0 and 0 < core.value < nxt.value / nxt.scale:
                first = core.value * nxt.scale  # "10-12 ribu", "tiga-empat ratus"
            ok = bool(rm and rm.end() >= len(gap) and len(gap.strip()) <= 13 and (rm.group("dash") or joiner))
            if ok and rm.group("dash") and not core.fraction and _dash_tally(text, core, nxt, nxt.value < first, language):
                ok = False  # "the vote was 188-6", "a 48-52 vote": a tally's two counts, for and against
            elif ok and rm.group("dash") and nxt.value < first and not core.fraction:
                # "2-1", "3-0": a score written with a dash, neither a range nor two counts
                used.add(idx + 1)
                continue
            if ok and nxt.value < first:
                ok = False  # ranges are written low to high; "10 hingga 5" is two figures
            if ok and joiner in ("dan", "and") and not between:
                ok = False  # "10 soldiers and 12 tanks" is two quantities
            if ok and joiner in ("atau", "or") and not (0 < first < nxt.value <= 5 * first):
                ok = False  # "2 atau 3 hari" is a range; "96.214.691 atau 58,59 persen" is one figure twice
            if ok and between and g.change_before.search(text, max(0, between.start() - 30), between.start()):
                # "naik dari 41 hingga 58 orang": a change between two figures of one thing, not a range; the
                # joiner is no bound on the second ("hingga 58" is not "at most 58")
                ok = False
                changed[idx + 1] = idx
            if ok and not between and not rm.group("dash") and joiner in ("to", "hingga", "sampai") \
                    and g.change_before.search(text, max(0, start - 30), start) \
                    and (not re.search(r"\b(?:by|sebesar|sekitar|around|about)\s+$", text[max(0, start - 12) : start], re.I)
                         or _change_and_level(first, nxt.value)):
                # "claims rose 12,000 to 1.434 million": by how much and to what, not a range; the second is the
                # level reached ("fell by 5 to 10 percent" is a range of the change, "cut by 5,337 to 41,329" is not)
                ok = False
                changed[idx + 1] = idx
            if ok and core.fraction != nxt.fraction:
                ok = False
            if ok:
                low, high = min(first, nxt.value), max(first, nxt.value)
                end = nxt.end
                if between:
                    start = between.start()
                qualifier = "range"
                currency = currency or nxt.currency
                used.add(idx + 1)
            else:
                nxt = None
        if core.weak and nxt is None and not _compared_one(text, core, language):
            continue  # "salah satu", "one of": not a count
        if qualifier is None and idx not in changed:
            bound = _bound_before(g, text, core.start)
            if bound:
                qualifier, kind, start = bound
                low, high, low_inc, high_inc, approximate = _qualified(kind, core.value, options.approx_tolerance)
            am = g.after.match(text, end)
            if am and qualifier is None:
                v = core.value
                if am.group("an"):
                    low, high, approximate, qualifier = v * (1 - options.approx_tolerance), v * (1 + options.approx_tolerance), True, "-an"
                elif (am.group("q") or "").lower() in ("lebih", "plus") or am.group("plus"):
                    low, high, low_inc, qualifier = v, INF, am.group("plus") is not None, (am.group("q") or "+").lower()
                elif (am.group("q") or "").lower() in ("atau lebih", "or more", "o más"):
                    low, high, qualifier = v, INF, am.group("q").lower()
                elif (am.group("q") or "").lower() == "or so":
                    low, high, approximate, qualifier = v * (1 - options.approx_tolerance), v * (1 + options.approx_tolerance), True, "or so"
                end = am.end()
        restated = _RESTATED.match(text, end)
        unit_pos = restated.end() if restated else end
        if core.fraction:
            # "tiga perempat dari warga", "three quarters of the residents": the share is of the noun after
            of = (_FRACTION_OF_ES if _is_es(language) else _FRACTION_OF).match(text, unit_pos)
            if of:
                unit_pos = of.end()
        unit, unit_class, unit_end = _unit_after(text, unit_pos, language)
        if unit is None and idx + 1 in changed:
            unit, unit_class, _ = _unit_after(text, cores[idx + 1].end, language)
        if (core.yearlike and (nxt is None or nxt.yearlike) and unit_class is None and not currency
                and text[end : end + 1] != "%" and not _compared_count(qualifier, unit, language)):
            continue  # "2020 karena", "from 1998 to 2004": years, not counts
        detail = _unit_detail(text, unit_end, language) if unit else None
        if unit is None and not currency and not core.fraction:
            unit = _unit_before(text, start, language)
            unit_class = g.unit_class_of.get(unit) if unit else None
        kind = "count"
        before = text[max(0, start - 14) : start]
        prefix_word = (_MAGNITUDE_BEFORE_ES if g is _ES else _MAGNITUDE_BEFORE).search(before)
        if unit in ("pound", "pounds") and _pound_is_money(text, start, unit_end, language, core.scale):
            unit = "pounds"
            currency = currency or "GBP"
        if unit == "dong" and core.scale < 1e6 and not _VIETNAM.search(text):
            unit, unit_class, unit_end = None, None, end  # "Minimal 10 ribu dong": the Indonesian particle
        if currency or (unit and unit in g.currency_words):
            if unit not in g.currency_words and unit != "pounds":
                unit_end = end  # "Rp28,8 Miliar Jadi Sorotan": the word after a sum is not part of it
            currency = currency or g.currency_words[unit]
            kind, unit, unit_class = "money", currency, f"money:{currency}"
        elif unit in g.percent_words or text[end : end + 1] == "%":
            kind, unit, unit_class = "percent", "%", "percent"
            if text[end : end + 1] == "%":
                unit_end = end + 1
        elif prefix_word and text[start - 1 : start] in (" ", "", "-") \
                and not (prefix_word.group(0).strip().lower() == "berkekuatan" and unit
                         and unit not in L.MAGNITUDE_SUFFIXES and not _AFFIXED_ID.match(unit)):
            # "berkekuatan" is a strength of anything: "berkekuatan 1.375 curie", "pasukan berkekuatan 5.000
            # personel" count their noun; only with no noun, or a magnitude's ("6,2 SR"), is it a quake's
            kind, unit, unit_class = "magnitude", "magnitude", "magnitude"
            start = start - len(prefix_word.group(0))
            unit_end = end
            # "35 of them above magnitude 4", "stronger than magnitude 4": the bound stands before the word
            bound = (_bound_before(g, text, start) or _stronger_before(text, start)) if qualifier is None else None
            if bound:
                qualifier, kind_q, start = bound
                low, high, low_inc, high_inc, approximate = _qualified(kind_q, core.value, options.approx_tolerance)
        elif unit and (unit in L.MAGNITUDE_SUFFIXES or (g is _ES and unit == "magnitud")):
            kind, unit, unit_class = "magnitude", "magnitude", "magnitude"
        elif unit_class == "duration:year" and (_AGE_BEFORE.search(text, max(0, start - 40), start)
                                               or _AGE_AFTER.match(text, unit_end)):
            unit_class = "age"  # "berusia 21 tahun", "aged 22 years", "21 years old": a person's age, not a span
        elif unit_class and unit_class.startswith("duration"):
            kind = "duration"
        elif unit in g.measures:
            kind = "measure"
            factor = g.measures[unit][1]
            low, high = low * factor, (high * factor if high != INF else INF)
        elif core.fraction:
            # a share: "dua pertiga warga" is comparable with "sepertiga warga", not with "20 warga"
            kind = "fraction"
            unit_class = f"fraction:{unit_class or (f'unit:{unit}' if unit else 'any')}"
        if kind == "count" and out and out[-1].kind == "magnitude" and core.scale == 1.0 and core.value % 1 \
                and _JOINED_FIGURE.fullmatch(text, out[-1].end - offset, start):
            # "the magnitude-6.4 and 6.2 quakes", "bermagnitudo 6,4 dan 6,3 itu": a figure with a decimal joined to a
            # magnitude is the next quake's magnitude, never 6.2 quakes
            kind, unit, unit_class = "magnitude", "magnitude", "magnitude"
        if unit_end > end and kind != "magnitude":
            span_end = unit_end
        else:
            span_end = end
        out.append(
            Quantity(
                start=offset + start, end=offset + span_end, text=text[start:span_end], low=low, high=high,
                low_inclusive=low_inc, high_inclusive=high_inc, unit=unit, unit_class=unit_class or (f"unit:{unit}" if unit else None),
                unit_detail=detail if kind in ("count", "measure") else None,
                kind=kind, qualifier=qualifier, approximate=approximate, vague=False, value=core.value,
            )
        )
    out = _compound_durations(out, text, offset)
    # vague amounts: "ribuan tentara", "puluhan ribu warga", "thousands of troops"
    taken = _Spans([(q.start - offset, q.end - offset) for q in out])
    for m in g.vague.finditer(text):
        if taken.overlaps(m.span()) or excluded.contains(m.span()):
            continue
        lo, hi = g.vague_table[" ".join(m.group("vague").lower().split())]
        pos = m.end()
        of = g.vague_of.match(text, pos)
        if of:
            pos = of.end()
        unit, unit_class, unit_end = _unit_after(text, pos, language)
        end = unit_end if unit else m.end()
        out.append(
            Quantity(
                start=offset + m.start(), end=offset + end, text=text[m.start():end], low=float(lo), high=float(hi),
                unit=unit, unit_class=unit_class or (f"unit:{unit}" if unit else None), kind="count",
                qualifier=m.group("vague").lower(), vague=True, value=None,
            )
        )
    # times of day ("pukul 04.40 WIB", "around 2 a.m."): what the figure patterns above leave out as no count
    taken = _Spans([(q.start - offset, q.end - offset) for q in out])
    out.extend(t for t in extract_times(text, language=language, offset=offset)
               if not taken.overlaps((t.start - offset, t.end - offset)))
    out.sort(key=lambda q: q.start)
    return out
