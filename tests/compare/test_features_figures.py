"""What a figure is about, pairwise: a part both sides count at one named place is that place's count ("Of the
dead, 60 were killed at the Merdeka stadium" and "66 people died at the Merdeka stadium"), never a part against
its whole; against the whole attack's toll the part still holds. Each row: two short articles (the last
sentence is compared), a mention of each, the number veto expected (None: left to the scorer) and whether the
features still see a part."""

from __future__ import annotations

import pytest

from consistency.compare.features import PairContext, number_features
from consistency.compare.identity import number_veto

from .pairs import facts_of

# (id, (text, language), mention of a, (text, language), mention of b, veto, part feature)
CASES = [
    ("part-at-venue-id", ("Sebanyak 60 korban di antaranya tewas di stadion Merdeka.", "id"), "60 korban",
     ("Korban terbanyak jatuh di stadion Merdeka, yakni 66 orang.", "id"), "66 orang", None, 0.0),
    ("part-at-venue-en", ("Of the dead, 60 were killed at the Merdeka stadium.", "en"), "60",
     ("Sixty-six people died at the Merdeka stadium.", "en"), "Sixty-six people", None, 0.0),
    ("part-at-venue-en-id", ("Of the dead, 60 were killed at the Merdeka stadium.", "en"), "60",
     ("Sebanyak 66 orang tewas di stadion Merdeka.", "id"), "66 orang", None, 0.0),
    # the part against the whole: the toll of the attack, or the city's
    ("part-vs-whole-en", ("Of the dead, 60 were killed at the Merdeka stadium.", "en"), "60",
     ("The attacks killed 130 people.", "en"), "130 people", "a part and a whole", 1.0),
    ("part-vs-city-id", ("Sebanyak 60 korban di antaranya tewas di stadion Merdeka.", "id"), "60 korban",
     ("Serangan itu menewaskan 130 orang di Jakarta.", "id"), "130 orang", "a part and a whole", 1.0),
]


def _figure(text: str, lang: str, mention: str):
    facts = facts_of(text, lang, None, "a")[-1]
    found = [q for q in facts.quantities if mention in q.text]
    assert found, [q.text for q in facts.quantities]
    return found[-1]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_part_at_one_place(case):
    _, (ta, la), ma, (tb, lb), mb, veto, part = case
    a, b = _figure(ta, la, ma), _figure(tb, lb, mb)
    assert number_veto(a, b) == veto
    assert number_veto(b, a) == veto
    assert number_features(a, b, PairContext())["part"] == part


def test_part_table_covers_both_languages():
    assert {c[1][1] for c in CASES} | {c[3][1] for c in CASES} == {"id", "en"}


# whose figure: a demonym is its country ("the Dutch parliament" is the Netherlands' holder, "154 Dutch nationals"
# a group, no holder), so it never clashes with "Parlemen Belanda" or "warga Belanda"
HOLDERS = [
    ("demonym-body-en-id", ("The Dutch parliament approved the bill with 120 votes.", "en"), "120 votes",
     ("Parlemen Belanda menyetujui RUU itu dengan 110 suara.", "id"), "110 suara", None, 0.0),
    ("demonym-group-en-id", ("Among the passengers were 154 Dutch nationals.", "en"), "154 Dutch nationals",
     ("Korban terbanyak adalah warga Belanda, yakni 139 orang.", "id"), "139 orang", None, 0.0),
    ("demonym-body-en", ("The Dutch parliament approved the bill with 120 votes.", "en"), "120 votes",
     ("The Turkish parliament approved the bill with 287 votes.", "en"), "287 votes", "two countries", 1.0),
    ("demonym-body-id", ("Parlemen Belanda menyetujui RUU itu dengan 110 suara.", "id"), "110 suara",
     ("The German parliament approved the bill with 400 votes.", "en"), "400 votes", "two countries", 1.0),
]


@pytest.mark.parametrize("case", HOLDERS, ids=[c[0] for c in HOLDERS])
def test_demonym_holder(case):
    _, (ta, la), ma, (tb, lb), mb, veto, clash = case
    a, b = _figure(ta, la, ma), _figure(tb, lb, mb)
    assert number_veto(a, b) == veto
    assert number_features(a, b, PairContext())["holder_clash"] == clash


# what a distance is of: the sentence's subject, a thing ("the wreck"), a point ("pusat gempa") or a kind of place
# ("pulau itu", "the island"); two of different classes are two facts, one class in two languages one holder
DISTANCES = [
    ("wreck-island-en", ("The wreck lay 650 km from the coast.", "en"), "650 km",
     ("The island is 350 km off the coast.", "en"), "350 km", "different things", None),
    ("epicentre-town-id", ("Pusat gempa berada 10 km dari pantai.", "id"), "10 km",
     ("Kota itu berjarak 50 km dari pantai.", "id"), "50 km", "different things", None),
    ("wreck-island-id", ("Bangkai kapal itu ditemukan 650 km dari pantai.", "id"), "650 km",
     ("Pulau itu terletak 350 km dari pantai.", "id"), "350 km", "different things", None),
    ("epicentre-en-id", ("The epicentre was 10 km off the coast.", "en"), "10 km",
     ("Pusat gempa berada 12 km dari pantai.", "id"), "12 km", None, 1.0),
    ("wreck-en-id", ("The wreck lay 650 km from the coast.", "en"), "650 km",
     ("Bangkai kapal itu ditemukan 600 km dari pantai.", "id"), "600 km", None, 1.0),
]


@pytest.mark.parametrize("case", DISTANCES, ids=[c[0] for c in DISTANCES])
def test_distance_of_what(case):
    _, (ta, la), ma, (tb, lb), mb, veto, shared = case
    a, b = _figure(ta, la, ma), _figure(tb, lb, mb)
    assert number_veto(a, b) == veto
    if shared is not None:
        assert number_features(a, b, PairContext())["holder_shared"] == shared


# a lower count at the same place later is no part of another group: the revision veto leaves it to the scorer
REVISIONS = [
    ("revision-part-at-venue-en", ("Of the dead, 60 were killed at the Merdeka stadium.", "en"), "60",
     ("Sixty-six people died at the Merdeka stadium.", "en"), "Sixty-six", None),
    ("revision-part-at-venue-id", ("Sebanyak 60 korban di antaranya tewas di stadion Merdeka.", "id"), "60 korban",
     ("Sebanyak 66 orang tewas di stadion Merdeka.", "id"), "66 orang", None),
    ("revision-part-vs-whole-en", ("Of the dead, 60 were killed at the Merdeka stadium.", "en"), "60",
     ("The attack killed 130 people.", "en"), "130", "places differ"),
]


@pytest.mark.parametrize("case", REVISIONS, ids=[c[0] for c in REVISIONS])
def test_revision_part_at_one_place(case):
    from consistency.compare.identity import revision_veto

    _, (ta, la), ma, (tb, lb), mb, veto = case
    a, b = _figure(ta, la, ma), _figure(tb, lb, mb)
    assert revision_veto(b, a) == veto
    assert revision_veto(b, a, cued=True) == veto


# what a sum of money is a result of or is for: a quarter's profit is never the year's, the broadband money never the
# water money, in either language; one period or one purpose on both sides leaves the pair to the scorer
MONEY = [
    ("quarter-vs-year-id", ("Shell mencatat laba kuartal keempat sebesar US$9,8 miliar.", "id"), "US$9,8 miliar",
     ("Shell mencatat laba sepanjang 2022 sebesar 39,9 miliar dolar AS.", "id"), "39,9 miliar", "different periods"),
    ("quarter-vs-year-en", ("Shell made a profit of $9.8bn in the fourth quarter.", "en"), "$9.8bn",
     ("Shell made a profit of $39.9bn for the year.", "en"), "$39.9bn", "different periods"),
    ("quarter-vs-quarter-en-id", ("Shell made a profit of $9.8bn in the fourth quarter.", "en"), "$9.8bn",
     ("Shell mencatat laba kuartal keempat sebesar US$9,5 miliar.", "id"), "US$9,5 miliar", None),
    ("broadband-vs-water-en", ("It provides $65 billion for broadband.", "en"), "$65 billion",
     ("It provides $55 billion for water systems.", "en"), "$55 billion", "two programmes"),
    ("broadband-vs-water-en-id", ("It sets aside $65 billion to expand broadband internet access.", "en"), "$65 billion",
     ("RUU itu mengalokasikan 55 miliar dolar AS untuk air bersih.", "id"), "55 miliar", "two programmes"),
    ("broadband-both-id-en", ("Sebanyak 65 miliar dolar AS dialokasikan untuk perluasan akses internet cepat.", "id"),
     "65 miliar", ("It provides $60 billion for broadband.", "en"), "$60 billion", None),
]


@pytest.mark.parametrize("case", MONEY, ids=[c[0] for c in MONEY])
def test_money_period_and_purpose(case):
    _, (ta, la), ma, (tb, lb), mb, veto = case
    a, b = _figure(ta, la, ma), _figure(tb, lb, mb)
    assert number_veto(a, b) == veto
    assert number_veto(b, a) == veto


# a chamber's roll call is one occasion: a count dated to the month of the other's day is of the same vote; a count
# dated weeks before the other's day, or undated in a report weeks on, is another vote's
OCCASIONS = [
    ("month-holds-the-day-id-en", ("Dewan Perwakilan menyetujui pemakzulan itu pada April dengan 376 suara.", "id", "2016-08-11"),
     "376 suara", ("The lower house voted 367 to 137 to impeach her on April 17.", "en", "2016-04-18"), "367", None),
    ("month-holds-the-day-en", ("The lower house approved the impeachment in April with 376 votes.", "en", "2016-08-11"),
     "376 votes", ("Dewan Perwakilan menyetujui pemakzulan dengan 367 suara pada 17 April.", "id", "2016-04-18"), "367 suara", None),
    ("weeks-apart-dated-en", ("The Senate voted 61 to 20 on August 31 to remove her.", "en", "2016-09-01"), "61",
     ("The Senate voted 55 to 22 on May 12 to open the trial.", "en", "2016-05-13"), "55", "different times"),
    ("weeks-apart-undated-en", ("The Senate voted 61 to 20 to remove her.", "en", "2016-09-01"), "61",
     ("Senat memutuskan membuka persidangan dengan 55 suara berbanding 22.", "id", "2016-05-13"), "55 suara",
     "another occasion"),
]


@pytest.mark.parametrize("case", OCCASIONS, ids=[c[0] for c in OCCASIONS])
def test_roll_call_occasion(case):
    _, (ta, la, pa), ma, (tb, lb, pb), mb, veto = case
    a = next(q for q in facts_of(ta, la, pa, "a")[-1].quantities if ma in q.text)
    b = next(q for q in facts_of(tb, lb, pb, "b")[-1].quantities if mb in q.text)
    assert number_veto(a, b) == veto
