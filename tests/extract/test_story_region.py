"""A lead that puts its incident in a region names no town or province of it, so a province the story names later is
the story's own incident's place, not another incident's ("elsewhere"); a lead that names a town still sets a
quake in another place apart. Rows are invented, written after devset405's report."""

import pytest

from tests.compare.pairs import facts_of

CASES = [
    # (id, language, published, article, date mention, elsewhere?)
    ("id-region-lead-province-is-own", "id", "2041-07-20",
     "Ankara — Korban tewas banjir bandang di kawasan Laut Kaspia bertambah menjadi 30 orang hingga Senin "
     "(19/7/2041).\n\nBanjir menerjang Provinsi Gilan pada Kamis (15/7/2041) setelah hujan lebat.",
     "Kamis (15/7/2041)", False),
    ("en-region-lead-province-is-own", "en", "2041-07-20",
     "TEHRAN — The toll from flash floods in the Caspian Sea region rose to 30 on Monday, officials said.\n\n"
     "The floods struck Gilan province on Thursday after heavy rain.", "Thursday", False),
    ("id-town-lead-other-place-is-elsewhere", "id", "2041-10-02",
     "Palu — Korban tewas gempa di Palu bertambah menjadi 800 orang hingga Senin (1/10/2041).\n\nPada Agustus, "
     "gempa di Lombok menewaskan lebih dari 500 orang.", "Agustus", True),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_region_lead_holds_the_provinces_a_story_names(case):
    _, lang, published, text, mention, elsewhere = case
    dates = [d for f in facts_of(text, lang, published, "a") for d in f.dates if d.text == mention]
    assert dates, mention
    assert ("elsewhere" in dates[0].frame.modifiers) is elsewhere, dates[0].frame
