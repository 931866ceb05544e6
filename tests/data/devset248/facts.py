"""The two-hundred-and-forty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset248/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def genz():
    K, R, T, A = "kompas-sep9", "reuters-sep12", "detik-sep15", "ap-oct6"
    # as-of times of the running tallies: Monday 8 September 2025 (the day of the shootings: 19 dead, 17 of them in
    # Kathmandu and two in Itahari, more than 300 injured), Thursday 11 September (34 dead), Friday 12 September (51
    # dead, three of them police officers, more than 1,300 injured, more than 13,500 inmates escaped), Sunday 14
    # September (72 dead: 59 protesters, 10 prisoners, 3 police; more than 2,100 injured) and the government's figures
    # as recalled on 6 October. The dead, the injured and the escaped inmates do not fall.
    MON, THU, FRI, SUN, OCT6 = "2025-09-08", "2025-09-11", "2025-09-12", "2025-09-14", "2025-10-06"
    # Dates: the ban from Thursday 4 September, the shootings on Monday 8 September, the home minister's resignation
    # that night, the prime minister's resignation on Tuesday 9 September, the army taking charge on Tuesday night,
    # the interim prime minister's oath on Friday 12 September and the election set for 5 March 2026 are different
    # events (same-day events are not_conflict).
    names = {
     "dead": "people killed in the unrest", "dead_ktm": "dead in Kathmandu on Monday",
     "dead_itahari": "dead in Itahari on Monday", "dead_protesters": "protesters killed",
     "dead_prisoners": "prisoners killed", "dead_police": "police officers killed", "injured": "people injured",
     "platforms": "social media platforms banned", "escaped": "inmates who escaped from prisons",
     # dates
     "protest": "day of the shootings at parliament", "ban": "day the ban took effect",
     "lekhak": "day the home minister resigned", "oli": "day the prime minister resigned",
     "army": "day the army took charge of security", "karki": "day the interim prime minister was sworn in",
     "election": "day of the election", "asof_thu": "day of the count of 34", "asof_fri": "day of the count of 51",
     "asof_sun": "day of the count of 72",
    }
    ms = [
     M(K, "Sedikitnya 19 orang", N, "dead", 19, MON, qual="atleast"),
     M(K, "Senin (8/9/2025)", D, "protest", "2025-09-08"),
     M(K, "17 korban", N, "dead_ktm", 17, MON),
     M(K, "dua lainnya", N, "dead_itahari", 2, MON),
     M(K, "Lebih dari 300 orang", N, "injured", 300, MON, qual="morethan"),
     M(K, "26 platform", N, "platforms", 26),
     M(K, "Kamis (4/9/2025)", D, "ban", "2025-09-04"),
     M(K, "Senin malam", D, "lekhak", "2025-09-08"),

     M(R, "51", N, "dead", 51, FRI),
     M(R, "Friday", D, "asof_fri", "2025-09-12"),
     M(R, "three police officers", N, "dead_police", 3, FRI),
     M(R, "34", N, "dead", 34, THU),
     M(R, "Thursday", D, "asof_thu", "2025-09-11"),
     M(R, "more than 1,300 people", N, "injured", 1300, FRI, qual="morethan"),
     M(R, "Nineteen protesters", N, "dead", 19, MON, also={"dead_protesters": 19}),
     M(R, "Monday, Sept. 8", D, "protest", "2025-09-08"),
     M(R, "Tuesday", D, "oli", "2025-09-09"),
     M(R, "Tuesday night", D, "army", "2025-09-09"),
     M(R, "more than 13,500 inmates", N, "escaped", 13500, FRI, qual="morethan"),
     M(R, "later on Friday", D, "karki", "2025-09-12"),

     M(T, "72 orang", N, "dead", 72, SUN),
     M(T, "Minggu (14/9/2025)", D, "asof_sun", "2025-09-14"),
     M(T, "59 pengunjuk rasa", N, "dead_protesters", 59, SUN),
     M(T, "10 narapidana", N, "dead_prisoners", 10, SUN),
     M(T, "3 polisi", N, "dead_police", 3, SUN),
     M(T, "lebih dari 2.100 orang", N, "injured", 2100, SUN, qual="morethan"),
     M(T, "Kamis (11/9/2025)", D, "karki", "2025-09-11", planted=True),
     M(T, "5 Maret 2026", D, "election", "2026-03-05"),
     M(T, "Senin (8/9/2025)", D, "protest", "2025-09-08"),
     M(T, "26 platform", N, "platforms", 26),
     M(T, "Selasa (9/9/2025)", D, "oli", "2025-09-09"),

     M(A, "March 5", D, "election", "2026-03-05"),
     M(A, "Sept. 8", D, "protest", "2025-09-08"),
     M(A, "26 social media platforms", N, "platforms", 26),
     M(A, "at least 72 people", N, "dead", 72, OCT6, qual="atleast"),
     M(A, "more than 2,100", N, "injured", 2100, OCT6, qual="morethan"),
     M(A, "Sept. 10", D, "oli", "2025-09-10", planted=True),
     M(A, "Sept. 12", D, "karki", "2025-09-12"),
     M(A, "more than 13,500 inmates", N, "escaped", 13500, OCT6, qual="morethan"),
    ]
    build("nepal-genz-protests-2025", "The youth-led ('Gen Z') protests in Nepal (September 2025): the ban on 26 social "
          "media platforms from Thursday 4 September 2025; police fire on protesters at parliament on Monday 8 September "
          "(19 dead: 17 in Kathmandu, 2 in Itahari; more than 300 injured) and the home minister Ramesh Lekhak's "
          "resignation that night; the prime minister KP Sharma Oli's resignation on Tuesday 9 September; the toll "
          "rising to 34 on Thursday 11 September, 51 on Friday 12 September and 72 on Sunday 14 September (59 "
          "protesters, 10 prisoners, 3 police); more than 13,500 inmates escaped; Sushila Karki sworn in as interim "
          "prime minister on Friday 12 September, parliament dissolved, elections set for 5 March 2026", False, ms, names)


def baldia():
    T, R, K, A = "tempo-sep12", "reuters-sep13", "kompas-sep20", "ap-sep22"
    # as-of times of the running tallies: Wednesday 12 September 2012 at midday (at least 240 dead in Karachi, 25 in
    # Lahore, at least 265 in both fires), late on Wednesday (289 in Karachi, 314 in both), the Sindh government's
    # revision of Wednesday 19 September (259 in Karachi, 284 in both: some bodies had been counted twice) and the
    # final count as recalled at the verdict of 22 September 2020. The revision down is a real discrepancy against the
    # earlier counts (revision). The workers inside the factory: the police's estimate of about 400 against the
    # unions' more than 600 (sources).
    MID, LATE, REV, V2020 = "2012-09-12a", "2012-09-12b", "2012-09-19", "2020-09-22"
    POLICE, UNIONS = "the police", "the labour unions"
    names = {
     "dead_khi": "people killed in the Karachi factory fire", "dead_lhr": "people killed in the Lahore factory fire",
     "dead_both": "people killed in the two fires", "inside": "workers inside the factory when the fire began",
     "to_death": "men sentenced to death", "life": "gatekeepers sentenced to life", "acquitted": "defendants acquitted",
     "extortion": "extortion demanded (rupees)", "extortion_usd": "the extortion demand in dollars",
     "kik": "compensation agreed by the buyer (dollars)", "years": "years from the fire to the verdict",
     # dates
     "fire": "day of the Karachi fire", "fire_lhr": "day of the Lahore fire", "asof_wed": "day of the counts of 240 and 289",
     "controlled": "day the Karachi fire was brought under control", "rev": "day of the revised count",
     "verdict": "day of the verdict", "jit": "year of the joint investigation's finding",
     "kik_deal": "year of the compensation deal",
    }
    ms = [
     M(T, "Sedikitnya 240 orang", N, "dead_khi", 240, MID, qual="atleast"),
     M(T, "Rabu (12/9/2012)", D, "asof_wed", "2012-09-12"),
     M(T, "Selasa (11/9/2012)", D, "fire", "2012-09-11"),
     M(T, "sekitar 400 pekerja", N, "inside", 400, qual="approx", src=POLICE),
     M(T, "lebih dari 600 orang", N, "inside", 600, qual="morethan", src=UNIONS),
     M(T, "25 orang", N, "dead_lhr", 25, MID),
     M(T, "sedikitnya 265 orang", N, "dead_both", 265, MID, qual="atleast"),

     M(R, "289", N, "dead_khi", 289, LATE),
     M(R, "Wednesday", D, "asof_wed", "2012-09-12"),
     M(R, "25 people", N, "dead_lhr", 25, LATE),
     M(R, "Tuesday evening", D, "fire_lhr", "2012-09-11"),
     M(R, "314 people", N, "dead_both", 314, LATE),
     M(R, "about 400 people", N, "inside", 400, qual="approx", src=POLICE),
     M(R, "more than 600", N, "inside", 600, qual="morethan", src=UNIONS),
     M(R, "Tuesday evening", D, "fire", "2012-09-11", occ=2),
     M(R, "Wednesday afternoon", D, "controlled", "2012-09-12"),

     M(K, "259 orang", N, "dead_khi", 259, REV),
     M(K, "Rabu (19/9/2012)", D, "rev", "2012-09-19"),
     M(K, "298 orang", N, "dead_khi", 298, LATE, planted=True),
     M(K, "284 orang", N, "dead_both", 284, REV),
     M(K, "259 di Karachi", N, "dead_khi", 259, REV),
     M(K, "25", N, "dead_lhr", 25, REV),
     M(K, "Selasa (11/9/2012)", D, "fire", "2012-09-11"),

     M(A, "Tuesday", D, "verdict", "2020-09-22"),
     M(A, "two men", N, "to_death", 2),
     M(A, "2012", D, "fire", "2012"),
     M(A, "259 workers", N, "dead_khi", 259, V2020),
     M(A, "200 million rupees", N, "extortion", 200, cls="rupees"),
     M(A, "about $2 million", N, "extortion_usd", 2, qual="approx", cls="usd"),
     M(A, "Four gatekeepers", N, "life", 4),
     M(A, "four other defendants", N, "acquitted", 4),
     M(A, "Sept. 11, 2012", D, "fire", "2012-09-11"),
     M(A, "2016", D, "jit", "2016"),
     M(A, "eight years", N, "years", 8, cls="dur"),
     M(A, "2016", D, "kik_deal", "2016", occ=2),
     M(A, "$5.15 million", N, "kik", 5.15, cls="usd"),
    ]
    build("baldia-factory-fire-2012", "The fire at the Ali Enterprises garment factory in Baldia Town, Karachi (Tuesday "
          "11 September 2012, evening), and a shoe-factory fire in Lahore the same evening (25 dead): the Karachi toll "
          "rising from at least 240 at midday on Wednesday 12 September to 289 late that day (314 in both fires), then "
          "revised down by the Sindh government to 259 on Wednesday 19 September (284 in both); the police's estimate "
          "of about 400 workers inside against the unions' more than 600; the anti-terrorism court's verdict of Tuesday "
          "22 September 2020 (two sentenced to death, four gatekeepers to life, four acquitted; a 200 million rupee "
          "extortion demand), the joint investigation team's finding of 2016 and the buyer's $5.15 million deal of "
          "2016", False, ms, names)


def census():
    P, AN, X, K = "himalayantimes-jan26", "antara-jan27", "xinhua-jan28", "kompas-jan29"
    names = {
     "pop": "Nepal's resident population in 2021", "pop2011": "Nepal's population in 2011",
     "increase": "population increase since 2011", "increase_pct": "population increase since 2011 (%)",
     "growth": "average annual growth rate 2011-2021 (%)", "growth_prev": "average annual growth rate 2001-2011 (%)",
     "female": "women counted", "male": "men counted", "households": "households counted",
     "abroad": "Nepalis living abroad", "provinces": "provinces",
     # dates
     "release": "day the preliminary results were released", "census": "the 2021 census count",
     "c2011": "the 2011 census", "federal": "year of the federal structure", "dateline": "the dispatch's dateline",
    }
    ms = [
     M(P, "29,192,480", N, "pop", 29192480),
     M(P, "2021", D, "census", "2021"),
     M(P, "Wednesday", D, "release", "2022-01-26"),
     M(P, "2,697,976", N, "increase", 2697976),
     M(P, "26,494,504", N, "pop2011", 26494504),
     M(P, "2011", D, "c2011", "2011"),
     M(P, "10.18 percent", N, "increase_pct", 10.18, cls="pct"),
     M(P, "0.93 percent", N, "growth", 0.93, cls="pct"),
     M(P, "1.35 percent", N, "growth_prev", 1.35, cls="pct"),
     M(P, "14,938,929 females", N, "female", 14938929),
     M(P, "14,253,551 males", N, "male", 14253551),
     M(P, "6,666,937 households", N, "households", 6666937),
     M(P, "2,169,478", N, "abroad", 2169478),
     M(P, "November 2021", D, "census", "2021-11"),

     M(AN, "29.192.480 jiwa", N, "pop", 29192480),
     M(AN, "2021", D, "census", "2021"),
     M(AN, "Rabu (26/1/2022)", D, "release", "2022-01-26"),
     M(AN, "2.697.976 jiwa", N, "increase", 2697976),
     M(AN, "10,18 persen", N, "increase_pct", 10.18, cls="pct"),
     M(AN, "26.494.504 jiwa", N, "pop2011", 26494504),
     M(AN, "2011", D, "c2011", "2011"),
     M(AN, "0,93 persen", N, "growth", 0.93, cls="pct"),
     M(AN, "1,35 persen", N, "growth_prev", 1.35, cls="pct"),
     M(AN, "14.938.929 jiwa", N, "female", 14938929),
     M(AN, "14.253.551 jiwa", N, "male", 14253551),
     M(AN, "6.666.937 rumah tangga", N, "households", 6666937),
     M(AN, "2.169.478 warga", N, "abroad", 2169478),
     M(AN, "November 2021", D, "census", "2021-11"),

     M(X, "Jan. 28", D, "dateline", "2022-01-28"),
     M(X, "0.93 percent", N, "growth", 0.93, cls="pct"),
     M(X, "about 29.2 million", N, "pop", 29200000, qual="approx"),
     M(X, "Jan. 26", D, "release", "2022-01-26"),
     M(X, "29,192,480 residents", N, "pop", 29192480),
     M(X, "26,494,504", N, "pop2011", 26494504),
     M(X, "2011", D, "c2011", "2011"),
     M(X, "nearly 2.7 million", N, "increase", 2700000, qual="nearly"),
     M(X, "10.18 percent", N, "increase_pct", 10.18, cls="pct"),
     M(X, "1.35 percent", N, "growth_prev", 1.35, cls="pct"),
     M(X, "14,253,551 men", N, "male", 14253551),
     M(X, "14,938,929 women", N, "female", 14938929),
     M(X, "6,666,937 households", N, "households", 6666937),
     M(X, "Some 2.17 million", N, "abroad", 2170000, qual="approx"),
     M(X, "November 2021", D, "census", "2021-11"),
     M(X, "seven provinces", N, "provinces", 7),
     M(X, "2015", D, "federal", "2015"),

     M(K, "sekitar 29,2 juta jiwa", N, "pop", 29200000, qual="approx"),
     M(K, "29.192.480 jiwa", N, "pop", 29192480),
     M(K, "2021", D, "census", "2021"),
     M(K, "Rabu (26/1/2022)", D, "release", "2022-01-26"),
     M(K, "0,93 persen", N, "growth", 0.93, cls="pct"),
     M(K, "2011", D, "c2011", "2011"),
     M(K, "26.494.504 jiwa", N, "pop2011", 26494504),
     M(K, "hampir 2,7 juta jiwa", N, "increase", 2700000, qual="nearly"),
     M(K, "10,18 persen", N, "increase_pct", 10.18, cls="pct"),
     M(K, "1,35 persen", N, "growth_prev", 1.35, cls="pct"),
     M(K, "14.938.929 perempuan", N, "female", 14938929),
     M(K, "14.253.551 laki-laki", N, "male", 14253551),
     M(K, "6.666.937 rumah tangga", N, "households", 6666937),
     M(K, "Sekitar 2,17 juta", N, "abroad", 2170000, qual="approx"),
     M(K, "November 2021", D, "census", "2021-11"),
     M(K, "tujuh provinsi", N, "provinces", 7),
     M(K, "2015", D, "federal", "2015"),
    ]
    build("nepal-census-2021", "Nepal's 2021 census, preliminary results (control), released by the Central Bureau of "
          "Statistics on Wednesday 26 January 2022: 29,192,480 residents (14,253,551 men, 14,938,929 women) in "
          "6,666,937 households, up 2,697,976 or 10.18% from 26,494,504 in 2011, an average annual growth of 0.93% "
          "(1.35% in the decade before), 2,169,478 citizens abroad; the count in November 2021, the first since the "
          "federal structure of seven provinces of 2015. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    genz()
    baldia()
    census()
