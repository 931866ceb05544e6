"""The hundred-and-sixth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset106/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def gofa():
    R, K, DT, AP, T = "reuters-jul22", "kompas-jul23", "detik-jul24", "ap-jul26", "tempo-aug13"
    # the zone's running tally: Monday 22 July in the evening, Tuesday 23 July in the morning (146), around midday
    # (157) and at night (229), Thursday 25 July (226 recovered and buried: lower); OCHA's 257 as of Wednesday 24 July
    MON22, TUE_AM, TUE_MID, TUE_PM, WED24, THU25 = (
        "2024-07-22T18", "2024-07-23T08", "2024-07-23T12", "2024-07-23T20", "2024-07-24", "2024-07-25")
    ZONE, OCHA = "the Gofa zone administration", "OCHA"
    names = {
     "dead": "people killed by the landslides", "men": "men among the dead", "women": "women among the dead",
     "projected": "the toll OCHA said could be reached", "missing": "people still sought",
     "evacuate": "people who need to be evacuated", "children": "small children among those to be evacuated",
     "pregnant": "pregnant and breastfeeding women among those to be evacuated", "affected": "people affected",
     "hosted": "people sheltering with host families", "hospital": "survivors taken to hospital in Sawla",
     "alive": "people pulled alive from the mud", "trucks": "Red Cross trucks of supplies",
     "aid_birr": "relief supplies distributed (million birr)", "aid_people": "people who received relief supplies",
     "distance": "distance from Addis Ababa", "flood_affected": "people affected by the earlier floods",
     "flood_displaced": "people displaced by the earlier floods", "dead2018": "people killed by the 2018 landslides",
     "mourning_days": "days of national mourning",
     # dates
     "first_slide": "night of the first landslide", "second_slide": "morning of the second landslide",
     "count55_day": "day of the count of 55", "count146_day": "day of the count of 146",
     "count157_day": "day of the count of 157", "count229_day": "day of the count of 229",
     "ocha_asof": "day OCHA's figures were as of", "ocha_statement": "day OCHA gave its toll",
     "count226_day": "day of the count of 226", "redcross_day": "day the Red Cross trucks arrived",
     "aid_day": "day the relief supplies were reported", "mourning_start": "first day of the national mourning",
     "rain_start": "month the rainy season began", "rain_end": "end of the rainy season", "y2018": "the year 2018",
    }
    ms = [
     M(R, "At least 55 people", N, "dead", 55, MON22, qual="atleast", src=ZONE),
     M(R, "Monday", D, "second_slide", "2024-07-22"),
     M(R, "Sunday night", D, "first_slide", "2024-07-21"),
     M(R, "about 320 km", N, "distance", 320, qual="approx", cls="km"),
     M(R, "July", D, "rain_start", "2024-07"),
     M(R, "mid-September", D, "rain_end", "2024-09"),
     M(R, "more than 19,000 people", N, "flood_affected", 19000, qual="morethan"),
     M(R, "more than 1,000", N, "flood_displaced", 1000, qual="morethan"),
     M(R, "at least 32 people", N, "dead2018", 32, qual="atleast"),
     M(R, "2018", D, "y2018", "2018"),

     M(K, "157 orang", N, "dead", 157, TUE_MID, src=ZONE),
     M(K, "Selasa (23/7/2024)", D, "count157_day", "2024-07-23"),
     M(K, "Selasa pagi", D, "count146_day", "2024-07-23"),
     M(K, "146 jenazah", N, "dead", 146, TUE_AM, src=ZONE),
     M(K, "96 laki-laki", N, "men", 96, TUE_AM, src=ZONE),
     M(K, "50 perempuan", N, "women", 50, TUE_AM, src=ZONE),
     M(K, "157 jenazah", N, "dead", 157, TUE_MID, src=ZONE),
     M(K, "105 laki-laki", N, "men", 105, TUE_MID, src=ZONE),
     M(K, "52 perempuan", N, "women", 52, TUE_MID, src=ZONE),
     M(K, "Senin (22/7/2024)", D, "count55_day", "2024-07-22"),
     M(K, "55 korban tewas", N, "dead", 55, MON22, src=ZONE),
     M(K, "Minggu malam", D, "first_slide", "2024-07-21"),
     M(K, "Senin pagi", D, "second_slide", "2024-07-22"),
     M(K, "sedikitnya lima orang", N, "alive", 5, qual="atleast"),
     M(K, "10 orang", N, "hospital", 10, TUE_MID, src=ZONE),

     M(DT, "229 orang", N, "dead", 229, TUE_PM, src=ZONE),
     M(DT, "Selasa (23/7/2024) malam", D, "count229_day", "2024-07-23"),
     M(DT, "148 laki-laki", N, "men", 148, TUE_PM, src=ZONE),
     M(DT, "81 perempuan", N, "women", 81, TUE_PM, src=ZONE),
     M(DT, "157 jenazah", N, "dead", 157, TUE_MID, src=ZONE),
     M(DT, "Minggu (21/7/2024) malam", D, "first_slide", "2024-07-21"),
     M(DT, "Senin (22/7/2024) pagi", D, "second_slide", "2024-07-22"),
     M(DT, "sekitar 320 kilometer", N, "distance", 320, qual="approx", cls="km"),
     M(DT, "Juli", D, "rain_start", "2024-07"),
     M(DT, "pertengahan September", D, "rain_end", "2024-09"),

     M(AP, "257", N, "dead", 257, WED24, src=OCHA),
     M(AP, "500", N, "projected", 500),
     M(AP, "Thursday", D, "ocha_statement", "2024-07-25"),
     M(AP, "Wednesday, July 24", D, "ocha_asof", "2024-07-24"),
     M(AP, "229", N, "dead", 229, TUE_PM, src=ZONE),
     M(AP, "Tuesday", D, "count229_day", "2024-07-23"),
     M(AP, "226", N, "dead", 226, THU25, src=ZONE),
     M(AP, "20 more people", N, "missing", 20, THU25, src=ZONE, fall=True),
     M(AP, "More than 15,000 people", N, "evacuate", 15000, qual="morethan"),
     M(AP, "at least 1,320 small children", N, "children", 1320, qual="atleast"),
     M(AP, "5,293", N, "pregnant", 5293),
     M(AP, "15,515", N, "affected", 15515, WED24, src=OCHA),
     M(AP, "July 24", D, "ocha_asof", "2024-07-24", occ=2),
     M(AP, "14,000", N, "affected", 14000, "2024-07-23", src=OCHA),
     M(AP, "125 people", N, "hosted", 125),
     M(AP, "12 injured people", N, "hospital", 12, WED24, src=OCHA),
     M(AP, "Four trucks", N, "trucks", 4),
     M(AP, "Wednesday", D, "redcross_day", "2024-07-24", occ=2),

     M(T, "Minggu (21/7/2024) malam", D, "first_slide", "2024-07-21"),
     M(T, "Senin pagi", D, "second_slide", "2024-07-22"),
     M(T, "257 orang", N, "dead", 257, WED24, src=OCHA),
     M(T, "Rabu (24/7/2024)", D, "ocha_asof", "2024-07-24"),
     M(T, "500 orang", N, "projected", 500),
     M(T, "Kamis (25/7/2024)", D, "count226_day", "2024-07-25"),
     M(T, "226 jenazah", N, "dead", 226, THU25, src=ZONE),
     M(T, "229", N, "dead", 229, TUE_PM, src=ZONE),
     M(T, "Selasa (23/7/2024)", D, "count229_day", "2024-07-23"),
     M(T, "lebih dari 15.000 warga", N, "evacuate", 15000, qual="morethan"),
     M(T, "1.320 anak balita", N, "children", 1320),
     M(T, "5.239 ibu hamil", N, "pregnant", 5239, planted=True),
     M(T, "5,7 juta birr", N, "aid_birr", 5.7, cls="birr"),
     M(T, "lebih dari 3.000 warga", N, "aid_people", 3000, qual="morethan"),
     M(T, "Rabu", D, "aid_day", "2024-07-24", occ=2),
     M(T, "tiga hari", N, "mourning_days", 3, cls="dur"),
     M(T, "Sabtu (27/7/2024)", D, "mourning_start", "2024-07-27"),
     M(T, "pertengahan September", D, "rain_end", "2024-09"),
    ]
    build("gofa-landslide-2024", "The Gofa landslides in southern Ethiopia (July 2024): a first slide on Sunday night "
          "21 July at Kencho Shacha Gozdi in Geze Gofa district, a second on Monday morning 22 July burying those who "
          "came to help; the zone's toll rising 55 (Monday) -> 146 (96 men, 50 women, Tuesday morning) -> 157 (105 "
          "men, 52 women) -> 229 (148 men, 81 women, Tuesday night), then 226 bodies recovered and buried on Thursday "
          "25 July (lower) with 20 still sought; OCHA's 257 as of Wednesday 24 July and up to 500 expected; more than "
          "15,000 people to be evacuated (1,320 small children, 5,293 pregnant or breastfeeding women); people "
          "affected 14,000 -> 15,515; three days of national mourning from Saturday 27 July", False, ms, names)


def uganda():
    R, K, A, AP, T = "reuters-jan15", "kompas-jan16", "antara-jan17", "ap-jan18", "tempo-may25"
    # the Electoral Commission's provisional results in stages (Friday 15 January in the morning and in the evening,
    # Saturday 16 January with 86.78 % and 91.11 % of the polling stations in), then its declared result that
    # Saturday afternoon; shares and votes of a count in progress may move both ways (fall=True)
    F1, F2, S1, S2, FIN = "2021-01-15T10", "2021-01-15T20", "2021-01-16T09", "2021-01-16T12", "2021-01-16T16"
    EC = "the Electoral Commission"
    names = {
     "m_share": "Museveni's share", "k_share": "Kyagulanyi's share", "a_share": "Amuriat's share",
     "m_votes": "votes for Museveni", "k_votes": "votes for Kyagulanyi", "a_votes": "votes for Amuriat",
     "counted": "share of the polling stations in", "stations_in": "polling stations in",
     "stations": "polling stations in all", "valid": "valid votes", "invalid": "invalid votes", "turnout": "turnout",
     "registered": "registered voters", "candidates": "candidates on the ballot", "others": "the other candidates",
     "age_k": "Kyagulanyi's age", "age_m": "Museveni's age", "rule_years": "years of Museveni's rule",
     "hours": "hours allowed to declare the result", "protest_dead": "people killed in the November protests",
     "margin": "Museveni's margin of votes", "oul_votes": "votes for Oulanyah as speaker",
     "kad_votes": "votes for Kadaga as speaker", "sse_votes": "votes for Ssemujju Nganda as speaker",
     "spk_invalid": "invalid ballots in the speaker's vote", "deputy_years": "years Oulanyah was deputy speaker",
     # dates
     "election": "day of the election", "results1_day": "day of the first provisional results",
     "count_sat": "day of Saturday's provisional results", "declaration": "day the result was declared",
     "internet_cut": "day the internet was shut down", "in_power": "year Museveni took power",
     "protests": "month of the protests", "term_end": "end of the new term", "speaker_vote": "day of the speaker's vote",
     "kadaga_since": "year Kadaga became speaker", "swearing_in": "day Museveni was sworn in",
    }
    ms = [
     M(R, "Thursday", D, "election", "2021-01-14"),
     M(R, "Friday", D, "results1_day", "2021-01-15"),
     M(R, "63.92%", N, "m_share", 63.92, F1, cls="pct", src=EC, fall=True),
     M(R, "28.32%", N, "k_share", 28.32, F1, cls="pct", src=EC, fall=True),
     M(R, "38-year-old", N, "age_k", 38, cls="age"),
     M(R, "76", N, "age_m", 76, cls="age"),
     M(R, "1986", D, "in_power", "1986"),
     M(R, "Eleven candidates", N, "candidates", 11),
     M(R, "about 18.1 million", N, "registered", 18103603, qual="approx"),
     M(R, "Wednesday evening", D, "internet_cut", "2021-01-13"),
     M(R, "48 hours", N, "hours", 48, cls="dur"),
     M(R, "Saturday afternoon", D, "declaration", "2021-01-16"),
     M(R, "At least 54 people", N, "protest_dead", 54, qual="atleast"),
     M(R, "November", D, "protests", "2020-11"),

     M(K, "Sabtu (16/1/2021)", D, "count_sat", "2021-01-16"),
     M(K, "Sabtu pagi", D, "count_sat", "2021-01-16"),
     M(K, "30.098", N, "stations_in", 30098, S1),
     M(K, "34.684 tempat pemungutan suara", N, "stations", 34684),
     M(K, "86,78 persen", N, "counted", 86.78, S1, cls="pct"),
     M(K, "5.303.831 suara", N, "m_votes", 5303831, S1, src=EC, fall=True),
     M(K, "58,83 persen", N, "m_share", 58.83, S1, cls="pct", src=EC, fall=True),
     M(K, "61,98 persen", N, "m_share", 61.98, F2, cls="pct", src=EC, fall=True),
     M(K, "3.119.965 suara", N, "k_votes", 3119965, S1, src=EC, fall=True),
     M(K, "34,62 persen", N, "k_share", 34.62, S1, cls="pct", src=EC, fall=True),
     M(K, "91,11 persen", N, "counted", 91.11, S2, cls="pct"),
     M(K, "58,89 persen", N, "m_share", 58.89, S2, cls="pct", src=EC, fall=True),
     M(K, "34,55 persen", N, "k_share", 34.55, S2, cls="pct", src=EC, fall=True),
     M(K, "Jumat", D, "results1_day", "2021-01-15"),
     M(K, "63,92 persen", N, "m_share", 63.92, F1, cls="pct", src=EC, fall=True),
     M(K, "28,32 persen", N, "k_share", 28.32, F1, cls="pct", src=EC, fall=True),
     M(K, "3,29 persen", N, "a_share", 3.29, S1, cls="pct", src=EC, fall=True),
     M(K, "Kamis (14/1/2021)", D, "election", "2021-01-14"),
     M(K, "1986", D, "in_power", "1986"),
     M(K, "48 jam", N, "hours", 48, cls="dur"),

     M(A, "Sabtu (16/1/2021)", D, "declaration", "2021-01-16"),
     M(A, "5.851.037 suara", N, "m_votes", 5851037, FIN, src=EC, fall=True),
     M(A, "58,64 persen", N, "m_share", 58.64, FIN, cls="pct", src=EC, fall=True),
     M(A, "3.475.398 suara", N, "k_votes", 3475398, FIN, src=EC, fall=True, planted=True),
     M(A, "34,83 persen", N, "k_share", 34.83, FIN, cls="pct", src=EC, fall=True),
     M(A, "323.536 suara", N, "a_votes", 323536, FIN, src=EC, fall=True),
     M(A, "3,24 persen", N, "a_share", 3.24, FIN, cls="pct", src=EC, fall=True),
     M(A, "delapan kandidat", N, "others", 8),
     M(A, "9.978.093", N, "valid", 9978093),
     M(A, "381.386 suara", N, "invalid", 381386),
     M(A, "57,22 persen", N, "turnout", 57.22, cls="pct"),
     M(A, "18.103.603 pemilih", N, "registered", 18103603),
     M(A, "1986", D, "in_power", "1986"),
     M(A, "Kamis, 14 Januari 2021", D, "election", "2021-01-14"),
     M(A, "Rabu (13/1/2021)", D, "internet_cut", "2021-01-13"),

     M(AP, "Saturday", D, "declaration", "2021-01-16"),
     M(AP, "Jan. 15", D, "election", "2021-01-15", planted=True),
     M(AP, "35 years", N, "rule_years", 35, cls="dur"),
     M(AP, "58.6%", N, "m_share", 58.64, FIN, qual="approx", cls="pct", src=EC, fall=True),
     M(AP, "34.8%", N, "k_share", 34.83, FIN, qual="approx", cls="pct", src=EC, fall=True),
     M(AP, "3,475,298 votes", N, "k_votes", 3475298, FIN, src=EC, fall=True),
     M(AP, "57.22%", N, "turnout", 57.22, cls="pct"),
     M(AP, "about 18 million", N, "registered", 18103603, qual="approx"),
     M(AP, "about 2.38 million votes", N, "margin", 2375739, qual="approx"),
     M(AP, "38", N, "age_k", 38, cls="age"),
     M(AP, "at least 54 people", N, "protest_dead", 54, qual="atleast"),
     M(AP, "November", D, "protests", "2020-11"),
     M(AP, "1986", D, "in_power", "1986"),
     M(AP, "2026", D, "term_end", "2026"),

     M(T, "Senin (24/5/2021)", D, "speaker_vote", "2021-05-24"),
     M(T, "310 suara", N, "oul_votes", 310),
     M(T, "197 suara", N, "kad_votes", 197),
     M(T, "15 suara", N, "sse_votes", 15),
     M(T, "2 surat suara", N, "spk_invalid", 2),
     M(T, "2011", D, "kadaga_since", "2011"),
     M(T, "10 tahun", N, "deputy_years", 10, cls="dur"),
     M(T, "Rabu (12/5/2021)", D, "swearing_in", "2021-05-12"),
     M(T, "14 Januari", D, "election", "2021-01-14"),
     M(T, "58,64 persen", N, "m_share", 58.64, FIN, cls="pct", src=EC, fall=True),
     M(T, "34,83 persen", N, "k_share", 34.83, FIN, cls="pct", src=EC, fall=True),
    ]
    build("uganda-election-2021", "Uganda's presidential election of Thursday 14 January 2021: the Electoral "
          "Commission's provisional results on Friday 15 January (Museveni 63.92%, Kyagulanyi 28.32%; then 61.98%) "
          "and on Saturday 16 January (58.83% to 34.62% with 86.78% of the polling stations in, 58.89% to 34.55% with "
          "91.11%); the declared result that Saturday: Museveni 5,851,037 votes (58.64%), Kyagulanyi 3,475,298 "
          "(34.83%), Amuriat 323,536 (3.24%), 9,978,093 valid votes, 381,386 invalid, turnout 57.22% of 18,103,603 "
          "registered; Museveni sworn in on Wednesday 12 May; Oulanyah elected speaker on Monday 24 May 2021 with 310 "
          "votes to Kadaga's 197 and Ssemujju Nganda's 15", False, ms, names)


def rwanda():
    R, NT, B, K = "reuters-aug21", "newtimes-aug22", "bisnis-aug23", "kontan-aug24"
    names = {
     "cut": "size of the cut", "rate": "the new central bank rate", "prev_rate": "the rate before the decision",
     "may_from": "the rate before May's cut", "infl_jul": "annual inflation in July", "band_low": "the band's floor",
     "band_high": "the band's ceiling", "proj": "projected average inflation", "peak": "the inflation peak",
     "q1": "growth in the first quarter", "hikes": "rate rises up to August 2023", "cum_cut": "cuts in all",
     # dates
     "decision": "day of the decision", "may_cut": "day of May's cut", "infl_month": "month of the inflation reading",
     "peak_month": "month of the inflation peak", "hike_end": "month the rate rises ended", "y2024": "the year 2024",
     "y2025": "the year 2025",
    }
    ms = [
     M(R, "50 basis points", N, "cut", 50, cls="bp"),
     M(R, "6.5%", N, "rate", 6.5, cls="pct"),
     M(R, "Wednesday", D, "decision", "2024-08-21"),
     M(R, "7%", N, "prev_rate", 7, cls="pct"),
     M(R, "7.5%", N, "may_from", 7.5, cls="pct"),
     M(R, "May 29", D, "may_cut", "2024-05-29"),
     M(R, "4.9%", N, "infl_jul", 4.9, cls="pct"),
     M(R, "July", D, "infl_month", "2024-07"),
     M(R, "2%", N, "band_low", 2, cls="pct"),
     M(R, "8%", N, "band_high", 8, cls="pct"),
     M(R, "around 5%", N, "proj", 5, qual="approx", cls="pct"),
     M(R, "2024", D, "y2024", "2024"),
     M(R, "2025", D, "y2025", "2025"),
     M(R, "21.7%", N, "peak", 21.7, cls="pct"),
     M(R, "November 2022", D, "peak_month", "2022-11"),
     M(R, "May", D, "may_cut", "2024-05", occ=2),
     M(R, "9.7%", N, "q1", 9.7, cls="pct"),

     M(NT, "half a percentage point", N, "cut", 50, qual="unit", cls="bp"),
     M(NT, "6.5 percent", N, "rate", 6.5, cls="pct"),
     M(NT, "Wednesday, August 21", D, "decision", "2024-08-21"),
     M(NT, "7 percent", N, "prev_rate", 7, cls="pct"),
     M(NT, "May 29", D, "may_cut", "2024-05-29"),
     M(NT, "7.5 percent", N, "may_from", 7.5, cls="pct"),
     M(NT, "August 2023", D, "hike_end", "2023-08"),
     M(NT, "300 basis points", N, "hikes", 300, cls="bp"),
     M(NT, "21.7 percent", N, "peak", 21.7, cls="pct"),
     M(NT, "November 2022", D, "peak_month", "2022-11"),
     M(NT, "4.9 percent", N, "infl_jul", 4.9, cls="pct"),
     M(NT, "July", D, "infl_month", "2024-07"),
     M(NT, "2 percent", N, "band_low", 2, cls="pct"),
     M(NT, "8 percent", N, "band_high", 8, cls="pct"),
     M(NT, "around 5 percent", N, "proj", 5, qual="approx", cls="pct"),
     M(NT, "2024", D, "y2024", "2024"),
     M(NT, "2025", D, "y2025", "2025"),
     M(NT, "9.7 percent", N, "q1", 9.7, cls="pct"),

     M(B, "50 basis poin", N, "cut", 50, cls="bp"),
     M(B, "6,5%", N, "rate", 6.5, cls="pct"),
     M(B, "Rabu (21/8/2024)", D, "decision", "2024-08-21"),
     M(B, "7,5%", N, "may_from", 7.5, cls="pct"),
     M(B, "7%", N, "prev_rate", 7, cls="pct"),
     M(B, "29 Mei", D, "may_cut", "2024-05-29"),
     M(B, "Juli", D, "infl_month", "2024-07"),
     M(B, "4,9%", N, "infl_jul", 4.9, cls="pct"),
     M(B, "2%", N, "band_low", 2, cls="pct"),
     M(B, "8%", N, "band_high", 8, cls="pct"),
     M(B, "sekitar 5%", N, "proj", 5, qual="approx", cls="pct"),
     M(B, "2024", D, "y2024", "2024", occ=2),
     M(B, "2025", D, "y2025", "2025"),
     M(B, "21,7%", N, "peak", 21.7, cls="pct"),
     M(B, "November 2022", D, "peak_month", "2022-11"),
     M(B, "9,7%", N, "q1", 9.7, cls="pct"),
     M(B, "300 basis poin", N, "hikes", 300, cls="bp"),
     M(B, "Agustus 2023", D, "hike_end", "2023-08"),

     M(K, "0,5 poin persentase", N, "cut", 50, qual="unit", cls="bp"),
     M(K, "6,5%", N, "rate", 6.5, cls="pct"),
     M(K, "Rabu, 21 Agustus 2024", D, "decision", "2024-08-21"),
     M(K, "7%", N, "prev_rate", 7, cls="pct"),
     M(K, "akhir Mei", D, "may_cut", "2024-05"),
     M(K, "sekitar 5%", N, "proj", 5, qual="approx", cls="pct"),
     M(K, "Juli", D, "infl_month", "2024-07"),
     M(K, "4,9%", N, "infl_jul", 4.9, cls="pct"),
     M(K, "21,7%", N, "peak", 21.7, cls="pct"),
     M(K, "November 2022", D, "peak_month", "2022-11"),
     M(K, "2%", N, "band_low", 2, cls="pct"),
     M(K, "8%", N, "band_high", 8, cls="pct"),
     M(K, "9,7%", N, "q1", 9.7, cls="pct"),
     M(K, "100 basis poin", N, "cum_cut", 100, cls="bp"),
     M(K, "7,5%", N, "may_from", 7.5, cls="pct"),
    ]
    build("rwanda-rate-2024", "The National Bank of Rwanda's rate decision (control) of Wednesday 21 August 2024: "
          "the central bank rate cut 50 basis points from 7% to 6.5%, the second cut in a row after 29 May (7.5% to "
          "7%; 100 basis points in all), after rises of 300 basis points up to August 2023; annual inflation of 4.9% "
          "in July inside the 2%-8% band, projected around 5% in 2024 and 2025, after a peak of 21.7% in November "
          "2022; growth of 9.7% in the first quarter. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    gofa()
    uganda()
    rwanda()
