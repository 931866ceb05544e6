"""Frames: what each figure and date of a sentence is about, so the compare stage sets only statements of
one fact against each other.

A frame holds the predicate (what is counted or what happened: "meninggal dunia" and "were killed" are one
class), the counted thing (inferred from the predicate when the noun is left out: "12 died"), the place
("di Demak", "in the capital"), the actor ("Prabowo-Gibran", "the Senate"), the time a figure holds at
("hingga Selasa pukul 17.00 WIB", "as of Wednesday", else the publication date), the source and the
polarity ("tidak digelar pada 1995" asserts nothing). Everything is read from the sentence text and the
mention spans with the word lists in ``data/`` (predicates.json, counted.json, places.json,
frame_cues.json); no model is involved.

Which predicate, place or actor belongs to which figure is decided by a cost along the sentence: words
that carry no content ("yang", "telah", "at least", "people") cost nothing, other words one each, commas
and conjunctions more, and another figure stands in between as a wall. A figure without a predicate of
its own takes the previous figure's when the two are coordinated ("killed 41 in Demak and 12 in Kudus";
"the minister signed on 3 March, the governor on 5 March"); a figure restated in another form ("96.214.691
suara atau 58,59 persen") takes the previous figure's actor too.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ...records import AsOf, Attribution, DateMention, Frame, Place, Quantity
from .. import lexicon as L

DATA = Path(__file__).parent.parent / "data"
INF = math.inf
LANGS = ("id", "en")

# Attachment limits: how much sentence may lie between a figure and what it is attached to.
PREDICATE_REACH = 4.5
PLACE_REACH = 3.5
ACTOR_REACH = 4.0
SOURCE_REACH = 6.0
STATEMENT_REACH = 2.5


# --- lexicons ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Phrases:
    """A word list compiled into one regex; ``label`` maps each lower-cased form to its class id."""

    regex: re.Pattern
    label: dict[str, str]
    # the same pattern without IGNORECASE, for lower-case ASCII forms, run over the text with its ASCII capitals
    # lowered: the same matches, four to five times faster (a case-blind alternation tries every form at every
    # word). Only for a text without the four characters that match an ASCII letter case-blind but are not one.
    folded: re.Pattern | None = None

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """Non-overlapping matches, longest first: (start, end, class id, text)."""
        out = []
        if self.folded is not None and (text.isascii() or not _CASE_BLIND_TRAPS.search(text)):
            matches = self.folded.finditer(text.lower() if text.isascii() else text.translate(_ASCII_LOWER))
        else:
            matches = self.regex.finditer(text)
        for m in matches:
            start, end = m.span()
            written = text[start:end]
            key = " ".join(written.lower().split())
            out.append((start, end, self.label.get(key, key), written))
        return out


# what matches an ASCII letter case-blind without being one ("ı", "ſ", the Kelvin sign), or lowers to two letters
_CASE_BLIND_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _compile(forms: dict[str, str], *, case: bool = False) -> _Phrases:
    if not forms:
        return _Phrases(re.compile(r"(?!x)x"), {})
    alts = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in sorted(forms, key=len, reverse=True))
    pattern = rf"(?<![\w-])(?:{alts})(?![\w-])"
    rx = re.compile(pattern, 0 if case else re.IGNORECASE)
    folded = re.compile(pattern) if not case and all(f.isascii() and f == f.lower() for f in forms) else None
    return _Phrases(rx, {" ".join(k.lower().split()): v for k, v in forms.items()}, folded)


def _english_forms(word: str) -> list[str]:
    """A noun with its plural, for the counted-noun list ("rescuer" → "rescuers", "body" → "bodies")."""
    out = [word]
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
        out.append(word[:-1] + "ies")
    elif word.endswith(("s", "x", "ch", "sh")):
        out.append(word + "es")
    else:
        out.append(word + "s")
    return out


@dataclass(frozen=True)
class Lexicon:
    predicates: dict[str, _Phrases]  # language → phrases → class
    predicate_info: dict[str, dict]
    counted: dict[str, _Phrases]
    counted_info: dict[str, dict]
    modifiers: dict[str, _Phrases]
    subset_modifiers: frozenset[str]
    place_preps: dict[str, dict[str, str]]
    generic_places: dict[str, _Phrases]
    admin: frozenset[str]
    compass: dict[str, str]
    spellings: dict[str, str]
    broad_places: frozenset[str]
    event_nouns: dict[str, _Phrases]
    actors: dict[str, _Phrases]
    generic_actors: frozenset[str]
    actor_kinds: dict[str, frozenset[str]]  # "@dpr" → {"@house"}: what a body also is
    cues: dict[str, dict[str, _Phrases]]  # cue kind → language → phrases
    skip: frozenset[str]
    not_names: frozenset[str]
    value_verbs: frozenset[str]  # "rose", "direvisi", "down": how the figure changed, not what it counts
    coordinate: frozenset[str]
    clause_break: frozenset[str]
    recalled_kinds: dict[str, str]  # recall cue → "adverb", "adjacent" (also an adverb) or the earlier day it names
    day_parts: dict[str, int]
    activities: dict[str, _Phrases]  # language → phrases → activity class ("raids" → police), for a date's event


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    preds = _load("predicates.json")["classes"]
    counted_data = _load("counted.json")
    places = _load("places.json")
    cues = _load("frame_cues.json")

    predicates = {lang: _compile({w: cls for cls, info in preds.items() for w in info.get(lang, [])}) for lang in LANGS}
    counted = {}
    for lang in LANGS:
        forms = {}
        for cls, info in counted_data["classes"].items():
            for w in info.get(lang, []):
                for f in (_english_forms(w) if lang == "en" else [w, w + "nya"]):
                    forms.setdefault(f, cls)
        counted[lang] = _compile(forms)
    modifiers = {lang: _compile({w: mid for mid, info in counted_data["modifiers"].items() if not mid.startswith("_")
                                 for w in info.get(lang, [])}) for lang in LANGS}
    subset_modifiers = frozenset(mid for mid, info in counted_data["modifiers"].items()
                                 if not mid.startswith("_") and info.get("subset"))
    generic_places = {lang: _compile({w: "@" + pid for pid, info in places["generic"].items() for w in info.get(lang, [])})
                      for lang in LANGS}
    event_nouns = {lang: _compile({w: w for w in places["event_nouns"][lang]}) for lang in LANGS}
    actor_data = cues["actors"]
    actor_forms: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    generic_actors = set()
    actor_kinds = {"@" + aid: frozenset("@" + k for k in info.get("kind_of", ()))
                   for group in ("specific", "generic") for aid, info in actor_data[group].items() if not aid.startswith("_")}
    for group in ("specific", "generic"):
        for aid, info in actor_data[group].items():
            if aid.startswith("_"):
                continue
            if group == "generic":
                generic_actors.add("@" + aid)
            for lang in LANGS:
                for w in info.get(lang, []):
                    actor_forms[lang][w] = "@" + aid
    actors = {lang: _compile(actor_forms[lang]) for lang in LANGS}
    cue_kinds = {}
    for kind in ("as_of", "now", "statement", "negators", "not_negating", "rise", "fall", "previous", "recalled", "restate", "subset",
                 "modality", "plan", "schedule", "hedge", "poll"):
        cue_kinds[kind] = {lang: _compile({w: kind for w in cues[kind].get(lang, [])}) for lang in LANGS}
    words = lambda kind: frozenset(w for lang in LANGS for w in cues[kind][lang])  # noqa: E731
    return Lexicon(
        predicates=predicates, predicate_info=preds, counted=counted, counted_info=counted_data["classes"],
        modifiers=modifiers, subset_modifiers=subset_modifiers, place_preps=places["prepositions"], generic_places=generic_places,
        admin=frozenset(w for lang in LANGS for w in places["admin"][lang]), compass=places["compass"],
        spellings=places["spellings"], broad_places=frozenset(places["broad"]["keys"]), event_nouns=event_nouns, actors=actors, generic_actors=frozenset(generic_actors), actor_kinds=actor_kinds,
        cues=cue_kinds, skip=words("skip"), coordinate=words("coordinate"), clause_break=words("clause_break"),
        not_names=frozenset(w.lower() for w in cues["not_names"]),
        value_verbs=frozenset(w for kind in ("rise", "fall") for lang in LANGS for phrase in cues[kind][lang]
                              for w in phrase.split()),
        recalled_kinds=_recalled_kinds(cues["recalled_kinds"]),
        day_parts=cues["day_parts"],
        activities={lang: _compile({w: cls for cls, info in cues["activities"].items() if not cls.startswith("_")
                                    for w in info.get(lang, [])}) for lang in LANGS},
    )


def _recalled_kinds(data: dict) -> dict[str, str]:
    out = {w: day for day, ws in data["days"].items() for w in ws}
    out.update({w: "adverb" for w in data["adverb"]})
    out.update({w: "adjacent" for w in data["adjacent"]})
    return out


def _langs(language: str | None) -> tuple[str, ...]:
    return (language,) if language in LANGS else LANGS


def predicate_class(name: str | None) -> dict:
    info = lexicon().predicate_info.get(name or "")
    if info is None and name and name.endswith(".planned"):
        return {**lexicon().predicate_info.get(name[: -len(".planned")], {}), "evolving": False}
    return info or {}


def counted_family(cls: str | None) -> str | None:
    if cls is None:
        return None
    info = lexicon().counted_info.get(cls)
    return info["family"] if info else cls


# --- the sentence as seen by the attachment cost ----------------------------------------------------------

_APPOSITION = re.compile(r"^(?:[^.!?\n]{0,45}?\s(?:--|[-–—])\s)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
                         r"(,\s(?:[^,;]|(?<=\d),(?=\d)){1,70},)")
_RELATIVE = re.compile(r",\s*(?:which|who|whose|yang)\b[^,;]{1,80},", re.IGNORECASE)
# clause punctuation, not the separators inside a number ("7,4", "16:00")
_COMMA = re.compile(r";|(?<!\d),|,(?!\d)")
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
def _sentence_parts(text: str) -> tuple[tuple, tuple]:
    """A sentence's tokens, and the spans that cost almost nothing: a relative clause between a subject and its
    verb (", which ended in 2009," / ", yang …,") and an apposition after a name that opens the sentence
    ("Semeru, at 3,767 meters the highest peak on Java,")."""
    tokens = tuple((m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text))
    soft = tuple([m.span() for m in _RELATIVE.finditer(text)] + [m.span(1) for m in _APPOSITION.finditer(text)])
    return tokens, soft


class _Sentence:
    """The sentence with its mentions, and the cost of the words between two positions."""

    def __init__(self, text: str, langs: tuple[str, ...]) -> None:
        self.text = text
        self.langs = langs
        self.walls: list[tuple[int, int, int]] = []  # (start, end, owner): spans that cut attachment
        self.soft: list[tuple[int, int]] = []  # spans that cost almost nothing (dates, counted nouns)
        self.tokens, soft = _sentence_parts(text)
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


def _find(phrases: dict[str, _Phrases], text: str, langs: tuple[str, ...]) -> list[tuple[int, int, str, str]]:
    """Matches of a per-language list, longest first and without overlaps across languages."""
    key = (id(phrases), text, langs)
    hit = _FOUND.get(key)
    if hit is None or hit[0] is not phrases:
        if len(_FOUND) > 4096:
            _FOUND.clear()
        hit = _FOUND[key] = (phrases, tuple(_find_uncached(phrases, text, langs)))
    return list(hit[1])


# one sentence is searched for the same lexicon many times (predicates for figures, dates, the discourse);
# an entry keeps its table alive and is checked against it, so a reused id never returns another's matches
_FOUND: dict[tuple, tuple] = {}


def _find_uncached(phrases: dict[str, _Phrases], text: str, langs: tuple[str, ...]) -> list[tuple[int, int, str, str]]:
    found = []
    for lang in langs:
        found += phrases[lang].find(text)
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out, last_end = [], -1
    for m in found:
        if m[0] >= last_end:
            out.append(m)
            last_end = m[1]
    return out


def _overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < e and s < a[1] for s, e, *_ in spans)


# --- the figure's own number and counted noun ----------------------------------------------------------------

_NUMWORDS = sorted(list(L.UNIT_WORDS_ID) + list(L.UNIT_WORDS_EN) + list(L.SCALES) + list(L.VAGUE)
                   + ["belas", "puluh", "ratus", "hundred", "sebelas", "seratus", "seribu", "sejuta"], key=len, reverse=True)
_NUMBER = re.compile(r"\d(?:[\d.,\u202f ]*\d)?|(?<![\w-])(?:" + "|".join(re.escape(w) for w in _NUMWORDS) + r")(?![\w-])",
                     re.IGNORECASE)


def number_core(q: Quantity, offset: int) -> tuple[int, int]:
    """The number itself inside a quantity's span (without qualifier, unit or a restatement in brackets:
    "13 (tiga belas)" is 13), in sentence offsets; a range keeps both ends."""
    ms = list(_NUMBER.finditer(q.text))
    if not ms:
        return q.start - offset, q.end - offset
    end = ms[0].end()
    for m in ms[1:]:
        gap = q.text[end : m.start()]
        if q.qualifier == "range" and "(" not in gap or re.fullmatch(r"[\s-]*", gap):
            end = m.end()
        else:
            break
    return q.start - offset + ms[0].start(), q.start - offset + end


_RESTATED_AFTER = re.compile(r"\s*\([^()]{1,40}\)")
_PART_OF = re.compile(r"\s+(?:dari|of)\s+(?:the\s+)?(?:(?:country|nation|city|province|region|world)['’]s\s+|its\s+|their\s+)?"
                      r"(?:total\s+)?\d[\d.,]*\s*")


_ADJECTIVE_EN = re.compile(r"^(?:[A-Z][\w'’-]*|\w+(?:ed|al|ian|ese|ish|ic))$")
_SUBSET_AFTER = re.compile(r"\s*(?:of\s+(?:them|whom|which|those)|di\s?antara(?:nya|\s+mereka)|lainnya|others\b|other\b|more\b)",
                           re.IGNORECASE)


_MORE_FUNCTION_WORDS = {
    "as", "for", "per", "with", "than", "into", "onto", "upon", "via", "amid", "among", "during", "like", "yet",
    "because", "due", "under", "above", "below", "around", "across", "within", "without", "against", "each",
    "untuk", "bagi", "oleh", "sebagai", "karena", "sejak", "selama", "menurut", "seperti", "tanpa", "terhadap",
    "akibat", "atas", "bawah", "antara", "masing-masing",
}


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    lex = lexicon()
    preps = {p for lang in LANGS for p in lex.place_preps[lang] if " " not in p}
    return frozenset(lex.skip | lex.coordinate | lex.clause_break | preps | _MORE_FUNCTION_WORDS
                     | {w.lower() for w in L.STOPWORDS["id"] | L.STOPWORDS["en"]})


def _counted_after(sent: _Sentence, pos: int, q: Quantity) -> tuple[str | None, str | None, int, str | None]:
    """The counted noun right after the number at ``pos``: (class, text, end, how).

    ``how``: "noun" when a listed noun follows; "subset" for "of them" / "lainnya" (the noun of the figure
    before); "elided" when a predicate, a function word or punctuation follows ("12 died", "96 by 17:00");
    None for a noun the lists do not know (the extractor's unit stands).
    """
    lex = lexicon()
    text = sent.text
    restated = _RESTATED_AFTER.match(text, pos)
    if restated:
        pos = restated.end()  # "13 (tiga belas) Pemerintah": the noun comes after the restatement
    part_of = _PART_OF.match(text, pos)
    if part_of:
        pos = part_of.end()  # "40 dari 45 karyawannya", "3 of 5 soldiers": the noun after the whole
    if re.match(r"-[^\W\d_]", text[pos : pos + 2]):
        pos += 1  # "a 24-storey tower", "a 5-km queue": the unit joined to its figure by a hyphen
    window = text[pos : pos + 60]
    if _SUBSET_AFTER.match(window):
        return None, None, pos, "subset"
    candidates = _find(lex.counted, window, sent.langs)
    words = list(re.finditer(r"[\w'’-]+", window))
    last_end = 0
    for k, w in enumerate(words[:4]):
        gap = window[last_end : w.start()]
        last_end = w.end()
        if re.search(r"[^\s\w(]", gap) and not (k == 0 and gap.strip() in ("%",)):
            return None, None, pos, "elided"  # "7.5, while": the figure's phrase ended
        for s, e, cls, written in candidates:
            if s == w.start():
                # "10 orang tentara": a classifier before the noun yields to the noun
                if cls == "people" and written.lower() == "orang":
                    nxt = [c for c in candidates if c[0] > e and c[0] - e <= 2]
                    if nxt:
                        s, e, cls, written = nxt[0]
                return cls, written, pos + e, "noun"
        word = w.group(0)
        low = word.lower()
        preds = _find(lex.predicates, window[w.start():], sent.langs)
        if preds and preds[0][0] == 0:
            info = predicate_class(preds[0][2])
            if info.get("kind") == "event":  # "67 longsor dan 11 banjir": events are what is counted
                return "event:" + preds[0][2], preds[0][3], pos + w.start() + preds[0][1], "noun"
            return None, None, pos, "elided"
        if sent.langs == ("en",) and k < 2 and (_ADJECTIVE_EN.match(word) or low in _modifier_words()) \
                and low not in _function_words():
            continue  # "10,000 South Korean troops", "38 foreign nationals"
        if low in ("of", "the") and k == 0:
            continue
        if low in _function_words() or (k == 0 and (low in _TIME_AFTER or word == "Minggu")):
            return None, None, pos, "elided"  # "up from 153 late Sunday": a time is never what a figure counts
        if low in _function_words():
            return None, None, pos, "elided"
        # a noun the lists do not know, with the noun after it: "Pemerintah Kota" and "Pemerintah Kabupaten",
        # "restoran cabang" and "restoran" are different things
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt is not None and not re.search(r"[^\s]", window[w.end() : nxt.start()]) \
                and nxt.group(0).lower() not in _function_words() and not nxt.group(0)[:1].isdigit() \
                and not any(s0 == nxt.start() for s0, _, _, _ in _find(lex.predicates, window, sent.langs)) \
                and not any(s0 == nxt.start() for s0, _, _, _ in _find(lex.modifiers, window, sent.langs)):
            compound = f"{low} {nxt.group(0).lower()}"
            return "unit:" + low, compound, pos + nxt.end(), "noun"  # the second noun becomes a modifier
        return None, None, pos, None
    return None, None, pos, "elided"


# Words of time that may follow a figure and are never what it counts ("153 late Sunday", "58 pagi ini").
_TIME_AFTER = frozenset({"late", "early", "earlier", "later", "ago", "overnight", "yesterday", "today", "tonight",
                         "now", "previously", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                         "sunday", "morning", "afternoon", "evening", "senin", "selasa", "rabu", "kamis", "jumat",
                         "sabtu", "pagi", "siang", "sore", "kemarin", "tadi"})  # not "minggu", "malam": weeks, nights


@lru_cache(maxsize=1)
def _modifier_words() -> frozenset[str]:
    return frozenset(w for ph in lexicon().modifiers.values() for form in ph.label for w in form.split())


@lru_cache(maxsize=1)
def _lexicon_own_words() -> frozenset[str]:
    """The lexicons' own words (predicates, counted nouns, skipped words): no actor's name. Built once, not per
    sentence (a union of some 1,700 words)."""
    lex = lexicon()
    return frozenset(lex.predicates["id"].label) | frozenset(lex.predicates["en"].label) | lex.skip \
        | frozenset(lex.counted["id"].label) | frozenset(lex.counted["en"].label)


@lru_cache(maxsize=1)
def _frame_own_words() -> frozenset[str]:
    """``_lexicon_own_words`` with conjunctions, clause breaks and stop words: what ``frame_sentence`` never
    takes for an actor."""
    lex = lexicon()
    return _lexicon_own_words() | lex.coordinate | lex.clause_break \
        | frozenset(w.lower() for w in L.STOPWORDS["id"] | L.STOPWORDS["en"])


def _counted_before(sent: _Sentence, start: int) -> tuple[str | None, str | None]:
    """A noun that names the figure before it ("magnitudo 7,4", "the magnitude at 7.5")."""
    lex = lexicon()
    head = sent.text[max(0, start - 40) : start]
    best = None
    for s, e, cls, written in _find(lex.counted, head, sent.langs):
        if lex.counted_info.get(cls, {}).get("before") and sent.cost(start - len(head) + e, start, walls=True) <= 1.5:
            best = (cls, written)
    return best or (None, None)


# --- places --------------------------------------------------------------------------------------------------

_NAME_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]{2,})"


@lru_cache(maxsize=16384)  # a pure function of the text, asked for the same names all along an article
def place_key(text: str, language: str | None = None) -> str:
    """A place as a cross-lingual key: admin words dropped, compass words and spellings translated, compass
    first ("Kabupaten Demak" → "demak"; "Jawa Tengah" and "Central Java" → "central java")."""
    from ..entities import canonical_name

    lex = lexicon()
    for lang in LANGS:
        for s, e, pid, _ in lex.generic_places[lang].find(text.strip()):
            if s == 0 and e == len(text.strip()):
                return pid  # "ibu kota" and "capital": "@capital"
    canon = canonical_name(" ".join(text.split()))
    if " " not in canon.strip() and _demonym_place(canon.strip(".,")):
        return _demonym_place(canon.strip(".,"))  # "the Libyan port city": Libya
    words = [re.sub(r"'s$", "", w.strip(".,")) for w in canon.lower().replace("’", "'").split()]
    words = [w for w in words if w]
    if words and words[0] in ("the",):
        words = words[1:]
    kept = [w for w in words if w not in lex.admin]
    words = kept or words
    joined = " ".join(words)
    if joined in lex.spellings:
        return lex.spellings[joined]
    out = []
    compass = []
    i = 0
    while i < len(words):
        two = " ".join(words[i : i + 2])
        if two in lex.compass and i > 0:
            compass.append(lex.compass[two])
            i += 2
            continue
        if two in lex.spellings:
            out.append(lex.spellings[two])
            i += 2
            continue
        w = words[i]
        if w in lex.compass and (i > 0 or len(words) > 1):
            compass.append(lex.compass[w])
        else:
            out.append(lex.spellings.get(w, w))
        i += 1
    return " ".join(compass + out).strip()


@lru_cache(maxsize=None)
def _place_prep_regex(lang: str) -> re.Pattern:
    """A language's place prepositions as one regex (built once, not per sentence)."""
    preps = lexicon().place_preps[lang]
    prep_rx = "|".join(re.escape(p) for p in sorted(preps, key=len, reverse=True) if not p.endswith("-"))
    # "In neighbouring India", "di negara tetangga India": the neighbour is still where the figure is
    return re.compile(rf"(?<![\w-])(?P<prep>{prep_rx})\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|negara\s+tetangga)\s+"
                      rf"(?=[A-Z]))?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _venue() -> dict[str, re.Pattern]:
    """A venue noun written in lower case before a name ("gedung konser Bataclan", "the concert hall"): only the
    name after it makes a place (places.json "venues"); "Hotel Indonesia", capitalised, is a name whole."""
    venues = _load("places.json").get("venues", {})
    return {lang: re.compile(r"(?:the\s+)?(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                             + rf")\s+(?={_NAME_WORD})")
            for lang, words in venues.items() if lang in LANGS}


def _places(sent: _Sentence, skip_spans) -> list[_Mention]:
    lex = lexicon()
    text = sent.text
    found: list[_Mention] = []
    for lang in sent.langs:
        preps = lex.place_preps[lang]
        rx = _place_prep_regex(lang)
        for m in rx.finditer(text):
            slot = preps[m.group("prep").lower()]
            at = m.end()
            generic = [g for g in lex.generic_places[lang].find(text[at : at + 40]) if g[0] == 0]
            venue = _venue().get(lang) and _venue()[lang].match(text, at)
            if venue and not text[at].isupper():
                at = venue.end()  # "di gedung konser Bataclan": the name after the venue noun is the place
            name = _PLACE_NAME().match(text, at)
            head = text[max(0, m.start() - 25) : m.start()].rstrip()
            if name and name.end() > at and (name.group(0)[:1].isupper() or any(w[:1].isupper() for w in name.group(0).split()[1:])):
                written = name.group(0).rstrip(" ,.")
                span = (at, at + len(written))
                if _overlaps(span, skip_spans) or not _is_place_name(written):
                    continue
                if any(e0 == 0 for e0, _, _, _ in [(x[0], 0, 0, 0) for x in lex.event_nouns[lang].find(text[span[1]:].lstrip()[:20])]):
                    slot = "event"  # "the death toll from the Central Sulawesi earthquake": the quake's place
                elif slot == "in" and any(e0 == len(head) for _, e0, _, _ in lex.event_nouns[lang].find(head)):
                    slot = "event"  # "the tsunami in the Sunda Strait", "gempa di Turki dan Suriah": where it struck
                poss = re.match(r"(.+?)['’]s\s+(.+)$", written)
                if poss:  # "Ukraine's Kharkiv region": Kharkiv, in Ukraine
                    inner = poss.group(2)
                    found.append(_Mention(m.start(), span[1], "place", place_key(inner), inner, slot))
                    found.append(_Mention(at, at + len(poss.group(1)), "place", place_key(poss.group(1)),
                                          poss.group(1), ("container", slot)))
                    continue
                key = place_key(written)
                parts = re.split(r"\s+(?:and|dan)\s+", written)
                if len(parts) > 1 and key not in lex.spellings.values() and all(_is_place_name(x) for x in parts):
                    # "di Turki dan Suriah", "in Banten and Lampung": two places, not one named "turki dan suriah"
                    at_part = span[0]
                    for x in parts:
                        x_start = text.index(x, at_part)
                        found.append(_Mention(m.start() if x is parts[0] else x_start, x_start + len(x), "place",
                                              place_key(x), x, slot))
                        at_part = x_start + len(x)
                elif key:
                    found.append(_Mention(m.start(), span[1], "place", key, written, slot))
                _container(text, span[1], slot, skip_spans, found)
            elif generic:
                s, e, pid, written = generic[0]
                span = (at + s, at + e)
                if _overlaps(span, skip_spans):
                    continue
                named = re.match(rf"\s+(?:of\s+)?({_NAME_WORD}(?:\s+{_NAME_WORD})*)", text[span[1] :])
                if named and _is_place_name(named.group(1)) and not _overlaps(
                        (span[1] + named.start(1), span[1] + named.end(1)), skip_spans):
                    # "di perairan Danau Toba", "in the waters of Lake Toba": the name says where
                    name = named.group(1)
                    found.append(_Mention(m.start(), span[1] + named.end(1), "place", place_key(name), name, slot))
                    _container(text, span[1] + named.end(1), slot, skip_spans, found)
                else:
                    found.append(_Mention(m.start(), span[1], "place", pid, written, slot))
    # "warga Derna", "residents of Palu", "the people of Derna": whose residents
    for m in re.finditer(rf"(?<![\w-])(?i:warga|penduduk|masyarakat|residents\s+of|people\s+of|inhabitants\s+of)\s+"
                         rf"({_NAME_WORD}(?:\s+{_NAME_WORD})*)", text):
        span = m.span(1)
        if span[1] > span[0] and text[span[0]].isupper() and not _overlaps(span, skip_spans) \
                and not _overlaps(span, [(p.start, p.end) for p in found]) and _is_place_name(m.group(1)) \
                and not (m.group(0)[:5].lower() == "warga" and _country_of(m.group(1), demonym=False)):
            # "warga Korea Selatan" is a nationality (a group), not where the figure is
            found.append(_Mention(span[0], span[1], "place", place_key(m.group(1)), m.group(1), "in"))
    # "Mount Semeru", "Gunung Semeru": a mountain is a place wherever it stands
    for m in re.finditer(rf"(?<![\w-])(?:Mount|Mt\.?|Gunung)\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)", text):
        span = m.span(1)
        if not _overlaps(span, skip_spans) and not _overlaps(span, [(p.start, p.end) for p in found]):
            found.append(_Mention(m.start(), span[1], "place", place_key(m.group(1)), m.group(0), "event"))
    # "the eastern Libyan city of Derna", "the port city of Derna", "kota pelabuhan Derna"
    # "gempa … yang melanda Palu, Sulawesi Tengah", "the tsunami that hit Sulawesi": what an incident hits
    hit = re.compile(rf"(?<![\w-])(?:melanda|menerjang|mengguncang|menghantam|menyapu|hit|struck|shook|ravaged|devastated|"
                     rf"swept|slammed|battered|lashed)\s+"
                     rf"(?:the\s+)?(?:(?:[a-z][a-z-]*|[A-Z]\w+(?:ian|ean|ese|ish))\s+){{0,3}}"
                     rf"(?:(?:island|city|town|province|region|coasts?|shores?|wilayah|kota|provinsi|pulau|pesisir|pantai)\s+"
                     rf"(?:of\s+)?)?"
                     rf"({_NAME_WORD}(?:\s+{_NAME_WORD})*)(?:(?:,|\s+and|\s+dan)\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*))?")
    for m in hit.finditer(text):
        span = m.span(1)
        if not _overlaps(span, skip_spans) and not _overlaps(span, [(p.start, p.end) for p in found]) and _is_place_name(m.group(1)):
            found.append(_Mention(span[0], span[1], "place", place_key(m.group(1)), m.group(1), "event"))
            if m.group(2) and _is_place_name(m.group(2)):  # "melanda Palu, Sulawesi Tengah"; "struck Banten and Lampung"
                joined = text[span[1] : m.start(2)].strip() != ","
                found.append(_Mention(m.start(2), m.end(2), "place", place_key(m.group(2)), m.group(2),
                                      "event" if joined else ("container", "event")))
    # "the coasts of Banten and Lampung", "pesisir Selat Sunda": a coast or an area of a named place
    for m in re.finditer(rf"(?<![\w-])(?:(?:city|town|village|province|region|district|island|islands|port|coasts?|shores?|"
                         rf"area)\s+of|(?i:pesisir|pantai|kawasan))\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*"
                         rf"(?:\s+(?:and|dan)\s+{_NAME_WORD}(?:\s+{_NAME_WORD})*)?)", text):
        # after an incident in its clause, the incident's place ("a tsunami that struck without warning on the
        # coasts of Indonesia's Sunda Strait")
        before = re.split(r"[;,.]", text[max(0, m.start() - 80) : m.start()])[-1]
        slot = "event" if any(True for lang in sent.langs for _ in lex.event_nouns[lang].find(before)) else "in"
        for part in re.finditer(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*", m.group(1)):
            span = (m.start(1) + part.start(), m.start(1) + part.end())
            name = part.group(0)
            poss = re.match(r"(.+?)['’]s\s+(.+)$", name)
            if poss:  # "Indonesia's Sunda Strait": the strait, in Indonesia
                span, name = (span[0] + poss.start(2), span[1]), poss.group(2)
            if not _overlaps(span, skip_spans) and not _overlaps(span, [(p.start, p.end) for p in found]) \
                    and _is_place_name(name):
                found.append(_Mention(span[0], span[1], "place", place_key(name), name, slot))
    # "gempa Palu", "the Palu quake", "Palu earthquake": a name that modifies an event noun
    for lang in sent.langs:
        for s, e, _, noun in lex.event_nouns[lang].find(text):
            after = re.match(rf"\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)", text[e:])
            before = re.search(rf"(?:^|\s)({_NAME_WORD}(?:\s+{_NAME_WORD})*)\s+$", text[:s])
            for mm, base in ((after, e), (before, 0)):
                if mm and _is_place_name(mm.group(1)):
                    span = (base + mm.start(1), base + mm.end(1))
                    if not _overlaps(span, skip_spans) and not _overlaps(span, [(p.start, p.end) for p in found]):
                        found.append(_Mention(span[0], span[1], "place", place_key(mm.group(1)), mm.group(1), "event"))
    found.sort(key=lambda p: p.start)
    out, last = [], -1
    for p in found:
        if isinstance(p.extra, tuple):  # a container may sit inside its place's phrase ("Ukraine's Kharkiv")
            if any(q.start <= p.start and p.end <= q.end for q in out) or p.start >= last:
                out.append(p)
                last = max(last, p.end)
        elif p.start >= last:
            out.append(p)
            last = p.end
    return out


def _container(text: str, end: int, slot: str, skip_spans, found: list[_Mention]) -> None:
    """"di Demak, Jawa Tengah", "di perairan Danau Toba, Sumatera Utara": the name after the comma holds the first."""
    cont = re.match(rf",\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)", text[end:])
    if cont and _is_place_name(cont.group(1)) and not _overlaps((end, end + cont.end()), skip_spans):
        found.append(_Mention(end + cont.start(1), end + cont.end(1), "place", place_key(cont.group(1)), cont.group(1),
                              ("container", slot)))


@lru_cache(maxsize=1)
def _PLACE_NAME() -> re.Pattern:  # noqa: N802 - a compiled constant built from the lexicon
    """A place name after a preposition: admin word, capitalised words, "X and Y" only between names, and an
    English admin word after it ("Kabupaten Demak", "Central Sulawesi province", "Bosnia and Herzegovina")."""
    lex = lexicon()
    admin = "|".join(re.escape(a) for a in sorted(lex.admin, key=len, reverse=True) if a not in ("of", "the"))
    words = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*"
    compass = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)\s+"  # "north-eastern Libya"
    return re.compile(rf"(?:{compass})?(?:(?:{admin})\s+)?{words}(?:\s+(?:of|and|dan)\s+{words})?"
                      rf"(?:\s+(?:province|regency|city|district|village|island|islands|county|state|region))?")


@lru_cache(maxsize=16384)
def _is_place_name(text: str) -> bool:
    lex = lexicon()
    words = text.split()
    first = re.sub(r"['’]s$", "", words[0].lower().strip(".,"))
    if first in L.MONTHS or first in L.WEEKDAYS or first in lex.skip and len(words) == 1:
        return False
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 2:
        return False
    low = text.lower()
    for lang in LANGS:
        if any(s == 0 and e == len(text) for s, e, _, _ in lex.actors[lang].find(text)):
            return False  # "ke DPR": a body, not a place
    return not re.fullmatch(r"[\W\d_]+", low)


# --- actors and sources --------------------------------------------------------------------------------

@lru_cache(maxsize=16384)
def actor_key(text: str) -> str:
    """A name or office as a key: an office's id ("@governor"), else the canonical name, lower case."""
    from ..entities import canonical_name

    lex = lexicon()
    for lang in LANGS:
        for s, e, aid, _ in lex.actors[lang].find(text):
            if s == 0 and e == len(text):
                return aid
    if len(text.split()) == 1 and not text.isupper():
        country = _country_of(text, demonym=True)
        if country:
            return country  # "the Dutch parliament" and "Parlemen Belanda": one holder
    return place_key(text) or canonical_name(" ".join(text.split())).casefold()


@lru_cache(maxsize=4096)
def _sentence_entities(text: str) -> tuple:
    """``extract_entities(text)``, once per sentence text (a sentence's actors are read for its frames and for the
    discourse); the entities are frozen, so the tuple is shared."""
    from ..entities import extract_entities

    return tuple(extract_entities(text))


def _actors(sent: _Sentence, skip_spans, lang_words: frozenset[str], proper: frozenset[str] = frozenset()) -> list[_Mention]:
    """Names and offices that may be the actor of a figure or an event (places, dates, figures excluded)."""
    lex = lexicon()
    text = sent.text
    out: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    dateline = _DATELINE.match(text)
    if dateline:  # "Jakarta, CNN Indonesia -- ": where the report was filed, by whom; no actor
        skip_spans = list(skip_spans) + [(0, dateline.end())]
    for s, e, aid, written in _find(lex.actors, text, sent.langs):
        if _overlaps((s, e), skip_spans):
            continue
        out.append(_Mention(s, e, "actor", aid, written))
        taken.append((s, e))
    for ent in _sentence_entities(text):
        words = ent.text.split()
        while len(words) > 1 and (words[0].lower() in _function_words() or
                                  (words[0].lower() in lex.spellings and len(words) >= 3)):
            # "Sedangkan Machfud-Mujiaman": a capitalised conjunction opens the sentence, not the name;
            # "Presiden Turki Recep Tayyip Erdogan": the country before a person's name is not the person
            cut = ent.text.index(words[1], len(words[0]))
            ent = replace(ent, start=ent.start + cut, text=ent.text[cut:])
            words = words[1:]
        poss = re.search(r"['’]s$", ent.text)
        if poss:  # "Turkey's": the name without the possessive
            ent = replace(ent, end=ent.end - 2, text=ent.text[:-2])
            words = ent.text.split()
        lead = [t for t in taken if t[0] == ent.start and t[1] < ent.end]
        if lead and re.fullmatch(r"\s+", text[lead[0][1] : lead[0][1] + 1]):
            # "Parlemen Hungaria": the body is one mention, the name after it another (merged below)
            cut = lead[0][1] - ent.start + 1
            ent = replace(ent, start=ent.start + cut, text=ent.text[cut:])
            words = ent.text.split()
        span = (ent.start, ent.end)
        if _overlaps(span, skip_spans) or _overlaps(span, taken) or not words:
            continue
        if ent.end < len(text) and text[ent.end].isalnum():
            continue  # cut inside a word ("The de|ath toll")
        words = ent.text.split()
        first = words[0].lower().strip(".,")
        if len(words) == 1 and (first in lang_words or first in L.MONTHS or first in L.WEEKDAYS):
            continue  # "Korban", "Gempa", "Sebanyak": a capitalised word, not a name
        if (ent.start == 0 or (dateline and ent.start == dateline.end())) and len(words) == 1 and not _name_like(ent.text) \
                and (first in _function_words() or first in lang_words or first in _common_openers()
                     or first not in proper):
            # a capitalised first word is a name only when the article writes it capitalised elsewhere too
            # ("Semeru, at 3,767 meters …"), not "Koloni", "Sebagian", "There"
            continue
        if all(w.lower().strip(".,()") in lex.not_names for w in words):
            continue  # "RUU", "TPS": a bill, a polling station
        if len(words) == 1 and (_demonym(ent.text) or (_country_of(ent.text, demonym=True) and not any(
                t[0] == ent.end + 1 for t in taken))) and re.match(r"\s+[a-z]", text[ent.end : ent.end + 2]):
            continue  # "the Indonesian island", "the Libyan city", "154 Dutch nationals": an adjective, not an actor
        out.append(_Mention(ent.start, ent.end, "actor", actor_key(ent.text), ent.text))
    out.sort(key=lambda m: m.start)
    generic = lex.generic_actors
    merged: list[_Mention] = []
    for m in out:
        prev = merged[-1] if merged else None
        if prev is not None and re.fullmatch(r"['’]s\s+|\s+", text[prev.end : m.start]):
            if prev.label in generic and not m.label.startswith("@"):  # "parlemen Hungaria"
                merged[-1] = _Mention(prev.start, m.end, "actor", m.label, m.text, prev.label)
                continue
            if m.label in generic and not prev.label.startswith("@"):  # "Hungary's lawmakers"
                merged[-1] = _Mention(prev.start, m.end, "actor", prev.label, prev.text, m.label)
                continue
            if prev.label.startswith("@") and prev.label not in generic and m.text.lower() in lex.spellings:
                merged[-1] = _Mention(prev.start, m.end, "actor", prev.label, text[prev.start : m.end])
                continue  # "Polisi Hong Kong": the police (of Hong Kong)
        merged.append(m)
    return merged


@lru_cache(maxsize=1)
def _common_openers() -> frozenset[str]:
    """Words that open sentences in news and name nothing: the lexicons' own words and common nouns."""
    lex = lexicon()
    words = set()
    for table in (lex.predicates, lex.counted, lex.actors, lex.generic_places, lex.modifiers):
        for ph in table.values():
            words |= {w for form in ph.label for w in form.split()}
    for kind in lex.cues.values():
        for ph in kind.values():
            words |= {w for form in ph.label for w in form.split()}
    return frozenset(words | {"festival", "acara", "kegiatan", "program", "proses", "keputusan", "persetujuan", "status",
                              "jembatan", "gunung", "kota", "desa", "warga", "pihak", "tim", "hal", "kejadian", "peristiwa",
                              "the", "this", "that", "these", "those", "it", "its", "their", "our", "his", "her"})


def _named_places(places: list[_Mention], names: list[_Mention], attribution: Attribution | None) \
        -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The places a sentence says things are in or happened in (the narrowest: "di Derna, Libya" is Derna), and
    those with the known places inside the names of bodies and people ("Pemerintah Sri Lanka", "Turkey's
    disaster agency", "Otoritas Turki")."""
    spellings = lexicon().spellings
    where = {p.label for p in places if not p.label.startswith("@") and (p.extra if isinstance(p.extra, str) else "")
             in ("in", "event", "story")}
    narrow = where - {p.label for p in places if isinstance(p.extra, tuple)} - lexicon().broad_places
    scope = tuple(sorted(narrow or where))
    keys = {p.label for p in places if not p.label.startswith("@")}
    texts = [m.text for m in names] + ([attribution.speaker] if attribution is not None else [])
    for t in texts:
        words = [w.strip(".,") for w in re.sub(r"['’]s\b", "", t).split()]
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                if not all(w[:1].isupper() for w in words[i : i + n]):
                    continue  # names only: "as" is no United States, "AS" is
                phrase = " ".join(words[i : i + n]).lower()
                if phrase in spellings:
                    keys.add(spellings[phrase])
                elif n == 1 and _demonym_place(phrase):
                    keys.add(_demonym_place(phrase))
    return scope, tuple(sorted(keys))


def _demonym(word: str) -> bool:
    """"Indonesian", "Libyan", "Swedish": a place's adjective."""
    return _demonym_place(word) is not None


@lru_cache(maxsize=16384)
def _demonym_place(word: str) -> str | None:
    """The place a demonym is of ("Libyan" → "libya", "Indonesian" → "indonesia"), or None."""
    low = word.lower()
    places = lexicon().spellings
    for suffix in ("n", "an", "ian", "ese", "ish", "i"):
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and stem:
            if stem in places:
                return places[stem]
            if stem in places.values():
                return stem
    return None


def _name_like(word: str) -> bool:
    from ..entities import _aliases, _key

    return word.isupper() or _key(word) in _aliases() or any(c.isupper() for c in word[1:]) or "-" in word \
        or word.lower() in lexicon().spellings


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")


@lru_cache(maxsize=1)
def _place_acronyms() -> frozenset[str]:
    return frozenset(_load("places.json")["place_acronyms"]["keys"])


def source_key(speaker: str | None) -> str | None:
    """Who a figure comes from, for telling sources apart: an organisation's acronym ("BNPB"), an office, a
    name; None for an unnamed one ("the agency", "pejabat")."""
    if not speaker:
        return None
    lex = lexicon()
    pronouns = lex.skip | lex.clause_break | lex.coordinate
    bodies = []  # (start, end, id) of the bodies the actors' lexicon knows in the name, in either language
    for lang in LANGS:
        for s, e, aid, _ in lex.actors[lang].find(speaker):
            if aid in lex.generic_actors or aid.startswith(("@president", "@minister", "@governor", "@regent", "@mayor")):
                continue
            if speaker[s:e].lower() in pronouns and not speaker[s:e].isupper():
                continue  # "who" is a pronoun, "WHO" the World Health Organization
            bodies.append((s, e, aid[1:]))
    acronyms = [m for m in _ACRONYM.finditer(speaker) if m.group(0) not in _place_acronyms()]
    if acronyms:
        # an acronym the lexicon knows is that body in either language ("PBB": the UN); one inside a longer name is
        # that name's ("the UN Office for the Coordination of Humanitarian Affairs": OCHA)
        keys = set()
        for m in acronyms:
            inside = [(e - s, k) for s, e, k in bodies if s <= m.start() and m.end() <= e]
            keys.add(max(inside)[1] if inside else m.group(0).lower())
        return "org:" + "+".join(sorted(keys)) + _tier(speaker)
    if bodies:
        return "org:" + bodies[0][2] + _tier(speaker)
    if not any(c.isupper() for c in speaker):
        return None
    from ..attributions import speaker_name

    name = speaker_name(speaker)
    # "agency spokesman Abdul Muhari" and "Abdul Muhari": the person is the capitalised words at the end
    tail = re.search(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*$", name)
    return "name:" + (tail.group(0) if tail else name).casefold()


# a body's level of government: Indonesian names it after the body ("BPBD setempat"), English before it
_TIER_WORDS_ID = {"province": ("provinsi", "pemprov"), "local": ("setempat", "kabupaten", "kota", "pemkab", "pemkot")}
_TIER_WORDS_EN = {"province": ("provincial", "province", "state"),
                  "local": ("regency", "district", "city", "county", "municipal", "local")}
_TIERS = tuple((tier, re.compile(r"\b(?:" + "|".join(_TIER_WORDS_ID[tier] + _TIER_WORDS_EN[tier]) + r")\b", re.IGNORECASE))
               for tier in ("province", "local"))
_TIER_AFTER = re.compile(r"\s+(?:" + "|".join(w for ws in _TIER_WORDS_ID.values() for w in ws) + r")\b", re.IGNORECASE)


def _tier(speaker: str) -> str:
    """The level of government a body's name says it belongs to ("BPBD setempat", "the provincial disaster
    agency"), as a key suffix ("@local", "@province"); "" when the name does not say. One kind of body at two
    levels counts separately: a regency's agency and the province's are two sources."""
    found = [tier for tier, cue in _TIERS if cue.search(speaker)]
    return "@" + found[0] if len(found) == 1 else ""


# --- time: as-of phrases, times of day, statement days ------------------------------------------------------

_TIME = re.compile(
    r"(?:(?P<cue>pukul|jam|pk\.?|at|around|sekitar pukul)\s+)?(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*"
    r"(?:(?P<ampm>[ap])\.?\s?m\b\.?|(?P<tz>WIB|WITA|WIT|GMT|UTC|local time|waktu setempat)\b)?",
    re.IGNORECASE,
)


def _times(text: str) -> list[tuple[int, int, int]]:
    """Times of day: (start, end, minutes after midnight) for "pukul 17.00 WIB", "16:00", "5 p.m."."""
    out = []
    for m in _TIME.finditer(text):
        h = int(m.group("h"))
        mins = int(m.group("m")) if m.group("m") else 0
        colon = m.group("m") and ":" in m.group(0)
        if not (m.group("cue") or m.group("ampm") or m.group("tz") or colon):
            continue
        if m.group("cue") and m.group("cue").lower() in ("at", "around") and not (m.group("m") or m.group("ampm")):
            continue
        if m.start() > 0 and text[m.start() - 1].isdigit():
            continue
        if m.group("ampm"):
            h = h % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        if h > 24 or mins > 59:
            continue
        out.append((m.start(), m.end(), h * 60 + mins))
    return out


@dataclass(frozen=True)
class _When:
    start: int
    end: int
    day: dt.date | None
    minute: int | None
    text: str
    basis: str  # explicit | statement
    owner: int | None = None  # a day written next to one figure holds for that figure only


def _day_of(d: DateMention) -> dt.date | None:
    if d.resolved and d.low is not None and d.low == d.high:
        return d.low
    return None


def _day_part(text: str, pos: int) -> tuple[int, int] | None:
    """A day part right after ``pos`` ("malam", "pagi", "night"): (end, hour)."""
    m = re.match(r"\s*(?:\(\S+\)\s*)?(dini hari|tengah malam|pagi|siang|sore|petang|malam|morning|midday|noon|afternoon|evening|night|overnight|midnight)\b",
                 text[pos:], re.IGNORECASE)
    if m:
        return pos + m.end(), lexicon().day_parts[m.group(1).lower()]
    return None


# --- the frame of each figure and date -----------------------------------------------------------------------

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
        return "coordinate"
    return None


def frame_sentence(text: str, quantities: tuple[Quantity, ...] | list[Quantity],
                   dates: tuple[DateMention, ...] | list[DateMention], *, language: str | None = None,
                   anchor: dt.date | None = None, attribution: Attribution | None = None,
                   offset: int = 0, discourse: "Discourse | None" = None) \
        -> tuple[tuple[Quantity, ...], tuple[DateMention, ...]]:
    """The quantities and dates of one sentence with their frames attached (spans are article offsets,
    ``offset`` is where the sentence starts). ``discourse`` carries what earlier sentences settle: the name
    an anaphoric subject ("Pasangan nomor urut 2 itu", "He") refers to, the names bodies were given."""
    discourse = discourse or Discourse()
    antecedent = discourse.antecedent
    lex = lexicon()
    langs = _langs(language)
    sent = _Sentence(text, langs)
    cores = [number_core(q, offset) for q in quantities]
    dspans = [(d.start - offset, d.end - offset) for d in dates]
    times = _times(text)
    time_spans = [(s, e) for s, e, _ in times]
    # times the extractor read as figures ("16" of "by 16:00") are no figures
    fig_ok = [not any(ts <= c[0] and c[1] <= te for ts, te in time_spans) for c in cores]
    labels = [_label_kind(text, c) for c in cores]
    fig_ok = [ok and labels[n] != "label" for n, ok in enumerate(fig_ok)]

    # predicates, negators and cues, never inside a figure's number or a date
    number_spans = [c for c, ok in zip(cores, fig_ok) if ok] + dspans
    bodies = [(s, e) for s, e, _, _ in _find(lex.actors, text, langs)]  # "Komisi Pemilihan Umum" elects nothing
    preds = [_Mention(s, e, "predicate", cls, w) for s, e, cls, w in _find(lex.predicates, text, langs)
             if not _overlaps((s, e), number_spans) and not _overlaps((s, e), time_spans)
             and not _overlaps((s, e), bodies)
             and not (w.lower() == "jatuh" and _victims_fell(text, s))]
    # "rencana serangan", "possible attacks": a planned or possible event is not the event
    for s, e, _, _ in _find(lex.cues["modality"], text, langs):
        for p in preds:
            if p.start >= e and re.fullmatch(r"\s*(?:\w+\s+)?", text[e : p.start]) and predicate_class(p.label):
                p.label = p.label + ".planned"
                break
    # "Orban invited Kristersson on Tuesday to visit Budapest": what was invited is a plan, the day the invitation's
    for s, e, _, _ in _find(_extras().invitation, text, langs):
        for p in preds:
            if p.start >= e and _INVITED_TO.fullmatch(text, e, p.start) and predicate_class(p.label) \
                    and not p.label.endswith(".planned"):
                p.label = p.label + ".planned"  # "to visit Budapest for talks": the visit and the talks
    quiet = _find(lex.cues["not_negating"], text, langs)
    negators = [(s, e) for s, e, _, _ in _find(lex.cues["negators"], text, langs)
                if not _overlaps((s, e), quiet) and not _overlaps((s, e), [(p.start, p.end) for p in preds])]

    # the counted noun of each figure
    for n, ((cs, ce), ok) in enumerate(zip(cores, fig_ok)):
        if ok:
            sent.walls.append((cs, ce, n))
    items: list[_Item] = []
    for n, (q, (cs, ce)) in enumerate(zip(quantities, cores)):
        counted, ctext, tail, how = None, None, ce, None
        if labels[n] == "age":
            counted, ctext, tail, how = "age", None, ce + 1, "noun"  # "Basuki (55)": his age
        elif q.kind == "count":
            counted, ctext, tail, how = _counted_after(sent, ce, q)
            if counted is None and how != "subset":
                counted, ctext = _counted_before(sent, cs)
            if counted is None:
                # "Six blasts struck, three at churches and three at hotels": three churches were hit
                at = _AT_PLACES.match(text, ce)
                found = _find(lex.counted, at.group(1), langs) if at else []
                if found and found[0][0] == 0 and found[0][1] == len(at.group(1)):
                    counted, ctext, tail, how = found[0][2], at.group(1), at.end(), "noun"
        items.append(_Item(n, cs, ce, max(tail, ce), counted=counted, counted_text=ctext, counted_how=how, places=[],
                           qstart=q.start - offset, qend=q.end - offset))
    fig_items = [it for it, ok in zip(items, fig_ok) if ok]
    for it in fig_items:
        it.prep_object = bool(_PREP_BEFORE.search(text[: it.qstart])) and (it.counted or "").startswith("event:")
        if it.tail > it.end:
            sent.soft.append((it.end, it.tail))
    for s, e in dspans + time_spans:
        sent.soft.append((s, e))

    places = _places(sent, number_spans)
    for p in places:
        if p.label in discourse.story_places and p.extra == "event":
            p.extra = "story"  # the lead's incident, named as this outlet names it: no clash with another's name
        elif p.label in discourse.story_places and p.extra == ("container", "event"):
            p.extra = ("container", "story")
    place_spans = [(p.start, p.end) for p in places]
    # a place and the one that holds it ("di perairan Danau Toba, Sumatera Utara, pada Senin") are one phrase:
    # the comma between them and after them does not end the clause
    for p in places:
        if isinstance(p.extra, tuple):
            head = max((q for q in places if q.end <= p.start), key=lambda q: q.end, default=None)
            if head is not None and re.fullmatch(r"\s*,\s*", text[head.end : p.start]):
                tail = re.match(r"\s*,", text[p.end :])
                sent.soft.append((head.end, p.end + (tail.end() if tail else 0)))
    attr_span = None
    if attribution is not None and attribution.start >= offset and attribution.end <= offset + len(text):
        attr_span = (attribution.start - offset, attribution.end - offset)
    own_words = _frame_own_words()
    actors = _actors(sent, number_spans + place_spans + time_spans, own_words, discourse.proper)
    # a name right before a reporting verb, or after "menurut"/"according to", is a source, not an actor
    statement = _find(lex.cues["statement"], text, langs)
    sources: list[_Mention] = []
    kept = []
    for a in actors:
        # "an interior ministry spokesman for the country's eastern administration said": the body heads the
        # speaker's phrase, the verb comes a few words later, with no comma between
        after = [c for c in statement if c[0] >= a.end and not _COMMA.search(text[a.end : c[0]])
                 and sent.cost(a.end, c[0], walls=False) <= (6.0 if a.label.startswith("@") else 1.0)]
        before = [c for c in statement if c[1] <= a.start and not _COMMA.search(text[c[1] : a.start])
                  and sent.cost(c[1], a.start, walls=False) <= (6.0 if a.label.startswith("@") else 1.0)]
        in_attr = attr_span is not None and a.start < attr_span[1] and attr_span[0] < a.end
        if after or before or in_attr:
            sources.append(_Mention(a.start, a.end, "source", a.label, a.text))
        else:
            kept.append(a)
    actors = [_resolve_office(a, discourse) for a in kept]
    # the sentence's subject is every figure's actor that has none of its own ("Pasangan Prabowo-Gibran
    # ditetapkan sebagai pemenang setelah meraup 58,59 persen"); an anaphoric subject is resolved
    subject = _subject_actor(sent, actors, number_spans, antecedent)
    if subject is None and discourse.mountain is not None:
        m = _MOUNTAIN_ANAPHOR.match(text, _OPENER.match(text).end())
        if m:
            subject = _Mention(m.start(), m.end(), "actor", discourse.mountain[0], discourse.mountain[1])

    # the predicate of each figure: the cheapest within reach, on either side
    count_preds = [p for p in preds if predicate_class(p.label).get("kind") in ("count", "both")]
    chained: dict[int, str] = {}
    subjects = count_preds + _implied_predicates(sent, number_spans)
    for it in fig_items:
        # "500 orang terluka dalam delapan ledakan": the blasts are not the injured
        # a height or a depth is a measure's predicate, never a count's ("150 rumah terendam air setinggi …")
        own_preds = [p for p in count_preds
                     if bool(predicate_class(p.label).get("measure")) <= (quantities[it.index].kind == "measure")]
        it.predicate = _nearest(sent, it, [p for p in own_preds if not (it.prep_object and p.end <= it.start)],
                                PREDICATE_REACH)
        if it.predicate is None or (it.predicate.start >= it.tail
                                    and not _OWN_VERB_GAP.fullmatch(text, it.tail, it.predicate.start)):
            was = it.counted_how
            # "Jumlah korban meninggal akibat gempa … yang melanda Palu, bertambah menjadi 384 orang", "The death
            # toll from the quake that hit Sulawesi climbed to 832": a figure after a verb of value takes the
            # subject of its clause, however long the subject's phrase
            head = _clause_subject(sent, it, subjects, fig_items)
            if head is not None:
                it.predicate = head
                it.counted_how = "subject" if was in (None, "elided") else was
        elif it.counted_how in (None, "elided") and it.predicate.end <= it.start:
            # "The death toll from the floods in Demak rose to 58": the subject near enough, but its phrase
            # too long for "58" to count people by reach alone; it is the clause's subject all the same
            head = _clause_subject(sent, it, subjects, fig_items)
            if head is not None and head.start == it.predicate.start:
                it.counted_how = "subject"
        # "36 orang hilang berhasil ditemukan": the first word describes the people, the verb after it is
        # what the figure counts (found, not missing)
        p = it.predicate
        if p is not None and p.start >= it.tail:
            # not a predicate that heads a figure of its own ("terendam air setinggi satu meter": the height is
            # the water's)
            # not a predicate coordinated with it ("79 orang tewas atau hilang", "killed or missing"): the
            # first is the figure's, the second another outcome it is added to
            after = [q for q in own_preds if q.start >= p.end and q.label != p.label
                     and sent.cost(p.end, q.start, owner=it.index) <= 1.0
                     and not _COORDINATOR.fullmatch(text, p.end, q.start)
                     and not any(o is not it and o.start >= q.end and sent.cost(q.end, o.qstart, walls=False) <= 0.5
                                 for o in fig_items)]
            if after:
                chained[it.index] = p.label
                it.predicate = after[0]
    tallies = _vote_categories(sent, fig_items)
    # "Angka itu melonjak dibandingkan data Senin, yakni 844 orang": the figure the sentence before gave
    if discourse.fact is not None and _THAT_FIGURE.match(text):
        for it in fig_items:
            if it.predicate is None:
                it.predicate = _Mention(-1, -1, "predicate", discourse.fact[0], "")
                it.counted = it.counted or discourse.fact[1]
                it.counted_how = "subject"
    # "Of the injured, 33 are in a serious condition and 116 have minor injuries, bringing the total to 149":
    # a total of the parts counts the whole, what the parts' class is a kind of
    for it in fig_items:
        p = it.predicate
        if p is not None and "." in p.label and _TOTAL_BEFORE.search(text, 0, it.qstart if it.qstart >= 0 else it.start) \
                and predicate_class(p.label.split(".")[0]):
            it.predicate = _Mention(p.start, p.end, "predicate", p.label.split(".")[0], p.text)
    # places: each attaches to the one figure it (or the figure's predicate) is cheapest to reach
    _attach_places(sent, fig_items, places)
    for it in fig_items:
        it.actor = _nearest(sent, it, actors, ACTOR_REACH, after_reach=0.5)
        if it.counted == "vote" and (it.actor is None or it.actor.label == "@legislature"):
            it.actor = _vote_country(text, it) or it.actor  # "The Hungarian vote was 188-6": Hungary's votes
        src = _nearest(sent, it, sources, SOURCE_REACH) or _nearest(sent, it, sources, INF)
        it.source = src.text if src else None
        if src is not None and src.start >= 0:
            # "BPBD setempat", "BPBD Provinsi": Indonesian names a body's level after it
            level = _TIER_AFTER.match(text, src.end)
            it.source += level.group(0) if level else ""
        it.negated = _negated(sent, it, negators)
    # the whole a part is taken of ("36 of the country's 38 provinces", "seperempat dari 7,4 juta penduduk")
    # states the whole, not what the part did
    base = {it.index for it in fig_items if _BASE.search(text[max(0, it.start - 45) : it.start])}
    for it in fig_items:
        if it.index in base and it.predicate is not None and it.predicate.start >= it.tail:
            it.predicate = None
    # an earlier value the sentence itself gives: "naik dari 19 menjadi 41", "rose to 58 from 41"
    rise = _find(lex.cues["rise"], text, langs)
    fall = _find(lex.cues["fall"], text, langs)
    previous_role = {it.index: _is_previous(sent, it, bool(rise or fall)) for it in fig_items}
    # what coordination, restatement and a series ("dari 19 menjadi 41") pass on to a figure that lacks it
    previous = None
    for it in fig_items:
        if previous is not None:
            it.link = _link(sent, previous, it)
            if (previous_role[previous.index] or previous_role[it.index]) and \
                    sent.cost(previous.tail, it.start, walls=False) <= 2.0:
                it.link = "series"
                for x, y in ((it, previous), (previous, it)):
                    x.predicate = x.predicate or y.predicate
                    x.actor = x.actor or y.actor
                    x.places = x.places or list(y.places)
                    if x.counted is None and x.counted_how != "noun":
                        x.counted, x.counted_text = y.counted, y.counted_text
                        x.counted_how = "subject"  # what the other figure counts, even when inferred
            if it.link in ("restate", "subset", "coordinate"):
                if it.predicate is None and previous.predicate is not None:
                    it.predicate = previous.predicate
                    it.negated = it.negated or previous.negated
                # "1.234 rumah rusak berat dan 3.000 rusak ringan", "6,000 rescuers …, 2,500 of them": the
                # noun left out is the one before
                if it.counted is None and it.counted_how in ("subset", "elided") and it.link != "restate" \
                        and quantities[it.index].kind == quantities[previous.index].kind:
                    it.counted, it.counted_text = previous.counted, previous.counted_text
                    if it.link == "coordinate" and it.counted_how == "elided":
                        it.noun_from = previous.noun_from or previous
            if it.link == "restate":
                it.actor = it.actor or previous.actor
                it.places = it.places or list(previous.places)
                it.source = it.source or previous.source
            if it.link == "subset":  # "188 anggota … setuju, sementara enam lainnya menolak": the same body
                it.actor = it.actor or previous.actor
        previous = it

    for it in fig_items:
        it.actor = it.actor or subject  # the sentence's subject, once restatement has passed on its own
    # "The Senate, the upper chamber of parliament, voted 63-36": a chamber said of a body is the body, and a
    # tally's two counts are one body's votes
    for it in fig_items:
        if it.counted == "vote" and it.actor is not None:
            it.actor = _body_of_apposition(text, it.actor, actors) or it.actor
    for a, b in tallies:
        a.actor = b.actor = a.actor or b.actor
    # "… has reached 1,407, the agency said on Wednesday, up from 1,324 on Tuesday": an earlier value is of
    # the fact its sentence's current value is, however far apart the two stand
    for it in fig_items:
        if previous_role[it.index] and (it.predicate is None or it.counted is None):
            current = [o for o in fig_items if not previous_role[o.index] and o.predicate is not None and o.end <= it.start]
            if current:
                o = current[-1]
                it.predicate = it.predicate or o.predicate
                it.places = it.places or list(o.places)
                if it.counted is None:
                    it.counted, it.counted_text, it.counted_how = o.counted, o.counted_text, "subject"
    # "6.573 jiwa yang tersebar di 126 titik", "17,000 people … were staying at 24 sites": the sites are the
    # displaced people's shelters
    for it in fig_items:
        if it.predicate is None and it.counted == "shelter":
            homeless = [o for o in fig_items if o.end <= it.start and o.predicate is not None
                        and o.predicate.label == "displaced"]
            if homeless:
                it.predicate = homeless[-1].predicate
    scope, named_places = _named_places(places, [*actors, *sources], attribution)
    whens = _as_of_phrases(sent, dates, dspans, times, anchor, statement)
    whens += _tally_days(sent, fig_items, dates, dspans, whens, preds, previous_role)
    now_cues = _find(lex.cues["now"], text, langs)
    recalled = _recalled(text, fig_items, _find(lex.cues["recalled"], text, langs), now_cues)

    tally_first = {b.index: a for a, b in tallies}
    out_q = []
    for n, q in enumerate(quantities):
        if not fig_ok[n]:
            out_q.append(replace(q, frame=Frame(role="label" if labels[n] == "label" else "time")))
            continue
        it = items[n]
        pred = it.predicate
        info = predicate_class(pred.label if pred else None)
        counted, ctext, inferred = it.counted, it.counted_text, False
        if q.kind in ("percent", "fraction"):
            counted = "share"  # "a quarter of the city" and "sekitar 45 persen wilayah kota"
        elif q.kind != "count":
            counted = q.unit_class
        elif counted is None:
            if it.counted_how is None and q.unit_class:
                counted, ctext = q.unit_class, q.unit  # a noun the lists do not know: the extractor's unit
            if counted is None and info.get("counted") and pred.start >= 0 \
                    and (it.counted_how == "subject" or _reach(sent, pred, it.start, it.tail, it.index) <= 1.5):
                counted, ctext, inferred = info["counted"], None, True  # "12 died": people
        if counted is None and q.kind == "count" and _looks_like_magnitude(sent, it, q, preds):
            counted = "magnitude"  # "The US Geological Survey measured the quake at 7.5"
        if counted == "people" and ctext and ctext.lower() in ("orang", "jiwa", "people", "persons"):
            noun = _NUMBER_OF.search(text[: it.qstart])
            if noun:
                found = _find(lex.counted, noun.group(1), langs)
                counted = found[0][2] if found and found[0][0] == 0 else "unit:" + noun.group(1).lower()
                ctext = noun.group(1)
                cinfo = lex.counted_info.get(counted, {})
                if pred is None and cinfo.get("predicate"):
                    pred = _Mention(-1, -1, "predicate", cinfo["predicate"], ctext)
                    info = predicate_class(pred.label)
        if q.kind == "count" and _POPULATION.search(text[max(0, it.qstart - 40) : it.qstart]):
            counted, ctext, pred, info = "population", ctext, None, {}  # "Derna, a city of about 100,000 people"
        cinfo = lex.counted_info.get(counted or "", {})
        if pred is None and cinfo.get("predicate"):
            pred = _Mention(-1, -1, "predicate", cinfo["predicate"], ctext or "")
            info = predicate_class(pred.label)
        if q.kind == "count" and info.get("any_counted") and info.get("counted") and counted_family(counted) == "people":
            counted = info["counted"]  # "287 anggota mendukung": 287 votes in favour, as "278 suara setuju" counts
        role = "previous" if previous_role[n] else "current"
        modifiers = _modifiers(sent, it)
        own_noun = bool(modifiers)
        if q.kind == "count":
            lo = max([items[k].tail for k in range(len(quantities)) if k != n and fig_ok[k] and items[k].tail <= it.start],
                     default=0)
            group = _group(sent, it, lo)
            if group is None and role == "previous":
                # "… rose to 100 on Sunday, up from 91 on Friday": the earlier value counts whom the current one does
                group = next((m[6:] for k in range(n - 1, -1, -1) if fig_ok[k] and not previous_role[k]
                              for m in out_q[k].frame.modifiers if m.startswith("group:")), None)
            if group and not (group == "foreign" and "foreign" in modifiers):
                modifiers.add("group:" + group)
            if it.noun_from is not None and not own_noun and not group:
                modifiers |= _noun_modifiers(sent, it.noun_from)  # "four boys on Sunday, five on Monday": boys
        holder = _holder(sent, it, items, fig_ok, discourse) if (pred is not None and pred.label == "obtained") \
            or counted in ("vote", "seat") else None
        if holder is None and counted == "vote":
            body = _vote_body(sent, tally_first.get(it.index, it), discourse)  # a tally's counts: one body's
            holder = "body:" + body if body else None  # the Senate's 36 noes against the House's 117
        if holder:
            modifiers.add("holder:" + holder)  # "Petahana memperoleh …" against "Keduanya (pasangan nomor 2) menang …"
        if q.kind == "count" and _extras().draft_rx.search(text[: max(it.qstart, 0)]):
            modifiers.add("draft")  # "Draf yang dibawa ke paripurna terdiri atas … 174 pasal": not the law's 186
        if counted == "measure:length":
            ref = _reference_point(text, it)
            if ref:
                modifiers.add("from:" + ref)  # "5km away from its crater" against "1 kilometer from the coastline"
                bearing = _bearing(text, it)
                if bearing:
                    modifiers.add(bearing)  # 76 km east of Kathmandu against 180 km northwest of it
            # what a length measures (a depth, a height, a distance, a length, a width, a speed) is part of its fact:
            # "lay 32 metres underwater" is not "10 km from the coast". The measure predicate before it wins
            # ("kedalaman 838 meter di bawah permukaan laut"); else the words right after it, else a point it
            # is measured from
            if not predicate_class(pred.label if pred else None).get("measure"):
                dim = _dimension_after(text, it)
                if dim is None and ref:
                    dim = ("distance", "")
                if dim is not None:
                    pred = _Mention(-1, -1, "predicate", dim[0], dim[1])
                    info = predicate_class(pred.label)
        if q.kind == "percent":
            period = _rate_period(sent, it, items, fig_ok)
            if period:
                modifiers.add("period:" + period)  # "tumbuh 5,05 persen (yoy)" against "grew 1.2% q/q"
        if q.kind == "count" and _media_tally(text, max(it.qstart, 0)):
            modifiers.add("tally:media")  # "menurut hitungan Reuters", "an AFP tally": the outlet's own count
        if n in chained:
            modifiers.add("pred:" + chained[n])
        if n in base:
            modifiers.add("base")
        if q.kind == "count" and counted_family(counted) == "people":
            site = _site(sent, it)
            if site:
                modifiers.add(site)  # "41 orang tewas di masjid pertama" against the attack's whole toll
        if _planned(sent, it):
            modifiers.add("planned")
        if _cued(sent, it, "hedge", HEDGE_REACH) or _cued(sent, it, "poll", INF) or _supposed(sent, it):
            modifiers.add("hedged")
        if _is_change(text, it):
            modifiers.add("change")
        if q.kind in ("magnitude", "measure") or counted == "magnitude":
            order = _incident_order(text, it)
            if order:
                modifiers.add(order)  # "the first earthquake, measuring 7.8" and "a second quake of magnitude 7.5"
        if (counted or "").startswith("event:"):
            # "Six blasts struck in the morning": the morning's blasts, not the day's
            part = _PART_OF_DAY.match(text, it.tail)
            if part:
                modifiers.add("part-of-day")
        if counted and counted.startswith("unit:") and ctext and len(ctext.split()) == 2:
            modifiers.add("detail:" + ctext.split()[1].lower())  # "Pemerintah Kota" vs "Pemerintah Kabupaten"
        if _ELSEWHERE.search(text[it.tail : it.tail + 40]) or _ELSEWHERE.search(text[max(0, it.start - 40) : it.start]):
            it.places = [(_Mention(it.tail, it.tail, "place", "@elsewhere", "elsewhere", "in"), True)]
        modifiers = tuple(sorted(modifiers))
        as_of = _figure_as_of(sent, it, whens, now_cues, anchor, role)
        if _dated_by_incident(sent, it, whens, as_of, anchor, preds, rise or fall):
            as_of = _figure_as_of(sent, it, [w for w in whens if w.owner != it.index], now_cues, anchor, role)
        if it.index in recalled and (as_of.basis in ("published", "previous") or _now_dated(as_of, now_cues, anchor)):
            # "Pada hari pertama, 637 orang luka-luka": not the report's day; its own cue wins over a "now" elsewhere
            # ("Initially, 28 people were reported dead, but the toll has now risen to 85": 28 is not now's)
            as_of = AsOf(None, None, None, "previous", recalled=recalled[it.index])
        change = "rise" if rise else "fall" if fall else None
        when = _figure_when(sent, it, dates, dspans, whens, discourse, anchor)
        if it.actor is None and q.kind == "measure":
            it.actor = _thing_subject(sent, it)  # "Kebanyakan simpanse jantan memiliki berat 70 kg"
        if counted == "measure:length" and not predicate_class(pred.label if pred else None).get("measure") \
                and it.actor is not None and it.actor.label.startswith("thing:"):
            own = _measure_of_thing(it.actor.label[6:])
            if own:
                # "The tsunami waves reached 6 metres": a wave's length is its height, not how far inland it went
                pred = _Mention(-1, -1, "predicate", own, it.actor.text)
                info = predicate_class(pred.label)
        events = _figure_events(sent, it, preds)
        if not events and pred is None and q.kind == "count":
            events = _object_event(sent, it, preds)
        if when is None and events:
            when = _incident_day(sent, it, dates, dspans, preds, events)
        if pred is None and counted == "storey" and _building_storeys(text, it):
            # "a 24-storey block", "gedung 24 lantai itu", "seluruh 27 lantai gedung": how tall the building is
            pred = _Mention(-1, -1, "predicate", "height", ctext or "")
            info = predicate_class(pred.label)
        if pred is None and q.kind == "count" and "attack" in events and "planned" not in modifiers \
                and counted_family(counted) in _SITE_FAMILIES:
            # "Bom meledak di empat gereja", "the bombers struck three churches", "three at churches packed for
            # Easter": a count of sites named in an attack's clause is of the sites it hit
            pred = _Mention(-1, -1, "predicate", "targeted", ctext or "")
            info = predicate_class(pred.label)
        inherited = False
        if not events and pred is not None and predicate_class(pred.label).get("evolving") and discourse.incidents:
            events = discourse.incidents
            # the lead's incident named in this very sentence, if farther away, is still this figure's
            inherited = not any(p.label in events for p in preds)
        sub = None
        if q.kind in ("count", "magnitude", "measure") and not (counted or "").startswith("event:"):
            sub = _sub_event(sent, it.qstart if it.qstart >= 0 else it.start, it.end,
                             count=q.kind == "count" and float(q.low).is_integer())
            if sub is None and "order:2" in modifiers:
                # "… and was followed by a magnitude 7.5 tremor", "disusul gempa M 7,5": the second quake's
                sub = (events[0].partition(":")[0] if events else "quake") + ":later"
        if sub is not None:
            # "a 5.9 foreshock", "the second blast killed nine": that incident's figure, not the main one's
            events = tuple(sorted({sub} | {e for e in events if e != sub.partition(":")[0]}))
            inherited = False
        places_of = tuple(Place(p.label, p.text, p.extra if isinstance(p.extra, str) else p.extra[1], attached,
                                isinstance(p.extra, tuple))
                          for p, attached in it.places)
        if _measures_one_object(counted, modifiers) and not any(p.key == "@elsewhere" for p in places_of):
            # a quake's magnitude, a tower's storeys, the epicentre's distance from the capital are one value of
            # one incident or object: the places its sentence names are the incident's or the object's ("M 7,9 …
            # mengguncang Provinsi Kahramanmaras" and "measuring 7.8 … near the city of Gaziantep"; "a 24-storey
            # block in north Kensington"; "in Gorkha district, about 80 km northwest of Kathmandu"), not where the
            # figure holds, so they tell no two values apart; the sentence's scope keeps them
            if counted == "storey":
                # a building's place still tells two buildings apart, but it is not where the figure holds
                places_of = tuple(replace(p, attached=False) for p in places_of)
                when = None  # "the refurbishment of the 24-storey tower, completed last year": not the tower's day
            else:
                places_of = ()
        frame = Frame(
            predicate=pred.label if pred else None,
            predicate_text=pred.text if pred else None,
            # a share ("25% of Derna", "81,78 persen") is an assessment, not a running tally
            evolving=bool(info.get("evolving") or cinfo.get("evolving") or _counts_incidents(counted))
            and q.kind not in ("percent", "fraction"),
            counted=counted,
            counted_text=ctext,
            counted_inferred=inferred,
            modifiers=modifiers,
            places=places_of,
            actor=it.actor.label if it.actor else None,
            actor_text=it.actor.text if it.actor else None,
            as_of=as_of,
            # a speaker found by resolving "-nya" or "he" is a guess: it names no source of its own
            source=source_key(it.source) if it.source else source_key(_named(attribution)),
            source_text=it.source or _named(attribution),
            negated=it.negated,
            role=role,
            change=change,
            when=when[0] if when is not None else None,
            when_text=when[1] if when is not None else None,
            context=_context(text, q.start - offset, q.end - offset),
            events=events,
            events_inherited=bool(inherited),
            upper_bound=bool(q.exact and _AS_HIGH_AS.search(text[max(0, it.qstart - 25) : it.qstart])),
            scope=scope,
            named_places=named_places,
        )
        out_q.append(replace(q, frame=frame))

    out_d = _frame_dates(sent, dates, dspans, preds, places, actors, negators, whens, statement, attribution, offset)
    out_d = [_with_unit(_scene_visit(_elsewhere(_with_loads(_until(_story_incident(d, text, offset, discourse), out_q,
                                                                   sent.text, offset), out_q), discourse),
                                    sent, preds, offset), sent, offset)
             for d in out_d]
    return tuple(out_q), tuple(out_d)


_THE_INCIDENT = re.compile(r"(?<![\w-])(?:(?:peristiwa|kejadian|insiden|tragedi|bencana|musibah|gelombang)(?:\s+[\w-]+){0,3}?\s+"
                           r"(?:itu|tersebut|ini)|(?:the|this|that)\s+(?:incident|disaster|tragedy|catastrophe|waves?))(?![\w-])",
                           re.IGNORECASE)


def _story_incident(d: DateMention, text: str, offset: int, discourse: "Discourse") -> DateMention:
    """"Peristiwa itu terjadi pada Sabtu", "The disaster struck on Saturday": an anaphoric incident noun dated
    by a generic verb (or by none) is the incident the article's lead names, when it names one."""
    f = d.frame
    if f is None or f.role != "event" or len(discourse.incidents) != 1:
        return d
    ds, de = d.start - offset, d.end - offset
    after = f.predicate_text is not None and re.match(r"\s*(?:\([^)]*\)\s*)?(?:\w+\s+)?(?:yang|which|that)\s+" + re.escape(f.predicate_text),
                                                      text[de:], re.IGNORECASE)
    if f.predicate and not predicate_class(f.predicate).get("generic") and not after:
        return d  # "tragedi … pada Sabtu malam yang menewaskan 156 orang": the relative clause is a consequence
    clause = max([0] + [m.end() for m in _PUNCT.finditer(text[:ds])])
    if clause and re.match(r"\s*(?:which|yang)\b", text[clause:ds], re.IGNORECASE):
        # "the waves, which hit at about 9:30 p.m. on Saturday": a relative clause dates the noun before its comma
        clause = max([0] + [m.end() for m in _PUNCT.finditer(text[: clause - 1])])
    m = None
    for m in _THE_INCIDENT.finditer(text, clause, ds):
        pass
    if m is None:
        # "dalam tragedi Halloween di Itaewon pada Sabtu": the noun phrase the date closes
        m = re.search(r"(?<![\w-])(?:peristiwa|kejadian|insiden|tragedi|bencana|musibah|incident|disaster|tragedy)"
                      r"(?:\s+[\w'’-]+){0,5}?\s+(?:pada|on|of)\s+(?:hari\s+|tanggal\s+|the\s+night\s+of\s+)?$",
                      text[clause:ds], re.IGNORECASE)
        if m is None or _ID_VERB.search(m.group(0).lower()):
            return d
        m = re.search(re.escape(m.group(0).split()[0]), text[clause:ds])
    if m is None or re.search(r";|(?<!\d)\.|\.(?!\d)", re.sub(r"(?<![\w-])[ap]\.m\.", "", text[m.end() : ds],
                                                             flags=re.IGNORECASE)):
        return d  # a sentence's end between them; not the dots of "9:30 p.m." or "pukul 21.30"
    incident = discourse.incidents[0]
    return replace(d, frame=replace(f, predicate=incident, predicate_text=m.group(0), event=incident))


@lru_cache(maxsize=1)
def _period_end() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The "until" cues of frame_cues.json as patterns: a day after "hingga"/"until"/"by" (at the end of the text
    before it), a deadline named before the day ("menjelang tenggat 5 Juni", "before the deadline of June 5"), a
    deadline named after it ("the June 5 deadline", at the text after it)."""
    cues = _load("frame_cues.json")["until"]

    def alt(kind: str) -> str:
        words = sorted({w for lang in LANGS for w in cues[kind].get(lang, [])}, key=lambda w: (-len(w), w))
        return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words)

    return (re.compile(rf"(?<![\w-])(?:{alt('before')})\s+(?:hari\s+|tanggal\s+)?$", re.IGNORECASE),
            re.compile(rf"(?<![\w-])(?:{alt('deadline_before')})\s+(?:pada\s+|hari\s+|tanggal\s+|on\s+)?$", re.IGNORECASE),
            re.compile(rf"['’]?s?\s+(?:{alt('deadline_after')})(?![\w-])", re.IGNORECASE))


def _until(d: DateMention, figures: list[Quantity], text: str, offset: int) -> DateMention:
    """A day after "hingga"/"until"/"by" that no figure of its sentence holds at ("Status tanggap darurat berlaku
    hingga Jumat", "hope to reach the village by Friday") ends a period or sets a deadline: its event is
    ``until``, never the day something happened."""
    f = d.frame
    until, deadline_before, deadline_after = _period_end()
    if f is not None and (deadline_before.search(text[: d.start - offset]) or deadline_after.match(text, d.end - offset)):
        return replace(d, frame=replace(f, event="until"))  # "menjelang tenggat 5 Juni", "the June 5 deadline"
    if f is None or f.role != "as_of" or not until.search(text[: d.start - offset]):
        return d
    if any(q.frame is not None and q.frame.as_of is not None and q.frame.as_of.basis == "explicit"
           and q.frame.as_of.text and " ".join(d.text.split()) in q.frame.as_of.text for q in figures):
        return d
    return replace(d, frame=replace(f, event="until"))


INCIDENT_DAY_GAP = 7  # days: a running tally is not dated this far back without an as-of cue ("hingga", "as of")


def _dated_by_incident(sent: _Sentence, it: _Item, whens: list[_When], as_of: AsOf, anchor, preds, changed) -> bool:
    """Is the day written next to a tally the day of the incident its sentence names, not the time the tally
    holds at ("the Bali bombings, which killed more than 190 people on October 12", written weeks later;
    "ledakan yang menewaskan 202 orang pada 12 Oktober")? Only a day of the figure's own, with no as-of cue (those
    are not owned), with no change verb ("rose to … on Tuesday"), a week or more before the report, in a
    sentence that names an incident."""
    own = [w for w in whens if w.owner == it.index]
    if not own or changed or anchor is None or own[0].day is None or as_of.basis != "explicit":
        return False
    if (anchor - own[0].day).days < INCIDENT_DAY_GAP:
        return False
    return any(predicate_class(p.label).get("incident") for p in preds)


@lru_cache(maxsize=1)
def _unit_rx() -> re.Pattern:
    nouns = sorted({w for lang in LANGS for w in _load("frame_cues.json")["unit_identifiers"][lang]}, key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in nouns)
    return re.compile(rf"(?<![\w-])(?:(?:{alt})\s+(?:nomor\s+|no\.?\s*|number\s+|#\s*)?(?P<a>\d{{1,2}})"
                      rf"|(?:no\.?|nomor|number)\s*(?P<b>\d{{1,2}})\s+(?:{alt}))(?![\w-])", re.IGNORECASE)


def _with_unit(d: DateMention, sent: _Sentence, offset: int) -> DateMention:
    """A date of a sentence that names which unit it is about ("kali ini di gedung reaktor nomor 3", "the
    outer building of the No. 1 reactor") carries the unit: ``unit-id:3``. Two incidents of one kind at one
    place (two explosions at one plant) are told apart by it. With several units named, the nearest before
    the date in its clause, else none."""
    f = d.frame
    if f is None:
        return d
    found = [(m.start(), m.end(), m.group("a") or m.group("b")) for m in _unit_rx().finditer(sent.text)]
    if not found:
        return d
    ds = d.start - offset
    if len({n for _, _, n in found}) == 1:
        unit = found[0][2]
    else:
        before = [n for s, e, n in found if e <= ds and not re.search(r"[;.,]\s", sent.text[e:ds])]
        if not before:
            return d
        unit = before[-1]
    return replace(d, frame=replace(f, modifiers=tuple(sorted(set(f.modifiers) | {"unit-id:" + unit.lstrip("0")}))))


SCENE_REACH = 40  # characters between a visit verb and the incident noun it has for object ("toured the site of the fire")


def _scene_visit(d: DateMention, sent: _Sentence, preds: list[_Mention], offset: int) -> DateMention:
    """A date its frame gives to an incident noun that is the object of a visit ("The mayor toured the site of the
    fire on Sunday", "meninjau lokasi ledakan pada Minggu") is the visit's day, an event of its own (``apart``),
    not the incident's."""
    f = d.frame
    if f is None or not f.predicate or not predicate_class(f.predicate).get("incident"):
        return d
    ds = d.start - offset
    for p in preds:
        if p.label != f.predicate or p.end > ds:
            continue
        for v in preds:
            if v.end <= p.start and p.start - v.end <= SCENE_REACH and predicate_class(v.label).get("apart") \
                    and predicate_class(v.label).get("kind") == "event" and not re.search(r"[,;.]", sent.text[v.end : ds]):
                return replace(d, frame=replace(f, predicate=v.label, predicate_text=v.text))
    return d


def _vote_body(sent: _Sentence, it: _Item, discourse: "Discourse") -> str | None:
    """Which body a vote count is of: the voting body named nearest before it in its sentence ("the Senate
    approved it 63-36"), else after it ("63 votes to 36 in the Senate"), else, when its sentence names none
    ("RUU tersebut disetujui dengan 63 suara berbanding 36"), the body the article last named, when the sentence is
    about the bill ("RUU tersebut", "the bill"): a candidate's votes are no body's."""
    named = _body_mentions(sent.text, sent.langs)
    start = it.qstart if it.qstart >= 0 else it.start
    before = [(e, b) for s, e, b in named if e <= start]
    if before:
        # "The Senate voted 336 to 0, a day after the National Assembly approved it by 551 votes to six": a
        # chamber named nearer the figure, though by no name the list knows, is the figure's, not the Senate
        # "The Senate, the upper chamber of parliament, voted 63-36": a chamber named in an apposition to the body
        # is the body itself
        appositions = [m.span() for m in (_BODY_APPOSITION.match(sent.text, e) for e, _ in before) if m]
        if any(before[-1][0] <= s and e <= start and not any(a0 <= s and e <= a1 for a0, a1 in appositions)
               for s, e in _legislature_mentions(sent.text, sent.langs)):
            return None
        return before[-1][1]
    if named:
        return named[0][2]
    return discourse.body if _BILL_ANAPHOR.search(sent.text[:start]) else None


# "RUU tersebut", "rancangan undang-undang itu", "the bill", "the measure": a vote sentence about the bill an earlier
# sentence had a body pass; only then is the body the article last named the one whose votes it counts
_BILL_ANAPHOR = re.compile(r"(?<![\w-])(?:(?:ruu|rancangan(?:\s+undang-undang)?|undang-undang|beleid|usulan)\s+(?:itu|tersebut|ini)"
                           r"|the\s+(?:bill|measure|legislation|package|resolution))(?![\w-])", re.IGNORECASE)


# ", the upper chamber of parliament,", " (the upper house)": what is said of a name between commas or brackets
_BODY_APPOSITION = re.compile(r"\s*(?:,[^,;.()]{1,60},|\([^()]{1,60}\))")


def _body_of_apposition(text: str, actor: _Mention, actors: list[_Mention]) -> _Mention | None:
    """The voting body a generic chamber is said of ("the Senate, the upper chamber of parliament,"), or None."""
    if actor.label != "@legislature" or actor.start < 0:
        return None
    for m in actors:
        if m.label in _voting_bodies() and m.end <= actor.start:
            ap = _BODY_APPOSITION.match(text, m.end)
            if ap and actor.end <= ap.end():
                return m
    return None


@lru_cache(maxsize=1)
def _voting_bodies() -> frozenset[str]:
    return frozenset("@" + b for b in _load("frame_cues.json")["voting_bodies"]["ids"])


def _legislature_mentions(text: str, langs: tuple[str, ...]) -> list[tuple[int, int]]:
    """Chambers named by no name the voting bodies list ("the National Assembly", "parlemen")."""
    return [(s, e) for s, e, label, _ in _find(lexicon().actors, text, langs) if label == "@legislature"]


def _body_mentions(text: str, langs: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Voting bodies named in a text, each as the kind it is ("DPR" and "the House" are a house)."""
    lex = lexicon()
    ids = _voting_bodies()
    out = []
    for s, e, label, _ in _find(lex.actors, text, langs):
        if label not in ids or re.search(r"(?:white|gedung)\s+$", text[max(0, s - 8) : s], re.IGNORECASE):
            continue  # "the White House" votes nothing
        kinds = sorted(lex.actor_kinds.get(label, ()))
        out.append((s, e, (kinds[0] if kinds else label)[1:]))
    return out


def _elsewhere(d: DateMention, discourse: "Discourse") -> DateMention:
    """A date of an incident its clause places where the article's lead does not put its own ("In August, a
    series of earthquakes on Lombok killed …" in a story about the quake that struck Palu) is another incident's
    day: ``elsewhere``."""
    f = d.frame
    story = discourse.story_places
    if f is None or not story:
        return d
    own = [p.key for p in f.places if p.attached and p.slot == "event" and not p.key.startswith("@")]
    near = lambda k: any(set(k.split()) & set(s.split()) for s in story)  # noqa: E731
    if own and not any(near(k) for k in own):
        return replace(d, frame=replace(f, modifiers=tuple(sorted(set(f.modifiers) | {"elsewhere"}))))
    return d


def _with_loads(d: DateMention, figures: list[Quantity]) -> DateMention:
    """A date of an event that repeats in a story ("mendarat", "landed": one plane after another) carries the loads
    its sentence counts ("membawa 40 peti jenazah"): two arrivals with different loads are two flights."""
    f = d.frame
    if f is None or not f.predicate or not predicate_class(f.predicate).get("repeats"):
        return d
    loads = {f"load:{q.frame.counted}={q.low:g}" for q in figures
             if q.frame is not None and q.frame.counted and q.frame.role == "current" and not q.frame.negated
             and q.kind == "count" and q.low == q.high and not q.vague}
    return replace(d, frame=replace(f, modifiers=tuple(sorted(set(f.modifiers) | loads)))) if loads else d


@dataclass(frozen=True)
class _Extras:
    holders: dict[str, _Phrases]  # language → role phrases → holder class ("petahana" → incumbent)
    draft_rx: re.Pattern
    invitation: dict[str, _Phrases]
    suppose: dict[str, _Phrases]  # verbs whose whole object clause is a guess ("menduga", "suspects")
    references: dict[str, _Phrases]  # language → reference nouns → point ("bibir pantai" → coast)
    dimensions: dict[str, _Phrases]  # language → words after a length → its measure predicate ("underwater" → depth)


@lru_cache(maxsize=1)
def _extras() -> _Extras:
    cues, places = _load("frame_cues.json"), _load("places.json")
    holders = {lang: _compile({w: hid for hid, info in cues["holders"].items() if not hid.startswith("_")
                               for w in info.get(lang, [])}) for lang in LANGS}
    drafts = sorted({w for lang in LANGS for w in cues["draft"][lang]}, key=len, reverse=True)
    refs = {lang: _compile({w: rid for rid, info in places["reference_points"].items() if not rid.startswith("_")
                            for w in info.get(lang, [])}) for lang in LANGS}
    return _Extras(
        holders=holders,
        draft_rx=re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in drafts) + r")(?![\w-])",
                            re.IGNORECASE),
        invitation={lang: _compile({w: "invitation" for w in cues["invitation"][lang]}) for lang in LANGS},
        suppose={lang: _compile({w: "suppose" for w in cues["suppose"][lang]}) for lang in LANGS},
        references=refs,
        dimensions={lang: _compile({w: cls for cls, info in _load("predicates.json")["classes"].items()
                                    for w in info.get("follows", {}).get(lang, [])}) for lang in LANGS},
    )


# "invited his Swedish counterpart Ulf Kristersson on Tuesday to visit", "mengundang Kristersson … untuk berkunjung"
# "Korban terbanyak jatuh di …", "korban jiwa berjatuhan": victims fell, no crash (the crash class's "jatuh")
_VICTIMS_FELL = re.compile(r"(?i:\bkorban)(?:\s+[a-z]+){0,2}\s+$")


def _victims_fell(text: str, s: int) -> bool:
    """Is the "jatuh" at ``s`` what victims did ("Korban terbanyak jatuh di …": fell, died), not a crash? Not
    when "korban" is the object of a verb before it ("Helikopter yang mengevakuasi korban jatuh …")."""
    m = _VICTIMS_FELL.search(text, 0, s)
    if m is None:
        return False
    before = re.findall(r"[\w'’-]+", text[: m.start()])
    return not (before and _ID_VERB.fullmatch(before[-1].lower()) and before[-1].lower() not in _NOT_VERBS)
_INVITED_TO = re.compile(r"[^.;:]{0,90}?\s(?:to|untuk)\s(?:[^.;:,]{0,40}\s)?", re.IGNORECASE)
_BALLOT_NUMBER = re.compile(r"\s*(?:urut\s+)?0*(\d{1,2})(?!\d)")


def _supposed(sent: _Sentence, it: _Item) -> bool:
    """Is the figure inside what a verb of supposition governs ("Yudo menduga kapal selam itu … turun ke kedalaman
    600 hingga 700 meter", "He suspects the vessel sank to 600 metres")? The whole clause after it is a guess."""
    start = it.qstart if it.qstart >= 0 else it.start
    return any(e <= start and not re.search(r"[;]|\.\s", sent.text[e:start])
               for _s, e, _, _ in _find(_extras().suppose, sent.text, sent.langs))


def _holder_mentions(text: str, langs: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Candidates named by role or ballot number: (start, end, holder key) — "incumbent", "pair:2"."""
    out = []
    for s, e, hid, _ in _find(_extras().holders, text, langs):
        if hid == "numbered":
            m = _BALLOT_NUMBER.match(text, e)
            if not m:
                continue
            out.append((s, m.end(), "pair:" + m.group(1)))
        else:
            out.append((s, e, hid))
    return out


def _holder(sent: _Sentence, it: _Item, items: list[_Item], fig_ok: list[bool], discourse: "Discourse") -> str | None:
    """Whose votes a figure counts: the candidate named by role or number in its clause before it ("Petahana
    memperoleh kurang dari 80.000 suara", "candidate pair number 2 won 85,830 votes"), or the one an anaphoric
    subject refers to ("Keduanya menang dengan perolehan 85.830 suara" after "Pasangan calon nomor urut 2 …")."""
    text = sent.text
    start = it.qstart if it.qstart >= 0 else it.start
    named = _holder_mentions(text, sent.langs)
    # a ballot number is no figure of its own ("Candidate pair number 3 received …")
    lo = max([o.tail for o, ok in zip(items, fig_ok) if ok and o is not it and o.tail <= start
              and not any(h0 <= o.start < h1 for h0, h1, _ in named)], default=0)
    before = [h for h in named if lo <= h[0] and h[1] <= start and not re.search(r"[;.]", text[h[1] : start])]
    if before:
        return before[-1][2]
    at = _OPENER.match(text).end()
    m = _ANAPHOR.match(text, at)
    if m and m.end() <= start and discourse.holder:
        return discourse.holder
    return None


_COMPASS_WORDS = r"(?:north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|north|south|" \
                 r"east|west|timur\s+laut|barat\s+laut|barat\s+daya|tenggara|utara|selatan|timur|barat)"
_RESTATED_DISTANCE = re.compile(r"\s*\([^()]{1,30}\)|\)")
_CAPITAL_TITLE = re.compile(r"(?:ibu\s*kota|(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?(?:capital|city)(?:\s+city)?|kota)\s*,?\s+(?=[A-Z])")
_FROM_POINT = re.compile(rf"(?:\s*(?:and|to|dan|hingga|sampai|-|–)\s*(?:about\s+|sekitar\s+)?[\d.,]+\s*[^\W\d_]+)?"
                         rf"\s*(?:(?:away|jauhnya|jaraknya)\s+)?(?:(?:di\s+|ke\s+)?(?:sebelah\s+|arah\s+)?{_COMPASS_WORDS}\s+)?"
                         r"(?:(?:from|of|off|dari)\s+)?"
                         r"(?:the\s+|its\s+|their\s+)?", re.IGNORECASE)


_SITE_FAMILIES = ("building", "worship")
_BUILDING_NOUN = r"(?:gedung|menara|bangunan|apartemen|rumah\s+susun|rusun|hotel|blok|tower|building|block)"
_STOREYS_BEFORE = re.compile(rf"(?:(?<![\w-]){_BUILDING_NOUN}(?:\s+[\w-]+){{0,2}}?\s+(?:setinggi\s+|berlantai\s+)?|"
                             r"(?<![\w-])(?:seluruh|semua|all(?:\s+the)?|all\s+of\s+the)\s+)$", re.IGNORECASE)
_STOREYS_AFTER = re.compile(rf"-(?:storey|story|floor)s?\s+(?:[\w-]+\s+){{0,2}}?{_BUILDING_NOUN}|"
                            r"\s+(?:storeys|stories|floors)\s+(?:tall|high)\b", re.IGNORECASE)


def _building_storeys(text: str, it: _Item) -> bool:
    """Is a count of storeys how tall a building is ("a 24-storey tower", "gedung 24 lantai", "all 27 floors"),
    not a number of floors something reached or burned ("api merambat ke 20 lantai")?"""
    start = it.qstart if it.qstart >= 0 else it.start
    return bool(_STOREYS_BEFORE.search(text[max(0, start - 40) : start]) or _STOREYS_AFTER.match(text, it.end))



def _measures_one_object(counted: str | None, modifiers) -> bool:
    """Is a figure a static measure of one incident or object whose places are that thing's: a magnitude, a
    building's storeys, a distance measured from a named point ("from:kathmandu")?"""
    return counted in ("magnitude", "storey") or (counted == "measure:length"
                                                   and any(m.startswith("from:") for m in modifiers))


_DIMENSION_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:sekitar|about|some|roughly|approximately|kurang lebih)\s+)?")


def _dimension_after(text: str, it: _Item) -> tuple[str, str] | None:
    """The measure a length is of, read from the words right after it ("lay 32 metres underwater", "838 meter di
    bawah laut", "10 km from the town", "95 kilometres off Bali", "3,000 metres long", "30 km/h"): (predicate, the
    words), or None. Data: each measure predicate's "follows" phrases in predicates.json."""
    end = it.qend if it.qend >= 0 else it.end
    skip = _RESTATED_DISTANCE.match(text, end)  # "80 km (50 miles) from …"
    end = skip.end() if skip else end
    if text[end : end + 1] != "/":
        end = _DIMENSION_GAP.match(text, end).end()
    rest = text[end : end + 40]
    for lang in LANGS:
        found = _extras().dimensions[lang].find(rest)
        if found and found[0][0] == 0:
            if _FROM_VALUE.match(rest, found[0][1]):
                return None  # "widened the zone to 20 km from 10 km": an earlier value, not a point
            return found[0][2], found[0][3]
    return None


# A distance's bearing from its point, one key per direction in both languages: "76 km east of Kathmandu" is
# another epicentre than "180 kilometer di sebelah barat laut Kathmandu"
_BEARINGS = {"north-east": "ne", "northeast": "ne", "timur laut": "ne", "north-west": "nw", "northwest": "nw",
             "barat laut": "nw", "south-east": "se", "southeast": "se", "tenggara": "se", "south-west": "sw",
             "southwest": "sw", "barat daya": "sw", "north": "n", "utara": "n", "south": "s", "selatan": "s",
             "east": "e", "timur": "e", "west": "w", "barat": "w"}
_BEARING_AFTER = re.compile(rf"\s*(?:(?:away|jauhnya|jaraknya)\s+)?(?:(?:di\s+|ke\s+)?(?:sebelah\s+|arah\s+)?)"
                            rf"({_COMPASS_WORDS})(?![\w-])", re.IGNORECASE)


def _bearing(text: str, it: _Item) -> str | None:
    """"bearing:nw" for "80 km northwest of Kathmandu", "180 kilometer di sebelah barat laut Kathmandu"."""
    end = it.qend if it.qend >= 0 else it.end
    skip = _RESTATED_DISTANCE.match(text, end)
    m = _BEARING_AFTER.match(text, skip.end() if skip else end)
    return "bearing:" + _BEARINGS[" ".join(m.group(1).lower().split())] if m else None


@lru_cache(maxsize=1)
def _things_measured() -> dict[str, str]:
    """Thing nouns whose bare length is one dimension (predicates.json's "of": a wave's is its height)."""
    return {w: cls for cls, info in _load("predicates.json")["classes"].items()
            for lang in LANGS for w in info.get("of", {}).get(lang, [])}


def _measure_of_thing(words: str) -> str | None:
    """The dimension a bare length of this thing measures ("tsunami waves" → height), by its head noun."""
    found = _things_measured()
    ws = words.lower().split()
    return found.get(ws[-1]) if ws else None


_FROM_VALUE = re.compile(r"\s*(?:(?:about|around|sekitar|semula|sebelumnya|just|only|hanya)\s+)?\d")


def _reference_point(text: str, it: _Item) -> str | None:
    """What a distance is measured from ("at least 5km away from its crater", "80 km northwest of Kathmandu",
    "1 kilometer dari bibir pantai"): a named place's key, or a reference noun's class; None when not said."""
    end = it.qend if it.qend >= 0 else it.end
    # "around 80km (50 miles) northwest of", and the restatement itself: "(50 miles) northwest of"
    skip = _RESTATED_DISTANCE.match(text, end)
    end = skip.end() if skip else end
    m = _FROM_POINT.match(text, end)
    if m is None or not re.search(r"(?<![\w-])(?:from|of|off|dari|away|jauhnya|jaraknya|" + _COMPASS_WORDS + r")(?![\w-])",
                                  text[end : m.end()], re.IGNORECASE):
        return None
    rest = text[m.end() : m.end() + 40]
    # "di sebelah barat laut ibu kota Kathmandu", "northwest of the Nepali capital, Kathmandu": the name
    title = _CAPITAL_TITLE.match(rest)
    name = re.match(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*", rest[title.end():] if title else rest)
    if title and not (name and _is_place_name(name.group(0))):
        name = re.match(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*", rest)
    if name and _is_place_name(name.group(0)):
        return place_key(name.group(0))
    for lang in LANGS:
        found = _extras().references[lang].find(rest)
        if found and found[0][0] == 0:
            return found[0][2]
    return None


_PREVIOUS_ALONE = re.compile(r"(?:sebelumnya|semula|previously|earlier|up from|down from|naik dari|turun dari)\s+"
                             r"(?:(?:sekitar|about|around|at least|setidaknya|sedikitnya)\s+)?$", re.IGNORECASE)
_PREVIOUS_WITH_CHANGE = re.compile(r"(?<![\w-])(?:(?:dari|from)\s+(?:(?:angka|sebelumnya|about|around|sekitar|at least|"
                                   r"setidaknya|sedikitnya)\s+)?|(?:dibandingkan|dibanding|compared\s+(?:with|to))"
                                   r"\b[^.;]{0,40}?(?:yakni|yaitu|of|dengan|,)\s+)$", re.IGNORECASE)


_AGE_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s*\(\s*(?:[a-z]+\s+){0,3}$")
_CODE_BEFORE = re.compile(r"(?:\b(?:RT|RW|KM|Km|No|Nomor|nomor|Pasal|pasal|Ayat|ayat|Jalan|Jl|Gang|Gg|Blok|Kav|"
                          r"Tahap|Nomor urut|nomor urut|urut|Room|Route|Rule|Article|Section|Chapter)\.?)\s*$")


def _label_kind(text: str, core: tuple[int, int]) -> str | None:
    """Numbers that do not count anything: "age" for a name's age ("Basuki (55)"); "label" for a code ("RT 08",
    "Pasal 5", "nomor urut 2") or a piece of a date or fraction ("(18/11)")."""
    start, end = core
    if _AGE_BEFORE.search(text[max(0, start - 30) : start]) and re.match(r"\s*\)", text[end:]):
        return "age"
    if re.search(r"[A-Z][\w'’.-]+,\s*$", text[max(0, start - 30) : start]) and re.match(r"\s*,", text[end:]) \
            and 0 < int(re.sub(r"\D", "", text[start:end]) or 0) < 120:
        return "age"  # "Anthonius Gunawan Agung, 21, died"
    if _CODE_BEFORE.search(text[max(0, start - 14) : start]):
        return "label"
    if text[end : end + 1] == "/" or (start > 0 and text[start - 1] == "/"):
        return "label"
    return None


@lru_cache(maxsize=1)
def _group_lexicon() -> dict:
    """The compiled group lexicon of counted.json: part cues that only count before a figure, the nouns a
    nationality qualifies, demonyms, countries, codes and "its citizens"."""
    data = _load("counted.json")
    g = data["groups"]
    lex = lexicon()
    countries = set(lex.broad_places) | set(g["places"]) | set(g["demonyms"].values())
    people = {lang: r"(?:" + "|".join(r"\s+".join(re.escape(w) for w in f.split())
                                      for f in sorted(g["people"][lang], key=len, reverse=True)) + r")" for lang in LANGS}
    return {
        "part_before": {lang: _compile({w: "part" for w in data["part_before"][lang]}) for lang in LANGS},
        "countries": frozenset(countries),
        "demonyms": g["demonyms"],
        "codes": g["codes"],
        "own": {lang: _compile({w: "own" for w in g["own"][lang]}) for lang in LANGS},
        "foreign": {lang: _compile({w: "foreign" for w in g["foreign"][lang]}) for lang in LANGS},
        # "warga negara Indonesia", "jemaah haji asal Indonesia", "orang Korea Selatan"
        "id": re.compile(rf"(?<![\w-]){people['id']}\s+(?:haji\s+)?(?:asal\s+|dari\s+)?"
                         r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", re.IGNORECASE),
        # "Indonesian pilgrims", "South Korean nationals"
        "en": re.compile(rf"(?<![\w-])(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+{people['en']}(?![\w-])"),
        # "Indonesians", "Saudis", "WNI"
        "word": re.compile(r"(?<![\w-])(?P<name>[A-Z][a-zA-Z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])"),
    }


def _country_of(name: str, *, demonym: bool) -> str | None:
    """The country a name ("Indonesia", "Korea Selatan") or a demonym ("Indonesian", "Saudis") is of."""
    g = _group_lexicon()
    low = " ".join(name.lower().split())
    if low in g["codes"]:
        return g["codes"][low]
    if demonym:
        key = g["demonyms"].get(low) or _demonym_place(low) or (_demonym_place(low[:-1]) if low.endswith("s") else None)
    else:
        key = place_key(name)
    return key if key in g["countries"] else None


_MEDIA_TALLY = (
    re.compile(r"(?<![\w-])(?:(?:peng)?hitungan|tabulasi|rekapitulasi)\s+(?:media|kantor\s+berita|wartawan)|"
               r"(?<![\w-])(?:media|news\s+agenc(?:y|ies)['’]?|press)\s+(?:count|tally|tallies)|"
               r"(?<![\w-])tall(?:y|ies)\s+(?:by|from|compiled\s+by|of)\s+(?:news\s+agencies|the\s+media|media)",
               re.IGNORECASE),
    # "menurut hitungan Reuters", "an AFP tally", "a Reuters tally": an outlet named with its count
    re.compile(r"(?<![\w-])(?:(?:peng)?hitungan\s+{o}|{o}\s+(?:tally|count))\b".format(
        o=r"(?:AFP|AP|Reuters|Antara|Al\s+Jazeera|Associated\s+Press|Kompas|Detik|Tempo|CNN|BBC|Bloomberg|Xinhua|"
          r"Yonhap|Kyodo|Anadolu)")),
)


# Where one clause of a sentence ends and a contrasting one begins: "The official toll remains 769, but tallies
# compiled by news agencies have passed 1,000" gives two sources' figures, one in each.
_CONTRAST = re.compile(r";|,?\s+(?:but|while|whereas|although|though|tetapi|tapi|namun|sedangkan|sementara|padahal)\s",
                       re.IGNORECASE)


def _media_tally(text: str, start: int = 0) -> bool:
    """Is the figure at ``start`` an outlet's own tally ("menurut hitungan Reuters", "an AFP tally", "penghitungan
    media")? Then it is that outlet's figure, another source's than the officials'. The tally must be named in
    the figure's own clause: across "but", "sementara" it is the other figure's."""
    cuts = [0, *(m.start() for m in _CONTRAST.finditer(text)), len(text)]
    k = max(i for i, c in enumerate(cuts[:-1]) if c <= start)
    clause = text[cuts[k] : cuts[k + 1]]
    return any(rx.search(clause) for rx in _MEDIA_TALLY)


# what a figure's noun is said to be: "189 penumpang merupakan warga Belanda", "189 passengers were Dutch"
_COPULA_GROUP = re.compile(r"\s*(?:(?i:of\s+(?:the\s+|its\s+|their\s+)?)[^\W\d_]+\s+|(?:[^\W\d_]+\s+){1,2})?"
                           r"(?i:merupakan|adalah|ialah|berasal\s+dari|(?:were|are|came|come)\s+from|were|are)\s+"
                           r"(?i:(?:all|semua(?:nya)?)\s+)?"
                           r"(?i:warga\s+(?:negara\s+)?)?(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
GROUP_AFTER = 30  # characters after a figure in which its noun's nationality is read ("129 warga negara Indonesia")


def _group(sent: _Sentence, it: _Item, lo: int) -> str | None:
    """Whose count a figure is, when a nationality or origin qualifies the counted people: right after the
    figure ("129 warga negara Indonesia", "seven Indonesian pilgrims", "41 WNI", "26 foreigners"), or as the
    subject its clause counts before it, from ``lo`` (the figure before it, or the sentence start): "jumlah
    jemaah haji Indonesia yang meninggal … 120 orang", "the number of Indonesian pilgrims … rose to 100".
    "foreign" for foreigners of any country, "own" for "its citizens" ("Iran melaporkan 136 warganya")."""
    g = _group_lexicon()
    text = sent.text
    after = text[it.end : it.end + GROUP_AFTER]
    before = text[lo : it.qstart if it.qstart >= 0 else it.start]
    m = _COPULA_GROUP.match(text, it.end)
    if m:
        name = m.group("name")
        c = _country_of(name, demonym=False) or _country_of(name, demonym=True) \
            or _country_of(name.split()[0], demonym=False) or _country_of(name.split()[0], demonym=True)
        if c:
            return c
    for kind, span in (("after", after), ("before", before)):
        for lang in sent.langs:
            for table, key in (("own", "own"), ("foreign", "foreign")):
                for s, _e, _m, _t in g[table][lang].find(span):
                    if kind == "before" or not span[:s].strip() or len(span[:s].split()) <= 1:
                        return key
        hits = []
        for m in g["id"].finditer(span):
            c = _country_of(m.group("name"), demonym=False) or _country_of(m.group("name").split()[0], demonym=False)
            if c:
                hits.append((m.start(), c))
        for m in g["en"].finditer(span):
            c = _country_of(m.group("name"), demonym=True) or _country_of(m.group("name").split()[-1], demonym=True)
            if c:
                hits.append((m.start(), c))
        for m in g["word"].finditer(span):
            word = m.group("name")
            if word.lower() in g["codes"] or word.lower().endswith("s") and _country_of(word, demonym=True):
                hits.append((m.start(), _country_of(word, demonym=True)))
        if kind == "after":
            # only the figure's own noun phrase: "41 orang Indonesia", never "41 people, Indonesia's agency said"
            hits = [(s, c) for s, c in hits if s <= 12 and not re.search(r"[,;:.]", span[:s])]
        if hits:
            return sorted(hits)[0][1] if kind == "after" else sorted(hits)[-1][1]
    return None


def _modifiers(sent: _Sentence, it: _Item) -> set[str]:
    """Words that make a different fact of the counted thing: after its noun in the same clause ("suara di
    antaranya dinyatakan sah"), or just before the figure ("suara tidak sah berjumlah 49.135", "laki-laki
    197.213 jiwa"); "termasuk" / "including" just before the figure makes it a part."""
    out = set()
    for s, e, _mid, _ in _find(_group_lexicon()["part_before"], sent.text, sent.langs):
        start = it.qstart if it.qstart >= 0 else it.start
        if e <= start and sent.cost(e, start, owner=it.index) <= 1.0:
            out.add("part")  # "tewas, termasuk 22 polisi", "died, including 32 children"
    for s, e, mid, _ in _find(lexicon().modifiers, sent.text, sent.langs):
        if it.qstart <= s < it.start:
            continue  # the figure's own qualifier ("more than 5,300")
        if it.end <= s < max(it.tail, it.end + 1):  # "38 foreign nationals", "31 warga negara asing"
            out.add(mid)
        elif s >= it.tail and sent.cost(it.tail, s, owner=it.index) <= 2.0:
            out.add(mid)
        elif e <= it.start and not it.prep_object and sent.cost(e, it.start, owner=it.index) <= \
                (2.5 if mid == "part" else 1.0):  # "Sebagian besar korban, yakni 1.203 orang"
            out.add(mid)
    return out


def _noun_modifiers(sent: _Sentence, it: _Item) -> set[str]:
    """The modifiers a figure's own noun phrase carries ("four boys": male; "38 foreign nationals": foreign),
    which a coordinated figure that leaves the noun out shares."""
    return {mid for s, _e, mid, _ in _find(lexicon().modifiers, sent.text, sent.langs)
            if it.end <= s and (s < it.tail or not sent.text[max(it.end, it.tail):s].strip())}


@lru_cache(maxsize=1)
def _site_ordinals() -> dict[str, str]:
    return {k: v for lang in LANGS for k, v in _load("counted.json")["sites"]["ordinals"][lang].items()}


@lru_cache(maxsize=1)
def _site_rx() -> re.Pattern:
    """One site of several, as a phrase: "at the first mosque", "di lokasi kedua", "di salah satu masjid", "at one
    of the sites", "at the other site" (counted.json's "sites"). Groups: "ord" (an ordinal after or before the
    noun) or "one" (one of them, which not said)."""
    sites = _load("counted.json")["sites"]
    alt = lambda words: "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    nouns = alt(w for lang in LANGS for w in sites["nouns"][lang])
    ords_id, ords_en = alt(sites["ordinals"]["id"]), alt(sites["ordinals"]["en"])
    one = alt(w for lang in LANGS for w in sites["one_of"][lang])
    return re.compile(rf"(?<![\w-])(?:di|at|in|inside|outside|near|dekat)\s+(?:(?:the|sebuah)\s+)?"
                      rf"(?:(?P<one>{one})\s+(?:the\s+)?(?:{nouns})|(?P<ord_en>{ords_en})\s+(?:{nouns})"
                      rf"|(?:{nouns})\s+(?:yang\s+)?(?P<ord_id>{ords_id}))(?![\w-])", re.IGNORECASE)


SITE_REACH = 3.0  # words (sentence cost) between a count and the one site it is at ("44 died at the first mosque")


def _site(sent: _Sentence, it: _Item) -> str | None:
    """"site:1", "site:2", "site:other", "site:one": the figure counts what happened at one site of several."""
    start = it.qstart if it.qstart >= 0 else it.start
    for m in _site_rx().finditer(sent.text):
        if m.start() >= it.tail:
            near = sent.cost(it.tail, m.start(), owner=it.index) <= SITE_REACH
        elif m.end() <= start:
            near = sent.cost(m.end(), start, owner=it.index) <= SITE_REACH
        else:
            near = False
        if near:
            if m.group("one"):
                return "site:one"
            word = (m.group("ord_en") or m.group("ord_id")).lower()
            return "site:" + _site_ordinals()[word]
    return None


# Which of two incidents of one kind a measure belongs to: "the first earthquake, measuring 7.8", "gempa
# pertama bermagnitudo 7,8", "Gempa utama … M 7,9", "a second quake of magnitude 7.5", "disusul gempa M 7,5".
_ORDINALS = {"first": "order:1", "pertama": "order:1", "utama": "order:1", "main": "order:1", "initial": "order:1",
             "second": "order:2", "kedua": "order:2", "disusul": "order:2", "followed by": "order:2"}
_ORDINAL_WORD = r"(?:first|pertama|utama|main|initial|second|kedua)"
_INCIDENT_NOUN = r"(?:earthquake|quake|tremor|shock|gempa(?:\s+bumi)?|guncangan|eruption|erupsi|letusan|explosion|blast|ledakan)"
_ORDER_BEFORE = re.compile(
    rf"(?:(?<![\w-])(?P<pre>{_ORDINAL_WORD}|disusul|followed\s+by)\s+(?:(?:a|an|the|large|big|strong|besar|kuat)\s+)*"
    rf"{_INCIDENT_NOUN}|(?<![\w-]){_INCIDENT_NOUN}\s+(?P<post>{_ORDINAL_WORD}))"
    rf"(?:\s+[\w-]+){{0,2}}?,?(?:\s+(?:of|measuring|with|at|dengan|ber\w+|sebesar|M))*\s*(?:magnitude|magnitudo|M)?\s*$",
    re.IGNORECASE)


def _incident_order(text: str, it: _Item) -> str | None:
    """"order:1" or "order:2" when the figure measures the first or the second of two incidents of a kind."""
    start = it.qstart if it.qstart >= 0 else it.start
    if _FOLLOWED_BY.search(text[max(0, start - 30) : start]):
        return "order:2"  # "… and was followed by a magnitude 7.5 tremor"
    m = _ORDER_BEFORE.search(text[max(0, start - 60) : start])
    if m is not None:
        return _ORDINALS.get(" ".join((m.group("pre") or m.group("post")).lower().split()))
    if _SECOND_LATER.search(text, it.end):
        return "order:1"  # "A magnitude 7.8 earthquake struck …, followed hours later by a second large quake"
    return None


_FOLLOWED_BY = re.compile(r"(?:followed\s+by|disusul(?:\s+oleh)?)\s+(?:(?:a|an|the|gempa)\s+)?(?:magnitude|magnitudo|M)?\s*$",
                          re.IGNORECASE)
_SECOND_LATER = re.compile(rf"(?<![\w-])(?:(?:second|kedua)\s+(?:(?:large|big|strong|besar|kuat)\s+)?{_INCIDENT_NOUN}|"
                           rf"{_INCIDENT_NOUN}\s+kedua|followed\s+(?:\w+\s+){{0,3}}by|disusul)", re.IGNORECASE)


PLAN_REACH = 2.5


HEDGE_REACH = 3.0


def _cued(sent: _Sentence, it: _Item, kind: str, reach: float) -> bool:
    """Is a cue of ``kind`` within ``reach`` before the figure or date, right after it ("850 meter yang diduga
    …"), or right before the predicate it belongs to ("believed to lie at a depth of 850m")?"""
    p = it.predicate
    start = it.qstart if it.qstart >= 0 else it.start
    for s, e, _, _ in _find(lexicon().cues[kind], sent.text, sent.langs):
        if e <= start and not _CLAUSE_END.search(sent.text, e, start) \
                and sent.cost(e, start, owner=it.index if reach < INF else None, walls=reach < INF) <= reach:
            return True
        tail = max(it.tail, it.qend)
        if s >= tail and re.fullmatch(r"\s*(?:yang|which|that|who)?\s*(?:is|are|was|were)?\s*", sent.text[tail:s], re.I):
            return True
        if p is not None and p.start >= 0 and e <= p.start and sent.cost(e, p.start, walls=False) <= 1.0:
            return True
    return False


# "bertambah 32,56 juta orang", "an increase of 32.56 million", "naik 7 persen", "rose by 40": how much a
# figure changed, not the figure; "32.56 million higher than …", "lebih banyak dari …" likewise
_CHANGE_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:bertambah|berkurang|naik|turun|meningkat|menurun|melonjak|merosot|increased|decreased|rose|fell|"
    r"grew|jumped|dropped|climbed|declined|up|down)\s+(?:by\s+|sebanyak\s+|sebesar\s+)?|"
    r"(?<![\w-])(?:an?\s+)?(?:increase|decrease|rise|fall|drop|jump|gain|loss|growth)\s+of\s+|"
    r"(?<![\w-])(?:kenaikan|penambahan|peningkatan|penurunan|pengurangan|tambahan|pertambahan)\s+(?:sebanyak\s+|sebesar\s+)?)"
    r"(?:sekitar\s+|about\s+|around\s+|nearly\s+|almost\s+|hampir\s+|some\s+)?$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:higher|lower|more|fewer|less|bigger|smaller|larger)\s+than\b|"
                           r"\s*(?:\w+\s+)?lebih\s+(?:banyak|tinggi|rendah|sedikit|besar|kecil)\s+(?:dari|daripada|dibanding)",
                           re.IGNORECASE)


# "raised its benchmark rate by 25 basis points", "menaikkan suku bunga acuan sebesar 25 basis poin": a verb of
# change with its object, then "by"/"sebesar"
_CHANGE_BY = re.compile(r"(?<![\w-])(?:rais\w*|lower\w*|cut\w*|increas\w*|decreas\w*|reduc\w*|hik\w*|boost\w*|"
                        r"menaikkan|menurunkan|memangkas|mengurangi|menambah)\b[^.;,]{0,60}?\s(?:by|sebesar|sebanyak)\s+"
                        r"(?:a\s+total\s+of\s+|total\s+|another\s+|lagi\s+)?(?:sekitar\s+|about\s+|around\s+)?$", re.IGNORECASE)


def _is_change(text: str, it: _Item) -> bool:
    start = it.qstart if it.qstart >= 0 else it.start
    head = text[max(0, start - 100) : start]
    return bool(_CHANGE_BEFORE.search(head[-40:]) or _CHANGE_BY.search(head) or _CHANGE_AFTER.match(text, it.tail))


def _planned(sent: _Sentence, it: _Item) -> bool:
    """A figure in a plan, a target or a forecast ("berencana membangun 1.000 rumah", "1,000 troops will be
    sent", "akan dikirim 800 tentara") is not what has happened."""
    for s, e, _, _ in _find(lexicon().cues["plan"], sent.text, sent.langs):
        if e <= it.qstart and sent.cost(e, it.qstart, owner=it.index) <= PLAN_REACH:
            return True
        if s >= it.tail and sent.cost(it.tail, s, owner=it.index) <= 1.0:
            return True
    return False


_CONTEXT_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _context(text: str, start: int, end: int, n: int = 3) -> tuple[str, ...]:
    """The words right before a figure's phrase and right after it, as "l:…" and "r:…", so figures in the same
    position of like phrasing can be recognised even when nothing says what they count."""
    left = [w.lower() for w in _CONTEXT_WORD.findall(text[max(0, start - 60) : start])][-n:]
    right = [w.lower() for w in _CONTEXT_WORD.findall(text[end : end + 60])][:n]
    return tuple(["l:" + w for w in left] + ["r:" + w for w in right])


EVENT_REACH = 6.0
_SERVICE_AFTER = re.compile(r"\s+(?:officials?|department|services?|chiefs?|authorit(?:y|ies)|fighters?|brigades?|"
                            r"stations?|agency|crews?|trucks?|engines?)\b", re.IGNORECASE)
_SERVICE_BEFORE = re.compile(r"(?:pemadam|damkar|penanggulangan)\s+$", re.IGNORECASE)


def _service(text: str, start: int, end: int) -> bool:
    """Is an incident word the name of a service ("fire officials", "pemadam kebakaran"), not an incident?"""
    return bool(_SERVICE_AFTER.match(text, end) or _SERVICE_BEFORE.search(text[max(0, start - 20) : start]))


def _figure_events(sent: _Sentence, it: _Item, preds: list[_Mention]) -> tuple[str, ...]:
    """The events named in a figure's clause ("korban meninggal akibat gempa dan tsunami": quake, tsunami;
    "the civil war killed 80,000": war), so a background toll of another event is not compared with this one's."""
    found = set()
    for p in preds:
        info = predicate_class(p.label)
        if not info.get("incident") or p.label.endswith(".planned") or _service(sent.text, p.start, p.end):
            continue  # "fire officials said", "petugas pemadam kebakaran": who speaks, not what happened
        c = _reach(sent, p, it.start, it.tail, it.index)
        if it.predicate is not None and it.predicate.start >= 0:
            c = min(c, _reach(sent, p, it.predicate.start, it.predicate.end, it.index))
        if c <= EVENT_REACH:
            found.add(p.label)
    # a police raid or an operation named in the figure's clause ("Dua orang tewas dalam operasi tersebut", "two
    # killed in the raid"): its toll is not the attacks' however the lead names them
    clause = max([0] + [m.end() for m in _PUNCT.finditer(sent.text[: it.start])])
    for s, e, cls, _ in _find(lexicon().activities, sent.text, sent.langs):
        if cls in ("police", "operation") and s >= clause and not _PUNCT.search(sent.text[min(e, it.end) : max(s, it.start)]) \
                and _reach(sent, _Mention(s, e, "activity"), it.start, it.tail, it.index) <= EVENT_REACH:
            found.add("activity:raid")  # "operasi tersebut" is the raid the article told of
    return tuple(sorted(found))


def _incident_day(sent: _Sentence, it: _Item, dates, dspans, preds: list[_Mention], events: tuple[str, ...]) \
        -> tuple[tuple[dt.date, dt.date], str] | None:
    """The day of a figure's incident when a date names it in the incident's noun phrase ("Tuesday's
    7.3-magnitude earthquake", "killed … by Tuesday's tremor"): that quake's figures, not the earlier one's."""
    for k, (ds, de) in enumerate(dspans):
        d = dates[k]
        if d.low is None or d.high is None:
            continue
        nominal = _nominal_incident(sent.text, ds, de, preds)
        if nominal is not None and nominal[0].label in events \
                and _reach(sent, nominal[0], it.start, it.tail, it.index) <= EVENT_REACH:
            return (d.low, d.high), d.text
    return None


def _clause_break_between(sent: _Sentence, it: _Item, ds: int, de: int) -> bool:
    """Does a clause break ("that", "which", "yang", "after") stand between a figure and a date ("1,187 pages,
    longer than the text that the House sent to the palace in October": October is the sending's)?"""
    a, b = (it.tail, ds) if ds >= it.tail else (de, it.start)
    words = re.findall(r"[\w'’-]+", sent.text[a:b].lower())
    return any(w in lexicon().clause_break for w in words)


OBJECT_REACH = 3.0


def _object_event(sent: _Sentence, it: _Item, preds: list[_Mention]) -> tuple[str, ...]:
    """The event whose object a figure describes, when nothing counts it ("meneken undang-undang setebal
    1.178 halaman", "The signed version runs to 1,187 pages", "menandatangani kontrak senilai …"): the pages
    of the signed law are one fact, the pages of a draft another."""
    start = it.qstart if it.qstart >= 0 else it.start
    for p in reversed(preds):
        info = predicate_class(p.label)
        if info.get("kind") != "event" or info.get("generic") or info.get("incident") or p.label.endswith(".planned"):
            continue
        if p.end <= start and not _PUNCT.search(sent.text[p.end : start]) \
                and sent.cost(p.end, start, owner=it.index) <= OBJECT_REACH:
            return (p.label,)
    return ()


def _figure_when(sent: _Sentence, it: _Item, dates, dspans, whens: list[_When],
                 discourse: "Discourse | None" = None, anchor: dt.date | None = None) \
        -> tuple[tuple[dt.date, dt.date], str] | None:
    """The date of the event a figure belongs to: written in its clause ("pada tahun 1983 hanya diikuti 1.300
    atlet"), opening the sentence ("In 2019, Widodo won 55.50 percent"), named with its event ("Pada Pilpres
    2019"); never the time the figure holds at or the day it was said."""
    best, best_cost = None, INF
    tally = it.predicate is not None and predicate_class(it.predicate.label).get("evolving")
    then = _THEN.match(sent.text)
    if then and discourse is not None and discourse.then is not None and not dspans:
        # "Pada Pilpres 2019, Prabowo … kalah. Saat itu Jokowi-Ma'ruf memperoleh 85.607.362 suara": 2019's
        return discourse.then, then.group(0).strip(" ,")
    if it.counted == "age":
        # "Prabowo, 72, … lost the 2014 and 2019 elections": an age is the person's now, unless the sentence
        # opens with its time ("In 2014, Prabowo, then 62, …")
        for k, (ds, de) in enumerate(dspans):
            d = dates[k]
            if d.low is not None and d.high is not None and _opens_sentence(sent.text, ds) \
                    and re.match(r"[\s)]*,", sent.text[de:]):
                return (d.low, d.high), d.text
        return None
    for k, (ds, de) in enumerate(dspans):
        d = dates[k]
        if d.low is not None and de <= it.start and _WHEN_CLAUSE.match(sent.text, de) \
                and re.search(r"\d{4}\s*$", sent.text[ds:de]) \
                and not any(de <= s0 < it.start for s0, _ in dspans) and not _CLAUSE_END.search(sent.text, de, it.start):
            # "since 1990, when 1,426 pilgrims died", "sejak 2004, ketika tsunami menewaskan …": that year's
            return (d.low, dt.date(d.low.year, 12, 31) if d.high is None or d.granularity != "day" else d.high), d.text
        if d.low is None or d.high is None or any(w.start <= ds and de <= w.end for w in whens):
            continue
        opening = _opens_sentence(sent.text, ds) and re.match(r"[\s)]*,", sent.text[de:])
        # a year, or a day long before the report, is never the time a running tally is counted at: it dates
        # the event ("in 1999 a quake of magnitude 7.6 near Izmit killed more than 17,000 people")
        past = d.granularity in ("year", "range", "decade") or (
            anchor is not None and (anchor - d.high).days > PAST_DAYS)
        clause = _clause_start(sent.text, ds)
        opens_clause = past and _opens_sentence(sent.text[clause:], ds - clause) \
            and clause <= it.start and not _CLAUSE_END.search(sent.text, de, it.start)
        if tally and not opening and not past:
            continue  # a running tally's days are when it was counted, not which event it counts
        c = _reach(sent, _Mention(ds, de, "date"), it.start, it.tail, it.index)
        if opening or opens_clause:
            c = min(c, 3.0)  # "In 2019, …", "in 1999 a quake … killed …": the whole sentence or clause
        elif past and de <= it.start and _dates_its_verb(sent.text, de, it):
            # "jatuh di Guam pada 1997 dan menewaskan 228 orang", "crashed near Busan in 2002, killing 129": the
            # year of a recalled incident whose own verb counts the figure
            c = min(c, 3.0)
        if c <= 3.0 and c < best_cost:
            best, best_cost = d, c
    evolving = it.predicate is not None and predicate_class(it.predicate.label).get("evolving")
    if best is None and not evolving:
        # one event date in the sentence frames all of it ("Kurang dari seribu atlet menjadi peserta
        # Kejuaraan Dunia Atletik tahun 1983"); a running tally's dates are its as-of times instead
        occasion = it.predicate is not None and predicate_class(it.predicate.label).get("occasion")
        events = [dates[k] for k, (ds, de) in enumerate(dspans) if dates[k].low is not None and dates[k].high is not None
                  and dates[k].granularity in ("day", "weekday", "month", "year")
                  and not any(w.start <= ds and de <= w.end and (w.basis == "explicit" or not occasion) for w in whens)
                  # not across another figure: "1,187 pages, longer than the 812-page text that the House sent …
                  # in October" dates the 812 pages
                  and (_opens_sentence(sent.text, ds)
                       or (_reach(sent, _Mention(ds, de, "date"), it.start, it.tail, it.index) < INF
                           and not _clause_break_between(sent, it, ds, de)))]
        if len(events) == 1:
            best = events[0]  # for an occasion, even the day it was reported ("… pada puncaknya, Minggu (16/6)")
    if best is not None:
        return (best.low, best.high), best.text
    for year in _EVENT_YEAR.finditer(sent.text):
        # an event named with its year frames the figures of its own clause ("the 1939 Erzincan earthquake,
        # which killed about 33,000"), not another figure of the sentence ("31,643 deaths …, nearing the toll of
        # the 1939 Erzincan earthquake")
        if _reach(sent, _Mention(year.start(), year.end(), "date"), it.start, it.tail, it.index) > PREDICATE_REACH \
                and not _opens_sentence(sent.text, year.start()):
            continue
        if year.end() <= it.start and _CONTRAST.search(sent.text, year.end(), it.start):
            continue  # "The 1995 Kobe quake killed 6,434, while this one has killed 10,000": this one's
        y = int(year.group(1) or year.group(2))
        return (dt.date(y, 1, 1), dt.date(y, 12, 31)), year.group(0).strip()
    if discourse is not None and discourse.occasion is not None and it.predicate is not None \
            and predicate_class(it.predicate.label).get("occasion"):
        return discourse.occasion, "the occasion dated before"  # "polisi menyebut jumlah peserta … 338.000 orang"
    return None


_VERB_LINK = re.compile(r"[\s)]*(?:,\s*)?(?:(?:dan|serta|yang|and|which|that)\s+)?(?:(?:telah|sudah|had|has|have)\s+)?$",
                        re.IGNORECASE)


# "96 jenazah telah diserahkan", "four bodies had been released": a verb right after the figure's phrase is its own
_OWN_VERB_GAP = re.compile(r"\s*(?:(?:telah|sudah|juga|have|has|had|been|were|was|are|is)\s+){0,2}", re.IGNORECASE)


def _dates_its_verb(text: str, date_end: int, it: _Item) -> bool:
    """Does a date lead straight into the verb of a figure's predicate, joined by at most "dan"/"yang"/"and"/
    "which"/a comma (so the date and the figure are one clause's event and its toll)?"""
    pred = it.predicate
    return pred is not None and date_end <= pred.start < it.start and bool(_VERB_LINK.match(text[date_end:pred.start]))


_CONTRAST = re.compile(r"\b(?:while|whereas|but|sedangkan|sementara|namun|tetapi|tapi)\b|;", re.IGNORECASE)
# a sentence set at the time the one before it dated: "Saat itu", "Ketika itu", "At the time", "Back then"
_THEN = re.compile(r"\s*(?:(?:pada\s+)?(?:saat|ketika|waktu|kala|masa)\s+itu|at\s+(?:the|that)\s+time|back\s+then)"
                   r"\b\s*,?", re.IGNORECASE)
_WHEN_CLAUSE = re.compile(r"[\s)]*,?\s*(?:when|ketika|saat|tatkala|manakala)\b", re.IGNORECASE)
PAST_DAYS = 180  # a date this long before the report dates an event, not the time a tally is counted at
_CLAUSE_END = re.compile(r";|(?<!\d):|:(?!\d)")


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last ";" or ":" before it (not a time's colon)."""
    return max([0] + [m.end() for m in _CLAUSE_END.finditer(text, 0, pos)])


def carry_lead_time(sentences: list[tuple[tuple[Quantity, ...], tuple[DateMention, ...]]]) \
        -> list[tuple[tuple[Quantity, ...], tuple[DateMention, ...]]]:
    """A report's figures hold at the time its lead gives. The first explicit as-of time of day on the
    publication day ("hingga Minggu (5/12/2021) pukul 09.00 WIB") carries to the later running tallies of the
    article that are dated only by the publication ("Sebanyak 902 warga mengungsi").

    Likewise the earlier report a lead compares with ("has risen to 430, … a slight increase from 429 on
    Tuesday") is the one later earlier values of the article come from ("The number of injured rose to 1,495
    from 1,485"): they hold on its day."""
    lead: AsOf | None = None
    before: AsOf | None = None
    out = []
    for qs, ds in sentences:
        new = []
        for q in qs:
            f = q.frame
            if f is not None and f.as_of is not None:
                a = f.as_of
                if lead is None and a.basis == "explicit" and a.minute is not None and f.role == "current":
                    lead = a
                elif lead is not None and a.basis == "published" and a.day == lead.day and f.evolving:
                    q = replace(q, frame=replace(f, as_of=AsOf(lead.day, lead.minute, lead.text, "lead")))
                if f.role == "previous" and f.evolving:
                    if before is None and a.basis == "explicit" and a.day is not None:
                        before = a
                    elif before is not None and a.basis == "previous" and (a.day is None or before.day <= a.day):
                        q = replace(q, frame=replace(f, as_of=AsOf(before.day, before.minute, before.text, "explicit")))
            new.append(q)
        out.append((tuple(new), ds))
    return out


# "Pilpres 2019", "the 2004 tsunami", "Olimpiade 2020": an event named with its year
_EVENT_YEAR = re.compile(r"(?:(?<![\w-])(?:Pilpres|Pemilu|Pileg|Pilkada|[Ee]lections?|Olimpiade|Olympics|Piala Dunia|"
                         r"World Cup|Asian Games|SEA Games|[Ss]ensus(?:\s+[Pp]enduduk)?|[Cc]ensus|"
                         # an incident named with its year: "gempa Izmit 1999", "tsunami Aceh 2004"
                         r"(?:[Gg]empa(?:\s+bumi)?|[Tt]sunami|[Bb]anjir|[Ee]rupsi|[Ll]etusan|[Qq]uake|[Ee]arthquake|"
                         r"[Ee]ruption|[Ff]lood|[Tt]ragedi|[Kk]ebakaran|[Ll]edakan|[Cc]rush|[Ss]tampede|[Dd]isaster)"
                         r"(?:\s+[A-Z][\w-]+){0,2})(?:\s+of)?\s+((?:1[5-9]|20)\d\d)\b"
                         # "the 2004 tsunami", "a 1990 crush in a tunnel"
                         r"|\b(?:[Tt]he|[Aa]n?)\s+((?:1[5-9]|20)\d\d)\s+(?=\w))")
# a tally's two numbers: "voted 287 to 55", "the vote was 188-6", "passed 63 to 36", "disahkan dengan 130 suara
# berbanding 4", "a 400-10 vote"; the vote words are lexicon.py's (numbers.py reads a dash tally by the same)
_TALLY_JOIN = r"(?:to|-|–|banding|berbanding|lawan|versus|vs\.?)"
_TALLY_CUE = re.compile(rf"(?<![\w-])(?:(?P<noun>{L.alternation(L.VOTE_NOUNS)})|(?P<approve>{L.alternation(L.VOTE_APPROVE)})"
                        rf"|(?P<reject>{L.alternation(L.VOTE_REJECT)}))\b(?=[^.;]{{0,40}}$)", re.IGNORECASE)
_VOTE_NOUN = re.compile(rf"(?<![\w-])(?:{L.alternation(L.VOTE_NOUNS)})(?![\w-])", re.IGNORECASE)
# "a 400-10 vote", "188-6 margin": the vote named after the tally
_TALLY_NOUN_AFTER = re.compile(r"\s+(?:vote|votes|margin|suara)\b", re.IGNORECASE)
# "passed 63 to 36", "approved it 63 to 36", "passed the bill 63 to 36": the counts right after the verb, its object
# at most between; "approved cutting the rate … 6 to 5.75" is no tally
_BARE_COUNT = re.compile(r"\s+(?:(?:it|them|the\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+)?(?:by\s+|dengan\s+)?$", re.IGNORECASE)
# "from 6 to 5.75 percent", "dari sekitar 18": the first figure is where a change started, not a count of votes
_FROM_BEFORE = re.compile(r"(?<![\w-])(?:from|dari)\s+(?:(?:about|around|some|sekitar|kurang\s+lebih)\s+)?$", re.IGNORECASE)
# "passed by 287 votes to 55", "by 551 votes to six", "dengan 287 suara berbanding 55"
_VOTES_TO = re.compile(rf"\d[\d.,]*\s*(?:votes?|suara)\s*(?:{_TALLY_JOIN}|against)\s*(?:\d|[^\W\d_]+\b)", re.IGNORECASE)
_TALLY_GAP = re.compile(rf"\s*(?:(?:votes?|suara)\s*)?(?:{_TALLY_JOIN}|against)\s*", re.IGNORECASE)
# a category written right after a vote count: "six against", "55 opposed", "188 in favour", "63 for"
_CATEGORY_AFTER = re.compile(r"\s*(?:(?:votes?|members?|lawmakers?|suara)\s+)?(?:(?P<against>against|opposed)\b"
                             r"|(?P<for>in\s+favou?r|for(?=\s*(?:[,;.)]|and\b|dan\b|$))))", re.IGNORECASE)
# the count a bill was approved by is its votes in favour: "disetujui 130 suara", "approved it by 551 votes",
# "mengesahkan RUU itu … dengan 300 suara", "passed with 300 votes"
_APPROVED_BY = re.compile(rf"(?<![\w-])(?:{L.alternation(L.VOTE_APPROVE)})\b"
                          r"(?:[^.;:]{0,40}?\b(?:by|with|dengan|oleh))?\s+"
                          r"(?:(?:a\s+total\s+of|sebanyak|total)\s+)?$", re.IGNORECASE)


# the country whose chamber votes, named with the vote or the chamber: "The Hungarian vote", "Turkey's parliament",
# "Hungary's lawmakers", "parlemen Hungaria", "pemungutan suara di parlemen Turki"
_VOTE_COUNTRY = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\s+(?:(?:national|upper|lower|parliamentary)\s+)?(?:vote|ballot|"
                           r"parliament|lawmakers|legislators|legislature|assembly|MPs|deputies|senators|senate)\b|"
                           r"\b(?:parlemen|pemungutan\s+suara|voting|legislatif|senat)\s+(?:di\s+)?([A-Z][a-z]+)\b")


def _vote_country(text: str, it: _Item) -> _Mention | None:
    """The country a vote count is of, when its sentence names the vote or the chamber by its country before it
    ("The Hungarian vote was 188-6"): two countries' votes are two facts."""
    start = it.qstart if it.qstart >= 0 else it.start
    for m in reversed(list(_VOTE_COUNTRY.finditer(text, 0, start))):
        word, demonym = (m.group(1), True) if m.group(1) else (m.group(2), False)
        country = _country_of(word, demonym=demonym) or _country_of(word, demonym=not demonym)
        if country:
            return _Mention(m.start(), m.end(), "actor", country, word)
    return None


@lru_cache(maxsize=1)
def _rate_periods() -> dict[str, _Phrases]:
    cues = _load("frame_cues.json")["rate_periods"]
    return {lang: _compile({w: pid for pid, info in cues.items() if not pid.startswith("_") for w in info.get(lang, [])})
            for lang in LANGS}


def _rate_period(sent: _Sentence, it: _Item, items: list[_Item], fig_ok: list[bool]) -> str | None:
    """The period a percentage's rate is measured over: a period word right after it ("5,05 persen (yoy)", "1.2%
    quarter-on-quarter", "0,03 persen secara bulanan"), else one just before it in its clause with no other
    figure between ("inflasi tahunan … 2,84 persen", "Annual inflation eased to 2.84%")."""
    text = sent.text
    start = it.qstart if it.qstart >= 0 else it.start
    end = max(it.end, it.qend)
    others = [o.start for o, ok in zip(items, fig_ok) if ok and o is not it]
    found = _find(_rate_periods(), text, sent.langs)
    after = [(s, pid) for s, e, pid, _ in found if end <= s <= end + 16 and not re.search(r"[;.]|,\s", text[end:s])
             and not any(end <= o < s for o in others)]
    if after:
        return after[0][1]
    before = [(e, pid) for s, e, pid, _ in found if e <= start and start - e <= 40
              and not re.search(r"[;]|,\s|\b(?:while|whereas|sedangkan|sementara|and|dan)\b", text[e:start])
              and not any(e <= o < start for o in others)]
    return before[-1][1] if before else None


def _vote_sentence(text: str, items: list[_Item]) -> bool:
    """Does the sentence count votes: a vote count or a vote category in it?"""
    return any(it.counted == "vote" or (it.predicate is not None and predicate_class(it.predicate.label).get("counted") == "vote")
               for it in items)


def _tally(sent: _Sentence, a: _Item, b: _Item) -> bool:
    """Are two neighbouring counts one vote's tally, for then against? Joined as a tally is ("287 to 55", "188-6",
    "130 suara berbanding 4"), with the votes named ("by 551 votes to six", "a 400-10 vote") or a vote word before
    them: "to" joins a tally only after a vote noun ("voted 287 to 55") or right after the approving verb ("passed
    63 to 36"), else "approved cutting the voting age from 18 to 17" would be one; never when the first figure is
    where a change starts ("from 6 to 5.75"); a verb that also tells a match ("defeated", "rejected") only in a
    sentence naming a vote or a voting body ("Indonesia defeated Vietnam 3-0" is a score)."""
    text = sent.text
    gap = _TALLY_GAP.fullmatch(text, a.end, b.start)
    if gap is None:
        return False
    if _VOTES_TO.match(text, a.start):
        return True
    start = a.qstart if a.qstart >= 0 else a.start
    if _FROM_BEFORE.search(text, max(0, start - 30), start):
        return False
    cues = list(_TALLY_CUE.finditer(text, max(0, start - 45), start))
    if not cues:
        return bool(_TALLY_NOUN_AFTER.match(text, b.end))
    cue = cues[-1]
    lex = lexicon()
    if any(cue.end() <= s0 and e0 <= start for kind in ("rise", "fall") for s0, e0, _, _ in _find(lex.cues[kind], text, sent.langs)):
        return False  # "approved lowering … 18 to 17" read as a change, had a cue said so
    if cue.group("reject") and not (_VOTE_NOUN.search(text) or _body_mentions(text, sent.langs)
                                    or _legislature_mentions(text, sent.langs)):
        return False
    if re.fullmatch(r"\s*to\s*", gap.group(0), re.IGNORECASE):
        return bool(cue.group("noun") or (cue.group("approve") and _BARE_COUNT.fullmatch(text, cue.end(), start))
                    or _TALLY_NOUN_AFTER.match(text, b.end))
    return True


def _vote_categories(sent: _Sentence, fig_items: list[_Item]) -> list[tuple[_Item, _Item]]:
    """The category of each vote count (for, against, abstained: a figure of one category is never another's).
    A tally's two numbers are paired by position ("Lawmakers voted 287 to 55 in favour", "The vote was 188-6",
    "dengan 287 suara berbanding 55": for, against); a category word right after a count is its own ("188 votes
    in favour and six against"); and the count a bill was approved by, with no category of its own, is its votes
    in favour ("disetujui 130 suara, 4 menolak, 18 abstain", "approved it by 551 votes"). Returns the tallies, each
    a pair of counts one body cast."""
    text = sent.text
    paired: set[int] = set()
    tallies = []
    for a, b in zip(fig_items, fig_items[1:]):
        if a.index not in paired and _tally(sent, a, b):
            a.predicate = _Mention(-1, -1, "predicate", "voted_for", "voted for")
            b.predicate = _Mention(-1, -1, "predicate", "voted_against", "voted against")
            paired |= {a.index, b.index}
            tallies.append((a, b))
            for x in (a, b):
                if x.counted is None or x.counted_how in ("elided", None):
                    x.counted, x.counted_how = "vote", "subject"
    if not _vote_sentence(text, fig_items):
        return tallies
    for it in fig_items:
        if it.index in paired:
            continue
        m = _CATEGORY_AFTER.match(text, it.end)
        if m is None and it.qend > it.end:
            m = _CATEGORY_AFTER.match(text, it.qend)
        if m is not None:
            label = "voted_against" if m.group("against") else "voted_for"
            it.predicate = _Mention(m.start(m.lastgroup), m.end(), "predicate", label, m.group(m.lastgroup))
            if it.counted is None or it.counted_how in ("elided", None) or counted_family(it.counted) == "people":
                it.counted, it.counted_how = "vote", it.counted_how or "subject"
            continue
        category = it.predicate is not None and predicate_class(it.predicate.label).get("counted") == "vote" \
            and it.predicate.label != "voted_for"
        start = it.qstart if it.qstart >= 0 else it.start
        if it.counted == "vote" and not category and _APPROVED_BY.search(text, max(0, start - 80), start) \
                and (it.predicate is None or predicate_class(it.predicate.label).get("kind") != "count"):
            it.predicate = _Mention(-1, -1, "predicate", "voted_for", "voted for")
    return tallies


_THAT_FIGURE = re.compile(r"^(?:[^.!?\n]{0,45}?\s(?:--|[-–—])\s)?(?:angka|jumlah|data|jumlah korban)"
                          r"(?:\s+(?:di|untuk|dari)\s+[^.,;]{1,40}?)?\s+(?:itu|tersebut|ini)\b|"  # "Angka di Hulu Sungai Tengah itu"
                          r"^(?:the|that|this)\s+(?:figure|number|toll|tally|total)\b(?!\s+of\b)", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"(?:pasangan(?:\s+(?:calon|capres-cawapres))?(?:\s+nomor\s+urut\s+\d+)?\s+(?:itu|tersebut|ini)|keduanya|mereka|ia|dia|"
    r"beliau|he|she|they|the\s+(?:pair|duo|couple|ticket))\b", re.IGNORECASE)
_PART_OF_DAY = re.compile(r"\s+(?:\w+\s+){0,2}?(?:in\s+the\s+(?:morning|afternoon|evening)|overnight|on\s+\w+\s+(?:morning|"
                          r"afternoon|evening|night)|(?:pada\s+)?(?:pagi|siang|sore|malam)\s+hari|pada\s+\w+\s+(?:pagi|siang|"
                          r"sore|malam))\b", re.IGNORECASE)


def _counts_incidents(counted: str | None) -> bool:
    """"Six blasts", "67 longsor": a count of incidents grows as they happen."""
    return bool(counted and counted.startswith("event:") and predicate_class(counted[6:]).get("incident"))


_THING_SUBJECT = re.compile(r"(?:(?:kebanyakan|sebagian besar|rata-rata|most|the|an?|average)\s+)?"
                            r"((?:[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,2}?)(?=\s+(?:memiliki|mempunyai|ber\w+|setinggi|"
                            r"sepanjang|seberat|seluas|sedalam|\w+nya|adalah|ialah|yang|has|have|had|is|are|was|were|"
                            r"weighs?|weighed|stands?|measures?|measured|reach(?:es|ed)?|"
                            r"terletak|ditemukan|lay|lies|sits|sat|located|situated)\b)", re.IGNORECASE)


def _thing_subject(sent: _Sentence, it: _Item) -> _Mention | None:
    """The common noun a measure's sentence opens with ("Kebanyakan simpanse jantan memiliki berat 70 kg",
    "The dam is 45 metres high"): what the measure is of, when no name says it."""
    at = _OPENER.match(sent.text).end()
    m = _THING_SUBJECT.match(sent.text, at)
    if m is None or m.end(1) > it.start:
        return None
    words = [w for w in m.group(1).lower().split() if w not in _function_words()]
    if not words or any(w in lexicon().skip for w in words):
        return None
    return _Mention(m.start(1), m.end(1), "actor", "thing:" + " ".join(words), m.group(1))


_TIME_PREP = re.compile(r"(?<![\w-])(?:pada|on|sejak|since)\s+(?:hari\s+|tanggal\s+)?$", re.IGNORECASE)
_PREP_BEFORE = re.compile(r"(?<![\w-])(?:dalam|in|during|selama|akibat|from|by|oleh|karena)\s+(?:the\s+)?$", re.IGNORECASE)
_AT_PLACES = re.compile(r"\s+(?:at|in)\s+((?:[a-z]+\s+)?[a-z]+s)\b(?=\s+(?:packed|full|filled|in|and|across|around|\w+ed)\b|[,.;])")
_DATELINE = re.compile(r"^[^.!?\n]{0,45}?\s(?:--|[-–—])\s")
_MOUNTAIN = re.compile(rf"(?<![\w-])(?:Mount|Mt\.?|Gunung)\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)")
# "Gunung setinggi 3.676 meter itu", "Gunung api tersebut", "The volcano": the mountain named before
_MOUNTAIN_ANAPHOR = re.compile(r"(?:gunung(?:\s+api)?\b(?:[^.;,]|[.,](?=\d)){0,40}?\s(?:itu|tersebut|ini)|the\s+(?:volcano|mountain))\b",
                               re.IGNORECASE)
_OPENER = re.compile(r"^(?:[^.!?\n]{0,45}?\s(?:--|[-–—])\s)?(?:(?:di posisi \w+|saat itu|sementara itu|selain itu|meanwhile|"
                     r"in second place|in third place),?\s+)?", re.IGNORECASE)


def _resolve_office(a: _Mention, discourse: "Discourse") -> _Mention:
    """A body without a name ("anggota parlemen", "lawmakers") is the one the article last named."""
    if a.label in lexicon().generic_actors and not isinstance(a.extra, str):
        named = discourse.office(a.label)
        if named is not None:
            return _Mention(a.start, a.end, "actor", named[0], named[1], a.label)
    return a


_HEAD_NOUNS = re.compile(r"(?:(?:the|a|an)\s+)?(?:[A-Za-z][a-z-]+\s+){1,3}")


def _subject_actor(sent: _Sentence, actors: list[_Mention], number_spans, antecedent) -> _Mention | None:
    """The actor that opens the sentence, or the name an anaphoric opener refers to."""
    text = sent.text
    at = _OPENER.match(text).end()
    first_number = min((s for s, _ in number_spans), default=len(text))
    for a in actors:
        if a.start >= first_number:
            break
        if sent.cost(at, a.start, walls=False) <= 1.0 and a.start < first_number:
            return a
        if _HEAD_NOUNS.fullmatch(text, at, a.start) and not _is_predicate_word(text[at : a.start].strip(), sent.langs) \
                and not _ID_VERB.search(text[at : a.start]):
            return a  # "Kapal selam KRI Nanggala-402 …", "The German-built submarine Nanggala …": a noun and its name
    m = _ANAPHOR.match(text, at)
    if m and antecedent is not None and m.end() <= first_number:
        return _Mention(m.start(), m.end(), "actor", antecedent[0], antecedent[1])
    return None


@dataclass(frozen=True)
class Discourse:
    """What earlier sentences of an article settle for later ones: the last person or party named (what
    "Pasangan nomor urut 2 itu" or "He" refers to) and the last name each body was given ("Parlemen
    Hungaria" makes a later "anggota parlemen" Hungary's)."""

    antecedent: tuple[str, str] | None = None
    offices: tuple[tuple[str, tuple[str, str]], ...] = ()
    proper: frozenset[str] = frozenset()  # words the article capitalises inside sentences: names
    incidents: tuple[str, ...] = ()  # what the article's lead is about (quake, tsunami): a figure's default
    story_places: tuple[str, ...] = ()  # where the lead says its incident happened: the story's incident's names
    fact: tuple[str, str | None] | None = None  # the last figure's predicate and counted thing: "Angka itu"
    mountain: tuple[str, str] | None = None  # the last mountain named: what "Gunung … itu", "the volcano" is
    holder: str | None = None  # the candidate an article last named by role or ballot number: who "Keduanya" is
    body: str | None = None  # the voting body an article last named: whose votes "RUU tersebut disetujui dengan 63 suara" are
    occasion: tuple[dt.date, dt.date] | None = None  # the day of the last dated occasion's figure ("2 juta orang
    # turun ke jalan … pada Minggu"): the day a later "jumlah peserta … 338.000 orang" counts
    then: tuple[dt.date, dt.date] | None = None  # the event time the last dated figure belongs to ("Pada Pilpres
    # 2019, … 44,50 persen"): the time a later "Saat itu", "At the time" refers to

    @staticmethod
    def of_article(texts: list[str], language: str | None = None) -> "Discourse":
        """What holds for a whole article: its proper nouns (capitalised words that do not open their
        sentence) and the incidents its lead names."""
        proper = set()
        for t in texts:
            for m in re.finditer(r"(?<=[\w,;:)] )([A-Z][\w'’-]+)", t):
                proper.add(m.group(1).lower())
        incidents: set[str] = set()
        for t in texts[:2]:
            # the lead's own clause: "Bombs tore through churches …, killing 207 …, the worst violence since its
            # civil war ended" is about the bombs
            dateline = _DATELINE.match(t)
            head = re.split(r";|\b(?:since|sejak|unlike|seperti|while|whereas)\b|,\s*(?:sementara|sedangkan)\b",
                            t[dateline.end() if dateline else 0 :])[0]  # not "Data sementara" (temporary data)
            incidents = {cls for s0, e0, cls, _ in _find(lexicon().predicates, head, _langs(language))
                         if predicate_class(cls).get("incident") and not _service(head, s0, e0)}
            if incidents:
                # the places the lead gives its incident ("the tsunami in the Sunda Strait", "the tsunami that
                # swept the coasts of Banten and Lampung") name the story's incident, however the outlet names it
                # not a past incident the lead names in passing ("nearing the toll of the 1939 Erzincan earthquake")
                story = {p.label for p in _places(_Sentence(head, _langs(language)), [])
                         if (p.extra if isinstance(p.extra, str) else p.extra[1]) == "event"
                         and not re.search(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", head[max(0, p.start - 12) : p.end + 12])}
                return Discourse(proper=frozenset(proper), incidents=tuple(sorted(incidents)),
                                 story_places=tuple(sorted(story)))
        return Discourse(proper=frozenset(proper), incidents=tuple(sorted(incidents)))

    def office(self, label: str) -> tuple[str, str] | None:
        return dict(self.offices).get(label)

    def after(self, text: str, language: str | None) -> "Discourse":
        """This discourse updated with one more sentence."""
        langs = _langs(language)
        sent = _Sentence(text, langs)
        places = _places(sent, [])
        own = _lexicon_own_words()
        actors = _actors(sent, [(p.start, p.end) for p in places], own, self.proper)
        offices = dict(self.offices)
        antecedent = self.antecedent
        for a in actors:
            if isinstance(a.extra, str):
                offices[a.extra] = (a.label, a.text)
            words = [w.lower().strip(",.") for w in a.text.replace("-", " ").split()]
            if not a.label.startswith("@") and (len(a.text.split()) > 1 or "-" in a.text) \
                    and not any(w in own or w in L.TITLE_WORDS for w in words):
                antecedent = (a.label, a.text)
        mountain = self.mountain
        for m in _MOUNTAIN.finditer(text):
            mountain = (place_key(m.group(1)), m.group(1))
        # the sentence's first candidate named by role or number is its subject ("Pasangan calon nomor urut 2
        # tersebut berhasil menumbangkan … petahana"): what a later "Keduanya" is
        named = _holder_mentions(text, langs)
        holder = named[0][2] if named else self.holder
        bodies = _body_mentions(text, langs)
        return replace(self, antecedent=antecedent, offices=tuple(sorted(offices.items())), mountain=mountain,
                       holder=holder, body=bodies[-1][2] if bodies else self.body)

    def with_fact(self, quantities) -> "Discourse":
        """This discourse after a sentence with these framed figures: the first one's fact is "that figure"."""
        out = self
        for q in quantities:
            f = q.frame
            if f is not None and f.predicate and f.when is not None and f.role == "current" \
                    and predicate_class(f.predicate).get("occasion"):
                out = replace(out, occasion=f.when)
                break
        for q in quantities:
            f = q.frame
            if f is not None and f.when is not None and f.role == "current":
                out = replace(out, then=f.when)
                break
        for q in quantities:
            f = q.frame
            if f is not None and f.predicate and f.role == "current":
                return replace(out, fact=(f.predicate, f.counted))
        return out


def _named(attribution: Attribution | None) -> str | None:
    return attribution.speaker if attribution is not None and attribution.kind != "pronoun" else None


def _is_previous(sent: _Sentence, it: _Item, change: bool) -> bool:
    """Is the figure an earlier value ("dari 19" in a sentence that says the toll rose, "up from 41",
    "sebelumnya 47")?"""
    before = sent.text[max(0, it.start - 40) : it.start]
    if _PREVIOUS_ALONE.search(before):
        return True
    return change and bool(_PREVIOUS_WITH_CHANGE.search(before))


_BASE = re.compile(r"(?:\d[\d.,]*\s*(?:%|persen|percent)?|seperempat|sepertiga|setengah|separuh|sebagian|sebagian besar|"
                   r"quarter|third|half|most|majority|some|two|three|four|five|dua|tiga|empat|lima)\s+(?:dari|of)\s+"
                   r"(?:the\s+)?(?:total\s+)?(?:(?:[\w-]+\s+){0,2}[\w'’-]+['’]s\s+)?$", re.IGNORECASE)
_POPULATION = re.compile(r"(?:(?:city|town|village|country|nation|island|province|region)\s+of|population\s+of|home\s+to|"
                         r"berpenduduk|dihuni(?:\s+oleh)?|(?:jumlah\s+)?penduduk(?:nya)?(?:\s+\w+){0,3}|populasi(?:nya)?)\s*"
                         r"(?:sekitar|about|around|some|more\s+than|lebih\s+dari|lebih\s+kurang|kurang\s+lebih|nearly|hampir)?\s*$",
                         re.IGNORECASE)
# "Jumlah penari tari piring … tujuh orang", "The number of people displaced rose to 3,697": the noun the
# clause counts, before a figure that counts "orang"
_NUMBER_OF = re.compile(r"(?:^|[\s,])(?:jumlah|the number of|total)\s+([a-z][\w-]+)(?:\s+[\w-]+){0,6}?\s+"
                        r"(?:mencapai|menjadi|berjumlah|sebanyak|adalah|ialah|yakni|rose to|reached|stood at|was|is|"
                        r"tercatat|biasanya|umumnya|sekitar|terdiri dari)(?:\s+[\w-]+){0,4}?\s*$", re.IGNORECASE)
# "as high as three metres", "as tall as six meters", "as many as 300": a maximum, not a measurement
_AS_HIGH_AS = re.compile(r"(?<![\w-])as\s+(?:high|tall|many|much|deep|long|large|far)\s+as\s*$", re.IGNORECASE)
_ELSEWHERE = re.compile(r"(?<![\w-])(?:elsewhere|di tempat lain|di lokasi lain|di daerah lain|di wilayah lain)(?![\w-])", re.IGNORECASE)

_VALUE_VERB = re.compile(
    r"(?:bertambah|naik|meningkat|melonjak|turun|berkurang|direvisi(?:\s+turun)?|dikoreksi|mencapai|menjadi|tercatat|"
    r"berjumlah|sebanyak|sebesar|kini|masih|tetap|climbed|climbs|rose|risen|rises|jumped|increased|reached|reaches|"
    r"stood|stands|remained|remains|still|totall?ed|totals|was|is|now|revised(?:\s+(?:down|up|downward|upward)s?)?|"
    r"lowered|fell|dropped|corrected|hit|melampaui|melewati|menembus|mendekati|passed|exceeded|surpassed|topped|neared)"
    r"(?:\s+(?:down|up|to|at|menjadi|sebanyak|sekitar|lebih dari|at least|about|around|more than|nearly|hampir|"
    r"setidaknya|sedikitnya|some|an estimated|further))*\s*$", re.IGNORECASE)


_TO_VALUE = re.compile(r"(?<![\w-])(?:to|menjadi|jadi)\s*$", re.IGNORECASE)
_CHANGE_VERB = {
    "en": re.compile(r"(?<![\w-])(?:lowered|raised|revised|upgraded|downgraded|cut|corrected|increased|reduced|put)\b", re.IGNORECASE),
    "id": re.compile(r"(?<![\w-])(?:menurunkan|menaikkan|merevisi|mengoreksi|meralat|memperbarui|mengubah)\b", re.IGNORECASE),
}


def _implied_predicates(sent: _Sentence, number_spans) -> list[_Mention]:
    """Counted nouns that say what happened ("pengungsi" are displaced people), as predicates."""
    lex = lexicon()
    out = []
    for s, e, cls, written in _find(lex.counted, sent.text, sent.langs):
        implied = lex.counted_info.get(cls, {}).get("predicate")
        if implied and not _overlaps((s, e), number_spans):
            out.append(_Mention(s, e, "predicate", implied, written))
    return out


def _clause_subject(sent: _Sentence, it: _Item, subjects: list[_Mention], items: list[_Item]) -> _Mention | None:
    text = sent.text
    head = text[: it.start]
    q_start = it.start
    qual = re.search(r"(?:lebih dari|kurang dari|sekitar|setidaknya|sedikitnya|hampir|at least|about|around|more than|"
                     r"nearly|almost|some|over|up to|hingga)\s*$", head, re.IGNORECASE)
    if qual:
        q_start = qual.start()
    verb = _VALUE_VERB.search(text[:q_start])
    if verb is None:
        # "Indonesia has lowered the death toll from last Saturday's tsunami … to 426", "BNPB merevisi jumlah
        # korban … menjadi 426": a verb of change with its object between it and "to"/"menjadi"
        to = _TO_VALUE.search(text[:q_start])
        moved = [m for lang in sent.langs for m in _CHANGE_VERB[lang].finditer(text[: to.start()])] if to else []
        moved = [m for m in moved if not _PUNCT.search(text[m.end() : to.start()].replace(",", ""))
                 and not any(o.start >= m.end() and o.end <= to.start() for o in items)]
        if not moved:
            return None
        head = max(moved, key=lambda m: m.start())
        found = [m for m in subjects if head.end() <= m.start and m.end <= to.start()]
        return min(found, key=lambda m: m.start) if found else None
    start = max([0] + [o.end for o in items if o.end <= verb.start()] + [m.end() for m in re.finditer(r"[;:]", text[: verb.start()])])
    found = [m for m in subjects if start <= m.start and m.end <= verb.start() + 1]
    coordinate = [w.end() for w in re.finditer(r"(?<![\w-])(?:dan|and|sementara|while|sedangkan|whereas)(?![\w-])",
                                               text[start : verb.start()], re.IGNORECASE)]
    if coordinate:
        later = [m for m in found if m.start >= start + coordinate[-1]]
        found = later or found
    if not found:
        return None
    first = min(found, key=lambda m: m.start)
    # "jumlah jemaah haji yang tewas … bertambah menjadi 769 orang", "the number of pilgrims who died rose to":
    # the relative clause says what happened to the people the noun names
    verbs = [m for m in found if m.start > first.end and _RELATIVE_TO.fullmatch(text, first.end, m.start)
             and m.label != first.label]
    if verbs and first.text and _implied_by_noun(first, sent):
        return min(verbs, key=lambda m: m.start)
    return first


_RELATIVE_TO = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:yang|who|that|which)(?:\s+(?:were|was|have|had|has|telah|sudah|\s)*)?\s*",
                          re.IGNORECASE)


def _implied_by_noun(m: _Mention, sent: _Sentence) -> bool:
    """Is a subject's predicate one a counted noun implies ("jemaah", "pengungsi"), not a verb?"""
    lex = lexicon()
    return any(s == m.start and e == m.end for s, e, _c, _w in _find(lex.counted, sent.text, sent.langs)) \
        and not any(s == m.start and e == m.end for s, e, _c, _w in _find(lex.predicates, sent.text, sent.langs))


_COORDINATOR = re.compile(r"\s*,?\s*(?:atau|dan|serta|maupun|or|and|and/or|dan/atau)\s+", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"(?<![\w-])(?:(?:the|a|its|their|overall|grand)\s+total\s+(?:to|of|at|is|was|stands\s+at|rose\s+to)|"
                           r"in\s+total|(?:sehingga\s+)?total(?:nya)?\s+(?:menjadi|mencapai|sebanyak|sebesar|ada|berjumlah)|"
                           r"(?:secara\s+)?keseluruhan(?:nya)?\s+(?:menjadi|mencapai|sebanyak|berjumlah))\s*"
                           r"(?:(?:about|around|some|nearly|almost|sekitar|hampir)\s+)?$", re.IGNORECASE)


def _looks_like_magnitude(sent: _Sentence, it: _Item, q: Quantity, preds: list[_Mention]) -> bool:
    """A bare figure with one decimal between 1 and 10 in a clause about a quake is its magnitude."""
    if q.value is None or not (1 <= q.value < 10) or not re.fullmatch(r"\d[.,]\d", sent.text[it.start : it.end]):
        return False
    return any(p.label == "quake" and _reach(sent, p, it.start, it.tail, it.index) <= 3.0 for p in preds)


def _is_predicate_word(word: str | None, langs) -> bool:
    if not word:
        return False
    lex = lexicon()
    return any(s == 0 and e == len(word) for s, e, _, _ in _find(lex.predicates, word, langs))


def _nearest(sent: _Sentence, it: _Item, mentions: list[_Mention], reach: float, *, after_reach: float | None = None):
    """The mention cheapest to reach from an item (before it, or after its noun phrase), within ``reach``."""
    best, best_cost = None, INF
    for m in mentions:
        if m.end <= it.start:
            c = sent.cost(m.end, it.start, owner=it.index)
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


def _attach_places(sent: _Sentence, items: list[_Item], places: list[_Mention]) -> None:
    for p in places:
        costs = []
        for it in items:
            c = _reach(sent, p, it.start, it.tail, it.index)
            pred = it.predicate
            if pred is not None and pred.start >= 0:  # "tiba di Bulan" places what the date dates
                c = min(c, _reach(sent, p, pred.start, pred.end, it.index))
            costs.append(c)
        if not costs:
            continue
        best = min(range(len(items)), key=lambda k: costs[k])
        if costs[best] <= PLACE_REACH:
            items[best].places.append((p, True))
        else:
            # "in Turkey and Syria": a place joined to an attached one is attached with it
            for it in items:
                if any(q.end <= p.start and re.fullmatch(r"\s*(?:,|and|dan|serta|&)\s*", sent.text[q.end : p.start])
                       for q, att in it.places if att):
                    it.places.append((p, True))
                    break
    # "Di Lumajang, 34 orang meninggal dan 17 hilang", "In Palu, 1,200 died and 500 are missing": a place that
    # opens the sentence is where every figure of it is, unless one names its own
    for p in places:
        head = _OPENING_PLACE.fullmatch(sent.text[: p.start])
        if p.extra != "in" or not head or not (head.group("prep") or re.match(r"(?:di|in|at)\s", sent.text[p.start :], re.I)) \
                or not re.match(r"[^\d,;:.]{0,30},", sent.text[p.end :]):
            continue
        for it in items:
            if it.start > p.end and not any(att and (q.extra == "in" or q.extra == ("in",)) for q, att in it.places):
                it.places.append((p, True))
    # a place no figure reaches is the sentence's ("Banjir di Demak, yang ..., menewaskan 41 orang")
    unattached = [p for p in places if not any(p is q for it in items for q, _ in it.places)]
    for it in items:
        if not it.places:
            it.places = [(p, False) for p in unattached]
        else:
            it.places += [(p, False) for p in unattached if not isinstance(p.extra, tuple)]
            # the container of an attached place comes along: "di Demak, Jawa Tengah", "Ukraine's Kharkiv region"
            for p in places:
                if isinstance(p.extra, tuple) and not any(p is q for q, _ in it.places) and \
                        any((q.end <= p.start and p.start - q.end <= 3) or (q.start <= p.start and p.end <= q.end)
                            for q, _ in it.places):
                    it.places.append((p, False))


_OPENING_PLACE = re.compile(r"(?:[^.!?\n]{0,45}?\s(?:--|[-–—])\s)?\s*(?:(?:sementara(?:\s+itu)?|meanwhile|adapun)\s*,?\s*)?"
                            r"(?P<prep>(?:di|in|at)\s+)?(?:(?:the|kota|kabupaten|provinsi|desa|kecamatan|district|city|village|province)\s+)?",
                            re.IGNORECASE)
NEGATION_REACH = 0.5  # only words like "pernah", "been", "juga" may stand between a negator and what it negates


def _negated(sent: _Sentence, it: _Item, negators: list[tuple[int, int]]) -> bool:
    """Is the figure or date, or the predicate it belongs to, negated ("bukan 11.000", "tidak digelar pada
    1995", "was not held in 1995")? "tak berawak tiba" is not: an adjective stands between."""
    p = it.predicate
    for s, e in negators:
        if e <= it.start and sent.cost(e, it.start, owner=it.index) <= NEGATION_REACH:
            return True
        if p is not None and p.start >= 0 and e <= p.start and sent.cost(e, p.start, walls=False) <= NEGATION_REACH:
            if p.start < it.start or it.tail <= s:  # the negator belongs to this figure's predicate
                return True
    return False


def _as_of_phrases(sent: _Sentence, dates, dspans, times, anchor, statement) -> list[_When]:
    """Explicit as-of phrases ("hingga Selasa pukul 17.00 WIB", "as of Wednesday", "by 16:00") and statement
    days ("kata juru bicara, Selasa", "said on Tuesday"), each with its day and time of day."""
    lex = lexicon()
    text = sent.text
    out: list[_When] = []
    used_dates: set[int] = set()
    for s, e, _, cue in _find(lex.cues["as_of"], text, sent.langs):
        rest = text[e:]
        lead = re.match(r"\s*(?:hari\s+|tanggal\s+|the\s+end\s+of\s+)?", rest).end()
        at = e + lead
        day, minute, end = None, None, None
        for k, (ds, de) in enumerate(dspans):
            if ds == at or (ds > e and text[e:ds].strip() in ("", "hari", "tanggal")):
                if re.match(r"['’]s\b", text[de:]):
                    break  # "killed by Saturday's earthquake": the incident's day, not a time the figure holds at
                day, end = _day_of(dates[k]), de
                used_dates.add(k)
                part = _day_part(text, de)
                if part:
                    end, hour = part
                    minute = hour * 60
                break
        for ts, te, mins in times:
            start_from = end if end is not None else e
            if (ts < start_from < te) or (ts >= start_from and text[start_from:ts].strip(" ,") in ("", "pukul", "jam", "at")):
                minute, end = mins, te
                break
        if end is None:
            continue
        if day is None:
            # "As of 9 p.m. on Tuesday", "hingga pukul 17.00 WIB pada Selasa": the day after the time
            for k, (ds, de) in enumerate(dspans):
                if ds >= end and re.fullmatch(r"\s*(?:on|pada|,)?\s*", text[end:ds]) \
                        and not re.match(r"['’]s\b", text[de:]):
                    day, end = _day_of(dates[k]), de
                    used_dates.add(k)
                    break
        if day is None and anchor is not None and not any(k in used_dates for k in range(len(dates)) if dspans[k][0] < end and dspans[k][0] >= e):
            day = anchor  # "by 16:00": today
        out.append(_When(s, end, day, minute, text[s:end], "explicit"))
    # statement days: a date said with a reporting cue before it ("said on Tuesday", "ujarnya, Selasa (2/10)"),
    # a date closing a sentence after a cue ("…, kata juru bicara BNPB, Selasa"), or one before a cue
    # ("On Tuesday, the agency said …")
    for k, (ds, de) in enumerate(dspans):
        if k in used_dates or dates[k].granularity == "event":
            continue  # "a day after she suspended the bill" dates by another event, not by a day
        if _is_statement_day(sent, ds, de, statement):
            day = _day_of(dates[k])
            minute, end = None, de
            for ts, te, mins in times:
                if ts >= de and text[de:ts].strip(" ,") in ("", "pukul", "jam", "at"):
                    minute, end = mins, te
                    break
            part = _day_part(text, de)
            if part and minute is None:
                end, hour = part
                minute = hour * 60
            if minute is None:
                minute = _early_late(text, ds)  # "fire officials said early on Sunday": the small hours, not the evening
            out.append(_When(ds, end, day, minute, text[ds:end], "statement"))
    return out


_EARLY_LATE = re.compile(r"(?<![\w-])(late|early)\s+(?:on\s+)?$", re.IGNORECASE)


def _early_late(text: str, ds: int) -> int | None:
    """The time of day "early" or "late" before a day gives ("early on Sunday", "late Monday"), in minutes. Indonesian
    writes the part after the day ("Minggu dini hari"), which ``_day_part`` reads."""
    m = _EARLY_LATE.search(text[:ds])
    return None if m is None else (21 if m.group(1).lower() == "late" else 3) * 60


def _tally_days(sent: _Sentence, items: list[_Item], dates, dspans, whens: list[_When], preds,
                previous_role: dict[int, bool] | None = None) -> list[_When]:
    """A day written right next to a running tally ("the toll was 19 on Monday night", "41 orang meninggal
    pada Senin") is the time the tally holds at, unless an event word is nearer ("Monday's flood")."""
    out = []
    taken = {(w.start, w.end) for w in whens}
    previous_role = previous_role or {}
    events = [p for p in preds if predicate_class(p.label).get("kind") == "event"]
    for k, (ds, de) in enumerate(dspans):
        if any(w.start <= ds and de <= w.end for w in whens) or dates[k].granularity not in ("day", "weekday"):
            continue
        for it in items:
            if it.predicate is None or not predicate_class(it.predicate.label).get("evolving"):
                continue
            if _AGENT_BEFORE.search(sent.text[: it.qstart if it.qstart >= 0 else it.start]):
                continue  # "ditemukan oleh dua penyelam … pada Selasa", "found by two divers on Monday": the agent
            if _passive_agent_figure(sent, it):
                continue  # "baru ditemukan dua penyelam asal Inggris pada 2 Juli": the divers found them
            if de <= it.start:
                # a day before the figure belongs to it only when it opens the sentence ("Pada Senin malam,
                # korban tewas tercatat 19 orang") or names an earlier value's data ("dibandingkan data Senin,
                # yakni 844 orang"); inside the subject it dates the event ("ledakan bom … pada Minggu
                # (21/4/2019) bertambah menjadi 290 orang")
                if not (_opens_sentence(sent.text, ds) or (previous_role.get(it.index)
                                                           and sent.cost(de, it.start, walls=False) <= 3.0)):
                    continue
                c = sent.cost(de, it.start, walls=False)
                c = 0.0 if c < INF else c
            elif ds >= it.tail:
                c = sent.cost(it.tail, ds, walls=False)
            else:
                continue
            near_event = any(min(abs(e.start - de), abs(ds - e.end)) < 12 for e in events)
            if c <= 1.5 and not near_event:
                end, minute = de, None
                part = _day_part(sent.text, de)
                if part:
                    end, hour = part
                    minute = hour * 60
                if minute is None:
                    minute = _early_late(sent.text, ds)  # "222 late on Sunday"
                if (ds, end) not in taken:
                    out.append(_When(ds, end, _day_of(dates[k]), minute, sent.text[ds:end], "explicit", it.index))
                    taken.add((ds, end))
                break
    return out


def _passive_agent_figure(sent: _Sentence, it: _Item) -> bool:
    """Is a figure right after a passive verb ("ditemukan dua penyelam", "diselamatkan 20 petugas") that verb's
    agent, "oleh" left out? Only when it counts those who search and rescue: "ditemukan 12 jenazah" counts
    what was found."""
    p = it.predicate
    start = it.qstart if it.qstart >= 0 else it.start
    return bool(p is not None and p.end <= start and not sent.text[p.end : start].strip()
                and re.match(r"di\w+", p.text, re.IGNORECASE)
                and it.counted == "responder")


_AGENT_BEFORE = re.compile(r"(?<![\w-])(?:oleh|by)\s+$", re.IGNORECASE)
_SPEAKER_RUN = re.compile(r"\s+(?:(?:[A-Z][\w.'’-]*|dan|and|of|the|bin|binti|van|de|al|el)\s+){1,12}(?:pada|on)\s+")
_CLOSING_DAY = re.compile(r"\s*(?:\([^)]*\))?\s*(?:(?:pukul|jam)\s+[\d.:]+\s*\w*)?\s*(?:malam|pagi|siang|sore|petang|"
                          r"morning|afternoon|evening|night)?\s*[.\"”’]*\s*", re.IGNORECASE)


def _is_statement_day(sent: _Sentence, ds: int, de: int, statement) -> bool:
    text = sent.text
    if re.match(r"['’]s\b", text[de:]):
        return False  # "Saturday's quake", "to rival Saturday's": a possessive date owns an event, said or not
    for s, e, _, _ in statement:
        if e <= ds and _SPEAKER_RUN.fullmatch(text[e:ds]) and _CLOSING_DAY.fullmatch(text[de:]):
            # "…, kata Menteri Kesehatan Lebanon Hamad Hassan pada Rabu (5/8/2020) malam.": however long the
            # speaker's title and name, a day that closes the sentence after them is when it was said
            return True
        if e <= ds and sent.cost(e, ds, walls=False) <= STATEMENT_REACH \
                and not any(predicate_class(c).get("kind") in ("event", "both")
                            for _, _, c, _ in _find(lexicon().predicates, text[e:ds], sent.langs)):
            # "said on Tuesday"; not "menjelaskan, tsunami pada Sabtu malam itu diduga …", where the date is
            # the tsunami's
            return True
        if s >= de and not re.match(r"\s*'s\b", text[de:]) and _opens_sentence(text, ds) \
                and sent.cost(de, s, walls=False) <= 8.0 and not re.search(r"[;.]", text[de:s]) \
                and not any(predicate_class(c).get("kind") == "event" and not predicate_class(c).get("generic")
                            and c != "announced" for _, _, c, _ in _find(lexicon().predicates, text[e:], sent.langs)):
            # "On Tuesday, the agency said", "Pada April 2004, Menteri Luar Negeri Sergei Lavrov mengumumkan":
            # a date opening the sentence whose verb reports; not when what is reported is an event ("On
            # Saturday, she announced that the bill was suspended": the day of the suspension)
            return True
    # "Pemerintah Arab Saudi, yang pada Sabtu (26/9/2015) mengumumkan 796 korban", "the agency on Monday said":
    # a day right before a reporting verb is the day of the report
    opener = re.search(r"(\S+)\s+(?:pada|on)\s+$", text[:ds], re.IGNORECASE)
    if opener and not any(_find(lex, opener.group(1), sent.langs)
                          for lex in (lexicon().predicates, lexicon().activities, lexicon().cues["statement"])):
        # not "Laporan BNPB yang dirilis pada Selasa menyebut …": the date is the release's
        for s, e, _, _ in statement:
            if s >= de and re.fullmatch(r"\s*(?:\([^)]*\))?\s*", text[de:s]) and _reporting_verb(text[s:e]):
                return True
    # "…, kata juru bicara BNPB, Selasa (2/10/2018)." — the date closes the sentence after a comma
    tail = text[de:]
    if re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:(?:pukul|jam)\s+[\d.:]+\s*\w*)?\s*(?:dini\s+hari|tengah\s+malam|malam|pagi|siang|sore|petang)?\s*[.\"”’]*\s*", tail) \
            and re.search(r",\s*(?:hari\s+|pada\s+|on\s+)?$", text[:ds]):
        head = text[: ds]
        clause = head[head.rfind(",", 0, len(head.rstrip(" ,")) ) + 1 :] if "," in head.rstrip(" ,") else head
        prev = head.rstrip(" ,")
        last_clause = prev[prev.rfind(",") + 1 :] if "," in prev else prev
        for s, e, _, _ in statement:
            if s >= len(prev) - len(last_clause) and e <= len(prev):
                return True
        if re.search(r"\b(?:kata|ujar|ucap|tutur|said|says|told)\b", clause, re.I):
            return True
    return False


def _reporting_verb(cue: str) -> bool:
    """Is a statement cue a verb of reporting ("mengumumkan", "diumumkan", "announced", "said"), not a noun or a
    preposition ("menurut", "pernyataan", "according to", "briefing")?"""
    return re.fullmatch(r"(?:me|di)\w+|\w+ed|said|says|told", cue.strip(), re.IGNORECASE) is not None \
        and cue.strip().lower() != "menurut"


def _announced_day(sent: _Sentence, it: _Item, whens: list[_When]) -> _When | None:
    """The day of the report that gives this very figure: a reporting verb between the two ("yang pada Sabtu
    (26/9/2015) mengumumkan 796 korban", "769 orang yang diumumkan pada 26 September", "769, announced on Sept.
    26"). The figure holds at that day, whatever later time its sentence says the report still stands at
    ("belum memperbarui angkanya hingga kini")."""
    text = sent.text
    for w in whens:
        if w.basis != "statement" or w.owner is not None:
            continue
        if w.end <= it.start:
            between = text[w.end : it.start]
            m = re.fullmatch(r"\s*(\S+)\s*", between)
        elif w.start >= it.tail:
            between = text[it.tail : w.start]
            m = re.fullmatch(r"\s*,?\s*(?:yang\s+|which\s+was\s+|that\s+was\s+)?(\S+)\s+(?:pada|on)\s*", between,
                             re.IGNORECASE)
        else:
            continue
        if m and _reporting_verb(m.group(1)) and _find(lexicon().cues["statement"], m.group(1), sent.langs):
            return w
    return None


# between a figure and a recall cue after it: at most two words ("637 injured people on the first day")
_POSTPOSED = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}")
_TO_VALUE = re.compile(r"(?<![\w-])(?:to|into|menjadi|jadi)(?![\w-])", re.IGNORECASE)  # "… in the first count to 85"
RECALL_REACH = 60  # characters from a recall cue ("awalnya", "initially") to the figure it dates


def _recalled(text: str, items: list[_Item], cues, now_cues) -> dict[int, str | None]:
    """The figures a sentence recalls from an earlier time of their own ("Pada hari pertama, 637 orang luka-luka",
    "Initially, 637 people were reported injured", "the first toll … 637"): the figure a recall cue follows ("28 in
    the first count"), else the first figure after it, within RECALL_REACH, in the cue's clause (``_recall_reach``)
    and with no other figure or "now" cue ("kini", "now") between. Such a figure held at that
    earlier time, which the text does not date; it is no figure of the report's own day, so a later report's
    higher one is no rise from it, and its lower value no revision of an earlier report's. Each maps to the
    earlier day its cue names ("first_day"), if one, else None."""
    kinds = lexicon().recalled_kinds
    out: dict[int, str | None] = {}
    for s, e, _, cue in cues:
        kind = kinds.get(" ".join(cue.lower().split()))
        day = kind if kind not in (None, "adverb", "adjacent") else None
        after = [it for it in items if it.start >= e]
        nxt = min(after, key=lambda x: x.start) if after else None
        before = [it for it in items if it.tail <= s and _POSTPOSED.fullmatch(text[it.tail : s])]
        if before and not (nxt is not None and _POSTPOSED.fullmatch(text[e : nxt.start])
                           and not _TO_VALUE.search(text[e : nxt.start])):
            out[before[-1].index] = day  # "from 28 in the first count to 85": the cue follows the figure it dates
            continue  # not "menjadi 9,0 dari semula 8,9": a figure right after the cue is the one it dates
        if nxt is not None and nxt.start - e <= RECALL_REACH and not any(e <= ns < nxt.start for ns, _, _, _ in now_cues) \
                and _recall_reach(text, s, e, nxt.start, kind):
            out[nxt.index] = day
    return out


_FROM_BEFORE = re.compile(r"(?<![\w-])(?:dari|from)\s+(?:(?:an?|the)\s+)?$", re.IGNORECASE)
_OPENING_PREPS = frozenset({"pada", "di", "on", "in", "at"})
_CUE_PREP = re.compile(r"(?:pada|di|on|in)\s", re.IGNORECASE)
CUE_COMPLEMENT = 4  # words of a nominal cue's own complement before its comma ("hari pertama operasi SAR,")


def _now_dated(as_of: AsOf, now_cues, anchor) -> bool:
    """Is a figure's time only the report's own, taken from a "now" cue ("kini", "now", "so far")?"""
    return bool(now_cues) and as_of.basis == "explicit" and as_of.day == anchor and as_of.minute is None \
        and as_of.text == now_cues[0][3]


def _recall_reach(text: str, s: int, e: int, fig: int, kind: str | None) -> bool:
    """Does a recall cue at [s, e) date the figure at ``fig`` after it, in its own clause? Words between may not
    hold a comma, a semicolon or a clause break ("Awalnya diduga akibat korsleting, kebakaran itu menghanguskan
    40 rumah": the fault was suspected at first, not the 40 homes), but for the comma that closes the cue's own
    phrase: right after an adverb ("Awalnya, 518 orang"), or after a nominal cue and its short complement when
    the phrase opens the sentence or is set off by commas with its preposition ("On the first day of the
    operation, rescuers evacuated 1,200"; not "on Sept. 24, the first day of Eid, less than two weeks after").
    An "adjacent" cue ("semula", "originally") also means "as before" or "as planned" ("kembali seperti semula
    dan 1.200 pengungsi", "originally scheduled for Sunday, drew 40,000"): it dates only a figure right after
    it, skip words between ("semula 518", "originally estimated at 300"), or one after "dari"/"from"."""
    lex = lexicon()
    gap = text[e:fig]
    words = [w.lower() for w in re.findall(r"[\w'’-]+", gap)]
    if kind == "adjacent" and not _FROM_BEFORE.search(text[:s]):
        return not re.search(r"[^\w\s'’-]", gap) and len(words) <= 3 and all(w in lex.skip for w in words)
    head, comma, rest = gap.partition(",")
    if comma:
        lead = re.findall(r"[\w'’-]+", text[:s])
        opens = len(lead) <= 2 and all(w.lower() in lex.clause_break | lex.coordinate | _OPENING_PREPS for w in lead)
        set_off = text[:s].rstrip().endswith(",") and (not head.strip() or _CUE_PREP.match(text[s:e]))
        complement = re.findall(r"[\w'’-]+", head)
        if not (opens or set_off) or (complement and kind in ("adverb", "adjacent")) or len(complement) > CUE_COMPLEMENT \
                or re.search(r"[^\w\s'’-]", head) or any(w.lower() in lex.clause_break for w in complement):
            return False
    else:
        rest = gap
    return not re.search(r"[,;:]", rest) and not any(w.lower() in lex.clause_break for w in re.findall(r"[\w'’-]+", rest))


def _figure_as_of(sent: _Sentence, it: _Item, whens: list[_When], now_cues, anchor, role) -> AsOf:
    """The time a figure holds at: its own day ("up from 1,324 on Tuesday"), the day of the report that gives
    it, an as-of phrase, the day it was said, "so far" (publication), else the publication date. An earlier
    value without a day of its own ("naik dari 19") holds just before the sentence's time: basis "previous"
    with that time."""
    own = [w for w in whens if w.owner == it.index]
    if own:
        return AsOf(own[0].day, own[0].minute, " ".join(own[0].text.split()), "explicit")
    announced = _announced_day(sent, it, whens) if role != "previous" else None
    if announced is not None:
        return AsOf(announced.day, announced.minute, " ".join(announced.text.split()), "statement")
    whens = [w for w in whens if w.owner is None]
    if role == "previous":
        now = _figure_as_of(sent, it, whens, now_cues, anchor, "current")
        return AsOf(now.day, now.minute, now.text, "previous")
    explicit = [w for w in whens if w.basis == "explicit"]
    pool = explicit or [w for w in whens if w.basis == "statement"]
    if pool:
        def dist(w: _When) -> float:
            if w.end <= it.start:
                c = sent.cost(w.end, it.start, walls=False)
            else:
                c = sent.cost(it.tail, w.start, walls=False)
            walls = sum(1 for s, e, who in sent.walls if who != it.index and min(w.start, it.start) <= s and e <= max(w.end, it.end))
            return c + 10 * walls
        w = min(pool, key=dist)
        return AsOf(w.day, w.minute, " ".join(w.text.split()), w.basis)
    today = _TODAY_PART.search(sent.text)
    if today and anchor is not None:
        # "Pagi tadi, BNPB masih menyebut korban meninggal sebanyak 43 orang", "this morning": the report's day
        hour = lexicon().day_parts[(today.group("part1") or today.group("part2") or today.group("part3")).lower()]
        return AsOf(anchor, hour * 60, today.group(0), "explicit")
    if now_cues and anchor is not None:
        s, e, _, cue = now_cues[0]
        return AsOf(anchor, None, cue, "explicit")
    if anchor is not None:
        return AsOf(anchor, None, None, "published")
    return AsOf(None, None, None, "unknown")


_TODAY_PART = re.compile(r"(?<![\w-])(?:(?P<part1>pagi|siang|sore|petang|malam)\s+(?:tadi|ini)|tadi\s+(?P<part2>pagi|siang|sore)|"
                         r"this\s+(?P<part3>morning|afternoon|evening))(?![\w-])", re.IGNORECASE)


def _opens_sentence(text: str, start: int) -> bool:
    """Does the date open its sentence, perhaps after a short adverbial ("Sehari sebelumnya, Rabu (3/10), …")?"""
    return re.fullmatch(r"\s*(?:[\w ]{1,25},\s*)?(?:(?:pada|on|hari|sejak|since|in|pada hari)\s+)*", text[:start],
                        re.IGNORECASE) is not None


_NOMINAL = re.compile(r"^(?:pe[nmr]?\w+an|ke\w+an|\w+(?:asi|isi|si)|\w+(?:tion|sion|ment|al|ance|ence|ship))$", re.IGNORECASE)


def _date_predicate(sent: _Sentence, it: _Item, preds: list[_Mention], reach: float = PREDICATE_REACH + 1) \
        -> _Mention | None:
    if re.match(r"['’]s\s", sent.text[it.end : it.end + 3]):
        # "Sunday's suicide bomb attacks", "Monday's flood": the event the possessive date owns
        owned = [p for p in preds if p.start >= it.end and sent.cost(it.end, p.start, walls=False) <= 2.0]
        if owned:
            return owned[0]
    if re.match(r"['’]s(?:\s*[.,;:!?\"”)]|\s*$|\s+(?:and|or|dan|atau)\s)", sent.text[it.end : it.end + 8]):
        # "the only one … to rival Saturday's.": the possessive's noun is left out; it is the incident the
        # sentence named before
        named = [p for p in preds if p.end <= it.start and predicate_class(p.label).get("incident")]
        if named:
            return named[0]
    """What a date dates: the cheapest predicate within reach, where a verb beats a noun made from one
    ("meneken persetujuan … pada Kamis": signed, not approved), a verb before the date beats one after it,
    and a purpose ("to visit", "untuk membahas") is not what happened."""
    best, best_cost = None, INF
    for p in preds:
        if p.label.endswith(".planned"):
            continue  # "hilang kontak saat hendak melakukan latihan penembakan torpedo pada Rabu": not a drill's day
        c = _reach(sent, p, it.start, it.tail, it.index)
        if c == INF:
            continue
        if p.end <= it.start and _RELATIVE_BEFORE.search(sent.text[max(0, p.start - 20) : p.start]) \
                and _verb_between(sent.text[p.end : it.start], preds, p.end):
            continue  # "Pencarian kapal … yang hilang kontak di perairan Bali memasuki hari kedua pada Kamis"
        words = p.text.split()
        if len(words) == 1 and _NOMINAL.match(words[0]) and \
                any(q.end <= p.start and sent.cost(q.end, p.start, walls=False) <= 1.0 for q in preds if q is not p):
            c += 2.5  # "meneken persetujuan": the noun is the verb's object
        if p.start >= it.end:
            c += 1.0  # what a date dates is usually written before it ("signed on 3 March")
            if "," in sent.text[it.end : p.start]:
                c += 2.0  # ", mengakhiri penantian …": a clause that follows is not what the date dates
        if re.search(r"(?<![\w-])(?:to|untuk|guna)\s+$", sent.text[max(0, p.start - 8) : p.start], re.IGNORECASE):
            c += 2.0
        if c <= reach and c < best_cost:
            best, best_cost = p, c
    if best is not None and best.start >= it.end and "," in sent.text[it.end : best.start]:
        # "Bombs tore through churches … on Easter Sunday, killing 207 people": what follows the comma is a
        # consequence; the date belongs to the incident its clause opened with
        incidents = [p for p in preds if p.end <= it.start and predicate_class(p.label).get("incident")
                     and not re.search(r"[;.]", sent.text[p.end : it.start])]
        if incidents:
            best = incidents[0]
    if best is not None and predicate_class(best.label).get("generic"):
        # "The blast, which struck just after 6pm on Tuesday", "gempa yang terjadi pada Jumat": a generic verb
        # dates the incident that is its subject
        subjects = [p for p in preds if p.end <= best.start and predicate_class(p.label).get("incident")
                    and not re.search(r"[;.]", sent.text[p.end : best.start])
                    and sent.cost(p.end, best.start, walls=False) <= 3.0]
        if subjects:
            best = _relative_head(sent.text, subjects)
    if best is not None and predicate_class(best.label).get("end"):
        return best  # "The attacks ended on Saturday": the incident is the end's subject, the date the end's
    # "mengajukan permohonan bergabung pada Mei 2022": a chain of predicates is headed by its first verb
    chain, cur = [], best
    while cur is not None:
        before = [q for q in preds if q.end <= cur.start and not sent.text[q.end : cur.start].strip()]
        cur = before[-1] if before else None
        if cur is not None:
            chain.append(cur)
    verbs = [q for q in chain if not _NOMINAL.match(q.text.split()[0])]
    return verbs[-1] if verbs else best


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


_RELATIVE_BEFORE = re.compile(r"(?<![\w-])yang\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


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


def _quoted(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation of the sentence?"""
    marks = [m.start() for m in re.finditer(r"[\"“”]", text[:pos])]
    return len(marks) % 2 == 1


def _closes_sentence(text: str, end: int) -> bool:
    return re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:pagi|siang|sore|malam|morning|afternoon|evening|night)?\s*[.!?\"”]*\s*",
                        text[end:], re.IGNORECASE) is not None


def _passive_agent(text: str, pred: _Mention, preds: list[_Mention]) -> _Mention:
    """The incident that did what a passive incident verb says ("Paris diguncang serangan terhadap Charlie
    Hebdo pada 7 Januari", "Paris was rocked by an attack on 7 January"): the attack, not a quake."""
    m = re.match(r"di\w+\s+(?:oleh\s+)?|\w+\s+by\s+(?:(?:a|an|the)\s+)?", text[pred.start :], re.IGNORECASE)
    if m is None or pred.start + m.end() < pred.end:
        return pred
    agent = [p for p in preds if p.start == pred.start + m.end() and p.label != pred.label
             and predicate_class(p.label).get("incident")]
    return agent[0] if agent else pred


def _by_agent(text: str, end: int, start: int) -> bool:
    """Is the actor after a date its agent ("disahkan pada 12 Maret oleh DPR", "approved on 2 April by the Senate")?"""
    return bool(re.fullmatch(r"\s*,?\s*(?:oleh|by)\s+(?:the\s+)?", text[end:start], re.IGNORECASE))


def _frame_dates(sent: _Sentence, dates, dspans, preds, places, actors, negators, whens, statement, attribution,
                 offset) -> list[DateMention]:
    """Each date's frame: its role (event, statement, as_of), the event it dates, its actor and place."""
    if not dates:
        return []
    text = sent.text
    date_sent = _Sentence(text, sent.langs)
    items = []
    for k, (ds, de) in enumerate(dspans):
        items.append(_Item(k, ds, de, de, places=[]))
        date_sent.walls.append((ds, de, k))
    date_sent.soft = list(sent.soft)
    # "fire officials said", "the fire department": an incident noun naming a body is no event of the day
    preds = [p for p in preds if not (predicate_class(p.label).get("incident") and (
        _service(text, p.start, p.end) or _SITE_OF.search(text[max(0, p.start - 30) : p.start])))]
    event_preds = [p for p in preds if predicate_class(p.label).get("kind") in ("event", "both")] or preds
    for it in items:
        it.predicate = _date_predicate(date_sent, it, event_preds)
        head = _relative_incident(date_sent, it, event_preds)
        if head is not None and (it.predicate is None or it.predicate.start >= it.end
                                 or predicate_class(it.predicate.label).get("generic")
                                 or predicate_class(it.predicate.label).get("incident")):
            # "Ledakan yang mengguncang pelabuhan Beirut pada Rabu (5/8/2020) itu menewaskan …", "The explosion
            # that rocked the port on Tuesday killed …": a date inside a relative clause is the day of the
            # incident the clause describes, not of the main clause's consequence
            it.predicate = head
        if it.predicate is None and _opens_sentence(text, it.start):
            # "Pada Rabu pagi waktu setempat, sebuah pesawat … tiba di Bulan": a date that opens the sentence
            # dates its main verb, however far
            later = [p for p in event_preds if p.start >= it.end and ";" not in text[it.end : p.start]
                     and date_sent.cost(it.end, p.start, owner=it.index) < INF]
            it.predicate = later[0] if later else None
        elif it.predicate is None and _closes_sentence(text, it.end):
            # "KPU menetapkan … dalam rapat pleno di Jakarta, Rabu (20/3/2024) malam.": a date set off at the
            # end dates the main verb; "… Lam menangguhkan pembahasan RUU ekstradisi pada Sabtu (15/6/2019)."
            # the verb nearest before it
            earlier = [p for p in event_preds if p.end <= it.start and ";" not in text[p.end : it.start]
                       and date_sent.cost(p.end, it.start, owner=it.index) < INF]
            if earlier:
                it.predicate = earlier[0] if "," in text[max(0, it.start - 3) : it.start] else \
                    _date_predicate(date_sent, it, earlier, reach=INF)
        if it.predicate is None and _TIME_PREP.search(text[: it.start]):
            # "menyetujui rancangan undang-undang tentang ratifikasi Perjanjian … antara kedua negara pada hari
            # Rabu": a date its clause's verb governs through "pada"/"on", however long the object between
            earlier = [p for p in event_preds if p.end <= it.start and not _PUNCT.search(text[p.end : it.start])
                       and not p.label.endswith(".planned")
                       and date_sent.cost(p.end, it.start, owner=it.index) < INF
                       and not (_RELATIVE_BEFORE.search(text[max(0, p.start - 20) : p.start])
                                and _verb_between(text[p.end : it.start], event_preds, p.end))]
            it.predicate = earlier[-1] if earlier else None
        if it.predicate is not None and it.predicate.label == "announced":
            # "On Saturday, she had announced that the bill was suspended": the day of what was announced
            said = re.compile(r"\s+(?:that|bahwa)\s", re.IGNORECASE).search(text, it.predicate.end, it.predicate.end + 12)
            if said:
                inner = [p for p in event_preds if p.start >= said.end() and p.label != "announced"
                         and ";" not in text[said.end() : p.start] and "," not in text[said.end() : p.start]]
                if inner:
                    it.predicate = inner[0]
        if it.predicate is not None and predicate_class(it.predicate.label).get("incident"):
            it.predicate = _passive_agent(text, it.predicate, event_preds)
        if it.predicate is not None and predicate_class(it.predicate.label).get("generic"):
            # "Serangan itu terjadi pada Sabtu", "Gempa yang memicu tsunami itu terjadi pada Kamis": what happened
            # is the clause's subject (the attack, the quake), not just an occurrence
            clause_start = max([0] + [m.end() for m in _PUNCT.finditer(text[: it.predicate.start])])
            specific = [p for p in event_preds if not predicate_class(p.label).get("generic")
                        and clause_start <= p.start and p.end <= it.predicate.start
                        and predicate_class(p.label).get("kind") == "event"]
            if specific:
                it.predicate = specific[0]
        # the actor of a date is whoever does what it dates ("Lam menangguhkan RUU tersebut pada Jumat"), else
        # the nearest name before it, or after it as an agent ("disahkan pada 12 Maret oleh DPR")
        pred = it.predicate
        subject = None
        if pred is not None and pred.end <= it.start:
            before = [a for a in actors if a.end <= pred.start and date_sent.cost(a.end, pred.start, owner=it.index) <= 2.0]
            subject = before[-1] if before else None
        it.actor = subject or _nearest(date_sent, it, [a for a in actors if a.end <= it.start or _by_agent(text, it.end, a.start)],
                                       ACTOR_REACH + 1.5)
        it.negated = _negated(date_sent, it, negators)
    _attach_places(date_sent, items, places)
    previous = None
    for it in items:
        if previous is not None:
            it.link = _link(date_sent, previous, it)
            if it.link in ("coordinate", "restate") and it.predicate is None and previous.predicate is not None:
                it.predicate = previous.predicate
                it.negated = it.negated or previous.negated
            if it.link == "restate":
                it.actor = it.actor or previous.actor
        previous = it
    in_asof = {id(w): w for w in whens if w.basis == "explicit"}
    out = []
    for k, d in enumerate(dates):
        it = items[k]
        ds, de = dspans[k]
        role = "event"
        if any(w.start <= ds and de <= w.end for w in in_asof.values()):
            role = "as_of"
        elif any(w.basis == "statement" and w.start == ds for w in whens):
            role = "statement"
        elif d.relative and _quoted(text, ds):
            role = "quoted"  # "… the cowardly attacks on our people today," wrote the prime minister
        pred = it.predicate if role == "event" else None
        info = predicate_class(pred.label if pred else None)
        frame = Frame(
            predicate=pred.label if pred else None,
            predicate_text=pred.text if pred else None,
            event=_date_event(date_sent, it, preds, pred) if role == "event" else
            _activity(date_sent, it, preds) if role == "as_of" else None,
            evolving=bool(info.get("evolving")),
            places=tuple(Place(p.label, p.text, p.extra if isinstance(p.extra, str) else p.extra[1], attached,
                               isinstance(p.extra, tuple))
                         for p, attached in it.places),
            actor=it.actor.label if it.actor else None,
            actor_text=it.actor.text if it.actor else None,
            source=source_key(_named(attribution)),
            source_text=_named(attribution),
            negated=it.negated,
            role=role,
            context=_context(text, ds, de),
            modifiers=("planned",) if _scheduled(date_sent, it) else (),
        )
        out.append(replace(d, frame=frame))
    return out


_RELATIVE_OPENS = re.compile(r"\s*,?\s*(?:yang|that|which)\s", re.IGNORECASE)


def _relative_head(text: str, subjects: list[_Mention]) -> _Mention:
    """Of the incidents before a verb, the one a relative clause holding the others describes: "Gempa yang memicu
    tsunami itu terjadi pada Kamis" is the quake's day, not the tsunami's; else the nearest."""
    for n, p in enumerate(subjects[:-1]):
        if _RELATIVE_OPENS.match(text, p.end) and not re.search(r"[;.]", text[p.end : subjects[-1].start]):
            return p
    return subjects[-1]


def _relative_incident(sent: _Sentence, it: _Item, preds: list[_Mention]) -> _Mention | None:
    """The incident noun heading a relative clause that holds the date ("Ledakan yang mengguncang pelabuhan
    Beirut pada Rabu", "the explosion that rocked the port on Tuesday"), when nothing closes the clause before
    the date; else None."""
    text = sent.text
    clause = max([0] + [m.end() for m in re.finditer(r"[;.]|(?<!\d),(?!\d)", text[: it.start])])
    for p in reversed([p for p in preds if p.end <= it.start and p.start >= clause]):
        if predicate_class(p.label).get("incident") and not p.label.endswith(".planned"):
            m = _RELATIVE_OPENS.match(text, p.end)
            if m and m.end() <= it.start:
                return p
    # "The blast, which struck just after 6pm on Tuesday": the comma before "which" opens the clause
    m = list(re.finditer(r",\s*(?:which|yang)\s", text[: it.start], re.IGNORECASE))
    if m and "," not in text[m[-1].end() : it.start]:
        for p in preds:
            if p.end <= m[-1].start() and predicate_class(p.label).get("incident") and not p.label.endswith(".planned") \
                    and not text[p.end : m[-1].start()].strip():
                return p
    return None


# A date inside the noun phrase of an incident belongs to that incident: "the November 13 attacks", "Saturday's
# earthquake", "Tuesday's 7.3-magnitude earthquake", "the earthquake of April 25", "gempa 25 April",
# "kebakaran pada Rabu".
_NOUN_AFTER_DATE = re.compile(r"(?:['’]s\s+(?:[\w.,-]+\s+){0,2}?|\s+)$")
_NOUN_BEFORE_DATE = re.compile(r"^\s+(?P<later>susulan\s+|kedua\s+)?(?:of\s+(?:the\s+)?|pada\s+(?:hari\s+|tanggal\s+)?|tanggal\s+)?$",
                               re.IGNORECASE)


# "mengunjungi lokasi ledakan pada Kamis", "visited the site of the blast on Thursday": the incident names a place;
# the date is the day of the visit
_SITE_OF = re.compile(r"(?<![\w-])(?:lokasi|tempat\s+kejadian|site\s+of|scene\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def _nominal_incident(text: str, ds: int, de: int, preds: list[_Mention]) -> tuple[_Mention, bool] | None:
    """The incident noun whose phrase holds the date at ``ds:de`` ("Saturday's earthquake", "the November 13
    attacks", "gempa susulan 26 April"), and whether the phrase says it is a second incident, or None."""
    for p in preds:
        if not predicate_class(p.label).get("incident"):
            continue
        between = text[de : p.start]
        if p.start >= de and p.start - de <= 40 and _NOUN_AFTER_DATE.fullmatch(between) \
                and (not between.strip() or re.match(r"['’]s", between)):
            return p, False
        if p.end <= ds and ds - p.end <= 24:
            m = _NOUN_BEFORE_DATE.match(text[p.end : ds])
            if m:
                return p, bool(m.group("later"))
    return None


def _date_event(sent: _Sentence, it: _Item, preds: list[_Mention], pred: _Mention | None) -> str | None:
    """The event a date is the day of, so that two dates of different events are not one fact: the incident
    whose noun phrase holds it ("attack" for "the November 13 attacks"), else an activity that governs it in
    its clause ("activity:police" for "raids in Brussels on Thursday", "activity:inquiry" for "mengumumkan
    penyelidikan … pada Kamis"), else its predicate's class. ":later" marks a second incident of the kind
    ("a strong aftershock … on Sunday", "gempa susulan … pada Minggu")."""
    text = sent.text
    nominal = _nominal_incident(text, it.start, it.end, preds)
    clause = max([0] + [m.end() for m in _PUNCT.finditer(text[: it.start])])
    if nominal is not None and nominal[0].end <= it.start:
        # "menghentikan pencarian korban tsunami pada Kamis": the incident is a noun inside the activity's phrase,
        # the date the activity's (the search called off on Thursday)
        heads = [a for a in _find(lexicon().activities, text[clause : nominal[0].start], sent.langs)
                 if not any(clause + a[1] <= p.start and p.end <= nominal[0].start for p in preds
                            if predicate_class(p.label).get("kind") in ("event", "both"))]
        if heads and _activity(sent, it, preds) is not None and not _step_found(heads[-1][2], pred):
            return "activity:" + heads[-1][2]
    if nominal is not None:
        return nominal[0].label + (":later" if nominal[1] else "")
    activity = _activity(sent, it, preds)
    if activity is not None and not _step_found(activity.removeprefix("activity:"), pred):
        if pred is not None and predicate_class(pred.label).get("end") \
                and activity.removeprefix("activity:") not in _SEARCH_STEPS:
            return activity + ":end"  # "The summit ended on Wednesday": its last day, not the day it opened
        return activity
    # "a strong aftershock … on Sunday", "The strongest aftershock, of magnitude 5.1, hit on Saturday", "a foreshock
    # on Thursday"; not a series counted since the main one's day ("more than 1,000 aftershocks since Monday")
    sub = _sub_event(sent, it.start, it.end, dated=True)
    if sub is not None:
        return sub
    return pred.label if pred is not None else None


@lru_cache(maxsize=1)
def _sub_event_phrases() -> dict[str, _Phrases]:
    """frame_cues.json's "sub_event" as phrases → "class:tag" ("aftershock" → "quake:later", "the main quake" →
    "quake:main")."""
    cues = _load("frame_cues.json")["sub_event"]
    return {lang: _compile({w: f"{cls}:{tag}" for cls, tags in cues.items() if not cls.startswith("_")
                            for tag, forms in tags.items() if not tag.startswith("_") for w in forms.get(lang, [])})
            for lang in LANGS}


# a plain incident noun: the main incident, named without a place in a sequence ("the 6.2 quake", "gempa itu")
_PLAIN_INCIDENT = re.compile(rf"(?<![\w-])(?:{_INCIDENT_NOUN}|attacks?|serangan|bombings?|pengeboman|bom|bombs?)(?![\w-])",
                             re.IGNORECASE)
# what may stand between a figure or a date and the sub-event noun after it: "a 5.9 foreshock", "a magnitude 5.1
# aftershock", "Thursday's foreshock"; or a preposition after a toll's verb: "nine were killed in the second blast"
_SUB_EVENT_NEXT = re.compile(r"(?:['’]s)?(?:[\s-]+(?:magnitude|magnitudo|M|SR|strong|powerful|kuat|besar|deadly|"
                             r"shallow|dangkal))*[\s-]+$", re.IGNORECASE)
_SUB_EVENT_BY = re.compile(r"\s+(?:[\w'’]+\s+){0,3}?(?:in|by|during|from|dalam|akibat|oleh|saat|karena|ketika)\s+"
                           r"(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _sub_event_breaks() -> frozenset[str]:
    """frame_cues.json's "sub_event_breaks": words that open another clause between a sub-event's noun and a
    figure or date; a relative clause or a coordinated verb keeps the sub-event's."""
    cues = _load("frame_cues.json")["sub_event_breaks"]
    return frozenset(w for lang in LANGS for w in cues[lang])


@lru_cache(maxsize=1)
def _past_cue() -> re.Pattern:
    """frame_cues.json's "past_cues", and a year after "in"/"pada"/"tahun": the clause says its event is past."""
    cues = _load("frame_cues.json")["past_cues"]
    words = sorted({w for lang in LANGS for w in cues[lang]}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
                      + r"|(?:in|pada|tahun)\s+(?:19|20)\d\d)(?![\w-])", re.IGNORECASE)


_SUB_EVENT_FRONTED = re.compile(r"\s*(?:in|during|dalam|pada|saat)\s+(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
_SUB_EVENT_APPOSITION = re.compile(r"\s*,[^,;]{1,40},|\s*,\s*(?:of|measuring|with|at|berkekuatan|dengan)\s+[^,;]{0,20}$",
                                    re.IGNORECASE)


def _sub_event(sent: _Sentence, start: int, end: int, *, dated: bool = False, count: bool = False) -> str | None:
    """The incident of a sequence the figure or date at ``start:end`` belongs to, as "class:tag" ("quake:fore"
    for "a 5.9 foreshock on Thursday", "attack:later" for "the second blast killed nine", "eruption:earlier"),
    or None for the main incident. The sub-event noun right after it ("a 5.9 foreshock", "Thursday's
    foreshock", "killed in the second blast"), else the nearest incident noun before it in its clause ("Gempa
    pendahuluan bermagnitudo 5,9 … pada Kamis"; an apposition may stand between: "The strongest aftershock,
    of magnitude 5.1, hit on Saturday"): when that is the main incident's ("the quake", "gempa utama"), None.
    An earlier event of the kind cited for comparison ("gempa serupa pernah menewaskan …", "in a similar crash
    years ago") is "class:other" when its clause says it is past. A ``count`` of the sub-events themselves
    ("96 aftershocks", "96 kali gempa susulan") is none's figure."""
    text = sent.text
    found = _find(_sub_event_phrases(), text, sent.langs)
    if not found:
        return None
    for s, e, label, _ in found:
        if s >= end:
            gap = text[end:s]
            if count and re.fullmatch(r"\s+(?:kali\s+)?", gap, re.IGNORECASE):
                return None
            if _SUB_EVENT_NEXT.fullmatch(gap) and (dated or not gap.startswith(("'", "’"))) \
                    or not dated and _SUB_EVENT_BY.fullmatch(gap):
                if label.endswith(":main") or label.endswith(":other") and not _past_cue().search(text):
                    return None
                return label
            break
    clause = max([0] + [m.end() for m in re.finditer(r";|(?<!\d)\.(?!\d)", text[:start])])
    nouns = [(s, e, label) for s, e, label, _ in found if clause <= s and e <= start]
    nouns += [(m.start(), m.end(), None) for m in _PLAIN_INCIDENT.finditer(text, clause, start)
              if not _overlaps(m.span(), found)]
    if not nouns:
        return None
    s, e, label = max(nouns, key=lambda n: n[1])
    if label is None or label.endswith(":main"):
        return None
    if label.endswith(":other") and not _past_cue().search(text, clause):
        return None  # "Ledakan serupa sudah menghancurkan gedung reaktor nomor 1 pada Minggu": one of the story's
    gap = text[e:start]
    if _SUB_EVENT_FRONTED.fullmatch(text, clause, s):
        gap = re.sub(r"^[^,;]*,", " ", gap)  # "In a similar crash, 162 people died": a fronted phrase's comma
    m = _SUB_EVENT_APPOSITION.match(gap)
    if m:
        gap = gap[m.end():]
    if re.search(r"[;:]|(?<!\d)[.,]|[.,](?!\d)", gap):
        return None  # "Despite the aftershocks, rescuers pulled 12 people out": another clause's noun
    if any(w in _sub_event_breaks() for w in re.findall(r"[\w'’-]+", gap.lower())):
        return None
    if re.search(r"\d\s*(?:kali\s+)?$", text[max(clause, s - 12) : s]) \
            and not re.search(r"\d[.,]\d\s*$", text[max(clause, s - 12) : s]):
        return None  # "more than 1,000 aftershocks since Monday": a series counted, not one sub-event's day
    return label


# the search and its steps: what they found, rescued or identified on a day is that step's, whoever did it
# ("ditemukan dua penyelam pada 2 Juli", "Divers retrieved the flight data recorder on Thursday": found)
_SEARCH_STEPS = frozenset({"search", "dive", "detection", "salvage"})


def _step_found(activity: str, pred: _Mention | None) -> bool:
    """Is a date the search step's own result (a predicate marked 'after': found, rescued, identified) rather
    than the search activity's day?"""
    return activity in _SEARCH_STEPS and pred is not None and bool(predicate_class(pred.label).get("after"))


def _activity(sent: _Sentence, it: _Item, preds: "list[_Mention] | tuple" = ()) -> str | None:
    """An activity that governs a date in its clause ("raids in Brussels on Thursday", "Police arrested three
    suspects on Thursday", "The verdict, first due on Friday", "konferensi pers … pada Senin"): the date is its
    day, whatever role the date plays for the clause's figures."""
    text = sent.text
    clause = max([0] + [m.end() for m in _PUNCT.finditer(text[: it.start])])
    activities = _find(lexicon().activities, text[clause : it.start], sent.langs)
    base = clause
    if not activities and clause > 0 and len(text[clause : it.start].split()) <= 4 and text[clause - 1] == ",":
        # "The verdict, first due on Friday, …": a short appositive is its head noun's
        head = re.search(r"(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*,$", text[:clause])
        activities = _find(lexicon().activities, head.group(0), sent.langs) if head else []
        base = head.start() if head else clause
    if activities:
        e = base + activities[-1][1]
        if activities[-1][2] == "detection" and any(
                predicate_class(p.label).get("incident") and clause <= p.start and p.end <= base + activities[-1][0]
                for p in preds):
            return None  # "Gempa terdeteksi pada Minggu", "The quake was detected on Sunday": the quake's own day
        if _SUBORDINATE.search(text, e, it.start):
            return None  # "Unjuk rasa itu digelar sehari setelah Lam menangguhkan RUU … pada Sabtu": the suspension's
        rel = _RELATIVE_WORD.search(text, e, it.start)
        if rel is not None and any(rel.end() <= p.start and p.end <= it.start and predicate_class(p.label).get("incident")
                                   and not _verb_between(text[p.end : it.start], preds, p.end) for p in preds):
            return None  # "mencari korban pesawat yang jatuh pada Minggu", "searching for the plane that crashed on
            # Sunday": the date is the relative clause's incident's, not the search's (unless a verb after it is
            # the main clause's: "Pencarian korban pesawat yang jatuh dilanjutkan pada Rabu")
        return "activity:" + activities[-1][2]
    return None


_RELATIVE_WORD = re.compile(r"(?<![\w-])(?:yang|that|which)(?![\w-])", re.IGNORECASE)
_SUBORDINATE = re.compile(r"(?<![\w-])(?:setelah|sesudah|sebelum|ketika|saat|after|before|when|while)(?![\w-])",
                          re.IGNORECASE)


SCHEDULE_REACH = 5.0


def _scheduled(sent: _Sentence, it: _Item) -> bool:
    """Is a date the schedule, the original plan or an expectation rather than the day something happened
    ("dipercepat dari jadwal semula pada Kamis", "dijadwalkan diserahkan … pada Rabu", "diperkirakan tiba di
    lokasi pada Sabtu", "originally planned for July")? A cue before it in its clause says so; "earlier than
    planned" after a date does not."""
    p = it.predicate
    for s, e, _, _ in _find(lexicon().cues["schedule"], sent.text, sent.langs):
        if e > it.start:
            continue
        if not _PUNCT.search(sent.text[e : it.start]) and sent.cost(e, it.start, owner=it.index) <= SCHEDULE_REACH:
            return True
        if p is not None and p.start >= e and sent.cost(e, p.start, walls=False) <= 1.0:
            return True
    return False
