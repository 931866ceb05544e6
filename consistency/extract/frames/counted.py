"""The figure's own number and counted noun: the number core, the noun before or after it, its modifiers,
the group it counts and the predicates a noun or clause implies.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...records import Quantity
from .. import lexicon as L
from .lexicons import _find, _group_lexicon, _overlaps, counted_family, lexicon, predicate_class
from .sentence import _Item, _Mention, _PUNCT, _Sentence, _function_words, _reach
from .places import _country_of


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
        partitive = k >= 1 and words[0].group(0).lower() in ("of", "dari")
        if sent.langs == ("en",) and (k < 2 or (partitive and k < 3 and low.endswith(("'s", "’s")))) \
                and (_ADJECTIVE_EN.match(word) or low in _modifier_words()) and low not in _function_words():
            continue  # "10,000 South Korean troops", "38 foreign nationals", "13 of the Senate's amendments"
        if low in ("of", "the") and (k == 0 or (k == 1 and low == "the" and words[0].group(0).lower() == "of")):
            continue  # "Four of the attackers were killed": the attackers are what is counted
        if low == "dari" and k == 0 and len(words) > 1 and any(
                s0 == words[1].start() or (words[1].group(0).lower() == "para" and len(words) > 2 and s0 == words[2].start())
                for s0, _, _, _ in candidates):
            continue  # "menolak 13 dari amandemen yang diajukan Senat": the amendments are what is counted
        if low == "para" and partitive and k == 1:
            continue  # "tiga dari para korban"
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


_PREVIOUS_ALONE = re.compile(r"(?:sebelumnya|semula|previously|earlier|up from|down from|naik dari|turun dari)\s+"
                             r"(?:(?:sekitar|about|around|at least|setidaknya|sedikitnya)\s+)?$", re.IGNORECASE)


_PREVIOUS_WITH_CHANGE = re.compile(r"(?<![\w-])(?:(?:dari|from)\s+(?:(?:angka|radius|a\s+radius\s+of|ketinggian|kedalaman|an\s+altitude\s+of|a\s+height\s+of|a\s+depth\s+of|sebelumnya|about|around|sekitar|at least|"
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


# the part cues that open a breakdown of the figure before them into the figures after them
# ("di antaranya" is not one: "sekitar 300 di antaranya" is 300 of them)
_BREAKDOWN = re.compile(r"terdiri\s+(?:atas|dari)|consisting\s+of|comprising|made\s+up\s+of", re.IGNORECASE)
# what may stand between a breakdown's cue and a later item of it (at most LIST_SPAN characters): earlier items,
# the last ended by a comma or "dan"/"and" right before this one; no clause of another kind between ("; ",
# "sementara", "while", a speech tag, a relative clause), and the item has no verb of its own after it (``_modifiers``)
_LIST_ITEM = re.compile(r"(?:(?![;:]|\b(?:sementara|sedangkan|namun|tetapi|while|whereas|but|kata|ujar|katanya|ujarnya|"
                        r"said|says|yang|which|who)\b)[^;:])*?"
                        r"(?:,|\b(?:dan|and|serta)\b)\s*(?:sebanyak\s+)?", re.IGNORECASE)
LIST_SPAN = 120
# a tally's own noun before "of the dead" ("cut its count of the dead to 987", "the number of the victims rose to
# 40", "jumlah dari korban tewas"): the phrase names the whole the figure is, not a part of it
_TALLY_OF = re.compile(r"(?<![\w-])(?:count|number|toll|tally|total|figure|jumlah|angka)\s*$", re.IGNORECASE)
# the whole a breakdown cue follows: a figure and up to three words of its noun phrase right before the cue
# ("50 orang, terdiri atas", "a total of 50 people, consisting of")
_WHOLE_BEFORE = re.compile(r"\d[\d.,]*(?:\s+[^\W\d][\w'’-]*){0,3}\s*,?\s*$")
WHOLE_SPAN = 60
# a toll named without its figure before a breakdown ("korban tewas itu terdiri atas empat tentara, 24 warga setempat,
# dan 117 warga Rohingya", "the dead were made up of …"): each item is a part of the toll, as after a figure
_VICTIMS_BEFORE = re.compile(r"(?<![\w-])(?:(?:jumlah\s+)?korban(?:\s+(?:tewas|meninggal(?:\s+dunia)?|jiwa|luka(?:-luka)?))?"
                             r"(?:\s+(?:itu|tersebut))?|the\s+(?:dead|victims|casualties|fatalities|injured))\s*,?\s*"
                             r"(?:(?:were|was|are|is)\s+)?$", re.IGNORECASE)


def _later_list_item(sent: _Sentence, it: _Item, cue_end: int, start: int) -> bool:
    """Is the figure at ``start`` a later item of the list a part cue or a breakdown cue opens at ``cue_end`` (within
    LIST_SPAN, earlier items between, ``_LIST_ITEM``)? Not a figure with a verb of its own after it ("…, dan 12 orang
    lainnya masih hilang", "…, and 300 were injured")."""
    return cue_end <= start and start - cue_end <= LIST_SPAN \
        and _LIST_ITEM.fullmatch(sent.text, cue_end, start) is not None \
        and not (it.predicate is not None and it.predicate.start >= it.end)


def _object_of_verb(sent: _Sentence, it: _Item, start: int) -> bool:
    """Is the figure the object right after its own predicate's verb ("killing 139", "killed at least 30")?"""
    p = it.predicate
    return p is not None and 0 <= p.end <= start and not sent.text[p.end:start].strip()


def _modifiers(sent: _Sentence, it: _Item) -> set[str]:
    """Words that make a different fact of the counted thing: after its noun in the same clause ("suara di
    antaranya dinyatakan sah"), or just before the figure ("suara tidak sah berjumlah 49.135", "laki-laki
    197.213 jiwa"); "termasuk" / "including" just before the figure makes it a part."""
    out = set()
    start = it.qstart if it.qstart >= 0 else it.start
    for s, e, _mid, _ in _find(_group_lexicon()["part_before"], sent.text, sent.langs):
        if e <= start and sent.cost(e, start, owner=it.index) <= 1.0:
            out.add("part")  # "tewas, termasuk 22 polisi", "died, including 32 children"
        elif _later_list_item(sent, it, e, start):
            # "145 people had died, among them four soldiers, 24 local residents and 171 Rohingya": every item of
            # the list is a part, not only the first
            out.add("part")
    for s, e, mid, _ in _find(lexicon().modifiers, sent.text, sent.langs):
        if it.qstart <= s < it.start:
            continue  # the figure's own qualifier ("more than 5,300")
        # a part cue that makes no part: after a tally's own noun ("its count of the dead"), or after a figure that
        # is its own verb's object ("with 539 people on board, killing 139 of them": the count of that verb, the toll)
        if mid == "part" and (_TALLY_OF.search(sent.text, max(0, s - 12), s)
                              or (s >= it.tail and _object_of_verb(sent, it, start))):
            continue
        # a breakdown with no whole before it ("Undang-undang itu terdiri atas 37 bab dan 624 pasal") lists what
        # the thing is made of: each item is that thing's whole count, no part
        breakdown = mid == "part" and _BREAKDOWN.fullmatch(sent.text, s, e)
        if breakdown and not _WHOLE_BEFORE.search(sent.text, max(0, s - WHOLE_SPAN), s) \
                and not _VICTIMS_BEFORE.search(sent.text, max(0, s - WHOLE_SPAN), s):
            continue
        if it.end <= s < max(it.tail, it.end + 1):  # "38 foreign nationals", "31 warga negara asing"
            if not breakdown:
                out.add(mid)
        elif s >= it.tail and sent.cost(it.tail, s, owner=it.index) <= 2.0:
            if not breakdown:  # "50 orang, terdiri atas 42 … dan 8 …": the figure a breakdown follows is its whole
                out.add(mid)
        elif breakdown and _later_list_item(sent, it, e, start):
            # "terdiri atas 42 orang di Abaco dan 8 orang di Grand Bahama": every item is a part
            out.add(mid)
        elif e <= it.start and not it.prep_object and sent.cost(e, it.start, owner=it.index) <= \
                (2.5 if mid in ("part", "strongest") else 1.0):  # "Sebagian besar korban, yakni 1.203 orang",
            # "The strongest aftershock measured 4.4": past the shock's noun
            out.add(mid)
    return out


def _noun_modifiers(sent: _Sentence, it: _Item) -> set[str]:
    """The modifiers a figure's own noun phrase carries ("four boys": male; "38 foreign nationals": foreign),
    which a coordinated figure that leaves the noun out shares."""
    return {mid for s, _e, mid, _ in _find(lexicon().modifiers, sent.text, sent.langs)
            if it.end <= s and (s < it.tail or not sent.text[max(it.end, it.tail):s].strip())}


# a word number whose figure a whole follows ("Delapan dari sembilan anggota", "eight of the nine"): not a scale or a
# vague word, which a change writes before its earlier value ("naik menjadi 1,2 juta dari 900.000", "puluhan dari 120")
_BASE_WORDS = sorted(set(L.UNIT_WORDS_ID) | set(L.UNIT_WORDS_EN) | {"belas", "puluh", "sebelas", "seratus"}, key=len, reverse=True)
_BASE = re.compile(r"(?:\d[\d.,]*\s*(?:%|persen|percent)?|seperempat|sepertiga|setengah|separuh|sebagian|sebagian besar|"
                   r"quarter|third|half|most|majority|some|(?<![\w-])(?:" + "|".join(re.escape(w) for w in _BASE_WORDS) + r"))"
                   r"\s+(?:dari|of)\s+"
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
    # a figure inside the subject's phrase that counts a thing of it ("the collapse of an eight-storey building")
    # does not end the subject
    start = max([0] + [o.end for o in items if o.end <= verb.start() and not _thing_of_subject(o, subjects)]
                + [m.end() for m in re.finditer(r"[;:]", text[: verb.start()])])
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


_TO_VALUE = re.compile(r"(?<![\w-])(?:to|into|menjadi|jadi)(?![\w-])", re.IGNORECASE)  # "… in the first count to 85"


# a part named before its whole: "… termasuk di antara 298 …", "… were among the 298 …", "… di antara 298 …"
_AMONG_WHOLE = re.compile(r"(?:\s+[^\W\d_][\w-]*){0,3}?\s+(?:(?:were|was|are|is)\s+)?(?:termasuk\s+)?"
                          r"(?:di\s?antara|among)(?:\s+(?:the|para))?\s+", re.I)


def part_before_whole(items: list[_Item], text: str) -> None:
    """"193 warga Belanda termasuk di antara 298 korban tewas", "154 Dutch nationals were among the 298 people
    killed": a part named before its whole shares what happened to the whole (its predicate), which it names
    only there."""
    for part, whole in zip(items, items[1:]):
        if part.predicate is None and whole.predicate is not None and _AMONG_WHOLE.fullmatch(text, part.end, whole.start):
            part.predicate = whole.predicate


def group_counted(group: str | None, counted: str | None, inferred: bool) -> tuple[str | None, bool]:
    """What a figure with no noun of its own counts when a nationality or origin qualifies it ("two were from
    Thailand", "173 of the passengers were South Korean nationals"): people (inferred), as "tiga warga negara
    Thailand" does; (counted, inferred) unchanged otherwise."""
    if group and counted is None:
        return "people", True
    return counted, inferred


# a figure set in apposition after its clause: "Korban meninggal terbanyak berada di Kabupaten Hulu Sungai Tengah,
# yakni delapan orang", "Most of the deaths were in the regency, namely eight people"
_APPOSED = re.compile(r",\s*(?:yakni|yaitu|ialah|namely|that is)\s+$", re.IGNORECASE)


def apposed_subject(items: list[_Item], text: str, preds: list, langs: tuple[str, ...] = ("id", "en")) -> None:
    """A figure with no predicate of its own, set after ", yakni" / ", namely", restates its clause's subject:
    it takes the last count predicate of the clause before it (no other figure between), as "Jumlah korban …
    mencapai 384 orang" takes its subject's ("delapan orang" counts the dead of "Korban meninggal terbanyak …").
    With no such predicate, a subject that counts victims gives it its noun."""
    for n, it in enumerate(items):
        start = it.qstart if it.qstart >= 0 else it.start
        if it.predicate is not None or not _APPOSED.search(text, 0, start):
            continue
        lo = items[n - 1].end if n else 0
        head = [p for p in preds if lo <= p.start and p.end <= start and not predicate_class(p.label).get("measure")]
        if head:
            it.predicate = head[-1]
            it.counted_how = "subject" if it.counted_how in (None, "elided") else it.counted_how
        elif it.counted is None or _generic_person(it.counted):
            # no count verb in the clause ("Korban terbanyak jatuh di gedung konser Bataclan, yakni 98 orang",
            # "Most of the victims were at the concert hall, namely 98 people"): the figure counts its clause's
            # subject, the victims, not people at large
            lex = lexicon()
            subject = [(cls, written) for s0, e0, cls, written in _find(lex.counted, text[lo:start], langs)
                       if lex.counted_info.get(cls, {}).get("evolving") and _generic_person(cls)]
            if subject and subject[0][0] != it.counted:
                it.counted, it.counted_text = subject[0]
                it.counted_how = "subject"


def _generic_person(cls: str | None) -> bool:
    """A noun that counts people of any kind ("orang", "people", "korban", "casualties")."""
    return bool(cls and lexicon().counted_info.get(cls, {}).get("generic_person"))


def _thing_of_subject(o: _Item, subjects: list[_Mention]) -> bool:
    """Is a figure a count of a thing that no predicate governs, after a subject that counts people ("an
    eight-storey building", "gedung sembilan lantai" inside "the death toll from the collapse of …")? It describes
    a noun of the subject's phrase. Without such a subject before it ("dibagi menjadi 9 kabupaten dan 2 kota")
    it is a figure of its own and ends the subject as before."""
    return o.predicate is None and counts_a_thing(o) \
        and any(m.end <= o.start and predicate_class(m.label).get("counted") == "people" for m in subjects)


def counts_a_thing(it: _Item) -> bool:
    """Does a figure's own noun count a thing, not people, an event or an unknown unit ("an eight-storey
    building", "gedung sembilan lantai")? No people-counting predicate is its (``build._counts_other``)."""
    family = counted_family(it.counted) if it.counted else None
    return it.counted_how == "noun" and family not in (None, "people") \
        and not (it.counted or "").startswith(("event:", "unit:"))

