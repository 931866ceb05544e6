"""The eleventh development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md, the
shared builder tests/benchmarks/factlabels.py): same fact -> agree / compatible / update / revision / conflict /
sources; different facts of one unit class, and every other pair of dates -> none, or not_conflict for different
events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset11/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)
FINAL = "2021-09-10"


def floods():
    R, K, W, T = "reuters-jul16", "kompas-jul18", "dw-jul21", "tempo-sep11"
    names = {
     "total": "dead in Germany and Belgium together", "de": "death toll in Germany", "rlp": "dead in Rhineland-Palatinate",
     "nrw": "dead in North Rhine-Westphalia", "by": "dead in Bavaria", "be": "death toll in Belgium",
     "be_missing": "people missing in Belgium", "ahr_missing": "people unaccounted for in the Ahrweiler district",
     "rain": "rain per square metre in less than a day", "deployed": "police, soldiers and rescuers deployed in Germany",
     "aid": "emergency aid approved by the German cabinet", "aid_fed": "the federal share of the emergency aid",
     "insured": "insured losses in Germany (GDV estimate)", "fund": "the reconstruction fund",
     "fund_fed": "the fund's share for federal infrastructure", "fund_shared": "the fund's share borne jointly",
     "elbe": "dead in Germany in the 2002 floods", "bridges": "bridges destroyed in the Ahr valley",
     "gap": "days between the Bundestag's and the Bundesrat's votes",
     # dates
     "flood": "night the rivers burst their banks", "briefing16": "day the 123 dead were counted",
     "merkel_dc": "day Merkel spoke in Washington", "toll18": "day the 156 dead in Germany were counted",
     "merkel_visit": "day Merkel visited Schuld", "steinmeier": "day Steinmeier visited Erftstadt",
     "ahr_friday": "day about 1,300 in Ahrweiler could not be reached", "mourning": "Belgium's day of national mourning",
     "cabinet": "day the cabinet approved the emergency aid", "briefing21": "day the 171 dead were counted",
     "y2002": "year of the Elbe and Danube floods", "bundesrat": "day the Bundesrat approved the fund",
     "bundestag": "day the Bundestag passed the fund", "probe": "month prosecutors opened their inquiry",
    }
    ms = [
     M(R, "123 people", N, "total", 123, "2021-07-16", "atleast"),
     M(R, "103", N, "de", 103, "2021-07-16"),
     M(R, "60", N, "rlp", 60, "2021-07-16"),
     M(R, "43", N, "nrw", 43, "2021-07-16"),
     M(R, "20", N, "be", 20, "2021-07-16"),
     M(R, "20 people", N, "be_missing", 20, "2021-07-16", fall=True),
     M(R, "about 1,300 people", N, "ahr_missing", 1300, "2021-07-16", "approx", fall=True),
     M(R, "150 litres", N, "rain", 150, cls="vol"),
     M(R, "15,000 police officers", N, "deployed", 15000, qual="morethan"),
     M(R, "Friday", D, "briefing16", "2021-07-16"),
     M(R, "Wednesday", D, "flood", "2021-07-14"),
     M(R, "Thursday", D, "merkel_dc", "2021-07-15"),

     M(K, "156 orang", N, "de", 156, "2021-07-18"),
     M(K, "110 orang", N, "rlp", 110, "2021-07-18"),
     M(K, "45 orang", N, "nrw", 45, "2021-07-18"),
     M(K, "satu orang", N, "by", 1, "2021-07-18"),
     M(K, "31 orang", N, "be", 31, "2021-07-18"),
     M(K, "71 orang", N, "be_missing", 71, "2021-07-18", fall=True),
     M(K, "187 orang", N, "total", 187, "2021-07-18"),
     M(K, "sekitar 1.300 orang", N, "ahr_missing", 1300, "2021-07-16", "approx", fall=True),
     M(K, "Minggu (18/7/2021)", D, "toll18", "2021-07-18"),
     M(K, "Minggu", D, "merkel_visit", "2021-07-18", occ=2),
     M(K, "Sabtu (17/7/2021)", D, "steinmeier", "2021-07-17"),
     M(K, "Jumat", D, "ahr_friday", "2021-07-16"),
     M(K, "Rabu (14/7/2021)", D, "flood", "2021-07-14"),
     M(K, "Selasa (20/7/2021)", D, "mourning", "2021-07-20"),

     M(W, "400 million euros", N, "aid", 400e6, cls="money"),
     M(W, "200 million euros", N, "aid_fed", 200e6, cls="money"),
     M(W, "171", N, "de", 171, "2021-07-21"),
     M(W, "122", N, "rlp", 122, "2021-07-21"),
     M(W, "48", N, "nrw", 48, "2021-07-21"),
     M(W, "one", N, "by", 1, "2021-07-21"),
     M(W, "155 people", N, "ahr_missing", 155, "2021-07-21", fall=True),
     M(W, "about 1,300", N, "ahr_missing", 1300, "2021-07-16", "approx", fall=True),
     M(W, "36", N, "be", 36, "2021-07-21"),
     M(W, "37 people", N, "be_missing", 37, "2021-07-21", fall=True),
     M(W, "5.5 billion euros", N, "insured", 5.5e9, "2021-07-21", "nearly", cls="money"),
     M(W, "21 people", N, "elbe", 21),
     M(W, "Wednesday", D, "cabinet", "2021-07-21"),
     M(W, "Wednesday", D, "briefing21", "2021-07-21", occ=2),
     M(W, "Tuesday", D, "mourning", "2021-07-20"),
     M(W, "2002", D, "y2002", "2002"),
     M(W, "Sunday", D, "steinmeier", "2021-07-18", planted=True),
     M(W, "July 14", D, "flood", "2021-07-14"),

     M(T, "30 miliar euro", N, "fund", 30e9, cls="money"),
     M(T, "2 miliar euro", N, "fund_fed", 2e9, cls="money"),
     M(T, "28 miliar euro", N, "fund_shared", 28e9, cls="money"),
     M(T, "182 orang", N, "de", 182, FINAL),
     M(T, "134 orang", N, "rlp", 134, FINAL),
     M(T, "47 orang", N, "nrw", 47, FINAL),
     M(T, "41 nyawa", N, "be", 41, FINAL),
     M(T, "7 miliar euro", N, "insured", 7e9, FINAL, cls="money"),
     M(T, "5,5 miliar euro", N, "insured", 5.5e9, "2021-07-21", "nearly", cls="money"),
     M(T, "62 jembatan", N, "bridges", 62),
     M(T, "Dua orang", N, "ahr_missing", 2, FINAL, fall=True),
     M(T, "300 juta euro", N, "aid", 300e6, cls="money", planted=True),
     M(T, "Tiga hari", N, "gap", 3, cls="dur"),
     M(T, "Jumat (10/9/2021)", D, "bundesrat", "2021-09-10"),
     M(T, "Selasa (7/9/2021)", D, "bundestag", "2021-09-07"),
     M(T, "Agustus", D, "probe", "2021-08"),
     M(T, "21 Juli", D, "cabinet", "2021-07-21"),
    ]
    build("rhine-floods-2021", "Floods in western Germany and eastern Belgium (14-15 July 2021): the toll rising over "
          "days in Germany (103 -> 156 -> 171 -> 182) beside each state's (Rhineland-Palatinate 60 -> 110 -> 122 -> 134, "
          "North Rhine-Westphalia 43 -> 45 -> 48, corrected down to 47; Bavaria 1) and Belgium's (20 -> 31 -> 36 -> 41), the total of both "
          "countries, the missing falling as the dead rise (Ahrweiler about 1,300 -> 155 -> 2; Belgium 20 -> 71 -> 37), "
          "the insurers' estimate revised up (up to 5.5 -> 7 billion euros), emergency aid and a 30 billion euro fund "
          "months later; dates of the flood, visits, briefings, a day of mourning, two chambers' votes",
          False, ms, names)


def election():
    R, K, C, T = "rappler-may10", "kompas-may11", "reuters-may25", "tempo-jun30"
    SRV, PP, CAN = "the Comelec transparency server", "the PPCRV's parallel count", "Congress's official canvass"
    names = {
     "marcos": "votes for Marcos", "robredo": "votes for Robredo", "pacquiao": "votes for Pacquiao",
     "moreno": "votes for Moreno", "sara": "votes for Sara Duterte", "marcos_pct": "Marcos's share of the vote",
     "robredo_pct": "Robredo's share of the vote", "sara_pct": "Sara Duterte's share of the vote",
     "returns": "share of election returns transmitted", "registered": "registered voters", "turnout": "turnout",
     "machines": "vote-counting machines that broke down", "term": "length of the presidential term",
     "since1986": "years since the elder Marcos was ousted", "canvass_days": "days the canvass took",
     # dates
     "election": "election day", "count_tue": "day the 30.8 million partial count was given",
     "count_wed": "day the 31.1 million partial count was given", "canvass": "day Congress began the canvass",
     "proclaim": "day Congress proclaimed Marcos", "inaug": "day Marcos was sworn in",
     "sara_oath": "day Sara Duterte took her oath", "y1986": "year the elder Marcos was ousted",
     "term_end": "year the term ends",
    }
    ms = [
     M(R, "30.8 million votes", N, "marcos", 30.8e6, "2022-05-10T08", "approx", src=SRV),
     M(R, "97 percent", N, "returns", 97, "2022-05-10T08", cls="pct"),
     M(R, "14.7 million votes", N, "robredo", 14.7e6, "2022-05-10T08", "approx", src=SRV),
     M(R, "3.5 million votes", N, "pacquiao", 3.5e6, "2022-05-10T08", "approx", src=SRV),
     M(R, "1.8 million", N, "moreno", 1.8e6, "2022-05-10T08", "approx", src=SRV),
     M(R, "about 59 percent", N, "marcos_pct", 59, "2022-05-10T08", "approx", cls="pct", src=SRV, fall=True),
     M(R, "31.5 million votes", N, "sara", 31.5e6, "2022-05-10T08", "approx", src=SRV),
     M(R, "67.4 million", N, "registered", 67.4e6, qual="approx"),
     M(R, "1,800 vote-counting machines", N, "machines", 1800, qual="approx"),
     M(R, "six-year", N, "term", 6, cls="dur"),
     M(R, "Monday", D, "election", "2022-05-09"),
     M(R, "Tuesday", D, "count_tue", "2022-05-10"),
     M(R, "June 30", D, "inaug", "2022-06-30"),

     M(K, "lebih dari 31 juta suara", N, "marcos", 31e6, "2022-05-11", "morethan", src=SRV),
     M(K, "98 persen", N, "returns", 98, "2022-05-11", cls="pct"),
     M(K, "31,1 juta suara", N, "marcos", 31.1e6, "2022-05-11", "approx", src=SRV),
     M(K, "14,8 juta suara", N, "robredo", 14.8e6, "2022-05-11", "approx", src=SRV),
     M(K, "30,9 juta suara", N, "marcos", 30.9e6, "2022-05-11", "approx", src=PP),
     M(K, "31,8 juta suara", N, "sara", 31.8e6, "2022-05-11", "approx", src=SRV),
     M(K, "36 tahun", N, "since1986", 36, cls="dur"),
     M(K, "lebih dari 80 persen", N, "turnout", 80, "2022-05-11", "morethan", cls="pct"),
     M(K, "64,7 juta orang", N, "registered", 64.7e6, qual="approx", planted=True),
     M(K, "Rabu (11/5/2022)", D, "count_wed", "2022-05-11"),
     M(K, "1986", D, "y1986", "1986"),
     M(K, "Senin (9/5/2022)", D, "election", "2022-05-09"),
     M(K, "24 Mei", D, "canvass", "2022-05-24"),

     M(C, "31,629,783 votes", N, "marcos", 31629783, "final", src=CAN),
     M(C, "58.77 percent", N, "marcos_pct", 58.77, "final", cls="pct", src=CAN, fall=True),
     M(C, "15,035,773 votes", N, "robredo", 15035773, "final", src=CAN),
     M(C, "27.94 percent", N, "robredo_pct", 27.94, "final", cls="pct", src=CAN),
     M(C, "32,208,417 votes", N, "sara", 32208417, "final", src=CAN),
     M(C, "61.53 percent", N, "sara_pct", 61.53, "final", cls="pct", src=CAN),
     M(C, "83 percent", N, "turnout", 83, "final", cls="pct"),
     M(C, "67.4 million", N, "registered", 67.4e6, qual="approx"),
     M(C, "two days", N, "canvass_days", 2, cls="dur"),
     M(C, "3,663,113 votes", N, "pacquiao", 3663113, "final", src=CAN),
     M(C, "1,933,909", N, "moreno", 1933909, "final", src=CAN),
     M(C, "Wednesday", D, "proclaim", "2022-05-25"),
     M(C, "1986", D, "y1986", "1986"),
     M(C, "Tuesday", D, "canvass", "2022-05-24"),
     M(C, "June 30", D, "inaug", "2022-06-30"),

     M(T, "31,6 juta suara", N, "marcos", 31.6e6, "final", "approx", src=CAN),
     M(T, "58,77 persen", N, "marcos_pct", 58.77, "final", cls="pct", src=CAN, fall=True),
     M(T, "15,3 juta suara", N, "robredo", 15.3e6, "final", "approx", src=CAN, planted=True),
     M(T, "32,2 juta suara", N, "sara", 32.2e6, "final", "approx", src=CAN),
     M(T, "83 persen", N, "turnout", 83, "final", cls="pct"),
     M(T, "67,4 juta", N, "registered", 67.4e6, qual="approx"),
     M(T, "enam tahun", N, "term", 6, cls="dur"),
     M(T, "Kamis (30/6/2022)", D, "inaug", "2022-06-30"),
     M(T, "9 Mei", D, "election", "2022-05-09"),
     M(T, "1986", D, "y1986", "1986"),
     M(T, "Rabu (25/5/2022)", D, "proclaim", "2022-05-25"),
     M(T, "19 Juni", D, "sara_oath", "2022-06-19"),
     M(T, "2028", D, "term_end", "2028"),
    ]
    build("philippine-election-2022", "Philippine presidential election (Monday 9 May 2022): the unofficial "
          "transparency-server count rising over two days (Marcos 30.8 -> 31.1 million, Robredo 14.7 -> 14.8 million, "
          "returns 97 -> 98 percent) beside a church group's parallel count (30.9 million, another source), Congress's "
          "official canvass (31,629,783 votes, 58.77 percent; Robredo 15,035,773, 27.94 percent; Sara Duterte "
          "32,208,417, 61.53 percent; turnout 83 percent of 67.4 million), the proclamation on 25 May and the "
          "inauguration on 30 June recalling the figures; dates of the vote, the counts, the canvass, two oaths",
          False, ms, names)


def excise():
    K, R, B, J = "kompas-nov03", "reuters-nov04", "bisnis-nov07", "jakartaglobe-nov08"
    names = {
     "avg": "average excise increase for 2023 and 2024", "skm_lo": "lower bound of the SKM increase",
     "skm_hi": "upper bound of the SKM increase", "spm_lo": "lower bound of the SPM increase",
     "spm_hi": "upper bound of the SPM increase", "skt": "SKT (hand-rolled kretek) increase",
     "ecig": "e-cigarette excise increase a year", "hptl": "other processed tobacco increase a year",
     "years": "years of the e-cigarette and HPTL increases", "target": "children's smoking rate targeted for 2024",
     "urban": "cigarettes' share of poor urban households' spending",
     "rural": "cigarettes' share of poor rural households' spending", "avg2022": "average excise increase for 2022",
     # dates
     "announce": "day the increase was announced", "y2023": "first year of the increase",
     "y2024": "second year of the increase", "target_year": "year of the smoking-rate target",
     "effective": "day the new rates take effect", "shares": "day cigarette makers' shares fell",
     "y2022": "year of the previous increase", "workers": "day workers and farmers spoke out",
    }
    ms = [
     M(K, "10 persen", N, "avg", 10, cls="pct"),
     M(K, "11,5 persen", N, "skm_lo", 11.5, cls="pct"),
     M(K, "11,75 persen", N, "skm_hi", 11.75, cls="pct"),
     M(K, "11 persen", N, "spm_lo", 11, cls="pct"),
     M(K, "12 persen", N, "spm_hi", 12, cls="pct"),
     M(K, "5 persen", N, "skt", 5, cls="pct"),
     M(K, "15 persen", N, "ecig", 15, cls="pct"),
     M(K, "6 persen", N, "hptl", 6, cls="pct"),
     M(K, "lima tahun", N, "years", 5, cls="dur"),
     M(K, "8,7 persen", N, "target", 8.7, cls="pct"),
     M(K, "12,21 persen", N, "urban", 12.21, cls="pct"),
     M(K, "11,63 persen", N, "rural", 11.63, cls="pct"),
     M(K, "5 persen", N, "skt", 5, cls="pct", occ=2),
     M(K, "12 persen", N, "avg2022", 12, cls="pct", occ=2),
     M(K, "Kamis (3/11/2022)", D, "announce", "2022-11-03"),
     M(K, "2023", D, "y2023", "2023"),
     M(K, "2024", D, "y2024", "2024"),
     M(K, "2024", D, "target_year", "2024", occ=2),
     M(K, "1 Januari 2023", D, "effective", "2023-01-01"),
     M(K, "2022", D, "y2022", "2022", occ=2),

     M(R, "10%", N, "avg", 10, cls="pct"),
     M(R, "11.5%", N, "skm_lo", 11.5, cls="pct"),
     M(R, "11.75%", N, "skm_hi", 11.75, cls="pct"),
     M(R, "11%", N, "spm_lo", 11, cls="pct"),
     M(R, "12%", N, "spm_hi", 12, cls="pct"),
     M(R, "5%", N, "skt", 5, cls="pct"),
     M(R, "15%", N, "ecig", 15, cls="pct"),
     M(R, "6%", N, "hptl", 6, cls="pct"),
     M(R, "five years", N, "years", 5, cls="dur"),
     M(R, "8.7%", N, "target", 8.7, cls="pct"),
     M(R, "12.21%", N, "urban", 12.21, cls="pct"),
     M(R, "11.63%", N, "rural", 11.63, cls="pct"),
     M(R, "12%", N, "avg2022", 12, cls="pct", occ=2),
     M(R, "Thursday", D, "announce", "2022-11-03"),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "2024", D, "target_year", "2024", occ=2),
     M(R, "Jan. 1, 2023", D, "effective", "2023-01-01"),
     M(R, "Friday", D, "shares", "2022-11-04"),
     M(R, "2022", D, "y2022", "2022"),

     M(B, "10 persen", N, "avg", 10, cls="pct"),
     M(B, "11,5 persen", N, "skm_lo", 11.5, cls="pct"),
     M(B, "11,75 persen", N, "skm_hi", 11.75, cls="pct"),
     M(B, "11 persen", N, "spm_lo", 11, cls="pct"),
     M(B, "12 persen", N, "spm_hi", 12, cls="pct"),
     M(B, "5 persen", N, "skt", 5, cls="pct"),
     M(B, "15 persen", N, "ecig", 15, cls="pct"),
     M(B, "6 persen", N, "hptl", 6, cls="pct"),
     M(B, "lima tahun", N, "years", 5, cls="dur"),
     M(B, "12 persen", N, "avg2022", 12, cls="pct", occ=2),
     M(B, "12,21 persen", N, "urban", 12.21, cls="pct"),
     M(B, "11,63 persen", N, "rural", 11.63, cls="pct"),
     M(B, "8,7 persen", N, "target", 8.7, cls="pct"),
     M(B, "2023", D, "y2023", "2023"),
     M(B, "2024", D, "y2024", "2024"),
     M(B, "Kamis (3/11/2022)", D, "announce", "2022-11-03"),
     M(B, "Jumat (4/11/2022)", D, "shares", "2022-11-04"),
     M(B, "2022", D, "y2022", "2022", occ=3),
     M(B, "2024", D, "target_year", "2024", occ=2),
     M(B, "1 Januari 2023", D, "effective", "2023-01-01"),

     M(J, "10 percent", N, "avg", 10, cls="pct"),
     M(J, "11.5 percent", N, "skm_lo", 11.5, cls="pct"),
     M(J, "11.75 percent", N, "skm_hi", 11.75, cls="pct"),
     M(J, "11 percent", N, "spm_lo", 11, cls="pct"),
     M(J, "12 percent", N, "spm_hi", 12, cls="pct"),
     M(J, "5 percent", N, "skt", 5, cls="pct"),
     M(J, "15 percent", N, "ecig", 15, cls="pct"),
     M(J, "6 percent", N, "hptl", 6, cls="pct"),
     M(J, "five years", N, "years", 5, cls="dur"),
     M(J, "8.7 percent", N, "target", 8.7, cls="pct"),
     M(J, "12.21 percent", N, "urban", 12.21, cls="pct"),
     M(J, "11.63 percent", N, "rural", 11.63, cls="pct"),
     M(J, "12 percent", N, "avg2022", 12, cls="pct", occ=2),
     M(J, "Monday", D, "workers", "2022-11-07"),
     M(J, "2024", D, "y2024", "2024"),
     M(J, "Thursday, Nov. 3", D, "announce", "2022-11-03"),
     M(J, "2024", D, "target_year", "2024", occ=2),
     M(J, "Jan. 1, 2023", D, "effective", "2023-01-01"),
     M(J, "Friday", D, "shares", "2022-11-04"),
    ]
    build("cukai-rokok-2022", "Indonesia's cigarette excise increase for 2023 and 2024 (control): announced by "
          "Finance Minister Sri Mulyani Indrawati on Thursday 3 November 2022, an average of 10 percent a year (SKM "
          "11.5-11.75 percent, SPM 11-12 percent, SKT 5 percent; e-cigarettes 15 percent and other processed tobacco 6 "
          "percent a year for five years), in effect on 1 January 2023; the 8.7 percent target for children's smoking "
          "in 2024, cigarettes' 12.21 and 11.63 percent of poor households' spending, the 12 percent increase for "
          "2022 recalled; the shares' fall and the workers' reaction on their own days. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    floods()
    election()
    excise()
