"""The eightieth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset80/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def westgate():
    R, K, A, T, AN = "reuters-sep22", "kompas-sep23", "ap-sep24", "tempo-sep25", "antara-sep21-2014"
    # the tallies: Saturday night 21 September (the president's first address), Sunday afternoon 22 September (the
    # interior cabinet secretary's briefing), Sunday night (the Kenya Red Cross, after nine bodies were brought out),
    # Monday 23 September (the government's 62, the Red Cross having found bodies counted twice), Tuesday night 24
    # September (the president's address declaring the siege over), Monday 30 September (the Red Cross's missing)
    SATN, SUN, SUNN, MON, TUEN, SEP30 = ("2013-09-21T22", "2013-09-22T15", "2013-09-22T21", "2013-09-23",
                                         "2013-09-24T21", "2013-09-30")
    GOV, KRCS = "the government", "the Kenya Red Cross"
    names = {
     "dead": "people killed in the attack", "injured": "people wounded", "missing": "people reported missing",
     "rescued": "people rescued from the mall", "attackers_inside": "attackers estimated still inside",
     "bodies_out": "bodies brought out on Sunday afternoon", "in_hospital": "wounded still in hospital",
     "attackers_killed": "attackers killed by the security forces", "arrests": "people arrested for questioning",
     "civilians": "civilians killed", "security_dead": "members of the security forces killed",
     "floors": "floors of the mall that collapsed", "siege_days": "length of the siege",
     "mourning_days": "length of the national mourning", "charged": "men charged with aiding the attackers",
     # dates
     "attack": "day the attack began", "count39": "day of the president's first toll",
     "count59": "day of the interior secretary's toll of 59", "count68": "day of the Red Cross's toll of 68",
     "count62": "day of the government's toll of 62", "end": "day the siege was declared over",
     "mourning": "first day of the national mourning", "somalia": "month Kenya's campaign in Somalia began",
     "anniversary": "day of the first anniversary", "charged_month": "month four men were charged",
    }
    ms = [
     M(R, "Sunday", D, "count59", "2013-09-22"),
     M(R, "59", N, "dead", 59, SUN),
     M(R, "175 people wounded", N, "injured", 175, SUN, src=GOV),
     M(R, "about 1,000 people", N, "rescued", 1000, qual="approx"),
     M(R, "10 to 15 attackers", N, "attackers_inside", 10),
     M(R, "Saturday", D, "attack", "2013-09-21"),
     M(R, "Saturday night", D, "count39", "2013-09-21"),
     M(R, "39 dead", N, "dead", 39, SATN),
     M(R, "150 wounded", N, "injured", 150, SATN, src=GOV),
     M(R, "49 people", N, "missing", 49, SUN, fall=True),
     M(R, "about 200", N, "injured", 200, SUN, qual="approx", src=KRCS),
     M(R, "October 2011", D, "somalia", "2011-10"),

     M(K, "68 orang", N, "dead", 68, SUNN),
     M(K, "Minggu (22/9/2013)", D, "count68", "2013-09-22"),
     M(K, "sembilan jenazah", N, "bodies_out", 9, SUNN),
     M(K, "59 orang", N, "dead", 59, SUN),
     M(K, "157 orang", N, "injured", 157, SUN, src=GOV, planted=True),
     M(K, "Sabtu (21/9/2013)", D, "attack", "2013-09-21"),
     M(K, "sekitar 1.000 orang", N, "rescued", 1000, qual="approx"),
     M(K, "10 hingga 15 penyerang", N, "attackers_inside", 10),
     M(K, "49 orang", N, "missing", 49, SUN, fall=True),

     M(A, "Monday", D, "count62", "2013-09-23"),
     M(A, "62 people", N, "dead", 62, MON),
     M(A, "68 dead", N, "dead", 68, SUNN),
     M(A, "50", N, "in_hospital", 50, MON, fall=True),
     M(A, "175 people wounded", N, "injured", 175, MON, src=GOV),
     M(A, "three of the attackers", N, "attackers_killed", 3, MON),
     M(A, "Ten people", N, "arrests", 10, MON),
     M(A, "Saturday", D, "attack", "2013-09-21"),

     M(T, "empat hari", N, "siege_days", 4, cls="dur"),
     M(T, "Selasa (23/9/2013)", D, "end", "2013-09-23", planted=True),
     M(T, "61 warga sipil", N, "civilians", 61, TUEN),
     M(T, "enam anggota pasukan keamanan", N, "security_dead", 6, TUEN),
     M(T, "67 orang", N, "dead", 67, TUEN),
     M(T, "Lima penyerang", N, "attackers_killed", 5, TUEN),
     M(T, "11 tersangka", N, "arrests", 11, TUEN),
     M(T, "tiga lantai", N, "floors", 3),
     M(T, "tiga hari", N, "mourning_days", 3, cls="dur"),
     M(T, "Rabu (25/9/2013)", D, "mourning", "2013-09-25"),
     M(T, "21 September 2013", D, "attack", "2013-09-21"),
     M(T, "62 orang", N, "dead", 62, MON),
     M(T, "68", N, "dead", 68, SUNN),

     M(AN, "67 orang", N, "dead", 67, TUEN),
     M(AN, "Minggu (21/9/2014)", D, "anniversary", "2014-09-21"),
     M(AN, "Sabtu, 21 September 2013", D, "attack", "2013-09-21"),
     M(AN, "empat hari", N, "siege_days", 4, cls="dur"),
     M(AN, "24 September 2013", D, "end", "2013-09-24"),
     M(AN, "61 orang", N, "civilians", 61, TUEN),
     M(AN, "enam lainnya", N, "security_dead", 6, TUEN),
     M(AN, "Sekitar 175 orang", N, "injured", 175, TUEN, qual="approx", src=GOV),
     M(AN, "68 korban", N, "dead", 68, SUNN),
     M(AN, "62", N, "dead", 62, MON),
     M(AN, "67", N, "dead", 67, TUEN, occ=2),
     M(AN, "39 orang", N, "missing", 39, SEP30, fall=True),
     M(AN, "November 2013", D, "charged_month", "2013-11"),
     M(AN, "empat pria", N, "charged", 4),
    ]
    build("nairobi-westgate-2013", "The attack on the Westgate shopping mall in Nairobi, which began around midday "
          "on Saturday 21 September 2013 and was declared over on the night of Tuesday 24 September: 39 dead and 150 "
          "wounded on Saturday night; 59 dead and 175 wounded by the government on Sunday afternoon (the Red Cross: "
          "about 200 wounded, 49 missing); 68 dead by the Kenya Red Cross on Sunday night, lowered to 62 on Monday 23 "
          "September (bodies counted twice); 67 dead (61 civilians, six security officers), five attackers killed and "
          "11 suspects held on Tuesday 24 September; 39 reported missing by the Red Cross on 30 September; the first "
          "anniversary on Sunday 21 September 2014", False, ms, names)


def hungary():
    R, K, A, T = "reuters-apr04", "kompas-apr05", "ap-apr10", "tempo-may17"
    # the National Election Office's figures on the night (about 98 % counted) and its final count of Saturday 9
    # April (postal and away-from-home ballots counted)
    NIGHT, FINAL = "2022-04-04T00", "2022-04-09"
    names = {
     "fid_share": "Fidesz-KDNP's share of the party-list vote", "opp_share": "United for Hungary's share of the list vote",
     "mh_share": "Our Homeland's share of the list vote", "counted": "share of the votes counted on the night",
     "fid_seats": "Fidesz-KDNP's seats", "opp_seats": "United for Hungary's seats", "mh_seats": "Our Homeland's seats",
     "german": "the German minority's seats", "seats_total": "seats in parliament",
     "fid_dist": "single-member districts won by Fidesz-KDNP", "opp_dist": "single-member districts won by the opposition",
     "districts": "single-member districts", "fid_list": "Fidesz-KDNP's list seats", "opp_list": "the opposition's list seats",
     "turnout": "turnout", "postal": "postal ballots received from abroad", "age": "Orban's age",
     "first_session_days": "days within which parliament must first sit", "pm_ayes": "votes for Orban as prime minister",
     "pm_nays": "votes against Orban as prime minister", "supermajority": "seats needed for a two-thirds majority",
     # dates
     "election": "day of the election", "final_count": "day the count was completed", "pm_vote": "day parliament "
     "re-elected Orban", "first_session": "day of the new parliament's first session", "novak": "day Novak was elected "
     "president", "since": "year Orban's present run in office began", "first_from": "year Orban's first term began",
     "first_to": "year Orban's first term ended",
    }
    ms = [
     M(R, "Sunday", D, "election", "2022-04-03"),
     M(R, "199-seat", N, "seats_total", 199),
     M(R, "about 98%", N, "counted", 98, NIGHT, qual="approx", cls="pct"),
     M(R, "53.1%", N, "fid_share", 53.1, NIGHT, cls="pct", fall=True),
     M(R, "35.0%", N, "opp_share", 35.0, NIGHT, cls="pct", fall=True),
     M(R, "135 seats", N, "fid_seats", 135, NIGHT),
     M(R, "56", N, "opp_seats", 56, NIGHT),
     M(R, "7", N, "mh_seats", 7, NIGHT),
     M(R, "one seat", N, "german", 1, NIGHT),
     M(R, "88", N, "fid_dist", 88, NIGHT),
     M(R, "106", N, "districts", 106),
     M(R, "18", N, "opp_dist", 18, NIGHT),
     M(R, "nearly 70%", N, "turnout", 70, NIGHT, qual="nearly", cls="pct"),
     M(R, "58", N, "age", 58, cls="age"),
     M(R, "2010", D, "since", "2010"),
     M(R, "1998", D, "first_from", "1998"),
     M(R, "2002", D, "first_to", "2002"),

     M(K, "Minggu (3/4/2022)", D, "election", "2022-04-03"),
     M(K, "sekitar 98 persen", N, "counted", 98, NIGHT, qual="approx", cls="pct"),
     M(K, "51,3 persen", N, "fid_share", 51.3, NIGHT, cls="pct", fall=True, planted=True),
     M(K, "35 persen", N, "opp_share", 35, NIGHT, cls="pct", fall=True),
     M(K, "135", N, "fid_seats", 135, NIGHT),
     M(K, "199 kursi", N, "seats_total", 199),
     M(K, "56 kursi", N, "opp_seats", 56, NIGHT),
     M(K, "tujuh kursi", N, "mh_seats", 7, NIGHT),
     M(K, "satu kursi", N, "german", 1, NIGHT),
     M(K, "88", N, "fid_dist", 88, NIGHT),
     M(K, "106", N, "districts", 106),
     M(K, "18 daerah pemilihan", N, "opp_dist", 18, NIGHT),
     M(K, "2010", D, "since", "2010"),
     M(K, "hampir 70 persen", N, "turnout", 70, NIGHT, qual="nearly", cls="pct"),

     M(A, "last Sunday", D, "election", "2022-04-03"),
     M(A, "Saturday", D, "final_count", "2022-04-09"),
     M(A, "135", N, "fid_seats", 135, FINAL),
     M(A, "199 seats", N, "seats_total", 199),
     M(A, "57", N, "opp_seats", 57, FINAL),
     M(A, "6", N, "mh_seats", 6, FINAL),
     M(A, "7", N, "mh_seats", 7, NIGHT),
     M(A, "one seat", N, "german", 1, FINAL),
     M(A, "54.13%", N, "fid_share", 54.13, FINAL, cls="pct", fall=True),
     M(A, "34.44%", N, "opp_share", 34.44, FINAL, cls="pct", fall=True),
     M(A, "5.88%", N, "mh_share", 5.88, FINAL, cls="pct", fall=True),
     M(A, "87", N, "fid_dist", 87, FINAL),
     M(A, "106", N, "districts", 106),
     M(A, "48 seats", N, "fid_list", 48, FINAL),
     M(A, "19 districts", N, "opp_dist", 19, FINAL),
     M(A, "38 list seats", N, "opp_list", 38, FINAL),
     M(A, "More than 264,000 postal ballots", N, "postal", 264000, FINAL, qual="morethan"),
     M(A, "69.59%", N, "turnout", 69.59, FINAL, cls="pct"),
     M(A, "30 days", N, "first_session_days", 30, cls="dur"),

     M(T, "Senin, 16 Mei 2022", D, "pm_vote", "2022-05-16"),
     M(T, "133 suara", N, "pm_ayes", 133),
     M(T, "27 suara", N, "pm_nays", 27),
     M(T, "135", N, "fid_seats", 135, FINAL),
     M(T, "199 kursi", N, "seats_total", 199),
     M(T, "3 April 2022", D, "election", "2022-04-03"),
     M(T, "133 kursi", N, "supermajority", 133),
     M(T, "54,13 persen", N, "fid_share", 54.13, FINAL, cls="pct", fall=True),
     M(T, "34,44 persen", N, "opp_share", 34.44, FINAL, cls="pct", fall=True),
     M(T, "57 kursi", N, "opp_seats", 57, FINAL),
     M(T, "enam kursi", N, "mh_seats", 6, FINAL),
     M(T, "1998", D, "first_from", "1998"),
     M(T, "2002", D, "first_to", "2002"),
     M(T, "2010", D, "since", "2010"),
     M(T, "2 Mei 2022", D, "first_session", "2022-05-02"),
     M(T, "10 Maret 2022", D, "novak", "2022-03-10"),
    ]
    build("hungary-election-2022", "Hungary's parliamentary election of Sunday 3 April 2022: on the night, with about "
          "98% counted, Fidesz-KDNP 53.1% and United for Hungary 35.0%, a projection of 135, 56 and 7 seats (Mi "
          "Hazank) and one for the German minority, 88 and 18 of the 106 districts, turnout nearly 70%; the final "
          "count of Saturday 9 April: 135, 57, 6 and 1 seats, 54.13%, 34.44% and 5.88%, 87 and 19 districts, turnout "
          "69.59%; the new parliament's first session on 2 May and Orban re-elected prime minister by 133 votes to 27 "
          "on Monday 16 May 2022", False, ms, names)


def cbn():
    R, B, BI, K = "reuters-feb27", "businessday-feb28", "bisnis-feb29", "kontan-mar01"
    names = {
     "hike": "size of the increase", "rate": "the new monetary policy rate", "prev_rate": "the rate before the decision",
     "crr": "the new cash reserve ratio", "crr_prev": "the cash reserve ratio before the decision",
     "liq": "the liquidity ratio", "meeting_days": "length of the meeting", "cpi_jan": "headline inflation in January",
     "cpi_dec": "headline inflation in December", "food_jan": "food inflation in January",
     # dates
     "decision": "day of the decision", "last_meeting": "month of the previous meeting",
     "cardoso_since": "month the governor took office", "cpi_month": "month of the inflation reading",
     "dec": "month of the previous inflation reading", "next_meeting": "day of the next meeting",
    }
    ms = [
     M(R, "400 basis points", N, "hike", 400, cls="bp"),
     M(R, "22.75%", N, "rate", 22.75, cls="pct"),
     M(R, "Tuesday", D, "decision", "2024-02-27"),
     M(R, "45%", N, "crr", 45, cls="pct"),
     M(R, "32.5%", N, "crr_prev", 32.5, cls="pct"),
     M(R, "30%", N, "liq", 30, cls="pct"),
     M(R, "two-day", N, "meeting_days", 2, cls="dur"),
     M(R, "18.75%", N, "prev_rate", 18.75, cls="pct"),
     M(R, "July 2023", D, "last_meeting", "2023-07"),
     M(R, "September 2023", D, "cardoso_since", "2023-09"),
     M(R, "29.90%", N, "cpi_jan", 29.90, cls="pct"),
     M(R, "January", D, "cpi_month", "2024-01"),
     M(R, "35.41%", N, "food_jan", 35.41, cls="pct"),

     M(B, "Tuesday, February 27", D, "decision", "2024-02-27"),
     M(B, "22.75 percent", N, "rate", 22.75, cls="pct"),
     M(B, "18.75 percent", N, "prev_rate", 18.75, cls="pct"),
     M(B, "400-basis-point", N, "hike", 400, cls="bp"),
     M(B, "September 2023", D, "cardoso_since", "2023-09"),
     M(B, "45 percent", N, "crr", 45, cls="pct"),
     M(B, "32.5 percent", N, "crr_prev", 32.5, cls="pct"),
     M(B, "30 percent", N, "liq", 30, cls="pct"),
     M(B, "18.75 percent", N, "prev_rate", 18.75, cls="pct", occ=2),
     M(B, "July 2023", D, "last_meeting", "2023-07"),
     M(B, "29.90 percent", N, "cpi_jan", 29.90, cls="pct"),
     M(B, "January 2024", D, "cpi_month", "2024-01"),
     M(B, "28.92 percent", N, "cpi_dec", 28.92, cls="pct"),
     M(B, "December", D, "dec", "2023-12"),
     M(B, "35.41 percent", N, "food_jan", 35.41, cls="pct"),
     M(B, "January", D, "cpi_month", "2024-01", occ=2),
     M(B, "March 25", D, "next_meeting", "2024-03-25"),

     M(BI, "400 basis poin", N, "hike", 400, cls="bp"),
     M(BI, "18,75%", N, "prev_rate", 18.75, cls="pct"),
     M(BI, "22,75%", N, "rate", 22.75, cls="pct"),
     M(BI, "Selasa (27/2/2024)", D, "decision", "2024-02-27"),
     M(BI, "dua hari", N, "meeting_days", 2, cls="dur"),
     M(BI, "32,5%", N, "crr_prev", 32.5, cls="pct"),
     M(BI, "45%", N, "crr", 45, cls="pct"),
     M(BI, "30%", N, "liq", 30, cls="pct"),
     M(BI, "Juli 2023", D, "last_meeting", "2023-07"),
     M(BI, "September 2023", D, "cardoso_since", "2023-09"),
     M(BI, "Januari 2024", D, "cpi_month", "2024-01"),
     M(BI, "29,90%", N, "cpi_jan", 29.90, cls="pct"),
     M(BI, "28,92%", N, "cpi_dec", 28.92, cls="pct"),
     M(BI, "Desember 2023", D, "dec", "2023-12"),
     M(BI, "35,41%", N, "food_jan", 35.41, cls="pct"),

     M(K, "4 poin persentase", N, "hike", 400, qual="unit", cls="bp"),
     M(K, "22,75 persen", N, "rate", 22.75, cls="pct"),
     M(K, "Selasa, 27 Februari 2024", D, "decision", "2024-02-27"),
     M(K, "18,75 persen", N, "prev_rate", 18.75, cls="pct"),
     M(K, "Juli 2023", D, "last_meeting", "2023-07"),
     M(K, "45 persen", N, "crr", 45, cls="pct"),
     M(K, "32,5 persen", N, "crr_prev", 32.5, cls="pct"),
     M(K, "30 persen", N, "liq", 30, cls="pct"),
     M(K, "Januari 2024", D, "cpi_month", "2024-01"),
     M(K, "29,90 persen", N, "cpi_jan", 29.90, cls="pct"),
     M(K, "35,41 persen", N, "food_jan", 35.41, cls="pct"),
     M(K, "September 2023", D, "cardoso_since", "2023-09"),
    ]
    build("cbn-hike-2024", "The Central Bank of Nigeria's rate decision (control) of Tuesday 27 February 2024: the "
          "monetary policy rate raised 400 basis points from 18.75% to 22.75%, the cash reserve ratio from 32.5% to "
          "45%, the liquidity ratio kept at 30%, at the first meeting since July 2023 and Governor Olayemi Cardoso's "
          "first since he took office in September 2023; January 2024's inflation of 29.90% (28.92% in December "
          "2023) and food inflation of 35.41%. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    westgate()
    hungary()
    cbn()
