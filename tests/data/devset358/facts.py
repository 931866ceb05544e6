"""The three-hundred-and-fifty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset358/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def cambray():
    R, K, T, A = "reuters-oct02", "kompas-oct06", "antara-oct14", "ap-oct27"
    # as-of times of the running tallies: Friday 2 October 2015 at 17:00 (at least 26 dead, some 600 missing by the
    # national disaster agency), Sunday 4 October (86 dead), Monday 5 October in the evening (131 dead; about 300
    # missing by the agency against more than 350 by the volunteer firefighters: sources), the end of the search on
    # Tuesday 13 October (280 dead, about 70 missing). The dead do not fall; the missing may fall as bodies and
    # survivors are found. The homes buried, the distance and the year of the agency's warning do not change.
    FRI, SUN, MON, END = "2015-10-02", "2015-10-04", "2015-10-05", "2015-10-13"
    AGENCY, FIRE = "the national disaster agency", "the volunteer firefighters"
    names = {
     "dead": "people killed by the landslide", "missing": "people missing", "homes": "homes buried",
     "injured": "people taken to hospital", "rescuers": "rescuers at work", "dist": "distance from the capital (km)",
     # dates
     "slide": "day of the landslide", "count_fri": "day of the first count", "count_sun": "day of the count of 86",
     "count_mon": "day of the count of 131", "search_end": "day the search was called off",
     "warning": "year of the agency's warning",
    }
    ms = [
     M(R, "Thursday", D, "slide", "2015-10-01"),
     M(R, "15 kilometers", N, "dist", 15, cls="km"),
     M(R, "Friday", D, "count_fri", "2015-10-02"),
     M(R, "at least 26 bodies", N, "dead", 26, FRI, qual="atleast"),
     M(R, "some 600 people", N, "missing", 600, FRI, qual="approx", src=AGENCY, fall=True),
     M(R, "About 125 homes", N, "homes", 125, qual="approx"),
     M(R, "At least 36 people", N, "injured", 36, FRI, qual="atleast"),
     M(R, "2008", D, "warning", "2008"),

     M(K, "131 orang", N, "dead", 131, MON),
     M(K, "Senin (5/10/2015)", D, "count_mon", "2015-10-05"),
     M(K, "Minggu", D, "count_sun", "2015-10-04"),
     M(K, "86 jenazah", N, "dead", 86, SUN),
     M(K, "Rabu (30/9/2015)", D, "slide", "2015-09-30", planted=True),
     M(K, "sekitar 300 orang", N, "missing", 300, MON, qual="approx", src=AGENCY, fall=True),
     M(K, "lebih dari 350 orang", N, "missing", 350, MON, qual="morethan", src=FIRE, fall=True),
     M(K, "Sekitar 125 rumah", N, "homes", 125, qual="approx"),
     M(K, "15 kilometer", N, "dist", 15, cls="km"),
     M(K, "Lebih dari 1.800 petugas", N, "rescuers", 1800, MON, qual="morethan"),

     M(T, "Selasa (13/10/2015)", D, "search_end", "2015-10-13"),
     M(T, "280 jenazah", N, "dead", 280, END),
     M(T, "Sekitar 70 orang", N, "missing", 70, END, qual="approx", src=AGENCY, fall=True),
     M(T, "Kamis (1/10/2015)", D, "slide", "2015-10-01"),
     M(T, "Jumat (2/10/2015)", D, "count_fri", "2015-10-02"),
     M(T, "sekitar 600 orang", N, "missing", 600, FRI, qual="approx", src=AGENCY, fall=True),
     M(T, "2008", D, "warning", "2008"),
     M(T, "125 rumah", N, "homes", 125),

     M(A, "Oct. 1", D, "slide", "2015-10-01"),
     M(A, "280 people", N, "dead", 280, END),
     M(A, "Oct. 13", D, "search_end", "2015-10-13"),
     M(A, "About 70 people", N, "missing", 70, END, qual="approx", fall=True),
     M(A, "26", N, "dead", 26, FRI),
     M(A, "86", N, "dead", 86, SUN),
     M(A, "Sunday, Oct. 4", D, "count_sun", "2015-10-04"),
     M(A, "113", N, "dead", 113, MON, planted=True),
     M(A, "some 125 buried homes", N, "homes", 125, qual="approx"),
     M(A, "2008", D, "warning", "2008"),
    ]
    build("cambray-landslide-2015", "The landslide on the night of Thursday 1 October 2015 at El Cambray II in Santa "
          "Catarina Pinula, Guatemala, some 15 km east of the capital: at least 26 dead and some 600 missing by the "
          "national disaster agency as of Friday 2 October at 17:00, 86 dead by Sunday 4 October, 131 by Monday 5 "
          "October (about 300 missing by the agency against more than 350 by the volunteer firefighters), 280 dead and "
          "about 70 missing when the search was called off on Tuesday 13 October; about 125 homes buried; the agency's "
          "warning of 2008", False, ms, names)


def mitch():
    R, K, A, T = "reuters-nov01", "kompas-nov04", "ap-nov12", "antara-may29"
    # as-of times of Honduras' toll: Saturday 31 October 1998 in the evening (231 dead confirmed by the emergency
    # commission), Sunday 1 November (the president's estimate of about 5,000), Tuesday 3 November at 17:00 (about
    # 7,000 dead, 11,000 missing by the government against about 8,000 by the Red Cross: sources), Tuesday 10
    # November (the government's lowered count of 5,657 dead, 8,058 missing, 12,272 injured: a revision of the
    # dead). The missing may fall. The crops lost, the bridges destroyed and the people displaced are given once.
    SAT, SUN, TUE3, NOV10 = "1998-10-31", "1998-11-01", "1998-11-03", "1998-11-10"
    GOV, RC = "the Honduran government", "the Red Cross"
    names = {
     "dead": "people killed in Honduras", "missing": "people missing in Honduras", "injured": "people injured in Honduras",
     "displaced": "people who fled their homes", "bridges": "bridges destroyed", "crops": "share of crops lost (%)",
     "wind": "Mitch's top sustained winds (km/h)", "ca_dead": "deaths across Central America",
     "pledge": "aid pledged in Stockholm (US$ billion)", "us_aid": "US emergency aid approved (US$ million)",
     # dates
     "cat5": "day Mitch reached Category 5", "landfall": "day Mitch moved inland", "flood": "day the river flooded the capital",
     "estimate": "day of the president's estimate", "count_sat": "day of the count of 231",
     "count_tue": "day of the count of about 7,000", "count_nov10": "day of the lowered count",
     "congress": "day the US Congress approved the aid", "stockholm": "day the donors' meeting ended",
    }
    ms = [
     M(R, "Sunday", D, "estimate", "1998-11-01"),
     M(R, "about 5,000 people", N, "dead", 5000, SUN, qual="approx"),
     M(R, "231 dead", N, "dead", 231, SAT),
     M(R, "Saturday evening", D, "count_sat", "1998-10-31"),
     M(R, "Oct. 26", D, "cat5", "1998-10-26"),
     M(R, "180 miles per hour", N, "wind", 290, qual="unit", cls="kmh"),
     M(R, "Thursday", D, "landfall", "1998-10-29"),
     M(R, "Friday", D, "flood", "1998-10-30"),
     M(R, "70 percent", N, "crops", 70, qual="approx", cls="pct"),
     M(R, "92 bridges", N, "bridges", 92),
     M(R, "About 600,000 people", N, "displaced", 600000, qual="approx"),

     M(K, "sekitar 7.000 orang", N, "dead", 7000, TUE3, qual="approx", src=GOV),
     M(K, "Selasa (3/11/1998)", D, "count_tue", "1998-11-03"),
     M(K, "11.000 orang", N, "missing", 11000, TUE3, src=GOV, fall=True),
     M(K, "sekitar 8.000", N, "missing", 8000, TUE3, qual="approx", src=RC, fall=True),
     M(K, "Minggu", D, "estimate", "1998-11-01"),
     M(K, "sekitar 5.000 korban jiwa", N, "dead", 5000, SUN, qual="approx"),
     M(K, "Selasa (27/10/1998)", D, "cat5", "1998-10-27", planted=True),
     M(K, "290 kilometer per jam", N, "wind", 290, cls="kmh"),
     M(K, "Kamis (29/10/1998)", D, "landfall", "1998-10-29"),
     M(K, "Sekitar 600.000 warga", N, "displaced", 600000, qual="approx"),
     M(K, "92 jembatan", N, "bridges", 92),
     M(K, "sekitar 70 persen", N, "crops", 70, qual="approx", cls="pct"),

     M(A, "5,657", N, "dead", 5657, NOV10, src=GOV),
     M(A, "about 7,000", N, "dead", 7000, TUE3, qual="approx", src=GOV),
     M(A, "Tuesday, Nov. 10", D, "count_nov10", "1998-11-10"),
     M(A, "8,058 people", N, "missing", 8058, NOV10, src=GOV, fall=True),
     M(A, "12,272", N, "injured", 12272, NOV10, src=GOV),
     M(A, "Oct. 26", D, "cat5", "1998-10-26"),
     M(A, "Oct. 29", D, "landfall", "1998-10-29"),
     M(A, "more than 9,000 deaths", N, "ca_dead", 9000, NOV10, qual="morethan"),

     M(T, "9 miliar dolar AS", N, "pledge", 9, qual="approx", cls="usd_bn"),
     M(T, "Jumat (28/5/1999)", D, "stockholm", "1999-05-28"),
     M(T, "Kamis (20/5/1999)", D, "congress", "1999-05-20"),
     M(T, "621 juta dolar AS", N, "us_aid", 621, cls="usd_m"),
     M(T, "5.657 korban tewas", N, "dead", 5657, NOV10, src=GOV),
     M(T, "8.058 orang", N, "missing", 8058, NOV10, src=GOV, fall=True),
     M(T, "12.227 orang", N, "injured", 12227, NOV10, src=GOV, planted=True),
     M(T, "26 Oktober 1998", D, "cat5", "1998-10-26"),
    ]
    build("mitch-honduras-1998", "Hurricane Mitch in Honduras (October-November 1998): Category 5 on Monday 26 October "
          "with winds of 180 mph (290 km/h), moving inland on Thursday 29 October, the Choluteca River flooding the "
          "capital on Friday 30 October; Honduras' toll of 231 dead confirmed on Saturday 31 October, the president's "
          "estimate of about 5,000 on Sunday 1 November, about 7,000 dead and 11,000 missing by the government on "
          "Tuesday 3 November (about 8,000 missing by the Red Cross), the government's count lowered to 5,657 dead, "
          "8,058 missing and 12,272 injured as of Tuesday 10 November; the US Congress's US$621 million of emergency aid "
          "(Thursday 20 May 1999) and the donors' pledges of about US$9 billion in Stockholm (Friday 28 May 1999)",
          False, ms, names)


def thaw():
    R, K, T, A = "reuters-dec17", "kompas-dec18", "antara-dec19", "ap-dec20"
    names = {
     "gross_age": "Alan Gross's age", "gross_years": "years Alan Gross was held", "agent_years": "years the US agent was jailed",
     "cuban_agents": "Cuban agents released", "prisoners": "political prisoners to be freed", "talks": "months of secret talks",
     "remit_old": "old quarterly remittance cap (US$)", "remit_new": "new quarterly remittance cap (US$)",
     "goods": "goods travelers may bring home (US$)", "tobacco": "tobacco and alcohol travelers may bring (US$)",
     # dates
     "announce": "day of the announcement", "break": "year diplomatic ties were broken", "embargo": "year of the embargo",
     "conviction": "year the Cuban agents were convicted", "defends": "day Obama defended the deal",
    }
    ms = [
     M(R, "Wednesday", D, "announce", "2014-12-17"),
     M(R, "1961", D, "break", "1961"),
     M(R, "65", N, "gross_age", 65, cls="age"),
     M(R, "five years", N, "gross_years", 5, cls="dur"),
     M(R, "nearly 20 years", N, "agent_years", 20, qual="nearly", cls="dur"),
     M(R, "three Cuban agents", N, "cuban_agents", 3),
     M(R, "2001", D, "conviction", "2001"),
     M(R, "53 people", N, "prisoners", 53),
     M(R, "18 months", N, "talks", 18, cls="dur"),
     M(R, "$500", N, "remit_old", 500, cls="usd"),
     M(R, "$2,000", N, "remit_new", 2000, cls="usd"),
     M(R, "$400", N, "goods", 400, cls="usd"),
     M(R, "$100", N, "tobacco", 100, cls="usd"),
     M(R, "1962", D, "embargo", "1962"),

     M(K, "1961", D, "break", "1961"),
     M(K, "Rabu (17/12/2014)", D, "announce", "2014-12-17"),
     M(K, "65 tahun", N, "gross_age", 65, cls="age"),
     M(K, "lima tahun", N, "gross_years", 5, cls="dur"),
     M(K, "hampir 20 tahun", N, "agent_years", 20, qual="nearly", cls="dur"),
     M(K, "tiga agen Kuba", N, "cuban_agents", 3),
     M(K, "2001", D, "conviction", "2001"),
     M(K, "53 tahanan politik", N, "prisoners", 53),
     M(K, "18 bulan", N, "talks", 18, cls="dur"),
     M(K, "500 dolar AS", N, "remit_old", 500, cls="usd"),
     M(K, "2.000 dolar AS", N, "remit_new", 2000, cls="usd"),
     M(K, "400 dolar AS", N, "goods", 400, cls="usd"),
     M(K, "100 dolar AS", N, "tobacco", 100, cls="usd"),
     M(K, "1962", D, "embargo", "1962"),

     M(T, "65 tahun", N, "gross_age", 65, cls="age"),
     M(T, "lima tahun", N, "gross_years", 5, cls="dur"),
     M(T, "Rabu (17/12/2014)", D, "announce", "2014-12-17"),
     M(T, "tiga agen Kuba", N, "cuban_agents", 3),
     M(T, "2001", D, "conviction", "2001"),
     M(T, "hampir 20 tahun", N, "agent_years", 20, qual="nearly", cls="dur"),
     M(T, "53 tahanan", N, "prisoners", 53),
     M(T, "18 bulan", N, "talks", 18, cls="dur"),
     M(T, "500 dolar AS", N, "remit_old", 500, cls="usd"),
     M(T, "2.000 dolar AS", N, "remit_new", 2000, cls="usd"),
     M(T, "400 dolar AS", N, "goods", 400, cls="usd"),
     M(T, "100 dolar AS", N, "tobacco", 100, cls="usd"),
     M(T, "1961", D, "break", "1961"),
     M(T, "1962", D, "embargo", "1962"),

     M(A, "Friday", D, "defends", "2014-12-19"),
     M(A, "Dec. 17", D, "announce", "2014-12-17"),
     M(A, "1961", D, "break", "1961"),
     M(A, "65-year-old", N, "gross_age", 65, cls="age"),
     M(A, "five years", N, "gross_years", 5, cls="dur"),
     M(A, "almost 20 years", N, "agent_years", 20, qual="nearly", cls="dur"),
     M(A, "three Cuban agents", N, "cuban_agents", 3),
     M(A, "2001", D, "conviction", "2001"),
     M(A, "53 political prisoners", N, "prisoners", 53),
     M(A, "18 months", N, "talks", 18, cls="dur"),
     M(A, "$2,000", N, "remit_new", 2000, cls="usd"),
     M(A, "$500", N, "remit_old", 500, cls="usd"),
     M(A, "$400", N, "goods", 400, cls="usd"),
     M(A, "$100", N, "tobacco", 100, cls="usd"),
     M(A, "1962", D, "embargo", "1962"),
    ]
    build("cuba-thaw-2014", "The United States and Cuba agreeing on Wednesday 17 December 2014 to restore the diplomatic "
          "ties broken in 1961 (control): Alan Gross, 65, freed after five years, a US intelligence agent freed after "
          "nearly 20 years, three Cuban agents convicted in 2001 released, 53 political prisoners to be freed, 18 "
          "months of secret talks; remittances allowed to rise from US$500 to US$2,000 a quarter, travelers' goods of "
          "US$400 with up to US$100 of tobacco and alcohol; the embargo of 1962 left to Congress. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    cambray()
    mitch()
    thaw()
