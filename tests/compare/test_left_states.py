"""Earlier values of a measured state and sources named by their institution. A figure that agrees with the other
sentence's current value does not also meet that sentence's earlier value of a height left ("turun dari ketinggian
10.000 kaki ke 6.000 kaki": the 10.000 is where the plane was, not where it came down), while an earlier value meets a
figure that disagrees with the current one (a planted cruising height is still caught). A school or a college that
gives a count ("Pihak sekolah menyebut …", "the college put the number at …") is another source than the police.
Rows are invented, written after devset398's and devset399's reports."""

import pytest

from .pairs import pair_findings, summary


def _case(a, b):
    return {"a": a[0], "a_lang": a[1], "a_published": a[2], "b": b[0], "b_lang": b[1], "b_published": b[2]}


LEFT = [
    ("id-id",
     ("Puing pesawat itu ditemukan di lereng gunung pada Kamis (10/5/2040) pagi, pada ketinggian sekitar 5.000 kaki.",
      "id", "2040-05-10"),
     ("Sebelum kontak terputus, pilot meminta izin turun dari ketinggian 9.000 kaki ke 5.000 kaki.", "id",
      "2040-05-11"), ("sekitar 5.000 kaki", "9.000 kaki")),
    ("en-en",
     ("The wreckage was found on the mountainside on Thursday morning at an altitude of about 5,000 feet.", "en",
      "2040-05-10"),
     ("Before contact was lost, the pilot asked to descend from an altitude of 9,000 feet to 5,000 feet.", "en",
      "2040-05-11"), ("about 5,000 feet", "9,000 feet")),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", LEFT, ids=[c[0] for c in LEFT])
def test_a_height_left_is_not_the_height_reached(case, default_embedder):
    _, a, b, figures = case
    found = summary(pair_findings(_case(a, b), default_embedder))
    assert not any(f[:2] == figures and f[2] in ("number.mismatch", "number.revision") for f in found), found


CRUISING = [
    ("id-id",
     ("Pilot sempat meminta naik dari ketinggian 31.000 kaki ke 37.000 kaki untuk menghindari awan.", "id",
      "2040-12-29"),
     ("Pesawat hilang kontak saat terbang di ketinggian 33.000 kaki.", "id", "2041-01-13"),
     ("31.000 kaki", "33.000 kaki")),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", CRUISING, ids=[c[0] for c in CRUISING])
def test_a_height_left_still_meets_a_height_that_differs(case, default_embedder):
    _, a, b, figures = case
    found = summary(pair_findings(_case(a, b), default_embedder))
    assert (*figures, "number.mismatch") in found, found


SCHOOL = [
    ("en-id",
     ("About 150 students were in the building when the shooting began, the police said.", "en", "2040-09-23"),
     ("Pihak sekolah menyebut sekitar 200 mahasiswa berada di gedung itu saat penembakan dimulai.", "id",
      "2040-09-25"), ("About 150 students", "sekitar 200 mahasiswa")),
    ("en-en",
     ("About 150 students were in the building when the shooting began, the police said.", "en", "2040-09-23"),
     ("College officials said about 200 students were in the building when the gunman opened fire.", "en",
      "2040-09-24"), ("About 150 students", "about 200 students")),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", SCHOOL, ids=[c[0] for c in SCHOOL])
def test_a_school_is_another_source_than_the_police(case, default_embedder):
    _, a, b, figures = case
    found = summary(pair_findings(_case(a, b), default_embedder))
    assert (*figures, "number.mismatch") not in found, found
    assert (*figures, "number.sources") in found, found
