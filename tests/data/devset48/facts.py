"""The forty-eighth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset48/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def nargis():
    R, K, A, T, B = "reuters-may05", "kompas-may07", "ap-may16", "tempo-may24", "bbc-may01-2009"
    GOV, FM, US, RC = "the government", "the foreign minister", "the US embassy", "the Red Cross"
    names = {
     "dead": "death toll of Cyclone Nargis", "missing": "people missing after Cyclone Nargis",
     "deadmissing": "dead and missing together (final)", "wind": "the storm's top wind speed (km/h)",
     "regions": "states and divisions declared disaster areas", "yangon_pop": "population of Yangon",
     "bangla": "dead in the 1991 Bangladesh cyclone", "surge": "height of the storm surge",
     "homeless": "people left homeless (UN estimate)", "townships": "townships where the referendum was postponed",
     "hercules": "Indonesian Hercules aircraft sent", "severe": "people severely affected (UN estimate)",
     "reached": "people reached by aid by mid-May", "appeal": "UN flash appeal",
     "yes_share": "share approving the constitution", "turnout": "referendum turnout",
     "weeks3": "weeks between the storm and Ban's meeting with Than Shwe", "affected": "people affected (joint assessment)",
     "damage": "damage (joint assessment)", "shelters": "people still in makeshift shelters a year on",
     # dates
     "landfall": "day the cyclone came ashore", "yangon_hit": "day the storm hit Yangon",
     "count04": "day of the first count (351)", "count05": "day of the 3,934 count", "count06": "day of the 22,464 count",
     "count15": "day of the 43,318 count", "count16": "day of the 77,738 count", "fm_day": "day the US envoy spoke",
     "referendum": "day of the referendum", "second_round": "day of the postponed referendum vote",
     "appeal_day": "day of the UN flash appeal", "usflights": "day US cargo flights began",
     "refresult": "day the referendum result was announced", "meeting": "day Ban met Than Shwe",
     "donors": "day of the donor conference", "final_pub": "month the final toll was published", "y1991": "year of the Bangladesh cyclone",
    }
    ms = [
     M(R, "3,934 people", N, "dead", 3934, "2008-05-05", src=GOV),
     M(R, "2,879", N, "missing", 2879, "2008-05-05", src=GOV, fall=True),
     M(R, "Monday", D, "count05", "2008-05-05"),
     M(R, "351", N, "dead", 351, "2008-05-04", src=GOV),
     M(R, "Sunday", D, "count04", "2008-05-04"),
     M(R, "above 10,000", N, "dead", 10000, "2008-05-05", "morethan", src=FM),
     M(R, "Friday night", D, "landfall", "2008-05-02"),
     M(R, "190 kph", N, "wind", 190, cls="speed"),
     M(R, "120 mph", N, "wind", 190, qual="unit", cls="speed"),
     M(R, "Saturday", D, "yangon_hit", "2008-05-03"),
     M(R, "five states", N, "regions", 5),
     M(R, "about 5 million people", N, "yangon_pop", 5e6, qual="approx"),
     M(R, "May 10", D, "referendum", "2008-05-10"),
     M(R, "1991", D, "y1991", "1991"),
     M(R, "about 138,000 people", N, "bangla", 138000, qual="approx"),

     M(K, "22.464 orang", N, "dead", 22464, "2008-05-06", src=GOV),
     M(K, "41.054 orang", N, "missing", 41054, "2008-05-06", src=GOV, fall=True),
     M(K, "Selasa (6/5/2008)", D, "count06", "2008-05-06"),
     M(K, "Senin", D, "count05", "2008-05-05"),
     M(K, "3.943 orang", N, "dead", 3943, "2008-05-05", src=GOV, planted=True),
     M(K, "Rabu (7/5/2008)", D, "fm_day", "2008-05-07"),
     M(K, "lebih dari 100.000 orang", N, "dead", 100000, "2008-05-07", "morethan", src=US),
     M(K, "3,5 meter", N, "surge", 3.5, cls="len"),
     M(K, "Jumat (2/5/2008)", D, "landfall", "2008-05-02"),
     M(K, "190 kilometer per jam", N, "wind", 190, cls="speed"),
     M(K, "1 juta orang", N, "homeless", 1e6, qual="approx"),
     M(K, "24 Mei", D, "second_round", "2008-05-24"),
     M(K, "47 kota kecamatan", N, "townships", 47),
     M(K, "10 Mei", D, "referendum", "2008-05-10"),
     M(K, "dua pesawat Hercules", N, "hercules", 2),

     M(A, "77,738", N, "dead", 77738, "2008-05-16", src=GOV),
     M(A, "55,917 people", N, "missing", 55917, "2008-05-16", src=GOV, fall=True),
     M(A, "Friday", D, "count16", "2008-05-16"),
     M(A, "43,318 dead", N, "dead", 43318, "2008-05-15", src=GOV),
     M(A, "27,838 missing", N, "missing", 27838, "2008-05-15", src=GOV, fall=True),
     M(A, "Thursday", D, "count15", "2008-05-15"),
     M(A, "68,833", N, "dead", 68833, "2008-05-15", "atleast", src=RC),
     M(A, "127,990", N, "dead", 127990, "2008-05-15", "nearly", src=RC),
     M(A, "2.5 million people", N, "severe", 2.5e6, src="the UN"),
     M(A, "fewer than 500,000", N, "reached", 500000, qual="nearly"),
     M(A, "190 kph", N, "wind", 190, cls="speed"),
     M(A, "May 2", D, "landfall", "2008-05-02"),
     M(A, "$187 million", N, "appeal", 187e6, cls="money"),
     M(A, "May 9", D, "appeal_day", "2008-05-09"),
     M(A, "Monday", D, "usflights", "2008-05-12"),
     M(A, "Thursday", D, "refresult", "2008-05-15", occ=2),
     M(A, "92.4 percent", N, "yes_share", 92.4, "2008-05-15", cls="pct"),
     M(A, "about 99 percent", N, "turnout", 99, qual="approx", cls="pct"),

     M(T, "Kamis (22/5/2008)", D, "meeting", "2008-05-22", planted=True),
     M(T, "tiga pekan", N, "weeks3", 3, cls="dur"),
     M(T, "16 Mei", D, "count16", "2008-05-16"),
     M(T, "77.738 orang", N, "dead", 77738, "2008-05-16", src=GOV),
     M(T, "55.917 orang", N, "missing", 55917, "2008-05-16", src=GOV, fall=True),
     M(T, "2,5 juta orang", N, "severe", 2.5e6, src="the UN"),
     M(T, "187 juta dollar AS", N, "appeal", 187e6, cls="money"),
     M(T, "9 Mei", D, "appeal_day", "2008-05-09"),
     M(T, "Sabtu (24/5/2008)", D, "second_round", "2008-05-24"),
     M(T, "47 kota kecamatan", N, "townships", 47),
     M(T, "Minggu (25/5/2008)", D, "donors", "2008-05-25"),

     M(B, "2 May 2008", D, "landfall", "2008-05-02"),
     M(B, "84,537 people", N, "dead", 84537, "2008-06-24", src=GOV),
     M(B, "53,836", N, "missing", 53836, "2008-06-24", src=GOV, fall=True),
     M(B, "June last year", D, "final_pub", "2008-06"),
     M(B, "138,373 people", N, "deadmissing", 138373),
     M(B, "2.4 million", N, "affected", 2.4e6),
     M(B, "about $4bn", N, "damage", 4e9, qual="approx", cls="money"),
     M(B, "23 May 2008", D, "meeting", "2008-05-23"),
     M(B, "three weeks", N, "weeks3", 3, cls="dur"),
     M(B, "about 500,000 people", N, "shelters", 500000, qual="approx"),
     M(B, "92.48%", N, "yes_share", 92.48, "2008-05-29", cls="pct"),
    ]
    build("nargis-2008", "Cyclone Nargis, Myanmar (2-3 May 2008): the government's toll rising over weeks (351 -> "
          "3,934 -> 22,464 -> 43,318 -> 77,738 -> 84,537 final) with the missing rising then falling (2,879 -> 41,054 "
          "-> 27,838 -> 55,917 -> 53,836), a foreign minister's, a US envoy's and the Red Cross's estimates, the UN's "
          "severely affected and its appeal, the referendum's dates and result, the 1991 Bangladesh cyclone recalled; "
          "dates of the landfall, the counts, the appeal, the meeting that let aid in, a donor conference",
          False, ms, names)


def nz():
    Rz, Ko, H, Dt, Rt = "rnz-oct15", "kompas-oct16", "nzherald-nov03", "detik-nov24", "reuters-nov27"
    P, F, Bq = "2023-10-14", "2023-11-03", "2023-11-25"
    names = {
     "nat": "National's seats", "lab": "Labour's seats", "grn": "the Greens' seats", "act": "ACT's seats",
     "nzf": "NZ First's seats", "tpm": "Te Pati Maori's seats", "bloc": "National and ACT's seats together",
     "coalition": "the three-party coalition's seats", "parl": "seats in Parliament", "majority": "seats needed for a majority",
     "overhang": "overhang seats on election night", "natlost": "seats National lost on the final count",
     "nat_pct": "National's party vote share", "lab_pct": "Labour's party vote share", "grn_pct": "the Greens' share",
     "act_pct": "ACT's share", "nzf_pct": "NZ First's share", "tpm_pct": "Te Pati Maori's share",
     "lab2020_pct": "Labour's share in 2020", "lab2020": "Labour's seats in 2020", "specials": "special votes",
     "specials_pct": "special votes' share of the total", "turnout": "turnout 2023", "turnout2020": "turnout 2020",
     "nelson": "Labour's margin in Nelson (votes)", "age_luxon": "Luxon's age", "age_peters": "Peters's age",
     "years_labour": "years of Labour government", "weeks6": "weeks from the election to the coalition and swearing-in",
     "weeks3": "weeks from the vote to the final result", "dpm_months": "months Peters serves as deputy",
     "cpi": "annual inflation in the September quarter",
     # dates
     "election": "election day", "concession": "day Hipkins conceded", "calls": "day Luxon would call the leaders",
     "final_day": "day the final result was announced", "y2020": "the 2020 election", "luxon_entered": "year Luxon entered Parliament",
     "byelection": "day of the Port Waikato by-election", "signing": "day the coalition agreements were signed",
     "swearing": "day Luxon was sworn in", "handover": "month the deputy premiership passes to Seymour",
     "parl_open": "day Parliament opens",
    }
    ms = [
     M(Rz, "50 seats", N, "nat", 50, P),
     M(Rz, "11", N, "act", 11, P),
     M(Rz, "61 seats", N, "bloc", 61, P),
     M(Rz, "121-seat Parliament", N, "parl", 121, P),
     M(Rz, "one overhang seat", N, "overhang", 1),
     M(Rz, "about 39 percent", N, "nat_pct", 39, P, "approx", cls="pct"),
     M(Rz, "about 27 percent", N, "lab_pct", 27, P, "approx", cls="pct"),
     M(Rz, "34 seats", N, "lab", 34, P),
     M(Rz, "14", N, "grn", 14, P),
     M(Rz, "eight", N, "nzf", 8, P),
     M(Rz, "four", N, "tpm", 4, P),
     M(Rz, "Saturday night", D, "concession", "2023-10-14"),
     M(Rz, "50 percent", N, "lab2020_pct", 50, cls="pct"),
     M(Rz, "65 seats", N, "lab2020", 65),
     M(Rz, "2020", D, "y2020", "2020"),
     M(Rz, "about 567,000 special votes", N, "specials", 567000, qual="approx"),
     M(Rz, "20 percent", N, "specials_pct", 20, cls="pct"),
     M(Rz, "November 3", D, "final_day", "2023-11-03"),
     M(Rz, "Sunday", D, "calls", "2023-10-15"),

     M(Ko, "Sabtu (14/10/2023)", D, "election", "2023-10-14"),
     M(Ko, "enam tahun", N, "years_labour", 6, cls="dur"),
     M(Ko, "50 kursi", N, "nat", 50, P),
     M(Ko, "11 kursi", N, "act", 11, P),
     M(Ko, "61", N, "bloc", 61, P),
     M(Ko, "121 kursi", N, "parl", 121, P),
     M(Ko, "34 kursi", N, "lab", 34, P),
     M(Ko, "65 kursi", N, "lab2020", 65),
     M(Ko, "pemilu 2020", D, "y2020", "2020"),
     M(Ko, "14 kursi", N, "grn", 14, P),
     M(Ko, "delapan kursi", N, "nzf", 8, P),
     M(Ko, "empat kursi", N, "tpm", 4, P),
     M(Ko, "Sabtu malam", D, "concession", "2023-10-14"),
     M(Ko, "3 November", D, "final_day", "2023-11-03"),
     M(Ko, "sekitar 567.000 suara khusus", N, "specials", 567000, qual="approx"),
     M(Ko, "53 tahun", N, "age_luxon", 53, cls="age"),
     M(Ko, "pada 2020", D, "luxon_entered", "2020"),

     M(H, "two seats", N, "natlost", 2),
     M(H, "48", N, "nat", 48, F),
     M(H, "Friday", D, "final_day", "2023-11-03"),
     M(H, "38.06 percent", N, "nat_pct", 38.06, F, cls="pct"),
     M(H, "26.91 percent", N, "lab_pct", 26.91, F, cls="pct"),
     M(H, "11.60 percent", N, "grn_pct", 11.60, F, cls="pct"),
     M(H, "8.64 percent", N, "act_pct", 8.64, F, cls="pct"),
     M(H, "6.08 percent", N, "nzf_pct", 6.08, F, cls="pct"),
     M(H, "3.08 percent", N, "tpm_pct", 3.08, F, cls="pct"),
     M(H, "15", N, "grn", 15, F),
     M(H, "six seats", N, "tpm", 6, F),
     M(H, "122 seats", N, "parl", 122, F),
     M(H, "34 seats", N, "lab", 34, F),
     M(H, "11 seats", N, "act", 11, F),
     M(H, "eight", N, "nzf", 8, F),
     M(H, "59 seats", N, "bloc", 59, F),
     M(H, "62", N, "majority", 62, F),
     M(H, "29 votes", N, "nelson", 29),
     M(H, "78.2 percent", N, "turnout", 78.2, cls="pct"),
     M(H, "82.2 percent", N, "turnout2020", 82.2, cls="pct"),
     M(H, "2020", D, "y2020", "2020"),
     M(H, "November 25", D, "byelection", "2023-11-25"),

     M(Dt, "Jumat (24/11/2023)", D, "signing", "2023-11-24"),
     M(Dt, "enam pekan", N, "weeks6", 6, cls="dur"),
     M(Dt, "14 Oktober", D, "election", "2023-10-14"),
     M(Dt, "67", N, "coalition", 67, F),
     M(Dt, "122 kursi", N, "parl", 122, F),
     M(Dt, "48 kursi", N, "nat", 48, F),
     M(Dt, "12 kursi", N, "act", 12, F, planted=True),
     M(Dt, "delapan kursi", N, "nzf", 8, F),
     M(Dt, "18 bulan", N, "dpm_months", 18, cls="dur"),
     M(Dt, "Mei 2025", D, "handover", "2025-05"),
     M(Dt, "Senin (27/11/2023)", D, "swearing", "2023-11-27"),
     M(Dt, "Sabtu (25/11/2023)", D, "byelection", "2023-11-25"),
     M(Dt, "3 November", D, "final_day", "2023-11-03"),
     M(Dt, "tiga minggu", N, "weeks3", 3, cls="dur"),
     M(Dt, "dua kursi", N, "natlost", 2),
     M(Dt, "53 tahun", N, "age_luxon", 53, cls="age"),

     M(Rt, "Monday", D, "swearing", "2023-11-27"),
     M(Rt, "six weeks", N, "weeks6", 6, cls="dur"),
     M(Rt, "six years", N, "years_labour", 6, cls="dur"),
     M(Rt, "Saturday", D, "byelection", "2023-11-25"),
     M(Rt, "49 seats", N, "nat", 49, Bq),
     M(Rt, "68", N, "coalition", 68, Bq),
     M(Rt, "123 seats", N, "parl", 123, Bq),
     M(Rt, "Friday", D, "signing", "2023-11-24"),
     M(Rt, "Nov. 3", D, "final_day", "2023-11-03"),
     M(Rt, "78", N, "age_peters", 78, cls="age"),
     M(Rt, "18 months", N, "dpm_months", 18, cls="dur"),
     M(Rt, "53", N, "age_luxon", 53, cls="age"),
     M(Rt, "5.6%", N, "cpi", 5.6, cls="pct"),
     M(Rt, "Dec. 5", D, "parl_open", "2023-12-05"),
    ]
    build("nz-election-2023", "New Zealand's general election of Saturday 14 October 2023: election-night seats "
          "(National 50, Labour 34, Greens 14, ACT 11, NZ First 8, Te Pati Maori 4; 121 seats, National and ACT 61) "
          "against the final count of 3 November after special votes (National 48, Greens 15, Te Pati Maori 6; 122 "
          "seats, National and ACT 59 of the 62 needed), shares approximate then final, turnout against 2020's, the "
          "coalition agreements (Friday 24 November), the Port Waikato by-election (Saturday 25 November: National "
          "49, the coalition 68 of 123) and the swearing-in (Monday 27 November)", False, ms, names)


def selic():
    Re, Kt, F, Bs = "reuters-aug02", "kontan-aug03", "ft-aug04", "bisnis-aug05"
    OLD, NEW = "2023-08-01", "2023-08-02"
    names = {
     "selic": "the Selic rate", "cut_bp": "size of the cut (bp)", "alt_bp": "cut the dissenters wanted (bp)",
     "ayes": "votes for the larger cut", "noes": "votes for the smaller cut", "years_since": "years since the previous cut",
     "ipca": "annual inflation in June 2023", "target": "inflation target for 2023", "tol": "tolerance band (points)",
     "fc23": "the bank's inflation projection for 2023", "fc24": "the bank's inflation projection for 2024",
     "hikes": "consecutive rate increases", "low": "record low of the Selic", "held": "meetings the rate was held",
     "focus": "economists' year-end Selic forecast", "window": "months over which inflation is measured",
     "chile_cut": "Chile's cut (bp)", "chile_rate": "Chile's rate after its cut", "lula_dirs": "directors appointed by Lula",
     # dates
     "decision": "day of the decision", "held_since": "month the rate reached 13.75%", "june": "month of the inflation figure",
     "fc23_when": "horizon of the 2023 projection", "fc24_when": "horizon of the 2024 projection",
     "hikes_start": "month the increases began", "next": "month of the next meeting", "last_cut": "month of the previous cut",
     "campos_end": "end of Campos Neto's term", "joined": "month Lula's directors joined the board",
    }
    ms = [
     M(Re, "50 basis points", N, "cut_bp", 50, cls="bp"),
     M(Re, "13.25%", N, "selic", 13.25, NEW, cls="pct", fall=True),
     M(Re, "Wednesday", D, "decision", "2023-08-02"),
     M(Re, "5-4", N, "ayes", 5, also={"noes": 4}),
     M(Re, "four directors", N, "noes", 4),
     M(Re, "25 basis-point", N, "alt_bp", 25, cls="bp"),
     M(Re, "three years", N, "years_since", 3, cls="dur"),
     M(Re, "13.75%", N, "selic", 13.75, OLD, cls="pct", fall=True),
     M(Re, "August 2022", D, "held_since", "2022-08"),
     M(Re, "3.16%", N, "ipca", 3.16, cls="pct"),
     M(Re, "June", D, "june", "2023-06"),
     M(Re, "3.25%", N, "target", 3.25, cls="pct"),
     M(Re, "1.5 percentage points", N, "tol", 1.5, cls="pct"),
     M(Re, "4.9%", N, "fc23", 4.9, cls="pct"),
     M(Re, "the end of 2023", D, "fc23_when", "2023-12"),
     M(Re, "3.4%", N, "fc24", 3.4, cls="pct"),
     M(Re, "2024", D, "fc24_when", "2024"),
     M(Re, "12 times", N, "hikes", 12),
     M(Re, "2%", N, "low", 2, cls="pct"),
     M(Re, "March 2021", D, "hikes_start", "2021-03"),

     M(Kt, "50 basis poin", N, "cut_bp", 50, cls="bp"),
     M(Kt, "13,75%", N, "selic", 13.75, OLD, cls="pct", fall=True),
     M(Kt, "13,25%", N, "selic", 13.25, NEW, cls="pct", fall=True),
     M(Kt, "Rabu (2/8/2023)", D, "decision", "2023-08-02"),
     M(Kt, "5 lawan 4", N, "ayes", 5, also={"noes": 4}),
     M(Kt, "empat anggota", N, "noes", 4),
     M(Kt, "25 bps", N, "alt_bp", 25, cls="bp"),
     M(Kt, "tiga tahun", N, "years_since", 3, cls="dur"),
     M(Kt, "13,75%", N, "selic", 13.75, OLD, cls="pct", fall=True, occ=2),
     M(Kt, "Agustus 2022", D, "held_since", "2022-08"),
     M(Kt, "3,16%", N, "ipca", 3.16, cls="pct"),
     M(Kt, "Juni", D, "june", "2023-06"),
     M(Kt, "3,25%", N, "target", 3.25, cls="pct"),
     M(Kt, "1,5 poin persentase", N, "tol", 1.5, cls="pct"),
     M(Kt, "4,9%", N, "fc23", 4.9, cls="pct"),
     M(Kt, "akhir 2023", D, "fc23_when", "2023-12"),
     M(Kt, "3,4%", N, "fc24", 3.4, cls="pct"),
     M(Kt, "2024", D, "fc24_when", "2024"),
     M(Kt, "12 kali", N, "hikes", 12),
     M(Kt, "2%", N, "low", 2, cls="pct"),
     M(Kt, "Maret 2021", D, "hikes_start", "2021-03"),
     M(Kt, "September", D, "next", "2023-09"),

     M(F, "13.25 per cent", N, "selic", 13.25, NEW, cls="pct", fall=True),
     M(F, "August 2020", D, "last_cut", "2020-08"),
     M(F, "2 per cent", N, "low", 2, cls="pct"),
     M(F, "five-to-four", N, "ayes", 5, also={"noes": 4}),
     M(F, "Wednesday", D, "decision", "2023-08-02"),
     M(F, "25 basis points", N, "alt_bp", 25, cls="bp"),
     M(F, "50 basis points", N, "cut_bp", 50, cls="bp"),
     M(F, "13.75 per cent", N, "selic", 13.75, OLD, cls="pct", fall=True),
     M(F, "seven consecutive meetings", N, "held", 7),
     M(F, "3.16 per cent", N, "ipca", 3.16, cls="pct"),
     M(F, "12 months", N, "window", 12, cls="dur"),
     M(F, "June", D, "june", "2023-06"),
     M(F, "3.25 per cent", N, "target", 3.25, cls="pct"),
     M(F, "4.9 per cent", N, "fc23", 4.9, cls="pct"),
     M(F, "2023", D, "fc23_when", "2023"),
     M(F, "3.4 per cent", N, "fc24", 3.4, cls="pct"),
     M(F, "2024", D, "fc24_when", "2024"),
     M(F, "11.75 per cent", N, "focus", 11.75, cls="pct"),
     M(F, "the end of 2024", D, "campos_end", "2024-12"),
     M(F, "two directors", N, "lula_dirs", 2),
     M(F, "July", D, "joined", "2023-07"),

     M(Bs, "Rabu (2/8/2023)", D, "decision", "2023-08-02"),
     M(Bs, "50 basis poin", N, "cut_bp", 50, cls="bp"),
     M(Bs, "13,25%", N, "selic", 13.25, NEW, cls="pct", fall=True),
     M(Bs, "100 basis poin", N, "chile_cut", 100, cls="bp"),
     M(Bs, "10,25%", N, "chile_rate", 10.25, cls="pct"),
     M(Bs, "Agustus 2020", D, "last_cut", "2020-08"),
     M(Bs, "2%", N, "low", 2, cls="pct"),
     M(Bs, "13,75%", N, "selic", 13.75, OLD, cls="pct", fall=True),
     M(Bs, "tujuh pertemuan", N, "held", 7),
     M(Bs, "5 berbanding 4", N, "ayes", 5, also={"noes": 4}),
     M(Bs, "empat anggota", N, "noes", 4),
     M(Bs, "25 basis poin", N, "alt_bp", 25, cls="bp"),
     M(Bs, "Juni", D, "june", "2023-06"),
     M(Bs, "3,16%", N, "ipca", 3.16, cls="pct"),
     M(Bs, "3,25%", N, "target", 3.25, cls="pct"),
     M(Bs, "11,75%", N, "focus", 11.75, cls="pct"),
     M(Bs, "4,9%", N, "fc23", 4.9, cls="pct"),
     M(Bs, "2023", D, "fc23_when", "2023", occ=2),
     M(Bs, "3,4%", N, "fc24", 3.4, cls="pct"),
     M(Bs, "2024", D, "fc24_when", "2024"),
    ]
    build("selic-cut-2023", "Brazil's central bank cut of Wednesday 2 August 2023 (control): the Selic from 13.75% "
          "to 13.25% (50 basis points) on a 5-4 vote, four members for 25 basis points, the first cut since August "
          "2020's record low of 2% after 12 increases from March 2021 and seven meetings at 13.75%; June inflation "
          "3.16% against the 3.25% target (1.5 points either way), projections of 4.9% for 2023 and 3.4% for 2024, "
          "economists' 11.75% for the year's end, Chile's cut recalled. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    nargis()
    nz()
    selic()
