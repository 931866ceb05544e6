"""Another event of the story's kind: a foreshock, an aftershock, a second blast, the earlier eruption, the second
round, or an earlier one cited for comparison ("banjir serupa", "a similar crash"). Its days and figures (magnitude, depth, toll) are its own: never compared with the main incident's, while two
sides naming the same sub-event still compare. Rows: two short articles (the last sentence is read), a mention of
each, and the veto that must part them (``None``: the veto must leave the pair to the scorer); then whole pairs
through the pipeline, with the findings they must (not) give."""

from __future__ import annotations

import pytest

from consistency.compare.identity import date_veto, number_veto

from .pairs import mention_in, pair_findings, summary

VETO = {"number": number_veto, "date": date_veto}

_FORE_EN = ("A magnitude 5.9 foreshock hit the island on Thursday.", "en", "2025-03-08")
_MAIN_EN = ("The magnitude 6.2 quake struck the island on Friday, killing 12 people.", "en", "2025-03-08")
_FORE_ID = ("Gempa pendahuluan bermagnitudo 5,9 mengguncang pulau itu pada Kamis.", "id", "2025-03-08")
_MAIN_ID = ("Gempa bermagnitudo 6,2 mengguncang pulau itu pada Jumat dan menewaskan 12 orang.", "id", "2025-03-08")

# (id, kind, side a, mention of a, side b, mention of b, reason)
CASES = [
    ("fore-date-en", "date", _FORE_EN, "Thursday", _MAIN_EN, "Friday", "different events"),
    ("fore-date-id", "date", _FORE_ID, "Kamis", _MAIN_ID, "Jumat", "different events"),
    ("fore-magnitude-en", "number", _FORE_EN, "5.9", _MAIN_EN, "6.2", "different incidents"),
    ("fore-magnitude-id", "number", _FORE_ID, "5,9", _MAIN_ID, "6,2", "different incidents"),
    ("after-date-en", "date", ("The main quake, of magnitude 6.2, struck on Friday.", "en", "2025-03-09"), "Friday",
     ("The strongest aftershock, of magnitude 5.1, hit on Saturday.", "en", "2025-03-09"), "Saturday", "different events"),
    ("after-magnitude-id", "number", ("Gempa utama bermagnitudo 6,2 terjadi pada Jumat.", "id", "2025-03-09"), "6,2",
     ("Gempa susulan terkuat bermagnitudo 5,1 terjadi pada Sabtu.", "id", "2025-03-09"), "5,1", "different incidents"),
    ("blast-toll-en", "number", ("The first blast killed 14 people on Monday.", "en", "2025-03-09"), "14 people",
     ("The second blast killed 9 people.", "en", "2025-03-09"), "9 people", "different incidents"),
    ("blast-toll-id", "number", ("Ledakan pertama menewaskan 14 orang.", "id", "2025-03-09"), "14 orang",
     ("Ledakan kedua menewaskan 9 orang.", "id", "2025-03-09"), "9 orang", "different incidents"),
    ("eruption-toll-en", "number", ("The volcano erupted on Sunday, killing 11 climbers.", "en", "2025-03-09"), "11 climbers",
     ("The earlier eruption, in 2019, killed 22 people.", "en", "2025-03-09"), "22 people", "different incidents"),
    ("eruption-toll-id", "number", ("Gunung itu meletus pada Minggu dan menewaskan 11 pendaki.", "id", "2025-03-09"),
     "11 pendaki", ("Letusan sebelumnya menewaskan 22 orang.", "id", "2025-03-09"), "22 orang", "different incidents"),
    ("round-date-en", "date", ("The first round was held on March 12.", "en", "2025-04-05"), "March 12",
     ("The runoff was held on April 2.", "en", "2025-04-05"), "April 2", "different events"),
    ("round-date-id", "date", ("Putaran pertama digelar pada 12 Maret.", "id", "2025-04-05"), "12 Maret",
     ("Putaran kedua digelar pada 2 April.", "id", "2025-04-05"), "2 April", "different events"),
    # an earlier event of the kind cited for comparison: its toll and its day are its own
    ("similar-toll-id", "number", ("Banjir itu menewaskan 30 orang pada Senin.", "id", "2025-03-09"), "30 orang",
     ("Banjir serupa pernah menewaskan 28 orang di kota itu.", "id", "2025-03-09"), "28 orang", "different incidents"),
    ("similar-date-id", "date", ("Banjir melanda kota itu pada Senin.", "id", "2025-03-09"), "Senin",
     ("Banjir serupa pernah melanda kota itu pada Selasa.", "id", "2025-03-09"), "Selasa", "different events"),
    ("similar-toll-en", "number", ("The crash killed 160 people.", "en", "2025-03-09"), "160 people",
     ("In a similar crash years ago, 162 people died.", "en", "2025-03-09"), "162 people", "different incidents"),
    ("similar-date-en", "date", ("The flood hit the city on Monday.", "en", "2025-03-09"), "Monday",
     ("A similar flood once hit the city on Tuesday.", "en", "2025-03-09"), "Tuesday", "different events"),
    # both sides name the same sub-event, or the same earlier event: one event, left to the scorer
    ("same-fore-en-id", "date", ("The foreshock struck on Thursday.", "en", "2025-03-08"), "Thursday",
     ("Gempa pendahuluan terjadi pada Rabu.", "id", "2025-03-08"), "Rabu", None),
    ("same-blast-en-id", "number", ("The second blast killed 9 people.", "en", "2025-03-09"), "9 people",
     ("Ledakan kedua menewaskan 11 orang.", "id", "2025-03-09"), "11 orang", None),
    ("same-similar-en-id", "number", ("In a similar crash years ago, 162 people died.", "en", "2025-03-09"), "162 people",
     ("Dalam kecelakaan serupa bertahun-tahun silam, 160 orang tewas.", "id", "2025-03-09"), "160 orang", None),
    # "serupa"/"similar" with no past cue may be one of the story's own ("Ledakan serupa sudah menghancurkan gedung
    # reaktor nomor 1 pada Minggu"): no veto
    ("similar-no-past-id", "date", ("An explosion blew apart the No. 1 reactor building on Saturday.", "en", "2011-03-14"),
     "Saturday", ("Ledakan serupa sudah menghancurkan gedung reaktor nomor 1 pada Minggu (13/3/2011) sore.", "id",
                  "2011-03-14"), "Minggu", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_other_event_veto_case_table(case):
    _, kind, side_a, text_a, side_b, text_b, reason = case
    a, b = mention_in(side_a, text_a, kind), mention_in(side_b, text_b, kind)
    assert VETO[kind](a, b) == reason
    assert VETO[kind](b, a) == reason


def test_other_event_table_covers_both_languages():
    for cls in ("fore", "after", "blast", "eruption", "round", "similar", "same"):
        rows = [c for c in CASES if c[0].startswith(cls)]
        assert rows, cls
    assert {side[1] for c in CASES for side in (c[2], c[4])} == {"id", "en"}


def _pair(a, b):
    return {"a": a[0], "a_lang": a[1], "a_published": a[2], "b": b[0], "b_lang": b[1], "b_published": b[2]}


# whole pairs: (id, side a, side b, findings as (text in a, text in b, code))
PAIRS = [
    ("fore-main-id", _FORE_ID, _MAIN_ID, []),
    ("main-after-en", ("The main quake, of magnitude 6.2, struck on Friday.", "en", "2025-03-09"),
     ("The strongest aftershock, of magnitude 5.1, hit on Saturday.", "en", "2025-03-09"), []),
    ("blasts-en", ("The first blast killed 14 people on Monday.", "en", "2025-03-09"),
     ("The second blast killed 9 people.", "en", "2025-03-09"), []),
    ("similar-flood-id", ("Banjir itu menewaskan 30 orang pada Senin.", "id", "2025-03-09"),
     ("Banjir serupa pernah menewaskan 28 orang di kota itu.", "id", "2025-03-09"), []),
    # the same foreshock, two days: still a conflict
    ("same-fore-en", ("A magnitude 5.9 foreshock struck the island on Thursday.", "en", "2025-03-08"),
     ("A magnitude 5.9 foreshock struck the island on Wednesday.", "en", "2025-03-08"),
     [("5.9", "5.9", "number.agree"), ("Thursday", "Wednesday", "date.mismatch")]),
    ("same-fore-id", ("Gempa pendahuluan bermagnitudo 5,9 mengguncang pulau itu pada Kamis.", "id", "2025-03-08"),
     ("Gempa pendahuluan bermagnitudo 5,9 mengguncang pulau itu pada Rabu.", "id", "2025-03-08"),
     [("5,9", "5,9", "number.agree"), ("Kamis", "Rabu", "date.mismatch")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", PAIRS, ids=[c[0] for c in PAIRS])
def test_other_event_pairs(case, default_embedder):
    _, a, b, want = case
    got = summary(pair_findings(_pair(a, b), default_embedder))
    assert len(got) == len(want), got
    for want_a, want_b, want_code in want:
        assert any(want_a in text_a and want_b in text_b and code == want_code for text_a, text_b, code in got), got
