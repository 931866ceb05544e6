"""Another event of the story's kind: a foreshock, an aftershock, a second blast, the earlier eruption, the second
round, an earlier one cited for comparison ("banjir serupa", "a similar crash", "the worst since the 2003 Cedar
Fire, which destroyed …", "melampaui banjir bandang 2011 yang menewaskan …"), an earlier shock named by its relation
("The quake followed a magnitude 5.6 tremor", "Sehari sebelumnya, gempa bermagnitudo 5,6 …"), the strongest of a
counted series of aftershocks. Its days and figures (magnitude, depth, toll) are its own: never compared with the
main incident's, while two sides naming the same sub-event still compare. The phases of one event are apart too:
its start against its end ("began"/"dimulai" against "ended"/"berakhir"), the day it was lost against the day
debris was found. Rows: two short articles (the last sentence is read), a mention of
each, and the veto that must part them (``None``: the veto must leave the pair to the scorer); then whole pairs
through the pipeline, with the findings they must (not) give."""

from __future__ import annotations

import pytest

from consistency.compare.identity import date_veto, number_veto

from .pairs import mention_in, pair_findings, side_pair, summary

VETO = {"number": number_veto, "date": date_veto}

_FORE_EN = ("A magnitude 5.9 foreshock hit the island on Thursday.", "en", "2025-03-08")
_MAIN_EN = ("The magnitude 6.2 quake struck the island on Friday, killing 12 people.", "en", "2025-03-08")
_FORE_ID = ("Gempa pendahuluan bermagnitudo 5,9 mengguncang pulau itu pada Kamis.", "id", "2025-03-08")
_MAIN_ID = ("Gempa bermagnitudo 6,2 mengguncang pulau itu pada Jumat dan menewaskan 12 orang.", "id", "2025-03-08")

# (id, kind, side a, mention of a, side b, mention of b, reason)
CASES = [
    ("fore-date-en", "date", _FORE_EN, "Thursday", _MAIN_EN, "Friday", "different events"),
    ("fore-date-id", "date", _FORE_ID, "Kamis", _MAIN_ID, "Jumat", "different events"),
    ("fore-magnitude-en", "number", _FORE_EN, "5.9", _MAIN_EN, "6.2", "different incidents"),
    ("fore-magnitude-id", "number", _FORE_ID, "5,9", _MAIN_ID, "6,2", "different incidents"),
    ("after-date-en", "date", ("The main quake, of magnitude 6.2, struck on Friday.", "en", "2025-03-09"), "Friday",
     ("The strongest aftershock, of magnitude 5.1, hit on Saturday.", "en", "2025-03-09"), "Saturday", "different events"),
    ("after-magnitude-id", "number", ("Gempa utama bermagnitudo 6,2 terjadi pada Jumat.", "id", "2025-03-09"), "6,2",
     ("Gempa susulan bermagnitudo 5,1 terjadi pada Sabtu.", "id", "2025-03-09"), "5,1", "different incidents"),
    ("blast-toll-en", "number", ("The first blast killed 14 people on Monday.", "en", "2025-03-09"), "14 people",
     ("The second blast killed 9 people.", "en", "2025-03-09"), "9 people", "different incidents"),
    ("blast-toll-id", "number", ("Ledakan pertama menewaskan 14 orang.", "id", "2025-03-09"), "14 orang",
     ("Ledakan kedua menewaskan 9 orang.", "id", "2025-03-09"), "9 orang", "different incidents"),
    ("eruption-toll-en", "number", ("The volcano erupted on Sunday, killing 11 climbers.", "en", "2025-03-09"), "11 climbers",
     ("The earlier eruption, in 2019, killed 22 people.", "en", "2025-03-09"), "22 people", "different incidents"),
    ("eruption-toll-id", "number", ("Gunung itu meletus pada Minggu dan menewaskan 11 pendaki.", "id", "2025-03-09"),
     "11 pendaki", ("Letusan sebelumnya menewaskan 22 orang.", "id", "2025-03-09"), "22 orang", "different incidents"),
    ("round-date-en", "date", ("The first round was held on March 12.", "en", "2025-04-05"), "March 12",
     ("The runoff was held on April 2.", "en", "2025-04-05"), "April 2", "different events"),
    ("round-date-id", "date", ("Putaran pertama digelar pada 12 Maret.", "id", "2025-04-05"), "12 Maret",
     ("Putaran kedua digelar pada 2 April.", "id", "2025-04-05"), "2 April", "different events"),
    # an earlier event of the kind cited for comparison: its toll and its day are its own
    ("similar-toll-id", "number", ("Banjir itu menewaskan 30 orang pada Senin.", "id", "2025-03-09"), "30 orang",
     ("Banjir serupa pernah menewaskan 28 orang di kota itu.", "id", "2025-03-09"), "28 orang", "different incidents"),
    ("similar-date-id", "date", ("Banjir melanda kota itu pada Senin.", "id", "2025-03-09"), "Senin",
     ("Banjir serupa pernah melanda kota itu pada Selasa.", "id", "2025-03-09"), "Selasa", "different events"),
    ("similar-toll-en", "number", ("The crash killed 160 people.", "en", "2025-03-09"), "160 people",
     ("In a similar crash years ago, 162 people died.", "en", "2025-03-09"), "162 people", "different incidents"),
    ("similar-date-en", "date", ("The flood hit the city on Monday.", "en", "2025-03-09"), "Monday",
     ("A similar flood once hit the city on Tuesday.", "en", "2025-03-09"), "Tuesday", "different events"),
    # the quake a relative clause dates ("gempa … yang melanda … pada Selasa (13/2/2001)", "the quake that struck
    # … on Feb. 13"): a second quake a month later is another event, its toll and magnitude its own
    ("relative-day-toll-id", "number",
     ("Korban tewas gempa bermagnitudo 6,6 yang melanda negara itu pada Selasa (13/2/2001) bertambah menjadi 283 orang.",
      "id", "2001-02-16"), "283 orang",
     ("Jumlah korban tewas gempa bermagnitudo 7,6 yang mengguncang negara itu pada Sabtu (13/1/2001) bertambah menjadi "
      "675 orang.", "id", "2001-01-17"), "675 orang", "different times"),
    ("relative-day-magnitude-id", "number",
     ("Korban tewas gempa bermagnitudo 6,6 yang melanda negara itu pada Selasa (13/2/2001) bertambah menjadi 283 orang.",
      "id", "2001-02-16"), "6,6",
     ("Jumlah korban tewas gempa bermagnitudo 7,6 yang mengguncang negara itu pada Sabtu (13/1/2001) bertambah menjadi "
      "675 orang.", "id", "2001-01-17"), "7,6", "different times"),
    ("relative-day-magnitude-en", "number",
     ("The magnitude 6.6 quake that hit the country on Feb. 13 killed 283 people.", "en", "2001-02-16"), "6.6",
     ("The magnitude 7.6 quake that hit the country on Jan. 13 killed 675 people.", "en", "2001-01-17"), "7.6",
     "different times"),
    # one incident dated a day apart by two reports (the night it struck; a day stated wrongly): its figures still
    # compare, and the days' mismatch is the dates' own finding
    ("day-apart-toll-id-en", "number",
     ("Korban meninggal akibat tsunami Minggu (23/12/2018) masih 430 orang.", "id", "2018-12-27"), "430 orang",
     ("Last Saturday's tsunami killed 426 people, officials said.", "en", "2018-12-29"), "426 people", None),
    ("day-apart-toll-en-id", "number",
     ("The Jan. 12 quake killed 944 people.", "en", "2001-02-14"), "944 people",
     ("Gempa Sabtu (13/1/2001) menewaskan 675 orang.", "id", "2001-01-17"), "675 orang", None),
    ("day-apart-guard-two-days", "number",
     ("The Jan. 11 quake killed 944 people.", "en", "2001-02-14"), "944 people",
     ("Gempa Sabtu (13/1/2001) menewaskan 675 orang.", "id", "2001-01-17"), "675 orang", "different times"),
    # both sides name the same sub-event, or the same earlier event: one event, left to the scorer
    ("same-fore-en-id", "date", ("The foreshock struck on Thursday.", "en", "2025-03-08"), "Thursday",
     ("Gempa pendahuluan terjadi pada Rabu.", "id", "2025-03-08"), "Rabu", None),
    ("same-blast-en-id", "number", ("The second blast killed 9 people.", "en", "2025-03-09"), "9 people",
     ("Ledakan kedua menewaskan 11 orang.", "id", "2025-03-09"), "11 orang", None),
    ("same-similar-en-id", "number", ("In a similar crash years ago, 162 people died.", "en", "2025-03-09"), "162 people",
     ("Dalam kecelakaan serupa bertahun-tahun silam, 160 orang tewas.", "id", "2025-03-09"), "160 orang", None),
    # "serupa"/"similar" with no past cue may be one of the story's own ("Ledakan serupa sudah menghancurkan gedung
    # reaktor nomor 1 pada Minggu"): no veto
    ("similar-no-past-id", "date", ("An explosion blew apart the No. 1 reactor building on Saturday.", "en", "2011-03-14"),
     "Saturday", ("Ledakan serupa sudah menghancurkan gedung reaktor nomor 1 pada Minggu (13/3/2011) sore.", "id",
                  "2011-03-14"), "Minggu", None),
    # a named earlier event cited for comparison ("the worst since the 2003 Cedar Fire, which …", "melampaui banjir
    # bandang 2011 yang …"): the figure and the day its relative clause gives are that event's; a year named dates
    # the figure (told apart by its time, as "The 2003 Cedar Fire destroyed 2,800 homes" is), a name alone tags it
    ("compared-toll-en", "number", ("The blaze is the worst the county has seen since the 2003 Cedar Fire, which "
                                    "destroyed 2,800 homes.", "en", "2025-01-12"), "2,800 homes",
     ("The blaze has destroyed 3,100 homes.", "en", "2025-01-12"), "3,100 homes", "different times"),
    ("compared-toll-id", "number", ("Banjir kali ini melampaui banjir bandang 2011 yang menewaskan 63 orang.", "id",
                                    "2025-01-12"), "63 orang",
     ("Banjir itu menewaskan 58 orang.", "id", "2025-01-12"), "58 orang", "different times"),
    ("compared-name-en", "number", ("The blaze surpassed the Ridge Fire, which destroyed 410 homes.", "en", "2025-01-12"),
     "410 homes", ("The blaze has destroyed 520 homes.", "en", "2025-01-12"), "520 homes", "different incidents"),
    ("compared-name-id", "number", ("Banjir ini melampaui banjir Bengawan yang menewaskan 90 orang.", "id",
                                    "2025-01-12"), "90 orang",
     ("Banjir itu menewaskan 72 orang.", "id", "2025-01-12"), "72 orang", "different incidents"),
    ("compared-than-en", "number", ("More people died than in the Great Tsunami that killed 230,000 people.", "en",
                                    "2025-01-12"), "230,000 people",
     ("Tsunami itu menewaskan 200.000 orang.", "id", "2025-01-12"), "200.000 orang", "different incidents"),
    ("compared-date-en", "date", ("The flood is the deadliest since the 2013 Kedar flood, which struck on 16 June.", "en",
                                  "2025-06-20"), "16 June",
     ("The flood struck on 14 June.", "en", "2025-06-20"), "14 June", "different events"),
    ("compared-date-id", "date", ("Banjir ini melampaui banjir Bengawan 2007 yang melanda pada 26 Desember.", "id",
                                  "2025-12-30"), "26 Desember",
     ("Banjir itu melanda pada 28 Desember.", "id", "2025-12-30"), "28 Desember", "different events"),
    # the same year-named event, compared on one side and told on its own on the other: one fact, left to the scorer
    ("compared-kobe-en-id", "number", ("The 1995 Kobe earthquake killed 6,434 people.", "en", "2011-03-18"), "6,434",
     ("Gempa ini jauh lebih mematikan dibanding gempa Kobe pada 1995 yang menewaskan 4.634 orang.", "id", "2011-03-27"),
     "4.634 orang", None),
    # not a compared event: the story's own quake in a "since" clause, an unnamed one, or the same one on both sides
    ("compared-own-en", "number", ("Since the quake, which killed 90 people, 200 aftershocks have struck.", "en",
                                   "2025-01-12"), "90 people",
     ("Gempa itu menewaskan 88 orang.", "id", "2025-01-12"), "88 orang", None),
    ("compared-same-en-id", "number", ("The blaze surpassed the Ridge Fire, which destroyed 410 homes.", "en",
                                       "2025-01-12"), "410 homes",
     ("Kebakaran itu melampaui kebakaran Ridge yang menghanguskan 400 rumah.", "id", "2025-01-12"), "400 rumah", None),
    # the phases of one event: its start against its end, the day it was lost against the day debris was found
    ("phase-start-end-en", "date", ("The siege ended on Friday when troops stormed the compound.", "en", "2025-03-08"),
     "Friday", ("The siege began on Wednesday.", "en", "2025-03-08"), "Wednesday", "different events"),
    ("phase-start-end-id", "date", ("Pengepungan berakhir pada Jumat ketika pasukan menyerbu kompleks itu.", "id",
                                    "2025-03-08"), "Jumat",
     ("Pengepungan itu dimulai pada Rabu.", "id", "2025-03-08"), "Rabu", "different events"),
    ("phase-lost-found-en", "date", ("The plane vanished from radar on Monday.", "en", "2025-03-08"), "Monday",
     ("Debris was spotted on Wednesday.", "en", "2025-03-08"), "Wednesday", "different events"),
    ("phase-lost-found-id", "date", ("Pesawat itu hilang dari radar pada Senin.", "id", "2025-03-08"), "Senin",
     ("Serpihan pesawat dijumpai nelayan pada Rabu.", "id", "2025-03-08"), "Rabu", "different events"),
    # a participle clause set off after the date ("…, ending the siege", "…, mengakhiri pengepungan"): the day the
    # event ended, not the attack's first day; two ends still compare
    ("phase-ending-clause-en", "date", ("The last gunmen were killed on Saturday, ending the siege.", "en", "2008-11-30"),
     "Saturday", ("Gunmen attacked the hotel on Wednesday.", "en", "2008-11-30"), "Wednesday", "different events"),
    ("phase-ending-clause-id", "date", ("Pria bersenjata terakhir tewas pada Sabtu, mengakhiri pengepungan.", "id",
                                        "2008-11-30"), "Sabtu",
     ("Pria bersenjata menyerang hotel itu pada Rabu.", "id", "2008-11-30"), "Rabu", "different events"),
    ("phase-ending-two-ends-en", "date", ("The last gunmen were killed on Saturday, ending the siege.", "en",
                                          "2008-11-30"), "Saturday",
     ("The siege ended on Sunday.", "en", "2008-11-30"), "Sunday", None),
    # two starts still compare
    ("phase-two-starts-en-id", "date", ("The siege began on Wednesday.", "en", "2025-03-08"), "Wednesday",
     ("Pengepungan dimulai pada Selasa.", "id", "2025-03-08"), "Selasa", None),
    # an earlier shock named by its relation to the quake, or fronted by how much earlier it came; the strongest
    # of a counted series of aftershocks
    ("preceded-date-en", "date", ("The quake followed a magnitude 5.6 tremor on Tuesday.", "en", "2025-03-08"), "Tuesday",
     ("The magnitude 6.4 quake struck on Wednesday.", "en", "2025-03-08"), "Wednesday", "different events"),
    ("preceded-magnitude-en", "number", ("The quake followed a magnitude 5.6 tremor on Tuesday.", "en", "2025-03-08"),
     "5.6", ("The quake measured 6.4.", "en", "2025-03-08"), "6.4", "different incidents"),
    ("preceded-magnitude-id", "number", ("Gempa itu didahului gempa bermagnitudo 5,6 pada Selasa.", "id", "2025-03-08"),
     "5,6", ("Gempa bermagnitudo 6,4 itu menewaskan 12 orang.", "id", "2025-03-08"), "6,4", "different incidents"),
    ("preceded-fronted-id", "number", ("Sehari sebelumnya, gempa bermagnitudo 5,6 mengguncang wilayah yang sama.", "id",
                                       "2025-03-08"), "5,6",
     ("Gempa bermagnitudo 6,4 mengguncang wilayah itu pada Rabu.", "id", "2025-03-08"), "6,4", "different incidents"),
    ("preceded-fronted-en", "number", ("A day earlier, a magnitude 5.6 quake hit the same area.", "en", "2025-03-08"),
     "5.6", ("The quake measured 6.4.", "en", "2025-03-08"), "6.4", "different incidents"),
    # the fronted earlier shock's own toll, its verb right after the quake's phrase; the story's quake ("the …
    # quake", "gempa itu") fronted so is still the story's
    ("preceded-fronted-toll-id", "number", ("Sepekan sebelumnya, gempa bermagnitudo 6,4 menewaskan 20 orang di Lombok.",
                                            "id", "2019-08-05"), "20 orang",
     ("Gempa di Lombok itu menewaskan 105 orang.", "id", "2018-08-06"), "105 orang", "different incidents"),
    ("preceded-fronted-toll-en", "number", ("A week earlier, a magnitude 6.4 quake had killed 20 people on Lombok.",
                                            "en", "2019-08-05"), "20 people",
     ("The quake on Lombok killed 105 people.", "en", "2018-08-06"), "105 people", "different incidents"),
    ("preceded-fronted-toll-the-story-quake-en", "number", ("Two days earlier, the magnitude 6.4 quake killed 20 "
                                                            "people.", "en", "2019-08-05"), "20 people",
     ("The quake killed 25 people.", "en", "2018-08-06"), "25 people", None),
    ("preceded-not-a-quake-en", "number", ("Panic followed a magnitude 6.4 quake on Friday.", "en", "2025-03-08"), "6.4",
     ("The quake measured 6.5.", "en", "2025-03-08"), "6.5", None),
    ("preceded-the-story-quake-en", "number", ("Two days earlier, the magnitude 6.4 quake struck the town.", "en",
                                               "2025-03-08"), "6.4",
     ("The quake measured 6.5.", "en", "2025-03-08"), "6.5", None),
    ("strongest-magnitude-id", "number", ("BMKG mencatat 40 gempa susulan, dengan magnitudo terbesar 4,8.", "id",
                                          "2025-03-08"), "4,8",
     ("Gempa itu bermagnitudo 6,4.", "id", "2025-03-08"), "6,4", "different incidents"),
    ("strongest-magnitude-en", "number", ("There were 40 aftershocks, the largest of magnitude 4.8.", "en", "2025-03-08"),
     "4.8", ("The quake measured 6.4.", "en", "2025-03-08"), "6.4", "different incidents"),
    # the first of a sequence recalled as past (a past perfect, "a week earlier", a month right after the noun),
    # or an earlier one named so ("the earlier blast", "ledakan sebelumnya"), a year later: its toll is its own
    ("recalled-first-toll-en", "number", ("The first quake, a week earlier, had killed 20 people.", "en", "2019-08-05"),
     "20 people", ("The magnitude 7.0 quake killed 105 people.", "en", "2018-08-06"), "105 people", "different incidents"),
    ("recalled-first-toll-id", "number", ("Gempa pertama pada akhir Juli menewaskan 20 orang.", "id", "2019-08-05"),
     "20 orang", ("Gempa bermagnitudo 7,0 itu menewaskan 105 orang.", "id", "2018-08-06"), "105 orang",
     "different incidents"),
    ("recalled-earlier-toll-en", "number", ("The earlier blast at the plant had killed 8 people.", "en", "2019-08-05"),
     "8 people", ("The blast at the plant killed 31 people.", "en", "2018-08-06"), "31 people", "different incidents"),
    ("recalled-earlier-toll-id", "number", ("Ledakan sebelumnya di pabrik itu menewaskan 8 orang.", "id", "2019-08-05"),
     "8 orang", ("Ledakan di pabrik itu menewaskan 31 orang.", "id", "2018-08-06"), "31 orang", "different incidents"),
    # the same recalled first quake on both sides still compares; the first of a sequence with nothing saying it is
    # past is the story's own quake ("The first earthquake, measuring 7.8, struck before dawn")
    ("recalled-same-first-en-id", "number", ("The first quake, a week earlier, had killed 20 people.", "en",
                                             "2019-08-05"), "20 people",
     ("Gempa pertama pada akhir Juli menewaskan 17 orang.", "id", "2019-08-05"), "17 orang", None),
    ("recalled-first-not-past-en", "number", ("The first earthquake, measuring 7.8, struck before dawn.", "en",
                                              "2023-02-07"), "7.8",
     ("The quake measured 7.7.", "en", "2023-02-07"), "7.7", None),
    ("recalled-first-not-past-id", "number", ("Gempa pertama bermagnitudo 7,8 mengguncang sebelum fajar.", "id",
                                              "2023-02-07"), "7,8",
     ("Gempa itu bermagnitudo 7,7.", "id", "2023-02-07"), "7,7", None),
    ("recalled-first-had-a-en", "number", ("The first quake had a magnitude of 7.8.", "en", "2023-02-07"), "7.8",
     ("The quake measured 7.7.", "en", "2023-02-07"), "7.7", None),
    # an earlier incident recalled by a shift back in time right after its noun, with no ordinal and nothing
    # fronted ("a quake a week before", "ledakan dua hari sebelumnya"): its toll, magnitude and day are its own
    ("shifted-toll-en", "number", ("A quake a week before had killed 20 people on the island.", "en", "2025-08-06"),
     "20 people", ("The magnitude 7.0 quake killed 105 people on the island.", "en", "2025-08-06"), "105 people",
     "different incidents"),
    ("shifted-toll-id", "number", ("Gempa sepekan sebelumnya telah menewaskan 20 orang di pulau itu.", "id",
                                   "2025-08-06"), "20 orang",
     ("Gempa bermagnitudo 7,0 itu menewaskan 105 orang di pulau itu.", "id", "2025-08-06"), "105 orang",
     "different incidents"),
    ("shifted-injured-en", "number", ("A smaller blast two days earlier injured 4 workers.", "en", "2025-08-06"),
     "4 workers", ("The blast at the refinery injured 37 workers.", "en", "2025-08-06"), "37 workers",
     "different incidents"),
    ("shifted-injured-id", "number", ("Ledakan dua hari sebelumnya melukai 4 pekerja.", "id", "2025-08-06"), "4 pekerja",
     ("Ledakan di kilang itu melukai 37 pekerja.", "id", "2025-08-06"), "37 pekerja", "different incidents"),
    ("shifted-before-noun-en", "number", ("Twenty people died in a quake a week earlier.", "en", "2025-08-06"),
     "Twenty", ("The quake killed 105 people.", "en", "2025-08-06"), "105 people", "different incidents"),
    ("shifted-magnitude-id", "number", ("Gempa sehari sebelumnya bermagnitudo 5,6.", "id", "2025-08-06"), "5,6",
     ("Gempa itu bermagnitudo 6,4.", "id", "2025-08-06"), "6,4", "different incidents"),
    ("shifted-date-en", "date", ("A smaller quake two days earlier, on Friday, injured 4 people.", "en", "2025-08-06"),
     "Friday", ("The quake struck the island on Sunday.", "en", "2025-08-06"), "Sunday", "different events"),
    ("shifted-date-id", "date", ("Gempa sepekan sebelumnya terjadi pada Jumat.", "id", "2025-08-06"), "Jumat",
     ("Gempa itu terjadi pada Minggu.", "id", "2025-08-06"), "Minggu", "different events"),
    # guards: the story's own incident, definite ("the quake two days earlier", "gempa itu sepekan sebelumnya") or a
    # verb ("erupted two days earlier"); both sides recalling the earlier one still compare
    ("shifted-the-story-quake-en", "number", ("The quake two days earlier had killed 105 people.", "en", "2025-08-06"),
     "105 people", ("The quake killed 98 people.", "en", "2025-08-06"), "98 people", None),
    ("shifted-the-story-quake-id", "number", ("Gempa itu sepekan sebelumnya menewaskan 105 orang.", "id", "2025-08-06"),
     "105 orang", ("Gempa itu menewaskan 98 orang.", "id", "2025-08-06"), "98 orang", None),
    ("shifted-verb-en", "number", ("The volcano erupted two days earlier, killing 11 climbers.", "en", "2025-08-06"),
     "11 climbers", ("The eruption killed 9 climbers.", "en", "2025-08-06"), "9 climbers", None),
    ("shifted-same-en-id", "number", ("A quake a week before had killed 20 people.", "en", "2025-08-06"), "20 people",
     ("Gempa sepekan sebelumnya menewaskan 18 orang.", "id", "2025-08-06"), "18 orang", None),
    # a date told against an event written after it ("fell on Friday after the announcement", "turun pada Jumat
    # setelah pengumuman itu", "ahead of the vote"): the day of something after or before that event, never its day;
    # a predicate of its own before the date still dates it
    ("reference-after-en", "date", ("Shares of the two makers fell on Friday after the approval.", "en",
                                    "2022-11-04"), "Friday",
     ("The cabinet approved the rise on Thursday.", "en", "2022-11-04"), "Thursday", "different events"),
    ("reference-after-id", "date", ("Saham kedua produsen itu turun pada Jumat setelah persetujuan tersebut.", "id",
                                    "2022-11-04"), "Jumat",
     ("Kabinet menyetujui kenaikan itu pada Kamis.", "id", "2022-11-04"), "Kamis", "different events"),
    ("reference-incident-en", "date", ("Rescuers worked through the night on Monday after the quake.", "en",
                                       "2022-11-04"), "Monday",
     ("The quake struck on Sunday.", "en", "2022-11-04"), "Sunday", "different events"),
    ("reference-incident-id", "date", ("Tim SAR bekerja sepanjang malam pada Senin setelah gempa itu.", "id",
                                       "2022-11-04"), "Senin",
     ("Gempa itu terjadi pada Minggu.", "id", "2022-11-04"), "Minggu", "different events"),
    ("reference-before-en", "date", ("Markets were calm on Monday ahead of the vote.", "en", "2022-11-04"), "Monday",
     ("Lawmakers voted on Tuesday.", "en", "2022-11-04"), "Tuesday", "different events"),
    ("reference-own-verb-en", "date", ("The rise was approved on Friday after the meeting.", "en", "2022-11-04"),
     "Friday", ("The rise was approved on Thursday.", "en", "2022-11-04"), "Thursday", None),
    ("reference-own-verb-id", "date", ("Kenaikan itu disetujui pada Jumat setelah rapat kabinet.", "id", "2022-11-04"),
     "Jumat", ("Kenaikan itu disetujui pada Kamis.", "id", "2022-11-04"), "Kamis", None),
    # an earlier incident the story is told against ("a week after a stage collapsed …, killing 12", "sepekan setelah
    # sebuah panggung runtuh … dan menewaskan 12 orang", "Earlier this month, a stage collapsed …"): its toll is its
    # own, even against an outlet's toll that names no incident (the story's); the story's own incident after
    # "after", and the same earlier incident on both sides, still compare
    ("background-after-en", "number", ("A stampede at the festival ground killed 70 people on Sunday. It came a week "
                                       "after a stage collapsed at the same ground, killing 12 people.", "en",
                                       "2025-03-10"), "12 people",
     ("Pihak berwenang mengumumkan 15 korban tewas.", "id", "2025-03-10"), "15 korban", "different incidents"),
    ("background-after-id", "number", ("Desak-desakan di lapangan festival itu menewaskan 70 orang pada Minggu. Tragedi "
                                       "itu terjadi sepekan setelah sebuah panggung runtuh di lapangan yang sama dan "
                                       "menewaskan 12 orang.", "id", "2025-03-10"), "12 orang",
     ("Officials said 15 people were killed.", "en", "2025-03-10"), "15 people", "different incidents"),
    ("background-fronted-en", "number", ("A stampede at the festival ground killed 70 people on Sunday. Earlier this "
                                         "month, a stage collapsed at the same ground, killing 12 people.", "en",
                                         "2025-03-10"), "12 people",
     ("Officials said 15 people were killed.", "en", "2025-03-10"), "15 people", "different incidents"),
    ("background-fronted-id", "number", ("Desak-desakan di lapangan festival itu menewaskan 70 orang pada Minggu. Awal "
                                         "bulan ini, sebuah panggung runtuh di lapangan yang sama dan menewaskan 12 "
                                         "orang.", "id", "2025-03-10"), "12 orang",
     ("Pihak berwenang mengumumkan 15 korban tewas.", "id", "2025-03-10"), "15 korban", "different incidents"),
    ("background-story-en", "number", ("A stampede at the festival ground killed 70 people on Sunday. Rescuers worked "
                                       "for hours after the stampede, which killed 70 people.", "en", "2025-03-10"),
     "70 people", ("Officials said 75 people were killed.", "en", "2025-03-10"), "75 people", None),
    ("background-same-en-id", "number", ("A stampede at the festival ground killed 70 people on Sunday. It came a week "
                                         "after a stage collapsed at the same ground, killing 12 people.", "en",
                                         "2025-03-10"), "12 people",
     ("Desak-desakan di lapangan festival itu menewaskan 70 orang pada Minggu. Tragedi itu terjadi sepekan setelah "
      "sebuah panggung runtuh di lapangan yang sama dan menewaskan 14 orang.", "id", "2025-03-10"), "14 orang", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_other_event_veto_case_table(case):
    _, kind, side_a, text_a, side_b, text_b, reason = case
    a, b = mention_in(side_a, text_a, kind), mention_in(side_b, text_b, kind)
    assert VETO[kind](a, b) == reason
    assert VETO[kind](b, a) == reason


def test_other_event_table_covers_both_languages():
    for cls in ("fore", "after", "blast", "eruption", "round", "similar", "same", "compared", "phase", "preceded",
                "strongest", "recalled", "shifted", "background", "reference", "relative-day", "day-apart"):
        rows = [c for c in CASES if c[0].startswith(cls)]
        assert rows, cls
        if cls in ("compared", "phase", "preceded", "strongest", "recalled", "shifted", "background", "reference",
                   "relative-day", "day-apart"):
            assert {side[1] for c in rows for side in (c[2], c[4])} == {"id", "en"}, cls
    assert {side[1] for c in CASES for side in (c[2], c[4])} == {"id", "en"}



# whole pairs: (id, side a, side b, findings as (text in a, text in b, code))
PAIRS = [
    ("fore-main-id", _FORE_ID, _MAIN_ID, []),
    ("main-after-en", ("The main quake, of magnitude 6.2, struck on Friday.", "en", "2025-03-09"),
     ("The strongest aftershock, of magnitude 5.1, hit on Saturday.", "en", "2025-03-09"), []),
    ("blasts-en", ("The first blast killed 14 people on Monday.", "en", "2025-03-09"),
     ("The second blast killed 9 people.", "en", "2025-03-09"), []),
    ("similar-flood-id", ("Banjir itu menewaskan 30 orang pada Senin.", "id", "2025-03-09"),
     ("Banjir serupa pernah menewaskan 28 orang di kota itu.", "id", "2025-03-09"), []),
    # an earlier shock fronted by how much earlier it came, the strongest of a counted series of aftershocks, a
    # shock the quake followed: none of them is the main quake's magnitude or day
    ("fronted-earlier-id", ("Sehari sebelumnya, gempa bermagnitudo 5,6 mengguncang wilayah yang sama.", "id", "2025-03-08"),
     ("Gempa bermagnitudo 6,4 mengguncang wilayah itu pada Rabu.", "id", "2025-03-08"), []),
    ("strongest-after-id-en", ("BMKG mencatat 40 gempa susulan, dengan magnitudo terbesar 4,8.", "id", "2025-03-08"),
     ("The quake measured 6.4.", "en", "2025-03-08"), []),
    ("preceded-en", ("The quake followed a magnitude 5.6 tremor on Tuesday.", "en", "2025-03-08"),
     ("The magnitude 6.4 quake struck on Wednesday.", "en", "2025-03-08"), []),
    # the first quake recalled a year later, or an earlier blast: not a revision of the main one's toll
    ("recalled-first-en", ("The quake on Lombok killed 105 people.", "en", "2018-08-06"),
     ("The first quake on Lombok, a week earlier, had killed 20 people.", "en", "2019-08-05"), []),
    ("recalled-first-id", ("Gempa di Lombok itu menewaskan 105 orang.", "id", "2018-08-06"),
     ("Gempa pertama di Lombok pada akhir Juli menewaskan 20 orang.", "id", "2019-08-05"), []),
    ("recalled-first-en-id", ("The quake on Lombok killed 105 people.", "en", "2018-08-06"),
     ("Gempa pertama pada akhir Juli menewaskan 20 orang.", "id", "2019-08-05"), []),
    ("recalled-earlier-id", ("Ledakan di pabrik itu menewaskan 31 orang.", "id", "2018-08-06"),
     ("Ledakan sebelumnya di pabrik itu menewaskan 8 orang.", "id", "2019-08-05"), []),
    ("fronted-earlier-toll-id", ("Gempa di Lombok itu menewaskan 105 orang.", "id", "2018-08-06"),
     ("Sepekan sebelumnya, gempa bermagnitudo 6,4 menewaskan 20 orang di Lombok.", "id", "2019-08-05"), []),
    # an earlier quake recalled by a shift back in time after its noun: its toll and its day are not the main one's
    ("shifted-earlier-en", ("The magnitude 7.0 quake struck the island on Sunday, killing 105 people.", "en", "2025-08-06"),
     ("A smaller quake two days earlier, on Friday, had killed 20 people.", "en", "2025-08-06"), []),
    ("shifted-earlier-id", ("Gempa bermagnitudo 7,0 itu menewaskan 105 orang di pulau itu.", "id", "2025-08-06"),
     ("Gempa sepekan sebelumnya telah menewaskan 20 orang di pulau itu.", "id", "2025-08-06"), []),
    # the day the siege ended, told by a participle clause, against the attack's day
    ("ending-clause-en", ("Gunmen attacked the hotel on Wednesday.", "en", "2008-11-30"),
     ("The last gunmen were killed on Saturday, ending the siege.", "en", "2008-11-30"), []),
    # the same foreshock, two days: still a conflict
    ("same-fore-en", ("A magnitude 5.9 foreshock struck the island on Thursday.", "en", "2025-03-08"),
     ("A magnitude 5.9 foreshock struck the island on Wednesday.", "en", "2025-03-08"),
     [("5.9", "5.9", "number.agree"), ("Thursday", "Wednesday", "date.mismatch")]),
    ("same-fore-id", ("Gempa pendahuluan bermagnitudo 5,9 mengguncang pulau itu pada Kamis.", "id", "2025-03-08"),
     ("Gempa pendahuluan bermagnitudo 5,9 mengguncang pulau itu pada Rabu.", "id", "2025-03-08"),
     [("5,9", "5,9", "number.agree"), ("Kamis", "Rabu", "date.mismatch")]),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", PAIRS, ids=[c[0] for c in PAIRS])
def test_other_event_pairs(case, default_embedder):
    _, a, b, want = case
    got = summary(pair_findings(side_pair(a, b), default_embedder))
    assert len(got) == len(want), got
    for want_a, want_b, want_code in want:
        assert any(want_a in text_a and want_b in text_b and code == want_code for text_a, text_b, code in got), got
