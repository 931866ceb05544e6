"""The three-hundred-and-seventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset307/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def honduras():
    R, K, T, A = "reuters-jun29", "kompas-jul06", "detik-dec05", "ap-jan28"
    # votes, seats and dates do not change with the day of the report: the coup and Congress's vote to remove the
    # president (Sunday 28 June 2009), the OAS suspension (Saturday 4 July, 33 votes), the blocked landing (Sunday 5
    # July), the election (Sunday 29 November), Congress's vote against reinstatement (Wednesday 2 December, 111-14),
    # the inauguration and the ousted president's departure (Wednesday 27 January 2010) are different events.
    # Turnout: the electoral tribunal's 61.3% on election night (as of 29 November) lowered to about 49% on Friday 4
    # December (a revision); the resistance front's 35 to 40 percent is another source's estimate (sources).
    NIGHT, FRI = "2009-11-29", "2009-12-04"
    TSE, FRONT = "the electoral tribunal", "the resistance front"
    names = {
     "cong_seats": "seats in Congress", "oas_votes": "OAS members voting to suspend Honduras",
     "victim_age": "age of the young man killed at the airport", "charges": "charges against the ousted president",
     "cong_no": "lawmakers voting against reinstatement", "cong_yes": "lawmakers voting for reinstatement",
     "absent": "lawmakers absent from the vote", "turnout": "turnout (%)", "voters": "registered voters (million)",
     "np_seats": "seats of the National Party", "curfew_nights": "nights of the first curfew",
     # dates
     "coup": "day of the coup", "election": "day of the election", "elected": "year the ousted president was elected",
     "term_end": "end of the ousted president's term", "oas": "day of the OAS suspension",
     "cuba": "year Cuba was suspended", "landing": "day the ousted president's plane was turned away",
     "cong_vote": "day Congress voted against reinstatement", "revised": "day the turnout was revised",
     "inaug": "day the new president was sworn in", "return": "day the ousted president slipped back",
    }
    ms = [
     M(R, "Sunday", D, "coup", "2009-06-28"),
     M(R, "128 members", N, "cong_seats", 128),
     M(R, "Nov. 29", D, "election", "2009-11-29"),
     M(R, "2005", D, "elected", "2005"),
     M(R, "January 2010", D, "term_end", "2010-01"),
     M(R, "two nights", N, "curfew_nights", 2),

     M(K, "Sabtu (4/7/2009)", D, "oas", "2009-07-04"),
     M(K, "33 negara anggota", N, "oas_votes", 33),
     M(K, "tahun 1962", D, "cuba", "1962"),
     M(K, "Minggu (5/7/2009)", D, "landing", "2009-07-05"),
     M(K, "19 tahun", N, "victim_age", 19),
     M(K, "Minggu (28/6/2009)", D, "coup", "2009-06-28"),
     M(K, "18 dakwaan", N, "charges", 18),
     M(K, "29 November 2009", D, "election", "2009-11-29"),
     M(K, "Januari 2010", D, "term_end", "2010-01"),

     M(T, "Rabu (2/12/2009)", D, "cong_vote", "2009-12-02"),
     M(T, "Sebanyak 111 anggota", N, "cong_no", 111),
     M(T, "14 anggota", N, "cong_yes", 14),
     M(T, "tiga", N, "absent", 3),
     M(T, "128 anggota", N, "cong_seats", 128),
     M(T, "Minggu (29/11/2009)", D, "election", "2009-11-29"),
     M(T, "61,3 persen", N, "turnout", 61.3, NIGHT, src=TSE, cls="pct"),
     M(T, "Jumat (4/12/2009)", D, "revised", "2009-12-04"),
     M(T, "sekitar 49 persen", N, "turnout", 49, FRI, qual="approx", src=TSE, cls="pct"),
     M(T, "35 hingga 40 persen", N, "turnout", 35, NIGHT, src=FRONT, cls="pct"),
     M(T, "4,6 juta", N, "voters", 4.6),
     M(T, "27 Januari 2010", D, "term_end", "2010-01-27"),

     M(A, "Wednesday", D, "inaug", "2010-01-27"),
     M(A, "Sept. 21", D, "return", "2009-09-21"),
     M(A, "Nov. 29", D, "election", "2009-11-29"),
     M(A, "71", N, "np_seats", 71),
     M(A, "128 seats", N, "cong_seats", 128),
     M(A, "61.3 percent", N, "turnout", 61.3, NIGHT, src=TSE, cls="pct"),
     M(A, "about 49 percent", N, "turnout", 49, FRI, qual="approx", src=TSE, cls="pct"),
     M(A, "111-14", N, "cong_no", 111, also={"cong_yes": 14}),
     M(A, "Dec. 3", D, "cong_vote", "2009-12-03", planted=True),
     M(A, "July 4", D, "oas", "2009-07-04"),
     M(A, "June 28", D, "coup", "2009-06-28"),
    ]
    build("honduras-coup-2009", "The Honduran crisis of 2009 in stages: the army ousts President Manuel Zelaya and "
          "Congress (128 members) names Roberto Micheletti on Sunday 28 June 2009; the OAS suspends Honduras on Saturday "
          "4 July (33 votes); Zelaya's plane is turned away on Sunday 5 July; the election of Sunday 29 November (the "
          "electoral tribunal's turnout of 61.3% on election night lowered to about 49% on Friday 4 December; the "
          "resistance front's 35 to 40 percent); Congress votes 111-14 against reinstatement on Wednesday 2 December; "
          "Porfirio Lobo sworn in on Wednesday 27 January 2010", False, ms, names)


def nicaragua():
    R, K, T, A = "reuters-apr23", "kompas-may22", "tempo-jun23", "ap-jul25"
    # as-of times of the tallies: the government's 10 dead on Saturday 21 April 2018, CENIDH's at least 25 by Sunday 22
    # April, the Inter-American Commission's (CIDH's) at least 76 dead and 868 injured at its preliminary report of
    # Monday 21 May, its at least 212 dead and 1,337 injured as of 19 June (reported on Friday 22 June), the
    # government's 195 on Monday 23 July (the president's interview), ANPDH's at least 448 on Tuesday 24 July. Each
    # source's count is its own tally (update within a source); counts of different sources are sources, also
    # across days. The dead and the injured do not fall.
    APR21, APR22, MAY21, JUN19, JUL23, JUL24 = ("2018-04-21", "2018-04-22", "2018-05-21", "2018-06-19",
                                                "2018-07-23", "2018-07-24")
    GOV, CENIDH, CIDH, ANPDH = "the government", "CENIDH", "the Inter-American Commission", "ANPDH"
    names = {
     "emp_new": "employers' contribution under the reform (%)", "emp_old": "employers' contribution before (%)",
     "wrk_new": "workers' contribution under the reform (%)", "wrk_old": "workers' contribution before (%)",
     "pension_cut": "cut to pensions (%)", "dead": "people killed in the unrest", "injured": "people injured",
     "detained": "people detained", "cities": "cities the commission visited", "police_dead": "police officers killed",
     # dates
     "start": "day the protests began", "revoked": "day the reform was withdrawn",
     "count_apr21": "day the government acknowledged 10 dead", "count_apr22": "as-of day of CENIDH's count", "gahona": "day the journalist was killed",
     "march": "day of the business leaders' march", "prelim": "day of the commission's preliminary report",
     "dialogue": "day the national dialogue began",
     "report": "day the commission reported to the OAS", "asof_jun19": "as-of day of the commission's count",
     "asof_jun6": "as-of day of the detention count", "mothers": "day of the Mother's Day march",
     "interview": "day the president's interview was broadcast", "anpdh_day": "day of ANPDH's count",
     "next_election": "year of the next election", "in_office": "year the president took office",
     "third_term": "year of the president's third straight win",
    }
    ms = [
     M(R, "Sunday", D, "revoked", "2018-04-22"),
     M(R, "22.5 percent", N, "emp_new", 22.5, cls="pct"),
     M(R, "19 percent", N, "emp_old", 19, cls="pct"),
     M(R, "7 percent", N, "wrk_new", 7, cls="pct"),
     M(R, "6.25 percent", N, "wrk_old", 6.25, cls="pct"),
     M(R, "5 percent", N, "pension_cut", 5, cls="pct"),
     M(R, "Wednesday", D, "start", "2018-04-18"),
     M(R, "at least 25 people", N, "dead", 25, APR22, qual="atleast", src=CENIDH),
     M(R, "by Sunday", D, "count_apr22", "2018-04-22"),
     M(R, "On Saturday", D, "count_apr21", "2018-04-21"),
     M(R, "10 deaths", N, "dead", 10, APR21, src=GOV),
     M(R, "on Saturday", D, "gahona", "2018-04-21"),
     M(R, "Monday", D, "march", "2018-04-23"),

     M(K, "sedikitnya 76 orang", N, "dead", 76, MAY21, qual="atleast", src=CIDH),
     M(K, "868 orang", N, "injured", 868, MAY21, src=CIDH),
     M(K, "Senin (21/5/2018)", D, "prelim", "2018-05-21"),
     M(K, "empat kota", N, "cities", 4),
     M(K, "Rabu (18/4/2018)", D, "start", "2018-04-18"),
     M(K, "Sabtu (21/4/2018)", D, "revoked", "2018-04-21", planted=True),
     M(K, "Rabu (16/5/2018)", D, "dialogue", "2018-05-16"),

     M(T, "sedikitnya 212 orang", N, "dead", 212, JUN19, qual="atleast", src=CIDH),
     M(T, "Jumat (22/6/2018)", D, "report", "2018-06-22"),
     M(T, "1.373 orang", N, "injured", 1373, JUN19, src=CIDH, planted=True),
     M(T, "19 Juni 2018", D, "asof_jun19", "2018-06-19"),
     M(T, "Sebanyak 507 orang", N, "detained", 507),
     M(T, "6 Juni 2018", D, "asof_jun6", "2018-06-06"),
     M(T, "Senin (21/5/2018)", D, "prelim", "2018-05-21"),
     M(T, "76 orang", N, "dead", 76, MAY21, src=CIDH),
     M(T, "Rabu (30/5/2018)", D, "mothers", "2018-05-30"),
     M(T, "18 April 2018", D, "start", "2018-04-18"),

     M(A, "Monday", D, "interview", "2018-07-23"),
     M(A, "195 people", N, "dead", 195, JUL23, src=GOV),
     M(A, "Tuesday", D, "anpdh_day", "2018-07-24"),
     M(A, "at least 448 people", N, "dead", 448, JUL24, qual="atleast", src=ANPDH),
     M(A, "212 dead", N, "dead", 212, JUN19, src=CIDH),
     M(A, "1,337 injured", N, "injured", 1337, JUN19, src=CIDH),
     M(A, "June 19", D, "asof_jun19", "2018-06-19"),
     M(A, "2021", D, "next_election", "2021"),
     M(A, "April 18", D, "start", "2018-04-18"),
     M(A, "April 22", D, "revoked", "2018-04-22"),
     M(A, "22 police officers", N, "police_dead", 22),
     M(A, "2007", D, "in_office", "2007"),
     M(A, "2016", D, "third_term", "2016"),
    ]
    build("nicaragua-protests-2018", "The protests in Nicaragua from Wednesday 18 April 2018: the social security "
          "reform (employers 19% -> 22.5%, workers 6.25% -> 7%, a 5% cut to pensions) withdrawn on Sunday 22 April; "
          "the dead by source: the government's 10 on Saturday 21 April and 195 on Monday 23 July, CENIDH's at least 25 "
          "by 22 April, the Inter-American Commission's at least 76 (868 injured) on Monday 21 May and at least 212 "
          "(1,337 injured) as of 19 June, ANPDH's at least 448 on Tuesday 24 July", False, ms, names)


def panama_papers():
    R, K, T, A = "reuters-apr04", "kompas-apr05", "detik-apr06", "ap-apr07"
    names = {
     "docs": "documents leaked (million)", "tb": "size of the leak (terabytes)", "entities": "offshore entities",
     "jurisdictions": "jurisdictions", "countries": "countries and territories linked",
     "politicians": "politicians and officials among the owners", "leaders": "current or former national leaders",
     "blacklisted": "people and companies blacklisted by the US", "journalists": "journalists on the investigation",
     "media": "media organisations on the investigation", "banks": "banks using the firm",
     "companies": "companies the banks set up", "span": "years the data spans", "firm_years": "years the firm says it operated",
     "work_year": "time the journalists worked on the leak",
     # dates
     "published": "day of publication", "from": "first year of the data", "to": "last year of the data",
    }
    ms = [
     M(R, "11.5 million documents", N, "docs", 11.5),
     M(R, "Sunday", D, "published", "2016-04-03"),
     M(R, "2.6 terabytes", N, "tb", 2.6),
     M(R, "1977", D, "from", "1977"),
     M(R, "2015", D, "to", "2015"),
     M(R, "more than 214,000 offshore entities", N, "entities", 214000, qual="morethan"),
     M(R, "21 jurisdictions", N, "jurisdictions", 21),
     M(R, "more than 200 countries", N, "countries", 200, qual="morethan"),
     M(R, "140 politicians", N, "politicians", 140),
     M(R, "12 of them", N, "leaders", 12),
     M(R, "At least 33 people", N, "blacklisted", 33, qual="atleast"),
     M(R, "About 370 journalists", N, "journalists", 370, qual="approx"),
     M(R, "more than 100 media organizations", N, "media", 100, qual="morethan"),
     M(R, "a year", N, "work_year", 1, cls="dur"),
     M(R, "More than 500 banks", N, "banks", 500, qual="morethan"),
     M(R, "more than 15,000 offshore companies", N, "companies", 15000, qual="morethan"),
     M(R, "40 years", N, "firm_years", 40, cls="dur"),

     M(K, "11,5 juta dokumen", N, "docs", 11.5),
     M(K, "Minggu (3/4/2016)", D, "published", "2016-04-03"),
     M(K, "2,6 terabita", N, "tb", 2.6),
     M(K, "1977", D, "from", "1977"),
     M(K, "akhir 2015", D, "to", "2015"),
     M(K, "lebih dari 214.000 entitas", N, "entities", 214000, qual="morethan"),
     M(K, "21 yurisdiksi", N, "jurisdictions", 21),
     M(K, "140 politisi", N, "politicians", 140),
     M(K, "12 di antaranya", N, "leaders", 12),
     M(K, "lebih dari 200 negara", N, "countries", 200, qual="morethan"),
     M(K, "Sekitar 370 jurnalis", N, "journalists", 370, qual="approx"),
     M(K, "lebih dari 100 media", N, "media", 100, qual="morethan"),
     M(K, "sekitar satu tahun", N, "work_year", 1, qual="approx", cls="dur"),
     M(K, "lebih dari 500 bank", N, "banks", 500, qual="morethan"),
     M(K, "lebih dari 15.000 perusahaan", N, "companies", 15000, qual="morethan"),

     M(T, "Minggu (3/4/2016)", D, "published", "2016-04-03"),
     M(T, "11,5 juta berkas", N, "docs", 11.5),
     M(T, "2,6 terabita", N, "tb", 2.6),
     M(T, "hampir 40 tahun", N, "span", 40, qual="nearly", cls="dur"),
     M(T, "1977", D, "from", "1977"),
     M(T, "akhir 2015", D, "to", "2015"),
     M(T, "lebih dari 214.000 perusahaan", N, "entities", 214000, qual="morethan"),
     M(T, "21 yurisdiksi", N, "jurisdictions", 21),
     M(T, "140 politisi", N, "politicians", 140),
     M(T, "12 pemimpin negara", N, "leaders", 12),
     M(T, "sedikitnya 33 orang", N, "blacklisted", 33, qual="atleast"),
     M(T, "Lebih dari 500 bank", N, "banks", 500, qual="morethan"),
     M(T, "lebih dari 15.000 perusahaan", N, "companies", 15000, qual="morethan"),
     M(T, "sekitar 370 jurnalis", N, "journalists", 370, qual="approx"),
     M(T, "lebih dari 100 media", N, "media", 100, qual="morethan"),

     M(A, "Sunday, April 3", D, "published", "2016-04-03"),
     M(A, "11.5 million files", N, "docs", 11.5),
     M(A, "2.6 terabytes", N, "tb", 2.6),
     M(A, "nearly 40 years", N, "span", 40, qual="nearly", cls="dur"),
     M(A, "1977", D, "from", "1977"),
     M(A, "2015", D, "to", "2015"),
     M(A, "more than 214,000 offshore companies", N, "entities", 214000, qual="morethan"),
     M(A, "21 jurisdictions", N, "jurisdictions", 21),
     M(A, "140 politicians", N, "politicians", 140),
     M(A, "12 current or former heads", N, "leaders", 12),
     M(A, "at least 33 people", N, "blacklisted", 33, qual="atleast"),
     M(A, "More than 500 banks", N, "banks", 500, qual="morethan"),
     M(A, "more than 15,000 shell companies", N, "companies", 15000, qual="morethan"),
     M(A, "about 370 reporters", N, "journalists", 370, qual="approx"),
     M(A, "more than 100 news organizations", N, "media", 100, qual="morethan"),
     M(A, "a year", N, "work_year", 1, cls="dur"),
    ]
    build("panama-papers-2016", "The Panama Papers (control), published on Sunday 3 April 2016: 11.5 million documents "
          "(2.6 terabytes) of the law firm Mossack Fonseca from 1977 to 2015 (nearly 40 years), more than 214,000 "
          "offshore entities in 21 jurisdictions linked to more than 200 countries and territories, 140 politicians and "
          "officials (12 current or former national leaders), at least 33 blacklisted by the US, more than 500 banks "
          "and more than 15,000 companies, about 370 journalists at more than 100 media organisations. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    honduras()
    nicaragua()
    panama_papers()
