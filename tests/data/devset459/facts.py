"""The four-hundred-and-fifty-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset459/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def crash():
    R, A, K, P = "reuters-feb11", "antara-feb12", "kompas-feb13", "ap-mar11"
    # as-of times: Tuesday 11 February 2014 in the afternoon (state radio, quoting a civil protection official: 99
    # passengers and four crew, 103 on board; more than 100 feared dead), at 21:00 (55 bodies carried down), the
    # defence ministry's count that night (74 passengers and 4 crew, 78 on board, 77 dead, one survivor), Wednesday 12
    # February at midday (76 bodies), Thursday 13 February in the morning (all 77 bodies), and the toll recalled on
    # 11 March. The people on board: the civil protection official's 103 against the ministry's 78 (sources); the
    # dead: more than 100 feared in the afternoon, 77 by the night's count (a revision, lower). The bodies carried
    # down rise (updates). The crash's time: about 11:50 local time.
    T1, T21, T2, WED, THU, MAR = ("2014-02-11a", "2014-02-11b", "2014-02-11c", "2014-02-12", "2014-02-13",
                                  "2014-03-11")
    CP, MOD = "a civil protection official on state radio", "the defence ministry"
    names = {
     "dead": "people killed in the crash", "aboard": "people on board", "passengers": "passengers on board",
     "crew": "crew on board", "survivors": "survivors", "bodies": "bodies carried down the mountain",
     "time": "time contact was lost (local)", "count_time": "time of the count of 55 bodies (local)",
     "dist": "distance of the crash site from Algiers (km)", "mourning": "days of national mourning",
     "search_days": "days the snow slowed the search",
     # dates
     "crash": "day of the crash", "count_wed": "day of the count of 76 bodies", "visit": "day of the army chief's visit",
     "bodies_done": "day the last body was carried down", "funerals": "day most victims were buried",
    }
    ms = [
     M(R, "Tuesday", D, "crash", "2014-02-11"),
     M(R, "more than 100 people", N, "dead", 100, T1, qual="morethan"),
     M(R, "99 passengers", N, "passengers", 99, T1, src=CP),
     M(R, "four crew", N, "crew", 4),
     M(R, "103", N, "aboard", 103, T1, src=CP),
     M(R, "about 11:50 a.m.", N, "time", 11.83, qual="approx", cls="clock"),
     M(R, "some 500 km", N, "dist", 500, qual="approx", cls="km"),
     M(R, "9 p.m.", N, "count_time", 21, cls="clock"),
     M(R, "55 bodies", N, "bodies", 55, T21),

     M(A, "77 orang", N, "dead", 77, T2),
     M(A, "satu orang", N, "survivors", 1),
     M(A, "Selasa (11/2/2014)", D, "crash", "2014-02-11"),
     M(A, "74 penumpang", N, "passengers", 74, T2, src=MOD),
     M(A, "4 awak", N, "crew", 4),
     M(A, "78", N, "aboard", 78, T2, src=MOD),
     M(A, "103", N, "aboard", 103, T1, src=CP),
     M(A, "sekitar pukul 11.50", N, "time", 11.83, qual="approx", cls="clock"),
     M(A, "Rabu (12/2/2014)", D, "count_wed", "2014-02-12"),
     M(A, "76 jenazah", N, "bodies", 76, WED),
     M(A, "tiga hari", N, "mourning", 3, cls="dur"),
     M(A, "Selasa", D, "visit", "2014-02-11", occ=2),

     M(K, "77 jenazah", N, "bodies", 77, THU),
     M(K, "Kamis (13/2/2014)", D, "bodies_done", "2014-02-13"),
     M(K, "sekitar 500 kilometer", N, "dist", 500, qual="approx", cls="km"),
     M(K, "dua hari", N, "search_days", 2, cls="dur"),
     M(K, "Selasa (11/2/2014)", D, "crash", "2014-02-11"),
     M(K, "pukul 13.50", N, "time", 13.83, cls="clock", planted=True),
     M(K, "78 orang", N, "aboard", 78, T2, src=MOD),
     M(K, "74 penumpang", N, "passengers", 74, T2, src=MOD),
     M(K, "empat awak", N, "crew", 4),
     M(K, "satu orang", N, "survivors", 1),
     M(K, "Rabu (12/2/2014)", D, "funerals", "2014-02-12"),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),

     M(P, "77 people", N, "dead", 77, MAR),
     M(P, "87 people", N, "aboard", 87, T2, src=MOD, planted=True),
     M(P, "Feb. 11", D, "crash", "2014-02-11"),
     M(P, "103", N, "aboard", 103, T1, src=CP),
     M(P, "more than 100 dead", N, "dead", 100, T1, qual="morethan"),
     M(P, "around 11:50 a.m.", N, "time", 11.83, qual="approx", cls="clock"),
     M(P, "three days", N, "mourning", 3, cls="dur"),
     M(P, "Feb. 13", D, "bodies_done", "2014-02-13"),
     M(P, "some 500 km", N, "dist", 500, qual="approx", cls="km"),
    ]
    build("oum-el-bouaghi-crash-2014", "The crash of an Algerian air force C-130 Hercules into Djebel Fortas in Oum El "
          "Bouaghi province on Tuesday 11 February 2014 (contact lost at about 11:50 local time, in snow and wind, on "
          "a flight from Tamanrasset via Ouargla to Constantine): 103 on board (99 passengers and four crew) by a civil "
          "protection official on state radio in the afternoon against 78 (74 passengers and 4 crew) by the defence "
          "ministry that night (sources); more than 100 feared dead in the afternoon, revised down to 77 dead and one "
          "survivor; the bodies carried down rising from 55 at 21:00 to 76 on Wednesday 12 February and all 77 on "
          "Thursday 13 February; three days of national mourning; the toll recalled a month on", False, ms, names)


def charter():
    K, R, T, A = "kompas-jan27", "reuters-jan29", "tempo-feb07", "antara-oct10"
    # steps on different dates: the assembly elected (Sunday 23 October 2011), Chokri Belaid shot (Wednesday 6
    # February 2013), Mohamed Brahmi shot (Thursday 25 July 2013), the article-by-article vote opened (Friday 3
    # January 2014), Ali Larayedh's resignation (Thursday 9 January), the constitution adopted (Sunday 26 January:
    # 200 for, 12 against, 4 abstentions of 216 present; 217 seats, two-thirds = 145), signed (Monday 27 January),
    # the debate on the caretaker cabinet (Tuesday 28 January) and its approval early on Wednesday 29 January (149
    # for, 20 against, 24 abstentions), the raid announced on Tuesday 4 February and the anniversary rally on
    # Thursday 6 February 2014, the parliamentary election (Sunday 26 October 2014), the Nobel Peace Prize announced
    # (Friday 9 October 2015) and its ceremony (10 December 2015). Votes, seats, the threshold and the articles are
    # one unit class of tempting different facts (none).
    names = {
     "yes": "votes for the constitution", "no": "votes against the constitution",
     "abst": "abstentions on the constitution", "present": "members present at the constitution vote",
     "seats": "seats in the assembly", "needed": "votes needed for two-thirds", "articles": "articles of the constitution",
     "cab_yes": "votes for the caretaker cabinet", "cab_no": "votes against the caretaker cabinet",
     "cab_abst": "abstentions on the caretaker cabinet",
     "months_ben_ali": "months between Ben Ali's flight and the assembly's election",
     "months_killings": "months between the two killings",
     # dates
     "vote": "day the constitution was adopted", "signing": "day the constitution was signed",
     "cabinet": "day the caretaker cabinet was approved", "debate": "day of the cabinet debate",
     "art_vote": "day the article-by-article vote opened", "resign": "day Larayedh resigned",
     "elected": "day the assembly was elected", "belaid": "day Chokri Belaid was shot",
     "brahmi": "day Mohamed Brahmi was shot", "rally": "day of the anniversary rally",
     "raid": "day the raid's outcome was announced", "nobel": "day the Nobel Peace Prize was announced",
     "election": "day of the parliamentary election", "ceremony": "day of the Nobel ceremony",
     "crisis": "year of the political crisis",
    }
    V = "votes"
    ms = [
     M(K, "Minggu (26/1/2014)", D, "vote", "2014-01-26"),
     M(K, "200 anggota", N, "yes", 200, cls=V),
     M(K, "12 menolak", N, "no", 12, cls=V),
     M(K, "4 abstain", N, "abst", 4, cls=V),
     M(K, "216 anggota", N, "present", 216, cls=V),
     M(K, "217 kursi", N, "seats", 217, cls=V),
     M(K, "sedikitnya 145 suara", N, "needed", 145, qual="atleast", cls=V),
     M(K, "146 pasal", N, "articles", 146, cls=V),
     M(K, "Jumat (3/1/2014)", D, "art_vote", "2014-01-03"),
     M(K, "23 Oktober 2011", D, "elected", "2011-10-23"),
     M(K, "sembilan bulan", N, "months_ben_ali", 9, cls="months"),
     M(K, "Februari 2013", D, "belaid", "2013-02"),
     M(K, "Juli 2013", D, "brahmi", "2013-07"),
     M(K, "Senin (27/1/2014)", D, "signing", "2014-01-27"),
     M(K, "9 Januari", D, "resign", "2014-01-09"),

     M(R, "Wednesday", D, "cabinet", "2014-01-29"),
     M(R, "149 votes", N, "cab_yes", 149, cls=V),
     M(R, "20 against", N, "cab_no", 20, cls=V),
     M(R, "24 abstentions", N, "cab_abst", 24, cls=V),
     M(R, "Tuesday", D, "debate", "2014-01-28"),
     M(R, "Jan. 9", D, "resign", "2014-01-09"),
     M(R, "Sunday", D, "vote", "2014-01-26"),
     M(R, "200 votes", N, "yes", 200, cls=V),
     M(R, "16 against", N, "no", 16, cls=V, planted=True),
     M(R, "four abstentions", N, "abst", 4, cls=V),
     M(R, "145", N, "needed", 145, cls=V),
     M(R, "Monday", D, "signing", "2014-01-27"),
     M(R, "146 articles", N, "articles", 146, cls=V),
     M(R, "July 25, 2013", D, "brahmi", "2013-07-25"),
     M(R, "six months", N, "months_killings", 6, qual="nearly", cls="months"),
     M(R, "October 2011", D, "elected", "2011-10"),

     M(T, "Kamis (6/2/2014)", D, "rally", "2014-02-06"),
     M(T, "Rabu (6/2/2013)", D, "belaid", "2013-02-06"),
     M(T, "Selasa (28/1/2014)", D, "signing", "2014-01-28", planted=True),
     M(T, "200 suara", N, "yes", 200, cls=V),
     M(T, "216 anggota", N, "present", 216, cls=V),
     M(T, "Minggu (26/1/2014)", D, "vote", "2014-01-26"),
     M(T, "25 Juli 2013", D, "brahmi", "2013-07-25"),
     M(T, "Selasa (4/2/2014)", D, "raid", "2014-02-04"),
     M(T, "149 suara", N, "cab_yes", 149, cls=V),
     M(T, "Rabu (29/1/2014)", D, "cabinet", "2014-01-29"),

     M(A, "Jumat (9/10/2015)", D, "nobel", "2015-10-09"),
     M(A, "2013", D, "crisis", "2013"),
     M(A, "26 Januari 2014", D, "vote", "2014-01-26"),
     M(A, "200", N, "yes", 200, cls=V),
     M(A, "217 anggota", N, "seats", 217, cls=V),
     M(A, "26 Oktober 2014", D, "election", "2014-10-26"),
     M(A, "2013", D, "crisis", "2013", occ=2),
     M(A, "6 Februari", D, "belaid", "2013-02-06"),
     M(A, "25 Juli", D, "brahmi", "2013-07-25"),
     M(A, "10 Desember", D, "ceremony", "2015-12-10"),
    ]
    build("tunisia-constitution-2014", "Tunisia's new constitution and the handover to a caretaker cabinet: the "
          "National Constituent Assembly (217 seats, elected on 23 October 2011) adopted the 146-article text on "
          "Sunday 26 January 2014 by 200 votes to 12 with 4 abstentions (216 present; two-thirds = 145), after an "
          "article-by-article vote opened on 3 January; it was signed by Moncef Marzouki, Mustapha Ben Jaafar and Ali "
          "Larayedh on Monday 27 January; Larayedh had resigned on 9 January, and Mehdi Jomaa's cabinet was approved "
          "early on Wednesday 29 January by 149 votes to 20 with 24 abstentions; the crisis followed the killings of "
          "Chokri Belaid (6 February 2013) and Mohamed Brahmi (25 July 2013); the national dialogue quartet's Nobel "
          "Peace Prize was announced on Friday 9 October 2015", False, ms, names)


def housing():
    R, K, A, W = "reuters-dec28", "kompas-dec29", "antara-jan02", "mwn-jan03"
    names = {
     "grant_low": "grant for a home up to the threshold (dirhams)", "grant_high": "grant for a dearer home (dirhams)",
     "thr": "price threshold between the two grants (dirhams)", "cap": "highest price eligible (dirhams)",
     "social": "price of the former social housing (dirhams)", "usd_low": "the larger grant in dollars",
     "usd_high": "the smaller grant in dollars", "rp_low": "the larger grant in rupiah (million)",
     "rp_high": "the smaller grant in rupiah (million)", "years": "years the scheme runs",
     # dates
     "decree": "day the decree was adopted", "start": "day the scheme took effect",
     "platform": "day applications opened", "end": "year the scheme ends",
    }
    MAD, USD, RP = "mad", "usd", "rp"
    ms = [
     M(R, "Thursday", D, "decree", "2023-12-28"),
     M(R, "Jan. 1, 2024", D, "start", "2024-01-01"),
     M(R, "2028", D, "end", "2028"),
     M(R, "300,000 dirhams", N, "thr", 300000, cls=MAD),
     M(R, "100,000 dirhams", N, "grant_low", 100000, cls=MAD),
     M(R, "about $10,000", N, "usd_low", 10000, qual="approx", cls=USD),
     M(R, "300,000", N, "thr", 300000, cls=MAD, occ=2),
     M(R, "700,000 dirhams", N, "cap", 700000, cls=MAD),
     M(R, "70,000 dirhams", N, "grant_high", 70000, cls=MAD),
     M(R, "about $7,000", N, "usd_high", 7000, qual="approx", cls=USD),
     M(R, "250,000 dirhams", N, "social", 250000, cls=MAD),
     M(R, "five years", N, "years", 5, cls="dur"),

     M(K, "Kamis (28/12/2023)", D, "decree", "2023-12-28"),
     M(K, "1 Januari 2024", D, "start", "2024-01-01"),
     M(K, "2028", D, "end", "2028"),
     M(K, "300.000 dirham", N, "thr", 300000, cls=MAD),
     M(K, "100.000 dirham", N, "grant_low", 100000, cls=MAD),
     M(K, "sekitar Rp 150 juta", N, "rp_low", 150, qual="approx", cls=RP),
     M(K, "300.000", N, "thr", 300000, cls=MAD, occ=2),
     M(K, "700.000 dirham", N, "cap", 700000, cls=MAD),
     M(K, "70.000 dirham", N, "grant_high", 70000, cls=MAD),
     M(K, "sekitar Rp 105 juta", N, "rp_high", 105, qual="approx", cls=RP),
     M(K, "lima tahun", N, "years", 5, cls="dur"),

     M(A, "Senin (1/1/2024)", D, "start", "2024-01-01"),
     M(A, "Selasa (2/1/2024)", D, "platform", "2024-01-02"),
     M(A, "100.000 dirham", N, "grant_low", 100000, cls=MAD),
     M(A, "sekitar Rp 150 juta", N, "rp_low", 150, qual="approx", cls=RP),
     M(A, "300.000 dirham", N, "thr", 300000, cls=MAD),
     M(A, "70.000 dirham", N, "grant_high", 70000, cls=MAD),
     M(A, "sekitar Rp 105 juta", N, "rp_high", 105, qual="approx", cls=RP),
     M(A, "300.000", N, "thr", 300000, cls=MAD, occ=2),
     M(A, "700.000 dirham", N, "cap", 700000, cls=MAD),
     M(A, "lima tahun", N, "years", 5, cls="dur"),
     M(A, "2028", D, "end", "2028"),
     M(A, "250.000 dirham", N, "social", 250000, cls=MAD),
     M(A, "Kamis (28/12/2023)", D, "decree", "2023-12-28"),

     M(W, "Monday, Jan. 1", D, "start", "2024-01-01"),
     M(W, "Tuesday", D, "platform", "2024-01-02"),
     M(W, "100,000 dirhams", N, "grant_low", 100000, cls=MAD),
     M(W, "300,000 dirhams", N, "thr", 300000, cls=MAD),
     M(W, "70,000 dirhams", N, "grant_high", 70000, cls=MAD),
     M(W, "300,000", N, "thr", 300000, cls=MAD, occ=2),
     M(W, "700,000 dirhams", N, "cap", 700000, cls=MAD),
     M(W, "about $10,000", N, "usd_low", 10000, qual="approx", cls=USD),
     M(W, "$7,000", N, "usd_high", 7000, qual="approx", cls=USD),
     M(W, "five years", N, "years", 5, cls="dur"),
     M(W, "2028", D, "end", "2028"),
     M(W, "250,000 dirhams", N, "social", 250000, cls=MAD),
     M(W, "Thursday, Dec. 28", D, "decree", "2023-12-28"),
    ]
    build("morocco-housing-aid-2024", "Morocco's direct cash grant for home buyers (control): the decree adopted by "
          "the government council on Thursday 28 December 2023, the scheme in force from Monday 1 January 2024 to "
          "the end of 2028 (five years), applications open from Tuesday 2 January: 100,000 dirhams (about $10,000) "
          "for a home priced up to 300,000 dirhams including VAT and 70,000 dirhams (about $7,000) for one priced "
          "from 300,000 to 700,000 dirhams, for buyers in Morocco or abroad who own no home in Morocco; it replaces "
          "the tax breaks for 250,000-dirham social housing. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    crash()
    charter()
    housing()
