"""The three-hundred-and-eighty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset388/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def galtur():
    R, K, A, P = "reuters-feb24", "kompas-feb26", "antara-mar02", "ap-mar20"
    # as-of times of the running tallies: late on Tuesday 23 February 1999 (nine bodies), Wednesday 24 February (20
    # dead, 60 buried by the police's first count, 22 dug out alive, four dead at Valzur), Thursday 25 February (30
    # dead, 26 alive, seven at Valzur, the army's first airlift count), Friday 26 February (the last body found: 31
    # dead; 57 buried, a downward revision of the first day's 60), the end of the airlift (the army's more than 9,000
    # against the Tyrol government's about 12,000: sources). None of these tallies may fall.
    TUEN, WED, THU, FIN, END = "1999-02-23b", "1999-02-24", "1999-02-25", "1999-02-26", "1999-02-28"
    ARMY, TYROL = "the Austrian army", "the Tyrol provincial government"
    names = {
     "dead": "people killed at Galtür", "buried": "people buried at Galtür", "alive": "people dug out alive",
     "valzur": "people killed at Valzur", "airlift": "people flown out of the valley", "snow": "depth of snow (m)",
     "altitude": "Galtür's altitude (m)",
     # dates
     "attack": "day of the Galtür avalanche", "count_tuen": "night of the first count", "count_wed": "day of the "
     "Wednesday count", "count_thu": "day of the Thursday count", "count_fri": "day the last body was found",
     "valzur_day": "day of the Valzur avalanche", "aid_tyrol": "day Tyrol approved its aid",
     "nationalrat": "day parliament approved the disaster fund money",
    }
    ms = [
     M(R, "20 people", N, "dead", 20, WED),
     M(R, "Wednesday", D, "count_wed", "1999-02-24"),
     M(R, "Tuesday", D, "attack", "1999-02-23"),
     M(R, "Tuesday night", D, "count_tuen", "1999-02-23"),
     M(R, "nine bodies", N, "dead", 9, TUEN),
     M(R, "Wednesday", D, "count_wed", "1999-02-24", occ=2),
     M(R, "60 people", N, "buried", 60, WED),
     M(R, "22", N, "alive", 22, WED),
     M(R, "Wednesday afternoon", D, "valzur_day", "1999-02-24"),
     M(R, "four people", N, "valzur", 4, WED),
     M(R, "four metres", N, "snow", 4, cls="m"),

     M(K, "30 orang", N, "dead", 30, THU),
     M(K, "Kamis (25/2/1999)", D, "count_thu", "1999-02-25"),
     M(K, "Rabu (24/2/1999)", D, "count_wed", "1999-02-24"),
     M(K, "20 jenazah", N, "dead", 20, WED),
     M(K, "Senin (22/2/1999)", D, "attack", "1999-02-22", planted=True),
     M(K, "Rabu sore", D, "valzur_day", "1999-02-24"),
     M(K, "tujuh orang", N, "valzur", 7, THU),
     M(K, "26 orang", N, "alive", 26, THU),
     M(K, "lebih dari 6.000 orang", N, "airlift", 6000, THU, qual="morethan", src=ARMY),
     M(K, "Kamis malam", D, "count_thu", "1999-02-25"),
     M(K, "empat meter", N, "snow", 4, cls="m"),
     M(K, "1.600 meter", N, "altitude", 1600, qual="approx", cls="m"),

     M(A, "Senin (1/3/1999)", D, "aid_tyrol", "1999-03-01"),
     M(A, "31 orang", N, "dead", 31, FIN),
     M(A, "Jumat lalu", D, "count_fri", "1999-02-26"),
     M(A, "sembilan orang", N, "valzur", 9, FIN, planted=True),
     M(A, "sekitar 12.000 wisatawan", N, "airlift", 12000, END, qual="approx", src=TYROL),
     M(A, "57 orang", N, "buried", 57, FIN),
     M(A, "60 orang", N, "buried", 60, WED),
     M(A, "26 orang", N, "alive", 26, FIN),

     M(P, "Thursday", D, "nationalrat", "1999-03-18"),
     M(P, "Feb. 23", D, "attack", "1999-02-23"),
     M(P, "31 people", N, "dead", 31, FIN),
     M(P, "seven", N, "valzur", 7, FIN),
     M(P, "57 people", N, "buried", 57, FIN),
     M(P, "26", N, "alive", 26, FIN),
     M(P, "March 1", D, "aid_tyrol", "1999-03-01"),
     M(P, "more than 9,000 people", N, "airlift", 9000, END, qual="morethan", src=ARMY),
     M(P, "about 12,000", N, "airlift", 12000, END, qual="approx", src=TYROL),
    ]
    build("galtur-avalanche-1999", "The Galtür avalanche in Tyrol, Austria (Tuesday 23 February 1999, about 4 p.m.): "
          "nine dead late on Tuesday, 20 on Wednesday 24 February, 30 on Thursday 25 February, 31 once the last body "
          "was found on Friday 26 February; 60 people buried by the police's first count, revised down to 57, of whom "
          "22 and then 26 were dug out alive; the Valzur avalanche near Ischgl on Wednesday 24 February (four dead, "
          "then seven); the airlift out of the Paznaun valley counted by the army (more than 6,000, then more than "
          "9,000) and by the Tyrol government (about 12,000); Tyrol's aid of Monday 1 March and parliament's of "
          "Thursday 18 March 1999", False, ms, names)


def elbe():
    R, K, A, P = "reuters-aug14", "kompas-aug18", "antara-sep13", "ap-sep21"
    # as-of times: Wednesday 14 August 2002 (the Elbe at 7.30 m in Dresden, 12 dead in Germany), Friday 16 August
    # (8.60 m), Saturday 17 August (the crest of 9.40 m, 16 dead), the final toll of 21 recalled in September. The
    # record of 1845 (8.77 m) is not a tally. The damage in Saxony: the Saxon government's 15 billion euros against
    # the federal government's about 9 billion (sources).
    WED, FRI, SAT, FIN = "2002-08-14", "2002-08-16", "2002-08-17", "2002-09-12"
    SAXONY, FEDERAL = "the Saxon state government", "the federal government"
    names = {
     "level": "the Elbe's level in Dresden (m)", "record": "the Elbe's earlier record in Dresden (m)",
     "dead": "people killed by the floods in Germany", "corp_old": "corporate tax rate before (%)",
     "corp_new": "corporate tax rate for one year (%)", "fund": "the reconstruction fund (billion euros)",
     "damage": "damage in Saxony (billion euros)",
     # dates
     "count_wed": "day of the Wednesday reading", "weisseritz": "day the Weisseritz flooded the city",
     "record_year": "year of the earlier record", "election": "day of the general election",
     "peak_day": "day of the crest", "level_fri": "day of the Friday reading", "count_sat": "day of the Saturday "
     "count", "bundestag": "day the lower house passed the law", "bundesrat": "day the upper house approved it",
     "tax_year": "year of the deferred tax cut",
    }
    ms = [
     M(R, "7.30 metres", N, "level", 7.30, WED, cls="m"),
     M(R, "Wednesday", D, "count_wed", "2002-08-14"),
     M(R, "12 people", N, "dead", 12, WED),
     M(R, "Tuesday", D, "weisseritz", "2002-08-13"),
     M(R, "8.77 metres", N, "record", 8.77, cls="m"),
     M(R, "1854", D, "record_year", "1854", planted=True),
     M(R, "Sept. 22", D, "election", "2002-09-22"),

     M(K, "9,40 meter", N, "level", 9.40, SAT, cls="m"),
     M(K, "Sabtu (17/8/2002)", D, "peak_day", "2002-08-17"),
     M(K, "8,77 meter", N, "record", 8.77, cls="m"),
     M(K, "1845", D, "record_year", "1845"),
     M(K, "Jumat (16/8/2002)", D, "level_fri", "2002-08-16"),
     M(K, "8,60 meter", N, "level", 8.60, FRI, cls="m"),
     M(K, "16 orang", N, "dead", 16, SAT),
     M(K, "Sabtu malam", D, "count_sat", "2002-08-17"),
     M(K, "22 September", D, "election", "2002-09-22"),

     M(A, "Kamis (12/9/2002)", D, "bundestag", "2002-09-12"),
     M(A, "2003", D, "tax_year", "2003"),
     M(A, "25 persen", N, "corp_old", 25, cls="pct"),
     M(A, "26,5 persen", N, "corp_new", 26.5, cls="pct"),
     M(A, "7,1 miliar euro", N, "fund", 7.1, cls="bn"),
     M(A, "20 September", D, "bundesrat", "2002-09-20"),
     M(A, "21 orang", N, "dead", 21, FIN),
     M(A, "9,40 meter", N, "level", 9.40, SAT, cls="m"),
     M(A, "17 Agustus", D, "peak_day", "2002-08-17"),
     M(A, "15 miliar euro", N, "damage", 15, cls="bn", src=SAXONY),
     M(A, "sekitar 9 miliar euro", N, "damage", 9, qual="approx", cls="bn", src=FEDERAL),
     M(A, "22 September", D, "election", "2002-09-22"),

     M(P, "Friday", D, "bundesrat", "2002-09-20"),
     M(P, "26.5 percent", N, "corp_new", 26.5, cls="pct"),
     M(P, "25 percent", N, "corp_old", 25, cls="pct"),
     M(P, "7.1 billion euros", N, "fund", 7.1, cls="bn"),
     M(P, "21 people", N, "dead", 21, FIN),
     M(P, "9.04 metres", N, "level", 9.04, SAT, cls="m", planted=True),
     M(P, "Aug. 17", D, "peak_day", "2002-08-17"),
     M(P, "15 billion euros", N, "damage", 15, cls="bn", src=SAXONY),
     M(P, "Sept. 12", D, "bundestag", "2002-09-12"),
     M(P, "Sunday", D, "election", "2002-09-22"),
    ]
    build("elbe-flood-2002", "The Elbe floods in Germany (August 2002): the river in Dresden at 7.30 m on Wednesday 14 "
          "August, 8.60 m on Friday 16 August and a record crest of 9.40 m on Saturday 17 August (the earlier record "
          "8.77 m in 1845); the toll in Germany 12 on Wednesday, 16 on Saturday, 21 in all; the Weisseritz flooding "
          "Dresden on Tuesday 13 August; the damage in Saxony put at 15 billion euros by the Saxon government and about "
          "9 billion by the federal government; the law deferring the 2003 income tax cut and raising corporate tax "
          "from 25% to 26.5% for a 7.1 billion euro fund, passed by the Bundestag on Thursday 12 September and the "
          "Bundesrat on Friday 20 September 2002, before the election of Sunday 22 September", False, ms, names)


def atomausstieg():
    R, K, A, W = "reuters-jun30", "kompas-jul01", "antara-jul02", "dw-jul04"
    names = {
     "yes": "votes for the law", "no": "votes against the law", "abst": "abstentions",
     "shut": "reactors kept shut", "remaining": "reactors closed in stages", "total": "reactors in all",
     "ext": "the extension of 2010 (years)", "share": "nuclear share of electricity (%)",
     "ren": "renewables' target share (%)",
     # dates
     "vote_day": "day of the Bundestag vote", "exit_year": "year the last reactors close",
     "halt": "month the oldest reactors were halted", "ren_year": "year of the renewables target",
     "bundesrat": "day of the Bundesrat's vote", "share_year": "year of the nuclear share",
     "first_close": "year the staged closures begin",
    }
    ms = [
     M(R, "Thursday", D, "vote_day", "2011-06-30"),
     M(R, "2022", D, "exit_year", "2022"),
     M(R, "513 deputies", N, "yes", 513, cls="votes"),
     M(R, "79", N, "no", 79, cls="votes"),
     M(R, "eight abstaining", N, "abst", 8, cls="votes"),
     M(R, "eight oldest reactors", N, "shut", 8, cls="reactors"),
     M(R, "March", D, "halt", "2011-03"),
     M(R, "nine", N, "remaining", 9, cls="reactors"),
     M(R, "12 years", N, "ext", 12, cls="dur"),
     M(R, "about 23 percent", N, "share", 23, qual="approx", cls="pct"),
     M(R, "35 percent", N, "ren", 35, cls="pct"),
     M(R, "2020", D, "ren_year", "2020"),
     M(R, "July 8", D, "bundesrat", "2011-07-08"),

     M(K, "Kamis (30/6/2011)", D, "vote_day", "2011-06-30"),
     M(K, "17 pembangkit", N, "total", 17, cls="reactors"),
     M(K, "2022", D, "exit_year", "2022"),
     M(K, "513", N, "yes", 513, cls="votes"),
     M(K, "79", N, "no", 79, cls="votes"),
     M(K, "delapan abstain", N, "abst", 8, cls="votes"),
     M(K, "Delapan reaktor", N, "shut", 8, cls="reactors"),
     M(K, "Maret", D, "halt", "2011-03"),
     M(K, "sembilan reaktor", N, "remaining", 9, cls="reactors"),
     M(K, "12 tahun", N, "ext", 12, cls="dur"),
     M(K, "sekitar 23 persen", N, "share", 23, qual="approx", cls="pct"),
     M(K, "2010", D, "share_year", "2010"),
     M(K, "35 persen", N, "ren", 35, cls="pct"),
     M(K, "2020", D, "ren_year", "2020"),
     M(K, "8 Juli", D, "bundesrat", "2011-07-08"),

     M(A, "Kamis (30/6/2011)", D, "vote_day", "2011-06-30"),
     M(A, "17 reaktor", N, "total", 17, cls="reactors"),
     M(A, "2022", D, "exit_year", "2022"),
     M(A, "513 suara", N, "yes", 513, cls="votes"),
     M(A, "79 suara", N, "no", 79, cls="votes"),
     M(A, "delapan anggota", N, "abst", 8, cls="votes"),
     M(A, "Lebih dari 500 anggota", N, "yes", 500, qual="morethan", cls="votes"),
     M(A, "Delapan reaktor", N, "shut", 8, cls="reactors"),
     M(A, "Maret", D, "halt", "2011-03"),
     M(A, "sembilan lainnya", N, "remaining", 9, cls="reactors"),
     M(A, "2022", D, "exit_year", "2022", occ=2),
     M(A, "12 tahun", N, "ext", 12, cls="dur"),
     M(A, "35 persen", N, "ren", 35, cls="pct"),
     M(A, "2020", D, "ren_year", "2020"),
     M(A, "Jumat (8/7/2011)", D, "bundesrat", "2011-07-08"),

     M(W, "Thursday", D, "vote_day", "2011-06-30"),
     M(W, "June 30", D, "vote_day", "2011-06-30"),
     M(W, "513 votes", N, "yes", 513, cls="votes"),
     M(W, "79", N, "no", 79, cls="votes"),
     M(W, "eight abstentions", N, "abst", 8, cls="votes"),
     M(W, "17 reactors", N, "total", 17, cls="reactors"),
     M(W, "2022", D, "exit_year", "2022"),
     M(W, "eight reactors", N, "shut", 8, cls="reactors"),
     M(W, "March", D, "halt", "2011-03"),
     M(W, "nine", N, "remaining", 9, cls="reactors"),
     M(W, "2015", D, "first_close", "2015"),
     M(W, "2022", D, "exit_year", "2022", occ=2),
     M(W, "12 years", N, "ext", 12, cls="dur"),
     M(W, "about 23 percent", N, "share", 23, qual="approx", cls="pct"),
     M(W, "2010", D, "share_year", "2010"),
     M(W, "35 percent", N, "ren", 35, cls="pct"),
     M(W, "2020", D, "ren_year", "2020"),
     M(W, "Friday", D, "bundesrat", "2011-07-08"),
    ]
    build("atomausstieg-2011", "Germany's nuclear exit law (control): the Bundestag's vote of Thursday 30 June 2011, "
          "513 for, 79 against and eight abstentions, to close all 17 reactors by the end of 2022 (the eight oldest, "
          "halted in March 2011, kept shut; the other nine closed in stages from 2015), undoing the 2010 extension of "
          "an average 12 years; nuclear's share about 23% of electricity in 2010, renewables aimed at 35% by 2020; the "
          "Bundesrat's vote on Friday 8 July 2011. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    galtur()
    elbe()
    atomausstieg()
