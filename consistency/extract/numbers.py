"""Quantities: numbers with their qualifiers, read as intervals over a counted unit.

"11.000" is [11000, 11000]; "lebih dari 10.000" is (10000, ∞); "sekitar 600" is 600 ± the stated tolerance;
"ribuan" is [1000, 9999]. Digits are read with the article language's separators (babel), so "11.000" is
eleven thousand in Indonesian and "11,000" in English. Dates, times, years, ordinals and codes such as
"G20" or "Su-27" are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..records import INF, Quantity
from . import lexicon as L

DEFAULT_APPROX_TOLERANCE = 0.10  # "sekitar 600" → [540, 660]


@dataclass(frozen=True)
class NumberOptions:
    approx_tolerance: float = DEFAULT_APPROX_TOLERANCE


_alt = L.alternation
_DIGITS = r"\d+(?:[.,\u202f ]\d{3})*(?:[.,]\d+)?"
_NUMWORD = _alt(list(L.UNIT_WORDS_ID) + list(L.UNIT_WORDS_EN) + ["belas", "puluh", "ratus", "hundred", "se"])
_WORDNUM = rf"(?:(?:{_alt(L.UNIT_WORDS_ID)}|{_alt(L.UNIT_WORDS_EN)})(?:[\s-]+(?:belas|puluh|ratus|hundred|{_alt(L.UNIT_WORDS_ID)}|{_alt(L.UNIT_WORDS_EN)}|and))*|se(?:belas|puluh|ratus))"
_SCALE = _alt(L.SCALES)
_CURRENCY = r"(?:Rp\.?|IDR|US\$|USD|S\$|RM|EUR|GBP|\$|€|£)"
_CORE = re.compile(
    rf"(?<![\w.,/:])(?P<cur>{_CURRENCY}\s?)?(?:(?P<num>{_DIGITS})(?![.,]?\d)|(?P<word>{_WORDNUM})(?!\w))"
    rf"(?:\s*(?P<scale>{_SCALE})\b)?",
    re.IGNORECASE,
)
_VAGUE = re.compile(rf"\b(?P<vague>{_alt(L.VAGUE)})\b", re.IGNORECASE)
_QUAL_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(\"“]))(?P<q>{_alt([w for ws in L.QUALIFIERS_BEFORE.values() for w in ws])})\s+$", re.IGNORECASE
)
_QUAL_KIND = {w: k for k, ws in L.QUALIFIERS_BEFORE.items() for w in ws}
_RANGE = re.compile(r"^\s*(?:(?P<dash>[-–—])|\s(?P<word>dan|and|hingga|sampai dengan|sampai|to)\s)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"(?:antara|between|from|dari)\s+$", re.IGNORECASE)
_AFTER = re.compile(r"^(?:(?P<an>-an)\b|\s+(?P<q>lebih|atau lebih|or more|or so|plus)\b|(?P<plus>\+))", re.IGNORECASE)

# Spans that hold numbers which are not quantities.
_NOT_QUANTITY = [
    re.compile(r"(?<![\d.,])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\d]|[.,]\d)"),  # 8/11/2024
    re.compile(r"\b\d{4}-\d{2}-\d{2}\b"),  # ISO date
    re.compile(r"\b\d{1,2}[.:]\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT|GMT|UTC|[ap]\.?m\.?)\b", re.IGNORECASE),
    re.compile(r"\b(?:pukul|jam|at)\s+\d{1,2}(?:[.:]\d{2})?\b", re.IGNORECASE),
    re.compile(r"\bke-?\s?\d+\b|\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE),  # ordinals
    re.compile(r"\b(?!(?:Rp|US|RM|S)\d)[A-Za-z]+-?\d+[A-Za-z]*\b|\b\d+[A-Za-z]+\d*\b"),  # codes: G20, Su-27, COVID-19, 5G
    re.compile(r"(?<![\d.,])\d+-[A-Za-z][\w-]*"),  # compounds: "7-Day Reverse Repo", "3-year-old"
    re.compile(rf"\b\d{{1,2}}\s+(?:{_alt(L.MONTHS)})\.?\b(?:\s+\d{{4}})?", re.IGNORECASE),  # 19 Juni 2024
    re.compile(rf"\b(?:{_alt(L.MONTHS)})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?\b", re.IGNORECASE),  # Nov. 8, 2024
    re.compile(rf"\b(?:{_alt(L.MONTHS)})\s+\d{{4}}\b", re.IGNORECASE),  # Juni 2024
    re.compile(r"\b(?:tahun|sejak|pada|hingga|sampai|in|since|by|until|of|year|akhir|awal|pertengahan)\s+(?:1[89]\d{2}|20\d{2})\b", re.IGNORECASE),
]
_YEAR = re.compile(r"^(?:1\d{3}|20\d{2})$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|%")


@lru_cache(maxsize=32)
def _locale(language: str | None) -> str:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(language or "en")
        return language or "en"
    except (UnknownLocaleError, ValueError, TypeError):
        return "en"


def parse_digits(text: str, language: str | None) -> float | None:
    """Read a digit string with the language's separators; fall back to the other convention if it fits."""
    from babel.numbers import NumberFormatError, parse_decimal

    cleaned = text.replace("\u202f", " ").replace(" ", "")
    for loc in dict.fromkeys([_locale(language), "en", "id"]):
        try:
            return float(parse_decimal(cleaned, locale=loc, strict=True))
        except (NumberFormatError, ValueError):
            continue
    return None


def parse_number_words(text: str) -> float | None:
    """Read "sebelas ribu", "tiga puluh lima", "seratus dua puluh", "two hundred and five" as numbers.

    A multiplier ("belas", "puluh", "ratus", "hundred") applies to the word just before it; a scale
    ("ribu", "juta", "thousand") to everything since the previous scale.
    """
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    total = current = last = 0.0
    seen = False
    for tok in tokens:
        if tok.startswith("se") and tok[2:] in ("belas", "puluh", "ratus"):
            tok_value = {"belas": 11, "puluh": 10, "ratus": 100}[tok[2:]]
            current += tok_value
            last = tok_value
        elif tok in L.UNIT_WORDS_ID or tok in L.UNIT_WORDS_EN:
            v = L.UNIT_WORDS_ID.get(tok, L.UNIT_WORDS_EN.get(tok))
            if v >= 1000:  # "seribu", "sejuta"
                total += v
                current = last = 0
            else:
                current += v
                last = v
        elif tok == "belas":
            current += 10
            last += 10
        elif tok in ("puluh", "ratus", "hundred"):
            factor = 10 if tok == "puluh" else 100
            current += (last or 1) * (factor - 1) if last else factor
            last = (last or 1) * factor
        elif tok in L.SCALES:
            total += (current or 1) * L.SCALES[tok]
            current = last = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _unit_after(text: str, pos: int, language: str | None) -> tuple[str | None, str | None, int]:
    """The counted thing after a number: (unit as written, its class, end offset)."""
    lang = "en" if language == "en" else "id"
    stop = L.STOPWORDS[lang]
    rest = text[pos:]
    words = list(_WORD.finditer(rest))[:5]
    if not words or words[0].start() > 3:
        return None, None, pos
    # "40 dari 45 karyawannya", "3 of 5 soldiers": the unit comes after the second figure
    part_of = re.match(r"\s+(?:dari|of)\s+(?:the\s+)?\d[\d.,]*\s*", rest)
    if part_of:
        unit, unit_class, _ = _unit_after(text, pos + part_of.end(), language)
        if unit:
            return unit, unit_class, pos
    for k, w in enumerate(words):
        word = w.group(0)
        low = word.lower()
        lemma = _lemma(low, lang)
        two = f"{low} {words[k + 1].group(0).lower()}" if k + 1 < len(words) else ""
        if low in stop:
            return None, None, pos
        if two and (two in L.UNIT_CLASS_OF or two in L.CURRENCY_WORDS or two in L.PERCENT_WORDS):
            end = pos + words[k + 1].end()
            return two, L.UNIT_CLASS_OF.get(two), end
        if low in L.CLASSIFIERS and k + 1 < len(words):
            nxt = _lemma(words[k + 1].group(0).lower(), lang)
            if nxt in L.UNIT_CLASS_OF and nxt not in stop:
                return nxt, L.UNIT_CLASS_OF[nxt], pos + words[k + 1].end()
        if lemma in L.UNIT_CLASS_OF or low in L.PERCENT_WORDS or low in L.CURRENCY_WORDS:
            return lemma, L.UNIT_CLASS_OF.get(lemma), pos + w.end()
        # English puts adjectives (often proper: "North Korean") before the noun; Indonesian puts them after.
        if lang == "en" and (word[0].isupper() or low.endswith(("ed", "ing", "al", "ian", "ese"))) and k < 3:
            continue
        if word[0].isupper() and lang != "en" and (k > 0 or _is_name(word) or (two and _is_name(two))):
            return None, None, pos
        return lemma, L.UNIT_CLASS_OF.get(lemma), pos + w.end()
    return None, None, pos


# The counted noun before the number: "suara tidak sah berjumlah 49.135", "jumlah korban mencapai 50".
_UNIT_BEFORE = [
    re.compile(r"\bjumlah\s+(?P<n>[a-z]+)(?:\s+[a-z]+){0,2}\s+(?:mencapai|sebanyak|sebesar|adalah|menjadi|yakni|ialah)\s+$", re.I),
    re.compile(r"\b(?P<n>[a-z]+)(?:\s+[a-z]+){0,2}\s+(?:berjumlah|sebanyak|mencapai|sejumlah)\s+$", re.I),
]
_VERB_PREFIXES = ("me", "ber", "di", "ter")


def _unit_before(text: str, start: int, language: str | None) -> str | None:
    if language == "en":
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
    if language == "en":
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
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


_RESTATED = re.compile(rf"(?<=\d)\s*\((?:{_WORDNUM}|{_DIGITS})\)", re.IGNORECASE)


def _excluded(text: str) -> list[tuple[int, int]]:
    return [m.span() for rx in (*_NOT_QUANTITY, _RESTATED) for m in rx.finditer(text)]


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


@dataclass
class _Core:
    start: int
    end: int
    value: float
    written: str
    currency: str | None = None
    scale: float = 1.0


def _cores(text: str, language: str | None, excluded: list[tuple[int, int]]) -> list[_Core]:
    cores = []
    for m in _CORE.finditer(text):
        num_span = m.span("num") if m.group("num") else m.span("word")
        if _inside(num_span, excluded):
            continue
        if m.group("num"):
            value = parse_digits(m.group("num"), language)
            # a trailing separator belongs to the sentence ("… 11.000." or "10,"): retry without it
            if value is None:
                continue
        else:
            word = m.group("word")
            if word.lower() in ("satu", "one", "se") and not m.group("scale"):
                continue  # "salah satu", "one of": not a count
            value = parse_number_words(word)
            if value is None:
                continue
        scale = L.SCALES.get((m.group("scale") or "").lower(), 1.0)
        currency = None
        if m.group("cur"):
            currency = L.CURRENCY_PREFIXES.get(m.group("cur").strip().lower())
        start = m.start("cur") if m.group("cur") else num_span[0]
        if m.group("num") and _YEAR.match(m.group("num")) and scale == 1.0 and not currency:
            _, unit_class, _ = _unit_after(text, m.end(), language)
            if unit_class is None:  # "2020 karena", "pada 1496": a year, not a count
                continue
        cores.append(_Core(start, m.end(), value * scale, text[start : m.end()], currency, scale))
    return cores


def extract_quantities(text: str, *, language: str | None = None, offset: int = 0,
                       options: NumberOptions = NumberOptions()) -> list[Quantity]:
    """Quantities in one sentence; spans are ``offset`` + positions in ``text``."""
    excluded = _excluded(text)
    cores = _cores(text, language, excluded)
    out: list[Quantity] = []
    used: set[int] = set()
    for idx, core in enumerate(cores):
        if idx in used:
            continue
        start, end = core.start, core.end
        low = high = core.value
        low_inc = high_inc = True
        qualifier = None
        approximate = False
        currency = core.currency
        # ranges: "10.000-12.000", "antara 10 dan 12 ribu", "10 hingga 12"
        if idx + 1 < len(cores):
            nxt = cores[idx + 1]
            gap = text[core.end : nxt.start]
            rm = _RANGE.match(gap + " ")
            before = text[:start]
            between = _BETWEEN.search(before)
            if rm and len(gap.strip()) <= 13 and (rm.group("dash") or rm.group("word")):
                joiner = (rm.group("word") or "").lower()
                if joiner in ("dan", "and") and not between:
                    pass  # "10 soldiers and 12 tanks" is two quantities
                else:
                    second = nxt.value
                    first = core.value
                    if core.scale == 1.0 and nxt.scale != 1.0:
                        first = core.value * nxt.scale  # "10-12 ribu"
                    low, high = min(first, second), max(first, second)
                    end = nxt.end
                    if between:
                        start = between.start()
                    qualifier = "range"
                    currency = currency or nxt.currency
                    used.add(idx + 1)
        if qualifier is None:
            qm = _QUAL_BEFORE.search(text[: core.start])
            if qm:
                q = qm.group("q").lower()
                kind = _QUAL_KIND[q]
                v = core.value
                tol = options.approx_tolerance
                if kind == "above":
                    low, high, low_inc = v, INF, False
                elif kind == "at_least":
                    low, high = v, INF
                elif kind == "below":
                    low, high, high_inc = 0.0, v, False
                elif kind == "at_most":
                    low, high = 0.0, v
                elif kind == "about":
                    low, high, approximate = v * (1 - tol), v * (1 + tol), True
                elif kind == "nearly":
                    low, high, high_inc, approximate = v * (1 - tol), v, False, True
                qualifier = q
                start = qm.start("q")
            am = _AFTER.match(text[end:])
            if am and qualifier is None:
                v = core.value
                if am.group("an"):
                    low, high, approximate, qualifier = v * (1 - options.approx_tolerance), v * (1 + options.approx_tolerance), True, "-an"
                elif (am.group("q") or "").lower() in ("lebih", "plus") or am.group("plus"):
                    low, high, low_inc, qualifier = v, INF, am.group("plus") is not None, (am.group("q") or "+").lower()
                elif (am.group("q") or "").lower() in ("atau lebih", "or more"):
                    low, high, qualifier = v, INF, am.group("q").lower()
                elif (am.group("q") or "").lower() == "or so":
                    low, high, approximate, qualifier = v * (1 - options.approx_tolerance), v * (1 + options.approx_tolerance), True, "or so"
                end += am.end()
        restated = _RESTATED.match(text, end)
        unit, unit_class, unit_end = _unit_after(text, restated.end() if restated else end, language)
        detail = _unit_detail(text, unit_end, language) if unit else None
        if unit is None and not currency:
            unit = _unit_before(text, start, language)
            unit_class = L.UNIT_CLASS_OF.get(unit) if unit else None
        kind = "count"
        before = text[max(0, start - 14) : start].lower()
        prefix_word = re.search(r"([^\W\d_]+)\.?\s*$", before)
        if currency or (unit and unit in L.CURRENCY_WORDS):
            if unit not in L.CURRENCY_WORDS:
                unit_end = end  # "Rp28,8 Miliar Jadi Sorotan": the word after a sum is not part of it
            currency = currency or L.CURRENCY_WORDS[unit]
            kind, unit, unit_class = "money", currency, f"money:{currency}"
        elif unit in L.PERCENT_WORDS or text[end : end + 1] == "%":
            kind, unit, unit_class = "percent", "%", "percent"
            if text[end : end + 1] == "%":
                unit_end = end + 1
        elif prefix_word and prefix_word.group(1) in L.MAGNITUDE_PREFIXES and text[start - 1 : start] in (" ", ""):
            kind, unit, unit_class = "magnitude", "magnitude", "magnitude"
            start = start - len(prefix_word.group(0))
            unit_end = end
        elif unit and unit in L.MAGNITUDE_SUFFIXES:
            kind, unit, unit_class = "magnitude", "magnitude", "magnitude"
        elif unit_class and unit_class.startswith("duration"):
            kind = "duration"
        elif unit in L.MEASURES:
            kind = "measure"
            factor = L.MEASURES[unit][1]
            low, high = low * factor, (high * factor if high != INF else INF)
        if unit_end > end and kind != "magnitude":
            span_end = unit_end
        else:
            span_end = end
        vague = False
        out.append(
            Quantity(
                start=offset + start, end=offset + span_end, text=text[start:span_end], low=low, high=high,
                low_inclusive=low_inc, high_inclusive=high_inc, unit=unit, unit_class=unit_class or (f"unit:{unit}" if unit else None),
                unit_detail=detail if kind in ("count", "measure") else None,
                kind=kind, qualifier=qualifier, approximate=approximate, vague=vague, value=core.value,
            )
        )
    # vague amounts: "ribuan tentara", "puluhan ribu warga", "thousands of troops"
    taken = [(q.start - offset, q.end - offset) for q in out]
    for m in _VAGUE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken) or _inside(m.span(), excluded):
            continue
        lo, hi = L.VAGUE[m.group("vague").lower()]
        pos = m.end()
        of = re.match(r"\s+of\b", text[pos:])
        if of:
            pos += of.end()
        unit, unit_class, unit_end = _unit_after(text, pos, language)
        end = unit_end if unit else m.end()
        out.append(
            Quantity(
                start=offset + m.start(), end=offset + end, text=text[m.start():end], low=float(lo), high=float(hi),
                unit=unit, unit_class=unit_class or (f"unit:{unit}" if unit else None), kind="count",
                qualifier=m.group("vague").lower(), vague=True, value=None,
            )
        )
    out.sort(key=lambda q: q.start)
    return out
