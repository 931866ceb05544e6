"""The two-hundred-and-thirty-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset235/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def ontake():
    K, R, T, A = "kompas-sep28", "reuters-sep29", "detik-oct03", "ap-oct20"
    # as-of times of the running tallies: Sunday 28 September 2014 in the morning (the 31 found without vital signs)
    # and at night (four confirmed dead, at least 40 injured), Monday 29 September (12 confirmed dead, 63 injured, eight
    # unaccounted for, more than 500 searchers), Wednesday 1 October first (the police's 48) and after the correction
    # (47), Friday 3 October (47 dead, 16 missing, about 1,000 searchers), Thursday 16 October (57 dead, six missing).
    # The dead, the injured and the searchers do not fall; the missing may (found dead or safe). The police's 48 on
    # Wednesday corrected to 47 the same day is a revision: every later 47 stands against it.
    SUN, SUNN, MON = "2014-09-28a", "2014-09-28b", "2014-09-29"
    OCT1A, OCT1B, OCT3, OCT16 = "2014-10-01a", "2014-10-01b", "2014-10-03", "2014-10-16"
    names = {
     "dead": "people killed", "found_arrest": "people found in cardiopulmonary arrest on Sunday",
     "feared": "people feared dead on Monday", "found_mon": "victims found on Monday",
     "injured": "people injured", "missing": "people missing", "searchers": "searchers deployed",
     "registered": "hikers registered on the mountain", "found_later": "bodies found after 1 October",
     "rock_dead": "victims killed by rocks", "volcanoes": "active volcanoes monitored in Japan",
     "unzen_dead": "dead in the 1991 Unzen eruption", "height": "height of the volcano (m)",
     "alert": "alert level", "scale": "levels of the alert scale", "plume": "height of the plume (km)",
     "ashflow": "distance the ash flowed down the slope (km)", "dist": "distance from Tokyo (km)",
     "worst": "years since a deadlier volcanic disaster",
     # dates
     "erupt": "day of the eruption", "count_sun": "day of the first confirmed deaths",
     "found_day": "day the 31 were found", "resume_mon": "day the search was to resume (Monday)",
     "asof_mon": "day of the count of 12", "search_mon": "day five more victims were found",
     "resume_tue": "day the search was to resume (Tuesday)", "asof_oct1": "day the toll reached 47",
     "asof_oct3": "day 16 were missing", "search_end": "day the search was suspended",
     "q2007": "the 2007 eruption", "q1979": "the 1979 eruption", "unzen": "the 1991 Unzen eruption",
    }
    ms = [
     M(K, "empat pendaki", N, "dead", 4, SUNN),
     M(K, "Minggu (28/9/2014)", D, "count_sun", "2014-09-28"),
     M(K, "31 orang", N, "found_arrest", 31, SUN),
     M(K, "Minggu pagi", D, "found_day", "2014-09-28"),
     M(K, "3.067 meter", N, "height", 3067, cls="m"),
     M(K, "Sabtu (27/9/2014)", D, "erupt", "2014-09-27"),
     M(K, "Sedikitnya 40 orang", N, "injured", 40, SUNN, qual="atleast"),
     M(K, "level 3", N, "alert", 3, cls="lvl"),
     M(K, "skala 5", N, "scale", 5, cls="lvl"),
     M(K, "sekitar 10 kilometer", N, "plume", 10, qual="approx", cls="km"),
     M(K, "lebih dari 3 kilometer", N, "ashflow", 3, qual="morethan", cls="km"),
     M(K, "sekitar 200 km", N, "dist", 200, qual="approx", cls="km"),
     M(K, "2007", D, "q2007", "2007"),
     M(K, "1979", D, "q1979", "1979"),
     M(K, "Senin pagi", D, "resume_mon", "2014-09-29"),

     M(R, "Twelve people", N, "dead", 12, MON),
     M(R, "Saturday", D, "erupt", "2014-09-27"),
     M(R, "at least 36", N, "feared", 36, MON, qual="atleast"),
     M(R, "Monday", D, "asof_mon", "2014-09-29"),
     M(R, "five more victims", N, "found_mon", 5, MON),
     M(R, "Monday", D, "search_mon", "2014-09-29", occ=2),
     M(R, "31 people", N, "found_arrest", 31, SUN),
     M(R, "63 people", N, "injured", 63, MON),
     M(R, "eight climbers", N, "missing", 8, MON, fall=True),
     M(R, "More than 500", N, "searchers", 500, MON, qual="morethan"),
     M(R, "3,067-metre", N, "height", 3067, cls="m"),
     M(R, "about 200 km", N, "dist", 200, qual="approx", cls="km"),
     M(R, "1991", D, "unzen", "1991"),
     M(R, "43 people", N, "unzen_dead", 43),
     M(R, "level 3", N, "alert", 3, cls="lvl"),
     M(R, "scale of 5", N, "scale", 5, cls="lvl"),
     M(R, "Tuesday", D, "resume_tue", "2014-09-30"),

     M(T, "16 pendaki", N, "missing", 16, OCT3, fall=True),
     M(T, "Jumat (3/10/2014)", D, "asof_oct3", "2014-10-03"),
     M(T, "tercatat 47 orang", N, "dead", 47, OCT3),
     M(T, "3.076 meter", N, "height", 3076, cls="m", planted=True),
     M(T, "menjadi 47 orang", N, "dead", 47, OCT1B),
     M(T, "Rabu (1/10/2014)", D, "asof_oct1", "2014-10-01"),
     M(T, "48 orang", N, "dead", 48, OCT1A),
     M(T, "angkanya menjadi 47", N, "dead", 47, OCT1B),
     M(T, "46 korban", N, "rock_dead", 46, OCT3),
     M(T, "Sekitar 1.000 personel", N, "searchers", 1000, OCT3, qual="approx"),
     M(T, "Sabtu (27/9/2014)", D, "erupt", "2014-09-27"),
     M(T, "327 pendaki", N, "registered", 327),
     M(T, "hampir 90 tahun", N, "worst", 90, qual="nearly", cls="dur"),
     M(T, "1991", D, "unzen", "1991"),
     M(T, "43 orang", N, "unzen_dead", 43),
     M(T, "47 gunung api aktif", N, "volcanoes", 47),

     M(A, "six people", N, "missing", 6, OCT16, fall=True),
     M(A, "Thursday, Oct. 16", D, "search_end", "2014-10-16"),
     M(A, "3,067-meter", N, "height", 3067, cls="m"),
     M(A, "Sunday, Sept. 28", D, "erupt", "2014-09-28", planted=True),
     M(A, "57 people", N, "dead", 57, OCT16),
     M(A, "almost 90 years", N, "worst", 90, qual="nearly", cls="dur"),
     M(A, "four confirmed deaths", N, "dead", 4, SUNN),
     M(A, "47", N, "dead", 47, OCT1B),
     M(A, "Oct. 1", D, "asof_oct1", "2014-10-01"),
     M(A, "10 more bodies", N, "found_later", 10, OCT16),
     M(A, "Oct. 3", D, "asof_oct3", "2014-10-03"),
     M(A, "16 people", N, "missing", 16, OCT3, fall=True),
     M(A, "level 3", N, "alert", 3, cls="lvl"),
     M(A, "scale of 5", N, "scale", 5, cls="lvl"),
     M(A, "1979", D, "q1979", "1979"),
    ]
    build("ontake-eruption-2014", "The eruption of Mount Ontake on the Nagano-Gifu border, central Japan (Saturday 27 "
          "September 2014, 11.52 local time): 31 people found in cardiopulmonary arrest on Sunday morning, four confirmed "
          "dead on Sunday night, 12 on Monday 29 September (at least 36 feared, 63 injured, eight unaccounted for), the "
          "police's 48 on Wednesday 1 October corrected to 47 the same day, 47 dead and 16 missing on Friday 3 October, "
          "57 dead and six missing when the search was suspended on Thursday 16 October", False, ms, names)


def doctors():
    K, R, T, A = "kompas-feb07", "reuters-feb22", "detik-mar04", "ap-may24"
    # as-of times: the government's plan of Tuesday 6 February 2024 (2,000 more places for 2025, 5,058 in all), the
    # allocation of Wednesday 20 March (the 2,000 handed out), the council's approval of Friday 24 May (1,509 more,
    # 4,567 in all: lower than the plan, a revision); the resignations counted at 100 hospitals late on Monday 19
    # February, at 10 p.m. on Tuesday 20 February and at 10 p.m. on Wednesday 21 February (they do not fall).
    # Sources: the doctors' association's 40,000 at the rally of Sunday 3 March against the police's about 12,000.
    # The current quota of 3,058 does not change with the day of the report.
    FEB06, MAR20, MAY24 = "2024-02-06", "2024-03-20", "2024-05-24"
    MON19, TUE20, WED21 = "2024-02-19", "2024-02-20", "2024-02-21"
    KMA, POLICE = "the Korean Medical Association", "the police"
    names = {
     "increase": "places added to the medical school quota for 2025", "total2025": "medical school places for 2025",
     "quota": "the current annual medical school quota", "years27": "years since the last increase",
     "target": "doctors to be added by 2035", "shortage": "projected shortage of doctors in 2035",
     "ratio": "doctors per 1,000 people in South Korea", "oecd": "OECD average doctors per 1,000 people",
     "members": "doctors the association represents", "plan2020": "places in the 2020 plan",
     "plan2020_years": "years of the 2020 plan", "resigned": "trainee doctors who resigned",
     "left": "trainee doctors who left their posts", "hospitals": "hospitals counted",
     "students": "medical students applying for leave", "schools": "medical schools with students applying for leave",
     "leave_days": "days of leave applications", "crowd": "people at the rally", "days_after": "days from the "
     "deadline to the rally", "suspension": "months of licence suspension", "officials": "association officials reported",
     "council_places": "places approved by the council", "universities": "universities approved by the council",
     "cha": "places added by CHA University", "outside": "places allocated outside the Seoul area",
     "inside": "places allocated in Gyeonggi and Incheon", "share_pct": "share of places outside the Seoul area",
     "share_resigned": "share of trainees who resigned",
     # dates
     "announce": "day the plan was announced", "year2025": "first academic year of the increase",
     "since": "year the quota was frozen", "y2035": "target year", "y2020": "year of the earlier plan",
     "asof_wed": "day of the count of 9,275", "asof_tue": "day of the count of 8,816", "walkout": "day the walkout began",
     "asof_mon": "day of the first count", "release": "day the ministry gave the count of 9,275",
     "deadline": "deadline to return to work", "rally": "day of the rally", "suspend_start": "day suspensions were to begin",
     "alloc": "day of the allocation", "court": "day of the Seoul High Court's ruling", "approved": "day of the council's approval",
     "april": "month universities were allowed to cut", "y2026": "year of the full increase",
    }
    ms = [
     M(K, "2.000 kursi", N, "increase", 2000, FEB06),
     M(K, "2025", D, "year2025", "2025"),
     M(K, "Selasa (6/2/2024)", D, "announce", "2024-02-06"),
     M(K, "3.058", N, "quota", 3058),
     M(K, "5.058 kursi", N, "total2025", 5058, FEB06),
     M(K, "27 tahun", N, "years27", 27, cls="dur"),
     M(K, "2006", D, "since", "2006"),
     M(K, "10.000 dokter", N, "target", 10000),
     M(K, "2035", D, "y2035", "2035"),
     M(K, "15.000 orang", N, "shortage", 15000),
     M(K, "2,6 dokter", N, "ratio", 2.6, cls="ratio"),
     M(K, "3,7 dokter", N, "oecd", 3.7, cls="ratio"),
     M(K, "sekitar 140.000 dokter", N, "members", 140000, qual="approx"),
     M(K, "2020", D, "y2020", "2020"),
     M(K, "4.000 kursi", N, "plan2020", 4000),
     M(K, "10 tahun", N, "plan2020_years", 10, cls="dur"),

     M(R, "9,275", N, "resigned", 9275, WED21),
     M(R, "Wednesday", D, "asof_wed", "2024-02-21"),
     M(R, "74.4%", N, "share_resigned", 74.4, WED21, cls="pct"),
     M(R, "100 main teaching hospitals", N, "hospitals", 100),
     M(R, "Thursday", D, "release", "2024-02-22"),
     M(R, "8,024", N, "left", 8024, WED21),
     M(R, "7,813", N, "left", 7813, TUE20),
     M(R, "Tuesday", D, "asof_tue", "2024-02-20"),
     M(R, "8,816 trainees", N, "resigned", 8816, TUE20),
     M(R, "71.2%", N, "share_resigned", 71.2, TUE20, cls="pct"),
     M(R, "Monday", D, "asof_mon", "2024-02-19"),
     M(R, "6,415", N, "resigned", 6415, MON19),
     M(R, "Tuesday", D, "walkout", "2024-02-20", occ=2),
     M(R, "Feb. 6", D, "announce", "2024-02-06"),
     M(R, "2,000", N, "increase", 2000, FEB06),
     M(R, "2025", D, "year2025", "2025"),
     M(R, "3,058 places", N, "quota", 3058),
     M(R, "2006", D, "since", "2006"),
     M(R, "11,778 students", N, "students", 11778, WED21),
     M(R, "34 medical schools", N, "schools", 34, WED21),
     M(R, "three days", N, "leave_days", 3, cls="dur"),
     M(R, "10,000 more doctors", N, "target", 10000),
     M(R, "2035", D, "y2035", "2035"),

     M(T, "Minggu (3/3/2024)", D, "rally", "2024-03-03"),
     M(T, "40.000 orang", N, "crowd", 40000, src=KMA),
     M(T, "sekitar 12.000 orang", N, "crowd", 12000, qual="approx", src=POLICE),
     M(T, "tiga hari", N, "days_after", 3, cls="dur"),
     M(T, "Kamis (29/2/2024)", D, "deadline", "2024-02-29"),
     M(T, "2.000 kursi", N, "increase", 2000, FEB06),
     M(T, "2025", D, "year2025", "2025"),
     M(T, "3.085 kursi", N, "quota", 3085, planted=True),
     M(T, "Rabu (21/2/2024)", D, "asof_wed", "2024-02-21"),
     M(T, "9.275 dokter residen", N, "resigned", 9275, WED21),
     M(T, "100 rumah sakit", N, "hospitals", 100),
     M(T, "8.024", N, "left", 8024, WED21),
     M(T, "Senin (4/3/2024)", D, "suspend_start", "2024-03-04"),
     M(T, "tiga bulan", N, "suspension", 3, cls="dur"),
     M(T, "lima pengurus", N, "officials", 5),
     M(T, "sekitar 140.000 dokter", N, "members", 140000, qual="approx"),
     M(T, "Selasa (6/2/2024)", D, "announce", "2024-02-06"),
     M(T, "10.000 dokter", N, "target", 10000),
     M(T, "2035", D, "y2035", "2035"),

     M(A, "Friday", D, "approved", "2024-05-24"),
     M(A, "27 years", N, "years27", 27, cls="dur"),
     M(A, "1,509 places", N, "increase", 1509, MAY24),
     M(A, "the 2,000", N, "increase", 2000, FEB06),
     M(A, "1,469 extra places", N, "council_places", 1469, MAY24),
     M(A, "31 universities", N, "universities", 31, MAY24),
     M(A, "40 more", N, "cha", 40, MAY24),
     M(A, "2025", D, "year2025", "2025"),
     M(A, "4,567", N, "total2025", 4567, MAY24),
     M(A, "3,058", N, "quota", 3058),
     M(A, "Feb. 7", D, "announce", "2024-02-07", planted=True),
     M(A, "April", D, "april", "2024-04"),
     M(A, "March 20", D, "alloc", "2024-03-20"),
     M(A, "1,639", N, "outside", 1639, MAR20),
     M(A, "2,000 places", N, "increase", 2000, MAR20),
     M(A, "82%", N, "share_pct", 82, MAR20, cls="pct"),
     M(A, "361", N, "inside", 361, MAR20),
     M(A, "Thursday, May 16", D, "court", "2024-05-16"),
     M(A, "February", D, "walkout", "2024-02"),
     M(A, "March", D, "rally", "2024-03", occ=2),
     M(A, "40,000 people", N, "crowd", 40000, src=KMA),
     M(A, "about 12,000", N, "crowd", 12000, qual="approx", src=POLICE),
     M(A, "10,000 more doctors", N, "target", 10000),
     M(A, "2035", D, "y2035", "2035"),
     M(A, "2026", D, "y2026", "2026"),
    ]
    build("korea-doctors-walkout-2024", "South Korea's medical school expansion and the trainee doctors' walkout: the "
          "government's plan of Tuesday 6 February 2024 (2,000 more places from 2025, 3,058 to 5,058), the resignations "
          "at 100 hospitals (6,415 late on Monday 19 February, 8,816 at 10 p.m. on Tuesday 20 February, 9,275 at 10 p.m. "
          "on Wednesday 21 February; 7,813 then 8,024 off the job), the doctors' rally of Sunday 3 March (the association's "
          "40,000, the police's about 12,000), the allocation of Wednesday 20 March, the Seoul High Court's ruling of "
          "Thursday 16 May and the council's approval of Friday 24 May (1,509 more places, 4,567 in all: lower than the "
          "plan)", False, ms, names)


def visitors():
    R, K, T, J = "reuters-jan15", "kompas-jan16", "kontan-jan17", "japantimes-jan18"
    names = {
     "visitors": "foreign visitors in 2024", "growth": "growth of visitors from 2023 (%)",
     "prev": "visitors in 2019 (the previous record)", "v2023": "visitors in 2023",
     "spend": "visitor spending in 2024", "spend_growth": "growth of spending from 2023 (%)",
     "spend2023": "visitor spending in 2023", "vs2019": "spending above 2019 (%)",
     "korea": "visitors from South Korea", "china": "visitors from China", "taiwan": "visitors from Taiwan",
     "dec": "visitors in December", "china_spend": "spending by visitors from China",
     "china_share": "China's share of spending (%)", "per_capita": "average spending per visitor (yen)",
     "target_v": "visitor target for 2030", "target_s": "spending target for 2030",
     # dates
     "y2024": "the record year", "y2019": "the previous record year", "y2023": "the year before",
     "y2030": "the target year", "release": "day the figures were released", "december": "the record month",
    }
    ms = [
     M(R, "36.87 million", N, "visitors", 36.87, cls="mn"),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "47.1%", N, "growth", 47.1, cls="pct"),
     M(R, "Wednesday", D, "release", "2025-01-15"),
     M(R, "31.88 million", N, "prev", 31.88, cls="mn"),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "8.14 trillion yen", N, "spend", 8.14, cls="yen"),
     M(R, "53.4%", N, "spend_growth", 53.4, cls="pct"),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "8.82 million", N, "korea", 8.82, cls="mn"),
     M(R, "6.98 million", N, "china", 6.98, cls="mn"),
     M(R, "6.04 million", N, "taiwan", 6.04, cls="mn"),
     M(R, "December", D, "december", "2024-12"),
     M(R, "3.49 million", N, "dec", 3.49, cls="mn"),
     M(R, "1.73 trillion yen", N, "china_spend", 1.73, cls="yen"),
     M(R, "21.3%", N, "china_share", 21.3, cls="pct"),
     M(R, "227,242 yen", N, "per_capita", 227242, cls="pc"),
     M(R, "60 million", N, "target_v", 60, cls="mn"),
     M(R, "15 trillion yen", N, "target_s", 15, cls="yen"),
     M(R, "2030", D, "y2030", "2030"),

     M(K, "36,87 juta", N, "visitors", 36.87, cls="mn"),
     M(K, "2024", D, "y2024", "2024"),
     M(K, "47,1 persen", N, "growth", 47.1, cls="pct"),
     M(K, "Rabu (15/1/2025)", D, "release", "2025-01-15"),
     M(K, "31,88 juta", N, "prev", 31.88, cls="mn"),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "8,14 triliun yen", N, "spend", 8.14, cls="yen"),
     M(K, "53,4 persen", N, "spend_growth", 53.4, cls="pct"),
     M(K, "5,31 triliun yen", N, "spend2023", 5.31, cls="yen"),
     M(K, "2023", D, "y2023", "2023"),
     M(K, "8,82 juta orang", N, "korea", 8.82, cls="mn"),
     M(K, "6,98 juta orang", N, "china", 6.98, cls="mn"),
     M(K, "6,04 juta orang", N, "taiwan", 6.04, cls="mn"),
     M(K, "Desember", D, "december", "2024-12"),
     M(K, "3,49 juta", N, "dec", 3.49, cls="mn"),
     M(K, "227.242 yen", N, "per_capita", 227242, cls="pc"),
     M(K, "1,73 triliun yen", N, "china_spend", 1.73, cls="yen"),
     M(K, "21,3 persen", N, "china_share", 21.3, cls="pct"),
     M(K, "60 juta", N, "target_v", 60, cls="mn"),
     M(K, "15 triliun yen", N, "target_s", 15, cls="yen"),
     M(K, "2030", D, "y2030", "2030"),

     M(T, "8,14 triliun yen", N, "spend", 8.14, cls="yen"),
     M(T, "69,1 persen", N, "vs2019", 69.1, cls="pct"),
     M(T, "2019", D, "y2019", "2019"),
     M(T, "Rabu (15/1/2025)", D, "release", "2025-01-15"),
     M(T, "36,87 juta", N, "visitors", 36.87, cls="mn"),
     M(T, "2024", D, "y2024", "2024"),
     M(T, "47,1 persen", N, "growth", 47.1, cls="pct"),
     M(T, "2019", D, "y2019", "2019", occ=2),
     M(T, "31,88 juta", N, "prev", 31.88, cls="mn"),
     M(T, "8,82 juta", N, "korea", 8.82, cls="mn"),
     M(T, "6,98 juta", N, "china", 6.98, cls="mn"),
     M(T, "6,04 juta", N, "taiwan", 6.04, cls="mn"),
     M(T, "227.242 yen", N, "per_capita", 227242, cls="pc"),
     M(T, "1,73 triliun yen", N, "china_spend", 1.73, cls="yen"),
     M(T, "21,3 persen", N, "china_share", 21.3, cls="pct"),
     M(T, "Desember", D, "december", "2024-12"),
     M(T, "3,49 juta", N, "dec", 3.49, cls="mn"),
     M(T, "53,4 persen", N, "spend_growth", 53.4, cls="pct"),
     M(T, "5,31 triliun yen", N, "spend2023", 5.31, cls="yen"),
     M(T, "2023", D, "y2023", "2023"),
     M(T, "60 juta", N, "target_v", 60, cls="mn"),
     M(T, "15 triliun yen", N, "target_s", 15, cls="yen"),
     M(T, "2030", D, "y2030", "2030"),

     M(J, "36.87 million", N, "visitors", 36.87, cls="mn"),
     M(J, "31.88 million", N, "prev", 31.88, cls="mn"),
     M(J, "2019", D, "y2019", "2019"),
     M(J, "Wednesday", D, "release", "2025-01-15"),
     M(J, "47.1 percent", N, "growth", 47.1, cls="pct"),
     M(J, "2023", D, "y2023", "2023"),
     M(J, "25.07 million", N, "v2023", 25.07, cls="mn"),
     M(J, "8.14 trillion yen", N, "spend", 8.14, cls="yen"),
     M(J, "53.4 percent", N, "spend_growth", 53.4, cls="pct"),
     M(J, "5.31 trillion yen", N, "spend2023", 5.31, cls="yen"),
     M(J, "2023", D, "y2023", "2023", occ=2),
     M(J, "69.1 percent", N, "vs2019", 69.1, cls="pct"),
     M(J, "2019", D, "y2019", "2019", occ=2),
     M(J, "8.82 million", N, "korea", 8.82, cls="mn"),
     M(J, "6.98 million", N, "china", 6.98, cls="mn"),
     M(J, "6.04 million", N, "taiwan", 6.04, cls="mn"),
     M(J, "December", D, "december", "2024-12"),
     M(J, "3.49 million", N, "dec", 3.49, cls="mn"),
     M(J, "227,242 yen", N, "per_capita", 227242, cls="pc"),
     M(J, "1.73 trillion yen", N, "china_spend", 1.73, cls="yen"),
     M(J, "21.3 percent", N, "china_share", 21.3, cls="pct"),
     M(J, "60 million", N, "target_v", 60, cls="mn"),
     M(J, "15 trillion yen", N, "target_s", 15, cls="yen"),
     M(J, "2030", D, "y2030", "2030"),
    ]
    build("japan-visitors-2024", "Japan's foreign visitors and their spending in 2024 (control), released on Wednesday "
          "15 January 2025 by the Japan National Tourism Organization and the Japan Tourism Agency: a record 36.87 "
          "million visitors (up 47.1% from 25.07 million in 2023, above the 31.88 million of 2019), 8.14 trillion yen "
          "spent (up 53.4% from 5.31 trillion yen, 69.1% above 2019), South Korea 8.82 million, China 6.98 million, "
          "Taiwan 6.04 million, 3.49 million in December, 227,242 yen a visitor, China's 1.73 trillion yen (21.3%), "
          "targets of 60 million visitors and 15 trillion yen by 2030. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    ontake()
    doctors()
    visitors()
