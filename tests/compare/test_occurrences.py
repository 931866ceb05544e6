"""Each report's own occurrence: a volcano that erupts again, a weekly protest, a meeting held twice. Two reports
published days apart that each date "the" event within a few days before their own publication report two
occurrences, not one event dated two ways; a report that recalls the event dates it far from its own day and is
still compared (``compare.dates.own_occurrences``)."""

import datetime as dt

import pytest

from consistency.compare.dates import own_occurrences
from consistency.extract.dates import extract_dates
from consistency.extract.frames import frame_sentence
from consistency.extract.numbers import extract_quantities

from .test_story_revision import _article, _findings

D = dt.date.fromisoformat

# (id, (sentence, language, published) of each side, the date's text on each side, two occurrences?)
CASES = [
    ("id-two-eruptions",
     ("Gunung itu meletus pada Selasa (16/4) malam.", "id", "2031-04-17"),
     ("Gunung itu meletus pada Selasa (30/4) dini hari.", "id", "2031-05-01"), "16/4", "30/4", True),
    ("en-two-eruptions",
     ("The volcano erupted on April 16.", "en", "2031-04-17"),
     ("The volcano erupted on April 30, sending ash into the sky.", "en", "2031-05-01"), "April 16", "April 30",
     True),
    ("id-en-weekly-protest",
     ("Ribuan buruh berunjuk rasa di depan gedung parlemen pada 3 Maret.", "id", "2031-03-04"),
     ("Thousands of workers protested outside parliament on March 10.", "en", "2031-03-11"), "3 Maret", "March 10",
     True),
    # a later report that recalls the event dates it far before its own day: compared
    ("en-recalled-wrong",
     ("The volcano erupted on April 16.", "en", "2031-04-17"),
     ("The eruption of April 15 forced the island's evacuation, officials said on Friday.", "en", "2031-05-10"),
     "April 16", "April 15", False),
    # one day's reports of one event: compared
    ("id-same-days",
     ("Gempa mengguncang kota itu pada 3 Maret.", "id", "2031-03-04"),
     ("Gempa mengguncang kota itu pada 2 Maret.", "id", "2031-03-04"), "3 Maret", "2 Maret", False),
    # days apart but the later report's date is not fresh: compared
    ("en-later-report-older-date",
     ("The quake struck on March 3.", "en", "2031-03-04"),
     ("The quake that struck on March 2 destroyed 300 homes.", "en", "2031-03-12"), "March 3", "March 2", False),
    # the later report gives the earlier day: not the order of publication, compared
    ("id-order-reversed",
     ("Gunung itu meletus pada 20 April.", "id", "2031-04-21"),
     ("Gunung itu meletus pada 16 April.", "id", "2031-04-26"), "20 April", "16 April", False),
]


def _date(side, text):
    found = [d for d in extract_dates(side[0], language=side[1], anchor=D(side[2])) if text in d.text]
    assert found, (text, side[0])
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_own_occurrences(case):
    _, a, b, ta, tb, expected = case
    da, db = _date(a, ta), _date(b, tb)
    assert own_occurrences(da, db, D(a[2]), D(b[2])) is expected
    assert own_occurrences(db, da, D(b[2]), D(a[2])) is expected


def test_an_unknown_publication_date_says_nothing():
    a = _date(CASES[0][1], "16/4")
    b = _date(CASES[0][2], "30/4")
    assert own_occurrences(a, b, None, D("2031-05-01")) is False


TWO_ERUPTIONS = [
    ("id", ("Gunung Lokon meletus pada Selasa (16/4) malam, kata PVMBG.", "id", "2031-04-17"),
     ("Gunung Lokon meletus pada Selasa (30/4) malam, kata PVMBG.", "id", "2031-05-01")),
    ("en", ("Mount Lokon erupted on Tuesday night, April 16, the agency said.", "en", "2031-04-17"),
     ("Mount Lokon erupted on Tuesday night, April 30, the agency said.", "en", "2031-05-01")),
    ("id-weekly-protest", ("Ribuan buruh berunjuk rasa di depan gedung DPR pada Selasa (3/3).", "id", "2031-03-04"),
     ("Ribuan buruh berunjuk rasa di depan gedung DPR pada Selasa (10/3).", "id", "2031-03-11")),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", TWO_ERUPTIONS, ids=[c[0] for c in TWO_ERUPTIONS])
def test_two_eruptions_reported_two_weeks_apart_are_no_date_conflict(case, default_embedder):
    _, first, later = case
    found = _findings(default_embedder, _article("a", *first), _article("b", *later))
    assert not [f.code for f in found if f.code == "date.mismatch"]



# (id, sentence, language, publication date, the date's text, the event happened more than once?)
REPEATED = [
    ("en-repeatedly-since", "The volcano has erupted repeatedly since Tuesday, officials said on Friday.", "en",
     "2031-04-19", "Tuesday", True),
    ("id-lima-kali", "Gunung setinggi 725 meter itu tercatat meletus lima kali sepanjang Rabu.", "id", "2031-04-18",
     "Rabu", True),
    ("id-kembali-before", "Gunung Lokon kembali meletus pada Selasa (30/4) dini hari.", "id", "2031-05-01",
     "Selasa (30/4)", True),
    ("en-again-after", "The volcano erupted again early on Tuesday, April 30.", "en", "2031-05-01", "April 30", True),
    ("en-five-times", "The volcano erupted five times on Wednesday, the agency said.", "en", "2031-04-18", "Wednesday",
     True),
    ("id-berulang-kali", "Gunung itu meletus berulang kali pada Rabu (17/4).", "id", "2031-04-18", "Rabu (17/4)", True),
    # a sentence that dates the event and then "again": each of its days is one occurrence
    ("en-first-and-again", "Lokon first erupted on the night of April 16 and again early on April 30.", "en",
     "2031-06-14", "April 16", True),
    ("id-dan-kembali-pada", "Gunung itu pertama kali meletus pada 16 April malam dan kembali pada 30 April dini hari.",
     "id", "2031-06-14", "16 April", True),
    ("id-dan-warga-kembali-ke-rumah", "Gempa mengguncang pada 16 April dan warga kembali ke rumah pada 30 April.", "id",
     "2031-06-14", "16 April", False),
    # guards: "again" of another verb, "kembali" as "returned", a plain eruption
    ("en-again-elsewhere", "The volcano erupted on Tuesday, and the airport was closed again.", "en", "2031-05-01",
     "Tuesday", False),
    ("id-kembali-ke-rumah", "Warga kembali ke rumah pada Selasa setelah gunung itu meletus pada Senin.", "id",
     "2031-05-01", "Senin", False),
    ("id-plain", "Gunung Lokon meletus pada Selasa (16/4) malam.", "id", "2031-04-17", "Selasa (16/4)", False),
]


@pytest.mark.parametrize("case", REPEATED, ids=[c[0] for c in REPEATED])
def test_an_event_said_to_happen_more_than_once(case):
    _, text, lang, published, date_text, repeated = case
    dates = extract_dates(text, language=lang, anchor=D(published))
    _, framed = frame_sentence(text, extract_quantities(text, language=lang), dates, language=lang,
                               anchor=D(published))
    found = [d for d in framed if date_text in d.text]
    assert found, [d.text for d in framed]
    assert ("repeated" in found[0].frame.modifiers) is repeated


ONE_OF_SEVERAL = [
    ("id-five-times-vs-first",
     ("Gunung Lokon tercatat meletus lima kali sepanjang Rabu (17/4), kata PVMBG.", "id", "2031-04-18"),
     ("Gunung Lokon meletus pada Selasa (16/4) malam, kata PVMBG.", "id", "2031-04-17")),
    ("en-five-times-vs-tuesday",
     ("Mount Lokon erupted five times on Wednesday, the agency said.", "en", "2031-04-18"),
     ("Mount Lokon erupted on Tuesday night, the agency said.", "en", "2031-04-17")),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", ONE_OF_SEVERAL, ids=[c[0] for c in ONE_OF_SEVERAL])
def test_a_day_of_one_of_several_occurrences_is_no_date_conflict(case, default_embedder):
    _, first, later = case
    found = _findings(default_embedder, _article("a", *first), _article("b", *later))
    assert not [f.code for f in found if f.code == "date.mismatch"]
