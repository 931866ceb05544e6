"""The three-hundred-and-ninth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset309/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def strasbourg():
    K, R, T, A = "kompas-dec12", "reuters-dec13", "detik-dec17", "ap-jan4"
    # as-of times of the running tallies: Tuesday 11 December 2018 at night (the first count: 4 dead, 11 injured),
    # Wednesday 12 December (the prosecutor's count revised down to 2 dead, 12 injured; more than 350 in the hunt),
    # Thursday 13 December (3 dead; 720 in the hunt), Friday 14 December (4 dead), Sunday 16 December (5 dead), the
    # recap of 4 January 2019 (5 dead). The dead do not fall: the first night's 4 against Wednesday's 2 is a revision.
    TUEN, WED, THU, FRI, SUN, JAN4 = "2018-12-11n", "2018-12-12", "2018-12-13", "2018-12-14", "2018-12-16", "2019-01-04"
    names = {
     "dead": "people killed", "injured": "people injured", "serious": "people seriously injured",
     "hunt": "police and gendarmes in the manhunt", "convictions": "the gunman's convictions",
     "relatives": "relatives held for questioning", "officers": "officers who stopped the gunman",
     "age": "the gunman's age", "age_it": "the Italian journalist's age", "age_pl": "the fifth victim's age",
     "hours": "hours the gunman was on the run",
     # dates
     "attack": "day of the attack", "count_tue": "day of the first count", "hunt_wed": "day the manhunt was widened",
     "arrest_try": "day police tried to arrest the gunman", "asof_wed": "day the toll was revised",
     "death3": "day the third victim died", "asof_thu": "day of the count of 720 officers",
     "death4": "day the fourth victim died", "death5": "day the fifth victim died",
     "killed": "day the gunman was shot dead", "reopen": "day the market reopened",
    }
    ms = [
     M(K, "Selasa (11/12/2018)", D, "attack", "2018-12-11"),
     M(K, "Selasa malam", D, "count_tue", "2018-12-11"),
     M(K, "4 orang", N, "dead", 4, TUEN),
     M(K, "11 orang", N, "injured", 11, TUEN),
     M(K, "29 tahun", N, "age", 29, cls="age"),
     M(K, "27 kali", N, "convictions", 27),
     M(K, "Rabu pagi", D, "hunt_wed", "2018-12-12"),
     M(K, "lebih dari 350 polisi", N, "hunt", 350, WED, qual="morethan"),

     M(R, "Thursday", D, "death3", "2018-12-13"),
     M(R, "three", N, "dead", 3, THU),
     M(R, "more than 700 officers", N, "hunt", 700, THU, qual="morethan"),
     M(R, "Wednesday", D, "asof_wed", "2018-12-12"),
     M(R, "two dead", N, "dead", 2, WED),
     M(R, "12 people", N, "injured", 12, WED),
     M(R, "six of them", N, "serious", 6, WED),
     M(R, "four dead", N, "dead", 4, TUEN),
     M(R, "Tuesday night", D, "count_tue", "2018-12-11"),
     M(R, "29-year-old", N, "age", 29, cls="age"),
     M(R, "Tuesday", D, "attack", "2018-12-11", occ=2),
     M(R, "27 convictions", N, "convictions", 27),
     M(R, "Tuesday morning", D, "arrest_try", "2018-12-11"),
     M(R, "Thursday", D, "asof_thu", "2018-12-13", occ=2),
     M(R, "720 police officers", N, "hunt", 720, THU),
     M(R, "Four members", N, "relatives", 4, WED),

     M(T, "5 orang", N, "dead", 5, SUN),
     M(T, "Minggu (16/12/2018)", D, "death5", "2018-12-16"),
     M(T, "36 tahun", N, "age_pl", 36, cls="age"),
     M(T, "29 tahun", N, "age_it", 29, cls="age"),
     M(T, "4 orang", N, "dead", 4, FRI),
     M(T, "Jumat (14/12/2018)", D, "death4", "2018-12-14"),
     M(T, "Senin (10/12/2018)", D, "attack", "2018-12-10", planted=True),
     M(T, "sekitar 48 jam", N, "hours", 48, qual="approx", cls="dur"),
     M(T, "Kamis (13/12/2018)", D, "killed", "2018-12-13"),
     M(T, "tiga polisi", N, "officers", 3),

     M(A, "five people", N, "dead", 5, JAN4),
     M(A, "29", N, "age", 29, cls="age"),
     M(A, "Dec. 11", D, "attack", "2018-12-11"),
     M(A, "Dec. 13", D, "killed", "2018-12-13"),
     M(A, "about 48 hours", N, "hours", 48, qual="approx", cls="dur"),
     M(A, "three officers", N, "officers", 3),
     M(A, "Some 270 police officers", N, "hunt", 270, THU, qual="approx", planted=True),
     M(A, "Dec. 16", D, "death5", "2018-12-16"),
     M(A, "27 criminal convictions", N, "convictions", 27),
     M(A, "Dec. 14", D, "reopen", "2018-12-14"),
    ]
    build("strasbourg-market-2018", "The shooting at Strasbourg's Christmas market (Tuesday 11 December 2018, shortly "
          "before 20.00): the first count of 4 dead and 11 injured on Tuesday night, revised down on Wednesday 12 "
          "December to 2 dead (a third brain-dead) and 12 injured, six seriously; 3 dead on Thursday 13 December, 4 on "
          "Friday 14 December, 5 on Sunday 16 December; more than 350 then 720 police and gendarmes in the manhunt; the "
          "gunman Cherif Chekatt (29, 27 convictions) shot dead by police in Neudorf on Thursday 13 December; the market "
          "reopened on Friday 14 December", False, ms, names)


def loi_travail():
    K, R, T, A = "kompas-apr1", "reuters-may13", "detik-jun15", "ap-jul22"
    # crowd counts belong to the day of each march and are credited to their sources: the interior ministry against
    # the CGT union nationwide (31 March: 390,000 vs 1.2 million; 9 March: 224,000 vs 400,000-500,000), the police
    # against the organisers in Paris (31 March: 26,000-28,000 vs 160,000); on 14 June the police's Paris count and
    # the CGT's nationwide count are counts of different things. Votes and dates do not change with the day of the
    # report: the first 49.3 (Tuesday 10 May), the censure vote (Thursday 12 May, 246 of 288 needed), the Senate's
    # vote (28 June, 185-156), the second 49.3 (5 July), the third (Wednesday 20 July) and the final adoption
    # (Thursday 21 July) are different events.
    MIN, CGT, POL, ORG = "the interior ministry", "the CGT union", "the police", "the organisers"
    names = {
     "crowd31": "marchers nationwide on 31 March", "paris31": "marchers in Paris on 31 March",
     "crowd9": "marchers nationwide on 9 March", "paris14": "marchers in Paris on 14 June",
     "crowd14": "marchers nationwide on 14 June", "unemp": "unemployment rate (%)",
     "censure_yes": "votes for the censure motion", "needed": "votes needed to topple the government",
     "seats": "seats in the National Assembly", "article": "the constitution's article",
     "senate_yes": "senators voting for the bill", "senate_no": "senators voting against the bill",
     # dates
     "mar31": "day of the 31 March protests", "mar9": "day of the first protests", "cabinet": "day the cabinet adopted the bill",
     "censure": "day of the censure vote", "protest_may12": "day of a march in Paris in May",
     "invoke1": "day of the first use of 49.3", "jun14": "day of the 14 June march",
     "senate_debate": "day the Senate debate began", "final": "day of the final adoption",
     "invoke3": "day of the third use of 49.3", "invoke2": "day of the second use of 49.3",
     "senate_vote": "day of the Senate's vote",
    }
    ms = [
     M(K, "Kamis (31/3/2016)", D, "mar31", "2016-03-31"),
     M(K, "390.000 peserta", N, "crowd31", 390000, src=MIN),
     M(K, "1,2 juta orang", N, "crowd31", 1200000, src=CGT),
     M(K, "26.000 hingga 28.000 pengunjuk rasa", N, "paris31", 26000, src=POL),
     M(K, "160.000 orang", N, "paris31", 160000, src=ORG),
     M(K, "Rabu (9/3/2016)", D, "mar9", "2016-03-09"),
     M(K, "224.000 peserta", N, "crowd9", 224000, src=MIN),
     M(K, "400.000 hingga 500.000 orang", N, "crowd9", 400000, src=CGT),
     M(K, "Kamis (24/3/2016)", D, "cabinet", "2016-03-24"),
     M(K, "sekitar 10 persen", N, "unemp", 10, qual="approx", cls="pct"),

     M(R, "Thursday", D, "censure", "2016-05-12"),
     M(R, "Only 246 lawmakers", N, "censure_yes", 246),
     M(R, "288 votes", N, "needed", 288),
     M(R, "577-seat", N, "seats", 577),
     M(R, "49.3", N, "article", 49.3, cls="article"),
     M(R, "Tuesday", D, "invoke1", "2016-05-10"),
     M(R, "March 31", D, "mar31", "2016-03-31"),
     M(R, "390,000 marchers", N, "crowd31", 390000, src=MIN),
     M(R, "1.2 million", N, "crowd31", 1200000, src=CGT),
     M(R, "Thursday", D, "protest_may12", "2016-05-12", occ=2),
     M(R, "around 10 percent", N, "unemp", 10, qual="approx", cls="pct"),

     M(T, "Selasa (14/6/2016)", D, "jun14", "2016-06-14"),
     M(T, "75.000 hingga 80.000 orang", N, "paris14", 75000, src=POL),
     M(T, "1,3 juta peserta", N, "crowd14", 1300000, src=CGT),
     M(T, "Senin (13/6/2016)", D, "senate_debate", "2016-06-13"),
     M(T, "49.3", N, "article", 49.3, cls="article"),
     M(T, "Selasa (10/5/2016)", D, "invoke1", "2016-05-10"),
     M(T, "264 anggota parlemen", N, "censure_yes", 264, planted=True),
     M(T, "288 suara", N, "needed", 288),

     M(A, "Thursday", D, "final", "2016-07-21"),
     M(A, "Wednesday", D, "invoke3", "2016-07-20"),
     M(A, "May 11", D, "invoke1", "2016-05-11", planted=True),
     M(A, "July 5", D, "invoke2", "2016-07-05"),
     M(A, "246 votes", N, "censure_yes", 246),
     M(A, "288 needed", N, "needed", 288),
     M(A, "June 28", D, "senate_vote", "2016-06-28"),
     M(A, "185 votes", N, "senate_yes", 185),
     M(A, "156", N, "senate_no", 156),
     M(A, "March 31", D, "mar31", "2016-03-31"),
     M(A, "390,000 protesters", N, "crowd31", 390000, src=MIN),
     M(A, "1.2 million", N, "crowd31", 1200000, src=CGT),
    ]
    build("loi-travail-2016", "France's labour law of 2016 (the El Khomri law) in stages: the marches of 9 March (interior "
          "ministry 224,000, unions 400,000-500,000) and 31 March 2016 (ministry 390,000, CGT 1.2 million; Paris police "
          "26,000-28,000, organisers 160,000); the cabinet's adoption on 24 March; the first use of article 49.3 on "
          "Tuesday 10 May; the censure motion of Thursday 12 May (246 votes, 288 needed); the Paris march of 14 June "
          "(police 75,000-80,000 in Paris, CGT 1.3 million nationwide); the Senate's vote of 28 June (185-156); the "
          "second and third uses of 49.3 on 5 and 20 July; the final adoption on Thursday 21 July 2016", False, ms, names)


def relance():
    R, K, B, A = "reuters-sep3", "kompas-sep4", "bisnis-sep5", "ap-sep7"
    names = {
     "total": "the plan's size", "period": "years the plan is spent over", "taxspan": "years of the tax cut's total",
     "eu": "EU funding", "eco": "the green transition's share", "comp": "competitiveness's share",
     "coh": "cohesion's share", "taxcut": "production tax cut a year", "taxcut2": "production tax cut over two years",
     "jobs": "jobs expected", "reno": "building renovation", "rail": "railways", "hydro": "hydrogen by 2022",
     "hydro30": "hydrogen by 2030", "gdp": "the economy's contraction this year (%)",
     # dates
     "announce": "day the plan was presented", "taxstart": "first year of the tax cut", "jobsyear": "year of the jobs",
     "hydro_end": "end of the hydrogen spending", "y2030": "hydrogen horizon", "recover": "year of the return to the pre-crisis level",
    }
    E = "eur"
    ms = [
     M(R, "100 billion euro", N, "total", 100, cls=E),
     M(R, "Thursday", D, "announce", "2020-09-03"),
     M(R, "two years", N, "period", 2, cls="dur"),
     M(R, "40 billion euros", N, "eu", 40, cls=E),
     M(R, "30 billion euros", N, "eco", 30, cls=E),
     M(R, "34 billion euros", N, "comp", 34, cls=E),
     M(R, "36 billion euros", N, "coh", 36, cls=E),
     M(R, "10 billion euros", N, "taxcut", 10, cls=E),
     M(R, "2021", D, "taxstart", "2021"),
     M(R, "20 billion euros", N, "taxcut2", 20, cls=E),
     M(R, "two years", N, "taxspan", 2, cls="dur", occ=2),
     M(R, "160,000 jobs", N, "jobs", 160000),
     M(R, "2021", D, "jobsyear", "2021", occ=2),
     M(R, "6.7 billion euros", N, "reno", 6.7, cls=E),
     M(R, "4.7 billion euros", N, "rail", 4.7, cls=E),
     M(R, "Two billion euros", N, "hydro", 2, cls=E),
     M(R, "2022", D, "hydro_end", "2022"),
     M(R, "7 billion euros", N, "hydro30", 7, cls=E),
     M(R, "2030", D, "y2030", "2030"),
     M(R, "11%", N, "gdp", 11, cls="pct"),
     M(R, "2022", D, "recover", "2022", occ=2),

     M(K, "100 miliar euro", N, "total", 100, cls=E),
     M(K, "Kamis (3/9/2020)", D, "announce", "2020-09-03"),
     M(K, "dua tahun", N, "period", 2, cls="dur"),
     M(K, "40 miliar euro", N, "eu", 40, cls=E),
     M(K, "30 miliar euro", N, "eco", 30, cls=E),
     M(K, "34 miliar euro", N, "comp", 34, cls=E),
     M(K, "36 miliar euro", N, "coh", 36, cls=E),
     M(K, "10 miliar euro", N, "taxcut", 10, cls=E),
     M(K, "2021", D, "taxstart", "2021"),
     M(K, "160.000 lapangan kerja", N, "jobs", 160000),
     M(K, "2021", D, "jobsyear", "2021", occ=2),
     M(K, "6,7 miliar euro", N, "reno", 6.7, cls=E),
     M(K, "4,7 miliar euro", N, "rail", 4.7, cls=E),
     M(K, "2 miliar euro", N, "hydro", 2, cls=E),
     M(K, "2022", D, "hydro_end", "2022"),
     M(K, "7 miliar euro", N, "hydro30", 7, cls=E),
     M(K, "2030", D, "y2030", "2030"),
     M(K, "11 persen", N, "gdp", 11, cls="pct"),
     M(K, "2022", D, "recover", "2022", occ=2),

     M(B, "100 miliar euro", N, "total", 100, cls=E),
     M(B, "Kamis (3/9/2020)", D, "announce", "2020-09-03"),
     M(B, "20 miliar euro", N, "taxcut2", 20, cls=E),
     M(B, "dua tahun", N, "taxspan", 2, cls="dur"),
     M(B, "10 miliar euro", N, "taxcut", 10, cls=E),
     M(B, "2021", D, "taxstart", "2021"),
     M(B, "40 miliar euro", N, "eu", 40, cls=E),
     M(B, "36 miliar euro", N, "coh", 36, cls=E),
     M(B, "34 miliar euro", N, "comp", 34, cls=E),
     M(B, "30 miliar euro", N, "eco", 30, cls=E),
     M(B, "160.000 lapangan kerja", N, "jobs", 160000),
     M(B, "2021", D, "jobsyear", "2021", occ=2),
     M(B, "6,7 miliar euro", N, "reno", 6.7, cls=E),
     M(B, "4,7 miliar euro", N, "rail", 4.7, cls=E),
     M(B, "2 miliar euro", N, "hydro", 2, cls=E),
     M(B, "2022", D, "hydro_end", "2022"),
     M(B, "7 miliar euro", N, "hydro30", 7, cls=E),
     M(B, "2030", D, "y2030", "2030"),
     M(B, "11 persen", N, "gdp", 11, cls="pct"),
     M(B, "2022", D, "recover", "2022", occ=2),

     M(A, "100 billion-euro", N, "total", 100, cls=E),
     M(A, "Thursday", D, "announce", "2020-09-03"),
     M(A, "two years", N, "period", 2, cls="dur"),
     M(A, "40 billion euros", N, "eu", 40, cls=E),
     M(A, "30 billion euros", N, "eco", 30, cls=E),
     M(A, "34 billion euros", N, "comp", 34, cls=E),
     M(A, "36 billion euros", N, "coh", 36, cls=E),
     M(A, "10 billion euros", N, "taxcut", 10, cls=E),
     M(A, "2021", D, "taxstart", "2021"),
     M(A, "160,000 jobs", N, "jobs", 160000),
     M(A, "6.7 billion euros", N, "reno", 6.7, cls=E),
     M(A, "4.7 billion euros", N, "rail", 4.7, cls=E),
     M(A, "2 billion euros", N, "hydro", 2, cls=E),
     M(A, "2022", D, "hydro_end", "2022"),
     M(A, "7 billion euros", N, "hydro30", 7, cls=E),
     M(A, "2030", D, "y2030", "2030"),
     M(A, "11%", N, "gdp", 11, cls="pct"),
     M(A, "2022", D, "recover", "2022", occ=2),
    ]
    build("france-relance-2020", "France's recovery plan France Relance (control), presented by the prime minister on "
          "Thursday 3 September 2020: 100 billion euros over two years, 40 billion from the EU; 30 billion for the green "
          "transition, 34 billion for competitiveness, 36 billion for cohesion; production taxes cut by 10 billion euros "
          "a year from 2021 (20 billion over two years); 160,000 jobs expected in 2021; 6.7 billion for building "
          "renovation, 4.7 billion for the railways, 2 billion for hydrogen by 2022 out of 7 billion by 2030; an 11% "
          "contraction forecast for 2020, the pre-crisis level in 2022. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    strasbourg()
    loi_travail()
    relance()
