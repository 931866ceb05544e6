"""The three-hundred-and-thirty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset338/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mamasapano():
    R, K, T, A = "reuters-jan26", "kompas-jan27", "antara-mar14", "ap-mar18"
    # as-of times of the running tally of the commandos killed: late on Sunday 25 January 2015 (the police's first
    # count, "at least 30"), Monday 26 January (44), the police Board of Inquiry's report of Friday 13 March (44) and
    # the Senate committees' report of Tuesday 17 March (44). The rebels' dead are given by the MILF (18) and by
    # military officials (about 30): two sources. The commandos sent in, the civilians killed, the day's total and the
    # rewards do not change with the day of the report.
    SUNN, MON, MAR13, MAR17 = "2015-01-25b", "2015-01-26", "2015-03-13", "2015-03-17"
    MILF, ARMY = "the Moro Islamic Liberation Front", "military officials"
    names = {
     "saf_dead": "police commandos killed", "milf_dead": "rebel fighters killed", "civ_dead": "civilians killed",
     "total_dead": "people killed in the clash in all", "deployed": "commandos sent on the raid",
     "reward_marwan": "US reward for Marwan (US$)", "reward_usman": "US reward for Usman (US$)",
     # dates
     "clash": "day of the raid and the clash", "count_sun": "day of the police's first count",
     "count_mon": "day of the count of 44", "relieved": "day the commando chief was relieved",
     "peace": "month the peace agreement was signed", "boi": "day of the Board of Inquiry's report",
     "senate": "day of the Senate committees' report", "resign": "day the police chief's resignation was accepted",
     "mourning": "day of national mourning",
    }
    ms = [
     M(R, "Forty-four members", N, "saf_dead", 44, MON),
     M(R, "Monday", D, "count_mon", "2015-01-26"),
     M(R, "Sunday", D, "clash", "2015-01-25"),
     M(R, "at least 30 dead", N, "saf_dead", 30, SUNN, qual="atleast"),
     M(R, "Sunday", D, "count_sun", "2015-01-25", occ=2),
     M(R, "$5 million", N, "reward_marwan", 5000000, cls="usd"),
     M(R, "March 2014", D, "peace", "2014-03"),
     M(R, "Monday", D, "relieved", "2015-01-26", occ=3),

     M(K, "44 orang", N, "saf_dead", 44, MON),
     M(K, "Senin (26/1/2015)", D, "count_mon", "2015-01-26"),
     M(K, "Minggu malam", D, "count_sun", "2015-01-25"),
     M(K, "sedikitnya 30 komando", N, "saf_dead", 30, SUNN, qual="atleast"),
     M(K, "Sabtu (24/1/2015)", D, "clash", "2015-01-24", planted=True),
     M(K, "5 juta dolar AS", N, "reward_marwan", 5000000, cls="usd"),
     M(K, "1 juta dolar AS", N, "reward_usman", 1000000, cls="usd"),
     M(K, "Maret 2014", D, "peace", "2014-03"),

     M(T, "Jumat (13/3/2015)", D, "boi", "2015-03-13"),
     M(T, "392 personel", N, "deployed", 392),
     M(T, "Minggu (25/1/2015)", D, "clash", "2015-01-25"),
     M(T, "44 komando", N, "saf_dead", 44, MAR13),
     M(T, "18 pejuangnya", N, "milf_dead", 18, src=MILF),
     M(T, "lima warga sipil", N, "civ_dead", 5),
     M(T, "hampir 70 orang", N, "total_dead", 70, qual="nearly"),
     M(T, "Jumat (6/2/2015)", D, "resign", "2015-02-06"),
     M(T, "Jumat (30/1/2015)", D, "mourning", "2015-01-30"),

     M(A, "Tuesday", D, "senate", "2015-03-17"),
     M(A, "44 police commandos", N, "saf_dead", 44, MAR17),
     M(A, "March 12", D, "boi", "2015-03-12", planted=True),
     M(A, "392 commandos", N, "deployed", 392),
     M(A, "Jan. 25", D, "clash", "2015-01-25"),
     M(A, "18 of its fighters", N, "milf_dead", 18, src=MILF),
     M(A, "about 30", N, "milf_dead", 30, qual="approx", src=ARMY),
     M(A, "Five civilians", N, "civ_dead", 5),
     M(A, "67 people", N, "total_dead", 67),
     M(A, "Feb. 6", D, "resign", "2015-02-06"),
     M(A, "Jan. 30", D, "mourning", "2015-01-30"),
     M(A, "2014", D, "peace", "2014"),
    ]
    build("mamasapano-2015", "The police raid and clash at Mamasapano, Maguindanao, in the southern Philippines "
          "(Sunday 25 January 2015): 392 Special Action Force commandos sent to arrest the bomb-maker Marwan; the "
          "police's count of at least 30 commandos dead late on Sunday, 44 on Monday 26 January (and 44 in the reports "
          "of March); 18 rebel fighters dead by the MILF's count against about 30 by military officials' estimate; five "
          "civilians killed, 67 dead in all; the commando chief relieved on 26 January, a day of national mourning on "
          "30 January, the police chief's resignation accepted on 6 February; the police Board of Inquiry's report on "
          "Friday 13 March and the Senate committees' report on Tuesday 17 March 2015", False, ms, names)


def ketsana():
    R, K, F, T = "reuters-sep27", "kompas-sep29", "afp-oct01", "antara-oct20"
    # as-of times of the running tallies: in the Philippines, the disaster council's (NDCC) count of the dead on
    # Sunday afternoon 27 September 2009 (at least 73), Monday night 28 September (140), Wednesday 30 September (246)
    # and its downward revision to 240 on Thursday 1 October (a revision); the Philippine Red Cross's own count of
    # Monday (at least 160: sources); the missing (may fall) and the people in shelters. In Vietnam, the flood and
    # storm committee's count of the dead on Thursday 1 October (92) and Monday 5 October (163). The rain, the record
    # of 1967, the provinces under a state of calamity and the evacuation before landfall do not change with the day.
    SUN, MON, WED, THU, OCT5 = "2009-09-27", "2009-09-28", "2009-09-30", "2009-10-01", "2009-10-05"
    NDCC, PRC = "the National Disaster Coordinating Council", "the Philippine Red Cross"
    VNC = "Vietnam's flood and storm control committee"
    names = {
     "ph_dead": "people killed in the Philippines", "ph_missing": "people missing in the Philippines",
     "ph_shelter": "people in shelters in the Philippines", "vn_dead": "people killed in Vietnam",
     "vn_missing": "people missing in Vietnam", "vn_evac": "people evacuated in Vietnam before landfall",
     "rain": "rain in 24 hours at Science Garden (mm)", "record": "the previous rain record (mm)",
     "provinces": "provinces under a state of calamity", "flooded": "share of the capital under water (%)",
     # dates
     "ph_storm": "day the storm crossed Luzon", "calamity": "day the state of calamity was declared",
     "record_month": "month of the previous rain record", "count_sun": "day of the council's first count",
     "count_mon": "day of the council's count of 140", "count_wed": "day of the council's count of 246",
     "revision_day": "day the council revised its count", "vn_forecast": "day forecasters expected the storm in Vietnam",
     "vn_landfall": "day the storm came ashore in Vietnam", "vn_count_thu": "day of Vietnam's count of 92",
     "vn_count_oct5": "day of Vietnam's count of 163", "parma_forecast": "day Parma was forecast to hit Luzon",
     "parma": "day Parma hit northern Luzon",
    }
    ms = [
     M(R, "at least 73 people", N, "ph_dead", 73, SUN, qual="atleast", src=NDCC),
     M(R, "Sunday afternoon", D, "count_sun", "2009-09-27"),
     M(R, "455 mm", N, "rain", 455, cls="mm"),
     M(R, "334 mm", N, "record", 334, cls="mm"),
     M(R, "June 1967", D, "record_month", "1967-06"),
     M(R, "Saturday", D, "ph_storm", "2009-09-26"),
     M(R, "80 percent", N, "flooded", 80, cls="pct"),
     M(R, "25 provinces", N, "provinces", 25),
     M(R, "Saturday night", D, "calamity", "2009-09-26"),
     M(R, "23 people", N, "ph_missing", 23, SUN, src=NDCC, fall=True),
     M(R, "more than 280,000", N, "ph_shelter", 280000, SUN, qual="morethan", src=NDCC, fall=True),
     M(R, "Tuesday", D, "vn_forecast", "2009-09-29"),

     M(K, "140 orang", N, "ph_dead", 140, MON, src=NDCC),
     M(K, "Senin (28/9/2009)", D, "count_mon", "2009-09-28"),
     M(K, "sedikitnya 160 orang", N, "ph_dead", 160, MON, qual="atleast", src=PRC),
     M(K, "445 milimeter", N, "rain", 445, cls="mm", planted=True),
     M(K, "334 milimeter", N, "record", 334, cls="mm"),
     M(K, "Juni 1967", D, "record_month", "1967-06"),
     M(K, "Lebih dari 370.000 orang", N, "ph_shelter", 370000, MON, qual="morethan", src=NDCC, fall=True),
     M(K, "25 provinsi", N, "provinces", 25),
     M(K, "Sabtu (26/9/2009)", D, "calamity", "2009-09-26"),
     M(K, "Selasa (29/9/2009)", D, "vn_forecast", "2009-09-29"),
     M(K, "sekitar 170.000 warga", N, "vn_evac", 170000, qual="approx"),

     M(F, "at least 92 people", N, "vn_dead", 92, THU, qual="atleast", src=VNC),
     M(F, "on Wednesday", D, "vn_landfall", "2009-09-30", planted=True),
     M(F, "Thursday", D, "vn_count_thu", "2009-10-01"),
     M(F, "21 people", N, "vn_missing", 21, THU, src=VNC, fall=True),
     M(F, "246", N, "ph_dead", 246, WED, src=NDCC),
     M(F, "as of Wednesday", D, "count_wed", "2009-09-30"),
     M(F, "38 people", N, "ph_missing", 38, WED, src=NDCC, fall=True),
     M(F, "Some 170,000 Vietnamese", N, "vn_evac", 170000, qual="approx"),
     M(F, "Saturday", D, "parma_forecast", "2009-10-03"),

     M(T, "163 orang", N, "vn_dead", 163, OCT5, src=VNC),
     M(T, "Senin (5/10/2009)", D, "vn_count_oct5", "2009-10-05"),
     M(T, "Kamis (1/10/2009)", D, "vn_count_thu", "2009-10-01"),
     M(T, "92 korban jiwa", N, "vn_dead", 92, THU, src=VNC),
     M(T, "Selasa (29/9/2009)", D, "vn_landfall", "2009-09-29"),
     M(T, "240 orang", N, "ph_dead", 240, THU, src=NDCC),
     M(T, "Kamis (1/10/2009)", D, "revision_day", "2009-10-01", occ=2),
     M(T, "455 milimeter", N, "rain", 455, cls="mm"),
     M(T, "Juni 1967", D, "record_month", "1967-06"),
     M(T, "Sabtu (3/10/2009)", D, "parma", "2009-10-03"),
     M(T, "sekitar 170.000 warga", N, "vn_evac", 170000, qual="approx"),
    ]
    build("ketsana-2009", "Tropical storm (later typhoon) Ketsana, known in the Philippines as Ondoy: the floods of "
          "Manila after it crossed Luzon on Saturday 26 September 2009 (455 mm of rain in 24 hours at Science Garden, "
          "above the record of 334 mm of June 1967; a state of calamity in Metro Manila and 25 provinces), the "
          "Philippine disaster council's count of the dead rising from at least 73 on Sunday 27 September to 140 on "
          "Monday and 246 on Wednesday 30 September, revised down to 240 on Thursday 1 October, against the Philippine "
          "Red Cross's count of at least 160 on Monday; the storm's landfall in central Vietnam on Tuesday 29 September "
          "(about 170,000 evacuated; 92 dead by Thursday 1 October, 163 by Monday 5 October); typhoon Parma's landfall "
          "in northern Luzon on Saturday 3 October", False, ms, names)


def growth():
    R, K, T, V = "reuters-dec27", "kompas-dec28", "antara-dec29", "vnnews-dec30"
    names = {
     "gdp": "GDP growth in 2019 (%)", "gdp_q4": "GDP growth in the fourth quarter (%)",
     "gdp_2018": "GDP growth in 2018 (%)", "target_low": "the 2019 target's lower end (%)",
     "target_high": "the 2019 target's upper end (%)", "target_2020": "the growth target for 2020 (%)",
     "exports": "exports (US$ billion)", "export_growth": "export growth (%)", "imports": "imports (US$ billion)",
     "import_growth": "import growth (%)", "surplus": "trade surplus (US$ billion)", "cpi": "average inflation (%)",
     "cpi_cap": "the inflation ceiling (%)", "fdi": "disbursed foreign direct investment (US$ billion)",
     "fdi_growth": "growth of disbursed FDI (%)", "industry": "industry and construction growth (%)",
     "services": "services growth (%)", "farm": "agriculture, forestry and fisheries growth (%)",
     "visitors": "foreign visitors",
     # dates
     "release": "day the statistics office released the figures",
    }
    ms = [
     M(R, "7.02%", N, "gdp", 7.02, cls="pct"),
     M(R, "6.6%", N, "target_low", 6.6, cls="pct"),
     M(R, "6.8%", N, "target_high", 6.8, cls="pct"),
     M(R, "Friday", D, "release", "2019-12-27"),
     M(R, "7.08%", N, "gdp_2018", 7.08, cls="pct"),
     M(R, "6.97%", N, "gdp_q4", 6.97, cls="pct"),
     M(R, "8.1%", N, "export_growth", 8.1, cls="pct"),
     M(R, "$263.45 billion", N, "exports", 263.45, cls="bn"),
     M(R, "7.0%", N, "import_growth", 7.0, cls="pct"),
     M(R, "$253.51 billion", N, "imports", 253.51, cls="bn"),
     M(R, "$9.94 billion", N, "surplus", 9.94, cls="bn"),
     M(R, "2.79%", N, "cpi", 2.79, cls="pct"),
     M(R, "4%", N, "cpi_cap", 4, cls="pct"),
     M(R, "$20.38 billion", N, "fdi", 20.38, cls="bn"),
     M(R, "6.7%", N, "fdi_growth", 6.7, cls="pct"),
     M(R, "8.90%", N, "industry", 8.90, cls="pct"),
     M(R, "7.3%", N, "services", 7.3, cls="pct"),
     M(R, "2.01%", N, "farm", 2.01, cls="pct"),
     M(R, "6.8%", N, "target_2020", 6.8, cls="pct", occ=2),
     M(R, "18 million", N, "visitors", 18000000),

     M(K, "7,02 persen", N, "gdp", 7.02, cls="pct"),
     M(K, "6,6 persen", N, "target_low", 6.6, cls="pct"),
     M(K, "6,8 persen", N, "target_high", 6.8, cls="pct"),
     M(K, "Jumat (27/12/2019)", D, "release", "2019-12-27"),
     M(K, "7,08 persen", N, "gdp_2018", 7.08, cls="pct"),
     M(K, "6,97 persen", N, "gdp_q4", 6.97, cls="pct"),
     M(K, "8,1 persen", N, "export_growth", 8.1, cls="pct"),
     M(K, "263,45 miliar dollar AS", N, "exports", 263.45, cls="bn"),
     M(K, "7,0 persen", N, "import_growth", 7.0, cls="pct"),
     M(K, "253,51 miliar dollar AS", N, "imports", 253.51, cls="bn"),
     M(K, "9,94 miliar dollar AS", N, "surplus", 9.94, cls="bn"),
     M(K, "2,79 persen", N, "cpi", 2.79, cls="pct"),
     M(K, "4 persen", N, "cpi_cap", 4, cls="pct"),
     M(K, "20,38 miliar dollar AS", N, "fdi", 20.38, cls="bn"),
     M(K, "6,7 persen", N, "fdi_growth", 6.7, cls="pct"),
     M(K, "6,8 persen", N, "target_2020", 6.8, cls="pct", occ=2),

     M(T, "9,94 miliar dolar AS", N, "surplus", 9.94, cls="bn"),
     M(T, "Jumat (27/12/2019)", D, "release", "2019-12-27"),
     M(T, "263,45 miliar dolar AS", N, "exports", 263.45, cls="bn"),
     M(T, "8,1 persen", N, "export_growth", 8.1, cls="pct"),
     M(T, "253,51 miliar dolar AS", N, "imports", 253.51, cls="bn"),
     M(T, "sekitar 7 persen", N, "gdp", 7, qual="approx", cls="pct"),
     M(T, "7,02 persen", N, "gdp", 7.02, cls="pct"),
     M(T, "7,08 persen", N, "gdp_2018", 7.08, cls="pct"),
     M(T, "8,90 persen", N, "industry", 8.90, cls="pct"),
     M(T, "7,3 persen", N, "services", 7.3, cls="pct"),
     M(T, "2,01 persen", N, "farm", 2.01, cls="pct"),
     M(T, "2,79 persen", N, "cpi", 2.79, cls="pct"),
     M(T, "4 persen", N, "cpi_cap", 4, cls="pct"),
     M(T, "20,38 miliar dolar AS", N, "fdi", 20.38, cls="bn"),
     M(T, "18 juta orang", N, "visitors", 18000000),

     M(V, "7.02 per cent", N, "gdp", 7.02, cls="pct"),
     M(V, "6.6", N, "target_low", 6.6, cls="pct"),
     M(V, "6.8 per cent", N, "target_high", 6.8, cls="pct"),
     M(V, "December 27", D, "release", "2019-12-27"),
     M(V, "7.08 per cent", N, "gdp_2018", 7.08, cls="pct"),
     M(V, "6.97 per cent", N, "gdp_q4", 6.97, cls="pct"),
     M(V, "8.1 per cent", N, "export_growth", 8.1, cls="pct"),
     M(V, "US$263.45 billion", N, "exports", 263.45, cls="bn"),
     M(V, "$253.51 billion", N, "imports", 253.51, cls="bn"),
     M(V, "$9.94 billion", N, "surplus", 9.94, cls="bn"),
     M(V, "2.79 per cent", N, "cpi", 2.79, cls="pct"),
     M(V, "4 per cent", N, "cpi_cap", 4, cls="pct"),
     M(V, "$20.38 billion", N, "fdi", 20.38, cls="bn"),
     M(V, "6.7 per cent", N, "fdi_growth", 6.7, cls="pct"),
     M(V, "8.90 per cent", N, "industry", 8.90, cls="pct"),
     M(V, "7.3 per cent", N, "services", 7.3, cls="pct"),
     M(V, "2.01 per cent", N, "farm", 2.01, cls="pct"),
     M(V, "18 million", N, "visitors", 18000000),
     M(V, "6.8 per cent", N, "target_2020", 6.8, cls="pct", occ=2),
    ]
    build("vn-growth-2019", "Vietnam's statistics office's release of the 2019 figures (Friday 27 December 2019) "
          "(control): growth of 7.02% against a target of 6.6% to 6.8% and 7.08% in 2018, 6.97% in the fourth quarter; "
          "exports up 8.1% to US$263.45 billion, imports up 7.0% to US$253.51 billion, a surplus of US$9.94 billion; "
          "average inflation 2.79% under a 4% ceiling; disbursed FDI of US$20.38 billion, up 6.7%; industry and "
          "construction 8.90%, services 7.3%, farming 2.01%; 18 million foreign visitors; a 6.8% target for 2020. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mamasapano()
    ketsana()
    growth()
