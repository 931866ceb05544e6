"""The hundred-and-fifty-first development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset151/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def morowali():
    R, K, T, A = "reuters-dec24", "kompas-dec25", "tempo-dec27", "antara-feb12"
    # as-of times: the park operator's first statement on the morning of Sunday 24 December ("a"), its count at
    # 16.15 WITA that day ("b"), then the days. The operator (IMIP) and the police are two sources of the tolls and
    # of the injured; figures no text credits to either carry no source. The injured are people still being treated:
    # a count that may fall as they are discharged (fall=True). Deaths, and the dead by nationality, do not fall: the
    # operator's foreign dead, lowered from five to four within the first day, is a revision.
    AM, PM, DEC25, DEC26, DEC27, JAN02, FEB10 = ("2023-12-24a", "2023-12-24b", "2023-12-25", "2023-12-26",
                                                 "2023-12-27", "2024-01-02", "2024-02-10")
    IMIP, POL = "the park operator (IMIP)", "the police"
    names = {
     "dead": "workers killed", "injured": "injured workers still being treated", "dead_id": "Indonesian workers killed",
     "dead_cn": "foreign (Chinese) workers killed", "clash_dead": "workers killed in the January clash",
     "died_mon": "workers who died on Monday", "furnace": "the furnace's number", "crew": "workers repairing the furnace",
     "referred": "injured referred to the regional hospital on the first day",
     "observed": "injured under observation at the park's clinic on the first day",
     "outpatient": "injured treated as outpatients on the first day", "pol_hosp": "injured in hospital (police)",
     "pol_clinic": "injured in the company's clinics (police)", "witnesses": "witnesses questioned",
     "team": "members of the joint investigation team", "compensation": "compensation per worker killed (rupiah)",
     "victims": "workers killed or injured", "days_treated": "days the twentieth victim was treated",
     "days_after": "days between the twentieth and the twenty-first deaths",
     # dates
     "blast": "day of the explosion", "clash": "month of the earlier clash", "ban": "year of the ore export ban",
     "day16": "day the toll reached 16", "day18": "day the toll reached 18", "death19": "day of the nineteenth death",
     "suspects": "day the suspects were announced", "gelar": "day the case was raised to an investigation",
     "dossier": "day the dossier was to go to prosecutors", "day21": "day the toll reached 21",
     "death20": "day of the twentieth death",
    }
    ms = [
     M(R, "12 workers", N, "dead", 12, AM, src=IMIP),
     M(R, "39", N, "injured", 39, AM, src=IMIP, fall=True),
     M(R, "Sunday", D, "blast", "2023-12-24"),
     M(R, "Seven", N, "dead_id", 7, AM, src=IMIP),
     M(R, "five", N, "dead_cn", 5, AM, src=IMIP),
     M(R, "13 dead", N, "dead", 13, AM, src=POL),
     M(R, "January", D, "clash", "2023-01"),
     M(R, "two workers", N, "clash_dead", 2),
     M(R, "2020", D, "ban", "2020"),

     M(K, "16 orang", N, "dead", 16, DEC25, src=IMIP),
     M(K, "Senin (25/12/2023)", D, "day16", "2023-12-25"),
     M(K, "Tiga pekerja", N, "died_mon", 3),
     M(K, "nomor 41", N, "furnace", 41, cls="furnace"),
     M(K, "Minggu (24/12/2023)", D, "blast", "2023-12-24"),
     M(K, "35 pekerja", N, "crew", 35),
     M(K, "13 korban tewas", N, "dead", 13, PM, src=IMIP),
     M(K, "sembilan pekerja Indonesia", N, "dead_id", 9, PM, src=IMIP),
     M(K, "empat pekerja", N, "dead_cn", 4, PM, src=IMIP),
     M(K, "46 korban luka", N, "injured", 46, PM, src=IMIP, fall=True),
     M(K, "lima orang", N, "dead_cn", 5, AM, src=IMIP),
     M(K, "29 orang", N, "referred", 29, PM),
     M(K, "12 orang", N, "observed", 12, PM),
     M(K, "lima lainnya", N, "outpatient", 5, PM),

     M(T, "19 orang", N, "dead", 19, DEC27, src=POL),
     M(T, "Rabu (27/12/2023)", D, "death19", "2023-12-27"),
     M(T, "Selasa (26/12/2023)", D, "day18", "2023-12-26"),
     M(T, "18 korban tewas", N, "dead", 18, DEC26, src=IMIP),
     M(T, "10 pekerja Indonesia", N, "dead_id", 10, DEC26, src=IMIP),
     M(T, "8 pekerja", N, "dead_cn", 8, DEC26, src=IMIP),
     M(T, "16 orang", N, "dead", 16, DEC25),
     M(T, "Senin", D, "day16", "2023-12-25"),
     M(T, "13 orang", N, "dead", 13, PM),
     M(T, "Minggu (24/12/2023)", D, "blast", "2023-12-24"),
     M(T, "64 korban luka", N, "injured", 64, PM, src=IMIP, fall=True, planted=True),
     M(T, "Selasa", D, "day18", "2023-12-26", occ=2),
     M(T, "41 korban luka", N, "injured", 41, DEC26, src=IMIP, fall=True),
     M(T, "30 korban luka", N, "injured", 30, DEC26, src=POL, fall=True),
     M(T, "24 di rumah sakit", N, "pol_hosp", 24, DEC26, fall=True),
     M(T, "enam di klinik", N, "pol_clinic", 6, DEC26, fall=True),
     M(T, "14 saksi", N, "witnesses", 14, DEC27),
     M(T, "18 orang", N, "team", 18),
     M(T, "Rp600 juta", N, "compensation", 600000000, cls="idr"),
     M(T, "nomor 41", N, "furnace", 41, cls="furnace"),

     M(A, "21 pekerja", N, "dead", 21, JAN02),
     M(A, "Sabtu (10/2/2024)", D, "suspects", "2024-02-10"),
     M(A, "Rabu (3/1/2024)", D, "gelar", "2024-01-03"),
     M(A, "27 saksi", N, "witnesses", 27, FEB10),
     M(A, "Senin (12/2/2024)", D, "dossier", "2024-02-12"),
     M(A, "Minggu (24/12/2023)", D, "blast", "2023-12-24"),
     M(A, "nomor 41", N, "furnace", 41, cls="furnace"),
     M(A, "13 orang", N, "dead", 13, PM),
     M(A, "21 orang", N, "dead", 21, JAN02),
     M(A, "Selasa (2/1/2024)", D, "day21", "2024-01-02"),
     M(A, "13 pekerja Indonesia", N, "dead_id", 13, JAN02),
     M(A, "delapan pekerja", N, "dead_cn", 8, JAN02),
     M(A, "Minggu (31/12/2023)", D, "death20", "2023-12-31"),
     M(A, "lima hari", N, "days_treated", 5, cls="dur"),
     M(A, "dua hari", N, "days_after", 2, cls="dur"),
     M(A, "59 pekerja", N, "victims", 59, JAN02),
     M(A, "38 orang", N, "injured", 38, JAN02, fall=True),
    ]
    build("morowali-smelter-2023", "The furnace explosion at PT Indonesia Tsingshan Stainless Steel's smelter in the "
          "Indonesia Morowali Industrial Park, Central Sulawesi (Sunday 24 December 2023, about 05.30 WITA): the park "
          "operator's first count of 12 dead (7 Indonesian, 5 foreign) and 39 injured against the police's 13, its "
          "16.15 WITA count of 13 dead (9 Indonesian, 4 Chinese: the foreign dead lowered from five) and 46 injured; "
          "16 dead on Monday, 18 (10 and 8) on Tuesday 26 December with 41 injured still treated (the police: 30), 19 "
          "on Wednesday 27 December, 21 (13 and 8) on Tuesday 2 January 2024 of 59 victims with 38 still treated; two "
          "Chinese supervisors named as suspects, announced on Saturday 10 February 2024", False, ms, names)


def pilkada():
    D1, J, T, K = "detik-sep26", "jakpost-sep27", "tempo-oct03", "kompas-jan21"
    # a vote's figures do not change with the day of the report; the two stages (the House's vote of Friday 26
    # September 2014, the president's regulations of Thursday 2 October, the committee's and the plenary's approval
    # of Monday 19 and Tuesday 20 January 2015) are different events.
    names = {
     "voting": "members who voted", "ayes": "votes for election by the regional legislatures",
     "noes": "votes for direct election", "pks": "PKS members for indirect election",
     "pan": "PAN members for indirect election", "ppp": "PPP members for indirect election",
     "gerindra": "Gerindra members for indirect election", "golkar_dprd": "Golkar members for indirect election",
     "pdip": "PDI-P members for direct election", "pkb": "PKB members for direct election",
     "hanura": "Hanura members for direct election", "golkar_direct": "Golkar members for direct election",
     "pd_direct": "Democrats who stayed and voted for direct election", "conditions": "the Democrats' conditions",
     "seats": "members of the House", "hours": "length of the session (hours)", "attend": "members at the January plenary",
     "factions": "factions in the committee",
     # dates
     "vote": "day of the House's vote", "session_start": "day the session began", "since": "start of direct elections",
     "pilpres": "month of the presidential election", "sby_statement": "day of Yudhoyono's statement",
     "inaug": "day of Joko Widodo's inauguration", "perppu": "day the regulations were issued",
     "approval": "day the House approved the regulations", "komisi": "day the committee approved the regulations",
     "pilkada_start": "year the simultaneous regional elections were to start",
    }
    ms = [
     M(D1, "Jumat (26/9/2014)", D, "vote", "2014-09-26"),
     M(D1, "361 anggota", N, "voting", 361),
     M(D1, "226 suara", N, "ayes", 226),
     M(D1, "135 suara", N, "noes", 135),
     M(D1, "55", N, "pks", 55),
     M(D1, "44", N, "pan", 44),
     M(D1, "32", N, "ppp", 32),
     M(D1, "22", N, "gerindra", 22),
     M(D1, "73 anggota", N, "golkar_dprd", 73),
     M(D1, "88 anggota", N, "pdip", 88),
     M(D1, "20 anggota", N, "pkb", 20),
     M(D1, "10 anggota", N, "hanura", 10),
     M(D1, "11 anggota", N, "golkar_direct", 11),
     M(D1, "enam anggota", N, "pd_direct", 6),
     M(D1, "10 syarat", N, "conditions", 10),
     M(D1, "Kamis (25/9/2014)", D, "session_start", "2014-09-25"),
     M(D1, "2005", D, "since", "2005"),

     M(J, "Friday", D, "vote", "2014-09-26"),
     M(J, "226 to 135", N, "ayes", 226, also={"noes": 135}),
     M(J, "560 members", N, "seats", 560),
     M(J, "361", N, "voting", 361),
     M(J, "more than 10 hours", N, "hours", 10, qual="morethan", cls="dur"),
     M(J, "Thursday", D, "session_start", "2014-09-25"),
     M(J, "July", D, "pilpres", "2014-07"),
     M(J, "11 Golkar members", N, "golkar_direct", 11),
     M(J, "six Democrats", N, "pd_direct", 6),
     M(J, "Friday", D, "sby_statement", "2014-09-26", occ=2),
     M(J, "2005", D, "since", "2005"),
     M(J, "Oct. 20", D, "inaug", "2014-10-20"),

     M(T, "Kamis malam (2/10/2014)", D, "perppu", "2014-10-02"),
     M(T, "Jumat (26/9/2014)", D, "vote", "2014-09-26"),
     M(T, "262 suara", N, "ayes", 262, planted=True),
     M(T, "135 suara", N, "noes", 135),
     M(T, "361 anggota", N, "voting", 361),
     M(T, "10 syarat", N, "conditions", 10),
     M(T, "Juni 2005", D, "since", "2005-06"),

     M(K, "Selasa (20/1/2015)", D, "approval", "2015-01-20"),
     M(K, "442 anggota", N, "attend", 442),
     M(K, "Senin (19/1/2015)", D, "komisi", "2015-01-19"),
     M(K, "10 fraksi", N, "factions", 10),
     M(K, "Jumat (3/10/2014)", D, "perppu", "2014-10-03", planted=True),
     M(K, "26 September 2014", D, "vote", "2014-09-26"),
     M(K, "226", N, "ayes", 226),
     M(K, "135 suara", N, "noes", 135),
     M(K, "2015", D, "pilkada_start", "2015", occ=3),
     M(K, "20 Oktober 2014", D, "inaug", "2014-10-20"),
    ]
    build("pilkada-law-2014", "Indonesia's regional-election law: the House's vote of Friday 26 September 2014 (a "
          "session from Thursday 25 September) for election by the regional legislatures, 226 to 135 of 361 voting "
          "after the Democrats' walkout; President Yudhoyono's two regulations restoring direct elections on Thursday "
          "2 October 2014; the committee's approval on Monday 19 January 2015 and the plenary's on Tuesday 20 "
          "January 2015", False, ms, names)


def bi():
    R, B, K, A = "reuters-oct19", "bisnis-oct20", "kontan-oct21", "antara-oct22"
    names = {
     "hike": "size of the increase", "rate": "the new benchmark rate", "prev": "the benchmark rate before (since January)",
     "df": "the new deposit facility rate", "prev_df": "the deposit facility rate before",
     "lf": "the new lending facility rate", "prev_lf": "the lending facility rate before",
     "total": "increases since August 2022", "start_rate": "the benchmark rate before the tightening",
     "g23": "global growth forecast for 2023", "g24": "global growth forecast for 2024",
     "close": "the rupiah's close on the decision day", "prevclose": "the rupiah's previous close",
     "fall_pts": "the rupiah's fall (points)", "cpi": "annual inflation in September",
     "hold_months": "months the rate was held",
     # dates
     "decision": "day of the decision", "weakest": "the rupiah's previous weaker level", "jan_hike": "month of the previous increase",
     "start": "month the tightening began", "highest": "the last time the rate was this high", "y23": "the year 2023",
     "y24": "the year 2024", "sep": "September 2023",
    }
    ms = [
     M(R, "25 basis points", N, "hike", 25, cls="bp"),
     M(R, "6.00%", N, "rate", 6, cls="pct"),
     M(R, "Thursday", D, "decision", "2023-10-19"),
     M(R, "April 2020", D, "weakest", "2020-04"),
     M(R, "5.25%", N, "df", 5.25, cls="pct"),
     M(R, "6.75%", N, "lf", 6.75, cls="pct"),
     M(R, "January", D, "jan_hike", "2023-01"),
     M(R, "5.75%", N, "prev", 5.75, cls="pct"),
     M(R, "August 2022", D, "start", "2022-08"),
     M(R, "June 2019", D, "highest", "2019-06"),
     M(R, "2.9%", N, "g23", 2.9, cls="pct"),
     M(R, "2023", D, "y23", "2023"),
     M(R, "2.8%", N, "g24", 2.8, cls="pct"),
     M(R, "2024", D, "y24", "2024"),
     M(R, "15,815", N, "close", 15815, cls="idr"),
     M(R, "15,730", N, "prevclose", 15730, cls="idr"),
     M(R, "2.28%", N, "cpi", 2.28, cls="pct"),
     M(R, "September", D, "sep", "2023-09"),

     M(B, "Kamis (19/10/2023)", D, "decision", "2023-10-19"),
     M(B, "25 basis poin", N, "hike", 25, cls="bp"),
     M(B, "5,75%", N, "prev", 5.75, cls="pct"),
     M(B, "6,00%", N, "rate", 6, cls="pct"),
     M(B, "5,25%", N, "df", 5.25, cls="pct"),
     M(B, "5,00%", N, "prev_df", 5, cls="pct"),
     M(B, "6,75%", N, "lf", 6.75, cls="pct"),
     M(B, "6,50%", N, "prev_lf", 6.5, cls="pct"),
     M(B, "Januari 2023", D, "jan_hike", "2023-01"),
     M(B, "Agustus 2022", D, "start", "2022-08"),
     M(B, "250 basis poin", N, "total", 250, cls="bp"),
     M(B, "3,50%", N, "start_rate", 3.5, cls="pct"),
     M(B, "2,9%", N, "g23", 2.9, cls="pct"),
     M(B, "2023", D, "y23", "2023", occ=3),
     M(B, "2,8%", N, "g24", 2.8, cls="pct"),
     M(B, "2024", D, "y24", "2024"),
     M(B, "85 poin", N, "fall_pts", 85, cls="pts"),
     M(B, "Rp15.815", N, "close", 15815, cls="idr"),
     M(B, "Rp15.730", N, "prevclose", 15730, cls="idr"),
     M(B, "September 2023", D, "sep", "2023-09"),
     M(B, "2,28%", N, "cpi", 2.28, cls="pct"),
     M(B, "Juni 2019", D, "highest", "2019-06"),

     M(K, "0,25 poin persentase", N, "hike", 25, qual="unit", cls="bp"),
     M(K, "6 persen", N, "rate", 6, cls="pct"),
     M(K, "Kamis, 19 Oktober 2023", D, "decision", "2023-10-19"),
     M(K, "5,25 persen", N, "df", 5.25, cls="pct"),
     M(K, "6,75 persen", N, "lf", 6.75, cls="pct"),
     M(K, "5,75 persen", N, "prev", 5.75, cls="pct"),
     M(K, "Januari 2023", D, "jan_hike", "2023-01"),
     M(K, "Rp15.815", N, "close", 15815, cls="idr"),
     M(K, "Rp15.730", N, "prevclose", 15730, cls="idr"),
     M(K, "2,9 persen", N, "g23", 2.9, cls="pct"),
     M(K, "2,8 persen", N, "g24", 2.8, cls="pct"),
     M(K, "2024", D, "y24", "2024"),
     M(K, "September 2023", D, "sep", "2023-09"),
     M(K, "2,28 persen", N, "cpi", 2.28, cls="pct"),
     M(K, "250 basis poin", N, "total", 250, cls="bp"),
     M(K, "Agustus 2022", D, "start", "2022-08"),

     M(A, "25 basis poin", N, "hike", 25, cls="bp"),
     M(A, "6 persen", N, "rate", 6, cls="pct"),
     M(A, "Kamis (19/10/2023)", D, "decision", "2023-10-19"),
     M(A, "5,25 persen", N, "df", 5.25, cls="pct"),
     M(A, "6,75 persen", N, "lf", 6.75, cls="pct"),
     M(A, "5,75 persen", N, "prev", 5.75, cls="pct"),
     M(A, "sembilan bulan", N, "hold_months", 9, cls="dur"),
     M(A, "Januari 2023", D, "jan_hike", "2023-01"),
     M(A, "April 2020", D, "weakest", "2020-04"),
     M(A, "Rp15.815", N, "close", 15815, cls="idr"),
     M(A, "Juni 2019", D, "highest", "2019-06"),
     M(A, "Agustus 2022", D, "start", "2022-08"),
     M(A, "250 basis poin", N, "total", 250, cls="bp"),
     M(A, "3,50 persen", N, "start_rate", 3.5, cls="pct"),
     M(A, "2,9 persen", N, "g23", 2.9, cls="pct"),
     M(A, "2023", D, "y23", "2023", occ=3),
     M(A, "2,8 persen", N, "g24", 2.8, cls="pct"),
     M(A, "2024", D, "y24", "2024"),
     M(A, "September 2023", D, "sep", "2023-09"),
     M(A, "2,28 persen", N, "cpi", 2.28, cls="pct"),
    ]
    build("bi-october-2023", "Bank Indonesia's rate decision (control) of Thursday 19 October 2023: the BI 7-Day "
          "Reverse Repo Rate raised 25 basis points from 5.75% (held since January 2023) to 6.00%, the deposit "
          "facility to 5.25% from 5.00%, the lending facility to 6.75% from 6.50%; 250 basis points since August 2022 "
          "from 3.50%, the highest since June 2019; global growth forecast at 2.9% in 2023 and 2.8% in 2024; the "
          "rupiah closing at 15,815 per dollar from 15,730; September inflation 2.28%. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    morowali()
    pilkada()
    bi()
