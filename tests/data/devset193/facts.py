"""The hundred-and-ninety-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset193/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kariakoo():
    R, K, T, A, F = "reuters-nov16", "kompas-nov17", "detik-nov18", "antara-nov27", "afp-dec09"
    # as-of times of the running tallies: Saturday 16 November 2024 evening (the fire and rescue force's five dead and
    # 42 injured, the regional commissioner's four dead and 70 rescued: two sources of one count), Sunday 17 November
    # 10.00 (the president's 13 dead and 84 rescued), Monday 18 November (the prime minister's 16 and 86), Saturday 23
    # November (20 dead) and Tuesday 26 November (the government spokesman's 29 dead and 88 rescued, when the search
    # ended). The dead and the rescued do not fall; the people still in hospital may (fall=True). The afp article of 9
    # December recalls the figures of 23 and 26 November with their as-of times.
    SAT, SUN10, MON, NOV23, NOV26 = "2024-11-16b", "2024-11-17a", "2024-11-18", "2024-11-23", "2024-11-26"
    FIRE, RC = "the fire and rescue force", "the regional commissioner"
    names = {
     "dead": "people killed", "injured": "people injured (fire and rescue force, Saturday)",
     "rescued": "people pulled out alive", "muhimbili": "rescued taken to Muhimbili hospital on the first day",
     "discharged": "of them discharged by Saturday evening", "amana": "rescued taken to Amana and Mnazi Mmoja",
     "admitted": "of them kept in hospital on Saturday", "coffins": "coffins at Monday's farewell",
     "more_bodies": "bodies found in the last clearing", "dna": "bodies sent for DNA identification",
     "hosp": "injured still in hospital on 26 November", "adjacent": "neighbouring buildings closed",
     "pop": "population of Dar es Salaam", "dead2013": "people killed in the 2013 collapse",
     # dates
     "collapse": "day of the collapse", "asof_sun": "day of the president's count (Sunday)",
     "asof_mon": "day of the prime minister's count and the farewell (Monday)", "asof_nov23": "day of the count of 20",
     "asof_nov26": "day the search ended and the count of 29 was given", "y2013": "year of the earlier collapse",
    }
    ms = [
     M(R, "Saturday", D, "collapse", "2024-11-16"),
     M(R, "five people", N, "dead", 5, SAT, src=FIRE),
     M(R, "42", N, "injured", 42, SAT, src=FIRE),
     M(R, "more than five million", N, "pop", 5_000_000, qual="morethan"),
     M(R, "2013", D, "y2013", "2013"),
     M(R, "34 people", N, "dead2013", 34),

     M(K, "13 orang", N, "dead", 13, SUN10),
     M(K, "Minggu (17/11/2024)", D, "asof_sun", "2024-11-17"),
     M(K, "84 orang", N, "rescued", 84, SUN10),
     M(K, "Sabtu (16/11/2024)", D, "collapse", "2024-11-16"),
     M(K, "empat orang", N, "dead", 4, SAT, src=RC),
     M(K, "70 orang", N, "rescued", 70, SAT),
     M(K, "40 orang", N, "muhimbili", 40, SAT),
     M(K, "35 di antaranya", N, "discharged", 35, SAT),
     M(K, "30 orang", N, "amana", 30, SAT),
     M(K, "dua orang", N, "admitted", 2, SAT, fall=True),

     M(T, "16 orang", N, "dead", 16, MON),
     M(T, "Senin (18/11/2024)", D, "asof_mon", "2024-11-18"),
     M(T, "86 orang", N, "rescued", 86, MON),
     M(T, "Jumat (15/11/2024)", D, "collapse", "2024-11-15", planted=True),
     M(T, "15 peti jenazah", N, "coffins", 15, MON),
     M(T, "13 orang", N, "dead", 13, SUN10),
     M(T, "Minggu pagi", D, "asof_sun", "2024-11-17"),

     M(A, "29 orang", N, "dead", 29, NOV26),
     M(A, "sembilan jenazah", N, "more_bodies", 9, NOV26),
     M(A, "Selasa (26/11/2024)", D, "asof_nov26", "2024-11-26"),
     M(A, "Sabtu (23/11/2024)", D, "asof_nov23", "2024-11-23"),
     M(A, "20 orang", N, "dead", 20, NOV23),
     M(A, "88 orang", N, "rescued", 88, NOV26),
     M(A, "16 November 2024", D, "collapse", "2024-11-16"),
     M(A, "Tiga jenazah", N, "dna", 3, NOV26),
     M(A, "Dua korban luka", N, "hosp", 2, NOV26, fall=True),
     M(A, "dua gedung", N, "adjacent", 2, NOV26),
     M(A, "lebih dari lima juta jiwa", N, "pop", 5_000_000, qual="morethan"),

     M(F, "29 people", N, "dead", 29, NOV26),
     M(F, "November 16", D, "collapse", "2024-11-16"),
     M(F, "November 26", D, "asof_nov26", "2024-11-26"),
     M(F, "nine more bodies", N, "more_bodies", 9, NOV26),
     M(F, "20", N, "dead", 20, NOV23),
     M(F, "November 23", D, "asof_nov23", "2024-11-23"),
     M(F, "98 people", N, "rescued", 98, NOV26, planted=True),
     M(F, "two of the injured", N, "hosp", 2, NOV26, fall=True),
     M(F, "Three of the bodies", N, "dna", 3, NOV26),
     M(F, "2013", D, "y2013", "2013"),
     M(F, "34 people", N, "dead2013", 34),
     M(F, "Two buildings", N, "adjacent", 2, NOV26),
    ]
    build("kariakoo-collapse-2024", "The collapse of a four-storey building in the Kariakoo market district of Dar es "
          "Salaam, Tanzania (Saturday 16 November 2024, about 09.00): five dead by the fire and rescue force's count and "
          "four by the regional commissioner's on Saturday evening (70 rescued), 13 dead and 84 rescued by Sunday 10.00 "
          "(the president, from Rio de Janeiro), 16 dead and 86 rescued on Monday 18 November (the prime minister, at "
          "the farewell), 20 dead by Saturday 23 November, 29 dead and 88 rescued when the search ended on Tuesday 26 "
          "November (the government spokesman Thobias Makoba); the 2013 collapse in the district (34 dead)",
          False, ms, names)


def bukoba():
    D1, R, K, P = "detik-nov06", "reuters-nov07", "kompas-nov08", "ap-nov29"
    # as-of times: Sunday 6 November 2022 morning (26 rescued, given by the carrier and local officials) and Sunday
    # afternoon and evening (19 dead, the survivors corrected to 24 by the airline): 26 -> 24 is a downward revision.
    # The toll of 19 did not change afterwards; later articles repeat it with the same as-of time (agree). The
    # distance from the runway: the regional commissioner's early "about 100 metres" and the preliminary report's
    # "about 500 metres" are two sources.
    AM, PM = "2022-11-06a", "2022-11-06b"
    RC, REPORT = "the regional commissioner", "the preliminary report"
    names = {
     "dead": "people killed", "survivors": "people who survived", "aboard": "people on board",
     "passengers": "passengers on board", "crew": "crew on board", "pilots": "pilots on board",
     "cabin": "cabin crew on board", "kenyans": "Kenyans among the dead", "dist": "distance from the runway (m)",
     "alert": "minutes before the marine police were alerted", "fishers": "minutes before the fishermen arrived",
     # dates
     "crash": "day of the crash", "names": "day the names of the dead were released", "memorial": "day of the farewell",
     "correction": "evening the survivors were corrected", "report": "day the preliminary report was released",
    }
    ms = [
     M(D1, "19 orang", N, "dead", 19, PM),
     M(D1, "Minggu (6/11/2022)", D, "crash", "2022-11-06"),
     M(D1, "43 orang", N, "aboard", 43),
     M(D1, "39 penumpang", N, "passengers", 39),
     M(D1, "empat awak", N, "crew", 4),
     M(D1, "26 orang", N, "survivors", 26, AM),
     M(D1, "sekitar 100 meter", N, "dist", 100, qual="approx", src=RC, cls="m"),

     M(R, "Monday", D, "names", "2022-11-07"),
     M(R, "19 people", N, "dead", 19, PM),
     M(R, "Sunday", D, "crash", "2022-11-06"),
     M(R, "24 people", N, "survivors", 24, PM),
     M(R, "26", N, "survivors", 26, AM),
     M(R, "39 passengers", N, "passengers", 39),
     M(R, "four crew", N, "crew", 4),
     M(R, "43 people", N, "aboard", 43),
     M(R, "Two Kenyans", N, "kenyans", 2),

     M(K, "19 korban", N, "dead", 19, PM),
     M(K, "Senin (7/11/2022)", D, "memorial", "2022-11-07"),
     M(K, "Minggu (6/11/2022)", D, "crash", "2022-11-06"),
     M(K, "34 orang", N, "aboard", 34, planted=True),
     M(K, "24 di antaranya", N, "survivors", 24, PM),
     M(K, "26 orang", N, "survivors", 26, AM),
     M(K, "Minggu malam", D, "correction", "2022-11-06"),

     M(P, "15 minutes", N, "alert", 15, cls="min"),
     M(P, "Nov. 22", D, "report", "2022-11-22"),
     M(P, "about 500 meters", N, "dist", 500, qual="approx", src=REPORT, cls="m"),
     M(P, "Nov. 6", D, "crash", "2022-11-06"),
     M(P, "43 people", N, "aboard", 43),
     M(P, "39 passengers", N, "passengers", 39),
     M(P, "two pilots", N, "pilots", 2),
     M(P, "two cabin crew", N, "cabin", 2),
     M(P, "19 died", N, "dead", 19, PM),
     M(P, "24 survived", N, "survivors", 24, PM),
     M(P, "five minutes", N, "fishers", 5, cls="min"),
    ]
    build("bukoba-crash-2022", "The crash of Precision Air flight PW494 into Lake Victoria on its approach to Bukoba, "
          "Tanzania (Sunday 6 November 2022, about 08.45): 43 on board (39 passengers, two pilots, two cabin crew), 19 "
          "dead; 26 rescued by the carrier's and local officials' first count, corrected to 24 survivors that evening; "
          "the farewell in Bukoba on Monday 7 November; the preliminary report of 22 November (about 500 m from the "
          "runway, against the first reports' about 100 m)", False, ms, names)


def gachagua():
    R, D1, K, A = "reuters-oct17", "detik-oct18", "kompas-oct19", "antara-oct20"
    # one announcement: the Senate's votes of Thursday 17 October 2024 on the eleven charges against the deputy
    # president, as the speaker announced them; the National Assembly's vote of 8 October, the trial's first day, the
    # adjournment the lawyers asked for, the approval of the successor and the court's order as other dates.
    names = {
     "charges": "charges brought", "upheld": "charges upheld", "rejected": "charges rejected",
     "needed": "charges that suffice to remove him", "c1_yes": "first charge: votes for",
     "c1_no": "first charge: votes against", "c2_yes": "second charge: votes for", "c2_no": "second charge: votes against",
     "c4_yes": "judiciary charge: votes for", "c4_no": "judiciary charge: votes against",
     "c5_yes": "oath charge: votes for", "c5_no": "oath charge: votes against", "c5_abs": "oath charge: abstentions",
     "c6_yes": "ethnic-hatred charge: votes for", "c6_no": "ethnic-hatred charge: votes against",
     "c6_abs": "ethnic-hatred charge: abstentions", "c9_yes": "intelligence-service charge: votes for",
     "c9_no": "intelligence-service charge: votes against", "c9_abs": "intelligence-service charge: abstentions",
     "threshold": "the Senate's two-thirds threshold", "senators": "members of the Senate",
     "na_yes": "National Assembly: votes for", "na_no": "National Assembly: votes against",
     "na_abs": "National Assembly: abstentions", "na_threshold": "the National Assembly's two-thirds threshold",
     "na_members": "members of the National Assembly",
     # dates
     "verdict": "day of the Senate's vote", "na_vote": "day of the National Assembly's vote",
     "postpone": "day the lawyers asked to adjourn to", "kindiki": "day the successor was approved",
     "court": "day of the court's order", "trial": "first day of the Senate trial", "y2010": "year of the constitution",
    }
    ms = [
     M(R, "Thursday", D, "verdict", "2024-10-17"),
     M(R, "five", N, "upheld", 5),
     M(R, "11", N, "charges", 11),
     M(R, "54 senators", N, "c1_yes", 54),
     M(R, "13 against", N, "c1_no", 13),
     M(R, "45 votes", N, "threshold", 45),
     M(R, "51 votes", N, "c4_yes", 51),
     M(R, "16", N, "c4_no", 16),
     M(R, "49 votes", N, "c5_yes", 49),
     M(R, "16", N, "c5_no", 16, occ=2),
     M(R, "two abstentions", N, "c5_abs", 2),
     M(R, "48 votes", N, "c6_yes", 48),
     M(R, "18", N, "c6_no", 18),
     M(R, "46 votes", N, "c9_yes", 46),
     M(R, "20", N, "c9_no", 20),
     M(R, "six other charges", N, "rejected", 6),
     M(R, "28 votes", N, "c2_yes", 28),
     M(R, "39 against", N, "c2_no", 39),
     M(R, "Oct. 8", D, "na_vote", "2024-10-08"),
     M(R, "281 votes", N, "na_yes", 281),
     M(R, "44", N, "na_no", 44),
     M(R, "one abstention", N, "na_abs", 1),

     M(D1, "Kamis (17/10/2024)", D, "verdict", "2024-10-17"),
     M(D1, "11 dakwaan", N, "charges", 11),
     M(D1, "lima dakwaan", N, "upheld", 5),
     M(D1, "54 senator", N, "c1_yes", 54),
     M(D1, "13 senator", N, "c1_no", 13),
     M(D1, "51 suara", N, "c4_yes", 51),
     M(D1, "16 suara", N, "c4_no", 16),
     M(D1, "49 senator", N, "c5_yes", 49),
     M(D1, "16 senator", N, "c5_no", 16),
     M(D1, "dua senator", N, "c5_abs", 2),
     M(D1, "satu dakwaan", N, "needed", 1),
     M(D1, "45", N, "threshold", 45),
     M(D1, "67 senator", N, "senators", 67),
     M(D1, "Selasa (22/10/2024)", D, "postpone", "2024-10-22"),
     M(D1, "Selasa (8/10/2024)", D, "na_vote", "2024-10-08"),
     M(D1, "281 suara", N, "na_yes", 281),
     M(D1, "44 menolak", N, "na_no", 44),
     M(D1, "satu abstain", N, "na_abs", 1),

     M(K, "Kamis (17/10/2024)", D, "verdict", "2024-10-17"),
     M(K, "lima", N, "upheld", 5),
     M(K, "11 dakwaan", N, "charges", 11),
     M(K, "54 senator", N, "c1_yes", 54),
     M(K, "13 senator", N, "c1_no", 13),
     M(K, "45 suara", N, "threshold", 45),
     M(K, "48 suara", N, "c6_yes", 48),
     M(K, "18", N, "c6_no", 18),
     M(K, "46 suara", N, "c9_yes", 46),
     M(K, "20", N, "c9_no", 20),
     M(K, "Enam dakwaan", N, "rejected", 6),
     M(K, "28 senator", N, "c2_yes", 28),
     M(K, "39 senator", N, "c2_no", 39),
     M(K, "Jumat (18/10/2024)", D, "kindiki", "2024-10-18"),
     M(K, "Jumat malam", D, "court", "2024-10-18"),
     M(K, "8 Oktober 2024", D, "na_vote", "2024-10-08"),
     M(K, "281 suara", N, "na_yes", 281),
     M(K, "233 suara", N, "na_threshold", 233),
     M(K, "349 anggota", N, "na_members", 349),
     M(K, "2010", D, "y2010", "2010"),

     M(A, "Kamis (17/10/2024)", D, "verdict", "2024-10-17"),
     M(A, "lima", N, "upheld", 5),
     M(A, "11 dakwaan", N, "charges", 11),
     M(A, "54 senator", N, "c1_yes", 54),
     M(A, "13 senator", N, "c1_no", 13),
     M(A, "51 suara", N, "c4_yes", 51),
     M(A, "16 menolak", N, "c4_no", 16),
     M(A, "49 setuju", N, "c5_yes", 49),
     M(A, "16 menolak", N, "c5_no", 16, occ=2),
     M(A, "dua abstain", N, "c5_abs", 2),
     M(A, "48 senator", N, "c6_yes", 48),
     M(A, "18 menolak", N, "c6_no", 18),
     M(A, "satu abstain", N, "c6_abs", 1),
     M(A, "46 senator", N, "c9_yes", 46),
     M(A, "20 menolak", N, "c9_no", 20),
     M(A, "satu abstain", N, "c9_abs", 1, occ=2),
     M(A, "67 orang", N, "senators", 67),
     M(A, "45 suara", N, "threshold", 45),
     M(A, "Rabu (16/10/2024)", D, "trial", "2024-10-16"),
     M(A, "Selasa (8/10/2024)", D, "na_vote", "2024-10-08"),
     M(A, "281 suara", N, "na_yes", 281),
     M(A, "44 suara", N, "na_no", 44),
     M(A, "Jumat (18/10/2024)", D, "court", "2024-10-18"),
    ]
    build("gachagua-impeachment-2024", "Kenya's Senate removes Deputy President Rigathi Gachagua (control), Thursday 17 "
          "October 2024: five of 11 charges upheld (the first 54-13, the judiciary 51-16, the oath 49-16 with two "
          "abstentions, ethnic hatred 48-18 with one, the intelligence service 46-20 with one; the second rejected "
          "28-39), two-thirds of the 67 senators being 45; the National Assembly's vote of Tuesday 8 October (281-44, "
          "one abstention; 233 of 349 needed); the trial from Wednesday 16 October, the adjournment to 22 October "
          "refused, the successor approved and the High Court's order on Friday 18 October. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    kariakoo()
    bukoba()
    gachagua()
