"""The hundred-and-sixty-ninth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset169/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def siddique():
    R, T, K, S = "reuters-mar08", "detik-mar10", "kompas-mar15", "dailystar-mar29"
    # as-of times of the running tallies (the dead, the injured): Tuesday 7 March 2023 night (at least 17 dead, more
    # than 100 injured), Thursday 9 March (20 after two bodies were found in the basement, then 22 by the night),
    # Saturday 11 March (23 dead, more than 120 injured, eight in the burn institute), Tuesday 14 March (24) and
    # Sunday 26 March (26). The dead and the injured do not fall. The building's floors, the arrests, the remand and
    # the Science Lab blast two days earlier (another event) do not change with the day of the report.
    # On Tuesday evening the hospital's director gave 16 dead and the fire service 17 later that night (two sources);
    # on Wednesday morning a local television channel reported 19, and the police's recount put it at 18 that day (a downward
    # revision of one tally), before Thursday's 20 and 22.
    TUE7E, WED_A, WED_B = "2023-03-07", "2023-03-08a", "2023-03-08b"
    FIRE, DMCH = "the fire service", "the hospital's director"
    TUE7, THU_A, THU_N, SAT11, TUE14, SUN26 = ("2023-03-07b", "2023-03-09a", "2023-03-09b", "2023-03-11",
                                               "2023-03-14", "2023-03-26")
    names = {
     "dead": "people killed", "injured": "people injured", "floors": "storeys of the building",
     "floors_next": "storeys of the building next door", "sci_dead": "dead in the Science Lab blast two days earlier",
     "found": "bodies found in the basement on Thursday", "one_more": "further body found on Thursday",
     "arrested": "people arrested", "owners": "owners of the building among the arrested", "remand": "remand (days)",
     "age_a": "age of the victim who died on 14 March", "age_b": "age of the victim who died on 26 March",
     "burn_a": "burns of the victim who died on 14 March (%)", "burn_b": "burns of the victim who died on 11 March (%)",
     "burn_patients": "patients still in the burn institute",
     # dates
     "blast": "day of the explosion", "statement": "day of the home minister's remark",
     "sciencelab": "day of the Science Lab blast", "asof_thu": "day of Thursday's count", "asof_wed": "day of Wednesday's count", "asof_tue": "day of the hospital's first count",
     "asof_sat": "day of Saturday's count", "asof_tue14": "day of the count of 24",
     "asof_sun26": "day of the count of 26", "arrest": "day of the arrests",
    }
    ms = [
     M(R, "seven-storey", N, "floors", 7, cls="floors"),
     M(R, "Tuesday", D, "blast", "2023-03-07"),
     M(R, "at least 17 people", N, "dead", 17, TUE7, qual="atleast", src=FIRE),
     M(R, "more than 100", N, "injured", 100, TUE7, qual="morethan"),
     M(R, "16", N, "dead", 16, TUE7E, src=DMCH),
     M(R, "Wednesday", D, "statement", "2023-03-08"),
     M(R, "Sunday", D, "sciencelab", "2023-03-05"),
     M(R, "three people", N, "sci_dead", 3),
     M(R, "five-storey", N, "floors_next", 5, cls="floors"),
     M(R, "19 deaths", N, "dead", 19, WED_A),
     M(R, "Tuesday", D, "asof_tue", "2023-03-07", occ=2),
     M(R, "Wednesday", D, "asof_wed", "2023-03-08", occ=2),

     M(T, "22 orang", N, "dead", 22, THU_N),
     M(T, "Kamis (9/3/2023)", D, "asof_thu", "2023-03-09"),
     M(T, "dua jenazah", N, "found", 2),
     M(T, "tujuh lantai", N, "floors", 7, cls="floors"),
     M(T, "20 orang", N, "dead", 20, THU_A),
     M(T, "Satu jenazah", N, "one_more", 1),
     M(T, "Rabu (8/3/2023)", D, "asof_wed", "2023-03-08"),
     M(T, "18 orang", N, "dead", 18, WED_B),
     M(T, "Selasa (7/3/2023)", D, "blast", "2023-03-07"),
     M(T, "Lebih dari 100 orang", N, "injured", 100, THU_N, qual="morethan"),
     M(T, "tiga orang", N, "arrested", 3),
     M(T, "dua pemilik gedung", N, "owners", 2),
     M(T, "tiga hari", N, "remand", 3, cls="dur"),

     M(K, "24 orang", N, "dead", 24, TUE14),
     M(K, "Selasa (14/3/2023)", D, "asof_tue14", "2023-03-14"),
     M(K, "21 tahun", N, "age_a", 21, cls="age"),
     M(K, "50 persen", N, "burn_a", 50, cls="pct"),
     M(K, "Senin (6/3/2023)", D, "blast", "2023-03-06", planted=True),
     M(K, "Sabtu (11/3/2023)", D, "asof_sat", "2023-03-11"),
     M(K, "23 orang", N, "dead", 23, SAT11),
     M(K, "80 persen", N, "burn_b", 80, cls="pct"),
     M(K, "delapan pasien", N, "burn_patients", 8, SAT11),
     M(K, "lebih dari 120 orang", N, "injured", 120, SAT11, qual="morethan"),
     M(K, "tujuh lantai", N, "floors", 7, cls="floors"),
     M(K, "Tiga tersangka", N, "arrested", 3),
     M(K, "dua pemilik gedung", N, "owners", 2),
     M(K, "tiga hari", N, "remand", 3, cls="dur"),
     M(K, "lima lantai", N, "floors_next", 5, cls="floors"),

     M(S, "26", N, "dead", 26, SUN26),
     M(S, "32-year-old", N, "age_b", 32, cls="age"),
     M(S, "Sunday", D, "asof_sun26", "2023-03-26"),
     M(S, "March 7", D, "blast", "2023-03-07"),
     M(S, "seven-storey", N, "floors", 7, cls="floors"),
     M(S, "At least 17 people", N, "dead", 17, TUE7, qual="atleast", src=FIRE),
     M(S, "March 14", D, "asof_tue14", "2023-03-14"),
     M(S, "24", N, "dead", 24, TUE14),
     M(S, "More than 120 people", N, "injured", 120, SUN26, qual="morethan"),
     M(S, "three men", N, "arrested", 3),
     M(S, "March 9", D, "arrest", "2023-03-09"),
     M(S, "two owners", N, "owners", 2),
     M(S, "three-day", N, "remand", 3, cls="dur"),
     M(S, "March 5", D, "sciencelab", "2023-03-05"),
     M(S, "three people", N, "sci_dead", 3),
    ]
    build("siddique-bazar-blast-2023", "The explosion in a seven-storey building in Siddique Bazar, Gulistan, old Dhaka "
          "(Tuesday 7 March 2023, about 16.50 local time): 16 dead by the hospital director's count in the evening, at "
          "least 17 by the fire service's that night, more than 100 injured; 19 reported on Wednesday morning revised "
          "down to 18 by the police later that day; 20 "
          "then 22 by Thursday 9 March (bodies found in the flooded basement, the injured dying in hospital), 23 on "
          "Saturday 11 March (more than 120 injured), 24 on Tuesday 14 March and 26 on Sunday 26 March; three people "
          "(the two owners and a sanitary-goods trader) arrested on Thursday 9 March and remanded for three days; gas "
          "build-up suspected; a blast in the Science Lab area two days earlier (Sunday 5 March) killed three",
          False, ms, names)


def amendment():
    R, K, T, D1 = "reuters-oct21", "kompas-oct22", "tempo-oct27", "detik-nov12"
    # votes, thresholds, the amendment's contents and the stages' days do not change with the day of the report: the
    # Senate's vote (Sunday 20 October 2024), the National Assembly's (early Monday 21 October), the president's
    # signature (Monday 21 October, a different event on the same day), the committee's nomination (Tuesday 22
    # October), the chief justice's retirement (Friday 25 October) and his successor's oath (Saturday 26 October), the
    # bills of Monday 4 November (judges 17 -> 34, service chiefs' tenure three -> five years).
    names = {
     "na_yes": "National Assembly votes in favour", "na_no": "National Assembly votes against",
     "na_need": "votes needed in the National Assembly", "seats": "seats in the National Assembly",
     "sen_yes": "Senate votes in favour", "sen_no": "Senate votes against", "sen_need": "votes needed in the Senate",
     "cj_term": "the chief justice's fixed term", "committee": "members of the parliamentary committee",
     "pool": "senior judges the chief justice is chosen from", "judges_before": "Supreme Court judges before",
     "judges_after": "Supreme Court judges after the November bill", "chiefs_before": "service chiefs' tenure before",
     "chiefs_after": "service chiefs' tenure after", "bench": "judges of the constitutional bench",
     # dates
     "na_pass": "day of the National Assembly's vote", "senate": "day of the Senate's vote",
     "signed": "day the president signed the amendment", "isa_retire": "day the outgoing chief justice retired",
     "sworn": "day the new chief justice was sworn in", "nominated": "day of the committee's nomination",
     "term_end": "end of the new chief justice's term", "bills": "day of the November bills",
    }
    ms = [
     M(R, "Monday", D, "na_pass", "2024-10-21"),
     M(R, "225 votes", N, "na_yes", 225),
     M(R, "12 against", N, "na_no", 12),
     M(R, "224 votes", N, "na_need", 224),
     M(R, "Sunday", D, "senate", "2024-10-20"),
     M(R, "65 votes", N, "sen_yes", 65),
     M(R, "four", N, "sen_no", 4),
     M(R, "64", N, "sen_need", 64),
     M(R, "three years", N, "cj_term", 3, cls="dur"),
     M(R, "12-member", N, "committee", 12),
     M(R, "three most senior judges", N, "pool", 3),
     M(R, "Oct. 25", D, "isa_retire", "2024-10-25"),

     M(K, "Senin (21/10/2024)", D, "signed", "2024-10-21"),
     M(K, "225 suara", N, "na_yes", 225),
     M(K, "12 suara", N, "na_no", 12),
     M(K, "224 suara", N, "na_need", 224),
     M(K, "336 kursi", N, "seats", 336),
     M(K, "Minggu (20/10/2024)", D, "senate", "2024-10-20"),
     M(K, "65 suara", N, "sen_yes", 65),
     M(K, "4", N, "sen_no", 4),
     M(K, "tiga tahun", N, "cj_term", 3, cls="dur"),
     M(K, "12 orang", N, "committee", 12),
     M(K, "tiga hakim agung", N, "pool", 3),
     M(K, "Jumat (25/10/2024)", D, "isa_retire", "2024-10-25"),

     M(T, "Sabtu (26/10/2024)", D, "sworn", "2024-10-26"),
     M(T, "Jumat (25/10/2024)", D, "isa_retire", "2024-10-25"),
     M(T, "Selasa (22/10/2024)", D, "nominated", "2024-10-22"),
     M(T, "tiga hakim", N, "pool", 3),
     M(T, "56 suara", N, "sen_yes", 56, planted=True),
     M(T, "Minggu (20/10/2024)", D, "senate", "2024-10-20"),
     M(T, "225 suara", N, "na_yes", 225),
     M(T, "Senin (21/10/2024)", D, "na_pass", "2024-10-21"),
     M(T, "tiga tahun", N, "cj_term", 3, cls="dur"),
     M(T, "Oktober 2027", D, "term_end", "2027-10"),

     M(D1, "Senin (4/11/2024)", D, "bills", "2024-11-04"),
     M(D1, "17", N, "judges_before", 17),
     M(D1, "34 orang", N, "judges_after", 34),
     M(D1, "tiga tahun", N, "chiefs_before", 3, cls="dur"),
     M(D1, "lima tahun", N, "chiefs_after", 5, cls="dur"),
     M(D1, "tujuh hakim", N, "bench", 7),
     M(D1, "Selasa (22/10/2024)", D, "na_pass", "2024-10-22", planted=True),
     M(D1, "225 suara", N, "na_yes", 225),
     M(D1, "Minggu (20/10/2024)", D, "senate", "2024-10-20"),
     M(D1, "65 suara", N, "sen_yes", 65),
     M(D1, "tiga tahun", N, "cj_term", 3, cls="dur", occ=2),
     M(D1, "12 orang", N, "committee", 12),
     M(D1, "Sabtu (26/10/2024)", D, "sworn", "2024-10-26"),
    ]
    build("pakistan-26th-amendment-2024", "Pakistan's 26th constitutional amendment: the Senate's approval on Sunday 20 "
          "October 2024 (65 votes to 4, 64 needed), the National Assembly's early on Monday 21 October (225 to 12, 224 "
          "needed of 336 seats), President Asif Ali Zardari's signature the same Monday; a three-year term for the "
          "chief justice, chosen by a 12-member parliamentary committee from the three most senior judges; Justice "
          "Yahya Afridi nominated on Tuesday 22 October and sworn in on Saturday 26 October after Qazi Faez Isa retired "
          "on Friday 25 October; the bills of Monday 4 November (judges 17 -> 34, service chiefs' tenure three -> five "
          "years) and a seven-judge constitutional bench", False, ms, names)


def census():
    R, A, K, W = "reuters-aug05", "antara-aug06", "kompas-aug07", "dawn-aug08"
    # one release: the Council of Common Interests' approval of the seventh (first digital) census on Saturday 5 August
    # 2023. Populations are in millions; the full counts ("241,499,431") state the same value in another unit
    # (qual="unit") as the rounded "241.49 million".
    names = {
     "total": "population (million)", "prev": "population in 2017 (million)", "increase": "increase since 2017 (million)",
     "punjab": "Punjab's population (million)", "sindh": "Sindh's population (million)",
     "kp": "Khyber Pakhtunkhwa's population (million)", "baloch": "Balochistan's population (million)",
     "ict": "Islamabad Capital Territory's population (million)",
     "growth": "annual growth rate since 2017 (%)", "prev_growth": "annual growth rate 1998-2017 (%)",
     # dates
     "approval": "day the results were approved", "prevyear": "year of the previous census",
     "earlier": "year of the census before", "term_end": "end of the National Assembly's term",
     "start": "day the count began",
    }
    ms = [
     M(R, "241.49 million", N, "total", 241.49, cls="pop"),
     M(R, "Saturday", D, "approval", "2023-08-05"),
     M(R, "2.55%", N, "growth", 2.55, cls="pct"),
     M(R, "2017", D, "prevyear", "2017"),
     M(R, "207.68 million", N, "prev", 207.68, cls="pop"),
     M(R, "127.69 million", N, "punjab", 127.69, cls="pop"),
     M(R, "55.70 million", N, "sindh", 55.70, cls="pop"),
     M(R, "40.86 million", N, "kp", 40.86, cls="pop"),
     M(R, "14.89 million", N, "baloch", 14.89, cls="pop"),
     M(R, "2.36 million", N, "ict", 2.36, cls="pop"),
     M(R, "Aug. 12", D, "term_end", "2023-08-12"),
     M(R, "March 1", D, "start", "2023-03-01"),

     M(A, "241,49 juta jiwa", N, "total", 241.49, cls="pop"),
     M(A, "Sabtu (5/8/2023)", D, "approval", "2023-08-05"),
     M(A, "207,68 juta jiwa", N, "prev", 207.68, cls="pop"),
     M(A, "2017", D, "prevyear", "2017"),
     M(A, "2,55 persen", N, "growth", 2.55, cls="pct"),
     M(A, "127,69 juta jiwa", N, "punjab", 127.69, cls="pop"),
     M(A, "55,70 juta jiwa", N, "sindh", 55.70, cls="pop"),
     M(A, "40,86 juta jiwa", N, "kp", 40.86, cls="pop"),
     M(A, "14,89 juta jiwa", N, "baloch", 14.89, cls="pop"),
     M(A, "2,36 juta jiwa", N, "ict", 2.36, cls="pop"),
     M(A, "2,40 persen", N, "prev_growth", 2.40, cls="pct"),
     M(A, "12 Agustus 2023", D, "term_end", "2023-08-12"),
     M(A, "1 Maret 2023", D, "start", "2023-03-01"),

     M(K, "sekitar 241,5 juta jiwa", N, "total", 241.5, qual="approx", cls="pop"),
     M(K, "Sabtu, 5 Agustus 2023", D, "approval", "2023-08-05"),
     M(K, "2017", D, "prevyear", "2017"),
     M(K, "sekitar 33,8 juta jiwa", N, "increase", 33.8, qual="approx", cls="pop"),
     M(K, "2,55 persen", N, "growth", 2.55, cls="pct"),
     M(K, "2,40 persen", N, "prev_growth", 2.40, cls="pct"),
     M(K, "hampir 128 juta jiwa", N, "punjab", 128, qual="nearly", cls="pop"),
     M(K, "lebih dari 55 juta jiwa", N, "sindh", 55, qual="morethan", cls="pop"),
     M(K, "sekitar 40,9 juta jiwa", N, "kp", 40.9, qual="approx", cls="pop"),
     M(K, "sekitar 14,9 juta jiwa", N, "baloch", 14.9, qual="approx", cls="pop"),
     M(K, "12 Agustus 2023", D, "term_end", "2023-08-12"),

     M(W, "August 5", D, "approval", "2023-08-05"),
     M(W, "241,499,431", N, "total", 241.49, qual="unit", cls="pop"),
     M(W, "33.8 million", N, "increase", 33.8, cls="pop"),
     M(W, "2017", D, "prevyear", "2017"),
     M(W, "207.68 million", N, "prev", 207.68, cls="pop"),
     M(W, "2.55 percent", N, "growth", 2.55, cls="pct"),
     M(W, "127,688,922", N, "punjab", 127.69, qual="unit", cls="pop"),
     M(W, "55,696,147", N, "sindh", 55.70, qual="unit", cls="pop"),
     M(W, "40,856,097", N, "kp", 40.86, qual="unit", cls="pop"),
     M(W, "14,894,402", N, "baloch", 14.89, qual="unit", cls="pop"),
     M(W, "2,363,863", N, "ict", 2.36, qual="unit", cls="pop"),
     M(W, "1998", D, "earlier", "1998"),
     M(W, "2017", D, "prevyear", "2017", occ=2),
     M(W, "2.40 percent", N, "prev_growth", 2.40, cls="pct"),
     M(W, "August 12", D, "term_end", "2023-08-12"),
     M(W, "March 1", D, "start", "2023-03-01"),
    ]
    build("pakistan-census-2023", "Pakistan's seventh census, the first digital one (control), approved by the Council "
          "of Common Interests on Saturday 5 August 2023: 241,499,431 people (241.49 million), up 33.8 million from "
          "207.68 million in 2017, growth 2.55% a year (2.40% in 1998-2017); Punjab 127,688,922, Sindh 55,696,147, "
          "Khyber Pakhtunkhwa 40,856,097, Balochistan 14,894,402, Islamabad 2,363,863; the count began on 1 March 2023; "
          "the National Assembly's term ends on 12 August 2023. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    siddique()
    amendment()
    census()
