"""The fifty-second development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset52/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def tangerang():
    K, R, T, J, A = "kompas-sep08", "reuters-sep09", "detik-sep14", "jakpost-sep21", "antara-sep21-2022"
    POL, PAS = "the police", "the corrections directorate"
    W8, TH9, MON13AM, MON13PM, TH16 = "2021-09-08", "2021-09-09", "2021-09-13T08", "2021-09-13T19", "2021-09-16"
    names = {
     "dead": "inmates killed by the fire (running toll)",
     "dead_scene": "inmates who died in the block or on the way to hospital",
     "dead_block": "inmates found dead inside the block", "dead_enroute": "inmates who died on the way to hospital",
     "died_hosp": "inmates who died later in the regency hospital", "died_thu": "inmates who died in hospital on Thursday 9 September",
     "died_mon": "inmates who died in hospital on Monday evening 13 September",
     "serious": "inmates seriously injured", "light": "inmates lightly injured",
     "hosp": "inmates still treated in the regency hospital", "treated": "inmates treated in the regency hospital in all",
     "block": "inmates held in block C2", "prison": "inmates held in the whole prison", "foreigners": "foreigners among the dead",
     "survivors": "survivors of the block moved to other blocks", "bodies": "bodies taken to the police hospital",
     "identified": "bodies identified by the DVI team", "identified_last": "bodies identified on the DVI team's last day",
     "antemortem": "families who had handed over antemortem data",
     "suspects20": "suspects named on 20 September 2021", "suspects29": "suspects named on 29 September 2021",
     "suspects": "suspects named in all", "defendants": "officers convicted", "defendants359": "defendants convicted under Article 359",
     "comp": "compensation to each victim's family",
     "max_term": "maximum sentence under Article 359", "sent_p": "sentence of the officer in charge of the wiring",
     "sent_3": "sentence of the three other officers", "demand": "sentence the prosecutors demanded",
     "gap_hosp": "time over which the inmates died in hospital", "gap_deaths": "time between the two deaths of Monday evening",
     "delay": "postponement of the first hearing",
     # dates
     "fire": "day of the fire", "built": "year the prison was built", "toll44_day": "day the toll rose to 44",
     "record_day": "day the directorate recorded the injured", "died_thu_day": "day three inmates died in hospital", "ident1_day": "day the first body was identified",
     "died_sat": "day an inmate died in hospital (Saturday)", "died_sun": "day an inmate died in hospital (Sunday)",
     "died_mon_day": "day two inmates died in hospital (Monday)", "toll46_day": "day the toll stood at 46",
     "warden_exam": "day the warden was to be questioned", "suspects20_day": "day the first three suspects were named",
     "last_death": "day the last inmate died in hospital", "hosp2_day": "day two inmates were still in hospital",
     "dvi_end": "day the DVI team ended its work", "suspects29_day": "day three more suspects were named",
     "verdict": "day of the verdict", "demand_day": "day the prosecutors made their demand",
     "trial_start": "day of the first hearing",
    }
    ms = [
     M(K, "41 narapidana", N, "dead", 41, W8, also={"dead_scene": 41}),
     M(K, "41 orang", N, "dead", 41, W8, also={"dead_scene": 41}),
     M(K, "8 orang", N, "serious", 8, W8),
     M(K, "72 orang", N, "light", 72, W8, src=POL),
     M(K, "41 korban tewas", N, "dead", 41, W8, also={"dead_scene": 41}),
     M(K, "40 orang", N, "dead_block", 40),
     M(K, "satu orang", N, "dead_enroute", 1),
     M(K, "122 orang", N, "block", 122),
     M(K, "2.072 warga binaan", N, "prison", 2072),
     M(K, "dua warga negara asing", N, "foreigners", 2),
     M(K, "Rabu (8/9/2021)", D, "fire", "2021-09-08"),
     M(K, "1972", D, "built", "1972"),

     M(R, "44", N, "dead", 44, TH9),
     M(R, "three inmates", N, "died_thu", 3),
     M(R, "41 people", N, "dead", 41, W8, also={"dead_scene": 41}),
     M(R, "seven other inmates", N, "hosp", 7, TH9, fall=True),
     M(R, "eight inmates", N, "serious", 8, W8),
     M(R, "73", N, "light", 73, W8, src=PAS),
     M(R, "122 inmates", N, "block", 122),
     M(R, "2,072", N, "prison", 2072),
     M(R, "30 million rupiah", N, "comp", 30e6, cls="money"),
     M(R, "81 inmates", N, "survivors", 81),
     M(R, "one", N, "identified", 1, TH9),
     M(R, "41 bodies", N, "bodies", 41),
     M(R, "31 families", N, "antemortem", 31, TH9),
     M(R, "Thursday", D, "toll44_day", "2021-09-09"),
     M(R, "Wednesday", D, "fire", "2021-09-08"),
     M(R, "Thursday", D, "died_thu_day", "2021-09-09", occ=2),
     M(R, "Wednesday", D, "record_day", "2021-09-08", occ=2),
     M(R, "1972", D, "built", "1972"),
     M(R, "Thursday", D, "ident1_day", "2021-09-09", occ=3),

     M(T, "48 orang", N, "dead", 48, MON13PM),
     M(T, "dua korban", N, "died_mon", 2),
     M(T, "satu jam", N, "gap_deaths", 1, qual="nearly", cls="dur"),
     M(T, "46 orang", N, "dead", 46, MON13AM),
     M(T, "41 orang", N, "dead_scene", 41),
     M(T, "tujuh orang", N, "died_hosp", 7, MON13PM),
     M(T, "sepuluh korban", N, "treated", 10),
     M(T, "tiga orang", N, "hosp", 3, MON13PM, fall=True),
     M(T, "41 jenazah", N, "bodies", 41),
     M(T, "Rp30 juta", N, "comp", 30e6, cls="money"),
     M(T, "Senin (13/9/2021)", D, "died_mon_day", "2021-09-13"),
     M(T, "Senin pagi", D, "toll46_day", "2021-09-13"),
     M(T, "Sabtu (11/9/2021)", D, "died_sat", "2021-09-11"),
     M(T, "Minggu (12/9/2021)", D, "died_sun", "2021-09-12"),
     M(T, "Selasa (7/9/2021)", D, "fire", "2021-09-07", planted=True),
     M(T, "Selasa (14/9/2021)", D, "warden_exam", "2021-09-14"),

     M(J, "three officers", N, "suspects20", 3),
     M(J, "49 inmates", N, "dead", 49, "final"),
     M(J, "Sept. 8", D, "fire", "2021-09-08"),
     M(J, "Monday", D, "suspects20_day", "2021-09-20"),
     M(J, "five years", N, "max_term", 5, cls="dur"),
     M(J, "112 inmates", N, "block", 112, planted=True),
     M(J, "Forty-one", N, "dead_scene", 41),
     M(J, "eight more", N, "died_hosp", 8, "final"),
     M(J, "eight days", N, "gap_hosp", 8, cls="dur"),
     M(J, "Sept. 16", D, "last_death", "2021-09-16"),
     M(J, "Two inmates", N, "hosp", 2, TH16, fall=True),
     M(J, "last Thursday", D, "hosp2_day", "2021-09-16"),
     M(J, "Sept. 15", D, "dvi_end", "2021-09-15"),
     M(J, "41 bodies", N, "identified", 41, "2021-09-15", also={"bodies": 41}),
     M(J, "14", N, "identified_last", 14),
     M(J, "2,072", N, "prison", 2072),
     M(J, "30 million rupiah", N, "comp", 30e6, cls="money"),

     M(A, "empat petugas", N, "defendants", 4),
     M(A, "49 narapidana", N, "dead", 49, "final"),
     M(A, "Selasa (20/9/2022)", D, "verdict", "2022-09-20"),
     M(A, "satu tahun enam bulan", N, "sent_p", 18, cls="dur"),
     M(A, "Tiga terdakwa", N, "defendants359", 3),
     M(A, "satu tahun empat bulan", N, "sent_3", 16, cls="dur"),
     M(A, "Selasa (2/8/2022)", D, "demand_day", "2022-08-02"),
     M(A, "dua tahun", N, "demand", 24, cls="dur"),
     M(A, "Rabu, 8 September 2021", D, "fire", "2021-09-08"),
     M(A, "122 narapidana", N, "block", 122),
     M(A, "41 narapidana", N, "dead_scene", 41),
     M(A, "delapan lainnya", N, "died_hosp", 8, "final"),
     M(A, "enam tersangka", N, "suspects", 6),
     M(A, "tiga petugas", N, "suspects20", 3),
     M(A, "20 September 2021", D, "suspects20_day", "2021-09-20"),
     M(A, "tiga orang lainnya", N, "suspects29", 3),
     M(A, "29 September 2021", D, "suspects29_day", "2021-09-29"),
     M(A, "25 Januari 2022", D, "trial_start", "2022-01-25"),
     M(A, "sepekan", N, "delay", 1, cls="dur"),
    ]
    build("tangerang-prison-2021", "The fire at the Tangerang Class I prison, Banten (Wednesday 8 September 2021): the "
          "toll rising from 41 on the day to 44, 46, 48 and a final 49 as inmates died in hospital, those still in "
          "hospital falling, the seriously and lightly injured (the police's 72 against the corrections directorate's "
          "73 lightly injured), the inmates of the block and of the prison, the identification of the 41 bodies, "
          "suspects named and four officers sentenced a year later; dates of the fire, the deaths in hospital, the "
          "identification, the suspects, the first hearing, the prosecutors' demand and the verdict", False, ms, names)


def greece():
    R, K, P, T, KA = "reuters-may22", "kompas-may26", "ap-jun26", "tempo-jun30", "kathimerini-jul04"
    MAYN, JUNP = "2023-05-22", "2023-06-26"   # the May projections on the night; the June allocation before the final one
    names = {
     "nd_may_pct": "New Democracy's share on 21 May", "left_may_pct": "the leftist party's share on 21 May",
     "pasok_may_pct": "PASOK's share on 21 May", "kke_may_pct": "KKE's share on 21 May", "el_may_pct": "Greek Solution's share on 21 May",
     "nd_may": "New Democracy's seats on 21 May", "left_may": "the leftist party's seats on 21 May", "pasok_may": "PASOK's seats on 21 May",
     "kke_may": "KKE's seats on 21 May", "el_may": "Greek Solution's seats on 21 May",
     "house": "seats in parliament", "majority": "seats needed for a majority", "short_may": "seats New Democracy lacked in May",
     "left2019_pct": "the leftist party's share in 2019", "left2019": "the leftist party's seats in 2019",
     "turnout_may": "turnout on 21 May", "turnout_jun": "turnout on 25 June", "bonus": "most bonus seats for the winner",
     "term": "length of a parliamentary term", "age_sarmas": "the caretaker prime minister's age", "cabinet": "members of the caretaker cabinet",
     "counted": "share of ballots counted on 25 June",
     "nd_jun_pct": "New Democracy's share on 25 June", "left_jun_pct": "the leftist party's share on 25 June",
     "pasok_jun_pct": "PASOK's share on 25 June", "kke_jun_pct": "KKE's share on 25 June", "sp_pct": "the Spartans' share",
     "el_pct": "Greek Solution's share on 25 June", "niki_pct": "Niki's share", "pe_pct": "Course of Freedom's share",
     "nd_jun": "New Democracy's seats on 25 June", "left_jun": "the leftist party's seats on 25 June",
     "pasok_jun": "PASOK's seats on 25 June", "kke_jun": "KKE's seats on 25 June", "sp": "the Spartans' seats",
     "el_jun": "Greek Solution's seats on 25 June", "niki": "Niki's seats", "pe": "Course of Freedom's seats",
     "gap_weeks": "time between the two elections", "gap_days": "time between the election and the leader's resignation",
     "parties_jun": "parties in parliament after June", "parties_may": "parties in parliament after May",
     "lead_may": "New Democracy's lead on 21 May",
     # dates
     "may_vote": "day of the first election", "count_day": "day of the May count", "mandate": "day Mitsotakis returned the mandate",
     "gov_start": "year the leftist government began", "gov_end": "year the leftist government ended",
     "y2019": "the 2019 election", "in_power": "year Mitsotakis came to power", "repeat": "day of the repeat election", "sarmas": "day the caretaker prime minister was sworn in",
     "mps_may": "day the MPs elected in May were sworn in", "restored": "year democracy was restored",
     "pm_sworn": "day Mitsotakis was sworn in", "cabinet_sworn": "day the cabinet was sworn in",
     "resign": "day the leftist leader resigned", "mps_jun": "day the MPs elected in June were sworn in",
     "speaker": "day parliament elects its speaker", "policy_start": "first day of the policy debate",
     "policy_end": "last day of the policy debate",
    }
    ms = [
     M(R, "40.8%", N, "nd_may_pct", 40.8, MAYN, "approx", cls="pct"),
     M(R, "20.1%", N, "left_may_pct", 20.1, MAYN, "approx", cls="pct"),
     M(R, "146", N, "nd_may", 146, MAYN),
     M(R, "300 seats", N, "house", 300),
     M(R, "five short", N, "short_may", 5),
     M(R, "151", N, "majority", 151),
     M(R, "71 seats", N, "left_may", 71, MAYN),
     M(R, "41", N, "pasok_may", 41, MAYN),
     M(R, "11.5%", N, "pasok_may_pct", 11.5, MAYN, "approx", cls="pct"),
     M(R, "26", N, "kke_may", 26, MAYN),
     M(R, "16", N, "el_may", 16, MAYN),
     M(R, "31.5%", N, "left2019_pct", 31.5, cls="pct"),
     M(R, "86 seats", N, "left2019", 86),
     M(R, "about 61%", N, "turnout_may", 61, qual="approx", cls="pct"),
     M(R, "up to 50 seats", N, "bonus", 50),
     M(R, "four-year", N, "term", 4, cls="dur"),
     M(R, "Sunday", D, "may_vote", "2023-05-21"),
     M(R, "Monday", D, "count_day", "2023-05-22"),
     M(R, "2015", D, "gov_start", "2015"),
     M(R, "2019", D, "gov_end", "2019"),
     M(R, "2019", D, "y2019", "2019", occ=2),
     M(R, "late June", D, "repeat", "2023-06"),
     M(R, "2019", D, "in_power", "2019", occ=3),
     M(R, "Monday", D, "mandate", "2023-05-22", occ=2),

     M(K, "Kamis (25/5/2023)", D, "sarmas", "2023-05-25"),
     M(K, "25 Juni 2023", D, "repeat", "2023-06-25"),
     M(K, "66", N, "age_sarmas", 66, cls="age"),
     M(K, "16 orang", N, "cabinet", 16),
     M(K, "Minggu (21/5/2023)", D, "may_vote", "2023-05-21"),
     M(K, "Senin (22/5/2023)", D, "mandate", "2023-05-22"),
     M(K, "40,79 persen", N, "nd_may_pct", 40.79, "final", cls="pct"),
     M(K, "146 kursi", N, "nd_may", 146, "final"),
     M(K, "5 kursi", N, "short_may", 5),
     M(K, "151 kursi", N, "majority", 151),
     M(K, "20,07 persen", N, "left_may_pct", 20.07, "final", cls="pct"),
     M(K, "71 kursi", N, "left_may", 71, "final"),
     M(K, "11,46 persen", N, "pasok_may_pct", 11.46, "final", cls="pct"),
     M(K, "41 kursi", N, "pasok_may", 41, "final"),
     M(K, "7,23 persen", N, "kke_may_pct", 7.23, "final", cls="pct"),
     M(K, "26 kursi", N, "kke_may", 26, "final"),
     M(K, "4,45 persen", N, "el_may_pct", 4.45, "final", cls="pct"),
     M(K, "16 kursi", N, "el_may", 16, "final"),
     M(K, "60,94 persen", N, "turnout_may", 60.94, cls="pct"),
     M(K, "21 Mei", D, "may_vote", "2023-05-21"),
     M(K, "Minggu (28/5/2023)", D, "mps_may", "2023-05-28"),
     M(K, "50 kursi", N, "bonus", 50),

     M(P, "four-year", N, "term", 4, cls="dur"),
     M(P, "Sunday", D, "repeat", "2023-06-25"),
     M(P, "99.7%", N, "counted", 99.7, cls="pct"),
     M(P, "40.55%", N, "nd_jun_pct", 40.55, JUNP, cls="pct"),
     M(P, "158", N, "nd_jun", 158, JUNP),
     M(P, "300 seats", N, "house", 300),
     M(P, "17.8%", N, "left_jun_pct", 17.8, JUNP, "approx", cls="pct"),
     M(P, "48 seats", N, "left_jun", 48, JUNP),
     M(P, "71", N, "left_may", 71, "final"),
     M(P, "May", D, "may_vote", "2023-05"),
     M(P, "32 seats", N, "pasok_jun", 32, JUNP),
     M(P, "20", N, "kke_jun", 20, JUNP),
     M(P, "12 seats", N, "sp", 12, JUNP),
     M(P, "12", N, "el_jun", 12, JUNP, occ=2),
     M(P, "10", N, "niki", 10, JUNP),
     M(P, "8", N, "pe", 8, JUNP),
     M(P, "about 53%", N, "turnout_jun", 53, qual="approx", cls="pct"),
     M(P, "1974", D, "restored", "1974"),
     M(P, "Monday", D, "pm_sworn", "2023-06-26"),
     M(P, "Five weeks", N, "gap_weeks", 5, cls="dur"),
     M(P, "May 21", D, "may_vote", "2023-05-21"),
     M(P, "40.8%", N, "nd_may_pct", 40.8, "final", "approx", cls="pct"),
     M(P, "5 seats", N, "short_may", 5),

     M(T, "Kamis (29/6/2023)", D, "resign", "2023-06-29"),
     M(T, "empat hari", N, "gap_days", 4, cls="dur"),
     M(T, "2015", D, "gov_start", "2015"),
     M(T, "2019", D, "gov_end", "2019"),
     M(T, "Minggu (25/6/2023)", D, "repeat", "2023-06-25"),
     M(T, "17,83 persen", N, "left_jun_pct", 17.83, "final", cls="pct"),
     M(T, "48 kursi", N, "left_jun", 48, JUNP),
     M(T, "31,5 persen", N, "left2019_pct", 31.5, cls="pct"),
     M(T, "86 kursi", N, "left2019", 86),
     M(T, "2019", D, "y2019", "2019", occ=2),
     M(T, "40,65 persen", N, "nd_jun_pct", 40.65, "final", cls="pct", planted=True),
     M(T, "158", N, "nd_jun", 158, JUNP),
     M(T, "300 kursi", N, "house", 300),
     M(T, "Senin (26/6/2023)", D, "pm_sworn", "2023-06-26"),
     M(T, "Selasa (27/6/2023)", D, "cabinet_sworn", "2023-06-27"),
     M(T, "11,84 persen", N, "pasok_jun_pct", 11.84, "final", cls="pct"),
     M(T, "32 kursi", N, "pasok_jun", 32, JUNP),
     M(T, "sekitar 53 persen", N, "turnout_jun", 53, qual="approx", cls="pct"),
     M(T, "Delapan partai", N, "parties_jun", 8),
     M(T, "lima partai", N, "parties_may", 5),
     M(T, "21 Mei", D, "may_vote", "2023-05-21"),
     M(T, "21 Mei", D, "may_vote", "2023-05-21", occ=2),
     M(T, "lebih dari 20 poin persentase", N, "lead_may", 20, qual="morethan", cls="pct"),

     M(KA, "21 seats", N, "kke_jun", 21, "final"),
     M(KA, "20", N, "kke_jun", 20, JUNP),
     M(KA, "June 25", D, "repeat", "2023-06-25"),
     M(KA, "47", N, "left_jun", 47, "final"),
     M(KA, "48", N, "left_jun", 48, JUNP),
     M(KA, "300 lawmakers", N, "house", 300),
     M(KA, "June 25", D, "repeat", "2023-06-25", occ=2),
     M(KA, "Monday", D, "mps_jun", "2023-07-03"),
     M(KA, "158 seats", N, "nd_jun", 158, "final"),
     M(KA, "40.56%", N, "nd_jun_pct", 40.56, "final", cls="pct"),
     M(KA, "17.83%", N, "left_jun_pct", 17.83, "final", cls="pct"),
     M(KA, "11.84%", N, "pasok_jun_pct", 11.84, "final", cls="pct"),
     M(KA, "7.69%", N, "kke_jun_pct", 7.69, "final", cls="pct"),
     M(KA, "4.68%", N, "sp_pct", 4.68, "final", cls="pct"),
     M(KA, "12 seats", N, "sp", 12, "final"),
     M(KA, "4.44%", N, "el_pct", 4.44, "final", cls="pct"),
     M(KA, "12 seats", N, "el_jun", 12, "final", occ=2),
     M(KA, "3.69%", N, "niki_pct", 3.69, "final", cls="pct"),
     M(KA, "10 seats", N, "niki", 10, "final"),
     M(KA, "3.17%", N, "pe_pct", 3.17, "final", cls="pct"),
     M(KA, "8 seats", N, "pe", 8, "final"),
     M(KA, "32 seats", N, "pasok_jun", 32, "final"),
     M(KA, "Tuesday", D, "speaker", "2023-07-04"),
     M(KA, "Thursday", D, "policy_start", "2023-07-06"),
     M(KA, "Saturday", D, "policy_end", "2023-07-08"),
    ]
    build("greece-election-2023", "Greece's parliamentary elections of 2023: the vote of Sunday 21 May without a "
          "majority (New Democracy 40.79% and 146 seats of 300, 151 needed, projections on the night and the final "
          "count), a caretaker prime minister sworn in, and the repeat election of Sunday 25 June under the bonus-seat "
          "law (New Democracy 158 seats; the leftist main opposition's 48 seats on the night lowered to 47 in the "
          "final allocation, the Communists' 20 raised to 21), shares on the night and final, turnout, the 2019 result "
          "recalled; dates of both votes, the mandates, the swearing-in of the prime minister, the cabinet and the two "
          "parliaments, the leftist leader's resignation and the new parliament's first week", False, ms, names)


def rbnz():
    R, K, C, Z = "reuters-oct05", "kontan-oct06", "cnbcindonesia-oct07", "nzherald-oct10"
    names = {
     "hike": "size of the October increase", "ocr": "the official cash rate after the decision",
     "ocr_prev": "the official cash rate before the decision", "consider": "larger increase the committee discussed",
     "cpi": "annual inflation", "cpi_years": "years since inflation was as high", "target_lo": "bottom of the inflation target band",
     "target_hi": "top of the inflation target band", "unemp": "unemployment rate", "ocr_low": "record low of the official cash rate",
     "nzd_level": "the New Zealand dollar after the decision", "nzd_rise": "the New Zealand dollar's rise after the decision",
     "hikes": "increases in a row", "total_bp": "total increase since October 2021", "aug_hike": "size of the August increase",
     "rba_hike": "size of the Australian central bank's increase", "peak": "official cash rate economists expect in early 2023",
     # dates
     "decision": "day of the decision", "y2015": "year the rate was last as high", "first_hike": "month of the first increase",
     "next": "day of the next decision", "aug": "day of the previous decision", "rba_day": "day of the Australian decision",
     "cpi_release": "day the next inflation figures are due", "y1990": "year inflation was last as high",
     "cpi_period": "period of the inflation figure", "cpi_next_period": "period of the next inflation figure",
     "peak_time": "time the peak rate is expected",
    }
    ms = [
     M(R, "50 basis points", N, "hike", 50, cls="bp"),
     M(R, "3.5%", N, "ocr", 3.5, cls="pct"),
     M(R, "Wednesday", D, "decision", "2022-10-05"),
     M(R, "3.0%", N, "ocr_prev", 3.0, cls="pct"),
     M(R, "2015", D, "y2015", "2015"),
     M(R, "October 2021", D, "first_hike", "2021-10"),
     M(R, "0.25%", N, "ocr_low", 0.25, cls="pct"),
     M(R, "75 basis point", N, "consider", 75, cls="bp"),
     M(R, "50", N, "hike", 50, cls="bp", occ=2),
     M(R, "7.3%", N, "cpi", 7.3, cls="pct"),
     M(R, "32-year", N, "cpi_years", 32, cls="dur"),
     M(R, "1%", N, "target_lo", 1, cls="pct"),
     M(R, "3%", N, "target_hi", 3, cls="pct"),
     M(R, "3.3%", N, "unemp", 3.3, cls="pct"),
     M(R, "more than half a U.S. cent", N, "nzd_rise", 0.5, qual="morethan", cls="fx"),
     M(R, "about 57.85 U.S. cents", N, "nzd_level", 57.85, qual="approx", cls="fx"),
     M(R, "Wednesday", D, "decision", "2022-10-05", occ=2),
     M(R, "Nov. 23", D, "next", "2022-11-23"),

     M(K, "50 basis poin", N, "hike", 50, cls="bp"),
     M(K, "3,5%", N, "ocr", 3.5, cls="pct"),
     M(K, "Rabu (5/10/2022)", D, "decision", "2022-10-05"),
     M(K, "Oktober 2021", D, "first_hike", "2021-10"),
     M(K, "50 bps", N, "hike", 50, cls="bp"),
     M(K, "2015", D, "y2015", "2015"),
     M(K, "7,3%", N, "cpi", 7.3, cls="pct"),
     M(K, "32 tahun", N, "cpi_years", 32, cls="dur"),
     M(K, "1%", N, "target_lo", 1, cls="pct"),
     M(K, "3%", N, "target_hi", 3, cls="pct"),
     M(K, "75 bps", N, "consider", 75, cls="bp"),
     M(K, "50 bps", N, "hike", 50, cls="bp", occ=2),
     M(K, "3,3%", N, "unemp", 3.3, cls="pct"),
     M(K, "17 Agustus 2022", D, "aug", "2022-08-17"),
     M(K, "50 bps", N, "aug_hike", 50, cls="bp", occ=3),
     M(K, "3%", N, "ocr_prev", 3.0, cls="pct", occ=2),
     M(K, "23 November 2022", D, "next", "2022-11-23"),

     M(C, "50 basis poin", N, "hike", 50, cls="bp"),
     M(C, "3,50%", N, "ocr", 3.5, cls="pct"),
     M(C, "Rabu (5/10/2022)", D, "decision", "2022-10-05"),
     M(C, "50 bps", N, "hike", 50, cls="bp"),
     M(C, "Oktober 2021", D, "first_hike", "2021-10"),
     M(C, "delapan kali", N, "hikes", 8),
     M(C, "0,25%", N, "ocr_low", 0.25, cls="pct"),
     M(C, "325 basis poin", N, "total_bp", 325, cls="bp"),
     M(C, "7,3%", N, "cpi", 7.3, cls="pct"),
     M(C, "kuartal II-2022", D, "cpi_period", "2022"),
     M(C, "1990", D, "y1990", "1990"),
     M(C, "lebih dari setengah sen dolar AS", N, "nzd_rise", 0.5, qual="morethan", cls="fx"),
     M(C, "Selasa (4/10/2022)", D, "rba_day", "2022-10-04"),
     M(C, "25 bps", N, "rba_hike", 25, cls="bp"),
     M(C, "kuartal III-2022", D, "cpi_next_period", "2022"),
     M(C, "18 Oktober 2022", D, "cpi_release", "2022-10-18"),
     M(C, "di atas 4%", N, "peak", 4, qual="morethan", cls="pct"),
     M(C, "awal 2023", D, "peak_time", "2023"),

     M(Z, "half a percentage point", N, "hike", 50, qual="unit", cls="bp"),
     M(Z, "3.5 per cent", N, "ocr", 3.5, cls="pct"),
     M(Z, "last Wednesday", D, "decision", "2022-10-05"),
     M(Z, "3 per cent", N, "ocr_prev", 3.0, cls="pct"),
     M(Z, "50 basis points", N, "hike", 50, cls="bp"),
     M(Z, "7.3 per cent", N, "cpi", 7.3, cls="pct"),
     M(Z, "June", D, "cpi_period", "2022-06"),
     M(Z, "32 years", N, "cpi_years", 32, cls="dur"),
     M(Z, "1 per cent", N, "target_lo", 1, cls="pct"),
     M(Z, "3 per cent", N, "target_hi", 3, cls="pct", occ=2),
     M(Z, "75 basis points", N, "consider", 75, cls="bp"),
     M(Z, "50", N, "hike", 50, cls="bp", occ=2),
     M(Z, "3.3 per cent", N, "unemp", 3.3, cls="pct"),
     M(Z, "0.25 per cent", N, "ocr_low", 0.25, cls="pct"),
     M(Z, "October 2021", D, "first_hike", "2021-10"),
     M(Z, "2015", D, "y2015", "2015"),
     M(Z, "August 17", D, "aug", "2022-08-17"),
     M(Z, "50 basis points", N, "aug_hike", 50, cls="bp", occ=2),
     M(Z, "November 23", D, "next", "2022-11-23"),
    ]
    build("rbnz-rate-2022", "The Reserve Bank of New Zealand's decision of Wednesday 5 October 2022 (control): the "
          "official cash rate raised 50 basis points from 3% to 3.5%, the highest since 2015, the eighth rise in a row "
          "and the fifth of 50 points, a 75-point rise discussed, inflation of 7.3% (a 32-year high) against the 1-3% "
          "target, unemployment of 3.3%, the record low of 0.25% in October 2021, the New Zealand dollar's rise; the "
          "previous decision of 17 August and the next of 23 November. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    tangerang()
    greece()
    rbnz()
