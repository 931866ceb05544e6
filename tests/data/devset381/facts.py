"""The three-hundred-and-eighty-first development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset381/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def markale():
    R, K, T, A = "reuters-feb05", "kompas-feb07", "antara-feb11", "ap-mar01"
    # as-of times: the day of the shelling, Saturday 5 February 1994 (66 dead, "nearly 200" wounded by the first
    # reports), and Monday 7 February 1994 (68 dead, the final toll; the Bosnian health ministry's 144 wounded against
    # UNPROFOR's estimate of about 200: sources). Later reports of the toll recall Monday's figures. The wounded
    # falling from "nearly 200" to 144 is a downward revision; the dead do not fall.
    SAT, MON = "1994-02-05", "1994-02-07"
    MIN, UN = "the Bosnian health ministry", "UNPROFOR"
    names = {
     "dead": "people killed at the market", "wounded": "people wounded at the market", "calibre": "calibre of the shell (mm)",
     "ult_days": "days given by the ultimatum", "zone_km": "radius of the exclusion zone (km)", "jets": "Serb jets shot down",
     "range_min": "shortest possible firing distance (m)", "range_max": "longest possible firing distance (m)",
     "russians": "Russian peacekeepers sent to Sarajevo",
     # dates
     "attack": "day of the shelling", "count_mon": "day of the count of 68", "siege": "month the siege began",
     "ultimatum": "day of the alliance's ultimatum", "deadline": "day the alliance's deadline ran out", "jets_day": "day the jets were shot down",
     "nato_founded": "year the North Atlantic alliance was founded",
    }
    ms = [
     M(R, "Saturday", D, "attack", "1994-02-05"),
     M(R, "66 people", N, "dead", 66, SAT),
     M(R, "nearly 200", N, "wounded", 200, SAT, qual="nearly"),
     M(R, "120 mm", N, "calibre", 120, cls="mm"),
     M(R, "April 1992", D, "siege", "1992-04"),

     M(K, "68 orang", N, "dead", 68, MON),
     M(K, "Senin (7/2/1994)", D, "count_mon", "1994-02-07"),
     M(K, "66 orang", N, "dead", 66, SAT),
     M(K, "144 orang", N, "wounded", 144, MON, src=MIN),
     M(K, "hampir 200", N, "wounded", 200, SAT, qual="nearly"),
     M(K, "120 milimeter", N, "calibre", 120, cls="mm"),
     M(K, "Jumat (4/2/1994)", D, "attack", "1994-02-04", planted=True),
     M(K, "April 1992", D, "siege", "1992-04"),

     M(T, "Rabu (9/2/1994)", D, "ultimatum", "1994-02-09"),
     M(T, "10 hari", N, "ult_days", 10, cls="dur"),
     M(T, "20 kilometer", N, "zone_km", 20, cls="km"),
     M(T, "Minggu (20/2/1994)", D, "deadline", "1994-02-20"),
     M(T, "68 orang", N, "dead", 68, MON),
     M(T, "sekitar 200 orang", N, "wounded", 200, MON, qual="approx", src=UN),
     M(T, "144 orang", N, "wounded", 144, MON, src=MIN),
     M(T, "April 1992", D, "siege", "1992-04"),

     M(A, "four Serb warplanes", N, "jets", 4),
     M(A, "Monday", D, "jets_day", "1994-02-28"),
     M(A, "1949", D, "nato_founded", "1949"),
     M(A, "Feb. 20", D, "deadline", "1994-02-20"),
     M(A, "Feb. 9", D, "ultimatum", "1994-02-09"),
     M(A, "10 days", N, "ult_days", 10, cls="dur"),
     M(A, "20 kilometers", N, "zone_km", 20, cls="km"),
     M(A, "Feb. 5", D, "attack", "1994-02-05"),
     M(A, "86 people", N, "dead", 86, MON, planted=True),
     M(A, "144 wounded", N, "wounded", 144, MON, src=MIN),
     M(A, "300", N, "range_min", 300, cls="m"),
     M(A, "5,551 meters", N, "range_max", 5551, cls="m"),
     M(A, "Some 400 Russian peacekeepers", N, "russians", 400, qual="approx"),
     M(A, "April 1992", D, "siege", "1992-04"),
    ]
    build("markale-market-1994", "The mortar shell that hit the Markale market in Sarajevo on Saturday 5 February "
          "1994: 66 dead and nearly 200 wounded on the day, 68 dead by Monday 7 February and 144 wounded by the Bosnian "
          "health ministry's count (UNPROFOR's estimate about 200); a 120 mm shell; the alliance's ultimatum of Wednesday 9 "
          "February 1994 (10 days, 20 km around Sarajevo) and its deadline at midnight GMT on Sunday 20 February; the "
          "four Serb jets shot down near Banja Luka on Monday 28 February 1994; the siege since April 1992", False, ms,
          names)


def reina():
    R, K, T, A = "reuters-jan01", "kompas-jan03", "antara-jan17", "ap-sep08"
    # as-of times: Sunday 1 January 2017 (39 dead, 69 wounded, "at least 15" foreigners among the dead), Monday 2
    # January (24 foreigners identified), Tuesday 3 January (27 foreigners, the final count, which later reports
    # recall). The dead and the wounded do not change with the day of the report; the crowd inside is estimated by
    # the governor's office (some 600) and by local media (about 700): sources.
    SUN, MON, TUE = "2017-01-01", "2017-01-02", "2017-01-03"
    GOV, MEDIA = "the Istanbul governor's office", "local media"
    names = {
     "dead": "people killed in the nightclub", "wounded": "people wounded in the nightclub",
     "foreigners": "foreigners among the dead", "crowd": "people inside the club", "detained": "people detained by Jan. 3",
     "with_him": "people detained with the gunman", "cash": "cash seized at the arrest (US$)",
     "life_terms": "aggravated life terms imposed", "years": "further years of prison imposed",
     # dates
     "attack": "day of the attack", "statement_sun": "day the interior minister gave the toll",
     "claim": "day the Islamic State claimed the attack", "count_tue": "day of the count of 27 foreigners",
     "capture": "day the gunman was caught", "governor_day": "day the governor named the suspect",
     "born": "year the gunman was born", "entered": "month the gunman entered Turkey", "verdict": "day of the verdict",
    }
    ms = [
     M(R, "39 people", N, "dead", 39),
     M(R, "Sunday", D, "statement_sun", "2017-01-01"),
     M(R, "69 others", N, "wounded", 69),
     M(R, "Some 600 people", N, "crowd", 600, qual="approx", src=GOV),
     M(R, "At least 15", N, "foreigners", 15, SUN, qual="atleast"),

     M(K, "Senin (2/1/2017)", D, "claim", "2017-01-02"),
     M(K, "39 orang", N, "dead", 39),
     M(K, "Selasa (3/1/2017)", D, "count_tue", "2017-01-03"),
     M(K, "27 korban tewas", N, "foreigners", 27, TUE),
     M(K, "24 warga asing", N, "foreigners", 24, MON),
     M(K, "96 orang", N, "wounded", 96, planted=True),
     M(K, "Minggu (1/1/2017)", D, "attack", "2017-01-01"),
     M(K, "delapan orang", N, "detained", 8),

     M(T, "Minggu (15/1/2017)", D, "capture", "2017-01-15", planted=True),
     M(T, "Selasa (17/1/2017)", D, "governor_day", "2017-01-17"),
     M(T, "1983", D, "born", "1983"),
     M(T, "empat orang lain", N, "with_him", 4),
     M(T, "sekitar 197.000 dolar AS", N, "cash", 197000, qual="approx", cls="usd"),
     M(T, "39 orang", N, "dead", 39),
     M(T, "27 warga asing", N, "foreigners", 27, TUE),
     M(T, "69 orang", N, "wounded", 69),
     M(T, "sekitar 700 orang", N, "crowd", 700, qual="approx", src=MEDIA),
     M(T, "Januari 2016", D, "entered", "2016-01"),

     M(A, "Monday", D, "verdict", "2020-09-07"),
     M(A, "40 aggravated life terms", N, "life_terms", 40),
     M(A, "39 people", N, "dead", 39),
     M(A, "1,368 years", N, "years", 1368, cls="dur"),
     M(A, "Jan. 1, 2017", D, "attack", "2017-01-01"),
     M(A, "69 people", N, "wounded", 69),
     M(A, "Jan. 16, 2017", D, "capture", "2017-01-16"),
     M(A, "39 dead", N, "dead", 39),
     M(A, "27", N, "foreigners", 27, TUE),
    ]
    build("reina-nightclub-2017", "The shooting at the Reina nightclub in Istanbul in the first hour of Sunday 1 "
          "January 2017: 39 dead and 69 wounded; at least 15 foreigners among the dead on Sunday, 24 on Monday 2 "
          "January, 27 by Tuesday 3 January; some 600 people inside by the governor's office against about 700 by local "
          "media; the Islamic State's claim on Monday 2 January; the gunman caught on Monday 16 January 2017 and named "
          "on Tuesday 17 January; his sentence of 40 aggravated life terms and 1,368 years on Monday 7 September 2020",
          False, ms, names)


def rate_cut():
    R, K, B, A = "reuters-oct21", "kompas-oct22", "bisnis-oct23", "ap-oct25"
    names = {
     "rate": "the one-week repo rate after the cut (%)", "prev_rate": "the rate before the cut (%)",
     "cut_bp": "size of the October cut (bp)", "expected_bp": "cut economists expected (bp)",
     "sept_bp": "size of the September cut (bp)", "total_bp": "total easing since September (bp)",
     "inflation": "annual inflation in September (%)", "march_rate": "the rate set in March (%)",
     "march_bp": "size of the March hike (bp)", "fired": "committee members dismissed",
     # dates
     "cut_day": "day of the October cut", "sept_day": "day of the September cut", "fired_day": "day of the dismissals",
     "next": "day of the next meeting", "march": "month of the March hike", "lira_day": "day the lira kept sliding",
    }
    ms = [
     M(R, "200 basis points", N, "cut_bp", 200, cls="bp"),
     M(R, "16%", N, "rate", 16, cls="pct"),
     M(R, "18%", N, "prev_rate", 18, cls="pct"),
     M(R, "Thursday", D, "cut_day", "2021-10-21"),
     M(R, "100 basis points", N, "expected_bp", 100, cls="bp"),
     M(R, "100 basis points", N, "sept_bp", 100, cls="bp", occ=2),
     M(R, "Sept. 23", D, "sept_day", "2021-09-23"),
     M(R, "300 basis points", N, "total_bp", 300, cls="bp"),
     M(R, "19.58%", N, "inflation", 19.58, cls="pct"),
     M(R, "three members", N, "fired", 3),
     M(R, "Oct. 14", D, "fired_day", "2021-10-14"),
     M(R, "19%", N, "march_rate", 19, cls="pct"),
     M(R, "March", D, "march", "2021-03"),
     M(R, "200 basis points", N, "march_bp", 200, cls="bp", occ=2),
     M(R, "Nov. 18", D, "next", "2021-11-18"),

     M(K, "Kamis (21/10/2021)", D, "cut_day", "2021-10-21"),
     M(K, "200 basis poin", N, "cut_bp", 200, cls="bp"),
     M(K, "18 persen", N, "prev_rate", 18, cls="pct"),
     M(K, "16 persen", N, "rate", 16, cls="pct"),
     M(K, "100 basis poin", N, "expected_bp", 100, cls="bp"),
     M(K, "Kamis (23/9/2021)", D, "sept_day", "2021-09-23"),
     M(K, "100 basis poin", N, "sept_bp", 100, cls="bp", occ=2),
     M(K, "300 basis poin", N, "total_bp", 300, cls="bp"),
     M(K, "19,58 persen", N, "inflation", 19.58, cls="pct"),
     M(K, "tiga anggota", N, "fired", 3),
     M(K, "14 Oktober 2021", D, "fired_day", "2021-10-14"),
     M(K, "19 persen", N, "march_rate", 19, cls="pct"),
     M(K, "Maret 2021", D, "march", "2021-03"),
     M(K, "200 basis poin", N, "march_bp", 200, cls="bp", occ=2),
     M(K, "18 November 2021", D, "next", "2021-11-18"),

     M(B, "200 basis poin", N, "cut_bp", 200, cls="bp"),
     M(B, "16 persen", N, "rate", 16, cls="pct"),
     M(B, "Kamis (21/10/2021)", D, "cut_day", "2021-10-21"),
     M(B, "18 persen", N, "prev_rate", 18, cls="pct"),
     M(B, "100 basis poin", N, "expected_bp", 100, cls="bp"),
     M(B, "lebih dari 19 persen", N, "inflation", 19, qual="morethan", cls="pct"),
     M(B, "23 September 2021", D, "sept_day", "2021-09-23"),
     M(B, "300 basis poin", N, "total_bp", 300, cls="bp"),
     M(B, "14 Oktober 2021", D, "fired_day", "2021-10-14"),
     M(B, "tiga anggota", N, "fired", 3),
     M(B, "18 November 2021", D, "next", "2021-11-18"),

     M(A, "Monday", D, "lira_day", "2021-10-25"),
     M(A, "Oct. 21", D, "cut_day", "2021-10-21"),
     M(A, "200 basis points", N, "cut_bp", 200, cls="bp"),
     M(A, "16 percent", N, "rate", 16, cls="pct"),
     M(A, "18 percent", N, "prev_rate", 18, cls="pct"),
     M(A, "100 basis points", N, "expected_bp", 100, cls="bp"),
     M(A, "19.58 percent", N, "inflation", 19.58, cls="pct"),
     M(A, "100 basis points", N, "sept_bp", 100, cls="bp", occ=2),
     M(A, "Sept. 23", D, "sept_day", "2021-09-23"),
     M(A, "300 basis points", N, "total_bp", 300, cls="bp"),
     M(A, "Three members", N, "fired", 3),
     M(A, "Oct. 14", D, "fired_day", "2021-10-14"),
     M(A, "19 percent", N, "march_rate", 19, cls="pct"),
     M(A, "March", D, "march", "2021-03"),
     M(A, "Nov. 18", D, "next", "2021-11-18"),
    ]
    build("turkey-october-cut-2021", "The Turkish central bank's rate decision of Thursday 21 October 2021 (control): "
          "the one-week repo rate cut by 200 basis points from 18% to 16% against an expected 100; a 100-point cut on "
          "23 September 2021, 300 points in all; annual inflation of 19.58% in September; the rate at 19% since a "
          "200-point hike in March 2021; three committee members dismissed on 14 October 2021; the next meeting on "
          "18 November 2021. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    markale()
    reina()
    rate_cut()
