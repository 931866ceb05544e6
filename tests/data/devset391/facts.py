"""The three-hundred-and-ninety-first development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset391/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def reformasi():
    R, K, P, A = "reuters-may13", "kompas-may14", "republika-may22", "ap-jun15"
    # as-of times: the campus officials' first count late on Tuesday 12 May 1998 (six students dead), the
    # university's confirmed count of Wednesday 13 May (four: lower, a revision), and the later reports (four).
    # The riot toll is given by two bodies (the Jakarta city administration's 288 against the volunteers' team's
    # 1,190): sources. Suharto's years in power, the ages and the assembly's March vote do not change.
    TUE, WED, LATER = "1998-05-12b", "1998-05-13", "1998-05-22"
    CITY, VOLUNTEERS = "the Jakarta city administration", "the Volunteers' Team for Humanity"
    names = {
     "students_dead": "students shot dead at Trisakti", "wounded": "others treated for wounds at Trisakti",
     "years": "Suharto's years in power", "suharto_age": "Suharto's age", "habibie_age": "Habibie's age",
     "riot_dead": "people killed in the May riots",
     # dates
     "shooting": "day of the Trisakti shooting", "count_night": "night of the first count",
     "funeral": "day the students were buried", "riots_peak": "day the malls burned",
     "term": "day the assembly gave Suharto a seventh term", "harmoko": "day the speaker called on Suharto to quit",
     "sitin": "day the parliament sit-in began", "resign": "day Suharto resigned", "sworn": "day Habibie was sworn in",
     "cabinet": "day the cabinet was named", "sitin_end": "day the last students were cleared from parliament",
     "rupiah": "year the rupiah began to fall",
    }
    ms = [
     M(R, "Six students", N, "students_dead", 6, TUE),
     M(R, "Tuesday", D, "shooting", "1998-05-12"),
     M(R, "Tuesday night", D, "count_night", "1998-05-12"),
     M(R, "32 years", N, "years", 32, cls="years"),
     M(R, "at least 16 other people", N, "wounded", 16, qual="atleast"),
     M(R, "Suharto, 76", N, "suharto_age", 76, cls="age"),
     M(R, "March 10", D, "term", "1998-03-10"),

     M(K, "empat mahasiswanya", N, "students_dead", 4, WED),
     M(K, "Selasa (12/5/1998)", D, "shooting", "1998-05-12"),
     M(K, "enam", N, "students_dead", 6, TUE),
     M(K, "Rabu (13/5/1998)", D, "funeral", "1998-05-13"),
     M(K, "sedikitnya 16 orang", N, "wounded", 16, qual="atleast"),
     M(K, "Kamis (14/5/1998)", D, "riots_peak", "1998-05-14"),
     M(K, "32 tahun", N, "years", 32, cls="years"),
     M(K, "pertengahan 1997", D, "rupiah", "1997"),

     M(P, "Rabu (20/5/1998)", D, "resign", "1998-05-20", planted=True),
     M(P, "32 tahun", N, "years", 32, cls="years"),
     M(P, "61 tahun", N, "habibie_age", 61, cls="age"),
     M(P, "10 Maret 1998", D, "term", "1998-03-10"),
     M(P, "Senin (18/5/1998)", D, "harmoko", "1998-05-18"),
     M(P, "288 orang", N, "riot_dead", 288, LATER, src=CITY),
     M(P, "1.190 orang", N, "riot_dead", 1190, LATER, src=VOLUNTEERS),
     M(P, "Jumat (22/5/1998)", D, "cabinet", "1998-05-22"),

         M(A, "23 years", N, "years", 23, cls="years", planted=True),
     M(A, "Suharto, 76", N, "suharto_age", 76, cls="age"),
     M(A, "Thursday, May 21", D, "resign", "1998-05-21"),
     M(A, "May 22", D, "cabinet", "1998-05-22"),
     M(A, "Habibie, 61", N, "habibie_age", 61, cls="age"),
     M(A, "four Trisakti University students", N, "students_dead", 4, LATER),
     M(A, "May 12", D, "shooting", "1998-05-12"),
     M(A, "288 dead", N, "riot_dead", 288, LATER, src=CITY),
     M(A, "1,190 people", N, "riot_dead", 1190, LATER, src=VOLUNTEERS),
     M(A, "May 14", D, "riots_peak", "1998-05-14"),
     M(A, "May 23", D, "sitin_end", "1998-05-23"),
     M(A, "May 18", D, "sitin", "1998-05-18"),
     M(A, "March 10", D, "term", "1998-03-10"),
    ]
    build("reformasi-1998", "The fall of Suharto in May 1998: the shooting of students at Trisakti University on "
          "Tuesday 12 May 1998 (six reported dead late that night by campus officials, four confirmed on Wednesday 13 "
          "May: a downward revision), the riots of 13-15 May (288 dead by the Jakarta administration's count against "
          "1,190 by the volunteers' team: sources), the speaker Harmoko's call of Monday 18 May, the students' "
          "parliament sit-in from 18 May, Suharto's resignation after 32 years on Thursday 21 May 1998 and B.J. "
          "Habibie's swearing-in the same morning, the cabinet named on Friday 22 May; the assembly's seventh term "
          "for Suharto on 10 March 1998", False, ms, names)


def pangandaran():
    R, K, T, A = "reuters-jul18", "kompas-jul19", "detik-jul21", "ap-aug17"
    # as-of times of the Social Affairs Ministry's running counts: Tuesday 18 July 2006 at 17:00 (339 dead),
    # Wednesday 19 July at 10:00 (357), Thursday 20 July at night (531), Monday 24 July (668). The dead and the
    # injured do not fall; the missing fall as people are found (may fall). The magnitude is given by two bodies
    # (BMG 6.8, the USGS 7.7): sources.
    TUE, WED, THU, MON = "2006-07-18", "2006-07-19", "2006-07-20", "2006-07-24"
    BMG, USGS = "BMG", "the U.S. Geological Survey"
    names = {
     "dead": "people killed by the tsunami", "missing": "people missing", "injured": "people injured",
     "magnitude": "the quake's magnitude", "displaced": "people displaced",
     # dates
     "quake": "day of the quake and tsunami", "count_tue": "day of the count of 339",
     "count_wed": "day of the count of 357", "count_thu": "day of the count of 531",
     "count_mon": "day of the count of 668", "visit": "day of the president's visit", "dec2004": "the 2004 tsunami",
    }
    ms = [
     M(R, "Monday", D, "quake", "2006-07-17"),
     M(R, "at least 339 people", N, "dead", 339, TUE, qual="atleast"),
     M(R, "on Tuesday", D, "count_tue", "2006-07-18"),
     M(R, "magnitude 7.7", N, "magnitude", 7.7, cls="mag", src=USGS),
     M(R, "6.8", N, "magnitude", 6.8, cls="mag", src=BMG),
     M(R, "More than 150 people", N, "missing", 150, TUE, qual="morethan", fall=True),
     M(R, "some 380", N, "injured", 380, TUE, qual="approx"),
     M(R, "December 2004", D, "dec2004", "2004-12"),

     M(K, "357 orang", N, "dead", 357, WED),
     M(K, "Rabu (19/7/2006)", D, "count_wed", "2006-07-19"),
     M(K, "339 orang", N, "dead", 339, TUE),
     M(K, "6,8 skala Richter", N, "magnitude", 6.8, cls="mag", src=BMG),
     M(K, "Minggu (16/7/2006)", D, "quake", "2006-07-16", planted=True),
     M(K, "7,7", N, "magnitude", 7.7, cls="mag", src=USGS),
     M(K, "229 orang", N, "missing", 229, WED, fall=True),
     M(K, "Selasa (18/7/2006)", D, "visit", "2006-07-18"),

     M(T, "Senin (17/7/2006)", D, "quake", "2006-07-17"),
     M(T, "531 orang", N, "dead", 531, THU),
     M(T, "Kamis (20/7/2006)", D, "count_thu", "2006-07-20"),
     M(T, "357 orang", N, "dead", 357, WED),
     M(T, "275", N, "missing", 275, THU, fall=True),
     M(T, "Lebih dari 50.000 orang", N, "displaced", 50000, THU, qual="morethan"),
     M(T, "6,8", N, "magnitude", 6.8, cls="mag", src=BMG),
     M(T, "Senin", D, "quake", "2006-07-17", occ=2),  # "gempa Senin itu": added by the lead after measuring

     M(A, "668", N, "dead", 668, MON),
     M(A, "Monday, July 24", D, "count_mon", "2006-07-24"),
     M(A, "Monday, July 17", D, "quake", "2006-07-17"),
     M(A, "magnitude 7.7", N, "magnitude", 7.7, cls="mag", src=USGS),
     M(A, "513", N, "dead", 513, THU, planted=True),
     M(A, "Thursday night, July 20", D, "count_thu", "2006-07-20"),
     M(A, "Sixty-five people", N, "missing", 65, MON, fall=True),
     M(A, "275", N, "missing", 275, THU, fall=True),
     M(A, "More than 9,000 people", N, "injured", 9000, MON, qual="morethan"),
     M(A, "6.8", N, "magnitude", 6.8, cls="mag", src=BMG),
    ]
    build("pangandaran-tsunami-2006", "The tsunami on the south coast of Java (Monday 17 July 2006), Pangandaran in "
          "West Java hit hardest: the Social Affairs Ministry's toll rising 339 (Tuesday 18 July, 17:00) -> 357 "
          "(Wednesday 19 July) -> 531 (Thursday 20 July) -> 668 (Monday 24 July); the missing falling to 65; more "
          "than 9,000 injured; the quake measured at 6.8 by BMG and 7.7 by the U.S. Geological Survey (sources); the "
          "president's visit on Tuesday 18 July; the 2004 tsunami as another event", False, ms, names)


def bali_nine():
    C, R, K, S = "antara-apr29", "reuters-apr30", "kompas-may2", "smh-may1"
    names = {
     "executed": "convicts executed", "aus": "Australians executed", "nga": "Nigerians executed",
     "bra": "Brazilians executed", "idn": "Indonesians executed", "chan_age": "Andrew Chan's age",
     "suku_age": "Myuran Sukumaran's age", "heroin": "heroin they tried to smuggle (kg)",
     "notice": "hours of notice", "group": "Australians arrested in the Bali Nine", "others": "other Bali Nine members in prison",
     # dates
     "execution": "day of the executions", "arrest": "day of the arrests", "verdict": "month of the death sentences",
     "notified": "day the convicts were notified", "bodies": "day the bodies were flown home",
    }
    ms = [
     M(C, "delapan terpidana", N, "executed", 8),
     M(C, "Rabu (29/4/2015)", D, "execution", "2015-04-29"),
     M(C, "dua warga Australia", N, "aus", 2),
     M(C, "empat warga Nigeria", N, "nga", 4),
     M(C, "seorang warga Brasil", N, "bra", 1),
     M(C, "seorang warga Indonesia", N, "idn", 1),
     M(C, "31 tahun", N, "chan_age", 31, cls="age"),
     M(C, "34 tahun", N, "suku_age", 34, cls="age"),
     M(C, "17 April 2005", D, "arrest", "2005-04-17"),
     M(C, "8,3 kilogram", N, "heroin", 8.3, cls="kg"),
     M(C, "Februari 2006", D, "verdict", "2006-02"),
     M(C, "72 jam", N, "notice", 72, cls="hours"),
     M(C, "Sabtu (25/4/2015)", D, "notified", "2015-04-25"),

     M(R, "eight people", N, "executed", 8),
     M(R, "two Australians", N, "aus", 2),
     M(R, "four Nigerians", N, "nga", 4),
     M(R, "a Brazilian", N, "bra", 1),
     M(R, "an Indonesian", N, "idn", 1),
     M(R, "Wednesday", D, "execution", "2015-04-29"),
     M(R, "Andrew Chan, 31", N, "chan_age", 31, cls="age"),
     M(R, "Myuran Sukumaran, 34", N, "suku_age", 34, cls="age"),
     M(R, "nine Australians", N, "group", 9),
     M(R, "April 17, 2005", D, "arrest", "2005-04-17"),
     M(R, "8.3 kg", N, "heroin", 8.3, cls="kg"),
     M(R, "February 2006", D, "verdict", "2006-02"),
     M(R, "Saturday", D, "notified", "2015-04-25"),
     M(R, "72 hours", N, "notice", 72, cls="hours"),
     M(R, "other seven members", N, "others", 7),

     M(K, "Delapan terpidana", N, "executed", 8),
     M(K, "dua di antaranya", N, "aus", 2),
     M(K, "Rabu (29/4/2015)", D, "execution", "2015-04-29"),
     M(K, "Andrew Chan (31)", N, "chan_age", 31, cls="age"),
     M(K, "Myuran Sukumaran (34)", N, "suku_age", 34, cls="age"),
     M(K, "empat warga Nigeria", N, "nga", 4),
     M(K, "seorang warga Brasil", N, "bra", 1),
     M(K, "seorang warga negara Indonesia", N, "idn", 1),
     M(K, "sembilan warga Australia", N, "group", 9),
     M(K, "17 April 2005", D, "arrest", "2005-04-17"),
     M(K, "8,3 kg", N, "heroin", 8.3, cls="kg"),
     M(K, "Februari 2006", D, "verdict", "2006-02"),
     M(K, "Sabtu (25/4/2015)", D, "notified", "2015-04-25"),
     M(K, "72 jam", N, "notice", 72, cls="hours"),
     M(K, "Tujuh anggota", N, "others", 7),

     M(S, "Friday", D, "bodies", "2015-05-01"),
     M(S, "31", N, "chan_age", 31, cls="age"),
     M(S, "34", N, "suku_age", 34, cls="age", occ=1),
     M(S, "eight prisoners", N, "executed", 8),
     M(S, "Wednesday, April 29", D, "execution", "2015-04-29"),
     M(S, "four Nigerians", N, "nga", 4),
     M(S, "one Brazilian", N, "bra", 1),
     M(S, "one Indonesian", N, "idn", 1),
     M(S, "72 hours", N, "notice", 72, cls="hours"),
     M(S, "Saturday, April 25", D, "notified", "2015-04-25"),
     M(S, "April 17, 2005", D, "arrest", "2005-04-17"),
     M(S, "nine Australians", N, "group", 9),
     M(S, "8.3 kilograms", N, "heroin", 8.3, cls="kg"),
     M(S, "February 2006", D, "verdict", "2006-02"),
     M(S, "seven other members", N, "others", 7),
    ]
    build("bali-nine-2015", "Indonesia's execution of eight drug convicts on Nusakambangan on Wednesday 29 April 2015, "
          "as announced by the Attorney General's office (control): two Australians of the Bali Nine, Andrew Chan (31) "
          "and Myuran Sukumaran (34), four Nigerians, one Brazilian and one Indonesian; the nine arrested in Bali on "
          "17 April 2005 with 8.3 kg of heroin, the death sentences of February 2006, the 72 hours' notice given on "
          "Saturday 25 April; the bodies flown home on Friday 1 May. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    reformasi()
    pangandaran()
    bali_nine()
