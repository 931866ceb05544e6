"""The hundred-and-seventy-second development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset172/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kentucky():
    R, K, T, A = "reuters-dec12", "kompas-dec14", "detik-dec21", "ap-jan10"
    # as-of times of the running tallies: Saturday 11 December 2021 (the governor's first estimate, "more than 70"),
    # Sunday 12 December (his estimate "closer to 50"; the candle-factory company's count of eight dead and eight
    # missing), Monday 13 December morning (64 confirmed, the dead by county, about 105 unaccounted for), Friday 17
    # December (78) and Monday 20 December (76: three victims from Dawson Springs counted twice in two counties, so 75,
    # plus a ninth factory death). The dead do not fall: Sunday's "closer to 50" against Saturday's "more than 70", the
    # 64 against Saturday's "more than 70" and the 76 against Friday's 78 are revisions. The missing and the
    # unaccounted for may fall. The factory's dead: eight by the company's count (Sunday and Monday), nine by 20
    # December (an update). The governor's projections (Saturday's "could exceed 100", Monday's "above 70, maybe 80")
    # are other facts than the counts.
    SAT, SUN, MON, FRI17, MON20 = "2021-12-11", "2021-12-12", "2021-12-13", "2021-12-17", "2021-12-20"
    names = {
     "dead": "people killed in Kentucky", "feared": "the governor's first projection", "proj_lo": "Monday's projection "
     "(lower)", "proj_hi": "Monday's projection (upper)", "workers": "workers in the candle factory",
     "factory_dead": "workers killed at the factory", "factory_missing": "factory workers missing",
     "located": "factory workers located", "homes": "homes destroyed", "amazon": "people killed at the Illinois warehouse",
     "under18": "dead under 18", "unidentified": "dead not yet identified", "unaccounted": "people unaccounted for",
     "graves": "dead in Graves County", "hopkins": "dead in Hopkins County", "warren": "dead in Warren County",
     "muhlenberg": "dead in Muhlenberg County", "dupes": "victims counted twice", "without": "the toll without the "
     "duplicates and the ninth factory death", "donations": "donations to the relief fund", "fund": "money in the relief "
     "fund (US$)", "age_worker": "the factory worker's age",
     # dates
     "tornado": "day of the tornadoes", "statement": "day of the governor's lower estimate", "decl": "day of the "
     "emergency declaration", "asof_mon": "day of the count of 64", "visit": "day of the president's visit",
     "revised": "day the toll was revised to 76", "fri17": "day of the count of 78", "worker_death": "day the ninth "
     "factory worker died", "fund_asof": "day of the relief fund's total",
    }
    ms = [
     M(R, "Sunday", D, "statement", "2021-12-12"),
     M(R, "Friday", D, "tornado", "2021-12-10"),
     M(R, "closer to 50", N, "dead", 50, SUN, qual="approx"),
     M(R, "more than 70", N, "dead", 70, SAT, qual="morethan"),
     M(R, "exceed 100", N, "feared", 100),
     M(R, "about 110 people", N, "workers", 110, qual="approx"),
     M(R, "eight employees", N, "factory_dead", 8, SUN),
     M(R, "eight were still missing", N, "factory_missing", 8, SUN, fall=True),
     M(R, "More than 90", N, "located", 90, SUN, qual="morethan"),
     M(R, "more than 1,000 homes", N, "homes", 1000, SUN, qual="morethan"),
     M(R, "Saturday", D, "decl", "2021-12-11"),
     M(R, "six people", N, "amazon", 6),

     M(K, "Senin (13/12/2021)", D, "asof_mon", "2021-12-13"),
     M(K, "64 orang", N, "dead", 64, MON),
     M(K, "Jumat (10/12/2021)", D, "tornado", "2021-12-10"),
     M(K, "enam di antaranya", N, "under18", 6, MON),
     M(K, "18 jenazah", N, "unidentified", 18, MON, fall=True),
     M(K, "sekitar 105 warga", N, "unaccounted", 105, MON, qual="approx", fall=True),
     M(K, "20 orang", N, "graves", 20, MON),
     M(K, "13 orang", N, "hopkins", 13, MON),
     M(K, "12 orang", N, "warren", 12, MON),
     M(K, "11 orang", N, "muhlenberg", 11, MON),
     M(K, "70 orang", N, "proj_lo", 70),
     M(K, "80 orang", N, "proj_hi", 80),
     M(K, "sekitar 110 pekerja", N, "workers", 110, qual="approx"),
     M(K, "delapan pekerja tewas", N, "factory_dead", 8, MON),
     M(K, "delapan lainnya hilang", N, "factory_missing", 8, MON, fall=True),
     M(K, "Rabu (15/12/2021)", D, "visit", "2021-12-15"),

     M(T, "10 Desember 2021", D, "tornado", "2021-12-10"),
     M(T, "76 orang", N, "dead", 76, MON20),
     M(T, "Senin (20/12/2021)", D, "revised", "2021-12-20"),
     M(T, "78 orang", N, "dead", 78, FRI17),
     M(T, "Jumat (17/12/2021)", D, "fri17", "2021-12-17"),
     M(T, "tiga korban", N, "dupes", 3),
     M(T, "75 orang", N, "without", 75),
     M(T, "35 tahun", N, "age_worker", 35, cls="age"),
     M(T, "Rabu (15/12/2021)", D, "worker_death", "2021-12-15"),
     M(T, "sembilan orang", N, "factory_dead", 9, MON20),
     M(T, "22 orang", N, "graves", 22, MON20),
     M(T, "112.079 donasi", N, "donations", 112079, MON20),
     M(T, "21,48 juta dolar AS", N, "fund", 21.48e6, MON20, cls="money"),

     M(A, "Dec. 10", D, "tornado", "2021-12-10"),
     M(A, "76 people", N, "dead", 76, MON20),
     M(A, "Dec. 21", D, "revised", "2021-12-21", planted=True),
     M(A, "three victims", N, "dupes", 3),
     M(A, "78", N, "dead", 78, FRI17),
     M(A, "Nine of the dead", N, "factory_dead", 9, MON20),
     M(A, "about 110 people", N, "workers", 110, qual="approx"),
     M(A, "eight deaths", N, "factory_dead", 8, SUN),
     M(A, "22 people", N, "graves", 22, MON20),
     M(A, "top 100", N, "feared", 100),
     M(A, "64", N, "dead", 64, MON),
     M(A, "more than $21 million", N, "fund", 21e6, MON20, qual="morethan", cls="money"),
     M(A, "Dec. 20", D, "fund_asof", "2021-12-20"),
     M(A, "Dec. 15", D, "visit", "2021-12-15"),
    ]
    build("kentucky-tornado-2021", "The tornadoes of Friday night 10 December 2021 in western Kentucky (the Mayfield "
          "candle factory, about 110 workers on shift): the governor's first estimate of more than 70 dead on Saturday "
          "11 December, 'closer to 50' on Sunday, 64 confirmed on Monday 13 December morning (Graves 20, Hopkins 13, "
          "Warren 12, Muhlenberg 11; about 105 unaccounted for), 78 on Friday 17 December, revised to 76 on Monday 20 "
          "December (three victims from Dawson Springs counted twice, a ninth factory death); the factory's dead eight "
          "by the company's count, nine by 20 December; the president's visit on Wednesday 15 December",
          False, ms, names)


def jackson():
    R, K, T, A = "reuters-apr05", "kompas-apr08", "tempo-apr09", "ap-jul01"
    # the stages do not change with the day of the report: the committee's 11-11 tie and the Senate's 53-47 vote to
    # discharge the nomination (both Monday 4 April 2022: different events on one day), the Senate's 53-47
    # confirmation (Thursday 7 April 2022), the White House celebration (Friday 8 April) and the swearing-in (Thursday
    # 30 June 2022); the retirement's announcement (27 January), the nomination (25 February), the hearings (from
    # 21 March). The two 53-47 votes and their three Republicans are different facts.
    names = {
     "c_ayes": "the committee's votes for", "c_noes": "the committee's votes against",
     "d_ayes": "votes to discharge the nomination", "d_noes": "votes against discharging it",
     "d_gop": "Republicans voting to discharge", "ayes": "votes to confirm", "noes": "votes against confirming",
     "gop": "Republicans voting to confirm", "dem_seats": "Democratic-aligned senators", "gop_seats": "Republican senators",
     "maj": "the court's conservative justices", "min": "the court's liberal justices",
     "age_jackson": "Jackson's age", "age_breyer": "Breyer's age", "court_years": "the court's history (years)",
     "years_taken": "years before a Black woman was chosen (Jackson's remark)", "justice_no": "Jackson's rank among justices",
     "prior_justices": "justices before her (Jackson's remark)", "hearing_days": "days of hearings",
     "tenure": "Breyer's years on the court", "support": "Americans backing her confirmation (poll, %)",
     # dates
     "discharge": "day of the Senate's vote to discharge", "committee": "day of the committee's tie",
     "nominated": "day of the nomination", "announced": "day Breyer announced his retirement",
     "hearings": "first day of the hearings", "confirmed": "day of the confirmation vote",
     "appeals": "year she joined the appeals court", "celebration": "day of the White House celebration",
     "breyer_since": "year Breyer joined the court", "sworn": "day of the swearing-in",
     "return": "month the court returns",
    }
    ms = [
     M(R, "Monday", D, "discharge", "2022-04-04"),
     M(R, "11-11", N, "c_ayes", 11, cls="votes", also={"c_noes": 11}),
     M(R, "53-47", N, "d_ayes", 53, cls="votes", also={"d_noes": 47}),
     M(R, "three Republicans", N, "d_gop", 3),
     M(R, "51", N, "age_jackson", 51, cls="age"),
     M(R, "233-year", N, "court_years", 233, cls="years"),
     M(R, "Feb. 25", D, "nominated", "2022-02-25"),
     M(R, "83", N, "age_breyer", 83, cls="age"),
     M(R, "Jan. 27", D, "announced", "2022-01-27"),
     M(R, "four days", N, "hearing_days", 4, cls="dur"),
     M(R, "March 21", D, "hearings", "2022-03-21"),
     M(R, "6-3", N, "maj", 6, cls="votes", also={"min": 3}),
     M(R, "50-50", N, "dem_seats", 50, cls="votes", also={"gop_seats": 50}),
     M(R, "58%", N, "support", 58, src="Gallup", cls="pct"),
     M(R, "55%", N, "support", 55, src="Monmouth University", cls="pct"),

     M(K, "Kamis (7/4/2022)", D, "confirmed", "2022-04-07"),
     M(K, "53 suara berbanding 47", N, "ayes", 53, cls="votes", also={"noes": 47}),
     M(K, "tiga senator", N, "gop", 3),
     M(K, "50 senator", N, "dem_seats", 50, cls="votes"),
     M(K, "51 tahun", N, "age_jackson", 51, cls="age"),
     M(K, "ke-116", N, "justice_no", 116, cls="justices"),
     M(K, "27 Januari 2022", D, "announced", "2022-01-27"),
     M(K, "25 Februari 2022", D, "nominated", "2022-02-25"),
     M(K, "Senin (4/4/2022)", D, "committee", "2022-04-04"),
     M(K, "11 lawan 11", N, "c_ayes", 11, cls="votes", also={"c_noes": 11}),
     M(K, "6-3", N, "maj", 6, cls="votes", also={"min": 3}),
     M(K, "2021", D, "appeals", "2021"),
     M(K, "66 persen", N, "support", 66, src="Marquette Law School", cls="pct"),

     M(T, "Jumat (8/4/2022)", D, "celebration", "2022-04-08"),
     M(T, "Kamis (7/4/2022)", D, "confirmed", "2022-04-07"),
     M(T, "53 suara setuju", N, "ayes", 53, cls="votes"),
     M(T, "46 suara menolak", N, "noes", 46, cls="votes", planted=True),
     M(T, "Tiga senator", N, "gop", 3),
     M(T, "232 tahun", N, "years_taken", 232, cls="years"),
     M(T, "115 hakim agung", N, "prior_justices", 115, cls="justices"),
     M(T, "83 tahun", N, "age_breyer", 83, cls="age"),
     M(T, "1994", D, "breyer_since", "1994"),
     M(T, "empat hari", N, "hearing_days", 4, cls="dur"),
     M(T, "Senin (21/3/2022)", D, "hearings", "2022-03-21"),
     M(T, "hari Kamis", D, "confirmed", "2022-04-07"),

     M(A, "Thursday", D, "sworn", "2022-06-30"),
     M(A, "116th", N, "justice_no", 116, cls="justices"),
     M(A, "April 7", D, "confirmed", "2022-04-07"),
     M(A, "53-47", N, "ayes", 53, cls="votes", also={"noes": 47}),
     M(A, "three Republicans", N, "gop", 3),
     M(A, "83", N, "age_breyer", 83, cls="age"),
     M(A, "nearly 28 years", N, "tenure", 28, qual="nearly", cls="dur"),
     M(A, "1994", D, "breyer_since", "1994"),
     M(A, "51", N, "age_jackson", 51, cls="age"),
     M(A, "6-3", N, "maj", 6, cls="votes", also={"min": 3}),
     M(A, "October", D, "return", "2022-10"),
     M(A, "Feb. 25", D, "nominated", "2022-02-25"),
     M(A, "Jan. 28", D, "announced", "2022-01-28", planted=True),
    ]
    build("jackson-confirmation-2022", "Ketanji Brown Jackson's path to the US Supreme Court: Justice Stephen Breyer's "
          "retirement announced on 27 January 2022, her nomination on 25 February, four days of hearings from 21 March, "
          "the Judiciary Committee's 11-11 tie and the Senate's 53-47 vote to discharge on Monday 4 April, the Senate's "
          "53-47 confirmation on Thursday 7 April (three Republicans in favour), the White House celebration on Friday 8 "
          "April and her swearing-in on Thursday 30 June 2022 as the 116th justice", False, ms, names)


def fed():
    R, B, K, A = "reuters-mar16", "bisnis-mar17", "kontan-mar18", "antara-mar19"
    names = {
     "hike": "size of the hike (bp)", "range": "the new target range (lower bound)",
     "prev_range": "the target range before (lower bound)", "bullard": "the hike the dissenter wanted (bp)",
     "v_ayes": "votes for the decision", "v_noes": "votes against the decision", "hikes_more": "further hikes projected in "
     "2022", "r22": "projected rate at end-2022", "r23": "projected rate at end-2023", "pce": "projected PCE inflation "
     "for 2022", "pce_prev": "December's projected PCE inflation for 2022", "gdp": "projected growth for 2022",
     "gdp_prev": "December's projected growth for 2022", "unemp": "projected unemployment rate", "cpi": "consumer "
     "inflation in February 2022", "target": "the inflation target", "bs": "the balance sheet (US$)",
     "high_years": "years since inflation was this high",
     # dates
     "decision": "day of the decision", "meeting": "the meeting's first day", "last_hike": "month of the previous hike",
     "zero_since": "month rates were cut to near zero", "proj_prev": "month of the previous projections",
     "cpi_month": "month of the inflation figure",
    }
    ms = [
     M(R, "Wednesday", D, "decision", "2022-03-16"),
     M(R, "25 basis points", N, "hike", 25, cls="bp"),
     M(R, "0.25% to 0.50%", N, "range", 0.25, cls="pct"),
     M(R, "December 2018", D, "last_hike", "2018-12"),
     M(R, "1.9%", N, "r22", 1.9, cls="pct"),
     M(R, "six more", N, "hikes_more", 6),
     M(R, "2.8%", N, "r23", 2.8, cls="pct"),
     M(R, "8-1", N, "v_ayes", 8, cls="votes", also={"v_noes": 1}),
     M(R, "50-basis-point", N, "bullard", 50, cls="bp"),
     M(R, "March 2020", D, "zero_since", "2020-03"),
     M(R, "4.3%", N, "pce", 4.3, cls="pct"),
     M(R, "2.6%", N, "pce_prev", 2.6, cls="pct"),
     M(R, "December", D, "proj_prev", "2021-12", occ=2),
     M(R, "2.8%", N, "gdp", 2.8, cls="pct", occ=2),
     M(R, "4.0%", N, "gdp_prev", 4.0, cls="pct"),
     M(R, "3.5%", N, "unemp", 3.5, cls="pct"),
     M(R, "nearly $9 trillion", N, "bs", 9e12, qual="nearly", cls="money"),
     M(R, "7.9%", N, "cpi", 7.9, cls="pct"),
     M(R, "February", D, "cpi_month", "2022-02"),
     M(R, "four decades", N, "high_years", 40, qual="unit", cls="years"),
     M(R, "2%", N, "target", 2, cls="pct"),

     M(B, "25 basis poin", N, "hike", 25, cls="bp"),
     M(B, "0,25%-0,50%", N, "range", 0.25, cls="pct"),
     M(B, "Rabu (16/3/2022)", D, "decision", "2022-03-16"),
     M(B, "Desember 2018", D, "last_hike", "2018-12"),
     M(B, "Maret 2020", D, "zero_since", "2020-03"),
     M(B, "15-16 Maret 2022", D, "meeting", "2022-03-15"),
     M(B, "8-1", N, "v_ayes", 8, cls="votes", also={"v_noes": 1}),
     M(B, "50 basis poin", N, "bullard", 50, cls="bp"),
     M(B, "1,9%", N, "r22", 1.9, cls="pct"),
     M(B, "2,8%", N, "r23", 2.8, cls="pct"),
     M(B, "enam kali", N, "hikes_more", 6),
     M(B, "4,3%", N, "pce", 4.3, cls="pct"),
     M(B, "2,6%", N, "pce_prev", 2.6, cls="pct"),
     M(B, "2,8%", N, "gdp", 2.8, cls="pct", occ=2),
     M(B, "4,0%", N, "gdp_prev", 4.0, cls="pct"),
     M(B, "3,5%", N, "unemp", 3.5, cls="pct"),
     M(B, "Februari 2022", D, "cpi_month", "2022-02"),
     M(B, "7,9%", N, "cpi", 7.9, cls="pct"),
     M(B, "2%", N, "target", 2, cls="pct"),

     M(K, "25 basis poin", N, "hike", 25, cls="bp"),
     M(K, "0,25 persen-0,50 persen", N, "range", 0.25, cls="pct"),
     M(K, "Rabu, 16 Maret 2022", D, "decision", "2022-03-16"),
     M(K, "Desember 2018", D, "last_hike", "2018-12"),
     M(K, "Maret 2020", D, "zero_since", "2020-03"),
     M(K, "delapan anggota", N, "v_ayes", 8, cls="votes"),
     M(K, "satu anggota", N, "v_noes", 1, cls="votes"),
     M(K, "50 basis poin", N, "bullard", 50, cls="bp"),
     M(K, "1,9 persen", N, "r22", 1.9, cls="pct"),
     M(K, "enam kali", N, "hikes_more", 6),
     M(K, "2,8 persen", N, "r23", 2.8, cls="pct"),
     M(K, "2,8 persen", N, "gdp", 2.8, cls="pct", occ=2),
     M(K, "4,0 persen", N, "gdp_prev", 4.0, cls="pct"),
     M(K, "4,3 persen", N, "pce", 4.3, cls="pct"),
     M(K, "2,6 persen", N, "pce_prev", 2.6, cls="pct"),
     M(K, "3,5 persen", N, "unemp", 3.5, cls="pct"),
     M(K, "hampir US$9 triliun", N, "bs", 9e12, qual="nearly", cls="money"),

     M(A, "Rabu (16/3/2022)", D, "decision", "2022-03-16"),
     M(A, "seperempat poin persentase", N, "hike", 25, qual="unit", cls="bp"),
     M(A, "0,25-0,5 persen", N, "range", 0.25, cls="pct"),
     M(A, "25 basis poin", N, "hike", 25, cls="bp"),
     M(A, "Desember 2018", D, "last_hike", "2018-12"),
     M(A, "Maret 2020", D, "zero_since", "2020-03"),
     M(A, "0-0,25 persen", N, "prev_range", 0, cls="pct"),
     M(A, "8-1", N, "v_ayes", 8, cls="votes", also={"v_noes": 1}),
     M(A, "50 basis poin", N, "bullard", 50, cls="bp"),
     M(A, "1,9 persen", N, "r22", 1.9, cls="pct"),
     M(A, "2,8 persen", N, "r23", 2.8, cls="pct"),
     M(A, "2,8 persen", N, "gdp", 2.8, cls="pct", occ=2),
     M(A, "4,0 persen", N, "gdp_prev", 4.0, cls="pct"),
     M(A, "Desember 2021", D, "proj_prev", "2021-12"),
     M(A, "4,3 persen", N, "pce", 4.3, cls="pct"),
     M(A, "2,6 persen", N, "pce_prev", 2.6, cls="pct"),
     M(A, "3,5 persen", N, "unemp", 3.5, cls="pct"),
     M(A, "7,9 persen", N, "cpi", 7.9, cls="pct"),
     M(A, "Februari 2022", D, "cpi_month", "2022-02"),
     M(A, "40 tahun", N, "high_years", 40, cls="years"),
     M(A, "2 persen", N, "target", 2, cls="pct"),
    ]
    build("fed-march-2022", "The US Federal Reserve's first hike since December 2018 (control), on Wednesday 16 March "
          "2022 after the meeting of 15-16 March: the federal funds target range raised 25 basis points to 0.25%-0.50% "
          "(near zero since March 2020), 8-1 with one dissent for 50 basis points; the median projected rate 1.9% at "
          "end-2022 (six more hikes) and 2.8% at end-2023; PCE inflation for 2022 projected at 4.3% (2.6% in December), "
          "growth at 2.8% (from 4.0%), unemployment 3.5%; February's consumer inflation 7.9%, the 2% target; the "
          "balance sheet of nearly $9 trillion. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kentucky()
    jackson()
    fed()
