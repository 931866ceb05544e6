"""The three-hundred-and-seventy-first development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset371/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def enyobeni():
    R, K, S, A = "reuters-jun26", "kompas-jun27", "dispatch-jun28", "antara-aug06"
    # as-of times of the toll: Sunday morning 26 June 2022 (the police's "at least 20"), Sunday evening (the provincial
    # government's 22: another source than the police's, so the pair is `sources`), Monday 27 June (the province's
    # 21 after the bodies were counted again: a revision of its own 22), Tuesday 28 June and the toxicology report of early August
    # 2022 (21, no source named). The split (12 boys and 9 girls; 17 at the scene and 4 in hospital) and the ages
    # do not change with the day of the report.
    SUNAM, SUNPM, MON, TUE, AUG = "2022-06-26a", "2022-06-26b", "2022-06-27", "2022-06-28", "2022-08-06"
    POLICE, PROV = "the South African Police Service", "the Eastern Cape provincial government"
    names = {
     "dead": "young people who died at the tavern", "boys": "boys among the dead", "girls": "girls among the dead",
     "scene": "dead found at the tavern", "hospital": "dead in hospital", "youngest": "the youngest victim's age",
     "oldest": "the oldest victim's age",
     # dates
     "deaths": "day of the deaths", "count_sun": "day of the first counts", "count_mon": "day of the count of 21",
     "licence": "day the tavern's licence was suspended", "ruled_out": "day a stampede was ruled out",
     "funeral": "day of the mass funeral",
    }
    ms = [
     M(R, "At least 20 young people", N, "dead", 20, SUNAM, qual="atleast", src=POLICE),
     M(R, "Sunday", D, "deaths", "2022-06-26"),
     M(R, "13 years old", N, "youngest", 13, cls="age"),
     M(R, "Sunday evening", D, "count_sun", "2022-06-26"),
     M(R, "22", N, "dead", 22, SUNPM, src=PROV),

     M(K, "21 orang", N, "dead", 21, MON, src=PROV),
     M(K, "Senin (27/6/2022)", D, "count_mon", "2022-06-27"),
     M(K, "22 korban", N, "dead", 22, SUNPM, src=PROV),
     M(K, "Minggu malam", D, "count_sun", "2022-06-26"),
     M(K, "Minggu (26/6/2022)", D, "deaths", "2022-06-26"),
     M(K, "sedikitnya 20 orang", N, "dead", 20, SUNAM, qual="atleast", src=POLICE),
     M(K, "12 anak laki-laki", N, "boys", 12),
     M(K, "sembilan anak perempuan", N, "girls", 9),
     M(K, "17", N, "scene", 17),
     M(K, "empat lainnya", N, "hospital", 4),
     M(K, "13 tahun", N, "youngest", 13, cls="age"),
     M(K, "17 tahun", N, "oldest", 17, cls="age"),

     M(S, "Tuesday", D, "ruled_out", "2022-06-28"),
     M(S, "21 teenagers", N, "dead", 21, TUE),
     M(S, "twelve boys", N, "boys", 12),
     M(S, "nine girls", N, "girls", 9),
     M(S, "13", N, "youngest", 13, cls="age"),
     M(S, "17", N, "oldest", 17, cls="age"),
     M(S, "Sunday, June 26", D, "deaths", "2022-06-26"),
     M(S, "Seventeen", N, "scene", 17),
     M(S, "four", N, "hospital", 4),
     M(S, "Tuesday, June 28", D, "licence", "2022-06-28", planted=True),
     M(S, "Wednesday, July 6", D, "funeral", "2022-07-06"),

     M(A, "ke-21 remaja", N, "dead", 21, AUG),
     M(A, "Rabu (6/7/2022)", D, "funeral", "2022-07-06"),
     M(A, "11 anak laki-laki", N, "boys", 11, planted=True),
     M(A, "sembilan anak perempuan", N, "girls", 9),
     M(A, "Minggu, 26 Juni", D, "deaths", "2022-06-26"),
     M(A, "17 korban", N, "scene", 17),
     M(A, "empat lainnya", N, "hospital", 4),
     M(A, "13 tahun", N, "youngest", 13, cls="age"),
     M(A, "Senin (27/6/2022)", D, "licence", "2022-06-27"),
    ]
    build("enyobeni-tavern-2022", "The deaths of young people at the Enyobeni tavern in Scenery Park, East London, "
          "South Africa (early on Sunday 26 June 2022): the police's 'at least 20' on Sunday morning, the provincial "
          "government's 22 on Sunday evening (another source) revised to 21 on Monday 27 June, 21 thereafter (12 boys "
          "and 9 girls aged 13 to 17; 17 found dead at the tavern and 4 in hospital); the licence suspended by the "
          "Eastern Cape Liquor Board on Monday 27 June, a stampede ruled out on Tuesday 28 June, the mass funeral on "
          "Wednesday 6 July 2022", False, ms, names)


def zimbabwe():
    R, K, P, A = "reuters-apr01", "kompas-apr04", "ap-may03", "antara-jun30"
    # as-of times of the House of Assembly count: Monday night 31 March 2008 (52 seats declared, 26 each to the MDC
    # and ZANU-PF) and the final declaration of Wednesday 2 April 2008 (MDC 99, ZANU-PF 97, Mutambara's faction 10,
    # one independent, of 210): rising counts, updates. The presidential first round has one official count (the
    # commission's of Friday 2 May 2008): the MDC's own 50.3% for Tsvangirai against the commission's 47.9% is a
    # `sources` pair. The runoff's share and votes are other facts than the first round's.
    MON, FINAL = "2008-03-31", "2008-04-02"
    ZEC, MDC = "the Zimbabwe Electoral Commission", "the Movement for Democratic Change"
    names = {
     "mdc_seats": "the MDC's (Tsvangirai's) House seats", "zanu_seats": "ZANU-PF's House seats",
     "declared": "House seats declared", "parl": "seats in the House of Assembly",
     "mut_seats": "seats of Mutambara's MDC faction", "ind_seats": "independents' House seats",
     "tsv_pct": "Tsvangirai's first-round share", "mug_pct": "Mugabe's first-round share",
     "mak_pct": "Makoni's first-round share", "threshold": "share needed to win outright",
     "mug_runoff": "Mugabe's runoff share", "mug_votes": "Mugabe's runoff votes",
     # dates
     "vote": "day of the first-round vote", "count1": "day of the first partial count",
     "house_final": "day of the final House results", "pres_result": "day the presidential result was announced",
     "withdraw": "day Tsvangirai withdrew", "runoff": "day of the runoff", "sworn": "day Mugabe was sworn in",
     "independence": "year of independence",
    }
    ms = [
     M(R, "Monday night", D, "count1", "2008-03-31"),
     M(R, "26 seats each", N, "mdc_seats", 26, MON, cls="seats", also={"zanu_seats": 26}),
     M(R, "52 declared", N, "declared", 52, MON, cls="seats"),
     M(R, "Saturday", D, "vote", "2008-03-29"),
     M(R, "210 seats", N, "parl", 210, cls="seats"),
     M(R, "50.3 percent", N, "tsv_pct", 50.3, src=MDC, cls="pct"),
     M(R, "more than 50 percent", N, "threshold", 50, cls="pct"),

     M(K, "99 kursi", N, "mdc_seats", 99, FINAL, cls="seats"),
     M(K, "97 kursi", N, "zanu_seats", 97, FINAL, cls="seats"),
     M(K, "210 kursi", N, "parl", 210, cls="seats"),
     M(K, "Rabu (2/4/2008)", D, "house_final", "2008-04-02"),
     M(K, "10 kursi", N, "mut_seats", 10, FINAL, cls="seats"),
     M(K, "satu kursi", N, "ind_seats", 1, FINAL, cls="seats"),
     M(K, "1980", D, "independence", "1980"),
     M(K, "Senin (31/3/2008)", D, "count1", "2008-03-31"),
     M(K, "26 kursi", N, "mdc_seats", 26, MON, cls="seats", also={"zanu_seats": 26}),
     M(K, "Jumat (28/3/2008)", D, "vote", "2008-03-28", planted=True),
     M(K, "50,3 persen", N, "tsv_pct", 50.3, src=MDC, cls="pct"),
     M(K, "50 persen", N, "threshold", 50, cls="pct"),

     M(P, "47.9 percent", N, "tsv_pct", 47.9, src=ZEC, cls="pct"),
     M(P, "43.2 percent", N, "mug_pct", 43.2, src=ZEC, cls="pct"),
     M(P, "Friday", D, "pres_result", "2008-05-02"),
     M(P, "8.3 percent", N, "mak_pct", 8.3, src=ZEC, cls="pct"),
     M(P, "March 29", D, "vote", "2008-03-29"),
     M(P, "50.3 percent", N, "tsv_pct", 50.3, src=MDC, cls="pct"),
     M(P, "99", N, "mdc_seats", 99, FINAL, cls="seats"),
     M(P, "210 seats", N, "parl", 210, cls="seats"),

     M(A, "Minggu (29/6/2008)", D, "sworn", "2008-06-29"),
     M(A, "85,5 persen", N, "mug_runoff", 85.5, cls="pct"),
     M(A, "Jumat (27/6/2008)", D, "runoff", "2008-06-27"),
     M(A, "Minggu (22/6/2008)", D, "withdraw", "2008-06-22"),
     M(A, "2.150.269 suara", N, "mug_votes", 2150269),
     M(A, "29 Maret", D, "vote", "2008-03-29"),
     M(A, "47,9 persen", N, "tsv_pct", 47.9, src=ZEC, cls="pct"),
     M(A, "42,3 persen", N, "mug_pct", 42.3, src=ZEC, cls="pct", planted=True),
     M(A, "99 kursi", N, "mdc_seats", 99, FINAL, cls="seats"),
     M(A, "1980", D, "independence", "1980"),
    ]
    build("zec-delay-2008", "Zimbabwe's harmonised elections of Saturday 29 March 2008: the House of Assembly count "
          "level at 26 seats each of 52 declared on Monday night 31 March, and the final result of Wednesday 2 April "
          "(the MDC 99, ZANU-PF 97, Mutambara's faction 10, one independent, of 210 seats); the MDC's own 50.3% for "
          "Tsvangirai against the Zimbabwe Electoral Commission's 47.9% (Mugabe 43.2%, Makoni 8.3%) announced on "
          "Friday 2 May 2008; Tsvangirai's withdrawal on Sunday 22 June, the runoff of Friday 27 June (Mugabe 85.5%, "
          "2,150,269 votes) and Mugabe's swearing-in on Sunday 29 June 2008", False, ms, names)


def sentence():
    R, K, G, T = "reuters-oct21", "kompas-oct22", "guardian-oct23", "tempo-oct24"
    names = {
     "prison": "the prison term for Steenkamp's death (years)", "susp": "the suspended term for the firearm count (years)",
     "susp_for": "years the firearm term is suspended", "sought": "the prosecution's minimum sought (years)",
     "months": "months before house arrest", "age": "Pistorius's age", "victim_age": "Steenkamp's age",
     "shots": "shots fired through the door", "hits": "shots that struck Steenkamp",
     # dates
     "sentence": "day of the sentence", "verdict": "day of the verdict", "killing": "day of the killing",
     "trial": "day the trial opened", "restaurant": "month of the restaurant incident",
    }
    ms = [
     M(R, "five years in prison", N, "prison", 5, cls="dur"),
     M(R, "Tuesday", D, "sentence", "2014-10-21"),
     M(R, "three-year term", N, "susp", 3, cls="dur"),
     M(R, "suspended for five years", N, "susp_for", 5, cls="dur"),
     M(R, "27-year-old", N, "age", 27, cls="age"),
     M(R, "Sept. 12", D, "verdict", "2014-09-12"),
     M(R, "four shots", N, "shots", 4),
     M(R, "Feb. 14, 2013", D, "killing", "2013-02-14"),
     M(R, "29-year-old", N, "victim_age", 29, cls="age"),
     M(R, "three times", N, "hits", 3),
     M(R, "minimum of 10 years", N, "sought", 10, cls="dur"),
     M(R, "about 10 months", N, "months", 10, qual="approx", cls="months"),
     M(R, "March 3", D, "trial", "2014-03-03"),

     M(K, "lima tahun penjara", N, "prison", 5, cls="dur"),
     M(K, "Selasa (21/10/2014)", D, "sentence", "2014-10-21"),
     M(K, "27 tahun", N, "age", 27, cls="age"),
     M(K, "tiga tahun", N, "susp", 3, cls="dur"),
     M(K, "masa percobaan lima tahun", N, "susp_for", 5, cls="dur"),
     M(K, "29 tahun", N, "victim_age", 29, cls="age"),
     M(K, "14 Februari 2013", D, "killing", "2013-02-14"),
     M(K, "empat peluru", N, "shots", 4),
     M(K, "tiga di antaranya", N, "hits", 3),
     M(K, "12 September", D, "verdict", "2014-09-12"),
     M(K, "sedikitnya 10 tahun", N, "sought", 10, qual="atleast", cls="dur"),
     M(K, "sekitar 10 bulan", N, "months", 10, qual="approx", cls="months"),
     M(K, "3 Maret 2014", D, "trial", "2014-03-03"),

     M(G, "five-year sentence", N, "prison", 5, cls="dur"),
     M(G, "Tuesday", D, "sentence", "2014-10-21"),
     M(G, "27-year-old", N, "age", 27, cls="age"),
     M(G, "three years", N, "susp", 3, cls="dur"),
     M(G, "suspended for five", N, "susp_for", 5, cls="dur"),
     M(G, "January 2013", D, "restaurant", "2013-01"),
     M(G, "29", N, "victim_age", 29, cls="age"),
     M(G, "14 February 2013", D, "killing", "2013-02-14"),
     M(G, "Four bullets", N, "shots", 4),
     M(G, "three of them", N, "hits", 3),
     M(G, "at least 10 years", N, "sought", 10, qual="atleast", cls="dur"),
     M(G, "12 September", D, "verdict", "2014-09-12"),
     M(G, "about 10 months", N, "months", 10, qual="approx", cls="months"),

     M(T, "lima tahun penjara", N, "prison", 5, cls="dur"),
     M(T, "Selasa lalu", D, "sentence", "2014-10-21"),
     M(T, "tiga tahun penjara", N, "susp", 3, cls="dur"),
     M(T, "selama lima tahun", N, "susp_for", 5, cls="dur"),
     M(T, "Januari 2013", D, "restaurant", "2013-01"),
     M(T, "27 tahun", N, "age", 27, cls="age"),
     M(T, "(29)", N, "victim_age", 29, cls="age"),
     M(T, "14 Februari 2013", D, "killing", "2013-02-14"),
     M(T, "empat tembakan", N, "shots", 4),
     M(T, "minimal 10 tahun", N, "sought", 10, qual="atleast", cls="dur"),
     M(T, "sekitar 10 bulan", N, "months", 10, qual="approx", cls="months"),
     M(T, "12 September", D, "verdict", "2014-09-12"),
     M(T, "Maret", D, "trial", "2014-03"),
    ]
    build("masipa-sentence-2014", "The sentencing of Oscar Pistorius by Judge Thokozile Masipa in Pretoria on Tuesday "
          "21 October 2014 (control): five years in prison for the culpable homicide of Reeva Steenkamp (29), killed "
          "by four shots (three struck her) through a toilet door on 14 February 2013; three years suspended for five "
          "for a gun fired in a restaurant in January 2013; the prosecution's minimum of 10 years; house arrest "
          "possible after about 10 months; the verdict of 12 September 2014 and the trial opened on 3 March 2014; "
          "Pistorius 27. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    enyobeni()
    zimbabwe()
    sentence()
