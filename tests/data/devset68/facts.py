"""The sixty-eighth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset68/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def magdeburg():
    DT, R, K, W, T = "detik-dec21", "reuters-dec22", "kompas-dec24", "dw-jan06-2025", "tempo-jan20-2025"
    # the dead and injured: the city's count on Friday night 20 December (two dead, 68 injured) beside unconfirmed
    # media reports of at least 11 dead; five dead and more than 200 injured on Saturday 21 December; 235 injured
    # by the prosecutors on Monday 23 December; 299 injured by the state interior ministry on Friday 3 January 2025;
    # a sixth death early on Monday 6 January 2025
    NIGHT, SAT, MON, JAN3, JAN6, JAN20 = ("2024-12-20T22", "2024-12-21", "2024-12-23", "2025-01-03", "2025-01-06",
                                          "2025-01-20")
    names = {
     "dead": "people killed in the attack", "injured": "people injured in the attack",
     "critical": "injured in a critical condition", "serious": "injured with serious injuries",
     "hospitals": "hospitals the injured were taken to", "foreigners": "injured who are foreign or dual nationals",
     "donations": "donations received by the city's account", "distance": "distance the car drove through the market",
     "days_before": "days between the attack and Christmas Eve", "weeks_to_sixth": "weeks between the attack and the sixth death",
     "months_since": "months since the attack",
     "age_suspect": "the suspect's age", "age_boy": "the boy's age", "age_women_low": "the youngest woman killed's age",
     "age_women_high": "the oldest woman killed's age", "age_sixth": "the sixth victim's age",
     # dates
     "attack": "day of the attack", "toll5": "day the toll rose to five", "visit": "day of the chancellor's visit",
     "memorial": "day of the cathedral's memorial service", "count235": "day of the prosecutors' count of 235",
     "sixth_statement": "day the sixth death was announced", "sixth_death": "day the sixth victim died",
     "since": "year the suspect came to Germany", "berlin": "the Berlin Christmas market attack",
    }
    ms = [
     M(DT, "Jumat (20/12/2024)", D, "attack", "2024-12-20"),
     M(DT, "sekitar 400 meter", N, "distance", 400, qual="approx", cls="dist"),
     M(DT, "sedikitnya dua orang tewas", N, "dead", 2, NIGHT, "atleast"),
     M(DT, "68 orang terluka", N, "injured", 68, NIGHT),
     M(DT, "sedikitnya 11 orang tewas", N, "dead", 11, NIGHT, "atleast"),
     M(DT, "50 tahun", N, "age_suspect", 50, cls="age"),
     M(DT, "2006", D, "since", "2006"),
     M(DT, "empat hari", N, "days_before", 4, cls="dur"),
     M(DT, "Desember 2016", D, "berlin", "2016-12"),

     M(R, "five", N, "dead", 5, SAT),
     M(R, "Saturday", D, "toll5", "2024-12-21"),
     M(R, "nine-year-old", N, "age_boy", 9, cls="age"),
     M(R, "more than 200 people", N, "injured", 200, SAT, "morethan"),
     M(R, "41", N, "critical", 41, SAT),
     M(R, "86", N, "serious", 86, SAT),
     M(R, "15 hospitals", N, "hospitals", 15),
     M(R, "50-year-old", N, "age_suspect", 50, cls="age"),
     M(R, "2006", D, "since", "2006"),
     M(R, "Friday", D, "attack", "2024-12-20"),
     M(R, "about 400 metres", N, "distance", 400, qual="approx", cls="dist"),
     M(R, "Saturday", D, "visit", "2024-12-21", occ=2),
     M(R, "four days", N, "days_before", 4, cls="dur"),
     M(R, "Saturday", D, "memorial", "2024-12-21", occ=3),

     M(K, "235 orang", N, "injured", 235, MON),
     M(K, "Senin (23/12/2024)", D, "count235", "2024-12-23"),
     M(K, "sekitar 200 orang", N, "injured", 200, SAT, "approx"),
     M(K, "41 korban", N, "critical", 41, SAT),
     M(K, "lima orang", N, "dead", 5, MON),
     M(K, "sembilan tahun", N, "age_boy", 9, cls="age"),
     M(K, "45 hingga 75 tahun", N, "age_women_low", 45, cls="age", also=(("age_women_high", 75),)),
     M(K, "Jumat (20/12/2024)", D, "attack", "2024-12-20"),
     M(K, "50 tahun", N, "age_suspect", 50, cls="age"),

     M(W, "52-year-old", N, "age_sixth", 52, cls="age"),
     M(W, "six", N, "dead", 6, JAN6),
     M(W, "Monday", D, "sixth_statement", "2025-01-06"),
     M(W, "Monday", D, "sixth_death", "2025-01-06", occ=2),
     M(W, "Five people", N, "dead", 5, SAT),
     M(W, "20 December", D, "attack", "2024-12-20"),
     M(W, "nine-year-old", N, "age_boy", 9, cls="age"),
     M(W, "between 45 and 75", N, "age_women_low", 45, cls="age", also=(("age_women_high", 75),)),
     M(W, "299", N, "injured", 299, JAN3),
     M(W, "253", N, "injured", 253, MON, planted=True),
     M(W, "Twelve", N, "foreigners", 12, JAN3),
     M(W, "50-year-old", N, "age_suspect", 50, cls="age"),
     M(W, "more than 615,000 euros", N, "donations", 615000, JAN6, "morethan", cls="money"),

     M(T, "Sebulan", N, "months_since", 1, cls="dur"),
     M(T, "Jumat (21/12/2024)", D, "attack", "2024-12-21", planted=True),
     M(T, "enam orang", N, "dead", 6, JAN20),
     M(T, "sembilan tahun", N, "age_boy", 9, cls="age"),
     M(T, "52 tahun", N, "age_sixth", 52, cls="age"),
     M(T, "lebih dari dua pekan", N, "weeks_to_sixth", 2, qual="morethan", cls="dur"),
     M(T, "299 orang", N, "injured", 299, JAN3),
     M(T, "50 tahun", N, "age_suspect", 50, cls="age"),
    ]
    build("magdeburg-market-2024", "The car-ramming attack on the Christmas market on the Alter Markt in Magdeburg on "
          "Friday 20 December 2024: the city's count that night (at least two dead, 68 injured) beside unconfirmed "
          "media reports of at least 11 dead; five dead (a nine-year-old boy and four women aged 45 to 75) and more "
          "than 200 injured (41 critically, 86 seriously) on Saturday 21 December; 235 injured by the prosecutors on "
          "Monday 23 December; 299 injured by the state interior ministry in early January; a sixth death, a "
          "52-year-old woman, on Monday 6 January 2025; the suspect a 50-year-old doctor from Saudi Arabia in Germany "
          "since 2006", False, ms, names)


def ireland():
    IT, AN, RE, DT, TP = "irishtimes-nov30", "antara-dec01", "reuters-dec03", "detik-dec19", "tempo-jan24-2025"
    EXIT, COUNT = "the Ipsos B&A exit poll", "the count"
    names = {
     "ff_share": "Fianna Fáil's first-preference share", "fg_share": "Fine Gael's first-preference share",
     "sf_share": "Sinn Féin's first-preference share", "ind_share": "independents' first-preference share",
     "sd_share": "the Social Democrats' first-preference share", "green_share": "the Greens' first-preference share",
     "margin": "the exit poll's margin of error", "turnout": "turnout", "sf_drop": "Sinn Féin's fall since 2020",
     "interviews": "exit poll interviews", "constituencies": "constituencies", "seats_total": "seats in the Dáil",
     "majority": "seats needed for a majority", "ff_seats": "Fianna Fáil's seats", "fg_seats": "Fine Gael's seats",
     "sf_seats": "Sinn Féin's seats", "ff_fg_seats": "Fianna Fáil's and Fine Gael's seats together",
     "lab_seats": "Labour's seats", "sd_seats": "the Social Democrats' seats", "ind_seats": "independents' seats",
     "green_seats": "the Greens' seats", "green_prev": "the Greens' seats in the outgoing Dáil",
     "final_two": "seats filled last", "murphy_first": "Verona Murphy's first-count votes",
     "quota": "quota for the Ceann Comhairle", "ayes": "votes for Martin as Taoiseach",
     "noes": "votes against Martin as Taoiseach", "suspensions": "suspensions of the sitting",
     "weeks_to_sitting": "weeks between the election and the first sitting",
     # dates
     "vote": "day of the election", "count_start": "day counting began", "count_end": "day counting ended",
     "coalition_since": "year the outgoing coalition took office", "called": "month the election was called",
     "prev_election": "the previous general election", "first_sitting": "day of the Dáil's first sitting",
     "taoiseach_vote": "day Martin was elected Taoiseach", "vote_scheduled": "day the vote was first scheduled",
     "martin_from": "start of Martin's first term", "martin_to": "end of Martin's first term",
     "rotation": "month Harris is to become Taoiseach again",
    }
    ms = [
     M(IT, "Friday", D, "vote", "2024-11-29"),
     M(IT, "21.1 per cent", N, "sf_share", 21.1, cls="pct", src=EXIT),
     M(IT, "21 per cent", N, "fg_share", 21, cls="pct", src=EXIT),
     M(IT, "19.5 per cent", N, "ff_share", 19.5, cls="pct", src=EXIT),
     M(IT, "5,018 interviews", N, "interviews", 5018),
     M(IT, "43 constituencies", N, "constituencies", 43),
     M(IT, "1.4 per cent", N, "margin", 1.4, cls="pct"),
     M(IT, "12.7 per cent", N, "ind_share", 12.7, cls="pct", src=EXIT),
     M(IT, "5.8 per cent", N, "sd_share", 5.8, cls="pct", src=EXIT),
     M(IT, "4 per cent", N, "green_share", 4, cls="pct", src=EXIT),
     M(IT, "Saturday", D, "count_start", "2024-11-30"),
     M(IT, "174 seats", N, "seats_total", 174),
     M(IT, "88 seats", N, "majority", 88),
     M(IT, "2020", D, "coalition_since", "2020"),
     M(IT, "November", D, "called", "2024-11"),

     M(AN, "Jumat (29/11/2024)", D, "vote", "2024-11-29"),
     M(AN, "43 daerah pemilihan", N, "constituencies", 43),
     M(AN, "Sabtu (30/11/2024)", D, "count_start", "2024-11-30"),
     M(AN, "21,9 persen", N, "ff_share", 21.9, cls="pct", src=COUNT),
     M(AN, "20,8 persen", N, "fg_share", 20.8, cls="pct", src=COUNT),
     M(AN, "19,0 persen", N, "sf_share", 19.0, cls="pct", src=COUNT),
     M(AN, "21,1 persen", N, "sf_share", 21.1, cls="pct", src=EXIT),
     M(AN, "5,5 poin persentase", N, "sf_drop", 5.5, cls="pct"),
     M(AN, "2020", D, "prev_election", "2020"),
     M(AN, "59,7 persen", N, "turnout", 59.7, cls="pct"),
     M(AN, "12 kursi", N, "green_prev", 12),
     M(AN, "174 kursi", N, "seats_total", 174),
     M(AN, "88 anggota", N, "majority", 88),

     M(RE, "Nov. 29", D, "vote", "2024-11-29"),
     M(RE, "Monday", D, "count_end", "2024-12-02"),
     M(RE, "48", N, "ff_seats", 48),
     M(RE, "174 seats", N, "seats_total", 174),
     M(RE, "39", N, "sf_seats", 39),
     M(RE, "38", N, "fg_seats", 38),
     M(RE, "86 seats", N, "ff_fg_seats", 86),
     M(RE, "88", N, "majority", 88),
     M(RE, "two seats", N, "final_two", 2),
     M(RE, "21.9%", N, "ff_share", 21.9, cls="pct", src=COUNT),
     M(RE, "20.8%", N, "fg_share", 20.8, cls="pct", src=COUNT),
     M(RE, "19%", N, "sf_share", 19, cls="pct", src=COUNT),
     M(RE, "59.7%", N, "turnout", 59.7, cls="pct"),
     M(RE, "11 seats each", N, "lab_seats", 11, also=(("sd_seats", 11),)),
     M(RE, "16", N, "ind_seats", 16),
     M(RE, "one", N, "green_seats", 1),
     M(RE, "12 seats", N, "green_prev", 12),

     M(DT, "Rabu (18/12/2024)", D, "first_sitting", "2024-12-18"),
     M(DT, "hampir tiga pekan", N, "weeks_to_sitting", 3, qual="nearly", cls="dur"),
     M(DT, "29 November", D, "vote", "2024-11-29"),
     M(DT, "76 suara", N, "murphy_first", 76),
     M(DT, "87 suara", N, "quota", 87),
     M(DT, "48 kursi", N, "ff_seats", 48),
     M(DT, "38 kursi", N, "fg_seats", 38),
     M(DT, "86 kursi", N, "ff_fg_seats", 86),
     M(DT, "174 orang", N, "seats_total", 174),
     M(DT, "39 kursi", N, "sf_seats", 39),
     M(DT, "Januari", D, "taoiseach_vote", "2025-01"),

     M(TP, "Kamis (23/1/2025)", D, "taoiseach_vote", "2025-01-23"),
     M(TP, "95 suara", N, "ayes", 95),
     M(TP, "76 anggota", N, "noes", 76),
     M(TP, "Rabu (22/1/2025)", D, "vote_scheduled", "2025-01-22"),
     M(TP, "dua kali", N, "suspensions", 2),
     M(TP, "2020", D, "martin_from", "2020"),
     M(TP, "2022", D, "martin_to", "2022"),
     M(TP, "48 kursi", N, "ff_seats", 48),
     M(TP, "29 November 2024", D, "vote", "2024-11-29"),
     M(TP, "39 kursi", N, "fg_seats", 39, planted=True),
     M(TP, "November 2027", D, "rotation", "2027-11"),
    ]
    build("ireland-dail-2024", "Ireland's general election of Friday 29 November 2024: the Ipsos B&A exit poll of the "
          "night (Sinn Féin 21.1%, Fine Gael 21%, Fianna Fáil 19.5%) against the first preferences counted (Fianna "
          "Fáil 21.9%, Fine Gael 20.8%, Sinn Féin 19.0%; turnout 59.7%); the count begun on Saturday 30 November and "
          "ended on Monday 2 December (Fianna Fáil 48 of 174 seats, Sinn Féin 39, Fine Gael 38; 88 needed for a "
          "majority); Verona Murphy elected Ceann Comhairle at the Dáil's first sitting on Wednesday 18 December (76 "
          "first-count votes, a quota of 87); Micheál Martin elected Taoiseach by 95 votes to 76 on Thursday 23 "
          "January 2025, a day after the vote was first scheduled", False, ms, names)


def rbi():
    L, KT, BS, BI = "livemint-feb07", "kontan-feb08", "businessstandard-feb09", "bisnis-feb10"
    names = {
     "cut": "size of the cut", "rate": "the new repo rate", "prev_rate": "the repo rate before the decision",
     "years": "years since the previous cut", "meeting_days": "length of the meeting", "members": "members of the committee",
     "last_cut_size": "size of the previous cut", "rate_2020": "the repo rate after the previous cut",
     "target": "the inflation target", "sdf": "the standing deposit facility rate",
     "msf": "the marginal standing facility rate", "bank_rate": "the Bank Rate", "gdp_fy26": "growth forecast for 2025-26",
     "gdp_fy25": "growth estimate for 2024-25", "cpi_fy25": "inflation projection for 2024-25",
     "cpi_fy26": "inflation projection for 2025-26", "meetings_held": "meetings the rate was held",
     "budget_gap": "time between the budget and the decision",
     # dates
     "decision": "day of the decision", "meeting_start": "first day of the meeting", "malhotra_start": "month Malhotra took office",
     "last_cut": "month of the previous cut", "last_hike": "month the rate was last changed before",
     "fy25": "financial year 2024-25", "fy26": "financial year 2025-26", "budget": "day of the Union Budget",
     "next": "dates of the next meeting",
    }
    NEXT = "2025-04-07..09"
    ms = [
     M(L, "Friday", D, "decision", "2025-02-07"),
     M(L, "25 basis points", N, "cut", 25, cls="bp"),
     M(L, "6.25%", N, "rate", 6.25, cls="pct"),
     M(L, "6.50%", N, "prev_rate", 6.5, cls="pct"),
     M(L, "nearly five years", N, "years", 5, qual="nearly", cls="dur"),
     M(L, "three-day", N, "meeting_days", 3, cls="dur"),
     M(L, "February 5", D, "meeting_start", "2025-02-05"),
     M(L, "six members", N, "members", 6),
     M(L, "December 2024", D, "malhotra_start", "2024-12"),
     M(L, "May 2020", D, "last_cut", "2020-05"),
     M(L, "40 basis points", N, "last_cut_size", 40, cls="bp"),
     M(L, "4%", N, "rate_2020", 4, cls="pct"),
     M(L, "6.00%", N, "sdf", 6, cls="pct"),
     M(L, "6.50%", N, "msf", 6.5, cls="pct", occ=2, also=(("bank_rate", 6.5),)),
     M(L, "6.7%", N, "gdp_fy26", 6.7, cls="pct"),
     M(L, "2025-26", D, "fy26", "FY2025-26"),
     M(L, "6.4%", N, "gdp_fy25", 6.4, cls="pct"),
     M(L, "4.8%", N, "cpi_fy25", 4.8, cls="pct"),
     M(L, "2024-25", D, "fy25", "FY2024-25"),
     M(L, "4.2%", N, "cpi_fy26", 4.2, cls="pct"),
     M(L, "2025-26", D, "fy26", "FY2025-26", occ=2),
     M(L, "4%", N, "target", 4, cls="pct", occ=2),
     M(L, "a week", N, "budget_gap", 1, qual="approx", cls="dur"),
     M(L, "February 1", D, "budget", "2025-02-01"),
     M(L, "April 7 to 9", D, "next", NEXT),

     M(KT, "25 basis poin", N, "cut", 25, cls="bp"),
     M(KT, "6,50%", N, "prev_rate", 6.5, cls="pct"),
     M(KT, "6,25%", N, "rate", 6.25, cls="pct"),
     M(KT, "Jumat (7/2/2025)", D, "decision", "2025-02-07"),
     M(KT, "Mei 2020", D, "last_cut", "2020-05"),
     M(KT, "hampir lima tahun", N, "years", 5, qual="nearly", cls="dur"),
     M(KT, "enam anggota", N, "members", 6),
     M(KT, "Desember 2024", D, "malhotra_start", "2024-12"),
     M(KT, "6,5%", N, "prev_rate", 6.5, cls="pct"),
     M(KT, "11 rapat", N, "meetings_held", 11),
     M(KT, "Februari 2023", D, "last_hike", "2023-02"),
     M(KT, "6,7%", N, "gdp_fy26", 6.7, cls="pct"),
     M(KT, "2025-2026", D, "fy26", "FY2025-26"),
     M(KT, "6,4%", N, "gdp_fy25", 6.4, cls="pct"),
     M(KT, "4,8%", N, "cpi_fy25", 4.8, cls="pct"),
     M(KT, "2024-2025", D, "fy25", "FY2024-25"),
     M(KT, "4,2%", N, "cpi_fy26", 4.2, cls="pct"),
     M(KT, "2025-2026", D, "fy26", "FY2025-26", occ=2),
     M(KT, "6%", N, "sdf", 6, cls="pct"),
     M(KT, "6,5%", N, "msf", 6.5, cls="pct", occ=2),

     M(BS, "a quarter percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(BS, "6.25 per cent", N, "rate", 6.25, cls="pct"),
     M(BS, "Friday, February 7", D, "decision", "2025-02-07"),
     M(BS, "May 2020", D, "last_cut", "2020-05"),
     M(BS, "6.5 per cent", N, "prev_rate", 6.5, cls="pct"),
     M(BS, "February 2023", D, "last_hike", "2023-02"),
     M(BS, "11", N, "meetings_held", 11),
     M(BS, "six members", N, "members", 6),
     M(BS, "December 2024", D, "malhotra_start", "2024-12"),
     M(BS, "6 per cent", N, "sdf", 6, cls="pct"),
     M(BS, "6.5 per cent", N, "msf", 6.5, cls="pct", occ=2, also=(("bank_rate", 6.5),)),
     M(BS, "6.7 per cent", N, "gdp_fy26", 6.7, cls="pct"),
     M(BS, "2025-26", D, "fy26", "FY2025-26"),
     M(BS, "6.4 per cent", N, "gdp_fy25", 6.4, cls="pct"),
     M(BS, "2024-25", D, "fy25", "FY2024-25"),
     M(BS, "4.8 per cent", N, "cpi_fy25", 4.8, cls="pct"),
     M(BS, "2024-25", D, "fy25", "FY2024-25", occ=2),
     M(BS, "4.2 per cent", N, "cpi_fy26", 4.2, cls="pct"),
     M(BS, "2025-26", D, "fy26", "FY2025-26", occ=2),
     M(BS, "25 basis point", N, "cut", 25, cls="bp"),
     M(BS, "April 7 to 9", D, "next", NEXT),

     M(BI, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(BI, "6,25 persen", N, "rate", 6.25, cls="pct"),
     M(BI, "Jumat, 7 Februari 2025", D, "decision", "2025-02-07"),
     M(BI, "6,50 persen", N, "prev_rate", 6.5, cls="pct"),
     M(BI, "Februari 2023", D, "last_hike", "2023-02"),
     M(BI, "Mei 2020", D, "last_cut", "2020-05"),
     M(BI, "40 basis poin", N, "last_cut_size", 40, cls="bp"),
     M(BI, "4 persen", N, "rate_2020", 4, cls="pct"),
     M(BI, "keenam anggota", N, "members", 6),
     M(BI, "Desember 2024", D, "malhotra_start", "2024-12"),
     M(BI, "tiga hari", N, "meeting_days", 3, cls="dur"),
     M(BI, "5 Februari 2025", D, "meeting_start", "2025-02-05"),
     M(BI, "6,7 persen", N, "gdp_fy26", 6.7, cls="pct"),
     M(BI, "2025-2026", D, "fy26", "FY2025-26"),
     M(BI, "6,4 persen", N, "gdp_fy25", 6.4, cls="pct"),
     M(BI, "2024-2025", D, "fy25", "FY2024-25"),
     M(BI, "4,8 persen", N, "cpi_fy25", 4.8, cls="pct"),
     M(BI, "2024-2025", D, "fy25", "FY2024-25", occ=2),
     M(BI, "4,2 persen", N, "cpi_fy26", 4.2, cls="pct"),
     M(BI, "2025-2026", D, "fy26", "FY2025-26", occ=2),
     M(BI, "4 persen", N, "target", 4, cls="pct", occ=2),
     M(BI, "7-9 April 2025", D, "next", NEXT),
    ]
    build("rbi-cut-2025", "The Reserve Bank of India's rate decision (control) of Friday 7 February 2025, Governor "
          "Sanjay Malhotra's first: the repo rate cut 25 basis points from 6.50% to 6.25% by all six members of the "
          "Monetary Policy Committee (meeting from 5 February), the first cut since May 2020 (40 basis points to 4%), "
          "the rate held at 6.5% since February 2023 through 11 meetings; the standing deposit facility at 6%, the "
          "marginal standing facility and the Bank Rate at 6.5%; growth 6.7% projected for 2025-26 and 6.4% estimated "
          "for 2024-25; inflation 4.8% (2024-25) and 4.2% (2025-26) against the 4% target; the next meeting on 7-9 "
          "April 2025. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    magdeburg()
    ireland()
    rbi()
