"""Frame case table for what tells two facts of one kind apart: whose votes (``holder:``), a draft's figure
(``draft``), what a distance is measured from (``from:``), the loads of a repeated event's date (``load:``), a
guess under a verb of supposition (``hedged``) and a neighbouring country as a figure's place. Each row: an
article (the last sentence is read), a mention, and the tags its frame must carry (or the place it must be in): also a
distance's bearing from its point (``bearing:``) and a count at one site of several (``site:``)."""

from __future__ import annotations

import datetime as dt

import pytest

from ..compare.pairs import facts_of
from consistency.records import Place

# (id, language, published, text, mention, modifiers that must be there, place key or None)
CASES = [
    ("holder-anaphor-id", "id", None, "Pasangan calon nomor urut 2 mengalahkan petahana. Keduanya menang dengan 85.830 suara.",
     "85.830 suara", {"holder:pair:2"}, None),
    ("holder-anaphor-en", "en", None, "Candidate pair number 2 defeated the incumbent. The pair won with 85,830 votes.",
     "85,830 votes", {"holder:pair:2"}, None),
    ("holder-role-id", "id", None, "Petahana memperoleh kurang dari 80.000 suara.", "80.000 suara", {"holder:incumbent"}, None),
    ("holder-role-en", "en", None, "The challenger received 41,000 votes.", "41,000 votes", {"holder:challenger"}, None),
    # a referendum's options are holders: before the figure, after it ("for \"Yes\""), and through a restatement
    ("holder-option-restated-id", "id", None, 'Kubu "Ya" memperoleh 1.204.500 suara atau 61,3 persen.', "61,3 persen",
     {"holder:option:yes"}, None),
    ("holder-option-after-en", "en", None, 'The "No" camp won 38.7 percent against 61.3 percent for "Yes".', "61.3 percent",
     {"holder:option:yes"}, None),
    ("holder-option-before-en", "en", None, 'The "No" camp won 38.7 percent against 61.3 percent for "Yes".', "38.7 percent",
     {"holder:option:no"}, None),
    ("holder-option-after-id", "id", None, 'Sebanyak 38,7 persen memilih "Tidak", dan 61,3 persen untuk "Ya".', "61,3 persen",
     {"holder:option:yes"}, None),
    ("draft-id", "id", None, "Rancangan undang-undang itu terdiri atas 15 bab dan 174 pasal.", "174 pasal", {"draft"}, None),
    ("draft-en", "en", None, "The draft bill ran to 174 articles.", "174 articles", {"draft"}, None),
    ("draft-circulating-id", "id", None, "Saat rapat paripurna, naskah yang beredar di kalangan wartawan setebal 905 halaman.",
     "905 halaman", {"draft"}, None),
    ("draft-circulating-en", "en", None, "The version circulated to reporters at the plenary ran to 905 pages.", "905 pages",
     {"draft"}, None),
    ("from-name-en", "en", None, "The epicentre was about 80 km northwest of Kathmandu.", "80 km", {"from:kathmandu"}, None),
    ("from-noun-id", "id", None, "Warga diminta menjauh 1 kilometer dari bibir pantai.", "1 kilometer", {"from:coast"}, None),
    ("from-range-en", "en", None, "Residents must stay between 500 meters and 1 kilometer away from the coastline.",
     "500 meters", {"from:coast"}, None),
    ("from-compass-id", "id", None, "Pusat gempa berada sekitar 180 kilometer barat laut Kathmandu.", "180 kilometer",
     {"from:kathmandu"}, None),
    ("load-id", "id", "2014-07-23", "Dua pesawat yang membawa 40 peti jenazah mendarat di Eindhoven pada Rabu (23/7/2014).",
     "Rabu", {"load:unit:peti=40"}, None),
    ("load-en", "en", "2014-07-24", "A flight with 74 coffins landed in Eindhoven on Thursday, July 24.", "July 24",
     # an unclassed noun is keyed with its loanword (``lexicon.unit_key``): "coffins" as "kofin"
     {"load:unit:kofin=74"}, None),
    ("suppose-id", "id", None, "Yudo menduga kapal selam itu tenggelam hingga kedalaman 600 hingga 700 meter.",
     "700 meter", {"hedged"}, None),
    ("suppose-en", "en", None, "The admiral suspects the submarine sank to a depth of 600 metres.", "600 metres", {"hedged"}, None),
    ("body-anaphor-id", "id", None, "Senat memberikan suara atas RUU itu pada Kamis. RUU tersebut disetujui dengan 60 suara "
     "berbanding 38.", "60 suara", {"holder:body:upper_house"}, None),
    ("body-named-en", "en", None, "The House passed the bill 230-190 on Wednesday, and the Senate approved it with 61 votes.",
     "61 votes", {"holder:body:upper_house"}, None),
    ("body-kind-id", "id", None, "DPR meloloskan RUU itu dengan 290 suara setuju.", "290 suara", {"holder:body:house"}, None),
    ("unit-id", "id", "2024-05-06", "Kebakaran kembali terjadi di kilang itu pada Senin (6/5/2024), kali ini di unit nomor 4.",
     "Senin", {"unit-id:4"}, None),
    ("unit-en", "en", "2024-05-04", "A fire gutted the turbine hall of the No. 2 reactor on Saturday.", "Saturday",
     {"unit-id:2"}, None),
    ("bearing-id", "id", None, "Pusat gempa susulan berada sekitar 76 kilometer di sebelah timur Kathmandu.", "76 kilometer",
     {"from:kathmandu", "bearing:e"}, None),
    ("bearing-en", "en", None, "The epicentre was about 80 km (50 miles) northwest of Kathmandu.", "80 km",
     {"from:kathmandu", "bearing:nw"}, None),
    # a bridge's main span is a part of it, however far its subject stands from the length: never the whole's length
    ("main-span-id", "id", None, "Bentang utama jembatan yang dibuka pada 2001 itu panjangnya 270 meter.", "270 meter",
     {"stretch"}, None),
    ("main-span-en", "en", None, "Its main span, finished two years later, measured 270 meters.", "270 meters",
     {"stretch"}, None),
    ("site-id", "id", None, "Di salah satu gereja, 30 orang tewas.", "30 orang", {"site:one"}, None),
    ("site-en", "en", None, "Seven more people died at the other mosque.", "Seven", {"site:other"}, None),
    ("neighbour-en", "en", None, "In neighbouring India, more than 50 people were killed.", "50 people", set(), "india"),
    ("neighbour-id", "id", None, "Di negara tetangga India, lebih dari 50 orang tewas.", "50 orang", set(), "india"),
    # a venue noun in lower case before a name: the name is where, not who ("gedung konser Garuda")
    ("venue-id", "id", None, "Korban terbanyak jatuh di gedung konser Garuda, yakni 66 orang.", "66 orang", set(), "garuda"),
    ("venue-en", "en", None, "Sixty-six people died at the concert hall Garuda Arena.", "Sixty-six people", set(),
     "garuda arena"),
    ("venue-station-id", "id", None, "Sebanyak 12 orang terluka di stasiun Manggarai.", "12 orang", set(), "manggarai"),
    # a day an announcement is scheduled for is no day it happened
    ("schedule-id", "id", "2012-06-18", "Komisi itu menjadwalkan pengumuman hasil pada Kamis (21/6/2012).", "Kamis",
     {"planned"}, None),
    ("schedule-en", "en", "2012-06-18", "The commission scheduled the announcement of the result for Thursday.",
     "Thursday", {"planned"}, None),
    # a place that reports its own figure, after a capitalised opener of the sentence that is no word of its name
    ("reporter-opener-id", "id", None, "Adapun Kabupaten Bantul mencatat 41 korban meninggal.", "41 korban", set(),
     "bantul"),
    ("reporter-opener-en", "en", None, "Yet Central Java recorded 41 deaths.", "41 deaths", set(), "central java"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_frame_tag_case_table(case):
    _, lang, published, text, mention, tags, place = case
    facts = facts_of(text, lang, published, "a")[-1]
    found = [m for m in list(facts.quantities) + list(facts.dates) if mention in m.text]
    assert found, [m.text for m in list(facts.quantities) + list(facts.dates)]
    frame = found[-1].frame
    assert tags <= set(frame.modifiers), frame.modifiers
    if place:
        assert place in [p.key for p in frame.places if p.attached], frame.places


def test_frame_tag_table_covers_both_languages():
    for cls in ("holder", "draft", "from", "load", "suppose", "neighbour", "body", "unit", "bearing", "site", "venue", "reporter", "schedule",
                "main-span"):
        assert {c[1] for c in CASES if c[0].startswith(cls)} == {"id", "en"}, cls


# "korban jatuh": victims fell, no crash; a plane that fell is one
FELL = [
    ("fell-victims-id", "id", "Korban terbanyak jatuh di gedung konser Garuda, yakni 66 orang.", "66 orang", False),
    ("fell-victims-en", "en", "Most of the victims fell at the Garuda Arena, 66 people in all.", "66 people", False),
    ("fell-plane-id", "id", "Pesawat itu jatuh di Donetsk dan menewaskan 298 orang.", "298 orang", True),
    ("fell-plane-en", "en", "The plane crashed near Donetsk, killing 298 people.", "298 people", True),
]


@pytest.mark.parametrize("case", FELL, ids=[c[0] for c in FELL])
def test_victims_fell_is_no_crash(case):
    _, lang, text, mention, crash = case
    facts = facts_of(text, lang, None, "a")[-1]
    found = [m for m in facts.quantities if mention in m.text]
    assert found, [m.text for m in facts.quantities]
    assert ("crash" in found[-1].frame.events) == crash, found[-1].frame.events


# A count done in stages (frame_cues "partial_count", "final_count", "poll"): which step of the count a figure
# gives. (id, language, text, mention, its stage tags exactly: provisional, final, projection, progress, progress:N)
STAGES = [
    ("stage-provisional-id", "id", "Hasil hitung sementara menunjukkan partai itu meraih 112 kursi.", "112 kursi",
     {"provisional"}),
    ("stage-provisional-en", "en", "Early results gave the Harmony Party 120 seats.", "120 seats", {"provisional"}),
    ("stage-leading-en", "en", "The party was leading with 1.3 million votes so far.", "1.3 million votes", {"provisional"}),
    ("stage-progress-id", "id", "Dengan 60 persen suara masuk, partai itu meraih 1,2 juta suara.", "1,2 juta suara",
     {"provisional", "progress:60"}),
    ("stage-progress-en", "en", "With 85 percent of the votes counted, the party had 1.3 million votes.",
     "1.3 million votes", {"provisional", "progress:85"}),
    ("stage-share-counted-id", "id", "Dengan 60 persen suara masuk, partai itu meraih 1,2 juta suara.", "60 persen",
     {"progress"}),
    ("stage-share-counted-en", "en", "With 97% of precincts reporting, the senator had 51 percent of the vote.", "97%",
     {"progress"}),
    ("stage-share-of-vote-en", "en", "With 97% of precincts reporting, the senator had 51 percent of the vote.",
     "51 percent", {"provisional", "progress:97"}),
    ("stage-final-id", "id", "Berdasarkan hasil resmi KPU, partai itu meraih 104 kursi.", "104 kursi", {"final"}),
    ("stage-final-en", "en", "The party won 118 seats in the final count announced on Friday.", "118 seats", {"final"}),
    ("stage-recap-provisional-id", "id", "Rekapitulasi sementara mencatat partai itu meraih 98 kursi.", "98 kursi",
     {"provisional"}),
    ("stage-census-id", "id", "Hasil akhir sensus mencatat jumlah penduduk provinsi itu 2,3 juta jiwa.", "2,3 juta jiwa",
     {"final"}),
    ("stage-projection-id", "id", "Hitung cepat Lembaga Survei Nusantara menunjukkan partai itu meraih 52 persen suara.",
     "52 persen", {"projection"}),
    ("stage-projection-en", "en", "Polls showed the Harmony Party with 25 percent of the vote.", "25 percent",
     {"projection"}),
    # a poll named right after an earlier value is that value's source: the current figure is the count
    ("stage-poll-of-previous-id", "id", "Partai Tengah memperoleh 24,09 persen dan 138 kursi, naik dari 23,4 persen "
     "menurut exit poll.", "24,09 persen", set()),
    ("stage-poll-of-previous-en", "en", "The Centre Party won 24.1 percent and 138 seats, up from 23.4 percent "
     "according to the exit poll.", "24.1 percent", set()),
    ("stage-poll-previous-value-id", "id", "Partai Tengah memperoleh 24,09 persen dan 138 kursi, naik dari 23,4 persen "
     "menurut exit poll.", "23,4 persen", {"projection"}),
    ("stage-poll-previous-value-en", "en", "The Centre Party won 24.1 percent and 138 seats, up from 23.4 percent "
     "according to the exit poll.", "23.4 percent", {"projection"}),
    # guards: a poll that tells the whole sentence still does
    ("stage-poll-whole-sentence-en", "en", "The Centre Party won 24.1 percent and 138 seats, according to the exit poll.",
     "138 seats", {"projection"}),
    ("stage-poll-whole-sentence-id", "id", "Menurut hitung cepat, Partai Tengah memperoleh 24,09 persen, naik dari 23,4 "
     "persen pada pemilu lalu.", "24,09 persen", {"projection"}),
    # guards: a toll "so far" is no count in stages (it stays a running tally that a lower figure revises), and a
    # share that is not of the vote is not one either
    ("stage-toll-so-far-en", "en", "So far 41 people have died in the floods.", "41 people", set()),
    ("stage-toll-sementara-id", "id", "Data sementara BPBD mencatat 41 orang meninggal dunia.", "41 orang", set()),
    ("stage-official-toll-en", "en", "The official toll stood at 58 dead.", "58", set()),
]


@pytest.mark.parametrize("case", STAGES, ids=[c[0] for c in STAGES])
def test_count_stage_case_table(case):
    _, lang, text, mention, tags = case
    facts = facts_of(text, lang, None, "a")[-1]
    found = [m for m in facts.quantities if mention in m.text]
    assert found, [m.text for m in facts.quantities]
    stage = {m for m in found[0].frame.modifiers if m in ("provisional", "final", "projection", "progress")
             or m.startswith("progress:")}
    assert stage == tags, found[0].frame.modifiers


def test_count_stage_table_covers_both_languages():
    for cls in ("stage-provisional", "stage-progress", "stage-share-counted", "stage-final", "stage-projection",
                "stage-poll-of-previous", "stage-poll-previous-value", "stage-poll-whole-sentence"):
        assert {c[1] for c in STAGES if c[0].startswith(cls)} == {"id", "en"}, cls


# a sentence fronted by a shift of months or years before the story tells another occasion: its figures are not
# the lead's incident's, though it names no incident of its own before them (events._background_incident)
LONG_AGO = [
    ("long-ago-id", "id", "Pesawat itu jatuh ke laut pada Senin dan menewaskan 62 orang. Empat bulan sebelumnya, "
     "pesawat lain yang membawa 120 orang hilang di atas samudra.", "120 orang", True),
    ("long-ago-en", "en", "The plane crashed into the sea on Monday, killing 62 people. Four months earlier, another jet "
     "carrying 120 people vanished over the ocean.", "120 people", True),
    ("not-fronted-id", "id", "Pesawat itu jatuh ke laut pada Senin dan menewaskan 62 orang. Pesawat itu membawa 120 orang.",
     "120 orang", False),
    ("not-fronted-en", "en", "The plane crashed into the sea on Monday, killing 62 people. The jet was carrying 120 people.",
     "120 people", False),
]


@pytest.mark.parametrize("case", LONG_AGO, ids=[c[0] for c in LONG_AGO])
def test_long_ago_fronted_sentence_is_another_occasion(case):
    _, lang, text, mention, other = case
    found = [q for q in facts_of(text, lang, "2024-03-20", "a")[-1].quantities if mention in q.text]
    assert found
    events = found[-1].frame.events
    assert any(e.endswith(":other") for e in events) == other, events


# Who holds a figure, who gives it and when it held, read off one figure of one sentence. Each row: an id, the
# language, the text (the last sentence is read, published on 2017-05-23), the figure's words (the figure whose text
# starts with them), the frame field and the value it must have.
FIGURE_FIELDS = [
    # an office named as what an election is for is no actor: the votes are the winner's
    ("contested-id", "id", "Ana Silva memenangi pemilihan presiden dengan 8.170.231 suara.", "8.170.231 suara", "actor",
     "ana silva"),
    ("contested-en", "en", "Ana Silva won the election for president with 8,170,231 votes.", "8,170,231 votes", "actor",
     "ana silva"),
    ("contested-candidate-id", "id", "Pedro Lima, calon gubernur, meraih 41,2 persen suara.", "41,2 persen", "actor",
     "pedro lima"),
    ("contested-office-holder-en", "en", "The president won 55 percent of the vote.", "55 percent", "actor", "@president"),
    # the name right before the verb that won the votes holds them, past a clause that puts it out of reach
    ("contested-far-id", "id", "Komisi Pemilihan menyatakan Ana Silva memenangi pemilihan presiden yang digelar Sabtu "
     "(11/1/2031) dengan 8.170.231 suara.", "8.170.231 suara", "actor", "ana silva"),
    ("contested-far-en", "en", "By the commission's count, Ana Silva won the presidential election that was held on "
     "Saturday, January 11, with 8,170,231 votes.", "8,170,231 votes", "actor", "ana silva"),
    # a name's particle ("da", "dos", "del") joins its words: "Lula da Silva" is one person
    ("particle-id", "id", "Luiz Inácio Lula da Silva memenangi putaran kedua dengan 50,9 persen suara sah.", "50,9 persen",
     "actor", "luiz inácio lula da silva"),
    ("particle-en", "en", "Maria dos Santos won the run-off with 50.9 percent of the valid votes.", "50.9 percent", "actor",
     "maria dos santos"),
    # the other contestant after "kalah dari" ("lost to") is who won the share, not a place it came from
    ("particle-lost-to-id", "id", "Pedro Lima kalah tipis dari Maria dos Santos yang meraih 50,09 persen suara.",
     "50,09 persen", "actor", "maria dos santos"),
    # who gives a figure: a body that "gave a toll" is its source, on its own side of a contrast ("while the United
    # Nations said …"); a body's written statement ("dalam keterangan tertulisnya") names it the source too
    ("source-gave-en", "en", "The fire service gave a toll of 510 dead and 1,600 injured, while the United Nations said 450 "
     "people had died.", "1,600", "source", "org:fire_service"),
    ("source-gave-other-side-en", "en", "The fire service gave a toll of 510 dead and 1,600 injured, while the United "
     "Nations said 450 people had died.", "450 people", "source", "org:un"),
    ("source-written-id", "id", "Dinas pemadam kebakaran dalam keterangan tertulisnya menyebut 1.042 orang terluka.",
     "1.042 orang", "source", "org:fire_service"),
    ("source-contrast-id", "id", "Dinas pemadam kebakaran mencatat 510 orang tewas dan 1.600 orang terluka, sedangkan PBB "
     "menyebut 450 orang tewas.", "1.600 orang", "source", "org:fire_service"),
    # a toll a body "had given" is an earlier figure, not one of the day the article is published
    ("recalled-gave-en", "en", "Overnight, the police had given a toll of 19 dead.", "19 dead", "as_of.basis", "previous"),
    ("recalled-first-id", "id", "Awalnya, polisi menyebut 19 orang tewas.", "19 orang", "as_of.basis", "previous"),
    # a body's short name in brackets keys it in either language, as an acronym would; a person's nickname does not
    ("short-name-id", "id", "Institut Nasional Pertahanan Sipil (Indeci) dalam keterangan tertulisnya menyebut 1.042 orang "
     "terluka.", "1.042 orang", "source", "org:indeci"),
    ("short-name-en", "en", "The National Civil Defence Institute (Indeci) said 1,042 people were injured.", "1,042 people",
     "source", "org:indeci"),
    ("short-name-person-en", "en", "Joko Widodo (Jokowi) said 12 people died.", "12 people", "source", "name:jokowi"),
    # a state after the figure's noun narrows whom it counts: identified, in intensive care
    ("narrowed-identified-id", "id", "Pusat krisis menyebutkan 28 korban tewas sudah diidentifikasi.", "28 korban",
     "predicate", "identified"),
    ("narrowed-identified-en", "en", "The crisis centre said 28 of the dead have been identified.", "28", "predicate",
     "identified"),
    ("narrowed-icu-id", "id", "Sebanyak 62 korban luka berada di unit perawatan intensif.", "62 korban", "predicate",
     "injured.serious"),
    ("narrowed-icu-en", "en", "About 260 people were wounded and 62 of them remain in intensive care.", "62", "predicate",
     "injured.serious"),
    # a passive generic verb's agent is the incident its date dates, and the incident's toll is of that year
    ("passive-agent-en", "en", "The same area was struck in 1976 by an earthquake that killed about 3,840 people.",
     "about 3,840", "when_text", "1976"),
    ("passive-agent-id", "id", "Wilayah itu pernah diguncang oleh gempa pada 1976 yang menewaskan sekitar 3.840 orang.",
     "sekitar 3.840", "when_text", "1976"),
    # bodies brought home are counted by their repatriation, not by the deaths a relative clause recalls
    ("repatriated-id", "id", "Pemerintah Afrika Selatan memulangkan 74 jenazah warganya yang tewas dalam runtuhnya wisma itu.",
     "74 jenazah", "predicate", "repatriated"),
    ("repatriated-en", "en", "South Africa repatriated 74 bodies on Sunday.", "74 bodies", "predicate", "repatriated"),
    # "Sehari sebelumnya", "a day earlier": a running tally of the day before the report's (a vote is no tally)
    ("days-before-id", "id", "Korban tewas mencapai 24 orang. Sehari sebelumnya, BPBD menyebut 21 orang tewas.", "21 orang",
     "as_of.day", dt.date(2017, 5, 22)),
    ("days-before-en", "en", "The toll reached 24. A day earlier, officials counted 21 dead.", "21 dead", "as_of.day",
     dt.date(2017, 5, 22)),
    ("days-before-vote-id", "id", "Sehari sebelumnya, Kongres memilihnya sebagai ketua dengan 79 suara.", "79 suara",
     "as_of.basis", "published"),
    ("days-before-eve-en", "en", "The toll rose to 20 the day before the vote.", "20", "as_of.basis", "published"),
    # the agent right after a measured figure is that figure's source, each of two coordinated readings its own
    ("agent-source-en", "en", "The quake, measured at 6.3 by Iran's geophysics institute and at 6.6 by the U.S. "
     "Geological Survey, struck before dawn.", "6.3", "source", "name:iran"),
    ("agent-source-second-en", "en", "The quake, measured at 6.3 by Iran's geophysics institute and at 6.6 by the U.S. "
     "Geological Survey, struck before dawn.", "6.6", "source", "org:usgs"),
    ("agent-source-id", "id", "Gempa itu diukur 6,3 oleh lembaga geofisika Iran dan 6,6 oleh Survei Geologi AS (USGS).",
     "6,3", "source", "name:iran"),
    ("agent-source-second-id", "id", "Gempa itu diukur 6,3 oleh lembaga geofisika Iran dan 6,6 oleh Survei Geologi AS "
     "(USGS).", "6,6", "source", "org:usgs"),
    ("agent-source-police-en", "en", "The crowd was put at 60,000 by the police.", "60,000", "source", "org:police"),
    # "in the first days after" recalls the figure it opens, not the later figure's as-of day past it
    ("recalled-first-days-en", "en", "In the first days after the landslide, officials counted 22 dead, and the toll "
     "reached 43 by Oct. 11.", "22 dead", "as_of.basis", "previous"),
    ("recalled-first-days-later-en", "en", "In the first days after the landslide, officials counted 22 dead, and the "
     "toll reached 43 by Oct. 11.", "43", "as_of.basis", "explicit"),
    ("recalled-first-days-id", "id", "Pada hari-hari pertama setelah longsor, petugas mencatat 22 orang tewas, lalu "
     "korban tewas mencapai 43 orang pada 11 Oktober.", "22 orang", "as_of.basis", "previous"),
    # the verb after a list's second conjunct is the first one's too; a conjunct with a verb of its own keeps it
    ("conjunct-verb-id", "id", "Angka resmi menjadi rujukan: 37 warga asing dari delapan negara dan satu warga Aljazair "
     "tewas.", "37 warga", "predicate", "dead"),
    ("conjunct-verb-en", "en", "In all, 37 foreigners and one Algerian were killed.", "37 foreigners", "predicate", "dead"),
    ("conjunct-verb-own-id", "id", "Sebanyak 500 rumah rusak dan 20 orang tewas.", "500 rumah", "predicate", "damaged"),
    ("conjunct-verb-own-en", "en", "About 40 houses were damaged and two people were killed.", "About 40 houses", "predicate",
     "damaged"),
    # a final assault is a later attack of the siege: its toll is its own, never the whole incident's
    ("final-assault-id", "id", "Dalam serangan terakhir itu, tujuh sandera tewas.", "tujuh sandera", "events",
     ("attack:later",)),
    ("final-assault-en", "en", "The state news agency said 11 of the attackers and seven hostages died in that final "
     "assault.", "seven hostages", "events", ("attack:later",)),
    # a name a figure stands before, after a reporting verb, is what the figure counts, never the speaker
    ("counted-not-speaker-en", "en", "The state news agency said 11 of the attackers and seven hostages died in that final "
     "assault.", "11", "source", "name:the state news agency"),
    ("counted-not-speaker-id", "id", "Kantor berita APS menyebut 11 militan dan tujuh sandera tewas dalam serangan itu.",
     "11 militan", "source", "org:aps"),
    # a tally's stage: the second reading's ayes, the override's
    ("vote-stage-id", "id", "Rancangan itu lolos pembacaan kedua pada Kamis dengan 83 suara setuju dan 23 suara menolak.",
     "83 suara", "modifiers", ("reading:second_reading", "roll_call")),
    ("vote-stage-en", "en", "Parliament overrode the veto by 84 votes to 4.", "84 votes", "modifiers",
     ("reading:override", "roll_call")),
    # "a day earlier" after a tally given as of its own day goes back from that day
    ("days-before-tally-id", "id", "Korban tewas bertambah menjadi 95 orang hingga Minggu (21/5/2017). Sehari sebelumnya, "
     "Menteri Kesehatan mencatat 86 korban tewas.", "86 korban", "as_of.day", dt.date(2017, 5, 20)),
    ("days-before-tally-en", "en", "The death toll rose to 95 as of Sunday, May 21. A day earlier, the health minister "
     "counted 86 dead.", "86 dead", "as_of.day", dt.date(2017, 5, 20)),
    ("un-office-en", "en", "The U.N. humanitarian office said 770 people were killed.", "770 people", "source", "org:ocha"),
    # a body that counts a tally is its source when it is said to act on it; a news agency is a body
    ("reporting-body-en", "en", "The U.N. humanitarian office lowered its count to 770 dead.", "770 dead", "source",
     "org:ocha"),
    ("reporting-body-id", "id", "OCHA menurunkan hitungannya menjadi 770 orang tewas.", "770 orang", "source", "org:ocha"),
    ("news-agency-en", "en", "The toll rose to 1,150 on Friday, the state-run Bakhtar news agency said.", "1,150", "source",
     "body:bakhtar"),
    ("news-agency-id", "id", "Korban tewas bertambah menjadi 1.150 orang pada Jumat, menurut kantor berita Bakhtar.",
     "1.150 orang", "source", "body:bakhtar"),
    # an earlier operation named for comparison: its toll is of its own year
    # a patient count "still in hospitals" is those still treated, never the wounded
    ("still-in-hospitals-en", "en", "About 48 of the wounded were still in hospitals on April 22.", "About 48",
     "predicate", "injured.in_hospital"),
    ("still-in-hospitals-id", "id", "Sekitar 48 korban luka masih dirawat di rumah sakit pada 22 April.", "Sekitar 48",
     "predicate", "injured.in_hospital"),
    # another storm's toll, named in either case
    ("other-storm-en", "en", "Cyclone Batsirai came ashore on Feb. 5. Tropical Storm Ana had already killed 55 people in "
     "late January.", "55 people", "events", ("storm:other",)),
    ("other-storm-id", "id", "Siklon Batsirai menghantam pesisir pada Sabtu (5/2/2022). Sebelumnya, badai tropis Ana telah "
     "menewaskan 65 orang.", "65 orang", "events", ("storm:other",)),
    ("compared-operation-en", "en", "The raid far surpassed the 2021 operation in Jacarezinho, which left 28 people dead.",
     "28 people", "when", (dt.date(2021, 1, 1), dt.date(2021, 12, 31))),
    ("compared-operation-id", "id", "Penggerebekan itu jauh melampaui operasi 2021 di Jacarezinho yang menewaskan 28 orang.",
     "28 orang", "when", (dt.date(2021, 1, 1), dt.date(2021, 12, 31))),
    ("un-office-id", "id", "Kantor Koordinasi Urusan Kemanusiaan PBB (OCHA) menyebut 770 orang tewas.", "770 orang",
     "source", "org:ocha"),
    # a chamber named with its parliament casts the votes, not the parliament nor its country
    ("chamber-of-parliament-en", "en", "Chile's lower house of parliament approved the reform on Tuesday by 120 votes to "
     "61, completing its passage through parliament.", "120 votes", "actor", "@house"),
    ("chamber-of-parliament-id", "id", "Majelis rendah di parlemen Chile menyetujui reformasi itu pada Selasa dengan 120 "
     "suara berbanding 61.", "120 suara", "actor", "@house"),
    # "lalu", "then" after a comma open a clause of its own: its day dates its own tally only (the English row is a
    # guard: "then" was read as its own clause's before)
    ("then-clause-id", "id", "Reformasi itu disetujui Senat pada Senin dengan 38 suara berbanding 9, lalu oleh majelis "
     "rendah pada Rabu dengan 120 suara berbanding 61.", "9", "when", (dt.date(2017, 5, 22), dt.date(2017, 5, 22))),
    ("then-clause-en", "en", "The Senate approved the reform by 38 votes to 9 on Monday, then the lower house by 120 votes "
     "to 61 on Wednesday.", "9", "when", (dt.date(2017, 5, 22), dt.date(2017, 5, 22))),
    # a passive report, its agent, then its day: the day the figure was reported, past a comparison (the English
    # rows are guards)
    ("passive-report-id", "id", "Angka itu lebih rendah daripada 14 korban jiwa yang dilaporkan kantor yang sama pada "
     "Senin malam.", "14 korban", "as_of.basis", "statement"),
    ("passive-report-en", "en", "The figure is below the 14 deaths reported by the same office on Monday night.",
     "14 deaths", "as_of.basis", "statement"),
    ("passive-report-recorded-id", "id", "Angka itu melonjak dari 5.136 orang yang dicatat departemen yang sama pada "
     "Senin.", "5.136 orang", "as_of.day", dt.date(2017, 5, 22)),
    ("passive-report-recorded-en", "en", "The figure jumped from the 5,136 deaths recorded by the same ministry on Monday.",
     "5,136 deaths", "as_of.day", dt.date(2017, 5, 22)),
    # "terbaru", "latest" in another clause is not the figure's as-of
    ("now-other-clause-id", "id", "Sebanyak 14 orang tewas dalam longsor itu, dan data terbaru BNPB tidak lagi mencantumkan "
     "korban gedung.", "14 orang", "as_of.basis", "published"),
    ("now-other-clause-en", "en", "Fourteen people died in the landslide, and the latest bulletin no longer counted the "
     "building's victims.", "Fourteen people", "as_of.basis", "published"),
    # people restated as a share under the whole are a part, never the whole's count of participants
    ("share-restated-part-id", "id", "Sebaliknya, 310.463 peserta atau 29,08 persen menginginkan proyek itu dilanjutkan.",
     "310.463 peserta", "modifiers", ("part",)),
    ("share-restated-part-en", "en", "In all, 310,463 participants, or 29.08 percent, wanted the work to go on.",
     "310,463", "modifiers", ("part",)),
    # a fronted day with its hour dates every figure of its sentence (the English row is a guard)
    ("fronted-day-hour-id", "id", "Sehari sebelumnya, Jumat (19/5/2017) pukul 12.00, pemerintah mencatat 80 korban tewas "
     "serta 133 korban luka.", "133 korban", "as_of.day", dt.date(2017, 5, 19)),
    ("fronted-day-hour-en", "en", "On Friday at 12:00, the government counted 80 dead, 79 of them identified, and 133 "
     "injured.", "133", "as_of.day", dt.date(2017, 5, 19)),
    # a day after a list of figures dates each of them
    ("listed-before-day-en", "en", "The regional commissioner had reported 47 dead and 85 injured on Sunday evening.",
     "47 dead", "as_of.day", dt.date(2017, 5, 21)),
    ("listed-before-day-id", "id", "Komisaris wilayah melaporkan 47 orang tewas dan 85 orang luka pada Minggu malam.",
     "47 orang", "as_of.day", dt.date(2017, 5, 21)),
    # the one told is no source (the Indonesian row is a guard)
    ("told-addressee-en", "en", "The prime minister told lawmakers on Thursday that the injured included four tourists and "
     "two students.", "four tourists", "source", "org:prime_minister"),
    ("told-addressee-id", "id", "Perdana Menteri mengatakan kepada anggota parlemen pada Kamis bahwa korban luka termasuk "
     "empat turis.", "empat turis", "source", "org:prime_minister"),
    # a foreign ministry is a body of its own, whatever country's name goes with it
    ("foreign-ministry-source-en", "en", "Seoul's foreign ministry said five tourists were among the injured.", "five",
     "source", "org:foreign_ministry"),
    ("foreign-ministry-source-id", "id", "Kementerian Luar Negeri Korea Selatan menyebut lima turis termasuk korban luka.",
     "lima turis", "source", "org:foreign_ministry"),
    # a ", when …" clause's figures are the day before it's
    ("when-clause-day-en", "en", "The shrine was struck again on August 13, when a lone gunman killed two people and "
     "wounded eight.", "eight", "when", (dt.date(2016, 8, 13), dt.date(2016, 8, 13))),
    ("when-clause-day-id", "id", "Tempat itu kembali diserang pada 13 Agustus, ketika seorang pria bersenjata menewaskan "
     "dua orang.", "dua orang", "when", (dt.date(2016, 8, 13), dt.date(2016, 8, 13))),
    # a fronted day ("Late on Saturday", no comma) dates each figure of the list it opens (the Indonesian row, with its
    # comma, is a guard)
    ("fronted-list-en", "en", "Late on Saturday the count stood at 12 dead and 64 injured, but it kept rising through "
     "Sunday.", "64", "as_of.day", dt.date(2017, 5, 20)),
    ("fronted-list-id", "id", "Pada Sabtu malam, jumlah korban tercatat 12 orang tewas dan 64 orang luka, tetapi terus "
     "bertambah hingga Minggu.", "64 orang", "as_of.day", dt.date(2017, 5, 20)),
    # a toll told apart by cause, one count against another with its own cause: each is a part of the toll
    ("cause-breakdown-id", "id", "Menurut polisi, 46 korban tewas karena hantaman batu yang terlontar saat letusan, "
     "sedangkan satu korban meninggal akibat luka bakar.", "46 korban", "modifiers", ("part",)),
    ("cause-breakdown-en", "en", "Police said 46 people died from falling rocks thrown out by the eruption, while one died "
     "of burns.", "46 people", "modifiers", ("part",)),
    # a shock a quake came minutes after is an earlier one; not the quake a tsunami came after (those rows are guards)
    ("shortly-after-shock-en", "en", "The quake hit at 8:39 a.m. at a depth of 10 km, minutes after a magnitude 5.2 "
     "tremor, the agency said.", "magnitude 5.2", "events", ("quake:fore",)),
    ("shortly-after-shock-id", "id", "Gempa bermagnitudo 6,1 itu terjadi beberapa menit setelah gempa bermagnitudo 5,2 "
     "mengguncang wilayah yang sama.", "bermagnitudo 5,2", "events", ("quake:fore",)),
    ("shortly-after-tsunami-en", "en", "The tsunami struck the islands minutes after a magnitude 7.7 quake.",
     "magnitude 7.7", "events", ("quake",)),
    ("shortly-after-tsunami-id", "id", "Tsunami menerjang pulau-pulau itu beberapa menit setelah gempa bermagnitudo 7,7.",
     "bermagnitudo 7,7", "events", ("quake",)),
    # the injured still being treated are those in care, not all the injured (the English row is a guard)
    ("still-treated-id", "id", "Korban luka yang masih ditangani tim medis kini berjumlah 99 orang.", "99 orang",
     "predicate", "injured.in_hospital"),
    ("still-treated-en", "en", "Of the injured, 99 were still being treated by medical teams.", "99", "predicate",
     "injured.in_hospital"),
    # a name with an apposition set off after it speaks through the cue after the apposition
    ("appositive-source-id", "id", "Senator Tasso Jereissati, pelapor amendemen di Senat, memperkirakan penghematan "
     "sebesar 870 miliar real.", "870 miliar real", "source", "name:tasso jereissati"),
    ("appositive-source-en", "en", "Senator Tasso Jereissati, the amendment's rapporteur in the Senate, estimated savings "
     "of 870 billion reais.", "870 billion reais", "source", "name:tasso jereissati"),
    # the runner-up named by role holds its votes; a name set off after the role holds them instead (those rows
    # are guards)
    ("runner-up-holder-id", "id", "Pesaing terdekatnya, pemimpin oposisi, meraih 2.147.436 suara.", "2.147.436 suara",
     "modifiers", ("holder:runner_up",)),
    ("runner-up-holder-en", "en", "His closest rival, the opposition leader, won 2,147,436 votes.", "2,147,436 votes",
     "modifiers", ("holder:runner_up",)),
    ("runner-up-named-id", "id", "Pesaing terdekatnya, Wakil Presiden Leni Robredo, hanya memperoleh 15,3 juta suara.",
     "15,3 juta suara", "actor", "leni robredo"),
    ("runner-up-named-en", "en", "His closest rival, Vice President Leni Robredo, won only 15.3 million votes.",
     "15.3 million votes", "actor", "leni robredo"),
    # ballot boxes are counted as boxes, never as votes
    ("ballot-boxes-en", "en", "The results of 31,102 ballot boxes had been entered into the system.", "31,102",
     "counted", "ballot_box"),
    ("ballot-boxes-id", "id", "Hasil dari 31.102 kotak suara sudah dimasukkan ke dalam sistem.", "31.102", "counted",
     "ballot_box"),
    # a share of the tally sheets is how far a count got; a share of the vote named after a tally is the vote's (the
    # English row is a guard: a tally named before the share must not take the vote's place)
    ("tally-sheets-share-en", "en", "The opposition says tally sheets from about 83% of voting machines show González "
     "won 67% of the vote.", "67%", "modifiers", ("whole:vote",)),
    ("tally-sheets-share-id", "id", "Oposisi menyebut salinan lebih dari 80 persen lembar rekapitulasi menunjukkan "
     "kemenangan González.", "lebih dari 80 persen", "modifiers", ("whole:tally_sheets",)),
    # a figure set off as one nobody confirmed is hedged: no revision or conflict starts from it
    ("unconfirmed-en", "en", "The mayor had spoken earlier in the day of 25 dead, a count the provincial authorities did "
     "not confirm.", "25 dead", "modifiers", ("hedged",)),
    ("unconfirmed-id", "id", "Wali kota sempat menyebut 25 orang tewas, angka yang tidak pernah dikonfirmasi pemerintah "
     "provinsi.", "25 orang", "modifiers", ("hedged",)),
    # one night's count is no running tally's; a count reported the night before still is one
    ("nightly-en", "en", "Police detained 875 people across the country overnight.", "875 people", "modifiers",
     ("nightly",)),
    ("nightly-id", "id", "Polisi menangkap 157 orang pada malam Minggu hingga Senin.", "157 orang", "modifiers",
     ("nightly",)),
    ("nightly-reported-en", "en", "The government said 62 people had been killed, fewer than the 68 dead the Red Cross "
     "had reported the night before.", "68 dead", "modifiers", ()),
    ("nightly-reported-id", "id", "Pemerintah menyebut 62 orang tewas, lebih sedikit dari 68 orang yang dilaporkan Palang "
     "Merah pada malam sebelumnya.", "68 orang", "modifiers", ()),
    # a year a count was recorded in is the count's period, never a day it was said (the Indonesian row is a guard)
    ("recorded-year-en", "en", "Foreign arrivals reached around 5.3 million in 2023, still short of the 6.3 million "
     "recorded in 2019.", "6.3 million", "when", (dt.date(2019, 1, 1), dt.date(2019, 12, 31))),
    ("recorded-year-id", "id", "Jumlah itu masih di bawah 6,3 juta wisatawan yang tercatat pada 2019.", "di bawah 6,3 juta",
     "when", (dt.date(2019, 1, 1), dt.date(2019, 12, 31))),
    # an incident dated by its month in its own noun phrase: its figures are that month's incident's
    ("incident-month-id", "id", "Tabrakan pada bulan Maret itu menewaskan 19 orang.", "19 orang", "when",
     (dt.date(2017, 3, 1), dt.date(2017, 3, 31))),
    ("incident-month-en", "en", "The collision in March killed 19 people.", "19 people", "when",
     (dt.date(2017, 3, 1), dt.date(2017, 3, 31))),
    # a measure's kind named in another clause with a tally of its own is that tally's, not this one's
    ("measure-own-clause-en", "en", "Lawmakers voted 412-149 on Tuesday to approve military action, after rejecting "
     "396-217 an amendment that said the case for war had not been made.", "412", "modifiers", ("roll_call",)),
    ("measure-own-clause-id", "id", "Parlemen menyetujui aksi militer dengan 412 suara berbanding 149, setelah menolak "
     "amendemen itu dengan 396 suara berbanding 217.", "412 suara", "modifiers", ("roll_call",)),
    # a dash tally after "rejecting" / "menolak" a measure is a vote's two counts
    ("reject-tally-en", "en", "Lawmakers voted 412-149 on Tuesday, after rejecting 396-217 an amendment.", "396",
     "predicate", "voted_for"),
    ("reject-tally-id", "id", "DPR menolak amendemen itu 396-217.", "396", "predicate", "voted_for"),
    # a speaker phrase run on past the name (an auxiliary, a pronoun) keys the name alone
    ("speaker-run-on-en", "en", "Yildirim had said on Monday that his rival led by 25,000 votes.", "25,000 votes",
     "source", "name:yildirim"),
    ("speaker-run-on-id", "id", "Yildirim sempat menyebut saingannya unggul 25.000 suara.", "25.000 suara", "source",
     "name:yildirim"),
    # an earlier value said to be of the day before holds on the day before the sentence's own day
    ("day-before-value-id", "id", "Pemerintah mencatat 50.243 orang telah menyeberang hingga Selasa pagi, naik dari "
     "28.120 orang sehari sebelumnya.", "28.120 orang", "as_of.day", dt.date(2017, 5, 22)),
    ("day-before-value-en", "en", "The government said 50,243 people had crossed by Tuesday morning, up from 28,120 the "
     "day before.", "28,120", "as_of.day", dt.date(2017, 5, 22)),
    # a list of counts, each at a place of its own: each is its place's part of the toll the places share
    ("place-breakdown-id", "id", "Rinciannya, 141 orang tewas di Samoa, 34 orang di Samoa Amerika dan sembilan orang "
     "di Tonga.", "141 orang", "modifiers", ("part",)),
    ("place-breakdown-en", "en", "The gunman killed 44 people at Al Noor mosque and seven at the Linwood Islamic Centre.",
     "44 people", "modifiers", ("part",)),
    # guards: a list of counts of different things, and one place with its province, are no breakdown
    ("place-breakdown-other-thing-id", "id", "Sebanyak 41 orang tewas di Demak dan 300 rumah rusak di Kudus.",
     "41 orang", "modifiers", ()),
    ("place-breakdown-other-thing-en", "en", "Floods killed 41 people in Demak and damaged 300 houses in Kudus.",
     "41 people", "modifiers", ()),
    ("place-breakdown-other-noun-en", "en", "The quake killed 15 people in Chile, thousands of families in the Coquimbo "
     "region are still sleeping in tents.", "15 people", "modifiers", ()),
    ("place-breakdown-other-noun-id", "id", "Gempa itu menewaskan 15 orang di Chile, ribuan keluarga di wilayah Coquimbo "
     "masih tidur di tenda.", "15 orang", "modifiers", ()),
    ("place-breakdown-province-id", "id", "Sebanyak 41 orang tewas di Garut, Jawa Barat, dan 12 orang hilang.",
     "41 orang", "modifiers", ()),
    ("place-breakdown-province-en", "en", "Floods killed 41 people in Garut, West Java, and 12 are missing.",
     "41 people", "modifiers", ()),
    # a sub-event's magnitude set off by commas right after its noun is that sub-event's
    ("aftershock-apposition-id", "id", "Salah satu gempa susulan, bermagnitudo 5,7, terjadi pada Selasa sore.",
     "bermagnitudo 5,7", "events", ("quake:later",)),
    ("aftershock-apposition-en", "en", "One of the aftershocks, magnitude 5.7, struck on Tuesday afternoon.",
     "magnitude 5.7", "events", ("quake:later",)),
    # an inclusion set off by commas stands between a figure and its own verb
    ("inclusion-aside-id", "id", "Komite dokter mencatat 56 warga sipil tewas, sementara 595 orang, termasuk anggota "
     "pasukan yang bertikai, menderita luka-luka.", "595 orang", "predicate", "injured"),
    ("inclusion-aside-en", "en", "The doctors' committee counted 56 civilians dead, while 595 people, including "
     "fighters of both sides, were injured.", "595 people", "predicate", "injured"),
    # people on the ground where a plane came down are never those aboard
    ("on-the-ground-en", "en", "Five people on the ground were also injured, local authorities said.", "Five people",
     "modifiers", ("ground",)),
    ("on-the-ground-id", "id", "Lima orang di darat juga terluka, kata pejabat setempat.", "Lima orang", "modifiers",
     ("ground",)),
    # "after midnight", "setelah tengah malam" is a time of day, not a clause: the day dates the shock's magnitude
    ("time-of-day-en", "en", "A magnitude 6.7 aftershock struck just after midnight on March 7.", "magnitude 6.7",
     "when", (dt.date(2017, 3, 7), dt.date(2017, 3, 7))),
    ("time-of-day-id", "id", "Gempa susulan bermagnitudo 6,7 mengguncang setelah tengah malam pada Selasa (7/3/2017).",
     "bermagnitudo 6,7", "when", (dt.date(2017, 3, 7), dt.date(2017, 3, 7))),
    # a length in a compass direction from a place is a distance, whatever "deep" / "dalam" stands near it
    ("bearing-not-depth-en", "en", "The quake was centered deep beneath Badakhshan province about 82 kilometers "
     "southeast of Fayzabad.", "about 82 kilometers", "predicate", "distance"),
    ("bearing-not-depth-id", "id", "Pusat gempa berada jauh di dalam perut bumi di bawah Provinsi Badakhshan, sekitar "
     "82 kilometer di tenggara Fayzabad.", "sekitar 82 kilometer", "predicate", "distance"),
    # a tunnel or an underpass before a name after a place preposition: the name is where the figure is
    ("venue-tunnel-id", "id", "Di terowongan bawah tanah Osong, jumlah korban tewas mencapai 14 orang.", "14 orang",
     "places", (Place("osong", "Osong", "in", True, False),)),
    ("venue-tunnel-en", "en", "In the Osong underpass, the death toll reached 14 people.", "14 people", "places",
     (Place("osong", "Osong", "in", True, False),)),
    # "the town of Labuha", "desa Sumber": the point a distance is measured from is the name after its title
    ("town-of-point-en", "en", "The quake struck at a depth of 10 km, 26 km northeast of the town of Labuha.", "26 km",
     "modifiers", ("bearing:ne", "from:labuha")),
    ("town-of-point-id", "id", "Gempa terjadi pada kedalaman 10 km, 26 km di timur laut desa Labuha.", "26 km",
     "modifiers", ("bearing:ne", "from:labuha")),
    # guards: on land is no group of people ("di darat" of an epicentre)
    ("on-the-ground-land-id", "id", "Pusat gempa berada di darat, 62 km arah timur laut Labuha.", "62 km",
     "modifiers", ("bearing:ne", "from:labuha")),
    ("on-the-ground-land-en", "en", "The epicentre was on the ground, 62 km northeast of Labuha.", "62 km",
     "modifiers", ("bearing:ne", "from:labuha")),
    # a predicate after "tanpa" / "without" / "no" counts nobody: not the figure before it (the English row is a
    # guard: its "against" was never the figure's)
    ("without-against-id", "id", "Parlemen mengesahkan mosi itu dengan 117 suara tanpa satu pun suara menolak.",
     "117 suara", "predicate", "voted_for"),
    ("without-against-en", "en", "Parliament approved the motion with 117 votes, without a single vote against.",
     "117 votes", "predicate", "voted_for"),
    # groups of people joined by "and" under one predicate are each a part of the toll they make together
    # (guards: two predicates, "killing 32 people and injuring 66", are no groups)
    ("and-groups-en", "en", "Twelve bombers and 33 victims died in the attacks of May 16.", "33 victims", "modifiers",
     ("part",)),
    ("and-groups-id", "id", "Serangan itu menewaskan 12 tentara dan 33 warga sipil.", "33 warga", "modifiers", ("part",)),
    ("and-groups-guard-en", "en", "The attack killed 32 people and injured 66 others.", "32 people", "modifiers", ()),
    ("and-groups-guard-id", "id", "Serangan itu menewaskan 32 orang dan melukai 66 orang.", "32 orang", "modifiers", ()),
    # a ballot's option named "No" / "Tidak" negates nothing
    ("option-no-en", "en", "In that vote the No won 55.99 percent, or 3,976,579 votes, against 44.01 percent for the Yes.",
     "3,976,579 votes", "negated", False),
    ("option-no-id", "id", 'Dalam referendum itu, pilihan "Tidak" meraih 3.976.579 suara.', "3.976.579 suara", "negated",
     False),
    # counts of named holders joined by "and" under one predicate are each a part of what they make together (a
    # party's members against the chamber's abstentions); guards: one party's count alone
    ("and-holders-id", "id", "Sebanyak 13 anggota ERC dan lima anggota EH Bildu memilih abstain pada kedua pemungutan suara.",
     "13 anggota", "modifiers", ("part",)),
    ("and-holders-en", "en", "Thirteen members of ERC and five of EH Bildu abstained in both votes.", "Thirteen members",
     "modifiers", ("part",)),
    ("and-holders-guard-id", "id", "Sebanyak 13 anggota ERC memilih abstain pada kedua pemungutan suara.", "13 anggota",
     "modifiers", ()),
    ("and-holders-guard-en", "en", "Thirteen members of ERC abstained in both votes.", "Thirteen members", "modifiers", ()),
    # the strongest of several shocks is another fact than any one shock's magnitude (guards: a shock named plainly)
    ("strongest-id", "id", "Gempa susulan terkuat bermagnitudo 4,4 dan berpusat 18 kilometer dari episentrum.",
     "bermagnitudo 4,4", "modifiers", ("strongest",)),
    ("strongest-en", "en", "The strongest aftershock measured 4.4 on Tuesday.", "4.4", "modifiers", ("strongest",)),
    ("strongest-guard-id", "id", "Gempa susulan bermagnitudo 4,4 terjadi pada Selasa.", "bermagnitudo 4,4", "modifiers",
     ()),
    ("strongest-guard-en", "en", "An aftershock measured 4.4 on Tuesday.", "4.4", "modifiers", ()),
    # where most of a figure is ("sebagian besar di", "mostly in") is a part of what it counts, not its place
    ("mostly-in-id", "id", "Sedikitnya 228 orang tewas dan lebih dari 1.000 orang terluka, sebagian besar di Provinsi "
     "Khyber Pakhtunkhwa.", "lebih dari 1.000 orang", "places.0.key", "mostly:khyber pakhtunkhwa"),
    ("mostly-in-en", "en", "At least 228 people were killed and more than 1,000 injured, mostly in Khyber Pakhtunkhwa "
     "province.", "more than 1,000", "places.0.key", "mostly:khyber pakhtunkhwa"),
    ("mostly-in-guard-en", "en", "More than 1,000 people were injured in Khyber Pakhtunkhwa.", "More than 1,000",
     "places", (Place("khyber pakhtunkhwa", "Khyber Pakhtunkhwa", "in", True, False),)),
    ("mostly-in-guard-id", "id", "Lebih dari 1.000 orang terluka di Provinsi Khyber Pakhtunkhwa.", "Lebih dari 1.000",
     "places", (Place("khyber pakhtunkhwa", "Provinsi Khyber Pakhtunkhwa", "in", True, False),)),
    # "di negara itu", "in the country": the country the sentence named before
    ("country-anaphor-id", "id", "Otoritas Bosnia menurunkan jumlah korban tewas di negara itu menjadi 24 orang.",
     "24 orang", "places", (Place("bosnia", "negara itu", "in", True, False),)),
    ("country-anaphor-en", "en", "Croatian officials said the death toll in the country rose to 24.", "24",
     "places", (Place("croatia", "country", "in", True, False),)),
    # the level a change reached counts what the change counts (the toll), not nothing
    ("change-level-en", "en", "The official death toll has been cut by 5,337 to 41,329 after the review.", "41,329",
     "predicate", "dead"),
    ("change-level-id", "id", "Pemerintah memangkas angka kematian sebanyak 5.377 orang menjadi 41.329 orang.",
     "41.329 orang", "predicate", "dead"),
    ("change-level-guard-en", "en", "The official death toll has been cut by 5,337 to 41,329 after the review.", "5,337",
     "modifiers", ("change",)),
    ("change-level-guard-id", "id", "Pemerintah memangkas angka kematian sebanyak 5.377 orang menjadi 41.329 orang.",
     "41.329 orang", "modifiers", ()),
    # the rest of a whole once a part is told is a part too (guard: a figure with no cue)
    ("the-remaining-en", "en", "Facebook is selling 180 million shares, while existing shareholders are selling the "
     "remaining 241.2 million.", "241.2 million", "modifiers", ("part",)),
    ("the-remaining-id", "id", "Facebook menjual 180 juta saham, sedangkan pemegang saham lama menjual sisanya 241,2 "
     "juta saham.", "241,2 juta", "modifiers", ("part",)),
    ("the-remaining-guard-en", "en", "Existing shareholders are selling 241.2 million shares.", "241.2 million",
     "modifiers", ()),
    ("the-remaining-guard-id", "id", "Pemegang saham lama menjual 241,2 juta saham.", "241,2 juta", "modifiers", ()),
    # "turned down by 50.70 percent to 49.29 percent" is a vote's tally, no fall (guard: "fell by")
    ("turned-down-en", "en", "With 88 percent of ballots counted, the council said the first block was turned down by "
     "50.70 percent to 49.29 percent.", "50.70 percent", "modifiers", ("progress:88", "provisional", "whole:vote")),
    ("turned-down-id", "id", "Setelah 88 persen suara dihitung, blok pertama ditolak oleh 50,70 persen pemilih.",
     "50,70 persen", "modifiers", ("whole:vote",)),
    ("turned-down-guard-en", "en", "The number of the missing fell by 12 to 40.", "12", "modifiers", ("change",)),
    ("turned-down-guard-id", "id", "Jumlah korban hilang turun sebanyak 12 orang menjadi 40 orang.", "12 orang",
     "modifiers", ("change",)),
    # prisoners, migrants and firefighters are counted by their own nouns, alike in both languages
    ("prisoner-class-en", "en", "About 200 inmates escaped from the prison.", "About 200", "counted", "prisoner"),
    ("prisoner-class-id", "id", "Sekitar 200 napi kabur dari lapas itu.", "Sekitar 200", "counted", "prisoner"),
    ("migrant-class-en", "en", "The boat carried 52 migrants.", "52", "counted", "migrant"),
    ("migrant-class-id", "id", "Kapal itu membawa 52 migran.", "52", "counted", "migrant"),
    ("firefighter-class-en", "en", "Some 300 firefighters fought the blaze.", "Some 300", "counted", "responder"),
    ("firefighter-class-id", "id", "Sebanyak 300 pemadam kebakaran dikerahkan ke lokasi.", "300 pemadam", "counted",
     "responder"),
    # "its count of the dead" names the whole tally, not a part of it (guard: "Of the dead, 23 were children")
    ("tally-of-dead-en", "en", "The United Nations cut its count of the dead to 987 from 1,111.", "987", "modifiers", ()),
    ("tally-of-dead-id", "id", "PBB menurunkan jumlah dari korban tewas menjadi 978 orang.", "978 orang", "modifiers", ()),
    ("tally-of-dead-guard-en", "en", "Of the dead, 23 were children.", "23", "modifiers", ("part",)),
    ("tally-of-dead-guard-id", "id", "Dari korban tewas, 23 orang adalah anak-anak.", "23 orang", "modifiers", ("part",)),
    # a plural demonym says whose count it is ("23 were Italians", "12 were Kenyans"), as "warga Italia" does
    ("demonym-plural-en", "en", "Of those killed when the wall collapsed, 23 were Italians.", "23", "modifiers",
     ("group:italy",)),
    ("demonym-plural-id", "id", "Dari korban tewas, 23 orang adalah warga Italia.", "23 orang", "modifiers",
     ("group:italy", "part")),
    ("demonym-derived-en", "en", "Among the dead, 12 were Kenyans.", "12", "modifiers", ("group:kenya", "part")),
    ("demonym-derived-id", "id", "Di antara korban tewas, 12 orang adalah warga Kenya.", "12 orang", "modifiers",
     ("group:kenya", "part")),
]


@pytest.mark.parametrize("case", FIGURE_FIELDS, ids=[c[0] for c in FIGURE_FIELDS])
def test_figure_field_case_table(case):
    _, lang, text, mention, field, want = case
    facts = facts_of(text, lang, "2017-05-23", "a")[-1]
    found = [m for m in facts.quantities if m.text.startswith(mention)]
    assert len(found) == 1, [m.text for m in facts.quantities]
    value = found[0].frame
    for part in field.split("."):
        value = value[int(part)] if part.isdigit() else getattr(value, part)
    assert value == want, found[0].frame


def test_figure_field_table_covers_both_languages():
    for cls in ("contested", "particle", "source", "recalled", "short-name", "narrowed", "passive-agent", "repatriated",
                "days-before", "agent-source", "recalled-first-days", "conjunct-verb", "conjunct-verb-own", "final-assault",
                "counted-not-speaker", "vote-stage", "days-before-tally", "un-office", "reporting-body", "news-agency",
                "compared-operation", "still-in-hospitals", "other-storm", "chamber-of-parliament", "then-clause",
                "passive-report", "now-other-clause", "share-restated-part", "fronted-day-hour", "listed-before-day",
                "told-addressee", "foreign-ministry-source", "when-clause-day", "fronted-list", "cause-breakdown",
                "shortly-after-shock", "shortly-after-tsunami", "still-treated", "appositive-source", "runner-up-holder",
                "runner-up-named", "ballot-boxes", "tally-sheets-share", "unconfirmed", "nightly", "nightly-reported",
                "speaker-run-on", "recorded-year", "incident-month", "measure-own-clause", "reject-tally",
                "place-breakdown", "place-breakdown-other-thing", "place-breakdown-province",
                "place-breakdown-other-noun", "day-before-value", "aftershock-apposition", "inclusion-aside",
                "on-the-ground", "country-anaphor", "without-against", "mostly-in", "and-groups", "strongest", "and-holders",
                "and-holders-guard", "option-no", "time-of-day", "bearing-not-depth", "venue-tunnel",
                "town-of-point", "change-level", "change-level-guard", "the-remaining", "the-remaining-guard", "turned-down",
                "turned-down-guard", "prisoner-class", "migrant-class", "firefighter-class", "tally-of-dead",
                "tally-of-dead-guard", "demonym-plural", "demonym-derived"):
        assert {c[1] for c in FIGURE_FIELDS if c[0].startswith(cls)} == {"id", "en"}, cls


# (id, language, text, date mention, frame field, value): whose act a date dates
DATE_FIELDS = [
    # a verb of receiving puts the grantor after "from"/"dari", never the subject that received it
    ("received-from-en", "en", "Argentina secured final approval on Friday, March 25, for a loan program from the "
     "International Monetary Fund's executive board.", "Friday", "actor", "@imf"),
    ("received-from-id", "id", "Argentina mendapat persetujuan akhir dari Dana Moneter Internasional (IMF) pada Jumat "
     "(25/3/2022).", "Jumat", "actor", "@imf"),
    ("received-from-none-en", "en", "Argentina won approval on Friday.", "Friday", "actor", None),
    ("received-from-none-id", "id", "Argentina memperoleh persetujuan pada Jumat (25/3/2022).", "Jumat", "actor", None),
    ("approved-subject-en", "en", "Argentina's Congress approved the financing on Thursday.", "Thursday", "actor",
     "@legislature"),
    ("approved-subject-id", "id", "Kongres Argentina menyetujui pembiayaan itu pada Kamis (17/3/2022).", "Kamis", "actor",
     "argentina"),
    # the agent of an aside's participle did not do what the date dates
    ("aside-agent-en", "en", "All 15 members backed the text, drafted by Australia, at a session in New York on Monday.",
     "Monday", "actor", None),
    ("aside-agent-id", "id", "Seluruh 15 anggota mendukung naskah itu, yang disusun oleh Australia, dalam sidang di New York pada "
     "Senin (21/7/2014).", "Senin", "actor", None),
    # an armed group and an army: who attacked
    ("attackers-en", "en", "The gunmen struck before dawn on Wednesday, ambushing a bus carrying workers.", "Wednesday",
     "actor", "@militants"),
    ("attackers-id", "id", "Para penyandera menyerbu kompleks itu pada Rabu (16/1/2013) dini hari.", "Rabu", "actor",
     "@militants"),
    ("army-en", "en", "The army began its assault on Thursday with helicopter support.", "Thursday", "actor", "@military"),
    ("army-id", "id", "Tentara mulai menyerang pada Kamis (17/1/2013) siang dengan dukungan helikopter.", "Kamis", "actor",
     "@military"),
    # a fire spreading, the dead recovered, another bomb: steps or incidents of their own, not the incident's day
    ("spread-id", "id", "Kebakaran di depo minyak itu meluas ke tangki ketiga pada Minggu (7/8/2022).", "Minggu", "event",
     "activity:spread"),
    ("spread-en", "en", "The fire at the depot spread to a third tank on Sunday.", "Sunday", "event", "activity:spread"),
    ("recovery-id", "id", "Tim penyelamat menuntaskan evakuasi seluruh jenazah korban kebakaran pada Selasa (14/11/2000).",
     "Selasa", "event", "activity:recovery"),
    ("recovery-en", "en", "Rescuers said the last bodies were recovered on Tuesday.", "Tuesday", "event",
     "activity:recovery"),
    ("another-bomb-id", "id", "Sebuah bom lain dilemparkan ke sungai pada Selasa (18/8/2015).", "Selasa", "event",
     "attack:later"),
    ("another-bomb-en", "en", "Another bomb was thrown into the river on Tuesday.", "Tuesday", "event", "attack:later"),
    ("other-storm-date-en", "en", "Cyclone Batsirai came ashore on Feb. 5. Tropical Storm Ana had already killed 55 people "
     "in late January.", "late January", "event", "storm:other"),
    ("other-storm-date-id", "id", "Siklon Batsirai menghantam pesisir pada Sabtu (5/2/2022). Sebelumnya, badai tropis Ana "
     "pada Januari lalu telah menewaskan 65 orang.", "Januari", "event", "storm:other"),
    ("upper-house-en", "en", "India's upper house, the Rajya Sabha, approved the bill on Monday.", "Monday", "actor",
     "@rajya_sabha"),
    ("upper-house-id", "id", "Majelis tinggi parlemen India, Rajya Sabha, pada Senin (5/8/2019) menyetujui RUU itu.", "Senin",
     "actor", "@rajya_sabha"),
    # a day told against the incident's killings is not the incident's own
    ("told-against-killings-en", "en", "The federal government blamed ISWAP for the attack on June 9, four days after the "
     "killings.", "June 9", "predicate", None),
    ("told-against-killings-id", "id", "Pemerintah menuding ISWAP atas serangan itu pada Kamis (9/6/2022), empat hari "
     "setelah pembantaian.", "Kamis", "predicate", None),
    # a country's government is the country
    ("country-government-en", "en", "North Macedonia's government declared three days of national mourning starting on "
     "Tuesday.", "Tuesday", "actor", "north macedonia"),
    ("country-army-en", "en", "In the desert, Algeria's army began its assault on Thursday.", "Thursday", "actor", "algeria"),
    ("country-army-id", "id", "Sekitar 10.000 tentara Korea Utara tiba di Kursk pada Senin (4/11/2024).", "Senin", "actor",
     "north korea"),
    ("country-government-id", "id", "Pemerintah Bulgaria menetapkan hari berkabung nasional pada Rabu (24/11/2021).",
     "Rabu", "actor", "bulgaria"),
    # a relative clause's own verb is what its date dates, not the noun's verb before it
    ("relative-own-verb-en", "en", "The minister sent his resignation from abroad, which the cabinet accepted on Friday.",
     "Friday", "predicate", None),
    ("relative-own-verb-id", "id", "Menteri itu mengirim surat pengunduran diri dari luar negeri, yang diterima kabinet pada "
     "Jumat (19/5/2017).", "Jumat", "predicate", None),
    # a date that closes its own verb's phrase is not the next conjunct's
    ("own-phrase-before-and-id", "id", "Ia meninggalkan negaranya pada Rabu (17/5/2017) dan mengirim surat pengunduran diri "
     "dari luar negeri.", "Rabu", "predicate", None),
    ("own-phrase-before-and-en", "en", "He abandoned the country on Wednesday and sent his resignation from abroad.",
     "Wednesday", "predicate", None),
    # fleeing abroad, in both languages (the English row is a guard)
    ("fled-to-id", "id", "Presiden itu kabur ke Maladewa pada 13 Juli.", "13 Juli", "predicate", "displaced"),
    ("fled-to-en", "en", "The president fled to the Maldives on July 13.", "July 13", "predicate", "displaced"),
    # the president-elect's title names no election's day (the English row is a guard)
    ("president-elect-title-id", "id", "Presiden terpilih Meksiko Andrés López memutuskan menghentikan proyek itu, Senin "
     "(22/5/2017).", "Senin", "predicate", None),
    ("president-elect-title-en", "en", "Mexico's president-elect Andrés López decided to halt the project on Monday.",
     "Monday", "predicate", None),
    # a day that closes a said clause before "sementara"/"while" is the day it was said
    ("closing-statement-day-id", "id", "Pemerintah prefektur menyatakan 16 pendaki masih hilang, Jumat (19/5/2017), "
     "sementara korban tewas tercatat 47 orang.", "Jumat", "role", "statement"),
    ("closing-statement-day-en", "en", "Officials said 16 climbers were still missing, Friday, while the dead numbered 47.",
     "Friday", "role", "statement"),
    # an incident a sentence puts days after the story's is a later one
    ("fronted-later-en", "en", "Two days later, on Thursday, gunmen attacked a police post.", "Thursday", "event",
     "attack:later"),
    ("fronted-later-id", "id", "Dua hari kemudian, pada Kamis (18/5/2017), kelompok bersenjata menyerang pos polisi.",
     "Kamis", "event", "attack:later"),
    # a schedule moved: its old and new dates are plans, not days anything happened
    ("moved-schedule-id", "id", "Kementerian Pendidikan pada Minggu (21/5/2017) menunda pembukaan sekolah dari Senin "
     "(22/5/2017) menjadi Senin (29/5/2017).", "Senin (22", "modifiers", ("planned",)),
    ("moved-schedule-en", "en", "The education ministry on Sunday moved the reopening of schools from April 29 to May 6.",
     "April 29", "modifiers", ("planned",)),
    # an education ministry is a body of its own
    ("education-ministry-id", "id", "Kementerian Pendidikan Kenya pada Minggu (21/5/2017) menunda pembukaan sekolah.",
     "Minggu", "actor", "@education_ministry"),
    ("education-ministry-en", "en", "Kenya's education ministry on Sunday postponed the reopening of schools.", "Sunday",
     "actor", "@education_ministry"),
    # the speaker named before a relative clause did what the clause's date dates
    ("speaker-relative-en", "en", "Governor Ana Lima, who toured the city on Wednesday, said the damage was severe.",
     "Wednesday", "actor", "ana lima"),
    ("speaker-relative-id", "id", "Gubernur Ana Lima, yang meninjau kota itu pada Rabu (17/5/2017), mengatakan kerusakannya "
     "parah.", "Rabu", "actor", "ana lima"),
    # "for the second time", "untuk kedua kalinya": one of several occurrences
    ("nth-time-en", "en", "Ana Lima visited the town for the second time on Sunday.", "Sunday", "modifiers", ("repeated",)),
    ("nth-time-id", "id", "Ana Lima mengunjungi kota itu untuk kedua kalinya pada Minggu (21/5/2017).", "Minggu",
     "modifiers", ("repeated",)),
    # a tally the dated act closed with is not what the date dates (the English row is a guard)
    ("with-tally-id", "id", "Pencarian resmi dihentikan pada Selasa (16/5/2017) dengan jumlah korban tewas mencapai 45 "
     "orang.", "Selasa", "predicate", None),
    ("with-tally-en", "en", "The search ended on Tuesday with the death toll at 45.", "Tuesday", "predicate", "ended"),
    # voting abroad is a day of its own, before the polling day at home
    ("abroad-vote-id", "id", "Pemungutan suara digelar pada Rabu (24/5/2017), sementara warga di luar negeri sudah memilih "
     "di sejumlah kedutaan pada 17 Mei.", "17 Mei", "event", "elected:abroad"),
    ("abroad-vote-en", "en", "Voting took place on Wednesday, while expatriates had voted at embassies on May 17.",
     "May 17", "event", "elected:abroad"),
    # what an act answered ("in response to", "sebagai balasan atas") is the event its day is told against
    ("in-response-en", "en", "The United States fired missiles at the air base early on Friday in response to a poison "
     "gas attack that killed scores of civilians.", "Friday", "event", "attack:after"),
    ("in-response-id", "id", "Amerika Serikat menembakkan rudal ke pangkalan udara itu pada Jumat (19/5/2017) sebagai "
     "balasan atas serangan gas beracun yang menewaskan 86 orang.", "Jumat", "event", "attack:after"),
    # an office's title before a person's name: the person acts ("Dalam Negeri" is the ministry's, not the name's)
    ("office-then-name-en", "en", "Home Minister Ramesh Lekhak resigned on Monday night.", "Monday", "actor",
     "ramesh lekhak"),
    ("office-then-name-id", "id", "Menteri Dalam Negeri Ramesh Lekhak mengundurkan diri pada Senin malam dengan menyebut "
     "dirinya bertanggung jawab.", "Senin", "actor", "ramesh lekhak"),
    # a fronted day, then a person right before the active verb: the person did what the day dates
    ("fronted-day-person-en", "en", "A day later, on Tuesday, Prime Minister K.P. Sharma Oli resigned.", "Tuesday",
     "actor", "k.p sharma oli"),
    ("fronted-day-person-id", "id", "Sehari kemudian, Selasa (16/5/2017), Perdana Menteri KP Sharma Oli mengundurkan "
     "diri.", "Selasa", "actor", "kp sharma oli"),
    # a fight that spread or grew fiercer is a stage of its own, never the day it began
    ("escalated-id", "id", "Pertempuran meluas pada Jumat (19/5/2017) dengan tembakan artileri.", "Jumat", "event",
     "escalated"),
    ("escalated-en", "en", "The conflict escalated on Friday with artillery fire.", "Friday", "event", "escalated"),
    # a turn an incident takes: the incident noun right before it is its subject, not what the date dates
    ("turn-of-incident-en", "en", "The fighting escalated on Friday as artillery hit the suburbs.", "Friday", "event",
     "escalated"),
    ("turn-of-incident-id", "id", "Perang meluas pada Jumat (19/5/2017) ke pinggiran kota.", "Jumat", "event",
     "escalated"),
    # a date that closes its subject's phrase, the toll's verb right after it: the incident's day
    ("incident-then-toll-en", "en", "The crash of an airliner moments after takeoff from Havana on Friday killed 110 "
     "people.", "Friday", "event", "crash"),
    ("incident-then-toll-id", "id", "Kecelakaan pesawat di dekat bandara Havana pada Jumat (18/5/2018) menewaskan "
     "110 orang.", "Jumat", "event", "crash"),
    # a turnout is a march's load: an estimate spans its range, so two marches with turnouts far apart are two
    ("march-load-en", "en", "About 90,000 people marched in cities across the country on Sunday.", "Sunday",
     "modifiers", ("load:people=81000-99000",)),
    ("march-load-id", "id", "Pada Rabu (1/2/2017), sekitar 300.000 orang berdemonstrasi di berbagai kota.", "Rabu",
     "modifiers", ("load:people=270000-330000",)),
    # guards: an incident named after "after" is the one the act came after, not what the date closes
    ("incident-after-toll-en", "en", "The explosion came two days after a blast in a building in the Science Lab area "
     "on Sunday killed three people.", "Sunday", "event", "dead"),
    ("incident-after-toll-id", "id", "Ledakan itu terjadi dua hari setelah ledakan di sebuah gedung di kawasan Science "
     "Lab pada Minggu (5/3/2023) menewaskan tiga orang.", "Minggu", "event", "dead"),
    # a year that names a budget's period is no day of the event its sentence tells (the English row is a guard: a
    # year after "budget for" is read as no date at all)
    ("plan-year-id", "id", "Presiden meneken anggaran negara tahun 2025 senilai Rp3.600 triliun pada Senin "
     "(30/12/2024).", "2025", "modifiers", ("period",)),
    ("plan-year-en", "en", "The new plan is 9.7 percent larger than the budget for this year of 5.768 trillion pesos.",
     "this year", "modifiers", ("period",)),
    # the incident a date is "of" is what it dates, whatever the sentence's verb (the Indonesian row is a guard)
    ("incident-of-date-en", "en", "Cameron met survivors of the attacks of Wednesday, June 2, at a hospital in "
     "Whitehaven on Friday.", "Wednesday", "event", "attack"),
    ("incident-of-date-id", "id", "Perdana Menteri menjenguk para penyintas serangan tanggal 2 Juni itu di rumah sakit "
     "pada Jumat (4/6/2010).", "2 Juni", "event", "attack"),
    # a speaker phrase with no name in it (a determiner, common nouns, a day) is no source
    ("speaker-no-name-en", "en", "A strong aftershock on Sept. 4 added to the fear, though Germany's GFZ measured it "
     "at 6.2 while the U.S. Geological Survey put it at 5.6.", "Sept. 4", "source", None),
    ("speaker-no-name-id", "id", "Sebuah gempa susulan pada Selasa mengatakan ketakutan warga bertambah.", "Selasa",
     "source", None),
    # an incident noun with a word and a name before the date holds the date ("serangan kilat Azerbaijan pada
    # Senin"), not the verb after it (the English row is a guard)
    ("named-incident-id", "id", "Eksodus dimulai setelah serangan kilat Azerbaijan pada Senin (18/9/2023) berakhir "
     "dengan gencatan senjata sehari kemudian.", "Senin", "event", "attack"),
    ("named-incident-en", "en", "The exodus began after Azerbaijan's lightning attack on Monday ended with a ceasefire "
     "a day later.", "Monday", "event", "attack"),
    # guards: an incident verb with a name after it is no incident noun phrase
    ("named-incident-verb-id", "id", "Gempa susulan bermagnitudo 5,9 mengguncang Haiti pada Rabu (20/1/2010) pagi.",
     "Rabu", "event", "quake:later"),
    ("named-incident-verb-en", "en", "A magnitude 5.9 aftershock shook Haiti on Wednesday morning.", "Wednesday",
     "event", "quake:later"),
    # a purpose that reacts to another event is not what the date dates
    ("reaction-purpose-en", "en", "Hundreds gathered at the memorial on Sunday to welcome the U.N. vote.", "Sunday",
     "event", None),
    ("reaction-purpose-id", "id", "Ratusan warga berkumpul di monumen itu pada Minggu (26/5/2024) untuk menyambut "
     "pemungutan suara PBB.", "Minggu", "event", None),
    # an event said to be in its Nth day on a date: a day inside it, never the day it began
    ("nth-day-id", "id", "Pertempuran di Ossetia Selatan memasuki hari ketiga pada Minggu (10/8/2008).", "Minggu",
     "modifiers", ("ongoing",)),
    ("nth-day-en", "en", "The fighting in South Ossetia entered its third day on Sunday.", "Sunday",
     "modifiers", ("ongoing",)),
    # a state that still holds on the day: the day is one of its days
    ("still-in-en", "en", "About 51,000 people were still in relief centres on Tuesday morning.", "Tuesday", "modifiers",
     ("ongoing",)),
    ("still-in-id", "id", "Sekitar 51.000 orang masih berada di pusat penampungan pada Selasa (21/12/2021) pagi.",
     "Selasa", "modifiers", ("ongoing",)),
    # a victim counted by its order, or dying of wounds, died days after the incident
    ("ordinal-victim-en", "en", "A third person died on Thursday of wounds suffered in the shooting.", "Thursday",
     "event", "dead:later"),
    ("ordinal-victim-id", "id", "Korban ketiga meninggal pada Kamis (13/12/2018) akibat luka tembak.", "Kamis", "event",
     "dead:later"),
    ("died-of-wounds-en", "en", "The guard died on Thursday of his wounds.", "Thursday", "event", "dead:later"),
    ("died-of-wounds-id", "id", "Penjaga itu meninggal pada Kamis (13/12/2018) akibat luka-lukanya.", "Kamis", "event",
     "dead:later"),
    # the verbs of a fire starting and of water flooding a place date the fire and the flooding
    ("fire-started-id", "id", "Api muncul sekitar pukul 23.30 pada Selasa (12/9/2023) di lantai dasar.", "Selasa",
     "event", "fire"),
    ("fire-started-en", "en", "The fire started at about 11:30 p.m. on Tuesday on the ground floor.", "Tuesday", "event",
     "fire"),
    ("flooded-verb-id", "id", "Air sungai membanjiri terowongan itu pada Jumat (14/7/2023) pagi.", "Jumat", "event",
     "flooded"),
    ("flooded-verb-en", "en", "Water from the river flooded the tunnel on Friday morning.", "Friday", "event",
     "flooded"),
    # opened to the public is its own event, never the inauguration the day before
    ("opened-public-en", "en", "The bridge opened to the public at 6 a.m. on Sunday, a day after the prime minister "
     "inaugurated it.", "Sunday", "event", "opened_public"),
    ("opened-public-id", "id", "Jembatan itu dibuka untuk umum pada Minggu (26/6/2022) pukul 06.00.", "Minggu", "event",
     "opened_public"),
    # a tally that reached a value arrived nowhere (guards: a team that reached a village did)
    ("reached-value-en", "en", "The agency's tally had first reached 150 on Oct. 31.", "Oct. 31", "event", None),
    ("reached-value-id", "id", "Jumlah korban sempat sampai di angka 150 pada Kamis (31/10/2024).", "Kamis", "event",
     None),
    ("reached-place-en", "en", "The rescuers reached the village on Monday.", "Monday", "event", "arrived"),
    ("reached-place-id", "id", "Tim penyelamat sampai di desa itu pada Senin (28/10/2024).", "Senin", "event", "arrived"),
    # a storm that left an area departed; it did not arrive there
    ("exited-area-id", "id", "Badai itu keluar dari wilayah pemantauan Filipina pada Jumat (25/10/2024) sore.", "Jumat",
     "event", "departed"),
    ("exited-area-en", "en", "The storm exited the area of responsibility on Friday afternoon.", "Friday", "event",
     "departed"),
    # "opened fire" is an attack, never an opening ("kembali dibuka" of an airport the next day)
    ("opened-fire-en", "en", "Three men opened fire at the terminal around 10 p.m. on June 28.", "June 28", "event",
     "attack"),
    ("opened-fire-id", "id", "Para pelaku melepaskan tembakan di terminal sekitar pukul 22.00 pada Selasa (28/6/2016).",
     "Selasa", "event", "attack"),
    ("reopened-guard-id", "id", "Bandara itu kembali dibuka pada Rabu (29/6/2016) dini hari.", "Rabu", "event", "opened"),
    ("reopened-guard-en", "en", "The airport reopened early on Wednesday.", "Wednesday", "event", "opened"),
    # the day a toll was given by someone is the statement's, not the deaths' (the Indonesian row is a guard: its
    # verb was a statement cue before)
    ("given-by-en", "en", "The toll given by the regional police on Wednesday had been 81.", "Wednesday", "role",
     "statement"),
    ("given-by-id", "id", "Jumlah korban yang diumumkan polisi pada Rabu (1/7/2020) adalah 81 orang.", "Rabu", "role",
     "statement"),
    # two days in a row joined by "and" are the days of one event that lasts both, neither its only day (guards: two
    # acts' days with other words between)
    ("two-days-en", "en", "The two-day referendum was held on Saturday and Sunday.", "Saturday", "modifiers",
     ("days:several",)),
    ("two-days-id", "id", "Referendum dua hari itu digelar pada Sabtu (20/5/2017) dan Minggu (21/5/2017).", "Sabtu",
     "modifiers", ("days:several",)),
    ("two-days-guard-en", "en", "The minister signed on Monday and the governor on Tuesday.", "Monday", "modifiers", ()),
    ("two-days-guard-id", "id", "Menteri menandatanganinya pada Senin, sedangkan gubernur pada Selasa.", "Senin",
     "modifiers", ()),
    # a union of states is an international body, never a country's organ
    ("union-of-states-en", "en", "The African Union suspended Sudan on June 6.", "June 6", "actor", "@african_union"),
    ("union-of-states-id", "id", "Uni Afrika menangguhkan keanggotaan Sudan pada Kamis (6/6/2019).", "Kamis", "actor",
     "@african_union"),
    # "bergabungnya" is the joining, as "bergabung" is (the English row is a guard: "joined" was read before)
    ("joined-nya-id", "id", "Uni Eropa kecewa atas hasil referendum itu, menjelang bergabungnya Siprus pada 1 Mei 2004.",
     "1 Mei 2004", "predicate", "joined"),
    ("joined-nya-en", "en", "The EU voiced its disappointment days before Cyprus joined the bloc on May 1, 2004.",
     "May 1, 2004", "predicate", "joined"),
]


@pytest.mark.parametrize("case", DATE_FIELDS, ids=[c[0] for c in DATE_FIELDS])
def test_date_field_case_table(case):
    _, lang, text, mention, field, want = case
    facts = facts_of(text, lang, "2017-05-23", "a")[-1]
    found = [m for m in facts.dates if m.text.startswith(mention)]
    assert len(found) == 1, [m.text for m in facts.dates]
    assert getattr(found[0].frame, field) == want, found[0].frame


def test_date_field_table_covers_both_languages():
    for cls in ("received-from", "received-from-none", "approved-subject", "aside-agent", "attackers", "army",
                "told-against-killings", "country-government", "country-army", "spread", "recovery", "another-bomb",
                "other-storm-date", "upper-house", "relative-own-verb", "own-phrase-before-and", "fled-to",
                "president-elect-title", "closing-statement-day", "fronted-later", "moved-schedule", "education-ministry",
                "speaker-relative", "nth-time", "with-tally", "abroad-vote", "in-response", "office-then-name",
                "fronted-day-person", "escalated", "turn-of-incident", "incident-then-toll", "union-of-states",
                "march-load", "incident-after-toll", "plan-year", "incident-of-date", "speaker-no-name",
                "named-incident", "named-incident-verb", "nth-day", "reaction-purpose", "still-in", "ordinal-victim",
                "died-of-wounds", "fire-started", "flooded-verb", "opened-public", "reached-value", "reached-place",
                "exited-area", "opened-fire", "reopened-guard", "given-by", "two-days", "two-days-guard", "joined-nya"):
        assert {c[1] for c in DATE_FIELDS if c[0].startswith(cls + "-")} == {"id", "en"}, cls
