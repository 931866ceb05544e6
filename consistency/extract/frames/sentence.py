"""The sentence as the attachment cost sees it: tokens, mentions, the cost between two spans and the reach
limits, plus the small clause and verb patterns that several concerns share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon as L
from ..numbers import _CURRENCY
from .lexicons import INF, LANGS, _alternation, _load, lexicon


_APPOSITION = re.compile(r"^(?:[^.!?\n]{0,45}?\s(?:--|[-–—])\s)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
                         r"(?P<apposition>,\s(?:[^,;]|(?<=\d),(?=\d)){1,70},)")


# a relative clause, or an inclusion set off by commas ("595 orang, termasuk anggota pasukan yang bertikai, menderita
# luka-luka", "595 people, including fighters, were injured"): the figure's verb lies past it
_RELATIVE = re.compile(r",\s*(?:which|who|whose|yang|termasuk|including)\b[^,;]{1,80},", re.IGNORECASE)


# clause punctuation, not the separators inside a number ("7,4", "16:00")
_COMMA = re.compile(r";|(?<!\d),|,(?!\d)")


# a comma or "and" between two items of a list ("12 tentara dan 33 warga", "Twelve bombers and 33 victims", "on
# Saturday and Sunday")
LIST_JOIN = r"\s*(?:,\s*(?:(?:dan|and|serta)\s+)?|\s+(?:dan|and|serta)\s+)"
_PUNCT = re.compile(r";|(?<!\d)[,:]|[,:](?!\d)")


_TOKEN = re.compile(r"[\w'’]+(?:[-/][\w'’]+)*|[^\w\s]")


@dataclass
class _Mention:
    start: int
    end: int
    kind: str  # figure, date, predicate, place, actor, source, asof, negator, ...
    label: str = ""
    text: str = ""
    extra: object = None


@lru_cache(maxsize=4096)  # a sentence is read three times (its figures, its dates, the discourse): its parts once
def _sentence_parts(text: str) -> tuple[tuple, tuple, tuple]:
    """A sentence's tokens; the spans that cost almost nothing: a relative clause between a subject and its
    verb (", which ended in 2009," / ", yang …,") and an apposition after a name that opens the sentence
    ("Semeru, at 3,767 meters the highest peak on Java,"); and, of those appositions, the ones to a name proper
    (``_Sentence.appositions``)."""
    tokens = tuple((m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text))
    found = list(_APPOSITION.finditer(text))
    soft = tuple([m.span() for m in _RELATIVE.finditer(text)] + [m.span("apposition") for m in found])
    # an apposition to a name proper ("Rini", "Presiden Joko Widodo"), not to an opening phrase that a function
    # word leads ("Di India, 17 orang …", "In Central Java, 17 people died, …")
    appositions = tuple(m.span("apposition") for m in found
                        if m.group("name").split()[0].lower() not in _function_words())
    return tokens, soft, appositions


class _Sentence:
    """The sentence with its mentions, and the cost of the words between two positions."""

    def __init__(self, text: str, langs: tuple[str, ...]) -> None:
        self.text = text
        self.langs = langs
        self.walls: list[tuple[int, int, int]] = []  # (start, end, owner): spans that cut attachment
        self.soft: list[tuple[int, int]] = []  # spans that cost almost nothing (dates, counted nouns)
        # appositions to a name that opens the sentence: what follows one is the name's clause (``cost``)
        self.tokens, soft, self.appositions = _sentence_parts(text)
        self.soft += soft

    def cost(self, a: int, b: int, *, owner: int | None = None, walls: bool = True) -> float:
        """What lies in ``text[a:b]``: content words 1, commas 1.5, conjunctions 4, another figure a wall."""
        if b < a:
            a, b = b, a
        lex = lexicon()
        total = 0.0
        if walls:
            for s, e, who in self.walls:
                if who != owner and a <= s and e <= b:
                    return INF
            # "Rini, the nurse pulled out alive after 16 days, now works in Dhaka": what follows an apposition
            # is the named subject's clause, not the figures' of the apposition (its place, its "now")
            own = [(s, e) for s, e, who in self.walls if who == owner]
            if own and any(s < own[0][0] < e and s < a < e <= b for s, e in self.appositions):
                return INF
        for s, e, tok in self.tokens:
            if s < a or e > b:
                continue
            if any(ss <= s and e <= se for ss, se in self.soft):
                total += 0.1
                continue
            low = tok.lower()
            if tok in (",",):
                total += 1.5
            elif tok in (";", ":"):
                total += 3.0
            elif tok in ("(", ")", "\"", "“", "”", "'", "-", "–", "—"):
                total += 0.3
            elif not tok[0].isalnum():
                total += 0.5
            elif low in lex.coordinate:
                total += 4.0
            elif low in lex.clause_break:
                total += 3.0
            elif low in lex.skip or low in lex.value_verbs:
                continue
            else:
                total += 1.0
        return total


_MORE_FUNCTION_WORDS = {
    "as", "for", "per", "with", "than", "into", "onto", "upon", "via", "amid", "among", "during", "like", "yet",
    "because", "due", "under", "above", "below", "around", "across", "within", "without", "against", "each",
    "untuk", "bagi", "oleh", "sebagai", "karena", "sejak", "selama", "menurut", "seperti", "tanpa", "terhadap",
    "akibat", "atas", "bawah", "antara", "masing-masing", "adapun",
}


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    lex = lexicon()
    preps = {p for lang in LANGS for p in lex.place_preps[lang] if " " not in p}
    return frozenset(lex.skip | lex.coordinate | lex.clause_break | preps | _MORE_FUNCTION_WORDS
                     | {w.lower() for w in L.STOPWORDS["id"] | L.STOPWORDS["en"]})


@dataclass
class _Item:
    """A figure or date being framed, with what has been attached to it so far."""

    index: int
    start: int  # the core (number or date) in sentence offsets
    end: int
    tail: int  # end of its own noun phrase: where words after it start to count
    predicate: _Mention | None = None
    counted: str | None = None
    counted_text: str | None = None
    counted_how: str | None = None
    places: list = None
    actor: _Mention | None = None
    source: str | None = None
    negated: bool = False
    link: str | None = None  # how it joins the item before it: restate, subset, coordinate
    noun_from: "_Item | None" = None  # the coordinated figure whose noun this elided one takes ("four boys …, five")
    qstart: int = -1  # where the quantity's phrase starts (its qualifier), in sentence offsets
    qend: int = -1  # where the quantity's text ends (its unit), in sentence offsets
    prep_object: bool = False  # "terluka dalam delapan ledakan": the figure is what a preposition governs


def _link(sent: _Sentence, prev: _Item, cur: _Item) -> str | None:
    """How two neighbouring items join: "restate" ("atau 58,59 persen", "(24,95 persen)"), "subset" ("2,500 of
    them", "di antaranya"), "coordinate" ("dan", ",", "while", "sementara"), or None."""
    lex = lexicon()
    between = sent.text[prev.tail : cur.start]
    after = sent.text[cur.end : cur.end + 25]
    low = between.lower()
    if re.fullmatch(r"\s*\(\s*", between) or any(e == len(between.rstrip()) for lang in sent.langs
                                                  for s, e, _, _ in lex.cues["restate"][lang].find(between)):
        return "restate"
    if re.match(r"\s*(?:of\s+(?:them|whom|which)|di\s?antaranya|lainnya)", after, re.I) or \
            any(True for lang in sent.langs for _ in lex.cues["subset"][lang].find(low) if "termasuk" not in low):
        return "subset"
    words = [w.lower() for w in re.findall(r"[\w'’-]+", between)]
    if any(w in lex.clause_break for w in words):
        return None
    if "," in between or ";" in between or any(w in lex.coordinate for w in words):
        # "…, a 220-207 House vote five days later, the provisions were scored at $369 billion": an auxiliary
        # after the last comma or conjunction gives the figure a clause and a verb of its own
        last = max([between.rfind(","), between.rfind(";")]
                   + [m.end() for m in re.finditer(r"[\w'’-]+", between) if m.group().lower() in lex.coordinate])
        if any(w.lower() in lex.finite_verb for w in re.findall(r"[\w'’-]+", between[last:])):
            return None
        return "coordinate"
    return None


def _clause_break_between(sent: _Sentence, it: _Item, ds: int, de: int) -> bool:
    """Does a clause break ("that", "which", "yang", "after") stand between a figure and a date ("1,187 pages,
    longer than the text that the House sent to the palace in October": October is the sending's)?"""
    a, b = (it.tail, ds) if ds >= it.tail else (de, it.start)
    # "struck just after midnight on March 7": a time of day, no clause
    words = re.findall(r"[\w'’-]+", _time_of_day_after().sub(" ", sent.text[a:b]).lower())
    return any(w in lexicon().clause_break for w in words)


# "after midnight", "before dawn", "shortly after 9 a.m.", "setelah tengah malam", "sebelum pukul 04.00": a time of
# day (a day part of the lexicon's day_parts, a moment of its time_points, a clock time), whose "after" / "before"
# opens no clause
@lru_cache(maxsize=1)
def _time_of_day_after() -> re.Pattern:
    cues = _load("frame_cues.json")
    moments = _alternation([*lexicon().day_parts, *(w for lang in LANGS for w in cues["time_points"][lang])])
    return re.compile(r"(?<![\w-])(?:after|before|setelah|sebelum|selepas|menjelang)\s+(?:pukul\s+)?"
                      rf"(?:{moments}|\d{{1,2}}(?:[.:]\d\d)?(?:\s*(?:a\.m\.|p\.m\.|am|pm|WIB|WITA|WIT)(?![\w-]))?)(?![\w-])",
                      re.IGNORECASE)


_CONTRAST = re.compile(r"\b(?:while|whereas|but|sedangkan|sementara|namun|tetapi|tapi)\b|;", re.IGNORECASE)


# a currency written before a figure's number ("US$9,5 miliar", "AED 17.2 billion"): the words before it are the figure's
CURRENCY_BEFORE = re.compile(rf"{_CURRENCY}\s?$")
_JOINED_BY_OF = re.compile(rf"\s+(?:of|sebesar|senilai)\s+(?:{_CURRENCY}\s?)?", re.IGNORECASE)


def _nearest(sent: _Sentence, it: _Item, mentions: list[_Mention], reach: float, *, after_reach: float | None = None):
    """The mention cheapest to reach from an item (before it, or after its noun phrase), within ``reach``."""
    best, best_cost = None, INF
    for m in mentions:
        if m.end <= it.start:
            # "a record profit of $17.2 billion on revenue of …", "laba sebesar …": the noun "of" joins to the figure
            c = 0.0 if _JOINED_BY_OF.fullmatch(sent.text, m.end, it.start) else sent.cost(m.end, it.start, owner=it.index)
        elif m.start >= it.tail:
            c = sent.cost(it.tail, m.start, owner=it.index)
            if after_reach is not None and c > after_reach:
                continue
            c += 0.01  # ties go to the word before the figure
        elif m.start >= it.end and m.start < it.tail:
            c = 0.0  # inside the figure's own noun phrase ("10,000 South Korean troops")
        else:
            continue
        if c <= reach and c < best_cost:
            best, best_cost = m, c
    return best


def _reach(sent: _Sentence, m: _Mention, start: int, end: int, owner: int) -> float:
    if m.end <= start:
        return sent.cost(m.end, start, owner=owner)
    if m.start >= end:
        return sent.cost(end, m.start, owner=owner)
    return INF


# a negator that ends in "among those" / "among the" denies membership in a group the figure right after it counts
_AMONG_END = re.compile(r"among\s+(?:those|the)$", re.IGNORECASE)
NEGATION_REACH = 0.5  # only words like "pernah", "been", "juga" may stand between a negator and what it negates


def _negated(sent: _Sentence, it: _Item, negators: list[tuple[int, int]]) -> bool:
    """Is the figure or date, or the predicate it belongs to, negated ("bukan 11.000", "tidak digelar pada
    1995", "was not held in 1995")? "tak berawak tiba" is not: an adjective stands between."""
    p = it.predicate
    for s, e in negators:
        if _AMONG_END.search(sent.text, s, e) and not sent.text[e : it.start].strip():
            continue  # "were not among those 30 killed": the 30 killed are said, those not among them are others
        if e <= it.start and sent.cost(e, it.start, owner=it.index) <= NEGATION_REACH:
            return True
        if p is not None and p.start >= 0 and e <= p.start and sent.cost(e, p.start, walls=False) <= NEGATION_REACH:
            if p.start < it.start or it.tail <= s:  # the negator belongs to this figure's predicate
                return True
    return False


# the agent of a passive verb, with its article: "by an earthquake", "oleh sebuah truk"
PASSIVE_AGENT = r"(?:by|oleh)(?:\s+(?:an?|the|sebuah))?"
_FROM_BEFORE = re.compile(r"(?<![\w-])(?:dari|from)\s+(?:(?:an?|the)\s+)?$", re.IGNORECASE)


# Indonesian verbs by their prefixes (meN-, ber-, di-, ter-): a verb after a relative clause ("yang …") is the
# main clause's, so a date after it is not the relative clause's ("kapal … yang hilang kontak di perairan Bali
# memasuki hari kedua pada Kamis": the day the search entered, not the day contact was lost). Words with those
# shapes that are not verbs are listed.
_ID_VERB = re.compile(rf"(?<![\w-])(?:{L.ID_ACTIVE_VERB}|(?:di|ter)[a-z]{{3,}})(?![\w-])")


_NOT_VERBS = frozenset({
    "tersebut", "terhadap", "terakhir", "termasuk", "terutama", "terdapat", "tertentu", "terbesar", "tertinggi",
    "terbanyak", "terkait", "tertua", "terbaru", "terkini", "terparah", "terdekat", "terjauh", "terdampak",
    "mereka", "menurut", "memang", "meski", "meskipun", "menit", "merah", "media", "menteri", "menara", "menu",
    "berita", "berapa", "bersama", "beserta", "berbagai", "berdasarkan", "bernama", "berat", "beras", "benar",
    "dinas", "diri", "dini", "dimana", "diantaranya", "dirut", "direktur", "dingin", "dinding", "dirinya",
    "berusia", "bersamaan", "terus", "terlebih", "bermagnitudo", "berkekuatan"})


# English finite verbs a relative clause's incident is followed by when the main clause goes on after it.
_EN_VERB = re.compile(rf"(?<![\w'’-])(?:{L.EN_PAST_VERB}|was|were|is|are|has|have|had|will|began|begins|resumes|"
                      r"continues|restarts|went|got|ends|stops)(?![\w'’-])")


def _verb_between(text: str, preds: list, offset: int) -> bool:
    """Does a verb that is not one of the lexicon's predicates stand in ``text``: an Indonesian one, or an
    English past form or auxiliary ("the plane that crashed resumed on Wednesday": the search resumed)?"""
    for m in _EN_VERB.finditer(text):
        if m.group(0).lower() not in _function_words() and not any(p.start <= offset + m.start() < p.end for p in preds):
            return True
    for m in _ID_VERB.finditer(text):
        word = m.group(0).lower()
        if word in _NOT_VERBS or word in lexicon().skip or word in _function_words():
            continue
        if any(p.start <= offset + m.start() < p.end for p in preds):
            continue
        return True
    return False
