"""The table of facts of the four-hundred-and-sixty-first development set (issue 12), an untouched transfer set.

Each mention of a figure or date in the set's articles is written down once (``M``): the fact, its value, the as-of
time of a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error.
Every cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset461/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def meron():
    R, K, T, A = "reuters-apr30", "kompas-may01", "tempo-may02", "ap-mar06"
    # as-of times of the running tallies: Friday 30 April 2021 at dawn (38 dead) and at 11:00 (at least 44 dead,
    # about 150 injured), Saturday 1 May at 21:00 (45 dead; the injured corrected down to 121 after double counting:
    # a revision), Sunday 2 May in the morning (about 20 still in hospital, a count that falls as patients go home),
    # and the commission's report of Wednesday 6 March 2024 (45 dead, more than 120 injured). The crowd: about
    # 100,000 by the police against more than 130,000 by the organisers (sources).
    DAWN, FRI11, SAT, SUN, FINAL = "2021-04-30a", "2021-04-30b", "2021-05-01", "2021-05-02", "2024-03-06"
    POLICE, ORG = "the police", "the organisers"
    names = {
     "dead": "people killed in the crush", "injured": "people injured in the crush",
     "hospital": "people still in hospital", "identified": "victims identified by Saturday night",
     "crowd": "people on the mountain", "police": "police officers deployed",
     "carmel_dead": "people killed in the 2010 forest fire near Haifa",
     "crush_time": "hour of the crush", "asof_fri": "hour of the Friday count", "asof_sat": "hour of the Saturday count",
     # dates
     "crush": "day of the crush", "festival": "evening the celebrations began", "count_sat": "day of the count of 45",
     "ident40": "day 40 victims had been identified", "ident_all": "day all victims had been identified",
     "funerals": "day of the first funerals", "mourning": "day of national mourning", "hosp_day": "day of the hospital count",
     "commission": "day the commission of inquiry was set up", "report": "day of the commission's report",
     "carmel_year": "year of the forest fire near Haifa", "warn1": "year of the first comptroller's warning",
     "warn2": "year of the second comptroller's warning",
    }
    ms = [
     M(R, "Friday", D, "crush", "2021-04-30"),
     M(R, "at least 44 people", N, "dead", 44, FRI11, qual="atleast"),
     M(R, "about 1 a.m.", N, "crush_time", 1, qual="approx", cls="clock"),
     M(R, "38 dead", N, "dead", 38, DAWN),
     M(R, "at least 44", N, "dead", 44, FRI11, qual="atleast", occ=2),
     M(R, "11 a.m.", N, "asof_fri", 11, cls="clock"),
     M(R, "About 150 people", N, "injured", 150, FRI11, qual="approx"),
     M(R, "about 100,000 people", N, "crowd", 100000, qual="approx", src=POLICE),
     M(R, "more than 130,000", N, "crowd", 130000, qual="morethan", src=ORG),
     M(R, "Some 5,000 police officers", N, "police", 5000, qual="approx"),
     M(R, "Thursday evening", D, "festival", "2021-04-29"),
     M(R, "44 killed", N, "carmel_dead", 44),
     M(R, "2010", D, "carmel_year", "2010"),

     M(K, "45 orang", N, "dead", 45, SAT),
     M(K, "Sabtu (1/5/2021)", D, "count_sat", "2021-05-01"),
     M(K, "pukul 21.00", N, "asof_sat", 21, cls="clock"),
     M(K, "121 orang", N, "injured", 121, SAT),
     M(K, "sekitar 150 orang", N, "injured", 150, FRI11, qual="approx"),
     M(K, "Jumat (30/4/2021)", D, "crush", "2021-04-30"),
     M(K, "sekitar pukul 01.00", N, "crush_time", 1, qual="approx", cls="clock"),
     M(K, "sekitar 100.000 orang", N, "crowd", 100000, qual="approx", src=POLICE),
     M(K, "Sabtu malam", D, "ident40", "2021-05-01"),
     M(K, "40 jenazah", N, "identified", 40, SAT),
     M(K, "Jumat sore", D, "funerals", "2021-04-30"),
     M(K, "Minggu (2/5/2021)", D, "mourning", "2021-05-02"),
     M(K, "2010", D, "carmel_year", "2010"),
     M(K, "44 orang", N, "carmel_dead", 44),

     M(T, "Minggu (2/5/2021)", D, "mourning", "2021-05-02"),
     M(T, "54 korban tewas", N, "dead", 54, SAT, planted=True),
     M(T, "Sabtu (1/5/2021)", D, "ident_all", "2021-05-01"),
     M(T, "Sekitar 20 orang", N, "hospital", 20, SUN, qual="approx", fall=True),
     M(T, "Minggu pagi", D, "hosp_day", "2021-05-02"),
     M(T, "2008", D, "warn1", "2008"),
     M(T, "2011", D, "warn2", "2011"),

     M(A, "Wednesday", D, "report", "2024-03-06"),
     M(A, "45 people", N, "dead", 45, FINAL),
     M(A, "June 20, 2021", D, "commission", "2021-06-20"),
     M(A, "about 2 a.m.", N, "crush_time", 2, qual="approx", cls="clock", planted=True),
     M(A, "April 30, 2021", D, "crush", "2021-04-30"),
     M(A, "More than 120 people", N, "injured", 120, FINAL, qual="morethan"),
     M(A, "May 2, 2021", D, "mourning", "2021-05-02"),
     M(A, "about 100,000 people", N, "crowd", 100000, qual="approx", src=POLICE),
    ]
    build("meron-crush-2021", "The crush at the Lag BaOmer pilgrimage on Mount Meron in northern Israel at about 1 a.m. "
          "on Friday 30 April 2021 (the celebrations began on Thursday evening): 38 dead by dawn, at least 44 by 11 a.m. "
          "and 45 by Saturday 1 May at 21:00; about 150 injured on Friday, corrected down to 121 on Saturday after "
          "double counting (a revision), more than 120 in the commission's report; about 100,000 on the mountain by the "
          "police against more than 130,000 by the organisers (sources); a day of national mourning on Sunday 2 May; "
          "the state commission of inquiry led by Miriam Naor set up on 20 June 2021 and reporting on Wednesday 6 "
          "March 2024", False, ms, names)


def border():
    R, K, A, T = "reuters-oct11", "kompas-oct14", "antara-oct28", "tempo-aug24"
    # steps on different dates: the deal agreed (Tuesday 11 October 2022), the Israeli security cabinet's approval
    # (Wednesday 12 October), Lebanon's acceptance (Thursday 13 October), Karish's first gas (Wednesday 26 October),
    # the signing at Naqoura (Thursday 27 October), the end of Aoun's term (Monday 31 October), QatarEnergy joining
    # the Block 9 consortium (Sunday 29 January 2023), the drilling rig's arrival (Wednesday 16 August) and the
    # start of drilling (Thursday 24 August 2023). Tempting figures of one unit: 860 km2 in dispute against the
    # dropped claim's further 1,430 km2; Israel's 17% of Qana against the stakes of 35%, 35% and 30% and the
    # currency's loss of more than 90%; the review's two weeks, the four days and the week (durations).
    names = {
     "area": "disputed sea area (km2)", "claim": "area of Lebanon's dropped further claim (km2)",
     "share": "Israel's share of Qana's revenue (%)", "buoy": "length of the buoy line (km)",
     "review": "days given to lawmakers to review the text", "gap": "days between the signing and the end of Aoun's term",
     "rig_lead": "days between the rig's arrival and the drilling", "currency": "value the Lebanese pound lost (%)",
     "total": "TotalEnergies' stake (%)", "eni": "Eni's stake (%)", "qatar": "QatarEnergy's stake (%)",
     # dates
     "agreed": "day the deal was agreed", "cabinet": "day of the Israeli security cabinet's approval",
     "lebanon_ok": "day Lebanon accepted the final text", "karish": "day Karish began producing gas",
     "signing": "day of the signing at Naqoura", "aoun_end": "day Aoun's term ended",
     "qatar_join": "day QatarEnergy joined the consortium", "rig": "day the drilling rig arrived",
     "drilling": "day drilling began", "buoys_laid": "year the buoys were laid", "crisis": "year the crisis began",
    }
    ms = [
     M(R, "Tuesday", D, "agreed", "2022-10-11"),
     M(R, "about 860 square km", N, "area", 860, qual="approx", cls="km2"),
     M(R, "about 17 percent", N, "share", 17, qual="approx", cls="pct"),
     M(R, "5 km", N, "buoy", 5, cls="km"),
     M(R, "2000", D, "buoys_laid", "2000"),
     M(R, "Wednesday", D, "cabinet", "2022-10-12"),
     M(R, "two weeks", N, "review", 14, cls="dur"),
     M(R, "1,430 square km", N, "claim", 1430, cls="km2"),
     M(R, "2019", D, "crisis", "2019"),

     M(K, "Kamis (13/10/2022)", D, "lebanon_ok", "2022-10-13"),
     M(K, "Rabu (12/10/2022)", D, "cabinet", "2022-10-12"),
     M(K, "860 kilometer persegi", N, "area", 860, cls="km2"),
     M(K, "sekitar 27 persen", N, "share", 27, qual="approx", cls="pct", planted=True),
     M(K, "dua pekan", N, "review", 14, cls="dur"),
     M(K, "2019", D, "crisis", "2019"),
     M(K, "lebih dari 90 persen", N, "currency", 90, qual="morethan", cls="pct"),

     M(A, "Kamis (27/10/2022)", D, "signing", "2022-10-27"),
     M(A, "sekitar 860 kilometer persegi", N, "area", 860, qual="approx", cls="km2"),
     M(A, "sekitar 17 persen", N, "share", 17, qual="approx", cls="pct"),
     M(A, "Rabu (26/10/2022)", D, "karish", "2022-10-26"),
     M(A, "5 kilometer", N, "buoy", 5, cls="km"),
     M(A, "Senin (31/10/2022)", D, "aoun_end", "2022-10-31"),
     M(A, "empat hari", N, "gap", 4, cls="dur"),

     M(T, "Kamis (24/8/2023)", D, "drilling", "2023-08-24"),
     M(T, "sepekan", N, "rig_lead", 7, cls="dur"),
     M(T, "Rabu (16/8/2023)", D, "rig", "2023-08-16"),
     M(T, "35 persen", N, "total", 35, cls="pct"),
     M(T, "35 persen", N, "eni", 35, cls="pct", occ=2),
     M(T, "30 persen", N, "qatar", 30, cls="pct"),
     M(T, "Minggu (29/1/2023)", D, "qatar_join", "2023-01-29"),
     M(T, "Rabu (26/10/2022)", D, "signing", "2022-10-26", planted=True),
     M(T, "860 kilometer persegi", N, "area", 860, cls="km2"),
     M(T, "Oktober 2022", D, "karish", "2022-10"),
     M(T, "2019", D, "crisis", "2019"),
    ]
    build("lebanon-sea-border-2022", "The maritime boundary between Israel and Lebanon, mediated by the U.S. envoy Amos "
          "Hochstein: agreed on Tuesday 11 October 2022, approved by Israel's security cabinet on Wednesday 12 October "
          "and accepted by President Michel Aoun on Thursday 13 October, signed at the UN post at Naqoura on Thursday "
          "27 October 2022 (Karish began producing on Wednesday 26 October; Aoun's term ended on Monday 31 October); "
          "about 860 km2 in dispute, Israel to get about 17% of Qana's revenue from the developer, the first 5 km "
          "following the buoy line of 2000; drilling in Block 9 by TotalEnergies (35%), Eni (35%) and QatarEnergy "
          "(30%, joined on Sunday 29 January 2023) from Thursday 24 August 2023", False, ms, names)


def population():
    R, K, T, J = "reuters-apr24", "kompas-apr25", "tempo-apr26", "jpost-apr27"
    names = {
     "total": "population (million)", "jews": "Jewish population (million)", "arabs": "Arab population (million)",
     "others": "others in the population", "founding_pop": "population at the founding",
     "forecast": "population projected for 2048 (million)", "jews_pct": "Jewish share (%)",
     "arabs_pct": "Arab share (%)", "others_pct": "others' share (%)", "growth": "growth over the past year (%)",
     "anniv": "years of statehood marked", "centenary": "years of statehood in 2048",
     "gap": "days between the release and the holiday",
     # dates
     "release": "day the figures were released", "indep": "Independence Day", "founding": "year of the founding",
     "forecast_year": "year of the projection",
    }
    ms = [
     M(R, "9.727 million people", N, "total", 9.727, cls="pop"),
     M(R, "75 years", N, "anniv", 75, cls="anniv"),
     M(R, "Monday", D, "release", "2023-04-24"),
     M(R, "7.145 million", N, "jews", 7.145, cls="pop"),
     M(R, "73.5 percent", N, "jews_pct", 73.5, cls="pct"),
     M(R, "2.048 million", N, "arabs", 2.048, cls="pop"),
     M(R, "21 percent", N, "arabs_pct", 21, cls="pct"),
     M(R, "534,000 people", N, "others", 534000, cls="pop"),
     M(R, "5.5 percent", N, "others_pct", 5.5, cls="pct"),
     M(R, "2.2 percent", N, "growth", 2.2, cls="pct"),
     M(R, "1948", D, "founding", "1948"),
     M(R, "806,000 inhabitants", N, "founding_pop", 806000, cls="pop"),
     M(R, "15.2 million", N, "forecast", 15.2, cls="pop"),
     M(R, "2048", D, "forecast_year", "2048"),
     M(R, "Wednesday", D, "indep", "2023-04-26"),

     M(K, "sekitar 9,73 juta jiwa", N, "total", 9.73, qual="approx", cls="pop"),
     M(K, "75 tahun", N, "anniv", 75, cls="anniv"),
     M(K, "Senin (24/4/2023)", D, "release", "2023-04-24"),
     M(K, "7,145 juta", N, "jews", 7.145, cls="pop"),
     M(K, "73,5 persen", N, "jews_pct", 73.5, cls="pct"),
     M(K, "2,048 juta", N, "arabs", 2.048, cls="pop"),
     M(K, "21 persen", N, "arabs_pct", 21, cls="pct"),
     M(K, "534.000", N, "others", 534000, cls="pop"),
     M(K, "5,5 persen", N, "others_pct", 5.5, cls="pct"),
     M(K, "2,2 persen", N, "growth", 2.2, cls="pct"),
     M(K, "1948", D, "founding", "1948"),
     M(K, "sekitar 806.000 jiwa", N, "founding_pop", 806000, qual="approx", cls="pop"),
     M(K, "15,2 juta jiwa", N, "forecast", 15.2, cls="pop"),
     M(K, "2048", D, "forecast_year", "2048"),
     M(K, "seratus tahun", N, "centenary", 100, cls="anniv"),
     M(K, "Rabu (26/4/2023)", D, "indep", "2023-04-26"),

     M(T, "ke-75", N, "anniv", 75, cls="anniv"),
     M(T, "Rabu (26/4/2023)", D, "indep", "2023-04-26"),
     M(T, "9.727.000 jiwa", N, "total", 9.727, cls="pop"),
     M(T, "Senin (24/4/2023)", D, "release", "2023-04-24"),
     M(T, "dua hari", N, "gap", 2, cls="dur"),
     M(T, "7.145.000 jiwa", N, "jews", 7.145, cls="pop"),
     M(T, "73,5 persen", N, "jews_pct", 73.5, cls="pct"),
     M(T, "2.048.000 jiwa", N, "arabs", 2.048, cls="pop"),
     M(T, "21 persen", N, "arabs_pct", 21, cls="pct"),
     M(T, "534.000 jiwa", N, "others", 534000, cls="pop"),
     M(T, "5,5 persen", N, "others_pct", 5.5, cls="pct"),
     M(T, "2,2 persen", N, "growth", 2.2, cls="pct"),
     M(T, "1948", D, "founding", "1948"),
     M(T, "806.000 jiwa", N, "founding_pop", 806000, cls="pop"),
     M(T, "15,2 juta jiwa", N, "forecast", 15.2, cls="pop"),
     M(T, "2048", D, "forecast_year", "2048"),

     M(J, "Wednesday", D, "indep", "2023-04-26"),
     M(J, "about 9.73 million", N, "total", 9.73, qual="approx", cls="pop"),
     M(J, "Monday, April 24", D, "release", "2023-04-24"),
     M(J, "two days", N, "gap", 2, cls="dur"),
     M(J, "7.145 million", N, "jews", 7.145, cls="pop"),
     M(J, "73.5 percent", N, "jews_pct", 73.5, cls="pct"),
     M(J, "2.048 million", N, "arabs", 2.048, cls="pop"),
     M(J, "21 percent", N, "arabs_pct", 21, cls="pct"),
     M(J, "534,000 people", N, "others", 534000, cls="pop"),
     M(J, "5.5 percent", N, "others_pct", 5.5, cls="pct"),
     M(J, "2.2 percent", N, "growth", 2.2, cls="pct"),
     M(J, "1948", D, "founding", "1948"),
     M(J, "some 806,000 people", N, "founding_pop", 806000, qual="approx", cls="pop"),
     M(J, "2048", D, "forecast_year", "2048"),
     M(J, "100", N, "centenary", 100, cls="anniv"),
     M(J, "15.2 million", N, "forecast", 15.2, cls="pop"),
    ]
    build("israel-population-2023", "Israel's population on the eve of its 75th Independence Day, released by the "
          "Central Bureau of Statistics on Monday 24 April 2023, two days before the holiday of Wednesday 26 April "
          "(control): 9.727 million, of them 7.145 million Jews (73.5%), 2.048 million Arabs (21%) and 534,000 others "
          "(5.5%); growth of 2.2% over the year; 806,000 at the founding in 1948; 15.2 million projected for 2048, the "
          "centenary. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    meron()
    border()
    population()
