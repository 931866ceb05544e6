"""The two-hundred-and-thirtieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset230/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kaprun():
    K, R, T, A = "kompas-nov12", "reuters-nov13", "detik-nov15", "ap-feb19"
    # as-of times of the running tallies: Saturday 11 November 2000 (the police's first toll of 170), Sunday 12
    # November (36 bodies recovered), Monday 13 November (the toll corrected to 155 after the passenger lists were
    # checked; 118 bodies recovered by the evening), Tuesday 14 November (all 155 bodies recovered), the final toll as
    # recalled at the verdict (Thursday 19 February 2004). The toll's 170 -> 155 is a revision; recovered bodies rise.
    # The survivors (12), the dead on the train (150), the victims by country and the defendants do not change with
    # the day of the report.
    SAT, SUN, MON, TUE, FINAL = "2000-11-11", "2000-11-12", "2000-11-13", "2000-11-14", "2004-02-19"
    names = {
     "dead": "people killed in the fire", "recovered": "bodies brought out of the tunnel",
     "survivors": "passengers who escaped the train", "dead_train": "people killed on the ascending train",
     "tunnel": "length of the tunnel", "countries": "countries the victims came from",
     "austrians": "Austrians killed", "germans": "Germans killed", "japanese": "Japanese killed",
     "americans": "Americans killed", "slovenes": "Slovenes killed", "dutch": "Dutch killed",
     "defendants": "people tried and acquitted",
     # dates
     "fire": "day of the fire", "asof_sun": "day of the Sunday recovery count", "asof_mon": "day of the corrected toll",
     "asof_tue": "day the recovery ended", "opened": "year the line opened", "verdict": "day of the verdict",
     "trial": "month the trial opened",
    }
    ms = [
     M(K, "Sabtu (11/11/2000)", D, "fire", "2000-11-11"),
     M(K, "170 orang", N, "dead", 170, SAT),
     M(K, "3,3 kilometer", N, "tunnel", 3.3, cls="km"),
     M(K, "12 orang", N, "survivors", 12),
     M(K, "Minggu (12/11/2000)", D, "asof_sun", "2000-11-12"),
     M(K, "36 jenazah", N, "recovered", 36, SUN),
     M(K, "sedikitnya delapan negara", N, "countries", 8, qual="atleast"),
     M(K, "1974", D, "opened", "1974"),

     M(R, "Monday", D, "asof_mon", "2000-11-13"),
     M(R, "155 people", N, "dead", 155, MON),
     M(R, "170", N, "dead", 170, SAT),
     M(R, "150", N, "dead_train", 150),
     M(R, "Saturday morning", D, "fire", "2000-11-11"),
     M(R, "Twelve passengers", N, "survivors", 12),
     M(R, "118 bodies", N, "recovered", 118, MON),
     M(R, "3.3 km", N, "tunnel", 3.3, cls="km"),
     M(R, "1974", D, "opened", "1974"),

     M(T, "Selasa (14/11/2000)", D, "asof_tue", "2000-11-14"),
     M(T, "155 jenazah", N, "recovered", 155, TUE, also={"dead": 155}),
     M(T, "Jumat (10/11/2000)", D, "fire", "2000-11-10", planted=True),
     M(T, "170 orang", N, "dead", 170, SAT),
     M(T, "92 orang", N, "austrians", 92),
     M(T, "37 orang", N, "germans", 37),
     M(T, "10 warga Jepang", N, "japanese", 10),
     M(T, "8 warga Amerika Serikat", N, "americans", 8),
     M(T, "4 warga Slovenia", N, "slovenes", 4),
     M(T, "2 warga Belanda", N, "dutch", 2),
     M(T, "12 orang", N, "survivors", 12),

     M(A, "Thursday", D, "verdict", "2004-02-19"),
     M(A, "16 people", N, "defendants", 16),
     M(A, "155 people", N, "dead", 155, FINAL),
     M(A, "Nov. 11, 2000", D, "fire", "2000-11-11"),
     M(A, "150", N, "dead_train", 150),
     M(A, "92 Austrians", N, "austrians", 92),
     M(A, "73 Germans", N, "germans", 73, planted=True),
     M(A, "10 Japanese", N, "japanese", 10),
     M(A, "12 people", N, "survivors", 12),
     M(A, "June 2002", D, "trial", "2002-06"),
    ]
    build("kaprun-fire-2000", "The fire on the glacier funicular at Kaprun, Austria (Saturday 11 November 2000), in "
          "its tunnel up the Kitzsteinhorn: the police's first toll of 170 corrected to 155 on Monday 13 November "
          "(150 on the ascending train), 12 survivors, bodies recovered 36 by Sunday -> 118 by Monday evening -> all "
          "155 on Tuesday 14 November; the dead by country (92 Austrians, 37 Germans, 10 Japanese, 8 Americans, 4 "
          "Slovenes, 2 Dutch, a Briton, a Czech); the acquittal of all 16 defendants on Thursday 19 February 2004",
          False, ms, names)


def ibiza():
    R, K, T, A = "reuters-may18", "kompas-may28", "detik-jun4", "ap-sep30"
    # The stages are different events on different days: the video published (Friday 17 May 2019), the
    # vice-chancellor's resignation (Saturday 18 May), the interior minister's dismissal (Monday 20 May), the European
    # election (Sunday 26 May), the no-confidence vote (Monday 27 May), the government's formal dismissal (Tuesday 28
    # May), the caretaker named (Thursday 30 May) and sworn in (Monday 3 June), the early election (Sunday 29
    # September). The People's Party's European share: 34.9% in the provisional count of election night without
    # postal votes, 34.6% in the final result (a tally revised down). The crowd of Saturday 18 May: the police's about
    # 5,000 against the organisers' more than 10,000 (sources). Shares of different parties or elections are
    # different facts of one class.
    PROV, FINAL = "2019-05-26", "2019-05-30"
    POLICE, ORG = "the police", "the organisers"
    names = {
     "crowd": "protesters outside the chancellery", "seats": "seats in the National Council",
     "ovp_eu": "People's Party's share in the European election", "spo_eu": "Social Democrats' European share",
     "fpo_eu": "Freedom Party's European share", "fpo2017": "Freedom Party's share in 2017",
     "ovp_nat": "People's Party's share in September", "spo_nat": "Social Democrats' share in September",
     "fpo_nat": "Freedom Party's share in September", "greens_nat": "Greens' share in September",
     "turnout": "turnout in September", "age": "the caretaker chancellor's age",
     # dates
     "video": "day the video was published", "resign": "day the vice-chancellor resigned",
     "recorded": "month the video was recorded", "coalition": "month the coalition took office",
     "election": "day of the early election", "eu_vote": "day of the European election",
     "no_conf": "day of the no-confidence vote", "dismissed": "day the government was dismissed",
     "kickl": "day the interior minister's dismissal was sought", "named": "day the caretaker was named",
     "sworn": "day the caretaker was sworn in", "republic": "year the republic was re-established",
     "prev_election": "year of the previous election",
    }
    ms = [
     M(R, "Saturday", D, "resign", "2019-05-18"),
     M(R, "Friday", D, "video", "2019-05-17"),
     M(R, "July 2017", D, "recorded", "2017-07"),
     M(R, "December 2017", D, "coalition", "2017-12"),
     M(R, "about 5,000 people", N, "crowd", 5000, qual="approx", src=POLICE),
     M(R, "September", D, "election", "2019-09"),
     M(R, "May 26", D, "eu_vote", "2019-05-26"),
     M(R, "26 percent", N, "fpo2017", 26, cls="pct"),
     M(R, "2017", D, "prev_election", "2017", occ=3),

     M(K, "Senin (27/5/2019)", D, "no_conf", "2019-05-27"),
     M(K, "183 orang", N, "seats", 183),
     M(K, "1945", D, "republic", "1945"),
     M(K, "Minggu (26/5/2019)", D, "eu_vote", "2019-05-26"),
     M(K, "34,9 persen", N, "ovp_eu", 34.9, PROV, cls="pct"),
     M(K, "Sabtu (18/5/2019)", D, "resign", "2019-05-18"),
     M(K, "Juli 2017", D, "recorded", "2017-07"),
     M(K, "lebih dari 10.000 orang", N, "crowd", 10000, qual="morethan", src=ORG),
     M(K, "Senin (20/5/2019)", D, "kickl", "2019-05-20"),
     M(K, "Selasa (28/5/2019)", D, "dismissed", "2019-05-28"),
     M(K, "September 2019", D, "election", "2019-09"),

     M(T, "Senin (3/6/2019)", D, "sworn", "2019-06-03"),
     M(T, "69 tahun", N, "age", 69, cls="age"),
     M(T, "29 September 2019", D, "election", "2019-09-29"),
     M(T, "Selasa (28/5/2019)", D, "dismissed", "2019-05-28"),
     M(T, "Senin (27/5/2019)", D, "no_conf", "2019-05-27"),
     M(T, "Kamis (30/5/2019)", D, "named", "2019-05-30"),
     M(T, "34,6 persen", N, "ovp_eu", 34.6, FINAL, cls="pct"),
     M(T, "34,9 persen", N, "ovp_eu", 34.9, PROV, cls="pct"),
     M(T, "23,9 persen", N, "spo_eu", 23.9, FINAL, cls="pct"),
     M(T, "17,2 persen", N, "fpo_eu", 17.2, FINAL, cls="pct"),
     M(T, "Juli 2017", D, "recorded", "2017-07"),
     M(T, "Jumat (17/5/2019)", D, "video", "2019-05-17"),

     M(A, "Sunday", D, "election", "2019-09-29"),
     M(A, "37.5%", N, "ovp_nat", 37.5, cls="pct"),
     M(A, "21.2%", N, "spo_nat", 21.2, cls="pct"),
     M(A, "16.2%", N, "fpo_nat", 16.2, cls="pct"),
     M(A, "13.9%", N, "greens_nat", 13.9, cls="pct"),
     M(A, "May 18", D, "resign", "2019-05-18"),
     M(A, "July 2017", D, "recorded", "2017-07"),
     M(A, "May 28", D, "no_conf", "2019-05-28", planted=True),
     M(A, "June 3", D, "sworn", "2019-06-03"),
     M(A, "May 26", D, "eu_vote", "2019-05-26"),
     M(A, "34.6%", N, "ovp_eu", 34.6, FINAL, cls="pct"),
     M(A, "17.2%", N, "fpo_eu", 17.2, FINAL, cls="pct"),
     M(A, "26%", N, "fpo2017", 26, cls="pct"),
     M(A, "2017", D, "prev_election", "2017", occ=2),
     M(A, "about 75%", N, "turnout", 75, qual="approx", cls="pct"),
    ]
    build("ibiza-affair-2019", "Austria's government crisis after the video recorded on Ibiza in July 2017, in stages: "
          "the video published on Friday 17 May 2019, Heinz-Christian Strache's resignation on Saturday 18 May (police "
          "about 5,000 protesters, organisers more than 10,000), the interior minister's dismissal sought on Monday 20 "
          "May, the European election of Sunday 26 May (the People's Party 34.9% provisional -> 34.6% final), the "
          "no-confidence vote of Monday 27 May, the dismissal of Tuesday 28 May, Brigitte Bierlein named on Thursday 30 "
          "May and sworn in on Monday 3 June, the early election of Sunday 29 September 2019 (37.5%)", False, ms, names)


def ubs():
    R, K, B, A = "reuters-mar19", "kompas-mar20", "bisnis-mar21", "ap-mar22"
    names = {
     "price": "the takeover price", "ratio": "Credit Suisse shares per UBS share",
     "per_share": "price per Credit Suisse share", "close": "Credit Suisse's last closing price",
     "liquidity": "the central bank's liquidity", "guarantee": "the government's loss guarantee",
     "first_loss": "losses UBS bears first", "at1": "AT1 bonds written off", "age": "the bank's age in years",
     # dates
     "deal": "day of the announcement", "close_day": "day of the last close", "founded": "year Credit Suisse was founded",
     "completion": "year the deal is to close",
    }
    ms = [
     M(R, "Sunday", D, "deal", "2023-03-19"),
     M(R, "3 billion Swiss francs", N, "price", 3, cls="chf"),
     M(R, "22.48", N, "ratio", 22.48, cls="ratio"),
     M(R, "0.76 francs", N, "per_share", 0.76, cls="chf_share"),
     M(R, "1.86 francs", N, "close", 1.86, cls="chf_share"),
     M(R, "Friday", D, "close_day", "2023-03-17"),
     M(R, "100 billion francs", N, "liquidity", 100, cls="chf"),
     M(R, "9 billion francs", N, "guarantee", 9, cls="chf"),
     M(R, "5 billion francs", N, "first_loss", 5, cls="chf"),
     M(R, "about 16 billion francs", N, "at1", 16, qual="approx", cls="chf"),
     M(R, "1856", D, "founded", "1856"),
     M(R, "end of 2023", D, "completion", "2023"),

     M(K, "3 miliar franc Swiss", N, "price", 3, cls="chf"),
     M(K, "Minggu (19/3/2023)", D, "deal", "2023-03-19"),
     M(K, "22,48", N, "ratio", 22.48, cls="ratio"),
     M(K, "0,76 franc", N, "per_share", 0.76, cls="chf_share"),
     M(K, "Jumat (17/3/2023)", D, "close_day", "2023-03-17"),
     M(K, "1,86 franc", N, "close", 1.86, cls="chf_share"),
     M(K, "100 miliar franc", N, "liquidity", 100, cls="chf"),
     M(K, "9 miliar franc", N, "guarantee", 9, cls="chf"),
     M(K, "5 miliar franc", N, "first_loss", 5, cls="chf"),
     M(K, "sekitar 16 miliar franc", N, "at1", 16, qual="approx", cls="chf"),
     M(K, "1856", D, "founded", "1856"),
     M(K, "akhir 2023", D, "completion", "2023"),

     M(B, "3 miliar franc Swiss", N, "price", 3, cls="chf"),
     M(B, "Minggu (19/3/2023)", D, "deal", "2023-03-19"),
     M(B, "0,76 franc", N, "per_share", 0.76, cls="chf_share"),
     M(B, "22,48", N, "ratio", 22.48, cls="ratio"),
     M(B, "Jumat (17/3/2023)", D, "close_day", "2023-03-17"),
     M(B, "1,86 franc", N, "close", 1.86, cls="chf_share"),
     M(B, "100 miliar franc", N, "liquidity", 100, cls="chf"),
     M(B, "9 miliar franc", N, "guarantee", 9, cls="chf"),
     M(B, "5 miliar franc", N, "first_loss", 5, cls="chf"),
     M(B, "sekitar 16 miliar franc", N, "at1", 16, qual="approx", cls="chf"),
     M(B, "167 tahun", N, "age", 167, cls="dur"),
     M(B, "akhir 2023", D, "completion", "2023"),

     M(A, "March 19", D, "deal", "2023-03-19"),
     M(A, "3 billion Swiss francs", N, "price", 3, cls="chf"),
     M(A, "0.76 francs", N, "per_share", 0.76, cls="chf_share"),
     M(A, "1.86 francs", N, "close", 1.86, cls="chf_share"),
     M(A, "March 17", D, "close_day", "2023-03-17"),
     M(A, "22.48", N, "ratio", 22.48, cls="ratio"),
     M(A, "100 billion francs", N, "liquidity", 100, cls="chf"),
     M(A, "9 billion francs", N, "guarantee", 9, cls="chf"),
     M(A, "5 billion francs", N, "first_loss", 5, cls="chf"),
     M(A, "about 16 billion francs", N, "at1", 16, qual="approx", cls="chf"),
     M(A, "1856", D, "founded", "1856"),
     M(A, "end of 2023", D, "completion", "2023"),
    ]
    build("ubs-credit-suisse-2023", "UBS's state-brokered takeover of Credit Suisse (control), announced on Sunday 19 "
          "March 2023: 3 billion Swiss francs, one UBS share for 22.48 Credit Suisse shares (0.76 francs a share, "
          "against Friday 17 March's close of 1.86 francs), the central bank's liquidity of up to 100 billion francs, "
          "a government guarantee of up to 9 billion francs after UBS bears the first 5 billion, about 16 billion "
          "francs of AT1 bonds written off by FINMA, the bank founded in 1856, the deal to close by the end of 2023. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    kaprun()
    ibiza()
    ubs()
