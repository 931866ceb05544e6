"""The three-hundred-and-forty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset348/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def omagh():
    R, K, P, A = "reuters-aug16", "kompas-aug17", "republika-sep05", "ap-sep06"
    # as-of times of the running tallies: Sunday 16 August 1998 (the police's first full count: 28 dead, about 220
    # injured, 53 unaccounted for), Monday 17 August (28 dead, the RUC's 220 injured against the hospitals' "more than
    # 300": sources), Wednesday 2 September (the prime minister's statement: 28 dead, more than 200 injured, more than
    # 50 still in hospital), Friday 4 September (28 dead), Saturday 5 September (29 dead after a man died in hospital;
    # 31 still in hospital). The dead and the injured do not fall; the unaccounted for, the unidentified and the
    # patients still in hospital may. The make-up of the 28 dead, the referendum shares and the detention hours do not
    # change with the day of the report.
    SUN, MON, SEP2, SEP4, SEP5 = "1998-08-16", "1998-08-17", "1998-09-02", "1998-09-04", "1998-09-05"
    RUC, HOSP = "the Royal Ulster Constabulary", "the hospitals of the west of Northern Ireland"
    names = {
     "dead": "people killed by the bomb", "children": "children among the dead", "women": "women among the dead",
     "men": "men among the dead", "injured": "people injured", "unaccounted": "people unaccounted for",
     "unidentified": "dead not yet identified", "in_hospital": "people still in hospital",
     "critical": "people in critical condition", "catholics": "Catholics among the dead",
     "protestants": "Protestants among the dead", "from_republic": "dead from the Irish Republic",
     "from_spain": "dead from Spain", "age": "age of the man who died in September",
     "ni_yes": "Northern Ireland's yes vote in the referendum (%)", "roi_yes": "the Irish Republic's yes vote (%)",
     "detention_old": "hours of detention before the law", "detention_new": "hours of detention under the law",
     # dates
     "attack": "day of the bombing", "count_sun": "day of the police's Sunday figures",
     "count_mon": "day of Monday's count", "agreement": "day the peace agreement was reached",
     "referendum": "day of the referendums", "irish_law": "day Ireland enacted its law",
     "uk_assent": "day the British law received royal assent", "statement": "day of the prime minister's statement",
     "death5": "day the 29th victim died", "clinton": "day of the US president's visit",
     "suspension": "day the Real IRA suspended its campaign",
    }
    ms = [
     M(R, "Twenty-eight people", N, "dead", 28, SUN, src=RUC),
     M(R, "Sunday", D, "count_sun", "1998-08-16"),
     M(R, "Saturday", D, "attack", "1998-08-15"),
     M(R, "Nine children", N, "children", 9),
     M(R, "13 women", N, "women", 13),
     M(R, "six men", N, "men", 6),
     M(R, "about 220 people", N, "injured", 220, SUN, qual="approx", src=RUC),
     M(R, "Fifty-three people", N, "unaccounted", 53, SUN, src=RUC, fall=True),
     M(R, "some 20", N, "unidentified", 20, SUN, qual="approx", fall=True),
     M(R, "April", D, "agreement", "1998-04"),
     M(R, "May 22", D, "referendum", "1998-05-22"),

     M(K, "28 orang", N, "dead", 28, MON, src=RUC),
     M(K, "Senin (17/8/1998)", D, "count_mon", "1998-08-17"),
     M(K, "Sabtu (15/8/1998)", D, "attack", "1998-08-15"),
     M(K, "sembilan anak", N, "children", 9),
     M(K, "13 perempuan", N, "women", 13),
     M(K, "enam laki-laki", N, "men", 6),
     M(K, "sekitar 220 orang", N, "injured", 220, MON, qual="approx", src=RUC),
     M(K, "lebih dari 300 orang", N, "injured", 300, MON, qual="morethan", src=HOSP),
     M(K, "Minggu malam", D, "count_sun", "1998-08-16"),
     M(K, "53 orang", N, "unaccounted", 53, SUN, src=RUC, fall=True),
     M(K, "sekitar 20 jenazah", N, "unidentified", 20, SUN, qual="approx", fall=True),
     M(K, "10 April 1998", D, "agreement", "1998-04-10"),
     M(K, "22 Mei", D, "referendum", "1998-05-22"),
     M(K, "71 persen", N, "ni_yes", 71, cls="pct"),
     M(K, "94 persen", N, "roi_yes", 94, cls="pct"),

     M(P, "Kamis (3/9/1998)", D, "irish_law", "1998-09-03"),
     M(P, "28 orang", N, "dead", 28, SEP4),
     M(P, "Jumat (4/9/1998)", D, "uk_assent", "1998-09-04"),
     M(P, "48 jam", N, "detention_old", 48, cls="hours"),
     M(P, "72 jam", N, "detention_new", 72, cls="hours"),
     M(P, "Rabu (2/9/1998)", D, "statement", "1998-09-02"),
     M(P, "lebih dari 200 orang", N, "injured", 200, SEP2, qual="morethan"),
     M(P, "lebih dari 50 orang", N, "in_hospital", 50, SEP2, qual="morethan", fall=True),
     M(P, "28 korban tewas", N, "dead", 28, SEP2),
     M(P, "17 umat Katolik", N, "catholics", 17),
     M(P, "11 penganut Protestan", N, "protestants", 11),
     M(P, "tiga warga Republik Irlandia", N, "from_republic", 3),
     M(P, "dua warga Spanyol", N, "from_spain", 2),
     M(P, "Jumat (14/8/1998)", D, "attack", "1998-08-14", planted=True),

     M(A, "61-year-old", N, "age", 61, cls="age"),
     M(A, "Saturday", D, "death5", "1998-09-05"),
     M(A, "29", N, "dead", 29, SEP5),
     M(A, "Aug. 15", D, "attack", "1998-08-15"),
     M(A, "Two women", N, "critical", 2, SEP5, fall=True),
     M(A, "31 people", N, "in_hospital", 31, SEP5, fall=True),
     M(A, "11 children", N, "children", 11, planted=True),
     M(A, "Sept. 3", D, "clinton", "1998-09-03"),
     M(A, "Friday", D, "uk_assent", "1998-09-04"),
     M(A, "Aug. 18", D, "suspension", "1998-08-18"),
     M(A, "April 10", D, "agreement", "1998-04-10"),
     M(A, "71 percent", N, "ni_yes", 71, cls="pct"),
     M(A, "94 percent", N, "roi_yes", 94, cls="pct"),
    ]
    build("omagh-bombing-1998", "The Omagh car bombing in Northern Ireland (Saturday 15 August 1998): the police's "
          "count of 28 dead on Sunday 16 August (nine children, 13 women, six men), 28 on Monday and in the prime "
          "minister's statement of Wednesday 2 September, 29 after a 61-year-old man died in hospital on Saturday 5 "
          "September; about 220 injured by the RUC's count against more than 300 by the hospitals' (sources), more "
          "than 200 on 2 September; 53 unaccounted for on Sunday, more than 50 and then 31 still in hospital; the Irish "
          "law enacted on Thursday 3 September and the British law's royal assent on Friday 4 September, the US "
          "president's visit on 3 September; the peace agreement of 10 April 1998 and the referendums of 22 May "
          "(71% and 94% yes)", False, ms, names)


def death_count():
    R, G, K, T = "reuters-jul17", "guardian-aug12", "kompas-aug13", "antara-aug17"
    # as-of times of the running tallies: Thursday 16 July 2020 (the government's 45,119 deaths under the old
    # English rule), Friday 17 July (the statistics agencies' "more than 50,000"), Tuesday 11 August (46,706, the last
    # figure under the old rule), Wednesday 12 August (41,329 under the 28-day rule: lower, a revision; the agencies'
    # about 56,800), Sunday 16 August (41,366; the agencies' about 56,800). The government's count and the agencies'
    # death-certificate count are two sources. Daily deaths and cases of different days are different facts.
    JUL16, JUL17, AUG11, AUG12, AUG16 = "2020-07-16", "2020-07-17", "2020-08-11", "2020-08-12", "2020-08-16"
    GOV, STATS = "the UK government", "the UK statistics agencies"
    names = {
     "toll": "UK deaths from Covid-19",
     "daily_jul16": "deaths added on Thursday 16 July", "daily_aug16": "deaths added on Sunday 16 August",
     "hosp_daily": "new hospital deaths in England on Sunday 16 August",
     "hosp_total": "deaths in English hospitals", "wales": "deaths in Wales", "scotland": "deaths in Scotland",
     "cut": "deaths removed from the toll by the new rule", "window": "days after a positive test (the new rule)",
     "window60": "days after a positive test (the weekly figure)", "share28": "share of deaths within 28 days (%)",
     "share60": "share of deaths within 60 days (%)", "cut_pct": "the cut as a share of the old toll (%)",
     "cases_aug12": "new cases on 12 August", "cases_aug11": "new cases on 11 August",
     "cases_aug16": "new cases on 16 August", "cases_total": "confirmed cases in all",
     # dates
     "review": "day the review was ordered", "count_thu": "day of the count of 16 July",
     "revised": "day the new count was published", "count_tue": "day of the last count under the old rule",
     "pause": "day the daily figures were paused", "count_sun": "day of the count of 16 August",
    }
    ms = [
     M(R, "Friday", D, "review", "2020-07-17"),
     M(R, "28 days", N, "window", 28, cls="days"),
     M(R, "45,119 deaths", N, "toll", 45119, JUL16, src=GOV),
     M(R, "Thursday", D, "count_thu", "2020-07-16"),
     M(R, "66 more deaths", N, "daily_jul16", 66),
     M(R, "more than 50,000", N, "toll", 50000, JUL17, qual="morethan", src=STATS),

     M(G, "5,337", N, "cut", 5337, planted=True),
     M(G, "41,329", N, "toll", 41329, AUG12, src=GOV),
     M(G, "28 days", N, "window", 28, cls="days"),
     M(G, "Wednesday", D, "revised", "2020-08-12"),
     M(G, "46,706", N, "toll", 46706, AUG11, src=GOV),
     M(G, "Tuesday", D, "count_tue", "2020-08-11"),
     M(G, "88%", N, "share28", 88, cls="pct"),
     M(G, "about 96%", N, "share60", 96, qual="approx", cls="pct"),
     M(G, "60 days", N, "window60", 60, cls="days"),
     M(G, "July 17", D, "review", "2020-07-17"),
     M(G, "about 56,800 deaths", N, "toll", 56800, AUG12, qual="approx", src=STATS),
     M(G, "1,009 people", N, "cases_aug12", 1009, cls="cases"),
     M(G, "1,148", N, "cases_aug11", 1148, cls="cases"),

     M(K, "5.377 orang", N, "cut", 5377),
     M(K, "41.329 orang", N, "toll", 41329, AUG12, src=GOV),
     M(K, "Rabu (12/8/2020)", D, "revised", "2020-08-12"),
     M(K, "Selasa (11/8/2020)", D, "count_tue", "2020-08-11"),
     M(K, "46.706 kematian", N, "toll", 46706, AUG11, src=GOV),
     M(K, "28 hari", N, "window", 28, cls="days"),
     M(K, "88 persen", N, "share28", 88, cls="pct"),
     M(K, "sekitar 96 persen", N, "share60", 96, qual="approx", cls="pct"),
     M(K, "60 hari", N, "window60", 60, cls="days"),
     M(K, "12 persen", N, "cut_pct", 12, qual="approx", cls="pct"),
     M(K, "Jumat (17/7/2020)", D, "review", "2020-07-17"),
     M(K, "Sabtu (18/7/2020)", D, "pause", "2020-07-18"),
     M(K, "1.009 kasus baru", N, "cases_aug12", 1009, cls="cases"),
     M(K, "1.148 kasus", N, "cases_aug11", 1148, cls="cases"),

     M(T, "28 hari", N, "window", 28, cls="days"),
     M(T, "lima orang", N, "daily_aug16", 5),
     M(T, "41.366", N, "toll", 41366, AUG16, src=GOV),
     M(T, "Minggu (16/8/2020)", D, "count_sun", "2020-08-16"),
     M(T, "41.239", N, "toll", 41239, AUG12, src=GOV, planted=True),
     M(T, "Rabu lalu", D, "revised", "2020-08-12"),
     M(T, "sekitar 56.800 kematian", N, "toll", 56800, AUG16, qual="approx", src=STATS),
     M(T, "dua kematian baru", N, "hosp_daily", 2),
     M(T, "29.458", N, "hosp_total", 29458),
     M(T, "1.589 orang", N, "wales", 1589),
     M(T, "2.491 orang", N, "scotland", 2491),
     M(T, "1.040 kasus baru", N, "cases_aug16", 1040, cls="cases"),
     M(T, "318.484", N, "cases_total", 318484, cls="cases"),
     M(T, "60 hari", N, "window60", 60, cls="days"),
    ]
    build("uk-death-count-2020", "The UK government's count of Covid-19 deaths revised down (Wednesday 12 August "
          "2020): 45,119 as of Thursday 16 July when the health secretary ordered a review of Public Health England's "
          "method on Friday 17 July, 46,706 as of Tuesday 11 August under the old English rule, 41,329 under the new "
          "28-day rule (5,377 fewer, about 12%; 88% of deaths within 28 days, about 96% within 60), 41,366 as of "
          "Sunday 16 August; the statistics agencies' death-certificate count (more than 50,000 in July, about 56,800 "
          "in August) as another source; daily figures paused from Saturday 18 July", False, ms, names)


def budget():
    R, K, B, G = "reuters-mar03", "kompas-mar04", "bisnis-mar05", "guardian-mar07"
    names = {
     "package": "new support in the budget (GBP billion)", "borrow": "borrowing this year (GBP billion)",
     "borrow_next": "borrowing next year (GBP billion)", "total": "total pandemic support (GBP billion)",
     "corp_new": "the new corporation tax rate (%)", "corp_old": "the current corporation tax rate (%)",
     "small_rate": "the small profits rate (%)", "borrow_gdp": "borrowing as a share of GDP (%)",
     "growth21": "growth forecast for 2021 (%)", "growth22": "growth forecast for 2022 (%)",
     "contraction": "the fall in output in 2020 (%)", "unemp": "the forecast peak in unemployment (%)",
     "furlough": "share of wages the furlough scheme pays (%)", "profit_thr": "profits above which 25% applies (GBP)",
     "small_thr": "profits up to which 19% applies (GBP)", "uc": "the weekly universal credit uplift (GBP)",
     "uc_months": "months the uplift is extended", "allowance": "the frozen personal allowance (GBP)",
     "higher": "the frozen higher-rate threshold (GBP)", "shop_grant": "the largest grant for shops (GBP)",
     "hosp_grant": "the largest grant for hospitality and gyms (GBP)", "sd_thr": "the stamp duty holiday's band (GBP)",
     # dates
     "budget_day": "day of the budget", "corp_start": "month the corporation tax rise starts",
     "growth22_year": "year of the 7.3% growth forecast", "recovery": "when output returns to its pre-pandemic level",
     "furlough_end": "month the furlough scheme ends", "freeze_start": "month the allowance freeze starts",
     "freeze_end": "month the allowance freeze ends", "sd_end": "day the stamp duty holiday ends",
    }
    ms = [
     M(R, "Wednesday", D, "budget_day", "2021-03-03"),
     M(R, "£65 billion", N, "package", 65, cls="bn"),
     M(R, "25%", N, "corp_new", 25, cls="pct"),
     M(R, "19%", N, "corp_old", 19, cls="pct"),
     M(R, "April 2023", D, "corp_start", "2023-04"),
     M(R, "£355 billion", N, "borrow", 355, cls="bn"),
     M(R, "17%", N, "borrow_gdp", 17, cls="pct"),
     M(R, "£234 billion", N, "borrow_next", 234, cls="bn"),
     M(R, "4%", N, "growth21", 4, cls="pct"),
     M(R, "7.3%", N, "growth22", 7.3, cls="pct"),
     M(R, "2022", D, "growth22_year", "2022"),
     M(R, "9.9%", N, "contraction", 9.9, cls="pct"),
     M(R, "6.5%", N, "unemp", 6.5, cls="pct"),
     M(R, "2022", D, "recovery", "2022", occ=2),
     M(R, "£250,000", N, "profit_thr", 250000, cls="gbp"),
     M(R, "£50,000", N, "small_thr", 50000, cls="gbp"),
     M(R, "19%", N, "small_rate", 19, cls="pct", occ=2),
     M(R, "80%", N, "furlough", 80, cls="pct"),
     M(R, "end of September", D, "furlough_end", "2021-09"),
     M(R, "£20", N, "uc", 20, cls="gbp"),
     M(R, "six months", N, "uc_months", 6, cls="months"),
     M(R, "£12,570", N, "allowance", 12570, cls="gbp"),
     M(R, "£50,270", N, "higher", 50270, cls="gbp"),
     M(R, "April 2022", D, "freeze_start", "2022-04"),
     M(R, "April 2026", D, "freeze_end", "2026-04"),
     M(R, "£6,000", N, "shop_grant", 6000, cls="gbp"),
     M(R, "£18,000", N, "hosp_grant", 18000, cls="gbp"),
     M(R, "£500,000", N, "sd_thr", 500000, cls="gbp"),
     M(R, "June 30", D, "sd_end", "2021-06-30"),
     M(R, "£407 billion", N, "total", 407, cls="bn"),

     M(K, "Rabu (3/3/2021)", D, "budget_day", "2021-03-03"),
     M(K, "65 miliar pound sterling", N, "package", 65, cls="bn"),
     M(K, "19 persen", N, "corp_old", 19, cls="pct"),
     M(K, "25 persen", N, "corp_new", 25, cls="pct"),
     M(K, "April 2023", D, "corp_start", "2023-04"),
     M(K, "355 miliar pound", N, "borrow", 355, cls="bn"),
     M(K, "17 persen", N, "borrow_gdp", 17, cls="pct"),
     M(K, "234 miliar pound", N, "borrow_next", 234, cls="bn"),
     M(K, "4 persen", N, "growth21", 4, cls="pct"),
     M(K, "7,3 persen", N, "growth22", 7.3, cls="pct"),
     M(K, "2022", D, "growth22_year", "2022"),
     M(K, "9,9 persen", N, "contraction", 9.9, cls="pct"),
     M(K, "6,5 persen", N, "unemp", 6.5, cls="pct"),
     M(K, "250.000 pound", N, "profit_thr", 250000, cls="gbp"),
     M(K, "50.000 pound", N, "small_thr", 50000, cls="gbp"),
     M(K, "19 persen", N, "small_rate", 19, cls="pct", occ=2),
     M(K, "80 persen", N, "furlough", 80, cls="pct"),
     M(K, "akhir September", D, "furlough_end", "2021-09"),
     M(K, "20 pound", N, "uc", 20, cls="gbp"),
     M(K, "enam bulan", N, "uc_months", 6, cls="months"),
     M(K, "12.570 pound", N, "allowance", 12570, cls="gbp"),
     M(K, "50.270 pound", N, "higher", 50270, cls="gbp"),
     M(K, "April 2026", D, "freeze_end", "2026-04"),
     M(K, "407 miliar pound", N, "total", 407, cls="bn"),

     M(B, "Rabu (3/3/2021)", D, "budget_day", "2021-03-03"),
     M(B, "lebih dari 350 miliar pound", N, "borrow", 350, qual="morethan", cls="bn"),
     M(B, "sekitar 17 persen", N, "borrow_gdp", 17, qual="approx", cls="pct"),
     M(B, "234 miliar pound", N, "borrow_next", 234, cls="bn"),
     M(B, "25 persen", N, "corp_new", 25, cls="pct"),
     M(B, "April 2023", D, "corp_start", "2023-04"),
     M(B, "250.000 pound", N, "profit_thr", 250000, cls="gbp"),
     M(B, "50.000 pound", N, "small_thr", 50000, cls="gbp"),
     M(B, "19 persen", N, "small_rate", 19, cls="pct"),
     M(B, "4 persen", N, "growth21", 4, cls="pct"),
     M(B, "7,3 persen", N, "growth22", 7.3, cls="pct"),
     M(B, "2022", D, "growth22_year", "2022"),
     M(B, "6,5 persen", N, "unemp", 6.5, cls="pct"),
     M(B, "2022", D, "recovery", "2022", occ=2),
     M(B, "6.000 pound", N, "shop_grant", 6000, cls="gbp"),
     M(B, "18.000 pound", N, "hosp_grant", 18000, cls="gbp"),
     M(B, "500.000 pound", N, "sd_thr", 500000, cls="gbp"),
     M(B, "30 Juni", D, "sd_end", "2021-06-30"),
     M(B, "65 miliar pound", N, "package", 65, cls="bn"),
     M(B, "407 miliar pound", N, "total", 407, cls="bn"),

     M(G, "Wednesday", D, "budget_day", "2021-03-03"),
     M(G, "80%", N, "furlough", 80, cls="pct"),
     M(G, "end of September", D, "furlough_end", "2021-09"),
     M(G, "£20", N, "uc", 20, cls="gbp"),
     M(G, "six months", N, "uc_months", 6, cls="months"),
     M(G, "£12,570", N, "allowance", 12570, cls="gbp"),
     M(G, "£50,270", N, "higher", 50270, cls="gbp"),
     M(G, "April 2026", D, "freeze_end", "2026-04"),
     M(G, "April 2023", D, "corp_start", "2023-04"),
     M(G, "19%", N, "corp_old", 19, cls="pct"),
     M(G, "25%", N, "corp_new", 25, cls="pct"),
     M(G, "£250,000", N, "profit_thr", 250000, cls="gbp"),
     M(G, "£50,000", N, "small_thr", 50000, cls="gbp"),
     M(G, "19%", N, "small_rate", 19, cls="pct", occ=2),
     M(G, "£6,000", N, "shop_grant", 6000, cls="gbp"),
     M(G, "£18,000", N, "hosp_grant", 18000, cls="gbp"),
     M(G, "£500,000", N, "sd_thr", 500000, cls="gbp"),
     M(G, "June 30", D, "sd_end", "2021-06-30"),
     M(G, "4%", N, "growth21", 4, cls="pct"),
     M(G, "7.3%", N, "growth22", 7.3, cls="pct"),
     M(G, "2022", D, "growth22_year", "2022"),
     M(G, "6.5%", N, "unemp", 6.5, cls="pct"),
     M(G, "£355bn", N, "borrow", 355, cls="bn"),
     M(G, "17%", N, "borrow_gdp", 17, cls="pct"),
     M(G, "£234bn", N, "borrow_next", 234, cls="bn"),
     M(G, "£65bn", N, "package", 65, cls="bn"),
     M(G, "£407bn", N, "total", 407, cls="bn"),
    ]
    build("uk-budget-2021", "The United Kingdom's budget of Wednesday 3 March 2021 (control): £65 billion of new "
          "support, total pandemic support of £407 billion; borrowing of £355 billion (17% of GDP) this year and £234 "
          "billion next; growth of 4% in 2021 and 7.3% in 2022 after a fall of 9.9%, unemployment peaking at 6.5%, "
          "output back to its pre-pandemic level by mid-2022; corporation tax from 19% to 25% from April 2023 on "
          "profits above £250,000 (19% up to £50,000); furlough (80% of wages) to the end of September; the £20 "
          "weekly universal credit uplift for six months; the personal allowance frozen at £12,570 and the higher-rate "
          "threshold at £50,270 to April 2026; grants of up to £6,000 and £18,000; the stamp duty holiday on the first "
          "£500,000 to 30 June. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    omagh()
    death_count()
    budget()
