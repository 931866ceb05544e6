"""The hundred-and-thirty-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset133/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def attica():
    R, K, A, AP, T = "reuters-jul24", "kompas-jul25", "antara-jul28", "ap-jul30", "tempo-aug16"
    # the official toll: Tuesday 24 July in the morning and late at night, Wednesday 25, Thursday 26, Friday 27,
    # Sunday 29 July in the morning (86, below the Friday's 87: the one revision) and in the evening, Thursday 9 and Wednesday 15 August 2018; the injured as first counted on the
    # Tuesday and restated unchanged later
    TUE_AM, TUE, WED, THU, FRI, SUN_AM, SUN, THU9, WED15 = (
        "2018-07-24T09", "2018-07-24T22", "2018-07-25", "2018-07-26", "2018-07-27", "2018-07-29T09", "2018-07-29T20",
        "2018-08-09", "2018-08-15")
    names = {
     "dead": "people killed by the fire", "injured": "people treated in hospital", "children_injured": "children among the injured",
     "serious": "injured in a serious condition", "villa_bodies": "bodies found together near the beach",
     "sea_evacuated": "people taken off the beaches by boat", "firefighters": "firefighters still at work on Tuesday",
     "mourning_days": "days of national mourning", "houses": "houses damaged", "cars": "cars burnt out",
     "missing": "people unaccounted for", "autopsies": "bodies autopsied", "victim_age62": "age of the burn victim who died on Friday",
     "icu": "injured still in intensive care", "days_since": "days from the fire to the memorial",
     "identified": "victims identified by Sunday", "hospital_dead": "injured who died in hospital by Sunday",
     "remains": "sets of remains not yet matched", "victim_age68": "age of the man who died before 15 August",
     "victim_age63": "age of the man who died the day before", "named": "victims named by the civil protection agency",
     "youngest": "age of the youngest victim", "oldest": "age of the oldest victim", "children_dead": "children among the dead",
     "foreigners": "foreigners among the dead", "hospitalised": "people still in hospital in mid-August",
     "officials": "senior officials removed",
     # dates
     "fire_start": "day the fire broke out", "count74_day": "day of the count of 74", "firefighters_day": "day the 230 firefighters were at work",
     "count79_day": "day of the count of 79", "mourning_day": "day the mourning was declared", "count87_day": "day of the count of 87",
     "thu_day": "day of the count of 82 and of about 30 missing", "victim62_day": "day the 62-year-old died",
     "toskas_day": "day of the minister's news conference", "count91_day": "day of the count of 91",
     "record_year": "the year since which no wildfire in Europe was deadlier", "count96_day": "day of the count of 96",
     "count93_day": "day of the count of 93",
    }
    ms = [
     M(R, "at least 74 people", N, "dead", 74, TUE, qual="atleast"),
     M(R, "Tuesday", D, "count74_day", "2018-07-24"),
     M(R, "50", N, "dead", 50, TUE_AM),
     M(R, "187 people", N, "injured", 187, TUE),
     M(R, "23", N, "children_injured", 23),
     M(R, "10", N, "serious", 10),
     M(R, "Monday", D, "fire_start", "2018-07-23"),
     M(R, "26 people", N, "villa_bodies", 26),
     M(R, "more than 700 people", N, "sea_evacuated", 700, qual="morethan"),
     M(R, "More than 230 firefighters", N, "firefighters", 230, qual="morethan"),
     M(R, "Tuesday", D, "firefighters_day", "2018-07-24", occ=2),
     M(R, "three days", N, "mourning_days", 3, cls="dur"),

     M(K, "79 orang", N, "dead", 79, WED),
     M(K, "Rabu (25/7/2018)", D, "count79_day", "2018-07-25"),
     M(K, "Senin (23/7/2018)", D, "fire_start", "2018-07-23"),
     M(K, "187 orang", N, "injured", 187, WED),
     M(K, "32 anak", N, "children_injured", 32, planted=True),
     M(K, "Lebih dari 1.500 rumah", N, "houses", 1500, qual="morethan"),
     M(K, "lebih dari 300 mobil", N, "cars", 300, qual="morethan"),
     M(K, "tiga hari", N, "mourning_days", 3, cls="dur"),
     M(K, "Selasa", D, "mourning_day", "2018-07-24"),

     M(A, "87 orang", N, "dead", 87, FRI),
     M(A, "Jumat (27/7/2018)", D, "count87_day", "2018-07-27"),
     M(A, "Kamis (26/7)", D, "thu_day", "2018-07-26"),
     M(A, "82 orang", N, "dead", 82, THU),
     M(A, "sekitar 30 orang", N, "missing", 30, THU, qual="approx", fall=True),
     M(A, "86 jenazah", N, "autopsies", 86),
     M(A, "62 tahun", N, "victim_age62", 62, cls="age"),
     M(A, "hari Jumat", D, "victim62_day", "2018-07-27"),
     M(A, "187 orang", N, "injured", 187, FRI),
     M(A, "11 orang", N, "icu", 11),
     M(A, "pada Kamis", D, "toskas_day", "2018-07-26"),
     M(A, "Senin (23/7)", D, "fire_start", "2018-07-23"),

     M(AP, "Monday", D, "fire_start", "2018-07-23"),
     M(AP, "91", N, "dead", 91, SUN),
     M(AP, "Sunday", D, "count91_day", "2018-07-29"),
     M(AP, "25 people", N, "missing", 25, SUN, fall=True),
     M(AP, "six days", N, "days_since", 6, cls="dur"),
     M(AP, "86", N, "dead", 86, SUN_AM),
     M(AP, "59 victims", N, "identified", 59),
     M(AP, "four people", N, "hospital_dead", 4),
     M(AP, "28 sets", N, "remains", 28),
     M(AP, "about 30", N, "missing", 30, THU, qual="approx", fall=True),
     M(AP, "Thursday", D, "thu_day", "2018-07-26"),
     M(AP, "July 23", D, "fire_start", "2018-07-23"),
     M(AP, "1900", D, "record_year", "1900"),

     M(T, "96 orang", N, "dead", 96, WED15),
     M(T, "68 tahun", N, "victim_age68", 68, cls="age"),
     M(T, "Rabu (15/8/2018)", D, "count96_day", "2018-08-15"),
     M(T, "63 tahun", N, "victim_age63", 63, cls="age"),
     M(T, "Kamis (9/8/2018)", D, "count93_day", "2018-08-09"),
     M(T, "93 orang", N, "dead", 93, THU9),
     M(T, "92 korban", N, "named", 92),
     M(T, "6 bulan", N, "youngest", 0.5, cls="age"),
     M(T, "93 tahun", N, "oldest", 93, cls="age"),
     M(T, "11 korban", N, "children_dead", 11),
     M(T, "Empat korban", N, "foreigners", 4),
     M(T, "Lebih dari 20 orang", N, "hospitalised", 20, qual="morethan"),
     M(T, "Empat pejabat", N, "officials", 4),
     M(T, "23 Juli", D, "fire_start", "2018-07-23"),
     M(T, "1900", D, "record_year", "1900"),
    ]
    build("attica-wildfire-2018", "The wildfire of Monday 23 July 2018 east of Athens (Mati, Rafina, Neos Voutzas): the "
          "official toll rising 50 -> 74 on the Tuesday, 79 on Wednesday 25, 82 on Thursday 26, 87 on Friday 27, 86 on the "
          "morning of Sunday 29 July (lower) and 91 that evening, 93 on Thursday 9 August and 96 on Wednesday 15 August; 187 injured, 23 of them children; "
          "about 30 unaccounted for on the Thursday, 25 listed missing on the Sunday; 86 bodies autopsied; 59 "
          "identified, four dead in hospital and 28 sets of remains by the Sunday; 92 victims named, four foreigners, "
          "11 children", False, ms, names)


def kosovo():
    R, K, A, DT, AP = "reuters-feb15", "kompas-feb16", "antara-mar14", "detik-mar23", "ap-apr05"
    # the commission's count in stages: more than half counted on the night, about 99% of polling stations by the
    # morning, the certified result of Saturday 13 March 2021; shares of a count in progress may move both ways
    S1, S2, FIN = "2021-02-14T23", "2021-02-15T06", "2021-03-13"
    CEC, EXIT = "the Central Election Commission", "the exit poll"
    names = {
     "counted": "share of polling stations counted", "vv_share": "Vetevendosje's share", "pdk_share": "the PDK's share",
     "ldk_share": "the LDK's share", "aak_share": "the AAK's share", "nisma_share": "Nisma's share",
     "vv_seats": "Vetevendosje's seats", "assembly": "seats in the assembly", "turnout": "turnout",
     "minority_seats": "seats reserved for minorities", "serb_seats": "seats reserved for Kosovo Serbs",
     "candidates": "candidates", "entities": "parties, movements, coalitions and groups running",
     "threshold": "the threshold", "vv_votes": "votes for Vetevendosje's list", "short": "seats short of a majority",
     "pdk_seats": "the PDK's seats", "ldk_seats": "the LDK's seats", "aak_seats": "the AAK's seats",
     "other_minority": "seats of non-Serb minorities", "voters": "people who voted",
     "convene_days": "days to convene the assembly", "pm_ayes": "votes for Kurti as prime minister",
     "pm_noes": "votes against Kurti as prime minister", "speaker_votes": "votes for the speaker",
     "ministers": "ministers in the cabinet", "women_ministers": "women in the cabinet", "kurti_age": "Kurti's age",
     "first_term": "days of Kurti's first government", "vax_share": "share of the population to be vaccinated",
     "population": "Kosovo's population", "osmani_age": "Osmani's age", "osmani_votes": "votes for Osmani",
     "present": "lawmakers taking part in the third round", "invalid": "invalid ballots", "quorum": "lawmakers needed to take part",
     "simple_majority": "votes enough in the third round", "term": "years of the president's term",
     # dates
     "election": "day of the election", "prev_election": "the previous election", "toppled": "when Kurti's first government fell",
     "turnout_record": "the year since which turnout was not as high", "certified": "day the result was certified",
     "pm_vote": "day Kurti was elected prime minister", "vax_deadline": "end of the vaccination target",
     "independence": "year of independence", "osmani_vote": "day Osmani was elected president",
     "failed_rounds": "day of the two failed rounds", "thaci": "month Thaci resigned",
    }
    ms = [
     M(R, "Sunday", D, "election", "2021-02-14"),
     M(R, "about 99%", N, "counted", 99, S2, qual="approx", cls="pct"),
     M(R, "48.17%", N, "vv_share", 48.17, S2, cls="pct", src=CEC, fall=True),
     M(R, "17.35%", N, "pdk_share", 17.35, S2, cls="pct", src=CEC, fall=True),
     M(R, "13.18%", N, "ldk_share", 13.18, S2, cls="pct", src=CEC, fall=True),
     M(R, "7.42%", N, "aak_share", 7.42, S2, cls="pct", src=CEC, fall=True),
     M(R, "53%", N, "vv_share", 53, cls="pct", src=EXIT),
     M(R, "58", N, "vv_seats", 58, src=EXIT),
     M(R, "120 seats", N, "assembly", 120),
     M(R, "about 47%", N, "turnout", 47, qual="approx", cls="pct"),
     M(R, "October 2019", D, "prev_election", "2019-10"),
     M(R, "March 2020", D, "toppled", "2020-03"),
     M(R, "Twenty", N, "minority_seats", 20),
     M(R, "ten", N, "serb_seats", 10),

     M(K, "Minggu (14/2/2021)", D, "election", "2021-02-14"),
     M(K, "48 persen", N, "vv_share", 48, S1, qual="approx", cls="pct", src=CEC, fall=True),
     M(K, "18,32 persen", N, "pdk_share", 18.32, S1, cls="pct", src=CEC, fall=True),
     M(K, "13,65 persen", N, "ldk_share", 13.65, S1, cls="pct", src=CEC, fall=True),
     M(K, "sekitar 99 persen", N, "counted", 99, S2, qual="approx", cls="pct"),
     M(K, "48,17 persen", N, "vv_share", 48.17, S2, cls="pct", src=CEC, fall=True),
     M(K, "17,35 persen", N, "pdk_share", 17.35, S2, cls="pct", src=CEC, fall=True),
     M(K, "13,18 persen", N, "ldk_share", 13.18, S2, cls="pct", src=CEC, fall=True),
     M(K, "1.052 calon", N, "candidates", 1052),
     M(K, "28 partai", N, "entities", 28),
     M(K, "sekitar 47 persen", N, "turnout", 47, qual="approx", cls="pct"),
     M(K, "2004", D, "turnout_record", "2004"),
     M(K, "5 persen", N, "threshold", 5, cls="pct"),
     M(K, "10 kursi", N, "serb_seats", 10),
     M(K, "120 orang", N, "assembly", 120),

     M(A, "Sabtu (13/3/2021)", D, "certified", "2021-03-13"),
     M(A, "14 Februari", D, "election", "2021-02-14"),
     M(A, "438.335 suara", N, "vv_votes", 438335),
     M(A, "50,28 persen", N, "vv_share", 50.28, FIN, cls="pct", src=CEC, fall=True),
     M(A, "58 kursi", N, "vv_seats", 58, FIN, src=CEC, fall=True),
     M(A, "tiga kursi", N, "short", 3),
     M(A, "120 orang", N, "assembly", 120),
     M(A, "19 kursi", N, "pdk_seats", 19, FIN, src=CEC, fall=True),
     M(A, "15 kursi", N, "ldk_seats", 15, FIN, src=CEC, fall=True),
     M(A, "8 kursi", N, "aak_seats", 8, FIN, src=CEC, fall=True),
     M(A, "10 kursi", N, "serb_seats", 10),
     M(A, "10 kursi", N, "other_minority", 10, occ=2),
     M(A, "2,5 persen", N, "nisma_share", 2.5, FIN, cls="pct", src=CEC, fall=True),
     M(A, "5 persen", N, "threshold", 5, cls="pct"),
     M(A, "Lebih dari 870.000 pemilih", N, "voters", 870000, qual="morethan"),
     M(A, "30 hari", N, "convene_days", 30, cls="dur"),

     M(DT, "Senin (22/3/2021)", D, "pm_vote", "2021-03-22"),
     M(DT, "76 suara", N, "pm_ayes", 76, planted=True),
     M(DT, "120 anggota", N, "assembly", 120),
     M(DT, "30 anggota", N, "pm_noes", 30),
     M(DT, "69 suara", N, "speaker_votes", 69),
     M(DT, "58 kursi", N, "vv_seats", 58, FIN, src=CEC, fall=True),
     M(DT, "14 Februari", D, "election", "2021-02-14"),
     M(DT, "15 menteri", N, "ministers", 15),
     M(DT, "lima", N, "women_ministers", 5),
     M(DT, "46 tahun", N, "kurti_age", 46, cls="age"),
     M(DT, "sekitar 50 hari", N, "first_term", 50, qual="approx", cls="dur"),
     M(DT, "2020", D, "toppled", "2020"),
     M(DT, "60 persen", N, "vax_share", 60, cls="pct"),
     M(DT, "1,8 juta", N, "population", 1800000),
     M(DT, "2021", D, "vax_deadline", "2021", occ=2),
     M(DT, "2008", D, "independence", "2008"),

     M(AP, "Sunday", D, "osmani_vote", "2021-04-04"),
     M(AP, "38", N, "osmani_age", 38, cls="age"),
     M(AP, "71 votes", N, "osmani_votes", 71),
     M(AP, "82 lawmakers", N, "present", 82),
     M(AP, "11 ballots", N, "invalid", 11),
     M(AP, "Saturday", D, "failed_rounds", "2021-04-03"),
     M(AP, "80", N, "quorum", 80),
     M(AP, "120 lawmakers", N, "assembly", 120),
     M(AP, "61 votes", N, "simple_majority", 61),
     M(AP, "November 2020", D, "thaci", "2020-11"),
     M(AP, "58 seats", N, "vv_seats", 58, FIN, src=CEC, fall=True),
     M(AP, "Feb. 14", D, "election", "2021-02-14"),
     M(AP, "March 23", D, "pm_vote", "2021-03-23", planted=True),
     M(AP, "67-30", N, "pm_ayes", 67, also=(("pm_noes", 30),)),
     M(AP, "five-year", N, "term", 5, cls="dur"),
    ]
    build("kosovo-election-2021", "Kosovo's snap parliamentary election of Sunday 14 February 2021: the exit poll's "
          "53% and 58 seats for Vetevendosje; the commission's count in stages (48% with more than half counted, "
          "48.17% with about 99% of polling stations; the PDK 18.32% -> 17.35%, the LDK 13.65% -> 13.18%); the "
          "certified result of Saturday 13 March (438,335 votes, 50.28%, 58 of 120 seats; PDK 19, LDK 15, AAK 8, ten "
          "Serb and ten other minority seats; more than 870,000 voters); Kurti elected prime minister 67-30 on Monday "
          "22 March; Osmani elected president with 71 votes of 82 in the third round on Sunday 4 April 2021", False,
          ms, names)


def nbs():
    R, S, B, K = "reuters-jun13", "seenews-jun14", "bisnis-jun15", "kontan-jun17"
    names = {
     "cut": "size of the cut", "rate": "the new key policy rate", "prev_rate": "the key rate before the decision",
     "deposit": "the new deposit facility rate", "deposit_prev": "the deposit facility rate before",
     "lending": "the new lending facility rate", "lending_prev": "the lending facility rate before",
     "target": "the inflation target", "band": "the target's tolerance band", "corridor": "the corridor either side of the key rate",
     # dates
     "decision": "day of the decision", "hold_since": "month the rate reached 6.50%", "infl_month": "month inflation returned to the band",
     "next": "day of the next meeting",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "6.25%", N, "rate", 6.25, cls="pct"),
     M(R, "Thursday", D, "decision", "2024-06-13"),
     M(R, "6.50%", N, "prev_rate", 6.5, cls="pct"),
     M(R, "July 2023", D, "hold_since", "2023-07"),
     M(R, "5.00%", N, "deposit", 5, cls="pct"),
     M(R, "5.25%", N, "deposit_prev", 5.25, cls="pct"),
     M(R, "7.50%", N, "lending", 7.5, cls="pct"),
     M(R, "7.75%", N, "lending_prev", 7.75, cls="pct"),
     M(R, "May", D, "infl_month", "2024-05"),
     M(R, "3%", N, "target", 3, cls="pct"),
     M(R, "1.5 percentage points", N, "band", 150, qual="unit", cls="bp"),
     M(R, "1.25 percentage points", N, "corridor", 125, qual="unit", cls="bp"),
     M(R, "July 11", D, "next", "2024-07-11"),

     M(S, "0.25 percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(S, "Thursday, June 13", D, "decision", "2024-06-13"),
     M(S, "6.25%", N, "rate", 6.25, cls="pct"),
     M(S, "5.00%", N, "deposit", 5, cls="pct"),
     M(S, "7.50%", N, "lending", 7.5, cls="pct"),
     M(S, "6.50%", N, "prev_rate", 6.5, cls="pct"),
     M(S, "July 2023", D, "hold_since", "2023-07"),
     M(S, "May", D, "infl_month", "2024-05"),
     M(S, "3.0%", N, "target", 3, cls="pct"),
     M(S, "1.5 percentage points", N, "band", 150, qual="unit", cls="bp"),
     M(S, "July 11", D, "next", "2024-07-11"),
     M(S, "1.25 percentage points", N, "corridor", 125, qual="unit", cls="bp"),
     M(S, "1.25 percentage points", N, "corridor", 125, qual="unit", cls="bp", occ=2),

     M(B, "25 basis poin", N, "cut", 25, cls="bp"),
     M(B, "6,50%", N, "prev_rate", 6.5, cls="pct"),
     M(B, "6,25%", N, "rate", 6.25, cls="pct"),
     M(B, "Kamis (13/6/2024)", D, "decision", "2024-06-13"),
     M(B, "6,50%", N, "prev_rate", 6.5, cls="pct", occ=2),
     M(B, "Juli 2023", D, "hold_since", "2023-07"),
     M(B, "5,00%", N, "deposit", 5, cls="pct"),
     M(B, "5,25%", N, "deposit_prev", 5.25, cls="pct"),
     M(B, "7,50%", N, "lending", 7.5, cls="pct"),
     M(B, "7,75%", N, "lending_prev", 7.75, cls="pct"),
     M(B, "Mei 2024", D, "infl_month", "2024-05"),
     M(B, "3%", N, "target", 3, cls="pct"),
     M(B, "1,5 poin persentase", N, "band", 150, qual="unit", cls="bp"),
     M(B, "11 Juli 2024", D, "next", "2024-07-11"),

     M(K, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(K, "6,25 persen", N, "rate", 6.25, cls="pct"),
     M(K, "Kamis, 13 Juni 2024", D, "decision", "2024-06-13"),
     M(K, "6,5 persen", N, "prev_rate", 6.5, cls="pct"),
     M(K, "Juli 2023", D, "hold_since", "2023-07"),
     M(K, "5 persen", N, "deposit", 5, cls="pct"),
     M(K, "7,5 persen", N, "lending", 7.5, cls="pct"),
     M(K, "1,25 poin persentase", N, "corridor", 125, qual="unit", cls="bp"),
     M(K, "3 persen", N, "target", 3, cls="pct"),
     M(K, "1,5 poin persentase", N, "band", 150, qual="unit", cls="bp"),
     M(K, "Mei", D, "infl_month", "2024-05"),
     M(K, "11 Juli", D, "next", "2024-07-11"),
    ]
    build("nbs-rate-2024", "The National Bank of Serbia's rate decision (control) of Thursday 13 June 2024: the key "
          "policy rate cut 25 basis points from 6.50% to 6.25%, the first cut after a hold at 6.50% since July 2023; "
          "the deposit facility rate from 5.25% to 5.00%, the lending facility rate from 7.75% to 7.50% (a corridor of "
          "1.25 percentage points either side); inflation back in May within the target band of 3% plus or minus 1.5 "
          "percentage points; the next meeting on 11 July. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    attica()
    kosovo()
    nbs()
