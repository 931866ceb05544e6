"""The fiftieth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset50/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def morbi():
    R, K, T, H, A = "reuters-oct31", "kompas-nov01", "tempo-nov02", "thehindu-feb01-2023", "antara-feb23-2023"
    MON_AM, MON_PM, MON = "2022-10-31T09", "2022-10-31T20", "2022-10-31"
    names = {
     "dead": "people killed in the collapse", "missing": "people still missing",
     "hosp": "injured people still in hospital", "rescued": "people pulled from the river",
     "onbridge": "people on the bridge when it fell", "arrested": "people arrested in the case",
     "injured": "people injured in the collapse", "police_custody": "suspects remanded in police custody",
     "judicial_custody": "suspects sent to judicial custody", "managers": "Oreva managers arrested",
     "clerks": "ticket clerks arrested", "guards": "security guards arrested", "tickets": "tickets sold on the day",
     "pages": "pages of the chargesheet", "corroded": "corroded wires in the main cable",
     "wires": "wires in the main cable", "orphans": "children orphaned",
     "length": "length of the bridge",
     "state_dead": "state aid per person killed", "state_inj": "state aid per injured person",
     "pm_dead": "the prime minister's aid per person killed", "oreva_dead": "Oreva's interim compensation per person killed",
     "oreva_inj": "Oreva's interim compensation per injured person", "offer_dead": "Oreva's offer per person killed",
     "offer_inj": "Oreva's offer per injured person", "gov_dead": "government aid paid per person killed",
     "repairs": "time the bridge was closed for repairs", "reopen_gap": "time between the reopening and the collapse",
     "contract": "length of Oreva's contract", "since_collapse": "time from the collapse to the surrender",
     "deadline": "time given to pay the compensation",
     # dates
     "collapse": "day of the collapse", "minister_day": "day the minister gave 132 dead and the police 141",
     "reopen": "day the bridge reopened", "arrests_day": "day nine people were arrested", "modi": "day Modi visited Morbi",
     "toll134_day": "day the toll reached 134", "closed": "month the bridge was closed for repairs",
     "mourning": "day of state mourning", "remand_end": "day the police remand ends",
     "gujarat_poll": "month of the Gujarat state election", "surrender": "day Patel surrendered",
     "chargesheet": "day the chargesheet was filed", "forensic": "month the forensic report was placed in court",
     "bail_hearing": "day of the bail hearing", "hc_suo": "month the High Court took up the case",
     "hc_order": "day of the High Court's compensation order", "sit_report": "month of the SIT's preliminary report",
    }
    ms = [
     M(R, "At least 132 people", N, "dead", 132, MON_AM, "atleast", src="the state minister"),
     M(R, "two people", N, "missing", 2, MON, fall=True),
     M(R, "141", N, "dead", 141, MON_AM, src="the police"),
     M(R, "about 230 metres", N, "length", 230, qual="approx", cls="len"),
     M(R, "seven months", N, "repairs", 7, cls="dur"),
     M(R, "About 400 people", N, "onbridge", 400, qual="approx", src="local officials"),
     M(R, "177 people", N, "rescued", 177, MON),
     M(R, "19", N, "hosp", 19, MON_AM, fall=True),
     M(R, "nine people", N, "arrested", 9, MON),
     M(R, "400,000 rupees", N, "state_dead", 4e5, cls="money"),
     M(R, "50,000 rupees", N, "state_inj", 5e4, cls="money"),
     M(R, "200,000 rupees", N, "pm_dead", 2e5, cls="money"),
     M(R, "Sunday", D, "collapse", "2022-10-30"),
     M(R, "Monday", D, "minister_day", "2022-10-31"),
     M(R, "Wednesday, Oct. 26", D, "reopen", "2022-10-26"),
     M(R, "Monday", D, "arrests_day", "2022-10-31", occ=2),
     M(R, "Tuesday", D, "modi", "2022-11-01"),

     M(K, "134 orang", N, "dead", 134, MON_PM),
     M(K, "sekitar 230 meter", N, "length", 230, qual="approx", cls="len"),
     M(K, "sekitar 300 orang", N, "onbridge", 300, qual="approx", src="the police's first report"),
     M(K, "Lebih dari 170 orang", N, "rescued", 170, MON, "morethan"),
     M(K, "17 korban luka", N, "hosp", 17, MON_PM, fall=True),
     M(K, "dua orang", N, "missing", 2, MON, fall=True),
     M(K, "sembilan orang", N, "arrested", 9, MON),
     M(K, "15 tahun", N, "contract", 15, cls="dur"),
     M(K, "Senin (31/10/2022)", D, "toll134_day", "2022-10-31"),
     M(K, "Minggu (30/10/2022)", D, "collapse", "2022-10-30"),
     M(K, "Rabu (26/10/2022)", D, "reopen", "2022-10-26"),
     M(K, "Maret", D, "closed", "2022-03"),
     M(K, "Selasa (1/11/2022)", D, "modi", "2022-11-01"),
     M(K, "Rabu (2/11/2022)", D, "mourning", "2022-11-02"),

     M(T, "135 orang", N, "dead", 135, "final"),
     M(T, "141 orang", N, "dead", 141, MON_AM, src="the police"),
     M(T, "sekitar 230 meter", N, "length", 230, qual="approx", cls="len"),
     M(T, "empat hari", N, "reopen_gap", 4, cls="dur"),
     M(T, "tujuh bulan", N, "repairs", 7, cls="dur"),
     M(T, "empat", N, "police_custody", 4, occ=2),
     M(T, "sembilan tersangka", N, "arrested", 9, "2022-11-01"),
     M(T, "lima lainnya", N, "judicial_custody", 5),
     M(T, "Selasa, 1 November 2022", D, "modi", "2022-11-01"),
     M(T, "Senin", D, "minister_day", "2022-10-31"),
     M(T, "Rabu (25/10/2022)", D, "reopen", "2022-10-25", planted=True),
     M(T, "Sabtu (5/11/2022)", D, "remand_end", "2022-11-05"),
     M(T, "Rabu (2/11/2022)", D, "mourning", "2022-11-02"),
     M(T, "Desember", D, "gujarat_poll", "2022-12"),

     M(H, "three months", N, "since_collapse", 3, cls="dur"),
     M(H, "135 people", N, "dead", 135, "final"),
     M(H, "more than 1,200 pages", N, "pages", 1200, qual="morethan"),
     M(H, "56 people", N, "injured", 56, "final"),
     M(H, "nine people", N, "arrested", 9, MON),
     M(H, "two Oreva managers", N, "managers", 2),
     M(H, "two ticket clerks", N, "clerks", 2),
     M(H, "three security guards", N, "guards", 3),
     M(H, "3,165 tickets", N, "tickets", 3165),
     M(H, "Tuesday", D, "surrender", "2023-01-31"),
     M(H, "January 27", D, "chargesheet", "2023-01-27"),
     M(H, "October 30", D, "collapse", "2022-10-30"),
     M(H, "November", D, "forensic", "2022-11"),
     M(H, "October 26", D, "reopen", "2022-10-26"),
     M(H, "Wednesday", D, "bail_hearing", "2023-02-01"),
     M(H, "November", D, "hc_suo", "2022-11", occ=2),

     M(A, "1 juta rupee", N, "oreva_dead", 1e6, cls="money"),
     M(A, "200.000 rupee", N, "oreva_inj", 2e5, cls="money"),
     M(A, "65 orang", N, "injured", 65, "final", planted=True),
     M(A, "135 orang", N, "dead", 135, "final"),
     M(A, "500.000 rupee", N, "offer_dead", 5e5, cls="money"),
     M(A, "100.000 rupee", N, "offer_inj", 1e5, cls="money"),
     M(A, "empat minggu", N, "deadline", 4, cls="dur"),
     M(A, "1 juta rupee", N, "gov_dead", 1e6, cls="money", occ=2),
     M(A, "22", N, "corroded", 22, occ=2),
     M(A, "49 kawat", N, "wires", 49),
     M(A, "tujuh anak", N, "orphans", 7),
     M(A, "Rabu (22/2/2023)", D, "hc_order", "2023-02-22"),
     M(A, "30 Oktober 2022", D, "collapse", "2022-10-30"),
     M(A, "Desember 2022", D, "sit_report", "2022-12"),
     M(A, "31 Januari 2023", D, "surrender", "2023-01-31"),
    ]
    build("morbi-bridge-2022", "The Morbi suspension bridge collapse on the Machchhu river, Gujarat (Sunday 30 October "
          "2022): a minister's toll of at least 132 and the police's 141 on the Monday morning, 134 that evening and "
          "135 final (the police's 141 lowered), the missing, those in hospital, the rescued, two sources' counts of "
          "the people on the bridge, arrests and remands, aid and compensation per victim from the state, the prime "
          "minister, the company's offer and the High Court's order; dates of the collapse, the reopening four days "
          "before, the arrests, Modi's visit, the mourning, the chargesheet, the owner's surrender and the court's order",
          False, ms, names)


def srilanka():
    R, K, T, B, A = "reuters-sep22", "kompas-sep23", "tempo-sep25", "bbc-nov15", "antara-nov19"
    FINAL = "final"
    names = {
     "akd1_votes": "Dissanayake's first-count votes", "akd1_pct": "Dissanayake's first-count share",
     "sp1_votes": "Premadasa's first-count votes", "sp1_pct": "Premadasa's first-count share",
     "rw_votes": "Wickremesinghe's votes", "rw_pct": "Wickremesinghe's share",
     "akd2_votes": "Dissanayake's votes after the second count", "akd2_pct": "Dissanayake's share after the second count",
     "sp2_votes": "Premadasa's votes after the second count", "sp2_pct": "Premadasa's share after the second count",
     "akd_pref": "preference votes added for Dissanayake", "sp_pref": "preference votes added for Premadasa",
     "threshold": "share needed to win outright", "registered": "registered voters",
     "turnout": "turnout in the presidential election", "turnout2019": "turnout in the 2019 presidential election",
     "npp2019": "the NPP's share in 2019", "imf": "the IMF bailout",
     "npp_old": "the NPP's seats in the outgoing parliament", "parl_size": "seats in parliament",
     "npp_seats": "the NPP's seats in the new parliament", "npp_pct": "the NPP's share in the parliamentary election",
     "supermajority": "seats needed to amend the constitution", "sjb_seats": "the SJB's seats",
     "ndf_seats": "seats of the front backed by Wickremesinghe", "districts_won": "electoral districts won by the NPP",
     "districts": "electoral districts", "interim_cabinet": "ministers in the interim cabinet",
     "cabinet_size": "ministers in the new cabinet", "cabinet_cap": "constitutional cap on cabinet ministers",
     "results_gap": "time from the results to the cabinet",
     # dates
     "election": "day of the presidential election", "count": "day of the first count", "partial_day": "day of the early partial count",
     "turnout_day": "day the turnout estimate was given", "y2019": "the 2019 presidential election",
     "crisis": "year of the economic crisis", "sworn": "day Dissanayake was sworn in", "declared": "day the winner was declared",
     "dissolve": "day parliament was dissolved", "parl_election": "day of the parliamentary election",
     "first_sitting": "day the new parliament first meets", "first_direct": "year of the first direct presidential election",
     "parl2020": "month of the previous parliamentary election", "term_end": "year the old parliament's term was to end",
     "nominations": "month of the parliamentary nominations", "results": "day the parliamentary results were released",
     "imf_year": "year the IMF bailout was approved", "cabinet": "day the new cabinet was sworn in",
     "interim_since": "month the interim cabinet took office",
    }
    ms = [
     M(R, "5,634,915 votes", N, "akd1_votes", 5634915, FINAL),
     M(R, "42.31%", N, "akd1_pct", 42.31, FINAL, cls="pct", fall=True),
     M(R, "4,363,035 votes", N, "sp1_votes", 4363035, FINAL),
     M(R, "32.76%", N, "sp1_pct", 32.76, FINAL, cls="pct"),
     M(R, "2,299,767 votes", N, "rw_votes", 2299767, FINAL),
     M(R, "17.27%", N, "rw_pct", 17.27, FINAL, cls="pct"),
     M(R, "more than 50%", N, "threshold", 50, qual="morethan", cls="pct"),
     M(R, "about 52%", N, "akd1_pct", 52, "2024-09-22T07", "approx", cls="pct", fall=True),
     M(R, "17.1 million", N, "registered", 17.1e6, qual="approx"),
     M(R, "about 75%", N, "turnout", 75, "2024-09-21", "approx", cls="pct"),
     M(R, "83.7%", N, "turnout2019", 83.7, cls="pct"),
     M(R, "$2.9 billion", N, "imf", 2.9e9, cls="money"),
     M(R, "about 3%", N, "npp2019", 3, qual="approx", cls="pct"),
     M(R, "Saturday", D, "election", "2024-09-21"),
     M(R, "Sunday", D, "count", "2024-09-22"),
     M(R, "Sunday", D, "partial_day", "2024-09-22", occ=2),
     M(R, "Saturday", D, "turnout_day", "2024-09-21", occ=2),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "2022", D, "crisis", "2022"),
     M(R, "2019", D, "y2019", "2019", occ=2),

     M(K, "42,31 persen", N, "akd1_pct", 42.31, FINAL, cls="pct", fall=True),
     M(K, "32,76 persen", N, "sp1_pct", 32.76, FINAL, cls="pct"),
     M(K, "lebih dari 50 persen", N, "threshold", 50, qual="morethan", cls="pct"),
     M(K, "5.740.179 suara", N, "akd2_votes", 5740179, FINAL),
     M(K, "55,89 persen", N, "akd2_pct", 55.89, FINAL, cls="pct"),
     M(K, "4.530.902 suara", N, "sp2_votes", 4530902, FINAL),
     M(K, "44,11 persen", N, "sp2_pct", 44.11, FINAL, cls="pct"),
     M(K, "105.264 suara", N, "akd_pref", 105264),
     M(K, "167.867 suara", N, "sp_pref", 167867),
     M(K, "17,27 persen", N, "rw_pct", 17.27, FINAL, cls="pct"),
     M(K, "79,46 persen", N, "turnout", 79.46, FINAL, cls="pct"),
     M(K, "sekitar 17,1 juta pemilih", N, "registered", 17.1e6, qual="approx"),
     M(K, "tiga kursi", N, "npp_old", 3),
     M(K, "225 orang", N, "parl_size", 225),
     M(K, "Senin (23/9/2024)", D, "sworn", "2024-09-23"),
     M(K, "Minggu (22/9/2024)", D, "declared", "2024-09-22"),
     M(K, "Sabtu (21/9/2024)", D, "election", "2024-09-21"),

     M(T, "225 kursi", N, "parl_size", 225),
     M(T, "tiga kursi", N, "npp_old", 3),
     M(T, "55,89 persen", N, "akd2_pct", 55.89, FINAL, cls="pct"),
     M(T, "43,21 persen", N, "akd1_pct", 43.21, FINAL, cls="pct", fall=True, planted=True),
     M(T, "32,76 persen", N, "sp1_pct", 32.76, FINAL, cls="pct"),
     M(T, "17,27 persen", N, "rw_pct", 17.27, FINAL, cls="pct"),
     M(T, "Selasa, 24 September 2024", D, "dissolve", "2024-09-24"),
     M(T, "14 November 2024", D, "parl_election", "2024-11-14"),
     M(T, "21 November 2024", D, "first_sitting", "2024-11-21"),
     M(T, "Sabtu (21/9/2024)", D, "election", "2024-09-21"),
     M(T, "1982", D, "first_direct", "1982"),
     M(T, "Agustus 2020", D, "parl2020", "2020-08"),
     M(T, "2025", D, "term_end", "2025"),
     M(T, "Oktober", D, "nominations", "2024-10"),

     M(B, "159", N, "npp_seats", 159),
     M(B, "225 seats", N, "parl_size", 225),
     M(B, "61.56%", N, "npp_pct", 61.56, cls="pct"),
     M(B, "150 seats", N, "supermajority", 150),
     M(B, "40 seats", N, "sjb_seats", 40),
     M(B, "five", N, "ndf_seats", 5),
     M(B, "three seats", N, "npp_old", 3),
     M(B, "55.89%", N, "akd2_pct", 55.89, FINAL, cls="pct"),
     M(B, "21", N, "districts_won", 21),
     M(B, "22 electoral districts", N, "districts", 22),
     M(B, "$2.9bn", N, "imf", 2.9e9, cls="money"),
     M(B, "three ministers", N, "interim_cabinet", 3),
     M(B, "Thursday", D, "parl_election", "2024-11-14"),
     M(B, "Friday", D, "results", "2024-11-15"),
     M(B, "September", D, "election", "2024-09"),
     M(B, "2023", D, "imf_year", "2023"),
     M(B, "21 November", D, "first_sitting", "2024-11-21"),
     M(B, "Monday", D, "cabinet", "2024-11-18"),
     M(B, "September", D, "interim_since", "2024-09", occ=2),

     M(A, "21 menteri", N, "cabinet_size", 21),
     M(A, "tiga hari", N, "results_gap", 3, cls="dur"),
     M(A, "159", N, "npp_seats", 159),
     M(A, "225 kursi", N, "parl_size", 225),
     M(A, "61,56 persen", N, "npp_pct", 61.56, cls="pct"),
     M(A, "40 kursi", N, "sjb_seats", 40),
     M(A, "tiga kursi", N, "npp_old", 3),
     M(A, "55,89 persen", N, "akd2_pct", 55.89, FINAL, cls="pct"),
     M(A, "30 menteri", N, "cabinet_cap", 30),
     M(A, "2,9 miliar dolar AS", N, "imf", 2.9e9, cls="money"),
     M(A, "Senin (18/11/2024)", D, "cabinet", "2024-11-18"),
     M(A, "Kamis (14/11/2024)", D, "parl_election", "2024-11-14"),
     M(A, "21 September 2024", D, "election", "2024-09-21"),
     M(A, "Kamis (21/11/2024)", D, "first_sitting", "2024-11-21"),
    ]
    build("srilanka-election-2024", "The Sri Lankan presidential election (Saturday 21 September 2024): an early partial "
          "count, the first count (Dissanayake 42.31%, Premadasa 32.76%, Wickremesinghe 17.27%) and the first second-"
          "preference count (55.89% against 44.11%), preference votes, turnout estimated and final, the 2019 election "
          "recalled; the swearing-in, the dissolution, the snap parliamentary election of 14 November (159 of 225 "
          "seats for the NPP, up from three), the 21-member cabinet and the new parliament's first sitting on their own "
          "days", False, ms, names)


def bsp():
    R, C, I, K = "reuters-nov17", "cnbcindonesia-nov18", "inquirer-nov19", "kontan-nov21"
    names = {
     "hike": "size of the BSP's hike", "rate": "the BSP's policy rate after the hike", "prev": "the policy rate before the hike",
     "odf": "the overnight deposit rate", "olf": "the overnight lending rate", "cum": "the BSP's total hikes since May",
     "fed": "size of the Fed's hike", "oct": "inflation in October 2022", "sep": "inflation in September 2022",
     "tgt_lo": "the inflation target's lower bound", "tgt_hi": "the inflation target's upper bound",
     "f22": "the BSP's inflation forecast for 2022", "f23": "the BSP's inflation forecast for 2023",
     "f24": "the BSP's inflation forecast for 2024", "gdp": "GDP growth in July-September 2022",
     # dates
     "decision": "day of the rate decision", "effective": "day the new rates take effect",
     "high": "month inflation was last this high", "cum_start": "month the hikes began",
     "signal": "day the governor signalled the hike", "fed_day": "day of the Fed's hike",
     "oct_month": "month of the latest inflation figure", "sep_month": "month of the previous inflation figure",
     "y22": "the forecast year 2022", "y23": "the forecast year 2023", "y24": "the forecast year 2024",
     "next": "day of the next policy meeting",
    }
    ms = [
     M(R, "75 basis points", N, "hike", 75, cls="bp"),
     M(R, "5.00%", N, "rate", 5.0, cls="pct"),
     M(R, "4.25%", N, "prev", 4.25, cls="pct"),
     M(R, "4.50%", N, "odf", 4.5, cls="pct"),
     M(R, "5.50%", N, "olf", 5.5, cls="pct"),
     M(R, "300 basis points", N, "cum", 300, cls="bp"),
     M(R, "75 basis points", N, "fed", 75, cls="bp", occ=2),
     M(R, "7.7%", N, "oct", 7.7, cls="pct"),
     M(R, "6.9%", N, "sep", 6.9, cls="pct"),
     M(R, "2%", N, "tgt_lo", 2, cls="pct"),
     M(R, "4%", N, "tgt_hi", 4, cls="pct"),
     M(R, "5.8%", N, "f22", 5.8, cls="pct"),
     M(R, "4.3%", N, "f23", 4.3, cls="pct"),
     M(R, "3.1%", N, "f24", 3.1, cls="pct"),
     M(R, "7.6%", N, "gdp", 7.6, cls="pct"),
     M(R, "Thursday", D, "decision", "2022-11-17"),
     M(R, "December 2008", D, "high", "2008-12"),
     M(R, "Friday", D, "effective", "2022-11-18"),
     M(R, "May", D, "cum_start", "2022-05"),
     M(R, "Nov. 3", D, "signal", "2022-11-03"),
     M(R, "October", D, "oct_month", "2022-10"),
     M(R, "September", D, "sep_month", "2022-09"),
     M(R, "2022", D, "y22", "2022"),
     M(R, "2023", D, "y23", "2023"),
     M(R, "2024", D, "y24", "2024"),
     M(R, "Dec. 15", D, "next", "2022-12-15"),

     M(C, "75 basis poin", N, "hike", 75, cls="bp"),
     M(C, "5%", N, "rate", 5.0, cls="pct"),
     M(C, "4,25%", N, "prev", 4.25, cls="pct"),
     M(C, "4,5%", N, "odf", 4.5, cls="pct"),
     M(C, "5,5%", N, "olf", 5.5, cls="pct"),
     M(C, "7,7%", N, "oct", 7.7, cls="pct"),
     M(C, "5,8%", N, "f22", 5.8, cls="pct"),
     M(C, "4,3%", N, "f23", 4.3, cls="pct"),
     M(C, "2%", N, "tgt_lo", 2, cls="pct"),
     M(C, "4%", N, "tgt_hi", 4, cls="pct"),
     M(C, "300 bps", N, "cum", 300, cls="bp"),
     M(C, "75 bps", N, "fed", 75, cls="bp"),
     M(C, "7,6%", N, "gdp", 7.6, cls="pct"),
     M(C, "Kamis (17/11/2022)", D, "decision", "2022-11-17"),
     M(C, "Oktober", D, "oct_month", "2022-10"),
     M(C, "Desember 2008", D, "high", "2008-12"),
     M(C, "2022", D, "y22", "2022", occ=2),
     M(C, "2023", D, "y23", "2023"),
     M(C, "Mei 2022", D, "cum_start", "2022-05"),
     M(C, "awal November", D, "fed_day", "2022-11"),
     M(C, "Jumat (18/11/2022)", D, "effective", "2022-11-18"),

     M(I, "75 basis points", N, "hike", 75, cls="bp"),
     M(I, "5 percent", N, "rate", 5.0, cls="pct"),
     M(I, "4.25 percent", N, "prev", 4.25, cls="pct"),
     M(I, "4.5 percent", N, "odf", 4.5, cls="pct"),
     M(I, "5.5 percent", N, "olf", 5.5, cls="pct"),
     M(I, "7.7 percent", N, "oct", 7.7, cls="pct"),
     M(I, "5.8 percent", N, "f22", 5.8, cls="pct"),
     M(I, "4.3 percent", N, "f23", 4.3, cls="pct"),
     M(I, "3.1 percent", N, "f24", 3.1, cls="pct"),
     M(I, "300 basis points", N, "cum", 300, cls="bp"),
     M(I, "7.6 percent", N, "gdp", 7.6, cls="pct"),
     M(I, "Thursday", D, "decision", "2022-11-17"),
     M(I, "Friday, Nov. 18", D, "effective", "2022-11-18"),
     M(I, "October", D, "oct_month", "2022-10"),
     M(I, "December 2008", D, "high", "2008-12"),
     M(I, "2024", D, "y24", "2024"),
     M(I, "May", D, "cum_start", "2022-05"),
     M(I, "Dec. 15", D, "next", "2022-12-15"),

     M(K, "75 basis poin", N, "hike", 75, cls="bp"),
     M(K, "5,00%", N, "rate", 5.0, cls="pct"),
     M(K, "4,25%", N, "prev", 4.25, cls="pct"),
     M(K, "4,50%", N, "odf", 4.5, cls="pct"),
     M(K, "5,50%", N, "olf", 5.5, cls="pct"),
     M(K, "300 basis poin", N, "cum", 300, cls="bp"),
     M(K, "7,7%", N, "oct", 7.7, cls="pct"),
     M(K, "6,9%", N, "sep", 6.9, cls="pct"),
     M(K, "5,8%", N, "f22", 5.8, cls="pct"),
     M(K, "4,3%", N, "f23", 4.3, cls="pct"),
     M(K, "3,1%", N, "f24", 3.1, cls="pct"),
     M(K, "7,6%", N, "gdp", 7.6, cls="pct"),
     M(K, "75 basis poin", N, "fed", 75, cls="bp", occ=2),
     M(K, "Kamis (17/11)", D, "decision", "2022-11-17"),
     M(K, "Jumat (18/11)", D, "effective", "2022-11-18"),
     M(K, "Mei", D, "cum_start", "2022-05"),
     M(K, "Oktober 2022", D, "oct_month", "2022-10"),
     M(K, "September", D, "sep_month", "2022-09"),
     M(K, "2022", D, "y22", "2022", occ=2),
     M(K, "2023", D, "y23", "2023"),
     M(K, "2024", D, "y24", "2024"),
     M(K, "2 November 2022", D, "fed_day", "2022-11-02"),
     M(K, "15 Desember 2022", D, "next", "2022-12-15"),
    ]
    build("bsp-hike-2022", "Bangko Sentral ng Pilipinas's rate decision (control) of Thursday 17 November 2022: the "
          "overnight reverse repurchase rate raised by 75 basis points from 4.25% to 5.00% (deposit and lending rates "
          "4.50% and 5.50%), 300 basis points since May, matching the Fed's 75; October inflation 7.7% (September 6.9%), "
          "the fastest since December 2008, against a 2%-4% target; forecasts of 5.8%, 4.3% and 3.1% for 2022-2024, "
          "third-quarter growth of 7.6%; the effective day, the governor's signal, the Fed's day and the next meeting. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    morbi()
    srilanka()
    bsp()
