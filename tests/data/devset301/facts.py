"""The three-hundred-and-first development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset301/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ycua():
    K, R, T, A = "kompas-aug02", "reuters-aug03", "detik-aug05", "ap-feb03"
    # as-of times of the running tallies: Sunday 1 August 2004 (the police chief's estimate in the afternoon), early
    # Monday 2 August (the count of at least 296 dead and more than 300 injured), Monday 2 August later in the day
    # (364 dead, 524 injured), Wednesday 4 August (364 and 524 unchanged), and the figures used in the case, as
    # reported at the verdict of Saturday 2 February 2008 (327 dead, 249 injured: lower than the counts of the first
    # days, a revision). The official counts (police, prosecutors, the court record) are one tally; the police
    # chief's early estimate of more than 300 dead and the relatives' "close to 400" are other sources.
    SUN, MONE, MON, WED, FINAL = "2004-08-01", "2004-08-02a", "2004-08-02b", "2004-08-04", "2008-02-02"
    OFF, EST, REL = "the official count", "the police chief's estimate", "the victims' families"
    names = {
     "dead": "people killed in the fire", "injured": "people injured in the fire",
     "bodies_mon": "bodies pulled out on Monday", "children_mon": "children among the bodies found on Monday",
     "held": "people in custody", "guards_held": "security guards in custody",
     "guards_charged": "security guards prosecutors will charge", "missing": "people still missing",
     "mourning": "days of national mourning",
     # dates
     "fire": "day of the fire", "asof_296": "day of the count of at least 296",
     "asof_est": "day of the police chief's estimate", "asof_364": "day the toll reached 364",
     "bodies_day": "day 19 bodies were pulled out", "asof_wed": "day the toll stood at 364 unchanged",
     "verdict2": "day of the second trial's verdict", "verdict1": "day the first trial ended",
    }
    ms = [
     M(K, "Minggu (1/8/2004)", D, "fire", "2004-08-01"),
     M(K, "Senin (2/8/2004)", D, "asof_296", "2004-08-02"),
     M(K, "sedikitnya 296 orang", N, "dead", 296, MONE, qual="atleast", src=OFF),
     M(K, "lebih dari 300 orang", N, "injured", 300, MONE, qual="morethan"),
     M(K, "Minggu sore", D, "asof_est", "2004-08-01"),
     M(K, "lebih dari 300 orang", N, "dead", 300, SUN, qual="morethan", src=EST, occ=2),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),

     M(R, "Sunday", D, "fire", "2004-08-01"),
     M(R, "364", N, "dead", 364, MON, src=OFF),
     M(R, "Monday", D, "asof_364", "2004-08-02"),
     M(R, "19 bodies", N, "bodies_mon", 19, MON),
     M(R, "Monday", D, "bodies_day", "2004-08-02", occ=2),
     M(R, "13 of them children", N, "children_mon", 13, MON),
     M(R, "524 people", N, "injured", 524, MON),
     M(R, "Six people", N, "held", 6, MON),
     M(R, "three security guards", N, "guards_held", 3, MON),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(T, "364 orang", N, "dead", 364, WED, src=OFF),
     M(T, "Rabu (4/8/2004)", D, "asof_wed", "2004-08-04"),
     M(T, "524 orang", N, "injured", 524, WED),
     M(T, "Sabtu (31/7/2004)", D, "fire", "2004-07-31", planted=True),
     M(T, "empat petugas keamanan", N, "guards_charged", 4, WED),

     M(A, "Saturday", D, "verdict2", "2008-02-02"),
     M(A, "Aug. 1, 2004", D, "fire", "2004-08-01"),
     M(A, "327 people", N, "dead", 327, FINAL, src=OFF),
     M(A, "249", N, "injured", 249, FINAL),
     M(A, "close to 400 people", N, "dead", 400, FINAL, qual="nearly", src=REL),
     M(A, "six people", N, "missing", 6, FINAL, fall=True),
     M(A, "Dec. 5, 2006", D, "verdict1", "2006-12-05"),
    ]
    build("ycua-bolanos-fire-2004", "The fire at the Ycua Bolanos supermarket in Asuncion, Paraguay (Sunday 1 August "
          "2004, about 11.20 local time): the police chief's estimate of more than 300 dead on Sunday, at least 296 dead "
          "and more than 300 injured early on Monday 2 August, 364 dead and 524 injured later on Monday and still on "
          "Wednesday 4 August, then 327 dead and 249 injured in the figures used in the case (lower: revisions); the "
          "families' close to 400; the second trial's verdict of Saturday 2 February 2008 (12, 10, 5 and 2.5 years) and "
          "the first trial's end on 5 December 2006", False, ms, names)


def lugo():
    R, K, T, A = "reuters-jun22", "kompas-jun23", "tempo-jun30", "ap-jul23"
    # votes, seats and dates do not change with the day of the report: the clash near Curuguaty (Friday 15 June 2012:
    # 17 dead, 11 farmers and 6 police officers), the Chamber of Deputies' impeachment (Thursday 21 June, 76 to 1,
    # three of 80 absent), the Senate's removal (Friday 22 June, 39 to 4, two absent; 30 of 45 needed), Federico
    # Franco's swearing-in that Friday night, Mercosur's suspension at Mendoza (Friday 29 June), Venezuela a full member
    # from 31 July 2012, the election of April 2013, the end of the term in August 2013, Lugo's election in April 2008
    # (42.3%), Mercosur founded in 1991. The Senate's vote and Franco's swearing-in are different events on one day.
    names = {
     "dep_yes": "deputies voting to impeach", "dep_absent": "deputies absent", "dep_seats": "seats in the Chamber",
     "sen_yes": "senators voting to remove Lugo", "sen_no": "senators voting against removal",
     "sen_absent": "senators absent", "sen_needed": "Senate votes needed to remove a president",
     "sen_seats": "seats in the Senate", "dead": "people killed in the Curuguaty clash",
     "farmers": "farmers killed in the clash", "police": "police officers killed in the clash",
     "founders": "founding members of Mercosur", "defense_hours": "hours given for the defence",
     "process_hours": "hours the whole impeachment took", "colorado_years": "years of Colorado Party rule before Lugo",
     "share2008": "Lugo's share of the vote in 2008",
     # dates
     "dep_vote": "day of the Chamber of Deputies' vote", "sen_vote": "day of the Senate's vote",
     "sworn": "day Federico Franco was sworn in", "clash": "day of the Curuguaty clash",
     "merc_susp": "day Mercosur suspended Paraguay", "ven_member": "day Venezuela became a full member",
     "election2013": "the next presidential election", "term_end": "end of Lugo's term",
     "elected2008": "Lugo's election", "founded": "year Mercosur was founded",
    }
    ms = [
     M(R, "Thursday", D, "dep_vote", "2012-06-21"),
     M(R, "Friday", D, "sen_vote", "2012-06-22"),
     M(R, "76 votes", N, "dep_yes", 76),
     M(R, "three", N, "dep_absent", 3),
     M(R, "80 members", N, "dep_seats", 80),
     M(R, "June 15", D, "clash", "2012-06-15"),
     M(R, "17 people", N, "dead", 17),
     M(R, "11 farmers", N, "farmers", 11),
     M(R, "six police officers", N, "police", 6),
     M(R, "30", N, "sen_needed", 30),
     M(R, "45 members", N, "sen_seats", 45),
     M(R, "two hours", N, "defense_hours", 2, cls="dur"),
     M(R, "April 2008", D, "elected2008", "2008-04"),
     M(R, "61 years", N, "colorado_years", 61, cls="dur"),
     M(R, "August 2013", D, "term_end", "2013-08"),

     M(K, "Jumat (22/6/2012)", D, "sen_vote", "2012-06-22"),
     M(K, "39 suara", N, "sen_yes", 39),
     M(K, "4 suara", N, "sen_no", 4),
     M(K, "dua senator", N, "sen_absent", 2),
     M(K, "30", N, "sen_needed", 30),
     M(K, "45 kursi", N, "sen_seats", 45),
     M(K, "Kamis (21/6/2012)", D, "dep_vote", "2012-06-21"),
     M(K, "76 suara", N, "dep_yes", 76),
     M(K, "Jumat malam", D, "sworn", "2012-06-22"),
     M(K, "Agustus 2013", D, "term_end", "2013-08"),
     M(K, "15 Juni", D, "clash", "2012-06-15"),
     M(K, "17 orang", N, "dead", 17),
     M(K, "kurang dari 36 jam", N, "process_hours", 36, qual="nearly", cls="dur"),
     M(K, "April 2008", D, "elected2008", "2008-04"),
     M(K, "42,3 persen", N, "share2008", 42.3, cls="pct"),

     M(T, "Jumat (29/6/2012)", D, "merc_susp", "2012-06-29"),
     M(T, "April 2013", D, "election2013", "2013-04"),
     M(T, "31 Juli 2012", D, "ven_member", "2012-07-31"),
     M(T, "Jumat (22/6/2012)", D, "sen_vote", "2012-06-22"),
     M(T, "39 suara", N, "sen_yes", 39),
     M(T, "67 suara", N, "dep_yes", 67, planted=True),
     M(T, "15 Juni", D, "clash", "2012-06-15"),
     M(T, "11 petani", N, "farmers", 11),
     M(T, "6 polisi", N, "police", 6),
     M(T, "empat negara pendiri", N, "founders", 4),
     M(T, "1991", D, "founded", "1991"),

     M(A, "39-4", N, "sen_yes", 39),
     M(A, "June 21", D, "sen_vote", "2012-06-21", planted=True),
     M(A, "76-1", N, "dep_yes", 76),
     M(A, "June 15", D, "clash", "2012-06-15"),
     M(A, "17 people", N, "dead", 17),
     M(A, "six", N, "police", 6),
     M(A, "June 29", D, "merc_susp", "2012-06-29"),
     M(A, "July 31", D, "ven_member", "2012-07-31"),
     M(A, "April 2013", D, "election2013", "2013-04"),
     M(A, "August 2013", D, "term_end", "2013-08"),
     M(A, "2008", D, "elected2008", "2008"),
     M(A, "42.3 percent", N, "share2008", 42.3, cls="pct"),
     M(A, "61 years", N, "colorado_years", 61, cls="dur"),
    ]
    build("lugo-impeachment-2012", "The removal of Paraguay's president Fernando Lugo in two stages: the Chamber of "
          "Deputies' impeachment on Thursday 21 June 2012 (76 to 1, three of 80 absent) and the Senate's removal on "
          "Friday 22 June (39 to 4, two absent; 30 of 45 needed), after the clash near Curuguaty on Friday 15 June (17 "
          "dead: 11 farmers, 6 police officers); Federico Franco sworn in that Friday night; Mercosur's suspension of "
          "Paraguay at Mendoza on Friday 29 June, Venezuela a full member from 31 July 2012; the April 2013 election and "
          "the end of the term in August 2013", False, ms, names)


def poverty():
    R, K, B, A = "reuters-sep26", "kompas-sep27", "bisnis-sep28", "ap-sep29"
    names = {
     "pov": "people in poverty, first half of 2024 (%)", "ind": "people in indigence, first half of 2024 (%)",
     "pov_prev": "people in poverty, second half of 2023 (%)", "ind_prev": "people in indigence, second half of 2023 (%)",
     "pov_yago": "people in poverty, first half of 2023 (%)", "ind_yago": "people in indigence, first half of 2023 (%)",
     "child": "children up to 14 in poverty (%)", "hh_pov": "households in poverty (%)",
     "hh_ind": "households in indigence (%)", "nea": "poverty in the northeast (%)", "noa": "poverty in the northwest (%)",
     "patagonia": "poverty in Patagonia (%)", "pampeana": "poverty in the Pampas region (%)",
     "young": "poverty among people aged 15 to 29 (%)", "adult": "poverty among people aged 30 to 64 (%)",
     "old": "poverty among people 65 and older (%)", "rise_pp": "rise in poverty from the second half of 2023 (points)",
     "areas": "urban areas the survey covers",
     # dates
     "release": "day of the release",
    }
    P = dict(cls="pct")
    ms = [
     M(R, "52.9%", N, "pov", 52.9, **P),
     M(R, "Thursday", D, "release", "2024-09-26"),
     M(R, "18.1%", N, "ind", 18.1, **P),
     M(R, "11.9%", N, "ind_prev", 11.9, **P),
     M(R, "41.7%", N, "pov_prev", 41.7, **P),
     M(R, "11.2 percentage points", N, "rise_pp", 11.2, cls="pp"),
     M(R, "40.1%", N, "pov_yago", 40.1, **P),
     M(R, "9.3%", N, "ind_yago", 9.3, **P),
     M(R, "66.1%", N, "child", 66.1, **P),
     M(R, "42.5%", N, "hh_pov", 42.5, **P),
     M(R, "13.6%", N, "hh_ind", 13.6, **P),
     M(R, "31 urban areas", N, "areas", 31),
     M(R, "62.9%", N, "nea", 62.9, **P),
     M(R, "57%", N, "noa", 57, **P),

     M(K, "Kamis (26/9/2024)", D, "release", "2024-09-26"),
     M(K, "52,9 persen", N, "pov", 52.9, **P),
     M(K, "11,2 poin persentase", N, "rise_pp", 11.2, cls="pp"),
     M(K, "41,7 persen", N, "pov_prev", 41.7, **P),
     M(K, "18,1 persen", N, "ind", 18.1, **P),
     M(K, "11,9 persen", N, "ind_prev", 11.9, **P),
     M(K, "40,1 persen", N, "pov_yago", 40.1, **P),
     M(K, "9,3 persen", N, "ind_yago", 9.3, **P),
     M(K, "66,1 persen", N, "child", 66.1, **P),
     M(K, "42,5 persen", N, "hh_pov", 42.5, **P),
     M(K, "13,6 persen", N, "hh_ind", 13.6, **P),
     M(K, "31 wilayah perkotaan", N, "areas", 31),

     M(B, "52,9 persen", N, "pov", 52.9, **P),
     M(B, "Kamis (26/9/2024)", D, "release", "2024-09-26"),
     M(B, "18,1 persen", N, "ind", 18.1, **P),
     M(B, "11,9 persen", N, "ind_prev", 11.9, **P),
     M(B, "41,7 persen", N, "pov_prev", 41.7, **P),
     M(B, "11,2 poin persentase", N, "rise_pp", 11.2, cls="pp"),
     M(B, "62,9 persen", N, "nea", 62.9, **P),
     M(B, "57 persen", N, "noa", 57, **P),
     M(B, "49,1 persen", N, "patagonia", 49.1, **P),
     M(B, "49,9 persen", N, "pampeana", 49.9, **P),
     M(B, "66,1 persen", N, "child", 66.1, **P),
     M(B, "31 wilayah perkotaan", N, "areas", 31),
     M(B, "42,5 persen", N, "hh_pov", 42.5, **P),

     M(A, "52.9%", N, "pov", 52.9, **P),
     M(A, "Thursday", D, "release", "2024-09-26"),
     M(A, "41.7%", N, "pov_prev", 41.7, **P),
     M(A, "18.1%", N, "ind", 18.1, **P),
     M(A, "11.9%", N, "ind_prev", 11.9, **P),
     M(A, "66.1%", N, "child", 66.1, **P),
     M(A, "60.7%", N, "young", 60.7, **P),
     M(A, "48.6%", N, "adult", 48.6, **P),
     M(A, "29.7%", N, "old", 29.7, **P),
     M(A, "62.9%", N, "nea", 62.9, **P),
     M(A, "49.1%", N, "patagonia", 49.1, **P),
     M(A, "40.1%", N, "pov_yago", 40.1, **P),
     M(A, "31 cities", N, "areas", 31),
     M(A, "42.5%", N, "hh_pov", 42.5, **P),
     M(A, "13.6%", N, "hh_ind", 13.6, **P),
    ]
    build("argentina-poverty-2024", "Argentina's official poverty figures for the first half of 2024 (control), released "
          "by the national statistics institute on Thursday 26 September 2024: 52.9% of people in poverty and 18.1% in "
          "indigence (from 41.7% and 11.9% in the second half of 2023, 40.1% and 9.3% a year earlier; a rise of 11.2 "
          "points), 66.1% of children up to 14, 42.5% of households poor and 13.6% indigent, the northeast 62.9%, the "
          "northwest 57%, Patagonia 49.1%, the Pampas 49.9%, by age 60.7%, 48.6% and 29.7%, 31 urban areas. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ycua()
    lugo()
    poverty()
