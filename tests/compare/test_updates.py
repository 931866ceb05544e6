"""Update case table: two reports of one running count at different times must be free to be reported as an
update (``number.update``), not stopped by a veto that reads them as two facts, nor called two estimates.
One row per class and language; the last sentence of each side is the one compared."""

from __future__ import annotations

import pytest

from consistency.compare.identity import number_veto, revision_veto

from .pairs import mention_in, pair_findings, side_pair

# (id, (text, language, published), mention of a, (text, language, published), mention of b, veto)
VETO_CASES = [
    # a named part (foreigners, women) read with and without a "part" cue is one part: no part/whole veto
    ("named-part-id", ("Di antara korban tewas ada 31 warga negara asing dari sembilan negara.", "id", "2024-03-04"),
     "31 warga", ("Korban dari luar negeri bertambah menjadi 33 orang.", "id", "2024-03-05"), "33 orang", None),
    ("named-part-en", ("The dead include 31 foreign nationals from nine countries.", "en", "2024-03-04"), "31 foreign",
     ("The number of foreigners among the dead rose to 33.", "en", "2024-03-05"), "33", None),
    ("named-part-en-id", ("The dead include 31 foreign nationals from nine countries.", "en", "2024-03-05"),
     "31 foreign", ("Sebanyak 33 warga negara asing termasuk di antara korban tewas.", "id", "2024-03-06"),
     "33 warga", None),
    ("women-id-en", ("Dari seluruh korban tewas, 64 orang adalah perempuan.", "id", "2024-03-04"), "64 orang",
     ("More than 70 of the victims were women.", "en", "2024-03-06"), "70", None),
    # the named part against the whole toll is still two facts
    ("part-whole-id", ("Di antara korban tewas ada 31 warga negara asing.", "id", "2024-03-04"), "31 warga",
     ("Korban tewas bertambah menjadi 140 orang.", "id", "2024-03-05"), "140 orang", "a part and a whole"),
    ("part-whole-en", ("The dead include 31 foreign nationals.", "en", "2024-03-04"), "31 foreign",
     ("The death toll rose to 140.", "en", "2024-03-05"), "140", "a part and a whole"),
    ("women-whole-en", ("More than 70 of the victims were women.", "en", "2024-03-06"), "70",
     ("The death toll rose to 140.", "en", "2024-03-05"), "140", "a part and a whole"),
]


@pytest.mark.parametrize("case", VETO_CASES, ids=[c[0] for c in VETO_CASES])
def test_update_veto(case):
    _id, a, ma, b, mb, want = case
    assert number_veto(mention_in(a, ma, "number"), mention_in(b, mb, "number")) == want


# Two named sources whose report times order them: a later, higher figure is the count risen (an update with
# its timeline), a later, lower one stays two estimates (``number.sources``).
# (id, earlier side, its mention, later side, its mention, expected code)
SOURCES_CASES = [
    ("sources-rose-id", ("Banjir bandang di Sentani menewaskan 41 orang, kata BNPB, Selasa (5/3/2024).", "id", "2024-03-05"),
     "41 orang", ("Palang Merah Indonesia menyebut banjir bandang di Sentani menewaskan 58 orang hingga Rabu (6/3/2024).",
                  "id", "2024-03-06"), "58 orang", "number.update"),
    ("sources-rose-en", ("The flash flood in Sentani killed 41 people, the Health Ministry said on Tuesday.", "en", "2024-03-05"),
     "41 people", ("The Red Cross said on Wednesday the flash flood in Sentani had killed 58 people.", "en", "2024-03-06"),
     "58 people", "number.update"),
    ("sources-fell-en", ("The flash flood in Sentani killed 58 people, the Health Ministry said on Tuesday.", "en", "2024-03-05"),
     "58 people", ("The Red Cross said on Wednesday the flash flood in Sentani had killed 41 people.", "en", "2024-03-06"),
     "41 people", "number.sources"),
    ("sources-fell-id", ("Banjir bandang di Sentani menewaskan 58 orang, kata BNPB, Selasa (5/3/2024).", "id", "2024-03-05"),
     "58 orang", ("Palang Merah Indonesia menyebut banjir bandang di Sentani menewaskan 41 orang hingga Rabu (6/3/2024).",
                  "id", "2024-03-06"), "41 orang", "number.sources"),
]


@pytest.mark.parametrize("case", SOURCES_CASES, ids=[c[0] for c in SOURCES_CASES])
def test_sources_over_time(case, default_embedder):
    _id, a, ma, b, mb, want = case
    found = [f for f in pair_findings(side_pair(a, b), default_embedder) if f.kind == "number"]
    codes = {f.code for f in found if ma in f.claims[0].text + f.claims[1].text and mb in f.claims[0].text + f.claims[1].text}
    assert codes == {want}, [(f.code, f.claims[0].text, f.claims[1].text) for f in found]


# A later, lower count of a body's own people (police, soldiers, rescuers) is never the whole toll revised down.
# (id, earlier side, its mention, later side, its mention, revision veto)
REVISION_CASES = [
    ("own-group-id", ("Sekitar 240 orang luka-luka dalam serangan di pusat kota itu.", "id", "2024-05-02"), "240 orang",
     ("Empat polisi terluka dalam baku tembak itu, kata kepala kepolisian.", "id", "2024-05-05"), "Empat polisi",
     "different things"),
    ("own-group-en", ("About 240 people were injured in the attack in the city centre.", "en", "2024-05-02"), "240 people",
     ("Six soldiers were wounded in the firefight, the army said.", "en", "2024-05-05"), "Six soldiers",
     "different things"),
    ("own-group-en-id", ("About 240 people were injured in the attack in the city centre.", "en", "2024-05-02"),
     "240 people", ("Sebanyak 200 orang luka-luka dalam serangan itu.", "id", "2024-05-05"), "200 orang", None),
    # what each day added ("17 more bodies", "17 jenazah lagi") against what another day added: two batches
    ("batches-en", ("Divers spotted at least 40 more bodies around the hull on Thursday.", "en", "2031-10-03"),
     "at least 40", ("Divers recovered 17 more bodies from the wreck on Monday.", "en", "2031-10-08"), "17",
     "two batches"),
    ("batches-id", ("Penyelam menemukan sedikitnya 40 jenazah lagi di sekitar lambung kapal pada Kamis.", "id", "2031-10-03"),
     "40 jenazah", ("Tim SAR menemukan 17 jenazah lagi pada Senin.", "id", "2031-10-08"), "17 jenazah", "two batches"),
    ("batch-against-toll-en", ("Divers had recovered 94 bodies by Thursday afternoon.", "en", "2031-10-03"), "94 bodies",
     ("Divers recovered 17 more bodies from the wreck on Monday.", "en", "2031-10-08"), "17",
     "a part, or another group"),
]


@pytest.mark.parametrize("case", REVISION_CASES, ids=[c[0] for c in REVISION_CASES])
def test_revision_of_own_group(case):
    _id, a, ma, b, mb, want = case
    assert revision_veto(mention_in(a, ma, "number"), mention_in(b, mb, "number")) == want


# One person's age told in two reports: a year on, one year older is an update; a year apart within a week, or
# younger later, is not ("berusia 46 tahun", "aged 46" and "Ernst, 45," are ages, not spans of years)
# (id, earlier side, its mention, later side, its mention, whether an update is reported)
AGE_CASES = [
    ("age-grown-en-id", ("Stephan Ernst, 45, was arrested on June 15.", "en", "2019-06-20"), "45",
     ("Stephan Ernst, yang kini berusia 46 tahun, membantah dakwaan itu.", "id", "2020-06-17"), "46 tahun", True),
    ("age-grown-id-en", ("Ernst, yang berusia 45 tahun, ditangkap pada 15 Juni.", "id", "2019-06-20"), "45 tahun",
     ("Ernst, now aged 46, denied the charge in court.", "en", "2020-06-17"), "46", True),
    ("age-same-week", ("Stephan Ernst, 45, was arrested on June 15.", "en", "2019-06-20"), "45",
     ("Stephan Ernst, yang berusia 46 tahun, ditangkap pada 15 Juni.", "id", "2019-06-21"), "46 tahun", False),
    ("age-younger-later", ("Stephan Ernst, 46, was arrested on June 15.", "en", "2019-06-20"), "46",
     ("Stephan Ernst, yang kini berusia 45 tahun, membantah dakwaan itu.", "id", "2020-06-17"), "45 tahun", False),
]


@pytest.mark.parametrize("case", AGE_CASES, ids=[c[0] for c in AGE_CASES])
def test_age_over_time(case, default_embedder):
    _id, a, ma, b, mb, want = case
    found = [f for f in pair_findings(side_pair(a, b), default_embedder) if f.kind == "number"
             and {c.text for c in f.claims} == {ma, mb}]
    assert any(f.code == "number.update" for f in found) == want, [(f.code, f.claims[0].text, f.claims[1].text) for f in found]


# A tally's month and day written without a year, ahead of the report: last year's when the article's story is
# set there (the day it named last lies within a month of it a year back), else the report's own day
# (id, side, its mention, the as-of day)
YEAR_CASES = [
    ("last-year-en", ("The buildings gave way on Monday, Nov. 5, 2018. The toll climbed through that week, from three "
                      "bodies late on Nov. 6 to six by the evening of Nov. 8.", "en", "2019-11-05"), "six", "2018-11-08"),
    ("last-year-id", ("Gedung itu runtuh pada Senin, 5 November 2018. Hingga 8 November, korban tewas mencapai enam "
                      "orang.", "id", "2019-11-05"), "enam orang", "2018-11-08"),
    ("no-story-behind-id", ("BPBD mencatat 1.200 warga mengungsi hingga 8 Desember.", "id", "2024-12-05"),
     "1.200 warga", "2024-12-05"),
    ("no-story-behind-en", ("The number of displaced people stood at 1,200 as of Dec. 8, the agency said.", "en",
                            "2024-12-05"), "1,200", "2024-12-05"),
]


@pytest.mark.parametrize("case", YEAR_CASES, ids=[c[0] for c in YEAR_CASES])
def test_month_day_ahead_of_the_report(case):
    _id, side, mention, want = case
    assert mention_in(side, mention, "number").frame.as_of.day.isoformat() == want
