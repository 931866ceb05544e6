"""The three-hundred-and-seventy-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset379/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kanungu():
    R, K, T, A = "reuters-mar18", "kompas-mar21", "antara-mar27", "ap-apr15"
    # as-of times of the running tallies: Saturday 18 March 2000 (the police's first estimate of more than 500 dead in
    # the church fire), Monday 20 March (the count of 330 once the bodies were counted: a revision down), Sunday 26
    # March (the sect's dead in all, 483, with the 153 of the Buhunga grave), Friday 14 April (at least 778). The fire's
    # 330 repeated later is an update; the Buhunga grave's 153 and the distance do not change with the day.
    SAT, MON, SUN26, APR14 = "2000-03-18", "2000-03-20", "2000-03-26", "2000-04-14"
    POLICE = "the Uganda police"
    names = {
     "fire_dead": "people killed in the church fire at Kanungu", "cult_total": "the sect's dead found in all",
     "buhunga": "bodies dug out at Buhunga", "distance": "distance of Kanungu from Kampala (km)",
     # dates
     "fire": "day of the church fire", "count_sat": "day of the police's first estimate",
     "count_mon": "day of the count of 330", "burial": "day of the mass burial at Kanungu",
     "grave_found": "day the Buhunga digging began", "total_day": "day of the total of 483",
     "count_apr": "day of the total of 778", "founded": "year the sect was founded",
    }
    ms = [
     M(R, "More than 500 followers", N, "fire_dead", 500, SAT, qual="morethan", src=POLICE),
     M(R, "Saturday", D, "count_sat", "2000-03-18"),
     M(R, "Friday morning", D, "fire", "2000-03-17"),
     M(R, "about 320 km", N, "distance", 320, qual="approx", cls="km"),
     M(R, "1989", D, "founded", "1989"),

     M(K, "330 orang", N, "fire_dead", 330, MON, src=POLICE),
     M(K, "Senin (20/3/2000)", D, "count_mon", "2000-03-20"),
     M(K, "Sabtu (18/3/2000)", D, "count_sat", "2000-03-18"),
     M(K, "lebih dari 500 orang", N, "fire_dead", 500, SAT, qual="morethan", src=POLICE),
     M(K, "Jumat (17/3/2000)", D, "fire", "2000-03-17"),
     M(K, "Minggu lalu", D, "burial", "2000-03-19"),
     M(K, "sekitar 320 kilometer", N, "distance", 320, qual="approx", cls="km"),

     M(T, "483 orang", N, "cult_total", 483, SUN26, src=POLICE),
     M(T, "Minggu (26/3/2000)", D, "total_day", "2000-03-26"),
     M(T, "153 jenazah", N, "buhunga", 153),
     M(T, "Jumat (24/3/2000)", D, "grave_found", "2000-03-24"),
     M(T, "330 orang", N, "fire_dead", 330, SUN26, src=POLICE),
     M(T, "Kamis (16/3/2000)", D, "fire", "2000-03-16", planted=True),

     M(A, "at least 778", N, "cult_total", 778, APR14, qual="atleast", src=POLICE),
     M(A, "Friday", D, "count_apr", "2000-04-14"),
     M(A, "March 17", D, "fire", "2000-03-17"),
     M(A, "330", N, "fire_dead", 330, MON, src=POLICE),
     M(A, "more than 500", N, "fire_dead", 500, SAT, qual="morethan", src=POLICE),
     M(A, "135 bodies", N, "buhunga", 135, planted=True),
    ]
    build("kanungu-cult-2000", "The deaths of the Movement for the Restoration of the Ten Commandments of God in "
          "south-western Uganda: the church fire at Kanungu, Rukungiri district, on Friday 17 March 2000, first put by "
          "the police at more than 500 dead (Saturday 18 March) and revised down to 330 once the bodies were counted "
          "(Monday 20 March); 153 bodies dug out at Dominic Kataribabo's house at Buhunga from Friday 24 March, the "
          "sect's dead 483 by Sunday 26 March and at least 778 by Friday 14 April 2000; the leaders Joseph Kibwetere and "
          "Credonia Mwerinde wanted for murder", False, ms, names)


def irreecha():
    R, K, T, A = "reuters-oct03", "kompas-oct11", "tempo-oct19", "ap-nov13"
    # as-of times: the government's toll of 52 late on Sunday 2 October 2016 and 55 on Monday 3 October (55 repeated
    # later is an update); the Oromo Federalist Congress's 678 is another source's estimate (sources against the
    # government's, agree with itself); Human Rights Watch's count of the protests' dead since November 2015 is another
    # fact. The detained under the state of emergency: 1,645 as of Saturday 15 October, 11,607 as of Saturday 12
    # November. The emergency declared on Sunday 9 October and approved by parliament on Tuesday 18 October.
    SUN, MON, OCT11, OCT19, NOV13 = "2016-10-02b", "2016-10-03", "2016-10-11", "2016-10-19", "2016-11-13"
    OCT15, NOV12 = "2016-10-15", "2016-11-12"
    GOV, OFC, HRW = "the Ethiopian government", "the Oromo Federalist Congress", "Human Rights Watch"
    CP = "the command post"
    names = {
     "dead": "people killed at the Irreecha festival", "hrw_dead": "people killed in the Oromia protests",
     "distance": "distance of the lake from Addis Ababa (km)", "mourning": "days of national mourning",
     "months": "months of the state of emergency", "days_to_vote": "days from the declaration to parliament's vote",
     "seats": "seats in parliament", "detained": "people detained under the state of emergency",
     "diplomats_km": "distance diplomats may travel without leave (km)",
     # dates
     "stampede": "day of the stampede", "count_sun": "day of the toll of 52", "count_mon": "day of the toll of 55",
     "protests_start": "month the protests began", "declared": "day the state of emergency was declared",
     "parl_vote": "day parliament approved the state of emergency", "detained_oct": "day of the count of 1,645",
     "detained_nov": "day of the count of 11,607",
    }
    ms = [
     M(R, "At least 55 people", N, "dead", 55, MON, qual="atleast", src=GOV),
     M(R, "Monday", D, "count_mon", "2016-10-03"),
     M(R, "52", N, "dead", 52, SUN, src=GOV),
     M(R, "late on Sunday", D, "count_sun", "2016-10-02"),
     M(R, "45 km", N, "distance", 45, cls="km"),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "November 2015", D, "protests_start", "2015-11"),
     M(R, "more than 400 people", N, "hrw_dead", 400, qual="morethan", src=HRW),

     M(K, "enam bulan", N, "months", 6, cls="dur"),
     M(K, "Minggu (9/10/2016)", D, "declared", "2016-10-09"),
     M(K, "55 orang", N, "dead", 55, OCT11, src=GOV),
     M(K, "Minggu (2/10/2016)", D, "stampede", "2016-10-02"),
     M(K, "678 orang", N, "dead", 678, src=OFC),
     M(K, "lebih dari 400 orang", N, "hrw_dead", 400, qual="morethan", src=HRW),
     M(K, "November 2015", D, "protests_start", "2015-11"),

     M(T, "Selasa (18/10/2016)", D, "parl_vote", "2016-10-18"),
     M(T, "sembilan hari", N, "days_to_vote", 9, cls="dur"),
     M(T, "547 kursinya", N, "seats", 547, cls="seats"),
     M(T, "1.645 orang", N, "detained", 1645, OCT15, src=CP),
     M(T, "Sabtu (15/10/2016)", D, "detained_oct", "2016-10-15"),
     M(T, "Sabtu (1/10/2016)", D, "stampede", "2016-10-01", planted=True),
     M(T, "55 korban tewas", N, "dead", 55, OCT19, src=GOV),
     M(T, "678 orang", N, "dead", 678, src=OFC),
     M(T, "40 kilometer", N, "diplomats_km", 40, cls="km"),

     M(A, "11,607 people", N, "detained", 11607, NOV12, src=CP),
     M(A, "Saturday", D, "detained_nov", "2016-11-12"),
     M(A, "1,645 arrests", N, "detained", 1645, OCT15, src=CP),
     M(A, "six months", N, "months", 6, cls="dur"),
     M(A, "Oct. 9", D, "declared", "2016-10-09"),
     M(A, "Oct. 19", D, "parl_vote", "2016-10-19", planted=True),
     M(A, "Oct. 2", D, "stampede", "2016-10-02"),
     M(A, "55", N, "dead", 55, NOV13, src=GOV),
     M(A, "678", N, "dead", 678, src=OFC),
    ]
    build("irreecha-stampede-2016", "The stampede at the Irreecha festival at Lake Hora Arsedi near Bishoftu, Ethiopia, "
          "on Sunday 2 October 2016: the government's toll of 52 late on Sunday and 55 on Monday 3 October, against "
          "the Oromo Federalist Congress's 678; the state of emergency for six months declared on Sunday 9 October and "
          "approved by parliament on Tuesday 18 October 2016; the detained under it, 1,645 by Saturday 15 October and "
          "11,607 by Saturday 12 November; Human Rights Watch's count of more than 400 dead in the Oromia protests "
          "since November 2015 as another fact", False, ms, names)


def election():
    R, K, T, C = "reuters-oct29", "kompas-oct30", "antara-oct31", "citizen-nov01"
    names = {
     "mag_votes": "Magufuli's votes", "mag_pct": "Magufuli's share", "low_votes": "Lowassa's votes",
     "low_pct": "Lowassa's share", "cast": "votes cast", "turnout": "turnout", "registered": "registered voters",
     "others": "other candidates", "others_pct": "the other candidates' share",
     # dates
     "vote": "polling day", "declared": "day the result was declared", "zanzibar": "day the Zanzibar vote was annulled",
     "inaug": "day of the inauguration", "indep": "year of independence", "since": "year Kikwete took office",
     "defect": "month Lowassa changed party", "certificate": "day Magufuli received his certificate",
     "rejects": "day Lowassa rejected the result again",
    }
    ms = [
     M(R, "Sunday", D, "vote", "2015-10-25"),
     M(R, "58.46 percent", N, "mag_pct", 58.46, cls="pct"),
     M(R, "Thursday", D, "declared", "2015-10-29"),
     M(R, "8,882,935 votes", N, "mag_votes", 8882935, cls="votes"),
     M(R, "6,072,848", N, "low_votes", 6072848, cls="votes"),
     M(R, "39.97 percent", N, "low_pct", 39.97, cls="pct"),
     M(R, "15,589,639 votes", N, "cast", 15589639, cls="votes"),
     M(R, "67.34 percent", N, "turnout", 67.34, cls="pct"),
     M(R, "23,161,440", N, "registered", 23161440, cls="votes"),
     M(R, "Six other candidates", N, "others", 6),
     M(R, "July", D, "defect", "2015-07"),
     M(R, "Wednesday", D, "zanzibar", "2015-10-28"),
     M(R, "Nov. 5", D, "inaug", "2015-11-05"),
     M(R, "1961", D, "indep", "1961"),

     M(K, "Kamis (29/10/2015)", D, "declared", "2015-10-29"),
     M(K, "58,46 persen", N, "mag_pct", 58.46, cls="pct"),
     M(K, "8.882.935 suara", N, "mag_votes", 8882935, cls="votes"),
     M(K, "6.072.848 suara", N, "low_votes", 6072848, cls="votes"),
     M(K, "39,97 persen", N, "low_pct", 39.97, cls="pct"),
     M(K, "67,34 persen", N, "turnout", 67.34, cls="pct"),
     M(K, "23.161.440", N, "registered", 23161440, cls="votes"),
     M(K, "Minggu (25/10/2015)", D, "vote", "2015-10-25"),
     M(K, "Juli lalu", D, "defect", "2015-07"),
     M(K, "Rabu (28/10/2015)", D, "zanzibar", "2015-10-28"),
     M(K, "5 November 2015", D, "inaug", "2015-11-05"),
     M(K, "2005", D, "since", "2005"),
     M(K, "1961", D, "indep", "1961"),

     M(T, "hampir 8,9 juta suara", N, "mag_votes", 8900000, qual="nearly", cls="votes"),
     M(T, "58,46 persen", N, "mag_pct", 58.46, cls="pct"),
     M(T, "39,97 persen", N, "low_pct", 39.97, cls="pct"),
     M(T, "sekitar 6,1 juta suara", N, "low_votes", 6100000, qual="approx", cls="votes"),
     M(T, "Kamis (29/10/2015)", D, "declared", "2015-10-29"),
     M(T, "15.589.639 suara", N, "cast", 15589639, cls="votes"),
     M(T, "Minggu (25/10/2015)", D, "vote", "2015-10-25"),
     M(T, "67,34 persen", N, "turnout", 67.34, cls="pct"),
     M(T, "Enam kandidat lain", N, "others", 6),
     M(T, "2 persen", N, "others_pct", 2, cls="pct"),
     M(T, "Rabu (28/10/2015)", D, "zanzibar", "2015-10-28"),
     M(T, "5 November 2015", D, "inaug", "2015-11-05"),
     M(T, "1961", D, "indep", "1961"),

     M(C, "Friday", D, "certificate", "2015-10-30"),
     M(C, "8,882,935 votes", N, "mag_votes", 8882935, cls="votes"),
     M(C, "58.46 percent", N, "mag_pct", 58.46, cls="pct"),
     M(C, "39.97 percent", N, "low_pct", 39.97, cls="pct"),
     M(C, "6,072,848 votes", N, "low_votes", 6072848, cls="votes"),
     M(C, "Oct. 25", D, "vote", "2015-10-25"),
     M(C, "67.34 percent", N, "turnout", 67.34, cls="pct"),
     M(C, "15,589,639", N, "cast", 15589639, cls="votes"),
     M(C, "23,161,440 registered voters", N, "registered", 23161440, cls="votes"),
     M(C, "Saturday", D, "rejects", "2015-10-31"),
     M(C, "Thursday, Nov. 5", D, "inaug", "2015-11-05"),
     M(C, "Oct. 28", D, "zanzibar", "2015-10-28"),
     M(C, "2005", D, "since", "2005"),
    ]
    build("magufuli-election-2015", "Tanzania's presidential election of Sunday 25 October 2015, declared by the "
          "National Electoral Commission on Thursday 29 October 2015 (control): John Magufuli 8,882,935 votes "
          "(58.46%), Edward Lowassa 6,072,848 (39.97%), six other candidates; 15,589,639 votes cast, a turnout of "
          "67.34% of 23,161,440 registered voters; the Zanzibar vote annulled on Wednesday 28 October; the "
          "inauguration on Thursday 5 November 2015. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kanungu()
    irreecha()
    election()
