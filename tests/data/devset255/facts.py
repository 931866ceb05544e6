"""The two-hundred-and-fifty-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset255/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def elazig():
    R, K, T, A = "reuters-jan25", "kompas-jan26", "detik-jan28", "ap-feb17"
    # as-of times of the running tallies: Saturday 25 January 2020 earlier in the day (at least 21 dead, 1,030
    # injured, about 30 trapped) and at the interior minister's news conference (22 dead: 18 in Elazig, 4 in
    # Malatya; 39 rescued; 128 in hospital, 34 in intensive care), Sunday 26 January at 05.30 (31 dead, 1,556
    # injured, 45 rescued, 640 aftershocks, 7,505 tents), Monday 27 January at 08.15 (39 dead: 35 and 4; 1,607
    # injured, 948 aftershocks, 24,402 tents), the end of January (1,416 aftershocks) and the final count as
    # reported on 17 February (41 dead: 37 and 4; 1,607 injured; 45 rescued; 76 buildings collapsed). The dead, the
    # injured, the rescued and the aftershocks do not fall; the trapped and those in hospital may.
    SAT1, SAT2, SUN, MON, JAN31, FINAL = ("2020-01-25a", "2020-01-25b", "2020-01-26", "2020-01-27", "2020-01-31",
                                          "2020-02-17")
    # The magnitude: the Turkish disaster agency AFAD's 6.8 against the US Geological Survey's 6.7 (sources);
    # magnitudes no text credits are AFAD's reading, which the Turkish and Indonesian reports carried.
    AFAD, USGS = "AFAD", "the US Geological Survey"
    # The dead: the Turkish government's counts (the interior minister's and AFAD's), one source throughout.
    GOV = "the Turkish government"
    names = {
     "mag": "the quake's magnitude", "m4": "the magnitude above which strong aftershocks are counted",
     "dead": "people killed", "dead_elazig": "dead in Elazig province", "dead_malatya": "dead in Malatya province",
     "injured": "people injured", "rescued": "people pulled alive from the rubble", "trapped": "people trapped",
     "hospital": "injured still in hospital", "icu": "injured in intensive care",
     "discharged": "injured discharged from hospital", "aftershocks": "aftershocks recorded",
     "aftershocks_m4": "aftershocks above magnitude 4", "tents_sent": "tents sent", "tents_given": "tents handed out",
     "surveyed": "buildings surveyed for damage", "personnel": "search and rescue personnel",
     "vehicles": "vehicles deployed", "dogs": "search dogs", "collapsed": "buildings collapsed",
     "damaged": "buildings damaged", "dead_van": "dead in the 2011 Van earthquake",
     # dates
     "quake": "day of the earthquake", "asof_sat": "day of the count of 22", "asof_sun": "day of the count of 31",
     "asof_mon": "day of the count of 39", "van2011": "year of the Van earthquake",
    }
    ms = [
     M(R, "Friday evening", D, "quake", "2020-01-24"),
     M(R, "22", N, "dead", 22, SAT2, src=GOV),
     M(R, "Saturday", D, "asof_sat", "2020-01-25"),
     M(R, "18 dead", N, "dead_elazig", 18, SAT2),
     M(R, "four", N, "dead_malatya", 4, SAT2),
     M(R, "magnitude 6.8", N, "mag", 6.8, src=AFAD, cls="mag"),
     M(R, "6.7", N, "mag", 6.7, src=USGS, cls="mag"),
     M(R, "39 people", N, "rescued", 39, SAT2),
     M(R, "at least 21 people", N, "dead", 21, SAT1, qual="atleast", src=GOV),
     M(R, "1,030 injured", N, "injured", 1030, SAT1),
     M(R, "around 30 people", N, "trapped", 30, SAT1, qual="approx", fall=True),
     M(R, "128", N, "hospital", 128, SAT2, fall=True),
     M(R, "34", N, "icu", 34, SAT2, fall=True),

     M(K, "31 orang", N, "dead", 31, SUN, src=GOV),
     M(K, "Minggu (26/1/2020)", D, "asof_sun", "2020-01-26"),
     M(K, "1.556 orang", N, "injured", 1556, SUN),
     M(K, "45 orang", N, "rescued", 45, SUN),
     M(K, "bermagnitudo 6,9", N, "mag", 6.9, src=AFAD, cls="mag", planted=True),
     M(K, "Jumat (24/1/2020)", D, "quake", "2020-01-24"),
     M(K, "640 gempa susulan", N, "aftershocks", 640, SUN),
     M(K, "19 di antaranya", N, "aftershocks_m4", 19, SUN),
     M(K, "magnitudo 4", N, "m4", 4, cls="mag"),
     M(K, "Sabtu (25/1/2020)", D, "asof_sat", "2020-01-25"),
     M(K, "22 orang", N, "dead", 22, SAT2, src=GOV),
     M(K, "7.505 tenda", N, "tents_sent", 7505, SUN),
     M(K, "4.211 tenda", N, "tents_given", 4211, SUN),
     M(K, "1.521 gedung", N, "surveyed", 1521, SUN),

     M(T, "39 orang", N, "dead", 39, MON, src=GOV),
     M(T, "Senin (27/1/2020)", D, "asof_mon", "2020-01-27"),
     M(T, "35 korban tewas", N, "dead_elazig", 35, MON),
     M(T, "4 orang", N, "dead_malatya", 4, MON),
     M(T, "1.607 orang", N, "injured", 1607, MON),
     M(T, "1.516 orang", N, "discharged", 1516, MON),
     M(T, "91 orang", N, "hospital", 91, MON, fall=True),
     M(T, "bermagnitudo 6,8", N, "mag", 6.8, src=AFAD, cls="mag"),
     M(T, "Kamis (23/1/2020)", D, "quake", "2020-01-23", planted=True),
     M(T, "948 kali", N, "aftershocks", 948, MON),
     M(T, "21 gempa", N, "aftershocks_m4", 21, MON),
     M(T, "magnitudo 4", N, "m4", 4, cls="mag"),
     M(T, "45 orang", N, "rescued", 45, MON),
     M(T, "3.829 personel", N, "personnel", 3829, MON),
     M(T, "568 kendaraan", N, "vehicles", 568, MON),
     M(T, "22 anjing pelacak", N, "dogs", 22, MON),
     M(T, "24.402 tenda", N, "tents_sent", 24402, MON),

     M(A, "magnitude 6.8", N, "mag", 6.8, src=AFAD, cls="mag"),
     M(A, "Jan. 24", D, "quake", "2020-01-24"),
     M(A, "41 people", N, "dead", 41, FINAL, src=GOV),
     M(A, "37 in Elazig", N, "dead_elazig", 37, FINAL),
     M(A, "four", N, "dead_malatya", 4, FINAL),
     M(A, "1,607", N, "injured", 1607, FINAL),
     M(A, "45 people", N, "rescued", 45, FINAL),
     M(A, "1,416 aftershocks", N, "aftershocks", 1416, JAN31),
     M(A, "76 buildings", N, "collapsed", 76, FINAL),
     M(A, "645 more", N, "damaged", 645, FINAL),
     M(A, "2011", D, "van2011", "2011"),
     M(A, "more than 600 people", N, "dead_van", 600, qual="morethan"),
    ]
    build("elazig-quake-2020", "The earthquake centred on Sivrice in Elazig province, eastern Turkey (Friday 24 January "
          "2020, 20.55 local time; AFAD 6.8, USGS 6.7): at least 21 dead and 1,030 injured early on Saturday 25 "
          "January, 22 (18 in Elazig, 4 in Malatya) and 39 rescued at the interior minister's news conference, 31 dead "
          "and 1,556 injured on Sunday 26 January at 05.30, 39 (35 and 4) and 1,607 injured on Monday 27 January at "
          "08.15, 41 (37 and 4) in all; aftershocks 640 -> 948 -> 1,416; tents sent 7,505 -> 24,402", False, ms, names)


def istanbul():
    R, K, A, T = "reuters-apr01", "kompas-apr05", "ap-may07", "tempo-jun24"
    # The margin of the opposition candidate's lead after the vote of Sunday 31 March 2019 is a running tally revised
    # by recounts: the election board's provisional 27,889 on Monday 1 April and its final 13,729 when it handed over
    # the mandate on Wednesday 17 April (a revision); the opposition's own counts (19,552 on Thursday 4 April, 18,742
    # on Friday 5 April: a revision of its own count) and the ruling party's (about 19,000 on Thursday 4 April) and
    # the ruling party candidate's (about 25,000 on Monday 1 April) are other sources' figures (sources). The
    # candidate's projection of a final gap of 18,000 to 20,000 is another fact than any count. The votes, the
    # board's 7-4 ruling (Monday 6 May), the rerun (Sunday 23 June) and its shares do not change with the day.
    MON, THU, FRI, FINAL = "2019-04-01", "2019-04-04", "2019-04-05", "2019-04-17"
    YSK, YILD, CHP, AKP = ("the Supreme Election Board", "the ruling party's candidate", "the opposition's own count",
                           "the ruling party's deputy chairman")
    names = {
     "imam_votes": "the opposition candidate's votes on 31 March", "yild_votes": "the ruling party candidate's "
     "votes on 31 March", "margin": "the opposition candidate's lead on 31 March", "boxes": "ballot boxes entered",
     "boxes_held": "ballot boxes held back by objections", "void": "ballots declared void",
     "years_rule": "years the ruling party and its forerunners ran Istanbul", "recount_districts": "districts "
     "whose recount was complete", "districts": "districts of Istanbul", "invalid_recounted": "invalid ballots "
     "recounted", "akp_gain": "votes the ruling party gained in the recount", "chp_gain": "votes the opposition "
     "gained in the recount", "proj_margin": "the opposition candidate's projection of the final gap",
     "full_recount": "districts ordered to recount every vote", "invalid_recount": "districts ordered to recount "
     "invalid ballots", "annul_yes": "board members voting to annul", "annul_no": "board members voting against "
     "annulment", "city_pop": "Istanbul's population", "rerun_margin": "the winner's lead in the rerun",
     "voters": "registered voters", "imam_share": "the winner's share in the rerun",
     "yild_share": "the runner-up's share in the rerun", "turnout": "turnout in the rerun",
     # dates
     "vote": "day of the first vote", "asof_mon": "day of the board's provisional count",
     "erdogan_mayor": "year the president became the city's mayor", "asof_thu": "day of the count of 19,552",
     "asof_fri": "day of the count of 18,742", "order": "day the board ordered recounts",
     "annul": "day the board annulled the vote", "rerun": "day of the rerun",
     "office": "day the opposition candidate took office",
    }
    ms = [
     M(R, "Monday", D, "asof_mon", "2019-04-01"),
     M(R, "Sunday", D, "vote", "2019-03-31"),
     M(R, "4,159,650 votes", N, "imam_votes", 4159650, MON, src=YSK),
     M(R, "4,131,761", N, "yild_votes", 4131761, MON, src=YSK),
     M(R, "27,889 votes", N, "margin", 27889, MON, src=YSK),
     M(R, "31,102 ballot boxes", N, "boxes", 31102, MON),
     M(R, "84 more", N, "boxes_held", 84, MON, fall=True),
     M(R, "about 25,000 votes", N, "margin", 25000, MON, qual="approx", src=YILD),
     M(R, "some 300,000 ballots", N, "void", 300000, MON, qual="approx"),
     M(R, "25 years", N, "years_rule", 25, cls="dur"),
     M(R, "1994", D, "erdogan_mayor", "1994"),

     M(K, "18.742 suara", N, "margin", 18742, FRI, src=CHP),
     M(K, "17", N, "recount_districts", 17, FRI),
     M(K, "39 distrik", N, "districts", 39),
     M(K, "Jumat (5/4/2019)", D, "asof_fri", "2019-04-05"),
     M(K, "Kamis (4/4/2019)", D, "asof_thu", "2019-04-04"),
     M(K, "19.552 suara", N, "margin", 19552, THU, src=CHP),
     M(K, "11 distrik", N, "recount_districts", 11, THU),
     M(K, "sekitar 19.000 suara", N, "margin", 19000, THU, qual="approx", src=AKP),
     M(K, "119.652 surat suara", N, "invalid_recounted", 119652, FRI),
     M(K, "2.184 suara", N, "akp_gain", 2184, FRI),
     M(K, "785 suara", N, "chp_gain", 785, FRI),
     M(K, "18.000 hingga 20.000 suara", N, "proj_margin", 18000),
     M(K, "Senin (1/4/2019)", D, "asof_mon", "2019-04-01"),
     M(K, "27.889 suara", N, "margin", 27889, MON, src=YSK),
     M(K, "Rabu (3/4/2019)", D, "order", "2019-04-03"),
     M(K, "tiga distrik", N, "full_recount", 3),
     M(K, "15 distrik", N, "invalid_recount", 15),
     M(K, "25 tahun", N, "years_rule", 25, cls="dur"),

     M(A, "June 23", D, "rerun", "2019-06-23"),
     M(A, "Monday", D, "annul", "2019-05-06"),
     M(A, "7-4", N, "annul_yes", 7, also={"annul_no": 4}),
     M(A, "March 30", D, "vote", "2019-03-30", planted=True),
     M(A, "13,729 votes", N, "margin", 13729, FINAL, src=YSK),
     M(A, "April 17", D, "office", "2019-04-17"),
     M(A, "about 15 million people", N, "city_pop", 15000000, qual="approx"),

     M(T, "Minggu (23/6/2019)", D, "rerun", "2019-06-23"),
     M(T, "54,21 persen", N, "imam_share", 54.21, cls="pct"),
     M(T, "44,99 persen", N, "yild_share", 44.99, cls="pct"),
     M(T, "sekitar 806.000 suara", N, "rerun_margin", 806000, qual="approx"),
     M(T, "13.279 suara", N, "margin", 13279, FINAL, src=YSK, planted=True),
     M(T, "31 Maret 2019", D, "vote", "2019-03-31"),
     M(T, "sekitar 84 persen", N, "turnout", 84, qual="approx", cls="pct"),
     M(T, "kira-kira 10,5 juta warga", N, "voters", 10500000, qual="approx"),
     M(T, "Senin (6/5/2019)", D, "annul", "2019-05-06"),
     M(T, "7-4", N, "annul_yes", 7, also={"annul_no": 4}),
     M(T, "Rabu (17/4/2019)", D, "office", "2019-04-17"),
     M(T, "25 tahun", N, "years_rule", 25, cls="dur"),
    ]
    build("istanbul-rerun-2019", "Istanbul's mayoral election of Sunday 31 March 2019 in stages: the election board's "
          "provisional count on Monday 1 April (4,159,650 against 4,131,761, a lead of 27,889; the ruling party's "
          "candidate's about 25,000), the recounts (the opposition's 19,552 on Thursday 4 April and 18,742 on Friday 5 "
          "April, the ruling party's about 19,000), the final lead of 13,729 when the opposition candidate took office "
          "on Wednesday 17 April, the board's 7-4 annulment on Monday 6 May, the rerun of Sunday 23 June 2019 (54.21% "
          "against 44.99%, a lead of about 806,000)", False, ms, names)


def population():
    R, AN, AA, T = "reuters-feb04", "antara-feb05", "aa-feb06", "tempo-feb07"
    # One release of the address-based population figures (Tuesday 4 February 2020) for the end of 2019: the same
    # figures everywhere, exact or rounded; nothing is a running tally.
    names = {
     "pop": "Turkey's population at the end of 2019", "increase": "the population's increase in 2019",
     "men": "men", "women": "women", "ist": "Istanbul's population", "ank": "Ankara's population",
     "izm": "Izmir's population", "bursa": "Bursa's population", "bayburt": "Bayburt's population",
     "rate": "the growth rate in 2019 (per thousand)", "rate_prev": "the growth rate in 2018 (per thousand)",
     "ist_share": "Istanbul's share of the population (%)", "median": "the median age in 2019",
     "median_prev": "the median age in 2018", "median_men": "men's median age",
     "median_women": "women's median age", "working": "share of working age (%)", "elderly": "share aged 65 "
     "and over (%)", "urban": "share living in province and district centres (%)", "men_share": "men's share (%)",
     "women_share": "women's share (%)",
     # dates
     "announce": "day of the release", "ref": "the end of 2019 (the figures' reference)", "prev": "the year 2018",
    }
    ms = [
     M(R, "1,151,115 people", N, "increase", 1151115, cls="pop"),
     M(R, "83,154,997", N, "pop", 83154997, cls="pop"),
     M(R, "2019", D, "ref", "2019"),
     M(R, "Tuesday", D, "announce", "2020-02-04"),
     M(R, "13.9 per thousand", N, "rate", 13.9, cls="rate"),
     M(R, "14.7 per thousand", N, "rate_prev", 14.7, cls="rate"),
     M(R, "2018", D, "prev", "2018"),
     M(R, "41,721,136 men", N, "men", 41721136, cls="pop"),
     M(R, "41,433,861 women", N, "women", 41433861, cls="pop"),
     M(R, "15,519,267 residents", N, "ist", 15519267, cls="pop"),
     M(R, "18.66%", N, "ist_share", 18.66, cls="pct"),
     M(R, "5,639,076 people", N, "ank", 5639076, cls="pop"),
     M(R, "4,367,251", N, "izm", 4367251, cls="pop"),
     M(R, "3,056,120", N, "bursa", 3056120, cls="pop"),
     M(R, "84,843 people", N, "bayburt", 84843, cls="pop"),
     M(R, "32.4 years", N, "median", 32.4, cls="age"),
     M(R, "32.0", N, "median_prev", 32.0, cls="age"),
     M(R, "31.7", N, "median_men", 31.7, cls="age"),
     M(R, "33.1", N, "median_women", 33.1, cls="age"),
     M(R, "67.8%", N, "working", 67.8, cls="pct"),
     M(R, "9.1%", N, "elderly", 9.1, cls="pct"),
     M(R, "92.8%", N, "urban", 92.8, cls="pct"),

     M(AN, "83.154.997 jiwa", N, "pop", 83154997, cls="pop"),
     M(AN, "akhir 2019", D, "ref", "2019"),
     M(AN, "1.151.115 jiwa", N, "increase", 1151115, cls="pop"),
     M(AN, "Selasa (4/2/2020)", D, "announce", "2020-02-04"),
     M(AN, "13,9 per seribu", N, "rate", 13.9, cls="rate"),
     M(AN, "14,7 per seribu", N, "rate_prev", 14.7, cls="rate"),
     M(AN, "2018", D, "prev", "2018"),
     M(AN, "41.721.136 jiwa", N, "men", 41721136, cls="pop"),
     M(AN, "41.433.861 jiwa", N, "women", 41433861, cls="pop"),
     M(AN, "15.519.267 jiwa", N, "ist", 15519267, cls="pop"),
     M(AN, "18,66 persen", N, "ist_share", 18.66, cls="pct"),
     M(AN, "5.639.076 jiwa", N, "ank", 5639076, cls="pop"),
     M(AN, "4.367.251 jiwa", N, "izm", 4367251, cls="pop"),
     M(AN, "84.843 jiwa", N, "bayburt", 84843, cls="pop"),
     M(AN, "32,4 tahun", N, "median", 32.4, cls="age"),
     M(AN, "32,0 tahun", N, "median_prev", 32.0, cls="age"),
     M(AN, "31,7 tahun", N, "median_men", 31.7, cls="age"),
     M(AN, "33,1 tahun", N, "median_women", 33.1, cls="age"),
     M(AN, "67,8 persen", N, "working", 67.8, cls="pct"),
     M(AN, "92,8 persen", N, "urban", 92.8, cls="pct"),

     M(AA, "more than 1.15 million", N, "increase", 1150000, qual="morethan", cls="pop"),
     M(AA, "2019", D, "ref", "2019"),
     M(AA, "83.15 million", N, "pop", 83150000, qual="approx", cls="pop"),
     M(AA, "Feb. 4", D, "announce", "2020-02-04"),
     M(AA, "13.9 per thousand", N, "rate", 13.9, cls="rate"),
     M(AA, "14.7 per thousand", N, "rate_prev", 14.7, cls="rate"),
     M(AA, "2018", D, "prev", "2018"),
     M(AA, "15.52 million people", N, "ist", 15520000, qual="approx", cls="pop"),
     M(AA, "18.66 percent", N, "ist_share", 18.66, cls="pct"),
     M(AA, "5.64 million residents", N, "ank", 5640000, qual="approx", cls="pop"),
     M(AA, "4.37 million", N, "izm", 4370000, qual="approx", cls="pop"),
     M(AA, "84,843 inhabitants", N, "bayburt", 84843, cls="pop"),
     M(AA, "32.4", N, "median", 32.4, cls="age"),
     M(AA, "32.0", N, "median_prev", 32.0, cls="age"),
     M(AA, "67.8 percent", N, "working", 67.8, cls="pct"),
     M(AA, "9.1 percent", N, "elderly", 9.1, cls="pct"),
     M(AA, "50.2 percent", N, "men_share", 50.2, cls="pct"),
     M(AA, "49.8 percent", N, "women_share", 49.8, cls="pct"),
     M(AA, "92.8 percent", N, "urban", 92.8, cls="pct"),

     M(T, "lebih dari 1,1 juta jiwa", N, "increase", 1100000, qual="morethan", cls="pop"),
     M(T, "sekitar 83,2 juta jiwa", N, "pop", 83200000, qual="approx", cls="pop"),
     M(T, "31 Desember 2019", D, "ref", "2019-12-31"),
     M(T, "Selasa, 4 Februari 2020", D, "announce", "2020-02-04"),
     M(T, "13,9 per seribu", N, "rate", 13.9, cls="rate"),
     M(T, "14,7 per seribu", N, "rate_prev", 14.7, cls="rate"),
     M(T, "sekitar 15,5 juta jiwa", N, "ist", 15500000, qual="approx", cls="pop"),
     M(T, "sekitar 5,6 juta jiwa", N, "ank", 5600000, qual="approx", cls="pop"),
     M(T, "sekitar 4,4 juta jiwa", N, "izm", 4400000, qual="approx", cls="pop"),
     M(T, "84.843 jiwa", N, "bayburt", 84843, cls="pop"),
     M(T, "32,0 tahun", N, "median_prev", 32.0, cls="age"),
     M(T, "2018", D, "prev", "2018"),
     M(T, "32,4 tahun", N, "median", 32.4, cls="age"),
     M(T, "9,1 persen", N, "elderly", 9.1, cls="pct"),
     M(T, "67,8 persen", N, "working", 67.8, cls="pct"),
     M(T, "92,8 persen", N, "urban", 92.8, cls="pct"),
    ]
    build("turkey-population-2019", "Turkey's address-based population figures for the end of 2019 (control), released "
          "on Tuesday 4 February 2020: 83,154,997 people, up 1,151,115; growth 13.9 per thousand (14.7 in 2018); "
          "41,721,136 men and 41,433,861 women; Istanbul 15,519,267 (18.66%), Ankara 5,639,076, Izmir 4,367,251, "
          "Bursa 3,056,120, Bayburt 84,843; median age 32.4 (32.0 in 2018; men 31.7, women 33.1); working age "
          "67.8%, 65 and over 9.1%; 92.8% in province and district centres. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    elazig()
    istanbul()
    population()
