"""The hundred-and-eighteenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset118/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def joburg():
    R1, K, R3, DT, AP = "reuters-aug31", "kompas-sep01", "reuters-sep03", "detik-sep05", "ap-jan25"
    # the running toll: the emergency services' first count early on Thursday 31 August, their count of mid-morning,
    # the city's count at its afternoon briefing, and the Gauteng health department's count on Saturday 2 September
    # (three more dead in hospital); one official toll counted up by three bodies in turn (no source set: updates)
    # the police's figure of 76 dead in January 2024 (the charges) is lower than the 77 of September: a revision
    T05, T10, T15, SAT2, SUN3, JAN = ("2023-08-31T05", "2023-08-31T10", "2023-08-31T15", "2023-09-02", "2023-09-03",
                                      "2024-01-25")
    # the injured are counted by two bodies: the emergency services' 52 on Thursday morning and the health
    # department's 88 treated at hospitals (sources)
    EMS, HEALTH = "the city's emergency services", "the Gauteng health department"
    names = {
     "dead": "people killed by the fire", "injured": "people injured",
     "hospital": "people being treated in hospital",
     "children": "children among the dead", "youngest": "age of the youngest victim (months)",
     "floors": "storeys of the building", "charged": "people charged after the 2019 raid",
     "female": "women among the dead", "male": "men among the dead", "unknown": "dead not yet identified by sex",
     "died_hosp": "injured who died later in hospital", "semi_critical": "patients in semi-critical condition",
     "pm_done": "post-mortems done by Saturday evening", "pm_left": "post-mortems left for Sunday",
     "bodies": "bodies at the mortuary", "unidentifiable": "bodies that could not be identified by sight",
     "identifiable": "bodies that could be identified by sight", "families": "families who reported missing relatives",
     "families_id": "families who identified relatives", "released": "bodies released to families",
     "sheltered": "survivors in temporary shelters",
     # dates
     "fire_day": "day of the fire", "count73_day": "day of the count of 73", "raid": "year of the raid",
     "opened": "year the building opened", "third_death": "day the third injured person died",
     "pm58_day": "day of the count of 58 post-mortems", "pm_done_day": "day the post-mortems were completed",
     "hosp31_day": "day of the count of 31 in hospital",
     "age_accused": "the accused's age", "murder_counts": "counts of murder the accused faces",
     "court_day": "day of the first court appearance", "arrest_day": "day of the confession and arrest",
     "postponed_to": "day the case was postponed to",
    }
    ms = [
     M(R1, "At least 73 people", N, "dead", 73, T10, qual="atleast"),
     M(R1, "52 injured", N, "injured", 52, T10, src=EMS),
     M(R1, "five-storey", N, "floors", 5),
     M(R1, "Thursday", D, "fire_day", "2023-08-31"),
     M(R1, "at 64", N, "dead", 64, T05),
     M(R1, "risen to 74", N, "dead", 74, T15),
     M(R1, "12 of them children", N, "children", 12),
     M(R1, "18 months", N, "youngest", 18, cls="age"),
     M(R1, "61 people", N, "hospital", 61, T15, fall=True),
     M(R1, "2019", D, "raid", "2019"),
     M(R1, "about 140 people", N, "charged", 140, qual="approx"),
     M(R1, "1954", D, "opened", "1954"),

     M(K, "lima lantai", N, "floors", 5),
     M(K, "Kamis (31/8/2023)", D, "fire_day", "2023-08-31"),
     M(K, "74 orang", N, "dead", 74, T15),
     M(K, "21 anak-anak", N, "children", 21, planted=True),
     M(K, "18 bulan", N, "youngest", 18, cls="age"),
     M(K, "24 jenazah", N, "female", 24, T15),
     M(K, "40 laki-laki", N, "male", 40, T15),
     M(K, "10 lainnya", N, "unknown", 10, T15),
     M(K, "Kamis pagi", D, "count73_day", "2023-08-31"),
     M(K, "73 korban tewas", N, "dead", 73, T10),
     M(K, "52 orang luka-luka", N, "injured", 52, T10, src=EMS),
     M(K, "61 korban luka", N, "hospital", 61, T15, fall=True),
     M(K, "2019", D, "raid", "2019"),
     M(K, "sekitar 140 orang", N, "charged", 140, qual="approx"),

     M(R3, "Thursday", D, "fire_day", "2023-08-31"),
     M(R3, "risen to 77", N, "dead", 77, SAT2),
     M(R3, "three more people", N, "died_hosp", 3),
     M(R3, "Saturday", D, "third_death", "2023-09-02"),
     M(R3, "88 people", N, "injured", 88, SAT2, src=HEALTH),
     M(R3, "31 were", N, "hospital", 31, SAT2, fall=True),
     M(R3, "five of them", N, "semi_critical", 5),
     M(R3, "58 of the", N, "pm_done", 58),
     M(R3, "74 bodies", N, "bodies", 74),
     M(R3, "Saturday", D, "pm58_day", "2023-09-02", occ=2),
     M(R3, "remaining 16", N, "pm_left", 16),
     M(R3, "Sunday", D, "pm_done_day", "2023-09-03"),
     M(R3, "Sixty-two", N, "unidentifiable", 62),
     M(R3, "12 could", N, "identifiable", 12),
     M(R3, "about 40 families", N, "families", 40, qual="approx"),
     M(R3, "12 children", N, "children", 12),
     M(R3, "More than 200 survivors", N, "sheltered", 200, qual="morethan"),
     M(R3, "five-storey", N, "floors", 5),

     M(DT, "74 jenazah", N, "bodies", 74),
     M(DT, "Minggu (3/9/2023)", D, "pm_done_day", "2023-09-03"),
     M(DT, "Kamis (31/8/2023)", D, "fire_day", "2023-08-31"),
     M(DT, "77 orang", N, "dead", 77, SAT2),
     M(DT, "12 anak-anak", N, "children", 12),
     M(DT, "tiga korban luka", N, "died_hosp", 3),
     M(DT, "62 jenazah", N, "unidentifiable", 62),
     M(DT, "10 keluarga", N, "families_id", 10),
     M(DT, "12 jenazah", N, "identifiable", 12),
     M(DT, "tujuh jenazah", N, "released", 7),
     M(DT, "Hingga Minggu", D, "hosp31_day", "2023-09-03"),
     M(DT, "31 orang", N, "hospital", 31, SUN3, fall=True),
     M(DT, "88 korban", N, "injured", 88, SAT2, src=HEALTH),
     M(DT, "lima lantai", N, "floors", 5),
     M(DT, "1954", D, "opened", "1954"),
     M(DT, "Lebih dari 200 penyintas", N, "sheltered", 200, qual="morethan"),

     M(AP, "29-year-old", N, "age_accused", 29, cls="age"),
     M(AP, "Thursday", D, "court_day", "2024-01-25"),
     M(AP, "Tuesday", D, "arrest_day", "2024-01-23"),
     M(AP, "Aug. 31", D, "fire_day", "2023-08-31"),
     M(AP, "killed 76 people", N, "dead", 76, JAN),
     M(AP, "76 counts", N, "murder_counts", 76),
     M(AP, "Feb. 2", D, "postponed_to", "2024-02-02"),
     M(AP, "five-storey", N, "floors", 5),
     M(AP, "Twelve children", N, "children", 12),
    ]
    build("joburg-fire-2023", "The Marshalltown fire in central Johannesburg (Thursday 31 August 2023): the toll "
          "rising 64 (early Thursday) -> 73 with 52 injured (mid-morning, the emergency services) -> 74 with 61 in "
          "hospital (the city's afternoon briefing; 12 children, the youngest 18 months) -> 77 (Saturday 2 September, "
          "the Gauteng health department, three more dead in hospital); 88 treated, 31 still in hospital on Saturday "
          "and Sunday; post-mortems on the 74 bodies at the mortuary done by Sunday 3 September, 62 bodies not "
          "identifiable by sight and 12 identifiable; 76 dead according to the police on Thursday 25 January 2024 "
          "(lower: a revision), when a man faced 76 counts of murder", False, ms, names)


def zimbabwe():
    R, K, A, AP, T = "reuters-aug25", "kompas-aug27", "antara-aug31", "ap-sep04", "tempo-sep16"
    # the National Assembly's constituency count in progress on Saturday 26 August (109 and 60 declared with 40
    # pending) against the commission's completed count that day (136 and 73); seats of a count in progress may move
    SAT_AM, FIN = "2023-08-26T09", "2023-08-26T20"
    ZEC = "the Zimbabwe Electoral Commission"
    names = {
     "registered": "registered voters", "constituencies": "constituency seats of the National Assembly",
     "candidates": "presidential candidates", "age_mn": "Mnangagwa's age", "age_ch": "Chamisa's age",
     "deadline": "days the commission has to announce the presidential result", "twothirds": "seats for a two-thirds majority",
     "mn2018": "Mnangagwa's share in 2018", "ch2018": "Chamisa's share in 2018",
     "mn_votes": "votes for Mnangagwa", "ch_votes": "votes for Chamisa", "mn_share": "Mnangagwa's share",
     "ch_share": "Chamisa's share", "cast": "votes cast", "rejected": "rejected votes", "valid": "valid votes",
     "turnout": "turnout", "zanu_seats": "ZANU-PF's constituency seats", "ccc_seats": "the CCC's constituency seats",
     "pending": "constituencies pending confirmation", "short": "seats ZANU-PF fell short of two thirds",
     "na_zanu": "ZANU-PF's seats in the whole National Assembly", "na_ccc": "the CCC's seats in the whole National Assembly",
     "women_seats": "seats reserved for women", "women_zanu": "ZANU-PF's women's seats", "women_ccc": "the CCC's women's seats",
     "youth_seats": "seats reserved for youth", "youth_zanu": "ZANU-PF's youth seats", "youth_ccc": "the CCC's youth seats",
     "postponed": "seats whose vote was postponed", "senate_pr": "Senate seats shared by proportional representation",
     "senate_zanu": "ZANU-PF's proportional Senate seats", "senate_ccc": "the CCC's proportional Senate seats",
     "term": "years of the presidential term", "na_size": "members of the National Assembly",
     # dates
     "sadc_day": "day of the observers' statement", "vote_day": "day voting began", "vote_ext": "day voting was extended to",
     "y2018": "the previous election", "declared_day": "day the presidential result was declared",
     "count109_day": "day of the count of 109 and 60",
     "pr_day": "day the proportional seats were declared", "inauguration": "day of the inauguration",
     "mn_since": "month Mnangagwa first took office", "cabinet_day": "day the cabinet was named",
     "age_son": "the president's son's age",
    }
    ms = [
     M(R, "Friday", D, "sadc_day", "2023-08-25"),
     M(R, "Wednesday", D, "vote_day", "2023-08-23"),
     M(R, "Thursday", D, "vote_ext", "2023-08-24"),
     M(R, "About 6.6 million", N, "registered", 6600000, qual="approx"),
     M(R, "210 elected seats", N, "constituencies", 210),
     M(R, "Eleven candidates", N, "candidates", 11),
     M(R, "Mnangagwa, 80", N, "age_mn", 80, cls="age"),
     M(R, "Chamisa, 45", N, "age_ch", 45, cls="age"),
     M(R, "five days", N, "deadline", 5, cls="dur"),
     M(R, "140 constituency seats", N, "twothirds", 140),
     M(R, "2018", D, "y2018", "2018"),
     M(R, "50.6%", N, "mn2018", 50.6, cls="pct"),
     M(R, "44.3%", N, "ch2018", 44.3, cls="pct"),

     M(K, "Sabtu (26/8/2023)", D, "declared_day", "2023-08-26"),
     M(K, "2.350.711 suara", N, "mn_votes", 2350711, src=ZEC),
     M(K, "52,6 persen", N, "mn_share", 52.6, cls="pct", src=ZEC),
     M(K, "1.967.343 suara", N, "ch_votes", 1967343, src=ZEC),
     M(K, "44 persen", N, "ch_share", 44, cls="pct", src=ZEC),
     M(K, "4.561.221 suara", N, "cast", 4561221),
     M(K, "92.553", N, "rejected", 92553),
     M(K, "4.468.668", N, "valid", 4468668),
     M(K, "68,9 persen", N, "turnout", 68.9, cls="pct"),
     M(K, "136 dari 210", N, "zanu_seats", 136, FIN, src=ZEC, fall=True),
     M(K, "210 kursi", N, "constituencies", 210),
     M(K, "CCC 73 kursi", N, "ccc_seats", 73, FIN, src=ZEC, fall=True),
     M(K, "Sabtu pagi", D, "count109_day", "2023-08-26"),
     M(K, "109 kursi", N, "zanu_seats", 109, SAT_AM, src=ZEC, fall=True),
     M(K, "60 kursi", N, "ccc_seats", 60, SAT_AM, src=ZEC, fall=True),
     M(K, "40 daerah pemilihan", N, "pending", 40),
     M(K, "136 kursi", N, "zanu_seats", 136, FIN, src=ZEC, fall=True),
     M(K, "empat kursi", N, "short", 4),
     M(K, "140 kursi", N, "twothirds", 140),

     M(A, "176 kursi", N, "na_zanu", 176),
     M(A, "Selasa (29/8/2023)", D, "pr_day", "2023-08-29"),
     M(A, "103 kursi", N, "na_ccc", 103),
     M(A, "60 kursi khusus perempuan", N, "women_seats", 60),
     M(A, "33 kursi", N, "women_zanu", 33),
     M(A, "27 kursi", N, "women_ccc", 27),
     M(A, "10 kursi pemuda", N, "youth_seats", 10),
     M(A, "tujuh", N, "youth_zanu", 7),
     M(A, "CCC tiga", N, "youth_ccc", 3),
     M(A, "23 Agustus", D, "vote_day", "2023-08-23"),
     M(A, "136 dari 210", N, "zanu_seats", 136, FIN, src=ZEC, fall=True),
     M(A, "CCC 73", N, "ccc_seats", 73, FIN, src=ZEC, fall=True),
     M(A, "Satu kursi", N, "postponed", 1),
     M(A, "60 kursi yang dibagi", N, "senate_pr", 60),
     M(A, "33 untuk ZANU-PF", N, "senate_zanu", 33),
     M(A, "27 untuk CCC", N, "senate_ccc", 27),
     M(A, "52,6 persen", N, "mn_share", 52.6, cls="pct", src=ZEC),
     M(A, "1.976.343 suara", N, "ch_votes", 1976343, src=ZEC, planted=True),

     M(AP, "Monday", D, "inauguration", "2023-09-04"),
     M(AP, "five-year", N, "term", 5, cls="dur"),
     M(AP, "80-year-old", N, "age_mn", 80, cls="age"),
     M(AP, "Saturday, Aug. 26", D, "declared_day", "2023-08-26"),
     M(AP, "52.6%", N, "mn_share", 52.6, cls="pct", src=ZEC),
     M(AP, "44%", N, "ch_share", 44, cls="pct", src=ZEC),
     M(AP, "Aug. 23", D, "vote_day", "2023-08-23"),
     M(AP, "69.8%", N, "turnout", 69.8, cls="pct", planted=True),
     M(AP, "136 of the 210", N, "zanu_seats", 136, FIN, src=ZEC, fall=True),
     M(AP, "210 constituency", N, "constituencies", 210),
     M(AP, "the 140", N, "twothirds", 140),
     M(AP, "176 seats", N, "na_zanu", 176),
     M(AP, "280-member", N, "na_size", 280),
     M(AP, "103 for", N, "na_ccc", 103),
     M(AP, "Aug. 25", D, "sadc_day", "2023-08-25"),
     M(AP, "November 2017", D, "mn_since", "2017-11"),

     M(T, "Senin (11/9/2023)", D, "cabinet_day", "2023-09-11"),
     M(T, "4 September", D, "inauguration", "2023-09-04"),
     M(T, "34 tahun", N, "age_son", 34, cls="age"),
     M(T, "80 tahun", N, "age_mn", 80, cls="age"),
     M(T, "23 Agustus", D, "vote_day", "2023-08-23"),
     M(T, "52,6 persen", N, "mn_share", 52.6, cls="pct", src=ZEC),
     M(T, "44 persen", N, "ch_share", 44, cls="pct", src=ZEC),
     M(T, "68,9 persen", N, "turnout", 68.9, cls="pct"),
     M(T, "176 kursi", N, "na_zanu", 176),
     M(T, "136 kursi", N, "zanu_seats", 136, FIN, src=ZEC, fall=True),
     M(T, "103 kursi", N, "na_ccc", 103),
    ]
    build("zimbabwe-election-2023", "Zimbabwe's general election of Wednesday 23 August 2023 (voting extended into "
          "Thursday 24 August): the regional observers' statement on Friday 25 August; the National Assembly's "
          "constituency count on Saturday 26 August, 109 to 60 with 40 pending, then 136 to 73 of 210 (Gutu West "
          "postponed); the presidential result declared that night: Mnangagwa 2,350,711 votes (52.6%), Chamisa "
          "1,967,343 (44%), 4,561,221 cast, 92,553 rejected, 4,468,668 valid, turnout 68.9%; the proportional seats "
          "declared on Tuesday 29 August (176 to 103 in the National Assembly; 33 to 27 in the Senate); Mnangagwa "
          "sworn in on Monday 4 September 2023 and his cabinet named on Monday 11 September", False, ms, names)


def zig():
    R, B, I, K = "reuters-apr05", "bisnis-apr06", "intellinews-apr08", "kontan-apr09"
    names = {
     "rate": "the new policy rate", "prev_rate": "the policy rate before the cut", "fx": "the ZiG's opening rate per US dollar",
     "cash": "foreign cash backing the ZiG (million US dollars)", "gold": "gold backing the ZiG (tonnes)",
     "swap_days": "days to exchange the old notes",
     # dates
     "launch": "day of the launch", "notes_day": "day the new notes and coins circulate",
     "multi_end": "year the multi-currency system ends", "mps_year": "year of the monetary policy statement",
    }
    ms = [
     M(R, "Friday", D, "launch", "2024-04-05"),
     M(R, "20% from", N, "rate", 20, cls="pct"),
     M(R, "130%", N, "prev_rate", 130, cls="pct"),
     M(R, "13.56", N, "fx", 13.56, cls="fx"),
     M(R, "$100 million", N, "cash", 100, cls="usd"),
     M(R, "2.522 tonnes", N, "gold", 2.522, cls="t"),
     M(R, "21 days", N, "swap_days", 21, cls="dur"),
     M(R, "April 30", D, "notes_day", "2024-04-30"),
     M(R, "2030", D, "multi_end", "2030"),
     M(R, "for 2024", D, "mps_year", "2024"),

     M(B, "Jumat (5/4/2024)", D, "launch", "2024-04-05"),
     M(B, "130%", N, "prev_rate", 130, cls="pct"),
     M(B, "menjadi 20%", N, "rate", 20, cls="pct"),
     M(B, "13,56", N, "fx", 13.56, cls="fx"),
     M(B, "US$100 juta", N, "cash", 100, cls="usd"),
     M(B, "2,522 ton", N, "gold", 2.522, cls="t"),
     M(B, "21 hari", N, "swap_days", 21, cls="dur"),
     M(B, "30 April 2024", D, "notes_day", "2024-04-30"),
     M(B, "2030", D, "multi_end", "2030"),
     M(B, "untuk 2024", D, "mps_year", "2024"),

     M(I, "Friday, April 5", D, "launch", "2024-04-05"),
     M(I, "from 130%", N, "prev_rate", 130, cls="pct"),
     M(I, "to 20%", N, "rate", 20, cls="pct"),
     M(I, "ZiG13.56", N, "fx", 13.56, cls="fx"),
     M(I, "2.522 tonnes", N, "gold", 2.522, cls="t"),
     M(I, "$100mn", N, "cash", 100, cls="usd"),
     M(I, "21 days", N, "swap_days", 21, cls="dur"),
     M(I, "April 30", D, "notes_day", "2024-04-30"),
     M(I, "2030", D, "multi_end", "2030"),
     M(I, "The 20%", N, "rate", 20, cls="pct"),
     M(I, "the 130%", N, "prev_rate", 130, cls="pct"),

     M(K, "Jumat, 5 April 2024", D, "launch", "2024-04-05"),
     M(K, "13,56 ZiG", N, "fx", 13.56, cls="fx"),
     M(K, "menjadi 20%", N, "rate", 20, cls="pct"),
     M(K, "130%", N, "prev_rate", 130, cls="pct"),
     M(K, "2,522 ton", N, "gold", 2.522, cls="t"),
     M(K, "US$100 juta", N, "cash", 100, cls="usd"),
     M(K, "21 hari", N, "swap_days", 21, cls="dur"),
     M(K, "30 April", D, "notes_day", "2024-04-30"),
     M(K, "2030", D, "multi_end", "2030"),
     M(K, "tahun 2024", D, "mps_year", "2024"),
    ]
    build("zig-launch-2024", "The Reserve Bank of Zimbabwe's monetary policy statement (control) of Friday 5 April "
          "2024: the ZiG (Zimbabwe Gold) launched at 13.56 to the US dollar, backed by $100 million in foreign cash "
          "and 2.522 tonnes of gold; the policy rate cut from 130% to 20%; old notes exchangeable for 21 days, new "
          "notes and coins from 30 April, the multi-currency system kept until 2030. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    joburg()
    zimbabwe()
    zig()
