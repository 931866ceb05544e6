"""Measures: distances and their reference points, bearings, storeys, dimensions (what a length measures: a
depth, a height, a radius, how far work has got) and units.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...records import DateMention, Quantity
from .lexicons import LANGS, _alternation, _alternations, _compile, _extras, _find, _load, lexicon, predicate_class
from .sentence import _Item, _Mention, _Sentence, _function_words
from .actors import _OPENER
from .places import _NAME_WORD, _is_place_name, place_key


@lru_cache(maxsize=1)
def unit_nouns() -> frozenset[str]:
    """frame_cues.json's "unit_identifiers", both languages: the nouns that name one unit of a site ("blok",
    "reactor", "unit")."""
    return frozenset(w for lang in LANGS for w in _load("frame_cues.json")["unit_identifiers"][lang])


@lru_cache(maxsize=1)
def _unit_rx() -> re.Pattern:
    alt = _alternation(unit_nouns())
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


_COMPASS_WORDS = r"(?:north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|north|south|" \
                 r"east|west|timur\s+laut|barat\s+laut|barat\s+daya|tenggara|utara|selatan|timur|barat)"


_RESTATED_DISTANCE = re.compile(r"\s*\([^()]{1,30}\)|\)")


# a title before the name of a distance's point: "ibu kota Kathmandu", "the Nepali capital, Kathmandu", "the town of
# Labuha", "desa Sumber"
_CAPITAL_TITLE = re.compile(r"(?:ibu\s*kota|(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?(?:capital|city)(?:\s+city)?|kota|desa|"
                            r"(?:the\s+)?(?:town|city|village|port)\s+of)\s*,?\s+(?=[A-Z])")


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
    if not ws:
        return None
    # "two 146-meter towers": an English plural is its noun's ("tower")
    return found.get(ws[-1]) or (found.get(ws[-1][:-1]) if ws[-1].endswith("s") else None)


DIMENSION_CUE_REACH = 50  # characters before a length in which its clause's words may say what it measures


@lru_cache(maxsize=1)
def _dimension_cues() -> dict:
    """predicates.json "before": per language, the words before a length that give its dimension."""
    classes = _load("predicates.json")["classes"]
    return {lang: _compile({w: cls for cls, info in classes.items() for w in info.get("before", {}).get(lang, [])})
            for lang in LANGS}


# what ends the words before a length that its dimension cue is read from: clause punctuation, a spaced dash
# (not time.py's _CLAUSE_END, which a comma does not end)
_CUE_STOP = re.compile(r"[,;:()]|\s[–-]\s")


def _cue_window(text: str, start: int) -> int:
    """Where the words before a length that may say what it measures begin: at most DIMENSION_CUE_REACH characters
    back, and not before its clause's last stop (``_CUE_STOP``)."""
    lo = max(0, start - DIMENSION_CUE_REACH)
    ends = [m.end() for m in _CUE_STOP.finditer(text, lo, start)]
    return ends[-1] if ends else lo


def _dimension_before(text: str, it: _Item) -> tuple[str, str] | None:
    """The measure a length is of, read from its clause's words before it: how far work has got ("Tim mendorong
    pipa sejauh 53 meter", "has drilled 53 metres"), a zone's radius ("within 5 km of the crater", "dalam radius
    5 km"), a length ("panjang 60 meter"). The nearest cue wins; None when the clause has none."""
    start = it.qstart if it.qstart >= 0 else it.start
    lo = _cue_window(text, start)
    found = [h for lang in LANGS for h in _dimension_cues()[lang].find(text[lo:start])]
    if not found:
        return None
    _, _, cls, words = max(found, key=lambda h: (h[1], h[1] - h[0]))  # the nearest, the longest at one end
    return cls, words


def _length_of_part(text: str, it: _Item, langs) -> bool:
    """Is a length a stretch of something rather than the whole's ("a stretch of roadway about 200 metres long",
    "bagian jembatan sepanjang 200 meter", "a 200-metre section")? The part's noun (frame_cues.json
    "length_part") in the length's clause before it, or among the two words after a compound."""
    start, end = (it.qstart, it.qend) if it.qend >= 0 else (it.start, it.end)
    lo = _cue_window(text, start)
    if _names_a_part(text[lo:start], langs):
        return True
    if "-" not in text[start:end]:
        return False
    words = re.match(r"\s+(?:[a-z]\w*\s+){0,1}[a-z]\w*", text[end : end + 30])
    return bool(words and _names_a_part(words.group(0), langs))


def _names_a_part(words: str, langs) -> bool:
    """Do words name a part of something (frame_cues.json "length_part": "a stretch of", "Its main span",
    "Bentang utama jembatan")? A length of it is the part's, never the whole's: said in the length's clause, after
    its compound, or by the measure's subject however far it stands from the figure."""
    cues = lexicon().cues["length_part"]
    return any(cues[lang].find(words) for lang in langs)


def _compound_dimension(text: str, it: _Item) -> tuple[str, str] | None:
    """A length written as a compound before its noun ("a 60-metre pipe", "a 20-km exclusion zone"): the noun's
    own dimension (predicates.json "of": a tower's is its height), else its length."""
    start, end = (it.qstart, it.qend) if it.qend >= 0 else (it.start, it.end)
    if "-" not in text[start:end]:
        return None
    words = re.match(r"\s+((?:[a-z]\w*\s+){0,2}[a-z]\w*)", text[end : end + 40])
    if words is None:
        return None
    words = words.group(1).split()
    # the noun's own dimension among the next words ("a 60-metre steel tower"), else the compound's length
    own = next(((_measure_of_thing(w), w) for w in words if _measure_of_thing(w)), None)
    return own or ("length", words[0])


def _length_dimension(text: str, it: _Item, pred: _Mention | None, ref: str | None) -> tuple[str, str] | None:
    """What a length measures when its own measure predicate does not say (``pred``: that predicate, or None):
    (predicate, its words), or None to keep what it has. A dimension word after it that is no distance word
    ("36 metres deep", "3,000 metres long") wins; then a cue before it in its clause ("has drilled 53 metres",
    "within 5 km of the crater"); then a distance word after it or a point it is measured from; then a
    compound's noun ("a 60-metre pipe"). A distance predicate yields to a cue when it is only the word after
    the length ("stay at least 5 km away from the crater": a zone's radius) or when no point is named
    ("mendorong pipa sejauh 53 meter": how far the pipe has got, not how far apart two places are). A length
    none of these name has no dimension (``identity.number_veto`` compares it with no length that has one). A cue
    in the length's own clause wins over a measure predicate before that clause ("berukuran panjang 427 meter,
    lebar 55 meter"), and so does a dimension word right after the length over a predicate before it ("366 meters
    in length and 49 meters in beam")."""
    cue = _dimension_before(text, it)
    start = it.qstart if it.qstart >= 0 else it.start
    if pred is not None and cue is not None and cue[0] != pred.label and 0 <= pred.end <= _cue_window(text, start):
        return cue  # "berukuran panjang 427 meter, lebar 55 meter": the width's own word, in its own clause, wins
    after = _dimension_after(text, it)
    if pred is not None and after is not None and after[0] not in (pred.label, "distance") and 0 <= pred.end <= start:
        return after  # "366 meters in length and 49 meters in beam": the word right after the 49 says its dimension
    if pred is not None and not (pred.label == "distance" and cue is not None
                                 and (ref is None or pred.start >= (it.qend if it.qend >= 0 else it.end))):
        return None
    if after is not None and after[0] != "distance":
        return after
    if cue is not None:
        return cue
    if after is not None:
        return after
    if ref:
        return "distance", ""
    return _compound_dimension(text, it)


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
        return _between_points(text, it, end)
    rest = text[m.end() : m.end() + 40]
    # "di sebelah barat laut ibu kota Kathmandu", "northwest of the Nepali capital, Kathmandu": the name
    title = _CAPITAL_TITLE.match(rest)
    name = re.match(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*", rest[title.end():] if title else rest)
    if title and not (name and _is_place_name(name.group(0))):
        name = re.match(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*", rest)
    if name and _is_place_name(name.group(0)):
        return place_key(name.group(0))
    # "off the country's east coast", "off the east coast": a common noun's possessive or a compass word before
    # the reference noun is no point of its own
    for at in sorted({0, _REFERENCE_QUALIFIER.match(rest).end()}):
        for lang in LANGS:
            found = _extras().references[lang].find(rest[at:])
            if found and found[0][0] == 0:
                named = _named_point(text[m.end() + at + found[0][1] :]) if found[0][2] in _between_cues()[2] else None
                return named or found[0][2]  # "dari Pulau Lombok", "from the island of Lombok": Lombok
    if re.search(r"(?<![\w-])(?:from|dari)\s+(?:the\s+|its\s+|their\s+)?$", text[end : m.end()], re.IGNORECASE) \
            and re.match(r"(?!(?:total|jumlah|keseluruhan|seluruh|sum|all|overall)(?![\w-]))[a-z][a-z-]{2,}(?![\w-])", rest):
        # "sekitar 700 meter dari makam", "about 700 metres from the tomb": a point the lexicon does not know, one
        # key for every such point, so that it is told from a named place or a known reference point
        return "point"
    return None


def _named_point(rest: str) -> str | None:
    """The place name right after a reference noun usually written before one ("pelabuhan Merak", "the island of
    Lombok"), as its key; None when no place name follows."""
    name = re.match(rf"\s+(?:of\s+)?({_NAME_WORD}(?:\s+{_NAME_WORD})*)", rest)
    return place_key(name.group(1)) if name and name.group(1)[0].isupper() and _is_place_name(name.group(1)) else None


@lru_cache(maxsize=1)
def _between_cues() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """places.json "reference_points": "_between" as patterns (its cues before a distance, at the end of the text
    before it; its cues after one, at the text after it), and the "_named" reference keys."""
    data = _load("places.json")["reference_points"]
    alt = _alternations(data["_between"])

    before = re.compile(rf"(?<![\w-])(?:{alt('before')})\s+(?P<pts>[^,;.:]{{1,50}}?)\s+(?:(?:is|was|are|were|adalah|ialah|"
                        r"yakni|itu|tersebut|hanya|only|just|sekitar|about|around|roughly|some|nearly|hampir|mencapai|"
                        r"sejauh|kurang\s+lebih)\s+)*$", re.IGNORECASE)
    after = re.compile(rf"\s*(?:{alt('after')})(?![\w-])(?P<pts>[^,;.:]{{0,50}})", re.IGNORECASE)
    return before, after, frozenset(data["_named"]["keys"])


def _between_points(text: str, it: _Item, end: int) -> str | None:
    """"between" for a distance between two points ("The distance between the two islands is 30 km", "Jarak
    antara kedua pulau itu 30 km", "lie 30 km apart"), "between:…" with the points' names when they are named;
    None when the distance is not one between points."""
    before, after, _ = _between_cues()
    start = it.qstart if it.qstart >= 0 else it.start
    m = before.search(text[max(0, start - 90) : start])
    pts = m.group("pts") if m else None
    if m is None:
        m = after.match(text, end)
        if m is None:
            return None
        pts = m.group("pts")
    names = sorted({place_key(n) for n in re.findall(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*", pts)
                    if n[0].isupper() and _is_place_name(n)})
    # the islands, the two towns: one kind of point, however each language writes its plural
    return "between:" + "+".join(names) if names else "between"


# "the LNG terminal": an acronym of what the point handles before the reference noun
_REFERENCE_QUALIFIER = re.compile(rf"(?:[a-z][\w-]*['’]s\s+)?(?:{_COMPASS_WORDS}\s+)?(?:[A-Z]{{2,5}}\s+)?")
_LOCATED_BY_RELATIVE = re.compile(r"(?<![\w-])([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*,?\s+(?:which|that|yang)\s+"
                                  r"(?:(?:is|are|was|were)\s+)?(?:lie|lies|lay|sit|sits|located|situated|terletak|"
                                  r"berada|berjarak)\s+(?:(?:about|some|around|roughly|approximately|nearly|sekitar|"
                                  r"kurang\s+lebih|sejauh|hampir)\s+)?$", re.IGNORECASE)


def _located_subject(sent: _Sentence, it: _Item) -> _Mention | None:
    """What a measure locates when a relative clause says so right before it ("… near the islands, which lie
    about 200 km off the coast", "gugusan pulau yang terletak sekitar 200 kilometer dari pantai"): the noun the
    clause is of, not the sentence's subject (the searchers), so that the islands' distance from the coast and
    the debris's are two facts (``identity._things_differ``)."""
    start = it.qstart if it.qstart >= 0 else it.start
    m = _LOCATED_BY_RELATIVE.search(sent.text, max(0, start - 80), start)
    if m is None:
        return None
    words = [w for w in m.group(1).lower().split() if w not in _function_words()]
    if not words:
        return None
    return _Mention(m.start(1), m.end(1), "actor", "thing:" + " ".join(words), m.group(1))


# the noun phrase a measure phrase modifies: "sumur penyelamatan sedalam 622 meter", "kapsul berdiameter 54 cm",
# "menembus ruang perlindungan pada kedalaman 688 meter", "an escape shaft 622 meters deep", "the refuge at a depth
# of 688 metres", "the 1,182-metre bridge"
_MOD_NOUN = r"(?<![\w-])((?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))?)"
_MODIFIED_BEFORE = re.compile(
    _MOD_NOUN + r"\s+(?:(?:mereka|itu|tersebut|mine|their|its)\s+)?(?:yang\s+)?"
    r"(?:sedalam|sepanjang|setinggi|selebar|seluas|berdiameter|berkedalaman|berukuran|(?:pada|di|dengan|hingga)\s+"
    r"(?:kedalaman|ketinggian|panjang|diameter)|(?:at|to)\s+a\s+depth\s+of|(?:at|to)\s+a\s+height\s+of)"
    r"\s+(?:(?:sekitar|kurang\s+lebih|hampir|about|some|nearly|around|roughly)\s+)?$", re.IGNORECASE)
_ARTICLE_NOUN = re.compile(r"(?<![\w-])(?:(?:an?|the|its|their)\s+" + _MOD_NOUN + r"|" + _MOD_NOUN
                           + r"\s+of(?:\s+(?:up\s+to|at\s+least|about|some|nearly|around))?)\s+$", re.IGNORECASE)
# the dimension words an English length is followed by ("622 meters deep", "49 meters in beam")
_DIMENSION_WORDS_AFTER = r"deep|long|high|tall|wide|across|in\s+(?:diameter|length|width|beam|depth|height)"
_DIMENSION_AFTER = re.compile(rf"\s+(?:{_DIMENSION_WORDS_AFTER})\b", re.IGNORECASE)
_HYPHEN_NOUN = re.compile(r"-?\s*(?:(?-i:[a-z][\w-]*)\s+)?((?-i:[a-z][\w-]*))", re.IGNORECASE)


# between one dimension of a thing and the next ("sepanjang 427 meter dan selebar 55 meter", "427 meter, lebar 55
# meter, dan kedalaman 18,3 meter", "427 meters by 55 meters", "366 meters long and 49 meters wide", "366 meters in
# length and 49 meters in beam")
_NEXT_DIMENSION = re.compile(
    rf"(?:\s+(?:{_DIMENSION_WORDS_AFTER}))?\s*"
    r"(?:,\s*(?:(?:and|dan)\s+)?|\s+(?:and|dan|dengan|serta|by|x|×)\s+)"
    r"(?:(?:a\s+)?(?:width|depth|height|length|beam|draught|draft)\s+of\s+|"
    r"(?:selebar|sedalam|setinggi|sepanjang|lebar|dalam|tinggi|panjang|kedalaman|ketinggian|berkedalaman)\s+)?"
    r"(?:(?:up\s+to|hingga|sampai|sekitar|about|some|nearly|hampir)\s+)?", re.IGNORECASE)


def _next_dimension(text: str, end: int, start: int) -> bool:
    """Does a measure starting at ``start`` go on the list of one thing's dimensions whose last measure ends at
    ``end`` ("bilik sepanjang 427 meter dan selebar 55 meter": the chamber's width, not the metre's)?"""
    return bool(_NEXT_DIMENSION.fullmatch(text, end, start))


def _modified_thing(sent: _Sentence, it: _Item) -> _Mention | None:
    """The thing a measure phrase modifies, written beside the figure: the noun before an Indonesian measure
    adjective ("sumur penyelamatan sedalam 622 meter"), the noun an English dimension follows ("an escape shaft
    622 meters deep", "ships of up to 366 meters long"), the noun after a hyphenated measure ("the 1,182-metre
    bridge"), or what lies at a depth ("ruang perlindungan pada kedalaman 688 meter"). Nearer than a sentence's
    subject, so a capsule's width and its shaft's depth in one sentence are each their own thing's
    (``matching.actor_fit``)."""
    start = it.qstart if it.qstart >= 0 else it.start
    end = it.qend if it.qend >= 0 else it.end
    head = sent.text[max(0, start - 80): start]
    m = _MODIFIED_BEFORE.search(head)
    if m is None and _DIMENSION_AFTER.match(sent.text, end):
        m = _ARTICLE_NOUN.search(head)
    if m is not None:
        g = 1 if m.group(1) else 2
        words, at = m.group(g), max(0, start - 80) + m.start(g)
    else:
        h = _HYPHEN_NOUN.match(sent.text, end)
        if h is None or not sent.text[end: end + 1] == "-" and not re.match(r"\S*-", sent.text[start:end]):
            return None
        words, at = h.group(1), h.start(1)
    kept = [w for w in words.lower().split() if w not in _function_words()]
    if not kept or any(w in lexicon().skip for w in kept):
        return None
    return _Mention(at, at + len(words), "actor", "thing:" + " ".join(kept), words)


# counted nouns a quake's magnitude may be written before or after ("a 6.2 quake", "gempa 6,2", "a 5.9 aftershock")
_QUAKE_NOUNS = frozenset({"event:quake", "aftershock"})


def _magnitude_written(sent: _Sentence, it: _Item, q: Quantity) -> bool:
    """Is a count of quakes written as a magnitude is: one decimal, between 1 and 10 ("6.2", "6,2"; not "two
    quakes", "3 gempa susulan", "2.5 million")?"""
    return q.value is not None and 1 <= q.value < 10 and bool(re.fullmatch(r"\d[.,]\d", sent.text[it.start : it.end]))


# a quake named right before its magnitude ("gempa susulan 5,1 terjadi", "Gempa 5,6 melanda Lombok", "an aftershock
# of 5.1 struck"), or by a word after it the counted lists leave out ("a powerful 6.4 temblor", "a 5.6 jolt")
_QUAKE_BEFORE = re.compile(r"(?<![\w-])(?:gempa(?:\s+bumi)?(?:\s+(?:susulan|pendahuluan|utama))?|lindu|(?:earth)?quake|"
                           r"aftershock|foreshock|tremor|temblor)(?:\s+(?:of|berkekuatan|bermagnitudo|magnitudo|"
                           r"magnitude|sebesar|M))?\s+$", re.IGNORECASE)
_QUAKE_AFTER = re.compile(r"\s*(?:temblor|jolt)s?(?![\w-])", re.IGNORECASE)


def _quake_magnitude(sent: _Sentence, it: _Item, q: Quantity, counted: str | None) -> bool:
    """Is a count a quake's magnitude, written as one ("6.2", "5,1") after a quake noun, before one, or with the
    quake noun read as what it counts ("a 6.2 quake", "a 5.9 aftershock")? Not "3 gempa susulan", "two quakes":
    those count quakes. A verb after the figure ("gempa susulan 5,1 terjadi", "an aftershock of 5.1 struck") is
    no noun it counts."""
    if q.kind != "count" or not _magnitude_written(sent, it, q):
        return False
    if counted in _QUAKE_NOUNS:
        return True
    start = it.qstart if it.qstart >= 0 else it.start
    return bool(_QUAKE_BEFORE.search(sent.text, max(0, start - 40), start) or _QUAKE_AFTER.match(sent.text, it.end))


@lru_cache(maxsize=1)
def _share_wholes() -> tuple[dict, dict, re.Pattern, re.Pattern]:
    """frame_cues.json "share_wholes": the wholes a share may be of, per language (every word, and the words that
    may name it before the share too: not "_after_only"'s), the gap before a whole after a share (its unit and a
    connector: "_after"), and that gap as the end of a text (a whole right after another share is its whole)."""
    cues = _load("frame_cues.json")["share_wholes"]
    classes = {k: v for k, v in cues.items() if not k.startswith("_")}
    every = {lang: _compile({w: k for k, v in classes.items() for w in v.get(lang, [])}) for lang in LANGS}
    # "_after_only" lists words, or a class's key for all its words ("tally_sheets")
    after_only = {lang: {w for x in cues["_after_only"][lang] for w in (classes[x].get(lang, []) if x in classes else [x])}
                  for lang in LANGS}
    before = {lang: _compile({w: k for k, v in classes.items() for w in v.get(lang, [])
                              if w not in after_only[lang]}) for lang in LANGS}
    link = _alternation({w for lang in LANGS for w in cues["_after"][lang]})
    unit = r"(?:%|persen|percent|per\s+cent|pct)"
    gap = re.compile(rf"\s*{unit}?\s*(?:\(\s*[^()]{{1,20}}\)\s*)?(?:(?P<link>{link})\s+)?", re.IGNORECASE)
    after_share = re.compile(rf"\d\s*{unit}\s*(?:(?:{link})\s+)?$", re.IGNORECASE)
    return every, before, gap, after_share


_CLAUSE_BREAK = re.compile(r",\s|;|:\s")
_LIST_ITEM = re.compile(r"\s*(?:dan|serta|and|as\s+well\s+as)\s", re.IGNORECASE)


# an office named by its portfolio: "Menteri Ekonomi", "Minister of Economy", "Economy Minister", "Finance Ministry"
_OFFICE_AROUND = (re.compile(r"(?<![\w-])(?:menteri|kementerian|minister\s+of|ministry\s+of|secretary\s+of)\s+$", re.IGNORECASE),
                  re.compile(r"\s+(?:minister|ministry|secretary)(?![\w-])", re.IGNORECASE))


def _share_whole(sent: _Sentence, it: _Item, unit: str | None = None) -> str | None:
    """What a share or a rate is of, or which statistic it is ("whole:vote", "whole:gdp", "whole:inflation"): the
    statistic named before it in its clause ("The budget deficit widened to 2.9% of GDP"), else the whole named
    right after it ("68 persen suara", "25% of the votes", "sekitar 45 persen wilayah kota", "a quarter
    of the city", "25% of Derna", a named place's area), else the nearest statistic named before it in its
    sentence across a comma ("Inflasi tahunan Turki pada Mei tercatat 39,95 persen", "The jobless rate for Black
    workers rose to 16.7%", "The economy …, when it shrank 5.32 percent"). A fraction's whole is its unit
    (``unit``: "seperempat kota", "a quarter of the city"). A denominator named right after another share is that
    share's ("atau 2,29% terhadap PDB, turun dari 2,84%": the deficit's ratios, not GDP's growth). Two shares
    of one whole may state one fact; of two wholes (the city against the votes, inflation against unemployment)
    they are two. None when nothing says."""
    every, before, gap, after_share = _share_wholes()
    denominators = _load("frame_cues.json")["share_wholes"]["_denominators"]
    text = sent.text
    for lang in sent.langs if unit else ():
        found = every[lang].find(unit)
        if found and found[0][0] == 0 and found[0][1] == len(unit):
            return found[0][2]
    start = it.qstart if it.qstart >= 0 else it.start
    # a denominator right after another share is that share's ("atau 2,29% terhadap PDB, turun dari 2,84%"); any
    # other whole there is the coordinated shares' ("kubu Leave meraih 51,9 persen suara, sementara kubu Remain 48,1
    # persen")
    # a title-case word inside a sentence is part of a name or a title, not a statistic ("Menteri Ekonomi Sergio
    # Massa unggul dengan 37,6 persen", "Economy Minister Sergio Massa"); an acronym ("PDB", "GDP") still is one
    hits = [h for h in _find(before, text, sent.langs) if h[1] <= start
            and not (h[2] in denominators and after_share.search(text, 0, h[0]))
            and not (h[0] > _OPENER.match(text).end() and re.match(r"[A-Z][a-z]", text[h[0] : h[0] + 2]))
            and not _OFFICE_AROUND[0].search(text, 0, h[0]) and not _OFFICE_AROUND[1].match(text, h[1])]
    named = hits[-1][2] if hits else None
    if named:
        breaks = list(_CLAUSE_BREAK.finditer(text, hits[-1][1], start))
        if not breaks:
            return named  # "The budget deficit widened to 2.9% of GDP": the deficit's ratio, not GDP's growth
        if _LIST_ITEM.match(text, breaks[-1].end()):
            named = None  # "inflasi 2,8 persen, kurs …, dan imbal hasil SBN 6,7 persen": another item of a list
    m = gap.match(text, it.end)
    rest = text[m.end() : m.end() + 40]
    for lang in sent.langs:
        found = every[lang].find(rest)
        if found and found[0][0] == 0:
            # "a deficit of Rp 522.8 trillion, equal to 2.29 percent of GDP": a ratio to GDP is the deficit's
            return named if named and found[0][2] in denominators else found[0][2]
    if m.group("link"):
        name = re.match(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*", rest)
        if name and name.group(0)[0].isupper() and _is_place_name(name.group(0)):
            return "area"  # "25% of Derna": a share of a place is of its area
    return named
