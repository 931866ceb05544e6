"""The hundred-and-ninety-eighth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset198/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ahmedpur():
    A, K, T, R = "dawn-jun25", "kompas-jun26", "tempo-jun28", "reuters-jul20"
    # as-of times of the running tallies: Sunday 25 June 2017 in the morning (the district administration's "about
    # 200" injured), in the afternoon (the police's 123 dead), in the evening (the rescue service's 150 against the
    # police's and hospitals' 127: two sources) and at night (156 injured: lower than the morning's estimate, a
    # revision); Monday 26 June (157 dead, 126 at the scene); Wednesday 28 June (159 dead, 153 buried, 125 DNA
    # samples); Wednesday 19 July (more than 200 dead). The tanker's load is the district administration's 25,000
    # litres against the highway police's 50,000 (sources).
    SUN_AM, SUN_PM, SUN_EVE, SUN_NIGHT = "2017-06-25a", "2017-06-25b", "2017-06-25c", "2017-06-25d"
    MON, WED, JUL19 = "2017-06-26", "2017-06-28", "2017-07-19"
    POLICE, RESCUE, DISTRICT, HIGHWAY = "the police and hospitals", "the rescue service", "the district", "the highway police"
    names = {
     "dead": "people killed", "injured": "people injured", "onsite": "people killed at the scene",
     "inhosp": "people who died in hospital", "bvh": "patients brought to the Bahawal Victoria Hospital",
     "nishtar": "patients moved to Nishtar Hospital", "bikes": "motorcycles burnt", "cars": "cars burnt",
     "buried": "dead buried", "dna": "bodies sampled for DNA", "bombs": "dead in the Quetta and Parachinar bombings",
     "litres": "the tanker's load (litres)",
     # dates
     "fire": "day of the fire", "eid": "day of Eid al-Fitr", "asof_mon": "day of Monday's count",
     "visit": "day of the prime minister's visit", "asof_wed": "day of Wednesday's count",
     "bombday": "day of the bombings", "asof_jul19": "day of the count of more than 200",
    }
    ms = [
     M(A, "At least 123 people", N, "dead", 123, SUN_PM, qual="atleast", src=POLICE),
     M(A, "Sunday", D, "fire", "2017-06-25"),
     M(A, "about 200 people", N, "injured", 200, SUN_AM, qual="approx"),
     M(A, "25,000 litres", N, "litres", 25000, src=DISTRICT, cls="litre"),
     M(A, "150", N, "dead", 150, SUN_EVE, src=RESCUE),
     M(A, "127 deaths", N, "dead", 127, SUN_EVE, src=POLICE),
     M(A, "Monday", D, "eid", "2017-06-26"),

     M(K, "157 orang", N, "dead", 157, MON),
     M(K, "Senin (26/6/2017)", D, "asof_mon", "2017-06-26"),
     M(K, "126 orang", N, "onsite", 126, MON),
     M(K, "31 lainnya", N, "inhosp", 31, MON),
     M(K, "Minggu (25/6/2017)", D, "fire", "2017-06-25"),
     M(K, "sekitar 50.000 liter", N, "litres", 50000, qual="approx", src=HIGHWAY, cls="litre"),
     M(K, "25.000 liter", N, "litres", 25000, src=DISTRICT, cls="litre"),
     M(K, "156 orang", N, "injured", 156, SUN_NIGHT),
     M(K, "Senin", D, "visit", "2017-06-26", occ=2),
     M(K, "118 pasien", N, "bvh", 118, MON),
     M(K, "51 di antaranya", N, "nishtar", 51, MON),
     M(K, "75 sepeda motor", N, "bikes", 75),
     M(K, "enam mobil", N, "cars", 6),

     M(T, "159 orang", N, "dead", 159, WED),
     M(T, "Rabu (28/6/2017)", D, "asof_wed", "2017-06-28"),
     M(T, "175 korban", N, "dead", 175, MON, planted=True),
     M(T, "153 korban", N, "buried", 153, WED),
     M(T, "125 jenazah", N, "dna", 125, WED),
     M(T, "25 Juni 2017", D, "fire", "2017-06-25"),
     M(T, "Jumat (23/6/2017)", D, "bombday", "2017-06-23"),
     M(T, "sedikitnya 65 orang", N, "bombs", 65, qual="atleast"),

     M(R, "More than 200 people", N, "dead", 200, JUL19, qual="morethan"),
     M(R, "Wednesday", D, "asof_jul19", "2017-07-19"),
     M(R, "June 25", D, "fire", "2017-06-25"),
     M(R, "25,000 litres", N, "litres", 25000, src=DISTRICT, cls="litre"),
     M(R, "157", N, "dead", 157, MON),
     M(R, "126", N, "onsite", 126, MON),
     M(R, "125 bodies", N, "dna", 125, WED),
    ]
    build("ahmedpur-tanker-2017", "The oil tanker fire near Ahmedpur East, Bahawalpur district, Punjab (Sunday 25 June "
          "2017, about 06.20, a day before Eid al-Fitr): 123 dead by the police's count on Sunday afternoon, 127 by "
          "the evening against the rescue service's 150, 157 on Monday 26 June (126 at the scene, 31 in hospital), "
          "159 on Wednesday 28 June (153 buried, 125 DNA samples), more than 200 by 19 July; injured about 200 in the "
          "morning's estimate, 156 by Sunday night; the load 25,000 litres (district) or 50,000 (highway police)",
          False, ms, names)


def no_confidence():
    D1, R, K, T, W = "detik-apr04", "reuters-apr08", "kompas-apr10", "tempo-apr12", "dawn-may10"
    # results and dates of stages do not change with the day of the report: the motion submitted (8 March 2022),
    # given leave (Monday 28 March, 161 members), rejected by the deputy speaker (Sunday 3 April), the Supreme Court's
    # ruling (Thursday 7 April), the session (Saturday 9 April), the vote (after midnight, Sunday 10 April: 174 of
    # 342, 172 needed) and the election of the new prime minister (Monday 11 April: 174) are different facts.
    names = {
     "leave": "members backing the motion's leave", "needed": "votes needed to remove the prime minister",
     "seats": "seats in the National Assembly", "noconf": "votes for the no-confidence motion",
     "pmvote": "votes for the new prime minister", "poll_days": "days within which an election was due",
     "hearings": "days of the Supreme Court's hearings",
     # dates
     "ruling": "day of the deputy speaker's ruling", "submitted": "day the motion was submitted",
     "leave_day": "day the motion was given leave", "hearing": "day the court's hearing resumed",
     "khan2018": "month Khan was elected prime minister", "sc": "day of the Supreme Court's ruling",
     "session": "day the session opened", "khan_speech": "day Khan accepted the verdict",
     "protest_call": "day of the protest Khan called", "independence": "year of independence",
     "vote": "day of the no-confidence vote", "bhutto": "year of the motion against Benazir Bhutto",
     "pm_election": "day the new prime minister was elected", "next_poll": "year the next election is due",
     "term_end": "end of the assembly's term",
    }
    ms = [
     M(D1, "Minggu (3/4/2022)", D, "ruling", "2022-04-03"),
     M(D1, "90 hari", N, "poll_days", 90, cls="dur"),
     M(D1, "8 Maret 2022", D, "submitted", "2022-03-08"),
     M(D1, "Senin (28/3/2022)", D, "leave_day", "2022-03-28"),
     M(D1, "161 anggota", N, "leave", 161, cls="votes"),
     M(D1, "172 suara", N, "needed", 172, cls="votes"),
     M(D1, "342 kursi", N, "seats", 342, cls="votes"),
     M(D1, "Senin (4/4/2022)", D, "hearing", "2022-04-04"),
     M(D1, "Agustus 2018", D, "khan2018", "2018-08"),

     M(R, "Thursday", D, "sc", "2022-04-07"),
     M(R, "four days", N, "hearings", 4, cls="dur"),
     M(R, "April 3", D, "ruling", "2022-04-03"),
     M(R, "March 28", D, "leave_day", "2022-03-28"),
     M(R, "Saturday, April 9", D, "session", "2022-04-09"),
     M(R, "172 votes", N, "needed", 172, cls="votes"),
     M(R, "342-seat", N, "seats", 342, cls="votes"),
     M(R, "Friday", D, "khan_speech", "2022-04-08"),
     M(R, "Sunday", D, "protest_call", "2022-04-10"),
     M(R, "1947", D, "independence", "1947"),

     M(K, "Minggu (10/4/2022)", D, "vote", "2022-04-10"),
     M(K, "174 anggota", N, "noconf", 174, cls="votes"),
     M(K, "342 kursi", N, "seats", 342, cls="votes"),
     M(K, "172 suara", N, "needed", 172, cls="votes"),
     M(K, "Sabtu (9/4/2022)", D, "session", "2022-04-09"),
     M(K, "Kamis (7/4/2022)", D, "sc", "2022-04-07"),
     M(K, "1989", D, "bhutto", "1989"),
     M(K, "Senin (11/4/2022)", D, "pm_election", "2022-04-11"),

     M(T, "174 suara", N, "pmvote", 174, cls="votes"),
     M(T, "Senin (11/4/2022)", D, "pm_election", "2022-04-11"),
     M(T, "147 suara", N, "noconf", 147, cls="votes", planted=True),
     M(T, "Minggu (10/4/2022)", D, "vote", "2022-04-10"),
     M(T, "Rabu (6/4/2022)", D, "sc", "2022-04-06", planted=True),
     M(T, "2023", D, "next_poll", "2023"),

     M(W, "April 10", D, "vote", "2022-04-10"),
     M(W, "174 members", N, "noconf", 174, cls="votes"),
     M(W, "342-seat", N, "seats", 342, cls="votes"),
     M(W, "April 7", D, "sc", "2022-04-07"),
     M(W, "April 11", D, "pm_election", "2022-04-11"),
     M(W, "174 votes", N, "pmvote", 174, cls="votes"),
     M(W, "August 2023", D, "term_end", "2023-08"),
    ]
    build("pakistan-no-confidence-2022", "The no-confidence motion against Pakistan's prime minister Imran Khan: "
          "submitted on 8 March 2022, given leave on Monday 28 March (161 members), rejected by the deputy speaker on "
          "Sunday 3 April (the National Assembly dissolved the same day), the Supreme Court's unanimous ruling on "
          "Thursday 7 April restoring the assembly, the session from Saturday 9 April and the vote after midnight on "
          "Sunday 10 April (174 of 342, 172 needed), Shahbaz Sharif elected prime minister with 174 votes on Monday "
          "11 April", False, ms, names)


def census():
    B, A, S, K = "bdnews-jul27", "antara-jul28", "dailystar-jul29", "kompas-jul30"
    names = {
     "pop": "population in 2022", "female": "women counted", "male": "men counted", "third": "third gender counted",
     "growth": "annual growth rate", "pop2011": "population in the 2011 census", "pop1974": "population in 1974",
     "supervisors": "census supervisors", "increase": "population increase since 2011",
     # dates
     "release": "day the results were released", "start": "first day of the count",
     "end_planned": "day the count was to end", "end": "day the extended count ended", "c2011": "year of the last census",
     "c2021": "year the census was first scheduled", "c1974": "year of the first census",
    }
    ms = [
     M(B, "165,158,616", N, "pop", 165158616),
     M(B, "Wednesday", D, "release", "2022-07-27"),
     M(B, "83,347,206", N, "female", 83347206),
     M(B, "81,712,824", N, "male", 81712824),
     M(B, "12,629", N, "third", 12629),
     M(B, "1.22 percent", N, "growth", 1.22, cls="pct"),
     M(B, "2011", D, "c2011", "2011"),
     M(B, "144.04 million", N, "pop2011", 144040000),
     M(B, "June 15", D, "start", "2022-06-15"),
     M(B, "June 21", D, "end_planned", "2022-06-21"),
     M(B, "June 28", D, "end", "2022-06-28"),
     M(B, "63,548 supervisors", N, "supervisors", 63548),
     M(B, "2021", D, "c2021", "2021"),
     M(B, "1974", D, "c1974", "1974"),
     M(B, "71.5 million", N, "pop1974", 71500000),

     M(A, "165.158.616 jiwa", N, "pop", 165158616),
     M(A, "Rabu (27/7/2022)", D, "release", "2022-07-27"),
     M(A, "83.347.206 jiwa", N, "female", 83347206),
     M(A, "81.712.824 jiwa", N, "male", 81712824),
     M(A, "12.629 orang", N, "third", 12629),
     M(A, "1,22 persen", N, "growth", 1.22, cls="pct"),
     M(A, "2011", D, "c2011", "2011"),
     M(A, "144,04 juta jiwa", N, "pop2011", 144040000),
     M(A, "15 Juni 2022", D, "start", "2022-06-15"),
     M(A, "21 Juni 2022", D, "end_planned", "2022-06-21"),
     M(A, "28 Juni 2022", D, "end", "2022-06-28"),
     M(A, "2021", D, "c2021", "2021"),
     M(A, "1974", D, "c1974", "1974"),
     M(A, "71,5 juta jiwa", N, "pop1974", 71500000),

     M(S, "July 27", D, "release", "2022-07-27"),
     M(S, "165.16 million", N, "pop", 165160000, qual="approx"),
     M(S, "about 21 million", N, "increase", 21000000, qual="approx"),
     M(S, "2011", D, "c2011", "2011"),
     M(S, "83.35 million", N, "female", 83350000, qual="approx"),
     M(S, "81.71 million", N, "male", 81710000, qual="approx"),
     M(S, "12,629", N, "third", 12629),
     M(S, "1.22 percent", N, "growth", 1.22, cls="pct"),
     M(S, "144.04 million", N, "pop2011", 144040000),
     M(S, "June 15", D, "start", "2022-06-15"),
     M(S, "June 28", D, "end", "2022-06-28"),
     M(S, "63,548 supervisors", N, "supervisors", 63548),
     M(S, "1974", D, "c1974", "1974"),
     M(S, "71.5 million", N, "pop1974", 71500000),

     M(K, "sekitar 165,16 juta jiwa", N, "pop", 165160000, qual="approx"),
     M(K, "Rabu (27/7/2022)", D, "release", "2022-07-27"),
     M(K, "83,35 juta perempuan", N, "female", 83350000, qual="approx"),
     M(K, "81,71 juta laki-laki", N, "male", 81710000, qual="approx"),
     M(K, "12.629 orang", N, "third", 12629),
     M(K, "1,22 persen", N, "growth", 1.22, cls="pct"),
     M(K, "2011", D, "c2011", "2011"),
     M(K, "144,04 juta jiwa", N, "pop2011", 144040000),
     M(K, "sekitar 21 juta jiwa", N, "increase", 21000000, qual="approx"),
     M(K, "15 Juni 2022", D, "start", "2022-06-15"),
     M(K, "28 Juni 2022", D, "end", "2022-06-28"),
     M(K, "63.548 pengawas", N, "supervisors", 63548),
     M(K, "1974", D, "c1974", "1974"),
     M(K, "71,5 juta jiwa", N, "pop1974", 71500000),
    ]
    build("bangladesh-census-2022", "The preliminary results of Bangladesh's 2022 census (control), released by the "
          "Bangladesh Bureau of Statistics on Wednesday 27 July 2022: 165,158,616 people (83,347,206 women, 81,712,824 "
          "men, 12,629 third gender), annual growth 1.22% since the 2011 census's 144.04 million; the count from 15 "
          "June, to end on 21 June, extended to 28 June in flooded districts; 63,548 supervisors; 71.5 million in the "
          "first census of 1974. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ahmedpur()
    no_confidence()
    census()
