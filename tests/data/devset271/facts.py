"""The two-hundred-and-seventy-first development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset271/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def nias():
    K, R, T, A = "kompas-mar29", "reuters-mar31", "detik-apr4", "ap-apr25"
    # as-of times of the running tallies: Tuesday 29 March 2005 at midday (296 dead), Thursday 31 March (the health
    # ministry's 518), Sunday 3 April (the relief post's 639 dead, 1,146 injured, about 40,000 displaced), the
    # government's final count as reported on Monday 25 April (839 dead). The dead, the injured and the displaced of
    # these days do not fall. The vice president's estimate of 1,000 to 2,000 dead (given on Tuesday 29 March) is a
    # source's estimate against every government count (sources).
    TUE, THU, SUN3, APR25 = "2005-03-29", "2005-03-31", "2005-04-03", "2005-04-25"
    # The magnitude: the US Geological Survey's first reading of 8.7 and its later 8.6 are two as-of times of one
    # reading (a revision); magnitudes no text credits carry the later reading.
    FIRST, LATER = "2005-03-28a", "2005-03-28b"
    GOV, JK = "the government", "the vice president's estimate"
    names = {
     "mag": "the quake's magnitude", "depth": "depth (km)", "dead": "people killed",
     "dead_gs": "dead found in Gunungsitoli", "injured": "people injured", "displaced": "people displaced",
     "sk_dead": "Australians killed in the helicopter crash", "sk_surv": "survivors of the helicopter crash",
     # dates
     "quake": "day of the earthquake", "asof_tue": "day of the count of 296", "tsunami": "day of the 2004 tsunami",
     "asof_sun": "day of the count of 639", "crash": "day of the helicopter crash",
     "kalla": "day of the vice president's estimate", "asof_thu": "day of the count of 518",
     "asof_apr25": "day of the report on the camps",
    }
    ms = [
     M(K, "8,7 skala Richter", N, "mag", 8.7, FIRST, src=None, cls="mag"),
     M(K, "Senin (28/3/2005)", D, "quake", "2005-03-28"),
     M(K, "sekitar 30 km", N, "depth", 30, qual="approx", cls="km"),
     M(K, "Selasa (29/3/2005)", D, "asof_tue", "2005-03-29"),
     M(K, "sedikitnya 296 orang", N, "dead", 296, TUE, qual="atleast", src=GOV),
     M(K, "1.000 hingga 2.000 orang", N, "dead", 1000, TUE, src=JK),
     M(K, "26 Desember 2004", D, "tsunami", "2004-12-26"),

     M(R, "Monday night", D, "quake", "2005-03-28"),
     M(R, "518", N, "dead", 518, THU, src=GOV),
     M(R, "Thursday", D, "asof_thu", "2005-03-31"),
     M(R, "more than 300", N, "dead_gs", 300, THU, qual="morethan"),
     M(R, "magnitude 8.7", N, "mag", 8.7, FIRST, cls="mag"),
     M(R, "Tuesday", D, "kalla", "2005-03-29"),
     M(R, "between 1,000 and 2,000 people", N, "dead", 1000, TUE, src=JK),
     M(R, "Dec. 26", D, "tsunami", "2004-12-26"),

     M(T, "639 orang", N, "dead", 639, SUN3, src=GOV),
     M(T, "Minggu (3/4/2005)", D, "asof_sun", "2005-04-03"),
     M(T, "1.146 orang", N, "injured", 1146, SUN3),
     M(T, "sekitar 40.000 warga", N, "displaced", 40000, SUN3, qual="approx"),
     M(T, "bermagnitudo 8,6", N, "mag", 8.6, LATER, cls="mag"),
     M(T, "Senin (28/3/2005)", D, "quake", "2005-03-28"),
     M(T, "Jumat (1/4/2005)", D, "crash", "2005-04-01", planted=True),
     M(T, "Sembilan personel", N, "sk_dead", 9),
     M(T, "dua orang", N, "sk_surv", 2),
     M(T, "1.000 hingga 2.000 orang", N, "dead", 1000, TUE, src=JK),

     M(A, "about 40,000 people", N, "displaced", 40000, APR25, qual="approx"),
     M(A, "Monday", D, "asof_apr25", "2005-04-25"),
     M(A, "magnitude-8.6", N, "mag", 8.6, LATER, cls="mag"),
     M(A, "8.7", N, "mag", 8.7, FIRST, src=None, cls="mag"),
     M(A, "March 28", D, "quake", "2005-03-28"),
     M(A, "839", N, "dead", 839, APR25, src=GOV),
     M(A, "1,146 people", N, "injured", 1146, APR25),
     M(A, "1,000 to 2,000 dead", N, "dead", 1000, TUE, src=JK),
     M(A, "April 2", D, "crash", "2005-04-02"),
     M(A, "Nine Australian service members", N, "sk_dead", 9),
     M(A, "two survived", N, "sk_surv", 2),
     M(A, "Dec. 26", D, "tsunami", "2004-12-26"),
    ]
    build("nias-quake-2005", "The magnitude 8.6 earthquake off Nias, North Sumatra (Monday 28 March 2005, 23.09 WIB; "
          "the USGS's first 8.7): 296 dead by Tuesday 29 March, 518 on Thursday 31 March, 639 by Sunday 3 April, 839 "
          "in the government's final count; 1,146 injured, about 40,000 displaced; the vice president's early estimate "
          "of 1,000 to 2,000 dead; the Australian navy Sea King crash on Saturday 2 April 2005 (nine killed, two "
          "survivors); the tsunami of 26 December 2004", False, ms, names)


def wasior():
    K, R, T, A = "kompas-oct6", "reuters-oct8", "detik-oct18", "ap-nov1"
    # as-of times of the running tallies: Wednesday 6 October 2010 at 10.00 WIT (86 dead, 69 missing), Friday 8
    # October (110 dead, more than 100 missing), Sunday 10 October (145 dead), Monday 18 October, the end of the
    # emergency period (the final 158 dead and 145 missing). The dead do not fall; the missing may (fall=True).
    # The displaced: the national disaster agency's about 4,000 against the district government's more than 6,000
    # (sources), both first given in the first week (as of Wednesday 6 / Friday 8 October).
    WED, FRI, SUN10, FINAL = "2010-10-06", "2010-10-08", "2010-10-10", "2010-10-18"
    BNPB, PEMKAB = "the national disaster agency", "the district government"
    names = {
     "dead": "people killed", "missing": "people missing", "displaced": "people displaced",
     # dates
     "flood": "day of the flash flood", "asof_wed": "day of the count of 86", "emerg": "first day of the emergency",
     "asof_fri": "day of the count of 110", "asof_sun10": "day of the count of 145", "rain": "night of the heavy rain",
     "final": "day the emergency period ended", "visit": "day of the president's visit",
    }
    ms = [
     M(K, "86 orang", N, "dead", 86, WED),
     M(K, "Rabu (6/10/2010)", D, "asof_wed", "2010-10-06"),
     M(K, "69 warga", N, "missing", 69, WED, fall=True),
     M(K, "Senin (4/10/2010)", D, "flood", "2010-10-04"),
     M(K, "sekitar 4.000 warga", N, "displaced", 4000, WED, qual="approx", src=BNPB),
     M(K, "Selasa (5/10/2010)", D, "emerg", "2010-10-05"),

     M(R, "110", N, "dead", 110, FRI),
     M(R, "Friday", D, "asof_fri", "2010-10-08"),
     M(R, "More than 100 people", N, "missing", 100, FRI, qual="morethan", fall=True),
     M(R, "69", N, "missing", 69, WED, fall=True),
     M(R, "Wednesday", D, "asof_wed", "2010-10-06"),
     M(R, "86 dead", N, "dead", 86, WED),
     M(R, "Monday morning", D, "flood", "2010-10-04"),
     M(R, "about 4,000 residents", N, "displaced", 4000, FRI, qual="approx", src=BNPB),
     M(R, "more than 6,000", N, "displaced", 6000, FRI, qual="morethan", src=PEMKAB),
     M(R, "Sunday night", D, "rain", "2010-10-03"),

     M(T, "158 orang", N, "dead", 158, FINAL),
     M(T, "Senin (18/10/2010)", D, "final", "2010-10-18"),
     M(T, "145 orang", N, "missing", 145, FINAL, fall=True),
     M(T, "145 orang", N, "dead", 145, SUN10, occ=2),
     M(T, "Minggu (10/10/2010)", D, "asof_sun10", "2010-10-10"),
     M(T, "Rabu (13/10/2010)", D, "visit", "2010-10-13"),
     M(T, "Minggu (3/10/2010)", D, "flood", "2010-10-03", planted=True),

     M(A, "Oct. 4", D, "flood", "2010-10-04"),
     M(A, "168 people", N, "dead", 168, FINAL, planted=True),
     M(A, "Oct. 18", D, "final", "2010-10-18"),
     M(A, "145 others", N, "missing", 145, FINAL, fall=True),
     M(A, "Oct. 13", D, "visit", "2010-10-13"),
     M(A, "about 4,000 people", N, "displaced", 4000, FRI, qual="approx", src=BNPB),
     M(A, "more than 6,000", N, "displaced", 6000, FRI, qual="morethan", src=PEMKAB),
    ]
    build("wasior-flood-2010", "The flash flood in Wasior, Teluk Wondama, West Papua (Monday 4 October 2010): 86 dead "
          "and 69 missing on Wednesday 6 October, 110 dead and more than 100 missing on Friday 8 October, 145 dead on "
          "Sunday 10 October, 158 dead and 145 missing when the emergency period ended on Monday 18 October; the "
          "national disaster agency's about 4,000 displaced against the district government's more than 6,000; the "
          "president's visit on Wednesday 13 October 2010", False, ms, names)


def otsus():
    K, R, T, J = "kompas-jul15", "reuters-jul16", "tempo-jul17", "jakpost-jul19"
    names = {
     "share": "the new special autonomy share of the general allocation fund (%)",
     "old_share": "the old special autonomy share (%)", "years": "years of the extension",
     "amended": "articles amended", "added": "articles added", "total": "funds over the next 20 years (trillion Rp)",
     "paid": "funds paid from 2002 to 2021 (trillion Rp)",
     # dates
     "passed": "day the House passed the revision", "law": "year of the original law", "until": "last year of the funds",
     "expire": "year the old funds ended", "since": "first year of the funds",
    }
    ms = [
     M(K, "Kamis (15/7/2021)", D, "passed", "2021-07-15"),
     M(K, "Tahun 2001", D, "law", "2001"),
     M(K, "18 pasal", N, "amended", 18),
     M(K, "2 pasal baru", N, "added", 2),
     M(K, "2 persen", N, "old_share", 2, cls="pct"),
     M(K, "2,25 persen", N, "share", 2.25, cls="pct"),
     M(K, "20 tahun", N, "years", 20, cls="dur"),
     M(K, "2041", D, "until", "2041"),
     M(K, "2021", D, "expire", "2021", occ=2),
     M(K, "sekitar Rp 234,6 triliun", N, "total", 234.6, qual="approx", cls="idr"),
     M(K, "2002", D, "since", "2002"),
     M(K, "Rp 138,65 triliun", N, "paid", 138.65, cls="idr"),

     M(R, "Thursday", D, "passed", "2021-07-15"),
     M(R, "2001", D, "law", "2001"),
     M(R, "2041", D, "until", "2041"),
     M(R, "2.25%", N, "share", 2.25, cls="pct"),
     M(R, "2%", N, "old_share", 2, cls="pct"),
     M(R, "2021", D, "expire", "2021"),
     M(R, "20 years", N, "years", 20, cls="dur"),
     M(R, "about 234.6 trillion rupiah", N, "total", 234.6, qual="approx", cls="idr"),
     M(R, "18 articles", N, "amended", 18),
     M(R, "2 new ones", N, "added", 2),
     M(R, "138.65 trillion rupiah", N, "paid", 138.65, cls="idr"),
     M(R, "2002", D, "since", "2002"),

     M(T, "15 Juli 2021", D, "passed", "2021-07-15"),
     M(T, "2,25 persen", N, "share", 2.25, cls="pct"),
     M(T, "2 persen", N, "old_share", 2, cls="pct"),
     M(T, "20 tahun", N, "years", 20, cls="dur"),
     M(T, "2041", D, "until", "2041"),
     M(T, "2021", D, "expire", "2021", occ=2),
     M(T, "sekitar Rp 234,6 triliun", N, "total", 234.6, qual="approx", cls="idr"),
     M(T, "2002", D, "since", "2002"),
     M(T, "Rp 138,65 triliun", N, "paid", 138.65, cls="idr"),
     M(T, "Tahun 2001", D, "law", "2001"),
     M(T, "18 pasal", N, "amended", 18),
     M(T, "2 pasal baru", N, "added", 2),

     M(J, "July 15", D, "passed", "2021-07-15"),
     M(J, "2 percent", N, "old_share", 2, cls="pct"),
     M(J, "2.25 percent", N, "share", 2.25, cls="pct"),
     M(J, "2001", D, "law", "2001", occ=2),
     M(J, "2021", D, "expire", "2021"),
     M(J, "20 more years", N, "years", 20, cls="dur"),
     M(J, "2041", D, "until", "2041"),
     M(J, "some Rp 234.6 trillion", N, "total", 234.6, qual="approx", cls="idr"),
     M(J, "Rp 138.65 trillion", N, "paid", 138.65, cls="idr"),
     M(J, "2002", D, "since", "2002"),
     M(J, "18 articles", N, "amended", 18),
     M(J, "2 new articles", N, "added", 2),
    ]
    build("papua-otsus-2021", "The House of Representatives passes the revised special autonomy law for Papua "
          "(control), Thursday 15 July 2021: the special autonomy fund raised from 2% to 2.25% of the national general "
          "allocation fund and extended for 20 years until 2041 (the old funds ending in 2021), about Rp 234.6 trillion "
          "over the period, Rp 138.65 trillion paid from 2002 to 2021, 18 articles of Law No. 21/2001 amended and 2 "
          "added. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    nias()
    wasior()
    otsus()
