"""Is a pair of mentions one fact? A model learned from the labelled sets answers with a probability; a few
vetoes of certain logic stand beside it.

Two rounds of hand-written identity rules reached precision 1.00 on the sets they were written with and 0.23
on a set written blind: no lexicon knows every predicate and phrasing. The scorer instead weighs what the
embeddings say (the cosine of the two masked contexts, "[…] orang meninggal dunia" and "[…] people were
killed"; the cosine of the sentences; whether the aligner paired them) with what the frames say (predicate,
counted thing, place, holder, incident, time, source; see ``features``), by logistic regression fitted on
every candidate pair of the development and validation sets (``tests/benchmarks/identity.py`` trains it and
measures it by leaving one cluster out). The fitted model is data, ``data/identity.json``, never edited by
hand. Two thresholds per kind, chosen from the cross-validated figures with precision first: a pair must
reach ``match`` to be matched, agree, be compatible or an update, and ``conflict`` to be reported as a
mismatch or a revision.

The vetoes are logic, not evidence: a negated statement asserts nothing, a plan or a hedged estimate is not
a count, a change ("bertambah 32,56 juta") is not the level, a part ("31 of them foreigners") is not the
whole, and a maximum ("as many as 300") is no count either; none of them can contradict a count. Nor can two
candidates' votes ("petahana" against "pasangan nomor urut 2"), a draft's figure and the law's, distances from
two points (the crater, the coastline), or the days of two arrivals whose sentences count different loads.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Sequence

import numpy as np

from ..extract.frames import counted_family, lexicon, predicate_class
from ..extract.frames.lexicons import _load
from ..extract.frames.lexicons import CASUALTY_PREDICATES, voting_bodies
from ..records import INF, DateMention, Frame, Quantity
from .features import EMBEDDING
from .matching import _actor_is_place, _own_modifiers, _tagged, actor_fit, counted_fit, event_fit, events_differ, groups, not_a_count, place_fit, \
    place_part, predicate_fit, regions_of_holder, several_sites, when_fit, a_day_apart
from .dates import FRESH_DAYS
from .scope import different_sources, measure

MODEL_PATH = Path(__file__).parent / "data" / "identity.json"



def _place_keys(f: Frame, *, attached: bool) -> set[str]:
    """Named places a figure is in: attached to it (``attached``), or anywhere in its sentence, the incident's
    own places included ("the tsunami in the Sunda Strait", "gempa yang melanda Palu")."""
    slots = ("in",) if attached else ("in", "event")
    # "warga Belanda, yakni 139 orang": the country of the figure's own group is who, not where
    group = {m[6:] for m in f.modifiers if m.startswith("group:")}
    keys = {p.key for p in f.places if (p.attached or not attached) and not p.key.startswith(("@", "sites:")) and p.slot in slots
            and p.key not in group}
    # "in the Libyan port city of Derna", "di Derna, Libya": the town is where the figure is, the country holds it
    narrow = keys - {p.key for p in f.places if p.within} - lexicon().broad_places
    return narrow or keys


def _covers(keys: set[str], others: set[str], *, parts: bool = True) -> bool:
    """Is every place in ``keys`` also among ``others`` (or, with ``parts``, a part of one by its words, or the whole
    of one: "sulawesi" / "central sulawesi"; see ``matching.place_part``)? Without ``parts`` a key may be an other's
    whole, never its part: "north lombok" is not covered by "lombok", "sulawesi" is covered by "central sulawesi"."""
    def near(x: str, y: str) -> bool:
        return x == y or place_part(y, x) or (parts and place_part(x, y))

    return all(any(near(k, o) for o in others) for k in keys)


def place_identity(fa: Frame, fb: Frame) -> str | None:
    """The two figures are in the same place, or neither names one. A place on one side only may be a part of
    what the other counts ("In Syria, 3,581 deaths" against the toll "in both countries", "in Jakarta alone"
    against the nation), unless the other sentence names that place too, in any role ("Pemerintah Sri Lanka
    merevisi …" against "killed in Sri Lanka"), and no other place its figure could also cover."""
    if _actor_is_place(fa, fb):
        return None
    if place_fit(fa.places, fb.places) is None:
        return "places differ"
    pa, pb = _place_keys(fa, attached=True), _place_keys(fb, attached=True)
    if pa and pb:
        # "di Turki" against "di Turki dan Suriah" is a part against the whole
        if _covers(pa, pb) and _covers(pb, pa):
            return None
        # "at Ellis Park stadium in Johannesburg" against "at Ellis Park in Johannesburg": one sentence reads the
        # city as where the stadium is, the other as where the figure is; they share a place and each names every
        # place of the other's, in any role
        if pa & pb and _covers(pa, _place_keys(fb, attached=False), parts=False) \
                and _covers(pb, _place_keys(fa, attached=False), parts=False):
            return None
        if regions_of_holder(pa, fb.places) or regions_of_holder(pb, fa.places):
            return None
        return "places differ"
    for own, other in ((pa, fb), (pb, fa)):
        if own:
            # "Di Lombok Utara, … 72 orang" against "the quake that struck Lombok … 105": the other sentence names
            # the island, not the district the figure is counted in
            if not _covers(own, set(other.named_places), parts=False) or not _covers(set(other.scope), own):
                return "a place on one side only"
    return None


def placed_part(fa: Frame, fb: Frame, *, named_parts: bool = True) -> bool:
    """Is "part" the only tag between two figures while both are attached to the same named place? "Of the
    dead, 89 were killed at the Bataclan concert hall" and "Korban terbanyak jatuh di gedung konser Bataclan,
    yakni 98 orang" both count the dead at the Bataclan: the part the first takes of the toll is the place's
    count, which the second gives too. Against the toll of the whole attack (no place, or the city's) the tag
    still holds."""
    if (_own_modifiers(fa, named_parts=named_parts) ^ _own_modifiers(fb, named_parts=named_parts)) != {"part"}:
        return False
    return _one_named_place(fa, fb)


def _one_named_place(fa: Frame, fb: Frame) -> bool:
    """Are two figures both attached to the same named places?"""
    pa, pb = _place_keys(fa, attached=True), _place_keys(fb, attached=True)
    return bool(pa and pb) and _covers(pa, pb) and _covers(pb, pa) and place_identity(fa, fb) is None


def own_modifiers(fa: Frame, fb: Frame, *, named_parts: bool = True) -> tuple[set[str], set[str]]:
    """The two figures' own modifiers (``matching._own_modifiers``, with its ``named_parts``) as they tell the pair
    apart: a "part" both counted at one place is no difference (``placed_part``)."""
    mods_a, mods_b = _own_modifiers(fa, named_parts=named_parts), _own_modifiers(fb, named_parts=named_parts)
    if placed_part(fa, fb, named_parts=named_parts) or named_part(fa, fb, mods_a, mods_b):
        return mods_a - {"part"}, mods_b - {"part"}
    return mods_a, mods_b


def named_part(fa: Frame, fb: Frame, mods_a: set[str], mods_b: set[str]) -> bool:
    """Is "part" the only tag between two figures that count the same group by its own noun? "Di antara korban tewas
    terdapat sembilan anak" and "The dead include 11 children" both count the children among the dead; "104
    passengers and six crew" and "140 penumpang dan enam awak" both count the passengers. A part named by its own
    noun is that group's count on either side, whether or not a sentence also names the whole; against the whole
    ("people", "korban") the tag still holds."""
    return (mods_a ^ mods_b) == {"part"} and fa.counted is not None and fa.counted == fb.counted \
        and not lexicon().counted_info.get(fa.counted, {}).get("generic_person") \
        and counted_family(fa.counted) == "people"


# --- vetoes -------------------------------------------------------------------------------------------------

def is_country(key: str) -> bool:
    """Is an actor key a country ("hungary", "turkey")? Two countries' figures are two facts."""
    from ..extract.frames.lexicons import _group_lexicon

    return key in _group_lexicon()["countries"]


def _left_out(fa: Frame, fb: Frame) -> bool:
    """Does ``fa``'s sentence say its figure leaves out the place ``fb``'s figure is of ("127 dead … had not yet
    included the victims from Lang Nu" against "56 warga Lang Nu meninggal")?"""
    out = {m[10:] for m in fa.modifiers if m.startswith("excluding:")}
    return bool(out) and any(re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", p.key) for k in out for p in fb.places)


# the most members a voting chamber has (China's National People's Congress, near 3,000): a larger count is an
# electorate's, whichever body canvassed it ("in the canvass completed by a joint session of the Senate and the House")
CHAMBER_MAX = 3000


def _chamber_against_none(a: Quantity, b: Quantity) -> bool:
    """Is ``a`` a named chamber's vote count and ``b`` one its article says no chamber's ("chamber:none")?"""
    return "chamber:none" in b.frame.modifiers and a.value is not None and a.value <= CHAMBER_MAX \
        and any(m.startswith("holder:body:") and m != "holder:body:?" for m in a.frame.modifiers)


# the most attackers a toll "including the attackers" may count beyond one that leaves them out
_ATTACKERS_MAX = 3


def _with_perpetrator(a: Quantity, b: Quantity) -> bool:
    """Does ``a`` count the attackers with their victims ("11, if the gunman is counted", "21, including the bomber")
    where ``b`` does not say so or leaves them out, and is it higher by at most a few: the same victims, and them?"""
    ta, tb = _tagged(a.frame, "perpetrator:"), _tagged(b.frame, "perpetrator:")
    if "perpetrator:with" not in ta or "perpetrator:with" in tb or a.value is None or b.value is None:
        return False
    return 0 < a.value - b.value <= _ATTACKERS_MAX


def number_veto(a: Quantity, b: Quantity) -> str | None:
    """Why two figures can never contradict each other whatever the scorer says, or None."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return None
    if fa.negated or fb.negated:
        return "negated"
    if not_a_count(fa, fb):
        return "not a count"
    if fa.upper_bound or fb.upper_bound:
        return "a maximum"
    if a.vague or b.vague:
        return "vague"
    if a.kind == b.kind == "magnitude" and any(q.high == INF or q.low == 0.0 for q in (a, b)):
        # "35 of them above magnitude 4", "dua di antaranya bermagnitudo di atas 5": a bound that sorts the
        # aftershocks counted, not a quake's magnitude
        return "a threshold"
    mods_a, mods_b = own_modifiers(fa, fb)
    if (mods_a ^ mods_b) & lexicon().subset_modifiers or ("base" in fa.modifiers) != ("base" in fb.modifiers):
        return "a part and a whole"
    if place_fit(fa.places, fb.places) is not None and place_identity(fa, fb) == "places differ":
        return "a part and a whole"  # "di Turki" against "in Turkey and Syria": both name where, not the same
    if ("vehicles:several" in fa.modifiers) != ("vehicles:several" in fb.modifiers):
        return "a part and a whole"  # "all 67 people aboard the two aircraft" against the jet's 64 on board
    if (set(fa.modifiers) ^ set(fb.modifiers)) & lexicon().apart_modifiers:
        return "different things"  # a storm's gusts of 325 km/h against its sustained 230 km/h
    if _left_out(fa, fb) or _left_out(fb, fa):
        return "a part and a whole"  # the toll "not yet including Lang Nu" against Lang Nu's own dead
    if a.kind == b.kind == "money" and ("other" in fa.modifiers) != ("other" in fb.modifiers) and a.value != b.value:
        # "tambahan bantuan darurat sebesar 32 miliar franc" against "paket bantuan senilai 42 miliar franc": the sum
        # added against the whole it brought the package to
        return "a part and a whole"
    if _with_perpetrator(a, b) or _with_perpetrator(b, a):
        # "Bila pelaku ikut dihitung, total 11 orang meninggal" against "a former pupil killed 10 people": the victims
        # with and without the one who killed them
        return "a part and a whole"
    if fa.actor and fb.actor and fa.actor != fb.actor and is_country(fa.actor) and is_country(fb.actor):
        return "two countries"  # Hungary's parliament's 188 votes against Turkey's 287
    ha, hb = _tagged(fa, "holder:"), _tagged(fb, "holder:")
    if ha and hb and ha != hb:
        return "two holders"  # the incumbent's "kurang dari 80.000 suara" against the winning pair's 85.830
    if _chamber_against_none(a, b) or _chamber_against_none(b, a):
        return "two holders"  # the lower house's 237 votes against the party leadership vote's 185
    if _tagged(fa, "segment:") != _tagged(fb, "segment:"):
        return "a part and a whole"  # the lawmakers' 149 votes against the runoff's 185 in all, or the members' 119
    ra, rb = _tagged(fa, "round:"), _tagged(fb, "round:")
    if ra and rb and ra != rb and not (_runoff_of(ra, rb) or _runoff_of(rb, ra)):
        return "another occasion"  # the first round's 183 votes against the runoff's 185
    if any(h.startswith("holder:each:") for h in ha) != any(h.startswith("holder:each:") for h in hb):
        return "a share and a total"  # "Rp1 miliar per desa" against the programme's Rp70 triliun in all
    qa, qb = _tagged(fa, "term:"), _tagged(fb, "term:")
    if qa and qb and qa != qb:
        return "different periods"  # the fourth quarter's profit of $9.8 billion against the year's $39.9 billion
    pa, pb = _tagged(fa, "for:"), _tagged(fb, "for:")
    if pa and pb and pa != pb:
        return "two programmes"  # the health budget's Rp187,5 triliun against the education budget's Rp665 triliun
    if ("draft" in fa.modifiers) != ("draft" in fb.modifiers):
        return "a draft and the law"  # the draft's 174 articles against the signed law's 186
    ra, rb = _tagged(fa, "from:"), _tagged(fb, "from:")
    if ra and rb and ra != rb:
        return "distances from different points"  # 5 km from the crater against 1 km from the coastline
    ba, bb = _tagged(fa, "bearing:"), _tagged(fb, "bearing:")
    if ra and ra == rb and ba and bb and ba != bb:
        return "distances from different points"  # 76 km east of Kathmandu against 180 km northwest of it
    ma, mb = dimension(fa), dimension(fb)
    if ma != mb and ((ma and mb) or fa.counted == fb.counted == "measure:length"):
        # the volcano's height, 338 m, against 500 m from the coastline; and two lengths of which one says what it
        # measures and the other does not ("Tim sudah mengebor 53 meter" against "the shaft is 36 metres deep")
        return "different things"
    if fa.counted == fb.counted == "measure:length" and ("stretch" in fa.modifiers) != ("stretch" in fb.modifiers):
        return "different things"  # a stretch of roadway about 200 metres long against the 1,182-metre bridge
    if _things_differ(fa, fb):
        return "different things"  # the bridge's 70 tonnes against the ship's 100
    if fa.counted and fb.counted and counted_family(fa.counted) != counted_family(fb.counted):
        return "different things"  # people against houses, whatever predicate a sentence lent them
    if ("tally:media" in fa.modifiers) != ("tally:media" in fb.modifiers):
        return "another source's tally"  # an AFP tally of 1,036 against the ministry's 769
    if groups(fa) != groups(fb):
        return "different groups"  # "91 warga negara Indonesia" against the whole toll, or against Iran's 136
    if event_fit(fa, fb) is None:
        return "different incidents"  # the crane's collapse against the crush, a stampede against a fire
    if when_fit(fa, fb) is None:
        return "different times"  # "a 1990 crush … killed 1,426" against this year's toll
    if a.kind == b.kind == "count" and _other_occasions(fa, fb):
        return "another occasion"  # the CGT's 500.000 on 31 January against its 700,000 on 7 March
    if _other_ballots(fa, fb):
        return "another occasion"  # a referendum's 61.86 percent against the next one's 55.76 percent a year later
    return None


def _occasion_days_apart(fa: Frame, fb: Frame) -> int | None:
    """How many days lie between the occasions two counts are of (``_occasion_span``), or None when either is not
    known."""
    da, db = _occasion_span(fa), _occasion_span(fb)
    if da is None or db is None:
        return None
    # a day inside the other's month ("376 suara pada April" against "367 votes on April 17") is no day apart
    return max(0, (db[0] - da[1]).days, (da[0] - db[1]).days)


def _occasion_span(f: Frame):
    """The days an occasion's count is of: the span its sentence dates it to (a month at most: a year or "since 2017"
    dates no vote, and is read from its first day as before), else the day it holds at."""
    if f.when is not None:
        lo, hi = f.when
        return (lo, hi) if (hi - lo).days <= 31 else (lo, lo)
    return (f.as_of.day, f.as_of.day) if f.as_of is not None and f.as_of.day is not None else None


def _other_occasions(fa: Frame, fb: Frame) -> bool:
    """Are two counts of an occasion (a protest's, a march's, a rally's turnout: ``occasion`` in predicates.json;
    the caller passes counts only, not a vote's turnout share; a chamber's roll call, ``roll_call`` from the frames,
    or the votes one vote needed, whether or not its sentence names the chamber: "kurang dari 316 suara yang
    dibutuhkan" against "above the 489 votes required"; votes for or against a bill that a later report recalls
    undated stay comparable with its day's)
    of two occasions, their days more than ``dates.FRESH_DAYS`` apart (a report gives the turnout of the occasion
    it reports within days of it, as it dates it)? Protests on 19 January, 31 January and 7 March
    each have their own turnout; a report that recalls one ("the first protest on 19 January drew 1.12 million")
    dates it and is compared with that day's count."""
    info = lexicon().predicate_info
    if not all((f.predicate and info.get(f.predicate, {}).get("occasion")) or f.counted == "participant"
               or "roll_call" in f.modifiers or f.predicate == "vote_threshold" for f in (fa, fb)):
        return False  # "1,27 juta orang berdemonstrasi", "1.12 million protesters": a turnout either way
    apart = _occasion_days_apart(fa, fb)
    return apart is not None and apart > FRESH_DAYS



BALLOT_DAYS = 90  # an election's count is final within weeks (a court may take two months): farther apart, another ballot


def _other_ballots(fa: Frame, fb: Frame) -> bool:
    """Are two figures of a ballot (an election's or a referendum's votes, seats or shares) of two ballots: their
    days (as dated, else as of) more than ``BALLOT_DAYS`` apart?
    A ballot's count runs for days or weeks and then holds: a figure a year on is another ballot's ("61,86
    persen" rejected the first draft, "55,76 persen" the second), unless its sentence dates it to the same
    ballot, whose day then meets the other's. A count recalled later without its day is compared with
    nothing: an agreement lost, never a conflict made."""
    if not (_of_a_ballot(fa) and _of_a_ballot(fb)):
        return False
    apart = _occasion_days_apart(fa, fb)
    return apart is not None and apart > BALLOT_DAYS


_BALLOT_COUNTS = frozenset({"vote", "seat"})  # what a ballot counts; a census's population is counted for months


def _of_a_ballot(f: Frame) -> bool:
    """Is a figure a ballot's count: votes or seats, a share of them, or a share a candidate or an option won or a
    vote gave ("opsi rechazo meraih 61,86 persen", whose whole its sentence names after another figure)? Not a
    census's population, whose provisional and final counts lie months apart."""
    if f.counted in _BALLOT_COUNTS or any(m[6:] in _BALLOT_COUNTS for m in f.modifiers if m.startswith("whole:")):
        return True
    info = lexicon().predicate_info.get(f.predicate or "", {})
    return f.counted == "share" and (f.predicate == "obtained" or info.get("counted") == "vote")


def _at_scene(f: Frame) -> bool:
    """Is a figure counted at the scene ("tewas di lokasi kejadian", "died at the scene")? Those are a part of the
    toll, the rest having died in hospital: never the toll revised."""
    # not those present at a site ("berada di lokasi")
    return f.predicate in CASUALTY_PREDICATES and any(p.attached and p.key == "@scene" for p in f.places)


def _sites(f: Frame) -> frozenset[str]:
    """The several sites a figure is counted at ("di tiga gereja", "at the three locations": ``sites:…``)."""
    return several_sites(p for p in f.places if p.attached)


# counted.json classes of those who carried an attack out, and of those counted as their own body (police,
# soldiers, rescuers): their count is never the toll revised
_OWN_GROUPS = frozenset({"suspect", "bomber", "personnel", "responder"})


def revision_veto(a: Quantity, b: Quantity, *, cued: bool = False) -> str | None:
    """Why a later, lower figure is not a revision of an earlier one though the scorer matched them, or None.
    A downward revision is the riskiest finding: the lower figure is often a part (one district's, one
    group's, "termasuk 22 polisi"), another incident's or another year's. It needs the same frame: the same
    places, the same modifiers (group, part), the same incidents and event time. A
    revision the text states (``cued``: "direvisi", "revised down", "turun menjadi") needs only the same
    counted thing in the same place; an unstated one also the same predicate (what happened to them)."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return None
    if counted_fit(fa, fb) is None or (fa.counted != fb.counted and {fa.counted, fb.counted} & _OWN_GROUPS):
        # "Four of the attackers were killed", "Lima polisi terluka" against "11 orang tewas": not the toll revised
        return "different things"
    if "other" in fa.modifiers and "other" in fb.modifiers:
        return "two batches"  # "17 more bodies" on Monday against "at least 40 more" on Thursday: what each added
    if "nightly" in fa.modifiers or "nightly" in fb.modifiers:
        return "one night's count"  # 157 arrested on Sunday night against 1,311 on Friday night: each night's own
    if place_identity(fa, fb) is not None:
        return "places differ"  # "Di Lombok Utara, korban tewas direvisi menjadi 400": that district's revision
    if _sites(fa) != _sites(fb):
        return "places differ"  # "41 orang luka-luka di ketiga lokasi" against "Ten people were wounded in the blast"
    if _at_scene(fa) != _at_scene(fb):
        return "a part, or another group"  # "62 orang tewas di lokasi kejadian" against the toll with the hospital's dead
    if fa.when != fb.when and ((fa.when and fb.when and not a_day_apart(fa.when, fb.when)) or when_fit(fa, fb) is None):
        # "the 2021 operation in Jacarezinho, which left 28 people dead" against this raid's toll: no cue of a
        # revision joins two events' times
        return "another time"  # an undated figure is of its report's time, as ``when_fit`` reads it
    if cued:
        # "Jumlah korban tewas warga asing direvisi menjadi 19": a stated revision of one group's or one part's count
        own_a, own_b = own_modifiers(fa, fb, named_parts=False)
        return "a part, or another group" if own_a - {"change"} != own_b - {"change"} else None
    if measure(fa) or measure(fb):
        return "a measure, not a tally"  # the 7.3 of Tuesday's quake against the 7.8 of April's, never said revised
    if predicate_fit(fa, fb) is None:
        return "different things"  # minor injuries against the dead, the evacuated against the missing
    # a part both count at one place is no other group (``placed_part``)
    own_a, own_b = own_modifiers(fa, fb, named_parts=False)
    if own_a != own_b or ("part" in own_a and not _one_named_place(fa, fb)):
        # "29 of them", "termasuk 22 polisi": a part on both sides is no toll, unless both are one named place's
        # part ("12 orang di Bener Meriah" in one breakdown by district, "sembilan orang di Bener Meriah" in another)
        return "a part, or another group"
    if _bodies_differ(fa, fb):
        return "another source's count"  # the police's 38 against the health ministry's 41, never said revised
    if fa.events and fb.events and not (set(fa.events) <= set(fb.events) or set(fb.events) <= set(fa.events)) \
            and not (fa.events_inherited or fb.events_inherited):
        # not when one clause names no incident ("Korban tewas dalam tragedi …"), nor when one names the other's
        # incident with one more word for it ("crashed and burst into flames" against "kecelakaan bus")
        return "another incident"
    if _long_apart(fa, fb) and _proceeding(fb if _later(fb, fa) else fa):
        return "a later account"  # "Five years after the fire, a court heard that 68 people died": not a revision
    return None


_BODY_WORDS = re.compile(r"(?<![\w-])(?:office|ministry|agency|department|authority|authorities|government|police|"
                         r"hospital|kantor|kementerian|badan|dinas|otoritas|pemerintah|kepolisian|rumah sakit)(?![\w-])",
                         re.IGNORECASE)


def _bodies_differ(fa: Frame, fb: Frame) -> bool:
    """Are two figures given by two bodies that are clearly not one (the police and the health ministry, the
    Red Crescent and the WHO)? Two counts of two bodies differ by what each counts, not by a correction, unless
    a text says one was revised. A person's name against an office ("Molins", "the Paris prosecutor's office")
    may be its spokesman: not two bodies."""
    def body(key: str | None) -> bool:
        return bool(key) and (key.startswith(("org:", "body:")) or bool(_BODY_WORDS.search(key)))

    a, b = fa.source, fb.source
    if not (body(a) and body(b)) or a == b:
        return False
    if a.startswith(("org:", "body:")) and b.startswith(("org:", "body:")):
        return different_sources(a, b)
    if any(k.partition("@")[0] == "org:government" for k in (a, b)):
        return False  # the government, at any level ("@province"), speaks for its ministries, offices and hospitals
    return different_sources(a, b) or (a.partition(":")[0] != b.partition(":")[0]
                                       and not set(a.partition(":")[2].split()) & set(b.partition(":")[2].split()))


REVISION_DAYS = 30  # a toll is corrected within days or weeks; a proceeding's lower figure this much later is its own


def _proceedings() -> frozenset[str]:
    """Actors whose figure, long after the event, is what a case covers (a court's, a judge's), not the toll's
    final count: frame_cues.json's "proceedings", actor ids of its "actors"."""
    cues = _load("frame_cues.json")
    actors = {aid for group in ("specific", "generic") for aid in cues["actors"][group] if not aid.startswith("_")}
    ids = cues["proceedings"]["ids"]
    if not set(ids) <= actors:  # a proceeding is an actor the frames can name
        raise ValueError(f"frame_cues.json proceedings name no actor: {sorted(set(ids) - actors)}")
    return frozenset("@" + aid for aid in ids)


PROCEEDINGS = _proceedings()


def _long_apart(fa: Frame, fb: Frame) -> bool:
    """Are two figures' times more than REVISION_DAYS apart?"""
    da, db = (f.as_of.day if f.as_of is not None else None for f in (fa, fb))
    return da is not None and db is not None and abs((da - db).days) > REVISION_DAYS


def _later(fa: Frame, fb: Frame) -> bool:
    return fa.as_of is not None and fb.as_of is not None and fa.as_of.day is not None and fb.as_of.day is not None \
        and fa.as_of.day > fb.as_of.day


def _proceeding(f: Frame) -> bool:
    """Is a figure given by a proceeding ("a court heard that 68 people died", "pengadilan mendengar")? Long after
    the event, that is what the case covers, a later account of something narrower. A final toll given months
    later by anyone else ("A year on, the final toll stood at 166") is the toll's own last count: lower than an
    early one, it is a downward revision."""
    return f.actor in PROCEEDINGS or (f.source or "").partition("@")[0] in {"org:" + a[1:] for a in PROCEEDINGS}


# a bill and an amendment (of a law or a constitution) are one family of measures for a vote's day: outlets call
# one vote on a law "revisi RUU KPK" or "amandemen UU KPK"; a resolution, a motion or a cabinet is another vote
_LAWS = {"measure:bill": "law", "measure:amendment": "law"}


def _two_people(a: str | None, b: str | None) -> bool:
    """Are two actors two named people: names of two words or more none of whose words is another's or a spelling
    of it ("pastor evan mawarire", "zctu japhet moyo"; not "mohamed mursi", "mohammed morsi"), neither an office, a
    body or a thing?"""
    if not a or not b or a.startswith(("@", "thing:")) or b.startswith(("@", "thing:")):
        return False
    wa, wb = set(a.split()), set(b.split())
    return len(wa) >= 2 and len(wb) >= 2 and not any(
        x == y or difflib.SequenceMatcher(None, x, y).ratio() >= 0.7 for x in wa for y in wb)


def dimension(f: Frame) -> str | None:
    """What a length measures: its measure predicate (height, depth, distance, weight), or a distance when it is
    said to be from somewhere ("between 500 meters and 1 kilometer away from the coastline")."""
    if f.predicate and lexicon().predicate_info.get(f.predicate, {}).get("measure"):
        return f.predicate
    return "distance" if _tagged(f, "from:") else None


def _things_differ(fa: Frame, fb: Frame) -> bool:
    """Are two measures said of two different things by their sentences' subjects ("Jembatan itu memiliki berat
    70 ton", "Kapal itu …")? Only when both nouns are in the counted lexicon, so that "the ship" and "kapal
    itu" are one thing across languages."""
    ta, tb = (f.actor[6:] if f.actor and f.actor.startswith("thing:") else None for f in (fa, fb))
    if not ta or not tb or ta == tb:
        return False
    ca, cb = _thing_class(ta), _thing_class(tb)
    return bool(ca and cb and counted_family(ca) != counted_family(cb))


def _thing_class(words: str) -> str | None:
    """The class of a measure's thing: a counted noun ("kapal", "the wreck"), else a point distances are told
    from ("pusat gempa": the epicentre) or a kind of place ("pulau", "the island"), so that the epicentre's 10 km
    from the coast and the town's 50 km are two facts. Its words are tried as written, in the singular ("islands",
    "pulau-pulau") and by their last noun alone ("gugusan pulau")."""
    for form in _thing_forms(words):
        cls = _thing_class_of(form)
        if cls:
            return cls
    return None


def _thing_forms(words: str) -> list[str]:
    """A thing's words, then with their last word in the singular ("islands", "pulau-pulau"), then that last
    word alone ("gugusan pulau", "the outer islands"), then the first alone (the head of "sumur bor")."""
    def singular(w: str) -> list[str]:
        m = re.fullmatch(r"(\w+)-\1", w)
        if m:
            return [m.group(1)]  # "pulau-pulau"
        if w.endswith("ies"):
            return [w[:-3] + "y"]
        return [w[:-2], w[:-1]] if w.endswith("es") else [w[:-1]] if w.endswith("s") and not w.endswith("ss") else []

    ws = words.split()
    if not ws:
        return []
    out = [words] + [" ".join(ws[:-1] + [s]) for s in singular(ws[-1])]
    if len(ws) > 1:
        out += [ws[-1]] + singular(ws[-1])
        out.append(ws[0])  # Indonesian puts the head first: "ruang pompa", "sumur bor"
    return out


def _thing_class_of(words: str) -> str | None:
    from ..extract.frames.lexicons import _extras, _find

    found = _find(lexicon().counted, words, ("id", "en"))
    if found and found[-1][1] == len(words):
        return found[-1][2]
    for lang in ("id", "en"):
        for phrases, prefix in ((_extras().references[lang], "point:"), (lexicon().generic_places[lang], "place:")):
            hit = [f for f in phrases.find(words) if f[0] == 0 and f[1] == len(words)]
            if hit:
                return prefix + hit[0][2].lstrip("@")
    return None


def _loads_differ(fa: Frame, fb: Frame) -> bool:
    """Do two dates' sentences count different loads of one thing ("40 peti jenazah" against "74 peti"; "sekitar
    300.000 orang" against "about 90,000 people", whose ranges do not meet)?"""
    def loads(f: Frame) -> dict[str, tuple[float, float]]:
        out = {}
        for m in _tagged(f, "load:"):
            what, _, value = m[5:].rpartition("=")
            lo, _, hi = value.partition("-")
            out[what] = (float(lo), float(hi or lo))
        return out

    la, lb = loads(fa), loads(fb)
    return any(la[k][1] < lb[k][0] or lb[k][1] < la[k][0] for k in la.keys() & lb.keys())


def _two_chambers(fa: Frame, fb: Frame) -> bool:
    """Are two dates' actors two voting bodies that are not one (the Senate and the House, the DPR and the
    Senate; the House and the DPR may be one, a house)? Then each dates its own chamber's vote or passage: a
    bill passes two chambers on two days."""
    bodies = voting_bodies()
    return bool(fa.actor and fb.actor and fa.actor in bodies and fb.actor in bodies) and actor_fit(fa, fb) is None


def _runoff_of(runoff: frozenset[str], other: frozenset[str]) -> bool:
    """Is a runoff's round one of the other side's later rounds ("214 votes in a run-off" against "241 suara dalam
    putaran ketiga")? A runoff is the last round, the second or the third; never the first."""
    return runoff == {"round:runoff"} and "round:1" not in other


def _venue_within(fa: Frame, fb: Frame) -> bool:
    """Is one date's place a site within the place the other names ("ditangkap … di Bandara Adisutjipto,
    Yogyakarta" against "arrested at Yogyakarta's airport")? One act's day, its place told more or less narrowly;
    a figure counted at the site may still be a part of the city's, a day is not. Not an incident's day: a fire at
    a market in Jakarta and a fire in Jakarta may be two fires."""
    info = lexicon().predicate_info
    if any(info.get((f.predicate or "").removesuffix(".planned"), {}).get("incident") for f in (fa, fb)):
        return False
    for x, y in ((fa, fb), (fb, fa)):
        holders = {p.key for p in x.places if p.within and p.attached}
        own = _place_keys(y, attached=True)
        if holders and own and _covers(own, holders, parts=False):
            return True
    return False


def date_veto(a: DateMention, b: DateMention) -> str | None:
    """Why two dates can never contradict each other whatever the scorer says, or None."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return None
    if fa.negated or fb.negated:
        return "negated"
    if ("elsewhere" in fa.modifiers) != ("elsewhere" in fb.modifiers):
        return "another incident"  # Lombok's quakes in August, named in a story about Palu's on Friday
    if (fa.predicate or "").endswith(".planned") or (fb.predicate or "").endswith(".planned") \
            or not_a_count(fa, fb):
        return "not what happened"
    if place_fit(fa.places, fb.places) is None \
            or (place_identity(fa, fb) == "places differ" and not _venue_within(fa, fb)):
        return "different places"  # the day of the vote in Ankara against the day of the one in Budapest
    if events_differ(fa, fb):
        return "different events"  # the raids' Thursday against the attacks' Friday, an aftershock's Sunday
    if fa.predicate and fa.predicate == fb.predicate and lexicon().predicate_info.get(fa.predicate, {}).get("once") \
            and fa.actor and fb.actor and not (set(fa.actor.split()) <= set(fb.actor.split())
                                               or set(fb.actor.split()) <= set(fa.actor.split())):
        return "two holders"  # "Klub Dayung Samudra berdiri 1921" and "Klub Renang Samudra berdiri 1930"
    if fa.predicate and fa.predicate == fb.predicate and lexicon().predicate_info.get(fa.predicate, {}).get("per_person") \
            and _two_people(fa.actor, fb.actor):
        return "two people"  # Evan Mawarire detained on Jan. 16, Japhet Moyo arrested on Monday the 21st
    info = lexicon().predicate_info
    if fa.predicate and fb.predicate and fa.predicate != fb.predicate \
            and (info.get(fa.predicate, {}).get("apart") or info.get(fb.predicate, {}).get("apart")):
        return "different events"  # the day Orban invited Kristersson against the day they met
    if fa.predicate and fa.predicate == fb.predicate and lexicon().predicate_info.get(fa.predicate, {}).get("repeats") \
            and _loads_differ(fa, fb):
        # the planes with 40 coffins on Wednesday, the flight with 74 on Thursday; two bodies found on Sunday, five on
        # Tuesday
        return {"arrived": "another arrival", "found": "another find"}.get(fa.predicate, "another occurrence")
    if "period" in fa.modifiers or "period" in fb.modifiers:
        return "a figure's period"  # "a quota of 221,000 this year" against "100.051 jemaah pada 2022"
    oa = {m for m in fa.modifiers if m.startswith("office:")}
    ob = {m for m in fb.modifiers if m.startswith("office:")}
    if oa and ob and not oa & ob:
        return "two offices"  # the speaker elected on Friday, the prime minister on Sunday
    ma, mb = {_LAWS.get(m, m) for m in _tagged(fa, "measure:")}, {_LAWS.get(m, m) for m in _tagged(fb, "measure:")}
    if ma and mb and ma != mb:
        return "two votes"  # the assembly's vote on the constitution on Sunday against its vote on the cabinet
    if _two_chambers(fa, fb) or ("body:committee" in fa.modifiers) != ("body:committee" in fb.modifiers):
        # the Senate's vote on Sunday against the House's ("disahkan DPR AS") on Friday; a committee's approval
        # against its chamber's
        return "two bodies"
    if "repeated" in fa.modifiers or "repeated" in fb.modifiers:
        return "several occurrences"  # "meletus lima kali sepanjang Rabu" against "first erupted on April 16"
    if "days:several" in fa.modifiers or "days:several" in fb.modifiers:
        return "one of several days"  # "held on Saturday and Sunday" against "hari kedua pada Minggu"
    if "ongoing" in fa.modifiers or "ongoing" in fb.modifiers:
        return "a state that holds for days"  # "still battling 33 fires on Wednesday" against the fires' Saturday
    if fa.predicate and fa.predicate == fb.predicate and info.get(fa.predicate, {}).get("several"):
        return "several occurrences"  # one defendant's verdict on 12 June, another's (or the appeal's) on 10 June
    return None


# --- the scorer -------------------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class Model:
    """A logistic regression over named features, with the standardisation it was fitted with."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    @classmethod
    def from_dict(cls, d: dict) -> "Model":
        return cls(tuple(d["features"]), np.asarray(d["mean"], np.float64), np.asarray(d["scale"], np.float64),
                   np.asarray(d["coef"], np.float64), float(d["intercept"]))

    def probability(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        row = itemgetter(*self.features)
        x = np.array([row(r) for r in rows], np.float64).reshape(len(rows), len(self.features))
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))


@dataclass(frozen=True, eq=False)
class Scorer:
    """The models (per kind, with embeddings and, for callers without vectors, frames only), and the
    thresholds per kind: ``match`` for matching, agreement and updates, ``conflict`` for a mismatch or a
    revision. ``floor``: pairs below it are never matched, whatever the thresholds."""

    models: dict
    match: dict
    conflict: dict
    floor: float = 0.2

    @property
    def contexts(self) -> bool:
        """Does any model read the masked contexts' cosines? When none does, the pipeline never embeds the
        contexts and candidate pairs are chosen by the sentences' cosines alone (``candidates``); which one
        ships is chosen by training (``python -m tests.benchmarks.identity --train --contexts`` or
        ``--no-contexts``)."""
        return any(f in EMBEDDING for m in self.models.values() for f in m.features)

    def model(self, kind: str, embedded: bool, differ: bool = False) -> Model:
        name = kind if embedded else f"{kind}/frames"
        if differ and f"{name}/differ" in self.models:
            return self.models[f"{name}/differ"]
        return self.models[name]

    @classmethod
    def from_dict(cls, d: dict) -> "Scorer":
        return cls({k: Model.from_dict(m) for k, m in d["models"].items()},
                   {k: float(v["match"]) for k, v in d["thresholds"].items()},
                   {k: float(v["conflict"]) for k, v in d["thresholds"].items()}, float(d.get("floor", 0.2)))


@lru_cache(maxsize=1)
def default_scorer() -> Scorer:
    """The scorer stored with the package (``data/identity.json``)."""
    return Scorer.from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def model_hash(data: dict) -> str:
    """A short fingerprint of a stored model's fitted numbers, for tests and the benchmark report."""
    body = json.dumps({k: data[k] for k in ("models", "thresholds")}, sort_keys=True)
    return hashlib.sha256(body.encode()).hexdigest()[:16]


def values_differ(a: Quantity | DateMention, b: Quantity | DateMention, tolerances=None) -> bool:
    """Can the two values not both be true of one fact? Such pairs are scored by the kind's ``differ`` model:
    whether two different values state one fact is a question of its own (a conflict, an update, two
    sources), with other evidence than two mentions that write one value."""
    from .dates import compare_dates
    from .quantities import Tolerances, compare_values

    if isinstance(a, Quantity):
        return compare_values(a, b, tolerances or Tolerances()) == "conflict"
    return compare_dates(a, b) == "conflict"


MIN_WORDS_RESTATED = 4


def restated(a, b) -> bool:
    """Are two mentions (``candidates.Mention``) the same sentence with another figure or date in its place?
    Then they state one fact, whatever the model learnt: one report copied with a wrong figure ("… sebesar 76
    persen" / "… sebesar 114 persen"). The labelled sets, written in each outlet's own words, hold no such
    pair, so the model cannot learn it; the whole mention is masked (its qualifier too: "kurang dari 38
    persen"), and a short sentence ("Sebanyak … orang.") says too little to count. A short connective that
    opens one of them ("Di sisi lain,", ``lead_in_end``) does not make another sentence of it."""
    def masked(m, lead: bool) -> list[str]:
        text, start = m.facts.sentence.text, m.facts.sentence.start
        spans = [(x.start - start, x.end - start) for x in (*m.facts.quantities, *m.facts.dates)]
        begin = lead_in_end(text, spans) if lead else 0
        return (text[begin:m.item.start - start] + " \0 " + text[m.item.end - start:]).lower().split()

    # a connective that opens one of the two only ("Di sisi lain, hasil …" / "Hasil …"); two different openings
    # are not dropped from both ("Korban luka, …" / "Korban tewas, …" are two facts)
    wa, wb = masked(a, False), masked(b, False)
    return len(wa) - 1 >= MIN_WORDS_RESTATED and len(wb) - 1 >= MIN_WORDS_RESTATED and (
        wa == wb or masked(a, True) == wb or wa == masked(b, True))


_LEAD_IN = re.compile(r"\s*[^\W\d_][^\W\d_'’-]*(?:[\s-]+[^\W\d_][^\W\d_'’-]*){0,2}\s*,\s*")


def lead_in_end(text: str, spans: Sequence[tuple[int, int]]) -> int:
    """Where the sentence's own words start after a short connective that opens it ("Di sisi lain,",
    "Sementara itu,", "Meanwhile,"): a copied sentence keeps its claim with or without one. Up to three words
    and a comma, none of them a name (capitalised after the first: "Di Jakarta," says where) and none of the
    sentence's figures or dates ("Kemarin,", "Pada 2019,"); 0 when the sentence opens otherwise."""
    m = _LEAD_IN.match(text)
    if not m or any(s < m.end() for s, _ in spans) or any(w[:1].isupper() for w in m.group(0).split()[1:]):
        return 0
    return m.end()


def score_pairs(scorer: Scorer, mentions: Sequence, candidates: Sequence, tolerances=None) -> np.ndarray:
    """The probability that each candidate pair ``(i, j, PairContext)`` of ``mentions`` states one fact. Pairs
    without vectors are scored by the frames-only model of their kind; pairs whose values differ by the
    kind's ``differ`` model when the scorer has one."""
    from .features import pair_features

    out = np.zeros(len(candidates))
    batches: dict[tuple[str, bool, bool], list[int]] = {}
    for n, (i, j, ctx) in enumerate(candidates):
        differ = values_differ(mentions[i].item, mentions[j].item, tolerances)
        batches.setdefault((mentions[i].kind, ctx.sentence is not None, differ), []).append(n)
    for (kind, embedded, differ), idx in batches.items():
        model = scorer.model(kind, embedded, differ)
        value = "log_ratio" in model.features or "day_gap" in model.features
        rows = [pair_features(mentions[candidates[n][0]].item, mentions[candidates[n][1]].item, candidates[n][2],
                              value=value) for n in idx]
        out[idx] = model.probability(rows)
    clocks = {}
    for m in mentions:
        if m.group == "clock":
            clocks[m.article] = clocks.get(m.article, 0) + 1
    for n, (i, j, ctx) in enumerate(candidates):
        if mentions[i].group == "clock":
            out[n] = clock_identity(mentions[i], mentions[j], ctx, clocks)
    for n, (i, j, _ctx) in enumerate(candidates):
        if restated(mentions[i], mentions[j]):
            out[n] = 1.0
        elif never_one_fact(mentions[i].item, mentions[j].item):
            out[n] = 0.0
    return transitive(mentions, candidates, out)


CLOCK_ONE_FACT = 0.9


def _activity(event: str | None) -> str | None:
    return event.split(":")[1] if event and event.startswith("activity:") else None


# events that happen at one moment for a time of day: an aircraft's loss of contact and its crash
CLOCK_MOMENTS = (frozenset({"crash", "lost_contact"}),)
CLOCK_RESULTS = frozenset({"dead", "injured"})


# a second event of the story's kind: an aftershock, a second blast, another quake
_LATER_EVENT = re.compile(r"(?<![\w-])(?:susulan|aftershocks?|foreshocks?|(?:second|another|third)\s+(?:quake|earthquake|"
                          r"tremor|blast|explosion|attack|bomb|eruption)|(?:gempa|ledakan|serangan|bom|letusan)\s+"
                          r"(?:kedua|ketiga|berikutnya|lain))(?![\w-])", re.IGNORECASE)


def _one_moment(ea: str | None, eb: str | None) -> bool:
    return bool(ea and eb and (ea == eb or any(ea in m and eb in m for m in CLOCK_MOMENTS)))


def _clock_events_clash(ea: str | None, eb: str | None) -> bool:
    """Do two times' events say they are two moments? Not when either is unknown, when both are one moment, nor
    when one is the dead or injured an incident left ("went off at about 9:40 p.m. … and killed eight"): the time
    of the toll's verb is the incident's."""
    if not ea or not eb or _one_moment(ea, eb):
        return False
    for x, y in ((ea, eb), (eb, ea)):
        if x in CLOCK_RESULTS and (predicate_class(y).get("incident") or predicate_class(y).get("kind") == "event"):
            return False
    return True


def _times_of(facts) -> int:
    """The moments a sentence's compared times of day tell: a time restated in another zone ("pukul 22.00 waktu
    setempat atau 05.00 WIB") is one."""
    from .quantities import compare_clock

    moments: list = []
    for q in facts.quantities:
        if q.kind == "clock" and q.frame is not None and q.frame.role == "current" \
                and all(compare_clock(q, m) == "conflict" for m in moments):
            moments.append(q)
    return len(moments)


def _other_facts(fa, fb) -> tuple[bool, bool, bool]:
    """Do two sentences' other figures and dates (not their times of day) hold a pair that conflicts, a pair of
    figures that agrees, and a pair of days that agrees? "The magnitude-6.5 quake hit at 9:26 p.m." and "Gempa bermagnitudo 7,3 … pukul 01.25" tell two quakes;
    "Rabu (16/10/2013) pukul 15.55" and "on Wednesday … at 4:55 p.m." tell one day."""
    from .dates import compare_dates
    from .quantities import comparable, compare_values

    clash = agree = day = False
    for x in fa.quantities:
        for y in fb.quantities:
            if x.kind != "clock" and y.kind != "clock" and comparable(x, y):
                v = compare_values(x, y)
                clash, agree = clash or v == "conflict", agree or v == "agree"
    def told(d) -> bool:  # a day the text names, not one counted from the report's own ("keesokan harinya")
        return d.low is not None and not (d.relative and d.weekday is None)

    for x in fa.dates:
        for y in fb.dates:
            if told(x) and told(y):
                v = compare_dates(x, y)
                clash, day = clash or v == "conflict", day or v == "agree"
    return clash, agree, day


def clock_identity(a, b, ctx, clocks: dict[str, int]) -> float:
    """Do two times of day (mentions of group ``clock``) state when one thing happened? A rule, not the model: the
    labelled sets hold too few times for a model of their own, and a story tells many times (a departure and a
    crash, a first quake and an aftershock, a blast and a death in hospital days later) in sentences that read
    alike. Two times are one fact only when each is the one time its sentence tells; the aligner paired the
    sentences and one time's masked context is the other's nearest among its article's times (without vectors:
    each article tells one time); no day, activity or event of either contradicts the other's, nor does another
    figure or date of the two sentences; and either both name one event, or the sentences share another figure that
    agrees, or a day while both times name their events. Measured on every labelled set when it was written, a looser
    rule (aligned or not, any one day agreeing) took times of two events for one about as often as it caught a wrong
    time (57 false conflicts against 37 caught); this one catches 14 of the 63 planted errors in times of day with
    one false conflict (a departure read as the loss of contact it preceded).
    """
    fa, fb = a.item.frame, b.item.frame
    if fa is None or fb is None:
        return 0.0
    if fa.when and fb.when and fa.when != fb.when:
        return 0.0
    if _activity(fa.event) != _activity(fb.event) or _clock_events_clash(fa.event, fb.event):
        return 0.0
    if _times_of(a.facts) != 1 or _times_of(b.facts) != 1:
        return 0.0
    if ctx.sentence is None:
        if not clocks.get(a.article) == clocks.get(b.article) == 1:
            return 0.0
    elif not (ctx.aligned and ctx.context_best >= 0.5):
        return 0.0
    if bool(_LATER_EVENT.search(a.facts.sentence.text)) != bool(_LATER_EVENT.search(b.facts.sentence.text)):
        return 0.0  # "Gempa susulan … pukul 04.10 WITA" is not the main quake's "02.28 WITA"
    clash, agree, day = _other_facts(a.facts, b.facts)
    # one day is no sign of one moment on its own (a crowd gathering at 13.00 and tear gas at 18.30 that Monday): it
    # counts only when both times name their events, and these do not clash ("went off at about 9:40 p.m. … and
    # killed eight" and "Ledakan … pada Sabtu (10/2/2018) terjadi sekitar pukul 20.40")
    if clash or not (agree or _one_moment(fa.event, fb.event) or (day and fa.event and fb.event)):
        return 0.0
    return CLOCK_ONE_FACT


def never_one_fact(a, b) -> bool:
    """Are two figures two facts by what they are, not by how likely: one has a predicate that is a fact of its
    own whatever the value (``own_fact`` in predicates.json: the threshold a vote needs, frame_cues
    "vote_threshold"), the other another predicate? The votes a vote needs are never the votes it got, and an
    equal value makes them no more one ("needed 250 votes; the bill got 250"); nor are the people present at a
    site when an incident struck the rescued or the dead among them ("612 workers were underground" / "612 were
    rescued"). Such a pair is neither matched nor agrees; a threshold still meets another statement of the
    threshold. An ``own_fact`` of "predicates" keeps apart only figures of another predicate: the people aboard
    are never the dead among them, but "50 passengers" said with no verb may be the 50 the plane carried."""
    fa, fb = getattr(a, "frame", None), getattr(b, "frame", None)
    if fa is None or fb is None or fa.predicate == fb.predicate:
        return False
    info = lexicon().predicate_info
    for p, other in ((fa.predicate, fb.predicate), (fb.predicate, fa.predicate)):
        own = info.get(p, {}).get("own_fact") if p else None
        if own is True or (own == "predicates" and other):
            return True  # "predicates": a figure of no predicate may still be it ("50 passengers", "carrying 50")
    return False


def transitive(mentions: Sequence, candidates: Sequence, p: np.ndarray) -> np.ndarray:
    """One event has one day in every report: when a third article's date ``c`` gives the day of ``a`` (they
    agree) and is likely the event of both ``a`` and ``b``, then ``a`` and ``b`` are as likely one event as
    the weaker of the two links. A wrong day that one report's phrasing ties to the event ("Sabtu (15/6)" and
    "Jumat (14/6)", both "menangguhkan") is then tied to every report that gives the right one, however each
    phrases it. One step only, through a mention that agrees, so a chain of near matches cannot join two
    events. Dates only: two different figures may be two sources' estimates, each agreeing with a third
    report, and the leave-one-cluster-out runs found false conflicts of that kind when figures took this step
    too (a magnitude 7.5 by one agency against 7.4 by another)."""
    from .dates import compare_dates

    pair: dict[tuple[int, int], int] = {}
    partners: dict[int, list[int]] = {}
    for n, (i, j, _ctx) in enumerate(candidates):
        pair[(i, j)] = pair[(j, i)] = n
        partners.setdefault(i, []).append(j)
        partners.setdefault(j, []).append(i)
    out = p.copy()
    agreeing: dict[int, list[int]] = {}  # a date's partners in other articles that give its day

    def agree(x: int) -> list[int]:
        if x not in agreeing:
            agreeing[x] = [k for k in partners.get(x, ()) if compare_dates(mentions[x].item, mentions[k].item) == "agree"]
        return agreeing[x]

    for n, (i, j, _ctx) in enumerate(candidates):
        a, b = mentions[i], mentions[j]
        # only two different days gain: the step is for a wrong day, and keeps the cost to the story's conflicts
        if a.kind != "date" or compare_dates(a.item, b.item) != "conflict":
            continue
        for x, y in ((i, j), (j, i)):
            for k in agree(x):
                if mentions[k].article in (a.article, b.article) or (k, y) not in pair:
                    continue
                out[n] = max(out[n], min(p[pair[(x, k)]], p[pair[(k, y)]]))
    return out
