"""The ninety-ninth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset99/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mudslide():
    R, K, AP, DT, T = "reuters-aug14", "kompas-aug16", "ap-aug18", "detik-aug21", "tempo-sep09"
    # the running tallies of the dead: Monday 14 August in the afternoon (the mortuary) and late at night (the Red
    # Cross), Tuesday 15 August (the government's count at the mortuary, the chief coroner's and the Red Cross's
    # missing), Friday 18 August (the pathologist's count and the Red Cross's missing), Sunday 20 August (the chief
    # coroner's count); each body's figures are its own (sources between them)
    MON, MONN, TUE, FRI, SAT, SUN = ("2017-08-14T15", "2017-08-14T22", "2017-08-15", "2017-08-18", "2017-08-19",
                                     "2017-08-20")
    MORGUE, GOV, CORONER = "the Connaught Hospital mortuary", "the government", "the chief coroner"
    RC, SAVE, WB = "the Red Cross", "Save the Children", "the World Bank's assessment"
    names = {
     "dead": "people dead", "children_dead": "children among the dead", "women_dead": "women among the dead",
     "men_dead": "men among the dead", "coroner_expect": "bodies the coroner expected",
     "missing": "people missing", "homeless": "people left homeless", "kaningo_bodies": "bodies pulled out in Kaningo",
     "ambulances": "the mortuary's ambulances", "ebola_dead": "people killed by Ebola in the country",
     "rain_days": "days of rain before the slide", "mourning_days": "days of national mourning",
     "silence": "minutes of silence", "days_after": "days since the slide (Friday)",
     "found_sunday": "bodies found on Sunday", "buried": "bodies buried at Waterloo",
     "dead_or_missing": "people dead or missing (the World Bank's assessment)",
     "regent": "dead or missing in Regent", "kamayama": "dead or missing in Kamayama",
     "kaningo": "dead or missing in Kaningo", "juba": "dead or missing in Juba", "dwazark": "dead or missing in Dwazark",
     "culvert": "dead or missing in Culvert", "econ": "economic effects (US$ million)",
     "housing": "housing's share (US$ million)", "social": "social protection's share (US$ million)",
     "health": "health's share (US$ million)", "buildings": "buildings destroyed", "affected": "people affected",
     "weeks_since": "weeks since the slide",
     # dates
     "slide_day": "day of the mudslide", "count180_day": "day of the mortuary's count of 180",
     "count205_day": "day of the Red Cross's count of 205", "count297_day": "day of the government's count of 297",
     "mourning_start": "first day of the mourning", "mourning_end": "last day of the mourning",
     "silence_day": "day of the minute of silence", "burial_start": "day the burials of the unidentified began",
     "count450_day": "day of the pathologist's count of 450", "experts_day": "day the Spanish experts were due",
     "count499_day": "day of the coroner's count of 499", "found38_day": "day 38 bodies were found",
     "rc_missing_day": "day of the Red Cross's count of 600 missing", "wb_day": "day the assessment was presented",
     "assess_start": "day the assessment began",
    }
    ms = [
     M(R, "At least 180 bodies", N, "dead", 180, MON, qual="atleast", src=MORGUE),
     M(R, "Monday", D, "count180_day", "2017-08-14"),
     M(R, "Monday", D, "slide_day", "2017-08-14", occ=2),
     M(R, "three days", N, "rain_days", 3, cls="dur"),
     M(R, "205", N, "dead", 205, MONN, src=RC),
     M(R, "Monday", D, "count205_day", "2017-08-14", occ=3),
     M(R, "more than 50 bodies", N, "kaningo_bodies", 50, MON, qual="morethan"),
     M(R, "four ambulances", N, "ambulances", 4),
     M(R, "about 4,000 people", N, "ebola_dead", 4000, qual="approx"),

     M(K, "297 orang", N, "dead", 297, TUE, src=GOV),
     M(K, "Senin (14/8/2017)", D, "slide_day", "2017-08-14"),
     M(K, "Selasa (15/8/2017)", D, "count297_day", "2017-08-15"),
     M(K, "109 anak", N, "children_dead", 109, TUE, src=GOV),
     M(K, "83 perempuan", N, "women_dead", 83, TUE, src=GOV),
     M(K, "105 laki-laki", N, "men_dead", 105, TUE, src=GOV),
     M(K, "hampir 400 jenazah", N, "dead", 400, TUE, qual="nearly", src=CORONER),
     M(K, "500", N, "coroner_expect", 500, qual="morethan"),
     M(K, "sekitar 600 orang", N, "missing", 600, TUE, qual="approx", src=RC, fall=True),
     M(K, "sedikitnya 3.000 orang", N, "homeless", 3000, TUE, qual="atleast", src=RC),
     M(K, "tujuh hari", N, "mourning_days", 7, cls="dur"),
     M(K, "Rabu (16/8/2017)", D, "mourning_start", "2017-08-16"),
     M(K, "Selasa (22/8/2017)", D, "mourning_end", "2017-08-22"),
     M(K, "satu menit", N, "silence", 1, cls="dur"),
     M(K, "Rabu", D, "silence_day", "2017-08-16", occ=2),
     M(K, "Kamis (17/8/2017)", D, "burial_start", "2017-08-17"),

     M(AP, "Up to 450 bodies", N, "dead", 450, FRI, qual="nearly", src=MORGUE),
     M(AP, "Monday", D, "slide_day", "2017-08-14"),
     M(AP, "Friday", D, "count450_day", "2017-08-18"),
     M(AP, "at least 600 people", N, "missing", 600, FRI, qual="atleast", src=RC, fall=True),
     M(AP, "four days", N, "days_after", 4, cls="dur"),
     M(AP, "Tuesday", D, "count297_day", "2017-08-15"),
     M(AP, "297", N, "dead", 297, TUE, src=GOV),
     M(AP, "109", N, "children_dead", 109, TUE, src=GOV),
     M(AP, "Friday", D, "experts_day", "2017-08-18", occ=2),
     M(AP, "at least 3,000 people", N, "homeless", 3000, TUE, qual="atleast", src=RC),
     M(AP, "Aug. 22", D, "mourning_end", "2017-08-22"),

     M(DT, "499 orang", N, "dead", 499, SUN, src=CORONER),
     M(DT, "Minggu (20/8/2017)", D, "count499_day", "2017-08-20"),
     M(DT, "38 jenazah", N, "found_sunday", 38),
     M(DT, "Minggu", D, "found38_day", "2017-08-20", occ=2),
     M(DT, "461 jenazah", N, "buried", 461),
     M(DT, "Jumat", D, "rc_missing_day", "2017-08-18"),
     M(DT, "lebih dari 600 orang", N, "missing", 600, FRI, qual="morethan", src=RC, fall=True),
     M(DT, "sedikitnya 122 anak", N, "children_dead", 122, SAT, qual="atleast", src=SAVE),
     M(DT, "Selasa (15/8/2017)", D, "count297_day", "2017-08-15"),
     M(DT, "279 orang", N, "dead", 279, TUE, src=GOV, planted=True),
     M(DT, "Senin (14/8/2017)", D, "slide_day", "2017-08-14"),
     M(DT, "tiga hari", N, "rain_days", 3, cls="dur"),
     M(DT, "Selasa (22/8/2017)", D, "mourning_end", "2017-08-22"),

     M(T, "1.141 orang", N, "dead_or_missing", 1141, src=WB),
     M(T, "14 Agustus", D, "slide_day", "2017-08-14"),
     M(T, "Jumat (8/9/2017)", D, "wb_day", "2017-09-08"),
     M(T, "808 orang", N, "regent", 808, src=WB),
     M(T, "264 orang", N, "kamayama", 264, src=WB),
     M(T, "33 orang", N, "kaningo", 33, src=WB),
     M(T, "21 orang", N, "juba", 21, src=WB),
     M(T, "10 orang", N, "dwazark", 10, src=WB),
     M(T, "5 orang", N, "culvert", 5, src=WB),
     M(T, "sekitar US$ 31,65 juta", N, "econ", 31.65, qual="approx", cls="usd"),
     M(T, "US$ 15,4 juta", N, "housing", 15.4, cls="usd"),
     M(T, "US$ 4,85 juta", N, "social", 4.85, cls="usd"),
     M(T, "US$ 4,7 juta", N, "health", 4.7, cls="usd"),
     M(T, "349 bangunan", N, "buildings", 349),
     M(T, "sekitar 6.000 orang", N, "affected", 6000, qual="approx"),
     M(T, "24 Agustus", D, "assess_start", "2017-08-24"),
     M(T, "20 Agustus", D, "count499_day", "2017-08-20"),
     M(T, "499 jenazah", N, "dead", 499, SUN, src=CORONER),
     M(T, "lebih dari 600 orang", N, "missing", 600, FRI, qual="morethan", src=RC, fall=True),
     M(T, "Hampir empat pekan", N, "weeks_since", 4, qual="nearly", cls="dur"),
    ]
    build("sierra-leone-mudslide-2017", "The mudslide and floods at Regent on the edge of Freetown, Sierra Leone (Monday "
          "14 August 2017): the dead counted by several bodies, the Connaught Hospital mortuary's at least 180 on Monday "
          "afternoon and up to 450 on Friday 18 August, the Red Cross's 205 late on Monday, the government's 297 on "
          "Tuesday 15 August (109 children, 83 women, 105 men), the chief coroner's nearly 400 on Tuesday and 499 on "
          "Sunday 20 August; the Red Cross's 600 missing and at least 3,000 homeless; seven days of mourning from "
          "16 to 22 August; the World Bank's assessment presented on Friday 8 September: 1,141 dead or missing, about "
          "US$31.65 million of economic effects, 349 buildings destroyed", False, ms, names)


def gambia():
    R, K, A, T, AP = "reuters-dec02", "kompas-dec06", "antara-dec10", "tempo-jan19", "ap-jan20"
    # the commission's results as declared on Friday 2 December and as corrected on Monday 5 December (a
    # tabulation error in one region lowered every candidate's votes): the corrected figures are a revision when
    # lower, an update when higher
    FIRST, CORR = "2016-12-02", "2016-12-05"
    IEC = "the Independent Electoral Commission"
    names = {
     "barrow_votes": "votes for Barrow", "jammeh_votes": "votes for Jammeh", "kandeh_votes": "votes for Kandeh",
     "barrow_share": "Barrow's share", "jammeh_share": "Jammeh's share", "kandeh_share": "Kandeh's share",
     "turnout": "turnout", "total_votes": "valid votes", "margin": "Barrow's margin",
     "barrow_loss": "votes Barrow lost in the correction", "jammeh_loss": "votes Jammeh lost in the correction",
     "kandeh_loss": "votes Kandeh lost in the correction", "years_in_power": "years of Jammeh's rule",
     "age": "Barrow's age", "coalition": "parties in the opposition coalition", "transition": "years of the transition",
     "contest_days": "days to contest the result", "week_after": "weeks from the concession to the rejection",
     "extension": "months of the extension", "emergency": "days of the state of emergency",
     "room": "people at the swearing-in", "unsc_ayes": "Security Council votes for the resolution",
     "unsc_noes": "Security Council votes against the resolution",
     # dates
     "election": "day of the election", "declaration": "day the first results were declared",
     "correction": "day the results were corrected", "coup": "year of the coup", "deadline": "last day to contest",
     "rejection": "day Jammeh rejected the result", "extension_vote": "day of the assembly's vote",
     "emergency_day": "day the state of emergency was declared", "inauguration": "day Barrow was sworn in",
    }
    ms = [
     M(R, "Friday", D, "declaration", "2016-12-02"),
     M(R, "22 years", N, "years_in_power", 22, cls="dur"),
     M(R, "263,515 votes", N, "barrow_votes", 263515, FIRST, src=IEC),
     M(R, "45.54%", N, "barrow_share", 45.54, FIRST, cls="pct", src=IEC),
     M(R, "212,099 votes", N, "jammeh_votes", 212099, FIRST, src=IEC),
     M(R, "36.66%", N, "jammeh_share", 36.66, FIRST, cls="pct", src=IEC),
     M(R, "102,969 votes", N, "kandeh_votes", 102969, FIRST, src=IEC),
     M(R, "17.80%", N, "kandeh_share", 17.8, FIRST, cls="pct", src=IEC),
     M(R, "Thursday", D, "election", "2016-12-01"),
     M(R, "around 65%", N, "turnout", 65, FIRST, qual="approx", cls="pct", src=IEC),
     M(R, "1994", D, "coup", "1994"),
     M(R, "51", N, "age", 51, cls="age"),
     M(R, "seven opposition parties", N, "coalition", 7),
     M(R, "three years", N, "transition", 3, cls="dur"),

     M(K, "Senin (5/12/2016)", D, "correction", "2016-12-05"),
     M(K, "227.708 suara", N, "barrow_votes", 227708, CORR, src=IEC),
     M(K, "43,29 persen", N, "barrow_share", 43.29, CORR, cls="pct", src=IEC),
     M(K, "525.963 suara sah", N, "total_votes", 525963, CORR, src=IEC),
     M(K, "208.487 suara", N, "jammeh_votes", 208487, CORR, src=IEC),
     M(K, "39,64 persen", N, "jammeh_share", 39.64, CORR, cls="pct", src=IEC),
     M(K, "89.768 suara", N, "kandeh_votes", 89768, CORR, src=IEC),
     M(K, "17,07 persen", N, "kandeh_share", 17.07, CORR, cls="pct", src=IEC),
     M(K, "19.221 suara", N, "margin", 19221, CORR, src=IEC),
     M(K, "Jumat (2/12/2016)", D, "declaration", "2016-12-02"),
     M(K, "35.807 suara", N, "barrow_loss", 35807),
     M(K, "3.612 suara", N, "jammeh_loss", 3612),
     M(K, "13.201 suara", N, "kandeh_loss", 13201),
     M(K, "59 persen", N, "turnout", 59, CORR, cls="pct", src=IEC),
     M(K, "12 Desember", D, "deadline", "2016-12-12"),
     M(K, "sepuluh hari", N, "contest_days", 10, cls="dur"),
     M(K, "Kamis (1/12/2016)", D, "election", "2016-12-01"),

     M(A, "Jumat (9/12/2016)", D, "rejection", "2016-12-09"),
     M(A, "sepekan", N, "week_after", 1, cls="dur"),
     M(A, "45,54 persen", N, "barrow_share", 45.54, FIRST, cls="pct", src=IEC),
     M(A, "43,29 persen", N, "barrow_share", 43.29, CORR, cls="pct", src=IEC),
     M(A, "39,46 persen", N, "jammeh_share", 39.46, CORR, cls="pct", src=IEC, planted=True),
     M(A, "19.221 suara", N, "margin", 19221, CORR, src=IEC),
     M(A, "tujuh partai", N, "coalition", 7),
     M(A, "22 tahun", N, "years_in_power", 22, cls="dur"),
     M(A, "1994", D, "coup", "1994"),
     M(A, "Kamis (1/12/2016)", D, "election", "2016-12-01"),
     M(A, "12 Desember", D, "deadline", "2016-12-12"),

     M(T, "Rabu (18/1/2017)", D, "extension_vote", "2017-01-18"),
     M(T, "tiga bulan", N, "extension", 3, cls="dur"),
     M(T, "90 hari", N, "emergency", 90, cls="dur"),
     M(T, "Selasa (17/1/2017)", D, "emergency_day", "2017-01-17"),
     M(T, "Kamis", D, "inauguration", "2017-01-19"),
     M(T, "1 Desember 2016", D, "election", "2016-12-01"),
     M(T, "43,29 persen", N, "barrow_share", 43.29, CORR, cls="pct", src=IEC),
     M(T, "19.221 suara", N, "margin", 19221, CORR, src=IEC),
     M(T, "9 Desember", D, "rejection", "2016-12-09"),
     M(T, "1994", D, "coup", "1994"),

     M(AP, "Thursday", D, "inauguration", "2017-01-19"),
     M(AP, "about 40 people", N, "room", 40, qual="approx"),
     M(AP, "15-0", N, "unsc_ayes", 15, also=(("unsc_noes", 0),)),
     M(AP, "51", N, "age", 51, cls="age"),
     M(AP, "Dec. 1", D, "election", "2016-12-01"),
     M(AP, "43.29%", N, "barrow_share", 43.29, CORR, cls="pct", src=IEC),
     M(AP, "39.64%", N, "jammeh_share", 39.64, CORR, cls="pct", src=IEC),
     M(AP, "Dec. 2", D, "declaration", "2016-12-02"),
     M(AP, "45.54%", N, "barrow_share", 45.54, FIRST, cls="pct", src=IEC),
     M(AP, "Dec. 8", D, "rejection", "2016-12-08", planted=True),
     M(AP, "Tuesday", D, "emergency_day", "2017-01-17"),
     M(AP, "90-day", N, "emergency", 90, cls="dur"),
     M(AP, "Wednesday", D, "extension_vote", "2017-01-18"),
     M(AP, "three months", N, "extension", 3, cls="dur"),
     M(AP, "22 years", N, "years_in_power", 22, cls="dur"),
    ]
    build("gambia-election-2016", "The Gambia's presidential election of Thursday 1 December 2016: the commission's "
          "results of Friday 2 December (Barrow 263,515 votes, 45.54%; Jammeh 212,099, 36.66%; Kandeh 102,969, "
          "17.80%; turnout around 65%) corrected on Monday 5 December (Barrow 227,708, 43.29%; Jammeh 208,487, "
          "39.64%; Kandeh 89,768, 17.07%; 525,963 votes, a margin of 19,221, turnout 59%); Jammeh's rejection on "
          "Friday 9 December; his 90-day state of emergency on Tuesday 17 January 2017 and the National Assembly's "
          "three-month extension of his term on Wednesday 18 January; Barrow sworn in at the embassy in Dakar and the "
          "Security Council's 15-0 vote on Thursday 19 January 2017", False, ms, names)


def bceao():
    R, K, E, C = "reuters-jun04", "kontan-jun05", "ecofin-jun06", "cnbc-jun07"
    names = {
     "cut": "size of the cut", "rate": "the new main rate", "rate_prev": "the main rate before",
     "marg": "the new marginal lending rate", "marg_prev": "the marginal lending rate before",
     "reserve": "the reserve requirement", "infl_q1": "inflation in the first quarter of 2025",
     "infl_q4": "inflation in the fourth quarter of 2024", "ceiling": "the ceiling of the inflation target",
     "infl_2025": "inflation forecast for 2025", "infl_2024": "inflation in 2024",
     "gdp_q1": "growth in the first quarter of 2025", "gdp_q4": "growth in the fourth quarter of 2024",
     "growth_2025": "growth forecast for 2025", "growth_2024": "growth in 2024", "members": "member countries",
     # dates
     "decision": "day of the decision", "effective": "day the new rates apply", "since": "month of the last change",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "3.25%", N, "rate", 3.25, cls="pct"),
     M(R, "Wednesday", D, "decision", "2025-06-04"),
     M(R, "December 2023", D, "since", "2023-12"),
     M(R, "5.25%", N, "marg", 5.25, cls="pct"),
     M(R, "5.50%", N, "marg_prev", 5.5, cls="pct"),
     M(R, "June 16, 2025", D, "effective", "2025-06-16"),
     M(R, "3.0%", N, "reserve", 3.0, cls="pct"),
     M(R, "eight-nation", N, "members", 8),
     M(R, "2.3%", N, "infl_q1", 2.3, cls="pct"),
     M(R, "2.9%", N, "infl_q4", 2.9, cls="pct"),
     M(R, "3%", N, "ceiling", 3, cls="pct"),
     M(R, "2.2%", N, "infl_2025", 2.2, cls="pct"),
     M(R, "3.5%", N, "infl_2024", 3.5, cls="pct"),
     M(R, "7.1%", N, "gdp_q1", 7.1, cls="pct"),
     M(R, "7.2%", N, "gdp_q4", 7.2, cls="pct"),
     M(R, "6.4%", N, "growth_2025", 6.4, cls="pct"),
     M(R, "6.3%", N, "growth_2024", 6.3, cls="pct"),
     M(R, "3.50%", N, "rate_prev", 3.5, cls="pct"),
     M(R, "December 2023", D, "since", "2023-12", occ=2),

     M(K, "25 basis poin", N, "cut", 25, cls="bp"),
     M(K, "3,50 persen", N, "rate_prev", 3.5, cls="pct"),
     M(K, "3,25 persen", N, "rate", 3.25, cls="pct"),
     M(K, "Rabu (4/6/2025)", D, "decision", "2025-06-04"),
     M(K, "5,50 persen", N, "marg_prev", 5.5, cls="pct"),
     M(K, "5,25 persen", N, "marg", 5.25, cls="pct"),
     M(K, "16 Juni 2025", D, "effective", "2025-06-16"),
     M(K, "3,0 persen", N, "reserve", 3.0, cls="pct"),
     M(K, "2,3 persen", N, "infl_q1", 2.3, cls="pct"),
     M(K, "2,9 persen", N, "infl_q4", 2.9, cls="pct"),
     M(K, "2,2 persen", N, "infl_2025", 2.2, cls="pct"),
     M(K, "3,5 persen", N, "infl_2024", 3.5, cls="pct"),
     M(K, "delapan negara", N, "members", 8),
     M(K, "7,1 persen", N, "gdp_q1", 7.1, cls="pct"),
     M(K, "6,4 persen", N, "growth_2025", 6.4, cls="pct"),
     M(K, "6,3 persen", N, "growth_2024", 6.3, cls="pct"),
     M(K, "3,50 persen", N, "rate_prev", 3.5, cls="pct", occ=2),
     M(K, "Desember 2023", D, "since", "2023-12"),

     M(E, "a quarter of a percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(E, "3.25%", N, "rate", 3.25, cls="pct"),
     M(E, "5.25%", N, "marg", 5.25, cls="pct"),
     M(E, "Wednesday, June 4", D, "decision", "2025-06-04"),
     M(E, "June 16", D, "effective", "2025-06-16"),
     M(E, "3.50%", N, "rate_prev", 3.5, cls="pct"),
     M(E, "5.50%", N, "marg_prev", 5.5, cls="pct"),
     M(E, "December 2023", D, "since", "2023-12"),
     M(E, "3.0%", N, "reserve", 3.0, cls="pct"),
     M(E, "2.3%", N, "infl_q1", 2.3, cls="pct"),
     M(E, "2.9%", N, "infl_q4", 2.9, cls="pct"),
     M(E, "2.2%", N, "infl_2025", 2.2, cls="pct"),
     M(E, "3.5%", N, "infl_2024", 3.5, cls="pct"),
     M(E, "7.1%", N, "gdp_q1", 7.1, cls="pct"),
     M(E, "7.2%", N, "gdp_q4", 7.2, cls="pct"),
     M(E, "6.4%", N, "growth_2025", 6.4, cls="pct"),
     M(E, "6.3%", N, "growth_2024", 6.3, cls="pct"),
     M(E, "eight countries", N, "members", 8),

     M(C, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(C, "3,25%", N, "rate", 3.25, cls="pct"),
     M(C, "Rabu (4/6/2025)", D, "decision", "2025-06-04"),
     M(C, "25 bps", N, "cut", 25, cls="bp"),
     M(C, "5,25%", N, "marg", 5.25, cls="pct"),
     M(C, "5,50%", N, "marg_prev", 5.5, cls="pct"),
     M(C, "16 Juni 2025", D, "effective", "2025-06-16"),
     M(C, "2,3%", N, "infl_q1", 2.3, cls="pct"),
     M(C, "2,9%", N, "infl_q4", 2.9, cls="pct"),
     M(C, "3%", N, "ceiling", 3, cls="pct"),
     M(C, "2,2%", N, "infl_2025", 2.2, cls="pct"),
     M(C, "3,5%", N, "infl_2024", 3.5, cls="pct"),
     M(C, "7,1%", N, "gdp_q1", 7.1, cls="pct"),
     M(C, "6,4%", N, "growth_2025", 6.4, cls="pct"),
     M(C, "3,0%", N, "reserve", 3.0, cls="pct"),
     M(C, "delapan negara", N, "members", 8),
    ]
    build("bceao-rate-2025", "The Central Bank of West African States' rate decision (control) of Wednesday 4 June "
          "2025: both key rates cut 25 basis points from 16 June 2025, the main rate from 3.50% to 3.25% and the "
          "marginal lending rate from 5.50% to 5.25%, in force since December 2023; the reserve requirement kept at "
          "3.0%; inflation of 2.3% in the first quarter of 2025 after 2.9%, below the 3% ceiling, forecast at 2.2% "
          "for 2025 after 3.5% in 2024; growth of 7.1% in the first quarter after 7.2%, forecast at 6.4% for 2025 "
          "after 6.3% in 2024; eight member countries. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mudslide()
    gambia()
    bceao()
