"""The hundred-and-twenty-fourth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset124/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def pedrogao():
    R, K, AP, DT, T = "reuters-jun18", "kompas-jun19", "ap-jun20", "detik-jun22", "tempo-oct13"
    # the government's running tallies: late Saturday 17 June, Sunday 18 June in the morning, early afternoon
    # (Gomes's 62), mid-afternoon (Costa's 61, one record counted twice), the evening briefing and the end of the day
    # (62 again), Monday 19 June (63, then 64 late at night), Tuesday 20 and Wednesday 21 June, the report of 12 October
    SAT23, SUN08, SUN10, SUN13, SUN16, SUN19, SUN23 = (
        "2017-06-17T23", "2017-06-18T08", "2017-06-18T10", "2017-06-18T13", "2017-06-18T16", "2017-06-18T19",
        "2017-06-18T23")
    MON12, MON20, MON23, TUE20, WED21, OCT12 = (
        "2017-06-19T12", "2017-06-19T20", "2017-06-19T23", "2017-06-20", "2017-06-21", "2017-10-12")
    GOV, INEM, EFFIS = "the Portuguese government", "the medical emergency institute INEM", "EFFIS"
    names = {
     "dead": "people killed by the fire", "road_dead": "people killed on the EN236-1 road",
     "car_dead": "people killed inside their cars", "roadside_dead": "people killed on or beside the road",
     "injured": "people injured", "serious": "people seriously injured", "serious_civ": "civilians seriously injured",
     "injured_ff": "firefighters injured", "serious_ff": "firefighters seriously injured",
     "injured_civ": "civilians injured", "injured_gnr": "National Republican Guard soldiers injured",
     "temp_before": "temperature before the fire (degrees)", "temp_forecast": "temperature forecast for Tuesday (degrees)",
     "crews": "firefighters and crews at the fire", "vehicles": "vehicles at the fire", "fronts": "active fronts",
     "violent_fronts": "very violent fronts", "munis": "neighbouring municipalities reached",
     "mourning_days": "days of national mourning", "times_counted": "times one victim was recorded",
     "welfare_points": "social security points opened", "aircraft": "water-dropping aircraft",
     "area": "hectares burned", "days_to_control": "days from the start to control",
     "identified": "bodies identified", "silence": "minutes of silence", "hours_before": "hours the fire burned before the storm",
     "pages": "pages of the commission's report", "dead_pedrogao": "dead in Pedrógão Grande",
     "dead_castanheira": "dead in Castanheira de Pera", "dead_figueiro": "dead in Figueiró dos Vinhos",
     "week": "time from the start to the fire's extinction",
     # dates
     "fire_start": "day the fire broke out", "count19_day": "day of the count of 19",
     "count62_day": "day of the count of 62", "revision_day": "day of the toll's revision and restoration",
     "briefing_day": "day of the minister's evening briefing", "deaths_day": "night most of the victims died",
     "mourning_start": "first day of national mourning", "mourning_end": "last day of national mourning",
     "count64_day": "day the toll rose to 64", "effis_day": "day of EFFIS's estimate",
     "contain_day": "day the agency hoped to contain the fire", "dominated_day": "day the fire was brought under control",
     "wed_count_day": "day of Wednesday's counts", "ident_day": "day of the identification count",
     "report_day": "day the commission's report was delivered", "extinguished": "day the fire was declared out",
    }
    ms = [
     M(R, "Saturday", D, "fire_start", "2017-06-17"),
     M(R, "62 people", N, "dead", 62, SUN13, src=GOV),
     M(R, "Sunday", D, "count62_day", "2017-06-18"),
     M(R, "Sunday", D, "count62_day", "2017-06-18", occ=2),
     M(R, "19", N, "dead", 19, SAT23, src=GOV),
     M(R, "Saturday", D, "count19_day", "2017-06-17", occ=2),
     M(R, "43", N, "dead", 43, SUN08, src=GOV),
     M(R, "Forty-seven", N, "road_dead", 47, SUN13),
     M(R, "30", N, "car_dead", 30, SUN13),
     M(R, "17", N, "roadside_dead", 17, SUN13),
     M(R, "59 people", N, "injured", 59, SUN13, src=GOV),
     M(R, "five", N, "serious", 5, SUN13),
     M(R, "four firefighters", N, "serious_ff", 4, SUN13),
     M(R, "40 degrees Celsius", N, "temp_before", 40, qual="morethan", cls="temp"),
     M(R, "two neighbouring municipalities", N, "munis", 2),
     M(R, "More than 700 firefighters", N, "crews", 700, SUN10, qual="morethan", fall=True),
     M(R, "250 vehicles", N, "vehicles", 250, SUN10, fall=True),
     M(R, "four fronts", N, "fronts", 4, SUN10, fall=True),
     M(R, "two of them", N, "violent_fronts", 2, SUN10, fall=True),
     M(R, "three days", N, "mourning_days", 3, cls="dur"),

     M(K, "62", N, "dead", 62, SUN13, src=GOV),
     M(K, "61 orang", N, "dead", 61, SUN16, src=GOV),
     M(K, "Minggu (18/6/2017)", D, "revision_day", "2017-06-18"),
     M(K, "dua kali", N, "times_counted", 2),
     M(K, "61 jiwa", N, "dead", 61, SUN16, src=GOV),
     M(K, "Minggu", D, "briefing_day", "2017-06-18", occ=2),
     M(K, "62 orang", N, "injured", 62, SUN19, src=GOV),
     M(K, "dua di antaranya", N, "serious_civ", 2, SUN19),
     M(K, "sepuluh orang", N, "injured_ff", 10, SUN19),
     M(K, "empat di antaranya", N, "serious_ff", 4, SUN19),
     M(K, "62 jiwa", N, "dead", 62, SUN23, src=GOV),
     M(K, "834 personel", N, "crews", 834, SUN19, fall=True),
     M(K, "258 kendaraan", N, "vehicles", 258, SUN19, fall=True),
     M(K, "empat titik", N, "fronts", 4, SUN19, fall=True),
     M(K, "Sabtu (17/6/2017)", D, "deaths_day", "2017-06-17"),
     M(K, "tiga hari", N, "mourning_days", 3, cls="dur"),
     M(K, "Minggu", D, "mourning_start", "2017-06-18", occ=3),
     M(K, "lima pos", N, "welfare_points", 5),

     M(AP, "64", N, "dead", 64, MON23, src=GOV),
     M(AP, "Monday", D, "count64_day", "2017-06-19"),
     M(AP, "63", N, "dead", 63, MON12, src=GOV),
     M(AP, "More than 1,000 firefighters", N, "crews", 1000, TUE20, qual="morethan", fall=True),
     M(AP, "nine water-dropping aircraft", N, "aircraft", 9, TUE20, fall=True),
     M(AP, "Tuesday", D, "contain_day", "2017-06-20"),
     M(AP, "43 degrees Celsius", N, "temp_forecast", 43, cls="temp"),
     M(AP, "135", N, "injured", 135, TUE20, src=GOV),
     M(AP, "121 civilians", N, "injured_civ", 121, TUE20),
     M(AP, "13 firefighters", N, "injured_ff", 13, TUE20),
     M(AP, "one soldier", N, "injured_gnr", 1, TUE20),
     M(AP, "Saturday", D, "deaths_day", "2017-06-17"),
     M(AP, "nearly 26,000 hectares", N, "area", 26000, MON20, qual="nearly", cls="ha", src=EFFIS),
     M(AP, "about 64,000 acres", N, "area", 25900, MON20, qual="approx", cls="ha", src=EFFIS),
     M(AP, "Monday", D, "effis_day", "2017-06-19", occ=2),
     M(AP, "Saturday", D, "deaths_day", "2017-06-17", occ=2),
     M(AP, "three days", N, "mourning_days", 3, cls="dur"),
     M(AP, "Tuesday", D, "mourning_end", "2017-06-20", occ=2),

     M(DT, "Rabu (21/6/2017)", D, "dominated_day", "2017-06-21"),
     M(DT, "empat hari", N, "days_to_control", 4, cls="dur"),
     M(DT, "Rabu", D, "wed_count_day", "2017-06-21", occ=2),
     M(DT, "64 orang", N, "dead", 64, WED21, src=GOV),
     M(DT, "245 orang", N, "injured", 245, WED21, src=INEM, planted=True),
     M(DT, "tujuh di antaranya", N, "serious", 7, WED21),
     M(DT, "Lebih dari 1.200 petugas", N, "crews", 1200, WED21, qual="morethan", fall=True),
     M(DT, "satu menit", N, "silence", 1, cls="dur"),
     M(DT, "Rabu", D, "ident_day", "2017-06-21", occ=3),
     M(DT, "43 jenazah", N, "identified", 43, WED21),
     M(DT, "sekitar 26.000 hektare", N, "area", 26000, WED21, qual="approx", cls="ha", src=EFFIS),
     M(DT, "Sabtu (17/6/2017)", D, "fire_start", "2017-06-17"),
     M(DT, "dua jam", N, "hours_before", 2, cls="dur"),

     M(T, "64 kematian", N, "dead", 64, OCT12),
     M(T, "17 Juni 2017", D, "fire_start", "2017-06-17"),
     M(T, "296 halaman", N, "pages", 296),
     M(T, "Kamis (12/10/2017)", D, "report_day", "2017-10-12"),
     M(T, "64 korban", N, "dead", 64, OCT12),
     M(T, "53 orang", N, "dead_pedrogao", 53),
     M(T, "sembilan", N, "dead_castanheira", 9),
     M(T, "dua di Figueiró", N, "dead_figueiro", 2),
     M(T, "47 korban", N, "road_dead", 47, OCT12),
     M(T, "254 orang", N, "injured", 254, WED21, src=INEM),
     M(T, "Sabtu (24/6/2017)", D, "extinguished", "2017-06-24"),
     M(T, "sepekan", N, "week", 7, cls="dur"),
    ]
    build("pedrogao-fire-2017", "The Pedrógão Grande forest fire in central Portugal (from Saturday 17 June 2017): "
          "the government's toll rising 19 (late Saturday) -> 43 (Sunday morning) -> 62 (early Sunday afternoon), "
          "lowered to 61 that afternoon (one record counted twice), 62 again by the end of Sunday, 63 -> 64 on Monday "
          "19 June and 64 on Wednesday 21 June and in the independent commission's report of Thursday 12 October; "
          "the injured 59 -> 62 -> 135 (the government) and 254 (INEM, Wednesday 21 June); crews 700+ -> 834 -> "
          "1,000+ -> 1,200+; nearly 26,000 hectares burned (EFFIS); the fire under control on Wednesday 21 June and "
          "out on Saturday 24 June", False, ms, names)


def madrid():
    R, K, A, T, AP = "reuters-may04", "kompas-may05", "antara-may07", "tempo-jun09", "ap-jun19"
    # the count on the night of Tuesday 4 May 2021: with 33.46 % counted, with 73.9 % counted, and the count of
    # 99.93 % after midnight that every later report cites; seats and shares of a count in progress may move both ways
    C33, C74, FIN = "2021-05-04T21", "2021-05-04T22", "2021-05-05"
    COUNT, GAD3 = "the regional count", "the GAD3 exit poll"
    names = {
     "counted": "share of the votes counted", "pp_share": "the PP's share", "pp_seats": "the PP's seats",
     "assembly": "seats in the Madrid Assembly", "short": "seats the PP fell short of a majority",
     "majority": "seats (votes) needed for an absolute majority", "vox_share": "Vox's share", "vox_seats": "Vox's seats",
     "psoe_share": "the Socialists' share", "psoe_seats": "the Socialists' seats", "mm_share": "Más Madrid's share",
     "mm_seats": "Más Madrid's seats", "up_share": "Unidas Podemos's share", "up_seats": "Unidas Podemos's seats",
     "cs_seats2019": "Ciudadanos's seats in 2019", "turnout7pm": "turnout at 7 p.m.",
     "turnout_gain": "points turnout was up on 2019 at 7 p.m.", "pp_votes": "votes for the PP",
     "pp_seats2019": "the PP's seats in 2019", "mm_votes": "votes for Más Madrid", "psoe_votes": "votes for the Socialists",
     "cs_share": "Ciudadanos's share", "threshold": "the threshold", "turnout": "turnout",
     "right_bloc": "seats of the PP and Vox together", "pp_munis": "municipalities the PP won",
     "munis": "municipalities of the region", "psoe_seats2019": "the Socialists' seats in 2019",
     "psoe_share2019": "the Socialists' share in 2019", "assembly_prev": "seats in the previous assembly",
     "term_years": "years of the legislature", "mesa_pp": "the PP's places on the assembly's board",
     "mesa": "places on the assembly's board", "mesa_each": "places of each other party on the board",
     "proposed_size": "the proposed size of the assembly", "pm_ayes": "votes for Ayuso as regional president",
     "margin_votes": "votes above the majority", "departments": "departments of the new government",
     # dates
     "election": "day of the election", "y2019": "the previous election", "snap_call": "month the election was called",
     "next_election": "month of the next regional election", "assembly_day": "day the assembly was constituted",
     "sworn": "day Ayuso was sworn in", "investiture": "day of the investiture vote", "speech": "day of the investiture speech",
    }
    ms = [
     M(R, "Tuesday", D, "election", "2021-05-04"),
     M(R, "73.9%", N, "counted", 73.9, C74, cls="pct"),
     M(R, "about 44%", N, "pp_share", 44, C74, qual="approx", cls="pct", src=COUNT, fall=True),
     M(R, "64", N, "pp_seats", 64, C74, src=COUNT, fall=True),
     M(R, "136 seats", N, "assembly", 136),
     M(R, "five", N, "short", 5, C74, src=COUNT, fall=True),
     M(R, "69", N, "majority", 69),
     M(R, "9.1%", N, "vox_share", 9.1, C74, cls="pct", src=COUNT, fall=True),
     M(R, "13 seats", N, "vox_seats", 13, C74, src=COUNT, fall=True),
     M(R, "17.4%", N, "psoe_share", 17.4, C74, cls="pct", src=COUNT, fall=True),
     M(R, "25 seats", N, "psoe_seats", 25, C74, src=COUNT, fall=True),
     M(R, "16.9%", N, "mm_share", 16.9, C74, cls="pct", src=COUNT, fall=True),
     M(R, "24 seats", N, "mm_seats", 24, C74, src=COUNT, fall=True),
     M(R, "7.3%", N, "up_share", 7.3, C74, cls="pct", src=COUNT, fall=True),
     M(R, "10 seats", N, "up_seats", 10, C74, src=COUNT, fall=True),
     M(R, "33.46%", N, "counted", 33.46, C33, cls="pct"),
     M(R, "62 seats", N, "pp_seats", 62, C33, src=COUNT, fall=True),
     M(R, "26", N, "psoe_seats", 26, C33, src=COUNT, fall=True),
     M(R, "11", N, "up_seats", 11, C33, src=COUNT, fall=True),
     M(R, "26 seats", N, "cs_seats2019", 26),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "about 43%", N, "pp_share", 43, qual="approx", cls="pct", src=GAD3),
     M(R, "69.27%", N, "turnout7pm", 69.27, cls="pct"),
     M(R, "about 11 points", N, "turnout_gain", 11, qual="approx", cls="pct"),
     M(R, "March", D, "snap_call", "2021-03"),

     M(K, "Selasa (4/5/2021)", D, "election", "2021-05-04"),
     M(K, "99,93 persen", N, "counted", 99.93, FIN, cls="pct"),
     M(K, "1.620.213 suara", N, "pp_votes", 1620213),
     M(K, "44,73 persen", N, "pp_share", 44.73, FIN, cls="pct", src=COUNT, fall=True),
     M(K, "65 kursi", N, "pp_seats", 65, FIN, src=COUNT, fall=True),
     M(K, "30 kursi", N, "pp_seats2019", 30),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "empat kursi", N, "short", 4, FIN, src=COUNT, fall=True),
     M(K, "69 kursi", N, "majority", 69),
     M(K, "136 orang", N, "assembly", 136),
     M(K, "614.660 suara", N, "mm_votes", 614660),
     M(K, "16,97 persen", N, "mm_share", 16.97, FIN, cls="pct", src=COUNT, fall=True),
     M(K, "610.190 suara", N, "psoe_votes", 610190),
     M(K, "16,85 persen", N, "psoe_share", 16.85, FIN, cls="pct", src=COUNT, fall=True),
     M(K, "24 kursi", N, "mm_seats", 24, FIN, src=COUNT, fall=True, also=(("psoe_seats", 24),)),
     M(K, "9,13 persen", N, "vox_share", 9.13, FIN, cls="pct", src=COUNT, fall=True),
     M(K, "13 kursi", N, "vox_seats", 13, FIN, src=COUNT, fall=True),
     M(K, "7,21 persen", N, "up_share", 7.21, FIN, cls="pct", src=COUNT, fall=True),
     M(K, "10 kursi", N, "up_seats", 10, FIN, src=COUNT, fall=True),
     M(K, "3,57 persen", N, "cs_share", 3.57, FIN, cls="pct", src=COUNT, fall=True),
     M(K, "5 persen", N, "threshold", 5, cls="pct"),
     M(K, "26", N, "cs_seats2019", 26),
     M(K, "76,25 persen", N, "turnout", 76.25, cls="pct"),
     M(K, "13 kursi", N, "vox_seats", 13, FIN, src=COUNT, fall=True, occ=2),
     M(K, "78 kursi", N, "right_bloc", 78),

     M(A, "176", N, "pp_munis", 176),
     M(A, "179", N, "munis", 179),
     M(A, "Selasa (4/5)", D, "election", "2021-05-04"),
     M(A, "614.660 suara", N, "mm_votes", 614660),
     M(A, "601.190 suara", N, "psoe_votes", 601190, planted=True),
     M(A, "24 kursi", N, "mm_seats", 24, FIN, src=COUNT, fall=True, also=(("psoe_seats", 24),)),
     M(A, "37 kursi", N, "psoe_seats2019", 37),
     M(A, "2019", D, "y2019", "2019"),
     M(A, "27,31 persen", N, "psoe_share2019", 27.31, cls="pct"),
     M(A, "44,73 persen", N, "pp_share", 44.73, FIN, cls="pct", src=COUNT, fall=True),
     M(A, "65 kursi", N, "pp_seats", 65, FIN, src=COUNT, fall=True),
     M(A, "69 suara", N, "majority", 69),
     M(A, "132", N, "assembly_prev", 132),
     M(A, "136", N, "assembly", 136),
     M(A, "dua tahun", N, "term_years", 2, cls="dur"),
     M(A, "Mei 2023", D, "next_election", "2023-05"),
     M(A, "2019", D, "y2019", "2019", occ=2),
     M(A, "26 kursi", N, "cs_seats2019", 26),
     M(A, "76,25 persen", N, "turnout", 76.25, cls="pct"),

     M(T, "Selasa (8/6/2021)", D, "assembly_day", "2021-06-08"),
     M(T, "136 anggota", N, "assembly", 136),
     M(T, "4 Mei 2021", D, "election", "2021-05-04"),
     M(T, "65 wakil", N, "pp_seats", 65, FIN, src=COUNT, fall=True),
     M(T, "24 wakil", N, "mm_seats", 24, FIN, src=COUNT, fall=True),
     M(T, "24 wakil", N, "psoe_seats", 24, FIN, src=COUNT, fall=True, occ=2),
     M(T, "13 wakil", N, "vox_seats", 13, FIN, src=COUNT, fall=True),
     M(T, "10 wakil", N, "up_seats", 10, FIN, src=COUNT, fall=True),
     M(T, "empat", N, "mesa_pp", 4),
     M(T, "tujuh kursi", N, "mesa", 7),
     M(T, "satu kursi", N, "mesa_each", 1),
     M(T, "136", N, "assembly", 136, occ=2),
     M(T, "69 orang", N, "proposed_size", 69),
     M(T, "dua tahun", N, "term_years", 2, cls="dur"),

     M(AP, "Saturday", D, "sworn", "2021-06-19"),
     M(AP, "78 votes", N, "pm_ayes", 78),
     M(AP, "Friday", D, "investiture", "2021-06-18"),
     M(AP, "nine", N, "margin_votes", 9),
     M(AP, "69", N, "majority", 69),
     M(AP, "65 lawmakers", N, "pp_seats", 65, FIN, src=COUNT, fall=True),
     M(AP, "13", N, "vox_seats", 13, FIN, src=COUNT, fall=True),
     M(AP, "65", N, "pp_seats", 65, FIN, src=COUNT, fall=True, occ=2),
     M(AP, "136 seats", N, "assembly", 136),
     M(AP, "May 5", D, "election", "2021-05-05", planted=True),
     M(AP, "30 seats", N, "pp_seats2019", 30),
     M(AP, "2019", D, "y2019", "2019"),
     M(AP, "44.73%", N, "pp_share", 44.73, FIN, cls="pct", src=COUNT, fall=True),
     M(AP, "76.25%", N, "turnout", 76.25, cls="pct"),
     M(AP, "Thursday", D, "speech", "2021-06-17"),
     M(AP, "nine departments", N, "departments", 9),
     M(AP, "two years", N, "term_years", 2, cls="dur"),
     M(AP, "May 2023", D, "next_election", "2023-05"),
    ]
    build("madrid-regional-2021", "The Madrid regional election of Tuesday 4 May 2021: the count on the night (with "
          "33.46% counted the PP on 62 seats, the Socialists 26, Unidas Podemos 11; with 73.9% counted the PP about 44% "
          "and 64 seats, the Socialists 17.4% and 25, Más Madrid 16.9% and 24, Vox 9.1% and 13, Unidas Podemos 7.3% "
          "and 10) against the count of 99.93%: PP 1,620,213 votes (44.73%, 65 of 136 seats, 69 for a majority), Más "
          "Madrid 614,660 (16.97%, 24), the Socialists 610,190 (16.85%, 24), Vox 9.13% (13), Unidas Podemos 7.21% (10), "
          "Ciudadanos 3.57% (0, from 26), turnout 76.25%; the GAD3 exit poll's 43%; the assembly constituted on Tuesday "
          "8 June; Ayuso re-elected with 78 votes on Friday 18 June and sworn in on Saturday 19 June 2021", False, ms,
          names)


def asml():
    R, B, K, NL = "reuters-jan24", "bisnis-jan25", "kontan-jan26", "nltimes-jan27"
    names = {
     "q4_bookings": "net bookings in the fourth quarter (billion euros)",
     "q4_euv": "EUV bookings in the fourth quarter (billion euros)",
     "q3_bookings": "net bookings in the third quarter (billion euros)",
     "q4_sales": "net sales in the fourth quarter (billion euros)", "q4_margin": "gross margin in the fourth quarter",
     "q4_income": "net income in the fourth quarter (billion euros)", "q4_eps": "earnings per share in the fourth quarter",
     "growth": "sales growth in 2023", "fy_sales": "net sales in 2023 (billion euros)", "fy_margin": "gross margin in 2023",
     "fy_income": "net income in 2023 (billion euros)", "fy_eps": "earnings per share in 2023",
     "fy22_sales": "net sales in 2022 (billion euros)", "fy22_income": "net income in 2022 (billion euros)",
     "fy22_margin": "gross margin in 2022", "q1_low": "the low end of first-quarter sales guidance (billion euros)",
     "q1_high": "the high end of first-quarter sales guidance (billion euros)",
     "q1_margin_low": "the low end of first-quarter margin guidance", "q1_margin_high": "the high end of first-quarter margin guidance",
     "q1_rnd": "first-quarter research and development costs (billion euros)", "backlog": "order backlog at the end of 2023 (billion euros)",
     "backlog22": "order backlog at the end of 2022 (billion euros)", "dividend": "total dividend for 2023 (euros per share)",
     "div_growth": "dividend increase", "interim": "interim dividend (euros per share)", "final_div": "final dividend (euros per share)",
     "systems": "new lithography systems sold in the fourth quarter", "cash": "cash and short-term investments (billion euros)",
     # dates
     "release": "day of the results", "y2023": "the year 2023", "y2022": "the year 2022", "y2024": "the year 2024",
     "interim_day": "day the interim dividend is paid", "handover": "month of the chief executive's handover",
    }
    B_EUR, EUR = "beur", "eur"
    ms = [
     M(R, "Wednesday", D, "release", "2024-01-24"),
     M(R, "9.2 billion euros", N, "q4_bookings", 9.2, cls=B_EUR),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "5.6 billion euros", N, "q4_euv", 5.6, cls=B_EUR),
     M(R, "2.6 billion euros", N, "q3_bookings", 2.6, cls=B_EUR),
     M(R, "7.24 billion euros", N, "q4_sales", 7.237, qual="approx", cls=B_EUR),
     M(R, "51.4%", N, "q4_margin", 51.4, cls="pct"),
     M(R, "2.05 billion euros", N, "q4_income", 2.048, qual="approx", cls=B_EUR),
     M(R, "5.21 euros", N, "q4_eps", 5.21, cls=EUR),
     M(R, "30%", N, "growth", 30, cls="pct"),
     M(R, "27.56 billion euros", N, "fy_sales", 27.559, qual="approx", cls=B_EUR),
     M(R, "51.3%", N, "fy_margin", 51.3, cls="pct"),
     M(R, "7.84 billion euros", N, "fy_income", 7.839, qual="approx", cls=B_EUR),
     M(R, "5.0 billion", N, "q1_low", 5.0, cls=B_EUR),
     M(R, "5.5 billion euros", N, "q1_high", 5.5, cls=B_EUR),
     M(R, "48%", N, "q1_margin_low", 48, cls="pct"),
     M(R, "49%", N, "q1_margin_high", 49, cls="pct"),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "2023", D, "y2023", "2023", occ=2),
     M(R, "about 39 billion euros", N, "backlog", 39, qual="approx", cls=B_EUR),
     M(R, "2023", D, "y2023", "2023", occ=3),
     M(R, "6.10 euros", N, "dividend", 6.10, cls=EUR),
     M(R, "2023", D, "y2023", "2023", occ=4),
     M(R, "5.2%", N, "div_growth", 5.2, cls="pct"),

     M(B, "9,19 miliar euro", N, "q4_bookings", 9.186, qual="approx", cls=B_EUR),
     M(B, "5,6 miliar euro", N, "q4_euv", 5.6, cls=B_EUR),
     M(B, "Rabu (24/1/2024)", D, "release", "2024-01-24"),
     M(B, "7,2 miliar euro", N, "q4_sales", 7.2, cls=B_EUR),
     M(B, "51,4%", N, "q4_margin", 51.4, cls="pct"),
     M(B, "2,0 miliar euro", N, "q4_income", 2.0, cls=B_EUR),
     M(B, "27,6 miliar euro", N, "fy_sales", 27.6, cls=B_EUR),
     M(B, "30%", N, "growth", 30, cls="pct"),
     M(B, "21,2 miliar euro", N, "fy22_sales", 21.2, cls=B_EUR),
     M(B, "51,3%", N, "fy_margin", 51.3, cls="pct"),
     M(B, "7,8 miliar euro", N, "fy_income", 7.8, cls=B_EUR),
     M(B, "19,91 euro", N, "fy_eps", 19.91, cls=EUR),
     M(B, "5 miliar euro", N, "q1_low", 5.0, cls=B_EUR),
     M(B, "5,5 miliar euro", N, "q1_high", 5.5, cls=B_EUR),
     M(B, "48%", N, "q1_margin_low", 48, cls="pct"),
     M(B, "49%", N, "q1_margin_high", 49, cls="pct"),
     M(B, "sekitar 1,07 miliar euro", N, "q1_rnd", 1.07, qual="approx", cls=B_EUR),
     M(B, "sekitar 39 miliar euro", N, "backlog", 39, qual="approx", cls=B_EUR),

     M(K, "6,10 euro", N, "dividend", 6.10, cls=EUR),
     M(K, "2023", D, "y2023", "2023"),
     M(K, "5,2%", N, "div_growth", 5.2, cls="pct"),
     M(K, "1,45 euro", N, "interim", 1.45, cls=EUR),
     M(K, "14 Februari 2024", D, "interim_day", "2024-02-14"),
     M(K, "1,75 euro", N, "final_div", 1.75, cls=EUR),
     M(K, "Rabu (24/1/2024)", D, "release", "2024-01-24"),
     M(K, "7,84 miliar euro", N, "fy_income", 7.839, qual="approx", cls=B_EUR),
     M(K, "27,56 miliar euro", N, "fy_sales", 27.559, qual="approx", cls=B_EUR),
     M(K, "19,91 euro", N, "fy_eps", 19.91, cls=EUR),
     M(K, "5,21 euro", N, "q4_eps", 5.21, cls=EUR),
     M(K, "113 unit", N, "systems", 113),
     M(K, "9,19 miliar euro", N, "q4_bookings", 9.186, qual="approx", cls=B_EUR),
     M(K, "7,24 miliar euro", N, "q4_sales", 7.237, qual="approx", cls=B_EUR),
     M(K, "51,4%", N, "q4_margin", 51.4, cls="pct"),
     M(K, "5 miliar euro", N, "q1_low", 5.0, cls=B_EUR),
     M(K, "5,5 miliar euro", N, "q1_high", 5.5, cls=B_EUR),
     M(K, "7,01 miliar euro", N, "cash", 7.01, cls=B_EUR),

     M(NL, "2023", D, "y2023", "2023"),
     M(NL, "27.6 billion euros", N, "fy_sales", 27.6, cls=B_EUR),
     M(NL, "30%", N, "growth", 30, cls="pct"),
     M(NL, "21.2 billion euros", N, "fy22_sales", 21.2, cls=B_EUR),
     M(NL, "2022", D, "y2022", "2022"),
     M(NL, "Wednesday", D, "release", "2024-01-24"),
     M(NL, "7.8 billion euros", N, "fy_income", 7.8, cls=B_EUR),
     M(NL, "5.6 billion euros", N, "fy22_income", 5.6, cls=B_EUR),
     M(NL, "2022", D, "y2022", "2022", occ=2),
     M(NL, "19.91 euros", N, "fy_eps", 19.91, cls=EUR),
     M(NL, "51.3%", N, "fy_margin", 51.3, cls="pct"),
     M(NL, "50.5%", N, "fy22_margin", 50.5, cls="pct"),
     M(NL, "9.2 billion euros", N, "q4_bookings", 9.2, cls=B_EUR),
     M(NL, "5.6 billion euros", N, "q4_euv", 5.6, cls=B_EUR, occ=2),
     M(NL, "7.2 billion euros", N, "q4_sales", 7.2, cls=B_EUR),
     M(NL, "39 billion euros", N, "backlog", 39, cls=B_EUR),
     M(NL, "40.4 billion euros", N, "backlog22", 40.4, cls=B_EUR),
     M(NL, "2024", D, "y2024", "2024"),
     M(NL, "5 billion", N, "q1_low", 5.0, cls=B_EUR),
     M(NL, "5.5 billion euros", N, "q1_high", 5.5, cls=B_EUR),
     M(NL, "48%", N, "q1_margin_low", 48, cls="pct"),
     M(NL, "49%", N, "q1_margin_high", 49, cls="pct"),
     M(NL, "2023", D, "y2023", "2023", occ=2),
     M(NL, "2024", D, "y2024", "2024", occ=2),
     M(NL, "2023", D, "y2023", "2023", occ=3),
     M(NL, "6.10 euros", N, "dividend", 6.10, cls=EUR),
     M(NL, "2023", D, "y2023", "2023", occ=4),
     M(NL, "1.45 euros", N, "interim", 1.45, cls=EUR),
     M(NL, "February 14", D, "interim_day", "2024-02-14"),
     M(NL, "April", D, "handover", "2024-04"),
    ]
    build("asml-results-2024", "ASML's fourth-quarter and full-year 2023 results (control) of Wednesday 24 January "
          "2024: fourth-quarter net bookings of 9.2 billion euros (9,186 million; 5.6 billion EUV; 2.6 billion in the "
          "third quarter), net sales of 7.2 billion euros (7,237 million), a gross margin of 51.4%, net income of 2.0 "
          "billion euros (2,048 million), 5.21 euros a share; 2023 net sales of 27.6 billion euros (27,559 million, up "
          "30% from 21.2 billion), a gross margin of 51.3% (50.5% in 2022), net income of 7.8 billion euros (7,839 "
          "million; 5.6 billion in 2022), 19.91 euros a share; first-quarter 2024 guidance of 5.0-5.5 billion euros at "
          "a 48-49% margin; a backlog of about 39 billion euros (40.4 billion a year earlier); a dividend of 6.10 euros "
          "(up 5.2%), 1.45 euros interim on 14 February 2024 and 1.75 euros final. Zero conflicts expected.", True, ms,
          names)


if __name__ == "__main__":
    pedrogao()
    madrid()
    asml()
