"""The hundred-and-tenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset110/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def riga():
    R, K, DT, AP = "reuters-nov22", "kompas-nov23", "detik-nov25", "ap-dec19"
    # the running tallies: Friday 22 November early (officials), at midday (the rescue service), in the afternoon
    # and at night (the police), Saturday 23 November in the afternoon (confirmed; the final toll)
    FRI_AM, FRI_MID, FRI_PM, FRI_N, SAT = ("2013-11-22T08", "2013-11-22T13", "2013-11-22T17", "2013-11-22T22",
                                           "2013-11-23T15")
    RESCUE, POLICE = "the State Fire and Rescue Service", "the police"
    names = {
     "dead": "people killed", "injured": "people injured", "hospital": "injured people taken to hospital",
     "ff_dead": "firefighters killed", "ff_injured": "firefighters injured", "missing": "people reported missing",
     "second": "minutes between the first and the second collapse", "roof_area": "roof area that caved in at first",
     "left_area": "area of rubble still to be searched", "store_area": "the store's floor area",
     "soldiers": "soldiers helping the rescue", "mourning_days": "days of national mourning",
     "questioned": "people questioned by investigators", "weeks_since": "weeks since the collapse",
     # dates
     "collapse": "day of the collapse", "count32_day": "day of the toll of 32", "count43_day": "day of the toll of 43",
     "count45_day": "day of the toll of 45", "count51_day": "day of the toll of 51",
     "count54_day": "day of the toll of 54", "mourning_start": "first day of mourning",
     "mourning_end": "last day of mourning", "halt_day": "day the search was halted",
     "search_end": "day the search ended", "resign": "day the prime minister resigned",
     "pm_since": "year the prime minister took office", "opened": "year the store opened",
     "independence": "year of independence",
    }
    ms = [
     M(R, "At least 43 people", N, "dead", 43, FRI_MID, qual="atleast", src=RESCUE),
     M(R, "Friday", D, "count43_day", "2013-11-22"),
     M(R, "32", N, "dead", 32, FRI_AM),
     M(R, "Friday", D, "count32_day", "2013-11-22", occ=2),
     M(R, "at least 38 people", N, "injured", 38, FRI_AM, qual="atleast"),
     M(R, "Thursday", D, "collapse", "2013-11-21"),
     M(R, "About 20 minutes", N, "second", 20, qual="approx", cls="dur"),
     M(R, "three firefighters", N, "ff_dead", 3),
     M(R, "about 500 square metres", N, "roof_area", 500, qual="approx", cls="m2"),
     M(R, "More than 60 soldiers", N, "soldiers", 60, qual="morethan"),
     M(R, "three days", N, "mourning_days", 3, cls="dur"),
     M(R, "Saturday", D, "mourning_start", "2013-11-23"),
     M(R, "1991", D, "independence", "1991"),
     M(R, "2011", D, "opened", "2011"),

     M(K, "51 orang", N, "dead", 51, FRI_N, src=POLICE),
     M(K, "Jumat (22/11/2013)", D, "count51_day", "2013-11-22"),
     M(K, "Jumat sore", D, "count45_day", "2013-11-22"),
     M(K, "45 orang", N, "dead", 45, FRI_PM, src=POLICE),
     M(K, "35 orang", N, "injured", 35, FRI_PM, src=RESCUE),
     M(K, "28", N, "hospital", 28, FRI_N, src=RESCUE),
     M(K, "Sepuluh petugas", N, "ff_injured", 10),
     M(K, "tiga petugas", N, "ff_dead", 3),
     M(K, "Kamis (21/11/2013)", D, "collapse", "2013-11-21"),
     M(K, "400 meter persegi", N, "left_area", 400, "2013-11-23T08", qual="approx", cls="m2", fall=True),
     M(K, "1.500 meter persegi", N, "store_area", 1500, cls="m2"),
     M(K, "tiga hari", N, "mourning_days", 3, cls="dur"),
     M(K, "Sabtu (23/11/2013)", D, "mourning_start", "2013-11-23"),

     M(DT, "Minggu (24/11/2013)", D, "search_end", "2013-11-24"),
     M(DT, "54 orang", N, "dead", 54, SAT),
     M(DT, "Sabtu (23/11/2013)", D, "count54_day", "2013-11-23"),
     M(DT, "tiga petugas", N, "ff_dead", 3),
     M(DT, "Sabtu", D, "halt_day", "2013-11-23", occ=2),
     M(DT, "tujuh orang", N, "missing", 7, SAT, src=POLICE, fall=True),
     M(DT, "29", N, "hospital", 29, SAT),
     M(DT, "Jumat (22/11/2013)", D, "collapse", "2013-11-22", planted=True),
     M(DT, "105 orang", N, "questioned", 105),
     M(DT, "Senin (25/11/2013)", D, "mourning_end", "2013-11-25"),
     M(DT, "tiga hari", N, "mourning_days", 3, cls="dur"),

     M(AP, "Four weeks", N, "weeks_since", 4, cls="dur"),
     M(AP, "Nov. 21", D, "collapse", "2013-11-21"),
     M(AP, "54 people", N, "dead", 54, SAT),
     M(AP, "three of them", N, "ff_dead", 3),
     M(AP, "1991", D, "independence", "1991"),
     M(AP, "Wednesday, Nov. 27", D, "resign", "2013-11-27"),
     M(AP, "2009", D, "pm_since", "2009"),
     M(AP, "Sunday, Nov. 24", D, "search_end", "2013-11-24"),
     M(AP, "2011", D, "opened", "2011"),
     M(AP, "three days", N, "mourning_days", 3, cls="dur"),
     M(AP, "Nov. 23", D, "mourning_start", "2013-11-23"),
    ]
    build("riga-roof-collapse-2013", "The roof collapse of the Maxima supermarket in Riga's Zolitūde district on "
          "Thursday 21 November 2013 (shortly before 6 p.m., a second section about 20 minutes later): the toll rising "
          "32 (officials, early Friday) -> 43 (the rescue service, midday) and 45 -> 51 (the police, Friday afternoon "
          "and night) -> 54 confirmed by Saturday afternoon, three firefighters among the dead; the injured given as "
          "at least 38 early on Friday and as 35 later that day (lower), 28 and then 29 taken to hospital; seven "
          "reported missing on Saturday; the search halted on Saturday and completed on Sunday 24 November; three "
          "days of mourning from 23 November; the prime minister's resignation on Wednesday 27 November", False, ms,
          names)


def macedonia():
    R, K, A, AP = "reuters-may9", "kompas-may10", "antara-jun7", "ap-jun23"
    # the State Election Commission's count on election night (78.2 % counted, its first seat allocation) and its
    # final count after the re-run at a few polling stations; shares, seats and turnout of a count in progress may
    # move both ways (fall=True)
    NIGHT, FIN = "2024-05-08T23", "2024-05-23"
    SEC = "the State Election Commission"
    names = {
     "vmro_share": "the VMRO-DPMNE-led coalition's share", "sdsm_share": "the SDSM's share",
     "vmro_seats": "the VMRO-DPMNE-led coalition's seats", "sdsm_seats": "the SDSM-led coalition's seats",
     "dui_seats": "the DUI-led coalition's seats", "vlen_seats": "VLEN's seats", "znam_seats": "ZNAM's seats",
     "levica_seats": "Levica's seats", "counted": "share of the votes counted", "turnout": "turnout",
     "assembly": "seats in parliament", "majority": "seats needed for a majority", "short": "seats short of a majority",
     "age": "the president-elect's age", "mandate_days": "days to form a government",
     "speaker_votes": "votes for the speaker", "ayes": "votes for the government", "noes": "votes against the government",
     "absent": "lawmakers absent", "cabinet": "members of the cabinet", "vmro_cab": "VMRO-DPMNE's cabinet members",
     "vlen_cab": "VLEN's cabinet members", "znam_cab": "ZNAM's cabinet members", "term": "years of the term",
     "weeks_since": "weeks since the election", "eu": "EU member states", "sdsm_years": "years of SDSM rule",
     # dates
     "election": "day of the election", "sdsm_since": "year the SDSM came to power", "name": "year of the new name", "mandate": "day the mandate was given", "convened": "day parliament first sat",
     "gov_vote": "day the government was approved",
    }
    ms = [
     M(R, "Wednesday", D, "election", "2024-05-08"),
     M(R, "seven years", N, "sdsm_years", 7, cls="dur"),
     M(R, "78.2%", N, "counted", 78.2, NIGHT, cls="pct"),
     M(R, "42.5%", N, "vmro_share", 42.5, NIGHT, cls="pct", src=SEC, fall=True),
     M(R, "14.5%", N, "sdsm_share", 14.5, NIGHT, cls="pct", src=SEC, fall=True),
     M(R, "53.36%", N, "turnout", 53.36, NIGHT, cls="pct", src=SEC, fall=True),
     M(R, "61 lawmakers", N, "majority", 61),
     M(R, "120-seat", N, "assembly", 120),
     M(R, "2017", D, "sdsm_since", "2017"),
     M(R, "2019", D, "name", "2019"),

     M(K, "Rabu (8/5/2024)", D, "election", "2024-05-08"),
     M(K, "sedikitnya 59", N, "vmro_seats", 59, NIGHT, qual="atleast", src=SEC, fall=True),
     M(K, "120 kursi", N, "assembly", 120),
     M(K, "19 kursi", N, "sdsm_seats", 19, NIGHT, src=SEC, fall=True),
     M(K, "78,2 persen", N, "counted", 78.2, NIGHT, cls="pct"),
     M(K, "42,5 persen", N, "vmro_share", 42.5, NIGHT, cls="pct", src=SEC, fall=True),
     M(K, "14,5 persen", N, "sdsm_share", 14.5, NIGHT, cls="pct", src=SEC, fall=True),
     M(K, "61 kursi", N, "majority", 61),
     M(K, "53,36 persen", N, "turnout", 53.36, NIGHT, cls="pct", src=SEC, fall=True),
     M(K, "70 tahun", N, "age", 70, cls="age"),
     M(K, "2017", D, "sdsm_since", "2017"),
     M(K, "2019", D, "name", "2019"),

     M(A, "Kamis (6/6/2024)", D, "mandate", "2024-06-06"),
     M(A, "20 hari", N, "mandate_days", 20, cls="dur"),
     M(A, "8 Mei 2024", D, "election", "2024-05-08"),
     M(A, "58 dari 120 kursi", N, "vmro_seats", 58, FIN, src=SEC, fall=True, also=(("assembly", 120),)),
     M(A, "tiga kursi", N, "short", 3),
     M(A, "61 kursi", N, "majority", 61),
     M(A, "18 kursi", N, "dui_seats", 18, FIN, src=SEC, fall=True, also=(("sdsm_seats", 18),)),
     M(A, "15 kursi", N, "vlen_seats", 15, FIN, src=SEC, fall=True, planted=True),
     M(A, "6 kursi", N, "znam_seats", 6, FIN, src=SEC, fall=True, also=(("levica_seats", 6),)),
     M(A, "55,44 persen", N, "turnout", 55.44, FIN, cls="pct", src=SEC, fall=True),
     M(A, "28 Mei", D, "convened", "2024-05-28"),
     M(A, "76 anggota", N, "speaker_votes", 76),

     M(AP, "Sunday", D, "gov_vote", "2024-06-23"),
     M(AP, "more than six weeks", N, "weeks_since", 6, qual="morethan", cls="dur"),
     M(AP, "77 lawmakers", N, "ayes", 77),
     M(AP, "120-seat", N, "assembly", 120),
     M(AP, "22", N, "noes", 22),
     M(AP, "21", N, "absent", 21),
     M(AP, "24-member", N, "cabinet", 24),
     M(AP, "15 members", N, "vmro_cab", 15),
     M(AP, "six", N, "vlen_cab", 6, occ=2),
     M(AP, "two", N, "znam_cab", 2),
     M(AP, "58 seats", N, "vmro_seats", 58, FIN, src=SEC, fall=True),
     M(AP, "May 9", D, "election", "2024-05-09", planted=True),
     M(AP, "three short", N, "short", 3),
     M(AP, "14 lawmakers", N, "vlen_seats", 14, FIN, src=SEC, fall=True),
     M(AP, "six", N, "znam_seats", 6, FIN, src=SEC, fall=True, occ=3),
     M(AP, "18 seats", N, "sdsm_seats", 18, FIN, src=SEC, fall=True),
     M(AP, "2017", D, "sdsm_since", "2017"),
     M(AP, "May 28", D, "convened", "2024-05-28"),
     M(AP, "four-year", N, "term", 4, cls="dur"),
     M(AP, "27-nation", N, "eu", 27),
    ]
    build("north-macedonia-election-2024", "North Macedonia's parliamentary election of Wednesday 8 May 2024: the "
          "State Election Commission's count on the night (78.2% counted: the VMRO-DPMNE-led coalition 42.5%, the "
          "SDSM 14.5%, turnout 53.36%; at least 59 seats against 19) and its final count (58 of 120 seats, three short "
          "of 61; the DUI-led and the SDSM-led coalitions 18 each, VLEN 14, ZNAM and Levica 6 each; turnout 55.44%); "
          "parliament's first sitting on 28 May (the speaker elected by 76 votes); the mandate to Mickoski on "
          "Thursday 6 June (20 days); the government approved on Sunday 23 June 2024 by 77 votes to 22 with 21 absent",
          False, ms, names)


def croatia():
    R, B, E, K = "reuters-jul12", "bisnis-jul13", "euractiv-jul14", "kontan-jul15"
    names = {
     "acts": "legal acts adopted", "member_no": "Croatia's place among the euro countries",
     "rate": "the conversion rate (kuna per euro)", "population": "Croatia's population",
     "dual_weeks": "weeks of dual circulation", "euro_members": "EU countries using the euro",
     "eu_members": "EU member states", "ez_population": "the euro area's population",
     "erm_years": "years between EU membership and ERM II",
     # dates
     "decision": "day of the Council's decision", "changeover": "day of the changeover",
     "eu_join": "year Croatia joined the EU", "erm_join": "day Croatia joined ERM II",
     "eurogroup": "day of the Eurogroup's discussion", "dual_end": "last day of dual circulation",
     "prices_from": "first day of dual price display",
    }
    ms = [
     M(R, "Tuesday", D, "decision", "2022-07-12"),
     M(R, "three legal acts", N, "acts", 3),
     M(R, "Jan. 1, 2023", D, "changeover", "2023-01-01"),
     M(R, "20th", N, "member_no", 20),
     M(R, "7.53450", N, "rate", 7.5345, cls="rate"),
     M(R, "about 3.9 million", N, "population", 3900000, qual="approx"),
     M(R, "2013", D, "eu_join", "2013"),
     M(R, "July 10, 2020", D, "erm_join", "2020-07-10"),
     M(R, "Monday", D, "eurogroup", "2022-07-11"),
     M(R, "Jan. 1, 2023", D, "changeover", "2023-01-01", occ=2),
     M(R, "two weeks", N, "dual_weeks", 2, cls="dur"),
     M(R, "Jan. 1", D, "changeover", "2023-01-01", occ=3),
     M(R, "Jan. 14, 2023", D, "dual_end", "2023-01-14"),
     M(R, "Sept. 5, 2022", D, "prices_from", "2022-09-05"),
     M(R, "more than 340 million", N, "ez_population", 340000000, qual="morethan"),
     M(R, "20", N, "euro_members", 20),
     M(R, "27", N, "eu_members", 27),

     M(B, "Selasa (12/7/2022)", D, "decision", "2022-07-12"),
     M(B, "tiga aturan", N, "acts", 3),
     M(B, "1 Januari 2023", D, "changeover", "2023-01-01"),
     M(B, "ke-20", N, "member_no", 20),
     M(B, "7,53450", N, "rate", 7.5345, cls="rate"),
     M(B, "10 Juli 2020", D, "erm_join", "2020-07-10"),
     M(B, "tujuh tahun", N, "erm_years", 7, cls="dur"),
     M(B, "2013", D, "eu_join", "2013"),
     M(B, "dua pekan", N, "dual_weeks", 2, cls="dur"),
     M(B, "14 Januari 2023", D, "dual_end", "2023-01-14"),
     M(B, "5 September 2022", D, "prices_from", "2022-09-05"),
     M(B, "sekitar 3,9 juta", N, "population", 3900000, qual="approx"),
     M(B, "20", N, "euro_members", 20, occ=2),
     M(B, "27", N, "eu_members", 27),

     M(E, "20th", N, "member_no", 20),
     M(E, "1 January 2023", D, "changeover", "2023-01-01"),
     M(E, "12 July", D, "decision", "2022-07-12"),
     M(E, "7.53450", N, "rate", 7.5345, cls="rate"),
     M(E, "10 July 2020", D, "erm_join", "2020-07-10"),
     M(E, "three legal acts", N, "acts", 3),
     M(E, "11 July", D, "eurogroup", "2022-07-11"),
     M(E, "two weeks", N, "dual_weeks", 2, cls="dur"),
     M(E, "14 January 2023", D, "dual_end", "2023-01-14"),
     M(E, "5 September 2022", D, "prices_from", "2022-09-05"),
     M(E, "about 3.9 million", N, "population", 3900000, qual="approx"),
     M(E, "2013", D, "eu_join", "2013"),
     M(E, "20", N, "euro_members", 20),
     M(E, "27", N, "eu_members", 27),
     M(E, "more than 340 million", N, "ez_population", 340000000, qual="morethan"),

     M(K, "7,53450", N, "rate", 7.5345, cls="rate"),
     M(K, "Selasa, 12 Juli 2022", D, "decision", "2022-07-12"),
     M(K, "1 Januari 2023", D, "changeover", "2023-01-01"),
     M(K, "sekitar 3,9 juta", N, "population", 3900000, qual="approx"),
     M(K, "ke-20", N, "member_no", 20),
     M(K, "10 Juli 2020", D, "erm_join", "2020-07-10"),
     M(K, "tiga aturan", N, "acts", 3),
     M(K, "Senin, 11 Juli 2022", D, "eurogroup", "2022-07-11"),
     M(K, "dua pekan", N, "dual_weeks", 2, cls="dur"),
     M(K, "14 Januari 2023", D, "dual_end", "2023-01-14"),
     M(K, "5 September 2022", D, "prices_from", "2022-09-05"),
     M(K, "20", N, "euro_members", 20, occ=2),
     M(K, "27", N, "eu_members", 27),
    ]
    build("croatia-euro-2022", "The EU Council's decision (control) of Tuesday 12 July 2022: the last three legal acts "
          "for Croatia's adoption of the euro on 1 January 2023 as the 20th member of the euro area, the conversion "
          "rate fixed at 7.53450 kuna per euro (the kuna's central rate in ERM II, which Croatia joined on 10 July "
          "2020), two weeks of dual circulation to 14 January 2023, dual price display from 5 September 2022; about "
          "3.9 million people, in the EU since 2013; 20 of the EU's 27 states in a euro area of more than 340 million. "
          "Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    riga()
    macedonia()
    croatia()
