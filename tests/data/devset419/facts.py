"""The four-hundred-and-nineteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset419/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def tsunami():
    R, K, A, J = "reuters-apr02", "kompas-apr04", "antara-apr11", "rnz-may02"
    # as-of times of the running tallies: Monday 2 April 2007 at 19:00 (at least 13 dead), Tuesday 3 April (20),
    # Wednesday 4 April at 10:00 (28 by the disaster office against 34 by the Red Cross: sources; at least 15
    # missing; more than 5,000 homeless), Thursday 5 April (34 dead), Tuesday 10 April (54 dead, 9 missing, more than
    # 6,000 homeless), and the count standing on Wednesday 2 May (52, after a double listing: a revision). The dead do
    # not fall; the missing may (people found alive on small islands).
    MON, TUE, WED, THU, APR10, MAY2 = ("2007-04-02", "2007-04-03", "2007-04-04", "2007-04-05", "2007-04-10",
                                       "2007-05-02")
    NDMO, RC = "the national disaster management office (NDMO)", "the Solomon Islands Red Cross"
    names = {
     "dead": "people killed by the quake and tsunami", "missing": "people missing",
     "homeless": "people left homeless", "houses": "houses destroyed", "double": "victims listed twice",
     "mag": "the quake's magnitude", "aft": "magnitude of the aftershock",
     "dist": "distance of the epicentre from Gizo (km)", "depth": "depth of the quake (km)",
     "cap": "distance of Gizo from the capital (km)", "wave": "height of the waves (m)",
     "aid": "Australia's first pledge (A$)",
     # dates
     "quake": "day of the quake", "boats": "day the police boats were to leave", "count_tue": "day of the count of 20",
     "count_wed": "day of the counts of 28 and 34", "count_thu": "day of the count of 34",
     "count_54": "day of the count of 54",
    }
    ms = [
     M(R, "Monday", D, "quake", "2007-04-02"),
     M(R, "at least 13 people", N, "dead", 13, MON, qual="atleast"),
     M(R, "8.1", N, "mag", 8.1, cls="mag"),
     M(R, "45 km", N, "dist", 45, cls="km"),
     M(R, "10 km", N, "depth", 10, cls="km"),
     M(R, "at least 13 bodies", N, "dead", 13, MON, qual="atleast"),
     M(R, "5 metres", N, "wave", 5, cls="m"),
     M(R, "6.2", N, "aft", 6.2, cls="mag"),
     M(R, "350 km", N, "cap", 350, qual="approx", cls="km"),
     M(R, "Tuesday", D, "boats", "2007-04-03"),

     M(K, "28 orang", N, "dead", 28, WED, src=NDMO),
     M(K, "Rabu (4/4/2007)", D, "count_wed", "2007-04-04"),
     M(K, "34 orang", N, "dead", 34, WED, src=RC),
     M(K, "Selasa (3/4/2007)", D, "count_tue", "2007-04-03"),
     M(K, "20 korban jiwa", N, "dead", 20, TUE),
     M(K, "Sedikitnya 15 orang", N, "missing", 15, WED, qual="atleast", fall=True),
     M(K, "Lebih dari 5.000 warga", N, "homeless", 5000, WED, qual="morethan"),
     M(K, "8,1", N, "mag", 8.1, cls="mag"),
     M(K, "Senin (2/4/2007)", D, "quake", "2007-04-02"),
     M(K, "sekitar 45 kilometer", N, "dist", 45, qual="approx", cls="km"),
     M(K, "3 juta dolar Australia", N, "aid", 3000000, cls="aud", planted=True),

     M(A, "54 orang", N, "dead", 54, APR10),
     M(A, "Selasa (10/4/2007)", D, "count_54", "2007-04-10"),
     M(A, "34 orang", N, "dead", 34, THU),
     M(A, "Kamis (5/4/2007)", D, "count_thu", "2007-04-05"),
     M(A, "28 orang", N, "dead", 28, WED, src=NDMO),
     M(A, "Rabu (4/4/2007)", D, "count_wed", "2007-04-04"),
     M(A, "9 orang", N, "missing", 9, APR10, fall=True),
     M(A, "lebih dari 6.000 orang", N, "homeless", 6000, APR10, qual="morethan"),
     M(A, "sekitar 900 rumah", N, "houses", 900, qual="approx"),
     M(A, "8,1", N, "mag", 8.1, cls="mag"),
     M(A, "Minggu (1/4/2007)", D, "quake", "2007-04-01", planted=True),
     M(A, "5 meter", N, "wave", 5, cls="m"),

     M(J, "April 2", D, "quake", "2007-04-02"),
     M(J, "52", N, "dead", 52, MAY2),
     M(J, "54", N, "dead", 54, APR10),
     M(J, "April 10", D, "count_54", "2007-04-10"),
     M(J, "two victims", N, "double", 2),
     M(J, "at least 13", N, "dead", 13, MON, qual="atleast"),
     M(J, "34", N, "dead", 34, THU),
     M(J, "Thursday, April 5", D, "count_thu", "2007-04-05"),
     M(J, "More than 6,000 people", N, "homeless", 6000, APR10, qual="morethan"),
     M(J, "A$2 million", N, "aid", 2000000, cls="aud"),
     M(J, "8.1", N, "mag", 8.1, cls="mag"),
    ]
    build("gizo-tsunami-2007", "The Solomon Islands earthquake and tsunami of Monday 2 April 2007 at 07:39 local time, "
          "magnitude 8.1, centred at sea about 45 km south-southeast of Gizo at a depth of 10 km, with waves up to 5 m: "
          "the toll rising from at least 13 on the day to 20 on Tuesday 3 April, 28 on Wednesday 4 April by the "
          "disaster office (34 by the Red Cross the same day: sources), 34 on Thursday 5 April and 54 on 10 April, "
          "revised down to 52 after a double listing; the missing falling from at least 15 to 9; more than 5,000 and "
          "then more than 6,000 homeless; Australia's first pledge of A$2 million", False, ms, names)


def trial():
    K, T, R, D_ = "kompas-dec10", "tempo-nov23", "reuters-feb21", "detik-feb22"
    # steps on different dates: last seen on Saturday 1 December 2018 and killed that night (a day before her 22nd
    # birthday), the man charged on Saturday 8 December, the body found on Sunday 9 December, his first court
    # appearance and the prime minister's apology on Monday 10 December, the trial opened on Monday 4 November 2019,
    # the verdict on Friday 22 November 2019, the sentence on Friday 21 February 2020 (life, at least 17 years).
    # Tempting pairs of one unit: the victim's 21 against her 22nd birthday and the accused's 26 and 27; the six
    # weeks of her travels against the three weeks of the trial.
    names = {
     "v_age": "the victim's age (years)", "bday": "the birthday she would have reached (years)",
     "a_age18": "the accused's age when charged (years)", "a_age19": "the accused's age at the verdict (years)",
     "road": "distance of the body from the road (m)", "sa_weeks": "weeks she had travelled in South America",
     "trial_weeks": "weeks the trial lasted", "min_term": "minimum term before parole (years)",
     # dates
     "lastseen": "day she was last seen", "death": "day of her death", "charged": "day the man was charged",
     "found": "day the body was found", "court": "day of his first court appearance",
     "apology": "day of the prime minister's apology", "trial_open": "day the trial opened",
     "verdict": "day of the verdict", "sentencing": "day of the sentencing",
    }
    ms = [
     M(K, "21 tahun", N, "v_age", 21, cls="age"),
     M(K, "Minggu (9/12/2018)", D, "found", "2018-12-09"),
     M(K, "sekitar 10 meter", N, "road", 10, qual="approx", cls="m"),
     M(K, "Sabtu (8/12/2018)", D, "charged", "2018-12-08"),
     M(K, "26 tahun", N, "a_age18", 26, cls="age"),
     M(K, "Senin (10/12/2018)", D, "court", "2018-12-10"),
     M(K, "Sabtu (1/12/2018)", D, "lastseen", "2018-12-01"),
     M(K, "ke-22", N, "bday", 22, cls="age"),
     M(K, "enam minggu", N, "sa_weeks", 6, cls="dur"),
     M(K, "Senin", D, "apology", "2018-12-10", occ=2),

     M(T, "Jumat (22/11/2019)", D, "verdict", "2019-11-22"),
     M(T, "27 tahun", N, "a_age19", 27, cls="age"),
     M(T, "Senin (4/11/2019)", D, "trial_open", "2019-11-04"),
     M(T, "hampir tiga minggu", N, "trial_weeks", 3, qual="nearly", cls="dur"),
     M(T, "21 tahun", N, "v_age", 21, cls="age"),
     M(T, "1 Desember 2018", D, "death", "2018-12-01"),
     M(T, "ke-22", N, "bday", 22, cls="age"),
     M(T, "12 Februari 2020", D, "sentencing", "2020-02-12", planted=True),

     M(R, "Friday", D, "sentencing", "2020-02-21"),
     M(R, "17 years", N, "min_term", 17, cls="yrs"),
     M(R, "Nov. 22", D, "verdict", "2019-11-22"),
     M(R, "Nov. 4", D, "trial_open", "2019-11-04"),
     M(R, "21", N, "v_age", 21, cls="age"),
     M(R, "Dec. 1, 2018", D, "death", "2018-12-01"),
     M(R, "22nd birthday", N, "bday", 22, cls="age"),
     M(R, "Dec. 9", D, "found", "2018-12-09"),

     M(D_, "Jumat (21/2/2020)", D, "sentencing", "2020-02-21"),
     M(D_, "minimal 15 tahun", N, "min_term", 15, cls="yrs", planted=True),
     M(D_, "Jumat (22/11/2019)", D, "verdict", "2019-11-22"),
     M(D_, "hampir tiga minggu", N, "trial_weeks", 3, qual="nearly", cls="dur"),
     M(D_, "21 tahun", N, "v_age", 21, cls="age"),
     M(D_, "1 Desember 2018", D, "death", "2018-12-01"),
     M(D_, "9 Desember 2018", D, "found", "2018-12-09"),
    ]
    build("millane-trial-2019", "The killing of the British backpacker Grace Millane (21) in an Auckland hotel room "
          "on the night of Saturday 1 December 2018, the eve of her 22nd birthday, and the trial of the man (26 when "
          "charged on Saturday 8 December, 27 at the verdict) whose name the court suppressed: the body found in the "
          "Waitakere Ranges on Sunday 9 December, the trial opened at the High Court in Auckland on Monday 4 November "
          "2019, the verdict of guilty on Friday 22 November 2019, the sentence of life with a minimum of 17 years by "
          "Justice Simon Moore on Friday 21 February 2020", False, ms, names)


def package():
    R, K, A, H = "reuters-mar17", "kompas-mar18", "antara-mar19", "nzherald-mar20"
    names = {
     "total": "the package (NZ$)", "gdp": "the package's share of GDP (%)", "wage": "wage subsidies (NZ$)",
     "ft": "weekly subsidy for a full-time worker (NZ$)", "pt": "weekly subsidy for a part-time worker (NZ$)",
     "weeks": "weeks the subsidy covers", "cap": "most an employer can claim (NZ$)",
     "income": "income support (NZ$)", "benefit": "weekly rise in main benefits (NZ$)",
     "tax": "business tax changes (NZ$)", "health": "money for the health system (NZ$)",
     "aviation": "money for the aviation sector (NZ$)",
     # dates
     "announce": "day of the announcement", "remark": "day the minister spoke of the applications",
     "benefit_day": "day the benefit rise takes effect", "first_case": "day of the first confirmed case",
    }
    B, MN = 1e9, 1e6
    ms = [
     M(R, "Tuesday", D, "announce", "2020-03-17"),
     M(R, "NZ$12.1 billion", N, "total", 12.1 * B, cls="nzd"),
     M(R, "about 4 percent", N, "gdp", 4, qual="approx", cls="pct"),
     M(R, "NZ$5.1 billion", N, "wage", 5.1 * B, cls="nzd"),
     M(R, "NZ$585.80", N, "ft", 585.8, cls="nzd"),
     M(R, "NZ$350", N, "pt", 350, cls="nzd"),
     M(R, "12 weeks", N, "weeks", 12, cls="dur"),
     M(R, "NZ$150,000", N, "cap", 150000, cls="nzd"),
     M(R, "NZ$2.8 billion", N, "income", 2.8 * B, cls="nzd"),
     M(R, "NZ$25", N, "benefit", 25, cls="nzd"),
     M(R, "April 1", D, "benefit_day", "2020-04-01"),
     M(R, "NZ$2.8 billion", N, "tax", 2.8 * B, cls="nzd", occ=2),
     M(R, "NZ$500 million", N, "health", 500 * MN, cls="nzd"),
     M(R, "NZ$600 million", N, "aviation", 600 * MN, cls="nzd"),
     M(R, "Feb. 28", D, "first_case", "2020-02-28"),

     M(K, "Selasa (17/3/2020)", D, "announce", "2020-03-17"),
     M(K, "12,1 miliar dolar Selandia Baru", N, "total", 12.1 * B, cls="nzd"),
     M(K, "sekitar 4 persen", N, "gdp", 4, qual="approx", cls="pct"),
     M(K, "5,1 miliar dolar", N, "wage", 5.1 * B, cls="nzd"),
     M(K, "585,80 dolar", N, "ft", 585.8, cls="nzd"),
     M(K, "350 dolar", N, "pt", 350, cls="nzd"),
     M(K, "12 minggu", N, "weeks", 12, cls="dur"),
     M(K, "150.000 dolar", N, "cap", 150000, cls="nzd"),
     M(K, "2,8 miliar dolar", N, "income", 2.8 * B, cls="nzd"),
     M(K, "25 dolar", N, "benefit", 25, cls="nzd"),
     M(K, "1 April 2020", D, "benefit_day", "2020-04-01"),
     M(K, "2,8 miliar dolar", N, "tax", 2.8 * B, cls="nzd", occ=2),
     M(K, "500 juta dolar", N, "health", 500 * MN, cls="nzd"),
     M(K, "600 juta dolar", N, "aviation", 600 * MN, cls="nzd"),
     M(K, "28 Februari 2020", D, "first_case", "2020-02-28"),

     M(A, "12,1 miliar dolar Selandia Baru", N, "total", 12.1 * B, cls="nzd"),
     M(A, "Selasa (17/3/2020)", D, "announce", "2020-03-17"),
     M(A, "sekitar 4 persen", N, "gdp", 4, qual="approx", cls="pct"),
     M(A, "5,1 miliar dolar", N, "wage", 5.1 * B, cls="nzd"),
     M(A, "12 minggu", N, "weeks", 12, cls="dur"),
     M(A, "585,80 dolar", N, "ft", 585.8, cls="nzd"),
     M(A, "350 dolar", N, "pt", 350, cls="nzd"),
     M(A, "150.000 dolar", N, "cap", 150000, cls="nzd"),
     M(A, "25 dolar", N, "benefit", 25, cls="nzd"),
     M(A, "1 April 2020", D, "benefit_day", "2020-04-01"),
     M(A, "2,8 miliar dolar", N, "income", 2.8 * B, cls="nzd"),
     M(A, "2,8 miliar dolar", N, "tax", 2.8 * B, cls="nzd", occ=2),
     M(A, "500 juta dolar", N, "health", 500 * MN, cls="nzd"),
     M(A, "600 juta dolar", N, "aviation", 600 * MN, cls="nzd"),

     M(H, "$12.1 billion", N, "total", 12.1 * B, cls="nzd"),
     M(H, "Tuesday, March 17", D, "announce", "2020-03-17"),
     M(H, "about 4 per cent", N, "gdp", 4, qual="approx", cls="pct"),
     M(H, "$5.1b", N, "wage", 5.1 * B, cls="nzd"),
     M(H, "$585.80", N, "ft", 585.8, cls="nzd"),
     M(H, "$350", N, "pt", 350, cls="nzd"),
     M(H, "12 weeks", N, "weeks", 12, cls="dur"),
     M(H, "$150,000", N, "cap", 150000, cls="nzd"),
     M(H, "$25", N, "benefit", 25, cls="nzd"),
     M(H, "April 1", D, "benefit_day", "2020-04-01"),
     M(H, "$2.8b", N, "income", 2.8 * B, cls="nzd"),
     M(H, "$2.8b", N, "tax", 2.8 * B, cls="nzd", occ=2),
     M(H, "$500 million", N, "health", 500 * MN, cls="nzd"),
     M(H, "$600m", N, "aviation", 600 * MN, cls="nzd"),
     M(H, "Tuesday", D, "remark", "2020-03-17", occ=2),
    ]
    build("nz-covid-package-2020", "New Zealand's NZ$12.1 billion economic package against the coronavirus outbreak, "
          "announced by the finance minister Grant Robertson on Tuesday 17 March 2020 (control): about 4% of GDP; "
          "NZ$5.1 billion of wage subsidies at NZ$585.80 a week for a full-time and NZ$350 for a part-time worker, "
          "paid as a lump sum for 12 weeks, at most NZ$150,000 an employer; NZ$2.8 billion of income support with main "
          "benefits up NZ$25 a week from 1 April 2020; NZ$2.8 billion of business tax changes; NZ$500 million for "
          "health and NZ$600 million for aviation; the first confirmed case on 28 February 2020. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    tsunami()
    trial()
    package()
