"""The forty-seventh development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset47/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def quake():
    R, K, B, T = "reuters-mar29", "kompas-mar31", "bangkokpost-apr03", "tempo-apr28"
    names = {
     "dead": "death toll of the quake in Myanmar", "injured": "people injured in Myanmar",
     "missing": "people missing in Myanmar", "mag": "magnitude of the main quake",
     "after": "magnitude of the aftershock", "epi": "distance of the epicentre from Sagaing (km)",
     "bkkdist": "distance from the quake zone to Bangkok (km)", "gap": "minutes between quake and aftershock",
     "regions": "regions and states under the state of emergency", "pager": "dead the USGS model allowed for",
     "storeys": "storeys of the collapsed Bangkok tower", "bkk_dead": "dead in Bangkok",
     "tower_missing": "people unaccounted for at the Bangkok tower", "tower_dead": "bodies recovered from the tower",
     "mourn_days": "days of national mourning", "mah_fc": "toll Min Aung Hlaing expected",
     "cost": "cost of the tower (baht)", "bago_mag": "magnitude of the 1930 Bago quake",
     "bago_dead": "dead in the 1930 Bago quake",
     # dates
     "quake": "day of the quake", "toll28": "day the 144 dead were counted", "toll29": "day the 1,644 dead were counted",
     "appeal": "day Min Aung Hlaing appealed for help and the emergency was declared",
     "thai_emerg": "day Bangkok was declared an emergency zone", "bkk29": "day Bangkok gave 10 dead",
     "toll30": "day the junta gave 1,700 dead", "toll31": "day the junta gave 2,056 dead",
     "mourn_start": "start of the national mourning", "mourn_end": "end of the national mourning",
     "bkk31": "day Bangkok gave 18 dead", "toll01": "day the junta gave 2,719 dead", "silence": "day of the minute's silence",
     "alliance": "day the Three Brotherhood Alliance announced its pause", "bkk_lower": "day Bangkok lowered its toll to 17",
     "junta_cf": "day the junta announced its ceasefire", "cf_end": "end of the junta's first ceasefire",
     "toll03": "day the junta gave 3,085 dead", "tower03": "day 72 were unaccounted for at the tower",
     "bkk_raise": "day Bangkok raised its toll to 22", "toll27": "day the junta gave 3,726 dead",
     "cf2_end": "end of the extended ceasefire", "bago_year": "year of the Bago quake",
     "tower27": "day 63 bodies from the tower were counted",
    }
    ms = [
     M(R, "1,644", N, "dead", 1644, "2025-03-29"),
     M(R, "3,408", N, "injured", 3408, "2025-03-29"),
     M(R, "139", N, "missing", 139, "2025-03-29", fall=True),
     M(R, "7.7", N, "mag", 7.7, cls="mag", src="the USGS"),
     M(R, "16 km", N, "epi", 16, qual="approx", cls="len"),
     M(R, "6.7", N, "after", 6.7, cls="mag"),
     M(R, "twelve minutes", N, "gap", 12, cls="dur"),
     M(R, "144", N, "dead", 144, "2025-03-28T20"),
     M(R, "732", N, "injured", 732, "2025-03-28T20"),
     M(R, "six regions", N, "regions", 6),
     M(R, "more than 10,000", N, "pager", 10000, qual="morethan"),
     M(R, "more than 1,000 km", N, "bkkdist", 1000, qual="morethan", cls="len"),
     M(R, "30-storey", N, "storeys", 30),
     M(R, "10 people", N, "bkk_dead", 10, "2025-03-29"),
     M(R, "78", N, "tower_missing", 78, "2025-03-29", fall=True),
     M(R, "Friday", D, "quake", "2025-03-28"),
     M(R, "Saturday", D, "toll29", "2025-03-29"),
     M(R, "Friday", D, "quake", "2025-03-28", occ=2),
     M(R, "Friday", D, "toll28", "2025-03-28", occ=3),
     M(R, "Friday", D, "appeal", "2025-03-28", occ=4),
     M(R, "Saturday", D, "bkk29", "2025-03-29", occ=2),
     M(R, "Friday", D, "thai_emerg", "2025-03-28", occ=5),

     M(K, "2.056 orang", N, "dead", 2056, "2025-03-31"),
     M(K, "3.900 orang", N, "injured", 3900, "2025-03-31", "morethan"),
     M(K, "270 orang", N, "missing", 270, "2025-03-31", fall=True),
     M(K, "1.700 orang", N, "dead", 1700, "2025-03-30"),
     M(K, "7,7", N, "mag", 7.7, cls="mag", src="the USGS"),
     M(K, "7,9", N, "mag", 7.9, cls="mag", src="China's earthquake networks centre"),
     M(K, "tujuh hari", N, "mourn_days", 7, cls="dur"),
     M(K, "33 lantai", N, "storeys", 33, planted=True),
     M(K, "18 orang", N, "bkk_dead", 18, "2025-03-31"),
     M(K, "Senin (31/3/2025)", D, "toll31", "2025-03-31"),
     M(K, "Minggu (30/3/2025)", D, "toll30", "2025-03-30"),
     M(K, "Jumat (28/3/2025)", D, "quake", "2025-03-28"),
     M(K, "Senin", D, "mourn_start", "2025-03-31", occ=2),
     M(K, "6 April", D, "mourn_end", "2025-04-06"),
     M(K, "Senin", D, "bkk31", "2025-03-31", occ=3),

     M(B, "3,085", N, "dead", 3085, "2025-04-03"),
     M(B, "4,715", N, "injured", 4715, "2025-04-03"),
     M(B, "341", N, "missing", 341, "2025-04-03", fall=True),
     M(B, "2,719", N, "dead", 2719, "2025-04-01"),
     M(B, "4,521", N, "injured", 4521, "2025-04-01"),
     M(B, "441", N, "missing", 441, "2025-04-01", fall=True),
     M(B, "3,000", N, "mah_fc", 3000, qual="morethan"),
     M(B, "30-storey", N, "storeys", 30),
     M(B, "72 people", N, "tower_missing", 72, "2025-04-03", fall=True),
     M(B, "17", N, "bkk_dead", 17, "2025-04-01"),
     M(B, "22", N, "bkk_dead", 22, "2025-04-02", occ=2),
     M(B, "2.1 billion baht", N, "cost", 2.1e9, qual="approx", cls="money"),
     M(B, "Thursday", D, "toll03", "2025-04-03"),
     M(B, "Friday", D, "quake", "2025-03-28"),
     M(B, "Tuesday", D, "toll01", "2025-04-01"),
     M(B, "Tuesday", D, "silence", "2025-04-01", occ=2),
     M(B, "Wednesday", D, "junta_cf", "2025-04-02"),
     M(B, "April 22", D, "cf_end", "2025-04-22"),
     M(B, "Tuesday", D, "alliance", "2025-04-01", occ=3),
     M(B, "Thursday", D, "tower03", "2025-04-03", occ=2),
     M(B, "Tuesday", D, "bkk_lower", "2025-04-01", occ=4),
     M(B, "Wednesday", D, "bkk_raise", "2025-04-02", occ=2),

     M(T, "7,7", N, "mag", 7.7, cls="mag", src="the USGS"),
     M(T, "3.726 orang", N, "dead", 3726, "2025-04-27"),
     M(T, "5.105 orang", N, "injured", 5105, "2025-04-27"),
     M(T, "7,3", N, "bago_mag", 7.3, cls="mag"),
     M(T, "sekitar 500 orang", N, "bago_dead", 500, qual="approx"),
     M(T, "tujuh hari", N, "mourn_days", 7, cls="dur"),
     M(T, "30 lantai", N, "storeys", 30),
     M(T, "63 jenazah", N, "tower_dead", 63, "2025-04-27"),
     M(T, "31 pekerja", N, "tower_missing", 31, "2025-04-27", fall=True),
     M(T, "Jumat, 28 Maret 2025", D, "quake", "2025-03-28"),
     M(T, "Minggu, 27 April 2025", D, "toll27", "2025-04-27"),
     M(T, "1930", D, "bago_year", "1930"),
     M(T, "30 April", D, "cf2_end", "2025-04-30"),
     M(T, "22 April", D, "cf_end", "2025-04-22"),
     M(T, "6 April", D, "mourn_end", "2025-04-06"),
     M(T, "Minggu", D, "tower27", "2025-04-27", occ=2),
    ]
    build("sagaing-quake-2025", "The Myanmar earthquake on the Sagaing fault (Friday 28 March 2025, magnitude 7.7 by "
          "the USGS, 7.9 by China's centre): the junta's toll rising over days (144 -> 1,644 -> 1,700 -> 2,056 -> "
          "2,719 -> 3,085 -> 3,726), the injured rising, the missing rising then falling; in Bangkok a 30-storey tower "
          "collapsed, the city's toll (10 -> 18, lowered to 17 for a victim counted twice, -> 22) and the unaccounted "
          "for at the site falling; an aftershock's and the 1930 Bago quake's magnitudes, a model's and the junta "
          "leader's expected tolls; dates of the quake, counts, the mourning, a silence, two ceasefires announced by "
          "two sides on different days and their ends", False, ms, names)


def election():
    TE, KY, JT, AN = "tempo-oct27", "kyodo-oct28", "japantimes-nov11", "antara-nov20"
    BEFORE, NIGHT = "2024-10-09", "2024-10-27T23"
    names = {
     "ldp": "LDP seats in the lower house", "komeito": "Komeito seats in the lower house",
     "cdp": "CDP seats in the lower house", "dpp": "DPP seats in the lower house",
     "coalition": "LDP-Komeito seats in the lower house", "ishin": "Nippon Ishin seats",
     "majority": "seats needed for a majority", "chamber": "seats of the lower house",
     "women": "women elected", "turnout": "turnout (single-seat districts)", "ldp2009": "LDP seats after the 2009 election",
     "run_ishiba": "Ishiba's votes in the runoff", "run_noda": "Noda's votes in the runoff",
     "invalid": "invalid ballots in the runoff", "first_ishiba": "Ishiba's votes in the first round",
     "first_noda": "Noda's votes in the first round", "tax_now": "current tax-free income threshold",
     "tax_dpp": "tax-free income threshold the DPP demands",
     # dates
     "election": "day of the general election", "office": "day Ishiba took office", "dissolve": "day the house was dissolved",
     "ldp_vote": "day Ishiba won the LDP leadership", "results": "day the final results were in",
     "remarks": "day Ishiba said he would stay on", "y2009": "year of the 2009 election",
     "diet_vote": "day the Diet re-elected Ishiba", "y1994": "year of the last runoff",
     "cabinet": "day Ishiba launched his second cabinet", "komeito_leader": "day Komeito chose Saito",
     "stimulus": "day the stimulus goes to the cabinet",
    }
    ms = [
     M(TE, "152 kursi", N, "ldp", 152, NIGHT),
     M(TE, "17 kursi", N, "komeito", 17, NIGHT),
     M(TE, "128 kursi", N, "cdp", 128, NIGHT),
     M(TE, "98 kursi", N, "cdp", 98, BEFORE),
     M(TE, "233", N, "majority", 233),
     M(TE, "465 kursi", N, "chamber", 465),
     M(TE, "Minggu, 27 Oktober 2024", D, "election", "2024-10-27"),
     M(TE, "1 Oktober 2024", D, "office", "2024-10-01"),
     M(TE, "9 Oktober", D, "dissolve", "2024-10-09"),
     M(TE, "27 September", D, "ldp_vote", "2024-09-27"),

     M(KY, "191 seats", N, "ldp", 191, "final"),
     M(KY, "24", N, "komeito", 24, "final"),
     M(KY, "215 seats", N, "coalition", 215, "final", fall=True),
     M(KY, "233", N, "majority", 233),
     M(KY, "465-seat", N, "chamber", 465),
     M(KY, "279 seats", N, "coalition", 279, BEFORE, fall=True),
     M(KY, "148 seats", N, "cdp", 148, "final"),
     M(KY, "98", N, "cdp", 98, BEFORE),
     M(KY, "28 seats", N, "dpp", 28, "final"),
     M(KY, "seven", N, "dpp", 7, BEFORE),
     M(KY, "38 seats", N, "ishin", 38, "final"),
     M(KY, "73 women", N, "women", 73),
     M(KY, "53.85 percent", N, "turnout", 53.85, cls="pct"),
     M(KY, "119 seats", N, "ldp2009", 119),
     M(KY, "Sunday", D, "election", "2024-10-27"),
     M(KY, "Monday", D, "results", "2024-10-28"),
     M(KY, "Oct. 9", D, "dissolve", "2024-10-09"),
     M(KY, "2009", D, "y2009", "2009"),
     M(KY, "Oct. 1", D, "office", "2024-10-01"),
     M(KY, "Monday", D, "remarks", "2024-10-28", occ=2),

     M(JT, "221 votes", N, "run_ishiba", 221),
     M(JT, "160", N, "run_noda", 160),
     M(JT, "84 ballots", N, "invalid", 84),
     M(JT, "221 votes", N, "first_ishiba", 221, occ=2),
     M(JT, "151", N, "first_noda", 151),
     M(JT, "28 seats", N, "dpp", 28, "final"),
     M(JT, "146 seats", N, "cdp", 146, "final", planted=True),
     M(JT, "465-member", N, "chamber", 465),
     M(JT, "Monday", D, "diet_vote", "2024-11-11"),
     M(JT, "Oct. 27", D, "election", "2024-10-27"),
     M(JT, "1994", D, "y1994", "1994"),
     M(JT, "Monday", D, "cabinet", "2024-11-11", occ=2),
     M(JT, "Saturday", D, "komeito_leader", "2024-11-09"),

     M(AN, "221 suara", N, "run_ishiba", 221),
     M(AN, "160 suara", N, "run_noda", 160),
     M(AN, "215", N, "coalition", 215, "final", fall=True),
     M(AN, "465 kursi", N, "chamber", 465),
     M(AN, "sekitar 54 persen", N, "turnout", 54, qual="approx", cls="pct"),
     M(AN, "tujuh kursi", N, "dpp", 7, BEFORE),
     M(AN, "28 kursi", N, "dpp", 28, "final"),
     M(AN, "1,03 juta yen", N, "tax_now", 1.03e6, cls="money"),
     M(AN, "1,78 juta yen", N, "tax_dpp", 1.78e6, cls="money"),
     M(AN, "148 kursi", N, "cdp", 148, "final"),
     M(AN, "Selasa (12/11/2024)", D, "diet_vote", "2024-11-12", planted=True),
     M(AN, "27 Oktober", D, "election", "2024-10-27"),
     M(AN, "Jumat (22/11/2024)", D, "stimulus", "2024-11-22"),
    ]
    build("japan-election-2024", "Japan's general election of Sunday 27 October 2024: the LDP (191) and Komeito (24) "
          "fall to 215 of 465 seats, short of 233, from 279 before the dissolution; the CDP 98 -> 148, the DPP 7 -> 28; "
          "an election-night count below the final seats; turnout, women elected, the 2009 defeat recalled; the Diet's "
          "runoff of Monday 11 November (Ishiba 221, Noda 160, 84 invalid; first round 221 to 151), the second cabinet "
          "the same day, Komeito's new leader two days before; dates of the LDP leadership vote, the swearing-in, the "
          "dissolution, the results and remarks, the stimulus", False, ms, names)


def rbi():
    RE, KO, MI, CN = "reuters-feb08", "kontan-feb09", "livemint-feb10", "cnbcindonesia-feb14"
    OLD, NEW = "2023-02-07", "2023-02-08"
    names = {
     "repo": "RBI policy repo rate", "hike": "size of the February hike (bp)", "cum": "tightening since May 2022 (bp)",
     "next": "hike economists expect in April (bp)", "ayes": "MPC members voting for the hike",
     "noes": "MPC members voting against the hike", "members": "MPC members", "st_ayes": "votes for the stance",
     "st_noes": "votes against the stance", "sdf": "standing deposit facility rate", "msf": "marginal standing facility rate",
     "bankrate": "Bank Rate", "infl23": "RBI inflation projection for 2022/23", "infl24": "RBI inflation projection for 2023/24",
     "infl_q1": "RBI inflation projection for April-June 2023", "gdp24": "RBI growth projection for 2023/24",
     "gdp_q1": "RBI growth projection for April-June 2023", "gdp_q4": "RBI growth projection for January-March 2024",
     "crude": "crude oil price assumption (US$ a barrel)", "cpi_dec": "retail inflation in December 2022",
     "cpi_jan": "retail inflation in January 2023", "deficit": "fiscal deficit target for 2023/24 (% of GDP)",
     "target": "RBI inflation target", "upper": "upper end of the RBI tolerance band", "yield": "10-year bond yield",
     "loan": "example home loan", "emi": "added monthly instalment", "tenor": "example loan's tenor",
     "passthrough": "months for banks to pass on a hike", "bond_tenor": "tenor of the benchmark bond",
     "gap": "days between the decision and the January inflation data", "rupee": "rupees per US dollar",
     # dates
     "decision": "day of the RBI decision", "hikes_start": "month the hikes began", "fyend": "end of the fiscal year 2022/23",
     "dec_month": "month of the 5.72% inflation", "budget": "day of the union budget", "meeting": "day the MPC meeting began",
     "next_meeting": "day the next MPC meeting ends", "jan_month": "month of the 6.52% inflation",
     "release": "day the January inflation data were released", "das_said": "day Das spoke of the fight against inflation",
     "rupee_day": "day the rupee traded at 82.8",
    }
    ms = [
     M(RE, "25 basis points", N, "hike", 25, cls="bp"),
     M(RE, "6.50%", N, "repo", 6.5, NEW, cls="pct"),
     M(RE, "4-2", N, "ayes", 4, also={"noes": 2}),
     M(RE, "6.25%", N, "repo", 6.25, OLD, cls="pct"),
     M(RE, "two external members", N, "noes", 2),
     M(RE, "250 basis points", N, "cum", 250, cls="bp"),
     M(RE, "6.25%", N, "sdf", 6.25, cls="pct", occ=2),
     M(RE, "6.75%", N, "msf", 6.75, cls="pct", also={"bankrate": 6.75}),
     M(RE, "6.5%", N, "infl23", 6.5, NEW, cls="pct", fall=True),
     M(RE, "5.3%", N, "infl24", 5.3, cls="pct"),
     M(RE, "6.4%", N, "gdp24", 6.4, cls="pct"),
     M(RE, "$95", N, "crude", 95, cls="money"),
     M(RE, "5.72%", N, "cpi_dec", 5.72, cls="pct"),
     M(RE, "4-2", N, "st_ayes", 4, also={"st_noes": 2}, occ=2),
     M(RE, "5.9%", N, "deficit", 5.9, cls="pct"),
     M(RE, "Wednesday", D, "decision", "2023-02-08"),
     M(RE, "May 2022", D, "hikes_start", "2022-05"),
     M(RE, "March", D, "fyend", "2023-03"),
     M(RE, "December", D, "dec_month", "2022-12"),
     M(RE, "Feb. 1", D, "budget", "2023-02-01"),

     M(KO, "25 basis poin", N, "hike", 25, cls="bp"),
     M(KO, "6,50%", N, "repo", 6.5, NEW, cls="pct"),
     M(KO, "250 basis poin", N, "cum", 250, cls="bp"),
     M(KO, "enam orang", N, "members", 6),
     M(KO, "4 berbanding 2", N, "ayes", 4, also={"noes": 2}),
     M(KO, "6,25%", N, "sdf", 6.25, cls="pct"),
     M(KO, "6,75%", N, "msf", 6.75, cls="pct"),
     M(KO, "6,5%", N, "infl23", 6.5, NEW, cls="pct", fall=True),
     M(KO, "6,7%", N, "infl23", 6.7, "2022-12-07", cls="pct", fall=True),
     M(KO, "5,3%", N, "infl24", 5.3, cls="pct"),
     M(KO, "6,4%", N, "gdp24", 6.4, cls="pct"),
     M(KO, "US$ 95", N, "crude", 95, cls="money"),
     M(KO, "5,72%", N, "cpi_dec", 5.72, cls="pct"),
     M(KO, "Rabu (8/2/2023)", D, "decision", "2023-02-08"),
     M(KO, "Mei 2022", D, "hikes_start", "2022-05"),
     M(KO, "Desember 2022", D, "dec_month", "2022-12"),
     M(KO, "Senin (6/2/2023)", D, "meeting", "2023-02-06"),
     M(KO, "6 April 2023", D, "next_meeting", "2023-04-06"),

     M(MI, "25 basis points", N, "hike", 25, cls="bp"),
     M(MI, "6.5%", N, "repo", 6.5, NEW, cls="pct"),
     M(MI, "250 basis points", N, "cum", 250, cls="bp"),
     M(MI, "4%", N, "repo", 4, "2022-05-03", cls="pct"),
     M(MI, "four members", N, "ayes", 4),
     M(MI, "six-member", N, "members", 6),
     M(MI, "two", N, "noes", 2),
     M(MI, "three months", N, "passthrough", 3, qual="approx", cls="dur"),
     M(MI, "20-year", N, "tenor", 20, cls="dur"),
     M(MI, "₹50 lakh", N, "loan", 5e6, cls="money"),
     M(MI, "25 basis point", N, "hike", 25, cls="bp"),
     M(MI, "₹800", N, "emi", 800, qual="approx", cls="money"),
     M(MI, "6.25%", N, "sdf", 6.25, cls="pct"),
     M(MI, "5.3%", N, "infl24", 5.3, cls="pct"),
     M(MI, "5%", N, "infl_q1", 5, cls="pct"),
     M(MI, "6.4%", N, "gdp24", 6.4, cls="pct"),
     M(MI, "7.8%", N, "gdp_q1", 7.8, cls="pct"),
     M(MI, "5.8%", N, "gdp_q4", 5.8, cls="pct"),
     M(MI, "Wednesday", D, "decision", "2023-02-08"),
     M(MI, "May 2022", D, "hikes_start", "2022-05"),
     M(MI, "Wednesday", D, "das_said", "2023-02-08", occ=2),

     M(CN, "6,52%", N, "cpi_jan", 6.52, cls="pct"),
     M(CN, "6%", N, "upper", 6, cls="pct"),
     M(CN, "lima hari", N, "gap", 5, cls="dur"),
     M(CN, "25 basis poin", N, "hike", 25, cls="bp"),
     M(CN, "6,25%", N, "repo", 6.25, OLD, cls="pct"),
     M(CN, "6,50%", N, "repo", 6.5, NEW, cls="pct"),
     M(CN, "5,72%", N, "cpi_dec", 5.72, cls="pct"),
     M(CN, "6,5%", N, "infl23", 6.5, NEW, cls="pct", fall=True),
     M(CN, "5,3%", N, "infl24", 5.3, cls="pct"),
     M(CN, "4%", N, "target", 4, cls="pct"),
     M(CN, "25 basis poin", N, "next", 25, cls="bp", occ=2),
     M(CN, "10 tahun", N, "bond_tenor", 10, cls="dur"),
     M(CN, "7,38%", N, "yield", 7.38, qual="approx", cls="pct"),
     M(CN, "Januari 2023", D, "jan_month", "2023-01"),
     M(CN, "Senin (13/2/2023)", D, "release", "2023-02-13"),
     M(CN, "Rabu (8/2/2023)", D, "decision", "2023-02-08"),
     M(CN, "Desember 2022", D, "dec_month", "2022-12"),
     M(CN, "6 April 2023", D, "next_meeting", "2023-04-06"),
     M(CN, "Selasa (14/2/2023)", D, "rupee_day", "2023-02-14"),
    ]
    build("rbi-repo-2023", "The Reserve Bank of India's decision of Wednesday 8 February 2023 (control): the repo "
          "rate raised 25 basis points from 6.25% to 6.50% by a 4-2 vote, 250 basis points since May 2022, the standing "
          "deposit facility at 6.25% and the marginal standing facility and Bank Rate at 6.75%, inflation projected at "
          "6.5% for 2022/23 (from 6.7%) and 5.3% for 2023/24, growth at 6.4%, crude at $95; December inflation 5.72%, "
          "January's 6.52% released on its own day, the budget and the next meeting on theirs. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    quake()
    election()
    rbi()
