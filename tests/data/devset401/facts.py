"""The four-hundred-and-first development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset401/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def puttingal():
    R, K, T, H = "reuters-apr10", "kompas-apr11", "tempo-apr13", "thehindu-may10"
    # as-of times of the running tallies: Sunday 10 April 2016 at 18:00 (at least 102 dead, about 20 untraced),
    # Monday 11 April at 14:00 (107 dead by the Kollam district administration against 109 by the state health
    # department: sources; 12 untraced), Tuesday 12 April (106 after one body was entered twice: a revision; five
    # untraced), Tuesday 10 May (111, as the badly burned died in hospital). The dead do not fall; the untraced may
    # (people found in hospitals). The injured, the arrests and the compensation do not change.
    SUN, MON, TUE, MAY10 = "2016-04-10", "2016-04-11", "2016-04-12", "2016-05-10"
    DIST, HEALTH = "the Kollam district administration", "the Kerala state health department"
    names = {
     "dead": "people killed by the blast", "missing": "people still untraced", "injured": "people injured",
     "in_hosp": "injured still in hospital a month on", "arrested": "temple committee members arrested",
     "pm_dead": "prime minister's aid per family of the dead (rupees)",
     "pm_injured": "prime minister's aid per badly injured (rupees)",
     "state_dead": "state government's aid per family of the dead (rupees)",
     # dates
     "blast": "day of the blast", "count_sun": "day of the count of 102", "count_mon": "day of the count of 107",
     "count_tue": "day of the revised count of 106", "arrest": "day the committee members were arrested",
     "vote": "day of the Kerala assembly election",
    }
    ms = [
     M(R, "at least 102 people", N, "dead", 102, SUN, qual="atleast"),
     M(R, "Sunday", D, "blast", "2016-04-10"),
     M(R, "More than 350 others", N, "injured", 350, qual="morethan"),
     M(R, "about 20 people", N, "missing", 20, SUN, qual="approx", fall=True),
     M(R, "200,000 rupees", N, "pm_dead", 200000, cls="inr"),
     M(R, "50,000 rupees", N, "pm_injured", 50000, cls="inr"),
     M(R, "1 million rupees", N, "state_dead", 1000000, cls="inr"),
     M(R, "May 16", D, "vote", "2016-05-16"),

     M(K, "107 orang", N, "dead", 107, MON, src=DIST),
     M(K, "Senin (11/4/2016)", D, "count_mon", "2016-04-11"),
     M(K, "109 korban", N, "dead", 109, MON, src=HEALTH),
     M(K, "Minggu (10/4/2016)", D, "blast", "2016-04-10"),
     M(K, "Minggu malam", D, "count_sun", "2016-04-10"),
     M(K, "sedikitnya 102 orang", N, "dead", 102, SUN, qual="atleast"),
     M(K, "Lebih dari 350 orang", N, "injured", 350, qual="morethan"),
     M(K, "sekitar 20", N, "missing", 20, SUN, qual="approx", fall=True),
     M(K, "12 orang", N, "missing", 12, MON, fall=True),
     M(K, "200.000 rupee", N, "pm_dead", 200000, cls="inr"),

     M(T, "tujuh pengurus", N, "arrested", 7),
     M(T, "Rabu (13/4/2016)", D, "arrest", "2016-04-13"),
     M(T, "Selasa (12/4/2016)", D, "count_tue", "2016-04-12"),
     M(T, "106 orang", N, "dead", 106, TUE),
     M(T, "107 orang", N, "dead", 107, MON, src=DIST),
     M(T, "lima orang", N, "missing", 5, TUE, fall=True),
     M(T, "100.000 rupee", N, "state_dead", 100000, cls="inr", planted=True),
     M(T, "200.000 rupee", N, "pm_dead", 200000, cls="inr"),
     M(T, "Lebih dari 350 korban", N, "injured", 350, qual="morethan"),
     M(T, "Minggu (10/4/2016)", D, "blast", "2016-04-10"),

     M(H, "111", N, "dead", 111, MAY10),
     M(H, "at least 102 dead", N, "dead", 102, SUN, qual="atleast"),
     M(H, "April 10", D, "count_sun", "2016-04-10"),
     M(H, "107", N, "dead", 107, MON, src=DIST),
     M(H, "106", N, "dead", 106, TUE),
     M(H, "April 12", D, "count_tue", "2016-04-12"),
     M(H, "April 9", D, "blast", "2016-04-09", planted=True),
     M(H, "Seven members", N, "arrested", 7),
     M(H, "April 13", D, "arrest", "2016-04-13"),
     M(H, "1 million rupees", N, "state_dead", 1000000, cls="inr"),
     M(H, "More than 350 people", N, "injured", 350, qual="morethan"),
     M(H, "about 30", N, "in_hosp", 30, qual="approx"),
     M(H, "May 16", D, "vote", "2016-05-16"),
    ]
    build("puttingal-fire-2016", "The fireworks blast at the Puttingal Devi temple in Paravur, Kollam district "
          "(Kerala), at about 3:30 a.m. on Sunday 10 April 2016, at the close of the temple festival's fireworks "
          "contest: the toll rising from at least 102 on Sunday evening to 107 on Monday afternoon by the district "
          "administration (109 by the state health department: sources), revised down to 106 on Tuesday 12 April "
          "after a body entered twice, and 111 a month on; more than 350 injured; the untraced falling from about "
          "20 to 12 and five; seven temple committee members arrested on Wednesday 13 April; the prime minister's "
          "200,000 and 50,000 rupees and the state's 1 million rupees; the state election of 16 May", False,
          ms, names)


def pk661():
    R, K, D_, A = "reuters-dec07", "kompas-dec08", "detik-dec16", "ap-jan07"
    # No running tally: all 47 on board died. The people on board (47), the passengers (42), the crew (5) and the
    # foreigners (3) are different facts of one class; the crash (Wednesday 7 December 2016), the bodies flown to
    # Islamabad (Thursday 8 December), Junaid Jamshed's body handed over (Tuesday 13 December) and his burial
    # (Thursday 15 December) are different events.
    names = {
     "aboard": "people on board (all killed)", "passengers": "passengers on board", "crew": "crew on board",
     "foreign": "foreigners on board", "age": "the aircraft's age (years)",
     # dates
     "crash": "day of the crash", "moved": "day the deaths were confirmed and the bodies flown to Islamabad",
     "handed": "day Junaid Jamshed's body was handed over", "funeral": "day of Junaid Jamshed's burial",
    }
    ms = [
     M(R, "47 people", N, "aboard", 47),
     M(R, "Wednesday", D, "crash", "2016-12-07"),
     M(R, "42 passengers", N, "passengers", 42),
     M(R, "five crew members", N, "crew", 5),
     M(R, "three foreigners", N, "foreign", 3),
     M(R, "about 10 years", N, "age", 10, qual="approx", cls="years"),

     M(K, "47 orang", N, "aboard", 47),
     M(K, "Kamis (8/12/2016)", D, "moved", "2016-12-08"),
     M(K, "Rabu (7/12/2016)", D, "crash", "2016-12-07"),
     M(K, "42 penumpang", N, "passengers", 42),
     M(K, "lima awak", N, "crew", 5),
     M(K, "tiga warga negara asing", N, "foreign", 3),
     M(K, "sekitar 10 tahun", N, "age", 10, qual="approx", cls="years"),

     M(D_, "Jumat (16/12/2016)", D, "funeral", "2016-12-16", planted=True),
     M(D_, "Selasa (13/12/2016)", D, "handed", "2016-12-13"),
     M(D_, "47 orang", N, "aboard", 47),
     M(D_, "Rabu (7/12/2016)", D, "crash", "2016-12-07"),
     M(D_, "42 penumpang", N, "passengers", 42),
     M(D_, "lima awak", N, "crew", 5),

     M(A, "47 people", N, "aboard", 47),
     M(A, "Dec. 7", D, "crash", "2016-12-07"),
     M(A, "24 passengers", N, "passengers", 24, planted=True),
     M(A, "five crew members", N, "crew", 5),
     M(A, "Dec. 8", D, "moved", "2016-12-08"),
     M(A, "Dec. 15", D, "funeral", "2016-12-15"),
     M(A, "about 10 years", N, "age", 10, qual="approx", cls="years"),
    ]
    build("pk661-crash-2016", "The crash of Pakistan International Airlines flight PK661, an ATR turboprop from "
          "Chitral to Islamabad, near Havelian (Abbottabad district) on the afternoon of Wednesday 7 December 2016 "
          "after an engine failure: 47 on board (42 passengers and five crew, three of them foreigners), none "
          "surviving; the bodies flown to Islamabad for DNA tests on Thursday 8 December; the singer-turned-preacher "
          "Junaid Jamshed's body handed over on Tuesday 13 December and buried in Karachi on Thursday 15 December; "
          "the aircraft about 10 years old", False, ms, names)


def gst():
    R, A, B, E = "reuters-nov03", "antara-nov04", "bisnis-nov05", "economictimes-nov07"
    names = {
     "r1": "lowest GST rate (%)", "r2": "second GST rate (%)", "r3": "third GST rate (%)", "r4": "top GST rate (%)",
     "now": "combined levy now on top-band goods (%)", "growth": "states' assumed revenue growth a year (%)",
     "years": "years of compensation to states", "comp": "first year's compensation (crore rupees)",
     # dates
     "meeting": "day of the GST Council's decision", "start": "target start of the tax",
    }
    ms = [
     M(R, "Thursday", D, "meeting", "2016-11-03"),
     M(R, "5 percent", N, "r1", 5, cls="pct"),
     M(R, "12 percent", N, "r2", 12, cls="pct"),
     M(R, "18 percent", N, "r3", 18, cls="pct"),
     M(R, "28 percent", N, "r4", 28, cls="pct"),
     M(R, "around 30 percent", N, "now", 30, qual="approx", cls="pct"),
     M(R, "28 percent", N, "r4", 28, cls="pct", occ=2),
     M(R, "five years", N, "years", 5, cls="dur"),
     M(R, "14 percent", N, "growth", 14, cls="pct"),
     M(R, "about 50,000 crore rupees", N, "comp", 50000, qual="approx", cls="inr"),
     M(R, "April 1, 2017", D, "start", "2017-04-01"),

     M(A, "Kamis (3/11/2016)", D, "meeting", "2016-11-03"),
     M(A, "5 persen", N, "r1", 5, cls="pct"),
     M(A, "12 persen", N, "r2", 12, cls="pct"),
     M(A, "18 persen", N, "r3", 18, cls="pct"),
     M(A, "28 persen", N, "r4", 28, cls="pct"),
     M(A, "28 persen", N, "r4", 28, cls="pct", occ=2),
     M(A, "sekitar 30 persen", N, "now", 30, qual="approx", cls="pct"),
     M(A, "28 persen", N, "r4", 28, cls="pct", occ=3),
     M(A, "lima tahun", N, "years", 5, cls="dur"),
     M(A, "14 persen", N, "growth", 14, cls="pct"),
     M(A, "sekitar 50.000 crore rupee", N, "comp", 50000, qual="approx", cls="inr"),
     M(A, "1 April 2017", D, "start", "2017-04-01"),

     M(B, "5 persen", N, "r1", 5, cls="pct"),
     M(B, "12 persen", N, "r2", 12, cls="pct"),
     M(B, "18 persen", N, "r3", 18, cls="pct"),
     M(B, "28 persen", N, "r4", 28, cls="pct"),
     M(B, "Kamis (3/11/2016)", D, "meeting", "2016-11-03"),
     M(B, "28 persen", N, "r4", 28, cls="pct", occ=2),
     M(B, "sekitar 30 persen", N, "now", 30, qual="approx", cls="pct"),
     M(B, "28 persen", N, "r4", 28, cls="pct", occ=3),
     M(B, "lima tahun", N, "years", 5, cls="dur"),
     M(B, "14 persen", N, "growth", 14, cls="pct"),
     M(B, "sekitar 50.000 crore rupee", N, "comp", 50000, qual="approx", cls="inr"),
     M(B, "1 April 2017", D, "start", "2017-04-01"),

     M(E, "Nov. 3", D, "meeting", "2016-11-03"),
     M(E, "5 percent", N, "r1", 5, cls="pct"),
     M(E, "12 percent", N, "r2", 12, cls="pct"),
     M(E, "18 percent", N, "r3", 18, cls="pct"),
     M(E, "28 percent", N, "r4", 28, cls="pct"),
     M(E, "around 30 percent", N, "now", 30, qual="approx", cls="pct"),
     M(E, "28 percent", N, "r4", 28, cls="pct", occ=2),
     M(E, "Thursday", D, "meeting", "2016-11-03"),
     M(E, "28 percent", N, "r4", 28, cls="pct", occ=3),
     M(E, "five years", N, "years", 5, cls="dur"),
     M(E, "14 percent", N, "growth", 14, cls="pct"),
     M(E, "about 50,000 crore rupees", N, "comp", 50000, qual="approx", cls="inr"),
     M(E, "April 1, 2017", D, "start", "2017-04-01"),
    ]
    build("gst-rates-2016", "India's GST Council's agreement of Thursday 3 November 2016 on the rates of the new "
          "goods and services tax (control): four bands of 5, 12, 18 and 28 percent, goods now taxed at around 30 "
          "percent moving to 28 percent, a cess above 28 percent on luxury cars, tobacco, pan masala and aerated "
          "drinks funding compensation to states for five years on an assumed 14 percent revenue growth a year, "
          "about 50,000 crore rupees in the first year; the target start of 1 April 2017. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    puttingal()
    pk661()
    gst()
