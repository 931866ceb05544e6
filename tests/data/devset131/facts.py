"""The hundred-and-thirty-first development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset131/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def valparaiso():
    R, K, T, AP, A = "reuters-feb03", "kompas-feb05", "tempo-feb06", "ap-feb07", "antara-feb25"
    # the toll's as-of times: Saturday 3 February at midday (the interior minister) and in the evening (the
    # president), Sunday 4 February in the morning (the government), in the afternoon (the forensic service) and at
    # night (the interior undersecretary), Monday 5 and Tuesday 6 February, and the forensic service's 133 raised to
    # 134 three weeks on
    SAT_AM, SAT_PM, SUN_AM, SUN_PM, SUN_N, MON, TUE, D23, D24 = (
        "2024-02-03T12", "2024-02-03T20", "2024-02-04T10", "2024-02-04T16", "2024-02-04T22", "2024-02-05",
        "2024-02-06", "2024-02-23", "2024-02-24")
    names = {
     "dead": "people killed by the fires", "identified": "victims identified", "homes": "homes destroyed or damaged",
     "fires_at_once": "fires burning at once", "temp": "the heat wave's top temperature",
     "dead2023": "people killed by the previous fire season", "affected": "people affected by the loss of homes",
     "homes_vina": "homes affected in Viña del Mar", "homes_quilpue": "homes affected in Quilpué",
     "area_tablas": "area burned by the Lago Peñuelas-Las Tablas fire", "area_moscoso": "area burned by the Lo Moscoso fire",
     "area_total": "area burned in all", "mourning": "days of national mourning", "communes": "communes under curfew",
     "autopsies": "autopsies carried out", "missing_vina": "people missing in Viña del Mar",
     "origins": "points where the fire started", "missing": "people missing", "water_homes": "homes whose water bills are waived",
     "critical": "burn victims in critical condition", "cost": "reconstruction cost (US dollars)",
     # dates
     "fire_start": "day the fires broke out", "count19_day": "day of the count of 19",
     "count46_day": "day of the count of 46", "count112_day": "day of the count of 112",
     "count123_day": "day of the count of 123", "count131_day": "day of the count of 131",
     "missing_day": "day of the mayor's count of the missing", "quake2010": "the 2010 earthquake",
     "games_year": "year of the Pan American Games",
    }
    ms = [
     M(R, "at least 46 people", N, "dead", 46, SAT_PM, qual="atleast"),
     M(R, "Saturday", D, "count46_day", "2024-02-03"),
     M(R, "Saturday", D, "count19_day", "2024-02-03", occ=2),
     M(R, "19 deaths", N, "dead", 19, SAT_AM),
     M(R, "15", N, "identified", 15, SAT_AM),
     M(R, "Friday", D, "fire_start", "2024-02-02"),
     M(R, "More than 1,000 homes", N, "homes", 1000, SAT_PM, qual="morethan"),
     M(R, "more than five fires", N, "fires_at_once", 5, qual="morethan"),
     M(R, "38 degrees Celsius", N, "temp", 38, cls="deg"),
     M(R, "27 people", N, "dead2023", 27),

     M(K, "112 orang", N, "dead", 112, SUN_N),
     M(K, "Minggu (4/2/2024)", D, "count112_day", "2024-02-04"),
     M(K, "32 jenazah", N, "identified", 32, SUN_N),
     M(K, "99 korban tewas", N, "dead", 99, SUN_PM),
     M(K, "64 orang", N, "dead", 64, SUN_AM),
     M(K, "hampir 40.000 orang", N, "affected", 40000, SUN_N, qual="nearly"),
     M(K, "12.122 rumah", N, "homes_vina", 12122),
     M(K, "2.700 rumah", N, "homes_quilpue", 2700),
     M(K, "sekitar 8.500 hektare", N, "area_tablas", 8500, qual="approx", cls="ha"),
     M(K, "1.550 hektare", N, "area_moscoso", 1550, cls="ha"),
     M(K, "27 Februari 2010", D, "quake2010", "2010-02-27"),
     M(K, "dua hari", N, "mourning", 2, cls="dur"),
     M(K, "empat komune", N, "communes", 4),

     M(T, "123 orang", N, "dead", 123, MON),
     M(T, "Senin (5/2/2024)", D, "count123_day", "2024-02-05"),
     M(T, "33 korban", N, "identified", 33, MON),
     M(T, "79 autopsi", N, "autopsies", 79, MON),
     M(T, "121 orang", N, "dead", 121, SUN_N, planted=True),
     M(T, "Minggu (4/2/2024)", D, "count112_day", "2024-02-04"),
     M(T, "hampir 15.000 rumah", N, "homes", 15000, MON, qual="nearly"),
     M(T, "Minggu", D, "missing_day", "2024-02-04", occ=2),
     M(T, "190 warga", N, "missing_vina", 190, SUN_AM, fall=True),
     M(T, "empat titik", N, "origins", 4),
     M(T, "Jumat (2/2/2024)", D, "fire_start", "2024-02-02"),

     M(AP, "131", N, "dead", 131, TUE),
     M(AP, "Tuesday", D, "count131_day", "2024-02-06"),
     M(AP, "more than 300 people", N, "missing", 300, TUE, qual="morethan", fall=True),
     M(AP, "2023", D, "games_year", "2023"),
     M(AP, "9,200 affected homes", N, "water_homes", 9200),
     M(AP, "Friday", D, "fire_start", "2024-02-02"),
     M(AP, "2010", D, "quake2010", "2010"),

     M(A, "133", N, "dead", 133, D23),
     M(A, "134 orang", N, "dead", 134, D24),
     M(A, "124", N, "identified", 124, D24),
     M(A, "lima orang", N, "missing", 5, D24, fall=True),
     M(A, "29 orang", N, "critical", 29),
     M(A, "Jumat (2/2/2024)", D, "fire_start", "2024-02-02"),
     M(A, "lebih dari 10.000 hektare", N, "area_total", 10000, qual="morethan", cls="ha"),
     M(A, "1 miliar dolar AS", N, "cost", 1000000000, qual="morethan", cls="usd"),
     M(A, "2010", D, "quake2010", "2010"),
    ]
    build("valparaiso-fires-2024", "The forest fires of the Valparaíso region (Chile) from Friday 2 February 2024: the "
          "toll rising 19 -> 46 (Saturday 3 February) -> 64 -> 99 -> 112 (Sunday 4 February) -> 123 (Monday) -> 131 "
          "(Tuesday) -> 133 -> 134 (late February), victims identified 15 -> 32 -> 33 -> 124, homes destroyed or "
          "damaged 1,000+ -> nearly 15,000 (up to 12,122 in Viña del Mar and 2,700 in Quilpué), 190 missing in Viña "
          "del Mar on the Sunday, 300+ missing on the Tuesday and five three weeks on; areas burned, the 2010 "
          "earthquake, reconstruction of more than US$1 billion", False, ms, names)


def paraguay():
    RP, KP, AN, APm, TP = "reuters-apr30", "kompas-may01", "antara-may04", "ap-may06", "tempo-may26"
    # the TSJE's preliminary count (TREP) on the night: at 19:45 with 92.24% of the tables counted, and near-complete
    # with 99.89%; shares of a count in progress may move both ways (fall=True)
    S1, NEAR = "2023-04-30T19", "2023-04-30T23"
    # the Chamber's seats as two newspapers worked them out from the count: ABC Color's 49 lowered to 48 two days
    # later (a revision of the same paper's figure), La Nación's 47 (another body's figure: sources)
    ABC, LN = "the newspaper ABC Color", "the newspaper La Nación"
    names = {
     "counted": "share of polling tables counted", "pena_share": "Peña's share", "alegre_share": "Alegre's share",
     "cubas_share": "Cubas's share", "voters": "eligible voters", "turnout": "turnout", "age": "Peña's age",
     "term": "years of the presidential term", "senate": "seats in the Senate", "chamber": "seats in the Chamber of Deputies",
     "governors": "governors elected", "stations_in": "polling tables counted", "stations": "polling tables in all",
     "col_senate": "the Colorado Party's Senate seats", "col_chamber": "the Colorado Party's seats in the Chamber",
     "alliance_senate": "the liberal alliance's Senate seats", "cruzada_senate": "Cruzada Nacional's Senate seats",
     "cubas_votes": "votes for Cubas", "detained": "protesters detained", "pena_votes": "votes for Peña",
     "distance": "distance of San Lorenzo from the capital", "cubas_age": "Cubas's age", "winners": "officials elected",
     "alt_senators": "alternate senators", "alt_deputies": "alternate deputies", "boards": "departmental board members",
     "margin": "Peña's lead over Alegre (points)",
     # dates
     "election": "day of the election", "inauguration": "day of the inauguration", "colorado_since": "year the Colorado rule began",
     "lugo_from": "year Lugo took office", "lugo_to": "year Lugo left office", "y2018": "the previous election",
     "cubas_arrest": "day Cubas was detained", "protests_start": "day the protests began",
     "proclamation": "day the TSJE proclaimed the winners", "certificates": "day of the certificates' handover",
    }
    ms = [
     M(RP, "Sunday", D, "election", "2023-04-30"),
     M(RP, "99.89%", N, "counted", 99.89, NEAR, cls="pct"),
     M(RP, "42.74%", N, "pena_share", 42.74, NEAR, cls="pct", fall=True),
     M(RP, "27.48%", N, "alegre_share", 27.48, NEAR, cls="pct", fall=True),
     M(RP, "22.92%", N, "cubas_share", 22.92, NEAR, cls="pct", fall=True),
     M(RP, "4,782,940 Paraguayans", N, "voters", 4782940),
     M(RP, "about 63%", N, "turnout", 63, qual="approx", cls="pct"),
     M(RP, "44", N, "age", 44, cls="age"),
     M(RP, "Aug. 15", D, "inauguration", "2023-08-15"),
     M(RP, "five-year", N, "term", 5, cls="dur"),
     M(RP, "1948", D, "colorado_since", "1948"),
     M(RP, "2008", D, "lugo_from", "2008"),
     M(RP, "2012", D, "lugo_to", "2012"),
     M(RP, "45 senators", N, "senate", 45),
     M(RP, "80 deputies", N, "chamber", 80),
     M(RP, "17 governors", N, "governors", 17),

     M(KP, "Minggu (30/4/2023)", D, "election", "2023-04-30"),
     M(KP, "43,07 persen", N, "pena_share", 43.07, S1, cls="pct", fall=True),
     M(KP, "27,49 persen", N, "alegre_share", 27.49, S1, cls="pct", fall=True),
     M(KP, "22,64 persen", N, "cubas_share", 22.64, S1, cls="pct", fall=True),
     M(KP, "11.308", N, "stations_in", 11308, S1),
     M(KP, "12.259 meja pemungutan suara", N, "stations", 12259),
     M(KP, "92,24 persen", N, "counted", 92.24, S1, cls="pct"),
     M(KP, "4.872.940 warga", N, "voters", 4872940, planted=True),
     M(KP, "45 senator", N, "senate", 45),
     M(KP, "80 anggota Dewan Perwakilan", N, "chamber", 80),
     M(KP, "17 gubernur", N, "governors", 17),
     M(KP, "44 tahun", N, "age", 44, cls="age"),
     M(KP, "15 Agustus 2023", D, "inauguration", "2023-08-15"),
     M(KP, "lima tahun", N, "term", 5, cls="dur"),
     M(KP, "49 kursi", N, "col_chamber", 49, "2023-05-01", src=ABC),

     M(AN, "30 April 2023", D, "election", "2023-04-30"),
     M(AN, "23 kursi", N, "col_senate", 23),
     M(AN, "45 kursi Senat", N, "senate", 45),
     M(AN, "48 kursi", N, "col_chamber", 48, "2023-05-03", src=ABC),
     M(AN, "80 kursi", N, "chamber", 80),
     M(AN, "12 kursi Senat", N, "alliance_senate", 12),
     M(AN, "lima kursi", N, "cruzada_senate", 5),
     M(AN, "692.663 suara", N, "cubas_votes", 692663),
     M(AN, "208 orang", N, "detained", 208, "2023-05-04"),
     M(AN, "sekitar 1,29 juta suara", N, "pena_votes", 1290000, qual="approx"),
     M(AN, "2018", D, "y2018", "2018"),

     M(APm, "Friday", D, "cubas_arrest", "2023-05-05"),
     M(APm, "Sunday", D, "election", "2023-04-30"),
     M(APm, "about 14 kilometers", N, "distance", 14, qual="approx", cls="km"),
     M(APm, "61", N, "cubas_age", 61, cls="age"),
     M(APm, "nearly 23%", N, "cubas_share", 23, NEAR, qual="nearly", cls="pct", fall=True),
     M(APm, "42.7%", N, "pena_share", 42.7, NEAR, qual="approx", cls="pct", fall=True),
     M(APm, "Monday", D, "protests_start", "2023-05-01"),
     M(APm, "five Senate seats", N, "cruzada_senate", 5),
     M(APm, "47 seats", N, "col_chamber", 47, "2023-05-01", src=LN),
     M(APm, "80-member", N, "chamber", 80),
     M(APm, "Aug. 15", D, "inauguration", "2023-08-15"),

     M(TP, "Kamis (25/5/2023)", D, "proclamation", "2023-05-25"),
     M(TP, "lebih dari 1,29 juta suara", N, "pena_votes", 1290000, qual="morethan"),
     M(TP, "768 pejabat", N, "winners", 768),
     M(TP, "45 senator", N, "senate", 45),
     M(TP, "30 senator pengganti", N, "alt_senators", 30),
     M(TP, "80 anggota Dewan Perwakilan", N, "chamber", 80),
     M(TP, "80 anggota pengganti", N, "alt_deputies", 80),
     M(TP, "17 gubernur", N, "governors", 17),
     M(TP, "257 anggota", N, "boards", 257),
     M(TP, "Selasa (30/5/2023)", D, "certificates", "2023-05-30"),
     M(TP, "30 April", D, "election", "2023-04-30"),
     M(TP, "sekitar 15 poin persentase", N, "margin", 15, qual="approx", cls="pt"),
     M(TP, "Kamis (4/5/2023)", D, "cubas_arrest", "2023-05-04", planted=True),
     M(TP, "15 Agustus", D, "inauguration", "2023-08-15"),
    ]
    build("paraguay-election-2023", "Paraguay's general election of Sunday 30 April 2023: the TSJE's preliminary count "
          "at 19:45 with 92.24% of the tables (Peña 43.07%, Alegre 27.49%, Cubas 22.64%) and near-complete with 99.89% "
          "(42.74%, 27.48%, 22.92%), 4,782,940 eligible voters, turnout about 63%; the Colorado Party's 23 of 45 Senate "
          "seats and 48 of 80 in the Chamber (ABC Color; 49 two days earlier, La Nación 47); Cubas's fraud claims, the protests and his detention on Friday 5 May; the "
          "TSJE's proclamation on Thursday 25 May after the definitive count (Peña more than 1.29 million votes); the "
          "inauguration due on 15 August 2023", False, ms, names)


def uruguay():
    RU, MP, KU, BU = "reuters-nov18", "mercopress-nov19", "kontan-nov20", "bisnis-nov21"
    names = {
     "cut": "size of the cut", "rate": "the new policy rate", "prev_rate": "the rate before the decision",
     "infl_oct": "annual inflation in October", "infl_sep": "annual inflation in September", "target": "the inflation target",
     "months_near": "months inflation has been near the target", "band_low": "the tolerance range's floor",
     "band_high": "the tolerance range's ceiling", "exp_analysts": "analysts' two-year expectations",
     "exp_markets": "financial markets' two-year expectations", "exp_firms": "firms' two-year expectations",
     "exp_avg": "the average of two-year expectations", "cut_oct": "size of October's cut",
     "cut_jul": "size of July's cut", "cut_aug": "size of August's cut", "cum_cut": "cuts since July",
     "rate_before": "the rate before July's cut",
     # dates
     "decision": "day of the decision", "ease_start": "month the cuts began", "infl_month": "month of the inflation reading",
     "sep_month": "September 2025", "oct_decision": "day of October's cut", "aug_cut": "month of August's cut",
    }
    ms = [
     M(RU, "25 basis points", N, "cut", 25, cls="bp"),
     M(RU, "8%", N, "rate", 8, cls="pct"),
     M(RU, "Tuesday", D, "decision", "2025-11-18"),
     M(RU, "July", D, "ease_start", "2025-07"),
     M(RU, "8.25%", N, "prev_rate", 8.25, cls="pct"),
     M(RU, "4.32%", N, "infl_oct", 4.32, cls="pct"),
     M(RU, "October", D, "infl_month", "2025-10"),
     M(RU, "4.25%", N, "infl_sep", 4.25, cls="pct"),
     M(RU, "September", D, "sep_month", "2025-09"),
     M(RU, "4.5%", N, "target", 4.5, cls="pct"),
     M(RU, "five months", N, "months_near", 5, cls="dur"),
     M(RU, "3%", N, "band_low", 3, cls="pct"),
     M(RU, "6%", N, "band_high", 6, cls="pct"),
     M(RU, "4.7%", N, "exp_analysts", 4.7, cls="pct"),
     M(RU, "4.75%", N, "exp_markets", 4.75, cls="pct"),
     M(RU, "5.5%", N, "exp_firms", 5.5, cls="pct"),
     M(RU, "4.98%", N, "exp_avg", 4.98, cls="pct"),
     M(RU, "50 basis points", N, "cut_oct", 50, cls="bp"),
     M(RU, "8.25%", N, "prev_rate", 8.25, cls="pct", occ=2),
     M(RU, "Tuesday", D, "decision", "2025-11-18", occ=2),
     M(RU, "1.25 percentage points", N, "cum_cut", 125, qual="unit", cls="bp"),
     M(RU, "9.25%", N, "rate_before", 9.25, cls="pct"),
     M(RU, "July", D, "ease_start", "2025-07", occ=2),

     M(MP, "0.25 percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(MP, "8%", N, "rate", 8, cls="pct"),
     M(MP, "Tuesday, November 18", D, "decision", "2025-11-18"),
     M(MP, "8.25%", N, "prev_rate", 8.25, cls="pct"),
     M(MP, "October 7", D, "oct_decision", "2025-10-07"),
     M(MP, "50 basis points", N, "cut_oct", 50, cls="bp"),
     M(MP, "July", D, "ease_start", "2025-07"),
     M(MP, "25 basis points", N, "cut_jul", 25, cls="bp", also=(("cut_aug", 25),)),
     M(MP, "July", D, "ease_start", "2025-07", occ=2),
     M(MP, "August", D, "aug_cut", "2025-08"),
     M(MP, "4.32%", N, "infl_oct", 4.32, cls="pct"),
     M(MP, "October", D, "infl_month", "2025-10", occ=2),
     M(MP, "4.25%", N, "infl_sep", 4.25, cls="pct"),
     M(MP, "September", D, "sep_month", "2025-09"),
     M(MP, "4.5%", N, "target", 4.5, cls="pct"),
     M(MP, "3%", N, "band_low", 3, cls="pct"),
     M(MP, "6%", N, "band_high", 6, cls="pct"),
     M(MP, "4.7%", N, "exp_analysts", 4.7, cls="pct"),
     M(MP, "4.75%", N, "exp_markets", 4.75, cls="pct"),
     M(MP, "5.5%", N, "exp_firms", 5.5, cls="pct"),
     M(MP, "4.98%", N, "exp_avg", 4.98, cls="pct"),
     M(MP, "1.25 percentage points", N, "cum_cut", 125, qual="unit", cls="bp"),
     M(MP, "9.25%", N, "rate_before", 9.25, cls="pct"),
     M(MP, "July", D, "ease_start", "2025-07", occ=3),

     M(KU, "25 basis poin", N, "cut", 25, cls="bp"),
     M(KU, "8 persen", N, "rate", 8, cls="pct"),
     M(KU, "Selasa (18/11/2025)", D, "decision", "2025-11-18"),
     M(KU, "8,25 persen", N, "prev_rate", 8.25, cls="pct"),
     M(KU, "50 basis poin", N, "cut_oct", 50, cls="bp"),
     M(KU, "7 Oktober 2025", D, "oct_decision", "2025-10-07"),
     M(KU, "Juli", D, "ease_start", "2025-07"),
     M(KU, "Oktober 2025", D, "infl_month", "2025-10", occ=2),
     M(KU, "4,32 persen", N, "infl_oct", 4.32, cls="pct"),
     M(KU, "4,25 persen", N, "infl_sep", 4.25, cls="pct"),
     M(KU, "September", D, "sep_month", "2025-09"),
     M(KU, "4,5 persen", N, "target", 4.5, cls="pct"),
     M(KU, "3 persen", N, "band_low", 3, cls="pct"),
     M(KU, "6 persen", N, "band_high", 6, cls="pct"),
     M(KU, "4,7 persen", N, "exp_analysts", 4.7, cls="pct"),
     M(KU, "4,75 persen", N, "exp_markets", 4.75, cls="pct"),
     M(KU, "5,5 persen", N, "exp_firms", 5.5, cls="pct"),
     M(KU, "4,98 persen", N, "exp_avg", 4.98, cls="pct"),
     M(KU, "125 basis poin", N, "cum_cut", 125, cls="bp"),
     M(KU, "9,25 persen", N, "rate_before", 9.25, cls="pct"),
     M(KU, "Juli", D, "ease_start", "2025-07", occ=2),

     M(BU, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(BU, "8%", N, "rate", 8, cls="pct"),
     M(BU, "Selasa, 18 November 2025", D, "decision", "2025-11-18"),
     M(BU, "8,25%", N, "prev_rate", 8.25, cls="pct"),
     M(BU, "50 basis poin", N, "cut_oct", 50, cls="bp"),
     M(BU, "Oktober", D, "oct_decision", "2025-10"),
     M(BU, "Juli", D, "ease_start", "2025-07"),
     M(BU, "Agustus", D, "aug_cut", "2025-08"),
     M(BU, "25 basis poin", N, "cut_jul", 25, cls="bp", also=(("cut_aug", 25),)),
     M(BU, "Juli", D, "ease_start", "2025-07", occ=2),
     M(BU, "1,25 poin persentase", N, "cum_cut", 125, qual="unit", cls="bp"),
     M(BU, "Oktober 2025", D, "infl_month", "2025-10"),
     M(BU, "4,32%", N, "infl_oct", 4.32, cls="pct"),
     M(BU, "lima bulan", N, "months_near", 5, cls="dur"),
     M(BU, "4,5%", N, "target", 4.5, cls="pct"),
     M(BU, "3%", N, "band_low", 3, cls="pct"),
     M(BU, "6%", N, "band_high", 6, cls="pct"),
     M(BU, "4,7%", N, "exp_analysts", 4.7, cls="pct"),
     M(BU, "4,75%", N, "exp_markets", 4.75, cls="pct"),
     M(BU, "5,5%", N, "exp_firms", 5.5, cls="pct"),
     M(BU, "4,98%", N, "exp_avg", 4.98, cls="pct"),
    ]
    build("uruguay-rate-2025", "The Central Bank of Uruguay's rate decision (control) of Tuesday 18 November 2025: the "
          "policy rate cut 25 basis points from 8.25% to 8%, unanimously, after 25 basis points in July and August and "
          "50 on 7 October (125 basis points in all from 9.25% before July); annual inflation of 4.32% in October "
          "(4.25% in September) near the 4.5% target for five months, a tolerance range of 3% to 6%; two-year "
          "expectations of 4.7% (analysts), 4.75% (markets) and 5.5% (firms), their average a record low of 4.98%. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    valparaiso()
    paraguay()
    uruguay()
