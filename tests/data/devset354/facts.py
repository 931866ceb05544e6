"""The three-hundred-and-fifty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset354/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def spitak():
    R, K, T, A = "reuters-dec08", "kompas-dec12", "antara-dec15", "ap-jan06"
    # as-of times of the Soviet officials' estimates of the dead (no body named apart from "officials", so one
    # source): at least 40,000 by Sunday night 11 December 1988, about 55,000 by Tuesday 13 December, and about
    # 25,000 in the count reported on 6 January 1989 (lower: a revision). The homeless, the magnitude, the plane
    # crashes' dead and the troop cut do not change with the day of the report.
    DEC11, DEC13, JAN = "1988-12-11", "1988-12-13", "1989-01-06"
    names = {
     "dead": "people killed by the earthquake", "homeless": "people left homeless", "mag": "the quake's magnitude",
     "troops": "men the Soviet armed forces are to be cut by", "troop_years": "years of the troop cut",
     "rebuild_years": "years promised to rebuild the towns", "il76_dead": "dead in the Soviet Il-76 crash",
     "yugo_dead": "crew killed in the Yugoslav relief plane crash", "families": "families needing new homes",
     # dates
     "quake": "day of the earthquake", "un_speech": "day of Gorbachev's speech at the United Nations",
     "count_dec11": "day of the estimate of 40,000", "count_dec13": "day of the estimate of 55,000",
     "visit": "day Gorbachev reached Armenia", "crash_day": "day the two relief planes crashed",
    }
    ms = [
     M(R, "Wednesday", D, "quake", "1988-12-07"),
     M(R, "6.9", N, "mag", 6.9, cls="mag"),
     M(R, "Wednesday", D, "un_speech", "1988-12-07", occ=3),
     M(R, "500,000 men", N, "troops", 500000),
     M(R, "two years", N, "troop_years", 2, cls="dur"),

     M(K, "sedikitnya 40.000 orang", N, "dead", 40000, DEC11, qual="atleast"),
     M(K, "Minggu (11/12/1988)", D, "count_dec11", "1988-12-11"),
     M(K, "6,9", N, "mag", 6.9, cls="mag"),
     M(K, "Rabu (7/12/1988)", D, "quake", "1988-12-07"),
     M(K, "Sekitar 500.000 orang", N, "homeless", 500000, qual="approx"),
     M(K, "Sabtu (10/12/1988)", D, "visit", "1988-12-10"),
     M(K, "Minggu (11/12/1988)", D, "crash_day", "1988-12-11", occ=2),
     M(K, "78 orang", N, "il76_dead", 78),
     M(K, "tujuh awaknya", N, "yugo_dead", 7),

     M(T, "sekitar 55.000 orang", N, "dead", 55000, DEC13, qual="approx"),
     M(T, "Selasa (13/12/1988)", D, "count_dec13", "1988-12-13"),
     M(T, "sedikitnya 40.000 orang", N, "dead", 40000, DEC11, qual="atleast"),
     M(T, "6,9", N, "mag", 6.9, cls="mag"),
     M(T, "Kamis (8/12/1988)", D, "quake", "1988-12-08", planted=True),
     M(T, "sekitar 500.000 warga", N, "homeless", 500000, qual="approx"),
     M(T, "Minggu lalu", D, "crash_day", "1988-12-11"),
     M(T, "78 orang", N, "il76_dead", 78),

     M(A, "about 25,000", N, "dead", 25000, JAN, qual="approx"),
     M(A, "55,000", N, "dead", 55000, DEC13),
     M(A, "Dec. 7", D, "quake", "1988-12-07"),
     M(A, "about half a million people", N, "homeless", 500000, qual="approx"),
     M(A, "Dec. 10", D, "visit", "1988-12-10"),
     M(A, "two years", N, "rebuild_years", 2, cls="dur"),
     M(A, "78 people", N, "il76_dead", 78),
     M(A, "six crew members", N, "yugo_dead", 6, planted=True),
     M(A, "more than 40,000 families", N, "families", 40000, qual="morethan"),
    ]
    build("spitak-earthquake-1988", "The earthquake in northern Soviet Armenia (Wednesday 7 December 1988, 11:41 local "
          "time, magnitude 6.9) that destroyed Spitak and much of Leninakan and Kirovakan: the Soviet officials' "
          "estimate of the dead at least 40,000 by Sunday 11 December, about 55,000 by Tuesday 13 December, lowered to "
          "about 25,000 by early January 1989 (a revision); about 500,000 homeless; Gorbachev's UN speech on the day of "
          "the quake (a cut of 500,000 men within two years) and his arrival in Armenia on Saturday 10 December; the "
          "two relief planes lost on Sunday 11 December (a Soviet Il-76, 78 dead; a Yugoslav plane, seven crew)",
          False, ms, names)


def andijan():
    R, K, T, A = "reuters-may14", "kompas-may18", "antara-jul31", "ap-nov15"
    # as-of times of the tolls: the Uzbek government's 169 given by the prosecutor general on Tuesday 17 May 2005
    # and still held at the end of July, 187 given by the prosecutors at the trial that opened on 20 September;
    # the local rights activists' "at least 500" (May, and repeated in November) and the banned Erk party's 745
    # are other sources. The refugees' count (about 500 fled to Kyrgyzstan) and the 439 flown to Romania are not
    # running tallies here.
    GOV, RIGHTS, ERK = "the Uzbek government", "rights activists and witnesses", "the Erk party"
    MAY17, JUL29, SEP20, NOV14 = "2005-05-17", "2005-07-29", "2005-09-20", "2005-11-14"
    names = {
     "dead": "people killed in Andijan", "freed": "businessmen freed from the prison",
     "sec_dead": "security forces killed by Karimov's count", "fled": "Uzbeks who fled to Kyrgyzstan",
     "romania": "refugees flown to Romania", "base_days": "days given to leave the air base",
     "defendants": "men convicted", "eu_banned": "officials barred by the EU", "pop": "Andijan's population",
     # dates
     "crackdown": "day the troops fired on the crowd", "raid": "night the prison was stormed",
     "seized": "morning the administration building was held", "presser": "day Karimov spoke to reporters",
     "toll_day": "day the prosecutor general gave the toll", "romania_day": "day the refugees were flown out",
     "notice": "day the air base notice was given", "base_since": "year the air base was first used",
     "trial_open": "day the trial opened", "eu_day": "day of the EU sanctions", "verdict": "day of the verdict",
    }
    ms = [
     M(R, "Friday", D, "crackdown", "2005-05-13"),
     M(R, "Thursday", D, "raid", "2005-05-12"),
     M(R, "23 local businessmen", N, "freed", 23),
     M(R, "Friday morning", D, "seized", "2005-05-13"),
     M(R, "10 members of the security forces", N, "sec_dead", 10, src="Karimov"),
     M(R, "Saturday", D, "presser", "2005-05-14"),

     M(K, "Selasa (17/5/2005)", D, "toll_day", "2005-05-17"),
     M(K, "169 orang", N, "dead", 169, MAY17, src=GOV),
     M(K, "Kamis (12/5/2005)", D, "crackdown", "2005-05-12", planted=True),
     M(K, "sedikitnya 500 orang", N, "dead", 500, MAY17, qual="atleast", src=RIGHTS),
     M(K, "Sekitar 500 warga", N, "fled", 500, qual="approx"),
     M(K, "23 pengusaha", N, "freed", 23),
     M(K, "sekitar 300.000 jiwa", N, "pop", 300000, qual="approx"),

     M(T, "493 pengungsi", N, "romania", 493, planted=True),
     M(T, "Jumat (29/7/2005)", D, "romania_day", "2005-07-29"),
     M(T, "sekitar 500 warga", N, "fled", 500, qual="approx"),
     M(T, "Jumat (13/5/2005)", D, "crackdown", "2005-05-13"),
     M(T, "Jumat yang sama", D, "notice", "2005-07-29"),
     M(T, "180 hari", N, "base_days", 180, cls="dur"),
     M(T, "169 korban tewas", N, "dead", 169, JUL29, src=GOV),
     M(T, "745 orang", N, "dead", 745, JUL29, src=ERK),
     M(T, "2001", D, "base_since", "2001"),

     M(A, "Monday", D, "verdict", "2005-11-14"),
     M(A, "15 men", N, "defendants", 15),
     M(A, "Sept. 20", D, "trial_open", "2005-09-20"),
     M(A, "187 people", N, "dead", 187, SEP20, src=GOV),
     M(A, "May 13", D, "crackdown", "2005-05-13"),
     M(A, "at least 500 people", N, "dead", 500, NOV14, qual="atleast", src=RIGHTS),
     M(A, "Oct. 3", D, "eu_day", "2005-10-03"),
     M(A, "12 senior officials", N, "eu_banned", 12),
     M(A, "July", D, "romania_day", "2005-07"),
     M(A, "439 Uzbeks", N, "romania", 439),
     M(A, "180 days", N, "base_days", 180, cls="dur"),
     M(A, "2001", D, "base_since", "2001"),
    ]
    build("andijan-crackdown-2005", "The crackdown in Andijan, Uzbekistan (Friday 13 May 2005), after armed men stormed "
          "the prison late on Thursday 12 May and freed 23 businessmen on trial: Karimov's count of 10 security men "
          "killed (Saturday 14 May); the government's toll of 169 given by the prosecutor general on Tuesday 17 May and "
          "held in July, 187 at the trial that opened on 20 September; rights activists' at least 500 and the Erk "
          "party's 745 (sources); about 500 who fled to Kyrgyzstan, 439 of them flown to Romania on Friday 29 July, the "
          "day Uzbekistan gave the United States 180 days to leave the Karshi-Khanabad base (used since 2001); the EU's "
          "sanctions of 3 October on 12 officials; the Supreme Court's verdict on 15 men on Monday 14 November 2005",
          False, ms, names)


def kazakh_election():
    R, T, K, A = "reuters-nov21", "antara-nov22", "kompas-nov23", "ap-nov24"
    names = {
     "tok_pct": "Tokayev's share of the vote", "turnout": "turnout", "against": "share voting against all",
     "dair_pct": "Dairabayev's share", "abden_pct": "Abden's share", "kazh_pct": "Kazhyken's share",
     "aues_pct": "Auesbayev's share", "turs_pct": "Tursynbekova's share", "tok2019": "Tokayev's share in 2019",
     "term": "years of the presidential term", "age": "Tokayev's age", "rivals": "Tokayev's rivals",
     "others": "challengers besides the runner-up", "decades": "decades his predecessor ruled",
     # dates
     "election": "election day", "cec_day": "day the preliminary results were announced", "due": "year the vote was due",
     "since": "year Tokayev took office", "inaug": "day of the inauguration", "speech": "evening of the victory speech",
     "amend": "month of the constitutional amendments", "first_elec": "year of Tokayev's first election",
     "congrats": "day the rivals congratulated him",
    }
    ms = [
     M(R, "Sunday", D, "election", "2022-11-20"),
     M(R, "81.31%", N, "tok_pct", 81.31, cls="pct"),
     M(R, "Monday", D, "cec_day", "2022-11-21"),
     M(R, "seven-year term", N, "term", 7, cls="dur"),
     M(R, "69.44%", N, "turnout", 69.44, cls="pct"),
     M(R, "5.8%", N, "against", 5.8, cls="pct"),
     M(R, "five rivals", N, "rivals", 5),
     M(R, "3.42%", N, "dair_pct", 3.42, cls="pct"),
     M(R, "2.6%", N, "abden_pct", 2.6, cls="pct"),
     M(R, "2.53%", N, "kazh_pct", 2.53, cls="pct"),
     M(R, "2.22%", N, "aues_pct", 2.22, cls="pct"),
     M(R, "2.12%", N, "turs_pct", 2.12, cls="pct"),
     M(R, "2024", D, "due", "2024"),
     M(R, "seven-year term", N, "term", 7, cls="dur", occ=2),
     M(R, "69", N, "age", 69, cls="age"),
     M(R, "2019", D, "since", "2019"),
     M(R, "nearly three decades", N, "decades", 3, qual="nearly", cls="dur"),
     M(R, "Nov. 26", D, "inaug", "2022-11-26"),
     M(R, "Sunday evening", D, "speech", "2022-11-20"),

     M(T, "Minggu (20/11/2022)", D, "election", "2022-11-20"),
     M(T, "81,31 persen", N, "tok_pct", 81.31, cls="pct"),
     M(T, "Senin (21/11/2022)", D, "cec_day", "2022-11-21"),
     M(T, "69,44 persen", N, "turnout", 69.44, cls="pct"),
     M(T, "5,8 persen", N, "against", 5.8, cls="pct"),
     M(T, "3,42 persen", N, "dair_pct", 3.42, cls="pct"),
     M(T, "2,6 persen", N, "abden_pct", 2.6, cls="pct"),
     M(T, "2,53 persen", N, "kazh_pct", 2.53, cls="pct"),
     M(T, "2,22 persen", N, "aues_pct", 2.22, cls="pct"),
     M(T, "2,12 persen", N, "turs_pct", 2.12, cls="pct"),
     M(T, "tujuh tahun", N, "term", 7, cls="dur"),
     M(T, "2024", D, "due", "2024"),
     M(T, "69 tahun", N, "age", 69, cls="age"),
     M(T, "2019", D, "since", "2019"),
     M(T, "Sabtu (26/11/2022)", D, "inaug", "2022-11-26"),

     M(K, "lebih dari 81 persen", N, "tok_pct", 81, qual="morethan", cls="pct"),
     M(K, "Minggu (20/11/2022)", D, "election", "2022-11-20"),
     M(K, "81,31 persen", N, "tok_pct", 81.31, cls="pct"),
     M(K, "hampir 70 persen", N, "turnout", 70, qual="nearly", cls="pct"),
     M(K, "69,44 persen", N, "turnout", 69.44, cls="pct"),
     M(K, "3,42 persen", N, "dair_pct", 3.42, cls="pct"),
     M(K, "5,8 persen", N, "against", 5.8, cls="pct"),
     M(K, "2,12 persen", N, "turs_pct", 2.12, cls="pct"),
     M(K, "2,6 persen", N, "abden_pct", 2.6, cls="pct"),
     M(K, "tujuh tahun", N, "term", 7, cls="dur"),
     M(K, "2024", D, "due", "2024"),
     M(K, "Sabtu (26/11/2022)", D, "inaug", "2022-11-26"),
     M(K, "2019", D, "since", "2019"),
     M(K, "hampir tiga dekade", N, "decades", 3, qual="nearly", cls="dur"),

     M(A, "Saturday", D, "inaug", "2022-11-26"),
     M(A, "Nov. 20", D, "election", "2022-11-20"),
     M(A, "81.31 percent", N, "tok_pct", 81.31, cls="pct"),
     M(A, "69.44 percent", N, "turnout", 69.44, cls="pct"),
     M(A, "5.8 percent", N, "against", 5.8, cls="pct"),
     M(A, "3.42 percent", N, "dair_pct", 3.42, cls="pct"),
     M(A, "four challengers", N, "others", 4),
     M(A, "2.12 percent", N, "turs_pct", 2.12, cls="pct"),
     M(A, "2.6 percent", N, "abden_pct", 2.6, cls="pct"),
     M(A, "seven years", N, "term", 7, cls="dur"),
     M(A, "September", D, "amend", "2022-09"),
     M(A, "2024", D, "due", "2024"),
     M(A, "2019", D, "first_elec", "2019"),
     M(A, "70.96 percent", N, "tok2019", 70.96, cls="pct"),
     M(A, "69", N, "age", 69, cls="age"),
     M(A, "Monday", D, "congrats", "2022-11-21"),
    ]
    build("kazakh-presidential-2022", "Kazakhstan's snap presidential election of Sunday 20 November 2022 (control): the "
          "Central Election Commission's preliminary results of Monday 21 November, Tokayev 81.31%, turnout 69.44%, "
          "'against all' 5.8%, Dairabayev 3.42%, Abden 2.6%, Kazhyken 2.53%, Auesbayev 2.22%, Tursynbekova 2.12%; a "
          "single seven-year term under the amendments of September 2022; the vote due in 2024; the inauguration on "
          "Saturday 26 November; Tokayev in office since 2019 (70.96% in 2019). Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    spitak()
    andijan()
    kazakh_election()
