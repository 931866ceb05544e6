"""The thirty-ninth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset39/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def haiti():
    R, K, P, A, T = "reuters-jan13", "kompas-jan21", "ap-feb10", "antara-feb24", "tempo-jan12"
    names = {
     "dead": "the Haitian government's count of the dead", "est": "an estimate of the eventual toll (by its source)",
     "mag": "magnitude of the main quake", "after_mag": "magnitude of the 20 January aftershock",
     "dist": "distance of the main quake from the capital (km)", "after_dist": "distance of the aftershock from the capital (km)",
     "city": "population of Port-au-Prince", "affected": "people affected (Red Cross)",
     "un_missing": "UN staff unaccounted for on the first day", "un_dead": "UN staff killed",
     "dozen": "aftershocks of magnitude 5 or more in the first night", "years": "years since a stronger quake in the area",
     "after_days": "days between the main quake and the aftershock", "injured": "people injured",
     "homeless": "people left homeless", "troops": "extra troops voted by the Security Council",
     "police": "extra police voted by the Security Council", "mission": "strength of the UN mission after the vote",
     "rescued": "people pulled alive by international teams", "flights": "aid flights a day at the airport",
     "tsunami": "dead in the 2004 Indian Ocean tsunami", "kids": "children to be vaccinated",
     "camps_pop": "people living in camps", "tents_bought": "tents bought from China",
     "tents_needed": "tents still needed", "unsheltered": "homeless people still without proper shelter",
     "aft52": "aftershocks of magnitude 4.5 or more in the first two weeks", "weeks": "weeks of aftershocks counted",
     "camps": "camps", "cholera": "cholera dead since October 2010", "pledge": "donors' pledges for two years",
     # dates
     "quake": "day of the main quake", "est_day": "day the prime minister gave his estimate",
     "flights_day": "day the first aid flights were expected", "y1770": "year of the 1770 quake",
     "aftershock": "day of the aftershock", "count20": "day the 75,000 buried were counted",
     "unsc": "day the Security Council voted more peacekeepers", "d230": "day the 230,000 was announced",
     "d150": "day the government first gave 150,000", "y2004": "year of the Indian Ocean tsunami",
     "d222": "day the 222,517 was published", "preval_day": "day Preval gave his 300,000 estimate",
     "rainy": "month the rainy season starts", "donor": "day of the donor conference in New York",
     "anniv": "day of the anniversary statement", "peak": "month the camps were fullest",
     "cholera_start": "month cholera broke out", "election": "day of the presidential election's first round",
    }
    ms = [
     M(R, "well over 100,000", N, "est", 100000, "2010-01-13", "morethan", src="Prime Minister Bellerive"),
     M(R, "7.0", N, "mag", 7.0, cls="mag"),
     M(R, "25 km", N, "dist", 25, qual="approx", cls="len"),
     M(R, "2 million people", N, "city", 2e6, qual="approx"),
     M(R, "45,000 to 50,000", N, "est", 50000, "2010-01-13", "nearly", src="the Red Cross"),
     M(R, "3 million people", N, "affected", 3e6, qual="approx"),
     M(R, "more than 100", N, "un_missing", 100, qual="morethan"),
     M(R, "a dozen aftershocks", N, "dozen", 12, qual="atleast"),
     M(R, "200 years", N, "years", 200, qual="morethan", cls="dur"),
     M(R, "Tuesday", D, "quake", "2010-01-12"),
     M(R, "Wednesday", D, "est_day", "2010-01-13"),
     M(R, "Wednesday", D, "flights_day", "2010-01-13", occ=2),
     M(R, "1770", D, "y1770", "1770"),

     M(K, "5,9", N, "after_mag", 5.9, cls="mag"),
     M(K, "delapan hari", N, "after_days", 8, cls="dur"),
     M(K, "7,0", N, "mag", 7.0, cls="mag"),
     M(K, "sekitar 60 kilometer", N, "after_dist", 60, qual="approx", cls="len"),
     M(K, "sekitar 75.000 jenazah", N, "dead", 75000, "2010-01-20", "approx"),
     M(K, "sekitar 250.000 orang", N, "injured", 250000, "2010-01-20", "approx"),
     M(K, "1 juta orang", N, "homeless", 1e6, "2010-01-20", "approx"),
     M(K, "2.000 tentara", N, "troops", 2000),
     M(K, "1.500 polisi", N, "police", 1500),
     M(K, "sekitar 12.650 personel", N, "mission", 12650, qual="approx"),
     M(K, "121 orang", N, "rescued", 121, "2010-01-20"),
     M(K, "Sedikitnya 70 staf PBB", N, "un_dead", 70, "2010-01-20", "atleast"),
     M(K, "lebih dari 100 penerbangan", N, "flights", 100, qual="morethan"),
     M(K, "Rabu (20/1/2010)", D, "aftershock", "2010-01-20"),
     M(K, "Rabu", D, "count20", "2010-01-20", occ=2),
     M(K, "Selasa (19/1/2010)", D, "unsc", "2010-01-19"),

     M(P, "230,000", N, "dead", 230000, "2010-02-09"),
     M(P, "212,000", N, "dead", 212000, "2010-02-02"),
     M(P, "150,000", N, "dead", 150000, "2010-01-24"),
     M(P, "111,499", N, "dead", 111499, "2010-01-22"),
     M(P, "roughly 230,000 deaths", N, "tsunami", 230000, qual="approx"),
     M(P, "About 300,000 people", N, "injured", 300000, "2010-02-09", "approx"),
     M(P, "1.2 million", N, "homeless", 1.2e6, "2010-02-09", "approx"),
     M(P, "7.0", N, "mag", 7.0, cls="mag"),
     M(P, "5.9", N, "after_mag", 5.9, cls="mag"),
     M(P, "530,000 children", N, "kids", 530000),
     M(P, "half a million people", N, "camps_pop", 500000, "2010-02-09", "approx", fall=True),
     M(P, "Tuesday", D, "d230", "2010-02-09"),
     M(P, "Jan. 24", D, "d150", "2010-01-24"),
     M(P, "2004", D, "y2004", "2004"),
     M(P, "Jan. 12", D, "quake", "2010-01-12"),
     M(P, "Jan. 21", D, "aftershock", "2010-01-21", planted=True),
     M(P, "April", D, "rainy", "2010-04"),

     M(A, "222.517 orang", N, "dead", 222517, "2010-02-23"),
     M(A, "mencapai 300.000 orang", N, "est", 300000, "2010-02-21", "nearly", src="President Preval"),
     M(A, "7,0", N, "mag", 7.0, cls="mag"),
     M(A, "sekitar 300.000 orang", N, "injured", 300000, "2010-02-23", "approx"),
     M(A, "sekitar 1,2 juta orang", N, "homeless", 1.2e6, "2010-02-23", "approx"),
     M(A, "50.000 tenda", N, "tents_bought", 50000),
     M(A, "sedikitnya 200.000 tenda", N, "tents_needed", 200000, qual="atleast"),
     M(A, "sekitar 900.000", N, "unsheltered", 900000, "2010-02-23", "approx", fall=True),
     M(A, "1,2 juta", N, "homeless", 1.2e6, "2010-02-23", "approx", occ=2),
     M(A, "sedikitnya 220.000 orang", N, "tsunami", 220000, qual="atleast"),
     M(A, "52 gempa susulan", N, "aft52", 52),
     M(A, "dua pekan", N, "weeks", 2, cls="dur"),
     M(A, "12 Januari", D, "quake", "2010-01-12"),
     M(A, "Selasa (23/2/2010)", D, "d222", "2010-02-23"),
     M(A, "Minggu (21/2/2010)", D, "preval_day", "2010-02-21"),
     M(A, "April", D, "rainy", "2010-04"),
     M(A, "2004", D, "y2004", "2004"),
     M(A, "31 Maret", D, "donor", "2010-03-31"),

     M(T, "7,0", N, "mag", 7.0, cls="mag"),
     M(T, "316.000 orang", N, "dead", 316000, "2011-01-12"),
     M(T, "230.000 korban", N, "dead", 230000, "2010-02-09"),
     M(T, "lebih dari 300.000 orang", N, "injured", 300000, "2011-01-12", "morethan"),
     M(T, "1,5 juta orang", N, "homeless", 1.5e6, "2011-01-12"),
     M(T, "sekitar 810.000 orang", N, "camps_pop", 810000, "2011-01-12", "approx", fall=True),
     M(T, "1.150 kamp", N, "camps", 1150),
     M(T, "sekitar 1,5 juta orang", N, "camps_pop", 1.5e6, "2010-07", "approx", fall=True),
     M(T, "lebih dari 3.600 orang", N, "cholera", 3600, "2011-01-12", "morethan"),
     M(T, "5,3 miliar dolar AS", N, "pledge", 5.3e9, cls="money"),
     M(T, "102 personelnya", N, "un_dead", 102, "2011-01-12"),
     M(T, "Rabu (12/1/2011)", D, "anniv", "2011-01-12"),
     M(T, "Februari 2010", D, "d230", "2010-02"),
     M(T, "Juli 2010", D, "peak", "2010-07"),
     M(T, "Oktober 2010", D, "cholera_start", "2010-10"),
     M(T, "Maret 2010", D, "donor", "2010-03"),
     M(T, "28 November 2010", D, "election", "2010-11-28"),
    ]
    build("haiti-earthquake-2010", "Haiti earthquake (Tuesday 12 January 2010, magnitude 7.0, about 25 km west of "
          "Port-au-Prince): first-day estimates by the prime minister (well over 100,000) and the Red Cross (45,000 to "
          "50,000) and the president's later 300,000 (sources); the government's count rising (75,000 -> 111,499 -> "
          "150,000 -> 212,000 -> 230,000), lowered to 222,517 (revision) and raised to 316,000 a year later; injured, "
          "homeless and people in camps over the year; the Security Council's extra troops and police, UN staff "
          "missing and dead, the 2004 tsunami's toll recalled; dates of the quake, the aftershock, the vote, the "
          "announcements, the donor conference, the anniversary", False, ms, names)


def australia():
    R, K, A, G = "reuters-may22", "kompas-may23", "antara-jun06", "guardian-jun27"
    names = {
     "labor": "seats won by Labor", "coal": "seats won by the Coalition", "house": "seats in the House of Representatives",
     "majority": "seats needed for a majority", "teal": "Liberal seats taken by teal independents",
     "greens": "seats won by the Greens", "indep": "independents elected", "minor": "minor-party MPs elected",
     "cross": "crossbench members", "gilmore": "Labor's margin in Gilmore (votes)",
     "ministers": "ministers sworn in with Albanese on 23 May", "cabinet": "members of the new cabinet",
     "nine": "years of conservative government", "twodays": "days between polling day and the swearing-in",
     "wong_age": "Penny Wong's age when she moved to Adelaide",
     "labor_pv": "Labor's share of first-preference votes", "coal_pv": "the Coalition's share of first-preference votes",
     "greens_pv": "the Greens' share of first-preference votes", "tpp": "Labor's two-party-preferred share",
     "turnout": "turnout",
     # dates
     "election": "polling day", "concession": "day Morrison conceded", "speech": "day of Albanese's victory speech",
     "swear": "day Albanese was sworn in", "count_r": "day of the Sunday count (72 seats)",
     "count_k": "day of the Monday count (73 seats)", "quad": "day of the Quad meeting in Tokyo",
     "congrats": "day Jokowi congratulated Albanese", "morrison_since": "month Morrison became prime minister",
     "wong_born": "year Penny Wong was born", "visit": "day of Albanese's visit to Bogor",
     "arrive": "day Albanese arrived in Jakarta", "majority_day": "day the 76th seat was declared",
     "dutton": "day Dutton became Liberal leader", "cabinet_day": "day the cabinet was sworn in",
     "cepa": "month the trade agreement took effect", "g20": "month of the G20 summit in Bali",
     "y1946": "year of the Liberal Party's first election", "y1925": "year compulsory voting was first used",
     "parl": "day the new parliament first sits",
    }
    ms = [
     M(R, "72", N, "labor", 72, "2022-05-22"),
     M(R, "151 seats", N, "house", 151),
     M(R, "76", N, "majority", 76),
     M(R, "52 seats", N, "coal", 52, "2022-05-22"),
     M(R, "at least five", N, "teal", 5, "2022-05-22", "atleast"),
     M(R, "nine years", N, "nine", 9, cls="dur"),
     M(R, "about 32%", N, "labor_pv", 32, "2022-05-22", "approx", cls="pct", fall=True),
     M(R, "Saturday", D, "election", "2022-05-21"),
     M(R, "Saturday", D, "concession", "2022-05-21", occ=2),
     M(R, "Saturday night", D, "speech", "2022-05-21"),
     M(R, "Monday", D, "swear", "2022-05-23"),
     M(R, "Sunday", D, "count_r", "2022-05-22"),
     M(R, "Tuesday", D, "quad", "2022-05-24"),

     M(K, "empat menteri", N, "ministers", 4),
     M(K, "73", N, "labor", 73, "2022-05-23"),
     M(K, "151 kursi", N, "house", 151),
     M(K, "76 kursi", N, "majority", 76),
     M(K, "55 kursi", N, "coal", 55, "2022-05-23"),
     M(K, "delapan tahun", N, "wong_age", 8, cls="age"),
     M(K, "Senin (23/5/2022)", D, "swear", "2022-05-23"),
     M(K, "Sabtu (21/5/2022)", D, "election", "2022-05-21"),
     M(K, "Senin", D, "count_k", "2022-05-23", occ=2),
     M(K, "Selasa (24/5/2022)", D, "quad", "2022-05-24"),
     M(K, "1968", D, "wong_born", "1968"),
     M(K, "Minggu (22/5/2022)", D, "congrats", "2022-05-22"),
     M(K, "Agustus 2018", D, "morrison_since", "2018-08"),
     M(K, "Sabtu malam", D, "concession", "2022-05-21"),

     M(A, "kursi ke-76", N, "labor", 76, "2022-05-31"),
     M(A, "151 kursi", N, "house", 151),
     M(A, "sedikitnya 76 kursi", N, "labor", 76, "2022-06-06", "atleast"),
     M(A, "sedikitnya 57 kursi", N, "coal", 57, "2022-06-06", "atleast"),
     M(A, "23 menteri", N, "cabinet", 23),
     M(A, "Senin (6/6/2022)", D, "visit", "2022-06-06"),
     M(A, "Selasa (24/5/2022)", D, "swear", "2022-05-24", planted=True),
     M(A, "Minggu (5/6/2022)", D, "arrive", "2022-06-05"),
     M(A, "Selasa (31/5/2022)", D, "majority_day", "2022-05-31"),
     M(A, "Senin (30/5/2022)", D, "dutton", "2022-05-30"),
     M(A, "Rabu (1/6/2022)", D, "cabinet_day", "2022-06-01"),
     M(A, "Juli 2020", D, "cepa", "2020-07"),
     M(A, "November 2022", D, "g20", "2022-11"),

     M(G, "77 seats", N, "labor", 77, "final"),
     M(G, "150-seat", N, "house", 150, planted=True),
     M(G, "58 seats", N, "coal", 58, "final"),
     M(G, "four seats", N, "greens", 4, "final"),
     M(G, "Ten independents", N, "indep", 10, "final"),
     M(G, "two minor-party MPs", N, "minor", 2, "final"),
     M(G, "16", N, "cross", 16, "final"),
     M(G, "Six", N, "teal", 6, "final"),
     M(G, "32.58%", N, "labor_pv", 32.58, "final", cls="pct", fall=True),
     M(G, "35.70%", N, "coal_pv", 35.70, "final", cls="pct"),
     M(G, "12.25%", N, "greens_pv", 12.25, "final", cls="pct"),
     M(G, "52.13%", N, "tpp", 52.13, "final", cls="pct"),
     M(G, "89.82%", N, "turnout", 89.82, "final", cls="pct"),
     M(G, "two days", N, "twodays", 2, cls="dur"),
     M(G, "373 votes", N, "gilmore", 373),
     M(G, "1946", D, "y1946", "1946"),
     M(G, "1925", D, "y1925", "1925"),
     M(G, "May 23", D, "swear", "2022-05-23"),
     M(G, "July 26", D, "parl", "2022-07-26"),
    ]
    build("australia-election-2022", "Australia's federal election (Saturday 21 May 2022): Labor's seats rising with "
          "the count (72 -> 73 -> the 76th declared on 31 May -> 77 final) of 151, the Coalition's (52 -> 55 -> at least "
          "57 -> 58), teal independents (at least five -> six), the crossbench, first-preference and two-party shares, "
          "turnout; dates of polling day, the concession, the swearing-in on Monday 23 May, the Quad meeting the next "
          "day, the 76th seat, the new Liberal leader, the cabinet, a visit to Bogor, later events", False, ms, names)


def bnm():
    B, K, E, C = "bernama-may03", "kontan-may04", "theedge-may05", "cnbcindonesia-may08"
    NEW, OLD = "2023-05-03", "2023-05-02"
    names = {
     "opr": "the Overnight Policy Rate", "ceiling": "ceiling of the OPR corridor", "floor": "floor of the OPR corridor",
     "hike_bp": "size of the May 2023 increase (bp)", "bank_bp": "banks' increase of their base rates (bp)",
     "step22_bp": "size of each 2022 increase (bp)", "fed_bp": "size of the Fed's increase (bp)",
     "total_bp": "total increase since May 2022 (bp)", "fed_lo": "the Fed's new range, lower end",
     "fed_hi": "the Fed's new range, upper end", "low": "the OPR's record low",
     "infl_mar": "headline inflation in March 2023", "infl_feb": "headline inflation in February 2023",
     "core_mar": "core inflation in March 2023", "infl_fc_lo": "2023 inflation forecast, lower end",
     "infl_fc_hi": "2023 inflation forecast, upper end", "gdp_fc_lo": "2023 growth forecast, lower end",
     "gdp_fc_hi": "2023 growth forecast, upper end", "gdp22": "growth in 2022", "q1adv": "first-quarter growth (advance estimate)",
     "hikes22": "increases in 2022", "cuts20": "cuts in 2020", "hikes_all": "increases since May 2022",
     "economists": "economists polled",
     # dates
     "decision": "day of the decision", "fed_day": "day of the Fed's decision", "hold_jan": "month of the January hold",
     "hold_mar": "month of the March hold", "infl_month": "month of the 3.4% inflation",
     "feb_month": "month of the 3.7% inflation", "first_hike": "month of the first increase",
     "low_month": "month the record low was reached", "next": "day of the next decision",
     "adv_day": "day the advance estimate was released", "q1_day": "day the full first-quarter figures are due",
    }
    ms = [
     M(B, "25 basis points", N, "hike_bp", 25, cls="bp"),
     M(B, "3.00 per cent", N, "opr", 3.00, NEW, cls="pct"),
     M(B, "3.25 per cent", N, "ceiling", 3.25, cls="pct"),
     M(B, "2.75 per cent", N, "floor", 2.75, cls="pct"),
     M(B, "2.75 per cent", N, "opr", 2.75, OLD, cls="pct", occ=2),
     M(B, "3.4 per cent", N, "infl_mar", 3.4, cls="pct"),
     M(B, "3.7 per cent", N, "infl_feb", 3.7, cls="pct"),
     M(B, "3.8 per cent", N, "core_mar", 3.8, cls="pct"),
     M(B, "2.8", N, "infl_fc_lo", 2.8, cls="pct"),
     M(B, "3.8 per cent", N, "infl_fc_hi", 3.8, cls="pct", occ=2),
     M(B, "4.0", N, "gdp_fc_lo", 4.0, cls="pct"),
     M(B, "5.0 per cent", N, "gdp_fc_hi", 5.0, cls="pct"),
     M(B, "8.7 per cent", N, "gdp22", 8.7, cls="pct"),
     M(B, "four times", N, "hikes22", 4),
     M(B, "1.75 per cent", N, "low", 1.75, cls="pct"),
     M(B, "125 basis points", N, "total_bp", 125, cls="bp"),
     M(B, "May 3", D, "decision", "2023-05-03"),
     M(B, "January", D, "hold_jan", "2023-01"),
     M(B, "March", D, "hold_mar", "2023-03"),
     M(B, "March", D, "infl_month", "2023-03", occ=2),
     M(B, "February", D, "feb_month", "2023-02"),
     M(B, "May last year", D, "first_hike", "2022-05"),
     M(B, "July 6", D, "next", "2023-07-06"),

     M(K, "25 basis poin", N, "hike_bp", 25, cls="bp"),
     M(K, "3,00%", N, "opr", 3.00, NEW, cls="pct"),
     M(K, "25 ekonom", N, "economists", 25),
     M(K, "2,75%", N, "opr", 2.75, OLD, cls="pct"),
     M(K, "3,25%", N, "ceiling", 3.25, cls="pct"),
     M(K, "2,75%", N, "floor", 2.75, cls="pct", occ=2),
     M(K, "125 basis poin", N, "total_bp", 125, cls="bp"),
     M(K, "1,75%", N, "low", 1.75, cls="pct"),
     M(K, "3,8%", N, "core_mar", 3.8, cls="pct"),
     M(K, "3,4%", N, "infl_mar", 3.4, cls="pct"),
     M(K, "4%", N, "gdp_fc_lo", 4, cls="pct"),
     M(K, "5%", N, "gdp_fc_hi", 5, cls="pct"),
     M(K, "2,8%", N, "infl_fc_lo", 2.8, cls="pct"),
     M(K, "3,8%", N, "infl_fc_hi", 3.8, cls="pct", occ=2),
     M(K, "25 basis poin", N, "fed_bp", 25, cls="bp", occ=2),
     M(K, "5,00%", N, "fed_lo", 5.00, cls="pct"),
     M(K, "5,25%", N, "fed_hi", 5.25, cls="pct"),
     M(K, "5,6%", N, "q1adv", 5.6, cls="pct"),
     M(K, "Rabu (3/5/2023)", D, "decision", "2023-05-03"),
     M(K, "Mei 2023", D, "decision", "2023-05"),
     M(K, "Mei 2022", D, "first_hike", "2022-05"),
     M(K, "Maret 2023", D, "infl_month", "2023-03"),
     M(K, "Rabu", D, "fed_day", "2023-05-03", occ=2),
     M(K, "12 Mei 2023", D, "q1_day", "2023-05-12"),

     M(E, "25-basis-point", N, "bank_bp", 25, cls="bp"),
     M(E, "3%", N, "opr", 3, NEW, cls="pct"),
     M(E, "3.00%", N, "opr", 3.00, NEW, cls="pct"),
     M(E, "four times", N, "cuts20", 4),
     M(E, "1.75%", N, "low", 1.75, cls="pct"),
     M(E, "25 basis points", N, "step22_bp", 25, cls="bp"),
     M(E, "four meetings", N, "hikes22", 4),
     M(E, "125 basis points", N, "total_bp", 125, cls="bp"),
     M(E, "3.4%", N, "infl_mar", 3.4, cls="pct"),
     M(E, "3.8%", N, "core_mar", 3.8, cls="pct"),
     M(E, "4%", N, "gdp_fc_lo", 4, cls="pct"),
     M(E, "5%", N, "gdp_fc_hi", 5, cls="pct"),
     M(E, "8.7%", N, "gdp22", 8.7, cls="pct"),
     M(E, "5.6%", N, "q1adv", 5.6, cls="pct"),
     M(E, "Wednesday", D, "decision", "2023-05-03"),
     M(E, "Wednesday", D, "decision", "2023-05-03", occ=2),
     M(E, "July", D, "low_month", "2020-07"),
     M(E, "January", D, "hold_jan", "2023-01"),
     M(E, "March", D, "hold_mar", "2023-03"),
     M(E, "May 2022", D, "first_hike", "2022-05"),
     M(E, "March", D, "infl_month", "2023-03", occ=2),
     M(E, "April 28", D, "adv_day", "2023-04-28"),
     M(E, "May 12", D, "q1_day", "2023-05-12"),

     M(C, "25 basis poin", N, "hike_bp", 25, cls="bp"),
     M(C, "3%", N, "opr", 3, NEW, cls="pct"),
     M(C, "25 basis poin", N, "bank_bp", 25, cls="bp", occ=2),
     M(C, "3,8%", N, "core_mar", 3.8, cls="pct"),
     M(C, "3,4%", N, "infl_mar", 3.4, cls="pct"),
     M(C, "3,7%", N, "infl_feb", 3.7, cls="pct"),
     M(C, "1,75%", N, "low", 1.75, cls="pct"),
     M(C, "4%", N, "gdp_fc_lo", 4, cls="pct"),
     M(C, "5%", N, "gdp_fc_hi", 5, cls="pct"),
     M(C, "8,7%", N, "gdp22", 8.7, cls="pct"),
     M(C, "5,6%", N, "q1adv", 5.6, cls="pct"),
     M(C, "lima kali", N, "hikes_all", 5),
     M(C, "Rabu (3/5/2023)", D, "decision", "2023-05-03"),
     M(C, "Maret 2023", D, "infl_month", "2023-03"),
     M(C, "Maret", D, "infl_month", "2023-03", occ=2),
     M(C, "Februari", D, "feb_month", "2023-02"),
     M(C, "Juli 2020", D, "low_month", "2020-07"),
     M(C, "Jumat (12/5/2023)", D, "q1_day", "2023-05-12"),
     M(C, "Mei 2022", D, "first_hike", "2022-05"),
     M(C, "6 Juli 2023", D, "next", "2023-07-06"),
    ]
    build("bnm-opr-2023", "Bank Negara Malaysia's rate decision (control): on Wednesday 3 May 2023 the Overnight Policy "
          "Rate raised by 25 basis points from 2.75% to 3.00%, the corridor to 3.25% and 2.75%; the fifth increase "
          "since May 2022 (four in 2022), 125 basis points in all from the record low of 1.75% (four cuts in 2020); "
          "headline inflation 3.4% in March (3.7% in February), core 3.8%, forecasts of 2.8-3.8% inflation and 4-5% "
          "growth after 8.7% in 2022, 5.6% in the first quarter; banks' and the Fed's own 25-basis-point increases; "
          "the next decision on 6 July. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    haiti()
    australia()
    bnm()
