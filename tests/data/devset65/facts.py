"""The sixty-fifth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset65/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def yagi():
    R, K, A, T, P = "reuters-sep08", "kompas-sep10", "ap-sep12", "tempo-sep18", "antara-dec15"
    # Saturday 7 September 2024, evening: the disaster authority's first count; Sunday 8: at least 14 dead; Tuesday
    # 10, morning: the agriculture ministry's 63; Tuesday evening: the authority's 127 (without Lang Nu); Thursday 12:
    # 197; Monday 16: 292; the government's resolution of Tuesday 17; the search at Lang Nu ended on 24 September;
    # the count of 28 September (299 dead, 34 missing, 81.5 trillion dong). The Phong Chau bridge: the deputy prime
    # minister's 13 missing at midday on Monday 9 September, the province's eight later that day.
    SAT, SUN, TUE_AM, TUE_PM, THU = "2024-09-07T17", "2024-09-08", "2024-09-10T08", "2024-09-10T18", "2024-09-12"
    MON16, RES, S24, S28 = "2024-09-16", "2024-09-17", "2024-09-24", "2024-09-28"
    MON_NOON, MON_PM = "2024-09-09T12", "2024-09-09T18"
    names = {
     "dead": "people killed in Vietnam", "missing": "people missing in Vietnam", "injured": "people injured in Vietnam",
     "dead_missing": "people dead and missing in Vietnam", "hoabinh_dead": "family killed by the Hoa Binh landslide",
     "evacuated": "people moved from the coast", "soldiers": "soldiers on standby", "philippines_dead": "dead in the Philippines",
     "hainan_dead": "dead on Hainan", "decades": "decades since a storm this strong", "wind": "wind speed at landfall (km/h)",
     "wind_mph": "wind speed at landfall (mph)", "vehicles": "cars and trucks that fell from the bridge",
     "motorbikes": "motorbikes that fell from the bridge", "bridge_missing": "people missing in the bridge collapse",
     "bridge_rescued": "people rescued from the river", "bus_passengers": "passengers of the bus in Cao Bang",
     "residents": "residents of Lang Nu", "langnu_dead": "bodies recovered at Lang Nu", "langnu_missing": "people missing at Lang Nu",
     "escaped": "Lang Nu villagers who escaped", "damage": "damage estimate (dong)", "damage_usd": "damage estimate (US dollars)",
     "provinces": "northern provinces and cities affected", "gdp_cut": "cut to this year's growth",
     "houses": "houses damaged or destroyed", "schools": "schools affected", "new_houses": "new houses at Lang Nu",
     "months_since": "months since the flash flood", "classrooms": "classrooms of the new school",
     # dates
     "landfall": "day of landfall", "report14": "day the toll of 14 was reported", "count4_day": "day of the first count",
     "weakened": "day Yagi weakened", "airport_closed": "day Noi Bai was closed", "airport_reopened": "day Noi Bai reopened",
     "report63": "day of the agriculture ministry's 63", "bridge": "day the Phong Chau bridge collapsed",
     "phoc13": "day the deputy prime minister gave 13 missing", "bus": "day the bus was swept away",
     "report197": "day the toll of 197 was reported", "langnu": "day of the Lang Nu flash flood",
     "langnu41_day": "day of the Lang Nu count of 41", "report127": "day of the authority's 127",
     "river_record": "year the Red River was last this high", "resolution": "day of the government's resolution",
     "dung_statement": "day of the minister's first estimate", "handover": "day the new houses were handed over",
     "construction": "day building began", "search_end": "day the search ended",
    }
    ms = [
     M(R, "at least 14 people", N, "dead", 14, SUN, "atleast"),
     M(R, "three decades", N, "decades", 3, cls="dur"),
     M(R, "Sunday", D, "report14", "2024-09-08"),
     M(R, "Saturday", D, "landfall", "2024-09-07"),
     M(R, "149 km per hour", N, "wind", 149, cls="speed"),
     M(R, "92 mph", N, "wind_mph", 92, cls="speed"),
     M(R, "Saturday evening", D, "count4_day", "2024-09-07"),
     M(R, "four dead", N, "dead", 4, SAT),
     M(R, "78 injured", N, "injured", 78, SAT),
     M(R, "family of four", N, "hoabinh_dead", 4),
     M(R, "Sunday", D, "weakened", "2024-09-08", occ=2),
     M(R, "About 50,000 people", N, "evacuated", 50000, qual="approx"),
     M(R, "some 450,000 soldiers", N, "soldiers", 450000, qual="approx"),
     M(R, "Saturday", D, "airport_closed", "2024-09-07", occ=3),
     M(R, "Sunday", D, "airport_reopened", "2024-09-08", occ=3),
     M(R, "at least 20 people", N, "philippines_dead", 20, qual="atleast"),
     M(R, "two people", N, "hainan_dead", 2),

     M(K, "63 orang", N, "dead", 63, TUE_AM),
     M(K, "40 orang", N, "missing", 40, TUE_AM, fall=True),
     M(K, "Selasa (10/9/2024)", D, "report63", "2024-09-10"),
     M(K, "752 orang", N, "injured", 752, TUE_AM),
     M(K, "Senin (9/9/2024)", D, "bridge", "2024-09-09"),
     M(K, "Sekitar 10 mobil dan truk", N, "vehicles", 10, qual="approx"),
     M(K, "dua sepeda motor", N, "motorbikes", 2),
     M(K, "Senin siang", D, "phoc13", "2024-09-09"),
     M(K, "13 orang", N, "bridge_missing", 13, MON_NOON),
     M(K, "tiga orang", N, "bridge_rescued", 3),
     M(K, "delapan orang", N, "bridge_missing", 8, MON_PM),
     M(K, "Senin pagi", D, "bus", "2024-09-09"),
     M(K, "20 orang", N, "bus_passengers", 20),
     M(K, "Sabtu (7/9/2024)", D, "landfall", "2024-09-07"),
     M(K, "149 kilometer per jam", N, "wind", 149, cls="speed"),

     M(A, "197", N, "dead", 197, THU),
     M(A, "128 people", N, "missing", 128, THU, fall=True),
     M(A, "more than 800", N, "injured", 800, THU, "morethan"),
     M(A, "Thursday", D, "report197", "2024-09-12"),
     M(A, "Tuesday", D, "langnu", "2024-09-10"),
     M(A, "158 people", N, "residents", 158),
     M(A, "Thursday", D, "langnu41_day", "2024-09-12", occ=2),
     M(A, "41 bodies", N, "langnu_dead", 41, THU),
     M(A, "54 residents", N, "langnu_missing", 54, THU, fall=True),
     M(A, "46 villagers", N, "escaped", 46),
     M(A, "127 dead", N, "dead", 127, TUE_PM),
     M(A, "Tuesday evening", D, "report127", "2024-09-10"),
     M(A, "eight people", N, "bridge_missing", 8, THU),
     M(A, "Monday", D, "bridge", "2024-09-09"),
     M(A, "Ten cars and trucks", N, "vehicles", 10),
     M(A, "two motorbikes", N, "motorbikes", 2),
     M(A, "2004", D, "river_record", "2004"),
     M(A, "Saturday", D, "landfall", "2024-09-07"),
     M(A, "149 kph", N, "wind", 149, cls="speed"),
     M(A, "92 mph", N, "wind_mph", 92, cls="speed"),

     M(T, "sekitar 50 triliun dong", N, "damage", 50e12, RES, "approx", cls="dong"),
     M(T, "lebih dari US$ 2 miliar", N, "damage_usd", 2e9, RES, "morethan", cls="usd"),
     M(T, "Selasa, 17 September 2024", D, "resolution", "2024-09-17"),
     M(T, "329 orang", N, "dead_missing", 329, RES),
     M(T, "1.929 orang", N, "injured", 1929, RES),
     M(T, "26 provinsi", N, "provinces", 26),
     M(T, "Senin, 16 September 2024", D, "dung_statement", "2024-09-16"),
     M(T, "sekitar 40 triliun dong", N, "damage", 40e12, MON16, "approx", cls="dong"),
     M(T, "US$ 1,6 miliar", N, "damage_usd", 1.6e9, MON16, cls="usd"),
     M(T, "292 orang", N, "dead", 292, MON16),
     M(T, "38 orang", N, "missing", 38, MON16, fall=True),
     M(T, "0,15 poin persentase", N, "gdp_cut", 0.15, cls="pp"),
     M(T, "Hampir 235.000 rumah", N, "houses", 235000, RES, "nearly"),
     M(T, "lebih dari 1.500 sekolah", N, "schools", 1500, RES, "morethan"),
     M(T, "10 September", D, "langnu", "2024-09-10"),
     M(T, "185 warga", N, "residents", 185, planted=True),
     M(T, "7 September", D, "landfall", "2024-09-07"),

     M(P, "40 rumah panggung", N, "new_houses", 40),
     M(P, "Minggu (15/12/2024)", D, "handover", "2024-12-15"),
     M(P, "tiga bulan", N, "months_since", 3, cls="dur"),
     M(P, "21 September", D, "construction", "2024-09-21"),
     M(P, "Selasa (11/9/2024)", D, "langnu", "2024-09-11", planted=True),
     M(P, "158 orang", N, "residents", 158),
     M(P, "24 September", D, "search_end", "2024-09-24"),
     M(P, "56 warga", N, "langnu_dead", 56, S24),
     M(P, "11 orang", N, "langnu_missing", 11, S24, fall=True),
     M(P, "empat ruang kelas", N, "classrooms", 4),
     M(P, "Sabtu (7/9/2024)", D, "landfall", "2024-09-07"),
     M(P, "299 orang", N, "dead", 299, S28),
     M(P, "34 orang", N, "missing", 34, S28, fall=True),
     M(P, "81,5 triliun dong", N, "damage", 81.5e12, S28, cls="dong"),
     M(P, "sekitar US$ 3,3 miliar", N, "damage_usd", 3.3e9, S28, "approx", cls="usd"),
     M(P, "Senin (9/9/2024)", D, "bridge", "2024-09-09"),
    ]
    build("typhoon-yagi-2024", "Typhoon Yagi in northern Vietnam (landfall on Saturday 7 September 2024 in Quang Ninh "
          "and Hai Phong): the dead 4 -> at least 14 -> 63 -> 127 -> 197 -> 292 -> 299, the injured 78 -> 752 -> more "
          "than 800 -> 1,929, the missing rising and falling; the Phong Chau bridge collapse of Monday 9 September (13 "
          "missing by the deputy prime minister at midday, lowered to eight by Phu Tho province); the Lang Nu flash "
          "flood of Tuesday 10 September (158 residents; 41 bodies and 54 missing on Thursday 12 September, 56 dead "
          "and 11 missing when the search ended on 24 September); damage estimates of 40, 50 and 81.5 trillion dong; "
          "40 new houses handed over at Lang Nu on Sunday 15 December 2024", False, ms, names)


def france():
    R1, K2, F, T4, R5 = "reuters-jul01", "kompas-jul08", "france24-jul19", "tempo-sep06", "reuters-dec05"
    MIN, IFOP = "the Interior Ministry's final count", "Ifop's exit estimate"
    names = {
     "rn_share1": "RN and allies' first-round share", "nfp_share1": "NFP's first-round share",
     "ens_share1": "Ensemble's first-round share", "turnout1": "first-round turnout", "turnout1997": "first-round turnout in 1997",
     "turnout2": "second-round turnout", "elected_r1": "deputies elected in the first round",
     "rn_elected_r1": "RN deputies elected in the first round", "seats_total": "seats in the National Assembly",
     "majority": "seats needed for a majority", "bardella_age": "Bardella's age", "nfp_seats": "NFP seats",
     "ens_seats": "Ensemble seats", "rn_seats": "RN and allies' seats", "withdrawn": "candidates who withdrew",
     "bp_votes": "votes for Braun-Pivet", "speaker_round": "round of the speaker's election",
     "chassaigne_votes": "votes for Chassaigne", "chenu_votes": "votes for Chenu", "ministers_voting": "ministers who voted",
     "days_since": "days since the election", "deadlock_days": "days of deadlock", "barnier_age": "Barnier's age",
     "attal_age": "Attal's age", "motion_votes": "votes for the no-confidence motion", "cabinet_size": "members of the government",
     "tenure_months": "months Barnier's government lasted",
     # dates
     "round1": "day of the first round", "round2": "day of the second round", "exit_poll": "evening of the exit estimate",
     "turnout_record": "year of a higher first-round turnout", "dissolution": "day Macron called the election",
     "attal_offer": "day Attal offered his resignation", "speaker_vote": "day of the speaker's election",
     "attal_accepted": "day Macron accepted the resignation", "barnier_named": "day Barnier was named",
     "brexit_start": "year Barnier began the Brexit talks", "brexit_end": "year Barnier's Brexit role ended",
     "no_confidence": "day of the no-confidence vote", "last_toppled": "last government toppled by a motion",
     "cabinet_named": "day the government was announced", "resignation": "day Barnier was to resign",
     "next_dissolution": "earliest new dissolution",
    }
    ms = [
     M(R1, "33.15%", N, "rn_share1", 33.15, src=MIN, cls="pct"),
     M(R1, "Sunday", D, "round1", "2024-06-30"),
     M(R1, "27.99%", N, "nfp_share1", 27.99, src=MIN, cls="pct"),
     M(R1, "20.04%", N, "ens_share1", 20.04, src=MIN, cls="pct"),
     M(R1, "Sunday evening", D, "exit_poll", "2024-06-30"),
     M(R1, "34.2%", N, "rn_share1", 34.2, src=IFOP, cls="pct"),
     M(R1, "29.1%", N, "nfp_share1", 29.1, src=IFOP, cls="pct"),
     M(R1, "21.5%", N, "ens_share1", 21.5, src=IFOP, cls="pct"),
     M(R1, "66.71%", N, "turnout1", 66.71, cls="pct"),
     M(R1, "1997", D, "turnout_record", "1997"),
     M(R1, "67.9%", N, "turnout1997", 67.9, cls="pct"),
     M(R1, "Seventy-six candidates", N, "elected_r1", 76),
     M(R1, "37", N, "rn_elected_r1", 37),
     M(R1, "577-seat", N, "seats_total", 577),
     M(R1, "July 7", D, "round2", "2024-07-07"),
     M(R1, "289 seats", N, "majority", 289),
     M(R1, "June 9", D, "dissolution", "2024-06-09"),
     M(R1, "28", N, "bardella_age", 28, cls="age"),

     M(K2, "Minggu (7/7/2024)", D, "round2", "2024-07-07"),
     M(K2, "182 kursi", N, "nfp_seats", 182),
     M(K2, "168 kursi", N, "ens_seats", 168),
     M(K2, "143 kursi", N, "rn_seats", 143),
     M(K2, "289 kursi", N, "majority", 289),
     M(K2, "577 orang", N, "seats_total", 577),
     M(K2, "Minggu (30/6/2024)", D, "round1", "2024-06-30"),
     M(K2, "33,15 persen", N, "rn_share1", 33.15, src=MIN, cls="pct"),
     M(K2, "Lebih dari 200 kandidat", N, "withdrawn", 200, qual="morethan"),
     M(K2, "66,63 persen", N, "turnout2", 66.63, cls="pct"),
     M(K2, "Senin (8/7/2024)", D, "attal_offer", "2024-07-08"),

     M(F, "Thursday", D, "speaker_vote", "2024-07-18"),
     M(F, "220 votes", N, "bp_votes", 220),
     M(F, "third round", N, "speaker_round", 3),
     M(F, "207 votes", N, "chassaigne_votes", 207),
     M(F, "141", N, "chenu_votes", 141),
     M(F, "July 7", D, "round2", "2024-07-07"),
     M(F, "182", N, "nfp_seats", 182),
     M(F, "289", N, "majority", 289),
     M(F, "168 seats", N, "ens_seats", 168),
     M(F, "143", N, "rn_seats", 143),
     M(F, "Tuesday", D, "attal_accepted", "2024-07-16"),
     M(F, "Seventeen ministers", N, "ministers_voting", 17),
     M(F, "more than ten days", N, "days_since", 10, qual="morethan", cls="dur"),

     M(T4, "Kamis, 5 September 2024", D, "barnier_named", "2024-09-05"),
     M(T4, "60 hari", N, "deadlock_days", 60, cls="dur"),
     M(T4, "7 Juli 2024", D, "round2", "2024-07-07"),
     M(T4, "73 tahun", N, "barnier_age", 73, cls="age"),
     M(T4, "35 tahun", N, "attal_age", 35, cls="age"),
     M(T4, "182 kursi", N, "nfp_seats", 182),
     M(T4, "168 kursi", N, "ens_seats", 168),
     M(T4, "134 kursi", N, "rn_seats", 134, planted=True),
     M(T4, "2016", D, "brexit_start", "2016"),
     M(T4, "2021", D, "brexit_end", "2021"),

     M(R5, "Wednesday", D, "no_confidence", "2024-12-04"),
     M(R5, "1962", D, "last_toppled", "1962"),
     M(R5, "331 votes", N, "motion_votes", 331),
     M(R5, "577-seat", N, "seats_total", 577),
     M(R5, "73", N, "barnier_age", 73, cls="age"),
     M(R5, "September 5", D, "barnier_named", "2024-09-05"),
     M(R5, "39-member", N, "cabinet_size", 39),
     M(R5, "September 21", D, "cabinet_named", "2024-09-21"),
     M(R5, "three months", N, "tenure_months", 3, cls="dur"),
     M(R5, "July 7", D, "round2", "2024-07-07"),
     M(R5, "182 seats", N, "nfp_seats", 182),
     M(R5, "168", N, "ens_seats", 168),
     M(R5, "143", N, "rn_seats", 143),
     M(R5, "Thursday", D, "resignation", "2024-12-05"),
     M(R5, "July 2025", D, "next_dissolution", "2025-07"),
     M(R5, "October 1962", D, "last_toppled", "1962-10"),
    ]
    build("france-snap-election-2024", "France's snap legislative election of 2024: the first round of Sunday 30 June "
          "(the Interior Ministry's 33.15% for the RN and allies, 27.99% for the NFP, 20.04% for Ensemble against "
          "Ifop's exit estimate of 34.2%, 29.1% and 21.5%; turnout 66.71%; 76 elected outright) and the run-off of "
          "Sunday 7 July (NFP 182, Ensemble 168, RN and allies 143 of 577, 289 for a majority; turnout 66.63%); "
          "Braun-Pivet re-elected speaker on Thursday 18 July with 220 votes; Michel Barnier named prime minister on "
          "Thursday 5 September; his 39-member government announced on 21 September and toppled by 331 votes on "
          "Wednesday 4 December 2024", False, ms, names)


def pakistan():
    C1, B, KT, BR = "reuters-jun10", "bisnis-jun11", "kontan-jun12", "businessrecorder-jun13"
    names = {
     "cut": "size of the cut", "rate": "the new policy rate", "prev_rate": "the rate before the cut",
     "years_since_cut": "years since the previous cut", "prev_hike_size": "size of the June 2023 increase",
     "cpi": "inflation in May", "low_months": "months since inflation was this low", "cpi_prev": "inflation in April",
     "cpi_peak": "record inflation", "target_low": "bottom of the medium-term target", "target_high": "top of the medium-term target",
     "reserves": "the central bank's reserves", "holds": "meetings with the rate unchanged",
     # dates
     "decision": "day of the decision", "prev_hike": "month of the previous increase", "effective": "day the cut took effect",
     "cpi_month": "month of the inflation data", "cpi_prev_month": "month of the previous inflation reading",
     "budget": "day of the budget", "last_cut": "month of the previous cut", "peak_month": "month of record inflation",
    }
    ms = [
     M(C1, "150 basis points", N, "cut", 150, cls="bp"),
     M(C1, "20.5%", N, "rate", 20.5, cls="pct"),
     M(C1, "Monday", D, "decision", "2024-06-10"),
     M(C1, "nearly four years", N, "years_since_cut", 4, qual="nearly", cls="dur"),
     M(C1, "22%", N, "prev_rate", 22, cls="pct"),
     M(C1, "June 2023", D, "prev_hike", "2023-06"),
     M(C1, "100 basis points", N, "prev_hike_size", 100, cls="bp"),
     M(C1, "Tuesday, June 11", D, "effective", "2024-06-11"),
     M(C1, "11.8%", N, "cpi", 11.8, cls="pct"),
     M(C1, "May", D, "cpi_month", "2024-05"),
     M(C1, "30 months", N, "low_months", 30, cls="dur"),
     M(C1, "17.3%", N, "cpi_prev", 17.3, cls="pct"),
     M(C1, "April", D, "cpi_prev_month", "2024-04"),
     M(C1, "38%", N, "cpi_peak", 38, cls="pct"),
     M(C1, "Wednesday", D, "budget", "2024-06-12"),
     M(C1, "5-7%", N, "target_low", 5, cls="pct", also=(("target_high", 7),)),
     M(C1, "about $9 billion", N, "reserves", 9e9, qual="approx", cls="usd"),
     M(C1, "seven meetings", N, "holds", 7),

     M(B, "150 basis poin", N, "cut", 150, cls="bp"),
     M(B, "20,5%", N, "rate", 20.5, cls="pct"),
     M(B, "Senin (10/6/2024)", D, "decision", "2024-06-10"),
     M(B, "hampir empat tahun", N, "years_since_cut", 4, qual="nearly", cls="dur"),
     M(B, "Juni 2023", D, "prev_hike", "2023-06"),
     M(B, "22%", N, "prev_rate", 22, cls="pct"),
     M(B, "Selasa (11/6/2024)", D, "effective", "2024-06-11"),
     M(B, "Mei 2024", D, "cpi_month", "2024-05"),
     M(B, "11,8%", N, "cpi", 11.8, cls="pct"),
     M(B, "17,3%", N, "cpi_prev", 17.3, cls="pct"),
     M(B, "April", D, "cpi_prev_month", "2024-04"),
     M(B, "38%", N, "cpi_peak", 38, cls="pct"),
     M(B, "Mei 2023", D, "peak_month", "2023-05"),
     M(B, "5%-7%", N, "target_low", 5, cls="pct", also=(("target_high", 7),)),
     M(B, "sekitar US$9 miliar", N, "reserves", 9e9, qual="approx", cls="usd"),
     M(B, "tujuh rapat", N, "holds", 7),
     M(B, "Rabu (12/6/2024)", D, "budget", "2024-06-12"),

     M(KT, "1,5 poin persentase", N, "cut", 150, qual="unit", cls="bp"),
     M(KT, "20,5%", N, "rate", 20.5, cls="pct"),
     M(KT, "Senin (10/6/2024)", D, "decision", "2024-06-10"),
     M(KT, "22%", N, "prev_rate", 22, cls="pct"),
     M(KT, "Juni 2020", D, "last_cut", "2020-06"),
     M(KT, "22%", N, "prev_rate", 22, cls="pct", occ=2),
     M(KT, "Juni 2023", D, "prev_hike", "2023-06"),
     M(KT, "1 poin persentase", N, "prev_hike_size", 100, qual="unit", cls="bp"),
     M(KT, "Mei", D, "cpi_month", "2024-05"),
     M(KT, "11,8%", N, "cpi", 11.8, cls="pct"),
     M(KT, "30 bulan", N, "low_months", 30, cls="dur"),
     M(KT, "April", D, "cpi_prev_month", "2024-04"),
     M(KT, "17,3%", N, "cpi_prev", 17.3, cls="pct"),
     M(KT, "5%-7%", N, "target_low", 5, cls="pct", also=(("target_high", 7),)),
     M(KT, "sekitar US$9 miliar", N, "reserves", 9e9, qual="approx", cls="usd"),

     M(BR, "Monday, June 10", D, "decision", "2024-06-10"),
     M(BR, "1.5 percentage points", N, "cut", 150, qual="unit", cls="bp"),
     M(BR, "20.5 percent", N, "rate", 20.5, cls="pct"),
     M(BR, "June 2020", D, "last_cut", "2020-06"),
     M(BR, "22 percent", N, "prev_rate", 22, cls="pct"),
     M(BR, "June 2023", D, "prev_hike", "2023-06"),
     M(BR, "11.8 percent", N, "cpi", 11.8, cls="pct"),
     M(BR, "May", D, "cpi_month", "2024-05"),
     M(BR, "17.3 percent", N, "cpi_prev", 17.3, cls="pct"),
     M(BR, "April", D, "cpi_prev_month", "2024-04"),
     M(BR, "38 percent", N, "cpi_peak", 38, cls="pct"),
     M(BR, "May 2023", D, "peak_month", "2023-05"),
     M(BR, "5 to 7 percent", N, "target_low", 5, cls="pct", also=(("target_high", 7),)),
     M(BR, "around $9 billion", N, "reserves", 9e9, qual="approx", cls="usd"),
     M(BR, "June 11", D, "effective", "2024-06-11"),
     M(BR, "seven consecutive meetings", N, "holds", 7),
     M(BR, "Wednesday", D, "budget", "2024-06-12"),
    ]
    build("pakistan-rate-2024", "The State Bank of Pakistan's rate decision (control) of Monday 10 June 2024: the "
          "policy rate cut 150 basis points from a record 22% (held since June 2023, after a 100-basis-point increase) "
          "to 20.5%, effective Tuesday 11 June, the first cut in nearly four years (since June 2020) after seven "
          "unchanged meetings; May inflation 11.8%, a 30-month low, from 17.3% in April and a record 38% in May 2023; "
          "the 5-7% medium-term target; reserves of about $9 billion; the budget on Wednesday 12 June. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    yagi()
    france()
    pakistan()
