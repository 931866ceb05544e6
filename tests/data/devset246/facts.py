"""The two-hundred-and-forty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset246/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def floods():
    K, R, C, A = "kompas-mar01", "reuters-mar04", "cnn-mar31", "abc-jun28"
    # as-of times of the running tallies: the deaths in New South Wales (two by Tuesday 1 March 2022, four by
    # Wednesday 2 March, six on Friday 4 March); the SES's rescues and requests in the 24 hours to Monday afternoon 28
    # February; the Insurance Council's claims and estimated cost (67,537 claims and just over A$1 billion on Friday
    # 4 March, A$2.4 billion at the start of April, A$4.3 billion in late May, A$4.8 billion and close to 225,000
    # claims on 28 June). None of them falls. The river's peaks (14.4 m on Monday 28 February, 11.4 m on Wednesday
    # 30 March), the earlier record (12.17 m), the bureau's forecast (10.6 m) and the dates of the two catastrophe
    # declarations (Saturday 26 February for south-east Queensland, Monday 28 February for New South Wales) and of
    # the national emergency (Wednesday 9 March) do not change with the day of the report.
    MON, TUE, WED, FRI = "2022-02-28", "2022-03-01", "2022-03-02", "2022-03-04"
    APR, MAY, JUN = "2022-04-01", "2022-05-31", "2022-06-28"
    names = {
     "peak": "the Wilsons River's record peak at Lismore (m)", "record_prev": "the previous record at Lismore (m)",
     "peak2": "the river's peak in the second flood (m)", "forecast2": "the bureau's forecast peak (m)",
     "rain": "rain at Lismore overnight (mm)",
     "nsw_dead": "flood deaths in New South Wales", "qld_dead": "flood deaths in Queensland",
     "rescues": "SES flood rescues", "requests": "SES requests for assistance", "hours": "hours of the SES count",
     "claims": "insurance claims lodged", "share_qld": "share of claims from Queensland (%)",
     "share_nsw": "share of claims from New South Wales (%)", "cost": "estimated insured cost (A$ billion)",
     "cost_nsw": "estimated insured cost in New South Wales (A$ million)", "grant_now": "immediate grant to farmers (A$)",
     "grant_max": "largest grant to primary producers (A$)", "orders": "evacuation orders in the second flood",
     "evacuees": "people under evacuation orders in the second flood", "claims_rise": "monthly rise in claims (%)",
     "cost_rise": "monthly rise in the estimated cost (%)", "home_claims": "home claims",
     "paid": "amount already paid (A$ billion)",
     # dates
     "peak_day": "day of the record peak", "asof_tue": "day the NSW toll stood at two",
     "cat_qld": "day of the catastrophe declaration for Queensland",
     "cat_nsw": "day the declaration was widened to New South Wales", "asof_fri": "day the NSW toll reached six",
     "asof_wed": "day the NSW toll stood at four", "flood2": "day of the second flood",
     "emergency": "day the national emergency was declared", "asof_claims": "day of the count of 67,537 claims",
     "asof_may": "month of the A$4.3 billion estimate", "asof_apr": "month of the A$2.4 billion estimate",
     "tracy": "year of Cyclone Tracy", "hail": "year of the Sydney hailstorm",
    }
    ms = [
     M(K, "14,4 meter", N, "peak", 14.4, cls="m"),
     M(K, "Senin (28/2/2022)", D, "peak_day", "2022-02-28"),
     M(K, "12,17 meter", N, "record_prev", 12.17, cls="m"),
     M(K, "Selasa (1/3/2022)", D, "asof_tue", "2022-03-01"),
     M(K, "dua warga", N, "nsw_dead", 2, TUE),
     M(K, "lebih dari 500 penyelamatan", N, "rescues", 500, MON, qual="morethan"),
     M(K, "24 jam", N, "hours", 24, cls="dur"),
     M(K, "927 permintaan", N, "requests", 927, MON),
     M(K, "Sabtu (26/2/2022)", D, "cat_qld", "2022-02-26"),
     M(K, "Senin", D, "cat_nsw", "2022-02-28", occ=3),

     M(R, "six", N, "nsw_dead", 6, FRI),
     M(R, "Friday", D, "asof_fri", "2022-03-04"),
     M(R, "Four deaths", N, "nsw_dead", 4, WED),
     M(R, "Wednesday", D, "asof_wed", "2022-03-02"),
     M(R, "14.4 metres", N, "peak", 14.4, cls="m"),
     M(R, "Monday", D, "peak_day", "2022-02-28"),
     M(R, "67,537 flood-related claims", N, "claims", 67537, FRI),
     M(R, "76 per cent", N, "share_qld", 76, FRI, cls="pct"),
     M(R, "24 per cent", N, "share_nsw", 24, FRI, cls="pct"),
     M(R, "just over A$1 billion", N, "cost", 1, FRI, qual="morethan", cls="bn"),
     M(R, "more than A$240 million", N, "cost_nsw", 240, FRI, qual="morethan", cls="mn"),
     M(R, "Feb. 26", D, "cat_qld", "2022-02-26"),
     M(R, "A$15,000", N, "grant_now", 15000, cls="aud"),
     M(R, "A$75,000", N, "grant_max", 75000, cls="aud"),

     M(C, "Rabu (30/3/2022)", D, "flood2", "2022-03-30"),
     M(C, "11,4 meter", N, "peak2", 11.4, cls="m"),
     M(C, "Rabu malam", D, "flood2", "2022-03-30"),
     M(C, "10,6 meter", N, "forecast2", 10.6, cls="m"),
     M(C, "279 milimeter", N, "rain", 279, cls="mm"),
     M(C, "20 perintah evakuasi", N, "orders", 20),
     M(C, "sekitar 30.000 orang", N, "evacuees", 30000, qual="approx"),
     M(C, "14,4 meter", N, "peak", 14.4, cls="m"),
     M(C, "Minggu (27/2/2022)", D, "peak_day", "2022-02-27", planted=True),
     M(C, "Rabu (9/3/2022)", D, "emergency", "2022-03-09"),
     M(C, "67.537 klaim", N, "claims", 67537, FRI),
     M(C, "Jumat (4/3/2022)", D, "asof_claims", "2022-03-04"),
     M(C, "sedikit di atas 1 miliar dolar Australia", N, "cost", 1, FRI, qual="morethan", cls="bn"),

     M(A, "$4.8 billion", N, "cost", 4.8, JUN, cls="bn"),
     M(A, "1974", D, "tracy", "1974"),
     M(A, "1999", D, "hail", "1999"),
     M(A, "Close to 225,000 claims", N, "claims", 225000, JUN, qual="nearly"),
     M(A, "3.6 per cent", N, "claims_rise", 3.6, JUN, cls="pct"),
     M(A, "12 per cent", N, "cost_rise", 12, JUN, cls="pct"),
     M(A, "$4.3 billion", N, "cost", 4.3, MAY, cls="bn"),
     M(A, "late May", D, "asof_may", "2022-05"),
     M(A, "$2.4 billion", N, "cost", 2.4, APR, cls="bn"),
     M(A, "April", D, "asof_apr", "2022-04"),
     M(A, "just over $1 billion", N, "cost", 1, FRI, qual="morethan", cls="bn"),
     M(A, "67,357 claims", N, "claims", 67357, FRI, planted=True),
     M(A, "March 4", D, "asof_claims", "2022-03-04"),
     M(A, "Almost 125,000", N, "home_claims", 125000, JUN, qual="nearly"),
     M(A, "about $1.5 billion", N, "paid", 1.5, JUN, qual="approx", cls="bn"),
     M(A, "14.4 metres", N, "peak", 14.4, cls="m"),
     M(A, "February 28", D, "peak_day", "2022-02-28"),
     M(A, "March 30", D, "flood2", "2022-03-30"),
     M(A, "11.4 metres", N, "peak2", 11.4, cls="m"),
     M(A, "13 deaths", N, "qld_dead", 13, JUN),
    ]
    build("northern-rivers-floods-2022", "The floods of south-east Queensland and northern New South Wales (February-"
          "March 2022): the Wilsons River peaking at a record 14.4 m at Lismore on Monday 28 February 2022 (the earlier "
          "record 12.17 m); deaths in New South Wales rising (two by Tuesday 1 March -> four by Wednesday 2 March -> "
          "six on Friday 4 March), 13 in Queensland; the Insurance Council's catastrophe declarations (Saturday 26 "
          "February for Queensland, Monday 28 February for New South Wales) and its claims and costs rising (67,537 "
          "claims and just over A$1 billion on 4 March -> A$2.4 billion -> A$4.3 billion -> A$4.8 billion and close to "
          "225,000 claims on 28 June); the national emergency of Wednesday 9 March; the second flood of Wednesday 30 "
          "March (11.4 m)", False, ms, names)


def tonga():
    K, A, T, R = "kompas-jan17", "ap-jan19", "detik-jan20", "rnz-feb23"
    # the deaths in Tonga: the government's count of three in its first statement (Tuesday 18 January 2022), unchanged
    # on 22 February; the UN's Pacific office's count of four on Wednesday 19 January, which the UN later brought down
    # to the government's three (a revision of one source's figure); the government's and the UN's counts are sources.
    # The people affected: the Red Cross federation's estimate of up to 80,000 (Sunday 16 January), the UN's about
    # 84,000 or more than 80 per cent (19 January), the government's 84 per cent (24 January) -- three sources. The
    # eruption (Saturday 15 January), the statement (Tuesday 18 January), the state of emergency (declared Tuesday 18
    # January, in force from Sunday 16 January), the runway's reopening (Wednesday 19 January), the first relief
    # flights (Thursday 20 January), the restored internet (Tuesday 22 February) are different events.
    GOV, UN, IFRC = "the Tongan government", "the United Nations", "the Red Cross federation"
    J16, J18, J19, J24, F22 = "2022-01-16", "2022-01-18", "2022-01-19", "2022-01-24", "2022-02-22"
    names = {
     "dist": "distance of the volcano from Nuku'alofa (km)", "heard": "distance to New Zealand (km)",
     "affected": "people affected in Tonga", "affected_pct": "share of Tonga's people affected (%)",
     "peru_dead": "people drowned in Peru", "dead": "people killed in Tonga", "wave": "highest tsunami waves (m)",
     "mango_pop": "people living on Mango", "fono_houses": "houses left standing on Fonoifua",
     "nomuka_pop": "people living on Nomuka", "tt_houses": "houses destroyed or damaged on Tongatapu",
     "islands": "islands of Tonga", "population": "Tonga's population", "relocated": "Mango residents moved to Nomuka",
     "tongan_dead": "Tongans among the dead", "weeks": "weeks without internet",
     # dates
     "eruption": "day of the eruption", "asof_sun": "day no toll had been given yet",
     "statement": "day of the government's first statement", "glover": "day Angela Glover's body was found",
     "emerg_from": "day the state of emergency took effect", "flights": "day of the first relief flights",
     "runway": "day the runway reopened", "un_four": "day the UN's Pacific office gave four deaths",
     "online": "day the internet was restored", "update": "day of the government's update",
     "pinatubo": "year of the Pinatubo eruption",
    }
    ms = [
     M(K, "Sabtu (15/1/2022)", D, "eruption", "2022-01-15"),
     M(K, "sekitar 65 kilometer", N, "dist", 65, qual="approx", cls="km"),
     M(K, "sekitar 2.300 kilometer", N, "heard", 2300, qual="approx", cls="km"),
     M(K, "hingga 80.000 orang", N, "affected", 80000, J16, src=IFRC),
     M(K, "Minggu (16/1/2022)", D, "asof_sun", "2022-01-16"),
     M(K, "dua orang", N, "peru_dead", 2),

     M(A, "Tuesday", D, "statement", "2022-01-18"),
     M(A, "three people", N, "dead", 3, J18, src=GOV),
     M(A, "Saturday", D, "eruption", "2022-01-15"),
     M(A, "Monday", D, "glover", "2022-01-17"),
     M(A, "up to 15 meters", N, "wave", 15, cls="m"),
     M(A, "36 people", N, "mango_pop", 36),
     M(A, "two houses", N, "fono_houses", 2),
     M(A, "239 people", N, "nomuka_pop", 239),
     M(A, "56 houses", N, "tt_houses", 56, J18),
     M(A, "170 islands", N, "islands", 170),
     M(A, "more than 100,000", N, "population", 100000, qual="morethan"),
     M(A, "Sunday", D, "emerg_from", "2022-01-16"),

     M(T, "Kamis (20/1/2022)", D, "flights", "2022-01-20"),
     M(T, "Rabu (19/1/2022)", D, "runway", "2022-01-19"),
     M(T, "empat orang", N, "dead", 4, J19, src=UN),
     M(T, "Selasa (18/1/2022)", D, "statement", "2022-01-18"),
     M(T, "tiga korban tewas", N, "dead", 3, J18, src=GOV),
     M(T, "sekitar 84.000 orang", N, "affected", 84000, J19, qual="approx", src=UN),
     M(T, "lebih dari 80 persen", N, "affected_pct", 80, J19, qual="morethan", src=UN, cls="pct"),
     M(T, "Senin (17/1/2022)", D, "emerg_from", "2022-01-17", planted=True),
     M(T, "dua rumah", N, "fono_houses", 2),
     M(T, "hingga 15 meter", N, "wave", 15, cls="m"),

     M(R, "Tuesday", D, "online", "2022-02-22"),
     M(R, "five weeks", N, "weeks", 5, cls="dur"),
     M(R, "January 15", D, "eruption", "2022-01-15"),
     M(R, "three", N, "dead", 3, F22, src=GOV),
     M(R, "January 18", D, "statement", "2022-01-18"),
     M(R, "two Tongans", N, "tongan_dead", 2),
     M(R, "four", N, "dead", 4, J19, src=UN),
     M(R, "three", N, "dead", 3, F22, src=UN, occ=2),
     M(R, "January 24", D, "update", "2022-01-24"),
     M(R, "84 per cent", N, "affected_pct", 84, J24, src=GOV, cls="pct"),
     M(R, "105,000 people", N, "population", 105000),
     M(R, "Sixty-two residents", N, "relocated", 62, J24),
     M(R, "293 people", N, "nomuka_pop", 293, planted=True),
     M(R, "Two people", N, "peru_dead", 2),
     M(R, "1991", D, "pinatubo", "1991"),
    ]
    build("tonga-eruption-2022", "The eruption of the Hunga Tonga-Hunga Ha'apai volcano (Saturday 15 January 2022) and "
          "its tsunami: the Tongan government's first statement (Tuesday 18 January) with three dead, waves up to 15 m, "
          "all houses on Mango (36 people) destroyed, two left on Fonoifua, Nomuka (239 people) badly damaged, 56 "
          "houses on Tongatapu; a state of emergency in force from Sunday 16 January; the UN's Pacific office's four "
          "dead (19 January) brought down to the government's three; people affected by three sources (the Red Cross "
          "federation's up to 80,000, the UN's about 84,000 or more than 80%, the government's 84% of 105,000); the "
          "runway reopened on 19 January, first relief flights on 20 January, the internet restored on Tuesday 22 "
          "February 2022", False, ms, names)


def submarines():
    R, K, A, T = "reuters-mar13", "kompas-mar14", "ap-mar15", "tempo-mar16"
    names = {
     "max": "Virginia-class submarines Australia may buy in all", "buy": "Virginia-class submarines bought first",
     "option": "further Virginia-class submarines under the option", "months": "months since the pact",
     "cost": "the programme's cost (A$ billion)", "gdp": "yearly cost as a share of GDP (%)", "jobs": "jobs created",
     "years": "years of the jobs estimate", "us_rot": "US submarines on rotation", "uk_rot": "British submarines on rotation",
     "first_stage": "spending over the next four years (A$ billion)", "four_years": "years of the first-stage spending",
     "french": "the cancelled French contract (A$ billion)",
     # dates
     "announced": "day of the announcement", "pact": "month the pact was unveiled", "virginia_when": "the 2030s",
     "ssn_when": "the 2040s", "cost_until": "the 2050s", "rotation": "year the rotations start",
    }
    ms = [
     M(R, "up to five", N, "max", 5),
     M(R, "Monday", D, "announced", "2023-03-13"),
     M(R, "18 months", N, "months", 18, cls="dur"),
     M(R, "September 2021", D, "pact", "2021-09"),
     M(R, "three Virginia-class boats", N, "buy", 3),
     M(R, "2030s", D, "virginia_when", "2030s"),
     M(R, "two more", N, "option", 2),
     M(R, "2040s", D, "ssn_when", "2040s"),
     M(R, "A$368 billion", N, "cost", 368, cls="bn"),
     M(R, "2050s", D, "cost_until", "2050s"),
     M(R, "about 0.15%", N, "gdp", 0.15, qual="approx", cls="pct"),
     M(R, "about 20,000 jobs", N, "jobs", 20000, qual="approx"),
     M(R, "30 years", N, "years", 30, cls="dur"),
     M(R, "2027", D, "rotation", "2027"),
     M(R, "four U.S. submarines", N, "us_rot", 4),
     M(R, "one British submarine", N, "uk_rot", 1),
     M(R, "about A$9 billion", N, "first_stage", 9, qual="approx", cls="bn"),
     M(R, "four years", N, "four_years", 4, cls="dur"),
     M(R, "A$90 billion", N, "french", 90, cls="bn"),

     M(K, "tiga kapal selam", N, "buy", 3),
     M(K, "2030-an", D, "virginia_when", "2030s"),
     M(K, "dua unit", N, "option", 2),
     M(K, "lima", N, "max", 5),
     M(K, "Senin (13/3/2023)", D, "announced", "2023-03-13"),
     M(K, "2040-an", D, "ssn_when", "2040s"),
     M(K, "368 miliar dolar Australia", N, "cost", 368, cls="bn"),
     M(K, "2050-an", D, "cost_until", "2050s"),
     M(K, "sekitar 0,15 persen", N, "gdp", 0.15, qual="approx", cls="pct"),
     M(K, "sekitar 20.000 lapangan kerja", N, "jobs", 20000, qual="approx"),
     M(K, "30 tahun", N, "years", 30, cls="dur"),
     M(K, "2027", D, "rotation", "2027"),
     M(K, "empat kapal selam", N, "us_rot", 4),
     M(K, "satu kapal selam", N, "uk_rot", 1),
     M(K, "September 2021", D, "pact", "2021-09"),
     M(K, "90 miliar dolar Australia", N, "french", 90, cls="bn"),

     M(A, "368 billion Australian dollars", N, "cost", 368, cls="bn"),
     M(A, "2050s", D, "cost_until", "2050s"),
     M(A, "Monday", D, "announced", "2023-03-13"),
     M(A, "three Virginia-class submarines", N, "buy", 3),
     M(A, "2030s", D, "virginia_when", "2030s"),
     M(A, "two more", N, "option", 2),
     M(A, "2040s", D, "ssn_when", "2040s"),
     M(A, "about 0.15%", N, "gdp", 0.15, qual="approx", cls="pct"),
     M(A, "about 20,000 jobs", N, "jobs", 20000, qual="approx"),
     M(A, "30 years", N, "years", 30, cls="dur"),
     M(A, "2027", D, "rotation", "2027"),
     M(A, "four U.S. submarines", N, "us_rot", 4),
     M(A, "one British submarine", N, "uk_rot", 1),
     M(A, "about 9 billion Australian dollars", N, "first_stage", 9, qual="approx", cls="bn"),
     M(A, "four years", N, "four_years", 4, cls="dur"),
     M(A, "September 2021", D, "pact", "2021-09"),
     M(A, "90 billion Australian dollar", N, "french", 90, cls="bn"),

     M(T, "368 miliar dolar Australia", N, "cost", 368, cls="bn"),
     M(T, "2050-an", D, "cost_until", "2050s"),
     M(T, "Senin, 13 Maret 2023", D, "announced", "2023-03-13"),
     M(T, "tiga kapal selam", N, "buy", 3),
     M(T, "2030-an", D, "virginia_when", "2030s"),
     M(T, "dua unit", N, "option", 2),
     M(T, "Sekitar 9 miliar dolar Australia", N, "first_stage", 9, qual="approx", cls="bn"),
     M(T, "empat tahun", N, "four_years", 4, cls="dur"),
     M(T, "kira-kira 0,15 persen", N, "gdp", 0.15, qual="approx", cls="pct"),
     M(T, "2040-an", D, "ssn_when", "2040s"),
     M(T, "sekitar 20.000 lapangan kerja", N, "jobs", 20000, qual="approx"),
     M(T, "30 tahun", N, "years", 30, cls="dur"),
     M(T, "2027", D, "rotation", "2027"),
     M(T, "empat kapal selamnya", N, "us_rot", 4),
     M(T, "satu kapal selam", N, "uk_rot", 1),
     M(T, "September 2021", D, "pact", "2021-09"),
     M(T, "90 miliar dolar Australia", N, "french", 90, cls="bn"),
    ]
    build("submarine-pathway-2023", "Australia's nuclear-powered submarine plan (control), announced in San Diego on "
          "Monday 13 March 2023: three Virginia-class submarines bought in the early 2030s with an option on two more "
          "(up to five), SSN-AUKUS boats built in Adelaide from the early 2040s, a cost of up to A$368 billion by the "
          "mid-2050s (about 0.15% of GDP a year), about A$9 billion over four years, about 20,000 jobs over 30 years, "
          "rotations of up to four US and one British submarine at HMAS Stirling from 2027, the pact of September "
          "2021 and the cancelled A$90 billion French contract. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    tonga()
    submarines()
