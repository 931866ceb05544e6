"""Each report's own occurrence: a volcano that erupts again, a weekly protest, a meeting held twice. Two reports
published days apart that each date "the" event within a few days before their own publication report two
occurrences, not one event dated two ways; a report that recalls the event dates it far from its own day and is
still compared (``compare.dates.own_occurrences``)."""

import datetime as dt

import pytest

from consistency.compare import compare_cluster
from consistency.compare.dates import own_occurrences
from consistency.extract.dates import extract_dates

from .test_story_revision import _article, _findings

D = dt.date.fromisoformat

# (id, (sentence, language, published) of each side, the date's text on each side, two occurrences?)
CASES = [
    ("id-two-eruptions",
     ("Gunung itu meletus pada Selasa (16/4) malam.", "id", "2031-04-17"),
     ("Gunung itu meletus pada Selasa (30/4) dini hari.", "id", "2031-05-01"), "16/4", "30/4", True),
    ("en-two-eruptions",
     ("The volcano erupted on April 16.", "en", "2031-04-17"),
     ("The volcano erupted on April 30, sending ash into the sky.", "en", "2031-05-01"), "April 16", "April 30",
     True),
    ("id-en-weekly-protest",
     ("Ribuan buruh berunjuk rasa di depan gedung parlemen pada 3 Maret.", "id", "2031-03-04"),
     ("Thousands of workers protested outside parliament on March 10.", "en", "2031-03-11"), "3 Maret", "March 10",
     True),
    # a later report that recalls the event dates it far before its own day: compared
    ("en-recalled-wrong",
     ("The volcano erupted on April 16.", "en", "2031-04-17"),
     ("The eruption of April 15 forced the island's evacuation, officials said on Friday.", "en", "2031-05-10"),
     "April 16", "April 15", False),
    # one day's reports of one event: compared
    ("id-same-days",
     ("Gempa mengguncang kota itu pada 3 Maret.", "id", "2031-03-04"),
     ("Gempa mengguncang kota itu pada 2 Maret.", "id", "2031-03-04"), "3 Maret", "2 Maret", False),
    # days apart but the later report's date is not fresh: compared
    ("en-later-report-older-date",
     ("The quake struck on March 3.", "en", "2031-03-04"),
     ("The quake that struck on March 2 destroyed 300 homes.", "en", "2031-03-12"), "March 3", "March 2", False),
    # the later report gives the earlier day: not the order of publication, compared
    ("id-order-reversed",
     ("Gunung itu meletus pada 20 April.", "id", "2031-04-21"),
     ("Gunung itu meletus pada 16 April.", "id", "2031-04-26"), "20 April", "16 April", False),
]


def _date(side, text):
    found = [d for d in extract_dates(side[0], language=side[1], anchor=D(side[2])) if text in d.text]
    assert found, (text, side[0])
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_own_occurrences(case):
    _, a, b, ta, tb, expected = case
    da, db = _date(a, ta), _date(b, tb)
    assert own_occurrences(da, db, D(a[2]), D(b[2])) is expected
    assert own_occurrences(db, da, D(b[2]), D(a[2])) is expected


def test_an_unknown_publication_date_says_nothing():
    a = _date(CASES[0][1], "16/4")
    b = _date(CASES[0][2], "30/4")
    assert own_occurrences(a, b, None, D("2031-05-01")) is False


TWO_ERUPTIONS = [
    ("id", ("Gunung Lokon meletus pada Selasa (16/4) malam, kata PVMBG.", "id", "2031-04-17"),
     ("Gunung Lokon meletus pada Selasa (30/4) malam, kata PVMBG.", "id", "2031-05-01")),
    ("en", ("Mount Lokon erupted on Tuesday night, April 16, the agency said.", "en", "2031-04-17"),
     ("Mount Lokon erupted on Tuesday night, April 30, the agency said.", "en", "2031-05-01")),
    ("id-weekly-protest", ("Ribuan buruh berunjuk rasa di depan gedung DPR pada Selasa (3/3).", "id", "2031-03-04"),
     ("Ribuan buruh berunjuk rasa di depan gedung DPR pada Selasa (10/3).", "id", "2031-03-11")),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", TWO_ERUPTIONS, ids=[c[0] for c in TWO_ERUPTIONS])
def test_two_eruptions_reported_two_weeks_apart_are_no_date_conflict(case, default_embedder):
    _, first, later = case
    found = _findings(default_embedder, _article("a", *first), _article("b", *later))
    assert not [f.code for f in found if f.code == "date.mismatch"]

