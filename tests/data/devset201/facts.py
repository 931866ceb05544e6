"""The two-hundred-and-first development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset201/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def synagogue():
    R, K, A, T, B = "reuters-sep14", "kompas-sep17", "ap-sep18", "tempo-nov15", "bbc-nov17"
    # as-of times of the running tallies: Saturday 13 September 2014 (17 bodies), Sunday 14 September (44 dead, some
    # 130 rescued), Monday 15 September (49), Tuesday 16 September (NEMA's 62, the rescuers' 63, President Zuma's 67
    # South Africans), Thursday 18 September (80 dead, 131 rescued, the South African mission's counts), Saturday 15
    # November (Radebe's 85 South Africans, 116 dead, 11 bodies left) and Sunday 16 November (the spokeswoman's
    # correction to 81 South Africans: three Zimbabweans and one Congolese had been counted among them; a revision).
    # The unaccounted-for, the South Africans still in hospital and the bodies left in Lagos may fall (fall=True).
    SAT, SUN, MON, TUE, THU, NOV15, NOV16 = ("2014-09-13", "2014-09-14", "2014-09-15", "2014-09-16", "2014-09-18",
                                            "2014-11-15", "2014-11-16")
    NEMA, SITE = "NEMA", "rescuers at the site"
    names = {
     "dead": "people killed in the collapse", "rescued": "people rescued alive", "sa_dead": "South Africans killed",
     "sa_visitors": "South Africans at the church", "groups": "South African tour groups at the church",
     "sa_missing": "South Africans unaccounted for", "sa_survivors": "South African survivors",
     "sa_hosp": "South African survivors still in hospital", "floors_old": "floors of the existing building",
     "floors_added": "floors being added", "repatriated": "bodies flown home to South Africa",
     "remaining": "bodies still in Lagos awaiting identification", "sa_inj_home": "injured South Africans flown home",
     "discharged": "flown-home injured who have left hospital", "planes": "military planes carrying the coffins",
     "zim": "dead first counted as South African who were Zimbabweans",
     "drc": "dead first counted as South African who were Congolese",
     # dates
     "collapse": "day of the collapse", "asof_sat": "day of the count of 17", "asof_sun": "day of the count of 44",
     "nema_in": "day the agency's teams were let in", "claim": "day the pastor spoke of an aircraft",
     "zuma": "day of President Zuma's statement", "asof_tue": "day of the count of 62",
     "asof_thu": "day of the count of 80", "caution": "day the foreign ministry urged caution",
     "flight": "day the bodies were flown out of Lagos", "arrival": "day the bodies arrived in South Africa",
     "correction": "day of the spokeswoman's correction",
    }
    ms = [
     M(R, "44", N, "dead", 44, SUN, src=NEMA),
     M(R, "Sunday", D, "asof_sun", "2014-09-14"),
     M(R, "17 bodies", N, "dead", 17, SAT, src=NEMA),
     M(R, "Saturday", D, "asof_sat", "2014-09-13"),
     M(R, "Some 130 people", N, "rescued", 130, SUN, qual="approx"),
     M(R, "Friday", D, "collapse", "2014-09-12"),
     M(R, "Saturday", D, "nema_in", "2014-09-13", occ=2),
     M(R, "Saturday", D, "claim", "2014-09-13", occ=3),

     M(K, "76 warga negaranya", N, "sa_dead", 76, TUE, planted=True),
     M(K, "Jumat (12/9/2014)", D, "collapse", "2014-09-12"),
     M(K, "Selasa (16/9/2014)", D, "zuma", "2014-09-16"),
     M(K, "sekitar 300 warganya", N, "sa_visitors", 300, qual="approx"),
     M(K, "sedikitnya lima rombongan", N, "groups", 5, qual="atleast"),
     M(K, "62 korban tewas", N, "dead", 62, TUE, src=NEMA),
     M(K, "Selasa (16/9/2014)", D, "asof_tue", "2014-09-16", occ=2),
     M(K, "49 orang", N, "dead", 49, MON, src=NEMA),
     M(K, "63 jenazah", N, "dead", 63, TUE, src=SITE),
     M(K, "berlantai dua", N, "floors_old", 2, cls="floors"),
     M(K, "tiga lantai", N, "floors_added", 3, cls="floors"),

     M(A, "80", N, "dead", 80, THU, src=NEMA),
     M(A, "Thursday", D, "asof_thu", "2014-09-18"),
     M(A, "131 people", N, "rescued", 131, THU),
     M(A, "Friday, Sept. 12", D, "collapse", "2014-09-12"),
     M(A, "17 South Africans", N, "sa_missing", 17, THU, fall=True),
     M(A, "265", N, "sa_survivors", 265, THU),
     M(A, "29 of them", N, "sa_hosp", 29, THU, fall=True),
     M(A, "Tuesday", D, "zuma", "2014-09-16"),
     M(A, "67 South Africans", N, "sa_dead", 67, TUE),
     M(A, "Wednesday", D, "caution", "2014-09-17"),
     M(A, "Three extra floors", N, "floors_added", 3, cls="floors"),
     M(A, "two-story building", N, "floors_old", 2, cls="floors"),

     M(T, "74 jenazah", N, "repatriated", 74),
     M(T, "Sabtu (15/11/2014)", D, "flight", "2014-11-15"),
     M(T, "85 orang", N, "sa_dead", 85, NOV15),
     M(T, "11 jenazah", N, "remaining", 11, NOV15, fall=True),
     M(T, "116 orang", N, "dead", 116, NOV15),
     M(T, "12 September 2014", D, "collapse", "2014-09-12"),
     M(T, "26 warga", N, "sa_inj_home", 26),

     M(B, "74 people", N, "repatriated", 74),
     M(B, "Sunday", D, "arrival", "2014-11-16"),
     M(B, "two military planes", N, "planes", 2),
     M(B, "Sunday", D, "correction", "2014-11-16", occ=2),
     M(B, "three of those", N, "zim", 3),
     M(B, "one came from", N, "drc", 1),
     M(B, "81 South Africans", N, "sa_dead", 81, NOV16),
     M(B, "116 people", N, "dead", 116, NOV16),
     M(B, "12 September", D, "collapse", "2014-09-12"),
     M(B, "Eleven bodies", N, "remaining", 11, NOV16, fall=True),
     M(B, "Twenty-six injured South Africans", N, "sa_inj_home", 26),
     M(B, "20 of them", N, "discharged", 20),
     M(B, "80", N, "dead", 80, THU, src=NEMA),
     M(B, "18 September", D, "asof_thu", "2014-09-18"),
    ]
    build("synagogue-collapse-2014", "The collapse of the Synagogue Church of All Nations guesthouse in Ikotun, Lagos "
          "(Friday 12 September 2014): NEMA's toll 17 by Saturday -> 44 on Sunday -> 49 on Monday -> 62 on Tuesday "
          "(rescuers at the site: 63) -> 80 on Thursday 18 September, 116 in all by November; rescued about 130 -> 131; "
          "President Zuma's 67 South African dead (Tuesday 16 September), 85 by Radebe's count of 15 November, "
          "revised down to 81 on 16 November (three Zimbabweans and one Congolese counted among them); 74 bodies "
          "flown home on 15 November, arriving on Sunday 16 November, 11 left in Lagos",
          False, ms, names)


def election():
    R, K, T, A = "reuters-mar31", "kompas-apr01", "tempo-apr03", "ap-may29"
    # results, votes, ages and dates do not change with the day of the report: no as-of times in this cluster.
    names = {
     "states_total": "states in the federation", "b_votes": "Buhari's votes", "j_votes": "Jonathan's votes",
     "margin": "Buhari's margin", "b_states": "states Buhari carried", "j_states": "states Jonathan carried",
     "rule_states": "states in which a quarter of the votes is required", "rule_pct": "share of the votes required in those states",
     "b25_states": "states where Buhari took a quarter of the votes", "delay": "length of the postponement",
     "age": "Buhari's age", "bids": "Buhari's earlier failed bids", "killed2011": "people killed after the 2011 election",
     "b_pct": "Buhari's share of the valid votes", "j_pct": "Jonathan's share of the valid votes",
     "registered": "registered voters", "cast": "votes cast", "rejected": "rejected ballots",
     "pdp_years": "years the PDP had governed",
     # dates
     "concession": "day Jonathan conceded", "poll": "polling day", "extension": "day voting ran into",
     "original": "the election's first date", "inauguration": "day of the swearing-in", "e2011": "the 2011 election",
     "e2003": "the 2003 election", "e2007": "the 2007 election", "declaration": "day of the commission's declaration",
     "independence": "year of independence", "rule_start": "start of Buhari's military rule",
     "rule_end": "end of Buhari's military rule", "civilian": "year of the return to civilian rule",
    }
    ms = [
     M(R, "Tuesday", D, "concession", "2015-03-31"),
     M(R, "all 36 states", N, "states_total", 36),
     M(R, "15,424,921", N, "b_votes", 15424921),
     M(R, "12,853,162", N, "j_votes", 12853162),
     M(R, "about 2.57 million", N, "margin", 2570000, qual="approx"),
     M(R, "21 states", N, "b_states", 21),
     M(R, "Jonathan 15", N, "j_states", 15),
     M(R, "a quarter of the votes", N, "rule_pct", 25, qual="unit", cls="pct"),
     M(R, "at least 24 states", N, "rule_states", 24),
     M(R, "27 states", N, "b25_states", 27),
     M(R, "Saturday", D, "poll", "2015-03-28"),
     M(R, "Sunday", D, "extension", "2015-03-29"),
     M(R, "Feb. 14", D, "original", "2015-02-14"),
     M(R, "six weeks", N, "delay", 6, cls="dur"),
     M(R, "Buhari, 72", N, "age", 72, cls="age"),
     M(R, "three earlier bids", N, "bids", 3),
     M(R, "May 29", D, "inauguration", "2015-05-29"),
     M(R, "2011", D, "e2011", "2011"),
     M(R, "about 800 people", N, "killed2011", 800, qual="approx"),

     M(K, "Rabu (1/4/2015)", D, "declaration", "2015-04-01"),
     M(K, "15.424.921 suara", N, "b_votes", 15424921),
     M(K, "53,96 persen", N, "b_pct", 53.96, cls="pct"),
     M(K, "12.853.162 suara", N, "j_votes", 12853162),
     M(K, "44,96 persen", N, "j_pct", 44.96, cls="pct"),
     M(K, "2.571.759 suara", N, "margin", 2571759),
     M(K, "sekitar 67,4 juta pemilih", N, "registered", 67400000, qual="approx"),
     M(K, "29.432.083 orang", N, "cast", 29432083),
     M(K, "844.519 surat suara", N, "rejected", 844519),
     M(K, "21 negara bagian", N, "b_states", 21),
     M(K, "15 negara bagian", N, "j_states", 15),
     M(K, "Sabtu (28/3/2015)", D, "poll", "2015-03-28"),
     M(K, "Selasa (31/3/2015)", D, "concession", "2015-03-31"),
     M(K, "1960", D, "independence", "1960"),
     M(K, "14 Februari 2015", D, "original", "2015-02-14"),
     M(K, "enam pekan", N, "delay", 6, cls="dur"),
     M(K, "29 Mei 2015", D, "inauguration", "2015-05-29"),

     M(T, "72 tahun", N, "age", 72, cls="age"),
     M(T, "2003", D, "e2003", "2003"),
     M(T, "2007", D, "e2007", "2007"),
     M(T, "2011", D, "e2011", "2011"),
     M(T, "Sabtu (28/3/2015)", D, "poll", "2015-03-28"),
     M(T, "15.424.291 suara", N, "b_votes", 15424291, planted=True),
     M(T, "12.853.162 suara", N, "j_votes", 12853162),
     M(T, "Desember 1983", D, "rule_start", "1983-12"),
     M(T, "Agustus 1985", D, "rule_end", "1985-08"),
     M(T, "sedikitnya 25 persen suara", N, "rule_pct", 25, cls="pct"),
     M(T, "24 negara bagian", N, "rule_states", 24),
     M(T, "27 negara bagian", N, "b25_states", 27),
     M(T, "Selasa (31/3/2015)", D, "concession", "2015-03-31"),
     M(T, "16 tahun", N, "pdp_years", 16, cls="dur"),
     M(T, "1999", D, "civilian", "1999"),
     M(T, "28 Mei 2015", D, "inauguration", "2015-05-28", planted=True),

     M(A, "Friday", D, "inauguration", "2015-05-29"),
     M(A, "March 28", D, "poll", "2015-03-28"),
     M(A, "more than 2.5 million votes", N, "margin", 2500000, qual="morethan"),
     M(A, "March 31", D, "concession", "2015-03-31"),
     M(A, "Buhari, 72", N, "age", 72, cls="age"),
     M(A, "1983", D, "rule_start", "1983"),
     M(A, "1985", D, "rule_end", "1985"),
     M(A, "Feb. 14", D, "original", "2015-02-14"),
    ]
    build("nigeria-presidential-2015", "Nigeria's presidential election of Saturday 28 March 2015 (voting into Sunday "
          "29 March in places; first set for 14 February, postponed six weeks): Jonathan's concession on Tuesday 31 "
          "March, the commission's declaration in the early hours of Wednesday 1 April (Buhari 15,424,921 votes, 53.96%, "
          "Jonathan 12,853,162, 44.96%, margin 2,571,759; 21 states to 15; a quarter of the votes in 27 states against "
          "the 24 required), the swearing-in on Friday 29 May 2015", False, ms, names)


def rebasing():
    R, B, K, BD = "reuters-apr06", "bisnis-apr07", "kontan-apr08", "businessday-apr09"
    names = {
     "gdp_naira": "2013 GDP in naira (trillion)", "gdp_usd": "2013 GDP in dollars (billion)",
     "increase": "increase over the old estimate", "activities": "economic activities measured",
     "old_activities": "economic activities measured before", "pc": "income per head (dollars)",
     "pc_old": "income per head before (dollars)", "agri": "agriculture's share", "agri_old": "agriculture's share before",
     "serv": "services' share", "serv_old": "services' share before", "manuf": "manufacturing's share",
     "manuf_old": "manufacturing's share before", "tel": "telecommunications' share",
     "interval": "usual interval between rebasings", "gap": "time since the last rebasing",
     # dates
     "announce": "day of the announcement", "base": "the new base year", "base_old": "the old base year",
     "gdp_year": "the year measured", "start": "year the work began",
    }
    ms = [
     M(R, "Sunday", D, "announce", "2014-04-06"),
     M(R, "2010", D, "base", "2010"),
     M(R, "1990", D, "base_old", "1990"),
     M(R, "80.22 trillion naira", N, "gdp_naira", 80.22, cls="naira"),
     M(R, "$509.9 billion", N, "gdp_usd", 509.9, cls="usd"),
     M(R, "2013", D, "gdp_year", "2013"),
     M(R, "89%", N, "increase", 89, cls="pct"),
     M(R, "46 economic activities", N, "activities", 46),
     M(R, "up from 33", N, "old_activities", 33),
     M(R, "$2,688", N, "pc", 2688, cls="usd"),
     M(R, "$1,437", N, "pc_old", 1437, cls="usd"),
     M(R, "22%", N, "agri", 22, cls="pct"),
     M(R, "33%", N, "agri_old", 33, cls="pct"),
     M(R, "51%", N, "serv", 51, cls="pct"),
     M(R, "26%", N, "serv_old", 26, cls="pct"),
     M(R, "7%", N, "manuf", 7, cls="pct"),
     M(R, "2%", N, "manuf_old", 2, cls="pct"),
     M(R, "8.7%", N, "tel", 8.7, cls="pct"),
     M(R, "early 2012", D, "start", "2012"),
     M(R, "every five years", N, "interval", 5, cls="dur"),
     M(R, "more than two decades", N, "gap", 20, qual="morethan", cls="dur"),

     M(B, "2010", D, "base", "2010"),
     M(B, "1990", D, "base_old", "1990"),
     M(B, "Minggu (6/4/2014)", D, "announce", "2014-04-06"),
     M(B, "2013", D, "gdp_year", "2013"),
     M(B, "80,22 triliun naira", N, "gdp_naira", 80.22, cls="naira"),
     M(B, "US$509,9 miliar", N, "gdp_usd", 509.9, cls="usd"),
     M(B, "89%", N, "increase", 89, cls="pct"),
     M(B, "46 kegiatan", N, "activities", 46),
     M(B, "33 kegiatan", N, "old_activities", 33),
     M(B, "US$2.688", N, "pc", 2688, cls="usd"),
     M(B, "US$1.437", N, "pc_old", 1437, cls="usd"),
     M(B, "22%", N, "agri", 22, cls="pct"),
     M(B, "33%", N, "agri_old", 33, cls="pct"),
     M(B, "51%", N, "serv", 51, cls="pct"),
     M(B, "26%", N, "serv_old", 26, cls="pct"),
     M(B, "7%", N, "manuf", 7, cls="pct"),
     M(B, "2%", N, "manuf_old", 2, cls="pct"),
     M(B, "8,7%", N, "tel", 8.7, cls="pct"),

     M(K, "89 persen", N, "increase", 89, cls="pct"),
     M(K, "1990", D, "base_old", "1990"),
     M(K, "2010", D, "base", "2010"),
     M(K, "Minggu (6/4/2014)", D, "announce", "2014-04-06"),
     M(K, "2013", D, "gdp_year", "2013"),
     M(K, "80,22 triliun naira", N, "gdp_naira", 80.22, cls="naira"),
     M(K, "hampir US$510 miliar", N, "gdp_usd", 510, qual="nearly", cls="usd"),
     M(K, "46 kegiatan", N, "activities", 46),
     M(K, "33 kegiatan", N, "old_activities", 33),
     M(K, "US$2.688", N, "pc", 2688, cls="usd"),
     M(K, "US$1.437", N, "pc_old", 1437, cls="usd"),
     M(K, "22 persen", N, "agri", 22, cls="pct"),
     M(K, "33 persen", N, "agri_old", 33, cls="pct"),
     M(K, "51 persen", N, "serv", 51, cls="pct"),
     M(K, "7 persen", N, "manuf", 7, cls="pct"),
     M(K, "8,7 persen", N, "tel", 8.7, cls="pct"),
     M(K, "awal 2012", D, "start", "2012"),

     M(BD, "Sunday, April 6", D, "announce", "2014-04-06"),
     M(BD, "2013", D, "gdp_year", "2013"),
     M(BD, "80.22 trillion naira", N, "gdp_naira", 80.22, cls="naira"),
     M(BD, "$509.9 billion", N, "gdp_usd", 509.9, cls="usd"),
     M(BD, "89%", N, "increase", 89, cls="pct"),
     M(BD, "2010", D, "base", "2010"),
     M(BD, "1990", D, "base_old", "1990"),
     M(BD, "to 46", N, "activities", 46),
     M(BD, "from 33", N, "old_activities", 33),
     M(BD, "51%", N, "serv", 51, cls="pct"),
     M(BD, "26%", N, "serv_old", 26, cls="pct"),
     M(BD, "22%", N, "agri", 22, cls="pct"),
     M(BD, "33%", N, "agri_old", 33, cls="pct"),
     M(BD, "7%", N, "manuf", 7, cls="pct"),
     M(BD, "2%", N, "manuf_old", 2, cls="pct"),
     M(BD, "8.7%", N, "tel", 8.7, cls="pct"),
     M(BD, "$2,688", N, "pc", 2688, cls="usd"),
     M(BD, "$1,437", N, "pc_old", 1437, cls="usd"),
     M(BD, "2012", D, "start", "2012"),
    ]
    build("nigeria-rebasing-2014", "Nigeria's rebased GDP (control), announced by the National Bureau of Statistics "
          "in Abuja on Sunday 6 April 2014: base year 2010 instead of 1990, 2013 GDP 80.22 trillion naira ($509.9 "
          "billion), 89% above the old estimate, 46 activities measured instead of 33, income per head $2,688 (from "
          "$1,437), agriculture 22% (from 33%), services 51% (from 26%), manufacturing 7% (from 2%), telecoms 8.7%. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    synagogue()
    election()
    rebasing()
