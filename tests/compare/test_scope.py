"""Time scope case table: a figure its sentence recalls from an earlier time of its own ("pada hari pertama",
"awalnya", "semula", "initially", "on the first day", "the first toll") holds at that time, not at its report's
date. Against an earlier report's figure the times then cannot order the two (``time_order`` None), so a lower
recalled figure is no downward revision and a higher one no rise. Without the cue the report's date orders them."""

from __future__ import annotations

import pytest

from consistency.compare import compare_sentences
from consistency.compare.scope import time_order

from .pairs import facts_of

EARLY_ID = ("Gempa di Lindu menyebabkan 731 orang luka-luka, kata BPBD.", "id", "2019-07-16")
EARLY_EN = ("The quake in Lindu injured 731 people, officials said.", "en", "2019-07-16")

# (id, earlier side, its mention, later side, its mention, order of earlier against later)
RECALLED = [
    ("first-day-id", EARLY_ID, "731 orang", ("Pada hari pertama, 518 orang luka-luka di Lindu, kata BPBD.", "id", "2019-07-18"),
     "518 orang", None),
    ("first-day-en", EARLY_EN, "731 people",
     ("On the first day, 518 people were injured in Lindu, officials said.", "en", "2019-07-18"), "518 people", None),
    ("initially-id", EARLY_ID, "731 orang",
     ("Awalnya, 518 orang dilaporkan luka-luka akibat gempa di Lindu.", "id", "2019-07-18"), "518 orang", None),
    ("initially-en", EARLY_EN, "731 people",
     ("Initially, 518 people were reported injured in the Lindu quake.", "en", "2019-07-18"), "518 people", None),
    ("semula-id-en", EARLY_EN, "731 people",
     ("Jumlah korban luka semula 518 orang akibat gempa di Lindu.", "id", "2019-07-18"), "518 orang", None),
    ("first-toll-en-id", EARLY_ID, "731 orang",
     ("The first toll put the injured in Lindu at 518.", "en", "2019-07-18"), "518", None),
    # the cue after the figure it dates ("518 injured people on the first day", "28 orang pada hitungan pertama")
    ("postposed-en", EARLY_ID, "731 orang",
     ("Officials counted 518 injured people on the first day in Lindu.", "en", "2019-07-18"), "518", None),
    ("postposed-id", EARLY_EN, "731 people",
     ("Sebanyak 518 orang pada hari pertama dilaporkan luka-luka di Lindu.", "id", "2019-07-18"), "518 orang", None),
    # no cue: the report's date orders them (a lower later figure is a revision's candidate)
    ("dated-id", EARLY_ID, "731 orang", ("Sebanyak 518 orang luka-luka di Lindu, kata BPBD.", "id", "2019-07-18"),
     "518 orang", -1),
    ("dated-en", EARLY_EN, "731 people", ("The quake injured 518 people in Lindu, officials said.", "en", "2019-07-18"),
     "518 people", -1),
    # the cue dates the figure after it, not one a "now" cue dates ("kini", "now")
    ("now-after-id", EARLY_ID, "731 orang",
     ("Awalnya 500 orang dilaporkan luka-luka, kini 518 orang luka-luka di Lindu.", "id", "2019-07-18"), "518 orang", -1),
    ("now-after-en", EARLY_EN, "731 people",
     ("Initially 500 were reported hurt; now 518 people are injured in Lindu.", "en", "2019-07-18"), "518 people", -1),
]


def _last(side):
    return facts_of(side[0], side[1], side[2], "a")[-1]


def _mention(facts, text):
    found = [q for q in facts.quantities if text in q.text]
    assert found, (text, [q.text for q in facts.quantities])
    return found[0]


@pytest.mark.parametrize("case", RECALLED, ids=[c[0] for c in RECALLED])
def test_recalled_figure_holds_at_its_own_time(case):
    _, early, text_e, late, text_l, order = case
    fe, fl = _last(early), _last(late)
    a, b = _mention(fe, text_e), _mention(fl, text_l)
    assert time_order(a, b) == order
    if order is None:
        assert b.frame.as_of.day is None
        # end to end: the two sentences give no downward revision (nor a mismatch)
        found = compare_sentences(fe, fl, languages=(early[1], late[1]))
        assert not [f for f in found if f.code in ("number.revision", "number.mismatch")]


# A day's report with no time of its own against a figure of that day's evening: the end of the day the report is
# taken to hold at cannot order them (``time_order`` None), so neither is the other's revision; a time of the day
# before the evening still orders them, and so does another day.
# (id, side of the day's report, its mention, side of the evening's figure, its mention, order)
EVENING = [
    ("evening-en", ("The blaze at the ski hotel killed 66 people, the minister said on Tuesday.", "en", "2025-01-21"),
     "66 people", ("The minister had announced 76 dead late on Tuesday, hours after the blaze began.", "en",
                   "2025-01-24"), "76 dead", None),
    ("evening-id", ("Kebakaran hotel itu menewaskan 66 orang, kata menteri pada Selasa.", "id", "2025-01-21"), "66 orang",
     ("Menteri sempat mengumumkan 76 orang tewas hingga Selasa pukul 21.00.", "id", "2025-01-24"), "76 orang", None),
    ("afternoon-id", ("Kebakaran hotel itu menewaskan 66 orang, kata menteri pada Selasa.", "id", "2025-01-21"),
     "66 orang", ("Menteri sempat mengumumkan 60 orang tewas hingga Selasa pukul 14.00.", "id", "2025-01-24"),
     "60 orang", 1),
    ("evening-other-day-en", ("The blaze at the ski hotel killed 66 people, the minister said on Monday.", "en",
                              "2025-01-20"), "66 people",
     ("The minister had announced 76 dead late on Tuesday, hours after the blaze began.", "en", "2025-01-24"),
     "76 dead", -1),
]


@pytest.mark.parametrize("case", EVENING, ids=[c[0] for c in EVENING])
def test_evening_figure_and_untimed_report_of_one_day(case):
    _, day, text_d, evening, text_e, order = case
    a, b = _mention(_last(day), text_d), _mention(_last(evening), text_e)
    assert time_order(a, b) == order
    assert time_order(b, a) == (None if order is None else -order)


# Which figure of a sentence a recall cue dates: (id, (text, language, published), mention, recalled?)
WHICH = [
    ("after-cue-id", ("Badan itu menaikkan kekuatan gempa menjadi 9,0 dari semula 8,9.", "id", "2011-03-14"), "8,9", True),
    ("after-cue-id-not-the-new", ("Badan itu menaikkan kekuatan gempa menjadi 9,0 dari semula 8,9.", "id", "2011-03-14"),
     "9,0", False),
    ("after-cue-en", ("The agency raised the magnitude to 9.0 from an initially reported 8.9.", "en", "2011-03-14"), "8.9",
     True),
    ("after-cue-en-not-the-new", ("The agency raised the magnitude to 9.0 from an initially reported 8.9.", "en",
                                  "2011-03-14"), "9.0", False),
    ("before-cue-en", ("The toll climbed from 28 in the first count to 85 around noon.", "en", "2024-12-29"), "28", True),
    ("before-cue-en-not-the-new", ("The toll climbed from 28 in the first count to 85 around noon.", "en", "2024-12-29"),
     "85", False),
    ("before-cue-id", ("Korban tewas naik dari 28 orang pada hitungan pertama menjadi 85 orang.", "id", "2024-12-29"),
     "28 orang", True),
    ("before-cue-id-not-the-new", ("Korban tewas naik dari 28 orang pada hitungan pertama menjadi 85 orang.", "id",
                                   "2024-12-29"), "85 orang", False),
    # the cue reaches no figure across a comma or a clause break, and "semula"/"originally" ("as before", "as
    # planned") only one right after it or after "dari"/"from"
    ("clause-id", ("Awalnya disangka akibat kompor meledak, api itu membakar 36 kios di Pasar Baru.", "id", "2024-06-02"),
     "36 kios", False),
    ("clause-en", ("Initially blamed on a gas leak, the blaze gutted 36 shops in the market.", "en", "2024-06-02"),
     "36 shops", False),
    ("appositive-en", ("The market reopened on 3 May, the first day of the festival, with 600 traders back.", "en",
                       "2024-05-04"), "600", False),
    ("appositive-id", ("Pasar itu dibuka lagi pada 3 Mei, hari pertama festival, dan 600 pedagang kembali berjualan.",
                       "id", "2024-05-04"), "600", False),
    ("as-before-id", ("Lalu lintas kembali seperti semula dan 900 kendaraan melintas setiap jam.", "id", "2024-05-04"),
     "900", False),
    ("as-planned-en", ("The concert, originally planned for March, sold 12,000 tickets.", "en", "2024-05-04"), "12,000",
     False),
    # a short complement of a nominal cue, closed by its comma, still dates the figure
    ("complement-en", ("On the first day of the search, divers recovered 14 bodies from the lake.", "en", "2024-05-04"),
     "14 bodies", True),
    ("complement-id", ("Pada hari pertama pencarian, penyelam menemukan 14 jenazah di danau itu.", "id", "2024-05-04"),
     "14 jenazah", True),
    # a recalled figure's own cue wins over a "now" cue elsewhere in its sentence
    ("own-cue-over-now-en", ("Initially, 26 people were reported dead, but the toll has now climbed to 80.", "en",
                             "2024-05-04"), "26 people", True),
    ("own-cue-over-now-id", ("Awalnya 26 orang dilaporkan tewas, namun kini jumlahnya naik menjadi 80 orang.", "id",
                             "2024-05-04"), "26 orang", True),
]


@pytest.mark.parametrize("case", WHICH, ids=[c[0] for c in WHICH])
def test_recall_cue_dates_its_own_figure(case):
    _, side, text, recalled = case
    q = _mention(_last(side), text)
    assert (q.frame.as_of.day is None) == recalled


def test_scope_table_covers_both_languages():
    for cls in ("after-cue", "before-cue", "clause", "appositive", "complement", "own-cue-over-now"):
        assert {c[1][1] for c in WHICH if c[0].startswith(cls)} == {"id", "en"}, cls
    for cls in ("first-day", "initially", "postposed", "dated", "now-after"):
        rows = [c for c in RECALLED if c[0].startswith(cls)]
        assert {side[1] for c in rows for side in (c[1], c[3])} == {"id", "en"}, cls


# Two reports of one recalled day ("on the first day of the search" in both) compare as of that day: their
# figures may conflict. (id, one side, its mention, other side, its mention, expected code of the pair)
ONE_DAY = [
    ("one-day-en", ("On the first day of the search, divers recovered 14 bodies from the lake.", "en", "2024-05-04"),
     "14 bodies", ("Divers recovered 19 bodies on the first day of the search.", "en", "2024-05-05"), "19 bodies",
     "number.mismatch"),
    ("one-day-id", ("Pada hari pertama pencarian, penyelam menemukan 14 jenazah di danau itu.", "id", "2024-05-04"),
     "14 jenazah", ("Penyelam menemukan 19 jenazah pada hari pertama pencarian.", "id", "2024-05-05"), "19 jenazah",
     "number.mismatch"),
    ("one-day-agree-id-en", ("Pada hari pertama pencarian, penyelam menemukan 14 jenazah di danau itu.", "id",
                             "2024-05-04"), "14 jenazah",
     ("Divers recovered 14 bodies on the first day of the search.", "en", "2024-05-05"), "14 bodies", "number.agree"),
]


@pytest.mark.parametrize("case", ONE_DAY, ids=[c[0] for c in ONE_DAY])
def test_one_recalled_day_compares_as_of_it(case, default_embedder):
    from .pairs import pair_findings

    _, one, text_a, other, text_b, code = case
    pair = {"a": one[0], "a_lang": one[1], "a_published": one[2], "b": other[0], "b_lang": other[1],
            "b_published": other[2]}
    found = [(f.claims[0].text, f.claims[1].text, f.code) for f in pair_findings(pair, default_embedder)]
    assert (text_a, text_b, code) in found, found
    a, b = _mention(_last(one), text_a), _mention(_last(other), text_b)
    assert a.frame.as_of.recalled == b.frame.as_of.recalled == "first_day"


# End to end (the real model's vectors, the shipped scorer): a lower later toll is a downward revision when its own
# time is later, days on (a correction of double counting) or a year on (the final toll, given by no court); a
# figure recalled from its own earlier day is none.
# (id, earlier (text, language, published), later (text, language, published), expected codes on the pair)
END_TO_END = [
    ("double-count-en", ("The ferry sinking off Sulawesi killed 288 people, the disaster agency said.", "en", "2023-04-10"),
     ("The toll from the ferry sinking off Sulawesi stands at 275 after some victims were found to have been counted "
      "twice, officials said.", "en", "2023-04-12"), {"number.revision"}),
    ("double-count-id", ("Tenggelamnya kapal feri di perairan Sulawesi menewaskan 288 orang, kata BNPB.", "id", "2023-04-10"),
     ("Korban tewas tenggelamnya kapal feri di perairan Sulawesi kini 275 orang setelah ada korban yang tercatat ganda, "
      "kata pejabat.", "id", "2023-04-12"), {"number.revision"}),
    ("final-toll-en", ("The plane crash in the Java Sea killed 195 people, officials said.", "en", "2019-03-12"),
     ("A year after the crash in the Java Sea, the final toll stood at 166 people.", "en", "2020-03-12"),
     {"number.revision"}),
    ("final-toll-id", ("Kecelakaan pesawat di Laut Jawa itu menewaskan 195 orang, kata pejabat.", "id", "2019-03-12"),
     ("Setahun setelah kecelakaan pesawat di Laut Jawa itu, jumlah korban tewas akhirnya ditetapkan 166 orang.", "id",
      "2020-03-12"), {"number.revision"}),
    ("recalled-en", ("The quake in Lindu injured 731 people, officials said.", "en", "2019-07-16"),
     ("On the first day, 518 people were injured in Lindu, officials said.", "en", "2019-07-18"), set()),
    ("recalled-id", ("Gempa di Lindu menyebabkan 731 orang luka-luka, kata BPBD.", "id", "2019-07-16"),
     ("Pada hari pertama, 518 orang luka-luka di Lindu, kata BPBD.", "id", "2019-07-18"), set()),
]


@pytest.mark.parametrize("case", END_TO_END, ids=[c[0] for c in END_TO_END])
def test_revision_end_to_end(case, default_embedder):
    from .pairs import pair_findings

    _, early, late, codes = case
    pair = {"a": early[0], "a_lang": early[1], "a_published": early[2],
            "b": late[0], "b_lang": late[1], "b_published": late[2]}
    found = {f.code for f in pair_findings(pair, default_embedder)} & {"number.revision", "number.mismatch"}
    assert found == codes


# A count at one site of the event ("di mal itu", "at the school") is a part of the event's toll: against the toll, a
# lower site count, days or a year later, is no downward revision and no mismatch. The toll a site's victim joined
# ("rose to 23 after a victim died at the school") is the whole event's, not the site's.
# (id, (text, language, published), mention, attached place keys)
SITE_OF = [
    ("total-after-en", ("The toll rose from 22 to 23 after a victim died at the school.", "en", "2022-05-29"), "23", set()),
    ("total-after-id", ("Korban tewas bertambah dari 22 menjadi 23 orang setelah seorang korban meninggal di sekolah itu.",
                        "id", "2022-05-29"), "23 orang", set()),
    ("site-en", ("The gunman killed 19 at the school and three at the shopping centre.", "en", "2022-05-29"), "19",
     {"school"}),
    ("site-id", ("Pengelola mal mencatat 3 orang tewas di mal itu, termasuk dua satpam.", "id", "2024-05-07"), "3 orang",
     {"mall"}),
]


@pytest.mark.parametrize("case", SITE_OF, ids=[c[0] for c in SITE_OF])
def test_site_count_is_attached_to_its_site(case):
    _, side, text, keys = case
    q = _mention(_last(side), text)
    assert {p.key for p in q.frame.places if p.attached} == keys


# (id, toll (text, language, published), site's count (text, language, published), the site count's mention)
SITE_PART = [
    ("school-en", ("The death toll rose to 23 on Friday.", "en", "2022-05-27"),
     ("The gunman killed 19 at the school and three at the shopping centre.", "en", "2022-05-29"), "19"),
    ("hotel-id", ("Serangan di kota itu menewaskan sedikitnya 24 orang, kata polisi.", "id", "2023-05-07"),
     ("Empat orang tewas di hotel itu, kata manajer.", "id", "2023-09-07"), "Empat orang"),
    ("hotel-en-id", ("The attacks on the city killed 24 people, police said.", "en", "2023-05-07"),
     ("Empat orang tewas di hotel itu, kata manajer.", "id", "2023-09-07"), "Empat orang"),
    ("mall-id-year-on", ("Penembakan di dua lokasi itu menewaskan sedikitnya 24 orang.", "id", "2023-05-07"),
     ("Pengelola mal mencatat 3 orang tewas di mal itu, termasuk dua satpam.", "id", "2024-05-07"), "3 orang"),
    ("church-en-year-on", ("The bombings killed 24 people, officials said.", "en", "2023-05-07"),
     ("A year later, the parish said 11 people had died in the church.", "en", "2024-05-07"), "11 people"),
    # the site opening the sentence, the site's count two days on, a multi-word venue, a year on
    ("mall-opening-en", ("The shootings at two sites killed at least 24 people, police said.", "en", "2023-05-07"),
     ("At the mall, three people were killed, police said.", "en", "2023-05-09"), "three people"),
    ("mall-en-id", ("The shootings at two sites killed at least 24 people, police said.", "en", "2023-05-07"),
     ("Tiga korban tewas di pusat perbelanjaan tersebut.", "id", "2024-05-09"), "Tiga korban"),
    ("station-id-en", ("Penembakan di dua lokasi itu menewaskan sedikitnya 24 orang.", "id", "2023-05-07"),
     ("Three people died at the station, the railway operator said.", "en", "2024-05-09"), "Three people"),
    ("school-id", ("Penembakan di dua lokasi itu menewaskan sedikitnya 24 orang.", "id", "2023-05-07"),
     ("Sebanyak 21 orang tewas di sekolah itu, kata polisi.", "id", "2023-05-09"), "21 orang"),
    # a district named by its island and a compass word is a part of the island the other sentence names as the
    # quake's place, not the same place
    ("district-of-the-island-en-id", ("The quake that struck the island of Sumba on Sunday killed 96 people, the "
                                      "agency said.", "en", "2023-05-09"),
     ("Di Sumba Barat, jumlah korban meninggal dikoreksi menjadi 60 orang.", "id", "2023-05-12"), "60 orang"),
    ("district-of-the-island-id-en", ("Gempa yang mengguncang Pulau Sumba pada Minggu menewaskan 96 orang.", "id",
                                      "2023-05-09"),
     ("In West Sumba, the death toll was corrected down to 60.", "en", "2023-05-12"), "60"),
    # the toll's sentence names the first site joined to another ("at the Nurul Huda mosque and a prayer centre",
    # in a "when" clause or not): the toll is both sites', the count at the first site a year later is a part
    ("two-sites-when-en", ("51 people were killed when a gunman opened fire at the Nurul Huda mosque and a prayer "
                           "centre.", "en", "2023-03-20"),
     ("42 people were killed at the Nurul Huda mosque.", "en", "2024-03-15"), "42 people"),
    ("two-sites-ketika-id", ("Sebanyak 51 orang tewas ketika pria bersenjata melepaskan tembakan di masjid Nurul Huda "
                             "dan pusat Karangsari.", "id", "2023-03-20"),
     ("Sebanyak 42 orang tewas di masjid Nurul Huda.", "id", "2024-03-15"), "42 orang"),
    ("two-sites-id-en", ("Sebanyak 51 orang tewas ketika pria bersenjata melepaskan tembakan di masjid Nurul Huda dan "
                         "pusat Karangsari.", "id", "2023-03-20"),
     ("42 people were killed at the Nurul Huda mosque.", "en", "2024-03-15"), "42 people"),
    ("two-sites-en-id", ("51 people were killed at the Nurul Huda mosque and the Karangsari centre.", "en", "2023-03-20"),
     ("Sebanyak 42 orang tewas di masjid Nurul Huda.", "id", "2024-03-15"), "42 orang"),
]

# the same two sites on both sides: a lower toll a year later is still a revision
TWO_SITES_REVISED = [
    ("two-sites-revised-en", ("51 people were killed at the Nurul Huda mosque and a prayer centre.", "en", "2023-03-20"),
     ("42 people were killed at the Nurul Huda mosque and a prayer centre.", "en", "2024-03-15")),
    ("two-sites-revised-id", ("Sebanyak 51 orang tewas di masjid Nurul Huda dan pusat Karangsari.", "id", "2023-03-20"),
     ("Sebanyak 42 orang tewas di masjid Nurul Huda dan pusat Karangsari.", "id", "2024-03-15")),
]


@pytest.mark.parametrize("case", TWO_SITES_REVISED, ids=[c[0] for c in TWO_SITES_REVISED])
def test_two_sites_toll_still_revised(case, default_embedder):
    from .pairs import pair_findings

    _, a, b = case
    pair = {"a": a[0], "a_lang": a[1], "a_published": a[2], "b": b[0], "b_lang": b[1], "b_published": b[2]}
    assert [f.code for f in pair_findings(pair, default_embedder)] == ["number.revision"]


@pytest.mark.parametrize("case", SITE_PART, ids=[c[0] for c in SITE_PART])
def test_site_count_is_no_revision_of_the_toll(case, default_embedder):
    from .pairs import pair_findings

    _, toll, site, text = case
    pair = {"a": toll[0], "a_lang": toll[1], "a_published": toll[2], "b": site[0], "b_lang": site[1],
            "b_published": site[2]}
    found = [f for f in pair_findings(pair, default_embedder) if f.code in ("number.revision", "number.mismatch")]
    assert not [f for f in found if text in f.claims[1].text], found


# A figure a relative or appositive clause reports with a day of its own ("yang pada Senin dilaporkan 1.200 orang",
# "put at 45 on Monday") holds at that day: another outlet's higher figure of the day between is a rise from it, not
# the start of a revision down to it. (id, the day between (text, language, published), the later report, its mention)
REPORTED_CLAUSE = [
    ("put-at-en", ("Rescuers said on Tuesday that 50 people were still missing.", "en", "2023-05-09"),
     ("The number of missing, put at 45 on Monday, was revised to 38 on Wednesday.", "en", "2023-05-10"), "45"),
    ("dilaporkan-id", ("Sebanyak 1.300 warga Kecamatan Sukamaju mengungsi, kata BPBD, Selasa.", "id", "2023-05-09"),
     ("Jumlah pengungsi di Kecamatan Sukamaju yang pada Senin dilaporkan 1.200 orang dikoreksi menjadi 980 orang "
      "setelah pendataan ulang.", "id", "2023-05-10"), "1.200 orang"),
    ("disebut-id-en", ("Rescuers said on Tuesday that 50 people were still missing.", "en", "2023-05-09"),
     ("Korban hilang, yang disebut 45 orang pada Senin, kini tinggal 38 orang.", "id", "2023-05-10"), "45 orang"),
]


@pytest.mark.parametrize("case", REPORTED_CLAUSE, ids=[c[0] for c in REPORTED_CLAUSE])
def test_reported_clause_figure_holds_at_its_day(case, default_embedder):
    from .pairs import pair_findings

    _, between, later, text = case
    q = _mention(_last(later), text)
    assert q.frame.as_of.day is not None and q.frame.as_of.day < _mention(_last(between), "50" if "50" in between[0]
                                                                           else "1.300").frame.as_of.day
    pair = {"a": between[0], "a_lang": between[1], "a_published": between[2], "b": later[0], "b_lang": later[1],
            "b_published": later[2]}
    found = [f for f in pair_findings(pair, default_embedder) if f.code in ("number.revision", "number.mismatch")]
    assert not [f for f in found if text in f.claims[1].text], found


def test_site_and_reported_tables_cover_both_languages():
    assert {c[1][1] for c in SITE_OF} == {"id", "en"}
    assert {c[2][1] for c in SITE_PART} == {"id", "en"}
    assert {c[2][1] for c in REPORTED_CLAUSE} == {"id", "en"}


# A vote count given while the counting goes on ("with 98 percent of the votes counted", "dengan 98 persen suara sudah
# masuk") is a running tally: the final count, higher and later, is its update. Two final counts that differ still
# conflict. (id, earlier (text, language, published), later, the codes of the pair's number findings)
PARTIAL_COUNT = [
    ("partial-en", ("With 98 percent of the votes counted, Ana Reyes had 14.8 million votes.", "en", "2022-05-11"),
     ("Ana Reyes won 15.3 million votes in the official count.", "en", "2022-06-30"), ["number.update"]),
    ("partial-id", ("Dengan 98 persen suara sudah masuk, Ana Reyes meraih 14,8 juta suara.", "id", "2022-05-11"),
     ("Ana Reyes memperoleh 15,3 juta suara dalam hasil resmi.", "id", "2022-06-30"), ["number.update"]),
    ("partial-en-id", ("Partial results gave Ana Reyes 14.8 million votes.", "en", "2022-05-11"),
     ("Ana Reyes memperoleh 15,3 juta suara dalam hasil resmi.", "id", "2022-06-30"), ["number.update"]),
    ("final-en", ("Ana Reyes won 14.8 million votes in the official count.", "en", "2022-05-25"),
     ("Ana Reyes won 15.3 million votes in the official count.", "en", "2022-06-30"), ["number.mismatch"]),
    ("final-id", ("Ana Reyes memperoleh 14,8 juta suara dalam hasil resmi.", "id", "2022-05-25"),
     ("Ana Reyes memperoleh 15,3 juta suara dalam hasil resmi.", "id", "2022-06-30"), ["number.mismatch"]),
]


@pytest.mark.parametrize("case", PARTIAL_COUNT, ids=[c[0] for c in PARTIAL_COUNT])
def test_partial_vote_count_is_updated_by_the_final_one(case, default_embedder):
    from .pairs import pair_findings

    _, early, late, codes = case
    pair = {"a": early[0], "a_lang": early[1], "a_published": early[2],
            "b": late[0], "b_lang": late[1], "b_published": late[2]}
    assert sorted(f.code for f in pair_findings(pair, default_embedder) if f.code.startswith("number.")) == codes


# An electoral body's numbered bulletins are steps of one count, ordered by their numbers whichever report came out
# first: the second bulletin's higher count updates the first's; two reports of one bulletin that differ conflict.
# (id, first side, second side, the codes of the pair's number findings)
BULLETIN = [
    ("bulletin-id-en", ("Menurut buletin pertama dewan pemilu, Ana Reyes meraih 5.150.092 suara.", "id", "2031-07-29"),
     ("According to the electoral council's second bulletin, Ana Reyes received 6,480,844 votes.", "en", "2031-07-20"),
     ["number.update"]),
    ("bulletin-en-id", ("According to the electoral council's first bulletin, Ana Reyes received 5,150,092 votes.", "en",
                        "2031-07-29"),
     ("Menurut buletin kedua dewan pemilu, Ana Reyes meraih 6.480.844 suara.", "id", "2031-07-30"), ["number.update"]),
    ("same-bulletin-en", ("According to the electoral council's second bulletin, Ana Reyes received 6,408,844 votes.",
                          "en", "2031-07-29"),
     ("According to the electoral council's second bulletin, Ana Reyes received 6,480,844 votes.", "en", "2031-07-30"),
     ["number.mismatch"]),
]


@pytest.mark.parametrize("case", BULLETIN, ids=[c[0] for c in BULLETIN])
def test_numbered_bulletins_order_one_count(case, default_embedder):
    from .pairs import pair_findings

    _, first, second, codes = case
    pair = {"a": first[0], "a_lang": first[1], "a_published": first[2],
            "b": second[0], "b_lang": second[1], "b_published": second[2]}
    assert sorted(f.code for f in pair_findings(pair, default_embedder) if f.code.startswith("number.")) == codes


# A lower figure in a report dated only by its day (no day or hour of its own in the text) against a figure the
# text times on that same day: the report may have been written before that hour, so it revises nothing; a report
# of the next day still does. (id, early side, later side, revision expected)
UNTIMED = [
    ("same-day-id", ("Korban tewas gempa tercatat 20 orang hingga Sabtu (27/9/2031) pukul 07.35 WIT.", "id", "2031-09-28"),
     ("Badan bencana meralat jumlah korban tewas gempa menjadi 19 orang.", "id", "2031-09-27"), False),
    ("next-day-id", ("Korban tewas gempa tercatat 20 orang hingga Sabtu (27/9/2031) pukul 07.35 WIT.", "id", "2031-09-28"),
     ("Badan bencana meralat jumlah korban tewas gempa menjadi 19 orang.", "id", "2031-09-28"), True),
    ("same-day-en", ("The quake's death toll stood at 20 as of 7.35 am on Saturday.", "en", "2031-09-28"),
     ("The disaster agency revised the quake's death toll down to 19.", "en", "2031-09-27"), False),
    ("next-day-en", ("The quake's death toll stood at 20 as of 7.35 am on Saturday.", "en", "2031-09-28"),
     ("The disaster agency revised the quake's death toll down to 19.", "en", "2031-09-28"), True),
]


@pytest.mark.parametrize("case", UNTIMED, ids=[c[0] for c in UNTIMED])
def test_untimed_report_of_a_timed_day_revises_nothing(case):
    _, early, late, revision = case
    fe, fl = facts_of(*early, "a")[-1], facts_of(*late, "b")[-1]
    found = compare_sentences(fe, fl, languages=(early[1], late[1]))
    assert bool([f for f in found if f.code == "number.revision"]) == revision, [f.code for f in found]
