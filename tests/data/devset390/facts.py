"""The three-hundred-and-ninetieth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset390/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def bamako():
    R, K, T, A = "reuters-nov20", "kompas-nov21", "tempo-nov24", "ap-dec12"
    # as-of times of the toll (victims, the two attackers not counted): the day of the attack, Friday 20 November
    # 2015 (a U.N. official's 27 bodies), Saturday 21 November (the government's 19: lower, a revision), Monday 23
    # November (20, after a wounded victim died: an update). The toll does not legitimately fall: 27 -> 19 is a
    # revision. The people inside the hotel are counted by the security officials (about 170) and by the operator
    # Rezidor (138): two sources. The other counts and the durations do not change with the day of the report.
    FRI, SAT, MON = "2015-11-20", "2015-11-21", "2015-11-23"
    SEC, REZ = "security officials", "Rezidor"
    names = {
     "dead": "people killed in the attack (the attackers not counted)", "attackers": "attackers killed",
     "inside": "people inside the hotel at the start of the attack", "guests": "guests inside the hotel",
     "staff": "employees inside the hotel", "russians": "Russians among the dead", "chinese": "Chinese among the dead",
     "countries": "countries the victims came from", "suspects": "suspects arrested",
     "siege_hours": "hours the siege lasted", "emergency_days": "days of the state of emergency",
     "mourning_days": "days of national mourning",
     # dates
     "attack": "day of the attack and the siege", "emergency": "day the state of emergency was declared",
     "toll_sat": "day the government lowered the toll", "count_mon": "day of the count of 20",
     "mourning": "day the national mourning began", "arrest": "day the two suspects were arrested",
     "france": "year France drove the Islamist fighters from the north",
    }
    ms = [
     M(R, "Friday", D, "attack", "2015-11-20"),
     M(R, "about 170 people", N, "inside", 170, qual="approx", src=SEC),
     M(R, "138 people", N, "inside", 138, src=REZ),
     M(R, "125 guests", N, "guests", 125),
     M(R, "13 employees", N, "staff", 13),
     M(R, "nine hours", N, "siege_hours", 9, cls="dur"),
     M(R, "27 bodies", N, "dead", 27, FRI),
     M(R, "Two of the attackers", N, "attackers", 2),
     M(R, "late on Friday", D, "emergency", "2015-11-20"),
     M(R, "10-day", N, "emergency_days", 10, cls="dur"),
     M(R, "three days", N, "mourning_days", 3, cls="dur"),
     M(R, "2013", D, "france", "2013"),

     M(K, "Sabtu (21/11/2015)", D, "toll_sat", "2015-11-21"),
     M(K, "19 orang", N, "dead", 19, SAT),
     M(K, "dua penyerang", N, "attackers", 2),
     M(K, "27 jenazah", N, "dead", 27, FRI),
     M(K, "Kamis (19/11/2015)", D, "attack", "2015-11-19", planted=True),
     M(K, "sekitar 170 orang", N, "inside", 170, qual="approx", src=SEC),
     M(K, "sembilan jam", N, "siege_hours", 9, cls="dur"),
     M(K, "enam warga Rusia", N, "russians", 6),
     M(K, "tiga eksekutif", N, "chinese", 3),
     M(K, "10 hari", N, "emergency_days", 10, cls="dur"),
     M(K, "tiga hari", N, "mourning_days", 3, cls="dur"),

     M(T, "20 orang", N, "dead", 20, MON),
     M(T, "Senin (23/11/2015)", D, "count_mon", "2015-11-23"),
     M(T, "dua penyerang", N, "attackers", 2),
     M(T, "Jumat (20/11/2015)", D, "attack", "2015-11-20"),
     M(T, "Sabtu", D, "toll_sat", "2015-11-21"),
     M(T, "19 korban tewas", N, "dead", 19, SAT),
     M(T, "27 jenazah", N, "dead", 27, FRI),
     M(T, "tiga hari", N, "mourning_days", 3, cls="dur"),
     M(T, "Senin", D, "mourning", "2015-11-23", occ=2),
     M(T, "10 hari", N, "emergency_days", 10, cls="dur"),
     M(T, "sedikitnya tujuh negara", N, "countries", 7, qual="atleast"),
     M(T, "enam orang Rusia", N, "russians", 6),
     M(T, "tiga orang China", N, "chinese", 3),
     M(T, "138 orang", N, "inside", 138, src=REZ),
     M(T, "sekitar 170 orang", N, "inside", 170, qual="approx", src=SEC),

     M(A, "the two suspects", N, "suspects", 2),
     M(A, "Nov. 26", D, "arrest", "2015-11-26"),
     M(A, "Nov. 20", D, "attack", "2015-11-20"),
     M(A, "Twenty people", N, "dead", 20, MON),
     M(A, "two gunmen", N, "attackers", 2),
     M(A, "six Russians", N, "russians", 6),
     M(A, "three Chinese", N, "chinese", 3),
     M(A, "27 dead", N, "dead", 27, FRI),
     M(A, "About 107 people", N, "inside", 107, qual="approx", src=SEC, planted=True),
     M(A, "138 guests and staff", N, "inside", 138, src=REZ),
     M(A, "10 days", N, "emergency_days", 10, cls="dur"),
    ]
    build("bamako-hotel-2015", "The attack on the Radisson Blu hotel in Bamako, Mali (Friday 20 November 2015): "
          "a U.N. official's 27 bodies on the day of the attack, lowered by the government to 19 (plus two attackers) "
          "on Saturday 21 November and raised to 20 by Monday 23 November; about 170 people inside by the security "
          "officials' count against 138 (125 guests and 13 employees) by the operator Rezidor; a siege of about nine "
          "hours; a 10-day state of emergency and three days of national mourning declared on the Friday night, the "
          "mourning begun on Monday; six Russians and three Chinese among the dead; two suspects arrested on 26 "
          "November 2015", False, ms, names)


def lake_nyos():
    A, K, R, T = "ap-aug24", "kompas-aug27", "reuters-aug29", "tempo-sep20"
    # as-of times of the toll: Sunday 24 August 1986 (state radio: more than 1,000), Tuesday 26 August (the
    # government's 1,534; the Cameroon Red Cross's estimate of about 2,000: two sources), the final official figure
    # announced in the week before 20 September (1,746). The toll does not fall. The survivors in hospital, the
    # cattle, the lake's depth and the Lake Monoun disaster of 1984 do not change with the day of the report.
    SUN, TUE, FINAL = "1986-08-24", "1986-08-26", "1986-09-19"
    GOV, RC = "the Cameroon government", "the Cameroon Red Cross"
    names = {
     "dead": "people killed by the gas", "hospital": "survivors in hospital at Wum", "cattle": "cattle killed",
     "depth": "depth of the lake (metres)", "monoun_dead": "people killed at Lake Monoun in 1984",
     # dates
     "release": "night the gas escaped from the lake", "first_reports": "day the first reports reached the capital",
     "count_sun": "day of the count of more than 1,000", "count_tue": "day of the count of 1,534",
     "visit": "day the president visited the area", "scientists": "day the foreign scientists reached the lake",
     "monoun": "month of the Lake Monoun disaster",
    }
    ms = [
     M(A, "more than 1,000 people", N, "dead", 1000, SUN, qual="morethan", src=GOV),
     M(A, "Sunday", D, "count_sun", "1986-08-24"),
     M(A, "Thursday night, Aug. 21", D, "release", "1986-08-21"),
     M(A, "Saturday", D, "first_reports", "1986-08-23"),
     M(A, "About 300 survivors", N, "hospital", 300, qual="approx"),

     M(K, "1.534 orang", N, "dead", 1534, TUE, src=GOV),
     M(K, "Selasa (26/8/1986)", D, "count_tue", "1986-08-26"),
     M(K, "lebih dari 1.000 orang", N, "dead", 1000, SUN, qual="morethan", src=GOV),
     M(K, "Minggu lalu", D, "count_sun", "1986-08-24"),
     M(K, "sekitar 2.000 orang", N, "dead", 2000, TUE, qual="approx", src=RC),
     M(K, "Jumat malam (22/8/1986)", D, "release", "1986-08-22", planted=True),
     M(K, "Sekitar 300 orang", N, "hospital", 300, qual="approx"),
     M(K, "Senin (25/8/1986)", D, "visit", "1986-08-25"),

     M(R, "Friday", D, "scientists", "1986-08-29"),
     M(R, "1,354 people", N, "dead", 1354, TUE, src=GOV, planted=True),
     M(R, "Tuesday", D, "count_tue", "1986-08-26"),
     M(R, "about 2,000 dead", N, "dead", 2000, TUE, qual="approx", src=RC),
     M(R, "about 300 people", N, "hospital", 300, qual="approx"),
     M(R, "Thursday, Aug. 21", D, "release", "1986-08-21"),
     M(R, "208 metres", N, "depth", 208, cls="m"),
     M(R, "Monday", D, "visit", "1986-08-25"),
     M(R, "3,500 head of cattle", N, "cattle", 3500, qual="approx"),

     M(T, "1.746 orang", N, "dead", 1746, FINAL, src=GOV),
     M(T, "1.534 orang", N, "dead", 1534, TUE, src=GOV),
     M(T, "Selasa (26/8/1986)", D, "count_tue", "1986-08-26"),
     M(T, "sekitar 2.000 orang", N, "dead", 2000, TUE, qual="approx", src=RC),
     M(T, "21 Agustus", D, "release", "1986-08-21"),
     M(T, "208 meter", N, "depth", 208, cls="m"),
     M(T, "Sekitar 3.500 ekor ternak", N, "cattle", 3500, qual="approx"),
     M(T, "25 Agustus", D, "visit", "1986-08-25"),
     M(T, "Agustus 1984", D, "monoun", "1984-08"),
     M(T, "37 orang", N, "monoun_dead", 37),
    ]
    build("lake-nyos-1986", "The gas disaster of Lake Nyos in north-west Cameroon (the night of Thursday 21 August "
          "1986): a toll rising from more than 1,000 on Sunday 24 August to the government's 1,534 on Tuesday 26 "
          "August (against the Cameroon Red Cross's estimate of about 2,000) and the final official 1,746 in "
          "September; about 300 survivors in hospital at Wum, about 3,500 cattle dead, a lake 208 metres deep; the "
          "president's visit on Monday 25 August and the foreign scientists' arrival on Friday 29 August; the Lake "
          "Monoun disaster of August 1984 (37 dead) as another event", False, ms, names)


def kivu_ebola():
    R, T, K, A = "reuters-jun25", "antara-jun26", "kompas-jun27", "ap-jun28"
    names = {
     "cases": "Ebola cases in all", "deaths": "Ebola deaths", "survivors": "patients who recovered",
     "confirmed": "confirmed cases", "probable": "probable cases", "vaccinated": "people vaccinated",
     "wa_dead": "deaths in the West African epidemic of 2014-2016", "wait_days": "days waited before the end",
     # dates
     "end": "day the end of the epidemic was declared", "declared": "day the epidemic was declared",
     "discharge": "day the last patient was discharged",
    }
    ms = [
     M(R, "Thursday", D, "end", "2020-06-25"),
     M(R, "3,470 people", N, "cases", 3470),
     M(R, "2,287 of them", N, "deaths", 2287),
     M(R, "1,171 patients", N, "survivors", 1171),
     M(R, "3,317", N, "confirmed", 3317),
     M(R, "153", N, "probable", 153),
     M(R, "Aug. 1, 2018", D, "declared", "2018-08-01"),
     M(R, "more than 11,000 people", N, "wa_dead", 11000, qual="morethan"),
     M(R, "42 days", N, "wait_days", 42, cls="dur"),
     M(R, "May 14", D, "discharge", "2020-05-14"),
     M(R, "More than 300,000 people", N, "vaccinated", 300000, qual="morethan"),

     M(T, "Kamis (25/6/2020)", D, "end", "2020-06-25"),
     M(T, "3.470 orang", N, "cases", 3470),
     M(T, "2.287 orang", N, "deaths", 2287),
     M(T, "1.171 pasien", N, "survivors", 1171),
     M(T, "3.317", N, "confirmed", 3317),
     M(T, "153", N, "probable", 153),
     M(T, "1 Agustus 2018", D, "declared", "2018-08-01"),
     M(T, "42 hari", N, "wait_days", 42, cls="dur"),
     M(T, "14 Mei", D, "discharge", "2020-05-14"),
     M(T, "Lebih dari 300.000 orang", N, "vaccinated", 300000, qual="morethan"),

     M(K, "Kamis lalu", D, "end", "2020-06-25"),
     M(K, "3.470 kasus", N, "cases", 3470),
     M(K, "3.317 kasus", N, "confirmed", 3317),
     M(K, "153 kasus", N, "probable", 153),
     M(K, "2.287 kematian", N, "deaths", 2287),
     M(K, "1.171 orang", N, "survivors", 1171),
     M(K, "1 Agustus 2018", D, "declared", "2018-08-01"),
     M(K, "lebih dari 11.000 orang", N, "wa_dead", 11000, qual="morethan"),
     M(K, "14 Mei 2020", D, "discharge", "2020-05-14"),
     M(K, "42 hari", N, "wait_days", 42, cls="dur"),
     M(K, "lebih dari 300.000 orang", N, "vaccinated", 300000, qual="morethan"),

     M(A, "Thursday, June 25", D, "end", "2020-06-25"),
     M(A, "3,470 people", N, "cases", 3470),
     M(A, "2,287 died", N, "deaths", 2287),
     M(A, "1,171 survived", N, "survivors", 1171),
     M(A, "3,317 confirmed cases", N, "confirmed", 3317),
     M(A, "153 probable", N, "probable", 153),
     M(A, "Aug. 1, 2018", D, "declared", "2018-08-01"),
     M(A, "more than 11,000", N, "wa_dead", 11000, qual="morethan"),
     M(A, "42 days", N, "wait_days", 42, cls="dur"),
     M(A, "May 14", D, "discharge", "2020-05-14"),
     M(A, "More than 300,000 people", N, "vaccinated", 300000, qual="morethan"),
    ]
    build("kivu-ebola-end-2020", "The end of the Ebola epidemic in North Kivu, South Kivu and Ituri, DR Congo, "
          "declared by the health minister Eteni Longondo on Thursday 25 June 2020 (control): 3,470 cases (3,317 "
          "confirmed, 153 probable), 2,287 deaths, 1,171 recovered; declared on 1 August 2018, the second largest "
          "after the West African epidemic of 2014-2016 (more than 11,000 dead); the last patient discharged on 14 "
          "May 2020, 42 days before; more than 300,000 people vaccinated. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    bamako()
    lake_nyos()
    kivu_ebola()
