"""The two-hundred-and-thirty-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset233/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def boumerdes():
    K, R, T, A = "kompas-may22", "reuters-may23", "detik-may24", "ap-jun21"
    # as-of times of the running tallies: Wednesday night 21 May 2003 (state television's first count), Thursday 22
    # May in the morning (the interior ministry's 538) and later in the day (1,092), Friday 23 May (the prime
    # minister's more than 1,600, APS's 7,207 injured), Monday 26 May (2,217 dead, 9,085 injured) and a month on
    # (2,266 dead, 10,261 injured). The dead and the injured do not fall.
    WED, THA, THB, FRI, MAY26, JUN = "2003-05-21", "2003-05-22a", "2003-05-22b", "2003-05-23", "2003-05-26", \
        "2003-06-21"
    # The magnitude: Algeria's seismological centre (CRAAG) 6.7 against the US Geological Survey's 6.8 (sources). The
    # deaths: the Algerian authorities' counts (state television, the interior ministry, the prime minister) against
    # the Red Cross and Red Crescent federation's estimate of about 2,000 (sources).
    GOV, IFRC, CRAAG, USGS = "the Algerian authorities", "the IFRC", "Algeria's seismological centre", \
        "the US Geological Survey"
    names = {
     "mag": "the quake's magnitude", "aftermag": "the strongest aftershock's magnitude",
     "dist": "distance of the epicentre from Algiers (km)", "dist_rouiba": "distance of Rouiba from Algiers (km)",
     "dead": "people killed", "injured": "people injured", "dead_rouiba": "dead in Rouiba",
     "dead_algiers": "dead in Algiers", "coll_algiers": "buildings collapsed in Algiers",
     "aftershocks": "aftershocks in the first night", "reghaia": "people feared dead in a block in Reghaia",
     "rescued": "people pulled alive from the rubble", "mourning": "days of national mourning",
     "dead1980": "dead in the 1980 El Asnam earthquake",
     # dates
     "quake": "day of the earthquake", "count_wed": "day of state television's first count",
     "count_thu": "day of the interior ministry's counts of 538 and 1,092", "count_fri": "day of the count of 1,600",
     "count_may26": "day of the count of 2,217", "q1980": "the El Asnam earthquake",
    }
    ms = [
     M(K, "bermagnitudo 6,7", N, "mag", 6.7, src=CRAAG, cls="mag"),
     M(K, "Rabu (21/5/2003)", D, "quake", "2003-05-21"),
     M(K, "magnitudo 6,8", N, "mag", 6.8, src=USGS, cls="mag"),
     M(K, "sekitar 70 km", N, "dist", 70, qual="approx", cls="km"),
     M(K, "Rabu malam", D, "count_wed", "2003-05-21"),
     M(K, "sedikitnya 250 orang", N, "dead", 250, WED, qual="atleast", src=GOV),
     M(K, "hampir 1.700 orang", N, "injured", 1700, WED, qual="nearly"),
     M(K, "Kamis (22/5/2003)", D, "count_thu", "2003-05-22"),
     M(K, "538 orang", N, "dead", 538, THA, src=GOV),
     M(K, "lebih dari 4.600 orang", N, "injured", 4600, THA, qual="morethan"),
     M(K, "sekitar 30 km", N, "dist_rouiba", 30, qual="approx", cls="km"),
     M(K, "sedikitnya 104 orang", N, "dead_rouiba", 104, THA, qual="atleast"),
     M(K, "sedikitnya 15 orang", N, "dead_algiers", 15, THA, qual="atleast"),

     M(R, "Wednesday", D, "quake", "2003-05-21"),
     M(R, "1,092", N, "dead", 1092, THB, src=GOV),
     M(R, "Thursday", D, "count_thu", "2003-05-22"),
     M(R, "6,782 people", N, "injured", 6782, THB),
     M(R, "538 dead", N, "dead", 538, THA, src=GOV),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "6.7", N, "mag", 6.7, src=CRAAG, cls="mag"),
     M(R, "6.8", N, "mag", 6.8, src=USGS, cls="mag"),
     M(R, "At least 57 buildings", N, "coll_algiers", 57, qual="atleast"),
     M(R, "some 70 km", N, "dist", 70, qual="approx", cls="km"),
     M(R, "45 miles", N, "dist", 70, qual="unit", cls="km"),
     M(R, "More than 200 aftershocks", N, "aftershocks", 200, THA, qual="morethan"),
     M(R, "5.7", N, "aftermag", 5.7, cls="mag"),
     M(R, "more than 350 people", N, "reghaia", 350, qual="morethan"),
     M(R, "Oct. 10, 1980", D, "q1980", "1980-10-10"),
     M(R, "more than 2,500 people", N, "dead1980", 2500, qual="morethan"),

     M(T, "Jumat (23/5/2003)", D, "count_fri", "2003-05-23"),
     M(T, "1.600 orang", N, "dead", 1600, FRI, qual="morethan", src=GOV),
     M(T, "7.207 orang", N, "injured", 7207, FRI),
     M(T, "sekitar 4.200 orang", N, "rescued", 4200, FRI, qual="approx"),
     M(T, "sekitar 2.000 orang", N, "dead", 2000, FRI, qual="approx", src=IFRC),
     M(T, "Kamis (22/5/2003)", D, "count_thu", "2003-05-22"),
     M(T, "1.092 orang", N, "dead", 1092, THB, src=GOV),
     M(T, "6.782 orang", N, "injured", 6782, THB),
     M(T, "bermagnitudo 6,7", N, "mag", 6.7, src=CRAAG, cls="mag"),
     M(T, "Selasa (20/5/2003)", D, "quake", "2003-05-20", planted=True),
     M(T, "tiga hari", N, "mourning", 3, cls="dur"),
     M(T, "1980", D, "q1980", "1980"),

     M(A, "2,266 dead", N, "dead", 2266, JUN, src=GOV),
     M(A, "10,261 injured", N, "injured", 10261, JUN),
     M(A, "magnitude 6.8", N, "mag", 6.8, src=USGS, cls="mag"),
     M(A, "May 21", D, "quake", "2003-05-21"),
     M(A, "1,029 dead", N, "dead", 1029, THB, src=GOV, planted=True),
     M(A, "2,217 dead", N, "dead", 2217, MAY26, src=GOV),
     M(A, "9,085 injured", N, "injured", 9085, MAY26),
     M(A, "Monday, May 26", D, "count_may26", "2003-05-26"),
     M(A, "about 2,000", N, "dead", 2000, FRI, qual="approx", src=IFRC),
     M(A, "about 70 kilometers", N, "dist", 70, qual="approx", cls="km"),
     M(A, "45 miles", N, "dist", 70, qual="unit", cls="km"),
     M(A, "at least 57 buildings", N, "coll_algiers", 57, qual="atleast"),
     M(A, "1980", D, "q1980", "1980"),
     M(A, "more than 2,500 people", N, "dead1980", 2500, qual="morethan"),
    ]
    build("boumerdes-quake-2003", "The Boumerdès earthquake, northern Algeria (Wednesday 21 May 2003, 19.44 local time; "
          "Algeria's seismological centre 6.7, the USGS 6.8; the epicentre near Thenia/Zemmouri, about 70 km east of "
          "Algiers): a toll rising from state television's at least 250 on Wednesday night to the interior ministry's "
          "538 and 1,092 on Thursday 22 May, more than 1,600 on Friday 23 May, 2,217 on Monday 26 May and 2,266 a month "
          "on; injured nearly 1,700 -> more than 4,600 -> 6,782 -> 7,207 -> 9,085 -> 10,261; the IFRC's estimate of "
          "about 2,000 dead; Rouiba, Algiers and Reghaia side by side; the El Asnam quake of 1980", False, ms, names)


def portsaid():
    K, R, T, A = "kompas-feb02", "reuters-feb09", "detik-jan27", "ap-mar10"
    # as-of times of the running tallies: the night of the riot (Wednesday 1 February 2012: the deputy health
    # minister's at least 73, the medics' about 1,000 injured), the official 74 given from the day after (2 February),
    # the health ministry's 71 of Wednesday 8 February (lower: a revision), and the 74 as reported a year on (the
    # first verdict's reports and the second verdict's). The riot after the first verdict: at least 30 dead on
    # Saturday 26 January 2013, more than 40 by the second verdict of Saturday 9 March 2013.
    FEB1, FEB2, FEB8, LATER, JAN26, MAR = "2012-02-01", "2012-02-02", "2012-02-08", "2013-01-27", "2013-01-26", \
        "2013-03-09"
    # The injured of the stadium riot: the medics' about 1,000 against the health ministry's official 318 (sources).
    MEDICS, MOH = "medics in Port Said", "the health ministry"
    names = {
     "dead": "people killed in the stadium riot", "injured": "people injured in the stadium riot",
     "mourning": "days of national mourning", "diff": "bodies that made up the difference",
     "flown": "bodies flown to Cairo", "ambulance": "bodies carried by ambulance",
     "sentenced": "defendants sentenced to death", "remaining": "defendants left to be sentenced",
     "officials": "security officials and police among the remaining defendants",
     "riot_dead": "people killed in the riots after the first verdict",
     "riot_police": "police killed on the day of the first verdict",
     "riot_injured": "people injured on the day of the first verdict", "anniv": "years since the revolution",
     "life": "defendants sentenced to life", "police_conv": "police officers convicted",
     "prison_years": "police officers' prison terms (years)", "acquitted": "defendants acquitted",
     "police_acq": "police officers acquitted", "week_dead": "people killed in the week before the second verdict",
     "week_police": "policemen killed in the week before the second verdict",
     # dates
     "match": "day of the stadium riot", "parl": "day of parliament's emergency session",
     "stmt": "day the health ministry gave 71", "verdict1": "day of the first verdict",
     "riot_day": "day the first riot toll stood at 30", "verdict2": "day of the second verdict",
    }
    ms = [
     M(K, "Sedikitnya 73 orang", N, "dead", 73, FEB1, qual="atleast"),
     M(K, "Rabu (1/2/2012)", D, "match", "2012-02-01"),
     M(K, "sekitar 1.000 orang", N, "injured", 1000, FEB1, qual="approx", src=MEDICS),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "Kamis (2/2/2012)", D, "parl", "2012-02-02"),

     M(R, "Wednesday", D, "stmt", "2012-02-08"),
     M(R, "71 people", N, "dead", 71, FEB8),
     M(R, "74", N, "dead", 74, FEB2),
     M(R, "three bodies", N, "diff", 3),
     M(R, "51", N, "flown", 51),
     M(R, "19", N, "ambulance", 19),
     M(R, "318 people", N, "injured", 318, FEB8, src=MOH),
     M(R, "roughly 1,000", N, "injured", 1000, FEB1, qual="approx", src=MEDICS),
     M(R, "Feb. 2", D, "match", "2012-02-02", planted=True),

     M(T, "21 terdakwa", N, "sentenced", 21),
     M(T, "Sabtu (26/1/2013)", D, "verdict1", "2013-01-26"),
     M(T, "1 Februari 2012", D, "match", "2012-02-01"),
     M(T, "74 orang", N, "dead", 74, LATER),
     M(T, "52 terdakwa", N, "remaining", 52),
     M(T, "sembilan pejabat", N, "officials", 9),
     M(T, "Sabtu (9/3/2013)", D, "verdict2", "2013-03-09"),
     M(T, "Sabtu malam", D, "riot_day", "2013-01-26"),
     M(T, "sedikitnya 30 orang", N, "riot_dead", 30, JAN26, qual="atleast"),
     M(T, "dua polisi", N, "riot_police", 2),
     M(T, "lebih dari 300 orang", N, "riot_injured", 300, JAN26, qual="morethan"),
     M(T, "dua tahun", N, "anniv", 2, cls="dur"),

     M(A, "Saturday", D, "verdict2", "2013-03-09"),
     M(A, "12 Al-Masry fans", N, "sentenced", 12, planted=True),
     M(A, "Jan. 26", D, "verdict1", "2013-01-26"),
     M(A, "52 remaining defendants", N, "remaining", 52),
     M(A, "five", N, "life", 5),
     M(A, "two police officers", N, "police_conv", 2),
     M(A, "15 years", N, "prison_years", 15, cls="dur"),
     M(A, "28 of the defendants", N, "acquitted", 28),
     M(A, "seven police officers", N, "police_acq", 7),
     M(A, "Feb. 1, 2012", D, "match", "2012-02-01"),
     M(A, "74 people", N, "dead", 74, LATER),
     M(A, "January", D, "verdict1", "2013-01"),
     M(A, "more than 40 people", N, "riot_dead", 40, MAR, qual="morethan"),
     M(A, "At least eight people", N, "week_dead", 8, qual="atleast"),
     M(A, "three of them", N, "week_police", 3),
    ]
    build("portsaid-stadium-2012", "The Port Said stadium riot after Al-Masry v Al-Ahly (Wednesday 1 February 2012) and "
          "its trial in two stages: at least 73 dead on the night by the deputy health minister, 74 given from the day "
          "after, the health ministry's 71 of Wednesday 8 February (lower), 74 as cited a year on; injured about 1,000 "
          "by medics against the ministry's 318; 21 sentenced to death on Saturday 26 January 2013 (at least 30 killed "
          "in the riot at the prison that day, more than 40 in the days after) and the sentences confirmed on Saturday "
          "9 March 2013 with the 52 other defendants sentenced (five for life, two police officers 15 years, 28 "
          "acquitted)", False, ms, names)


def egypt_imf():
    R, K, B, A = "reuters-nov11", "kompas-nov12", "bisnis-nov13", "ap-nov14"
    names = {
     "loan": "the loan (US$ billion)", "upfront": "the immediate disbursement (US$ billion)",
     "bilateral": "bilateral financing lined up (US$ billion)", "sdr": "the loan (SDR billion)",
     "upfront_sdr": "the immediate disbursement (SDR billion)", "quota": "the loan as a share of Egypt's quota",
     "years": "the programme's length (years)", "reviews": "reviews of the programme",
     "days": "days between the float and the approval", "bp": "the rate rise (basis points)",
     "deposit": "the overnight deposit rate", "lending": "the overnight lending rate", "vat": "value-added tax",
     "guide": "the pound's guide rate (per dollar)", "old": "the pound's official rate before the float",
     # dates
     "approved": "day the board approved the loan", "float": "day of the float",
     "sla": "day of the staff-level agreement", "peg": "month from which the old rate held",
    }
    ms = [
     M(R, "Friday", D, "approved", "2016-11-11"),
     M(R, "three-year", N, "years", 3, cls="dur"),
     M(R, "$12 billion", N, "loan", 12, cls="usd"),
     M(R, "about $2.75 billion", N, "upfront", 2.75, qual="approx", cls="usd"),
     M(R, "SDR 8.597 billion", N, "sdr", 8.597, cls="sdr"),
     M(R, "422 percent", N, "quota", 422, cls="pct"),
     M(R, "five reviews", N, "reviews", 5),
     M(R, "eight days", N, "days", 8, cls="dur"),
     M(R, "Nov. 3", D, "float", "2016-11-03"),
     M(R, "300 basis points", N, "bp", 300, cls="bp"),
     M(R, "14.75 percent", N, "deposit", 14.75, cls="pct"),
     M(R, "15.75 percent", N, "lending", 15.75, cls="pct"),
     M(R, "13 pounds", N, "guide", 13, cls="fx"),
     M(R, "8.88", N, "old", 8.88, cls="fx"),
     M(R, "March", D, "peg", "2016-03"),
     M(R, "Aug. 11", D, "sla", "2016-08-11"),
     M(R, "about $6 billion", N, "bilateral", 6, qual="approx", cls="usd"),
     M(R, "13 percent", N, "vat", 13, cls="pct"),

     M(K, "12 miliar dollar AS", N, "loan", 12, cls="usd"),
     M(K, "Jumat (11/11/2016)", D, "approved", "2016-11-11"),
     M(K, "tiga tahun", N, "years", 3, cls="dur"),
     M(K, "sekitar 2,75 miliar dollar AS", N, "upfront", 2.75, qual="approx", cls="usd"),
     M(K, "8,597 miliar SDR", N, "sdr", 8.597, cls="sdr"),
     M(K, "422 persen", N, "quota", 422, cls="pct"),
     M(K, "lima kali", N, "reviews", 5),
     M(K, "delapan hari", N, "days", 8, cls="dur"),
     M(K, "Kamis (3/11/2016)", D, "float", "2016-11-03"),
     M(K, "300 basis poin", N, "bp", 300, cls="bp"),
     M(K, "14,75 persen", N, "deposit", 14.75, cls="pct"),
     M(K, "15,75 persen", N, "lending", 15.75, cls="pct"),
     M(K, "13 pound", N, "guide", 13, cls="fx"),
     M(K, "8,88 pound", N, "old", 8.88, cls="fx"),
     M(K, "11 Agustus 2016", D, "sla", "2016-08-11"),
     M(K, "sekitar 6 miliar dollar AS", N, "bilateral", 6, qual="approx", cls="usd"),

     M(B, "US$12 miliar", N, "loan", 12, cls="usd"),
     M(B, "tiga tahun", N, "years", 3, cls="dur"),
     M(B, "Jumat (11/11/2016)", D, "approved", "2016-11-11"),
     M(B, "US$2,75 miliar", N, "upfront", 2.75, qual="approx", cls="usd"),
     M(B, "1,97 miliar SDR", N, "upfront_sdr", 1.97, cls="sdr"),
     M(B, "8,597 miliar SDR", N, "sdr", 8.597, cls="sdr"),
     M(B, "lima kali", N, "reviews", 5),
     M(B, "Kamis (3/11/2016)", D, "float", "2016-11-03"),
     M(B, "300 basis poin", N, "bp", 300, cls="bp"),
     M(B, "14,75 persen", N, "deposit", 14.75, cls="pct"),
     M(B, "15,75 persen", N, "lending", 15.75, cls="pct"),
     M(B, "8,88", N, "old", 8.88, cls="fx"),
     M(B, "13", N, "guide", 13, cls="fx"),
     M(B, "13 persen", N, "vat", 13, cls="pct"),
     M(B, "11 Agustus 2016", D, "sla", "2016-08-11"),
     M(B, "US$6 miliar", N, "bilateral", 6, qual="approx", cls="usd"),

     M(A, "$2.75 billion", N, "upfront", 2.75, cls="usd"),
     M(A, "three-year", N, "years", 3, cls="dur"),
     M(A, "$12 billion", N, "loan", 12, cls="usd"),
     M(A, "Friday, Nov. 11", D, "approved", "2016-11-11"),
     M(A, "SDR 8.597 billion", N, "sdr", 8.597, cls="sdr"),
     M(A, "five reviews", N, "reviews", 5),
     M(A, "Nov. 3", D, "float", "2016-11-03"),
     M(A, "300 basis points", N, "bp", 300, cls="bp"),
     M(A, "14.75 percent", N, "deposit", 14.75, cls="pct"),
     M(A, "15.75 percent", N, "lending", 15.75, cls="pct"),
     M(A, "8.88", N, "old", 8.88, cls="fx"),
     M(A, "13", N, "guide", 13, cls="fx"),
     M(A, "13 percent", N, "vat", 13, cls="pct"),
     M(A, "about $6 billion", N, "bilateral", 6, qual="approx", cls="usd"),
     M(A, "Aug. 11", D, "sla", "2016-08-11"),
    ]
    build("egypt-imf-2016", "The IMF board's approval of a three-year, US$12 billion (SDR 8.597 billion, 422% of "
          "quota) extended arrangement for Egypt (control) on Friday 11 November 2016: about US$2.75 billion (SDR 1.97 "
          "billion) at once, the rest after five reviews; the float of Thursday 3 November (rates up 300 basis points "
          "to 14.75% and 15.75%, a guide rate of 13 pounds per dollar against the old 8.88), the staff-level agreement "
          "of 11 August 2016, about US$6 billion of bilateral financing, a 13% value-added tax. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    boumerdes()
    portsaid()
    egypt_imf()
