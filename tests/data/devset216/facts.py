"""The two-hundred-and-sixteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset216/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def vinhedo():
    R, K, T, A = "reuters-aug09", "kompas-aug10", "tempo-aug13", "ap-sep07"
    # The people aboard: the airline's first count on Friday 9 August 2024 (62: 58 passengers and four crew), its
    # lowered count later that Friday (61: 57 passengers) and its corrected count on Saturday 10 August (62: 58
    # passengers) are three as-of times of one fact: 62 -> 61 is a revision (lower), 61 -> 62 an update. Figures no
    # text dates carry the final count. The crew, the height, the TAM crash's toll and dates do not change.
    FIRST, LOWER, FINAL = "2024-08-09a", "2024-08-09b", "2024-08-10"
    names = {
     "aboard": "people aboard (all killed)", "passengers": "passengers aboard", "crew": "crew members aboard",
     "height": "height at which control was lost (feet)", "tam_dead": "dead in the TAM crash of 2007",
     # dates
     "crash": "day of the crash", "tam": "the TAM crash", "asof_sat": "day of the airline's corrected count",
     "asof_tue": "day identification was still under way", "report": "day of the preliminary report",
    }
    ms = [
     M(R, "Friday", D, "crash", "2024-08-09"),
     M(R, "62 people", N, "aboard", 62, FIRST),
     M(R, "58 passengers", N, "passengers", 58, FIRST),
     M(R, "four crew members", N, "crew", 4),
     M(R, "61", N, "aboard", 61, LOWER),
     M(R, "57 passengers", N, "passengers", 57, LOWER),
     M(R, "four crew", N, "crew", 4, occ=2),
     M(R, "July 2007", D, "tam", "2007-07"),
     M(R, "199 people", N, "tam_dead", 199),

     M(K, "Sabtu (10/8/2024)", D, "asof_sat", "2024-08-10"),
     M(K, "menjadi 62 orang", N, "aboard", 62, FINAL),
     M(K, "58 orang", N, "passengers", 58, FINAL),
     M(K, "empat awak", N, "crew", 4),
     M(K, "61 orang", N, "aboard", 61, LOWER),
     M(K, "angka 62 orang", N, "aboard", 62, FIRST),
     M(K, "Jumat (9/8/2024)", D, "crash", "2024-08-09"),
     M(K, "sekitar 17.000 kaki", N, "height", 17000, qual="approx", cls="ft"),
     M(K, "Juli 2007", D, "tam", "2007-07"),

     M(T, "62 korban", N, "aboard", 62, FINAL),
     M(T, "Selasa (13/8/2024)", D, "asof_tue", "2024-08-13"),
     M(T, "Jumat (9/8/2024)", D, "crash", "2024-08-09"),
     M(T, "58 penumpang", N, "passengers", 58, FINAL),
     M(T, "empat awak", N, "crew", 4),
     M(T, "Juli 2007", D, "tam", "2007-07"),
     M(T, "179 orang", N, "tam_dead", 179, planted=True),

     M(A, "Sept. 6", D, "report", "2024-09-06"),
     M(A, "Aug. 8", D, "crash", "2024-08-08", planted=True),
     M(A, "all 62 people", N, "aboard", 62, FINAL),
     M(A, "58 passengers", N, "passengers", 58, FINAL),
     M(A, "four crew members", N, "crew", 4),
     M(A, "about 17,000 feet", N, "height", 17000, qual="approx", cls="ft"),
     M(A, "199 people", N, "tam_dead", 199),
     M(A, "July 2007", D, "tam", "2007-07"),
    ]
    build("vinhedo-crash-2024", "The crash of Voepass flight 2283, an ATR 72-500 from Cascavel to Guarulhos, in "
          "Vinhedo, Sao Paulo state (Friday 9 August 2024, about 13.22 local time): the airline's first count of 62 "
          "aboard (58 passengers, four crew) lowered to 61 (57 passengers) later that Friday and corrected back to 62 "
          "on Saturday 10 August, no survivors; control lost at about 17,000 feet; the deadliest crash in Brazil since "
          "the TAM crash at Congonhas in July 2007 (199 dead); CENIPA's preliminary report of Friday 6 September 2024",
          False, ms, names)


def rio():
    K, R, T, A = "kompas-oct29", "reuters-oct30", "detik-nov01", "ap-nov20"
    # as-of times of the running tallies: Tuesday evening 28 October 2025 (the state's 64 dead: 60 suspects and four
    # officers; 81 arrested) and Wednesday 29 October (the state's 121: 117 suspects and four officers; 113
    # arrested); counts repeated in later articles with no day of their own carry the Wednesday count. The dead by
    # the state government against the Rio state public defender's office's 132 (sources). The officers deployed,
    # the rifles seized and the Jacarezinho raid's toll do not change with the day of the report.
    TUE, WED = "2025-10-28", "2025-10-29"
    STATE, DEF = "the Rio de Janeiro state government", "the Rio state public defender's office"
    names = {
     "dead": "people killed in the raid", "suspects": "suspects killed", "police_dead": "police officers killed",
     "arrested": "people arrested", "officers": "police officers deployed", "rifles": "rifles seized",
     "jac_dead": "dead in the Jacarezinho raid of 2021",
     # dates
     "raid": "day of the raid", "asof_wed": "day of the state's count of 121", "protest": "day of the residents' protest",
     "jac": "the Jacarezinho raid",
    }
    ms = [
     M(K, "Selasa (28/10/2025)", D, "raid", "2025-10-28"),
     M(K, "sedikitnya 64 orang", N, "dead", 64, TUE, qual="atleast", src=STATE),
     M(K, "60 tersangka", N, "suspects", 60, TUE),
     M(K, "empat polisi", N, "police_dead", 4),
     M(K, "Sekitar 2.500 personel", N, "officers", 2500, qual="approx"),
     M(K, "81 orang", N, "arrested", 81, TUE),
     M(K, "93 senapan serbu", N, "rifles", 93),

     M(R, "Tuesday", D, "raid", "2025-10-28"),
     M(R, "121", N, "dead", 121, WED, src=STATE),
     M(R, "Wednesday", D, "asof_wed", "2025-10-29"),
     M(R, "117 suspects", N, "suspects", 117, WED),
     M(R, "four police officers", N, "police_dead", 4),
     M(R, "64 dead", N, "dead", 64, TUE, src=STATE),
     M(R, "132 dead", N, "dead", 132, WED, src=DEF),
     M(R, "113 people", N, "arrested", 113, WED),
     M(R, "some 2,500 police officers", N, "officers", 2500, qual="approx"),
     M(R, "93 rifles", N, "rifles", 93),
     M(R, "May 2021", D, "jac", "2021-05"),
     M(R, "28 people", N, "jac_dead", 28),

     M(T, "Jumat (31/10/2025)", D, "protest", "2025-10-31"),
     M(T, "lebih dari 100 orang", N, "dead", 100, WED, qual="morethan", src=STATE),
     M(T, "Rabu (29/10/2025)", D, "raid", "2025-10-29", planted=True),
     M(T, "sekitar 2.500 polisi", N, "officers", 2500, qual="approx"),
     M(T, "121 orang", N, "dead", 121, WED, src=STATE),
     M(T, "117 tersangka", N, "suspects", 117, WED),
     M(T, "empat polisi", N, "police_dead", 4),
     M(T, "132 orang", N, "dead", 132, WED, src=DEF),
     M(T, "113 orang", N, "arrested", 113, WED),
     M(T, "93 senapan", N, "rifles", 93),

     M(A, "About 2,500 police officers", N, "officers", 2500, qual="approx"),
     M(A, "Oct. 28", D, "raid", "2025-10-28"),
     M(A, "121", N, "dead", 121, WED, src=STATE),
     M(A, "four police officers", N, "police_dead", 4),
     M(A, "132 dead", N, "dead", 132, WED, src=DEF),
     M(A, "171 suspects", N, "suspects", 171, WED, planted=True),
     M(A, "2021", D, "jac", "2021"),
     M(A, "28 people", N, "jac_dead", 28),
     M(A, "113 people", N, "arrested", 113, WED),
    ]
    build("rio-police-raid-2025", "The police raid on Complexo do Alemao and Complexo da Penha in Rio de Janeiro "
          "against the Comando Vermelho gang (Tuesday 28 October 2025, about 2,500 officers): the state's toll of 64 "
          "(60 suspects, four officers) on Tuesday evening rising to 121 (117 suspects, four officers) on Wednesday 29 "
          "October; the state public defender's office's count of 132; arrests 81 -> 113; 93 rifles seized; the "
          "residents' protest of Friday 31 October; the Jacarezinho raid of May 2021 (28 dead)", False, ms, names)


def lasso():
    R, K, T, A = "reuters-apr12", "kompas-apr13", "tempo-apr14", "ap-apr15"
    names = {
     "lasso": "Lasso's share in the runoff (%)", "arauz": "Arauz's share in the runoff (%)",
     "lasso_r1": "Lasso's share in the first round (%)", "arauz_r1": "Arauz's share in the first round (%)",
     "voters": "eligible voters (million)", "term": "years of the presidential term", "cands": "first-round candidates",
     "lasso_age": "Lasso's age", "arauz_age": "Arauz's age",
     # dates
     "runoff": "day of the runoff", "inaug": "day of the inauguration", "round1": "day of the first round",
     "loss1": "Lasso's first defeat", "loss2": "Lasso's second defeat", "correa_start": "year Correa took office",
     "correa_end": "year Correa left office",
    }
    ms = [
     M(R, "Sunday", D, "runoff", "2021-04-11"),
     M(R, "52.36%", N, "lasso", 52.36, cls="pct"),
     M(R, "47.64%", N, "arauz", 47.64, cls="pct"),
     M(R, "About 13 million", N, "voters", 13, qual="approx", cls="mn"),
     M(R, "65", N, "lasso_age", 65, cls="age"),
     M(R, "May 24", D, "inaug", "2021-05-24"),
     M(R, "four-year", N, "term", 4, cls="dur"),
     M(R, "2013", D, "loss1", "2013"),
     M(R, "2017", D, "loss2", "2017"),
     M(R, "Feb. 7", D, "round1", "2021-02-07"),
     M(R, "16 candidates", N, "cands", 16),
     M(R, "32.72%", N, "arauz_r1", 32.72, cls="pct"),
     M(R, "19.74%", N, "lasso_r1", 19.74, cls="pct"),
     M(R, "2007", D, "correa_start", "2007"),
     M(R, "36", N, "arauz_age", 36, cls="age"),

     M(K, "Minggu (11/4/2021)", D, "runoff", "2021-04-11"),
     M(K, "52,36 persen", N, "lasso", 52.36, cls="pct"),
     M(K, "47,64 persen", N, "arauz", 47.64, cls="pct"),
     M(K, "Sekitar 13 juta", N, "voters", 13, qual="approx", cls="mn"),
     M(K, "65 tahun", N, "lasso_age", 65, cls="age"),
     M(K, "24 Mei 2021", D, "inaug", "2021-05-24"),
     M(K, "empat tahun", N, "term", 4, cls="dur"),
     M(K, "2013", D, "loss1", "2013"),
     M(K, "2017", D, "loss2", "2017"),
     M(K, "7 Februari 2021", D, "round1", "2021-02-07"),
     M(K, "19,74 persen", N, "lasso_r1", 19.74, cls="pct"),
     M(K, "32,72 persen", N, "arauz_r1", 32.72, cls="pct"),
     M(K, "16 kandidat", N, "cands", 16),

     M(T, "Minggu, 11 April 2021", D, "runoff", "2021-04-11"),
     M(T, "52,36 persen", N, "lasso", 52.36, cls="pct"),
     M(T, "47,64 persen", N, "arauz", 47.64, cls="pct"),
     M(T, "7 Februari 2021", D, "round1", "2021-02-07"),
     M(T, "32,72 persen", N, "arauz_r1", 32.72, cls="pct"),
     M(T, "19,74 persen", N, "lasso_r1", 19.74, cls="pct"),
     M(T, "16 calon", N, "cands", 16),
     M(T, "65 tahun", N, "lasso_age", 65, cls="age"),
     M(T, "2013", D, "loss1", "2013"),
     M(T, "2017", D, "loss2", "2017"),
     M(T, "36 tahun", N, "arauz_age", 36, cls="age"),
     M(T, "2007", D, "correa_start", "2007"),
     M(T, "Sekitar 13 juta", N, "voters", 13, qual="approx", cls="mn"),
     M(T, "24 Mei 2021", D, "inaug", "2021-05-24"),
     M(T, "empat tahun", N, "term", 4, cls="dur"),

     M(A, "Sunday", D, "runoff", "2021-04-11"),
     M(A, "52.36%", N, "lasso", 52.36, cls="pct"),
     M(A, "47.64%", N, "arauz", 47.64, cls="pct"),
     M(A, "65-year-old", N, "lasso_age", 65, cls="age"),
     M(A, "May 24, 2021", D, "inaug", "2021-05-24"),
     M(A, "four years", N, "term", 4, cls="dur"),
     M(A, "2013", D, "loss1", "2013"),
     M(A, "2017", D, "loss2", "2017"),
     M(A, "Feb. 7", D, "round1", "2021-02-07"),
     M(A, "19.74%", N, "lasso_r1", 19.74, cls="pct"),
     M(A, "32.72%", N, "arauz_r1", 32.72, cls="pct"),
     M(A, "Sixteen candidates", N, "cands", 16),
     M(A, "About 13 million", N, "voters", 13, qual="approx", cls="mn"),
     M(A, "2007", D, "correa_start", "2007"),
     M(A, "2017", D, "correa_end", "2017", occ=2),
    ]
    build("lasso-runoff-2021", "Ecuador's presidential runoff of Sunday 11 April 2021 as the National Electoral "
          "Council announced it (control): Guillermo Lasso 52.36%, Andres Arauz 47.64%; the first round of 7 February "
          "2021 (Arauz 32.72%, Lasso 19.74%, 16 candidates); about 13 million voters; the inauguration on 24 May 2021 "
          "for four years; Lasso's defeats in 2013 and 2017; Rafael Correa in office from 2007 to 2017. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    vinhedo()
    rio()
    lasso()
