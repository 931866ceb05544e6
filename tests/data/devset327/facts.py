"""The three-hundred-and-twenty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset327/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def amman():
    K, R, T, A = "kompas-nov10", "reuters-nov11", "tempo-nov14", "ap-dec01"
    # as-of times of the running tallies: Thursday 10 November 2005 (the officials' first count of 67 dead and more
    # than 300 wounded), Friday 11 November (the government's corrected 56: victims counted twice), Monday 14
    # November (57, a wounded victim having died), the count as reported on 1 December (57 dead, about 115
    # wounded). The dead fall from 67 to 56 (a revision) and the wounded from "more than 300" to "about 115" (a
    # revision); neither is a count that may legitimately fall.
    THU, FRI, NOV14, DEC01 = "2005-11-10", "2005-11-11", "2005-11-14", "2005-12-01"
    names = {
     "dead": "people killed in the hotel bombings (not counting the bombers)", "injured": "people wounded",
     "sent": "attackers al-Qaeda in Iraq said it sent", "bombers": "bombers killed",
     # dates
     "attack": "day of the bombings", "count_thu": "day of the first count of 67",
     "protest": "day of the march against Zarqawi", "count_fri": "day the toll was corrected to 56",
     "aqaba": "the rocket attack from the Red Sea port", "rishawi_tv": "day the arrested woman appeared on television",
     "named": "day the new prime minister was named", "sworn": "day the new cabinet was sworn in",
     "badran": "the outgoing government's start",
    }
    ms = [
     M(K, "Rabu (9/11/2005)", D, "attack", "2005-11-09"),
     M(K, "Kamis (10/11/2005)", D, "count_thu", "2005-11-10"),
     M(K, "sedikitnya 67 orang", N, "dead", 67, THU, qual="atleast"),
     M(K, "lebih dari 300 orang", N, "injured", 300, THU, qual="morethan"),
     M(K, "19 Agustus 2005", D, "aqaba", "2005-08-19"),

     M(R, "Friday", D, "count_fri", "2005-11-11"),
     M(R, "Wednesday", D, "attack", "2005-11-09"),
     M(R, "to 56", N, "dead", 56, FRI),
     M(R, "Thursday", D, "count_thu", "2005-11-10"),
     M(R, "67 people", N, "dead", 67, THU),
     M(R, "four Iraqis", N, "sent", 4),
     M(R, "Thursday", D, "protest", "2005-11-10", occ=2),
     M(R, "more than 300 people", N, "injured", 300, FRI, qual="morethan"),
     M(R, "August", D, "aqaba", "2005-08"),

     M(T, "Minggu (13/11/2005)", D, "rishawi_tv", "2005-11-13"),
     M(T, "Kamis (10/11/2005)", D, "attack", "2005-11-10", planted=True),
     M(T, "57 orang", N, "dead", 57, NOV14),
     M(T, "67 korban tewas", N, "dead", 67, THU),
     M(T, "56", N, "dead", 56, FRI),
     M(T, "Jumat (11/11/2005)", D, "count_fri", "2005-11-11"),
     M(T, "Lebih dari 300 orang", N, "injured", 300, NOV14, qual="morethan"),

     M(A, "Nov. 24", D, "named", "2005-11-24"),
     M(A, "April", D, "badran", "2005-04"),
     M(A, "Sunday, Nov. 27", D, "sworn", "2005-11-27"),
     M(A, "Nov. 9", D, "attack", "2005-11-09"),
     M(A, "57 people", N, "dead", 57, DEC01),
     M(A, "three bombers", N, "bombers", 3),
     M(A, "about 115", N, "injured", 115, DEC01, qual="approx"),
     M(A, "Nov. 13", D, "rishawi_tv", "2005-11-13"),
    ]
    build("amman-bombings-2005", "The suicide bombings of three hotels in Amman, Jordan (the Grand Hyatt, the Radisson "
          "SAS and the Days Inn, Wednesday 9 November 2005): at least 67 dead and more than 300 wounded by the "
          "officials' count on Thursday 10 November, corrected down to 56 on Friday 11 November (victims counted "
          "twice), 57 after a wounded victim died, about 115 wounded in the later count; al-Qaeda in Iraq's claim of "
          "four Iraqi attackers; the Iraqi woman whose belt failed shown on television on Sunday 13 November; the new "
          "prime minister named on 24 November and sworn in on Sunday 27 November 2005", False, ms, names)


def rabaa():
    R, T, K, A = "reuters-aug15", "detik-aug16", "kompas-aug19", "ap-sep12"
    # as-of times of the running tallies: Wednesday night 14 August 2013 (the Health Ministry's 235), Thursday 15
    # August (525 dead, 3,717 wounded), Friday 16 August (578 dead, 4,201 wounded; the same count repeated later is
    # the same briefing); the Muslim Brotherhood's "more than 2,000" is another source's figure on every day. The
    # Interior Ministry's 43 police dead in the dispersal is one figure (no as-of). The Friday clashes' 173 dead, the
    # 36 prisoners, the 25 police in Sinai, "nearly 900" since Wednesday and "more than 100" security forces are other
    # facts.
    WEDN, THU, FRI, MON19, SEP12 = "2013-08-14b", "2013-08-15", "2013-08-16", "2013-08-19", "2013-09-12"
    MOH, MB = "the Health Ministry", "the Muslim Brotherhood"
    names = {
     "dead": "people killed in the clearing of the two camps", "injured": "people wounded in the clearing",
     "police": "police killed in the clearing (Interior Ministry)", "curfew": "provinces under the curfew",
     "provinces": "Egypt's provinces", "dead_all": "people killed across Egypt since the clearing",
     "security": "police and soldiers killed since the clearing", "sinai": "police killed in the Sinai ambush",
     "prisoners": "prisoners who died in the transfer to Abu Zaabal", "dead_fri": "people killed in Friday's clashes",
     "emerg_len": "first length of the state of emergency (months)",
     "extension": "length of the extension (months)",
     # dates
     "clearing": "day the camps were cleared", "emergency": "day the state of emergency was declared",
     "resign": "day the vice president resigned", "count_thu": "day of the count of 525",
     "count_fri": "day of the count of 578", "removed": "day the president was removed",
     "sinai_day": "day of the Sinai ambush", "prison_day": "day of the prisoners' deaths",
     "fri_clash": "day of the Friday clashes", "siege": "day of the siege of the Al-Fath mosque",
     "extended": "day the emergency was extended", "badie": "day the Brotherhood's leader was detained",
    }
    ms = [
     M(R, "Thursday", D, "count_thu", "2013-08-15"),
     M(R, "525 people", N, "dead", 525, THU, src=MOH),
     M(R, "3,717", N, "injured", 3717, THU),
     M(R, "Wednesday", D, "clearing", "2013-08-14"),
     M(R, "235", N, "dead", 235, WEDN, src=MOH),
     M(R, "more than 2,000", N, "dead", 2000, THU, qual="morethan", src=MB),
     M(R, "43 policemen", N, "police", 43),
     M(R, "Wednesday", D, "emergency", "2013-08-14", occ=2),
     M(R, "14", N, "curfew", 14),
     M(R, "27 provinces", N, "provinces", 27),
     M(R, "Wednesday", D, "resign", "2013-08-14", occ=3),
     M(R, "July 3", D, "removed", "2013-07-03"),

     M(T, "578 orang", N, "dead", 578, FRI, src=MOH),
     M(T, "Jumat (16/8/2013)", D, "count_fri", "2013-08-16"),
     M(T, "4.201 orang", N, "injured", 4201, FRI),
     M(T, "Kamis (15/8/2013)", D, "count_thu", "2013-08-15"),
     M(T, "525 korban tewas", N, "dead", 525, THU, src=MOH),
     M(T, "3.717 korban luka", N, "injured", 3717, THU),
     M(T, "34 polisi", N, "police", 34, planted=True),
     M(T, "Rabu (14/8/2013)", D, "clearing", "2013-08-14"),
     M(T, "lebih dari 2.000 orang", N, "dead", 2000, FRI, qual="morethan", src=MB),
     M(T, "sebulan", N, "emerg_len", 1, cls="dur"),
     M(T, "14 provinsi", N, "curfew", 14),
     M(T, "3 Juli 2013", D, "removed", "2013-07-03"),

     M(K, "Sedikitnya 25 polisi", N, "sinai", 25, qual="atleast"),
     M(K, "Senin (19/8/2013)", D, "sinai_day", "2013-08-19"),
     M(K, "Minggu (18/8/2013)", D, "prison_day", "2013-08-18"),
     M(K, "36 tahanan", N, "prisoners", 36),
     M(K, "hampir 900 orang", N, "dead_all", 900, MON19, qual="nearly"),
     M(K, "Rabu (14/8/2013)", D, "clearing", "2013-08-14"),
     M(K, "lebih dari 100 polisi", N, "security", 100, MON19, qual="morethan"),
     M(K, "578 orang", N, "dead", 578, FRI, src=MOH),
     M(K, "Jumat (16/8/2013)", D, "fri_clash", "2013-08-16"),
     M(K, "173 orang", N, "dead_fri", 173),
     M(K, "Sabtu (17/8/2013)", D, "siege", "2013-08-17"),

     M(A, "two months", N, "extension", 2, cls="dur"),
     M(A, "Thursday", D, "extended", "2013-09-12"),
     M(A, "Aug. 15", D, "emergency", "2013-08-15", planted=True),
     M(A, "one month", N, "emerg_len", 1, cls="dur"),
     M(A, "578 people", N, "dead", 578, FRI, src=MOH),
     M(A, "43 police officers", N, "police", 43),
     M(A, "more than 2,000", N, "dead", 2000, SEP12, qual="morethan", src=MB),
     M(A, "14 provinces", N, "curfew", 14),
     M(A, "Aug. 20", D, "badie", "2013-08-20"),
     M(A, "July 3", D, "removed", "2013-07-03"),
     M(A, "25 policemen", N, "sinai", 25),
     M(A, "Aug. 19", D, "sinai_day", "2013-08-19"),
    ]
    build("rabaa-dispersal-2013", "The clearing of the Rabaa al-Adawiya and Nahda Square sit-ins in Cairo and Giza "
          "(Wednesday 14 August 2013): the Health Ministry's toll rising 235 (Wednesday night) -> 525 and 3,717 wounded "
          "(Thursday 15 August) -> 578 and 4,201 wounded (Friday 16 August), the Muslim Brotherhood's 'more than "
          "2,000' as another source, 43 police dead by the Interior Ministry; a month-long state of emergency and a "
          "curfew in 14 provinces declared the same Wednesday and extended by two months on Thursday 12 September; "
          "the vice president's resignation the same day; the Friday clashes (173 dead), the prisoners' deaths (36, "
          "Sunday 18 August) and the Sinai ambush (25 police, Monday 19 August) as other events", False, ms, names)


def election():
    A, R, K, P = "antara-sep12", "reuters-sep11", "kompas-sep13", "ap-sep14"
    # one announcement (the Independent Election Commission, Wednesday 11 September 2024) of the vote of Tuesday 10
    # September: the same figures everywhere; no running tally.
    names = {
     "iaf": "seats won by the Islamic Action Front", "seats": "seats in the House of Representatives",
     "turnout": "turnout (%)", "turnout2020": "turnout in 2020 (%)", "voters": "registered voters (millions)",
     "list": "seats for national party lists", "local": "seats for local districts", "women": "seats reserved for women",
     # dates
     "vote": "polling day", "announce": "day the results were announced", "prev": "the previous election",
     "law": "the election law", "since": "the restoration of parliamentary life",
    }
    ms = [
     M(A, "31", N, "iaf", 31),
     M(A, "138 kursi", N, "seats", 138),
     M(A, "Selasa (10/9/2024)", D, "vote", "2024-09-10"),
     M(A, "Rabu (11/9/2024)", D, "announce", "2024-09-11"),
     M(A, "32,25 persen", N, "turnout", 32.25, cls="pct"),
     M(A, "sekitar 5,1 juta", N, "voters", 5.1, qual="approx", cls="mln"),
     M(A, "2020", D, "prev", "2020"),
     M(A, "29,9 persen", N, "turnout2020", 29.9, cls="pct"),
     M(A, "2022", D, "law", "2022"),
     M(A, "41 kursi", N, "list", 41),
     M(A, "97 kursi", N, "local", 97),
     M(A, "18 kursi", N, "women", 18),

     M(R, "31", N, "iaf", 31),
     M(R, "138 seats", N, "seats", 138),
     M(R, "Tuesday", D, "vote", "2024-09-10"),
     M(R, "Wednesday", D, "announce", "2024-09-11"),
     M(R, "32.25%", N, "turnout", 32.25, cls="pct"),
     M(R, "29.9%", N, "turnout2020", 29.9, cls="pct"),
     M(R, "2020", D, "prev", "2020"),
     M(R, "About 5.1 million", N, "voters", 5.1, qual="approx", cls="mln"),
     M(R, "2022", D, "law", "2022"),
     M(R, "41 seats", N, "list", 41),
     M(R, "97", N, "local", 97),
     M(R, "18 seats", N, "women", 18),

     M(K, "31 kursi", N, "iaf", 31),
     M(K, "138 orang", N, "seats", 138),
     M(K, "Selasa (10/9/2024)", D, "vote", "2024-09-10"),
     M(K, "Rabu (11/9/2024)", D, "announce", "2024-09-11"),
     M(K, "32,25 persen", N, "turnout", 32.25, cls="pct"),
     M(K, "29,9 persen", N, "turnout2020", 29.9, cls="pct"),
     M(K, "2020", D, "prev", "2020"),
     M(K, "sekitar 5,1 juta", N, "voters", 5.1, qual="approx", cls="mln"),
     M(K, "2022", D, "law", "2022"),
     M(K, "41 kursi", N, "list", 41),
     M(K, "97 kursi", N, "local", 97),
     M(K, "18 kursi", N, "women", 18),
     M(K, "1989", D, "since", "1989"),

     M(P, "31 seats", N, "iaf", 31),
     M(P, "138 seats", N, "seats", 138),
     M(P, "Wednesday", D, "announce", "2024-09-11"),
     M(P, "Sept. 10", D, "vote", "2024-09-10"),
     M(P, "32.25%", N, "turnout", 32.25, cls="pct"),
     M(P, "about 5.1 million", N, "voters", 5.1, qual="approx", cls="mln"),
     M(P, "29.9%", N, "turnout2020", 29.9, cls="pct"),
     M(P, "2020", D, "prev", "2020"),
     M(P, "2022", D, "law", "2022"),
     M(P, "41 seats", N, "list", 41),
     M(P, "97", N, "local", 97),
     M(P, "18", N, "women", 18),
     M(P, "1989", D, "since", "1989"),
    ]
    build("jordan-election-2024", "Jordan's parliamentary election of Tuesday 10 September 2024 (control), results "
          "announced by the Independent Election Commission on Wednesday 11 September: the Islamic Action Front 31 of "
          "138 seats, turnout 32.25% of about 5.1 million registered voters (29.9% in 2020), 41 party-list and 97 "
          "local seats under the 2022 law, 18 seats reserved for women, the best result since 1989. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    amman()
    rabaa()
    election()
