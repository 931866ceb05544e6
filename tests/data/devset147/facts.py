"""The hundred-and-forty-seventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset147/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kiss():
    AP, K, T, R, DT = "ap-jan27", "kompas-jan28", "tempo-feb01", "reuters-feb05", "detik-dec11"
    # the toll: 245 given by the police on Sunday morning, lowered after a recount of the bodies to 232 the same
    # day and to 231 (the city's health office) on Monday, then rising as the injured died in hospital: 236 by
    # Friday 1 February, 238 by Tuesday 5 February, 242 in the final count (the trial of December 2021). The
    # as-of times of Sunday carry the hour so the morning's 245 sorts before the 232 of midday. People in
    # hospital fall as patients are discharged (fall=True); the toll does not, so the lower counts are revisions.
    SUN_AM, SUN_PM, MON, FEB01, FEB05, FINAL = ("2013-01-27 08:00", "2013-01-27 13:00", "2013-01-28",
                                                "2013-02-01", "2013-02-05", "2021-12-10")
    POLICE, FIRE = "the police", "the firefighters"
    names = {
     "toll": "people killed in the fire", "crowd": "people inside the club", "capacity": "the club's capacity",
     "hosp": "injured people in hospital", "hosp_sm": "injured people in hospital in Santa Maria",
     "transferred": "patients moved to hospitals in other cities", "detained": "people detained",
     "owners": "club owners detained", "band": "band members detained", "mourning": "days of national mourning",
     "niteroi_deaths": "deaths in the 1961 circus fire", "population": "Santa Maria's population",
     "distance": "distance from Santa Maria to Porto Alegre", "exits": "usable exits",
     "extension": "days the detention was extended", "defendants": "defendants sentenced",
     "s_spohr": "Spohr's sentence", "s_hoffmann": "Hoffmann's sentence", "s_band": "each band member's sentence",
     "injured": "people injured (final count)", "trial_days": "length of the trial", "wait": "years of waiting",
     # dates
     "fire": "day of the fire", "day231": "day of the count of 231", "day236": "day of the count of 236",
     "day238": "day of the count of 238", "student": "day a student died in hospital in Porto Alegre",
     "permit": "month the club's safety permit expired", "niteroi": "year of the circus fire",
     "verdict": "day of the verdict", "trial_start": "day the trial began",
    }
    ms = [
     M(AP, "Sunday", D, "fire", "2013-01-27"),
     M(AP, "232 people", N, "toll", 232, SUN_PM),
     M(AP, "245", N, "toll", 245, SUN_AM),
     M(AP, "about 900 people", N, "crowd", 900, qual="approx", src=POLICE),
     M(AP, "117 people", N, "hosp", 117, SUN_PM, fall=True),
     M(AP, "three days", N, "mourning", 3, cls="dur"),
     M(AP, "1961", D, "niteroi", "1961"),
     M(AP, "more than 500 people", N, "niteroi_deaths", 500, qual="morethan"),
     M(AP, "about 260,000 people", N, "population", 260000, qual="approx"),
     M(AP, "some 300 kilometers", N, "distance", 300, qual="approx", cls="km"),

     M(K, "231 orang", N, "toll", 231, MON),
     M(K, "Senin (28/1/2013)", D, "day231", "2013-01-28"),
     M(K, "245 korban", N, "toll", 245, SUN_AM),
     M(K, "Minggu (27/1/2013)", D, "fire", "2013-01-27"),
     M(K, "sekitar 1.000 orang", N, "capacity", 1000, qual="approx"),
     M(K, "sekitar 1.500 pengunjung", N, "crowd", 1500, qual="approx", src=FIRE),
     M(K, "empat orang", N, "detained", 4),
     M(K, "dua pemilik kelab", N, "owners", 2),
     M(K, "79 korban luka", N, "hosp_sm", 79, MON, fall=True),
     M(K, "65 pasien", N, "transferred", 65, MON),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "1961", D, "niteroi", "1961"),
     M(K, "lebih dari 500 orang", N, "niteroi_deaths", 500, qual="morethan"),

     M(T, "236 orang", N, "toll", 236, FEB01),
     M(T, "Jumat (1/2/2013)", D, "day236", "2013-02-01"),
     M(T, "Kamis (31/1/2013)", D, "student", "2013-01-31"),
     M(T, "245 orang", N, "toll", 245, SUN_AM),
     M(T, "231", N, "toll", 231, MON),
     M(T, "Minggu (27/1/2013)", D, "fire", "2013-01-27"),
     M(T, "lebih dari 100 korban", N, "hosp", 100, FEB01, qual="morethan", fall=True),
     M(T, "Empat tersangka", N, "detained", 4),
     M(T, "dua pemilik kelab", N, "owners", 2),
     M(T, "dua anggota band", N, "band", 2),
     M(T, "satu pintu keluar", N, "exits", 1),

     M(R, "238", N, "toll", 238, FEB05),
     M(R, "Tuesday", D, "day238", "2013-02-05"),
     M(R, "Eighty-one people", N, "hosp", 81, FEB05, fall=True),
     M(R, "Jan. 27", D, "fire", "2013-01-27"),
     M(R, "two owners", N, "owners", 2),
     M(R, "two members", N, "band", 2),
     M(R, "30 days", N, "extension", 30, cls="dur"),
     M(R, "one usable exit", N, "exits", 1),
     M(R, "August", D, "permit", "2012-08"),
     M(R, "245", N, "toll", 245, SUN_AM),
     M(R, "231", N, "toll", 231, MON),
     M(R, "about 900", N, "crowd", 900, qual="approx", src=POLICE),
     M(R, "1,500", N, "crowd", 1500, src=FIRE),
     M(R, "1961", D, "niteroi", "1961"),

     M(DT, "empat terdakwa", N, "defendants", 4),
     M(DT, "Jumat (10/12/2021)", D, "verdict", "2021-12-10"),
     M(DT, "22 tahun 6 bulan", N, "s_spohr", 22.5, cls="sentence"),
     M(DT, "19 tahun 6 bulan", N, "s_hoffmann", 19.5, cls="sentence"),
     M(DT, "18 tahun", N, "s_band", 18, cls="sentence"),
     M(DT, "242 orang", N, "toll", 242, FINAL),
     M(DT, "636 orang", N, "injured", 636),
     M(DT, "26 Januari 2013", D, "fire", "2013-01-26", planted=True),
     M(DT, "Rabu (1/12/2021)", D, "trial_start", "2021-12-01"),
     M(DT, "sepuluh hari", N, "trial_days", 10, cls="dur"),
     M(DT, "hampir sembilan tahun", N, "wait", 9, qual="nearly", cls="dur"),
     M(DT, "1961", D, "niteroi", "1961"),
    ]
    build("kiss-fire-2013", "The Kiss nightclub fire in Santa Maria, southern Brazil (early on Sunday 27 January "
          "2013): the toll of 245 given by the police on Sunday morning lowered after a recount to 232 the same day "
          "and to 231 on Monday 28 January, then rising as the injured died in hospital to 236 by Friday 1 February "
          "and 238 by Tuesday 5 February, 242 dead and 636 injured in the final count; the crowd inside put at about "
          "900 by the police and at 1,500 by the firefighters; four people detained on Monday 28 January, their "
          "detention extended by 30 days; the four sentenced on Friday 10 December 2021 after a trial that began on "
          "Wednesday 1 December", False, ms, names)


def rousseff():
    R, K, A, AP, T = "reuters-apr18", "kompas-may12", "antara-aug11", "ap-aug31", "tempo-sep01"
    # three votes of two bodies on different days: the Chamber of Deputies on Sunday 17 April 2016 (367-137), the
    # Senate's opening of the trial on Thursday 12 May (55-22), its indictment early on Wednesday 10 August (59-21)
    # and its verdict on Wednesday 31 August (61-20; the ban from office 42-36). Votes, thresholds and seats are one
    # unit class; none of them changes with the day of the report.
    names = {
     "ch_ayes": "deputies voting to impeach", "ch_noes": "deputies voting against", "ch_needed": "votes needed in the Chamber",
     "ch_seats": "seats in the Chamber", "ch_abst": "deputies abstaining", "ch_absent": "deputies absent",
     "sen_seats": "seats in the Senate", "s1_ayes": "senators voting to open the trial",
     "s1_noes": "senators voting against opening the trial", "s1_needed": "votes needed to open the trial",
     "s2_ayes": "senators voting to indict", "s2_noes": "senators voting against the indictment",
     "fin_ayes": "senators voting to remove her", "fin_noes": "senators voting against removal",
     "fin_needed": "votes needed to remove her", "ban_ayes": "senators voting for the ban",
     "ban_noes": "senators voting against the ban", "ban_abst": "senators abstaining on the ban",
     "suspension": "longest suspension (days)", "s1_hours": "length of the May session",
     "s2_hours": "length of the August debate", "ban_years": "length of the proposed ban",
     "pt_years": "years of Workers' Party rule", "temer_age": "Temer's age", "rousseff_age": "Rousseff's age",
     "share": "Rousseff's share in 2014",
     # dates
     "ch_vote": "day of the Chamber's vote", "s1_vote": "day the Senate opened the trial",
     "s2_vote": "day the Senate indicted her", "debate_start": "day the indictment debate began",
     "trial_start": "day the final trial began", "testimony": "day Rousseff testified",
     "fin_vote": "day of the Senate's verdict", "reelection": "Rousseff's re-election",
     "took_office": "year Rousseff took office", "collor": "year of Collor's impeachment", "term_end": "end of the term",
    }
    V, DUR, AGE = "votes", "dur", "age"
    ms = [
     M(R, "Sunday", D, "ch_vote", "2016-04-17"),
     M(R, "367 votes", N, "ch_ayes", 367, cls=V),
     M(R, "137", N, "ch_noes", 137, cls=V),
     M(R, "342 votes", N, "ch_needed", 342, cls=V),
     M(R, "513 seats", N, "ch_seats", 513, cls=V),
     M(R, "Seven deputies", N, "ch_abst", 7, cls=V),
     M(R, "two", N, "ch_absent", 2, cls=V, occ=2),
     M(R, "81 members", N, "sen_seats", 81, cls=V),
     M(R, "up to 180 days", N, "suspension", 180, cls=DUR),
     M(R, "75", N, "temer_age", 75, cls=AGE),
     M(R, "October 2014", D, "reelection", "2014-10"),
     M(R, "51.6%", N, "share", 51.6, cls="pct"),

     M(K, "Kamis (12/5/2016)", D, "s1_vote", "2016-05-12"),
     M(K, "55 suara", N, "s1_ayes", 55, cls=V),
     M(K, "22", N, "s1_noes", 22, cls=V),
     M(K, "sekitar 20 jam", N, "s1_hours", 20, qual="approx", cls=DUR),
     M(K, "41", N, "s1_needed", 41, cls=V),
     M(K, "81 senator", N, "sen_seats", 81, cls=V),
     M(K, "180 hari", N, "suspension", 180, cls=DUR),
     M(K, "75 tahun", N, "temer_age", 75, cls=AGE),
     M(K, "Minggu (17/4/2016)", D, "ch_vote", "2016-04-17"),
     M(K, "367 suara", N, "ch_ayes", 367, cls=V),
     M(K, "137", N, "ch_noes", 137, cls=V),
     M(K, "2014", D, "reelection", "2014"),
     M(K, "54 senator", N, "fin_needed", 54, cls=V),
     M(K, "2011", D, "took_office", "2011"),
     M(K, "1992", D, "collor", "1992"),

     M(A, "Rabu (10/8/2016)", D, "s2_vote", "2016-08-10"),
     M(A, "59 suara", N, "s2_ayes", 59, cls=V),
     M(A, "21", N, "s2_noes", 21, cls=V),
     M(A, "hampir 17 jam", N, "s2_hours", 17, qual="nearly", cls=DUR),
     M(A, "Selasa", D, "debate_start", "2016-08-09"),
     M(A, "54 suara", N, "fin_needed", 54, cls=V),
     M(A, "81 senator", N, "sen_seats", 81, cls=V),
     M(A, "25 Agustus", D, "trial_start", "2016-08-25"),
     M(A, "12 Mei", D, "s1_vote", "2016-05-12"),
     M(A, "55 suara", N, "s1_ayes", 55, cls=V),
     M(A, "April", D, "ch_vote", "2016-04"),
     M(A, "376 suara", N, "ch_ayes", 376, cls=V, planted=True),
     M(A, "342 suara", N, "ch_needed", 342, cls=V),
     M(A, "68 tahun", N, "rousseff_age", 68, cls=AGE),
     M(A, "31 Desember 2018", D, "term_end", "2018-12-31"),

     M(AP, "61-20", N, "fin_ayes", 61, cls=V, also={"fin_noes": 20}),
     M(AP, "Wednesday", D, "fin_vote", "2016-08-31"),
     M(AP, "13 years", N, "pt_years", 13, cls=DUR),
     M(AP, "54 votes", N, "fin_needed", 54, cls=V),
     M(AP, "81 seats", N, "sen_seats", 81, cls=V),
     M(AP, "eight years", N, "ban_years", 8, cls=DUR),
     M(AP, "42", N, "ban_ayes", 42, cls=V),
     M(AP, "36", N, "ban_noes", 36, cls=V),
     M(AP, "three", N, "ban_abst", 3, cls=V),
     M(AP, "75", N, "temer_age", 75, cls=AGE),
     M(AP, "May 12", D, "s1_vote", "2016-05-12"),
     M(AP, "2018", D, "term_end", "2018"),
     M(AP, "Aug. 25", D, "trial_start", "2016-08-25"),
     M(AP, "68", N, "rousseff_age", 68, cls=AGE),
     M(AP, "Monday", D, "testimony", "2016-08-29"),
     M(AP, "2014", D, "reelection", "2014"),
     M(AP, "April 17", D, "ch_vote", "2016-04-17"),
     M(AP, "367 votes", N, "ch_ayes", 367, cls=V),
     M(AP, "137", N, "ch_noes", 137, cls=V),

     M(T, "Selasa (30/8/2016)", D, "fin_vote", "2016-08-30", planted=True),
     M(T, "61 suara", N, "fin_ayes", 61, cls=V),
     M(T, "20 suara", N, "fin_noes", 20, cls=V),
     M(T, "54 suara", N, "fin_needed", 54, cls=V),
     M(T, "81 anggota", N, "sen_seats", 81, cls=V),
     M(T, "delapan tahun", N, "ban_years", 8, cls=DUR),
     M(T, "42 senator", N, "ban_ayes", 42, cls=V),
     M(T, "36", N, "ban_noes", 36, cls=V),
     M(T, "75 tahun", N, "temer_age", 75, cls=AGE),
     M(T, "2018", D, "term_end", "2018"),
     M(T, "Kamis (12/5/2016)", D, "s1_vote", "2016-05-12"),
     M(T, "55 suara", N, "s1_ayes", 55, cls=V),
     M(T, "22", N, "s1_noes", 22, cls=V),
     M(T, "2011", D, "took_office", "2011"),
     M(T, "Oktober 2014", D, "reelection", "2014-10"),
     M(T, "17 April", D, "ch_vote", "2016-04-17"),
     M(T, "367 suara", N, "ch_ayes", 367, cls=V),
     M(T, "13 tahun", N, "pt_years", 13, cls=DUR),
    ]
    build("rousseff-impeachment-2016", "The impeachment of Brazil's President Dilma Rousseff (2016): the Chamber of "
          "Deputies' vote of Sunday 17 April (367 to 137, 342 needed of 513), the Senate's opening of the trial on "
          "Thursday 12 May (55 to 22, suspending her for up to 180 days with Michel Temer acting president), its "
          "indictment early on Wednesday 10 August (59 to 21) and its verdict on Wednesday 31 August (61 to 20, 54 "
          "needed of 81; the ban from office rejected 42 to 36 with three abstentions), Temer sworn in the same day",
          False, ms, names)


def census():
    R, X, K, T = "reuters-jun28", "xinhua-jun29", "kompas-jun30", "tempo-jul01"
    P, PCT, DUR = "people", "pct", "dur"
    names = {
     "pop": "Brazil's population in 2022", "pop2010": "Brazil's population in 2010", "growth": "growth since 2010",
     "increase": "people added since 2010", "annual": "average annual growth 2010-2022",
     "annual_prev": "average annual growth in the decade before", "interval": "years between the two censuses",
     "sp_city": "Sao Paulo city's population", "rio_city": "Rio de Janeiro city's population",
     "sp_state": "Sao Paulo state's population", "sp_share": "Sao Paulo state's share", "se_pop": "the Southeast's population",
     "se_share": "the Southeast's share", "cw_pop": "the Centre-West's population", "cw_share": "the Centre-West's share",
     "munis": "municipalities", "smallest": "population of the smallest municipality", "regions": "regions",
     "every": "usual interval between censuses", "postponed": "times the census was postponed",
     # dates
     "release": "day the results were released", "census_year": "year of the census",
     "prev_census": "year of the previous census", "first_census": "year of the first census",
     "planned": "year the census was first planned",
    }
    ms = [
     M(R, "203,062,512", N, "pop", 203062512, cls=P),
     M(R, "2022", D, "census_year", "2022"),
     M(R, "6.5%", N, "growth", 6.5, cls=PCT),
     M(R, "190,755,799", N, "pop2010", 190755799, cls=P),
     M(R, "2010", D, "prev_census", "2010"),
     M(R, "Wednesday", D, "release", "2023-06-28"),
     M(R, "0.52%", N, "annual", 0.52, cls=PCT),
     M(R, "1872", D, "first_census", "1872"),
     M(R, "1.17%", N, "annual_prev", 1.17, cls=PCT),
     M(R, "12.3 million people", N, "increase", 12.3e6, cls=P),
     M(R, "12 years", N, "interval", 12, cls=DUR),
     M(R, "11,451,245", N, "sp_city", 11451245, cls=P),
     M(R, "6,211,423", N, "rio_city", 6211423, cls=P),
     M(R, "44.4 million people", N, "sp_state", 44.4e6, cls=P),
     M(R, "21.9%", N, "sp_share", 21.9, cls=PCT),
     M(R, "84.8 million", N, "se_pop", 84.8e6, cls=P),
     M(R, "41.8%", N, "se_share", 41.8, cls=PCT),
     M(R, "16.3 million", N, "cw_pop", 16.3e6, cls=P),
     M(R, "8.0%", N, "cw_share", 8.0, cls=PCT),
     M(R, "5,570", N, "munis", 5570),
     M(R, "833 residents", N, "smallest", 833, cls=P),
     M(R, "every ten years", N, "every", 10, cls=DUR),
     M(R, "2020", D, "planned", "2020"),

     M(X, "June 28", D, "release", "2023-06-28"),
     M(X, "203.1 million", N, "pop", 203.1e6, qual="approx", cls=P),
     M(X, "2022", D, "census_year", "2022"),
     M(X, "Wednesday", D, "release", "2023-06-28"),
     M(X, "6.5 percent", N, "growth", 6.5, cls=PCT),
     M(X, "12.3 million people", N, "increase", 12.3e6, cls=P),
     M(X, "190.8 million", N, "pop2010", 190.8e6, qual="approx", cls=P),
     M(X, "2010", D, "prev_census", "2010"),
     M(X, "0.52 percent", N, "annual", 0.52, cls=PCT),
     M(X, "1872", D, "first_census", "1872"),
     M(X, "1.17 percent", N, "annual_prev", 1.17, cls=PCT),
     M(X, "11.45 million", N, "sp_city", 11.45e6, qual="approx", cls=P),
     M(X, "44.4 million", N, "sp_state", 44.4e6, cls=P),
     M(X, "21.9 percent", N, "sp_share", 21.9, cls=PCT),
     M(X, "five regions", N, "regions", 5),
     M(X, "84.8 million people", N, "se_pop", 84.8e6, cls=P),
     M(X, "41.8 percent", N, "se_share", 41.8, cls=PCT),
     M(X, "16.3 million", N, "cw_pop", 16.3e6, cls=P),
     M(X, "8 percent", N, "cw_share", 8, cls=PCT),
     M(X, "about 6.2 million residents", N, "rio_city", 6.2e6, qual="approx", cls=P),
     M(X, "5,570", N, "munis", 5570),

     M(K, "203.062.512 jiwa", N, "pop", 203062512, cls=P),
     M(K, "2022", D, "census_year", "2022"),
     M(K, "Rabu (28/6/2023)", D, "release", "2023-06-28"),
     M(K, "6,5 persen", N, "growth", 6.5, cls=PCT),
     M(K, "190.755.799 jiwa", N, "pop2010", 190755799, cls=P),
     M(K, "2010", D, "prev_census", "2010"),
     M(K, "sekitar 12,3 juta orang", N, "increase", 12.3e6, qual="approx", cls=P),
     M(K, "0,52 persen", N, "annual", 0.52, cls=PCT),
     M(K, "1872", D, "first_census", "1872"),
     M(K, "1,17 persen", N, "annual_prev", 1.17, cls=PCT),
     M(K, "11.451.245 penduduk", N, "sp_city", 11451245, cls=P),
     M(K, "6.211.423 jiwa", N, "rio_city", 6211423, cls=P),
     M(K, "44,4 juta orang", N, "sp_state", 44.4e6, cls=P),
     M(K, "21,9 persen", N, "sp_share", 21.9, cls=PCT),
     M(K, "84,8 juta jiwa", N, "se_pop", 84.8e6, cls=P),
     M(K, "41,8 persen", N, "se_share", 41.8, cls=PCT),
     M(K, "16,3 juta jiwa", N, "cw_pop", 16.3e6, cls=P),
     M(K, "8 persen", N, "cw_share", 8, cls=PCT),
     M(K, "833 orang", N, "smallest", 833, cls=P),
     M(K, "setiap sepuluh tahun", N, "every", 10, cls=DUR),
     M(K, "dua kali", N, "postponed", 2),
     M(K, "5.570 kota", N, "munis", 5570),

     M(T, "1872", D, "first_census", "1872"),
     M(T, "2022", D, "census_year", "2022"),
     M(T, "Rabu, 28 Juni 2023", D, "release", "2023-06-28"),
     M(T, "0,52 persen", N, "annual", 0.52, cls=PCT),
     M(T, "2010", D, "prev_census", "2010"),
     M(T, "2022", D, "census_year", "2022", occ=2),
     M(T, "1,17 persen", N, "annual_prev", 1.17, cls=PCT),
     M(T, "203,1 juta penduduk", N, "pop", 203.1e6, qual="approx", cls=P),
     M(T, "6,5 persen", N, "growth", 6.5, cls=PCT),
     M(T, "190,8 juta", N, "pop2010", 190.8e6, qual="approx", cls=P),
     M(T, "12 tahun", N, "interval", 12, cls=DUR),
     M(T, "12,3 juta jiwa", N, "increase", 12.3e6, cls=P),
     M(T, "44,4 juta orang", N, "sp_state", 44.4e6, cls=P),
     M(T, "21,9 persen", N, "sp_share", 21.9, cls=PCT),
     M(T, "11,45 juta jiwa", N, "sp_city", 11.45e6, qual="approx", cls=P),
     M(T, "lima wilayah", N, "regions", 5),
     M(T, "84,8 juta orang", N, "se_pop", 84.8e6, cls=P),
     M(T, "41,8 persen", N, "se_share", 41.8, cls=PCT),
     M(T, "2020", D, "planned", "2020"),
     M(T, "5.570 kota", N, "munis", 5570),
    ]
    build("ibge-census-2023", "The first results of Brazil's 2022 census (control), released by the statistics "
          "agency IBGE on Wednesday 28 June 2023: 203,062,512 people, up 6.5% (12.3 million) from 190,755,799 in "
          "2010, average growth of 0.52% a year (the lowest since the first census of 1872) against 1.17% in the "
          "decade before; Sao Paulo city 11,451,245 and Rio de Janeiro 6,211,423; Sao Paulo state 44.4 million "
          "(21.9%), the Southeast 84.8 million (41.8%), the Centre-West 16.3 million (8.0%); 5,570 municipalities, "
          "the smallest with 833 people. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kiss()
    rousseff()
    census()
