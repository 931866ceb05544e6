"""The two-hundred-and-sixty-eighth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset268/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def fuel():
    K, R, T, A = "kompas-nov20", "reuters-dec03", "detik-dec17", "ap-dec24"
    # as-of times of the running tallies: Amnesty International's count of the dead (at least 106 on Tuesday 19
    # November 2019, 143 on Monday 25 November, at least 208 on Monday 2 December, at least 304 on Monday 16
    # December); the UN human rights office's at least 208 dead and at least 7,000 detained (Friday 6 December); the
    # news agencies' about 1,000 arrested (the first three days, to 18 November); the lawmaker's about 7,000 arrested
    # (Tuesday 3 December); the report of about 1,500 dead citing three interior ministry officials (Monday 23
    # December). Counts credited to different bodies are sources, also across days.
    NOV18, NOV19, NOV25, DEC02, DEC03, DEC06, DEC16, DEC23 = ("2019-11-18", "2019-11-19", "2019-11-25", "2019-12-02",
                                                              "2019-12-03", "2019-12-06", "2019-12-16", "2019-12-23")
    AMN, UN, MP, MEDIA, OFF = ("Amnesty International", "the UN human rights office", "the lawmaker Naqavi Hosseini",
                               "local news agencies", "three interior ministry officials (a news agency's report)")
    names = {
     "dead": "people killed in the protests", "amn_cities": "cities in Amnesty's first count",
     "old_price": "the old petrol price (rials a litre)", "new_price": "the new petrol price (rials a litre)",
     "over_price": "the price beyond the ration (rials a litre)", "ration": "litres a month at the new price",
     "cities": "cities and towns with protests", "conn": "internet connectivity (% of normal)",
     "arrested": "people arrested", "beneficiaries": "people to receive cash payments",
     "rise": "the price increase (%)", "banks": "banks torched or damaged", "stations": "petrol stations torched or damaged",
     "provinces_arr": "provinces with arrests", "provinces": "provinces of Iran", "teens": "teenagers among the dead",
     "women": "women among the dead",
     # dates
     "hike": "day of the price increase", "asof_106": "day of Amnesty's count of 106",
     "shutdown": "day the internet was cut", "khamenei": "day the Supreme Leader backed the increase",
     "restored": "day the internet began to return", "amn208": "day of Amnesty's count of 208",
     "amn304": "day of Amnesty's count of 304", "un": "day of the UN office's statement",
    }
    ms = [
     M(K, "sedikitnya 106 pengunjuk rasa", N, "dead", 106, NOV19, qual="atleast", src=AMN),
     M(K, "21 kota", N, "amn_cities", 21, NOV19),
     M(K, "Selasa (19/11/2019)", D, "asof_106", "2019-11-19"),
     M(K, "Jumat (15/11/2019)", D, "hike", "2019-11-15"),
     M(K, "10.000 rial", N, "old_price", 10000, cls="rial"),
     M(K, "15.000 rial", N, "new_price", 15000, cls="rial"),
     M(K, "60 liter", N, "ration", 60),
     M(K, "30.000 rial", N, "over_price", 30000, cls="rial"),
     M(K, "lebih dari 100 kota", N, "cities", 100, qual="morethan"),
     M(K, "Sabtu (16/11/2019)", D, "shutdown", "2019-11-16"),
     M(K, "sekitar 5 persen", N, "conn", 5, qual="approx", cls="pct"),
     M(K, "Minggu (17/11/2019)", D, "khamenei", "2019-11-17"),
     M(K, "sekitar 1.000 orang", N, "arrested", 1000, NOV18, qual="approx", src=MEDIA),
     M(K, "sekitar 60 juta warga", N, "beneficiaries", 60000000, qual="approx"),

     M(R, "About 7,000 people", N, "arrested", 7000, DEC03, qual="approx", src=MP),
     M(R, "Monday", D, "amn208", "2019-12-02"),
     M(R, "at least 208 people", N, "dead", 208, DEC02, qual="atleast", src=AMN),
     M(R, "143", N, "dead", 143, NOV25, src=AMN),
     M(R, "Nov. 15", D, "hike", "2019-11-15"),
     M(R, "50%", N, "rise", 50, cls="pct"),
     M(R, "15,000 rials", N, "new_price", 15000, cls="rial"),
     M(R, "60 litres", N, "ration", 60),
     M(R, "30,000 rials", N, "over_price", 30000, cls="rial"),
     M(R, "731 banks", N, "banks", 731),
     M(R, "70 petrol stations", N, "stations", 70),
     M(R, "more than 100 cities", N, "cities", 100, qual="morethan"),
     M(R, "Nov. 21", D, "restored", "2019-11-21"),

     M(T, "sedikitnya 304 orang", N, "dead", 304, DEC16, qual="atleast", src=AMN),
     M(T, "Senin (16/12/2019)", D, "amn304", "2019-12-16"),
     M(T, "208 korban tewas", N, "dead", 208, DEC02, src=AMN),
     M(T, "Senin (2/12/2019)", D, "amn208", "2019-12-02"),
     M(T, "Jumat (6/12/2019)", D, "un", "2019-12-06"),
     M(T, "sedikitnya 208 orang", N, "dead", 208, DEC06, qual="atleast", src=UN),
     M(T, "sedikitnya 7.000 orang", N, "arrested", 7000, DEC06, qual="atleast", src=UN),
     M(T, "28", N, "provinces_arr", 28),
     M(T, "31 provinsi", N, "provinces", 31),
     M(T, "Jumat (15/11/2019)", D, "hike", "2019-11-15"),
     M(T, "50 persen", N, "rise", 50, cls="pct"),
     M(T, "Senin (18/11/2019)", D, "khamenei", "2019-11-18", planted=True),
     M(T, "sekitar 7.000 orang", N, "arrested", 7000, DEC03, qual="approx", src=MP),

     M(A, "about 1,500 people", N, "dead", 1500, DEC23, qual="approx", src=OFF),
     M(A, "about 17 teenagers", N, "teens", 17, qual="approx"),
     M(A, "about 400 women", N, "women", 400, qual="approx"),
     M(A, "at least 304 deaths", N, "dead", 304, DEC16, qual="atleast", src=AMN),
     M(A, "at least 208", N, "dead", 208, DEC06, qual="atleast", src=UN),
     M(A, "280", N, "dead", 280, DEC02, src=AMN, planted=True),
     M(A, "Dec. 2", D, "amn208", "2019-12-02"),
     M(A, "Dec. 16", D, "amn304", "2019-12-16"),
     M(A, "at least 7,000 people", N, "arrested", 7000, DEC06, qual="atleast", src=UN),
     M(A, "Nov. 15", D, "hike", "2019-11-15"),
     M(A, "50%", N, "rise", 50, cls="pct"),
     M(A, "15,000 rials", N, "new_price", 15000, cls="rial"),
     M(A, "more than 100 cities", N, "cities", 100, qual="morethan"),
     M(A, "Nov. 17", D, "khamenei", "2019-11-17"),
    ]
    build("iran-fuel-protests-2019", "The protests after Iran raised petrol prices (Friday 15 November 2019: 10,000 -> "
          "15,000 rials a litre for the first 60 litres a month, 30,000 beyond): Amnesty International's count of the "
          "dead rising (at least 106 on 19 November, 143 on 25 November, at least 208 on 2 December, at least 304 on 16 "
          "December) against the UN human rights office's at least 208 (6 December) and a news agency's report of about "
          "1,500 citing interior ministry officials (23 December); arrests by several sources (about 1,000, about "
          "7,000, at least 7,000); the internet cut from 16 November; the Supreme Leader's backing on 17 November",
          False, ms, names)


def aseman():
    D1, R2, K3, R4 = "detik-feb18", "reuters-feb19", "kompas-feb21", "reuters-mar12"
    # The people on board: the airline's first figure of 66 (60 passengers and six crew) on Sunday 18 February 2018,
    # corrected the same day to 65 (59 passengers) because one passenger had missed the flight: two as-of times of one
    # count, the later lower (a revision). The crash (Sunday 18 February), the wreckage found (Tuesday 20 February),
    # the Sepahan Airlines crash (August 2014) and the Turkish private jet's crash (Sunday 11 March 2018) are different
    # events. Heights, ages and durations do not change with the day of the report.
    FIRST, CORR = "2018-02-18a", "2018-02-18b"
    names = {
     "onboard": "people on board the Aseman flight", "passengers": "passengers on the Aseman flight",
     "crew": "crew of the Aseman flight", "minutes": "minutes from take-off to losing radar contact",
     "peak": "height of Mount Dena (m)", "wreck_alt": "height of the wreckage (m)", "age": "age of the aircraft (years)",
     "boeing": "Boeing jets Aseman agreed to buy", "sepahan_dead": "dead in the Sepahan Airlines crash",
     "jet_dead": "people killed on the Turkish jet", "jet_pax": "passengers on the Turkish jet",
     "jet_crew": "crew of the Turkish jet",
     # dates
     "crash": "day of the Aseman crash", "found": "day the wreckage was found", "sanctions": "year sanctions were eased",
     "sepahan": "month of the Sepahan Airlines crash", "jet": "day of the Turkish jet's crash",
     "search": "day of the search in snow and fog", "probe": "day the president ordered an inquiry",
    }
    ms = [
     M(D1, "Minggu (18/2/2018)", D, "crash", "2018-02-18"),
     M(D1, "66 orang", N, "onboard", 66, FIRST),
     M(D1, "60 penumpang", N, "passengers", 60, FIRST),
     M(D1, "enam awak", N, "crew", 6),
     M(D1, "sekitar 50 menit", N, "minutes", 50, qual="approx", cls="dur"),
     M(D1, "lebih dari 4.400 meter", N, "peak", 4400, qual="morethan", cls="m"),
     M(D1, "24 tahun", N, "age", 24, cls="dur"),
     M(D1, "Minggu (18/2/2018)", D, "probe", "2018-02-18", occ=2),

     M(R2, "Monday", D, "search", "2018-02-19"),
     M(R2, "Sunday", D, "crash", "2018-02-18"),
     M(R2, "65 people", N, "onboard", 65, CORR),
     M(R2, "66 people", N, "onboard", 66, FIRST),
     M(R2, "59 passengers", N, "passengers", 59, CORR),
     M(R2, "six crew", N, "crew", 6),
     M(R2, "about 50 minutes", N, "minutes", 50, qual="approx", cls="dur"),
     M(R2, "more than 4,400 metres", N, "peak", 4400, qual="morethan", cls="m"),
     M(R2, "24 years old", N, "age", 24, cls="dur"),
     M(R2, "30 Boeing", N, "boeing", 30),
     M(R2, "2016", D, "sanctions", "2016"),

     M(K3, "Minggu (18/2/2018)", D, "crash", "2018-02-18"),
     M(K3, "Selasa (20/2/2018)", D, "found", "2018-02-20"),
     M(K3, "sekitar 4.000 meter", N, "wreck_alt", 4000, qual="approx", cls="m"),
     M(K3, "65 orang", N, "onboard", 65, CORR),
     M(K3, "59 penumpang", N, "passengers", 59, CORR),
     M(K3, "enam awak", N, "crew", 6),
     M(K3, "66 orang", N, "onboard", 66, FIRST),
     M(K3, "25 tahun", N, "age", 25, cls="dur", planted=True),
     M(K3, "Agustus 2014", D, "sepahan", "2014-08"),
     M(K3, "39 orang", N, "sepahan_dead", 39),

     M(R4, "Sunday", D, "jet", "2018-03-11"),
     M(R4, "all 11 people", N, "jet_dead", 11),
     M(R4, "Eight passengers", N, "jet_pax", 8),
     M(R4, "three crew", N, "jet_crew", 3),
     M(R4, "Feb. 17", D, "crash", "2018-02-17", planted=True),
     M(R4, "all 65 people", N, "onboard", 65, CORR),
     M(R4, "59 passengers", N, "passengers", 59, CORR),
     M(R4, "six crew", N, "crew", 6),
     M(R4, "Feb. 20", D, "found", "2018-02-20"),
     M(R4, "close to 4,000 metres", N, "wreck_alt", 4000, qual="nearly", cls="m"),
    ]
    build("aseman-crash-2018", "The crash of Iran Aseman Airlines flight EP3704, an ATR 72 from Tehran to Yasuj, on "
          "Mount Dena in the Zagros mountains (Sunday 18 February 2018): the airline's first 66 on board (60 passengers, "
          "six crew) lowered the same day to 65 (59 passengers), one passenger having missed the flight; the wreckage "
          "found on Tuesday 20 February at about 4,000 metres; recalled after a Turkish private jet crashed in Iran on "
          "Sunday 11 March 2018, killing all 11 on board", False, ms, names)


def election():
    A, R, K, P = "antara-jun19", "reuters-jun20", "kompas-jun21", "ap-jun22"
    names = {
     "raisi": "votes for Raisi", "total": "votes cast", "raisi_pct": "Raisi's share (%)", "rezaei": "votes for Rezaei",
     "hemmati": "votes for Hemmati", "ghazizadeh": "votes for Ghazizadeh Hashemi", "void": "void ballots",
     "turnout": "turnout (%)", "eligible": "eligible voters", "turnout2017": "turnout in 2017 (%)",
     # dates
     "announce": "day the results were announced", "vote": "polling day", "revolution": "year of the revolution",
     "office": "month Raisi takes office", "y2017": "year of the previous election", "presser": "day of the news conference",
    }
    ms = [
     M(A, "17.926.345 suara", N, "raisi", 17926345),
     M(A, "Sabtu (19/6/2021)", D, "announce", "2021-06-19"),
     M(A, "28.933.004 suara", N, "total", 28933004),
     M(A, "hampir 62 persen", N, "raisi_pct", 62, qual="nearly", cls="pct"),
     M(A, "3.412.712 suara", N, "rezaei", 3412712),
     M(A, "2.427.201 suara", N, "hemmati", 2427201),
     M(A, "999.718 suara", N, "ghazizadeh", 999718),
     M(A, "3.726.870", N, "void", 3726870),
     M(A, "48,8 persen", N, "turnout", 48.8, cls="pct"),
     M(A, "sekitar 59,3 juta warga", N, "eligible", 59300000, qual="approx"),
     M(A, "1979", D, "revolution", "1979"),
     M(A, "Jumat (18/6/2021)", D, "vote", "2021-06-18"),
     M(A, "Agustus 2021", D, "office", "2021-08"),

     M(R, "17.9 million votes", N, "raisi", 17900000, qual="approx"),
     M(R, "Saturday", D, "announce", "2021-06-19"),
     M(R, "1979", D, "revolution", "1979"),
     M(R, "48.8%", N, "turnout", 48.8, cls="pct"),
     M(R, "28.9 million", N, "total", 28900000, qual="approx"),
     M(R, "about 59.3 million eligible voters", N, "eligible", 59300000, qual="approx"),
     M(R, "almost 62%", N, "raisi_pct", 62, qual="nearly", cls="pct"),
     M(R, "3.4 million", N, "rezaei", 3400000, qual="approx"),
     M(R, "2.4 million votes", N, "hemmati", 2400000, qual="approx"),
     M(R, "nearly 1 million", N, "ghazizadeh", 1000000, qual="nearly"),
     M(R, "Some 3.7 million ballots", N, "void", 3700000, qual="approx"),
     M(R, "2017", D, "y2017", "2017"),
     M(R, "about 73%", N, "turnout2017", 73, qual="approx", cls="pct"),
     M(R, "Friday", D, "vote", "2021-06-18"),
     M(R, "August", D, "office", "2021-08"),

     M(K, "48,8 persen", N, "turnout", 48.8, cls="pct"),
     M(K, "1979", D, "revolution", "1979"),
     M(K, "Sabtu (19/6/2021)", D, "announce", "2021-06-19"),
     M(K, "28,9 juta", N, "total", 28900000, qual="approx"),
     M(K, "59,3 juta pemilih", N, "eligible", 59300000, qual="approx"),
     M(K, "17,9 juta suara", N, "raisi", 17900000, qual="approx"),
     M(K, "sekitar 62 persen", N, "raisi_pct", 62, qual="approx", cls="pct"),
     M(K, "3,4 juta suara", N, "rezaei", 3400000, qual="approx"),
     M(K, "2,4 juta suara", N, "hemmati", 2400000, qual="approx"),
     M(K, "hampir 1 juta suara", N, "ghazizadeh", 1000000, qual="nearly"),
     M(K, "3,7 juta surat suara", N, "void", 3700000, qual="approx"),
     M(K, "2017", D, "y2017", "2017"),
     M(K, "sekitar 73 persen", N, "turnout2017", 73, qual="approx", cls="pct"),
     M(K, "Jumat (18/6/2021)", D, "vote", "2021-06-18"),
     M(K, "Agustus 2021", D, "office", "2021-08"),

     M(P, "Monday", D, "presser", "2021-06-21"),
     M(P, "Saturday", D, "announce", "2021-06-19"),
     M(P, "17,926,345 votes", N, "raisi", 17926345),
     M(P, "28,933,004", N, "total", 28933004),
     M(P, "nearly 62%", N, "raisi_pct", 62, qual="nearly", cls="pct"),
     M(P, "48.8%", N, "turnout", 48.8, cls="pct"),
     M(P, "roughly 59.3 million eligible voters", N, "eligible", 59300000, qual="approx"),
     M(P, "3,412,712 votes", N, "rezaei", 3412712),
     M(P, "2,427,201", N, "hemmati", 2427201),
     M(P, "999,718", N, "ghazizadeh", 999718),
     M(P, "Some 3,726,870 ballots", N, "void", 3726870, qual="approx"),
     M(P, "Friday, June 18", D, "vote", "2021-06-18"),
     M(P, "August", D, "office", "2021-08"),
    ]
    build("raisi-election-2021", "Iran's interior ministry announces the presidential election result (control) on "
          "Saturday 19 June 2021, the day after polling (Friday 18 June): Ebrahim Raisi 17,926,345 of 28,933,004 votes "
          "(nearly 62%), Mohsen Rezaei 3,412,712, Abdolnaser Hemmati 2,427,201, Amirhossein Ghazizadeh Hashemi 999,718, "
          "3,726,870 void; turnout 48.8% of about 59.3 million eligible voters, the lowest since 1979 (about 73% in "
          "2017); Raisi to take office in August 2021. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    fuel()
    aseman()
    election()
