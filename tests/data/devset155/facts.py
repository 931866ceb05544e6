"""The hundred-and-fifty-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset155/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def unrest():
    R, DT, K, T, R2 = "reuters-jul13", "detik-jul15", "kompas-jul17", "tempo-jul24", "reuters-jul08"
    # as-of times: the government's briefings of Tuesday 13, Thursday 15, Friday 16, Wednesday 21, Thursday 22 and
    # Friday 23 July 2021. The dead, the dead by province and the arrests are running tallies; the toll lowered from 337
    # to 330 (KwaZulu-Natal's from 258 to 251) on 23 July is a revision. The government's figures for KwaZulu-Natal
    # and the provincial police commissioner's 281 (given a year on) are two sources. The troops, the sentence and the
    # dates of the ruling, the handover and the outbreak do not change with the day of the report.
    J13, J15, J16, J21, J22, J23 = "2021-07-13", "2021-07-15", "2021-07-16", "2021-07-21", "2021-07-22", "2021-07-23"
    GOV, POL = "the government", "KwaZulu-Natal's police commissioner"
    names = {
     "dead": "people killed in the unrest", "dead_kzn": "people killed in KwaZulu-Natal",
     "dead_gp": "people killed in Gauteng", "arrests": "people arrested", "arr_kzn": "people arrested in KwaZulu-Natal",
     "arr_gp": "people arrested in Gauteng", "soldiers": "soldiers first deployed", "troops": "troops to be deployed",
     "sentence": "Zuma's sentence (months)", "term": "Zuma's years in office", "unrelated": "deaths found unrelated",
     "bodies": "bodies found on the Thembisa mall's roof", "new_kzn": "deaths in KwaZulu-Natal in the last 24 hours",
     "hours": "the period of the new deaths (hours)", "incidents": "new incidents in KwaZulu-Natal overnight",
     "gp_cases": "cases of violence or looting in Gauteng", "days_after": "days between the handover and the outbreak",
     # dates
     "day72": "day the toll stood at 72", "day117": "day the toll stood at 117", "day212": "day the toll stood at 212",
     "day276": "day the toll stood at 276", "day337": "day the toll stood at 337", "day330": "day the toll was lowered to 330",
     "handover": "day Zuma handed himself over", "ruling": "day of the court's ruling",
     "outbreak": "day the unrest broke out", "army": "day the first soldiers were sent",
     "troops_day": "day the 25,000 troops were announced", "parole": "day Zuma was released on medical parole",
     "rescission": "day the court rejected Zuma's bid", "panel": "month of the expert panel's report",
    }
    ms = [
     M(R, "At least 72", N, "dead", 72, J13, qual="atleast"),
     M(R, "Tuesday", D, "day72", "2021-07-13"),
     M(R, "1,234", N, "arrests", 1234, J13),
     M(R, "Friday", D, "outbreak", "2021-07-09"),
     M(R, "two days", N, "days_after", 2, cls="dur"),
     M(R, "15-month", N, "sentence", 15, cls="dur"),
     M(R, "Wednesday, July 7", D, "handover", "2021-07-07"),
     M(R, "June 29", D, "ruling", "2021-06-29"),
     M(R, "nine years", N, "term", 9, cls="dur"),
     M(R, "2,500 soldiers", N, "soldiers", 2500),
     M(R, "Monday", D, "army", "2021-07-12"),

     M(DT, "117 orang", N, "dead", 117, J15),
     M(DT, "Kamis (15/7/2021)", D, "day117", "2021-07-15"),
     M(DT, "91 orang", N, "dead_kzn", 91, J15, src=GOV),
     M(DT, "26 orang", N, "dead_gp", 26, J15),
     M(DT, "72 orang", N, "dead", 72, J13),
     M(DT, "Selasa (13/7/2021)", D, "day72", "2021-07-13"),
     M(DT, "lebih dari 2.200 orang", N, "arrests", 2200, J15, qual="morethan"),
     M(DT, "Enam jenazah", N, "bodies", 6, J15),
     M(DT, "Rabu (14/7/2021)", D, "troops_day", "2021-07-14"),
     M(DT, "25.000 tentara", N, "troops", 25000),
     M(DT, "2.500 personel", N, "soldiers", 2500),
     M(DT, "Rabu (7/7/2021)", D, "handover", "2021-07-07"),
     M(DT, "15 bulan", N, "sentence", 15, cls="dur"),
     M(DT, "Selasa (29/6/2021)", D, "ruling", "2021-06-29"),

     M(K, "212 orang", N, "dead", 212, J16),
     M(K, "Jumat (16/7/2021)", D, "day212", "2021-07-16"),
     M(K, "171 orang", N, "dead", 171, J15, planted=True),
     M(K, "180 korban tewas", N, "dead_kzn", 180, J16, src=GOV),
     M(K, "32 korban", N, "dead_gp", 32, J16),
     M(K, "89 kematian", N, "new_kzn", 89, J16),
     M(K, "24 jam", N, "hours", 24, cls="dur"),
     M(K, "Lebih dari 2.550 orang", N, "arrests", 2550, J16, qual="morethan"),
     M(K, "1.692 orang", N, "arr_kzn", 1692, J16),
     M(K, "862 orang", N, "arr_gp", 862, J16),
     M(K, "1.488 insiden", N, "incidents", 1488, J16),
     M(K, "56 kasus", N, "gp_cases", 56, J16),
     M(K, "Jumat (9/7/2021)", D, "outbreak", "2021-07-09"),
     M(K, "dua hari", N, "days_after", 2, cls="dur"),
     M(K, "15 bulan", N, "sentence", 15, cls="dur"),

     M(T, "330 orang", N, "dead", 330, J23),
     M(T, "Jumat (23/7/2021)", D, "day330", "2021-07-23"),
     M(T, "337 orang", N, "dead", 337, J22),
     M(T, "tujuh kematian", N, "unrelated", 7, J23),
     M(T, "258 orang", N, "dead_kzn", 258, J22, src=GOV),
     M(T, "251 orang", N, "dead_kzn", 251, J23, src=GOV),
     M(T, "79 orang", N, "dead_gp", 79, J23),
     M(T, "Kamis (22/7/2021)", D, "day337", "2021-07-22"),
     M(T, "276 orang", N, "dead", 276, J21),
     M(T, "Rabu (21/7/2021)", D, "day276", "2021-07-21"),
     M(T, "Rabu (7/7/2021)", D, "handover", "2021-07-07"),
     M(T, "15 bulan", N, "sentence", 15, cls="dur"),
     M(T, "30 Juni 2021", D, "ruling", "2021-06-30", planted=True),
     M(T, "25.000 tentara", N, "troops", 25000),

     M(R2, "330", N, "dead", 330, J23),
     M(R2, "July 23", D, "day330", "2021-07-23"),
     M(R2, "251", N, "dead_kzn", 251, J23, src=GOV),
     M(R2, "79", N, "dead_gp", 79, J23),
     M(R2, "281 people", N, "dead_kzn", 281, src=POL),
     M(R2, "July 9, 2021", D, "outbreak", "2021-07-09"),
     M(R2, "two days", N, "days_after", 2, cls="dur"),
     M(R2, "15-month", N, "sentence", 15, cls="dur"),
     M(R2, "Sept. 5", D, "parole", "2021-09-05"),
     M(R2, "Sept. 17", D, "rescission", "2021-09-17"),
     M(R2, "February", D, "panel", "2022-02"),
    ]
    build("sa-unrest-2021", "The riots and looting in KwaZulu-Natal and Gauteng, South Africa, after former president "
          "Jacob Zuma began a 15-month sentence for contempt (the Constitutional Court's ruling of Tuesday 29 June "
          "2021, his handover on Wednesday 7 July, the unrest from Friday 9 July): the government's toll rising 72 "
          "(Tuesday 13 July, 1,234 arrested) -> 117 (Thursday 15 July: 91 and 26, more than 2,200 arrested) -> 212 "
          "(Friday 16 July: 180 and 32, more than 2,550 arrested) -> 276 (Wednesday 21 July) -> 337 (Thursday 22 "
          "July: 258 and 79), lowered to 330 (251 and 79) on Friday 23 July; the provincial police commissioner's 281 "
          "for KwaZulu-Natal a year on; 2,500 soldiers, then 25,000; medical parole on 5 September and the court's "
          "rejection of Zuma's bid on 17 September 2021", False, ms, names)


def angola():
    R, A, K, T = "reuters-aug25", "antara-aug26", "kompas-aug30", "tempo-sep16"
    # two stages of one count: the electoral commission's provisional results of Thursday 25 August 2022 (97.03% of
    # the ballots counted) and its final results of Monday 29 August. Shares and seats are set against each other by
    # stage: a share that rises is an update, UNITA's share lowered from 44.05% to 43.95% is a revision.
    PROV, FIN = "2022-08-25", "2022-08-29"
    names = {
     "mpla": "the MPLA's share of the vote", "unita": "UNITA's share of the vote", "counted": "share of ballots counted",
     "unita17": "UNITA's share in 2017", "mpla17": "the MPLA's share in 2017", "luanda_unita": "UNITA's share in Luanda",
     "luanda_mpla": "the MPLA's share in Luanda", "turnout": "turnout", "mpla_seats": "the MPLA's seats",
     "unita_seats": "UNITA's seats", "seats": "seats in the National Assembly", "mpla17_seats": "the MPLA's seats in 2017",
     "small_seats": "seats of each of three smaller parties", "mpla_votes": "the MPLA's votes",
     "unita_votes": "UNITA's votes", "registered": "registered voters", "parties": "parties in the election",
     "term": "length of a presidential term (years)", "ds_years": "dos Santos's years in power",
     # dates
     "vote": "day of the vote", "prov": "day of the provisional results", "final": "day of the final results",
     "court": "day the court rejected UNITA's challenge", "inaug": "day of the inauguration",
     "indep": "year of independence", "el17": "year of the previous election", "lour17": "year Lourenco took office",
     "ds_death": "month of dos Santos's death",
    }
    ms = [
     M(R, "1975", D, "indep", "1975"),
     M(R, "51.07%", N, "mpla", 51.07, PROV, cls="pct"),
     M(R, "Wednesday", D, "vote", "2022-08-24"),
     M(R, "Thursday", D, "prov", "2022-08-25"),
     M(R, "97.03%", N, "counted", 97.03, PROV, cls="pct"),
     M(R, "44.05%", N, "unita", 44.05, PROV, cls="pct"),
     M(R, "26.7%", N, "unita17", 26.7, cls="pct"),
     M(R, "2017", D, "el17", "2017"),
     M(R, "124", N, "mpla_seats", 124, PROV, cls="seats"),
     M(R, "220 seats", N, "seats", 220, cls="seats"),
     M(R, "90", N, "unita_seats", 90, PROV, cls="seats"),
     M(R, "five-year", N, "term", 5, cls="dur"),
     M(R, "61.1%", N, "mpla17", 61.1, cls="pct"),
     M(R, "150 seats", N, "mpla17_seats", 150, cls="seats"),
     M(R, "62.59%", N, "luanda_unita", 62.59, PROV, cls="pct"),
     M(R, "33.81%", N, "luanda_mpla", 33.81, PROV, cls="pct"),
     M(R, "two seats", N, "small_seats", 2, PROV, cls="seats"),

     M(A, "51,07 persen", N, "mpla", 51.07, PROV, cls="pct"),
     M(A, "Kamis (25/8/2022)", D, "prov", "2022-08-25"),
     M(A, "44,05 persen", N, "unita", 44.05, PROV, cls="pct"),
     M(A, "97,03 persen", N, "counted", 97.03, PROV, cls="pct"),
     M(A, "Rabu (24/8/2022)", D, "vote", "2022-08-24"),
     M(A, "124 kursi", N, "mpla_seats", 124, PROV, cls="seats"),
     M(A, "220 kursi", N, "seats", 220, cls="seats"),
     M(A, "90 kursi", N, "unita_seats", 90, PROV, cls="seats"),
     M(A, "lima tahun", N, "term", 5, cls="dur"),
     M(A, "1975", D, "indep", "1975"),
     M(A, "2017", D, "el17", "2017"),
     M(A, "61,1 persen", N, "mpla17", 61.1, cls="pct"),
     M(A, "150 kursi", N, "mpla17_seats", 150, cls="seats"),
     M(A, "dua kursi", N, "small_seats", 2, PROV, cls="seats"),

     M(K, "51,17 persen", N, "mpla", 51.17, FIN, cls="pct"),
     M(K, "Senin (29/8/2022)", D, "final", "2022-08-29"),
     M(K, "3.209.429 suara", N, "mpla_votes", 3209429, FIN, cls="votes"),
     M(K, "2.756.786 suara", N, "unita_votes", 2756786, FIN, cls="votes"),
     M(K, "43,95 persen", N, "unita", 43.95, FIN, cls="pct"),
     M(K, "124 kursi", N, "mpla_seats", 124, FIN, cls="seats"),
     M(K, "90 kursi", N, "unita_seats", 90, FIN, cls="seats"),
     M(K, "Kamis (25/8/2022)", D, "prov", "2022-08-25"),
     M(K, "51,07 persen", N, "mpla", 51.07, PROV, cls="pct"),
     M(K, "44,05 persen", N, "unita", 44.05, PROV, cls="pct"),
     M(K, "44,82 persen", N, "turnout", 44.82, FIN, cls="pct"),
     M(K, "sekitar 14,39 juta pemilih", N, "registered", 14390000, qual="approx", cls="votes"),
     M(K, "Rabu (24/8/2022)", D, "vote", "2022-08-24"),
     M(K, "delapan partai", N, "parties", 8),
     M(K, "dua kursi", N, "small_seats", 2, FIN, cls="seats"),

     M(T, "Kamis (15/9/2022)", D, "inaug", "2022-09-15"),
     M(T, "Kamis (8/9/2022)", D, "court", "2022-09-08"),
     M(T, "51,17 persen", N, "mpla", 51.17, FIN, cls="pct"),
     M(T, "124 kursi", N, "mpla_seats", 124, FIN, cls="seats"),
     M(T, "43,59 persen", N, "unita", 43.59, FIN, cls="pct", planted=True),
     M(T, "90 kursi", N, "unita_seats", 90, FIN, cls="seats"),
     M(T, "24 Agustus 2022", D, "vote", "2022-08-24"),
     M(T, "29 Agustus 2022", D, "final", "2022-08-29"),
     M(T, "2017", D, "lour17", "2017"),
     M(T, "38 tahun", N, "ds_years", 38, cls="dur"),
     M(T, "Juli 2022", D, "ds_death", "2022-07"),
    ]
    build("angola-election-2022", "Angola's general election of Wednesday 24 August 2022: the electoral commission's "
          "provisional results of Thursday 25 August (97.03% counted: MPLA 51.07%, UNITA 44.05%; 124 and 90 of 220 "
          "seats) and its final results of Monday 29 August (MPLA 51.17%, 3,209,429 votes; UNITA 43.95%, 2,756,786 "
          "votes; turnout 44.82%); the Constitutional Court's rejection of UNITA's challenge (Thursday 8 September) "
          "and Joao Lourenco's inauguration for a second term (Thursday 15 September 2022)", False, ms, names)


def zambia():
    R, A, K, DT = "reuters-aug16", "antara-aug17", "kompas-aug18", "detik-aug19"
    names = {
     "hh": "Hichilema's votes", "lungu": "Lungu's votes", "reported": "constituencies reported",
     "const": "constituencies in all", "registered": "registered voters", "margin16": "Hichilema's margin of defeat in 2016",
     "margin21": "Hichilema's margin of victory", "age_hh": "Hichilema's age", "age_lungu": "Lungu's age",
     "parties": "opposition parties backing Hichilema", "prov_violence": "provinces where violence was alleged",
     "prov": "Zambia's provinces",
     # dates
     "declared": "day of the declaration", "vote": "day of the vote", "inaug": "day of the inauguration",
     "statement": "day of Lungu's statement", "y16": "the 2016 election", "since": "year Lungu took office",
    }
    ms = [
     M(R, "Monday", D, "declared", "2021-08-16"),
     M(R, "155", N, "reported", 155),
     M(R, "156 constituencies", N, "const", 156),
     M(R, "2,810,777", N, "hh", 2810777, cls="votes"),
     M(R, "1,814,201", N, "lungu", 1814201, cls="votes"),
     M(R, "about 7 million", N, "registered", 7000000, qual="approx", cls="votes"),
     M(R, "Thursday", D, "vote", "2021-08-12"),
     M(R, "59", N, "age_hh", 59, cls="age"),
     M(R, "around 100,000 votes", N, "margin16", 100000, qual="approx", cls="votes"),
     M(R, "2016", D, "y16", "2016"),
     M(R, "10 opposition parties", N, "parties", 10),
     M(R, "64", N, "age_lungu", 64, cls="age"),
     M(R, "2015", D, "since", "2015"),
     M(R, "Saturday", D, "statement", "2021-08-14"),
     M(R, "three", N, "prov_violence", 3),
     M(R, "10 provinces", N, "prov", 10),
     M(R, "August 24", D, "inaug", "2021-08-24"),

     M(A, "Senin (16/8/2021)", D, "declared", "2021-08-16"),
     M(A, "2.810.777 suara", N, "hh", 2810777, cls="votes"),
     M(A, "1.814.201 suara", N, "lungu", 1814201, cls="votes"),
     M(A, "155", N, "reported", 155),
     M(A, "156 daerah pemilihan", N, "const", 156),
     M(A, "Kamis (12/8/2021)", D, "vote", "2021-08-12"),
     M(A, "sekitar 7 juta pemilih", N, "registered", 7000000, qual="approx", cls="votes"),
     M(A, "59 tahun", N, "age_hh", 59, cls="age"),
     M(A, "2016", D, "y16", "2016"),
     M(A, "sekitar 100.000 suara", N, "margin16", 100000, qual="approx", cls="votes"),
     M(A, "10 partai oposisi", N, "parties", 10),
     M(A, "Selasa (24/8/2021)", D, "inaug", "2021-08-24"),

     M(K, "2,81 juta suara", N, "hh", 2810777, qual="approx", cls="votes"),
     M(K, "1,81 juta suara", N, "lungu", 1814201, qual="approx", cls="votes"),
     M(K, "Senin (16/8/2021)", D, "declared", "2021-08-16"),
     M(K, "155", N, "reported", 155),
     M(K, "156 daerah pemilihan", N, "const", 156),
     M(K, "hampir mencapai 1 juta suara", N, "margin21", 1000000, qual="nearly", cls="votes"),
     M(K, "2016", D, "y16", "2016"),
     M(K, "sekitar 100.000 suara", N, "margin16", 100000, qual="approx", cls="votes"),
     M(K, "59 tahun", N, "age_hh", 59, cls="age"),
     M(K, "64 tahun", N, "age_lungu", 64, cls="age"),
     M(K, "2015", D, "since", "2015"),
     M(K, "Sabtu (14/8/2021)", D, "statement", "2021-08-14"),
     M(K, "tiga", N, "prov_violence", 3),
     M(K, "10 provinsi", N, "prov", 10),
     M(K, "Kamis (12/8/2021)", D, "vote", "2021-08-12"),
     M(K, "sekitar 7 juta pemilih", N, "registered", 7000000, qual="approx", cls="votes"),
     M(K, "Selasa (24/8/2021)", D, "inaug", "2021-08-24"),

     M(DT, "Senin (16/8/2021)", D, "declared", "2021-08-16"),
     M(DT, "2.810.777 suara", N, "hh", 2810777, cls="votes"),
     M(DT, "1.814.201 suara", N, "lungu", 1814201, cls="votes"),
     M(DT, "155", N, "reported", 155),
     M(DT, "156 daerah pemilihan", N, "const", 156),
     M(DT, "Kamis (12/8/2021)", D, "vote", "2021-08-12"),
     M(DT, "sekitar 7 juta pemilih", N, "registered", 7000000, qual="approx", cls="votes"),
     M(DT, "59 tahun", N, "age_hh", 59, cls="age"),
     M(DT, "10 partai oposisi", N, "parties", 10),
     M(DT, "2016", D, "y16", "2016"),
     M(DT, "sekitar 100.000 suara", N, "margin16", 100000, qual="approx", cls="votes"),
     M(DT, "64 tahun", N, "age_lungu", 64, cls="age"),
     M(DT, "2015", D, "since", "2015"),
     M(DT, "tiga", N, "prov_violence", 3),
     M(DT, "10 provinsi", N, "prov", 10),
     M(DT, "Selasa (24/8/2021)", D, "inaug", "2021-08-24"),
    ]
    build("zambia-declaration-2021", "The Electoral Commission of Zambia's declaration (control) in the early hours of "
          "Monday 16 August 2021 of Zambia's presidential election of Thursday 12 August: Hakainde Hichilema "
          "2,810,777 votes against President Edgar Lungu's 1,814,201, from 155 of 156 constituencies, about 7 million "
          "registered voters; Lungu's statement of Saturday 14 August; the inauguration set for Tuesday 24 August. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    unrest()
    angola()
    zambia()
