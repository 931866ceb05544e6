"""Strong identity: are two matched figures (or dates) one fact, at one time, closely enough that different
values contradict each other?

Matching (``matching``) pairs the mentions that may state one fact, and a pair that fits may confirm it (agree,
compatible, an update). A conflict says more: that two reports cannot both be true. On real reporting most
figures that merely fit are different facts told alike (Turkey's toll and the combined toll, the 2010
population and the 2020 one, the depth of the wreck and its distance from the coast), so a conflict needs the
fact named on both sides, in the same terms, with nothing that sets the two apart. When any of that is
missing the checker abstains: a user can live with a missed discrepancy, not with false alarms.

Each function returns ``None`` when the identity holds and otherwise the reason it does not (for tests and
for a developer reading why a pair was left alone).
"""

from __future__ import annotations

from ..extract.frames import lexicon, predicate_class
from ..records import DateMention, Frame, Quantity
from .matching import (GENERIC_COUNTED, _actor_is_place, _kind, _own_modifiers, actor_fit, context_overlap, counted_fit,
                       event_fit, place_fit, when_fit)

# Two figures (or dates) in the same place of like phrasing, the same words on either side of them, are one
# fact whatever the lexicons know of those words (a Jaccard overlap of the three words each side).
LIKE_PHRASING = 0.6

# A figure dated to its own event and one dated only by its report are one event's when at most this many days
# apart (a quake's magnitude a week later; not an election's first round and its run-off).
ONE_EVENT_DAYS = 28

# Modifiers that make a figure something other than a count of what happened: a plan or forecast, an
# estimate hedged by "may", "could", "diduga", "believed", a change ("bertambah 32,56 juta", "an increase of
# 4,000") rather than the level, a maximum ("as high as").
NOT_A_COUNT = frozenset({"planned", "hedged", "change"})


def _predicate(f: Frame) -> str | None:
    return f.predicate.removesuffix(".planned") if f.predicate else None


def _specific_counted(f: Frame) -> bool:
    """A counted thing that says what the figure is on its own ("gereja", "halaman"), unlike "orang" or "%"."""
    return bool(f.counted) and f.counted not in GENERIC_COUNTED and not f.counted_inferred


def _place_keys(f: Frame, *, attached: bool) -> set[str]:
    """Named places a figure is in: attached to it (``attached``), or anywhere in its sentence, the incident's
    own places included ("the tsunami in the Sunda Strait", "gempa yang melanda Palu")."""
    slots = ("in",) if attached else ("in", "event")
    keys = {p.key for p in f.places if (p.attached or not attached) and not p.key.startswith("@") and p.slot in slots}
    # "in the Libyan port city of Derna", "di Derna, Libya": the town is where the figure is, the country holds it
    narrow = keys - {p.key for p in f.places if p.within} - lexicon().broad_places
    return narrow or keys


def _covers(keys: set[str], others: set[str]) -> bool:
    """Is every place in ``keys`` also among ``others`` (or a compass part of one: "sulawesi" / "central
    sulawesi")?"""
    def near(x: str, y: str) -> bool:
        tx, ty = set(x.split()), set(y.split())
        return x == y or bool(tx and ty and (tx <= ty or ty <= tx))

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
        return None if (_covers(pa, pb) and _covers(pb, pa)) else "places differ"
    for own, other in ((pa, fb), (pb, fa)):
        if own:
            if not _covers(own, set(other.named_places)) or not _covers(set(other.scope), own):
                return "a place on one side only"
    return None


def _naming(f: Frame) -> set[str]:
    """The modifiers that name a fact ("suara sah", "rusak berat"), not those that only cut a part of one."""
    return _own_modifiers(f) - lexicon().subset_modifiers - {"part", "other"}


def _same_holder(fa: Frame, fb: Frame) -> bool:
    """Both figures say whose they are, and it is the same one: a named actor, or a place attached on both sides."""
    if fa.actor and fb.actor and not (fa.actor.startswith("thing:") and fb.actor.startswith("thing:")):
        return (actor_fit(fa, fb) or 0) > 0
    if _actor_is_place(fa, fb):
        return True
    pa, pb = _place_keys(fa, attached=True), _place_keys(fb, attached=True)
    return bool(pa and pb and _covers(pa, pb) and _covers(pb, pa))


def number_identity(a: Quantity, b: Quantity) -> str | None:
    """Why two matched figures are not strongly one fact, or None when they are: the same predicate (what
    happened, or what is counted), the same class of counted thing, the same place, holder, incident,
    event time and modifiers, neither negated, planned, hedged, vague or a change."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return None  # unframed figures (a library caller's own records) are compared by value and unit only
    if fa.negated or fb.negated:
        return "negated"
    if (set(fa.modifiers) | set(fb.modifiers)) & NOT_A_COUNT or fa.upper_bound or fb.upper_bound:
        return "not a count"
    if a.vague or b.vague:
        return "vague"
    kind = _kind(a)
    pa, pb = _predicate(fa), _predicate(fb)
    like = context_overlap(fa, fb) >= LIKE_PHRASING
    if like and (not (pa and pb) or pa == pb):
        pass  # the same words around the same slot ("Liga Italia terdiri atas 4 tahap" / "… atas 9 tahap") say it
    elif pa or pb:
        if pa != pb:
            return "predicates differ" if pa and pb else "a predicate on one side only"
        if predicate_class(pa).get("generic"):
            return "generic predicate"
    elif kind == "magnitude":
        if not (set(fa.events) & set(fb.events)):
            return "no shared incident"
    elif not (_specific_counted(fa) and _specific_counted(fb)
              and (set(fa.events) & set(fb.events) or (_naming(fa) and _naming(fa) == _naming(fb))
                   or _same_holder(fa, fb))):
        # "Bom meledak di empat gereja" and "three at churches": the incident says what happened to the
        # churches; "suara sah" and "valid votes" name their fact; "Kota Solok memiliki 13 kelurahan" and
        # "Kota Solok memiliki 2 kelurahan" whose; "174 pasal" and "186 pasal" say nothing of which text
        return "nothing says what happened"
    if kind == "count" and counted_fit(fa, fb) is None and not (like and fa.counted == fb.counted):
        return "counted things differ"
    if _own_modifiers(fa) != _own_modifiers(fb) or ("base" in fa.modifiers) != ("base" in fb.modifiers):
        return "modifiers differ"
    actor = actor_fit(fa, fb)
    if actor is None:
        return "holders differ"
    if kind == "measure":
        # a height or a depth is of something: the same mountain or vessel named on both sides, wherever it is
        if not (actor > 0 or _actor_is_place(fa, fb) or (place_fit(fa.places, fb.places) or 0) > 0):
            return "the thing measured is not named on both sides"
        if place_fit(fa.places, fb.places) is None:
            return "places differ"
    elif kind == "magnitude":
        # a quake's magnitude is the quake's: where it struck ("near the city of Gaziantep", "mengguncang
        # Kahramanmaras") names the incident, it is no part of a whole
        if place_fit(fa.places, fb.places) is None:
            return "places differ"
    else:
        reason = place_identity(fa, fb)
        if reason:
            return reason
    if when_fit(fa, fb) is None:
        return "event times differ"
    if (fa.when is None) != (fb.when is None):
        # one figure dated to its own event, the other to its report: the same event only when the two are close
        # ("Pada putaran pertama, 15 Februari 2017, … 42,99 persen" against a run-off's count two months later)
        dated, undated = (fa, fb) if fa.when is not None else (fb, fa)
        day = undated.as_of.day if undated.as_of is not None else None
        if day is not None and (day - dated.when[1]).days > ONE_EVENT_DAYS:
            return "event times differ"
    if fa.role != fb.role and not (fa.evolving or fb.evolving):
        # an earlier value of what does not run ("naik dari 75,75 persen pada putaran pertama") is another
        # occasion's figure
        return "an earlier occasion"
    if event_fit(fa, fb) is None:
        return "incidents differ"
    return None


def date_identity(a: DateMention, b: DateMention) -> str | None:
    """Why two matched dates are not strongly the dates of one event, or None when they are: the same
    event predicate on both sides, not a generic "took place", not negated or planned, the same participants
    (no clash of actor or place) and, for what is not the story's incident, a participant named."""
    fa, fb = a.frame, b.frame
    if fa is None or fb is None:
        return None
    if fa.role != "event" or fb.role != "event":
        return "not an event's date"
    if fa.negated or fb.negated:
        return "negated"
    if (set(fa.modifiers) | set(fb.modifiers)) & NOT_A_COUNT:
        return "not what happened"
    pa, pb = fa.predicate, fb.predicate
    if pa != pb or (pa or "").endswith(".planned"):
        return "events differ"
    info = predicate_class(pa)
    like = context_overlap(fa, fb) >= LIKE_PHRASING  # one sentence written twice with another date
    if not pa and not like:
        return "an event not named on both sides"
    if info.get("generic") and not like:
        return "generic event"
    if actor_fit(fa, fb) is None:
        return "participants differ"
    if place_fit(fa.places, fb.places) is None:
        return "places differ"
    if not info.get("incident") and not (fa.actor or fb.actor) and not like:
        # "born between 1981 and 1996" and "lahir pada 1997-2012": who was born?
        return "no participant named"
    if info.get("incident"):
        # an incident named by a place of its own that is not the story's ("In August, a series of earthquakes
        # on Lombok …") is another incident unless the other side names that place too
        own_a = {p.key for p in fa.places if p.attached and p.slot == "event" and not p.key.startswith("@")}
        own_b = {p.key for p in fb.places if p.attached and p.slot == "event" and not p.key.startswith("@")}
        named_a = {p.key for p in fa.places} | set(fa.named_places)
        named_b = {p.key for p in fb.places} | set(fb.named_places)
        if not _covers(own_a, named_b) or not _covers(own_b, named_a):
            return "another incident"
    return None
