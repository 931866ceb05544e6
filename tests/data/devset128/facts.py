"""The hundred-and-twenty-eighth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset128/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def gjerdrum():
    R, K, AP, DT, T = "reuters-dec30", "kompas-dec31", "ap-jan02", "detik-jan05", "tempo-feb10"
    # the police's running tallies: the list of people unaccounted for on Wednesday 30 December (26 early in the
    # morning, 21 as darkness fell, 10 at night: lowered as people turned out to be away, so a revision, not a count
    # that may fall), the people evacuated (about 700 on Wednesday evening, about 1,000 from Thursday 31 December;
    # people went home later, so it may fall), the dead (the bodies found: 1 on Friday 1 January, 4 on Saturday
    # night, 7 by Monday 4 January; 10 from Tuesday 5 January with three presumed dead), the bodies recovered (9 on
    # Tuesday 9 February) and the people still missing after the first body was found (9 on Saturday morning, 6 on
    # Saturday night, 3 on Monday and Tuesday, 1 from 9 February: a count that may fall as bodies are found)
    W04, W16, W18, W22, THU, SATAM, SAT, SATPM, MON, TUE, FEB9 = (
        "2020-12-30T04", "2020-12-30T16", "2020-12-30T18", "2020-12-30T22", "2020-12-31", "2021-01-02T09",
        "2021-01-02", "2021-01-02T20", "2021-01-04", "2021-01-05", "2021-02-09")
    names = {
     "unaccounted": "people on the police's list of the unaccounted for on Wednesday",
     "missing": "people still missing after the first body was found", "injured": "people injured",
     "dead": "people dead", "bodies": "bodies recovered", "evacuated": "people evacuated",
     "distance": "distance from Oslo", "length": "length of the slide", "width": "width of the slide",
     "depth": "depth of the debris over the last bodies found", "population": "the village's population",
     "buildings": "buildings destroyed", "homes": "homes destroyed", "age_child": "the youngest victim's age",
     "age_girl": "the teenage victim's age", "age_mother": "her mother's age",
     # dates
     "slide_day": "day of the landslide", "evac700_day": "day of the count of about 700 evacuated",
     "evac1000_day": "day of the count of about 1,000 evacuated", "first_body_day": "day the first body was found",
     "second_body_day": "day the second body was found", "finds34_day": "day the third and fourth bodies were found",
     "names_day": "day the names of the missing were published", "missing9_day": "day of the count of nine missing",
     "king_visit": "day of the king's visit", "count7_day": "day of the count of seven dead",
     "presumed_day": "day the missing were presumed dead", "two_bodies_day": "day the eighth and ninth bodies were found",
    }
    ms = [
     M(R, "Wednesday", D, "slide_day", "2020-12-30"),
     M(R, "10 people", N, "injured", 10),
     M(R, "21", N, "unaccounted", 21, W16),
     M(R, "about 25 km", N, "distance", 25, qual="approx", cls="km"),
     M(R, "About 700 people", N, "evacuated", 700, W18, qual="approx", fall=True),
     M(R, "Wednesday evening", D, "evac700_day", "2020-12-30"),
     M(R, "roughly 700 metres", N, "length", 700, qual="approx", cls="m"),
     M(R, "300 metres", N, "width", 300, qual="approx", cls="m"),

     M(K, "Rabu (30/12/2020)", D, "slide_day", "2020-12-30"),
     M(K, "26 orang", N, "unaccounted", 26, W04),
     M(K, "10 orang", N, "unaccounted", 10, W22),
     M(K, "Sepuluh orang", N, "injured", 10),
     M(K, "sekitar 1.000 orang", N, "evacuated", 1000, THU, qual="approx", fall=True),
     M(K, "Kamis (31/12/2020)", D, "evac1000_day", "2020-12-31"),
     M(K, "sekitar 700 orang", N, "evacuated", 700, W18, qual="approx", fall=True),
     M(K, "sekitar 5.000 jiwa", N, "population", 5000, qual="approx"),
     M(K, "sekitar 25 kilometer", N, "distance", 25, qual="approx", cls="km"),
     M(K, "Sedikitnya sembilan bangunan", N, "buildings", 9, qual="atleast"),
     M(K, "lebih dari 30 rumah", N, "homes", 30, qual="morethan"),

     M(AP, "Saturday evening", D, "finds34_day", "2021-01-02"),
     M(AP, "four", N, "dead", 4, SATPM, also=(("bodies", 4),)),
     M(AP, "Friday afternoon", D, "first_body_day", "2021-01-01"),
     M(AP, "early on Saturday", D, "second_body_day", "2021-01-02"),
     M(AP, "six people", N, "missing", 6, SATPM, fall=True),
     M(AP, "Friday night", D, "names_day", "2021-01-01"),
     M(AP, "10 people", N, "unaccounted", 10, W22),
     M(AP, "2-year-old", N, "age_child", 2, cls="age"),
     M(AP, "13-year-old", N, "age_girl", 13, cls="age"),
     M(AP, "nine people", N, "missing", 9, SATAM, fall=True),
     M(AP, "Saturday morning", D, "missing9_day", "2021-01-02"),
     M(AP, "Wednesday", D, "slide_day", "2020-12-30"),
     M(AP, "about 25 kilometers", N, "distance", 25, qual="approx", cls="km"),
     M(AP, "at least nine buildings", N, "buildings", 9, qual="atleast"),
     M(AP, "more than 30 homes", N, "homes", 30, qual="morethan"),
     M(AP, "Ten people", N, "injured", 10),
     M(AP, "About 1,000 people", N, "evacuated", 1000, SAT, qual="approx", fall=True),
     M(AP, "Sunday", D, "king_visit", "2021-01-03"),

     M(DT, "Selasa (5/1/2021)", D, "presumed_day", "2021-01-05"),
     M(DT, "tiga orang", N, "missing", 3, TUE, fall=True),
     M(DT, "10 orang", N, "dead", 10, TUE),
     M(DT, "Senin (4/1/2021)", D, "count7_day", "2021-01-04"),
     M(DT, "tujuh jenazah", N, "dead", 7, MON, also=(("bodies", 7),)),
     M(DT, "2 tahun", N, "age_child", 2, cls="age"),
     M(DT, "Rabu (30/12/2020)", D, "slide_day", "2020-12-30"),
     M(DT, "sembilan bangunan", N, "buildings", 9),
     M(DT, "12 orang", N, "injured", 12, planted=True),
     M(DT, "Lebih dari 1.000 warga", N, "evacuated", 1000, TUE, qual="morethan", fall=True),
     M(DT, "Minggu (3/1/2021)", D, "king_visit", "2021-01-03"),

     M(T, "Selasa (9/2/2021)", D, "two_bodies_day", "2021-02-09"),
     M(T, "50 tahun", N, "age_mother", 50, cls="age"),
     M(T, "13 tahun", N, "age_girl", 13, cls="age"),
     M(T, "sekitar dua meter", N, "depth", 2, qual="approx", cls="m"),
     M(T, "sembilan jenazah", N, "bodies", 9, FEB9),
     M(T, "Satu korban", N, "missing", 1, FEB9, fall=True),
     M(T, "10 orang", N, "dead", 10, FEB9),
     M(T, "Tujuh jenazah", N, "dead", 7, MON, also=(("bodies", 7),)),
     M(T, "30 Desember 2020", D, "slide_day", "2020-12-30"),
     M(T, "sembilan bangunan", N, "buildings", 9),
     M(T, "sepuluh orang", N, "injured", 10),
     M(T, "Sekitar 1.000 warga", N, "evacuated", 1000, THU, qual="approx", fall=True),
    ]
    build("gjerdrum-landslide-2020", "The quick clay landslide at Ask in Gjerdrum, Norway, early on Wednesday 30 "
          "December 2020: the police's list of the unaccounted for lowered from 26 to 21 to 10 that day (revisions); "
          "10 injured, one seriously; about 700 evacuated on Wednesday evening, about 1,000 from Thursday; the first "
          "body found on Friday 1 January 2021, four dead and six missing on Saturday night (nine missing that "
          "morning), seven bodies by Monday 4 January, the three still missing presumed dead and the toll set at 10 "
          "on Tuesday 5 January; the king's visit on Sunday 3 January; the eighth and ninth bodies found on Tuesday 9 "
          "February, one woman still missing; a slide about 700 by 300 metres, at least nine buildings with more than "
          "30 homes, about 25 km from Oslo", False, ms, names)


def greenland():
    R, K, AP, AT, T = "reuters-apr07", "kompas-apr08", "ap-apr17", "arctictoday-apr23", "tempo-apr30"
    # the count: early on Wednesday 7 April (68 of 72 polling stations approved; AP's tally, rounded, with nearly all
    # votes counted) and the official results later that day (the two tallies' shares are `sources`); shares and
    # seats of a count in progress may move both ways (fall=True)
    NIGHT, FIN = "2021-04-07T06", "2021-04-07T12"
    OFF, APT = "the official results", "AP's tally"
    names = {
     "ia_share": "IA's share", "siu_share": "Siumut's share", "nal_share": "Naleraq's share",
     "dem_share": "the Democrats' share", "ata_share": "Atassut's share", "ia_seats": "IA's seats",
     "siu_seats": "Siumut's seats", "nal_seats": "Naleraq's seats", "dem_seats": "the Democrats' seats",
     "ata_seats": "Atassut's seats", "ia_share2018": "IA's share in 2018", "ia_seats2018": "IA's seats in 2018",
     "dem_share2018": "the Democrats' share in 2018", "dem_seats2018": "the Democrats' seats in 2018",
     "assembly": "seats in the Inatsisartut", "majority": "seats needed for a majority",
     "coalition": "the coalition's seats", "stations_counted": "polling stations approved",
     "stations": "polling stations", "eligible": "eligible voters", "voters": "people who voted",
     "turnout": "turnout", "candidates": "candidates", "age": "Egede's age", "egede_votes": "Egede's personal votes",
     "kielsen_votes": "Kielsen's personal votes", "cabinet": "members of the new government",
     "population": "Greenland's population", "ayes": "votes for Egede as head of government",
     "abstain": "abstentions in the vote on Egede", "present": "members present at the vote",
     # dates
     "election": "day of the election", "results_day": "day of the results", "y2018": "the previous election",
     "home_rule": "year home rule began", "ia_gov_from": "year IA's earlier government began",
     "ia_gov_to": "year IA's earlier government ended", "coalition_day": "day the coalition was agreed",
     "approval_day": "day Egede was confirmed", "collapse": "month the previous coalition fell apart",
     "kielsen_since": "year Kielsen took office",
    }
    ms = [
     M(R, "Tuesday", D, "election", "2021-04-06"),
     M(R, "Wednesday", D, "results_day", "2021-04-07"),
     M(R, "68", N, "stations_counted", 68, NIGHT),
     M(R, "72 polling stations", N, "stations", 72),
     M(R, "36.6%", N, "ia_share", 36.6, FIN, cls="pct", src=OFF, fall=True),
     M(R, "12 seats", N, "ia_seats", 12, FIN, fall=True),
     M(R, "31-seat", N, "assembly", 31),
     M(R, "25.5%", N, "ia_share2018", 25.5, cls="pct"),
     M(R, "eight seats", N, "ia_seats2018", 8),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "1979", D, "home_rule", "1979"),
     M(R, "29.4%", N, "siu_share", 29.4, FIN, cls="pct", src=OFF, fall=True),
     M(R, "10 seats", N, "siu_seats", 10, FIN, fall=True),
     M(R, "four seats", N, "nal_seats", 4, FIN, fall=True),
     M(R, "three seats", N, "dem_seats", 3, FIN, fall=True),
     M(R, "two seats", N, "ata_seats", 2, FIN, fall=True),
     M(R, "16 seats", N, "majority", 16),
     M(R, "34", N, "age", 34, cls="age"),
     M(R, "41,126", N, "eligible", 41126),
     M(R, "27,079", N, "voters", 27079),
     M(R, "3,380", N, "egede_votes", 3380),
     M(R, "1,841", N, "kielsen_votes", 1841),
     M(R, "2009", D, "ia_gov_from", "2009"),
     M(R, "2013", D, "ia_gov_to", "2013"),

     M(K, "Selasa (6/4/2021)", D, "election", "2021-04-06"),
     M(K, "Rabu pagi", D, "results_day", "2021-04-07"),
     M(K, "68", N, "stations_counted", 68, NIGHT),
     M(K, "72 tempat pemungutan suara", N, "stations", 72),
     M(K, "sekitar 37 persen", N, "ia_share", 37, NIGHT, qual="approx", cls="pct", src=APT, fall=True),
     M(K, "sekitar 29 persen", N, "siu_share", 29, NIGHT, qual="approx", cls="pct", src=APT, fall=True),
     M(K, "36,6 persen", N, "ia_share", 36.6, FIN, cls="pct", src=OFF, fall=True),
     M(K, "12 kursi", N, "ia_seats", 12, FIN, fall=True),
     M(K, "31 kursi", N, "assembly", 31),
     M(K, "29,4 persen", N, "siu_share", 29.4, FIN, cls="pct", src=OFF, fall=True),
     M(K, "10 kursi", N, "siu_seats", 10, FIN, fall=True),
     M(K, "12 persen", N, "nal_share", 12, FIN, cls="pct", fall=True),
     M(K, "4 kursi", N, "nal_seats", 4, FIN, fall=True),
     M(K, "9,1 persen", N, "dem_share", 9.1, FIN, cls="pct", fall=True),
     M(K, "3 kursi", N, "dem_seats", 3, FIN, fall=True),
     M(K, "6,9 persen", N, "ata_share", 6.9, FIN, cls="pct", fall=True),
     M(K, "2 kursi", N, "ata_seats", 2, FIN, fall=True),
     M(K, "2018", D, "y2018", "2018"),
     M(K, "19,5 persen", N, "dem_share2018", 19.5, cls="pct"),
     M(K, "6 kursi", N, "dem_seats2018", 6),
     M(K, "16 kursi", N, "majority", 16),
     M(K, "189 kandidat", N, "candidates", 189),
     M(K, "sekitar 41.000 warga", N, "eligible", 41000, qual="approx"),
     M(K, "34 tahun", N, "age", 34, cls="age"),
     M(K, "3.380 suara", N, "egede_votes", 3380),

     M(AP, "April 7", D, "election", "2021-04-07", planted=True),
     M(AP, "Friday", D, "coalition_day", "2021-04-16"),
     M(AP, "16 seats", N, "coalition", 16),
     M(AP, "31-seat", N, "assembly", 31),
     M(AP, "34", N, "age", 34, cls="age"),
     M(AP, "two seats", N, "ata_seats", 2, FIN, fall=True),
     M(AP, "10 members", N, "cabinet", 10),
     M(AP, "12 seats", N, "ia_seats", 12, FIN, fall=True),
     M(AP, "36.6%", N, "ia_share", 36.6, FIN, cls="pct", src=OFF, fall=True),
     M(AP, "four seats", N, "nal_seats", 4, FIN, fall=True),
     M(AP, "65.8%", N, "turnout", 65.8, cls="pct"),
     M(AP, "1979", D, "home_rule", "1979"),
     M(AP, "2009", D, "ia_gov_from", "2009"),
     M(AP, "2013", D, "ia_gov_to", "2013"),
     M(AP, "10 seats", N, "siu_seats", 10, FIN, fall=True),
     M(AP, "about 56,000 people", N, "population", 56000, qual="approx"),

     M(AT, "Friday", D, "approval_day", "2021-04-23"),
     M(AT, "April 6", D, "election", "2021-04-06"),
     M(AT, "Twenty members", N, "ayes", 20),
     M(AT, "nine abstained", N, "abstain", 9),
     M(AT, "30 members", N, "present", 30),
     M(AT, "16 seats", N, "coalition", 16),
     M(AT, "31-member", N, "assembly", 31),
     M(AT, "two members", N, "ata_seats", 2, FIN, fall=True),
     M(AT, "34", N, "age", 34, cls="age"),
     M(AT, "36.6%", N, "ia_share", 36.6, FIN, cls="pct", src=OFF, fall=True),
     M(AT, "12 seats", N, "ia_seats", 12, FIN, fall=True),
     M(AT, "February", D, "collapse", "2021-02"),

     M(T, "Jumat (23/4/2021)", D, "approval_day", "2021-04-23"),
     M(T, "6 April", D, "election", "2021-04-06"),
     M(T, "21 anggota parlemen", N, "ayes", 21, planted=True),
     M(T, "sembilan abstain", N, "abstain", 9),
     M(T, "30", N, "present", 30),
     M(T, "31 anggota", N, "assembly", 31),
     M(T, "34 tahun", N, "age", 34, cls="age"),
     M(T, "16 April", D, "coalition_day", "2021-04-16"),
     M(T, "16 kursi", N, "coalition", 16),
     M(T, "12 kursi", N, "ia_seats", 12, FIN, fall=True),
     M(T, "4 kursi", N, "nal_seats", 4, FIN, fall=True),
     M(T, "2014", D, "kielsen_since", "2014"),
    ]
    build("greenland-election-2021", "Greenland's snap parliamentary election of Tuesday 6 April 2021: early on "
          "Wednesday 7 April, with 68 of 72 polling stations approved, AP's tally of Inuit Ataqatigiit about 37% and "
          "Siumut about 29%; the official results: IA 36.6% and 12 of the 31 seats (25.5% and 8 in 2018), Siumut 29.4% and 10, "
          "Naleraq 12% and 4, the Democrats 9.1% and 3 (19.5% and 6 in 2018), Atassut 6.9% and 2; 16 seats for a "
          "majority; 27,079 of 41,126 voters, a turnout of 65.8%; Egede's 3,380 personal votes; the IA-Naleraq "
          "coalition of 16 seats agreed on Friday 16 April; Egede confirmed by the Inatsisartut on Friday 23 April by "
          "20 votes with nine abstentions and 30 members present", False, ms, names)


def nationalbank():
    R, L, B, K = "reuters-sep08", "thelocal-sep09", "bisnis-sep10", "kontan-sep12"
    names = {
     "hike": "size of the Nationalbank's increase", "rate": "the new current account and certificate of deposit rate",
     "prev": "the current account and certificate of deposit rate before", "lending": "the new lending rate",
     "lending_prev": "the lending rate before", "ecb_hike": "size of the ECB's increase",
     "ecb_deposit": "the ECB's new deposit rate", "ecb_mro": "the ECB's new main refinancing rate",
     "spread": "the gap to the ECB's deposit rate", "peg": "the krone's central rate per euro",
     "band": "the krone's fluctuation band", "july_hike": "size of July's increase",
     "july_prev": "the rate before July's increase",
     # dates
     "decision": "day of the decision", "ecb_day": "day of the ECB's decision", "effective": "day the rates take effect",
     "july": "day of July's increase", "neg_start": "year negative rates were introduced",
    }
    ms = [
     M(R, "75 basis points", N, "hike", 75, cls="bp"),
     M(R, "0.65%", N, "rate", 0.65, cls="pct"),
     M(R, "Thursday", D, "decision", "2022-09-08"),
     M(R, "2012", D, "neg_start", "2012"),
     M(R, "0.65%", N, "rate", 0.65, cls="pct", occ=2),
     M(R, "-0.1%", N, "prev", -0.1, cls="pct"),
     M(R, "0.8%", N, "lending", 0.8, cls="pct"),
     M(R, "0.05%", N, "lending_prev", 0.05, cls="pct"),
     M(R, "Thursday", D, "ecb_day", "2022-09-08", occ=2),
     M(R, "75 basis points", N, "ecb_hike", 75, cls="bp", occ=2),
     M(R, "0.75%", N, "ecb_deposit", 0.75, cls="pct"),
     M(R, "1.25%", N, "ecb_mro", 1.25, cls="pct"),
     M(R, "Friday", D, "effective", "2022-09-09"),
     M(R, "0.1 percentage point", N, "spread", 10, qual="unit", cls="bp"),
     M(R, "7.46038", N, "peg", 7.46038, cls="fx"),
     M(R, "2.25%", N, "band", 2.25, cls="pct"),
     M(R, "July 21", D, "july", "2022-07-21"),
     M(R, "50 basis points", N, "july_hike", 50, cls="bp"),
     M(R, "-0.6%", N, "july_prev", -0.6, cls="pct"),

     M(L, "Thursday", D, "decision", "2022-09-08"),
     M(L, "0.75 percentage points", N, "hike", 75, qual="unit", cls="bp"),
     M(L, "0.65 percent", N, "rate", 0.65, cls="pct"),
     M(L, "0.5 percentage points", N, "july_hike", 50, qual="unit", cls="bp"),
     M(L, "July", D, "july", "2022-07"),
     M(L, "minus 0.1 percent", N, "prev", -0.1, cls="pct"),
     M(L, "0.65 percent", N, "rate", 0.65, cls="pct", occ=2),
     M(L, "0.05 percent", N, "lending_prev", 0.05, cls="pct"),
     M(L, "0.8 percent", N, "lending", 0.8, cls="pct"),
     M(L, "Friday, September 9th", D, "effective", "2022-09-09"),
     M(L, "Thursday", D, "ecb_day", "2022-09-08", occ=2),
     M(L, "0.75 percentage points", N, "ecb_hike", 75, qual="unit", cls="bp", occ=2),
     M(L, "0.75 percent", N, "ecb_deposit", 0.75, cls="pct"),
     M(L, "1.25 percent", N, "ecb_mro", 1.25, cls="pct"),
     M(L, "0.1 percentage points", N, "spread", 10, qual="unit", cls="bp"),
     M(L, "2012", D, "neg_start", "2012"),
     M(L, "7.46038", N, "peg", 7.46038, cls="fx"),

     M(B, "75 basis poin", N, "hike", 75, cls="bp"),
     M(B, "0,65%", N, "rate", 0.65, cls="pct"),
     M(B, "Kamis (8/9/2022)", D, "decision", "2022-09-08"),
     M(B, "2012", D, "neg_start", "2012"),
     M(B, "-0,1%", N, "prev", -0.1, cls="pct"),
     M(B, "0,65%", N, "rate", 0.65, cls="pct", occ=2),
     M(B, "0,8%", N, "lending", 0.8, cls="pct"),
     M(B, "0,05%", N, "lending_prev", 0.05, cls="pct"),
     M(B, "75 basis poin", N, "ecb_hike", 75, cls="bp", occ=2),
     M(B, "0,75%", N, "ecb_deposit", 0.75, cls="pct"),
     M(B, "1,25%", N, "ecb_mro", 1.25, cls="pct"),
     M(B, "Jumat (9/9/2022)", D, "effective", "2022-09-09"),
     M(B, "0,1 poin persentase", N, "spread", 10, qual="unit", cls="bp"),
     M(B, "7,46038", N, "peg", 7.46038, cls="fx"),
     M(B, "2,25%", N, "band", 2.25, cls="pct"),
     M(B, "21 Juli 2022", D, "july", "2022-07-21"),
     M(B, "50 basis poin", N, "july_hike", 50, cls="bp"),
     M(B, "-0,6%", N, "july_prev", -0.6, cls="pct"),

     M(K, "0,75 poin persentase", N, "hike", 75, qual="unit", cls="bp"),
     M(K, "0,65 persen", N, "rate", 0.65, cls="pct"),
     M(K, "Kamis, 8 September 2022", D, "decision", "2022-09-08"),
     M(K, "0,65 persen", N, "rate", 0.65, cls="pct", occ=2),
     M(K, "0,8 persen", N, "lending", 0.8, cls="pct"),
     M(K, "0,75 persen", N, "ecb_deposit", 0.75, cls="pct"),
     M(K, "1,25 persen", N, "ecb_mro", 1.25, cls="pct"),
     M(K, "9 September 2022", D, "effective", "2022-09-09"),
     M(K, "minus 0,1 persen", N, "prev", -0.1, cls="pct"),
     M(K, "50 basis poin", N, "july_hike", 50, cls="bp"),
     M(K, "Juli 2022", D, "july", "2022-07"),
     M(K, "2012", D, "neg_start", "2012"),
     M(K, "7,46038", N, "peg", 7.46038, cls="fx"),
     M(K, "2,25 persen", N, "band", 2.25, cls="pct"),
    ]
    build("nationalbank-rate-2022", "Danmarks Nationalbank's rate decision (control) of Thursday 8 September 2022: "
          "the current account and certificate of deposit rates raised 75 basis points from -0.1% to 0.65%, the "
          "lending rate from 0.05% to 0.8%, effective Friday 9 September; the consequence of the ECB's increase the "
          "same day (its deposit rate up 75 basis points to 0.75%, its main refinancing rate to 1.25%), the gap of 0.1 "
          "percentage point unchanged; July 21's increase of 50 basis points from -0.6%; negative rates introduced in "
          "2012; the krone's central rate of 7.46038 per euro with a band of 2.25%. Zero conflicts expected.", True,
          ms, names)


if __name__ == "__main__":
    gjerdrum()
    greenland()
    nationalbank()
