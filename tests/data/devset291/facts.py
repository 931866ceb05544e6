"""The two-hundred-and-ninety-first development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset291/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def war():
    K, R, T, A = "kompas-aug10", "reuters-aug16", "detik-aug21", "ap-sep02"
    # as-of times of the running tallies: the South Ossetian leader's claim (Friday 8 August 2008), the Russian
    # officials' claim (Saturday 9 August), the people fled to Russia (10 and 16 August), UNHCR's first estimate of
    # the uprooted (Tuesday 12 August), its 118,000 (16 August) and 158,000 (21 August), the general staff's 74 dead
    # soldiers (Friday 15 August) corrected down to 64 (Wednesday 20 August: a revision by the same authority),
    # Georgia's dead (175 on 16 August, 215 on 21 August and 2 September), the Russian investigators' 133 civilians
    # (Wednesday 20 August).
    AUG08, AUG09, AUG10, AUG12, AUG15, AUG16 = ("2008-08-08", "2008-08-09", "2008-08-10", "2008-08-12",
                                                "2008-08-15", "2008-08-16")
    AUG20, AUG21, SEP02 = "2008-08-20", "2008-08-21", "2008-09-02"
    # the civilian dead in South Ossetia: three sources (the South Ossetian leader's 1,400, the Russian officials'
    # 2,000, the Russian prosecutors' investigators' 133 confirmed): sources, also across days.
    KOK, RUS, INV = "the South Ossetian leader", "Russian officials", "Russian investigators"
    names = {
     "civ_dead": "civilians killed in South Ossetia", "fled_ru": "South Ossetians fled to Russia",
     "iraq": "Georgian troops recalled from Iraq", "points": "points of the ceasefire plan",
     "ge_dead": "Georgians killed", "ru_dead": "Russian soldiers killed", "ru_wounded": "Russian soldiers wounded",
     "displaced": "people uprooted by the conflict (UNHCR)", "fc_yes": "Federation Council votes for recognition",
     "duma_yes": "State Duma votes for recognition", "hours": "hours of talks with Rice (hours)",
     "days_after": "days between the recognition and the break (days)",
     # dates
     "third_day": "day the fighting entered its third day", "offensive": "day Georgia's assault began",
     "ru_in": "day Russian troops crossed in", "rus_claim": "day of the Russian officials' claim",
     "med_sign": "day Medvedev signed the plan", "plan": "day the plan was agreed in Moscow",
     "saak_sign": "day Saakashvili signed the plan", "gori_held": "day Russian troops still held Gori",
     "rev_day": "day of the corrected counts", "deadline": "day set for the Russian pullback",
     "leave": "day Georgian diplomats began leaving Moscow", "ties": "day Georgia announced the break in ties",
     "recog": "day Russia recognised the two regions", "votes": "day of the votes in Russia's parliament",
     "pullback": "day Russian troops pulled back from Gori", "eu": "day of the EU summit",
    }
    ms = [
     M(K, "Minggu (10/8/2008)", D, "third_day", "2008-08-10"),
     M(K, "Kamis (7/8/2008)", D, "offensive", "2008-08-07"),
     M(K, "Jumat (8/8/2008)", D, "ru_in", "2008-08-08"),
     M(K, "sedikitnya 1.400 warga", N, "civ_dead", 1400, AUG08, qual="atleast", src=KOK),
     M(K, "Sabtu (9/8/2008)", D, "rus_claim", "2008-08-09"),
     M(K, "sekitar 2.000 korban sipil", N, "civ_dead", 2000, AUG09, qual="approx", src=RUS),
     M(K, "sekitar 30.000 warga", N, "fled_ru", 30000, AUG10, qual="approx", src=RUS),
     M(K, "2.000 tentaranya", N, "iraq", 2000),

     M(R, "Saturday", D, "med_sign", "2008-08-16"),
     M(R, "six-point", N, "points", 6),
     M(R, "Tuesday", D, "plan", "2008-08-12"),
     M(R, "Friday", D, "saak_sign", "2008-08-15"),
     M(R, "five hours", N, "hours", 5, cls="hours"),
     M(R, "Aug. 7", D, "offensive", "2008-08-07"),
     M(R, "Aug. 8", D, "ru_in", "2008-08-08"),
     M(R, "175 of its people", N, "ge_dead", 175, AUG16),
     M(R, "74 Russian soldiers", N, "ru_dead", 74, AUG15),
     M(R, "171", N, "ru_wounded", 171, AUG15),
     M(R, "about 118,000", N, "displaced", 118000, AUG16, qual="approx"),
     M(R, "roughly 100,000", N, "displaced", 100000, AUG12, qual="approx"),
     M(R, "about 30,000 South Ossetians", N, "fled_ru", 30000, AUG16, qual="approx", src=RUS),
     M(R, "Saturday evening", D, "gori_held", "2008-08-16"),

     M(T, "133 warga sipil", N, "civ_dead", 133, AUG20, src=INV),
     M(T, "2.000", N, "civ_dead", 2000, AUG09, src=RUS),
     M(T, "Rabu (20/8/2008)", D, "rev_day", "2008-08-20"),
     M(T, "64 orang", N, "ru_dead", 64, AUG20),
     M(T, "74 orang", N, "ru_dead", 74, AUG15),
     M(T, "215 warganya", N, "ge_dead", 215, AUG21),
     M(T, "sekitar 158.000 orang", N, "displaced", 158000, AUG21, qual="approx"),
     M(T, "Jumat (22/8/2008)", D, "deadline", "2008-08-22"),
     M(T, "enam butir", N, "points", 6),
     M(T, "Jumat (15/8/2008)", D, "saak_sign", "2008-08-15"),
     M(T, "Sabtu (16/8/2008)", D, "med_sign", "2008-08-16"),
     M(T, "Rabu (6/8/2008)", D, "offensive", "2008-08-06", planted=True),

     M(A, "Tuesday", D, "leave", "2008-09-02"),
     M(A, "Aug. 29", D, "ties", "2008-08-29"),
     M(A, "three days", N, "days_after", 3, cls="days"),
     M(A, "Aug. 26", D, "recog", "2008-08-26"),
     M(A, "Aug. 25", D, "votes", "2008-08-25"),
     M(A, "130-0", N, "fc_yes", 130),
     M(A, "447-0", N, "duma_yes", 447),
     M(A, "Aug. 7", D, "offensive", "2008-08-07"),
     M(A, "133 civilians", N, "civ_dead", 133, AUG20, src=INV),
     M(A, "64 Russian soldiers", N, "ru_dead", 64, AUG20),
     M(A, "215 of its citizens", N, "ge_dead", 215, SEP02),
     M(A, "Aug. 22", D, "pullback", "2008-08-22"),
     M(A, "Aug. 17", D, "med_sign", "2008-08-17", planted=True),
     M(A, "Monday", D, "eu", "2008-09-01"),
    ]
    build("tskhinvali-war-2008", "The Russia-Georgia war over South Ossetia (August 2008): Georgia's assault on "
          "Tskhinvali on the night of Thursday 7 August, Russian troops in on Friday 8 August; the South Ossetian "
          "leader's 1,400 and the Russian officials' 2,000 civilian dead against the Russian investigators' 133 "
          "(sources); the general staff's 74 dead soldiers corrected down to 64 on Wednesday 20 August (revision); "
          "Georgia's dead 175 -> 215; UNHCR's uprooted about 100,000 -> 118,000 -> 158,000; the six-point plan agreed "
          "on Tuesday 12 August, signed by Saakashvili on Friday 15 August and by Medvedev on Saturday 16 August; "
          "Russia's parliament's votes (130-0, 447-0) on 25 August, the recognition on 26 August, Georgia's break in "
          "ties on 29 August", False, ms, names)


def exodus():
    R, K, T, A = "reuters-sep26", "kompas-sep28", "tempo-oct02", "ap-oct20"
    # as-of times of the running tallies: Monday night 25 September 2023 (the blast's first 20 dead, the 6,650
    # arrivals), early Tuesday 26 September (13,350 arrivals) and Tuesday (68 dead, 290 injured, 105 missing),
    # Wednesday morning 27 September (28,120), Thursday morning 28 September (50,243) and Thursday (170 dead),
    # Saturday 30 September (100,417), 2 October (at least 170 dead), 20 October (218 dead, more than 100,000).
    # The arrivals are the Armenian government's count, the blast's dead the local authorities' count.
    SEP25N, SEP26A, SEP26, SEP27, SEP28A, SEP28 = ("2023-09-25n", "2023-09-26a", "2023-09-26", "2023-09-27a",
                                                   "2023-09-28a", "2023-09-28")
    SEP30, OCT02, OCT20 = "2023-09-30", "2023-10-02", "2023-10-20"
    names = {
     "blast_dead": "people killed by the fuel depot blast", "blast_inj": "people injured by the blast",
     "blast_missing": "people missing after the blast", "arrived": "people arrived in Armenia from Karabakh",
     "pop": "ethnic Armenians living in the enclave", "share": "share of the enclave's people who left (%)",
     "kb_dead": "people killed on the Armenian side in the offensive", "kb_civ": "civilians among them",
     "az_dead": "Azerbaijani soldiers killed", "blockade": "months of the blockade", "aid_us": "US aid (USD million)",
     "unhcr": "UNHCR's appeal (USD million)", "war_days": "days of the 2020 war", "un_years": "years since a UN mission",
     "remain": "Armenians left in the enclave", "peacekeepers": "Russian peacekeepers", "icc_yes": "votes to join the ICC",
     # dates
     "asof_tue": "day of the count of 68", "asof_tue2": "day of the count of 13,350", "blast": "day of the blast",
     "asof_mon": "day of the count of 6,650", "offensive": "day Azerbaijan's offensive began",
     "ceasefire": "day of the ceasefire", "road": "day the road reopened", "decree": "day the dissolution decree was signed",
     "dissolve": "day the separatist institutions cease to exist", "asof_thu": "day of the count of 50,243",
     "arrest": "day Vardanyan was detained", "war2020": "year of the 44-day war", "asof_sat": "day of the count of 100,417",
     "un_visit": "day the UN team arrived", "flag": "day Aliyev raised the flag", "icc": "day of the ICC vote",
    }
    ms = [
     M(R, "at least 68 people", N, "blast_dead", 68, SEP26, qual="atleast"),
     M(R, "290", N, "blast_inj", 290, SEP26),
     M(R, "105", N, "blast_missing", 105, SEP26, fall=True),
     M(R, "Tuesday", D, "asof_tue", "2023-09-26"),
     M(R, "20 dead", N, "blast_dead", 20, SEP25N),
     M(R, "Monday evening", D, "blast", "2023-09-25"),
     M(R, "13,350 people", N, "arrived", 13350, SEP26A),
     M(R, "early Tuesday", D, "asof_tue2", "2023-09-26"),
     M(R, "6,650", N, "arrived", 6650, SEP25N),
     M(R, "Monday night", D, "asof_mon", "2023-09-25"),
     M(R, "about 120,000 ethnic Armenians", N, "pop", 120000, qual="approx"),
     M(R, "Sept. 19", D, "offensive", "2023-09-19"),
     M(R, "Sept. 20", D, "ceasefire", "2023-09-20"),
     M(R, "at least 200 people", N, "kb_dead", 200, qual="atleast"),
     M(R, "10 of them civilians", N, "kb_civ", 10),
     M(R, "192 of its soldiers", N, "az_dead", 192),
     M(R, "Sunday", D, "road", "2023-09-24"),
     M(R, "more than nine months", N, "blockade", 9, qual="morethan", cls="months"),
     M(R, "$11.5 million", N, "aid_us", 11.5, cls="usd"),

     M(K, "Kamis (28/9/2023)", D, "decree", "2023-09-28"),
     M(K, "1 Januari 2024", D, "dissolve", "2024-01-01"),
     M(K, "50.243 orang", N, "arrived", 50243, SEP28A),
     M(K, "Kamis pagi", D, "asof_thu", "2023-09-28"),
     M(K, "28.120 orang", N, "arrived", 28120, SEP27),
     M(K, "lebih dari 40 persen", N, "share", 40, SEP28A, qual="morethan", cls="pct"),
     M(K, "sekitar 120.000 penduduk", N, "pop", 120000, qual="approx"),
     M(K, "170 orang", N, "blast_dead", 170, SEP28),
     M(K, "Senin (25/9/2023)", D, "blast", "2023-09-25"),
     M(K, "Rabu (27/9/2023)", D, "arrest", "2023-09-27"),
     M(K, "Senin (18/9/2023)", D, "offensive", "2023-09-18", planted=True),
     M(K, "44 hari", N, "war_days", 44, cls="days"),
     M(K, "2020", D, "war2020", "2020"),

     M(T, "100.417 orang", N, "arrived", 100417, SEP30),
     M(T, "Sabtu (30/9/2023)", D, "asof_sat", "2023-09-30"),
     M(T, "50.423 orang", N, "arrived", 50423, SEP28A, planted=True),
     M(T, "Kamis pagi", D, "asof_thu", "2023-09-28"),
     M(T, "lebih dari 80 persen", N, "share", 80, SEP30, qual="morethan", cls="pct"),
     M(T, "sekitar 120.000 warga", N, "pop", 120000, qual="approx"),
     M(T, "Minggu (1/10/2023)", D, "un_visit", "2023-10-01"),
     M(T, "sekitar 30 tahun", N, "un_years", 30, qual="approx", cls="years"),
     M(T, "50 hingga 1.000 warga", N, "remain", 50),
     M(T, "Selasa (19/9/2023)", D, "offensive", "2023-09-19"),
     M(T, "Rabu (20/9/2023)", D, "ceasefire", "2023-09-20"),
     M(T, "Senin (25/9/2023)", D, "blast", "2023-09-25"),
     M(T, "sedikitnya 170 orang", N, "blast_dead", 170, OCT02, qual="atleast"),
     M(T, "US$97 juta", N, "unhcr", 97, cls="usd"),

     M(A, "more than 100,000", N, "arrived", 100000, OCT20, qual="morethan"),
     M(A, "Sept. 19", D, "offensive", "2023-09-19"),
     M(A, "Sept. 25", D, "blast", "2023-09-25"),
     M(A, "218 people", N, "blast_dead", 218, OCT20),
     M(A, "Oct. 15", D, "flag", "2023-10-15"),
     M(A, "Sept. 28", D, "decree", "2023-09-28"),
     M(A, "Jan. 1, 2024", D, "dissolve", "2024-01-01"),
     M(A, "Sept. 27", D, "arrest", "2023-09-27"),
     M(A, "About 2,000 Russian peacekeepers", N, "peacekeepers", 2000, qual="approx"),
     M(A, "44-day", N, "war_days", 44, cls="days"),
     M(A, "2020", D, "war2020", "2020"),
     M(A, "60-22", N, "icc_yes", 60),
     M(A, "Oct. 3", D, "icc", "2023-10-03"),
    ]
    build("karabakh-exodus-2023", "The flight of Nagorno-Karabakh's Armenians after Azerbaijan's offensive of Tuesday 19 "
          "September 2023 (ceasefire Wednesday 20 September): the Armenian government's count of arrivals rising 6,650 "
          "(Monday night 25 September) -> 13,350 (early Tuesday) -> 28,120 -> 50,243 (Thursday morning) -> 100,417 "
          "(Saturday 30 September) -> more than 100,000; the fuel depot blast near Stepanakert on Monday evening 25 "
          "September, its dead 20 -> at least 68 -> 170 -> 218 (290 injured, 105 missing); the dissolution decree of "
          "Thursday 28 September (institutions gone by 1 January 2024); a UN team on Sunday 1 October; the flag raised "
          "on 15 October; Armenia's ICC vote of 3 October (60-22)", False, ms, names)


def cop29():
    R, K, T, A = "reuters-nov24", "kompas-nov25", "antara-nov26", "ap-nov27"
    names = {
     "goal": "the new goal from wealthy nations (USD billion a year)",
     "all_src": "the wider aim from all sources (USD trillion a year)",
     "demand": "developing nations' demand (USD trillion)", "old": "the old goal (USD billion a year)",
     "draft": "Friday's draft (USD billion a year)", "countries": "countries at the summit",
     "overtime": "hours the talks overran (hours)", "times": "the new goal as a multiple of the old",
     "late": "years the old goal was late",
     # dates
     "deal": "day of the deal", "end": "day the summit was due to end", "draft_day": "day of the draft",
     "target": "year both targets are due", "old_set": "year the old goal was promised",
     "old_due": "year the old goal was due", "old_met": "year the old goal was met",
     "opened": "day the summit opened", "cop30": "month of the next summit",
    }
    ms = [
     M(R, "Sunday", D, "deal", "2024-11-24"),
     M(R, "at least $300 billion", N, "goal", 300, qual="atleast", cls="usd_bn"),
     M(R, "2035", D, "target", "2035"),
     M(R, "nearly 200 countries", N, "countries", 200, qual="nearly"),
     M(R, "more than 30 hours", N, "overtime", 30, qual="morethan", cls="hours"),
     M(R, "Friday", D, "end", "2024-11-22"),
     M(R, "$1.3 trillion", N, "all_src", 1.3, cls="usd_tn"),
     M(R, "2035", D, "target", "2035", occ=2),
     M(R, "$300 billion", N, "goal", 300, cls="usd_bn", occ=2),
     M(R, "$100 billion", N, "old", 100, cls="usd_bn"),
     M(R, "2009", D, "old_set", "2009"),
     M(R, "2020", D, "old_due", "2020"),
     M(R, "2022", D, "old_met", "2022"),
     M(R, "Friday", D, "draft_day", "2024-11-22", occ=2),
     M(R, "$250 billion", N, "draft", 250, cls="usd_bn"),
     M(R, "Nov. 11", D, "opened", "2024-11-11"),
     M(R, "November 2025", D, "cop30", "2025-11"),

     M(K, "Minggu (24/11/2024)", D, "deal", "2024-11-24"),
     M(K, "sedikitnya 300 miliar dollar AS", N, "goal", 300, qual="atleast", cls="usd_bn"),
     M(K, "2035", D, "target", "2035"),
     M(K, "hampir 200 negara", N, "countries", 200, qual="nearly"),
     M(K, "1,3 triliun dollar AS", N, "all_src", 1.3, cls="usd_tn"),
     M(K, "2035", D, "target", "2035", occ=2),
     M(K, "100 miliar dollar AS", N, "old", 100, cls="usd_bn"),
     M(K, "2009", D, "old_set", "2009"),
     M(K, "2020", D, "old_due", "2020"),
     M(K, "2022", D, "old_met", "2022"),
     M(K, "lebih dari 30 jam", N, "overtime", 30, qual="morethan", cls="hours"),
     M(K, "Jumat (22/11/2024)", D, "end", "2024-11-22"),
     M(K, "hari Jumat", D, "draft_day", "2024-11-22"),
     M(K, "250 miliar dollar AS", N, "draft", 250, cls="usd_bn"),
     M(K, "November 2025", D, "cop30", "2025-11"),

     M(T, "300 miliar dolar AS", N, "goal", 300, cls="usd_bn"),
     M(T, "Minggu (24/11/2024)", D, "deal", "2024-11-24"),
     M(T, "sedikitnya 300 miliar dolar AS", N, "goal", 300, qual="atleast", cls="usd_bn"),
     M(T, "2035", D, "target", "2035"),
     M(T, "tiga kali lipat", N, "times", 3, cls="times"),
     M(T, "100 miliar dolar AS", N, "old", 100, cls="usd_bn"),
     M(T, "2009", D, "old_set", "2009"),
     M(T, "1,3 triliun dolar AS", N, "all_src", 1.3, cls="usd_tn"),
     M(T, "2035", D, "target", "2035", occ=2),
     M(T, "1,3 triliun dolar AS", N, "demand", 1.3, cls="usd_tn", occ=2),
     M(T, "Senin (11/11/2024)", D, "opened", "2024-11-11"),
     M(T, "Jumat (22/11/2024)", D, "end", "2024-11-22"),
     M(T, "Jumat", D, "draft_day", "2024-11-22", occ=2),
     M(T, "250 miliar dolar AS", N, "draft", 250, cls="usd_bn"),
     M(T, "Hampir 200 negara", N, "countries", 200, qual="nearly"),
     M(T, "November 2025", D, "cop30", "2025-11"),

     M(A, "Nov. 24", D, "deal", "2024-11-24"),
     M(A, "at least $300 billion", N, "goal", 300, qual="atleast", cls="usd_bn"),
     M(A, "2035", D, "target", "2035"),
     M(A, "three times", N, "times", 3, cls="times"),
     M(A, "$100 billion", N, "old", 100, cls="usd_bn"),
     M(A, "2009", D, "old_set", "2009"),
     M(A, "2022", D, "old_met", "2022"),
     M(A, "two years", N, "late", 2, cls="years"),
     M(A, "$1.3 trillion", N, "all_src", 1.3, cls="usd_tn"),
     M(A, "2035", D, "target", "2035", occ=2),
     M(A, "$1.3 trillion", N, "demand", 1.3, cls="usd_tn", occ=2),
     M(A, "Nov. 22", D, "draft_day", "2024-11-22"),
     M(A, "$250 billion", N, "draft", 250, cls="usd_bn"),
     M(A, "Nearly 200 countries", N, "countries", 200, qual="nearly"),
     M(A, "more than 30 hours", N, "overtime", 30, qual="morethan", cls="hours"),
     M(A, "Nov. 11", D, "opened", "2024-11-11"),
     M(A, "November 2025", D, "cop30", "2025-11"),
    ]
    build("cop29-finance-2024", "The climate finance goal agreed at the COP29 summit in Baku (control), early on "
          "Sunday 24 November 2024 after talks due to end on Friday 22 November ran more than 30 hours over: at least "
          "$300 billion a year by 2035 from wealthy nations (three times the $100 billion promised in 2009 for 2020 and "
          "met in 2022), a wider aim of $1.3 trillion a year by 2035 from all sources, Friday's draft of $250 billion, "
          "nearly 200 countries, the summit opened on 11 November, COP30 in Belem in November 2025. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    war()
    exodus()
    cop29()
