"""The three-hundred-and-twenty-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset329/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mayotte():
    K, R, T, A = "kompas-dec16", "reuters-dec18", "detik-dec24", "ap-jan10"
    # as-of times of the running tallies: Sunday 15 December 2024 (the first provisional count of 14, the mayor's
    # injured), Monday 16 December (still 14), Tuesday 17 December (the interior ministry's 22 dead, 1,373 injured, 45
    # critically), Thursday 19 December (Macron's visit: 31 dead, more than 1,500 injured, more than 200 of them
    # seriously), Monday 23 December (35), Monday 30 December (39 dead, 4,136 with minor and 124 with serious
    # injuries). The seriously injured fall from more than 200 to 124: a revision. The dead and the injured do not fall.
    SUN, MON, TUE, THU, MON23, DEC30 = ("2024-12-15", "2024-12-16", "2024-12-17", "2024-12-19", "2024-12-23",
                                        "2024-12-30")
    # The dead: the authorities' counts against the prefect's estimate of Sunday 15 December (sources).
    OFF, PREF = "the authorities' count", "the prefect's estimate"
    names = {
     "gust": "the strongest gusts (km/h)", "years": "years since a stronger cyclone", "dead": "people killed in Mayotte",
     "critical": "people critically or seriously injured", "injured": "people injured (other than critically)",
     "hours": "hours within which the dead are buried", "pop": "Mayotte's official population",
     "undoc": "people living in Mayotte without papers", "pemba": "distance of the landfall from Pemba (km)",
     "reunion": "distance from Reunion (km)", "troops": "soldiers and firefighters sent with the minister",
     "moz_dead": "people killed in Mozambique", "malawi_dead": "people killed in Malawi",
     "tents": "tents requested from the EU", "tonnes": "tonnes of aid on the navy ship",
     "missing": "people missing", "rumour": "people missing according to rumours",
     # dates
     "cyclone": "day the cyclone struck", "asof_sun": "day of the first count of 14",
     "minister": "day the interior minister visited", "asof_tue": "day of the count of 22",
     "macron": "day of Macron's visit", "mourning": "day of national mourning",
     "asof_dec30": "day of the count of 39", "prefect_est": "day of the prefect's estimate",
     "press_conf": "day of the prefect's press conference on the missing",
     "moz_landfall": "day of the landfall in Mozambique", "asof_mon": "day the count still stood at 14",
     "bayrou_speech": "day the prime minister spoke to lawmakers", "curfew": "day the curfew began",
     "asof_mon23": "day of the count of 35",
    }
    ms = [
     M(K, "Sabtu (14/12/2024)", D, "cyclone", "2024-12-14"),
     M(K, "226 km per jam", N, "gust", 226, cls="speed"),
     M(K, "lebih dari 90 tahun", N, "years", 90, qual="morethan", cls="dur"),
     M(K, "Minggu (15/12/2024)", D, "asof_sun", "2024-12-15"),
     M(K, "sedikitnya 14 orang", N, "dead", 14, SUN, qual="atleast", src=OFF),
     M(K, "sembilan orang", N, "critical", 9, SUN),
     M(K, "246 orang", N, "injured", 246, SUN),
     M(K, "mendekati 1.000", N, "dead", 1000, SUN, qual="nearly", src=PREF),
     M(K, "24 jam", N, "hours", 24, cls="hours"),
     M(K, "sekitar 320.000 jiwa", N, "pop", 320000, qual="approx"),
     M(K, "sekitar 100.000 orang", N, "undoc", 100000, qual="approx"),
     M(K, "Minggu", D, "moz_landfall", "2024-12-15", occ=2),
     M(K, "40 km", N, "pemba", 40, qual="approx", cls="km"),
     M(K, "Senin (16/12/2024)", D, "minister", "2024-12-16"),
     M(K, "160 tentara", N, "troops", 160),

     M(R, "22", N, "dead", 22, TUE, src=OFF),
     M(R, "Tuesday", D, "asof_tue", "2024-12-17"),
     M(R, "1,373 people", N, "injured", 1373, TUE),
     M(R, "45 of them", N, "critical", 45, TUE),
     M(R, "14", N, "dead", 14, MON, src=OFF),
     M(R, "on Monday", D, "asof_mon", "2024-12-16"),
     M(R, "On Sunday", D, "prefect_est", "2024-12-15"),
     M(R, "Tuesday", D, "bayrou_speech", "2024-12-17", occ=2),
     M(R, "Tuesday", D, "curfew", "2024-12-17", occ=3),
     M(R, "close to 1,000", N, "dead", 1000, SUN, qual="nearly", src=PREF),
     M(R, "24 hours", N, "hours", 24, cls="hours"),
     M(R, "on Monday", D, "minister", "2024-12-16", occ=2),
     M(R, "on Thursday", D, "macron", "2024-12-19"),
     M(R, "on Saturday", D, "cyclone", "2024-12-14"),
     M(R, "more than 220 kph", N, "gust", 220, qual="morethan", cls="speed"),
     M(R, "over 90 years", N, "years", 90, qual="morethan", cls="dur"),
     M(R, "about 321,000", N, "pop", 321000, qual="approx"),
     M(R, "1,400 km", N, "reunion", 1400, qual="approx", cls="km"),

     M(T, "Senin (23/12/2024)", D, "mourning", "2024-12-23"),
     M(T, "Senin", D, "asof_mon23", "2024-12-23", occ=2),
     M(T, "35 orang", N, "dead", 35, MON23, src=OFF),
     M(T, "Jumat (20/12/2024)", D, "macron", "2024-12-20", planted=True),
     M(T, "31 korban tewas", N, "dead", 31, THU, src=OFF),
     M(T, "lebih dari 1.500 orang", N, "injured", 1500, THU, qual="morethan"),
     M(T, "lebih dari 200 orang", N, "critical", 200, THU, qual="morethan"),
     M(T, "Sabtu (14/12/2024)", D, "cyclone", "2024-12-14"),
     M(T, "sekitar 90 tahun", N, "years", 90, qual="approx", cls="dur"),
     M(T, "94 orang", N, "moz_dead", 94),
     M(T, "13 orang", N, "malawi_dead", 13),
     M(T, "10.000 tenda", N, "tents", 10000),
     M(T, "180 ton", N, "tonnes", 180, cls="tonnes"),

     M(A, "39", N, "dead", 39, DEC30, src=OFF),
     M(A, "around 40 more people", N, "missing", 40, qual="approx"),
     M(A, "on Wednesday", D, "press_conf", "2025-01-08"),
     M(A, "60,000 people", N, "rumour", 60000),
     M(A, "39", N, "dead", 39, DEC30, src=OFF, occ=2),
     M(A, "Dec. 30", D, "asof_dec30", "2024-12-30"),
     M(A, "4,136 people", N, "injured", 4136, DEC30),
     M(A, "124", N, "critical", 124, DEC30),
     M(A, "14", N, "dead", 14, SUN, src=OFF),
     M(A, "22", N, "dead", 22, TUE, src=OFF),
     M(A, "Dec. 17", D, "asof_tue", "2024-12-17"),
     M(A, "1,337 injured", N, "injured", 1337, TUE, planted=True),
     M(A, "Dec. 15", D, "prefect_est", "2024-12-15"),
     M(A, "Dec. 14", D, "cyclone", "2024-12-14"),
     M(A, "close to 1,000", N, "dead", 1000, SUN, qual="nearly", src=PREF),
     M(A, "24 hours", N, "hours", 24, cls="hours"),
     M(A, "Dec. 19", D, "macron", "2024-12-19"),
     M(A, "226 kph", N, "gust", 226, cls="speed"),
    ]
    build("mayotte-chido-2024", "Cyclone Chido in Mayotte, a French overseas department (Saturday 14 December 2024; "
          "gusts of 226 km/h, the strongest in more than 90 years): the authorities' count of the dead rising from 14 on "
          "Sunday 15 December (still 14 on Monday) to 22 on Tuesday 17 December, 31 at Macron's visit on Thursday 19 "
          "December, 35 on the day of national mourning (Monday 23 December) and 39 on 30 December; the injured 246 -> "
          "1,373 -> more than 1,500 -> 4,136; the critically or seriously injured 9 -> 45 -> more than 200 -> 124 (a "
          "revision); the prefect's estimate of several hundred, perhaps close to 1,000 or several thousand dead "
          "(sources); around 40 missing in January 2025", False, ms, names)


def abortion():
    R, T, K, A = "reuters-jan31", "tempo-feb29", "kompas-mar05", "ap-mar09"
    # votes and dates do not change with the day of the report: the National Assembly (Tuesday 30 January 2024,
    # 493-30, 23 abstentions), the Senate (Wednesday 28 February, 267-50), the Congress at Versailles (Monday 4 March,
    # 780-72, 50 abstentions, 902 taking part, 512 needed), the sealing (Friday 8 March); the earlier attempt (the
    # Assembly in November 2022, 337-32; the Senate in February 2023, 166-152), the Ifop poll (November 2022, 86%), the
    # Veil law (1975), the constitution (1958) and its previous revision (2008) are other facts. The Senate's 50 noes
    # and the Congress's 50 abstentions are two facts.
    names = {
     "asm_yes": "Assembly votes for (January 2024)", "asm_no": "Assembly votes against (January 2024)",
     "asm_abst": "Assembly abstentions (January 2024)", "article": "the article of the constitution amended",
     "asm22_yes": "Assembly votes for (November 2022)", "asm22_no": "Assembly votes against (November 2022)",
     "sen23_yes": "Senate votes for (February 2023)", "sen23_no": "Senate votes against (February 2023)",
     "poll": "share of French people in favour (%)", "sen_yes": "Senate votes for (February 2024)",
     "sen_no": "Senate votes against (February 2024)", "cg_yes": "Congress votes for", "cg_no": "Congress votes against",
     "cg_needed": "votes needed in the Congress", "cg_voters": "members of parliament taking part in the Congress vote",
     "cg_abst": "Congress abstentions",
     # dates
     "asm_vote": "day of the Assembly vote", "roe": "month the US Supreme Court ended the federal right",
     "sen_vote": "day of the Senate vote", "cabinet": "day the bill went to the cabinet",
     "promise": "month of Macron's promise", "asm22": "month of the Assembly's 2022 vote",
     "sen23": "month of the Senate's 2023 vote", "veil": "year of the Veil law", "poll_date": "month of the Ifop poll",
     "congress": "day of the Congress vote", "constitution": "year of the constitution", "seal": "day of the sealing",
     "prev_rev": "year of the previous revision of the constitution",
    }
    ms = [
     M(R, "Tuesday", D, "asm_vote", "2024-01-30"),
     M(R, "June 2022", D, "roe", "2022-06"),
     M(R, "493 votes", N, "asm_yes", 493),
     M(R, "30", N, "asm_no", 30),
     M(R, "23 abstentions", N, "asm_abst", 23),
     M(R, "Article 34", N, "article", 34, cls="article"),
     M(R, "Feb. 28", D, "sen_vote", "2024-02-28"),
     M(R, "Dec. 12", D, "cabinet", "2023-12-12"),
     M(R, "March 2023", D, "promise", "2023-03"),
     M(R, "337-32", N, "asm22_yes", 337, also={"asm22_no": 32}),
     M(R, "November 2022", D, "asm22", "2022-11"),
     M(R, "166 votes", N, "sen23_yes", 166),
     M(R, "152", N, "sen23_no", 152),
     M(R, "February 2023", D, "sen23", "2023-02"),
     M(R, "1975", D, "veil", "1975"),
     M(R, "86%", N, "poll", 86, cls="pct"),

     M(T, "Rabu (28/2/2024)", D, "sen_vote", "2024-02-28"),
     M(T, "267 suara", N, "sen_yes", 267),
     M(T, "50 suara", N, "sen_no", 50),
     M(T, "30 Januari 2024", D, "asm_vote", "2024-01-30"),
     M(T, "493 suara", N, "asm_yes", 493),
     M(T, "30 suara", N, "asm_no", 30),
     M(T, "Senin (4/3/2024)", D, "congress", "2024-03-04"),
     M(T, "Februari 2023", D, "sen23", "2023-02"),
     M(T, "166 suara", N, "sen23_yes", 166),
     M(T, "152 suara", N, "sen23_no", 152),
     M(T, "November 2022", D, "poll_date", "2022-11"),
     M(T, "86 persen", N, "poll", 86, cls="pct"),
     M(T, "tahun 1975", D, "veil", "1975"),

     M(K, "Senin (4/3/2024)", D, "congress", "2024-03-04"),
     M(K, "780 suara", N, "cg_yes", 780),
     M(K, "72 suara", N, "cg_no", 72),
     M(K, "512 suara", N, "cg_needed", 512),
     M(K, "902 anggota", N, "cg_voters", 902),
     M(K, "50 orang", N, "cg_abst", 50),
     M(K, "Pasal 34", N, "article", 34, cls="article"),
     M(K, "1958", D, "constitution", "1958"),
     M(K, "Selasa (30/1/2024)", D, "asm_vote", "2024-01-30"),
     M(K, "493 suara", N, "asm_yes", 493),
     M(K, "30 suara", N, "asm_no", 30),
     M(K, "Rabu (28/2/2024)", D, "sen_vote", "2024-02-28"),
     M(K, "276 suara", N, "sen_yes", 276, planted=True),
     M(K, "50 suara", N, "sen_no", 50),
     M(K, "1975", D, "veil", "1975"),
     M(K, "Jumat (8/3/2024)", D, "seal", "2024-03-08"),

     M(A, "Friday", D, "seal", "2024-03-08"),
     M(A, "March 4", D, "congress", "2024-03-04"),
     M(A, "780 votes", N, "cg_yes", 780),
     M(A, "72", N, "cg_no", 72),
     M(A, "512 votes", N, "cg_needed", 512),
     M(A, "267 votes", N, "sen_yes", 267),
     M(A, "50", N, "sen_no", 50),
     M(A, "Feb. 28", D, "sen_vote", "2024-02-28"),
     M(A, "493-30", N, "asm_yes", 493, also={"asm_no": 30}),
     M(A, "Jan. 31", D, "asm_vote", "2024-01-31", planted=True),
     M(A, "Article 34", N, "article", 34, cls="article"),
     M(A, "1975", D, "veil", "1975"),
     M(A, "86%", N, "poll", 86, cls="pct"),
     M(A, "1958", D, "constitution", "1958"),
     M(A, "2008", D, "prev_rev", "2008"),
    ]
    build("france-abortion-amendment-2024", "France writes women's guaranteed freedom to have an abortion into its "
          "constitution in stages: the National Assembly's vote on Tuesday 30 January 2024 (493-30, 23 abstentions), "
          "the Senate's on Wednesday 28 February (267-50), the Congress at Versailles on Monday 4 March (780-72, 512 "
          "needed, 902 taking part, 50 abstentions) and the public sealing on Friday 8 March 2024; the earlier attempt "
          "(the Assembly 337-32 in November 2022, the Senate 166-152 in February 2023), an Ifop poll (86%), the Veil law "
          "of 1975", False, ms, names)


def insee():
    R, K, A, T = "reuters-jan16", "kompas-jan17", "ap-jan18", "tempo-jan19"
    names = {
     "births": "births in 2023", "births_pct": "fall in births from 2022 (%)", "tfr": "fertility rate in 2023",
     "tfr22": "fertility rate in 2022", "tfr10": "fertility rate in 2010", "deaths_pct": "fall in deaths (%)",
     "deaths": "deaths in 2023", "natural": "natural balance", "migration": "net migration",
     "pop": "population on 1 January 2024", "pop_pct": "population growth (%)", "mainland": "population of mainland France",
     "overseas": "population of the overseas departments", "depts": "overseas departments",
     "le_women": "life expectancy of women", "le_men": "life expectancy of men",
     "peak_pct": "births below the 2010 peak (%)", "mother_age": "mothers' average age at birth",
     "mother_age_before": "mothers' average age two decades earlier", "births_drop": "fewer births than in 2022",
     # dates
     "year": "the year of the figures", "prev": "the year before", "low_year": "year of fewer births",
     "release": "day of the release", "y1993": "first year of a lower fertility rate",
     "y1994": "second year of a lower fertility rate", "pop_date": "day of the population count",
     "peak": "year of the last peak",
    }
    ms = [
     M(R, "678,000 births", N, "births", 678000),
     M(R, "2023", D, "year", "2023"),
     M(R, "6.6%", N, "births_pct", 6.6, cls="pct"),
     M(R, "2022", D, "prev", "2022"),
     M(R, "1946", D, "low_year", "1946"),
     M(R, "Tuesday", D, "release", "2024-01-16"),
     M(R, "1.68", N, "tfr", 1.68, cls="tfr"),
     M(R, "1.79", N, "tfr22", 1.79, cls="tfr"),
     M(R, "1993", D, "y1993", "1993"),
     M(R, "1994", D, "y1994", "1994"),
     M(R, "6.5%", N, "deaths_pct", 6.5, cls="pct"),
     M(R, "631,000", N, "deaths", 631000),
     M(R, "47,000", N, "natural", 47000),
     M(R, "183,000", N, "migration", 183000),
     M(R, "68.4 million", N, "pop", 68400000, qual="approx"),
     M(R, "Jan. 1, 2024", D, "pop_date", "2024-01-01"),
     M(R, "0.3%", N, "pop_pct", 0.3, cls="pct"),
     M(R, "66.1 million", N, "mainland", 66100000),
     M(R, "2.2 million", N, "overseas", 2200000),
     M(R, "five overseas departments", N, "depts", 5),
     M(R, "85.7 years", N, "le_women", 85.7, cls="age"),
     M(R, "80.0 years", N, "le_men", 80.0, cls="age"),
     M(R, "nearly 20%", N, "peak_pct", 20, qual="nearly", cls="pct"),
     M(R, "2010", D, "peak", "2010"),
     M(R, "31.0 years", N, "mother_age", 31.0, cls="age"),
     M(R, "29.5 years", N, "mother_age_before", 29.5, cls="age"),

     M(K, "2023", D, "year", "2023"),
     M(K, "678.000", N, "births", 678000),
     M(K, "1946", D, "low_year", "1946"),
     M(K, "Selasa (16/1/2024)", D, "release", "2024-01-16"),
     M(K, "6,6 persen", N, "births_pct", 6.6, cls="pct"),
     M(K, "2022", D, "prev", "2022"),
     M(K, "hampir 20 persen", N, "peak_pct", 20, qual="nearly", cls="pct"),
     M(K, "2010", D, "peak", "2010"),
     M(K, "1,68", N, "tfr", 1.68, cls="tfr"),
     M(K, "1,79", N, "tfr22", 1.79, cls="tfr"),
     M(K, "6,5 persen", N, "deaths_pct", 6.5, cls="pct"),
     M(K, "631.000 jiwa", N, "deaths", 631000),
     M(K, "47.000", N, "natural", 47000),
     M(K, "183.000 orang", N, "migration", 183000),
     M(K, "1 Januari 2024", D, "pop_date", "2024-01-01"),
     M(K, "sekitar 68,4 juta jiwa", N, "pop", 68400000, qual="approx"),
     M(K, "0,3 persen", N, "pop_pct", 0.3, cls="pct"),
     M(K, "66,1 juta", N, "mainland", 66100000),
     M(K, "2,2 juta", N, "overseas", 2200000),
     M(K, "lima departemen", N, "depts", 5),
     M(K, "85,7 tahun", N, "le_women", 85.7, cls="age"),
     M(K, "80,0 tahun", N, "le_men", 80.0, cls="age"),
     M(K, "31,0 tahun", N, "mother_age", 31.0, cls="age"),
     M(K, "29,5 tahun", N, "mother_age_before", 29.5, cls="age"),

     M(A, "1946", D, "low_year", "1946"),
     M(A, "678,000 births", N, "births", 678000),
     M(A, "Tuesday", D, "release", "2024-01-16"),
     M(A, "6.6%", N, "births_pct", 6.6, cls="pct"),
     M(A, "2022", D, "prev", "2022"),
     M(A, "48,000 fewer births", N, "births_drop", 48000),
     M(A, "1.68", N, "tfr", 1.68, cls="tfr"),
     M(A, "1.79", N, "tfr22", 1.79, cls="tfr"),
     M(A, "2.03", N, "tfr10", 2.03, cls="tfr"),
     M(A, "2010", D, "peak", "2010"),
     M(A, "631,000", N, "deaths", 631000),
     M(A, "6.5%", N, "deaths_pct", 6.5, cls="pct"),
     M(A, "47,000", N, "natural", 47000),
     M(A, "183,000 people", N, "migration", 183000),
     M(A, "68,373,000", N, "pop", 68373000),
     M(A, "Jan. 1, 2024", D, "pop_date", "2024-01-01"),
     M(A, "0.3%", N, "pop_pct", 0.3, cls="pct"),
     M(A, "85.7 years", N, "le_women", 85.7, cls="age"),
     M(A, "80.0 years", N, "le_men", 80.0, cls="age"),
     M(A, "1993", D, "y1993", "1993"),
     M(A, "1994", D, "y1994", "1994"),

     M(T, "678.000 kelahiran", N, "births", 678000),
     M(T, "2023", D, "year", "2023"),
     M(T, "6,6 persen", N, "births_pct", 6.6, cls="pct"),
     M(T, "sekitar 48.000 bayi", N, "births_drop", 48000, qual="approx"),
     M(T, "Selasa (16/1/2024)", D, "release", "2024-01-16"),
     M(T, "1,68", N, "tfr", 1.68, cls="tfr"),
     M(T, "1993", D, "y1993", "1993"),
     M(T, "1994", D, "y1994", "1994"),
     M(T, "631.000", N, "deaths", 631000),
     M(T, "6,5 persen", N, "deaths_pct", 6.5, cls="pct"),
     M(T, "47.000 jiwa", N, "natural", 47000),
     M(T, "183.000 orang", N, "migration", 183000),
     M(T, "1 Januari 2024", D, "pop_date", "2024-01-01"),
     M(T, "68,4 juta", N, "pop", 68400000, qual="approx"),
     M(T, "0,3 persen", N, "pop_pct", 0.3, cls="pct"),
     M(T, "80,0 tahun", N, "le_men", 80.0, cls="age"),
     M(T, "85,7 tahun", N, "le_women", 85.7, cls="age"),
     M(T, "hampir 20 persen", N, "peak_pct", 20, qual="nearly", cls="pct"),
     M(T, "2010", D, "peak", "2010"),
    ]
    build("insee-demography-2023", "INSEE's demographic report for 2023 (control), released on Tuesday 16 January "
          "2024: 678,000 births (6.6% fewer than in 2022, 48,000 fewer, the fewest since 1946, nearly 20% below the 2010 "
          "peak), a fertility rate of 1.68 (1.79 in 2022, 2.03 in 2010; lower only in 1993 and 1994), 631,000 deaths "
          "(6.5% fewer), a natural balance of 47,000, net migration of 183,000, 68.4 million inhabitants (68,373,000) on "
          "1 January 2024 (+0.3%; 66.1 million in mainland France, 2.2 million in the five overseas departments), life "
          "expectancy 85.7 years for women and 80.0 for men, mothers' average age 31.0 (29.5 two decades earlier). Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mayotte()
    abortion()
    insee()
