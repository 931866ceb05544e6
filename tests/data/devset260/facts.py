"""The two-hundred-and-sixtieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset260/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def cubana():
    R, K, T, A = "reuters-may19", "kompas-may22", "detik-may26", "ap-2019may18"
    # as-of times of the toll: Saturday 19 May 2018 (the transport minister's first official toll of 110), Monday 21
    # May (111, the first survivor dies), Friday 25 May (112, the second survivor dies), and the report of the
    # anniversary (112 in all). The dead and the bodies identified do not fall. The people aboard, the crew, the
    # foreign passengers, the children among the dead, the plane's and the survivors' ages do not change with the
    # day of the report.
    SAT, MON, FRI25, Y2019 = "2018-05-19", "2018-05-21", "2018-05-25", "2019-05-18"
    names = {
     "dead": "people killed in the crash", "aboard": "people aboard", "children": "children among the dead",
     "plane_age": "the plane's age (years)", "crew": "crew members (all Mexican)", "mourning": "days of mourning",
     "identified": "bodies identified", "landrove_age": "the first survivor who died, her age",
     "sanchez_age": "the second survivor who died, her age", "diaz_age": "the sole survivor's age",
     "foreigners": "foreign passengers",
     # dates
     "crash": "day of the crash", "toll_day": "day of the first official toll", "since": "year since which the "
     "accidents are counted", "landrove_died": "day the first survivor died", "sanchez_died": "day the second "
     "survivor died", "fdr_found": "day the second flight recorder was found", "suspension": "day Mexico suspended "
     "the charter firm", "anniversary": "day of the anniversary gathering",
    }
    ms = [
     M(R, "Friday", D, "crash", "2018-05-18"),
     M(R, "110 people", N, "dead", 110, SAT),
     M(R, "Saturday", D, "toll_day", "2018-05-19"),
     M(R, "113 people", N, "aboard", 113),
     M(R, "Five children", N, "children", 5),
     M(R, "39-year-old", N, "plane_age", 39, cls="age"),
     M(R, "six crew members", N, "crew", 6),
     M(R, "two days", N, "mourning", 2, cls="dur"),
     M(R, "2010", D, "since", "2010"),

     M(K, "111 orang", N, "dead", 111, MON),
     M(K, "Senin (21/5/2018)", D, "landrove_died", "2018-05-21"),
     M(K, "23 tahun", N, "landrove_age", 23, cls="age"),
     M(K, "113 orang", N, "aboard", 113),
     M(K, "Kamis (17/5/2018)", D, "crash", "2018-05-17", planted=True),
     M(K, "Sabtu", D, "toll_day", "2018-05-19"),
     M(K, "110 orang", N, "dead", 110, SAT),
     M(K, "33 jenazah", N, "identified", 33, MON),
     M(K, "39 tahun", N, "plane_age", 39, cls="age"),
     M(K, "Enam awak", N, "crew", 6),

     M(T, "112 orang", N, "dead", 112, FRI25),
     M(T, "Jumat (25/5/2018)", D, "sanchez_died", "2018-05-25"),
     M(T, "40 tahun", N, "sanchez_age", 40, cls="age"),
     M(T, "Selasa (22/5/2018)", D, "landrove_died", "2018-05-22", planted=True),
     M(T, "19 tahun", N, "diaz_age", 19, cls="age"),
     M(T, "Kamis (24/5/2018)", D, "fdr_found", "2018-05-24"),
     M(T, "39 tahun", N, "plane_age", 39, cls="age"),
     M(T, "Jumat (18/5/2018)", D, "crash", "2018-05-18"),
     M(T, "113 orang", N, "aboard", 113),
     M(T, "enam awak", N, "crew", 6),
     M(T, "lima penumpang", N, "foreigners", 5),

     M(A, "112 people", N, "dead", 112, Y2019),
     M(A, "May 18, 2018", D, "crash", "2018-05-18"),
     M(A, "113 people", N, "aboard", 113),
     M(A, "39 years old", N, "plane_age", 39, cls="age"),
     M(A, "six-member crew", N, "crew", 6),
     M(A, "May 21, 2018", D, "suspension", "2018-05-21"),
     M(A, "May 25", D, "sanchez_died", "2018-05-25"),
     M(A, "112", N, "dead", 112, FRI25, occ=2),
     M(A, "Saturday", D, "anniversary", "2019-05-18"),
    ]
    build("cubana-crash-2018", "The crash of a Boeing 737 leased by Cubana from the Mexican firm Global Air (Damojh) "
          "just after takeoff from Havana on Friday 18 May 2018, 113 aboard: the transport minister's first toll of 110 "
          "on Saturday 19 May, 111 on Monday 21 May (a survivor dies; Mexico suspends the firm the same day), 112 on "
          "Friday 25 May (a second survivor dies; the second recorder found on Thursday 24 May), one survivor; the "
          "Cuban investigators' findings a year later", False, ms, names)


def sancristobal():
    R, K, T, A = "reuters-aug15", "kompas-aug16", "detik-aug20", "ap-sep14"
    # as-of times of the running tallies: Monday 14 August 2023 evening (the first count of three dead), Tuesday 15
    # August in the morning (the minister's at least 10 dead, 36 in hospital; the president's 11 missing), at midday
    # (the national health service's 12 dead), at night (the Emergency Operations Centre's official 11: the toll
    # revised down), Wednesday 16 August in the morning (13; 10 missing) and later (27), Saturday 19 August (32; 13
    # bodies identified, 11 handed over, 12 still in hospital), Wednesday 13 September (38). The missing and the
    # people in hospital may fall. The injured: the minister's "more than 50", the health service's 65 and the
    # Emergency Operations Centre's 59 (sources); the centre's count is one figure whatever the day.
    MON, TUEAM, TUEMID, TUEPM = "2023-08-14b", "2023-08-15a", "2023-08-15b", "2023-08-15c"
    WEDAM, WEDPM, SAT, SEP13 = "2023-08-16a", "2023-08-16b", "2023-08-19", "2023-09-13"
    PRES, SNS, COE = "the minister of the presidency", "the national health service", \
        "the Emergency Operations Centre"
    names = {
     "dead": "people killed by the explosion", "injured": "people injured", "hosp": "injured still in hospital",
     "missing": "people missing", "radius": "radius of the disaster zone (m)", "responders": "rescue workers",
     "trucks": "fire trucks", "under_car": "bodies found under a car", "bldg": "buildings affected",
     "identified": "bodies identified", "handed": "bodies handed to families", "burn": "patients in the burn unit",
     "debris": "debris removed (tonnes)",
     # dates
     "blast": "day of the explosion", "count_tue": "day of the minister's count", "count_wed": "day of the counts "
     "of 13 and 27", "count_sat": "day of the count of 32", "death38": "day the 38th victim died",
    }
    ms = [
     M(R, "At least 10 people", N, "dead", 10, TUEAM, qual="atleast"),
     M(R, "more than 50", N, "injured", 50, qual="morethan", src=PRES),
     M(R, "Monday", D, "blast", "2023-08-14"),
     M(R, "Tuesday morning", D, "count_tue", "2023-08-15"),
     M(R, "36 of the injured", N, "hosp", 36, TUEAM, fall=True),
     M(R, "three", N, "dead", 3, MON),
     M(R, "11 people", N, "missing", 11, TUEAM, fall=True),
     M(R, "12", N, "dead", 12, TUEMID, src=SNS),
     M(R, "65 people", N, "injured", 65, src=SNS),
     M(R, "400 meters", N, "radius", 400, cls="m"),
     M(R, "More than 500", N, "responders", 500, qual="morethan"),
     M(R, "17 fire trucks", N, "trucks", 17),

     M(K, "13 orang", N, "dead", 13, WEDAM),
     M(K, "Rabu (16/8/2023)", D, "count_wed", "2023-08-16"),
     M(K, "11 jenazah", N, "dead", 11, TUEPM),
     M(K, "dua jenazah", N, "under_car", 2),
     M(K, "Selasa (15/8/2023)", D, "count_tue", "2023-08-15"),
     M(K, "11 orang", N, "dead", 11, TUEPM),
     M(K, "12 orang", N, "dead", 12, TUEMID, src=SNS),
     M(K, "59 orang", N, "injured", 59, src=COE),
     M(K, "65 orang", N, "injured", 65, src=SNS),
     M(K, "10 orang", N, "missing", 10, WEDAM, fall=True),
     M(K, "Senin (14/8/2023)", D, "blast", "2023-08-14"),
     M(K, "sembilan bangunan", N, "bldg", 9),

     M(T, "32 orang", N, "dead", 32, SAT),
     M(T, "Sabtu (19/8/2023)", D, "count_sat", "2023-08-19"),
     M(T, "13 jenazah", N, "identified", 13, SAT),
     M(T, "11 jenazah", N, "handed", 11, SAT),
     M(T, "Rabu (16/8/2023)", D, "count_wed", "2023-08-16"),
     M(T, "27 orang", N, "dead", 27, WEDPM),
     M(T, "69 orang", N, "injured", 69, src=COE, planted=True),
     M(T, "12 orang", N, "hosp", 12, SAT, fall=True),
     M(T, "lima pasien", N, "burn", 5, SAT),
     M(T, "Senin (14/8/2023)", D, "blast", "2023-08-14"),
     M(T, "sekitar 800 ton", N, "debris", 800, qual="approx", cls="t"),

     M(A, "38", N, "dead", 38, SEP13),
     M(A, "Wednesday", D, "death38", "2023-09-13"),
     M(A, "Aug. 14", D, "blast", "2023-08-14"),
     M(A, "59 people", N, "injured", 59, src=COE),
     M(A, "10", N, "dead", 10, TUEAM),
     M(A, "27", N, "dead", 27, WEDPM),
     M(A, "Aug. 16", D, "count_wed", "2023-08-16"),
     M(A, "32", N, "dead", 32, SAT),
     M(A, "Aug. 19", D, "count_sat", "2023-08-19"),
     M(A, "13 of the bodies", N, "identified", 13, SAT),
     M(A, "11 people", N, "missing", 11, TUEAM, fall=True),
     M(A, "More than 500", N, "responders", 500, qual="morethan"),
    ]
    build("sancristobal-blast-2023", "The explosion in the old market district of San Cristóbal, Dominican Republic "
          "(Monday 14 August 2023, shortly after 3 p.m.): three dead on Monday evening, at least 10 on Tuesday morning "
          "(the minister of the presidency), 12 by the national health service at midday, the Emergency Operations "
          "Centre's official 11 on Tuesday night (revised down), 13 and 27 on Wednesday 16 August, 32 on Saturday 19 "
          "August, 38 on Wednesday 13 September; injured: the minister's more than 50, the health service's 65, the "
          "centre's 59; missing 11 then 10", False, ms, names)


def familycode():
    R, I, P, Q = "reuters-sep26", "antara-sep27", "ap-sep28", "kompas-sep29"
    # one announcement: the National Electoral Council's preliminary results, given on Monday 26 September 2022, of
    # the referendum of Sunday 25 September; every figure is the same in every report, several to a sentence.
    names = {
     "yes_pct": "yes share of valid ballots (%)", "no_pct": "no share of valid ballots (%)",
     "turnout_pct": "turnout (%)", "valid_pct": "valid ballots (% of ballots cast)",
     "turnout2019": "turnout in the 2019 constitutional referendum (%)",
     "yes": "yes votes", "no": "no votes", "voters": "people who voted", "registered": "registered voters",
     "valid": "valid ballots", "pending": "constituencies still to report", "hol_pending": "of them in Holguín",
     "hav_pending": "of them in Havana", "pending_prov": "provinces with constituencies still to report",
     "ext_prov": "provinces where voting was extended", "provinces": "provinces in all",
     "hours": "hours of the extension", "meetings": "consultation meetings", "drafts": "drafts of the code",
     # dates
     "vote": "day of the referendum", "announced": "day the preliminary results were given",
     "abroad": "day Cubans abroad voted", "assembly": "month the National Assembly approved the code",
     "cons_start": "first month of the consultation", "cons_end": "last month of the consultation",
     "const_ref": "year of the constitutional referendum",
    }
    ms = [
     M(R, "66.87%", N, "yes_pct", 66.87, cls="pct"),
     M(R, "Sunday", D, "vote", "2022-09-25"),
     M(R, "Monday", D, "announced", "2022-09-26"),
     M(R, "3,936,790", N, "yes", 3936790),
     M(R, "1,950,090", N, "no", 1950090),
     M(R, "33.13%", N, "no_pct", 33.13, cls="pct"),
     M(R, "74.01%", N, "turnout_pct", 74.01, cls="pct"),
     M(R, "6,251,786", N, "voters", 6251786),
     M(R, "8,447,467", N, "registered", 8447467),
     M(R, "5,892,705", N, "valid", 5892705),
     M(R, "94.25%", N, "valid_pct", 94.25, cls="pct"),
     M(R, "36 constituencies", N, "pending", 36),
     M(R, "24", N, "hol_pending", 24),
     M(R, "11", N, "hav_pending", 11),
     M(R, "eight", N, "ext_prov", 8),
     M(R, "15 provinces", N, "provinces", 15),
     M(R, "one hour", N, "hours", 1, cls="dur"),
     M(R, "Sept. 18", D, "abroad", "2022-09-18"),
     M(R, "July", D, "assembly", "2022-07"),
     M(R, "about 79,000", N, "meetings", 79000, qual="approx"),
     M(R, "February", D, "cons_start", "2022-02"),
     M(R, "April", D, "cons_end", "2022-04"),
     M(R, "84.4%", N, "turnout2019", 84.4, cls="pct"),
     M(R, "2019", D, "const_ref", "2019"),

     M(I, "Minggu (25/9/2022)", D, "vote", "2022-09-25"),
     M(I, "66,87 persen", N, "yes_pct", 66.87, cls="pct"),
     M(I, "Senin (26/9/2022)", D, "announced", "2022-09-26"),
     M(I, "3.936.790", N, "yes", 3936790),
     M(I, "1.950.090", N, "no", 1950090),
     M(I, "33,13 persen", N, "no_pct", 33.13, cls="pct"),
     M(I, "8.447.467", N, "registered", 8447467),
     M(I, "6.251.786", N, "voters", 6251786),
     M(I, "74,01 persen", N, "turnout_pct", 74.01, cls="pct"),
     M(I, "5.892.705", N, "valid", 5892705),
     M(I, "94,25 persen", N, "valid_pct", 94.25, cls="pct"),
     M(I, "36 daerah pemilihan", N, "pending", 36),
     M(I, "tiga provinsi", N, "pending_prov", 3),
     M(I, "delapan", N, "ext_prov", 8),
     M(I, "15 provinsi", N, "provinces", 15),
     M(I, "satu jam", N, "hours", 1, cls="dur"),
     M(I, "sekitar 79.000", N, "meetings", 79000, qual="approx"),
     M(I, "Februari", D, "cons_start", "2022-02"),
     M(I, "April", D, "cons_end", "2022-04"),
     M(I, "Juli", D, "assembly", "2022-07"),
     M(I, "2019", D, "const_ref", "2019"),
     M(I, "84,4 persen", N, "turnout2019", 84.4, cls="pct"),

     M(P, "Nearly 67%", N, "yes_pct", 67, qual="nearly", cls="pct"),
     M(P, "Sunday, Sept. 25", D, "vote", "2022-09-25"),
     M(P, "Monday", D, "announced", "2022-09-26"),
     M(P, "More than 3.9 million", N, "yes", 3900000, qual="morethan"),
     M(P, "some 1.95 million", N, "no", 1950000, qual="approx"),
     M(P, "About 74%", N, "turnout_pct", 74, qual="approx", cls="pct"),
     M(P, "8.4 million", N, "registered", 8400000, qual="approx"),
     M(P, "2019", D, "const_ref", "2019"),
     M(P, "84.4%", N, "turnout2019", 84.4, cls="pct"),
     M(P, "94.25%", N, "valid_pct", 94.25, cls="pct"),
     M(P, "6,251,786", N, "voters", 6251786),
     M(P, "36 constituencies", N, "pending", 36),
     M(P, "24", N, "hol_pending", 24),
     M(P, "one hour", N, "hours", 1, cls="dur"),
     M(P, "eight", N, "ext_prov", 8),
     M(P, "15 provinces", N, "provinces", 15),
     M(P, "25 drafts", N, "drafts", 25),
     M(P, "July", D, "assembly", "2022-07"),

     M(Q, "Hampir 67 persen", N, "yes_pct", 67, qual="nearly", cls="pct"),
     M(Q, "Minggu (25/9/2022)", D, "vote", "2022-09-25"),
     M(Q, "Senin (26/9/2022)", D, "announced", "2022-09-26"),
     M(Q, "3.936.790", N, "yes", 3936790),
     M(Q, "66,87 persen", N, "yes_pct", 66.87, cls="pct"),
     M(Q, "1.950.090", N, "no", 1950090),
     M(Q, "33,13 persen", N, "no_pct", 33.13, cls="pct"),
     M(Q, "sekitar 74 persen", N, "turnout_pct", 74, qual="approx", cls="pct"),
     M(Q, "6.251.786", N, "voters", 6251786),
     M(Q, "8.447.467", N, "registered", 8447467),
     M(Q, "94,25 persen", N, "valid_pct", 94.25, cls="pct"),
     M(Q, "36 daerah pemilihan", N, "pending", 36),
     M(Q, "24", N, "hol_pending", 24),
     M(Q, "11", N, "hav_pending", 11),
     M(Q, "18 September 2022", D, "abroad", "2022-09-18"),
     M(Q, "2019", D, "const_ref", "2019"),
     M(Q, "84,4 persen", N, "turnout2019", 84.4, cls="pct"),
    ]
    build("family-code-referendum-2022", "Cuba's National Electoral Council gives the preliminary results of the "
          "Family Code referendum (control) on Monday 26 September 2022, the day after the vote of Sunday 25 "
          "September: 3,936,790 yes (66.87% of valid ballots) and 1,950,090 no (33.13%), 6,251,786 of 8,447,467 "
          "registered voters (74.01%), 5,892,705 valid ballots (94.25%), 36 constituencies still to report (24 in "
          "Holguín, 11 in Havana), voting extended one hour in eight of 15 provinces, Cubans abroad voting on 18 "
          "September, the 2019 constitutional referendum's 84.4%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    cubana()
    sancristobal()
    familycode()
