"""The two-hundred-and-eleventh development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset211/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def cromanon():
    R, K, T, A = "reuters-dec31", "kompas-jan01", "detik-jan05", "ap-dec30"
    # as-of times of the running tallies: Friday 31 December 2004 (the SAME emergency service's 175 dead and 889
    # injured), Saturday 1 January 2005 first (the city's spokesmen's 184) and later (the count corrected to 182: two
    # names counted twice), Tuesday 4 January (185; 265 still in hospital, 140 in intensive care), a year on (194 dead,
    # more than 1,400 injured). The dead and the injured do not fall; those in hospital may.
    FRI, SAT1, SAT2, TUE, YEAR = "2004-12-31", "2005-01-01a", "2005-01-01b", "2005-01-04", "2005-12-30"
    # The crowd inside: the club's manager's "more than 6,000" (as witnesses quoted him) against the court case's
    # expert report's about 4,500 (sources); the licence's 1,031 is another fact.
    CHABAN, EXPERT = "the club's manager", "the court case's expert report"
    names = {
     "dead": "people killed", "injured": "people injured", "unident": "victims not yet identified",
     "mourning": "days of mourning", "area": "the club's floor area (square metres)", "licence": "people the club was licensed for",
     "crowd": "people inside the club", "hosp": "injured still in hospital", "icu": "injured in intensive care",
     "autopsies": "autopsies completed", "age_antón": "the youngest new victim's age",
     # dates
     "fire": "day of the fire", "count_fri": "day of the SAME count of 175", "detained": "day the manager was detained",
     "asof_184": "day the city's spokesmen gave 184", "corrected": "day the count was corrected to 182",
     "asof_185": "day of the count of 185", "march": "day of the anniversary march",
    }
    ms = [
     M(R, "Thursday", D, "fire", "2004-12-30"),
     M(R, "175 people", N, "dead", 175, FRI),
     M(R, "889", N, "injured", 889, FRI),
     M(R, "Friday", D, "count_fri", "2004-12-31"),
     M(R, "120 people", N, "unident", 120, FRI, fall=True),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "Friday", D, "detained", "2004-12-31", occ=2),

     M(K, "184 orang", N, "dead", 184, SAT1),
     M(K, "Sabtu (1/1/2005)", D, "asof_184", "2005-01-01"),
     M(K, "Jumat (31/12/2004)", D, "count_fri", "2004-12-31"),
     M(K, "175 orang", N, "dead", 175, FRI),
     M(K, "889 orang", N, "injured", 889, FRI),
     M(K, "Kamis (30/12/2004)", D, "fire", "2004-12-30"),
     M(K, "1.500 meter persegi", N, "area", 1500, qual="approx", cls="area"),
     M(K, "1.031 orang", N, "licence", 1031),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),

     M(T, "185 orang", N, "dead", 185, TUE),
     M(T, "Selasa (4/1/2005)", D, "asof_185", "2005-01-04"),
     M(T, "10 tahun", N, "age_antón", 10, cls="age"),
     M(T, "265 korban", N, "hosp", 265, TUE, fall=True),
     M(T, "140", N, "icu", 140, TUE, fall=True),
     M(T, "Sabtu (1/1/2005)", D, "corrected", "2005-01-01"),
     M(T, "184", N, "dead", 184, SAT1),
     M(T, "182", N, "dead", 182, SAT2),
     M(T, "182 jenazah", N, "autopsies", 182),
     M(T, "898 korban luka", N, "injured", 898, FRI, planted=True),
     M(T, "Jumat (31/12/2004)", D, "count_fri", "2004-12-31"),
     M(T, "lebih dari 6.000 orang", N, "crowd", 6000, qual="morethan", src=CHABAN),
     M(T, "1.031 orang", N, "licence", 1031),
     M(T, "Kamis (30/12/2004)", D, "fire", "2004-12-30"),

     M(A, "Friday", D, "march", "2005-12-30"),
     M(A, "194 people", N, "dead", 194, YEAR),
     M(A, "Dec. 29, 2004", D, "fire", "2004-12-29", planted=True),
     M(A, "More than 1,400 people", N, "injured", 1400, YEAR, qual="morethan"),
     M(A, "about 4,500 people", N, "crowd", 4500, qual="approx", src=EXPERT),
     M(A, "1,031", N, "licence", 1031),
    ]
    build("cromanon-fire-2004", "The fire at the República Cromañón rock club in the Once district of Buenos Aires "
          "(Thursday 30 December 2004, about 22.50, during a Callejeros concert): the SAME emergency service's 175 dead "
          "and 889 injured on Friday 31 December; the city's spokesmen's 184 on Saturday 1 January 2005, corrected the "
          "same day to 182 (two names counted twice); 185 on Tuesday 4 January (265 still in hospital, 140 in intensive "
          "care); 194 dead and more than 1,400 injured a year on; the club licensed for 1,031, the manager's 'more than "
          "6,000' inside against the expert report's about 4,500", False, ms, names)


def pinera():
    R, T, K, A = "reuters-nov09", "tempo-nov10", "kompas-nov17", "ap-dec01"
    # votes, seats and dates do not change with the day of the report: the Chamber of Deputies' approval early on
    # Tuesday 9 November 2021 (78-67-3, 78 of 155 needed) after a session begun on Monday 8 November, and the
    # Senate's rejection on Tuesday 16 November (24-18-1, 29 of 43 needed; the second charge 22-20-1) are two bodies
    # voting on two days. The 78 votes won and the 78 needed, the opposition's 24 senators and the 24 senators'
    # votes, the three abstentions and the three instalments are different facts.
    names = {
     "ch_yes": "deputies voting for the charges", "ch_no": "deputies voting against the charges",
     "ch_abst": "deputies abstaining", "ch_needed": "votes needed in the Chamber of Deputies",
     "ch_seats": "seats in the Chamber of Deputies", "opp_dep": "opposition deputies",
     "session": "length of the Chamber's session (hours)", "speech": "length of Naranjo's speech (hours)",
     "pages": "pages of Naranjo's text", "price": "price of the Dominga sale (million dollars)",
     "instal": "instalments of the Dominga payment", "sen_needed": "votes needed in the Senate",
     "sen_seats": "members of the Senate", "opp_sen": "opposition senators", "sen_yes": "senators voting to remove",
     "sen_no": "senators voting against removal", "sen_abst": "senators abstaining",
     "short": "votes short of the two-thirds", "sen2_yes": "senators for the second charge",
     "sen2_no": "senators against the second charge", "sen2_abst": "senators abstaining on the second charge",
     "poll": "share backing the charges in a poll (%)",
     # dates
     "ch_vote": "day of the Chamber's vote", "session_start": "day the Chamber's session began",
     "filed": "day the charges were filed", "sale": "year of the Dominga sale", "election": "day of the election",
     "term_end": "day the president's term ends", "probe2017": "year of the earlier inquiry",
     "sen_vote": "day of the Senate's vote", "pandora": "day the Pandora Papers were published",
     "protests": "year of the protests behind the first attempt",
    }
    ms = [
     M(R, "Tuesday", D, "ch_vote", "2021-11-09"),
     M(R, "78 votes", N, "ch_yes", 78),
     M(R, "67 against", N, "ch_no", 67),
     M(R, "three abstentions", N, "ch_abst", 3),
     M(R, "78 votes", N, "ch_needed", 78, occ=2),
     M(R, "155-seat", N, "ch_seats", 155),
     M(R, "Monday", D, "session_start", "2021-11-08"),
     M(R, "about 22 hours", N, "session", 22, qual="approx", cls="dur"),
     M(R, "1,300-page", N, "pages", 1300),
     M(R, "more than 15 hours", N, "speech", 15, qual="morethan", cls="dur"),
     M(R, "Oct. 13", D, "filed", "2021-10-13"),
     M(R, "2010", D, "sale", "2010"),
     M(R, "$152 million", N, "price", 152, cls="usd"),
     M(R, "29", N, "sen_needed", 29),
     M(R, "43 members", N, "sen_seats", 43),
     M(R, "24 seats", N, "opp_sen", 24),
     M(R, "Nov. 21", D, "election", "2021-11-21"),
     M(R, "March 11, 2022", D, "term_end", "2022-03-11"),

     M(T, "Selasa (9/11/2021)", D, "ch_vote", "2021-11-09"),
     M(T, "78 suara", N, "ch_yes", 78),
     M(T, "76 menolak", N, "ch_no", 76, planted=True),
     M(T, "tiga abstain", N, "ch_abst", 3),
     M(T, "Senin (8/11/2021)", D, "session_start", "2021-11-08"),
     M(T, "83", N, "opp_dep", 83),
     M(T, "155 kursi", N, "ch_seats", 155),
     M(T, "lebih dari 15 jam", N, "speech", 15, qual="morethan", cls="dur"),
     M(T, "2010", D, "sale", "2010"),
     M(T, "152 juta dolar AS", N, "price", 152, cls="usd"),
     M(T, "tiga tahap", N, "instal", 3),
     M(T, "2017", D, "probe2017", "2017"),
     M(T, "Minggu (21/11/2021)", D, "election", "2021-11-21"),

     M(K, "Selasa (16/11/2021)", D, "sen_vote", "2021-11-16"),
     M(K, "24 senator", N, "sen_yes", 24),
     M(K, "18 senator", N, "sen_no", 18),
     M(K, "satu senator", N, "sen_abst", 1),
     M(K, "lima suara", N, "short", 5),
     M(K, "29 suara", N, "sen_needed", 29),
     M(K, "43 anggota", N, "sen_seats", 43),
     M(K, "22 suara setuju", N, "sen2_yes", 22),
     M(K, "20 menolak", N, "sen2_no", 20),
     M(K, "satu abstain", N, "sen2_abst", 1),
     M(K, "Selasa (9/11/2021)", D, "ch_vote", "2021-11-09"),
     M(K, "78 suara", N, "ch_yes", 78),
     M(K, "sekitar 22 jam", N, "session", 22, qual="approx", cls="dur"),
     M(K, "11 Maret 2022", D, "term_end", "2022-03-11"),
     M(K, "67 persen", N, "poll", 67, cls="pct"),
     M(K, "2010", D, "sale", "2010"),
     M(K, "Minggu (21/11/2021)", D, "election", "2021-11-21"),

     M(A, "24", N, "sen_yes", 24),
     M(A, "18", N, "sen_no", 18),
     M(A, "one abstention", N, "sen_abst", 1),
     M(A, "Nov. 16", D, "sen_vote", "2021-11-16"),
     M(A, "five votes", N, "short", 5),
     M(A, "29", N, "sen_needed", 29),
     M(A, "43-member", N, "sen_seats", 43),
     M(A, "22 in favor", N, "sen2_yes", 22),
     M(A, "20 against", N, "sen2_no", 20),
     M(A, "Nov. 10", D, "ch_vote", "2021-11-10", planted=True),
     M(A, "78 votes", N, "ch_yes", 78),
     M(A, "67", N, "ch_no", 67),
     M(A, "Oct. 3", D, "pandora", "2021-10-03"),
     M(A, "2010", D, "sale", "2010"),
     M(A, "$152 million", N, "price", 152, cls="usd"),
     M(A, "2019", D, "protests", "2019"),
     M(A, "Nov. 21", D, "election", "2021-11-21"),
     M(A, "March 11, 2022", D, "term_end", "2022-03-11"),
    ]
    build("pinera-impeachment-2021", "The impeachment of Chile's president Sebastián Piñera over the Dominga sale "
          "(2010, $152 million) revealed by the Pandora Papers (3 October 2021), in stages: the charges filed on 13 "
          "October; the Chamber of Deputies approves them early on Tuesday 9 November 2021 (78-67-3, 78 of 155 "
          "needed) after a session begun on Monday 8 November; the Senate rejects them on Tuesday 16 November (24-18-1, "
          "29 of 43 needed; the second charge 22-20-1); the election of Sunday 21 November; the term's end on 11 "
          "March 2022", False, ms, names)


def imf():
    R, B, K, J = "reuters-mar25", "bisnis-mar26", "kompas-mar27", "jakpost-mar28"
    names = {
     "months": "length of the arrangement (months)", "size": "size of the arrangement (billion dollars)",
     "disb": "immediate disbursement (billion dollars)", "sdr": "size of the arrangement (billion SDR)",
     "disb_sdr": "immediate disbursement (billion SDR)", "quota": "size as a share of quota (%)",
     "nth": "number of Argentina's IMF programmes", "prev": "size of the 2018 programme (billion dollars)",
     "def22": "primary deficit target 2022 (% of GDP)", "def23": "primary deficit target 2023 (% of GDP)",
     "def24": "primary deficit target 2024 (% of GDP)", "fin22": "central bank financing cap 2022 (% of GDP)",
     "fin23": "central bank financing cap 2023 (% of GDP)", "reserves": "reserve build-up in 2022 (billion dollars)",
     "repay": "repayment period (years, from)",
     # dates
     "approved": "day of the board's approval", "prev_y": "year of the 2018 programme",
     "joined": "year Argentina joined the IMF", "y_def22": "first year of the deficit path",
     "y_def23": "second year of the deficit path", "y_def24": "third year of the deficit path",
     "y_fin23": "year of the 0.6% financing cap", "y_fin_end": "year the central bank financing ends",
     "y_res": "year of the reserve target", "y_repay": "year the first repayments fall due",
    }
    ms = [
     M(R, "Friday", D, "approved", "2022-03-25"),
     M(R, "30-month", N, "months", 30, cls="dur"),
     M(R, "about $44 billion", N, "size", 44, qual="approx", cls="usdbn"),
     M(R, "2018", D, "prev_y", "2018"),
     M(R, "$9.656 billion", N, "disb", 9.656, cls="usdbn"),
     M(R, "SDR 31.914 billion", N, "sdr", 31.914, cls="sdr"),
     M(R, "1,000%", N, "quota", 1000, cls="pct"),
     M(R, "22nd", N, "nth", 22),
     M(R, "1956", D, "joined", "1956"),
     M(R, "$57 billion", N, "prev", 57, cls="usdbn"),
     M(R, "2018", D, "prev_y", "2018", occ=2),
     M(R, "2.5%", N, "def22", 2.5, cls="pct"),
     M(R, "2022", D, "y_def22", "2022"),
     M(R, "1.9%", N, "def23", 1.9, cls="pct"),
     M(R, "2023", D, "y_def23", "2023"),
     M(R, "0.9%", N, "def24", 0.9, cls="pct"),
     M(R, "2024", D, "y_def24", "2024"),
     M(R, "1%", N, "fin22", 1, cls="pct"),
     M(R, "0.6%", N, "fin23", 0.6, cls="pct"),
     M(R, "2023", D, "y_fin23", "2023", occ=2),
     M(R, "2024", D, "y_fin_end", "2024", occ=2),
     M(R, "$5.8 billion", N, "reserves", 5.8, cls="usdbn"),
     M(R, "2022", D, "y_res", "2022", occ=2),
     M(R, "four and a half to 10 years", N, "repay", 4.5, cls="dur"),
     M(R, "2026", D, "y_repay", "2026"),

     M(B, "30 bulan", N, "months", 30, cls="dur"),
     M(B, "44 miliar dolar AS", N, "size", 44, cls="usdbn"),
     M(B, "Jumat (25/3/2022)", D, "approved", "2022-03-25"),
     M(B, "9,656 miliar dolar AS", N, "disb", 9.656, cls="usdbn"),
     M(B, "SDR 7 miliar", N, "disb_sdr", 7, cls="sdr"),
     M(B, "SDR 31,914 miliar", N, "sdr", 31.914, cls="sdr"),
     M(B, "1.000 persen", N, "quota", 1000, cls="pct"),
     M(B, "57 miliar dolar AS", N, "prev", 57, cls="usdbn"),
     M(B, "2018", D, "prev_y", "2018"),
     M(B, "ke-22", N, "nth", 22),
     M(B, "1956", D, "joined", "1956"),
     M(B, "2,5 persen", N, "def22", 2.5, cls="pct"),
     M(B, "2022", D, "y_def22", "2022", occ=2),
     M(B, "1,9 persen", N, "def23", 1.9, cls="pct"),
     M(B, "2023", D, "y_def23", "2023"),
     M(B, "0,9 persen", N, "def24", 0.9, cls="pct"),
     M(B, "2024", D, "y_def24", "2024"),
     M(B, "1 persen", N, "fin22", 1, cls="pct"),
     M(B, "0,6 persen", N, "fin23", 0.6, cls="pct"),
     M(B, "2023", D, "y_fin23", "2023", occ=2),
     M(B, "2024", D, "y_fin_end", "2024", occ=2),
     M(B, "5,8 miliar dolar AS", N, "reserves", 5.8, cls="usdbn"),
     M(B, "2022", D, "y_res", "2022", occ=3),
     M(B, "4,5 hingga 10 tahun", N, "repay", 4.5, cls="dur"),
     M(B, "2026", D, "y_repay", "2026"),

     M(K, "9,656 miliar dolar AS", N, "disb", 9.656, cls="usdbn"),
     M(K, "Jumat (25/3/2022)", D, "approved", "2022-03-25"),
     M(K, "sekitar 44 miliar dolar AS", N, "size", 44, qual="approx", cls="usdbn"),
     M(K, "30 bulan", N, "months", 30, cls="dur"),
     M(K, "57 miliar dolar AS", N, "prev", 57, cls="usdbn"),
     M(K, "2018", D, "prev_y", "2018"),
     M(K, "2,5 persen", N, "def22", 2.5, cls="pct"),
     M(K, "1,9 persen", N, "def23", 1.9, cls="pct"),
     M(K, "2023", D, "y_def23", "2023"),
     M(K, "0,9 persen", N, "def24", 0.9, cls="pct"),
     M(K, "2024", D, "y_def24", "2024"),
     M(K, "5,8 miliar dolar AS", N, "reserves", 5.8, cls="usdbn"),
     M(K, "2022", D, "y_res", "2022", occ=2),
     M(K, "1 persen", N, "fin22", 1, cls="pct"),
     M(K, "4,5 sampai 10 tahun", N, "repay", 4.5, cls="dur"),
     M(K, "2026", D, "y_repay", "2026"),
     M(K, "ke-22", N, "nth", 22),
     M(K, "1956", D, "joined", "1956"),

     M(J, "Friday, March 25", D, "approved", "2022-03-25"),
     M(J, "US$44 billion", N, "size", 44, cls="usdbn"),
     M(J, "30-month", N, "months", 30, cls="dur"),
     M(J, "SDR 31.914 billion", N, "sdr", 31.914, cls="sdr"),
     M(J, "1,000 percent", N, "quota", 1000, cls="pct"),
     M(J, "$9.656 billion", N, "disb", 9.656, cls="usdbn"),
     M(J, "$57 billion", N, "prev", 57, cls="usdbn"),
     M(J, "2018", D, "prev_y", "2018"),
     M(J, "2.5 percent", N, "def22", 2.5, cls="pct"),
     M(J, "2022", D, "y_def22", "2022"),
     M(J, "1.9 percent", N, "def23", 1.9, cls="pct"),
     M(J, "2023", D, "y_def23", "2023"),
     M(J, "0.9 percent", N, "def24", 0.9, cls="pct"),
     M(J, "2024", D, "y_def24", "2024"),
     M(J, "1 percent", N, "fin22", 1, cls="pct"),
     M(J, "0.6 percent", N, "fin23", 0.6, cls="pct"),
     M(J, "2024", D, "y_fin_end", "2024", occ=2),
     M(J, "$5.8 billion", N, "reserves", 5.8, cls="usdbn"),
     M(J, "2022", D, "y_res", "2022", occ=2),
     M(J, "four and a half to 10 years", N, "repay", 4.5, cls="dur"),
     M(J, "2026", D, "y_repay", "2026"),
     M(J, "22nd", N, "nth", 22),
     M(J, "1956", D, "joined", "1956"),
    ]
    build("argentina-imf-2022", "The IMF executive board approves Argentina's 30-month extended arrangement (control), "
          "Friday 25 March 2022: SDR 31.914 billion (about US$44 billion, 1,000% of quota), an immediate disbursement "
          "of US$9.656 billion (SDR 7 billion), replacing the US$57 billion programme of 2018, the 22nd programme since "
          "1956; primary deficit targets of 2.5% of GDP in 2022, 1.9% in 2023 and 0.9% in 2024; central bank financing "
          "1% of GDP in 2022, 0.6% in 2023, none in 2024; reserves up US$5.8 billion in 2022; repayment over 4.5 to 10 "
          "years from 2026. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    cromanon()
    pinera()
    imf()
