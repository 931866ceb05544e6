"""The twelfth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset12/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def silkyara():
    A, K, R, T, H = "ndtv-nov13", "kompas-nov21", "reuters-nov25", "tempo-nov29", "hindustantimes-2024-11-12"
    names = {
     "trapped": "workers trapped in the tunnel", "dist": "distance of the collapse from the Silkyara entrance",
     "tunnel_len": "length of the tunnel", "intact": "intact stretch behind the debris",
     "rescuers": "rescue personnel at the site", "pipe6_w": "width of the second supply pipe (six inches)",
     "pipe6_len": "length of the six-inch pipe pushed through the debris", "jharkhand": "workers from Jharkhand",
     "up": "workers from Uttar Pradesh", "pipe_w": "width of the escape pipe (800 mm)",
     "drilled": "metres of escape pipe pushed through the debris", "plans": "rescue plans run at once",
     "days": "days the workers were trapped", "plug": "length of the debris plug",
     "vertical": "depth of the planned vertical shaft", "vertical_done": "depth the vertical shaft reached",
     "ambulances": "ambulances waiting at the tunnel mouth", "miners": "rat-hole miners who dug by hand",
     "dist_chc": "distance to the Chinyalisaur health centre", "aid": "aid per rescued worker",
     "miner_aid": "award per rat-hole miner", "remain": "rock still to excavate a year later",
     # dates
     "collapse": "day of the collapse", "contact": "day contact was made", "said13": "day of the official's remark",
     "visit": "day the chief minister visited", "video": "day the workers were first seen on camera",
     "pipe6day": "day the six-inch pipe went through", "augerstop": "day the first drilling was halted",
     "dix": "day the tunnelling expert arrived", "said25": "day rescuers announced manual digging",
     "augerbreak": "day the auger broke down", "rescue": "day (night) of the rescue",
     "manual": "day manual digging began", "call": "day the prime minister phoned the workers",
    }
    F = "final"
    ms = [
     M(A, "Forty workers", N, "trapped", 40, "2023-11-13"),
     M(A, "roughly 200 metres", N, "dist", 200, qual="approx", cls="len"),
     M(A, "4.5 km", N, "tunnel_len", 4500, cls="len"),
     M(A, "about 2 km", N, "intact", 2000, qual="approx", cls="len"),
     M(A, "More than 160 personnel", N, "rescuers", 160, "2023-11-13", "morethan"),
     M(A, "Sunday", D, "collapse", "2023-11-12"),
     M(A, "Sunday", D, "collapse", "2023-11-12", occ=2),
     M(A, "Sunday", D, "contact", "2023-11-12", occ=3),
     M(A, "Monday", D, "said13", "2023-11-13"),
     M(A, "Sunday", D, "visit", "2023-11-12", occ=4),

     M(K, "41 pekerja", N, "trapped", 41, F),
     M(K, "6 inci", N, "pipe6_w", 6, cls="width"),
     M(K, "53 meter", N, "pipe6_len", 53, cls="len"),
     M(K, "40 orang", N, "trapped", 40, "2023-11-13"),
     M(K, "15", N, "jharkhand", 15),
     M(K, "delapan", N, "up", 8),
     M(K, "800 milimeter", N, "pipe_w", 800, cls="width"),
     M(K, "sekitar 22 meter", N, "drilled", 22, "2023-11-17", "approx", cls="len"),
     M(K, "lima", N, "plans", 5),
     M(K, "Selasa (21/11/2023)", D, "video", "2023-11-21"),
     M(K, "Senin (20/11/2023)", D, "pipe6day", "2023-11-20"),
     M(K, "Jumat (17/11/2023)", D, "augerstop", "2023-11-17"),
     M(K, "Senin", D, "dix", "2023-11-20", occ=2),

     M(R, "41 workers", N, "trapped", 41, F),
     M(R, "nearly two weeks", N, "days", 14, "2023-11-25", "nearly", cls="dur"),
     M(R, "about 47 metres", N, "drilled", 47, "2023-11-24", "approx", cls="len"),
     M(R, "60 metres", N, "plug", 60, "2023-11-24", cls="len"),
     M(R, "about 86 metres", N, "vertical", 86, qual="approx", cls="len"),
     M(R, "six inches", N, "pipe6_w", 6, cls="width"),
     M(R, "41 ambulances", N, "ambulances", 41),
     M(R, "Saturday", D, "said25", "2023-11-25"),
     M(R, "Friday", D, "augerbreak", "2023-11-24"),
     M(R, "Nov. 12", D, "collapse", "2023-11-12"),

     M(T, "41 pekerja", N, "trapped", 41, F),
     M(T, "17 hari", N, "days", 17, F, cls="dur"),
     M(T, "800 milimeter", N, "pipe_w", 800, cls="width"),
     M(T, "57 meter", N, "drilled", 57, F, cls="len", also={"plug": 57}),
     M(T, "60 meter", N, "plug", 60, "2023-11-24", cls="len"),
     M(T, "12 penambang", N, "miners", 12),
     M(T, "sekitar 36 meter", N, "vertical_done", 36, qual="approx", cls="len"),
     M(T, "sekitar 30 kilometer", N, "dist_chc", 30000, qual="approx", cls="len"),
     M(T, "100.000 rupee", N, "aid", 100000, cls="money"),
     M(T, "4,5 kilometer", N, "tunnel_len", 4500, cls="len"),
     M(T, "Selasa malam (28/11/2023)", D, "rescue", "2023-11-28"),
     M(T, "Senin (27/11/2023)", D, "manual", "2023-11-27"),
     M(T, "Rabu (29/11/2023)", D, "call", "2023-11-29"),
     M(T, "Minggu (12/11/2023)", D, "collapse", "2023-11-12"),

     M(H, "41 workers", N, "trapped", 41, F),
     M(H, "17 days", N, "days", 17, F, cls="dur"),
     M(H, "about 200 metres", N, "dist", 200, qual="approx", cls="len"),
     M(H, "800 mm", N, "pipe_w", 800, cls="width"),
     M(H, "about 75 metres", N, "drilled", 75, F, "approx", cls="len", planted=True),
     M(H, "12 rat-hole miners", N, "miners", 12),
     M(H, "Rs 50,000", N, "miner_aid", 50000, cls="money"),
     M(H, "Rs 1 lakh", N, "aid", 100000, cls="money"),
     M(H, "4.5-km", N, "tunnel_len", 4500, cls="len"),
     M(H, "about 100 metres", N, "remain", 100, "2024-11-12", "approx", cls="len"),
     M(H, "November 12, 2023", D, "collapse", "2023-11-12"),
     M(H, "November 29", D, "rescue", "2023-11-29", planted=True),
    ]
    build("silkyara-tunnel-2023", "Silkyara tunnel collapse, Uttarakhand, India (Sunday 12 November 2023): 40 workers "
          "first reported trapped, corrected to 41; contact the same day; a six-inch pipe through 53 m of debris on 20 "
          "November and the first video on 21 November; the escape pipe (800 mm) pushed 22 m by 17 November, about 47 m "
          "by 24 November when the auger broke, about 57 m at the rescue; manual digging by 12 rat-hole miners from 27 "
          "November; all 41 out on the night of Tuesday 28 November after 17 days; a year-later article recalling the "
          "figures", False, ms, names)


def inflation():
    R, K, J, C = "reuters-sep30", "kontan-oct03", "jakartapost-oct05", "cnbcindonesia-nov01"
    names = {
     "sep_yoy": "annual inflation in September 2022", "sep_mom": "monthly inflation in September 2022",
     "sep_ytd": "year-to-date inflation to September 2022", "sep_core": "annual core inflation in September 2022",
     "aug_yoy": "annual inflation in August 2022", "aug_mom": "monthly deflation in August 2022",
     "aug_core": "annual core inflation in August 2022", "fc_sep": "poll forecast of September's annual inflation",
     "fc_low": "lowest forecast in the poll", "fc_high": "highest forecast in the poll",
     "fc_core": "poll forecast of September's core inflation", "rise": "average fuel price increase",
     "economists": "economists polled", "fc_mom": "forecast of September's monthly inflation", "fc_h1": "inflation expected into the first half of 2023",
     "years": "years since inflation was last this high", "gas": "gasoline's contribution to September's monthly inflation",
     "transport": "monthly inflation of the transport group in September", "admin": "annual administered-price inflation in September",
     "volatile": "annual volatile-food inflation in September", "fc_peak": "expected December peak of annual inflation",
     "cities": "cities monitored by BPS", "oct_mom": "monthly deflation in October 2022",
     "oct_yoy": "annual inflation in October 2022", "oct_ytd": "year-to-date inflation to October 2022",
     "oct_core": "annual core inflation in October 2022", "defl_cities": "cities with deflation in October",
     "infl_cities": "cities with inflation in October", "fc_yearend": "inflation expected to the end of 2022",
     # dates
     "sepmonth": "September 2022, the month of the figures", "augmonth": "August 2022", "pollday": "day of the poll",
     "fuelday": "day fuel prices were raised", "release": "day BPS released September's figures",
     "since2015": "October 2015, when inflation was last this high", "dec2014": "December 2014, the last sharper monthly rise",
     "peakmonth": "December 2022, the expected peak", "octmonth": "October 2022, the month of the figures",
     "release_oct": "day BPS released October's figures", "ytd_oct": "January to October 2022",
    }
    ms = [
     M(R, "6.00%", N, "fc_sep", 6.0, cls="pct"),
     M(R, "seven years", N, "years", 7, cls="dur"),
     M(R, "about 30%", N, "rise", 30, qual="approx", cls="pct"),
     M(R, "15 economists", N, "economists", 15),
     M(R, "4.69%", N, "aug_yoy", 4.69, cls="pct"),
     M(R, "0.21%", N, "aug_mom", 0.21, cls="pct"),
     M(R, "1.10%", N, "fc_mom", 1.10, src="the Reuters poll", cls="pct"),
     M(R, "August", D, "augmonth", "2022-08", occ=3),
     M(R, "5.70%", N, "fc_low", 5.70, cls="pct"),
     M(R, "6.40%", N, "fc_high", 6.40, cls="pct"),
     M(R, "3.40%", N, "fc_core", 3.40, cls="pct"),
     M(R, "3.04%", N, "aug_core", 3.04, cls="pct"),
     M(R, "6%", N, "fc_h1", 6, qual="morethan", cls="pct"),
     M(R, "September", D, "sepmonth", "2022-09"),
     M(R, "August", D, "augmonth", "2022-08"),
     M(R, "Friday", D, "pollday", "2022-09-30"),
     M(R, "August", D, "augmonth", "2022-08", occ=2),
     M(R, "Sept. 3", D, "fuelday", "2022-09-03"),
     M(R, "September", D, "sepmonth", "2022-09", occ=2),
     M(R, "Monday", D, "release", "2022-10-03"),

     M(K, "1,17 persen", N, "sep_mom", 1.17, cls="pct"),
     M(K, "0,21 persen", N, "aug_mom", 0.21, cls="pct"),
     M(K, "5,95 persen", N, "sep_yoy", 5.95, cls="pct"),
     M(K, "1,09 persen", N, "fc_mom", 1.09, src="Bank Indonesia's price survey", cls="pct"),
     M(K, "4,69 persen", N, "aug_yoy", 4.69, cls="pct"),
     M(K, "4,84 persen", N, "sep_ytd", 4.84, cls="pct"),
     M(K, "0,89 persen", N, "gas", 0.89, cls="pct"),
     M(K, "8,88 persen", N, "transport", 8.88, cls="pct"),
     M(K, "3,21 persen", N, "sep_core", 3.21, cls="pct"),
     M(K, "13,28 persen", N, "admin", 13.28, cls="pct"),
     M(K, "90 kota", N, "cities", 90),
     M(K, "September 2022", D, "sepmonth", "2022-09"),
     M(K, "Agustus", D, "augmonth", "2022-08"),
     M(K, "September 2022", D, "sepmonth", "2022-09", occ=2),
     M(K, "3 September", D, "fuelday", "2022-09-03"),
     M(K, "Senin (3/10/2022)", D, "release", "2022-10-03"),
     M(K, "September", D, "sepmonth", "2022-09", occ=4),
     M(K, "Oktober 2015", D, "since2015", "2015-10"),

     M(J, "5.95 percent", N, "sep_yoy", 5.95, cls="pct"),
     M(J, "6 percent", N, "fc_sep", 6, cls="pct"),
     M(J, "1.17 percent", N, "sep_mom", 1.17, cls="pct"),
     M(J, "0.89 percentage points", N, "gas", 0.89, cls="pct"),
     M(J, "3.12 percent", N, "sep_core", 3.12, cls="pct", planted=True),
     M(J, "13.28 percent", N, "admin", 13.28, cls="pct"),
     M(J, "9.02 percent", N, "volatile", 9.02, cls="pct"),
     M(J, "4.84 percent", N, "sep_ytd", 4.84, cls="pct"),
     M(J, "6.5 percent", N, "fc_peak", 6.5, qual="approx", cls="pct"),
     M(J, "September", D, "sepmonth", "2022-09"),
     M(J, "Monday", D, "release", "2022-10-03"),
     M(J, "December 2014", D, "dec2014", "2014-12"),
     M(J, "December", D, "peakmonth", "2022-12", occ=2),

     M(C, "0,11 persen", N, "oct_mom", 0.11, cls="pct"),
     M(C, "1,71 persen", N, "sep_mom", 1.71, cls="pct", planted=True),
     M(C, "5,71 persen", N, "oct_yoy", 5.71, cls="pct"),
     M(C, "5,95 persen", N, "sep_yoy", 5.95, cls="pct"),
     M(C, "4,73 persen", N, "oct_ytd", 4.73, cls="pct"),
     M(C, "3,31 persen", N, "oct_core", 3.31, cls="pct"),
     M(C, "3,21 persen", N, "sep_core", 3.21, cls="pct"),
     M(C, "90 kota", N, "cities", 90),
     M(C, "56 kota", N, "defl_cities", 56),
     M(C, "34 kota", N, "infl_cities", 34),
     M(C, "5,5 persen", N, "fc_yearend", 5.5, qual="morethan", cls="pct"),
     M(C, "Oktober 2022", D, "octmonth", "2022-10"),
     M(C, "September", D, "sepmonth", "2022-09"),
     M(C, "Oktober 2022", D, "octmonth", "2022-10", occ=2),
     M(C, "Januari-Oktober 2022", D, "ytd_oct", "2022-10"),
     M(C, "September", D, "sepmonth", "2022-09", occ=2),
     M(C, "awal September", D, "fuelday", "2022-09"),
     M(C, "Selasa (1/11/2022)", D, "release_oct", "2022-11-01"),
    ]
    build("bps-inflation-2022", "Indonesia's inflation after the fuel price increase of 3 September 2022: a poll's "
          "forecast (6.00% a year, 3.40% core) before the release; BPS's September figures on Monday 3 October (1.17% "
          "a month, 5.95% a year, 4.84% year to date, core 3.21%, gasoline 0.89 points, administered prices 13.28%) "
          "beside August's (4.69%, -0.21% a month, core 3.04%); October's figures on Tuesday 1 November (-0.11% a "
          "month, 5.71% a year, 4.73% year to date, core 3.31%); analysts' forecasts are not facts", False, ms, names)


def asian_games():
    K, R, T, J = "kompas-sep02", "reuters-sep03", "detik-sep04", "jakartapost-sep05"
    names = {
     "gold": "Indonesia's golds", "silver": "Indonesia's silvers", "bronze": "Indonesia's bronzes",
     "total": "Indonesia's medals in all", "rank": "Indonesia's place in the medal table",
     "cn_gold": "China's golds", "cn_silver": "China's silvers", "cn_bronze": "China's bronzes",
     "cn_total": "China's medals in all", "jp_gold": "Japan's golds", "kr_gold": "South Korea's golds",
     "target": "target of golds", "target_rank": "target place in the table", "silat": "golds from pencak silat",
     "silat_events": "pencak silat events", "best": "Indonesia's previous best haul of golds",
     "nocs": "countries taking part", "events": "events", "sports": "sports", "streak": "Games China has topped in a row",
     "bonus": "bonus per individual gold", "bonus_usd": "bonus per individual gold in US dollars",
     "bonus_silver": "bonus per individual silver", "bonus_bronze": "bonus per individual bronze",
     "incheon": "Indonesia's golds at Incheon 2014", "gap": "years since the Incheon Games",
     # dates
     "games": "the 2018 Games", "closing": "day of the closing ceremony", "opening": "day of the opening",
     "y1962": "the 1962 Games", "y2014": "the 2014 Games", "tokyo": "the Tokyo Olympics", "said": "day of the minister's remarks",
    }
    ms = [
     M(K, "31 medali emas", N, "gold", 31),
     M(K, "24 perak", N, "silver", 24),
     M(K, "43 perunggu", N, "bronze", 43),
     M(K, "total 98 medali", N, "total", 98),
     M(K, "peringkat keempat", N, "rank", 4, cls="rank"),
     M(K, "132 emas", N, "cn_gold", 132),
     M(K, "92 perak", N, "cn_silver", 92),
     M(K, "65 perunggu", N, "cn_bronze", 65),
     M(K, "75 emas", N, "jp_gold", 75),
     M(K, "49 emas", N, "kr_gold", 49),
     M(K, "16 emas", N, "target", 16),
     M(K, "10 besar", N, "target_rank", 10, cls="rank"),
     M(K, "14 emas", N, "silat", 14),
     M(K, "16 nomor", N, "silat_events", 16),
     M(K, "11 emas", N, "best", 11),
     M(K, "45 negara", N, "nocs", 45),
     M(K, "465 nomor", N, "events", 465),
     M(K, "40 cabang olahraga", N, "sports", 40),
     M(K, "Asian Games 2018", D, "games", "2018"),
     M(K, "1962", D, "y1962", "1962"),
     M(K, "Minggu (2/9/2018)", D, "closing", "2018-09-02"),
     M(K, "18 Agustus 2018", D, "opening", "2018-08-18"),

     M(R, "fourth", N, "rank", 4, cls="rank"),
     M(R, "31 gold medals", N, "gold", 31),
     M(R, "16", N, "target", 16),
     M(R, "24 silver", N, "silver", 24),
     M(R, "43 bronze", N, "bronze", 43),
     M(R, "98", N, "total", 98),
     M(R, "10th", N, "streak", 10, cls="rank"),
     M(R, "132 golds", N, "cn_gold", 132),
     M(R, "289 medals", N, "cn_total", 289),
     M(R, "75 golds", N, "jp_gold", 75),
     M(R, "49", N, "kr_gold", 49),
     M(R, "14 of the hosts' golds", N, "silat", 14),
     M(R, "11 golds", N, "best", 11),
     M(R, "1.5 billion rupiah", N, "bonus", 1.5e9, cls="money"),
     M(R, "$101,000", N, "bonus_usd", 101000, qual="approx", cls="money"),
     M(R, "465 events", N, "events", 465),
     M(R, "40 sports", N, "sports", 40),
     M(R, "Sunday", D, "closing", "2018-09-02"),
     M(R, "1962", D, "y1962", "1962"),
     M(R, "Aug. 18", D, "opening", "2018-08-18"),

     M(T, "31 emas", N, "gold", 31),
     M(T, "total 98 medali", N, "total", 98),
     M(T, "31 emas", N, "gold", 31, occ=2),
     M(T, "24 perak", N, "silver", 24),
     M(T, "43 perunggu", N, "bronze", 43),
     M(T, "urutan keempat", N, "rank", 4, cls="rank"),
     M(T, "16 emas", N, "target", 16),
     M(T, "Rp 1,5 miliar", N, "bonus", 1.5e9, cls="money"),
     M(T, "Rp 500 juta", N, "bonus_silver", 500e6, cls="money"),
     M(T, "Rp 250 juta", N, "bonus_bronze", 250e6, cls="money"),
     M(T, "14 emas", N, "silat", 14),
     M(T, "4 emas", N, "incheon", 4),
     M(T, "Asian Games 2018", D, "games", "2018"),
     M(T, "Selasa (4/9/2018)", D, "said", "2018-09-04"),
     M(T, "Asian Games 2014", D, "y2014", "2014"),
     M(T, "Olimpiade Tokyo 2020", D, "tokyo", "2020"),
     M(T, "Minggu (2/9/2018)", D, "closing", "2018-09-02"),
     M(T, "18 Agustus", D, "opening", "2018-08-18"),

     M(J, "31 gold medals", N, "gold", 31),
     M(J, "11", N, "best", 11),
     M(J, "24 silvers", N, "silver", 24),
     M(J, "43 bronzes", N, "bronze", 43),
     M(J, "98 medals", N, "total", 98),
     M(J, "fourth", N, "rank", 4, cls="rank"),
     M(J, "four years", N, "gap", 4, cls="dur"),
     M(J, "four golds", N, "incheon", 4),
     M(J, "16 golds", N, "target", 16),
     M(J, "top-10", N, "target_rank", 10, cls="rank"),
     M(J, "14 of the golds", N, "silat", 14),
     M(J, "Rp 1.5 billion", N, "bonus", 1.5e9, cls="money"),
     M(J, "45 countries", N, "nocs", 45),
     M(J, "Sunday", D, "closing", "2018-09-02"),
     M(J, "1962", D, "y1962", "1962"),
     M(J, "2020 Tokyo Olympics", D, "tokyo", "2020"),
     M(J, "Aug. 18", D, "opening", "2018-08-18"),
     M(J, "Sept. 2", D, "closing", "2018-09-02"),
    ]
    build("asian-games-2018", "Indonesia at the 2018 Asian Games, Jakarta and Palembang (18 August to Sunday 2 "
          "September 2018; control): 31 golds, 24 silvers, 43 bronzes, 98 medals, fourth behind China (132 golds, 289 "
          "medals), Japan (75) and South Korea (49); a target of 16 golds and a top-10 place; 14 golds from pencak "
          "silat; the previous best of 11 golds in 1962 and 4 at Incheon in 2014; bonuses per medal; 45 countries, "
          "465 events, 40 sports. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    silkyara()
    inflation()
    asian_games()
