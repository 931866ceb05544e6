"""The hundred-and-thirtieth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset130/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def peshawar():
    R, K, T, AP, A = "reuters-jan30", "kompas-jan31", "tempo-feb02", "ap-feb05", "antara-nov13"
    # the toll is one running official tally, given in turn by the Lady Reading Hospital (Monday night, Tuesday
    # morning and evening), the provincial health department (Wednesday) and the Peshawar police, who lowered it on
    # Saturday 4 February after taking out names counted twice: 59 -> 88 -> 100 -> 101 -> 84 (a revision)
    MON_N, TUE_AM, TUE_PM, WED, SAT = "2023-01-30T20", "2023-01-31T08", "2023-01-31T18", "2023-02-01", "2023-02-04"
    # the injured brought in on Monday: the hospital's 157 against the police control room's "more than 200" (sources)
    LRH, PCR = "the Lady Reading Hospital", "the Peshawar police control room"
    names = {
     "dead": "people killed in the bombing", "injured": "people injured in the bombing",
     "worshippers": "people at prayer in the mosque", "in_hospital": "injured still in hospital",
     "icu": "injured in intensive care", "explosives": "kilograms of explosives used",
     "cctv": "months of camera footage examined", "detained": "people detained for questioning",
     "vests": "suicide vests seized", "payment": "rupees the suspect was paid", "monthly": "rupees the suspect was paid a month",
     # dates
     "blast": "day of the bombing", "count59_day": "day of the count of 59", "count88_day": "morning of the count of 88",
     "count100_day": "day of the count of 100", "rescue_end": "day the search of the rubble ended",
     "count101_day": "day of the count of 101", "revision_day": "day the police lowered the toll",
     "presser": "day of the police chief's news conference on the arrest",
    }
    ms = [
     M(R, "Monday", D, "blast", "2023-01-30"),
     M(R, "at least 59 people", N, "dead", 59, MON_N, qual="atleast"),
     M(R, "between 300 and 400 people", N, "worshippers", 350),
     M(R, "More than 150 people", N, "injured", 150, MON_N, qual="morethan"),
     M(R, "157", N, "injured", 157, MON_N, src=LRH),
     M(R, "Monday", D, "count59_day", "2023-01-30", occ=2),

     M(K, "100 orang", N, "dead", 100, TUE_PM),
     M(K, "Selasa (31/1/2023)", D, "count100_day", "2023-01-31"),
     M(K, "221 orang", N, "injured", 221, TUE_PM),
     M(K, "Senin (30/1/2023)", D, "blast", "2023-01-30"),
     M(K, "88 korban tewas", N, "dead", 88, TUE_AM),
     M(K, "Selasa pagi", D, "count88_day", "2023-01-31"),
     M(K, "59 orang", N, "dead", 59, MON_N),
     M(K, "Senin malam", D, "count59_day", "2023-01-30"),
     M(K, "53 korban luka", N, "in_hospital", 53, TUE_PM, fall=True),
     M(K, "tujuh", N, "icu", 7, TUE_PM, fall=True),
     M(K, "Selasa sore", D, "rescue_end", "2023-01-31"),
     M(K, "10 hingga 12 kilogram", N, "explosives", 11, qual="approx", cls="kg"),
     M(K, "satu bulan", N, "cctv", 1, cls="dur"),

     M(T, "101 orang", N, "dead", 101, WED),
     M(T, "Rabu (1/2/2023)", D, "count101_day", "2023-02-01"),
     M(T, "Senin (31/1/2023)", D, "blast", "2023-01-31", planted=True),
     M(T, "Selasa (31/1/2023)", D, "count100_day", "2023-01-31"),
     M(T, "100 orang", N, "dead", 100, TUE_PM),
     M(T, "221 orang", N, "injured", 221, TUE_PM),
     M(T, "lebih dari 200 korban luka", N, "injured", 200, MON_N, qual="morethan", src=PCR),
     M(T, "23 orang", N, "detained", 23, WED),

     M(AP, "Saturday", D, "revision_day", "2023-02-04"),
     M(AP, "Monday", D, "blast", "2023-01-30"),
     M(AP, "84", N, "dead", 84, SAT),
     M(AP, "101", N, "dead", 101, WED),
     M(AP, "Wednesday", D, "count101_day", "2023-02-01"),
     M(AP, "84", N, "dead", 84, SAT, occ=2),
     M(AP, "Jan. 30", D, "blast", "2023-01-30"),
     M(AP, "between 300 and 400 people", N, "worshippers", 350),
     M(AP, "More than 20 people", N, "detained", 20, SAT, qual="morethan"),

     M(A, "84 orang", N, "dead", 84, SAT),
     M(A, "30 Januari 2023", D, "blast", "2023-01-30"),
     M(A, "Selasa (12/11/2024)", D, "presser", "2024-11-12"),
     M(A, "dua rompi", N, "vests", 2),
     M(A, "200.000 rupee", N, "payment", 200000, cls="rupee"),
     M(A, "40.000 hingga 50.000 rupee", N, "monthly", 45000, qual="approx", cls="rupee"),
    ]
    build("peshawar-mosque-2023", "The suicide bombing of the mosque in Peshawar's Police Lines on Monday 30 January "
          "2023: the toll rising 59 (Monday night) -> 88 (Tuesday morning) -> 100 (Tuesday, the Lady Reading Hospital) "
          "-> 101 (Wednesday 1 February, the provincial health department) and lowered by the police to 84 on Saturday "
          "4 February (names counted twice); more than 150 injured on Monday (157 at the hospital), 221 on Tuesday; 23 "
          "detained; 10 to 12 kg of explosives; a police constable arrested as the bomber's facilitator, announced on "
          "Tuesday 12 November 2024", False, ms, names)


def pakistan():
    R, K, AP, T, A = "reuters-jul26", "kompas-jul29", "ap-aug17", "tempo-aug18", "antara-sep05"
    # the Election Commission's count: partial on Thursday 26 July (about 30% counted, the PTI ahead in 113 seats),
    # final on Saturday 28 July (116 of the 270 seats polled); seats of a count in progress may move both ways
    NIGHT, FIN = "2018-07-26", "2018-07-28"
    ECP = "the Election Commission of Pakistan"
    names = {
     "counted": "share of the votes counted", "pti_seats": "the PTI's directly elected seats",
     "general_seats": "directly elected seats of the National Assembly", "simple_majority": "elected seats needed to govern alone",
     "house": "members of the National Assembly", "women_seats": "seats reserved for women",
     "minority_seats": "seats reserved for religious minorities", "majority": "votes or seats needed for a majority of the house",
     "age": "Imran Khan's age", "voters": "registered voters", "pmln_seats": "the PML-N's elected seats",
     "ppp_seats": "the PPP's elected seats", "contested": "seats polled on election day", "postponed": "seats whose polls were postponed",
     "pti_votes": "votes for the PTI", "pti_share": "the PTI's share of the vote", "pmln_votes": "votes for the PML-N",
     "ppp_votes": "votes for the PPP", "turnout": "turnout", "turnout2013": "turnout in 2013", "delay": "days until the final results",
     "pm_ayes": "votes for Imran Khan as prime minister", "pm_noes": "votes for his PML-N rival",
     "margin": "votes above the majority", "ppp_house": "the PPP's seats in the house", "pm_number": "prime minister's ordinal",
     "speaker_ayes": "votes for Asad Qaiser as speaker", "speaker_noes": "votes for Khursheed Shah as speaker",
     "rejected": "speaker ballots rejected", "ballots": "speaker ballots cast", "deputy_ayes": "votes for the deputy speaker",
     "deputy_noes": "votes for the deputy speaker's rival", "pres_number": "president's ordinal",
     "assemblies": "provincial assemblies voting", "alvi_ev": "Alvi's electoral votes", "fazl_ev": "Fazlur Rehman's electoral votes",
     "aitzaz_ev": "Aitzaz Ahsan's electoral votes", "alvi_parl": "Alvi's votes in parliament",
     "fazl_parl": "Fazlur Rehman's votes in parliament", "aitzaz_parl": "Aitzaz Ahsan's votes in parliament",
     "parl_rejected": "presidential ballots rejected in parliament", "term": "years of the president's term",
     # dates
     "election": "day of the election", "partial_day": "day of the partial count", "speech_day": "day of Khan's victory speech",
     "final_day": "day of the final results", "y2013": "the previous election", "pm_vote": "day Khan was elected prime minister",
     "pm_oath": "day Khan was sworn in", "speaker_vote": "day the speaker was elected", "mna_oath": "day the lawmakers took their oaths",
     "worldcup": "the World Cup Khan won", "pres_vote": "day of the presidential election", "pres_oath": "day the president takes office",
    }
    ms = [
     M(R, "Thursday", D, "partial_day", "2018-07-26"),
     M(R, "about 30%", N, "counted", 30, qual="approx", cls="pct"),
     M(R, "113", N, "pti_seats", 113, NIGHT, src=ECP, fall=True),
     M(R, "272", N, "general_seats", 272),
     M(R, "137", N, "simple_majority", 137),
     M(R, "342", N, "house", 342),
     M(R, "60 seats", N, "women_seats", 60),
     M(R, "10", N, "minority_seats", 10),
     M(R, "172 seats", N, "majority", 172),
     M(R, "65", N, "age", 65, cls="age"),
     M(R, "Thursday", D, "speech_day", "2018-07-26", occ=2),
     M(R, "About 106 million", N, "voters", 106000000, qual="approx"),
     M(R, "Wednesday", D, "election", "2018-07-25"),

     M(K, "Sabtu (28/7/2018)", D, "final_day", "2018-07-28"),
     M(K, "116 kursi", N, "pti_seats", 116, FIN, src=ECP, fall=True),
     M(K, "64 kursi", N, "pmln_seats", 64, FIN, src=ECP, fall=True),
     M(K, "43 kursi", N, "ppp_seats", 43, FIN, src=ECP, fall=True),
     M(K, "270 daerah pemilihan", N, "contested", 270),
     M(K, "Rabu (25/7/2018)", D, "election", "2018-07-25"),
     M(K, "dua daerah pemilihan", N, "postponed", 2),
     M(K, "137 kursi", N, "simple_majority", 137),
     M(K, "16,9 juta suara", N, "pti_votes", 16900000, qual="approx"),
     M(K, "31,82 persen", N, "pti_share", 31.82, cls="pct"),
     M(K, "12,9 juta suara", N, "pmln_votes", 12900000, qual="approx"),
     M(K, "6,9 juta suara", N, "ppp_votes", 6900000, qual="approx"),
     M(K, "51,7 persen", N, "turnout", 51.7, cls="pct"),
     M(K, "sekitar 55 persen", N, "turnout2013", 55, qual="approx", cls="pct"),
     M(K, "2013", D, "y2013", "2013"),
     M(K, "tiga hari", N, "delay", 3, cls="dur"),

     M(AP, "Friday", D, "pm_vote", "2018-08-17"),
     M(AP, "July 25", D, "election", "2018-07-25"),
     M(AP, "176 votes", N, "pm_ayes", 176),
     M(AP, "four", N, "margin", 4),
     M(AP, "172", N, "majority", 172),
     M(AP, "342-seat", N, "house", 342),
     M(AP, "96", N, "pm_noes", 96),
     M(AP, "54 seats", N, "ppp_house", 54),
     M(AP, "65", N, "age", 65, cls="age"),
     M(AP, "Saturday", D, "pm_oath", "2018-08-18"),
     M(AP, "22nd", N, "pm_number", 22, cls="ord"),
     M(AP, "Wednesday", D, "speaker_vote", "2018-08-15"),
     M(AP, "176 votes to 146", N, "speaker_ayes", 176, also=(("speaker_noes", 146),)),
     M(AP, "eight", N, "rejected", 8),
     M(AP, "330", N, "ballots", 330),
     M(AP, "183 votes", N, "deputy_ayes", 183),
     M(AP, "144", N, "deputy_noes", 144),
     M(AP, "116", N, "pti_seats", 116, FIN, src=ECP, fall=True),
     M(AP, "270", N, "contested", 270),
     M(AP, "Monday", D, "mna_oath", "2018-08-13"),

     M(T, "ke-22", N, "pm_number", 22, cls="ord"),
     M(T, "Sabtu (18/8/2018)", D, "pm_oath", "2018-08-18"),
     M(T, "Jumat (17/8/2018)", D, "pm_vote", "2018-08-17"),
     M(T, "176 suara", N, "pm_ayes", 176),
     M(T, "69 suara", N, "pm_noes", 69, planted=True),
     M(T, "172 suara", N, "majority", 172),
     M(T, "342 anggota", N, "house", 342),
     M(T, "116 kursi", N, "pti_seats", 116, FIN, src=ECP, fall=True),
     M(T, "25 Juli", D, "election", "2018-07-25"),
     M(T, "Rabu (15/8/2018)", D, "speaker_vote", "2018-08-15"),
     M(T, "176 suara berbanding 146", N, "speaker_ayes", 176, also=(("speaker_noes", 146),)),
     M(T, "65 tahun", N, "age", 65, cls="age"),
     M(T, "1992", D, "worldcup", "1992"),

     M(A, "ke-13", N, "pres_number", 13, cls="ord"),
     M(A, "empat dewan provinsi", N, "assemblies", 4),
     M(A, "Selasa (4/9/2018)", D, "pres_vote", "2018-09-04"),
     M(A, "353 suara elektoral", N, "alvi_ev", 353),
     M(A, "185 suara", N, "fazl_ev", 185),
     M(A, "124 suara", N, "aitzaz_ev", 124),
     M(A, "212 suara", N, "alvi_parl", 212),
     M(A, "131 suara", N, "fazl_parl", 131),
     M(A, "81 suara", N, "aitzaz_parl", 81),
     M(A, "enam suara", N, "parl_rejected", 6),
     M(A, "9 September", D, "pres_oath", "2018-09-09"),
     M(A, "lima tahun", N, "term", 5, cls="dur"),
     M(A, "25 Juli 2018", D, "election", "2018-07-25"),
     M(A, "116 kursi", N, "pti_seats", 116, FIN, src=ECP, fall=True),
     M(A, "Jumat (16/8/2018)", D, "pm_vote", "2018-08-16", planted=True),
     M(A, "176 suara", N, "pm_ayes", 176),
    ]
    build("pakistan-polls-2018", "Pakistan's general election of Wednesday 25 July 2018: the partial count of Thursday "
          "26 July (about 30% counted, the PTI ahead in 113 of 272 elected seats) against the Election Commission's "
          "final results of Saturday 28 July (PTI 116 of the 270 seats polled, PML-N 64, PPP 43; the PTI's 16.9 million "
          "votes, 31.82%; turnout 51.7%); the speaker elected 176-146 on Wednesday 15 August (deputy 183-144), Imran "
          "Khan elected prime minister 176-96 on Friday 17 August and sworn in on Saturday 18 August; Arif Alvi elected "
          "president on Tuesday 4 September with 353 electoral votes to 185 and 124", False, ms, names)


def bangladesh():
    R, DS, K, B = "reuters-oct22", "dailystar-oct23", "kontan-oct24", "bisnis-oct25"
    names = {
     "hike": "size of the rise", "rate": "the new policy rate", "prev_rate": "the policy rate before the decision (set on 24 September)",
     "aug_rate": "the policy rate set in August", "slf": "the new standing lending facility rate",
     "slf_prev": "the standing lending facility rate before", "sdf": "the new standing deposit facility rate",
     "sdf_prev": "the standing deposit facility rate before", "infl_sep": "inflation in September 2024",
     "infl_aug": "inflation in August 2024", "earlier_hikes": "earlier rises since August",
     # dates
     "decision": "day of the decision", "effective": "day the new rate takes effect", "aug_hike": "month of the August rise",
     "sep_hike": "day of the September rise", "infl_month": "month of the inflation reading",
     "infl_prev_month": "month of the earlier inflation reading",
    }
    ms = [
     M(R, "50 basis points", N, "hike", 50, cls="bp"),
     M(R, "10%", N, "rate", 10, cls="pct"),
     M(R, "Tuesday", D, "decision", "2024-10-22"),
     M(R, "August", D, "aug_hike", "2024-08"),
     M(R, "Oct. 27", D, "effective", "2024-10-27"),
     M(R, "11.5%", N, "slf", 11.5, cls="pct"),
     M(R, "11%", N, "slf_prev", 11, cls="pct"),
     M(R, "8.5%", N, "sdf", 8.5, cls="pct"),
     M(R, "8%", N, "sdf_prev", 8, cls="pct"),
     M(R, "9.5%", N, "prev_rate", 9.5, cls="pct"),
     M(R, "Sept. 24", D, "sep_hike", "2024-09-24"),
     M(R, "9%", N, "aug_rate", 9, cls="pct"),
     M(R, "9.92%", N, "infl_sep", 9.92, cls="pct"),
     M(R, "September", D, "infl_month", "2024-09"),
     M(R, "10.49%", N, "infl_aug", 10.49, cls="pct"),
     M(R, "August", D, "infl_prev_month", "2024-08", occ=2),

     M(DS, "Tuesday", D, "decision", "2024-10-22"),
     M(DS, "0.50 percentage point", N, "hike", 50, qual="unit", cls="bp"),
     M(DS, "10 percent", N, "rate", 10, cls="pct"),
     M(DS, "9.50 percent", N, "prev_rate", 9.5, cls="pct"),
     M(DS, "October 27", D, "effective", "2024-10-27"),
     M(DS, "11.50 percent", N, "slf", 11.5, cls="pct"),
     M(DS, "8.50 percent", N, "sdf", 8.5, cls="pct"),
     M(DS, "two", N, "earlier_hikes", 2),
     M(DS, "9 percent", N, "aug_rate", 9, cls="pct"),
     M(DS, "August", D, "aug_hike", "2024-08"),
     M(DS, "9.50 percent", N, "prev_rate", 9.5, cls="pct", occ=2),
     M(DS, "September 24", D, "sep_hike", "2024-09-24"),
     M(DS, "9.92 percent", N, "infl_sep", 9.92, cls="pct"),
     M(DS, "September", D, "infl_month", "2024-09", occ=2),
     M(DS, "10.49 percent", N, "infl_aug", 10.49, cls="pct"),
     M(DS, "August", D, "infl_prev_month", "2024-08", occ=2),

     M(K, "50 basis poin", N, "hike", 50, cls="bp"),
     M(K, "9,5%", N, "prev_rate", 9.5, cls="pct"),
     M(K, "10%", N, "rate", 10, cls="pct"),
     M(K, "Selasa (22/10/2024)", D, "decision", "2024-10-22"),
     M(K, "27 Oktober 2024", D, "effective", "2024-10-27"),
     M(K, "11,5%", N, "slf", 11.5, cls="pct"),
     M(K, "8,5%", N, "sdf", 8.5, cls="pct"),
     M(K, "September 2024", D, "infl_month", "2024-09"),
     M(K, "9,92%", N, "infl_sep", 9.92, cls="pct"),
     M(K, "10,49%", N, "infl_aug", 10.49, cls="pct"),
     M(K, "Agustus", D, "infl_prev_month", "2024-08"),
     M(K, "9%", N, "aug_rate", 9, cls="pct"),
     M(K, "Agustus", D, "aug_hike", "2024-08", occ=2),
     M(K, "9,5%", N, "prev_rate", 9.5, cls="pct", occ=2),
     M(K, "24 September", D, "sep_hike", "2024-09-24"),

     M(B, "0,5 poin persentase", N, "hike", 50, qual="unit", cls="bp"),
     M(B, "10 persen", N, "rate", 10, cls="pct"),
     M(B, "Selasa, 22 Oktober 2024", D, "decision", "2024-10-22"),
     M(B, "Minggu, 27 Oktober 2024", D, "effective", "2024-10-27"),
     M(B, "11 persen", N, "slf_prev", 11, cls="pct"),
     M(B, "11,5 persen", N, "slf", 11.5, cls="pct"),
     M(B, "8 persen", N, "sdf_prev", 8, cls="pct"),
     M(B, "8,5 persen", N, "sdf", 8.5, cls="pct"),
     M(B, "24 September", D, "sep_hike", "2024-09-24"),
     M(B, "9 persen", N, "aug_rate", 9, cls="pct"),
     M(B, "9,5 persen", N, "prev_rate", 9.5, cls="pct"),
     M(B, "9,92 persen", N, "infl_sep", 9.92, cls="pct"),
     M(B, "September", D, "infl_month", "2024-09", occ=2),
     M(B, "10,49 persen", N, "infl_aug", 10.49, cls="pct"),
     M(B, "Agustus", D, "infl_prev_month", "2024-08"),
    ]
    build("bangladesh-bank-hike-2024", "Bangladesh Bank's rate decision (control) of Tuesday 22 October 2024: the policy "
          "(repo) rate raised 50 basis points from 9.5% to 10%, effective Sunday 27 October; the standing lending "
          "facility from 11% to 11.5% and the standing deposit facility from 8% to 8.5%; the earlier rises to 9% in "
          "August and to 9.5% on 24 September; inflation of 9.92% in September against 10.49% in August. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    peshawar()
    pakistan()
    bangladesh()
