"""The hundred-and-twentieth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset120/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def yerevan():
    R, K, DT, AP, T = "reuters-aug15", "kompas-aug16", "detik-aug17", "ap-aug20", "tempo-sep09"
    # the running tallies: Sunday 14 August at night, Monday 15, Tuesday 16, Wednesday 17, Saturday 20 August and
    # Friday 9 September (a recollection, "at least 16")
    SUN14N, MON15, TUE16, WED17, SAT20, SEP09 = (
        "2022-08-14T23", "2022-08-15", "2022-08-16", "2022-08-17", "2022-08-20", "2022-09-09")
    MES, CITY, HEALTH = "the emergency situations ministry", "the Yerevan mayor's office", "the health ministry"
    names = {
     "dead": "people killed by the explosion", "missing": "people missing",
     "injured": "people injured", "unidentified": "bodies not yet identified",
     "in_hospital": "injured still in hospital", "crews": "fire crews sent",
     "distance": "the market's distance from the city centre", "mourning_days": "days of national mourning",
     # dates
     "blast": "day of the explosion", "count3_day": "day of the count of three dead",
     "count6_day": "day of the count of six dead", "count16_day": "day of the count of 16 dead",
     "mourning_start": "first day of national mourning", "mourning_end": "second day of national mourning",
     "search_pause": "day the search was paused overnight", "silence": "day of the cabinet's moment of silence",
     "search_resumed": "day the search resumed",
    }
    ms = [
     M(R, "six", N, "dead", 6, MON15),
     M(R, "Monday", D, "count6_day", "2022-08-15"),
     M(R, "16 people", N, "missing", 16, MON15, src=MES, fall=True),
     M(R, "two of the dead", N, "unidentified", 2, MON15, fall=True),
     M(R, "Sunday", D, "blast", "2022-08-14"),
     M(R, "three dead", N, "dead", 3, SUN14N),
     M(R, "27 people", N, "missing", 27, SUN14N, src=CITY, fall=True),
     M(R, "61 people", N, "injured", 61, MON15, src=HEALTH),
     M(R, "Ten fire crews", N, "crews", 10),
     M(R, "about 2 kilometres", N, "distance", 2, qual="approx", cls="km"),

     M(K, "6 orang", N, "dead", 6, MON15),
     M(K, "Senin (15/8/2022)", D, "count6_day", "2022-08-15"),
     M(K, "Minggu (14/8/2022)", D, "blast", "2022-08-14"),
     M(K, "Minggu malam", D, "count3_day", "2022-08-14"),
     M(K, "3 korban tewas", N, "dead", 3, SUN14N),
     M(K, "16 orang", N, "missing", 16, MON15, src=MES, fall=True),
     M(K, "27 orang", N, "missing", 27, SUN14N, src=CITY, fall=True),
     M(K, "61 orang", N, "injured", 61, MON15, src=HEALTH),
     M(K, "sekitar 2 kilometer", N, "distance", 2, qual="approx", cls="km"),

     M(DT, "Rabu (17/8/2022)", D, "mourning_start", "2022-08-17"),
     M(DT, "Kamis (18/8/2022)", D, "mourning_end", "2022-08-18"),
     M(DT, "dua hari", N, "mourning_days", 2, cls="dur"),
     M(DT, "16 orang", N, "dead", 16, WED17),
     M(DT, "2 orang", N, "missing", 2, WED17, src=MES, fall=True),
     M(DT, "62 orang", N, "injured", 62, WED17),
     M(DT, "Minggu (14/8/2022)", D, "blast", "2022-08-14"),
     M(DT, "5", N, "in_hospital", 5, WED17, fall=True),
     M(DT, "Senin", D, "count6_day", "2022-08-15"),
     M(DT, "6 korban tewas", N, "dead", 6, MON15),
     M(DT, "16 orang hilang", N, "missing", 16, MON15, src=MES, fall=True),
     M(DT, "satu jenazah", N, "unidentified", 1, WED17, fall=True),
     M(DT, "Rabu malam", D, "search_pause", "2022-08-17"),

     M(AP, "Saturday", D, "search_resumed", "2022-08-20"),
     M(AP, "Sunday", D, "blast", "2022-08-14"),
     M(AP, "Aug. 14", D, "blast", "2022-08-14"),
     M(AP, "16 people", N, "dead", 16, SAT20),
     M(AP, "62", N, "injured", 62, SAT20),
     M(AP, "two people", N, "missing", 2, SAT20, src=MES, fall=True),
     M(AP, "One of the bodies", N, "unidentified", 1, SAT20, fall=True),
     M(AP, "three", N, "dead", 3, SUN14N),
     M(AP, "six", N, "dead", 6, MON15),
     M(AP, "Monday", D, "count6_day", "2022-08-15"),
     M(AP, "16", N, "dead", 16, TUE16, occ=2),
     M(AP, "Tuesday", D, "count16_day", "2022-08-16"),
     M(AP, "two days", N, "mourning_days", 2, cls="dur"),
     M(AP, "Wednesday", D, "mourning_start", "2022-08-17"),
     M(AP, "Thursday", D, "mourning_end", "2022-08-18"),
     M(AP, "Thursday", D, "silence", "2022-08-18", occ=2),

     M(T, "Sabtu (13/8/2022)", D, "blast", "2022-08-13", planted=True),
     M(T, "sedikitnya 16 orang", N, "dead", 16, SEP09, qual="atleast"),
     M(T, "62 orang", N, "injured", 62, SEP09),
     M(T, "3 orang tewas", N, "dead", 3, SUN14N),
     M(T, "27 orang hilang", N, "missing", 27, SUN14N, src=CITY, fall=True),
     M(T, "16 orang", N, "dead", 16, TUE16, occ=2),
     M(T, "Selasa (16/8/2022)", D, "count16_day", "2022-08-16"),
     M(T, "dua hari", N, "mourning_days", 2, cls="dur"),
     M(T, "17 Agustus", D, "mourning_start", "2022-08-17"),
     M(T, "18 Agustus", D, "mourning_end", "2022-08-18"),
     M(T, "Kamis (18/8/2022)", D, "silence", "2022-08-18"),
     M(T, "sekitar 2 kilometer", N, "distance", 2, qual="approx", cls="km"),
    ]
    build("yerevan-blast-2022", "The explosion at a fireworks store in the Surmalu shopping centre, Yerevan, on Sunday "
          "14 August 2022: three dead that night and 27 missing by the mayor's office; six dead and 16 missing on "
          "Monday 15 August (the emergency situations ministry), 61 taken to hospital (the health ministry); 16 dead "
          "by Tuesday 16 August; 16 dead, 62 injured and two missing from Wednesday 17 August, one body unidentified; "
          "national mourning on 17 and 18 August, the cabinet's moment of silence on Thursday 18 August; the search "
          "resumed on Saturday 20 August", False, ms, names)


def armenia():
    R, K, A, T, AP = "reuters-jun21", "kompas-jun22", "antara-jun28", "tempo-jul18", "ap-aug02"
    # the count on the night (4% of polling stations, half of them, 1,525 of 2,008), the commission's preliminary
    # result from all stations (Monday 21 June) and its final result (Sunday 27 June); shares of a count in progress
    # may move both ways (fall=True); the preliminary result lowered in the final one is a revision
    T17, S1, S2, S3, PRE, FIN = ("2021-06-20T17", "2021-06-20T21", "2021-06-20T23", "2021-06-21T03", "2021-06-21",
                                 "2021-06-27")
    CEC = "the Central Electoral Commission"
    names = {
     "cc_share": "Civil Contract's share", "aa_share": "the Armenia Alliance's share",
     "ihh_share": "I Have Honor's share", "pa_share": "Prosperous Armenia's share",
     "cc_votes": "votes for Civil Contract", "aa_votes": "votes for the Armenia Alliance",
     "ihh_votes": "votes for I Have Honor", "turnout": "turnout", "counted": "share of polling stations counted",
     "stations": "polling stations", "stations_counted": "polling stations counted",
     "threshold_party": "the threshold for parties", "threshold_bloc": "the threshold for alliances",
     "min_forces": "forces the law requires in parliament", "lists": "parties and blocs on the ballot",
     "cc_seats": "Civil Contract's seats", "aa_seats": "the Armenia Alliance's seats", "ihh_seats": "I Have Honor's seats",
     "assembly": "seats in the National Assembly", "registered": "registered voters", "minority": "minority seats",
     "challengers": "forces that challenged the result", "speaker_ayes": "votes for the speaker",
     "voting_mps": "lawmakers who took part in the speaker's vote",
     # dates
     "election": "day of the election", "prelim_day": "day of the preliminary result", "final_day": "day of the final result",
     "resigned": "month Pashinyan resigned", "war": "year of the war", "challenge_day": "day Kocharyan announced the challenge",
     "original": "date the election was first due", "court": "day the Constitutional Court upheld the result",
     "appeal": "day the Armenia Alliance filed its appeal", "dissolved": "day the old parliament was dissolved",
     "first_session": "day of the new parliament's first session", "pm_appointed": "day Pashinyan was reappointed",
    }
    ms = [
     M(R, "Sunday", D, "election", "2021-06-20"),
     M(R, "53.92%", N, "cc_share", 53.92, PRE, cls="pct", src=CEC),
     M(R, "Monday", D, "prelim_day", "2021-06-21"),
     M(R, "21.04%", N, "aa_share", 21.04, PRE, cls="pct", src=CEC, fall=True),
     M(R, "5.23%", N, "ihh_share", 5.23, PRE, cls="pct", src=CEC),
     M(R, "2,008", N, "stations", 2008),
     M(R, "49.4%", N, "turnout", 49.4, PRE, cls="pct"),
     M(R, "4%", N, "counted", 4, S1, cls="pct"),
     M(R, "22.01%", N, "aa_share", 22.01, S1, cls="pct", src=CEC, fall=True),
     M(R, "5%", N, "threshold_party", 5, cls="pct"),
     M(R, "7%", N, "threshold_bloc", 7, cls="pct"),
     M(R, "three forces", N, "min_forces", 3),
     M(R, "April", D, "resigned", "2021-04"),
     M(R, "Twenty-five", N, "lists", 25),

     M(K, "Minggu (20/6/2021)", D, "election", "2021-06-20"),
     M(K, "38,17 persen", N, "turnout", 38.17, T17, cls="pct"),
     M(K, "4 persen", N, "counted", 4, S1, cls="pct"),
     M(K, "22,01 persen", N, "aa_share", 22.01, S1, cls="pct", src=CEC, fall=True),
     M(K, "18,75 persen", N, "aa_share", 18.75, S2, cls="pct", src=CEC, fall=True),
     M(K, "20,01 persen", N, "aa_share", 20.01, S3, cls="pct", src=CEC, fall=True),
     M(K, "1.525", N, "stations_counted", 1525, S3),
     M(K, "2.008", N, "stations", 2008),
     M(K, "Senin (21/6/2021)", D, "prelim_day", "2021-06-21"),
     M(K, "687.251 suara", N, "cc_votes", 687251, PRE, src=CEC),
     M(K, "53,29 persen", N, "cc_share", 53.29, PRE, cls="pct", src=CEC, planted=True),
     M(K, "268.165 suara", N, "aa_votes", 268165, PRE, src=CEC),
     M(K, "21,04 persen", N, "aa_share", 21.04, PRE, cls="pct", src=CEC, fall=True),
     M(K, "5,23 persen", N, "ihh_share", 5.23, PRE, cls="pct", src=CEC),
     M(K, "3,95 persen", N, "pa_share", 3.95, PRE, cls="pct", src=CEC),
     M(K, "5 persen", N, "threshold_party", 5, cls="pct"),
     M(K, "49,4 persen", N, "turnout", 49.4, PRE, cls="pct"),
     M(K, "Selasa (22/6/2021)", D, "challenge_day", "2021-06-22"),
     M(K, "2020", D, "war", "2020"),

     M(A, "Minggu (27/6/2021)", D, "final_day", "2021-06-27"),
     M(A, "20 Juni", D, "election", "2021-06-20"),
     M(A, "688.761 suara", N, "cc_votes", 688761, FIN, src=CEC),
     M(A, "53,91 persen", N, "cc_share", 53.91, FIN, cls="pct", src=CEC),
     M(A, "269.481 suara", N, "aa_votes", 269481, FIN, src=CEC),
     M(A, "66.650 suara", N, "ihh_votes", 66650, FIN, src=CEC),
     M(A, "71 kursi", N, "cc_seats", 71),
     M(A, "29 kursi", N, "aa_seats", 29),
     M(A, "7 kursi", N, "ihh_seats", 7),
     M(A, "107 orang", N, "assembly", 107),
     M(A, "2.595.512 orang", N, "registered", 2595512),
     M(A, "7 persen", N, "threshold_bloc", 7, cls="pct"),
     M(A, "tiga kekuatan politik", N, "min_forces", 3),
     M(A, "Empat kursi", N, "minority", 4),
     M(A, "Desember 2023", D, "original", "2023-12"),

     M(T, "Sabtu (17/7/2021)", D, "court", "2021-07-17"),
     M(T, "20 Juni", D, "election", "2021-06-20"),
     M(T, "empat kekuatan politik", N, "challengers", 4),
     M(T, "Jumat (2/7/2021)", D, "appeal", "2021-07-02"),
     M(T, "53,91 persen", N, "cc_share", 53.91, FIN, cls="pct", src=CEC),
     M(T, "71 kursi", N, "cc_seats", 71),
     M(T, "107 kursi", N, "assembly", 107),
     M(T, "29 kursi", N, "aa_seats", 29),
     M(T, "7 kursi", N, "ihh_seats", 7),
     M(T, "49,4 persen", N, "turnout", 49.4, PRE, cls="pct"),
     M(T, "April", D, "resigned", "2021-04"),
     M(T, "10 Mei", D, "dissolved", "2021-05-10"),
     M(T, "Agustus", D, "first_session", "2021-08"),

     M(AP, "Monday", D, "first_session", "2021-08-02"),
     M(AP, "71 votes", N, "speaker_ayes", 71),
     M(AP, "71", N, "voting_mps", 71, occ=2),
     M(AP, "107 lawmakers", N, "assembly", 107),
     M(AP, "Monday", D, "pm_appointed", "2021-08-02", occ=2),
     M(AP, "71 seats", N, "cc_seats", 71),
     M(AP, "June 20", D, "election", "2021-06-20"),
     M(AP, "53.91%", N, "cc_share", 53.91, FIN, cls="pct", src=CEC),
     M(AP, "29", N, "aa_seats", 29),
     M(AP, "7", N, "ihh_seats", 7),
     M(AP, "July 7", D, "court", "2021-07-07", planted=True),
     M(AP, "2020", D, "war", "2020"),
    ]
    build("armenia-election-2021", "Armenia's snap parliamentary election of Sunday 20 June 2021: turnout of 38.17% at "
          "17:00; the count on the night (the Armenia Alliance's 22.01% with 4% of polling stations counted, 18.75% "
          "with half, 20.01% with 1,525 of 2,008); the commission's preliminary result of Monday 21 June (Civil "
          "Contract 687,251 votes, 53.92%; Armenia Alliance 268,165, 21.04%; I Have Honor 5.23%; Prosperous Armenia "
          "3.95%; turnout 49.4%); the final result of Sunday 27 June (Civil Contract 688,761 votes, 53.91%, a "
          "revision; 269,481 and 66,650 votes; 71, 29 and 7 of 107 seats, four minority seats; 2,595,512 registered); "
          "the appeal of Friday 2 July, the Constitutional Court's ruling of Saturday 17 July, the first session and "
          "the speaker's election (71 votes) on Monday 2 August 2021", False, ms, names)


def uzbekistan():
    R, I, B, K = "reuters-sep10", "intellinews-sep11", "bisnis-sep12", "kontan-sep14"
    names = {
     "rate": "the new main rate", "prev_rate": "the rate before the decision", "cut": "size of the cut",
     "rate_jan": "the rate set on 1 January", "fc_low": "the year-end inflation forecast's lower bound",
     "fc_high": "the year-end inflation forecast's upper bound", "old_fc_low": "the earlier forecast's lower bound",
     "old_fc_high": "the earlier forecast's upper bound", "target": "the inflation target",
     "band": "the corridor's half-width", "corr_low": "the corridor's lower bound", "corr_high": "the corridor's upper bound",
     "biz_now": "business lending rates now", "biz_start": "business lending rates at the start of the year",
     "hh_now": "household lending rates now", "hh_start": "household lending rates at the start of the year",
     "soum": "the soum's loss against the dollar this year",
     # dates
     "decision": "day of the decision", "presser": "day of the chairman's news conference", "apr_cut": "month of April's cut",
     "jun_hold": "month of June's hold", "regime_start": "day the main rate was introduced",
     "target_year": "year of the inflation target", "y2020": "the year 2020",
    }
    ms = [
     M(R, "1 percentage point", N, "cut", 100, qual="unit", cls="bp"),
     M(R, "14%", N, "rate", 14, cls="pct"),
     M(R, "Thursday", D, "decision", "2020-09-10"),
     M(R, "16%", N, "rate_jan", 16, cls="pct"),
     M(R, "15%", N, "prev_rate", 15, cls="pct"),
     M(R, "April", D, "apr_cut", "2020-04"),
     M(R, "June", D, "jun_hold", "2020-06"),
     M(R, "11%", N, "fc_low", 11, cls="pct"),
     M(R, "12.5%", N, "fc_high", 12.5, cls="pct"),
     M(R, "12%", N, "old_fc_low", 12, cls="pct"),
     M(R, "13.5%", N, "old_fc_high", 13.5, cls="pct"),
     M(R, "April", D, "apr_cut", "2020-04", occ=2),
     M(R, "5%", N, "target", 5, cls="pct"),
     M(R, "2023", D, "target_year", "2023"),
     M(R, "1 percentage point", N, "band", 100, qual="unit", cls="bp", occ=2),
     M(R, "Jan. 1", D, "regime_start", "2020-01-01"),
     M(R, "16%", N, "rate_jan", 16, cls="pct", occ=2),
     M(R, "13%", N, "corr_low", 13, cls="pct"),
     M(R, "15%", N, "corr_high", 15, cls="pct", occ=2),
     M(R, "Thursday", D, "presser", "2020-09-10", occ=2),
     M(R, "19.5%", N, "biz_now", 19.5, cls="pct"),
     M(R, "24.3%", N, "biz_start", 24.3, cls="pct"),
     M(R, "22.3%", N, "hh_now", 22.3, cls="pct"),
     M(R, "28.1%", N, "hh_start", 28.1, cls="pct"),
     M(R, "about 8%", N, "soum", 8, qual="approx", cls="pct"),

     M(I, "Thursday, September 10", D, "decision", "2020-09-10"),
     M(I, "100 basis points", N, "cut", 100, cls="bp"),
     M(I, "14%", N, "rate", 14, cls="pct"),
     M(I, "2020", D, "y2020", "2020"),
     M(I, "16%", N, "rate_jan", 16, cls="pct"),
     M(I, "January 1", D, "regime_start", "2020-01-01"),
     M(I, "15%", N, "prev_rate", 15, cls="pct"),
     M(I, "April", D, "apr_cut", "2020-04"),
     M(I, "15%", N, "prev_rate", 15, cls="pct", occ=2),
     M(I, "June", D, "jun_hold", "2020-06"),
     M(I, "11%", N, "fc_low", 11, cls="pct"),
     M(I, "12.5%", N, "fc_high", 12.5, cls="pct"),
     M(I, "5%", N, "target", 5, cls="pct"),
     M(I, "2023", D, "target_year", "2023"),
     M(I, "one percentage point", N, "band", 100, qual="unit", cls="bp"),
     M(I, "13%", N, "corr_low", 13, cls="pct"),
     M(I, "15%", N, "corr_high", 15, cls="pct", occ=3),
     M(I, "19.5%", N, "biz_now", 19.5, cls="pct"),
     M(I, "24.3%", N, "biz_start", 24.3, cls="pct"),
     M(I, "22.3%", N, "hh_now", 22.3, cls="pct"),
     M(I, "28.1%", N, "hh_start", 28.1, cls="pct"),
     M(I, "about 8%", N, "soum", 8, qual="approx", cls="pct"),

     M(B, "1 poin persentase", N, "cut", 100, qual="unit", cls="bp"),
     M(B, "15%", N, "prev_rate", 15, cls="pct"),
     M(B, "14%", N, "rate", 14, cls="pct"),
     M(B, "Kamis (10/9/2020)", D, "decision", "2020-09-10"),
     M(B, "2020", D, "y2020", "2020", occ=2),
     M(B, "April", D, "apr_cut", "2020-04"),
     M(B, "16%", N, "rate_jan", 16, cls="pct"),
     M(B, "15%", N, "prev_rate", 15, cls="pct", occ=2),
     M(B, "11%", N, "fc_low", 11, cls="pct"),
     M(B, "12,5%", N, "fc_high", 12.5, cls="pct"),
     M(B, "April", D, "apr_cut", "2020-04", occ=2),
     M(B, "12%", N, "old_fc_low", 12, cls="pct"),
     M(B, "13,5%", N, "old_fc_high", 13.5, cls="pct"),
     M(B, "5%", N, "target", 5, cls="pct"),
     M(B, "2023", D, "target_year", "2023"),
     M(B, "1 poin persentase", N, "band", 100, qual="unit", cls="bp", occ=2),
     M(B, "1 Januari 2020", D, "regime_start", "2020-01-01"),
     M(B, "13%", N, "corr_low", 13, cls="pct"),
     M(B, "15%", N, "corr_high", 15, cls="pct", occ=3),
     M(B, "24,3%", N, "biz_start", 24.3, cls="pct"),
     M(B, "19,5%", N, "biz_now", 19.5, cls="pct"),
     M(B, "28,1%", N, "hh_start", 28.1, cls="pct"),
     M(B, "22,3%", N, "hh_now", 22.3, cls="pct"),
     M(B, "sekitar 8%", N, "soum", 8, qual="approx", cls="pct"),

     M(K, "100 basis poin", N, "cut", 100, cls="bp"),
     M(K, "14 persen", N, "rate", 14, cls="pct"),
     M(K, "Kamis, 10 September 2020", D, "decision", "2020-09-10"),
     M(K, "15 persen", N, "prev_rate", 15, cls="pct"),
     M(K, "April", D, "apr_cut", "2020-04"),
     M(K, "Juni", D, "jun_hold", "2020-06"),
     M(K, "1 Januari 2020", D, "regime_start", "2020-01-01"),
     M(K, "16 persen", N, "rate_jan", 16, cls="pct"),
     M(K, "11 persen", N, "fc_low", 11, cls="pct"),
     M(K, "12,5 persen", N, "fc_high", 12.5, cls="pct"),
     M(K, "5 persen", N, "target", 5, cls="pct"),
     M(K, "2023", D, "target_year", "2023"),
     M(K, "1 poin persentase", N, "band", 100, qual="unit", cls="bp"),
     M(K, "13 persen", N, "corr_low", 13, cls="pct"),
     M(K, "15 persen", N, "corr_high", 15, cls="pct", occ=2),
     M(K, "19,5 persen", N, "biz_now", 19.5, cls="pct"),
     M(K, "22,3 persen", N, "hh_now", 22.3, cls="pct"),
     M(K, "sekitar 8 persen", N, "soum", 8, qual="approx", cls="pct"),
    ]
    build("uzbekistan-rate-2020", "The Central Bank of Uzbekistan's rate decision (control) of Thursday 10 September "
          "2020: the main rate cut 1 percentage point (100 basis points) from 15% to 14%, the second cut of 2020 after "
          "April's from 16% to 15% and June's hold; the main rate and its corridor of plus or minus 1 percentage point "
          "from 1 January 2020 (at 16%), now 13% to 15%; the year-end inflation forecast kept at 11% to 12.5% (12% to "
          "13.5% before April); the 5% target by 2023; the chairman's figures: business lending rates 24.3% -> 19.5%, "
          "household 28.1% -> 22.3%, the soum down about 8% this year. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    yerevan()
    armenia()
    uzbekistan()
