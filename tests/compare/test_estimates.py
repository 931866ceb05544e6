"""Estimates in time and in source: one named source that raises its estimate days later ("NASA put the object at
7,000 tonnes", then "NASA estimated … about 10,000 tons") has updated it (``number.update``), while a lower later
reading stays a discrepancy; and a reading credited to a university's station is another source's than the U.S.
Geological Survey's (``number.sources``). Rows are invented, written after devset384's and devset387's reports."""

import pytest

from .pairs import pair_findings, summary


def _case(a, b):
    return {"a": a[0], "a_lang": a[1], "a_published": a[2], "b": b[0], "b_lang": b[1], "b_published": b[2]}


NASA_DAY = ("Later on Friday, NASA put the object at about 15 metres across and 7,000 tonnes, releasing energy of "
            "around 300 kilotons when it burst.", "en", "2031-02-15")
RAISED = [
    ("en-en", NASA_DAY,
     ("NASA estimated the object at about 17 metres across and 10,000 tonnes, with energy of about 500 kilotons.",
      "en", "2031-02-19"), ("around 300 kilotons", "about 500 kilotons")),
    ("en-id", NASA_DAY,
     ("NASA memperkirakan benda itu berdiameter 17 meter dan berbobot 10.000 ton, dengan energi sekitar 500 "
      "kiloton.", "id", "2031-02-19"), ("around 300 kilotons", "sekitar 500 kiloton")),
    ("en-en-estimates-after", NASA_DAY,
     ("The meteor blew up on Feb. 15 with the force of about 500 kilotons, according to NASA estimates.", "en",
      "2031-10-17"), ("around 300 kilotons", "about 500 kilotons")),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", RAISED, ids=[c[0] for c in RAISED])
def test_a_source_raising_its_estimate_is_an_update(case, default_embedder):
    _, a, b, figures = case
    found = summary(pair_findings(_case(a, b), default_embedder))
    assert (*figures, "number.update") in found, found


LOWERED = [
    ("en-en-lower",
     ("The U.S. Geological Survey put the magnitude at 6.5 on the day of the quake.", "en", "2031-02-24"),
     ("The U.S. Geological Survey's revised reading put the quake at magnitude 6.4.", "en", "2031-03-20"),
     ("6.5", "magnitude 6.4")),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", LOWERED, ids=[c[0] for c in LOWERED])
def test_a_lower_later_estimate_is_no_update(case, default_embedder):
    _, a, b, figures = case
    found = summary(pair_findings(_case(a, b), default_embedder))
    assert (*figures, "number.update") not in found, found


STATIONS = [
    ("id-id", ("Survei Geologi Amerika Serikat (USGS) mencatat kekuatan gempa 7,1 skala Richter.", "id", "2031-10-21"),
     ("Stasiun seismograf Universitas California di Berkeley mencatat kekuatannya 7,0 skala Richter.", "id",
      "2031-10-19"), ("7,1", "7,0")),
    ("en-id", ("The magnitude 7.1 quake, as measured by the U.S. Geological Survey, killed 63 people.", "en",
               "2031-11-18"),
     ("Stasiun seismograf Universitas California di Berkeley mencatat kekuatannya 7,0 skala Richter.", "id",
      "2031-10-19"), ("magnitude 7.1", "7,0")),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", STATIONS, ids=[c[0] for c in STATIONS])
def test_a_university_station_is_another_source(case, default_embedder):
    _, a, b, figures = case
    found = summary(pair_findings(_case(a, b), default_embedder))
    assert (*figures, "number.sources") in found, found
