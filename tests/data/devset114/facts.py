"""The hundred-and-fourteenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset114/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def floods():
    R, K, AP, T, DT = "reuters-oct10", "kompas-oct11", "ap-oct17", "tempo-oct18", "detik-nov08"
    # the humanitarian affairs minister's national tallies since the rainy season began: Sunday 9 and Sunday 16
    # October 2022
    OCT9, OCT16 = "2022-10-09", "2022-10-16"
    names = {
     "dead": "people dead in the floods since the rainy season began", "injured": "people injured in the floods",
     "displaced": "people displaced by the floods", "states_hit": "states affected",
     "states_total": "states of Nigeria", "houses": "houses completely destroyed", "farmland": "farmland damaged",
     "boat_aboard": "people aboard the capsized boat", "boat_dead": "people dead in the boat accident",
     "dead2012": "people dead in the 2012 floods", "displaced2012": "people displaced in the 2012 floods",
     # dates
     "count9_day": "day of the minister's count of more than 500", "count16_day": "day of the minister's count of 603",
     "boat_day": "day the boat capsized", "buhari_day": "day of the president's statement on the boat",
     "lagdo": "when Cameroon began releasing water from the Lagdo dam", "y2012": "the year of the earlier floods",
     "warn_end": "month the flooding was expected to last to",
    }
    ms = [
     M(R, "more than 500 people", N, "dead", 500, OCT9, qual="morethan"),
     M(R, "1,546", N, "injured", 1546, OCT9),
     M(R, "Sunday", D, "count9_day", "2022-10-09"),
     M(R, "1.4 million people", N, "displaced", 1400000, OCT9),
     M(R, "27", N, "states_hit", 27, OCT9),
     M(R, "36 states", N, "states_total", 36),
     M(R, "mid-September", D, "lagdo", "2022-09"),
     M(R, "85 people", N, "boat_aboard", 85),
     M(R, "Friday", D, "boat_day", "2022-10-07"),
     M(R, "Sunday", D, "buhari_day", "2022-10-09", occ=2),
     M(R, "76 people", N, "boat_dead", 76),
     M(R, "2012", D, "y2012", "2012"),
     M(R, "363 people", N, "dead2012", 363),
     M(R, "2.1 million", N, "displaced2012", 2100000),

     M(K, "lebih dari 500 orang", N, "dead", 500, OCT9, qual="morethan"),
     M(K, "1.546 orang", N, "injured", 1546, OCT9),
     M(K, "Minggu (9/10/2022)", D, "count9_day", "2022-10-09"),
     M(K, "1,4 juta orang", N, "displaced", 1400000, OCT9),
     M(K, "27", N, "states_hit", 27, OCT9),
     M(K, "36 negara bagian", N, "states_total", 36),
     M(K, "pertengahan September", D, "lagdo", "2022-09"),
     M(K, "85 penumpang", N, "boat_aboard", 85),
     M(K, "Jumat (7/10/2022)", D, "boat_day", "2022-10-07"),
     M(K, "76 orang", N, "boat_dead", 76),
     M(K, "2012", D, "y2012", "2012"),
     M(K, "363 orang", N, "dead2012", 363),
     M(K, "2,1 juta orang", N, "displaced2012", 2100000),

     M(AP, "603", N, "dead", 603, OCT16),
     M(AP, "Sunday", D, "count16_day", "2022-10-16"),
     M(AP, "more than 500", N, "dead", 500, OCT9, qual="morethan"),
     M(AP, "2,407 people", N, "injured", 2407, OCT16),
     M(AP, "1.3 million", N, "displaced", 1300000, OCT16),
     M(AP, "34", N, "states_hit", 34, OCT16),
     M(AP, "36 states", N, "states_total", 36),
     M(AP, "more than 82,000 houses", N, "houses", 82000, qual="morethan"),
     M(AP, "332,327 hectares", N, "farmland", 332327, cls="ha"),
     M(AP, "Oct. 9", D, "count9_day", "2022-10-09"),
     M(AP, "1.4 million", N, "displaced", 1400000, OCT9),
     M(AP, "November", D, "warn_end", "2022-11"),
     M(AP, "2012", D, "y2012", "2012"),
     M(AP, "363 people", N, "dead2012", 363),

     M(T, "603 orang", N, "dead", 603, OCT16),
     M(T, "Minggu (16/10/2022)", D, "count16_day", "2022-10-16"),
     M(T, "Minggu (9/10/2022)", D, "count9_day", "2022-10-09"),
     M(T, "lebih dari 500 korban tewas", N, "dead", 500, OCT9, qual="morethan"),
     M(T, "2.470 orang", N, "injured", 2470, OCT16, planted=True),
     M(T, "1,3 juta orang", N, "displaced", 1300000, OCT16),
     M(T, "34", N, "states_hit", 34, OCT16),
     M(T, "36 negara bagian", N, "states_total", 36),
     M(T, "Lebih dari 82.000 rumah", N, "houses", 82000, qual="morethan"),
     M(T, "332.327 hektare", N, "farmland", 332327, cls="ha"),
     M(T, "November", D, "warn_end", "2022-11"),
     M(T, "2012", D, "y2012", "2012"),

     M(DT, "16 Oktober", D, "count16_day", "2022-10-16"),
     M(DT, "603 orang", N, "dead", 603, OCT16),
     M(DT, "2.407 orang", N, "injured", 2407, OCT16),
     M(DT, "1,3 juta orang", N, "displaced", 1300000, OCT16),
     M(DT, "1,4 juta", N, "displaced", 1400000, OCT9),
     M(DT, "9 Oktober", D, "count9_day", "2022-10-09"),
     M(DT, "34", N, "states_hit", 34, OCT16),
     M(DT, "36 negara bagian", N, "states_total", 36),
     M(DT, "Lebih dari 82.000 rumah", N, "houses", 82000, qual="morethan"),
     M(DT, "332.327 hektare", N, "farmland", 332327, cls="ha"),
     M(DT, "2012", D, "y2012", "2012"),
     M(DT, "363 orang", N, "dead2012", 363),
     M(DT, "2,1 juta orang", N, "displaced2012", 2100000),
     M(DT, "76 orang", N, "boat_dead", 76),
     M(DT, "7 Oktober", D, "boat_day", "2022-10-07"),
    ]
    build("nigeria-floods-2022", "Nigeria's floods of 2022: the humanitarian affairs minister's national counts since "
          "the rainy season began, more than 500 dead, 1,546 injured and about 1.4 million displaced in 27 of 36 states "
          "on Sunday 9 October, and 603 dead, 2,407 injured, more than 1.3 million displaced in 34 states, more than "
          "82,000 houses destroyed and 332,327 hectares of farmland damaged on Sunday 16 October 2022; water released "
          "from Cameroon's Lagdo dam from mid-September; the boat of 85 that capsized on the Niger in Anambra on "
          "Friday 7 October, 76 dead; the worst floods since 2012 (363 dead, 2.1 million displaced)", False, ms, names)


def niger():
    R, K, AJ, A, AP = "reuters-feb23", "kompas-feb25", "aljazeera-mar22", "antara-apr03", "ap-apr05"
    CENI, COURT = "the electoral commission (provisional)", "the Constitutional Court (final)"
    names = {
     "bz_share": "Bazoum's share in the run-off", "ou_share": "Ousmane's share in the run-off",
     "turnout": "turnout in the run-off", "bz_r1": "Bazoum's share in the first round",
     "ou_r1": "Ousmane's share in the first round", "candidates": "candidates in the first round",
     "protest_dead": "people killed in the protests", "arrests": "people arrested in the protests",
     "age": "Bazoum's age", "coup_gap": "days from the coup attempt to the inauguration",
     # dates
     "runoff": "day of the run-off", "ceni_day": "day the provisional results were announced",
     "round1": "day of the first round", "independence": "year of independence", "court_day": "day of the court's ruling",
     "inauguration": "day Bazoum was sworn in", "issoufou_since": "year Issoufou took office",
     "coup_day": "day of the coup attempt", "pm_day": "day the prime minister was named",
    }
    ms = [
     M(R, "55.75%", N, "bz_share", 55.75, cls="pct", src=CENI),
     M(R, "Tuesday", D, "ceni_day", "2021-02-23"),
     M(R, "44.25%", N, "ou_share", 44.25, cls="pct", src=CENI),
     M(R, "62.91%", N, "turnout", 62.91, cls="pct", src=CENI),
     M(R, "Sunday", D, "runoff", "2021-02-21"),
     M(R, "Dec. 27", D, "round1", "2020-12-27"),
     M(R, "39.33%", N, "bz_r1", 39.33, cls="pct", src=CENI),
     M(R, "16.99%", N, "ou_r1", 16.99, cls="pct", src=CENI),
     M(R, "30 candidates", N, "candidates", 30),
     M(R, "1960", D, "independence", "1960"),

     M(K, "55,75 persen", N, "bz_share", 55.75, cls="pct", src=CENI),
     M(K, "Selasa (23/2/2021)", D, "ceni_day", "2021-02-23"),
     M(K, "44,25 persen", N, "ou_share", 44.25, cls="pct", src=CENI),
     M(K, "Minggu (21/2/2021)", D, "runoff", "2021-02-21"),
     M(K, "62,91 persen", N, "turnout", 62.91, cls="pct", src=CENI),
     M(K, "27 Desember 2020", D, "round1", "2020-12-27"),
     M(K, "39,33 persen", N, "bz_r1", 39.33, cls="pct", src=CENI),
     M(K, "16,99 persen", N, "ou_r1", 16.99, cls="pct", src=CENI),
     M(K, "dua orang", N, "protest_dead", 2),
     M(K, "468 orang", N, "arrests", 468),
     M(K, "2011", D, "issoufou_since", "2011"),

     M(AJ, "Sunday", D, "court_day", "2021-03-21"),
     M(AJ, "February 21", D, "runoff", "2021-02-21"),
     M(AJ, "55.66 percent", N, "bz_share", 55.66, cls="pct", src=COURT),
     M(AJ, "44.34 percent", N, "ou_share", 44.34, cls="pct", src=COURT),
     M(AJ, "55.75 percent", N, "bz_share", 55.75, cls="pct", src=CENI),
     M(AJ, "44.25 percent", N, "ou_share", 44.25, cls="pct", src=CENI),
     M(AJ, "February 23", D, "ceni_day", "2021-02-23"),
     M(AJ, "two people", N, "protest_dead", 2),
     M(AJ, "468 people", N, "arrests", 468),
     M(AJ, "61", N, "age", 61, cls="age"),
     M(AJ, "April 2", D, "inauguration", "2021-04-02"),
     M(AJ, "2011", D, "issoufou_since", "2011"),
     M(AJ, "1960", D, "independence", "1960"),

     M(A, "Jumat (2/4/2021)", D, "inauguration", "2021-04-02"),
     M(A, "dua hari", N, "coup_gap", 2, cls="dur"),
     M(A, "Rabu (31/3/2021)", D, "coup_day", "2021-03-31"),
     M(A, "1960", D, "independence", "1960"),
     M(A, "21 Maret", D, "court_day", "2021-03-21"),
     M(A, "55,66 persen", N, "bz_share", 55.66, cls="pct", src=COURT),
     M(A, "62,19 persen", N, "turnout", 62.19, cls="pct", src=CENI, planted=True),
     M(A, "2011", D, "issoufou_since", "2011"),
     M(A, "44,34 persen", N, "ou_share", 44.34, cls="pct", src=COURT),

     M(AP, "Saturday", D, "pm_day", "2021-04-03"),
     M(AP, "Friday", D, "inauguration", "2021-04-02"),
     M(AP, "Feb. 20", D, "runoff", "2021-02-20", planted=True),
     M(AP, "55.66%", N, "bz_share", 55.66, cls="pct", src=COURT),
     M(AP, "44.34%", N, "ou_share", 44.34, cls="pct", src=COURT),
     M(AP, "Wednesday", D, "coup_day", "2021-03-31"),
     M(AP, "two days", N, "coup_gap", 2, cls="dur"),
     M(AP, "61", N, "age", 61, cls="age"),
     M(AP, "2011", D, "issoufou_since", "2011"),
     M(AP, "1960", D, "independence", "1960"),
    ]
    build("niger-election-2021", "Niger's presidential election: the first round of Sunday 27 December 2020 (Bazoum "
          "39.33%, Ousmane 16.99%, 30 candidates); the run-off of Sunday 21 February 2021, the electoral commission's "
          "provisional results on Tuesday 23 February (Bazoum 55.75%, Ousmane 44.25%, turnout 62.91%), two dead and 468 "
          "arrested in the protests; the Constitutional Court's final results on Sunday 21 March (55.66% to 44.34%); "
          "the coup attempt of Wednesday 31 March, Bazoum sworn in on Friday 2 April and his prime minister named on "
          "Saturday 3 April 2021", False, ms, names)


def cbn():
    R, BD, B, K = "reuters-may24", "businessday-may25", "bisnis-may26", "kontan-may27"
    names = {
     "hike": "size of the rise", "rate": "the new monetary policy rate", "prev_rate": "the rate before the decision",
     "crr": "the cash reserve ratio", "liq": "the liquidity ratio", "corr_up": "the corridor's upper band",
     "corr_down": "the corridor's lower band", "infl_apr": "annual inflation in April 2022",
     "infl_mar": "annual inflation in March 2022", "rate2016": "the rate set in July 2016",
     # dates
     "decision": "day of the decision", "last_hike": "month of the previous rise", "last_cut": "month of the last cut",
     "infl_month": "month of the inflation reading", "mar_month": "month of the earlier reading",
    }
    ms = [
     M(R, "150 basis points", N, "hike", 150, cls="bp"),
     M(R, "13%", N, "rate", 13, cls="pct"),
     M(R, "Tuesday", D, "decision", "2022-05-24"),
     M(R, "July 2016", D, "last_hike", "2016-07"),
     M(R, "11.5%", N, "prev_rate", 11.5, cls="pct"),
     M(R, "September 2020", D, "last_cut", "2020-09"),
     M(R, "27.5%", N, "crr", 27.5, cls="pct"),
     M(R, "30%", N, "liq", 30, cls="pct"),
     M(R, "100 basis points", N, "corr_up", 100, cls="bp"),
     M(R, "700 basis points", N, "corr_down", 700, cls="bp"),
     M(R, "16.82%", N, "infl_apr", 16.82, cls="pct"),
     M(R, "April", D, "infl_month", "2022-04"),
     M(R, "15.92%", N, "infl_mar", 15.92, cls="pct"),
     M(R, "March", D, "mar_month", "2022-03"),
     M(R, "July 2016", D, "last_hike", "2016-07", occ=2),
     M(R, "14%", N, "rate2016", 14, cls="pct"),

     M(BD, "Tuesday, May 24", D, "decision", "2022-05-24"),
     M(BD, "13 percent", N, "rate", 13, cls="pct"),
     M(BD, "11.5 percent", N, "prev_rate", 11.5, cls="pct"),
     M(BD, "1.5 percentage points", N, "hike", 150, qual="unit", cls="bp"),
     M(BD, "July 2016", D, "last_hike", "2016-07"),
     M(BD, "14 percent", N, "rate2016", 14, cls="pct"),
     M(BD, "11.5 percent", N, "prev_rate", 11.5, cls="pct", occ=2),
     M(BD, "September 2020", D, "last_cut", "2020-09"),
     M(BD, "27.5 percent", N, "crr", 27.5, cls="pct"),
     M(BD, "30 percent", N, "liq", 30, cls="pct"),
     M(BD, "100 basis points", N, "corr_up", 100, cls="bp"),
     M(BD, "700 basis points", N, "corr_down", 700, cls="bp"),
     M(BD, "16.82 percent", N, "infl_apr", 16.82, cls="pct"),
     M(BD, "April", D, "infl_month", "2022-04"),
     M(BD, "15.92 percent", N, "infl_mar", 15.92, cls="pct"),
     M(BD, "March", D, "mar_month", "2022-03"),

     M(B, "150 basis poin", N, "hike", 150, cls="bp"),
     M(B, "11,5%", N, "prev_rate", 11.5, cls="pct"),
     M(B, "13%", N, "rate", 13, cls="pct"),
     M(B, "Selasa (24/5/2022)", D, "decision", "2022-05-24"),
     M(B, "Juli 2016", D, "last_hike", "2016-07"),
     M(B, "11,5%", N, "prev_rate", 11.5, cls="pct", occ=2),
     M(B, "September 2020", D, "last_cut", "2020-09"),
     M(B, "27,5%", N, "crr", 27.5, cls="pct"),
     M(B, "30%", N, "liq", 30, cls="pct"),
     M(B, "100 basis poin", N, "corr_up", 100, cls="bp"),
     M(B, "700 basis poin", N, "corr_down", 700, cls="bp"),
     M(B, "16,82%", N, "infl_apr", 16.82, cls="pct"),
     M(B, "April 2022", D, "infl_month", "2022-04"),
     M(B, "15,92%", N, "infl_mar", 15.92, cls="pct"),
     M(B, "Maret", D, "mar_month", "2022-03"),
     M(B, "Juli 2016", D, "last_hike", "2016-07", occ=2),
     M(B, "14%", N, "rate2016", 14, cls="pct"),

     M(K, "1,5 poin persentase", N, "hike", 150, qual="unit", cls="bp"),
     M(K, "13 persen", N, "rate", 13, cls="pct"),
     M(K, "Selasa, 24 Mei 2022", D, "decision", "2022-05-24"),
     M(K, "11,5 persen", N, "prev_rate", 11.5, cls="pct"),
     M(K, "September 2020", D, "last_cut", "2020-09"),
     M(K, "Juli 2016", D, "last_hike", "2016-07"),
     M(K, "April 2022", D, "infl_month", "2022-04"),
     M(K, "16,82 persen", N, "infl_apr", 16.82, cls="pct"),
     M(K, "15,92 persen", N, "infl_mar", 15.92, cls="pct"),
     M(K, "27,5 persen", N, "crr", 27.5, cls="pct"),
     M(K, "30 persen", N, "liq", 30, cls="pct"),
     M(K, "100 basis poin", N, "corr_up", 100, cls="bp"),
     M(K, "700 basis poin", N, "corr_down", 700, cls="bp"),
    ]
    build("cbn-rate-2022", "The Nigerian central bank's rate decision (control) of Tuesday 24 May 2022: the monetary "
          "policy rate raised 150 basis points from 11.5% (since September 2020) to 13%, the first rise since July 2016 "
          "(to 14%); the cash reserve ratio kept at 27.5%, the liquidity ratio at 30%, the corridor at 100 basis points "
          "above and 700 below the rate; annual inflation of 16.82% in April 2022 (15.92% in March). Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    niger()
    cbn()
