"""The two-hundred-and-fourteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset214/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def sendong():
    R, K, T, A = "reuters-dec18", "kompas-dec21", "tempo-dec28", "ap-jan10"
    # as-of times of the running tallies: Sunday 18 December 2011 at noon (the NDRRMC's 332) and at 6 p.m. (the Red
    # Cross's 652), Tuesday 20 December in the morning (the NDRRMC's 957; the missing), Thursday 22 December (1,010),
    # Monday 26 December (1,079 missing), Tuesday 27 December at 6 a.m. (1,453 dead, 84 missing, the injured, the
    # houses), Monday 9 January 2012 (the corrected 1,249; the affected and the evacuees). The missing and the evacuees
    # may fall; the dead may not, so the NDRRMC's 1,249 after its 1,453 is a revision.
    SUN12, SUN18, TUE20, THU22, MON26, TUE27, JAN9 = ("2011-12-18a", "2011-12-18b", "2011-12-20", "2011-12-22",
                                                      "2011-12-26", "2011-12-27", "2012-01-09")
    # sources: the government's disaster council (the NDRRMC and its Office of Civil Defense) against the Philippine
    # Red Cross, for the dead and for the missing, also across days.
    GOV, PRC = "the NDRRMC", "the Philippine Red Cross"
    names = {
     "dead": "people killed", "evac": "people in evacuation centres", "families": "families affected",
     "missing": "people missing", "dead_brazil": "dead in Brazil's January floods",
     "dead_thai": "dead in Thailand's floods", "dead_cdo": "dead in Cagayan de Oro", "dead_iligan": "dead in Iligan",
     "injured": "people injured", "rescued": "people rescued", "destroyed": "houses and buildings destroyed",
     "damaged": "houses and buildings partly damaged", "affected": "people affected",
     "served": "people still receiving aid", "centres": "evacuation centres",
     # dates
     "flood": "day of the flash floods", "asof_sun": "day of the first counts (Sunday)",
     "asof_tue20": "day of the count of 957", "asof_thu22": "day of the count of 1,010",
     "asof_mon26": "day of the count of 1,079 missing", "asof_dec27": "day of the count of 1,453",
     "asof_jan9": "day of the corrected count of 1,249", "brazil": "month of Brazil's floods",
     "thai_start": "month Thailand's floods began", "thai_end": "month Thailand's floods ended",
    }
    ms = [
     M(R, "652 people", N, "dead", 652, SUN18, src=PRC),
     M(R, "Sunday", D, "asof_sun", "2011-12-18"),
     M(R, "332", N, "dead", 332, SUN12, src=GOV),
     M(R, "Saturday", D, "flood", "2011-12-17"),
     M(R, "At least 8,000 families", N, "families", 8000, SUN18, qual="atleast"),
     M(R, "Almost 35,000 people", N, "evac", 35000, SUN18, qual="nearly", src=GOV, fall=True),

     M(K, "957 orang", N, "dead", 957, TUE20, src=GOV),
     M(K, "Selasa (20/12/2011)", D, "asof_tue20", "2011-12-20"),
     M(K, "332 orang", N, "dead", 332, SUN12, src=GOV),
     M(K, "Minggu siang", D, "asof_sun", "2011-12-18"),
     M(K, "625 korban tewas", N, "dead", 625, SUN18, src=PRC, planted=True),
     M(K, "Minggu petang", D, "asof_sun", "2011-12-18"),
     M(K, "Sabtu (17/12/2011)", D, "flood", "2011-12-17"),
     M(K, "82 orang", N, "missing", 82, TUE20, src=GOV, fall=True),
     M(K, "sekitar 800 orang", N, "missing", 800, TUE20, qual="approx", src=PRC, fall=True),
     M(K, "Januari", D, "brazil", "2011-01"),
     M(K, "902 orang", N, "dead_brazil", 902),
     M(K, "Juni", D, "thai_start", "2011-06"),
     M(K, "November", D, "thai_end", "2011-11"),
     M(K, "657 orang", N, "dead_thai", 657),

     M(T, "1.453 orang", N, "dead", 1453, TUE27, src=GOV),
     M(T, "Selasa (27/12/2011)", D, "asof_dec27", "2011-12-27"),
     M(T, "891 jenazah", N, "dead_cdo", 891, TUE27),
     M(T, "408", N, "dead_iligan", 408, TUE27),
     M(T, "4.594 orang", N, "injured", 4594, TUE27),
     M(T, "441 orang", N, "rescued", 441, TUE27),
     M(T, "Selasa", D, "asof_dec27", "2011-12-27", occ=2),
     M(T, "1.079 orang", N, "missing", 1079, MON26, src=GOV, fall=True),
     M(T, "Senin", D, "asof_mon26", "2011-12-26"),
     M(T, "84 orang", N, "missing", 84, TUE27, src=GOV, fall=True),
     M(T, "12.525 rumah", N, "destroyed", 12525, TUE27),
     M(T, "26.912", N, "damaged", 26912, TUE27),
     M(T, "Kamis (22/12/2011)", D, "asof_thu22", "2011-12-22"),
     M(T, "1.010 korban tewas", N, "dead", 1010, THU22, src=GOV),
     M(T, "Sabtu (17/12/2011)", D, "flood", "2011-12-17"),

     M(A, "1,249", N, "dead", 1249, JAN9, src=GOV),
     M(A, "Monday", D, "asof_jan9", "2012-01-09"),
     M(A, "1,543 dead", N, "dead", 1543, TUE27, src=GOV, planted=True),
     M(A, "Dec. 27", D, "asof_dec27", "2011-12-27"),
     M(A, "Dec. 17", D, "flood", "2011-12-17"),
     M(A, "More than 1.1 million people", N, "affected", 1100000, JAN9, qual="morethan"),
     M(A, "429,309", N, "served", 429309, JAN9),
     M(A, "24,477 people", N, "evac", 24477, JAN9, src=GOV, fall=True),
     M(A, "55 evacuation centers", N, "centres", 55, JAN9),
     M(A, "652 dead", N, "dead", 652, SUN18, src=PRC),
     M(A, "Dec. 18", D, "asof_sun", "2011-12-18"),
    ]
    build("sendong-floods-2011", "Tropical storm Washi (Sendong) and the flash floods of Cagayan de Oro and Iligan, "
          "northern Mindanao (early on Saturday 17 December 2011): the Red Cross's 652 dead against the NDRRMC's 332 on "
          "Sunday 18 December, the NDRRMC's 957 on Tuesday 20 December, 1,010 on Thursday 22 December, 1,453 on Tuesday "
          "27 December (891 in Cagayan de Oro, 408 in Iligan; 4,594 injured), corrected down to 1,249 by Monday 9 "
          "January 2012 after double entries; the missing (82 against the Red Cross's about 800; 1,079 cut to 84)",
          False, ms, names)


def undi18():
    S, K, T, M4 = "thestar-jul05", "kompas-jul17", "detik-jul26", "malaymail-jul27"
    # votes, seats, ages and dates do not change with the day of the report: the first reading (Thursday 4 July
    # 2019), the Dewan Rakyat's vote (Tuesday 16 July: 211 of 222, 148 needed, 11 absent), the Dewan Negara's vote
    # (Thursday 25 July: 47 senators of 67, 20 absent), the law minister's statement (Friday 26 July) and the failed
    # amendment of April 2019 (138 votes) are different events. The voting age (18, from 21), the age to stand for
    # Parliament (18) and the age still required for state assemblies (21) are different facts.
    names = {
     "age_old": "the former voting age", "age_new": "the new voting age",
     "cand_age": "the new minimum age of parliamentary candidates",
     "state_cand_age": "the minimum age of state assembly candidates", "seats": "seats in the Dewan Rakyat",
     "needed": "votes needed for a two-thirds majority", "gov_seats": "seats of the government and its allies",
     "short": "seats the government was short of two-thirds", "april_yes": "votes for the April amendment",
     "dr_yes": "Dewan Rakyat members voting for the amendment", "absent": "Dewan Rakyat members absent",
     "speakers": "members who spoke in the debate", "hours": "hours of debate",
     "dn_yes": "senators voting for the amendment", "new_voters": "new voters expected",
     "dr_pct": "share of the Dewan Rakyat voting for", "dn_pct": "share of the Senate voting for",
     "senate_members": "members of the Senate at the time", "dn_absent": "senators absent",
     # dates
     "first_reading": "day of the first reading", "meeting_end": "last day of the meeting",
     "april_vote": "month of the failed amendment", "dr_vote": "day of the Dewan Rakyat's vote",
     "dn_vote": "day of the Dewan Negara's vote", "ge14": "month of the 2018 election",
     "statement": "day of the law minister's statement",
    }
    ms = [
     M(S, "from 21", N, "age_old", 21, cls="age"),
     M(S, "to 18", N, "age_new", 18, cls="age"),
     M(S, "Thursday (July 4)", D, "first_reading", "2019-07-04"),
     M(S, "222-member", N, "seats", 222),
     M(S, "148 MPs", N, "needed", 148),
     M(S, "139 seats", N, "gov_seats", 139),
     M(S, "nine", N, "short", 9),
     M(S, "April", D, "april_vote", "2019-04"),
     M(S, "138 votes", N, "april_yes", 138),
     M(S, "July 18", D, "meeting_end", "2019-07-18"),

     M(K, "Selasa (16/7/2019)", D, "dr_vote", "2019-07-16"),
     M(K, "21 tahun", N, "age_old", 21, cls="age"),
     M(K, "18 tahun", N, "age_new", 18, cls="age"),
     M(K, "211", N, "dr_yes", 211),
     M(K, "222 anggota", N, "seats", 222),
     M(K, "148 suara", N, "needed", 148),
     M(K, "11 anggota", N, "absent", 11),
     M(K, "Lebih dari 60 anggota", N, "speakers", 60, qual="morethan"),
     M(K, "sekitar enam jam", N, "hours", 6, qual="approx", cls="dur"),
     M(K, "18 tahun", N, "cand_age", 18, cls="age", occ=2),
     M(K, "April", D, "april_vote", "2019-04"),
     M(K, "138 suara", N, "april_yes", 138),

     M(T, "18 tahun", N, "age_new", 18, cls="age"),
     M(T, "Kamis (25/7/2019)", D, "dn_vote", "2019-07-25"),
     M(T, "47 senator", N, "dn_yes", 47),
     M(T, "Rabu (17/7/2019)", D, "dr_vote", "2019-07-17", planted=True),
     M(T, "211 anggota", N, "dr_yes", 211),
     M(T, "sekitar 7,8 juta pemilih", N, "new_voters", 7800000, qual="approx"),
     M(T, "21 tahun", N, "age_old", 21, cls="age"),
     M(T, "Mei 2018", D, "ge14", "2018-05"),

     M(M4, "21 years old", N, "state_cand_age", 21, qual="atleast", cls="age"),
     M(M4, "Friday", D, "statement", "2019-07-26"),
     M(M4, "July 16", D, "dr_vote", "2019-07-16"),
     M(M4, "221", N, "dr_yes", 221, planted=True),
     M(M4, "222 members", N, "seats", 222),
     M(M4, "95 per cent", N, "dr_pct", 95, cls="pct"),
     M(M4, "July 25", D, "dn_vote", "2019-07-25"),
     M(M4, "47 senators", N, "dn_yes", 47),
     M(M4, "70.14 per cent", N, "dn_pct", 70.14, cls="pct"),
     M(M4, "67 members", N, "senate_members", 67),
     M(M4, "20 senators", N, "dn_absent", 20),
     M(M4, "from 21", N, "age_old", 21, cls="age"),
     M(M4, "to 18", N, "age_new", 18, cls="age"),
     M(M4, "aged 18", N, "cand_age", 18, cls="age"),
     M(M4, "July 4", D, "first_reading", "2019-07-04"),
    ]
    build("undi18-amendment-2019", "Malaysia's constitutional amendment lowering the voting age from 21 to 18 (Undi18) "
          "in stages: the first reading on Thursday 4 July 2019 (the government and its allies 139 of 222 seats, 148 "
          "needed); the Dewan Rakyat's vote on Tuesday 16 July 2019 (211 of 222 for, none against, 11 absent); the "
          "Dewan Negara's vote on Thursday 25 July 2019 (47 senators for, 20 absent); the law minister Liew Vui Keong's "
          "statement of Friday 26 July", False, ms, names)


def budget():
    C, K, B, S = "cna-feb18", "kontan-feb19", "bisnis-feb20", "straitstimes-feb21"
    names = {
     "gst_now": "the GST rate now", "gst1": "the GST rate from 2023", "gst2": "the GST rate from 2024",
     "assurance": "the Assurance Package (S$ billion)", "assure_years": "years the package offsets the rise",
     "rate23": "the new 23% band", "rate24": "the new top income tax rate", "top_old": "the current top income tax rate",
     "th500k": "lower bound of the 23% band (S$)", "th1m": "threshold of the 24% rate (S$)",
     "carbon_now": "the carbon tax now (S$ per tonne)", "carbon1": "the carbon tax in 2024 and 2025",
     "carbon2": "the carbon tax in 2026 and 2027", "carbon_target": "the carbon tax aimed for by 2030",
     "deficit": "the overall deficit (S$ billion)", "deficit_pct": "the deficit (% of GDP)",
     # dates
     "budget_day": "day of the Budget statement", "gst1_date": "day of the first GST rise",
     "gst2_date": "day of the second GST rise", "ya": "first year of assessment of the new rates",
     "carbon1_start": "first year of the S$25 carbon tax", "carbon1_end": "last year of the S$25 carbon tax",
     "carbon2_start": "first year of the S$45 carbon tax", "carbon2_end": "last year of the S$45 carbon tax",
     "target_year": "year of the carbon tax target", "fy": "the financial year",
    }
    ms = [
     M(C, "7 per cent", N, "gst_now", 7, cls="pct"),
     M(C, "8 per cent", N, "gst1", 8, cls="pct"),
     M(C, "Jan 1, 2023", D, "gst1_date", "2023-01-01"),
     M(C, "9 per cent", N, "gst2", 9, cls="pct"),
     M(C, "Jan 1, 2024", D, "gst2_date", "2024-01-01"),
     M(C, "Friday (Feb 18)", D, "budget_day", "2022-02-18"),
     M(C, "S$6.6 billion", N, "assurance", 6.6, cls="sgdbn"),
     M(C, "at least five years", N, "assure_years", 5, qual="atleast", cls="dur"),
     M(C, "23 per cent", N, "rate23", 23, cls="pct"),
     M(C, "S$500,000", N, "th500k", 500000, cls="income"),
     M(C, "S$1 million", N, "th1m", 1000000, cls="income"),
     M(C, "24 per cent", N, "rate24", 24, cls="pct"),
     M(C, "S$1 million", N, "th1m", 1000000, cls="income", occ=2),
     M(C, "22 per cent", N, "top_old", 22, cls="pct"),
     M(C, "2024", D, "ya", "2024", occ=2),
     M(C, "S$5 per tonne", N, "carbon_now", 5, cls="carbon"),
     M(C, "S$25 per tonne", N, "carbon1", 25, cls="carbon"),
     M(C, "2024", D, "carbon1_start", "2024", occ=3),
     M(C, "2025", D, "carbon1_end", "2025"),
     M(C, "S$45 per tonne", N, "carbon2", 45, cls="carbon"),
     M(C, "2026", D, "carbon2_start", "2026"),
     M(C, "2027", D, "carbon2_end", "2027"),
     M(C, "S$50 to S$80 per tonne", N, "carbon_target", 50, cls="carbon"),
     M(C, "2030", D, "target_year", "2030"),
     M(C, "S$3 billion", N, "deficit", 3, cls="sgdbn"),
     M(C, "0.5 per cent", N, "deficit_pct", 0.5, cls="pct"),

     M(K, "7%", N, "gst_now", 7, cls="pct"),
     M(K, "8%", N, "gst1", 8, cls="pct"),
     M(K, "1 Januari 2023", D, "gst1_date", "2023-01-01"),
     M(K, "9%", N, "gst2", 9, cls="pct"),
     M(K, "1 Januari 2024", D, "gst2_date", "2024-01-01"),
     M(K, "2022", D, "fy", "2022"),
     M(K, "Jumat (18/2/2022)", D, "budget_day", "2022-02-18"),
     M(K, "S$6,6 miliar", N, "assurance", 6.6, cls="sgdbn"),
     M(K, "22%", N, "top_old", 22, cls="pct"),
     M(K, "24%", N, "rate24", 24, cls="pct"),
     M(K, "S$1 juta", N, "th1m", 1000000, cls="income"),
     M(K, "S$500.000", N, "th500k", 500000, cls="income"),
     M(K, "S$1 juta", N, "th1m", 1000000, cls="income", occ=2),
     M(K, "23%", N, "rate23", 23, cls="pct"),
     M(K, "S$5 per ton", N, "carbon_now", 5, cls="carbon"),
     M(K, "S$25 per ton", N, "carbon1", 25, cls="carbon"),
     M(K, "2024", D, "carbon1_start", "2024", occ=2),
     M(K, "S$45 per ton", N, "carbon2", 45, cls="carbon"),
     M(K, "2026", D, "carbon2_start", "2026"),
     M(K, "S$50 hingga S$80 per ton", N, "carbon_target", 50, cls="carbon"),
     M(K, "2030", D, "target_year", "2030"),
     M(K, "S$3 miliar", N, "deficit", 3, cls="sgdbn"),
     M(K, "0,5%", N, "deficit_pct", 0.5, cls="pct"),

     M(B, "7 persen", N, "gst_now", 7, cls="pct"),
     M(B, "8 persen", N, "gst1", 8, cls="pct"),
     M(B, "1 Januari 2023", D, "gst1_date", "2023-01-01"),
     M(B, "9 persen", N, "gst2", 9, cls="pct"),
     M(B, "Jumat (18/2/2022)", D, "budget_day", "2022-02-18"),
     M(B, "S$6,6 miliar", N, "assurance", 6.6, cls="sgdbn"),
     M(B, "23 persen", N, "rate23", 23, cls="pct"),
     M(B, "S$500.000", N, "th500k", 500000, cls="income"),
     M(B, "S$1 juta", N, "th1m", 1000000, cls="income"),
     M(B, "24 persen", N, "rate24", 24, cls="pct"),
     M(B, "S$1 juta", N, "th1m", 1000000, cls="income", occ=2),
     M(B, "22 persen", N, "top_old", 22, cls="pct"),
     M(B, "2024", D, "ya", "2024"),
     M(B, "S$5 per ton", N, "carbon_now", 5, cls="carbon"),
     M(B, "S$25 per ton", N, "carbon1", 25, cls="carbon"),
     M(B, "2024", D, "carbon1_start", "2024", occ=2),
     M(B, "2025", D, "carbon1_end", "2025"),
     M(B, "S$45 per ton", N, "carbon2", 45, cls="carbon"),
     M(B, "2026", D, "carbon2_start", "2026"),
     M(B, "2027", D, "carbon2_end", "2027"),
     M(B, "S$50 hingga S$80 per ton", N, "carbon_target", 50, cls="carbon"),
     M(B, "2030", D, "target_year", "2030"),
     M(B, "2022", D, "fy", "2022", occ=2),
     M(B, "S$3 miliar", N, "deficit", 3, cls="sgdbn"),
     M(B, "sekitar 0,5 persen", N, "deficit_pct", 0.5, qual="approx", cls="pct"),

     M(S, "7 per cent", N, "gst_now", 7, cls="pct"),
     M(S, "8 per cent", N, "gst1", 8, cls="pct"),
     M(S, "9 per cent", N, "gst2", 9, cls="pct"),
     M(S, "2024", D, "gst2_date", "2024"),
     M(S, "Feb 18", D, "budget_day", "2022-02-18"),
     M(S, "Jan 1, 2023", D, "gst1_date", "2023-01-01"),
     M(S, "Jan 1, 2024", D, "gst2_date", "2024-01-01"),
     M(S, "$6.6 billion", N, "assurance", 6.6, cls="sgdbn"),
     M(S, "at least five years", N, "assure_years", 5, qual="atleast", cls="dur"),
     M(S, "22 per cent", N, "top_old", 22, cls="pct"),
     M(S, "24 per cent", N, "rate24", 24, cls="pct"),
     M(S, "$1 million", N, "th1m", 1000000, cls="income"),
     M(S, "23 per cent", N, "rate23", 23, cls="pct"),
     M(S, "$500,000", N, "th500k", 500000, cls="income"),
     M(S, "$1 million", N, "th1m", 1000000, cls="income", occ=2),
     M(S, "$5 a tonne", N, "carbon_now", 5, cls="carbon"),
     M(S, "$25", N, "carbon1", 25, cls="carbon"),
     M(S, "2024", D, "carbon1_start", "2024", occ=3),
     M(S, "2025", D, "carbon1_end", "2025"),
     M(S, "$45", N, "carbon2", 45, cls="carbon"),
     M(S, "2026", D, "carbon2_start", "2026"),
     M(S, "2027", D, "carbon2_end", "2027"),
     M(S, "$50 to $80", N, "carbon_target", 50, cls="carbon"),
     M(S, "2030", D, "target_year", "2030"),
     M(S, "$3 billion", N, "deficit", 3, cls="sgdbn"),
     M(S, "0.5 per cent", N, "deficit_pct", 0.5, cls="pct"),
     M(S, "2022", D, "fy", "2022"),
    ]
    build("singapore-budget-2022", "Singapore's Budget 2022 (control), delivered by the finance minister Lawrence Wong "
          "on Friday 18 February 2022: the GST from 7% to 8% on 1 January 2023 and to 9% on 1 January 2024, an "
          "Assurance Package of S$6.6 billion, top income tax rates of 23% (S$500,000 to S$1 million) and 24% (above S$1 "
          "million) from 22%, from the 2024 year of assessment, the carbon tax from S$5 a tonne to S$25 in 2024-2025, "
          "S$45 in 2026-2027 and S$50-80 by 2030, an overall deficit of S$3 billion (0.5% of GDP). Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    sendong()
    undi18()
    budget()
