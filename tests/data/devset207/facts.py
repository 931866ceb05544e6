"""The two-hundred-and-seventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset207/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def van():
    K, R, T, A = "kompas-oct24", "reuters-oct25", "detik-oct31", "ap-nov14"
    # as-of times of the running tallies: Sunday 23 October 2011 (the first hours: the aftershocks, the collapsed
    # buildings, Kandilli's estimate), Sunday night (the prime minister's count of 138), Tuesday 25 October (AFAD's
    # 432), Friday 28 October (570), Sunday 30 October earlier in the day (596) and later (601), the final count of 604
    # as reported on 14 November; the aftershocks by the second quake of Wednesday 9 November; the second quake's
    # dead by Friday 11 November. The dead, the injured and the aftershocks do not fall.
    SUN, SUNN, TUE, FRI28, SUN30A, SUN30B = ("2011-10-23a", "2011-10-23b", "2011-10-25", "2011-10-28",
                                             "2011-10-30a", "2011-10-30b")
    NOV09, NOV11, NOV14 = "2011-11-09", "2011-11-11", "2011-11-14"
    # The magnitude: the US Geological Survey's first reading of 7.3 and its corrected 7.2 are two as-of times (a
    # revision); magnitudes no text credits carry the corrected reading. The deaths: the government's counts (the
    # prime minister's, AFAD's, the crisis centre's) against the Kandilli observatory's early estimate (sources).
    # The second quake's magnitude: the USGS's 5.7 against the Turkish authorities' 5.6 (sources).
    FIRST, UPD = "2011-10-23a0", "2011-10-23a1"
    GOV, KAN, USGS, TR = "the Turkish government", "the Kandilli observatory", "the US Geological Survey", \
        "the Turkish authorities"
    names = {
     "mag": "the quake's magnitude", "aftermag": "the largest early aftershock's magnitude",
     "dist": "distance of the epicentre from Van (km)", "depth": "depth (km)", "dead": "people killed",
     "dead_van": "dead in the city of Van", "dead_ercis": "dead in Ercis", "injured": "people injured",
     "coll_ercis": "buildings collapsed in Ercis", "coll_van": "buildings collapsed in the city of Van",
     "destroyed": "buildings destroyed", "aftershocks": "aftershocks recorded", "hours_first": "the first hours",
     "dead1976": "dead in the 1976 earthquake", "rescued": "people pulled alive from the rubble",
     "hours_boy": "hours before a boy was found alive", "dead1999": "dead in the 1999 earthquake",
     "dead2": "dead in the second quake", "dist2": "distance of the second quake from Van (km)",
     "mag2": "the second quake's magnitude", "coll2": "buildings collapsed in the second quake",
     # dates
     "quake": "day of the earthquake", "count_sun": "day of the prime minister's first count",
     "asof_tue": "day of AFAD's count of 432", "rescue_baby": "day a baby was pulled alive",
     "q1976": "the 1976 earthquake", "asof_sun30": "day of the count of 601", "asof_fri": "day of the count of 570",
     "rescue_boy": "day a boy was found alive", "q1999": "the 1999 earthquake",
     "asof_nov11": "day the second quake's dead stood at 26", "quake2": "day of the second quake",
     "protest": "day of the protest over the hotels",
    }
    ms = [
     M(K, "bermagnitudo 7,2", N, "mag", 7.2, UPD, cls="mag"),
     M(K, "magnitudo 7,3", N, "mag", 7.3, FIRST, src=USGS, cls="mag"),
     M(K, "menjadi 7,2", N, "mag", 7.2, UPD, src=USGS, cls="mag"),
     M(K, "Minggu (23/10/2011)", D, "quake", "2011-10-23"),
     M(K, "17 km", N, "dist", 17, cls="km"),
     M(K, "20 km", N, "depth", 20, cls="km"),
     M(K, "Minggu malam", D, "count_sun", "2011-10-23"),
     M(K, "sedikitnya 138 orang", N, "dead", 138, SUNN, qual="atleast", src=GOV),
     M(K, "93 orang", N, "dead_van", 93, SUNN),
     M(K, "45 orang", N, "dead_ercis", 45, SUNN),
     M(K, "sekitar 350 orang", N, "injured", 350, SUNN, qual="approx"),
     M(K, "500 hingga 1.000 orang", N, "dead", 500, SUN, src=KAN),
     M(K, "80 bangunan", N, "coll_ercis", 80, SUN),
     M(K, "10 bangunan", N, "coll_van", 10, SUN),
     M(K, "10 jam", N, "hours_first", 10, cls="dur"),
     M(K, "lebih dari 100 gempa susulan", N, "aftershocks", 100, SUNN, qual="morethan"),
     M(K, "6,0", N, "aftermag", 6.0, cls="mag"),
     M(K, "24 November 1976", D, "q1976", "1976-11-24"),
     M(K, "sekitar 3.840 orang", N, "dead1976", 3840, qual="approx"),

     M(R, "Sunday", D, "quake", "2011-10-23"),
     M(R, "432", N, "dead", 432, TUE, src=GOV),
     M(R, "Tuesday", D, "asof_tue", "2011-10-25"),
     M(R, "1,352 people", N, "injured", 1352, TUE),
     M(R, "2,262 buildings", N, "destroyed", 2262, TUE),
     M(R, "7.2", N, "mag", 7.2, UPD, src=USGS, cls="mag"),
     M(R, "7.3", N, "mag", 7.3, FIRST, src=USGS, cls="mag"),
     M(R, "138", N, "dead", 138, SUNN, src=GOV),
     M(R, "Sunday night", D, "count_sun", "2011-10-23"),
     M(R, "93 dead", N, "dead_van", 93, SUNN),
     M(R, "45 in Ercis", N, "dead_ercis", 45, SUNN),
     M(R, "500 to 1,000 people", N, "dead", 500, SUN, src=KAN),
     M(R, "Tuesday", D, "rescue_baby", "2011-10-25", occ=2),
     M(R, "1976", D, "q1976", "1976"),
     M(R, "about 3,840 people", N, "dead1976", 3840, qual="approx"),

     M(T, "601 orang", N, "dead", 601, SUN30B, src=GOV),
     M(T, "Minggu (30/10/2011)", D, "asof_sun30", "2011-10-30"),
     M(T, "596 korban tewas", N, "dead", 596, SUN30A, src=GOV),
     M(T, "sedikitnya 4.150 orang", N, "injured", 4150, SUN30A, qual="atleast"),
     M(T, "Jumat (28/10/2011)", D, "asof_fri", "2011-10-28"),
     M(T, "570 orang", N, "dead", 570, FRI28, src=GOV),
     M(T, "lebih dari 2.500 orang", N, "injured", 2500, FRI28, qual="morethan"),
     M(T, "bermagnitudo 7,2", N, "mag", 7.2, UPD, cls="mag"),
     M(T, "Sabtu (22/10/2011)", D, "quake", "2011-10-22", planted=True),
     M(T, "231 orang", N, "rescued", 231, SUN30B),
     M(T, "Pada Jumat", D, "rescue_boy", "2011-10-28", occ=2),
     M(T, "108 jam", N, "hours_boy", 108, cls="dur"),
     M(T, "tahun 1999", D, "q1999", "1999"),
     M(T, "sekitar 20.000 orang", N, "dead1999", 20000, qual="approx"),

     M(A, "26 bodies", N, "dead2", 26, NOV11),
     M(A, "Friday", D, "asof_nov11", "2011-11-11"),
     M(A, "Wednesday, Nov. 9", D, "quake2", "2011-11-09"),
     M(A, "about 16 kilometers", N, "dist2", 16, qual="approx", cls="km"),
     M(A, "magnitude 5.7", N, "mag2", 5.7, src=USGS, cls="mag"),
     M(A, "5.6", N, "mag2", 5.6, src=TR, cls="mag"),
     M(A, "25 buildings", N, "coll2", 25, NOV09),
     M(A, "Oct. 23", D, "quake", "2011-10-23"),
     M(A, "magnitude-7.2", N, "mag", 7.2, UPD, cls="mag"),
     M(A, "604 people", N, "dead", 604, NOV14, src=GOV),
     M(A, "About 1,400 aftershocks", N, "aftershocks", 1400, NOV09, qual="approx"),
     M(A, "Thursday", D, "protest", "2011-11-10"),
    ]
    build("van-earthquake-2011", "The magnitude 7.2 earthquake in Van province, eastern Turkey (Sunday 23 October 2011, "
          "13.41 local time; the USGS's first 7.3 corrected to 7.2): the prime minister's 138 dead on Sunday night (93 in "
          "Van, 45 in Ercis), AFAD's 432 on Tuesday 25 October, 570 on Friday 28 October, 596 then 601 on Sunday 30 "
          "October, 604 in all; injured about 350 -> 1,352 -> more than 2,500 -> at least 4,150; the Kandilli "
          "observatory's early estimate of 500 to 1,000 dead; the second quake of Wednesday 9 November 2011 (USGS 5.7, "
          "Turkish authorities 5.6) that toppled two hotels in Van", False, ms, names)


def prespa():
    R, K, T, A = "reuters-jan12", "kompas-jan17", "detik-jan26", "ap-feb13"
    # votes, seats and dates do not change with the day of the report: Macedonia's parliament (Friday 11 January
    # 2019, 81 of 120), the defence minister's resignation (Sunday 13 January), the Greek government's confidence vote
    # (Wednesday 16 January, 151-148), the rally in Athens (Sunday 20 January: the police's 60,000 against the
    # organisers' 100,000), the Greek parliament's ratification (Friday 25 January, 153-146, one abstention) and the
    # entry into force (Tuesday 12 February) are different events. The simple majority of 151 needed for the
    # ratification is another fact than the 151 votes the government won in the confidence vote.
    POLICE, ORG = "the police", "the organisers"
    names = {
     "mk_yes": "Macedonian lawmakers voting for the amendments", "mk_seats": "seats in Macedonia's parliament",
     "mk_needed": "votes needed in Macedonia's parliament", "gov_seats": "seats of the Greek prime minister's party",
     "parl_seats": "seats in the Greek parliament", "gr_needed": "votes needed to ratify in Greece",
     "conf_yes": "votes for the Greek government in the confidence vote",
     "conf_no": "votes against the Greek government in the confidence vote",
     "gr_yes": "Greek lawmakers voting to ratify", "gr_no": "Greek lawmakers voting against ratification",
     "abstain": "Greek lawmakers abstaining", "extra_yes": "lawmakers outside the ruling party voting to ratify",
     "crowd": "people at the Athens rally", "police_inj": "police officers injured at the rally",
     "arrested": "people arrested at the rally",
     # dates
     "mk_vote": "day of Macedonia's parliamentary vote", "signed": "day the deal was signed",
     "indep": "year of the country's independence", "conf": "day of the confidence vote",
     "resign": "day the defence minister quit", "rally": "day of the Athens rally",
     "ratify": "day of the Greek ratification", "in_force": "day the deal entered into force",
    }
    ms = [
     M(R, "Friday", D, "mk_vote", "2019-01-11"),
     M(R, "Eighty-one lawmakers", N, "mk_yes", 81),
     M(R, "120-seat", N, "mk_seats", 120),
     M(R, "80", N, "mk_needed", 80),
     M(R, "June 17, 2018", D, "signed", "2018-06-17"),
     M(R, "1991", D, "indep", "1991"),
     M(R, "145", N, "gov_seats", 145),
     M(R, "300 seats", N, "parl_seats", 300),
     M(R, "151 votes", N, "gr_needed", 151),

     M(K, "Rabu (16/1/2019)", D, "conf", "2019-01-16"),
     M(K, "151 anggota", N, "conf_yes", 151),
     M(K, "148 anggota", N, "conf_no", 148),
     M(K, "Minggu (13/1/2019)", D, "resign", "2019-01-13"),
     M(K, "Juni 2018", D, "signed", "2018-06"),
     M(K, "Jumat (11/1/2019)", D, "mk_vote", "2019-01-11"),
     M(K, "83", N, "mk_yes", 83, planted=True),
     M(K, "120 anggota", N, "mk_seats", 120),
     M(K, "145 kursi", N, "gov_seats", 145),
     M(K, "300 kursi", N, "parl_seats", 300),
     M(K, "Minggu (20/1/2019)", D, "rally", "2019-01-20"),

     M(T, "Jumat (25/1/2019)", D, "ratify", "2019-01-25"),
     M(T, "153 suara", N, "gr_yes", 153),
     M(T, "146 suara", N, "gr_no", 146),
     M(T, "Satu anggota", N, "abstain", 1),
     M(T, "300 anggota parlemen", N, "parl_seats", 300),
     M(T, "145 anggota", N, "gov_seats", 145),
     M(T, "delapan anggota", N, "extra_yes", 8),
     M(T, "Kamis (17/1/2019)", D, "conf", "2019-01-17", planted=True),
     M(T, "151 suara", N, "conf_yes", 151),
     M(T, "148", N, "conf_no", 148),
     M(T, "Minggu (20/1/2019)", D, "rally", "2019-01-20"),
     M(T, "60.000 orang", N, "crowd", 60000, src=POLICE),
     M(T, "100.000 orang", N, "crowd", 100000, src=ORG),
     M(T, "25 polisi", N, "police_inj", 25),
     M(T, "tujuh orang", N, "arrested", 7),

     M(A, "Tuesday", D, "in_force", "2019-02-12"),
     M(A, "Jan. 25", D, "ratify", "2019-01-25"),
     M(A, "153 votes", N, "gr_yes", 153),
     M(A, "146", N, "gr_no", 146),
     M(A, "Jan. 11", D, "mk_vote", "2019-01-11"),
     M(A, "81 votes", N, "mk_yes", 81),
     M(A, "Jan. 16", D, "conf", "2019-01-16"),
     M(A, "151 votes", N, "conf_yes", 151),
     M(A, "148", N, "conf_no", 148),
     M(A, "Jan. 13", D, "resign", "2019-01-13"),
     M(A, "60,000 people", N, "crowd", 60000, src=POLICE),
     M(A, "Jan. 20", D, "rally", "2019-01-20"),
     M(A, "25 officers", N, "police_inj", 25),
     M(A, "1991", D, "indep", "1991"),
    ]
    build("prespa-ratification-2019", "The name deal between Greece and Macedonia (signed at Lake Prespa on 17 June "
          "2018) in stages: Macedonia's parliament approves the constitutional changes on Friday 11 January 2019 (81 of "
          "120, 80 needed); the Greek defence minister Panos Kammenos quits on Sunday 13 January; the Greek government "
          "wins a confidence vote on Wednesday 16 January (151-148); a rally in Athens on Sunday 20 January (police "
          "60,000, organisers 100,000; 25 officers injured); the Greek parliament ratifies on Friday 25 January "
          "(153-146, one abstention); the deal enters into force on Tuesday 12 February 2019", False, ms, names)


def eurogroup():
    R, B, K, A = "reuters-jun22", "bisnis-jun23", "kompas-jun24", "ap-jun25"
    names = {
     "ext": "extension of the loans' maturities", "defer": "deferral of interest and amortisation",
     "tranche": "the final disbursement", "buffer_part": "part of the final disbursement for the cash buffer",
     "account_part": "part of the final disbursement for the segregated account", "buffer": "the cash buffer",
     "months": "months of financing needs the buffer covers", "surplus": "primary surplus target until 2022",
     "surplus_avg": "average primary surplus target from 2023 to 2060", "crisis_years": "years of the crisis",
     "debt": "public debt (% of GDP)", "bailouts": "bailouts since 2010", "program": "the third bailout's size",
     # dates
     "agreed": "day of the agreement", "meeting": "day the meeting began", "end": "day the programme ends",
     "until": "last year of the 3.5% target", "avg_start": "first year of the 2.2% target",
     "avg_end": "last year of the 2.2% target", "first": "year of the first bailout",
     "prog_agreed": "month the third bailout was agreed", "review": "year of the review",
     "pensions": "year of the legislated pension cuts",
    }
    ms = [
     M(R, "Friday", D, "agreed", "2018-06-22"),
     M(R, "10 years", N, "ext", 10, cls="dur"),
     M(R, "15 billion euros", N, "tranche", 15, cls="eur"),
     M(R, "5.5 billion euros", N, "buffer_part", 5.5, cls="eur"),
     M(R, "9.5 billion euros", N, "account_part", 9.5, cls="eur"),
     M(R, "Thursday", D, "meeting", "2018-06-21"),
     M(R, "24.1 billion euros", N, "buffer", 24.1, cls="eur"),
     M(R, "about 22 months", N, "months", 22, qual="approx", cls="dur"),
     M(R, "Aug. 20", D, "end", "2018-08-20"),
     M(R, "10 years", N, "defer", 10, cls="dur", occ=2),
     M(R, "3.5%", N, "surplus", 3.5, cls="pct"),
     M(R, "2022", D, "until", "2022"),
     M(R, "2.2%", N, "surplus_avg", 2.2, cls="pct"),
     M(R, "2023", D, "avg_start", "2023"),
     M(R, "2060", D, "avg_end", "2060"),
     M(R, "eight years", N, "crisis_years", 8, cls="dur"),
     M(R, "about 180%", N, "debt", 180, qual="approx", cls="pct"),
     M(R, "2010", D, "first", "2010"),
     M(R, "three bailouts", N, "bailouts", 3),
     M(R, "86 billion euros", N, "program", 86, cls="eur"),
     M(R, "August 2015", D, "prog_agreed", "2015-08"),
     M(R, "2032", D, "review", "2032"),

     M(B, "Jumat (22/6/2018)", D, "agreed", "2018-06-22"),
     M(B, "10 tahun", N, "ext", 10, cls="dur"),
     M(B, "10 tahun", N, "defer", 10, cls="dur", occ=2),
     M(B, "15 miliar euro", N, "tranche", 15, cls="eur"),
     M(B, "5,5 miliar euro", N, "buffer_part", 5.5, cls="eur"),
     M(B, "9,5 miliar euro", N, "account_part", 9.5, cls="eur"),
     M(B, "24,1 miliar euro", N, "buffer", 24.1, cls="eur"),
     M(B, "sekitar 22 bulan", N, "months", 22, qual="approx", cls="dur"),
     M(B, "86 miliar euro", N, "program", 86, cls="eur"),
     M(B, "Agustus 2015", D, "prog_agreed", "2015-08"),
     M(B, "20 Agustus 2018", D, "end", "2018-08-20"),
     M(B, "3,5 persen", N, "surplus", 3.5, cls="pct"),
     M(B, "2022", D, "until", "2022"),
     M(B, "2,2 persen", N, "surplus_avg", 2.2, cls="pct"),
     M(B, "2023", D, "avg_start", "2023"),
     M(B, "2060", D, "avg_end", "2060"),
     M(B, "sekitar 180 persen", N, "debt", 180, qual="approx", cls="pct"),
     M(B, "delapan tahun", N, "crisis_years", 8, cls="dur"),
     M(B, "Kamis (21/6/2018)", D, "meeting", "2018-06-21"),
     M(B, "2032", D, "review", "2032"),

     M(K, "20 Agustus 2018", D, "end", "2018-08-20"),
     M(K, "Jumat (22/6/2018)", D, "agreed", "2018-06-22"),
     M(K, "Kamis (21/6/2018)", D, "meeting", "2018-06-21"),
     M(K, "15 miliar euro", N, "tranche", 15, cls="eur"),
     M(K, "24,1 miliar euro", N, "buffer", 24.1, cls="eur"),
     M(K, "sekitar 22 bulan", N, "months", 22, qual="approx", cls="dur"),
     M(K, "10 tahun", N, "ext", 10, cls="dur"),
     M(K, "10 tahun", N, "defer", 10, cls="dur", occ=2),
     M(K, "3,5 persen", N, "surplus", 3.5, cls="pct"),
     M(K, "2022", D, "until", "2022"),
     M(K, "2,2 persen", N, "surplus_avg", 2.2, cls="pct"),
     M(K, "2060", D, "avg_end", "2060"),
     M(K, "delapan tahun", N, "crisis_years", 8, cls="dur"),
     M(K, "2010", D, "first", "2010"),
     M(K, "tiga paket", N, "bailouts", 3),
     M(K, "86 miliar euro", N, "program", 86, cls="eur"),
     M(K, "sekitar 180 persen", N, "debt", 180, qual="approx", cls="pct"),

     M(A, "Aug. 20", D, "end", "2018-08-20"),
     M(A, "June 22", D, "agreed", "2018-06-22"),
     M(A, "10 years", N, "ext", 10, cls="dur"),
     M(A, "15 billion euros", N, "tranche", 15, cls="eur"),
     M(A, "24.1 billion euros", N, "buffer", 24.1, cls="eur"),
     M(A, "about 22 months", N, "months", 22, qual="approx", cls="dur"),
     M(A, "3.5 percent", N, "surplus", 3.5, cls="pct"),
     M(A, "2022", D, "until", "2022"),
     M(A, "2.2 percent", N, "surplus_avg", 2.2, cls="pct"),
     M(A, "2060", D, "avg_end", "2060"),
     M(A, "about 180 percent", N, "debt", 180, qual="approx", cls="pct"),
     M(A, "2010", D, "first", "2010"),
     M(A, "three bailouts", N, "bailouts", 3),
     M(A, "86 billion euros", N, "program", 86, cls="eur"),
     M(A, "August 2015", D, "prog_agreed", "2015-08"),
     M(A, "2019", D, "pensions", "2019"),
     M(A, "2032", D, "review", "2032"),
    ]
    build("eurogroup-greece-2018", "The euro zone finance ministers' debt relief for Greece (control), agreed early on "
          "Friday 22 June 2018 in Luxembourg after talks that began on Thursday 21 June: maturities extended and "
          "interest and amortisation deferred by 10 years, a final disbursement of 15 billion euros (5.5 billion to the "
          "cash buffer, 9.5 billion to a segregated account), a cash buffer of 24.1 billion euros for about 22 months, "
          "primary surpluses of 3.5% of GDP until 2022 and 2.2% on average from 2023 to 2060, the programme's end on 20 "
          "August 2018, debt about 180% of GDP, three bailouts since 2010 (the third up to 86 billion euros, August "
          "2015), a review in 2032. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    van()
    prespa()
    eurogroup()
