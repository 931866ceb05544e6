"""A value the story says was replaced: one report gives the first magnitude, a later one the raised magnitude,
and a third report (in either language) says the agency raised it from the first to the second. The first two
are an update, ordered by what the third says, not two reports that cannot both be true (a magnitude is one
value whatever day repeats it, so the days alone do not order them). Without the third report nothing says
which came first, and the two stay a discrepancy to flag."""

import pytest

from .pairs import story_article as _article
from .pairs import story_findings as _findings

pytestmark = pytest.mark.slow

# (id, first report, later report, the report that says the value was raised): each is (text, language, day)
CASES = [
    ("en-first-id-later-id-says",
     ("A magnitude 7.1 earthquake struck the coast of Talaud on Friday, the agency said.", "en", "2031-05-10"),
     ("Gempa bermagnitudo 7,3 yang mengguncang pesisir Talaud pada Jumat merusak ratusan rumah.", "id", "2031-05-20"),
     ("Badan geofisika menaikkan kekuatan gempa Talaud menjadi 7,3 dari semula 7,1.", "id", "2031-05-12")),
    ("id-first-en-later-en-says",
     ("Gempa bermagnitudo 7,1 mengguncang pesisir Talaud pada Jumat, kata badan geofisika.", "id", "2031-05-10"),
     ("The magnitude 7.3 earthquake that struck the Talaud coast on Friday damaged hundreds of homes.", "en",
      "2031-05-20"),
     ("The geophysics agency raised the magnitude of the Talaud quake to 7.3 from an initially reported 7.1.", "en",
      "2031-05-12")),
]


def _pair_codes(found, first, later):
    return [f.code for f in found if f.kind == "number"
            and {c.text for c in f.claims} & {first} and {c.text for c in f.claims} & {later}]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_value_the_story_says_was_replaced_is_an_update(case, default_embedder):
    _, first, later, says = case
    a = _article("first", first[0], first[1], first[2])
    b = _article("later", later[0], later[1], later[2])
    c = _article("says", says[0], says[1], says[2])
    found = _findings(default_embedder, a, b, c)
    old = next(q.text for f in a[1] for q in f.quantities if "7" in q.text)
    new = next(q.text for f in b[1] for q in f.quantities if "7" in q.text)
    codes = _pair_codes(found, old, new)
    assert codes == ["number.update"], (codes, [(f.code, [x.text for x in f.claims]) for f in found])


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_without_the_report_that_says_so_it_is_no_update(case, default_embedder):
    _, first, later, _says = case
    a = _article("first", first[0], first[1], first[2])
    b = _article("later", later[0], later[1], later[2])
    found = _findings(default_embedder, a, b)
    old = next(q.text for f in a[1] for q in f.quantities if "7" in q.text)
    new = next(q.text for f in b[1] for q in f.quantities if "7" in q.text)
    assert "number.update" not in _pair_codes(found, old, new)
