"""The hundred-and-ninth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset109/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def norway():
    R1, K, AP, DT, R2 = "reuters-jul23", "kompas-jul24", "ap-jul25", "detik-jul26", "reuters-aug24"
    # the police's running tallies: late on Friday 22 July, early on Saturday 23 July (the police director's "at least
    # 80"), later on Saturday (84), the weekend's figure given by Sunday 24 July (86 on the island, 93 in all), Monday
    # 25 July (lowered to 68 and 76, the Oslo toll raised to 8); the court's count in its verdict of 24 August 2012
    FRI22N, SAT23M, SAT23, SUN24, MON25, VERDICT = (
        "2011-07-22T23", "2011-07-23T04", "2011-07-23T18", "2011-07-24", "2011-07-25", "2012-08-24")
    POLICE, COURT = "the police", "the Oslo District Court"
    names = {
     "utoya_dead": "people killed on Utøya", "oslo_dead": "people killed by the Oslo bomb",
     "total_dead": "people killed in both attacks", "injured": "people wounded in both attacks",
     "campers": "young people at the camp", "shore_dist": "distance of the island from the shore",
     "oslo_dist": "distance of the island from Oslo", "age": "the suspect's age in 2011",
     "age_2012": "Breivik's age at the verdict", "gap_hours": "hours between the bomb and the shooting",
     "custody": "weeks of custody ordered", "isolation": "weeks of custody in full isolation",
     "sentence": "years of preventive detention", "min_term": "years before he may seek release",
     "judges": "judges of the court", "trial_len": "weeks the trial lasted",
     # dates
     "attack_day": "day of the attacks", "count10_day": "day of the count of about 10",
     "count80_day": "day of the count of at least 80", "search_day": "day of the search of the lake",
     "count84_day": "day of the count of 84", "revision_day": "day the toll was lowered",
     "hearing_day": "day of the custody hearing", "silence_day": "day of the minute's silence",
     "vigil_day": "day of the rose march", "memorial_day": "day of the memorial service",
     "verdict_day": "day of the verdict", "trial_start": "day the trial opened",
     "commission_day": "day of the commission's findings",
    }
    ms = [
     M(R1, "at least 80 people", N, "utoya_dead", 80, SAT23M, qual="atleast", src=POLICE),
     M(R1, "Friday", D, "attack_day", "2011-07-22"),
     M(R1, "Saturday", D, "count80_day", "2011-07-23"),
     M(R1, "roughly 10", N, "utoya_dead", 10, FRI22N, qual="approx", src=POLICE),
     M(R1, "Friday", D, "count10_day", "2011-07-22", occ=2),
     M(R1, "seven people", N, "oslo_dead", 7, SAT23M, src=POLICE),
     M(R1, "About 600 young people", N, "campers", 600, qual="approx"),
     M(R1, "about 500 metres", N, "shore_dist", 500, qual="approx", cls="m"),
     M(R1, "some 40 km", N, "oslo_dist", 40, qual="approx", cls="km"),
     M(R1, "32-year-old", N, "age", 32, cls="age"),
     M(R1, "at least 87 people", N, "total_dead", 87, SAT23M, qual="atleast", src=POLICE),
     M(R1, "Saturday", D, "search_day", "2011-07-23", occ=2),

     M(K, "84 orang", N, "utoya_dead", 84, SAT23, src=POLICE),
     M(K, "Sabtu (23/7/2011)", D, "count84_day", "2011-07-23"),
     M(K, "91 orang", N, "total_dead", 91, SAT23, src=POLICE),
     M(K, "Tujuh orang", N, "oslo_dead", 7, SAT23, src=POLICE),
     M(K, "Jumat (22/7/2011)", D, "attack_day", "2011-07-22"),
     M(K, "dua jam", N, "gap_hours", 2, qual="approx", cls="dur"),
     M(K, "Sekitar 600 anak muda", N, "campers", 600, qual="approx"),
     M(K, "32", N, "age", 32, cls="age"),

     M(AP, "Monday", D, "revision_day", "2011-07-25"),
     M(AP, "Friday", D, "attack_day", "2011-07-22"),
     M(AP, "76", N, "total_dead", 76, MON25, src=POLICE),
     M(AP, "93", N, "total_dead", 93, SUN24, src=POLICE),
     M(AP, "68 people", N, "utoya_dead", 68, MON25, src=POLICE),
     M(AP, "86", N, "utoya_dead", 86, SUN24, src=POLICE),
     M(AP, "eight", N, "oslo_dead", 8, MON25, src=POLICE),
     M(AP, "seven", N, "oslo_dead", 7, SUN24, src=POLICE),
     M(AP, "At least 96 people", N, "injured", 96, MON25, qual="atleast"),
     M(AP, "Monday", D, "hearing_day", "2011-07-25", occ=2),
     M(AP, "32", N, "age", 32, cls="age"),
     M(AP, "eight weeks", N, "custody", 8, cls="dur"),
     M(AP, "four of them", N, "isolation", 4, cls="dur"),
     M(AP, "Monday", D, "silence_day", "2011-07-25", occ=3),

     M(DT, "Jumat (22/7/2011)", D, "attack_day", "2011-07-22"),
     M(DT, "76 orang", N, "total_dead", 76, MON25, src=POLICE),
     M(DT, "93 orang", N, "total_dead", 93, SUN24, src=POLICE),
     M(DT, "Senin (25/7/2011)", D, "revision_day", "2011-07-25"),
     M(DT, "68 orang", N, "utoya_dead", 68, MON25, src=POLICE),
     M(DT, "tujuh", N, "oslo_dead", 7, SUN24, src=POLICE),
     M(DT, "delapan orang", N, "oslo_dead", 8, MON25, src=POLICE),
     M(DT, "sedikitnya 69 orang", N, "injured", 69, MON25, qual="atleast", planted=True),
     M(DT, "delapan pekan", N, "custody", 8, cls="dur"),
     M(DT, "empat pekan", N, "isolation", 4, cls="dur"),
     M(DT, "Senin malam", D, "vigil_day", "2011-07-25"),
     M(DT, "Minggu (24/7/2011)", D, "memorial_day", "2011-07-24"),

     M(R2, "Friday", D, "verdict_day", "2012-08-24"),
     M(R2, "21 years", N, "sentence", 21, cls="dur"),
     M(R2, "77 people", N, "total_dead", 77, VERDICT, src=COURT),
     M(R2, "July 2011", D, "attack_day", "2011-07"),
     M(R2, "five judges", N, "judges", 5),
     M(R2, "eight people", N, "oslo_dead", 8, VERDICT, src=COURT),
     M(R2, "July 22, 2011", D, "attack_day", "2011-07-22"),
     M(R2, "69", N, "utoya_dead", 69, VERDICT, src=COURT),
     M(R2, "10 years", N, "min_term", 10, qual="atleast", cls="dur"),
     M(R2, "April 16", D, "trial_start", "2012-04-16"),
     M(R2, "ten weeks", N, "trial_len", 10, cls="dur"),
     M(R2, "33", N, "age_2012", 33, cls="age"),
     M(R2, "Aug. 13", D, "commission_day", "2012-08-13"),
    ]
    build("norway-attacks-2011", "The attacks in Norway of Friday 22 July 2011: the car bomb in Oslo's government "
          "quarter and the shooting at the Labour youth camp on Utøya; the police's toll on the island rising about 10 "
          "(late Friday) -> at least 80 (early Saturday) -> 84 (Saturday) -> 86 (the weekend), the Oslo toll 7, in all "
          "at least 87 -> 91 -> 93; lowered on Monday 25 July to 76 (68 on the island, the Oslo toll raised to 8), at "
          "least 96 wounded; the custody hearing the same Monday (eight weeks, four in isolation); the Oslo District "
          "Court's verdict of Friday 24 August 2012 (77 killed, 8 in Oslo and 69 on the island; 21 years of "
          "preventive detention)", False, ms, names)


def finland():
    R, K, A, T, AP = "reuters-apr14", "kompas-apr15", "antara-apr18", "tempo-jun07", "ap-dec03"
    # the count on the night of Sunday 14 April 2019 (more than 97% counted, then the preliminary result with all
    # votes counted) and the official result confirmed on Wednesday 17 April; shares and votes of a count in progress
    # may move both ways (fall=True); seats are the result, the same on the night and when confirmed (no as-of time)
    N97, NIGHT, FIN = "2019-04-14T22", "2019-04-14T23", "2019-04-17"
    names = {
     "sdp_share": "the SDP's share", "ps_share": "the Finns Party's share", "kok_share": "the National Coalition's share",
     "kesk_share": "the Centre Party's share", "sdp_votes": "votes for the SDP", "ps_votes": "votes for the Finns Party",
     "kok_votes": "votes for the National Coalition", "kesk_votes": "votes for the Centre Party",
     "sdp_seats": "the SDP's seats", "ps_seats": "the Finns Party's seats", "kok_seats": "the National Coalition's seats",
     "kesk_seats": "the Centre Party's seats", "kesk_loss": "seats the Centre Party lost",
     "green_seats": "the Greens' seats", "left_seats": "the Left Alliance's seats",
     "rkp_seats": "the Swedish People's Party's seats", "kd_seats": "the Christian Democrats' seats",
     "liik_seats": "Movement Now's seats", "aland_seats": "Åland's seats", "assembly": "seats in parliament",
     "majority": "seats needed for a majority", "counted": "share of the votes counted", "margin": "the SDP's lead",
     "no_party_above": "share no party exceeded", "turnout": "turnout of voters living in Finland",
     "turnout2015": "turnout in 2015", "women": "women elected", "age": "Rinne's age",
     "pm_ayes": "votes for Rinne as prime minister", "pm_noes": "votes against Rinne as prime minister",
     "absent": "members absent at the vote", "coalition_parties": "parties in the coalition",
     "other_ministers": "ministers besides Rinne", "opp_parties": "opposition parties voting against",
     "margin_seats": "seats between the SDP and the Finns Party", "speaker_votes": "votes for Rinne as speaker",
     "months_in_office": "months Rinne was in office", "strike_len": "weeks of the postal strike",
     # dates
     "election": "day of the election", "sdp_last_top": "year the SDP was last the largest party",
     "kesk_low": "year of the Centre Party's last lower share", "cabinet_resign": "month Sipilä's cabinet resigned",
     "y2015": "the previous election", "confirm_day": "day the result was confirmed", "pm_vote": "day Rinne was elected",
     "speaker_vote": "day Rinne was elected speaker", "eu_pres": "day the EU presidency began",
     "resign_day": "day Rinne resigned", "centre_statement": "day the Centre Party withdrew its confidence",
     "council_day": "day the party council chooses a candidate", "eu_pres_end": "month the EU presidency ends",
    }
    ms = [
     M(R, "Sunday", D, "election", "2019-04-14"),
     M(R, "1999", D, "sdp_last_top", "1999"),
     M(R, "17.7%", N, "sdp_share", 17.7, NIGHT, cls="pct", fall=True),
     M(R, "40", N, "sdp_seats", 40),
     M(R, "200 seats", N, "assembly", 200),
     M(R, "17.5%", N, "ps_share", 17.5, NIGHT, cls="pct", fall=True),
     M(R, "39 seats", N, "ps_seats", 39),
     M(R, "17.0%", N, "kok_share", 17.0, NIGHT, cls="pct", fall=True),
     M(R, "38 seats", N, "kok_seats", 38),
     M(R, "13.8%", N, "kesk_share", 13.8, NIGHT, cls="pct", fall=True),
     M(R, "31 seats", N, "kesk_seats", 31),
     M(R, "18", N, "kesk_loss", 18),
     M(R, "1917", D, "kesk_low", "1917"),
     M(R, "March", D, "cabinet_resign", "2019-03"),
     M(R, "20%", N, "no_party_above", 20, cls="pct"),
     M(R, "20 seats", N, "green_seats", 20),
     M(R, "16", N, "left_seats", 16),
     M(R, "56", N, "age", 56, cls="age"),
     M(R, "72.1%", N, "turnout", 72.1, cls="pct"),
     M(R, "70.1%", N, "turnout2015", 70.1, cls="pct"),
     M(R, "2015", D, "y2015", "2015"),

     M(K, "Minggu (14/4/2019)", D, "election", "2019-04-14"),
     M(K, "lebih dari 97 persen", N, "counted", 97, N97, qual="morethan", cls="pct"),
     M(K, "17,8 persen", N, "sdp_share", 17.8, N97, cls="pct", fall=True),
     M(K, "1999", D, "sdp_last_top", "1999"),
     M(K, "545.544 suara", N, "sdp_votes", 545544, NIGHT, fall=True),
     M(K, "40 kursi", N, "sdp_seats", 40),
     M(K, "538.731 suara", N, "ps_votes", 538731, NIGHT, fall=True),
     M(K, "39 kursi", N, "ps_seats", 39),
     M(K, "523.446 suara", N, "kok_votes", 523446, NIGHT, fall=True),
     M(K, "38 kursi", N, "kok_seats", 38),
     M(K, "31 kursi", N, "kesk_seats", 31),
     M(K, "18 kursi", N, "kesk_loss", 18),
     M(K, "2015", D, "y2015", "2015"),
     M(K, "0,2 poin persentase", N, "margin", 0.2, qual="approx", cls="pp"),
     M(K, "200 orang", N, "assembly", 200),
     M(K, "101 kursi", N, "majority", 101),
     M(K, "56", N, "age", 56, cls="age"),

     M(A, "Rabu (17/4/2019)", D, "confirm_day", "2019-04-17"),
     M(A, "546.471 suara", N, "sdp_votes", 546471, FIN, fall=True),
     M(A, "17,7 persen", N, "sdp_share", 17.7, FIN, cls="pct", fall=True),
     M(A, "538.805 suara", N, "ps_votes", 538805, FIN, fall=True),
     M(A, "17,5 persen", N, "ps_share", 17.5, FIN, cls="pct", fall=True),
     M(A, "523.957 suara", N, "kok_votes", 523957, FIN, fall=True),
     M(A, "17,0 persen", N, "kok_share", 17.0, FIN, cls="pct", fall=True),
     M(A, "40 kursi", N, "sdp_seats", 40),
     M(A, "39 kursi", N, "ps_seats", 39),
     M(A, "37 kursi", N, "kok_seats", 37, planted=True),
     M(A, "423.920 suara", N, "kesk_votes", 423920, FIN, fall=True),
     M(A, "13,8 persen", N, "kesk_share", 13.8, FIN, cls="pct", fall=True),
     M(A, "31 kursi", N, "kesk_seats", 31),
     M(A, "20 kursi", N, "green_seats", 20),
     M(A, "16 kursi", N, "left_seats", 16),
     M(A, "sembilan kursi", N, "rkp_seats", 9),
     M(A, "lima kursi", N, "kd_seats", 5),
     M(A, "satu kursi", N, "liik_seats", 1, also=(("aland_seats", 1),)),
     M(A, "92 orang", N, "women", 92),
     M(A, "200 anggota", N, "assembly", 200),
     M(A, "72,1 persen", N, "turnout", 72.1, cls="pct"),
     M(A, "1999", D, "sdp_last_top", "1999"),

     M(T, "Kamis (6/6/2019)", D, "pm_vote", "2019-06-06"),
     M(T, "111 suara setuju", N, "pm_ayes", 111),
     M(T, "74 suara menolak", N, "pm_noes", 74),
     M(T, "14 anggota", N, "absent", 14),
     M(T, "56", N, "age", 56, cls="age"),
     M(T, "lima partai", N, "coalition_parties", 5),
     M(T, "18 menteri", N, "other_ministers", 18),
     M(T, "tiga partai", N, "opp_parties", 3),
     M(T, "14 April", D, "election", "2019-04-14"),
     M(T, "40 kursi", N, "sdp_seats", 40),
     M(T, "satu kursi", N, "margin_seats", 1),
     M(T, "24 April", D, "speaker_vote", "2019-04-24"),
     M(T, "187 suara", N, "speaker_votes", 187),
     M(T, "1 Juli", D, "eu_pres", "2019-07-01"),

     M(AP, "Tuesday", D, "resign_day", "2019-12-03"),
     M(AP, "nearly six months", N, "months_in_office", 6, qual="nearly", cls="dur"),
     M(AP, "five-party", N, "coalition_parties", 5),
     M(AP, "Monday", D, "centre_statement", "2019-12-02"),
     M(AP, "two-week", N, "strike_len", 2, cls="dur"),
     M(AP, "111-74", N, "pm_ayes", 111, also=(("pm_noes", 74),)),
     M(AP, "June 6", D, "pm_vote", "2019-06-06"),
     M(AP, "April 17", D, "election", "2019-04-17", planted=True),
     M(AP, "40 seats", N, "sdp_seats", 40),
     M(AP, "31 seats", N, "kesk_seats", 31),
     M(AP, "200-seat", N, "assembly", 200),
     M(AP, "five parties", N, "coalition_parties", 5),
     M(AP, "Sunday", D, "council_day", "2019-12-08"),
     M(AP, "December", D, "eu_pres_end", "2019-12"),
    ]
    build("finland-eduskunta-2019", "Finland's parliamentary election of Sunday 14 April 2019: the SDP's 17.8% with more "
          "than 97% counted; the preliminary result on the night (SDP 545,544 votes, 17.7%, 40 seats; Finns Party "
          "538,731, 17.5%, 39; National Coalition 523,446, 17.0%, 38; Centre 13.8%, 31, a loss of 18) against the result "
          "confirmed on Wednesday 17 April (546,471; 538,805; 523,957; Centre 423,920), 200 seats, turnout 72.1% (70.1% "
          "in 2015); Rinne elected speaker with 187 votes on 24 April and prime minister 111-74 on Thursday 6 June; his "
          "resignation on Tuesday 3 December 2019", False, ms, names)


def novo():
    R, F, B, K = "reuters-jan31", "fierce-feb02", "bisnis-feb01", "kontan-feb05"
    names = {
     "sales": "2023 sales (billion kroner)", "sales_g_dkk": "sales growth in kroner", "sales_g_cer": "sales growth at CER",
     "op": "2023 operating profit (billion kroner)", "op_g_dkk": "operating profit growth in kroner",
     "op_g_cer": "operating profit growth at CER", "net": "2023 net profit (billion kroner)",
     "net_g": "net profit growth", "eps": "diluted earnings per share (kroner)", "eps_g": "growth of earnings per share",
     "obesity": "obesity care sales (billion kroner)", "obesity_g_dkk": "obesity care growth in kroner",
     "obesity_g_cer": "obesity care growth at CER", "ozempic": "Ozempic sales (billion kroner)",
     "ozempic_g": "Ozempic sales growth", "na_g_dkk": "North American sales growth in kroner",
     "na_g_cer": "North American sales growth at CER", "io_g_dkk": "International Operations' growth in kroner",
     "do_sales": "diabetes and obesity care sales (billion kroner)", "do_g_dkk": "diabetes and obesity growth in kroner",
     "do_g_cer": "diabetes and obesity growth at CER", "out_sales_lo": "low end of the 2024 sales outlook",
     "out_sales_hi": "high end of the 2024 sales outlook", "out_op_lo": "low end of the 2024 profit outlook",
     "out_op_hi": "high end of the 2024 profit outlook", "gap_sales": "kroner gap in the sales outlook",
     "gap_op": "kroner gap in the profit outlook", "fcf": "free cash flow (billion kroner)",
     "returned": "cash returned to shareholders (billion kroner)", "interim": "interim dividend (kroner)",
     "final_div": "proposed final dividend (kroner)", "total_div": "total dividend for 2023 (kroner)",
     "buyback": "share buyback (billion kroner)",
     # dates
     "results_day": "day of the results", "y2023": "the year reported", "y2024": "the outlook year",
     "agm": "day of the annual general meeting", "interim_month": "month the interim dividend was paid",
    }
    ms = [
     M(R, "31%", N, "sales_g_dkk", 31, cls="pct"),
     M(R, "232.3 billion Danish crowns", N, "sales", 232.3, cls="dkkbn"),
     M(R, "2023", D, "y2023", "2023"),
     M(R, "Wednesday", D, "results_day", "2024-01-31"),
     M(R, "36%", N, "sales_g_cer", 36, cls="pct"),
     M(R, "37%", N, "op_g_dkk", 37, cls="pct"),
     M(R, "44%", N, "op_g_cer", 44, cls="pct"),
     M(R, "102.6 billion crowns", N, "op", 102.6, cls="dkkbn"),
     M(R, "51%", N, "net_g", 51, cls="pct"),
     M(R, "83.7 billion crowns", N, "net", 83.7, cls="dkkbn"),
     M(R, "52%", N, "eps_g", 52, cls="pct"),
     M(R, "18.62 crowns", N, "eps", 18.62, cls="dkk"),
     M(R, "147%", N, "obesity_g_dkk", 147, cls="pct"),
     M(R, "41.6 billion crowns", N, "obesity", 41.6, cls="dkkbn"),
     M(R, "95.7 billion crowns", N, "ozempic", 95.7, cls="dkkbn"),
     M(R, "60%", N, "ozempic_g", 60, cls="pct"),
     M(R, "50%", N, "na_g_dkk", 50, cls="pct"),
     M(R, "11%", N, "io_g_dkk", 11, cls="pct"),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "18%", N, "out_sales_lo", 18, cls="pct"),
     M(R, "26%", N, "out_sales_hi", 26, cls="pct"),
     M(R, "21%", N, "out_op_lo", 21, cls="pct"),
     M(R, "29%", N, "out_op_hi", 29, cls="pct"),
     M(R, "6.40 crowns", N, "final_div", 6.40, cls="dkk"),
     M(R, "2023", D, "y2023", "2023", occ=2),
     M(R, "9.40 crowns", N, "total_div", 9.40, cls="dkk"),
     M(R, "20 billion crowns", N, "buyback", 20, cls="dkkbn"),

     M(F, "Wednesday, Jan. 31", D, "results_day", "2024-01-31"),
     M(F, "2023", D, "y2023", "2023"),
     M(F, "DKK 232.3 billion", N, "sales", 232.3, cls="dkkbn"),
     M(F, "36%", N, "sales_g_cer", 36, cls="pct"),
     M(F, "44%", N, "op_g_cer", 44, cls="pct"),
     M(F, "DKK 102.6 billion", N, "op", 102.6, cls="dkkbn"),
     M(F, "DKK 215.1 billion", N, "do_sales", 215.1, cls="dkkbn"),
     M(F, "38%", N, "do_g_dkk", 38, cls="pct"),
     M(F, "42%", N, "do_g_cer", 42, cls="pct"),
     M(F, "154%", N, "obesity_g_cer", 154, cls="pct"),
     M(F, "DKK 41.6 billion", N, "obesity", 41.6, cls="dkkbn"),
     M(F, "2024", D, "y2024", "2024"),
     M(F, "18%", N, "out_sales_lo", 18, cls="pct"),
     M(F, "26%", N, "out_sales_hi", 26, cls="pct"),
     M(F, "21%", N, "out_op_lo", 21, cls="pct"),
     M(F, "29%", N, "out_op_hi", 29, cls="pct"),
     M(F, "1 percentage point", N, "gap_sales", 1, cls="pp"),
     M(F, "2 percentage points", N, "gap_op", 2, cls="pp"),
     M(F, "DKK 68.3 billion", N, "fcf", 68.3, cls="dkkbn"),
     M(F, "DKK 61.7 billion", N, "returned", 61.7, cls="dkkbn"),
     M(F, "DKK 3", N, "interim", 3, cls="dkk"),
     M(F, "August 2023", D, "interim_month", "2023-08"),
     M(F, "March 21", D, "agm", "2024-03-21"),
     M(F, "DKK 6.40", N, "final_div", 6.40, cls="dkk"),
     M(F, "DKK 9.40", N, "total_div", 9.40, cls="dkk"),
     M(F, "DKK 20 billion", N, "buyback", 20, cls="dkkbn"),

     M(B, "232,3 miliar kroner", N, "sales", 232.3, cls="dkkbn"),
     M(B, "2023", D, "y2023", "2023"),
     M(B, "31%", N, "sales_g_dkk", 31, cls="pct"),
     M(B, "36%", N, "sales_g_cer", 36, cls="pct"),
     M(B, "37%", N, "op_g_dkk", 37, cls="pct"),
     M(B, "102,6 miliar kroner", N, "op", 102.6, cls="dkkbn"),
     M(B, "44%", N, "op_g_cer", 44, cls="pct"),
     M(B, "Rabu (31/1/2024)", D, "results_day", "2024-01-31"),
     M(B, "51%", N, "net_g", 51, cls="pct"),
     M(B, "83,7 miliar kroner", N, "net", 83.7, cls="dkkbn"),
     M(B, "52%", N, "eps_g", 52, cls="pct"),
     M(B, "18,62 kroner", N, "eps", 18.62, cls="dkk"),
     M(B, "147%", N, "obesity_g_dkk", 147, cls="pct"),
     M(B, "41,6 miliar kroner", N, "obesity", 41.6, cls="dkkbn"),
     M(B, "95,7 miliar kroner", N, "ozempic", 95.7, cls="dkkbn"),
     M(B, "50%", N, "na_g_dkk", 50, cls="pct"),
     M(B, "54%", N, "na_g_cer", 54, cls="pct"),
     M(B, "Untuk 2024", D, "y2024", "2024"),
     M(B, "18%", N, "out_sales_lo", 18, cls="pct"),
     M(B, "26%", N, "out_sales_hi", 26, cls="pct"),
     M(B, "21%", N, "out_op_lo", 21, cls="pct"),
     M(B, "29%", N, "out_op_hi", 29, cls="pct"),
     M(B, "6,40 kroner", N, "final_div", 6.40, cls="dkk"),
     M(B, "21 Maret 2024", D, "agm", "2024-03-21"),
     M(B, "tahun buku 2023", D, "y2023", "2023"),
     M(B, "9,40 kroner", N, "total_div", 9.40, cls="dkk"),
     M(B, "20 miliar kroner", N, "buyback", 20, cls="dkkbn"),

     M(K, "2023", D, "y2023", "2023"),
     M(K, "102,6 miliar kroner", N, "op", 102.6, cls="dkkbn"),
     M(K, "44 persen", N, "op_g_cer", 44, cls="pct"),
     M(K, "37 persen", N, "op_g_dkk", 37, cls="pct"),
     M(K, "Rabu, 31 Januari 2024", D, "results_day", "2024-01-31"),
     M(K, "232,3 miliar kroner", N, "sales", 232.3, cls="dkkbn"),
     M(K, "36 persen", N, "sales_g_cer", 36, cls="pct"),
     M(K, "31 persen", N, "sales_g_dkk", 31, cls="pct"),
     M(K, "215,1 miliar kroner", N, "do_sales", 215.1, cls="dkkbn"),
     M(K, "38 persen", N, "do_g_dkk", 38, cls="pct"),
     M(K, "154 persen", N, "obesity_g_cer", 154, cls="pct"),
     M(K, "41,6 miliar kroner", N, "obesity", 41.6, cls="dkkbn"),
     M(K, "68,3 miliar kroner", N, "fcf", 68.3, cls="dkkbn"),
     M(K, "61,7 miliar kroner", N, "returned", 61.7, cls="dkkbn"),
     M(K, "Untuk 2024", D, "y2024", "2024"),
     M(K, "18 persen", N, "out_sales_lo", 18, cls="pct"),
     M(K, "26 persen", N, "out_sales_hi", 26, cls="pct"),
     M(K, "21 persen", N, "out_op_lo", 21, cls="pct"),
     M(K, "29 persen", N, "out_op_hi", 29, cls="pct"),
     M(K, "1 poin persentase", N, "gap_sales", 1, cls="pp"),
     M(K, "2 poin persentase", N, "gap_op", 2, cls="pp"),
     M(K, "3 kroner", N, "interim", 3, cls="dkk"),
     M(K, "Agustus 2023", D, "interim_month", "2023-08"),
     M(K, "6,40 kroner", N, "final_div", 6.40, cls="dkk"),
     M(K, "9,40 kroner", N, "total_div", 9.40, cls="dkk"),
     M(K, "52 persen", N, "eps_g", 52, cls="pct"),
     M(K, "18,62 kroner", N, "eps", 18.62, cls="dkk"),
     M(K, "20 miliar kroner", N, "buyback", 20, cls="dkkbn"),
    ]
    build("novo-nordisk-results-2024", "Novo Nordisk's results for 2023 (control), released on Wednesday 31 January "
          "2024: sales of DKK 232.3 billion (up 31% in kroner, 36% at constant exchange rates), operating profit of DKK "
          "102.6 billion (up 37% and 44%), net profit of DKK 83.7 billion (up 51%), diluted earnings per share of DKK "
          "18.62 (up 52%); obesity care DKK 41.6 billion (up 147%, 154% at CER), Ozempic DKK 95.7 billion (up 60%), "
          "diabetes and obesity care DKK 215.1 billion (up 38%, 42% at CER); the 2024 outlook of 18-26% sales growth "
          "and 21-29% profit growth at CER (1 and 2 points lower in kroner); free cash flow DKK 68.3 billion, DKK 61.7 "
          "billion returned; dividends of DKK 3 (interim, August 2023), 6.40 (final, to the meeting of 21 March 2024) "
          "and 9.40 in all; a buyback of up to DKK 20 billion. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    norway()
    finland()
    novo()
