"""The ninth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally (or the vintage of an estimate), its qualifier, its source, whether the tally may fall, and whether
it is a planted error. Every cross-article pair of mentions is then labelled by the development set's rules
(tests/data/devset/README.md) through tests/benchmarks/factlabels.py: same fact -> agree / compatible / update /
revision / conflict / sources; different facts of one unit class, and every other pair of dates -> none, or
not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset9/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def surabaya():
    K, R, T, J = "kompas-may13", "reuters-may14", "tempo-may15", "jakartapost-may13-2019"
    SUN, MON, TUE = "2018-05-13", "2018-05-14", "2018-05-15"
    names = {
     "church_dead": "people killed at the three churches (bombers not counted)",
     "church_hurt": "people wounded at the three churches", "churches": "churches attacked",
     "kids": "children of the church bombers' couple", "church_bombers": "bombers killed at the churches",
     "hq_family": "members of the family that attacked the police HQ", "hq_dead": "attackers killed at the police HQ",
     "hq_hurt": "people wounded at the police HQ", "hq_police": "police officers wounded at the police HQ",
     "hq_civ": "civilians wounded at the police HQ", "girl": "age of the girl who survived the police HQ blast",
     "son1": "age of the elder son", "son2": "age of the younger son", "daughter1": "age of the elder daughter",
     "youngest": "age of the youngest church bomber (the younger daughter)",
     "sid_dead": "family members killed in the Sidoarjo flat", "sid_kids": "children who survived in Sidoarjo",
     "total_dead": "people killed in all the attacks (bombers included)", "perps": "attackers killed in all",
     "families": "families behind the attacks", "arrests_jatim": "suspects arrested in East Java since Sunday",
     "shot": "suspects shot dead during arrests", "arrests_nat": "suspects arrested nationwide in the following weeks",
     "hospitals": "hospitals treating the wounded",
     # dates
     "churches_day": "day of the church bombings", "toll11": "day the 11 dead were counted",
     "visit": "day Jokowi visited the sites", "hq_day": "day of the police HQ attack",
     "toll14": "day the 14 dead were given", "sidoarjo": "day of the Sidoarjo flat blast",
     "correction": "day the police corrected the church toll", "arrests_start": "day the arrests began",
     "schools": "day schools stay open", "memorial": "day of the anniversary Mass", "law": "day the antiterror law passed",
    }
    ms = [
     M(K, "tiga gereja", N, "churches", 3),
     M(K, "11 orang", N, "church_dead", 11, SUN),
     M(K, "41 orang", N, "church_hurt", 41, SUN),
     M(K, "empat anak", N, "kids", 4),
     M(K, "18", N, "son1", 18, cls="age"),
     M(K, "16 tahun", N, "son2", 16, cls="age"),
     M(K, "12", N, "daughter1", 12, cls="age"),
     M(K, "9 tahun", N, "youngest", 9, cls="age"),
     M(K, "Minggu (13/5/2018)", D, "churches_day", SUN),
     M(K, "Minggu sore", D, "toll11", SUN),
     M(K, "Minggu siang", D, "visit", SUN),

     M(R, "A family of five", N, "hq_family", 5),
     M(R, "three churches", N, "churches", 3),
     M(R, "Four of the attackers", N, "hq_dead", 4),
     M(R, "eight-year-old", N, "girl", 8, cls="age"),
     M(R, "Ten people", N, "hq_hurt", 10),
     M(R, "four of them police officers", N, "hq_police", 4),
     M(R, "six civilians", N, "hq_civ", 6),
     M(R, "14 people", N, "church_dead", 14, MON),
     M(R, "the six members", N, "church_bombers", 6),
     M(R, "their four children", N, "kids", 4),
     M(R, "aged nine", N, "youngest", 9, cls="age"),
     M(R, "three members", N, "sid_dead", 3),
     M(R, "three of his children", N, "sid_kids", 3),
     M(R, "on Monday", D, "hq_day", MON),
     M(R, "on Monday morning", D, "toll14", MON),
     M(R, "on Sunday", D, "churches_day", SUN),
     M(R, "On Sunday night", D, "sidoarjo", SUN),

     M(T, "tiga gereja", N, "churches", 3),
     M(T, "12 orang", N, "church_dead", 12, TUE),
     M(T, "Angka 14", N, "church_dead", 14, MON),
     M(T, "43 orang", N, "church_hurt", 43, TUE),
     M(T, "enam rumah sakit", N, "hospitals", 6),
     M(T, "25 orang", N, "total_dead", 25, TUE),
     M(T, "13 pelaku", N, "perps", 13, TUE),
     M(T, "tiga keluarga", N, "families", 3),
     M(T, "Enam pelaku", N, "church_bombers", 6),
     M(T, "tiga di rumah susun", N, "sid_dead", 3),
     M(T, "empat di Markas Polrestabes", N, "hq_dead", 4),
     M(T, "sembilan orang", N, "hq_hurt", 9, planted=True),
     M(T, "empat polisi", N, "hq_police", 4),
     M(T, "13 terduga teroris", N, "arrests_jatim", 13, TUE),
     M(T, "empat di antaranya", N, "shot", 4, TUE),
     M(T, "delapan tahun", N, "girl", 8, cls="age"),
     M(T, "Selasa (15/5/2018)", D, "correction", TUE),
     M(T, "Senin pagi", D, "toll14", MON),
     M(T, "Minggu (13/5/2018)", D, "churches_day", SUN),
     M(T, "Senin (14/5/2018)", D, "hq_day", MON),
     M(T, "sejak Minggu", D, "arrests_start", SUN, occ=2),
     M(T, "pada Rabu", D, "schools", "2018-05-16"),

     M(J, "three churches", N, "churches", 3),
     M(J, "their four children", N, "kids", 4),
     M(J, "12 worshippers", N, "church_dead", 12, TUE),
     M(J, "43 others", N, "church_hurt", 43, TUE),
     M(J, "a second family of five", N, "hq_family", 5),
     M(J, "25 people", N, "total_dead", 25, TUE),
     M(J, "13 of them", N, "perps", 13, TUE),
     M(J, "three families", N, "families", 3),
     M(J, "74 suspects", N, "arrests_nat", 74),
     M(J, "eight-year-old", N, "girl", 8, cls="age"),
     M(J, "the three children", N, "sid_kids", 3),
     M(J, "on Monday", D, "memorial", "2019-05-13"),
     M(J, "Sunday, May 13, 2018", D, "churches_day", SUN),
     M(J, "Tuesday, May 15", D, "hq_day", TUE, planted=True),
     M(J, "May 25, 2018", D, "law", "2018-05-25"),
    ]
    build("surabaya-bombings-2018", "Surabaya bombings, Indonesia (May 2018): three churches bombed by one family on "
          "Sunday 13 May, a flat in Sidoarjo the same night, the police headquarters by a second family on Monday 14 "
          "May; the church toll rising (11 -> 14) and corrected down to 12 (two bombers had been counted), the "
          "wounded 41 -> 43, each site's attackers beside the total (25 dead, 13 of them attackers), arrests in "
          "East Java and nationwide; an anniversary article a year later recalling the figures", False, ms, names)


def gdp():
    R, C, K, A = "reuters-jul30", "cnbcindonesia-jul31", "kontan-oct1", "apnews-jan28-2021"
    ADV, SEC, THIRD, Q1V, Q1A = "2020-07-30", "2020-08-27", "2020-09-30", "2020-06-25", "2020-04-29"
    names = {
     "q2": "US GDP contraction in Q2 2020 (annualized %)", "q1": "US GDP contraction in Q1 2020 (annualized %)",
     "cons": "US consumer spending fall in Q2 2020 (annualized %)", "fc": "economists' forecast of the Q2 contraction",
     "rec": "previous record quarterly drop (Q1 1958)", "idn": "Sri Mulyani's forecast of Indonesia's Q2 contraction",
     "fy": "US GDP contraction in 2020", "y2019": "US growth in 2019", "q4": "US growth in Q4 2020",
     "q3": "US growth in Q3 2020", "y1946": "US output fall in 1946", "cons_q4": "US consumer spending growth in Q4 2020",
     "cons_q3": "US consumer spending growth in Q3 2020",
     "claims": "initial jobless claims, week to 25 July 2020", "claims_rise": "rise in jobless claims that week",
     "claims_jan": "jobless claims, last week of January 2021",
     # dates
     "adv": "day of the advance Q2 estimate", "claims_day": "day the July jobless claims were published",
     "weekend": "end of the claims week", "sec": "day of the second Q2 estimate", "records": "year records began",
     "rec_year": "year of the previous record drop", "bps": "day BPS publishes Indonesia's Q2 GDP",
     "third": "day of the third Q2 estimate", "q3adv": "day of the advance Q3 estimate",
     "stocks": "day US stocks closed higher", "fyday": "day of the 2020 full-year estimate",
     "worst": "year of the worst earlier contraction (1946)", "ylast": "year of the 2.2% growth",
    }
    P = dict(cls="pct")
    ms = [
     M(R, "32.9%", N, "q2", 32.9, ADV, **P),
     M(R, "10%", N, "rec", 10, **P),
     M(R, "5.0%", N, "q1", 5.0, Q1V, **P),
     M(R, "4.8%", N, "q1", 4.8, Q1A, **P),
     M(R, "34.6%", N, "cons", 34.6, ADV, **P),
     M(R, "34.5%", N, "fc", 34.5, src="economists polled by Reuters", **P),
     M(R, "12,000", N, "claims_rise", 12000),
     M(R, "1.434 million", N, "claims", 1.434e6),
     M(R, "on Thursday", D, "adv", ADV),
     M(R, "1947", D, "records", "1947"),
     M(R, "1958", D, "rec_year", "1958"),
     M(R, "on Thursday", D, "claims_day", ADV, occ=2),
     M(R, "July 25", D, "weekend", "2020-07-25"),
     M(R, "Aug. 27", D, "sec", SEC),

     M(C, "32,9%", N, "q2", 32.9, ADV, **P),
     M(C, "10%", N, "rec", 10, **P),
     M(C, "5%", N, "q1", 5.0, Q1V, **P),
     M(C, "34,6%", N, "cons", 34.6, ADV, **P),
     M(C, "1,34 juta", N, "claims", 1.34e6, planted=True),
     M(C, "34,7%", N, "fc", 34.7, src="Trading Economics' consensus", **P),
     M(C, "4,3%", N, "idn", 4.3, **P),
     M(C, "Kamis (30/7/2020)", D, "adv", ADV),
     M(C, "1947", D, "records", "1947"),
     M(C, "1958", D, "rec_year", "1958"),
     M(C, "Rabu (5/8/2020)", D, "bps", "2020-08-05"),

     M(K, "31,4%", N, "q2", 31.4, THIRD, **P),
     M(K, "32,9%", N, "q2", 32.9, ADV, **P),
     M(K, "31,7%", N, "q2", 31.7, SEC, **P),
     M(K, "33,2%", N, "cons", 33.2, THIRD, **P),
     M(K, "34,6%", N, "cons", 34.6, ADV, **P),
     M(K, "5%", N, "q1", 5.0, Q1V, **P),
     M(K, "Rabu (30/9/2020)", D, "third", THIRD),
     M(K, "akhir Juli", D, "adv", "2020-07"),
     M(K, "27 Agustus", D, "sec", SEC),
     M(K, "1947", D, "records", "1947"),
     M(K, "29 Oktober", D, "q3adv", "2020-10-29"),
     M(K, "pada Rabu", D, "stocks", THIRD),

     M(A, "3.5%", N, "fy", 3.5, **P),
     M(A, "2.2%", N, "y2019", 2.2, **P),
     M(A, "4%", N, "q4", 4, **P),
     M(A, "33.4%", N, "q3", 33.4, **P),
     M(A, "31.4%", N, "q2", 31.4, THIRD, **P),
     M(A, "5.5%", N, "q1", 5.5, Q1V, planted=True, **P),
     M(A, "11.6%", N, "y1946", 11.6, **P),
     M(A, "2.5%", N, "cons_q4", 2.5, **P),
     M(A, "41%", N, "cons_q3", 41, qual="approx", **P),
     M(A, "847,000 people", N, "claims_jan", 847000),
     M(A, "Thursday", D, "fyday", "2021-01-28"),
     M(A, "1946", D, "worst", "1946"),
     M(A, "2019", D, "ylast", "2019"),
    ]
    build("us-gdp-2020", "US GDP in 2020: the advance estimate of the second quarter (a 32.9% annualized "
          "contraction, Thursday 30 July 2020), revised to 31.7% (27 August) and 31.4% (30 September), consumer "
          "spending revised from 34.6% to 33.2%, the first quarter's 5.0% (revised from 4.8%), jobless claims the "
          "same day; a full-year article months later (2020 -3.5%, Q3 +33.4%, Q4 +4%) recalling the figures",
          False, ms, names)


def hajj():
    K, A, D_, J = "kompas-feb15", "antara-feb16", "detik-feb17", "jakartaglobe-feb20"
    names = {
     "bpih": "average Hajj cost 2023 per pilgrim (BPIH)", "bipih": "share paid by each pilgrim (Bipih)",
     "manfaat": "share covered by the Hajj fund's returns", "proposal": "the minister's proposed pilgrim share",
     "bpih22": "average Hajj cost 2022", "pct_pilgrim": "pilgrims' share (%)", "pct_fund": "fund's share (%)",
     "pct_prop": "proposed pilgrims' share (%)", "quota": "Indonesia's Hajj quota 2023",
     "regular": "regular pilgrims 2023", "special": "special-scheme pilgrims 2023", "quota22": "pilgrims sent in 2022",
     "wait": "waiting list in some provinces",
     # dates
     "agreed": "day the cost was agreed", "proposed": "day the minister proposed the cost",
     "flights": "day of the first flights", "y2022": "year of the reduced quota", "y2020": "year the early payers paid",
     "prev": "year of the previous cost",
    }
    MO = dict(cls="money")
    PC = dict(cls="pct")
    ms = [
     M(K, "Rp 90.050.637,26", N, "bpih", 90050637.26, **MO),
     M(K, "Rp 49.812.700,26", N, "bipih", 49812700.26, **MO),
     M(K, "55,3 persen", N, "pct_pilgrim", 55.3, **PC),
     M(K, "Rp 40.237.937", N, "manfaat", 40237937, **MO),
     M(K, "44,7 persen", N, "pct_fund", 44.7, **PC),
     M(K, "Rp 69,19 juta", N, "proposal", 69.19e6, **MO),
     M(K, "70 persen", N, "pct_prop", 70, **PC),
     M(K, "55,3 persen", N, "pct_pilgrim", 55.3, occ=2, **PC),
     M(K, "44,7 persen", N, "pct_fund", 44.7, occ=2, **PC),
     M(K, "221.000 jemaah", N, "quota", 221000),
     M(K, "203.320 jemaah", N, "regular", 203320),
     M(K, "17.680 jemaah", N, "special", 17680),
     M(K, "100.051 jemaah", N, "quota22", 100051),
     M(K, "Rabu (15/2/2023)", D, "agreed", "2023-02-15"),
     M(K, "Kamis (19/1/2023)", D, "proposed", "2023-01-19"),
     M(K, "2022", D, "y2022", "2022"),
     M(K, "2020", D, "y2020", "2020"),

     M(A, "Rp90.05 million", N, "bpih", 90.05e6, qual="approx", **MO),
     M(A, "Rp49.8 million", N, "bipih", 49.8e6, qual="approx", **MO),
     M(A, "55.3 percent", N, "pct_pilgrim", 55.3, **PC),
     M(A, "Rp40.2 million", N, "manfaat", 40.2e6, qual="approx", **MO),
     M(A, "44.7 percent", N, "pct_fund", 44.7, **PC),
     M(A, "Wednesday (February 15, 2023)", D, "agreed", "2023-02-15"),
     M(A, "Rp69.19 million", N, "proposal", 69.19e6, **MO),
     M(A, "70 percent", N, "pct_prop", 70, **PC),
     M(A, "in January", D, "proposed", "2023-01"),
     M(A, "221,000 pilgrims", N, "quota", 221000),
     M(A, "203,320", N, "regular", 203320),
     M(A, "17,680", N, "special", 17680),
     M(A, "100,051 Indonesians", N, "quota22", 100051),
     M(A, "2022", D, "y2022", "2022"),
     M(A, "May 24", D, "flights", "2023-05-24"),

     M(D_, "Rabu (15/2/2023)", D, "agreed", "2023-02-15"),
     M(D_, "Rp 90.050.637,26", N, "bpih", 90050637.26, **MO),
     M(D_, "Rp 81,7 juta", N, "bpih22", 81.7e6, qual="approx", **MO),
     M(D_, "2022", D, "prev", "2022"),
     M(D_, "Rp 49.812.700,26", N, "bipih", 49812700.26, **MO),
     M(D_, "Rp 40.237.937", N, "manfaat", 40237937, **MO),
     M(D_, "55,3 persen", N, "pct_pilgrim", 55.3, **PC),
     M(D_, "44,7 persen", N, "pct_fund", 44.7, **PC),
     M(D_, "221.000 orang", N, "quota", 221000),
     M(D_, "203.320 jemaah", N, "regular", 203320),
     M(D_, "17.680 jemaah", N, "special", 17680),
     M(D_, "Rabu malam", D, "agreed", "2023-02-15"),
     M(D_, "24 Mei 2023", D, "flights", "2023-05-24"),
     M(D_, "2020", D, "y2020", "2020"),

     M(J, "Rp 49.8 million", N, "bipih", 49.8e6, qual="approx", **MO),
     M(J, "about 55 percent", N, "pct_pilgrim", 55, qual="approx", **PC),
     M(J, "Rp 90.05 million", N, "bpih", 90.05e6, qual="approx", **MO),
     M(J, "last Wednesday", D, "agreed", "2023-02-15"),
     M(J, "44.7 percent", N, "pct_fund", 44.7, **PC),
     M(J, "Rp 40.2 million", N, "manfaat", 40.2e6, qual="approx", **MO),
     M(J, "Rp 69.19 million", N, "proposal", 69.19e6, **MO),
     M(J, "55.3 percent", N, "pct_pilgrim", 55.3, **PC),
     M(J, "Wednesday, Feb. 15", D, "agreed", "2023-02-15"),
     M(J, "221,000 Indonesians", N, "quota", 221000),
     M(J, "17,680", N, "special", 17680),
     M(J, "100,051 pilgrims", N, "quota22", 100051),
     M(J, "2022", D, "y2022", "2022"),
     M(J, "Wednesday, May 24", D, "flights", "2023-05-24"),
     M(J, "30 years", N, "wait", 30, qual="morethan", cls="dur"),
    ]
    build("hajj-cost-2023", "Indonesia's Hajj cost for 2023 (control): agreed by the House's Commission VIII and the "
          "Religious Affairs Ministry on Wednesday 15 February 2023: an average cost of Rp 90,050,637.26 a pilgrim, "
          "Rp 49,812,700.26 (55.3%) paid by the pilgrim and Rp 40,237,937 (44.7%) from the Hajj fund's returns, "
          "against the minister's January proposal of Rp 69.19 million (70%); a quota of 221,000 (203,320 regular, "
          "17,680 special) after 100,051 in 2022; first flights on 24 May. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    surabaya()
    gdp()
    hajj()
