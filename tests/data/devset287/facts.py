"""The two-hundred-and-eighty-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset287/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def serasan():
    K, R, T, A = "kompas-mar07", "reuters-mar09", "detik-mar13", "ap-mar29"
    # as-of times of the running tallies: BNPB's count of Tuesday 7 March 2023 at 17.00 WIB, the task force's of
    # Wednesday evening 8 March, BNPB's of Friday 10 March and of Sunday 12 March, the regency's displaced count
    # reported on Monday 13 March and dated 14 March by the later report, the end of the search on Saturday 18 March.
    # The dead, the displaced and the shelters do not fall; the missing fall as bodies are found (fall=True).
    TUE, WED, FRI, SUN, MON13, MAR14, MAR18 = ("2023-03-07", "2023-03-08", "2023-03-10", "2023-03-12",
                                               "2023-03-13", "2023-03-14", "2023-03-18")
    names = {
     "dead": "people killed", "missing": "people missing", "inj_severe": "people seriously injured",
     "inj_moderate": "people moderately injured", "displaced": "people in shelters", "shelters": "shelter sites",
     "houses_buried": "houses buried in Genting", "rescuers": "rescuers deployed", "depth": "depth of the debris (m)",
     "survivors": "survivors pulled out", "critical": "survivors in critical condition",
     "found_sun": "bodies found in the last day's search", "victims": "people buried in all (dead and missing)",
     "houses_hit": "houses hit", "emergency": "days of the first emergency period", "search_days": "days of the search",
     # dates
     "slide": "day of the landslide", "asof_tue": "day of BNPB's count of 11", "asof_wed": "day of the count of 21",
     "heli": "day the helicopters reached the island", "statement": "day BNPB's chief spoke",
     "asof_fri": "day of the count of 36", "asof_sun": "day of the count of 46",
     "search_end": "day the search ended", "arrival": "day BNPB's chief reached Ranai",
     "ferry": "day hundreds left the island by ship", "asof_mar14": "day of the regency's shelter count",
    }
    ms = [
     M(K, "11 orang", N, "dead", 11, TUE),
     M(K, "Selasa (7/3/2023)", D, "asof_tue", "2023-03-07"),
     M(K, "47 orang", N, "missing", 47, TUE, fall=True),
     M(K, "lima warga", N, "inj_severe", 5, TUE),
     M(K, "tiga warga", N, "inj_moderate", 3, TUE),
     M(K, "1.216 warga", N, "displaced", 1216, TUE),
     M(K, "empat titik", N, "shelters", 4, TUE),
     M(K, "Senin (6/3/2023)", D, "slide", "2023-03-06"),
     M(K, "Selasa sore", D, "arrival", "2023-03-07"),

     M(R, "21", N, "dead", 21, WED),
     M(R, "Wednesday evening", D, "asof_wed", "2023-03-08"),
     M(R, "33 others", N, "missing", 33, WED, fall=True),
     M(R, "about 30 houses", N, "houses_buried", 30, qual="approx"),
     M(R, "Monday", D, "slide", "2023-03-06"),
     M(R, "More than 200 rescuers", N, "rescuers", 200, WED, qual="morethan"),
     M(R, "4 meters", N, "depth", 4, cls="m"),
     M(R, "11 dead", N, "dead", 11, TUE),
     M(R, "Tuesday", D, "asof_tue", "2023-03-07"),
     M(R, "Eight survivors", N, "survivors", 8),
     M(R, "three of them", N, "critical", 3),
     M(R, "Wednesday", D, "heli", "2023-03-08", occ=2),
     M(R, "1,216 residents", N, "displaced", 1216, WED),
     M(R, "four shelters", N, "shelters", 4, WED),
     M(R, "Thursday", D, "statement", "2023-03-09"),

     M(T, "10 jenazah", N, "found_sun", 10),
     M(T, "46 orang", N, "dead", 46, SUN),
     M(T, "Minggu (12/3/2023)", D, "asof_sun", "2023-03-12"),
     M(T, "delapan warga", N, "missing", 8, SUN, fall=True),
     M(T, "Jumat (10/3/2023)", D, "asof_fri", "2023-03-10"),
     M(T, "36 orang", N, "dead", 36, FRI),
     M(T, "18 orang", N, "missing", 18, FRI, fall=True),
     M(T, "54 warga", N, "victims", 54),
     M(T, "Minggu (5/3/2023)", D, "slide", "2023-03-05", planted=True),
     M(T, "sekitar 4 meter", N, "depth", 4, qual="approx", cls="m"),
     M(T, "Senin dini hari", D, "ferry", "2023-03-13"),
     M(T, "2.835 warga", N, "displaced", 2835, MON13),
     M(T, "11 lokasi", N, "shelters", 11, MON13),
     M(T, "tujuh hari", N, "emergency", 7, cls="dur"),

     M(A, "50 people", N, "dead", 50, MAR18),
     M(A, "March 6", D, "slide", "2023-03-06"),
     M(A, "Saturday, March 18", D, "search_end", "2023-03-18"),
     M(A, "13 days", N, "search_days", 13, cls="dur"),
     M(A, "four people", N, "missing", 4, MAR18, fall=True),
     M(A, "54", N, "victims", 54),
     M(A, "2,835 people", N, "displaced", 2835, MAR14),
     M(A, "March 14", D, "asof_mar14", "2023-03-14"),
     M(A, "about 100 houses", N, "houses_hit", 100, qual="approx"),
    ]
    build("serasan-landslide-2023", "The landslide on Serasan island, Natuna regency, Riau Islands (Monday 6 March 2023, "
          "about 11.15 WIB, the hamlet of Genting in the village of Pangkalan): BNPB's 11 dead and 47 missing on "
          "Tuesday 7 March at 17.00 WIB (1,216 displaced at four sites), the task force's 21 dead and 33 missing on "
          "Wednesday evening, 36 dead and 18 missing on Friday 10 March, 46 dead and 8 missing on Sunday 12 March, 50 "
          "dead and 4 never found when the search ended on Saturday 18 March (54 in all); the regency's 2,835 "
          "displaced at 11 sites", False, ms, names)


def rempang():
    T, R, K, A = "tempo-sep08", "reuters-sep12", "kompas-sep13", "ap-oct03"
    # arrests and dates are the events': the eight villagers held after the clash of Thursday 7 September 2023 and
    # the 43 held after the riot of Monday 11 September (28 by the Barelang police, 15 by the provincial police) do
    # not change with the day of the report. The injured officers are a count given twice on Tuesday 12 September:
    # 26 by a police spokesman in the morning, then 22 (17 police, 3 public order, 2 BP Batam security) by the
    # Barelang police chief: the lower later figure is a revision. The project's value: BP Batam's 381 trillion rupiah
    # through 2080 against the investment minister's "more than 300 trillion" (sources).
    AM, PM = "2023-09-12a", "2023-09-12b"
    BPB, BAH = "BP Batam", "the investment minister"
    names = {
     "arr_clash": "villagers arrested after the clash", "villages": "old villages to be moved",
     "area": "the project's area (ha)", "value": "the Rempang Eco City project's value",
     "arr_demo": "people arrested after the riot", "arr_polresta": "arrested held by the Barelang police",
     "arr_polda": "arrested held by the provincial police", "injured": "officers injured in the riot",
     "drugs": "arrested who tested positive for drugs", "inj_police": "police officers injured",
     "inj_satpol": "public order officers injured", "inj_ditpam": "BP Batam security officers injured",
     "phase1": "the project's first phase", "house": "value of the house offered", "plot": "plot offered (m2)",
     # dates
     "clash": "day of the clash at Barelang bridge 4", "year_end": "last year of the investment plan",
     "statement": "day the police gave the arrests", "demo": "day of the riot at BP Batam",
     "deadline": "deadline to leave", "raker": "day the minister told lawmakers",
     "visit": "day the minister visited the island",
    }
    ms = [
     M(T, "Kamis (7/9/2023)", D, "clash", "2023-09-07"),
     M(T, "delapan warga", N, "arr_clash", 8),
     M(T, "16 kampung tua", N, "villages", 16),
     M(T, "sekitar 17.000 hektare", N, "area", 17000, qual="approx", cls="ha"),
     M(T, "Rp 381 triliun", N, "value", 381, src=BPB, cls="idr"),
     M(T, "tahun 2080", D, "year_end", "2080"),

     M(R, "43 people", N, "arr_demo", 43),
     M(R, "Tuesday", D, "statement", "2023-09-12"),
     M(R, "Monday", D, "demo", "2023-09-11"),
     M(R, "16 old villages", N, "villages", 16),
     M(R, "Twenty-eight", N, "arr_polresta", 28),
     M(R, "15", N, "arr_polda", 15),
     M(R, "26 officers", N, "injured", 26, AM),
     M(R, "eight villagers", N, "arr_clash", 8),
     M(R, "last Thursday", D, "clash", "2023-09-07"),

     M(K, "43 orang", N, "arr_demo", 43),
     M(K, "Senin (11/9/2023)", D, "demo", "2023-09-11"),
     M(K, "28 orang", N, "arr_polresta", 28),
     M(K, "15 orang", N, "arr_polda", 15),
     M(K, "lima", N, "drugs", 5),
     M(K, "Selasa (12/9/2023)", D, "statement", "2023-09-12"),
     M(K, "22 personel", N, "injured", 22, PM),
     M(K, "17 polisi", N, "inj_police", 17, PM),
     M(K, "tiga anggota Satpol PP", N, "inj_satpol", 3, PM),
     M(K, "dua petugas Ditpam", N, "inj_ditpam", 2, PM),
     M(K, "Rabu (6/9/2023)", D, "clash", "2023-09-06", planted=True),
     M(K, "28 September 2023", D, "deadline", "2023-09-28"),

     M(A, "Monday, Oct. 2", D, "raker", "2023-10-02"),
     M(A, "Sept. 28", D, "deadline", "2023-09-28"),
     M(A, "Sept. 7", D, "clash", "2023-09-07"),
     M(A, "Sept. 11", D, "demo", "2023-09-11"),
     M(A, "34 people", N, "arr_demo", 34, planted=True),
     M(A, "Sept. 18", D, "visit", "2023-09-18"),
     M(A, "more than 300 trillion rupiah", N, "value", 300, qual="morethan", src=BAH, cls="idr"),
     M(A, "175 trillion rupiah", N, "phase1", 175, src=BAH, cls="idr"),
     M(A, "381 trillion rupiah", N, "value", 381, src=BPB, cls="idr"),
     M(A, "2080", D, "year_end", "2080"),
     M(A, "120 million rupiah", N, "house", 0.12, cls="idr"),
     M(A, "500-square-meter", N, "plot", 500, cls="m2"),
    ]
    build("rempang-clash-2023", "The conflict over the Rempang Eco City project, Batam, Riau Islands: the clash at "
          "Barelang bridge 4 on Thursday 7 September 2023 (tear gas reaching two schools, eight villagers arrested), "
          "the riot outside BP Batam's office on Monday 11 September (43 arrested: 28 by the Barelang police, 15 by "
          "the provincial police; injured officers given as 26, then 22 on Tuesday 12 September), the deadline of 28 "
          "September, the minister's visit of 18 September and his statement to lawmakers on Monday 2 October; the "
          "project's value by BP Batam (381 trillion rupiah through 2080) and by the minister (more than 300 "
          "trillion)", False, ms, names)


def xinyi():
    K, R, B, J = "kontan-jul28", "reuters-jul29", "bisnis-jul30", "jakpost-jul31"
    names = {
     "inv": "Xinyi's pledged investment (US$ million)", "inv_idr": "the pledge in rupiah (trillion)",
     "jobs": "workers the plant would employ", "share": "Xinyi's global market share",
     "export": "share of the output to be exported", "first": "Xinyi's first investment in Gresik (US$ million)",
     # dates
     "signed": "day the memorandum was signed", "meeting": "day Jokowi met Xi Jinping",
    }
    ms = [
     M(K, "US$11,5 miliar", N, "inv", 11500, cls="usd"),
     M(K, "sekitar Rp 174 triliun", N, "inv_idr", 174, qual="approx", cls="idr"),
     M(K, "Jumat (28/7/2023)", D, "signed", "2023-07-28"),
     M(K, "35.000 tenaga kerja", N, "jobs", 35000),
     M(K, "sekitar 26 persen", N, "share", 26, qual="approx", cls="pct"),
     M(K, "95 persen", N, "export", 95, cls="pct"),
     M(K, "US$700 juta", N, "first", 700, cls="usd"),
     M(K, "Kamis (27/7/2023)", D, "meeting", "2023-07-27"),

     M(R, "$11.5 billion", N, "inv", 11500, cls="usd"),
     M(R, "Friday", D, "signed", "2023-07-28"),
     M(R, "Thursday", D, "meeting", "2023-07-27"),
     M(R, "35,000 workers", N, "jobs", 35000),
     M(R, "95%", N, "export", 95, cls="pct"),
     M(R, "about 26%", N, "share", 26, qual="approx", cls="pct"),
     M(R, "about 174 trillion rupiah", N, "inv_idr", 174, qual="approx", cls="idr"),
     M(R, "$700 million", N, "first", 700, cls="usd"),

     M(B, "US$11,5 miliar", N, "inv", 11500, cls="usd"),
     M(B, "Jumat (28/7/2023)", D, "signed", "2023-07-28"),
     M(B, "sekitar Rp 174 triliun", N, "inv_idr", 174, qual="approx", cls="idr"),
     M(B, "35.000 tenaga kerja", N, "jobs", 35000),
     M(B, "95 persen", N, "export", 95, cls="pct"),
     M(B, "sekitar 26 persen", N, "share", 26, qual="approx", cls="pct"),
     M(B, "US$700 juta", N, "first", 700, cls="usd"),

     M(J, "US$11.5 billion", N, "inv", 11500, cls="usd"),
     M(J, "Friday, July 28", D, "signed", "2023-07-28"),
     M(J, "about Rp 174 trillion", N, "inv_idr", 174, qual="approx", cls="idr"),
     M(J, "35,000 jobs", N, "jobs", 35000),
     M(J, "95 percent", N, "export", 95, cls="pct"),
     M(J, "about 26 percent", N, "share", 26, qual="approx", cls="pct"),
     M(J, "$700 million", N, "first", 700, cls="usd"),
    ]
    build("xinyi-rempang-mou-2023", "Xinyi Group's pledge of a glass and solar panel plant on Rempang island (control), "
          "signed in Chengdu on Friday 28 July 2023 before President Joko Widodo, who had met Xi Jinping there on "
          "Thursday 27 July: US$11.5 billion (about Rp 174 trillion), 35,000 jobs, 95% of the output exported, a global "
          "market share of about 26%, after a first US$700 million in Gresik. Zero conflicts expected.", True, ms,
          names)


if __name__ == "__main__":
    serasan()
    rempang()
    xinyi()
