"""The hundred-and-forty-fourth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset144/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def hathras():
    R, K, DT, AP, T = "reuters-jul02", "kompas-jul03", "detik-jul06", "ap-jul09", "tempo-oct02"
    # the injured: more than 150 taken to hospital on Tuesday (medical officials), lowered to 28 by the relief
    # commissioner on Wednesday (a revision: the injured are not a count that may fall);
    # the toll: at least 116 on Tuesday evening (the Aligarh range's inspector general), 121 from Wednesday on and
    # repeated unchanged later (updates); the crowd: the police complaint's "more than 250,000" against the
    # witnesses' "about 50,000" (sources); arrests: six on Thursday, seven with the chief organiser on Friday night
    JUL02, JUL03, JUL04, JUL05, JUL06, JUL09, OCT02 = ("2024-07-02", "2024-07-03", "2024-07-04", "2024-07-05",
                                                       "2024-07-06", "2024-07-09", "2024-10-02")
    POLICE, WITNESSES = "the police complaint (FIR)", "witnesses"
    names = {
     "deaths": "people killed in the crush", "etah_bodies": "bodies counted at the Etah mortuary",
     "women_dead": "women among the dead", "children_dead": "children among the dead", "men_dead": "men among the dead",
     "unidentified": "bodies not yet identified",
     "injured": "people injured", "permit": "people the event was permitted for",
     "attendance": "people who attended", "commission": "members of the judicial commission",
     "arrests": "people arrested", "arrested_men": "men among the first arrested",
     "arrested_women": "women among the first arrested", "suspended": "officials suspended",
     "statements": "statements recorded by the investigation team", "accused": "people charged",
     "in_court": "accused brought to court", "on_bail": "accused out on bail",
     "comp_dead": "compensation per person killed (rupees)", "comp_injured": "compensation per person injured (rupees)",
     "reward": "reward for the chief organiser (rupees)", "pages": "pages of the charge sheet",
     # dates
     "stampede": "day of the crush", "toll_day": "day of the toll of 121", "madhukar": "day the chief organiser was arrested",
     "brought": "day the chief organiser was brought to Hathras", "first_arrests": "day of the first six arrests",
     "suspension": "day the officials were suspended", "hearing": "day the accused were brought to court",
     "copies": "day set for handing over the charge sheet",
    }
    ms = [
     M(R, "At least 116 people", N, "deaths", 116, JUL02, qual="atleast"),
     M(R, "Tuesday", D, "stampede", "2024-07-02"),
     M(R, "27 bodies", N, "etah_bodies", 27, JUL02),
     M(R, "More than 150", N, "injured", 150, JUL02, qual="morethan"),
     M(R, "200,000 rupees", N, "comp_dead", 200000, cls="inr"),
     M(R, "50,000 rupees", N, "comp_injured", 50000, cls="inr"),

     M(K, "121 orang", N, "deaths", 121, JUL03),
     M(K, "Rabu (3/7/2024)", D, "toll_day", "2024-07-03"),
     M(K, "113 perempuan", N, "women_dead", 113, JUL03),
     M(K, "tujuh anak-anak", N, "children_dead", 7, JUL03),
     M(K, "satu laki-laki", N, "men_dead", 1, JUL03),
     M(K, "28 orang", N, "injured", 28, JUL03),
     M(K, "19 jenazah", N, "unidentified", 19, JUL03, fall=True),
     M(K, "Selasa (2/7/2024)", D, "stampede", "2024-07-02"),
     M(K, "80.000 orang", N, "permit", 80000),
     M(K, "lebih dari 250.000 orang", N, "attendance", 250000, qual="morethan", src=POLICE),
     M(K, "tiga orang", N, "commission", 3),
     M(K, "200.000 rupee", N, "comp_dead", 200000, cls="inr"),

     M(DT, "Jumat malam (5/7/2024)", D, "madhukar", "2024-07-05"),
     M(DT, "Sabtu (6/7/2024)", D, "brought", "2024-07-06"),
     M(DT, "tujuh orang", N, "arrests", 7, JUL05),
     M(DT, "Enam orang", N, "arrests", 6, JUL04),
     M(DT, "empat laki-laki", N, "arrested_men", 4),
     M(DT, "dua perempuan", N, "arrested_women", 2),
     M(DT, "Kamis (4/7/2024)", D, "first_arrests", "2024-07-04"),
     M(DT, "100.000 rupee", N, "reward", 100000, cls="inr"),
     M(DT, "Senin (1/7/2024)", D, "stampede", "2024-07-01", planted=True),
     M(DT, "121 orang", N, "deaths", 121, JUL06),
     M(DT, "80.000 orang", N, "permit", 80000),
     M(DT, "lebih dari 250.000 orang", N, "attendance", 250000, qual="morethan", src=POLICE),
     M(DT, "sekitar 50.000 orang", N, "attendance", 50000, qual="approx", src=WITNESSES),

     M(AP, "six officials", N, "suspended", 6),
     M(AP, "Tuesday", D, "suspension", "2024-07-09"),
     M(AP, "121 people", N, "deaths", 121, JUL09),
     M(AP, "119 statements", N, "statements", 119),
     M(AP, "July 2", D, "stampede", "2024-07-02"),
     M(AP, "80,000 people", N, "permit", 80000),
     M(AP, "more than 250,000", N, "attendance", 250000, qual="morethan", src=POLICE),
     M(AP, "Friday", D, "madhukar", "2024-07-05"),
     M(AP, "three members", N, "commission", 3),
     M(AP, "28 people", N, "injured", 28, JUL09),

     M(T, "3.200 halaman", N, "pages", 3200, cls="pages"),
     M(T, "121 orang", N, "deaths", 121, OCT02),
     M(T, "2 Juli", D, "stampede", "2024-07-02"),
     M(T, "Sebelas orang", N, "accused", 11),
     M(T, "Sepuluh terdakwa", N, "in_court", 10),
     M(T, "Selasa (1/10/2024)", D, "hearing", "2024-10-01"),
     M(T, "Satu terdakwa", N, "on_bail", 1),
     M(T, "4 Oktober", D, "copies", "2024-10-04"),
     M(T, "lebih dari 2,5 lakh", N, "attendance", 250000, qual="morethan", src=POLICE),
     M(T, "80.000 orang", N, "permit", 80000),
     M(T, "9 Juli", D, "suspension", "2024-07-09"),
     M(T, "enam pejabat", N, "suspended", 6),
    ]
    build("hathras-stampede-2024", "The crush at a religious gathering near Phulrai village, Hathras district, Uttar "
          "Pradesh (Tuesday 2 July 2024): at least 116 dead on Tuesday evening, 121 from Wednesday 3 July (113 women, "
          "seven children, one man); permission for 80,000 people, more than 250,000 attending by the police complaint "
          "against the witnesses' about 50,000; six arrests on Thursday 4 July, the chief organiser arrested on Friday "
          "5 July (seven in custody); six officials suspended on Tuesday 9 July; a 3,200-page charge sheet against 11 "
          "people, ten of them in court on Tuesday 1 October", False, ms, names)


def bhutan():
    A, AN, X, K, T = "afp-dec01", "antara-dec02", "xinhua-jan10", "kompas-jan11", "tempo-jan29"
    # two rounds on different dates: the primary of Thursday 30 November 2023 (announced Friday 1 December) and the
    # general round of Tuesday 9 January 2024 (preliminary seats on the night, the commission's final votes after);
    # the registered voters of the primary's roll against the general round's (an update)
    names = {
     "pdp_p_share": "the PDP's share in the primary", "btp_p_share": "the BTP's share in the primary",
     "pdp_g_share": "the PDP's share in the general round", "btp_g_share": "the BTP's share in the general round",
     "turnout": "turnout in the general round",
     "pdp_p_votes": "the PDP's votes in the primary", "btp_p_votes": "the BTP's votes in the primary",
     "dnt_p_votes": "the DNT's votes in the primary", "dpt_p_votes": "the DPT's votes in the primary",
     "dtt_p_votes": "the DTT's votes in the primary", "p_total": "votes cast in the primary",
     "evm": "primary votes cast on voting machines", "postal": "primary votes cast by post",
     "pdp_g_votes": "the PDP's votes in the general round", "btp_g_votes": "the BTP's votes in the general round",
     "g_total": "votes cast in the general round", "registered": "registered voters",
     "population": "Bhutan's population", "eliminated": "parties eliminated in the primary",
     "rounds": "rounds of the election", "women_elected": "women elected", "women_2018": "women elected in 2018",
     "seats": "seats in the National Assembly", "pdp_seats": "the PDP's seats", "btp_seats": "the BTP's seats",
     "majority": "seats needed for a majority", "pdp_p_const": "constituencies the PDP led in the primary",
     "btp_p_const": "constituencies the BTP led in the primary",
     "dnt_dpt_const": "constituencies the DNT and the DPT each led in the primary",
     "age": "Tobgay's age", "weeks": "weeks from the vote to the swearing-in",
     # dates
     "primary": "day of the primary round", "primary_result": "day the primary result was announced",
     "general": "day of the general round", "nomination": "deadline for nominating candidates",
     "interim": "day the interim government took over", "sworn": "day Tobgay was sworn in",
     "pm_start": "year Tobgay's first term began", "pm_end": "year Tobgay's first term ended",
     "dnt_since": "year the DNT took office", "e2018": "year of the previous election",
     "first_election": "year of the first parliamentary elections",
    }
    ms = [
     M(A, "42.53 percent", N, "pdp_p_share", 42.53, cls="pct"),
     M(A, "Friday", D, "primary_result", "2023-12-01"),
     M(A, "61,331 votes", N, "btp_p_votes", 61331),
     M(A, "just over 19 percent", N, "btp_p_share", 19, qual="morethan", cls="pct"),
     M(A, "January 9", D, "general", "2024-01-09"),
     M(A, "133,217 votes", N, "pdp_p_votes", 133217),
     M(A, "Thursday", D, "primary", "2023-11-30"),
     M(A, "313,162 people", N, "p_total", 313162),
     M(A, "41,106 votes", N, "dnt_p_votes", 41106),
     M(A, "46,694 votes", N, "dpt_p_votes", 46694),
     M(A, "30,814", N, "dtt_p_votes", 30814),
     M(A, "47 seats", N, "seats", 47, cls="seats"),
     M(A, "39 constituencies", N, "pdp_p_const", 39, cls="seats"),
     M(A, "497,058 people", N, "registered", 497058, "2023-11-30"),
     M(A, "2013", D, "pm_start", "2013"),
     M(A, "2018", D, "pm_end", "2018"),
     M(A, "about 800,000 people", N, "population", 800000, qual="approx"),

     M(AN, "Selasa, 9 Januari 2024", D, "general", "2024-01-09"),
     M(AN, "Jumat (1/12/2023)", D, "primary_result", "2023-12-01"),
     M(AN, "133.217 suara", N, "pdp_p_votes", 133217),
     M(AN, "42,53 persen", N, "pdp_p_share", 42.53, cls="pct"),
     M(AN, "61.331 suara", N, "btp_p_votes", 61331),
     M(AN, "Tiga partai", N, "eliminated", 3),
     M(AN, "2018", D, "dnt_since", "2018"),
     M(AN, "313.162 warga", N, "p_total", 313162),
     M(AN, "195.719", N, "evm", 195719),
     M(AN, "117.443", N, "postal", 117443),
     M(AN, "39", N, "pdp_p_const", 39, cls="seats"),
     M(AN, "47 daerah pemilihan", N, "seats", 47, cls="seats"),
     M(AN, "empat daerah pemilihan", N, "btp_p_const", 4, cls="seats"),
     M(AN, "dua daerah pemilihan", N, "dnt_dpt_const", 2, cls="seats"),
     M(AN, "9 Desember", D, "nomination", "2023-12-09"),
     M(AN, "1 November", D, "interim", "2023-11-01"),
     M(AN, "2008", D, "first_election", "2008"),

     M(X, "30", N, "pdp_seats", 30, cls="seats"),
     M(X, "47 seats", N, "seats", 47, cls="seats"),
     M(X, "Tuesday", D, "general", "2024-01-09"),
     M(X, "17 seats", N, "btp_seats", 17, cls="seats"),
     M(X, "24 seats", N, "majority", 24, cls="seats"),
     M(X, "58", N, "age", 58, cls="age"),
     M(X, "2013", D, "pm_start", "2013"),
     M(X, "2018", D, "pm_end", "2018"),
     M(X, "42.53 percent", N, "pdp_p_share", 42.53, cls="pct"),
     M(X, "Nov. 29", D, "primary", "2023-11-29", planted=True),
     M(X, "39 constituencies", N, "pdp_p_const", 39, cls="seats"),
     M(X, "2008", D, "first_election", "2008"),

     M(K, "179.652 suara", N, "pdp_g_votes", 179652),
     M(K, "54,98 persen", N, "pdp_g_share", 54.98, cls="pct"),
     M(K, "147.123 suara", N, "btp_g_votes", 147123),
     M(K, "45,02 persen", N, "btp_g_share", 45.02, cls="pct"),
     M(K, "30", N, "pdp_seats", 30, cls="seats"),
     M(K, "47 kursi", N, "seats", 47, cls="seats"),
     M(K, "17 kursi", N, "btp_seats", 17, cls="seats"),
     M(K, "326.775 orang", N, "g_total", 326775),
     M(K, "Selasa (9/1/2024)", D, "general", "2024-01-09"),
     M(K, "65,6 persen", N, "turnout", 65.6, cls="pct"),
     M(K, "498.135 pemilih", N, "registered", 498135, "2024-01-09"),
     M(K, "dua perempuan", N, "women_elected", 2),
     M(K, "tujuh perempuan", N, "women_2018", 7),
     M(K, "2018", D, "e2018", "2018"),
     M(K, "58 tahun", N, "age", 58, cls="age"),
     M(K, "2013", D, "pm_start", "2013"),
     M(K, "2018", D, "pm_end", "2018", occ=2),
     M(K, "30 November 2023", D, "primary", "2023-11-30"),
     M(K, "42,53 persen", N, "pdp_p_share", 42.53, cls="pct"),
     M(K, "sedikit di atas 19 persen", N, "btp_p_share", 19, qual="morethan", cls="pct"),

     M(T, "Minggu (28/1/2024)", D, "sworn", "2024-01-28"),
     M(T, "hampir tiga pekan", N, "weeks", 3, qual="nearly", cls="dur"),
     M(T, "30", N, "pdp_seats", 30, cls="seats"),
     M(T, "47 kursi", N, "seats", 47, cls="seats"),
     M(T, "9 Januari", D, "general", "2024-01-09"),
     M(T, "179.562 suara", N, "pdp_g_votes", 179562, planted=True),
     M(T, "54,98 persen", N, "pdp_g_share", 54.98, cls="pct"),
     M(T, "17 kursi", N, "btp_seats", 17, cls="seats"),
     M(T, "58 tahun", N, "age", 58, cls="age"),
     M(T, "2013", D, "pm_start", "2013"),
     M(T, "2018", D, "pm_end", "2018"),
     M(T, "dua putaran", N, "rounds", 2),
     M(T, "30 November 2023", D, "primary", "2023-11-30"),
     M(T, "65,6 persen", N, "turnout", 65.6, cls="pct"),
     M(T, "dua perempuan", N, "women_elected", 2),
     M(T, "1 November 2023", D, "interim", "2023-11-01"),
    ]
    build("bhutan-assembly-2024", "Bhutan's National Assembly election in two rounds: the primary of Thursday 30 "
          "November 2023 (announced Friday 1 December: PDP 133,217 votes, 42.53%; BTP 61,331, just over 19%; DPT "
          "46,694; DNT 41,106; DTT 30,814; 313,162 votes of 497,058 eligible); the general round of Tuesday 9 January "
          "2024 (PDP 30 of 47 seats, BTP 17; the final count PDP 179,652 votes, 54.98%, BTP 147,123, 45.02%, 326,775 "
          "votes, 65.6% of 498,135); Tshering Tobgay sworn in on Sunday 28 January 2024", False, ms, names)


def india():
    R, AN, K, AP = "reuters-jun05", "antara-jun06", "kompas-jun07", "ap-jun08"
    names = {
     "bjp": "the BJP's seats", "house": "seats in the lower house", "majority": "seats needed for a majority",
     "bjp2019": "the BJP's seats in 2019", "bjp2014": "the BJP's seats in 2014", "tdp": "the TDP's seats",
     "jdu": "the JD(U)'s seats", "inc": "Congress's seats", "inc2019": "Congress's seats in 2019",
     "india": "the INDIA alliance's seats", "sp": "the Samajwadi Party's seats", "tmc": "the Trinamool Congress's seats",
     "tmc2019": "the Trinamool Congress's seats in 2019", "counted": "seats counted",
     "shortfall": "the BJP's shortfall from a majority", "bjp_wb": "the BJP's seats in West Bengal",
     "bjp_wb2019": "the BJP's seats in West Bengal in 2019",
     "beed": "the winning margin in Beed", "votes": "votes cast", "phases": "phases of voting",
     "years_since": "years since the previous election", "years_2014": "years from 2014 to 2019",
     "weeks": "weeks of voting",
     # dates
     "declared": "day the final results were announced", "counting": "day of the count",
     "start": "first day of voting", "end": "last day of voting", "sworn": "day set for the swearing-in",
     "y2019": "the 2019 election", "y2014": "the 2014 election",
    }
    S = dict(cls="seats")
    ms = [
     M(R, "240", N, "bjp", 240, **S),
     M(R, "543 seats", N, "house", 543, **S),
     M(R, "Wednesday", D, "declared", "2024-06-05"),
     M(R, "272", N, "majority", 272, **S),
     M(R, "303 seats", N, "bjp2019", 303, **S),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "282", N, "bjp2014", 282, **S),
     M(R, "2014", D, "y2014", "2014"),
     M(R, "16 seats", N, "tdp", 16, **S),
     M(R, "12", N, "jdu", 12, **S),
     M(R, "99 seats", N, "inc", 99, **S),
     M(R, "52", N, "inc2019", 52, **S),
     M(R, "five years", N, "years_since", 5, cls="dur"),
     M(R, "234 seats", N, "india", 234, **S),
     M(R, "37 seats", N, "sp", 37, **S),
     M(R, "29", N, "tmc", 29, **S),
     M(R, "22", N, "tmc2019", 22, **S),
     M(R, "Tuesday", D, "counting", "2024-06-04"),
     M(R, "542 seats", N, "counted", 542, **S),
     M(R, "6,553 votes", N, "beed", 6553),
     M(R, "More than 640 million votes", N, "votes", 640_000_000, qual="morethan"),
     M(R, "April 19", D, "start", "2024-04-19"),
     M(R, "June 1", D, "end", "2024-06-01"),

     M(AN, "240", N, "bjp", 240, **S),
     M(AN, "543 kursi", N, "house", 543, **S),
     M(AN, "Rabu (5/6/2024)", D, "declared", "2024-06-05"),
     M(AN, "272 kursi", N, "majority", 272, **S),
     M(AN, "303 kursi", N, "bjp2019", 303, **S),
     M(AN, "2019", D, "y2019", "2019"),
     M(AN, "99 kursi", N, "inc", 99, **S),
     M(AN, "52 kursi", N, "inc2019", 52, **S),
     M(AN, "234 kursi", N, "india", 234, **S),
     M(AN, "37 kursi", N, "sp", 37, **S),
     M(AN, "29 kursi", N, "tmc", 29, **S),
     M(AN, "16 kursi", N, "tdp", 16, **S),
     M(AN, "12 kursi", N, "jdu", 12, **S),
     M(AN, "Selasa (4/6/2024)", D, "counting", "2024-06-04"),
     M(AN, "542 daerah pemilihan", N, "counted", 542, **S),
     M(AN, "tujuh tahap", N, "phases", 7),
     M(AN, "19 April", D, "start", "2024-04-19"),
     M(AN, "1 Juni", D, "end", "2024-06-01"),
     M(AN, "lebih dari 640 juta suara", N, "votes", 640_000_000, qual="morethan"),

     M(K, "Rabu (5/6/2024)", D, "declared", "2024-06-05"),
     M(K, "240 kursi", N, "bjp", 240, **S),
     M(K, "99 kursi", N, "inc", 99, **S),
     M(K, "37 kursi", N, "sp", 37, **S),
     M(K, "272 kursi", N, "majority", 272, **S),
     M(K, "543 orang", N, "house", 543, **S),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "303 kursi", N, "bjp2019", 303, **S),
     M(K, "52 kursi", N, "inc2019", 52, **S),
     M(K, "Lima tahun", N, "years_2014", 5, cls="dur"),
     M(K, "2014", D, "y2014", "2014"),
     M(K, "282 kursi", N, "bjp2014", 282, **S),
     M(K, "234 kursi", N, "india", 234, **S),
     M(K, "22", N, "tmc2019", 22, **S),
     M(K, "29", N, "tmc", 29, **S),
     M(K, "16 kursi", N, "tdp", 16, **S),
     M(K, "12 kursi", N, "jdu", 12, **S),
     M(K, "6.553 suara", N, "beed", 6553),
     M(K, "Selasa (4/6/2024)", D, "counting", "2024-06-04"),
     M(K, "542 daerah pemilihan", N, "counted", 542, **S),
     M(K, "Lebih dari 640 juta suara", N, "votes", 640_000_000, qual="morethan"),
     M(K, "tujuh tahap", N, "phases", 7),

     M(AP, "Sunday", D, "sworn", "2024-06-09"),
     M(AP, "Wednesday", D, "declared", "2024-06-05"),
     M(AP, "240 seats", N, "bjp", 240, **S),
     M(AP, "32", N, "shortfall", 32, **S),
     M(AP, "543 seats", N, "house", 543, **S),
     M(AP, "272", N, "majority", 272, **S),
     M(AP, "303 seats", N, "bjp2019", 303, **S),
     M(AP, "2019", D, "y2019", "2019"),
     M(AP, "99 seats", N, "inc", 99, **S),
     M(AP, "234", N, "india", 234, **S),
     M(AP, "16 seats", N, "tdp", 16, **S),
     M(AP, "12", N, "jdu", 12, **S),
     M(AP, "37 seats", N, "sp", 37, **S),
     M(AP, "29 seats", N, "tmc", 29, **S),
     M(AP, "12", N, "bjp_wb", 12, occ=2, **S),
     M(AP, "18", N, "bjp_wb2019", 18, **S),
     M(AP, "More than 640 million votes", N, "votes", 640_000_000, qual="morethan"),
     M(AP, "Tuesday", D, "counting", "2024-06-04"),
     M(AP, "six weeks", N, "weeks", 6, cls="dur"),
     M(AP, "seven phases", N, "phases", 7),
     M(AP, "April 19", D, "start", "2024-04-19"),
     M(AP, "June 1", D, "end", "2024-06-01"),
    ]
    build("india-results-2024", "The Election Commission of India's final results of the 2024 general election "
          "(control), announced early on Wednesday 5 June 2024 after the count of Tuesday 4 June: BJP 240 of 543 seats "
          "(272 needed; 303 in 2019, 282 in 2014), Congress 99 (52 in 2019), the INDIA alliance 234, Samajwadi Party "
          "37, Trinamool Congress 29 (22 in 2019), TDP 16, JD(U) 12; 542 seats counted; Beed won by 6,553 votes; more "
          "than 640 million votes in seven phases from 19 April to 1 June. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    hathras()
    bhutan()
    india()
