"""The hundred-and-eighty-second development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset182/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hpakant():
    A, R, K, T = "antara-jul02", "reuters-jul03", "kompas-jul04", "detik-jul30"
    # as-of times of the running tallies: Thursday 2 July 2020 midday (the fire service's first count of 113 bodies),
    # 19.15 on Thursday (162 bodies, 54 injured taken to hospital), Friday 3 July morning (166) and Friday evening (172,
    # the last count). The injured are the 54 taken to hospital on the day of the landslide (Thursday evening's figure,
    # repeated unchanged later). The landslide of November 2015 and its toll are another event.
    # On Friday morning the service gave 166 dead and 55 injured; with Friday night's 172 it gave 54 injured again: a
    # downward revision of the injured (55 -> 54). On Saturday 4 July a local information ministry official gave 171
    # bodies (another source than the fire service: sources). The 2015 toll: the local authorities' at least 113
    # against Xinhua's at least 116 (sources); "more than 100" credits no one.
    THU_NOON, THU19, FRI_AM, FRI_PM, SAT = ("2020-07-02a", "2020-07-02b", "2020-07-03a", "2020-07-03b",
                                            "2020-07-04")
    FIRE, INFO = "the fire service", "the information ministry"
    LOCAL, XINHUA = "the local authorities", "Xinhua"
    names = {
     "dead": "people killed", "injured": "injured taken to hospital", "found_fri": "bodies found on Friday",
     "dead2015": "people killed in the November 2015 landslide", "dist": "distance from Yangon (km)",
     "jade_value": "value of the jade trade in 2014",
     # dates
     "slide": "day of the landslide", "asof_noon": "day of the first count (Thursday midday)",
     "asof_thu19": "day of Thursday evening's count", "asof_fri": "day of Friday evening's count",
     "asof_friam": "day of Friday morning's count", "halt": "day the search was halted",
     "ban_start": "start of the monsoon suspension of mining", "ban_end": "end of the monsoon suspension of mining",
     "slide2015": "month of the 2015 landslide", "jadeyear": "year of the jade trade estimate",
    }
    ms = [
     M(A, "Sedikitnya 113 jenazah", N, "dead", 113, THU_NOON, qual="atleast", src=FIRE),
     M(A, "Kamis (2/7/2020)", D, "slide", "2020-07-02"),
     M(A, "Kamis", D, "asof_noon", "2020-07-02", occ=2),
     M(A, "1 Juli", D, "ban_start", "2020-07-01"),
     M(A, "30 September 2020", D, "ban_end", "2020-09-30"),
     M(A, "950 kilometer", N, "dist", 950, cls="km"),
     M(A, "November 2015", D, "slide2015", "2015-11"),
     M(A, "sedikitnya 113 orang", N, "dead2015", 113, qual="atleast", src=LOCAL),

     M(R, "At least 162 people", N, "dead", 162, THU19, qual="atleast", src=FIRE),
     M(R, "Thursday", D, "slide", "2020-07-02"),
     M(R, "162 bodies", N, "dead", 162, THU19, src=FIRE),
     M(R, "Thursday", D, "asof_thu19", "2020-07-02", occ=2),
     M(R, "54 injured people", N, "injured", 54, THU19),
     M(R, "Thursday", D, "slide", "2020-07-02", occ=3),
     M(R, "113", N, "dead", 113, THU_NOON, src=FIRE),
     M(R, "$31 billion", N, "jade_value", 31e9, cls="usd"),
     M(R, "2014", D, "jadeyear", "2014"),
     M(R, "November 2015", D, "slide2015", "2015-11"),
     M(R, "more than 100 people", N, "dead2015", 100, qual="morethan"),

     M(K, "172 orang", N, "dead", 172, FRI_PM, src=FIRE),
     M(K, "Jumat (3/7/2020)", D, "asof_fri", "2020-07-03"),
     M(K, "enam jenazah", N, "found_fri", 6),
     M(K, "Jumat", D, "asof_friam", "2020-07-03", occ=2),
     M(K, "166 orang", N, "dead", 166, FRI_AM, src=FIRE),
     M(K, "55 orang", N, "injured", 55, FRI_AM),
     M(K, "Kamis (2/7/2020)", D, "asof_thu19", "2020-07-02"),
     M(K, "162 jenazah", N, "dead", 162, THU19, src=FIRE),
     M(K, "45 orang", N, "injured", 45, THU19, planted=True),
     M(K, "Kamis", D, "slide", "2020-07-02", occ=2),
     M(K, "Jumat", D, "halt", "2020-07-03", occ=3),
     M(K, "November 2015", D, "slide2015", "2015-11"),
     M(K, "sedikitnya 116 orang", N, "dead2015", 116, qual="atleast", src=XINHUA),
     M(K, "950 km", N, "dist", 950, cls="km"),

     M(T, "Rabu (1/7/2020)", D, "slide", "2020-07-01", planted=True),
     M(T, "172 orang", N, "dead", 172, FRI_PM, src=FIRE),
     M(T, "Jumat (3/7/2020)", D, "asof_fri", "2020-07-03"),
     M(T, "54 orang", N, "injured", 54, FRI_PM),
     M(T, "171 jenazah", N, "dead", 171, SAT, src=INFO),
     M(T, "30 September 2020", D, "ban_end", "2020-09-30"),
     M(T, "November 2015", D, "slide2015", "2015-11"),
     M(T, "lebih dari 100 orang", N, "dead2015", 100, qual="morethan"),
    ]
    build("hpakant-landslide-2020", "The jade mine landslide at Hpakant, Kachin State, Myanmar (Thursday 2 July 2020, "
          "about 08.00 local time, near Wai Khar): the fire service's toll rising 113 bodies by Thursday midday -> 162 "
          "by 19.15 on Thursday (54 injured taken to hospital) -> 166 on Friday 3 July morning (55 injured) -> 172 by "
          "Friday night (54 injured: the injured revised down); the information ministry's 171 on Saturday 4 July; the monsoon suspension of mining from 1 July to 30 September 2020; the November 2015 landslide "
          "(at least 113 dead by the local authorities, at least 116 by Xinhua) in the same area", False, ms, names)


def presidency():
    T, R, K, D1 = "tempo-mar21", "reuters-may20", "kompas-may22", "detik-may23"
    # the stages do not change with the day of the report: the Central Committee's acceptance of Vo Van Thuong's
    # resignation (Wednesday 20 March 2024), the National Assembly's vote relieving him and Vo Thi Anh Xuan's start as
    # acting president (Thursday 21 March), the assembly's acceptance of Vuong Dinh Hue's resignation (2 May), the
    # Central Committee's nomination of To Lam and Tran Thanh Man (Saturday 18 May), Man's election (Monday 20 May:
    # all 475 deputies present, 97.54% of the membership) and Lam's (Wednesday 22 May: 472 of 473 present, 96.92%).
    names = {
     "pillars": "the top posts of the power structure", "man_yes": "deputies voting for Man",
     "man_present": "deputies present at Man's vote", "man_pct": "Man's votes as a share of all deputies",
     "man_age": "Man's age", "lam_yes": "deputies voting for Lam", "lam_present": "deputies present at Lam's vote",
     "lam_pct": "Lam's votes as a share of all deputies", "lam_age": "Lam's age",
     # dates
     "na_relieve": "day the assembly relieved Thuong", "resign": "day Thuong's resignation was accepted by the party",
     "thuong_elected": "day Thuong was elected president", "phuc_resign": "month Nguyen Xuan Phuc resigned",
     "man_elected": "day Man was elected chairman", "hue_na": "day the assembly accepted Hue's resignation",
     "nominate": "day of the Central Committee's nominations", "acting": "day Xuan became acting president",
     "congress": "year of the party's next congress", "lam_elected": "day Lam was elected president",
     "term_end": "end of the presidential term", "minister_since": "month Lam became minister",
     "born": "year Lam was born", "joined": "year Lam joined the police",
    }
    ms = [
     M(T, "Kamis (21/3/2024)", D, "na_relieve", "2024-03-21"),
     M(T, "Rabu (20/3/2024)", D, "resign", "2024-03-20"),
     M(T, "2 Maret 2023", D, "thuong_elected", "2023-03-02"),
     M(T, "Januari 2023", D, "phuc_resign", "2023-01"),
     M(T, "empat posisi", N, "pillars", 4),

     M(R, "Monday", D, "man_elected", "2024-05-20"),
     M(R, "475 deputies", N, "man_yes", 475, also={"man_present": 475}),
     M(R, "97.54%", N, "man_pct", 97.54, cls="pct"),
     M(R, "61", N, "man_age", 61, cls="age"),
     M(R, "May 2", D, "hue_na", "2024-05-02"),
     M(R, "Saturday", D, "nominate", "2024-05-18"),
     M(R, "March", D, "resign", "2024-03"),
     M(R, "March 21", D, "acting", "2024-03-21"),
     M(R, "2026", D, "congress", "2026"),

     M(K, "Rabu (22/5/2024)", D, "lam_elected", "2024-05-22"),
     M(K, "472", N, "lam_yes", 472),
     M(K, "473 anggota", N, "lam_present", 473),
     M(K, "96,92 persen", N, "lam_pct", 96.92, cls="pct"),
     M(K, "2026", D, "term_end", "2026"),
     M(K, "April 2016", D, "minister_since", "2016-04"),
     M(K, "Sabtu (18/5/2024)", D, "nominate", "2024-05-18"),
     M(K, "Senin (20/5/2024)", D, "man_elected", "2024-05-20"),
     M(K, "475 anggota", N, "man_yes", 475, also={"man_present": 475}),
     M(K, "Maret 2024", D, "resign", "2024-03"),
     M(K, "1957", D, "born", "1957"),
     M(K, "1974", D, "joined", "1974"),

     M(D1, "Rabu (22/5/2024)", D, "lam_elected", "2024-05-22"),
     M(D1, "427 suara", N, "lam_yes", 427, planted=True),
     M(D1, "473 anggota", N, "lam_present", 473),
     M(D1, "Rabu (20/3/2024)", D, "resign", "2024-03-20"),
     M(D1, "Maret 2023", D, "thuong_elected", "2023-03"),
     M(D1, "Senin (20/5/2024)", D, "man_elected", "2024-05-20"),
     M(D1, "97,54 persen", N, "man_pct", 97.54, cls="pct"),
     M(D1, "2 Mei 2024", D, "hue_na", "2024-05-02"),
     M(D1, "66 tahun", N, "lam_age", 66, cls="age"),
     M(D1, "2016", D, "minister_since", "2016"),
     M(D1, "Sabtu (18/5/2024)", D, "nominate", "2024-05-18"),
    ]
    build("vietnam-presidency-2024", "Vietnam's change of president in 2024: the Communist Party's Central Committee "
          "accepted Vo Van Thuong's resignation on Wednesday 20 March 2024 and the National Assembly relieved him on "
          "Thursday 21 March (Vo Thi Anh Xuan acting president); the assembly accepted Vuong Dinh Hue's resignation on "
          "2 May; the Central Committee nominated To Lam and Tran Thanh Man on Saturday 18 May; the assembly elected "
          "Man chairman on Monday 20 May (all 475 deputies present, 97.54% of the membership) and Lam president on "
          "Wednesday 22 May (472 of 473 present, 96.92%)", False, ms, names)


def gso():
    R, B, K, V = "reuters-dec29", "bisnis-dec30", "kontan-jan02", "vnexpress-jan03"
    names = {
     "gdp": "GDP growth in 2022", "target": "the growth target (lower bound)", "prev": "GDP growth in 2021",
     "q4": "fourth-quarter growth", "q3": "third-quarter growth", "exp_g": "export growth", "exports": "exports",
     "retail": "retail sales growth", "imp_g": "import growth", "surplus": "the trade surplus",
     "cpi_dec": "December inflation", "cpi_avg": "average inflation in 2022", "ceiling": "the inflation ceiling",
     "gdppc": "GDP per capita", "gdppc_rise": "the rise in GDP per capita",
     # dates
     "release": "day of the release", "since": "year of the last faster growth", "yr2022": "the year measured",
     "yr2023": "the year ahead",
    }
    ms = [
     M(R, "8.02%", N, "gdp", 8.02, cls="pct"),
     M(R, "1997", D, "since", "1997"),
     M(R, "Thursday", D, "release", "2022-12-29"),
     M(R, "6.0%-6.5%", N, "target", 6, cls="pct"),
     M(R, "2.58%", N, "prev", 2.58, cls="pct"),
     M(R, "5.92%", N, "q4", 5.92, cls="pct"),
     M(R, "13.71%", N, "q3", 13.71, cls="pct"),
     M(R, "10.6%", N, "exp_g", 10.6, cls="pct"),
     M(R, "$371.85 billion", N, "exports", 371.85e9, cls="usd"),
     M(R, "19.8%", N, "retail", 19.8, cls="pct"),
     M(R, "8.4%", N, "imp_g", 8.4, cls="pct"),
     M(R, "$11.2 billion", N, "surplus", 11.2e9, cls="usd"),
     M(R, "4.55%", N, "cpi_dec", 4.55, cls="pct"),
     M(R, "3.15%", N, "cpi_avg", 3.15, cls="pct"),
     M(R, "4%", N, "ceiling", 4, cls="pct"),
     M(R, "$4,110", N, "gdppc", 4110, cls="usd"),
     M(R, "$393", N, "gdppc_rise", 393, cls="usd"),

     M(B, "8,02 persen", N, "gdp", 8.02, cls="pct"),
     M(B, "2022", D, "yr2022", "2022"),
     M(B, "1997", D, "since", "1997"),
     M(B, "Kamis (29/12/2022)", D, "release", "2022-12-29"),
     M(B, "6-6,5 persen", N, "target", 6, cls="pct"),
     M(B, "2,58 persen", N, "prev", 2.58, cls="pct"),
     M(B, "5,92 persen", N, "q4", 5.92, cls="pct"),
     M(B, "13,71 persen", N, "q3", 13.71, cls="pct"),
     M(B, "10,6 persen", N, "exp_g", 10.6, cls="pct"),
     M(B, "371,85 miliar dolar AS", N, "exports", 371.85e9, cls="usd"),
     M(B, "8,4 persen", N, "imp_g", 8.4, cls="pct"),
     M(B, "11,2 miliar dolar AS", N, "surplus", 11.2e9, cls="usd"),
     M(B, "19,8 persen", N, "retail", 19.8, cls="pct"),
     M(B, "3,15 persen", N, "cpi_avg", 3.15, cls="pct"),
     M(B, "4 persen", N, "ceiling", 4, cls="pct"),
     M(B, "4,55 persen", N, "cpi_dec", 4.55, cls="pct"),
     M(B, "4.110 dolar AS", N, "gdppc", 4110, cls="usd"),
     M(B, "393 dolar AS", N, "gdppc_rise", 393, cls="usd"),

     M(K, "8,02%", N, "gdp", 8.02, cls="pct"),
     M(K, "2022", D, "yr2022", "2022"),
     M(K, "1997", D, "since", "1997"),
     M(K, "Kamis (29/12/2022)", D, "release", "2022-12-29"),
     M(K, "6%-6,5%", N, "target", 6, cls="pct"),
     M(K, "2,58%", N, "prev", 2.58, cls="pct"),
     M(K, "5,92%", N, "q4", 5.92, cls="pct"),
     M(K, "13,71%", N, "q3", 13.71, cls="pct"),
     M(K, "10,6%", N, "exp_g", 10.6, cls="pct"),
     M(K, "US$ 371,85 miliar", N, "exports", 371.85e9, cls="usd"),
     M(K, "8,4%", N, "imp_g", 8.4, cls="pct"),
     M(K, "US$ 11,2 miliar", N, "surplus", 11.2e9, cls="usd"),
     M(K, "19,8%", N, "retail", 19.8, cls="pct"),
     M(K, "3,15%", N, "cpi_avg", 3.15, cls="pct"),
     M(K, "4%", N, "ceiling", 4, cls="pct"),
     M(K, "4,55%", N, "cpi_dec", 4.55, cls="pct"),
     M(K, "US$ 4.110", N, "gdppc", 4110, cls="usd"),
     M(K, "US$ 393", N, "gdppc_rise", 393, cls="usd"),

     M(V, "8.02%", N, "gdp", 8.02, cls="pct"),
     M(V, "2022", D, "yr2022", "2022"),
     M(V, "Dec. 29", D, "release", "2022-12-29"),
     M(V, "1997", D, "since", "1997"),
     M(V, "6-6.5%", N, "target", 6, cls="pct"),
     M(V, "2.58%", N, "prev", 2.58, cls="pct"),
     M(V, "5.92%", N, "q4", 5.92, cls="pct"),
     M(V, "13.71%", N, "q3", 13.71, cls="pct"),
     M(V, "10.6%", N, "exp_g", 10.6, cls="pct"),
     M(V, "$371.85 billion", N, "exports", 371.85e9, cls="usd"),
     M(V, "8.4%", N, "imp_g", 8.4, cls="pct"),
     M(V, "$11.2 billion", N, "surplus", 11.2e9, cls="usd"),
     M(V, "19.8%", N, "retail", 19.8, cls="pct"),
     M(V, "3.15%", N, "cpi_avg", 3.15, cls="pct"),
     M(V, "4%", N, "ceiling", 4, cls="pct"),
     M(V, "4.55%", N, "cpi_dec", 4.55, cls="pct"),
     M(V, "$4,110", N, "gdppc", 4110, cls="usd"),
     M(V, "$393", N, "gdppc_rise", 393, cls="usd"),
     M(V, "2023", D, "yr2023", "2023"),
    ]
    build("gso-growth-2022", "Vietnam's General Statistics Office's release (control) of Thursday 29 December 2022: GDP "
          "growth of 8.02% in 2022, the fastest since 1997, against a target of 6-6.5% and 2.58% in 2021; 5.92% in the "
          "fourth quarter after 13.71% in the third; exports up 10.6% to $371.85 billion, imports up 8.4%, a trade "
          "surplus of $11.2 billion; retail sales up 19.8%; December inflation 4.55%, average inflation 3.15% under the "
          "4% ceiling; GDP per capita $4,110, up $393. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    hpakant()
    presidency()
    gso()
