"""The hundred-and-twelfth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset112/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def izmir():
    R, K, DT, AP, T = "reuters-oct31", "kompas-nov01", "detik-nov03", "ap-nov04", "tempo-nov30"
    # the running tallies: shortly after midnight on Saturday 31 October, Saturday morning (AFAD), Saturday night
    # (the president), early Sunday 1 November (AFAD), Monday 2 November and Wednesday 4 November (AFAD, the search's
    # end)
    MID, SAT, SATN, SUN, MON, WED = ("2020-10-31T00", "2020-10-31T09", "2020-10-31T22", "2020-11-01T03",
                                     "2020-11-02", "2020-11-04")
    AFAD, USGS = "AFAD", "the U.S. Geological Survey"
    names = {
     "dead": "people killed in Turkey", "injured": "people injured in Turkey", "samos_dead": "people killed on Samos",
     "total_dead": "people killed in Turkey and Greece", "hospital": "injured people still in hospital",
     "discharged": "injured people sent home", "rescued": "people pulled alive from the rubble",
     "magnitude": "the quake's magnitude", "depth": "the quake's depth", "aftershocks": "aftershocks recorded",
     "aftershocks4": "aftershocks above magnitude 4", "bldg_done": "buildings where the search had ended",
     "bldg_ongoing": "buildings still being searched", "trapped": "people thought trapped",
     "bldg_fallen": "buildings that fell", "bldg_damaged": "buildings destroyed or heavily damaged",
     "container_city": "people the container city can hold", "containers": "containers for temporary homes",
     "population": "Izmir's population", "elif_age": "Elif Perincek's age", "elif_hours": "hours before Elif Perincek was found",
     "ayda_age": "Ayda Gezgin's age", "ayda_hours": "hours before Ayda Gezgin was found",
     "search_days": "days the search lasted", "detained": "people detained over the collapses",
     "detained_bldgs": "buildings whose collapse is investigated",
     # dates
     "quake": "day of the quake", "count25_day": "day of AFAD's count of 25", "count37_day": "day of the president's count of 37",
     "count42_day": "day of AFAD's count of 42", "count85_day": "day of AFAD's count of 85",
     "search_end": "day the search ended", "ayda_day": "day Ayda Gezgin was found",
    }
    ms = [
     M(R, "25 people", N, "dead", 25, SAT, src=AFAD),
     M(R, "804", N, "injured", 804, SAT, src=AFAD),
     M(R, "Saturday", D, "count25_day", "2020-10-31"),
     M(R, "Friday", D, "quake", "2020-10-30"),
     M(R, "16.54 km", N, "depth", 16.54, cls="km"),
     M(R, "6.6", N, "magnitude", 6.6, cls="mag", src=AFAD),
     M(R, "7.0", N, "magnitude", 7.0, cls="mag", src=USGS),
     M(R, "21 dead", N, "dead", 21, MID, src=AFAD),
     M(R, "786 injured", N, "injured", 786, MID, src=AFAD),
     M(R, "two teenagers", N, "samos_dead", 2),
     M(R, "at least 100 people", N, "rescued", 100, SAT, qual="atleast"),
     M(R, "nine buildings", N, "bldg_done", 9, SAT),
     M(R, "eight others", N, "bldg_ongoing", 8, SAT, fall=True),
     M(R, "Some 470 aftershocks", N, "aftershocks", 470, SAT, qual="approx"),
     M(R, "35 of them", N, "aftershocks4", 35, SAT),

     M(K, "42 orang", N, "dead", 42, SUN, src=AFAD),
     M(K, "Minggu (1/11/2020)", D, "count42_day", "2020-11-01"),
     M(K, "Sabtu (31/10/2020)", D, "count37_day", "2020-10-31"),
     M(K, "37 orang", N, "dead", 37, SATN, src=AFAD),
     M(K, "lebih dari 880 orang", N, "injured", 880, SATN, qual="morethan", src=AFAD),
     M(K, "bermagnitudo 6,6", N, "magnitude", 6.6, cls="mag", src=AFAD),
     M(K, "Jumat (30/10/2020)", D, "quake", "2020-10-30"),
     M(K, "sekitar 180 orang", N, "trapped", 180, SUN, qual="approx", fall=True),
     M(K, "dua remaja", N, "samos_dead", 2),

     M(DT, "magnitudo 6,6", N, "magnitude", 6.6, cls="mag", src=AFAD),
     M(DT, "85 orang", N, "dead", 85, MON, src=AFAD),
     M(DT, "Senin (2/11/2020)", D, "count85_day", "2020-11-02"),
     M(DT, "962 orang", N, "injured", 962, MON, src=AFAD),
     M(DT, "743", N, "discharged", 743, MON),
     M(DT, "219 orang", N, "hospital", 219, MON, fall=True),
     M(DT, "3 tahun", N, "elif_age", 3, cls="age"),
     M(DT, "65 jam", N, "elif_hours", 65, cls="hours"),
     M(DT, "58 bangunan", N, "bldg_damaged", 58),
     M(DT, "1.000 orang", N, "container_city", 1000),
     M(DT, "Jumat (30/10/2020)", D, "quake", "2020-10-30"),
     M(DT, "1.120 gempa susulan", N, "aftershocks", 1120, MON),
     M(DT, "43 di antaranya", N, "aftershocks4", 43, MON),
     M(DT, "4,37 juta orang", N, "population", 4370000, qual="approx"),

     M(AP, "Wednesday", D, "search_end", "2020-11-04"),
     M(AP, "five days", N, "search_days", 5, cls="dur"),
     M(AP, "114 people", N, "dead", 114, WED, src=AFAD),
     M(AP, "Two more people", N, "samos_dead", 2),
     M(AP, "116", N, "total_dead", 116, WED),
     M(AP, "1,035 people", N, "injured", 1035, WED, src=AFAD),
     M(AP, "137", N, "hospital", 137, WED, fall=True),
     M(AP, "898", N, "discharged", 898, WED),
     M(AP, "17 buildings", N, "bldg_fallen", 17),
     M(AP, "107 people", N, "rescued", 107, WED),
     M(AP, "3-year-old", N, "ayda_age", 3, cls="age"),
     M(AP, "Tuesday", D, "ayda_day", "2020-11-03"),
     M(AP, "91 hours", N, "ayda_hours", 91, cls="hours"),
     M(AP, "Friday", D, "quake", "2020-10-30"),
     M(AP, "Some 1,713 aftershocks", N, "aftershocks", 1713, WED, qual="approx"),
     M(AP, "45 of them", N, "aftershocks4", 45, WED),
     M(AP, "Nine people", N, "detained", 9),
     M(AP, "six of the buildings", N, "detained_bldgs", 6),

     M(T, "Rabu (4/11/2020)", D, "search_end", "2020-11-04"),
     M(T, "114 orang", N, "dead", 114, WED, src=AFAD),
     M(T, "1.305 orang", N, "injured", 1305, WED, src=AFAD, planted=True),
     M(T, "137 orang", N, "hospital", 137, WED, fall=True),
     M(T, "dua remaja", N, "samos_dead", 2),
     M(T, "116 orang", N, "total_dead", 116, WED),
     M(T, "107 orang", N, "rescued", 107, WED),
     M(T, "17 gedung", N, "bldg_fallen", 17),
     M(T, "3 tahun", N, "ayda_age", 3, cls="age"),
     M(T, "Selasa (3/11/2020)", D, "ayda_day", "2020-11-03"),
     M(T, "91 jam", N, "ayda_hours", 91, cls="hours"),
     M(T, "1.000 kontainer", N, "containers", 1000),
     M(T, "bermagnitudo 6,6", N, "magnitude", 6.6, cls="mag", src=AFAD),
    ]
    build("izmir-quake-2020", "The Aegean Sea (Izmir) earthquake of Friday 30 October 2020: AFAD's magnitude 6.6 "
          "(the USGS's 7.0), 16.54 km deep off Seferihisar; the toll in Turkey rising 21 (shortly after midnight) -> 25 "
          "(Saturday) -> 37 (the president, Saturday night) -> 42 (Sunday) -> 85 (Monday) -> 114 (Wednesday 4 November, "
          "the search's end), the injured 786 -> 804 -> 880+ -> 962 -> 1,035, those still in hospital 219 -> 137; two "
          "teenagers dead on Samos (116 in all); 107 pulled out alive, Elif Perincek (3) after 65 hours on Monday and "
          "Ayda Gezgin (3) after 91 hours on Tuesday 3 November", False, ms, names)


def morocco():
    R, K, A, MW, T = "reuters-sep09", "kompas-sep10", "antara-sep11", "moroccoworldnews-sep23", "tempo-oct14"
    # the interior ministry's figures: turnout at the polls' close on Wednesday evening, the count with 96% counted
    # (early Thursday, with the turnout of 50.35%), the provisional results once the count ended (Thursday evening)
    # and the definitive seats (PAM 87, USFP 34) as they stood when the House voted on the programme
    WEDEV, NIGHT, FIN, DEF = "2021-09-08T20", "2021-09-09T03", "2021-09-09T20", "2021-10-13"
    names = {
     "rni_seats": "the RNI's seats", "pam_seats": "the PAM's seats", "ist_seats": "the Istiqlal party's seats",
     "usfp_seats": "the USFP's seats", "mp_seats": "the Popular Movement's seats", "pps_seats": "the PPS's seats",
     "uc_seats": "the Constitutional Union's seats", "pjd_seats": "the PJD's seats", "other_seats": "other parties' seats",
     "house": "seats in the House of Representatives", "majority": "seats for an absolute majority",
     "counted": "share of the votes counted", "turnout": "turnout", "turnout2016": "turnout in 2016",
     "voters": "people who voted", "pjd2016": "the PJD's seats in 2016", "rni2016": "the RNI's seats in 2016",
     "years_since": "years between the two elections", "days_after": "days from the election to the appointment",
     "ayes": "votes for the government's programme", "noes": "votes against the programme",
     "abstain": "abstentions on the programme",
     # dates
     "election": "day of the election", "prelim_day": "day of the count with 96% counted",
     "polls_close": "day turnout was first given", "final_day": "day the full provisional results were given",
     "y2016": "the previous election", "pjd_since": "year the PJD began leading the government",
     "appointment": "day Akhannouch was appointed", "rni_minister": "year Akhannouch became agriculture minister",
     "coalition_day": "day the coalition was announced", "cabinet_day": "day the ministers were appointed",
     "programme_day": "day the programme was presented", "vote_day": "day of the confidence vote",
    }
    ms = [
     M(R, "Wednesday", D, "election", "2021-09-08"),
     M(R, "Thursday", D, "prelim_day", "2021-09-09"),
     M(R, "96%", N, "counted", 96, NIGHT, cls="pct"),
     M(R, "97", N, "rni_seats", 97, NIGHT, fall=True),
     M(R, "395 seats", N, "house", 395),
     M(R, "82 seats", N, "pam_seats", 82, NIGHT, fall=True),
     M(R, "78", N, "ist_seats", 78, NIGHT, fall=True),
     M(R, "12 seats", N, "pjd_seats", 12, NIGHT, fall=True),
     M(R, "125", N, "pjd2016", 125),
     M(R, "2016", D, "y2016", "2016"),
     M(R, "37", N, "rni2016", 37),
     M(R, "50.35%", N, "turnout", 50.35, NIGHT, cls="pct"),
     M(R, "42%", N, "turnout2016", 42, cls="pct"),
     M(R, "five years", N, "years_since", 5, cls="dur"),
     M(R, "8,789,676", N, "voters", 8789676),
     M(R, "Wednesday evening", D, "polls_close", "2021-09-08"),
     M(R, "50.18%", N, "turnout", 50.18, WEDEV, cls="pct"),

     M(K, "Rabu (8/9/2021)", D, "election", "2021-09-08"),
     M(K, "102 kursi", N, "rni_seats", 102, FIN, fall=True),
     M(K, "395 kursi", N, "house", 395),
     M(K, "Kamis (9/9/2021)", D, "final_day", "2021-09-09"),
     M(K, "68 kursi", N, "pam_seats", 68, FIN, fall=True, planted=True),
     M(K, "81 kursi", N, "ist_seats", 81, FIN, fall=True),
     M(K, "35 kursi", N, "usfp_seats", 35, FIN, fall=True),
     M(K, "29 kursi", N, "mp_seats", 29, FIN, fall=True),
     M(K, "21 kursi", N, "pps_seats", 21, FIN, fall=True),
     M(K, "18 kursi", N, "uc_seats", 18, FIN, fall=True),
     M(K, "2011", D, "pjd_since", "2011"),
     M(K, "13 kursi", N, "pjd_seats", 13, FIN, fall=True),
     M(K, "2016", D, "y2016", "2016"),
     M(K, "125 kursi", N, "pjd2016", 125),
     M(K, "10 kursi", N, "other_seats", 10, FIN, fall=True),
     M(K, "50,35 persen", N, "turnout", 50.35, NIGHT, cls="pct"),

     M(A, "Jumat (10/9/2021)", D, "appointment", "2021-09-10"),
     M(A, "dua hari", N, "days_after", 2, cls="dur"),
     M(A, "8 September 2021", D, "election", "2021-09-08"),
     M(A, "102 kursi", N, "rni_seats", 102, FIN, fall=True),
     M(A, "395 kursi", N, "house", 395),
     M(A, "37 kursi", N, "rni2016", 37),
     M(A, "2016", D, "y2016", "2016"),
     M(A, "2007", D, "rni_minister", "2007"),
     M(A, "198 kursi", N, "majority", 198),
     M(A, "86 kursi", N, "pam_seats", 86, FIN, fall=True),
     M(A, "81 kursi", N, "ist_seats", 81, FIN, fall=True),
     M(A, "13 kursi", N, "pjd_seats", 13, FIN, fall=True),
     M(A, "50,35 persen", N, "turnout", 50.35, NIGHT, cls="pct"),
     M(A, "42 persen", N, "turnout2016", 42, cls="pct"),
     M(A, "2016", D, "y2016", "2016", occ=2),

     M(MW, "Wednesday", D, "coalition_day", "2021-09-22"),
     M(MW, "September 8", D, "election", "2021-09-08"),
     M(MW, "102", N, "rni_seats", 102, FIN, fall=True),
     M(MW, "86", N, "pam_seats", 86, FIN, fall=True),
     M(MW, "81 seats", N, "ist_seats", 81, FIN, fall=True),
     M(MW, "395-member", N, "house", 395),
     M(MW, "Sept. 11", D, "appointment", "2021-09-11", planted=True),
     M(MW, "35 seats", N, "usfp_seats", 35, FIN, fall=True),
     M(MW, "13 seats", N, "pjd_seats", 13, FIN, fall=True),

     M(T, "Rabu (13/10/2021)", D, "vote_day", "2021-10-13"),
     M(T, "213 anggota", N, "ayes", 213),
     M(T, "64 menolak", N, "noes", 64),
     M(T, "satu orang abstain", N, "abstain", 1),
     M(T, "395 anggota", N, "house", 395),
     M(T, "Kamis (7/10/2021)", D, "cabinet_day", "2021-10-07"),
     M(T, "Senin (11/10/2021)", D, "programme_day", "2021-10-11"),
     M(T, "102 kursi", N, "rni_seats", 102, FIN, fall=True),
     M(T, "87 kursi", N, "pam_seats", 87, DEF),
     M(T, "81 kursi", N, "ist_seats", 81, FIN, fall=True),
     M(T, "34 kursi", N, "usfp_seats", 34, DEF),
     M(T, "10 September", D, "appointment", "2021-09-10"),
     M(T, "dua hari", N, "days_after", 2, cls="dur"),
    ]
    build("morocco-election-2021", "Morocco's parliamentary election of Wednesday 8 September 2021: turnout of 50.18% "
          "at the polls' close and 50.35% with the count (42% in 2016, 8,789,676 voters); the count with 96% counted "
          "(RNI 97 of 395 seats, PAM 82, Istiqlal 78, PJD 12) against the provisional results on Thursday evening (RNI "
          "102, PAM 86, Istiqlal 81, USFP 35, MP 29, PPS 21, UC 18, PJD 13, others 10); Akhannouch appointed on Friday "
          "10 September, the coalition announced on Wednesday 22 September, the ministers appointed on Thursday 7 "
          "October and the programme approved 213-64 with one abstention on Wednesday 13 October 2021", False, ms,
          names)


def uae():
    R, NAT, B, K = "reuters-sep18", "thenational-sep19", "bisnis-sep20", "kontan-sep21"
    names = {
     "cut": "size of the cut", "rate": "the new base rate", "prev_rate": "the base rate before the decision",
     "spread": "the borrowing rate's margin over the base rate", "fed_cut": "size of the Fed's cut",
     "peg": "the dirham's peg to the dollar",
     # dates
     "decision": "day of the decision", "effective": "day the new rate took effect",
     "last_cut": "month of the previous cut", "since": "month the old rate was set",
    }
    ms = [
     M(R, "50 basis points", N, "cut", 50, cls="bp"),
     M(R, "4.90%", N, "rate", 4.9, cls="pct"),
     M(R, "5.40%", N, "prev_rate", 5.4, cls="pct"),
     M(R, "Wednesday", D, "decision", "2024-09-18"),
     M(R, "Thursday", D, "effective", "2024-09-19"),
     M(R, "50 basis points", N, "spread", 50, cls="bp", occ=2),
     M(R, "March 2020", D, "last_cut", "2020-03"),
     M(R, "5.40%", N, "prev_rate", 5.4, cls="pct", occ=2),
     M(R, "July 2023", D, "since", "2023-07"),
     M(R, "3.6725", N, "peg", 3.6725, cls="fx"),

     M(NAT, "half a percentage point", N, "cut", 50, qual="unit", cls="bp"),
     M(NAT, "4.9%", N, "rate", 4.9, cls="pct"),
     M(NAT, "Wednesday, September 18", D, "decision", "2024-09-18"),
     M(NAT, "Thursday, September 19", D, "effective", "2024-09-19"),
     M(NAT, "5.4%", N, "prev_rate", 5.4, cls="pct"),
     M(NAT, "July 2023", D, "since", "2023-07"),
     M(NAT, "50 basis points", N, "spread", 50, cls="bp"),
     M(NAT, "March 2020", D, "last_cut", "2020-03"),
     M(NAT, "3.6725", N, "peg", 3.6725, cls="fx"),

     M(B, "50 basis poin", N, "cut", 50, cls="bp"),
     M(B, "5,40%", N, "prev_rate", 5.4, cls="pct"),
     M(B, "4,90%", N, "rate", 4.9, cls="pct"),
     M(B, "Rabu (18/9/2024)", D, "decision", "2024-09-18"),
     M(B, "Kamis (19/9/2024)", D, "effective", "2024-09-19"),
     M(B, "50 basis poin", N, "spread", 50, cls="bp", occ=2),
     M(B, "Maret 2020", D, "last_cut", "2020-03"),
     M(B, "5,40%", N, "prev_rate", 5.4, cls="pct", occ=2),
     M(B, "Juli 2023", D, "since", "2023-07"),
     M(B, "3,6725", N, "peg", 3.6725, cls="fx"),

     M(K, "0,5 poin persentase", N, "cut", 50, qual="unit", cls="bp"),
     M(K, "4,9 persen", N, "rate", 4.9, cls="pct"),
     M(K, "Rabu, 18 September 2024", D, "decision", "2024-09-18"),
     M(K, "5,4 persen", N, "prev_rate", 5.4, cls="pct"),
     M(K, "Juli 2023", D, "since", "2023-07"),
     M(K, "Kamis, 19 September 2024", D, "effective", "2024-09-19"),
     M(K, "50 basis poin", N, "fed_cut", 50, cls="bp"),
     M(K, "50 basis poin", N, "spread", 50, cls="bp", occ=2),
     M(K, "Maret 2020", D, "last_cut", "2020-03"),
     M(K, "3,6725", N, "peg", 3.6725, cls="fx"),
    ]
    build("uae-rate-2024", "The Central Bank of the UAE's rate decision (control) of Wednesday 18 September 2024: the "
          "base rate on the overnight deposit facility cut 50 basis points from 5.40% (its level since July 2023) to "
          "4.90%, effective Thursday 19 September, after the Fed's half-point cut; the rate for borrowing short-term "
          "liquidity kept 50 basis points above the base rate; the first cut since March 2020; the dirham pegged at "
          "3.6725 to the dollar. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    izmir()
    morocco()
    uae()
