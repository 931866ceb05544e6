"""The four-hundred-and-sixty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day. A time of day is a number
of unit class "clock", its value in decimal hours of the event's local time (a time given in WIB is converted).
Run from the repository root after changing an article: ``python tests/data/devset464/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def osh():
    R, K, T, A = "reuters-jun12", "kompas-jun14", "tempo-jun29", "antara-jul05"
    # the health ministry's running tallies of the dead and the injured: at least 77 dead and more than 1,000 injured
    # by 18:00 on Saturday 12 June 2010, 124 and 1,685 by 08:00 on Monday 14 June, 191 and 1,971 (957 of them in
    # hospital) by 08:00 on Thursday 17 June, 294 and 2,238 on Monday 28 June; the dead revised down to 291 on Monday
    # 5 July after three bodies were found listed twice (a revision). The refugees who crossed into Uzbekistan: about
    # 75,000 by the Uzbek authorities against nearly 80,000 by the UN refugee agency on Monday 14 June (sources), more
    # than 100,000 in all by the end of June, about 100,000 by July. Times of day (local time, UTC+6; WIB is UTC+7):
    # the brawl at about 23:00 on Thursday 10 June, the curfew from 20:00 to 06:00 from Friday 11 June (later from
    # 22:00), the as-of hours of the counts.
    SAT18, MON08, THU08, JUN28, JUL05 = "2010-06-12T18", "2010-06-14T08", "2010-06-17T08", "2010-06-28", "2010-07-05"
    UZ, UN = "the Uzbek authorities", "the UN refugee agency (UNHCR)"
    names = {
     "dead": "people killed in the violence", "injured": "people injured", "hosp": "injured kept in hospital",
     "double": "bodies listed twice", "real_est": "the interim leader's estimate of the real toll",
     "refugees": "people who fled into Uzbekistan", "in_camps": "refugees still in camps in Uzbekistan",
     "displaced": "people driven from their homes (UN)", "pop": "Kyrgyzstan's population (million)",
     "uzb_share": "Uzbeks' share of the population (%)", "yes_pct": "yes vote in the referendum (%)",
     "aid": "US humanitarian aid pledged (million dollars)", "days": "days the violence lasted",
     "brawl_time": "time the brawl began", "curfew_start": "hour the first curfew began",
     "curfew_end": "hour the curfew ended", "curfew_new": "hour the eased curfew began",
     "asof_sat": "hour of the Saturday count", "asof_mon": "hour of the Monday count",
     "asof_thu": "hour of the Thursday count",
     # dates
     "brawl": "day the violence broke out", "emergency": "day the emergency and curfew were declared in Osh",
     "ext_emergency": "day the emergency was widened to Jalal-Abad", "russia_request": "day Russia was asked for troops",
     "revolt": "month of the revolt", "count_mon": "day of the count of 124", "count_thu": "day of the count of 191",
     "visit": "day of the interim leader's visit to Osh", "referendum": "day of the constitutional referendum",
     "count_jun28": "day of the count of 294", "revision_day": "day the toll was revised to 291",
    }
    ms = [
     M(R, "at least 77 people", N, "dead", 77, SAT18, qual="atleast"),
     M(R, "more than 1,000", N, "injured", 1000, SAT18, qual="morethan"),
     M(R, "6 p.m.", N, "asof_sat", 18.0, cls="clock"),
     M(R, "about 11 p.m.", N, "brawl_time", 23.0, qual="approx", cls="clock"),
     M(R, "Thursday, June 10", D, "brawl", "2010-06-10"),
     M(R, "Friday", D, "emergency", "2010-06-11"),
     M(R, "8 p.m.", N, "curfew_start", 20.0, cls="clock"),
     M(R, "6 a.m.", N, "curfew_end", 6.0, cls="clock"),
     M(R, "Saturday", D, "ext_emergency", "2010-06-12"),
     M(R, "about 5.3 million people", N, "pop", 5.3, qual="approx", cls="pop"),
     M(R, "April", D, "revolt", "2010-04"),
     M(R, "about 15 percent", N, "uzb_share", 15, qual="approx", cls="pct"),

     M(K, "124 orang", N, "dead", 124, MON08),
     M(K, "Senin (14/6/2010)", D, "count_mon", "2010-06-14"),
     M(K, "pukul 08.00", N, "asof_mon", 8.0, cls="clock"),
     M(K, "1.685 orang", N, "injured", 1685, MON08),
     M(K, "Kamis (10/6/2010)", D, "brawl", "2010-06-10"),
     M(K, "Jumat (11/6/2010)", D, "emergency", "2010-06-11"),
     M(K, "pukul 19.00", N, "curfew_start", 19.0, cls="clock", planted=True),
     M(K, "pukul 06.00", N, "curfew_end", 6.0, cls="clock"),
     M(K, "sekitar 75.000 pengungsi", N, "refugees", 75000, MON08, qual="approx", src=UZ),
     M(K, "mendekati 80.000 orang", N, "refugees", 80000, MON08, qual="nearly", src=UN),
     M(K, "Sabtu (12/6/2010)", D, "russia_request", "2010-06-12"),
     M(K, "April", D, "revolt", "2010-04"),

     M(T, "294 korban tewas", N, "dead", 294, JUN28),
     M(T, "2.238 orang", N, "injured", 2238, JUN28),
     M(T, "Senin (28/6/2010)", D, "count_jun28", "2010-06-28"),
     M(T, "Kamis (17/6/2010)", D, "count_thu", "2010-06-17"),
     M(T, "pukul 08.00", N, "asof_thu", 8.0, cls="clock"),
     M(T, "191 orang", N, "dead", 191, THU08),
     M(T, "1.791 orang", N, "injured", 1791, THU08, planted=True),
     M(T, "957", N, "hosp", 957, THU08),
     M(T, "Jumat (18/6/2010)", D, "visit", "2010-06-18"),
     M(T, "2.000 orang", N, "real_est", 2000),
     M(T, "Kamis (10/6/2010)", D, "brawl", "2010-06-10"),
     M(T, "sekitar pukul 23.00", N, "brawl_time", 23.0, qual="approx", cls="clock"),
     M(T, "pukul 21.00 WIB", N, "curfew_start", 20.0, cls="clock"),
     M(T, "pukul 22.00", N, "curfew_new", 22.0, cls="clock"),
     M(T, "lebih dari 100.000 orang", N, "refugees", 100000, JUN28, qual="morethan", src=UZ),
     M(T, "sekitar 400.000 orang", N, "displaced", 400000, JUN28, qual="approx"),
     M(T, "lebih dari 32 juta dolar AS", N, "aid", 32, qual="morethan", cls="usd"),
     M(T, "27 Juni 2010", D, "referendum", "2010-06-27"),

     M(A, "291 orang", N, "dead", 291, JUL05),
     M(A, "Senin (5/7/2010)", D, "revision_day", "2010-07-05"),
     M(A, "tiga jenazah", N, "double", 3),
     M(A, "294 korban tewas", N, "dead", 294, JUN28),
     M(A, "2.238 orang", N, "injured", 2238, JUN28),
     M(A, "Senin (28/6/2010)", D, "count_jun28", "2010-06-28"),
     M(A, "Kamis (17/6/2010)", D, "count_thu", "2010-06-17"),
     M(A, "191 orang", N, "dead", 191, THU08),
     M(A, "1.971 orang", N, "injured", 1971, THU08),
     M(A, "Kamis (10/6/2010)", D, "brawl", "2010-06-10"),
     M(A, "sekitar pukul 23.00", N, "brawl_time", 23.0, qual="approx", cls="clock"),
     M(A, "hampir empat hari", N, "days", 4, qual="nearly", cls="dur"),
     M(A, "Jumat (11/6/2010)", D, "emergency", "2010-06-11"),
     M(A, "pukul 20.00", N, "curfew_start", 20.0, cls="clock"),
     M(A, "06.00", N, "curfew_end", 6.0, cls="clock"),
     M(A, "sekitar 100.000 orang", N, "refugees", 100000, JUL05, qual="approx", src=UZ),
     M(A, "sekitar 15.000 orang", N, "in_camps", 15000, qual="approx"),
     M(A, "Minggu (27/6/2010)", D, "referendum", "2010-06-27"),
     M(A, "lebih dari 90 persen", N, "yes_pct", 90, qual="morethan", cls="pct"),
    ]
    build("osh-violence-2010", "The ethnic violence in and around Osh in southern Kyrgyzstan, which broke out at about "
          "23:00 local time on Thursday 10 June 2010: a state of emergency and a curfew from 20:00 to 06:00 in Osh "
          "from Friday 11 June, widened to Jalal-Abad on Saturday 12 June; the health ministry's toll rising from at "
          "least 77 dead by 18:00 on 12 June to 124 by 08:00 on 14 June, 191 (and 1,971 injured) by 08:00 on 17 June "
          "and 294 (2,238 injured) on 28 June, revised down to 291 on 5 July after a double listing; the refugees in "
          "Uzbekistan put at about 75,000 by the Uzbek authorities and nearly 80,000 by the UN refugee agency on 14 "
          "June (sources), more than 100,000 in all; the interim leader Roza Otunbayeva's visit to Osh on Friday "
          "18 June; the constitutional referendum of Sunday 27 June", False, ms, names)


def election():
    R, K, A, T = "reuters-mar20", "kompas-apr10", "apnews-jun10", "tempo-jun13"
    # steps on different dates: Nazarbayev's resignation in a televised address at about 19:00 on Tuesday 19 March
    # 2019; Tokayev sworn in and the capital's renaming approved on Wednesday 20 March; the early election called on
    # Tuesday 9 April for Sunday 9 June; the preliminary results on Monday 10 June (70.76%, 16.02%, turnout 77.4%), the
    # final ones on Tuesday 11 June (70.96%, 16.23%, 5.05%, turnout 77.5%: updates); the inauguration on Wednesday 12
    # June. A tally of detentions: about 500 on election day, nearly 4,000 by the inauguration. Times of day (local,
    # UTC+6; WIB is UTC+7): the address at about 19:00, the polls open from 07:00 to 20:00. Ages move with the months
    # (Tokayev 65 in March, 66 in June; Nazarbayev 78, turning 79 in July).
    PRE, FIN = "2019-06-10", "2019-06-11"
    SUN, WED = "2019-06-09", "2019-06-12"
    names = {
     "years_power": "years Nazarbayev held power", "naz_age": "Nazarbayev's age", "tok_age": "Tokayev's age",
     "oil": "oil output (million barrels a day)", "gap_weeks": "weeks between the resignation and the call",
     "residence": "years of residence a candidate needs", "service": "years of public service a candidate needs",
     "pop": "Kazakhstan's population (million)", "tok_pct": "Tokayev's share of the vote (%)",
     "kos_pct": "Kosanov's share of the vote (%)", "esp_pct": "Espaeva's share of the vote (%)",
     "turnout": "turnout (%)", "candidates": "candidates on the ballot", "detained": "protesters detained",
     "term_len": "years of the new term", "address_time": "time of the resignation address",
     "open": "hour the polls opened", "close": "hour the polls closed",
     # dates
     "resign": "day of the resignation", "sworn": "day Tokayev was sworn in as interim president",
     "rename": "day parliament approved renaming the capital", "term_end": "month the old term was to end",
     "naz_start": "year Nazarbayev took charge", "naz_elected": "month of Nazarbayev's first popular election",
     "call": "day the early election was called", "election": "day of the election",
     "rallies": "day of the rallies with about 500 detained", "prelim_day": "day of the preliminary results",
     "final_day": "day of the final results", "inaug": "day of the inauguration",
     "term_end_new": "year the new term ends",
    }
    ms = [
     M(R, "Tuesday", D, "resign", "2019-03-19"),
     M(R, "nearly 30 years", N, "years_power", 30, qual="nearly", cls="yrs"),
     M(R, "78-year-old", N, "naz_age", 78, "2019-03", cls="age"),
     M(R, "about 7 p.m.", N, "address_time", 19.0, qual="approx", cls="clock"),
     M(R, "65", N, "tok_age", 65, "2019-03", cls="age"),
     M(R, "Wednesday", D, "sworn", "2019-03-20"),
     M(R, "April 2020", D, "term_end", "2020-04"),
     M(R, "about 1.8 million barrels", N, "oil", 1.8, qual="approx", cls="bpd"),
     M(R, "1989", D, "naz_start", "1989"),
     M(R, "December 1991", D, "naz_elected", "1991-12"),

     M(K, "Selasa (9/4/2019)", D, "call", "2019-04-09"),
     M(K, "Minggu, 9 Juni 2019", D, "election", "2019-06-09"),
     M(K, "tiga minggu", N, "gap_weeks", 3, cls="dur"),
     M(K, "April 2020", D, "term_end", "2020-04"),
     M(K, "65 tahun", N, "tok_age", 65, "2019-03", cls="age"),
     M(K, "78 tahun", N, "naz_age", 78, "2019-03", cls="age"),
     M(K, "hampir 30 tahun", N, "years_power", 30, qual="nearly", cls="yrs"),
     M(K, "Selasa (19/3/2019)", D, "resign", "2019-03-19"),
     M(K, "sekitar pukul 19.00", N, "address_time", 19.0, qual="approx", cls="clock"),
     M(K, "Rabu (20/3/2019)", D, "rename", "2019-03-20"),
     M(K, "15 tahun", N, "residence", 15, cls="yrs"),
     M(K, "lima tahun", N, "service", 5, cls="yrs"),
     M(K, "sekitar 18,4 juta jiwa", N, "pop", 18.4, qual="approx", cls="pop"),

     M(A, "Sunday", D, "election", "2019-06-09"),
     M(A, "70.76 percent", N, "tok_pct", 70.76, PRE, cls="pct"),
     M(A, "Monday", D, "prelim_day", "2019-06-10"),
     M(A, "16.02 percent", N, "kos_pct", 16.02, PRE, cls="pct"),
     M(A, "77.4 percent", N, "turnout", 77.4, PRE, cls="pct"),
     M(A, "7 a.m.", N, "open", 7.0, cls="clock"),
     M(A, "8 p.m.", N, "close", 20.0, cls="clock"),
     M(A, "seven candidates", N, "candidates", 7),
     M(A, "about 500 people", N, "detained", 500, SUN, qual="approx"),
     M(A, "Sunday", D, "rallies", "2019-06-09", occ=2),
     M(A, "April 10", D, "call", "2019-04-10", planted=True),
     M(A, "three weeks", N, "gap_weeks", 3, cls="dur"),
     M(A, "March 19", D, "resign", "2019-03-19"),
     M(A, "66", N, "tok_age", 66, "2019-06", cls="age"),
     M(A, "79", N, "naz_age", 79, "2019-07", cls="age"),

     M(T, "Rabu (12/6/2019)", D, "inaug", "2019-06-12"),
     M(T, "Selasa (11/6/2019)", D, "final_day", "2019-06-11"),
     M(T, "70,96 persen", N, "tok_pct", 70.96, FIN, cls="pct"),
     M(T, "Minggu (9/6/2019)", D, "election", "2019-06-09"),
     M(T, "16,23 persen", N, "kos_pct", 16.23, FIN, cls="pct"),
     M(T, "5,05 persen", N, "esp_pct", 5.05, FIN, cls="pct"),
     M(T, "77,5 persen", N, "turnout", 77.5, FIN, cls="pct"),
     M(T, "Senin (10/6/2019)", D, "prelim_day", "2019-06-10"),
     M(T, "70,67 persen", N, "tok_pct", 70.67, PRE, cls="pct", planted=True),
     M(T, "pukul 08.00 WIB", N, "open", 7.0, cls="clock"),
     M(T, "pukul 21.00 WIB", N, "close", 20.0, cls="clock"),
     M(T, "hampir 4.000 orang", N, "detained", 4000, WED, qual="nearly"),
     M(T, "sekitar 500 orang", N, "detained", 500, SUN, qual="approx"),
     M(T, "66 tahun", N, "tok_age", 66, "2019-06", cls="age"),
     M(T, "Selasa (19/3/2019)", D, "resign", "2019-03-19"),
     M(T, "hampir 30 tahun", N, "years_power", 30, qual="nearly", cls="yrs"),
     M(T, "lima tahun", N, "term_len", 5, cls="yrs"),
     M(T, "2024", D, "term_end_new", "2024"),
    ]
    build("kazakh-snap-election-2019", "Kazakhstan's handover and early presidential election of 2019: Nursultan "
          "Nazarbayev's resignation in a televised address at about 19:00 local time on Tuesday 19 March 2019 after "
          "nearly 30 years; Kassym-Jomart Tokayev sworn in as interim president and the capital's renaming approved "
          "on Wednesday 20 March; the early election called on Tuesday 9 April for Sunday 9 June (polls open from "
          "07:00 to 20:00 local time, seven candidates); preliminary results on Monday 10 June (Tokayev 70.76%, "
          "Amirzhan Kosanov 16.02%, turnout 77.4%) and final ones on Tuesday 11 June (70.96%, 16.23%, Daniya Espaeva "
          "5.05%, turnout 77.5%); about 500 protesters detained on election day and nearly 4,000 by the inauguration "
          "on Wednesday 12 June 2019", False, ms, names)


def visa():
    R, K, A, P = "reuters-oct20", "kompas-nov10", "antara-nov11", "apnews-nov13"
    names = {
     "stay": "days a visit may last without a visa", "total": "days allowed in all within the period",
     "window": "days of the period",
     "border": "length of the border (km)",
     # dates
     "effective": "day the visa-free travel began", "announce": "day the foreign ministry announced the start date",
     "signed": "day the agreement was signed", "approval": "month the Kazakh government approved the agreement",
    }
    ms = [
     M(R, "Nov. 10", D, "effective", "2023-11-10"),
     M(R, "Friday", D, "announce", "2023-10-20"),
     M(R, "30 days", N, "stay", 30, cls="days"),
     M(R, "90 days", N, "total", 90, cls="days"),
     M(R, "180-day", N, "window", 180, cls="days"),
     M(R, "May 17", D, "signed", "2023-05-17"),
     M(R, "30 days", N, "stay", 30, cls="days", occ=2),

     M(K, "Jumat (10/11/2023)", D, "effective", "2023-11-10"),
     M(K, "30 hari", N, "stay", 30, cls="days"),
     M(K, "90 hari", N, "total", 90, cls="days"),
     M(K, "180 hari", N, "window", 180, cls="days"),
     M(K, "Rabu (17/5/2023)", D, "signed", "2023-05-17"),
     M(K, "30 hari", N, "stay", 30, cls="days", occ=2),
     M(K, "Agustus 2023", D, "approval", "2023-08"),
     M(K, "Jumat (20/10/2023)", D, "announce", "2023-10-20"),
     M(K, "1.782 kilometer", N, "border", 1782, cls="km"),

     M(A, "Jumat (10/11/2023)", D, "effective", "2023-11-10"),
     M(A, "17 Mei 2023", D, "signed", "2023-05-17"),
     M(A, "30 hari", N, "stay", 30, cls="days"),
     M(A, "90 hari", N, "total", 90, cls="days"),
     M(A, "180 hari", N, "window", 180, cls="days"),
     M(A, "30 hari", N, "stay", 30, cls="days", occ=2),
     M(A, "lebih dari 1.700 kilometer", N, "border", 1700, qual="morethan", cls="km"),
     M(A, "Agustus", D, "approval", "2023-08"),
     M(A, "20 Oktober 2023", D, "announce", "2023-10-20"),

     M(P, "Friday, Nov. 10", D, "effective", "2023-11-10"),
     M(P, "30 days", N, "stay", 30, cls="days"),
     M(P, "90 days", N, "total", 90, cls="days"),
     M(P, "180 days", N, "window", 180, cls="days"),
     M(P, "May 17", D, "signed", "2023-05-17"),
     M(P, "August", D, "approval", "2023-08"),
     M(P, "Oct. 20", D, "announce", "2023-10-20"),
     M(P, "30 days", N, "stay", 30, cls="days", occ=2),
     M(P, "1,782-kilometer", N, "border", 1782, cls="km"),
    ]
    build("kazakh-china-visa-2023", "The mutual visa exemption between Kazakhstan and China, signed in Xi'an on "
          "Wednesday 17 May 2023 during President Tokayev's state visit, approved by the Kazakh government in August, "
          "its start date announced by the Kazakh foreign ministry on Friday 20 October and in force from Friday 10 "
          "November 2023 (control): stays of up to 30 days from crossing the border, at most 90 days in any 180; "
          "longer stays, work and study still need a visa; a border of 1,782 km. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    osh()
    election()
    visa()
