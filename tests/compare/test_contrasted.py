"""A figure its own clause sets against another source's count ("4.870 warga mengungsi, lebih banyak dari data
BNPB", "more than the BNPB figure"): the report itself says the two counts differ, so another report's count
from that source is another source's estimate (``number.sources``), never a contradiction. Rows are invented."""

import datetime as dt

import pytest

from consistency.extract.dates import extract_dates
from consistency.extract.frames import frame_sentence
from consistency.extract.numbers import extract_quantities

from .pairs import pair_findings, summary

# (id, sentence, language, the figure's text, set against another source's count?)
FRAMES = [
    ("id-lebih-banyak-dari-data",
     "Pemerintah Kabupaten Minahasa Utara mencatat 4.870 warga mengungsi hingga Kamis, lebih banyak dari data BNPB.",
     "id", "4.870", True),
    ("id-berbeda-dengan-angka", "Polisi mencatat 3.000 pengunjuk rasa, berbeda dengan angka panitia.", "id", "3.000",
     True),
    ("en-more-than-the-figure",
     "The district government counted 10,411 evacuees, more than the figure given by the national agency.", "en",
     "10,411", True),
    ("en-fewer-than-estimate",
     "The police counted 3,000 protesters, far fewer than the organisers' estimate.", "en", "3,000", True),
    # the comparative said of the count noun itself: "gave a higher toll of 510", "angka yang berbeda, yakni 113"
    ("en-a-higher-toll-of", "The fire service gave a higher toll of 510 dead, while the ministry said 450 had died.",
     "en", "510", True),
    ("en-a-higher-estimate-saying", "Police gave a higher estimate, saying almost 100 people had been hurt.", "en",
     "100", True),
    ("id-angka-yang-berbeda", "Dinas kesehatan mencatat angka yang berbeda, yakni 113 orang meninggal.", "id", "113",
     True),
    ("id-angka-yang-lebih-tinggi", "Palang Merah mencatat angka yang lebih tinggi, yakni 510 orang tewas.", "id", "510",
     True),
    # guards: "more than" a figure, a comparison with another day, a count after another clause's contrast
    ("en-more-than-a-figure", "More than 10,000 people fled, the number of evacuees rising by the hour.", "en",
     "10,000", False),
    ("en-higher-than-monday", "The toll rose to 52, higher than on Monday.", "en", "52", False),
    ("id-lebih-banyak-dari-kemarin", "Jumlah pengungsi 10.411 orang, lebih banyak dari kemarin.", "id", "10.411",
     False),
    ("en-other-clause-attributive", "The ministry said 450 had died, while the fire service gave a higher toll of 510.",
     "en", "450", False),
    ("en-a-higher-floor", "The water reached 3 metres, flooding a higher floor of the hospital.", "en", "3", False),
    ("id-angka-itu", "Angka itu naik menjadi 52 orang pada Senin.", "id", "52", False),
    ("id-lower-than-its-own-earlier-figure", "Polisi merevisi jumlah korban tewas menjadi 76 orang, lebih rendah dari "
     "angka 93 orang yang diumumkan sebelumnya.", "id", "76", False),
    ("en-lower-than-the-figure-given-earlier", "Police revised the toll to 76, lower than the figure given earlier.",
     "en", "76", False),
    ("en-other-clause",
     "The agency counted 4,210 evacuees, but the city's count, higher than the agency's figure, was 4,870.", "en",
     "4,210", False),
]


@pytest.mark.parametrize("case", FRAMES, ids=[c[0] for c in FRAMES])
def test_a_figure_set_against_another_source(case):
    _, text, lang, figure, contrasted = case
    anchor = dt.date(2031, 5, 10)
    framed, _ = frame_sentence(text, extract_quantities(text, language=lang),
                               extract_dates(text, language=lang, anchor=anchor), language=lang, anchor=anchor)
    found = [q for q in framed if figure in q.text]
    assert found, [q.text for q in framed]
    assert ("contrasted" in found[0].frame.modifiers) is contrasted


AGENCY_ID = ("Badan Nasional Penanggulangan Bencana (BNPB) mencatat 4.210 warga Pulau Lembeh dievakuasi hingga "
             "Kamis (9/5) siang.", "id", "2031-05-10")
PAIRS = [
    ("id-id", AGENCY_ID,
     ("Pemerintah Kabupaten Minahasa Utara mencatat 4.870 warga Pulau Lembeh mengungsi hingga Kamis (9/5), lebih "
      "banyak dari data BNPB.", "id", "2031-05-10"), ("4.210 warga", "4.870 warga")),
    ("id-en", AGENCY_ID,
     ("North Minahasa's regency government counted 4,870 evacuees from Lembeh island by Thursday, more than the "
      "BNPB figure.", "en", "2031-05-10"), ("4.210 warga", "4,870 evacuees")),
    # the comparative said of the count noun: "gave a higher toll of 38", "mencatat angka yang lebih tinggi, yakni 38"
    ("id-en-attributive",
     ("Sebanyak 31 orang tewas akibat longsor di Pulau Lembeh hingga Kamis (9/5).", "id", "2031-05-10"),
     ("Rescuers gave a higher toll of 38 dead from the Lembeh island landslide by Thursday.", "en", "2031-05-10"),
     ("31 orang", "38 dead")),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", PAIRS, ids=[c[0] for c in PAIRS])
def test_another_sources_count_is_no_conflict(case, default_embedder):
    _, a, b, figures = case
    c = {"a": a[0], "a_lang": a[1], "a_published": a[2], "b": b[0], "b_lang": b[1], "b_published": b[2]}
    assert (*figures, "number.sources") in summary(pair_findings(c, default_embedder))


# a figure set against its own source's earlier figure: the source lowered its count, a revision, not another estimate
SAME_SOURCE = ({"a": "The U.N. humanitarian office OCHA said on Thursday (9/5) that the Lembeh landslide had killed 100 "
                     "people.", "a_lang": "en", "a_published": "2031-05-10",
                "b": "Kantor kemanusiaan PBB (OCHA) kini mencatat angka yang lebih rendah, yakni 77 orang tewas akibat "
                     "longsor Lembeh, setelah hanya menghitung kematian yang terverifikasi.",
                "b_lang": "id", "b_published": "2031-05-14"})


@pytest.mark.slow
def test_one_sources_lower_count_is_no_other_estimate(default_embedder):
    found = summary(pair_findings(SAME_SOURCE, default_embedder))
    assert ("100 people", "77 orang", "number.revision") in found, found
