"""The three-hundred-and-eighty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset386/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def bopha():
    I, K, A, R = "inquirer-dec05", "kompas-dec07", "antara-dec10", "reuters-dec26"
    # as-of times of the running tallies: noon and 7 p.m. on Wednesday 5 December 2012 (the council's 95, then 274;
    # the army's 224 at about noon), 06.00 on Thursday 6 December (325 dead, 379 missing, 411 injured), Sunday 9
    # December (620 dead, 817 missing), 05.00 on Monday 10 December (647 dead, 780 missing, 1,482 injured), Friday 21
    # December (1,050 dead, 2,662 injured, 838 missing) and Saturday 22 December (1,067 dead, more than 800 missing).
    # The dead, the injured, the affected and the damage do not fall; the missing (as bodies are found) and the people
    # in evacuation centres (as they go home) may. The council (NDRRMC) and the army's division are two sources.
    D5N, D5E, D6, D9, D10, D21, D22, D26 = ("2012-12-05a", "2012-12-05b", "2012-12-06", "2012-12-09", "2012-12-10",
                                            "2012-12-21", "2012-12-22", "2012-12-26")
    COUNCIL, ARMY = "the NDRRMC", "the Army's 10th Infantry Division"
    names = {
     "dead": "people killed by the typhoon", "missing": "people missing", "injured": "people injured",
     "evac": "people in evacuation centres", "affected": "people affected", "projected": "toll the council expects",
     "gusts": "gusts at landfall (km/h)", "damage": "damage (billion pesos)", "farm_damage": "damage to farms (billion pesos)",
     # dates
     "landfall": "day of landfall", "count_wed": "day of the Wednesday counts", "count_thu": "day of the Thursday count",
     "calamity": "day the state of national calamity was declared", "count_sun": "day of the Sunday count",
     "count_mon": "day of the Monday count", "count_sat": "day of the Saturday count",
    }
    ms = [
     M(I, "274 people", N, "dead", 274, D5E, src=COUNCIL),
     M(I, "Wednesday", D, "count_wed", "2012-12-05"),
     M(I, "95 dead", N, "dead", 95, D5N, src=COUNCIL),
     M(I, "224", N, "dead", 224, D5N, src=ARMY),
     M(I, "Tuesday", D, "landfall", "2012-12-04"),
     M(I, "210 kilometers per hour", N, "gusts", 210, cls="speed"),
     M(I, "More than 170,000 people", N, "evac", 170000, D5E, qual="morethan", fall=True),

     M(K, "325 orang", N, "dead", 325, D6, src=COUNCIL),
     M(K, "Kamis (6/12/2012)", D, "count_thu", "2012-12-06"),
     M(K, "379 orang", N, "missing", 379, D6, src=COUNCIL, fall=True),
     M(K, "411 orang", N, "injured", 411, D6, src=COUNCIL),
     M(K, "Rabu (5/12/2012)", D, "count_wed", "2012-12-05"),
     M(K, "274 orang", N, "dead", 274, D5E, src=COUNCIL),
     M(K, "Selasa (4/12/2012)", D, "landfall", "2012-12-04"),
     M(K, "210 kilometer per jam", N, "gusts", 210, cls="speed"),
     M(K, "Hampir 190.000 orang", N, "evac", 190000, D6, qual="nearly", fall=True),

     M(A, "647 orang", N, "dead", 647, D10, src=COUNCIL),
     M(A, "Senin (10/12/2012)", D, "count_mon", "2012-12-10"),
     M(A, "Minggu (9/12/2012)", D, "count_sun", "2012-12-09"),
     M(A, "620 korban tewas", N, "dead", 620, D9, src=COUNCIL),
     M(A, "817 orang", N, "missing", 817, D9, src=COUNCIL, fall=True),
     M(A, "780 orang", N, "missing", 780, D10, src=COUNCIL, fall=True),
     M(A, "1.482 orang", N, "injured", 1482, D10, src=COUNCIL),
     M(A, "352 korban jiwa", N, "dead", 352, D6, src=COUNCIL, planted=True),
     M(A, "Jumat (7/12/2012)", D, "calamity", "2012-12-07"),
     M(A, "sekitar 5,4 juta orang", N, "affected", 5400000, D10, qual="approx"),
     M(A, "Sekitar 131.000 orang", N, "evac", 131000, D10, qual="approx", fall=True),
     M(A, "6,4 miliar peso", N, "damage", 6.4, D10, cls="peso"),

     M(R, "1,067", N, "dead", 1067, D22, src=COUNCIL),
     M(R, "Saturday", D, "count_sat", "2012-12-22"),
     M(R, "more than 800", N, "missing", 800, D22, qual="morethan", src=COUNCIL, fall=True),
     M(R, "1,050 dead", N, "dead", 1050, D21, src=COUNCIL),
     M(R, "2,662 injured", N, "injured", 2662, D21, src=COUNCIL),
     M(R, "838 missing", N, "missing", 838, D21, src=COUNCIL, fall=True),
     M(R, "about 1,500", N, "projected", 1500, qual="approx"),
     M(R, "Dec. 5", D, "landfall", "2012-12-05", planted=True),
     M(R, "210 kph", N, "gusts", 210, cls="speed"),
     M(R, "34.4 billion pesos", N, "damage", 34.4, D26, cls="peso"),
     M(R, "26.5 billion pesos", N, "farm_damage", 26.5, D26, cls="peso"),
     M(R, "Dec. 7", D, "calamity", "2012-12-07"),
    ]
    build("pablo-mindanao-2012", "Typhoon Bopha (Pablo in the Philippines), which made landfall near Baganga on "
          "Mindanao's eastern coast on Tuesday 4 December 2012: the disaster council's toll rising from 95 at noon and "
          "274 at 7 p.m. on Wednesday 5 December (the army's division counting 224 at about noon) to 325 at 06.00 on "
          "Thursday 6 December, 620 on Sunday 9 December, 647 at 05.00 on Monday 10 December, 1,050 on Friday 21 "
          "December and 1,067 on Saturday 22 December; the missing 379 -> 817 -> 780 -> 838 -> more than 800; the "
          "injured 411 -> 1,482 -> 2,662; the state of national calamity declared on Friday 7 December; the damage "
          "estimate 6.4 -> 34.4 billion pesos", False, ms, names)


def growth():
    R, K, A, B = "reuters-mar27", "kontan-jun30", "antara-sep30", "bloomberg-dec28"
    # as-of times: the statistics office's first estimate of first-quarter growth (Friday 27 March 2020, 3.82%) and its
    # revision with the second-quarter figures (Monday 29 June 2020, 3.68%): a revision. Every other growth rate is
    # stated once by the office and repeated unchanged. The full-year growth of 2020 is estimated by three bodies:
    # the statistics office (2.91%), the World Bank (2.8%) and the IMF (1.6% in October): sources.
    MAR, JUN = "2020-03-27", "2020-06-29"
    GSO, WB, IMF = "the General Statistics Office", "the World Bank", "the International Monetary Fund"
    names = {
     "q1": "first-quarter growth of 2020", "q2": "second-quarter growth of 2020", "h1": "first-half growth of 2020",
     "q3": "third-quarter growth of 2020", "m9": "nine-month growth of 2020", "q4": "fourth-quarter growth of 2020",
     "fy": "growth for the whole of 2020", "fy2019": "growth for the whole of 2019",
     "q2_2019": "second-quarter growth of 2019", "target": "the growth target for 2020",
     "target2021": "the growth target for 2021", "ind_q1": "first-quarter growth of industry and construction",
     "serv_q1": "first-quarter growth of services", "agri_q1": "first-quarter growth of farming, forestry and fishing",
     "cpi": "average inflation in 2020", "cpi_cap": "the inflation ceiling", "exp_growth": "growth of exports in 2020",
     "exports": "exports in 2020 (US$ billion)", "surplus": "trade surplus in 2020 (US$ billion)",
     # dates
     "q1_release": "day the first-quarter estimate was released", "target_set": "month the 2020 target was approved",
     "h1_release": "day the second-quarter figures were released", "borders": "day the borders closed to foreigners",
     "q3_release": "day the third-quarter figures were released", "danang": "month of the Da Nang outbreak",
     "fy_release": "day the full-year figures were released", "imf_forecast": "month of the IMF's forecast",
    }
    ms = [
     M(R, "3.82%", N, "q1", 3.82, MAR, src=GSO, cls="pct"),
     M(R, "Friday", D, "q1_release", "2020-03-27"),
     M(R, "7.02%", N, "fy2019", 7.02, cls="pct"),
     M(R, "5.15%", N, "ind_q1", 5.15, cls="pct"),
     M(R, "3.27%", N, "serv_q1", 3.27, cls="pct"),
     M(R, "0.08%", N, "agri_q1", 0.08, cls="pct"),
     M(R, "6.8%", N, "target", 6.8, cls="pct"),
     M(R, "last November", D, "target_set", "2019-11"),

     M(K, "0,36 persen", N, "q2", 0.36, cls="pct"),
     M(K, "Senin (29/6/2020)", D, "h1_release", "2020-06-29"),
     M(K, "1,81 persen", N, "h1", 1.81, cls="pct"),
     M(K, "3,68 persen", N, "q1", 3.68, JUN, src=GSO, cls="pct"),
     M(K, "3,82 persen", N, "q1", 3.82, MAR, src=GSO, cls="pct"),
     M(K, "akhir Maret", D, "q1_release", "2020-03"),
     M(K, "di atas 6 persen", N, "q2_2019", 6, qual="morethan", cls="pct"),
     M(K, "22 Maret", D, "borders", "2020-03-22"),
     M(K, "6,8 persen", N, "target", 6.8, cls="pct"),

     M(A, "2,62 persen", N, "q3", 2.62, cls="pct"),
     M(A, "Selasa (29/9/2020)", D, "q3_release", "2020-09-29"),
     M(A, "2,12 persen", N, "m9", 2.12, cls="pct"),
     M(A, "0,36 persen", N, "q2", 0.36, cls="pct"),
     M(A, "3,68 persen", N, "q1", 3.68, JUN, src=GSO, cls="pct"),
     M(A, "30 Juni", D, "h1_release", "2020-06-30", planted=True),
     M(A, "akhir Juli", D, "danang", "2020-07"),
     M(A, "2,8 persen", N, "fy", 2.8, src=WB, cls="pct"),
     M(A, "6,8 persen", N, "target", 6.8, cls="pct"),

     M(B, "2.91%", N, "fy", 2.91, src=GSO, cls="pct"),
     M(B, "Sunday", D, "fy_release", "2020-12-27"),
     M(B, "4.48%", N, "q4", 4.48, cls="pct"),
     M(B, "2.62%", N, "q3", 2.62, cls="pct"),
     M(B, "0.36%", N, "q2", 0.36, cls="pct"),
     M(B, "3.68%", N, "q1", 3.68, JUN, src=GSO, cls="pct"),
     M(B, "1.18%", N, "h1", 1.18, cls="pct", planted=True),
     M(B, "3.23%", N, "cpi", 3.23, cls="pct"),
     M(B, "4%", N, "cpi_cap", 4, cls="pct"),
     M(B, "6.5%", N, "exp_growth", 6.5, cls="pct"),
     M(B, "$281.5 billion", N, "exports", 281.5, cls="usd_bn"),
     M(B, "$19.1 billion", N, "surplus", 19.1, cls="usd_bn"),
     M(B, "October", D, "imf_forecast", "2020-10"),
     M(B, "1.6%", N, "fy", 1.6, src=IMF, cls="pct"),
     M(B, "2.8%", N, "fy", 2.8, src=WB, cls="pct"),
     M(B, "6.8%", N, "target", 6.8, cls="pct"),
     M(B, "6%", N, "target2021", 6, cls="pct"),
    ]
    build("vn-covid-growth-2020", "Vietnam's economic growth in 2020 as the statistics office released it quarter by "
          "quarter: 3.82% in the first quarter (Friday 27 March 2020), revised to 3.68% with the second-quarter figures "
          "(0.36%; 1.81% for the first half) on Monday 29 June 2020; 2.62% in the third quarter and 2.12% for nine "
          "months (Tuesday 29 September 2020); 2.91% for the year and 4.48% in the fourth quarter (Sunday 27 December "
          "2020), against the World Bank's 2.8% and the IMF's 1.6% (sources) and the 6.8% target", False, ms, names)


def duch():
    R, K, A, P = "reuters-jul26", "kompas-jul27", "antara-jul28", "ap-jul29"
    # one judgment (Monday 26 July 2010), the same figures in every report: nothing here changes with the day of the
    # report. "more than 12,000" is compatible with "at least 12,272"; "about 19 years" with "sekitar 19 tahun".
    names = {
     "sentence": "the prison term imposed (years)", "reduction": "years taken off for illegal detention",
     "served": "years already served", "remaining": "years left to serve", "sought": "the term prosecutors sought",
     "victims": "people sent to their deaths at S-21", "age": "Duch's age", "judges": "judges on the panel",
     "judges_kh": "Cambodian judges", "judges_int": "international judges", "dead": "people who died under the regime",
     "leaders": "other leaders awaiting trial",
     # dates
     "verdict": "day of the verdict", "geneva": "year of the Geneva Conventions", "start": "year the regime took power",
     "end": "year the regime fell", "tribunal": "year the tribunal was set up", "hearings": "month the hearings began",
    }
    ms = [
     M(R, "Monday", D, "verdict", "2010-07-26"),
     M(R, "35 years", N, "sentence", 35, cls="years"),
     M(R, "at least 12,272 people", N, "victims", 12272, qual="atleast"),
     M(R, "five judges", N, "judges", 5, cls="judges"),
     M(R, "1949", D, "geneva", "1949"),
     M(R, "five years", N, "reduction", 5, cls="years"),
     M(R, "11 years", N, "served", 11, cls="years"),
     M(R, "about 19 years", N, "remaining", 19, qual="approx", cls="years"),
     M(R, "67", N, "age", 67, cls="age"),
     M(R, "40-year", N, "sought", 40, cls="years"),
     M(R, "An estimated 1.7 million people", N, "dead", 1700000, qual="approx"),
     M(R, "1975", D, "start", "1975"),
     M(R, "1979", D, "end", "1979"),
     M(R, "2006", D, "tribunal", "2006"),
     M(R, "Four more senior leaders", N, "leaders", 4),

     M(K, "Senin (26/7/2010)", D, "verdict", "2010-07-26"),
     M(K, "35 tahun penjara", N, "sentence", 35, cls="years"),
     M(K, "1949", D, "geneva", "1949"),
     M(K, "lima tahun", N, "reduction", 5, cls="years"),
     M(K, "11 tahun", N, "served", 11, cls="years"),
     M(K, "67 tahun", N, "age", 67, cls="age"),
     M(K, "sekitar 19 tahun", N, "remaining", 19, qual="approx", cls="years"),
     M(K, "40 tahun", N, "sought", 40, cls="years"),
     M(K, "sedikitnya 12.272 orang", N, "victims", 12272, qual="atleast"),
     M(K, "Sekitar 1,7 juta orang", N, "dead", 1700000, qual="approx"),
     M(K, "1975", D, "start", "1975"),
     M(K, "1979", D, "end", "1979"),

     M(A, "35 tahun penjara", N, "sentence", 35, cls="years"),
     M(A, "Senin (26/7/2010)", D, "verdict", "2010-07-26"),
     M(A, "lima hakim", N, "judges", 5, cls="judges"),
     M(A, "tiga warga Kamboja", N, "judges_kh", 3, cls="judges"),
     M(A, "dua hakim asing", N, "judges_int", 2, cls="judges"),
     M(A, "lima tahun", N, "reduction", 5, cls="years"),
     M(A, "11 tahun", N, "served", 11, cls="years"),
     M(A, "67 tahun", N, "age", 67, cls="age"),
     M(A, "sekitar 19 tahun", N, "remaining", 19, qual="approx", cls="years"),
     M(A, "40 tahun penjara", N, "sought", 40, cls="years"),
     M(A, "sedikitnya 12.272 orang", N, "victims", 12272, qual="atleast"),
     M(A, "1949", D, "geneva", "1949"),
     M(A, "Sekitar 1,7 juta orang", N, "dead", 1700000, qual="approx"),
     M(A, "1975", D, "start", "1975"),
     M(A, "1979", D, "end", "1979"),
     M(A, "Empat pemimpin senior", N, "leaders", 4),

     M(P, "35-year", N, "sentence", 35, cls="years"),
     M(P, "three Cambodian", N, "judges_kh", 3, cls="judges"),
     M(P, "two international judges", N, "judges_int", 2, cls="judges"),
     M(P, "Monday", D, "verdict", "2010-07-26"),
     M(P, "five years", N, "reduction", 5, cls="years"),
     M(P, "11 years", N, "served", 11, cls="years"),
     M(P, "67-year-old", N, "age", 67, cls="age"),
     M(P, "about 19 years", N, "remaining", 19, qual="approx", cls="years"),
     M(P, "40 years", N, "sought", 40, cls="years"),
     M(P, "more than 12,000 people", N, "victims", 12000, qual="morethan"),
     M(P, "About 1.7 million Cambodians", N, "dead", 1700000, qual="approx"),
     M(P, "1975", D, "start", "1975"),
     M(P, "1979", D, "end", "1979"),
     M(P, "March 2009", D, "hearings", "2009-03"),
     M(P, "Four other former leaders", N, "leaders", 4),
    ]
    build("duch-verdict-2010", "The Khmer Rouge tribunal's judgment of Monday 26 July 2010 (control): Kaing Guek "
          "Eav (Duch), 67, head of the S-21 prison (at least 12,272 people sent to their deaths), sentenced to 35 years, "
          "reduced by five years for illegal military detention, with 11 years served counted (about 19 left); "
          "prosecutors had sought 40 years; five judges (three Cambodian, two international); about 1.7 million dead "
          "under the regime of 1975-1979; four other leaders awaiting trial. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    bopha()
    growth()
    duch()
