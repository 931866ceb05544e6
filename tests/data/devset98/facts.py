"""The ninety-eighth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset98/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kostenko():
    R1, K, DT, R2 = "reuters-oct28", "kompas-oct29", "detik-oct31", "reuters-dec08"
    # the running toll of the dead (bodies found) and of the miners still sought: Saturday 28 October at midday and
    # in the evening, Sunday 29 October at 09.00, 15.00 and 20.00, Tuesday 31 October (the 46th), Friday 8 December
    SAT12, SAT20, SUN09, SUN15, SUN20, TUE31, DEC08 = (
        "2023-10-28T12", "2023-10-28T20", "2023-10-29T09", "2023-10-29T15", "2023-10-29T20", "2023-10-31",
        "2023-12-08")
    COMPANY, MINISTRY = "ArcelorMittal Temirtau", "the emergencies ministry"
    names = {
     "dead": "miners killed in the fire", "missing": "miners still sought", "in_mine": "people in the mine",
     "evacuated": "people brought out of the mine", "hospitalised": "miners taken to hospital",
     "depth": "depth of the level where the fire began", "gap": "months since the August accident",
     "kaz_dead": "miners killed at the Kazakhstanskaya mine in August", "toll2006": "miners killed in the 2006 accident",
     "identified": "victims identified", "unidentified": "bodies not yet identified",
     "self_out": "miners who came out on their own", "rescued_out": "people brought out by rescuers",
     "distance": "distance between the two search areas", "weeks_since": "weeks from the fire to the sale",
     "price": "price of the unit (dollars)", "repay": "repayment of intra-group debts (dollars)",
     "loan": "intra-group loan repaid in instalments (dollars)", "valuation": "book value of the assets (dollars)",
     "equity_hit": "hit to equity (dollars)", "donation": "donation to the foundation (dollars)",
     # dates
     "fire_day": "day of the fire", "mourning": "day of national mourning", "since1995": "year ArcelorMittal took over",
     "count42_day": "day of the count of 42", "count45_day": "day of the count of 45",
     "count46_day": "day the 46th miner was found", "y2006": "year of the earlier accident",
     "takeover_by": "month the takeover was due", "prelim_terms": "day the preliminary terms were agreed",
     "sale_day": "day the sale was completed", "valuation_day": "day of the asset valuation",
     "order_day": "day the president ordered the end of cooperation", "kaz_month": "month of the Kazakhstanskaya accident",
    }
    ms = [
     M(R1, "At least 32 miners", N, "dead", 32, SAT20, qual="atleast"),
     M(R1, "Saturday", D, "fire_day", "2023-10-28"),
     M(R1, "14 others", N, "missing", 14, SAT20, fall=True),
     M(R1, "700 metres", N, "depth", 700, cls="m"),
     M(R1, "252 people", N, "in_mine", 252),
     M(R1, "205", N, "evacuated", 205, src=COMPANY),
     M(R1, "Eighteen", N, "hospitalised", 18),
     M(R1, "21", N, "dead", 21, SAT12),
     M(R1, "Sunday", D, "mourning", "2023-10-29"),
     M(R1, "two months", N, "gap", 2, cls="dur"),
     M(R1, "five miners", N, "kaz_dead", 5),
     M(R1, "1995", D, "since1995", "1995"),

     M(K, "42 orang", N, "dead", 42, SUN15),
     M(K, "Minggu (29/10/2023)", D, "count42_day", "2023-10-29"),
     M(K, "4 penambang", N, "missing", 4, SUN15, fall=True),
     M(K, "35 orang", N, "dead", 35, SUN09),
     M(K, "11 penambang", N, "missing", 11, SUN09, fall=True),
     M(K, "Sabtu (28/10/2023)", D, "fire_day", "2023-10-28"),
     M(K, "225 orang", N, "in_mine", 225, planted=True),
     M(K, "205 orang", N, "evacuated", 205, src=COMPANY),
     M(K, "Minggu", D, "mourning", "2023-10-29", occ=2),
     M(K, "2006", D, "y2006", "2006"),
     M(K, "41 penambang", N, "toll2006", 41),

     M(DT, "Sabtu (28/10/2023)", D, "fire_day", "2023-10-28"),
     M(DT, "46 orang", N, "dead", 46, TUE31),
     M(DT, "Selasa (31/10/2023)", D, "count46_day", "2023-10-31"),
     M(DT, "40 korban", N, "identified", 40),
     M(DT, "6 jenazah", N, "unidentified", 6),
     M(DT, "Minggu", D, "count45_day", "2023-10-29"),
     M(DT, "45 jenazah", N, "dead", 45, SUN20),
     M(DT, "satu penambang", N, "missing", 1, SUN20, fall=True),
     M(DT, "206 orang", N, "evacuated", 206, src=MINISTRY),
     M(DT, "201 penambang", N, "self_out", 201),
     M(DT, "5 orang", N, "rescued_out", 5),
     M(DT, "enam kilometer", N, "distance", 6, cls="km"),
     M(DT, "Senin (30/10/2023)", D, "mourning", "2023-10-30", planted=True),
     M(DT, "akhir November", D, "takeover_by", "2023-11"),
     M(DT, "22 Oktober", D, "prelim_terms", "2023-10-22"),

     M(R2, "Friday", D, "sale_day", "2023-12-08"),
     M(R2, "six weeks", N, "weeks_since", 6, cls="dur"),
     M(R2, "46 miners", N, "dead", 46, DEC08),
     M(R2, "$286 million", N, "price", 286e6, cls="usd"),
     M(R2, "$250 million", N, "repay", 250e6, cls="usd"),
     M(R2, "$450 million", N, "loan", 450e6, cls="usd"),
     M(R2, "$1.8 billion", N, "valuation", 1.8e9, cls="usd"),
     M(R2, "end of September", D, "valuation_day", "2023-09-30"),
     M(R2, "about $800 million", N, "equity_hit", 800e6, qual="approx", cls="usd"),
     M(R2, "about $35 million", N, "donation", 35e6, qual="approx", cls="usd"),
     M(R2, "Oct. 28", D, "order_day", "2023-10-28"),
     M(R2, "46", N, "dead", 46, DEC08, occ=2),
     M(R2, "252 people", N, "in_mine", 252),
     M(R2, "2006", D, "y2006", "2006"),
     M(R2, "41 miners", N, "toll2006", 41),
     M(R2, "August", D, "kaz_month", "2023-08"),
     M(R2, "five miners", N, "kaz_dead", 5),
     M(R2, "1995", D, "since1995", "1995"),
    ]
    build("kostenko-mine-2023", "The Kostenko coal mine fire in Kazakhstan's Karaganda region (Saturday 28 October 2023, "
          "02:33 local time, ArcelorMittal Temirtau's mine): 252 people underground, 205 brought out by the company's "
          "count (206 by the emergencies ministry's: 201 on their own and 5 by rescuers), 18 in hospital; the dead "
          "rising 21 (Saturday midday) -> 32 with 14 sought (Saturday evening) -> 35 with 11 sought (Sunday 09.00) -> "
          "42 with 4 sought (Sunday 15.00) -> 45 with one sought (Sunday 20.00) -> 46 (Tuesday 31 October); Sunday 29 "
          "October a day of national mourning; the unit's sale to the state fund completed on Friday 8 December 2023 "
          "($286 million plus $250 million of intra-group debts)", False, ms, names)


def georgia():
    R, K, A, AP, T = "reuters-oct27", "kompas-oct28", "antara-nov17", "ap-nov29", "tempo-dec15"
    # the count on the night (70.91 % of the ballots, early on Sunday 27 October), the near-complete preliminary
    # count (3,110 of 3,111 precincts, Sunday evening) and the commission's final protocol (Saturday 16 November);
    # shares of a count in progress may move both ways (fall=True); the final protocol is the settled figure
    NIGHT, PRE, FIN = "2024-10-27T01", "2024-10-27T20", "2024-11-16"
    CEC = "the Central Election Commission"
    names = {
     "gd_share": "Georgian Dream's share", "cfc_share": "the Coalition for Change's share",
     "unity_share": "Unity's share", "sg_share": "Strong Georgia's share", "gakh_share": "Gakharia for Georgia's share",
     "counted": "share of the ballots counted on the night", "turnout": "preliminary turnout", "threshold": "the threshold",
     "assembly": "seats in parliament", "evote": "share of voters at precincts with counting machines",
     "population": "Georgia's population", "precincts_counted": "precincts counted", "precincts": "precincts in all",
     "gd_seats": "Georgian Dream's seats", "cfc_seats": "the Coalition for Change's seats", "unity_seats": "Unity's seats",
     "sg_seats": "Strong Georgia's seats", "gakh_seats": "Gakharia for Georgia's seats",
     "voted": "people who voted", "registered": "registered voters", "invalid": "invalid ballots",
     "conf_ayes": "votes for the government in November", "needed_conf": "votes the government needed",
     "feb_ayes": "votes for Kobakhidze in February", "feb_noes": "votes against Kobakhidze in February",
     "opp_seats": "the opposition's seats", "pres_votes": "votes for Kavelashvili", "college": "members of the electoral college",
     "needed_pres": "votes needed to be elected president", "ballots": "ballots cast in the electoral college",
     "age": "Kavelashvili's age",
     # dates
     "election": "day of the election", "night_day": "day of the night count", "gd_founded": "year Georgian Dream was founded",
     "final_day": "day of the final protocol", "conf_vote": "day of the government's confidence vote",
     "protest_day": "day the protests began", "feb_vote": "day Kobakhidze was first confirmed",
     "eu_until": "year the EU talks are shelved until", "term_end": "month the president's term ends",
     "candidate": "month Georgia became an EU candidate", "pres_vote": "day of the presidential vote",
     "inauguration": "day of the inauguration",
    }
    ms = [
     M(R, "52.99%", N, "gd_share", 52.99, NIGHT, cls="pct", src=CEC, fall=True),
     M(R, "Saturday", D, "election", "2024-10-26"),
     M(R, "70.91%", N, "counted", 70.91, cls="pct"),
     M(R, "Sunday", D, "night_day", "2024-10-27"),
     M(R, "9.83%", N, "unity_share", 9.83, NIGHT, cls="pct", src=CEC, fall=True),
     M(R, "nearly 59%", N, "turnout", 59, qual="nearly", cls="pct"),
     M(R, "5%", N, "threshold", 5, cls="pct"),
     M(R, "150-member", N, "assembly", 150),
     M(R, "almost 90%", N, "evote", 90, qual="nearly", cls="pct"),
     M(R, "2012", D, "gd_founded", "2012"),
     M(R, "about 3.7 million", N, "population", 3700000, qual="approx"),

     M(K, "53,92 persen", N, "gd_share", 53.92, PRE, cls="pct", src=CEC, fall=True),
     M(K, "Sabtu (26/10/2024)", D, "election", "2024-10-26"),
     M(K, "3.110", N, "precincts_counted", 3110),
     M(K, "3.111", N, "precincts", 3111),
     M(K, "11,04 persen", N, "cfc_share", 11.04, PRE, cls="pct", src=CEC, fall=True),
     M(K, "10,16 persen", N, "unity_share", 10.16, PRE, cls="pct", src=CEC, fall=True),
     M(K, "8,81 persen", N, "sg_share", 8.81, PRE, cls="pct", src=CEC, fall=True),
     M(K, "7,77 persen", N, "gakh_share", 7.77, PRE, cls="pct", src=CEC, fall=True),
     M(K, "Minggu", D, "night_day", "2024-10-27"),
     M(K, "70,91 persen", N, "counted", 70.91, cls="pct"),
     M(K, "52,99 persen", N, "gd_share", 52.99, NIGHT, cls="pct", src=CEC, fall=True),
     M(K, "5 persen", N, "threshold", 5, cls="pct"),
     M(K, "150 orang", N, "assembly", 150),

     M(A, "Sabtu (16/11/2024)", D, "final_day", "2024-11-16"),
     M(A, "26 Oktober", D, "election", "2024-10-26"),
     M(A, "53,93 persen", N, "gd_share", 53.93, FIN, cls="pct", src=CEC),
     M(A, "89", N, "gd_seats", 89, FIN, src=CEC),
     M(A, "150 kursi", N, "assembly", 150),
     M(A, "11,03 persen", N, "cfc_share", 11.03, FIN, cls="pct", src=CEC),
     M(A, "19 kursi", N, "cfc_seats", 19, FIN, src=CEC),
     M(A, "10,17 persen", N, "unity_share", 10.17, FIN, cls="pct", src=CEC),
     M(A, "16 kursi", N, "unity_seats", 16, FIN, src=CEC),
     M(A, "8,81 persen", N, "sg_share", 8.81, FIN, cls="pct", src=CEC),
     M(A, "14 kursi", N, "sg_seats", 14, FIN, src=CEC),
     M(A, "7,78 persen", N, "gakh_share", 7.78, FIN, cls="pct", src=CEC),
     M(A, "12 kursi", N, "gakh_seats", 12, FIN, src=CEC),
     M(A, "lebih dari 2,1 juta orang", N, "voted", 2100000, qual="morethan"),
     M(A, "lebih dari 3,5 juta pemilih", N, "registered", 3500000, qual="morethan"),
     M(A, "Sekitar 34.900 surat suara", N, "invalid", 34900, qual="approx"),

     M(AP, "Thursday", D, "conf_vote", "2024-11-28"),
     M(AP, "84 lawmakers", N, "conf_ayes", 84),
     M(AP, "76 votes", N, "needed_conf", 76),
     M(AP, "150-seat", N, "assembly", 150),
     M(AP, "Feb. 8", D, "feb_vote", "2024-02-08"),
     M(AP, "84 to 10", N, "feb_ayes", 84, also=(("feb_noes", 10),)),
     M(AP, "Thursday", D, "conf_vote", "2024-11-28", occ=2),
     M(AP, "2028", D, "eu_until", "2028"),
     M(AP, "89 seats", N, "gd_seats", 89, FIN, src=CEC),
     M(AP, "Oct. 26", D, "election", "2024-10-26"),
     M(AP, "53.93%", N, "gd_share", 53.93, FIN, cls="pct", src=CEC),
     M(AP, "61 seats", N, "opp_seats", 61),
     M(AP, "December", D, "term_end", "2024-12"),
     M(AP, "Thursday", D, "protest_day", "2024-11-28", occ=3),
     M(AP, "December 2023", D, "candidate", "2023-12"),

     M(T, "Sabtu (14/12/2024)", D, "pres_vote", "2024-12-14"),
     M(T, "224 suara", N, "pres_votes", 224),
     M(T, "300 orang", N, "college", 300),
     M(T, "200 suara", N, "needed_pres", 200),
     M(T, "225 surat suara", N, "ballots", 225),
     M(T, "53 tahun", N, "age", 53, cls="age"),
     M(T, "29 Desember", D, "inauguration", "2024-12-29"),
     M(T, "Rabu (27/11/2024)", D, "conf_vote", "2024-11-27", planted=True),
     M(T, "84 suara", N, "conf_ayes", 84),
     M(T, "89", N, "gd_seats", 89, FIN, src=CEC),
     M(T, "150 kursi", N, "assembly", 150),
     M(T, "26 Oktober", D, "election", "2024-10-26"),
     M(T, "2028", D, "eu_until", "2028"),
    ]
    build("georgia-election-2024", "Georgia's parliamentary election of Saturday 26 October 2024: Georgian Dream's 52.99% "
          "with 70.91% of the ballots counted early on Sunday, 53.92% with 3,110 of 3,111 precincts counted (the "
          "Coalition for Change 11.04%, Unity 10.16%, Strong Georgia 8.81%, Gakharia for Georgia 7.77%); the Central "
          "Election Commission's final protocol of Saturday 16 November: 53.93% and 89 of 150 seats, 11.03% and 19 "
          "(lower than the preliminary 11.04%), 10.17% and 16, 8.81% and 14, 7.78% and 12; the government approved by "
          "84 votes on Thursday 28 November (Kobakhidze first confirmed 84 to 10 on 8 February); Mikheil Kavelashvili "
          "elected president by the 300-member electoral college with 224 votes on Saturday 14 December 2024",
          False, ms, names)


def kazakhstan_rate():
    R, I, B, KO = "reuters-dec05", "intellinews-dec06", "bisnis-dec07", "kontan-dec08"
    names = {
     "rate": "the new base rate", "prev_rate": "the rate before the decision (set on 26 October)", "hike": "size of the hike",
     "band": "the corridor's half-width", "lower": "the corridor's lower bound", "upper": "the corridor's upper bound",
     "infl": "annual inflation in November 2022", "start_rate": "the rate at the start of 2022",
     "jan_rate": "the rate after January's hike", "feb_rate": "the rate after February's hike",
     "apr_rate": "the rate after April's hike", "jul_rate": "the rate after July's hike", "cum": "rise so far this year",
     "hike_jan": "size of January's hike", "hike_feb": "size of February's hike", "hike_oct": "size of October's hike",
     # dates
     "decision": "day of the decision", "oct26": "day of October's hike", "jan25": "day of January's hike",
     "feb24": "day of February's hike", "apr25": "day of April's hike", "jul25": "day of July's hike",
     "infl_month": "month of the inflation reading", "y2022": "the year 2022", "peak": "year inflation is expected to peak",
     "next": "day of the next decision",
    }
    ms = [
     M(R, "75 basis points", N, "hike", 75, cls="bp"),
     M(R, "16.75%", N, "rate", 16.75, cls="pct"),
     M(R, "Monday", D, "decision", "2022-12-05"),
     M(R, "1 percentage point", N, "band", 100, qual="unit", cls="bp"),
     M(R, "15.75%", N, "lower", 15.75, cls="pct"),
     M(R, "17.75%", N, "upper", 17.75, cls="pct"),
     M(R, "16%", N, "prev_rate", 16, cls="pct"),
     M(R, "Oct. 26", D, "oct26", "2022-10-26"),
     M(R, "19.6%", N, "infl", 19.6, cls="pct"),
     M(R, "November", D, "infl_month", "2022-11"),
     M(R, "2022", D, "y2022", "2022"),
     M(R, "9.75%", N, "start_rate", 9.75, cls="pct"),
     M(R, "50 basis points", N, "hike_jan", 50, cls="bp"),
     M(R, "Jan. 25", D, "jan25", "2022-01-25"),
     M(R, "13.5%", N, "feb_rate", 13.5, cls="pct"),
     M(R, "Feb. 24", D, "feb24", "2022-02-24"),
     M(R, "14%", N, "apr_rate", 14, cls="pct"),
     M(R, "April 25", D, "apr25", "2022-04-25"),
     M(R, "14.5%", N, "jul_rate", 14.5, cls="pct"),
     M(R, "July 25", D, "jul25", "2022-07-25"),
     M(R, "7 percentage points", N, "cum", 700, qual="unit", cls="bp"),
     M(R, "first quarter of 2023", D, "peak", "2023"),
     M(R, "Jan. 13, 2023", D, "next", "2023-01-13"),

     M(I, "0.75 percentage point", N, "hike", 75, qual="unit", cls="bp"),
     M(I, "16.75%", N, "rate", 16.75, cls="pct"),
     M(I, "Monday, December 5", D, "decision", "2022-12-05"),
     M(I, "2022", D, "y2022", "2022"),
     M(I, "January 25", D, "jan25", "2022-01-25"),
     M(I, "February 24", D, "feb24", "2022-02-24"),
     M(I, "April 25", D, "apr25", "2022-04-25"),
     M(I, "July 25", D, "jul25", "2022-07-25"),
     M(I, "October 26", D, "oct26", "2022-10-26"),
     M(I, "700 basis points", N, "cum", 700, cls="bp"),
     M(I, "9.75%", N, "start_rate", 9.75, cls="pct"),
     M(I, "1 percentage point", N, "band", 100, qual="unit", cls="bp"),
     M(I, "February", D, "feb24", "2022-02", occ=2),
     M(I, "325 basis points", N, "hike_feb", 325, cls="bp"),
     M(I, "13.5%", N, "feb_rate", 13.5, cls="pct"),
     M(I, "150 basis points", N, "hike_oct", 150, cls="bp"),
     M(I, "16%", N, "prev_rate", 16, cls="pct"),
     M(I, "19.6%", N, "infl", 19.6, cls="pct"),
     M(I, "November", D, "infl_month", "2022-11"),
     M(I, "first quarter of 2023", D, "peak", "2023"),
     M(I, "January 13", D, "next", "2023-01-13"),

     M(B, "75 basis poin", N, "hike", 75, cls="bp"),
     M(B, "16%", N, "prev_rate", 16, cls="pct"),
     M(B, "16,75%", N, "rate", 16.75, cls="pct"),
     M(B, "Senin (5/12/2022)", D, "decision", "2022-12-05"),
     M(B, "2022", D, "y2022", "2022", occ=2),
     M(B, "1 poin persentase", N, "band", 100, qual="unit", cls="bp"),
     M(B, "15,75%", N, "lower", 15.75, cls="pct"),
     M(B, "17,75%", N, "upper", 17.75, cls="pct"),
     M(B, "November 2022", D, "infl_month", "2022-11"),
     M(B, "19,6%", N, "infl", 19.6, cls="pct"),
     M(B, "9,75%", N, "start_rate", 9.75, cls="pct"),
     M(B, "10,25%", N, "jan_rate", 10.25, cls="pct"),
     M(B, "25 Januari", D, "jan25", "2022-01-25"),
     M(B, "13,5%", N, "feb_rate", 13.5, cls="pct"),
     M(B, "24 Februari", D, "feb24", "2022-02-24"),
     M(B, "14%", N, "apr_rate", 14, cls="pct"),
     M(B, "25 April", D, "apr25", "2022-04-25"),
     M(B, "14,5%", N, "jul_rate", 14.5, cls="pct"),
     M(B, "25 Juli", D, "jul25", "2022-07-25"),
     M(B, "16%", N, "prev_rate", 16, cls="pct", occ=2),
     M(B, "26 Oktober", D, "oct26", "2022-10-26"),
     M(B, "7 poin persentase", N, "cum", 700, qual="unit", cls="bp"),
     M(B, "kuartal pertama 2023", D, "peak", "2023"),
     M(B, "13 Januari 2023", D, "next", "2023-01-13"),

     M(KO, "0,75 poin persentase", N, "hike", 75, qual="unit", cls="bp"),
     M(KO, "16,75 persen", N, "rate", 16.75, cls="pct"),
     M(KO, "Senin, 5 Desember 2022", D, "decision", "2022-12-05"),
     M(KO, "16 persen", N, "prev_rate", 16, cls="pct"),
     M(KO, "26 Oktober 2022", D, "oct26", "2022-10-26"),
     M(KO, "700 basis poin", N, "cum", 700, cls="bp"),
     M(KO, "9,75 persen", N, "start_rate", 9.75, cls="pct"),
     M(KO, "Februari", D, "feb24", "2022-02"),
     M(KO, "325 basis poin", N, "hike_feb", 325, cls="bp"),
     M(KO, "13,5 persen", N, "feb_rate", 13.5, cls="pct"),
     M(KO, "November 2022", D, "infl_month", "2022-11"),
     M(KO, "19,6 persen", N, "infl", 19.6, cls="pct"),
     M(KO, "1 poin persentase", N, "band", 100, qual="unit", cls="bp"),
     M(KO, "kuartal pertama 2023", D, "peak", "2023"),
     M(KO, "13 Januari 2023", D, "next", "2023-01-13"),
    ]
    build("kazakhstan-rate-2022", "The National Bank of Kazakhstan's base rate decision (control) of Monday 5 December "
          "2022: the rate raised 75 basis points from 16% (set on 26 October) to 16.75%, the corridor kept at plus or "
          "minus 1 percentage point (15.75% to 17.75%), the sixth hike of 2022 (9.75% -> 10.25% on 25 January, 13.5% "
          "on 24 February, 14% on 25 April, 14.5% on 25 July, 16% on 26 October; 7 percentage points in all); annual "
          "inflation of 19.6% in November 2022; inflation expected to peak in the first quarter of 2023; the next "
          "decision on 13 January 2023. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kostenko()
    georgia()
    kazakhstan_rate()
