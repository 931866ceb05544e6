"""The two-hundred-and-fifty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset258/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def dusit():
    K, R, T, A = "kompas-jan16", "reuters-jan17", "detik-jan18", "ap-feb15"
    # as-of times of the running tallies: the police's first count on Tuesday night 15 January 2019 (15 dead), the
    # president's address on Wednesday morning (14 dead: the first count corrected down, a revision), the Red Cross's
    # midday figure (50 still missing), the police chief's briefing on Wednesday evening (21 dead, 28 in hospital, two
    # arrested), the Red Cross's 8.30 p.m. figure (19 missing), Thursday 17 January (11 arrested, every missing case
    # closed). The missing may fall as people are found; the dead, the injured and the arrests do not.
    TUEN, WEDAM, WEDMID, WEDPM, WEDPM2, THU = ("2019-01-15n", "2019-01-16a", "2019-01-16b", "2019-01-16c",
                                               "2019-01-16d", "2019-01-17")
    names = {
     "dead": "people killed (not counting the attackers)", "injured": "people injured",
     "evacuated": "people evacuated from the complex", "reported_missing": "people reported missing to the Red Cross",
     "missing": "people still unaccounted for", "dead_kenyans": "Kenyans among the dead",
     "attackers": "attackers killed", "arrested": "suspects arrested in all", "arrested_more": "suspects arrested on Thursday",
     "siege_hours": "hours the siege lasted", "dead2013": "dead in the 2013 mall siege",
     # dates
     "attack": "day of the attack", "siege_end": "day the president declared the siege over",
     "claim": "day al-Shabaab claimed the attack", "count21": "day of the police chief's count of 21",
     "arrests2": "day nine more suspects were arrested", "mall2013": "year of the mall siege",
    }
    ms = [
     M(K, "Rabu (16/1/2019)", D, "siege_end", "2019-01-16"),
     M(K, "14 warga sipil", N, "dead", 14, WEDAM),
     M(K, "15 orang tewas", N, "dead", 15, TUEN),
     M(K, "Selasa (15/1/2019)", D, "attack", "2019-01-15"),
     M(K, "lebih dari 700 orang", N, "evacuated", 700, qual="morethan"),
     M(K, "Selasa sore", D, "claim", "2019-01-15"),
     M(K, "94 orang", N, "reported_missing", 94),
     M(K, "50 di antaranya", N, "missing", 50, WEDMID, fall=True),

     M(R, "21", N, "dead", 21, WEDPM),
     M(R, "Wednesday evening", D, "count21", "2019-01-16"),
     M(R, "14", N, "dead", 14, WEDAM),
     M(R, "earlier on Wednesday", D, "siege_end", "2019-01-16"),
     M(R, "six more bodies", N, "more_bodies", 6),
     M(R, "28 people", N, "injured", 28, WEDPM),
     M(R, "16 were Kenyans", N, "dead_kenyans", 16),
     M(R, "All five attackers", N, "attackers", 5),
     M(R, "Two people", N, "arrested", 2, WEDPM),
     M(R, "19 people", N, "missing", 19, WEDPM2, fall=True),
     M(R, "94 reported missing", N, "reported_missing", 94),
     M(R, "Tuesday afternoon", D, "attack", "2019-01-15"),

     M(T, "Kamis (17/1/2019)", D, "arrests2", "2019-01-17"),
     M(T, "sembilan tersangka", N, "arrested_more", 9),
     M(T, "menjadi 11", N, "arrested", 11, THU),
     M(T, "Dua tersangka pertama", N, "arrested", 2, WEDPM),
     M(T, "21 orang", N, "dead", 21, WEDPM),
     M(T, "82 orang terluka", N, "injured", 82, WEDPM, planted=True),
     M(T, "14 korban tewas", N, "dead", 14, WEDAM),
     M(T, "Rabu pagi", D, "siege_end", "2019-01-16"),
     M(T, "semua 94 laporan", N, "reported_missing", 94),
     M(T, "19 orang", N, "missing", 19, WEDPM2, fall=True),
     M(T, "Lima penyerang", N, "attackers", 5),
     M(T, "sekitar 19 jam", N, "siege_hours", 19, qual="approx", cls="dur"),
     M(T, "Selasa (15/1/2019)", D, "attack", "2019-01-15"),

     M(A, "Monday, Jan. 14", D, "attack", "2019-01-14", planted=True),
     M(A, "21 people", N, "dead", 21, WEDPM),
     M(A, "28 others", N, "injured", 28, WEDPM),
     M(A, "all five attackers", N, "attackers", 5),
     M(A, "More than 700 people", N, "evacuated", 700, qual="morethan"),
     M(A, "11 suspects", N, "arrested", 11, THU),
     M(A, "nine more", N, "arrested_more", 9),
     M(A, "all 94 people", N, "reported_missing", 94),
     M(A, "2013", D, "mall2013", "2013"),
     M(A, "67 people", N, "dead2013", 67),
    ]
    names["more_bodies"] = "bodies found on Wednesday after the president's count"
    build("dusit-d2-2019", "The attack on the DusitD2 hotel and office complex in Nairobi (Tuesday 15 January 2019, "
          "from about 3 p.m.; the siege declared over on Wednesday morning 16 January): the police's first count of 15 "
          "dead on Tuesday night corrected down to the president's 14 on Wednesday morning, then 21 by the police "
          "chief on Wednesday evening (six more bodies, a police officer dead of his wounds), 28 injured; five "
          "attackers killed; more than 700 evacuated; 94 reported missing to the Red Cross, 50 still missing at "
          "midday, 19 in the evening, none on Thursday; two arrested on Wednesday, nine more on Thursday 17 January "
          "(11 in all)", False, ms, names)


def khartoum():
    R, K, T, A = "reuters-jun03", "kompas-jun06", "detik-jun07", "ap-jul28"
    # as-of times: Monday 3 June 2019 morning, afternoon and evening (the doctors' 13, more than 30 and 35), Wednesday
    # 5 June (the doctors' 108 and more than 500 wounded; the health ministry's "no more than 46" that night), Thursday
    # 6 June (the ministry's 61), Saturday 27 July (the inquiry's 87 dead and 168 wounded). Counts credited to the
    # doctors' committee, the health ministry and the prosecutor's inquiry are three sources (sources, also across
    # days). The ministry's 13 deaths on the first day are another fact than the doctors' morning toll.
    MONAM, MONNOON, MONPM, WED5, WED5N, THU6, JUL27 = ("2019-06-03a", "2019-06-03b", "2019-06-03c", "2019-06-05",
                                                      "2019-06-05n", "2019-06-06", "2019-07-27")
    DOC, MOH, INQ = "the Central Committee of Sudan Doctors", "the health ministry", "the prosecutor's inquiry"
    names = {
     "dead": "people killed in the crackdown and after", "injured": "people wounded",
     "nile_bodies": "bodies pulled from the Nile", "dead_day1": "deaths on the first day (ministry)",
     "unrelated": "bodies unrelated to the crackdown", "security_dead": "security personnel among the dead",
     "election_months": "months within which elections were promised",
     # dates
     "dispersal": "day the sit-in was broken up", "camp_start": "day the sit-in began",
     "bashir_out": "day Bashir was removed", "asof_108": "day of the doctors' count of 108",
     "nile": "day bodies were pulled from the Nile", "cancel": "day the military council scrapped the agreements",
     "asof_61": "day of the ministry's count of 61", "au_suspend": "day the African Union suspended Sudan",
     "inquiry": "day the inquiry reported", "deal": "day of the power-sharing deal",
     "signed": "day the political agreement was signed",
    }
    ms = [
     M(R, "at least 35 people", N, "dead", 35, MONPM, qual="atleast", src=DOC),
     M(R, "early on Monday", D, "dispersal", "2019-06-03"),
     M(R, "13", N, "dead", 13, MONAM, src=DOC),
     M(R, "more than 30", N, "dead", 30, MONNOON, qual="morethan", src=DOC),
     M(R, "35", N, "dead", 35, MONPM, src=DOC, occ=2),
     M(R, "April 6", D, "camp_start", "2019-04-06"),
     M(R, "April 11", D, "bashir_out", "2019-04-11"),

     M(K, "108 orang", N, "dead", 108, WED5, src=DOC),
     M(K, "Rabu (5/6/2019)", D, "asof_108", "2019-06-05"),
     M(K, "lebih dari 40 jenazah", N, "nile_bodies", 40, qual="morethan"),
     M(K, "Selasa (4/6/2019)", D, "nile", "2019-06-04"),
     M(K, "lebih dari 500 orang", N, "injured", 500, WED5, qual="morethan", src=DOC),
     M(K, "tidak lebih dari 46 orang", N, "dead", 46, WED5N, src=MOH),
     M(K, "Senin (3/6/2019)", D, "dispersal", "2019-06-03"),
     M(K, "35 korban tewas", N, "dead", 35, MONPM, src=DOC),
     M(K, "Selasa (4/6/2019)", D, "cancel", "2019-06-04", occ=2),
     M(K, "sembilan bulan", N, "election_months", 9, cls="dur"),

     M(T, "61 orang", N, "dead", 61, THU6, src=MOH),
     M(T, "Kamis (6/6/2019)", D, "asof_61", "2019-06-06"),
     M(T, "13 orang", N, "dead_day1", 13),
     M(T, "22 jenazah", N, "unrelated", 22),
     M(T, "tiga korban", N, "security_dead", 3),
     M(T, "108 korban tewas", N, "dead", 108, WED5, src=DOC),
     M(T, "Minggu (2/6/2019)", D, "dispersal", "2019-06-02", planted=True),
     M(T, "Kamis (6/6/2019)", D, "au_suspend", "2019-06-06", occ=2),

     M(A, "87 people", N, "dead", 87, JUL27, src=INQ),
     M(A, "168", N, "injured", 168, JUL27, src=INQ),
     M(A, "Saturday", D, "inquiry", "2019-07-27"),
     M(A, "June 3", D, "dispersal", "2019-06-03"),
     M(A, "108 dead", N, "dead", 108, WED5, src=DOC),
     M(A, "June 5", D, "asof_108", "2019-06-05"),
     M(A, "61", N, "dead", 61, THU6, src=MOH),
     M(A, "June 6", D, "au_suspend", "2019-06-06"),
     M(A, "July 5", D, "deal", "2019-07-05"),
     M(A, "July 17", D, "signed", "2019-07-17"),
    ]
    build("khartoum-sit-in-2019", "The breakup of the protest sit-in outside the army headquarters in Khartoum "
          "(Monday 3 June 2019) and after: the Central Committee of Sudan Doctors' toll rising on the day (13 -> more "
          "than 30 -> 35) and to 108 by Wednesday 5 June (more than 40 bodies pulled from the Nile on Tuesday 4 June, "
          "more than 500 wounded); the health ministry's 'no more than 46' on Wednesday night and 61 on Thursday 6 June; "
          "the prosecutor's inquiry's 87 dead and 168 wounded on Saturday 27 July; the military council's scrapping of "
          "the agreements on 4 June, the African Union's suspension on 6 June, the power-sharing deal of 5 July and the "
          "political agreement signed on 17 July 2019", False, ms, names)


def ethiopia_election():
    R, K, T, A = "reuters-jul10", "kompas-jul11", "antara-jul12", "ap-jul13"
    names = {
     "pp_seats": "seats won by the Prosperity Party", "declared": "seats with declared results",
     "total_seats": "seats in the federal parliament", "term": "length of the new term (years)",
     "turnout": "turnout (%)", "registered": "registered voters", "opp_seats": "seats won by the opposition",
     "complaints": "complaints filed by the main opposition party",
     # dates
     "announced": "day the results were announced", "vote": "polling day", "later_polls": "month of delayed polls",
     "abiy_office": "month Abiy took office",
    }
    ms = [
     M(R, "410", N, "pp_seats", 410),
     M(R, "436", N, "declared", 436),
     M(R, "Saturday", D, "announced", "2021-07-10"),
     M(R, "547-seat", N, "total_seats", 547),
     M(R, "five-year", N, "term", 5, cls="dur"),
     M(R, "above 90%", N, "turnout", 90, qual="morethan", cls="pct"),
     M(R, "more than 37 million", N, "registered", 37_000_000, qual="morethan"),
     M(R, "June 21", D, "vote", "2021-06-21"),
     M(R, "11 seats", N, "opp_seats", 11),
     M(R, "207 complaints", N, "complaints", 207),
     M(R, "September", D, "later_polls", "2021-09"),
     M(R, "April 2018", D, "abiy_office", "2018-04"),

     M(K, "410", N, "pp_seats", 410),
     M(K, "436 kursi", N, "declared", 436),
     M(K, "Sabtu (10/7/2021)", D, "announced", "2021-07-10"),
     M(K, "547 orang", N, "total_seats", 547),
     M(K, "lima tahun", N, "term", 5, cls="dur"),
     M(K, "Senin (21/6/2021)", D, "vote", "2021-06-21"),
     M(K, "lebih dari 37 juta", N, "registered", 37_000_000, qual="morethan"),
     M(K, "lebih dari 90 persen", N, "turnout", 90, qual="morethan", cls="pct"),
     M(K, "11 kursi", N, "opp_seats", 11),
     M(K, "207 pengaduan", N, "complaints", 207),
     M(K, "September", D, "later_polls", "2021-09"),

     M(T, "Sabtu (10/7)", D, "announced", "2021-07-10"),
     M(T, "410 kursi", N, "pp_seats", 410),
     M(T, "436 kursi", N, "declared", 436),
     M(T, "21 Juni 2021", D, "vote", "2021-06-21"),
     M(T, "lebih dari 90 persen", N, "turnout", 90, qual="morethan", cls="pct"),
     M(T, "lebih dari 37 juta", N, "registered", 37_000_000, qual="morethan"),
     M(T, "lima tahun", N, "term", 5, cls="dur"),
     M(T, "547 kursi", N, "total_seats", 547),
     M(T, "11 kursi", N, "opp_seats", 11),
     M(T, "207 keluhan", N, "complaints", 207),
     M(T, "April 2018", D, "abiy_office", "2018-04"),
     M(T, "September", D, "later_polls", "2021-09"),

     M(A, "June 21", D, "vote", "2021-06-21"),
     M(A, "Saturday, July 10", D, "announced", "2021-07-10"),
     M(A, "410", N, "pp_seats", 410),
     M(A, "436", N, "declared", 436),
     M(A, "547-seat", N, "total_seats", 547),
     M(A, "September", D, "later_polls", "2021-09"),
     M(A, "11 seats", N, "opp_seats", 11),
     M(A, "207 complaints", N, "complaints", 207),
     M(A, "more than 90%", N, "turnout", 90, qual="morethan", cls="pct"),
     M(A, "more than 37 million", N, "registered", 37_000_000, qual="morethan"),
     M(A, "April 2018", D, "abiy_office", "2018-04"),
    ]
    build("ethiopia-election-2021", "The National Election Board of Ethiopia's results of the 21 June 2021 general "
          "election (control), announced on Saturday 10 July 2021: the Prosperity Party 410 of the 436 seats declared "
          "in the 547-seat federal parliament, the opposition 11, turnout above 90% of more than 37 million registered "
          "voters, 207 complaints by the main opposition party, a five-year term for Abiy Ahmed (in office since April "
          "2018), delayed polls set for September. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    dusit()
    khartoum()
    ethiopia_election()
