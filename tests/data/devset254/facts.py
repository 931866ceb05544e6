"""The two-hundred-and-fifty-fourth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset254/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def marikana():
    K, R, T, A = "kompas-aug17", "reuters-aug31", "detik-sep04", "ap-sep19"
    # as-of times: the police commissioner's count of Friday 17 August 2012 (34 dead, 78 wounded, 259 held) is the
    # count of the shooting and is recalled as such later (the dead and the wounded of 16 August do not change in
    # the set); the men held rise to the 270 charged on Thursday 30 August; 162 freed on Monday 3 September and 108
    # still held are counts that fall as men are released. The 10 killed before the shooting and the 44 killed since
    # the strike began are different facts from the 34 of the shooting.
    AUG17, AUG30, AUG31, SEP03 = "2012-08-17", "2012-08-30", "2012-08-31", "2012-09-03"
    names = {
     "dead": "miners shot dead by the police on 16 August", "wounded": "people wounded in the shooting",
     "held": "miners held over the violence", "dead_before": "people killed before the shooting",
     "police_killed": "police officers killed before the shooting",
     "guards_killed": "security guards killed before the shooting", "strikers": "rock drill operators on strike",
     "dead_all": "people killed since the strike began", "released": "miners released on 3 September",
     "still_held": "miners still held after 3 September", "demand": "monthly wage demanded (rand)",
     "bonus": "one-time bonus (rand)", "raise": "pay rise (%)",
     # dates
     "shooting": "day of the police shooting", "briefing": "day of the police commissioner's count",
     "strike": "day the strike began", "ultimatum": "day Lonmin told strikers to return",
     "apartheid_end": "end of apartheid", "charged": "day the miners were charged",
     "dropped": "day the charges were dropped", "freed": "day 162 miners were freed",
     "deal": "day of the wage deal", "return": "day of the return to work", "hearings": "day the hearings open",
    }
    ms = [
     M(K, "34 penambang", N, "dead", 34, AUG17),
     M(K, "78 orang", N, "wounded", 78, AUG17),
     M(K, "Kamis (16/8/2012)", D, "shooting", "2012-08-16"),
     M(K, "Jumat (17/8/2012)", D, "briefing", "2012-08-17"),
     M(K, "259 orang", N, "held", 259, AUG17),
     M(K, "10 orang", N, "dead_before", 10),
     M(K, "Jumat (10/8/2012)", D, "strike", "2012-08-10"),
     M(K, "dua polisi", N, "police_killed", 2),
     M(K, "dua petugas keamanan", N, "guards_killed", 2),
     M(K, "Sekitar 3.000 operator", N, "strikers", 3000, qual="approx"),
     M(K, "12.500 rand", N, "demand", 12500, cls="rand"),
     M(K, "Senin", D, "ultimatum", "2012-08-20"),
     M(K, "1994", D, "apartheid_end", "1994"),

     M(R, "270 miners", N, "held", 270, AUG30),
     M(R, "34 colleagues", N, "dead", 34, AUG17),
     M(R, "on Thursday", D, "charged", "2012-08-30"),
     M(R, "Aug. 16", D, "shooting", "2012-08-16"),
     M(R, "87 people", N, "wounded", 87, AUG17, planted=True),
     M(R, "10 people", N, "dead_before", 10),
     M(R, "two police officers", N, "police_killed", 2),
     M(R, "44 people", N, "dead_all", 44, AUG31),
     M(R, "Aug. 10", D, "strike", "2012-08-10"),
     M(R, "12,500 rand", N, "demand", 12500, cls="rand"),

     M(T, "162 penambang", N, "released", 162, SEP03),
     M(T, "Senin (3/9/2012)", D, "freed", "2012-09-03"),
     M(T, "Minggu (2/9/2012)", D, "dropped", "2012-09-02"),
     M(T, "270 penambang", N, "held", 270, AUG30),
     M(T, "Kamis (30/8/2012)", D, "charged", "2012-08-30"),
     M(T, "34 rekan", N, "dead", 34, AUG17),
     M(T, "16 Agustus", D, "shooting", "2012-08-16"),
     M(T, "108 penambang", N, "still_held", 108, SEP03, fall=True),
     M(T, "12.500 rand", N, "demand", 12500, cls="rand"),

     M(A, "Tuesday", D, "deal", "2012-09-18"),
     M(A, "11 to 22 percent", N, "raise", 11, cls="pct"),
     M(A, "2,000 rand", N, "bonus", 2000, cls="rand"),
     M(A, "Thursday, Sept. 20", D, "return", "2012-09-20"),
     M(A, "12,500 rand", N, "demand", 12500, cls="rand"),
     M(A, "Aug. 10", D, "strike", "2012-08-10"),
     M(A, "Aug. 16", D, "shooting", "2012-08-16"),
     M(A, "34 miners", N, "dead", 34, AUG17),
     M(A, "78", N, "wounded", 78, AUG17),
     M(A, "Ten people", N, "dead_before", 10),
     M(A, "two police officers", N, "police_killed", 2),
     M(A, "two security guards", N, "guards_killed", 2),
     M(A, "270 miners", N, "held", 270, AUG30),
     M(A, "Aug. 30", D, "charged", "2012-08-30"),
     M(A, "Sept. 2", D, "dropped", "2012-09-02"),
     M(A, "Oct. 1", D, "hearings", "2012-10-01"),
    ]
    build("marikana-strike-2012", "The strike at Lonmin's Marikana platinum mine, South Africa (from Friday 10 August "
          "2012): the police shooting of Thursday 16 August (34 miners dead, 78 wounded, 259 held by the police "
          "commissioner's count of Friday 17 August; 10 killed in the days before, two police officers and two "
          "security guards among them; 44 dead in all by 31 August); 270 miners charged with murder on Thursday 30 "
          "August, the charges provisionally dropped on Sunday 2 September, 162 freed on Monday 3 September; the wage "
          "deal of Tuesday 18 September (raises of 11 to 22 percent, a 2,000 rand bonus, against the 12,500 rand "
          "demanded), the return to work on 20 September and the inquiry's hearings from 1 October", False, ms, names)


def zimbabwe():
    R, K, T, A = "reuters-aug02", "kompas-aug04", "tempo-aug25", "ap-aug27"
    # as-of times of the dead of the Harare shooting of Wednesday 1 August 2018: three by the government on Wednesday
    # evening, six by the police on Thursday 2 August, six on Friday 3 August, six recalled on 25 and 27 August.
    # The presidential result: the electoral commission's first count (announced early on Friday 3 August: 2,460,463
    # votes, 50.8%; the runner-up 2,147,436, 44.3%) and its corrected count filed in the court case (2,456,010
    # votes, 50.67%) are two as-of times of one count (a revision); the observers' parallel count (50.7% and 45.9%)
    # is another source. Seats, the threshold and dates do not change with the day of the report.
    WED, THU, FRI = "2018-08-01", "2018-08-02", "2018-08-03"
    AUG25, AUG27 = "2018-08-25", "2018-08-27"
    FIRST, CORR = "2018-08-03", "2018-08-22"
    ZEC, ZESN = "the electoral commission", "the observers' parallel count"
    names = {
     "dead": "people killed in the Harare shooting", "zp_seats": "ZANU-PF's seats", "seats": "elected seats",
     "mdc_seats": "the MDC Alliance's seats", "candidates": "presidential candidates",
     "mugabe_years": "years of Mugabe's rule", "em_votes": "Mnangagwa's votes", "em_pct": "Mnangagwa's share (%)",
     "opp_votes": "the runner-up's votes", "opp_pct": "the runner-up's share (%)",
     "threshold": "share needed to win outright (%)", "judges": "judges of the court", "age": "Mnangagwa's age",
     # dates
     "asof_thu": "day the police gave six dead", "asof_wed": "day the government gave three dead",
     "poll": "polling day", "deserted": "day the streets were deserted", "ouster": "Mugabe's ouster",
     "declared": "day the presidential result was declared", "runoff": "day set for a runoff",
     "shooting": "day of the Harare shooting", "asof_fri": "day the toll stood at six (Friday)",
     "ruling": "day of the court's ruling", "hearing": "day of the court hearing", "filed": "day the petition was filed",
     "inaug_planned": "day first set for the inauguration", "inaug": "day of the inauguration",
     "rule_since": "year Mugabe came to power",
    }
    ms = [
     M(R, "Six people", N, "dead", 6, THU),
     M(R, "on Thursday", D, "asof_thu", "2018-08-02"),
     M(R, "On Wednesday evening", D, "asof_wed", "2018-08-01"),
     M(R, "three", N, "dead", 3, WED),
     M(R, "Monday", D, "poll", "2018-07-30"),
     M(R, "145", N, "zp_seats", 145, cls="seats"),
     M(R, "210 seats", N, "seats", 210, cls="seats"),
     M(R, "63", N, "mdc_seats", 63, cls="seats"),
     M(R, "23 candidates", N, "candidates", 23),
     M(R, "on Thursday", D, "deserted", "2018-08-02", occ=2),
     M(R, "November 2017", D, "ouster", "2017-11"),
     M(R, "37 years", N, "mugabe_years", 37, cls="dur"),

     M(K, "2.460.463 suara", N, "em_votes", 2460463, FIRST, src=ZEC, cls="votes"),
     M(K, "50,8 persen", N, "em_pct", 50.8, FIRST, src=ZEC, cls="pct"),
     M(K, "2.147.436 suara", N, "opp_votes", 2147436, FIRST, src=ZEC, cls="votes"),
     M(K, "44,3 persen", N, "opp_pct", 44.3, FIRST, src=ZEC, cls="pct"),
     M(K, "Jumat (3/8/2018)", D, "declared", "2018-08-03"),
     M(K, "50 persen", N, "threshold", 50, cls="pct"),
     M(K, "8 September", D, "runoff", "2018-09-08"),
     M(K, "Senin (30/7/2018)", D, "poll", "2018-07-30"),
     M(K, "November 2017", D, "ouster", "2017-11"),
     M(K, "Rabu (1/8/2018)", D, "shooting", "2018-08-01"),
     M(K, "Hingga Jumat", D, "asof_fri", "2018-08-03"),
     M(K, "enam orang", N, "dead", 6, FRI),
     M(K, "50,7 persen", N, "em_pct", 50.7, src=ZESN, cls="pct"),
     M(K, "45,9 persen", N, "opp_pct", 45.9, src=ZESN, cls="pct"),
     M(K, "145", N, "zp_seats", 145, cls="seats"),
     M(K, "210 kursi", N, "seats", 210, cls="seats"),

     M(T, "Jumat (24/8/2018)", D, "ruling", "2018-08-24"),
     M(T, "30 Juli", D, "poll", "2018-07-30"),
     M(T, "sembilan hakim", N, "judges", 9),
     M(T, "Rabu (22/8/2018)", D, "hearing", "2018-08-22"),
     M(T, "2.456.010 suara", N, "em_votes", 2456010, CORR, src=ZEC, cls="votes"),
     M(T, "50,67 persen", N, "em_pct", 50.67, CORR, src=ZEC, cls="pct"),
     M(T, "50 persen", N, "threshold", 50, cls="pct"),
     M(T, "2.174.436 suara", N, "opp_votes", 2174436, FIRST, src=ZEC, cls="votes", planted=True),
     M(T, "Jumat (10/8/2018)", D, "filed", "2018-08-10"),
     M(T, "12 Agustus", D, "inaug_planned", "2018-08-12"),
     M(T, "Minggu (26/8/2018)", D, "inaug", "2018-08-26"),
     M(T, "enam orang", N, "dead", 6, AUG25),
     M(T, "1 Agustus", D, "shooting", "2018-08-01"),

     M(A, "on Sunday", D, "inaug", "2018-08-26"),
     M(A, "nine judges", N, "judges", 9),
     M(A, "July 30", D, "poll", "2018-07-30"),
     M(A, "Aug. 23", D, "ruling", "2018-08-23", planted=True),
     M(A, "50.67 percent", N, "em_pct", 50.67, CORR, src=ZEC, cls="pct"),
     M(A, "50.8 percent", N, "em_pct", 50.8, FIRST, src=ZEC, cls="pct"),
     M(A, "44.3 percent", N, "opp_pct", 44.3, FIRST, src=ZEC, cls="pct"),
     M(A, "Aug. 1", D, "shooting", "2018-08-01"),
     M(A, "six people", N, "dead", 6, AUG27),
     M(A, "75", N, "age", 75, cls="age"),
     M(A, "November 2017", D, "ouster", "2017-11"),
     M(A, "1980", D, "rule_since", "1980"),
     M(A, "145", N, "zp_seats", 145, cls="seats"),
     M(A, "210 elected seats", N, "seats", 210, cls="seats"),
    ]
    build("zimbabwe-vote-2018", "Zimbabwe's general election of Monday 30 July 2018 and its aftermath: soldiers fire "
          "on protesters in Harare on Wednesday 1 August (three dead by the government that evening, six by the police "
          "on Thursday 2 August); ZANU-PF 145 of 210 seats, the MDC Alliance 63; the electoral commission declares "
          "Emmerson Mnangagwa the winner early on Friday 3 August (2,460,463 votes, 50.8%; the runner-up 2,147,436, "
          "44.3%) and corrects his count to 2,456,010 (50.67%) in the court case; the observers' parallel count (50.7% "
          "and 45.9%); the petition filed on Friday 10 August, heard on Wednesday 22 August and dismissed by the nine "
          "judges of the Constitutional Court on Friday 24 August; the inauguration on Sunday 26 August 2018",
          False, ms, names)


def budget():
    R, B, K, A = "reuters-feb22", "bisnis-feb23", "kontan-feb24", "ap-feb25"
    names = {
     "relief": "Eskom debt taken over (billion rand)", "eskom_debt": "Eskom's total debt (billion rand)",
     "relief_years": "years of the debt relief", "growth": "growth forecast for 2023 (%)",
     "growth_avg": "average growth over three years (%)", "avg_years": "years of the growth average",
     "debt": "government debt at its peak (% of GDP)", "solar": "solar rebate (% of cost)",
     "solar_cap": "solar rebate cap (rand)", "solar_years": "years the solar rebate applies",
     "deduct": "business deduction for renewables (%)", "deduct_years": "years of the business deduction",
     "grant": "monthly grant for the unemployed (rand)",
     # dates
     "speech": "day of the budget speech", "peak_year": "fiscal year debt stabilises", "solar_start": "start of the "
     "solar rebate", "grant_end": "month the grant is extended to", "growth_year": "year of the growth forecast",
    }
    ms = [
     M(R, "254 billion rand", N, "relief", 254, cls="bn"),
     M(R, "three years", N, "relief_years", 3, cls="dur"),
     M(R, "Wednesday", D, "speech", "2023-02-22"),
     M(R, "roughly 400 billion rand", N, "eskom_debt", 400, qual="approx", cls="bn"),
     M(R, "0.9%", N, "growth", 0.9, cls="pct"),
     M(R, "1.4%", N, "growth_avg", 1.4, cls="pct"),
     M(R, "three years", N, "avg_years", 3, cls="dur", occ=2),
     M(R, "73.6%", N, "debt", 73.6, cls="pct"),
     M(R, "2025/26", D, "peak_year", "2025"),
     M(R, "25%", N, "solar", 25, cls="pct"),
     M(R, "15,000 rand", N, "solar_cap", 15000, cls="rand"),
     M(R, "one year", N, "solar_years", 1, cls="dur"),
     M(R, "March 1", D, "solar_start", "2023-03-01"),
     M(R, "125%", N, "deduct", 125, cls="pct"),
     M(R, "two years", N, "deduct_years", 2, cls="dur"),
     M(R, "350 rand", N, "grant", 350, cls="rand"),
     M(R, "March 2024", D, "grant_end", "2024-03"),

     M(B, "254 miliar rand", N, "relief", 254, cls="bn"),
     M(B, "tiga tahun", N, "relief_years", 3, cls="dur"),
     M(B, "Rabu (22/2/2023)", D, "speech", "2023-02-22"),
     M(B, "sekitar 400 miliar rand", N, "eskom_debt", 400, qual="approx", cls="bn"),
     M(B, "0,9 persen", N, "growth", 0.9, cls="pct"),
     M(B, "tiga tahun", N, "avg_years", 3, cls="dur", occ=2),
     M(B, "1,4 persen", N, "growth_avg", 1.4, cls="pct"),
     M(B, "73,6 persen", N, "debt", 73.6, cls="pct"),
     M(B, "2025/26", D, "peak_year", "2025"),
     M(B, "25 persen", N, "solar", 25, cls="pct"),
     M(B, "15.000 rand", N, "solar_cap", 15000, cls="rand"),
     M(B, "125 persen", N, "deduct", 125, cls="pct"),
     M(B, "dua tahun", N, "deduct_years", 2, cls="dur"),
     M(B, "350 rand", N, "grant", 350, cls="rand"),
     M(B, "Maret 2024", D, "grant_end", "2024-03"),

     M(K, "254 miliar rand", N, "relief", 254, cls="bn"),
     M(K, "Rabu (22/2/2023)", D, "speech", "2023-02-22"),
     M(K, "sekitar 400 miliar rand", N, "eskom_debt", 400, qual="approx", cls="bn"),
     M(K, "0,9 persen", N, "growth", 0.9, cls="pct"),
     M(K, "2023", D, "growth_year", "2023", occ=2),
     M(K, "1,4 persen", N, "growth_avg", 1.4, cls="pct"),
     M(K, "tiga tahun", N, "avg_years", 3, cls="dur"),
     M(K, "73,6 persen", N, "debt", 73.6, cls="pct"),
     M(K, "2025/26", D, "peak_year", "2025"),
     M(K, "25 persen", N, "solar", 25, cls="pct"),
     M(K, "15.000 rand", N, "solar_cap", 15000, cls="rand"),
     M(K, "satu tahun", N, "solar_years", 1, cls="dur"),
     M(K, "1 Maret 2023", D, "solar_start", "2023-03-01"),
     M(K, "125 persen", N, "deduct", 125, cls="pct"),
     M(K, "dua tahun", N, "deduct_years", 2, cls="dur"),
     M(K, "350 rand", N, "grant", 350, cls="rand"),
     M(K, "Maret 2024", D, "grant_end", "2024-03"),

     M(A, "254 billion rand", N, "relief", 254, cls="bn"),
     M(A, "Wednesday, Feb. 22", D, "speech", "2023-02-22"),
     M(A, "about 400 billion rand", N, "eskom_debt", 400, qual="approx", cls="bn"),
     M(A, "0.9%", N, "growth", 0.9, cls="pct"),
     M(A, "2023", D, "growth_year", "2023"),
     M(A, "1.4%", N, "growth_avg", 1.4, cls="pct"),
     M(A, "three years", N, "avg_years", 3, cls="dur"),
     M(A, "73.6%", N, "debt", 73.6, cls="pct"),
     M(A, "2025/26", D, "peak_year", "2025"),
     M(A, "25%", N, "solar", 25, cls="pct"),
     M(A, "15,000 rand", N, "solar_cap", 15000, cls="rand"),
     M(A, "one year", N, "solar_years", 1, cls="dur"),
     M(A, "March 1, 2023", D, "solar_start", "2023-03-01"),
     M(A, "125%", N, "deduct", 125, cls="pct"),
     M(A, "two years", N, "deduct_years", 2, cls="dur"),
     M(A, "March 2024", D, "grant_end", "2024-03"),
     M(A, "350 rand", N, "grant", 350, cls="rand"),
    ]
    build("eskom-budget-2023", "South Africa's budget of Wednesday 22 February 2023 (control): 254 billion rand of "
          "Eskom's roughly 400 billion rand debt taken over in three years, growth forecast 0.9% for 2023 and 1.4% on "
          "average over three years, debt stabilising at 73.6% of GDP in 2025/26, a rooftop solar rebate of 25% of the "
          "cost up to 15,000 rand for one year from 1 March 2023, a 125% deduction on renewable energy for two years, "
          "the 350 rand monthly grant extended to March 2024. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    marikana()
    zimbabwe()
    budget()
