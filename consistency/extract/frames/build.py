"""frame_sentence: the frame of each figure and date of one sentence, built from the other frames modules.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from ...records import AsOf, Attribution, DateMention, Frame, Place, Quantity
from .. import lexicon as L
from .lexicons import (ACTOR_REACH, CASUALTY_PREDICATES, INF, LANGS, PREDICATE_REACH, SOURCE_REACH, _alternation, _alternations,
    _extras, _find, _langs, _load, _overlaps, counted_family, lexicon, predicate_class, voting_bodies)
from .sentence import LIST_JOIN, PASSIVE_AGENT, _COMMA, _Item, _Mention, _Sentence, _link, _nearest, _negated, _reach
from .counted import (_generic_person, _AS_HIGH_AS, _BASE, _COORDINATOR, _ELSEWHERE, _NUMBER_OF, _POPULATION, _TOTAL_BEFORE,
    _clause_subject, _counted_after, _counted_before, _frame_own_words, _group, _implied_predicates, _label_kind,
    _looks_like_magnitude, _modifiers, _noun_modifiers, apposed_subject, counts_a_thing, group_counted, number_core, part_before_whole)
from .places import _attach_places, _country_of, _is_place_name, _places, _site, place_key
from .actors import (_INVITED_TO, _OPENER, _TIER_AFTER, _actors, _holder, _named_body, _named_places, _purpose, _recipient,
    _supposed, _victims_fell, source_key)
from .time import (DAYS_BEFORE, days_before, _OWN_VERB_GAP, _as_of_phrases, _figure_as_of, _figure_when, _now_dated, _recalled, _reported_days,
                   _tally_days, _times)
from .measures import (_SITE_FAMILIES, _bearing, _share_whole, _building_storeys, _length_dimension, _length_of_part,
    _located_subject, _measure_of_thing, _modified_thing, _names_a_part, _next_dimension, _measures_one_object, _quake_magnitude, _reference_point, _scene_visit, _with_unit)
from .votes import (_body_mentions, _body_of_apposition, _cast, _contrasted, _elsewhere, _media_tally, _count_stage, _rate_period,
                    _legislature_mentions, _threshold, _vote_body, _vote_categories, _vote_country, _with_loads, _won_with, no_chamber,
                    party_segment, staged, vote_measure, vote_round, vote_segment)
from .events import (hazard_notice, stormed_by_attackers, HEDGE_REACH, PLAN_REACH, PLAN_REACH_MEASURE, _compared_event, _context, _cued, _dated_by_incident,
    _figure_events, _incident_day, _incident_order, when_clause_day, _is_change, _object_event, _planned, _provision, _story_incident,
    _sub_event, _until, _background_incident, provision_modals)
from .dates import _frame_dates
from .discourse import (Discourse, _AT_PLACES, _MOUNTAIN_ANAPHOR, _PART_OF_DAY, _PREP_BEFORE, _THAT_COUNT, _THAT_FIGURE,
    _STORM_NAME, _counts_incidents, election_days, _is_previous, _named, _resolve_office, _subject_actor, _thing_subject,
    superseded)



# the word that leads from a change to the level it reached ("to", "menjadi", "ke level"), with an approximation
_TO_LEVEL = r"(?:to|menjadi|ke\s+level|ke\s+angka|ke|hingga)\s+(?:about\s+|around\s+|sekitar\s+)?"
# a level written after a change ("rose 0.5 percent to 5.9 percent", "naik 0,5 persen menjadi 5,9 persen")
_LEVEL_AFTER = re.compile(r"[^.;,]{0,30}?(?<![\w-])" + _TO_LEVEL + r"(?:minus\s+|-)?\d", re.IGNORECASE)

# between a change and the level it reached: "cut by 5,337 to 41,329", "naik 12 orang menjadi 50 orang"
_LEVEL_JOIN = re.compile(r"\s*" + _TO_LEVEL, re.IGNORECASE)

# right after a seat count: the seats of every chamber together ("118 seats in all", "390 seats in both houses",
# "348 kursi di kedua majelis", "secara keseluruhan")
# ("in all" only in a sentence that names one chamber: "133 seats overall" may count a single house's list seats too)
_ALL_SEATS = re.compile(r"\s*,?\s*(?:in\s+all|in\s+total|altogether|overall|secara\s+keseluruhan|"
                        r"(?P<both>(?:across|in)\s+both\s+(?:houses|chambers)|di\s+kedua\s+(?:majelis|kamar)))(?![\w-])",
                        re.IGNORECASE)
# a whole a share or a part is of, right before its figure ("dua pertiga dari 81 anggota Senat", "two-thirds of the 81
# members"): not the figure "Jumlah itu" / "That total" refers back to
_OF_A_WHOLE = re.compile(r"(?<![\w-])(?:pertiga|perempat|setengah|separuh|persen|thirds?|quarters?|half|per\s?cent|majority|"
                         r"mayoritas)\s+(?:dari|of)\s+(?:the\s+|its\s+|their\s+|total\s+)?$", re.IGNORECASE)
# the period a sum of money is a result of, told in its own clause: a quarter ("laba kuartal keempat", "pada kuartal
# sebelumnya", "in the fourth quarter") or a whole year ("sepanjang 2022", "pada tahun sebelumnya", "for the year")
_QUARTER = re.compile(r"(?<![\w-])(?:kuartal|triwulan|quarter|quarterly|Q[1-4])(?![\w-])", re.IGNORECASE)
_YEAR_PERIOD = re.compile(r"(?<![\w-])(?:sepanjang(?:\s+tahun)?\s+\d{4}|(?:pada\s+)?tahun\s+(?:sebelumnya|lalu|ini|buku)|"
                          r"setahun|tahunan|full[- ]year|for\s+the\s+(?:full\s+)?year|over\s+the\s+year|annual|"
                          r"(?:fiscal|financial)\s+year|a\s+year\s+earlier|the\s+previous\s+year|in\s+\d{4})(?![\w-])", re.IGNORECASE)
_CLAUSE_EDGE = re.compile(r"[,;:]|\s(?:while|whereas|sementara|sedangkan)\s")


@lru_cache(maxsize=1)
def _excluded() -> re.Pattern:
    """frame_cues.json's "excluded": a count's noun phrase, up to six words, a lead adverb, a cue that it is no part
    of the story's toll."""
    cues = _load("frame_cues.json")["excluded"]
    alt = _alternations(cues)
    return re.compile(rf"\s*(?:[^\W\d][\w'’-]*\s+){{0,6}}?(?:(?:{alt('leads')})\s+)?(?:{alt('cues')})(?![\w-])",
                      re.IGNORECASE)


def _period(text: str, it) -> str | None:
    """"quarter" or "year": the one period a sum of money's clause names, else None."""
    start = it.qstart if it.qstart >= 0 else it.start
    lo = max([m.end() for m in _CLAUSE_EDGE.finditer(text, 0, start)], default=0)
    m = _CLAUSE_EDGE.search(text, it.tail)
    clause = text[lo : m.start() if m else len(text)]
    quarter, year = bool(_QUARTER.search(clause)), bool(_YEAR_PERIOD.search(clause))
    return "quarter" if quarter and not year else "year" if year and not quarter else None


# a contrast between two clauses, each of its own source
_CONTRAST = re.compile(r"(?:,\s*|\s)(?:while|whereas|but|sementara(?:\s+itu)?|sedangkan|namun|tetapi)\s", re.IGNORECASE)
# a state that still holds, opening a predicate ("masih dirawat", "still in hospital", "remain hospitalised")
_STILL = re.compile(r"(?:masih|still|remain)", re.IGNORECASE)
# a hospital stay as the injured's predicate ("dirawat di rumah sakit", "hospitalised", "treated in hospital")
_TREATED = re.compile(r"dirawat(?:\s+di\s+rumah\s+sakit)?|hospitali[sz]ed|treated\s+in\s+hospital", re.IGNORECASE)
# "still" right before a figure: "masih ada 146 orang", "masih terdapat 31 pasien", "there were still 31"
_STILL_BEFORE = re.compile(r"(?<![\w-])(?:masih(?:\s+(?:ada|terdapat|tersisa))?|still(?:\s+(?:had|has|have|some))?)\s+$",
                           re.IGNORECASE)
# what stands between a figure's first predicate and one that narrows it: a relative pronoun or a word of a state that
# still holds ("yang teridentifikasi", "masih dalam kondisi berat", "who have been identified", "still in")
_NARROWING_GAP = re.compile(r"\s*,?\s*(?:(?:yang|who|that|which|masih|still|remain|remains|remained|sudah|telah|have|has|"
                            r"were|are)\s+|(?:berada|dirawat)\s+di\s+)"
                            r"(?:(?:telah|sudah|berhasil|masih|kini|have|has|had|been|were|was|are|is|still|now)\s+)*",
                            re.IGNORECASE)


_BODY_NOUN = r"(?:Komisi|Commission|Komisaris|Commissioner|Institut|Institute|Badan|Lembaga|Council|Dewan|Agency|Mahkamah|" \
             r"Pengadilan|Court|Tribunal|" \
             r"Kementerian|Ministry|Center|Centre|Pusat|Biro|Bureau|Board|Authority|Otoritas)"
_NAMED_BODY = re.compile(rf"(?:(?<![\w-])[A-Z][\w'’-]*\s+){{0,4}}(?<![\w-]){_BODY_NOUN}(?![\w-])(?:\s+[A-Z][\w'’-]*){{0,4}}")


# the vehicles a count aboard is of, when they are several, right before or after the word of being aboard: "aboard the
# two aircraft", "on both planes", "Kedua pesawat itu membawa", "di kedua kapal"
_VEHICLES = (r"(?:the\s+)?(?:two|both|three|kedua|ketiga|dua|tiga)\s+(?:aircraft|planes|jets|helicopters|vessels|boats|ships|"
             r"ferries|trains|buses|cars|vehicles|pesawat|helikopter|kapal|kereta|bus|mobil|kendaraan)(?![\w-])")
# after the word of being aboard, only as where the people were ("aboard the two aircraft", "di dalam kedua pesawat"),
# never as cargo ("carrying 67 people and two buses"); before it, as the subject ("Kedua pesawat itu membawa")
_SEVERAL_VEHICLES_AFTER = re.compile(r"\s*(?:(?:of|on|in|inside|di\s+dalam|di|dalam)\s+)?" + _VEHICLES, re.IGNORECASE)
_SEVERAL_VEHICLES_BEFORE = re.compile(r"(?<![\w-])" + _VEHICLES + r"(?:\s+(?:itu|tersebut))?\s*(?:(?:were|was|had\s+been)\s+)?$",
                                      re.IGNORECASE)


def _own_place(it):
    """The place mention a figure is attached to where it is ("di Samoa", "at Al Noor mosque"), or None."""
    return next((p for p, attached in (it.places or ()) if attached and p.extra == "in" and p.label), None)


_AND_ITEM = re.compile(LIST_JOIN, re.IGNORECASE)
# what joins one item of a list of counts by place to the next: the rest of the first's place phrase (a venue noun
# at most), then a comma or "and" ("di Samoa, 34 orang …", "at Al Noor mosque and seven at …")
_NEXT_ITEM = re.compile(r"(?:\s+[a-z]+)?" + LIST_JOIN, re.IGNORECASE)
# what may stand between a count and its place phrase in such a list: its noun and its verb, no clause break
_TO_PLACE = re.compile(r"[^,;:.]{0,40}")


def _neighbour_pairs(it, fig_items: list):
    """A figure with the figure before it and with the one after it, each pair in text order (first, second)."""
    k = fig_items.index(it) if it in fig_items else -1
    if k < 0:
        return
    if k > 0:
        yield fig_items[k - 1], it
    if k + 1 < len(fig_items):
        yield it, fig_items[k + 1]


def _group_breakdown(sent, it, fig_items: list, quantities) -> bool:
    """Is a count of people one of groups joined by "and" under one predicate after them ("Twelve bombers and 33
    victims died", "12 tentara dan 33 warga sipil tewas")? Each group is a part of the toll they make together,
    never the toll. The groups must stand side by side, be exact, count different nouns of people, and share one
    predicate written after the last of them or before the first ("killed 12 soldiers and 33 civilians"; "killing
    32 people and injuring 66" are two predicates)."""
    for first, second in _neighbour_pairs(it, fig_items):
        if quantities[first.index].vague or quantities[second.index].vague \
                or not _AND_ITEM.fullmatch(sent.text, first.tail, second.start):
            continue
        if not (first.counted and second.counted and first.counted != second.counted
                and counted_family(first.counted) == counted_family(second.counted) == "people"):
            continue
        if _one_predicate(first, second):
            return True
    return False


_QUOTES = "\"'“”‘’«»"


def _option_name(text: str, start: int, end: int) -> bool:
    """Is a negator word a ballot's option ("the No won 55.99 percent", 'pilihan "Tidak"')? Written in quotes, or
    capitalised inside the sentence; it negates nothing."""
    word = text[start:end]
    quoted = start > 0 and text[start - 1] in _QUOTES and end < len(text) and text[end] in _QUOTES
    return quoted or (" " not in word and word[0].isupper() and start > 0 and not re.search(r"[.!?:]\s*$", text[:start]))


# a verb's object right after it, past a number and two words: "mengevakuasi 11 jenazah", "evacuated the 11 bodies"
_OBJECT_AFTER = re.compile(r"\s+(?:(?:the|a|an|para|sebanyak)\s+)?(?:\d[\d.,]*\s+)?(?:[^\W\d]+\s+){0,2}?", re.IGNORECASE)


def _of_bodies(text: str, end: int, cls: str, langs) -> bool:
    """Is a verb of a living class (counted.json body "not_predicates") done to bodies right after it
    ("mengevakuasi 11 jenazah pada Sabtu malam", "evacuated 11 bodies")? Then it says nothing of the living: no
    evacuation of people, no day of one."""
    lex = lexicon()
    if cls.partition(".")[0] not in lex.counted_info.get("body", {}).get("not_predicates", ()):
        return False
    m = _OBJECT_AFTER.match(text, end)
    if m is None:
        return False
    found = _find(lex.counted, text[m.end() : m.end() + 30], langs)
    return bool(found) and found[0][0] == 0 and found[0][2] == "body"


def _last_year(as_of: AsOf, dates, anchor: dt.date, told: dt.date | None) -> dt.date | None:
    """The day a year before ``as_of``'s, when its text is a month and a day written without a year ("by the evening
    of Nov. 8"), that day is not after ``anchor``, no day the sentence names is, and the last day the article named
    (``told``) lies in that earlier year within a month of it; else None. A day just ahead of a report with no such
    story behind it is a deadline, a forecast or a slip, never last year's."""
    own = [d for d in dates if d.granularity == "day" and d.month is not None and d.day is not None
           and d.low == as_of.day and d.text in as_of.text and not re.search(r"\d{4}|/\d{2}\)?$", d.text)
           and not _WEEKDAY_LED.match(d.text)]
    if not own or any(d.high is not None and d.high <= anchor for d in dates):
        return None  # a sentence that also names a past day ("pada Sabtu (14/12/2019) … hingga 29 Desember") is this year's
    try:
        back = as_of.day.replace(year=as_of.day.year - 1)
    except ValueError:
        return None  # 29 February
    return back if back <= anchor and told is not None and abs((back - told).days) <= 31 else None


# a sentence that looks ahead: its days after the report's are its forecast's, not last year's
_AHEAD = re.compile(r"(?<![\w-])(?:expects?|expected|expecting|forecasts?|forecast|projected|predicted|will|would|could|"
                    r"(?-i:may)|might|likely|set\s+to|due\s+to|akan|diperkirakan|diprediksi|diproyeksikan|bisa|dapat|"
                    r"berpotensi|ditargetkan|target|rencana|direncanakan|dijadwalkan|scheduled|planned|plans?)(?![\w-])",
                    re.IGNORECASE)
_WEEKDAY_LED = re.compile(rf"(?:{'|'.join(sorted(L.WEEKDAYS, key=len, reverse=True))})\b", re.IGNORECASE)


def _one_predicate(first, second) -> bool:
    """Do two neighbouring counts share one predicate, written after the second or before the first ("Twelve
    bombers and 33 victims died", "killed 12 soldiers and 33 civilians"), not those aboard (whose parts are told
    apart by their nouns: "121 penumpang dan lima awak"; predicates.json "whole_only")?"""
    p1, p2 = first.predicate, second.predicate
    return p1 is not None and p2 is not None and p1.label == p2.label and p1.start == p2.start \
        and not predicate_class(p1.label).get("whole_only") \
        and (p2.start >= second.tail or 0 <= p1.end <= first.start)


# between a count's noun and the name of whose it is: nothing, or "of (the)" / "dari"
_OF_HOLDER = re.compile(r"\s+(?:(?:of|from)\s+(?:the\s+)?|dari\s+)?")


def _holder_breakdown(sent, it, fig_items: list, quantities) -> bool:
    """Is a count one of counts joined by "and", each of a named holder right after it, under one predicate
    ("13 anggota ERC dan lima anggota EH Bildu memilih abstain", "13 members of ERC and five of EH Bildu
    abstained")? Each is its holder's part of the count they make together, never the chamber's 18."""
    for first, second in _neighbour_pairs(it, fig_items):
        a1, a2 = first.actor, second.actor
        if a1 is None or a2 is None or a1.label == a2.label or quantities[first.index].vague \
                or quantities[second.index].vague or any(a.label[0] == "@" or ":" in a.label for a in (a1, a2)):
            continue
        if _OF_HOLDER.fullmatch(sent.text, first.tail, a1.start) and _OF_HOLDER.fullmatch(sent.text, second.tail, a2.start) \
                and _AND_ITEM.fullmatch(sent.text, a1.end, second.start) and _one_predicate(first, second):
            return True
    return False


def _place_breakdown(sent, it, fig_items: list, quantities) -> bool:
    """Is a count one item of a list of counts, each at a place of its own ("141 orang tewas di Samoa, 34 orang di
    Samoa Amerika dan sembilan orang di Tonga"; "killed 44 people at Al Noor mosque and seven at the Linwood
    Islamic Centre")? Then it is its place's part of a toll the list's places share. The two items must stand
    side by side, each with its place right after it and only a comma or "and" between the first's place and the
    second figure, count the same thing (the same predicate or none, no other noun) and be exact: "killing 32
    people and injuring 66", "15 people in Chile, thousands of families in the Coquimbo region" are no list."""
    if _own_place(it) is None:
        return False
    for first, second in _neighbour_pairs(it, fig_items):
        pa, pb = _own_place(first), _own_place(second)
        if pa is None or pb is None or pa.label == pb.label or quantities[first.index].vague or quantities[second.index].vague:
            continue
        if not (first.end <= pa.start and _TO_PLACE.fullmatch(sent.text, first.end, pa.start)
                and _NEXT_ITEM.fullmatch(sent.text, pa.end, second.start)
                and second.end <= pb.start and _TO_PLACE.fullmatch(sent.text, second.end, pb.start)):
            continue
        if first.predicate is not None and second.predicate is not None \
                and first.predicate.label != second.predicate.label:
            continue
        if second.counted_how == "noun" and (second.counted_text or "").lower() != (first.counted_text or "").lower():
            continue  # "141 orang …, 34 orang …" counts one thing; "15 people …, thousands of families …" two
        return True
    return False


def _several_vehicles(text: str, start: int, end: int) -> bool:
    """Are the vehicles a word of being aboard (at ``start``–``end``) speaks of several, named within a few words
    before or after it in its clause?"""
    before = re.split(r"[.;,]", text[max(0, start - 30) : start])[-1]
    return bool(_SEVERAL_VEHICLES_BEFORE.search(before) or _SEVERAL_VEHICLES_AFTER.match(text, end))


# a day named by the article before: "pada hari yang sama", "di hari yang sama", "hari itu juga", "on the same day",
# "that same day", "later that day", "earlier that day"
_SAME_DAY = re.compile(r"(?<![\w-])(?:(?:pada|di)\s+hari\s+yang\s+sama|hari\s+itu\s+juga|(?:on\s+)?the\s+same\s+day|"
                       r"(?:on\s+)?that\s+same\s+day|(?:later|earlier)\s+that\s+day)(?![\w-])", re.IGNORECASE)


# a figure right after an arrival verb ("reached 150", "sampai di angka 150"): a value reached, not a place
_REACHED_VALUE = re.compile(r"\s+(?:(?:about|around|nearly|almost|more\s+than|at\s+least|angka|sekitar|lebih\s+dari)\s+)?"
                            r"[\d$€£]|\s+(?:the|a)\s+(?:total|toll|tally|figure|level|peak|high|record)(?![\w-])",
                            re.IGNORECASE)


# so many days before the report's day, anywhere in the sentence ("Sehari sebelumnya, juru bicara …")
_DAYS_BEFORE = re.compile(r"(?<![\w-])" + DAYS_BEFORE, re.IGNORECASE)


# a count of more of a thing than an earlier one counted ("17 more bodies", "at least 40 more", "12 additional
# victims"; "17 jenazah lagi"): those added since, not the whole; not "more than", a qualifier
_MORE_AFTER = re.compile(r"\s+(?:more|additional|further)(?![\w-])(?!\s+than(?![\w-]))", re.IGNORECASE)
_LAGI_AFTER = re.compile(r"\s+lagi(?![\w-])", re.IGNORECASE)
# the one who carried out an attack, counted with its victims or not: "11 orang tewas, termasuk pelaku", "killed 21
# people, including the bomber", "Bila pelaku ikut dihitung, total 11 orang", "lima orang, tidak termasuk pelaku"
# (frame_cues.json "perpetrator"): in the figure's clause or right after its comma, never a possessive ("the
# attacker's brother") nor another role ("pelaku usaha", "pelaku UMKM")
@lru_cache(maxsize=1)
def _perpetrator_cues() -> tuple[re.Pattern, re.Pattern]:
    cues = _load("frame_cues.json")["perpetrator"]
    classes = _load("counted.json")["classes"]
    words = {w for lang in LANGS for w in cues[lang]} | {w for c in cues["classes"] for lang in LANGS for w in classes[c][lang]}
    who = (rf"(?:(?:the|a|its|their)\s+)?(?:{_alternation(words)})(?:nya)?"
           rf"(?![\w-]|['’]s|\s+(?:{_alternation(cues['other_roles'])})(?![\w-]))")
    after = re.compile(rf"[^.;:,]{{0,40}}?(?:,\s*)?(?<![\w-])(?P<not>(?:tidak|tak|belum|not|without)\s+)?"
                       rf"(?P<how>termasuk|including|counting|excluding)\s+{who}", re.IGNORECASE)
    before = re.compile(rf"(?<![\w-])(?:(?:bila|jika|kalau|apabila)\s+{who}\s+(?:ikut\s+|juga\s+)?dihitung|"
                        rf"(?:if|when|with)\s+{who}\s+(?:is\s+|are\s+)?(?:counted|included))[^.;]*$", re.IGNORECASE)
    return after, before


# a sum said to be added to another: "tambahan bantuan darurat sebesar", "an additional", "a further", "another";
# not a movement ("raise prices further to $30") nor a word past a preposition ("tambahan waktu hingga Rp 5 triliun")
_ADDED_BEFORE = re.compile(r"(?<![\w-])(?:tambahan|additional|another|(?:an?|the)\s+(?:further|extra))\s+"
                           r"(?:(?!(?:to|of|from|at|by|hingga|sampai|dari|ke)(?![\w-]))[\w-]+\s+){0,3}"
                           rf"(?:{L.alternation(L.CURRENCY_PREFIXES)})?\s*$", re.IGNORECASE)
# "3.55 million more people were working than a year earlier": a comparison, a change, not more of the counted
_THAN_AFTER = re.compile(r"[^,;.]*?(?<![\w-])than(?![\w-])", re.IGNORECASE)
# what "more" adds to when it is a batch: bodies found, people rescued or identified, the dead; after another
# predicate's count ("Twelve people died and 17 more are missing", "17 orang lagi hilang") the figure is that
# predicate's whole count, "more" only beside the first
_BATCH_PREDICATES = frozenset({"found", "dead", "rescued", "identified", "handed_over"})

# the place that counts the most of a toll, right before its figure: "terbanyak berada di Pidie Jaya, yakni",
# "the most deaths were recorded in Bireuen, with"
_MOST_AT = re.compile(r"(?<![\w-])(?:terbanyak|paling\s+banyak|the\s+most(?:\s+\w+)?|the\s+largest\s+number(?:\s+of\s+\w+)?)"
                      r"\s+(?:(?:berada|tercatat|terdapat|were|was|recorded|reported|counted)\s+)*(?:di|in)\s+[^.;:]{1,40}?"
                      r"(?:,\s*)?(?:(?:yakni|yaitu|sebanyak|sejumlah|with|at)\s+)?(?:about\s+|sekitar\s+)?$", re.IGNORECASE)


# a government named by its place's administrative level: "Pemerintah Kota Xinxiang", "Pemkab Cianjur", "the Xinxiang
# city government", "Kabupaten Agam"
_LEVEL_PLACE = re.compile(r"^(?:(?:pemerintah|pemkot|pemkab|pemprov)\s+)?(?:kota|kabupaten|provinsi)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$"
                          r"|^(?:the\s+)?(?P<name2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:city|municipal|county|regency|provincial)\s+"
                          r"(?:government|authorities|administration)$", re.IGNORECASE)


_AGE_OPEN = re.compile(r"[,(]\s*$")
_AGE_CLOSE = re.compile(r"\s*[,)]")


def _age_aside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of an age set off after a name (", 66," or "(55)"), from its opening mark to its closing one, when
    the name's clause goes on right after it ("Holan, 66, won", "Basuki (55) meraih"); not a name in a list
    ("Dewi (9) dan Rudi (12), dari total 31 orang"), where the age ends the name's mention."""
    before, after = _AGE_OPEN.search(text, 0, start), _AGE_CLOSE.match(text, end)
    if before is None or after is None or (text[before.start()] == "(") != (after.group().strip() == ")"):
        return None
    if not re.match(r"\s*[^\W\d_]", text[after.end() :]):
        return None
    return before.start(), after.end()


# a name's age between the name and its verb of saying ("Arnel Dacosta, 44, said", "Slamet (50) mengatakan")
_AGE_GAP = re.compile(r"\s*(?:,\s*\d{1,3}\s*,|\(\s*\d{1,3}\s*\))")


def _source_place(source: str | None) -> str | None:
    """The place a source governs when it is named by its place's level ("Pemerintah Kota Xinxiang", "the Xinxiang
    city government"): that place's count."""
    if not source:
        return None
    m = _LEVEL_PLACE.match(" ".join(source.split()))
    name = m and (m.group("name") or m.group("name2"))
    return name if name and _is_place_name(name) else None


# dawn after a figure and its own words ("18 jenazah ditemukan saat fajar", "18 bodies were found at first light"),
# no clause break between: the time of day the figure holds at, when its day has none
_AT_DAWN = re.compile(r"(?:\s+[^\W\d][\w-]*){0,4}?\s+(?:saat|pada|menjelang|at|by|around|sekitar)\s+(?:waktu\s+)?"
                      r"(?:fajar|subuh|matahari\s+terbit|dawn|daybreak|first\s+light|sunrise)(?![\w-])", re.IGNORECASE)
DAWN_MINUTE = 6 * 60


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
    # (times of day the extractor reads as such, kind "clock", are framed as dates are: ``_frame_clocks``)
    fig_ok = [q.kind != "clock" and not any(ts <= c[0] and c[1] <= te for ts, te in time_spans)
              for q, c in zip(quantities, cores)]
    labels = [_label_kind(text, c) for c in cores]
    fig_ok = [ok and labels[n] != "label" for n, ok in enumerate(fig_ok)]

    # predicates, negators and cues, never inside a figure's number or a date
    number_spans = [c for c, ok in zip(cores, fig_ok) if ok] + dspans
    # "Komisi Pemilihan Umum" elects nothing; but "the gunmen", "para penyandera" name both who acted and what they
    # did (an attack, a hostage-taking), so a perpetrators' noun stays a predicate too
    bodies = [(s, e) for s, e, aid, _ in _find(lex.actors, text, langs) if aid != "@militants"]
    # a body's own title-case name ("Institut Pemilihan Nasional", "the Independent National Electoral Commission",
    # "Pusat Jaringan Gempa China"): its words name the body, not what it did
    bodies += [m.span() for m in _NAMED_BODY.finditer(text) if len(m.group(0).split()) >= 2]
    # a storming whose doers are attackers is the attack, not the forces' assault
    preds = [_Mention(s, e, "predicate", "attack" if cls == "stormed" and stormed_by_attackers(text, s, e) else cls, w)
             for s, e, cls, w in _find(lex.predicates, text, langs)
             if not _overlaps((s, e), number_spans) and not _overlaps((s, e), time_spans)
             and not _overlaps((s, e), bodies)
             and not (w.lower() == "jatuh" and _victims_fell(text, s))
             # "the tally had first reached 150 on Oct. 31": a value reached, no arrival
             and not (cls == "arrived" and _REACHED_VALUE.match(text, e))
             and not (predicate_class(cls).get("kind") == "event" and hazard_notice(text, s, e))
             and not _of_bodies(text, e, cls, langs)]
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
                if not _overlaps((s, e), quiet) and not _overlaps((s, e), [(p.start, p.end) for p in preds])
                and not _option_name(text, s, e)]

    # the counted noun of each figure
    for n, ((cs, ce), ok) in enumerate(zip(cores, fig_ok)):
        if ok:
            aside = _age_aside(text, cs, ce) if labels[n] == "age" else None
            if aside is not None:
                # "Mavroyiannis, 66, won 29.6%", "Basuki (55) meraih …": a name's age is an aside, not a figure
                # that cuts the name off from its clause
                sent.soft.append(aside)
                continue
            sent.walls.append((cs, ce, n))
    items: list[_Item] = []
    for n, (q, (cs, ce)) in enumerate(zip(quantities, cores)):
        counted, ctext, tail, how = None, None, ce, None
        if labels[n] == "age":
            counted, ctext, tail, how = "age", None, ce + 1, "noun"  # "Basuki (55)": his age
        elif q.kind == "magnitude":
            # "The death toll from last week's magnitude 7.1 earthquake … has risen to 331": a quake's size counts
            # no people, so it takes no toll's predicate, and the toll's subject reaches past it to its figure
            # (``counted._thing_of_subject``)
            counted, how = "magnitude", "noun"
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

    # "Rp 1.5 billion", "at Rp 187.5 trillion": a currency written apart from its number is no name nor place
    money_spans = [(q.start - offset, q.end - offset) for q, ok in zip(quantities, fig_ok) if ok and q.kind == "money"]
    places = _places(sent, number_spans + money_spans)
    # "sedikitnya 228 orang tewas …, sebagian besar di Provinsi Khyber Pakhtunkhwa": where most of them are is a part
    # of what the figures count, so they are placed in more than it: "mostly:khyber pakhtunkhwa", a key that is
    # never the province's own nor a part of it, but is the same as another outlet's "mostly in" the province
    # (not a place a where-clause then counts in: "most of them in West Sumba, where 78 died")
    for p in places:
        if _mostly_before().search(text, 0, p.start) and not p.label.startswith(("@", "sites:")) \
                and not _WHERE_AFTER.match(text, p.end):
            p.label = "mostly:" + p.label
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
    figure_spans = [c for c, ok in zip(cores, fig_ok) if ok]
    actors = _actors(sent, number_spans + money_spans + place_spans + time_spans, own_words, discourse.proper)
    # a name right before a reporting verb, or after "menurut"/"according to", is a source, not an actor
    statement = _find(lex.cues["statement"], text, langs)
    sources: list[_Mention] = []
    kept = []
    for a in actors:
        # "an interior ministry spokesman for the country's eastern administration said": the body heads the
        # speaker's phrase, the verb comes a few words later, with no comma between
        # "menurut"/"according to" name the source after them: "skala Richter menurut BMG" is BMG's figure;
        # a name's age stands between the name and its verb ("Arnel Dacosta, 44, said")
        age = _AGE_GAP.match(text, a.end)
        end = age.end() if age else a.end
        after = [c for c in statement if c[0] >= end and not _COMMA.search(text[end : c[0]])
                 and text[c[0] : c[1]].lower() not in _SOURCE_BEFORE
                 and sent.cost(end, c[0], walls=False) <= (6.0 if a.label.startswith("@") else 1.0)]
        # not a name a figure stands before ("the agency said 11 of the attackers …", "said 29 militants were
        # killed"): a figure's counted people, never the speaker
        # (not the one told: "May told lawmakers on Thursday that …" is May's, not the lawmakers')
        before = [c for c in statement if c[1] <= a.start and not _COMMA.search(text[c[1] : a.start])
                  and not _reports_clause(text[c[0] : c[1]]) and text[c[0] : c[1]].lower() != "told"
                  and not any(c[1] <= fs and fe <= a.start for fs, fe in figure_spans)
                  and sent.cost(c[1], a.start, walls=False) <= (6.0 if a.label.startswith("@") else 1.0)]
        in_attr = attr_span is not None and a.start < attr_span[1] and attr_span[0] < a.end
        # "measured at 6.3 by Iran's geophysics institute and at 6.6 by the U.S. Geological Survey": the agent right
        # after a figure a verb of measuring or counting gives is that figure's source, past the figure's wall
        measured, first_reading = _measured_by()
        agent = any(v.end() <= a.start and _AGENT_OF_FIGURE.fullmatch(text, v.end(), a.start)
                    and not first_reading.search(text, max(0, v.start() - 20), v.start())
                    for v in measured.finditer(text, 0, a.start))
        if after or before or in_attr or agent:
            # "Institut Nasional Pertahanan Sipil (Indeci) … menyebut": the name in brackets is the body's short
            # name, so the source is the body named in full (a person's nickname stays the person's source)
            full = next((b for b in actors if b.end < a.start and re.fullmatch(r"\s*\(", text[b.end : a.start])
                         and text.startswith(")", a.end) and _named_body(b.text)), None)
            if full is not None:
                kept = [k for k in kept if k is not full]
                sources.append(_Mention(full.start, a.end + 1, "source", full.label, text[full.start : a.end + 1]))
            else:
                # "the Bakhtar news agency", "kantor berita Bakhtar": the name with its kind, a body's
                agency = _KANTOR_BERITA.search(text, max(0, a.start - 14), a.start)
                tail = re.match(r"\s+news\s+agency(?![\w-])", text[a.end :], re.IGNORECASE)
                start = agency.start() if agency else a.start
                end = a.end + (tail.end() if tail else 0)
                sources.append(_Mention(start, end, "source", a.label, text[start:end] if agency or tail else a.text))
        else:
            kept.append(a)
    actors = [_resolve_office(a, discourse) for a in _not_leaders(text, _not_contested(text, kept))]
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
        # and a verb of giving or receiving money ("menerima", "allocated") is a sum of money's only
        kind = quantities[it.index].kind
        # "dengan 117 suara tanpa satu pun suara menolak", "with 117 votes, without a single vote against": a
        # predicate after "tanpa" / "without" / "no" counts nobody, never the figure before it
        own_preds = [p for p in count_preds if _fits(p, kind) and not _counts_other(p, it)
                     and not any(it.tail <= s and e <= p.start and _WITHOUT.fullmatch(text, s, e) for s, e in negators)]
        own_subjects = [p for p in subjects if _fits(p, kind)]
        it.predicate = _nearest(sent, it, [p for p in own_preds if not (it.prep_object and p.end <= it.start)],
                                PREDICATE_REACH)
        if it.predicate is None and (kind in ("percent", "fraction") or it.counted == "vote"):
            it.predicate = _won_with(sent, it)  # "won the run-off with 52.4%": what the winner obtained
        if it.predicate is None or (it.predicate.start >= it.tail
                                    and not _OWN_VERB_GAP.fullmatch(text, it.tail, it.predicate.start)):
            was = it.counted_how
            # "Jumlah korban meninggal akibat gempa … yang melanda Palu, bertambah menjadi 384 orang", "The death
            # toll from the quake that hit Sulawesi climbed to 832": a figure after a verb of value takes the
            # subject of its clause, however long the subject's phrase
            head = _clause_subject(sent, it, own_subjects, fig_items)
            if head is not None:
                it.predicate = head
                it.counted_how = "subject" if was in (None, "elided") else was
        elif it.counted_how in (None, "elided") and it.predicate.end <= it.start:
            # "The death toll from the floods in Demak rose to 58": the subject near enough, but its phrase
            # too long for "58" to count people by reach alone; it is the clause's subject all the same
            head = _clause_subject(sent, it, own_subjects, fig_items)
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
        elif p is not None and p.end > it.start:
            # "120 korban tewas yang teridentifikasi", "22 korban luka masih dalam kondisi berat", "120 dead who have
            # been identified": a relative clause or a state after the figure's noun and its first predicate
            # narrows whom it counts to what that clause says
            # "74 korban luka masih dirawat": a state's own "masih"/"still" opens the narrowing clause
            narrowed = [q for q in own_preds if q.start >= p.end and q.label != p.label
                        and (_NARROWING_GAP.fullmatch(text, p.end, q.start)
                             or not text[p.end : q.start].strip() and _STILL.match(q.text))]
            if narrowed:
                chained[it.index] = p.label
                it.predicate = narrowed[0]
        p = it.predicate
        if p is not None and p.label == "injured" and _TREATED.fullmatch(p.text.strip()) \
                and _STILL_BEFORE.search(text, 0, it.qstart if it.qstart >= 0 else it.start):
            # "masih ada 146 orang dirawat di rumah sakit", "still 31 people being treated in hospital": those
            # still in hospital, not all the injured
            it.predicate = _Mention(p.start, p.end, "predicate", "injured.in_hospital", p.text)
    _shared_by_conjuncts(sent, fig_items, count_preds, quantities)
    for it in fig_items:
        # "counted 20 bodies and 97 people injured": a body is none of the living's classes; the list's verb lent
        # to it is not its own, and it says nothing of what the bodies count (the dead, or those returned to
        # relatives, evacuated or identified so far; counted.json "not_predicates")
        p = it.predicate
        if p is not None and p.label.partition(".")[0] in lex.counted_info.get(it.counted or "", {}).get("not_predicates", ()):
            it.predicate = None
    apposed_subject(fig_items, text, [p for p in count_preds if not predicate_class(p.label).get("money")], langs)
    tallies = _vote_categories(sent, fig_items)
    # "Angka itu melonjak dibandingkan data Senin, yakni 844 orang": the figure the sentence before gave
    # "The agency's count had stood at 84 on Wednesday night": the tally the story last gave
    counts_only = not _THAT_FIGURE.match(text)  # a running tally counts: "The count showed 52 percent" is a vote's
    fact = discourse.fact if not counts_only else discourse.tally if _THAT_COUNT.match(text) else None
    if fact is not None:
        for it in fig_items:
            if counts_only and quantities[it.index].kind != "count":
                continue
            if it.predicate is None and not _OF_A_WHOLE.search(text, 0, it.qstart if it.qstart >= 0 else it.start):
                it.predicate = _Mention(-1, -1, "predicate", fact[0], "")
                it.counted = it.counted or fact[1]
                it.counted_how = "subject"
    # "Of the injured, 33 are in a serious condition and 116 have minor injuries, bringing the total to 149":
    # a total of the parts counts the whole, what the parts' class is a kind of
    for it in fig_items:
        p = it.predicate
        if p is not None and "." in p.label and _TOTAL_BEFORE.search(text, 0, it.qstart if it.qstart >= 0 else it.start) \
                and predicate_class(p.label.split(".")[0]):
            it.predicate = _Mention(p.start, p.end, "predicate", p.label.split(".")[0], p.text)
    # places: each attaches to the one figure it (or the figure's predicate) is cheapest to reach
    left_out = _attach_places(sent, fig_items, places)
    for it in fig_items:
        it.actor = _nearest(sent, it, actors, ACTOR_REACH, after_reach=0.5)
        if it.counted == "vote" and (it.actor is None or it.actor.label == "@legislature"):
            start = it.qstart if it.qstart >= 0 else it.start
            chamber = next((a for a in reversed(actors) if a.end <= start and a.label in voting_bodies()), None)
            # "India's lower house … approved a bill … by 370 votes to 70, completing its passage through
            # parliament": the chamber named before the count cast it, not the parliament after it
            it.actor = chamber or _vote_country(text, it) or it.actor  # "The Hungarian vote was 188-6": Hungary's votes
        if it.counted == "vote" or quantities[it.index].kind == "percent":
            # "against 4,657,304 votes, or 41.61 per cent, for Dr Mahamudu Bawumia", "4.657.304 suara untuk
            # Bawumia": the votes of the name after "for", not of the sentence's subject
            it.actor = _vote_for(text, it, actors) or it.actor
        if it.actor is None and it.counted in ("vote", "share", "seat") and it.predicate is not None:
            # "Presiden Tsai Ing-wen memenangi pemilihan presiden yang digelar Sabtu (11/1/2020) dengan 8.170.231
            # suara": the name right before the verb that won the votes holds them, past a clause out of reach
            it.actor = next((a for a in actors if a.end <= it.predicate.start
                             and not text[a.end : it.predicate.start].strip()), None)
        # past a contrast ("…, while the U.S. Geological Survey measured the quake at 5.9") a source is the other
        # clause's: the Chinese centre's 6.2 before it is not the USGS's
        # nor a source named after a comparison ("25 pekerja …, jauh lebih sedikit daripada perkiraan pemadam
        # kebakaran", "far fewer than the fire service's estimate"): the compared figure's
        own_side = [m for m in sources if not (m.start >= it.tail and (_CONTRAST.search(text, it.tail, m.start)
                                                                       or _THAN_BEFORE_SOURCE.search(text, it.tail, m.start)))]
        src = _nearest(sent, it, own_side, SOURCE_REACH) or _nearest(sent, it, own_side, INF)
        if src is None and len({m.label for m in own_side}) == 1 and own_side[0].end <= it.start:
            # "BMKG mencatat pusat gempa berada di darat, 18 kilometer barat laut …, pada kedalaman 15 kilometer":
            # the one body a sentence is told by gives its every later figure, past the commas the cost walls off;
            # on the figure's side of a contrast ("510 dead and 1,600 injured, while the United Nations said …")
            src = own_side[0]
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
        if it.index in base and it.counted is not None:
            # "had won 99 of the assembly's 167 seats": a part whose noun is left out counts what its whole counts
            part = max((o for o in fig_items if o.end <= it.start), key=lambda o: o.end, default=None)
            if part is not None and part.counted is None and quantities[part.index].kind == "count" \
                    and quantities[it.index].kind == "count" and _BASE.fullmatch(text, part.start, it.start):
                part.counted, part.counted_text = it.counted, it.counted_text
    # an earlier value the sentence itself gives: "naik dari 19 menjadi 41", "rose to 58 from 41"
    rise = _find(lex.cues["rise"], text, langs)
    fall = _find(lex.cues["fall"], text, langs)
    replaced = {it.index for it in fig_items if superseded(sent, it)}
    previous_role = {it.index: it.index in replaced or _is_previous(sent, it, bool(rise or fall)) for it in fig_items}
    for it in fig_items:
        if it.index in replaced:
            it.negated = False  # "bukan 495 orang seperti disebut pada hari pertama": the earlier value, not denied
    # what coordination, restatement and a series ("dari 19 menjadi 41") pass on to a figure that lacks it
    previous = None
    heads: dict[int, _Item] = {}  # a restatement's index → the figure it restates
    for it in fig_items:
        if previous is not None:
            it.link = _link(sent, previous, it)
            if it.link == "restate":
                heads[it.index] = previous
            if (previous_role[previous.index] or previous_role[it.index]) and \
                    sent.cost(previous.tail, it.start, walls=False) <= 2.0:
                it.link = "series"
                for x, y in ((it, previous), (previous, it)):
                    if y.predicate is not None and _money_fits(y.predicate, quantities[x.index].kind):
                        x.predicate = x.predicate or y.predicate
                    x.actor = x.actor or y.actor
                    x.places = x.places or list(y.places)
                    if x.counted is None and x.counted_how != "noun":
                        x.counted, x.counted_text = y.counted, y.counted_text
                        x.counted_how = "subject"  # what the other figure counts, even when inferred
            if it.link in ("restate", "subset", "coordinate"):
                # a restatement or a subset takes the predicate before it whatever its kind ("… suara atau 58,59
                # persen"); a coordinated figure of another kind does not ("voted 220 to 207 …, five days later",
                # "… and $5 billion": no second count of the same predicate), unless the figures it restates lead
                # back to one of its kind ("… 96.214.691 suara atau 58,59 persen, sedangkan Anies-Muhaimin
                # 40.971.906 suara": the votes' predicate passes on)
                lender = previous
                while it.link == "coordinate" and lender.index in heads and \
                        quantities[it.index].kind != quantities[lender.index].kind:
                    lender = heads[lender.index]
                if it.predicate is None and previous.predicate is not None and \
                        _money_fits(previous.predicate, quantities[it.index].kind) and \
                        (it.link != "coordinate" or quantities[it.index].kind == quantities[lender.index].kind):
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
    part_before_whole(fig_items, text)
    _succession(sent, fig_items, quantities)

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
                if _money_fits(o.predicate, quantities[it.index].kind):
                    it.predicate = it.predicate or o.predicate
                it.places = it.places or list(o.places)
                if it.counted is None:
                    it.counted, it.counted_text, it.counted_how = o.counted, o.counted_text, "subject"
    # "The toll was cut by 5,337 to 41,329", "naik 12 orang menjadi 50 orang": the level a change reached is a
    # figure of the fact the change is of (the toll), whatever the verb lent the change alone
    for prev, it in zip(fig_items, fig_items[1:]):
        if it.predicate is None and prev.predicate is not None and _LEVEL_JOIN.fullmatch(text[prev.tail : it.start]) \
                and quantities[it.index].kind == quantities[prev.index].kind and _is_change(text, prev):
            it.predicate = prev.predicate
            it.places = it.places or list(prev.places)
            if it.counted is None:
                it.counted, it.counted_text, it.counted_how = prev.counted, prev.counted_text, "subject"
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
    whens = _reported_days(sent, fig_items, dates, dspans, whens)
    whens += _tally_days(sent, fig_items, dates, dspans, whens, preds, previous_role)
    now_cues = _find(lex.cues["now"], text, langs)
    recalled = _recalled(text, fig_items, _find(lex.cues["recalled"], text, langs), now_cues)

    tally_first = {b.index: a for a, b in tallies}
    out_q = []
    polls = _told_by_poll(sent)  # "…, according to an exit poll": every figure of the sentence
    last_thing = None  # the end of the sentence's last measure and the thing it measures
    for n, q in enumerate(quantities):
        if not fig_ok[n]:
            out_q.append(replace(q, frame=Frame(role="label" if labels[n] == "label" else "time")))
            continue
        it = items[n]
        pred = it.predicate
        info = predicate_class(pred.label if pred else None)
        if q.kind == "money" and info.get("as_money"):
            # "Setiap keluarga mendapat Rp600.000", "The province received Rp 5 trillion": money obtained is money
            # received, the transfer "menerima" and "was allocated" name (a vote's "mendapat 300 suara" stays)
            pred = _Mention(pred.start, pred.end, "predicate", info["as_money"], pred.text)
            info = predicate_class(pred.label)
        counted, ctext, inferred = it.counted, it.counted_text, False
        if q.kind in ("percent", "fraction"):
            counted = "share"  # "a quarter of the city" and "sekitar 45 persen wilayah kota"
        elif q.kind != "count":
            counted = q.unit_class
        elif q.unit_class == "times":
            # "satu jenazah tercatat dua kali", "counted twice": how often, never a count of what the verb counts
            counted, ctext = "times", q.unit
        elif counted is None:
            if it.counted_how is None and q.unit_class:
                counted, ctext = q.unit_class, q.unit  # a noun the lists do not know: the extractor's unit
            if counted is None and info.get("counted") and pred.start >= 0 \
                    and (it.counted_how == "subject" or _reach(sent, pred, it.start, it.tail, it.index) <= 1.5):
                counted, ctext, inferred = info["counted"], None, True  # "12 died": people
        if counted is None and q.kind == "count" and _looks_like_magnitude(sent, it, q, preds):
            counted = "magnitude"  # "The US Geological Survey measured the quake at 7.5"
        elif _quake_magnitude(sent, it, q, counted):
            # "a 6.2 quake", "gempa 6,2", "a 5.9 aftershock": the quake's magnitude, not a count of quakes, and
            # nothing the quake did ("A 6.2 quake struck …, killing 12 people" is no toll of 6.2)
            counted, ctext, pred = "magnitude", None, None
            info = predicate_class(None)
        if q.unit_class == "age":
            # "berusia 21 tahun", "21 years old": a person's age, whatever noun the words after it look like, and no
            # count of what the sentence's verb did ("The bridge, 50 years old, collapsed, killing 12 people")
            counted, ctext, pred, info = "age", q.unit, None, predicate_class(None)
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
        if info.get("whole_only") and counted is not None and not _generic_person(counted):
            # "carrying 181 passengers, … eight crew members": the parts of who was aboard say what they are by
            # their nouns; only the whole ("191 people", "190 orang") is the count aboard
            pred, info = None, predicate_class(None)
        if q.kind == "count" and info.get("any_counted") and info.get("counted") and counted_family(counted) == "people":
            counted = info["counted"]  # "287 anggota mendukung": 287 votes in favour, as "278 suara setuju" counts
        role = "previous" if previous_role[n] else "current"
        modifiers = _modifiers(sent, it)
        if "other" in modifiers and q.kind == "count" and pred is not None:
            # "killed 51 workers and injured 20 others", "menewaskan 51 orang dan melukai 20 lainnya": people other
            # than an earlier figure's, the whole count of what befell them, no batch added to a count of its own
            before = {o.predicate.label for o in fig_items if o is not it and o.predicate is not None and o.end <= it.start}
            if before and pred.label not in before and _OTHERS.match(text, it.start):
                modifiers.discard("other")
        prev = max((o.end for o in fig_items if o.end <= it.start), default=0)
        if q.kind == "count" and counted_family(counted) == "people" and pred is not None and pred.label in CASUALTY_PREDICATES:
            nxt = min((o.start for o in fig_items if o.start >= it.end), default=len(text))
            after, before = _perpetrator_cues()
            cue = after.match(text, it.end, nxt)
            if cue is not None:
                without = cue.group("not") or cue.group("how").lower() == "excluding"
                modifiers.add("perpetrator:without" if without else "perpetrator:with")
            elif before.search(text, prev, it.start):
                modifiers.add("perpetrator:with")
        if q.kind == "money" and _ADDED_BEFORE.search(text, max(prev, it.start - 60), it.start):
            # "mengumumkan tambahan bantuan darurat sebesar 32 miliar franc, sehingga total … 42 miliar franc", "an
            # additional $5 billion": the sum added, not the whole it brings the package to
            modifiers.add("other")
        if not (q.kind == "count" and counted_family(counted) == "people"):
            modifiers.discard("ground")  # "pusat gempa berada di darat, 62 km …": on land, no people on the ground
        if q.kind == "count" and counted_family(counted) == "people" and pred is not None \
                and pred.label in _BATCH_PREDICATES and not _THAN_AFTER.match(text, it.end) \
                and (_MORE_AFTER.match(text, it.end) or _LAGI_AFTER.match(text, max(it.tail, it.end))):
            modifiers.add("other")  # "recovered 17 more bodies", "ditemukan 17 jenazah lagi": those found since, not all
        if pred is not None and pred.label == "aboard" and pred.start >= 0 and _several_vehicles(text, pred.start, pred.end):
            # "all 67 people aboard the two aircraft", "Kedua pesawat itu membawa 67 orang": the sum over vehicles
            modifiers.add("vehicles:several")
        if q.kind == "count":
            # "127 dead … had not yet included the victims from Lang Nu": the place the figure leaves out
            modifiers |= {"excluding:" + place_key(p.text) for p, cue in left_out if it.tail <= cue}
        if q.kind == "count" and _MOST_AT.search(text, 0, it.qstart if it.qstart >= 0 else it.start):
            # "Korban meninggal terbanyak berada di Pidie Jaya, yakni 96 orang", "The most deaths were in Bireuen,
            # with 40": the place with the most is a part of the whole toll
            modifiers.add("part")
        if q.kind == "count" and (_group_breakdown(sent, it, fig_items, quantities)
                                  or _holder_breakdown(sent, it, fig_items, quantities)):
            # "Twelve bombers and 33 victims died", "13 anggota ERC dan lima anggota EH Bildu memilih abstain": each
            # group, each party, is a part of the count they make together
            modifiers.add("part")
        if q.kind == "count" and _place_breakdown(sent, it, fig_items, quantities):
            # "141 orang tewas di Samoa, 34 orang di Samoa Amerika dan sembilan di Tonga": each place's count is a
            # part of the toll the three places share
            modifiers.add("part")
        if q.kind == "count" and counted_family(counted) == "people" \
                and (share := _SHARE_RESTATED.match(text, max(it.tail, it.end))) is not None:
            if float(share.group(1).replace(",", ".")) < 100:
                # "310.463 peserta atau 29,08 persen menginginkan …", "310,463 people, or 29.08 percent, …": people
                # counted and restated as a share under the whole are a part of a whole, never the whole's count
                # (a candidate's votes are told apart by their holder, not by this)
                modifiers.add("part")
        # (a group a nationality or "asing" already names keeps its own tag: "18 orang merupakan pekerja asing" is
        # the foreigners' count as "20 were foreign nationals" is)
        group = _said_to_be_group(text, it, counted, langs) \
            if q.kind == "count" and counted_family(counted) == "people" \
            and not any(m == "foreign" or m.startswith("group:") for m in modifiers) else None
        if group is not None:
            # "Sebanyak 142 korban tewas adalah mahasiswa, sedangkan enam lainnya …", "Dari seluruh korban, 18 orang
            # merupakan pekerja asing": who among the counted they were, a part of the whole toll, counted by its
            # own noun (a count of the same group is the same part: identity.named_part)
            counted, ctext = group
            modifiers.add("part")
        if q.kind == "count" and counted_family(counted) == "people" and pred is not None:
            after = max(it.tail, it.end)
            if _CAUSE_BREAKDOWN.match(text, after):
                modifiers.add("part")  # "46 korban tewas karena hantaman batu, sedangkan satu korban … akibat luka bakar"
            if _NIGHTLY.match(text, after) or _ONE_DAY.match(text, after):
                # "157 orang ditangkap pada malam Minggu hingga Senin", "detained 875 people across the country
                # overnight", "719 orang pada malam sebelumnya": one night's count, never a running tally's
                modifiers.add("nightly")
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
            counted, inferred = group_counted(group, counted, inferred)
            if it.noun_from is not None and not own_noun and not group:
                modifiers |= _noun_modifiers(sent, it.noun_from)  # "four boys on Sunday, five on Monday": boys
        whole = _share_whole(sent, it, q.unit if q.kind == "fraction" else None) if counted == "share" else None
        # a tally of a vote: what a candidate obtained, a count of votes, a share of the votes
        tally = (pred is not None and pred.label == "obtained") or counted == "vote" \
            or (counted == "share" and whole in ("vote", None))
        holder = _holder(sent, it, items, fig_ok, discourse) if tally or counted == "seat" else None
        if holder is None and counted == "vote":
            body = _vote_body(sent, tally_first.get(it.index, it), discourse)  # a tally's counts: one body's
            holder = "body:" + body if body else None  # the Senate's 36 noes against the House's 117
            if holder is None and no_chamber(sent, it, discourse):
                modifiers.add("chamber:none")  # a party's leadership vote, not the lower house's
        if holder is None and q.kind == "money":
            holder = _recipient(sent, it, items, fig_ok)  # "Setiap desa … Rp1 miliar" against the "Rp70 triliun" in all
        if holder:
            modifiers.add("holder:" + holder)  # "Petahana memperoleh …" against "Keduanya (pasangan nomor 2) menang …"
        if tally:
            # the first round's 183 against the runoff's 185; the lawmakers' 149 against the 185 in all
            modifiers |= {tag for tag in (vote_round(sent, it), vote_segment(sent, it) or party_segment(sent, it)) if tag}
        all_seats = _ALL_SEATS.match(text, it.tail)
        if counted == "seat" and all_seats and (all_seats.group("both") or _body_mentions(text, langs)):
            # "118 seats in all", "atau total 348 kursi di parlemen nasional" against one chamber's 110: the seats of
            # both houses are a whole, never one house's count
            modifiers.add("segment:all")
        if q.kind == "money":
            period = _period(text, it)
            if period:
                modifiers.add("term:" + period)  # a quarter's profit against the year's (not "period:", a rate's own)
        purpose = _purpose(sent, it, items, fig_ok) if q.kind == "money" else None
        if purpose:
            modifiers.add("for:" + purpose)  # "Anggaran kesehatan … Rp187,5 triliun" against the education budget
        if q.kind == "count" and counted != "vote" and _extras().draft_rx.search(text[: max(it.qstart, 0)]):
            # a vote is always on a bill: "The bill passed 220-207" and "The House passed it 220-207" are one tally
            modifiers.add("draft")  # "Draf yang dibawa ke paripurna terdiri atas … 174 pasal": not the law's 186
        if counted == "measure:length":
            ref = _reference_point(text, it)
            if ref is None:
                # "diperluas dari radius 2 kilometer menjadi 5 kilometer dari kawah", "widened from 2 km to 5 km
                # from the crater": a series' earlier value is measured from its later value's point
                later = next((o for o in fig_items if o.link == "series" and o.start > it.start
                              and not any(it.start < w.start < o.start for w in fig_items)), None)
                ref = _reference_point(text, later) if later is not None else None
            if ref:
                modifiers.add("from:" + ref)  # "5km away from its crater" against "1 kilometer from the coastline"
                bearing = _bearing(text, it)
                if bearing:
                    modifiers.add(bearing)  # 76 km east of Kathmandu against 180 km northwest of it
            # what a length measures (a depth, a height, a distance, a length, a width, a radius, how far work has
            # got) is part of its fact: "lay 32 metres underwater" is not "10 km from the coast", nor "has drilled
            # 53 metres" a depth. The measure predicate before it wins ("kedalaman 838 meter di bawah permukaan
            # laut"); else the words around it (``_length_dimension``)
            dim = _length_dimension(text, it, pred if predicate_class(pred.label if pred else None).get("measure")
                                    else None, ref if ref != "point" else None)  # an unknown point says no dimension
            if dim is not None:
                pred = _Mention(-1, -1, "predicate", dim[0], dim[1])
                info = predicate_class(pred.label)
            if pred is not None and pred.label == "depth" and any(m.startswith("bearing:") for m in modifiers):
                # "centered deep beneath Badakhshan about 82 kilometers southeast of Fayzabad": a length in a compass
                # direction from a place is a distance, whatever "deep" stands near it
                pred = _Mention(-1, -1, "predicate", "distance", "")
                info = predicate_class(pred.label)
            if (pred is None or pred.label in ("length", "width")) and _length_of_part(text, it, sent.langs):
                modifiers.add("stretch")  # "a stretch of roadway about 200 metres long": not the bridge's 1,182 m
        if q.kind == "percent":
            period = _rate_period(sent, it, items, fig_ok)
            if period:
                modifiers.add("period:" + period)  # "tumbuh 5,05 persen (yoy)" against "grew 1.2% q/q"
        if whole:
            modifiers.add("whole:" + whole)  # "68 persen suara" against "45 persen wilayah kota"
        if q.kind == "count" and _media_tally(text, max(it.qstart, 0)):
            modifiers.add("tally:media")  # "menurut hitungan Reuters", "an AFP tally": the outlet's own count
        if q.kind == "count" and _contrasted(text, max(it.qstart, 0)):
            modifiers.add("contrasted")  # "10.411 warga …, lebih banyak dari data BNPB": another source's count
        if q.kind == "count" and _excluded().match(text, it.tail):
            modifiers.add("excluded")  # "tujuh kematian … ternyata tidak berkaitan dengan kerusuhan": taken off a toll
        if n in chained:
            modifiers.add("pred:" + chained[n])
        if n in base:
            modifiers.add("base")
        if q.kind == "count" and counted_family(counted) == "people":
            site = _site(sent, it)
            if site:
                modifiers.add(site)  # "41 orang tewas di masjid pertama" against the attack's whole toll
        # "Under the law the agency would get $80 billion", "RUU itu akan mengalokasikan …": in a plan's clause
        # "would", "will" and "akan" say what the plan provides, neither a guess nor a forecast; the figure is the
        # plan's ("provision"), stated alike by "the bill sets aside $80 billion", and "modal" keeps it from
        # contradicting what happened. Another cue ("is expected to", "could", "likely") still plans or hedges.
        plan_reach = PLAN_REACH_MEASURE if q.kind == "measure" else PLAN_REACH
        provision = _provision(sent, it) and counted != "vote"  # a vote on a bill is no figure the bill provides
        ignore = provision_modals() if provision else frozenset()
        planned = _planned(sent, it, plan_reach, ignore=ignore)
        hedged = _cued(sent, it, "hedge", HEDGE_REACH, ignore=ignore) or _supposed(sent, it) \
            or _UNCONFIRMED.match(text, max(it.tail, it.end)) is not None
        # "Hasil hitung cepat … menunjukkan", "an exit poll projected": a projection of the count, not the count;
        # it never meets a count, but may meet another projection (frame_cues "poll")
        projection = _cued(sent, it, "poll", INF) or any(
            not _poll_of_previous(text, it, c, fig_items, previous_role) for c in polls)
        if planned:
            modifiers.add("planned")
        if hedged:
            modifiers.add("hedged")
        if projection:
            modifiers.add("projection")
        elif q.kind in ("count", "percent", "fraction") and n not in base \
                and _threshold(sent, it, [o for o in fig_items if o is not it]) is None:
            # a count done in stages: "hasil hitung sementara" against "the final count", "with 60% of ballots
            # counted" against "with 85% counted"; the share counted itself is the count's progress. Not the whole
            # ("151 of the 500 seats") nor what a majority needs ("the 112 seats needed"): no step of the count
            stage, share = _count_stage(sent, it, q, counted, modifiers)
            if stage is None and discourse.stage is not None and staged(counted, modifiers) and not _of_a_round(modifiers) \
                    and "whole:turnout" not in modifiers:  # a turnout is staged only by its own sentence
                # "Pesaingnya … memperoleh 496.185 suara" after a lead "menurut hasil penghitungan sementara": that
                # count's stage, earlier than the final count another article gives
                stage = discourse.stage
            if stage:
                modifiers.add(stage)
            bulletin_rx, ordinals = _bulletins()
            bulletin = bulletin_rx.search(text) if staged(counted, modifiers) else None
            if bulletin is not None:
                # "Menurut buletin pertama CNE", "the council's second bulletin": an electoral body's numbered
                # bulletins are steps of one count, ordered by their numbers whichever day the report came out
                modifiers.add(f"bulletin:{ordinals[(bulletin.group(1) or bulletin.group(2)).lower()]}")
            if share is not None:
                modifiers.add(f"progress:{share:g}")
        if provision and not planned and not hedged and not projection:
            modifiers.add("provision")
            if _cued(sent, it, "provision", plan_reach) or _planned(sent, it, plan_reach) \
                    or _cued(sent, it, "hedge", HEDGE_REACH):
                modifiers.add("modal")
        if _is_change(text, it) and not (q.kind == "percent" and not _LEVEL_AFTER.match(text, it.tail)) \
                and not _cast(pred.label if pred else None, counted):
            # "rose by 12 to 50": a change, not a count. A percentage after a verb of change with no level after it
            # ("GDP grew 5.05 percent", "fell 4.19%", "the rupiah fell 2 percent") is a rate of change, the value
            # such a statistic reports: it compares with "tumbuh 5,05 persen" and "terkontraksi 4,19 persen".
            # "rose 0.5 percent to 5.9 percent" keeps the 0.5 a change. A vote's ayes, noes or threshold is none:
            # "The lower house passed it by 220 votes to 207".
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
        if counted == "vote" or (pred is not None and predicate_class(pred.label).get("counted") == "vote"):
            stage = _vote_stage(sent)
            if stage:
                modifiers.add("reading:" + stage)  # the second reading's 83 ayes are not the override's 84
            measure = vote_measure(sent, it, discourse.measure_before)
            if measure:
                modifiers.add(measure)  # a bill's 370 ayes are not the resolution's 351 of the same house and day
        modifiers = tuple(sorted(modifiers))
        as_of = _figure_as_of(sent, it, whens, now_cues, anchor, role)
        if _dated_by_incident(sent, it, whens, as_of, anchor, preds, rise or fall):
            as_of = _figure_as_of(sent, it, [w for w in whens if w.owner != it.index], now_cues, anchor, role)
        if anchor is not None and as_of.day is not None and (as_of.day - anchor).days > 1 and as_of.text \
                and role == "current" and not _AHEAD.search(text) \
                and (back := _last_year(as_of, dates, anchor, discourse.day)) is not None:
            # "… on Monday, Nov. 5, 2018 … The toll climbed through that week, from three bodies late on Nov. 6 to six
            # by the evening of Nov. 8" in a report a year on: a tally's month and day written without a year, ahead
            # of the report, are of the year the article's story has been telling
            as_of = replace(as_of, day=back)
        if anchor is not None and as_of.day is not None and (as_of.day - anchor).days > 1 \
                and not (counted or "").startswith("duration"):
            # a day past the report's is a plan or a forecast ("the inquiry into the deaths of 12 miners opens on
            # Friday"): no count holds at it yet; the figure holds when it was reported. The next day may be the
            # report's own in its zone (a UTC date for "Kamis (7/3/2024) pukul 10.00 WIB"); a span may end ahead
            # ("masa tanggap darurat selama 14 hari, hingga 4 Januari", "oxygen for 72 hours, until Saturday")
            as_of = AsOf(anchor, None, None, "published")
        same_day = _SAME_DAY.search(text) if discourse.day is not None and not dspans else None
        if same_day and as_of.basis == "published" and role == "current":
            # "Sheriff … pada hari yang sama menyebut 35 kematian", "later that day, officials put the toll at 35":
            # the day the article named last, not the report's
            as_of = AsOf(discourse.day, None, same_day.group(0), "explicit")
        before = _DAYS_BEFORE.search(text) if not dspans and not same_day else None
        if before and as_of.basis in ("published", "statement") and role == "current" and anchor is not None \
                and it.predicate is not None and predicate_class(it.predicate.label).get("evolving"):
            # "Sehari sebelumnya, juru bicara provinsi menyebut korban tewas 21 orang", "A day earlier, officials
            # counted 21 dead": a running tally of the day before the report's (the last day the article named may
            # be the incident's own, long before its latest count)
            # ("… bertambah menjadi 95 orang hingga Minggu (11/10/2015). … Sehari sebelumnya, Menteri Kesehatan
            # mencatat 86 korban tewas": the day before the last tally's own day, when the article gave one)
            last = discourse.tally_day if discourse.tally_day is not None and discourse.tally_day < anchor else anchor
            as_of = AsOf(last - dt.timedelta(days=days_before(before)), None, before.group(0), "explicit")
        if it.index in recalled and (as_of.basis in ("published", "previous") or _now_dated(as_of, now_cues, anchor)
                                     or (_later_figures_time(it, as_of, whens, fig_items, recalled)
                                         and it.predicate is not None
                                         and predicate_class(it.predicate.label).get("evolving"))):
            # "Pada hari pertama, 637 orang luka-luka": not the report's day; its own cue wins over a "now" elsewhere
            # ("Initially, 28 people were reported dead, but the toll has now risen to 85": 28 is not now's)
            as_of = AsOf(None, None, None, "previous", recalled=recalled[it.index])
        if as_of.basis in ("explicit", "statement") and as_of.day is not None and as_of.minute is None:
            if _AT_DAWN.match(text, it.tail):
                # "18 jenazah ditemukan saat fajar", "18 bodies found at first light": the day's first count, before
                # the afternoon's 19
                as_of = replace(as_of, minute=DAWN_MINUTE)
        change = "rise" if rise else "fall" if fall else None
        when = _figure_when(sent, it, dates, dspans, whens, discourse, anchor)
        if when is None and discourse.election is not None and _counts_an_election(q, counted, modifiers):
            # "Pesaingnya … memperoleh 496.185 suara atau 41,2 persen" in an article whose lead dated the run-off
            # of 7 July: the run-off's count, never the first round's of 26 June another article gives
            when = (discourse.election, INHERITED_ELECTION)
        located = _located_subject(sent, it) if q.kind == "measure" else None
        if located is None and q.kind == "measure" and last_thing is not None \
                and _next_dimension(text, last_thing[0], it.qstart if it.qstart >= 0 else it.start):
            located = last_thing[1]  # "bilik sepanjang 427 meter dan selebar 55 meter": the chamber's width too
        if located is None and q.kind == "measure" and (it.actor is None or it.actor.label.startswith("thing:")):
            located = _modified_thing(sent, it)  # "sumur penyelamatan sedalam 622 meter": the shaft's depth
        if located is not None:
            it.actor = located  # "… near the islands, which lie about 200 km off the coast": the islands' distance
        elif it.actor is None and q.kind == "measure":
            it.actor = _thing_subject(sent, it)  # "Kebanyakan simpanse jantan memiliki berat 70 kg"
        if q.kind == "measure":
            thing = it.actor if it.actor is not None and it.actor.label.startswith("thing:") else None
            last_thing = (it.qend if it.qend >= 0 else it.end, thing) if thing is not None else None
        if counted == "measure:length" and not predicate_class(pred.label if pred else None).get("measure") \
                and it.actor is not None and it.actor.label.startswith("thing:"):
            own = _measure_of_thing(it.actor.label[6:])
            if own:
                # "The tsunami waves reached 6 metres": a wave's length is its height, not how far inland it went
                pred = _Mention(-1, -1, "predicate", own, it.actor.text)
                info = predicate_class(pred.label)
        if counted == "measure:length" and it.actor is not None and it.actor.label.startswith("thing:") \
                and (pred is None or pred.label in ("length", "width")) and _names_a_part(it.actor.text, sent.langs):
            modifiers = tuple(sorted({*modifiers, "stretch"}))  # "Bentang utama jembatan … itu panjangnya 270 meter"
        events = _figure_events(sent, it, preds)
        if not events and pred is None and q.kind == "count":
            events = _object_event(sent, it, preds)
        if when is None and events:
            when = _incident_day(sent, it, dates, dspans, preds, events)
        if when is None and (events or (pred is not None and predicate_class(pred.label).get("evolving"))) \
                and not {"hedged", "modal", "planned"} & set(modifiers):
            # an incident's toll told in a ", when …" clause (not a vote's tally, not a forecast "would pass 200")
            when = when_clause_day(sent, it, dates, dspans)
        if pred is None and counted == "storey" and _building_storeys(text, it):
            # "a 24-storey block", "gedung 24 lantai itu", "seluruh 27 lantai gedung": how tall the building is
            pred = _Mention(-1, -1, "predicate", "height", ctext or "")
            info = predicate_class(pred.label)
        if pred is None and q.kind == "count" and "attack" in events and not {"planned", "modal"} & set(modifiers) \
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
        compared = _compared_event(sent, it.qstart if it.qstart >= 0 else it.start) \
            if q.kind in ("count", "magnitude", "measure") and not (counted or "").startswith("event:") else None
        if compared is not None and compared[1] is not None:
            # "melampaui banjir bandang 2010 yang menewaskan 90 orang": that year's flood, told apart by its time
            # as "Banjir bandang 2010 menewaskan 90 orang" is; a day or month read in that year stays
            if when is None or not when[0][0].year == when[0][1].year == compared[1]:
                when = ((dt.date(compared[1], 1, 1), dt.date(compared[1], 12, 31)), str(compared[1]))
        elif compared is not None:
            sub = compared[0]  # "surpassing the Ridge Fire, which destroyed 410 homes": that fire's, not the story's
        elif q.kind in ("count", "magnitude", "measure") and not (counted or "").startswith("event:"):
            sub = _sub_event(sent, it.qstart if it.qstart >= 0 else it.start, it.end,
                             count=q.kind == "count" and float(q.low).is_integer(), magnitude=q.kind == "magnitude")
            if sub is None and "order:2" in modifiers:
                # "… and was followed by a magnitude 7.5 tremor", "disusul gempa M 7,5": the second quake's
                sub = (events[0].partition(":")[0] if events else "quake") + ":later"
        if sub is None and discourse.storm is not None and q.kind == "count":
            named = list(_STORM_NAME.finditer(text, 0, it.qstart if it.qstart >= 0 else it.start))
            if named and all(m.group(1).lower() != discourse.storm for m in named):
                sub = "storm:other"  # "Cyclone Kenneth hit northern Mozambique and killed 45 people" in Idai's story
        if sub is not None:
            # "a 5.9 foreshock", "the second blast killed nine": that incident's figure, not the main one's
            events = tuple(sorted({sub} | {e for e in events if e != sub.partition(":")[0]}))
            inherited = False
        else:
            own = _background_incident(sent, it, preds, events, discourse.incidents, inherited)
            inherited = inherited and own == events
            events = own
        # "otoritas Bosnia menurunkan jumlah korban tewas di negara itu", "Bosnian authorities lowered the toll in the
        # country": an anaphoric country is the one the sentence named before it
        places_of = tuple(Place((p.label == "@country" and _named_country_before(sent.text, p.start, p.end)) or p.label,
                                p.text, p.extra if isinstance(p.extra, str) else p.extra[1], attached,
                                isinstance(p.extra, tuple))
                          for p, attached in it.places)
        own_place = _source_place(it.source) if q.kind == "count" and not any(p.attached for p in places_of) else None
        if own_place is not None:
            # "Pemerintah Kota Xinxiang meralat jumlah korban tewas di wilayahnya menjadi tujuh orang": a city's or
            # a regency's government counts its own dead, not the province's
            places_of = places_of + (Place(place_key(own_place), own_place, "in", True, False),)
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
        if counted is not None and counted.startswith("unit:"):
            # one unit the lists do not class, spelled in two languages or numbers ("126 milimeter", "108 millimetres",
            # "1.468 kontainer", "1,486 containers")
            counted = L.UNIT_SPELLINGS.get(counted[5:]) or "unit:" + L.unit_key(counted[5:])
        if q.unit_class == "measure:speed" and pred is not None and not info.get("measure"):
            # "had sent the Coromandel Express, travelling at 128 kph, onto a loop line": a speed counts nothing a
            # verb of deploying or killing counts; it is a measure of its own
            pred, info = None, predicate_class(None)
        reporting = _reporting_actor(it, info)  # a counting body acting on its tally, when nothing else names a source
        frame = Frame(
            predicate=pred.label if pred else None,
            predicate_text=pred.text if pred else None,
            # a share ("25% of Derna", "81,78 persen") is an assessment, not a running tally
            evolving=bool(info.get("evolving") or cinfo.get("evolving") or _counts_incidents(counted)
                          # "Dengan 98 persen suara sudah masuk, Robredo meraih 14,8 juta suara": a running tally
                          or "provisional" in modifiers)
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
            source=source_key(it.source) if it.source else source_key(_named(attribution)) or reporting,
            source_text=it.source or _named(attribution) or (it.actor.text if reporting else None),
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

    out_q = _one_roll_call(sent, [_threshold_itself(q) for q in out_q], tallies)
    out_q = [_held_when(sent, q, dates, offset) for q in out_q]
    out_q = _share_the_year(out_q, dates, sent.text, offset)
    out_d = _frame_dates(sent, dates, dspans, preds, places, actors, negators, whens, statement, attribution, offset)
    out_d = [_with_unit(_scene_visit(_elsewhere(_with_loads(_until(_story_incident(d, text, offset, discourse), out_q,
                                                                   sent.text, offset), out_q), discourse),
                                    sent, preds, offset), sent, offset)
             for d in out_d]
    out_d = [_other_storm_date(d, text, offset, discourse) for d in out_d]
    out_q = _frame_clocks(sent, out_q, out_d, preds, places, actors, negators, whens, statement, attribution, offset,
                          discourse)
    own_poll = election_days(out_d, anchor)
    if own_poll:
        # "Fianna Fáil meraih 48 kursi dalam pemilu 29 November 2024 dan … Fine Gael yang mengantongi 39 kursi": the
        # election the sentence itself dates, not one an earlier sentence did
        out_q = [replace(q, frame=replace(q.frame, when=own_poll[-1], when_text=INHERITED_ELECTION))
                 if q.frame is not None and (q.frame.when_text == INHERITED_ELECTION
                                             or q.frame.when is None and _counts_an_election(q))
                 else q for q in out_q]
    return tuple(out_q), tuple(_as_period(d, out_q, text, offset) for d in out_d)


# between a time of day and the day it falls on: "Senin (5/12/2022) pukul 04.40", "at 4:40 a.m. on Monday", "4:40 a.m.
# Monday", "pukul 04.40 WIB, Senin"
_CLOCK_DAY_GAP = re.compile(r"[\s,]*(?:\([^()]{0,20}\)\s*)?(?:(?:pada|on|at|pukul|hari)\s+)?(?:(?:waktu\s+setempat|local\s+time|WIB|"
                            r"WITA|WIT|GMT)\s*)?,?\s*(?:(?:pada|on)\s+)?", re.IGNORECASE)


def _frame_clocks(sent: _Sentence, out_q: list, out_d: list, preds, places, actors, negators, whens, statement,
                  attribution, offset: int, discourse: "Discourse | None" = None) -> list:
    """Frames of a sentence's times of day (quantities of kind ``clock``): a time says when an event happened, as a
    date does, so the date framer reads its event, actor, place, polarity and role; only a time of an event (not
    an as-of time, "hingga pukul 17.00", nor a statement's) is compared. The day it falls on is a day written
    next to it ("Senin (5/12) pukul 04.40", "at 4:40 a.m. on Monday")."""
    at = [n for n, q in enumerate(out_q) if q.kind == "clock"]
    if not at:
        return out_q
    text = sent.text
    spans = [(out_q[n].start - offset, out_q[n].end - offset) for n in at]
    pseudo = [DateMention(out_q[n].start, out_q[n].end, out_q[n].text, "time") for n in at]
    framed = _frame_dates(sent, pseudo, spans, preds, places, actors, negators, whens, statement, attribution, offset)
    out_q = list(out_q)
    for n, (cs, ce), d in zip(at, spans, framed):
        day, beside = None, None
        for other in out_d:
            ds, de = other.start - offset, other.end - offset
            if other.granularity not in ("day", "weekday"):
                continue
            if (de <= cs and _CLOCK_DAY_GAP.fullmatch(text, de, cs)) or (ce <= ds and _CLOCK_DAY_GAP.fullmatch(text, ce, ds)):
                beside = other
                if other.low is not None:
                    day = (other.low, other.high)
        f = d.frame
        if f.event is None and beside is not None and beside.frame is not None and beside.frame.role == "event" \
                and beside.frame.event is not None:
            # "collided with a truck at the junction at around 10 a.m. on Friday, Nov. 5": the time and its day are
            # one moment, so the time is of the event its day dates
            f = replace(f, predicate=beside.frame.predicate, predicate_text=beside.frame.predicate_text,
                        event=beside.frame.event)
        out_q[n] = replace(out_q[n], frame=replace(f, role="current" if f.role == "event" else "time", counted="clock",
                                                    when=day, when_text=None, as_of=None))
    from ...compare.quantities import compare_clock

    tally = any(q.kind != "clock" and q.frame is not None and q.frame.role == "current" and q.frame.evolving
                for q in out_q) and _TALLY_MOVE.search(text)
    for n, (cs, ce) in zip(at, spans):
        f = out_q[n].frame
        if tally and f.role == "current" and not _OWN_INCIDENT.search(text, max(0, cs - 40), cs):
            # "Pada pukul 17.00 WIB, … korban meninggal … bertambah menjadi 162 orang", "the toll rose to 62 at 5 p.m.":
            # the time a running tally was counted at, not when anything happened
            out_q[n] = replace(out_q[n], frame=replace(f, role="time"))
    times = [out_q[n] for n in at]
    for n in at:
        q = out_q[n]
        if q.frame.when is not None:
            continue
        # "pukul 21.15 waktu setempat atau pukul 08.15 WIB": a time restated in another zone falls on its twin's day;
        # "Ledakan itu terjadi sekitar pukul 21.15": a time of the event the previous sentence dated, on that day
        twin = next((t.frame.when for t in times if t is not q and t.frame.when is not None
                     and compare_clock(q, t) != "conflict"), None)
        if twin is None and not out_d and discourse is not None and discourse.day is not None \
                and _ANAPHORIC_SUBJECT.match(text):
            twin = (discourse.day, discourse.day)
        if twin is not None:
            out_q[n] = replace(q, frame=replace(q.frame, when=twin))
    return out_q


# a tally's movement or reading: a change verb (lexicon CHANGE_VERBS), "mencapai", "tercatat", "stood at", "reached"
_TALLY_MOVE = re.compile(rf"(?<![\w-])(?:{L.alternation(L.CHANGE_VERBS)}|mencapai|tercatat|menjadi|stood|reached|climbed)(?![\w-])",
                         re.IGNORECASE)
# an incident's own verb right before a time ("struck at", "terjadi pukul", "mengguncang … pukul", "went off at")
_OWN_INCIDENT = re.compile(r"(?<![\w-])(?:struck|hit|happened|occurred|erupted|exploded|went\s+off|broke\s+out|began|started|"
                           r"crashed|sank|capsized|collapsed|terjadi|mengguncang|meletus|meledak|jatuh|tenggelam|terbalik|"
                           r"ambruk|runtuh|terbakar|dimulai|berlangsung)\b[^.;]*$", re.IGNORECASE)


# a subject that points back to the previous sentence's event: "Ledakan itu", "Kecelakaan tersebut", "That blast"
_ANAPHORIC_SUBJECT = re.compile(r"\s*(?:[^\W\d_][\w-]*\s+){1,2}(?:itu|tersebut)\b|\s*(?:That|This)\s+[^\W\d_]")


_WHEN_AFTER = re.compile(r"\s*(?:[^\W\d_][\w'’-]*\s+){0,2}?(?:when|ketika|saat)\s", re.IGNORECASE)
_WHEN_WORD = re.compile(r"\s(?:when|ketika|saat)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _bulletins() -> tuple[re.Pattern, dict[str, int]]:
    """frame_cues.json "bulletins": the pattern of a numbered bulletin ("buletin pertama", "second bulletin") and the
    number of each ordinal."""
    ordinals = _load("frame_cues.json")["bulletins"]["ordinals"]
    alt = "|".join(ordinals)
    return re.compile(rf"(?<![\w-])(?:buletin\s+(?:resmi\s+)?({alt})|({alt})\s+(?:official\s+)?bulletin)(?![\w-])",
                      re.IGNORECASE), ordinals


def _later_figures_time(it: _Item, as_of: AsOf, whens, fig_items: list[_Item], recalled: dict) -> bool:
    """Is a recalled figure's time an as-of phrase that stands past a later figure no cue recalls, so that it is
    that figure's ("In the first days after the landslide, officials counted 22 dead …, and the toll reached 43 by
    Oct. 11": the 22 held in the first days, not on 11 October)? The caller asks it of running tallies only: a
    magnitude "initially measured at 7.0" is one reading whatever the day."""
    if as_of.basis != "explicit" or as_of.text is None:
        return False
    starts = [w.start for w in whens if " ".join(w.text.split()) == as_of.text and w.start > it.tail]
    return bool(starts) and any(it.tail <= x.start < starts[0] and x.index not in recalled for x in fig_items)


def _held_when(sent: _Sentence, q: Quantity, dates, offset: int) -> Quantity:
    """A figure followed by a clause of when it held ("the toll stood at 16 when President Trump visited on Oct. 3",
    "korban tewas masih 16 orang ketika presiden berkunjung pada 3 Oktober") holds on that clause's day, the first
    date of the clause with a day: an earlier value of its fact, not one of the report's own day. Not when a verb
    of the figure's own stands before the clause ("Twelve people died when …": the incident's day, not the
    count's)."""
    f = q.frame
    if f is None or f.role != "current" or f.as_of is None or f.as_of.basis in ("explicit", "previous"):
        return q
    m = _WHEN_AFTER.match(sent.text, q.end - offset)
    # the figure's own text may have taken the word as its noun ("16 when")
    at = m.end() if m else (q.end - offset if _WHEN_WORD.search(q.text) else None)
    gap = sent.text[q.end - offset : m.end()] if m else q.text  # "150 injured when": the figure's text took both
    if at is None or _find(lexicon().predicates, gap, sent.langs):
        return q  # "Twelve people died when the roof collapsed on Monday": the day of the deaths, not of a count
    end = re.search(r"[;.]|$", sent.text[at:]).start() + at
    day = next((d for d in dates if at <= d.start - offset < end and d.low is not None and d.low == d.high), None)
    if day is None:
        return q
    return replace(q, frame=replace(f, as_of=AsOf(day=day.low, text=day.text, basis="explicit")))


# the when_text of a count's election day taken from the article's last dated election (``Discourse.election``)
INHERITED_ELECTION = "the election dated before"


def _counts_an_election(q: Quantity, counted: str | None = None, modifiers=None) -> bool:
    """Is a figure a count of an election's (votes, seats, a share of them, turnout), of no round named (the round
    is its own fact), whose day the election a sentence or an article dated says?"""
    if counted is None and q.frame is not None:
        counted, modifiers = q.frame.counted, q.frame.modifiers
    modifiers = modifiers or ()
    return q.kind in ("count", "percent") and staged(counted, modifiers) and not _of_a_round(modifiers)


def _of_a_round(modifiers) -> bool:
    """Does a count name its round ("round:2")? The round is its own fact; the article's lead says nothing of it."""
    return any(m.startswith("round:") for m in modifiers)


def _threshold_itself(q: Quantity) -> Quantity:
    """A vote threshold under a bound below it is the threshold itself: "Pita hanya meraih 324 suara, di bawah 375
    suara yang dibutuhkan", "kurang dari 200 suara yang diperlukan", "fewer than the 200 votes needed" set another
    figure below it, and the votes needed are 375 and 200, not fewer."""
    f = q.frame
    nearing = (q.qualifier or "").lower() in _NEARING
    if f is None or f.predicate != "vote_threshold" or q.approximate and not nearing or q.vague or q.value is None:
        return q
    if q.high == q.value and q.low < q.value:
        # also a subject that comes near it: "Tak satu partai pun mendekati 101 kursi yang dibutuhkan"
        return replace(q, low=q.value, low_inclusive=True, high_inclusive=True, qualifier=None, approximate=False)
    return q


# a figure whose counted thing is "others" ("20 others", "13 orang lainnya"), not a noun of its own ("tujuh kematian
# lain", seven more deaths)
_OTHERS = re.compile(r"\S+(?:\s+(?:orang|people|persons))?\s+(?:others|lainnya)(?![\w-])", re.IGNORECASE)


# qualifiers of a subject that comes near a figure, not of the figure itself when it is a threshold
_NEARING = frozenset({"mendekati", "near", "close to", "approaching", "nearing"})


def _one_roll_call(sent: _Sentence, quantities: list, tallies) -> list:
    """A chamber's vote is one occasion: a sentence's vote counts are one roll call (``roll_call``) when the sentence
    names a chamber, its members or a bill, or one of them is a chamber's (a legislature's actor, a named body's
    tally): "Srettha memperoleh 482 suara, sementara 165 anggota parlemen menolak"; not "Pasangan itu meraih 85.830
    suara, sementara 40.000 warga mendukung penantangnya", an election's. A tally's two counts share the day one of
    them is dated ("parliament voted 234-56 to impeach her in December 2016"), and so do the categories of one
    division ("Parlemen memberikan 234 suara setuju dan 56 menolak pada Desember 2016": each category once, one day
    among them). Two roll calls days apart are two votes (``identity``: another occasion), whatever their counts: a
    chamber votes on one day, and a report gives the vote it reports within days of it, or dates it."""
    votes = [n for n, q in enumerate(quantities) if q.frame is not None and q.frame.counted == "vote"]
    chamber = bool(votes) and (_legislature_mentions(sent.text, sent.langs) or _body_mentions(sent.text, sent.langs)
                               or _extras().draft_rx.search(sent.text)  # "The bill won by 220 votes to 207"
                               or any(quantities[n].frame.actor == "@legislature"
                                      or any(m.startswith("holder:body:") for m in quantities[n].frame.modifiers)
                                      for n in votes))
    out = list(quantities)
    if chamber:
        for n in votes:
            f = out[n].frame
            if "roll_call" not in f.modifiers:
                out[n] = replace(out[n], frame=replace(f, modifiers=tuple(sorted({*f.modifiers, "roll_call"}))))
    for a, b in tallies:
        if out[a.index].frame is not None and out[b.index].frame is not None:
            _share_one_day(out, [a.index, b.index])
    categories = [out[n].frame.predicate for n in votes]
    if chamber and len(categories) == len(set(categories)) \
            and all(predicate_class(c).get("counted") == "vote" for c in categories):  # for, against, abstained
        _share_one_day(out, votes)
    return out


def _share_one_day(out: list, indices: list[int]) -> None:
    """When exactly one day is given among these figures (their ``when``), the undated ones take it. A day taken
    from the article's last election (``INHERITED_ELECTION``) is no day of the sentence's own: "Senat meloloskan RUU
    itu dengan 171 suara berbanding 165 pada Jumat (12/4/2013)" dates the 171 too, whatever vote the article dated
    before."""
    def own(f) -> bool:
        return f.when is not None and f.when_text != INHERITED_ELECTION

    days = {out[n].frame.when for n in indices if own(out[n].frame)}
    if len(days) != 1:
        return
    dated = next(out[n].frame for n in indices if own(out[n].frame))
    for n in indices:
        if not own(out[n].frame):
            out[n] = replace(out[n], frame=replace(out[n].frame, when=dated.when, when_text=dated.when_text))


def _share_the_year(quantities: list, dates, text: str = "", offset: int = 0) -> list:
    """A sentence's one year that times one of its figures times its other figures too, unless they are running
    tallies (whose dates are as-of times): "A full quota of 221,000 pilgrims, 17,680 of them on the special scheme,
    will travel this year" gives "this year" to 221,000 as well as to 17,680, so neither meets "100,051 pilgrims in
    2022" as one fact. Not across a comparison: "won 51 seats, down from the 63 it took in 2019" dates the 63 only."""
    years = [d for d in dates if d.granularity == "year" and d.low is not None and d.high is not None]
    if len(years) != 1:
        return quantities
    span = (years[0].low, years[0].high)
    dated = [q for q in quantities if q.frame is not None and q.frame.when == span]
    if not dated:
        return quantities

    def compared(q) -> bool:
        return any(_COMPARED.search(text, min(q.end, d.end) - offset, max(q.start, d.start) - offset) for d in dated)

    return [replace(q, frame=replace(q.frame, when=span, when_text=years[0].text))
            if q.frame is not None and q.frame.when is None and not q.frame.evolving and q.kind == "count"
            and not compared(q) else q
            for q in quantities]


# a comparison between two figures: the one compared with is of another time ("51 seats, down from the 63 it took in
# 2019", "51 kursi, turun dari 63 kursi pada 2019", "more than the 63 of 2019")
_COMPARED = re.compile(r"(?<![\w-])(?:(?:up|down|turun|naik|berkurang|bertambah|merosot|anjlok)\s+(?:from|dari)|than|compared\s+"
                       r"(?:with|to)|versus|vs\.?|dibanding(?:kan)?|ketimbang|daripada|"
                       r"lebih\s+(?:sedikit|banyak|rendah|tinggi|besar|kecil|murah|mahal|cepat|lambat|kuat|lemah)\s+dari)(?![\w-])",
                       re.IGNORECASE)


def _as_period(d, quantities, text: str, offset: int):
    """A year that times one of its sentence's figures ("has a quota of 221,000 pilgrims this year", "pada 2022
    hanya 100.051 jemaah berangkat") says which year the figure counts, not the day of an event: its frame is tagged
    "period", and against another year it is another figure's period, which the figures' own comparison weighs. So
    is a year that names a budget's or a plan's period ("anggaran negara tahun 2025", "the 2025 budget")."""
    if d.frame is None or d.granularity != "year" or "period" in d.frame.modifiers:
        return d
    before, after = _plan_year()
    s, e = d.start - offset, d.end - offset
    if not (any(q.frame is not None and q.frame.when_text == d.text for q in quantities)
            or before.search(text, max(0, s - 60), s) or after.match(text, e)):
        return d
    return replace(d, frame=replace(d.frame, modifiers=(*d.frame.modifiers, "period")))


@lru_cache(maxsize=1)
def _plan_year() -> tuple[re.Pattern, re.Pattern]:
    """frame_cues.json "plan_year": the words right before a year ("anggaran negara tahun", "budget for") and right
    after it ("budget") that make it a plan's period."""
    words = _alternations(_load("frame_cues.json")["plan_year"])
    return (re.compile(r"(?<![\w-])(?:" + words("before") + r")\s+(?:tahun\s+)?$", re.IGNORECASE),
            re.compile(r"\s+(?:" + words("after") + r")(?![\w-])", re.IGNORECASE))


def _money_fits(pred: _Mention, kind: str) -> bool:
    """A sum of money's predicate (``money`` in predicates.json) passes to no other figure: "defisit Rp522,8 triliun
    atau 2,29 persen PDB" restates the sum as a share, which no verb of giving governs."""
    return bool(predicate_class(pred.label).get("money")) <= (kind == "money")


def _fits(pred: _Mention, kind: str) -> bool:
    """Can a figure of ``kind`` take the predicate? A measure's ("setinggi", "deep") only a measure; a sum of money's
    (``money`` in predicates.json: "dialokasikan", "received" as money) only a sum of money."""
    return bool(predicate_class(pred.label).get("measure")) <= (kind == "measure") and _money_fits(pred, kind)


# what may stand between a figure and the verb that its clause's other conjunct shares with it: a word or two of its
# noun, a "from" phrase, then "dan"/"and" and a counted conjunct ("37 warga asing dari delapan negara dan satu warga
# Aljazair tewas", "37 foreigners and one Algerian were killed"), at most five words, no comma
_CONJUNCT_THEN_VERB = re.compile(
    rf"(?:\s+[\w'’-]+){{0,2}}?(?:\s+(?:dari|from)(?:\s+[\w'’-]+){{1,4}}?)?\s+(?:dan|serta|and)\s+"
    rf"(?:{L.alternation(list(L.UNIT_WORDS_ID) + list(L.UNIT_WORDS_EN))}|seorang|sebuah|another|an?|\d[\d.,]*)"
    rf"(?:\s+[\w'’-]+){{1,5}}?\s+(?:(?:juga|also|were|was|had\s+been|have\s+been)\s+)?", re.IGNORECASE)


def _shared_by_conjuncts(sent: _Sentence, fig_items: list[_Item], count_preds: list[_Mention], quantities) -> None:
    """A figure with no predicate, the first of two conjuncts whose verb stands after the second ("37 warga asing dan
    satu warga Aljazair tewas", "37 foreigners and one Algerian were killed"), takes that verb: both conjuncts did
    what it says. Not when a figure in between has a verb of its own, nor across a comma."""
    text = sent.text
    for it in fig_items:
        if it.predicate is not None:
            continue
        kind = quantities[it.index].kind
        after = [p for p in count_preds if p.start >= it.tail and _fits(p, kind) and not _counts_other(p, it)]
        if not after:
            continue
        p = min(after, key=lambda m: m.start)
        if not _CONJUNCT_THEN_VERB.fullmatch(text, it.tail, p.start):
            continue
        if any(o is not it and it.tail <= o.start < p.start and o.predicate is not None and o.predicate is not p
               for o in fig_items):
            continue
        it.predicate = p


_KANTOR_BERITA = re.compile(r"(?i:kantor\s+berita)\s+$")


def _other_storm_date(d: DateMention, text: str, offset: int, discourse: Discourse) -> DateMention:
    """A day in a clause that names another storm than the lead's ("Tropical Storm Ana had already killed 55 people
    … in late January" in Batsirai's story) is that storm's, as its toll is: "storm:other", never the story's day."""
    f = d.frame
    if f is None or f.role != "event" or discourse.storm is None:
        return d
    start = d.start - offset
    clause = max([0] + [m.end() for m in re.finditer(r"[;:]|,\s+(?:but|while|sementara|sedangkan|namun)\b", text[:start])])
    named = list(_STORM_NAME.finditer(text, clause, start))
    if named and all(m.group(1).lower() != discourse.storm for m in named):
        return replace(d, frame=replace(f, event="storm:other"))
    return d


# a toll told apart by cause: the count's own cause, then a contrast with another count and its cause ("46 korban tewas
# karena hantaman batu …, sedangkan satu korban meninggal akibat luka bakar", "46 died from falling rocks, while one
# died of burns"): each count is a part of the whole toll
_CAUSE = r"(?:karena|akibat|oleh|because\s+of|due\s+to|died\s+(?:of|from)|killed\s+by|from)"
_CAUSE_BREAKDOWN = re.compile(rf"[^,;.]{{0,40}}?(?<![\w-]){_CAUSE}\s[^,;]{{2,80}},\s*(?:sedangkan|sementara|while|whereas)\s+"
                              r"(?:satu|seorang|dua|tiga|empat|lima|one|two|three|four|five|another|\d+)\s+"
                              rf"(?:[^,;.]{{0,40}}?\s)?{_CAUSE}\s", re.IGNORECASE)


# one night's count: the night right after the figure, in its clause
_NIGHTLY = re.compile(r"(?:(?!(?:had\s+)?(?:reported|said|announced|given|gave|melaporkan|menyebut|mengumumkan|"
                      r"disampaikan|diumumkan|dilaporkan))[^,;.]){0,50}?(?<![\w-])"
                      r"(?:overnight|semalam|the\s+night\s+before|a\s+night\s+earlier|malam\s+sebelumnya|(?:pada\s+)?malam\s+(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)\s+"
                      r"(?:hingga|sampai|ke)\s+(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)|"
                      r"(?:on|in)\s+the\s+night\s+(?:of|to|from))(?![\w-])", re.IGNORECASE)
# one day's count, said within a few words of its figure with no other figure between ("menemukan enam jenazah dalam
# sehari pada Kamis", "found 12 bodies in a single day"); not the total before "… atau rata-rata 40 orang dalam sehari"
_ONE_DAY = re.compile(r"(?:\s+[^\W\d][\w-]*){0,3}?\s+(?:dalam\s+(?:se|satu\s+)hari|in\s+a\s+single\s+day|in\s+one\s+day|"
                      r"that\s+day\s+alone)(?![\w-])", re.IGNORECASE)


# a figure set off as one nobody confirmed: "25 dead, a count the provincial authorities did not confirm", "25 orang
# tewas, angka yang tidak pernah dikonfirmasi pemerintah provinsi"
_UNCONFIRMED = re.compile(r"[^,;.]{0,30},\s*(?:(?:a|an|the)\s+)?(?:count|figure|number|toll|estimate|angka|jumlah|hitungan)"
                          r"(?![\w-])[^.;]{0,60}?(?<![\w-])(?:not|never|tidak|belum|tak)\s+(?:pernah\s+|yet\s+|been\s+)*"
                          r"(?:confirmed|confirm|verified|dikonfirmasi|terkonfirmasi|diverifikasi)(?![\w-])", re.IGNORECASE)


# a comparison between a figure and a source after it: the source is the compared figure's
_THAN_BEFORE_SOURCE = re.compile(r"(?<![\w-])(?:daripada|ketimbang|dibanding(?:kan)?|than|compared\s+(?:with|to))"
                                 r"(?![\w-])[^,;]*$", re.IGNORECASE)
# "all", "seluruhnya" said of the count itself; not a whole named before it ("Dari seluruh korban", "Of all the dead")
_ALL_OF = re.compile(r"(?<![\w-])(?<!dari\s)(?<!of\s)(?:all|seluruh(?:nya)?|semua(?:nya)?|kesemuanya)(?![\w-])", re.IGNORECASE)
# a copula after a count of people and its predicate: "142 korban tewas adalah", "142 were"
_COPULA_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:adalah|merupakan|ialah|were|are)\s+(?:para\s+)?", re.IGNORECASE)
# what makes the count a part: the whole named before it ("Dari seluruh korban, 18 orang …", "Of the 22 dead, 20
# were …", "di antaranya") or the rest named after it ("…, sedangkan enam lainnya …", "the rest were …")
_PARTITIVE_BEFORE = re.compile(r"(?<![\w-])(?:dari|of|di\s+antara(?:nya)?|among)\s+(?:[^\W\d_]+,?\s+){0,3}$|"
                               r"(?<![\w-])(?:di\s+antaranya|among\s+them)\s*,?\s*(?:sebanyak\s+)?$", re.IGNORECASE)
_REST_AFTER = re.compile(r"(?<![\w-])(?:lainnya|sisanya|selebihnya|others|the\s+rest|the\s+other)(?![\w-])", re.IGNORECASE)


def _said_to_be_group(text: str, it, counted: str | None, langs) -> tuple[str, str] | None:
    """The group a count of people is said to be right after it, as a part of a whole the sentence names ("Sebanyak
    142 korban tewas adalah mahasiswa, sedangkan enam lainnya …", "Of the dead, 142 were students"), as (class,
    written noun): a noun of people that is neither a generic person nor the figure's own noun; else None."""
    m = _COPULA_AFTER.match(text, max(it.tail, it.end))
    if m is None or _ALL_OF.search(text, max(0, it.start - 20), m.end() + 4):
        return None  # "25 orang yang seluruhnya adalah penumpang", "the 30 dead were all passengers": the whole
    start = it.qstart if it.qstart >= 0 else it.start
    if not (_PARTITIVE_BEFORE.search(text, max(0, start - 40), start) or _REST_AFTER.search(text, m.end())):
        return None  # "Sebanyak 25 korban tewas adalah penumpang bus": who the whole toll were
    lex = lexicon()
    found = _find(lex.counted, text[m.end() : m.end() + 40], langs)
    if found and found[0][0] == 0 and found[0][2] != counted and counted_family(found[0][2]) == "people" \
            and not lex.counted_info.get(found[0][2], {}).get("generic_person"):
        return found[0][2], found[0][3]
    return None


# a count's own share right after it: "atau 29,08 persen", ", or 29.08 percent", "(29,08%)"
_SHARE_RESTATED = re.compile(r"\s*(?:,\s*)?(?:atau|or|\()\s*(?:sekitar\s+|about\s+|around\s+)?(\d+(?:[.,]\d+)?)\s*"
                             r"(?:%|persen|per\s*cent|percent)", re.IGNORECASE)


def _reporting_actor(it: _Item, info: dict) -> str | None:
    """The source a running tally's actor is when that actor is a body that counts it ("The U.N. humanitarian office
    … lowered its count to 770 dead", "OCHA mencatat 770 orang tewas": frame_cues actors' "reports"): who the figure
    comes from, though no verb of saying names it."""
    if it.actor is None or it.actor.label not in lexicon().reporting_actors or not info.get("evolving"):
        return None
    return source_key(it.actor.text or it.actor.label)


_VOTE_STAGES = ("first_reading", "second_reading", "override")


def _vote_stage(sent: _Sentence) -> str | None:
    """The one stage of a bill's passage a sentence's tally is of, when it names one (frame_cues "activities":
    "lolos pembacaan kedua … dengan 83 suara", "overrode the veto by 84 votes to 4"); None when it names none or
    several (then the tallies are told apart by their own days)."""
    found = {label.removeprefix("activity:") for _, _, label, _ in _find(lexicon().activities, sent.text, sent.langs)}
    stages = [st for st in _VOTE_STAGES if st in found]
    return stages[0] if len(stages) == 1 else None


def _counts_other(pred: _Mention, it: _Item) -> bool:
    """Does a predicate that counts people ("the death toll", "korban tewas") stand against a figure whose own
    noun counts something else ("an eight-storey building", "gedung sembilan lantai")? The storeys are no toll:
    the toll's figure is the one its clause gives later ("rose to 194")."""
    info = predicate_class(pred.label)
    return info.get("counted") == "people" and not info.get("any_counted") and counts_a_thing(it)


@lru_cache(maxsize=1)
def _succession_rx() -> re.Pattern:
    """frame_cues.json "succession": a word of succession, then within eight words a verb that states a count,
    then at most six words up to the end (the figure)."""
    alt = _alternations(_load("frame_cues.json")["succession"])
    return re.compile(rf"(?<![\w-])(?:{alt('cues')})(?![\w-])(?:\W+\w[\w'’-]*){{0,8}}?\W+(?:{alt('verbs')})"
                      rf"(?:\W+\w[\w'’-]*){{0,6}}?\W*$", re.IGNORECASE)


def _succession(sent: _Sentence, fig_items: list[_Item], quantities) -> None:
    """"… sempat menyebut 51 orang belum ditemukan, sebelum data resmi mencatat 99 orang", "first said 51 were
    missing, before county data put the number at 99": a figure with no predicate after a word of succession and a
    verb that states a count counts what the figure before it counts (frame_cues "succession")."""
    for prev, it in zip(fig_items, fig_items[1:]):
        if it.predicate is not None or prev.predicate is None or \
                quantities[it.index].kind != quantities[prev.index].kind:
            continue
        if _succession_rx().search(sent.text[prev.tail : it.start]):
            it.predicate = prev.predicate
            if it.counted is None:
                it.counted, it.counted_text = prev.counted, prev.counted_text


# a vote count or share's candidate after "for"/"untuk", past a restated share ("4,657,304 votes, or 41.61 per cent,
# for Dr Mahamudu Bawumia"); a title before the name may stand outside the name's mention
_VOTE_FOR = re.compile(r"(?:\s*,?\s*(?:or|atau)\s+\d[\d.,]*\s*(?:%|per\s+cent|percent|persen))?\s*,?\s+(?:for|untuk)\s+"
                       r"(?:the\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof|President|Presiden|Vice[- ]President|Wakil\s+Presiden)\.?\s+)?",
                       re.IGNORECASE)


def _vote_for(text: str, it: _Item, actors: list[_Mention]) -> _Mention | None:
    """The named candidate right after a vote count or share's "for"/"untuk", or None."""
    m = _VOTE_FOR.match(text, max(it.tail, it.qend, it.end))
    if m is None:
        return None
    named = [a for a in actors if m.start() < a.start <= m.end() + 1 and a.end > m.end()]
    return named[0] if named else None


# a leader named after the party or body they lead: "Partai Sosial Demokrat pimpinan Antti Rinne meraih 40 kursi",
# "the Social Democrats, led by Antti Rinne, won 40 seats"
_LED_BY = re.compile(r"\s*,?\s*(?:pimpinan|yang\s+dipimpin(?:\s+oleh)?|dipimpin(?:\s+oleh)?|led\s+by|headed\s+by)\s+"
                     r"(?:(?:mantan|former|the\s+)?(?:Perdana\s+Menteri|Presiden|Wakil\s+Presiden|Ketua(?:\s+Umum)?|"
                     r"Prime\s+Minister|President|Vice\s+President|Chairman|Mayor|Wali\s+Kota)\s+)?$", re.IGNORECASE)


def _not_leaders(text: str, actors: list[_Mention]) -> list[_Mention]:
    """The actors but a leader named right after what they lead: the party or body holds the figures, so the
    leader is no figure's actor ("Partai Sosial Demokrat pimpinan Antti Rinne meraih 40 kursi": the party's seats)."""
    ends = sorted(a.end for a in actors)
    return [a for a in actors
            if not any(e <= a.start and _LED_BY.fullmatch(text, e, a.start) for e in ends)]


# an office right after an election's noun is the office contested, not who acts ("memenangi pemilihan presiden
# dengan 8.170.231 suara", "won the election for president"): the votes are the winner's; so is an office taken
# ("terpilih sebagai perdana menteri dengan 176 suara", "was sworn in as president"): the subject holds the figure
_CONTESTED_BEFORE = re.compile(r"(?:pemilihan|pemilu|pilkada|pencalonan|calon|kursi|election\s+(?:for|of)|race\s+for"
                               r"|post\s+of|office\s+of|(?<![\w-])(?:sebagai|as|menjadi)(?:\s+(?:the|a|new|baru|sang))?)"
                               r"\s+$", re.IGNORECASE)
_OFFICES = frozenset({"@president", "@vice_president", "@prime_minister", "@governor", "@regent", "@mayor", "@speaker"})


def _not_contested(text: str, actors: list[_Mention]) -> list[_Mention]:
    """The actors but an office named as what an election is for (``_CONTESTED_BEFORE``)."""
    return [a for a in actors if not (a.label in _OFFICES and _CONTESTED_BEFORE.search(text, max(0, a.start - 30), a.start))]


# an Indonesian active reporting verb before a name reports what that name did, it does not name its speaker:
# "Hakim Simon Byabakama mengatakan Robert Kyagulanyi … meraih 3.475.398 suara" gives Kyagulanyi's votes; not
# "menurut", "mengutip" or "melansir", whose name is the source ("mengutip Reuters")
_NAMES_SOURCE_AFTER = frozenset({"menurut", "mengutip", "melansir"})


def _reports_clause(cue: str) -> bool:
    """Is a statement cue one of the lexicon's Indonesian active (meN-) reporting verbs that take a clause? Not an
    English one ("measured": "as measured by the USGS" names its source)."""
    words = " ".join(cue.lower().split())
    return words.startswith("me") and words not in _NAMES_SOURCE_AFTER and words in _indonesian_statement_cues()


@lru_cache(maxsize=1)
def _indonesian_statement_cues() -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in _load("frame_cues.json")["statement"]["id"])


# a figure's passive agent: "measured at 6.3 by Iran's geophysics institute", "put at 60,000 by the police",
# "diukur 6,3 oleh lembaga geofisika Iran"; the verb's first figure, or one coordinated after it ("and at 6.6 by
# the USGS"), with no clause between
_AT_FIGURE = (r"\s+(?:(?:at|to|as|pada|sebesar|di)\s+)?(?:(?:magnitude|magnitudo|bermagnitudo|sekitar|about|around)\s+)?"
              r"\d[\d.,]*(?:\s*(?:%|persen|percent|per\s+cent|[a-zA-Z]{1,12}))?\s+" + PASSIVE_AGENT + r"\s+")


@lru_cache(maxsize=1)
def _measured_by() -> tuple[re.Pattern, re.Pattern]:
    """frame_cues.json "measured_by": the verbs whose agent is their figure's source, and the words right before such
    a verb that make it a body's own first reading ("initially measured at 7.0 by Indonesia's geophysics agency": the
    reading its later one replaced, no rival source's figure)."""
    cues = _load("frame_cues.json")["measured_by"]
    verbs = "|".join(re.escape(w) for w in cues["id"] + cues["en"])
    first = "|".join(re.escape(w) for w in cues["first_reading"])
    return (re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])", re.IGNORECASE),
            re.compile(rf"(?<![\w-])(?:{first})\s+$", re.IGNORECASE))


# an Indonesian body named by its head word before its country ("oleh lembaga geofisika Iran")
_BODY_HEAD = r"(?:(?:lembaga|badan|pusat|institut|observatorium|dinas|kantor)(?:\s+[a-z]+){0,2}\s+)?"
_AGENT_OF_FIGURE = re.compile(r"(?:" + _AT_FIGURE + r"(?:[^\d.;:,]{1,60}?\s+(?:and|dan)))?" + _AT_FIGURE + _BODY_HEAD,
                              re.IGNORECASE)
# statement cues that stand before their source, never after it ("menurut BMG", "according to the USGS")
_SOURCE_BEFORE = frozenset({"menurut", "according to"})
# a sentence told by a poll: "… winning 35 of the 150 seats, according to an exit poll", "Menurut hasil hitung cepat,
# …", "based on a quick count"
_BY_SOURCE = re.compile(r"(?<![\w-])(?:according\s+to|based\s+on|menurut|berdasarkan)\s+(?:(?:an?|the|hasil|data)\s+)?$",
                        re.IGNORECASE)


def _told_by_poll(sent: _Sentence) -> list[int]:
    """Where the sentence is attributed to a poll ("according to an exit poll", "menurut hitung cepat"): the
    attribution's starts. Every figure the sentence gives is then a projection, wherever the attribution stands,
    but for ``_poll_of_previous``."""
    out = []
    for s, _, _, _ in _find(lexicon().cues["poll"], sent.text, sent.langs):
        m = _BY_SOURCE.search(sent.text, max(0, s - 30), s)
        if m is not None:
            out.append(m.start())
    return out


# between an earlier value and the poll it is attributed to: "naik dari 23,4 persen menurut exit poll"
_TO_POLL = re.compile(r"[\s,]*(?:(?:suara|votes?|seats?|kursi)\s*,?\s*)?$", re.IGNORECASE)


def _poll_of_previous(text: str, it: _Item, cue: int, items: list[_Item], previous_role: dict[int, bool]) -> bool:
    """Is the poll attributed at ``cue`` the source of an earlier value that stands between ``it`` and the cue
    ("memperoleh 24,09 persen …, naik dari 23,4 persen menurut exit poll", "won 24.1%, up from 23.4% according to
    the exit poll")? Then it is that value's poll, and ``it``, the current figure, is the count."""
    if previous_role.get(it.index):
        return False
    return any(previous_role.get(o.index) and o.start > it.start and max(o.tail, o.qend) <= cue
               and _TO_POLL.match(text[max(o.tail, o.qend):cue]) is not None for o in items)


# a country's name or demonym, capitalised: "Bosnia", "Korea Selatan", "Bosnian"
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# an anaphoric "the country" at the end of a place's phrase: "di negara itu", "di negara tersebut", "in the country"
_COUNTRY_ANAPHOR = re.compile(r"(?<![\w-])(?:(?:negara|negeri)\s+(?:itu|tersebut)|the\s+(?:country|nation))\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _mostly_before() -> re.Pattern:
    cues = _alternations(_load("frame_cues.json"))("mostly_before")
    return re.compile(rf"(?<![\w-])(?:{cues}),?\s*(?:(?:di|in|at)\s+)?$", re.IGNORECASE)


_WHERE_AFTER = re.compile(r"[^,.;]{0,30}?,\s*(?:where|di\s+mana|tempat)(?![\w-])", re.IGNORECASE)
_WITHOUT = re.compile(r"tanpa|without|no", re.IGNORECASE)


def _named_country_before(text: str, start: int, end: int) -> str | None:
    """The country an anaphoric "di negara itu" / "in the country" at ``start:end`` stands for: the last country
    the sentence names before it, by name or demonym ("Bosnia", "Bosnian authorities"); None when it names none
    or the place is the bare noun ("di negara yang …", "a country")."""
    if not _COUNTRY_ANAPHOR.search(text, start, end):
        return None
    found = None
    for m in _CAPITALISED.finditer(text, 0, start):
        words = m.group(0).split()
        for i in range(len(words)):
            name = " ".join(words[i:])
            key = _country_of(name, demonym=False) or _country_of(name, demonym=True)
            if key:
                found = key
                break
    return found
