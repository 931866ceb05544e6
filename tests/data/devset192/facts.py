"""The hundred-and-ninety-second development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset192/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def formosa():
    R, K, T, P = "reuters-jun28", "kompas-jun29", "tempo-jul17", "taipeitimes-aug22"
    # as-of times of the running tallies: Sunday 28 June 2015 (the first count of the injured, 519, and about 200 in
    # critical condition), Monday 29 June (the injured corrected to 498 after names counted twice were removed: a
    # downward revision; nearly 200 still critical), Thursday 16 July (seven dead), Friday 21 August (11 dead, as
    # the city's statement of that day had it). The dead and the injured do not fall; the 519 -> 498 correction is a
    # revision. A figure recalled later keeps the as-of time it stands for (the 519 of Sunday, the 498 of Monday).
    SUN, MON, JUL16, AUG21 = "2015-06-28", "2015-06-29", "2015-07-16", "2015-08-21"
    names = {
     "injured": "people injured", "critical": "injured in critical condition", "crowd": "people at the party",
     "dead": "people killed", "burn_lee": "burns of the first victim (share of her body)",
     "burn_brother": "burns of her younger brother (share of his body)", "age_lee": "age of the first victim",
     "age_brother": "age of her younger brother", "age_lin": "age of the seventh victim",
     # dates
     "fire": "day of the fire", "asof_sun": "day of Sunday's count", "visit": "day of the president's hospital visit",
     "death1": "day the first victim died", "death7": "day the seventh victim died",
     "statement": "day of the city's statement on the investigation", "dedup": "day the injured count was corrected",
    }
    ms = [
     M(R, "Saturday", D, "fire", "2015-06-27"),
     M(R, "519 people", N, "injured", 519, SUN),
     M(R, "Sunday", D, "asof_sun", "2015-06-28"),
     M(R, "About 200", N, "critical", 200, SUN, qual="approx"),
     M(R, "about 1,000 people", N, "crowd", 1000, qual="approx"),
     M(R, "Sunday", D, "visit", "2015-06-28", occ=2),

     M(K, "Senin (29/6/2015)", D, "death1", "2015-06-29"),
     M(K, "20 tahun", N, "age_lee", 20, cls="age"),
     M(K, "90 persen", N, "burn_lee", 90, cls="pct"),
     M(K, "12 tahun", N, "age_brother", 12, cls="age"),
     M(K, "sekitar 80 persen", N, "burn_brother", 80, qual="approx", cls="pct"),
     M(K, "498 orang", N, "injured", 498, MON),
     M(K, "519 orang", N, "injured", 519, SUN),
     M(K, "Hampir 200 korban", N, "critical", 200, MON, qual="nearly"),
     M(K, "Sabtu (27/6/2015)", D, "fire", "2015-06-27"),
     M(K, "sekitar 1.000 orang", N, "crowd", 1000, qual="approx"),

     M(T, "tujuh orang", N, "dead", 7, JUL16),
     M(T, "19 tahun", N, "age_lin", 19, cls="age"),
     M(T, "Kamis (16/7/2015)", D, "death7", "2015-07-16"),
     M(T, "20 tahun", N, "age_lee", 20, cls="age"),
     M(T, "Senin (29/6/2015)", D, "death1", "2015-06-29"),
     M(T, "90 persen", N, "burn_lee", 90, cls="pct"),
     M(T, "Sabtu (27/6/2015)", D, "fire", "2015-06-27"),
     M(T, "sekitar 1.000 orang", N, "crowd", 1000, qual="approx"),
     M(T, "489 orang", N, "injured", 489, MON, planted=True),
     M(T, "29 Juni 2015", D, "dedup", "2015-06-29"),

     M(P, "Friday", D, "statement", "2015-08-21"),
     M(P, "June 28", D, "fire", "2015-06-28", planted=True),
     M(P, "11 people", N, "dead", 11, AUG21),
     M(P, "20-year-old", N, "age_lee", 20, cls="age"),
     M(P, "June 29", D, "death1", "2015-06-29"),
     M(P, "498", N, "injured", 498, MON),
     M(P, "519", N, "injured", 519, SUN),
     M(P, "July 16", D, "death7", "2015-07-16"),
    ]
    build("formosa-fun-coast-2015", "The fire of coloured corn-starch powder at a Color Play Asia party in the Formosa "
          "Fun Coast water park, Bali district, New Taipei City (Saturday 27 June 2015, about 20.30): 519 injured by the "
          "first count of Sunday 28 June, corrected down to 498 on Monday 29 June (names counted twice), about 200 "
          "critical; the first death on Monday 29 June (a woman of 20, burns over 90% of her body), the seventh on "
          "Thursday 16 July, 11 dead by Friday 21 August, when prosecutors were reported to have ruled out cigarettes "
          "and static electricity", False, ms, names)


def suga():
    K, C, T, J = "kyodo-sep14", "kompas-sep16", "tempo-sep18", "japantimes-oct26"
    # votes, seats, polls and dates of events do not change with the day of the report: the party's vote (Monday 14
    # September 2020), the Diet's vote in both chambers (Wednesday 16 September), Abe's announcement (Friday 28
    # August), his return to power and Suga's appointment as chief cabinet secretary (December 2012). The Cabinet's
    # approval in September: Kyodo's 66.4% (16-17 September) and NHK's 62% (21-22 September) are two sources'
    # estimates of one fact (`sources`); NHK's October poll (55%) and Abe's Cabinet's first rating of 62.0% in
    # December 2012 are other facts of the class.
    KYODO, NHK = "Kyodo", "NHK"
    names = {
     "suga_ldp": "Suga's votes in the party vote", "ldp_valid": "valid votes in the party vote",
     "kishida": "Kishida's votes in the party vote", "third": "the former defence minister's votes",
     "suga_mps": "Suga's votes from lawmakers", "suga_pref": "Suga's votes from prefectural chapters",
     "pref_votes": "votes allotted to prefectural chapters", "prefectures": "prefectural chapters",
     "age": "Suga's age", "lower": "Suga's votes in the lower house", "lower_valid": "valid votes in the lower house",
     "upper": "Suga's votes in the upper house", "upper_valid": "valid votes in the upper house",
     "ccs_days": "days Suga served as chief cabinet secretary", "retained": "ministers kept from Abe's cabinet",
     "women": "women in the cabinet", "approval_sep": "approval of the new cabinet in September",
     "disapp_kyodo": "disapproval in Kyodo's September poll", "abe2012": "approval of Abe's cabinet in December 2012",
     "koizumi": "approval of Koizumi's first cabinet", "hatoyama": "approval of Hatoyama's first cabinet",
     "continuity": "support for continuing Abe's policies", "corona": "respondents naming the coronavirus",
     "responses": "responses to Kyodo's poll", "approval_oct": "approval in NHK's October poll",
     "drop": "fall in approval (points)", "disapp_oct": "disapproval in NHK's October poll",
     "scholars": "scholars not appointed",
     # dates
     "ldp": "day of the party's leadership vote", "diet": "day of the Diet's vote",
     "abe_announce": "day Abe announced his resignation", "abe_return": "month Abe returned to power",
     "term_end": "end of the party president's term", "resign": "day Abe's cabinet resigned",
     "kyodo_poll": "first day of Kyodo's poll", "since2000": "year since which ratings are compared",
     "election_due": "month the next lower-house election is due", "speech": "day of the first policy speech",
     "target": "year of the net-zero target", "nhk_sep": "month of NHK's September poll",
     "nhk_oct": "first day of NHK's October poll",
    }
    ms = [
     M(K, "Monday", D, "ldp", "2020-09-14"),
     M(K, "71", N, "age", 71, cls="age"),
     M(K, "377", N, "suga_ldp", 377),
     M(K, "534", N, "ldp_valid", 534),
     M(K, "89", N, "kishida", 89),
     M(K, "68", N, "third", 68),
     M(K, "288", N, "suga_mps", 288),
     M(K, "89", N, "suga_pref", 89, occ=2),
     M(K, "141", N, "pref_votes", 141),
     M(K, "47", N, "prefectures", 47),
     M(K, "Wednesday", D, "diet", "2020-09-16"),
     M(K, "Aug. 28", D, "abe_announce", "2020-08-28"),
     M(K, "December 2012", D, "abe_return", "2012-12"),
     M(K, "September 2021", D, "term_end", "2021-09"),

     M(C, "Rabu (16/9/2020)", D, "diet", "2020-09-16"),
     M(C, "314", N, "lower", 314),
     M(C, "462", N, "lower_valid", 462),
     M(C, "142", N, "upper", 142),
     M(C, "240", N, "upper_valid", 240),
     M(C, "Senin (14/9/2020)", D, "ldp", "2020-09-14"),
     M(C, "377 suara", N, "suga_ldp", 377),
     M(C, "Rabu pagi", D, "resign", "2020-09-16"),
     M(C, "71 tahun", N, "age", 71, cls="age"),
     M(C, "2.822 hari", N, "ccs_days", 2822, cls="days"),
     M(C, "delapan menteri", N, "retained", 8),
     M(C, "dua perempuan", N, "women", 2),
     M(C, "Jumat (28/8/2020)", D, "abe_announce", "2020-08-28"),
     M(C, "Desember 2012", D, "abe_return", "2012-12"),

     M(T, "66,4 persen", N, "approval_sep", 66.4, src=KYODO, cls="pct"),
     M(T, "16-17 September 2020", D, "kyodo_poll", "2020-09-16"),
     M(T, "16,2 persen", N, "disapp_kyodo", 16.2, cls="pct"),
     M(T, "62,0 persen", N, "abe2012", 62.0, cls="pct"),
     M(T, "Desember 2012", D, "abe_return", "2012-12"),
     M(T, "2000", D, "since2000", "2000"),
     M(T, "86,3 persen", N, "koizumi", 86.3, cls="pct"),
     M(T, "72,0 persen", N, "hatoyama", 72.0, cls="pct"),
     M(T, "Rabu (16/9/2020)", D, "diet", "2020-09-16"),
     M(T, "Selasa (15/9/2020)", D, "ldp", "2020-09-15", planted=True),
     M(T, "377", N, "suga_ldp", 377),
     M(T, "534 suara sah", N, "ldp_valid", 534),
     M(T, "58,7 persen", N, "continuity", 58.7, cls="pct"),
     M(T, "64,1 persen", N, "corona", 64.1, cls="pct"),
     M(T, "sekitar 1.000 jawaban", N, "responses", 1000, qual="approx"),
     M(T, "Oktober 2021", D, "election_due", "2021-10"),

     M(J, "Monday", D, "speech", "2020-10-26"),
     M(J, "2050", D, "target", "2050"),
     M(J, "Sept. 16", D, "diet", "2020-09-16"),
     M(J, "377 votes", N, "suga_ldp", 377),
     M(J, "314 votes", N, "lower", 314),
     M(J, "55 percent", N, "approval_oct", 55, cls="pct"),
     M(J, "7 points", N, "drop", 7, cls="pts"),
     M(J, "62 percent", N, "approval_sep", 62, src=NHK, cls="pct"),
     M(J, "September", D, "nhk_sep", "2020-09"),
     M(J, "Oct. 9 to 11", D, "nhk_oct", "2020-10-09"),
     M(J, "20 percent", N, "disapp_oct", 20, cls="pct"),
     M(J, "six scholars", N, "scholars", 6),
     M(J, "Aug. 28", D, "abe_announce", "2020-08-28"),
     M(J, "December 2012", D, "abe_return", "2012-12"),
    ]
    build("suga-election-2020", "Yoshihide Suga's election in two stages: the Liberal Democratic Party's leadership "
          "vote of Monday 14 September 2020 (377 of 534 valid votes: 288 from lawmakers, 89 of the 141 prefectural "
          "votes; Kishida 89, a former defence minister 68) and the Diet's vote of Wednesday 16 September (314 of 462 "
          "in the lower house, 142 of 240 in the upper house), after Abe's announcement of Friday 28 August; the new "
          "cabinet's approval in September by two pollsters (Kyodo 66.4%, NHK 62%) and NHK's 55% in October; the "
          "first policy speech of Monday 26 October (net zero by 2050)", False, ms, names)


def cec():
    R, A, K, F = "reuters-jan12", "antara-jan13", "kompas-jan14", "focustaiwan-jan15"
    # one count, the Central Election Commission's, of the vote of Saturday 11 January 2020, reported the same in four
    # outlets: exact, rounded ("57.1%", "8.17 million", "7,66 juta") and qualified ("more than 2.6 million").
    names = {
     "tsai_votes": "Tsai's votes", "tsai_pct": "Tsai's share", "han_votes": "Han's votes", "han_pct": "Han's share",
     "soong_votes": "Soong's votes", "soong_pct": "Soong's share", "ma2008": "Ma's votes in 2008",
     "turnout": "turnout", "turnout2016": "turnout in 2016", "dpp_seats": "the DPP's seats",
     "seats": "seats in the legislature", "dpp_prev": "the DPP's seats before", "kmt_seats": "the Kuomintang's seats",
     "kmt_prev": "the Kuomintang's seats before", "tpp_seats": "the Taiwan People's Party's seats",
     "tsai2016": "Tsai's votes in 2016", "tsai2016_pct": "Tsai's share in 2016", "margin": "Tsai's margin over Han",
     "eligible": "eligible voters", "dpp_loss": "seats the DPP lost",
     # dates
     "election": "day of the election", "y2008": "year of Ma's election", "y2016": "year of Tsai's first election",
     "inauguration": "day of the inauguration",
    }
    ms = [
     M(R, "Saturday", D, "election", "2020-01-11"),
     M(R, "8,170,231 votes", N, "tsai_votes", 8170231),
     M(R, "57.1%", N, "tsai_pct", 57.13, qual="approx", cls="pct"),
     M(R, "5,522,119 votes", N, "han_votes", 5522119),
     M(R, "38.6%", N, "han_pct", 38.61, qual="approx", cls="pct"),
     M(R, "608,590 votes", N, "soong_votes", 608590),
     M(R, "4.3%", N, "soong_pct", 4.26, qual="approx", cls="pct"),
     M(R, "7,659,014 votes", N, "ma2008", 7659014),
     M(R, "2008", D, "y2008", "2008"),
     M(R, "74.9%", N, "turnout", 74.9, cls="pct"),
     M(R, "66.3%", N, "turnout2016", 66.27, qual="approx", cls="pct"),
     M(R, "61", N, "dpp_seats", 61),
     M(R, "113 seats", N, "seats", 113),
     M(R, "68", N, "dpp_prev", 68),
     M(R, "38 seats", N, "kmt_seats", 38),
     M(R, "35", N, "kmt_prev", 35),
     M(R, "five", N, "tpp_seats", 5),
     M(R, "6,894,744 votes", N, "tsai2016", 6894744),
     M(R, "56.1%", N, "tsai2016_pct", 56.12, qual="approx", cls="pct"),
     M(R, "2016", D, "y2016", "2016"),
     M(R, "2,648,112 votes", N, "margin", 2648112),
     M(R, "May 20", D, "inauguration", "2020-05-20"),

     M(A, "Sabtu (11/1/2020)", D, "election", "2020-01-11"),
     M(A, "8.170.231 suara", N, "tsai_votes", 8170231),
     M(A, "57,13 persen", N, "tsai_pct", 57.13, cls="pct"),
     M(A, "5.522.119 suara", N, "han_votes", 5522119),
     M(A, "38,61 persen", N, "han_pct", 38.61, cls="pct"),
     M(A, "608.590 suara", N, "soong_votes", 608590),
     M(A, "4,26 persen", N, "soong_pct", 4.26, cls="pct"),
     M(A, "74,90 persen", N, "turnout", 74.9, cls="pct"),
     M(A, "sekitar 19,3 juta pemilih", N, "eligible", 19.3e6, qual="approx"),
     M(A, "7.659.014 suara", N, "ma2008", 7659014),
     M(A, "2008", D, "y2008", "2008"),
     M(A, "61", N, "dpp_seats", 61),
     M(A, "113 kursi", N, "seats", 113),
     M(A, "38 kursi", N, "kmt_seats", 38),
     M(A, "lima kursi", N, "tpp_seats", 5),
     M(A, "2016", D, "y2016", "2016"),
     M(A, "6.894.744 suara", N, "tsai2016", 6894744),
     M(A, "56,12 persen", N, "tsai2016_pct", 56.12, cls="pct"),
     M(A, "20 Mei 2020", D, "inauguration", "2020-05-20"),

     M(K, "8.170.231 suara", N, "tsai_votes", 8170231),
     M(K, "57,13 persen", N, "tsai_pct", 57.13, cls="pct"),
     M(K, "Sabtu (11/1/2020)", D, "election", "2020-01-11"),
     M(K, "5.522.119 suara", N, "han_votes", 5522119),
     M(K, "38,61 persen", N, "han_pct", 38.61, cls="pct"),
     M(K, "608.590 suara", N, "soong_votes", 608590),
     M(K, "4,26 persen", N, "soong_pct", 4.26, cls="pct"),
     M(K, "lebih dari 2,6 juta suara", N, "margin", 2.6e6, qual="morethan"),
     M(K, "7,66 juta suara", N, "ma2008", 7.66e6, qual="approx"),
     M(K, "2008", D, "y2008", "2008"),
     M(K, "74,90 persen", N, "turnout", 74.9, cls="pct"),
     M(K, "66,27 persen", N, "turnout2016", 66.27, cls="pct"),
     M(K, "2016", D, "y2016", "2016"),
     M(K, "61 kursi", N, "dpp_seats", 61),
     M(K, "113 kursi", N, "seats", 113),
     M(K, "68 kursi", N, "dpp_prev", 68),
     M(K, "38 kursi", N, "kmt_seats", 38),
     M(K, "35 kursi", N, "kmt_prev", 35),
     M(K, "6.894.744 suara", N, "tsai2016", 6894744),
     M(K, "56,12 persen", N, "tsai2016_pct", 56.12, cls="pct"),
     M(K, "20 Mei 2020", D, "inauguration", "2020-05-20"),

     M(F, "8.17 million votes", N, "tsai_votes", 8.17e6, qual="approx"),
     M(F, "Saturday", D, "election", "2020-01-11"),
     M(F, "57.13%", N, "tsai_pct", 57.13, cls="pct"),
     M(F, "38.61%", N, "han_pct", 38.61, cls="pct"),
     M(F, "4.26%", N, "soong_pct", 4.26, cls="pct"),
     M(F, "5.52 million votes", N, "han_votes", 5.52e6, qual="approx"),
     M(F, "608,590", N, "soong_votes", 608590),
     M(F, "more than 2.6 million votes", N, "margin", 2.6e6, qual="morethan"),
     M(F, "74.90%", N, "turnout", 74.9, cls="pct"),
     M(F, "66.27%", N, "turnout2016", 66.27, cls="pct"),
     M(F, "2016", D, "y2016", "2016"),
     M(F, "56.12%", N, "tsai2016_pct", 56.12, cls="pct"),
     M(F, "7.66 million votes", N, "ma2008", 7.66e6, qual="approx"),
     M(F, "2008", D, "y2008", "2008"),
     M(F, "61", N, "dpp_seats", 61),
     M(F, "113 seats", N, "seats", 113),
     M(F, "seven seats", N, "dpp_loss", 7),
     M(F, "38 seats", N, "kmt_seats", 38),
     M(F, "five", N, "tpp_seats", 5),
     M(F, "About 19.3 million people", N, "eligible", 19.3e6, qual="approx"),
     M(F, "May 20", D, "inauguration", "2020-05-20"),
    ]
    build("taiwan-cec-2020", "The Central Election Commission's count of Taiwan's presidential and legislative "
          "elections of Saturday 11 January 2020 (control): Tsai Ing-wen 8,170,231 votes (57.13%), Han of the "
          "Kuomintang 5,522,119 (38.61%), James Soong 608,590 (4.26%), turnout 74.90% (66.27% in 2016), a record "
          "above Ma Ying-jeou's 7,659,014 of 2008 and Tsai's 6,894,744 (56.12%) of 2016; the DPP 61 of 113 seats (68 "
          "before), the Kuomintang 38 (35 before), the Taiwan People's Party five; inauguration on 20 May 2020. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    formosa()
    suga()
    cec()
