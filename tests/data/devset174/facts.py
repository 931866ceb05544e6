"""The hundred-and-seventy-fourth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset174/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def whakaari():
    R, K, T, A = "reuters-dec10", "kompas-dec12", "detik-dec14", "antara-dec09"
    # as-of times of the running tallies: Monday 9 December 2019 night (five dead), Tuesday 10 December (six dead, eight
    # presumed dead on the island, 31 in hospital, a chance of about 50% of another eruption), Thursday 12 December
    # (eight dead, eight bodies still on the island, 50-60%), Friday 13 December (six bodies recovered: 14 dead,
    # 50-60%), Saturday 14 December (15 dead, two missing, 35-50%), Sunday 15 December (16 dead) and the anniversary
    # (22 dead, 25 injured, two never found). The dead do not fall; the missing fall as bodies are recovered and the
    # eruption risk falls as the volcano settles (fall=True). The toll expected on Thursday (16: the eight dead and the
    # eight bodies) is a different fact from Sunday's 16 dead.
    MON, TUE, THU, FRI, SAT, SUN, Y1 = ("2019-12-09", "2019-12-10", "2019-12-12", "2019-12-13", "2019-12-14",
                                         "2019-12-15", "2020-12-09")
    names = {
     "dead": "people killed", "missing": "people missing, presumed dead", "onisland": "people on the island",
     "aus": "Australians on the island", "us": "Americans on the island", "nz": "New Zealanders on the island",
     "de": "Germans on the island", "cn": "Chinese on the island", "uk": "Britons on the island",
     "cruise": "cruise passengers on the island", "hospital": "people in hospital", "window": "the risk's window (hours)",
     "risk": "chance of another eruption (%)", "dist": "distance from the coast (km)",
     "hospdeaths": "deaths in hospital since the last count", "expected": "the toll expected once the bodies are recovered",
     "recovered": "bodies recovered on Friday", "optime": "the recovery operation's length (hours)",
     "divers": "police divers", "injured": "people injured", "countries": "countries of the victims",
     "charged": "parties charged", "orgs": "organisations charged", "people": "individuals charged",
     "since": "time since the eruption (years)",
     # dates
     "eruption": "day of the eruption", "asof_mon": "day of the first count of five", "asof_tue": "day of the count of six",
     "asof_thu": "day of the count of eight", "recovery": "day the six bodies were recovered",
     "asof_sat": "day of the count of 15", "asof_fri": "day of the count of 14",
     "risk_fri": "day of the risk estimate of 50-60% recalled on Saturday", "names": "day the police began naming the dead",
     "anniversary": "day of the anniversary", "charges": "day the charges were filed",
    }
    ms = [
     M(R, "six", N, "dead", 6, TUE),
     M(R, "Tuesday", D, "asof_tue", "2019-12-10"),
     M(R, "eight people", N, "missing", 8, TUE, fall=True),
     M(R, "five deaths", N, "dead", 5, MON),
     M(R, "Monday", D, "asof_mon", "2019-12-09"),
     M(R, "Forty-seven people", N, "onisland", 47),
     M(R, "Monday", D, "eruption", "2019-12-09", occ=2),
     M(R, "24 of them", N, "aus", 24, src="the police"),
     M(R, "nine", N, "us", 9),
     M(R, "five", N, "nz", 5, occ=2),
     M(R, "four", N, "de", 4),
     M(R, "two each", N, "cn", 2, also={"uk": 2}),
     M(R, "Thirty-eight", N, "cruise", 38),
     M(R, "31 people", N, "hospital", 31, TUE),
     M(R, "24 hours", N, "window", 24, cls="dur"),
     M(R, "about 50%", N, "risk", 50, TUE, qual="approx", cls="pct", fall=True),
     M(R, "48 km", N, "dist", 48, cls="km"),

     M(K, "delapan orang", N, "dead", 8, THU),
     M(K, "Kamis (12/12/2019)", D, "asof_thu", "2019-12-12"),
     M(K, "dua korban", N, "hospdeaths", 2, THU),
     M(K, "delapan orang lainnya", N, "missing", 8, THU, fall=True),
     M(K, "16 orang", N, "expected", 16, THU),
     M(K, "Senin (9/12/2019)", D, "eruption", "2019-12-09"),
     M(K, "47 orang", N, "onisland", 47),
     M(K, "24 orang", N, "aus", 24, src="the Australian prime minister"),
     M(K, "24 jam", N, "window", 24, cls="dur"),
     M(K, "50-60 persen", N, "risk", 50, THU, cls="pct", fall=True),

     M(T, "15 orang", N, "dead", 15, SAT),
     M(T, "Sabtu (14/12/2019)", D, "asof_sat", "2019-12-14"),
     M(T, "Jumat (13/12/2019)", D, "recovery", "2019-12-13"),
     M(T, "enam jenazah", N, "recovered", 6, FRI),
     M(T, "empat jam", N, "optime", 4, cls="dur"),
     M(T, "enam jenazah", N, "recovered", 6, FRI, occ=2),
     M(T, "14 orang", N, "dead", 14, FRI),
     M(T, "Jumat", D, "asof_fri", "2019-12-13", occ=2),
     M(T, "Dua orang", N, "missing", 2, SAT, fall=True),
     M(T, "Sembilan penyelam", N, "divers", 9, SAT),
     M(T, "24 jam", N, "window", 24, cls="dur"),
     M(T, "35-50 persen", N, "risk", 35, SAT, cls="pct", fall=True),
     M(T, "50-60 persen", N, "risk", 50, FRI, cls="pct", fall=True),
     M(T, "Jumat", D, "risk_fri", "2019-12-13", occ=3),
     M(T, "Minggu (8/12/2019)", D, "eruption", "2019-12-08", planted=True),
     M(T, "47 orang", N, "onisland", 47),
     M(T, "Sabtu", D, "names", "2019-12-14", occ=2),

     M(A, "setahun", N, "since", 1, cls="dur"),
     M(A, "Rabu (9/12/2020)", D, "anniversary", "2020-12-09"),
     M(A, "Senin, 9 Desember 2019", D, "eruption", "2019-12-09"),
     M(A, "22 orang", N, "dead", 22, Y1),
     M(A, "25 orang", N, "injured", 25, Y1),
     M(A, "lima", N, "dead", 5, MON),
     M(A, "16 orang", N, "dead", 16, SUN),
     M(A, "47 orang", N, "onisland", 47),
     M(A, "dua korban", N, "missing", 2, Y1, fall=True),
     M(A, "tujuh negara", N, "countries", 7),
     M(A, "30 November 2020", D, "charges", "2020-11-30"),
     M(A, "13 pihak", N, "charged", 13),
     M(A, "10 organisasi", N, "orgs", 10),
     M(A, "tiga individu", N, "people", 3),
     M(A, "48 km", N, "dist", 48, cls="km"),
    ]
    build("whakaari-eruption-2019", "The eruption of Whakaari / White Island, New Zealand (Monday 9 December 2019, 2.11 "
          "p.m., 47 people on the island): five dead on Monday night, six on Tuesday 10 December (eight presumed dead "
          "on the island), eight by Thursday 12 December, 14 after six bodies were recovered on Friday 13 December, 15 "
          "on Saturday 14 December (two missing), 16 on Sunday 15 December, 22 by the anniversary (25 injured); the "
          "chance of another eruption about 50% -> 50-60% -> 35-50%; WorkSafe's charges against 13 parties on 30 "
          "November 2020", False, ms, names)


def impeachment():
    R, K, T, A = "reuters-feb05", "kompas-feb08", "tempo-jul26", "antara-aug07"
    # three bodies on different dates: the House's impeachment (Wednesday 5 February 2025, 215 of 306 members signing;
    # 240 with 25 more on Friday 7 February: a tally as of each day), the Supreme Court's ruling (Friday 25 July 2025)
    # and the Senate's vote to archive (Wednesday 6 August 2025, 19-4 with one abstention; a motion to table lost 5-19).
    FEB05, FEB07 = "2025-02-05", "2025-02-07"
    names = {
     "signers": "House members who signed the complaint", "members": "members of the House",
     "threshold": "signatures needed (a third of the House)", "prosecutors": "House prosecutors",
     "convict": "senators' votes needed to convict", "senators": "members of the Senate",
     "bar": "the bar on a second impeachment (years)", "added": "House members who signed later",
     "archive_yes": "senators voting to archive", "archive_no": "senators voting against archiving",
     "archive_abst": "senators abstaining", "table_yes": "votes for the motion to table",
     "table_no": "votes against the motion to table",
     # dates
     "house": "day the House impeached", "e2022": "year of the election Duterte and Marcos ran in",
     "midterms": "month of the mid-term elections", "added_day": "day the 25 later signatures were submitted",
     "sc": "day of the Supreme Court's ruling", "newcomplaint": "first day a new complaint may be filed",
     "senate": "day of the Senate's vote to archive",
    }
    ms = [
     M(R, "Wednesday", D, "house", "2025-02-05"),
     M(R, "215", N, "signers", 215, FEB05),
     M(R, "306", N, "members", 306),
     M(R, "102 members", N, "threshold", 102),
     M(R, "2022", D, "e2022", "2022"),
     M(R, "11 House members", N, "prosecutors", 11),
     M(R, "16", N, "convict", 16),
     M(R, "24 members", N, "senators", 24),
     M(R, "May", D, "midterms", "2025-05"),
     M(R, "one year", N, "bar", 1, cls="dur"),

     M(K, "240 orang", N, "signers", 240, FEB07),
     M(K, "25 anggota", N, "added", 25, FEB07),
     M(K, "Jumat (7/2/2025)", D, "added_day", "2025-02-07"),
     M(K, "Rabu (5/2/2025)", D, "house", "2025-02-05"),
     M(K, "215", N, "signers", 215, FEB05),
     M(K, "306 anggota", N, "members", 306),
     M(K, "102 orang", N, "threshold", 102),
     M(K, "16", N, "convict", 16),
     M(K, "24 senator", N, "senators", 24),
     M(K, "Mei 2025", D, "midterms", "2025-05"),

     M(T, "Jumat (25/7/2025)", D, "sc", "2025-07-25"),
     M(T, "setahun", N, "bar", 1, cls="dur"),
     M(T, "5 Februari 2025", D, "house", "2025-02-05"),
     M(T, "251 anggota", N, "signers", 251, FEB05, planted=True),
     M(T, "6 Februari 2026", D, "newcomplaint", "2026-02-06"),

     M(A, "Rabu (6/8/2025)", D, "senate", "2025-08-06"),
     M(A, "19 senator", N, "archive_yes", 19),
     M(A, "empat senator", N, "archive_no", 4),
     M(A, "satu senator", N, "archive_abst", 1),
     M(A, "lima suara", N, "table_yes", 5),
     M(A, "19 suara", N, "table_no", 19),
     M(A, "24 Juli 2025", D, "sc", "2025-07-24", planted=True),
     M(A, "setahun", N, "bar", 1, cls="dur"),
     M(A, "5 Februari 2025", D, "house", "2025-02-05"),
     M(A, "215 anggota", N, "signers", 215, FEB05),
     M(A, "6 Februari 2026", D, "newcomplaint", "2026-02-06"),
    ]
    build("sara-duterte-impeachment-2025", "The impeachment of the Philippine vice president Sara Duterte: the House's "
          "impeachment on Wednesday 5 February 2025 (215 of 306 members signing, 102 needed; 240 with 25 more on Friday "
          "7 February), the Supreme Court's ruling that it was unconstitutional on Friday 25 July 2025 (a new complaint "
          "possible from 6 February 2026), the Senate's vote to archive the articles on Wednesday 6 August 2025 (19-4, "
          "one abstention; a motion to table lost 5-19)", False, ms, names)


def census():
    R, A, K, P = "reuters-jul07", "antara-jul08", "kompas-jul09", "philstar-jul10"
    names = {
     "pop": "population on 1 May 2020", "incr": "increase since 2015", "pop15": "population in 2015",
     "pgr": "annual growth rate 2015-2020", "pgr_prev": "annual growth rate 2010-2015", "procl": "the proclamation's number",
     "cal": "population of Calabarzon", "ncr": "population of the National Capital Region",
     "cl": "population of Central Luzon", "share": "the three regions' share of the population",
     "car": "population of the Cordillera region", "barmm": "Bangsamoro's annual growth rate",
     "ev": "Eastern Visayas's annual growth rate", "span": "the latest intercensal period (years)",
     "span_prev": "the previous intercensal period (years)", "proj": "the population commission's projection for 2021",
     # dates
     "ref": "the census's reference day", "release": "day the statistics agency released the results",
     "signed": "day the president signed the proclamation", "census15": "year of the previous census",
     "fieldwork": "month of the census's fieldwork", "proj_year": "year of the projection",
    }
    ms = [
     M(R, "109,035,343", N, "pop", 109035343),
     M(R, "May 1, 2020", D, "ref", "2020-05-01"),
     M(R, "Wednesday", D, "release", "2021-07-07"),
     M(R, "8,053,906", N, "incr", 8053906),
     M(R, "100,981,437", N, "pop15", 100981437),
     M(R, "2015", D, "census15", "2015"),
     M(R, "1.63%", N, "pgr", 1.63, cls="pct"),
     M(R, "1.72%", N, "pgr_prev", 1.72, cls="pct"),
     M(R, "five-year", N, "span_prev", 5, cls="dur"),
     M(R, "1179", N, "procl", 1179, cls="id"),
     M(R, "Tuesday", D, "signed", "2021-07-06"),
     M(R, "16,195,042", N, "cal", 16195042),
     M(R, "13,484,462", N, "ncr", 13484462),
     M(R, "12,422,172", N, "cl", 12422172),
     M(R, "about 38.6%", N, "share", 38.6, qual="approx", cls="pct"),
     M(R, "1,797,660", N, "car", 1797660),
     M(R, "3.26%", N, "barmm", 3.26, cls="pct"),
     M(R, "0.50%", N, "ev", 0.5, cls="pct"),
     M(R, "September 2020", D, "fieldwork", "2020-09"),

     M(A, "109.035.343", N, "pop", 109035343),
     M(A, "1 Mei 2020", D, "ref", "2020-05-01"),
     M(A, "Rabu (7/7/2021)", D, "release", "2021-07-07"),
     M(A, "1179", N, "procl", 1179, cls="id"),
     M(A, "Selasa (6/7/2021)", D, "signed", "2021-07-06"),
     M(A, "8.053.906", N, "incr", 8053906),
     M(A, "2015", D, "census15", "2015"),
     M(A, "100.981.437", N, "pop15", 100981437),
     M(A, "lima tahun terakhir", N, "span", 5, cls="dur"),
     M(A, "1,63 persen", N, "pgr", 1.63, cls="pct"),
     M(A, "1,72 persen", N, "pgr_prev", 1.72, cls="pct"),
     M(A, "lima tahun sebelumnya", N, "span_prev", 5, cls="dur"),
     M(A, "16.195.042", N, "cal", 16195042),
     M(A, "13.484.462", N, "ncr", 13484462),
     M(A, "12.422.172", N, "cl", 12422172),
     M(A, "sekitar 38,6 persen", N, "share", 38.6, qual="approx", cls="pct"),
     M(A, "3,26 persen", N, "barmm", 3.26, cls="pct"),
     M(A, "0,50 persen", N, "ev", 0.5, cls="pct"),
     M(A, "September 2020", D, "fieldwork", "2020-09"),

     M(K, "sekitar 109 juta", N, "pop", 109000000, qual="approx"),
     M(K, "1 Mei 2020", D, "ref", "2020-05-01"),
     M(K, "Rabu (7/7/2021)", D, "release", "2021-07-07"),
     M(K, "109.035.343", N, "pop", 109035343),
     M(K, "lebih dari 8 juta", N, "incr", 8000000, qual="morethan"),
     M(K, "100.981.437", N, "pop15", 100981437),
     M(K, "2015", D, "census15", "2015"),
     M(K, "1,63 persen", N, "pgr", 1.63, cls="pct"),
     M(K, "1,72 persen", N, "pgr_prev", 1.72, cls="pct"),
     M(K, "lima tahun sebelumnya", N, "span_prev", 5, cls="dur"),
     M(K, "1179", N, "procl", 1179, cls="id"),
     M(K, "Selasa (6/7/2021)", D, "signed", "2021-07-06"),
     M(K, "sekitar 16,2 juta", N, "cal", 16200000, qual="approx"),
     M(K, "sekitar 13,5 juta", N, "ncr", 13500000, qual="approx"),
     M(K, "sekitar 12,4 juta", N, "cl", 12400000, qual="approx"),
     M(K, "1.797.660", N, "car", 1797660),
     M(K, "0,50 persen", N, "ev", 0.5, cls="pct"),
     M(K, "3,26 persen", N, "barmm", 3.26, cls="pct"),
     M(K, "September 2020", D, "fieldwork", "2020-09"),

     M(P, "109,035,343", N, "pop", 109035343),
     M(P, "May 1, 2020", D, "ref", "2020-05-01"),
     M(P, "1179", N, "procl", 1179, cls="id"),
     M(P, "July 7", D, "release", "2021-07-07"),
     M(P, "nearly 8.1 million", N, "incr", 8100000, qual="nearly"),
     M(P, "100,981,437", N, "pop15", 100981437),
     M(P, "2015", D, "census15", "2015"),
     M(P, "1.63 percent", N, "pgr", 1.63, cls="pct"),
     M(P, "1.72 percent", N, "pgr_prev", 1.72, cls="pct"),
     M(P, "previous five years", N, "span_prev", 5, cls="dur"),
     M(P, "about 16.2 million", N, "cal", 16200000, qual="approx"),
     M(P, "13.5 million", N, "ncr", 13500000, qual="approx"),
     M(P, "12.4 million", N, "cl", 12400000, qual="approx"),
     M(P, "nearly 38.6 percent", N, "share", 38.6, qual="nearly", cls="pct"),
     M(P, "about 1.8 million", N, "car", 1800000, qual="approx"),
     M(P, "3.26 percent", N, "barmm", 3.26, cls="pct"),
     M(P, "0.50 percent", N, "ev", 0.5, cls="pct"),
     M(P, "110.8 million", N, "proj", 110800000),
     M(P, "2021", D, "proj_year", "2021"),
    ]
    build("ph-census-2020", "The Philippines' 2020 census results (control), declared official by Proclamation No. 1179 "
          "signed on Tuesday 6 July 2021 and released by the statistics agency on Wednesday 7 July 2021: 109,035,343 "
          "people as of 1 May 2020, up 8,053,906 from 100,981,437 in 2015, annual growth 1.63% (1.72% in 2010-2015); "
          "Calabarzon 16,195,042, the National Capital Region 13,484,462, Central Luzon 12,422,172 (about 38.6% together), "
          "the Cordillera region 1,797,660; Bangsamoro 3.26% a year, Eastern Visayas 0.50%; fieldwork in September "
          "2020. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    whakaari()
    impeachment()
    census()
