"""The two-hundred-and-ninety-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether it may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset297/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def tajoura():
    R, K, T, A = "reuters-jul03", "kompas-jul04", "detik-jul06", "ap-jan28-2020"
    # as-of times of the running tallies: Wednesday 3 July 2019 in the morning (the Tripoli government's health
    # ministry: at least 40 dead, 80 wounded), Wednesday night (the UN's humanitarian office: 44 dead, more than 130
    # injured), Friday 5 July (the UN: 53 dead, six children among them, about 130 injured) and the UN's report of
    # January 2020 (53 dead, 87 injured). The UN's own count of the injured fell from about 130 to 87 (a revision);
    # the health ministry's counts against the UN's are two sources. The strike (late on Tuesday 2 July 2019), the
    # Security Council's meeting (Wednesday 3 July), the offensive on Tripoli (4 April 2019), the truce (12 January
    # 2020) and the Berlin conference (19 January 2020) are different events.
    WED_AM, WED_PM, FRI, JAN = "2019-07-03a", "2019-07-03b", "2019-07-05", "2020-01-27"
    GOV, UN = "the Tripoli government's health ministry", "the United Nations"
    names = {
     "dead": "people killed in the strike", "injured": "people injured in the strike",
     "children": "children among the dead", "hangar": "men held in the hangar that was hit",
     "held": "people held at the centre", "strikes": "strikes on the compound",
     "war_dead": "people killed in the fighting around Tripoli", "war_injured": "people injured in the fighting",
     "displaced": "people displaced by the fighting", "war_months": "months of fighting",
     # dates
     "strike": "day of the air strike", "gov_count": "day the health ministry gave its count",
     "asof_wed": "day of the UN's count of 44", "unsc": "day of the Security Council's meeting",
     "offensive": "day the offensive on Tripoli began", "asof_fri": "day of the UN's count of 53",
     "truce": "day the truce took effect", "berlin": "day of the Berlin conference",
    }
    ms = [
     M(R, "Tuesday", D, "strike", "2019-07-02"),
     M(R, "at least 40 people", N, "dead", 40, WED_AM, qual="atleast", src=GOV),
     M(R, "80", N, "injured", 80, WED_AM, src=GOV),
     M(R, "Wednesday", D, "gov_count", "2019-07-03"),
     M(R, "About 600 migrants", N, "held", 600, qual="approx"),
     M(R, "about 120 men", N, "hangar", 120, qual="approx"),
     M(R, "April 4", D, "offensive", "2019-04-04"),
     M(R, "nearly 1,000 people", N, "war_dead", 1000, qual="nearly"),

     M(K, "44 orang", N, "dead", 44, WED_PM, src=UN),
     M(K, "Rabu (3/7/2019)", D, "asof_wed", "2019-07-03"),
     M(K, "lebih dari 130 orang", N, "injured", 130, WED_PM, qual="morethan", src=UN),
     M(K, "sedikitnya 40 orang", N, "dead", 40, WED_AM, qual="atleast", src=GOV),
     M(K, "80 orang", N, "injured", 80, WED_AM, src=GOV),
     M(K, "Selasa (2/7/2019)", D, "strike", "2019-07-02"),
     M(K, "sekitar 120 migran", N, "hangar", 120, qual="approx"),
     M(K, "sekitar 600 orang", N, "held", 600, qual="approx"),
     M(K, "Rabu (3/7/2019)", D, "unsc", "2019-07-03", occ=2),
     M(K, "4 April 2019", D, "offensive", "2019-04-04"),

     M(T, "53 orang", N, "dead", 53, FRI, src=UN),
     M(T, "enam anak", N, "children", 6, FRI),
     M(T, "Jumat (5/7/2019)", D, "asof_fri", "2019-07-05"),
     M(T, "sekitar 130 orang", N, "injured", 130, FRI, qual="approx", src=UN),
     M(T, "Senin (1/7/2019)", D, "strike", "2019-07-01", planted=True),
     M(T, "Dua serangan", N, "strikes", 2),
     M(T, "sekitar 120 migran", N, "hangar", 120, qual="approx"),
     M(T, "tiga bulan", N, "war_months", 3, cls="months"),
     M(T, "hampir 1.000 orang", N, "war_dead", 1000, qual="nearly"),
     M(T, "lebih dari 5.000 orang", N, "war_injured", 5000, qual="morethan"),
     M(T, "Sekitar 100.000 warga", N, "displaced", 100000, qual="approx"),

     M(A, "53 migrants and refugees", N, "dead", 53, JAN, src=UN),
     M(A, "87", N, "injured", 87, JAN, src=UN),
     M(A, "July 2, 2019", D, "strike", "2019-07-02"),
     M(A, "Two strikes", N, "strikes", 2),
     M(A, "more than 100 men", N, "hangar", 100, qual="morethan"),
     M(A, "Six children", N, "children", 6, JAN),
     M(A, "Roughly 600 people", N, "held", 600, qual="approx"),
     M(A, "April 14, 2019", D, "offensive", "2019-04-14", planted=True),
     M(A, "Jan. 12", D, "truce", "2020-01-12"),
     M(A, "Jan. 19", D, "berlin", "2020-01-19"),
    ]
    build("tajoura-airstrike-2019", "The air strike on the Tajoura migrant detention centre east of Tripoli, Libya (late "
          "on Tuesday 2 July 2019): the Tripoli government's health ministry's at least 40 dead and 80 wounded on "
          "Wednesday morning, the UN's 44 dead and more than 130 injured on Wednesday night, 53 dead (six children) and "
          "about 130 injured on Friday 5 July, and the UN report of January 2020 (53 dead, 87 injured: the injured "
          "revised down); about 600 people held, about 120 in the hangar that was hit; the offensive on Tripoli begun "
          "on 4 April 2019", False, ms, names)


def kabylie():
    R, K, T, A = "reuters-aug10", "kompas-aug13", "tempo-aug25", "ap-nov25-2022"
    # as-of times of the running tallies: Tuesday 10 August 2021 (42 dead, 25 of them soldiers, 17 civilians),
    # Wednesday 11 August (65, 28 soldiers), Thursday 12 August (69) and the final official count (90, 33 soldiers),
    # given in late August and recalled in November 2022 (one as-of time). The dead do not fall. The fires' outbreak
    # (Monday 9 August), the lynching of Djamel Bensmail (Wednesday 11 August), the start of the mourning (Thursday
    # 12 August), the High Security Council (Wednesday 18 August), the break with Morocco (Tuesday 24 August 2021)
    # and the verdict (Thursday 24 November 2022) are different events; the as-of days are days of counts.
    TUE, WED, THU, FINAL = "2021-08-10", "2021-08-11", "2021-08-12", "2021-08-25"
    names = {
     "dead": "people killed by the fires", "soldiers": "soldiers killed by the fires",
     "civilians": "civilians killed by the fires (Tuesday)", "rescued": "people the soldiers rescued",
     "temp": "temperature (degrees Celsius)", "mourning_days": "days of national mourning",
     "dist": "distance of Tizi Ouzou from Algiers (km)", "planes": "firefighting planes France sent",
     "sentenced": "people sentenced to death",
     # dates
     "began": "day the fires broke out", "asof_tue": "day of the count of 42", "asof_wed": "day of the count of 65",
     "asof_thu": "day of the count of 69", "mourning": "first day of the mourning",
     "lynching": "day of the lynching", "ties_cut": "day Algeria broke off relations with Morocco",
     "hsc": "day of the High Security Council's meeting", "border": "year the land border closed",
     "moratorium": "year of Algeria's last execution", "verdict": "day of the verdict",
    }
    ms = [
     M(R, "42 people", N, "dead", 42, TUE),
     M(R, "25 soldiers", N, "soldiers", 25, TUE),
     M(R, "Tuesday", D, "asof_tue", "2021-08-10"),
     M(R, "17 civilians", N, "civilians", 17, TUE),
     M(R, "more than 100 people", N, "rescued", 100, qual="morethan"),
     M(R, "Monday", D, "began", "2021-08-09"),
     M(R, "40 degrees Celsius", N, "temp", 40, qual="morethan", cls="temp"),

     M(K, "69 orang", N, "dead", 69, THU),
     M(K, "Kamis (12/8/2021)", D, "asof_thu", "2021-08-12"),
     M(K, "Rabu (11/8/2021)", D, "asof_wed", "2021-08-11"),
     M(K, "65 orang", N, "dead", 65, WED),
     M(K, "28 tentara", N, "soldiers", 28, WED),
     M(K, "Pada Selasa", D, "asof_tue", "2021-08-10"),
     M(K, "42 korban tewas", N, "dead", 42, TUE),
     M(K, "25", N, "soldiers", 25, TUE),
     M(K, "tiga hari", N, "mourning_days", 3, cls="days"),
     M(K, "mulai Kamis", D, "mourning", "2021-08-12"),
     M(K, "sekitar 100 km", N, "dist", 100, qual="approx", cls="km"),
     M(K, "Rabu (11/8/2021)", D, "lynching", "2021-08-11", occ=2),
     M(K, "dua pesawat", N, "planes", 2),

     M(T, "Selasa (24/8/2021)", D, "ties_cut", "2021-08-24"),
     M(T, "Rabu (18/8/2021)", D, "hsc", "2021-08-18"),
     M(T, "12 Agustus", D, "lynching", "2021-08-12", planted=True),
     M(T, "9 Agustus", D, "began", "2021-08-09"),
     M(T, "90 orang", N, "dead", 90, FINAL),
     M(T, "33 tentara", N, "soldiers", 33, FINAL),
     M(T, "1994", D, "border", "1994"),
     M(T, "sekitar 100 kilometer", N, "dist", 100, qual="approx", cls="km"),

     M(A, "Thursday", D, "verdict", "2022-11-24"),
     M(A, "49 people", N, "sentenced", 49),
     M(A, "August 2021", D, "began", "2021-08"),
     M(A, "Aug. 11, 2021", D, "lynching", "2021-08-11"),
     M(A, "1993", D, "moratorium", "1993"),
     M(A, "at least 90 people", N, "dead", 90, FINAL, qual="atleast"),
     M(A, "38 soldiers", N, "soldiers", 38, FINAL, planted=True),
     M(A, "42 dead", N, "dead", 42, TUE),
     M(A, "25 soldiers", N, "soldiers", 25, TUE),
     M(A, "Aug. 24, 2021", D, "ties_cut", "2021-08-24"),
    ]
    build("kabylie-fires-2021", "The wildfires in northern Algeria, worst in Tizi Ouzou in the Kabylie region (from "
          "Monday 9 August 2021): 42 dead (25 soldiers, 17 civilians) on Tuesday 10 August, 65 (28 soldiers) on "
          "Wednesday 11 August, 69 on Thursday 12 August, 90 (33 soldiers) in the final official count; the lynching of "
          "Djamel Bensmail in Larbaa Nath Irathen (Wednesday 11 August); the High Security Council (Wednesday 18 "
          "August) and the break with Morocco (Tuesday 24 August 2021); 49 sentenced to death on Thursday 24 November "
          "2022", False, ms, names)


def forum():
    R, A, K, J = "reuters-feb05", "antara-feb06", "kompas-feb07", "aljazeera-feb08"
    names = {
     "won": "votes for the Menfi-Dbeibah list", "lost": "votes for the Saleh-Bashagha list",
     "council": "members of the presidential council", "form_days": "days to form a cabinet",
     "since_days": "days since the vote", "anniv": "years of independence at the elections",
     "gap_years": "years between the uprising and the split", "offensive_months": "months of Haftar's offensive",
     "months_left": "months until the elections",
     # dates
     "vote": "day of the forum's vote", "elections": "day of the planned elections",
     "ceasefire": "day of the ceasefire", "split": "year Libya split", "uprising": "year of the uprising",
     "independence": "year of independence", "offensive_end": "month Haftar's offensive ended",
    }
    ms = [
     M(R, "Friday", D, "vote", "2021-02-05"),
     M(R, "three-member", N, "council", 3),
     M(R, "39 votes", N, "won", 39),
     M(R, "34", N, "lost", 34),
     M(R, "Dec. 24", D, "elections", "2021-12-24"),
     M(R, "21 days", N, "form_days", 21, cls="days"),
     M(R, "Oct. 23", D, "ceasefire", "2020-10-23"),
     M(R, "2014", D, "split", "2014"),
     M(R, "2011", D, "uprising", "2011"),
     M(R, "14-month", N, "offensive_months", 14, cls="months"),
     M(R, "last June", D, "offensive_end", "2020-06"),

     M(A, "Jumat (5/2/2021)", D, "vote", "2021-02-05"),
     M(A, "39 suara", N, "won", 39),
     M(A, "34 suara", N, "lost", 34),
     M(A, "tiga orang", N, "council", 3),
     M(A, "24 Desember 2021", D, "elections", "2021-12-24"),
     M(A, "70 tahun", N, "anniv", 70, cls="years"),
     M(A, "1951", D, "independence", "1951"),
     M(A, "21 hari", N, "form_days", 21, cls="days"),
     M(A, "23 Oktober 2020", D, "ceasefire", "2020-10-23"),
     M(A, "2014", D, "split", "2014"),
     M(A, "2011", D, "uprising", "2011"),

     M(K, "39 suara", N, "won", 39),
     M(K, "34", N, "lost", 34),
     M(K, "Jumat (5/2/2021)", D, "vote", "2021-02-05"),
     M(K, "tiga orang", N, "council", 3),
     M(K, "21 hari", N, "form_days", 21, cls="days"),
     M(K, "24 Desember 2021", D, "elections", "2021-12-24"),
     M(K, "lebih dari sepuluh bulan", N, "months_left", 10, qual="morethan", cls="months"),
     M(K, "23 Oktober 2020", D, "ceasefire", "2020-10-23"),
     M(K, "14 bulan", N, "offensive_months", 14, cls="months"),
     M(K, "Juni 2020", D, "offensive_end", "2020-06"),
     M(K, "2014", D, "split", "2014"),
     M(K, "tiga tahun", N, "gap_years", 3, cls="years"),
     M(K, "2011", D, "uprising", "2011"),

     M(J, "three days", N, "since_days", 3, cls="days"),
     M(J, "February 5", D, "vote", "2021-02-05"),
     M(J, "39", N, "won", 39),
     M(J, "34", N, "lost", 34),
     M(J, "three-member", N, "council", 3),
     M(J, "21 days", N, "form_days", 21, cls="days"),
     M(J, "December 24, 2021", D, "elections", "2021-12-24"),
     M(J, "70th", N, "anniv", 70, cls="years"),
     M(J, "October 23, 2020", D, "ceasefire", "2020-10-23"),
     M(J, "2014", D, "split", "2014"),
     M(J, "2011", D, "uprising", "2011"),
     M(J, "14-month", N, "offensive_months", 14, cls="months"),
     M(J, "June 2020", D, "offensive_end", "2020-06"),
    ]
    build("libya-forum-vote-2021", "The UN-led Libyan Political Dialogue Forum's choice of an interim executive "
          "(control), on Friday 5 February 2021 near Geneva: the list of Mohamed al-Menfi (head of a three-member "
          "presidential council) and Abdul Hamid Dbeibah (prime minister) won the run-off with 39 votes against 34 for "
          "the list of Aguila Saleh and Fathi Bashagha; 21 days to form a cabinet; elections set for 24 December 2021 "
          "(70 years of independence, 1951); the ceasefire of 23 October 2020; the split since 2014, the uprising of "
          "2011, Haftar's 14-month offensive ended in June 2020. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    tajoura()
    kabylie()
    forum()
