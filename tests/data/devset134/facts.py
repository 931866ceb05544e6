"""The hundred-and-thirty-fourth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset134/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def nyerere():
    R, K, AP, DT, T = "reuters-sep21", "kompas-sep22", "ap-sep23", "detik-sep24", "tempo-oct16"
    # the government's running toll: Thursday 20 September late at night (the regional commissioner), Friday morning
    # (the regional commissioner) and evening (the prime minister), Saturday afternoon (the transport minister) and
    # late at night (the state broadcaster), Sunday (the prime minister at the first burials), Monday 24 September
    # (after three more bodies were found) and the government's final count
    THU, FRI_AM, FRI_PM, SAT, SAT_N, SUN, MON, FIN = (
        "2018-09-20T22", "2018-09-21T09", "2018-09-21T19", "2018-09-22T15", "2018-09-22T23", "2018-09-23",
        "2018-09-24", "2018-10-16")
    GOV, MIN = "the Tanzanian government", "the transport minister"
    names = {
     "dead": "people dead in the capsizing", "rescued": "people rescued alive", "identified": "bodies identified",
     "feared": "toll officials feared", "distance": "distance from the dock", "capacity": "the ferry's passenger capacity",
     "cargo": "the ferry's cargo capacity (tonnes)", "aboard": "people on board",
     "zanzibar_dead": "people dead or missing in the 2012 Zanzibar sinking", "women": "women among the dead",
     "men": "men among the dead", "girls": "girls among the dead", "boys": "boys among the dead",
     "members": "members of the commission of inquiry", "deadline": "months the commission was given",
     "found_monday": "bodies found on Monday morning", "donations": "donations to the relief account (shillings)",
     "orphans": "children who lost a parent or guardian",
     # dates
     "capsize": "day the ferry capsized", "count44_day": "day of the count of 44", "resume_day": "day the search resumed",
     "maiden": "the ferry's first voyage", "zanzibar": "the Zanzibar sinking",
     "count136_day": "day of the count of 136", "count86_day": "day of the count of 86",
     "count218_day": "day of the count of 218", "count209_day": "day of the count of 209",
     "burial_day": "day of the first burials", "count224_day": "day of the count of 224",
     "engineer_day": "day the engineer was found alive", "commission_day": "day the commission was named",
     "account_closed": "day the relief account closed",
    }
    ms = [
     M(R, "At least 44 people", N, "dead", 44, THU, qual="atleast", src=GOV),
     M(R, "Thursday", D, "capsize", "2018-09-20"),
     M(R, "200", N, "feared", 200, qual="morethan"),
     M(R, "about 50 metres", N, "distance", 50, qual="approx", cls="m"),
     M(R, "Thursday", D, "count44_day", "2018-09-20", occ=2),
     M(R, "44 bodies", N, "dead", 44, THU, src=GOV),
     M(R, "37 people", N, "rescued", 37, THU, src=GOV),
     M(R, "Friday", D, "resume_day", "2018-09-21"),
     M(R, "100 passengers", N, "capacity", 100),
     M(R, "25 tonnes", N, "cargo", 25, cls="t"),
     M(R, "more than 300", N, "aboard", 300, qual="morethan", src="initial estimates"),
     M(R, "2004", D, "maiden", "2004"),
     M(R, "2012", D, "zanzibar", "2012"),
     M(R, "144 people", N, "zanzibar_dead", 144),

     M(K, "136 orang", N, "dead", 136, FRI_PM, src=GOV),
     M(K, "Jumat (21/9/2018)", D, "count136_day", "2018-09-21"),
     M(K, "Kamis (20/9/2018)", D, "capsize", "2018-09-20"),
     M(K, "72 jenazah", N, "identified", 72, FRI_PM),
     M(K, "Jumat pagi", D, "count86_day", "2018-09-21"),
     M(K, "86 orang", N, "dead", 86, FRI_AM, src=GOV),
     M(K, "37 orang", N, "rescued", 37, THU, src=GOV),
     M(K, "100 penumpang", N, "capacity", 100),
     M(K, "25 ton", N, "cargo", 25, cls="t"),

     M(AP, "218", N, "dead", 218, SAT_N, src=GOV),
     M(AP, "Saturday", D, "count218_day", "2018-09-22"),
     M(AP, "Saturday", D, "count209_day", "2018-09-22", occ=2),
     M(AP, "209 people", N, "dead", 209, SAT, src=GOV),
     M(AP, "172", N, "identified", 172, SAT),
     M(AP, "Thursday", D, "capsize", "2018-09-20"),
     M(AP, "Thursday", D, "capsize", "2018-09-20", occ=2),
     M(AP, "100 passengers", N, "capacity", 100),
     M(AP, "Sunday", D, "burial_day", "2018-09-23"),

     M(DT, "224 orang", N, "dead", 224, SUN, src=GOV),
     M(DT, "Minggu (23/9/2018)", D, "count224_day", "2018-09-23"),
     M(DT, "126 perempuan", N, "women", 126, SUN),
     M(DT, "71 laki-laki", N, "men", 71, SUN),
     M(DT, "17 anak perempuan", N, "girls", 17, SUN),
     M(DT, "10 anak laki-laki", N, "boys", 10, SUN),
     M(DT, "41 orang", N, "rescued", 41, SUN, src=GOV),
     M(DT, "256 orang", N, "aboard", 256, src=MIN, planted=True),
     M(DT, "171 jenazah", N, "identified", 171, SUN),
     M(DT, "Minggu", D, "burial_day", "2018-09-23", occ=2),
     M(DT, "Sabtu", D, "engineer_day", "2018-09-22"),
     M(DT, "Kamis", D, "capsize", "2018-09-20"),

     M(T, "228 orang", N, "dead", 228, FIN, src=GOV),
     M(T, "41 orang", N, "rescued", 41, FIN, src=GOV),
     M(T, "Rabu (19/9/2018)", D, "capsize", "2018-09-19", planted=True),
     M(T, "sekitar 50 meter", N, "distance", 50, qual="approx", cls="m"),
     M(T, "hampir 270 orang", N, "aboard", 270, qual="nearly", src="the government's final count"),
     M(T, "100 penumpang", N, "capacity", 100),
     M(T, "265 orang", N, "aboard", 265, src=MIN),
     M(T, "Senin (24/9/2018)", D, "commission_day", "2018-09-24"),
     M(T, "tujuh orang", N, "members", 7),
     M(T, "satu bulan", N, "deadline", 1, cls="dur"),
     M(T, "227 orang", N, "dead", 227, MON, src=GOV),
     M(T, "tiga jenazah", N, "found_monday", 3),
     M(T, "29 September", D, "account_closed", "2018-09-29"),
     M(T, "sekitar 900 juta shilling", N, "donations", 900000000, qual="approx", cls="tzs"),
     M(T, "Lebih dari 400 anak", N, "orphans", 400, qual="morethan"),
    ]
    build("nyerere-ferry-2018", "The capsizing of the MV Nyerere ferry on Lake Victoria off Ukara Island, Tanzania, on "
          "Thursday 20 September 2018: the government's toll rising 44 (Thursday night) -> 86 -> 136 (Friday) -> 209 "
          "-> 218 (Saturday) -> 224 (Sunday; 126 women, 71 men, 17 girls, 10 boys) -> 227 (Monday 24 September) -> "
          "228 (the final count); 37 rescued on Thursday, 41 survivors in all; 72 then 172 bodies identified, given as 171 on Sunday (a revision); a "
          "capacity of 100 passengers and 25 tonnes; people on board: more than 300 in initial estimates, 265 by the "
          "transport minister, nearly 270 in the final count; a seven-member commission named on Monday 24 September "
          "with a month to report; the relief account closed on 29 September with about 900 million shillings",
          False, ms, names)


def madagascar():
    F, G, H, I, J = "reuters-nov18", "kompas-dec22", "reuters-dec24", "detik-dec28", "aljazeera-jan09"
    # the commission's count in stages: the first round with 70% of polling stations (Wednesday 14 November) and
    # complete (Saturday 17 November); the runoff with a third of the centres (Friday 21 December), about 60%
    # (Saturday 22), nearly 90% (Sunday 23) and complete (Thursday 27 December); the court's confirmation of the
    # runoff on Tuesday 8 January 2019. Shares of a count in progress may move both ways (fall=True); the High
    # Constitutional Court's figures are another body's (sources)
    R1P, R1F, P1, P2, P3, R2F, HCC2 = ("2018-11-14", "2018-11-17", "2018-12-21", "2018-12-22", "2018-12-23",
                                       "2018-12-27", "2019-01-08")
    CENI, HCC = "the electoral commission", "the High Constitutional Court"
    names = {
     "r1_raj": "Rajoelina's first-round share", "r1_rav": "Ravalomanana's first-round share",
     "r1_hery": "Rajaonarimampianina's first-round share", "r1_turnout": "first-round turnout",
     "threshold": "share needed to win outright", "candidates": "candidates in the first round",
     "r1_stations": "polling stations counted in the first round", "stations": "polling stations in all",
     "r2_raj": "Rajoelina's runoff share", "r2_rav": "Ravalomanana's runoff share", "r2_turnout": "runoff turnout",
     "r2_counted": "share of the runoff counted", "r2_stations": "polling stations counted in the runoff",
     "registered": "registered voters", "court_days": "days the court had to rule", "petitions": "Ravalomanana's petitions",
     "age_raj": "Rajoelina's age", "age_rav": "Ravalomanana's age",
     # dates
     "runoff": "day of the runoff", "first_round": "day of the first round",
     "r1_results_day": "day of the first round's complete provisional results",
     "r1_partial_day": "day of the first round's partial count", "p1_day": "day of the count of a third",
     "p2_day": "day of the count of 60%", "p3_day": "day of the count of nearly 90%",
     "statement_day": "day of Ravalomanana's statement", "presser_day": "day of the commission's news conference",
     "r2_results_day": "day of the runoff's provisional results", "court_day": "day of the court's confirmation",
     "inauguration": "day of the swearing-in", "y2009": "the 2009 crisis", "y2014": "the end of the transition",
     "y2002": "Ravalomanana's first election", "y2013": "the previous election",
    }
    ms = [
     M(F, "Dec. 19", D, "runoff", "2018-12-19"),
     M(F, "Saturday", D, "r1_results_day", "2018-11-17"),
     M(F, "39.19%", N, "r1_raj", 39.19, R1F, cls="pct", src=CENI, fall=True),
     M(F, "Nov. 7", D, "first_round", "2018-11-07"),
     M(F, "35.29%", N, "r1_rav", 35.29, R1F, cls="pct", src=CENI, fall=True),
     M(F, "8.84%", N, "r1_hery", 8.84, R1F, cls="pct", src=CENI, fall=True),
     M(F, "54.3%", N, "r1_turnout", 54.3, cls="pct"),
     M(F, "50%", N, "threshold", 50, cls="pct"),
     M(F, "36 candidates", N, "candidates", 36),
     M(F, "Wednesday", D, "r1_partial_day", "2018-11-14"),
     M(F, "17,097", N, "r1_stations", 17097),
     M(F, "24,852", N, "stations", 24852),
     M(F, "39%", N, "r1_raj", 39, R1P, qual="approx", cls="pct", src=CENI, fall=True),
     M(F, "36%", N, "r1_rav", 36, R1P, qual="approx", cls="pct", src=CENI, fall=True),
     M(F, "2009", D, "y2009", "2009"),
     M(F, "2014", D, "y2014", "2014"),
     M(F, "2013", D, "y2013", "2013"),

     M(G, "Rabu (19/12/2018)", D, "runoff", "2018-12-19"),
     M(G, "Jumat (21/12/2018)", D, "p1_day", "2018-12-21"),
     M(G, "54,59 persen", N, "r2_raj", 54.59, P1, cls="pct", src=CENI, fall=True),
     M(G, "45,41 persen", N, "r2_rav", 45.41, P1, cls="pct", src=CENI, fall=True),
     M(G, "47,45 persen", N, "r2_turnout", 47.45, P1, cls="pct", fall=True),
     M(G, "7 November", D, "first_round", "2018-11-07"),
     M(G, "39,23 persen", N, "r1_raj", 39.23, cls="pct", src=HCC),
     M(G, "35,53 persen", N, "r1_rav", 35.53, cls="pct", src=HCC, planted=True),
     M(G, "36 kandidat", N, "candidates", 36),
     M(G, "50 persen", N, "threshold", 50, cls="pct"),
     M(G, "2009", D, "y2009", "2009"),

     M(H, "55.06%", N, "r2_raj", 55.06, P3, cls="pct", src=CENI, fall=True),
     M(H, "nearly 90%", N, "r2_counted", 90, P3, qual="nearly", cls="pct"),
     M(H, "Sunday", D, "p3_day", "2018-12-23"),
     M(H, "44.94%", N, "r2_rav", 44.94, P3, cls="pct", src=CENI, fall=True),
     M(H, "21,473", N, "r2_stations", 21473, P3),
     M(H, "24,852", N, "stations", 24852),
     M(H, "Saturday", D, "p2_day", "2018-12-22"),
     M(H, "about 60%", N, "r2_counted", 60, P2, qual="approx", cls="pct"),
     M(H, "55.11%", N, "r2_raj", 55.11, P2, cls="pct", src=CENI, fall=True),
     M(H, "Sunday", D, "statement_day", "2018-12-23", occ=2),
     M(H, "Dec. 19", D, "runoff", "2018-12-19"),
     M(H, "Monday", D, "presser_day", "2018-12-24"),
     M(H, "Nov. 7", D, "first_round", "2018-11-07"),
     M(H, "39.23%", N, "r1_raj", 39.23, cls="pct", src=HCC),
     M(H, "35.35%", N, "r1_rav", 35.35, cls="pct", src=HCC),
     M(H, "2009", D, "y2009", "2009"),

     M(I, "55,66 persen", N, "r2_raj", 55.66, R2F, cls="pct", src=CENI, fall=True),
     M(I, "Kamis (27/12/2018)", D, "r2_results_day", "2018-12-27"),
     M(I, "44,34 persen", N, "r2_rav", 44.34, R2F, cls="pct", src=CENI, fall=True),
     M(I, "19 Desember", D, "runoff", "2018-12-19"),
     M(I, "Sedikit di atas 48 persen", N, "r2_turnout", 48, R2F, qual="morethan", cls="pct", fall=True),
     M(I, "hampir 10 juta", N, "registered", 10000000, qual="nearly"),
     M(I, "sembilan hari", N, "court_days", 9, cls="dur"),
     M(I, "44 tahun", N, "age_raj", 44, cls="age"),
     M(I, "69 tahun", N, "age_rav", 69, cls="age"),
     M(I, "2002", D, "y2002", "2002"),
     M(I, "2009", D, "y2009", "2009"),
     M(I, "Minggu (23/12/2018)", D, "p3_day", "2018-12-23"),
     M(I, "55,06 persen", N, "r2_raj", 55.06, P3, cls="pct", src=CENI, fall=True),

     M(J, "Tuesday", D, "court_day", "2019-01-08"),
     M(J, "55.66%", N, "r2_raj", 55.66, HCC2, cls="pct", src=HCC),
     M(J, "Dec. 19", D, "runoff", "2018-12-19"),
     M(J, "44.34%", N, "r2_rav", 44.34, HCC2, cls="pct", src=HCC),
     M(J, "Dec. 27", D, "r2_results_day", "2018-12-27"),
     M(J, "more than 200", N, "petitions", 200, qual="morethan"),
     M(J, "Just over 48%", N, "r2_turnout", 48, HCC2, qual="morethan", cls="pct"),
     M(J, "roughly 10 million", N, "registered", 10000000, qual="approx"),
     M(J, "44-year-old", N, "age_raj", 44, cls="age"),
     M(J, "Saturday, Jan. 19", D, "inauguration", "2019-01-19"),
     M(J, "2009", D, "y2009", "2009"),
     M(J, "2014", D, "y2014", "2014"),
     M(J, "69-year-old", N, "age_rav", 69, cls="age"),
     M(J, "2002", D, "y2002", "2002"),
     M(J, "Nov. 7", D, "first_round", "2018-11-07"),
     M(J, "39.23%", N, "r1_raj", 39.23, cls="pct", src=HCC),
     M(J, "35.35%", N, "r1_rav", 35.35, cls="pct", src=HCC),
     M(J, "2013", D, "y2013", "2013"),
     M(J, "2009", D, "y2009", "2009", occ=2),
    ]
    build("madagascar-election-2018", "Madagascar's presidential election of 2018: the first round of Wednesday 7 "
          "November (the commission's count with 70% of polling stations, 39% and 36%; its complete provisional "
          "results of Saturday 17 November, Rajoelina 39.19%, Ravalomanana 35.29%, Rajaonarimampianina 8.84%, turnout "
          "54.3%; the High Constitutional Court's final 39.23% and 35.35%); the runoff of Wednesday 19 December counted "
          "in stages (54.59% to 45.41% on Friday 21 December, 55.11% on Saturday, 55.06% to 44.94% with 21,473 of "
          "24,852 stations on Sunday 23 December) and the commission's provisional 55.66% to 44.34% on Thursday 27 "
          "December with turnout just over 48%; the court's confirmation on Tuesday 8 January 2019 and the swearing-in "
          "set for Saturday 19 January", False, ms, names)


def safaricom():
    R, B, K, BI = "reuters-may09", "businessdaily-may10", "kontan-may11", "bisnis-may12"
    names = {
     "net": "net income (billion shillings)", "net_prev": "the previous year's net income (billion shillings)",
     "net_growth": "growth of net income", "mpesa": "M-Pesa revenue (billion shillings)",
     "mpesa_growth": "growth of M-Pesa revenue", "service": "service revenue (billion shillings)",
     "service_growth": "growth of service revenue", "ebit": "earnings before interest and tax (billion shillings)",
     "dps": "dividend per share (shillings)", "dps_prev": "the previous year's dividend per share (shillings)",
     "div_total": "total dividend (billion shillings)", "div_growth": "growth of the total dividend",
     # dates
     "results_day": "day the results were announced", "year_end": "end of the financial year",
    }
    ms = [
     M(R, "Wednesday", D, "results_day", "2018-05-09"),
     M(R, "March 31", D, "year_end", "2018-03-31"),
     M(R, "14.3%", N, "net_growth", 14.3, cls="pct"),
     M(R, "55.3 billion shillings", N, "net", 55.3, cls="kesbn"),
     M(R, "48.4 billion shillings", N, "net_prev", 48.4, cls="kesbn"),
     M(R, "14.2%", N, "mpesa_growth", 14.2, cls="pct"),
     M(R, "62.9 billion shillings", N, "mpesa", 62.9, cls="kesbn"),
     M(R, "10%", N, "service_growth", 10, cls="pct"),
     M(R, "224.5 billion shillings", N, "service", 224.5, cls="kesbn"),
     M(R, "79.3 billion shillings", N, "ebit", 79.3, cls="kesbn"),
     M(R, "1.10 shillings", N, "dps", 1.10, cls="kes"),
     M(R, "44.1 billion shillings", N, "div_total", 44.1, cls="kesbn"),
     M(R, "13.5%", N, "div_growth", 13.5, cls="pct"),
     M(R, "0.97 shillings", N, "dps_prev", 0.97, cls="kes"),

     M(B, "Sh55.3 billion", N, "net", 55.3, cls="kesbn"),
     M(B, "March 31, 2018", D, "year_end", "2018-03-31"),
     M(B, "14.3 per cent", N, "net_growth", 14.3, cls="pct"),
     M(B, "Sh48.4 billion", N, "net_prev", 48.4, cls="kesbn"),
     M(B, "Wednesday", D, "results_day", "2018-05-09"),
     M(B, "14.2 per cent", N, "mpesa_growth", 14.2, cls="pct"),
     M(B, "Sh62.9 billion", N, "mpesa", 62.9, cls="kesbn"),
     M(B, "10 per cent", N, "service_growth", 10, cls="pct"),
     M(B, "Sh224.5 billion", N, "service", 224.5, cls="kesbn"),
     M(B, "Sh79.3 billion", N, "ebit", 79.3, cls="kesbn"),
     M(B, "Sh1.10", N, "dps", 1.10, cls="kes"),
     M(B, "Sh0.97", N, "dps_prev", 0.97, cls="kes"),
     M(B, "Sh44.1 billion", N, "div_total", 44.1, cls="kesbn"),
     M(B, "13.5 per cent", N, "div_growth", 13.5, cls="pct"),

     M(K, "55,3 miliar shilling", N, "net", 55.3, cls="kesbn"),
     M(K, "31 Maret 2018", D, "year_end", "2018-03-31"),
     M(K, "14,3%", N, "net_growth", 14.3, cls="pct"),
     M(K, "48,4 miliar shilling", N, "net_prev", 48.4, cls="kesbn"),
     M(K, "Rabu (9/5/2018)", D, "results_day", "2018-05-09"),
     M(K, "14,2%", N, "mpesa_growth", 14.2, cls="pct"),
     M(K, "62,9 miliar shilling", N, "mpesa", 62.9, cls="kesbn"),
     M(K, "10%", N, "service_growth", 10, cls="pct"),
     M(K, "224,5 miliar shilling", N, "service", 224.5, cls="kesbn"),
     M(K, "79,3 miliar shilling", N, "ebit", 79.3, cls="kesbn"),
     M(K, "1,10 shilling", N, "dps", 1.10, cls="kes"),
     M(K, "0,97 shilling", N, "dps_prev", 0.97, cls="kes"),
     M(K, "44,1 miliar shilling", N, "div_total", 44.1, cls="kesbn"),
     M(K, "13,5%", N, "div_growth", 13.5, cls="pct"),

     M(BI, "44,1 miliar shilling", N, "div_total", 44.1, cls="kesbn"),
     M(BI, "1,10 shilling", N, "dps", 1.10, cls="kes"),
     M(BI, "13,5%", N, "div_growth", 13.5, cls="pct"),
     M(BI, "0,97 shilling", N, "dps_prev", 0.97, cls="kes"),
     M(BI, "31 Maret 2018", D, "year_end", "2018-03-31"),
     M(BI, "55,3 miliar shilling", N, "net", 55.3, cls="kesbn"),
     M(BI, "14,3%", N, "net_growth", 14.3, cls="pct"),
     M(BI, "48,4 miliar shilling", N, "net_prev", 48.4, cls="kesbn"),
     M(BI, "14,2%", N, "mpesa_growth", 14.2, cls="pct"),
     M(BI, "62,9 miliar shilling", N, "mpesa", 62.9, cls="kesbn"),
     M(BI, "10%", N, "service_growth", 10, cls="pct"),
     M(BI, "224,5 miliar shilling", N, "service", 224.5, cls="kesbn"),
     M(BI, "79,3 miliar shilling", N, "ebit", 79.3, cls="kesbn"),
     M(BI, "Rabu (9/5/2018)", D, "results_day", "2018-05-09"),
    ]
    build("safaricom-results-2018", "Safaricom's full-year results (control) announced on Wednesday 9 May 2018 for the "
          "year to 31 March 2018: net income up 14.3% to 55.3 billion shillings from 48.4 billion; M-Pesa revenue up "
          "14.2% to 62.9 billion; service revenue up 10% to 224.5 billion; earnings before interest and tax of 79.3 "
          "billion; a dividend of 1.10 shillings a share (0.97 a year earlier), 44.1 billion in all, 13.5% more. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    nyerere()
    madagascar()
    safaricom()
