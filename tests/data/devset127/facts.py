"""The hundred-and-twenty-seventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset127/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def victoria():
    R1, K, AP, T, R2 = "reuters-feb08", "kompas-feb10", "ap-feb11", "tempo-feb19", "reuters-mar30"
    # the police's running toll: Sunday 8 February in the morning and in the afternoon, Tuesday 10 February in the
    # morning and later that day, Wednesday 11, Wednesday 18 February, the provisional 210 of March (before the
    # revision) and the revised 173 of Monday 30 March; fires still burning on Monday night and on Wednesday
    SUN_AM, SUN_PM, MON_N, TUE_AM, TUE_PM, WED, WED18, MARCH, MON30 = (
        "2009-02-08T09", "2009-02-08T18", "2009-02-09T21", "2009-02-10T08", "2009-02-10T18", "2009-02-11",
        "2009-02-18", "2009-03", "2009-03-30")
    POLICE, PREMIER = "Victoria Police", "the premier's estimate"
    names = {
     "dead": "people killed by the fires", "temp": "Melbourne's top temperature on the day of the fires",
     "ash_dead": "people killed in the Ash Wednesday fires", "bf_dead": "people killed in the Black Friday fires",
     "fund": "the relief fund (million Australian dollars)", "kinglake_dead": "people killed at Kinglake",
     "strathewen_dead": "people killed at Strathewen", "standrews_dead": "people killed at St Andrews",
     "homes": "homes destroyed", "area": "area burnt", "fires_burning": "fires still burning",
     "fires_wild": "fires out of control", "forecast": "the toll the premier expected to be passed",
     "unidentified": "people believed dead but not yet identified", "marys_pop": "Marysville's population",
     "marys_dead": "people killed in Marysville", "churchill_dead": "people killed by the fire near Churchill",
     "taskforce": "detectives in the task force", "firefighters": "firefighters at work",
     "identified": "victims formally identified", "homeless": "people left homeless",
     # dates
     "fire_day": "day of the fires", "count84_day": "day of the count of 84", "count35_day": "day of the count of 35",
     "ash_year": "year of the Ash Wednesday fires", "bf_year": "year of the Black Friday fires",
     "count173_day": "day of the count of 173", "fires31_day": "day of the count of fires burning",
     "count181_day": "day of the count of 181", "wed_day": "day the toll stood at 181",
     "fires33_day": "day 33 fires were burning", "count201_day": "day of the count of 201",
     "revision_day": "day the toll was revised",
    }
    ms = [
     M(R1, "At least 84 people", N, "dead", 84, SUN_PM, qual="atleast", src=POLICE),
     M(R1, "Saturday", D, "fire_day", "2009-02-07"),
     M(R1, "Sunday", D, "count84_day", "2009-02-08"),
     M(R1, "35", N, "dead", 35, SUN_AM, src=POLICE),
     M(R1, "Sunday", D, "count35_day", "2009-02-08", occ=2),
     M(R1, "46.4 degrees Celsius", N, "temp", 46.4, cls="degc"),
     M(R1, "Saturday", D, "fire_day", "2009-02-07", occ=2),
     M(R1, "1983", D, "ash_year", "1983"),
     M(R1, "75 people", N, "ash_dead", 75),
     M(R1, "1939", D, "bf_year", "1939"),
     M(R1, "71 lives", N, "bf_dead", 71),
     M(R1, "10 million Australian dollars", N, "fund", 10, cls="aud"),

     M(K, "173 orang", N, "dead", 173, TUE_AM, src=POLICE),
     M(K, "Selasa (10/2/2009)", D, "count173_day", "2009-02-10"),
     M(K, "84 orang", N, "dead", 84, SUN_PM, src=POLICE),
     M(K, "Minggu (8/2/2009)", D, "count84_day", "2009-02-08"),
     M(K, "35 korban", N, "kinglake_dead", 35, TUE_AM, src=POLICE),
     M(K, "26", N, "strathewen_dead", 26, TUE_AM, src=POLICE),
     M(K, "22", N, "standrews_dead", 22, TUE_AM, src=POLICE),
     M(K, "Lebih dari 750 rumah", N, "homes", 750, TUE_AM, qual="morethan"),
     M(K, "sekitar 330.000 hektare", N, "area", 330000, TUE_AM, qual="approx", cls="ha"),
     M(K, "Sabtu (7/2/2009)", D, "fire_day", "2009-02-07"),
     M(K, "46,4 derajat Celsius", N, "temp", 46.4, cls="degc"),
     M(K, "1983", D, "ash_year", "1983"),
     M(K, "75 orang", N, "ash_dead", 75),
     M(K, "31 titik api", N, "fires_burning", 31, MON_N, fall=True),
     M(K, "Senin malam", D, "fires31_day", "2009-02-09"),

     M(AP, "181", N, "dead", 181, WED, src=POLICE),
     M(AP, "Wednesday", D, "wed_day", "2009-02-11"),
     M(AP, "200", N, "forecast", 200, qual="morethan"),
     M(AP, "181", N, "dead", 181, TUE_PM, src=POLICE, occ=2),
     M(AP, "Tuesday", D, "count181_day", "2009-02-10"),
     M(AP, "173 deaths", N, "dead", 173, TUE_AM, src=POLICE),
     M(AP, "more than 50", N, "unidentified", 50, TUE_PM, qual="morethan"),
     M(AP, "about 500 people", N, "marys_pop", 500, qual="approx"),
     M(AP, "50 to 100", N, "marys_dead", 50, TUE_PM, qual="atleast", src=PREMIER),
     M(AP, "Twenty-one", N, "churchill_dead", 21, TUE_PM, src=POLICE),
     M(AP, "100 detectives", N, "taskforce", 100),
     M(AP, "More than 4,000 firefighters", N, "firefighters", 4000, WED, qual="morethan", fall=True),
     M(AP, "33 fires", N, "fires_burning", 33, WED, fall=True),
     M(AP, "23", N, "fires_wild", 23, WED, fall=True),
     M(AP, "Wednesday", D, "fires33_day", "2009-02-11", occ=2),
     M(AP, "More than 750 homes", N, "homes", 750, WED, qual="morethan"),

     M(T, "201 orang", N, "dead", 201, WED18, src=POLICE),
     M(T, "Rabu (18/2/2009)", D, "count201_day", "2009-02-18"),
     M(T, "36 orang", N, "marys_dead", 36, WED18, src=POLICE),
     M(T, "21", N, "churchill_dead", 21, TUE_PM, src=POLICE),
     M(T, "10 orang", N, "churchill_dead", 10, WED18, src=POLICE),
     M(T, "Sabtu (7/2/2009)", D, "fire_day", "2009-02-07"),
     M(T, "1983", D, "ash_year", "1983"),
     M(T, "57 orang", N, "ash_dead", 57, planted=True),

     M(R2, "173", N, "dead", 173, MON30, src=POLICE),
     M(R2, "Monday", D, "revision_day", "2009-03-30"),
     M(R2, "210", N, "dead", 210, MARCH, src=POLICE),
     M(R2, "210", N, "dead", 210, MARCH, src=POLICE, occ=2),
     M(R2, "87", N, "identified", 87, MON30),
     M(R2, "84 dead", N, "dead", 84, SUN_PM, src=POLICE),
     M(R2, "181", N, "dead", 181, TUE_PM, src=POLICE),
     M(R2, "Tuesday", D, "count181_day", "2009-02-10"),
     M(R2, "200", N, "forecast", 200, qual="morethan"),
     M(R2, "Saturday, Feb. 7", D, "fire_day", "2009-02-07"),
     M(R2, "more than 1,800 homes", N, "homes", 1800, MON30, qual="morethan"),
     M(R2, "more than 450,000 hectares", N, "area", 450000, MON30, qual="morethan", cls="ha"),
     M(R2, "About 7,500 people", N, "homeless", 7500, qual="approx"),
     M(R2, "46.4 Celsius", N, "temp", 46.4, cls="degc"),
    ]
    build("victoria-bushfires-2009", "The Victorian bushfires of Saturday 7 February 2009 (Melbourne's record 46.4 C): "
          "the police's toll rising 35 (Sunday morning) -> 84 (Sunday) -> 173 (Tuesday 10 February in the morning) -> "
          "181 (later that Tuesday, still on Wednesday 11) -> 201 (Wednesday 18 February) -> 210 (provisional, March), "
          "revised down to 173 on Monday 30 March 2009 (87 victims formally identified); the fire near Churchill's toll "
          "lowered from 21 to 10; the premier's estimate of 50 to 100 dead in Marysville against the police's 36; homes "
          "destroyed 750+ -> 1,800+, area burnt about 330,000 -> 450,000+ hectares; the Ash Wednesday (1983, 75 dead) "
          "and Black Friday (1939, 71) fires", False, ms, names)


def voice():
    G, K, A, AN, T = "guardian-jun19", "kompas-aug31", "abc-oct15", "antara-oct16", "tempo-nov10"
    # the count in progress: Sunday 15 October in the morning, Monday 16 October at 9.30 am, and the final count;
    # shares of a count in progress may move both ways (fall=True)
    SUN, MON, FIN = "2023-10-15T09", "2023-10-16T09", "2023-11"
    AEC = "the Australian Electoral Commission"
    names = {
     "window_max": "months within which the vote must be held", "senate_ayes": "Senate votes for the bill",
     "senate_noes": "Senate votes against the bill", "house_ayes": "House votes for the bill",
     "house_noes": "House votes against the bill", "nats_no": "Nationals voting against", "libs_no": "Liberals voting against",
     "enrolled": "voters enrolled", "states_needed": "states needed for a majority of states", "states": "states",
     "crowd": "supporters at the rally", "campaign_days": "days of the campaign",
     "years_since": "years since the last referendum", "indig_pop": "Aboriginal and Torres Strait Islander people",
     "indig_share": "their share of the population", "counted": "votes counted on Sunday morning",
     "call_minutes": "minutes from the first booths closing to a clear outcome",
     "no_nat": "the No vote nationally", "yes_nat": "the Yes vote nationally", "act_yes": "the Yes vote in the ACT",
     "vic_yes": "the Yes vote in Victoria", "qld_yes": "the Yes vote in Queensland", "nsw_yes": "the Yes vote in NSW",
     "tas_yes": "the Yes vote in Tasmania", "sa_yes": "the Yes vote in South Australia",
     "wa_yes": "the Yes vote in Western Australia", "nt_yes": "the Yes vote in the Northern Territory",
     # dates
     "senate_day": "day the Senate passed the bill", "house_day": "day the House passed the bill",
     "uluru_year": "year of the Uluru Statement", "ref_day": "day of the referendum",
     "last_success": "year of the last successful referendum", "announce_day": "day the date was announced",
     "last_ref": "year of the previous referendum", "sun_day": "day of the Sunday count",
     "speech_day": "day of the prime minister's speech", "mon_day": "day of the Monday count",
    }
    ms = [
     M(G, "six months", N, "window_max", 6, cls="dur"),
     M(G, "Monday", D, "senate_day", "2023-06-19"),
     M(G, "52 votes to 19", N, "senate_ayes", 52, also=(("senate_noes", 19),)),
     M(G, "121 to 25", N, "house_ayes", 121, also=(("house_noes", 25),)),
     M(G, "May 31", D, "house_day", "2023-05-31"),
     M(G, "15 Nationals", N, "nats_no", 15),
     M(G, "10 Liberals", N, "libs_no", 10),
     M(G, "More than 17 million", N, "enrolled", 17000000, qual="morethan"),
     M(G, "2017", D, "uluru_year", "2017"),
     M(G, "four", N, "states_needed", 4),
     M(G, "six states", N, "states", 6),
     M(G, "October 14", D, "ref_day", "2023-10-14"),
     M(G, "1977", D, "last_success", "1977"),

     M(K, "Sabtu, 14 Oktober 2023", D, "ref_day", "2023-10-14"),
     M(K, "lebih dari 400 pendukung", N, "crowd", 400, qual="morethan"),
     M(K, "Rabu (30/8/2023)", D, "announce_day", "2023-08-30"),
     M(K, "45 hari", N, "campaign_days", 45, cls="dur"),
     M(K, "24 tahun", N, "years_since", 24, cls="dur"),
     M(K, "1999", D, "last_ref", "1999"),
     M(K, "31 Mei", D, "house_day", "2023-05-31"),
     M(K, "112 suara berbanding 25", N, "house_ayes", 112, also=(("house_noes", 25),), planted=True),
     M(K, "19 Juni", D, "senate_day", "2023-06-19"),
     M(K, "52 suara berbanding 19", N, "senate_ayes", 52, also=(("senate_noes", 19),)),
     M(K, "empat", N, "states_needed", 4),
     M(K, "enam negara bagian", N, "states", 6),
     M(K, "sekitar 984.000 orang", N, "indig_pop", 984000, qual="approx"),
     M(K, "3,8 persen", N, "indig_share", 3.8, cls="pct"),

     M(A, "six states", N, "states", 6),
     M(A, "Saturday", D, "ref_day", "2023-10-14"),
     M(A, "just under 13 million votes", N, "counted", 13000000, SUN, qual="nearly"),
     M(A, "Sunday", D, "sun_day", "2023-10-15"),
     M(A, "about 60%", N, "no_nat", 60, SUN, qual="approx", cls="pct", src=AEC, fall=True),
     M(A, "90 minutes", N, "call_minutes", 90, cls="dur"),
     M(A, "Saturday", D, "ref_day", "2023-10-14", occ=2),
     M(A, "just over 60%", N, "act_yes", 60, SUN, qual="morethan", cls="pct", src=AEC, fall=True),
     M(A, "just under 45.5%", N, "vic_yes", 45.5, SUN, qual="nearly", cls="pct", src=AEC, fall=True),
     M(A, "31.5%", N, "qld_yes", 31.5, SUN, cls="pct", src=AEC, fall=True),
     M(A, "40.8%", N, "nsw_yes", 40.8, SUN, cls="pct", src=AEC, fall=True, also=(("tas_yes", 40.8),)),
     M(A, "Saturday", D, "speech_day", "2023-10-14", occ=3),
     M(A, "1999", D, "last_ref", "1999"),

     M(AN, "Senin (16/10/2023)", D, "mon_day", "2023-10-16"),
     M(AN, "60,59 persen", N, "no_nat", 60.59, MON, cls="pct", src=AEC, fall=True),
     M(AN, "39,41 persen", N, "yes_nat", 39.41, MON, cls="pct", src=AEC, fall=True),
     M(AN, "Sabtu (15/10/2023)", D, "ref_day", "2023-10-15", planted=True),
     M(AN, "44,99 persen", N, "vic_yes", 44.99, MON, cls="pct", src=AEC, fall=True),
     M(AN, "40,49 persen", N, "tas_yes", 40.49, MON, cls="pct", src=AEC, fall=True),
     M(AN, "40,48 persen", N, "nsw_yes", 40.48, MON, cls="pct", src=AEC, fall=True),
     M(AN, "31,21 persen", N, "qld_yes", 31.21, MON, cls="pct", src=AEC, fall=True),
     M(AN, "35,42 persen", N, "sa_yes", 35.42, MON, cls="pct", src=AEC, fall=True),
     M(AN, "36,37 persen", N, "wa_yes", 36.37, MON, cls="pct", src=AEC, fall=True),
     M(AN, "60,78 persen", N, "act_yes", 60.78, MON, cls="pct", src=AEC, fall=True),
     M(AN, "39,48 persen", N, "nt_yes", 39.48, MON, cls="pct", src=AEC, fall=True),
     M(AN, "empat", N, "states_needed", 4),
     M(AN, "enam negara bagian", N, "states", 6),
     M(AN, "1977", D, "last_success", "1977"),

     M(T, "Sabtu, 14 Oktober 2023", D, "ref_day", "2023-10-14"),
     M(T, "60,06 persen", N, "no_nat", 60.06, FIN, cls="pct", src=AEC, fall=True),
     M(T, "39,94 persen", N, "yes_nat", 39.94, FIN, cls="pct", src=AEC, fall=True),
     M(T, "45,85 persen", N, "vic_yes", 45.85, FIN, cls="pct", src=AEC, fall=True),
     M(T, "31,79 persen", N, "qld_yes", 31.79, FIN, cls="pct", src=AEC, fall=True),
     M(T, "41,06 persen", N, "tas_yes", 41.06, FIN, cls="pct", src=AEC, fall=True),
     M(T, "41,04 persen", N, "nsw_yes", 41.04, FIN, cls="pct", src=AEC, fall=True),
     M(T, "36,73 persen", N, "wa_yes", 36.73, FIN, cls="pct", src=AEC, fall=True),
     M(T, "35,83 persen", N, "sa_yes", 35.83, FIN, cls="pct", src=AEC, fall=True),
     M(T, "61,29 persen", N, "act_yes", 61.29, FIN, cls="pct", src=AEC, fall=True),
     M(T, "enam negara bagian", N, "states", 6),
     M(T, "121 suara berbanding 25", N, "house_ayes", 121, also=(("house_noes", 25),)),
     M(T, "31 Mei", D, "house_day", "2023-05-31"),
     M(T, "52 suara berbanding 19", N, "senate_ayes", 52, also=(("senate_noes", 19),)),
     M(T, "19 Juni", D, "senate_day", "2023-06-19"),
     M(T, "30 Agustus", D, "announce_day", "2023-08-30"),
     M(T, "24 tahun", N, "years_since", 24, cls="dur"),
     M(T, "1977", D, "last_success", "1977"),
    ]
    build("voice-referendum-2023", "Australia's referendum on an Indigenous Voice to Parliament of Saturday 14 October "
          "2023: the bill passed by the House 121-25 on Wednesday 31 May and by the Senate 52-19 on Monday 19 June; the "
          "date announced in Adelaide on Wednesday 30 August; the count in progress (about 60% No with just under 13 "
          "million votes counted on Sunday morning; 60.59% No and 39.41% Yes on Monday 16 October) against the final "
          "count (60.06% No, 39.94% Yes; Victoria 45.85%, Queensland 31.79%, the ACT 61.29% Yes); all six states No",
          False, ms, names)


def nintendo():
    R, K, NK, C = "reuters-may07", "kontan-may08", "nikkei-may09", "cnbcindonesia-may10"
    names = {
     "np_growth": "net profit growth", "net_profit": "net profit (billion yen)", "sales_growth": "net sales growth",
     "net_sales": "net sales (trillion yen)", "op_growth": "operating profit growth",
     "op_profit": "operating profit (billion yen)", "switch_units": "Switch consoles sold in the year",
     "switch_decline": "fall in Switch sales", "switch_prev": "Switch consoles sold the year before",
     "switch_total": "Switch consoles sold since launch", "sw_decline": "fall in software sales",
     "sw_units": "software units sold in the year", "op_fc": "forecast operating profit (billion yen)",
     "np_fc": "forecast net profit (billion yen)", "switch_fc": "forecast Switch sales",
     "sales_fc": "forecast net sales (trillion yen)", "sw_fc": "forecast software sales",
     "digital_growth": "digital sales growth", "digital": "digital sales (billion yen)",
     "digital_share": "digital share of software sales", "totk": "copies of Tears of the Kingdom sold",
     "wonder": "copies of Super Mario Bros. Wonder sold", "mobile_ip": "mobile and IP revenue (billion yen)",
     "mobile_growth": "mobile and IP revenue growth", "overseas": "overseas share of sales",
     "americas": "the Americas' share of sales",
     # dates
     "release_day": "day of the results", "fy_end": "end of the financial year reported",
     "fy25_end": "end of the current financial year", "direct_month": "month of the Nintendo Direct",
     "totk_launch": "month Tears of the Kingdom was launched", "switch_launch": "year the Switch was launched",
     "switch_reveal": "month the Switch was first revealed",
    }
    ms = [
     M(R, "Tuesday", D, "release_day", "2024-05-07"),
     M(R, "13.4%", N, "np_growth", 13.4, cls="pct"),
     M(R, "490.6 billion yen", N, "net_profit", 490.6, cls="yen_bn"),
     M(R, "March 31", D, "fy_end", "2024-03-31"),
     M(R, "4.4%", N, "sales_growth", 4.4, cls="pct"),
     M(R, "1.67 trillion yen", N, "net_sales", 1.67, cls="yen_tn"),
     M(R, "4.9%", N, "op_growth", 4.9, cls="pct"),
     M(R, "528.9 billion yen", N, "op_profit", 528.9, cls="yen_bn"),
     M(R, "15.70 million", N, "switch_units", 15.70, cls="units_m"),
     M(R, "12.6%", N, "switch_decline", 12.6, cls="pct"),
     M(R, "17.97 million", N, "switch_prev", 17.97, cls="units_m"),
     M(R, "141.32 million units", N, "switch_total", 141.32, cls="units_m"),
     M(R, "6.7%", N, "sw_decline", 6.7, cls="pct"),
     M(R, "199.67 million units", N, "sw_units", 199.67, cls="units_m"),
     M(R, "March 2025", D, "fy25_end", "2025-03"),
     M(R, "400 billion yen", N, "op_fc", 400, cls="yen_bn"),
     M(R, "300 billion yen", N, "np_fc", 300, cls="yen_bn"),
     M(R, "13.5 million units", N, "switch_fc", 13.5, cls="units_m"),
     M(R, "June", D, "direct_month", "2024-06"),
     M(R, "9.4%", N, "digital_growth", 9.4, cls="pct"),
     M(R, "443.3 billion yen", N, "digital", 443.3, cls="yen_bn"),
     M(R, "20.61 million copies", N, "totk", 20.61, cls="units_m"),
     M(R, "May 2023", D, "totk_launch", "2023-05"),

     M(K, "490,6 miliar yen", N, "net_profit", 490.6, cls="yen_bn"),
     M(K, "31 Maret 2024", D, "fy_end", "2024-03-31"),
     M(K, "13,4%", N, "np_growth", 13.4, cls="pct"),
     M(K, "4,4%", N, "sales_growth", 4.4, cls="pct"),
     M(K, "1,67 triliun yen", N, "net_sales", 1.67, cls="yen_tn"),
     M(K, "4,9%", N, "op_growth", 4.9, cls="pct"),
     M(K, "528,9 miliar yen", N, "op_profit", 528.9, cls="yen_bn"),
     M(K, "Selasa (7/5/2024)", D, "release_day", "2024-05-07"),
     M(K, "12,6%", N, "switch_decline", 12.6, cls="pct"),
     M(K, "15,70 juta unit", N, "switch_units", 15.70, cls="units_m"),
     M(K, "141,32 juta unit", N, "switch_total", 141.32, cls="units_m"),
     M(K, "6,7%", N, "sw_decline", 6.7, cls="pct"),
     M(K, "199,67 juta unit", N, "sw_units", 199.67, cls="units_m"),
     M(K, "Maret 2025", D, "fy25_end", "2025-03"),
     M(K, "1,35 triliun yen", N, "sales_fc", 1.35, cls="yen_tn"),
     M(K, "400 miliar yen", N, "op_fc", 400, cls="yen_bn"),
     M(K, "300 miliar yen", N, "np_fc", 300, cls="yen_bn"),
     M(K, "13,5 juta unit", N, "switch_fc", 13.5, cls="units_m"),
     M(K, "9,4%", N, "digital_growth", 9.4, cls="pct"),
     M(K, "443,3 miliar yen", N, "digital", 443.3, cls="yen_bn"),

     M(NK, "March 2024", D, "fy_end", "2024-03"),
     M(NK, "4.9%", N, "op_growth", 4.9, cls="pct"),
     M(NK, "528.9 billion yen", N, "op_profit", 528.9, cls="yen_bn"),
     M(NK, "Tuesday", D, "release_day", "2024-05-07"),
     M(NK, "13.4%", N, "np_growth", 13.4, cls="pct"),
     M(NK, "490.6 billion yen", N, "net_profit", 490.6, cls="yen_bn"),
     M(NK, "4.4%", N, "sales_growth", 4.4, cls="pct"),
     M(NK, "1.67 trillion yen", N, "net_sales", 1.67, cls="yen_tn"),
     M(NK, "15.7 million units", N, "switch_units", 15.7, cls="units_m"),
     M(NK, "17.97 million", N, "switch_prev", 17.97, cls="units_m"),
     M(NK, "2017", D, "switch_launch", "2017"),
     M(NK, "141.32 million", N, "switch_total", 141.32, cls="units_m"),
     M(NK, "400 billion yen", N, "op_fc", 400, cls="yen_bn"),
     M(NK, "March 2025", D, "fy25_end", "2025-03"),
     M(NK, "1.35 trillion yen", N, "sales_fc", 1.35, cls="yen_tn"),
     M(NK, "13.5 million", N, "switch_fc", 13.5, cls="units_m"),
     M(NK, "165 million", N, "sw_fc", 165, cls="units_m"),
     M(NK, "92.7 billion yen", N, "mobile_ip", 92.7, cls="yen_bn"),
     M(NK, "81.6%", N, "mobile_growth", 81.6, cls="pct"),
     M(NK, "50.2%", N, "digital_share", 50.2, cls="pct"),
     M(NK, "March 2015", D, "switch_reveal", "2015-03"),
     M(NK, "78.3%", N, "overseas", 78.3, cls="pct"),
     M(NK, "44.3%", N, "americas", 44.3, cls="pct"),

     M(C, "31 Maret 2025", D, "fy25_end", "2025-03-31"),
     M(C, "Selasa (7/5/2024)", D, "release_day", "2024-05-07"),
     M(C, "Maret 2024", D, "fy_end", "2024-03"),
     M(C, "13,4%", N, "np_growth", 13.4, cls="pct"),
     M(C, "490,6 miliar yen", N, "net_profit", 490.6, cls="yen_bn"),
     M(C, "4,4%", N, "sales_growth", 4.4, cls="pct"),
     M(C, "1,67 triliun yen", N, "net_sales", 1.67, cls="yen_tn"),
     M(C, "15,70 juta unit", N, "switch_units", 15.70, cls="units_m"),
     M(C, "12,6%", N, "switch_decline", 12.6, cls="pct"),
     M(C, "141,32 juta unit", N, "switch_total", 141.32, cls="units_m"),
     M(C, "2017", D, "switch_launch", "2017"),
     M(C, "443,3 miliar yen", N, "digital", 443.3, cls="yen_bn"),
     M(C, "50,2%", N, "digital_share", 50.2, cls="pct"),
     M(C, "20,61 juta kopi", N, "totk", 20.61, cls="units_m"),
     M(C, "13,44 juta kopi", N, "wonder", 13.44, cls="units_m"),
     M(C, "13,5 juta unit", N, "switch_fc", 13.5, cls="units_m"),
     M(C, "165 juta unit", N, "sw_fc", 165, cls="units_m"),
     M(C, "300 miliar yen", N, "np_fc", 300, cls="yen_bn"),
     M(C, "Juni", D, "direct_month", "2024-06"),
    ]
    build("nintendo-results-2024", "Nintendo's annual results (control) of Tuesday 7 May 2024 for the year to 31 March "
          "2024: net sales up 4.4% to 1.67 trillion yen, operating profit up 4.9% to 528.9 billion yen, net profit up "
          "13.4% to 490.6 billion yen; 15.70 million Switch consoles (down 12.6% from 17.97 million; 141.32 million since "
          "launch), 199.67 million software units (down 6.7%); digital sales up 9.4% to 443.3 billion yen (50.2%); the "
          "forecast to March 2025 of 1.35 trillion yen of sales, 400 billion yen of operating profit, 300 billion yen of "
          "net profit, 13.5 million Switch units and 165 million software units; the Switch's successor to be announced "
          "within the financial year. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    victoria()
    voice()
    nintendo()
