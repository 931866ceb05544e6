"""The three-hundred-and-fifty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset356/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def heysel():
    R, K, T, A = "reuters-may30", "kompas-jun01", "antara-jun03", "ap-apr29"
    # as-of times of the running tallies: Thursday 30 May 1985 (38 dead, the Brussels police's "more than 400"
    # injured), Friday 31 May (39 dead after an injured Italian died; the Belgian Red Cross's about 600 injured:
    # sources against the police), Sunday 2 June (UEFA's ban, 39 dead, the Red Cross's 600) and the verdict of Friday
    # 28 April 1989 (39 dead, about 600 injured, no source named). The dead and the injured do not fall. The dead's
    # nationalities, the clubs, the convicted and the extradited do not change with the day of the report.
    THU, FRI, JUN2, VERDICT = "1985-05-30", "1985-05-31", "1985-06-02", "1989-04-28"
    POLICE, REDCROSS = "the Brussels police", "the Belgian Red Cross"
    names = {
     "dead": "people killed at the stadium", "injured": "people injured at the stadium",
     "italians": "Italians among the dead", "belgians": "Belgians among the dead", "french": "French among the dead",
     "ni": "people from Northern Ireland among the dead", "clubs": "English clubs hit by the withdrawal",
     "dead_bradford": "dead in the Bradford fire", "convicted": "fans convicted", "extradited": "fans extradited",
     "sentence_years": "years of each sentence",
     # dates
     "disaster": "day of the disaster", "count_thu": "day of the count of 38", "count_fri": "day of the count of 39",
     "fa": "day the Football Association withdrew its clubs", "uefa": "day UEFA banned English clubs",
     "bradford": "day of the Bradford fire", "verdict": "day of the verdict", "extradition": "month of the extradition",
    }
    ms = [
     M(R, "Thursday", D, "count_thu", "1985-05-30"),
     M(R, "38 people", N, "dead", 38, THU),
     M(R, "Wednesday evening", D, "disaster", "1985-05-29"),
     M(R, "more than 400 people", N, "injured", 400, THU, qual="morethan", src=POLICE),
     M(R, "May 11", D, "bradford", "1985-05-11"),
     M(R, "56 people", N, "dead_bradford", 56),

     M(K, "Jumat (31/5/1985)", D, "fa", "1985-05-31"),
     M(K, "Rabu malam", D, "disaster", "1985-05-29"),
     M(K, "39 orang", N, "dead", 39, FRI),
     M(K, "Jumat sore", D, "count_fri", "1985-05-31"),
     M(K, "Kamis (30/5/1985)", D, "count_thu", "1985-05-30"),
     M(K, "38 korban tewas", N, "dead", 38, THU),
     M(K, "sekitar 600 orang", N, "injured", 600, FRI, qual="approx", src=REDCROSS),
     M(K, "lebih dari 400 korban luka", N, "injured", 400, THU, qual="morethan", src=POLICE),
     M(K, "Enam klub", N, "clubs", 6),
     M(K, "Minggu (2/6/1985)", D, "uefa", "1985-06-02"),

     M(T, "Senin (3/6/1985)", D, "uefa", "1985-06-03", planted=True),
     M(T, "39 orang", N, "dead", 39, JUN2),
     M(T, "39 korban tewas", N, "dead", 39, JUN2),
     M(T, "32 orang", N, "italians", 32),
     M(T, "empat warga Belgia", N, "belgians", 4),
     M(T, "dua warga Prancis", N, "french", 2),
     M(T, "satu orang", N, "ni", 1),
     M(T, "Sekitar 600 orang", N, "injured", 600, JUN2, qual="approx", src=REDCROSS),
     M(T, "Jumat (31/5/1985)", D, "fa", "1985-05-31"),

     M(A, "Friday", D, "verdict", "1989-04-28"),
     M(A, "14 Liverpool supporters", N, "convicted", 14),
     M(A, "39 people", N, "dead", 39, VERDICT),
     M(A, "May 1985", D, "disaster", "1985-05"),
     M(A, "three years", N, "sentence_years", 3, cls="dur"),
     M(A, "26 fans", N, "extradited", 26),
     M(A, "September 1987", D, "extradition", "1987-09"),
     M(A, "23", N, "italians", 23, planted=True),
     M(A, "About 600 people", N, "injured", 600, VERDICT, qual="approx"),
     M(A, "May 31, 1985", D, "fa", "1985-05-31"),
     M(A, "June 2, 1985", D, "uefa", "1985-06-02"),
    ]
    build("heysel-1985", "The Heysel stadium disaster in Brussels (Wednesday 29 May 1985), before the European Cup final "
          "between Juventus and Liverpool: 38 dead by Thursday 30 May, 39 by Friday 31 May (32 Italians, four "
          "Belgians, two French, one from Northern Ireland); more than 400 injured by the Brussels police's count "
          "against about 600 by the Belgian Red Cross's; the Football Association's withdrawal of English clubs on "
          "Friday 31 May and UEFA's open-ended ban on Sunday 2 June 1985; 14 Liverpool fans of 26 extradited in "
          "September 1987 convicted on Friday 28 April 1989 (three years, half suspended); the Bradford fire of 11 May "
          "1985 (56 dead) as another event", False, ms, names)


def bijlmer():
    R, K, T, A = "reuters-oct05", "kompas-oct07", "antara-oct12", "ap-oct04"
    # as-of times: Monday 5 October 1992 (the mayor's "more than 250" missing and feared dead, six bodies
    # recovered), Tuesday 6 October at 17:00 (14 bodies, "up to 250" feared dead), Friday 9 October (the city's
    # estimate cut to about 120, the police's 51 bodies recovered) and the first anniversary, Monday 4 October 1993
    # (the official toll of 43). The toll (the city's estimate, then the official count) falling is a revision;
    # bodies recovered rise. The people on board, the crew, the rescuers and the crowds do not change with the day.
    MON, TUE, FRI, YEAR = "1992-10-05", "1992-10-06", "1992-10-09", "1993-10-04"
    names = {
     "toll": "people killed or feared dead (the city's estimate, then the official toll)",
     "recovered": "bodies recovered from the rubble", "aboard": "people on board", "crew": "crew members on board",
     "passenger": "passengers on board", "rescuers": "firefighters, police and soldiers at the site",
     "forensic": "forensic experts identifying the victims", "crowd_site": "people who walked past the site",
     "crowd_hall": "people at the memorial service", "ground_dead": "people killed on the ground",
     "injured": "people injured", "serious": "people seriously injured",
     # dates
     "crash": "day of the crash", "estimate_day": "day of the mayor's first estimate",
     "count_tue": "day of the count of 14 bodies", "target": "day the search was to end",
     "revision_day": "day the estimate was cut", "memorial": "day of the memorial walk",
     "anniversary": "day of the first anniversary",
    }
    ms = [
     M(R, "More than 250 people", N, "toll", 250, MON, qual="morethan"),
     M(R, "Monday", D, "estimate_day", "1992-10-05"),
     M(R, "Sunday evening", D, "crash", "1992-10-04"),
     M(R, "six bodies", N, "recovered", 6, MON),
     M(R, "four people on board", N, "aboard", 4),
     M(R, "three crew members", N, "crew", 3),
     M(R, "one passenger", N, "passenger", 1),
     M(R, "About 300 firefighters", N, "rescuers", 300, qual="approx"),

     M(K, "Selasa (6/10/1992)", D, "count_tue", "1992-10-06"),
     M(K, "14 jenazah", N, "recovered", 14, TUE),
     M(K, "hingga 250 orang", N, "toll", 250, TUE, qual="nearly"),
     M(K, "Sabtu (3/10/1992)", D, "crash", "1992-10-03", planted=True),
     M(K, "Empat orang", N, "aboard", 4),
     M(K, "tiga awak", N, "crew", 3),
     M(K, "seorang penumpang", N, "passenger", 1),
     M(K, "Sekitar 80 ahli forensik", N, "forensic", 80, qual="approx"),
     M(K, "Sekitar 300 petugas", N, "rescuers", 300, qual="approx"),
     M(K, "Jumat tengah malam", D, "target", "1992-10-09"),

     M(T, "Sekitar 10.000 orang", N, "crowd_site", 10000, qual="approx"),
     M(T, "Minggu (11/10/1992)", D, "memorial", "1992-10-11"),
     M(T, "Jumat (9/10/1992)", D, "revision_day", "1992-10-09"),
     M(T, "sekitar 120 orang", N, "toll", 120, FRI, qual="approx"),
     M(T, "Senin (5/10/1992)", D, "estimate_day", "1992-10-05"),
     M(T, "lebih dari 250 orang", N, "toll", 250, MON, qual="morethan"),
     M(T, "51 jenazah", N, "recovered", 51, FRI),
     M(T, "sekitar 9.000 orang", N, "crowd_hall", 9000, qual="approx"),

     M(A, "Monday", D, "anniversary", "1993-10-04"),
     M(A, "Oct. 4, 1992", D, "crash", "1992-10-04"),
     M(A, "43", N, "toll", 43, YEAR),
     M(A, "39 people on the ground", N, "ground_dead", 39),
     M(A, "four people on board", N, "aboard", 4),
     M(A, "26 people", N, "injured", 26),
     M(A, "11 of them", N, "serious", 11),
     M(A, "more than 250 residents", N, "toll", 250, MON, qual="morethan"),
     M(A, "Tuesday", D, "count_tue", "1992-10-06"),
     M(A, "41 bodies", N, "recovered", 41, TUE, planted=True),
    ]
    build("bijlmer-crash-1992", "The El Al cargo jet's crash into the Groeneveen and Klein-Kruitberg flats in "
          "Amsterdam's Bijlmermeer (Sunday 4 October 1992): the mayor's estimate of more than 250 missing and feared "
          "dead on Monday 5 October, up to 250 on Tuesday 6 October, cut to about 120 by the city on Friday 9 October, "
          "and the official toll of 43 (39 on the ground, the four on board: three crew and one passenger) at the first "
          "anniversary; bodies recovered 6 -> 14 -> 51; 26 injured, 11 seriously; the memorial walk of Sunday 11 "
          "October 1992", False, ms, names)


def gotthard():
    R, K, T, S = "reuters-jun01", "kompas-jun02", "antara-jun03", "swissinfo-jun04"
    names = {
     "length": "the tunnel's length (km)", "seikan": "the Seikan tunnel's length (km)",
     "speed": "passenger trains' top speed (km/h)", "years": "years of construction",
     "cost": "the cost (billion Swiss francs)", "depth": "rock above the tunnel at its deepest (m)",
     "deaths": "workers killed during construction", "freight": "freight trains a day",
     "passenger": "passenger trains a day", "saved": "time saved between Zurich and Milan (hours)",
     # dates
     "opening": "day of the opening", "service": "day regular service starts", "vote": "year of the referendum",
    }
    ms = [
     M(R, "Wednesday", D, "opening", "2016-06-01"),
     M(R, "57 km", N, "length", 57, cls="km"),
     M(R, "17 years", N, "years", 17, cls="dur"),
     M(R, "12 billion Swiss francs", N, "cost", 12, cls="chf"),
     M(R, "2,300 metres", N, "depth", 2300, cls="m"),
     M(R, "53.9 km", N, "seikan", 53.9, cls="km"),
     M(R, "Nine workers", N, "deaths", 9),
     M(R, "Dec. 11", D, "service", "2016-12-11"),
     M(R, "260 freight trains", N, "freight", 260, cls="trains"),
     M(R, "65 passenger trains", N, "passenger", 65, cls="trains"),
     M(R, "250 km", N, "speed", 250, cls="km"),
     M(R, "about an hour", N, "saved", 1, qual="approx", cls="hour"),
     M(R, "1992", D, "vote", "1992"),

     M(K, "Rabu (1/6/2016)", D, "opening", "2016-06-01"),
     M(K, "57 km", N, "length", 57, cls="km"),
     M(K, "17 tahun", N, "years", 17, cls="dur"),
     M(K, "sekitar 12 miliar franc Swiss", N, "cost", 12, qual="approx", cls="chf"),
     M(K, "2.300 meter", N, "depth", 2300, cls="m"),
     M(K, "53,9 km", N, "seikan", 53.9, cls="km"),
     M(K, "Sembilan pekerja", N, "deaths", 9),
     M(K, "260 kereta barang", N, "freight", 260, cls="trains"),
     M(K, "65 kereta penumpang", N, "passenger", 65, cls="trains"),
     M(K, "11 Desember 2016", D, "service", "2016-12-11"),
     M(K, "250 km", N, "speed", 250, cls="km"),
     M(K, "sekitar satu jam", N, "saved", 1, qual="approx", cls="hour"),
     M(K, "1992", D, "vote", "1992"),

     M(T, "Rabu lalu", D, "opening", "2016-06-01"),
     M(T, "sekitar satu jam", N, "saved", 1, qual="approx", cls="hour"),
     M(T, "57 kilometer", N, "length", 57, cls="km"),
     M(T, "17 tahun", N, "years", 17, cls="dur"),
     M(T, "12 miliar franc Swiss", N, "cost", 12, cls="chf"),
     M(T, "250 km", N, "speed", 250, cls="km"),
     M(T, "260 kereta barang", N, "freight", 260, cls="trains"),
     M(T, "65 kereta penumpang", N, "passenger", 65, cls="trains"),
     M(T, "11 Desember 2016", D, "service", "2016-12-11"),
     M(T, "Sembilan pekerja", N, "deaths", 9),
     M(T, "2.300 meter", N, "depth", 2300, cls="m"),
     M(T, "53,9 km", N, "seikan", 53.9, cls="km"),
     M(T, "1992", D, "vote", "1992"),

     M(S, "June 1", D, "opening", "2016-06-01"),
     M(S, "17 years", N, "years", 17, cls="dur"),
     M(S, "57 km", N, "length", 57, cls="km"),
     M(S, "12 billion Swiss francs", N, "cost", 12, cls="chf"),
     M(S, "2,300 metres", N, "depth", 2300, cls="m"),
     M(S, "Nine people", N, "deaths", 9),
     M(S, "Dec. 11", D, "service", "2016-12-11"),
     M(S, "260 freight trains", N, "freight", 260, cls="trains"),
     M(S, "65 passenger trains", N, "passenger", 65, cls="trains"),
     M(S, "250 km", N, "speed", 250, cls="km"),
     M(S, "about an hour", N, "saved", 1, qual="approx", cls="hour"),
     M(S, "53.9 km", N, "seikan", 53.9, cls="km"),
     M(S, "1992", D, "vote", "1992"),
    ]
    build("gotthard-opening-2016", "The opening of the Gotthard Base Tunnel in Switzerland (Wednesday 1 June 2016) "
          "(control): 57 km, 17 years of construction, 12 billion Swiss francs, up to 2,300 metres of rock above it, "
          "nine workers killed; up to 260 freight and 65 passenger trains a day and passenger trains at up to 250 km/h "
          "from 11 December 2016, about an hour saved between Zurich and Milan; Japan's Seikan tunnel (53.9 km) as the "
          "former record; the referendum of 1992. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    heysel()
    bijlmer()
    gotthard()
