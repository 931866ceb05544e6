"""The three-hundred-and-fifty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset357/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def cholera():
    R, K, A, P = "reuters-dec05", "kompas-dec12", "antara-dec17", "ap-jul30"
    # as-of times of the running tallies: the end of November (425 dead), Wednesday 3 December 2008 (565 dead, 12,546
    # cases), Wednesday 10 December (783 dead by the WHO's count against 746 by Zimbabwe's health ministry: sources;
    # 16,403 cases), Monday 15 December (the UN's 1,111), Tuesday 16 December (the UN's count cut to 978 because some
    # deaths were counted twice: a revision; 18,413 cases) and the WHO's closing count of July 2009 (4,288 dead, 98,592
    # cases). The WHO's warning of 60,000 cases, the provinces and the years are not tallies of a day.
    NOV30, DEC3, DEC10, DEC15, DEC16, FINAL = ("2008-11-30", "2008-12-03", "2008-12-10", "2008-12-15", "2008-12-16",
                                               "2009-07-30")
    WHO, MOH = "the WHO", "Zimbabwe's health ministry"
    names = {
     "dead": "people killed by cholera", "cases": "cholera cases recorded", "provinces": "Zimbabwe's provinces",
     "projected": "cases the WHO warned of", "worst": "years since a worse outbreak in Africa",
     # dates
     "emergency": "day the national emergency was declared", "count_dec3": "day of the count of 565",
     "count_dec10": "day of the count of 783", "outbreak": "month the outbreak began", "water_cut": "day Harare's water stopped",
     "deal": "day the power-sharing deal was signed", "no_cholera": "day Mugabe said the epidemic was over",
     "vhembe": "day South Africa declared Vhembe a disaster area", "revised_day": "day the UN cut its count",
     "bio_claim": "day the information minister blamed Britain", "final_day": "day of the WHO's closing count",
     "warning": "month of the WHO's warning", "sworn": "day Tsvangirai was sworn in as prime minister",
    }
    ms = [
     M(R, "Thursday", D, "emergency", "2008-12-04"),
     M(R, "565 people", N, "dead", 565, DEC3),
     M(R, "12,546 cases", N, "cases", 12546, DEC3),
     M(R, "Wednesday", D, "count_dec3", "2008-12-03"),
     M(R, "425 deaths", N, "dead", 425, NOV30),
     M(R, "August", D, "outbreak", "2008-08"),
     M(R, "ten provinces", N, "provinces", 10),
     M(R, "Monday", D, "water_cut", "2008-12-01"),
     M(R, "Sept. 15", D, "deal", "2008-09-15"),

     M(K, "Kamis (11/12/2008)", D, "no_cholera", "2008-12-11"),
     M(K, "Rabu (10/12/2008)", D, "count_dec10", "2008-12-10"),
     M(K, "783 orang", N, "dead", 783, DEC10, src=WHO),
     M(K, "16.403 kasus", N, "cases", 16403, DEC10),
     M(K, "Agustus", D, "outbreak", "2008-08"),
     M(K, "Rabu (3/12/2008)", D, "emergency", "2008-12-03", planted=True),
     M(K, "10 Desember", D, "vhembe", "2008-12-10"),
     M(K, "Agustus 2008", D, "outbreak", "2008-08"),

     M(A, "Selasa (16/12/2008)", D, "revised_day", "2008-12-16"),
     M(A, "978 orang", N, "dead", 978, DEC16),
     M(A, "1.111 orang", N, "dead", 1111, DEC15),
     M(A, "18.413", N, "cases", 18413, DEC16),
     M(A, "16.403 kasus", N, "cases", 16403, DEC10),
     M(A, "Rabu pekan lalu", D, "count_dec10", "2008-12-10"),
     M(A, "10 Desember", D, "count_dec10", "2008-12-10"),
     M(A, "746 kematian", N, "dead", 746, DEC10, src=MOH),
     M(A, "60.000", N, "projected", 60000),
     M(A, "Jumat (12/12/2008)", D, "bio_claim", "2008-12-12"),

     M(P, "4,288 people", N, "dead", 4288, FINAL),
     M(P, "15 years", N, "worst", 15, cls="dur"),
     M(P, "Thursday", D, "final_day", "2009-07-30"),
     M(P, "98,592 cases", N, "cases", 98592, FINAL),
     M(P, "August 2008", D, "outbreak", "2008-08"),
     M(P, "60,000", N, "projected", 60000),
     M(P, "December", D, "warning", "2008-12"),
     M(P, "Dec. 4", D, "emergency", "2008-12-04"),
     M(P, "Dec. 11", D, "no_cholera", "2008-12-11"),
     M(P, "987", N, "dead", 987, DEC16, planted=True),
     M(P, "1,111", N, "dead", 1111, DEC15),
     M(P, "Feb. 11", D, "sworn", "2009-02-11"),
    ]
    build("zimbabwe-cholera-2008", "Zimbabwe's cholera epidemic of 2008-09: the national emergency declared on Thursday "
          "4 December 2008; the UN's count of 425 dead at the end of November, 565 dead and 12,546 cases by Wednesday 3 "
          "December; the WHO's 783 dead and 16,403 cases by Wednesday 10 December against the health ministry's 746; "
          "Mugabe's claim on Thursday 11 December that the epidemic was over; South Africa's disaster declaration for "
          "Vhembe on 10 December; the information minister's charge against Britain on Friday 12 December; the UN's "
          "count of 1,111 dead on Monday 15 December cut to 978 on Tuesday 16 December (18,413 cases); the WHO's warning "
          "of 60,000 cases; the WHO's closing count of 4,288 dead and 98,592 cases in July 2009", False, ms, names)


def attacks():
    R, K, T, P = "reuters-may19", "kompas-may22", "tempo-may27", "ap-jun20"
    # as-of times: Monday 19 May 2008 (22 dead, more than 200 arrested), Wednesday 21 May (at least 42 dead, more than
    # 400 arrested, about 16,000 displaced), Monday 26 May at 17:00 (56 dead, 1,384 arrested; the Gauteng government's
    # about 25,000 displaced against the UN refugee agency's 35,000: sources), the government's closing figures of June
    # (62 dead, 21 of them South Africans, about 670 wounded, more than 1,400 arrested; the UN refugee agency's more
    # than 100,000 displaced at the height). None of these falls.
    MAY19, MAY21, MAY26, JUN20 = "2008-05-19", "2008-05-21", "2008-05-26", "2008-06-20"
    GAUTENG, UNHCR = "the Gauteng provincial government", "the UN refugee agency"
    names = {
     "dead": "people killed in the attacks", "arrests": "people arrested", "displaced": "people driven from their homes",
     "zim_in_sa": "Zimbabweans living in South Africa", "days": "days the crisis had lasted",
     "moz_back": "Mozambicans who went home", "sa_dead": "South Africans among the dead", "wounded": "people wounded",
     # dates
     "began": "day the attacks began in Alexandra", "count_mon": "day of the count of 22",
     "burning": "day the Mozambican man was set alight", "army": "day Mbeki approved sending in the army",
     "first_vote": "year of the first democratic election", "count_wed": "day of the count of 42",
     "count_may26": "day of the count of 56", "address": "day of Mbeki's televised address",
     "capetown": "day the attacks reached Cape Town", "camps": "day the minister spoke of the camps",
    }
    ms = [
     M(R, "22 people", N, "dead", 22, MAY19),
     M(R, "Monday", D, "count_mon", "2008-05-19"),
     M(R, "May 11", D, "began", "2008-05-11"),
     M(R, "Sunday", D, "burning", "2008-05-18"),
     M(R, "More than 200 people", N, "arrests", 200, MAY19, qual="morethan"),
     M(R, "Up to 3 million", N, "zim_in_sa", 3000000, qual="approx"),

     M(K, "Selasa (20/5/2008)", D, "army", "2008-05-20", planted=True),
     M(K, "1994", D, "first_vote", "1994"),
     M(K, "Rabu (21/5/2008)", D, "count_wed", "2008-05-21"),
     M(K, "sedikitnya 42 orang", N, "dead", 42, MAY21, qual="atleast"),
     M(K, "11 Mei", D, "began", "2008-05-11"),
     M(K, "Lebih dari 400 orang", N, "arrests", 400, MAY21, qual="morethan"),
     M(K, "sekitar 16.000 orang", N, "displaced", 16000, MAY21, qual="approx"),
     M(K, "10 hari", N, "days", 10, cls="dur"),

     M(T, "56 orang", N, "dead", 56, MAY26),
     M(T, "Senin (26/5/2008)", D, "count_may26", "2008-05-26"),
     M(T, "24 orang", N, "dead", 24, MAY21, planted=True),
     M(T, "Rabu pekan lalu", D, "count_wed", "2008-05-21"),
     M(T, "1.384 orang", N, "arrests", 1384, MAY26),
     M(T, "Minggu (25/5/2008)", D, "address", "2008-05-25"),
     M(T, "sekitar 25.000 orang", N, "displaced", 25000, MAY26, qual="approx", src=GAUTENG),
     M(T, "35.000 orang", N, "displaced", 35000, MAY26, src=UNHCR),
     M(T, "Rabu (21/5/2008)", D, "army", "2008-05-21"),
     M(T, "Kamis malam", D, "capetown", "2008-05-22"),
     M(T, "lebih dari 30.000 warganya", N, "moz_back", 30000, MAY26, qual="morethan"),

     M(P, "May 11", D, "began", "2008-05-11"),
     M(P, "62 people", N, "dead", 62, JUN20),
     M(P, "21 of them", N, "sa_dead", 21, JUN20),
     M(P, "about 670", N, "wounded", 670, JUN20, qual="approx"),
     M(P, "more than 100,000 people", N, "displaced", 100000, JUN20, qual="morethan", src=UNHCR),
     M(P, "May 21", D, "army", "2008-05-21"),
     M(P, "more than 1,400 people", N, "arrests", 1400, JUN20, qual="morethan"),
     M(P, "May 18", D, "burning", "2008-05-18"),
     M(P, "Friday", D, "camps", "2008-06-20"),
    ]
    build("alexandra-attacks-2008", "The attacks on foreigners in South Africa's townships in May 2008: begun in "
          "Alexandra on Sunday 11 May; 22 dead by Monday 19 May, at least 42 by Wednesday 21 May and 56 by Monday 26 May "
          "at 17:00, 62 in the government's closing count (21 of them South Africans, about 670 wounded); arrests more "
          "than 200 -> more than 400 -> 1,384 -> more than 1,400; about 16,000 displaced on 21 May, about 25,000 by the "
          "Gauteng government's estimate against 35,000 by the UN refugee agency's on 26 May, more than 100,000 at the "
          "height by the agency's; a Mozambican man set alight on Sunday 18 May; President Mbeki's approval of the army's "
          "deployment on Wednesday 21 May and his televised address on Sunday 25 May; the attacks in Cape Town on "
          "Thursday 22 May", False, ms, names)


def results():
    R, K, A, P = "reuters-may06", "kompas-may07", "antara-may08", "ap-may09"
    names = {
     "anc_pct": "the ANC's share of the vote", "anc_seats": "the ANC's seats", "seats": "seats in the National Assembly",
     "np_pct": "the National Party's share", "np_seats": "the National Party's seats",
     "ifp_pct": "the Inkatha Freedom Party's share", "ifp_seats": "the Inkatha Freedom Party's seats",
     "ff_pct": "the Freedom Front's share", "ff_seats": "the Freedom Front's seats",
     "dp_pct": "the Democratic Party's share", "dp_seats": "the Democratic Party's seats",
     "pac_pct": "the Pan Africanist Congress's share", "pac_seats": "the Pan Africanist Congress's seats",
     "acdp_pct": "the African Christian Democratic Party's share", "acdp_seats": "the African Christian Democratic Party's seats",
     "anc_votes": "the ANC's votes", "np_votes": "the National Party's votes", "ifp_votes": "Inkatha's votes",
     "valid": "valid votes", "twothirds": "the two-thirds majority", "provinces": "provinces",
     "anc_provinces": "provinces the ANC won", "poll_days": "days of polling", "short": "seats the ANC fell short by",
     "gap": "days between the results and the first sitting", "prison": "years Mandela spent in prison",
     # dates
     "results": "day the results were declared", "poll_start": "day polling began",
     "assembly": "day the National Assembly meets to elect the president", "inauguration": "day of the inauguration",
    }
    ms = [
     M(R, "62.65 percent", N, "anc_pct", 62.65, cls="pct"),
     M(R, "Friday", D, "results", "1994-05-06"),
     M(R, "252", N, "anc_seats", 252, cls="seats"),
     M(R, "400 seats", N, "seats", 400, cls="seats"),
     M(R, "April 26", D, "poll_start", "1994-04-26"),
     M(R, "20.39 percent", N, "np_pct", 20.39, cls="pct"),
     M(R, "82 seats", N, "np_seats", 82, cls="seats"),
     M(R, "10.54 percent", N, "ifp_pct", 10.54, cls="pct"),
     M(R, "43 seats", N, "ifp_seats", 43, cls="seats"),
     M(R, "12,237,655", N, "anc_votes", 12237655, cls="votes"),
     M(R, "19,533,498", N, "valid", 19533498, cls="votes"),
     M(R, "two-thirds", N, "twothirds", 2 / 3, cls="frac"),
     M(R, "2.17 percent", N, "ff_pct", 2.17, cls="pct"),
     M(R, "9 seats", N, "ff_seats", 9, cls="seats"),
     M(R, "1.73 percent", N, "dp_pct", 1.73, cls="pct"),
     M(R, "7 seats", N, "dp_seats", 7, cls="seats"),
     M(R, "1.25 percent", N, "pac_pct", 1.25, cls="pct"),
     M(R, "5 seats", N, "pac_seats", 5, cls="seats"),
     M(R, "2 seats", N, "acdp_seats", 2, cls="seats"),
     M(R, "0.45 percent", N, "acdp_pct", 0.45, cls="pct"),
     M(R, "seven", N, "anc_provinces", 7),
     M(R, "nine provinces", N, "provinces", 9),
     M(R, "Monday", D, "assembly", "1994-05-09"),
     M(R, "Tuesday, May 10", D, "inauguration", "1994-05-10"),

     M(K, "62,65 persen", N, "anc_pct", 62.65, cls="pct"),
     M(K, "Jumat (6/5/1994)", D, "results", "1994-05-06"),
     M(K, "252", N, "anc_seats", 252, cls="seats"),
     M(K, "400 kursi", N, "seats", 400, cls="seats"),
     M(K, "dua pertiga", N, "twothirds", 2 / 3, cls="frac"),
     M(K, "20,39 persen", N, "np_pct", 20.39, cls="pct"),
     M(K, "82 kursi", N, "np_seats", 82, cls="seats"),
     M(K, "10,54 persen", N, "ifp_pct", 10.54, cls="pct"),
     M(K, "43 kursi", N, "ifp_seats", 43, cls="seats"),
     M(K, "26 April", D, "poll_start", "1994-04-26"),
     M(K, "19.533.498", N, "valid", 19533498, cls="votes"),
     M(K, "12.237.655", N, "anc_votes", 12237655, cls="votes"),
     M(K, "9 kursi", N, "ff_seats", 9, cls="seats"),
     M(K, "7 kursi", N, "dp_seats", 7, cls="seats"),
     M(K, "5 kursi", N, "pac_seats", 5, cls="seats"),
     M(K, "2 kursi", N, "acdp_seats", 2, cls="seats"),
     M(K, "Senin (9/5/1994)", D, "assembly", "1994-05-09"),
     M(K, "10 Mei 1994", D, "inauguration", "1994-05-10"),

     M(A, "Jumat (6/5/1994)", D, "results", "1994-05-06"),
     M(A, "hampir 63 persen", N, "anc_pct", 63, qual="nearly", cls="pct"),
     M(A, "252 kursi", N, "anc_seats", 252, cls="seats"),
     M(A, "400 orang", N, "seats", 400, cls="seats"),
     M(A, "lebih dari 12 juta suara", N, "anc_votes", 12000000, qual="morethan", cls="votes"),
     M(A, "3.983.690 suara", N, "np_votes", 3983690, cls="votes"),
     M(A, "20,39 persen", N, "np_pct", 20.39, cls="pct"),
     M(A, "2.058.294 suara", N, "ifp_votes", 2058294, cls="votes"),
     M(A, "10,54 persen", N, "ifp_pct", 10.54, cls="pct"),
     M(A, "43 kursi", N, "ifp_seats", 43, cls="seats"),
     M(A, "82 kursi", N, "np_seats", 82, cls="seats"),
     M(A, "tujuh provinsi", N, "anc_provinces", 7),
     M(A, "sembilan provinsi", N, "provinces", 9),
     M(A, "empat hari", N, "poll_days", 4, cls="dur"),
     M(A, "26 April", D, "poll_start", "1994-04-26"),
     M(A, "Senin (9/5/1994)", D, "assembly", "1994-05-09"),
     M(A, "Selasa (10/5/1994)", D, "inauguration", "1994-05-10"),

     M(P, "Monday", D, "assembly", "1994-05-09"),
     M(P, "three days", N, "gap", 3, cls="dur"),
     M(P, "252", N, "anc_seats", 252, cls="seats"),
     M(P, "400 seats", N, "seats", 400, cls="seats"),
     M(P, "62.65 percent", N, "anc_pct", 62.65, cls="pct"),
     M(P, "Friday", D, "results", "1994-05-06"),
     M(P, "15 seats", N, "short", 15, cls="seats"),
     M(P, "two-thirds", N, "twothirds", 2 / 3, cls="frac"),
     M(P, "82 seats", N, "np_seats", 82, cls="seats"),
     M(P, "20.39 percent", N, "np_pct", 20.39, cls="pct"),
     M(P, "43 seats", N, "ifp_seats", 43, cls="seats"),
     M(P, "10.54 percent", N, "ifp_pct", 10.54, cls="pct"),
     M(P, "9 seats", N, "ff_seats", 9, cls="seats"),
     M(P, "7 seats", N, "dp_seats", 7, cls="seats"),
     M(P, "About 19.5 million", N, "valid", 19500000, qual="approx", cls="votes"),
     M(P, "four days", N, "poll_days", 4, cls="dur"),
     M(P, "April 26", D, "poll_start", "1994-04-26"),
     M(P, "27 years", N, "prison", 27, cls="dur"),
     M(P, "Tuesday, May 10", D, "inauguration", "1994-05-10"),
    ]
    build("anc-majority-1994", "South Africa's first all-race election (polling from 26 April 1994), its results declared "
          "by the Independent Electoral Commission on Friday 6 May 1994 (control): the ANC 62.65% (12,237,655 of "
          "19,533,498 valid votes) and 252 of 400 seats, short of two-thirds; the National Party 20.39% (3,983,690 "
          "votes) and 82 seats; the Inkatha Freedom Party 10.54% (2,058,294 votes) and 43 seats; the Freedom Front 2.17% "
          "and 9, the Democratic Party 1.73% and 7, the Pan Africanist Congress 1.25% and 5, the African Christian "
          "Democratic Party 0.45% and 2; seven of nine provinces to the ANC; the National Assembly's sitting on Monday 9 "
          "May and the inauguration on Tuesday 10 May 1994. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    cholera()
    attacks()
    results()
