"""The three-hundred-and-seventy-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset375/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def tak_bai():
    R, K, T, A = "reuters-oct26", "kompas-oct27", "tempo-oct28", "ap-dec18"
    # as-of times of the running tallies: Monday 25 October 2004 (the protest: six shot dead at the scene, 1,300
    # arrested by the army's first figure), Tuesday 26 October (84 dead once the 78 who died in the trucks were
    # counted), Wednesday 27 October (85 dead: a wounded protester died in hospital, seven dead at the scene; the
    # army's registered count of detainees, 1,298, lower than its first 1,300: a revision), the commission's report of
    # Friday 17 December (85 dead, seven at the scene, "about 1,300" detained). The deaths in the trucks, the distance,
    # the volunteers, the Krue Se clashes and the year's toll in the south (which only rises) are other facts.
    MON, TUE, WED, DEC17 = "2004-10-25", "2004-10-26", "2004-10-27", "2004-12-17"
    POLICE, LEADERS = "the police", "village leaders"
    names = {
     "dead": "people who died after the Tak Bai protest", "truck_dead": "detainees who died in the army trucks",
     "scene_dead": "protesters shot dead at the scene", "detained": "men detained after the protest",
     "crowd": "protesters at the Tak Bai police station", "volunteers": "village defence volunteers held",
     "distance": "length of the drive to the army camp (km)", "hours": "hours of the drive",
     "south_dead": "people killed in the southern provinces in 2004", "krue_dead": "armed men killed on 28 April",
     "mosque_dead": "armed men killed in the Krue Se mosque",
     # dates
     "protest": "day of the protest", "arrest": "day of the arrests", "count_tue": "day of the count of 84",
     "count_wed": "day of the count of 85", "raid": "day of the army depot raid", "krue_se": "day of the Krue Se clashes",
     "report": "day of the commission's report",
    }
    ms = [
     M(R, "At least 84 people", N, "dead", 84, TUE, qual="atleast"),
     M(R, "Tuesday", D, "count_tue", "2004-10-26"),
     M(R, "78 of the detainees", N, "truck_dead", 78),
     M(R, "Six protesters", N, "scene_dead", 6, MON),
     M(R, "Monday", D, "protest", "2004-10-25"),
     M(R, "Monday night", D, "arrest", "2004-10-25"),
     M(R, "1,300 men", N, "detained", 1300, MON),
     M(R, "about 150 km", N, "distance", 150, qual="approx", cls="km"),
     M(R, "about 1,500", N, "crowd", 1500, MON, qual="approx", src=POLICE),
     M(R, "nearly 3,000 people", N, "crowd", 3000, MON, qual="nearly", src=LEADERS),
     M(R, "six local defence volunteers", N, "volunteers", 6),
     M(R, "More than 400 people", N, "south_dead", 400, TUE, qual="morethan"),
     M(R, "January", D, "raid", "2004-01"),
     M(R, "April 28", D, "krue_se", "2004-04-28"),
     M(R, "more than 100 armed men", N, "krue_dead", 100, qual="morethan"),
     M(R, "32 of them", N, "mosque_dead", 32),

     M(K, "84 orang", N, "dead", 84, TUE),
     M(K, "Selasa (26/10/2004)", D, "count_tue", "2004-10-26"),
     M(K, "78 orang", N, "truck_dead", 78),
     M(K, "Enam orang", N, "scene_dead", 6, MON),
     M(K, "Senin (25/10/2004)", D, "protest", "2004-10-25"),
     M(K, "enam anggota", N, "volunteers", 6),
     M(K, "sekitar 1.500 orang", N, "crowd", 1500, MON, qual="approx", src=POLICE),
     M(K, "hampir 3.000 orang", N, "crowd", 3000, MON, qual="nearly", src=LEADERS),
     M(K, "1.300 orang", N, "detained", 1300, MON),
     M(K, "Senin malam", D, "arrest", "2004-10-25"),
     M(K, "sekitar 150 kilometer", N, "distance", 150, qual="approx", cls="km"),
     M(K, "sekitar lima jam", N, "hours", 5, qual="approx", cls="dur"),
     M(K, "Januari 2004", D, "raid", "2004-01"),
     M(K, "lebih dari 400 orang", N, "south_dead", 400, TUE, qual="morethan"),

     M(T, "85 orang", N, "dead", 85, WED),
     M(T, "Rabu (27/10/2004)", D, "count_wed", "2004-10-27"),
     M(T, "tujuh orang", N, "scene_dead", 7, WED),
     M(T, "87 orang", N, "truck_dead", 87, planted=True),
     M(T, "1.298 orang", N, "detained", 1298, WED),
     M(T, "1.300 orang", N, "detained", 1300, MON),
     M(T, "Senin (25/10/2004)", D, "protest", "2004-10-25"),
     M(T, "sekitar 1.500 orang", N, "crowd", 1500, MON, qual="approx", src=POLICE),
     M(T, "4 Januari 2004", D, "raid", "2004-01-04"),
     M(T, "lebih dari 400 orang", N, "south_dead", 400, WED, qual="morethan"),

     M(A, "Friday", D, "report", "2004-12-17"),
     M(A, "78 Muslim detainees", N, "truck_dead", 78),
     M(A, "Eighty-five people", N, "dead", 85, DEC17),
     M(A, "Oct. 24", D, "protest", "2004-10-24", planted=True),
     M(A, "seven shot dead", N, "scene_dead", 7, DEC17),
     M(A, "About 1,300 men", N, "detained", 1300, DEC17, qual="approx"),
     M(A, "more than 500 people", N, "south_dead", 500, DEC17, qual="morethan"),
    ]
    build("tak-bai-2004", "The Tak Bai incident in Narathiwat, southern Thailand (Monday 25 October 2004): six "
          "protesters shot dead at the scene on Monday, 84 dead by Tuesday 26 October once the 78 detainees who "
          "died in army trucks on the way to the Inkayuth camp in Pattani were counted, 85 by Wednesday 27 October "
          "(seven at the scene); the army's 1,300 detainees revised to 1,298 after registration; the crowd put at "
          "about 1,500 by the police and nearly 3,000 by village leaders; the independent commission's report of "
          "Friday 17 December 2004; the depot raid of January 2004 and the Krue Se clashes of 28 April 2004 as other "
          "events", False, ms, names)


def saffron():
    R, K, T, A = "reuters-sep28", "kompas-sep29", "antara-oct12", "ap-dec08"
    # as-of times of the dead: the junta's nine on Thursday 27 September 2007, its ten on Friday 28 September and
    # still ten on 11 October, the 15 it acknowledged to the UN envoy (report of Friday 7 December) against the
    # envoy's own "at least 31" (two sources). The detained, the missing, the journalist's age, the Security
    # Council's members and the 1988 toll are other facts.
    THU, FRI, OCT11, DEC7 = "2007-09-27", "2007-09-28", "2007-10-11", "2007-12-07"
    JUNTA, UN = "Myanmar's military government", "the UN human rights envoy"
    names = {
     "dead": "people killed in the crackdown", "age": "Kenji Nagai's age", "crowd": "marchers in Yangon on Monday",
     "dead1988": "people killed in the 1988 uprising", "council": "members of the Security Council",
     "detained": "people detained after the protests", "missing": "people still missing",
     # dates
     "shooting_thu": "day troops fired on the crowds", "crackdown_start": "day the crackdown began",
     "march_mon": "day of the biggest march", "fuel_rise": "day of the fuel price rise",
     "monks_start": "day the monks took the lead", "uprising": "year of the 1988 uprising",
     "count_fri": "day of the count of ten", "gambari_arrive": "day the UN envoy Gambari was due",
     "unsc": "day of the Security Council's statement", "hrc": "day of the Human Rights Council's special session",
     "gambari_meet": "day Gambari met the junta's leader", "report": "day of the envoy's report",
     "visit": "month of the envoy's visit",
    }
    ms = [
     M(R, "nine people", N, "dead", 9, THU, src=JUNTA),
     M(R, "Thursday", D, "shooting_thu", "2007-09-27"),
     M(R, "50-year-old", N, "age", 50, cls="age"),
     M(R, "Wednesday", D, "crackdown_start", "2007-09-26"),
     M(R, "Monday", D, "march_mon", "2007-09-24"),
     M(R, "as many as 100,000 people", N, "crowd", 100000, qual="nearly"),
     M(R, "August", D, "fuel_rise", "2007-08"),
     M(R, "Sept. 18", D, "monks_start", "2007-09-18"),
     M(R, "1988", D, "uprising", "1988"),
     M(R, "an estimated 3,000 people", N, "dead1988", 3000, qual="approx"),

     M(K, "10 orang", N, "dead", 10, FRI, src=JUNTA),
     M(K, "Jumat (28/9/2007)", D, "count_fri", "2007-09-28"),
     M(K, "Kamis (27/9/2007)", D, "shooting_thu", "2007-09-27"),
     M(K, "sembilan orang", N, "dead", 9, THU, src=JUNTA),
     M(K, "52", N, "age", 52, cls="age", planted=True),
     M(K, "Rabu (26/9/2007)", D, "crackdown_start", "2007-09-26"),
     M(K, "Senin (24/9/2007)", D, "march_mon", "2007-09-24"),
     M(K, "sekitar 100.000 orang", N, "crowd", 100000, qual="approx"),
     M(K, "15 Agustus 2007", D, "fuel_rise", "2007-08-15"),
     M(K, "18 September", D, "monks_start", "2007-09-18"),
     M(K, "Sabtu (29/9/2007)", D, "gambari_arrive", "2007-09-29"),

     M(T, "Rabu (10/10/2007)", D, "unsc", "2007-10-10", planted=True),
     M(T, "ke-15 anggota", N, "council", 15),
     M(T, "Selasa (2/10/2007)", D, "hrc", "2007-10-02"),
     M(T, "Selasa (2/10/2007)", D, "gambari_meet", "2007-10-02", occ=2),
     M(T, "2.927 orang", N, "detained", 2927),
     M(T, "10 orang", N, "dead", 10, OCT11, src=JUNTA),

     M(A, "At least 31 people", N, "dead", 31, DEC7, qual="atleast", src=UN),
     M(A, "Friday", D, "report", "2007-12-07"),
     M(A, "15 deaths", N, "dead", 15, DEC7, src=JUNTA),
     M(A, "November", D, "visit", "2007-11"),
     M(A, "74 people", N, "missing", 74),
     M(A, "2,927 people", N, "detained", 2927),
     M(A, "Sept. 26", D, "crackdown_start", "2007-09-26"),
     M(A, "Sept. 27", D, "shooting_thu", "2007-09-27"),
     M(A, "50", N, "age", 50, cls="age"),
     M(A, "August", D, "fuel_rise", "2007-08"),
     M(A, "Oct. 11", D, "unsc", "2007-10-11"),
    ]
    build("saffron-crackdown-2007", "The crackdown on the monk-led protests in Myanmar (September 2007): the junta's "
          "toll of nine dead on Thursday 27 September (the Japanese video journalist Kenji Nagai, 50, among them), "
          "ten on Friday 28 September and still ten on 11 October, 15 acknowledged to the UN human rights envoy "
          "against his count of at least 31 (report of Friday 7 December 2007); as many as 100,000 marchers on Monday "
          "24 September; the fuel price rise of 15 August, the monks' lead from 18 September, tear gas from Wednesday "
          "26 September; the Human Rights Council's special session and Gambari's meeting on Tuesday 2 October, the "
          "Security Council's statement of Thursday 11 October; 2,927 detained by the junta's count, 74 missing; the "
          "1988 uprising as another event", False, ms, names)


def budget():
    R, K, T, S = "reuters-nov02", "kompas-nov03", "antara-nov04", "thestar-nov05"
    names = {
     "total": "the 2019 budget (billion ringgit)", "opex": "operating spending (billion ringgit)",
     "devex": "development spending (billion ringgit)", "dividend": "Petronas's special dividend (billion ringgit)",
     "def19": "the deficit target for 2019 (% of GDP)", "def18": "the deficit for 2018 (% of GDP)",
     "growth": "growth forecast for 2019 (%)", "dst": "the digital services tax (%)",
     "sugar": "the sugary drinks tax (sen per litre)",
     # dates
     "budget_day": "day the budget was tabled", "election": "day of the general election",
     "sugar_start": "day the sugar tax starts", "dst_start": "day the digital services tax starts",
    }
    ms = [
     M(R, "314.5 billion ringgit", N, "total", 314.5, cls="bn"),
     M(R, "Friday", D, "budget_day", "2018-11-02"),
     M(R, "May 9", D, "election", "2018-05-09"),
     M(R, "3.4 percent", N, "def19", 3.4, cls="pct"),
     M(R, "3.7 percent", N, "def18", 3.7, cls="pct"),
     M(R, "259.8 billion ringgit", N, "opex", 259.8, cls="bn"),
     M(R, "54.7 billion ringgit", N, "devex", 54.7, cls="bn"),
     M(R, "4.9 percent", N, "growth", 4.9, cls="pct"),
     M(R, "30 billion ringgit", N, "dividend", 30, cls="bn"),
     M(R, "40 sen", N, "sugar", 40, cls="sen"),
     M(R, "April 1, 2019", D, "sugar_start", "2019-04-01"),
     M(R, "6 percent", N, "dst", 6, cls="pct"),
     M(R, "Jan. 1, 2020", D, "dst_start", "2020-01-01"),

     M(K, "314,5 miliar ringgit", N, "total", 314.5, cls="bn"),
     M(K, "Jumat (2/11/2018)", D, "budget_day", "2018-11-02"),
     M(K, "3,4 persen", N, "def19", 3.4, cls="pct"),
     M(K, "3,7 persen", N, "def18", 3.7, cls="pct"),
     M(K, "259,8 miliar ringgit", N, "opex", 259.8, cls="bn"),
     M(K, "54,7 miliar ringgit", N, "devex", 54.7, cls="bn"),
     M(K, "4,9 persen", N, "growth", 4.9, cls="pct"),
     M(K, "30 miliar ringgit", N, "dividend", 30, cls="bn"),
     M(K, "40 sen", N, "sugar", 40, cls="sen"),
     M(K, "1 April 2019", D, "sugar_start", "2019-04-01"),
     M(K, "6 persen", N, "dst", 6, cls="pct"),
     M(K, "1 Januari 2020", D, "dst_start", "2020-01-01"),
     M(K, "9 Mei 2018", D, "election", "2018-05-09"),

     M(T, "Jumat (2/11/2018)", D, "budget_day", "2018-11-02"),
     M(T, "sekitar 315 miliar ringgit", N, "total", 315, qual="approx", cls="bn"),
     M(T, "259,8 miliar ringgit", N, "opex", 259.8, cls="bn"),
     M(T, "54,7 miliar ringgit", N, "devex", 54.7, cls="bn"),
     M(T, "30 miliar ringgit", N, "dividend", 30, cls="bn"),
     M(T, "3,7 persen", N, "def18", 3.7, cls="pct"),
     M(T, "3,4 persen", N, "def19", 3.4, cls="pct"),
     M(T, "4,9 persen", N, "growth", 4.9, cls="pct"),
     M(T, "1 April 2019", D, "sugar_start", "2019-04-01"),
     M(T, "40 sen", N, "sugar", 40, cls="sen"),
     M(T, "6 persen", N, "dst", 6, cls="pct"),
     M(T, "1 Januari 2020", D, "dst_start", "2020-01-01"),

     M(S, "RM314.5bil", N, "total", 314.5, cls="bn"),
     M(S, "Friday", D, "budget_day", "2018-11-02"),
     M(S, "RM259.8bil", N, "opex", 259.8, cls="bn"),
     M(S, "RM54.7bil", N, "devex", 54.7, cls="bn"),
     M(S, "3.4 per cent", N, "def19", 3.4, cls="pct"),
     M(S, "3.7 per cent", N, "def18", 3.7, cls="pct"),
     M(S, "RM30bil", N, "dividend", 30, cls="bn"),
     M(S, "4.9 per cent", N, "growth", 4.9, cls="pct"),
     M(S, "40 sen", N, "sugar", 40, cls="sen"),
     M(S, "April 1, 2019", D, "sugar_start", "2019-04-01"),
     M(S, "6 per cent", N, "dst", 6, cls="pct"),
     M(S, "Jan 1, 2020", D, "dst_start", "2020-01-01"),
     M(S, "May 9", D, "election", "2018-05-09"),
    ]
    build("guan-eng-budget-2018", "Malaysia's budget for 2019, tabled by the Finance Minister Lim Guan Eng on Friday "
          "2 November 2018 (control): 314.5 billion ringgit in all, 259.8 billion for operating and 54.7 billion for "
          "development spending; a deficit of 3.4% of GDP in 2019 against 3.7% in 2018; growth of 4.9% forecast; a "
          "special Petronas dividend of 30 billion ringgit; a tax of 40 sen a litre on sugary drinks from 1 April "
          "2019 and a 6% digital services tax from 1 January 2020; the general election of 9 May 2018. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    tak_bai()
    saffron()
    budget()
