"""The four-hundred-and-forty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset446/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def graz():
    R, K, A, T = "reuters-jun10", "kompas-jun11", "ap-jun12", "antara-jul02"
    # as-of times of the running tallies: Tuesday 10 June 2025 at midday (at least eight dead) and at 17:00 (nine
    # dead besides the gunman; 12 wounded by the police against 11 by the Styrian hospital operator: sources), the
    # morning of Wednesday 11 June (ten dead after a woman died in hospital overnight; the police's wounded
    # corrected down to 11 after a double count: a revision), then the reports of 12 June and 2 July. The dead are the
    # gunman's victims; the eleven dead "with the gunman" are another fact.
    TUE12, TUE17, WED, JUN12, JUL02 = "2025-06-10a", "2025-06-10b", "2025-06-11", "2025-06-12", "2025-07-02"
    POL, HOSP = "the police", "the Styrian hospital operator"
    names = {
     "dead": "people killed by the gunman (not counting him)", "dead_all": "dead counting the gunman",
     "injured": "people wounded", "age": "the gunman's age (years)", "age_old": "minimum age to buy a pistol before (years)",
     "age_new": "minimum age to buy a pistol planned (years)", "shoot_time": "hour the shooting began",
     "silence_time": "hour of the minute's silence", "mourning": "days of national mourning (days)",
     "wait_old": "waiting period for a first gun before (days)", "gap": "days between the shooting and the gun-law deal",
     "wait_new": "waiting period for a first gun planned (weeks)",
     "since": "weeks since the shooting at the report",
     # dates
     "shooting": "day of the shooting", "tenth": "night the tenth victim died", "silence": "day of the minute's silence",
     "vigil": "day of the vigil at the school", "mourning_end": "day the national mourning ended",
     "gunlaw": "day the government agreed the gun-law plans", "police_stmt": "day of the police's count of the wounded",
    }
    ms = [
     M(R, "Tuesday", D, "shooting", "2025-06-10"),
     M(R, "nine people", N, "dead", 9, TUE17),
     M(R, "around 10 a.m.", N, "shoot_time", 10, qual="approx", cls="clock"),
     M(R, "at least eight people", N, "dead", 8, TUE12, qual="atleast"),
     M(R, "nine", N, "dead", 9, TUE17, occ=2),
     M(R, "12 people", N, "injured", 12, TUE17, src=POL),
     M(R, "11 wounded", N, "injured", 11, TUE17, src=HOSP),
     M(R, "21-year-old", N, "age", 21, cls="age"),
     M(R, "three days", N, "mourning", 3, cls="days"),
     M(R, "10 a.m.", N, "silence_time", 10, cls="clock", occ=2),
     M(R, "Wednesday", D, "silence", "2025-06-11"),

     M(K, "10 orang", N, "dead", 10, WED),
     M(K, "Selasa malam", D, "tenth", "2025-06-10"),
     M(K, "Selasa (10/6/2025)", D, "shooting", "2025-06-10"),
     M(K, "sekitar pukul 12.00", N, "shoot_time", 12, qual="approx", cls="clock", planted=True),
     M(K, "21 tahun", N, "age", 21, cls="age"),
     M(K, "11 orang", N, "dead_all", 11, WED),
     M(K, "11 orang", N, "injured", 11, WED, src=POL, occ=2),
     M(K, "12 orang", N, "injured", 12, TUE17, src=POL),
     M(K, "tiga hari", N, "mourning", 3, cls="days"),
     M(K, "Rabu (11/6/2025)", D, "silence", "2025-06-11"),
     M(K, "pukul 10.00", N, "silence_time", 10, cls="clock"),

     M(A, "Thursday", D, "vigil", "2025-06-12"),
     M(A, "10 people", N, "dead", 10, JUN12),
     M(A, "Nine of the dead", N, "dead", 9, TUE17),
     M(A, "Tuesday, June 10", D, "shooting", "2025-06-10"),
     M(A, "Tuesday", D, "police_stmt", "2025-06-10", occ=2),
     M(A, "21 people", N, "injured", 21, TUE17, src=POL, planted=True),
     M(A, "21-year-old", N, "age", 21, cls="age"),
     M(A, "10 a.m.", N, "silence_time", 10, cls="clock"),
     M(A, "Wednesday", D, "silence", "2025-06-11"),
     M(A, "three days", N, "mourning", 3, cls="days"),
     M(A, "Friday", D, "mourning_end", "2025-06-13"),

     M(T, "Tiga pekan", N, "since", 3, cls="weeks"),
     M(T, "Rabu (18/6/2025)", D, "gunlaw", "2025-06-18"),
     M(T, "delapan hari", N, "gap", 8, cls="days"),
     M(T, "10 orang", N, "dead", 10, JUL02),
     M(T, "21 tahun", N, "age_old", 21, cls="age"),
     M(T, "25 tahun", N, "age_new", 25, cls="age"),
     M(T, "empat minggu", N, "wait_new", 4, cls="weeks"),
     M(T, "tiga hari", N, "wait_old", 3, cls="days"),
     M(T, "21 tahun", N, "age", 21, cls="age", occ=2),
     M(T, "Selasa (10/6/2025)", D, "shooting", "2025-06-10"),
     M(T, "sekitar pukul 10.00", N, "shoot_time", 10, qual="approx", cls="clock"),
     M(T, "Sembilan orang", N, "dead", 9, TUE17),
     M(T, "11 orang", N, "injured", 11, JUL02),
     M(T, "tiga hari", N, "mourning", 3, cls="days", occ=2),
     M(T, "Jumat (13/6/2025)", D, "mourning_end", "2025-06-13"),
    ]
    build("graz-school-shooting-2025", "The shooting at a secondary school in Graz, Austria, on Tuesday 10 June 2025 "
          "at around 10:00: a 21-year-old former pupil killed nine people in the building (at least eight by the "
          "police at midday, nine by 17:00) and shot himself; a woman died in hospital that night, raising the toll "
          "to ten (eleven with the gunman); 12 wounded by the police against 11 by the Styrian hospital operator on "
          "the day (sources), the police's figure corrected to 11 the next day (a revision); three days of national "
          "mourning to Friday 13 June, a minute's silence at 10:00 on Wednesday 11 June; the government's gun-law "
          "plans agreed on Wednesday 18 June 2025", False, ms, names)


def kercher():
    A, R, K, T = "antara-dec05", "reuters-oct04", "kompas-jan31", "tempo-mar28"
    # steps on different dates: the killing (the night of Thursday 1 November 2007), the body found (Friday 2
    # November), the arrest (Tuesday 6 November 2007), Guede's fast-track verdict (October 2008), the first verdict
    # (Friday 4 December 2009), the acquittal on appeal (Monday 3 October 2011) and Knox's flight home the next day,
    # the acquittal quashed by the Court of Cassation (Tuesday 26 March 2013), the Florence verdict (Thursday 30
    # January 2014), the final acquittal (Friday 27 March 2015). Tempting pairs of one unit: the prison terms (26,
    # 25, 30, 16, 28.5, 25 again, 3 years), the years served and the length of the case; the ages of Knox at four
    # dates, of Sollecito and of Kercher.
    names = {
     "knox1": "Knox's first sentence (years)", "sol1": "Sollecito's first sentence (years)",
     "guede1": "Guede's first sentence (years)", "guede2": "Guede's sentence on appeal (years)",
     "knox2": "Knox's sentence in Florence (years)", "sol2": "Sollecito's sentence in Florence (years)",
     "slander": "Knox's sentence for the false accusation (years)", "served": "years Knox spent in prison",
     "span2014": "years the case had run by January 2014", "span2015": "years the case had run by March 2015",
     "delib": "hours of deliberation before the first verdict",
     "m_age": "Kercher's age (years)", "k_age07": "Knox's age at her arrest (years)",
     "k_age11": "Knox's age in October 2011 (years)", "s_age11": "Sollecito's age in October 2011 (years)",
     "k_age14": "Knox's age in January 2014 (years)", "k_age15": "Knox's age in March 2015 (years)",
     # dates
     "killing": "night of the killing", "found": "day Kercher was found dead", "arrest": "day of the arrest",
     "guede_verdict": "month of Guede's verdict", "verdict1": "day of the first verdict",
     "acquittal": "day of the acquittal on appeal", "flight": "day Knox flew home",
     "cass1": "day the Court of Cassation quashed the acquittal", "retrial": "day of the Florence verdict",
     "final": "day of the final acquittal",
    }
    ms = [
     M(A, "26 tahun penjara", N, "knox1", 26, cls="yrs"),
     M(A, "Jumat (4/12/2009)", D, "verdict1", "2009-12-04"),
     M(A, "sekitar 11 jam", N, "delib", 11, qual="approx", cls="hours"),
     M(A, "25 tahun penjara", N, "sol1", 25, cls="yrs"),
     M(A, "21 tahun", N, "m_age", 21, cls="age"),
     M(A, "2 November 2007", D, "found", "2007-11-02"),
     M(A, "1 November 2007", D, "killing", "2007-11-01"),
     M(A, "30 tahun penjara", N, "guede1", 30, cls="yrs"),
     M(A, "Oktober 2008", D, "guede_verdict", "2008-10"),
     M(A, "20 tahun", N, "k_age07", 20, cls="age"),
     M(A, "6 November 2007", D, "arrest", "2007-11-06"),

     M(R, "Tuesday", D, "flight", "2011-10-04"),
     M(R, "24", N, "k_age11", 24, cls="age"),
     M(R, "27", N, "s_age11", 27, cls="age"),
     M(R, "Monday, Oct. 3", D, "acquittal", "2011-10-03"),
     M(R, "December 2009", D, "verdict1", "2009-12"),
     M(R, "26 years", N, "knox1", 26, cls="yrs"),
     M(R, "25 years", N, "sol1", 25, cls="yrs"),
     M(R, "three years", N, "slander", 3, cls="yrs"),
     M(R, "nearly four years", N, "served", 4, qual="nearly", cls="yrs"),
     M(R, "22", N, "m_age", 22, cls="age", planted=True),
     M(R, "November 2007", D, "found", "2007-11"),
     M(R, "16 years", N, "guede2", 16, cls="yrs"),

     M(K, "Kamis (30/1/2014)", D, "retrial", "2014-01-30"),
     M(K, "28 tahun 6 bulan", N, "knox2", 28.5, cls="yrs"),
     M(K, "26 tahun", N, "knox1", 26, cls="yrs"),
     M(K, "2009", D, "verdict1", "2009"),
     M(K, "25 tahun penjara", N, "sol2", 25, cls="yrs"),
     M(K, "Selasa (26/3/2013)", D, "cass1", "2013-03-26"),
     M(K, "3 Oktober 2011", D, "acquittal", "2011-10-03"),
     M(K, "26 tahun", N, "k_age14", 26, cls="age", occ=2),
     M(K, "2 November 2007", D, "found", "2007-11-02"),
     M(K, "lebih dari enam tahun", N, "span2014", 6, qual="morethan", cls="yrs"),

     M(T, "Jumat (27/3/2015)", D, "final", "2015-03-27"),
     M(T, "hampir delapan tahun", N, "span2015", 8, qual="nearly", cls="yrs"),
     M(T, "28,5 tahun penjara", N, "knox2", 28.5, cls="yrs"),
     M(T, "25 tahun", N, "sol2", 25, cls="yrs"),
     M(T, "27 tahun", N, "k_age15", 27, cls="age"),
     M(T, "4 Oktober 2011", D, "acquittal", "2011-10-04", planted=True),
     M(T, "Maret 2013", D, "cass1", "2013-03"),
     M(T, "hampir empat tahun", N, "served", 4, qual="nearly", cls="yrs"),
     M(T, "16 tahun penjara", N, "guede2", 16, cls="yrs"),
     M(T, "21 tahun", N, "m_age", 21, cls="age"),
     M(T, "2 November 2007", D, "found", "2007-11-02"),
    ]
    build("kercher-murder-case-2007", "The killing of the British student Meredith Kercher (21) in Perugia on the "
          "night of 1 November 2007 (found on 2 November) and the case against Amanda Knox and Raffaele Sollecito, "
          "arrested on 6 November 2007: Rudy Guede given 30 years in a fast-track trial in October 2008 (16 on "
          "appeal); Knox given 26 years and Sollecito 25 on Friday 4 December 2009; both acquitted on appeal on "
          "Monday 3 October 2011 (Knox's three years for a false accusation upheld; she flew home the next day after "
          "nearly four years in prison); the acquittal quashed by the Court of Cassation on Tuesday 26 March 2013; "
          "28 years and six months for Knox and 25 for Sollecito in Florence on Thursday 30 January 2014; both "
          "finally acquitted on Friday 27 March 2015", False, ms, names)


def swiss():
    R, K, S, B = "reuters-mar20", "kompas-mar21", "swissinfo-mar22", "bisnis-mar26"
    names = {
     "added": "new aid announced on 20 March (CHF)", "total": "total aid (CHF)", "first": "aid set aside on 13 March (CHF)",
     "loans": "state-guaranteed bank loans (CHF)", "small_cap": "ceiling of the small loans (CHF)",
     "large_cap": "ceiling of the large loans (CHF)", "uif": "extra money for the unemployment insurance fund (CHF)",
     "turnover": "share of annual turnover a small loan may reach (%)", "small_rate": "interest on the small loans (%)",
     "small_guar": "state guarantee of the small loans (%)", "large_rate": "interest on the large loans (%)",
     "large_guar": "state guarantee of the large loans (%)", "gap": "days between the lockdown and the package",
     # dates
     "announce": "day of the announcement", "first_day": "day of the first package", "payout": "day the loans began",
     "lockdown": "day the extraordinary situation was declared",
    }
    BN = 1e9
    ms = [
     M(R, "Friday", D, "announce", "2020-03-20"),
     M(R, "32 billion Swiss francs", N, "added", 32 * BN, cls="chf"),
     M(R, "42 billion francs", N, "total", 42 * BN, cls="chf"),
     M(R, "10 billion francs", N, "first", 10 * BN, cls="chf"),
     M(R, "Friday, March 13", D, "first_day", "2020-03-13"),
     M(R, "20 billion francs", N, "loans", 20 * BN, cls="chf"),
     M(R, "500,000 francs", N, "small_cap", 500000, cls="chf"),
     M(R, "10 percent", N, "turnover", 10, cls="pct"),
     M(R, "zero percent", N, "small_rate", 0, cls="pct"),
     M(R, "100 percent", N, "small_guar", 100, cls="pct"),
     M(R, "20 million francs", N, "large_cap", 20e6, cls="chf"),
     M(R, "0.5 percent", N, "large_rate", 0.5, cls="pct"),
     M(R, "85 percent", N, "large_guar", 85, cls="pct"),
     M(R, "8 billion francs", N, "uif", 8 * BN, cls="chf"),
     M(R, "Thursday, March 26", D, "payout", "2020-03-26"),
     M(R, "Monday, March 16", D, "lockdown", "2020-03-16"),

     M(K, "Jumat (20/3/2020)", D, "announce", "2020-03-20"),
     M(K, "32 miliar franc Swiss", N, "added", 32 * BN, cls="chf"),
     M(K, "42 miliar franc", N, "total", 42 * BN, cls="chf"),
     M(K, "Jumat (13/3/2020)", D, "first_day", "2020-03-13"),
     M(K, "10 miliar franc", N, "first", 10 * BN, cls="chf"),
     M(K, "20 miliar franc", N, "loans", 20 * BN, cls="chf"),
     M(K, "500.000 franc", N, "small_cap", 500000, cls="chf"),
     M(K, "10 persen", N, "turnover", 10, cls="pct"),
     M(K, "0 persen", N, "small_rate", 0, cls="pct"),
     M(K, "100 persen", N, "small_guar", 100, cls="pct"),
     M(K, "20 juta franc", N, "large_cap", 20e6, cls="chf"),
     M(K, "0,5 persen", N, "large_rate", 0.5, cls="pct"),
     M(K, "85 persen", N, "large_guar", 85, cls="pct"),
     M(K, "8 miliar franc", N, "uif", 8 * BN, cls="chf"),
     M(K, "Kamis (26/3/2020)", D, "payout", "2020-03-26"),
     M(K, "Senin (16/3/2020)", D, "lockdown", "2020-03-16"),

     M(S, "42 billion francs", N, "total", 42 * BN, cls="chf"),
     M(S, "Friday, March 20", D, "announce", "2020-03-20"),
     M(S, "32 billion francs", N, "added", 32 * BN, cls="chf"),
     M(S, "10 billion francs", N, "first", 10 * BN, cls="chf"),
     M(S, "March 13", D, "first_day", "2020-03-13"),
     M(S, "20-billion-franc", N, "loans", 20 * BN, cls="chf"),
     M(S, "500,000 francs", N, "small_cap", 500000, cls="chf"),
     M(S, "10 percent", N, "turnover", 10, cls="pct"),
     M(S, "0 percent", N, "small_rate", 0, cls="pct"),
     M(S, "100 percent", N, "small_guar", 100, cls="pct"),
     M(S, "500,000 francs", N, "small_cap", 500000, cls="chf", occ=2),
     M(S, "20 million francs", N, "large_cap", 20e6, cls="chf"),
     M(S, "85 percent", N, "large_guar", 85, cls="pct"),
     M(S, "0.5 percent", N, "large_rate", 0.5, cls="pct"),
     M(S, "8 billion francs", N, "uif", 8 * BN, cls="chf"),
     M(S, "Thursday, March 26", D, "payout", "2020-03-26"),
     M(S, "four days", N, "gap", 4, cls="days"),
     M(S, "March 16", D, "lockdown", "2020-03-16"),

     M(B, "0 persen", N, "small_rate", 0, cls="pct"),
     M(B, "Kamis (26/3/2020)", D, "payout", "2020-03-26"),
     M(B, "42 miliar franc Swiss", N, "total", 42 * BN, cls="chf"),
     M(B, "Jumat (20/3/2020)", D, "announce", "2020-03-20"),
     M(B, "20 miliar franc", N, "loans", 20 * BN, cls="chf"),
     M(B, "500.000 franc", N, "small_cap", 500000, cls="chf"),
     M(B, "10 persen", N, "turnover", 10, cls="pct"),
     M(B, "100 persen", N, "small_guar", 100, cls="pct"),
     M(B, "20 juta franc", N, "large_cap", 20e6, cls="chf"),
     M(B, "0,5 persen", N, "large_rate", 0.5, cls="pct"),
     M(B, "85 persen", N, "large_guar", 85, cls="pct"),
     M(B, "32 miliar franc", N, "added", 32 * BN, cls="chf"),
     M(B, "10 miliar franc", N, "first", 10 * BN, cls="chf"),
     M(B, "13 Maret", D, "first_day", "2020-03-13"),
     M(B, "8 miliar franc", N, "uif", 8 * BN, cls="chf"),
    ]
    build("swiss-covid-aid-2020", "Switzerland's coronavirus aid for firms announced on Friday 20 March 2020 "
          "(control): 32 billion francs added to the 10 billion of Friday 13 March, 42 billion in all; 20 billion of "
          "state-guaranteed bank loans, up to 500,000 francs (at most 10% of turnover) at 0% interest and 100% "
          "guaranteed, larger loans up to 20 million francs at 0.5% and 85% guaranteed; 8 billion francs more for "
          "the unemployment insurance fund; the first loans paid from Thursday 26 March; the extraordinary "
          "situation declared on Monday 16 March 2020. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    graz()
    kercher()
    swiss()
