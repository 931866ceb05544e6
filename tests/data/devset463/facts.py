"""The four-hundred-and-sixty-third development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset463/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def crash():
    R, K, T, A = "reuters-oct16", "kompas-oct17", "tempo-oct21", "apnews-nov18"
    # one count fixed from the first day (49 on board: 44 passengers and 5 crew; 17 Lao, 7 French, 6 Australians, 5
    # Thais, 3 South Koreans, 2 Vietnamese), and a running tally of the bodies recovered: at least 9 by 20:00 on
    # Wednesday 16 October 2013, 27 by 17:00 on Thursday 17 October, 33 by the Lao authorities against 35 by the Thai
    # volunteer divers on Friday 18 October (sources), 41 on Sunday 20 October, revised down to 40 on Tuesday 22
    # October after one victim's remains were counted twice (a revision), 44 when the search was scaled down on 6
    # November. The missing (49 less the bodies found) may fall: 22 on Thursday, 5 in November.
    WED20, THU17, FRI, SUN, TUE22, NOV6, NOV18 = ("2013-10-16T20", "2013-10-17T17", "2013-10-18", "2013-10-20",
                                                  "2013-10-22", "2013-11-06", "2013-11-18")
    LAO, THAI = "the Lao authorities", "the Thai volunteer divers"
    names = {
     "aboard": "people on board", "passengers": "passengers", "crew": "crew", "lao": "Lao passengers",
     "french": "French passengers", "aus": "Australian passengers", "thai": "Thai passengers",
     "korean": "South Korean passengers", "viet": "Vietnamese passengers", "family": "members of one family aboard",
     "bodies": "bodies recovered", "missing": "people still missing",
     "exp": "the captain's years of flying experience", "dist": "distance short of the runway (km)",
     "downstream": "distance downstream bodies were found (km)", "depth": "depth of the wreck (m)",
     "visibility": "divers' visibility (m)", "dep_time": "departure time from Vientiane",
     "crash_time": "time contact was lost", "days_after": "days between the crash and the data recorder's recovery",
     "rev_gap": "days between the count of 41 and its revision", "cvr_gap": "days between the two recorders",
     # dates
     "crash": "day of the crash", "families": "day families were flown to Pakse",
     "count_thu": "day of the count of 27", "count_fri": "day of the counts of 33 and 35",
     "count_sun": "day of the count of 41", "fdr": "day the flight data recorder was raised",
     "search_end": "day the search was scaled down", "delivered": "month the plane was delivered",
    }
    ms = [
     M(R, "49 people", N, "aboard", 49),
     M(R, "Wednesday", D, "crash", "2013-10-16"),
     M(R, "2:45 p.m.", N, "dep_time", 14.75, cls="clock"),
     M(R, "3:55 p.m.", N, "crash_time", 15.9167, cls="clock"),
     M(R, "about 8 km", N, "dist", 8, qual="approx", cls="km"),
     M(R, "March", D, "delivered", "2013-03"),
     M(R, "44 passengers", N, "passengers", 44),
     M(R, "five crew", N, "crew", 5),
     M(R, "17 Laotians", N, "lao", 17),
     M(R, "seven French nationals", N, "french", 7),
     M(R, "six Australians", N, "aus", 6),
     M(R, "five Thais", N, "thai", 5),
     M(R, "three South Koreans", N, "korean", 3),
     M(R, "two Vietnamese", N, "viet", 2),
     M(R, "at least nine bodies", N, "bodies", 9, WED20, qual="atleast"),
     M(R, "more than 30 years", N, "exp", 30, qual="morethan", cls="yrs"),
     M(R, "Thursday", D, "families", "2013-10-17"),

     M(K, "27 jenazah", N, "bodies", 27, THU17),
     M(K, "Kamis (17/10/2013)", D, "count_thu", "2013-10-17"),
     M(K, "22 orang", N, "missing", 22, THU17, fall=True),
     M(K, "Rabu (16/10/2013)", D, "crash", "2013-10-16"),
     M(K, "pukul 15.55", N, "crash_time", 15.9167, cls="clock"),
     M(K, "49 orang", N, "aboard", 49),
     M(K, "44 penumpang", N, "passengers", 44),
     M(K, "lima awak", N, "crew", 5),
     M(K, "17 warga Laos", N, "lao", 17),
     M(K, "tujuh warga Prancis", N, "french", 7),
     M(K, "tujuh warga Australia", N, "aus", 7, planted=True),
     M(K, "lima warga Thailand", N, "thai", 5),
     M(K, "tiga warga Korea Selatan", N, "korean", 3),
     M(K, "dua warga Vietnam", N, "viet", 2),
     M(K, "sekitar 30 kilometer", N, "downstream", 30, qual="approx", cls="km"),
     M(K, "sekitar 7 meter", N, "depth", 7, qual="approx", cls="m"),
     M(K, "Maret 2013", D, "delivered", "2013-03"),

     M(T, "Minggu (20/10/2013)", D, "fdr", "2013-10-20"),
     M(T, "empat hari", N, "days_after", 4, cls="dur"),
     M(T, "41 orang", N, "bodies", 41, SUN),
     M(T, "49 orang", N, "aboard", 49),
     M(T, "Jumat (18/10/2013)", D, "count_fri", "2013-10-18"),
     M(T, "33 jenazah", N, "bodies", 33, FRI, src=LAO),
     M(T, "Rabu (16/10/2013)", D, "crash", "2013-10-16"),
     M(T, "tujuh warga Prancis", N, "french", 7),
     M(T, "enam warga Australia", N, "aus", 6),
     M(T, "empat orang", N, "family", 4),
     M(T, "sekitar satu meter", N, "visibility", 1, qual="approx", cls="m"),

     M(A, "five people", N, "missing", 5, NOV18, fall=True),
     M(A, "Oct. 16", D, "crash", "2013-10-16"),
     M(A, "4:55 p.m.", N, "crash_time", 16.9167, cls="clock", planted=True),
     M(A, "44 bodies", N, "bodies", 44, NOV6),
     M(A, "Nov. 6", D, "search_end", "2013-11-06"),
     M(A, "Oct. 18", D, "count_fri", "2013-10-18"),
     M(A, "35 bodies", N, "bodies", 35, FRI, src=THAI),
     M(A, "41 bodies", N, "bodies", 41, SUN),
     M(A, "Oct. 20", D, "count_sun", "2013-10-20"),
     M(A, "40", N, "bodies", 40, TUE22),
     M(A, "two days", N, "rev_gap", 2, cls="dur"),
     M(A, "Oct. 20", D, "fdr", "2013-10-20", occ=2),
     M(A, "three days", N, "cvr_gap", 3, cls="dur"),
     M(A, "44 passengers", N, "passengers", 44),
     M(A, "five crew", N, "crew", 5),
     M(A, "more than 30 years", N, "exp", 30, qual="morethan", cls="yrs"),
     M(A, "Seven", N, "french", 7),
     M(A, "six were Australian", N, "aus", 6),
     M(A, "17 came from Laos", N, "lao", 17),
    ]
    build("lao-airlines-qv301-2013", "The crash of Lao Airlines flight QV301, an ATR 72-600 from Vientiane, into the "
          "Mekong River on approach to Pakse on Wednesday 16 October 2013 at 15:55 local time: 49 on board (44 "
          "passengers and 5 crew; 17 Lao, 7 French, 6 Australian, 5 Thai, 3 South Korean and 2 Vietnamese passengers "
          "among them), none surviving; the bodies recovered rising from at least 9 by 20:00 on the day to 27 by "
          "17:00 on Thursday 17 October, 33 by the Lao authorities against 35 by the Thai volunteer divers on Friday "
          "18 October (sources) and 41 on Sunday 20 October, revised down to 40 on 22 October after a double count, "
          "44 when the search was scaled down on 6 November; the flight data recorder raised on Sunday 20 October",
          False, ms, names)


def temple():
    K, T, R, A = "kompas-jul19", "tempo-apr16", "reuters-nov11", "antara-nov12"
    # steps on different dates: the 1962 judgment (15 June 1962, nine votes to three), the UNESCO listing (7 July
    # 2008), the border fighting (February 2011), Cambodia's request for an interpretation (Thursday 28 April 2011),
    # the provisional order (Monday 18 July 2011: a demilitarised zone of 17.3 km2, 11 votes to 5), the withdrawal
    # (July 2012), the hearings (Monday 15 to Friday 19 April 2013), the judgment (Monday 11 November 2013) with the
    # Thai prime minister's address the same evening and Cambodia's statement the next day. Tempting figures of one
    # unit: the 17.3 km2 zone against the 4.6 km2 area both claim; the two votes; the February dead against those of
    # the later clash.
    names = {
     "dmz": "the provisional demilitarised zone (km2)", "disputed": "the area both countries claim (km2)",
     "order_for": "judges for the 2011 order", "order_against": "judges against the 2011 order",
     "r62_for": "judges for the 1962 judgment", "r62_against": "judges against the 1962 judgment",
     "feb_dead": "people killed in the February 2011 fighting", "later_dead": "people killed in the later clash",
     "displaced": "people who fled the February 2011 fighting", "feb_days": "days of the February 2011 fighting",
     # dates
     "order": "day of the provisional order", "request": "day Cambodia filed its request",
     "r62": "day of the 1962 judgment", "feb": "month of the February fighting", "listing": "day of the UNESCO listing",
     "hearings": "day the hearings opened", "hearings_end": "day the hearings closed",
     "withdrawal": "month the troops withdrew", "judgment": "day of the judgment",
     "address": "day of the Thai prime minister's address", "statement": "day of Cambodia's statement",
    }
    ms = [
     M(K, "Senin (18/7/2011)", D, "order", "2011-07-18"),
     M(K, "sekitar 17,3 kilometer persegi", N, "dmz", 17.3, qual="approx", cls="km2"),
     M(K, "11 suara berbanding 5", N, "order_for", 11, cls="votes", also={"order_against": 5}),
     M(K, "Kamis (28/4/2011)", D, "request", "2011-04-28"),
     M(K, "tahun 1962", D, "r62", "1962"),
     M(K, "sembilan suara berbanding tiga", N, "r62_for", 9, cls="votes", also={"r62_against": 3}),
     M(K, "Februari 2011", D, "feb", "2011-02"),
     M(K, "sedikitnya 10 orang", N, "feb_dead", 10, qual="atleast"),
     M(K, "18 orang", N, "later_dead", 18),
     M(K, "Juli 2008", D, "listing", "2008-07"),

     M(T, "Senin (15/4/2013)", D, "hearings", "2013-04-15"),
     M(T, "Jumat (19/4/2013)", D, "hearings_end", "2013-04-19"),
     M(T, "1962", D, "r62", "1962"),
     M(T, "4,6 kilometer persegi", N, "disputed", 4.6, cls="km2"),
     M(T, "18 Juli 2011", D, "order", "2011-07-18"),
     M(T, "13,7 kilometer persegi", N, "dmz", 13.7, cls="km2", planted=True),
     M(T, "11 suara berbanding 5", N, "order_for", 11, cls="votes", also={"order_against": 5}),
     M(T, "Juli 2012", D, "withdrawal", "2012-07"),
     M(T, "Ribuan warga", N, "displaced", 1000, qual="atleast"),
     M(T, "Februari 2011", D, "feb", "2011-02"),

     M(R, "Monday", D, "judgment", "2013-11-11"),
     M(R, "June 15, 1962", D, "r62", "1962-06-15"),
     M(R, "nine votes to three", N, "r62_for", 9, cls="votes", also={"r62_against": 3}),
     M(R, "about 4.6 square km", N, "disputed", 4.6, qual="approx", cls="km2"),
     M(R, "April 2011", D, "request", "2011-04"),
     M(R, "July 19, 2011", D, "order", "2011-07-19", planted=True),
     M(R, "17.3 square km", N, "dmz", 17.3, cls="km2"),
     M(R, "February 2011", D, "feb", "2011-02"),
     M(R, "four days", N, "feb_days", 4, cls="dur"),
     M(R, "at least 10 people", N, "feb_dead", 10, qual="atleast"),
     M(R, "Monday", D, "address", "2013-11-11", occ=2),
     M(R, "July 2008", D, "listing", "2008-07"),

     M(A, "Selasa (12/11/2013)", D, "statement", "2013-11-12"),
     M(A, "Senin (11/11/2013)", D, "judgment", "2013-11-11"),
     M(A, "15 Juni 1962", D, "r62", "1962-06-15"),
     M(A, "4,6 kilometer persegi", N, "disputed", 4.6, cls="km2"),
     M(A, "Senin malam", D, "address", "2013-11-11"),
     M(A, "7 Juli 2008", D, "listing", "2008-07-07"),
     M(A, "Februari 2011", D, "feb", "2011-02"),
     M(A, "sedikitnya 10 orang", N, "feb_dead", 10, qual="atleast"),
     M(A, "ribuan warga", N, "displaced", 1000, qual="atleast"),
     M(A, "28 April 2011", D, "request", "2011-04-28"),
     M(A, "17,3 kilometer persegi", N, "dmz", 17.3, cls="km2"),
     M(A, "18 Juli 2011", D, "order", "2011-07-18"),
    ]
    build("preah-vihear-icj-2013", "The Cambodia-Thailand dispute over the land around the Preah Vihear temple at "
          "the International Court of Justice: the 1962 judgment (15 June 1962, nine votes to three) giving the "
          "temple to Cambodia; the UNESCO listing of 7 July 2008; the border fighting of February 2011 (at least 10 "
          "dead); Cambodia's request for an interpretation (28 April 2011); the provisional order of Monday 18 July "
          "2011 (a demilitarised zone of 17.3 km2, 11 votes to 5), the troops withdrawn in July 2012; the hearings "
          "from Monday 15 to Friday 19 April 2013; the unanimous judgment of Monday 11 November 2013 giving Cambodia "
          "the whole promontory, leaving the 4.6 km2 both claim undecided; the Thai prime minister's address that "
          "evening and Cambodia's statement on Tuesday 12 November", False, ms, names)


def speech():
    A, K, R, T = "apnews-sep06", "kompas-sep07", "reuters-sep08", "tempo-sep09"
    names = {
     "aid": "clearance aid pledged (US$ million)", "aid_years": "years of the aid", "tons": "ordnance dropped (million tons)",
     "missions": "bombing missions", "minutes": "minutes between planeloads", "bomb_years": "years of the bombing",
     "bomblets": "cluster bombs dropped", "duds": "cluster bombs that failed to explode",
     "casualties": "people killed or injured since the war",
     # dates
     "speech": "day of the speech and the pledge", "talks": "day of the talks with the Lao president",
     "visit": "day of the rehabilitation centre visit", "summit": "day of the East Asia Summit",
     "bomb_start": "year the bombing began", "bomb_end": "year the bombing ended",
    }
    ms = [
     M(A, "Tuesday", D, "speech", "2016-09-06"),
     M(A, "$90 million", N, "aid", 90, cls="usd"),
     M(A, "three years", N, "aid_years", 3, cls="dur"),
     M(A, "more than 2 million tons", N, "tons", 2, qual="morethan", cls="tons"),
     M(A, "1964", D, "bomb_start", "1964"),
     M(A, "1973", D, "bomb_end", "1973"),
     M(A, "more than 580,000 bombing missions", N, "missions", 580000, qual="morethan"),
     M(A, "every eight minutes", N, "minutes", 8, cls="min"),
     M(A, "nine years", N, "bomb_years", 9, cls="dur"),
     M(A, "Some 270 million", N, "bomblets", 270e6, qual="approx"),
     M(A, "as many as 80 million", N, "duds", 80e6, qual="nearly"),
     M(A, "more than 20,000 people", N, "casualties", 20000, qual="morethan"),
     M(A, "Tuesday", D, "talks", "2016-09-06", occ=2),
     M(A, "Wednesday", D, "visit", "2016-09-07"),

     M(K, "90 juta dollar AS", N, "aid", 90, cls="usd"),
     M(K, "tiga tahun", N, "aid_years", 3, cls="dur"),
     M(K, "Selasa (6/9/2016)", D, "speech", "2016-09-06"),
     M(K, "lebih dari 2 juta ton", N, "tons", 2, qual="morethan", cls="tons"),
     M(K, "1964", D, "bomb_start", "1964"),
     M(K, "1973", D, "bomb_end", "1973"),
     M(K, "lebih dari 580.000 misi pengeboman", N, "missions", 580000, qual="morethan"),
     M(K, "setiap delapan menit", N, "minutes", 8, cls="min"),
     M(K, "sembilan tahun", N, "bomb_years", 9, cls="dur"),
     M(K, "sekitar 270 juta bom curah", N, "bomblets", 270e6, qual="approx"),
     M(K, "hingga 80 juta", N, "duds", 80e6, qual="nearly"),
     M(K, "lebih dari 20.000 warga Laos", N, "casualties", 20000, qual="morethan"),
     M(K, "Rabu (7/9/2016)", D, "visit", "2016-09-07"),

     M(R, "Wednesday", D, "visit", "2016-09-07"),
     M(R, "$90 million", N, "aid", 90, cls="usd"),
     M(R, "three years", N, "aid_years", 3, cls="dur"),
     M(R, "Tuesday, Sept. 6", D, "speech", "2016-09-06"),
     M(R, "more than 2 million tons", N, "tons", 2, qual="morethan", cls="tons"),
     M(R, "over 580,000 missions", N, "missions", 580000, qual="morethan"),
     M(R, "1964", D, "bomb_start", "1964"),
     M(R, "1973", D, "bomb_end", "1973"),
     M(R, "Up to 80 million", N, "duds", 80e6, qual="nearly"),
     M(R, "roughly 270 million cluster bombs", N, "bomblets", 270e6, qual="approx"),
     M(R, "more than 20,000 people", N, "casualties", 20000, qual="morethan"),
     M(R, "Thursday", D, "summit", "2016-09-08"),

     M(T, "Selasa (6/9/2016)", D, "speech", "2016-09-06"),
     M(T, "90 juta dollar AS", N, "aid", 90, cls="usd"),
     M(T, "tiga tahun", N, "aid_years", 3, cls="dur"),
     M(T, "lebih dari 2 juta ton", N, "tons", 2, qual="morethan", cls="tons"),
     M(T, "lebih dari 580.000 misi pengeboman", N, "missions", 580000, qual="morethan"),
     M(T, "1964", D, "bomb_start", "1964"),
     M(T, "1973", D, "bomb_end", "1973"),
     M(T, "setiap delapan menit", N, "minutes", 8, cls="min"),
     M(T, "sembilan tahun", N, "bomb_years", 9, cls="dur"),
     M(T, "Sekitar 270 juta bom curah", N, "bomblets", 270e6, qual="approx"),
     M(T, "sekitar 80 juta", N, "duds", 80e6, qual="approx"),
     M(T, "Lebih dari 20.000 orang", N, "casualties", 20000, qual="morethan"),
     M(T, "Rabu (7/9/2016)", D, "visit", "2016-09-07"),
     M(T, "Kamis (8/9/2016)", D, "summit", "2016-09-08"),
    ]
    build("obama-laos-2016", "President Barack Obama's speech in Vientiane on Tuesday 6 September 2016, the first "
          "visit of a sitting U.S. president to Laos (control): US$90 million over three years to clear unexploded "
          "bombs; more than 2 million tons of ordnance dropped on Laos from 1964 to 1973 in more than 580,000 bombing "
          "missions, a planeload every eight minutes for nine years; some 270 million cluster bombs, up to 80 million "
          "of which failed to explode; more than 20,000 people killed or injured since the war; the talks with the "
          "Lao president the same day, the visit to a rehabilitation centre on Wednesday 7 September and the East "
          "Asia Summit on Thursday 8 September. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    crash()
    temple()
    speech()
