"""The two-hundred-and-sixty-first development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset261/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def buizingen():
    R, K, T, A = "reuters-feb15", "kompas-feb16", "detik-feb18", "ap-mar10"
    # as-of times of the running tallies: Monday 15 February 2010 in the day (the mayor's early word of 25 dead) and
    # in the evening (the governor's at least 20 dead and 125 injured), Tuesday 16 February (the toll corrected down
    # to 18, 171 injured), Thursday 18 February (18 identified, 171 injured), Wednesday 10 March (18 dead, 171 hurt).
    # The authorities' 20 against their own 18 a day later is a tally revised down (`revision`); the mayor's 25 is
    # another source's word (`sources`) against every count of the authorities.
    MONA, MONB, TUE, THU, MAR10 = "2010-02-15a", "2010-02-15b", "2010-02-16", "2010-02-18", "2010-03-10"
    GOV, MAYOR = "the provincial and federal authorities", "the mayor of Halle"
    names = {
     "dead": "people killed in the collision", "injured": "people injured in the collision",
     "dist": "distance of the crash site from Brussels (km)", "dead2001": "dead in the Pécrot crash of 2001",
     # dates
     "crash": "day of the collision", "corr_day": "day the toll was corrected to 18",
     "strike": "day of the spontaneous rail strike", "pecrot": "the Pécrot crash",
     "tbl": "year the braking system is to cover the network", "asof_thu": "day all victims were identified",
     "inquiry": "day the parliamentary inquiry began",
    }
    ms = [
     M(R, "Monday", D, "crash", "2010-02-15"),
     M(R, "about 15 km", N, "dist", 15, qual="approx", cls="km"),
     M(R, "at least 20 people", N, "dead", 20, MONB, qual="atleast", src=GOV),
     M(R, "125 people", N, "injured", 125, MONB),
     M(R, "25 dead", N, "dead", 25, MONA, src=MAYOR),
     M(R, "March 2001", D, "pecrot", "2001-03"),
     M(R, "eight people", N, "dead2001", 8),

     M(K, "18 orang", N, "dead", 18, TUE, src=GOV),
     M(K, "Selasa (16/2/2010)", D, "corr_day", "2010-02-16"),
     M(K, "20 orang", N, "dead", 20, MONB, src=GOV),
     M(K, "Senin (15/2/2010)", D, "crash", "2010-02-15"),
     M(K, "sekitar 15 km", N, "dist", 15, qual="approx", cls="km"),
     M(K, "171 orang", N, "injured", 171, TUE),
     M(K, "25 orang", N, "dead", 25, MONA, src=MAYOR),
     M(K, "Selasa (16/2/2010)", D, "strike", "2010-02-16", occ=2),
     M(K, "2013", D, "tbl", "2013"),
     M(K, "27 Maret 2001", D, "pecrot", "2001-03-27"),
     M(K, "delapan orang", N, "dead2001", 8),

     M(T, "18 korban", N, "dead", 18, THU, src=GOV),
     M(T, "Kamis (18/2/2010)", D, "asof_thu", "2010-02-18"),
     M(T, "171 orang", N, "injured", 171, THU),
     M(T, "Minggu (14/2/2010)", D, "crash", "2010-02-14", planted=True),
     M(T, "20 orang", N, "dead", 20, MONB, src=GOV),
     M(T, "Selasa (16/2/2010)", D, "strike", "2010-02-16"),
     M(T, "2013", D, "tbl", "2013"),

     M(A, "Wednesday", D, "inquiry", "2010-03-10"),
     M(A, "18 people", N, "dead", 18, MAR10, src=GOV),
     M(A, "Feb. 15", D, "crash", "2010-02-15"),
     M(A, "171 passengers", N, "injured", 171, MAR10),
     M(A, "20", N, "dead", 20, MONB, src=GOV),
     M(A, "18", N, "dead", 18, TUE, src=GOV, occ=2),
     M(A, "2013", D, "tbl", "2013"),
     M(A, "Feb. 16", D, "strike", "2010-02-16"),
     M(A, "eight people", N, "dead2001", 8),
     M(A, "2001", D, "pecrot", "2001"),
    ]
    build("buizingen-train-2010", "The collision of two commuter trains at Buizingen near Halle, Belgium (Monday 15 "
          "February 2010, shortly before 08.30): the governor's at least 20 dead on Monday evening corrected down to 18 "
          "on Tuesday 16 February (some victims counted twice), the mayor of Halle's early 25 as another source; "
          "injured 125 -> 171; a spontaneous rail strike on Tuesday 16 February; the automatic braking system to cover "
          "the network by 2013; the Pécrot crash of 27 March 2001 (eight dead); a parliamentary inquiry opened on "
          "Wednesday 10 March 2010", False, ms, names)


def nahel():
    R, K, T, A = "reuters-jun30", "kompas-jul02", "detik-jul04", "ap-jul25"
    # The arrests of each night are one fact each (the nights of 28-29 June, 29-30 June, 30 June-1 July, 1-2 July and
    # 2-3 July), counted once by the interior ministry; the arrests since the unrest began are a running tally: more
    # than 1,000 on Friday 30 June, more than 2,300 by Saturday 1 July, more than 3,000 by Monday 3 July, more than
    # 3,500 in all (as reported on 25 July). The damage: the employers' federation's more than 1 billion euros
    # against the insurers' 280 million euros (`sources`). The victim's age and the arrested's average age are two
    # facts of one class.
    JUN30, JUL01, JUL03, JUL25 = "2023-06-30", "2023-07-01", "2023-07-03", "2023-07-25"
    MEDEF, INS = "the employers' federation MEDEF", "the insurers' group France Assureurs"
    names = {
     "n2": "arrests in the night of 28-29 June", "n3": "arrests in the night of 29-30 June",
     "n4": "arrests in the night of 30 June-1 July", "n5": "arrests in the night of 1-2 July",
     "n6": "arrests in the night of 2-3 July", "inj3": "officers hurt in the night of 29-30 June",
     "inj4": "officers hurt in the night of 30 June-1 July", "veh4": "vehicles burned in the night of 30 June-1 July",
     "bld4": "buildings burned or damaged in the night of 30 June-1 July",
     "total": "people detained since the unrest began", "deployed": "police and gendarmes deployed",
     "mayors": "mayors received by the president", "age": "the victim's age",
     "avg_age": "average age of those arrested", "damage": "damage from the riots",
     "fund": "money raised for the officer's family",
     # dates
     "shooting": "day of the shooting", "charged": "day the officer was charged",
     "deploy": "first night of the 45,000-strong deployment", "march": "day of the march in Nanterre",
     "funeral": "day of the funeral", "asof_jul01": "day the arrests passed 2,300",
     "unrest_start": "day the unrest began", "asof_jul03": "day the arrests passed 3,000",
     "attack": "day the mayor's house was attacked", "meeting": "day the president met the mayors",
     "night4": "the night to 1 July",
    }
    ms = [
     M(R, "45,000", N, "deployed", 45000),
     M(R, "Friday", D, "deploy", "2023-06-30"),
     M(R, "17-year-old", N, "age", 17, cls="age"),
     M(R, "875 people", N, "n3", 875),
     M(R, "249 officers", N, "inj3", 249),
     M(R, "180 arrests", N, "n2", 180),
     M(R, "Tuesday", D, "shooting", "2023-06-27"),
     M(R, "Thursday", D, "charged", "2023-06-29"),
     M(R, "more than 1,000 people", N, "total", 1000, JUN30, qual="morethan"),
     M(R, "Thursday", D, "march", "2023-06-29", occ=2),

     M(K, "17 tahun", N, "age", 17, cls="age"),
     M(K, "Sabtu (1/7/2023)", D, "funeral", "2023-07-01"),
     M(K, "Selasa (27/6/2023)", D, "shooting", "2023-06-27"),
     M(K, "1.311 orang", N, "n4", 1311),
     M(K, "79 polisi", N, "inj4", 79),
     M(K, "sekitar 1.350 kendaraan", N, "veh4", 1350, qual="approx"),
     M(K, "234 bangunan", N, "bld4", 234),
     M(K, "lebih dari 2.300 orang", N, "total", 2300, JUL01, qual="morethan"),
     M(K, "Sabtu (1/7/2023)", D, "asof_jul01", "2023-07-01", occ=2),
     M(K, "45.000 polisi", N, "deployed", 45000),
     M(K, "Kamis (29/6/2023)", D, "charged", "2023-06-29"),
     M(K, "sekitar 17 tahun", N, "avg_age", 17, qual="approx", cls="age"),

     M(T, "lebih dari 200 wali kota", N, "mayors", 200, qual="morethan"),
     M(T, "Selasa (4/7/2023)", D, "meeting", "2023-07-04"),
     M(T, "157 orang", N, "n6", 157),
     M(T, "719 orang", N, "n5", 719),
     M(T, "1.131 orang", N, "n4", 1131, planted=True),
     M(T, "lebih dari 3.000 orang", N, "total", 3000, JUL03, qual="morethan"),
     M(T, "Selasa (27/6/2023)", D, "unrest_start", "2023-06-27"),
     M(T, "Senin (3/7/2023)", D, "asof_jul03", "2023-07-03"),
     M(T, "Minggu (2/7/2023)", D, "attack", "2023-07-02"),
     M(T, "lebih dari 1 miliar euro", N, "damage", 1000, qual="morethan", src=MEDEF, cls="eur"),

     M(A, "280 million euros", N, "damage", 280, src=INS, cls="eur"),
     M(A, "more than 1 billion euros", N, "damage", 1000, qual="morethan", src=MEDEF, cls="eur"),
     M(A, "17", N, "age", 17, cls="age"),
     M(A, "June 27", D, "shooting", "2023-06-27"),
     M(A, "June 28", D, "charged", "2023-06-28", planted=True),
     M(A, "July 1", D, "funeral", "2023-07-01"),
     M(A, "more than 3,500 people", N, "total", 3500, JUL25, qual="morethan"),
     M(A, "July 1", D, "night4", "2023-07-01", occ=2),
     M(A, "1,311 arrests", N, "n4", 1311),
     M(A, "some 45,000 officers", N, "deployed", 45000, qual="approx"),
     M(A, "1.6 million euros", N, "fund", 1.6, qual="morethan", cls="eur"),
    ]
    build("nahel-riots-2023", "The riots in France after the police killing of Nahel M., 17, in Nanterre (Tuesday 27 "
          "June 2023): the officer charged on Thursday 29 June; the interior ministry's arrests night by night (180, "
          "875, 1,311, 719, 157) and in all (more than 1,000 -> 2,300 -> 3,000 -> 3,500), 249 then 79 officers hurt, "
          "45,000 police and gendarmes deployed from Friday 30 June; the funeral on Saturday 1 July; the attack on the "
          "mayor of L'Haÿ-les-Roses's house on Sunday 2 July; the president's meeting with more than 200 mayors on "
          "Tuesday 4 July; the damage by the employers' federation (more than 1 billion euros) and by the insurers "
          "(280 million euros)", False, ms, names)


def stimulus():
    R, K, B, W = "reuters-jun03", "kompas-jun04", "bisnis-jun05", "dw-jun06"
    names = {
     "total": "the package's size", "federal": "the federal share", "future": "the future package",
     "std_old": "the standard VAT rate before the cut", "std_new": "the cut standard VAT rate",
     "red_old": "the reduced VAT rate before the cut", "red_new": "the cut reduced VAT rate",
     "child": "the bonus per child", "ecar_old": "the state's electric car premium before",
     "ecar_new": "the state's electric car premium after", "price_cap": "the list price limit for the premium",
     "levy21": "the renewable energy levy cap in 2021 (cents/kWh)",
     "levy22": "the renewable energy levy cap in 2022 (cents/kWh)",
     # dates
     "agreed": "day of the agreement", "talks": "day the talks began", "vat_start": "first day of the VAT cut",
     "vat_end": "last day of the VAT cut",
    }
    ms = [
     M(R, "Wednesday", D, "agreed", "2020-06-03"),
     M(R, "130 billion euros", N, "total", 130, cls="eurbn"),
     M(R, "120 billion euros", N, "federal", 120, cls="eurbn"),
     M(R, "Tuesday", D, "talks", "2020-06-02"),
     M(R, "19%", N, "std_old", 19, cls="pct"),
     M(R, "16%", N, "std_new", 16, cls="pct"),
     M(R, "7%", N, "red_old", 7, cls="pct"),
     M(R, "5%", N, "red_new", 5, cls="pct"),
     M(R, "July 1", D, "vat_start", "2020-07-01"),
     M(R, "Dec. 31, 2020", D, "vat_end", "2020-12-31"),
     M(R, "300 euros", N, "child", 300, cls="eur"),
     M(R, "3,000 euros", N, "ecar_old", 3000, cls="eur"),
     M(R, "6,000 euros", N, "ecar_new", 6000, cls="eur"),
     M(R, "40,000 euros", N, "price_cap", 40000, cls="eur"),
     M(R, "50 billion euros", N, "future", 50, cls="eurbn"),
     M(R, "6.5 cents", N, "levy21", 6.5, cls="cents"),
     M(R, "6 cents", N, "levy22", 6, cls="cents"),

     M(K, "130 miliar euro", N, "total", 130, cls="eurbn"),
     M(K, "Rabu (3/6/2020)", D, "agreed", "2020-06-03"),
     M(K, "Selasa (2/6/2020)", D, "talks", "2020-06-02"),
     M(K, "120 miliar euro", N, "federal", 120, cls="eurbn"),
     M(K, "19 persen", N, "std_old", 19, cls="pct"),
     M(K, "16 persen", N, "std_new", 16, cls="pct"),
     M(K, "7 persen", N, "red_old", 7, cls="pct"),
     M(K, "5 persen", N, "red_new", 5, cls="pct"),
     M(K, "1 Juli", D, "vat_start", "2020-07-01"),
     M(K, "31 Desember 2020", D, "vat_end", "2020-12-31"),
     M(K, "300 euro", N, "child", 300, cls="eur"),
     M(K, "3.000 euro", N, "ecar_old", 3000, cls="eur"),
     M(K, "6.000 euro", N, "ecar_new", 6000, cls="eur"),
     M(K, "40.000 euro", N, "price_cap", 40000, cls="eur"),
     M(K, "50 miliar euro", N, "future", 50, cls="eurbn"),
     M(K, "6,5 sen", N, "levy21", 6.5, cls="cents"),
     M(K, "6 sen", N, "levy22", 6, cls="cents"),

     M(B, "19 persen", N, "std_old", 19, cls="pct"),
     M(B, "16 persen", N, "std_new", 16, cls="pct"),
     M(B, "130 miliar euro", N, "total", 130, cls="eurbn"),
     M(B, "Rabu (3/6/2020)", D, "agreed", "2020-06-03"),
     M(B, "120 miliar euro", N, "federal", 120, cls="eurbn"),
     M(B, "7 persen", N, "red_old", 7, cls="pct"),
     M(B, "5 persen", N, "red_new", 5, cls="pct"),
     M(B, "1 Juli 2020", D, "vat_start", "2020-07-01"),
     M(B, "31 Desember 2020", D, "vat_end", "2020-12-31"),
     M(B, "300 euro", N, "child", 300, cls="eur"),
     M(B, "3.000 euro", N, "ecar_old", 3000, cls="eur"),
     M(B, "6.000 euro", N, "ecar_new", 6000, cls="eur"),
     M(B, "40.000 euro", N, "price_cap", 40000, cls="eur"),
     M(B, "50 miliar euro", N, "future", 50, cls="eurbn"),

     M(W, "130-billion-euro", N, "total", 130, cls="eurbn"),
     M(W, "Wednesday", D, "agreed", "2020-06-03"),
     M(W, "July 1", D, "vat_start", "2020-07-01"),
     M(W, "December 31, 2020", D, "vat_end", "2020-12-31"),
     M(W, "16%", N, "std_new", 16, cls="pct"),
     M(W, "19%", N, "std_old", 19, cls="pct"),
     M(W, "5%", N, "red_new", 5, cls="pct"),
     M(W, "7%", N, "red_old", 7, cls="pct"),
     M(W, "120 billion euros", N, "federal", 120, cls="eurbn"),
     M(W, "300 euros", N, "child", 300, cls="eur"),
     M(W, "40,000 euros", N, "price_cap", 40000, cls="eur"),
     M(W, "6,000 euros", N, "ecar_new", 6000, cls="eur"),
     M(W, "3,000 euros", N, "ecar_old", 3000, cls="eur"),
     M(W, "50 billion euros", N, "future", 50, cls="eurbn"),
     M(W, "6.5 cents", N, "levy21", 6.5, cls="cents"),
     M(W, "6 cents", N, "levy22", 6, cls="cents"),
    ]
    build("germany-stimulus-2020", "The German coalition's stimulus package (control), agreed on Wednesday 3 June 2020 "
          "after talks that began on Tuesday 2 June: 130 billion euros for 2020 and 2021, 120 billion of it federal; "
          "VAT cut from 19% to 16% and from 7% to 5% from 1 July to 31 December 2020; a bonus of 300 euros per child; "
          "the state's electric car premium doubled from 3,000 to 6,000 euros for cars listed at up to 40,000 euros; "
          "50 billion euros for a future package; the renewable energy levy capped at 6.5 cents per kWh in 2021 and "
          "6 cents in 2022. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    buizingen()
    nahel()
    stimulus()
