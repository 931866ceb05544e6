"""The two-hundred-and-fifty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset257/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mine():
    K, R, T, A = "kompas-nov25", "reuters-nov26", "detik-nov27", "ap-dec17"
    # as-of times of the running tallies: Thursday 25 November 2021 at midday (the first 11 dead, the 43 in hospital),
    # Thursday night (52 dead: 46 miners and six rescuers), Friday 26 November (a rescuer found alive: 51 dead, five
    # of them rescuers; 63 treated), the count when the search ended (51 as reported on 17 December). The dead do not
    # fall: the cut from 52 to 51 and from six rescuers to five is a revision. The people underground (285), those
    # brought out (239), the miners among the dead (46) and the 2010 disaster's toll do not change with the day.
    THU, THUN, FRI, DEC = "2021-11-25a", "2021-11-25b", "2021-11-26", "2021-12-17"
    names = {
     "dead": "people killed in the mine", "injured": "people injured or treated", "under": "people underground",
     "out": "people brought out of the mine", "miners_dead": "miners among the dead",
     "rescuers_dead": "rescuers among the dead", "dead2010": "dead in the 2010 Raspadskaya disaster",
     "custody": "people in custody",
     # dates
     "blast": "day of the explosion", "asof_thu": "day of the first count", "count_thun": "day the toll of 52 was given",
     "found": "day the rescuer was found alive", "asof_fri": "day of the count of the treated",
     "y2010": "year of the Raspadskaya disaster", "search_end": "day the search ended",
    }
    ms = [
     M(K, "Sedikitnya 11 penambang", N, "dead", 11, THU, qual="atleast"),
     M(K, "Kamis (25/11/2021)", D, "blast", "2021-11-25"),
     M(K, "285 orang", N, "under", 285),
     M(K, "Kamis siang", D, "asof_thu", "2021-11-25"),
     M(K, "239 pekerja", N, "out", 239),
     M(K, "43 orang", N, "injured", 43, THU),

     M(R, "51", N, "dead", 51, FRI),
     M(R, "Friday", D, "found", "2021-11-26"),
     M(R, "Thursday", D, "count_thun", "2021-11-25"),
     M(R, "52 people", N, "dead", 52, THUN),
     M(R, "46 miners", N, "miners_dead", 46),
     M(R, "six members", N, "rescuers_dead", 6, THUN),
     M(R, "285 people", N, "under", 285),
     M(R, "Thursday", D, "blast", "2021-11-25", occ=2),
     M(R, "239", N, "out", 239),
     M(R, "Friday", D, "asof_fri", "2021-11-26", occ=2),
     M(R, "63 people", N, "injured", 63, FRI),
     M(R, "2010", D, "y2010", "2010"),
     M(R, "91 people", N, "dead2010", 91),

     M(T, "51 orang", N, "dead", 51, FRI),
     M(T, "Jumat (26/11/2021)", D, "found", "2021-11-26"),
     M(T, "46 penambang", N, "miners_dead", 46),
     M(T, "5 anggota", N, "rescuers_dead", 5, FRI),
     M(T, "Kamis (25/11/2021) malam", D, "count_thun", "2021-11-25"),
     M(T, "52 orang", N, "dead", 52, THUN),
     M(T, "Rabu (24/11/2021)", D, "blast", "2021-11-24", planted=True),
     M(T, "285 orang", N, "under", 285),
     M(T, "239 orang", N, "out", 239),
     M(T, "2010", D, "y2010", "2010"),
     M(T, "91 orang", N, "dead2010", 91),

     M(A, "Monday, Dec. 13", D, "search_end", "2021-12-13"),
     M(A, "Nov. 25", D, "blast", "2021-11-25"),
     M(A, "51 people", N, "dead", 51, DEC),
     M(A, "46 miners", N, "miners_dead", 46),
     M(A, "five rescuers", N, "rescuers_dead", 5, DEC),
     M(A, "2010", D, "y2010", "2010"),
     M(A, "258 people", N, "under", 258, planted=True),
     M(A, "239 of them", N, "out", 239),
     M(A, "Five people", N, "custody", 5, DEC),
    ]
    build("listvyazhnaya-mine-2021", "The methane explosion and fire at the Listvyazhnaya coal mine near Belovo, "
          "Kemerovo region, Siberia (Thursday 25 November 2021; 285 people underground, 239 brought out): at least 11 "
          "dead by Thursday midday, 52 (46 miners and six rescuers) on Thursday night, revised down to 51 (five "
          "rescuers) on Friday 26 November when the rescuer Alexander Zakovryashin was found alive; 43 in hospital -> "
          "63 treated; the search ended on Monday 13 December; the Raspadskaya disaster of 2010 (91 dead)",
          False, ms, names)


def border():
    P, R, K, A = "tempo-sep17", "reuters-sep18", "kompas-sep20", "ap-oct11"
    # as-of times: Saturday 17 September 2022 in the morning (24 Kyrgyz dead, 122 wounded), Sunday 18 September during
    # the day (46 dead, 140 wounded, about 137,000 evacuated; Tajikistan's first 35 dead) and at night (59 dead, 144
    # wounded), 20 September (about 140,000 evacuated), 24 September (62 dead, 198 wounded), 25 September (the
    # roughly 140,000 who fled, by the security chief's count), the Tajik government's later 41 (October). The Kyrgyz
    # health ministry's counts and the Tajik government's are of different facts (each country's own dead). Sources:
    # two unnamed sources' 30 Tajik dead against the Tajik government's 35 and 41.
    SAT, SUNA, SUNB, S20, S24, S25, OCT = ("2022-09-17", "2022-09-18a", "2022-09-18b", "2022-09-20", "2022-09-24",
                                           "2022-09-25", "2022-10-11")
    TJ, SRC = "the Tajik government", "two sources in Tajikistan"
    names = {
     "kg_dead": "Kyrgyz citizens killed", "kg_inj": "Kyrgyz citizens wounded", "evac": "people evacuated in Kyrgyzstan",
     "tj_dead": "Tajik citizens killed", "tj_inj": "Tajik citizens wounded", "border": "length of the border (km)",
     # dates
     "asof_sat": "day of the first Kyrgyz count", "start": "day the clashes began",
     "escalate": "day the fighting spread", "ceasefire": "day of the ceasefire", "summit": "day the presidents met",
     "emergency": "day the state of emergency began", "prev": "month of the earlier clashes",
     "asof_sun": "day of the Sunday counts", "mourning": "day of national mourning",
     "protocol1": "day of the protocol on pulling troops back", "protocol2": "day of the protocol ending the conflict",
     "asof_24": "day of the final Kyrgyz count",
    }
    ms = [
     M(P, "24 warga negaranya", N, "kg_dead", 24, SAT),
     M(P, "Sabtu (17/9/2022)", D, "asof_sat", "2022-09-17"),
     M(P, "122 orang", N, "kg_inj", 122, SAT),
     M(P, "Rabu (14/9/2022)", D, "start", "2022-09-14"),
     M(P, "Jumat (16/9/2022)", D, "escalate", "2022-09-16"),
     M(P, "mulai Sabtu", D, "emergency", "2022-09-17"),
     M(P, "sekitar 972 km", N, "border", 972, qual="approx", cls="km"),
     M(P, "April 2021", D, "prev", "2021-04"),

     M(R, "46", N, "kg_dead", 46, SUNA),
     M(R, "Sunday", D, "asof_sun", "2022-09-18"),
     M(R, "140 people", N, "kg_inj", 140, SUNA),
     M(R, "about 137,000 people", N, "evac", 137000, SUNA, qual="approx"),
     M(R, "35 Tajik citizens", N, "tj_dead", 35, SUNA, src=TJ),
     M(R, "Wednesday", D, "start", "2022-09-14"),
     M(R, "30 people", N, "tj_dead", 30, SAT, src=SRC),
     M(R, "Friday", D, "ceasefire", "2022-09-16"),
     M(R, "Friday", D, "summit", "2022-09-16", occ=2),
     M(R, "Monday", D, "mourning", "2022-09-19"),

     M(K, "59 orang", N, "kg_dead", 59, SUNB),
     M(K, "Minggu (18/9/2022) malam", D, "asof_sun", "2022-09-18"),
     M(K, "144 orang", N, "kg_inj", 144, SUNB),
     M(K, "Senin (19/9/2022)", D, "mourning", "2022-09-19"),
     M(K, "Senin malam", D, "protocol1", "2022-09-19"),
     M(K, "35 warganya", N, "tj_dead", 35, SUNA, src=TJ),
     M(K, "Kamis (15/9/2022)", D, "start", "2022-09-15", planted=True),
     M(K, "Sekitar 140.000 warga", N, "evac", 140000, S20, qual="approx"),
     M(K, "972 km", N, "border", 972, cls="km"),

     M(A, "62 dead", N, "kg_dead", 62, S24),
     M(A, "198 wounded", N, "kg_inj", 198, S24),
     M(A, "Sept. 24", D, "asof_24", "2022-09-24"),
     M(A, "41 of its citizens", N, "tj_dead", 41, OCT, src=TJ),
     M(A, "30 wounded", N, "tj_inj", 30, OCT),
     M(A, "Sept. 14", D, "start", "2022-09-14"),
     M(A, "Sunday, Sept. 25", D, "protocol2", "2022-09-25"),
     M(A, "Sept. 19", D, "protocol1", "2022-09-19"),
     M(A, "roughly 140,000 people", N, "evac", 140000, S25, qual="approx"),
     M(A, "927-kilometer", N, "border", 927, cls="km", planted=True),
    ]
    build("batken-border-clashes-2022", "The border clashes between Kyrgyzstan and Tajikistan in Kyrgyzstan's Batken "
          "region (begun on Wednesday 14 September 2022, spreading on Friday 16 September, when a ceasefire was agreed "
          "and the two presidents met in Samarkand): the Kyrgyz health ministry's toll rising 24 (Saturday 17 "
          "September) -> 46 -> 59 (Sunday 18 September) -> 62 (24 September), the wounded 122 -> 140 -> 144 -> 198, "
          "about 137,000 then about 140,000 evacuated; Tajikistan's 35 then 41 dead against two unnamed sources' 30; "
          "national mourning and a first protocol on Monday 19 September, a protocol ending the conflict on Sunday 25 "
          "September at the Kyzyl-Bel checkpoint; a border of 972 km", False, ms, names)


def vote():
    R, T1, A, T2 = "reuters-jul02", "antara-jul03", "ap-jul04", "tempo-jul05"
    names = {
     "yes": "share voting for the amendments", "no": "share voting against", "turnout": "turnout",
     "yes_n": "people voting for (millions)", "no_n": "people voting against (millions)",
     "amend": "amendments in the package", "term": "length of a presidential term", "age": "Putin's age",
     # dates
     "announced": "day the results were announced", "start": "first day of the vote", "end": "last day of the vote",
     "orig": "original date of the vote", "term_end": "year Putin's current term ends", "until": "year Putin could stay until",
     "certified": "day the results were certified", "in_force": "day the constitution took effect",
     "since": "year Putin came to power",
    }
    ms = [
     M(R, "2036", D, "until", "2036"),
     M(R, "77.92%", N, "yes", 77.92, cls="pct"),
     M(R, "Thursday", D, "announced", "2020-07-02"),
     M(R, "21.27%", N, "no", 21.27, cls="pct"),
     M(R, "67.97%", N, "turnout", 67.97, cls="pct"),
     M(R, "About 57.7 million people", N, "yes_n", 57.7, qual="approx", cls="mln"),
     M(R, "roughly 15.8 million", N, "no_n", 15.8, qual="approx", cls="mln"),
     M(R, "June 25", D, "start", "2020-06-25"),
     M(R, "July 1", D, "end", "2020-07-01"),
     M(R, "April 22", D, "orig", "2020-04-22"),
     M(R, "206 amendments", N, "amend", 206),
     M(R, "2024", D, "term_end", "2024"),
     M(R, "six-year", N, "term", 6, cls="dur"),

     M(T1, "Kamis (2/7/2020)", D, "announced", "2020-07-02"),
     M(T1, "77,92 persen", N, "yes", 77.92, cls="pct"),
     M(T1, "21,27 persen", N, "no", 21.27, cls="pct"),
     M(T1, "67,97 persen", N, "turnout", 67.97, cls="pct"),
     M(T1, "hampir 58 juta orang", N, "yes_n", 58, qual="nearly", cls="mln"),
     M(T1, "sekitar 15,8 juta orang", N, "no_n", 15.8, qual="approx", cls="mln"),
     M(T1, "25 Juni", D, "start", "2020-06-25"),
     M(T1, "1 Juli 2020", D, "end", "2020-07-01"),
     M(T1, "22 April 2020", D, "orig", "2020-04-22"),
     M(T1, "206 amandemen", N, "amend", 206),
     M(T1, "2024", D, "term_end", "2024"),
     M(T1, "enam tahun", N, "term", 6, cls="dur"),
     M(T1, "2036", D, "until", "2036"),

     M(A, "Friday", D, "certified", "2020-07-03"),
     M(A, "Nearly 78%", N, "yes", 78, qual="nearly", cls="pct"),
     M(A, "21.27%", N, "no", 21.27, cls="pct"),
     M(A, "67.97%", N, "turnout", 67.97, cls="pct"),
     M(A, "almost 58 million people", N, "yes_n", 58, qual="nearly", cls="mln"),
     M(A, "about 15.8 million", N, "no_n", 15.8, qual="approx", cls="mln"),
     M(A, "July 1", D, "end", "2020-07-01"),
     M(A, "April 22", D, "orig", "2020-04-22"),
     M(A, "206 amendments", N, "amend", 206),
     M(A, "67", N, "age", 67),
     M(A, "six-year", N, "term", 6, cls="dur"),
     M(A, "2024", D, "term_end", "2024"),
     M(A, "2036", D, "until", "2036"),
     M(A, "Saturday", D, "in_force", "2020-07-04"),

     M(T2, "Sabtu (4/7/2020)", D, "in_force", "2020-07-04"),
     M(T2, "77,92 persen", N, "yes", 77.92, cls="pct"),
     M(T2, "21,27 persen", N, "no", 21.27, cls="pct"),
     M(T2, "67,97 persen", N, "turnout", 67.97, cls="pct"),
     M(T2, "sekitar 57,7 juta", N, "yes_n", 57.7, qual="approx", cls="mln"),
     M(T2, "sekitar 15,8 juta", N, "no_n", 15.8, qual="approx", cls="mln"),
     M(T2, "Jumat (3/7/2020)", D, "certified", "2020-07-03"),
     M(T2, "25 Juni", D, "start", "2020-06-25"),
     M(T2, "1 Juli", D, "end", "2020-07-01"),
     M(T2, "22 April", D, "orig", "2020-04-22"),
     M(T2, "206 amandemen", N, "amend", 206),
     M(T2, "2024", D, "term_end", "2024"),
     M(T2, "enam tahun", N, "term", 6, cls="dur"),
     M(T2, "2000", D, "since", "2000"),
     M(T2, "2036", D, "until", "2036"),
    ]
    build("russia-constitution-vote-2020", "Russia's Central Election Commission announces the result of the "
          "nationwide vote on constitutional amendments (control), Thursday 2 July 2020, after a week of voting from "
          "25 June to 1 July (first set for 22 April): 77.92% for, 21.27% against, turnout 67.97%, about 57.7 million "
          "for and about 15.8 million against; 206 amendments, among them one letting Vladimir Putin, whose term ends "
          "in 2024, run for two more six-year terms and stay until 2036; certified on Friday 3 July, in force on "
          "Saturday 4 July. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mine()
    border()
    vote()
