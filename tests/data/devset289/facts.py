"""The two-hundred-and-eighty-ninth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset289/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def vienna():
    K, R, T, A = "kompas-nov03", "reuters-nov04", "detik-nov09", "ap-nov25"
    # as-of times of the running tallies: Tuesday 3 November 2020 in the morning (the city's first count), Tuesday
    # (the raids), Wednesday 4 November (the ministry's 22 wounded), Sunday 8 November (23 wounded, as reported on
    # the 9th), 25 November. The dead and the wounded do not fall; the 14 detained are the raids' count of Tuesday,
    # however late it is recalled (AP: "the day after the attack").
    TUEAM, TUE, WED, SUN8, NOV9, NOV25 = ("2020-11-03a", "2020-11-03b", "2020-11-04", "2020-11-08", "2020-11-09",
                                          "2020-11-25")
    names = {
     "dead": "people killed by the gunman", "injured": "people wounded", "serious": "people seriously wounded",
     "age": "the gunman's age", "minutes": "minutes before the gunman was shot dead",
     "mourning": "days of national mourning", "weeks": "weeks since the attack",
     "sentence": "the gunman's prison sentence (months)", "police": "police officers deployed",
     "detained": "people detained in Austria's raids", "addresses": "addresses raided",
     "swiss": "men arrested in Switzerland", "videos": "videos sent in by the public",
     "mosques": "mosques ordered closed",
     # dates
     "attack": "day of the attack", "asof_tue": "day of the first morning count", "raids": "day of the raids",
     "swiss_day": "day of the arrests in Switzerland", "asof_wed": "day of the ministry's count of 22 wounded",
     "asof_sun": "day of the count of 23 wounded", "ammo": "the gunman's attempt to buy ammunition in Slovakia",
     "convicted": "the gunman's conviction", "released": "the gunman's early release",
     "resign": "day the Vienna intelligence chief stepped aside", "package": "day the anti-terror package was presented",
    }
    ms = [
     M(K, "Senin (2/11/2020)", D, "attack", "2020-11-02"),
     M(K, "Selasa (3/11/2020)", D, "asof_tue", "2020-11-03"),
     M(K, "empat warga sipil", N, "dead", 4, TUEAM),
     M(K, "sedikitnya 17 orang", N, "injured", 17, TUEAM, qual="atleast"),
     M(K, "tujuh di antaranya", N, "serious", 7, TUEAM),
     M(K, "20 tahun", N, "age", 20, cls="age"),
     M(K, "sembilan menit", N, "minutes", 9, cls="dur"),
     M(K, "22 bulan", N, "sentence", 22, cls="dur"),
     M(K, "April 2019", D, "convicted", "2019-04"),
     M(K, "Desember 2019", D, "released", "2019-12"),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "Sekitar 1.000 polisi", N, "police", 1000, TUEAM, qual="approx"),

     M(R, "14 people", N, "detained", 14, TUE),
     M(R, "Tuesday", D, "raids", "2020-11-03"),
     M(R, "18 addresses", N, "addresses", 18, TUE),
     M(R, "four people", N, "dead", 4, WED),
     M(R, "Monday night", D, "attack", "2020-11-02"),
     M(R, "Twenty-two people", N, "injured", 22, WED),
     M(R, "Wednesday", D, "asof_wed", "2020-11-04"),
     M(R, "July", D, "ammo", "2020-07"),
     M(R, "20-year-old", N, "age", 20, cls="age"),
     M(R, "April 2019", D, "convicted", "2019-04"),
     M(R, "22 months", N, "sentence", 22, cls="dur"),
     M(R, "December", D, "released", "2019-12"),
     M(R, "two young men", N, "swiss", 2, TUE),
     M(R, "Tuesday", D, "swiss_day", "2020-11-03", occ=2),
     M(R, "more than 20,000 videos", N, "videos", 20000, WED, qual="morethan"),
     M(R, "nine minutes", N, "minutes", 9, cls="dur"),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(T, "23 orang", N, "injured", 23, SUN8),
     M(T, "Minggu (8/11/2020)", D, "asof_sun", "2020-11-08"),
     M(T, "Empat warga sipil", N, "dead", 4, NOV9),
     M(T, "Minggu (1/11/2020)", D, "attack", "2020-11-01", planted=True),
     M(T, "14 orang", N, "detained", 14, TUE),
     M(T, "Selasa (3/11/2020)", D, "raids", "2020-11-03"),
     M(T, "dua pria", N, "swiss", 2, TUE),
     M(T, "Juli", D, "ammo", "2020-07"),
     M(T, "Jumat (6/11/2020)", D, "resign", "2020-11-06"),
     M(T, "dua masjid", N, "mosques", 2, NOV9),
     M(T, "22 bulan", N, "sentence", 22, cls="dur"),
     M(T, "Desember 2019", D, "released", "2019-12"),

     M(A, "Three weeks", N, "weeks", 3, cls="dur"),
     M(A, "four people", N, "dead", 4, NOV25),
     M(A, "Nov. 11", D, "package", "2020-11-11"),
     M(A, "Nov. 2", D, "attack", "2020-11-02"),
     M(A, "23 people", N, "injured", 23, NOV25),
     M(A, "20-year-old", N, "age", 20, cls="age"),
     M(A, "nine minutes", N, "minutes", 9, cls="dur"),
     M(A, "December 2019", D, "released", "2019-12"),
     M(A, "22-month", N, "sentence", 22, cls="dur"),
     M(A, "July", D, "ammo", "2020-07"),
     M(A, "14 people", N, "detained", 14, TUE),
     M(A, "Two men", N, "swiss", 2, TUE),
    ]
    build("vienna-attack-2020", "The gunman's attack in central Vienna (Monday 2 November 2020, in the evening, hours "
          "before the second lockdown): four people killed; the wounded at least 17 on Tuesday morning -> 22 on "
          "Wednesday 4 November -> 23 by Sunday 8 November; 14 detained in raids on 18 addresses on Tuesday 3 "
          "November, two men arrested in Switzerland; the gunman, 20, shot dead nine minutes after the first shots, "
          "sentenced to 22 months in April 2019 and freed early in December 2019; Slovakia's warning of July 2020; "
          "the anti-terror package of 11 November", False, ms, names)


def mandate():
    R, K, T, A = "reuters-jan20", "kompas-jan21", "antara-feb04", "ap-feb11"
    # The maximum fine: the draft law of December 2021 (7,200 euros) and the law passed on Thursday 20 January 2022
    # (3,600 euros) are two as-of times of one figure, lowered (a revision). The votes, the age, the exemption and
    # the dates do not change with the day of the report. The crowd at the Vienna protest of Saturday 15 January
    # 2022: the police's about 27,000 against the organisers' more than 100,000 (sources). The share fully
    # vaccinated is the government's figure of the week of the vote.
    DRAFT, LAW = "2021-12", "2022-01-20"
    POLICE, ORG = "the police", "the organisers"
    names = {
     "nc_yes": "National Council members voting for the mandate",
     "nc_no": "National Council members voting against the mandate", "age": "the mandate's minimum age",
     "recovered": "days after recovery that exempt a person", "fine": "the maximum fine (euros)",
     "crowd": "people at the Vienna protest of 15 January", "vacc": "share of the population fully vaccinated",
     "weeks": "weeks between the two chambers' votes",
     # dates
     "nc_vote": "day of the National Council's vote", "fc_vote": "day of the Federal Council's vote",
     "in_force": "day the mandate took effect", "checks": "start of police checks and fines",
     "draft": "the draft law", "protest": "day of the Vienna protest", "gazette": "day the law was promulgated",
     "expiry": "the law's expiry",
    }
    ms = [
     M(R, "Thursday", D, "nc_vote", "2022-01-20"),
     M(R, "137 votes", N, "nc_yes", 137),
     M(R, "33", N, "nc_no", 33),
     M(R, "18", N, "age", 18, cls="age"),
     M(R, "180 days", N, "recovered", 180, cls="dur"),
     M(R, "Feb. 5", D, "in_force", "2022-02-05"),
     M(R, "mid-March", D, "checks", "2022-03"),
     M(R, "up to 3,600 euros", N, "fine", 3600, LAW, cls="eur"),
     M(R, "7,200 euros", N, "fine", 7200, DRAFT, cls="eur"),
     M(R, "December", D, "draft", "2021-12"),
     M(R, "About 72%", N, "vacc", 72, LAW, qual="approx", cls="pct"),
     M(R, "about 27,000 people", N, "crowd", 27000, qual="approx", src=POLICE),
     M(R, "Saturday", D, "protest", "2022-01-15"),

     M(K, "Kamis (20/1/2022)", D, "nc_vote", "2022-01-20"),
     M(K, "137 anggota", N, "nc_yes", 137),
     M(K, "33 anggota", N, "nc_no", 33),
     M(K, "18 tahun", N, "age", 18, cls="age"),
     M(K, "5 Februari 2022", D, "in_force", "2022-02-05"),
     M(K, "15 Maret 2022", D, "checks", "2022-03-15"),
     M(K, "hingga 3.600 euro", N, "fine", 3600, LAW, cls="eur"),
     M(K, "Desember", D, "draft", "2021-12"),
     M(K, "7.200 euro", N, "fine", 7200, DRAFT, cls="eur"),
     M(K, "180 hari", N, "recovered", 180, cls="dur"),
     M(K, "sekitar 27.000 orang", N, "crowd", 27000, qual="approx", src=POLICE),
     M(K, "Sabtu (15/1/2022)", D, "protest", "2022-01-15"),
     M(K, "sekitar 72 persen", N, "vacc", 72, LAW, qual="approx", cls="pct"),

     M(T, "Kamis (3/2/2022)", D, "fc_vote", "2022-02-03"),
     M(T, "dua pekan", N, "weeks", 2, cls="dur"),
     M(T, "173 suara", N, "nc_yes", 173, planted=True),
     M(T, "33 suara", N, "nc_no", 33),
     M(T, "20 Januari 2022", D, "nc_vote", "2022-01-20"),
     M(T, "Jumat (4/2/2022)", D, "gazette", "2022-02-04"),
     M(T, "Sabtu (5/2/2022)", D, "in_force", "2022-02-05"),
     M(T, "18 tahun", N, "age", 18, cls="age"),
     M(T, "hingga 3.600 euro", N, "fine", 3600, LAW, cls="eur"),
     M(T, "pertengahan Maret", D, "checks", "2022-03"),
     M(T, "Desember 2021", D, "draft", "2021-12"),
     M(T, "7.200 euro", N, "fine", 7200, DRAFT, cls="eur"),
     M(T, "Sabtu (15/1/2022)", D, "protest", "2022-01-15"),
     M(T, "lebih dari 100.000 peserta", N, "crowd", 100000, qual="morethan", src=ORG),
     M(T, "180 hari", N, "recovered", 180, cls="dur"),
     M(T, "Januari 2024", D, "expiry", "2024-01"),

     M(A, "Saturday, Feb. 5", D, "in_force", "2022-02-05"),
     M(A, "mid-March", D, "checks", "2022-03"),
     M(A, "137-33", N, "nc_yes", 137, also={"nc_no": 33}),
     M(A, "Jan. 20", D, "nc_vote", "2022-01-20"),
     M(A, "Wednesday, Feb. 2", D, "fc_vote", "2022-02-02", planted=True),
     M(A, "18", N, "age", 18, cls="age"),
     M(A, "up to 3,600 euros", N, "fine", 3600, LAW, cls="eur"),
     M(A, "180 days", N, "recovered", 180, cls="dur"),
     M(A, "Jan. 15", D, "protest", "2022-01-15"),
     M(A, "about 27,000 people", N, "crowd", 27000, qual="approx", src=POLICE),
     M(A, "January 2024", D, "expiry", "2024-01"),
    ]
    build("austria-vaccine-mandate-2022", "Austria's general COVID-19 vaccine mandate in two chambers: the National "
          "Council's vote of Thursday 20 January 2022 (137 to 33), the Federal Council's approval on Thursday 3 "
          "February, promulgation on Friday 4 February, entry into force on Saturday 5 February, checks and fines "
          "from 15 March; adults aged 18 and over, exemption within 180 days of recovery; the maximum fine lowered "
          "from the December draft's 7,200 euros to 3,600 euros; the Vienna protest of Saturday 15 January (police "
          "about 27,000, organisers more than 100,000); about 72% fully vaccinated; the law to expire in January 2024",
          False, ms, names)


def taxes():
    R, K, T, A = "reuters-oct03", "kompas-oct04", "antara-oct05", "ap-oct06"
    # One announcement (Sunday 3 October 2021), the same figures everywhere. The carbon price's 2025 level and the
    # relief's horizon are both "2025" (different facts, the same year: not_conflict).
    names = {
     "co2": "carbon price from July 2022 (euros per tonne)", "co2_2025": "carbon price by 2025 (euros per tonne)",
     "relief": "total relief (billion euros)", "corp_new": "corporate tax rate after the cut",
     "corp_old": "corporate tax rate before the cut", "b2_new": "second bracket's rate after the cut",
     "b2_old": "second bracket's rate before the cut", "b3_new": "third bracket's rate after the cut",
     "b3_old": "third bracket's rate before the cut", "bonus": "climate bonus per person a year (lower end)",
     "fam_new": "family bonus per child after the rise", "fam_old": "family bonus per child before the rise",
     "steps": "steps of the corporate tax cut",
     # dates
     "agreed": "day the reform was agreed", "co2_start": "start of the carbon price",
     "ramp_end": "year the carbon price reaches 55 euros", "relief_end": "horizon of the relief",
    }
    ms = [
     M(R, "Sunday", D, "agreed", "2021-10-03"),
     M(R, "30 euros per tonne", N, "co2", 30, cls="eur"),
     M(R, "July 2022", D, "co2_start", "2022-07"),
     M(R, "55 euros", N, "co2_2025", 55, cls="eur"),
     M(R, "2025", D, "ramp_end", "2025"),
     M(R, "18 billion euros", N, "relief", 18, cls="bn"),
     M(R, "2025", D, "relief_end", "2025", occ=2),
     M(R, "23%", N, "corp_new", 23, cls="pct"),
     M(R, "25%", N, "corp_old", 25, cls="pct"),
     M(R, "two steps", N, "steps", 2),
     M(R, "30%", N, "b2_new", 30, cls="pct"),
     M(R, "35%", N, "b2_old", 35, cls="pct"),
     M(R, "40%", N, "b3_new", 40, cls="pct"),
     M(R, "42%", N, "b3_old", 42, cls="pct"),
     M(R, "100 to 200 euros", N, "bonus", 100, cls="eur"),
     M(R, "2,000 euros", N, "fam_new", 2000, cls="eur"),
     M(R, "1,500 euros", N, "fam_old", 1500, cls="eur"),

     M(K, "Minggu (3/10/2021)", D, "agreed", "2021-10-03"),
     M(K, "30 euro per ton", N, "co2", 30, cls="eur"),
     M(K, "Juli 2022", D, "co2_start", "2022-07"),
     M(K, "55 euro per ton", N, "co2_2025", 55, cls="eur"),
     M(K, "2025", D, "ramp_end", "2025"),
     M(K, "18 miliar euro", N, "relief", 18, cls="bn"),
     M(K, "2025", D, "relief_end", "2025", occ=2),
     M(K, "25 persen", N, "corp_old", 25, cls="pct"),
     M(K, "23 persen", N, "corp_new", 23, cls="pct"),
     M(K, "dua tahap", N, "steps", 2),
     M(K, "35 persen", N, "b2_old", 35, cls="pct"),
     M(K, "30 persen", N, "b2_new", 30, cls="pct"),
     M(K, "42 persen", N, "b3_old", 42, cls="pct"),
     M(K, "40 persen", N, "b3_new", 40, cls="pct"),
     M(K, "100 hingga 200 euro", N, "bonus", 100, cls="eur"),
     M(K, "1.500 euro", N, "fam_old", 1500, cls="eur"),
     M(K, "2.000 euro", N, "fam_new", 2000, cls="eur"),

     M(T, "Minggu (3/10/2021)", D, "agreed", "2021-10-03"),
     M(T, "18 miliar euro", N, "relief", 18, cls="bn"),
     M(T, "2025", D, "relief_end", "2025"),
     M(T, "30 euro per ton", N, "co2", 30, cls="eur"),
     M(T, "Juli 2022", D, "co2_start", "2022-07"),
     M(T, "55 euro per ton", N, "co2_2025", 55, cls="eur"),
     M(T, "2025", D, "ramp_end", "2025", occ=2),
     M(T, "30 persen", N, "b2_new", 30, cls="pct"),
     M(T, "35 persen", N, "b2_old", 35, cls="pct"),
     M(T, "40 persen", N, "b3_new", 40, cls="pct"),
     M(T, "42 persen", N, "b3_old", 42, cls="pct"),
     M(T, "23 persen", N, "corp_new", 23, cls="pct"),
     M(T, "25 persen", N, "corp_old", 25, cls="pct"),
     M(T, "100 hingga 200 euro", N, "bonus", 100, cls="eur"),
     M(T, "2.000 euro", N, "fam_new", 2000, cls="eur"),
     M(T, "1.500 euro", N, "fam_old", 1500, cls="eur"),

     M(A, "30 euros per ton", N, "co2", 30, cls="eur"),
     M(A, "July 2022", D, "co2_start", "2022-07"),
     M(A, "Oct. 3", D, "agreed", "2021-10-03"),
     M(A, "18 billion euros", N, "relief", 18, cls="bn"),
     M(A, "2025", D, "relief_end", "2025"),
     M(A, "55 euros a ton", N, "co2_2025", 55, cls="eur"),
     M(A, "2025", D, "ramp_end", "2025", occ=2),
     M(A, "25%", N, "corp_old", 25, cls="pct"),
     M(A, "23%", N, "corp_new", 23, cls="pct"),
     M(A, "35%", N, "b2_old", 35, cls="pct"),
     M(A, "30%", N, "b2_new", 30, cls="pct"),
     M(A, "42%", N, "b3_old", 42, cls="pct"),
     M(A, "40%", N, "b3_new", 40, cls="pct"),
     M(A, "between 100 and 200 euros", N, "bonus", 100, cls="eur"),
     M(A, "1,500 euros", N, "fam_old", 1500, cls="eur"),
     M(A, "2,000 euros", N, "fam_new", 2000, cls="eur"),
    ]
    build("austria-tax-reform-2021", "Austria's eco-social tax reform agreed on Sunday 3 October 2021: a carbon price "
          "of 30 euros per tonne from July 2022 rising to 55 euros by 2025, relief of 18 billion euros up to 2025, "
          "corporate tax cut from 25% to 23% in two steps, the second income tax bracket from 35% to 30% and the "
          "third from 42% to 40%, a climate bonus of 100 to 200 euros per person a year, the family bonus from 1,500 "
          "to 2,000 euros per child. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    vienna()
    mandate()
    taxes()
