"""The two-hundred-and-seventieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset270/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def peru():
    R, K, T, A = "reuters-dec13", "kompas-dec15", "detik-dec19", "ap-jan11"
    # as-of times of the death toll: the ombudsman's seven of Tuesday 13 December 2022, corrected down to six on
    # Wednesday 14 December (a revision: one name on the list did not exist), the health minister's six the same day,
    # the health ministry's 25 at noon on Sunday 18 December, the ombudsman's 27 by 20 December. The ombudsman's and
    # the health ministry's counts are different sources (sources, also across days). Votes, the judge's ruling and
    # dates do not change with the day of the report: Congress removed the president on Wednesday 7 December (101-6,
    # 10 abstentions) and gave initial approval to an earlier election on 20 December (93-30, one abstention); a judge
    # ordered 18 months of pretrial detention on Thursday 15 December.
    DEC13, DEC14, DEC18, DEC20 = "2022-12-13", "2022-12-14", "2022-12-18", "2022-12-20"
    OMB, MINSA = "the ombudsman's office", "the health ministry"
    names = {
     "dead": "people killed in the protests", "dead_ayacucho": "dead in Ayacucho", "dead_apurimac": "dead in Apurimac",
     "hosp": "people still in hospital", "discharged": "people treated and discharged",
     "dead_clash": "deaths in clashes with security forces", "dead_juliaca": "people killed in Juliaca",
     "rm_yes": "votes to remove the president", "rm_no": "votes against the removal",
     "rm_abst": "abstentions in the removal vote", "el_yes": "votes for the earlier election",
     "el_no": "votes against the earlier election", "el_abst": "abstentions in the election vote",
     "detention": "months of pretrial detention", "emergency": "days of the state of emergency",
     # dates
     "removal": "day Congress removed the president", "omb_said": "day the ombudsman gave seven dead",
     "bill": "day the president proposed an earlier election", "election": "the proposed election date",
     "corrected": "day the toll was corrected and the emergency declared", "asof_dec18": "day of the toll of 25",
     "ruling": "day of the judge's detention ruling", "resign": "day two ministers resigned",
     "juliaca": "day of the Juliaca clashes", "officer": "day a police officer was killed",
     "asof_dec20": "day of the ombudsman's count of 27", "el_vote": "day of the vote on an earlier election",
    }
    ms = [
     M(R, "At least seven people", N, "dead", 7, DEC13, qual="atleast", src=OMB),
     M(R, "Tuesday", D, "omb_said", "2022-12-13"),
     M(R, "Dec. 7", D, "removal", "2022-12-07"),
     M(R, "101 votes", N, "rm_yes", 101),
     M(R, "6 against", N, "rm_no", 6),
     M(R, "10 abstentions", N, "rm_abst", 10),
     M(R, "Monday", D, "bill", "2022-12-12"),
     M(R, "April 2024", D, "election", "2024-04"),

     M(K, "enam orang", N, "dead", 6, DEC14, src=OMB),
     M(K, "tujuh", N, "dead", 7, DEC13, src=OMB),
     M(K, "Rabu (14/12/2022)", D, "corrected", "2022-12-14"),
     M(K, "enam orang", N, "dead", 6, DEC14, src=MINSA, occ=2),
     M(K, "selama 30 hari", N, "emergency", 30, cls="dur"),
     M(K, "Rabu (7/12/2022)", D, "removal", "2022-12-07"),
     M(K, "101 anggota", N, "rm_yes", 101),

     M(T, "25 orang", N, "dead", 25, DEC18, src=MINSA),
     M(T, "Minggu (18/12/2022)", D, "asof_dec18", "2022-12-18"),
     M(T, "Sembilan korban tewas", N, "dead_ayacucho", 9, DEC18),
     M(T, "enam lainnya", N, "dead_apurimac", 6, DEC18),
     M(T, "69 orang", N, "hosp", 69, DEC18),
     M(T, "287 orang", N, "discharged", 287, DEC18),
     M(T, "18 bulan", N, "detention", 18, cls="dur"),
     M(T, "Rabu (14/12/2022)", D, "ruling", "2022-12-14", planted=True),
     M(T, "Jumat (16/12/2022)", D, "resign", "2022-12-16"),

     M(A, "17 people", N, "dead_juliaca", 17, "2023-01-09"),
     M(A, "Monday", D, "juliaca", "2023-01-09"),
     M(A, "early Tuesday", D, "officer", "2023-01-10"),
     M(A, "Dec. 7", D, "removal", "2022-12-07"),
     M(A, "110 votes", N, "rm_yes", 110, planted=True),
     M(A, "18 months", N, "detention", 18, cls="dur"),
     M(A, "Dec. 15", D, "ruling", "2022-12-15"),
     M(A, "27 deaths", N, "dead", 27, DEC20, src=OMB),
     M(A, "Dec. 20", D, "asof_dec20", "2022-12-20"),
     M(A, "21 of them", N, "dead_clash", 21, DEC20),
     M(A, "Dec. 20", D, "el_vote", "2022-12-20", occ=2),
     M(A, "April 2024", D, "election", "2024-04"),
     M(A, "93", N, "el_yes", 93),
     M(A, "30", N, "el_no", 30),
     M(A, "one abstention", N, "el_abst", 1),
    ]
    build("peru-protests-2022", "Protests in Peru after Congress removed the president on Wednesday 7 December 2022 "
          "(101 votes for, 6 against, 10 abstentions): the ombudsman's seven dead on Tuesday 13 December corrected down "
          "to six on Wednesday 14 December (the health minister's six the same day), the health ministry's 25 dead at "
          "noon on Sunday 18 December (9 in Ayacucho, 6 in Apurimac; 69 in hospital, 287 discharged), the ombudsman's "
          "27 by 20 December (21 in clashes); a 30-day state of emergency declared on 14 December; 18 months of pretrial "
          "detention ordered on Thursday 15 December; Congress's initial approval of an election in April 2024 on 20 "
          "December (93-30, one abstention); 17 killed in Juliaca on Monday 9 January 2023", False, ms, names)


def chile():
    R, K, T, A = "reuters-oct22", "kompas-oct24", "tempo-oct29", "ap-nov16"
    # as-of times of the death toll (the government's counts): 11 on Monday 21 October 2019, 15 on Tuesday 22
    # October, 18 on Wednesday 23 October, 20 on Monday 28 October, at least 22 when the accord was reached on Friday
    # 15 November. The march of Friday 25 October (about 1.2 million by the Santiago intendant's estimate), the
    # cabinet change of Monday 28 October (eight ministers), the fare rise (30 pesos, to 830), the state of emergency
    # (Friday 18 October), the fare rise's suspension (Saturday 19 October) and the summit's cancellation (Wednesday 30
    # October) do not change with the day of the report.
    GOV = "the government"
    names = {
     "dead": "people killed in the unrest", "fare_rise": "the metro fare rise (pesos)",
     "fare": "the rush-hour metro fare (pesos)", "march": "people at the march in Santiago",
     "ministers": "ministers replaced",
     # dates
     "asof_tue": "day of the toll of 15", "emergency": "day the state of emergency was declared",
     "suspended": "day the fare rise was suspended", "war": "day of the president's 'war' remark",
     "mil_end": "year military rule ended", "asof_wed": "day of the toll of 18", "strike": "day of the general strike",
     "reshuffle": "day of the cabinet change", "march_day": "day of the largest march",
     "asof_mon": "day of the toll of 20", "accord": "day of the accord", "plebiscite": "month of the plebiscite",
     "cancel": "day the summits were cancelled",
    }
    ms = [
     M(R, "15", N, "dead", 15, "2019-10-22", src=GOV),
     M(R, "Tuesday", D, "asof_tue", "2019-10-22"),
     M(R, "11", N, "dead", 11, "2019-10-21", src=GOV),
     M(R, "30 pesos", N, "fare_rise", 30, cls="peso"),
     M(R, "830 pesos", N, "fare", 830, cls="peso"),
     M(R, "Friday night", D, "emergency", "2019-10-18"),
     M(R, "On Saturday", D, "suspended", "2019-10-19"),
     M(R, "1990", D, "mil_end", "1990"),
     M(R, "on Sunday", D, "war", "2019-10-20"),

     M(K, "18 orang", N, "dead", 18, "2019-10-23", src=GOV),
     M(K, "Rabu (23/10/2019)", D, "asof_wed", "2019-10-23"),
     M(K, "Selasa (22/10/2019)", D, "asof_tue", "2019-10-22"),
     M(K, "15 orang", N, "dead", 15, "2019-10-22", src=GOV),
     M(K, "30 peso", N, "fare_rise", 30, cls="peso"),
     M(K, "830 peso", N, "fare", 830, cls="peso"),
     M(K, "Jumat (18/10/2019)", D, "emergency", "2019-10-18"),
     M(K, "Sabtu (19/10/2019)", D, "suspended", "2019-10-19"),
     M(K, "1990", D, "mil_end", "1990"),
     M(K, "pada Rabu", D, "strike", "2019-10-23"),

     M(T, "delapan menteri", N, "ministers", 8),
     M(T, "Senin (28/10/2019)", D, "reshuffle", "2019-10-28"),
     M(T, "Jumat (25/10/2019)", D, "march_day", "2019-10-25"),
     M(T, "sekitar 1,3 juta orang", N, "march", 1.3e6, qual="approx", planted=True),
     M(T, "20 orang", N, "dead", 20, "2019-10-28", src=GOV),
     M(T, "hingga Senin", D, "asof_mon", "2019-10-28"),

     M(A, "early Friday", D, "accord", "2019-11-15"),
     M(A, "April 2020", D, "plebiscite", "2020-04"),
     M(A, "at least 22", N, "dead", 22, "2019-11-15", qual="atleast", src=GOV),
     M(A, "30-peso", N, "fare_rise", 30, cls="peso"),
     M(A, "Oct. 26", D, "march_day", "2019-10-26", planted=True),
     M(A, "about 1.2 million people", N, "march", 1.2e6, qual="approx"),
     M(A, "Oct. 28", D, "reshuffle", "2019-10-28"),
     M(A, "eight cabinet ministers", N, "ministers", 8),
     M(A, "Oct. 30", D, "cancel", "2019-10-30"),
    ]
    build("chile-unrest-2019", "The unrest in Chile over a metro fare rise of 30 pesos (to 830 at rush hour), October-"
          "November 2019: a state of emergency declared on Friday 18 October, the fare rise suspended on Saturday 19 "
          "October; the government's death toll 11 on Monday 21 October -> 15 on Tuesday 22 -> 18 on Wednesday 23 -> 20 "
          "on Monday 28 -> at least 22 on Friday 15 November; the largest march in Santiago on Friday 25 October (about "
          "1.2 million by the intendant's estimate); eight ministers replaced on Monday 28 October; the summits "
          "cancelled on Wednesday 30 October; the accord of Friday 15 November on a plebiscite in April 2020",
          False, ms, names)


def agenda():
    R, A, B, G = "reuters-oct23", "antara-oct24", "bisnis-oct25", "bloomberg-oct26"
    names = {
     "pension": "rise of the basic pension (%)", "income": "guaranteed monthly income (pesos)",
     "usd": "the guaranteed income in dollars", "power": "the cancelled electricity rate rise (%)",
     "tax": "the new top income tax rate (%)", "threshold": "monthly income above which the new rate applies (pesos)",
     # dates
     "announced": "day of the announcement",
    }
    ms = [
     M(R, "Tuesday", D, "announced", "2019-10-22"),
     M(R, "20%", N, "pension", 20, cls="pct"),
     M(R, "350,000 pesos", N, "income", 350000, cls="peso"),
     M(R, "about $480", N, "usd", 480, qual="approx", cls="usd"),
     M(R, "9.2%", N, "power", 9.2, cls="pct"),
     M(R, "40%", N, "tax", 40, cls="pct"),
     M(R, "8 million pesos", N, "threshold", 8e6, cls="peso"),

     M(A, "Selasa (22/10/2019)", D, "announced", "2019-10-22"),
     M(A, "20 persen", N, "pension", 20, cls="pct"),
     M(A, "350.000 peso", N, "income", 350000, cls="peso"),
     M(A, "sekitar 480 dolar AS", N, "usd", 480, qual="approx", cls="usd"),
     M(A, "9,2 persen", N, "power", 9.2, cls="pct"),
     M(A, "40 persen", N, "tax", 40, cls="pct"),
     M(A, "8 juta peso", N, "threshold", 8e6, cls="peso"),

     M(B, "Selasa (22/10/2019)", D, "announced", "2019-10-22"),
     M(B, "20 persen", N, "pension", 20, cls="pct"),
     M(B, "minimal 350.000 peso", N, "income", 350000, qual="atleast", cls="peso"),
     M(B, "350.000 peso", N, "income", 350000, cls="peso", occ=2),
     M(B, "9,2 persen", N, "power", 9.2, cls="pct"),
     M(B, "lebih dari 8 juta peso", N, "threshold", 8e6, qual="morethan", cls="peso"),
     M(B, "40 persen", N, "tax", 40, cls="pct"),

     M(G, "Oct. 22", D, "announced", "2019-10-22"),
     M(G, "20 percent", N, "pension", 20, cls="pct"),
     M(G, "at least 350,000 pesos", N, "income", 350000, qual="atleast", cls="peso"),
     M(G, "9.2 percent", N, "power", 9.2, cls="pct"),
     M(G, "more than 8 million pesos", N, "threshold", 8e6, qual="morethan", cls="peso"),
     M(G, "40 percent", N, "tax", 40, cls="pct"),
    ]
    build("chile-social-agenda-2019", "The Chilean president's social package (control), announced on Tuesday 22 "
          "October 2019: the basic pension up 20%, a guaranteed monthly income of 350,000 pesos (about $480) for "
          "full-time workers, a 9.2% electricity rate rise cancelled, a new income tax rate of 40% above 8 million pesos "
          "a month. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    peru()
    chile()
    agenda()
