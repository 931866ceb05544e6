"""The sixty-third development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset63/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ahmedabad():
    R1, K, T, R2, A = "reuters-jun12", "kompas-jun14", "detik-jun21", "reuters-jun24", "antara-jul12"
    # the dead as counted by the medical authorities (the civil hospital, the Gujarat health department): 270 on
    # Saturday 14 June, still 270 on Friday 20 June, 260 bodies on Tuesday 24 June, 260 final on Saturday 28 June;
    # the police's 204 bodies on the day and the officials' 274 quoted by PTI on 14 June are other bodies' counts
    J12, J14, J20, J24, J28 = "2025-06-12", "2025-06-14", "2025-06-20", "2025-06-24", "2025-06-28"
    MED, POLICE, PTI = "the medical authorities", "the Ahmedabad police", "local officials quoted by PTI"
    names = {
     "aboard": "people on board", "passengers": "passengers on board", "crew": "crew on board",
     "indians": "Indian passengers", "british": "British passengers", "portuguese": "Portuguese passengers",
     "canadian": "Canadian passengers", "aboard_dead": "people on board who died", "dead": "people killed in the crash",
     "ground_dead": "people killed on the ground", "injured": "injured taken to hospital on the day",
     "captain_hours": "the captain's flying hours", "fo_hours": "the first officer's flying hours",
     "compensation": "payment promised to each victim's family (rupees)", "age": "the survivor's age",
     "samples": "relatives who gave DNA samples", "identified": "victims identified",
     "handed": "bodies handed over to families", "handed_in": "Indian victims among the bodies handed over",
     "handed_uk": "British victims among the bodies handed over", "handed_pt": "Portuguese victims among the bodies handed over",
     "handed_ca": "Canadian victims among the bodies handed over", "identified_aboard": "identified victims who were on board",
     "dna": "victims identified by DNA", "facial": "victims identified by their faces",
     "flight_cut": "cut in Air India's international wide-body flights", "pages": "pages of the preliminary report",
     "switch_gap": "seconds between the two fuel switches moving", "speed": "highest recorded airspeed (knots)",
     # dates
     "crash": "day of the crash", "statement241": "day Air India gave 241 dead on board",
     "statement270": "day the medical authorities gave 270 dead", "visit": "day of Modi's visit and the recorder's recovery",
     "figs231": "day of the 231 identifications", "statement259": "day the 259 identifications were given",
     "report": "day the preliminary report was released", "final": "day the final toll of 260 was given",
    }
    ms = [
     M(R1, "Thursday", D, "crash", J12),
     M(R1, "242 people", N, "aboard", 242),
     M(R1, "230 passengers", N, "passengers", 230),
     M(R1, "12 crew", N, "crew", 12),
     M(R1, "169 Indian nationals", N, "indians", 169),
     M(R1, "53 British nationals", N, "british", 53),
     M(R1, "seven Portuguese", N, "portuguese", 7),
     M(R1, "one Canadian", N, "canadian", 1),
     M(R1, "204 bodies", N, "dead", 204, J12, src=POLICE),
     M(R1, "41 injured people", N, "injured", 41, J12),
     M(R1, "Thursday", D, "statement241", J12, occ=2),
     M(R1, "241", N, "aboard_dead", 241),
     M(R1, "242 people", N, "aboard", 242, occ=2),
     M(R1, "8,200 hours", N, "captain_hours", 8200, cls="dur"),
     M(R1, "1,100 hours", N, "fo_hours", 1100, cls="dur"),
     M(R1, "10 million rupees", N, "compensation", 10e6, cls="money"),

     M(K, "270 orang", N, "dead", 270, J14, src=MED),
     M(K, "Sabtu (14/6/2025)", D, "statement270", J14),
     M(K, "270 jenazah", N, "dead", 270, J14, src=MED),
     M(K, "274 orang", N, "dead", 274, J14, src=PTI),
     M(K, "33 orang", N, "ground_dead", 33, J14, src=PTI),
     M(K, "Kamis (12/6/2025)", D, "crash", J12),
     M(K, "242 orang", N, "aboard", 242),
     M(K, "230 penumpang", N, "passengers", 230),
     M(K, "169 warga India", N, "indians", 169),
     M(K, "35 warga Inggris", N, "british", 35, planted=True),
     M(K, "tujuh warga Portugal", N, "portuguese", 7),
     M(K, "satu warga Kanada", N, "canadian", 1),
     M(K, "40 tahun", N, "age", 40, cls="age"),
     M(K, "Jumat (13/6/2025)", D, "visit", "2025-06-13"),
     M(K, "lebih dari 250", N, "samples", 250, J14, "morethan"),
     M(K, "10 juta rupee", N, "compensation", 10e6, cls="money"),

     M(T, "231 korban", N, "identified", 231, J20),
     M(T, "Jumat (20/6/2025)", D, "figs231", J20),
     M(T, "210 korban", N, "handed", 210, J20),
     M(T, "166 warga India", N, "handed_in", 166, J20),
     M(T, "36 warga Inggris", N, "handed_uk", 36, J20),
     M(T, "tujuh warga Portugal", N, "handed_pt", 7, J20),
     M(T, "satu warga Kanada", N, "handed_ca", 1, J20),
     M(T, "270 orang", N, "dead", 270, J20, src=MED),
     M(T, "29 orang", N, "ground_dead", 29, J20, src=MED),
     M(T, "12 Juni 2025", D, "crash", J12),
     M(T, "242 orang", N, "aboard", 242),

     M(R2, "Tuesday", D, "statement259", J24),
     M(R2, "259", N, "identified", 259, J24),
     M(R2, "260 bodies", N, "dead", 260, J24, src=MED),
     M(R2, "270 dead", N, "dead", 270, J14, src=MED),
     M(R2, "240 people", N, "identified_aboard", 240, J24),
     M(R2, "19", N, "ground_dead", 19, J24, src=MED),
     M(R2, "253 victims", N, "dna", 253, J24),
     M(R2, "six", N, "facial", 6, J24),
     M(R2, "256", N, "handed", 256, J24),
     M(R2, "June 12", D, "crash", J12),
     M(R2, "242 people", N, "aboard", 242),
     M(R2, "15%", N, "flight_cut", 15, cls="pct"),

     M(A, "15 halaman", N, "pages", 15),
     M(A, "Sabtu (12/7/2025)", D, "report", "2025-07-12"),
     M(A, "satu detik", N, "switch_gap", 1, cls="dur"),
     M(A, "180 knot", N, "speed", 180, cls="speed"),
     M(A, "Kamis (13/6/2025)", D, "crash", "2025-06-13", planted=True),
     M(A, "260 orang", N, "dead", 260, J28, src=MED),
     M(A, "241", N, "aboard_dead", 241),
     M(A, "242 orang", N, "aboard", 242),
     M(A, "19 orang", N, "ground_dead", 19, J28, src=MED),
     M(A, "Sabtu (28/6/2025)", D, "final", J28),
     M(A, "254 korban", N, "dna", 254, J28),
     M(A, "enam lainnya", N, "facial", 6, J28),
     M(A, "270 orang", N, "dead", 270, J14, src=MED),
    ]
    build("ahmedabad-crash-2025", "The crash of Air India flight AI171 at Ahmedabad (Thursday 12 June 2025): 242 on "
          "board, 241 of them killed and one survivor; the police's 204 bodies on the day and local officials' 274 "
          "against the medical authorities' 270 (Saturday 14 June, still 270 on Friday 20 June), lowered to 260 "
          "(240 on board identified and 19 on the ground) on Tuesday 24 June and confirmed final on Saturday 28 June "
          "after the last DNA match; those on the ground 29 -> 19; identifications and handovers rising; the AAIB's "
          "preliminary report of Saturday 12 July 2025", False, ms, names)


def germany():
    W, K, T, P, A = "dw-feb23", "kompas-feb24", "tempo-mar15", "ap-may06", "antara-may07"
    PRELIM, FINAL = "2025-02-24", "2025-03-14"
    PROJ = "ARD's projection"
    names = {
     "union": "CDU/CSU's share of the vote", "afd": "AfD's share of the vote", "spd": "SPD's share of the vote",
     "greens": "Greens' share of the vote", "linke": "Left's share of the vote", "fdp": "FDP's share of the vote",
     "bsw": "BSW's share of the vote", "afd2021": "AfD's share in 2021", "threshold": "threshold for seats (percent)",
     "turnout": "turnout", "seats": "seats in the Bundestag", "majority": "seats needed for a majority",
     "union_seats": "CDU/CSU's seats", "afd_seats": "AfD's seats", "spd_seats": "SPD's seats",
     "greens_seats": "Greens' seats", "linke_seats": "Left's seats", "ssw": "SSW's seats",
     "coalition": "seats of the CDU/CSU and SPD", "early": "months the election was brought forward",
     "age": "Merz's age", "bsw_added": "votes the final result added for BSW", "fund": "infrastructure fund (euros)",
     "first_yes": "votes for Merz in the first ballot", "first_short": "votes Merz lacked in the first ballot",
     "second_yes": "votes for Merz in the second ballot", "margin": "votes above the majority in the second ballot",
     "second_no": "votes against Merz in the second ballot", "second_abst": "abstentions in the second ballot",
     "second_invalid": "invalid ballots in the second ballot", "chancellor_no": "Merz's rank among postwar chancellors",
     "spd_ok": "SPD members' approval of the coalition deal (percent)", "debt_yes": "Bundestag votes for the debt-rule change",
     "debt_no": "Bundestag votes against the debt-rule change", "debt_needed": "votes needed for the debt-rule change",
     "pages": "pages of the coalition agreement", "bundesrat_yes": "Bundesrat votes for the debt-rule change",
     "bundesrat_total": "votes in the Bundesrat",
     # dates
     "election": "day of the federal election", "prelim": "day of the preliminary result",
     "final": "day of the official final result", "collapse": "month the previous government collapsed",
     "y2021": "year of the previous election", "reunification": "year of reunification",
     "debt_vote": "day the outgoing Bundestag voted on the debt rules", "constitution": "first sitting of the new Bundestag",
     "chancellor_vote": "day Merz was elected chancellor", "trip": "day of Merz's trip to Paris and Warsaw",
     "frg": "founding year of the Federal Republic", "spd_ballot": "day the SPD ballot result was announced",
     "bundesrat_vote": "day the Bundesrat voted on the debt rules",
    }
    ms = [
     M(W, "Sunday", D, "election", "2025-02-23"),
     M(W, "about 29%", N, "union", 29, qual="approx", cls="pct", src=PROJ),
     M(W, "about 19.5%", N, "afd", 19.5, qual="approx", cls="pct", src=PROJ),
     M(W, "10.3%", N, "afd2021", 10.3, cls="pct"),
     M(W, "2021", D, "y2021", "2021"),
     M(W, "about 16%", N, "spd", 16, qual="approx", cls="pct", src=PROJ),
     M(W, "about 83.5%", N, "turnout", 83.5, qual="approx", cls="pct", src=PROJ),
     M(W, "1990", D, "reunification", "1990"),
     M(W, "seven months", N, "early", 7, cls="dur"),
     M(W, "November", D, "collapse", "2024-11"),
     M(W, "5%", N, "threshold", 5, cls="pct"),
     M(W, "630 seats", N, "seats", 630),
     M(W, "316", N, "majority", 316),
     M(W, "69", N, "age", 69, cls="age"),

     M(K, "Minggu (23/2/2025)", D, "election", "2025-02-23"),
     M(K, "28,5 persen", N, "union", 28.5, cls="pct"),
     M(K, "Senin (24/2/2025)", D, "prelim", PRELIM),
     M(K, "20,8 persen", N, "afd", 20.8, cls="pct"),
     M(K, "16,4 persen", N, "spd", 16.4, cls="pct"),
     M(K, "11,6 persen", N, "greens", 11.6, cls="pct"),
     M(K, "8,8 persen", N, "linke", 8.8, cls="pct"),
     M(K, "4,3 persen", N, "fdp", 4.3, cls="pct"),
     M(K, "4,97 persen", N, "bsw", 4.97, PRELIM, cls="pct"),
     M(K, "5 persen", N, "threshold", 5, cls="pct"),
     M(K, "82,5 persen", N, "turnout", 82.5, cls="pct"),
     M(K, "1990", D, "reunification", "1990"),
     M(K, "208", N, "union_seats", 208),
     M(K, "630 kursi", N, "seats", 630),
     M(K, "152 kursi", N, "afd_seats", 152),
     M(K, "120 kursi", N, "spd_seats", 120),
     M(K, "85 kursi", N, "greens_seats", 85),
     M(K, "64 kursi", N, "linke_seats", 64),
     M(K, "satu kursi", N, "ssw", 1),
     M(K, "328 kursi", N, "coalition", 328),
     M(K, "316 kursi", N, "majority", 316),

     M(T, "23 Februari 2025", D, "election", "2025-02-23"),
     M(T, "Jumat, 14 Maret 2025", D, "final", FINAL),
     M(T, "4.277 suara", N, "bsw_added", 4277),
     M(T, "4,981 persen", N, "bsw", 4.981, FINAL, cls="pct"),
     M(T, "5 persen", N, "threshold", 5, cls="pct"),
     M(T, "28,5 persen", N, "union", 28.5, cls="pct"),
     M(T, "208 kursi", N, "union_seats", 208),
     M(T, "20,8 persen", N, "afd", 20.8, cls="pct"),
     M(T, "152 kursi", N, "afd_seats", 152),
     M(T, "16,4 persen", N, "spd", 16.4, cls="pct"),
     M(T, "120 kursi", N, "spd_seats", 120),
     M(T, "85 kursi", N, "greens_seats", 85),
     M(T, "64 kursi", N, "linke_seats", 64),
     M(T, "328", N, "coalition", 328),
     M(T, "630 kursi", N, "seats", 630),
     M(T, "500 miliar euro", N, "fund", 500e9, cls="money"),
     M(T, "Selasa (18/3/2025)", D, "debt_vote", "2025-03-18"),
     M(T, "25 Maret 2025", D, "constitution", "2025-03-25"),

     M(P, "Tuesday", D, "chancellor_vote", "2025-05-06"),
     M(P, "325 votes", N, "second_yes", 325),
     M(P, "nine", N, "margin", 9),
     M(P, "316", N, "majority", 316),
     M(P, "630-seat", N, "seats", 630),
     M(P, "310 votes", N, "first_yes", 310),
     M(P, "six", N, "first_short", 6),
     M(P, "328 seats", N, "coalition", 328),
     M(P, "289", N, "second_no", 289),
     M(P, "one abstained", N, "second_abst", 1),
     M(P, "three ballots", N, "second_invalid", 3),
     M(P, "69", N, "age", 69, cls="age"),
     M(P, "10th", N, "chancellor_no", 10),
     M(P, "Feb. 23", D, "election", "2025-02-23"),
     M(P, "28.5%", N, "union", 28.5, cls="pct"),
     M(P, "20.8%", N, "afd", 20.8, cls="pct"),
     M(P, "84.6%", N, "spd_ok", 84.6, cls="pct"),
     M(P, "513-207", N, "debt_yes", 513, also=(("debt_no", 207),)),
     M(P, "489", N, "debt_needed", 489),
     M(P, "March", D, "debt_vote", "2025-03"),
     M(P, "Wednesday", D, "trip", "2025-05-07"),

     M(A, "Selasa (6/5/2025)", D, "chancellor_vote", "2025-05-06"),
     M(A, "301 suara", N, "first_yes", 301, planted=True),
     M(A, "316 suara", N, "majority", 316),
     M(A, "1949", D, "frg", "1949"),
     M(A, "325 suara", N, "second_yes", 325),
     M(A, "630 anggota", N, "seats", 630),
     M(A, "328 kursi", N, "coalition", 328),
     M(A, "23 Februari 2025", D, "election", "2025-02-23"),
     M(A, "28,5 persen", N, "union", 28.5, cls="pct"),
     M(A, "20,8 persen", N, "afd", 20.8, cls="pct"),
     M(A, "16,4 persen", N, "spd", 16.4, cls="pct"),
     M(A, "144 halaman", N, "pages", 144),
     M(A, "84,6 persen", N, "spd_ok", 84.6, cls="pct"),
     M(A, "Rabu (30/4/2025)", D, "spd_ballot", "2025-04-30"),
     M(A, "53", N, "bundesrat_yes", 53),
     M(A, "69 suara", N, "bundesrat_total", 69),
     M(A, "Jumat (21/3/2025)", D, "bundesrat_vote", "2025-03-21"),
     M(A, "Rabu (7/5/2025)", D, "trip", "2025-05-07"),
    ]
    build("germany-election-2025", "Germany's federal election (Sunday 23 February 2025): ARD's projections on the "
          "night (CDU/CSU about 29%, AfD about 19.5%, SPD about 16%) against the preliminary result of Monday 24 "
          "February (28.5%, 20.8%, 16.4%; BSW 4.97%) and the final result of Friday 14 March (BSW 4.981%, seats "
          "unchanged: 208, 152, 120, 85, 64, one; 328 for the CDU/CSU and SPD of 630, 316 for a majority); the "
          "debt-rule votes of the outgoing Bundestag (513-207, Tuesday 18 March) and the Bundesrat (53 of 69, Friday "
          "21 March); the SPD members' 84.6% (Wednesday 30 April); Merz failing the first ballot with 310 votes and "
          "elected chancellor with 325 on Tuesday 6 May 2025", False, ms, names)


def riksbank():
    R, K, L, C = "reuters-may08", "kontan-may09", "thelocal-may10", "cnbcindonesia-may13"
    names = {
     "cut": "size of the cut", "rate": "the new policy rate", "prev": "the rate before the decision",
     "since_cut": "years since the previous cut", "more_cuts": "further cuts expected this year",
     "target": "inflation target", "peak": "peak of inflation", "cpif": "CPIF inflation in March", "hikes": "rate increases since 2022",
     # dates
     "decision": "day of the decision", "effective": "day the new rate applies", "cpi_month": "month of the inflation data",
     "hikes_start": "year the increases began", "last_hike": "month of the last increase", "next": "month of the next decision",
     "last_cut": "year of the previous cut", "news_conf": "day of the governor's news conference",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "3.75%", N, "rate", 3.75, cls="pct"),
     M(R, "4.00%", N, "prev", 4, cls="pct"),
     M(R, "Wednesday", D, "decision", "2024-05-08"),
     M(R, "eight years", N, "since_cut", 8, cls="dur"),
     M(R, "two more times", N, "more_cuts", 2),
     M(R, "May 15", D, "effective", "2024-05-15"),
     M(R, "2%", N, "target", 2, cls="pct"),
     M(R, "above 10%", N, "peak", 10, qual="morethan", cls="pct"),
     M(R, "2.2%", N, "cpif", 2.2, cls="pct"),
     M(R, "March", D, "cpi_month", "2024-03"),
     M(R, "eight times", N, "hikes", 8),
     M(R, "2022", D, "hikes_start", "2022"),
     M(R, "4%", N, "prev", 4, cls="pct"),
     M(R, "September", D, "last_hike", "2023-09"),
     M(R, "quarter-point", N, "cut", 25, qual="unit", cls="bp"),
     M(R, "Wednesday", D, "news_conf", "2024-05-08", occ=2),
     M(R, "June", D, "next", "2024-06"),

     M(K, "25 basis poin", N, "cut", 25, cls="bp"),
     M(K, "4%", N, "prev", 4, cls="pct"),
     M(K, "3,75%", N, "rate", 3.75, cls="pct"),
     M(K, "Rabu (8/5/2024)", D, "decision", "2024-05-08"),
     M(K, "2016", D, "last_cut", "2016"),
     M(K, "Rabu (15/5/2024)", D, "effective", "2024-05-15"),
     M(K, "dua kali lagi", N, "more_cuts", 2),
     M(K, "2,2%", N, "cpif", 2.2, cls="pct"),
     M(K, "Maret", D, "cpi_month", "2024-03"),
     M(K, "2%", N, "target", 2, cls="pct"),
     M(K, "melampaui 10%", N, "peak", 10, qual="morethan", cls="pct"),
     M(K, "delapan kali", N, "hikes", 8),
     M(K, "2022", D, "hikes_start", "2022"),
     M(K, "4%", N, "prev", 4, cls="pct", occ=2),
     M(K, "Juni 2024", D, "next", "2024-06"),

     M(L, "a quarter of a percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(L, "3.75 percent", N, "rate", 3.75, cls="pct"),
     M(L, "Wednesday", D, "decision", "2024-05-08"),
     M(L, "2016", D, "last_cut", "2016"),
     M(L, "May 15", D, "effective", "2024-05-15"),
     M(L, "4 percent", N, "prev", 4, cls="pct"),
     M(L, "September", D, "last_hike", "2023-09"),
     M(L, "eight times", N, "hikes", 8),
     M(L, "2022", D, "hikes_start", "2022"),
     M(L, "2 percent", N, "target", 2, cls="pct"),
     M(L, "two more cuts", N, "more_cuts", 2),
     M(L, "2.2 percent", N, "cpif", 2.2, cls="pct"),
     M(L, "March", D, "cpi_month", "2024-03"),
     M(L, "more than 10 percent", N, "peak", 10, qual="morethan", cls="pct"),

     M(C, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(C, "3,75%", N, "rate", 3.75, cls="pct"),
     M(C, "Rabu, 8 Mei 2024", D, "decision", "2024-05-08"),
     M(C, "delapan tahun", N, "since_cut", 8, cls="dur"),
     M(C, "4%", N, "prev", 4, cls="pct"),
     M(C, "September 2023", D, "last_hike", "2023-09"),
     M(C, "2%", N, "target", 2, cls="pct"),
     M(C, "2,2%", N, "cpif", 2.2, cls="pct"),
     M(C, "Maret 2024", D, "cpi_month", "2024-03"),
     M(C, "dua kali", N, "more_cuts", 2),
     M(C, "3,75%", N, "rate", 3.75, cls="pct", occ=2),
     M(C, "15 Mei 2024", D, "effective", "2024-05-15"),
    ]
    build("riksbank-rate-2024", "Sweden's Riksbank rate decision (control) of Wednesday 8 May 2024: the policy rate "
          "cut 25 basis points from 4.00% to 3.75%, the first cut in eight years (since 2016), applying from 15 May; "
          "two more cuts expected in the second half of the year; CPIF inflation 2.2% in March against the 2% target, "
          "after a peak above 10%; eight increases since 2022, the rate at 4% since September 2023; the next decision "
          "in June 2024. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ahmedabad()
    germany()
    riksbank()
