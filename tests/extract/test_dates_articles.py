"""Date frame case table over whole articles: what earlier sentences settle for a date's frame (the incident an
article's lead names, which "Peristiwa itu" / "The disaster" refers to). Each row: an article (the last
sentence's mention is read) and the frame fields it must have."""

from __future__ import annotations

import pytest

from ..compare.pairs import facts_of

# (id, language, published, text, mention, {field: value})
CASES = [
    ("story-incident-anaphor-id", "id", "2022-10-30",
     "Sedikitnya 151 orang tewas dalam desak-desakan di kawasan Itaewon, Seoul. Peristiwa itu terjadi pada Sabtu "
     "(29/10/2022) sekitar pukul 22.15 waktu setempat.", "Sabtu", {"predicate": "crush", "event": "crush"}),
    ("story-incident-anaphor-en", "en", "2022-10-30",
     "At least 151 people died in a crush in Seoul's Itaewon district. The disaster happened on Saturday night.",
     "Saturday", {"predicate": "crush", "event": "crush"}),
    ("story-incident-np-id", "id", "2022-11-01",
     "Sedikitnya 151 orang tewas dalam desak-desakan di kawasan Itaewon, Seoul. Polisi menyelidiki respons petugas "
     "dalam tragedi di Itaewon pada Sabtu (29/10/2022) malam yang menewaskan 156 orang.", "Sabtu",
     {"event": "crush"}),
    ("story-incident-np-en", "en", "2022-11-01",
     "At least 151 people died in a crush in Seoul's Itaewon district. Police are examining the response to the "
     "tragedy in Itaewon on Saturday night that killed 156 people.", "Saturday", {"event": "crush"}),
    # "the waves, which hit … on Saturday": the relative clause dates the noun before its comma (the times' dots
    # are no sentence end)
    ("story-incident-waves-en", "en", "2018-12-24",
     "A tsunami struck the coasts of the Sunda Strait on Saturday night. Officials said the waves, which hit at about "
     "9:30 p.m. on Saturday, came without warning.", "Saturday", {"predicate": "tsunami", "event": "tsunami"}),
    ("story-incident-waves-id", "id", "2018-12-24",
     "Tsunami menerjang pesisir Selat Sunda pada Sabtu malam. Menurut BNPB, gelombang itu, yang menerjang sekitar "
     "pukul 21.30 WIB pada Sabtu, datang tanpa peringatan.", "Sabtu", {"predicate": "tsunami", "event": "tsunami"}),
    # no incident in the lead: the anaphor names nothing the frame can use
    ("story-incident-none-id", "id", "2022-10-30",
     "Polisi menggeledah delapan kantor pada Rabu. Peristiwa itu terjadi pada Sabtu (29/10/2022).", "Sabtu",
     {"event": "held"}),
    # a specific event verb is kept
    ("story-incident-specific-en", "en", "2022-10-30",
     "At least 151 people died in a crush in Seoul's Itaewon district. The president visited the site of the "
     "disaster on Sunday.", "Sunday", {"predicate": "toured", "event": "toured"}),
    # an anaphoric incident noun that is a verb's object dates nothing of the incident: the day of the act about it
    ("story-incident-object-of-verb-en", "en", "2023-02-01",
     "The Morbi bridge collapsed on Sunday, killing 135 people. The Gujarat High Court, which took up the disaster on "
     "its own in November, is hearing the case.", "November", {"predicate": None, "event": None}),
    ("story-incident-object-of-verb-id", "id", "2023-02-01",
     "Jembatan Morbi runtuh pada Minggu dan menewaskan 135 orang. Hakim, yang membahas peristiwa itu pada November, "
     "masih menyidangkan perkara ganti rugi.", "November", {"predicate": None, "event": None}),
    # guards: a reporting verb's anaphoric object that is its own clause's subject, a conjunction, keep the lead's
    ("story-incident-subject-after-reporting-verb-id", "id", "2023-02-01",
     "Gempa mengguncang Cianjur pada Senin. Kepala BNPB mengatakan bencana itu terjadi pada Senin siang.",
     "Senin", {"event": "quake"}),
    ("story-incident-after-conjunction-id", "id", "2023-02-01",
     "Gempa mengguncang Cianjur pada Minggu. Meski peristiwa itu terjadi pada Minggu malam, warga masih berjaga.",
     "Minggu", {"event": "quake"}),
    ("story-incident-subject-after-confirmed-en", "en", "2023-02-01",
     "A quake struck the province on Sunday. Officials confirmed the disaster struck on Sunday evening.",
     "Sunday", {"event": "quake"}),
    # an anaphoric incident noun dated before a ", when …" clause: the clause says what the day saw (a relief
    # helicopter's crash in a quake's story), not the story's incident
    ("story-incident-when-clause-en", "en", "2005-04-25",
     "A powerful earthquake struck the island of Nias on Monday night. The relief effort was marked by tragedy on "
     "April 2, when a navy helicopter crashed on the island.", "April 2", {"event": "crash"}),
    ("story-incident-when-clause-id", "id", "2005-04-25",
     "Gempa kuat mengguncang Pulau Nias pada Senin malam. Upaya bantuan diwarnai tragedi pada 2 April, ketika sebuah "
     "helikopter angkatan laut jatuh di pulau itu.", "2 April", {"event": "crash"}),
    # a block or unit of the story's own site is where its incident happened, not another incident's place
    ("site-part-not-elsewhere-id", "id", "2021-09-14",
     "Jumlah narapidana yang meninggal akibat kebakaran Lapas Kelas I Tangerang bertambah menjadi 48 orang. Kebakaran "
     "di Blok C2 lapas tersebut terjadi pada Selasa (7/9/2021) sekitar pukul 01.45 WIB.", "Selasa",
     {"predicate": "fire", "modifiers": ()}),
    ("site-part-not-elsewhere-en", "en", "2021-09-14",
     "The death toll from the fire at Tangerang prison rose to 48. The fire in Block C2 of the prison broke out on "
     "Wednesday at about 1:45 a.m.", "Wednesday", {"predicate": "fire", "modifiers": ()}),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_article_date_frames(case):
    _, lang, published, text, mention, want = case
    dates = [d for d in facts_of(text, lang, published, "a")[-1].dates if mention in d.text]
    assert dates, mention
    for key, value in want.items():
        assert getattr(dates[0].frame, key) == value, (key, getattr(dates[0].frame, key))


def test_article_date_table_covers_both_languages():
    assert {c[1] for c in CASES} == {"id", "en"}


# A figure's time that an earlier sentence settles: "pada hari yang sama", "that same day" is the day the article
# named last, not the report's day. Each row: an article (the last sentence's mention is read), the as-of day wanted.
# (id, language, published, text, mention, as-of day)
SAME_DAY = [
    ("same-day-id", "id", "2022-10-03",
     "Pada Sabtu (1/10/2022), komisi itu mencatat 44 kematian di seluruh Florida. Sheriff Lee County pada hari yang "
     "sama menyebut 35 kematian di wilayahnya.", "35 kematian", "2022-10-01"),
    ("same-day-en", "en", "2022-10-03",
     "On Saturday, the commission listed 44 deaths across Florida. Later that day, the Lee County sheriff put the "
     "county's dead at 35.", "35", "2022-10-01"),
    # the day the count before was given, not the day of the quake it counts
    ("same-day-told-id", "id", "2018-08-10",
     "Korban meninggal akibat gempa yang mengguncang Lombok pada Minggu (5/8/2018) mencapai 131 orang hingga Kamis "
     "(9/8/2018). Namun, seorang menteri pada hari yang sama menyebut korban meninggal sudah 381 orang.", "381 orang",
     "2018-08-09"),
    ("same-day-told-en", "en", "2018-08-10",
     "The toll from the quake that struck Lombok on Sunday, August 5, reached 131 as of Thursday, August 9. A minister "
     "on the same day put the dead at 381.", "381", "2018-08-09"),
    # several days before: the last one named
    ("same-day-last-of-several-id", "id", "2024-05-10",
     "Banjir melanda sejak Senin (6/5/2024) dan surut pada Rabu (8/5/2024). Pada hari yang sama, BPBD mencatat 12 "
     "orang tewas.", "12 orang", "2024-05-08"),
    ("same-day-last-of-several-en", "en", "2024-05-12",
     "The quake struck on Sunday. By Thursday, 131 bodies had been recovered, and the search ended on Friday. That "
     "same day, the minister said 381 people had died.", "381 people", "2024-05-10"),
    # guards: no day named before keeps the report's day; a sentence's own day is its own
    ("same-day-nothing-before-en", "en", "2022-10-03",
     "The commission listed 44 deaths across Florida. Later that day, the Lee County sheriff put the county's dead "
     "at 35.", "35", "2022-10-03"),
    ("same-day-own-day-id", "id", "2022-10-03",
     "Pada Sabtu (1/10/2022), komisi itu mencatat 44 kematian di seluruh Florida. Pada Minggu (2/10/2022), di hari "
     "yang sama dengan kunjungan presiden, sheriff menyebut 35 kematian.", "35 kematian", "2022-10-02"),
]


@pytest.mark.parametrize("case", SAME_DAY, ids=[c[0] for c in SAME_DAY])
def test_same_day_is_the_day_named_before(case):
    _, lang, published, text, mention, day = case
    found = [q for q in facts_of(text, lang, published, "a")[-1].quantities if mention in q.text]
    assert found, mention
    assert found[0].frame.as_of.day.isoformat() == day
