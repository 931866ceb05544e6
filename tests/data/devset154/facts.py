"""The hundred-and-fifty-fourth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset154/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def prague():
    R, K, A, T, Y = "reuters-dec21", "kompas-dec22", "ap-dec23", "detik-dec24", "antara-dec21-2024"
    # as-of times: the emergency medical service's count in the first hour after the attack on the afternoon of
    # Thursday 21 December 2023 ("a": 10 dead besides the gunman, nine seriously hurt), the police's first figures
    # about 18.00 ("b": more than 15 dead, 24 hurt), the police's corrected figures that evening ("c": 14 dead, 25
    # wounded, 10 seriously), then the days of the reports. The emergency service (ZZS) and the police are two
    # sources of the counts (sources, whatever the day); figures no text credits to either are set against both by
    # their as-of times. The dead lowered from "more than 15" to 14 is a revision; the seriously injured are people
    # still being treated, a count that may fall (fall=True). Ages, the earlier killings and the 2015 shooting are
    # other facts of the count class.
    Z0, AM, PM, DEC22, DEC24, ANNIV = ("2023-12-21a", "2023-12-21b", "2023-12-21c", "2023-12-22", "2023-12-24",
                                       "2024-12-21")
    POL, ZZS = "the police", "the emergency medical service"
    names = {
     "dead": "people killed by the gunman", "injured": "people wounded", "serious": "wounded in serious condition",
     "age": "the gunman's age", "victim_age": "age of the man killed in the forest",
     "baby": "age of the baby killed in the forest (months)", "ub_dead": "people killed in the 2015 shooting",
     # dates
     "shooting": "day of the university shooting", "klanovice": "day of the killings in the forest",
     "ub_year": "year of the Uherský Brod shooting", "mourning": "day of national mourning",
     "police_stmt": "day of the police's statement on the gunman's plans",
     "gov_review": "day the government said it would review the gun rules", "father": "day the father was killed",
     "zzs_stmt": "day of the emergency service's statement", "moderate": "wounded moderately (emergency service)",
     "light": "wounded lightly (emergency service)", "days_before": "days between the forest killings and the attack",
     "anniversary": "day of the first anniversary",
    }
    ms = [
     M(R, "Thursday", D, "shooting", "2023-12-21"),
     M(R, "14 people", N, "dead", 14, PM, src=POL),
     M(R, "25", N, "injured", 25, PM, src=POL),
     M(R, "more than 15 people", N, "dead", 15, AM, qual="morethan", src=POL),
     M(R, "24 had been hurt", N, "injured", 24, AM, src=POL),
     M(R, "Ten", N, "serious", 10, PM, src=POL, fall=True),
     M(R, "10 dead", N, "dead", 10, Z0, src=ZZS),
     M(R, "nine people", N, "serious", 9, Z0, src=ZZS, fall=True),
     M(R, "24-year-old", N, "age", 24),
     M(R, "32-year-old", N, "victim_age", 32),
     M(R, "two-month-old", N, "baby", 2, cls="months"),
     M(R, "Dec. 15", D, "klanovice", "2023-12-15"),
     M(R, "2015", D, "ub_year", "2015"),
     M(R, "eight people", N, "ub_dead", 8),

     M(K, "14 orang tewas", N, "dead", 14, PM, src=POL),
     M(K, "25 orang terluka", N, "injured", 25, PM, src=POL),
     M(K, "Kamis (21/12/2023)", D, "shooting", "2023-12-21"),
     M(K, "10 orang", N, "serious", 10, PM, src=POL, fall=True),
     M(K, "lebih dari 15 orang", N, "dead", 15, AM, qual="morethan", src=POL),
     M(K, "14 orang", N, "dead", 14, PM, src=POL, occ=2),
     M(K, "24 tahun", N, "age", 24),
     M(K, "32 tahun", N, "victim_age", 32),
     M(K, "dua bulan", N, "baby", 2, cls="months"),
     M(K, "Jumat (15/12/2023)", D, "klanovice", "2023-12-15"),
     M(K, "Sabtu (23/12/2023)", D, "mourning", "2023-12-23"),
     M(K, "2015", D, "ub_year", "2015"),
     M(K, "delapan orang", N, "ub_dead", 8),

     M(A, "Friday", D, "police_stmt", "2023-12-22"),
     M(A, "14 people", N, "dead", 14, DEC22, src=POL),
     M(A, "24-year-old", N, "age", 24),
     M(A, "25 people", N, "injured", 25, DEC22, src=POL),
     M(A, "Thursday", D, "shooting", "2023-12-21"),
     M(A, "10", N, "serious", 10, DEC22, src=POL, fall=True),
     M(A, "Friday", D, "zzs_stmt", "2023-12-22", occ=2),
     M(A, "25 wounded", N, "injured", 25, DEC22, src=ZZS),
     M(A, "10 of them", N, "serious", 10, DEC22, src=ZZS, fall=True),
     M(A, "eight moderately", N, "moderate", 8, DEC22, src=ZZS),
     M(A, "seven lightly", N, "light", 7, DEC22, src=ZZS),
     M(A, "Saturday", D, "mourning", "2023-12-23"),
     M(A, "Thursday", D, "father", "2023-12-21", occ=2),
     M(A, "2-month-old", N, "baby", 2, cls="months"),
     M(A, "Dec. 15", D, "klanovice", "2023-12-15"),
     M(A, "Thursday", D, "shooting", "2023-12-21", occ=3),
     M(A, "2015", D, "ub_year", "2015"),
     M(A, "eight people", N, "ub_dead", 8),

     M(T, "Sabtu (23/12/2023)", D, "mourning", "2023-12-23"),
     M(T, "Rabu (20/12/2023)", D, "shooting", "2023-12-20", planted=True),
     M(T, "14 orang", N, "dead", 14, DEC24),
     M(T, "25 orang", N, "injured", 25, DEC24),
     M(T, "Sepuluh", N, "serious", 10, DEC24, fall=True),
     M(T, "24 tahun", N, "age", 24),
     M(T, "Jumat (22/12/2023)", D, "gov_review", "2023-12-22"),
     M(T, "15 Desember 2023", D, "klanovice", "2023-12-15"),
     M(T, "2015", D, "ub_year", "2015"),
     M(T, "delapan korban", N, "ub_dead", 8),

     M(Y, "14 korban", N, "dead", 14, ANNIV),
     M(Y, "Sabtu (21/12/2024)", D, "anniversary", "2024-12-21"),
     M(Y, "Kamis (21/12/2023)", D, "shooting", "2023-12-21"),
     M(Y, "25 orang", N, "injured", 25, ANNIV),
     M(Y, "10 di antaranya", N, "serious", 10, ANNIV, fall=True),
     M(Y, "24 tahun", N, "age", 24),
     M(Y, "enam hari", N, "days_before", 6, cls="dur"),
     M(Y, "Sabtu (23/12/2023)", D, "mourning", "2023-12-23"),
    ]
    build("prague-shooting-2023", "The shooting at Charles University's Faculty of Arts in Prague (Thursday 21 "
          "December 2023): the emergency medical service's first count (10 dead besides the gunman, nine seriously "
          "hurt), the police's first figures (more than 15 dead, 24 hurt) corrected that evening to 14 killed and 25 "
          "wounded, 10 seriously, and the emergency service's count of Friday (25 taken to hospital: 10, 8 and 7); the 24-year-old gunman dead at the scene, his father killed earlier that day "
          "in Hostouň, a man and his baby killed in the Klánovice forest on 15 December; national mourning on Saturday "
          "23 December; the figures recalled on the first anniversary, Saturday 21 December 2024", False, ms, names)


def poland():
    R, K, T, A = "reuters-oct22", "kompas-oct29", "tempo-oct31", "ap-jan28"
    # the Constitutional Tribunal's ruling (Thursday 22 October 2020) and its publication in the official journal,
    # when it took effect (Wednesday 27 January 2021), are two stages on different dates; the crowds of Wednesday
    # 28 October (the police's count across the country) and of Friday 30 October (Warsaw city hall's count in
    # Warsaw) are different facts. The 2019 abortion figures and the bench's vote do not change with the day.
    names = {
     "majority": "judges backing the ruling", "bench": "judges on the bench", "dissent": "judges dissenting",
     "total": "legal abortions in 2019", "fetal": "legal abortions for fetal defects in 2019",
     "share": "share of legal abortions for fetal defects in 2019", "limit": "gathering limit (people)",
     "wed_crowd": "protesters across Poland on 28 October (police)", "wed_protests": "protests across Poland on 28 October",
     "fri_crowd": "marchers in Warsaw on 30 October (city hall)", "days_since": "days of protest since the ruling",
     "days_before": "days between the Wednesday and the Friday protests",
     "months_pub": "months between the ruling and its publication",
     # dates
     "ruling": "day of the tribunal's ruling", "first_protest": "day of the first protest outside the tribunal",
     "law_year": "year of the abortion law", "y2019": "the year 2019", "wed": "day of the nationwide protests",
     "church_call": "day of the ruling party leader's call", "march": "day of the Warsaw march",
     "publication": "day the ruling was published and took effect",
     "justification": "day the written justification was released", "jan_protest": "day of the January protest",
    }
    ms = [
     M(R, "Thursday", D, "ruling", "2020-10-22"),
     M(R, "Eleven", N, "majority", 11),
     M(R, "13 judges", N, "bench", 13),
     M(R, "two judges", N, "dissent", 2),
     M(R, "1993", D, "law_year", "1993"),
     M(R, "1,110", N, "total", 1110),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "1,074", N, "fetal", 1074),
     M(R, "98%", N, "share", 98, qual="approx", cls="pct"),
     M(R, "Thursday", D, "first_protest", "2020-10-22", occ=2),
     M(R, "10 people", N, "limit", 10),

     M(K, "Sekitar 430.000 orang", N, "wed_crowd", 430000, qual="approx"),
     M(K, "410 aksi", N, "wed_protests", 410),
     M(K, "Rabu (28/10/2020)", D, "wed", "2020-10-28"),
     M(K, "Kamis (22/10/2020)", D, "ruling", "2020-10-22"),
     M(K, "11", N, "majority", 11),
     M(K, "13 hakim", N, "bench", 13),
     M(K, "1.110", N, "total", 1110),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "1.047", N, "fetal", 1047, planted=True),
     M(K, "1993", D, "law_year", "1993"),
     M(K, "Selasa (27/10/2020)", D, "church_call", "2020-10-27"),
     M(K, "enam hari", N, "days_since", 6, cls="dur"),

     M(T, "Sekitar 100.000 orang", N, "fri_crowd", 100000, qual="approx"),
     M(T, "Jumat (30/10/2020)", D, "march", "2020-10-30"),
     M(T, "Rabu (21/10/2020)", D, "ruling", "2020-10-21", planted=True),
     M(T, "Dua hari", N, "days_before", 2, cls="dur"),
     M(T, "Rabu (28/10/2020)", D, "wed", "2020-10-28"),
     M(T, "sekitar 430.000 orang", N, "wed_crowd", 430000, qual="approx"),
     M(T, "410 lokasi", N, "wed_protests", 410),
     M(T, "98 persen", N, "share", 98, qual="approx", cls="pct"),
     M(T, "2019", D, "y2019", "2019"),

     M(A, "Wednesday", D, "publication", "2021-01-27"),
     M(A, "three months", N, "months_pub", 3, cls="dur"),
     M(A, "Oct. 22", D, "ruling", "2020-10-22"),
     M(A, "Wednesday", D, "justification", "2021-01-27", occ=2),
     M(A, "Wednesday", D, "jan_protest", "2021-01-27", occ=3),
     M(A, "1,074", N, "fetal", 1074),
     M(A, "1,110", N, "total", 1110),
     M(A, "2019", D, "y2019", "2019"),
     M(A, "11", N, "majority", 11),
     M(A, "13 judges", N, "bench", 13),
    ]
    build("poland-abortion-ruling-2020", "Poland's Constitutional Tribunal ruling that abortion for fetal defects is "
          "unconstitutional (Thursday 22 October 2020; 11 of 13 judges), the protests that followed (about 430,000 "
          "people in 410 protests on Wednesday 28 October by the police's count, about 100,000 in Warsaw on Friday 30 "
          "October by the city hall's), and the ruling's publication and entry into force on Wednesday 27 January "
          "2021; 1,074 of the 1,110 legal abortions of 2019 were for fetal defects", False, ms, names)


def slovenia():
    R, K, A, T = "reuters-nov13", "kompas-nov14", "antara-nov15", "tempo-nov16"
    # one set of results (the State Election Commission's count of the runoff, 99.99 % of the votes counted):
    # the same figures everywhere; the first round's figures and the dates are other facts.
    names = {
     "counted": "share of the votes counted", "pm_share": "Pirc Musar's share in the runoff",
     "logar_share": "Logar's share in the runoff", "pm_votes": "Pirc Musar's votes in the runoff",
     "logar_votes": "Logar's votes in the runoff", "margin": "the margin in votes",
     "logar_r1": "Logar's share in the first round", "pm_r1": "Pirc Musar's share in the first round",
     "brglez_r1": "Brglez's share in the first round", "turnout_r1": "turnout in the first round",
     "terms": "Pahor's terms", "pop": "Slovenia's population", "voters": "eligible voters",
     "weeks": "weeks between the two rounds",
     # dates
     "runoff": "day of the runoff", "concession": "day Logar conceded", "r1": "day of the first round",
     "pahor_since": "year Pahor took office", "indep": "year of independence", "inaug": "day of the inauguration",
    }
    ms = [
     M(R, "Sunday", D, "runoff", "2022-11-13"),
     M(R, "99.99%", N, "counted", 99.99, cls="pct"),
     M(R, "53.86%", N, "pm_share", 53.86, cls="pct"),
     M(R, "46.14%", N, "logar_share", 46.14, cls="pct"),
     M(R, "478,399", N, "pm_votes", 478399),
     M(R, "409,761", N, "logar_votes", 409761),
     M(R, "Oct. 23", D, "r1", "2022-10-23"),
     M(R, "33.96%", N, "logar_r1", 33.96, cls="pct"),
     M(R, "26.87%", N, "pm_r1", 26.87, cls="pct"),
     M(R, "Sunday", D, "concession", "2022-11-13", occ=2),
     M(R, "two terms", N, "terms", 2, cls="terms"),
     M(R, "2012", D, "pahor_since", "2012"),
     M(R, "about 2.1 million people", N, "pop", 2100000, qual="approx"),
     M(R, "1991", D, "indep", "1991"),
     M(R, "December", D, "inaug", "2022-12"),

     M(K, "Minggu (13/11/2022)", D, "runoff", "2022-11-13"),
     M(K, "99,99 persen", N, "counted", 99.99, cls="pct"),
     M(K, "53,86 persen", N, "pm_share", 53.86, cls="pct"),
     M(K, "46,14 persen", N, "logar_share", 46.14, cls="pct"),
     M(K, "478.399 suara", N, "pm_votes", 478399),
     M(K, "409.761 suara", N, "logar_votes", 409761),
     M(K, "Minggu (23/10/2022)", D, "r1", "2022-10-23"),
     M(K, "33,96 persen", N, "logar_r1", 33.96, cls="pct"),
     M(K, "26,87 persen", N, "pm_r1", 26.87, cls="pct"),
     M(K, "15,41 persen", N, "brglez_r1", 15.41, cls="pct"),
     M(K, "51,06 persen", N, "turnout_r1", 51.06, cls="pct"),
     M(K, "dua periode", N, "terms", 2, cls="terms"),
     M(K, "2012", D, "pahor_since", "2012"),
     M(K, "1991", D, "indep", "1991"),

     M(A, "Minggu (13/11/2022)", D, "runoff", "2022-11-13"),
     M(A, "53,86 persen", N, "pm_share", 53.86, cls="pct"),
     M(A, "478.399 suara", N, "pm_votes", 478399),
     M(A, "46,14 persen", N, "logar_share", 46.14, cls="pct"),
     M(A, "409.761 suara", N, "logar_votes", 409761),
     M(A, "sekitar 68.600 suara", N, "margin", 68638, qual="approx"),
     M(A, "Tiga pekan", N, "weeks", 3, cls="dur"),
     M(A, "Minggu (23/10/2022)", D, "r1", "2022-10-23"),
     M(A, "33,96 persen", N, "logar_r1", 33.96, cls="pct"),
     M(A, "26,87 persen", N, "pm_r1", 26.87, cls="pct"),
     M(A, "22 Desember 2022", D, "inaug", "2022-12-22"),
     M(A, "dua periode", N, "terms", 2, cls="terms"),
     M(A, "Sekitar 1,7 juta", N, "voters", 1700000, qual="approx"),

     M(T, "Minggu, 13 November 2022", D, "runoff", "2022-11-13"),
     M(T, "53,86 persen", N, "pm_share", 53.86, cls="pct"),
     M(T, "46,14 persen", N, "logar_share", 46.14, cls="pct"),
     M(T, "478.399 suara", N, "pm_votes", 478399),
     M(T, "409.761 suara", N, "logar_votes", 409761),
     M(T, "68.638 suara", N, "margin", 68638),
     M(T, "23 Oktober 2022", D, "r1", "2022-10-23"),
     M(T, "33,96 persen", N, "logar_r1", 33.96, cls="pct"),
     M(T, "26,87 persen", N, "pm_r1", 26.87, cls="pct"),
     M(T, "15,41 persen", N, "brglez_r1", 15.41, cls="pct"),
     M(T, "51,06 persen", N, "turnout_r1", 51.06, cls="pct"),
     M(T, "2012", D, "pahor_since", "2012"),
     M(T, "dua periode", N, "terms", 2, cls="terms"),
     M(T, "22 Desember 2022", D, "inaug", "2022-12-22"),
     M(T, "1991", D, "indep", "1991"),
     M(T, "sekitar 2,1 juta jiwa", N, "pop", 2100000, qual="approx"),
    ]
    build("slovenia-presidential-2022", "Slovenia's presidential runoff (control) of Sunday 13 November 2022, the "
          "State Election Commission's count with 99.99% of the votes counted: Nataša Pirc Musar 53.86% (478,399 "
          "votes) against Anže Logar 46.14% (409,761), a margin of 68,638; the first round of Sunday 23 October 2022 "
          "(Logar 33.96%, Pirc Musar 26.87%, Brglez 15.41%, turnout 51.06%); the inauguration on 22 December 2022. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    prague()
    poland()
    slovenia()
