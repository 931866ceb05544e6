"""The hundred-and-fifty-sixth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset156/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def floods():
    A, K, T, R = "abc-jan11", "kompas-jan12", "tempo-jan13", "reuters-feb10"
    # as-of times: the premier's count late on Monday 10 January 2011, her counts of Tuesday morning ("a") and
    # Tuesday night ("b"), Wednesday night, Thursday, Monday 17 January. The missing and the properties without
    # power are counts that may fall. The forecast peak of the Brisbane River is a figure of its own: the Bureau
    # of Meteorology's 5.5 m of Tuesday lowered to 5.2 m on Wednesday is a revision; the city council's 4.6 m
    # modelling of Thursday is another body's estimate (sources). The peak reached (4.46 m) and the 1974 peak are
    # other facts of the same unit class.
    MON, TUEA, TUEB, WED, THU, MON17 = ("2011-01-10", "2011-01-11a", "2011-01-11b", "2011-01-12", "2011-01-13",
                                        "2011-01-17")
    BOM, BCC = "the Bureau of Meteorology", "Brisbane City Council"
    names = {
     "dead": "people killed by the floods", "missing": "people missing", "rescued": "people lifted off roofs",
     "stranded": "Grantham residents cut off in the school", "power": "properties without power (south-east Queensland)",
     "forecast": "forecast peak of the Brisbane River (m)", "peak": "peak reached by the Brisbane River (m)",
     "peak1974": "peak of the 1974 flood (m)", "full": "Brisbane properties fully flooded (council's modelling)",
     "partial": "Brisbane properties partly flooded (council's modelling)", "inquiry": "the inquiry's budget (A$)",
     # dates
     "flood": "day of the flash flood", "day4": "day four deaths were confirmed", "day8": "day eight deaths were confirmed",
     "day10": "day the toll reached 10", "day13": "day the toll reached 13", "day20": "day the toll reached 20",
     "rain": "month the heavy rain began", "fc_day": "day the forecast peak was expected",
     "peak_day": "day the river peaked", "downgrade": "day the forecast was lowered", "y1974": "the 1974 flood",
    }
    ms = [
     M(A, "Eight people", N, "dead", 8, TUEA),
     M(A, "Monday", D, "flood", "2011-01-10"),
     M(A, "Tuesday", D, "day8", "2011-01-11"),
     M(A, "11 people", N, "missing", 11, TUEA, fall=True),
     M(A, "Monday", D, "day4", "2011-01-10", occ=2),
     M(A, "four deaths", N, "dead", 4, MON),
     M(A, "43 people", N, "rescued", 43),
     M(A, "About 30 residents", N, "stranded", 30, qual="approx"),
     M(A, "December", D, "rain", "2010-12"),

     M(K, "10 orang", N, "dead", 10, TUEB),
     M(K, "Selasa malam (11/1/2011)", D, "day10", "2011-01-11"),
     M(K, "78 orang", N, "missing", 78, TUEB, fall=True),
     M(K, "Selasa pagi", D, "day8", "2011-01-11"),
     M(K, "delapan orang", N, "dead", 8, TUEA),
     M(K, "11 orang", N, "missing", 11, TUEA, fall=True),
     M(K, "Senin (10/1/2011)", D, "flood", "2011-01-10"),
     M(K, "5,5 meter", N, "forecast", 5.5, "2011-01-11", src=BOM, cls="m"),
     M(K, "Kamis (13/1/2011)", D, "fc_day", "2011-01-13"),
     M(K, "1974", D, "y1974", "1974"),
     M(K, "5,45 meter", N, "peak1974", 5.45, cls="m"),
     M(K, "sekitar 15.000 properti", N, "power", 15000, TUEB, qual="approx", fall=True),

     M(T, "4,46 meter", N, "peak", 4.46, cls="m"),
     M(T, "Kamis (13/1/2011)", D, "peak_day", "2011-01-13"),
     M(T, "1974", D, "y1974", "1974"),
     M(T, "5,45 meter", N, "peak1974", 5.45, cls="m"),
     M(T, "5,5 meter", N, "forecast", 5.5, "2011-01-11", src=BOM, cls="m"),
     M(T, "Rabu (12/1/2011)", D, "downgrade", "2011-01-12"),
     M(T, "5,2 meter", N, "forecast", 5.2, "2011-01-12", src=BOM, cls="m"),
     M(T, "4,6 meter", N, "forecast", 4.6, THU, src=BCC, cls="m"),
     M(T, "11.900 properti", N, "full", 11900),
     M(T, "14.700 properti", N, "partial", 14700),
     M(T, "13 orang", N, "dead", 13, WED),
     M(T, "Rabu malam", D, "day13", "2011-01-12"),
     M(T, "51 orang", N, "missing", 51, WED, fall=True),
     M(T, "Senin (10/1/2011)", D, "flood", "2011-01-10"),
     M(T, "1974", D, "y1974", "1974", occ=2),
     M(T, "sekitar 125.000 rumah", N, "power", 125000, THU, qual="approx", fall=True),

     M(R, "20", N, "dead", 20, MON17),
     M(R, "Monday, January 17", D, "day20", "2011-01-17"),
     M(R, "More than 10 people", N, "missing", 10, MON17, qual="morethan", fall=True),
     M(R, "January 10", D, "flood", "2011-01-10"),
     M(R, "A$15 million", N, "inquiry", 15000000, cls="aud"),
     M(R, "4.64 metres", N, "peak", 4.64, cls="m", planted=True),
     M(R, "Thursday, January 13", D, "peak_day", "2011-01-13"),
     M(R, "5.45 metres", N, "peak1974", 5.45, cls="m"),
     M(R, "1974", D, "y1974", "1974"),
     M(R, "5.5 metres", N, "forecast", 5.5, "2011-01-11", src=BOM, cls="m"),
     M(R, "13 people", N, "dead", 13, WED),
     M(R, "Wednesday, January 12", D, "day13", "2011-01-12"),
    ]
    build("toowoomba-floods-2011", "The Toowoomba and Lockyer Valley flash flood (Monday 10 January 2011) and the "
          "Brisbane River's flood: the toll rising from 4 late on Monday to 8 on Tuesday morning (11 missing), 10 on "
          "Tuesday night (78 missing), 13 on Wednesday night (51 missing) and 20 on Monday 17 January (more than 10 "
          "missing); the Bureau of Meteorology's forecast peak lowered from 5.5 m to 5.2 m on Wednesday 12 January, the "
          "city council's 4.6 m modelling (11,900 properties fully and 14,700 partly flooded); the river's peak of "
          "4.46 m on Thursday 13 January against 5.45 m in 1974; an A$15 million inquiry", False, ms, names)


def marriage():
    A, K, T, D1 = "abc-nov15", "kompas-nov30", "tempo-dec08", "detik-dec09"
    # a survey's results and a chamber's vote do not change with the day of the report; the result's
    # announcement (Wednesday 15 November 2017), the Senate's vote (Wednesday 29 November), the House's (Thursday
    # 7 December), the assent (Friday 8 December) and the law's start (Saturday 9 December) are different events.
    names = {
     "yes_pct": "share voting Yes", "no_pct": "share voting No", "yes_votes": "Yes votes", "no_votes": "No votes",
     "responses": "forms returned", "turnout": "participation rate", "yes_seats": "electorates with a Yes majority",
     "seats": "federal electorates", "act": "Yes share in the ACT", "nsw": "Yes share in New South Wales",
     "senate_ayes": "senators voting for the bill", "senate_noes": "senators voting against the bill",
     "house_noes": "members of the House voting against the bill",
     # dates
     "result_day": "day the survey result was announced", "close": "last day to return forms",
     "mailout": "month the forms were mailed out", "debate": "day the Senate debate was to begin",
     "senate": "day of the Senate's vote", "house_resume": "day the House resumed sitting",
     "house": "day of the House's vote", "assent": "day of the royal assent", "in_force": "day the law took effect",
     "weddings": "day the first weddings could be held",
    }
    ms = [
     M(A, "61.6 per cent", N, "yes_pct", 61.6, cls="pct"),
     M(A, "Wednesday", D, "result_day", "2017-11-15"),
     M(A, "7,817,247", N, "yes_votes", 7817247),
     M(A, "4,873,987", N, "no_votes", 4873987),
     M(A, "38.4 per cent", N, "no_pct", 38.4, cls="pct"),
     M(A, "12.7 million", N, "responses", 12700000, qual="approx"),
     M(A, "79.5 per cent", N, "turnout", 79.5, cls="pct"),
     M(A, "133", N, "yes_seats", 133),
     M(A, "150", N, "seats", 150),
     M(A, "74.0 per cent", N, "act", 74.0, cls="pct"),
     M(A, "57.8 per cent", N, "nsw", 57.8, cls="pct"),
     M(A, "November 7", D, "close", "2017-11-07"),
     M(A, "September", D, "mailout", "2017-09"),
     M(A, "Thursday", D, "debate", "2017-11-16"),

     M(K, "Rabu (29/11/2017)", D, "senate", "2017-11-29"),
     M(K, "43 suara", N, "senate_ayes", 43),
     M(K, "12 suara", N, "senate_noes", 12),
     M(K, "Rabu (15/11/2017)", D, "result_day", "2017-11-15"),
     M(K, "61,6 persen", N, "yes_pct", 61.6, cls="pct"),
     M(K, "38,4 persen", N, "no_pct", 38.4, cls="pct"),
     M(K, "79,5 persen", N, "turnout", 79.5, cls="pct"),
     M(K, "sekitar 12,7 juta", N, "responses", 12700000, qual="approx"),
     M(K, "Senin (4/12/2017)", D, "house_resume", "2017-12-04"),
     M(K, "133", N, "yes_seats", 133),
     M(K, "150", N, "seats", 150),

     M(T, "Kamis (7/12/2017)", D, "house", "2017-12-07"),
     M(T, "empat anggota", N, "house_noes", 4),
     M(T, "Rabu (29/11/2017)", D, "senate", "2017-11-29"),
     M(T, "43 suara", N, "senate_ayes", 43),
     M(T, "13", N, "senate_noes", 13, planted=True),
     M(T, "15 November 2017", D, "result_day", "2017-11-15"),
     M(T, "sekitar 7,8 juta warga", N, "yes_votes", 7800000, qual="approx"),
     M(T, "61,6 persen", N, "yes_pct", 61.6, cls="pct"),
     M(T, "sekitar 4,9 juta warga", N, "no_votes", 4900000, qual="approx"),

     M(D1, "Sabtu (9/12/2017)", D, "in_force", "2017-12-09"),
     M(D1, "Jumat (8/12/2017)", D, "assent", "2017-12-08"),
     M(D1, "Rabu (6/12/2017)", D, "house", "2017-12-06", planted=True),
     M(D1, "29 November 2017", D, "senate", "2017-11-29"),
     M(D1, "9 Januari 2018", D, "weddings", "2018-01-09"),
     M(D1, "79,5 persen", N, "turnout", 79.5, cls="pct"),
     M(D1, "61,6 persen", N, "yes_pct", 61.6, cls="pct"),
     M(D1, "74 persen", N, "act", 74, cls="pct"),
     M(D1, "57,8 persen", N, "nsw", 57.8, cls="pct"),
    ]
    build("marriage-law-2017", "Australia's same-sex marriage law: the postal survey's result announced on Wednesday "
          "15 November 2017 (61.6% Yes, 7,817,247 to 4,873,987; 79.5% participation, about 12.7 million forms; 133 "
          "of 150 electorates; ACT 74.0%, NSW 57.8%); the Senate's vote of Wednesday 29 November (43 to 12); the "
          "House's of Thursday 7 December (four against); the assent on Friday 8 December, the law in force on "
          "Saturday 9 December, first weddings from 9 January 2018", False, ms, names)


def census():
    A, K, N1, T = "abc-jun28", "kompas-jun29", "antara-jun30", "tempo-jul01"
    names = {
     "pop": "people counted in 2021", "pop16": "people counted in 2016", "growth": "growth since 2016",
     "median": "median age", "born_os": "share born overseas", "indig": "Indigenous Australians counted",
     "indig_pct": "Indigenous share", "indig_growth": "growth of the Indigenous count",
     "christ": "Christian share (2021)", "christ16": "Christian share (2016)", "norel": "no-religion share (2021)",
     "norel16": "no-religion share (2016)", "mandarin": "Mandarin speakers at home", "mental": "share with a mental "
     "health condition",
     # dates
     "release": "day the results were released", "census21": "the 2021 Census", "night": "census night",
     "y2016": "the 2016 Census",
    }
    ms = [
     M(A, "25,422,788", N, "pop", 25422788),
     M(A, "Tuesday", D, "release", "2022-06-28"),
     M(A, "2021", D, "census21", "2021"),
     M(A, "more than 2 million people", N, "growth", 2000000, qual="morethan"),
     M(A, "23,401,892", N, "pop16", 23401892),
     M(A, "2016", D, "y2016", "2016"),
     M(A, "38", N, "median", 38, cls="age"),
     M(A, "27.6 per cent", N, "born_os", 27.6, cls="pct"),
     M(A, "August 10, 2021", D, "night", "2021-08-10"),
     M(A, "812,728", N, "indig", 812728),
     M(A, "3.2 per cent", N, "indig_pct", 3.2, cls="pct"),
     M(A, "25.2 per cent", N, "indig_growth", 25.2, cls="pct"),
     M(A, "43.9 per cent", N, "christ", 43.9, cls="pct"),
     M(A, "52.1 per cent", N, "christ16", 52.1, cls="pct"),
     M(A, "2016", D, "y2016", "2016", occ=2),
     M(A, "38.9 per cent", N, "norel", 38.9, cls="pct"),
     M(A, "30.1 per cent", N, "norel16", 30.1, cls="pct"),
     M(A, "685,274", N, "mandarin", 685274),
     M(A, "8.8 per cent", N, "mental", 8.8, cls="pct"),

     M(K, "Selasa (28/6/2022)", D, "release", "2022-06-28"),
     M(K, "2021", D, "census21", "2021"),
     M(K, "25.422.788", N, "pop", 25422788),
     M(K, "lebih dari 2 juta jiwa", N, "growth", 2000000, qual="morethan"),
     M(K, "23.401.892", N, "pop16", 23401892),
     M(K, "2016", D, "y2016", "2016"),
     M(K, "Selasa (10/8/2021)", D, "night", "2021-08-10"),
     M(K, "27,6 persen", N, "born_os", 27.6, cls="pct"),
     M(K, "812.728", N, "indig", 812728),
     M(K, "3,2 persen", N, "indig_pct", 3.2, cls="pct"),
     M(K, "25,2 persen", N, "indig_growth", 25.2, cls="pct"),
     M(K, "2016", D, "y2016", "2016", occ=2),
     M(K, "43,9 persen", N, "christ", 43.9, cls="pct"),
     M(K, "52,1 persen", N, "christ16", 52.1, cls="pct"),
     M(K, "38,9 persen", N, "norel", 38.9, cls="pct"),
     M(K, "30,1 persen", N, "norel16", 30.1, cls="pct"),
     M(K, "685.274", N, "mandarin", 685274),
     M(K, "38 tahun", N, "median", 38, cls="age"),

     M(N1, "43,9 persen", N, "christ", 43.9, cls="pct"),
     M(N1, "2021", D, "census21", "2021"),
     M(N1, "Selasa (28/6/2022)", D, "release", "2022-06-28"),
     M(N1, "2016", D, "y2016", "2016"),
     M(N1, "52,1 persen", N, "christ16", 52.1, cls="pct"),
     M(N1, "30,1 persen", N, "norel16", 30.1, cls="pct"),
     M(N1, "38,9 persen", N, "norel", 38.9, cls="pct"),
     M(N1, "10 Agustus 2021", D, "night", "2021-08-10"),
     M(N1, "25.422.788 jiwa", N, "pop", 25422788),
     M(N1, "38 tahun", N, "median", 38, cls="age"),
     M(N1, "27,6 persen", N, "born_os", 27.6, cls="pct"),
     M(N1, "812.728 orang", N, "indig", 812728),
     M(N1, "3,2 persen", N, "indig_pct", 3.2, cls="pct"),
     M(N1, "8,8 persen", N, "mental", 8.8, cls="pct"),
     M(N1, "685.274 orang", N, "mandarin", 685274),

     M(T, "2021", D, "census21", "2021"),
     M(T, "Selasa, 28 Juni 2022", D, "release", "2022-06-28"),
     M(T, "27,6 persen", N, "born_os", 27.6, cls="pct"),
     M(T, "25.422.788", N, "pop", 25422788),
     M(T, "lebih dari 2 juta jiwa", N, "growth", 2000000, qual="morethan"),
     M(T, "23.401.892", N, "pop16", 23401892),
     M(T, "2016", D, "y2016", "2016"),
     M(T, "10 Agustus 2021", D, "night", "2021-08-10"),
     M(T, "38 tahun", N, "median", 38, cls="age"),
     M(T, "685.274 orang", N, "mandarin", 685274),
     M(T, "812.728 orang", N, "indig", 812728),
     M(T, "3,2 persen", N, "indig_pct", 3.2, cls="pct"),
     M(T, "25,2 persen", N, "indig_growth", 25.2, cls="pct"),
     M(T, "2016", D, "y2016", "2016", occ=2),
     M(T, "43,9 persen", N, "christ", 43.9, cls="pct"),
     M(T, "52,1 persen", N, "christ16", 52.1, cls="pct"),
     M(T, "38,9 persen", N, "norel", 38.9, cls="pct"),
     M(T, "8,8 persen", N, "mental", 8.8, cls="pct"),
    ]
    build("census-release-2022", "Australia's statistics agency's first release of the 2021 Census (control), "
          "Tuesday 28 June 2022: 25,422,788 people counted on census night (10 August 2021), more than 2 million more "
          "than 23,401,892 in 2016; median age 38; 27.6% born overseas; 812,728 Indigenous "
          "Australians (3.2%, up 25.2%); Christian 43.9% (52.1% in 2016), no religion 38.9% (30.1%); Mandarin "
          "spoken at home by 685,274; 8.8% with a mental health condition. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    floods()
    marriage()
    census()
