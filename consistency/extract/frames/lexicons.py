"""The word lists of data/ compiled once (lexicon(), _extras(), _group_lexicon()) and the phrase matcher
that every other frames module searches a sentence with.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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


# predicates.json classes of a toll's casualties: the counts that may name the attacker among them, or be counted
# at the scene
CASUALTY_PREDICATES = frozenset({"dead", "injured"})


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
            label = self.label.get(key, key)
            follows = _ATTRIBUTIVE.get(written.lower())
            if follows is not None and _ATTRIBUTIVE_OF.get(key, label) == label and follows.match(text, end):
                continue  # "the ruling coalition", "the ruling Morena party": an attribute, no court's ruling
            out.append((start, end, label, written))
        return out


# words that are attributes, not the lexicon's noun or verb, before what they describe: "ruling" before a party, a
# coalition or a capitalised name governs nothing, "versi" before an ordinal names a draft, not an account, and
# "menurunkan" before a figure's name lowers it, deploying no one
_ATTRIBUTIVE = {"ruling": re.compile(r"\s+(?:(?:party|parties|coalition|coalitions|bloc|alliance|camp|junta|military|"
                                     r"government|elite|family|class|nationalists|conservatives|socialists)(?![\w-])|"
                                     r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                                     r"March|April|May|June|July|August|September|October|November|December)(?![\w-]))[A-Z])"),
                # "menurunkan 500 personel" deploys; "menurunkan perkiraan", "diturunkan dari level 4 ke level 3"
                # lowers a figure or a level
                **{w: re.compile(r"\s+(?:perkiraan|estimasi|proyeksi|tingkat|level|status|suku\s+bunga|harga|target|"
                                 r"peringkat|angka|kekuatan|dari|menjadi)(?![\w-])", re.IGNORECASE)
                   for w in ("menurunkan", "diturunkan")},
                # "versi polisi" is whose account; "versi pertama RUU itu", "versi final" which draft of a text
                "versi": re.compile(r"\s+(?:pertama|kedua|ketiga|awal|akhir|final|terakhir|terbaru|baru|lama|revisi|"
                                    r"asli|lengkap|ringkas)(?![\w-])", re.IGNORECASE)}


# the one class an attributive reading above takes a word out of; the word keeps its other classes ("diturunkan
# menjadi 5.722" is no deployment but still a correction)
_ATTRIBUTIVE_OF = {"menurunkan": "deployed", "diturunkan": "deployed", "versi": "statement"}


# what matches an ASCII letter case-blind without being one ("ı", "ſ", the Kelvin sign), or lowers to two letters
_CASE_BLIND_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _alternation(words) -> str:
    """A regex alternation of phrases, longest first, any whitespace between their words."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


def _alternations(cues: dict):
    """For a cue table of word lists per language (``{"verbs": {"id": [...], "en": [...]}, ...}``): a function
    from a key to the ``_alternation`` of its words in every language."""
    return lambda key: _alternation({w for lang in LANGS for w in cues[key][lang]})


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
    count_only_modifiers: frozenset[str]  # another fact of a count, not of a share ("valid")
    apart_modifiers: frozenset[str]  # another fact than the same figure without it, never a part of it ("gust")
    place_preps: dict[str, dict[str, str]]
    generic_places: dict[str, _Phrases]
    admin: frozenset[str]
    place_kinds: frozenset[str]  # "negara bagian", "kepulauan", "islamic centre": a kind of place, no other place
    compass: dict[str, str]
    spellings: dict[str, str]
    broad_places: frozenset[str]
    event_nouns: dict[str, _Phrases]
    actors: dict[str, _Phrases]
    generic_actors: frozenset[str]
    reporting_actors: frozenset[str]  # bodies that count what they are said to do with a tally ("OCHA lowered its count")
    actor_kinds: dict[str, frozenset[str]]  # "@dpr" → {"@house"}: what a body also is
    cues: dict[str, dict[str, _Phrases]]  # cue kind → language → phrases
    skip: frozenset[str]
    not_names: frozenset[str]
    value_verbs: frozenset[str]  # "rose", "direvisi", "down": how the figure changed, not what it counts
    coordinate: frozenset[str]
    clause_break: frozenset[str]
    finite_verb: frozenset[str]  # "were", "telah": a clause of its own before a figure (frame_cues finite_verb)
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
    count_only_modifiers = frozenset(mid for mid, info in counted_data["modifiers"].items()
                                     if not mid.startswith("_") and info.get("count_only"))
    apart_modifiers = frozenset(mid for mid, info in counted_data["modifiers"].items()
                                if not mid.startswith("_") and info.get("apart"))
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
    cue_kinds = {"provision": {lang: _compile({w: "provision" for w in cues["provision"]["modals"][lang]}) for lang in LANGS}}
    # an English verb of a schedule in the present is a schedule's cue ("begins … on Friday"); the list is dates.py's too
    cues = {**cues, "schedule": {**cues["schedule"], "en": [*cues["schedule"]["en"], *L.SCHEDULE_VERBS_EN]}}
    for kind in ("as_of", "now", "statement", "negators", "not_negating", "rise", "fall", "corrected", "previous", "recalled", "restate", "subset",
                 "modality", "plan", "schedule", "request", "hedge", "poll", "partial_count", "final_count", "length_part"):
        cue_kinds[kind] = {lang: _compile({w: kind for w in cues[kind].get(lang, [])}) for lang in LANGS}
    words = lambda kind: frozenset(w for lang in LANGS for w in cues[kind][lang])  # noqa: E731
    return Lexicon(
        predicates=predicates, predicate_info=preds, counted=counted, counted_info=counted_data["classes"],
        modifiers=modifiers, subset_modifiers=subset_modifiers, count_only_modifiers=count_only_modifiers,
        apart_modifiers=apart_modifiers,
        place_preps=places["prepositions"], generic_places=generic_places,
        admin=frozenset(w for lang in LANGS for w in places["admin"][lang]),
        place_kinds=frozenset(w for lang in LANGS for w in places["kinds"][lang]), compass=places["compass"],
        spellings=places["spellings"], broad_places=frozenset(places["broad"]["keys"]), event_nouns=event_nouns, actors=actors, generic_actors=frozenset(generic_actors), actor_kinds=actor_kinds,
        reporting_actors=frozenset("@" + aid for aid, info in actor_data["specific"].items()
                                   if not aid.startswith("_") and info.get("reports")),
        cues=cue_kinds, skip=words("skip"), coordinate=words("coordinate"), clause_break=words("clause_break"), finite_verb=words("finite_verb"),
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
        # "ordered the company on May 8 to deposit …": a capitalised "May" is the month, never the modal of a cue
        found += [m for m in phrases[lang].find(text) if text[m[0] : m[1]] != "May"]
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out, last_end = [], -1
    for m in found:
        if m[0] >= last_end:
            out.append(m)
            last_end = m[1]
    return out


def _overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < e and s < a[1] for s, e, *_ in spans)


@dataclass(frozen=True)
class _Extras:
    holders: dict[str, _Phrases]  # language → role phrases → holder class ("petahana" → incumbent)
    draft_rx: re.Pattern
    invitation: dict[str, _Phrases]
    suppose: dict[str, _Phrases]  # verbs whose whole object clause is a guess ("menduga", "suspects")
    references: dict[str, _Phrases]  # language → reference nouns → point ("bibir pantai" → coast)
    dimensions: dict[str, _Phrases]  # language → words after a length → its measure predicate ("underwater" → depth)
    # language → a plan named as a clause's subject ("the new spending bill", "RUU itu") or the plan a clause is
    # under ("under the law", "menurut RUU"), and the names that hold a plan's word without being one
    plan_documents: dict[str, re.Pattern]
    plan_under: dict[str, re.Pattern]
    not_plan_documents: dict[str, _Phrases]
    # language → who a sum of money goes to, right after it ("per desa", "untuk provinsi itu", "for each village")
    # or before it ("Setiap desa", "The province"): ``each`` and ``noun`` groups; recipient noun → its class
    recipient_after: dict[str, re.Pattern]
    recipient_before: dict[str, re.Pattern]
    recipient_classes: dict[str, str]
    # language → a budget noun with what it is for ("anggaran kesehatan", "the health budget", "funding for
    # education"; group ``purpose``), and what a sum is for right after it ("untuk pendidikan"); purpose → class
    purpose_before: dict[str, re.Pattern]
    purpose_after: dict[str, re.Pattern]
    purpose_classes: dict[str, str]


@lru_cache(maxsize=1)
def _extras() -> _Extras:
    cues, places = _load("frame_cues.json"), _load("places.json")
    holders = {lang: _compile({w: hid for hid, info in cues["holders"].items() if not hid.startswith("_")
                               for w in info.get(lang, [])}) for lang in LANGS}
    drafts = {w for lang in LANGS for w in cues["draft"][lang]}
    prov = cues["provision"]
    docs = {lang: _alternation(prov["documents"][lang]) for lang in LANGS}
    dets = {lang: _alternation(prov["determiners"].get(lang, [])) for lang in LANGS}
    # an English plan's word is a noun only after a determiner ("the bill", "the Inflation Reduction Act"; not
    # "they plan to"); an Indonesian one is a noun as it stands ("RUU itu", "berencana" is another word)
    doc = {lang: rf"(?:{dets[lang]})\s+(?:(?!(?:{dets[lang]})\s)[\w'’-]+\s+){{0,4}}?(?:{docs[lang]})" if dets[lang]
           else rf"(?:{docs[lang]})" for lang in LANGS}
    under = {lang: _alternation(prov["under"][lang]) for lang in LANGS}
    rec = cues["recipients"]
    nouns = {lang: {f: cls for cls, info in rec["classes"].items() for w in info[lang]
                    for f in (_english_forms(w) if lang == "en" else [w])} for lang in LANGS}
    noun_rx = {lang: _alternation(nouns[lang]) for lang in LANGS}
    each = {lang: _alternation(rec["each"][lang]) for lang in LANGS}
    to = {lang: _alternation(rec["to"][lang]) for lang in LANGS}
    det = {lang: rf"(?:(?:{_alternation(rec['determiners'][lang])})\s+)?" if rec["determiners"][lang] else "" for lang in LANGS}
    pur = cues["purposes"]
    pur_words = {lang: {w: cls for cls, info in pur["classes"].items() for w in info[lang]} for lang in LANGS}
    pur_rx = {lang: _alternation(pur_words[lang]) for lang in LANGS}
    pur_nouns = {lang: _alternation(pur["nouns"][lang]) for lang in LANGS}
    pur_for = {lang: _alternation(pur["for"][lang]) for lang in LANGS}
    # the works a sum pays for, between "untuk"/"for" and the purpose ("untuk perluasan akses internet", "to expand")
    pur_works = {lang: _alternation(pur["works"][lang]) for lang in LANGS}
    # a verb of earmarking between a sum and its cue ("35 billion euros set aside for …", "disimpan untuk")
    pur_set_aside = {lang: _alternation(pur["set_aside"][lang]) for lang in LANGS}
    # a budget line named by its purpose alone ("transfer ke daerah Rp857,6 triliun", "regional transfers of …")
    pur_lines = {lang: _alternation(pur["lines"][lang]) for lang in LANGS}
    pur_before = {
        "id": rf"(?<![\w-])(?:(?:{pur_nouns['id']})\s+(?:(?:{pur_for['id']})\s+)?(?P<purpose>{pur_rx['id']})|"
              rf"(?P<purpose3>{pur_lines['id']}))(?![\w-])",
        "en": rf"(?<![\w-])(?:(?P<purpose>{pur_rx['en']})\s+(?:{pur_nouns['en']})|(?:{pur_nouns['en']})\s+(?:{pur_for['en']})\s+"
              rf"(?:the\s+)?(?P<purpose2>{pur_rx['en']})|(?P<purpose3>{pur_lines['en']}))(?![\w-])",
    }
    refs = {lang: _compile({w: rid for rid, info in places["reference_points"].items() if not rid.startswith("_")
                            for w in info.get(lang, [])}) for lang in LANGS}
    return _Extras(
        holders=holders,
        draft_rx=re.compile(rf"(?<![\w-])(?:{_alternation(drafts)})(?![\w-])", re.IGNORECASE),
        invitation={lang: _compile({w: "invitation" for w in cues["invitation"][lang]}) for lang in LANGS},
        suppose={lang: _compile({w: "suppose" for w in cues["suppose"][lang]}) for lang in LANGS},
        references=refs,
        dimensions={lang: _compile({w: cls for cls, info in _load("predicates.json")["classes"].items()
                                    for w in info.get("follows", {}).get(lang, [])}) for lang in LANGS},
        plan_documents={lang: re.compile(rf"(?<![\w-]){doc[lang]}(?![\w-])", re.IGNORECASE) for lang in LANGS},
        plan_under={lang: re.compile(rf"(?<![\w-])(?:{under[lang]})\s+(?:[\w'’-]+\s+){{0,2}}?{doc[lang]}(?![\w-])",
                                     re.IGNORECASE) for lang in LANGS},
        not_plan_documents={lang: _compile({w: "not" for w in prov["not_documents"][lang]}) for lang in LANGS},
        # "per desa", "untuk setiap desa", "kepada provinsi itu", "for each village", "to the province"
        recipient_after={lang: re.compile(rf"\s*(?:(?:{to[lang]})\s+(?P<each>(?:{each[lang]})\s+)?|(?P<per>(?:{each[lang]})\s+))"
                                          rf"{det[lang]}(?P<noun>{noun_rx[lang]})(?![\w-])", re.IGNORECASE)
                         for lang in LANGS},
        # "Setiap desa akan menerima", "Each village will get", "Provinsi itu mendapat", "The province was allocated"
        recipient_before={lang: re.compile(rf"(?<![\w-])(?P<each>(?:{each[lang]})\s+)?{det[lang]}(?P<noun>{noun_rx[lang]})(?![\w-])",
                                           re.IGNORECASE) for lang in LANGS},
        recipient_classes={" ".join(f.lower().split()): cls for lang in LANGS for f, cls in nouns[lang].items()},
        purpose_before={lang: re.compile(pur_before[lang], re.IGNORECASE) for lang in LANGS},
        # "for the banks", "set aside for its crippled banks": a verb of earmarking may stand between the sum and the
        # cue, a determiner may bring one word of its own before the purpose
        purpose_after={lang: re.compile(rf"\s*(?:(?:{pur_set_aside[lang]})\s+)?(?:{pur_for[lang]})\s+(?:(?:{pur_nouns[lang]})\s+|(?:the|its|their)\s+(?:[^\W\d_]+\s+)??)?"
                                        rf"(?:(?:{pur_works[lang]})\s+)?"
                                        rf"(?P<purpose>{pur_rx[lang]})(?![\w-])",
                                        re.IGNORECASE) for lang in LANGS},
        purpose_classes={" ".join(w.lower().split()): cls for lang in LANGS for w, cls in pur_words[lang].items()},
    )


def _world_countries() -> set[str]:
    """Every country's name in English and Indonesian as a place key, from the CLDR territory names Babel ships
    ("Malawi", "Zimbabwe", "Pantai Gading"): the lexicon's own list names only the countries its stories met."""
    from babel import Locale

    from .places import place_key

    return {place_key(name) for loc in ("en", "id") for code, name in Locale(loc).territories.items()
            if is_country_code(code)}


def is_country_code(code: str) -> bool:
    """Is a CLDR territory code a country's (two letters, not a union, a pseudo-locale or "unknown")?"""
    return len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO", "XA", "XB", "XK", "ZZ")


@lru_cache(maxsize=1)
def _group_lexicon() -> dict:
    """The compiled group lexicon of counted.json: part cues that only count before a figure, the nouns a
    nationality qualifies, demonyms, countries, codes and "its citizens"."""
    data = _load("counted.json")
    g = data["groups"]
    lex = lexicon()
    countries = set(lex.broad_places) | set(g["places"]) | set(g["demonyms"].values()) | _world_countries()
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


@lru_cache(maxsize=1)
def voting_bodies() -> frozenset[str]:
    """frame_cues.json's "voting_bodies", as actor labels: the chambers that cast votes (the DPR, the Senate, a lower
    or upper house, the Rajya Sabha …)."""
    return frozenset("@" + b for b in _load("frame_cues.json")["voting_bodies"]["ids"])
