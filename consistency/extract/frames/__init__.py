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

The package holds one module per concern: lexicons (the compiled word lists and the phrase matcher), sentence
(tokens and the attachment cost), counted, places, actors, time, measures, votes, events, dates, discourse, and
build (frame_sentence). Module imports run one way, from lexicons up to build.
"""

from .actors import actor_key, source_key
from .build import frame_sentence
from .counted import number_core
from .discourse import Discourse
from .lexicons import counted_family, lexicon, predicate_class
from .places import place_key
from .time import carry_lead_time

__all__ = [
    "Discourse", "actor_key", "carry_lead_time", "counted_family", "frame_sentence", "lexicon", "number_core",
    "place_key", "predicate_class", "source_key",
]
