"""The two-hundred-and-twentieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset220/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def unrest():
    K, R, T, A = "kompas-jan7", "reuters-jan10", "detik-jan16", "ap-jan31"
    # as-of times of the running tallies: Thursday 6 January 2022 (the interior ministry's 18 security dead and 748
    # injured), Friday 7 January (3,811 detained, 26 rioters killed), Sunday 9 January (the president's office's
    # about 5,800 and the interior ministry's 5,135 detained; the health ministry's 164 dead; the interior ministry's
    # 16 police and national guard dead and about 1,300 injured), Monday 10 January (7,939 detained), Saturday 15
    # January (the prosecutor's office: 225 dead, 19 of them police and servicemen, 4,353 injured, 3,393 of them of
    # the security forces), later in January (about 9,900 detained). The interior ministry's 18 security dead on
    # Thursday and its 16 on Sunday are two as-of times of one count (a revision); the prosecutor's counts, the health
    # ministry's and the president's office's are other sources.
    JAN6, JAN7, JAN9, JAN10, JAN15, LATE = ("2022-01-06", "2022-01-07", "2022-01-09", "2022-01-10", "2022-01-15",
                                            "2022-01-20")
    MVD, PRES, HEALTH, PROS = ("the interior ministry", "the president's office", "the health ministry",
                               "the prosecutor general's office")
    names = {
     "detained": "people detained", "rioters_killed": "'armed criminals' killed by the security forces",
     "rioters_injured": "'armed criminals' wounded", "sec_dead": "members of the security forces killed",
     "sec_injured": "members of the security forces injured", "dead": "people killed in the unrest",
     "dead_almaty": "dead in Almaty", "injured": "people injured", "cases": "criminal cases opened",
     "terror_cases": "terrorism cases", "troops": "CSTO troops", "militants": "militants Tokayev said attacked Almaty",
     "price_old": "old price of liquefied gas (tenge a litre)", "price_new": "new price of liquefied gas (tenge a litre)",
     # dates
     "shoot_order": "day of the shoot-to-kill order", "asof_thu": "day of the count of 18 security dead",
     "csto_arrive": "day the CSTO troops began arriving", "began": "day the protests began",
     "resign": "day the government resigned", "asof_mon": "day of the count of 7,939 detained",
     "summit": "day of the CSTO video call", "asof_sun": "day of the president's office's count",
     "massimov": "day Massimov's detention was announced", "pros": "day of the prosecutor's count",
     "leave": "day the CSTO withdrawal began", "smailov": "day the new prime minister was named",
     "done": "day the CSTO withdrawal ended",
    }
    ms = [
     M(K, "Jumat (7/1/2022)", D, "shoot_order", "2022-01-07"),
     M(K, "3.811 orang", N, "detained", 3811, JAN7, src=MVD),
     M(K, "26 orang", N, "rioters_killed", 26, JAN7),
     M(K, "18 lainnya", N, "rioters_injured", 18, JAN7),
     M(K, "Kamis (6/1/2022)", D, "asof_thu", "2022-01-06"),
     M(K, "18 anggota aparat keamanan", N, "sec_dead", 18, JAN6, src=MVD),
     M(K, "748 lainnya", N, "sec_injured", 748, JAN6, src=MVD),
     M(K, "Minggu (2/1/2022)", D, "began", "2022-01-02"),
     M(K, "60 tenge", N, "price_old", 60, cls="tenge"),
     M(K, "120 tenge", N, "price_new", 120, cls="tenge"),
     M(K, "Rabu (5/1/2022)", D, "resign", "2022-01-05"),
     M(K, "pada Kamis", D, "csto_arrive", "2022-01-06"),

     M(R, "7,939 people", N, "detained", 7939, JAN10, src=MVD),
     M(R, "Monday", D, "asof_mon", "2022-01-10"),
     M(R, "about 5,800", N, "detained", 5800, JAN9, qual="approx", src=PRES),
     M(R, "5,135", N, "detained", 5135, JAN9, src=MVD),
     M(R, "Sunday", D, "asof_sun", "2022-01-09"),
     M(R, "164 people", N, "dead", 164, JAN9, src=HEALTH),
     M(R, "103", N, "dead_almaty", 103, JAN9, src=HEALTH),
     M(R, "16 police officers", N, "sec_dead", 16, JAN9, src=MVD),
     M(R, "18 members of the security forces", N, "sec_dead", 18, JAN6, src=MVD),
     M(R, "Thursday", D, "asof_thu", "2022-01-06"),
     M(R, "about 1,300 members", N, "sec_injured", 1300, JAN9, qual="approx", src=MVD),
     M(R, "more than 2,200 people", N, "injured", 2200, JAN9, qual="morethan", src=HEALTH),
     M(R, "Jan. 2", D, "began", "2022-01-02"),
     M(R, "Saturday", D, "massimov", "2022-01-08"),
     M(R, "Monday", D, "summit", "2022-01-10", occ=2),

     M(T, "225 orang", N, "dead", 225, JAN15, src=PROS),
     M(T, "164", N, "dead", 164, JAN9, src=HEALTH),
     M(T, "Sabtu (15/1/2022)", D, "pros", "2022-01-15"),
     M(T, "19", N, "sec_dead", 19, JAN15, src=PROS),
     M(T, "4.353 orang", N, "injured", 4353, JAN15, src=PROS),
     M(T, "3.393 anggota", N, "sec_injured", 3393, JAN15, src=PROS),
     M(T, "546 perkara", N, "cases", 546),
     M(T, "44", N, "terror_cases", 44),
     M(T, "7.993 orang", N, "detained", 7993, JAN10, src=MVD, planted=True),
     M(T, "Senin (10/1/2022)", D, "asof_mon", "2022-01-10"),
     M(T, "Kamis (13/1/2022)", D, "leave", "2022-01-13"),
     M(T, "Selasa (11/1/2022)", D, "smailov", "2022-01-11"),
     M(T, "Minggu (2/1/2022)", D, "began", "2022-01-02"),

     M(A, "Jan. 15", D, "pros", "2022-01-15"),
     M(A, "225 people", N, "dead", 225, JAN15, src=PROS),
     M(A, "19 police officers", N, "sec_dead", 19, JAN15, src=PROS),
     M(A, "4,353 people", N, "injured", 4353, JAN15, src=PROS),
     M(A, "7,939", N, "detained", 7939, JAN10, src=MVD),
     M(A, "Jan. 10", D, "asof_mon", "2022-01-10"),
     M(A, "about 9,900", N, "detained", 9900, LATE, qual="approx", src=MVD),
     M(A, "Jan. 2", D, "began", "2022-01-02"),
     M(A, "120 tenge", N, "price_new", 120, cls="tenge"),
     M(A, "Jan. 5", D, "resign", "2022-01-05"),
     M(A, "2,030 troops", N, "troops", 2030),
     M(A, "Jan. 13", D, "leave", "2022-01-13"),
     M(A, "Jan. 19", D, "done", "2022-01-19"),
     M(A, "20,000 militants", N, "militants", 20000),
    ]
    build("kazakh-unrest-2022", "The unrest in Kazakhstan of January 2022 (Bloody January): protests over the price of "
          "liquefied gas (60 -> 120 tenge a litre) from Sunday 2 January in Zhanaozen, the government's resignation on "
          "Wednesday 5 January, CSTO troops (2,030) from Thursday 6 January, the shoot-to-kill order of Friday 7 "
          "January; detained 3,811 (7 January) -> about 5,800 by the president's office and 5,135 by the interior "
          "ministry (9 January) -> 7,939 (10 January) -> about 9,900; the interior ministry's security dead 18 "
          "(6 January) revised to 16 (9 January); the health ministry's 164 dead (9 January, withdrawn) and the "
          "prosecutor's 225 (15 January, 19 of them police and servicemen; 4,353 injured)", False, ms, names)


def agents_law():
    K, R, T, P, A = "kompas-apr18", "reuters-may2", "detik-may15", "tempo-may29", "ap-jun4"
    # votes, thresholds and dates do not change with the day of the report: the first reading (Wednesday 17 April
    # 2024, 83-0), the second (Wednesday 1 May, 83-23), the third (Tuesday 14 May, 84-30), the president's veto
    # (Saturday 18 May), the override (Tuesday 28 May, 84-4) and the speaker's signature (Monday 3 June) are
    # different events; the 83 votes of the first and second readings, and the 84 of the third reading and of the
    # override, are different facts.
    names = {
     "first_yes": "votes for the bill in the first reading", "second_yes": "votes for in the second reading",
     "second_no": "votes against in the second reading", "third_yes": "votes for in the third reading",
     "third_no": "votes against in the third reading", "override_yes": "votes to override the veto",
     "override_no": "votes against overriding the veto", "seats": "seats in parliament",
     "detained": "people detained overnight on 30 April-1 May", "police_inj": "police officers injured that night",
     "threshold": "share of foreign funding that triggers registration (%)", "fine": "maximum fine (lari)",
     "days_veto": "days between the third reading and the veto", "days_sign": "days the president has to sign",
     # dates
     "first": "day of the first reading", "second": "day of the second reading", "third": "day of the third reading",
     "veto": "day of the veto", "override": "day of the override", "signed": "day the speaker signed",
     "reintro": "month the bill was reintroduced", "withdrawn": "month the 2023 bill was withdrawn",
     "candidate": "month the EU granted candidate status", "march": "day of the evening march",
     "visa": "day of the US visa restrictions",
    }
    ms = [
     M(K, "Rabu (17/4/2024)", D, "first", "2024-04-17"),
     M(K, "83 anggota", N, "first_yes", 83),
     M(K, "20 persen", N, "threshold", 20, cls="pct"),
     M(K, "April 2024", D, "reintro", "2024-04"),
     M(K, "Maret 2023", D, "withdrawn", "2023-03"),
     M(K, "Desember 2023", D, "candidate", "2023-12"),
     M(K, "150 orang", N, "seats", 150),

     M(R, "Wednesday", D, "second", "2024-05-01"),
     M(R, "83 votes", N, "second_yes", 83),
     M(R, "23", N, "second_no", 23),
     M(R, "83-0", N, "first_yes", 83),
     M(R, "April 17", D, "first", "2024-04-17"),
     M(R, "63 people", N, "detained", 63),
     M(R, "six police officers", N, "police_inj", 6),
     M(R, "20%", N, "threshold", 20, cls="pct"),
     M(R, "December 2023", D, "candidate", "2023-12"),
     M(R, "150-seat", N, "seats", 150),
     M(R, "Wednesday evening", D, "march", "2024-05-01"),

     M(T, "Selasa (14/5/2024)", D, "third", "2024-05-14"),
     M(T, "84 anggota", N, "third_yes", 84),
     M(T, "30 anggota", N, "third_no", 30),
     M(T, "Kamis (2/5/2024)", D, "second", "2024-05-02", planted=True),
     M(T, "83 suara", N, "second_yes", 83),
     M(T, "23 suara", N, "second_no", 23),
     M(T, "Rabu (17/4/2024)", D, "first", "2024-04-17"),
     M(T, "83 anggota", N, "first_yes", 83),
     M(T, "20 persen", N, "threshold", 20, cls="pct"),
     M(T, "25.000 lari", N, "fine", 25000, cls="lari"),

     M(P, "Selasa (28/5/2024)", D, "override", "2024-05-28"),
     M(P, "84 suara", N, "override_yes", 84),
     M(P, "4 suara", N, "override_no", 4),
     M(P, "Sabtu (18/5/2024)", D, "veto", "2024-05-18"),
     M(P, "empat hari", N, "days_veto", 4, cls="dur"),
     M(P, "14 Mei 2024", D, "third", "2024-05-14"),
     M(P, "84 suara", N, "third_yes", 84, occ=2),
     M(P, "38", N, "third_no", 38, planted=True),
     M(P, "lima hari", N, "days_sign", 5, cls="dur"),
     M(P, "Kamis (23/5/2024)", D, "visa", "2024-05-23"),
     M(P, "20 persen", N, "threshold", 20, cls="pct"),

     M(A, "Monday", D, "signed", "2024-06-03"),
     M(A, "May 28", D, "override", "2024-05-28"),
     M(A, "84-4", N, "override_yes", 84, also={"override_no": 4}),
     M(A, "May 18", D, "veto", "2024-05-18"),
     M(A, "four days", N, "days_veto", 4, cls="dur"),
     M(A, "84 votes", N, "third_yes", 84),
     M(A, "30", N, "third_no", 30),
     M(A, "April 17", D, "first", "2024-04-17"),
     M(A, "May 1", D, "second", "2024-05-01"),
     M(A, "20%", N, "threshold", 20, cls="pct"),
     M(A, "25,000 lari", N, "fine", 25000, cls="lari"),
     M(A, "May 23", D, "visa", "2024-05-23"),
    ]
    build("georgia-agents-law-2024", "Georgia's law on transparency of foreign influence in stages: the first reading "
          "on Wednesday 17 April 2024 (83-0), the second on Wednesday 1 May (83-23; 63 detained overnight), the third "
          "on Tuesday 14 May (84-30), the president's veto on Saturday 18 May, the override on Tuesday 28 May (84-4), "
          "the speaker's signature on Monday 3 June 2024; groups with more than 20% foreign funding register, fines up "
          "to 25,000 lari", False, ms, names)


def referendum():
    R, T, K, A = "reuters-jun6", "antara-jun7", "kompas-jun8", "ap-jun9"
    names = {
     "yes_pct": "share voting yes", "no_pct": "share voting no", "turnout": "turnout",
     "not_counted": "ballots valid but not counted (%)", "invalid": "invalid ballots (%)",
     "yes_votes": "people voting yes (million)", "no_votes": "people voting no (million)",
     "voted": "people who voted (million)", "eligible": "eligible voters (million)", "regions": "regions",
     "amendments": "amendments", "articles": "articles changed", "total_articles": "articles of the constitution",
     "unrest_dead": "people killed in the January unrest",
     # dates
     "vote": "day of the referendum", "announce": "day of the preliminary results", "last_ref": "the last referendum",
     "draft": "day the draft was published", "unrest": "month of the unrest", "naz_left": "year Nazarbayev stepped down",
     "indep": "year of independence",
    }
    ms = [
     M(R, "77.18%", N, "yes_pct", 77.18, cls="pct"),
     M(R, "Sunday", D, "vote", "2022-06-05"),
     M(R, "Monday", D, "announce", "2022-06-06"),
     M(R, "more than 6.16 million", N, "yes_votes", 6.16, qual="morethan", cls="mln"),
     M(R, "17 regions", N, "regions", 17),
     M(R, "18.66%", N, "no_pct", 18.66, cls="pct"),
     M(R, "more than 1.49 million", N, "no_votes", 1.49, qual="morethan", cls="mln"),
     M(R, "68.06%", N, "turnout", 68.06, cls="pct"),
     M(R, "7.9 million", N, "voted", 7.9, cls="mln"),
     M(R, "more than 11.7 million", N, "eligible", 11.7, qual="morethan", cls="mln"),
     M(R, "56 amendments", N, "amendments", 56),
     M(R, "33", N, "articles", 33),
     M(R, "98 articles", N, "total_articles", 98),
     M(R, "1.58%", N, "not_counted", 1.58, cls="pct"),
     M(R, "2.58%", N, "invalid", 2.58, cls="pct"),
     M(R, "1995", D, "last_ref", "1995"),
     M(R, "May 6", D, "draft", "2022-05-06"),

     M(T, "77,18 persen", N, "yes_pct", 77.18, cls="pct"),
     M(T, "Minggu (5/6/2022)", D, "vote", "2022-06-05"),
     M(T, "Senin (6/6/2022)", D, "announce", "2022-06-06"),
     M(T, "lebih dari 6,16 juta", N, "yes_votes", 6.16, qual="morethan", cls="mln"),
     M(T, "18,66 persen", N, "no_pct", 18.66, cls="pct"),
     M(T, "lebih dari 1,49 juta", N, "no_votes", 1.49, qual="morethan", cls="mln"),
     M(T, "68,06 persen", N, "turnout", 68.06, cls="pct"),
     M(T, "7,9 juta", N, "voted", 7.9, cls="mln"),
     M(T, "lebih dari 11,7 juta", N, "eligible", 11.7, qual="morethan", cls="mln"),
     M(T, "17 wilayah", N, "regions", 17),
     M(T, "56 amandemen", N, "amendments", 56),
     M(T, "33", N, "articles", 33),
     M(T, "98 pasal", N, "total_articles", 98),
     M(T, "1,58 persen", N, "not_counted", 1.58, cls="pct"),
     M(T, "2,58 persen", N, "invalid", 2.58, cls="pct"),
     M(T, "Januari 2022", D, "unrest", "2022-01"),
     M(T, "tahun 1995", D, "last_ref", "1995"),

     M(K, "77,18 persen", N, "yes_pct", 77.18, cls="pct"),
     M(K, "Senin (6/6/2022)", D, "announce", "2022-06-06"),
     M(K, "18,66 persen", N, "no_pct", 18.66, cls="pct"),
     M(K, "68,06 persen", N, "turnout", 68.06, cls="pct"),
     M(K, "lebih dari 11,7 juta", N, "eligible", 11.7, qual="morethan", cls="mln"),
     M(K, "6,16 juta", N, "yes_votes", 6.16, qual="morethan", cls="mln"),
     M(K, "17 wilayah", N, "regions", 17),
     M(K, "56 amandemen", N, "amendments", 56),
     M(K, "33 pasal", N, "articles", 33),
     M(K, "98 pasal", N, "total_articles", 98),
     M(K, "6 Mei 2022", D, "draft", "2022-05-06"),
     M(K, "Minggu (5/6/2022)", D, "vote", "2022-06-05"),
     M(K, "2019", D, "naz_left", "2019"),

     M(A, "77.18%", N, "yes_pct", 77.18, cls="pct"),
     M(A, "Sunday", D, "vote", "2022-06-05"),
     M(A, "Monday, June 6", D, "announce", "2022-06-06"),
     M(A, "18.66%", N, "no_pct", 18.66, cls="pct"),
     M(A, "68.06%", N, "turnout", 68.06, cls="pct"),
     M(A, "More than 6.16 million", N, "yes_votes", 6.16, qual="morethan", cls="mln"),
     M(A, "7.9 million", N, "voted", 7.9, cls="mln"),
     M(A, "17 regions", N, "regions", 17),
     M(A, "56 amendments", N, "amendments", 56),
     M(A, "33", N, "articles", 33),
     M(A, "98 articles", N, "total_articles", 98),
     M(A, "1991", D, "indep", "1991"),
     M(A, "2019", D, "naz_left", "2019"),
     M(A, "more than 200 people", N, "unrest_dead", 200, qual="morethan"),
     M(A, "1995", D, "last_ref", "1995"),
    ]
    build("kazakh-referendum-2022", "Kazakhstan's constitutional referendum (control): the Central Referendum "
          "Commission's preliminary results announced on Monday 6 June 2022 for the vote of Sunday 5 June: 77.18% yes "
          "(more than 6.16 million), 18.66% no (more than 1.49 million), turnout 68.06% (7.9 million of more than 11.7 "
          "million), all 17 regions, 56 amendments to 33 of 98 articles, 1.58% not counted, 2.58% invalid; the draft "
          "published on 6 May 2022; the first referendum since 1995. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    unrest()
    agents_law()
    referendum()
