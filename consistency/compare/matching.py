"""One-to-one matching of the figures (and of the dates) of two aligned sentences, by what each is about.

Two mentions can be matched only when their frames fit: the same kind of figure and counted thing, no
different predicate ("died" vs "injured"), place ("di Demak" vs "di Jawa Tengah") or actor ("the minister"
vs "the governor"), and neither negated. Among the pairs that fit, each scores by how much of the frame is
known on both sides and agrees. The assignment maximises the total score (the Hungarian method,
``scipy.optimize.linear_sum_assignment``) and keeps pairs above ``MATCH_MIN``; a figure without a
counterpart is compared with nothing. A globally optimal assignment is used rather than greedy picking
because greedy picking lets the first strong pair take a figure that a second one needed ("6,000 in the
province, 2,500 of them in the capital" against "2.500 ke ibu kota" must pair 2,500 with 2.500, whatever
order the figures come in); the sizes are a handful of figures, so its cost does not matter.

When the frames cannot tell two candidates apart (scores within ``AMBIGUITY``), the value decides between
them (a pair that agrees is preferred), and a match that would be a conflict is marked ambiguous: the
sentence does not say which of its figures the other sentence's figure is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from ..extract.entities import same_entity
from ..extract.frames import counted_family, lexicon, predicate_class
from ..records import DateMention, Frame, Place, Quantity

MATCH_MIN = 0.65
# Counted things that say little on their own: a figure of people or a percentage needs more in common.
GENERIC_COUNTED = frozenset({"people", "casualty", "percent", "share", None})
AMBIGUITY = 0.12
# Tie-breaks by value, far below any frame difference: among equally fitting pairs, prefer agreement.
_VALUE_BONUS = {"agree": 0.06, "compatible": 0.03, "conflict": 0.0, None: 0.0}
COMPARED_ROLES = ("current", "previous")


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
    """"sulawesi" and "central sulawesi": a compass part of a place and the place."""
    ta, tb = set(a.split()), set(b.split())
    return bool(ta and tb) and (ta < tb or tb < ta)


def place_fit(pa: Sequence[Place], pb: Sequence[Place]) -> float | None:
    """None when the two figures are clearly in different places, else a score adjustment.

    Places attached to the figure ("41 orang meninggal di Demak") decide; a place elsewhere in the sentence
    only counts when it is the same. A generic place ("in the capital") fits any name.
    """
    if any(p.key == "@elsewhere" for p in (*pa, *pb)):
        return None  # "another 170 people died elsewhere"
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
            if others and not any(x.key == y.key or _nested(x.key, y.key) for y in others):
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
        return None if a.actor.startswith("thing:") and b.actor.startswith("thing:") else -0.1
    generic = lexicon().generic_actors
    if a.actor in generic or b.actor in generic:
        return -0.05
    office_a, office_b = a.actor.startswith("@"), b.actor.startswith("@")
    if office_a != office_b:
        return -0.1  # "the president" may be the named person
    if office_a:
        kinds = lexicon().actor_kinds
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
                            "president", "presiden", "minister", "menteri", "leader", "pemimpin"})


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
    if a.predicate and a.predicate == b.predicate and predicate_class(a.predicate).get("any_counted"):
        return -0.1  # "287 anggota mendukung" and "287 votes in favour"
    return None


def event_fit(a: Frame, b: Frame) -> float | None:
    """Tolls of different events are different facts ("the civil war killed 80,000" and "the bombings killed
    359"); a quake's and a tsunami's named together are one."""
    if not a.events or not b.events:
        return 0.0
    if set(a.events) & set(b.events):
        return 0.05
    # an event only the article's lead names may not be this figure's: doubt, not a clash
    return -0.15 if a.events_inherited or b.events_inherited else None


IMPLICIT_WHEN_DAYS = 180


def when_fit(a: Frame, b: Frame) -> float | None:
    """Figures of events on different days are different facts ("1.300 atlet" in 1983, "1.907" in 2003). A
    figure with no date of its own is about the time of its report: against one dated half a year or more
    before that, it is another fact ("In 2019, Widodo won 55.50 percent" and a 2024 report's "58,6 persen")."""
    if a.when is None and b.when is None:
        return 0.0
    if a.when is None or b.when is None:
        dated, undated = (a, b) if a.when is not None else (b, a)
        day = undated.as_of.day if undated.as_of is not None else None
        if day is not None and ((day - dated.when[1]).days > IMPLICIT_WHEN_DAYS or dated.when[0] > day):
            return None  # long before the report, or after it: a report cannot give a later event's figure
        return 0.0
    if a.when[0] <= b.when[1] and b.when[0] <= a.when[1]:
        return 0.05
    return None


def context_overlap(a: Frame, b: Frame) -> float:
    """How alike the words around two figures are (Jaccard, 0–1); identical phrasing around one slot."""
    ca, cb = set(a.context), set(b.context)
    if not ca or not cb:
        return 0.0
    shared = len(ca & cb)
    return shared / len(ca | cb) if shared >= 3 else 0.0


def _same_place(a: Frame, b: Frame) -> bool:
    att_a, att_b = {p.key for p in a.places if p.attached}, {p.key for p in b.places if p.attached}
    return bool(att_a & {p.key for p in b.places} or att_b & {p.key for p in a.places})


def _places_fit(a: Frame, b: Frame) -> float | None:
    """Places, where one side's named actor may be the other side's place ("Semeru … erupted" and "Erupsi
    Semeru"): the same thing named in another role is a shared place, not a clash."""
    if _actor_is_place(a, b):
        return 0.1
    return place_fit(a.places, b.places)


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


def _own_modifiers(f: Frame) -> set[str]:
    """The modifiers that say which fact a figure is: not "base" (the whole a share is of), and not "part"
    when the part is named by a modifier of its own ("1.049.334 suara di antaranya dinyatakan sah" is the
    valid votes' figure)."""
    mods = set(f.modifiers) - {"base", "hedged"}
    if "part" in mods and mods - lexicon().subset_modifiers - {"planned", "part-of-day", "change"}:
        mods.discard("part")
    return mods


def quantity_fit(a: Quantity, b: Quantity) -> float | None:
    """How well two figures' frames fit (higher is better), or None when they are about different things."""
    from .quantities import comparable

    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return 1.0 if comparable(a, b) else None
    if fa.role not in COMPARED_ROLES or fb.role not in COMPARED_ROLES or fa.negated or fb.negated:
        return None
    if _kind(a) != _kind(b):
        return None
    like = context_overlap(fa, fb)
    if _kind(a) == "count":
        parts = [counted_fit(fa, fb)]
        if parts[0] is None and (fa.counted is None or fb.counted is None) and like >= 0.5:
            parts = [-0.1]  # nothing says what they count, but they stand in the same phrasing
    else:
        parts = [0.0 if a.unit_class == b.unit_class or _kind(a) in ("magnitude", "share") else None]
    if a.unit_detail and b.unit_detail and a.unit_detail != b.unit_detail and _kind(a) == "count":
        return None  # "12 ruang kelas" and "2 ruang alat peraga" count different rooms
    mods_a, mods_b = _own_modifiers(fa), _own_modifiers(fb)
    if mods_a and mods_b and mods_a != mods_b:
        return None  # "suara sah" vs "suara tidak sah"
    subset = (mods_a ^ mods_b) & lexicon().subset_modifiers
    if subset - {"part"} or (subset and not _same_place(fa, fb)):
        # "31 warga negara asing" among the dead is not the toll; a part named by its place ("of those
        # confirmed dead, 821 were in Palu") is that place's figure
        return None
    if ("base" in fa.modifiers) != ("base" in fb.modifiers) and (fa.predicate or fb.predicate):
        return None  # "of Sri Lanka's 22 million people" is the whole, not what some of them did
    for scope in ("planned", "part-of-day", "change"):
        if (scope in fa.modifiers) != (scope in fb.modifiers):
            # "berencana membangun 1.000 rumah" is a plan, "telah membangun 600 rumah" what was done; "six
            # blasts in the morning" are some of the day's
            return None
    one_sided = (set(fa.modifiers) ^ set(fb.modifiers)) - {"hedged"}
    # a noun's second noun on one side only ("restoran cabang" against "restoran") says they may differ
    parts.append(-0.3 if any(m.startswith("detail:") for m in one_sided) else -0.15 if one_sided else 0.0)
    pred, place, actor, when = predicate_fit(fa, fb), _places_fit(fa, fb), actor_fit(fa, fb), when_fit(fa, fb)
    event = event_fit(fa, fb)
    parts += [pred, place, actor, when, event]
    if any(p is None for p in parts):
        return None
    # Nothing contradicting is not enough: the two figures must share something that says what they are
    # about. "58,6 persen" and "almost 82%" share only being percentages; "41 orang" and "45 people" share
    # only counting people.
    shared = [fa.predicate is not None and pred == 0.0, actor > 0, place > 0, when > 0, like >= 0.3, event > 0,
              fa.source is not None and fa.source == fb.source, _kind(a) == "measure" and _actor_is_place(fa, fb),
              bool(fa.modifiers) and fa.modifiers == fb.modifiers,
              _kind(a) == "magnitude" or (_kind(a) == "count" and fa.counted == fb.counted
                                          and fa.counted not in GENERIC_COUNTED)]
    if not any(shared):
        return None
    if _kind(a) == "measure" and not (actor > 0 or like >= 0.3 or place > 0 or _actor_is_place(fa, fb)
                                      or (fa.predicate and pred == 0.0 and fa.modifiers and fa.modifiers == fb.modifiers)):
        return None  # a length or a weight is of something: the same mountain, not any height
    score = 1.0 + sum(parts) + 0.15 * like
    if "previous" in (fa.role, fb.role):
        score -= 0.2
    return round(score, 6)


def date_fit(a: DateMention, b: DateMention) -> float | None:
    """How well two dates' frames fit, or None when they date different things (different events or actors,
    the day something was said against the day it happened, an as-of time, a negated statement)."""
    from .dates import comparable

    if not comparable(a, b):
        return None
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return 1.0
    if fa.role != "event" or fb.role != "event" or fa.negated or fb.negated:
        return None
    # A sentence dates many things; two dates are one event's only when the text says which event: the same
    # predicate, or the same phrasing around them. Two dates with nothing said about them are not compared.
    like = context_overlap(fa, fb)
    if fa.predicate and fb.predicate:
        pred = predicate_fit(fa, fb)
        if pred is not None and pred < 0 and like < 0.3:
            return None  # "berlangsung" fits any event; against a named one it says too little
    elif like >= 0.5:
        pred = -0.2
    else:
        return None
    once = bool(fa.predicate) and predicate_class(fa.predicate).get("once") and fa.predicate == fb.predicate
    if _far_apart(a, b) and not once and like < 0.5:
        return None
    parts = [pred, _places_fit(fa, fb), actor_fit(fa, fb)]
    if any(p is None for p in parts):
        return None
    return round(1.0 + sum(parts) + 0.15 * like, 6)


def same_day_fit(a: DateMention, b: DateMention) -> bool:
    """May two event dates that name the same day be reported as agreeing, although the text does not say
    they date one event ("the dams burst early on Monday" and "menjebol dua bendungan … pada Senin (11/9)")?
    Only a confirmation rides on it, never a conflict: nothing says they are one event's, but nothing says
    otherwise either (no clashing predicates, places or actors, no negation)."""
    from .dates import comparable

    if not comparable(a, b):
        return False
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return False
    if fa.role != "event" or fb.role != "event" or fa.negated or fb.negated:
        return False
    if fa.predicate and fb.predicate and predicate_fit(fa, fb) is None:
        return False
    return _places_fit(fa, fb) is not None and actor_fit(fa, fb) is not None


DATE_GAP_DAYS = 28


def _far_apart(a: DateMention, b: DateMention) -> bool:
    """Dates more than four weeks apart, or in different written years, date different events: a typo or a
    wrong day shifts a date by a day or two ("Sabtu (20/4)" for Sunday 21 April), while a report that
    mentions an earlier eruption or last year's vote does so months or years away. Not so for what happens
    once (a founding, a birth, joining NATO), nor for one sentence written twice with another date."""
    if a.year and b.year and a.year != b.year and a.granularity != "open" and b.granularity != "open":
        return True
    if a.resolved and b.resolved and a.low and b.low and a.high and b.high:
        gap = max((a.low - b.high).days, (b.low - a.high).days)
        return gap > DATE_GAP_DAYS
    return False


# --- the assignment -----------------------------------------------------------------------------------------

def match(items_a: Sequence, items_b: Sequence, fit: Callable[[object, object], float | None],
          value: Callable[[object, object], str | None], *, minimum: float = MATCH_MIN,
          ambiguity: float = AMBIGUITY) -> list[Match]:
    """A one-to-one matching of ``items_a`` with ``items_b``: the assignment with the highest total fit
    (plus a small bonus for values that agree), keeping pairs that fit at least ``minimum``."""
    if not items_a or not items_b:
        return []
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    n, m = len(items_a), len(items_b)
    fits = [[fit(a, b) for b in items_b] for a in items_a]
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
    settled_a = {i for i, j in pairs if verdicts[i][j] == "agree"}
    settled_b = {j for i, j in pairs if verdicts[i][j] == "agree"}
    out = []
    for i, j in pairs:
        f = fits[i][j]
        rivals = [(fits[i][k], verdicts[i][k], k in settled_b) for k in range(m) if k != j] + \
                 [(fits[k][j], verdicts[k][j], k in settled_a) for k in range(n) if k != i]
        ambiguous = any(r is not None and r >= minimum and r >= f - ambiguity and (v != "conflict" or not settled)
                        for r, v, settled in rivals)
        out.append(Match(i, j, round(f, 4), ambiguous))
    return out


# --- facts outside aligned sentences ------------------------------------------------------------------------

STRONG_MIN = 0.7


def fact_key(q) -> str | None:
    """A bucket for figures or dates that may state one fact: the predicate class (with what a figure counts)."""
    f = q.frame
    if f is None or f.negated or f.role not in ("current", "previous", "event"):
        return None
    if not f.predicate:
        # no predicate, but a specific thing of a named event or incident: "the signed version runs to 1,187
        # pages" and "meneken undang-undang setebal 1.178 halaman"; a quake's magnitude
        if isinstance(q, Quantity) and f.events and (_kind(q) == "magnitude" or (
                f.counted and f.counted not in GENERIC_COUNTED and not f.counted_inferred)):
            return f"{'+'.join(f.events)}|{counted_family(f.counted)}|{_kind(q)}"
        return None
    if predicate_class(f.predicate).get("generic"):
        return None
    if isinstance(q, Quantity):
        # "287 anggota mendukung" and "278 suara setuju" count one tally in different nouns
        family = "*" if predicate_class(f.predicate).get("any_counted") else counted_family(f.counted)
        return f"{f.predicate}|{family}|{_kind(q)}"
    return f"date|{f.predicate}"


def _shares_identity(fa: Frame, fb: Frame) -> bool:
    """Something besides the predicate that names the fact: its incident, place, actor, source or date; for
    a date, an incident as its predicate ("the quake struck on Friday") names the story's own."""
    return bool((fa.events and set(fa.events) & set(fb.events))
                or (fa.role == "event" and predicate_class(fa.predicate).get("incident"))
                or ({p.key for p in fa.places} & {p.key for p in fb.places})
                or (fa.actor and fb.actor and (actor_fit(fa, fb) or 0) > 0)
                or (fa.source and fa.source == fb.source)
                or (fa.when and fb.when and fa.when[0] <= fb.when[1] and fb.when[0] <= fa.when[1]))


def strong_quantity_fit(a: Quantity, b: Quantity) -> float | None:
    """The fit of two figures in sentences the aligner did not pair: only when both frames name the same
    predicate and something more of the fact ("41 orang meninggal akibat banjir Demak" and "the Demak
    flood's toll rose to 58"), so that a background figure of another fact is not drawn in."""
    fit = quantity_fit(a, b)
    fa, fb = a.frame, b.frame
    if fit is None or fit < STRONG_MIN or fa is None or fb is None or fa.predicate != fb.predicate:
        return None
    if not fa.predicate:
        # the fact is named by its thing and its event alone: only when that is strong identity, and when no
        # source is named on one side only ("The US Geological Survey measured the quake at 7.5" and a report's
        # own "Gempa bermagnitudo 7,4" may be two agencies' figures)
        if (fa.source or fb.source) and fa.source != fb.source:
            return None
        return fit if fact_key(a) is not None and fact_key(a) == fact_key(b) and not _identity(a, b) else None
    if (_places_fit(fa, fb) or 0) < -0.2:
        return None  # named places that differ ("on Lombok" and "yang melanda Palu") in sentences not paired
    from .identity import place_identity

    if place_identity(fa, fb):
        return None  # "290 orang" in Pandeglang and the whole toll, in sentences not paired: a part and the whole
    return fit if _shares_identity(fa, fb) else None


def _identity(a: Quantity, b: Quantity) -> str | None:
    from .identity import number_identity

    return number_identity(a, b)


def strong_date_fit(a: DateMention, b: DateMention) -> float | None:
    """Two dates of one named event (not just an occurrence) whose actors do not differ: the date fit's own
    rules (actor, place, the gap between the dates) are what tell two suspensions of a bill apart."""
    fit = date_fit(a, b)
    fa, fb = a.frame, b.frame
    if fit is None or fit < STRONG_MIN or fa is None or fb is None or fa.predicate != fb.predicate or not fa.predicate:
        return None
    return fit
