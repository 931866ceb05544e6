"""The hundred-and-thirty-eighth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset138/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def kiteezi():
    R, K, AP, DT, AF = "reuters-aug11", "kompas-aug13", "ap-aug14", "detik-aug15", "afp-oct03"
    # the tolls of three bodies: the city authority's on Saturday 10 August, the police's on Sunday 11 (morning and
    # evening), Tuesday 13 (afternoon), Wednesday 14 and Thursday 15, the Red Cross's on Sunday 11 and Monday 12; the
    # police's 21 of Sunday evening still stood on Monday (the same count); the missing listed by the police on
    # Tuesday (still 39 on Wednesday) and on Thursday, a list that may fall as bodies are found; the final toll of 35
    # as recalled seven weeks on
    SAT, SUN_AM, SUN, SUN_PM, MON, TUE, WED, THU, FINAL = (
        "2024-08-10", "2024-08-11T09", "2024-08-11T12", "2024-08-11T18", "2024-08-12", "2024-08-13T13",
        "2024-08-14", "2024-08-15", "2024-10-03")
    KCCA, POL, RC, GOV = ("the Kampala Capital City Authority", "the police", "the Uganda Red Cross",
                          "the prime minister")
    names = {
     "dead": "people killed by the landfill's collapse", "rescued": "people rescued alive",
     "missing": "people listed as missing", "missing_residents": "residents among the missing",
     "missing_collectors": "garbage collectors among the missing", "male": "men among the 21 dead",
     "female": "women among the 21 dead", "adults": "adults among the 21 dead", "children": "children among the 21 dead",
     "claimed": "bodies claimed by families", "unclaimed": "bodies not yet claimed",
     "found_tue": "bodies found on Tuesday", "found_wed": "bodies found on Wednesday",
     "found_thu": "bodies found on Thursday", "homes": "homes thought buried", "sheltered": "displaced people in the tent",
     "arrested": "people arrested for posing as victims", "mp_estimate": "the MP's possible toll",
     "comp_dead": "payment per death (shillings)", "comp_injured": "payment per injured person (shillings)",
     "decommission": "money needed to close the landfill (shillings)", "comp_dead_usd": "payment per death (dollars)",
     "comp_injured_usd": "payment per injured person (dollars)", "radius": "radius of the resettlement zone",
     "area": "the landfill's area",
     # dates
     "collapse": "day the landfill collapsed", "kcca_day": "day of the city authority's toll",
     "police21_day": "day of the police's count of 21", "count13_day": "day of the count of 13",
     "rc18_day": "day of the Red Cross's count of 18", "rc24_day": "day of the Red Cross's count of 24",
     "pm_visit": "day of the prime minister's visit", "count26_day": "day of the count of 26",
     "rescued18_day": "day of the prime minister's count of the rescued", "arrests_day": "day of the arrests",
     "count30_day": "day of the count of 30", "count34_day": "day the four bodies were found",
     "afp_day": "day of the police's count of 34", "opened": "year the landfill opened",
     "committee": "members of the council's committee", "visit_day": "day of the committee's visit",
     "council_day": "day of the council meeting",
    }
    ms = [
     M(R, "21 people", N, "dead", 21, SUN_PM, qual="atleast", src=POL),
     M(R, "Sunday", D, "police21_day", "2024-08-11"),
     M(R, "Friday", D, "collapse", "2024-08-09"),
     M(R, "eight", N, "dead", 8, SAT, src=KCCA),
     M(R, "Saturday", D, "kcca_day", "2024-08-10"),
     M(R, "13 bodies", N, "dead", 13, SUN_AM, src=POL),
     M(R, "Sunday", D, "count13_day", "2024-08-11", occ=2),
     M(R, "14 people", N, "rescued", 14, SUN, qual="atleast", src=POL),
     M(R, "18", N, "dead", 18, SUN, src=RC),
     M(R, "Sunday", D, "rc18_day", "2024-08-11", occ=3),
     M(R, "1996", D, "opened", "1996"),
     M(R, "36 acres", N, "area", 36, qual="approx", cls="acre"),

     M(K, "24 orang", N, "dead", 24, MON, src=RC),
     M(K, "Senin (12/8/2024)", D, "rc24_day", "2024-08-12"),
     M(K, "21 jenazah", N, "dead", 21, SUN_PM, src=POL),
     M(K, "21 korban", N, "dead", 21, SUN_PM, src=POL),
     M(K, "12 laki-laki", N, "male", 12),
     M(K, "9 perempuan", N, "female", 9),
     M(K, "17 orang dewasa", N, "adults", 17),
     M(K, "4 anak-anak", N, "children", 4),
     M(K, "14 jenazah", N, "claimed", 14),
     M(K, "7 jenazah", N, "unclaimed", 7),
     M(K, "5 juta shilling", N, "comp_dead", 5000000, cls="ugx"),
     M(K, "1 juta shilling", N, "comp_injured", 1000000, cls="ugx"),
     M(K, "Senin", D, "pm_visit", "2024-08-12", occ=2),
     M(K, "200 meter", N, "radius", 200, cls="m"),
     M(K, "50 miliar shilling", N, "decommission", 50000000000, cls="ugx"),
     M(K, "1996", D, "opened", "1996"),
     M(K, "Jumat (9/8/2024)", D, "collapse", "2024-08-09"),

     M(AP, "26", N, "dead", 26, TUE, src=POL),
     M(AP, "39 people", N, "missing", 39, TUE, src=POL, fall=True),
     M(AP, "Two more bodies", N, "found_tue", 2),
     M(AP, "Tuesday", D, "count26_day", "2024-08-13"),
     M(AP, "35 people", N, "missing_residents", 35, TUE, src=POL),
     M(AP, "four", N, "missing_collectors", 4, TUE, src=POL),
     M(AP, "Tuesday", D, "rescued18_day", "2024-08-13", occ=2),
     M(AP, "18 people", N, "rescued", 18, TUE, src=GOV),
     M(AP, "Friday", D, "collapse", "2024-08-09"),
     M(AP, "five people", N, "arrested", 5),
     M(AP, "Tuesday", D, "arrests_day", "2024-08-13", occ=3),
     M(AP, "5 million shillings", N, "comp_dead", 5000000, cls="ugx"),
     M(AP, "about $1,300", N, "comp_dead_usd", 1300, qual="approx", cls="usd"),
     M(AP, "1 million shillings", N, "comp_injured", 1000000, cls="ugx"),
     M(AP, "about $270", N, "comp_injured_usd", 270, qual="approx", cls="usd"),
     M(AP, "nine", N, "dead", 9, SAT, src=KCCA, planted=True),
     M(AP, "Saturday", D, "kcca_day", "2024-08-10"),
     M(AP, "1996", D, "opened", "1996"),

     M(DT, "enam jenazah", N, "found_wed", 6),
     M(DT, "Rabu (14/8/2024)", D, "count30_day", "2024-08-14"),
     M(DT, "30 orang", N, "dead", 30, WED, src=POL),
     M(DT, "Selasa", D, "count26_day", "2024-08-13"),
     M(DT, "26 orang", N, "dead", 26, TUE, src=POL),
     M(DT, "39 orang", N, "missing", 39, TUE, src=POL, fall=True),
     M(DT, "35 warga", N, "missing_residents", 35, TUE, src=POL),
     M(DT, "empat", N, "missing_collectors", 4, TUE, src=POL),
     M(DT, "33 rumah", N, "homes", 33),
     M(DT, "Setidaknya 120 warga", N, "sheltered", 120, qual="atleast", fall=True),
     M(DT, "Jumat (9/8/2024)", D, "collapse", "2024-08-09"),

     M(AF, "10-member", N, "committee", 10),
     M(AF, "Thursday", D, "visit_day", "2024-10-03"),
     M(AF, "35 people", N, "dead", 35, FINAL, src=POL),
     M(AF, "Wednesday", D, "council_day", "2024-10-02"),
     M(AF, "1986", D, "opened", "1986", planted=True),
     M(AF, "30", N, "dead", 30, WED, src=POL),
     M(AF, "Wednesday, August 14", D, "count30_day", "2024-08-14"),
     M(AF, "34", N, "dead", 34, THU, src=POL),
     M(AF, "35", N, "missing", 35, THU, src=POL, fall=True, occ=2),
     M(AF, "August 15", D, "count34_day", "2024-08-15"),
     M(AF, "39", N, "missing", 39, TUE, src=POL, fall=True),
     M(AF, "100", N, "mp_estimate", 100),
     M(AF, "5 million shillings", N, "comp_dead", 5000000, cls="ugx"),
    ]
    build("kiteezi-landfill-2024", "The collapse of the Kiteezi landfill in Kampala, Uganda, late on Friday 9 August "
          "2024: the city authority's toll of 8 on Saturday 10 August; the police's 13 (Sunday morning) -> 21 (Sunday, "
          "still 21 on Monday) -> 26 (Tuesday 13) -> 30 (Wednesday 14) -> 34 (Thursday 15); the Red Cross's 18 "
          "(Sunday) -> 24 (Monday 12); 35 dead in all (recalled on 3 October); at least 14 rescued (police, Sunday) and 18 (the prime minister, Tuesday); "
          "39 missing (35 residents, four garbage collectors) falling to 35; payments of 5 million shillings per "
          "death and 1 million per injured person; the landfill opened in 1996", False, ms, names)


def rwanda():
    R, A, K, AP, T = "reuters-jul16", "antara-jul17", "kompas-jul19", "ap-aug12", "tempo-aug15"
    # the presidential count: partial on the night of Monday 15 July with 79% counted, then the full provisional
    # result of Thursday 18 July (upheld); the legislative count: partial with the ballots counted by Tuesday 16
    # July evening (announced on Wednesday 17), provisional on Thursday 18 July (final on 22 July, the same shares
    # and seats); the presidential shares of a count in progress may move both ways (fall=True), but the parties'
    # lower provisional shares are revisions of the partial figures: with 8,761,453 of the 8,901,453 valid votes
    # already counted, no party's share could fall by more than about 1.6% of itself (the PL's 10.97% to no less than
    # 10.76%), so 10.97 -> 8.66, 9.48 -> 8.62, 5.81 -> 4.61, 5.30 -> 4.56 and 5.26 -> 4.51 are
    # `revision`s (the RPF coalition's 62.67 -> 68.83, raised, an `update`)
    NIGHT, PART, PROV = "2024-07-15T22", "2024-07-16T20", "2024-07-18"
    NEC = "the National Electoral Commission"
    names = {
     "kagame_share": "Kagame's share", "counted_pres": "share of presidential ballots counted",
     "habineza_share": "Habineza's share", "mpayimana_share": "Mpayimana's share",
     "hours": "hours from the close of polls to the partial result", "registered": "registered voters",
     "kagame_2017": "Kagame's share in 2017", "age": "Kagame's age", "kazarwa_age": "Kazarwa's age",
     "counted_leg": "legislative votes counted", "rpf_votes": "votes for the RPF coalition",
     "pl_votes": "votes for the Liberal Party", "ind_votes": "votes for the independent",
     "valid_votes": "valid legislative votes", "rpf_share": "the RPF coalition's share", "pl_share": "the PL's share",
     "psd_share": "the PSD's share", "pdi_share": "the PDI's share", "dgpr_share": "the Green Party's share",
     "psi_share": "PS Imberakuri's share", "ind_share": "the independent's share", "threshold": "the threshold",
     "turnout": "turnout", "direct": "directly elected seats", "total": "seats in the Chamber of Deputies",
     "reserved": "reserved seats", "rpf_seats": "the RPF coalition's seats", "pl_seats": "the PL's seats",
     "psd_seats": "the PSD's seats", "pdi_seats": "the PDI's seats", "dgpr_seats": "the Green Party's seats",
     "psi_seats": "PS Imberakuri's seats", "term": "length of the presidential term",
     "speaker_ayes": "votes for Kazarwa", "nizeyimana_votes": "votes for Nizeyimana", "invalid": "invalid votes",
     "women_share": "women's share of the chamber", "women_prev": "women's share in the previous chamber",
     # dates
     "election": "day of the vote at home", "diaspora": "day of the vote abroad",
     "pres_partial_day": "day of the presidential partial result", "prov_deadline": "deadline of the provisional results",
     "final_deadline": "deadline of the final results", "y2017": "the previous election",
     "leg_partial_day": "day the legislative partial result was announced", "tally_day": "day of the legislative tally",
     "prov_day": "day of the provisional results", "kagame_since": "year Kagame became president",
     "inauguration": "day Kagame was sworn in", "final_results": "day of the final legislative results",
     "referendum": "year of the referendum", "until": "year the term limit ends", "genocide": "year of the genocide",
     "speaker_vote": "day of the speaker's election", "mukabalisa_since": "year Mukabalisa became speaker",
     "dissolution": "day the previous chamber was dissolved",
    }
    ms = [
     M(R, "99.15%", N, "kagame_share", 99.15, NIGHT, cls="pct", src=NEC, fall=True),
     M(R, "Monday", D, "election", "2024-07-15"),
     M(R, "79%", N, "counted_pres", 79, NIGHT, cls="pct"),
     M(R, "0.53%", N, "habineza_share", 0.53, NIGHT, cls="pct", src=NEC, fall=True),
     M(R, "0.32%", N, "mpayimana_share", 0.32, NIGHT, cls="pct", src=NEC, fall=True),
     M(R, "seven hours", N, "hours", 7, qual="approx", cls="dur"),
     M(R, "Sunday", D, "diaspora", "2024-07-14"),
     M(R, "about 9 million", N, "registered", 9000000, qual="approx"),
     M(R, "66", N, "age", 66, cls="age"),
     M(R, "98.79%", N, "kagame_2017", 98.79, cls="pct"),
     M(R, "2017", D, "y2017", "2017"),
     M(R, "July 20", D, "prov_deadline", "2024-07-20"),
     M(R, "July 27", D, "final_deadline", "2024-07-27"),

     M(A, "62,67 persen", N, "rpf_share", 62.67, PART, cls="pct", src=NEC, fall=True),
     M(A, "Rabu (17/7/2024)", D, "leg_partial_day", "2024-07-17"),
     M(A, "Selasa", D, "tally_day", "2024-07-16"),
     M(A, "8.761.453", N, "counted_leg", 8761453, PART),
     M(A, "9.071.157", N, "registered", 9071157),
     M(A, "5.471.104", N, "rpf_votes", 5471104, PART, src=NEC, fall=True),
     M(A, "957.602", N, "pl_votes", 957602, PART, src=NEC, fall=True),
     M(A, "10,97 persen", N, "pl_share", 10.97, PART, cls="pct", src=NEC),
     M(A, "9,48 persen", N, "psd_share", 9.48, PART, cls="pct", src=NEC),
     M(A, "5,81 persen", N, "pdi_share", 5.81, PART, cls="pct", src=NEC),
     M(A, "5,30 persen", N, "dgpr_share", 5.30, PART, cls="pct", src=NEC),
     M(A, "5,26 persen", N, "psi_share", 5.26, PART, cls="pct", src=NEC),
     M(A, "44.881", N, "ind_votes", 44881, PART, src=NEC, fall=True),
     M(A, "0,51 persen", N, "ind_share", 0.51, PART, cls="pct", src=NEC),
     M(A, "5 persen", N, "threshold", 5, cls="pct"),
     M(A, "53", N, "direct", 53),
     M(A, "80 kursi", N, "total", 80),
     M(A, "27 kursi", N, "reserved", 27),
     M(A, "Senin", D, "pres_partial_day", "2024-07-15"),
     M(A, "99,15 persen", N, "kagame_share", 99.15, NIGHT, cls="pct", src=NEC, fall=True),
     M(A, "Senin (15/7/2024)", D, "election", "2024-07-15"),
     M(A, "20 Juli", D, "prov_deadline", "2024-07-20"),

     M(K, "99,18 persen", N, "kagame_share", 99.18, PROV, cls="pct", src=NEC, fall=True),
     M(K, "Kamis (18/7/2024)", D, "prov_day", "2024-07-18"),
     M(K, "98,20 persen", N, "turnout", 98.20, cls="pct"),
     M(K, "sekitar 9 juta", N, "registered", 9000000, qual="approx"),
     M(K, "68,83 persen", N, "rpf_share", 68.83, PROV, cls="pct", src=NEC, fall=True),
     M(K, "8.901.453", N, "valid_votes", 8901453),
     M(K, "8,66 persen", N, "pl_share", 8.66, PROV, cls="pct", src=NEC),
     M(K, "8,62 persen", N, "psd_share", 8.62, PROV, cls="pct", src=NEC),
     M(K, "4,61 persen", N, "pdi_share", 4.61, PROV, cls="pct", src=NEC),
     M(K, "4,56 persen", N, "dgpr_share", 4.56, PROV, cls="pct", src=NEC),
     M(K, "4,51 persen", N, "psi_share", 4.51, PROV, cls="pct", src=NEC),
     M(K, "5 persen", N, "threshold", 5, cls="pct"),
     M(K, "37 kursi", N, "rpf_seats", 37, PROV, src=NEC, fall=True),
     M(K, "5 kursi", N, "pl_seats", 5, PROV, src=NEC, fall=True, also=(("psd_seats", 5),)),
     M(K, "2 kursi", N, "pdi_seats", 2, PROV, src=NEC, fall=True, also=(("dgpr_seats", 2), ("psi_seats", 2))),
     M(K, "53 kursi", N, "direct", 53),
     M(K, "27 kursi", N, "reserved", 27),
     M(K, "80 kursi", N, "total", 80),
     M(K, "27 Juli", D, "final_deadline", "2024-07-27"),
     M(K, "66 tahun", N, "age", 66, cls="age"),
     M(K, "2000", D, "kagame_since", "2000"),

     M(AP, "Sunday", D, "inauguration", "2024-08-11"),
     M(AP, "66", N, "age", 66, cls="age"),
     M(AP, "July 15", D, "election", "2024-07-15"),
     M(AP, "99.18%", N, "kagame_share", 99.18, PROV, cls="pct", src=NEC, fall=True),
     M(AP, "98.2%", N, "turnout", 98.2, cls="pct"),
     M(AP, "37", N, "rpf_seats", 37, PROV, src=NEC, fall=True),
     M(AP, "53", N, "direct", 53),
     M(AP, "80-member", N, "total", 80),
     M(AP, "July 22", D, "final_results", "2024-07-22"),
     M(AP, "five years", N, "term", 5, cls="dur"),
     M(AP, "2015", D, "referendum", "2015"),
     M(AP, "2034", D, "until", "2034"),
     M(AP, "1994", D, "genocide", "1994"),
     M(AP, "2000", D, "kagame_since", "2000"),

     M(T, "Rabu (14/8/2024)", D, "speaker_vote", "2024-08-14"),
     M(T, "80", N, "total", 80),
     M(T, "59 tahun", N, "kazarwa_age", 59, cls="age"),
     M(T, "73 suara", N, "speaker_ayes", 73),
     M(T, "5 suara", N, "nizeyimana_votes", 5),
     M(T, "2 suara", N, "invalid", 2),
     M(T, "2013", D, "mukabalisa_since", "2013"),
     M(T, "63,75 persen", N, "women_share", 63.75, cls="pct"),
     M(T, "sekitar 61 persen", N, "women_prev", 61, qual="approx", cls="pct"),
     M(T, "37", N, "rpf_seats", 37, PROV, src=NEC, fall=True),
     M(T, "53 kursi", N, "direct", 53),
     M(T, "15 Juli", D, "election", "2024-07-15"),
     M(T, "22 Juli", D, "final_results", "2024-07-22"),
     M(T, "Minggu (12/8/2024)", D, "inauguration", "2024-08-12", planted=True),
     M(T, "99,18 persen", N, "kagame_share", 99.18, PROV, cls="pct", src=NEC, fall=True),
     M(T, "14 Juni", D, "dissolution", "2024-06-14"),
    ]
    build("rwanda-election-2024", "Rwanda's presidential and legislative elections (abroad Sunday 14 July, at home "
          "Monday 15 July 2024): Kagame's 99.15% (Habineza 0.53%, Mpayimana 0.32%) with 79% counted on the night -> "
          "99.18% in the full provisional result of Thursday 18 July, turnout 98.20% of about 9 million (9,071,157) "
          "registered; the legislative partial count announced on Wednesday 17 July (RPF coalition 62.67%, PL 10.97%, "
          "PSD 9.48%, PDI 5.81%, Green Party 5.30%, PS Imberakuri 5.26%) -> provisional 68.83% / 8.66% / 8.62% / "
          "4.61% / 4.56% / 4.51% of 8,901,453 valid votes, seats 37 / 5 / 5 / 2 / 2 / 2 of the 53 directly elected "
          "(80 in all), final results on 22 July; Kagame sworn in on Sunday 11 August; Gertrude Kazarwa elected "
          "speaker by 73 votes (Nizeyimana 5, two invalid) on Wednesday 14 August 2024", False, ms, names)


def ethiopia():
    R, AF, B, K = "reuters-jul30", "afp-jul29", "bisnis-jul31", "kontan-aug01"
    names = {
     "loan": "the loan's size (US$ million)", "immediate": "the immediate disbursement (US$ million)",
     "sdr": "the loan's size (SDR million)", "term": "the programme's length", "birr_fall": "the birr's fall",
     "debt": "external debt (US$ million)", "coupon": "the missed coupon (US$ million)",
     "eurobond": "the Eurobond's size (US$ million)", "package": "the external financing sought (US$ million)",
     # dates
     "decision": "day of the board's approval", "default": "month of the default",
    }
    ms = [
     M(R, "Monday", D, "decision", "2024-07-29"),
     M(R, "four-year", N, "term", 48, qual="unit", cls="dur"),
     M(R, "$3.4 billion", N, "loan", 3400, cls="usd"),
     M(R, "about $1 billion", N, "immediate", 1000, qual="approx", cls="usd"),
     M(R, "SDR 2.556 billion", N, "sdr", 2556, cls="sdr"),
     M(R, "about 30%", N, "birr_fall", 30, qual="approx", cls="pct"),
     M(R, "about $28 billion", N, "debt", 28000, qual="approx", cls="usd"),
     M(R, "December 2023", D, "default", "2023-12"),
     M(R, "$33 million", N, "coupon", 33, cls="usd"),
     M(R, "$1 billion", N, "eurobond", 1000, cls="usd", occ=2),
     M(R, "at least $10.5 billion", N, "package", 10500, qual="atleast", cls="usd"),

     M(AF, "48-month", N, "term", 48, cls="dur"),
     M(AF, "around $3.4 billion", N, "loan", 3400, qual="approx", cls="usd"),
     M(AF, "around $1 billion", N, "immediate", 1000, qual="approx", cls="usd"),
     M(AF, "Monday", D, "decision", "2024-07-29"),
     M(AF, "SDR 2.556 billion", N, "sdr", 2556, cls="sdr"),
     M(AF, "around 30%", N, "birr_fall", 30, qual="approx", cls="pct"),
     M(AF, "roughly $28 billion", N, "debt", 28000, qual="approx", cls="usd"),
     M(AF, "at least $10.5 billion", N, "package", 10500, qual="atleast", cls="usd"),
     M(AF, "December 2023", D, "default", "2023-12"),
     M(AF, "$33 million", N, "coupon", 33, cls="usd"),

     M(B, "empat tahun", N, "term", 48, qual="unit", cls="dur"),
     M(B, "US$3,4 miliar", N, "loan", 3400, cls="usd"),
     M(B, "Senin (29/7/2024)", D, "decision", "2024-07-29"),
     M(B, "SDR 2,556 miliar", N, "sdr", 2556, cls="sdr"),
     M(B, "sekitar US$1 miliar", N, "immediate", 1000, qual="approx", cls="usd"),
     M(B, "sekitar 30%", N, "birr_fall", 30, qual="approx", cls="pct"),
     M(B, "sekitar US$28 miliar", N, "debt", 28000, qual="approx", cls="usd"),
     M(B, "US$33 juta", N, "coupon", 33, cls="usd"),
     M(B, "Desember 2023", D, "default", "2023-12"),
     M(B, "US$1 miliar", N, "eurobond", 1000, cls="usd", occ=2),
     M(B, "setidaknya US$10,5 miliar", N, "package", 10500, qual="atleast", cls="usd"),

     M(K, "48 bulan", N, "term", 48, cls="dur"),
     M(K, "sekitar US$3,4 miliar", N, "loan", 3400, qual="approx", cls="usd"),
     M(K, "SDR 2,556 miliar", N, "sdr", 2556, cls="sdr"),
     M(K, "29 Juli 2024", D, "decision", "2024-07-29"),
     M(K, "sekitar US$1 miliar", N, "immediate", 1000, qual="approx", cls="usd"),
     M(K, "sekitar 30 persen", N, "birr_fall", 30, qual="approx", cls="pct"),
     M(K, "sekitar US$28 miliar", N, "debt", 28000, qual="approx", cls="usd"),
     M(K, "Desember 2023", D, "default", "2023-12"),
     M(K, "setidaknya US$10,5 miliar", N, "package", 10500, qual="atleast", cls="usd"),
    ]
    build("ethiopia-imf-2024", "The IMF executive board's approval (control) of Monday 29 July 2024 of a 48-month "
          "(four-year) Extended Credit Facility arrangement for Ethiopia of SDR 2.556 billion (about US$3.4 billion), "
          "about US$1 billion available at once, the same day the birr was let float and fell about 30%; Ethiopia's "
          "external debt of about US$28 billion, its default of December 2023 on a US$33 million coupon of its US$1 "
          "billion Eurobond, a package of at least US$10.5 billion sought from external lenders. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    kiteezi()
    rwanda()
    ethiopia()
