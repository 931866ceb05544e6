"""The hundred-and-forty-first development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset141/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def jetset():
    R, DT, AP, K, DTD = "reuters-apr09", "detik-apr10", "ap-apr11", "kompas-apr15", "dominicantoday-may08"
    # the official toll, one running tally given in turn by the emergency operations centre, the health minister,
    # the national health service and the interior minister: 98 just after midnight on Wednesday 9 April, 113 that
    # morning, 184 that night, 218 on Thursday 10 April in the morning, 221 when the search ended that afternoon,
    # 222 on Friday 11 April at night, 225 and 226 on Saturday 12 April, 231 on Monday 14 April, 232 on 17 April
    T98, T113, T184, T218, T221, T222, T225, T226, T231, T232 = (
        "2025-04-09T00", "2025-04-09T08", "2025-04-09T21", "2025-04-10T06", "2025-04-10T15", "2025-04-11T21",
        "2025-04-12T10", "2025-04-12T16", "2025-04-14", "2025-04-17")
    OFF, HEALTH = "the Dominican authorities", "the health minister (the forensic institute's autopsies)"
    names = {
     "dead": "people dead", "site_dead": "bodies recovered at the scene",
     "hospital_dead": "people who died later in hospitals", "rescued": "people rescued alive",
     "to_hospital": "people taken to hospitals", "dotel_age": "Octavio Dotel's age",
     "cr_age": "the Costa Rican victim's age", "first_hosp_age": "age of the first victim to die in a public hospital",
     "man_age": "age of the man who died on 16 April", "building_age": "age of the building",
     "seated": "seated capacity", "standing": "standing capacity", "mourning": "days of national mourning",
     "rescuers": "rescuers at the site", "critical": "patients in critical condition", "niches": "free burial niches",
     "search_hours": "hours of the search", "mendez_years": "years Méndez has headed the centre",
     "forensic_doctors": "forensic doctors", "technicians": "forensic technicians",
     "autopsies": "bodies autopsied by Saturday",
     # dates
     "collapse": "day the roof collapsed", "last_alive": "day the last survivor was brought out",
     "count113_day": "day of the count of 113", "body_found": "day Rubby Pérez's body was found",
     "count218_day": "day of the count of 218", "count184_day": "day of the count of 184",
     "search_end": "day the search ended", "mourning_start": "first day of national mourning",
     "mourning_end": "last day of national mourning", "count231_day": "day of the count of 231",
     "count226_day": "day of the count of 226", "count222_day": "day of the count of 222",
     "count232_day": "day of the count of 232",
    }
    ms = [
     M(R, "113 people", N, "dead", 113, T113, src=OFF),
     M(R, "Wednesday", D, "count113_day", "2025-04-09"),
     M(R, "98", N, "dead", 98, T98, src=OFF),
     M(R, "Tuesday", D, "collapse", "2025-04-08"),
     M(R, "Wednesday", D, "body_found", "2025-04-09", occ=2),
     M(R, "155 people", N, "to_hospital", 155),
     M(R, "Tuesday", D, "last_alive", "2025-04-08", occ=2),
     M(R, "51", N, "dotel_age", 51, cls="age"),
     M(R, "about 50 years", N, "building_age", 50, qual="approx", cls="dur"),
     M(R, "700 people", N, "seated", 700),
     M(R, "about 1,000", N, "standing", 1000, qual="approx"),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(DT, "218 orang", N, "dead", 218, T218, src=OFF),
     M(DT, "Kamis (10/4/2025)", D, "count218_day", "2025-04-10"),
     M(DT, "189 orang", N, "rescued", 189),
     M(DT, "Rabu (9/4/2025)", D, "count184_day", "2025-04-09"),
     M(DT, "184 orang", N, "dead", 184, T184, src=OFF),
     M(DT, "Selasa", D, "last_alive", "2025-04-08"),
     M(DT, "Lebih dari 300 petugas", N, "rescuers", 300, qual="morethan"),
     M(DT, "delapan", N, "critical", 8, T218, fall=True),
     M(DT, "150 liang makam", N, "niches", 150),
     M(DT, "lebih dari 50 tahun", N, "building_age", 50, qual="morethan", cls="dur"),
     M(DT, "Selasa", D, "collapse", "2025-04-08", occ=2),

     M(AP, "Thursday", D, "search_end", "2025-04-10"),
     M(AP, "53 hours", N, "search_hours", 53, cls="dur"),
     M(AP, "221", N, "dead", 221, T221, src=OFF),
     M(AP, "20 years", N, "mendez_years", 20, cls="dur"),
     M(AP, "218", N, "dead", 218, T218, src=OFF),
     M(AP, "Thursday", D, "count218_day", "2025-04-10", occ=2),
     M(AP, "189 people", N, "rescued", 189),
     M(AP, "Tuesday", D, "collapse", "2025-04-08"),
     M(AP, "51", N, "dotel_age", 51, cls="age"),
     M(AP, "more than 50 years", N, "building_age", 50, qual="morethan", cls="dur"),
     M(AP, "three days", N, "mourning", 3, cls="dur"),
     M(AP, "Tuesday", D, "mourning_start", "2025-04-08", occ=2),
     M(AP, "Thursday", D, "mourning_end", "2025-04-10", occ=3),

     M(K, "231 orang", N, "dead", 231, T231, src=OFF),
     M(K, "Senin (14/4/2025)", D, "count231_day", "2025-04-14"),
     M(K, "221 jenazah", N, "site_dead", 221),
     M(K, "10 korban", N, "hospital_dead", 10, T231),
     M(K, "226 orang", N, "dead", 226, T226, src=OFF),
     M(K, "Sabtu (12/4/2025)", D, "count226_day", "2025-04-12"),
     M(K, "41 tahun", N, "cr_age", 41, cls="age"),
     M(K, "225 orang", N, "dead", 225, T225, src=HEALTH),
     M(K, "62 dokter forensik", N, "forensic_doctors", 62),
     M(K, "107 teknisi", N, "technicians", 107),
     M(K, "225 jenazah", N, "autopsies", 225),
     M(K, "35 tahun", N, "first_hosp_age", 35, cls="age"),
     M(K, "Jumat (11/4/2025)", D, "count222_day", "2025-04-11"),
     M(K, "222 orang", N, "dead", 222, T222, src=OFF),
     M(K, "Selasa (8/4/2025)", D, "collapse", "2025-04-08"),

     M(DTD, "April 8", D, "collapse", "2025-04-08"),
     M(DTD, "232", N, "dead", 232, T232, src=OFF),
     M(DTD, "April 17", D, "count232_day", "2025-04-17"),
     M(DTD, "46-year-old", N, "man_age", 46, cls="age"),
     M(DTD, "221", N, "site_dead", 221),
     M(DTD, "11", N, "hospital_dead", 11, T232),
     M(DTD, "198 people", N, "rescued", 198, planted=True),
     M(DTD, "53-hour", N, "search_hours", 53, cls="dur"),
     M(DTD, "April 10", D, "search_end", "2025-04-10"),
    ]
    build("jetset-collapse-2025", "The roof collapse at the Jet Set nightclub in Santo Domingo (early on Tuesday 8 April "
          "2025, during Rubby Pérez's concert): the official toll rising 98 (just after midnight on Wednesday 9 April) "
          "-> 113 (Wednesday morning) -> 184 (Wednesday night) -> 218 (Thursday 10 April, morning) -> 221 (the search "
          "ended after 53 hours that Thursday, 189 rescued alive) -> 222 (Friday 11 April) -> 225 and 226 (Saturday 12 "
          "April; the 225 the health minister's, from the autopsies) -> 231 (Monday 14 April: 221 recovered at the scene, 10 died in hospitals) -> 232 (17 April: 221 and "
          "11); 155 taken to hospitals; three days of national mourning from Tuesday to Thursday", False, ms, names)


def dominican():
    R, K, A, E, T = "reuters-jul06", "kompas-jul07", "antara-jul10", "efe-jul24", "tempo-aug17"
    # the Central Electoral Board's count in stages: 41.16 % counted on Sunday night, 47.95 % early on Monday, the
    # count on Monday evening, the definitive count of Thursday 9 July; shares of a count in progress may move both
    # ways (fall=True)
    # the early Senate result (the PRM's 19 seats, given as a result on the night) was lowered to 18 in the final
    # count: a revision
    S1, SP, S2, S3, FIN = "2020-07-05T22", "2020-07-06T01", "2020-07-06T06", "2020-07-06T20", "2020-07-09"
    JCE = "the Central Electoral Board"
    names = {
     "counted": "share of the votes counted", "ab_share": "Abinader's share", "ca_share": "Castillo's share",
     "lf_share": "Fernández's share", "ab_votes": "votes for Abinader", "ca_votes": "votes for Castillo",
     "lf_votes": "votes for Fernández", "turnout": "turnout", "turnout_drop": "fall in turnout since 2016",
     "voters": "people who voted", "senators": "seats in the Senate", "deputies": "seats in the Chamber of Deputies",
     "prm_seats": "the PRM's seats in the Chamber", "pld_seats": "the PLD's seats in the Chamber",
     "prm_prov": "the PRM's provincial seats", "pld_prov": "the PLD's provincial seats",
     "prm_senate": "the PRM's seats in the Senate",
     "prov_deputies": "deputies for the provinces", "national_deputies": "deputies on national lists",
     "abroad_deputies": "deputies for Dominicans abroad", "pld_years": "years of PLD rule",
     "count_hours": "hours the board has to finish the count",
     # dates
     "election": "day of the election", "concession": "day Castillo conceded", "count2_day": "day of the count at 47.95%",
     "count3_day": "day of the evening count", "original": "day first set for the election",
     "positive": "month Abinader tested positive", "medina_since": "year Medina took office",
     "municipal_stopped": "day the municipal elections were stopped", "municipal_rerun": "day of the rerun",
     "final_count": "day of the definitive count", "y2016": "the previous election", "inauguration": "day Abinader took office",
     "term_end": "end of the term", "certificates": "day the deputies collected their certificates",
     "congress_day": "day the new Congress is installed",
    }
    ms = [
     M(R, "Sunday", D, "election", "2020-07-05"),
     M(R, "16 years", N, "pld_years", 16, cls="dur"),
     M(R, "41.16%", N, "counted", 41.16, S1, cls="pct"),
     M(R, "53.27%", N, "ab_share", 53.27, S1, cls="pct", src=JCE, fall=True),
     M(R, "Monday", D, "count2_day", "2020-07-06"),
     M(R, "47.95%", N, "counted", 47.95, S2, cls="pct"),
     M(R, "52.44%", N, "ab_share", 52.44, S2, cls="pct", src=JCE, fall=True),
     M(R, "37.66%", N, "ca_share", 37.66, S2, cls="pct", src=JCE, fall=True),
     M(R, "8.81%", N, "lf_share", 8.81, S2, cls="pct", src=JCE, fall=True),
     M(R, "Sunday", D, "concession", "2020-07-05", occ=2),
     M(R, "32 senators", N, "senators", 32),
     M(R, "190 deputies", N, "deputies", 190),
     M(R, "19", N, "prm_senate", 19, SP, src=JCE),
     M(R, "32 Senate seats", N, "senators", 32),
     M(R, "May 17", D, "original", "2020-05-17"),
     M(R, "June", D, "positive", "2020-06"),
     M(R, "2012", D, "medina_since", "2012"),

     M(K, "Minggu (5/7/2020)", D, "election", "2020-07-05"),
     M(K, "Senin (6/7/2020)", D, "count3_day", "2020-07-06"),
     M(K, "sekitar 52 persen", N, "ab_share", 52, S3, qual="approx", cls="pct", src=JCE, fall=True),
     M(K, "sekitar 37 persen", N, "ca_share", 37, S3, qual="approx", cls="pct", src=JCE, fall=True),
     M(K, "8,72 persen", N, "lf_share", 8.72, S3, cls="pct", src=JCE, fall=True),
     M(K, "48 jam", N, "count_hours", 48, cls="dur"),
     M(K, "17 Mei", D, "original", "2020-05-17"),
     M(K, "16 Februari", D, "municipal_stopped", "2020-02-16"),
     M(K, "15 Maret", D, "municipal_rerun", "2020-03-15"),
     M(K, "16 tahun", N, "pld_years", 16, cls="dur"),
     M(K, "2012", D, "medina_since", "2012"),

     M(A, "Kamis (9/7/2020)", D, "final_count", "2020-07-09"),
     M(A, "2.154.866 suara", N, "ab_votes", 2154866),
     M(A, "52,52 persen", N, "ab_share", 52.52, FIN, cls="pct", src=JCE, fall=True),
     M(A, "1.537.078 suara", N, "ca_votes", 1537078),
     M(A, "37,46 persen", N, "ca_share", 37.46, FIN, cls="pct", src=JCE, fall=True),
     M(A, "365.226 suara", N, "lf_votes", 365226),
     M(A, "8,90 persen", N, "lf_share", 8.90, FIN, cls="pct", src=JCE, fall=True),
     M(A, "55,29 persen", N, "turnout", 55.29, cls="pct"),
     M(A, "lebih dari 14 poin persentase", N, "turnout_drop", 14, qual="morethan", cls="pct"),
     M(A, "2016", D, "y2016", "2016"),
     M(A, "Sekitar 4,1 juta orang", N, "voters", 4100000, qual="approx"),
     M(A, "5 Juli", D, "election", "2020-07-05"),
     M(A, "32 senator", N, "senators", 32),
     M(A, "190 anggota", N, "deputies", 190),
     M(A, "16 Agustus", D, "inauguration", "2020-08-16"),
     M(A, "2024", D, "term_end", "2024"),

     M(E, "90", N, "prm_prov", 90),
     M(E, "178 provincial seats", N, "prov_deputies", 178),
     M(E, "75", N, "pld_prov", 75),
     M(E, "93", N, "prm_seats", 93),
     M(E, "190 seats", N, "deputies", 190),
     M(E, "76", N, "pld_seats", 76),
     M(E, "five", N, "national_deputies", 5),
     M(E, "seven", N, "abroad_deputies", 7),
     M(E, "Thursday", D, "certificates", "2020-07-23"),
     M(E, "32-member", N, "senators", 32),
     M(E, "18 seats", N, "prm_senate", 18, FIN, src=JCE),
     M(E, "July 5", D, "election", "2020-07-05"),
     M(E, "2,154,866 votes", N, "ab_votes", 2154866),
     M(E, "52.52%", N, "ab_share", 52.52, FIN, cls="pct", src=JCE, fall=True),
     M(E, "55.92%", N, "turnout", 55.92, cls="pct", planted=True),
     M(E, "37.46%", N, "ca_share", 37.46, FIN, cls="pct", src=JCE, fall=True),
     M(E, "Aug. 16", D, "congress_day", "2020-08-16"),

     M(T, "Minggu (16/8/2020)", D, "inauguration", "2020-08-16"),
     M(T, "16 tahun", N, "pld_years", 16, cls="dur"),
     M(T, "15 Juli", D, "election", "2020-07-15", planted=True),
     M(T, "52,52 persen", N, "ab_share", 52.52, FIN, cls="pct", src=JCE, fall=True),
     M(T, "37,46 persen", N, "ca_share", 37.46, FIN, cls="pct", src=JCE, fall=True),
     M(T, "93", N, "prm_seats", 93),
     M(T, "190 kursi", N, "deputies", 190),
     M(T, "18 kursi", N, "prm_senate", 18, FIN, src=JCE),
     M(T, "32 orang", N, "senators", 32),
     M(T, "55,29 persen", N, "turnout", 55.29, cls="pct"),
     M(T, "2012", D, "medina_since", "2012"),
     M(T, "17 Mei", D, "original", "2020-05-17"),
    ]
    build("dominican-election-2020", "The Dominican Republic's general election of Sunday 5 July 2020 (first set for 17 "
          "May): the Central Electoral Board's count in stages (Abinader 53.27% with 41.16% counted on Sunday night; "
          "52.44% to Castillo's 37.66% and Fernández's 8.81% with 47.95% counted early on Monday; about 52%, about 37% "
          "and 8.72% on Monday evening) against the definitive count of Thursday 9 July (Abinader 2,154,866 votes, "
          "52.52%; Castillo 1,537,078, 37.46%; Fernández 365,226, 8.90%; turnout 55.29%); the deputies declared "
          "(PRM 90 and PLD 75 of the 178 provincial seats; 93 and 76 of all 190) and their certificates on Thursday 23 "
          "July; the PRM's Senate seats 19 in the early results, 18 in the final count (lower); Abinader sworn in on "
          "Sunday 16 August 2020", False, ms, names)


def honduras():
    R, B, BN, K = "reuters-oct26", "bisnis-oct27", "bnamericas-oct28", "kontan-oct29"
    names = {
     "hike": "size of the rise", "rate": "the new policy rate", "prev_rate": "the rate before the decision",
     "fpc": "the permanent credit facility's rate", "fpi": "the permanent investment facility's rate",
     "fpc_spread": "the credit facility's margin over the policy rate",
     "fpi_spread": "the investment facility's margin under the policy rate", "aug_hike": "size of August's rise",
     "pre_aug": "the rate before August", "months": "months between the two rises", "imf_months": "length of the IMF arrangement",
     "imf_amount": "the IMF arrangement's size",
     # dates
     "announce": "day the decision was announced", "effective": "day the new rate took effect",
     "coma": "day of the committee's session", "aug": "month of the previous rise", "held_since": "day the 3% rate was set",
     "imf_end": "day the IMF mission ended its visit", "imf_year": "year of the IMF arrangement",
    }
    ms = [
     M(R, "175 basis points", N, "hike", 175, cls="bp"),
     M(R, "5.75%", N, "rate", 5.75, cls="pct"),
     M(R, "4%", N, "prev_rate", 4, cls="pct"),
     M(R, "Saturday", D, "announce", "2024-10-26"),
     M(R, "three months", N, "months", 3, cls="dur"),
     M(R, "Monday, Oct. 28", D, "effective", "2024-10-28"),
     M(R, "6.25%", N, "fpc", 6.25, cls="pct"),
     M(R, "0.50 percentage point", N, "fpc_spread", 50, qual="unit", cls="bp"),
     M(R, "5.25%", N, "fpi", 5.25, cls="pct"),
     M(R, "0.50 percentage point", N, "fpi_spread", 50, qual="unit", cls="bp", occ=2),
     M(R, "Oct. 22", D, "coma", "2024-10-22"),
     M(R, "August", D, "aug", "2024-08"),
     M(R, "100 basis points", N, "aug_hike", 100, cls="bp"),
     M(R, "3%", N, "pre_aug", 3, cls="pct"),
     M(R, "4%", N, "prev_rate", 4, cls="pct", occ=2),
     M(R, "Nov. 27, 2020", D, "held_since", "2020-11-27"),
     M(R, "Oct. 18", D, "imf_end", "2024-10-18"),
     M(R, "36-month", N, "imf_months", 36, cls="dur"),
     M(R, "2023", D, "imf_year", "2023"),
     M(R, "$830 million", N, "imf_amount", 830000000, qual="approx", cls="usd"),

     M(B, "175 basis poin", N, "hike", 175, cls="bp"),
     M(B, "4%", N, "prev_rate", 4, cls="pct"),
     M(B, "5,75%", N, "rate", 5.75, cls="pct"),
     M(B, "Sabtu (26/10/2024)", D, "announce", "2024-10-26"),
     M(B, "Senin (28/10/2024)", D, "effective", "2024-10-28"),
     M(B, "6,25%", N, "fpc", 6.25, cls="pct"),
     M(B, "5,25%", N, "fpi", 5.25, cls="pct"),
     M(B, "0,50 poin persentase", N, "fpc_spread", 50, qual="unit", cls="bp", also=(("fpi_spread", 50),)),
     M(B, "tiga bulan", N, "months", 3, cls="dur"),
     M(B, "100 basis poin", N, "aug_hike", 100, cls="bp"),
     M(B, "3%", N, "pre_aug", 3, cls="pct"),
     M(B, "4%", N, "prev_rate", 4, cls="pct", occ=2),
     M(B, "Agustus", D, "aug", "2024-08"),
     M(B, "27 November 2020", D, "held_since", "2020-11-27"),
     M(B, "22 Oktober", D, "coma", "2024-10-22"),

     M(BN, "5.75%", N, "rate", 5.75, cls="pct"),
     M(BN, "Monday, Oct. 28", D, "effective", "2024-10-28"),
     M(BN, "1.75 percentage point", N, "hike", 175, qual="unit", cls="bp"),
     M(BN, "4%", N, "prev_rate", 4, cls="pct"),
     M(BN, "6.25%", N, "fpc", 6.25, cls="pct"),
     M(BN, "5.25%", N, "fpi", 5.25, cls="pct"),
     M(BN, "Saturday, Oct. 26", D, "announce", "2024-10-26"),
     M(BN, "August", D, "aug", "2024-08"),
     M(BN, "100 basis points", N, "aug_hike", 100, cls="bp"),
     M(BN, "4%", N, "prev_rate", 4, cls="pct", occ=2),
     M(BN, "3%", N, "pre_aug", 3, cls="pct"),
     M(BN, "Nov. 27, 2020", D, "held_since", "2020-11-27"),
     M(BN, "175 basis point", N, "hike", 175, cls="bp"),
     M(BN, "Oct. 22", D, "coma", "2024-10-22"),
     M(BN, "Oct. 18", D, "imf_end", "2024-10-18"),
     M(BN, "36-month", N, "imf_months", 36, cls="dur"),
     M(BN, "2023", D, "imf_year", "2023"),
     M(BN, "about $830 million", N, "imf_amount", 830000000, qual="approx", cls="usd"),

     M(K, "5,75 persen", N, "rate", 5.75, cls="pct"),
     M(K, "Senin, 28 Oktober 2024", D, "effective", "2024-10-28"),
     M(K, "4 persen", N, "prev_rate", 4, cls="pct"),
     M(K, "1,75 poin persentase", N, "hike", 175, qual="unit", cls="bp"),
     M(K, "Sabtu, 26 Oktober 2024", D, "announce", "2024-10-26"),
     M(K, "6,25 persen", N, "fpc", 6.25, cls="pct"),
     M(K, "5,25 persen", N, "fpi", 5.25, cls="pct"),
     M(K, "Agustus", D, "aug", "2024-08"),
     M(K, "100 basis poin", N, "aug_hike", 100, cls="bp"),
     M(K, "3 persen", N, "pre_aug", 3, cls="pct"),
     M(K, "4 persen", N, "prev_rate", 4, cls="pct", occ=2),
     M(K, "27 November 2020", D, "held_since", "2020-11-27"),
     M(K, "18 Oktober", D, "imf_end", "2024-10-18"),
     M(K, "36 bulan", N, "imf_months", 36, cls="dur"),
     M(K, "2023", D, "imf_year", "2023"),
     M(K, "sekitar 830 juta dolar AS", N, "imf_amount", 830000000, qual="approx", cls="usd"),
    ]
    build("honduras-rate-2024", "The Central Bank of Honduras's rate decision (control) announced on Saturday 26 October "
          "2024: the monetary policy rate raised 175 basis points from 4% to 5.75% from Monday 28 October, the "
          "permanent credit facility at 6.25% and the permanent investment facility at 5.25% (the policy rate plus and "
          "minus 0.50 percentage point); recommended by the bank's COMA committee on 22 October; the second "
          "rise in three months after August's 100 basis points from 3% to 4% (3% since 27 November 2020); the IMF "
          "mission that ended on 18 October and the 36-month arrangement of 2023 of about $830 million. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    jetset()
    dominican()
    honduras()
