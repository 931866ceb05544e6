"""The four-hundred-and-thirty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset437/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def floods():
    R, K, A, J = "reuters-may06", "kompas-may08", "antara-may10", "jakpost-jun05"
    # as-of times of the running tallies: Friday 5 May 2023 in the evening (176 dead, "at least" in one report),
    # Saturday 6 May (203 by the provincial government against 227 by Kalehe's civil society: sources), Monday 8 May
    # (401), Wednesday 10 May (438), Friday 12 May (430, after eight victims counted in both villages were struck
    # off: a revision), and the missing by civil society (about 5,000 on 10 May, repeated on 5 June). The floods
    # came on the night of Thursday 4 May 2023. The dead do not fall; the missing may.
    FRI, SAT, MON, WED, MAY12, JUN05 = "2023-05-05", "2023-05-06", "2023-05-08", "2023-05-10", "2023-05-12", "2023-06-05"
    PROV, CIVIL = "the South Kivu provincial government", "Kalehe's civil society groups"
    names = {
     "dead": "people killed by the floods", "injured": "people injured", "missing": "people missing",
     "houses": "homes washed away or buried", "rw_dead": "people killed by the floods in Rwanda days earlier",
     "buried": "bodies buried in a mass grave", "families": "families left homeless",
     "double": "victims counted in both villages", "cholera": "suspected cholera cases",
     # dates
     "floods": "day of the floods", "count_fri": "day of the first count (176)", "count_sat": "day of the count of 203",
     "count_mon": "day of the count of 401", "count_wed": "day of the count of 438",
     "count_rev": "day the toll was revised to 430", "mourning": "day of national mourning",
    }
    ms = [
     M(R, "Thursday", D, "floods", "2023-05-04"),
     M(R, "203 people", N, "dead", 203, SAT, src=PROV),
     M(R, "Saturday", D, "count_sat", "2023-05-06"),
     M(R, "176", N, "dead", 176, FRI),
     M(R, "Friday", D, "count_fri", "2023-05-05"),
     M(R, "56 people", N, "injured", 56, SAT),
     M(R, "227 dead", N, "dead", 227, SAT, src=CIVIL),
     M(R, "about 1,200 homes", N, "houses", 1200, SAT, qual="approx"),
     M(R, "130 people", N, "rw_dead", 130),

     M(K, "401 orang", N, "dead", 401, MON),
     M(K, "Senin (8/5/2023)", D, "count_mon", "2023-05-08"),
     M(K, "Sabtu (6/5/2023)", D, "count_sat", "2023-05-06"),
     M(K, "203 korban tewas", N, "dead", 203, SAT, src=PROV),
     M(K, "Kamis (4/5/2023)", D, "floods", "2023-05-04"),
     M(K, "sekitar 1.200 rumah", N, "houses", 1200, MON, qual="approx"),
     M(K, "130 orang", N, "rw_dead", 130),

     M(A, "438 orang", N, "dead", 438, WED),
     M(A, "Rabu (10/5/2023)", D, "count_wed", "2023-05-10"),
     M(A, "sekitar 5.000 warga", N, "missing", 5000, WED, qual="approx", src=CIVIL, fall=True),
     M(A, "Rabu (3/5/2023)", D, "floods", "2023-05-03", planted=True),
     M(A, "sedikitnya 176 korban jiwa", N, "dead", 176, FRI, qual="atleast"),
     M(A, "203", N, "dead", 203, SAT, src=PROV),
     M(A, "Sabtu", D, "count_sat", "2023-05-06"),
     M(A, "401", N, "dead", 401, MON),
     M(A, "Senin", D, "count_mon", "2023-05-08"),
     M(A, "lebih dari 300 jenazah", N, "buried", 300, WED, qual="morethan"),
     M(A, "Sekitar 3.000 keluarga", N, "families", 3000, WED, qual="approx"),
     M(A, "Senin (8/5/2023)", D, "mourning", "2023-05-08"),

     M(J, "430", N, "dead", 430, MAY12),
     M(J, "May 12", D, "count_rev", "2023-05-12"),
     M(J, "eight victims", N, "double", 8),
     M(J, "176", N, "dead", 176, FRI),
     M(J, "203", N, "dead", 203, SAT, src=PROV),
     M(J, "Saturday, May 6", D, "count_sat", "2023-05-06"),
     M(J, "410", N, "dead", 410, MON, planted=True),
     M(J, "Monday, May 8", D, "count_mon", "2023-05-08"),
     M(J, "438", N, "dead", 438, WED),
     M(J, "May 10", D, "count_wed", "2023-05-10"),
     M(J, "about 5,000", N, "missing", 5000, JUN05, qual="approx", src=CIVIL, fall=True),
     M(J, "Thursday, May 4", D, "floods", "2023-05-04"),
     M(J, "Some 1,200 homes", N, "houses", 1200, JUN05, qual="approx"),
     M(J, "12 suspected cases", N, "cholera", 12),
    ]
    build("kalehe-floods-2023", "The floods and mudslides that struck the villages of Bushushu and Nyamukubi in Kalehe "
          "territory, South Kivu, DR Congo, on the night of Thursday 4 May 2023: the toll rising from 176 on Friday 5 "
          "May to 203 on Saturday 6 May (227 by Kalehe's civil society: sources), 401 on Monday 8 May and 438 on "
          "Wednesday 10 May, revised down to 430 on Friday 12 May after eight victims counted in both villages were "
          "struck off; about 5,000 missing by civil society; about 1,200 homes destroyed; national mourning on Monday "
          "8 May; 130 dead in Rwanda's floods days earlier as another event", False, ms, names)


def trial():
    D1, K, T, P = "detik-aug31", "kompas-feb17", "tempo-sep20", "ap-mar25"
    # steps on different dates: the flight from Dubai (Thursday 27 August 2020), the landing in Kigali and arrest
    # (Friday 28 August), his presentation to the press (Monday 31 August), the trial's opening (Wednesday 17
    # February 2021) and its adjournment (Friday 26 February), the verdict (Monday 20 September 2021), the appeal
    # (Monday 4 April 2022), the release (Friday 24 March 2023). Tempting pairs of one unit: his ages on four days,
    # his 25 years against his co-accused's 20, nine charges against nine victims, 20 co-defendants against the 20
    # years.
    names = {
     "age_arrest": "his age when arrested (years)", "age_trial": "his age when the trial opened (years)",
     "age_verdict": "his age at the verdict (years)", "age_release": "his age on release (years)",
     "victims": "people killed in the armed group's attacks", "sheltered": "people sheltered at the hotel in 1994",
     "genocide": "people killed in the 1994 genocide", "charges": "charges he faced",
     "codef": "co-defendants tried with him", "sentence": "his prison term (years)",
     "sankara": "the armed group's spokesman's prison term (years)", "appeal_days": "days to appeal",
     "custody": "days in custody",
     # dates
     "flight": "day he flew from Dubai", "arrest": "day he landed in Kigali and was arrested",
     "paraded": "day he was shown to the press", "trial": "day the trial opened",
     "adjourned": "day the trial was adjourned to", "verdict": "day of the verdict", "appeal": "day of the appeal ruling",
     "release": "day of his release",
    }
    ms = [
     M(D1, "Senin (31/8/2020)", D, "paraded", "2020-08-31"),
     M(D1, "66 tahun", N, "age_arrest", 66, cls="age"),
     M(D1, "Kamis (27/8/2020)", D, "flight", "2020-08-27"),
     M(D1, "Jumat (28/8/2020)", D, "arrest", "2020-08-28"),
     M(D1, "sembilan orang", N, "victims", 9),
     M(D1, "1.268 orang", N, "sheltered", 1268),
     M(D1, "sekitar 800.000 orang", N, "genocide", 800000, qual="approx"),

     M(K, "21 terdakwa lain", N, "codef", 21, planted=True),
     M(K, "Rabu (17/2/2021)", D, "trial", "2021-02-17"),
     M(K, "sembilan dakwaan", N, "charges", 9),
     M(K, "sembilan warga sipil", N, "victims", 9),
     M(K, "66 tahun", N, "age_trial", 66, cls="age"),
     M(K, "28 Agustus 2020", D, "arrest", "2020-08-28"),
     M(K, "Jumat (26/2/2021)", D, "adjourned", "2021-02-26"),

     M(T, "25 tahun penjara", N, "sentence", 25, cls="yrs"),
     M(T, "Senin (20/9/2021)", D, "verdict", "2021-09-20"),
     M(T, "sembilan orang", N, "victims", 9),
     M(T, "20 terdakwa lain", N, "codef", 20),
     M(T, "20 tahun penjara", N, "sankara", 20, cls="yrs"),
     M(T, "67 tahun", N, "age_verdict", 67, cls="age"),
     M(T, "Rabu (17/2/2021)", D, "trial", "2021-02-17"),
     M(T, "Jumat (28/8/2020)", D, "arrest", "2020-08-28"),
     M(T, "30 hari", N, "appeal_days", 30, cls="days"),

     M(P, "Friday", D, "release", "2023-03-24"),
     M(P, "25-year sentence", N, "sentence", 25, cls="yrs"),
     M(P, "68-year-old", N, "age_release", 68, cls="age"),
     M(P, "Sept. 21, 2021", D, "verdict", "2021-09-21", planted=True),
     M(P, "20 co-defendants", N, "codef", 20),
     M(P, "25-year term", N, "sentence", 25, cls="yrs"),
     M(P, "April 4, 2022", D, "appeal", "2022-04-04"),
     M(P, "938 days", N, "custody", 938, cls="days"),
     M(P, "Aug. 28, 2020", D, "arrest", "2020-08-28"),
     M(P, "1,268 people", N, "sheltered", 1268),
     M(P, "about 800,000 people", N, "genocide", 800000, qual="approx"),
    ]
    build("rusesabagina-trial-2021", "The case of Paul Rusesabagina, the former manager of the Hotel des Mille Collines "
          "whose story inspired the film Hotel Rwanda: flown from Dubai on Thursday 27 August 2020 and arrested on "
          "landing in Kigali on Friday 28 August, shown to the press on Monday 31 August, tried with 20 co-defendants "
          "from Wednesday 17 February 2021 on nine charges, sentenced to 25 years on Monday 20 September 2021 (the "
          "armed group's spokesman Callixte Nsabimana to 20), the term upheld on appeal on 4 April 2022, released "
          "after his sentence was commuted on Friday 24 March 2023", False, ms, names)


def budget():
    R, K, A, J = "reuters-jun13", "kompas-jun14", "antara-jun15", "monitor-jun16"
    names = {
     "total": "the 2024/25 budget (trillion shillings)", "prev": "the 2023/24 budget (trillion shillings)",
     "usd": "the 2024/25 budget in dollars (billion)", "rise": "the budget's rise (%)",
     "revenue": "domestic revenue projected (trillion shillings)", "growth": "growth expected in 2023/24 (%)",
     "growth_prev": "growth in 2022/23 (%)",
     # dates
     "read": "day the budget was read", "fy_start": "day the fiscal year begins", "fy_end": "day the fiscal year ends",
     "ea_budgets": "day the neighbours read their budgets",
    }
    ms = [
     M(R, "Thursday", D, "read", "2024-06-13"),
     M(R, "72.13 trillion shillings", N, "total", 72.13, cls="ugx"),
     M(R, "52.74 trillion shillings", N, "prev", 52.74, cls="ugx"),
     M(R, "about $19 billion", N, "usd", 19, qual="approx", cls="usd"),
     M(R, "roughly 37 percent", N, "rise", 37, qual="approx", cls="pct"),
     M(R, "32.3 trillion shillings", N, "revenue", 32.3, cls="ugx"),
     M(R, "6 percent", N, "growth", 6, cls="pct"),
     M(R, "June 30", D, "fy_end", "2024-06-30"),
     M(R, "5.3 percent", N, "growth_prev", 5.3, cls="pct"),
     M(R, "July 1", D, "fy_start", "2024-07-01"),
     M(R, "Thursday", D, "ea_budgets", "2024-06-13", occ=2),

     M(K, "72,13 triliun shilling", N, "total", 72.13, cls="ugx"),
     M(K, "Kamis (13/6/2024)", D, "read", "2024-06-13"),
     M(K, "52,74 triliun shilling", N, "prev", 52.74, cls="ugx"),
     M(K, "sekitar 19 miliar dollar AS", N, "usd", 19, qual="approx", cls="usd"),
     M(K, "sekitar 37 persen", N, "rise", 37, qual="approx", cls="pct"),
     M(K, "32,3 triliun shilling", N, "revenue", 32.3, cls="ugx"),
     M(K, "1 Juli 2024", D, "fy_start", "2024-07-01"),
     M(K, "6 persen", N, "growth", 6, cls="pct"),
     M(K, "5,3 persen", N, "growth_prev", 5.3, cls="pct"),

     M(A, "lebih dari 72 triliun shilling", N, "total", 72, qual="morethan", cls="ugx"),
     M(A, "Kamis (13/6/2024)", D, "read", "2024-06-13"),
     M(A, "72,13 triliun shilling", N, "total", 72.13, cls="ugx"),
     M(A, "sekitar 19 miliar dollar AS", N, "usd", 19, qual="approx", cls="usd"),
     M(A, "52,74 triliun shilling", N, "prev", 52.74, cls="ugx"),
     M(A, "sekitar 37 persen", N, "rise", 37, qual="approx", cls="pct"),
     M(A, "32,3 triliun shilling", N, "revenue", 32.3, cls="ugx"),
     M(A, "6 persen", N, "growth", 6, cls="pct"),
     M(A, "30 Juni 2024", D, "fy_end", "2024-06-30"),
     M(A, "5,3 persen", N, "growth_prev", 5.3, cls="pct"),
     M(A, "1 Juli 2024", D, "fy_start", "2024-07-01"),

     M(J, "72.13 trillion shilling", N, "total", 72.13, cls="ugx"),
     M(J, "Thursday, June 13", D, "read", "2024-06-13"),
     M(J, "about 72.1 trillion shillings", N, "total", 72.1, qual="approx", cls="ugx"),
     M(J, "some 37 percent", N, "rise", 37, qual="approx", cls="pct"),
     M(J, "52.74 trillion shillings", N, "prev", 52.74, cls="ugx"),
     M(J, "roughly $19 billion", N, "usd", 19, qual="approx", cls="usd"),
     M(J, "32.3 trillion shillings", N, "revenue", 32.3, cls="ugx"),
     M(J, "6 percent", N, "growth", 6, cls="pct"),
     M(J, "5.3 percent", N, "growth_prev", 5.3, cls="pct"),
     M(J, "July 1, 2024", D, "fy_start", "2024-07-01"),
    ]
    build("uganda-budget-2024", "Uganda's budget for the 2024/25 fiscal year, read by the finance minister Matia "
          "Kasaija at Kololo in Kampala on Thursday 13 June 2024 (control): 72.13 trillion shillings (about $19 "
          "billion), up about 37% from 52.74 trillion shillings in 2023/24, mostly for refinancing domestic debt; "
          "domestic revenue projected at 32.3 trillion shillings; growth of 6% expected in 2023/24 after 5.3%; the "
          "fiscal year beginning on 1 July 2024; Kenya, Tanzania and Rwanda reading their budgets the same day. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    trial()
    budget()
