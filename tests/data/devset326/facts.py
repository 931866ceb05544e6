"""The three-hundred-and-twenty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset326/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def asmat():
    K, R, T, A = "kompas-jan16", "reuters-jan24", "detik-feb06", "ap-feb14"
    # as-of times of the running tallies: Monday 15 January 2018 (the regency health office's 61 dead, at least 646
    # measles cases), Tuesday 23 January (the health ministry's 68 against the regent's 71: sources; 651 measles
    # cases, 223 children treated for malnutrition, more than 8,000 vaccinated), Monday 5 February (the emergency
    # lifted: 72 dead, 66 of measles and six of malnutrition, the malnutrition count corrected down to 175 after
    # double entries were removed: a revision; 13,300 vaccinated). The dead do not fall.
    JAN15, JAN23, FEB05 = "2018-01-15", "2018-01-23", "2018-02-05"
    MIN, REG = "the health ministry", "the Asmat regent"
    names = {
     "dead": "children dead in the outbreak", "dead_measles": "children dead of measles",
     "dead_malnut": "children dead of malnutrition", "measles": "children with measles",
     "malnut": "children treated for malnutrition", "vacc": "children vaccinated against measles",
     "pop": "people living in the regency", "districts": "districts of the regency",
     "workers": "health workers sent by the ministry",
     # dates
     "start": "month the outbreak began", "asof15": "day of the health office's count of 61",
     "asof23": "day of the ministry's count of 68", "sent": "day the ministry's health workers were sent",
     "teams": "day the military health task force set off", "vacc_start": "day the vaccination campaign began",
     "lifted": "day the outbreak emergency was lifted",
    }
    ms = [
     M(K, "61 anak", N, "dead", 61, JAN15),
     M(K, "September 2017", D, "start", "2017-09"),
     M(K, "Senin (15/1/2018)", D, "asof15", "2018-01-15"),
     M(K, "sedikitnya 646 anak", N, "measles", 646, JAN15, qual="atleast"),
     M(K, "sekitar 90.000 jiwa", N, "pop", 90000, qual="approx"),
     M(K, "23 distrik", N, "districts", 23),
     M(K, "39 tenaga kesehatan", N, "workers", 39),
     M(K, "Sabtu (13/1/2018)", D, "sent", "2018-01-13"),
     M(K, "Selasa (16/1/2018)", D, "teams", "2018-01-16"),

     M(R, "68 children", N, "dead", 68, JAN23, src=MIN),
     M(R, "September", D, "start", "2017-09"),
     M(R, "Tuesday", D, "asof23", "2018-01-23"),
     M(R, "71 children", N, "dead", 71, JAN23, src=REG),
     M(R, "651 children", N, "measles", 651, JAN23),
     M(R, "223", N, "malnut", 223, JAN23),
     M(R, "Tuesday", D, "asof23", "2018-01-23", occ=2),
     M(R, "61 deaths", N, "dead", 61, JAN15),
     M(R, "Jan. 15", D, "asof15", "2018-01-15"),
     M(R, "Jan. 16", D, "vacc_start", "2018-01-16"),
     M(R, "More than 8,000 children", N, "vacc", 8000, JAN23, qual="morethan"),
     M(R, "about 90,000 people", N, "pop", 90000, qual="approx"),

     M(T, "Minggu (4/2/2018)", D, "lifted", "2018-02-04", planted=True),
     M(T, "72 anak", N, "dead", 72, FEB05),
     M(T, "66 anak", N, "dead_measles", 66, FEB05),
     M(T, "enam anak", N, "dead_malnut", 6, FEB05),
     M(T, "175 anak", N, "malnut", 175, FEB05),
     M(T, "223 anak", N, "malnut", 223, JAN23),
     M(T, "651 anak", N, "measles", 651, FEB05),
     M(T, "13.300 anak", N, "vacc", 13300, FEB05),
     M(T, "Selasa (16/1/2018)", D, "teams", "2018-01-16"),
     M(T, "September 2017", D, "start", "2017-09"),

     M(A, "72 children", N, "dead", 72, FEB05),
     M(A, "Feb. 5", D, "lifted", "2018-02-05"),
     M(A, "66", N, "dead_measles", 66, FEB05),
     M(A, "six", N, "dead_malnut", 6, FEB05),
     M(A, "About 13,300 children", N, "vacc", 13300, FEB05, qual="approx"),
     M(A, "651 children", N, "measles", 651, FEB05),
     M(A, "175", N, "malnut", 175, FEB05),
     M(A, "16 deaths", N, "dead", 16, JAN15, planted=True),
     M(A, "Jan. 15", D, "asof15", "2018-01-15"),
     M(A, "71", N, "dead", 71, JAN23, src=REG),
     M(A, "68", N, "dead", 68, JAN23, src=MIN),
     M(A, "about 90,000 people", N, "pop", 90000, qual="approx"),
    ]
    build("asmat-outbreak-2018", "The measles and malnutrition outbreak in Asmat regency, Papua (since September "
          "2017): the regency health office's 61 dead on Monday 15 January 2018, the health ministry's 68 against the "
          "regent's 71 on Tuesday 23 January, 72 in all (66 of measles, six of malnutrition) when the emergency was "
          "lifted on Monday 5 February 2018; measles cases at least 646 -> 651; children treated for malnutrition "
          "223 corrected down to 175; vaccinated more than 8,000 -> 13,300", False, ms, names)


def paniai():
    K, R, T, A = "kompas-sep22", "reuters-nov15", "detik-dec08", "ap-dec20"
    # the shooting (Monday 8 December 2014), the rights commission's finding (its plenary of 3 February 2020), the
    # suspect named (1 April 2022), the trial's opening (Wednesday 21 September 2022), the prosecutors' demand
    # (Monday 14 November 2022), the verdict (Thursday 8 December 2022) and the appeal announced (Monday 19 December
    # 2022) are different events. The dead: the rights commission's four against activists' five (sources); the
    # wounded: the commission's 21 against a church group's 17 (sources). Nothing here is a running tally.
    KOM, CH, ACT = "Komnas HAM", "a Papuan church group", "local activists"
    names = {
     "dead": "people killed in the shooting", "injured": "people wounded in the shooting",
     "judges": "judges on the panel", "adhoc": "ad hoc judges on the panel", "dissent": "judges dissenting",
     "demand": "prison term sought by the prosecutors (years)", "since": "years from the shooting to the verdict",
     # dates
     "shooting": "day of the shooting", "trial": "day the trial opened", "komnas": "the rights commission's finding",
     "suspect": "day the suspect was named", "demand_day": "day of the prosecutors' demand",
     "verdict": "day of the verdict", "appeal": "day the appeal was announced",
    }
    ms = [
     M(K, "Rabu (21/9/2022)", D, "trial", "2022-09-21"),
     M(K, "Senin (8/12/2014)", D, "shooting", "2014-12-08"),
     M(K, "empat warga", N, "dead", 4, src=KOM),
     M(K, "21 orang", N, "injured", 21, src=KOM),
     M(K, "3 Februari 2020", D, "komnas", "2020-02-03"),
     M(K, "1 April 2022", D, "suspect", "2022-04-01"),
     M(K, "lima orang", N, "judges", 5),
     M(K, "tiga", N, "adhoc", 3),

     M(R, "10 years", N, "demand", 10, cls="dur"),
     M(R, "four teenagers", N, "dead", 4, src=KOM),
     M(R, "2014", D, "shooting", "2014"),
     M(R, "Monday", D, "demand_day", "2022-11-14"),
     M(R, "Dec. 8, 2014", D, "shooting", "2014-12-08"),
     M(R, "four people", N, "dead", 4, src=KOM),
     M(R, "21 wounded", N, "injured", 21, src=KOM),
     M(R, "17", N, "injured", 17, src=CH),
     M(R, "February 2020", D, "komnas", "2020-02"),
     M(R, "April 1", D, "suspect", "2022-04-01"),
     M(R, "Sept. 21", D, "trial", "2022-09-21"),

     M(T, "Kamis (8/12/2022)", D, "verdict", "2022-12-08"),
     M(T, "delapan tahun", N, "since", 8, cls="dur"),
     M(T, "8 Desember 2014", D, "shooting", "2014-12-08"),
     M(T, "Dua", N, "dissent", 2),
     M(T, "lima hakim", N, "judges", 5),
     M(T, "10 tahun", N, "demand", 10, cls="dur"),
     M(T, "Senin (14/11/2022)", D, "demand_day", "2022-11-14"),
     M(T, "empat pelajar", N, "dead", 4, src=KOM),
     M(T, "12 orang", N, "injured", 12, src=KOM, planted=True),
     M(T, "Februari 2020", D, "komnas", "2020-02"),

     M(A, "Monday", D, "appeal", "2022-12-19"),
     M(A, "2014", D, "shooting", "2014"),
     M(A, "Dec. 8", D, "verdict", "2022-12-08"),
     M(A, "Two", N, "dissent", 2),
     M(A, "five judges", N, "judges", 5),
     M(A, "10-year", N, "demand", 10, cls="dur"),
     M(A, "Dec. 8, 2014", D, "shooting", "2014-12-08"),
     M(A, "four students", N, "dead", 4, src=KOM),
     M(A, "21 people", N, "injured", 21, src=KOM),
     M(A, "five dead", N, "dead", 5, src=ACT),
     M(A, "February 2020", D, "komnas", "2020-02"),
    ]
    build("paniai-trial-2022", "The Paniai shooting (Monday 8 December 2014, Enarotali, Papua: four killed and 21 "
          "wounded by the rights commission's count, 17 wounded by a church group's, five dead by activists') and its "
          "trial in stages: the rights commission's finding of a gross violation (3 February 2020), the suspect named "
          "(1 April 2022), the trial's opening in Makassar (Wednesday 21 September 2022), the prosecutors' demand of 10 "
          "years (Monday 14 November 2022), the acquittal with two of five judges dissenting (Thursday 8 December "
          "2022), the appeal announced (Monday 19 December 2022)", False, ms, names)


def masela():
    B, R, K, A = "bisnis-jul16", "reuters-jul17", "kompas-jul18", "ap-jul19"
    names = {
     "invest": "the project's investment (billion US dollars)", "lng": "LNG capacity (million tonnes a year)",
     "pipe": "pipeline gas (million cubic feet a day)", "inpex": "Inpex's stake (%)", "shell": "Shell's stake (%)",
     # dates
     "approved": "day the plan was approved", "prod": "year production starts", "contract": "year the contract ends",
    }
    ms = [
     M(B, "Selasa (16/7/2019)", D, "approved", "2019-07-16"),
     M(B, "US$19,8 miliar", N, "invest", 19.8, cls="usd"),
     M(B, "9,5 juta ton", N, "lng", 9.5, cls="mt"),
     M(B, "150 juta kaki kubik", N, "pipe", 150, cls="gas"),
     M(B, "2027", D, "prod", "2027"),
     M(B, "65 persen", N, "inpex", 65, cls="pct"),
     M(B, "35 persen", N, "shell", 35, cls="pct"),
     M(B, "2055", D, "contract", "2055"),

     M(R, "Tuesday", D, "approved", "2019-07-16"),
     M(R, "$19.8 billion", N, "invest", 19.8, cls="usd"),
     M(R, "9.5 million tonnes", N, "lng", 9.5, cls="mt"),
     M(R, "150 million standard cubic feet", N, "pipe", 150, cls="gas"),
     M(R, "65%", N, "inpex", 65, cls="pct"),
     M(R, "35%", N, "shell", 35, cls="pct"),
     M(R, "2027", D, "prod", "2027"),
     M(R, "2055", D, "contract", "2055"),

     M(K, "Selasa (16/7/2019)", D, "approved", "2019-07-16"),
     M(K, "19,8 miliar dollar AS", N, "invest", 19.8, cls="usd"),
     M(K, "65 persen", N, "inpex", 65, cls="pct"),
     M(K, "35 persen", N, "shell", 35, cls="pct"),
     M(K, "9,5 juta ton", N, "lng", 9.5, cls="mt"),
     M(K, "150 MMSCFD", N, "pipe", 150, cls="gas"),
     M(K, "2027", D, "prod", "2027"),
     M(K, "2055", D, "contract", "2055"),

     M(A, "$19.8 billion", N, "invest", 19.8, cls="usd"),
     M(A, "Tuesday", D, "approved", "2019-07-16"),
     M(A, "9.5 million tons", N, "lng", 9.5, cls="mt"),
     M(A, "150 million cubic feet", N, "pipe", 150, cls="gas"),
     M(A, "65%", N, "inpex", 65, cls="pct"),
     M(A, "35%", N, "shell", 35, cls="pct"),
     M(A, "2027", D, "prod", "2027"),
     M(A, "2055", D, "contract", "2055"),
    ]
    build("masela-plan-2019", "The approval of the revised development plan for the Abadi gas field in the Masela "
          "block, Maluku (control), on Tuesday 16 July 2019: an investment of 19.8 billion US dollars, an onshore LNG "
          "plant of 9.5 million tonnes a year and 150 million cubic feet a day of pipeline gas, Inpex 65% and Shell "
          "35%, production from 2027, the contract extended to 2055. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    asmat()
    paniai()
    masela()
