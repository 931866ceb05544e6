"""The hundred-and-twenty-sixth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset126/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def nyiragongo():
    R, K, DT, AP, AN = "reuters-may23", "kompas-may25", "detik-may31", "ap-jun02", "antara-jun25"
    # the government's running toll: Sunday 23 May (the spokesman), Monday 24 May (the province's civil protection),
    # restated on Monday 31 May and Friday 25 June; UNICEF's houses as of 26 May; OCHA's displaced of Sunday 30 May
    # and of Tuesday 1 June (lower: a revision of one body's estimate of one fact)
    SUN23, MON24, U26, SUN30, MON31, TUE01, JUN25 = (
        "2021-05-23", "2021-05-24", "2021-05-26", "2021-05-30", "2021-05-31", "2021-06-01", "2021-06-25")
    GOV, UNICEF, OCHA, UN, UNHCR = ("the Congolese authorities", "UNICEF", "OCHA", "the UN's figures",
                                    "UNHCR")
    names = {
     "dead": "people killed by the eruption", "road_dead": "people killed in a road accident while fleeing",
     "prison_dead": "inmates killed trying to escape", "burned": "people burned to death",
     "gas_dead": "people killed by toxic gas", "child_dead": "children among the dead", "missing": "people missing",
     "rwanda_cross": "people who crossed into Rwanda that night", "goma_pop": "Goma's population",
     "dead2002": "people killed by the 2002 eruption", "homeless2002": "people left homeless in 2002",
     "flow_width": "width of the lava flow across the road", "houses": "houses destroyed by the lava",
     "children_sep": "children separated from their families", "children_missing": "children feared missing",
     "displaced": "people displaced inside Congo by the eruption and the evacuation",
     "neighbourhoods": "neighbourhoods of Goma ordered evacuated", "evac_people": "people the evacuation order covered",
     "to_sake": "people displaced to Sake", "to_minova": "people displaced to Minova",
     "to_rutshuru": "people displaced to Rutshuru", "to_bukavu": "people displaced to Bukavu",
     "to_rwanda": "people who fled to Rwanda after the evacuation order", "days_to_order": "days from the eruption to the order",
     "schools": "schools destroyed", "water": "people without safe water",
     "houses_damaged": "houses badly damaged", "collective": "people sheltering in public buildings",
     "buildings": "public buildings used as shelters", "schools_used": "schools used as shelters",
     "churches": "churches used as shelters", "need_shelter": "people in need of shelter and aid",
     "assisted": "displaced people given shelter items by UNHCR",
     # dates
     "eruption": "day of the eruption", "count15_day": "day of the count of 15", "count32_day": "day of the count of 32",
     "y2002": "the previous eruption", "wb_end": "month the World Bank's support ended",
     "ocha_day": "day of OCHA's estimate of 416,000", "evac_order": "day the evacuation was ordered",
     "ndima_visit": "day the governor visited the displaced", "ocha_release": "day of OCHA's estimate of 234,000",
     "trickle_day": "day a few families had started back", "return_order": "day the return was ordered",
     "return_start": "first day of the organised return", "return_end": "last day of the organised return",
     "schools_reopen": "day the schools reopened", "assisted_day": "day of UNHCR's count of people assisted",
     "unhcr_day": "day of UNHCR's report",
    }
    ms = [
     M(R, "At least 15 people", N, "dead", 15, SUN23, qual="atleast", src=GOV),
     M(R, "Saturday", D, "eruption", "2021-05-22"),
     M(R, "Sunday", D, "count15_day", "2021-05-23"),
     M(R, "Nine", N, "road_dead", 9, SUN23, src=GOV),
     M(R, "four", N, "prison_dead", 4, SUN23, src=GOV),
     M(R, "two", N, "burned", 2, SUN23, src=GOV),
     M(R, "about 8,000 people", N, "rwanda_cross", 8000, qual="approx"),
     M(R, "about 2 million people", N, "goma_pop", 2000000, qual="approx"),
     M(R, "2002", D, "y2002", "2002"),
     M(R, "about 250 people", N, "dead2002", 250, qual="approx"),
     M(R, "some 120,000", N, "homeless2002", 120000, qual="approx"),

     M(K, "32 orang", N, "dead", 32, MON24, src=GOV),
     M(K, "Senin (24/5/2021)", D, "count32_day", "2021-05-24"),
     M(K, "sembilan orang", N, "burned", 9, MON24, src=GOV),
     M(K, "lima orang", N, "gas_dead", 5, MON24, src=GOV),
     M(K, "14 orang", N, "road_dead", 14, MON24, src=GOV),
     M(K, "empat narapidana", N, "prison_dead", 4, MON24, src=GOV),
     M(K, "Sabtu (22/5/2021)", D, "eruption", "2021-05-22"),
     M(K, "sekitar 1.000 meter", N, "flow_width", 1000, qual="approx", cls="m"),
     M(K, "lebih dari 500 rumah", N, "houses", 500, MON24, qual="morethan", src=GOV),
     M(K, "lebih dari 150 anak", N, "children_sep", 150, qual="morethan", src=UNICEF),
     M(K, "sekitar 170 anak", N, "children_missing", 170, qual="approx", src=UNICEF),
     M(K, "Oktober 2020", D, "wb_end", "2020-10"),

     M(DT, "sekitar 416.000 orang", N, "displaced", 416000, SUN30, qual="approx", src=OCHA),
     M(DT, "Minggu (30/5/2021)", D, "ocha_day", "2021-05-30"),
     M(DT, "10 kawasan", N, "neighbourhoods", 10),
     M(DT, "Kamis (27/5/2021)", D, "evac_order", "2021-05-27"),
     M(DT, "sekitar 400.000 penduduk", N, "evac_people", 400000, qual="approx"),
     M(DT, "Sabtu (29/5/2021)", D, "ndima_visit", "2021-05-29"),
     M(DT, "32 orang", N, "dead", 32, MON31, src=GOV),
     M(DT, "40 orang dewasa", N, "missing", 40, MON31, src=UN, fall=True),
     M(DT, "3.269 rumah", N, "houses", 3269, U26, src=UNICEF, planted=True),
     M(DT, "22 Mei", D, "eruption", "2021-05-22"),

     M(AP, "about 234,000 people", N, "displaced", 234000, TUE01, qual="approx", src=OCHA),
     M(AP, "416,000", N, "displaced", 416000, SUN30, src=OCHA),
     M(AP, "Sunday", D, "ocha_day", "2021-05-30"),
     M(AP, "Tuesday", D, "ocha_release", "2021-06-01"),
     M(AP, "About 63,000", N, "to_sake", 63000, qual="approx"),
     M(AP, "about 67,000", N, "to_minova", 67000, qual="approx"),
     M(AP, "about 53,000", N, "to_rutshuru", 53000, qual="approx"),
     M(AP, "about 40,000", N, "to_bukavu", 40000, qual="approx"),
     M(AP, "53,000 or so", N, "to_rwanda", 53000, qual="approx"),
     M(AP, "10 neighborhoods", N, "neighbourhoods", 10),
     M(AP, "May 27", D, "evac_order", "2021-05-27"),
     M(AP, "five days", N, "days_to_order", 5, cls="dur"),
     M(AP, "May 22", D, "eruption", "2021-05-22"),
     M(AP, "32 people", N, "dead", 32, TUE01, src=UNICEF),
     M(AP, "three children", N, "child_dead", 3),
     M(AP, "40 people", N, "missing", 40, TUE01, src=UN, fall=True),
     M(AP, "3,629 houses", N, "houses", 3629, U26, src=UNICEF),
     M(AP, "seven schools", N, "schools", 7),
     M(AP, "more than 195,000 people", N, "water", 195000, TUE01, qual="morethan", src="the water and sanitation cluster"),
     M(AP, "Tuesday", D, "trickle_day", "2021-06-01", occ=2),

     M(AN, "22 Mei 2021", D, "eruption", "2021-05-22"),
     M(AN, "Jumat", D, "unhcr_day", "2021-06-25"),
     M(AN, "7 Juni", D, "return_order", "2021-06-07"),
     M(AN, "8 Juni", D, "return_start", "2021-06-08"),
     M(AN, "20 Juni", D, "return_end", "2021-06-20"),
     M(AN, "lebih dari 3.600 rumah", N, "houses", 3600, JUN25, qual="morethan", src=UNHCR),
     M(AN, "1.000 rumah", N, "houses_damaged", 1000),
     M(AN, "21.133 orang", N, "collective", 21133, JUN25, fall=True),
     M(AN, "13 bangunan", N, "buildings", 13),
     M(AN, "11 sekolah", N, "schools_used", 11),
     M(AN, "dua gereja", N, "churches", 2),
     M(AN, "14 Juni", D, "schools_reopen", "2021-06-14"),
     M(AN, "lebih dari 30.000 orang", N, "need_shelter", 30000, JUN25, qual="morethan"),
     M(AN, "lebih dari 550.000 orang", N, "water", 550000, JUN25, qual="morethan", src=UNHCR),
     M(AN, "21 Juni", D, "assisted_day", "2021-06-21"),
     M(AN, "lebih dari 8.000 pengungsi", N, "assisted", 8000, "2021-06-21", qual="morethan"),
     M(AN, "32 orang", N, "dead", 32, JUN25, src=GOV),
    ]
    build("nyiragongo-eruption-2021", "The eruption of Mount Nyiragongo above Goma (Saturday 22 May 2021): the "
          "government's toll of 15 on Sunday 23 May (nine in a road accident, four inmates, two burned) rising to 32 "
          "on Monday 24 May (nine burned, five gassed, 14 in a truck accident, four inmates) and restated later, "
          "UNICEF's 32 (three children) and the UN's 40 missing; houses destroyed by three bodies (more than 500; "
          "UNICEF's 3,629; UNHCR's more than 3,600); the evacuation of 10 neighbourhoods ordered on Thursday 27 May "
          "(about 400,000 people); OCHA's estimate of the displaced, about 416,000 on Sunday 30 May, lowered to about "
          "234,000 in Congo on Tuesday 1 June (a revision); the return ordered on 7 June (8 to 20 June), schools "
          "reopened on 14 June, UNHCR's figures of 25 June", False, ms, names)


def mozambique():
    R, K, A, T = "reuters-oct24", "kompas-oct26", "ap-dec24", "tempo-jan16"
    CNE, CC, RIGHTS = "the National Elections Commission", "the Constitutional Council", "local rights groups"
    names = {
     "chapo_share": "Chapo's share", "mondlane_share": "Mondlane's share", "momade_share": "Momade's share",
     "simango_share": "Simango's share", "chapo_votes": "votes for Chapo", "mondlane_votes": "votes for Mondlane",
     "frelimo_seats": "Frelimo's seats", "podemos_seats": "Podemos's seats", "renamo_seats": "Renamo's seats",
     "mdm_seats": "the MDM's seats", "parliament": "seats in parliament", "frelimo2019": "Frelimo's seats in 2019",
     "renamo2019": "Renamo's seats in 2019", "mdm2019": "the MDM's seats in 2019", "turnout": "turnout",
     "registered": "registered voters", "cne_for": "commission members voting for the tally",
     "cne_against": "commission members voting against the tally", "frelimo_prov": "Frelimo's provincial seats",
     "prov_total": "provincial assembly seats", "provinces": "provincial assemblies", "age": "Chapo's age",
     "terms": "terms served by the outgoing president", "protest_dead": "people killed in the unrest",
     "guests": "guests at the inauguration", "rule_years": "years of Frelimo rule",
     # dates
     "election": "day of the election", "cne_day": "day the commission announced the results",
     "y2019": "the previous election", "protests_start": "day the protests began", "independence": "year of independence",
     "chapo_chosen": "month Chapo was chosen as candidate", "cc_day": "day the council confirmed the results",
     "protests_month": "month the unrest began", "inauguration": "day of the inauguration",
    }
    ms = [
     M(R, "Oct. 9", D, "election", "2024-10-09"),
     M(R, "70.67%", N, "chapo_share", 70.67, cls="pct", src=CNE),
     M(R, "Thursday", D, "cne_day", "2024-10-24"),
     M(R, "4,912,762 votes", N, "chapo_votes", 4912762, src=CNE),
     M(R, "1,412,517 votes", N, "mondlane_votes", 1412517, src=CNE),
     M(R, "20.32%", N, "mondlane_share", 20.32, cls="pct", src=CNE),
     M(R, "5.81%", N, "momade_share", 5.81, cls="pct", src=CNE),
     M(R, "3.21%", N, "simango_share", 3.21, cls="pct", src=CNE),
     M(R, "195", N, "frelimo_seats", 195, src=CNE),
     M(R, "250 seats", N, "parliament", 250),
     M(R, "184", N, "frelimo2019", 184),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "31", N, "podemos_seats", 31, src=CNE),
     M(R, "20 seats", N, "renamo_seats", 20, src=CNE),
     M(R, "60", N, "renamo2019", 60),
     M(R, "four", N, "mdm_seats", 4, src=CNE),
     M(R, "six", N, "mdm2019", 6),
     M(R, "43.48%", N, "turnout", 43.48, cls="pct"),
     M(R, "more than 17 million", N, "registered", 17000000, qual="morethan"),
     M(R, "nine votes to seven", N, "cne_for", 9, also=(("cne_against", 7),)),
     M(R, "Monday", D, "protests_start", "2024-10-21"),
     M(R, "1975", D, "independence", "1975"),

     M(K, "70,67 persen", N, "chapo_share", 70.67, cls="pct", src=CNE),
     M(K, "Kamis (24/10/2024)", D, "cne_day", "2024-10-24"),
     M(K, "20,23 persen", N, "mondlane_share", 20.23, cls="pct", src=CNE, planted=True),
     M(K, "Rabu (9/10/2024)", D, "election", "2024-10-09"),
     M(K, "195", N, "frelimo_seats", 195, src=CNE),
     M(K, "250 kursi", N, "parliament", 250),
     M(K, "31 kursi", N, "podemos_seats", 31, src=CNE),
     M(K, "20 kursi", N, "renamo_seats", 20, src=CNE),
     M(K, "731", N, "frelimo_prov", 731, src=CNE),
     M(K, "867 kursi", N, "prov_total", 867),
     M(K, "sepuluh dewan provinsi", N, "provinces", 10),
     M(K, "43,48 persen", N, "turnout", 43.48, cls="pct"),
     M(K, "47 tahun", N, "age", 47, "2024-10-26", cls="age"),
     M(K, "Mei", D, "chapo_chosen", "2024-05"),
     M(K, "dua periode", N, "terms", 2),

     M(A, "Monday", D, "cc_day", "2024-12-23"),
     M(A, "65.17%", N, "chapo_share", 65.17, cls="pct", src=CC),
     M(A, "70.67%", N, "chapo_share", 70.67, cls="pct", src=CNE),
     M(A, "24.19%", N, "mondlane_share", 24.19, cls="pct", src=CC),
     M(A, "20.32%", N, "mondlane_share", 20.32, cls="pct", src=CNE),
     M(A, "6.62%", N, "momade_share", 6.62, cls="pct", src=CC),
     M(A, "4.02%", N, "simango_share", 4.02, cls="pct", src=CC),
     M(A, "250-member", N, "parliament", 250),
     M(A, "171", N, "frelimo_seats", 171, src=CC),
     M(A, "195", N, "frelimo_seats", 195, src=CNE),
     M(A, "43", N, "podemos_seats", 43, src=CC),
     M(A, "28", N, "renamo_seats", 28, src=CC),
     M(A, "eight", N, "mdm_seats", 8, src=CC),
     M(A, "ten", N, "provinces", 10),
     M(A, "624", N, "frelimo_prov", 624, src=CC),
     M(A, "867 seats", N, "prov_total", 867),
     M(A, "More than 100 people", N, "protest_dead", 100, "2024-12-23", qual="morethan", src=RIGHTS),
     M(A, "October", D, "election", "2024-10"),
     M(A, "October", D, "protests_month", "2024-10", occ=2),
     M(A, "Jan. 15", D, "inauguration", "2025-01-15"),

     M(T, "Rabu (15/1/2025)", D, "inauguration", "2025-01-15"),
     M(T, "48 tahun", N, "age", 48, "2025-01-15", cls="age"),
     M(T, "sekitar 2.500 tamu", N, "guests", 2500, qual="approx"),
     M(T, "22 Desember 2024", D, "cc_day", "2024-12-22", planted=True),
     M(T, "65,17 persen", N, "chapo_share", 65.17, cls="pct", src=CC),
     M(T, "24,19 persen", N, "mondlane_share", 24.19, cls="pct", src=CC),
     M(T, "1975", D, "independence", "1975"),
     M(T, "50 tahun", N, "rule_years", 50, cls="dur"),
     M(T, "9 Oktober", D, "election", "2024-10-09"),
     M(T, "lebih dari 300 orang", N, "protest_dead", 300, "2025-01-15", qual="morethan", src=RIGHTS),
     M(T, "Oktober", D, "protests_month", "2024-10", occ=2),
    ]
    build("mozambique-election-2024", "Mozambique's general election of Wednesday 9 October 2024: the National "
          "Elections Commission's results of Thursday 24 October (Chapo 70.67% and 4,912,762 votes, Mondlane 20.32% "
          "and 1,412,517, Momade 5.81%, Simango 3.21%; Frelimo 195 of 250 seats, Podemos 31, Renamo 20, the MDM 4; "
          "Frelimo 731 of 867 provincial seats; turnout 43.48%; approved by nine votes to seven) against the "
          "Constitutional Council's of Monday 23 December (Chapo 65.17%, Mondlane 24.19%, Momade 6.62%, Simango "
          "4.02%; Frelimo 171, Podemos 43, Renamo 28, the MDM 8; Frelimo 624 of 867 provincial seats); Chapo, 47 then "
          "48, sworn in on Wednesday 15 January 2025; more than 100 and then more than 300 killed in the unrest",
          False, ms, names)


def zambia():
    R, L, B, K = "reuters-aug14", "lusakatimes-aug15", "bisnis-aug16", "kontan-aug17"
    names = {
     "rate": "the policy rate kept", "band_low": "the target band's floor", "band_high": "the target band's ceiling",
     "q2": "average inflation in the second quarter", "q1": "average inflation in the first quarter",
     "jul": "inflation in July", "jun": "inflation in June", "f2024": "inflation forecast for 2024",
     "f2024_may": "May's forecast for 2024", "f2025": "inflation forecast for 2025",
     "f2025_may": "May's forecast for 2025", "fh2026": "inflation forecast for the first half of 2026",
     "reserves": "gross international reserves (billion dollars)", "cover": "months of import cover",
     "imf": "the IMF's disbursement (million dollars)", "hike_feb": "February's rise", "rate_feb": "the rate after February's rise",
     "hike_may": "May's rise", "rate_may": "the rate after May's rise", "hikes": "rises this year",
     # dates
     "decision": "day of the announcement", "meeting": "the committee's meeting", "jul_month": "July 2024",
     "jun_month": "June 2024", "y2024": "the year 2024", "may_mpc": "month of the earlier forecasts",
     "y2025": "the year 2025", "h2026": "the first half of 2026", "feb_hike": "month of February's rise",
     "may_hike": "month of May's rise",
    }
    ms = [
     M(R, "13.5%", N, "rate", 13.5, cls="pct"),
     M(R, "Wednesday", D, "decision", "2024-08-14"),
     M(R, "6%-8%", N, "band_low", 6, cls="pct", also=(("band_high", 8),)),
     M(R, "14.6%", N, "q2", 14.6, cls="pct"),
     M(R, "13.5%", N, "q1", 13.5, cls="pct", occ=2),
     M(R, "15.4%", N, "jul", 15.4, cls="pct"),
     M(R, "July", D, "jul_month", "2024-07"),
     M(R, "15.2%", N, "jun", 15.2, cls="pct"),
     M(R, "June", D, "jun_month", "2024-06"),
     M(R, "15.3%", N, "f2024", 15.3, cls="pct"),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "13.7%", N, "f2024_may", 13.7, cls="pct"),
     M(R, "May", D, "may_mpc", "2024-05"),
     M(R, "2025", D, "y2025", "2025"),
     M(R, "12.7%", N, "f2025", 12.7, cls="pct"),
     M(R, "9.8%", N, "f2025_may", 9.8, cls="pct"),
     M(R, "2026", D, "h2026", "2026"),
     M(R, "10.8%", N, "fh2026", 10.8, cls="pct"),
     M(R, "Aug. 12-13", D, "meeting", "2024-08-12"),
     M(R, "$3.9 billion", N, "reserves", 3.9, cls="usd_bn"),
     M(R, "4.3 months", N, "cover", 4.3, cls="months"),
     M(R, "$569.6 million", N, "imf", 569.6, cls="usd_m"),
     M(R, "150 basis points", N, "hike_feb", 150, cls="bp"),
     M(R, "12.5%", N, "rate_feb", 12.5, cls="pct"),
     M(R, "February", D, "feb_hike", "2024-02"),
     M(R, "100 basis points", N, "hike_may", 100, cls="bp"),
     M(R, "13.5%", N, "rate_may", 13.5, cls="pct", occ=3),
     M(R, "May", D, "may_hike", "2024-05", occ=2),

     M(L, "13.5 percent", N, "rate", 13.5, cls="pct"),
     M(L, "August 12 and 13, 2024", D, "meeting", "2024-08-12"),
     M(L, "Wednesday, August 14", D, "decision", "2024-08-14"),
     M(L, "6-8 percent", N, "band_low", 6, cls="pct", also=(("band_high", 8),)),
     M(L, "14.6 percent", N, "q2", 14.6, cls="pct"),
     M(L, "13.5 percent", N, "q1", 13.5, cls="pct", occ=2),
     M(L, "15.4 percent", N, "jul", 15.4, cls="pct"),
     M(L, "July", D, "jul_month", "2024-07"),
     M(L, "15.3 percent", N, "f2024", 15.3, cls="pct"),
     M(L, "2024", D, "y2024", "2024", occ=3),
     M(L, "12.7 percent", N, "f2025", 12.7, cls="pct"),
     M(L, "2025", D, "y2025", "2025"),
     M(L, "10.8 percent", N, "fh2026", 10.8, cls="pct"),
     M(L, "2026", D, "h2026", "2026"),
     M(L, "US$3.9 billion", N, "reserves", 3.9, cls="usd_bn"),
     M(L, "4.3 months", N, "cover", 4.3, cls="months"),

     M(B, "13,5%", N, "rate", 13.5, cls="pct"),
     M(B, "Rabu (14/8/2024)", D, "decision", "2024-08-14"),
     M(B, "12-13 Agustus", D, "meeting", "2024-08-12"),
     M(B, "6%-8%", N, "band_low", 6, cls="pct", also=(("band_high", 8),)),
     M(B, "14,6%", N, "q2", 14.6, cls="pct"),
     M(B, "13,5%", N, "q1", 13.5, cls="pct", occ=2),
     M(B, "Juli", D, "jul_month", "2024-07"),
     M(B, "15,4%", N, "jul", 15.4, cls="pct"),
     M(B, "15,2%", N, "jun", 15.2, cls="pct"),
     M(B, "Juni", D, "jun_month", "2024-06"),
     M(B, "15,3%", N, "f2024", 15.3, cls="pct"),
     M(B, "2024", D, "y2024", "2024", occ=3),
     M(B, "13,7%", N, "f2024_may", 13.7, cls="pct"),
     M(B, "Mei", D, "may_mpc", "2024-05"),
     M(B, "2025", D, "y2025", "2025"),
     M(B, "12,7%", N, "f2025", 12.7, cls="pct"),
     M(B, "9,8%", N, "f2025_may", 9.8, cls="pct"),
     M(B, "US$3,9 miliar", N, "reserves", 3.9, cls="usd_bn"),
     M(B, "4,3 bulan", N, "cover", 4.3, cls="months"),
     M(B, "US$569,6 juta", N, "imf", 569.6, cls="usd_m"),
     M(B, "dua kali", N, "hikes", 2),
     M(B, "150 basis poin", N, "hike_feb", 150, cls="bp"),
     M(B, "Februari", D, "feb_hike", "2024-02"),
     M(B, "100 basis poin", N, "hike_may", 100, cls="bp"),
     M(B, "Mei", D, "may_hike", "2024-05", occ=2),

     M(K, "13,5 persen", N, "rate", 13.5, cls="pct"),
     M(K, "Rabu, 14 Agustus 2024", D, "decision", "2024-08-14"),
     M(K, "Juli 2024", D, "jul_month", "2024-07"),
     M(K, "15,4 persen", N, "jul", 15.4, cls="pct"),
     M(K, "15,2 persen", N, "jun", 15.2, cls="pct"),
     M(K, "Juni", D, "jun_month", "2024-06"),
     M(K, "6 persen hingga 8 persen", N, "band_low", 6, cls="pct", also=(("band_high", 8),)),
     M(K, "14,6 persen", N, "q2", 14.6, cls="pct"),
     M(K, "13,5 persen", N, "q1", 13.5, cls="pct", occ=2),
     M(K, "15,3 persen", N, "f2024", 15.3, cls="pct"),
     M(K, "12,7 persen", N, "f2025", 12.7, cls="pct"),
     M(K, "2025", D, "y2025", "2025"),
     M(K, "10,8 persen", N, "fh2026", 10.8, cls="pct"),
     M(K, "2026", D, "h2026", "2026"),
     M(K, "3,9 miliar dollar AS", N, "reserves", 3.9, cls="usd_bn"),
     M(K, "4,3 bulan", N, "cover", 4.3, cls="months"),
     M(K, "100 basis poin", N, "hike_may", 100, cls="bp"),
     M(K, "13,5 persen", N, "rate_may", 13.5, cls="pct", occ=3),
     M(K, "Mei 2024", D, "may_hike", "2024-05"),
    ]
    build("zambia-rate-2024", "The Bank of Zambia's rate decision (control), announced on Wednesday 14 August 2024 "
          "after the committee's meeting of 12-13 August: the policy rate kept at 13.5% against a 6-8% target band; "
          "inflation averaging 14.6% in the second quarter (13.5% in the first), 15.4% in July (15.2% in June); "
          "forecasts of 15.3% for 2024 (13.7% in May), 12.7% for 2025 (9.8%) and 10.8% for the first half of 2026; "
          "reserves of $3.9 billion (4.3 months of imports) after the IMF's $569.6 million; the rises of 150 basis "
          "points to 12.5% in February and 100 basis points to 13.5% in May. Zero conflicts expected.", True, ms,
          names)


if __name__ == "__main__":
    nyiragongo()
    mozambique()
    zambia()
