"""The seventy-first development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset71/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kumbh():
    K, R, T, ND, A = "kompas-jan29", "reuters-jan30", "tempo-feb04", "ndtv-mar19", "antara-jun28"
    # the dead: at least 15 by a doctor's count on Wednesday morning 29 January, 39 counted in the morgue by a Reuters
    # witness and nearly 40 by three police sources that afternoon, 30 by the police officer in charge that evening
    # (the first official toll, lower: a revision), 37 by the state's count by June; BBC Hindi's count of at least 82
    MORNING, AFTERNOON, EVENING, JUNE = "2025-01-29T08", "2025-01-29T15", "2025-01-29T19", "2025-06"
    OFF, BBC = "the Uttar Pradesh authorities", "BBC Hindi"
    names = {
     "dead": "people killed in the crush", "injured": "people injured in the crush",
     "hospitalised": "people taken to hospital by ambulance", "identified": "dead identified by the evening",
     "treated": "injured still treated at the medical college", "karnataka": "dead from Karnataka",
     "police_sources": "police sources who gave the morgue count", "expected": "pilgrims expected on the bathing day",
     "members": "members of the judicial commission", "mps": "MPs who asked the question in Parliament",
     "bathers": "bathers over the whole festival", "bbc_families": "families the BBC visited",
     "bbc_states": "states the BBC's reporters visited", "partial": "uncounted dead whose families were paid in cash",
     "unpaid": "families who received nothing", "compensated": "families the state says it compensated",
     "sites": "places where crushes happened", "ex_gratia": "compensation per family", "cash": "cash paid per family",
     "deadline": "time the commission was given to report", "cycle": "interval between Maha Kumbh festivals",
     "fest_days": "length of the festival",
     # dates
     "crush": "day of the crush", "toll_day": "day the official toll was given", "fest_start": "first day of the festival",
     "fest_end": "last day of the festival", "sc_day": "day the Supreme Court declined the petition",
     "pil_day": "day the petition was filed", "parl_day": "day of the opposition leader's speech in Parliament",
     "reply_day": "day of the ministry's written reply",
    }
    ms = [
     M(K, "Rabu (29/1/2025)", D, "crush", "2025-01-29"),
     M(K, "sedikitnya 15 orang", N, "dead", 15, MORNING, "atleast"),
     M(K, "39 jenazah", N, "dead", 39, AFTERNOON),
     M(K, "tiga sumber", N, "police_sources", 3),
     M(K, "hampir 40 jenazah", N, "dead", 40, AFTERNOON, "nearly"),
     M(K, "sekitar 100 juta peziarah", N, "expected", 100e6, qual="approx"),
     M(K, "13 Januari", D, "fest_start", "2025-01-13"),
     M(K, "26 Februari", D, "fest_end", "2025-02-26"),
     M(K, "12 tahun", N, "cycle", 12, cls="dur"),

     M(R, "Thirty people", N, "dead", 30, EVENING, src=OFF),
     M(R, "60 injured", N, "injured", 60, EVENING, src=OFF),
     M(R, "Wednesday", D, "toll_day", "2025-01-29"),
     M(R, "about 90 people", N, "hospitalised", 90, EVENING, "approx", src=OFF),
     M(R, "30 of them", N, "dead", 30, EVENING, src=OFF),
     M(R, "Twenty-five", N, "identified", 25, EVENING, src=OFF),
     M(R, "four pilgrims", N, "karnataka", 4, EVENING, src=OFF),
     M(R, "Thirty-six", N, "treated", 36, EVENING, src=OFF, fall=True),
     M(R, "three police sources", N, "police_sources", 3),
     M(R, "nearly 40 bodies", N, "dead", 40, AFTERNOON, "nearly"),
     M(R, "39", N, "dead", 39, AFTERNOON),
     M(R, "2.5 million rupees", N, "ex_gratia", 2.5e6, cls="inr"),
     M(R, "three-member", N, "members", 3),
     M(R, "one month", N, "deadline", 1, cls="dur"),
     M(R, "Wednesday", D, "crush", "2025-01-29", occ=2),
     M(R, "every 12 years", N, "cycle", 12, cls="dur"),
     M(R, "Feb. 26", D, "fest_end", "2025-02-26"),

     M(T, "Senin, 3 Februari 2025", D, "sc_day", "2025-02-03"),
     M(T, "30 Januari", D, "pil_day", "2025-01-30"),
     M(T, "30 orang tewas", N, "dead", 30, EVENING, src=OFF),
     M(T, "60 orang", N, "injured", 60, EVENING, src=OFF),
     M(T, "Selasa (28/1/2025)", D, "crush", "2025-01-28", planted=True),
     M(T, "2,5 juta rupee", N, "ex_gratia", 2.5e6, cls="inr"),
     M(T, "Selasa (4/2/2025)", D, "parl_day", "2025-02-04"),
     M(T, "tiga orang", N, "members", 3),
     M(T, "satu bulan", N, "deadline", 1, cls="dur"),
     M(T, "26 Februari", D, "fest_end", "2025-02-26"),

     M(ND, "January 29", D, "crush", "2025-01-29"),
     M(ND, "Tuesday", D, "reply_day", "2025-03-18"),
     M(ND, "two Congress MPs", N, "mps", 2),
     M(ND, "30 people died", N, "dead", 30, EVENING, src=OFF),
     M(ND, "66 were injured", N, "injured", 66, EVENING, src=OFF, planted=True),
     M(ND, "three-member", N, "members", 3),
     M(ND, "February 26", D, "fest_end", "2025-02-26"),
     M(ND, "45 days", N, "fest_days", 45, cls="dur"),
     M(ND, "more than 66 crore", N, "bathers", 660e6, qual="morethan"),
     M(ND, "every 12 years", N, "cycle", 12, cls="dur"),

     M(A, "sedikitnya 82 orang", N, "dead", 82, JUNE, "atleast", src=BBC),
     M(A, "Rabu (29/1/2025)", D, "crush", "2025-01-29"),
     M(A, "37 korban tewas", N, "dead", 37, JUNE, src=OFF),
     M(A, "30 orang", N, "dead", 30, EVENING, src=OFF),
     M(A, "lebih dari 100 keluarga", N, "bbc_families", 100, qual="morethan"),
     M(A, "11 negara bagian", N, "bbc_states", 11),
     M(A, "26 korban", N, "partial", 26),
     M(A, "500.000 rupee", N, "cash", 5e5, cls="inr"),
     M(A, "18 keluarga", N, "unpaid", 18),
     M(A, "2,5 juta rupee", N, "ex_gratia", 2.5e6, cls="inr"),
     M(A, "35 korban", N, "compensated", 35),
     M(A, "empat lokasi", N, "sites", 4),
     M(A, "45 hari", N, "fest_days", 45, cls="dur"),
     M(A, "26 Februari", D, "fest_end", "2025-02-26"),
     M(A, "lebih dari 660 juta peziarah", N, "bathers", 660e6, qual="morethan"),
    ]
    build("kumbh-crush-2025", "The crowd crush at the Maha Kumbh Mela in Prayagraj in the early hours of Wednesday 29 "
          "January 2025 (Mauni Amavasya): at least 15 dead by a doctor's count that morning, 39 bodies counted in the "
          "morgue by a Reuters witness and nearly 40 by three police sources that afternoon, then the first official "
          "toll that evening, lower: 30 dead and 60 injured (about 90 taken to hospital, 25 identified, 36 still "
          "treated); a three-member judicial commission; the Supreme Court's refusal of a petition on Monday 3 February; "
          "the ministry's reply to Parliament on Tuesday 18 March; by June the state's count of 37 against BBC Hindi's "
          "count of at least 82", False, ms, names)


def korea():
    Y, R, K, A = "yonhap-jun03", "reuters-jun04", "kompas-jun05", "antara-jul04"
    KEP, JT, NEC = "the broadcasters' joint exit poll", "the JTBC exit poll", "the National Election Commission"
    NIGHT = "2025-06-03"
    names = {
     "lee_share": "Lee Jae-myung's share", "kim_share": "Kim Moon-soo's share", "ljs_share": "Lee Jun-seok's share",
     "lee_votes": "votes for Lee Jae-myung", "kim_votes": "votes for Kim Moon-soo", "ljs_votes": "votes for Lee Jun-seok",
     "margin": "Lee's margin over Kim in votes", "turnout": "turnout", "turnout1997": "turnout in 1997",
     "registered": "eligible voters", "voted": "people who voted", "exit_voters": "voters questioned in the exit poll",
     "exit_stations": "polling stations of the exit poll", "phone": "early voters surveyed by telephone",
     "refund": "share needed to recover half of the campaign's costs", "margin2022": "Lee's losing margin in 2022",
     "years_since": "years since a higher turnout", "term": "length of the president's term",
     "turmoil": "length of the turmoil before the vote", "days_after": "days between the court's ruling and the vote",
     "pm_terms": "Kim Min-seok's terms as a lawmaker", "present": "lawmakers present at the confirmation vote",
     "yes": "votes for the prime minister's confirmation", "no": "votes against the confirmation",
     "invalid": "invalid ballots in the confirmation vote", "seats": "seats in the National Assembly",
     "pm_age": "Kim Min-seok's age",
     # dates
     "vote": "day of the presidential vote", "inauguration": "day Lee was sworn in", "nomination": "day Kim Min-seok was nominated",
     "removal": "day the Constitutional Court removed Yoon", "decree": "day of Yoon's decree",
     "confirm": "day the National Assembly confirmed the prime minister", "y1997": "the 1997 presidential election",
     "y2022": "the 2022 presidential election",
    }
    ms = [
     M(Y, "Tuesday", D, "vote", "2025-06-03"),
     M(Y, "51.7 percent", N, "lee_share", 51.7, NIGHT, cls="pct", src=KEP),
     M(Y, "39.3 percent", N, "kim_share", 39.3, NIGHT, cls="pct", src=KEP),
     M(Y, "7.7 percent", N, "ljs_share", 7.7, NIGHT, cls="pct", src=KEP),
     M(Y, "50.6 percent", N, "lee_share", 50.6, NIGHT, cls="pct", src=JT),
     M(Y, "39.4 percent", N, "kim_share", 39.4, NIGHT, cls="pct", src=JT),
     M(Y, "80,146 voters", N, "exit_voters", 80146),
     M(Y, "325 polling stations", N, "exit_stations", 325),
     M(Y, "11,500 people", N, "phone", 11500),
     M(Y, "79.4 percent", N, "turnout", 79.4, qual="approx", cls="pct", src=NEC),
     M(Y, "1997", D, "y1997", "1997"),
     M(Y, "80.7 percent", N, "turnout1997", 80.7, cls="pct"),
     M(Y, "About 35.24 million", N, "voted", 35.24e6, qual="approx", src=NEC),
     M(Y, "44.39 million", N, "registered", 44.39e6, qual="approx", src=NEC),
     M(Y, "April 4", D, "removal", "2025-04-04"),
     M(Y, "December", D, "decree", "2024-12"),
     M(Y, "2022", D, "y2022", "2022"),
     M(Y, "0.73 percentage point", N, "margin2022", 0.73, cls="pp"),

     M(R, "Wednesday", D, "inauguration", "2025-06-04"),
     M(R, "49.42%", N, "lee_share", 49.42, cls="pct", src=NEC),
     M(R, "17,287,513 ballots", N, "lee_votes", 17287513, src=NEC),
     M(R, "41.15%", N, "kim_share", 41.15, cls="pct", src=NEC),
     M(R, "14,395,639 votes", N, "kim_votes", 14395639, src=NEC),
     M(R, "8.34%", N, "ljs_share", 8.34, cls="pct", src=NEC),
     M(R, "10%", N, "refund", 10, cls="pct"),
     M(R, "79.38%", N, "turnout", 79.38, cls="pct", src=NEC),
     M(R, "28 years", N, "years_since", 28, cls="dur"),
     M(R, "four-term", N, "pm_terms", 4),
     M(R, "five-year", N, "term", 5, cls="dur"),
     M(R, "six months", N, "turmoil", 6, cls="dur"),
     M(R, "Dec. 3", D, "decree", "2024-12-03"),
     M(R, "Tuesday", D, "vote", "2025-06-03"),
     M(R, "60 days", N, "days_after", 60, cls="dur"),
     M(R, "April 4", D, "removal", "2025-04-04"),

     M(K, "Selasa (3/6/2025)", D, "vote", "2025-06-03"),
     M(K, "17.287.513 suara", N, "lee_votes", 17287513, src=NEC),
     M(K, "49,42 persen", N, "lee_share", 49.42, cls="pct", src=NEC),
     M(K, "14.359.639 suara", N, "kim_votes", 14359639, src=NEC, planted=True),
     M(K, "41,15 persen", N, "kim_share", 41.15, cls="pct", src=NEC),
     M(K, "2.917.523 suara", N, "ljs_votes", 2917523, src=NEC),
     M(K, "8,34 persen", N, "ljs_share", 8.34, cls="pct", src=NEC),
     M(K, "sekitar 2,89 juta suara", N, "margin", 2.89e6, qual="approx", src=NEC),
     M(K, "79,38 persen", N, "turnout", 79.38, cls="pct", src=NEC),
     M(K, "44.391.871 pemilih", N, "registered", 44391871, src=NEC),
     M(K, "1997", D, "y1997", "1997"),
     M(K, "Rabu (4/6/2025)", D, "inauguration", "2025-06-04"),
     M(K, "lima tahun", N, "term", 5, cls="dur"),
     M(K, "4 April 2025", D, "removal", "2025-04-04"),
     M(K, "2022", D, "y2022", "2022"),
     M(K, "0,73 poin persentase", N, "margin2022", 0.73, cls="pp"),

     M(A, "Kamis (3/7/2025)", D, "confirm", "2025-07-03"),
     M(A, "179 anggota", N, "present", 179),
     M(A, "173", N, "yes", 173),
     M(A, "tiga menolak", N, "no", 3),
     M(A, "tiga suara tidak sah", N, "invalid", 3),
     M(A, "empat periode", N, "pm_terms", 4),
     M(A, "Rabu (4/6/2025)", D, "nomination", "2025-06-04"),
     M(A, "61 tahun", N, "pm_age", 61, cls="age"),
     M(A, "300 kursi", N, "seats", 300),
     M(A, "3 Juni", D, "vote", "2025-06-03"),
     M(A, "49,42 persen", N, "lee_share", 49.42, cls="pct", src=NEC),
     M(A, "41,15 persen", N, "kim_share", 41.15, cls="pct", src=NEC),
     M(A, "79,38 persen", N, "turnout", 79.38, cls="pct", src=NEC),
    ]
    build("korea-snap-election-2025", "South Korea's snap presidential election of Tuesday 3 June 2025: the exit polls "
          "of the night (the broadcasters' joint poll: Lee Jae-myung 51.7%, Kim Moon-soo 39.3%, Lee Jun-seok 7.7%; "
          "JTBC: 50.6% and 39.4%) against the National Election Commission's count (Lee 17,287,513 votes or 49.42%, Kim "
          "14,395,639 or 41.15%, Lee Jun-seok 2,917,523 or 8.34%; turnout 79.38% of 44,391,871, preliminary 79.4%); "
          "Lee sworn in on Wednesday 4 June and Kim Min-seok, nominated that day, confirmed as prime minister by the "
          "National Assembly on Thursday 3 July 2025 (173 of 179 present)", False, ms, names)


def boe():
    R, K, G, B = "reuters-feb06", "kontan-feb07", "guardian-feb08", "bisnis-feb10"
    names = {
     "cut": "size of the cut", "rate": "the new Bank Rate", "prev_rate": "Bank Rate before the decision",
     "alt_cut": "the cut the two dissenters wanted", "alt_rate": "the rate the two dissenters wanted",
     "majority": "members voting for the quarter-point cut", "dissent": "members voting for a half-point cut",
     "members": "members of the Monetary Policy Committee", "cuts": "cuts since easing began",
     "gdp2025": "growth forecast for 2025", "gdp_prev": "the November forecast of 2025 growth",
     "cpi": "inflation in December", "cpi_peak": "forecast inflation peak", "target": "the inflation target",
     "peak_rate": "the rate at its peak",
     # dates
     "decision": "day of the decision", "prev_forecast": "month of the previous forecast",
     "cpi_month": "month of the inflation reading", "peak_quarter": "quarter of the inflation peak",
     "lowest_since": "month the rate was last this low", "first_cut": "month of the first cut of the cycle",
     "prev_cut": "month of the previous cut", "next": "day of the next decision",
    }
    ms = [
     M(R, "a quarter of a percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(R, "4.5%", N, "rate", 4.5, cls="pct"),
     M(R, "Thursday", D, "decision", "2025-02-06"),
     M(R, "7-2", N, "majority", 7, also=(("dissent", 2),)),
     M(R, "4.75%", N, "prev_rate", 4.75, cls="pct"),
     M(R, "two dissenters", N, "dissent", 2),
     M(R, "half-point", N, "alt_cut", 50, qual="unit", cls="bp"),
     M(R, "All nine members", N, "members", 9),
     M(R, "0.75%", N, "gdp2025", 0.75, cls="pct"),
     M(R, "1.5%", N, "gdp_prev", 1.5, cls="pct"),
     M(R, "November", D, "prev_forecast", "2024-11"),
     M(R, "2.5%", N, "cpi", 2.5, cls="pct"),
     M(R, "December", D, "cpi_month", "2024-12"),
     M(R, "3.7%", N, "cpi_peak", 3.7, cls="pct"),
     M(R, "third quarter of 2025", D, "peak_quarter", "2025-Q3"),
     M(R, "2%", N, "target", 2, cls="pct"),
     M(R, "June 2023", D, "lowest_since", "2023-06"),
     M(R, "third cut", N, "cuts", 3),
     M(R, "August 2024", D, "first_cut", "2024-08"),
     M(R, "5.25%", N, "peak_rate", 5.25, cls="pct"),
     M(R, "March 20", D, "next", "2025-03-20"),

     M(K, "25 basis poin", N, "cut", 25, cls="bp"),
     M(K, "4,75%", N, "prev_rate", 4.75, cls="pct"),
     M(K, "4,5%", N, "rate", 4.5, cls="pct"),
     M(K, "Kamis (6/2/2025)", D, "decision", "2025-02-06"),
     M(K, "7 berbanding 2", N, "majority", 7, also=(("dissent", 2),)),
     M(K, "dua anggota", N, "dissent", 2),
     M(K, "50 bps", N, "alt_cut", 50, cls="bp"),
     M(K, "4,25%", N, "alt_rate", 4.25, cls="pct"),
     M(K, "0,75%", N, "gdp2025", 0.75, cls="pct"),
     M(K, "1,5%", N, "gdp_prev", 1.5, cls="pct"),
     M(K, "November", D, "prev_forecast", "2024-11"),
     M(K, "3,7%", N, "cpi_peak", 3.7, cls="pct"),
     M(K, "kuartal III 2025", D, "peak_quarter", "2025-Q3"),
     M(K, "2,5%", N, "cpi", 2.5, cls="pct"),
     M(K, "Desember 2024", D, "cpi_month", "2024-12"),
     M(K, "2%", N, "target", 2, cls="pct"),
     M(K, "Juni 2023", D, "lowest_since", "2023-06"),
     M(K, "ketiga", N, "cuts", 3),
     M(K, "Agustus 2024", D, "first_cut", "2024-08"),
     M(K, "20 Maret 2025", D, "next", "2025-03-20"),

     M(G, "4.75%", N, "prev_rate", 4.75, cls="pct"),
     M(G, "4.5%", N, "rate", 4.5, cls="pct"),
     M(G, "June 2023", D, "lowest_since", "2023-06"),
     M(G, "0.75%", N, "gdp2025", 0.75, cls="pct"),
     M(G, "1.5%", N, "gdp_prev", 1.5, cls="pct"),
     M(G, "nine-member", N, "members", 9),
     M(G, "seven to two", N, "majority", 7, also=(("dissent", 2),)),
     M(G, "0.25 percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(G, "Thursday, 6 February", D, "decision", "2025-02-06"),
     M(G, "half-point", N, "alt_cut", 50, qual="unit", cls="bp"),
     M(G, "4.25%", N, "alt_rate", 4.25, cls="pct"),
     M(G, "2.5%", N, "cpi", 2.5, cls="pct"),
     M(G, "December", D, "cpi_month", "2024-12"),
     M(G, "3.7%", N, "cpi_peak", 3.7, cls="pct"),
     M(G, "third quarter", D, "peak_quarter", "2025-Q3"),
     M(G, "2%", N, "target", 2, cls="pct"),
     M(G, "third cut", N, "cuts", 3),
     M(G, "two votes", N, "dissent", 2),
     M(G, "August 2024", D, "first_cut", "2024-08"),
     M(G, "5.25%", N, "peak_rate", 5.25, cls="pct"),

     M(B, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(B, "4,50 persen", N, "rate", 4.5, cls="pct"),
     M(B, "Kamis, 6 Februari 2025", D, "decision", "2025-02-06"),
     M(B, "4,75 persen", N, "prev_rate", 4.75, cls="pct"),
     M(B, "November 2024", D, "prev_cut", "2024-11"),
     M(B, "tujuh", N, "majority", 7),
     M(B, "sembilan anggota", N, "members", 9),
     M(B, "dua anggota", N, "dissent", 2),
     M(B, "0,5 poin persentase", N, "alt_cut", 50, qual="unit", cls="bp"),
     M(B, "0,75 persen", N, "gdp2025", 0.75, cls="pct"),
     M(B, "1,5 persen", N, "gdp_prev", 1.5, cls="pct"),
     M(B, "2,5 persen", N, "cpi", 2.5, cls="pct"),
     M(B, "Desember", D, "cpi_month", "2024-12"),
     M(B, "3,7 persen", N, "cpi_peak", 3.7, cls="pct"),
     M(B, "kuartal III 2025", D, "peak_quarter", "2025-Q3"),
     M(B, "2 persen", N, "target", 2, cls="pct"),
     M(B, "5,25 persen", N, "peak_rate", 5.25, cls="pct"),
     M(B, "Agustus 2024", D, "first_cut", "2024-08"),
     M(B, "Juni 2023", D, "lowest_since", "2023-06"),
     M(B, "20 Maret 2025", D, "next", "2025-03-20"),
    ]
    build("boe-cut-2025", "The Bank of England's rate decision (control) of Thursday 6 February 2025: Bank Rate cut 25 "
          "basis points from 4.75% to 4.5%, the lowest since June 2023 and the third cut since August 2024 (the rate "
          "had peaked at 5.25%), by seven votes to two, the two others voting for a half-point cut to 4.25%; the 2025 "
          "growth forecast halved from November's 1.5% to 0.75%; inflation 2.5% in December 2024, forecast to peak at "
          "3.7% in the third quarter of 2025 against the 2% target; the next decision on 20 March 2025. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    kumbh()
    korea()
    boe()
