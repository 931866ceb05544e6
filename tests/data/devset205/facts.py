"""The two-hundred-and-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset205/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def gabrielle():
    R, K, A, L = "rnz-feb15", "kompas-feb17", "antara-feb19", "reuters-mar13"
    # as-of times of the running tallies: Wednesday 15 February 2023 at 2.30pm (the police's count of four dead and
    # the first uncontactable and safe reports), Thursday 16 February (five dead; 3,544 uncontactable and 450 safe by
    # 2pm; about 9,000 displaced in Hawke's Bay), Saturday 18 February (nine dead; about 62,000 households without
    # power), Sunday 19 February (11 dead; 5,608 uncontactable, 1,196 safe, grave concern for about 10) and the
    # Reuters report a month on (13 March: 11 dead). The dead do not fall; the uncontactable, the displaced, the
    # households without power, the people in evacuation centres and those the police fear for may fall.
    FEB15, FEB16, FEB18, FEB19, MAR13 = "2023-02-15", "2023-02-16", "2023-02-18", "2023-02-19", "2023-03-13"
    # The uncontactable registered by the police stood at 5,608 at 2pm on Saturday 18 February; on Sunday the Eastern
    # District commander spoke of about 6,000 reports and the prime minister of 6,431 people: two sources (sources).
    PARK, PM = "the Eastern District commander", "the prime minister"
    # The earthquake of Wednesday 15 February (7.38pm, north-west of Paraparaumu): the first automatic reading relayed
    # by Civil Defence (6.0, 57 km), GeoNet's reviewed reading that night (6.1, 48 km: the depth revised down) and its
    # update on Thursday (6.3, 60 km) are three as-of times of one source; the USGS's depth (74 km) is another source.
    Q1, Q2, Q3 = "2023-02-15a", "2023-02-15b", "2023-02-16"
    GEONET, USGS = "GeoNet", "the USGS"
    names = {
     "dead": "people killed", "uncontact": "people registered as uncontactable", "safe": "reports of people safe",
     "displaced_hb": "people displaced in Hawke's Bay", "police_staff": "police staff sent from other districts",
     "hours": "hours over which the staff are sent", "found_sun": "bodies found on Sunday morning",
     "firefighters": "firefighters killed at Muriwai", "concern": "people police hold grave concerns for",
     "power": "households without power nationwide", "power_hb": "households without power in Hawke's Bay",
     "evac": "people in evacuation centres in Hawke's Bay",
     # dates
     "landfall": "day the cyclone first struck the north", "emergency": "day the national state of emergency was declared",
     "asof15": "day of the count of four", "asof16": "day of the count of five", "asof18": "day of the count of nine",
     "asof19": "day of the count of 11", "report": "day of the report a month on",
     "quake": "day of the earthquake in the lower North Island",
     "uncontact_sun": "reports of people uncontactable on Sunday 19 February",
     "mag": "the earthquake's magnitude", "depth": "the earthquake's depth (km)",
    }
    ms = [
     M(R, "Four people", N, "dead", 4, FEB15),
     M(R, "Wednesday", D, "asof15", "2023-02-15"),
     M(R, "1,442 people", N, "uncontact", 1442, FEB15, fall=True),
     M(R, "111 reports", N, "safe", 111, FEB15),
     M(R, "Tuesday", D, "emergency", "2023-02-14"),
     M(R, "Sunday", D, "landfall", "2023-02-12"),
     M(R, "more than 70 staff", N, "police_staff", 70, FEB15, qual="morethan"),
     M(R, "48 hours", N, "hours", 48, cls="dur"),
     M(R, "Wednesday", D, "quake", "2023-02-15", occ=2),
     M(R, "magnitude 6.0", N, "mag", 6.0, Q1, src=GEONET, cls="mag"),
     M(R, "57km", N, "depth", 57, Q1, src=GEONET, cls="km"),

     M(K, "lima orang", N, "dead", 5, FEB16),
     M(K, "Kamis (16/2/2023)", D, "asof16", "2023-02-16"),
     M(K, "3.544 laporan", N, "uncontact", 3544, FEB16, fall=True),
     M(K, "Kamis siang", D, "asof16", "2023-02-16"),
     M(K, "450 orang", N, "safe", 450, FEB16),
     M(K, "sekitar 9.000 orang", N, "displaced_hb", 9000, FEB16, qual="approx", fall=True),
     M(K, "Selasa (14/2/2023)", D, "emergency", "2023-02-14"),
     M(K, "Minggu (12/2/2023)", D, "landfall", "2023-02-12"),
     M(K, "Rabu (15/2/2023)", D, "quake", "2023-02-15"),
     M(K, "magnitudo 6,3", N, "mag", 6.3, Q3, src=GEONET, cls="mag"),
     M(K, "60 km", N, "depth", 60, Q3, src=GEONET, cls="km"),

     M(A, "11 orang", N, "dead", 11, FEB19),
     M(A, "Minggu (19/2/2023)", D, "asof19", "2023-02-19"),
     M(A, "dua jenazah", N, "found_sun", 2, FEB19),
     M(A, "Sabtu (18/2/2023)", D, "asof18", "2023-02-18"),
     M(A, "sembilan orang", N, "dead", 9, FEB18),
     M(A, "dua petugas pemadam kebakaran", N, "firefighters", 2),
     M(A, "Sabtu", D, "asof18", "2023-02-18", occ=2),
     M(A, "5.608 orang", N, "uncontact", 5608, FEB18, fall=True),
     M(A, "1.196 laporan", N, "safe", 1196, FEB18),
     M(A, "Minggu siang", D, "asof19", "2023-02-19"),
     M(A, "sekitar 6.000 laporan", N, "uncontact_sun", 6000, FEB19, qual="approx", src=PARK, fall=True),
     M(A, "6.431 orang", N, "uncontact_sun", 6431, FEB19, src=PM, fall=True),
     M(A, "Rabu malam", D, "quake", "2023-02-15"),
     M(A, "bermagnitudo 6,1", N, "mag", 6.1, Q2, src=GEONET, cls="mag"),
     M(A, "48 km", N, "depth", 48, Q2, src=GEONET, cls="km"),
     M(A, "74 km", N, "depth", 74, src=USGS, cls="km"),
     M(A, "sekitar 10 orang", N, "concern", 10, FEB19, qual="approx", fall=True),
     M(A, "sekitar 62.000 rumah tangga", N, "power", 62000, FEB18, qual="approx", fall=True),
     M(A, "hampir 40.000", N, "power_hb", 40000, FEB18, qual="nearly", fall=True),
     M(A, "Hampir 2.000 orang", N, "evac", 2000, FEB19, qual="nearly", fall=True),
     M(A, "Senin (13/2/2023)", D, "emergency", "2023-02-13", planted=True),

     M(L, "March 13", D, "report", "2023-03-13"),
     M(L, "11 people", N, "dead", 11, MAR13),
     M(L, "1,422", N, "uncontact", 1422, FEB15, fall=True, planted=True),
     M(L, "Feb. 15", D, "asof15", "2023-02-15"),
     M(L, "5,608", N, "uncontact", 5608, FEB18, fall=True),
     M(L, "Feb. 18", D, "asof18", "2023-02-18"),
     M(L, "Feb. 14", D, "emergency", "2023-02-14"),
     M(L, "Feb. 12", D, "landfall", "2023-02-12"),
     M(L, "Feb. 18", D, "asof18", "2023-02-18", occ=2),
     M(L, "about 62,000 households", N, "power", 62000, FEB18, qual="approx", fall=True),
     M(L, "nearly 40,000", N, "power_hb", 40000, FEB18, qual="nearly", fall=True),
     M(L, "Two volunteer firefighters", N, "firefighters", 2),
    ]
    build("gabrielle-2023", "Cyclone Gabrielle in New Zealand (the north struck on Sunday 12 February 2023, a national "
          "state of emergency declared on Tuesday 14 February): the dead rising 4 (Wednesday 15 February, 2.30pm) -> 5 "
          "(Thursday 16 February) -> 9 (Saturday 18 February) -> 11 (Sunday 19 February); people registered as "
          "uncontactable 1,442 -> 3,544 -> 5,608 and reports of people safe 111 -> 450 -> 1,196; about 9,000 displaced in "
          "Hawke's Bay; about 62,000 households without power on 18 February, nearly 40,000 in Hawke's Bay; two "
          "volunteer firefighters killed at Muriwai; a Reuters report a month on (13 March)", False, ms, names)


def spill():
    B, T, K, R = "abc-aug21", "detik-aug24", "kompas-aug27", "reuters-oct21"
    # votes and dates do not change with the day of the report: the first party-room ballot (Tuesday 21 August 2018,
    # Turnbull 48, Dutton 35), the second meeting (Friday 24 August 2018: the spill motion 45-40, the first round
    # Dutton 38, Morrison 36, Bishop 11, the second round Morrison 45, Dutton 40), the swearing-in that evening, the
    # resignation from parliament (31 August) and the Wentworth by-election (Saturday 20 October) are different facts.
    names = {
     "v1_t": "Turnbull's votes in the first ballot (21 August)", "v1_d": "Dutton's votes in the first ballot (21 August)",
     "margin": "Turnbull's margin on 21 August", "motion_yes": "votes for the spill motion (24 August)",
     "motion_no": "votes against the spill motion (24 August)", "petition": "signatures on the petition",
     "r1_d": "Dutton's votes in the first round (24 August)", "r1_m": "Morrison's votes in the first round (24 August)",
     "r1_b": "Bishop's votes in the first round (24 August)", "b2_m": "Morrison's votes in the final round (24 August)",
     "b2_d": "Dutton's votes in the final round (24 August)", "partyroom": "members of the Liberal party room",
     # dates
     "vote1": "day of the first ballot", "vote2": "day of the second party-room meeting", "sworn": "day Morrison took office",
     "since": "month Turnbull became leader", "resign": "day Turnbull resigned from parliament",
     "byelection": "day of the Wentworth by-election", "statement": "day of Morrison's remarks on the by-election",
    }
    ms = [
     M(B, "48 votes", N, "v1_t", 48),
     M(B, "35", N, "v1_d", 35),
     M(B, "Tuesday", D, "vote1", "2018-08-21"),
     M(B, "13 votes", N, "margin", 13),
     M(B, "September 2015", D, "since", "2015-09"),

     M(T, "45 suara", N, "b2_m", 45),
     M(T, "40", N, "b2_d", 40),
     M(T, "Jumat (24/8/2018)", D, "vote2", "2018-08-24"),
     M(T, "45 suara", N, "motion_yes", 45, occ=2),
     M(T, "40", N, "motion_no", 40, occ=2),
     M(T, "43 tanda tangan", N, "petition", 43),
     M(T, "38 suara", N, "r1_d", 38),
     M(T, "36 suara", N, "r1_m", 36),
     M(T, "11 suara", N, "r1_b", 11),
     M(T, "Selasa (21/8/2018)", D, "vote1", "2018-08-21"),
     M(T, "48 suara", N, "v1_t", 48),
     M(T, "35", N, "v1_d", 35),
     M(T, "Jumat malam", D, "sworn", "2018-08-24"),
     M(T, "85 orang", N, "partyroom", 85),

     M(K, "Jumat (24/8/2018)", D, "sworn", "2018-08-24"),
     M(K, "Rabu (22/8/2018)", D, "vote1", "2018-08-22", planted=True),
     M(K, "48-35", N, "v1_t", 48, also={"v1_d": 35}),
     M(K, "13 suara", N, "margin", 13),
     M(K, "45-40", N, "motion_yes", 45, also={"motion_no": 40}),
     M(K, "45-40", N, "b2_m", 45, also={"b2_d": 40}, occ=2),
     M(K, "11 suara", N, "r1_b", 11),
     M(K, "September 2015", D, "since", "2015-09"),

     M(R, "Oct 21", D, "statement", "2018-10-21"),
     M(R, "Saturday", D, "byelection", "2018-10-20"),
     M(R, "Aug. 24", D, "sworn", "2018-08-24"),
     M(R, "45-40", N, "b2_m", 45, also={"b2_d": 40}),
     M(R, "Aug. 21", D, "vote1", "2018-08-21"),
     M(R, "48 votes", N, "v1_t", 48),
     M(R, "35", N, "v1_d", 35),
     M(R, "Aug. 31", D, "resign", "2018-08-31"),
     M(R, "Sunday", D, "statement", "2018-10-21"),
     M(R, "August", D, "vote2", "2018-08"),
     M(R, "12 votes", N, "r1_b", 12, planted=True),
    ]
    build("liberal-spill-2018", "Australia's Liberal leadership spills: Malcolm Turnbull's win over Peter Dutton by 48 "
          "votes to 35 on Tuesday 21 August 2018 (a 13-vote margin); on Friday 24 August 2018, after a petition of 43 "
          "signatures, the spill motion carried 45-40, Dutton 38, Morrison 36 and Bishop 11 in the first round, Morrison "
          "45 to Dutton 40 in the second, Morrison sworn in that evening; Turnbull's resignation from parliament on 31 "
          "August; Kerryn Phelps's win in the Wentworth by-election on Saturday 20 October 2018", False, ms, names)


def budget():
    R, K, A, G = "reuters-may09", "kompas-may10", "antara-may11", "guardian-may12"
    names = {
     "surplus": "the surplus forecast for this financial year (A$ billion)",
     "deficit": "the deficit forecast for next financial year (A$ billion)",
     "oct_deficit": "the October budget's deficit forecast for this financial year (A$ billion)",
     "col": "the cost-of-living package (A$ billion)", "energy": "energy bill relief (A$ billion)",
     "bulk": "the bulk-billing incentive (A$ billion)", "jobseeker": "the JobSeeker rise a fortnight (A$)",
     "growth": "growth forecast for next financial year", "unemp": "the unemployment rate now",
     "years": "years since the last surplus",
     # dates
     "budget": "day the budget was delivered", "october": "month of the October budget",
     "lastsurplus": "the financial year of the last surplus",
    }
    ms = [
     M(R, "May 9", D, "budget", "2023-05-09"),
     M(R, "Tuesday", D, "budget", "2023-05-09"),
     M(R, "A$4.2 billion", N, "surplus", 4.2, cls="aud"),
     M(R, "15 years", N, "years", 15, cls="dur"),
     M(R, "A$13.9 billion", N, "deficit", 13.9, cls="aud"),
     M(R, "A$36.9 billion", N, "oct_deficit", 36.9, cls="aud"),
     M(R, "October", D, "october", "2022-10"),
     M(R, "A$14.6 billion", N, "col", 14.6, cls="aud"),
     M(R, "A$1.5 billion", N, "energy", 1.5, cls="aud"),
     M(R, "A$3.5 billion", N, "bulk", 3.5, cls="aud"),
     M(R, "A$40", N, "jobseeker", 40, cls="aud_small"),
     M(R, "1.5%", N, "growth", 1.5, cls="pct"),
     M(R, "3.5%", N, "unemp", 3.5, cls="pct"),
     M(R, "2007-08", D, "lastsurplus", "2007"),

     M(K, "4,2 miliar dolar Australia", N, "surplus", 4.2, cls="aud"),
     M(K, "15 tahun", N, "years", 15, cls="dur"),
     M(K, "Selasa (9/5/2023)", D, "budget", "2023-05-09"),
     M(K, "13,9 miliar dolar Australia", N, "deficit", 13.9, cls="aud"),
     M(K, "14,6 miliar dolar Australia", N, "col", 14.6, cls="aud"),
     M(K, "1,5 miliar dolar Australia", N, "energy", 1.5, cls="aud"),
     M(K, "3,5 miliar dolar Australia", N, "bulk", 3.5, cls="aud"),
     M(K, "40 dolar Australia", N, "jobseeker", 40, cls="aud_small"),
     M(K, "1,5 persen", N, "growth", 1.5, cls="pct"),
     M(K, "3,5 persen", N, "unemp", 3.5, cls="pct"),

     M(A, "Selasa (9/5/2023)", D, "budget", "2023-05-09"),
     M(A, "4,2 miliar dolar Australia", N, "surplus", 4.2, cls="aud"),
     M(A, "15 tahun", N, "years", 15, cls="dur"),
     M(A, "2007-2008", D, "lastsurplus", "2007"),
     M(A, "13,9 miliar dolar Australia", N, "deficit", 13.9, cls="aud"),
     M(A, "Oktober 2022", D, "october", "2022-10"),
     M(A, "sekitar 37 miliar dolar Australia", N, "oct_deficit", 37, qual="approx", cls="aud"),
     M(A, "14,6 miliar dolar Australia", N, "col", 14.6, cls="aud"),
     M(A, "1,5 miliar dolar Australia", N, "energy", 1.5, cls="aud"),
     M(A, "3,5 miliar dolar Australia", N, "bulk", 3.5, cls="aud"),
     M(A, "40 dolar Australia", N, "jobseeker", 40, cls="aud_small"),
     M(A, "1,5 persen", N, "growth", 1.5, cls="pct"),
     M(A, "3,5 persen", N, "unemp", 3.5, cls="pct"),

     M(G, "Tuesday", D, "budget", "2023-05-09"),
     M(G, "A$4.2bn", N, "surplus", 4.2, cls="aud"),
     M(G, "15 years", N, "years", 15, cls="dur"),
     M(G, "A$13.9bn", N, "deficit", 13.9, cls="aud"),
     M(G, "A$14.6bn", N, "col", 14.6, cls="aud"),
     M(G, "A$1.5bn", N, "energy", 1.5, cls="aud"),
     M(G, "A$3.5bn", N, "bulk", 3.5, cls="aud"),
     M(G, "A$40", N, "jobseeker", 40, cls="aud_small"),
     M(G, "1.5%", N, "growth", 1.5, cls="pct"),
     M(G, "3.5%", N, "unemp", 3.5, cls="pct"),
     M(G, "October", D, "october", "2022-10"),
     M(G, "A$36.9bn", N, "oct_deficit", 36.9, cls="aud"),
     M(G, "2007-08", D, "lastsurplus", "2007"),
    ]
    build("australia-budget-2023", "Australia's federal budget (control) delivered by Treasurer Jim Chalmers on Tuesday 9 "
          "May 2023: a A$4.2 billion surplus forecast for this financial year, the first in 15 years (since 2007-08), "
          "against the October 2022 budget's A$36.9 billion deficit forecast; a A$13.9 billion deficit next financial "
          "year; a A$14.6 billion cost-of-living package with A$1.5 billion of energy bill relief and A$3.5 billion for "
          "the bulk-billing incentive; JobSeeker up A$40 a fortnight; growth forecast at 1.5%, unemployment now 3.5%. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    gabrielle()
    spill()
    budget()
