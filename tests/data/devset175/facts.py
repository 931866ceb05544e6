"""The hundred-and-seventy-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset175/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kosambi():
    A, K, R, T = "detik-oct26", "kompas-oct27", "reuters-oct28", "tempo-nov20"
    # as-of times of the running tallies: Thursday 26 October 2017 midday (the police's first count of 23 bodies and
    # five injured once the fire was out), Thursday afternoon (an electricity worker's own count of 21: another source),
    # Thursday night (47 dead, 46 injured), Friday 27 October (28 injured still in hospital), Saturday 28 October (48
    # dead: an injured worker died; the suspects' day) and Sunday 29 October 23.00 WIB (49 dead: the second injured
    # worker died; recalled on 20 November, with the 47 killed at the scene: Thursday night's count). The dead do not fall; the injured are 46 until two of them die, then 44:
    # a count lowered by two (a revision, as the rules label a falling injured count). The injured still in hospital
    # may fall (fall=True). The workforce, the permits and the fire's day do not change with the day of the report.
    NOON, AFT, EVE, FRI, SAT, SUN = ("2017-10-26a", "2017-10-26b", "2017-10-26c", "2017-10-27", "2017-10-28",
                                     "2017-10-29")
    POLICE, WITNESS = "the police", "an electricity worker at the scene"
    names = {
     "dead": "people killed", "injured": "people injured", "inhosp": "injured still in hospital",
     "sent": "bodies sent to the police hospital by Thursday evening",
     "late": "bodies found on Thursday afternoon", "died_hosp": "injured who died in hospital",
     "workers": "workers at the factory that day",
     "engines": "fire engines sent", "hospitals": "hospitals treating the injured on Thursday",
     "hospitals_fri": "hospitals still treating the injured on Friday",
     "running": "time the factory had been operating",
     # dates
     "fire": "day of the fire", "asof_noon": "day of the first count", "asof_eve": "day of the count of 47",
     "found": "day the last eight bodies were found", "suspects_day": "day the suspects were named",
     "asof_fri": "day of the hospital count", "last_death": "day the last injured worker died",
     "imb": "month of the building permit", "licence": "month of the industrial licence",
    }
    ms = [
     M(A, "Kamis (26/10/2017)", D, "fire", "2017-10-26"),
     M(A, "11 unit mobil pemadam", N, "engines", 11),
     M(A, "Kamis siang", D, "asof_noon", "2017-10-26"),
     M(A, "23 jenazah", N, "dead", 23, NOON, src=POLICE),
     M(A, "lima orang luka", N, "injured", 5, NOON),
     M(A, "103 pekerja", N, "workers", 103),
     M(A, "hampir dua bulan", N, "running", 2, qual="nearly", cls="dur"),

     M(K, "47 orang", N, "dead", 47, EVE),
     M(K, "Kamis (26/10/2017)", D, "asof_eve", "2017-10-26"),
     M(K, "39 jenazah", N, "sent", 39, EVE),
     M(K, "delapan jenazah", N, "late", 8, EVE),
     M(K, "Kamis sore", D, "found", "2017-10-26"),
     M(K, "21 korban tewas", N, "dead", 21, AFT, src=WITNESS),
     M(K, "46 orang luka", N, "injured", 46, EVE),
     M(K, "tiga rumah sakit", N, "hospitals", 3),
     M(K, "103 orang", N, "workers", 103),

     M(R, "Saturday", D, "suspects_day", "2017-10-28"),
     M(R, "48 people", N, "dead", 48, SAT),
     M(R, "Thursday", D, "fire", "2017-10-26"),
     M(R, "130 people", N, "workers", 130, planted=True),
     M(R, "Twenty-eight of the injured", N, "inhosp", 28, FRI, fall=True),
     M(R, "two hospitals", N, "hospitals_fri", 2, FRI, fall=True),
     M(R, "Friday", D, "asof_fri", "2017-10-27"),
     M(R, "July 2016", D, "imb", "2016-07"),
     M(R, "June 2017", D, "licence", "2017-06"),
     M(R, "about two months", N, "running", 2, qual="approx", cls="dur"),

     M(T, "Rabu (25/10/2017)", D, "fire", "2017-10-25", planted=True),
     M(T, "49 orang", N, "dead", 49, SUN),
     M(T, "47 orang", N, "dead", 47, EVE),
     M(T, "dua orang", N, "died_hosp", 2, SUN),
     M(T, "Minggu (29/10/2017)", D, "last_death", "2017-10-29"),
     M(T, "44 orang", N, "injured", 44, SUN),
     M(T, "Sabtu (28/10/2017)", D, "suspects_day", "2017-10-28"),
     M(T, "103 pekerja", N, "workers", 103),
     M(T, "Juli 2016", D, "imb", "2016-07"),
     M(T, "Juni 2017", D, "licence", "2017-06"),
    ]
    build("kosambi-fireworks-2017", "The fire at a fireworks factory (PT Panca Buana Cahaya Sukses) in Kosambi, "
          "Tangerang regency, Banten (Thursday 26 October 2017, from about 09.00 WIB, out about 12.00 WIB): 23 bodies "
          "(the police) and five injured by Thursday midday, 21 dead by a witness's count, 47 dead (39 sent to the "
          "police hospital, eight found in the afternoon) and 46 injured by Thursday night, 28 still in hospital on "
          "Friday, 48 dead and three suspects named on Saturday 28 October (a welding spark), 49 dead after a second "
          "injured worker died on Sunday 29 October (the injured 44), recalled on 20 November; 103 workers that day; "
          "building permit July 2016, industrial licence June 2017", False, ms, names)


def novanto():
    K, D1, R, T = "kompas-mar29", "detik-apr24", "reuters-apr25", "tempo-may04"
    # two stages on different dates and one after: the prosecutors' demand (Thursday 29 March 2018), the Jakarta
    # corruption court's verdict (Tuesday 24 April 2018) and the execution to prison (Friday 4 May 2018). What the
    # prosecutors demanded and what the court imposed are different facts (none), even when their values are equal
    # (the five years without political rights); the 5 billion rupiah already handed over is one fact throughout.
    # Durations are in years.
    names = {
     "d_prison": "prison term demanded", "prison": "prison term imposed", "d_fine": "fine demanded",
     "fine": "fine imposed", "d_sub": "detention in lieu of the fine demanded", "sub": "detention in lieu of the fine imposed",
     "d_restit": "restitution demanded (US$)", "restit": "restitution imposed (US$)",
     "returned": "money already handed to the KPK", "d_rights": "political rights revoked (demand)",
     "rights": "political rights revoked (verdict)", "loss": "state losses", "project": "the project's value",
     "gap": "the verdict's difference from the demand", "think": "time to decide on an appeal",
     "paydeadline": "time to pay the restitution",
     # dates
     "demand": "day of the prosecutors' demand", "indictment": "day the indictment was read",
     "verdict": "day of the verdict", "execution": "day of the execution to prison", "trump": "year of the Trump event",
    }
    ms = [
     M(K, "16 tahun penjara", N, "d_prison", 16, cls="dur"),
     M(K, "Kamis (29/3/2018)", D, "demand", "2018-03-29"),
     M(K, "Rp1 miliar", N, "d_fine", 1e9, cls="rp"),
     M(K, "enam bulan kurungan", N, "d_sub", 0.5, cls="dur"),
     M(K, "7.435.000 dolar AS", N, "d_restit", 7.435e6, cls="usd"),
     M(K, "Rp5 miliar", N, "returned", 5e9, cls="rp"),
     M(K, "lima tahun", N, "d_rights", 5, cls="dur"),
     M(K, "Rp2,3 triliun", N, "loss", 2.3e12, qual="approx", cls="rp"),
     M(K, "Rp5,9 triliun", N, "project", 5.9e12, cls="rp"),
     M(K, "13 Desember 2017", D, "indictment", "2017-12-13"),

     M(D1, "15 tahun penjara", N, "prison", 15, cls="dur"),
     M(D1, "Selasa (24/4/2018)", D, "verdict", "2018-04-24"),
     M(D1, "Rp500 juta", N, "fine", 5e8, cls="rp"),
     M(D1, "tiga bulan kurungan", N, "sub", 0.25, cls="dur"),
     M(D1, "7,3 juta dolar AS", N, "restit", 7.3e6, cls="usd"),
     M(D1, "Rp5 miliar", N, "returned", 5e9, cls="rp"),
     M(D1, "lima tahun", N, "rights", 5, cls="dur"),
     M(D1, "satu tahun", N, "gap", 1, cls="dur"),
     M(D1, "Kamis (29/3/2018)", D, "demand", "2018-03-29"),
     M(D1, "16 tahun penjara", N, "d_prison", 16, cls="dur"),
     M(D1, "Rp2,3 triliun", N, "loss", 2.3e12, cls="rp"),
     M(D1, "tujuh hari", N, "think", 7 / 365, cls="dur"),

     M(R, "Tuesday", D, "verdict", "2018-04-24"),
     M(R, "15 years in prison", N, "prison", 15, cls="dur"),
     M(R, "500 million rupiah", N, "fine", 5e8, cls="rp"),
     M(R, "$7.3 million", N, "restit", 7.3e6, cls="usd"),
     M(R, "5 billion rupiah", N, "returned", 5e9, cls="rp"),
     M(R, "16-year", N, "d_prison", 16, cls="dur"),
     M(R, "five years", N, "rights", 5, cls="dur"),
     M(R, "5.9 trillion rupiah", N, "project", 5.9e12, cls="rp"),
     M(R, "2.3 trillion rupiah", N, "loss", 2.3e12, qual="approx", cls="rp"),
     M(R, "a week", N, "think", 7 / 365, qual="unit", cls="dur"),
     M(R, "2015", D, "trump", "2015"),

     M(T, "Jumat (4/5/2018)", D, "execution", "2018-05-04"),
     M(T, "Selasa (24/4/2018)", D, "verdict", "2018-04-24"),
     M(T, "15 tahun penjara", N, "prison", 15, cls="dur"),
     M(T, "Rp500 juta", N, "fine", 5e8, cls="rp"),
     M(T, "tiga bulan kurungan", N, "sub", 0.25, cls="dur"),
     M(T, "3,7 juta dolar AS", N, "restit", 3.7e6, cls="usd", planted=True),
     M(T, "Rp5 miliar", N, "returned", 5e9, cls="rp"),
     M(T, "satu bulan", N, "paydeadline", 1 / 12, cls="dur"),
     M(T, "lima tahun", N, "rights", 5, cls="dur"),
    ]
    build("novanto-verdict-2018", "The e-KTP corruption case against the former House speaker Setya Novanto: the KPK "
          "prosecutors' demand on Thursday 29 March 2018 (16 years, a Rp1 billion fine or six months, US$7,435,000 in "
          "restitution less Rp5 billion, five years without political rights), the Jakarta corruption court's verdict "
          "on Tuesday 24 April 2018 (15 years, a Rp500 million fine or three months, US$7.3 million less Rp5 billion, "
          "five years without political rights; state losses of about Rp2.3 trillion on a Rp5.9 trillion project), "
          "the execution to Sukamiskin prison on Friday 4 May 2018", False, ms, names)


def bps():
    KO, B, R, A = "kontan-feb09", "bisnis-feb07", "reuters-feb06", "antara-feb08"
    names = {
     "g18": "growth in 2018", "g17": "growth in 2017", "target": "the 2018 budget's growth target",
     "q4": "fourth-quarter growth (year on year)", "qtq": "fourth-quarter contraction (quarter on quarter)",
     "t19": "the 2019 growth target", "nominal": "GDP at current prices in 2018",
     "percap": "GDP per capita in 2018 (rupiah)", "percap17": "GDP per capita in 2017 (rupiah)",
     "percap_usd": "GDP per capita in 2018 (US$)",
     # dates
     "release": "day of the release", "since": "the year since which growth was highest",
    }
    ms = [
     M(KO, "5,17%", N, "g18", 5.17, cls="pct"),
     M(KO, "Rabu (6/2/2019)", D, "release", "2019-02-06"),
     M(KO, "5,07%", N, "g17", 5.07, cls="pct"),
     M(KO, "5,4%", N, "target", 5.4, cls="pct"),
     M(KO, "5,18%", N, "q4", 5.18, cls="pct"),
     M(KO, "1,69%", N, "qtq", 1.69, cls="pct"),
     M(KO, "Rp14.837,4 triliun", N, "nominal", 14837.4e12, cls="rp"),
     M(KO, "Rp56 juta", N, "percap", 56e6, cls="rp"),
     M(KO, "US$3.927", N, "percap_usd", 3927, cls="usd"),
     M(KO, "Rp51,9 juta", N, "percap17", 51.9e6, cls="rp"),

     M(B, "5,17 persen", N, "g18", 5.17, cls="pct"),
     M(B, "5,07 persen", N, "g17", 5.07, cls="pct"),
     M(B, "Rabu (6/2/2019)", D, "release", "2019-02-06"),
     M(B, "5,18 persen", N, "q4", 5.18, cls="pct"),
     M(B, "minus 1,69 persen", N, "qtq", 1.69, qual="unit", cls="pct"),
     M(B, "Rp14.837,4 triliun", N, "nominal", 14837.4e12, cls="rp"),
     M(B, "Rp56 juta", N, "percap", 56e6, cls="rp"),
     M(B, "US$3.927", N, "percap_usd", 3927, cls="usd"),
     M(B, "Rp51,9 juta", N, "percap17", 51.9e6, cls="rp"),
     M(B, "5,4 persen", N, "target", 5.4, cls="pct"),
     M(B, "5,3 persen", N, "t19", 5.3, cls="pct"),

     M(R, "5.17 percent", N, "g18", 5.17, cls="pct"),
     M(R, "5.07 percent", N, "g17", 5.07, cls="pct"),
     M(R, "Wednesday", D, "release", "2019-02-06"),
     M(R, "5.18 percent", N, "q4", 5.18, cls="pct"),
     M(R, "1.69 percent", N, "qtq", 1.69, cls="pct"),
     M(R, "5.4 percent", N, "target", 5.4, cls="pct"),
     M(R, "14,837.4 trillion rupiah", N, "nominal", 14837.4e12, cls="rp"),
     M(R, "56 million rupiah", N, "percap", 56e6, cls="rp"),
     M(R, "$3,927", N, "percap_usd", 3927, cls="usd"),
     M(R, "51.9 million rupiah", N, "percap17", 51.9e6, cls="rp"),
     M(R, "5.3 percent", N, "t19", 5.3, cls="pct"),

     M(A, "5,17 persen", N, "g18", 5.17, cls="pct"),
     M(A, "Rabu (6/2/2019)", D, "release", "2019-02-06"),
     M(A, "5,07 persen", N, "g17", 5.07, cls="pct"),
     M(A, "2014", D, "since", "2014"),
     M(A, "5,18 persen", N, "q4", 5.18, cls="pct"),
     M(A, "1,69 persen", N, "qtq", 1.69, cls="pct"),
     M(A, "Rp14.837,4 triliun", N, "nominal", 14837.4e12, cls="rp"),
     M(A, "Rp56 juta", N, "percap", 56e6, cls="rp"),
     M(A, "US$3.927", N, "percap_usd", 3927, cls="usd"),
     M(A, "Rp51,9 juta", N, "percap17", 51.9e6, cls="rp"),
     M(A, "5,4 persen", N, "target", 5.4, cls="pct"),
    ]
    build("bps-growth-2018", "Statistics Indonesia's (BPS) release of 2018 growth (control), Wednesday 6 February 2019: "
          "5.17% in 2018 (5.07% in 2017; the budget assumed 5.4%), the fourth quarter 5.18% year on year and -1.69% "
          "quarter on quarter, GDP at current prices Rp14,837.4 trillion, GDP per capita Rp56 million (US$3,927; Rp51.9 "
          "million in 2017); the 2019 target 5.3%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kosambi()
    novanto()
    bps()
