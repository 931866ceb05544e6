"""The eighty-first development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset81/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def plumpang():
    K, R, DT, JP, T = "kompas-mar04", "reuters-mar05", "detik-mar06", "jakartapost-mar15", "tempo-mar27"
    # the tallies: Saturday 4 March at 01.16 WIB (BPBD DKI relaying the joint command post's count: 17 dead),
    # Saturday morning (the fire service's recheck of the command post's list: 13), Saturday evening (BPBD: 17),
    # Sunday 5 March (the Koramil 01 Koja post: 19), Monday 6 March at 12.00 (the health office through BPBD: 18),
    # Sunday 12 March (21), Tuesday 14 March at 18.00 (23), Saturday 18 March (29), Friday 24 March (33)
    SAT01, SATAM, SATEVE, SAT = "2023-03-04T01", "2023-03-04T09", "2023-03-04T18", "2023-03-04"
    SUN, MON, SUN12, TUE14, SAT18, FRI24 = ("2023-03-05", "2023-03-06T12", "2023-03-12", "2023-03-14T18",
                                           "2023-03-18", "2023-03-24")
    BPBD, KORAMIL = "BPBD DKI Jakarta (the health office's data)", "the Koramil 01 Koja command post"
    names = {
     "dead": "people killed", "injured": "people injured", "serious": "people seriously injured",
     "moderate": "people moderately injured", "in_hospital": "victims still treated in hospital",
     "hospitals": "hospitals treating victims", "missing": "people still missing",
     "found_safe": "people reported missing then found safe", "reported_missing": "people reported missing",
     "displaced": "residents in shelters", "shelters": "shelters", "engines": "fire engines sent",
     "firefighters": "firefighters sent", "adults_dead": "adults among the dead (Koramil post)",
     "children_dead": "children among the dead (Koramil post)", "dna": "DNA samples received",
     "bags": "body bags at the police hospital", "identified": "bodies identified", "buffer": "planned buffer zone",
     "services": "civil registry services given",
     # dates
     "fire": "day of the fire", "count_night": "day of the overnight count (01.16 WIB)",
     "count_eve": "day of the Saturday-evening count", "jokowi_visit": "day the president visited",
     "koramil_count": "day of the Koramil post's count", "health_count": "day of the health office's count of 18",
     "displaced_day": "day of the shelter count", "count21": "day of the count of 21",
     "count23": "day of the count of 23", "count29": "day of the count of 29", "count33": "day of the count of 33",
     "shelters_empty": "day the shelters emptied", "built": "year the depot opened",
     "fire2009": "the depot's earlier fire",
    }
    ms = [
     M(K, "Jumat (3/3/2023)", D, "fire", "2023-03-03"),
     M(K, "Sabtu (4/3/2023)", D, "count_night", "2023-03-04"),
     M(K, "17 orang", N, "dead", 17, SAT01),
     M(K, "51 orang", N, "injured", 51, SAT01),
     M(K, "49 orang", N, "serious", 49, SAT01),
     M(K, "2 orang", N, "moderate", 2, SAT01),
     M(K, "52 unit", N, "engines", 52),
     M(K, "260 personel", N, "firefighters", 260, qual="approx"),
     M(K, "1974", D, "built", "1974"),
     M(K, "2009", D, "fire2009", "2009"),

     M(R, "17 people", N, "dead", 17, SATEVE, src=BPBD),
     M(R, "Saturday", D, "count_eve", "2023-03-04"),
     M(R, "13", N, "dead", 13, SATAM),
     M(R, "49 people", N, "serious", 49, SATEVE),
     M(R, "18 people", N, "missing", 18, SATEVE, fall=True, src=BPBD),
     M(R, "six", N, "found_safe", 6, SATEVE),
     M(R, "24", N, "reported_missing", 24, SATEVE),
     M(R, "1,085 residents", N, "displaced", 1085, SAT, fall=True),
     M(R, "eight shelters", N, "shelters", 8, SAT),
     M(R, "Friday", D, "fire", "2023-03-03"),
     M(R, "52 fire engines", N, "engines", 52),
     M(R, "Sunday", D, "jokowi_visit", "2023-03-05"),
     M(R, "1974", D, "built", "1974"),
     M(R, "2009", D, "fire2009", "2009"),

     M(DT, "18 orang", N, "dead", 18, MON, src=BPBD),
     M(DT, "Senin (6/3/2023)", D, "health_count", "2023-03-06"),
     M(DT, "38 korban", N, "in_hospital", 38, MON, fall=True),
     M(DT, "sembilan rumah sakit", N, "hospitals", 9, MON, fall=True),
     M(DT, "Minggu (5/3/2023)", D, "koramil_count", "2023-03-05"),
     M(DT, "19 orang", N, "dead", 19, SUN, src=KORAMIL),
     M(DT, "14 orang dewasa", N, "adults_dead", 14, SUN),
     M(DT, "5 anak-anak", N, "children_dead", 5, SUN),
     M(DT, "tiga anak", N, "missing", 3, SUN, fall=True, src=KORAMIL),
     M(DT, "15 sampel DNA", N, "dna", 15),
     M(DT, "16 kantong jenazah", N, "bags", 16),
     M(DT, "tiga jenazah", N, "identified", 3),
     M(DT, "1.058 warga", N, "displaced", 1058, SAT, fall=True, planted=True),
     M(DT, "delapan titik", N, "shelters", 8, SAT),
     M(DT, "Sabtu (4/3/2023)", D, "displaced_day", "2023-03-04"),
     M(DT, "Jumat (3/3/2023)", D, "fire", "2023-03-03"),

     M(JP, "23", N, "dead", 23, TUE14, src=BPBD),
     M(JP, "Tuesday", D, "count23", "2023-03-14"),
     M(JP, "21", N, "dead", 21, SUN12, src=BPBD),
     M(JP, "Sunday", D, "count21", "2023-03-12"),
     M(JP, "82 people", N, "displaced", 82, TUE14, fall=True),
     M(JP, "1,085", N, "displaced", 1085, SAT, fall=True),
     M(JP, "March 3", D, "fire", "2023-03-03"),
     M(JP, "1974", D, "built", "1974"),
     M(JP, "January 2009", D, "fire2009", "2009-01"),

     M(T, "33 orang", N, "dead", 33, FRI24, src=BPBD),
     M(T, "Jumat (24/3/2023)", D, "count33", "2023-03-24"),
     M(T, "11 korban", N, "in_hospital", 11, FRI24, fall=True),
     M(T, "Sabtu (18/3/2023)", D, "count29", "2023-03-18"),
     M(T, "29 orang", N, "dead", 29, SAT18, src=BPBD),
     M(T, "15 pasien", N, "in_hospital", 15, SAT18, fall=True),
     M(T, "dua rumah sakit", N, "hospitals", 2, SAT18, fall=True),
     M(T, "17 orang", N, "dead", 17, SATEVE, src=BPBD),
     M(T, "Sabtu (4/3/2023)", D, "count_eve", "2023-03-04"),
     M(T, "Kamis (16/3/2023)", D, "shelters_empty", "2023-03-16"),
     M(T, "100 meter", N, "buffer", 100, cls="m"),
     M(T, "2009", D, "fire2009", "2009"),
     M(T, "442 layanan", N, "services", 442),
     M(T, "Jumat (3/3/2023)", D, "fire", "2023-03-03"),
     M(T, "1974", D, "built", "1974"),
    ]
    build("plumpang-fire-2023", "The fire at Pertamina's Plumpang fuel depot (Koja, North Jakarta) on the evening of "
          "Friday 3 March 2023: 17 dead and 51 injured (49 seriously) by BPBD DKI at 01.16 WIB on Saturday 4 March, "
          "lowered to 13 that morning when the fire service rechecked the command post's list, 17 again by BPBD on "
          "Saturday evening (18 missing, 1,085 in eight shelters); the Koramil 01 Koja post's 19 on Sunday 5 March "
          "against the health office's 18 on Monday 6 March (38 in nine hospitals); 21 on Sunday 12 March, 23 on "
          "Tuesday 14 March (82 still sheltered), 29 on Saturday 18 March, 33 on Friday 24 March (11 still in "
          "hospital)", False, ms, names)


def pilpres():
    R, A, K, T, R2 = "reuters-jul10", "ap-jul22", "kompas-jul23", "tempo-aug22", "reuters-oct27"
    KPU, CSIS, KQC, PUSK, QCS, CLAIM = ("the KPU", "the CSIS-Cyrus Network quick count", "the Kompas quick count",
                                        "the Puskaptis quick count", "the established pollsters' quick counts",
                                        "the petitioners' own count")
    names = {
     "jk_share": "Widodo-Kalla's share", "rival_share": "the Subianto-Hatta Rajasa ticket's share",
     "jk_votes": "votes for Widodo-Kalla", "rival_votes": "votes for the Subianto-Hatta Rajasa ticket",
     "margin": "the winning margin in votes", "valid": "valid votes", "invalid": "invalid votes",
     "provinces": "provinces counted", "ppln": "overseas election committees", "countries": "countries with voters",
     "registered": "registered voters", "age_jk": "Widodo's age", "age_kalla": "Kalla's age",
     "terms": "Yudhoyono's terms", "appeal_days": "days to file a challenge", "judges": "judges ruling",
     "hearing_hours": "length of the ruling's hearing", "cabinet": "ministers in the cabinet",
     "women": "women in the cabinet", "days_taken": "days taken to announce the cabinet",
     "days_allowed": "days the law allows to form a cabinet", "pdip": "PDI-P's share in the legislative election",
     # dates
     "election": "day of the presidential election", "kpu_day": "day the KPU declared the result",
     "mk_day": "day of the Constitutional Court's ruling", "inauguration": "day of the inauguration",
     "cabinet_announced": "day the cabinet was announced", "cabinet_sworn": "day the cabinet was sworn in",
     "dpr_sworn": "day the House was sworn in", "legislative": "day of the legislative election",
     "y2004": "Yudhoyono's first election", "y2009": "Yudhoyono's second election",
    }
    ms = [
     M(R, "Wednesday", D, "election", "2014-07-09"),
     M(R, "52 percent", N, "jk_share", 52, cls="pct", src=CSIS),
     M(R, "48 percent", N, "rival_share", 48, cls="pct", src=CSIS),
     M(R, "52.33 percent", N, "jk_share", 52.33, cls="pct", src=KQC),
     M(R, "47.66 percent", N, "rival_share", 47.66, cls="pct", src=KQC),
     M(R, "52.05 percent", N, "rival_share", 52.05, cls="pct", src=PUSK),
     M(R, "July 22", D, "kpu_day", "2014-07-22"),
     M(R, "33 provinces", N, "provinces", 33),
     M(R, "About 190 million", N, "registered", 190000000, qual="approx"),
     M(R, "2004", D, "y2004", "2004"),
     M(R, "2009", D, "y2009", "2009"),
     M(R, "two terms", N, "terms", 2),
     M(R, "53", N, "age_jk", 53, cls="age"),

     M(A, "53.15 percent", N, "jk_share", 53.15, cls="pct", src=KPU),
     M(A, "Tuesday", D, "kpu_day", "2014-07-22"),
     M(A, "70,997,833 votes", N, "jk_votes", 70997833, src=KPU),
     M(A, "62,576,444", N, "rival_votes", 62576444, src=KPU),
     M(A, "46.85 percent", N, "rival_share", 46.85, cls="pct", src=KPU),
     M(A, "more than 8.4 million votes", N, "margin", 8400000, qual="morethan", src=KPU),
     M(A, "three days", N, "appeal_days", 3, cls="dur"),
     M(A, "July 9", D, "election", "2014-07-09"),
     M(A, "about 52 percent", N, "jk_share", 52, qual="approx", cls="pct", src=QCS),
     M(A, "53", N, "age_jk", 53, cls="age"),
     M(A, "Oct. 20", D, "inauguration", "2014-10-20"),
     M(A, "two terms", N, "terms", 2),
     M(A, "72", N, "age_kalla", 72, cls="age"),

     M(K, "Selasa (22/7/2014)", D, "kpu_day", "2014-07-22"),
     M(K, "70.997.833 suara", N, "jk_votes", 70997833, src=KPU),
     M(K, "53,15 persen", N, "jk_share", 53.15, cls="pct", src=KPU),
     M(K, "62.576.444 suara", N, "rival_votes", 62576444, src=KPU),
     M(K, "46,85 persen", N, "rival_share", 46.85, cls="pct", src=KPU),
     M(K, "8.421.389 suara", N, "margin", 8421389, src=KPU),
     M(K, "133.574.277", N, "valid", 133574277),
     M(K, "1.379.690", N, "invalid", 1379690),
     M(K, "33 provinsi", N, "provinces", 33),
     M(K, "130 panitia", N, "ppln", 130),
     M(K, "96 negara", N, "countries", 96),
     M(K, "tiga hari", N, "appeal_days", 3, cls="dur"),
     M(K, "Rabu (9/7/2014)", D, "election", "2014-07-09"),
     M(K, "20 Oktober 2014", D, "inauguration", "2014-10-20"),

     M(T, "Kamis (20/8/2014)", D, "mk_day", "2014-08-20", planted=True),
     M(T, "sembilan hakim", N, "judges", 9),
     M(T, "67.139.153 suara", N, "rival_votes", 67139153, src=CLAIM),
     M(T, "66.435.124 suara", N, "jk_votes", 66435124, src=CLAIM),
     M(T, "70.997.833 suara", N, "jk_votes", 70997833, src=KPU),
     M(T, "62.576.444 suara", N, "rival_votes", 62576444, src=KPU),
     M(T, "hampir tujuh jam", N, "hearing_hours", 7, qual="nearly", cls="dur"),
     M(T, "9 Juli 2014", D, "election", "2014-07-09"),
     M(T, "22 Juli 2014", D, "kpu_day", "2014-07-22"),
     M(T, "20 Oktober 2014", D, "inauguration", "2014-10-20"),

     M(R2, "34-member", N, "cabinet", 34),
     M(R2, "Monday", D, "cabinet_sworn", "2014-10-27"),
     M(R2, "Oct. 20", D, "inauguration", "2014-10-20"),
     M(R2, "eight", N, "women", 8),
     M(R2, "Sunday", D, "cabinet_announced", "2014-10-26"),
     M(R2, "six days", N, "days_taken", 6, cls="dur"),
     M(R2, "14 days", N, "days_allowed", 14, cls="dur"),
     M(R2, "July 9", D, "election", "2014-07-09"),
     M(R2, "53.51 percent", N, "jk_share", 53.51, cls="pct", src=KPU, planted=True),
     M(R2, "46.85 percent", N, "rival_share", 46.85, cls="pct", src=KPU),
     M(R2, "Aug. 21", D, "mk_day", "2014-08-21"),
     M(R2, "Oct. 1", D, "dpr_sworn", "2014-10-01"),
     M(R2, "April 9", D, "legislative", "2014-04-09"),
     M(R2, "18.95 percent", N, "pdip", 18.95, cls="pct"),
     M(R2, "72", N, "age_kalla", 72, cls="age"),
    ]
    build("indonesia-pilpres-2014", "Indonesia's presidential election of Wednesday 9 July 2014: quick counts on the "
          "night (CSIS-Cyrus Network 52% for Joko Widodo-Jusuf Kalla against 48%, Kompas 52.33% against 47.66%, "
          "Puskaptis 52.05% for the Subianto-Hatta Rajasa ticket) against the KPU's result of Tuesday 22 July "
          "(70,997,833 votes or 53.15% against 62,576,444 or 46.85%, a margin of 8,421,389); the Constitutional "
          "Court's unanimous rejection of the challenge (the petitioners' own count of 67,139,153 against 66,435,124) "
          "on Thursday 21 August; the inauguration on Monday 20 October and the 34-member cabinet announced on "
          "Sunday 26 October and sworn in on Monday 27 October 2014", False, ms, names)


def cbsl():
    R, K, NK, B = "reuters-jul24", "kontan-jul25", "nikkei-jul26", "bisnis-jul27"
    names = {
     "cut": "size of the cut", "sdfr": "the new standing deposit facility rate",
     "slfr": "the new standing lending facility rate", "prev_sdfr": "the deposit rate before the decision",
     "prev_slfr": "the lending rate before the decision", "prev_cut": "size of the March cut",
     "target": "the inflation target", "headline": "headline inflation in June", "core_june": "core inflation in June",
     "core_may": "core inflation in May", "gdp2022": "the economy's contraction in 2022",
     "gdp2023": "the economy's contraction in 2023", "peak_infl": "inflation's peak", "imf": "the IMF programme",
     "total_cut": "cuts since June 2023", "peak_sdfr": "the deposit rate's peak", "peak_slfr": "the lending rate's peak",
     # dates
     "announce": "day of the announcement", "meeting": "day of the board's meeting",
     "prev_cut_month": "month of the previous cut", "infl_month": "month of the inflation reading",
     "core_may_month": "month of the previous core reading", "crisis_year": "year of the financial crisis",
     "gdp2022_year": "the year the economy shrank 7.3%", "gdp2023_year": "the year the economy shrank 2.3%",
     "peak_month": "month inflation peaked", "imf_month": "month of the IMF programme",
     "easing_start": "month the easing began",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "Wednesday", D, "announce", "2024-07-24"),
     M(R, "5%", N, "target", 5, cls="pct"),
     M(R, "8.25%", N, "sdfr", 8.25, cls="pct"),
     M(R, "9.25%", N, "slfr", 9.25, cls="pct"),
     M(R, "Tuesday", D, "meeting", "2024-07-23"),
     M(R, "50-basis-point", N, "prev_cut", 50, cls="bp"),
     M(R, "March", D, "prev_cut_month", "2024-03"),
     M(R, "2022", D, "crisis_year", "2022"),
     M(R, "1.7%", N, "headline", 1.7, cls="pct"),
     M(R, "June", D, "infl_month", "2024-06"),
     M(R, "4.4%", N, "core_june", 4.4, cls="pct"),
     M(R, "3.5%", N, "core_may", 3.5, cls="pct"),
     M(R, "May", D, "core_may_month", "2024-05"),
     M(R, "7.3%", N, "gdp2022", 7.3, cls="pct"),
     M(R, "2022", D, "gdp2022_year", "2022", occ=2),
     M(R, "2.3%", N, "gdp2023", 2.3, cls="pct"),
     M(R, "2023", D, "gdp2023_year", "2023"),
     M(R, "near 70%", N, "peak_infl", 70, qual="nearly", cls="pct"),
     M(R, "September 2022", D, "peak_month", "2022-09"),
     M(R, "$2.9 billion", N, "imf", 2.9e9, cls="usd"),
     M(R, "March 2023", D, "imf_month", "2023-03"),

     M(K, "25 basis poin", N, "cut", 25, cls="bp"),
     M(K, "8,25%", N, "sdfr", 8.25, cls="pct"),
     M(K, "9,25%", N, "slfr", 9.25, cls="pct"),
     M(K, "Rabu (24/7/2024)", D, "announce", "2024-07-24"),
     M(K, "Selasa (23/7/2024)", D, "meeting", "2024-07-23"),
     M(K, "8,50%", N, "prev_sdfr", 8.5, cls="pct"),
     M(K, "9,50%", N, "prev_slfr", 9.5, cls="pct"),
     M(K, "50 basis poin", N, "prev_cut", 50, cls="bp"),
     M(K, "Maret 2024", D, "prev_cut_month", "2024-03"),
     M(K, "5%", N, "target", 5, cls="pct"),
     M(K, "Juni 2024", D, "infl_month", "2024-06"),
     M(K, "1,7%", N, "headline", 1.7, cls="pct"),
     M(K, "4,4%", N, "core_june", 4.4, cls="pct"),
     M(K, "3,5%", N, "core_may", 3.5, cls="pct"),
     M(K, "Mei", D, "core_may_month", "2024-05"),
     M(K, "2022", D, "crisis_year", "2022"),
     M(K, "7,3%", N, "gdp2022", 7.3, cls="pct"),
     M(K, "2022", D, "gdp2022_year", "2022", occ=2),
     M(K, "2,3%", N, "gdp2023", 2.3, cls="pct"),
     M(K, "2023", D, "gdp2023_year", "2023"),

     M(NK, "0.25 percentage point", N, "cut", 25, qual="unit", cls="bp"),
     M(NK, "Wednesday, July 24", D, "announce", "2024-07-24"),
     M(NK, "9.25%", N, "slfr", 9.25, cls="pct"),
     M(NK, "8.25%", N, "sdfr", 8.25, cls="pct"),
     M(NK, "July 23", D, "meeting", "2024-07-23"),
     M(NK, "half-point", N, "prev_cut", 50, qual="unit", cls="bp"),
     M(NK, "March", D, "prev_cut_month", "2024-03"),
     M(NK, "8.50%", N, "prev_sdfr", 8.5, cls="pct"),
     M(NK, "9.50%", N, "prev_slfr", 9.5, cls="pct"),
     M(NK, "1.7%", N, "headline", 1.7, cls="pct"),
     M(NK, "June", D, "infl_month", "2024-06"),
     M(NK, "5%", N, "target", 5, cls="pct"),
     M(NK, "June 2023", D, "easing_start", "2023-06"),
     M(NK, "725 basis points", N, "total_cut", 725, cls="bp"),
     M(NK, "15.50%", N, "peak_sdfr", 15.5, cls="pct"),
     M(NK, "16.50%", N, "peak_slfr", 16.5, cls="pct"),
     M(NK, "4.4%", N, "core_june", 4.4, cls="pct"),

     M(B, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(B, "8,25 persen", N, "sdfr", 8.25, cls="pct"),
     M(B, "9,25 persen", N, "slfr", 9.25, cls="pct"),
     M(B, "Rabu, 24 Juli 2024", D, "announce", "2024-07-24"),
     M(B, "Juni 2023", D, "easing_start", "2023-06"),
     M(B, "725 basis poin", N, "total_cut", 725, cls="bp"),
     M(B, "15,50 persen", N, "peak_sdfr", 15.5, cls="pct"),
     M(B, "16,50 persen", N, "peak_slfr", 16.5, cls="pct"),
     M(B, "Juni 2024", D, "infl_month", "2024-06"),
     M(B, "1,7 persen", N, "headline", 1.7, cls="pct"),
     M(B, "5 persen", N, "target", 5, cls="pct"),
     M(B, "dekat 70 persen", N, "peak_infl", 70, qual="nearly", cls="pct"),
     M(B, "September 2022", D, "peak_month", "2022-09"),
     M(B, "US$2,9 miliar", N, "imf", 2.9e9, cls="usd"),
     M(B, "Maret 2023", D, "imf_month", "2023-03"),
     M(B, "2,3 persen", N, "gdp2023", 2.3, cls="pct"),
     M(B, "2023", D, "gdp2023_year", "2023", occ=3),
     M(B, "7,3 persen", N, "gdp2022", 7.3, cls="pct"),
     M(B, "2022", D, "gdp2022_year", "2022", occ=2),
    ]
    build("cbsl-cut-2024", "The island nation's central bank's (CBSL) rate decision (control), announced on Wednesday "
          "24 July 2024 after the Monetary Policy Board's meeting of Tuesday 23 July: the standing deposit and "
          "lending facility rates cut 25 basis points to 8.25% and 9.25% (from 8.50% and 9.50%, after a 50-point cut "
          "in March 2024), 725 points since June 2023 from 15.50% and 16.50%; headline inflation of 1.7% in June 2024 "
          "against the 5% target, core inflation 4.4% (3.5% in May); the economy's contraction of 7.3% in 2022 and "
          "2.3% in 2023, inflation's peak near 70% in September 2022, the IMF's $2.9 billion programme of March "
          "2023. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    plumpang()
    pilpres()
    cbsl()
