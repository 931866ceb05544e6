"""The hundred-and-seventh development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset107/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def chawkbazar():
    R, K, AP, A, T = "reuters-feb21", "kompas-feb22", "ap-feb26", "antara-mar02", "tempo-mar21"
    # the toll: the fire service's first count on Thursday morning, the recount that Thursday night, two deaths in
    # hospital by Tuesday 26 February, a further one on Saturday 2 March, still the toll a month on
    MORN, NIGHT, TUE, SAT, MONTH = "2019-02-21T06", "2019-02-21T22", "2019-02-26", "2019-03-02", "2019-03-21"
    FIRE, DOCS = "the fire service (body bags)", "the hospital's forensic doctors"
    names = {
     "dead": "people killed", "scene": "bodies recovered at the site", "morgue": "bodies counted at the morgue",
     "injured": "injured taken to hospital", "burn": "patients in the burn unit", "others": "other buildings reached",
     "buildings": "buildings burnt in all", "storeys": "storeys of the first building", "hours": "hours the fire burned",
     "handed": "bodies handed to families", "age_anwar": "age of the rickshaw puller", "age_zakir": "age of the victim "
     "who died on 2 March", "age_selim": "age of a patient still treated", "age_mahmudul": "age of the other patient",
     "burns_two": "burnt share of the two who died", "burns_zakir": "burnt share of the victim of 2 March",
     "nimtali": "dead of the Nimtali fire",
     # dates
     "fire": "day the fire broke out", "count81_day": "day of the first count", "doused": "day the fire was put out",
     "search_end": "day the search ended", "recount": "day of the recount", "death_mon": "day of the death on Monday",
     "count69_day": "day of the count of 69", "death_tue": "day of the death on Tuesday",
     "death_sat": "day of the death on Saturday", "y2010": "year of the Nimtali fire",
    }
    ms = [
     M(R, "At least 81 people", N, "dead", 81, MORN, qual="atleast"),
     M(R, "Thursday", D, "count81_day", "2019-02-21"),
     M(R, "Wednesday", D, "fire", "2019-02-20"),
     M(R, "four-storey building", N, "storeys", 4),
     M(R, "four neighbouring buildings", N, "others", 4),
     M(R, "Thursday", D, "doused", "2019-02-21", occ=2),
     M(R, "almost eight hours", N, "hours", 8, qual="nearly", cls="dur"),
     M(R, "More than 40 injured", N, "injured", 40, qual="morethan"),
     M(R, "nine of them", N, "burn", 9, MORN, fall=True),
     M(R, "Thursday", D, "search_end", "2019-02-21", occ=3),
     M(R, "2010", D, "y2010", "2010"),
     M(R, "more than 100 people", N, "nimtali", 100, qual="morethan"),

     M(K, "67 orang", N, "dead", 67, NIGHT),
     M(K, "Kamis (21/2/2019)", D, "recount", "2019-02-21"),
     M(K, "81 orang", N, "dead", 81, MORN),
     M(K, "Rabu (20/2/2019)", D, "fire", "2019-02-20"),
     M(K, "70 kantong jenazah", N, "morgue", 70, src=FIRE),
     M(K, "67 jenazah", N, "morgue", 67, src=DOCS),
     M(K, "67", N, "dead", 67, NIGHT, occ=3),
     M(K, "empat lantai", N, "storeys", 4),
     M(K, "empat gedung lain", N, "others", 4),
     M(K, "Lebih dari 40 orang", N, "injured", 40, qual="morethan"),
     M(K, "sembilan", N, "burn", 9, MORN, fall=True),

     M(AP, "69", N, "dead", 69, TUE),
     M(AP, "Tuesday", D, "count69_day", "2019-02-26"),
     M(AP, "55-year-old", N, "age_anwar", 55, cls="age"),
     M(AP, "Monday", D, "death_mon", "2019-02-25"),
     M(AP, "Tuesday", D, "death_tue", "2019-02-26", occ=2),
     M(AP, "about 60%", N, "burns_two", 60, qual="approx", cls="pct"),
     M(AP, "Feb. 20", D, "fire", "2019-02-20"),
     M(AP, "four other buildings", N, "others", 4),
     M(AP, "67 bodies", N, "scene", 67),
     M(AP, "Feb. 21", D, "doused", "2019-02-21"),
     M(AP, "48 bodies", N, "handed", 48),
     M(AP, "81", N, "dead", 81, MORN),
     M(AP, "70 body bags", N, "morgue", 70, src=FIRE),
     M(AP, "Seven other patients", N, "burn", 7, TUE, fall=True),

     M(A, "71 orang", N, "dead", 71, SAT),
     M(A, "Sabtu (2/3/2019)", D, "death_sat", "2019-03-02"),
     M(A, "35 tahun", N, "age_zakir", 35, cls="age"),
     M(A, "35 persen", N, "burns_zakir", 35, cls="pct"),
     M(A, "Dua korban lain", N, "burn", 2, SAT, fall=True),
     M(A, "44", N, "age_selim", 44, cls="age"),
     M(A, "52 tahun", N, "age_mahmudul", 52, cls="age"),
     M(A, "20 Februari 2019", D, "fire", "2019-02-20"),
     M(A, "67 orang", N, "scene", 67),
     M(A, "lima gedung", N, "buildings", 5),
     M(A, "2010", D, "y2010", "2010"),

     M(T, "Rabu malam (20/2/2019)", D, "fire", "2019-02-20"),
     M(T, "71 orang", N, "dead", 71, MONTH),
     M(T, "76 jenazah", N, "scene", 76, planted=True),
     M(T, "Kamis pagi (21/2/2019)", D, "doused", "2019-02-21"),
     M(T, "81 korban", N, "dead", 81, MORN),
     M(T, "empat lantai", N, "storeys", 4),
     M(T, "empat gedung lain", N, "others", 4),
     M(T, "2010", D, "y2010", "2010"),
     M(T, "lebih dari 100 orang", N, "nimtali", 100, qual="morethan"),
    ]
    build("chawkbazar-fire-2019", "The fire at Churihatta in Chawkbazar, Old Dhaka (from about 10:30 p.m. on Wednesday "
          "20 February 2019, put out at about 6 a.m. on Thursday 21 February): a four-storey building storing "
          "chemicals and four other buildings; the fire service's first count of 81 dead on Thursday morning, "
          "lowered to 67 on the recount that Thursday (70 body bags, 67 bodies counted by the hospital's forensic "
          "doctors); more than 40 injured, nine in the burn unit; 68 after a death on Monday 25 February, 69 early on "
          "Tuesday 26 February (48 bodies handed over, seven still in the burn unit), 71 after a death on Saturday 2 "
          "March (two still treated); the Nimtali fire of 2010 (more than 100 dead)", False, ms, names)


def bangladesh():
    R, K, A, AP = "reuters-jan07", "kompas-jan08", "antara-jan11", "ap-jan30"
    # the night's unofficial counts (the commission's and the television channels'), the commission's results of
    # Monday 8 January (298 seats) and the seats decided by the parliament's first session (299)
    NIGHT, RES, SESSION = "2024-01-07T23", "2024-01-08", "2024-01-30"
    EC, TV = "the Election Commission's unofficial count", "private television channels' tallies"
    names = {
     "al_seats": "the Awami League's seats", "ind_seats": "independents' seats", "jp_seats": "the Jatiya Party's seats",
     "declared": "seats with results declared", "voted": "seats where voting took place",
     "direct": "directly elected seats", "members": "members of parliament", "women": "seats reserved for women",
     "registered": "registered voters", "turnout": "turnout", "turnout2018": "turnout in 2018",
     "ministers": "ministers sworn in", "state_ministers": "state ministers sworn in", "age_hasina": "Hasina's age",
     # dates
     "election": "day of the election", "night_count": "day of the night's count", "results": "day the results were "
     "announced", "repoll": "day of the Mymensingh-3 re-poll", "mps_oath": "day the members were sworn in",
     "pm_oath": "day Hasina and the cabinet were sworn in", "session": "day of the parliament's first session",
     "naogaon": "day of the Naogaon-2 vote", "y2018": "the previous election", "y2009": "year Hasina took office",
    }
    ms = [
     M(R, "Sunday", D, "election", "2024-01-07"),
     M(R, "around 40%", N, "turnout", 40, qual="approx", cls="pct"),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "above 80%", N, "turnout2018", 80, qual="morethan", cls="pct"),
     M(R, "Sunday", D, "night_count", "2024-01-07", occ=2),
     M(R, "167", N, "al_seats", 167, NIGHT, src=EC),
     M(R, "224 seats", N, "declared", 224, NIGHT, src=EC),
     M(R, "49", N, "ind_seats", 49, NIGHT, src=EC),
     M(R, "10", N, "jp_seats", 10, NIGHT, src=EC),
     M(R, "216", N, "al_seats", 216, NIGHT, src=TV),
     M(R, "229 seats", N, "declared", 229, NIGHT, src=TV),
     M(R, "52", N, "ind_seats", 52, NIGHT, src=TV),
     M(R, "299", N, "voted", 299),
     M(R, "300 directly elected seats", N, "direct", 300),
     M(R, "350-member", N, "members", 350),
     M(R, "50 seats", N, "women", 50),
     M(R, "Some 120 million people", N, "registered", 120000000, qual="approx"),

     M(K, "222", N, "al_seats", 222, RES),
     M(K, "298 kursi", N, "declared", 298, RES),
     M(K, "Minggu (7/1/2024)", D, "election", "2024-01-07"),
     M(K, "Senin (8/1/2024)", D, "results", "2024-01-08"),
     M(K, "62 kursi", N, "ind_seats", 62, RES),
     M(K, "11 kursi", N, "jp_seats", 11, RES),
     M(K, "41,8 persen", N, "turnout", 41.8, cls="pct"),
     M(K, "sekitar 40 persen", N, "turnout", 40, qual="approx", cls="pct"),
     M(K, "13 Januari", D, "repoll", "2024-01-13"),

     M(A, "Kamis (11/1/2024)", D, "pm_oath", "2024-01-11"),
     M(A, "76 tahun", N, "age_hasina", 76, cls="age"),
     M(A, "25 menteri", N, "ministers", 25),
     M(A, "11 menteri muda", N, "state_ministers", 11),
     M(A, "Rabu (10/1/2024)", D, "mps_oath", "2024-01-10"),
     M(A, "7 Januari", D, "election", "2024-01-07"),
     M(A, "222", N, "al_seats", 222, RES),
     M(A, "298 kursi", N, "declared", 298, RES),
     M(A, "62 kursi", N, "ind_seats", 62, RES),
     M(A, "12 kursi", N, "jp_seats", 12, RES, planted=True),
     M(A, "2009", D, "y2009", "2009"),

     M(AP, "Tuesday", D, "session", "2024-01-30"),
     M(AP, "Jan. 7", D, "election", "2024-01-07"),
     M(AP, "62 independent lawmakers", N, "ind_seats", 62, RES),
     M(AP, "223", N, "al_seats", 223, SESSION),
     M(AP, "299 seats", N, "declared", 299, SESSION),
     M(AP, "11 seats", N, "jp_seats", 11, RES),
     M(AP, "Jan. 10", D, "mps_oath", "2024-01-10"),
     M(AP, "Jan. 12", D, "pm_oath", "2024-01-12", planted=True),
     M(AP, "Feb. 12", D, "naogaon", "2024-02-12"),
     M(AP, "41.8%", N, "turnout", 41.8, cls="pct"),
     M(AP, "2009", D, "y2009", "2009"),
    ]
    build("bangladesh-election-2024", "Bangladesh's general election of Sunday 7 January 2024 (boycotted by the BNP): "
          "the chief election commissioner's turnout of around 40% after polls closed; the night's unofficial "
          "counts (the commission's Awami League 167 of 224 seats, independents 49, Jatiya Party 10; television "
          "channels' 216 of 229 and 52); the commission's results of Monday 8 January (Awami League 222 of 298, "
          "independents 62, Jatiya Party 11, three parties one each; turnout 41.8%; Naogaon-2 postponed, "
          "Mymensingh-3 withheld until a re-poll on 13 January); the members sworn in on Wednesday 10 January, "
          "Hasina and 25 ministers and 11 state ministers on Thursday 11 January; the parliament's first session on "
          "Tuesday 30 January (Awami League 223 of 299, Shirin Sharmin Chaudhury speaker for a fourth term, GM "
          "Quader leader of the opposition)", False, ms, names)


def budget():
    R, DW, B, K = "reuters-jun12", "dawn-jun13", "bisnis-jun14", "kontan-jun15"
    TN = "trillion rupees"
    names = {
     "outlay": "total spending", "tax": "the tax target", "growth": "the growth target", "inflation": "expected inflation",
     "deficit": "the fiscal deficit", "primary": "the primary surplus", "interest": "interest payments",
     "provinces": "the provinces' share", "nontax": "non-tax revenue", "net": "the federal government's net income",
     "defence": "defence spending", "psdp": "the federal development programme",
     # dates
     "budget_day": "day the budget was presented", "fy_start": "first day of the fiscal year",
    }
    def tn(art, text, fact, value, occ=1):
        return M(art, text, N, fact, value, cls=TN, occ=occ)
    ms = [
     M(R, "Wednesday", D, "budget_day", "2024-06-12"),
     tn(R, "18.877 trillion rupees", "outlay", 18.877),
     M(R, "July 1", D, "fy_start", "2024-07-01"),
     tn(R, "12.97 trillion rupees", "tax", 12.97),
     M(R, "3.6%", N, "growth", 3.6, cls="pct"),
     M(R, "12%", N, "inflation", 12, cls="pct"),
     M(R, "6.9%", N, "deficit", 6.9, cls="pct"),
     M(R, "1.0%", N, "primary", 1.0, cls="pct"),
     tn(R, "9.775 trillion rupees", "interest", 9.775),
     tn(R, "7.438 trillion rupees", "provinces", 7.438),
     tn(R, "3.587 trillion rupees", "nontax", 3.587),
     tn(R, "9.119 trillion rupees", "net", 9.119),
     tn(R, "2.122 trillion rupees", "defence", 2.122),
     tn(R, "1.4 trillion rupees", "psdp", 1.4),

     M(DW, "Wednesday, June 12", D, "budget_day", "2024-06-12"),
     tn(DW, "Rs18.877 trillion", "outlay", 18.877),
     tn(DW, "Rs12.97tr", "tax", 12.97),
     tn(DW, "Rs7.438tr", "provinces", 7.438),
     tn(DW, "Rs3.587tr", "nontax", 3.587),
     tn(DW, "Rs9.119tr", "net", 9.119),
     tn(DW, "Rs9.775tr", "interest", 9.775),
     M(DW, "3.6 per cent", N, "growth", 3.6, cls="pct"),
     M(DW, "12 per cent", N, "inflation", 12, cls="pct"),
     M(DW, "6.9 per cent", N, "deficit", 6.9, cls="pct"),
     M(DW, "1.0 per cent", N, "primary", 1.0, cls="pct"),
     tn(DW, "Rs2.122tr", "defence", 2.122),
     tn(DW, "Rs1.4tr", "psdp", 1.4),
     M(DW, "July 1", D, "fy_start", "2024-07-01"),

     tn(B, "18,877 triliun rupee", "outlay", 18.877),
     M(B, "1 Juli 2024", D, "fy_start", "2024-07-01"),
     M(B, "Rabu (12/6/2024)", D, "budget_day", "2024-06-12"),
     tn(B, "12,97 triliun rupee", "tax", 12.97),
     tn(B, "7,438 triliun rupee", "provinces", 7.438),
     M(B, "3,6%", N, "growth", 3.6, cls="pct"),
     M(B, "12%", N, "inflation", 12, cls="pct"),
     M(B, "6,9%", N, "deficit", 6.9, cls="pct"),
     M(B, "1,0%", N, "primary", 1.0, cls="pct"),
     tn(B, "9,775 triliun rupee", "interest", 9.775),
     tn(B, "3,587 triliun rupee", "nontax", 3.587),
     tn(B, "9,119 triliun rupee", "net", 9.119),
     tn(B, "2,122 triliun rupee", "defence", 2.122),
     tn(B, "1,4 triliun rupee", "psdp", 1.4),

     tn(K, "18,877 triliun rupee", "outlay", 18.877),
     M(K, "Rabu, 12 Juni 2024", D, "budget_day", "2024-06-12"),
     M(K, "6,9 persen", N, "deficit", 6.9, cls="pct"),
     M(K, "1,0 persen", N, "primary", 1.0, cls="pct"),
     M(K, "3,6 persen", N, "growth", 3.6, cls="pct"),
     M(K, "12 persen", N, "inflation", 12, cls="pct"),
     tn(K, "12,97 triliun rupee", "tax", 12.97),
     tn(K, "7,438 triliun rupee", "provinces", 7.438),
     tn(K, "3,587 triliun rupee", "nontax", 3.587),
     tn(K, "9,119 triliun rupee", "net", 9.119),
     tn(K, "9,775 triliun rupee", "interest", 9.775),
     tn(K, "2,122 triliun rupee", "defence", 2.122),
     tn(K, "1,4 triliun rupee", "psdp", 1.4),
     M(K, "1 Juli 2024", D, "fy_start", "2024-07-01"),
    ]
    build("pakistan-budget-2024", "Pakistan's federal budget presented by the finance minister Muhammad Aurangzeb on "
          "Wednesday 12 June 2024 for the fiscal year starting 1 July (control): total spending 18.877 trillion "
          "rupees, the tax target 12.97 trillion (7.438 trillion to the provinces), non-tax revenue 3.587 trillion, "
          "net federal income 9.119 trillion, interest 9.775 trillion, defence 2.122 trillion, development 1.4 "
          "trillion; growth 3.6%, inflation 12%, fiscal deficit 6.9% and primary surplus 1.0% of GDP. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    chawkbazar()
    bangladesh()
    budget()
