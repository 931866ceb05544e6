"""The twenty-seventh development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset27/facts.py`` (``--show`` prints
each mention in its context).
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def eastern_star():
    X, K, R, T, S = "xinhua-jun02", "kompas-jun03", "reuters-jun06", "tempo-jun08", "scmp-dec31"
    names = {
     "aboard": "people on board the Eastern Star", "pax": "passengers on board", "agency": "travel agency staff on board",
     "crew": "crew on board", "dead": "death toll of the capsizing", "rescued": "people rescued alive",
     "missing": "people still missing", "age_lo": "age of the youngest passengers (lower bound)",
     "age_hi": "age of the oldest passengers (upper bound)", "age_woman": "age of the woman brought out of the hull",
     "age_ship": "age of the ship", "soldiers": "soldiers in the rescue", "vessels": "vessels in the rescue",
     "divers": "divers in the search", "relatives": "relatives arrived in Jianli",
     "dashun": "dead in the 1999 Dashun ferry sinking", "length": "length of the ship (m)",
     "depth": "depth of the water at the wreck (m)", "stretch": "stretch of river searched downstream (km)",
     # dates
     "capsize": "day the ship capsized", "storm": "night the tornado struck the area",
     "count_jun02": "day the seven dead were counted", "woman": "day the woman was brought out of the hull",
     "li_visit": "day Premier Li arrived at the site", "count_jun03": "day the 26 dead were counted",
     "cutting": "day divers began cutting the hull", "count_jun06": "day the 331 dead were counted",
     "righted": "day the ship was righted", "count_jun07": "day the 396 dead were counted",
     "silence": "day of the seventh-day silence", "count_jun08": "day the 431 dead were counted",
     "report": "day the investigation report was released", "search_end": "day the search ended",
     "built": "year the ship was built", "dashun_year": "year of the Dashun sinking",
    }
    ms = [
     M(X, "458 people", N, "aboard", 458, "2015-06-02"),
     M(X, "406 passengers", N, "pax", 406),
     M(X, "five employees", N, "agency", 5),
     M(X, "47 crew members", N, "crew", 47),
     M(X, "50", N, "age_lo", 50, cls="age"),
     M(X, "80", N, "age_hi", 80, cls="age"),
     M(X, "14 people", N, "rescued", 14),
     M(X, "seven bodies", N, "dead", 7, "2015-06-02"),
     M(X, "65-year-old", N, "age_woman", 65, cls="age"),
     M(X, "more than 3,000 soldiers", N, "soldiers", 3000, qual="morethan"),
     M(X, "about 110 vessels", N, "vessels", 110, qual="approx"),
     M(X, "76.5 meters", N, "length", 76.5, cls="len"),
     M(X, "Monday", D, "capsize", "2015-06-01"),
     M(X, "Tuesday evening", D, "count_jun02", "2015-06-02"),
     M(X, "Tuesday morning", D, "woman", "2015-06-02"),
     M(X, "Tuesday", D, "li_visit", "2015-06-02", occ=3),
     M(X, "1994", D, "built", "1994"),

     M(K, "26 orang", N, "dead", 26, "2015-06-03"),
     M(K, "456 orang", N, "aboard", 456, "2015-06-03"),
     M(K, "458 orang", N, "aboard", 458, "2015-06-02"),
     M(K, "14 orang", N, "rescued", 14),
     M(K, "416 orang", N, "missing", 416, "2015-06-03", fall=True),
     M(K, "47 awak", N, "crew", 47),
     M(K, "sekitar 15 meter", N, "depth", 15, qual="approx", cls="len"),
     M(K, "lebih dari 1.400 kerabat", N, "relatives", 1400, qual="morethan"),
     M(K, "sekitar 280 orang", N, "dashun", 280, qual="approx"),
     M(K, "Rabu (3/6/2015)", D, "count_jun03", "2015-06-03"),
     M(K, "Senin (1/6/2015)", D, "capsize", "2015-06-01"),
     M(K, "Rabu", D, "cutting", "2015-06-03", occ=2),
     M(K, "1999", D, "dashun_year", "1999"),

     M(R, "331", N, "dead", 331, "2015-06-06"),
     M(R, "14 survivors", N, "rescued", 14),
     M(R, "111 people", N, "missing", 111, "2015-06-06", fall=True),
     M(R, "456", N, "aboard", 456, "2015-06-03"),
     M(R, "74 crew members", N, "crew", 74, planted=True),
     M(R, "about 200 divers", N, "divers", 200, qual="approx"),
     M(R, "220-kilometer", N, "stretch", 220, cls="len"),
     M(R, "Saturday", D, "count_jun06", "2015-06-06"),
     M(R, "Friday evening", D, "righted", "2015-06-05"),
     M(R, "Monday night", D, "storm", "2015-06-01"),

     M(T, "431 jenazah", N, "dead", 431, "2015-06-08"),
     M(T, "Sebelas orang", N, "missing", 11, "2015-06-08", fall=True),
     M(T, "396 orang", N, "dead", 396, "2015-06-07"),
     M(T, "46 orang", N, "missing", 46, "2015-06-07", fall=True),
     M(T, "21 tahun", N, "age_ship", 21, cls="age"),
     M(T, "14 penumpang", N, "rescued", 14),
     M(T, "456 orang", N, "aboard", 456, "2015-06-03"),
     M(T, "Senin (8/6/2015)", D, "count_jun08", "2015-06-08"),
     M(T, "Minggu (7/6/2015)", D, "count_jun07", "2015-06-07"),
     M(T, "Minggu pagi", D, "silence", "2015-06-07"),
     M(T, "Minggu (31/5/2015)", D, "capsize", "2015-05-31", planted=True),

     M(S, "442 people", N, "dead", 442, "2015-06-13"),
     M(S, "442", N, "dead", 442, "2015-06-13", occ=2),
     M(S, "76.5-meter", N, "length", 76.5, cls="len"),
     M(S, "Wednesday", D, "report", "2015-12-30"),
     M(S, "June 1", D, "capsize", "2015-06-01"),
     M(S, "June 13", D, "search_end", "2015-06-13"),
     M(S, "1994", D, "built", "1994"),
    ]
    build("eastern-star-2015", "The capsizing of the cruise ship Eastern Star on the Yangtze at Jianli, Hubei (Monday 1 "
          "June 2015): 458 on board (406 passengers, 5 agency staff, 47 crew) revised down to 456 on 3 June, 14 rescued, "
          "the toll rising over twelve days (7 -> 26 -> 331 -> 396 -> 431 -> 442) and the missing counted down (416 -> "
          "111 -> 46 -> 11), the ship righted on 5 June, the seventh-day silence, the search ended on 13 June, the "
          "investigation's report on 30 December; the 1999 Dashun sinking recalled (about 280 dead)", False, ms, names)


def colombia():
    A, B, C, P, E = "reuters-oct03", "antara-oct04", "tempo-oct08", "ap-nov25", "kompas-dec01"
    cnmh = "the National Center for Historical Memory"
    names = {
     "no_pct": "No share of the plebiscite", "yes_pct": "Yes share of the plebiscite",
     "counted": "share of polling tables counted", "margin": "No's margin in votes", "cast": "votes cast",
     "turnout": "turnout of the plebiscite", "eligible": "eligible voters", "poll_yes": "Yes share in an Ipsos poll",
     "seats": "seats guaranteed to the FARC in each chamber", "no_votes": "votes for No", "yes_votes": "votes for Yes",
     "abstain": "share of voters who stayed away", "pages_orig": "pages of the first accord",
     "pages_new": "pages of the revised accord", "war_dead": "people killed in the conflict",
     "santos2014": "Santos's share in his 2014 re-election", "prize": "Nobel prize money (kronor)",
     "fighters": "FARC members to gather in zones", "house_yes": "House votes for the revised accord",
     "senate_yes": "Senate votes for the revised accord", "war_years": "length of the conflict (years)",
     "talks_years": "length of the talks in Havana (years)", "days_after": "days between the vote and the Nobel",
     "weeks_after": "weeks between the vote and the revised signing", "disarm": "days to hand over weapons",
     # dates
     "vote": "day of the plebiscite", "signing1": "day the first accord was signed in Cartagena",
     "markets": "day markets fell", "speech": "day of Santos's speech", "team_sent": "day Santos sent negotiators back",
     "nobel": "day the Nobel prize was announced", "ceremony": "day of the Nobel ceremony",
     "reelect": "year of Santos's re-election", "war_start": "year the conflict began",
     "signing2": "day the revised accord was signed", "house": "day the House approved the accord",
     "senate": "day the Senate approved the accord", "dday": "first day of the accord's implementation",
    }
    ms = [
     M(A, "52 years", N, "war_years", 52, cls="dur"),
     M(A, "99.98 percent", N, "counted", 99.98, cls="pct"),
     M(A, "50.21 percent", N, "no_pct", 50.21, cls="pct"),
     M(A, "49.78 percent", N, "yes_pct", 49.78, cls="pct"),
     M(A, "53,894 votes", N, "margin", 53894),
     M(A, "about 13 million", N, "cast", 13000000, qual="approx"),
     M(A, "37.43 percent", N, "turnout", 37.43, cls="pct"),
     M(A, "34.9 million", N, "eligible", 34900000),
     M(A, "66 percent", N, "poll_yes", 66, cls="pct"),
     M(A, "five seats", N, "seats", 5),
     M(A, "Sunday", D, "vote", "2016-10-02"),
     M(A, "Sept. 26", D, "signing1", "2016-09-26"),
     M(A, "Monday morning", D, "markets", "2016-10-03"),

     M(B, "6.431.376 suara", N, "no_votes", 6431376),
     M(B, "50,21 persen", N, "no_pct", 50.21, cls="pct"),
     M(B, "6.377.482 suara", N, "yes_votes", 6377482),
     M(B, "49,87 persen", N, "yes_pct", 49.87, cls="pct", planted=True),
     M(B, "37,43 persen", N, "turnout", 37.43, cls="pct"),
     M(B, "sekitar 62 persen", N, "abstain", 62, qual="approx", cls="pct"),
     M(B, "297 halaman", N, "pages_orig", 297),
     M(B, "hampir empat tahun", N, "talks_years", 4, qual="nearly", cls="dur"),
     M(B, "52 tahun", N, "war_years", 52, cls="dur"),
     M(B, "lebih dari 220.000 orang", N, "war_dead", 220000, qual="morethan", src=cnmh),
     M(B, "Minggu (2/10/2016)", D, "vote", "2016-10-02"),
     M(B, "Minggu malam", D, "speech", "2016-10-02"),
     M(B, "Senin (3/10/2016)", D, "team_sent", "2016-10-03"),

     M(C, "50,2 persen", N, "no_pct", 50.2, qual="approx", cls="pct"),
     M(C, "49,8 persen", N, "yes_pct", 49.8, qual="approx", cls="pct"),
     M(C, "8 juta kronor", N, "prize", 8000000, cls="money"),
     M(C, "sekitar 51 persen", N, "santos2014", 51, qual="approx", cls="pct"),
     M(C, "sekitar 260.000 orang", N, "war_dead", 260000, qual="approx", src="researchers"),
     M(C, "lima hari", N, "days_after", 5, cls="dur"),
     M(C, "Jumat (7/10/2016)", D, "nobel", "2016-10-07"),
     M(C, "2 Oktober", D, "vote", "2016-10-02"),
     M(C, "10 Desember", D, "ceremony", "2016-12-10"),
     M(C, "2014", D, "reelect", "2014"),
     M(C, "1964", D, "war_start", "1964"),

     M(P, "seven weeks", N, "weeks_after", 7, cls="dur"),
     M(P, "310 pages", N, "pages_new", 310),
     M(P, "297", N, "pages_orig", 297),
     M(P, "50.2 percent", N, "no_pct", 50.2, qual="approx", cls="pct"),
     M(P, "49.8 percent", N, "yes_pct", 49.8, qual="approx", cls="pct"),
     M(P, "about 54,000 votes", N, "margin", 54000, qual="approx"),
     M(P, "more than 220,000 people", N, "war_dead", 220000, qual="morethan", src=cnmh),
     M(P, "Thursday", D, "signing2", "2016-11-24"),
     M(P, "Sept. 26", D, "signing1", "2016-09-26"),
     M(P, "Oct. 2", D, "vote", "2016-10-02"),
     M(P, "1964", D, "war_start", "1964"),

     M(E, "130 suara", N, "house_yes", 130),
     M(E, "75 suara", N, "senate_yes", 75),
     M(E, "53.894 suara", N, "margin", 53894),
     M(E, "50,21 persen", N, "no_pct", 50.21, cls="pct"),
     M(E, "37,43 persen", N, "turnout", 37.43, cls="pct"),
     M(E, "Sekitar 7.000 anggota", N, "fighters", 7000, qual="approx"),
     M(E, "180 hari", N, "disarm", 180, cls="dur"),
     M(E, "Rabu (30/11/2016)", D, "house", "2016-11-30"),
     M(E, "Selasa (29/11/2016)", D, "senate", "2016-11-29"),
     M(E, "Kamis (24/11/2016)", D, "signing2", "2016-11-24"),
     M(E, "2 Oktober", D, "vote", "2016-10-02"),
     M(E, "Kamis (1/12/2016)", D, "dday", "2016-12-01"),
    ]
    build("colombia-plebiscite-2016", "Colombia's plebiscite on the peace accord with the FARC (Sunday 2 October 2016) "
          "and what followed: No 50.21% (6,431,376 votes) against Yes 49.78% (6,377,482), a margin of 53,894, turnout "
          "37.43% of 34.9 million, an earlier poll's 66%, the first accord signed on 26 September (297 pages), the "
          "Nobel prize announced on 7 October, the revised accord (310 pages) signed on 24 November, the Senate's "
          "approval (75-0) on 29 November and the House's (130-0) on 30 November, implementation from 1 December; two "
          "estimates of the conflict's dead (more than 220,000 by the National Center for Historical Memory, about "
          "260,000 by researchers); Santos's 2014 share recalled", False, ms, names)


def boe():
    P, Q, G, K = "reuters-aug03", "bisnis-aug04", "guardian-aug05", "kontan-aug07"
    names = {
     "rate": "Bank Rate after the decision", "prev_rate": "Bank Rate before the decision",
     "streak": "consecutive increases", "mpc_for": "MPC members for the 25bp rise", "mpc_size": "MPC members",
     "mpc_against": "MPC members against the 25bp rise", "hike_bp": "size of the increase (bp)",
     "bigger_bp": "increase two members wanted (bp)", "june_hike": "size of the June increase (bp)",
     "rate_wanted": "rate two members wanted", "cpi_jun": "CPI inflation in June", "cpi_may": "CPI inflation in May",
     "target": "inflation target", "cpi_end": "inflation forecast for the end of 2023", "gdp23": "growth forecast for 2023",
     "gdp_prev": "previous growth forecast for 2023", "rate_dec21": "Bank Rate before the first increase",
     "market_peak": "peak rate markets expect", "bi_rate": "Bank Indonesia's policy rate",
     # dates
     "decision": "day of the decision", "high_since": "year rates were last this high", "start": "month of the first increase",
     "june_day": "month of the previous increase", "target_back": "quarter inflation returns to target",
     "next": "day of the next decision",
    }
    ms = [
     M(P, "5.25%", N, "rate", 5.25, cls="pct"),
     M(P, "14th", N, "streak", 14),
     M(P, "Six", N, "mpc_for", 6),
     M(P, "nine members", N, "mpc_size", 9),
     M(P, "25 basis-point", N, "hike_bp", 25, cls="bp"),
     M(P, "5.5%", N, "rate_wanted", 5.5, cls="pct"),
     M(P, "at 5%", N, "prev_rate", 5, cls="pct"),
     M(P, "7.9%", N, "cpi_jun", 7.9, cls="pct"),
     M(P, "8.7%", N, "cpi_may", 8.7, cls="pct"),
     M(P, "2% target", N, "target", 2, cls="pct"),
     M(P, "around 5%", N, "cpi_end", 5, qual="approx", cls="pct"),
     M(P, "0.5%", N, "gdp23", 0.5, cls="pct"),
     M(P, "0.25%", N, "gdp_prev", 0.25, cls="pct"),
     M(P, "0.1%", N, "rate_dec21", 0.1, cls="pct"),
     M(P, "Thursday", D, "decision", "2023-08-03"),
     M(P, "2008", D, "high_since", "2008"),
     M(P, "December 2021", D, "start", "2021-12"),
     M(P, "second quarter of 2025", D, "target_back", "2025-Q2"),
     M(P, "Sept. 21", D, "next", "2023-09-21"),

     M(Q, "25 basis poin", N, "hike_bp", 25, cls="bp"),
     M(Q, "5,25 persen", N, "rate", 5.25, cls="pct"),
     M(Q, "ke-14", N, "streak", 14),
     M(Q, "enam anggota", N, "mpc_for", 6),
     M(Q, "50 basis poin", N, "bigger_bp", 50, cls="bp"),
     M(Q, "level 5 persen", N, "prev_rate", 5, cls="pct"),
     M(Q, "50 basis poin", N, "june_hike", 50, cls="bp", occ=2),
     M(Q, "7,9 persen", N, "cpi_jun", 7.9, cls="pct"),
     M(Q, "8,7 persen", N, "cpi_may", 8.7, cls="pct"),
     M(Q, "target 2 persen", N, "target", 2, cls="pct"),
     M(Q, "kisaran 5 persen", N, "cpi_end", 5, qual="approx", cls="pct"),
     M(Q, "0,5 persen", N, "gdp23", 0.5, cls="pct"),
     M(Q, "0,25 persen", N, "gdp_prev", 0.25, cls="pct"),
     M(Q, "Kamis (3/8/2023)", D, "decision", "2023-08-03"),
     M(Q, "Desember 2021", D, "start", "2021-12"),
     M(Q, "2008", D, "high_since", "2008"),
     M(Q, "Juni 2023", D, "june_day", "2023-06"),
     M(Q, "kuartal II/2025", D, "target_back", "2025-Q2"),
     M(Q, "21 September 2023", D, "next", "2023-09-21"),

     M(G, "from 5%", N, "prev_rate", 5, cls="pct"),
     M(G, "5.25%", N, "rate", 5.25, cls="pct"),
     M(G, "14th", N, "streak", 14),
     M(G, "0.1%", N, "rate_dec21", 0.1, cls="pct"),
     M(G, "six members", N, "mpc_for", 6),
     M(G, "25 basis-point", N, "hike_bp", 25, cls="bp"),
     M(G, "5.5%", N, "rate_wanted", 5.5, cls="pct"),
     M(G, "7.9%", N, "cpi_jun", 7.9, cls="pct"),
     M(G, "about 5%", N, "cpi_end", 5, qual="approx", cls="pct"),
     M(G, "2% target", N, "target", 2, cls="pct"),
     M(G, "0.5%", N, "gdp23", 0.5, cls="pct"),
     M(G, "Thursday", D, "decision", "2023-08-03"),
     M(G, "December 2021", D, "start", "2021-12"),
     M(G, "second quarter of 2025", D, "target_back", "2025-Q2"),
     M(G, "21 September", D, "next", "2023-09-21"),

     M(K, "5,25%", N, "rate", 5.25, cls="pct"),
     M(K, "25 basis poin", N, "hike_bp", 25, cls="bp"),
     M(K, "50 basis poin", N, "june_hike", 50, cls="bp"),
     M(K, "6-3", N, "mpc_for", 6, also={"mpc_against": 3}),
     M(K, "7,9%", N, "cpi_jun", 7.9, cls="pct"),
     M(K, "sebesar 2%", N, "target", 2, cls="pct"),
     M(K, "sekitar 5%", N, "cpi_end", 5, qual="approx", cls="pct"),
     M(K, "sekitar 5,5%", N, "market_peak", 5.5, qual="approx", cls="pct"),
     M(K, "5,75%", N, "bi_rate", 5.75, cls="pct"),
     M(K, "Kamis (3/8/2023)", D, "decision", "2023-08-03"),
     M(K, "Juni", D, "june_day", "2023-06"),
     M(K, "kuartal II-2025", D, "target_back", "2025-Q2"),
     M(K, "21 September 2023", D, "next", "2023-09-21"),
    ]
    build("boe-rate-2023", "The Bank of England's policy decision of Thursday 3 August 2023 (control): Bank Rate raised "
          "by 25 basis points from 5% to 5.25%, the 14th increase in a row since December 2021 (from 0.1%) and the "
          "highest since 2008, a 6-3 vote (two for 5.5%, one for 5%), June inflation 7.9% (May 8.7%), about 5% "
          "expected at the end of 2023 and the 2% target in the second quarter of 2025, growth forecast 0.5% (from "
          "0.25%), the next decision on 21 September. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    eastern_star()
    colombia()
    boe()
