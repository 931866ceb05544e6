"""The fits of two frames' parts (predicate, counted thing, places, actor, incident, time), which the same-fact
scorer reads as features (``features``), and the one-to-one matching of the figures (and of the dates) of two
sentences by the scorer's probability.

The assignment maximises the total score (the Hungarian method, ``scipy.optimize.linear_sum_assignment``)
and keeps pairs above its ``minimum``; a figure without a counterpart is compared with nothing. A globally optimal assignment is used rather than greedy picking
because greedy picking lets the first strong pair take a figure that a second one needed ("6,000 in the
province, 2,500 of them in the capital" against "2.500 ke ibu kota" must pair 2,500 with 2.500, whatever
order the figures come in); the sizes are a handful of figures, so its cost does not matter.

When the scores cannot tell two candidates apart (within ``ambiguity``), the value decides between
them (a pair that agrees is preferred), and a match that would be a conflict is marked ambiguous: the
sentence does not say which of its figures the other sentence's figure is about.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from ..extract.entities import same_entity
from ..extract.frames import counted_family, lexicon, predicate_class
from ..extract.frames.build import INHERITED_ELECTION
from ..extract.frames.places import _country_of, venue_words
from ..records import DateMention, Frame, Place, Quantity

# Modifiers that make a figure something other than a count of what happened: a plan or forecast, an
# estimate hedged by "may", "could", "diduga", "believed", a change ("bertambah 32,56 juta", "an increase of
# 4,000") rather than the level, what a plan would provide ("modal": "under the law the agency would get $80
# billion"), the share of a count done so far ("progress": "Dengan 60 persen suara masuk"). The scorer reads them
# as a feature and the vetoes as logic.
NOT_A_COUNT = frozenset({"planned", "hedged", "change", "modal", "progress"})
# How a figure of a count done in stages stands to the count (frame_cues "partial_count", "final_count", "poll"):
# not which fact it is, but which step of it; ``scope.stage_order`` orders the steps.
STAGES = frozenset({"provisional", "final", "projection", "progress"})


def not_a_count(fa: Frame, fb: Frame) -> bool:
    """Either figure is a plan, a hedged estimate or a change (NOT_A_COUNT). Two figures of a plan's clause
    ("provision") are the plan's own figure however its reports word it: "would" or "akan" there ("modal") is
    no bar between them ("the tax agency would get $80 billion under the law" against "the bill sets aside $60
    billion"), unless the two name different predicates; against anything else it still is. A projection (an
    exit poll's, a quick count's) is not a count against a count, but two projections are two of one kind."""
    if ("projection" in fa.modifiers) != ("projection" in fb.modifiers):
        return True
    mods = (set(fa.modifiers) | set(fb.modifiers)) & NOT_A_COUNT
    # "Rencana itu mengirim 1.500 tentara": the plan's sending is the plan's, as "the plan would send" is
    pa, pb = ((f.predicate or "").removesuffix(".planned") for f in (fa, fb))
    if mods == {"modal"} and "provision" in fa.modifiers and "provision" in fb.modifiers and not (pa and pb and pa != pb):
        return False
    return bool(mods)
# Tie-breaks by value, far below any frame difference: among equally fitting pairs, prefer agreement.
_VALUE_BONUS = {"agree": 0.06, "compatible": 0.03, "conflict": 0.0, None: 0.0}


@dataclass(frozen=True)
class Match:
    """Item ``a`` of one sentence matched with item ``b`` of the other, with the frame score."""

    a: int
    b: int
    score: float
    ambiguous: bool = False


# --- parts of a frame ---------------------------------------------------------------------------------------

def _generic_place(key: str) -> bool:
    return key.startswith("@")


def _nested(a: str, b: str) -> bool:
    """"sulawesi" and "central sulawesi": a part of a place and the place (``place_part``)."""
    return place_part(a, b) or place_part(b, a)


def compass_whole(key: str) -> str | None:
    """The place a compass region is of ("east uzbekistan": "uzbekistan"), or None for a key with no compass word
    and for a country whose name holds one ("south sudan", "north korea", "east timor": another country, not a part
    of one). The region and a place the other sentence names within that whole ("di Provinsi Syrdarya, Uzbekistan")
    may be one: neither says the other is elsewhere."""
    if key in _country_keys():
        return None
    compass = _compass_words()
    whole = " ".join(w for w in key.split() if w not in compass)
    return whole if whole and whole != key else None


def regions_of_holder(keys: Iterable[str], places: Iterable[Place]) -> bool:
    """Is every place key of ``keys`` a compass region ("east uzbekistan") of a whole that ``places`` name as the one
    holding their own place ("di Provinsi Syrdarya, Uzbekistan": ``within``)? Syrdarya may lie in the east: neither
    place says the other is elsewhere."""
    keys = list(keys)
    holders = {p.key for p in places if p.within}
    return bool(keys and holders) and all(compass_whole(k) in holders for k in keys)


@lru_cache(maxsize=1)
def _compass_words() -> frozenset[str]:
    return frozenset(lexicon().compass.values())


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """Every country's place key, from the CLDR territory names Babel ships, in English and Indonesian."""
    from babel import Locale

    from ..extract.frames.lexicons import is_country_code
    from ..extract.frames.places import place_key

    return frozenset(place_key(name) for lang in ("en", "id") for code, name in Locale(lang).territories.items()
                     if is_country_code(code))


def place_part(part: str, whole: str) -> bool:
    """Is the place key ``part`` a part of the place ``whole`` by its words: the whole's words with compass words,
    a venue's noun or a kind of place added ("central sulawesi", "blok c2 lembaga pemasyarakatan", "negara bagian
    mexico")? Another name word makes another place: "grand bahama" is an island of the Bahamas and "padang
    pariaman" a regency beside Padang, neither a part of the other name by its words."""
    tp, tw = set(part.split()), set(whole.split())
    return bool(tw) and tw < tp and tp - tw <= _part_words()


@lru_cache(maxsize=1)
def _part_words() -> frozenset[str]:
    """Words that, added to a place's name, leave a part of that place: compass words (as keys hold them), venue
    nouns and kinds of place (places.json "compass", "venues", "kinds")."""
    lex = lexicon()
    venues = {w for noun in _venue_words() for w in noun.split()}
    return frozenset(lex.compass.values()) | venues | lex.place_kinds


def several_sites(places: Iterable[Place]) -> frozenset[str]:
    """The several sites named by their count among some places ("di tiga gereja", "at three churches":
    ``sites:church``)."""
    return frozenset(p.key for p in places if p.key.startswith("sites:"))


def _another_site(pa: Sequence[Place], pb: Sequence[Place]) -> bool:
    """Does one side name several sites by their count and the other a named venue neither of them is ("Markas
    Polrestabes", "the Harapan Police Headquarters"): two sites of one story, however each outlet's lead names
    them?"""
    if not several_sites(pa) or several_sites(pb):
        return False
    own = {p.key for p in pa}
    return any(p.attached and not _generic_place(p.key) and p.key not in own and not p.key.startswith("site")
               and _venue(p.key) for p in pb)


def _venue(key: str) -> bool:
    """Is a place key a named venue ("markas polrestabes", "gereja santa maria", "harapan police headquarters")?"""
    if len(key.split()) < 2:
        return False  # "church": the one site a definite noun names, a part of the story's whole
    return any(f" {v} " in f" {key} " for v in _venue_words())


@lru_cache(maxsize=1)
def _venue_words() -> tuple[str, ...]:
    return tuple(w.lower() for words in venue_words().values() for w in words)


def place_fit(pa: Sequence[Place], pb: Sequence[Place]) -> float | None:
    """None when the two figures are clearly in different places, else a score adjustment.

    Places attached to the figure ("41 orang meninggal di Demak") decide; a place elsewhere in the sentence
    only counts when it is the same. A generic place ("in the capital") fits any name.
    """
    if any(p.key == "@elsewhere" for p in (*pa, *pb)):
        return None  # "another 170 people died elsewhere"
    if _another_site(pa, pb) or _another_site(pb, pa):
        return None  # the bombs "di tiga gereja" against the one "di Markas Polrestabes"
    # otherwise several sites say nothing about where else: "di tiga gereja" may be "across Sri Lanka"
    pa = [p for p in pa if not p.key.startswith("sites:")]
    pb = [p for p in pb if not p.key.startswith("sites:")]
    # the story's incident as each outlet's lead names it ("the tsunami in the Sunda Strait", "… that swept the
    # coasts of Banten and Lampung") tells nothing apart, but the same name on both sides still says something;
    # against another incident's place ("Gempa Palu pada 2018" in a report about Lombok) it is a clash below
    story_shared = bool({p.key for p in pa if p.slot == "story"} & {p.key for p in pb}
                        or {p.key for p in pb if p.slot == "story"} & {p.key for p in pa})
    story_a = [p for p in pa if p.slot == "story" and p.attached]
    story_b = [p for p in pb if p.slot == "story" and p.attached]
    pa = [p for p in pa if p.slot != "story"]
    pb = [p for p in pb if p.slot != "story"]
    for story, other in ((story_a, pb), (story_b, pa)):
        ev = [p.key for p in other if p.attached and p.slot == "event" and not _generic_place(p.key)]
        if story and ev and not any(x.key == y or _nested(x.key, y) for x in story for y in ev) \
                and not any(p.attached and p.slot != "event" for p in (*pa, *pb)):
            return None  # the story's quake against another quake
    if not pa or not pb:
        return 0.1 if story_shared else -0.05 if (pa or pb) else 0.0
    att_a = [p for p in pa if p.attached and p.slot != "event"]
    att_b = [p for p in pb if p.attached and p.slot != "event"]

    def comparable(x: Place, y: Place) -> bool:
        if (x.slot == "from") != (y.slot == "from") or (x.slot != y.slot and not _generic_place(x.key)):
            return False  # "sent to Ukraine" and "are in Kharkiv" may both hold
        return _generic_place(x.key) == _generic_place(y.key)  # "the capital" may be Jakarta

    # where a figure is, or goes ("ke ibu kota" ~ "in the capital"), is one thing; where it comes from another
    keys_a = {(p.slot == "from", p.key) for p in pa}
    keys_b = {(p.slot == "from", p.key) for p in pb}
    if keys_a & keys_b or story_shared:
        return 0.1
    for xs, ys in ((att_a, att_b), (att_b, att_a)):
        for x in xs:
            others = [y for y in ys if comparable(x, y)]
            if others and not any(x.key == y.key or _nested(x.key, y.key) or regions_of_holder([y.key], xs)
                                  for y in others):
                return None  # "di Demak" vs "di Jawa Tengah", "in the province" vs "in the capital"
    ev_a = [p.key for p in pa if p.attached and p.slot == "event" and not _generic_place(p.key)]
    ev_b = [p.key for p in pb if p.attached and p.slot == "event" and not _generic_place(p.key)]
    if ev_a and ev_b and not any(x == y or _nested(x, y) for x in ev_a for y in ev_b) \
            and not (att_a or att_b):
        return None  # "Gempa Lombok menewaskan 41" vs "Gempa Palu menewaskan 4.000": two incidents
    # a country or a main island named in passing may hold the other's town or mountain
    broad = lexicon().broad_places
    named_a = {(p.key, p.slot) for p in pa if not _generic_place(p.key) and (p.attached or p.key not in broad)}
    named_b = {(p.key, p.slot) for p in pb if not _generic_place(p.key) and (p.attached or p.key not in broad)}
    if any(_nested(x, y) for x, _ in named_a for y, _ in named_b):
        return -0.1
    if any(sx == sy or "event" in (sx, sy) for _, sx in named_a for _, sy in named_b):
        return -0.35  # different names, not both attached: maybe a town and its province, more often not
    # where troops are sent and where they are ("ke Rusia", "in Kursk"), or where a report comes from: names in
    # different roles say little
    return -0.1


def actor_fit(a: Frame, b: Frame) -> float | None:
    if not a.actor or not b.actor:
        return -0.05 if (a.actor or b.actor) else 0.0
    if a.actor == b.actor:
        return 0.1
    if a.actor.startswith("thing:") or b.actor.startswith("thing:"):
        # a common noun a measure is of ("simpanse jantan", "the dam"): the same words say it is the same
        # thing; two other nouns ("jembatan", "kapal") two things; against a name it says nothing
        if _share_word(a.actor.removeprefix("thing:"), b.actor.removeprefix("thing:")):
            return 0.05
        if a.actor.startswith("thing:") and b.actor.startswith("thing:"):
            from .identity import _thing_class

            ca = _thing_class(a.actor.removeprefix("thing:"))
            if ca is not None and ca == _thing_class(b.actor.removeprefix("thing:")):
                return 0.05  # "the shaft" and "lubang itu", "the ship" and "kapal": one class across languages
        return None if a.actor.startswith("thing:") and b.actor.startswith("thing:") else -0.1
    kinds, generic = lexicon().actor_kinds, lexicon().generic_actors
    for x, y in ((a.actor, b.actor), (b.actor, a.actor)):
        if kinds.get(x, frozenset()) & {"@international", "@non_state"} and (
                y in generic or not y.startswith("@") and _country_of(y, demonym=False)):
            # the IMF's board against "Kongres Argentina" or "the lawmakers", the gunmen against "Tentara Aljazair":
            # a country or its parliament is never an international body nor an armed group
            return None
    if a.actor in generic or b.actor in generic:
        return -0.05
    office_a, office_b = a.actor.startswith("@"), b.actor.startswith("@")
    if office_a != office_b:
        return -0.1  # "the president" may be the named person
    if office_a:
        if a.actor in kinds.get(b.actor, ()) or b.actor in kinds.get(a.actor, ()):
            return -0.05  # "the House" may be the DPR
        return None  # the minister vs the governor, the DPR vs the Senate
    if same_entity(a.actor_text or a.actor, b.actor_text or b.actor) or _share_word(a.actor, b.actor) \
            or _surname(a.actor, b.actor):
        return 0.05
    return None  # Prabowo-Gibran vs Anies-Muhaimin


def _surname(a: str, b: str) -> bool:
    """"Lam" and "Carrie Lam": a one-word name that is the other's last."""
    ta, tb = a.split(), b.split()
    return (len(ta) == 1 and len(tb) > 1 and ta[0] == tb[-1]) or (len(tb) == 1 and len(ta) > 1 and tb[0] == ta[-1])


def _share_word(a: str, b: str) -> bool:
    from rapidfuzz.fuzz import ratio

    wa = [w for w in a.replace("-", " ").split() if len(w) >= 4 and w not in _ACTOR_FILLERS]
    wb = [w for w in b.replace("-", " ").split() if len(w) >= 4 and w not in _ACTOR_FILLERS]
    return any(ratio(x, y) >= 90 for x in wa for y in wb)  # Zelenskyy/Zelensky, not Prabowo/Pranowo


_ACTOR_FILLERS = frozenset({"pasangan", "calon", "paslon", "nomor", "urut", "pihak", "kubu", "tim", "ticket", "pair",
                            "president", "presiden", "minister", "menteri", "leader", "pemimpin",
                            # the kind of a party or a bloc, not its name: "Partai Nasional" is not "Partai Buruh"
                            "partai", "party", "koalisi", "coalition", "aliansi", "alliance", "blok", "bloc",
                            "gerakan", "movement", "fraksi", "faction"})


def predicate_fit(a: Frame, b: Frame) -> float | None:
    if a.predicate and b.predicate:
        if a.predicate == b.predicate:
            return 0.0
        if predicate_class(a.predicate).get("generic") or predicate_class(b.predicate).get("generic"):
            return -0.15
        return None  # died vs injured, signed vs ratified
    if a.predicate or b.predicate:
        return -0.2
    return -0.1


def counted_fit(a: Frame, b: Frame) -> float | None:
    if a.counted is None or b.counted is None:
        return None  # a figure of an unknown thing is compared with nothing
    if a.counted == b.counted:
        return 0.0
    fam_a, fam_b = counted_family(a.counted), counted_family(b.counted)
    info = lexicon().counted_info
    if fam_a == fam_b and a.predicate and a.predicate == b.predicate \
            and info.get(a.counted, {}).get("generic_person") and info.get(b.counted, {}).get("generic_person"):
        return -0.15  # "41 korban meninggal" and "41 people died"; not "45 anak" and "207 people"
    if a.predicate and a.predicate == b.predicate and predicate_class(a.predicate).get("any_counted") \
            and {fam_a, fam_b} <= {"people", "vote", "seat"}:
        return -0.1  # "287 anggota mendukung" and "287 votes in favour"; not the 13 amendments a chamber rejected
    if fam_a == fam_b == "people" and groups(a) and groups(a) == groups(b):
        return -0.1  # "tiga warga negara Thailand" and "two Thai passengers": the group names the people counted
    return None


def event_fit(a: Frame, b: Frame) -> float | None:
    """Tolls of different events are different facts ("the civil war killed 80,000" and "the bombings killed
    359"); a quake's and a tsunami's named together are one."""
    other = any(e.endswith(":other") for e in a.events + b.events)
    # a shock's figure named as another shock's ("Gempa susulan terkuat bermagnitudo 5,8", "a foreshock of 5.2")
    # against one that names no shock of its own: that one is the main quake's. Only shocks: a second round or a
    # second blast is often the story's own event, named bare on the other side
    if any(e in ("quake:later", "quake:fore", "quake:earlier") for e in a.events + b.events) \
            and (not a.events or not b.events or a.events_inherited or b.events_inherited) \
            and not (set(a.events) & set(b.events)):
        return None
    if not a.events or not b.events:
        # an incident named as another than the story's ("after a crane toppled …, killing 111") against a figure
        # that names none: that one is the story's
        return None if other else 0.0
    if set(a.events) & set(b.events):
        return 0.05
    if any(e.startswith("activity:") for e in set(a.events) ^ set(b.events)):
        return None  # a raid named with one figure only: its toll is not the attacks' the lead names
    # an event only the article's lead names may not be this figure's: doubt, not a clash
    return -0.15 if (a.events_inherited or b.events_inherited) and not other else None


IMPLICIT_WHEN_DAYS = 180


def events_differ(a: Frame, b: Frame) -> bool:
    """Do two dates' frames say they are the days of different events (``Frame.event``)? An activity against
    anything else (the raids' Thursday against the attacks' Friday, the inquiry's Thursday against the fire's
    Wednesday), or a second incident against the main one of its kind (the aftershock's Sunday against the
    quake's Saturday). Two incidents of different classes are not enough: a quake and its tsunami share a day."""
    ua, ub = ({m for m in f.modifiers if m.startswith("unit-id:")} for f in (a, b))
    if ua and ub and ua != ub:
        return True  # the reactor 3 explosion's Monday against the reactor 1 explosion's Saturday
    ea, eb = a.event, b.event
    if ea == eb == "dead:later":
        return True  # one victim dying in hospital on Wednesday, another on Sunday: each death is a day of its own
    if ea and ea == eb and predicate_class(ea).get("by_actor") and a.actor and b.actor and actor_fit(a, b) is None:
        return True  # the defence minister resigned on Monday, the foreign minister on Tuesday: two resignations
    if not ea or not eb or ea == eb:
        return False
    if _unstaged(ea) == eb or _unstaged(eb) == ea:
        return False  # "Sidang digelar pada Senin" may be any day of the trial, its first hearing or its verdict
    if ea.startswith("activity:") or eb.startswith("activity:") or "until" in (ea, eb):
        return True  # an activity's day, or the end of a period ("berlaku hingga Jumat"), against another event's
    base_a, _, later_a = ea.partition(":")
    base_b, _, later_b = eb.partition(":")
    if base_a == base_b:
        return later_a != later_b
    if "dead:later" in (ea, eb):
        return True  # a death in hospital days on against the fire's day, or against the day a toll was told
    ia, ib = lexicon().predicate_info.get(base_a, {}), lexicon().predicate_info.get(base_b, {})
    if later_a != later_b and (later_a and ib.get("generic") or later_b and ia.get("generic")
                               or "other" in (later_a, later_b)):
        # the foreshock's Thursday against the day the quake "happened", a similar disaster's day against the
        # flood's: a sub-event's or another event's day is its own
        return True
    if base_b in ia.get("apart_from", ()) or base_a in ib.get("apart_from", ()):
        return True  # the ship left port on 2 May, it arrived on 9 May; the ban announced on Monday, in force in August
    if ia.get("end") or ib.get("end"):
        return True  # the siege ended on Saturday, the attacks began on Wednesday: an end's day is not the start's
    if ia.get("after") or ib.get("after"):
        return True  # the wreckage found on Tuesday, the first victim identified on Wednesday: not the crash's Sunday
    # a procedure (a visit, a signing, a vote, an arrival) against an incident: the president's Thursday visit
    # to the site against the explosion's Tuesday
    return bool(ia and ib and (_procedure(ia) and ib.get("incident") or _procedure(ib) and ia.get("incident")))


def _unstaged(event: str) -> str | None:
    """The activity a step of it belongs to ("activity:court" for the verdict's "activity:court:verdict"), or None
    when ``event`` is no step of an activity (``stage`` in predicates.json)."""
    parts = event.split(":")
    return ":".join(parts[:2]) if len(parts) == 3 and parts[0] == "activity" and predicate_class(parts[2]).get("stage") \
        else None


def date_fit(fit: Callable[[object, object], float | None]) -> Callable[[object, object], float | None]:
    """The fit of two dates for the one-to-one matching: the scorer's, but none for two dates of different
    events (``events_differ``). A sentence that dates several events ("The ship left port on 2 May and sank on
    9 May") has its dates matched by event first: the departure's day is never the sinking's counterpart, so
    "tenggelam pada 2 Mei" meets the 9 May it contradicts, not the 2 May it would seem to agree with."""
    def fitted(a, b) -> float | None:
        if a.frame is not None and b.frame is not None and events_differ(a.frame, b.frame):
            return None
        return fit(a, b)

    return fitted


def _procedure(info: dict) -> bool:
    """An event class that is neither an incident nor a generic occurrence ("held", "took place")."""
    return info.get("kind") == "event" and not info.get("incident") and not info.get("generic")


def when_fit(a: Frame, b: Frame) -> float | None:
    """Figures of events on different days are different facts ("1.300 atlet" in 1983, "1.907" in 2003); one
    a day apart is one (``a_day_apart``). A figure with no date of its own is about the time of its report:
    against one dated half a year or more before that, it is another fact ("In 2019, Widodo won 55.50 percent"
    and a 2024 report's "58,6 persen")."""
    if a.when is None and b.when is None:
        return 0.0
    if a.when is None or b.when is None:
        dated, undated = (a, b) if a.when is not None else (b, a)
        day = undated.as_of.day if undated.as_of is not None else None
        long_before = day is not None and (day - dated.when[1]).days > IMPLICIT_WHEN_DAYS \
            and dated.when_text != INHERITED_ELECTION  # the vote an earlier sentence dated: which vote, not how old
        if day is not None and (long_before or dated.when[0] > day):
            return None  # long before the report, or after it: a report cannot give a later event's figure
        return 0.0
    if a.when[0] <= b.when[1] and b.when[0] <= a.when[1] or a_day_apart(a.when, b.when):
        return 0.05
    return None


def a_day_apart(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    """Are two single days of an event next to each other? One incident dated a day apart by two reports (the
    night it struck, counted in two time zones; or a day stated wrongly) is one incident: its figures compare, and
    the day's mismatch is reported as the dates' own finding."""
    return a[0] == a[1] and b[0] == b[1] and abs((a[0] - b[0]).days) == 1


def context_overlap(a: Frame, b: Frame) -> float:
    """How alike the words around two figures are (Jaccard, 0–1); identical phrasing around one slot."""
    ca, cb = set(a.context), set(b.context)
    if not ca or not cb:
        return 0.0
    shared = len(ca & cb)
    return shared / len(ca | cb) if shared >= 3 else 0.0


def _actor_is_place(a: Frame, b: Frame) -> bool:
    """"Semeru, at 3,767 meters" and "Gunung Semeru, dengan ketinggian 3.676 meter": one side names as its
    actor what the other names as its place."""
    return bool((a.actor and a.actor in {p.key for p in b.places}) or (b.actor and b.actor in {p.key for p in a.places}))


def _kind(q: Quantity) -> str:
    if q.kind == "magnitude" or (q.frame and q.frame.counted == "magnitude"):
        return "magnitude"
    if q.kind in ("percent", "fraction"):
        return "share"
    return q.kind


def groups(f: Frame) -> frozenset[str]:
    """Whose count a figure is: its nationality or origin modifiers ("group:indonesia", "group:foreign")."""
    return frozenset("group:foreign" if m == "foreign" else m for m in f.modifiers if m.startswith("group:") or m == "foreign")


def _own_modifiers(f: Frame, *, named_parts: bool = True) -> set[str]:
    """The modifiers that say which fact a figure is: not "base" (the whole a share is of), nor how the figure
    is asserted ("hedged"; "contrasted", set against another source's count, which ``compare`` reads as another
    estimate; "provision" and "modal", a plan's figure, which ``not_a_count`` weighs; a count's stage,
    ``STAGES``; "roll_call", a chamber's vote, whose day ``identity._other_occasions`` weighs), and not "part"
    when the part is named by a modifier of its own ("1.049.334 suara di antaranya dinyatakan sah" is the
    valid votes' figure; "26 foreign nationals among the dead" and "The dead include 26 foreigners" are both
    the foreigners' count, "97 of the victims were women" and "97 orang adalah perempuan" both the women's).
    The foreigners are one part however they are written: "foreign" and "group:foreign" (as in ``groups``).
    ``named_parts=False``: the revision veto's stricter reading, as before: a part named by a subset modifier
    (women, foreigners) keeps its "part" (a part on both sides is no toll) and the two spellings of the
    foreigners stay apart. A share drops the modifiers that tell counts apart only (``count_only`` in
    counted.json): "52.4% of the valid votes" is the share reported as "52,4 persen suara"."""
    # an election's round, the part of its electorate and a count no chamber's are weighed by ``identity.number_veto``
    # alone
    mods = {"foreign" if m == "group:foreign" and named_parts else m for m in f.modifiers
            if not m.startswith(("whole:", "progress:", "bulletin:", "round:", "segment:", "chamber:", "term:", "measure:",
                                   "perpetrator:"))} - {"base", "hedged", "contrasted", "provision", "modal", "roll_call"} - STAGES
    if f.counted == "share":
        mods -= lexicon().count_only_modifiers
    # wholes: features' "whole_clash"; a count's stage is a step of one fact, not another fact
    keep = {"part", "planned", "part-of-day", "change"} | (set() if named_parts else lexicon().subset_modifiers)
    if "part" in mods and mods - keep:
        mods.discard("part")
    return mods


DATE_GAP_DAYS = 28


def once_by_one(a: DateMention, b: DateMention) -> bool:
    """Are two dates of something that happens once to its holder (a founding, a birth, a wedding, joining a
    body: ``once`` in predicates.json), said of one named holder? Then they date one event however far apart
    they are ("SMA itu berdiri pada tahun 1951" / "... berdiri pada tahun 1961"). Both must name the holder: two
    bodies founded in different years are two events, and a holder left unnamed may be either."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None or not fa.predicate or fa.predicate != fb.predicate:
        return False
    if not predicate_class(fa.predicate).get("once") or not fa.actor or not fb.actor:
        return False
    # the same name, not a shared word: "Klub Dayung Samudra" and "Klub Renang Samudra" are two clubs
    return fa.actor == fb.actor or same_entity(fa.actor_text or fa.actor, fb.actor_text or fb.actor)


def _far_apart(a: DateMention, b: DateMention) -> bool:
    """Dates more than four weeks apart, or in different written years, date different events: a typo or a
    wrong day shifts a date by a day or two ("Sabtu (20/4)" for Sunday 21 April), while a report that
    mentions an earlier eruption or last year's vote does so months or years away. What happens once to one
    holder (a founding, a birth) is one event at any distance (``once_by_one``), and one sentence written twice
    with another date is one fact (``identity.restated``)."""
    if a.year and b.year and a.year != b.year and a.granularity != "open" and b.granularity != "open":
        return True
    if a.resolved and b.resolved and a.low and b.low and a.high and b.high:
        gap = max((a.low - b.high).days, (b.low - a.high).days)
        return gap > DATE_GAP_DAYS
    return False


# --- the assignment -----------------------------------------------------------------------------------------

def _noun(item) -> str | None:
    """The counted noun a figure is written with ("13 kelurahan": kelurahan), or None (none written, or no
    figure)."""
    return item.unit if isinstance(item, Quantity) and item.frame is not None and item.frame.counted else None


def other_noun(items_a: Sequence, i: int, items_b: Sequence, j: int) -> bool:
    """Is figure ``i`` of one sentence written with another noun than figure ``j`` of the other, of a class that
    does not fit it, while a figure beside one of them is written with the other's noun? "2 kecamatan dan 13
    kelurahan" against "2 kelurahan": the sentence says which of its figures counts kelurahan, so 2 kecamatan
    is not that fact, however alike the two look (the same value, the same holder, the same words around).
    The nouns as written, not their classes: a class the frames inferred ("32.56 million" taken as people
    beside "270,203,917 people" taken as population) says too little to overrule the scorer."""
    na, nb = _noun(items_a[i]), _noun(items_b[j])
    if na is None or nb is None or na == nb or counted_fit(items_a[i].frame, items_b[j].frame) is not None:
        return False
    return any(_noun(x) == nb for k, x in enumerate(items_a) if k != i) or \
        any(_noun(y) == na for k, y in enumerate(items_b) if k != j)


# periods that may be one rate: a year's growth on the year before is its full-year figure
_SAME_PERIOD = frozenset({frozenset({"yoy", "full_year"})})


def _tagged(f: Frame, prefix: str) -> frozenset[str]:
    """A frame's modifiers that start with ``prefix`` ("holder:", "from:", "load:", "measure:", "whole:")."""
    return frozenset(m for m in f.modifiers if m.startswith(prefix))


def other_period(a, b) -> bool:
    """Are two rates of change measured over different periods ("tumbuh 5,1 persen secara tahunan" against "grew
    1.2% from the previous quarter", "inflasi bulanan" against "annual inflation", year-to-date against the full
    year)? Then they are two facts, whatever the scorer says: they neither conflict nor agree (4.9% on the
    quarter before is not the 4.9% on a year earlier). So are two vote counts cast on measures of different kinds
    ("measure:bill" against "measure:resolution": the bill's 370 ayes and the resolution's 351, one house, one day),
    and a share of the tally sheets counted against a share of the vote. A period, a measure or a whole on one side
    only says nothing."""
    if not (isinstance(a, Quantity) and isinstance(b, Quantity) and a.frame is not None and b.frame is not None):
        return False
    pa = {m[7:] for m in _tagged(a.frame, "period:")}
    pb = {m[7:] for m in _tagged(b.frame, "period:")}
    if pa and pb and pa != pb and frozenset(pa | pb) not in _SAME_PERIOD:
        return True
    # a vote on a bill and one on a resolution (frame_cues "vote_measures"), named on both sides, are two votes
    ma, mb = _tagged(a.frame, "measure:"), _tagged(b.frame, "measure:")
    if ma and mb and ma != mb:
        return True
    # a share of the tally sheets or polling stations counted is how far a count got, never a share of the vote
    # ("more than 80% of the tally sheets" against "González won 67% of the vote")
    wa, wb = _tagged(a.frame, "whole:"), _tagged(b.frame, "whole:")
    return bool(wa and wb) and wa != wb and "whole:tally_sheets" in wa | wb


def restates_coarser(item, siblings: Sequence) -> bool:
    """Is a date a coarser restatement of another date of its own sentence ("Earlier this month, … on Sept.
    11"; "this year … on 8 January")? Then the finer one carries the fact, and the coarse one, which agrees
    with anything inside it, would take its place in the matching or make its match look ambiguous."""
    if not isinstance(item, DateMention) or not (item.low and item.high):
        return False
    return any(s is not item and isinstance(s, DateMention) and s.low and s.high and item.low <= s.low
               and s.high <= item.high and (item.high - item.low) > (s.high - s.low) for s in siblings)


def _restates(item, sibling, value: Callable[[object, object], str | None]) -> bool:
    """Does ``sibling``, another figure of ``item``'s own sentence, state the same value in other words or
    units ("80km (50 miles)", where the conversion's rounding leaves the two merely compatible)? Then it is no
    rival to ``item``'s match."""
    verdict = value(item, sibling)
    return verdict == "agree" or (verdict == "compatible" and getattr(item, "unit", None) is not None
                                  and getattr(item, "unit", None) != getattr(sibling, "unit", None))


def match(items_a: Sequence, items_b: Sequence, fit: Callable[[object, object], float | None],
          value: Callable[[object, object], str | None], *, minimum: float,
          ambiguity: float) -> list[Match]:
    """A one-to-one matching of ``items_a`` with ``items_b``: the assignment with the highest total fit
    (plus a small bonus for values that agree), keeping pairs that fit at least ``minimum``."""
    if not items_a or not items_b:
        return []
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    n, m = len(items_a), len(items_b)
    coarse_a = {i for i, a in enumerate(items_a) if restates_coarser(a, items_a)}
    coarse_b = {j for j, b in enumerate(items_b) if restates_coarser(b, items_b)}
    fits = [[None if i in coarse_a or j in coarse_b or other_noun(items_a, i, items_b, j) or other_period(a, b)
              else fit(a, b)
             for j, b in enumerate(items_b)] for i, a in enumerate(items_a)]
    verdicts = [[value(a, b) if fits[i][j] is not None else None for j, b in enumerate(items_b)]
                for i, a in enumerate(items_a)]
    if all(f is None or f < minimum for row in fits for f in row):
        return []
    gain = np.full((n, m), -1.0)
    for i in range(n):
        for j in range(m):
            f = fits[i][j]
            if f is not None and f >= minimum:
                gain[i, j] = f + _VALUE_BONUS[verdicts[i][j]]
    rows, cols = linear_sum_assignment(gain, maximize=True)
    pairs = [(i, j) for i, j in zip(rows.tolist(), cols.tolist()) if fits[i][j] is not None and fits[i][j] >= minimum]
    # A rival fits about as well as the match when the frames cannot tell the two apart. It makes the match
    # ambiguous when it would not conflict (the figure may be about it), or when it found no partner with
    # the same value itself ("41 in Demak and 12 in Kudus" against a bare "58"); a rival that did is
    # spoken for ("11.000 … 8.000" against "11.000 … 9.000": 8.000 and 9.000 still conflict).
    # A rival that restates the match's own figure in its sentence ("80km (50 miles)", "1,5 juta atau 1.500.000")
    # is the same figure: whichever of the two is the partner, the verdict is the same.
    settled_a = {i for i, j in pairs if verdicts[i][j] == "agree"}
    settled_b = {j for i, j in pairs if verdicts[i][j] == "agree"}
    out = []
    for i, j in pairs:
        f = fits[i][j]
        rivals = [(fits[i][k], verdicts[i][k], k in settled_b) for k in range(m)
                  if k != j and not _restates(items_b[j], items_b[k], value)] + \
                 [(fits[k][j], verdicts[k][j], k in settled_a) for k in range(n)
                  if k != i and not _restates(items_a[i], items_a[k], value)]
        ambiguous = any(r is not None and r >= minimum and r >= f - ambiguity and (v != "conflict" or not settled)
                        for r, v, settled in rivals)
        out.append(Match(i, j, round(f, 4), ambiguous))
    # A figure that restates its matched sibling in other units ("80km (50 miles)") is that figure: it meets
    # the same counterpart, so the fact is compared in the units each side wrote ("sekitar 180 kilometer"
    # against "50 miles" as well as against "80km"), when the scorer finds that pair the same fact too.
    taken_a, taken_b = {m.a for m in out}, {m.b for m in out}
    for hit in list(out):
        for k in range(m):
            if k not in taken_b and _in_other_units(items_b[hit.b], items_b[k], value) and _inherits(fits[hit.a][k], minimum):
                taken_b.add(k)
                out.append(Match(hit.a, k, round(fits[hit.a][k], 4), hit.ambiguous))
        for k in range(n):
            if k not in taken_a and _in_other_units(items_a[hit.a], items_a[k], value) and _inherits(fits[k][hit.b], minimum):
                taken_a.add(k)
                out.append(Match(k, hit.b, round(fits[k][hit.b], 4), hit.ambiguous))
    return out


def _in_other_units(item, sibling, value: Callable[[object, object], str | None]) -> bool:
    """Is ``sibling`` ``item`` restated in other units ("80km (50 miles)")? Two figures of one value and unit
    ("four boys on Sunday … the last four boys on Tuesday") may be two facts."""
    ua, ub = getattr(item, "unit", None), getattr(sibling, "unit", None)
    return ua is not None and ub is not None and ua != ub and _restates(item, sibling, value)


def _inherits(fit: float | None, minimum: float) -> bool:
    return fit is not None and fit >= minimum
