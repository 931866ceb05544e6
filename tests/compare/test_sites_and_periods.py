"""Several sites, a corrected toll's day and a year that times a figure (issue 12, the fourteenth round).

- **Several sites named by their count** ("di tiga gereja", "at three churches") are a place of their own
  (``sites:church``): the day the churches were bombed is not the day of an attack at a named police station.
- **A day closing a sentence whose verb corrects or updates a figure** ("Polda meralat jumlah korban … menjadi 12
  orang, Selasa (15/5)", "police corrected the toll … on Tuesday") is the day of the correction, not of the attack
  its object names.
- **A year that times a figure** ("this year's quota of 221,000", "sent 100,051 pilgrims in 2022") is the period of
  that figure, not the date of an event: two such years of different figures are no date mismatch, and figures of
  two different years are no mismatch either.

Rows are written for these classes (invented cities, sites and figures); each failed before its change."""

from __future__ import annotations

import pytest

from consistency.compare.identity import date_veto

from .pairs import mention_in, pair_findings, side_pair, summary

_CHURCHES_ID = ("Bom meledak di tiga gereja di Kota Harapan pada Minggu (13/5/2018) pagi.", "id", "2018-05-13")
_CHURCHES_EN = ("Bombs went off at three churches in Harapan City on Sunday morning.", "en", "2018-05-14")
_STATION_ID = ("Serangan bom di Markas Polresta Harapan pada Senin (14/5/2018) melukai sembilan orang.", "id",
               "2018-05-15")
_STATION_EN = ("The bombing at the Harapan Police Headquarters on Monday wounded nine people.", "en", "2018-05-15")

# (id, side a, mention of a, side b, mention of b, the veto)
VETOES = [
    ("sites-id", _CHURCHES_ID, "Minggu", _STATION_ID, "Senin", "different places"),
    ("sites-en", _CHURCHES_EN, "Sunday", _STATION_EN, "Monday", "different places"),
    ("sites-id-en", _CHURCHES_ID, "Minggu", _STATION_EN, "Monday", "different places"),
    ("sites-en-id", _CHURCHES_EN, "Sunday", _STATION_ID, "Senin", "different places"),
    # the same several sites on both sides are one place: the scorer decides
    ("sites-same", _CHURCHES_ID, "Minggu", ("Three churches in Harapan City were bombed on Sunday, May 13.", "en",
                                             "2018-05-14"), "Sunday", None),
]


@pytest.mark.parametrize("case", VETOES, ids=[c[0] for c in VETOES])
def test_sites_veto_case_table(case):
    _, side_a, text_a, side_b, text_b, reason = case
    a, b = mention_in(side_a, text_a, "date"), mention_in(side_b, text_b, "date")
    assert date_veto(a, b) == reason
    assert date_veto(b, a) == reason



_CORRECTED_ID = ("Polda Jawa Tengah meralat jumlah korban tewas dalam serangan bom di tiga gereja di Kota Harapan "
                 "menjadi 12 orang, Selasa (15/5/2018).", "id", "2018-05-15")
_CORRECTED_EN = ("Police corrected the death toll from the bombings in Harapan City to 12 on Tuesday, May 15.", "en",
                 "2018-05-15")
_BOMBED_ID = ("Bom meledak di tiga gereja di Kota Harapan pada Minggu (13/5/2018) pagi dan menewaskan 11 orang.", "id",
              "2018-05-13")
_BOMBED_EN = ("The bombings in Harapan City took place on Sunday, May 13.", "en", "2018-05-14")

_QUOTA_EN = ("The country, which sends the most pilgrims, has a quota of 221,000 pilgrims this year.", "en",
             "2023-02-16")
_QUOTA_EN2 = ("A full quota of 221,000 Indonesians, including 17,680 on the special scheme, will travel to Mecca this "
              "year.", "en", "2023-02-20")
_SENT_EN = ("The quota is back to its full size after the kingdom allowed only 100,051 Indonesians to go on the "
            "pilgrimage in 2022.", "en", "2023-02-16")
_QUOTA_ID = ("Kuota haji Indonesia tahun ini sebanyak 221.000 orang.", "id", "2023-02-17")
_SENT_ID = ("Kuota itu kembali penuh setelah pada 2022 Indonesia hanya mengirim 100.051 jemaah karena pembatasan.",
            "id", "2023-02-15")

# (id, side a, side b, the number and date findings wanted: (text in a, text in b, code))
PAIRS = [
    ("corrected-id", _CORRECTED_ID, _BOMBED_ID, [("12 orang", "11 orang", "number.update"),
                                                  ("tiga gereja", "tiga gereja", "number.update")]),
    ("corrected-en", _CORRECTED_EN, _BOMBED_EN, []),
    ("period-en-id", _QUOTA_EN, _SENT_ID, []),
    ("period-en", _QUOTA_EN2, _SENT_EN, []),
    ("period-id", _QUOTA_ID, _SENT_ID, []),
    ("period-id-en", _QUOTA_ID, _SENT_EN, []),
    # guards: the same year's figure still compares, and the bombing's own days still clash
    ("period-same-year", _QUOTA_ID, ("Indonesia has a quota of 221,000 pilgrims this year.", "en", "2023-02-16"),
     [("221.000", "221,000", "number.agree"), ("tahun ini", "this year", "date.agree")]),
    ("bombed-days-clash", _BOMBED_EN, ("The bombings in Harapan City took place on Saturday, May 12.", "en",
                                       "2018-05-14"), [("Sunday", "Saturday", "date.mismatch")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", PAIRS, ids=[c[0] for c in PAIRS])
def test_sites_and_periods_pairs(case, default_embedder):
    _, a, b, want = case
    got = summary(pair_findings(side_pair(a, b), default_embedder))
    got = [g for g in got if g[2].startswith(("number.", "date."))]
    assert len(got) == len(want), got
    for want_a, want_b, want_code in want:
        assert any(want_a in text_a and want_b in text_b and code == want_code for text_a, text_b, code in got), got


# A lower figure a day later is no downward revision when it counts the attackers killed, not the victims, or a
# count the other side gives for several sites together ("di ketiga lokasi", "at the three sites").
_TOLL_ID = ("Polisi mengatakan, hingga Minggu sore tercatat 11 orang tewas dan 41 orang luka-luka di ketiga lokasi.",
            "id", "2018-05-13")
_TOLL_EN = ("Police said 11 people were killed and 41 were wounded at the three sites by Sunday evening.", "en",
            "2018-05-13")
REVISIONS = [
    ("attackers-en", _TOLL_ID, "11 orang", ("Four of the attackers were killed, police said.", "en", "2018-05-14"),
     "Four", "different things"),
    ("attackers-id", _TOLL_EN, "11 people", ("Empat pelaku tewas dalam ledakan itu.", "id", "2018-05-14"),
     "Empat pelaku", "different things"),
    ("sites-id", _TOLL_ID, "41 orang", ("Ten people were wounded in the blast, police said.", "en", "2018-05-14"),
     "Ten people", "places differ"),
    ("sites-en", _TOLL_EN, "41", ("Sepuluh orang luka-luka dalam ledakan itu.", "id", "2018-05-14"),
     "Sepuluh orang", "places differ"),
    # guard: the same sites on both sides, a lower count later, is left to the scorer as a revision
    ("sites-same", _TOLL_ID, "41 orang", ("Police said 38 people were wounded at the three sites.", "en",
                                          "2018-05-14"), "38 people", None),
]


@pytest.mark.parametrize("case", REVISIONS, ids=[c[0] for c in REVISIONS])
def test_revision_veto_case_table(case):
    from consistency.compare.identity import revision_veto

    _, side_a, text_a, side_b, text_b, reason = case
    a, b = mention_in(side_a, text_a, "number"), mention_in(side_b, text_b, "number")
    assert revision_veto(b, a) == reason
