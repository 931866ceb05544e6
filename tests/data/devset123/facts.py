"""The hundred-and-twenty-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset123/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hableany():
    R, K, DT, AP, T = "reuters-may30", "kompas-jun01", "detik-jun05", "ap-jun11", "tempo-jun21"
    # the running tallies: Thursday 30 May (the morning after), Saturday 1 June, Monday 3 June, Tuesday 4 June (the
    # South Korean response team's count reported on Wednesday), Monday 10 June (before the lift), Tuesday 11 June
    # (after the lift) and Friday 21 June (the count unchanged since the find of Wednesday 12 June)
    MAY30, JUN01, JUN03, JUN04, JUN10, JUN11, JUN21 = (
        "2019-05-30", "2019-06-01", "2019-06-03", "2019-06-04", "2019-06-10", "2019-06-11", "2019-06-21")
    names = {
     "dead": "people confirmed dead", "kr_dead": "South Koreans confirmed dead", "hu_dead": "Hungarian crew confirmed dead",
     "missing": "people missing", "kr_missing": "South Koreans missing", "crew_missing": "Hungarian crew missing",
     "aboard": "people on board", "kr_aboard": "South Korean tourists on board", "crew": "Hungarian crew on board",
     "rescued": "people rescued", "water_temp": "the water's temperature", "captain_age": "the cruise ship captain's age",
     "length": "the boat's length", "sink_secs": "seconds the boat took to sink",
     "bodies_2days": "bodies found on Monday and Tuesday", "age_mon_man": "age of the man found on Monday",
     "dist_mon": "distance downstream of the man found on Monday", "age_mon_woman": "age of the woman found on Monday",
     "age_tue_man": "age of the man found in the wreck on Tuesday", "bodies_tue_down": "bodies found downstream on Tuesday",
     "dist_tue": "distance downstream of Tuesday's bodies", "weeks_since": "time from the sinking to the lift",
     "hull_bodies": "bodies found in the raised wreck", "hull_kr": "South Koreans among the bodies in the wreck",
     "girl_age": "the youngest passenger's age", "dist_wed": "distance downstream of the body found on 12 June",
     "age_wed_man": "age of the man found on 12 June",
     # dates
     "collision": "day of the collision", "detained": "day the captain was detained",
     "arrest_order": "day the court ordered the captain's arrest", "kang_visit": "day the foreign minister arrived",
     "first_bodies": "day the first bodies were found downstream", "tue_bodies": "day of Tuesday's finds",
     "lift": "day the wreck was lifted", "wed_body": "day the body 110 km downstream was found",
    }
    ms = [
     M(R, "Seven South Korean tourists", N, "dead", 7, MAY30, also=(("kr_dead", 7),)),
     M(R, "21 other people", N, "missing", 21, MAY30, fall=True),
     M(R, "Wednesday", D, "collision", "2019-05-29"),
     M(R, "35 people", N, "aboard", 35),
     M(R, "33 South Korean tourists", N, "kr_aboard", 33),
     M(R, "two Hungarian crew members", N, "crew", 2),
     M(R, "Seven passengers", N, "rescued", 7),
     M(R, "about 10 degrees Celsius", N, "water_temp", 10, qual="approx", cls="temp"),
     M(R, "64-year-old", N, "captain_age", 64, cls="age"),
     M(R, "Thursday", D, "detained", "2019-05-30"),

     M(K, "Sabtu (1/6/2019)", D, "arrest_order", "2019-06-01"),
     M(K, "64 tahun", N, "captain_age", 64, cls="age"),
     M(K, "Kamis (30/5/2019)", D, "detained", "2019-05-30"),
     M(K, "Rabu (29/5/2019)", D, "collision", "2019-05-29"),
     M(K, "27 meter", N, "length", 27, cls="m"),
     M(K, "tujuh detik", N, "sink_secs", 7, cls="dur"),
     M(K, "tujuh orang", N, "dead", 7, JUN01),
     M(K, "21 orang", N, "missing", 21, JUN01, fall=True),
     M(K, "Tujuh penumpang", N, "rescued", 7),
     M(K, "35 orang", N, "aboard", 35),
     M(K, "33", N, "kr_aboard", 33),
     M(K, "dua awak kapal", N, "crew", 2),
     M(K, "Jumat (31/5/2019)", D, "kang_visit", "2019-05-31"),

     M(DT, "12 orang", N, "dead", 12, JUN04),
     M(DT, "lima jenazah", N, "bodies_2days", 5),
     M(DT, "14 warga Korea Selatan", N, "kr_missing", 14, JUN04, fall=True),
     M(DT, "dua awak kapal Hongaria", N, "crew_missing", 2, JUN04, fall=True),
     M(DT, "Senin (3/6/2019)", D, "first_bodies", "2019-06-03"),
     M(DT, "60-an tahun", N, "age_mon_man", 60, qual="approx", cls="age"),
     M(DT, "lebih dari 100 kilometer", N, "dist_mon", 100, qual="morethan", cls="km"),
     M(DT, "50-an tahun", N, "age_mon_woman", 50, qual="approx", cls="age"),
     M(DT, "sembilan orang", N, "dead", 9, JUN03),
     M(DT, "Selasa (4/6/2019)", D, "tue_bodies", "2019-06-04"),
     M(DT, "20-an tahun", N, "age_tue_man", 20, qual="approx", cls="age"),
     M(DT, "dua jenazah lain", N, "bodies_tue_down", 2),
     M(DT, "sekitar 50 kilometer", N, "dist_tue", 50, qual="approx", cls="km"),
     M(DT, "35 orang", N, "aboard", 35),
     M(DT, "29 Mei", D, "collision", "2019-05-29"),
     M(DT, "46 tahun", N, "captain_age", 46, cls="age", planted=True),

     M(AP, "Tuesday", D, "lift", "2019-06-11"),
     M(AP, "nearly two weeks", N, "weeks_since", 2, qual="nearly", cls="dur"),
     M(AP, "four more bodies", N, "hull_bodies", 4),
     M(AP, "24", N, "dead", 24, JUN11),
     M(AP, "6-year-old", N, "girl_age", 6, cls="age"),
     M(AP, "19 South Korean tourists", N, "kr_dead", 19, JUN10),
     M(AP, "one Hungarian crew member", N, "hu_dead", 1, JUN10),
     M(AP, "eight people", N, "missing", 8, JUN10, fall=True),
     M(AP, "Four South Koreans", N, "kr_missing", 4, JUN11, fall=True),
     M(AP, "27-meter", N, "length", 27, cls="m"),
     M(AP, "33 South Korean tourists", N, "kr_aboard", 33),
     M(AP, "two Hungarian crew members", N, "crew", 2),
     M(AP, "May 29", D, "collision", "2019-05-29"),
     M(AP, "seven seconds", N, "sink_secs", 7, cls="dur"),
     M(AP, "Seven South Koreans", N, "rescued", 7),
     M(AP, "64", N, "captain_age", 64, cls="age"),
     M(AP, "June 1", D, "arrest_order", "2019-06-01"),

     M(T, "tiga penumpang", N, "missing", 3, JUN21, fall=True),
     M(T, "sekitar 110 kilometer", N, "dist_wed", 110, qual="approx", cls="km"),
     M(T, "Rabu (12/6/2019)", D, "wed_body", "2019-06-12"),
     M(T, "23 orang", N, "kr_dead", 23, JUN21),
     M(T, "tiga orang lainnya", N, "kr_missing", 3, JUN21, fall=True),
     M(T, "60-an tahun", N, "age_wed_man", 60, qual="approx", cls="age"),
     M(T, "Kedua awak kapal", N, "hu_dead", 2, JUN21),
     M(T, "25 orang", N, "dead", 25, JUN21),
     M(T, "Kamis (30/5/2019)", D, "collision", "2019-05-30", planted=True),
     M(T, "Selasa (11/6/2019)", D, "lift", "2019-06-11"),
     M(T, "empat jenazah", N, "hull_bodies", 4),
     M(T, "tiga di antaranya", N, "hull_kr", 3),
     M(T, "35 orang", N, "aboard", 35),
     M(T, "tujuh penumpang", N, "rescued", 7),
    ]
    build("hableany-sinking-2019", "The sinking of the sightseeing boat Hableány on the Danube in Budapest after its "
          "collision with the cruise ship Viking Sigyn on Wednesday 29 May 2019: 35 on board (33 South Korean "
          "tourists, two Hungarian crew), seven rescued; the toll rising 7 (30 May, 1 June) -> 9 (3 June) -> 12 "
          "(4 June) -> 24 after the wreck was lifted on Tuesday 11 June -> 25 (from 12 June, recalled on 21 June), the South Koreans dead "
          "7 -> 19 -> 23, the missing falling 21 -> 8 and the South Koreans missing 14 -> 4 -> 3; the cruise ship's "
          "64-year-old captain detained on 30 May and arrested on 1 June", False, ms, names)


def switzerland():
    R, K, AP, A = "reuters-oct20", "kompas-oct21", "ap-dec11", "antara-dec12"
    # gfs.bern's projections for SRG on the night: the first at 4 pm, the second at about 6 pm (one source, its later
    # figures replacing its earlier ones); the Federal Statistical Office's count is another source
    GFS, FSO = "the gfs.bern projection", "the Federal Statistical Office"
    P1, P2, FIN = "2019-10-20T16", "2019-10-20T18", "2019-10-21"
    names = {
     "greens_share": "the Greens' share", "glp_share": "the Green Liberals' share", "svp_share": "the SVP's share",
     "sp_share": "the Social Democrats' share", "fdp_share": "the FDP's share", "cvp_share": "the CVP's share",
     "greens_2015": "the Greens' share in 2015", "glp_2015": "the Green Liberals' share in 2015",
     "svp_2015": "the SVP's share in 2015", "turnout": "turnout", "years_since": "years since the last election",
     "nc_seats": "seats in the National Council", "cs_seats": "seats in the Council of States",
     "fc_members": "members of the Federal Council", "fc_parties": "parties sharing the Federal Council",
     "greens_seats": "the Greens' seats", "greens_gain": "seats the Greens gained", "glp_seats": "the Green Liberals' seats",
     "glp_gain": "seats the Green Liberals gained", "svp_seats": "the SVP's seats", "svp_loss": "seats the SVP lost",
     "sp_seats": "the Social Democrats' seats", "fdp_seats": "the FDP's seats", "cvp_seats": "the CVP's seats",
     "women_before": "women in the outgoing National Council", "women": "women elected to the National Council",
     "women_share": "women's share of the National Council", "greens_cs": "the Greens' seats in the Council of States",
     "rytz_votes": "votes for Rytz", "cassis_votes": "votes for Cassis", "amherd_votes": "votes for Amherd",
     "berset_votes": "votes for Berset", "maurer_votes": "votes for Maurer", "sommaruga_votes": "votes for Sommaruga",
     "parmelin_votes": "votes for Parmelin", "kks_votes": "votes for Keller-Sutter",
     "president_votes": "votes for Sommaruga as president", "chancellor_votes": "votes for the chancellor",
     "fa_members": "members of the Federal Assembly",
     # dates
     "election": "day of the election", "y2015": "the previous election", "runoffs": "month of the run-offs",
     "fc_vote": "day of the Federal Council election", "formula_since": "year the formula began",
     "presidency_year": "year of the presidency", "cassis_joined": "year Cassis joined the government",
    }
    ms = [
     M(R, "Sunday", D, "election", "2019-10-20"),
     M(R, "12.7%", N, "greens_share", 12.7, P1, cls="pct", src=GFS),
     M(R, "200-seat", N, "nc_seats", 200),
     M(R, "7.1%", N, "greens_2015", 7.1, cls="pct"),
     M(R, "four years ago", N, "years_since", 4, cls="dur"),
     M(R, "7.6%", N, "glp_share", 7.6, P1, cls="pct", src=GFS),
     M(R, "4.6%", N, "glp_2015", 4.6, cls="pct"),
     M(R, "2015", D, "y2015", "2015"),
     M(R, "26.3%", N, "svp_share", 26.3, P1, cls="pct", src=GFS),
     M(R, "29.4%", N, "svp_2015", 29.4, cls="pct"),
     M(R, "2015", D, "y2015", "2015", occ=2),
     M(R, "16.5%", N, "sp_share", 16.5, P1, cls="pct", src=GFS),
     M(R, "15.2%", N, "fdp_share", 15.2, P1, cls="pct", src=GFS),
     M(R, "12%", N, "cvp_share", 12, P1, cls="pct", src=GFS),
     M(R, "just over 47%", N, "turnout", 47, P1, qual="morethan", cls="pct", src=GFS),
     M(R, "46 members", N, "cs_seats", 46),
     M(R, "November", D, "runoffs", "2019-11"),
     M(R, "seven-member", N, "fc_members", 7),
     M(R, "four largest parties", N, "fc_parties", 4),
     M(R, "Dec. 11", D, "fc_vote", "2019-12-11"),

     M(K, "Minggu (20/10/2019)", D, "election", "2019-10-20"),
     M(K, "13 persen", N, "greens_share", 13, P2, cls="pct", src=GFS),
     M(K, "25,6 persen", N, "svp_share", 25.6, P2, cls="pct", src=GFS),
     M(K, "11,8 persen", N, "cvp_share", 11.8, P2, cls="pct", src=GFS),
     M(K, "13,2 persen", N, "greens_share", 13.2, FIN, cls="pct", src=FSO),
     M(K, "28 kursi", N, "greens_seats", 28),
     M(K, "17 kursi", N, "greens_gain", 17),
     M(K, "7,8 persen", N, "glp_share", 7.8, FIN, cls="pct", src=FSO),
     M(K, "16 kursi", N, "glp_seats", 16),
     M(K, "sembilan kursi", N, "glp_gain", 9),
     M(K, "53 kursi", N, "svp_seats", 53),
     M(K, "12 kursi", N, "svp_loss", 12),
     M(K, "16,8 persen", N, "sp_share", 16.8, FIN, cls="pct", src=FSO),
     M(K, "39 kursi", N, "sp_seats", 39),
     M(K, "15,1 persen", N, "fdp_share", 15.1, FIN, cls="pct", src=FSO),
     M(K, "29 kursi", N, "fdp_seats", 29),
     M(K, "11,4 persen", N, "cvp_share", 11.4, FIN, cls="pct", src=FSO),
     M(K, "25 kursi", N, "cvp_seats", 25),
     M(K, "45,1 persen", N, "turnout", 45.1, FIN, cls="pct", src=FSO),
     M(K, "200 orang", N, "nc_seats", 200),
     M(K, "64", N, "women_before", 64),
     M(K, "84 orang", N, "women", 84),
     M(K, "42 persen", N, "women_share", 42, cls="pct"),
     M(K, "46 orang", N, "cs_seats", 46),
     M(K, "tujuh orang", N, "fc_members", 7),
     M(K, "Desember", D, "fc_vote", "2019-12"),

     M(AP, "Wednesday", D, "fc_vote", "2019-12-11"),
     M(AP, "seven members", N, "fc_members", 7),
     M(AP, "October", D, "election", "2019-10"),
     M(AP, "82 votes", N, "rytz_votes", 82),
     M(AP, "145", N, "cassis_votes", 145),
     M(AP, "13.2%", N, "greens_share", 13.2, FIN, cls="pct", src=FSO),
     M(AP, "Oct. 20", D, "election", "2019-10-20"),
     M(AP, "seven-member", N, "fc_members", 7),
     M(AP, "28", N, "greens_seats", 28),
     M(AP, "200 seats", N, "nc_seats", 200),
     M(AP, "five", N, "greens_cs", 5),
     M(AP, "46 seats", N, "cs_seats", 46),
     M(AP, "four largest parties", N, "fc_parties", 4),
     M(AP, "1959", D, "formula_since", "1959"),
     M(AP, "218 votes", N, "amherd_votes", 218),
     M(AP, "214", N, "berset_votes", 214),
     M(AP, "213 votes", N, "maurer_votes", 213),
     M(AP, "192", N, "sommaruga_votes", 192),
     M(AP, "191", N, "parmelin_votes", 191),
     M(AP, "169", N, "kks_votes", 169),
     M(AP, "2020", D, "presidency_year", "2020"),
     M(AP, "186 votes", N, "president_votes", 186),
     M(AP, "2017", D, "cassis_joined", "2017"),

     M(A, "Rabu (11/12/2019)", D, "fc_vote", "2019-12-11"),
     M(A, "ketujuh anggota", N, "fc_members", 7),
     M(A, "82 suara", N, "rytz_votes", 82),
     M(A, "154 suara", N, "cassis_votes", 154, planted=True),
     M(A, "246 orang", N, "fa_members", 246),
     M(A, "20 Oktober", D, "election", "2019-10-20"),
     M(A, "13,2 persen", N, "greens_share", 13.2, FIN, cls="pct", src=FSO),
     M(A, "28 kursi", N, "greens_seats", 28),
     M(A, "53 kursi", N, "svp_seats", 53),
     M(A, "12 kursi", N, "svp_loss", 12),
     M(A, "empat partai terbesar", N, "fc_parties", 4),
     M(A, "1959", D, "formula_since", "1959"),
     M(A, "2020", D, "presidency_year", "2020"),
     M(A, "186 suara", N, "president_votes", 186),
     M(A, "219 suara", N, "chancellor_votes", 219),
    ]
    build("swiss-election-2019", "Switzerland's federal election of Sunday 20 October 2019: the gfs.bern projection "
          "on the night, the first (Greens 12.7%, Green Liberals 7.6%, SVP 26.3%, Social Democrats 16.5%, FDP 15.2%, "
          "CVP 12%, turnout just over 47%) and the second (Greens 13%, SVP 25.6%, CVP 11.8%), against the final count "
          "(Greens 13.2% and 28 seats, +17; Green Liberals 7.8% and 16, +9; SVP 53 seats, -12; Social Democrats 16.8% and 39; FDP 15.1% and 29; CVP 11.4% and 25; turnout "
          "45.1%; 84 women of 200); the Federal Council re-elected by the Federal Assembly on Wednesday 11 December "
          "2019 (Cassis 145 votes against Rytz's 82; Sommaruga president for 2020 with 186 votes)", False, ms, names)


def nestle():
    R, S, B, K = "reuters-feb13", "swissinfo-feb14", "bisnis-feb15", "kontan-feb17"
    names = {
     "organic": "organic growth", "rig": "real internal growth", "pricing": "pricing", "sales_growth": "reported sales growth",
     "sales": "sales (billion francs)", "sales_2018": "sales in 2018 (billion francs)", "divest": "the divestments' effect",
     "fx": "the currencies' effect", "utop_margin_chg": "change in the underlying margin",
     "utop_margin": "the underlying trading operating profit margin", "net_growth": "net profit growth",
     "net": "net profit (billion francs)", "eps_growth": "growth of earnings per share", "eps": "earnings per share (francs)",
     "ueps_cc": "underlying earnings per share growth in constant currencies",
     "ueps_rep": "underlying earnings per share growth as reported", "ueps": "underlying earnings per share (francs)",
     "dividend": "the proposed dividend (francs)", "div_raise": "the dividend's rise (centimes)",
     "div_years": "consecutive years of dividend growth", "buyback": "the new buyback (billion francs)",
     "utop_growth": "growth of the underlying trading operating profit", "utop": "underlying trading operating profit (billion francs)",
     "top_margin_chg": "change in the trading operating profit margin", "top_margin": "the trading operating profit margin",
     "fcf_growth": "free cash flow growth", "fcf": "free cash flow (billion francs)", "org_dev": "organic growth in developed markets",
     "org_em": "organic growth in emerging markets", "returned": "cash returned to shareholders (billion francs)",
     "icecream_price": "price of the US ice cream business (billion dollars)",
     # dates
     "y2019": "the year of the results", "release": "day of the release", "target_year": "year of the margin target",
     "buyback_start": "month the new buyback began", "prev_buyback_end": "end of the previous buyback",
     "agm": "day of the annual general meeting", "icecream_close": "month the ice cream sale closed",
    }
    ms = [
     M(R, "3.5%", N, "organic", 3.5, cls="pct"),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "Thursday", D, "release", "2020-02-13"),
     M(R, "2.9%", N, "rig", 2.9, cls="pct"),
     M(R, "0.6%", N, "pricing", 0.6, cls="pct"),
     M(R, "1.2%", N, "sales_growth", 1.2, cls="pct"),
     M(R, "92.6 billion Swiss francs", N, "sales", 92.6, cls="chfbn"),
     M(R, "91.4 billion francs", N, "sales_2018", 91.4, cls="chfbn"),
     M(R, "0.8%", N, "divest", 0.8, cls="pct"),
     M(R, "1.5%", N, "fx", 1.5, cls="pct"),
     M(R, "60 basis points", N, "utop_margin_chg", 60, cls="bp"),
     M(R, "17.6%", N, "utop_margin", 17.6, cls="pct"),
     M(R, "2020", D, "target_year", "2020"),
     M(R, "24.4%", N, "net_growth", 24.4, cls="pct"),
     M(R, "12.6 billion francs", N, "net", 12.6, cls="chfbn"),
     M(R, "28.0%", N, "eps_growth", 28, cls="pct"),
     M(R, "4.30 francs", N, "eps", 4.30, cls="chf"),
     M(R, "11.1%", N, "ueps_cc", 11.1, cls="pct"),
     M(R, "4.41 francs", N, "ueps", 4.41, cls="chf"),
     M(R, "2.70 francs", N, "dividend", 2.70, cls="chf"),
     M(R, "25 centimes", N, "div_raise", 25, cls="centime"),
     M(R, "25 consecutive years", N, "div_years", 25, cls="dur"),
     M(R, "20 billion francs", N, "buyback", 20, cls="chfbn"),
     M(R, "January", D, "buyback_start", "2020-01"),
     M(R, "2019", D, "prev_buyback_end", "2019", occ=2),

     M(S, "Thursday", D, "release", "2020-02-13"),
     M(S, "1.2%", N, "sales_growth", 1.2, cls="pct"),
     M(S, "2019", D, "y2019", "2019"),
     M(S, "CHF92.6 billion", N, "sales", 92.6, cls="chfbn"),
     M(S, "3.5%", N, "organic", 3.5, cls="pct"),
     M(S, "2.9%", N, "rig", 2.9, cls="pct"),
     M(S, "0.6%", N, "pricing", 0.6, cls="pct"),
     M(S, "24.4%", N, "net_growth", 24.4, cls="pct"),
     M(S, "CHF12.6 billion", N, "net", 12.6, cls="chfbn"),
     M(S, "4.8%", N, "utop_growth", 4.8, cls="pct"),
     M(S, "CHF16.3 billion", N, "utop", 16.3, cls="chfbn"),
     M(S, "60 basis points", N, "utop_margin_chg", 60, cls="bp"),
     M(S, "17.6%", N, "utop_margin", 17.6, cls="pct"),
     M(S, "30 basis points", N, "top_margin_chg", 30, cls="bp"),
     M(S, "14.8%", N, "top_margin", 14.8, cls="pct"),
     M(S, "10.9%", N, "fcf_growth", 10.9, cls="pct"),
     M(S, "CHF11.9 billion", N, "fcf", 11.9, cls="chfbn"),
     M(S, "2.6%", N, "org_dev", 2.6, cls="pct"),
     M(S, "4.7%", N, "org_em", 4.7, cls="pct"),
     M(S, "April 23", D, "agm", "2020-04-23"),
     M(S, "CHF2.70", N, "dividend", 2.70, cls="chf"),
     M(S, "25 centimes", N, "div_raise", 25, cls="centime"),
     M(S, "CHF16.9 billion", N, "returned", 16.9, cls="chfbn"),
     M(S, "January", D, "icecream_close", "2020-01"),
     M(S, "$4 billion", N, "icecream_price", 4, cls="usdbn"),

     M(B, "3,5%", N, "organic", 3.5, cls="pct"),
     M(B, "2019", D, "y2019", "2019"),
     M(B, "2,9%", N, "rig", 2.9, cls="pct"),
     M(B, "0,6%", N, "pricing", 0.6, cls="pct"),
     M(B, "Kamis (13/2/2020)", D, "release", "2020-02-13"),
     M(B, "1,2%", N, "sales_growth", 1.2, cls="pct"),
     M(B, "92,6 miliar franc Swiss", N, "sales", 92.6, cls="chfbn"),
     M(B, "91,4 miliar franc Swiss", N, "sales_2018", 91.4, cls="chfbn"),
     M(B, "24,4%", N, "net_growth", 24.4, cls="pct"),
     M(B, "12,6 miliar franc Swiss", N, "net", 12.6, cls="chfbn"),
     M(B, "28%", N, "eps_growth", 28, cls="pct"),
     M(B, "4,30 franc Swiss", N, "eps", 4.30, cls="chf"),
     M(B, "9,8%", N, "ueps_rep", 9.8, cls="pct"),
     M(B, "4,41 franc Swiss", N, "ueps", 4.41, cls="chf"),
     M(B, "60 basis poin", N, "utop_margin_chg", 60, cls="bp"),
     M(B, "17,6%", N, "utop_margin", 17.6, cls="pct"),
     M(B, "10,9%", N, "fcf_growth", 10.9, cls="pct"),
     M(B, "11,9 miliar franc Swiss", N, "fcf", 11.9, cls="chfbn"),
     M(B, "2,70 franc Swiss", N, "dividend", 2.70, cls="chf"),
     M(B, "25 sentime", N, "div_raise", 25, cls="centime"),
     M(B, "20 miliar franc Swiss", N, "buyback", 20, cls="chfbn"),
     M(B, "Januari 2020", D, "buyback_start", "2020-01"),

     M(K, "92,6 miliar franc Swiss", N, "sales", 92.6, cls="chfbn"),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "1,2 persen", N, "sales_growth", 1.2, cls="pct"),
     M(K, "0,8 persen", N, "divest", 0.8, cls="pct"),
     M(K, "1,5 persen", N, "fx", 1.5, cls="pct"),
     M(K, "3,5 persen", N, "organic", 3.5, cls="pct"),
     M(K, "2,9 persen", N, "rig", 2.9, cls="pct"),
     M(K, "0,6 persen", N, "pricing", 0.6, cls="pct"),
     M(K, "4,8 persen", N, "utop_growth", 4.8, cls="pct"),
     M(K, "16,3 miliar franc Swiss", N, "utop", 16.3, cls="chfbn"),
     M(K, "17,6 persen", N, "utop_margin", 17.6, cls="pct"),
     M(K, "24,4 persen", N, "net_growth", 24.4, cls="pct"),
     M(K, "12,6 miliar franc Swiss", N, "net", 12.6, cls="chfbn"),
     M(K, "11,1 persen", N, "ueps_cc", 11.1, cls="pct"),
     M(K, "4,41 franc Swiss", N, "ueps", 4.41, cls="chf"),
     M(K, "2,70 franc Swiss", N, "dividend", 2.70, cls="chf"),
     M(K, "25 tahun", N, "div_years", 25, cls="dur"),
     M(K, "23 April 2020", D, "agm", "2020-04-23"),
     M(K, "2019", D, "y2019", "2019", occ=2),
     M(K, "16,9 miliar franc Swiss", N, "returned", 16.9, cls="chfbn"),
     M(K, "2,6 persen", N, "org_dev", 2.6, cls="pct"),
     M(K, "4,7 persen", N, "org_em", 4.7, cls="pct"),
     M(K, "Kamis, 13 Februari 2020", D, "release", "2020-02-13"),
    ]
    build("nestle-results-2019", "Nestlé's full-year 2019 results (control) of Thursday 13 February 2020: organic "
          "growth 3.5% (real internal growth 2.9%, pricing 0.6%; 2.6% in developed and 4.7% in emerging markets); "
          "sales up 1.2% to CHF 92.6 billion (91.4 billion in 2018; divestments -0.8%, currencies -1.5%); the "
          "underlying trading operating profit up 4.8% to CHF 16.3 billion, its margin up 60 basis points to 17.6%; "
          "the trading operating profit margin down 30 basis points to 14.8%; net profit up 24.4% to CHF 12.6 "
          "billion; earnings per share up 28.0% to CHF 4.30, underlying up 11.1% in constant currencies (9.8% "
          "reported) to CHF 4.41; free cash flow up 10.9% to CHF 11.9 billion; a dividend of CHF 2.70, up 25 "
          "centimes, the 25th year of growth, to the meeting of 23 April 2020; CHF 16.9 billion returned in 2019; a "
          "buyback of up to CHF 20 billion from January 2020; the US ice cream business sold for $4 billion. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    hableany()
    switzerland()
    nestle()
