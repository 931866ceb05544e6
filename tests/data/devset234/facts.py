"""The two-hundred-and-thirty-fourth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset234/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hanang():
    T, R, K, A = "detik-dec04", "reuters-dec05", "kompas-dec10", "ap-dec29"
    # as-of times of the running tallies: Sunday 3 December 2023 in the afternoon (the regional commissioner's 23)
    # and in the evening (her 47 dead and 85 injured; the district executive director's 48 the same evening), Monday 4
    # December in the morning (her 49, the injured still 85), later that Monday (the president's spokeswoman's "at
    # least 50") and at the funeral service (the prime minister's 63 dead, 116 injured and their breakdown), Tuesday 5
    # December at 01.00 (65 and 117), Friday 8 December at noon (80 dead, 133 injured), Saturday 9 December (85 dead,
    # 139 injured, 49 adults and 36 children). The dead, the injured, the adults and the children do not fall.
    SUNA, SUNE, MONA, MONB, MONP = "2023-12-03a", "2023-12-03b", "2023-12-04a", "2023-12-04b", "2023-12-04c"
    TUE5, FRI8, SAT9 = "2023-12-05", "2023-12-08", "2023-12-09"
    # Sources: on Sunday evening the regional commissioner counted 47 dead and the district executive director 48;
    # every other count (the presidency's, the prime minister's, the government spokesman's) is credited to no
    # other body, so it is compared with hers by its as-of time.
    RC, DED = "the Manyara regional commissioner", "the Hanang district executive director"
    names = {
     "dead": "people killed", "injured": "people injured", "found_mon": "bodies found on Monday morning", "admitted": "people admitted in serious condition",
     "hh_unknown": "households unaccounted for", "shelters": "primary schools used as shelters",
     "men": "men among the dead", "women": "women among the dead", "adults": "adults among the dead",
     "children": "children among the dead", "hh": "households that lost their homes",
     "people_aff": "people who lost their homes", "acres": "acres of farmland destroyed",
     "rescuers": "rescue workers sent", "hosp": "injured still in hospital", "discharged": "injured discharged",
     "identified": "bodies identified", "camp_treated": "people treated in the camps",
     "zone": "width of the no-building strip (m)", "tank": "capacity of the water tanks (litres)",
     # dates
     "slide": "day of the mudslide", "rain": "night the heavy rain began", "count_sun": "day of the Sunday count",
     "count_mon": "day of the Monday-morning count", "pm_brief": "day of the prime minister's count",
     "yunus": "day of the presidency's statement", "cop_open": "opening day of COP28",
     "cop_close": "closing day of COP28", "count_sat": "day of the count of 85", "count_fri": "day of the count of 80",
     "count_tue": "day of the count of 65",
    }
    ms = [
     M(T, "Minggu (3/12/2023)", D, "slide", "2023-12-03"),
     M(T, "Sabtu malam", D, "rain", "2023-12-02"),
     M(T, "Minggu malam", D, "count_sun", "2023-12-03"),
     M(T, "47 jenazah", N, "dead", 47, SUNE, src=RC),
     M(T, "85 orang", N, "injured", 85, SUNE),
     M(T, "23 korban tewas", N, "dead", 23, SUNA, src=RC),
     M(T, "48 orang", N, "dead", 48, SUNE, src=DED),
     M(T, "82 orang", N, "admitted", 82, SUNE),
     M(T, "28 rumah tangga", N, "hh_unknown", 28),
     M(T, "tiga sekolah dasar", N, "shelters", 3),
     M(T, "Senin (4/12/2023)", D, "count_mon", "2023-12-04"),
     M(T, "dua jenazah", N, "found_mon", 2, MONA),
     M(T, "49 orang", N, "dead", 49, MONA, src=RC),
     M(T, "85 orang", N, "injured", 85, MONA, occ=2),

     M(R, "Monday", D, "pm_brief", "2023-12-04"),
     M(R, "63 people", N, "dead", 63, MONP),
     M(R, "116 injured", N, "injured", 116, MONP),
     M(R, "23 were men", N, "men", 23, MONP),
     M(R, "40 were women", N, "women", 40, MONP),
     M(R, "40 adults", N, "adults", 40, MONP),
     M(R, "23 children", N, "children", 23, MONP),
     M(R, "Monday", D, "yunus", "2023-12-04", occ=2),
     M(R, "at least 50 people", N, "dead", 50, MONB, qual="atleast"),
     M(R, "1,150 households", N, "hh", 1150),
     M(R, "about 5,600 people", N, "people_aff", 5600, qual="approx"),
     M(R, "750 acres", N, "acres", 750, cls="acres"),
     M(R, "400 rescue workers", N, "rescuers", 400),
     M(R, "Nov. 30", D, "cop_open", "2023-11-30"),
     M(R, "Dec. 12", D, "cop_close", "2023-12-12"),
     M(R, "47 dead", N, "dead", 47, SUNE, src=RC),
     M(R, "85 injured", N, "injured", 85, SUNE),
     M(R, "Sunday evening", D, "count_sun", "2023-12-03"),
     M(R, "Sunday", D, "slide", "2023-12-03", occ=2),

     M(K, "85 orang", N, "dead", 85, SAT9),
     M(K, "Sabtu (9/12/2023)", D, "count_sat", "2023-12-09"),
     M(K, "49 orang dewasa", N, "adults", 49, SAT9),
     M(K, "36 anak-anak", N, "children", 36, SAT9),
     M(K, "139 orang", N, "injured", 139, SAT9),
     M(K, "51 orang", N, "hosp", 51, SAT9),
     M(K, "86 orang", N, "discharged", 86, SAT9),
     M(K, "Jumat (8/12/2023)", D, "count_fri", "2023-12-08"),
     M(K, "80 korban tewas", N, "dead", 80, FRI8),
     M(K, "79 di antaranya", N, "identified", 79, FRI8),
     M(K, "133 korban luka", N, "injured", 133, FRI8),
     M(K, "Selasa (5/12/2023)", D, "count_tue", "2023-12-05"),
     M(K, "65 jenazah", N, "dead", 65, TUE5),
     M(K, "117 korban luka", N, "injured", 117, TUE5),
     M(K, "Sabtu (2/12/2023)", D, "slide", "2023-12-02", planted=True),
     M(K, "60 hingga 300 meter", N, "zone", 60, cls="m"),
     M(K, "440 warga", N, "camp_treated", 440, FRI8),
     M(K, "5.000 liter", N, "tank", 5000, cls="litre"),

     M(A, "Dec. 3", D, "slide", "2023-12-03"),
     M(A, "Dec. 9", D, "count_sat", "2023-12-09"),
     M(A, "85 people", N, "dead", 85, SAT9),
     M(A, "36 of them children", N, "children", 36, SAT9),
     M(A, "193", N, "injured", 193, SAT9, planted=True),
     M(A, "toll of 63", N, "dead", 63, MONP),
     M(A, "Dec. 4", D, "pm_brief", "2023-12-04"),
     M(A, "1,150 households", N, "hh", 1150),
     M(A, "about 5,600 people", N, "people_aff", 5600, qual="approx"),
     M(A, "60 to 300 meters", N, "zone", 60, cls="m"),
    ]
    build("hanang-mudslide-2023", "The mudslide from Mount Hanang that buried parts of Katesh, Manyara region, northern "
          "Tanzania, before dawn on Sunday 3 December 2023: the regional commissioner's 23 dead on Sunday afternoon and "
          "47 dead and 85 injured on Sunday evening (the district executive director's 48 the same evening), 49 on "
          "Monday morning, the presidency's 'at least 50' and the prime minister's 63 dead (23 men, 40 women; 40 adults, "
          "23 children) and 116 injured later that Monday, 65 and 117 on Tuesday 5 December at 01.00, 80 and 133 on "
          "Friday 8 December at noon, 85 (49 adults, 36 children) and 139 on Saturday 9 December; 1,150 households "
          "(about 5,600 people) homeless; a strip 60 to 300 metres wide closed to building", False, ms, names)


def kenya():
    K, R, T, A = "kompas-apr30", "reuters-may03", "tempo-may11", "ap-may23"
    # as-of times: Monday 29 April 2024 (the Mai Mahiu flood before dawn; the police's 45 bodies and the governor's
    # 71 that day, the national toll of more than 120), Tuesday 30 April (48 dead, 65 missing), Thursday 2 May (the
    # regional commissioner's 52 dead, 49 missing, 112 injured), Friday 3 May (more than 200 dead and more than
    # 150,000 displaced nationwide), Monday 6 May in the evening (61 dead, 29 missing), Friday 10 May (the interior
    # ministry's 267 dead, 188 injured, 75 missing, 56,367 households / 281,835 people displaced), Thursday 16 May (the
    # government spokesman's 291 dead and 55,631 households / 278,155 people displaced: the displaced revised down).
    # The missing may fall as bodies are found; the dead, the injured and the displaced do not.
    MON29, TUE30, THU2, FRI3, MON6 = "2024-04-29", "2024-04-30", "2024-05-02", "2024-05-03", "2024-05-06"
    FRI10, THU16, MAY23 = "2024-05-10", "2024-05-16", "2024-05-23"
    # Sources: the Mai Mahiu counts of the police, the Red Cross and the commissioners are one official tally; the
    # Nakuru governor's 71, given to CNN on the first day and never confirmed, is her own figure (sources).
    OFF, GOVN = "the official count", "the Nakuru governor"
    names = {
     "mm_dead": "people killed in Mai Mahiu", "mm_missing": "people missing in Mai Mahiu",
     "mm_treated": "survivors treated at the Mai Mahiu health centre", "mm_referred": "survivors referred to Naivasha",
     "mm_children": "children among the Mai Mahiu dead", "mm_men": "men among the Mai Mahiu dead",
     "mm_women": "women among the Mai Mahiu dead", "mm_injured": "people injured in Mai Mahiu",
     "mm_hosp": "Mai Mahiu injured still in hospital", "learners": "learners from the flooded villages kept from school",
     "nat_dead": "people killed by the floods nationwide", "nat_injured": "people injured nationwide",
     "nat_missing": "people missing nationwide", "nat_hh": "households displaced nationwide",
     "nat_displaced": "people displaced nationwide", "nat_aff_hh": "households affected by the rains",
     "nat_affected": "people affected by the rains", "camps": "displacement camps", "counties": "counties with camps",
     "camp_people": "people in the camps", "schools_aff": "schools affected", "health": "health facilities affected",
     "cholera": "cholera cases nationwide", "cholera_nyeri": "cholera cases at the Nyeri prison",
     "dams": "dams and reservoirs whose neighbours were told to leave", "nairobi_hh": "displaced households in Nairobi",
     "school_fund": "money to rebuild schools (shillings)", "payment": "payment per displaced household (shillings)",
     "delay1": "the first postponement of the schools (weeks)", "delay_total": "the schools' total delay (weeks)",
     "gap": "days between the two displacement counts",
     # dates
     "flood": "day of the Mai Mahiu flood", "count_mon": "day of the police's count of 45",
     "count_tue": "day of the count of 48", "rains": "month the rains began", "postpone1": "day of the first postponement",
     "school_orig": "the schools' first reopening date", "school_new1": "the schools' second reopening date",
     "postpone2": "day of the indefinite postponement", "cabinet": "day the cabinet endorsed 6 May",
     "count_thu": "day of the count of 52", "count_fri10": "day of the count of 267",
     "reopen_ann": "day the reopening date was announced", "school_final": "day the schools reopened",
     "count_mon6": "day of the count of 61", "count_thu16": "day of the count of 291",
    }
    ms = [
     M(K, "Senin (29/4/2024)", D, "flood", "2024-04-29"),
     M(K, "Senin sore", D, "count_mon", "2024-04-29"),
     M(K, "45 jenazah", N, "mm_dead", 45, MON29, src=OFF),
     M(K, "71 orang", N, "mm_dead", 71, MON29, src=GOVN),
     M(K, "Selasa (30/4/2024)", D, "count_tue", "2024-04-30"),
     M(K, "48 orang", N, "mm_dead", 48, TUE30, src=OFF),
     M(K, "65 orang", N, "mm_missing", 65, TUE30, fall=True),
     M(K, "Lebih dari 100 orang", N, "mm_treated", 100, MON29, qual="morethan"),
     M(K, "32 di antaranya", N, "mm_referred", 32, MON29),
     M(K, "pertengahan Maret", D, "rains", "2024-03"),
     M(K, "lebih dari 120 orang", N, "nat_dead", 120, MON29, qual="morethan"),
     M(K, "Minggu (28/4/2024)", D, "postpone1", "2024-04-28"),
     M(K, "sepekan", N, "delay1", 1, cls="weeks"),
     M(K, "Senin (29/4/2024)", D, "school_orig", "2024-04-29", occ=2),
     M(K, "Senin (6/5/2024)", D, "school_new1", "2024-05-06"),

     M(R, "Friday", D, "postpone2", "2024-05-03"),
     M(R, "more than 200 people", N, "nat_dead", 200, FRI3, qual="morethan"),
     M(R, "March", D, "rains", "2024-03"),
     M(R, "May 6", D, "school_new1", "2024-05-06"),
     M(R, "Thursday", D, "cabinet", "2024-05-02"),
     M(R, "a week", N, "delay1", 1, cls="weeks"),
     M(R, "April 29", D, "school_orig", "2024-04-29"),
     M(R, "178 dams", N, "dams", 178),
     M(R, "more than 150,000 people", N, "nat_displaced", 150000, FRI3, qual="morethan"),
     M(R, "52 people", N, "mm_dead", 52, THU2, src=OFF),
     M(R, "28 of them children", N, "mm_children", 28, THU2),
     M(R, "49 remained missing", N, "mm_missing", 49, THU2, fall=True),
     M(R, "Eleven men", N, "mm_men", 11, THU2),
     M(R, "12 women", N, "mm_women", 12, THU2),
     M(R, "Thursday", D, "count_thu", "2024-05-02", occ=2),
     M(R, "112 people", N, "mm_injured", 112, THU2),
     M(R, "32 were still", N, "mm_hosp", 32, THU2),
     M(R, "129 pupils and students", N, "learners", 129),
     M(R, "56 people", N, "mm_missing", 56, TUE30, fall=True, planted=True),
     M(R, "Tuesday", D, "count_tue", "2024-04-30"),
     M(R, "48", N, "mm_dead", 48, TUE30, src=OFF),
     M(R, "Monday", D, "flood", "2024-04-29"),

     M(T, "267 orang", N, "nat_dead", 267, FRI10),
     M(T, "Maret", D, "rains", "2024-03"),
     M(T, "Jumat (10/5/2024)", D, "count_fri10", "2024-05-10"),
     M(T, "188 orang", N, "nat_injured", 188, FRI10),
     M(T, "75 orang", N, "nat_missing", 75, FRI10, fall=True),
     M(T, "56.367 keluarga", N, "nat_hh", 56367, FRI10),
     M(T, "281.835 jiwa", N, "nat_displaced", 281835, FRI10),
     M(T, "167 kamp", N, "camps", 167, FRI10),
     M(T, "22 county", N, "counties", 22, FRI10),
     M(T, "70.451 orang", N, "camp_people", 70451, FRI10),
     M(T, "380.573 orang", N, "nat_affected", 380573, FRI10),
     M(T, "1.967 sekolah", N, "schools_aff", 1967, FRI10),
     M(T, "62 fasilitas kesehatan", N, "health", 62, FRI10),
     M(T, "48 kasus kolera", N, "cholera", 48, FRI10),
     M(T, "Rabu (8/5/2024)", D, "reopen_ann", "2024-05-08"),
     M(T, "Senin (13/5/2024)", D, "school_final", "2024-05-13"),
     M(T, "Jumat (3/5/2024)", D, "postpone2", "2024-05-03"),
     M(T, "1 miliar shilling", N, "school_fund", 1e9, cls="kes"),
     M(T, "10.000 shilling", N, "payment", 10000, cls="kes"),
     M(T, "40.000 keluarga", N, "nairobi_hh", 40000),
     M(T, "61", N, "mm_dead", 61, MON6, src=OFF),
     M(T, "Senin (6/5/2024)", D, "count_mon6", "2024-05-06"),
     M(T, "29 orang", N, "mm_missing", 29, MON6, fall=True),

     M(A, "291 people", N, "nat_dead", 291, THU16),
     M(A, "mid-March", D, "rains", "2024-03"),
     M(A, "May 16", D, "count_thu16", "2024-05-16"),
     M(A, "75 people", N, "nat_missing", 75, THU16, fall=True),
     M(A, "188", N, "nat_injured", 188, THU16),
     M(A, "55,631 households", N, "nat_hh", 55631, THU16),
     M(A, "278,155 people", N, "nat_displaced", 278155, THU16),
     M(A, "56,367 households", N, "nat_hh", 56367, FRI10),
     M(A, "281,835 people", N, "nat_displaced", 281835, FRI10),
     M(A, "six days earlier", N, "gap", 6, cls="days"),
     M(A, "82,552 households", N, "nat_aff_hh", 82552, THU16),
     M(A, "about 412,763 people", N, "nat_affected", 412763, THU16, qual="approx"),
     M(A, "April 29", D, "flood", "2024-04-29"),
     M(A, "At least 61 people", N, "mm_dead", 61, MAY23, qual="atleast", src=OFF),
     M(A, "two extra weeks", N, "delay_total", 2, cls="weeks"),
     M(A, "Tuesday, May 14", D, "school_final", "2024-05-14", planted=True),
     M(A, "May 3", D, "postpone2", "2024-05-03"),
     M(A, "1 billion shillings", N, "school_fund", 1e9, cls="kes"),
     M(A, "53", N, "cholera_nyeri", 53, THU16),
    ]
    build("kenya-floods-2024", "Kenya's long-rains floods of 2024 and the Mai Mahiu flash flood (before dawn on Monday "
          "29 April 2024): Mai Mahiu's dead 45 on Monday (the Nakuru governor's unconfirmed 71 the same day) -> 48 on "
          "Tuesday -> 52 on Thursday 2 May (28 children, 11 men, 12 women; 112 injured) -> 61 on Monday 6 May, the "
          "missing falling 65 -> 49 -> 29; the national toll more than 120 -> more than 200 -> 267 on Friday 10 May -> 291 "
          "on Thursday 16 May; the displaced 56,367 households / 281,835 people on 10 May revised down to 55,631 / "
          "278,155 on 16 May; the schools' reopening moved from 29 April to 6 May (28 April), postponed indefinitely (3 "
          "May), set for Monday 13 May (announced 8 May)", False, ms, names)


def budget():
    A, R, B, E = "antara-jun15", "reuters-jun16", "bisnis-jun17", "eastafrican-jun19"
    names = {
     "total": "the 2023/24 budget (trillion shillings)", "prev": "the 2022/23 budget (trillion shillings)",
     "increase": "the rise over the 2022/23 budget (trillion shillings)",
     "domrev": "domestic revenue (trillion shillings)", "share": "domestic revenue's share of the budget (%)",
     "tra": "the revenue authority's collections (trillion shillings)", "nontax": "non-tax revenue (trillion shillings)",
     "grants": "grants and concessional loans (trillion shillings)",
     "domborrow": "domestic borrowing (trillion shillings)", "rollover": "borrowing to roll over maturing debt "
     "(trillion shillings)", "devborrow": "domestic borrowing for development projects (trillion shillings)",
     "noncon": "non-concessional borrowing (trillion shillings)", "growth22": "growth in 2022 (%)",
     "growth23": "growth target for 2023 (%)", "infl": "the inflation range's floor (%)",
     "rev_gdp": "domestic revenue target (% of GDP)", "rev_gdp_prev": "domestic revenue in the current year (% of GDP)",
     "deficit": "the deficit ceiling (% of GDP)",
     # dates
     "tabled": "day the budget was tabled", "fy_start": "day the fiscal year begins", "yr22": "the year 2022",
     "yr23": "the year of the growth target", "eac_day": "day Kenya and Uganda read their budgets",
    }
    TZS, PCT = "tzs", "pct"
    ms = [
     M(A, "Kamis (15/6/2023)", D, "tabled", "2023-06-15"),
     M(A, "44,39 triliun shilling", N, "total", 44.39, cls=TZS),
     M(A, "1 Juli 2023", D, "fy_start", "2023-07-01"),
     M(A, "41,48 triliun shilling", N, "prev", 41.48, cls=TZS),
     M(A, "31,38 triliun shilling", N, "domrev", 31.38, cls=TZS),
     M(A, "70,7 persen", N, "share", 70.7, cls=PCT),
     M(A, "26,73 triliun shilling", N, "tra", 26.73, cls=TZS),
     M(A, "4,66 triliun shilling", N, "nontax", 4.66, cls=TZS),
     M(A, "5,47 triliun shilling", N, "grants", 5.47, cls=TZS),
     M(A, "5,44 triliun shilling", N, "domborrow", 5.44, cls=TZS),
     M(A, "3,54 triliun shilling", N, "rollover", 3.54, cls=TZS),
     M(A, "1,90 triliun shilling", N, "devborrow", 1.90, cls=TZS),
     M(A, "2,10 triliun shilling", N, "noncon", 2.10, cls=TZS),
     M(A, "4,7 persen", N, "growth22", 4.7, cls=PCT),
     M(A, "2022", D, "yr22", "2022"),
     M(A, "5,2 persen", N, "growth23", 5.2, cls=PCT),
     M(A, "2023", D, "yr23", "2023", occ=3),
     M(A, "3,0 hingga 7,0 persen", N, "infl", 3.0, cls=PCT),

     M(R, "Thursday", D, "tabled", "2023-06-15"),
     M(R, "44.39 trillion shillings", N, "total", 44.39, cls=TZS),
     M(R, "July 1", D, "fy_start", "2023-07-01"),
     M(R, "41.48 trillion shillings", N, "prev", 41.48, cls=TZS),
     M(R, "31.38 trillion shillings", N, "domrev", 31.38, cls=TZS),
     M(R, "70.7%", N, "share", 70.7, cls=PCT),
     M(R, "26.73 trillion shillings", N, "tra", 26.73, cls=TZS),
     M(R, "4.66 trillion", N, "nontax", 4.66, cls=TZS),
     M(R, "5.47 trillion shillings", N, "grants", 5.47, cls=TZS),
     M(R, "5.44 trillion shillings", N, "domborrow", 5.44, cls=TZS),
     M(R, "3.54 trillion", N, "rollover", 3.54, cls=TZS),
     M(R, "1.90 trillion", N, "devborrow", 1.90, cls=TZS),
     M(R, "2.10 trillion", N, "noncon", 2.10, cls=TZS),
     M(R, "5.2%", N, "growth23", 5.2, cls=PCT),
     M(R, "2023", D, "yr23", "2023"),
     M(R, "4.7%", N, "growth22", 4.7, cls=PCT),
     M(R, "2022", D, "yr22", "2022"),
     M(R, "3.0% and 7.0%", N, "infl", 3.0, cls=PCT),
     M(R, "14.9%", N, "rev_gdp", 14.9, cls=PCT),
     M(R, "14.4%", N, "rev_gdp_prev", 14.4, cls=PCT),
     M(R, "less than 3.0%", N, "deficit", 3.0, qual="nearly", cls=PCT),
     M(R, "Thursday", D, "eac_day", "2023-06-15", occ=2),

     M(B, "5,2 persen", N, "growth23", 5.2, cls=PCT),
     M(B, "2023", D, "yr23", "2023"),
     M(B, "4,7 persen", N, "growth22", 4.7, cls=PCT),
     M(B, "2022", D, "yr22", "2022"),
     M(B, "Kamis (15/6/2023)", D, "tabled", "2023-06-15"),
     M(B, "1 Juli 2023", D, "fy_start", "2023-07-01"),
     M(B, "44,39 triliun shilling", N, "total", 44.39, cls=TZS),
     M(B, "41,48 triliun shilling", N, "prev", 41.48, cls=TZS),
     M(B, "70,7 persen", N, "share", 70.7, cls=PCT),
     M(B, "31,38 triliun shilling", N, "domrev", 31.38, cls=TZS),
     M(B, "26,73 triliun shilling", N, "tra", 26.73, cls=TZS),
     M(B, "4,66 triliun shilling", N, "nontax", 4.66, cls=TZS),
     M(B, "5,47 triliun shilling", N, "grants", 5.47, cls=TZS),
     M(B, "2,10 triliun shilling", N, "noncon", 2.10, cls=TZS),
     M(B, "5,44 triliun shilling", N, "domborrow", 5.44, cls=TZS),
     M(B, "3,54 triliun shilling", N, "rollover", 3.54, cls=TZS),
     M(B, "1,90 triliun shilling", N, "devborrow", 1.90, cls=TZS),
     M(B, "14,9 persen", N, "rev_gdp", 14.9, cls=PCT),
     M(B, "sekitar 14,4 persen", N, "rev_gdp_prev", 14.4, qual="approx", cls=PCT),
     M(B, "di bawah 3,0 persen", N, "deficit", 3.0, qual="nearly", cls=PCT),
     M(B, "3,0 hingga 7,0 persen", N, "infl", 3.0, cls=PCT),

     M(E, "Sh44.39 trillion", N, "total", 44.39, cls=TZS),
     M(E, "July 1", D, "fy_start", "2023-07-01"),
     M(E, "about Sh2.9 trillion", N, "increase", 2.9, qual="approx", cls=TZS),
     M(E, "Sh41.48 trillion", N, "prev", 41.48, cls=TZS),
     M(E, "last Thursday", D, "tabled", "2023-06-15"),
     M(E, "Nearly 71 percent", N, "share", 71, qual="nearly", cls=PCT),
     M(E, "Sh31.38 trillion", N, "domrev", 31.38, cls=TZS),
     M(E, "Sh26.73 trillion", N, "tra", 26.73, cls=TZS),
     M(E, "Sh4.66 trillion", N, "nontax", 4.66, cls=TZS),
     M(E, "Sh5.47 trillion", N, "grants", 5.47, cls=TZS),
     M(E, "Sh2.10 trillion", N, "noncon", 2.10, cls=TZS),
     M(E, "Sh5.44 trillion", N, "domborrow", 5.44, cls=TZS),
     M(E, "Sh3.54 trillion", N, "rollover", 3.54, cls=TZS),
     M(E, "Sh1.90 trillion", N, "devborrow", 1.90, cls=TZS),
     M(E, "5.2 percent", N, "growth23", 5.2, cls=PCT),
     M(E, "2023", D, "yr23", "2023"),
     M(E, "4.7 percent", N, "growth22", 4.7, cls=PCT),
     M(E, "last year", D, "yr22", "2022"),
     M(E, "14.9 percent", N, "rev_gdp", 14.9, cls=PCT),
     M(E, "14.4 percent", N, "rev_gdp_prev", 14.4, cls=PCT),
     M(E, "3.0 to 7.0 percent", N, "infl", 3.0, cls=PCT),
     M(E, "below 3.0 percent", N, "deficit", 3.0, qual="nearly", cls=PCT),
     M(E, "June 15", D, "tabled", "2023-06-15"),
    ]
    build("tanzania-budget-2023", "Tanzania's budget for 2023/24 (control), tabled in Dodoma by the finance and "
          "planning minister Mwigulu Nchemba on Thursday 15 June 2023 for the fiscal year from 1 July: 44.39 trillion "
          "shillings (41.48 trillion in 2022/23), domestic revenue 31.38 trillion (70.7%; the revenue authority 26.73 "
          "trillion, non-tax 4.66 trillion), grants and concessional loans 5.47 trillion, domestic borrowing 5.44 "
          "trillion (3.54 to roll over debt, 1.90 for development), non-concessional borrowing 2.10 trillion; growth 4.7% "
          "in 2022 and a 5.2% target for 2023, inflation 3.0-7.0%, domestic revenue 14.9% of GDP (from 14.4%), a "
          "deficit below 3.0% of GDP; Kenya and Uganda read their budgets the same day. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    hanang()
    kenya()
    budget()
