"""Actors and sources: the actor and source keys, named entities as actors, holders of an office, source
tiers and the verbs whose object clause is a guess.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ...records import Attribution
from .. import lexicon as L
from .lexicons import LANGS, _extras, _find, _load, _overlaps, lexicon, voting_bodies
from .sentence import _ID_VERB, _Item, _Mention, _NOT_VERBS, _Sentence, _function_words
from .places import _country_of, _demonym, _demonym_place, place_key

if TYPE_CHECKING:  # annotations only: importing it at run time would form a cycle
    from .discourse import Discourse


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
        if aid == "@legislature" and _PARTY_BEFORE.search(text, 0, s) and text[s:s + 1].isupper():
            continue  # "the All Progressives Congress", "African National Congress": a party, not a chamber
        if written.lower() == "kongres" and not _kongres_is_chamber(text, s, e):
            continue  # "Partai Kongres Demokratik Rakyat", "Kongres PSSI": a party or a congress held, not a chamber
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
        inner = [t for t in taken if ent.start < t[0] and t[1] < ent.end and _PERSON_TITLE.search(text, t[0], t[1])]
        if inner and re.match(r"\s+[A-Z]", text[max(inner)[1] :]):
            # "Home Minister Ramesh Lekhak": an office inside the capitalised run, a person's name after it; the
            # person acts, as after "Interior Minister"
            cut = max(inner)[1] - ent.start + 1
            ent = replace(ent, start=ent.start + cut, text=ent.text[cut:])
            words = ent.text.split()
        ministry = _MINISTRY_WORDS.match(ent.text) if len(words) > 2 else None
        if ministry:
            # "Menteri Dalam Negeri Ramesh Lekhak", "Menteri Luar Negeri Retno Marsudi": the ministry's words
            # after the title are not the person's name
            ent = replace(ent, start=ent.start + ministry.end(), text=ent.text[ministry.end() :])
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
        if _STORM_WORD.match(ent.text):
            continue  # "Cyclone Idai", "Topan Haiyan": a storm is the incident, not who acts
        if len(words) == 1 and (_demonym(ent.text) or (_country_of(ent.text, demonym=True) and not any(
                t[0] == ent.end + 1 for t in taken))) and re.match(r"\s+[a-z]", text[ent.end : ent.end + 2]):
            continue  # "the Indonesian island", "the Libyan city", "154 Dutch nationals": an adjective, not an actor
        out.append(_Mention(ent.start, ent.end, "actor", actor_key(ent.text), ent.text))
    out.sort(key=lambda m: m.start)
    generic = lex.generic_actors
    merged: list[_Mention] = []
    for m in out:
        prev = merged[-1] if merged else None
        if prev is not None and m.label == "@legislature" and prev.label in voting_bodies() \
                and re.fullmatch(r"\s+(?:of(?:\s+the)?|dari|di)\s+", text[prev.end : m.start], re.I):
            # "the lower house of parliament", "majelis rendah di parlemen": the chamber, named with its parliament
            merged[-1] = _Mention(prev.start, m.end, "actor", prev.label, text[prev.start : m.end], prev.extra)
            continue
        if prev is not None and prev.label in voting_bodies() and not m.label.startswith("@") \
                and re.fullmatch(r"\s+", text[prev.end : m.start]) and _country_of(m.text, demonym=False):
            # "Majelis rendah di parlemen Chile", "Senat Filipina": the chamber, of its country
            merged[-1] = _Mention(prev.start, m.end, "actor", prev.label, text[prev.start : m.end], prev.extra)
            continue
        if prev is not None and re.fullmatch(r"['’]s\s+|\s+", text[prev.end : m.start]):
            if prev.label in generic and not m.label.startswith("@"):  # "parlemen Hungaria"
                merged[-1] = _Mention(prev.start, m.end, "actor", m.label, m.text, prev.label)
                continue
            if (m.label in generic or m.label in ("@government", "@military") and (_country_of(prev.text, demonym=False)
                                                                      or _country_of(prev.text, demonym=True))) \
                    and not prev.label.startswith("@"):  # "Hungary's lawmakers", "North Macedonia's government", "Algeria's army"
                merged[-1] = _Mention(prev.start, m.end, "actor", prev.label, prev.text, m.label)
                continue
            if prev.label in ("@military", "@government") and not m.label.startswith("@") \
                    and _country_of(m.text, demonym=False):
                # "tentara Korea Utara", "Pemerintah Bulgaria": a country's army or government is the country, as
                # "North Korea's military" and "Bulgaria's government" are
                merged[-1] = _Mention(prev.start, m.end, "actor", m.label, m.text, prev.label)
                continue
            if prev.label.startswith("@") and prev.label not in generic and m.text.lower() in lex.spellings:
                merged[-1] = _Mention(prev.start, m.end, "actor", prev.label, text[prev.start : m.end])
                continue  # "Polisi Hong Kong": the police (of Hong Kong)
        merged.append(m)
    return merged


def _kongres_is_chamber(text: str, s: int, e: int) -> bool:
    """Is Indonesian "kongres" a chamber? Only after no party word and before no name but a country's ("Kongres
    Argentina", "Kongres AS", "kongres menyetujui"), never "Partai Kongres …" or "Kongres PSSI"."""
    if re.search(r"(?<![\w-])partai\s+$", text[max(0, s - 8) : s], re.IGNORECASE):
        return False
    name = re.match(r"\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*)", text[e:])
    return name is None or _country_of(name.group(1), demonym=False) is not None


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


def _name_like(word: str) -> bool:
    from ..entities import _aliases, _key

    return word.isupper() or _key(word) in _aliases() or any(c.isupper() for c in word[1:]) or "-" in word \
        or word.lower() in lexicon().spellings


_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")
# a short name in brackets after a full name: "(Indeci)", "(Basarnas)"; a body's when the full name is one
_SHORT_NAME = re.compile(r"[A-Z][\w'’.-]*\s+\(([A-Z][a-z]{2,11})\)\s*$")


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
    short = _SHORT_NAME.search(speaker)
    if short and not acronyms and not bodies and _named_body(speaker[: short.start(1) - 1]):
        # "Institut Nasional Pertahanan Sipil (Indeci)", "the National Civil Defence Institute (Indeci)": the short
        # name in brackets keys the body in either language, as an acronym would
        return "org:" + short.group(1).lower() + _tier(speaker)
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
    body = _named_body(speaker)
    if body:
        return "body:" + body + _tier(speaker)
    agency = _NEWS_AGENCY.search(speaker)
    if agency:
        # "the state-run Bakhtar news agency", "kantor berita Bakhtar": a news agency is a body, never a person
        return "body:" + (agency.group(1) or agency.group(2)).lower()  # "state-run" is no state's tier
    from ..attributions import speaker_name

    # "Yildirim had", "on Monday he": the auxiliary or pronoun after a name, and a day before it, are no one's name
    phrase = speaker_name(speaker)
    name = _SPEAKER_TAIL.sub("", _SPEAKER_DAY_AFTER.sub("", _SPEAKER_DAY.sub("", phrase)))
    if not name:
        return None
    # "A strong aftershock on Sept. 4", "Sebuah gempa susulan pada Selasa": a day's phrase, no word capitalised but
    # the sentence's first and the day's, names no one ("Para pemimpin desa" names the village leaders, a source)
    words = [w.strip(".,") for w in phrase.split()]
    days = [w for w in words if w.lower() in L.WEEKDAYS or w.lower() in L.MONTHS]
    if days and not any(w[:1].isupper() and w not in days
                        for w in words[1 if words and words[0].lower() in _DETERMINERS else 0 :]):
        return None
    # "agency spokesman Abdul Muhari" and "Abdul Muhari": the person is the capitalised words at the end
    # ("Tamim al-Shami": a particle joined to a name part with a hyphen is the name's)
    tail = re.search(r"(?<![\w'’.-])(?:(?:[a-z]{1,3}-)?[A-Z][\w'’.-]*\s+)*(?:[a-z]{1,3}-)?[A-Z][\w'’.-]*$", name)
    return "name:" + (tail.group(0) if tail else name).casefold()


_WEEKDAY_WORDS = L.alternation(L.WEEKDAYS)
# a day a speaker phrase opens with ("on Monday he said") or closes with ("Tamim al-Shami pada Sabtu malam",
# "Peskov on Monday"): no one's name
_SPEAKER_DAY = re.compile(r"^(?:(?:on|pada|hari|early|late|last)\s+)*(?:" + _WEEKDAY_WORDS + r")(?![\w'’-])[\s,]*",
                          re.IGNORECASE)
_SPEAKER_DAY_AFTER = re.compile(r"(?:\s+(?:on|pada|hari|early|late|last))*\s+(?:" + _WEEKDAY_WORDS + r")"
                                r"(?:\s+(?:malam|pagi|siang|sore|dini\s+hari|night|morning|evening|afternoon))?[\s,]*$",
                                re.IGNORECASE)
# words a speaker phrase may run on with past its name ("Yildirim had claimed", "Peskov juga mengatakan"): an
# auxiliary, a pronoun, an adverb of time
_SPEAKER_TAIL = re.compile(r"(?:\s*\b(?:had|has|have|was|were|is|are|would|will|he|she|they|it|we|also|then|later|"
                           r"earlier|again|first|initially|juga|pun|sempat|telah|sudah|kemudian|ia|dia|mereka))+$",
                           re.IGNORECASE)
# a determiner that opens a sentence capitalised: "The number of people", "Sebuah gempa susulan"
_DETERMINERS = frozenset({"a", "an", "the", "sebuah", "seorang", "sejumlah", "beberapa", "para"})


# The head word of an institution's proper name: "Departemen Sosial", "Badan Pusat Statistik", "the China Earthquake
# Networks Center". Indonesian puts it first, English mostly last.
_NEWS_AGENCY = re.compile(r"(?<![\w'’-])([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+news\s+agency(?![\w-])|"
                          r"(?i:kantor\s+berita|news\s+agency)\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
BODY_HEADS = frozenset({"departemen", "kementerian", "badan", "dinas", "lembaga", "komisi", "pusat", "direktorat", "biro",
                        "dewan", "otoritas", "institut", "ministry", "department", "agency", "office", "service", "board",
                        "commission", "council", "authority", "administration", "institute", "bureau", "center",
                        "centre", "directorate", "survey", "universitas", "university", "observatorium", "observatory",
                        "laboratorium", "laboratory"})
CONNECTORS = frozenset({"of", "for", "and", "dan", "&", "the"})
_BODY_WORD = r"(?:[A-Z][\w'’.-]*|of|for|and|dan|&)"
_NAMED_BODY = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*(?:\s+" + _BODY_WORD + r")*", re.UNICODE)
# an Indonesian ministry's words between "Menteri" and its minister's name ("Dalam" may already be cut as a function word)
_MINISTRY_WORDS = re.compile(r"(?:(?:dalam|luar)\s+)?negeri\s+", re.IGNORECASE)
# an office held by one person, whose name may follow it
_PERSON_TITLE = re.compile(r"(?i)(?:minister|menteri|president|presiden|governor|gubernur|mayor|chief|secretary)\s*$")
_OFFICE_TITLE = re.compile(r"(?i)\b(?:kepala|ketua|direktur|sekretaris|juru\s*bicara|jubir|menteri|wakil|deputi|"
                           r"head|chief|director|secretary|spokes(?:man|woman|person)|minister|deputy|chair(?:man|woman)?)\b")


def _named_body(speaker: str) -> str | None:
    """The initials of an institution named in full without a body the lexicon knows, then its name ("Departemen
    Sosial" → "ds/departemen sosial", "Badan Pusat Statistik" → "bps/badan pusat statistik"): the initials are the
    key its acronym would give, so a later "BPS" is the same source; the name tells it from a person's. None when
    no capitalised run holds an institution's head word, and None when a person holding an office in it speaks ("Kepala Badan Pusat Statistik Suhariyanto": where the body's name
    ends and the person's begins is not written, and a person may speak for any body)."""
    if _OFFICE_TITLE.search(speaker):
        return None
    for m in _NAMED_BODY.finditer(speaker):
        words = [w for w in m.group(0).split() if w.lower() not in CONNECTORS]
        if len(words) >= 2 and any(w.lower() in BODY_HEADS for w in words):
            return "".join(w[0] for w in words).lower() + "/" + " ".join(m.group(0).split()).casefold()
    return None


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


# the words a tropical storm's name follows: "Cyclone Idai", "Topan Haiyan", "Badai Tropis Seroja"
# an Indonesian kind in lower case too ("badai tropis Ana", "siklon Batsirai"); a lone lower-case "topan" or "badai" is left
# out (read in any case, it cost the perturbation set a changed toll of "topan Vamco": see reports/history.md)
STORM_WORDS = (r"(?:Cyclone|Typhoon|Hurricane|Tropical\s+Storm|Super\s+Typhoon|Topan|Badai(?:\s+Tropis)?|Siklon(?:\s+Tropis)?|"
               r"badai\s+tropis|siklon(?:\s+tropis)?)")
_STORM_WORD = re.compile(STORM_WORDS + r"\s")


# two or more title-case words right before "Congress" or "Assembly" that are no country's: a party's name
_PARTY_BEFORE = re.compile(r"(?<![\w-])(?!(?:US|U\.S\.|United\s+States|National\s+People's)\s)(?:[A-Z][a-z][\w'’]*\s+){2,}$")


def _holder_mentions(text: str, langs: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Candidates named by role or ballot number: (start, end, holder key) — "incumbent", "pair:2"."""
    out = []
    for s, e, hid, _ in _find(_extras().holders, text, langs):
        if hid == "numbered":
            m = _BALLOT_NUMBER.match(text, e)
            if not m:
                continue
            out.append((s, m.end(), "pair:" + m.group(1)))
        elif hid == "runner_up" and _NAME_APPOSED.match(text, e):
            continue  # "Pesaing terdekatnya, Wakil Presiden Leni Robredo, …": the name after it holds the votes
        else:
            out.append((s, e, hid))
    return out


# a name set off right after a role: "Pesaing terdekatnya, Wakil Presiden Leni Robredo", "his closest rival, Ana Lima"
_NAME_APPOSED = re.compile(r"\s*,\s*(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*\s*,")


# a referendum option right after a share or a count: "49.78 percent for \"Yes\"", "50,2 persen untuk \"Tidak\""
_OPTION_AFTER = re.compile(r"\s+(?:of\s+the\s+(?:vote|votes|ballots)\s+)?(?:for|untuk|bagi)\s+(?:the\s+)?[\"“']?(Yes|No|Ya|Tidak)[\"”']?"
                           r"(?![\w-])(?!\s+(?:one|satu))", re.IGNORECASE)


def _holder(sent: _Sentence, it: _Item, items: list[_Item], fig_ok: list[bool], discourse: "Discourse") -> str | None:
    """Whose votes a figure counts: the candidate named by role or number in its clause before it ("Petahana
    memperoleh kurang dari 80.000 suara", "candidate pair number 2 won 85,830 votes"), or the one an anaphoric
    subject refers to ("Keduanya menang dengan perolehan 85.830 suara" after "Pasangan calon nomor urut 2 …")."""
    text = sent.text
    start = it.qstart if it.qstart >= 0 else it.start
    named = _holder_mentions(text, sent.langs)
    # a ballot number is no figure of its own ("Candidate pair number 3 received …")
    earlier = [o for o, ok in zip(items, fig_ok) if ok and o is not it and o.tail <= start
               and not any(h0 <= o.start < h1 for h0, h1, _ in named)]
    if it.link == "restate" and earlier:
        # "6.377.482 suara atau 49,87 persen": a restatement is of the holder its figure is of
        earlier = [o for o in earlier if o is not max(earlier, key=lambda o: o.tail)]
    lo = max([o.tail for o in earlier], default=0)
    before = [h for h in named if lo <= h[0] and h[1] <= start and not re.search(r";|(?<!\d)\.(?!\d)", text[h[1] : start])]
    if before:
        return before[-1][2]
    option = _OPTION_AFTER.match(text, max(it.tail, it.qend, it.end))
    if option is not None:
        # "49.78 percent for \"Yes\"", "49,8 persen untuk \"Ya\"": the option the figure is for
        return "option:yes" if option.group(1).lower() in ("yes", "ya") else "option:no"
    at = _OPENER.match(text).end()
    m = _ANAPHOR.match(text, at)
    if m and m.end() <= start and discourse.holder:
        return discourse.holder
    return None


def _money_clause(sent: _Sentence, it: _Item, items: list[_Item], fig_ok: list[bool]) \
        -> tuple[int, int, list[_Item], int]:
    """Where a sum of money's recipient or purpose may be written: the figure's start and end, the sentence's
    other figures, and where its clause begins before it (after the figure before it, or a ";", ":" or full
    stop that is no decimal point)."""
    start = it.qstart if it.qstart >= 0 else it.start
    end = max(it.tail, it.qend)
    others = [o for o, ok in zip(items, fig_ok) if ok and o is not it]
    lo = max([o.tail for o in others if o.tail <= start]
             + [m.end() for m in re.finditer(r"[;:]|(?<!\d)\.(?!\d)", sent.text[:start])], default=0)
    return start, end, others, lo


def _recipient(sent: _Sentence, it: _Item, items: list[_Item], fig_ok: list[bool]) -> str | None:
    """Who a sum of money goes to (frame_cues ``recipients``): "each:village" for a share of every recipient ("Rp1
    miliar per desa", "Rp 1 billion for each village", "Setiap desa akan menerima Rp1 miliar", "Each village will
    get …"), "province" for one recipient ("Rp5 triliun untuk provinsi itu", "The province was allocated Rp 5
    trillion", the opening subject of the figure's clause). A share of each is never the total, nor one
    recipient's sum another's."""
    text = sent.text
    ex = _extras()
    start, end, others, lo = _money_clause(sent, it, items, fig_ok)

    def key(m: re.Match, each: bool) -> str | None:
        # the noun pattern holds every listed form (English plurals too), so a found noun is always a class's
        cls = ex.recipient_classes.get(" ".join(m.group("noun").lower().split()))
        return None if cls is None else ("each:" + cls if each else cls)

    for lang in sent.langs:
        m = ex.recipient_after[lang].match(text, end)
        if m and not any(m.start() <= o.start < m.end() for o in others):
            return key(m, bool(m.group("each") or m.group("per")))
        # the recipient right after a figure before this one is that figure's ("Rp1 miliar per desa, atau Rp70
        # triliun secara keseluruhan")
        lo = max([lo] + [r.end() for o in others if o.tail <= start
                         for r in [ex.recipient_after[lang].match(text, max(o.tail, o.qend))] if r and r.end() <= start])
    for lang in sent.langs:
        found = list(ex.recipient_before[lang].finditer(text, lo, start))
        for m in reversed(found):
            if m.group("each"):
                return key(m, True)  # "Setiap desa akan menerima Rp1 miliar", "Tiap keluarga mendapat …"
        opening = re.match(r"[\s,]*(?:[^\W\d_][\w'’-]*\s*,\s*)?", text[lo:start]).end() + lo
        if found and found[0].start() == opening:
            return key(found[0], False)  # "Provinsi itu mendapat Rp5 triliun", "The province was allocated …"
    return None


# a purpose that opens a list of purposes ("untuk jalan, jembatan, transportasi publik, dan air bersih", "for roads,
# bridges and rail"): the next item is a purpose, not another sum ("$110 billion for roads, $66 billion for rail")
_PURPOSE_LIST = re.compile(r"\s*(?:,\s*(?![^,.;]{0,12}\d)[^\d,.;]+){1,},?\s+(?:dan|and|serta)\s", re.IGNORECASE)


def _purpose(sent: _Sentence, it: _Item, items: list[_Item], fig_ok: list[bool]) -> str | None:
    """What a sum of money is for (frame_cues ``purposes``): the budget noun of its clause before it ("Anggaran
    kesehatan ditetapkan Rp187,5 triliun", "The health budget was set at …", "funding for education of …") or
    what follows it ("Rp5 triliun untuk infrastruktur", "$2 billion for defence"). The health budget is never the
    education budget, however alike the two sentences are."""
    text = sent.text
    ex = _extras()
    start, end, others, lo = _money_clause(sent, it, items, fig_ok)

    def key(written: str) -> str | None:
        return ex.purpose_classes.get(" ".join(written.lower().split()))

    for lang in sent.langs:
        m = ex.purpose_after[lang].match(text, end)
        if m and not any(m.start() <= o.start < m.end() for o in others):
            if _PURPOSE_LIST.match(text, m.end()):
                return None  # "550 miliar dolar AS untuk jalan, jembatan, transportasi publik …": the whole, of many
            return key(m.group("purpose"))
    for lang in sent.langs:
        found = list(ex.purpose_before[lang].finditer(text, lo, start))
        if found:
            m = found[-1]
            return key(next((g for g in m.groupdict().values() if g), ""))
    return None


_ANAPHOR = re.compile(
    r"(?:pasangan(?:\s+(?:calon|capres-cawapres))?(?:\s+nomor\s+urut\s+\d+)?\s+(?:itu|tersebut|ini)|keduanya|mereka|ia|dia|"
    r"beliau|he|she|they|the\s+(?:pair|duo|couple|ticket))\b", re.IGNORECASE)


_DATELINE = re.compile(r"^[^.!?\n]{0,45}?\s(?:--|[-–—])\s")


_OPENER = re.compile(r"^(?:[^.!?\n]{0,45}?\s(?:--|[-–—])\s)?(?:(?:di posisi \w+|saat itu|sementara itu|selain itu|meanwhile|"
                     r"in second place|in third place),?\s+)?", re.IGNORECASE)
