"""The two-hundred-and-eighty-first development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running figure, its qualifier, its source, whether the figure may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset281/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def smolensk():
    R, K, T, A = "reuters-apr10", "kompas-apr12", "detik-apr19", "ap-jan12"
    # as-of days of the toll: Saturday 10 April 2010 (Poland's foreign ministry: 97; Russia's Investigative Committee's
    # first figure of 132 on board, none surviving), Sunday 11 April (the Polish correction to 96: one listed passenger
    # had not boarded), then 96 repeated on 19 April 2010 and 12 January 2011. The Polish official count (uncredited
    # tolls carry it) against the Russian investigators' first figure: sources. The crash (Saturday 10 April), the
    # correction and the president's body flown home (both Sunday 11 April), Russia's day of mourning (Monday 12 April),
    # the funeral (Sunday 18 April), the two rounds of the early election (20 June, 4 July), the Russian report
    # (Wednesday 12 January 2011) and the massacre (1940) are different events.
    APR10, APR11, APR19, JAN12 = "2010-04-10", "2010-04-11", "2010-04-19", "2011-01-12"
    PL, RIC = "the Polish authorities", "Russia's Investigative Committee"
    names = {
     "dead": "people killed in the crash", "delegation": "members of the Polish delegation",
     "anniv": "anniversary of the massacre (years)", "katyn_dead": "Poles killed in the 1940 massacre",
     "age": "age of the aircraft (years)",
     # dates
     "crash": "day of the crash", "katyn": "year of the massacre", "correction": "day the toll was corrected to 96",
     "body_home": "day the president's body was flown home", "ru_mourning": "Russia's day of mourning",
     "funeral": "day of the funeral", "report": "day of the Russian report", "round1": "first round of the election",
     "runoff": "runoff of the election",
    }
    ms = [
     M(R, "Saturday", D, "crash", "2010-04-10"),
     M(R, "97 people", N, "dead", 97, APR10, src=PL),
     M(R, "132", N, "dead", 132, APR10, src=RIC),
     M(R, "88 Polish officials", N, "delegation", 88),
     M(R, "70th", N, "anniv", 70, cls="years"),
     M(R, "about 22,000", N, "katyn_dead", 22000, qual="approx"),
     M(R, "1940", D, "katyn", "1940"),
     M(R, "26-year-old", N, "age", 26, cls="years"),

     M(K, "Minggu (11/4/2010)", D, "correction", "2010-04-11"),
     M(K, "96 orang", N, "dead", 96, APR11, src=PL),
     M(K, "97", N, "dead", 97, APR10, src=PL),
     M(K, "Sabtu (10/4/2010)", D, "crash", "2010-04-10"),
     M(K, "88 anggota", N, "delegation", 88),
     M(K, "Minggu siang", D, "body_home", "2010-04-11"),
     M(K, "Senin (12/4/2010)", D, "ru_mourning", "2010-04-12"),
     M(K, "70 tahun", N, "anniv", 70, cls="years"),
     M(K, "1940", D, "katyn", "1940"),

     M(T, "Minggu (18/4/2010)", D, "funeral", "2010-04-18"),
     M(T, "96 orang", N, "dead", 96, APR19, src=PL),
     M(T, "Jumat (9/4/2010)", D, "crash", "2010-04-09", planted=True),
     M(T, "1940", D, "katyn", "1940"),
     M(T, "sekitar 22.000", N, "katyn_dead", 22000, qual="approx"),

     M(A, "Wednesday", D, "report", "2011-01-12"),
     M(A, "96 people", N, "dead", 96, JAN12, src=PL),
     M(A, "April 10", D, "crash", "2010-04-10"),
     M(A, "1940", D, "katyn", "1940"),
     M(A, "April 18", D, "funeral", "2010-04-18"),
     M(A, "July 4", D, "runoff", "2010-07-04"),
     M(A, "June 20", D, "round1", "2010-06-20"),
    ]
    build("smolensk-crash-2010", "The crash of the Polish presidential Tu-154 near Smolensk, Russia (Saturday 10 April "
          "2010), on the way to the 70th anniversary of the Katyn massacre: Poland's foreign ministry's 97 dead on "
          "Saturday corrected to 96 on Sunday 11 April (revision); Russia's Investigative Committee's first 132 on board "
          "(sources); 88 members of the delegation; the funeral in Krakow on Sunday 18 April; the early election (20 "
          "June, runoff 4 July 2010); the Russian Interstate Aviation Committee's report (Wednesday 12 January 2011)",
          False, ms, names)


def danube():
    R, K, T, A = "reuters-jun07", "kompas-jun10", "detik-jun12", "ap-jul02"
    # The Danube's level at the Budapest gauge rises: 789 cm at about 10.00 on Friday 7 June 2013, 887 cm at midday on
    # Sunday 9 June, the crest of 891 cm on Sunday night. The forecast crest is another fact (about 875 cm on Friday,
    # about 895 cm on Sunday). The height the embankments hold: 950 cm as given earlier in the week, corrected down to
    # 930 cm by the mayor on Friday 7 June (a revision). The old records (860 cm in 2006, 848 cm in 2002), the alert
    # along about 760 km and the rise of about 2 cm an hour are other facts.
    JUN05, JUN07, JUN09M, JUN09N = "2013-06-05", "2013-06-07", "2013-06-09a", "2013-06-09b"
    names = {
     "level": "the Danube's level in Budapest (cm)", "forecast": "forecast crest in Budapest (cm)",
     "rec2006": "the 2006 record in Budapest (cm)", "rec2002": "the 2002 level in Budapest (cm)",
     "protect": "height the Budapest embankments hold (cm)", "rise": "hourly rise (cm)",
     "alert_km": "length of the river under alert (km)",
     # dates
     "asof_fri": "day of the 7.89 m reading", "peak_day": "day of the crest", "y2006": "year of the old record",
     "asof_sun": "day of the 887 cm reading", "y2002": "year of the 2002 flood",
    }
    ms = [
     M(R, "7.89 metres", N, "level", 789, JUN07, cls="cm"),
     M(R, "Friday", D, "asof_fri", "2013-06-07"),
     M(R, "about 2 centimetres", N, "rise", 2, qual="approx", cls="cm"),
     M(R, "about 8.75 metres", N, "forecast", 875, JUN07, qual="approx", cls="cm"),
     M(R, "8.60 metres", N, "rec2006", 860, cls="cm"),
     M(R, "2006", D, "y2006", "2006"),
     M(R, "930 centimetres", N, "protect", 930, JUN07, cls="cm"),
     M(R, "950 centimetres", N, "protect", 950, JUN05, cls="cm"),
     M(R, "about 760 kilometres", N, "alert_km", 760, qual="approx", cls="km"),

     M(K, "891 sentimeter", N, "level", 891, JUN09N, cls="cm"),
     M(K, "Minggu (9/6/2013)", D, "peak_day", "2013-06-09"),
     M(K, "860 sentimeter", N, "rec2006", 860, cls="cm"),
     M(K, "tahun 2006", D, "y2006", "2006"),
     M(K, "887 sentimeter", N, "level", 887, JUN09M, cls="cm"),
     M(K, "Minggu siang", D, "asof_sun", "2013-06-09"),
     M(K, "sekitar 895 sentimeter", N, "forecast", 895, JUN09M, qual="approx", cls="cm"),
     M(K, "930 sentimeter", N, "protect", 930, JUN07, cls="cm"),
     M(K, "sekitar 760 kilometer", N, "alert_km", 760, qual="approx", cls="km"),

     M(T, "891 sentimeter", N, "level", 891, JUN09N, cls="cm"),
     M(T, "Sabtu (8/6/2013)", D, "peak_day", "2013-06-08", planted=True),
     M(T, "860 sentimeter", N, "rec2006", 860, cls="cm"),
     M(T, "2006", D, "y2006", "2006"),
     M(T, "930 sentimeter", N, "protect", 930, JUN07, cls="cm"),
     M(T, "sekitar 760 kilometer", N, "alert_km", 760, qual="approx", cls="km"),

     M(A, "891 centimeters", N, "level", 891, JUN09N, cls="cm"),
     M(A, "June 9", D, "peak_day", "2013-06-09"),
     M(A, "806 centimeters", N, "rec2006", 806, cls="cm", planted=True),
     M(A, "2006", D, "y2006", "2006"),
     M(A, "2002", D, "y2002", "2002"),
     M(A, "848 centimeters", N, "rec2002", 848, cls="cm"),
     M(A, "930 centimeters", N, "protect", 930, JUN07, cls="cm"),
     M(A, "about 760 kilometers", N, "alert_km", 760, qual="approx", cls="km"),
    ]
    build("danube-peak-2013", "The Danube's record flood in Budapest, Hungary (June 2013): the level at the Budapest "
          "gauge rising from 7.89 m on Friday 7 June to 887 cm at midday on Sunday 9 June and a crest of 891 cm on Sunday "
          "night, above the 860 cm of 2006 (and 848 cm in 2002); the forecast crest about 8.75 m on Friday, about 895 cm "
          "on Sunday; the height the embankments hold given as 950 cm earlier in the week and corrected down to 930 cm "
          "by the mayor on Friday (revision); alerts along about 760 km of the river", False, ms, names)


def czech_vote():
    R, A, K, P = "reuters-oct09", "antara-oct10", "kompas-oct11", "ap-oct12"
    names = {
     "spolu": "Spolu's share (%)", "spolu_seats": "Spolu's seats", "ano": "ANO's share (%)", "ano_seats": "ANO's seats",
     "pirstan": "the Pirates and Mayors' share (%)", "pirstan_seats": "the Pirates and Mayors' seats",
     "opp_seats": "the two opposition groups' seats", "seats": "seats in the lower house", "spd": "SPD's share (%)",
     "spd_seats": "SPD's seats", "turnout": "turnout (%)", "threshold": "the threshold (%)",
     "ksc": "the Communists' share (%)", "cssd": "the Social Democrats' share (%)",
     # dates
     "end": "the second and last day of the vote", "start": "the first day of the vote",
     "y1998": "the year of the higher turnout", "y1989": "the year since which the Communists sat in parliament",
    }
    P2 = dict(cls="pct")
    S = dict(cls="seats")
    ms = [
     M(R, "Saturday", D, "end", "2021-10-09"),
     M(R, "27.79%", N, "spolu", 27.79, **P2),
     M(R, "71", N, "spolu_seats", 71, **S),
     M(R, "200 seats", N, "seats", 200, **S),
     M(R, "27.12%", N, "ano", 27.12, **P2),
     M(R, "72 seats", N, "ano_seats", 72, **S),
     M(R, "15.62%", N, "pirstan", 15.62, **P2),
     M(R, "37 seats", N, "pirstan_seats", 37, **S),
     M(R, "108 seats", N, "opp_seats", 108, **S),
     M(R, "9.56%", N, "spd", 9.56, **P2),
     M(R, "20 seats", N, "spd_seats", 20, **S),
     M(R, "65.43%", N, "turnout", 65.43, **P2),
     M(R, "1998", D, "y1998", "1998"),
     M(R, "5%", N, "threshold", 5, **P2),
     M(R, "3.60%", N, "ksc", 3.60, **P2),
     M(R, "1989", D, "y1989", "1989"),
     M(R, "4.65%", N, "cssd", 4.65, **P2),
     M(R, "Friday", D, "start", "2021-10-08"),

     M(A, "Sabtu (9/10/2021)", D, "end", "2021-10-09"),
     M(A, "27,79 persen", N, "spolu", 27.79, **P2),
     M(A, "71 kursi", N, "spolu_seats", 71, **S),
     M(A, "27,12 persen", N, "ano", 27.12, **P2),
     M(A, "72 kursi", N, "ano_seats", 72, **S),
     M(A, "15,62 persen", N, "pirstan", 15.62, **P2),
     M(A, "37 kursi", N, "pirstan_seats", 37, **S),
     M(A, "108", N, "opp_seats", 108, **S),
     M(A, "200 kursi", N, "seats", 200, **S),
     M(A, "9,56 persen", N, "spd", 9.56, **P2),
     M(A, "20 kursi", N, "spd_seats", 20, **S),
     M(A, "65,43 persen", N, "turnout", 65.43, **P2),
     M(A, "1998", D, "y1998", "1998"),
     M(A, "3,60 persen", N, "ksc", 3.60, **P2),
     M(A, "5 persen", N, "threshold", 5, **P2),
     M(A, "4,65 persen", N, "cssd", 4.65, **P2),
     M(A, "Jumat (8/10/2021)", D, "start", "2021-10-08"),

     M(K, "Sabtu (9/10/2021)", D, "end", "2021-10-09"),
     M(K, "27,12 persen", N, "ano", 27.12, **P2),
     M(K, "27,79 persen", N, "spolu", 27.79, **P2),
     M(K, "72 kursi", N, "ano_seats", 72, **S),
     M(K, "71 kursi", N, "spolu_seats", 71, **S),
     M(K, "15,62 persen", N, "pirstan", 15.62, **P2),
     M(K, "37 kursi", N, "pirstan_seats", 37, **S),
     M(K, "108 kursi", N, "opp_seats", 108, **S),
     M(K, "200 kursi", N, "seats", 200, **S),
     M(K, "9,56 persen", N, "spd", 9.56, **P2),
     M(K, "20 kursi", N, "spd_seats", 20, **S),
     M(K, "65,43 persen", N, "turnout", 65.43, **P2),
     M(K, "pemilu 1998", D, "y1998", "1998"),
     M(K, "sejak 1989", D, "y1989", "1989"),
     M(K, "3,60 persen", N, "ksc", 3.60, **P2),
     M(K, "4,65 persen", N, "cssd", 4.65, **P2),

     M(P, "Saturday", D, "end", "2021-10-09"),
     M(P, "27.79 percent", N, "spolu", 27.79, **P2),
     M(P, "27.12 percent", N, "ano", 27.12, **P2),
     M(P, "72 seats", N, "ano_seats", 72, **S),
     M(P, "200-seat", N, "seats", 200, **S),
     M(P, "71", N, "spolu_seats", 71, **S),
     M(P, "15.62 percent", N, "pirstan", 15.62, **P2),
     M(P, "37 seats", N, "pirstan_seats", 37, **S),
     M(P, "108 seats", N, "opp_seats", 108, **S),
     M(P, "9.56 percent", N, "spd", 9.56, **P2),
     M(P, "20 seats", N, "spd_seats", 20, **S),
     M(P, "65.43 percent", N, "turnout", 65.43, **P2),
     M(P, "1998", D, "y1998", "1998"),
     M(P, "3.60 percent", N, "ksc", 3.60, **P2),
     M(P, "5 percent", N, "threshold", 5, **P2),
     M(P, "1989", D, "y1989", "1989"),
     M(P, "4.65 percent", N, "cssd", 4.65, **P2),
     M(P, "Oct. 8", D, "start", "2021-10-08"),
     M(P, "Oct. 9", D, "end", "2021-10-09"),
    ]
    build("czech-vote-2021", "The Czech Statistical Office's results of the parliamentary election of Friday 8 and "
          "Saturday 9 October 2021 (control): Spolu 27.79% and 71 seats, ANO 27.12% and 72 seats, the Pirates and Mayors "
          "15.62% and 37 seats (108 of 200 for the two opposition groups), SPD 9.56% and 20 seats, turnout 65.43% (the "
          "highest since 1998), the Communists 3.60% and the Social Democrats 4.65% below the 5% threshold. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    smolensk()
    danube()
    czech_vote()
