"""The three-hundred-and-seventeenth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset317/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def covid():
    K, R, T, A = "kompas-may24", "reuters-may25", "detik-jun04", "ap-jun19"
    # as-of times of the running tallies: the health ministry's deaths on Saturday 23 May 2020 (28,678) and Sunday 24
    # May (28,752), cut on Monday 25 May to 26,834 by the new count (a revision), 27,128 on Wednesday 3 June, the
    # figure frozen at 27,136 from 7 June, 28,313 on Friday 19 June; the confirmed cases 235,772 on Sunday, lowered to
    # 235,400 on Monday (a revision), more than 240,000 on 3 June, more than 245,000 on 19 June; the antibody study's
    # first round (13 May, about 5%) and second round (early June, 5.2%). The deaths: the ministry's counts against
    # the Carlos III institute's MoMo estimate of about 43,000 excess deaths since mid-March (sources; one estimate
    # repeated, no as-of time).
    MAY23, MAY24, MAY25, JUN03, JUN07, JUN19 = ("2020-05-23", "2020-05-24", "2020-05-25", "2020-06-03",
                                                "2020-06-07", "2020-06-19")
    SERO1, SERO2 = "2020-05-13", "2020-06-03"
    MIN, MOMO = "the health ministry", "the Carlos III institute's MoMo system"
    names = {
     "dead": "people killed by the coronavirus", "cases": "confirmed cases", "recovered": "patients recovered",
     "regions": "autonomous regions", "sero": "share of the population with antibodies (%)",
     "infected_est": "people estimated to have been infected", "ext5_yes": "votes for the fifth extension",
     "ext5_no": "votes against the fifth extension", "ext5_abst": "abstentions on the fifth extension",
     "ext6_yes": "votes for the sixth extension", "ext6_no": "votes against the sixth extension",
     "ext6_abst": "abstentions on the sixth extension", "peak": "deaths a day at the peak",
     "drop": "deaths taken off the toll by the new count", "added": "deaths added on 19 June",
     "sero_high": "antibody rate in Madrid and Soria (%)", "sero_low": "antibody rate in some coastal provinces (%)",
     # dates
     "asof_may24": "day of the count of 28,752", "asof_may23": "day of the count of 28,678",
     "sero1_day": "day the antibody study's first round was announced", "ext5": "day of the fifth extension vote",
     "alarm": "day the state of emergency was declared", "ext5_end": "day the fifth extension ran to",
     "revised": "day the toll was cut to 26,834", "phase1": "day Madrid and Barcelona began easing",
     "asof_jun03": "day of the count of 27,128", "alarm_end": "day the state of emergency ends",
     "asof_jun19": "day the toll was raised to 28,313", "freeze": "day the toll stopped moving",
     "ext6": "day of the sixth extension vote", "borders": "day the borders reopen",
    }
    ms = [
     M(K, "28.752", N, "dead", 28752, MAY24, src=MIN),
     M(K, "Minggu (24/5/2020)", D, "asof_may24", "2020-05-24"),
     M(K, "28.678 kematian", N, "dead", 28678, MAY23, src=MIN),
     M(K, "Sabtu (23/5/2020)", D, "asof_may23", "2020-05-23"),
     M(K, "235.772 kasus", N, "cases", 235772, MAY24),
     M(K, "lebih dari 150.000 pasien", N, "recovered", 150000, MAY24, qual="morethan"),
     M(K, "17 wilayah otonom", N, "regions", 17),
     M(K, "sekitar 43.000 kematian", N, "dead", 43000, qual="approx", src=MOMO),
     M(K, "Rabu (13/5/2020)", D, "sero1_day", "2020-05-13"),
     M(K, "sekitar 5 persen", N, "sero", 5, SERO1, qual="approx", cls="pct"),
     M(K, "kira-kira 2,3 juta orang", N, "infected_est", 2300000, qual="approx"),
     M(K, "Rabu (20/5/2020)", D, "ext5", "2020-05-20"),
     M(K, "177 suara setuju", N, "ext5_yes", 177, cls="votes"),
     M(K, "162 suara menolak", N, "ext5_no", 162, cls="votes"),
     M(K, "11 abstain", N, "ext5_abst", 11, cls="votes"),
     M(K, "Sabtu (14/3/2020)", D, "alarm", "2020-03-14"),
     M(K, "7 Juni", D, "ext5_end", "2020-06-07"),
     M(K, "lebih dari 900 kematian", N, "peak", 900, qual="morethan"),

     M(R, "26,834", N, "dead", 26834, MAY25, src=MIN),
     M(R, "Monday", D, "revised", "2020-05-25"),
     M(R, "28,752", N, "dead", 28752, MAY24, src=MIN),
     M(R, "235,400", N, "cases", 235400, MAY25),
     M(R, "235,772", N, "cases", 235772, MAY24),
     M(R, "1,918", N, "drop", 1918),
     M(R, "about 43,000 excess deaths", N, "dead", 43000, qual="approx", src=MOMO),
     M(R, "about 5%", N, "sero", 5, SERO1, qual="approx", cls="pct"),
     M(R, "some 2.3 million people", N, "infected_est", 2300000, qual="approx"),
     M(R, "Wednesday", D, "ext5", "2020-05-20"),
     M(R, "June 7", D, "ext5_end", "2020-06-07"),
     M(R, "177 votes", N, "ext5_yes", 177, cls="votes"),
     M(R, "162 against", N, "ext5_no", 162, cls="votes"),
     M(R, "11 abstentions", N, "ext5_abst", 11, cls="votes"),
     M(R, "March 14", D, "alarm", "2020-03-14"),
     M(R, "Monday", D, "phase1", "2020-05-25", occ=2),
     M(R, "more than 900", N, "peak", 900, qual="morethan"),

     M(T, "27.128 kematian", N, "dead", 27128, JUN03, src=MIN),
     M(T, "Rabu (3/6/2020)", D, "asof_jun03", "2020-06-03"),
     M(T, "26.384", N, "dead", 26384, MAY25, src=MIN, planted=True),
     M(T, "Senin (25/5/2020)", D, "revised", "2020-05-25"),
     M(T, "28.752", N, "dead", 28752, MAY24, src=MIN),
     M(T, "177 suara setuju", N, "ext6_yes", 177, cls="votes"),
     M(T, "155 menolak", N, "ext6_no", 155, cls="votes"),
     M(T, "18 abstain", N, "ext6_abst", 18, cls="votes"),
     M(T, "14 Maret 2020", D, "alarm", "2020-03-14"),
     M(T, "Minggu (21/6/2020)", D, "alarm_end", "2020-06-21"),
     M(T, "5,2 persen", N, "sero", 5.2, SERO2, cls="pct"),
     M(T, "sekitar 5 persen", N, "sero", 5, SERO1, qual="approx", cls="pct"),
     M(T, "di atas 10 persen", N, "sero_high", 10, qual="morethan", cls="pct"),
     M(T, "di bawah 2 persen", N, "sero_low", 2, cls="pct"),
     M(T, "lebih dari 240.000 kasus", N, "cases", 240000, JUN03, qual="morethan"),

     M(A, "28,313", N, "dead", 28313, JUN19, src=MIN),
     M(A, "Friday", D, "asof_jun19", "2020-06-19"),
     M(A, "more than 1,100 deaths", N, "added", 1100, qual="morethan"),
     M(A, "27,136", N, "dead", 27136, JUN07, src=MIN),
     M(A, "June 7", D, "freeze", "2020-06-07"),
     M(A, "26,834", N, "dead", 26834, MAY25, src=MIN),
     M(A, "May 26", D, "revised", "2020-05-26", planted=True),
     M(A, "28,752", N, "dead", 28752, MAY24, src=MIN),
     M(A, "March 14", D, "alarm", "2020-03-14"),
     M(A, "Sunday", D, "alarm_end", "2020-06-21"),
     M(A, "June 3", D, "ext6", "2020-06-03"),
     M(A, "Sunday", D, "borders", "2020-06-21", occ=2),
     M(A, "about 43,000", N, "dead", 43000, qual="approx", src=MOMO),
     M(A, "5.2%", N, "sero", 5.2, SERO2, cls="pct"),
     M(A, "more than 245,000 infections", N, "cases", 245000, JUN19, qual="morethan"),
     M(A, "more than 900 deaths", N, "peak", 900, qual="morethan"),
    ]
    build("spain-covid-toll-2020", "Spain's coronavirus death toll in the spring of 2020: the health ministry's count "
          "rising (28,678 on Saturday 23 May, 28,752 on Sunday 24 May), cut to 26,834 on Monday 25 May by a new way "
          "of counting (confirmed cases lowered from 235,772 to 235,400), 27,128 on Wednesday 3 June, frozen at 27,136 "
          "from 7 June, raised to 28,313 on Friday 19 June; the Carlos III institute's MoMo estimate of about 43,000 "
          "excess deaths; the antibody study's about 5% then 5.2%; Congress's fifth extension of the state of "
          "emergency (Wednesday 20 May, 177-162-11) and sixth (Wednesday 3 June, 177-155-18); the emergency declared "
          "on 14 March and ending on Sunday 21 June 2020", False, ms, names)


def investiture():
    T, R, K, A = "tempo-jan03", "reuters-jan06", "kompas-jan08", "ap-jan28"
    # votes, seats and dates do not change with the day of the report: the first investiture vote (Sunday 5 January
    # 2020, 166-165, 18 abstentions, an absolute majority of 176 needed) and the second (Tuesday 7 January, 167-165,
    # 18 abstentions) are two stages on two days; ERC's council's decision (Thursday 2 January), the electoral board's
    # ruling on Quim Torra (Friday 3 January), the debate's opening (Saturday 4 January), the swearing-in (Wednesday 8
    # January), the cabinet (Monday 13 January), the election of 10 November 2019 and that of 28 April 2019 are
    # other events.
    names = {
     "erc_seats": "ERC's lawmakers", "majority": "absolute majority needed", "congress": "seats in Congress",
     "psoe": "the Socialists' seats", "up": "Podemos's seats", "pp": "the People's Party's seats",
     "vox": "Vox's seats", "elections": "national elections in four years", "vote1_yes": "votes for Sanchez on 5 January",
     "vote1_no": "votes against Sanchez on 5 January", "vote1_abst": "abstentions on 5 January",
     "vote2_yes": "votes for Sanchez on 7 January", "vote2_no": "votes against Sanchez on 7 January",
     "vote2_abst": "abstentions on 7 January", "bildu": "EH Bildu's lawmakers", "ministers": "members of the cabinet",
     "deputies": "deputy prime ministers", "ministries": "Podemos's ministries", "short": "seats short of a majority",
     # dates
     "erc_decision": "day ERC's council backed abstaining", "debate": "day the debate began",
     "vote1": "day of the first vote", "vote2": "day of the second vote", "election": "day of the November election",
     "program": "day the coalition programme was agreed", "jec": "day of the electoral board's ruling on Torra",
     "election_apr": "the April 2019 election", "franco": "year of Franco's death", "sworn": "day Sanchez was sworn in",
     "cabinet": "day the cabinet took office",
    }
    S = "seats"
    ms = [
     M(T, "Kamis (2/1/2020)", D, "erc_decision", "2020-01-02"),
     M(T, "13 anggota parlemen", N, "erc_seats", 13, cls=S),
     M(T, "Sabtu (4/1/2020)", D, "debate", "2020-01-04"),
     M(T, "Minggu (5/1/2020)", D, "vote1", "2020-01-05"),
     M(T, "176", N, "majority", 176, cls=S),
     M(T, "350 kursi", N, "congress", 350, cls=S),
     M(T, "Selasa (7/1/2020)", D, "vote2", "2020-01-07"),
     M(T, "120 kursi", N, "psoe", 120, cls=S),
     M(T, "10 November 2019", D, "election", "2019-11-10"),
     M(T, "35 kursi", N, "up", 35, cls=S),
     M(T, "Senin (30/12/2019)", D, "program", "2019-12-30"),
     M(T, "Jumat (3/1/2020)", D, "jec", "2020-01-03"),
     M(T, "89 kursi", N, "pp", 89, cls=S),
     M(T, "52 kursi", N, "vox", 52, cls=S),
     M(T, "empat pemilu", N, "elections", 4),
     M(T, "April 2019", D, "election_apr", "2019-04"),

     M(R, "Sunday", D, "vote1", "2020-01-05"),
     M(R, "166 votes", N, "vote1_yes", 166, cls=S),
     M(R, "165", N, "vote1_no", 165, cls=S),
     M(R, "176", N, "majority", 176, cls=S),
     M(R, "Tuesday", D, "vote2", "2020-01-07"),
     M(R, "Eighteen lawmakers", N, "vote1_abst", 18, cls=S),
     M(R, "13", N, "erc_seats", 13, cls=S),
     M(R, "five", N, "bildu", 5, cls=S),
     M(R, "Nov. 10", D, "election", "2019-11-10"),
     M(R, "120", N, "psoe", 120, cls=S),
     M(R, "350 seats", N, "congress", 350, cls=S),
     M(R, "35", N, "up", 35, cls=S),
     M(R, "1975", D, "franco", "1975"),
     M(R, "89 seats", N, "pp", 89, cls=S),
     M(R, "52", N, "vox", 52, cls=S),
     M(R, "Thursday", D, "erc_decision", "2020-01-02"),
     M(R, "Friday", D, "jec", "2020-01-03"),
     M(R, "four national elections", N, "elections", 4),
     M(R, "April", D, "election_apr", "2019-04"),

     M(K, "Selasa (7/1/2020)", D, "vote2", "2020-01-07"),
     M(K, "167 suara setuju", N, "vote2_yes", 167, cls=S),
     M(K, "165 menolak", N, "vote2_no", 165, cls=S),
     M(K, "18 abstain", N, "vote2_abst", 18, cls=S),
     M(K, "Minggu (5/1/2020)", D, "vote1", "2020-01-05"),
     M(K, "166 suara", N, "vote1_yes", 166, cls=S),
     M(K, "156 anggota", N, "vote1_no", 156, cls=S, planted=True),
     M(K, "176 suara", N, "majority", 176, cls=S),
     M(K, "13 anggota ERC", N, "erc_seats", 13, cls=S),
     M(K, "lima anggota EH Bildu", N, "bildu", 5, cls=S),
     M(K, "Rabu (8/1/2020)", D, "sworn", "2020-01-08"),
     M(K, "120 kursi", N, "psoe", 120, cls=S),
     M(K, "35 kursi", N, "up", 35, cls=S),
     M(K, "350 kursi", N, "congress", 350, cls=S),

     M(A, "Jan. 7", D, "vote2", "2020-01-07"),
     M(A, "167 votes", N, "vote2_yes", 167, cls=S),
     M(A, "165", N, "vote2_no", 165, cls=S),
     M(A, "18 abstentions", N, "vote2_abst", 18, cls=S),
     M(A, "Jan. 4", D, "vote1", "2020-01-04", planted=True),
     M(A, "166 votes", N, "vote1_yes", 166, cls=S),
     M(A, "165", N, "vote1_no", 165, cls=S, occ=2),
     M(A, "Jan. 8", D, "sworn", "2020-01-08"),
     M(A, "22-member", N, "ministers", 22),
     M(A, "Jan. 13", D, "cabinet", "2020-01-13"),
     M(A, "four deputy prime ministers", N, "deputies", 4),
     M(A, "five ministries", N, "ministries", 5),
     M(A, "120 seats", N, "psoe", 120, cls=S),
     M(A, "35", N, "up", 35, cls=S),
     M(A, "21 seats", N, "short", 21, cls=S),
     M(A, "350-seat", N, "congress", 350, cls=S),
     M(A, "13 lawmakers", N, "erc_seats", 13, cls=S),
     M(A, "52", N, "vox", 52, cls=S),
     M(A, "Nov. 10", D, "election", "2019-11-10"),
     M(A, "89 seats", N, "pp", 89, cls=S),
     M(A, "April 28, 2019", D, "election_apr", "2019-04-28"),
    ]
    build("sanchez-investiture-2020", "Pedro Sanchez's investiture in two votes of Spain's Congress: ERC's council "
          "backs abstaining on Thursday 2 January 2020, the electoral board strips Quim Torra of his seat on Friday 3 "
          "January, the debate opens on Saturday 4 January; the first vote on Sunday 5 January fails (166-165, 18 "
          "abstentions, 176 needed), the second on Tuesday 7 January succeeds (167-165, 18 abstentions); sworn in on "
          "Wednesday 8 January, the 22-member cabinet on Monday 13 January; the seats of the election of 10 November "
          "2019 (Socialists 120, People's Party 89, Vox 52, Podemos 35, ERC 13 of 350)", False, ms, names)


def bank_rescue():
    R, K, B, A = "reuters-jun09", "kompas-jun10", "bisnis-jun11", "ap-jun12"
    names = {
     "loan": "the loan to Spain's banks", "imf": "the IMF's estimate of the banks' capital needs",
     "bankia": "Bankia's request", "hours": "length of the conference call (hours)", "unemp": "unemployment rate (%)",
     # dates
     "agreed": "day of the agreement", "imf_day": "day of the IMF's estimate", "audits": "deadline of the audits",
     "bankia_day": "day of Bankia's request", "recession": "year the first recession began",
     "rajoy_trip": "day the prime minister flew to Poland", "doubts": "day the doubts grew",
    }
    E = "eur"
    ms = [
     M(R, "Saturday", D, "agreed", "2012-06-09"),
     M(R, "100 billion euros", N, "loan", 100, cls=E),
     M(R, "Friday", D, "imf_day", "2012-06-08"),
     M(R, "at least 40 billion euros", N, "imf", 40, qual="atleast", cls=E),
     M(R, "June 21", D, "audits", "2012-06-21"),
     M(R, "May 25", D, "bankia_day", "2012-05-25"),
     M(R, "19 billion euros", N, "bankia", 19, cls=E),
     M(R, "about two and a half hours", N, "hours", 2.5, qual="approx", cls="dur"),
     M(R, "2009", D, "recession", "2009"),
     M(R, "24.4%", N, "unemp", 24.4, cls="pct"),

     M(K, "Sabtu (9/6/2012)", D, "agreed", "2012-06-09"),
     M(K, "100 miliar euro", N, "loan", 100, cls=E),
     M(K, "Jumat (8/6/2012)", D, "imf_day", "2012-06-08"),
     M(K, "sedikitnya 40 miliar euro", N, "imf", 40, qual="atleast", cls=E),
     M(K, "21 Juni", D, "audits", "2012-06-21"),
     M(K, "25 Mei", D, "bankia_day", "2012-05-25"),
     M(K, "19 miliar euro", N, "bankia", 19, cls=E),
     M(K, "sekitar dua setengah jam", N, "hours", 2.5, qual="approx", cls="dur"),
     M(K, "24,4 persen", N, "unemp", 24.4, cls="pct"),
     M(K, "2009", D, "recession", "2009"),

     M(B, "100 miliar euro", N, "loan", 100, cls=E),
     M(B, "Sabtu (9/6/2012)", D, "agreed", "2012-06-09"),
     M(B, "Jumat (8/6/2012)", D, "imf_day", "2012-06-08"),
     M(B, "sedikitnya 40 miliar euro", N, "imf", 40, qual="atleast", cls=E),
     M(B, "21 Juni", D, "audits", "2012-06-21"),
     M(B, "19 miliar euro", N, "bankia", 19, cls=E),
     M(B, "25 Mei", D, "bankia_day", "2012-05-25"),
     M(B, "24,4 persen", N, "unemp", 24.4, cls="pct"),
     M(B, "2009", D, "recession", "2009"),
     M(B, "Minggu", D, "rajoy_trip", "2012-06-10"),

     M(A, "Tuesday", D, "doubts", "2012-06-12"),
     M(A, "100 billion euros", N, "loan", 100, cls=E),
     M(A, "Saturday, June 9", D, "agreed", "2012-06-09"),
     M(A, "about two and a half hours", N, "hours", 2.5, qual="approx", cls="dur"),
     M(A, "Friday", D, "imf_day", "2012-06-08"),
     M(A, "at least 40 billion euros", N, "imf", 40, qual="atleast", cls=E),
     M(A, "June 21", D, "audits", "2012-06-21"),
     M(A, "May 25", D, "bankia_day", "2012-05-25"),
     M(A, "19 billion euros", N, "bankia", 19, cls=E),
     M(A, "24.4%", N, "unemp", 24.4, cls="pct"),
     M(A, "2009", D, "recession", "2009"),
    ]
    build("spain-bank-rescue-2012", "The euro zone finance ministers' loan of up to 100 billion euros to recapitalise "
          "Spain's banks (control), agreed in a conference call of about two and a half hours on Saturday 9 June 2012: "
          "the IMF's estimate of at least 40 billion euros (Friday 8 June), two audits due by 21 June, Bankia's request "
          "of 19 billion euros (25 May), the money through the FROB fund, unemployment of 24.4%, a second recession "
          "since 2009, the fourth euro zone country after Greece, Ireland and Portugal. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    covid()
    investiture()
    bank_rescue()
