"""The three-hundred-and-twenty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset322/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def koslanda():
    R, K, T, A = "reuters-oct29", "kompas-oct31", "detik-nov02", "ap-oct29-2015"
    # as-of times of the running tallies: Wednesday 29 October 2014 around noon and in the afternoon (the police's
    # three bodies, the Disaster Management Centre's first 10 bodies and 250 missing), Wednesday evening (the centre's
    # 192 missing, "hampir 200"), Thursday 30 October (the centre's corrected three bodies, about 100 missing),
    # Friday 31 October (100 missing), Saturday 1 November (six bodies, 78 unaccounted for, 34 missing), Sunday 9
    # November (13 bodies when the search ended), 29 October 2015 (321 still in the shelter).
    WEDA, WEDB, THU, FRI, SAT, NOV09, Y1 = ("2014-10-29a", "2014-10-29b", "2014-10-30", "2014-10-31", "2014-11-01",
                                            "2014-11-09", "2015-10-29")
    # Bodies: the centre's 10 corrected by the centre itself to three (a revision); the police's three and the
    # military's six are other bodies' counts (sources against the centre's). Missing people and the displaced may
    # fall (people found safe, families moved): not_conflict when lower. The minister's "about 150" under the rubble
    # and the survivors' 19 given to the police are other sources' estimates of the missing.
    DMC, POL, MIL, MIN = "the Disaster Management Centre", "the police", "the military", "the minister"
    names = {
     "bodies": "bodies recovered", "missing": "people missing", "safe_children": "children accounted for",
     "safe_adults": "adults accounted for", "houses": "houses destroyed", "displaced": "people in the shelters",
     "camps": "camps", "nbro_teams": "NBRO teams", "residents": "people living in the buried area",
     "in_camps": "residents of the buried area in the camps", "families": "families of the six victims",
     "unaccounted": "people unaccounted for", "moved": "people believed to have moved away",
     "on_estate": "people on the estate at the time", "personnel": "security personnel deployed",
     "dogs": "sniffer dogs", "families_camp": "families still in the shelter a year on",
     "dead_or_missing": "people dead or missing by the minister's final count", "soldiers": "soldiers in the search",
     "search_days": "days of the search",
     # dates
     "slide": "day of the landslide", "asof_thu": "day of the centre's corrected count",
     "asof_wed": "day the centre gave 192 missing", "visit": "day of the president's visit",
     "asof_sat": "day the sixth body was found", "revise_day": "day the missing were revised to 100",
     "search_end": "day the search was called off",
    }
    ms = [
     M(R, "Wednesday", D, "slide", "2014-10-29"),
     M(R, "10 bodies", N, "bodies", 10, WEDA, src=DMC),
     M(R, "250 people", N, "missing", 250, WEDA, src=DMC, fall=True),
     M(R, "192", N, "missing", 192, WEDB, src=DMC, fall=True),
     M(R, "three bodies", N, "bodies", 3, WEDA, src=POL),
     M(R, "19 of their neighbours", N, "missing", 19, WEDA, src=POL, fall=True),
     M(R, "about 150 people", N, "missing", 150, WEDA, qual="approx", src=MIN, fall=True),
     M(R, "75 children", N, "safe_children", 75),
     M(R, "75 adults", N, "safe_adults", 75),
     M(R, "65 to 70 houses", N, "houses", 65),
     M(R, "817 people", N, "displaced", 817, WEDB, fall=True),
     M(R, "two camps", N, "camps", 2),
     M(R, "Five teams", N, "nbro_teams", 5),

     M(K, "tiga jenazah", N, "bodies", 3, THU, src=DMC),
     M(K, "Kamis (30/10/2014)", D, "asof_thu", "2014-10-30"),
     M(K, "10 jenazah", N, "bodies", 10, WEDA, src=DMC),
     M(K, "sekitar 100 orang", N, "missing", 100, THU, qual="approx", src=DMC, fall=True),
     M(K, "Rabu (29/10/2014)", D, "asof_wed", "2014-10-29"),
     M(K, "192 orang", N, "missing", 192, WEDB, src=DMC, fall=True),
     M(K, "65 hingga 70 rumah", N, "houses", 65),
     M(K, "871 warga", N, "displaced", 871, WEDB, fall=True, planted=True),
     M(K, "dua kamp", N, "camps", 2),
     M(K, "sekitar 210 hingga 220 orang", N, "residents", 210, qual="approx"),
     M(K, "190 di antaranya", N, "in_camps", 190),
     M(K, "pada Kamis", D, "visit", "2014-10-30"),

     M(T, "Sabtu (1/11/2014)", D, "asof_sat", "2014-11-01"),
     M(T, "enam", N, "bodies", 6, SAT, src=MIL),
     M(T, "tiga keluarga", N, "families", 3),
     M(T, "78 orang", N, "unaccounted", 78, SAT),
     M(T, "34 di antaranya", N, "missing", 34, SAT, src=DMC, fall=True),
     M(T, "44 lainnya", N, "moved", 44, SAT),
     M(T, "330 orang", N, "on_estate", 330),
     M(T, "hampir 200 orang", N, "missing", 200, WEDB, qual="nearly", src=DMC, fall=True),
     M(T, "menjadi 100", N, "missing", 100, FRI, src=DMC, fall=True),
     M(T, "pada Jumat", D, "revise_day", "2014-10-31"),
     M(T, "Sekitar 800 personel", N, "personnel", 800, qual="approx"),
     M(T, "tiga anjing pelacak", N, "dogs", 3),

     M(A, "321 survivors", N, "displaced", 321, Y1, fall=True),
     M(A, "74 families", N, "families_camp", 74),
     M(A, "Oct. 30, 2014", D, "slide", "2014-10-30", planted=True),
     M(A, "13 bodies", N, "bodies", 13, NOV09),
     M(A, "Nov. 9, 2014", D, "search_end", "2014-11-09"),
     M(A, "34 people", N, "dead_or_missing", 34, NOV09, src=MIN),
     M(A, "192", N, "missing", 192, WEDB, src=DMC, fall=True),
     M(A, "about 700 soldiers", N, "soldiers", 700, qual="approx"),
     M(A, "12 days", N, "search_days", 12, cls="dur"),
    ]
    build("koslanda-landslide-2014", "The landslide at the Meeriyabedda tea estate near Koslanda, Badulla district, Sri "
          "Lanka (Wednesday 29 October 2014, about 7.30 local time): the Disaster Management Centre's first 10 bodies "
          "and 250 missing, 192 missing by the evening, the police's three bodies and the survivors' 19 missing, the "
          "minister's about 150 under the rubble; the centre's correction to three bodies and about 100 missing on "
          "Thursday 30 October, 100 on Friday, six bodies and 34 missing (78 unaccounted for) on Saturday 1 November; "
          "817 people in two camps, 65 to 70 houses destroyed; 13 bodies when the search ended on Sunday 9 November; "
          "321 people of 74 families still in the shelter a year on", False, ms, names)


def crisis():
    R, K, T, A = "reuters-oct27", "kompas-nov15", "detik-dec14", "ap-dec17"
    # votes, seats and dates do not change with the day of the report: the swearing-in of Mahinda Rajapaksa (Friday
    # 26 October 2018), the suspension of parliament (Saturday 27 October, until 16 November), the dissolution
    # (Friday 9 November; election set for 5 January 2019), the Supreme Court's stay (Tuesday 13 November; hearing
    # 7 December), the no-confidence votes (Wednesday 14 and Friday 16 November), the Court of Appeal's order
    # (Monday 3 December), the confidence vote in Wickremesinghe (Wednesday 12 December, 117-0), the Supreme Court's
    # ruling (Thursday 13 December, seven judges), Rajapaksa's resignation (Saturday 15 December), Wickremesinghe's
    # return (Sunday 16 December). The 122 lawmakers who signed the no-confidence motion filed the petition.
    names = {
     "unp_seats": "seats of Wickremesinghe's party", "parl_seats": "seats in parliament",
     "rival_seats": "seats of Sirisena's and Rajapaksa's groups", "majority": "seats needed for a majority",
     "signed": "lawmakers who signed the no-confidence motion", "conf_yes": "votes for the confidence motion",
     "judges": "judges of the Supreme Court bench", "days_premier": "Rajapaksa's days as premier",
     # dates
     "suspend": "day parliament was suspended", "reconvene_planned": "day parliament was to reconvene",
     "sworn": "day Rajapaksa was sworn in", "sirisena_elected": "Sirisena's election",
     "war_end": "end of the civil war", "tv": "day supporters entered state television",
     "noconf1": "day of the first no-confidence vote", "noconf2": "day of the second no-confidence vote",
     "court_stay": "day the Supreme Court stayed the dissolution", "dissolve": "day parliament was dissolved",
     "election": "day of the snap election", "hearing": "day of the Supreme Court's hearing",
     "ruling": "day of the Supreme Court's ruling", "confvote": "day of the confidence vote",
     "appeal_order": "day of the Court of Appeal's order", "reinstated": "day Wickremesinghe was sworn in again",
     "resign": "day Rajapaksa resigned",
    }
    ms = [
     M(R, "Saturday", D, "suspend", "2018-10-27"),
     M(R, "Nov. 16", D, "reconvene_planned", "2018-11-16"),
     M(R, "106", N, "unp_seats", 106),
     M(R, "225 seats", N, "parl_seats", 225),
     M(R, "95", N, "rival_seats", 95),
     M(R, "113", N, "majority", 113),
     M(R, "Friday", D, "sworn", "2018-10-26"),
     M(R, "January 2015", D, "sirisena_elected", "2015-01"),
     M(R, "2009", D, "war_end", "2009"),
     M(R, "Friday", D, "tv", "2018-10-26", occ=2),

     M(K, "Rabu (14/11/2018)", D, "noconf1", "2018-11-14"),
     M(K, "112 anggota parlemen", N, "signed", 112, planted=True),
     M(K, "225 orang", N, "parl_seats", 225),
     M(K, "sedikitnya 113 suara", N, "majority", 113, qual="atleast"),
     M(K, "Selasa (13/11/2018)", D, "court_stay", "2018-11-13"),
     M(K, "Jumat (9/11/2018)", D, "dissolve", "2018-11-09"),
     M(K, "5 Januari 2019", D, "election", "2019-01-05"),
     M(K, "7 Desember", D, "hearing", "2018-12-07"),
     M(K, "26 Oktober", D, "sworn", "2018-10-26"),
     M(K, "106 kursi", N, "unp_seats", 106),

     M(T, "Kamis (13/12/2018)", D, "ruling", "2018-12-13"),
     M(T, "Tujuh hakim", N, "judges", 7),
     M(T, "Rabu (12/12/2018)", D, "confvote", "2018-12-12"),
     M(T, "117 suara", N, "conf_yes", 117),
     M(T, "113 kursi", N, "majority", 113),
     M(T, "225 orang", N, "parl_seats", 225),
     M(T, "Selasa (4/12/2018)", D, "appeal_order", "2018-12-04", planted=True),
     M(T, "122 anggota parlemen", N, "signed", 122),
     M(T, "9 November", D, "dissolve", "2018-11-09"),
     M(T, "5 Januari 2019", D, "election", "2019-01-05"),
     M(T, "26 Oktober", D, "sworn", "2018-10-26"),

     M(A, "Sunday", D, "reinstated", "2018-12-16"),
     M(A, "Oct. 26", D, "sworn", "2018-10-26"),
     M(A, "Saturday", D, "resign", "2018-12-15"),
     M(A, "51 days", N, "days_premier", 51, cls="dur"),
     M(A, "Nov. 14", D, "noconf1", "2018-11-14"),
     M(A, "Nov. 16", D, "noconf2", "2018-11-16"),
     M(A, "Dec. 3", D, "appeal_order", "2018-12-03"),
     M(A, "122 lawmakers", N, "signed", 122),
     M(A, "117-0", N, "conf_yes", 117),
     M(A, "Dec. 12", D, "confvote", "2018-12-12"),
     M(A, "Nov. 9", D, "dissolve", "2018-11-09"),
     M(A, "seven-member", N, "judges", 7),
     M(A, "Jan. 5", D, "election", "2019-01-05"),
     M(A, "2015", D, "sirisena_elected", "2015"),
     M(A, "225-member", N, "parl_seats", 225),
    ]
    build("sirisena-crisis-2018", "Sri Lanka's constitutional crisis of 2018 in stages: President Maithripala Sirisena "
          "swears in Mahinda Rajapaksa as prime minister (Friday 26 October 2018) and suspends parliament until 16 "
          "November (Saturday 27 October); the dissolution (Friday 9 November, election set for 5 January 2019); the "
          "Supreme Court's stay (Tuesday 13 November, hearing on 7 December); no-confidence votes on Wednesday 14 and "
          "Friday 16 November (122 lawmakers signed); the Court of Appeal's order (Monday 3 December); parliament's "
          "confidence in Ranil Wickremesinghe, 117-0 (Wednesday 12 December); the seven-judge Supreme Court's ruling "
          "(Thursday 13 December); Rajapaksa resigns (Saturday 15 December), Wickremesinghe sworn in again (Sunday 16 "
          "December); 225 seats, 113 for a majority, 106 and 95", False, ms, names)


def padma():
    R, T, K, A = "reuters-jun25", "antara-jun26", "kompas-jun27", "ap-jun28"
    names = {
     "length": "the bridge's length (km)", "districts": "districts linked", "cost": "cost (billion taka)",
     "cost_usd": "cost (billion dollars)", "wb_loan": "the World Bank loan (billion dollars)", "spans": "spans",
     "toll_car": "toll for a car (taka)", "toll_pm": "toll the prime minister paid (taka)",
     "gdp": "expected gain in GDP (%)", "people": "people served (million)",
     # dates
     "inaug": "day of the inauguration", "traffic": "day the bridge opened to traffic",
     "wb_exit": "year the World Bank withdrew", "work_start": "month work on the main bridge began",
    }
    ms = [
     M(R, "Saturday", D, "inaug", "2022-06-25"),
     M(R, "6.15 km", N, "length", 6.15, cls="km"),
     M(R, "21 districts", N, "districts", 21),
     M(R, "301.9 billion taka", N, "cost", 301.9, cls="taka_bn"),
     M(R, "$3.6 billion", N, "cost_usd", 3.6, cls="usd_bn"),
     M(R, "$1.2 billion", N, "wb_loan", 1.2, cls="usd_bn"),
     M(R, "2012", D, "wb_exit", "2012"),
     M(R, "41 spans", N, "spans", 41),
     M(R, "Sunday", D, "traffic", "2022-06-26"),
     M(R, "750 taka", N, "toll_car", 750, cls="taka"),
     M(R, "1.23 percent", N, "gdp", 1.23, cls="pct"),
     M(R, "about 30 million people", N, "people", 30, qual="approx", cls="mln"),
     M(R, "December 2015", D, "work_start", "2015-12"),
     M(R, "16,400 taka", N, "toll_pm", 16400, cls="taka"),

     M(T, "6,15 kilometer", N, "length", 6.15, cls="km"),
     M(T, "Sabtu (25/6/2022)", D, "inaug", "2022-06-25"),
     M(T, "21 distrik", N, "districts", 21),
     M(T, "301,9 miliar taka", N, "cost", 301.9, cls="taka_bn"),
     M(T, "sekitar 3,6 miliar dolar AS", N, "cost_usd", 3.6, qual="approx", cls="usd_bn"),
     M(T, "1,2 miliar dolar AS", N, "wb_loan", 1.2, cls="usd_bn"),
     M(T, "2012", D, "wb_exit", "2012"),
     M(T, "41 bentang", N, "spans", 41),
     M(T, "Minggu (26/6/2022)", D, "traffic", "2022-06-26"),
     M(T, "750 taka", N, "toll_car", 750, cls="taka"),
     M(T, "1,23 persen", N, "gdp", 1.23, cls="pct"),
     M(T, "Sekitar 30 juta penduduk", N, "people", 30, qual="approx", cls="mln"),
     M(T, "16.400 taka", N, "toll_pm", 16400, cls="taka"),
     M(T, "Desember 2015", D, "work_start", "2015-12"),

     M(K, "6,15 km", N, "length", 6.15, cls="km"),
     M(K, "Minggu (26/6/2022)", D, "traffic", "2022-06-26"),
     M(K, "Sabtu (25/6/2022)", D, "inaug", "2022-06-25"),
     M(K, "21 distrik", N, "districts", 21),
     M(K, "301,9 miliar taka", N, "cost", 301.9, cls="taka_bn"),
     M(K, "sekitar 3,6 miliar dollar AS", N, "cost_usd", 3.6, qual="approx", cls="usd_bn"),
     M(K, "1,2 miliar dollar AS", N, "wb_loan", 1.2, cls="usd_bn"),
     M(K, "2012", D, "wb_exit", "2012"),
     M(K, "41 bentang", N, "spans", 41),
     M(K, "750 taka", N, "toll_car", 750, cls="taka"),
     M(K, "16.400 taka", N, "toll_pm", 16400, cls="taka"),
     M(K, "1,23 persen", N, "gdp", 1.23, cls="pct"),
     M(K, "Sekitar 30 juta warga", N, "people", 30, qual="approx", cls="mln"),
     M(K, "Desember 2015", D, "work_start", "2015-12"),

     M(A, "6.15-kilometer", N, "length", 6.15, cls="km"),
     M(A, "Sunday, June 26", D, "traffic", "2022-06-26"),
     M(A, "21 southwestern districts", N, "districts", 21),
     M(A, "301.9 billion taka", N, "cost", 301.9, cls="taka_bn"),
     M(A, "about $3.6 billion", N, "cost_usd", 3.6, qual="approx", cls="usd_bn"),
     M(A, "$1.2 billion", N, "wb_loan", 1.2, cls="usd_bn"),
     M(A, "2012", D, "wb_exit", "2012"),
     M(A, "Saturday, June 25", D, "inaug", "2022-06-25"),
     M(A, "16,400 taka", N, "toll_pm", 16400, cls="taka"),
     M(A, "750 taka", N, "toll_car", 750, cls="taka"),
     M(A, "41 spans", N, "spans", 41),
     M(A, "1.23 percent", N, "gdp", 1.23, cls="pct"),
     M(A, "about 30 million people", N, "people", 30, qual="approx", cls="mln"),
     M(A, "December 2015", D, "work_start", "2015-12"),
    ]
    build("padma-bridge-2022", "The opening of the Padma Bridge, Bangladesh (control): inaugurated by Prime Minister "
          "Sheikh Hasina on Saturday 25 June 2022, open to traffic from 6 a.m. on Sunday 26 June; 6.15 km, 41 spans, "
          "linking Dhaka to 21 southwestern districts; 301.9 billion taka (about $3.6 billion) from the government's own "
          "funds after the World Bank withdrew a $1.2 billion loan in 2012; a car toll of 750 taka, 16,400 taka paid for "
          "the prime minister's motorcade; 1.23 percent of GDP expected, about 30 million people served; work on the "
          "main bridge from December 2015. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    koslanda()
    crisis()
    padma()
