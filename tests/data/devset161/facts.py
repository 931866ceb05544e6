"""The hundred-and-sixty-first development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset161/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def mogadishu():
    K, R, T, A = "kompas-oct16", "reuters-oct17", "detik-oct21", "antara-dec01"
    # as-of times of the running tallies: Sunday 15 October 2017 at night (the information minister's 276 dead and
    # about 300 injured), Monday 16 October (the Aamin ambulance service's "more than 300" dead; the burial of the
    # unidentified), Friday 20 October at night (the government's 358 dead, 228 injured, 56 missing, 122 flown
    # abroad) and Thursday 30 November (the government committee's 512 dead and 316 injured). Three sources: the
    # government's own counts, the ambulance service's and the committee's (different bodies: `sources`, also across
    # days). The government's injured fell from about 300 to 228 (a downward revision: the tally does not fall); the
    # missing may fall as the missing are found dead (fall=True).
    SUN, MON, FRI, NOV30 = "2017-10-15", "2017-10-16", "2017-10-20", "2017-11-30"
    GOV, AMB, COMM = "the government (information minister)", "the Aamin ambulance service", "the government's committee"
    names = {
     "dead": "people killed", "injured": "people injured", "missing": "people missing", "abroad": "injured flown abroad",
     "buried": "unidentified dead buried", "troops": "African Union troops in Somalia",
     "dead2011": "people killed in the October 2011 truck bomb", "gap": "hours between the two blasts",
     "mourning": "days of national mourning",
     # dates
     "attack": "day of the bombing", "day276": "day of the count of 276", "day_amb": "day of the ambulance service's count",
     "burial": "day of the burial of the unidentified dead", "day358": "day of the count of 358",
     "day512": "day of the committee's count", "insurgency": "year the insurgency began",
     "prev": "month of the earlier deadliest bombing",
    }
    ms = [
     M(K, "276 orang", N, "dead", 276, SUN, src=GOV),
     M(K, "Minggu (15/10/2017)", D, "day276", "2017-10-15"),
     M(K, "sekitar 300 orang", N, "injured", 300, SUN, qual="approx", src=GOV),
     M(K, "Sabtu (14/10/2017)", D, "attack", "2017-10-14"),
     M(K, "sekitar dua jam", N, "gap", 2, qual="approx", cls="hours"),
     M(K, "tiga hari", N, "mourning", 3, cls="days"),
     M(K, "2007", D, "insurgency", "2007"),

     M(R, "More than 300 people", N, "dead", 300, MON, qual="morethan", src=AMB),
     M(R, "Saturday", D, "attack", "2017-10-14"),
     M(R, "Monday", D, "day_amb", "2017-10-16"),
     M(R, "276", N, "dead", 276, SUN, src=GOV),
     M(R, "about 300", N, "injured", 300, SUN, qual="approx", src=GOV),
     M(R, "Sunday", D, "day276", "2017-10-15"),
     M(R, "Oct. 14", D, "attack", "2017-10-14"),
     M(R, "about two hours", N, "gap", 2, qual="approx", cls="hours"),
     M(R, "More than 150 bodies", N, "buried", 150, MON, qual="morethan"),
     M(R, "Monday", D, "burial", "2017-10-16", occ=2),
     M(R, "2007", D, "insurgency", "2007"),
     M(R, "October 2011", D, "prev", "2011-10"),
     M(R, "about 100 people", N, "dead2011", 100, qual="approx"),
     M(R, "22,000-strong", N, "troops", 22000),

     M(T, "358 orang", N, "dead", 358, FRI, src=GOV),
     M(T, "Jumat (20/10/2017)", D, "day358", "2017-10-20"),
     M(T, "228 orang", N, "injured", 228, FRI, src=GOV),
     M(T, "56 orang", N, "missing", 56, FRI, src=GOV, fall=True),
     M(T, "122 orang", N, "abroad", 122, FRI, src=GOV),
     M(T, "Sabtu (14/10/2017)", D, "attack", "2017-10-14"),
     M(T, "Minggu (15/10/2017)", D, "day276", "2017-10-15"),
     M(T, "276 orang", N, "dead", 276, SUN, src=GOV),

     M(A, "sedikitnya 512 orang", N, "dead", 512, NOV30, qual="atleast", src=COMM),
     M(A, "Kamis (30/11/2017)", D, "day512", "2017-11-30"),
     M(A, "316 orang", N, "injured", 316, NOV30, src=COMM),
     M(A, "20 Oktober 2017", D, "day358", "2017-10-20"),
     M(A, "358 orang", N, "dead", 358, FRI, src=GOV),
     M(A, "228 orang", N, "injured", 228, FRI, src=GOV),
     M(A, "Jumat (13/10/2017)", D, "attack", "2017-10-13", planted=True),
     M(A, "2007", D, "insurgency", "2007"),
     M(A, "Sekitar 22.000 tentara", N, "troops", 22000, qual="approx"),
    ]
    build("mogadishu-truck-bomb-2017", "The truck bombing at the Zoobe junction in Mogadishu, Somalia (Saturday 14 "
          "October 2017, a second blast in Medina about two hours later): the government's toll 276 dead and about 300 "
          "injured by Sunday night 15 October, 358 dead, 228 injured (revised down), 56 missing and 122 flown abroad "
          "by Friday night 20 October; the Aamin ambulance service's 'more than 300' on Monday 16 October; the "
          "government committee's 512 dead and 316 injured on Thursday 30 November",
          False, ms, names)


def burundi():
    A, R, K, T = "antara-may25", "reuters-jun05", "kompas-jun10", "detik-jun19"
    # results and dates do not change with the day of the report. Stages on different dates: the poll (Wednesday 20
    # May 2020), the electoral commission's provisional results (Monday 25 May), the Constitutional Court's rejection
    # of the opposition's challenge (Thursday 4 June), Nkurunziza's death (Monday 8 June) announced the next day
    # (Tuesday 9 June), the court's ruling on an early swearing-in (Friday 12 June), the swearing-in (Thursday 18
    # June) instead of the planned 20 August.
    names = {
     "win": "Ndayishimiye's share of the vote", "rwasa": "Rwasa's share of the vote",
     "sindimwo": "Sindimwo's share of the vote", "turnout": "turnout", "threshold": "share needed to win outright",
     "leg_cndd": "CNDD-FDD's share in the legislative vote", "leg_cnl": "CNL's share in the legislative vote",
     "leg_uprona": "Uprona's share in the legislative vote", "term": "length of the presidential term",
     "killed2015": "people killed in the 2015 crisis", "fled2015": "people who fled in the 2015 crisis",
     "civilwar": "people killed in the civil war", "quarantine": "days of quarantine for observers",
     "hospital": "days in hospital before the death", "mourning": "days of national mourning",
     "age_nk": "Nkurunziza's age", "age_nd": "Ndayishimiye's age", "early": "months the swearing-in was brought forward",
     # dates
     "poll": "day of the vote", "ceni": "day of the commission's provisional results",
     "court1": "day of the court's ruling on the challenge", "planned": "planned swearing-in",
     "since": "year Nkurunziza took power", "crisis": "year of the third-term crisis",
     "announce": "day the death was announced", "death": "day of Nkurunziza's death", "wife": "month the wife was flown out",
     "court2": "day of the court's ruling on an early swearing-in", "sworn": "day of the swearing-in",
    }
    ms = [
     M(A, "68,72 persen", N, "win", 68.72, cls="pct"),
     M(A, "Senin (25/5/2020)", D, "ceni", "2020-05-25"),
     M(A, "24,19 persen", N, "rwasa", 24.19, cls="pct"),
     M(A, "1,64 persen", N, "sindimwo", 1.64, cls="pct"),
     M(A, "Rabu (20/5/2020)", D, "poll", "2020-05-20"),
     M(A, "87,71 persen", N, "turnout", 87.71, cls="pct"),
     M(A, "lebih dari 50 persen", N, "threshold", 50, qual="morethan", cls="pct"),
     M(A, "68,02 persen", N, "leg_cndd", 68.02, cls="pct"),
     M(A, "22,43 persen", N, "leg_cnl", 22.43, cls="pct"),
     M(A, "2,44 persen", N, "leg_uprona", 2.44, cls="pct"),
     M(A, "4 Juni 2020", D, "court1", "2020-06-04"),
     M(A, "Agustus", D, "planned", "2020-08"),
     M(A, "tujuh tahun", N, "term", 7, cls="years"),
     M(A, "2005", D, "since", "2005"),

     M(R, "Thursday", D, "court1", "2020-06-04"),
     M(R, "May 25", D, "ceni", "2020-05-25"),
     M(R, "68.72%", N, "win", 68.72, cls="pct"),
     M(R, "May 21", D, "poll", "2020-05-21", planted=True),
     M(R, "24.19%", N, "rwasa", 24.19, cls="pct"),
     M(R, "87.7%", N, "turnout", 87.71, qual="approx", cls="pct"),
     M(R, "Aug. 20", D, "planned", "2020-08-20"),
     M(R, "2005", D, "since", "2005"),
     M(R, "2015", D, "crisis", "2015"),
     M(R, "At least 1,200 people", N, "killed2015", 1200, qual="atleast"),
     M(R, "some 400,000", N, "fled2015", 400000, qual="approx"),
     M(R, "14 days", N, "quarantine", 14, cls="days"),
     M(R, "22.43%", N, "leg_cnl", 22.43, cls="pct"),
     M(R, "68.02%", N, "leg_cndd", 68.02, cls="pct"),

     M(K, "55 tahun", N, "age_nk", 55, cls="age"),
     M(K, "Selasa (9/6/2020)", D, "announce", "2020-06-09"),
     M(K, "Senin (8/6/2020)", D, "death", "2020-06-08"),
     M(K, "dua hari", N, "hospital", 2, cls="days"),
     M(K, "tujuh hari", N, "mourning", 7, cls="days"),
     M(K, "Rabu (20/5/2020)", D, "poll", "2020-05-20"),
     M(K, "68,72 persen", N, "win", 68.72, cls="pct"),
     M(K, "25 Mei", D, "ceni", "2020-05-25"),
     M(K, "4 Juni", D, "court1", "2020-06-04"),
     M(K, "20 Agustus 2020", D, "planned", "2020-08-20"),
     M(K, "2005", D, "since", "2005"),
     M(K, "sekitar 300.000 orang", N, "civilwar", 300000, qual="approx"),
     M(K, "Akhir Mei", D, "wife", "2020-05"),

     M(T, "Kamis (18/6/2020)", D, "sworn", "2020-06-18"),
     M(T, "dua bulan", N, "early", 2, cls="months"),
     M(T, "8 Juni 2020", D, "death", "2020-06-08"),
     M(T, "55 tahun", N, "age_nk", 55, cls="age"),
     M(T, "Jumat (12/6/2020)", D, "court2", "2020-06-12"),
     M(T, "4 Juni 2020", D, "court1", "2020-06-04"),
     M(T, "52 tahun", N, "age_nd", 52, cls="age"),
     M(T, "20 Mei 2020", D, "poll", "2020-05-20"),
     M(T, "68,72 persen", N, "win", 68.72, cls="pct"),
     M(T, "24,91 persen", N, "rwasa", 24.91, cls="pct", planted=True),
     M(T, "tujuh tahun", N, "term", 7, cls="years"),
     M(T, "20 Agustus 2020", D, "planned", "2020-08-20"),
    ]
    build("burundi-election-2020", "Burundi's presidential election and the transfer of power (2020): the vote on "
          "Wednesday 20 May; the electoral commission's (CENI) provisional results on Monday 25 May (Evariste "
          "Ndayishimiye 68.72%, Agathon Rwasa 24.19%, Gaston Sindimwo 1.64%, turnout 87.71%; legislative CNDD-FDD "
          "68.02%, CNL 22.43%, Uprona 2.44%); the Constitutional Court's rejection of the CNL's challenge on Thursday 4 "
          "June; President Pierre Nkurunziza's death on Monday 8 June, announced on Tuesday 9 June; the court's ruling "
          "of Friday 12 June for an early swearing-in; Ndayishimiye sworn in at Gitega on Thursday 18 June instead of "
          "20 August", False, ms, names)


def census():
    R, K, A, X = "reuters-nov04", "kompas-nov05", "antara-nov06", "xinhua-nov07"
    names = {
     "total": "Kenya's population", "females": "females counted", "males": "males counted",
     "intersex": "intersex people counted", "female_share": "women's share of the population",
     "growth": "annual growth rate (2019)", "growth2009": "annual growth rate (2009)",
     "hh": "average household size (2019)", "hh2009": "average household size (2009)", "counties": "counties",
     "nairobi": "Nairobi's population", "kiambu": "Kiambu's population", "nakuru": "Nakuru's population",
     "lamu": "Lamu's population", "mombasa": "Mombasa's population", "months": "months from the count to the results",
     # dates
     "release": "day the results were released", "month": "month of the count", "prev": "year of the previous count",
     "start": "first night of the enumeration", "end": "last day of the enumeration", "mopup": "the mop-up days",
    }
    ms = [
     M(R, "47,564,296 people", N, "total", 47564296, cls="pop"),
     M(R, "Monday", D, "release", "2019-11-04"),
     M(R, "August", D, "month", "2019-08"),
     M(R, "24,014,716", N, "females", 24014716, cls="pop"),
     M(R, "23,548,056", N, "males", 23548056, cls="pop"),
     M(R, "1,524", N, "intersex", 1524, cls="pop"),
     M(R, "2.2%", N, "growth", 2.2, cls="pct"),
     M(R, "2.9%", N, "growth2009", 2.9, cls="pct"),
     M(R, "2009", D, "prev", "2009"),
     M(R, "3.9 people", N, "hh", 3.9, cls="hh"),
     M(R, "4.2", N, "hh2009", 4.2, cls="hh"),
     M(R, "47 counties", N, "counties", 47),
     M(R, "4,397,073", N, "nairobi", 4397073, cls="pop"),
     M(R, "2,417,735", N, "kiambu", 2417735, cls="pop"),
     M(R, "2,162,202", N, "nakuru", 2162202, cls="pop"),
     M(R, "143,920 people", N, "lamu", 143920, cls="pop"),
     M(R, "Aug. 24", D, "start", "2019-08-24"),
     M(R, "Aug. 31", D, "end", "2019-08-31"),
     M(R, "Sept. 1 and 2", D, "mopup", "2019-09-01"),
     M(R, "two months", N, "months", 2, cls="months"),

     M(K, "47.564.296 jiwa", N, "total", 47564296, cls="pop"),
     M(K, "Senin (4/11/2019)", D, "release", "2019-11-04"),
     M(K, "24.014.716 perempuan", N, "females", 24014716, cls="pop"),
     M(K, "23.548.056 laki-laki", N, "males", 23548056, cls="pop"),
     M(K, "1.524 orang", N, "intersex", 1524, cls="pop"),
     M(K, "50,5 persen", N, "female_share", 50.5, cls="pct"),
     M(K, "2,2 persen", N, "growth", 2.2, cls="pct"),
     M(K, "2,9 persen", N, "growth2009", 2.9, cls="pct"),
     M(K, "2009", D, "prev", "2009"),
     M(K, "4,2", N, "hh2009", 4.2, cls="hh"),
     M(K, "3,9 orang", N, "hh", 3.9, cls="hh"),
     M(K, "4.397.073 jiwa", N, "nairobi", 4397073, cls="pop"),
     M(K, "2.417.735 jiwa", N, "kiambu", 2417735, cls="pop"),
     M(K, "2.162.202 jiwa", N, "nakuru", 2162202, cls="pop"),
     M(K, "143.920 jiwa", N, "lamu", 143920, cls="pop"),
     M(K, "24 Agustus", D, "start", "2019-08-24"),
     M(K, "31 Agustus 2019", D, "end", "2019-08-31"),
     M(K, "1-2 September", D, "mopup", "2019-09-01"),
     M(K, "dua bulan", N, "months", 2, cls="months"),

     M(A, "sekitar 47,6 juta jiwa", N, "total", 47600000, qual="approx", cls="pop"),
     M(A, "Senin (4/11/2019)", D, "release", "2019-11-04"),
     M(A, "lebih dari 24 juta", N, "females", 24000000, qual="morethan", cls="pop"),
     M(A, "sekitar 23,5 juta", N, "males", 23500000, qual="approx", cls="pop"),
     M(A, "1.524 orang", N, "intersex", 1524, cls="pop"),
     M(A, "2,2 persen", N, "growth", 2.2, cls="pct"),
     M(A, "2,9 persen", N, "growth2009", 2.9, cls="pct"),
     M(A, "2009", D, "prev", "2009"),
     M(A, "3,9 orang", N, "hh", 3.9, cls="hh"),
     M(A, "4,2 orang", N, "hh2009", 4.2, cls="hh"),
     M(A, "4.397.073 jiwa", N, "nairobi", 4397073, cls="pop"),
     M(A, "1.208.333 jiwa", N, "mombasa", 1208333, cls="pop"),
     M(A, "lebih dari 2 juta jiwa", N, "kiambu", 2000000, qual="morethan", cls="pop", also={"nakuru": 2000000}),
     M(A, "24 Agustus 2019", D, "start", "2019-08-24"),
     M(A, "47 county", N, "counties", 47),

     M(X, "47.6 million", N, "total", 47600000, qual="approx", cls="pop"),
     M(X, "August", D, "month", "2019-08"),
     M(X, "Monday", D, "release", "2019-11-04"),
     M(X, "24,014,716", N, "females", 24014716, cls="pop"),
     M(X, "50.5 percent", N, "female_share", 50.5, cls="pct"),
     M(X, "23,548,056", N, "males", 23548056, cls="pop"),
     M(X, "1,524", N, "intersex", 1524, cls="pop"),
     M(X, "2.2 percent", N, "growth", 2.2, cls="pct"),
     M(X, "2.9 percent", N, "growth2009", 2.9, cls="pct"),
     M(X, "2009", D, "prev", "2009"),
     M(X, "3.9 members", N, "hh", 3.9, cls="hh"),
     M(X, "4.2", N, "hh2009", 4.2, cls="hh"),
     M(X, "nearly 4.4 million", N, "nairobi", 4400000, qual="nearly", cls="pop"),
     M(X, "143,920", N, "lamu", 143920, cls="pop"),
     M(X, "1,208,333", N, "mombasa", 1208333, cls="pop"),
     M(X, "about two months", N, "months", 2, qual="approx", cls="months"),
     M(X, "Aug. 31", D, "end", "2019-08-31"),
    ]
    build("kenya-census-2019", "Kenya's 2019 census results (control), released by the Kenya National Bureau of "
          "Statistics on Monday 4 November 2019 at State House: 47,564,296 people (24,014,716 females, 50.5%; "
          "23,548,056 males; 1,524 intersex), growth 2.2% a year (2.9% in 2009), household size 3.9 (4.2), Nairobi "
          "4,397,073, Kiambu 2,417,735, Nakuru 2,162,202, Mombasa 1,208,333, Lamu 143,920; enumeration from the night "
          "of 24 August to 31 August, mop-up 1-2 September. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    mogadishu()
    burundi()
    census()
