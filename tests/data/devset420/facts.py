"""The four-hundred-and-twentieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset420/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def fire():
    R, K, T, H = "reuters-dec03", "kompas-dec04", "detik-dec05", "thehindu-dec27"
    # as-of times of the running tallies: Tuesday 3 December 2019 at 15:00 (at least 18 dead, by a civil defence
    # officer) and that night (the government's statement: 23 dead, 130 injured), Wednesday 4 December (the health
    # ministry's 23 against the independent doctors' committee's 25: sources), Thursday 5 December (24 by the
    # ministry, 44 injured still in hospital: a count that may fall) and Friday 27 December (23, revised down after
    # one victim was recorded twice). The Indian embassy's count of Indian dead (18) and of Indians in hospital (7) is
    # one figure throughout (no as-of time), so the planted 16 is a conflict with every 18.
    TUE15, TUEN, WED, THU, DEC27 = "2019-12-03a", "2019-12-03b", "2019-12-04", "2019-12-05", "2019-12-27"
    GOV, DOC = "the Sudanese government (health ministry, civil defence)", "the Sudan Doctors' Committee"
    names = {
     "dead": "people killed by the blast", "injured": "people injured (the government's first statement)",
     "hosp": "injured still in hospital", "ind_dead": "Indian nationals among the dead",
     "ind_hosp": "Indian nationals in hospital", "mourning": "days of national mourning",
     # dates
     "blast": "day of the explosion", "visit": "day the prime minister visited the site",
     "statement": "day of the government's first statement (23 dead)", "embassy": "day of the embassy's statement",
     "count_wed": "day of the doctors' count of 25", "count_thu": "day of the ministry's count of 24",
    }
    ms = [
     M(R, "Tuesday", D, "blast", "2019-12-03"),
     M(R, "at least 18 people", N, "dead", 18, TUE15, qual="atleast", src=GOV),
     M(R, "at least 18 bodies", N, "dead", 18, TUE15, qual="atleast", src=GOV),
     M(R, "Tuesday", D, "visit", "2019-12-03", occ=2),
     M(R, "Tuesday", D, "statement", "2019-12-03", occ=3),
     M(R, "23 people", N, "dead", 23, TUEN, src=GOV),
     M(R, "130 injured", N, "injured", 130, TUEN, src=GOV),

     M(K, "23 orang", N, "dead", 23, TUEN, src=GOV),
     M(K, "Selasa (3/12/2019)", D, "statement", "2019-12-03"),
     M(K, "130 orang", N, "injured", 130, TUEN, src=GOV),
     M(K, "Rabu (4/12/2019)", D, "embassy", "2019-12-04"),
     M(K, "18 warga negara India", N, "ind_dead", 18),
     M(K, "tujuh warga India", N, "ind_hosp", 7),
     M(K, "25 korban tewas", N, "dead", 25, WED, src=DOC),
     M(K, "Rabu", D, "count_wed", "2019-12-04", occ=2),
     M(K, "23 orang", N, "dead", 23, WED, src=GOV, occ=2),
     M(K, "Selasa", D, "blast", "2019-12-03", occ=2),
     M(K, "tiga hari", N, "mourning", 3, cls="days"),

     M(T, "24 orang", N, "dead", 24, THU, src=GOV),
     M(T, "Kamis (5/12/2019)", D, "count_thu", "2019-12-05"),
     M(T, "Selasa (3/12/2019)", D, "blast", "2019-12-03"),
     M(T, "23 orang", N, "dead", 23, TUEN, src=GOV),
     M(T, "130 orang", N, "injured", 130, TUEN, src=GOV),
     M(T, "44 korban luka", N, "hosp", 44, THU, fall=True),
     M(T, "16 warganya", N, "ind_dead", 16, planted=True),
     M(T, "tujuh lainnya", N, "ind_hosp", 7),

     M(H, "Dec. 3", D, "blast", "2019-12-03"),
     M(H, "23", N, "dead", 23, DEC27, src=GOV),
     M(H, "24", N, "dead", 24, THU, src=GOV),
     M(H, "23", N, "dead", 23, TUEN, src=GOV, occ=2),
     M(H, "103", N, "injured", 103, TUEN, src=GOV, planted=True),
     M(H, "18 of the dead", N, "ind_dead", 18),
    ]
    build("salomi-factory-fire-2019", "The explosion of a gas tanker at the Salomi ceramics factory in the industrial "
          "area of Bahri, Khartoum North, on Tuesday 3 December 2019: at least 18 dead by the afternoon, 23 dead and "
          "130 injured in the government's statement that night, 23 by the health ministry against 25 by the "
          "independent doctors' committee on Wednesday 4 December (sources), 24 on Thursday 5 December, revised down "
          "to 23 by 27 December after a double count; 18 Indian nationals among the dead and seven in hospital by the "
          "Indian embassy; three days of national mourning", False, ms, names)


def peace():
    A, R, K, T = "antara-jul09", "reuters-jul18", "kompas-sep11", "tempo-oct12"
    # steps on different dates: the war of 1998 to 2000, the Algiers agreement (December 2000), the boundary
    # commission's ruling (2002), Abiy in office (April 2018), the acceptance of the agreement (June 2018), Abiy in
    # Asmara (Sunday 8 July), the joint declaration (Monday 9 July; the information minister's remark the same day),
    # Isaias in Addis Ababa (Saturday 14 July), the embassy reopened (Monday 16 July), the first flight (Wednesday
    # 18 July), the border crossings reopened (Tuesday 11 September 2018), the Nobel Peace Prize (Friday 11 October
    # 2019) and its ceremony (10 December). Tempting figures of one unit (years): the first visit in about 20 years,
    # the first flight in 20 years, Isaias's first visit in more than two decades, the telephone lines cut for two
    # decades, the crossings closed for 20 years, the trade dead for two decades.
    names = {
     "war_dead": "people killed in the war of 1998 to 2000", "visit_gap": "years since an Ethiopian leader's visit",
     "flight_gap": "years without a flight", "isaias_gap": "years since Isaias's last visit to Ethiopia",
     "phone_gap": "years the telephone lines were cut", "trade_gap": "years cross-border trade was dead",
     "border_gap": "years the border crossings were closed", "visit_days": "days of Isaias's visit",
     "prize_sek": "the prize money (SEK)", "prize_usd": "the prize money (USD)",
     # dates
     "war_start": "year the war began", "war_end": "year the war ended", "algiers": "month of the Algiers agreement",
     "ruling": "year of the boundary commission's ruling", "office": "month Abiy took office",
     "accept": "month Ethiopia accepted the agreement", "arrival": "day Abiy arrived in Asmara",
     "decl": "day of the joint declaration", "yemane": "day of the information minister's remark",
     "isaias_arr": "day Isaias arrived in Addis Ababa", "embassy": "day Eritrea's embassy reopened",
     "flight": "day of the first flight", "border": "day the border crossings reopened",
     "nobel": "day the Nobel Peace Prize was announced", "ceremony": "day of the Nobel ceremony",
    }
    ms = [
     M(A, "Senin (9/7/2018)", D, "decl", "2018-07-09"),
     M(A, "Minggu (8/7/2018)", D, "arrival", "2018-07-08"),
     M(A, "sekitar 20 tahun", N, "visit_gap", 20, qual="approx", cls="yrs"),
     M(A, "1998", D, "war_start", "1998"),
     M(A, "2000", D, "war_end", "2000"),
     M(A, "sekitar 80.000 orang", N, "war_dead", 80000, qual="approx"),
     M(A, "Desember 2000", D, "algiers", "2000-12"),
     M(A, "2002", D, "ruling", "2002"),
     M(A, "April 2018", D, "office", "2018-04"),
     M(A, "Juni", D, "accept", "2018-06"),
     M(A, "Senin", D, "yemane", "2018-07-09", occ=2),
     M(A, "dua dekade", N, "phone_gap", 20, cls="yrs"),

     M(R, "Wednesday", D, "flight", "2018-07-18"),
     M(R, "20 years", N, "flight_gap", 20, cls="yrs"),
     M(R, "1998", D, "war_start", "1998"),
     M(R, "Saturday, July 14", D, "isaias_arr", "2018-07-14"),
     M(R, "three-day visit", N, "visit_days", 3, cls="days"),
     M(R, "more than two decades", N, "isaias_gap", 20, qual="morethan", cls="yrs"),
     M(R, "Monday, July 16", D, "embassy", "2018-07-16"),
     M(R, "July 9", D, "decl", "2018-07-09"),
     M(R, "1998", D, "war_start", "1998", occ=2),
     M(R, "2000", D, "war_end", "2000"),
     M(R, "some 80,000 people", N, "war_dead", 80000, qual="approx"),
     M(R, "April", D, "office", "2018-04"),

     M(K, "Selasa (11/9/2018)", D, "border", "2018-09-11"),
     M(K, "1998", D, "war_start", "1998"),
     M(K, "Senin (9/7/2018)", D, "decl", "2018-07-09"),
     M(K, "20 tahun", N, "flight_gap", 20, cls="yrs"),
     M(K, "Rabu (19/7/2018)", D, "flight", "2018-07-19", planted=True),
     M(K, "16 Juli", D, "embassy", "2018-07-16"),
     M(K, "dua dekade", N, "trade_gap", 20, cls="yrs"),
     M(K, "Sekitar 80.000 orang", N, "war_dead", 80000, qual="approx"),
     M(K, "1998", D, "war_start", "1998", occ=2),
     M(K, "2000", D, "war_end", "2000"),

     M(T, "Jumat (11/10/2019)", D, "nobel", "2019-10-11"),
     M(T, "April 2018", D, "office", "2018-04"),
     M(T, "1998", D, "war_start", "1998"),
     M(T, "2000", D, "war_end", "2000"),
     M(T, "sekitar 80.000 orang", N, "war_dead", 80000, qual="approx"),
     M(T, "Desember 2000", D, "algiers", "2000-12"),
     M(T, "2003", D, "ruling", "2003", planted=True),
     M(T, "9 Juli 2018", D, "decl", "2018-07-09"),
     M(T, "20 tahun", N, "border_gap", 20, cls="yrs"),
     M(T, "9 juta kronor", N, "prize_sek", 9000000, cls="sek"),
     M(T, "900.000 dolar AS", N, "prize_usd", 900000, qual="approx", cls="usd"),
     M(T, "10 Desember", D, "ceremony", "2019-12-10"),
    ]
    build("eritrea-peace-2018", "The peace between Ethiopia and Eritrea in 2018: Abiy Ahmed (in office since April "
          "2018) in Asmara on Sunday 8 July and the joint declaration ending the state of war with Isaias Afwerki on "
          "Monday 9 July, Isaias in Addis Ababa from Saturday 14 July, Eritrea's embassy reopened on Monday 16 July, "
          "the first flight in 20 years on Wednesday 18 July, the border crossings reopened on Tuesday 11 September "
          "2018; the war of 1998 to 2000 (some 80,000 dead), the Algiers agreement of December 2000 and the boundary "
          "ruling of 2002 over Badme; the Nobel Peace Prize to Abiy announced on Friday 11 October 2019", False, ms,
          names)


def somaliland():
    R, K, A, B = "reuters-nov19", "kompas-nov20", "antara-nov21", "bbc-nov22"
    names = {
     "irro": "Irro's share of the vote (%)", "bihi": "Bihi's share of the vote (%)",
     "gap": "days between the vote and the results", "delay": "years the election was delayed",
     "reg": "registered voters",
     # dates
     "vote": "day of the vote", "results": "day the results were announced", "inaug": "day of the inauguration",
     "since": "year Bihi took office", "indep": "year Somaliland declared independence",
    }
    ms = [
     M(R, "63.92%", N, "irro", 63.92, cls="pct"),
     M(R, "Tuesday", D, "results", "2024-11-19"),
     M(R, "34.81%", N, "bihi", 34.81, cls="pct"),
     M(R, "six days", N, "gap", 6, cls="days"),
     M(R, "Wednesday, Nov. 13", D, "vote", "2024-11-13"),
     M(R, "two years", N, "delay", 2, cls="yrs"),
     M(R, "Dec. 12", D, "inaug", "2024-12-12"),
     M(R, "2017", D, "since", "2017"),
     M(R, "More than one million people", N, "reg", 1000000, qual="morethan", cls="voters"),
     M(R, "1991", D, "indep", "1991"),

     M(K, "63,92 persen", N, "irro", 63.92, cls="pct"),
     M(K, "Selasa (19/11/2024)", D, "results", "2024-11-19"),
     M(K, "enam hari", N, "gap", 6, cls="days"),
     M(K, "Rabu (13/11/2024)", D, "vote", "2024-11-13"),
     M(K, "34,81 persen", N, "bihi", 34.81, cls="pct"),
     M(K, "2017", D, "since", "2017"),
     M(K, "dua tahun", N, "delay", 2, cls="yrs"),
     M(K, "Lebih dari 1 juta warga", N, "reg", 1000000, qual="morethan", cls="voters"),
     M(K, "12 Desember 2024", D, "inaug", "2024-12-12"),
     M(K, "1991", D, "indep", "1991"),

     M(A, "Selasa (19/11/2024)", D, "results", "2024-11-19"),
     M(A, "hampir 64 persen", N, "irro", 64, qual="nearly", cls="pct"),
     M(A, "sekitar 35 persen", N, "bihi", 35, qual="approx", cls="pct"),
     M(A, "Rabu (13/11/2024)", D, "vote", "2024-11-13"),
     M(A, "63,92 persen", N, "irro", 63.92, cls="pct"),
     M(A, "34,81 persen", N, "bihi", 34.81, cls="pct"),
     M(A, "dua tahun", N, "delay", 2, cls="yrs"),
     M(A, "lebih dari 1 juta pemilih", N, "reg", 1000000, qual="morethan", cls="voters"),
     M(A, "2017", D, "since", "2017"),
     M(A, "12 Desember 2024", D, "inaug", "2024-12-12"),
     M(A, "1991", D, "indep", "1991"),

     M(B, "nearly 64%", N, "irro", 64, qual="nearly", cls="pct"),
     M(B, "Nov. 13", D, "vote", "2024-11-13"),
     M(B, "Tuesday, Nov. 19", D, "results", "2024-11-19"),
     M(B, "63.92%", N, "irro", 63.92, cls="pct"),
     M(B, "34.81%", N, "bihi", 34.81, cls="pct"),
     M(B, "2017", D, "since", "2017"),
     M(B, "More than one million voters", N, "reg", 1000000, qual="morethan", cls="voters"),
     M(B, "two years", N, "delay", 2, cls="yrs"),
     M(B, "Dec. 12", D, "inaug", "2024-12-12"),
     M(B, "1991", D, "indep", "1991"),
    ]
    build("somaliland-vote-2024", "Somaliland's presidential election of Wednesday 13 November 2024, its results "
          "announced by the National Electoral Commission on Tuesday 19 November 2024 (control): Abdirahman "
          "Mohamed Abdullahi (Irro) of Waddani 63.92%, the incumbent Muse Bihi Abdi of Kulmiye (in office since 2017) "
          "34.81%; more than one million registered voters; the vote two years late; the inauguration on 12 December "
          "2024; independence declared in 1991. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    fire()
    peace()
    somaliland()
