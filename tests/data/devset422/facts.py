"""The four-hundred-and-twenty-second development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset422/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def murree():
    R, K, J, A = "reuters-jan08", "kompas-jan09", "detik-jan10", "ap-feb01"
    # the toll as it ran: at least 16 on Saturday 8 January 2022 in the early morning, 21 by the district police
    # against 22 by the Rescue 1122 service at 4 p.m. (sources), 23 by a district official on Sunday morning, revised
    # down to 22 by the province on Monday 10 January after one body was listed twice (a revision), 22 in the end.
    # The children among the dead (10), the stranded vehicles (more than 1,000) and the cars that went up (about
    # 100,000) are fixed facts. The storm night is Friday 7 January; the disaster area was declared on Saturday 8
    # January; the inquiry reported on 19 January.
    SAT_AM, SAT_PM, SUN, MON = "2022-01-08a", "2022-01-08b", "2022-01-09", "2022-01-10"
    POLICE, RESCUE = "the district police", "the Rescue 1122 emergency service"
    DISTRICT = "a district administration official"
    names = {
     "dead": "people who died in the stranded cars", "children": "children among the dead",
     "vehicles": "vehicles stranded at the height of the storm", "entered": "vehicles that went up to the resort",
     "snow": "snow that fell (feet)", "family": "members of the police officer's family who died",
     "kids_family": "children of the police officer who died", "sheltered": "tourists sheltered by residents",
     "members": "members of the inquiry committee", "days_given": "days given to the inquiry (days)",
     "removed": "officials removed after the inquiry", "comp": "compensation for each family (Rs)",
     # dates
     "said_sat": "day officials gave the first counts", "storm": "night of the storm",
     "declared": "day the disaster area was declared", "count23": "day of the count of 23",
     "corr_day": "day of the correction to 22", "found_day": "morning the dead were found",
     "report_day": "day the inquiry handed in its report",
    }
    ms = [
     M(R, "Saturday", D, "said_sat", "2022-01-08"),
     M(R, "at least 16 bodies", N, "dead", 16, SAT_AM, qual="atleast"),
     M(R, "21 dead", N, "dead", 21, SAT_PM, src=POLICE),
     M(R, "22", N, "dead", 22, SAT_PM, src=RESCUE),
     M(R, "10 of the dead", N, "children", 10),
     M(R, "more than 1,000 vehicles", N, "vehicles", 1000, qual="morethan"),
     M(R, "about 100,000 cars", N, "entered", 100000, qual="approx"),
     M(R, "More than four feet", N, "snow", 4, qual="morethan", cls="ft"),
     M(R, "Friday", D, "storm", "2022-01-07"),
     M(R, "Saturday", D, "declared", "2022-01-08", occ=2),

     M(K, "23 orang", N, "dead", 23, SUN, src=DISTRICT),
     M(K, "22 korban tewas", N, "dead", 22, SUN, src=RESCUE),
     M(K, "Minggu (9/1/2022)", D, "count23", "2022-01-09"),
     M(K, "enam anaknya", N, "kids_family", 6),
     M(K, "Delapan anggota keluarga", N, "family", 8),
     M(K, "Sabtu (8/1/2022)", D, "declared", "2022-01-08"),
     M(K, "sekitar 100.000 kendaraan", N, "entered", 100000, qual="approx"),
     M(K, "lebih dari empat kaki", N, "snow", 4, qual="morethan", cls="ft"),
     M(K, "Jumat (7/1/2022)", D, "storm", "2022-01-07"),
     M(K, "sekitar 1.000 wisatawan", N, "sheltered", 1000, qual="approx"),

     M(J, "22 orang", N, "dead", 22, MON),
     M(J, "Senin (10/1/2022)", D, "corr_day", "2022-01-10"),
     M(J, "23 orang", N, "dead", 23, SUN, src=DISTRICT),
     M(J, "22 korban", N, "dead", 22, MON),
     M(J, "10 di antaranya", N, "children", 10),
     M(J, "lima orang", N, "members", 5),
     M(J, "tujuh hari", N, "days_given", 7, cls="dur"),
     M(J, "Minggu (9/1/2022)", D, "declared", "2022-01-09", planted=True),
     M(J, "Lebih dari 1.000 kendaraan", N, "vehicles", 1000, qual="morethan"),
     M(J, "Rs 800.000", N, "comp", 800000, cls="rp"),

     M(A, "22 people", N, "dead", 22, MON),
     M(A, "five-member committee", N, "members", 5),
     M(A, "Jan. 19", D, "report_day", "2022-01-19"),
     M(A, "At least 15 officials", N, "removed", 15, qual="atleast"),
     M(A, "12 of them children", N, "children", 12, planted=True),
     M(A, "Jan. 7", D, "storm", "2022-01-07"),
     M(A, "Jan. 8", D, "found_day", "2022-01-08"),
     M(A, "Eight of them", N, "family", 8),
     M(A, "six of their children", N, "kids_family", 6),
     M(A, "More than 1,000 vehicles", N, "vehicles", 1000, qual="morethan"),
     M(A, "about 100,000", N, "entered", 100000, qual="approx"),
     M(A, "Saturday, Jan. 8", D, "declared", "2022-01-08"),
     M(A, "800,000 rupees", N, "comp", 800000, cls="rp"),
    ]
    build("murree-snowstorm-2022", "The snowstorm at the Pakistani hill resort of Murree on the night of Friday 7 "
          "January 2022: tourists died in cars stranded in more than four feet of snow; the toll rising from at least "
          "16 on Saturday morning to 21 by the district police against 22 by the Rescue 1122 service at 4 p.m. "
          "(sources) and 23 by a district official against 22 by the rescue service on Sunday 9 January (sources), revised down to 22 on Monday 10 January "
          "after a double listing; 10 children among the dead, eight of one police officer's family; more than 1,000 "
          "vehicles stranded and about 100,000 gone up in the days before; the disaster area declared on Saturday 8 "
          "January; a five-member inquiry reporting on 19 January, at least 15 officials removed, Rs 800,000 for each "
          "family", False, ms, names)


def bibi():
    R, K, A, T = "reuters-oct31", "kompas-nov08", "ap-jan29", "tempo-jan30"
    # steps on different dates: the accusation (June 2009), the death sentence (November 2010), the Lahore High
    # Court's confirmation (16 October 2014), the last hearing (Monday 8 October 2018), the acquittal (Wednesday 31
    # October 2018), the end of the protests (Friday 2 November), the release (Wednesday 7 November) and the foreign
    # ministry's statement the next day (Thursday 8 November), the review refused (Tuesday 29 January 2019); the two
    # politicians killed (4 January and 2 March 2011). Tempting pairs: the two three-judge benches, three days of
    # protests, eight years on death row, five children.
    names = {
     "deathrow": "years on death row", "bench_acq": "judges of the acquitting bench",
     "bench_rev": "judges of the review bench", "children": "her children", "pages": "pages of the judgment",
     "protest_days": "days of protests", "bounty": "bounty offered for her killing (Rs)",
     # dates
     "accused": "month of the accusation", "convicted": "month of the death sentence",
     "lhc": "day the Lahore High Court upheld the sentence", "heard": "day of the last appeal hearing",
     "acquit": "day of the acquittal", "deal": "day the protests ended with a deal", "release": "day of the release",
     "fo_statement": "day of the foreign ministry's statement", "review": "day the review petition was refused",
     "taseer": "day the Punjab governor was killed", "bhatti": "day the minorities minister was killed",
    }
    ms = [
     M(R, "Wednesday", D, "acquit", "2018-10-31"),
     M(R, "eight years", N, "deathrow", 8, cls="yrs"),
     M(R, "three-judge bench", N, "bench_acq", 3),
     M(R, "mother of five", N, "children", 5),
     M(R, "June 2009", D, "accused", "2009-06"),
     M(R, "November 2010", D, "convicted", "2010-11"),
     M(R, "Oct. 16, 2014", D, "lhc", "2014-10-16"),
     M(R, "Oct. 8", D, "heard", "2018-10-08"),
     M(R, "56 pages", N, "pages", 56, cls="pages"),
     M(R, "Jan. 4, 2011", D, "taseer", "2011-01-04"),
     M(R, "March 2, 2011", D, "bhatti", "2011-03-02"),

     M(K, "Rabu (7/11/2018)", D, "release", "2018-11-07"),
     M(K, "Kamis (8/11/2018)", D, "fo_statement", "2018-11-08"),
     M(K, "Rabu (31/10/2018)", D, "acquit", "2018-10-31"),
     M(K, "tiga hakim", N, "bench_acq", 3),
     M(K, "16 Oktober 2015", D, "lhc", "2015-10-16", planted=True),
     M(K, "Ibu lima anak", N, "children", 5),
     M(K, "delapan tahun", N, "deathrow", 8, cls="yrs"),
     M(K, "tiga hari", N, "protest_days", 3, cls="dur"),
     M(K, "Jumat (2/11/2018)", D, "deal", "2018-11-02"),
     M(K, "Rs 5 juta", N, "bounty", 5000000, cls="rp", planted=True),

     M(A, "Tuesday", D, "review", "2019-01-29"),
     M(A, "three-judge bench", N, "bench_rev", 3),
     M(A, "Oct. 31", D, "acquit", "2018-10-31"),
     M(A, "eight years", N, "deathrow", 8, cls="yrs"),
     M(A, "Nov. 7", D, "release", "2018-11-07"),
     M(A, "three days", N, "protest_days", 3, cls="dur"),
     M(A, "Nov. 2", D, "deal", "2018-11-02"),
     M(A, "mother of five", N, "children", 5),
     M(A, "November 2010", D, "convicted", "2010-11"),
     M(A, "June 2009", D, "accused", "2009-06"),
     M(A, "500,000 rupees", N, "bounty", 500000, cls="rp"),

     M(T, "Selasa (29/1/2019)", D, "review", "2019-01-29"),
     M(T, "tiga hakim", N, "bench_rev", 3),
     M(T, "November 2010", D, "convicted", "2010-11"),
     M(T, "Juni 2009", D, "accused", "2009-06"),
     M(T, "16 Oktober 2014", D, "lhc", "2014-10-16"),
     M(T, "31 Oktober 2018", D, "acquit", "2018-10-31"),
     M(T, "56 halaman", N, "pages", 56, cls="pages"),
     M(T, "7 November 2018", D, "release", "2018-11-07"),
     M(T, "4 Januari 2011", D, "taseer", "2011-01-04"),
     M(T, "2 Maret 2011", D, "bhatti", "2011-03-02"),
     M(T, "delapan tahun", N, "deathrow", 8, cls="yrs"),
    ]
    build("asia-bibi-acquittal-2018", "The blasphemy case of Asia Bibi, a Christian farm worker in Punjab: accused in "
          "June 2009, sentenced to death in November 2010, the sentence upheld by the Lahore High Court on 16 October "
          "2014, acquitted by a three-judge Supreme Court bench led by Chief Justice Saqib Nisar on Wednesday 31 "
          "October 2018 after eight years on death row (a 56-page judgment; the last hearing on Monday 8 October); "
          "three days of protests ending with a deal on Friday 2 November; released from prison in Multan on "
          "Wednesday 7 November, the foreign ministry's statement on Thursday 8 November; the review petition "
          "refused by a three-judge bench led by Asif Saeed Khosa on Tuesday 29 January 2019; the Punjab governor "
          "killed on 4 January and the minorities minister on 2 March 2011; Rs 500,000 offered for her killing",
          False, ms, names)


def census():
    R, K, A, T = "reuters-aug25", "kompas-aug26", "antara-aug27", "tempo-aug28"
    mn = dict(cls="mn")
    names = {
     "pop": "population (million)", "pop1998": "population in 1998 (million)", "growth": "annual growth (%)",
     "gap": "years since the last census", "punjab": "Punjab (million)", "sindh": "Sindh (million)",
     "kp": "Khyber Pakhtunkhwa (million)", "bal": "Balochistan (million)", "fata": "tribal areas (million)",
     "isb": "Islamabad (million)", "karachi": "Karachi (million)", "lahore": "Lahore (million)",
     "men": "men (million)", "women": "women (million)", "trans": "transgender people",
     "rural": "rural population (million)", "urban": "urban population (million)",
     "increase": "increase since 1998 (million)", "troops": "soldiers guarding the count",
     # dates
     "release": "day the results were released", "start": "first day of the count",
     "end": "last day of the count", "prev": "year of the last census",
    }
    ms = [
     M(R, "207.77 million", N, "pop", 207.77, **mn),
     M(R, "19 years", N, "gap", 19, cls="yrs"),
     M(R, "Friday", D, "release", "2017-08-25"),
     M(R, "132.35 million", N, "pop1998", 132.35, **mn),
     M(R, "1998", D, "prev", "1998"),
     M(R, "2.40 percent", N, "growth", 2.40, cls="pct"),
     M(R, "110.01 million", N, "punjab", 110.01, **mn),
     M(R, "47.89 million", N, "sindh", 47.89, **mn),
     M(R, "30.52 million", N, "kp", 30.52, **mn),
     M(R, "12.34 million", N, "bal", 12.34, **mn),
     M(R, "5.00 million", N, "fata", 5.00, **mn),
     M(R, "2.01 million", N, "isb", 2.01, **mn),
     M(R, "14.91 million", N, "karachi", 14.91, **mn),
     M(R, "11.13 million", N, "lahore", 11.13, **mn),
     M(R, "106.45 million", N, "men", 106.45, **mn),
     M(R, "101.31 million", N, "women", 101.31, **mn),
     M(R, "10,418", N, "trans", 10418),
     M(R, "132.19 million", N, "rural", 132.19, **mn),
     M(R, "75.58 million", N, "urban", 75.58, **mn),
     M(R, "March 15", D, "start", "2017-03-15"),
     M(R, "May 25", D, "end", "2017-05-25"),
     M(R, "some 200,000 soldiers", N, "troops", 200000, qual="approx"),

     M(K, "207,77 juta jiwa", N, "pop", 207.77, **mn),
     M(K, "Jumat (25/8/2017)", D, "release", "2017-08-25"),
     M(K, "19 tahun", N, "gap", 19, cls="yrs"),
     M(K, "1998", D, "prev", "1998"),
     M(K, "132,35 juta jiwa", N, "pop1998", 132.35, **mn),
     M(K, "2,40 persen", N, "growth", 2.40, cls="pct"),
     M(K, "110,01 juta jiwa", N, "punjab", 110.01, **mn),
     M(K, "47,89 juta jiwa", N, "sindh", 47.89, **mn),
     M(K, "30,52 juta jiwa", N, "kp", 30.52, **mn),
     M(K, "12,34 juta jiwa", N, "bal", 12.34, **mn),
     M(K, "5,00 juta jiwa", N, "fata", 5.00, **mn),
     M(K, "2,01 juta jiwa", N, "isb", 2.01, **mn),
     M(K, "14,91 juta jiwa", N, "karachi", 14.91, **mn),
     M(K, "11,13 juta jiwa", N, "lahore", 11.13, **mn),
     M(K, "10.418 orang", N, "trans", 10418),
     M(K, "106,45 juta", N, "men", 106.45, **mn),
     M(K, "101,31 juta", N, "women", 101.31, **mn),
     M(K, "15 Maret", D, "start", "2017-03-15"),
     M(K, "25 Mei 2017", D, "end", "2017-05-25"),
     M(K, "sekitar 200.000 tentara", N, "troops", 200000, qual="approx"),

     M(A, "Jumat (25/8/2017)", D, "release", "2017-08-25"),
     M(A, "sekitar 207,8 juta jiwa", N, "pop", 207.8, qual="approx", **mn),
     M(A, "132,35 juta jiwa", N, "pop1998", 132.35, **mn),
     M(A, "1998", D, "prev", "1998"),
     M(A, "2,40 persen", N, "growth", 2.40, cls="pct"),
     M(A, "19 tahun", N, "gap", 19, cls="yrs"),
     M(A, "132,19 juta", N, "rural", 132.19, **mn),
     M(A, "75,58 juta", N, "urban", 75.58, **mn),
     M(A, "110,01 juta jiwa", N, "punjab", 110.01, **mn),
     M(A, "47,89 juta jiwa", N, "sindh", 47.89, **mn),
     M(A, "30,52 juta jiwa", N, "kp", 30.52, **mn),
     M(A, "12,34 juta jiwa", N, "bal", 12.34, **mn),
     M(A, "14,91 juta jiwa", N, "karachi", 14.91, **mn),
     M(A, "11,13 juta jiwa", N, "lahore", 11.13, **mn),
     M(A, "106,45 juta jiwa", N, "men", 106.45, **mn),
     M(A, "101,31 juta jiwa", N, "women", 101.31, **mn),
     M(A, "10.418 jiwa", N, "trans", 10418),
     M(A, "15 Maret", D, "start", "2017-03-15"),
     M(A, "25 Mei 2017", D, "end", "2017-05-25"),
     M(A, "sekitar 200.000 personel", N, "troops", 200000, qual="approx"),

     M(T, "Jumat (25/8/2017)", D, "release", "2017-08-25"),
     M(T, "207,77 juta jiwa", N, "pop", 207.77, **mn),
     M(T, "1998", D, "prev", "1998"),
     M(T, "132,35 juta jiwa", N, "pop1998", 132.35, **mn),
     M(T, "lebih dari 75 juta jiwa", N, "increase", 75, qual="morethan", **mn),
     M(T, "19 tahun", N, "gap", 19, cls="yrs"),
     M(T, "2,40 persen", N, "growth", 2.40, cls="pct"),
     M(T, "14,91 juta jiwa", N, "karachi", 14.91, **mn),
     M(T, "11,13 juta jiwa", N, "lahore", 11.13, **mn),
     M(T, "110,01 juta jiwa", N, "punjab", 110.01, **mn),
     M(T, "47,89 juta jiwa", N, "sindh", 47.89, **mn),
     M(T, "2,01 juta jiwa", N, "isb", 2.01, **mn),
     M(T, "5,00 juta jiwa", N, "fata", 5.00, **mn),
     M(T, "75,58 juta orang", N, "urban", 75.58, **mn),
     M(T, "132,19 juta orang", N, "rural", 132.19, **mn),
     M(T, "15 Maret", D, "start", "2017-03-15"),
     M(T, "25 Mei 2017", D, "end", "2017-05-25"),
     M(T, "sekitar 200.000 tentara", N, "troops", 200000, qual="approx"),
    ]
    build("pakistan-headcount-2017", "The provisional results of Pakistan's sixth census, released on Friday 25 August "
          "2017 (control): 207.77 million people against 132.35 million in 1998, 19 years earlier, an average growth "
          "of 2.40% a year; Punjab 110.01, Sindh 47.89, Khyber Pakhtunkhwa 30.52, Balochistan 12.34 million, the "
          "tribal areas 5.00 and Islamabad 2.01 million; Karachi 14.91 and Lahore 11.13 million; 106.45 million men, "
          "101.31 million women and 10,418 transgender people; 132.19 million rural and 75.58 million urban; the "
          "count held from 15 March to 25 May 2017, guarded by some 200,000 soldiers. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    murree()
    bibi()
    census()
