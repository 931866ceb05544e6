"""The twenty-ninth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset29/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def crocus():
    R, K, A, T, F = "reuters-mar23", "kompas-mar24", "apnews-mar26", "antara-mar28", "afp-mar22-2025"
    names = {
     "dead": "death toll of the attack", "injured": "people injured", "hospitalised": "injured taken to hospital",
     "children": "children among the dead", "identified": "dead identified", "serious": "wounded in serious condition",
     "moderate": "wounded in moderate condition", "detained": "people detained on Saturday 23 March",
     "gunmen": "suspected gunmen", "remanded": "suspects remanded in custody", "more3": "suspects remanded on Monday",
     "inside": "people inside the hall", "beslan": "dead in the 2004 Beslan siege", "dubrovka": "hostages dead at Dubrovka in 2002",
     "distance": "distance from Moscow to the Bryansk region (km)",
     # dates
     "attack": "day of the attack", "claim": "day Islamic State claimed the attack", "toll133": "day the 133 dead were counted",
     "warning": "day of the US embassy's warning", "y2004": "year of the Beslan siege", "mourning": "national day of mourning",
     "speech": "day of Putin's televised address", "toll137": "day the 137 dead were counted", "y2002": "year of the Dubrovka siege",
     "remand_end": "end of the four suspects' first custody term", "court": "day the four suspects appeared in court",
     "more3day": "day three more suspects were remanded", "arrests": "day the suspects were detained",
     "islamists": "day Putin said radical Islamists carried out the attack", "revised": "day the toll was corrected to 139", "toll143": "day the 143 dead were counted",
     "murashko": "day the health minister gave the wounded's condition", "anniversary": "the attack's first anniversary",
    }
    ms = [
     M(R, "133", N, "dead", 133, "2024-03-23T20"),
     M(R, "more than 60", N, "dead", 60, "2024-03-23T09", "morethan"),
     M(R, "40", N, "dead", 40, "2024-03-22T23"),
     M(R, "more than 100", N, "injured", 100, "2024-03-22T23", "morethan"),
     M(R, "11 people", N, "detained", 11, "2024-03-23"),
     M(R, "all four suspected gunmen", N, "gunmen", 4),
     M(R, "334 people", N, "beslan", 334),
     M(R, "Saturday", D, "toll133", "2024-03-23"),
     M(R, "Friday", D, "attack", "2024-03-22"),
     M(R, "Friday", D, "claim", "2024-03-22", occ=2),
     M(R, "March 7", D, "warning", "2024-03-07"),
     M(R, "2004", D, "y2004", "2004"),
     M(R, "Sunday", D, "mourning", "2024-03-24"),

     M(K, "137 orang", N, "dead", 137, "2024-03-24"),
     M(K, "tiga anak", N, "children", 3, "2024-03-24"),
     M(K, "62 jenazah", N, "identified", 62, "2024-03-24"),
     M(K, "180 orang", N, "injured", 180, "2024-03-24"),
     M(K, "142", N, "hospitalised", 142, "2024-03-24"),
     M(K, "11 orang", N, "detained", 11, "2024-03-23"),
     M(K, "empat pelaku", N, "gunmen", 4),
     M(K, "130 sandera", N, "dubrovka", 130),
     M(K, "Minggu (24/3/2024)", D, "toll137", "2024-03-24"),
     M(K, "Jumat (22/3/2024)", D, "attack", "2024-03-22"),
     M(K, "Sabtu (23/3/2024)", D, "speech", "2024-03-23"),
     M(K, "Minggu", D, "mourning", "2024-03-24", occ=2),
     M(K, "2002", D, "y2002", "2002"),

     M(A, "four men", N, "gunmen", 4),
     M(A, "three more men", N, "more3", 3),
     M(A, "seven", N, "remanded", 7, "2024-03-25"),
     M(A, "11 people", N, "detained", 11, "2024-03-23"),
     M(A, "340 kilometres", N, "distance", 340, qual="approx", cls="len"),
     M(A, "143", N, "dead", 143, "2024-03-26"),
     M(A, "Tuesday", D, "toll143", "2024-03-26"),
     M(A, "three children", N, "children", 3, "2024-03-26"),
     M(A, "May 22", D, "remand_end", "2024-05-22"),
     M(A, "Sunday", D, "court", "2024-03-24"),
     M(A, "Monday", D, "more3day", "2024-03-25"),
     M(A, "Saturday", D, "arrests", "2024-03-23"),
     M(A, "Monday", D, "islamists", "2024-03-25", occ=2),

     M(T, "139 orang", N, "dead", 139, "2024-03-27"),
     M(T, "143 orang", N, "dead", 143, "2024-03-26"),
     M(T, "120 korban", N, "identified", 120, "2024-03-26"),
     M(T, "22 korban luka", N, "serious", 22, "2024-03-26", fall=True),
     M(T, "34 lainnya", N, "moderate", 34, "2024-03-26", fall=True),
     M(T, "sembilan tersangka", N, "remanded", 9, "2024-03-28"),
     M(T, "empat pria", N, "gunmen", 4),
     M(T, "Sekitar 6.200 orang", N, "inside", 6200, qual="approx"),
     M(T, "Rabu (27/3/2024)", D, "revised", "2024-03-27"),
     M(T, "Selasa (26/3/2024)", D, "murashko", "2024-03-26"),
     M(T, "24 Mei 2024", D, "remand_end", "2024-05-24", planted=True),
     M(T, "Senin (25/3/2024)", D, "islamists", "2024-03-25"),
     M(T, "Jumat (22/3/2024)", D, "attack", "2024-03-22"),

     M(F, "145 people", N, "dead", 145, "final"),
     M(F, "About 6,200 people", N, "inside", 6200, qual="approx"),
     M(F, "four attackers", N, "gunmen", 4),
     M(F, "The four men", N, "gunmen", 4),
     M(F, "334 people", N, "beslan", 334),
     M(F, "Saturday", D, "anniversary", "2025-03-22"),
     M(F, "March 22, 2024", D, "attack", "2024-03-22"),
     M(F, "March 23, 2024", D, "arrests", "2024-03-23"),
     M(F, "2004", D, "y2004", "2004"),
    ]
    build("crocus-2024", "Attack on the Crocus City Hall concert venue near Moscow (Friday 22 March 2024): the toll "
          "rising over days (40 -> more than 60 -> 133 -> 137 -> 143), corrected down to 139 for remains counted twice, "
          "145 a year on; the injured, the identified, children among the dead, 11 detained on the Saturday, the four "
          "gunmen, suspects remanded rising (7 -> 9), the people in the hall, the Beslan (334) and Dubrovka (130) sieges "
          "recalled; dates of the attack, the claim the same night, the counts, an address, a day of mourning, court "
          "hearings on other days, a custody term's end, the anniversary", False, ms, names)


def nigeria():
    R, K, P, T, O = "reuters-feb28", "kompas-mar01", "premiumtimes-mar02", "tempo-sep07", "reuters-oct26"
    names = {
     "tinubu": "Tinubu's votes", "atiku": "Atiku's votes", "obi": "Obi's votes", "kwankwaso": "Kwankwaso's votes",
     "tinubu_pct": "Tinubu's share of the vote", "atiku_pct": "Atiku's share of the vote", "obi_pct": "Obi's share of the vote",
     "threshold": "share needed in two-thirds of the states", "turnout": "turnout", "fct_pct": "Tinubu's share in the capital territory",
     "states_in": "states whose results were tallied", "states": "states of Nigeria",
     "lagos_obi": "Obi's votes in Lagos", "lagos_tinubu": "Tinubu's votes in Lagos", "registered": "registered voters",
     "accredited": "voters accredited", "buhari2019": "Buhari's votes in 2019", "t_states": "states won by Tinubu",
     "a_states": "states won by Atiku", "o_states": "states won by Obi", "age": "Tinubu's age",
     "petition_days": "days to file a petition", "appeal_days": "days to appeal to the Supreme Court",
     "reading": "length of the tribunal's reading of its judgment",
     # dates
     "count_day": "day of the partial count", "walkout": "day of the opposition's walkout", "election": "day of the election",
     "extended": "day voting was extended to", "y2019": "year of the previous election", "declared": "day INEC declared the result",
     "inauguration": "day of the inauguration", "tribunal": "day of the tribunal's ruling", "supreme": "day of the Supreme Court's ruling",
     "y1999": "year military rule ended",
    }
    PART = "2023-02-28T18"
    ms = [
     M(R, "30", N, "states_in", 30, PART),
     M(R, "36 states", N, "states", 36),
     M(R, "about 7.9 million votes", N, "tinubu", 7.9e6, PART, "approx"),
     M(R, "about 5.9 million", N, "atiku", 5.9e6, PART, "approx"),
     M(R, "about 5.0 million", N, "obi", 5.0e6, PART, "approx"),
     M(R, "582,454 votes", N, "lagos_obi", 582454),
     M(R, "572,606", N, "lagos_tinubu", 572606),
     M(R, "About 93.5 million people", N, "registered", 93.5e6, qual="approx"),
     M(R, "at least 25%", N, "threshold", 25, cls="pct"),
     M(R, "36 states", N, "states", 36, occ=2),
     M(R, "15.2 million votes", N, "buhari2019", 15.2e6, qual="approx"),
     M(R, "Tuesday", D, "count_day", "2023-02-28"),
     M(R, "Tuesday", D, "walkout", "2023-02-28", occ=3),
     M(R, "Saturday", D, "election", "2023-02-25"),
     M(R, "Sunday", D, "extended", "2023-02-26"),
     M(R, "2019", D, "y2019", "2019"),

     M(K, "8.794.726 suara", N, "tinubu", 8794726, "final"),
     M(K, "36,61 persen", N, "tinubu_pct", 36.61, cls="pct"),
     M(K, "6.984.520 suara", N, "atiku", 6984520, "final"),
     M(K, "6.101.533 suara", N, "obi", 6101533, "final"),
     M(K, "1.496.687 suara", N, "kwankwaso", 1496687, "final"),
     M(K, "sedikitnya 25 persen", N, "threshold", 25, cls="pct"),
     M(K, "36 negara bagian", N, "states", 36),
     M(K, "sekitar 27 persen", N, "turnout", 27, qual="approx", cls="pct", src="INEC"),
     M(K, "93,47 juta pemilih", N, "registered", 93.47e6),
     M(K, "70 tahun", N, "age", 70, "2023-03-01", cls="age"),
     M(K, "Rabu (1/3/2023)", D, "declared", "2023-03-01"),
     M(K, "Sabtu (25/2/2023)", D, "election", "2023-02-25"),
     M(K, "Minggu", D, "extended", "2023-02-26"),
     M(K, "29 Mei 2023", D, "inauguration", "2023-05-29"),

     M(P, "8,749,726 votes", N, "tinubu", 8749726, "final", planted=True),
     M(P, "36.61 per cent", N, "tinubu_pct", 36.61, cls="pct"),
     M(P, "6,984,520 votes", N, "atiku", 6984520, "final"),
     M(P, "29.07 per cent", N, "atiku_pct", 29.07, cls="pct"),
     M(P, "6,101,533 votes", N, "obi", 6101533, "final"),
     M(P, "25.40 per cent", N, "obi_pct", 25.40, cls="pct"),
     M(P, "1,496,687 votes", N, "kwankwaso", 1496687, "final"),
     M(P, "93.47 million", N, "registered", 93.47e6),
     M(P, "just over 25 million", N, "accredited", 25e6, qual="morethan"),
     M(P, "27 per cent", N, "turnout", 27, cls="pct", src="INEC"),
     M(P, "29 per cent", N, "turnout", 29, cls="pct", src="a coalition of domestic observers"),
     M(P, "12 states", N, "t_states", 12),
     M(P, "12", N, "a_states", 12, occ=2),
     M(P, "11", N, "o_states", 11),
     M(P, "about 19 per cent", N, "fct_pct", 19, qual="approx", cls="pct"),
     M(P, "21 days", N, "petition_days", 21, cls="dur"),
     M(P, "15,191,847 votes", N, "buhari2019", 15191847),
     M(P, "Wednesday", D, "declared", "2023-03-01"),
     M(P, "May 29", D, "inauguration", "2023-05-29"),
     M(P, "2019", D, "y2019", "2019"),

     M(T, "8.794.726 suara", N, "tinubu", 8794726, "final"),
     M(T, "6.984.520 suara", N, "atiku", 6984520, "final"),
     M(T, "6.101.533 suara", N, "obi", 6101533, "final"),
     M(T, "36,61 persen", N, "tinubu_pct", 36.61, cls="pct"),
     M(T, "29,07 persen", N, "atiku_pct", 29.07, cls="pct"),
     M(T, "25,40 persen", N, "obi_pct", 25.40, cls="pct"),
     M(T, "25 persen", N, "threshold", 25, cls="pct"),
     M(T, "sekitar 12 jam", N, "reading", 12, qual="approx", cls="dur"),
     M(T, "14 hari", N, "appeal_days", 14, cls="dur"),
     M(T, "Rabu (6/9/2023)", D, "tribunal", "2023-09-06"),
     M(T, "Sabtu (25/2/2023)", D, "election", "2023-02-25"),
     M(T, "Kamis (2/3/2023)", D, "declared", "2023-03-02", planted=True),
     M(T, "29 Mei 2023", D, "inauguration", "2023-05-29"),

     M(O, "8.79 million votes", N, "tinubu", 8.79e6, "final", "approx"),
     M(O, "36.6%", N, "tinubu_pct", 36.6, qual="approx", cls="pct"),
     M(O, "6.98 million votes", N, "atiku", 6.98e6, "final", "approx"),
     M(O, "6.1 million votes", N, "obi", 6.1e6, "final", "approx"),
     M(O, "71", N, "age", 71, "2023-10-26", cls="age"),
     M(O, "27%", N, "turnout", 27, cls="pct", src="INEC"),
     M(O, "Thursday", D, "supreme", "2023-10-26"),
     M(O, "February", D, "election", "2023-02"),
     M(O, "March 1", D, "declared", "2023-03-01"),
     M(O, "Sept. 6", D, "tribunal", "2023-09-06"),
     M(O, "May 29", D, "inauguration", "2023-05-29"),
     M(O, "1999", D, "y1999", "1999"),
    ]
    build("nigeria-election-2023", "Nigeria's presidential election (Saturday 25 February 2023): a count in progress "
          "(30 of 36 states tallied on the Tuesday) and INEC's result declared on Wednesday 1 March (Tinubu 8,794,726 "
          "votes, 36.61%; Atiku 6,984,520, 29.07%; Obi 6,101,533, 25.40%; Kwankwaso 1,496,687), Lagos's result, "
          "registered and accredited voters, turnout by INEC and by observers, states won, the 25% rule, Tinubu's age "
          "at two times, Buhari's 2019 votes recalled; dates of the vote, its extension, a walkout, the declaration, "
          "the inauguration, the tribunal's ruling (6 September) and the Supreme Court's (26 October)", False, ms, names)


def tesla():
    R, C, K, B = "reuters-jan02", "cnbcindonesia-jan03", "kontan-jan04", "cnbc-jan05"
    names = {
     "q4": "Tesla deliveries in Q4 2023", "q4_2022": "Tesla deliveries in Q4 2022", "q3": "Tesla deliveries in Q3 2023",
     "fy": "Tesla deliveries in 2023", "fy2022": "Tesla deliveries in 2022", "target": "Tesla's 2023 delivery goal",
     "consensus": "analysts' consensus for Q4 deliveries", "prod_q4": "Tesla production in Q4 2023",
     "prod_fy": "Tesla production in 2023", "my_del": "Model 3/Y deliveries in Q4", "other_del": "other models' deliveries in Q4",
     "my_prod": "Model 3/Y production in Q4", "other_prod": "other models' production in Q4",
     "byd_q4": "BYD battery-electric sales in Q4 2023", "byd_fy": "BYD battery-electric sales in 2023",
     "yoy": "Q4 deliveries' rise on a year earlier", "fy_rise": "2023 deliveries' rise on 2022", "qoq": "Q4 deliveries' rise on Q3",
     # dates
     "release": "day Tesla released the figures", "cybertruck": "day the first Cybertrucks were delivered",
     "earnings": "day of the Q4 results", "byd_day": "day BYD reported its sales", "y2022": "the year 2022",
    }
    ms = [
     M(R, "484,507 vehicles", N, "q4", 484507),
     M(R, "about 1.8 million deliveries", N, "target", 1.8e6, qual="approx"),
     M(R, "about 20%", N, "yoy", 20, qual="approx", cls="pct"),
     M(R, "405,278", N, "q4_2022", 405278),
     M(R, "435,059", N, "q3", 435059),
     M(R, "1,808,581 vehicles", N, "fy", 1808581),
     M(R, "38%", N, "fy_rise", 38, cls="pct"),
     M(R, "1,313,851", N, "fy2022", 1313851),
     M(R, "483,173 deliveries", N, "consensus", 483173),
     M(R, "494,989 vehicles", N, "prod_q4", 494989),
     M(R, "1,845,985", N, "prod_fy", 1845985),
     M(R, "461,538", N, "my_del", 461538),
     M(R, "22,969", N, "other_del", 22969),
     M(R, "526,409 battery-electric vehicles", N, "byd_q4", 526409),
     M(R, "Tuesday", D, "release", "2024-01-02"),
     M(R, "Nov. 30", D, "cybertruck", "2023-11-30"),
     M(R, "Jan. 24", D, "earnings", "2024-01-24"),
     M(R, "2022", D, "y2022", "2022"),

     M(C, "1.808.581 kendaraan", N, "fy", 1808581),
     M(C, "38 persen", N, "fy_rise", 38, cls="pct"),
     M(C, "1.313.851 unit", N, "fy2022", 1313851),
     M(C, "484.507 unit", N, "q4", 484507),
     M(C, "494.989 unit", N, "prod_q4", 494989),
     M(C, "483.173 unit", N, "consensus", 483173),
     M(C, "461.538 unit", N, "my_del", 461538),
     M(C, "22.969 unit", N, "other_del", 22969),
     M(C, "1.845.985 unit", N, "prod_fy", 1845985),
     M(C, "sekitar 1,8 juta kendaraan", N, "target", 1.8e6, qual="approx"),
     M(C, "526.409 mobil listrik murni", N, "byd_q4", 526409),
     M(C, "Selasa (2/1/2024)", D, "release", "2024-01-02"),
     M(C, "24 Januari 2024", D, "earnings", "2024-01-24"),
     M(C, "2022", D, "y2022", "2022"),

     M(K, "484.507 unit", N, "q4", 484507),
     M(K, "sekitar 20 persen", N, "yoy", 20, qual="approx", cls="pct"),
     M(K, "405.278 unit", N, "q4_2022", 405278),
     M(K, "435.059 unit", N, "q3", 435059),
     M(K, "sekitar 11 persen", N, "qoq", 11, qual="approx", cls="pct"),
     M(K, "494.989 unit", N, "prod_q4", 494989),
     M(K, "476.777 unit", N, "my_prod", 476777),
     M(K, "18.212 unit", N, "other_prod", 18212),
     M(K, "461.538 unit", N, "my_del", 461538),
     M(K, "22.969 unit", N, "other_del", 22969),
     M(K, "1,81 juta kendaraan", N, "fy", 1.81e6, qual="approx"),
     M(K, "sekitar 1,8 juta unit", N, "target", 1.8e6, qual="approx"),
     M(K, "526.409 unit", N, "byd_q4", 526409),
     M(K, "Selasa (2/1/2024)", D, "release", "2024-01-02"),
     M(K, "30 November 2023", D, "cybertruck", "2023-11-30"),
     M(K, "24 Januari", D, "earnings", "2024-01-24"),

     M(B, "484,507 deliveries", N, "q4", 484507),
     M(B, "526,409 fully electric vehicles", N, "byd_q4", 526409),
     M(B, "1.81 million deliveries", N, "fy", 1.81e6, qual="approx"),
     M(B, "1.57 million", N, "byd_fy", 1.57e6, qual="approx"),
     M(B, "38%", N, "fy_rise", 38, cls="pct"),
     M(B, "1,808,581", N, "fy", 1808581),
     M(B, "about 1.8 million", N, "target", 1.8e6, qual="approx"),
     M(B, "494,989 vehicles", N, "prod_q4", 494989),
     M(B, "1,845,985", N, "prod_fy", 1845985),
     M(B, "461,538", N, "my_del", 461538),
     M(B, "22,969", N, "other_del", 22969),
     M(B, "483,173 deliveries", N, "consensus", 483173),
     M(B, "Monday", D, "byd_day", "2024-01-01"),
     M(B, "Tuesday, Jan. 2", D, "release", "2024-01-02"),
     M(B, "Jan. 24", D, "earnings", "2024-01-24"),
     M(B, "Nov. 30", D, "cybertruck", "2023-11-30"),
    ]
    build("tesla-deliveries-2024", "Tesla's fourth-quarter 2023 production and deliveries release (control): "
          "announced on Tuesday 2 January 2024; 484,507 delivered and 494,989 produced in the quarter (Model 3/Y "
          "461,538 and 476,777, other models 22,969 and 18,212), 1,808,581 delivered and 1,845,985 produced in 2023 "
          "against a goal of about 1.8 million, 405,278 a year earlier and 435,059 in the third quarter, 1,313,851 in "
          "2022, a consensus of 483,173, BYD's 526,409 battery-electric cars in the quarter; the Cybertruck's first "
          "deliveries and the results day on their own days. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    crocus()
    nigeria()
    tesla()
