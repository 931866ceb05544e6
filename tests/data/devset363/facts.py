"""The three-hundred-and-sixty-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset363/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def coup():
    R, K, A, T = "reuters-jul16", "kompas-jul18", "ap-jul22", "antara-aug08"
    # as-of times of the running tallies: Saturday 16 July 2016 (the government's first count: 161 killed besides the
    # plotters, 1,440 wounded; the military's 104 plotters killed; 265 in all), Sunday 17 July (290 in all, more than
    # 100 plotters, about 6,000 detained by the justice minister's count), Monday 18 July (the toll revised down to
    # 232: 208 and 24 plotters), Friday 22 July (240 by the prime minister's office, more than 10,000 detained, more
    # than 50,000 suspended), Sunday 7 August (246 by the president, more than 2,100 wounded, more than 60,000
    # suspended). The total dead and the plotters killed were revised down (revision); the rest only rise.
    SAT, SUN, MON, FRI, AUG7 = "2016-07-16", "2016-07-17", "2016-07-18", "2016-07-22", "2016-08-07"
    PM, PRES, JUSTICE = "the prime minister's office", "the president", "the justice minister"
    names = {
     "dead_loyal": "people killed resisting the coup (plotters not counted)", "dead_total": "people killed in all",
     "plotters": "plotters killed", "wounded": "people wounded", "soldiers_held": "soldiers detained on Saturday",
     "detained": "people detained", "suspended": "people suspended or removed from their posts",
     "ayes": "votes for the state of emergency", "noes": "votes against the state of emergency",
     "emerg_len": "months the state of emergency lasts",
     # dates
     "coup": "night of the coup attempt", "count_sat": "day of the first count", "count_sun": "day of the count of 290",
     "rally_sun": "night of the Sunday rallies", "revised": "day the toll was revised", "decree": "day the emergency "
     "was announced", "vote": "day parliament approved the emergency", "count_fri": "day of the count of 240",
     "rally_aug": "day of the Yenikapi rally",
    }
    ms = [
     M(R, "At least 161 people", N, "dead_loyal", 161, SAT, qual="atleast"),
     M(R, "1,440 wounded", N, "wounded", 1440, SAT),
     M(R, "Saturday", D, "count_sat", "2016-07-16"),
     M(R, "104 of the plotters", N, "plotters", 104, SAT),
     M(R, "265", N, "dead_total", 265, SAT),
     M(R, "Friday night", D, "coup", "2016-07-15"),
     M(R, "2,839 soldiers", N, "soldiers_held", 2839, SAT),

     M(K, "290 orang", N, "dead_total", 290, SUN),
     M(K, "Minggu (17/7/2016)", D, "count_sun", "2016-07-17"),
     M(K, "lebih dari 100 tentara pelaku", N, "plotters", 100, SUN, qual="morethan"),
     M(K, "Sabtu (16/7/2016)", D, "count_sat", "2016-07-16"),
     M(K, "161 korban tewas", N, "dead_loyal", 161, SAT),
     M(K, "1.440 orang", N, "wounded", 1440, SAT),
     M(K, "Kamis (14/7/2016)", D, "coup", "2016-07-14", planted=True),
     M(K, "sekitar 6.000 orang", N, "detained", 6000, SUN, qual="approx", src=JUSTICE),
     M(K, "Minggu malam", D, "rally_sun", "2016-07-17"),

     M(A, "Thursday", D, "vote", "2016-07-21"),
     M(A, "three-month", N, "emerg_len", 3, cls="dur"),
     M(A, "346 votes", N, "ayes", 346, cls="votes"),
     M(A, "115", N, "noes", 115, cls="votes"),
     M(A, "Wednesday", D, "decree", "2016-07-20"),
     M(A, "July 15", D, "coup", "2016-07-15"),
     M(A, "Monday", D, "revised", "2016-07-18"),
     M(A, "232", N, "dead_total", 232, MON),
     M(A, "208 civilians", N, "dead_loyal", 208, MON),
     M(A, "24 plotters", N, "plotters", 24, MON),
     M(A, "290", N, "dead_total", 290, SUN),
     M(A, "240", N, "dead_loyal", 240, FRI, src=PM),
     M(A, "Friday", D, "count_fri", "2016-07-22"),
     M(A, "More than 10,000 people", N, "detained", 10000, FRI, qual="morethan"),
     M(A, "more than 50,000", N, "suspended", 50000, FRI, qual="morethan"),

     M(T, "Minggu (7/8/2016)", D, "rally_aug", "2016-08-07"),
     M(T, "15 Juli", D, "coup", "2016-07-15"),
     M(T, "246 warga sipil", N, "dead_loyal", 246, AUG7, src=PRES),
     M(T, "Lebih dari 2.100 orang", N, "wounded", 2100, AUG7, qual="morethan"),
     M(T, "tiga bulan", N, "emerg_len", 3, cls="dur"),
     M(T, "21 Juli", D, "vote", "2016-07-21"),
     M(T, "346 suara", N, "ayes", 346, cls="votes"),
     M(T, "151 menolak", N, "noes", 151, cls="votes", planted=True),
     M(T, "lebih dari 60.000", N, "suspended", 60000, AUG7, qual="morethan"),
    ]
    build("turkey-coup-2016", "The failed military coup in Turkey (the night of Friday 15 July 2016): the government's "
          "count of at least 161 killed besides the plotters and 1,440 wounded on Saturday 16 July, the military's 104 "
          "plotters killed (265 in all), 290 in all on Sunday 17 July, revised down on Monday 18 July to 232 (208 and 24 "
          "plotters), 240 by the prime minister's office on 22 July against 246 by the president on 7 August; 2,839 "
          "soldiers detained on Saturday, about 6,000 people by Sunday, more than 10,000 by 22 July; the state of "
          "emergency announced on Wednesday 20 July and approved by parliament on Thursday 21 July by 346 votes to 115 "
          "for three months; the Yenikapi rally of Sunday 7 August", False, ms, names)


def quake():
    R, K, T, A = "reuters-mar22", "kompas-mar24", "antara-mar27", "ap-sep18"
    # as-of times of the running tallies: Sunday 22 March 2020 (17 injured on the day of the quake), Monday 23 March
    # (27 injured, the girl's death), Friday 27 March (the mayor's count of at least 1,900 damaged buildings), the
    # European Parliament's vote of Thursday 17 September 2020 (27 injured, some 26,000 damaged buildings). The
    # magnitude is measured by two bodies: the U.S. Geological Survey's 5.3 against the Croatian Seismological
    # Survey's 5.5 (sources). The injured and the damaged buildings do not fall.
    SUN, MON, MAR27, SEP = "2020-03-22", "2020-03-23", "2020-03-27", "2020-09-17"
    USGS, CSS = "the U.S. Geological Survey", "the Croatian Seismological Survey"
    names = {
     "injured": "people injured", "dead": "people killed", "age": "the girl's age", "mag": "the quake's magnitude",
     "aftershock": "the aftershock's magnitude", "buildings": "buildings damaged", "grant": "the EU grant (EUR)",
     "damage": "the damage put by Croatia (EUR)",
     # dates
     "quake": "day of the quake", "count_mon": "day of the count of 27 injured", "girl_death": "day the girl died",
     "count_fri": "day of the mayor's count of buildings", "year1880": "year of the last stronger quake",
     "proposal": "month the Commission proposed the grant", "ep_vote": "day the European Parliament approved the grant",
    }
    ms = [
     M(R, "Sunday", D, "quake", "2020-03-22"),
     M(R, "17 people", N, "injured", 17, SUN),
     M(R, "15-year-old", N, "age", 15, cls="age"),
     M(R, "magnitude 5.3", N, "mag", 5.3, cls="mag", src=USGS),
     M(R, "5.5", N, "mag", 5.5, cls="mag", src=CSS),
     M(R, "magnitude 5.0", N, "aftershock", 5.0, cls="mag"),
     M(R, "1880", D, "year1880", "1880"),

     M(K, "15 tahun", N, "age", 15, cls="age"),
     M(K, "Senin (23/3/2020)", D, "girl_death", "2020-03-23"),
     M(K, "Hingga Senin", D, "count_mon", "2020-03-23"),
     M(K, "27 orang", N, "injured", 27, MON),
     M(K, "17 orang", N, "injured", 17, SUN),
     M(K, "bermagnitudo 5,5", N, "mag", 5.5, cls="mag", src=CSS),
     M(K, "Minggu (22/3/2020)", D, "quake", "2020-03-22"),
     M(K, "bermagnitudo 5,0", N, "aftershock", 5.0, cls="mag"),
     M(K, "1980", D, "year1880", "1980", planted=True),

     M(T, "Sedikitnya 1.900 bangunan", N, "buildings", 1900, MAR27, qual="atleast"),
     M(T, "bermagnitudo 5,5", N, "mag", 5.5, cls="mag", src=CSS),
     M(T, "Minggu (22/3/2020)", D, "quake", "2020-03-22"),
     M(T, "Jumat (27/3/2020)", D, "count_fri", "2020-03-27"),
     M(T, "satu orang", N, "dead", 1),
     M(T, "15 tahun", N, "age", 15, cls="age"),
     M(T, "Selasa (24/3/2020)", D, "girl_death", "2020-03-24", planted=True),
     M(T, "27 orang", N, "injured", 27, MAR27),
     M(T, "5,3", N, "mag", 5.3, cls="mag", src=USGS),
     M(T, "1880", D, "year1880", "1880"),

     M(A, "Thursday", D, "ep_vote", "2020-09-17"),
     M(A, "683.7 million euros", N, "grant", 683.7e6, cls="eur"),
     M(A, "March 22", D, "quake", "2020-03-22"),
     M(A, "July", D, "proposal", "2020-07"),
     M(A, "11.3 billion euros", N, "damage", 11.3e9, cls="eur"),
     M(A, "magnitude 5.5", N, "mag", 5.5, cls="mag", src=CSS),
     M(A, "15-year-old", N, "age", 15, cls="age"),
     M(A, "27 people", N, "injured", 27, SEP),
     M(A, "some 26,000 buildings", N, "buildings", 26000, SEP, qual="approx"),
     M(A, "1880", D, "year1880", "1880"),
    ]
    build("zagreb-quake-2020", "The Zagreb earthquake of Sunday 22 March 2020 at 6:24 (magnitude 5.3 by the U.S. "
          "Geological Survey, 5.5 by the Croatian Seismological Survey; an aftershock of 5.0; the strongest in the city "
          "since 1880): 17 injured on the day, 27 by Monday 23 March when a 15-year-old girl died of her injuries; at "
          "least 1,900 damaged buildings by the mayor's count of Friday 27 March, some 26,000 by September; the damage "
          "put by Croatia at EUR 11.3 billion; the EU Solidarity Fund's EUR 683.7 million proposed by the Commission in "
          "July and approved by the European Parliament on Thursday 17 September 2020", False, ms, names)


def annan_plan():
    R, K, T, A = "reuters-apr24", "kompas-apr25", "antara-apr26", "ap-apr27"
    names = {
     "gc_no": "Greek Cypriots voting no (%)", "gc_yes": "Greek Cypriots voting yes (%)",
     "tc_yes": "Turkish Cypriots voting yes (%)", "tc_no": "Turkish Cypriots voting no (%)",
     "gc_turnout": "Greek Cypriot turnout (%)", "tc_turnout": "Turkish Cypriot turnout (%)",
     "members": "countries joining the EU on May 1", "other_members": "other countries joining with Cyprus",
     # dates
     "ref_day": "day of the referendums", "eu_day": "day Cyprus joins the EU", "split": "year the island was split",
    }
    ms = [
     M(R, "Saturday", D, "ref_day", "2004-04-24"),
     M(R, "75.83 percent", N, "gc_no", 75.83, cls="pct"),
     M(R, "64.91 percent", N, "tc_yes", 64.91, cls="pct"),
     M(R, "24.17 percent", N, "gc_yes", 24.17, cls="pct"),
     M(R, "35.09 percent", N, "tc_no", 35.09, cls="pct"),
     M(R, "about 88 percent", N, "gc_turnout", 88, qual="approx", cls="pct"),
     M(R, "about 87 percent", N, "tc_turnout", 87, qual="approx", cls="pct"),
     M(R, "May 1", D, "eu_day", "2004-05-01"),
     M(R, "1974", D, "split", "1974"),

     M(K, "75,83 persen", N, "gc_no", 75.83, cls="pct"),
     M(K, "Sabtu (24/4/2004)", D, "ref_day", "2004-04-24"),
     M(K, "64,91 persen", N, "tc_yes", 64.91, cls="pct"),
     M(K, "24,17 persen", N, "gc_yes", 24.17, cls="pct"),
     M(K, "35,09 persen", N, "tc_no", 35.09, cls="pct"),
     M(K, "sekitar 88 persen", N, "gc_turnout", 88, qual="approx", cls="pct"),
     M(K, "sekitar 87 persen", N, "tc_turnout", 87, qual="approx", cls="pct"),
     M(K, "1 Mei 2004", D, "eu_day", "2004-05-01"),
     M(K, "1974", D, "split", "1974"),

     M(T, "Sabtu lalu", D, "ref_day", "2004-04-24"),
     M(T, "1 Mei 2004", D, "eu_day", "2004-05-01"),
     M(T, "75,83 persen", N, "gc_no", 75.83, cls="pct"),
     M(T, "24,17 persen", N, "gc_yes", 24.17, cls="pct"),
     M(T, "sekitar 88 persen", N, "gc_turnout", 88, qual="approx", cls="pct"),
     M(T, "64,91 persen", N, "tc_yes", 64.91, cls="pct"),
     M(T, "35,09 persen", N, "tc_no", 35.09, cls="pct"),
     M(T, "sekitar 87 persen", N, "tc_turnout", 87, qual="approx", cls="pct"),
     M(T, "sembilan negara lain", N, "other_members", 9),
     M(T, "1974", D, "split", "1974"),

     M(A, "May 1", D, "eu_day", "2004-05-01"),
     M(A, "75.83 percent", N, "gc_no", 75.83, cls="pct"),
     M(A, "24.17 percent", N, "gc_yes", 24.17, cls="pct"),
     M(A, "Saturday", D, "ref_day", "2004-04-24"),
     M(A, "64.91 percent", N, "tc_yes", 64.91, cls="pct"),
     M(A, "35.09 percent", N, "tc_no", 35.09, cls="pct"),
     M(A, "About 88 percent", N, "gc_turnout", 88, qual="approx", cls="pct"),
     M(A, "about 87 percent", N, "tc_turnout", 87, qual="approx", cls="pct"),
     M(A, "1974", D, "split", "1974"),
     M(A, "10 countries", N, "members", 10),
    ]
    build("annan-plan-2004", "The twin referendums on the UN's Annan Plan for Cyprus (Saturday 24 April 2004), one "
          "official result everywhere (control): Greek Cypriots 75.83% no and 24.17% yes on a turnout of about 88%, "
          "Turkish Cypriots 64.91% yes and 35.09% no on about 87%; the divided island joining the EU with nine other "
          "countries on 1 May 2004; the island split since 1974. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    coup()
    quake()
    annan_plan()
