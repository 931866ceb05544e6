"""Two agencies' estimates of one fact, told as such by the story: one report gives the national agency's
magnitude bare, another the foreign agency's, and a third report (in either language) names both agencies and
their two values in one sentence. The first two are the two estimates (``number.sources``), not two reports that
cannot both be true. Without the third report nothing says the values are two agencies', and the pair stays a
discrepancy to flag."""

import pytest

from .pairs import story_article as _article
from .pairs import story_findings as _findings

pytestmark = pytest.mark.slow

CONFLICTS = {"number.mismatch", "number.revision"}

# (id, the bare national figure, the foreign agency's figure, the report that gives both): (text, language, day)
CASES = [
    ("id-bare-en-usgs-en-both",
     ("Gempa bermagnitudo 6,9 mengguncang Pulau Wetar pada Senin malam.", "id", "2031-03-04"),
     ("A magnitude 7.4 earthquake struck Wetar island on Monday night, according to the U.S. Geological Survey.",
      "en", "2031-03-06"),
     ("The U.S. Geological Survey put the Wetar quake at magnitude 7.4, while Indonesia's geophysics agency BMKG "
      "measured it at 6.9.", "en", "2031-03-05")),
    ("en-bare-id-usgs-id-both",
     ("A magnitude 6.9 earthquake struck Wetar island on Monday night.", "en", "2031-03-04"),
     ("Gempa bermagnitudo 7,4 mengguncang Pulau Wetar pada Senin (3/3/2031) malam, menurut USGS.", "id",
      "2031-03-06"),
     ("USGS mencatat gempa Wetar bermagnitudo 7,4, sedangkan BMKG mengukurnya 6,9.", "id", "2031-03-05")),
]


def _pair_codes(found):
    """The number findings between the bare report and the foreign agency's."""
    return [f.code for f in found if f.kind == "number" and {c.article for c in f.claims} == {"bare", "foreign"}]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_two_agencies_values_the_story_names_are_two_estimates(case, default_embedder):
    _, bare, foreign, both = case
    a = _article("bare", *bare)
    b = _article("foreign", *foreign)
    c = _article("both", *both)
    found = _findings(default_embedder, a, b, c)
    codes = _pair_codes(found)
    assert codes == ["number.sources"], (codes, [(f.code, [x.text for x in f.claims]) for f in found])
    assert not [f for f in found if f.code in CONFLICTS], [(f.code, [x.text for x in f.claims]) for f in found]


# a recorded gap since the sixty-third round's refit of the scorer (its thresholds kept): the frames are unchanged
# (both the quake's magnitude), but the bare pair now scores under the figures' conflict threshold, so no mismatch
_REFIT_GAP = pytest.mark.xfail(strict=True, reason="a recorded gap since the sixty-third round's refit of the scorer: "
                               "the two magnitudes now score under the figures' conflict threshold")


@pytest.mark.parametrize("case", [pytest.param(c, id=c[0], marks=_REFIT_GAP) for c in CASES])
def test_without_the_report_that_names_both_it_stays_a_discrepancy(case, default_embedder):
    _, bare, foreign, _both = case
    a = _article("bare", *bare)
    b = _article("foreign", *foreign)
    found = _findings(default_embedder, a, b)
    assert _pair_codes(found) == ["number.mismatch"]


# (id, one report's toll, another's toll, a third report whose sentence gives two bodies' figures of two facts):
# the dead and the injured are not two estimates of one fact, so the two tolls stay a mismatch
TWO_FACTS = [
    ("en-dead-and-injured-are-two-facts",
     ("The blast at the Lembah market killed 12 people on Monday.", "en", "2031-04-08"),
     ("The blast at the Lembah market killed 40 people on Monday.", "en", "2031-04-09"),
     ("Police said 12 people were killed in the blast at the Lembah market on Monday, while the Red Cross said 40 "
      "people were injured.", "en", "2031-04-08")),
    ("id-tewas-dan-luka-are-two-facts",
     ("Ledakan di Pasar Lembah pada Senin menewaskan 12 orang.", "id", "2031-04-08"),
     ("Ledakan di Pasar Lembah pada Senin menewaskan 40 orang.", "id", "2031-04-09"),
     ("Polisi menyebut 12 orang tewas dalam ledakan di Pasar Lembah pada Senin, sedangkan PMI mencatat 40 orang "
      "luka-luka.", "id", "2031-04-08")),
]


@pytest.mark.parametrize("case", TWO_FACTS, ids=[c[0] for c in TWO_FACTS])
def test_two_bodies_figures_of_two_facts_are_no_estimates(case, default_embedder):
    _, bare, foreign, both = case
    found = _findings(default_embedder, _article("bare", *bare), _article("foreign", *foreign),
                      _article("both", *both))
    assert "number.sources" not in _pair_codes(found), [(f.code, [x.text for x in f.claims]) for f in found]
