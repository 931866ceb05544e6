"""The eighty-fifth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset85/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def typhoon():
    R, K, DT, A, T = "reuters-dec17", "kompas-dec20", "detik-dec22", "ap-jan01-2022", "tempo-jan09-2022"
    # the running tallies' as-of days: the disaster agency's (NDRRMC) briefing of Friday 17 December, its count of
    # Sunday 19 December, Tuesday 21 December, Monday 27 December, Friday 31 December, its previous report before the
    # correction (407) and the correction of Saturday 8 January 2022 (403); the national police's (PNP) counts of
    # Monday 20 December (208, as of 06.00) and Tuesday 21 December (375); the Bohol governor's counts of Sunday 19
    # December at noon (72) and Monday 20 December (94)
    D17, D19, D20, D21, D27, D31, J07, J08 = ("2021-12-17", "2021-12-19", "2021-12-20", "2021-12-21", "2021-12-27",
                                              "2021-12-31", "2022-01-07", "2022-01-08")
    NDRRMC, PNP, PAGASA, JTWC = ("the disaster agency NDRRMC", "the national police (PNP)", "the weather bureau PAGASA",
                                 "the U.S. Joint Typhoon Warning Center")
    names = {
     "dead": "people killed by the typhoon (national count)", "missing": "people missing (national count)",
     "injured": "people injured (national count)", "confirmed": "deaths confirmed by the disaster agency",
     "unverified": "deaths still being verified", "removed": "deaths removed from the count",
     "dead_bohol": "people killed in Bohol", "missing_bohol": "people missing in Bohol",
     "injured_bohol": "people injured in Bohol", "dead_cv": "deaths the police counted in Central Visayas",
     "mayors_reported": "Bohol mayors who had reported", "mayors": "mayors in Bohol",
     "population": "Bohol's population", "evacuated": "people evacuated before landfall",
     "winds": "sustained winds at landfall", "winds_fri": "sustained winds on Friday",
     "storms_year": "tropical storms striking the Philippines a year", "dead2013": "people killed by the 2013 typhoon",
     "affected": "people affected", "in_centres": "people still in evacuation centres",
     "houses": "houses damaged", "destroyed": "houses destroyed", "appeal": "the UN appeal (US$ million)",
     "appeal_people": "people the UN appeal targets", "appeal_months": "length of the UN appeal",
     "aid": "aid pledged by the president", "released": "aid released by the budget department",
     "landfalls": "landfalls the typhoon made",
     # dates
     "landfall": "day of the first landfall", "count12_day": "day of the agency's first count (12 dead)",
     "weaken_day": "day the winds eased", "storm2013": "the 2013 super typhoon",
     "bohol72_day": "day of the Bohol governor's count of 72", "duterte_visit": "day of the president's aerial visit",
     "pnp375_day": "day of the police count of 375", "pnp208_day": "day of the police count of 208",
     "ndrrmc156_day": "day of the agency's count of 156", "bohol94_day": "day of the Bohol governor's count of 94",
     "ndrrmc405_day": "day of the agency's count of 405", "ndrrmc389_day": "day of the agency's count of 389",
     "appeal_day": "day the UN appeal was launched", "revision_day": "day the agency lowered its count to 403",
    }
    ms = [
     M(R, "At least 12 people", N, "dead", 12, D17, qual="atleast", src=NDRRMC),
     M(R, "Friday", D, "count12_day", "2021-12-17"),
     M(R, "seven people", N, "missing", 7, D17, src=NDRRMC, fall=True),
     M(R, "two", N, "injured", 2, D17, src=NDRRMC),
     M(R, "Thursday", D, "landfall", "2021-12-16"),
     M(R, "195 km per hour", N, "winds", 195, cls="kmh", src=PAGASA),
     M(R, "260 km per hour", N, "winds", 260, cls="kmh", src=JTWC),
     M(R, "Friday", D, "weaken_day", "2021-12-17", occ=2),
     M(R, "150 km per hour", N, "winds_fri", 150, cls="kmh"),
     M(R, "More than 300,000 people", N, "evacuated", 300000, qual="morethan"),
     M(R, "about 20", N, "storms_year", 20, qual="approx"),
     M(R, "November 2013", D, "storm2013", "2013-11"),
     M(R, "more than 6,300 people", N, "dead2013", 6300, qual="morethan"),

     M(K, "sedikitnya 72 orang", N, "dead_bohol", 72, D19, qual="atleast"),
     M(K, "Minggu (19/12/2021)", D, "bohol72_day", "2021-12-19"),
     M(K, "10 orang", N, "missing_bohol", 10, D19, fall=True),
     M(K, "13 orang", N, "injured_bohol", 13, D19),
     M(K, "33", N, "mayors_reported", 33),
     M(K, "48 wali kota", N, "mayors", 48),
     M(K, "sekitar 1,2 juta jiwa", N, "population", 1200000, qual="approx"),
     M(K, "31 kematian", N, "dead", 31, D19, src=NDRRMC),
     M(K, "Sabtu (18/12/2021)", D, "duterte_visit", "2021-12-18"),
     M(K, "Kamis (16/12/2021)", D, "landfall", "2021-12-16"),
     M(K, "195 kilometer per jam", N, "winds", 195, cls="kmh", src=PAGASA),
     M(K, "Lebih dari 300.000 orang", N, "evacuated", 300000, qual="morethan"),

     M(DT, "375 orang", N, "dead", 375, D21, src=PNP),
     M(DT, "Selasa (21/12/2021)", D, "pnp375_day", "2021-12-21"),
     M(DT, "56 orang", N, "missing", 56, D21, src=PNP, fall=True),
     M(DT, "515 orang", N, "injured", 515, D21, src=PNP),
     M(DT, "Senin (20/12/2021)", D, "pnp208_day", "2021-12-20"),
     M(DT, "208 orang", N, "dead", 208, D20, src=PNP),
     M(DT, "52 orang", N, "missing", 52, D20, src=PNP, fall=True),
     M(DT, "170 kematian", N, "dead_cv", 170, D21),
     M(DT, "Selasa", D, "ndrrmc156_day", "2021-12-21", occ=2),
     M(DT, "156 kematian", N, "dead", 156, D21, src=NDRRMC),
     M(DT, "37 orang", N, "missing", 37, D21, src=NDRRMC, fall=True),
     M(DT, "275 orang", N, "injured", 275, D21, src=NDRRMC),
     M(DT, "sembilan kematian", N, "confirmed", 9, D21),
     M(DT, "Senin", D, "bohol94_day", "2021-12-20", occ=2),
     M(DT, "94 orang", N, "dead_bohol", 94, D20),
     M(DT, "Kamis (16/12/2021)", D, "landfall", "2021-12-16"),

     M(A, "405", N, "dead", 405, D31, src=NDRRMC),
     M(A, "82 people", N, "missing", 82, D31, src=NDRRMC, fall=True),
     M(A, "1,147", N, "injured", 1147, D31, src=NDRRMC),
     M(A, "Friday", D, "ndrrmc405_day", "2021-12-31"),
     M(A, "75", N, "confirmed", 75, D31),
     M(A, "Monday", D, "ndrrmc389_day", "2021-12-27"),
     M(A, "389 dead", N, "dead", 389, D27, src=NDRRMC),
     M(A, "64 missing", N, "missing", 64, D27, src=NDRRMC, fall=True),
     M(A, "1,146", N, "injured", 1146, D27, src=NDRRMC),
     M(A, "375 deaths", N, "dead", 375, D21, src=PNP),
     M(A, "Dec. 21", D, "pnp375_day", "2021-12-21"),
     M(A, "More than 4.4 million people", N, "affected", 4400000, D31, qual="morethan"),
     M(A, "more than 325,000", N, "in_centres", 325000, D31, qual="morethan", fall=True),
     M(A, "532,096 houses", N, "houses", 532096, D31),
     M(A, "169,243", N, "destroyed", 169243, D31),
     M(A, "Dec. 24", D, "appeal_day", "2021-12-24"),
     M(A, "$107.2 million", N, "appeal", 107.2, cls="usd"),
     M(A, "530,000", N, "appeal_people", 530000),
     M(A, "six months", N, "appeal_months", 6, cls="dur"),
     M(A, "10 billion pesos", N, "aid", 10e9, cls="peso"),
     M(A, "1 billion pesos", N, "released", 1e9, cls="peso"),
     M(A, "Dec. 16", D, "landfall", "2021-12-16"),
     M(A, "195 kph", N, "winds", 195, cls="kmh", src=PAGASA),

     M(T, "407", N, "dead", 407, J07, src=NDRRMC),
     M(T, "403 orang", N, "dead", 403, J08, src=NDRRMC),
     M(T, "Sabtu, 8 Januari 2022", D, "revision_day", "2022-01-08"),
     M(T, "Empat kematian", N, "removed", 4, J08),
     M(T, "77 kematian", N, "confirmed", 77, J08),
     M(T, "326 lainnya", N, "unverified", 326, J08),
     M(T, "31 Desember 2021", D, "ndrrmc405_day", "2021-12-31"),
     M(T, "405 kematian", N, "dead", 405, D31, src=NDRRMC),
     M(T, "1.147 orang", N, "injured", 1147, D31, src=NDRRMC),
     M(T, "82 orang", N, "missing", 82, D31, src=NDRRMC, fall=True),
     M(T, "532.096 rumah", N, "houses", 532096, D31),
     M(T, "169.243", N, "destroyed", 169243, D31),
     M(T, "21 Desember 2021", D, "pnp375_day", "2021-12-21"),
     M(T, "357 orang", N, "dead", 357, D21, src=PNP, planted=True),
     M(T, "Kamis, 16 Desember 2021", D, "landfall", "2021-12-16"),
     M(T, "sembilan kali", N, "landfalls", 9),
     M(T, "2013", D, "storm2013", "2013"),
     M(T, "US$107,2 juta", N, "appeal", 107.2, cls="usd"),
     M(T, "530.000 warga", N, "appeal_people", 530000),
     M(T, "enam bulan", N, "appeal_months", 6, cls="dur"),
    ]
    build("typhoon-rai-2021", "Typhoon Rai (Odette) in the Philippines: first landfall on Siargao on Thursday 16 "
          "December 2021 (PAGASA's 195 km/h against the JTWC's 260 km/h), nine landfalls; the disaster agency NDRRMC's "
          "toll rising 12 (Friday 17 December) -> 31 (Sunday 19) -> 156 (Tuesday 21) -> 389 (Monday 27) -> 405 "
          "(Friday 31) -> 407, lowered to 403 on Saturday 8 January 2022 (four deaths from natural causes removed); "
          "the national police's 208 (Monday 20 December) and 375 (Tuesday 21 December) as another body's count; "
          "the Bohol governor's 72 (Sunday 19) and 94 (Monday 20); missing, injured, confirmed deaths, houses, the UN "
          "appeal of US$107.2 million launched on 24 December", False, ms, names)


def serbia():
    R, K, A, AN, RM = ("reuters-dec18", "kompas-dec19", "ap-jan04-2024", "antara-mar31-2024", "reuters-may02-2024")
    # the count's stages: the commission's (RIK) count from 7,822 stations on Monday 18 December at 09.00, its count
    # from 98.11% of stations on Tuesday 19 December, its full count of Wednesday 3 January 2024 (after the repeat
    # vote); the pollsters' projection on Monday morning (95.3% of the sample: 127 seats) and its last one on Monday
    # evening (128 seats). Shares of a count in progress may move both ways (fall=True); the final seats carry no
    # as-of time
    MON, TUE, FIN = "2023-12-18T09", "2023-12-19", "2024-01-03"
    IPS_AM, IPS_PM = "2023-12-18T10", "2023-12-18T17"
    RIK, IPSOS = "the electoral commission (RIK)", "the Ipsos/CeSID projection"
    names = {
     "sns_share": "the SNS list's share", "spn_share": "Serbia Against Violence's share",
     "sps_share": "the Socialist list's share", "nada_share": "NADA's share", "mi_share": "Nestorovic's list's share",
     "svm_share": "the Hungarians' list's share", "sns_seats": "the SNS list's seats",
     "spn_seats": "Serbia Against Violence's seats", "sps_seats": "the Socialist list's seats",
     "nada_seats": "NADA's seats", "mi_seats": "Nestorovic's list's seats", "svm_seats": "the Hungarians' list's seats",
     "seats_total": "seats in parliament", "sample": "share of the pollsters' sample counted",
     "processed": "polling stations counted on Monday morning", "stations": "polling stations",
     "processed_pct": "share of polling stations counted on Tuesday", "sns_votes": "votes for the SNS list",
     "spn_votes": "votes for Serbia Against Violence", "turnout": "turnout", "invalid": "invalid ballots",
     "threshold": "threshold for seats", "sns_seats_2022": "the SNS list's seats in 2022",
     "electorate": "eligible voters", "shootings_n": "mass shootings that set off the protests", "lists_won": "lists winning seats", "lists": "lists on the ballot",
     "detained": "people detained at City Hall", "convene_days": "days for the parliament to convene",
     "govt_days": "days to elect a government", "age": "Vucevic's age",
     "to_nomination": "time from the election to the nomination", "to_govt": "time from the election to the government",
     "present": "lawmakers present", "ayes": "votes for the cabinet", "nays": "votes against the cabinet",
     "cabinet": "members of the cabinet", "no_portfolio": "ministers without portfolio",
     # dates
     "vote_day": "day of the election", "projection_day": "day of the pollsters' projection",
     "rik_mon_day": "day of the commission's Monday count", "victory_day": "day Vucic claimed victory",
     "called": "day the election was called", "shootings": "month of the mass shootings",
     "prev_election": "month of the previous election", "rik_tue_day": "day of the commission's Tuesday count",
     "protest_day": "day of the protest at the commission", "final_day": "day the full count was posted",
     "repeat_day": "day of the repeat vote", "cityhall_day": "day of the City Hall clashes",
     "nomination_day": "day Vucevic was nominated", "defmin_since": "month Vucevic became defence minister",
     "leader_since": "month Vucevic became party leader", "deadline": "deadline to elect a government",
     "govt_day": "day the government was approved",
    }
    ms = [
     M(R, "Sunday", D, "vote_day", "2023-12-17"),
     M(R, "Monday", D, "projection_day", "2023-12-18"),
     M(R, "46.3%", N, "sns_share", 46.3, cls="pct", src=IPSOS),
     M(R, "127", N, "sns_seats", 127, IPS_AM, src=IPSOS),
     M(R, "250 seats", N, "seats_total", 250),
     M(R, "95.3%", N, "sample", 95.3, cls="pct"),
     M(R, "23.6%", N, "spn_share", 23.6, cls="pct", src=IPSOS),
     M(R, "65 seats", N, "spn_seats", 65, src=IPSOS),
     M(R, "6.6%", N, "sps_share", 6.6, cls="pct", src=IPSOS),
     M(R, "18 seats", N, "sps_seats", 18, src=IPSOS),
     M(R, "13 seats", N, "nada_seats", 13, src=IPSOS, also=(("mi_seats", 13),)),
     M(R, "4.9%", N, "nada_share", 4.9, cls="pct", src=IPSOS),
     M(R, "4.8%", N, "mi_share", 4.8, cls="pct", src=IPSOS),
     M(R, "7,822", N, "processed", 7822, MON),
     M(R, "8,273 polling stations", N, "stations", 8273),
     M(R, "Monday", D, "rik_mon_day", "2023-12-18", occ=2),
     M(R, "46.89%", N, "sns_share", 46.89, MON, cls="pct", src=RIK, fall=True),
     M(R, "1,670,999 votes", N, "sns_votes", 1670999, MON),
     M(R, "23.31%", N, "spn_share", 23.31, MON, cls="pct", src=RIK, fall=True),
     M(R, "Sunday", D, "victory_day", "2023-12-17", occ=2),
     M(R, "Nov. 1", D, "called", "2023-11-01"),
     M(R, "two mass shootings", N, "shootings_n", 2),
     M(R, "May", D, "shootings", "2023-05"),
     M(R, "120 seats", N, "sns_seats_2022", 120),
     M(R, "April 2022", D, "prev_election", "2022-04"),
     M(R, "More than 6.5 million people", N, "electorate", 6500000, qual="morethan"),

     M(K, "46,64 persen", N, "sns_share", 46.64, TUE, cls="pct", src=RIK, fall=True),
     M(K, "Minggu (16/12/2023)", D, "vote_day", "2023-12-16", planted=True),
     M(K, "Selasa (19/12/2023)", D, "rik_tue_day", "2023-12-19"),
     M(K, "98,11 persen", N, "processed_pct", 98.11, TUE, cls="pct"),
     M(K, "8.273", N, "stations", 8273),
     M(K, "23,66 persen", N, "spn_share", 23.66, TUE, cls="pct", src=RIK, fall=True),
     M(K, "6,56 persen", N, "sps_share", 6.56, TUE, cls="pct", src=RIK, fall=True),
     M(K, "5,04 persen", N, "nada_share", 5.04, TUE, cls="pct", src=RIK, fall=True),
     M(K, "4,7 persen", N, "mi_share", 4.7, TUE, cls="pct", src=RIK, fall=True),
     M(K, "58,72 persen", N, "turnout", 58.72, TUE, cls="pct", src=RIK),
     M(K, "2,74 persen", N, "invalid", 2.74, TUE, cls="pct", src=RIK),
     M(K, "3 persen", N, "threshold", 3, cls="pct"),
     M(K, "128", N, "sns_seats", 128, IPS_PM, src=IPSOS),
     M(K, "250 kursi", N, "seats_total", 250),
     M(K, "Senin (18/12/2023)", D, "protest_day", "2023-12-18"),

     M(A, "Dec. 17", D, "vote_day", "2023-12-17"),
     M(A, "46.75%", N, "sns_share", 46.75, FIN, cls="pct", src=RIK, fall=True),
     M(A, "129", N, "sns_seats", 129, src=RIK),
     M(A, "250 seats", N, "seats_total", 250),
     M(A, "8,273 polling stations", N, "stations", 8273),
     M(A, "Wednesday", D, "final_day", "2024-01-03"),
     M(A, "Saturday", D, "repeat_day", "2023-12-30"),
     M(A, "23.66%", N, "spn_share", 23.66, FIN, cls="pct", src=RIK, fall=True),
     M(A, "902,450 votes", N, "spn_votes", 902450, FIN),
     M(A, "65 seats", N, "spn_seats", 65, src=RIK),
     M(A, "6.55%", N, "sps_share", 6.55, FIN, cls="pct", src=RIK, fall=True),
     M(A, "18 seats", N, "sps_seats", 18, src=RIK),
     M(A, "5.02%", N, "nada_share", 5.02, FIN, cls="pct", src=RIK, fall=True),
     M(A, "13 seats", N, "nada_seats", 13, src=RIK),
     M(A, "4.69%", N, "mi_share", 4.69, FIN, cls="pct", src=RIK, fall=True),
     M(A, "13 seats", N, "mi_seats", 13, src=RIK, occ=2),
     M(A, "3%", N, "threshold", 3, cls="pct"),
     M(A, "six seats", N, "svm_seats", 6, src=RIK),
     M(A, "1.7%", N, "svm_share", 1.7, FIN, cls="pct", src=RIK, fall=True),
     M(A, "Ten", N, "lists_won", 10),
     M(A, "18 lists", N, "lists", 18),
     M(A, "38 people", N, "detained", 38),
     M(A, "Dec. 24", D, "cityhall_day", "2023-12-24"),
     M(A, "30 days", N, "convene_days", 30, cls="dur"),
     M(A, "90 days", N, "govt_days", 90, cls="dur"),

     M(AN, "Sabtu (30/3/2024)", D, "nomination_day", "2024-03-30"),
     M(AN, "49 tahun", N, "age", 49, cls="age"),
     M(AN, "Oktober 2022", D, "defmin_since", "2022-10"),
     M(AN, "Mei 2023", D, "leader_since", "2023-05"),
     M(AN, "lebih dari tiga bulan", N, "to_nomination", 3, qual="morethan", cls="dur"),
     M(AN, "17 Desember 2023", D, "vote_day", "2023-12-17"),
     M(AN, "129", N, "sns_seats", 129, src=RIK),
     M(AN, "250 kursi", N, "seats_total", 250),
     M(AN, "46,75 persen", N, "sns_share", 46.75, FIN, cls="pct", src=RIK, fall=True),
     M(AN, "23,66 persen", N, "spn_share", 23.66, FIN, cls="pct", src=RIK, fall=True),
     M(AN, "65 kursi", N, "spn_seats", 65, src=RIK),
     M(AN, "6 Mei 2024", D, "deadline", "2024-05-06"),

     M(RM, "Thursday", D, "govt_day", "2024-05-02"),
     M(RM, "more than four months", N, "to_govt", 4, qual="morethan", cls="dur"),
     M(RM, "Dec. 17", D, "vote_day", "2023-12-17"),
     M(RM, "213 lawmakers", N, "present", 213),
     M(RM, "152", N, "ayes", 152),
     M(RM, "61", N, "nays", 61),
     M(RM, "31 members", N, "cabinet", 31),
     M(RM, "five", N, "no_portfolio", 5),
     M(RM, "129", N, "sns_seats", 129, src=RIK),
     M(RM, "250 seats", N, "seats_total", 250),
     M(RM, "May 6", D, "deadline", "2024-05-06"),
     M(RM, "56 seats", N, "spn_seats", 56, src=RIK, planted=True),
    ]
    build("serbia-election-2023", "Serbia's parliamentary election of Sunday 17 December 2023: the Ipsos/CeSID "
          "projection on Monday (SNS list 46.3% and 127 seats, later 128; Serbia Against Violence 23.6% and 65) "
          "against the commission's count in stages (46.89% from 7,822 of 8,273 stations on Monday, 46.64% on "
          "Tuesday 19 December, the full count of 46.75% posted on Wednesday 3 January 2024 after the repeat vote of "
          "Saturday 30 December: 129 seats, Serbia Against Violence 23.66% and 65 seats); turnout 58.72% on Tuesday; "
          "the City Hall clashes of 24 December; Vucevic nominated on Saturday 30 March 2024 and his government "
          "approved on Thursday 2 May 2024 (152 of 213 lawmakers present, 61 against; 31 members)", False, ms, names)


def bcrp():
    R, AN, B, K = "reuters-jan11", "andina-jan12", "bisnis-jan13", "kontan-jan15"
    names = {
     "rate": "the new reference rate", "prev_rate": "the rate before the decision", "cut": "size of the cut",
     "total_cut": "total cuts since September 2023", "peak": "the rate's peak",
     "infl_dec": "annual inflation in December 2023", "infl_nov": "annual inflation in November 2023",
     "core_dec": "annual core inflation in December", "core_nov": "annual core inflation in November",
     "infl_mom": "monthly inflation in December", "core_mom": "monthly core inflation in December",
     "exp_dec": "12-month inflation expectations in December", "exp_nov": "12-month inflation expectations in November",
     "band_lo": "bottom of the target range", "band_hi": "top of the target range", "target_mid": "the range's midpoint",
     "low_years": "years since inflation was this low", "horizon": "horizon of the inflation expectations",
     # dates
     "decision": "day of the decision", "easing_start": "month the cuts began", "infl_month": "month of the inflation reading",
     "nov": "month of the previous inflation reading", "infl_year": "the year of the annual inflation figure",
     "peak_end": "month the rate last stood at its peak", "next": "day of the next meeting",
     "decline_since": "year inflation began declining", "velarde_since": "year Velarde took office",
     "recession_year": "year of the recession",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "6.50%", N, "rate", 6.5, cls="pct"),
     M(R, "Thursday", D, "decision", "2024-01-11"),
     M(R, "September", D, "easing_start", "2023-09"),
     M(R, "6.75%", N, "prev_rate", 6.75, cls="pct"),
     M(R, "3.2%", N, "infl_dec", 3.2, qual="approx", cls="pct"),
     M(R, "December", D, "infl_month", "2023-12"),
     M(R, "3.6%", N, "infl_nov", 3.6, cls="pct"),
     M(R, "November", D, "nov", "2023-11"),
     M(R, "1% to 3%", N, "band_hi", 3, cls="pct", also=(("band_lo", 1),)),
     M(R, "2.9%", N, "core_dec", 2.9, cls="pct"),
     M(R, "3.1%", N, "core_nov", 3.1, cls="pct"),
     M(R, "2023", D, "infl_year", "2023"),
     M(R, "3.24%", N, "infl_dec", 3.24, cls="pct"),
     M(R, "three years", N, "low_years", 3, cls="dur"),
     M(R, "12 months", N, "horizon", 12, cls="dur"),
     M(R, "2.83%", N, "exp_dec", 2.83, cls="pct"),
     M(R, "3.15%", N, "exp_nov", 3.15, cls="pct"),
     M(R, "7.75%", N, "peak", 7.75, cls="pct"),
     M(R, "August 2023", D, "peak_end", "2023-08"),
     M(R, "Feb. 8", D, "next", "2024-02-08"),

     M(AN, "Thursday, January 11", D, "decision", "2024-01-11"),
     M(AN, "0.25 percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(AN, "6.50 percent", N, "rate", 6.5, cls="pct"),
     M(AN, "December", D, "infl_month", "2023-12"),
     M(AN, "0.41 percent", N, "infl_mom", 0.41, cls="pct"),
     M(AN, "0.36 percent", N, "core_mom", 0.36, cls="pct"),
     M(AN, "3.6 percent", N, "infl_nov", 3.6, cls="pct"),
     M(AN, "November", D, "nov", "2023-11"),
     M(AN, "3.2 percent", N, "infl_dec", 3.2, qual="approx", cls="pct"),
     M(AN, "December", D, "infl_month", "2023-12", occ=2),
     M(AN, "3.1 percent", N, "core_nov", 3.1, cls="pct"),
     M(AN, "2.9 percent", N, "core_dec", 2.9, cls="pct"),
     M(AN, "2023", D, "decline_since", "2023"),
     M(AN, "3.15 percent", N, "exp_nov", 3.15, cls="pct"),
     M(AN, "2.83 percent", N, "exp_dec", 2.83, cls="pct"),
     M(AN, "1 to 3 percent", N, "band_hi", 3, cls="pct", also=(("band_lo", 1),)),
     M(AN, "125 basis points", N, "total_cut", 125, cls="bp"),
     M(AN, "September 2023", D, "easing_start", "2023-09"),
     M(AN, "7.75 percent", N, "peak", 7.75, cls="pct"),
     M(AN, "2006", D, "velarde_since", "2006"),
     M(AN, "2 percent", N, "target_mid", 2, cls="pct"),
     M(AN, "February 8", D, "next", "2024-02-08"),

     M(B, "25 basis poin", N, "cut", 25, cls="bp"),
     M(B, "6,75%", N, "prev_rate", 6.75, cls="pct"),
     M(B, "6,50%", N, "rate", 6.5, cls="pct"),
     M(B, "Kamis (11/1/2024)", D, "decision", "2024-01-11"),
     M(B, "3,6%", N, "infl_nov", 3.6, cls="pct"),
     M(B, "November", D, "nov", "2023-11"),
     M(B, "3,2%", N, "infl_dec", 3.2, qual="approx", cls="pct"),
     M(B, "Desember 2023", D, "infl_month", "2023-12"),
     M(B, "2023", D, "infl_year", "2023", occ=2),
     M(B, "3,24%", N, "infl_dec", 3.24, cls="pct"),
     M(B, "tiga tahun", N, "low_years", 3, cls="dur"),
     M(B, "3,1%", N, "core_nov", 3.1, cls="pct"),
     M(B, "2,9%", N, "core_dec", 2.9, cls="pct"),
     M(B, "12 bulan", N, "horizon", 12, cls="dur"),
     M(B, "3,15%", N, "exp_nov", 3.15, cls="pct"),
     M(B, "2,83%", N, "exp_dec", 2.83, cls="pct"),
     M(B, "1%-3%", N, "band_hi", 3, cls="pct", also=(("band_lo", 1),)),
     M(B, "125 basis poin", N, "total_cut", 125, cls="bp"),
     M(B, "7,75%", N, "peak", 7.75, cls="pct"),
     M(B, "Agustus 2023", D, "peak_end", "2023-08"),
     M(B, "8 Februari 2024", D, "next", "2024-02-08"),

     M(K, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(K, "6,5 persen", N, "rate", 6.5, cls="pct"),
     M(K, "Kamis, 11 Januari 2024", D, "decision", "2024-01-11"),
     M(K, "6,75 persen", N, "prev_rate", 6.75, cls="pct"),
     M(K, "Desember 2023", D, "infl_month", "2023-12"),
     M(K, "0,41 persen", N, "infl_mom", 0.41, cls="pct"),
     M(K, "0,36 persen", N, "core_mom", 0.36, cls="pct"),
     M(K, "3,2 persen", N, "infl_dec", 3.2, qual="approx", cls="pct"),
     M(K, "Desember", D, "infl_month", "2023-12", occ=2),
     M(K, "3,6 persen", N, "infl_nov", 3.6, cls="pct"),
     M(K, "November", D, "nov", "2023-11"),
     M(K, "2,9 persen", N, "core_dec", 2.9, cls="pct"),
     M(K, "1 hingga 3 persen", N, "band_hi", 3, cls="pct", also=(("band_lo", 1),)),
     M(K, "12 bulan", N, "horizon", 12, cls="dur"),
     M(K, "2,83 persen", N, "exp_dec", 2.83, cls="pct"),
     M(K, "2023", D, "recession_year", "2023", occ=2),
     M(K, "7,75 persen", N, "peak", 7.75, cls="pct"),
     M(K, "Agustus 2023", D, "peak_end", "2023-08"),
     M(K, "September 2023", D, "easing_start", "2023-09"),
     M(K, "8 Februari 2024", D, "next", "2024-02-08"),
    ]
    build("bcrp-peru-2024", "The Central Reserve Bank of Peru's rate decision (control) of Thursday 11 January 2024: "
          "the reference rate cut 25 basis points from 6.75% to 6.50%, 125 basis points below the 7.75% peak held "
          "until August 2023 (cuts since September 2023); December's monthly inflation 0.41% (core 0.36%); annual "
          "inflation 3.2% in December (3.24% for 2023) from 3.6% in November, core 2.9% from 3.1%; 12-month "
          "expectations 2.83% from 3.15%; the 1% to 3% target range; the next meeting on 8 February 2024. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    typhoon()
    serbia()
    bcrp()
