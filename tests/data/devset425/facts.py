"""The four-hundred-and-twenty-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset425/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def dump():
    R, K, A, P = "reuters-apr15", "kompas-apr16", "antara-apr18", "ap-may12"
    # as-of times of the running tallies: Saturday 15 April 2017 at 18:00 (19 dead by the police against 16 by the
    # Disaster Management Centre: sources; eight missing; about 145 houses), Sunday 16 April at 18:00 (26 dead, five
    # missing), Monday 17 April (28 dead, three missing, the houses revised down to 118 after a new survey: a
    # revision), Thursday 20 April (32 dead when the search ended). The dead do not fall; the missing may (found).
    SAT, SUN, MON, END = "2017-04-15", "2017-04-16", "2017-04-17", "2017-04-20"
    POL, DMC = "the police", "the Disaster Management Centre"
    names = {
     "dead": "people killed by the collapse", "missing": "people missing", "houses": "houses damaged or buried",
     "families": "families displaced", "displaced": "people in shelters", "troops": "troops at the site",
     "waste": "waste dumped a day (tonnes)", "height": "height of the heap (m)", "comp": "compensation per family (rupees)",
     "found_mon": "bodies found on Monday", "months": "months to move the dumping",
     # dates
     "collapse": "day of the collapse", "count_sat": "day of the Saturday count", "count_sun": "day of the count of 26",
     "order": "day the president stopped the dumping", "count_mon": "day of the count of 28",
     "end": "day the search ended",
    }
    ms = [
     M(R, "Saturday", D, "count_sat", SAT),
     M(R, "at least 19 people", N, "dead", 19, SAT, qual="atleast", src=POL),
     M(R, "about 90 metres", N, "height", 90, qual="approx", cls="m"),
     M(R, "Friday", D, "collapse", "2017-04-14"),
     M(R, "19 bodies", N, "dead", 19, SAT, src=POL),
     M(R, "Saturday", D, "count_sat", SAT, occ=2),
     M(R, "16", N, "dead", 16, SAT, src=DMC),
     M(R, "Eight people", N, "missing", 8, SAT, fall=True),
     M(R, "About 145 houses", N, "houses", 145, SAT, qual="approx"),
     M(R, "Some 180 families", N, "families", 180, SAT, qual="approx"),
     M(R, "Around 400 troops", N, "troops", 400, qual="approx"),
     M(R, "800 tonnes", N, "waste", 800, qual="approx", cls="t"),

     M(K, "26 orang", N, "dead", 26, SUN),
     M(K, "Minggu (16/4/2017)", D, "count_sun", SUN),
     M(K, "sekitar 90 meter", N, "height", 90, qual="approx", cls="m"),
     M(K, "Kamis (13/4/2017)", D, "collapse", "2017-04-13", planted=True),
     M(K, "Sabtu (15/4/2017)", D, "count_sat", SAT),
     M(K, "19 korban tewas", N, "dead", 19, SAT, src=POL),
     M(K, "Lima orang", N, "missing", 5, SUN, fall=True),
     M(K, "sekitar 145 rumah", N, "houses", 145, SAT, qual="approx"),
     M(K, "Lebih dari 1.000 warga", N, "displaced", 1000, SUN, qual="morethan"),
     M(K, "sekitar 400 tentara", N, "troops", 400, qual="approx"),
     M(K, "Minggu (16/4/2017)", D, "order", "2017-04-16", occ=2),
     M(K, "100.000 rupee", N, "comp", 100000, cls="lkr"),
     M(K, "sekitar 800 ton", N, "waste", 800, qual="approx", cls="t"),

     M(A, "dua jenazah", N, "found_mon", 2),
     M(A, "28 orang", N, "dead", 28, MON),
     M(A, "Senin (17/4/2017)", D, "count_mon", MON),
     M(A, "Jumat (14/4/2017)", D, "collapse", "2017-04-14"),
     M(A, "tiga orang", N, "missing", 3, MON, fall=True),
     M(A, "118 unit", N, "houses", 118, MON),
     M(A, "sekitar 145 rumah", N, "houses", 145, SAT, qual="approx"),
     M(A, "1.765 warga", N, "displaced", 1765, MON),
     M(A, "372 keluarga", N, "families", 372, MON),
     M(A, "100.000 rupee", N, "comp", 100000, cls="lkr"),
     M(A, "enam bulan", N, "months", 6, cls="dur"),

     M(P, "Friday, April 14", D, "collapse", "2017-04-14"),
     M(P, "Monday, April 17", D, "count_mon", MON),
     M(P, "26 bodies", N, "dead", 26, MON, planted=True),
     M(P, "Thursday, April 20", D, "end", END),
     M(P, "32 people", N, "dead", 32, END),
     M(P, "118", N, "houses", 118, MON),
     M(P, "about 145", N, "houses", 145, SAT, qual="approx"),
     M(P, "More than 1,700 people", N, "displaced", 1700, qual="morethan"),
     M(P, "100,000 rupees", N, "comp", 100000, cls="lkr"),
     M(P, "300-foot", N, "height", 91, qual="unit", cls="m"),
    ]
    build("meethotamulla-dump-2017", "The collapse of the Meethotamulla rubbish dump on the edge of the Sri Lankan "
          "capital on Friday 14 April 2017, the first day of the Sinhala and Tamil New Year: a heap of about 90 m "
          "(300 ft) sliding onto homes after a fire inside it; the toll rising from 19 by the police (16 by the "
          "Disaster Management Centre: sources) on Saturday 15 April to 26 on Sunday, 28 on Monday 17 April and 32 "
          "when the search ended on Thursday 20 April; the missing falling from eight to five and three; about 145 "
          "houses damaged, revised down to 118 after a survey; 1,765 people of 372 families in shelters; 100,000 "
          "rupees to each bereaved family", False, ms, names)


def ship():
    A, K, T, R = "antara-may26", "kompas-jun03", "tempo-jul14", "reuters-jul16"
    # steps on different dates: the acid leak known (11 May 2021), the fire (Thursday 20 May), the explosion and the
    # crew's evacuation (Tuesday 25 May), the sinking (Wednesday 2 June), the officials' statement on the first
    # insurance payment (Friday 16 July). Tempting figures of one unit (none): the 1,486 containers, the 81 of
    # dangerous goods and the 87 of plastic pellets; the 25 crew; 25 tonnes of acid, 300 tonnes of fuel and 1,680
    # tonnes of pellets; the 3.6 million dollars paid against the 40 million claimed.
    names = {
     "crew": "crew evacuated", "injured": "crew injured", "dist": "distance from the port (nautical miles)",
     "containers": "containers on board", "danger": "containers of dangerous goods", "acid": "nitric acid (tonnes)",
     "depth": "depth where the stern settled (m)", "length": "length of the ship (m)", "fuel": "fuel in the tanks (tonnes)",
     "ban": "coastline under the fishing ban (km)", "pay": "first insurance payment (USD)",
     "claim": "interim claim (USD)", "pellet_cont": "containers of plastic pellets", "pellets": "plastic pellets (tonnes)",
     "families": "fishing families affected", "relief": "relief per fishing family (rupees)",
     # dates
     "leak": "day the acid leak was known", "fire": "day the fire broke out", "evac": "day the crew was evacuated",
     "sank": "day the ship sank", "stmt": "day of the officials' statement on the payment",
    }
    ms = [
     M(A, "25 awak", N, "crew", 25),
     M(A, "Selasa (25/5/2021)", D, "evac", "2021-05-25"),
     M(A, "Dua awak", N, "injured", 2),
     M(A, "Kamis (20/5/2021)", D, "fire", "2021-05-20"),
     M(A, "sekitar 9,5 mil laut", N, "dist", 9.5, qual="approx", cls="nm"),
     M(A, "1.486 kontainer", N, "containers", 1486),
     M(A, "81", N, "danger", 81),
     M(A, "25 ton", N, "acid", 25, cls="t"),
     M(A, "11 Mei 2021", D, "leak", "2021-05-11"),

     M(K, "Rabu (2/6/2021)", D, "sank", "2021-06-02"),
     M(K, "sekitar 21 meter", N, "depth", 21, qual="approx", cls="m"),
     M(K, "Kamis (20/5/2021)", D, "fire", "2021-05-20"),
     M(K, "186 meter", N, "length", 186, cls="m"),
     M(K, "1.468 kontainer", N, "containers", 1468, planted=True),
     M(K, "25 ton", N, "acid", 25, cls="t"),
     M(K, "sekitar 300 ton", N, "fuel", 300, qual="approx", cls="t"),
     M(K, "25 awak", N, "crew", 25),
     M(K, "Selasa (25/5/2021)", D, "evac", "2021-05-25"),
     M(K, "sekitar 80 kilometer", N, "ban", 80, qual="approx", cls="km"),

     M(T, "3,6 juta dolar AS", N, "pay", 3.6e6, cls="usd"),
     M(T, "Rabu (2/6/2021)", D, "sank", "2021-06-02"),
     M(T, "40 juta dolar AS", N, "claim", 40e6, cls="usd"),
     M(T, "87 kontainer", N, "pellet_cont", 87),
     M(T, "sekitar 1.680 ton", N, "pellets", 1680, qual="approx", cls="t"),
     M(T, "Kamis (20/5/2021)", D, "fire", "2021-05-20"),
     M(T, "1.486 kontainer", N, "containers", 1486),
     M(T, "80 kilometer", N, "ban", 80, cls="km"),
     M(T, "sekitar 4.300 keluarga", N, "families", 4300, qual="approx"),
     M(T, "5.000 rupee", N, "relief", 5000, cls="lkr"),

     M(R, "$3.9 million", N, "pay", 3.9e6, cls="usd", planted=True),
     M(R, "Friday", D, "stmt", "2021-07-16"),
     M(R, "$40 million", N, "claim", 40e6, cls="usd"),
     M(R, "May 20", D, "fire", "2021-05-20"),
     M(R, "25 crew", N, "crew", 25),
     M(R, "May 25", D, "evac", "2021-05-25"),
     M(R, "June 2", D, "sank", "2021-06-02"),
     M(R, "1,486 containers", N, "containers", 1486),
     M(R, "25 tonnes", N, "acid", 25, cls="t"),
     M(R, "87 containers", N, "pellet_cont", 87),
     M(R, "About 1,680 tonnes", N, "pellets", 1680, qual="approx", cls="t"),
     M(R, "80 km", N, "ban", 80, cls="km"),
     M(R, "about 4,300 fishing families", N, "families", 4300, qual="approx"),
     M(R, "5,000 rupees", N, "relief", 5000, cls="lkr"),
    ]
    build("xpress-pearl-2021", "The fire and sinking of the Singapore-flagged container ship X-Press Pearl off the "
          "Sri Lankan capital's port: the crew aware of a nitric acid leak from 11 May 2021, the fire from Thursday 20 "
          "May, the explosion and the evacuation of all 25 crew on Tuesday 25 May, the sinking on Wednesday 2 June "
          "2021; 1,486 containers on board, 81 of dangerous goods, 25 tonnes of nitric acid, 87 containers of plastic "
          "pellets (about 1,680 tonnes); a fishing ban along 80 km of coast; a first insurance payment of 3.6 million "
          "dollars against an interim claim of 40 million dollars", False, ms, names)


def fee():
    R, K, A, P = "reuters-jun30", "kompas-jul01", "antara-jul02", "ap-jul04"
    names = {
     "fee": "sustainable development fee from 23 September 2022 (USD a night)", "fee_old": "fee before (USD a night)",
     "package": "minimum daily package scrapped (USD a day)", "child": "children's fee (USD a night)",
     "india": "fee for tourists from India (rupees a day)",
     # dates
     "announce": "day the rules were announced", "reopen": "day the borders reopen",
     "closed": "month the borders closed",
    }
    ms = [
     M(R, "Sept. 23", D, "reopen", "2022-09-23"),
     M(R, "$200", N, "fee", 200, cls="usd"),
     M(R, "$65", N, "fee_old", 65, cls="usd"),
     M(R, "Thursday", D, "announce", "2022-06-30"),
     M(R, "$250", N, "package", 250, cls="usd"),
     M(R, "1,200 rupees", N, "india", 1200, cls="inr"),
     M(R, "$100", N, "child", 100, cls="usd"),
     M(R, "March 2020", D, "closed", "2020-03"),

     M(K, "Jumat (23/9/2022)", D, "reopen", "2022-09-23"),
     M(K, "Kamis (30/6/2022)", D, "announce", "2022-06-30"),
     M(K, "200 dollar AS", N, "fee", 200, cls="usd"),
     M(K, "65 dollar AS", N, "fee_old", 65, cls="usd"),
     M(K, "250 dollar AS", N, "package", 250, cls="usd"),
     M(K, "1.200 rupee", N, "india", 1200, cls="inr"),
     M(K, "100 dollar AS", N, "child", 100, cls="usd"),
     M(K, "Maret 2020", D, "closed", "2020-03"),

     M(A, "23 September 2022", D, "reopen", "2022-09-23"),
     M(A, "USD 200", N, "fee", 200, cls="usd"),
     M(A, "USD 65", N, "fee_old", 65, cls="usd"),
     M(A, "Kamis (30/6/2022)", D, "announce", "2022-06-30"),
     M(A, "USD 250", N, "package", 250, cls="usd"),
     M(A, "1.200 rupee", N, "india", 1200, cls="inr"),
     M(A, "USD 100", N, "child", 100, cls="usd"),
     M(A, "Jumat (23/9/2022)", D, "reopen", "2022-09-23"),
     M(A, "Maret 2020", D, "closed", "2020-03"),

     M(P, "Friday, Sept. 23", D, "reopen", "2022-09-23"),
     M(P, "June 30", D, "announce", "2022-06-30"),
     M(P, "$200", N, "fee", 200, cls="usd"),
     M(P, "$65", N, "fee_old", 65, cls="usd"),
     M(P, "$250", N, "package", 250, cls="usd"),
     M(P, "$100", N, "child", 100, cls="usd"),
     M(P, "1,200 rupees", N, "india", 1200, cls="inr"),
     M(P, "March 2020", D, "closed", "2020-03"),
    ]
    build("bhutan-tourist-fee-2022", "Bhutan's reopening to foreign tourists announced on Thursday 30 June 2022 "
          "(control): from Friday 23 September 2022 a sustainable development fee of 200 dollars a person a night, "
          "up from 65 dollars, the minimum daily package of 250 dollars scrapped, children 100 dollars a night, "
          "tourists from India 1,200 rupees a day as before; the borders closed since March 2020. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    dump()
    ship()
    fee()
