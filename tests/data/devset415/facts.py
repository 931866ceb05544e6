"""The four-hundred-and-fifteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset415/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def flood():
    R, K, A, J = "reuters-nov03", "kompas-nov04", "antara-nov06", "jakpost-dec02"
    # as-of times of the running tallies: Monday 3 November 2003 at 15:00 (at least 63 dead, more than 100 missing)
    # and at 21:00 (78 dead, 150 missing), Wednesday 5 November (112 dead by the district against 118 by the police:
    # sources), Thursday 6 November (the district's 112 revised down to 106 after six bodies were listed twice: a
    # revision, 90 missing) and the count standing on Tuesday 2 December (151 dead, about 100 never found). The dead
    # do not fall; the missing may (people found alive with relatives).
    MON15, MON21, WED, THU, DEC = "2003-11-03a", "2003-11-03b", "2003-11-05", "2003-11-06", "2003-12-02"
    DIST, POL = "the Langkat district government", "the provincial police"
    names = {
     "dead": "people killed by the flood", "missing": "people missing", "foreign_missing": "foreign tourists missing",
     "foreign_dead": "foreign tourists' bodies flown home", "buildings": "houses and guesthouses destroyed",
     "houses": "houses destroyed", "guesthouses": "guesthouses destroyed", "displaced": "people displaced",
     "double": "bodies listed twice", "troops": "soldiers deployed", "dist": "distance of Medan (km)",
     "search": "stretch of river searched (km)", "rise": "rise of the river (m)",
     "fund": "central government's emergency fund (Rp)", "aid_house": "promised aid a family (Rp)",
     # dates
     "flood": "day of the flood", "count_mon15": "day of the count of 63", "count_mon21": "day of the count of 78",
     "visit": "day of the governor's visit", "count_wed": "day of the counts of 112 and 118",
     "correction": "day the district corrected its count",
    }
    ms = [
     M(R, "Sunday", D, "flood", "2003-11-02"),
     M(R, "at least 63 bodies", N, "dead", 63, MON15, qual="atleast"),
     M(R, "Monday", D, "count_mon15", "2003-11-03"),
     M(R, "more than 100 people", N, "missing", 100, MON15, qual="morethan", fall=True),
     M(R, "At least four foreign tourists", N, "foreign_missing", 4, MON15, qual="atleast", fall=True),
     M(R, "about 80 km", N, "dist", 80, qual="approx", cls="km"),
     M(R, "more than 400 houses", N, "buildings", 400, MON15, qual="morethan"),
     M(R, "About 1,000 people", N, "displaced", 1000, MON15, qual="approx"),

     M(K, "78 orang", N, "dead", 78, MON21),
     M(K, "Senin (3/11/2003)", D, "count_mon21", "2003-11-03"),
     M(K, "150 orang", N, "missing", 150, MON21, fall=True),
     M(K, "Minggu (2/11/2003)", D, "flood", "2003-11-02"),
     M(K, "sekitar 5 meter", N, "rise", 5, qual="approx", cls="m"),
     M(K, "sedikitnya 250 rumah", N, "houses", 250, MON21, qual="atleast"),
     M(K, "35 penginapan", N, "guesthouses", 35, MON21, qual="atleast"),
     M(K, "Sedikitnya 1.200 warga", N, "displaced", 1200, MON21, qual="atleast"),
     M(K, "Empat turis asing", N, "foreign_missing", 4, MON21, fall=True),
     M(K, "15 kilometer", N, "search", 15, cls="km"),
     M(K, "Selasa (4/11/2003)", D, "visit", "2003-11-04"),

     M(A, "Kamis (6/11/2003)", D, "correction", "2003-11-06"),
     M(A, "112", N, "dead", 112, WED, src=DIST),
     M(A, "106 orang", N, "dead", 106, THU, src=DIST),
     M(A, "enam jenazah", N, "double", 6),
     M(A, "Rabu (5/11/2003)", D, "count_wed", "2003-11-05"),
     M(A, "118 korban tewas", N, "dead", 118, WED, src=POL),
     M(A, "90 orang", N, "missing", 90, THU, fall=True),
     M(A, "Sabtu (1/11/2003)", D, "flood", "2003-11-01", planted=True),
     M(A, "Sedikitnya 1.400 warga", N, "displaced", 1400, THU, qual="atleast"),
     M(A, "tiga wisatawan asing", N, "foreign_dead", 3, THU),
     M(A, "Sekitar 300 personel", N, "troops", 300, THU, qual="approx"),
     M(A, "Rp 5 miliar", N, "fund", 5e9, cls="rp"),

     M(J, "Nov. 2", D, "flood", "2003-11-02"),
     M(J, "151 dead", N, "dead", 151, DEC, src=DIST),
     M(J, "about 100 people", N, "missing", 100, DEC, qual="approx", fall=True),
     M(J, "63", N, "dead", 63, MON15),
     M(J, "121", N, "dead", 121, WED, src=DIST, planted=True),
     M(J, "Wednesday, Nov. 5", D, "count_wed", "2003-11-05"),
     M(J, "106", N, "dead", 106, THU, src=DIST),
     M(J, "six bodies", N, "double", 6),
     M(J, "118", N, "dead", 118, WED, src=POL),
     M(J, "More than 400 houses", N, "buildings", 400, DEC, qual="morethan"),
     M(J, "Some 1,400 people", N, "displaced", 1400, DEC, qual="approx"),
     M(J, "Rp 10 million", N, "aid_house", 10e6, cls="rp"),
    ]
    build("bahorok-flood-2003", "The flash flood of the Bahorok river that swept the resort of Bukit Lawang in Langkat "
          "district, North Sumatra, at about 22:00 on Sunday 2 November 2003: the toll rising from at least 63 at "
          "15:00 and 78 at 21:00 on Monday 3 November to 112 by the district on Wednesday 5 November (118 by the "
          "police: sources), revised down by the district to 106 on Thursday 6 November after six bodies were listed "
          "twice, and 151 in the district's final count; the missing rising to 150 and falling to 90 and about 100 "
          "never found; more than 400 houses and guesthouses destroyed; the displaced from about 1,000 to 1,400",
          False, ms, names)


def corby():
    R, K, S, A = "reuters-oct09", "detik-may27", "tempo-jan12", "abc-feb10"
    # steps on different dates: the arrest at Bali's airport (Friday 8 October 2004), the verdict of the Denpasar
    # District Court (Friday 27 May 2005, 20 years), the Bali High Court's cut to 15 years (12 October 2005), the
    # Supreme Court's restored 20 years (made known Thursday 12 January 2006), the clemency of five years (May 2012)
    # and the parole (Monday 10 February 2014). Tempting pairs of one unit: 20 years given against 20 years restored
    # and 15 years on appeal, five years of clemency, more than nine years served; her 27 years against her 36.
    names = {
     "age": "her age in 2004-2005 (years)", "age_now": "her age in 2014 (years)", "weight": "marijuana found (kg)",
     "verdict": "prison term given by the district court (years)", "appeal": "prison term after the appeal (years)",
     "supreme": "prison term restored by the Supreme Court (years)", "clemency": "years cut by clemency",
     "served": "years since her arrest", "fine": "fine (Rp)",
     # dates
     "arrest": "day of the arrest", "verdict_day": "day of the verdict", "appeal_day": "day of the appeal ruling",
     "ruling_known": "day the Supreme Court ruling was made known", "clemency_day": "month of the clemency",
     "parole": "day of the release on parole",
    }
    ms = [
     M(R, "27", N, "age", 27, cls="age"),
     M(R, "Friday, Oct. 8", D, "arrest", "2004-10-08"),
     M(R, "4.1 kg", N, "weight", 4.1, cls="kg"),

     M(K, "20 tahun penjara", N, "verdict", 20, cls="yrs"),
     M(K, "Jumat (26/5/2005)", D, "verdict_day", "2005-05-26", planted=True),
     M(K, "27 tahun", N, "age", 27, cls="age"),
     M(K, "Rp 100 juta", N, "fine", 100e6, cls="rp"),
     M(K, "4,1 kilogram", N, "weight", 4.1, cls="kg"),
     M(K, "8 Oktober 2004", D, "arrest", "2004-10-08"),

     M(S, "20 tahun penjara", N, "supreme", 20, cls="yrs"),
     M(S, "Kamis (12/1/2006)", D, "ruling_known", "2006-01-12"),
     M(S, "15 tahun", N, "appeal", 15, cls="yrs"),
     M(S, "12 Oktober 2005", D, "appeal_day", "2005-10-12"),
     M(S, "20 tahun", N, "verdict", 20, cls="yrs", occ=2),
     M(S, "27 Mei 2005", D, "verdict_day", "2005-05-27"),
     M(S, "4,1 kilogram", N, "weight", 4.1, cls="kg"),
     M(S, "8 Oktober 2004", D, "arrest", "2004-10-08"),

     M(A, "Monday, Feb. 10", D, "parole", "2014-02-10"),
     M(A, "more than nine years", N, "served", 9, qual="morethan", cls="yrs"),
     M(A, "36", N, "age_now", 36, cls="age"),
     M(A, "October 2004", D, "arrest", "2004-10"),
     M(A, "1.4 kilograms", N, "weight", 1.4, cls="kg", planted=True),
     M(A, "20 years", N, "verdict", 20, cls="yrs"),
     M(A, "five years", N, "clemency", 5, cls="yrs"),
     M(A, "May 2012", D, "clemency_day", "2012-05"),
    ]
    build("corby-drug-case-2005", "The case of Schapelle Corby, 27, an Australian arrested at Bali's airport on Friday "
          "8 October 2004 with 4.1 kg of marijuana in her bodyboard bag: 20 years and a fine of Rp 100 million from "
          "the Denpasar District Court on Friday 27 May 2005, cut to 15 years by the Bali High Court on 12 October "
          "2005, the 20 years restored by the Supreme Court (made known on Thursday 12 January 2006), five years cut "
          "by clemency in May 2012, released from Kerobokan prison on parole on Monday 10 February 2014", False, ms,
          names)


def amnesty():
    K, R, T, B = "kompas-jun29", "reuters-jun28", "tempo-jun30", "bisnis-jul01"
    names = {
     "rep1": "fee for repatriated or domestic assets, first period (%)", "rep2": "the same, second period (%)",
     "rep3": "the same, third period (%)", "dec1": "fee for offshore assets declared only, first period (%)",
     "dec2": "the same, second period (%)", "dec3": "the same, third period (%)",
     "sme_low": "small business fee up to Rp 10 billion (%)", "sme_high": "small business fee above Rp 10 billion (%)",
     "turnover": "small business turnover limit (Rp a year)", "sme_assets": "small business asset threshold (Rp)",
     "target": "revenue target (Rp)", "periods": "periods of the amnesty", "lock": "years repatriated money must stay",
     "period_len": "months of each period", "gap": "days between the vote and the start",
     # dates
     "passed": "day parliament passed the law", "start": "day the amnesty began", "end": "day the amnesty ends",
     "p1_end": "day the first period ends",
    }
    ms = [
     M(K, "Selasa (28/6/2016)", D, "passed", "2016-06-28"),
     M(K, "1 Juli 2016", D, "start", "2016-07-01"),
     M(K, "31 Maret 2017", D, "end", "2017-03-31"),
     M(K, "tiga periode", N, "periods", 3),
     M(K, "2 persen", N, "rep1", 2, cls="pct"),
     M(K, "3 persen", N, "rep2", 3, cls="pct"),
     M(K, "5 persen", N, "rep3", 5, cls="pct"),
     M(K, "4 persen", N, "dec1", 4, cls="pct"),
     M(K, "6 persen", N, "dec2", 6, cls="pct"),
     M(K, "10 persen", N, "dec3", 10, cls="pct"),
     M(K, "tiga tahun", N, "lock", 3, cls="dur"),
     M(K, "Rp 4,8 miliar", N, "turnover", 4.8e9, cls="rp"),
     M(K, "0,5 persen", N, "sme_low", 0.5, cls="pct"),
     M(K, "Rp 10 miliar", N, "sme_assets", 10e9, cls="rp"),
     M(K, "2 persen", N, "sme_high", 2, cls="pct", occ=2),
     M(K, "Rp 165 triliun", N, "target", 165e12, cls="rp"),

     M(R, "Tuesday", D, "passed", "2016-06-28"),
     M(R, "July 1, 2016", D, "start", "2016-07-01"),
     M(R, "March 31, 2017", D, "end", "2017-03-31"),
     M(R, "three periods", N, "periods", 3),
     M(R, "2 percent", N, "rep1", 2, cls="pct"),
     M(R, "3 percent", N, "rep2", 3, cls="pct"),
     M(R, "5 percent", N, "rep3", 5, cls="pct"),
     M(R, "4 percent", N, "dec1", 4, cls="pct"),
     M(R, "6 percent", N, "dec2", 6, cls="pct"),
     M(R, "10 percent", N, "dec3", 10, cls="pct"),
     M(R, "three years", N, "lock", 3, cls="dur"),
     M(R, "4.8 billion rupiah", N, "turnover", 4.8e9, cls="rp"),
     M(R, "0.5 percent", N, "sme_low", 0.5, cls="pct"),
     M(R, "10 billion rupiah", N, "sme_assets", 10e9, cls="rp"),
     M(R, "2 percent", N, "sme_high", 2, cls="pct", occ=2),
     M(R, "165 trillion rupiah", N, "target", 165e12, cls="rp"),

     M(T, "Selasa (28/6/2016)", D, "passed", "2016-06-28"),
     M(T, "tiga bulan", N, "period_len", 3, cls="dur"),
     M(T, "30 September 2016", D, "p1_end", "2016-09-30"),
     M(T, "2 persen", N, "rep1", 2, cls="pct"),
     M(T, "4 persen", N, "dec1", 4, cls="pct"),
     M(T, "3 persen", N, "rep2", 3, cls="pct"),
     M(T, "6 persen", N, "dec2", 6, cls="pct"),
     M(T, "5 persen", N, "rep3", 5, cls="pct"),
     M(T, "10 persen", N, "dec3", 10, cls="pct"),
     M(T, "31 Maret 2017", D, "end", "2017-03-31"),
     M(T, "tiga tahun", N, "lock", 3, cls="dur"),
     M(T, "Rp 4,8 miliar", N, "turnover", 4.8e9, cls="rp"),
     M(T, "0,5 persen", N, "sme_low", 0.5, cls="pct"),
     M(T, "Rp 10 miliar", N, "sme_assets", 10e9, cls="rp"),
     M(T, "Rp 10 miliar", N, "sme_assets", 10e9, cls="rp", occ=2),
     M(T, "2 persen", N, "sme_high", 2, cls="pct", occ=2),
     M(T, "Rp 165 triliun", N, "target", 165e12, cls="rp"),

     M(B, "Jumat (1/7/2016)", D, "start", "2016-07-01"),
     M(B, "tiga hari", N, "gap", 3, cls="dur"),
     M(B, "Selasa (28/6/2016)", D, "passed", "2016-06-28"),
     M(B, "31 Maret 2017", D, "end", "2017-03-31"),
     M(B, "2 persen", N, "rep1", 2, cls="pct"),
     M(B, "30 September 2016", D, "p1_end", "2016-09-30"),
     M(B, "3 persen", N, "rep2", 3, cls="pct"),
     M(B, "5 persen", N, "rep3", 5, cls="pct"),
     M(B, "tiga bulan", N, "period_len", 3, cls="dur"),
     M(B, "4 persen", N, "dec1", 4, cls="pct"),
     M(B, "6 persen", N, "dec2", 6, cls="pct"),
     M(B, "10 persen", N, "dec3", 10, cls="pct"),
     M(B, "tiga tahun", N, "lock", 3, cls="dur"),
     M(B, "Rp 4,8 miliar", N, "turnover", 4.8e9, cls="rp"),
     M(B, "0,5 persen", N, "sme_low", 0.5, cls="pct"),
     M(B, "Rp 10 miliar", N, "sme_assets", 10e9, cls="rp"),
     M(B, "2 persen", N, "sme_high", 2, cls="pct", occ=2),
     M(B, "Rp 165 triliun", N, "target", 165e12, cls="rp"),
    ]
    build("tax-amnesty-law-2016", "Indonesia's tax amnesty law, passed by parliament on Tuesday 28 June 2016 (control): "
          "the amnesty from 1 July 2016 to 31 March 2017 in three periods of three months, the first ending 30 "
          "September 2016; fees of 2, 3 and 5 percent for repatriated or domestic assets and 4, 6 and 10 percent for "
          "offshore assets declared only; repatriated money to stay at least three years; small businesses with a "
          "turnover of up to Rp 4.8 billion a year paying 0.5 percent on assets up to Rp 10 billion and 2 percent "
          "above; a revenue target of Rp 165 trillion for 2016. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    flood()
    corby()
    amnesty()
