"""The hundred-and-seventy-ninth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset179/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def george():
    A, R, K, T, L = "detik-may07", "reuters-may09", "kompas-may14", "tempo-may18", "reuters-jun06"
    # as-of times of the running tallies: Tuesday 7 May 2024 morning (at least four dead, about 75 believed on site),
    # Wednesday 8 May 15.00 (seven dead, 39 unaccounted for), Monday 13 May morning (24 dead, 28 unaccounted for) and
    # night (30 dead, 22 unaccounted for, 13 in hospital, 81 believed on site), Friday 17 May (the operation's end: 33
    # dead, 62 on site, 34 rescued, 10 in hospital, 19 discharged). The dead and the people believed on site do not
    # fall: 81 -> 62 on Friday is a downward revision (names listed twice, workers absent that day). The unaccounted
    # for and the hospitalised may fall (fall=True). The 81 recalled by the later reports keeps its Monday time.
    TUE, WED15, MON_AM, MON_PM, FRI = "2024-05-07", "2024-05-08", "2024-05-13a", "2024-05-13b", "2024-05-17"
    names = {
     "floors": "storeys of the building", "dead": "people killed", "onsite": "people believed on the site",
     "unacc": "people unaccounted for", "hosp": "people in hospital", "hours": "hours of the operation",
     "hospdead": "rescued who died in hospital", "rescued": "people rescued alive", "discharged": "people discharged",
     "rubble": "tons of rubble removed", "workers": "rescue and support workers",
     # dates
     "collapse": "day of the collapse", "asof_tue": "day of Tuesday's count", "asof_wed": "day of Wednesday's count",
     "asof_mon": "day of the Monday count a week on", "ended": "day the operation ended",
     "visit": "day of the president's visit",
    }
    ms = [
     M(A, "lima lantai", N, "floors", 5, cls="floors"),
     M(A, "Senin (6/5/2024)", D, "collapse", "2024-05-06"),
     M(A, "sedikitnya empat pekerja", N, "dead", 4, TUE, qual="atleast"),
     M(A, "Selasa (7/5/2024)", D, "asof_tue", "2024-05-07"),
     M(A, "sekitar 75 pekerja", N, "onsite", 75, TUE, qual="approx"),

     M(R, "Seven people", N, "dead", 7, WED15),
     M(R, "five-storey", N, "floors", 5, cls="floors"),
     M(R, "Wednesday", D, "asof_wed", "2024-05-08"),
     M(R, "39 workers", N, "unacc", 39, WED15, fall=True),
     M(R, "Monday", D, "collapse", "2024-05-06"),
     M(R, "75 construction workers", N, "onsite", 75, WED15),

     M(K, "30 orang", N, "dead", 30, MON_PM),
     M(K, "Senin (13/5/2024)", D, "asof_mon", "2024-05-13"),
     M(K, "24 korban tewas", N, "dead", 24, MON_AM),
     M(K, "22 orang", N, "unacc", 22, MON_PM, fall=True),
     M(K, "28 orang", N, "unacc", 28, MON_AM, fall=True),
     M(K, "81 orang", N, "onsite", 81, MON_PM),
     M(K, "Senin (6/5/2024)", D, "collapse", "2024-05-06"),
     M(K, "13 orang", N, "hosp", 13, MON_PM, fall=True),
     M(K, "lebih dari 170 jam", N, "hours", 170, MON_PM, qual="morethan", cls="hours"),

     M(T, "Jumat (17/5/2024)", D, "ended", "2024-05-17"),
     M(T, "33 orang", N, "dead", 33, FRI),
     M(T, "lima orang", N, "hospdead", 5, FRI),
     M(T, "62 orang", N, "onsite", 62, FRI),
     M(T, "81 orang", N, "onsite", 81, MON_PM),
     M(T, "43 orang", N, "rescued", 43, FRI, planted=True),
     M(T, "10 orang", N, "hosp", 10, FRI, fall=True),
     M(T, "19 orang", N, "discharged", 19, FRI),
     M(T, "sekitar 260 jam", N, "hours", 260, FRI, qual="approx", cls="hours"),
     M(T, "lebih dari 6.000 ton", N, "rubble", 6000, FRI, qual="morethan", cls="tons"),
     M(T, "Lebih dari 1.000 petugas", N, "workers", 1000, FRI, qual="morethan"),
     M(T, "Senin (6/5/2024)", D, "collapse", "2024-05-06"),
     M(T, "Kamis (16/5/2024)", D, "visit", "2024-05-16"),

     M(L, "33 workers", N, "dead", 33, FRI),
     M(L, "five-storey", N, "floors", 5, cls="floors"),
     M(L, "May 7", D, "collapse", "2024-05-07", planted=True),
     M(L, "May 17", D, "ended", "2024-05-17"),
     M(L, "81 people", N, "onsite", 81, MON_PM),
     M(L, "62", N, "onsite", 62, FRI),
     M(L, "34", N, "rescued", 34, FRI),
     M(L, "five of them", N, "hospdead", 5, FRI),
     M(L, "about 6,000 tons", N, "rubble", 6000, FRI, qual="approx", cls="tons"),
    ]
    build("george-collapse-2024", "The collapse of a five-storey block of flats under construction in Victoria Street, "
          "George, Western Cape, South Africa (Monday 6 May 2024, about 14.00): at least four dead by Tuesday 7 May, "
          "seven by Wednesday 8 May 15.00 (39 unaccounted for), 24 on Monday 13 May in the morning and 30 that night "
          "(22 unaccounted for, 13 in hospital), 33 when the operation ended on Friday 17 May; the people believed on "
          "site about 75 -> 81, revised down to 62; 34 rescued alive (five later died in hospital), about 260 hours, "
          "more than 6,000 tons of rubble", False, ms, names)


def phala():
    A, R, K, C, L = "antara-dec01", "reuters-dec06", "kompas-dec14", "cnn-dec20", "reuters-jan09"
    # Votes, seats and the panel's size do not change with the day of the report. The stolen sum is given by two
    # sources: the president's $580,000 and the former spy chief's complaint of at least $4 million (sources). The
    # stages are different events: the panel's report (Wednesday 30 November 2022), the ANC executive's decision and
    # the court challenge (both Monday 5 December: different events on the same day), the debate first set for Tuesday
    # 6 December, the National Assembly's vote (Tuesday 13 December), the ANC conference's opening (Friday 16
    # December) and its leadership vote (Monday 19 December).
    PRES, FRASER = "the president", "Arthur Fraser"
    names = {
     "panel": "members of the panel", "amount": "sum stolen (US dollars)", "seats_anc": "the ANC's seats",
     "seats": "seats in the National Assembly", "against": "votes against adopting the report",
     "for": "votes for adopting the report", "abstain": "abstentions", "rebels": "ANC members voting for the report",
     "rama": "the president's votes at the conference", "mkhize": "Zweli Mkhize's votes",
     "eligible": "delegates eligible to vote", "counted": "ballots counted", "mashatile": "Paul Mashatile's votes",
     # dates
     "report": "day the panel's report was handed over", "theft": "month of the theft", "complaint": "month of the complaint to the police",
     "debate_planned": "day first set for the debate", "nec": "day of the ANC executive's decision",
     "court": "day of the court challenge", "vote": "day of the National Assembly's vote",
     "conf_open": "day the ANC conference opened", "anc_vote": "day of the ANC leadership vote",
     "election": "year of the next national election", "sona": "day of the state of the nation address",
    }
    ms = [
     M(A, "tiga orang", N, "panel", 3),
     M(A, "Rabu (30/11/2022)", D, "report", "2022-11-30"),
     M(A, "Februari 2020", D, "theft", "2020-02"),
     M(A, "580.000 dolar AS", N, "amount", 580000, src=PRES, cls="usd"),
     M(A, "Juni 2022", D, "complaint", "2022-06"),
     M(A, "sedikitnya 4 juta dolar AS", N, "amount", 4000000, src=FRASER, qual="atleast", cls="usd"),
     M(A, "Selasa (6/12/2022)", D, "debate_planned", "2022-12-06"),
     M(A, "230", N, "seats_anc", 230),
     M(A, "400 kursi", N, "seats", 400),

     M(R, "Monday", D, "nec", "2022-12-05"),
     M(R, "Monday", D, "court", "2022-12-05", occ=2),
     M(R, "Tuesday", D, "debate_planned", "2022-12-06"),
     M(R, "Dec. 13", D, "vote", "2022-12-13"),
     M(R, "230", N, "seats_anc", 230),
     M(R, "400 seats", N, "seats", 400),
     M(R, "three-member panel", N, "panel", 3),
     M(R, "February 2020", D, "theft", "2020-02"),
     M(R, "$580,000", N, "amount", 580000, src=PRES, cls="usd"),
     M(R, "at least $4 million", N, "amount", 4000000, src=FRASER, qual="atleast", cls="usd"),
     M(R, "Dec. 16", D, "conf_open", "2022-12-16"),

     M(K, "Selasa (13/12/2022)", D, "vote", "2022-12-13"),
     M(K, "214 anggota parlemen", N, "against", 214),
     M(K, "148", N, "for", 148),
     M(K, "dua orang", N, "abstain", 2),
     M(K, "Senin (5/12/2022)", D, "nec", "2022-12-05"),
     M(K, "lima anggota ANC", N, "rebels", 5),
     M(K, "Selasa (6/12/2022)", D, "debate_planned", "2022-12-06"),
     M(K, "Jumat (16/12/2022)", D, "conf_open", "2022-12-16"),

     M(C, "Senin (19/12/2022)", D, "anc_vote", "2022-12-19"),
     M(C, "2.476 suara", N, "rama", 2476),
     M(C, "1.897 suara", N, "mkhize", 1897),
     M(C, "4.436 delegasi", N, "eligible", 4436),
     M(C, "4.384 surat suara", N, "counted", 4384),
     M(C, "2.178 suara", N, "mashatile", 2178),
     M(C, "Rabu (14/12/2022)", D, "vote", "2022-12-14", planted=True),
     M(C, "214 anggota", N, "against", 214),
     M(C, "148 anggota", N, "for", 148),
     M(C, "Jumat (16/12/2022)", D, "conf_open", "2022-12-16"),
     M(C, "2024", D, "election", "2024"),

     M(L, "214-148", N, "against", 214, also={"for": 148}),
     M(L, "Dec. 13", D, "vote", "2022-12-13"),
     M(L, "2,476 votes", N, "rama", 2476),
     M(L, "1,897", N, "mkhize", 1897),
     M(L, "Dec. 5", D, "court", "2022-12-05"),
     M(L, "Nov. 30", D, "report", "2022-11-30"),
     M(L, "$580,000", N, "amount", 580000, src=PRES, cls="usd"),
     M(L, "February 2020", D, "theft", "2020-02"),
     M(L, "230", N, "seats_anc", 230),
     M(L, "400 seats", N, "seats", 400),
     M(L, "2024", D, "election", "2024"),
     M(L, "Feb. 9", D, "sona", "2023-02-09"),
    ]
    build("phala-phala-2022", "The Phala Phala affair in South Africa: the independent panel's report (three members, "
          "handed over on Wednesday 30 November 2022) on the theft of foreign currency at the president's farm in "
          "February 2020 ($580,000 by the president's account, at least $4 million by Arthur Fraser's complaint of June "
          "2022); the ANC executive's decision and the court challenge on Monday 5 December; the debate moved from "
          "Tuesday 6 December to Tuesday 13 December, when the National Assembly rejected the report 214-148 with two "
          "abstentions; the ANC conference opened on Friday 16 December and re-elected the president on Monday 19 "
          "December with 2,476 votes to Zweli Mkhize's 1,897", False, ms, names)


def census():
    R, A, K, B = "reuters-oct10", "antara-oct11", "kompas-oct12", "bisnis-oct13"
    # one release (Tuesday 10 October 2023), the same figures everywhere: rounded figures ("62 million", "62,03 juta",
    # "51.8 million", "51,77 juta", "about 2.4 million") are approximate against the exact counts; the 2011 census, the
    # 1996 census and the 1996 electricity figure, 1994 and the census night are other dates.
    names = {
     "pop": "population in 2022", "pop2011": "population in 2011", "increase": "population increase since 2011",
     "growth": "population growth since 2011 (%)", "gauteng": "Gauteng's population", "black": "share of black Africans",
     "white": "share of white people", "white2011": "share of white people in 2011", "indian": "share of Indians or Asians",
     "women": "share of women", "men": "share of men", "migrants": "international migrants",
     "migrants_share": "migrants' share of the population", "elec": "households with electricity for lighting",
     "elec1996": "households with electricity for lighting in 1996", "zulu": "share speaking isiZulu at home",
     "xhosa": "share speaking isiXhosa at home", "hhsize": "average household size", "formal": "households in formal dwellings",
     # dates
     "release": "day of the release", "census_year": "year of the census", "prev_census": "year of the previous census",
     "elec_base": "year of the electricity baseline", "first_census": "year of the first census after apartheid",
     "democracy": "year of the advent of democracy", "census_night": "census night",
    }
    ms = [
     M(R, "62 million", N, "pop", 62000000, qual="approx"),
     M(R, "2022", D, "census_year", "2022"),
     M(R, "51.8 million", N, "pop2011", 51800000, qual="approx"),
     M(R, "2011", D, "prev_census", "2011"),
     M(R, "Tuesday", D, "release", "2023-10-10"),
     M(R, "62,027,503", N, "pop", 62027503),
     M(R, "19.8%", N, "growth", 19.8, cls="pct"),
     M(R, "15.1 million", N, "gauteng", 15100000),
     M(R, "81.4%", N, "black", 81.4, cls="pct"),
     M(R, "7.3%", N, "white", 7.3, cls="pct"),
     M(R, "2.7%", N, "indian", 2.7, cls="pct"),
     M(R, "51.5%", N, "women", 51.5, cls="pct"),
     M(R, "48.5%", N, "men", 48.5, cls="pct"),
     M(R, "about 2.4 million", N, "migrants", 2400000, qual="approx"),
     M(R, "around 3%", N, "migrants_share", 3, qual="approx", cls="pct"),
     M(R, "94.7%", N, "elec", 94.7, cls="pct"),
     M(R, "58.1%", N, "elec1996", 58.1, cls="pct"),
     M(R, "1996", D, "elec_base", "1996"),
     M(R, "1994", D, "democracy", "1994"),
     M(R, "1996", D, "first_census", "1996", occ=2),
     M(R, "Feb. 2, 2022", D, "census_night", "2022-02-02"),

     M(A, "62.027.503 jiwa", N, "pop", 62027503),
     M(A, "Sensus 2022", D, "census_year", "2022"),
     M(A, "Selasa (10/10/2023)", D, "release", "2023-10-10"),
     M(A, "19,8 persen", N, "growth", 19.8, cls="pct"),
     M(A, "2011", D, "prev_census", "2011"),
     M(A, "51.770.560 jiwa", N, "pop2011", 51770560),
     M(A, "sekitar 15,1 juta", N, "gauteng", 15100000, qual="approx"),
     M(A, "81,4 persen", N, "black", 81.4, cls="pct"),
     M(A, "7,3 persen", N, "white", 7.3, cls="pct"),
     M(A, "2,7 persen", N, "indian", 2.7, cls="pct"),
     M(A, "51,5 persen", N, "women", 51.5, cls="pct"),
     M(A, "48,5 persen", N, "men", 48.5, cls="pct"),
     M(A, "sekitar 2,4 juta", N, "migrants", 2400000, qual="approx"),
     M(A, "kira-kira 3 persen", N, "migrants_share", 3, qual="approx", cls="pct"),
     M(A, "94,7 persen", N, "elec", 94.7, cls="pct"),
     M(A, "58,1 persen", N, "elec1996", 58.1, cls="pct"),
     M(A, "1996", D, "elec_base", "1996"),
     M(A, "2 Februari 2022", D, "census_night", "2022-02-02"),

     M(K, "lebih dari 62 juta jiwa", N, "pop", 62000000, qual="morethan"),
     M(K, "Selasa (10/10/2023)", D, "release", "2023-10-10"),
     M(K, "sekitar 10,3 juta", N, "increase", 10300000, qual="approx"),
     M(K, "51,8 juta jiwa", N, "pop2011", 51800000, qual="approx"),
     M(K, "2011", D, "prev_census", "2011"),
     M(K, "19,8 persen", N, "growth", 19.8, cls="pct"),
     M(K, "1996", D, "first_census", "1996"),
     M(K, "15,1 juta orang", N, "gauteng", 15100000),
     M(K, "Sekitar 2,4 juta", N, "migrants", 2400000, qual="approx"),
     M(K, "81,4 persen", N, "black", 81.4, cls="pct"),
     M(K, "7,3 persen", N, "white", 7.3, cls="pct"),
     M(K, "94,7 persen", N, "elec", 94.7, cls="pct"),
     M(K, "24,4 persen", N, "zulu", 24.4, cls="pct"),
     M(K, "16,3 persen", N, "xhosa", 16.3, cls="pct"),

     M(B, "Selasa (10/10/2023)", D, "release", "2023-10-10"),
     M(B, "62,03 juta jiwa", N, "pop", 62030000, qual="approx"),
     M(B, "2022", D, "census_year", "2022"),
     M(B, "19,8 persen", N, "growth", 19.8, cls="pct"),
     M(B, "51,77 juta jiwa", N, "pop2011", 51770000, qual="approx"),
     M(B, "2011", D, "prev_census", "2011"),
     M(B, "7,3 persen", N, "white", 7.3, cls="pct"),
     M(B, "sekitar 9 persen", N, "white2011", 9, qual="approx", cls="pct"),
     M(B, "81,4 persen", N, "black", 81.4, cls="pct"),
     M(B, "2,7 persen", N, "indian", 2.7, cls="pct"),
     M(B, "15,1 juta jiwa", N, "gauteng", 15100000),
     M(B, "51,5 persen", N, "women", 51.5, cls="pct"),
     M(B, "3,5 orang", N, "hhsize", 3.5, cls="persons"),
     M(B, "88,5 persen", N, "formal", 88.5, cls="pct"),
    ]
    build("sa-census-2022", "South Africa's census results (control), released on Tuesday 10 October 2023: 62,027,503 "
          "people in 2022 (census night 2 February 2022) against 51,770,560 in 2011, up 19.8%; Gauteng 15.1 million; "
          "black Africans 81.4%, white people 7.3% (about 9% in 2011), Indians or Asians 2.7%; women 51.5%, men 48.5%; "
          "about 2.4 million international migrants (about 3%); electricity for lighting 94.7% of households (58.1% in "
          "1996). Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    george()
    phala()
    census()
