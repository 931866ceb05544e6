"""The thirty-fourth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset34/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def henan():
    X, K, A, R, S = "xinhua-jul21", "kompas-jul23", "antara-jul25", "reuters-aug03", "scmp-jan22"
    names = {
     "dead": "flood death toll in Henan (province)", "missing": "people missing in Henan (province)",
     "subway": "dead on Zhengzhou's subway Line 5", "rescued": "passengers rescued from Line 5",
     "hour": "Zhengzhou's rainfall in one hour (mm)", "threeday": "Zhengzhou's rainfall over three days (mm)",
     "annual": "Zhengzhou's average annual rainfall (mm)", "xinxiang": "dead in Xinxiang",
     "relocated": "people relocated in Henan", "affected": "people affected in Henan", "counties": "counties affected",
     "zz_dead": "dead in Zhengzhou (August count)", "zz_missing": "missing in Zhengzhou (August count)",
     "dm": "dead or missing in Henan (the inquiry's count)", "zz_dm": "dead or missing in Zhengzhou (the inquiry's count)",
     "concealed": "deaths whose reports Zhengzhou delayed or concealed", "tunnel": "dead in the Jingguang Road tunnel",
     "warnings": "red rainstorm warnings issued before the subway flooded", "losses": "direct economic losses in Henan (yuan)",
     "losses_usd": "direct economic losses in Henan (US dollars)", "zz_losses": "direct economic losses in Zhengzhou",
     "beijing": "dead in Beijing's floods of July 2012", "banqiao": "dead in the 1975 Banqiao dam collapse",
     # dates
     "flooded": "day Line 5 flooded", "record": "day of the record hourly rainfall", "level1": "day Henan raised its emergency response to Level I",
     "stmt21": "day Zhengzhou gave the subway toll", "presser21": "day of the provincial briefing with 25 dead",
     "xi": "day Xi spoke of the floods", "rainstart": "day the three days of rain began", "toll22": "day the 33 dead were counted",
     "toll23": "day the 51 dead were counted", "reloc22": "day the 376,000 relocated were counted",
     "toll25": "day the 63 dead were counted", "xinxiang_fix": "day Xinxiang corrected its toll",
     "redwarn": "day the first red rainstorm warning was issued", "presser": "day of the briefing with 302 dead",
     "probe": "day the State Council announced its inquiry", "report": "day the inquiry's report was released",
     "y2012": "month of Beijing's 2012 floods", "y1975": "year of the Banqiao dam collapse",
    }
    ms = [
     M(X, "Twelve people", N, "subway", 12, "2021-07-21"),
     M(X, "More than 500 passengers", N, "rescued", 500, qual="morethan"),
     M(X, "25 people", N, "dead", 25, "2021-07-21"),
     M(X, "seven", N, "missing", 7, "2021-07-21", fall=True),
     M(X, "201.9 mm", N, "hour", 201.9, cls="rain"),
     M(X, "617.1 mm", N, "threeday", 617.1, cls="rain"),
     M(X, "640.8 mm", N, "annual", 640.8, cls="rain"),
     M(X, "Tuesday", D, "flooded", "2021-07-20"),
     M(X, "Wednesday", D, "stmt21", "2021-07-21"),
     M(X, "Wednesday", D, "presser21", "2021-07-21", occ=2),
     M(X, "Tuesday", D, "record", "2021-07-20", occ=2),
     M(X, "Saturday", D, "rainstart", "2021-07-17"),
     M(X, "Tuesday", D, "level1", "2021-07-20", occ=4),
     M(X, "Wednesday", D, "xi", "2021-07-21", occ=3),

     M(K, "51 orang", N, "dead", 51, "2021-07-23"),
     M(K, "33 korban tewas", N, "dead", 33, "2021-07-22"),
     M(K, "delapan orang hilang", N, "missing", 8, "2021-07-22", fall=True),
     M(K, "12 orang", N, "subway", 12, "2021-07-21"),
     M(K, "209,1 milimeter", N, "hour", 209.1, cls="rain", planted=True),
     M(K, "sembilan orang", N, "xinxiang", 9, "2021-07-23"),
     M(K, "sekitar 376.000 warga", N, "relocated", 376000, "2021-07-22", "approx"),
     M(K, "79 orang", N, "beijing", 79),
     M(K, "Jumat (23/7/2021)", D, "toll23", "2021-07-23"),
     M(K, "Kamis (22/7/2021)", D, "toll22", "2021-07-22"),
     M(K, "Selasa (20/7/2021)", D, "flooded", "2021-07-20"),
     M(K, "Selasa sore", D, "record", "2021-07-20"),
     M(K, "Hingga Kamis", D, "reloc22", "2021-07-22"),
     M(K, "Juli 2012", D, "y2012", "2012-07"),

     M(A, "63 orang", N, "dead", 63, "2021-07-25"),
     M(A, "lima orang", N, "missing", 5, "2021-07-25", fall=True),
     M(A, "tujuh orang", N, "xinxiang", 7, "2021-07-24"),
     M(A, "617,1 milimeter", N, "threeday", 617.1, cls="rain"),
     M(A, "640,8 milimeter", N, "annual", 640.8, cls="rain"),
     M(A, "201,9 milimeter", N, "hour", 201.9, cls="rain"),
     M(A, "lima peringatan", N, "warnings", 5),
     M(A, "Lebih dari 1,1 juta warga", N, "relocated", 1.1e6, "2021-07-25", "morethan"),
     M(A, "sedikitnya 26.000 orang", N, "banqiao", 26000, qual="atleast"),
     M(A, "Minggu (25/7/2021)", D, "toll25", "2021-07-25"),
     M(A, "Sabtu (24/7/2021)", D, "xinxiang_fix", "2021-07-24"),
     M(A, "Selasa (20/7/2021)", D, "record", "2021-07-20"),
     M(A, "Senin (19/7/2021)", D, "redwarn", "2021-07-19"),
     M(A, "1975", D, "y1975", "1975"),

     M(R, "302 people", N, "dead", 302, "2021-08-02"),
     M(R, "50 missing", N, "missing", 50, "2021-08-02", fall=True),
     M(R, "292", N, "zz_dead", 292, "2021-08-02"),
     M(R, "47", N, "zz_missing", 47, "2021-08-02"),
     M(R, "Fourteen people", N, "subway", 14, "final"),
     M(R, "14.53 million people", N, "affected", 14.53e6, "2021-08-02"),
     M(R, "150 counties", N, "counties", 150),
     M(R, "1.47 million", N, "relocated", 1.47e6, "2021-08-02"),
     M(R, "114.3 billion yuan", N, "losses", 114.3e9, "2021-08-02", cls="money"),
     M(R, "$17.7 billion", N, "losses_usd", 17.7e9, "2021-08-02", cls="money"),
     M(R, "five red rainstorm warnings", N, "warnings", 5),
     M(R, "201.9 mm", N, "hour", 201.9, cls="rain"),
     M(R, "Monday", D, "presser", "2021-08-02"),
     M(R, "July 21", D, "flooded", "2021-07-21", planted=True),
     M(R, "Monday", D, "probe", "2021-08-02", occ=2),
     M(R, "July 20", D, "record", "2021-07-20"),

     M(S, "398 people", N, "dm", 398, "2022-01-21"),
     M(S, "302 dead", N, "dead", 302, "2021-08-02"),
     M(S, "50 missing", N, "missing", 50, "2021-08-02", fall=True),
     M(S, "380", N, "zz_dm", 380, "2022-01-21"),
     M(S, "139 deaths", N, "concealed", 139),
     M(S, "14 people", N, "subway", 14, "final"),
     M(S, "six", N, "tunnel", 6),
     M(S, "five red rainstorm warnings", N, "warnings", 5),
     M(S, "120.06 billion yuan", N, "losses", 120.06e9, "2022-01-21", cls="money"),
     M(S, "40.9 billion yuan", N, "zz_losses", 40.9e9, "2022-01-21", cls="money"),
     M(S, "201.9 mm", N, "hour", 201.9, cls="rain"),
     M(S, "617.1 mm", N, "threeday", 617.1, cls="rain"),
     M(S, "640.8 mm", N, "annual", 640.8, cls="rain"),
     M(S, "August", D, "presser", "2021-08"),
     M(S, "Friday", D, "report", "2022-01-21"),
     M(S, "July 20", D, "flooded", "2021-07-20"),
     M(S, "July 20", D, "record", "2021-07-20", occ=2),
     M(S, "Aug. 2", D, "probe", "2021-08-02"),
     M(S, "1975", D, "y1975", "1975"),
    ]
    build("henan-floods-2021", "Henan floods, China (July 2021): Zhengzhou's subway Line 5 flooded on Tuesday 20 July "
          "(12 dead, later 14), the record 201.9 mm in an hour and 617.1 mm in three days against an annual 640.8 mm, "
          "the provincial toll rising over days (25 -> 33 -> 51 -> 63 -> 302) and the missing rising and falling, "
          "Xinxiang's toll corrected down (9 -> 7), the relocated rising, the inquiry of January 2022 (398 dead or "
          "missing, 380 in Zhengzhou, 139 concealed), losses in yuan, older floods recalled; dates of the flooding, "
          "briefings, a red warning, a press conference and an inquiry's start and report", False, ms, names)


def peru():
    R, K, A, P, T = "reuters-jun07", "kompas-jun10", "aljazeera-jun16", "apnews-jul20", "tempo-jul29"
    QC, EP = "the Ipsos quick count", "the Ipsos exit poll"
    names = {
     "counted": "share of tally sheets counted", "castillo": "Castillo's share of valid votes in the official count",
     "fujimori": "Fujimori's share of valid votes in the official count", "margin": "Castillo's lead in votes",
     "castillo_est": "Castillo's share in Ipsos's election-night estimates",
     "fujimori_est": "Fujimori's share in Ipsos's election-night estimates",
     "castillo_r1": "Castillo's first-round share", "fujimori_r1": "Fujimori's first-round share",
     "ppk_margin": "Fujimori's losing margin in 2016 (votes)", "ppk_pts": "Fujimori's losing margin in 2016 (points)",
     "annul": "tally sheets Fuerza Popular asked to annul", "annul_votes": "votes on the challenged tally sheets",
     "seats": "Free Peru's seats in Congress", "congress": "seats in Congress", "castillo_votes": "Castillo's votes",
     "fujimori_votes": "Fujimori's votes", "age": "Castillo's age", "wait": "weeks from the run-off to the proclamation",
     # dates
     "lead": "day Castillo moved ahead in the count", "first": "night of the first official results",
     "qcday": "night of the quick count", "claim": "day Fujimori alleged fraud", "round1": "day of the first round",
     "y2016": "year of the 2016 run-off", "count08": "day of the 99.8% count", "runoff": "day of the run-off",
     "deadline": "deadline for challenges", "count100": "day the count reached 100%", "proclaim": "day Castillo was proclaimed",
     "accepts": "day Fujimori said she would recognise the result", "inaug": "day of the inauguration",
     "cabinet": "day the cabinet was to be sworn in",
    }
    ms = [
     M(R, "96.4%", N, "counted", 96.4, "2021-06-07", cls="pct"),
     M(R, "50.3%", N, "castillo", 50.3, "2021-06-07", cls="pct", fall=True),
     M(R, "49.7%", N, "fujimori", 49.7, "2021-06-07", cls="pct", fall=True),
     M(R, "42%", N, "counted", 42, "2021-06-06T23", cls="pct"),
     M(R, "52.9%", N, "fujimori", 52.9, "2021-06-06T23", cls="pct", fall=True),
     M(R, "47.1%", N, "castillo", 47.1, "2021-06-06T23", cls="pct", fall=True),
     M(R, "50.2%", N, "castillo_est", 50.2, cls="pct", src=QC),
     M(R, "49.8%", N, "fujimori_est", 49.8, cls="pct", src=QC),
     M(R, "18.9%", N, "castillo_r1", 18.9, cls="pct"),
     M(R, "13.4%", N, "fujimori_r1", 13.4, cls="pct"),
     M(R, "41,000 votes", N, "ppk_margin", 41000, qual="morethan", cls="votes"),
     M(R, "Monday", D, "lead", "2021-06-07"),
     M(R, "Sunday", D, "first", "2021-06-06"),
     M(R, "Sunday", D, "qcday", "2021-06-06", occ=2),
     M(R, "Monday", D, "claim", "2021-06-07", occ=2),
     M(R, "April 11", D, "round1", "2021-04-11"),
     M(R, "2016", D, "y2016", "2016"),

     M(K, "99,8 persen", N, "counted", 99.8, "2021-06-08", cls="pct"),
     M(K, "50,2 persen", N, "castillo", 50.2, "2021-06-08", cls="pct", fall=True),
     M(K, "49,8 persen", N, "fujimori", 49.8, "2021-06-08", cls="pct", fall=True),
     M(K, "sekitar 70.000 suara", N, "margin", 70000, "2021-06-08", "approx", cls="votes", fall=True),
     M(K, "50,3 persen", N, "fujimori_est", 50.3, cls="pct", src=EP),
     M(K, "49,7 persen", N, "castillo_est", 49.7, cls="pct", src=EP),
     M(K, "802 permohonan", N, "annul", 802),
     M(K, "sekitar 200.000 suara", N, "annul_votes", 200000, qual="approx", cls="votes"),
     M(K, "0,24 poin persentase", N, "ppk_pts", 0.24, cls="pct"),
     M(K, "Selasa (8/6/2021)", D, "count08", "2021-06-08"),
     M(K, "Minggu (6/6/2021)", D, "runoff", "2021-06-06"),
     M(K, "Senin (7/6/2021)", D, "claim", "2021-06-07"),
     M(K, "Rabu (9/6/2021)", D, "deadline", "2021-06-09"),
     M(K, "2016", D, "y2016", "2016"),

     M(A, "44,058 votes", N, "margin", 44058, "2021-06-15", cls="votes", fall=True),
     M(A, "100 percent", N, "counted", 100, "2021-06-15", cls="pct"),
     M(A, "50.125 percent", N, "castillo", 50.125, "2021-06-15", cls="pct", fall=True),
     M(A, "49.875 percent", N, "fujimori", 49.875, "2021-06-15", cls="pct", fall=True),
     M(A, "50.2 percent", N, "castillo_est", 50.2, cls="pct", src=QC),
     M(A, "802 tally sheets", N, "annul", 802),
     M(A, "some 200,000 votes", N, "annul_votes", 200000, qual="approx", cls="votes"),
     M(A, "37", N, "seats", 37),
     M(A, "130 seats", N, "congress", 130),
     M(A, "about 41,000 votes", N, "ppk_margin", 41000, qual="approx", cls="votes"),
     M(A, "June 6", D, "runoff", "2021-06-06"),
     M(A, "Tuesday", D, "count100", "2021-06-15"),
     M(A, "June 9", D, "deadline", "2021-06-09"),
     M(A, "April", D, "round1", "2021-04"),
     M(A, "2016", D, "y2016", "2016"),

     M(P, "six weeks", N, "wait", 6, cls="dur"),
     M(P, "8,836,380 votes", N, "castillo_votes", 8836380, cls="votes"),
     M(P, "50.126 percent", N, "castillo", 50.126, "2021-07-19", cls="pct", fall=True),
     M(P, "8,792,117", N, "fujimori_votes", 8792117, cls="votes"),
     M(P, "49.874 percent", N, "fujimori", 49.874, "2021-07-19", cls="pct", fall=True),
     M(P, "44,263 votes", N, "margin", 44263, "2021-07-19", cls="votes", fall=True),
     M(P, "802 tally sheets", N, "annul", 802),
     M(P, "51", N, "age", 51, cls="age"),
     M(P, "0.24 percentage points", N, "ppk_pts", 0.24, cls="pct"),
     M(P, "Monday", D, "proclaim", "2021-07-19"),
     M(P, "June 6", D, "runoff", "2021-06-06"),
     M(P, "Monday", D, "accepts", "2021-07-19", occ=2),
     M(P, "July 28", D, "inaug", "2021-07-28"),
     M(P, "2016", D, "y2016", "2016"),

     M(T, "50,126 persen", N, "castillo", 50.126, "2021-07-19", cls="pct", fall=True),
     M(T, "49,874 persen", N, "fujimori", 49.874, "2021-07-19", cls="pct", fall=True),
     M(T, "44.623 suara", N, "margin", 44623, "2021-07-19", cls="votes", fall=True, planted=True),
     M(T, "37", N, "seats", 37),
     M(T, "130 kursi", N, "congress", 130),
     M(T, "18,9 persen", N, "castillo_r1", 18.9, cls="pct"),
     M(T, "51 tahun", N, "age", 51, cls="age"),
     M(T, "Rabu (28/7/2021)", D, "inaug", "2021-07-28"),
     M(T, "6 Juni", D, "runoff", "2021-06-06"),
     M(T, "19 Juli", D, "proclaim", "2021-07-19"),
     M(T, "11 April", D, "round1", "2021-04-11"),
     M(T, "Kamis (29/7/2021)", D, "cabinet", "2021-07-29"),
    ]
    build("peru-runoff-2021", "Peru's presidential run-off (Sunday 6 June 2021): the count in progress (42% -> 96.4% -> "
          "99.8% -> 100% of tally sheets, Fujimori ahead then Castillo, shares moving both ways, the lead about 70,000 "
          "then 44,058), Ipsos's exit poll and quick count as two estimates, 802 tally sheets challenged, the "
          "proclamation on 19 July (50.126% to 49.874%, a margin of 44,263 votes), the inauguration on 28 July, the "
          "first round and the 2016 run-off recalled; dates of the count, a fraud claim, a deadline, the proclamation "
          "and a statement the same day", False, ms, names)


def prospects():
    R, K, B, J = "reuters-jun06", "kontan-jun07", "bisnis-jun08", "jakartapost-jun09"
    names = {
     "g23": "global growth forecast for 2023 (June)", "g23_jan": "global growth forecast for 2023 (January)",
     "g24": "global growth forecast for 2024 (June)", "g24_jan": "global growth forecast for 2024 (January)",
     "g22": "global growth in 2022", "g25": "global growth forecast for 2025", "us23": "US growth forecast for 2023",
     "us24": "US growth forecast for 2024", "ea23": "euro area growth forecast for 2023", "ea24": "euro area growth forecast for 2024",
     "cn23": "China growth forecast for 2023 (June)", "cn23_jan": "China growth forecast for 2023 (January)",
     "cn24": "China growth forecast for 2024", "adv23": "advanced economies' growth forecast for 2023",
     "adv22": "advanced economies' growth in 2022", "emde23": "EMDE growth forecast for 2023", "emde24": "EMDE growth forecast for 2024",
     "emdex23": "EMDE growth excluding China, 2023", "emdex22": "EMDE growth excluding China, 2022",
     "id23": "Indonesia growth forecast for 2023", "id24": "Indonesia growth forecast for 2024", "id22": "Indonesia's growth in 2022",
     "eap23": "East Asia and Pacific growth forecast for 2023", "budget": "growth assumed in Indonesia's 2023 budget",
     # dates
     "release": "day the report was released", "jan": "the January edition",
    }
    P = dict(cls="pct")
    ms = [
     M(R, "2.1%", N, "g23", 2.1, **P), M(R, "1.7%", N, "g23_jan", 1.7, **P), M(R, "2.4%", N, "g24", 2.4, **P),
     M(R, "2.7%", N, "g24_jan", 2.7, **P), M(R, "3.1%", N, "g22", 3.1, **P), M(R, "1.1%", N, "us23", 1.1, **P),
     M(R, "0.8%", N, "us24", 0.8, **P), M(R, "0.4%", N, "ea23", 0.4, **P), M(R, "1.3%", N, "ea24", 1.3, **P),
     M(R, "5.6%", N, "cn23", 5.6, **P), M(R, "4.3%", N, "cn23_jan", 4.3, **P), M(R, "4.6%", N, "cn24", 4.6, **P),
     M(R, "0.7%", N, "adv23", 0.7, **P), M(R, "2.6%", N, "adv22", 2.6, **P), M(R, "4.0%", N, "emde23", 4.0, **P),
     M(R, "3.9%", N, "emde24", 3.9, **P), M(R, "2.9%", N, "emdex23", 2.9, **P), M(R, "4.1%", N, "emdex22", 4.1, **P),
     M(R, "3.0%", N, "g25", 3.0, **P),
     M(R, "Tuesday", D, "release", "2023-06-06"),
     M(R, "January", D, "jan", "2023-01"),
     M(R, "January", D, "jan", "2023-01", occ=2),

     M(K, "2,1%", N, "g23", 2.1, **P), M(K, "1,7%", N, "g23_jan", 1.7, **P), M(K, "2,4%", N, "g24", 2.4, **P),
     M(K, "2,7%", N, "g24_jan", 2.7, **P), M(K, "4,9%", N, "id23", 4.9, **P), M(K, "4,9%", N, "id24", 4.9, occ=2, **P),
     M(K, "5,5%", N, "eap23", 5.5, **P), M(K, "5,6%", N, "cn23", 5.6, **P), M(K, "4,6%", N, "cn24", 4.6, **P),
     M(K, "0,7%", N, "adv23", 0.7, **P), M(K, "1,1%", N, "us23", 1.1, **P), M(K, "0,4%", N, "ea23", 0.4, **P),
     M(K, "3,1%", N, "g22", 3.1, **P),
     M(K, "Selasa (6/6/2023)", D, "release", "2023-06-06"),
     M(K, "Januari", D, "jan", "2023-01"),

     M(B, "2,1%", N, "g23", 2.1, **P), M(B, "3,1%", N, "g22", 3.1, **P), M(B, "4,0%", N, "emde23", 4.0, **P),
     M(B, "3,9%", N, "emde24", 3.9, **P), M(B, "2,9%", N, "emdex23", 2.9, **P), M(B, "4,1%", N, "emdex22", 4.1, **P),
     M(B, "1,1%", N, "us23", 1.1, **P), M(B, "0,8%", N, "us24", 0.8, **P), M(B, "0,4%", N, "ea23", 0.4, **P),
     M(B, "1,3%", N, "ea24", 1.3, **P), M(B, "0,7%", N, "adv23", 0.7, **P), M(B, "2,6%", N, "adv22", 2.6, **P),
     M(B, "4,9%", N, "id23", 4.9, **P), M(B, "3,0%", N, "g25", 3.0, **P),
     M(B, "Selasa (6/6/2023)", D, "release", "2023-06-06"),
     M(B, "Juni 2023", D, "release", "2023-06"),

     M(J, "4.9 percent", N, "id23", 4.9, **P), M(J, "4.9 percent", N, "id24", 4.9, occ=2, **P),
     M(J, "5.31 percent", N, "id22", 5.31, **P), M(J, "2.1 percent", N, "g23", 2.1, **P),
     M(J, "1.7 percent", N, "g23_jan", 1.7, **P), M(J, "2.4 percent", N, "g24", 2.4, **P),
     M(J, "5.5 percent", N, "eap23", 5.5, **P), M(J, "5.6 percent", N, "cn23", 5.6, **P),
     M(J, "2.7 percent", N, "g24_jan", 2.7, **P), M(J, "2.9 percent", N, "emdex23", 2.9, **P),
     M(J, "5.3 percent", N, "budget", 5.3, **P),
     M(J, "Tuesday, June 6", D, "release", "2023-06-06"),
     M(J, "January", D, "jan", "2023-01"),
    ]
    build("wb-prospects-2023", "The World Bank's Global Economic Prospects of June 2023 (control): released on Tuesday "
          "6 June; global growth 2.1% in 2023 (1.7% in January), 2.4% in 2024 (2.7% in January), 3.1% in 2022, 3.0% "
          "in 2025; the US, the euro area, China, advanced and developing economies, East Asia and Indonesia (4.9% in "
          "both years, against 5.31% in 2022 and a budget's 5.3%), several figures a sentence in both languages. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    henan()
    peru()
    prospects()
