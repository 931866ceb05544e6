"""A chamber a sentence names is whose vote its counts are, though the sentence before named the other chamber:
"Kamar Deputi kemudian meloloskannya … dengan 354 suara" after "Senat menyetujui … dengan 95 suara" is the
lower house's tally, so a report that gives the lower house 345 conflicts with it. Rows are invented, written after devset402's and devset404's reports."""

import pytest

from .pairs import pair_findings, summary

NAMED = [
    ("id-id",
     ("Majelis rendah menyetujui amandemen itu pada Kamis (13/3/2042) dengan 345 suara mendukung dan 120 menolak.",
      "id", "2042-03-14"),
     ("Sepekan sebelumnya Senat menyetujui amandemen itu dengan 90 suara berbanding 30.\n\nKamar Deputi kemudian "
      "meloloskannya pada Kamis (13/3/2042) dengan 354 suara mendukung dan 120 menentang.", "id", "2042-03-20"),
     ("345 suara", "354 suara")),
    ("en-id",
     ("The lower house approved the amendment on Thursday, March 13, by 345 votes to 120.", "en",
      "2042-03-14"),
     ("Sepekan sebelumnya Senat menyetujui amandemen itu dengan 90 suara berbanding 30.\n\nSejm kemudian "
      "meloloskannya pada Kamis (13/3/2042) dengan 354 suara mendukung dan 120 menentang.", "id", "2042-03-20"),
     ("345 votes", "354 suara")),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", NAMED, ids=[c[0] for c in NAMED])
def test_a_chamber_named_is_whose_vote_it_is(case, default_embedder):
    _, a, b, figures = case
    found = summary(pair_findings({"a": a[0], "a_lang": a[1], "a_published": a[2],
                                   "b": b[0], "b_lang": b[1], "b_published": b[2]}, default_embedder))
    assert any(f[:2] == figures and f[2] == "number.mismatch" for f in found), found
