"""The three-hundred-and-sixteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset316/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hindukush():
    K, R, A, P = "kompas-oct27", "reuters-oct28", "antara-oct30", "ap-nov18"
    # as-of times of the running tallies: Monday 26 October 2015 at night (Pakistan's 228 dead and more than 1,000
    # injured, Afghanistan's 33 dead and more than 200 injured), Tuesday 27 October (the NDMA's 248, the Khyber
    # Pakhtunkhwa authority's 208 dead and 1,518 injured, Afghanistan's 115, the district tolls), Wednesday 28 October
    # (255 dead, 1,697 injured), Thursday 29 October (272 dead, 2,123 injured, 25,364 houses, the tolls by region) and
    # Monday 2 November (271 dead: the NDMA's own count corrected down by one, 2,158 injured, 33,445 houses, Shangla's
    # 50). Afghanistan's 115 stayed the count (the November article gives it as Tuesday's figure).
    MON, TUE, WED, THU, NOV2 = "2015-10-26n", "2015-10-27", "2015-10-28", "2015-10-29", "2015-11-02"
    # The magnitude: the US Geological Survey's first 7.7 and its corrected 7.5 are two as-of times of one reading (a
    # revision); the Pakistan Meteorological Department's 8.1 is another source's reading (sources), and so is its
    # depth of 193 km against the USGS's 213 km. The Khyber Pakhtunkhwa toll: the provincial authority's 208 against
    # the NDMA's 225 for the province (sources).
    FIRST, UPD = "2015-10-26a", "2015-10-26b"
    USGS, PMD = "the US Geological Survey", "the Pakistan Meteorological Department"
    PDMA, NDMA = "the Khyber Pakhtunkhwa disaster authority", "the National Disaster Management Authority"
    names = {
     "mag": "the quake's magnitude", "dist": "distance of the epicentre from Fayzabad (km)", "depth": "depth (km)",
     "dead_pk": "people killed in Pakistan", "inj_pk": "people injured in Pakistan",
     "dead_af": "people killed in Afghanistan", "inj_af": "people injured in Afghanistan",
     "girls": "schoolgirls killed in the Takhar stampede", "mag2005": "the 2005 quake's magnitude",
     "dead2005": "dead in the 2005 quake", "dead_kp": "people killed in Khyber Pakhtunkhwa",
     "inj_kp": "people injured in Khyber Pakhtunkhwa", "districts": "districts affected in Khyber Pakhtunkhwa",
     "houses_kp": "houses damaged in Khyber Pakhtunkhwa", "schools_kp": "schools flattened in Khyber Pakhtunkhwa",
     "dead_shangla": "dead in Shangla", "dead_chitral": "dead in Chitral", "dead_swat": "dead in Swat",
     "houses_af": "homes destroyed or damaged in Afghanistan", "houses_pk": "houses damaged in Pakistan",
     "dead_fata": "dead in the tribal areas", "dead_gb": "dead in Gilgit-Baltistan", "dead_pb": "dead in Punjab",
     "dead_ajk": "dead in Pakistani-administered Kashmir", "tents": "tents handed out",
     # dates
     "quake": "day of the earthquake", "count_mon": "day of the Monday-night counts",
     "asof_tue": "day of Afghanistan's count of 115 and the NDMA's 248", "asof_wed": "day of the NDMA's count of 255",
     "asof_thu": "day of the NDMA's count of 272", "asof_nov2": "day of the NDMA's count of 271",
     "q2005": "day of the 2005 quake",
    }
    ms = [
     M(K, "bermagnitudo 7,5", N, "mag", 7.5, UPD, src=USGS, cls="mag"),
     M(K, "Senin (26/10/2015)", D, "quake", "2015-10-26"),
     M(K, "magnitudo 7,7", N, "mag", 7.7, FIRST, src=USGS, cls="mag"),
     M(K, "menjadi 7,5", N, "mag", 7.5, UPD, src=USGS, cls="mag"),
     M(K, "sekitar 82 km", N, "dist", 82, qual="approx", cls="km"),
     M(K, "213 km", N, "depth", 213, src=USGS, cls="km"),
     M(K, "magnitudo 8,1", N, "mag", 8.1, src=PMD, cls="mag"),
     M(K, "193 km", N, "depth", 193, src=PMD, cls="km"),
     M(K, "Senin malam", D, "count_mon", "2015-10-26"),
     M(K, "sedikitnya 228 orang", N, "dead_pk", 228, MON, qual="atleast"),
     M(K, "lebih dari 1.000 orang", N, "inj_pk", 1000, MON, qual="morethan"),
     M(K, "33 orang", N, "dead_af", 33, MON),
     M(K, "lebih dari 200 warga", N, "inj_af", 200, MON, qual="morethan"),
     M(K, "Selasa (27/10/2015)", D, "asof_tue", "2015-10-27"),
     M(K, "115 orang", N, "dead_af", 115, TUE),
     M(K, "12 siswi", N, "girls", 12),
     M(K, "bermagnitudo 7,6", N, "mag2005", 7.6, cls="mag"),
     M(K, "8 Oktober 2005", D, "q2005", "2005-10-08"),
     M(K, "lebih dari 73.000 orang", N, "dead2005", 73000, qual="morethan"),

     M(R, "Tuesday", D, "asof_tue", "2015-10-27"),
     M(R, "248 people", N, "dead_pk", 248, TUE),
     M(R, "228", N, "dead_pk", 228, MON),
     M(R, "Monday night", D, "count_mon", "2015-10-26"),
     M(R, "208 dead", N, "dead_kp", 208, TUE, src=PDMA),
     M(R, "1,518 injured", N, "inj_kp", 1518, TUE, src=PDMA),
     M(R, "22 districts", N, "districts", 22, TUE),
     M(R, "8,453 houses", N, "houses_kp", 8453, TUE, src=PDMA),
     M(R, "113 schools", N, "schools_kp", 113, TUE),
     M(R, "48", N, "dead_shangla", 48, TUE),
     M(R, "32", N, "dead_chitral", 32, TUE),
     M(R, "30 deaths", N, "dead_swat", 30, TUE),
     M(R, "115 people", N, "dead_af", 115, TUE),
     M(R, "about 4,000 homes", N, "houses_af", 4000, TUE, qual="approx"),
     M(R, "magnitude 7.5", N, "mag", 7.5, UPD, src=USGS, cls="mag"),
     M(R, "7.7", N, "mag", 7.7, FIRST, src=USGS, cls="mag"),
     M(R, "213 km", N, "depth", 213, src=USGS, cls="km"),

     M(A, "272 orang", N, "dead_pk", 272, THU),
     M(A, "Kamis (29/10/2015)", D, "asof_thu", "2015-10-29"),
     M(A, "2.123 orang", N, "inj_pk", 2123, THU),
     M(A, "25.364 rumah", N, "houses_pk", 25364, THU),
     M(A, "Rabu (28/10/2015)", D, "asof_wed", "2015-10-28"),
     M(A, "255 orang", N, "dead_pk", 255, WED),
     M(A, "1.697 orang", N, "inj_pk", 1697, WED),
     M(A, "225 orang", N, "dead_kp", 225, THU, src=NDMA),
     M(A, "30 orang", N, "dead_fata", 30, THU),
     M(A, "10 orang", N, "dead_gb", 10, THU),
     M(A, "lima orang", N, "dead_pb", 5, THU),
     M(A, "dua orang", N, "dead_ajk", 2, THU),
     M(A, "151 orang", N, "dead_af", 151, TUE, planted=True),
     M(A, "Selasa (27/10/2015)", D, "asof_tue", "2015-10-27"),
     M(A, "bermagnitudo 7,5", N, "mag", 7.5, UPD, src=USGS, cls="mag"),
     M(A, "Senin (26/10/2015)", D, "quake", "2015-10-26"),
     M(A, "magnitudo 8,1", N, "mag", 8.1, src=PMD, cls="mag"),
     M(A, "sedikitnya 35.799 tenda", N, "tents", 35799, THU, qual="atleast"),

     M(P, "magnitude-7.5", N, "mag", 7.5, UPD, src=USGS, cls="mag"),
     M(P, "Oct. 25", D, "quake", "2015-10-25", planted=True),
     M(P, "about 82 kilometers", N, "dist", 82, qual="approx", cls="km"),
     M(P, "271", N, "dead_pk", 271, NOV2),
     M(P, "Nov. 2", D, "asof_nov2", "2015-11-02"),
     M(P, "272", N, "dead_pk", 272, THU),
     M(P, "Oct. 29", D, "asof_thu", "2015-10-29"),
     M(P, "2,158 people", N, "inj_pk", 2158, NOV2),
     M(P, "33,445 houses", N, "houses_pk", 33445, NOV2),
     M(P, "50 people", N, "dead_shangla", 50, NOV2),
     M(P, "115 deaths", N, "dead_af", 115, TUE),
     M(P, "12 schoolgirls", N, "girls", 12),
     M(P, "magnitude-7.6", N, "mag2005", 7.6, cls="mag"),
     M(P, "Oct. 8, 2005", D, "q2005", "2005-10-08"),
     M(P, "more than 73,000 people", N, "dead2005", 73000, qual="morethan"),
    ]
    build("hindukush-quake-2015", "The magnitude 7.5 Hindu Kush earthquake (Monday 26 October 2015, 14.09 Pakistan time, "
          "centred about 82 km southeast of Fayzabad in Badakhshan, 213 km deep by the USGS, which first put it at 7.7; "
          "the Pakistan Meteorological Department's 8.1 at 193 km): Pakistan's dead 228 on Monday night -> 248 on "
          "Tuesday -> 255 on Wednesday -> 272 on Thursday 29 October -> 271 on 2 November (the NDMA's count corrected "
          "down), injured more than 1,000 -> 1,697 -> 2,123 -> 2,158; Afghanistan's 33 -> 115 (12 schoolgirls in a "
          "stampede in Takhar); Khyber Pakhtunkhwa's toll by its own authority (208) and by the NDMA (225); the 2005 "
          "quake (7.6, more than 73,000 dead)", False, ms, names)


def runoff():
    K, R, T, A = "kompas-jun15", "reuters-jul08", "tempo-jul13", "ap-sep30"
    # Stages on different days: the first round (Saturday 5 April 2014), the run-off (Saturday 14 June), the
    # preliminary results (Monday 7 July), the audit deal brokered by the US secretary of state (Saturday 12 July), the
    # unity agreement and the commission's naming of the winner (Sunday 21 September), the inauguration (Monday 29
    # September); the scheduled dates (preliminary results 2 July, final results 22 July, inauguration 2 August) are
    # other facts. The votes cast: the commission's polling-day estimate of more than 7 million (as of 14 June) and
    # its count of 8,109,493 (as of 7 July) are two as-of times of one fact (update); the Abdullah campaign's
    # expectation of about 7 million is another source (sources). The run-off shares: the preliminary 56.44% for
    # Ghani (as of 7 July) and the final 55.27% after the audit (as of 21 September) are two as-of times (revision);
    # Abdullah's 43.56% -> 44.73% (update).
    JUN14, PRELIM, FINAL = "2014-06-14", "2014-07-07", "2014-09-21"
    IEC, CAMP = "the Independent Election Commission", "Abdullah's campaign"
    names = {
     "votes": "ballots cast in the run-off", "women": "share of women among run-off voters (%)",
     "electorate": "estimated electorate", "turnout": "run-off turnout (%)",
     "r1_abdullah": "Abdullah's first-round share (%)", "r1_ghani": "Ghani's first-round share (%)",
     "threshold": "share needed to win outright (%)", "attacks": "attacks on polling day",
     "fingers": "voters whose fingers were cut off", "ghani_pct": "Ghani's run-off share (%)",
     "abd_pct": "Abdullah's run-off share (%)", "ghani_votes": "Ghani's run-off votes",
     "abd_votes": "Abdullah's run-off votes", "margin": "the gap between the two (votes)",
     "audit_ghani": "polling stations Ghani's camp agreed to audit",
     "audit_abd": "polling stations Abdullah's team wanted audited", "troops": "US troops to stay after 2014",
     "karzai_years": "years Karzai led the country",
     # dates
     "runoff": "day of the run-off", "r1": "day of the first round", "prelim_sched": "scheduled day of the preliminary results",
     "final_sched": "scheduled day of the final results", "inaug_sched": "scheduled day of the inauguration",
     "prelim": "day of the preliminary results", "rally": "day of Abdullah's supporters' gathering",
     "deal": "day of the audit deal", "unity": "day of the unity agreement and the winner's naming",
     "inaug": "day of the inauguration", "pact": "day the security pact was to be signed",
    }
    ms = [
     M(K, "Lebih dari 7 juta", N, "votes", 7_000_000, JUN14, qual="morethan", src=IEC, cls="votes"),
     M(K, "Sabtu (14/6/2014)", D, "runoff", "2014-06-14"),
     M(K, "sekitar 38 persen", N, "women", 38, JUN14, qual="approx", cls="pct"),
     M(K, "13,5 juta orang", N, "electorate", 13_500_000, cls="votes"),
     M(K, "sekitar 52 persen", N, "turnout", 52, JUN14, qual="approx", cls="pct"),
     M(K, "Sabtu (5/4/2014)", D, "r1", "2014-04-05"),
     M(K, "44,9 persen", N, "r1_abdullah", 44.9, cls="pct"),
     M(K, "31,5 persen", N, "r1_ghani", 31.5, cls="pct"),
     M(K, "50 persen", N, "threshold", 50, cls="pct"),
     M(K, "hampir 150 serangan", N, "attacks", 150, qual="nearly"),
     M(K, "11 pemilih", N, "fingers", 11),
     M(K, "2 Juli", D, "prelim_sched", "2014-07-02"),
     M(K, "22 Juli 2014", D, "final_sched", "2014-07-22"),
     M(K, "2 Agustus", D, "inaug_sched", "2014-08-02"),

     M(R, "56.44 percent", N, "ghani_pct", 56.44, PRELIM, cls="pct"),
     M(R, "Monday", D, "prelim", "2014-07-07"),
     M(R, "43.56 percent", N, "abd_pct", 43.56, PRELIM, cls="pct"),
     M(R, "4,485,888 votes", N, "ghani_votes", 4485888, PRELIM, cls="votes"),
     M(R, "3,461,639", N, "abd_votes", 3461639, PRELIM, cls="votes"),
     M(R, "1,024,249 votes", N, "margin", 1024249, PRELIM, cls="votes"),
     M(R, "8,109,493 ballots", N, "votes", 8109493, PRELIM, src=IEC, cls="votes"),
     M(R, "June 14", D, "runoff", "2014-06-14"),
     M(R, "more than 7 million", N, "votes", 7_000_000, JUN14, qual="morethan", src=IEC, cls="votes"),
     M(R, "about 7 million votes", N, "votes", 7_000_000, PRELIM, qual="approx", src=CAMP, cls="votes"),
     M(R, "7,000 polling stations", N, "audit_ghani", 7000),
     M(R, "11,000", N, "audit_abd", 11000),
     M(R, "July 22", D, "final_sched", "2014-07-22"),
     M(R, "April 5", D, "r1", "2014-04-05"),
     M(R, "44.9 percent", N, "r1_abdullah", 44.9, cls="pct"),
     M(R, "31.5 percent", N, "r1_ghani", 31.5, cls="pct"),
     M(R, "Tuesday", D, "rally", "2014-07-08"),

     M(T, "Sabtu (12/7/2014)", D, "deal", "2014-07-12"),
     M(T, "sekitar 8 juta surat suara", N, "votes", 8_000_000, PRELIM, qual="approx", src=IEC, cls="votes"),
     M(T, "14 Juni", D, "runoff", "2014-06-14"),
     M(T, "Selasa (8/7/2014)", D, "prelim", "2014-07-08", planted=True),
     M(T, "56,44 persen", N, "ghani_pct", 56.44, PRELIM, cls="pct"),
     M(T, "43,56 persen", N, "abd_pct", 43.56, PRELIM, cls="pct"),
     M(T, "lebih dari 1 juta suara", N, "margin", 1_000_000, PRELIM, qual="morethan", cls="votes"),
     M(T, "sekitar 8,1 juta suara", N, "votes", 8_100_000, PRELIM, qual="approx", src=IEC, cls="votes"),
     M(T, "2 Agustus 2014", D, "inaug_sched", "2014-08-02"),

     M(A, "Monday", D, "inaug", "2014-09-29"),
     M(A, "Sept. 21", D, "unity", "2014-09-21"),
     M(A, "June 14", D, "runoff", "2014-06-14"),
     M(A, "55.27 percent", N, "ghani_pct", 55.27, FINAL, cls="pct"),
     M(A, "44.73 percent", N, "abd_pct", 44.73, FINAL, cls="pct"),
     M(A, "56.44 percent", N, "ghani_pct", 56.44, PRELIM, cls="pct"),
     M(A, "July 7", D, "prelim", "2014-07-07"),
     M(A, "July 12", D, "deal", "2014-07-12"),
     M(A, "Aug. 2", D, "inaug_sched", "2014-08-02"),
     M(A, "April 5", D, "r1", "2014-04-05"),
     M(A, "about 45 percent", N, "r1_abdullah", 45, qual="approx", cls="pct"),
     M(A, "nearly 13 years", N, "karzai_years", 13, qual="nearly", cls="dur"),
     M(A, "Tuesday", D, "pact", "2014-09-30"),
     M(A, "about 9,800 American troops", N, "troops", 9800, qual="approx"),
    ]
    build("afghan-runoff-2014", "Afghanistan's presidential election of 2014 in stages: the first round (Saturday 5 "
          "April; Abdullah 44.9%, Ghani 31.5%), the run-off (Saturday 14 June; the election commission's polling-day "
          "estimate of more than 7 million voters), the preliminary results (Monday 7 July; Ghani 56.44% with "
          "4,485,888 votes, Abdullah 43.56% with 3,461,639, 8,109,493 ballots; the Abdullah campaign's expectation of "
          "about 7 million), the audit deal brokered by John Kerry (Saturday 12 July), the unity agreement and the "
          "naming of the winner (Sunday 21 September; Ghani 55.27%, Abdullah 44.73% after the audit) and the "
          "inauguration (Monday 29 September 2014)", False, ms, names)


def doha():
    R, K, T, A = "reuters-feb29", "kompas-mar01", "detik-mar02", "ap-mar03"
    names = {
     "months": "months to withdraw all troops", "troops_now": "US troops in Afghanistan at the signing",
     "troops_cut": "US troops after the first phase", "days": "days of the first phase",
     "pris_tal": "Taliban prisoners to be freed", "pris_gov": "prisoners held by the Taliban to be freed",
     "us_dead": "US service members killed in the war",
     # dates
     "signed": "day of the signing", "release": "deadline for the prisoner releases",
     "talks": "day the talks among Afghans were to begin", "un_sanctions": "deadline for the UN sanctions",
     "us_sanctions": "deadline for the US sanctions", "riv": "first day of the reduction in violence",
     "war": "start of the war",
    }
    ms = [
     M(R, "Saturday", D, "signed", "2020-02-29"),
     M(R, "14 months", N, "months", 14, cls="dur"),
     M(R, "about 13,000", N, "troops_now", 13000, qual="approx"),
     M(R, "8,600", N, "troops_cut", 8600),
     M(R, "135 days", N, "days", 135, cls="dur"),
     M(R, "Up to 5,000", N, "pris_tal", 5000, qual="nearly"),
     M(R, "up to 1,000", N, "pris_gov", 1000, qual="nearly"),
     M(R, "March 10", D, "release", "2020-03-10"),
     M(R, "May 29", D, "un_sanctions", "2020-05-29"),
     M(R, "Aug. 27", D, "us_sanctions", "2020-08-27"),
     M(R, "Feb. 22", D, "riv", "2020-02-22"),
     M(R, "October 2001", D, "war", "2001-10"),
     M(R, "more than 2,400", N, "us_dead", 2400, qual="morethan"),

     M(K, "Sabtu (29/2/2020)", D, "signed", "2020-02-29"),
     M(K, "14 bulan", N, "months", 14, cls="dur"),
     M(K, "sekitar 13.000", N, "troops_now", 13000, qual="approx"),
     M(K, "8.600 personel", N, "troops_cut", 8600),
     M(K, "135 hari", N, "days", 135, cls="dur"),
     M(K, "5.000 tahanan", N, "pris_tal", 5000),
     M(K, "1.000 tahanan", N, "pris_gov", 1000),
     M(K, "10 Maret 2020", D, "release", "2020-03-10"),
     M(K, "29 Mei 2020", D, "un_sanctions", "2020-05-29"),
     M(K, "27 Agustus 2020", D, "us_sanctions", "2020-08-27"),
     M(K, "Sabtu (22/2/2020)", D, "riv", "2020-02-22"),
     M(K, "Oktober 2001", D, "war", "2001-10"),
     M(K, "lebih dari 2.400 tentara", N, "us_dead", 2400, qual="morethan"),

     M(T, "Sabtu (29/2/2020)", D, "signed", "2020-02-29"),
     M(T, "14 bulan", N, "months", 14, cls="dur"),
     M(T, "135 hari", N, "days", 135, cls="dur"),
     M(T, "sekitar 13.000 tentara", N, "troops_now", 13000, qual="approx"),
     M(T, "8.600 tentara", N, "troops_cut", 8600),
     M(T, "hingga 5.000", N, "pris_tal", 5000, qual="nearly"),
     M(T, "hingga 1.000", N, "pris_gov", 1000, qual="nearly"),
     M(T, "10 Maret 2020", D, "release", "2020-03-10"),
     M(T, "29 Mei", D, "un_sanctions", "2020-05-29"),
     M(T, "27 Agustus", D, "us_sanctions", "2020-08-27"),
     M(T, "22 Februari", D, "riv", "2020-02-22"),
     M(T, "Lebih dari 2.400 tentara", N, "us_dead", 2400, qual="morethan"),
     M(T, "2001", D, "war", "2001"),

     M(A, "Feb. 29", D, "signed", "2020-02-29"),
     M(A, "14 months", N, "months", 14, cls="dur"),
     M(A, "about 13,000 troops", N, "troops_now", 13000, qual="approx"),
     M(A, "8,600", N, "troops_cut", 8600),
     M(A, "135 days", N, "days", 135, cls="dur"),
     M(A, "up to 5,000", N, "pris_tal", 5000, qual="nearly"),
     M(A, "up to 1,000", N, "pris_gov", 1000, qual="nearly"),
     M(A, "March 10", D, "release", "2020-03-10"),
     M(A, "May 29", D, "un_sanctions", "2020-05-29"),
     M(A, "Aug. 27", D, "us_sanctions", "2020-08-27"),
     M(A, "Feb. 22", D, "riv", "2020-02-22"),
     M(A, "October 2001", D, "war", "2001-10"),
     M(A, "more than 2,400", N, "us_dead", 2400, qual="morethan"),
     M(A, "5,000 prisoners", N, "pris_tal", 5000),
    ]
    build("doha-agreement-2020", "The agreement the United States and the Taliban signed in Doha on Saturday 29 "
          "February 2020 (control): all US and allied troops out within 14 months, US forces cut from about 13,000 to "
          "8,600 within 135 days, up to 5,000 Taliban prisoners and up to 1,000 held by the Taliban freed by 10 March, "
          "the day talks among Afghans were to begin, UN sanctions lifted by 29 May and US sanctions by 27 August, "
          "after a week-long reduction in violence from 22 February; the war since October 2001 and more than 2,400 "
          "US service members killed. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    hindukush()
    runoff()
    doha()
