"""The hundred-and-thirty-seventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset137/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def conakry():
    R, K, AP, DT, T = "reuters-dec18", "kompas-dec19", "ap-dec20", "detik-dec22", "tempo-jan10"
    # the tallies of Monday 18 December (the police officer's in the morning, the civil protection service's later,
    # the government's first statement and its statement on television in the evening), Tuesday 19 December and
    # Thursday 21 December (the statement read on television that evening)
    MON_AM, MON_MID, MON_GOV, MON_PM, TUE, THU = (
        "2023-12-18T08", "2023-12-18T12", "2023-12-18T15", "2023-12-18T21", "2023-12-19", "2023-12-21T20")
    POL, CP, GOV = "a senior police officer", "the civil protection service", "the government"
    names = {
     "dead": "people killed", "injured": "people injured (treated)", "serious": "people seriously injured",
     "discharged": "injured people sent home", "hospital": "injured people still in hospital",
     "icu": "injured people in intensive care", "new_dead": "deaths added on Tuesday",
     "households": "households hit", "radius_km": "distance of the damage (km)", "radius_m": "radius of most of the damage (m)",
     "tanks_out": "fuel tanks out of service", "tanks_ok": "fuel tanks unaffected", "tanks_total": "fuel tanks in the depot",
     "fuel_aid": "litres of fuel sent by Côte d'Ivoire", "cash_aid": "Côte d'Ivoire's aid (million CFA francs)",
     "weeks_since": "weeks since the explosion", "days_to_out": "days until the fire was put out",
     "buildings": "buildings damaged",
     # dates
     "explosion": "day of the explosion", "count14_day": "day of the count of 14", "count18_day": "day of the count of 18",
     "count23_day": "day of the count of 23", "ic_visit": "day Côte d'Ivoire's delegation arrived",
     "extinguished": "day the fire was put out",
    }
    ms = [
     M(R, "Monday", D, "explosion", "2023-12-18"),
     M(R, "at least eight people", N, "dead", 8, MON_AM, qual="atleast", src=POL),
     M(R, "84", N, "injured", 84, MON_AM, src=POL),
     M(R, "11 dead", N, "dead", 11, MON_MID, src=CP),
     M(R, "88 seriously injured", N, "serious", 88, MON_MID, src=CP),

     M(K, "14 orang", N, "dead", 14, MON_PM, src=GOV),
     M(K, "Senin (18/12/2023)", D, "count14_day", "2023-12-18"),
     M(K, "13 orang", N, "dead", 13, MON_GOV, src=GOV),
     M(K, "178 orang", N, "injured", 178, MON_GOV, src=GOV),
     M(K, "89", N, "discharged", 89, MON_GOV, src=GOV),
     M(K, "190", N, "injured", 190, MON_PM, src=GOV),
     M(K, "113 orang", N, "discharged", 113, MON_PM, src=GOV),

     M(AP, "Four more people", N, "new_dead", 4, TUE),
     M(AP, "Tuesday", D, "count18_day", "2023-12-19"),
     M(AP, "18", N, "dead", 18, TUE, src=GOV),
     M(AP, "212 people", N, "injured", 212, TUE, src=GOV),
     M(AP, "127", N, "discharged", 127, TUE, src=GOV),
     M(AP, "85", N, "hospital", 85, TUE, fall=True),
     M(AP, "four of them", N, "icu", 4, TUE, fall=True),
     M(AP, "738 households", N, "households", 738),
     M(AP, "Monday", D, "explosion", "2023-12-18"),
     M(AP, "more than one kilometer", N, "radius_km", 1, qual="morethan", cls="km"),
     M(AP, "13", N, "tanks_out", 13),
     M(AP, "five", N, "tanks_ok", 5),

     M(DT, "18", N, "dead", 18, TUE, src=GOV),
     M(DT, "23 orang", N, "dead", 23, THU, src=GOV),
     M(DT, "Kamis (21/12/2023)", D, "count23_day", "2023-12-21"),
     M(DT, "214 orang", N, "injured", 214, THU, src=GOV, planted=True),
     M(DT, "212 orang", N, "injured", 212, TUE, src=GOV),
     M(DT, "Senin (18/12/2023)", D, "explosion", "2023-12-18"),
     M(DT, "Rabu (20/12/2023)", D, "ic_visit", "2023-12-20"),
     M(DT, "100.000 liter", N, "fuel_aid", 100000, cls="litre"),
     M(DT, "500 juta franc CFA", N, "cash_aid", 500, cls="cfa"),
     M(DT, "13 tangki", N, "tanks_out", 13),
     M(DT, "lima tangki", N, "tanks_ok", 5),

     M(T, "Tiga pekan", N, "weeks_since", 3, cls="dur"),
     M(T, "18 Desember 2023", D, "explosion", "2023-12-18"),
     M(T, "21 Desember", D, "count23_day", "2023-12-21"),
     M(T, "23 orang", N, "dead", 23, THU, src=GOV),
     M(T, "241 orang", N, "injured", 241, THU, src=GOV),
     M(T, "27 Desember", D, "extinguished", "2023-12-27"),
     M(T, "sembilan hari", N, "days_to_out", 9, cls="dur"),
     M(T, "sekitar 800 bangunan", N, "buildings", 800, qual="approx"),
     M(T, "500 meter", N, "radius_m", 500, cls="m"),
     M(T, "13", N, "tanks_out", 13),
     M(T, "18 tangki", N, "tanks_total", 18),
    ]
    build("conakry-depot-2023", "The explosion and fire at Guinea's main fuel depot in Kaloum, Conakry, shortly after "
          "midnight on Monday 18 December 2023: a police officer's 8 dead and 84 injured and the civil protection "
          "service's 11 dead and 88 seriously injured that morning; the government's toll 13 (178 injured, 89 sent "
          "home) -> 14 (190, 113) on Monday, 18 (212 treated, 127 home, 85 in hospital, 4 in intensive care) on "
          "Tuesday 19 December, 23 (241 injured) on Thursday 21 December; 13 of 18 tanks out of service; Côte "
          "d'Ivoire's delegation of Wednesday 20 December with 100,000 litres of fuel and 500 million CFA francs; the "
          "fire put out on 27 December, nine days on; about 800 buildings damaged", False, ms, names)


def togo():
    R, A, K, AP, T = "reuters-feb24", "antara-feb25", "kompas-mar04", "ap-mar17", "tempo-may04"
    # the official result: the electoral commission's complete provisional count (late on Sunday 23 February), as
    # corrected by the Constitutional Court in its final results (Tuesday 3 March): one tally, a lower final figure a
    # revision; Kodjo's own claim is another source
    PROV, FINAL = "2020-02-23T22", "2020-03-03"
    CENI = COURT = "the official count (the electoral commission, then the Constitutional Court)"
    KODJO = "Kodjo's camp"
    names = {
     "faure_share": "Gnassingbé's share", "kodjo_share": "Kodjo's share", "fabre_share": "Fabre's share",
     "gogue_share": "Gogué's share", "wolou_share": "Wolou's share", "kuessan_share": "Kuessan's share",
     "tchassona_share": "Tchassona-Traoré's share", "faure_votes": "votes for Gnassingbé",
     "kodjo_votes": "votes for Kodjo", "fabre_votes": "votes for Fabre", "cast": "ballots cast",
     "valid": "valid votes", "turnout": "turnout", "turnout_prev": "turnout at the previous election",
     "local_comm": "local electoral commissions", "age": "Gnassingbé's age", "eyadema_years": "years Eyadéma held power",
     "faure2015": "Gnassingbé's share in 2015", "other_cands": "other candidates", "term": "years of the term",
     "imm_ayes": "votes to lift the immunity", "imm_noes": "votes against lifting the immunity",
     "imm_abst": "abstentions on the immunity", "voting": "members voting", "members": "members of the assembly",
     "pros_ayes": "votes to allow prosecution", "pros_noes": "votes against prosecution",
     "pros_abst": "abstentions on prosecution", "guests": "guests at the swearing-in",
     # dates
     "election": "day of the election", "prov_day": "day of the provisional results", "since": "year Gnassingbé took power",
     "y2015": "the previous election", "amendment": "the constitutional change", "until": "year he may rule until",
     "court_day": "day of the court's final results", "immunity_day": "day of the immunity vote",
     "leg_election": "the legislative election", "inauguration": "day of the swearing-in",
    }
    ms = [
     M(R, "72.36%", N, "faure_share", 72.36, PROV, cls="pct", src=CENI),
     M(R, "Saturday", D, "election", "2020-02-22"),
     M(R, "Sunday", D, "prov_day", "2020-02-23"),
     M(R, "18.37%", N, "kodjo_share", 18.37, PROV, cls="pct", src=CENI),
     M(R, "4.35%", N, "fabre_share", 4.35, PROV, cls="pct", src=CENI),
     M(R, "76.63%", N, "turnout", 76.63, cls="pct"),
     M(R, "60.99%", N, "turnout_prev", 60.99, cls="pct"),
     M(R, "46 local electoral commissions", N, "local_comm", 46),
     M(R, "between 57% and 61%", N, "kodjo_share", 57, qual="atleast", cls="pct", src=KODJO),
     M(R, "53", N, "age", 53, cls="age"),
     M(R, "2005", D, "since", "2005"),
     M(R, "38 years", N, "eyadema_years", 38, cls="dur"),
     M(R, "2015", D, "y2015", "2015"),
     M(R, "a little over 58%", N, "faure2015", 58, qual="morethan", cls="pct"),
     M(R, "May 2019", D, "amendment", "2019-05"),
     M(R, "2030", D, "until", "2030"),

     M(A, "1.938.889 suara", N, "faure_votes", 1938889, PROV, src=CENI),
     M(A, "72,36 persen", N, "faure_share", 72.36, PROV, cls="pct", src=CENI),
     M(A, "Sabtu (22/2/2020)", D, "election", "2020-02-22"),
     M(A, "492.336 suara", N, "kodjo_votes", 492336, PROV, src=CENI),
     M(A, "18,37 persen", N, "kodjo_share", 18.37, PROV, cls="pct", src=CENI),
     M(A, "116.685 suara", N, "fabre_votes", 116685, PROV, src=CENI),
     M(A, "4,35 persen", N, "fabre_share", 4.35, PROV, cls="pct", src=CENI),
     M(A, "Empat kandidat", N, "other_cands", 4),
     M(A, "2,38 persen", N, "gogue_share", 2.38, PROV, cls="pct", src=CENI),
     M(A, "1,14 persen", N, "wolou_share", 1.14, PROV, cls="pct", src=CENI),
     M(A, "0,77 persen", N, "kuessan_share", 0.77, PROV, cls="pct", src=CENI),
     M(A, "0,63 persen", N, "tchassona_share", 0.63, PROV, cls="pct", src=CENI),
     M(A, "2.769.286 pemilih", N, "cast", 2769286),
     M(A, "2.679.557 suara sah", N, "valid", 2679557),
     M(A, "76,63 persen", N, "turnout", 76.63, cls="pct"),
     M(A, "60,99 persen", N, "turnout_prev", 60.99, cls="pct"),
     M(A, "2015", D, "y2015", "2015"),
     M(A, "Minggu (23/2/2020)", D, "prov_day", "2020-02-23"),
     M(A, "2005", D, "since", "2005"),

     M(K, "22 Februari 2020", D, "election", "2020-02-22"),
     M(K, "70,78 persen", N, "faure_share", 70.78, FINAL, cls="pct", src=COURT),
     M(K, "Selasa (3/3/2020)", D, "court_day", "2020-03-03"),
     M(K, "1.760.309 suara", N, "faure_votes", 1760309, FINAL, src=COURT),
     M(K, "483.926 suara", N, "kodjo_votes", 483926, FINAL, src=COURT),
     M(K, "19,46 persen", N, "kodjo_share", 19.46, FINAL, cls="pct", src=COURT),
     M(K, "4,68 persen", N, "fabre_share", 4.68, FINAL, cls="pct", src=COURT),
     M(K, "2,40 persen", N, "gogue_share", 2.40, FINAL, cls="pct", src=COURT),
     M(K, "72,36 persen", N, "faure_share", 72.36, PROV, cls="pct", src=CENI),
     M(K, "18,37 persen", N, "kodjo_share", 18.37, PROV, cls="pct", src=CENI),
     M(K, "lima tahun", N, "term", 5, cls="dur"),
     M(K, "2005", D, "since", "2005"),

     M(AP, "Monday", D, "immunity_day", "2020-03-16"),
     M(AP, "80 lawmakers", N, "imm_ayes", 80),
     M(AP, "two", N, "imm_noes", 2),
     M(AP, "eight", N, "imm_abst", 8),
     M(AP, "90", N, "voting", 90),
     M(AP, "91 members", N, "members", 91),
     M(AP, "78 lawmakers", N, "pros_ayes", 78),
     M(AP, "one", N, "pros_noes", 1),
     M(AP, "11", N, "pros_abst", 11),
     M(AP, "19.46%", N, "kodjo_share", 19.46, FINAL, cls="pct", src=COURT),
     M(AP, "Feb. 22", D, "election", "2020-02-22"),
     M(AP, "March 4", D, "court_day", "2020-03-04", planted=True),
     M(AP, "70.78%", N, "faure_share", 70.78, FINAL, cls="pct", src=COURT),
     M(AP, "December 2018", D, "leg_election", "2018-12"),

     M(T, "Minggu (3/5/2020)", D, "inauguration", "2020-05-03"),
     M(T, "kurang dari 100 undangan", N, "guests", 100, qual="nearly"),
     M(T, "53 tahun", N, "age", 53, cls="age"),
     M(T, "22 Februari", D, "election", "2020-02-22"),
     M(T, "70,78 persen", N, "faure_share", 70.78, FINAL, cls="pct", src=COURT),
     M(T, "3 Maret", D, "court_day", "2020-03-03"),
     M(T, "19,64 persen", N, "kodjo_share", 19.64, FINAL, cls="pct", src=COURT, planted=True),
     M(T, "16 Maret", D, "immunity_day", "2020-03-16"),
     M(T, "2005", D, "since", "2005"),
     M(T, "38 tahun", N, "eyadema_years", 38, cls="dur"),
     M(T, "2019", D, "amendment", "2019"),
     M(T, "2030", D, "until", "2030"),
    ]
    build("togo-election-2020", "Togo's presidential election of Saturday 22 February 2020: the electoral commission's "
          "provisional results late on Sunday 23 February (Gnassingbé 1,938,889 votes, 72.36%; Kodjo 492,336, 18.37%; "
          "Fabre 116,685, 4.35%; turnout 76.63% against 60.99%) against the Constitutional Court's final results of "
          "Tuesday 3 March (Gnassingbé 1,760,309, 70.78%; Kodjo 483,926, 19.46%; Fabre 4.68%); the National Assembly's "
          "votes of Monday 16 March lifting Kodjo's immunity (80-2, 8 abstentions) and allowing his prosecution (78-1, "
          "11 abstentions); the swearing-in on Sunday 3 May 2020", False, ms, names)


def ecobank():
    R, B, BD, K = "reuters-apr03", "bisnis-apr04", "businessday-apr05", "kontan-apr08"
    names = {
     "pbt": "profit before tax ($m)", "pbt_prev": "profit before tax in 2022 ($m)", "pbt_growth": "growth of profit before tax",
     "pbt_cc": "growth of profit before tax at constant currency", "revenue": "net revenue ($m)",
     "rev_prev": "net revenue in 2022 ($m)", "rev_growth": "growth of net revenue",
     "rev_cc": "growth of net revenue at constant currency", "threshold": "the revenue mark passed ($m)",
     "pat": "profit after tax ($m)", "pat_prev": "profit after tax in 2022 ($m)", "pat_growth": "growth of profit after tax",
     "ppop": "pre-provision operating profit ($m)", "ppop_growth": "growth of pre-provision operating profit",
     "attrib": "profit attributable to shareholders ($m)", "attrib_prev": "attributable profit in 2022 ($m)",
     "rote": "return on tangible equity", "npl": "non-performing loan ratio", "cost_risk": "cost of risk",
     "nii": "net interest income ($m)", "nii_growth": "growth of net interest income", "nim": "net interest margin",
     "loans": "gross loans ($m)", "loans_prev": "gross loans a year earlier ($m)", "deposits": "customer deposits ($m)",
     "deposits_prev": "customer deposits a year earlier ($m)", "car": "total capital adequacy ratio",
     "ltd": "loans-to-deposits ratio", "strategy": "years of the strategy",
     # dates
     "fy": "the financial year", "fy_end": "end of the financial year", "y2022": "the year before",
     "y2015": "the last year revenue passed the mark", "bs_date": "date of the balance sheet",
     "bs_prev": "date of the previous balance sheet",
    }
    ms = [
     M(R, "8%", N, "pbt_growth", 8, cls="pct"),
     M(R, "$581 million", N, "pbt", 581, cls="usd"),
     M(R, "2023", D, "fy", "2023"),
     M(R, "$540 million", N, "pbt_prev", 540, cls="usd"),
     M(R, "34%", N, "pbt_cc", 34, cls="pct"),
     M(R, "11%", N, "rev_growth", 11, cls="pct"),
     M(R, "$2.1 billion", N, "revenue", 2100, qual="approx", cls="usd"),
     M(R, "31%", N, "rev_cc", 31, cls="pct"),
     M(R, "$2 billion", N, "threshold", 2000, cls="usd"),
     M(R, "2015", D, "y2015", "2015"),
     M(R, "11%", N, "pat_growth", 11, cls="pct", occ=2),
     M(R, "$407 million", N, "pat", 407, cls="usd"),
     M(R, "$367 million", N, "pat_prev", 367, cls="usd"),
     M(R, "17%", N, "ppop_growth", 17, cls="pct"),
     M(R, "$951 million", N, "ppop", 951, cls="usd"),
     M(R, "24.9%", N, "rote", 24.9, cls="pct"),
     M(R, "5.4%", N, "npl", 5.4, cls="pct"),
     M(R, "128 basis points", N, "cost_risk", 128, cls="bp"),
     M(R, "15%", N, "nii_growth", 15, cls="pct"),
     M(R, "$1.169 billion", N, "nii", 1169, cls="usd"),
     M(R, "5.4%", N, "nim", 5.4, cls="pct", occ=2),
     M(R, "five-year", N, "strategy", 5, cls="dur"),

     M(B, "US$581 juta", N, "pbt", 581, cls="usd"),
     M(B, "2023", D, "fy", "2023"),
     M(B, "8%", N, "pbt_growth", 8, cls="pct"),
     M(B, "US$540 juta", N, "pbt_prev", 540, cls="usd"),
     M(B, "2022", D, "y2022", "2022"),
     M(B, "34%", N, "pbt_cc", 34, cls="pct"),
     M(B, "11%", N, "rev_growth", 11, cls="pct"),
     M(B, "US$2,064 miliar", N, "revenue", 2064, cls="usd"),
     M(B, "US$1,862 miliar", N, "rev_prev", 1862, cls="usd"),
     M(B, "31%", N, "rev_cc", 31, cls="pct"),
     M(B, "11%", N, "pat_growth", 11, cls="pct", occ=2),
     M(B, "US$407 juta", N, "pat", 407, cls="usd"),
     M(B, "US$288 juta", N, "attrib", 288, cls="usd"),
     M(B, "US$286 juta", N, "attrib_prev", 286, cls="usd"),
     M(B, "15%", N, "nii_growth", 15, cls="pct"),
     M(B, "US$1,169 miliar", N, "nii", 1169, cls="usd"),
     M(B, "5,4%", N, "nim", 5.4, cls="pct"),
     M(B, "US$11,1 miliar", N, "loans", 11100, cls="usd"),
     M(B, "Desember 2023", D, "bs_date", "2023-12"),
     M(B, "US$11,5 miliar", N, "loans_prev", 11500, cls="usd"),
     M(B, "Desember 2022", D, "bs_prev", "2022-12"),
     M(B, "US$20,0 miliar", N, "deposits", 20000, cls="usd"),
     M(B, "US$20,8 miliar", N, "deposits_prev", 20800, cls="usd"),
     M(B, "15,0%", N, "car", 15.0, cls="pct"),
     M(B, "55,4%", N, "ltd", 55.4, cls="pct"),

     M(BD, "11%", N, "rev_growth", 11, cls="pct"),
     M(BD, "$2.064 billion", N, "revenue", 2064, cls="usd"),
     M(BD, "December 31, 2023", D, "fy_end", "2023-12-31"),
     M(BD, "$1.862 billion", N, "rev_prev", 1862, cls="usd"),
     M(BD, "2022", D, "y2022", "2022"),
     M(BD, "8%", N, "pbt_growth", 8, cls="pct"),
     M(BD, "$581 million", N, "pbt", 581, cls="usd"),
     M(BD, "34%", N, "pbt_cc", 34, cls="pct"),
     M(BD, "11%", N, "pat_growth", 11, cls="pct", occ=2),
     M(BD, "$407 million", N, "pat", 407, cls="usd"),
     M(BD, "$288 million", N, "attrib", 288, cls="usd"),
     M(BD, "$286 million", N, "attrib_prev", 286, cls="usd"),
     M(BD, "$951 million", N, "ppop", 951, cls="usd"),
     M(BD, "17%", N, "ppop_growth", 17, cls="pct"),
     M(BD, "24.9%", N, "rote", 24.9, cls="pct"),
     M(BD, "5.4%", N, "npl", 5.4, cls="pct"),
     M(BD, "128 basis points", N, "cost_risk", 128, cls="bp"),
     M(BD, "$11.1 billion", N, "loans", 11100, cls="usd"),
     M(BD, "$11.5 billion", N, "loans_prev", 11500, cls="usd"),
     M(BD, "$20.0 billion", N, "deposits", 20000, cls="usd"),
     M(BD, "$20.8 billion", N, "deposits_prev", 20800, cls="usd"),
     M(BD, "55.4%", N, "ltd", 55.4, cls="pct"),
     M(BD, "15.0%", N, "car", 15.0, cls="pct"),
     M(BD, "five-year", N, "strategy", 5, cls="dur"),

     M(K, "US$2,1 miliar", N, "revenue", 2100, qual="approx", cls="usd"),
     M(K, "2023", D, "fy", "2023"),
     M(K, "11%", N, "rev_growth", 11, cls="pct"),
     M(K, "31%", N, "rev_cc", 31, cls="pct"),
     M(K, "US$2 miliar", N, "threshold", 2000, cls="usd"),
     M(K, "2015", D, "y2015", "2015"),
     M(K, "8%", N, "pbt_growth", 8, cls="pct"),
     M(K, "US$581 juta", N, "pbt", 581, cls="usd"),
     M(K, "11%", N, "pat_growth", 11, cls="pct", occ=2),
     M(K, "US$407 juta", N, "pat", 407, cls="usd"),
     M(K, "US$367 juta", N, "pat_prev", 367, cls="usd"),
     M(K, "US$951 juta", N, "ppop", 951, cls="usd"),
     M(K, "17%", N, "ppop_growth", 17, cls="pct"),
     M(K, "2022", D, "y2022", "2022"),
     M(K, "24,9%", N, "rote", 24.9, cls="pct"),
     M(K, "5,4%", N, "npl", 5.4, cls="pct"),
     M(K, "128 basis poin", N, "cost_risk", 128, cls="bp"),
     M(K, "15%", N, "nii_growth", 15, cls="pct"),
     M(K, "US$1,169 miliar", N, "nii", 1169, cls="usd"),
     M(K, "US$20,0 miliar", N, "deposits", 20000, cls="usd"),
     M(K, "Desember 2023", D, "bs_date", "2023-12"),
    ]
    build("ecobank-results-2023", "Ecobank Transnational Incorporated's audited results for 2023 (control): profit "
          "before tax up 8% (34% at constant currency) to $581 million from $540 million; net revenue up 11% (31%) to "
          "$2.064 billion from $1.862 billion, above $2 billion for the first time since 2015; profit after tax up 11% "
          "to $407 million from $367 million; attributable profit $288 million ($286 million); pre-provision operating "
          "profit up 17% to $951 million; return on tangible equity 24.9%, NPL ratio 5.4%, cost of risk 128 basis "
          "points; net interest income up 15% to $1.169 billion, margin 5.4%; loans $11.1 billion ($11.5 billion), "
          "deposits $20.0 billion ($20.8 billion), loans-to-deposits 55.4%, capital adequacy 15.0%. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    conakry()
    togo()
    ecobank()
