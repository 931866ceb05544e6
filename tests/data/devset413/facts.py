"""The four-hundred-and-thirteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset413/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def crash():
    R, K, A, S = "reuters-jul21", "kompas-jul22", "antara-jul23", "dailystar-aug21"
    # as-of times of the running tallies: Monday 21 July 2025 at 21:00 (19 dead by the military's public relations
    # wing against 20 by the fire service: sources; 164 in hospital), Tuesday 22 July at midday (31 dead by the chief
    # adviser's office, 165 injured), Wednesday 23 July (revised down to 29 after a double count: a revision; 69
    # still in hospital, 10 critical), Thursday 21 August (35 as burn victims died). The dead do not fall.
    MON, TUE, WED, AUG21 = "2025-07-21", "2025-07-22", "2025-07-23", "2025-08-21"
    ISPR, FIRE = "the military's public relations wing (ISPR)", "the fire service"
    names = {
     "dead": "people killed by the crash", "injured": "people injured or taken to hospital",
     "in_hosp": "injured still in hospital", "critical": "injured in critical condition",
     "dna": "bodies identified by DNA tests", "committee": "members of the inquiry committee",
     # dates
     "crash": "day of the crash", "count_mon": "night of the military's count of 19",
     "count_tue": "day of the count of 31", "mourning": "day of state mourning",
     "revision": "day the toll was revised to 29", "resume": "day classes resumed",
    }
    ms = [
     M(R, "Monday", D, "crash", "2025-07-21"),
     M(R, "at least 19 people", N, "dead", 19, MON, qual="atleast", src=ISPR),
     M(R, "19", N, "dead", 19, MON, src=ISPR, occ=2),
     M(R, "164 people", N, "injured", 164, MON),
     M(R, "20 dead", N, "dead", 20, MON, src=FIRE),
     M(R, "Tuesday", D, "mourning", "2025-07-22"),

     M(K, "31 orang", N, "dead", 31, TUE),
     M(K, "Selasa (22/7/2025)", D, "count_tue", "2025-07-22"),
     M(K, "Senin (21/7/2025)", D, "crash", "2025-07-21"),
     M(K, "Senin malam", D, "count_mon", "2025-07-21"),
     M(K, "19 korban tewas", N, "dead", 19, MON, src=ISPR),
     M(K, "165 orang", N, "injured", 165, TUE),
     M(K, "lima orang", N, "committee", 5),

     M(A, "Rabu (23/7/2025)", D, "revision", "2025-07-23"),
     M(A, "29 orang", N, "dead", 29, WED),
     M(A, "Selasa (22/7/2025)", D, "count_tue", "2025-07-22"),
     M(A, "32 orang", N, "dead", 32, TUE, planted=True),
     M(A, "69 korban luka", N, "in_hosp", 69, WED, fall=True),
     M(A, "10 di antaranya", N, "critical", 10, WED, fall=True),
     M(A, "enam jenazah", N, "dna", 6),
     M(A, "Senin (21/7/2025)", D, "crash", "2025-07-21"),

     M(S, "July 22", D, "crash", "2025-07-22", planted=True),
     M(S, "35", N, "dead", 35, AUG21),
     M(S, "31", N, "dead", 31, TUE),
     M(S, "29", N, "dead", 29, WED),
     M(S, "July 23", D, "revision", "2025-07-23"),
     M(S, "19", N, "dead", 19, MON, src=ISPR),
     M(S, "Aug. 10", D, "resume", "2025-08-10"),
    ]
    build("milestone-jet-crash-2025", "The crash of a Bangladesh Air Force F-7 BGI training jet into Milestone School "
          "and College in Dhaka's Uttara area on Monday 21 July 2025, minutes after take-off from the Kurmitola base at "
          "13:06: 19 dead by the military's count on the Monday night (20 by the fire service: sources) and 164 in "
          "hospital; 31 dead by the chief adviser's office on Tuesday 22 July, a day of state mourning; revised down "
          "to 29 on Wednesday 23 July after a double count; 35 a month on as burn victims died", False, ms, names)


def trial():
    T, R, K, A = "tempo-sep03", "reuters-jan11", "kompas-apr23", "antara-may07"
    # steps on different dates: the arrest (Tuesday 12 December 2017), the verdict of seven years (Monday 3 September
    # 2018), the High Court's rejection (Friday 11 January 2019), the Pulitzer (Monday 15 April 2019), the Supreme
    # Court's rejection (Tuesday 23 April 2019), the release in an amnesty (Tuesday 7 May 2019) after 511 days.
    # Tempting pairs of one unit: seven years given against the 14 years' maximum and the soldiers' 10 years; the
    # 10 men killed against the seven soldiers; the time held rises with the day of the report (an update).
    JAN, APR, MAY = "2019-01-11", "2019-04-23", "2019-05-07"
    names = {
     "sentence": "prison term given to the reporters (years)", "maximum": "maximum term under the law (years)",
     "soldiers_term": "prison term given to the soldiers (years)", "wl_age": "Wa Lone's age (years)",
     "kso_age": "Kyaw Soe Oo's age (years)", "victims": "Rohingya men killed at Inn Din",
     "soldiers": "soldiers sentenced for the killings", "held": "days held in detention",
     "pardoned": "prisoners pardoned in the amnesty",
     # dates
     "arrest": "day of the arrest", "verdict": "day of the verdict", "high_court": "day the High Court rejected the appeal",
     "supreme": "day the Supreme Court rejected the appeal", "pulitzer": "day of the Pulitzer Prize",
     "release": "day of the release", "killings": "month of the killings at Inn Din",
    }
    ms = [
     M(T, "Senin (3/9/2018)", D, "verdict", "2018-09-03"),
     M(T, "tujuh tahun penjara", N, "sentence", 7, cls="yrs"),
     M(T, "14 tahun penjara", N, "maximum", 14, cls="yrs"),
     M(T, "(32)", N, "wl_age", 32, cls="age"),
     M(T, "(28)", N, "kso_age", 28, cls="age"),
     M(T, "12 Desember 2017", D, "arrest", "2017-12-12"),
     M(T, "10 pria Rohingya", N, "victims", 10),
     M(T, "tujuh tentara", N, "soldiers", 7),
     M(T, "10 tahun penjara", N, "soldiers_term", 10, cls="yrs"),

     M(R, "Friday", D, "high_court", "2019-01-11"),
     M(R, "seven years", N, "sentence", 7, cls="yrs"),
     M(R, "32", N, "wl_age", 32, cls="age"),
     M(R, "28", N, "kso_age", 28, cls="age"),
     M(R, "Dec. 21, 2017", D, "arrest", "2017-12-21", planted=True),
     M(R, "Sept. 3", D, "verdict", "2018-09-03"),
     M(R, "more than a year", N, "held", 365, JAN, qual="morethan", cls="dur"),
     M(R, "10 Rohingya men", N, "victims", 10),
     M(R, "September 2017", D, "killings", "2017-09"),
     M(R, "Seven soldiers", N, "soldiers", 7),
     M(R, "10 years", N, "soldiers_term", 10, cls="yrs"),

     M(K, "Selasa (23/4/2019)", D, "supreme", "2019-04-23"),
     M(K, "tujuh tahun penjara", N, "sentence", 7, cls="yrs"),
     M(K, "Senin (3/10/2018)", D, "verdict", "2018-10-03", planted=True),
     M(K, "Jumat (11/1/2019)", D, "high_court", "2019-01-11"),
     M(K, "Senin (15/4/2019)", D, "pulitzer", "2019-04-15"),
     M(K, "10 pria Rohingya", N, "victims", 10),
     M(K, "lebih dari 16 bulan", N, "held", 487, APR, qual="morethan", cls="dur"),

     M(A, "Selasa (7/5/2019)", D, "release", "2019-05-07"),
     M(A, "511 hari", N, "held", 511, MAY, cls="dur"),
     M(A, "Selasa (12/12/2017)", D, "arrest", "2017-12-12"),
     M(A, "6.520 tahanan", N, "pardoned", 6520),
     M(A, "tujuh tahun penjara", N, "sentence", 7, cls="yrs"),
     M(A, "Senin (3/9/2018)", D, "verdict", "2018-09-03"),
     M(A, "23 April 2019", D, "supreme", "2019-04-23"),
     M(A, "10 pria Rohingya", N, "victims", 10),
    ]
    build("wa-lone-trial-2018", "The trial of the Reuters reporters Wa Lone (32) and Kyaw Soe Oo (28) in Myanmar: "
          "arrested on Tuesday 12 December 2017 while looking into the killing of 10 Rohingya men at Inn Din, "
          "sentenced to seven years under the official secrets law (14 years at most) by the judge Ye Lwin on Monday "
          "3 September 2018, their appeals rejected by the Yangon High Court on Friday 11 January 2019 and by the "
          "Supreme Court on Tuesday 23 April 2019, a Pulitzer on Monday 15 April 2019, freed from Insein prison on "
          "Tuesday 7 May 2019 in an amnesty of 6,520 prisoners after 511 days; seven soldiers given 10 years for the "
          "killings", False, ms, names)


def fuel():
    B, K, T, R = "bdnews24-aug06", "kompas-aug07", "tempo-aug08", "reuters-aug09"
    names = {
     "diesel": "diesel price from 6 August (Tk/l)", "diesel_old": "diesel price before (Tk/l)",
     "kero": "kerosene price from 6 August (Tk/l)", "kero_old": "kerosene price before (Tk/l)",
     "octane": "octane price from 6 August (Tk/l)", "octane_old": "octane price before (Tk/l)",
     "petrol": "petrol price from 6 August (Tk/l)", "petrol_old": "petrol price before (Tk/l)",
     "diesel_2021": "diesel price before November 2021 (Tk/l)",
     "diesel_pct": "diesel rise (%)", "kero_pct": "kerosene rise (%)", "octane_pct": "octane rise (%)",
     "petrol_pct": "petrol rise (%)", "inflation": "inflation (%)",
     # dates
     "effective": "day the new prices took effect", "announce": "day of the announcement",
     "hike_2021": "month of the previous rise", "independence": "year of independence",
     "protest": "day of the students' protest", "defence": "day the government defended the rise",
    }
    ms = [
     M(B, "51.7 percent", N, "octane_pct", 51.7, cls="pct"),
     M(B, "Saturday", D, "effective", "2022-08-06"),
     M(B, "Tk 114", N, "diesel", 114, cls="tk", also={"kero": 114}),
     M(B, "Tk 80", N, "diesel_old", 80, cls="tk", also={"kero_old": 80}),
     M(B, "42.5 percent", N, "diesel_pct", 42.5, cls="pct", also={"kero_pct": 42.5}),
     M(B, "Tk 135", N, "octane", 135, cls="tk"),
     M(B, "Tk 89", N, "octane_old", 89, cls="tk"),
     M(B, "51.7 percent", N, "octane_pct", 51.7, cls="pct", occ=2),
     M(B, "Tk 130", N, "petrol", 130, cls="tk"),
     M(B, "Tk 86", N, "petrol_old", 86, cls="tk"),
     M(B, "51.2 percent", N, "petrol_pct", 51.2, cls="pct"),
     M(B, "Friday, Aug. 5", D, "announce", "2022-08-05"),
     M(B, "November 2021", D, "hike_2021", "2021-11"),
     M(B, "Tk 65", N, "diesel_2021", 65, cls="tk"),
     M(B, "Tk 80", N, "diesel_old", 80, cls="tk", also={"kero_old": 80}, occ=2),
     M(B, "more than 7 percent", N, "inflation", 7, qual="morethan", cls="pct"),

     M(K, "51,7 persen", N, "octane_pct", 51.7, cls="pct"),
     M(K, "Sabtu (6/8/2022)", D, "effective", "2022-08-06"),
     M(K, "80 taka", N, "diesel_old", 80, cls="tk", also={"kero_old": 80}),
     M(K, "114 taka", N, "diesel", 114, cls="tk", also={"kero": 114}),
     M(K, "42,5 persen", N, "diesel_pct", 42.5, cls="pct", also={"kero_pct": 42.5}),
     M(K, "89 taka", N, "octane_old", 89, cls="tk"),
     M(K, "135 taka", N, "octane", 135, cls="tk"),
     M(K, "86 taka", N, "petrol_old", 86, cls="tk"),
     M(K, "130 taka", N, "petrol", 130, cls="tk"),
     M(K, "Jumat (5/8/2022)", D, "announce", "2022-08-05"),
     M(K, "1971", D, "independence", "1971"),
     M(K, "November 2021", D, "hike_2021", "2021-11"),
     M(K, "65 taka", N, "diesel_2021", 65, cls="tk"),
     M(K, "80 taka", N, "diesel_old", 80, cls="tk", occ=2),

     M(T, "Minggu (7/8/2022)", D, "protest", "2022-08-07"),
     M(T, "51,7 persen", N, "octane_pct", 51.7, cls="pct"),
     M(T, "Sabtu (6/8/2022)", D, "effective", "2022-08-06"),
     M(T, "42,5 persen", N, "diesel_pct", 42.5, cls="pct", also={"kero_pct": 42.5}),
     M(T, "80 taka", N, "diesel_old", 80, cls="tk", also={"kero_old": 80}),
     M(T, "114 taka", N, "diesel", 114, cls="tk", also={"kero": 114}),
     M(T, "135 taka", N, "octane", 135, cls="tk"),
     M(T, "89 taka", N, "octane_old", 89, cls="tk"),
     M(T, "130 taka", N, "petrol", 130, cls="tk"),
     M(T, "86 taka", N, "petrol_old", 86, cls="tk"),
     M(T, "Jumat (5/8/2022)", D, "announce", "2022-08-05"),
     M(T, "di atas 7 persen", N, "inflation", 7, qual="morethan", cls="pct"),

     M(R, "51.7 percent", N, "octane_pct", 51.7, cls="pct"),
     M(R, "Tuesday", D, "defence", "2022-08-09"),
     M(R, "Saturday, Aug. 6", D, "effective", "2022-08-06"),
     M(R, "114 taka", N, "diesel", 114, cls="tk", also={"kero": 114}),
     M(R, "80 taka", N, "diesel_old", 80, cls="tk", also={"kero_old": 80}),
     M(R, "135 taka", N, "octane", 135, cls="tk"),
     M(R, "130 taka", N, "petrol", 130, cls="tk"),
     M(R, "42.5 percent", N, "diesel_pct", 42.5, cls="pct", also={"kero_pct": 42.5}),
     M(R, "51.7 percent", N, "octane_pct", 51.7, cls="pct", occ=2),
     M(R, "51.2 percent", N, "petrol_pct", 51.2, cls="pct"),
     M(R, "89 taka", N, "octane_old", 89, cls="tk"),
     M(R, "86 taka", N, "petrol_old", 86, cls="tk"),
     M(R, "Friday, Aug. 5", D, "announce", "2022-08-05"),
     M(R, "1971", D, "independence", "1971"),
    ]
    build("bangladesh-fuel-hike-2022", "Bangladesh's fuel price rise announced by the energy and mineral resources "
          "division late on Friday 5 August 2022 and in force from Saturday 6 August 2022 (control): diesel and "
          "kerosene Tk 80 -> 114 a litre (42.5%), octane Tk 89 -> 135 (51.7%), petrol Tk 86 -> 130 (51.2%), the "
          "largest rise since independence in 1971; the previous rise in November 2021 took diesel from Tk 65 to Tk "
          "80. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    crash()
    trial()
    fuel()
