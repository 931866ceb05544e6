"""The eighty-eighth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset88/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def quake():
    DT, R, K, J, T = "detik-may27", "reuters-may29", "kompas-jun01", "jakartapost-jun09", "tempo-jul01"
    # the tallies: the Social Affairs Ministry's on Saturday 27 May (evening), Sunday 28 May, Monday 29 May and
    # Wednesday 31 May (night); the two provincial governments' on Monday 29 May; Bakornas PB's on Tuesday 6 June
    # (17.00), Thursday 8 June (evening, lowered after the lists were rechecked) and Thursday 29 June (18.00).
    # UNICEF's estimates on 29 May and 31 May; the official injured count of 29 May
    SAT, SUN, MON, WED = "2006-05-27T18", "2006-05-28", "2006-05-29", "2006-05-31T22"
    BAK1, BAK2, BAK3 = "2006-06-06T17", "2006-06-08T17", "2006-06-29T18"
    DEPSOS, PROV, BAK, UNICEF, OFFICIAL = ("the Social Affairs Ministry", "the two provincial governments",
                                           "Bakornas PB", "UNICEF", "the official injured count of 29 May")
    BMG, USGS = "the meteorology agency BMG", "the U.S. Geological Survey"
    names = {
     "dead": "people killed", "injured_serious": "people seriously injured", "injured_light": "people lightly injured",
     "injured": "people injured", "homeless": "people left homeless", "destroyed": "houses destroyed",
     "damaged": "houses damaged", "mag": "magnitude of the quake", "aftershocks": "aftershocks recorded",
     "aftershock_max": "magnitude of the strongest aftershock by Sunday",
     "aftershock_jun8": "magnitude of the Klaten aftershock of 8 June", "emergency_months": "length of the emergency",
     "funds_initial": "first estimate of the funds needed (trillion rupiah)",
     "funds_new": "raised estimate of the funds needed (trillion rupiah)", "boy_age": "age of the child found alive",
     "boy_days": "days after the quake the child was found", "gap_days": "days between the two Bakornas counts",
     "schools": "primary school buildings damaged",
     # dates
     "quake": "day of the quake", "count_sat": "day of the ministry's Saturday count",
     "count_mon": "day of the ministry's Monday count", "aftershock_day": "day the aftershock count was given",
     "emergency_day": "day the emergency was declared", "count_wed": "day of the ministry's count of 6,234",
     "boy_found": "day the child was found alive", "count_bak1": "day of Bakornas's count of 5,857",
     "count_bak2": "day of Bakornas's lowered count", "aftershock_jun8_day": "day of the Klaten aftershock",
     "count_bak3": "day of Bakornas's count of 5,778", "school_start": "day the school year begins",
     "visit": "day of the president's planned visit",
    }
    ms = [
     M(DT, "5,9 skala Richter", N, "mag", 5.9, cls="mag", src=BMG),
     M(DT, "Sabtu (27/5/2006)", D, "quake", "2006-05-27"),
     M(DT, "Sabtu petang", D, "count_sat", "2006-05-27"),
     M(DT, "2.711 orang", N, "dead", 2711, SAT, src=DEPSOS),
     M(DT, "1.700 orang", N, "injured_serious", 1700, SAT, src=DEPSOS),
     M(DT, "872 orang", N, "injured_light", 872, SAT, src=DEPSOS),

     M(R, "Saturday", D, "quake", "2006-05-27"),
     M(R, "5,136", N, "dead", 5136, MON, src=DEPSOS),
     M(R, "Monday", D, "count_mon", "2006-05-29"),
     M(R, "4,611", N, "dead", 4611, SUN, src=DEPSOS),
     M(R, "4,395", N, "dead", 4395, MON, src=PROV),
     M(R, "6.3", N, "mag", 6.3, cls="mag", src=USGS),
     M(R, "5.9", N, "mag", 5.9, cls="mag", src=BMG),
     M(R, "2,155 people", N, "injured", 2155, MON, src=OFFICIAL),
     M(R, "about 20,000", N, "injured", 20000, MON, qual="approx", src=UNICEF),
     M(R, "more than 130,000", N, "homeless", 130000, MON, qual="morethan", src=UNICEF),
     M(R, "more than 450 aftershocks", N, "aftershocks", 450, SUN, qual="morethan"),
     M(R, "Sunday", D, "aftershock_day", "2006-05-28"),
     M(R, "5.2", N, "aftershock_max", 5.2, cls="mag"),
     M(R, "three-month", N, "emergency_months", 3, cls="dur"),
     M(R, "Sunday", D, "emergency_day", "2006-05-28", occ=2),
     M(R, "about 1 trillion rupiah", N, "funds_initial", 1.0, qual="approx", cls="money"),

     M(K, "6.234 orang", N, "dead", 6234, WED, src=DEPSOS),
     M(K, "Rabu (31/5/2006)", D, "count_wed", "2006-05-31"),
     M(K, "5.136 orang", N, "dead", 5136, MON, src=DEPSOS),
     M(K, "Senin", D, "count_mon", "2006-05-29"),
     M(K, "sekitar 30.000 orang", N, "injured", 30000, WED, qual="approx", src=UNICEF),
     M(K, "lebih dari 130.000 orang", N, "homeless", 130000, WED, qual="morethan", src=UNICEF),
     M(K, "satu tahun", N, "boy_age", 1, cls="age"),
     M(K, "Senin (29/5/2006)", D, "boy_found", "2006-05-29"),
     M(K, "dua hari", N, "boy_days", 2, cls="dur"),
     M(K, "5,9 skala Richter", N, "mag", 5.9, cls="mag", src=BMG),
     M(K, "Sabtu (27/5/2006)", D, "quake", "2006-05-27"),

     M(J, "May 27", D, "quake", "2006-05-27"),
     M(J, "5,722", N, "dead", 5722, BAK2, src=BAK),
     M(J, "Thursday", D, "count_bak2", "2006-06-08"),
     M(J, "5,875", N, "dead", 5875, BAK1, src=BAK, planted=True),
     M(J, "Tuesday", D, "count_bak1", "2006-06-06"),
     M(J, "6,234", N, "dead", 6234, WED, src=DEPSOS),
     M(J, "May 31", D, "count_wed", "2006-05-31"),
     M(J, "37,924", N, "injured", 37924, BAK2, src=BAK),
     M(J, "122,301 homes", N, "destroyed", 122301, BAK2, src=BAK),
     M(J, "415,169", N, "damaged", 415169, BAK2, src=BAK),
     M(J, "4.3", N, "aftershock_jun8", 4.3, cls="mag"),
     M(J, "Thursday", D, "aftershock_jun8_day", "2006-06-08", occ=2),
     M(J, "6.3", N, "mag", 6.3, cls="mag", src=USGS),
     M(J, "Saturday", D, "quake", "2006-05-27"),
     M(J, "Rp 1.075 trillion", N, "funds_initial", 1.075, cls="money"),
     M(J, "Rp 5 trillion", N, "funds_new", 5, cls="money"),

     M(T, "5.778 orang", N, "dead", 5778, BAK3, src=BAK),
     M(T, "Kamis (29/6/2006)", D, "count_bak3", "2006-06-29"),
     M(T, "37.912 orang", N, "injured", 37912, BAK3, src=BAK),
     M(T, "5.857 orang", N, "dead", 5857, BAK1, src=BAK),
     M(T, "6 Juni", D, "count_bak1", "2006-06-06"),
     M(T, "5.722 orang", N, "dead", 5722, BAK2, src=BAK),
     M(T, "dua hari", N, "gap_days", 2, cls="dur"),
     M(T, "205.888 rumah", N, "destroyed", 205888, BAK3, src=BAK),
     M(T, "406.166 rumah", N, "damaged", 406166, BAK3, src=BAK),
     M(T, "1.890 gedung", N, "schools", 1890),
     M(T, "17 Juli", D, "school_start", "2006-07-17"),
     M(T, "Minggu (2/7/2006)", D, "visit", "2006-07-02"),
     M(T, "5,9 skala Richter", N, "mag", 5.9, cls="mag", src=BMG),
     M(T, "Sabtu, 27 Mei 2006", D, "quake", "2006-05-27"),
    ]
    build("yogyakarta-quake-2006", "The Yogyakarta/Central Java earthquake of Saturday 27 May 2006 (BMG 5.9, USGS "
          "6.3): the Social Affairs Ministry's toll rising 2,711 (Saturday evening) -> 4,611 (Sunday 28 May) -> 5,136 "
          "(Monday 29 May) -> 6,234 (Wednesday 31 May), the two provinces' lower 4,395 on 29 May; Bakornas PB's "
          "count of 5,857 on Tuesday 6 June lowered to 5,722 on Thursday 8 June after the lists were rechecked, "
          "and 5,778 on Thursday 29 June; injured 2,155 (official, 29 May), about 20,000 and about 30,000 "
          "(UNICEF), 37,924 (8 June) lowered to 37,912 (29 June) by Bakornas PB; houses damaged 415,169 -> 406,166",
          False, ms, names)


def argentina():
    RO, KO, A, T, RD = "reuters-oct26", "kompas-oct28", "ap-nov23", "tempo-dec10", "reuters-dec17"
    # the government's provisional count on the night (first round: more than 97% of stations; runoff: 99.17%) and
    # the electoral courts' definitive count (first round: 37.08% / 34.15%; runoff: 51.34% / 48.66%, 12,988,349 /
    # 12,309,575, a margin of 678,774, turnout 80.77%) are two bodies' counts; the court's turnout estimate on the
    # night of the first round (about 79%) another
    PROV, DEF, CNE = ("the government's provisional count", "the electoral courts' definitive count",
                      "the electoral court's estimate on the night")
    names = {
     "sc_r1": "Scioli's share in the first round", "mc_r1": "Macri's share in the first round",
     "third_r1": "the third-placed candidate's share in the first round", "counted_r1": "stations counted on the night of the first round",
     "threshold45": "share that wins the first round outright", "threshold40": "share that wins with a ten-point lead",
     "lead10": "lead needed with 40%", "vidal": "Vidal's share for governor", "afernandez": "Anibal Fernandez's share for governor",
     "dep_renewed": "lower-house seats renewed", "dep_total": "lower-house seats", "sen_renewed": "Senate seats renewed",
     "sen_total": "Senate seats", "turnout_r1": "turnout in the first round", "ba_electorate": "Buenos Aires province's share of the electorate",
     "term_limit": "consecutive terms allowed", "kirchner_years": "years the Kirchners governed",
     "counted_r2": "stations counted on the night of the runoff", "mc_r2": "Macri's share in the runoff",
     "sc_r2": "Scioli's share in the runoff", "mc_votes": "Macri's votes in the runoff", "sc_votes": "Scioli's votes in the runoff",
     "margin": "Macri's margin in votes", "age": "Macri's age", "pinedo_hours": "hours Pinedo was acting president",
     "turnout_r2": "turnout in the runoff", "controls_years": "years of currency controls",
     "soy_new": "new export tax on soybeans", "soy_old": "previous export tax on soybeans",
     "valid_votes": "valid ballots in the runoff",
     # dates
     "runoff": "day of the runoff", "r1": "day of the first round", "fernandez_since": "year Fernandez took office",
     "paso": "day of the primaries", "debate": "day of the runoff debate", "inauguration": "day of the swearing-in",
     "macri_mayor": "year Macri became mayor", "float_day": "day the currency controls were lifted",
     "announce_day": "day the end of the controls was announced", "tax_day": "day the export taxes were cut",
    }
    ms = [
     M(RO, "Nov. 22", D, "runoff", "2015-11-22"),
     M(RO, "Sunday", D, "r1", "2015-10-25"),
     M(RO, "more than 97%", N, "counted_r1", 97, qual="morethan", cls="pct"),
     M(RO, "36.86%", N, "sc_r1", 36.86, cls="pct", src=PROV),
     M(RO, "34.33%", N, "mc_r1", 34.33, cls="pct", src=PROV),
     M(RO, "21.34%", N, "third_r1", 21.34, cls="pct", src=PROV),
     M(RO, "45%", N, "threshold45", 45, cls="pct"),
     M(RO, "40%", N, "threshold40", 40, cls="pct"),
     M(RO, "10 percentage points", N, "lead10", 10, cls="pct"),
     M(RO, "39.5%", N, "vidal", 39.5, cls="pct", src=PROV),
     M(RO, "35.2%", N, "afernandez", 35.2, cls="pct", src=PROV),
     M(RO, "130", N, "dep_renewed", 130),
     M(RO, "257 seats", N, "dep_total", 257),
     M(RO, "24", N, "sen_renewed", 24),
     M(RO, "72 seats", N, "sen_total", 72),
     M(RO, "about 79%", N, "turnout_r1", 79, qual="approx", cls="pct", src=CNE),
     M(RO, "2007", D, "fernandez_since", "2007"),

     M(KO, "Minggu, 22 November 2015", D, "runoff", "2015-11-22"),
     M(KO, "Minggu (24/10/2015)", D, "r1", "2015-10-24", planted=True),
     M(KO, "36,86 persen", N, "sc_r1", 36.86, cls="pct", src=PROV),
     M(KO, "34,33 persen", N, "mc_r1", 34.33, cls="pct", src=PROV),
     M(KO, "9 Agustus 2015", D, "paso", "2015-08-09"),
     M(KO, "45 persen", N, "threshold45", 45, cls="pct"),
     M(KO, "40 persen", N, "threshold40", 40, cls="pct"),
     M(KO, "10 poin persentase", N, "lead10", 10, cls="pct"),
     M(KO, "21,34 persen", N, "third_r1", 21.34, cls="pct", src=PROV),
     M(KO, "sekitar 37 persen", N, "ba_electorate", 37, qual="approx", cls="pct"),
     M(KO, "dua periode", N, "term_limit", 2),
     M(KO, "15 November", D, "debate", "2015-11-15"),
     M(KO, "10 Desember 2015", D, "inauguration", "2015-12-10"),

     M(A, "12 years", N, "kirchner_years", 12, cls="dur"),
     M(A, "Sunday", D, "runoff", "2015-11-22"),
     M(A, "99.17%", N, "counted_r2", 99.17, cls="pct"),
     M(A, "51.40%", N, "mc_r2", 51.40, cls="pct", src=PROV),
     M(A, "48.60%", N, "sc_r2", 48.60, cls="pct", src=PROV),
     M(A, "12,903,301 votes", N, "mc_votes", 12903301, src=PROV),
     M(A, "12,198,441", N, "sc_votes", 12198441, src=PROV),
     M(A, "more than 700,000", N, "margin", 700000, qual="morethan", src=PROV),
     M(A, "56", N, "age", 56, cls="age"),
     M(A, "2007", D, "macri_mayor", "2007"),
     M(A, "Dec. 10", D, "inauguration", "2015-12-10"),
     M(A, "Oct. 25", D, "r1", "2015-10-25"),
     M(A, "37.08%", N, "sc_r1", 37.08, cls="pct", src=DEF),
     M(A, "34.15%", N, "mc_r1", 34.15, cls="pct", src=DEF),
     M(A, "Nov. 15", D, "debate", "2015-11-15"),

     M(T, "Kamis (10/12/2015)", D, "inauguration", "2015-12-10"),
     M(T, "sekitar 12 jam", N, "pinedo_hours", 12, qual="approx", cls="dur"),
     M(T, "22 November 2015", D, "runoff", "2015-11-22"),
     M(T, "51,34 persen", N, "mc_r2", 51.34, cls="pct", src=DEF),
     M(T, "48,66 persen", N, "sc_r2", 48.66, cls="pct", src=DEF),
     M(T, "12.988.349 suara", N, "mc_votes", 12988349, src=DEF),
     M(T, "687.774 suara", N, "margin", 687774, src=DEF, planted=True),
     M(T, "12.309.575 suara", N, "sc_votes", 12309575, src=DEF),
     M(T, "80,77 persen", N, "turnout_r2", 80.77, cls="pct", src=DEF),

     M(RD, "Thursday", D, "float_day", "2015-12-17"),
     M(RD, "four years", N, "controls_years", 4, cls="dur"),
     M(RD, "Wednesday", D, "announce_day", "2015-12-16"),
     M(RD, "Monday", D, "tax_day", "2015-12-14"),
     M(RD, "30%", N, "soy_new", 30, cls="pct"),
     M(RD, "35%", N, "soy_old", 35, cls="pct"),
     M(RD, "Dec. 10", D, "inauguration", "2015-12-10"),
     M(RD, "Nov. 22", D, "runoff", "2015-11-22"),
     M(RD, "51.34%", N, "mc_r2", 51.34, cls="pct", src=DEF),
     M(RD, "48.66%", N, "sc_r2", 48.66, cls="pct", src=DEF),
     M(RD, "678,774 votes", N, "margin", 678774, src=DEF),
     M(RD, "more than 25 million", N, "valid_votes", 25000000, qual="morethan"),
     M(RD, "51.40%", N, "mc_r2", 51.40, cls="pct", src=PROV),
    ]
    build("argentina-runoff-2015", "Argentina's presidential election of 2015: the first round of Sunday 25 October "
          "(the provisional count with more than 97% of stations: Scioli 36.86%, Macri 34.33%, the third-placed "
          "21.34%; the definitive count: 37.08% and 34.15%), the runoff of Sunday 22 November (the provisional count "
          "with 99.17%: Macri 51.40% or 12,903,301 votes, Scioli 48.60% or 12,198,441; the definitive count: 51.34% "
          "or 12,988,349, 48.66% or 12,309,575, a margin of 678,774, turnout 80.77%), the swearing-in and the "
          "cabinet on Thursday 10 December and the end of currency controls on Thursday 17 December 2015",
          False, ms, names)


def uganda():
    R, MO, K, B = "reuters-oct07", "monitor-oct08", "kontan-oct09", "bisnis-oct10"
    names = {
     "cut": "size of the cut", "rate": "the new Central Bank Rate", "prev_rate": "the rate before the decision",
     "aug_prev": "the rate before the August cut", "backtoback_years": "years since the last back-to-back cuts",
     "headline_sep": "headline inflation in September", "headline_aug": "headline inflation in August",
     "core_sep": "core inflation in September", "target": "the medium-term inflation target",
     "avg12": "average headline and core inflation over 12 months", "avg_window": "months of the average",
     "horizon": "months core inflation stays below target", "shilling_gain": "the shilling's gain against the dollar",
     "rediscount": "the rediscount rate", "bank_rate": "the bank rate", "gdp": "growth in the quarter to June",
     "growth_fc": "growth forecast for 2024/25", "growth_later": "growth forecast for later years",
     "band": "band around the rate", "margin_rd": "margin for the rediscount rate", "margin_bank": "margin for the bank rate",
     # dates
     "decision": "day of the decision", "aug_meeting": "month of the previous cut",
     "infl_month": "month of the inflation reading", "infl_prev": "month of the previous inflation reading",
     "since": "month since which the shilling gained", "gdp_quarter": "month the growth quarter ended",
     "fy2425": "fiscal year 2024/25", "fy2526": "fiscal year 2025/26",
    }
    ms = [
     M(R, "25 basis points", N, "cut", 25, cls="bp"),
     M(R, "9.75%", N, "rate", 9.75, cls="pct"),
     M(R, "Monday", D, "decision", "2024-10-07"),
     M(R, "10%", N, "prev_rate", 10, cls="pct"),
     M(R, "10.25%", N, "aug_prev", 10.25, cls="pct"),
     M(R, "August", D, "aug_meeting", "2024-08"),
     M(R, "four years", N, "backtoback_years", 4, cls="dur"),
     M(R, "3.0%", N, "headline_sep", 3.0, cls="pct"),
     M(R, "September", D, "infl_month", "2024-09"),
     M(R, "3.5%", N, "headline_aug", 3.5, cls="pct"),
     M(R, "August", D, "infl_prev", "2024-08", occ=2),
     M(R, "3.7%", N, "core_sep", 3.7, cls="pct"),
     M(R, "5%", N, "target", 5, cls="pct"),
     M(R, "3.2%", N, "avg12", 3.2, cls="pct"),
     M(R, "12 months", N, "avg_window", 12, cls="dur"),
     M(R, "12 months", N, "horizon", 12, cls="dur", occ=2),
     M(R, "nearly 4%", N, "shilling_gain", 4, qual="nearly", cls="pct"),
     M(R, "June", D, "since", "2024-06"),
     M(R, "12.75%", N, "rediscount", 12.75, cls="pct"),
     M(R, "13.75%", N, "bank_rate", 13.75, cls="pct"),
     M(R, "6.6%", N, "gdp", 6.6, cls="pct"),
     M(R, "June", D, "gdp_quarter", "2024-06", occ=2),
     M(R, "6.0% to 6.5%", N, "growth_fc", 6.25, cls="pct"),
     M(R, "2024/25", D, "fy2425", "FY2024/25"),

     M(MO, "Monday, October 7, 2024", D, "decision", "2024-10-07"),
     M(MO, "0.25 percentage points", N, "cut", 25, qual="unit", cls="bp"),
     M(MO, "9.75 percent", N, "rate", 9.75, cls="pct"),
     M(MO, "10 percent", N, "prev_rate", 10, cls="pct"),
     M(MO, "3.2 percent", N, "avg12", 3.2, cls="pct"),
     M(MO, "12 months", N, "avg_window", 12, cls="dur"),
     M(MO, "September 2024", D, "infl_month", "2024-09"),
     M(MO, "3.0 percent", N, "headline_sep", 3.0, cls="pct"),
     M(MO, "3.7 percent", N, "core_sep", 3.7, cls="pct"),
     M(MO, "2 percentage points", N, "band", 2, cls="bp"),
     M(MO, "3 percentage points", N, "margin_rd", 3, cls="bp"),
     M(MO, "4 percentage points", N, "margin_bank", 4, cls="bp"),
     M(MO, "12.75 percent", N, "rediscount", 12.75, cls="pct"),
     M(MO, "13.75 percent", N, "bank_rate", 13.75, cls="pct"),
     M(MO, "6.6 percent", N, "gdp", 6.6, cls="pct"),
     M(MO, "June 2024", D, "gdp_quarter", "2024-06"),
     M(MO, "6.0-6.5 percent", N, "growth_fc", 6.25, cls="pct"),
     M(MO, "FY2024/25", D, "fy2425", "FY2024/25"),
     M(MO, "about 7 percent", N, "growth_later", 7, qual="approx", cls="pct"),
     M(MO, "FY2025/26", D, "fy2526", "FY2025/26"),
     M(MO, "nearly 4 percent", N, "shilling_gain", 4, qual="nearly", cls="pct"),
     M(MO, "June", D, "since", "2024-06", occ=2),
     M(MO, "August", D, "aug_meeting", "2024-08"),
     M(MO, "10.25 percent", N, "aug_prev", 10.25, cls="pct"),
     M(MO, "10 percent", N, "prev_rate", 10, cls="pct", occ=2),

     M(K, "25 basis poin", N, "cut", 25, cls="bp"),
     M(K, "10%", N, "prev_rate", 10, cls="pct"),
     M(K, "9,75%", N, "rate", 9.75, cls="pct"),
     M(K, "Senin (7/10/2024)", D, "decision", "2024-10-07"),
     M(K, "10,25%", N, "aug_prev", 10.25, cls="pct"),
     M(K, "Agustus 2024", D, "aug_meeting", "2024-08"),
     M(K, "3,0%", N, "headline_sep", 3.0, cls="pct"),
     M(K, "September 2024", D, "infl_month", "2024-09"),
     M(K, "3,5%", N, "headline_aug", 3.5, cls="pct"),
     M(K, "3,7%", N, "core_sep", 3.7, cls="pct"),
     M(K, "5%", N, "target", 5, cls="pct"),
     M(K, "12 bulan", N, "avg_window", 12, cls="dur"),
     M(K, "3,2%", N, "avg12", 3.2, cls="pct"),
     M(K, "12,75%", N, "rediscount", 12.75, cls="pct"),
     M(K, "13,75%", N, "bank_rate", 13.75, cls="pct"),
     M(K, "hampir 4%", N, "shilling_gain", 4, qual="nearly", cls="pct"),
     M(K, "Juni", D, "since", "2024-06"),
     M(K, "6,0%-6,5%", N, "growth_fc", 6.25, cls="pct"),
     M(K, "2024/25", D, "fy2425", "FY2024/25"),

     M(B, "0,25 poin persentase", N, "cut", 25, qual="unit", cls="bp"),
     M(B, "9,75 persen", N, "rate", 9.75, cls="pct"),
     M(B, "Senin, 7 Oktober 2024", D, "decision", "2024-10-07"),
     M(B, "10 persen", N, "prev_rate", 10, cls="pct"),
     M(B, "3,0 persen", N, "headline_sep", 3.0, cls="pct"),
     M(B, "3,7 persen", N, "core_sep", 3.7, cls="pct"),
     M(B, "September 2024", D, "infl_month", "2024-09"),
     M(B, "5 persen", N, "target", 5, cls="pct"),
     M(B, "2 poin persentase", N, "band", 2, cls="bp"),
     M(B, "3 poin persentase", N, "margin_rd", 3, cls="bp"),
     M(B, "4 poin persentase", N, "margin_bank", 4, cls="bp"),
     M(B, "12,75 persen", N, "rediscount", 12.75, cls="pct"),
     M(B, "13,75 persen", N, "bank_rate", 13.75, cls="pct"),
     M(B, "6,6 persen", N, "gdp", 6.6, cls="pct"),
     M(B, "Juni 2024", D, "gdp_quarter", "2024-06"),
     M(B, "7 persen", N, "growth_later", 7, cls="pct"),
     M(B, "2025/26", D, "fy2526", "FY2025/26"),
    ]
    build("uganda-rate-2024", "The Bank of Uganda's rate decision (control) of Monday 7 October 2024: the Central "
          "Bank Rate cut 25 basis points from 10% to 9.75%, the second cut in a row after August's from 10.25%; "
          "headline inflation 3.0% in September (3.5% in August), core 3.7%, both averaging 3.2% over 12 months, "
          "against a 5% target; the band of 2 percentage points and margins of 3 and 4 points, bringing the "
          "rediscount and bank rates to 12.75% and 13.75%; growth of 6.6% in the quarter to June 2024, 6.0-6.5% "
          "forecast for FY2024/25 and about 7% later; the shilling up nearly 4% since June. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    quake()
    argentina()
    uganda()
