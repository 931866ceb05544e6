"""The hundred-and-thirty-ninth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset139/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def attapeu():
    R, K, AP, DT, T = "reuters-jul25", "kompas-jul29", "ap-jul31", "detik-aug02", "tempo-aug17"
    # the Lao authorities' running tallies: Wednesday 25 July (the prime minister's news conference and the official
    # reports of bodies recovered), Saturday 28 July (the rescue commander), Sunday 29, Monday 30 July, Wednesday
    # 1 August, Friday 3, Saturday 4 and Sunday 5 August (the deputy governor)
    WED25, SAT28, SUN29, MON30, WED1, FRI3, SAT4, SUN5 = (
        "2018-07-25", "2018-07-28", "2018-07-29", "2018-07-30", "2018-08-01", "2018-08-03", "2018-08-04",
        "2018-08-05")
    GOV, KPL = "the Lao government", "the news agency KPL"
    names = {
     "dead": "people confirmed dead", "missing": "people missing", "homeless": "people left homeless",
     "injured": "people in hospital", "volume": "water released (cubic metres)", "children_dead": "children among the dead",
     "km": "distance from the dam to the villages", "extra_rescuers": "further rescuers to be sent",
     "unaccounted": "villagers not yet registered", "villages": "villages hit by the flood",
     "severe_villages": "villages wholly affected", "severe_pop": "residents of the wholly affected villages",
     "rescuers": "rescue workers at the site", "china_team": "members of the Chinese team",
     "thai_teams": "members of the Thai teams", "health_centres": "health centres opened",
     "kip": "donations (kip)", "usd": "donations (dollars)", "bodies_sat": "bodies found on Saturday 4 August",
     # dates
     "collapse": "day the dam collapsed", "kpl_day": "day of the news agency's report", "pm_day": "day of the prime minister's news conference",
     "sat28": "day of the count of 8", "minister_day": "day of the labour minister's news conference",
     "mon30": "day of the count of 11", "wed1": "day of the count of 13", "fri3": "day of the count of 101 missing",
     "sat4": "day of the count of 30", "sun5": "day of the count of 31",
    }
    ms = [
     M(R, "Wednesday", D, "pm_day", "2018-07-25"),
     M(R, "131 people", N, "missing", 131, WED25, fall=True),
     M(R, "26", N, "dead", 26, WED25),
     M(R, "Monday", D, "collapse", "2018-07-23"),
     M(R, "about 5 billion cubic metres", N, "volume", 5e9, qual="approx", cls="m3"),
     M(R, "3,060", N, "homeless", 3060, src=GOV),
     M(R, "Tuesday", D, "kpl_day", "2018-07-24"),
     M(R, "more than 6,600 people", N, "homeless", 6600, qual="morethan", src=KPL),
     M(R, "Seventeen", N, "injured", 17, WED25),

     M(K, "8 orang", N, "dead", 8, SAT28),
     M(K, "26 orang", N, "dead", 26, WED25),
     M(K, "Rabu (25/7/2018)", D, "pm_day", "2018-07-25"),
     M(K, "Sabtu (28/7/2018)", D, "sat28", "2018-07-28"),
     M(K, "empat", N, "children_dead", 4, SAT28),
     M(K, "123 orang", N, "missing", 123, SAT28, fall=True),
     M(K, "131 orang", N, "missing", 131, WED25, fall=True),
     M(K, "Senin (23/7/2018)", D, "collapse", "2018-07-23"),
     M(K, "Kamis (26/7/2018)", D, "minister_day", "2018-07-26"),
     M(K, "3.060 orang", N, "homeless", 3060, src=GOV),
     M(K, "35 kilometer", N, "km", 35, cls="km"),
     M(K, "100 personel", N, "extra_rescuers", 100),

     M(AP, "Eleven", N, "dead", 11, MON30),
     M(AP, "120", N, "missing", 120, MON30, fall=True),
     M(AP, "Monday", D, "mon30", "2018-07-30"),
     M(AP, "nine", N, "dead", 9, SUN29),
     M(AP, "122 people", N, "missing", 122, SUN29, fall=True),
     M(AP, "131", N, "missing", 131, WED25, fall=True),
     M(AP, "13 affected villages", N, "villages", 13),
     M(AP, "1,122 people", N, "unaccounted", 1122, SUN29, fall=True),
     M(AP, "765", N, "unaccounted", 765, MON30, fall=True),
     M(AP, "About 180 rescue workers", N, "rescuers", 180, SUN29, qual="approx"),
     M(AP, "eight", N, "china_team", 8),
     M(AP, "49 people", N, "thai_teams", 49),
     M(AP, "12 health centres", N, "health_centres", 12),
     M(AP, "33.69 billion kip", N, "kip", 33.69e9, cls="kip"),
     M(AP, "about $400,000", N, "usd", 400000, qual="approx", cls="usd"),
     M(AP, "3,600 people", N, "homeless", 3600, src=GOV, planted=True),
     M(AP, "July 23", D, "collapse", "2018-07-23"),

     M(DT, "13 orang", N, "dead", 13, WED1),
     M(DT, "118 orang", N, "missing", 118, WED1, fall=True),
     M(DT, "Rabu (1/8/2018)", D, "wed1", "2018-08-01"),
     M(DT, "Senin (30/7/2018)", D, "mon30", "2018-07-30"),
     M(DT, "11 orang", N, "dead", 11, MON30),
     M(DT, "120 orang", N, "missing", 120, MON30, fall=True),
     M(DT, "Senin (23/7/2018)", D, "collapse", "2018-07-23"),
     M(DT, "sekitar 5 miliar meter kubik", N, "volume", 5e9, qual="approx", cls="m3"),
     M(DT, "13 desa", N, "villages", 13),
     M(DT, "enam desa", N, "severe_villages", 6),
     M(DT, "7.095 penduduk", N, "severe_pop", 7095),

     M(T, "Minggu (5/8/2018)", D, "sun5", "2018-08-05"),
     M(T, "31 orang", N, "dead", 31, SUN5),
     M(T, "130 orang", N, "missing", 130, SUN5, fall=True),
     M(T, "Sabtu (4/8/2018)", D, "sat4", "2018-08-04"),
     M(T, "empat jenazah", N, "bodies_sat", 4),
     M(T, "30 orang", N, "dead", 30, SAT4),
     M(T, "101 orang", N, "missing", 101, FRI3, fall=True),
     M(T, "Jumat (3/8/2018)", D, "fri3", "2018-08-03"),
     M(T, "26 korban tewas", N, "dead", 26, WED25),
     M(T, "Rabu, 25 Juli", D, "pm_day", "2018-07-25"),
     M(T, "8 orang", N, "dead", 8, SAT28),
     M(T, "131 orang", N, "missing", 131, WED25, fall=True),
     M(T, "23 Juli 2018", D, "collapse", "2018-07-23"),
     M(T, "13 desa", N, "villages", 13),
    ]
    build("attapeu-dam-2018", "The collapse of a saddle dam of the Xe-Pian Xe-Namnoy hydropower project in Attapeu, "
          "Laos, on Monday 23 July 2018 (about 5 billion cubic metres of water, 13 villages hit): 131 missing and 26 "
          "bodies recovered on Wednesday 25 July, the confirmed dead lowered to 8 (123 missing) on Saturday 28 July, "
          "then 9 (122), 11 (120), 13 (118), 30 and 31 (130 missing) by Sunday 5 August; the government's 3,060 "
          "homeless against the news agency's more than 6,600", False, ms, names)


def myanmar():
    R, K, A, AP, DT = "reuters-nov10", "kompas-nov14", "antara-nov17", "ap-nov21", "detik-mar16"
    # the commission's count in batches: Tuesday 10, Friday 13 and Monday 16 November, the final results on Friday 20
    TUE10, FRI13, MON16, FIN = "2015-11-10", "2015-11-13", "2015-11-16", "2015-11-20"
    UEC, NLD = "the Union Election Commission", "the NLD's own tally"
    names = {
     "nld_lower": "the NLD's lower-house seats", "nld_upper": "the NLD's upper-house seats",
     "nld_union": "the NLD's seats in both houses", "nld_state": "the NLD's state and regional seats",
     "nld_all": "the NLD's seats at all three levels", "nld_share": "the NLD's share of all seats declared",
     "lower_declared": "lower-house seats declared", "upper_declared": "upper-house seats declared",
     "state_declared": "state and regional seats declared", "all_declared": "seats declared at all levels",
     "usdp_lower": "the USDP's lower-house seats", "usdp_all": "the USDP's seats at all levels",
     "usdp_share": "the USDP's share of all seats", "townships": "townships where voting was cancelled",
     "lower_size": "members of the lower house", "union_size": "members of both houses", "majority": "seats needed for a majority",
     "military": "seats held by the military", "lower_contested": "lower-house seats contested",
     "upper_contested": "upper-house seats contested", "state_elected": "state and regional seats filled",
     "elected": "lawmakers elected at all levels", "independents": "independents elected",
     "remaining": "seats still to be declared", "htin_votes": "votes for Htin Kyaw", "votes_cast": "votes cast",
     "myint_swe_votes": "votes for Myint Swe", "van_thio_votes": "votes for Henry Van Thio",
     # dates
     "election": "day of the election", "tue10": "day of the count of 78 of 88", "fri13": "day of the count of 348",
     "mon16": "day of the count of 389", "final": "day of the final results", "y1990": "the previous open election",
     "y2008": "year of the constitution", "term_end": "month the government's term ends",
     "pres_vote": "day of the presidential vote", "nomination": "day Htin Kyaw was nominated",
     "sworn": "day of the swearing-in", "office": "day the president takes office",
    }
    ms = [
     M(R, "78", N, "nld_lower", 78, TUE10, src=UEC, fall=True),
     M(R, "88", N, "lower_declared", 88, TUE10),
     M(R, "Tuesday", D, "tue10", "2015-11-10"),
     M(R, "Sunday", D, "election", "2015-11-08"),
     M(R, "at least 380 seats", N, "nld_union", 380, TUE10, qual="atleast", src=NLD, fall=True),
     M(R, "seven townships", N, "townships", 7),
     M(R, "433 members", N, "lower_size", 433),
     M(R, "657", N, "union_size", 657),
     M(R, "329 seats", N, "majority", 329),
     M(R, "166", N, "military", 166),
     M(R, "2008", D, "y2008", "2008"),
     M(R, "73", N, "nld_state", 73, TUE10, src=UEC, fall=True),
     M(R, "80 seats", N, "state_declared", 80, TUE10),
     M(R, "1990", D, "y1990", "1990"),

     M(K, "Jumat (13/11/2015)", D, "fri13", "2015-11-13"),
     M(K, "238 kursi", N, "nld_lower", 238, FRI13, src=UEC, fall=True),
     M(K, "110 kursi", N, "nld_upper", 110, FRI13, src=UEC, fall=True),
     M(K, "348 kursi", N, "nld_union", 348, FRI13, src=UEC, fall=True),
     M(K, "329 kursi", N, "majority", 329),
     M(K, "166 kursi", N, "military", 166),
     M(K, "298", N, "lower_declared", 298, FRI13),
     M(K, "323 kursi", N, "lower_contested", 323),
     M(K, "133", N, "upper_declared", 133, FRI13),
     M(K, "168 kursi", N, "upper_contested", 168),
     M(K, "Minggu (8/11/2015)", D, "election", "2015-11-08"),
     M(K, "1990", D, "y1990", "1990"),

     M(A, "389 kursi", N, "nld_union", 389, MON16, src=UEC, fall=True),
     M(A, "Senin (16/11/2015)", D, "mon16", "2015-11-16"),
     M(A, "254 kursi", N, "nld_lower", 254, MON16, src=UEC, fall=True),
     M(A, "135 kursi", N, "nld_upper", 135, MON16, src=UEC, fall=True),
     M(A, "Jumat (13/11)", D, "fri13", "2015-11-13"),
     M(A, "283 kursi", N, "nld_lower", 283, FRI13, src=UEC, fall=True, planted=True),
     M(A, "110 kursi", N, "nld_upper", 110, FRI13, src=UEC, fall=True),
     M(A, "880", N, "nld_all", 880, MON16, src=UEC, fall=True),
     M(A, "1.139 kursi", N, "all_declared", 1139, MON16),
     M(A, "77,3 persen", N, "nld_share", 77.3, MON16, cls="pct", src=UEC, fall=True),
     M(A, "29 kursi", N, "usdp_lower", 29, MON16, src=UEC, fall=True),
     M(A, "lima calon independen", N, "independents", 5),
     M(A, "tujuh kursi", N, "remaining", 7, MON16),
     M(A, "Maret 2016", D, "term_end", "2016-03"),

     M(AP, "Nov. 8", D, "election", "2015-11-08"),
     M(AP, "Friday", D, "final", "2015-11-20"),
     M(AP, "390", N, "nld_union", 390, FIN, src=UEC, fall=True),
     M(AP, "255 seats", N, "nld_lower", 255, FIN, src=UEC, fall=True),
     M(AP, "135", N, "nld_upper", 135, FIN, src=UEC, fall=True),
     M(AP, "886 seats", N, "nld_all", 886, FIN, src=UEC, fall=True),
     M(AP, "77.04%", N, "nld_share", 77.04, FIN, cls="pct", src=UEC, fall=True),
     M(AP, "30 lower-house seats", N, "usdp_lower", 30, FIN, src=UEC, fall=True),
     M(AP, "118 seats", N, "usdp_all", 118, FIN, src=UEC, fall=True),
     M(AP, "about 10%", N, "usdp_share", 10, FIN, qual="approx", cls="pct", src=UEC, fall=True),
     M(AP, "1,150", N, "elected", 1150),
     M(AP, "323", N, "lower_contested", 323),
     M(AP, "168", N, "upper_contested", 168),
     M(AP, "659", N, "state_elected", 659),
     M(AP, "March", D, "term_end", "2016-03"),

     M(DT, "Selasa (15/3/2016)", D, "pres_vote", "2016-03-15"),
     M(DT, "360", N, "htin_votes", 360),
     M(DT, "652 suara", N, "votes_cast", 652),
     M(DT, "213 suara", N, "myint_swe_votes", 213),
     M(DT, "79 suara", N, "van_thio_votes", 79),
     M(DT, "Kamis (10/3/2016)", D, "nomination", "2016-03-10"),
     M(DT, "390 kursi", N, "nld_union", 390, FIN, src=UEC, fall=True),
     M(DT, "8 November 2015", D, "election", "2015-11-08"),
     M(DT, "Jumat (27/11/2015)", D, "final", "2015-11-27", planted=True),
     M(DT, "166 kursi", N, "military", 166),
     M(DT, "2008", D, "y2008", "2008"),
     M(DT, "30 Maret", D, "sworn", "2016-03-30"),
     M(DT, "1 April 2016", D, "office", "2016-04-01"),
    ]
    build("myanmar-election-2015", "Myanmar's general election of Sunday 8 November 2015: the Union Election "
          "Commission's count in batches (78 of 88 lower-house seats by Tuesday 10 November against the NLD's own "
          "tally of at least 380; 238 + 110 = 348 on Friday 13 November against the 329 needed; 254 + 135 = 389 and "
          "880 of 1,139 seats (77.3%) on Monday 16 November), the final results on Friday 20 November (255 + 135 = "
          "390, 886 seats or 77.04%; the USDP 30 lower-house seats, 118 in all); Htin Kyaw, nominated on Thursday 10 "
          "March 2016, elected president on Tuesday 15 March with 360 of 652 votes (Myint Swe 213, Henry Van Thio "
          "79)", False, ms, names)


def vietnam():
    R, B, I, K = "reuters-jan06", "bisnis-jan07", "intellinews-jan08", "kontan-jan09"
    names = {
     "gdp24": "GDP growth in 2024", "gdp23": "GDP growth in 2023", "target_lo": "the 2024 target's lower end",
     "target_hi": "the 2024 target's upper end", "q4": "fourth-quarter growth", "q3": "third-quarter growth",
     "q2": "second-quarter growth", "q1": "first-quarter growth", "exp_growth": "export growth",
     "exports": "exports (billion dollars)", "imp_growth": "import growth", "imports": "imports (billion dollars)",
     "surplus": "the trade surplus (billion dollars)", "fdi_growth": "growth of disbursed FDI",
     "fdi": "disbursed FDI (billion dollars)", "cpi": "average inflation", "ip": "industrial production growth",
     "industry": "industry and construction growth", "services": "services growth", "agri": "farm sector growth",
     "size": "size of the economy (billion dollars)", "percap": "GDP per head (dollars)",
     "percap_rise": "rise in GDP per head (dollars)", "t25_lo": "the 2025 target's lower end",
     "t25_hi": "the 2025 target's upper end",
     # dates
     "release": "day of the release", "y2024": "the year 2024", "y2023": "the year 2023", "y2025": "the year 2025",
    }
    P = dict(cls="pct")
    ms = [
     M(R, "7.09%", N, "gdp24", 7.09, **P),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "5.05%", N, "gdp23", 5.05, **P),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "6%", N, "target_lo", 6, **P),
     M(R, "6.5%", N, "target_hi", 6.5, **P),
     M(R, "Monday", D, "release", "2025-01-06"),
     M(R, "7.55%", N, "q4", 7.55, **P),
     M(R, "7.43%", N, "q3", 7.43, **P),
     M(R, "14.3%", N, "exp_growth", 14.3, **P),
     M(R, "$405.53 billion", N, "exports", 405.53, cls="usdbn"),
     M(R, "16.7%", N, "imp_growth", 16.7, **P),
     M(R, "$380.76 billion", N, "imports", 380.76, cls="usdbn"),
     M(R, "$24.77 billion", N, "surplus", 24.77, cls="usdbn"),
     M(R, "9.4%", N, "fdi_growth", 9.4, **P),
     M(R, "$25.35 billion", N, "fdi", 25.35, cls="usdbn"),
     M(R, "3.63%", N, "cpi", 3.63, **P),
     M(R, "2023", D, "y2023", "2023", occ=2),
     M(R, "8.4%", N, "ip", 8.4, **P),
     M(R, "8.24%", N, "industry", 8.24, **P),
     M(R, "7.38%", N, "services", 7.38, **P),
     M(R, "3.27%", N, "agri", 3.27, **P),
     M(R, "$476.3 billion", N, "size", 476.3, cls="usdbn"),
     M(R, "$4,700", N, "percap", 4700, cls="usd"),
     M(R, "$377", N, "percap_rise", 377, cls="usd"),
     M(R, "2023", D, "y2023", "2023", occ=3),
     M(R, "2025", D, "y2025", "2025"),
     M(R, "6.5%", N, "t25_lo", 6.5, occ=2, **P),
     M(R, "7%", N, "t25_hi", 7, **P),
     M(R, "2025", D, "y2025", "2025", occ=2),

     M(B, "7,09%", N, "gdp24", 7.09, **P),
     M(B, "2024", D, "y2024", "2024"),
     M(B, "5,05%", N, "gdp23", 5.05, **P),
     M(B, "2023", D, "y2023", "2023"),
     M(B, "Senin (6/1/2025)", D, "release", "2025-01-06"),
     M(B, "6%", N, "target_lo", 6, **P),
     M(B, "6,5%", N, "target_hi", 6.5, **P),
     M(B, "7,55%", N, "q4", 7.55, **P),
     M(B, "5,98%", N, "q1", 5.98, **P),
     M(B, "7,25%", N, "q2", 7.25, **P),
     M(B, "7,43%", N, "q3", 7.43, **P),
     M(B, "14,3%", N, "exp_growth", 14.3, **P),
     M(B, "US$405,53 miliar", N, "exports", 405.53, cls="usdbn"),
     M(B, "16,7%", N, "imp_growth", 16.7, **P),
     M(B, "US$380,76 miliar", N, "imports", 380.76, cls="usdbn"),
     M(B, "US$24,77 miliar", N, "surplus", 24.77, cls="usdbn"),
     M(B, "US$25,35 miliar", N, "fdi", 25.35, cls="usdbn"),
     M(B, "9,4%", N, "fdi_growth", 9.4, **P),
     M(B, "2023", D, "y2023", "2023", occ=2),
     M(B, "3,63%", N, "cpi", 3.63, **P),
     M(B, "8,4%", N, "ip", 8.4, **P),
     M(B, "7,38%", N, "services", 7.38, **P),
     M(B, "8,24%", N, "industry", 8.24, **P),
     M(B, "3,27%", N, "agri", 3.27, **P),
     M(B, "US$476,3 miliar", N, "size", 476.3, cls="usdbn"),
     M(B, "US$4.700", N, "percap", 4700, cls="usd"),

     M(I, "7.09%", N, "gdp24", 7.09, **P),
     M(I, "2024", D, "y2024", "2024"),
     M(I, "January 6", D, "release", "2025-01-06"),
     M(I, "6%-6.5%", N, "target_lo", 6, cls="pct", also=(("target_hi", 6.5),)),
     M(I, "5.05%", N, "gdp23", 5.05, **P),
     M(I, "2023", D, "y2023", "2023"),
     M(I, "5.98%", N, "q1", 5.98, **P),
     M(I, "7.25%", N, "q2", 7.25, **P),
     M(I, "7.43%", N, "q3", 7.43, **P),
     M(I, "7.55%", N, "q4", 7.55, **P),
     M(I, "7.38%", N, "services", 7.38, **P),
     M(I, "8.24%", N, "industry", 8.24, **P),
     M(I, "3.27%", N, "agri", 3.27, **P),
     M(I, "$405.53bn", N, "exports", 405.53, cls="usdbn"),
     M(I, "14.3%", N, "exp_growth", 14.3, **P),
     M(I, "$380.76bn", N, "imports", 380.76, cls="usdbn"),
     M(I, "16.7%", N, "imp_growth", 16.7, **P),
     M(I, "$24.77bn", N, "surplus", 24.77, cls="usdbn"),
     M(I, "9.4%", N, "fdi_growth", 9.4, **P),
     M(I, "$25.35bn", N, "fdi", 25.35, cls="usdbn"),
     M(I, "3.63%", N, "cpi", 3.63, **P),
     M(I, "$4,700", N, "percap", 4700, cls="usd"),
     M(I, "$377", N, "percap_rise", 377, cls="usd"),
     M(I, "$476.3bn", N, "size", 476.3, cls="usdbn"),
     M(I, "2025", D, "y2025", "2025"),
     M(I, "6.5%-7%", N, "t25_lo", 6.5, cls="pct", also=(("t25_hi", 7),)),

     M(K, "7,09 persen", N, "gdp24", 7.09, **P),
     M(K, "2024", D, "y2024", "2024"),
     M(K, "5,05 persen", N, "gdp23", 5.05, **P),
     M(K, "Senin, 6 Januari 2025", D, "release", "2025-01-06"),
     M(K, "6 persen", N, "target_lo", 6, **P),
     M(K, "6,5 persen", N, "target_hi", 6.5, **P),
     M(K, "7,55 persen", N, "q4", 7.55, **P),
     M(K, "14,3 persen", N, "exp_growth", 14.3, **P),
     M(K, "405,53 miliar dolar AS", N, "exports", 405.53, cls="usdbn"),
     M(K, "16,7 persen", N, "imp_growth", 16.7, **P),
     M(K, "380,76 miliar dolar AS", N, "imports", 380.76, cls="usdbn"),
     M(K, "2024", D, "y2024", "2024", occ=2),
     M(K, "24,77 miliar dolar AS", N, "surplus", 24.77, cls="usdbn"),
     M(K, "9,4 persen", N, "fdi_growth", 9.4, **P),
     M(K, "25,35 miliar dolar AS", N, "fdi", 25.35, cls="usdbn"),
     M(K, "3,63 persen", N, "cpi", 3.63, **P),
     M(K, "8,4 persen", N, "ip", 8.4, **P),
     M(K, "4.700 dolar AS", N, "percap", 4700, cls="usd"),
     M(K, "377 dolar AS", N, "percap_rise", 377, cls="usd"),
     M(K, "2023", D, "y2023", "2023"),
     M(K, "2025", D, "y2025", "2025", occ=2),
     M(K, "6,5 persen", N, "t25_lo", 6.5, occ=2, **P),
     M(K, "7 persen", N, "t25_hi", 7, **P),
    ]
    build("vietnam-gso-2024", "Vietnam's General Statistics Office's release of Monday 6 January 2025 (control): GDP "
          "growth of 7.09% in 2024 (5.05% in 2023; a target of 6%-6.5%), 7.55% in the fourth quarter after 5.98%, "
          "7.25% and 7.43%; exports $405.53 billion (+14.3%), imports $380.76 billion (+16.7%), a surplus of $24.77 "
          "billion; disbursed FDI $25.35 billion (+9.4%); average inflation 3.63%; industrial production +8.4%; "
          "industry and construction +8.24%, services +7.38%, farming +3.27%; an economy of $476.3 billion, $4,700 "
          "per head (+$377); a 2025 target of 6.5%-7%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    attapeu()
    myanmar()
    vietnam()
