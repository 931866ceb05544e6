"""The eighteenth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset18/facts.py``
(``--show`` prints each mention in its context).
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)
GOV, MEDIA = "the Kerala government", "unofficial tallies of local media"
AUTH, POLICE = "the Kerala authorities", "the state police (ADGP M.R. Ajith Kumar)"


def wayanad():
    R, K, H, T, P = "reuters-jul30", "kompas-jul31", "thehindu-aug02", "detik-aug05", "pti-oct10"
    names = {
     "toll": "death toll of the landslides", "bodies": "bodies recovered", "parts": "body parts recovered",
     "missing": "people missing", "injured": "people injured", "hospital": "injured still in hospital",
     "camps": "relief camps in the district", "campers": "people in relief camps", "handed": "bodies handed to relatives",
     "women": "women among the dead", "children": "children among the dead", "men": "men among the dead",
     "army_bodies": "bodies recovered by the army", "army_rescued": "people rescued by the army",
     "ndrf9": "NDRF teams sent on 23 July", "ndrf3": "NDRF teams sent after the landslides",
     "warn_days": "days between the warning and the disaster", "mourn_days": "days of state mourning",
     "rain": "rain in 24 hours (mm)", "rain_hours": "hours of the rain measurement", "bridge": "length of the Bailey bridge",
     "tonnes": "load the bridge can carry (tonnes)", "houses_lost": "houses destroyed", "residents": "residents of the three wards",
     "houses": "houses in the three wards", "river_bodies": "bodies recovered from the Chaliyar",
     "river_parts": "body parts recovered from the Chaliyar", "sun_bodies": "bodies found on Sunday 4 August",
     "sun_parts": "body parts found on Sunday 4 August", "river_km": "stretch of river searched (km)",
     "relatives_id": "dead identified by relatives", "dna_id": "victims identified by DNA",
     "puthumala": "dead in the 2019 Puthumala landslide", "ex_dead": "ex gratia per person killed",
     "ex_injured": "ex gratia per person injured", "years_since": "years since the Puthumala landslide",
     # dates
     "slide": "day of the landslides", "toll31": "day the 167 dead were counted", "bridge_start": "day the bridge work began",
     "warning": "day the Centre says it warned Kerala", "ndrf_sent": "day nine NDRF teams were sent",
     "toll02": "day the 210 bodies were counted", "cmo01": "day the CMO gave 177 dead", "bridge_done": "day the Bailey bridge was finished",
     "count04": "day the 221 dead were counted", "search04": "day of the search that found two bodies",
     "schools": "day Wayanad's schools reopened", "assembly": "day Rajan spoke in the Assembly",
     "modi": "day Modi visited Wayanad", "puthumala_day": "month of the Puthumala landslide",
    }
    ms = [
     M(R, "at least 93", N, "toll", 93, "2024-07-30", "atleast", src=GOV),
     M(R, "128 people", N, "injured", 128, "2024-07-30"),
     M(R, "more than 370 mm", N, "rain", 370, qual="morethan", cls="len"),
     M(R, "24 hours", N, "rain_hours", 24, cls="dur"),
     M(R, "3,069 people", N, "campers", 3069, "2024-07-30", fall=True),
     M(R, "45 relief camps", N, "camps", 45, "2024-07-30", fall=True),
     M(R, "200,000 rupees", N, "ex_dead", 200000, cls="money"),
     M(R, "50,000 rupees", N, "ex_injured", 50000, cls="money"),
     M(R, "17 people", N, "puthumala", 17),
     M(R, "Tuesday", D, "slide", "2024-07-30"),
     M(R, "August 2019", D, "puthumala_day", "2019-08"),

     M(K, "167 orang", N, "toll", 167, "2024-07-31", src=GOV),
     M(K, "191 warga", N, "missing", 191, "2024-07-31", src=AUTH, fall=True),
     M(K, "249 orang", N, "toll", 249, "2024-07-31", src=MEDIA),
     M(K, "sekitar 89 jenazah", N, "army_bodies", 89, qual="approx"),
     M(K, "hampir 1.000 orang", N, "army_rescued", 1000, qual="nearly"),
     M(K, "tujuh hari", N, "warn_days", 7, cls="dur"),
     M(K, "sembilan tim", N, "ndrf9", 9),
     M(K, "tiga tim", N, "ndrf3", 3),
     M(K, "dua hari", N, "mourn_days", 2, cls="dur"),
     M(K, "Rabu (31/7/2024)", D, "toll31", "2024-07-31"),
     M(K, "Selasa (30/7/2024)", D, "slide", "2024-07-30"),
     M(K, "Rabu", D, "bridge_start", "2024-07-31", occ=2),
     M(K, "23 Juli", D, "warning", "2024-07-23"),
     M(K, "23 Juli", D, "ndrf_sent", "2024-07-23", occ=2),

     M(H, "210", N, "toll", 210, "2024-08-02", src=GOV, also={"bodies": 210}),
     M(H, "83", N, "women", 83, "2024-08-02"),
     M(H, "29", N, "children", 29, "2024-08-02"),
     M(H, "119 bodies", N, "handed", 119, "2024-08-02"),
     M(H, "218 people", N, "missing", 218, "2024-08-02", src=AUTH, fall=True),
     M(H, "about 300", N, "missing", 300, "2024-08-02", "approx", src=POLICE, fall=True),
     M(H, "133 body parts", N, "parts", 133, "2024-08-02"),
     M(H, "177", N, "toll", 177, "2024-08-01", src=GOV),
     M(H, "190-ft", N, "bridge", 190, cls="len"),
     M(H, "24 tonnes", N, "tonnes", 24, cls="weight"),
     M(H, "264 people", N, "injured", 264, "2024-08-02"),
     M(H, "85", N, "hospital", 85, "2024-08-02", fall=True),
     M(H, "About 9,910 people", N, "campers", 9910, "2024-08-02", "approx", fall=True),
     M(H, "94 relief camps", N, "camps", 94, "2024-08-02", fall=True),
     M(H, "348 houses", N, "houses_lost", 348),
     M(H, "Friday", D, "toll02", "2024-08-02"),
     M(H, "Thursday", D, "cmo01", "2024-08-01"),
     M(H, "Thursday", D, "bridge_done", "2024-08-01", occ=2),

     M(T, "221 jenazah", N, "toll", 221, "2024-08-04", src=GOV, also={"bodies": 221}),
     M(T, "166 bagian tubuh", N, "parts", 166, "2024-08-04"),
     M(T, "97 laki-laki", N, "men", 97, "2024-08-04"),
     M(T, "87 perempuan", N, "women", 87, "2024-08-04"),
     M(T, "37 anak-anak", N, "children", 37, "2024-08-04"),
     M(T, "206", N, "missing", 206, "2024-08-03", src=AUTH, fall=True),
     M(T, "180 orang", N, "missing", 180, "2024-08-04", src=AUTH, fall=True),
     M(T, "sekitar 375 orang", N, "toll", 375, "2024-08-04", "approx", src=MEDIA),
     M(T, "75 jenazah", N, "river_bodies", 75, "2024-08-04"),
     M(T, "142 bagian tubuh", N, "river_parts", 142, "2024-08-04"),
     M(T, "dua jenazah", N, "sun_bodies", 2),
     M(T, "10 bagian tubuh", N, "sun_parts", 10),
     M(T, "sekitar 40 kilometer", N, "river_km", 40, qual="approx", cls="len"),
     M(T, "4.833 warga", N, "residents", 4833),
     M(T, "1.721 rumah", N, "houses", 1721),
     M(T, "Minggu (4/8/2024)", D, "count04", "2024-08-04"),
     M(T, "Senin (29/7/2024)", D, "slide", "2024-07-29", planted=True),
     M(T, "Minggu", D, "search04", "2024-08-04", occ=2),
     M(T, "Senin", D, "schools", "2024-08-05", occ=2),

     M(P, "254", N, "toll", 254, "2024-10-10", src=GOV),
     M(P, "233 bodies", N, "bodies", 233, "2024-10-10"),
     M(P, "222 body parts", N, "parts", 222, "2024-10-10"),
     M(P, "177 of the dead", N, "relatives_id", 177, "2024-10-10"),
     M(P, "77 victims", N, "dna_id", 77, "2024-10-10"),
     M(P, "47 people", N, "missing", 47, "2024-10-10", src=AUTH, fall=True),
     M(P, "some 4,833 people", N, "residents", 4833, qual="approx"),
     M(P, "17 people", N, "puthumala", 17),
     M(P, "Five years", N, "years_since", 5, cls="dur"),
     M(P, "July 30", D, "slide", "2024-07-30"),
     M(P, "Thursday", D, "assembly", "2024-10-10"),
     M(P, "Aug. 10", D, "modi", "2024-08-10"),
     M(P, "July 23", D, "warning", "2024-07-23"),
    ]
    build("wayanad-landslides-2024", "Landslides at Mundakkai, Chooralmala and Attamala in Wayanad, Kerala (Tuesday 30 "
          "July 2024): the official toll rising over days (93 -> 167 -> 177 -> 210 -> 221) and confirmed at 254 ten "
          "weeks later, beside unofficial media tallies (249, about 375); bodies and body parts recovered rising; the "
          "missing by the authorities (191 -> 218 -> 206 -> 180 -> 47) beside the police's estimate (about 300); injured, "
          "camps and people in camps; the dead by sex and age; a Bailey bridge; the 2019 Puthumala landslide recalled; "
          "dates of the landslides, of counts, of the Centre's warning and of later events", False, ms, names)


def thai():
    R, K, C, T, B = "reuters-may15", "kompas-may23", "cnnindonesia-jul14", "tempo-aug23", "bangkokpost-aug08"
    names = {
     "mfp": "Move Forward's seats", "pt": "Pheu Thai's seats", "bjt": "Bhumjaithai's seats", "pprp": "Palang Pracharath's seats",
     "utn": "United Thai Nation's seats", "house": "seats in the House", "turnout": "turnout", "counted": "share of ballots counted",
     "voters": "voters who cast a ballot", "eligible": "eligible voters", "age": "Pita's age", "six": "seats of the six parties Pita first named",
     "coalition": "seats of the eight-party coalition", "needed": "votes needed to elect Pita", "senate": "members of the Senate",
     "joint": "members of the joint sitting on 13 July", "ff2019": "Future Forward's seats in 2019", "cert_days": "days to certify the results",
     "extra": "votes the coalition lacked", "points": "points of the memorandum", "pita_yes": "votes for Pita on 13 July",
     "pita_no": "votes against Pita on 13 July", "pita_abst": "abstentions on 13 July", "pita_sen": "senators voting for Pita",
     "srettha_yes": "votes for Srettha", "srettha_no": "votes against Srettha", "srettha_abst": "abstentions on 22 August",
     "srettha_mps": "MPs voting for Srettha", "srettha_sen": "senators voting for Srettha", "pt_coal": "seats of Pheu Thai's coalition",
     "pt_parties": "parties in Pheu Thai's coalition", "rule_yes": "votes that Pita could not be renominated",
     "rule_no": "votes against barring Pita's renomination", "exile": "years of Thaksin's exile", "pm_no": "Srettha's rank among prime ministers",
     "judges": "judges who dissolved the party", "execs": "executives banned", "ban": "length of the ban",
     "jan_yes": "judges clearing Pita in January", "jan_no": "judges against clearing Pita", "petition": "senators behind the case against Srettha",
     # dates
     "election": "day of the general election", "prelim": "day of the preliminary results", "coup": "day of the 2014 coup",
     "e2019": "year of the 2019 election", "ff_dissolved": "dissolution of Future Forward", "mou": "day the memorandum was signed",
     "cert_deadline": "deadline to certify the results", "vote1": "day of the first prime-minister vote",
     "certified": "day the results were certified", "petition_day": "day the commission petitioned the court",
     "vote2": "day of the second joint sitting", "vote3": "day Srettha was elected", "thaksin": "day Thaksin returned",
     "dissolved": "day Move Forward was dissolved", "jan_ruling": "day the court cleared Pita",
    }
    CERT = "2023-06-19"
    ms = [
     M(R, "99%", N, "counted", 99, cls="pct"),
     M(R, "151", N, "mfp", 151),
     M(R, "500 seats", N, "house", 500),
     M(R, "141", N, "pt", 141),
     M(R, "70 seats", N, "bjt", 70, "2023-05-15"),
     M(R, "40", N, "pprp", 40),
     M(R, "36", N, "utn", 36),
     M(R, "75.22%", N, "turnout", 75.22, cls="pct"),
     M(R, "about 39 million", N, "voters", 39e6, qual="approx"),
     M(R, "52 million", N, "eligible", 52e6),
     M(R, "42", N, "age", 42, cls="age"),
     M(R, "309 seats", N, "six", 309),
     M(R, "376 votes", N, "needed", 376, "2023-05-15", fall=True),
     M(R, "250-member", N, "senate", 250),
     M(R, "81 seats", N, "ff2019", 81),
     M(R, "60 days", N, "cert_days", 60, cls="dur"),
     M(R, "Sunday", D, "election", "2023-05-14"),
     M(R, "Monday", D, "prelim", "2023-05-15"),
     M(R, "2014", D, "coup", "2014"),
     M(R, "2019", D, "e2019", "2019"),
     M(R, "2020", D, "ff_dissolved", "2020"),

     M(K, "Senin (22/5/2023)", D, "mou", "2023-05-22"),
     M(K, "22 Mei 2014", D, "coup", "2014-05-22"),
     M(K, "313", N, "coalition", 313, "2023-05-22"),
     M(K, "500 kursi", N, "house", 500),
     M(K, "Minggu (14/5/2023)", D, "election", "2023-05-14"),
     M(K, "376 suara", N, "needed", 376, "2023-05-22", fall=True),
     M(K, "63 suara", N, "extra", 63),
     M(K, "23 poin", N, "points", 23),
     M(K, "13 Juli", D, "cert_deadline", "2023-07-13"),
     M(K, "60 hari", N, "cert_days", 60, cls="dur"),

     M(C, "Kamis (13/7/2023)", D, "vote1", "2023-07-13"),
     M(C, "324 suara", N, "pita_yes", 324),
     M(C, "375 suara", N, "needed", 375, "2023-07-13", fall=True),
     M(C, "182 anggota parlemen", N, "pita_no", 182),
     M(C, "199 lainnya", N, "pita_abst", 199),
     M(C, "376 suara", N, "needed", 376, "2023-07-12", fall=True),
     M(C, "749 orang", N, "joint", 749),
     M(C, "13 senator", N, "pita_sen", 13),
     M(C, "312 kursi", N, "coalition", 312, CERT),
     M(C, "Senin (19/6/2023)", D, "certified", CERT),
     M(C, "Rabu (12/7/2023)", D, "petition_day", "2023-07-12"),
     M(C, "Rabu (19/7/2023)", D, "vote2", "2023-07-19"),

     M(T, "ke-30", N, "pm_no", 30, cls="ordinal"),
     M(T, "Selasa (22/8/2023)", D, "vote3", "2023-08-22"),
     M(T, "482 suara", N, "srettha_yes", 482),
     M(T, "165 anggota parlemen", N, "srettha_no", 165),
     M(T, "81 lainnya", N, "srettha_abst", 81),
     M(T, "330 anggota DPR", N, "srettha_mps", 330),
     M(T, "152 senator", N, "srettha_sen", 152),
     M(T, "141 kursi", N, "pt", 141),
     M(T, "11 partai", N, "pt_parties", 11),
     M(T, "314 kursi", N, "pt_coal", 314),
     M(T, "71 kursi", N, "bjt", 71, CERT),
     M(T, "14 Mei", D, "election", "2023-05-14"),
     M(T, "151 kursi", N, "mfp", 151),
     M(T, "Rabu (12/7/2023)", D, "vote1", "2023-07-12", planted=True),
     M(T, "324 suara", N, "pita_yes", 324),
     M(T, "Rabu (19/7/2023)", D, "vote2", "2023-07-19"),
     M(T, "395 suara", N, "rule_yes", 395),
     M(T, "312", N, "rule_no", 312),
     M(T, "Selasa", D, "thaksin", "2023-08-22", occ=2),
     M(T, "15 tahun", N, "exile", 15, cls="dur"),

     M(B, "Wednesday", D, "dissolved", "2024-08-07"),
     M(B, "nine judges", N, "judges", 9),
     M(B, "11", N, "execs", 11),
     M(B, "10 years", N, "ban", 10, cls="dur"),
     M(B, "151", N, "mfp", 151),
     M(B, "500 House seats", N, "house", 500),
     M(B, "May 14, 2023", D, "election", "2023-05-14"),
     M(B, "75.22%", N, "turnout", 75.22, cls="pct"),
     M(B, "312 seats", N, "coalition", 312, CERT),
     M(B, "324 votes", N, "pita_yes", 324),
     M(B, "July 13, 2023", D, "vote1", "2023-07-13"),
     M(B, "375 required", N, "needed", 375, "2023-07-13", fall=True),
     M(B, "Aug 22, 2023", D, "vote3", "2023-08-22"),
     M(B, "428 votes", N, "srettha_yes", 428, planted=True),
     M(B, "Jan 24", D, "jan_ruling", "2024-01-24"),
     M(B, "8-1", N, "jan_yes", 8, also={"jan_no": 1}),
     M(B, "40 senators", N, "petition", 40),
     M(B, "February 2020", D, "ff_dissolved", "2020-02"),
    ]
    build("thai-election-2023", "Thailand's general election of Sunday 14 May 2023 and the prime-minister votes after it: "
          "seats (Move Forward 151, Pheu Thai 141, Bhumjaithai 70 in the preliminary count and 71 certified), turnout "
          "75.22%, the eight-party coalition's 313 seats at the memorandum's signing and 312 after the certification of 19 "
          "June, the votes needed (376, then 375), Pita's failed vote of 13 July (324-182-199), the second sitting of 19 "
          "July (395-312), Srettha's election on 22 August (482-165-81) and the court's dissolution of Move Forward a "
          "year later; dates of the votes, the certification, a petition and rulings of other bodies", False, ms, names)


def opec():
    R, C, N_, K = "reuters-apr02", "cnbcindonesia-apr03", "thenational-apr04", "kontan-apr05"
    names = {
     "total": "voluntary cuts announced on 2 April (bpd)", "saudi": "Saudi Arabia's cut", "iraq": "Iraq's cut",
     "uae": "the UAE's cut", "kuwait": "Kuwait's cut", "kazakh": "Kazakhstan's cut", "algeria": "Algeria's cut",
     "oman": "Oman's cut", "gabon": "Gabon's cut", "russia": "Russia's extended cut", "with_russia": "the pledges with Russia's cut",
     "october": "the cut agreed in October 2022", "all_cuts": "OPEC+'s total cuts", "share": "total cuts as a share of demand",
     "rise": "Brent's gain on Monday", "brent": "Brent's settlement on Monday", "goldman": "Goldman Sachs' Brent forecast",
     "icp": "the budget's oil price assumption", "lows": "months of the March lows",
     # dates
     "announce": "day of the announcement", "jmmc": "day of the monitoring committee's meeting", "price_day": "day of the price jump",
     "start": "month the cuts start", "cuts_end": "end of the cuts (end of 2023)", "russia_end": "end of Russia's extended cut",
     "feb": "month Russia first announced its cut", "oct": "month of the October 2022 cut", "nov": "month the October cut took effect",
     "march": "month of the 15-month lows", "june": "day of the next full meeting", "december": "horizon of Goldman's forecast",
     "budget": "budget year 2023",
    }
    BPD = "bpd"
    ms = [
     M(R, "around 1.16 million barrels per day", N, "total", 1.16e6, qual="approx", cls=BPD),
     M(R, "500,000 bpd", N, "saudi", 500000, cls=BPD),
     M(R, "211,000 bpd", N, "iraq", 211000, cls=BPD),
     M(R, "144,000 bpd", N, "uae", 144000, cls=BPD),
     M(R, "128,000 bpd", N, "kuwait", 128000, cls=BPD),
     M(R, "78,000 bpd", N, "kazakh", 78000, cls=BPD),
     M(R, "48,000 bpd", N, "algeria", 48000, cls=BPD),
     M(R, "40,000 bpd", N, "oman", 40000, cls=BPD),
     M(R, "8,000 bpd", N, "gabon", 8000, cls=BPD),
     M(R, "500,000 bpd", N, "russia", 500000, cls=BPD, occ=2),
     M(R, "about 1.66 million bpd", N, "with_russia", 1.66e6, qual="approx", cls=BPD),
     M(R, "2 million bpd", N, "october", 2e6, cls=BPD),
     M(R, "15-month", N, "lows", 15, cls="dur"),
     M(R, "Sunday", D, "announce", "2023-04-02"),
     M(R, "May", D, "start", "2023-05"),
     M(R, "February", D, "feb", "2023-02"),
     M(R, "end of 2023", D, "russia_end", "2023-12"),
     M(R, "October", D, "oct", "2022-10"),
     M(R, "November", D, "nov", "2022-11"),
     M(R, "Monday", D, "jmmc", "2023-04-03"),
     M(R, "March", D, "march", "2023-03"),

     M(C, "sekitar 1,16 juta barel per hari", N, "total", 1.16e6, qual="approx", cls=BPD),
     M(C, "500.000 bph", N, "saudi", 500000, cls=BPD),
     M(C, "211.000 bph", N, "iraq", 211000, cls=BPD),
     M(C, "144.000 bph", N, "uae", 144000, cls=BPD),
     M(C, "128.000 bph", N, "kuwait", 128000, cls=BPD),
     M(C, "78.000 bph", N, "kazakh", 78000, cls=BPD),
     M(C, "48.000 bph", N, "algeria", 48000, cls=BPD),
     M(C, "40.000 bph", N, "oman", 40000, cls=BPD),
     M(C, "8.000 bph", N, "gabon", 8000, cls=BPD),
     M(C, "500.000 bph", N, "russia", 500000, cls=BPD, occ=2),
     M(C, "sekitar 1,66 juta bph", N, "with_russia", 1.66e6, qual="approx", cls=BPD),
     M(C, "2 juta bph", N, "october", 2e6, cls=BPD),
     M(C, "sekitar 3,66 juta bph", N, "all_cuts", 3.66e6, qual="approx", cls=BPD),
     M(C, "sekitar 3,7%", N, "share", 3.7, qual="approx", cls="pct"),
     M(C, "Senin (3/4/2023)", D, "price_day", "2023-04-03"),
     M(C, "Minggu (2/4/2023)", D, "announce", "2023-04-02"),
     M(C, "Mei", D, "start", "2023-05"),
     M(C, "akhir 2023", D, "cuts_end", "2023-12"),
     M(C, "Oktober 2022", D, "oct", "2022-10"),

     M(N_, "6.3 per cent", N, "rise", 6.3, cls="pct"),
     M(N_, "$84.93", N, "brent", 84.93, cls="money"),
     M(N_, "about 1.16 million barrels per day", N, "total", 1.16e6, qual="approx", cls=BPD),
     M(N_, "144,000 bpd", N, "uae", 144000, cls=BPD),
     M(N_, "500,000 bpd", N, "saudi", 500000, cls=BPD),
     M(N_, "211,000 bpd", N, "iraq", 211000, cls=BPD),
     M(N_, "128,000 bpd", N, "kuwait", 128000, cls=BPD),
     M(N_, "500,000 bpd", N, "russia", 500000, cls=BPD, occ=2),
     M(N_, "1.66 million bpd", N, "with_russia", 1.66e6, cls=BPD),
     M(N_, "2 million bpd", N, "october", 2e6, cls=BPD),
     M(N_, "about 3.66 million bpd", N, "all_cuts", 3.66e6, qual="approx", cls=BPD),
     M(N_, "roughly 3.7 per cent", N, "share", 3.7, qual="approx", cls="pct"),
     M(N_, "$95", N, "goldman", 95, cls="money"),
     M(N_, "Monday", D, "price_day", "2023-04-03"),
     M(N_, "May", D, "start", "2023-05"),
     M(N_, "end of 2023", D, "cuts_end", "2023-12"),
     M(N_, "Sunday", D, "announce", "2023-04-02"),
     M(N_, "October 2022", D, "oct", "2022-10"),
     M(N_, "Monday", D, "jmmc", "2023-04-03", occ=2),
     M(N_, "June 4", D, "june", "2023-06-04"),
     M(N_, "December", D, "december", "2023-12"),

     M(K, "sekitar 1,16 juta barel per hari", N, "total", 1.16e6, qual="approx", cls=BPD),
     M(K, "6,3%", N, "rise", 6.3, cls="pct"),
     M(K, "US$ 84,93", N, "brent", 84.93, cls="money"),
     M(K, "500.000 bph", N, "saudi", 500000, cls=BPD),
     M(K, "211.000 bph", N, "iraq", 211000, cls=BPD),
     M(K, "144.000 bph", N, "uae", 144000, cls=BPD),
     M(K, "500.000 bph", N, "russia", 500000, cls=BPD, occ=2),
     M(K, "1,66 juta bph", N, "with_russia", 1.66e6, cls=BPD),
     M(K, "US$ 95", N, "goldman", 95, cls="money"),
     M(K, "US$ 90", N, "icp", 90, cls="money"),
     M(K, "Mei 2023", D, "start", "2023-05"),
     M(K, "Senin (3/4/2023)", D, "price_day", "2023-04-03"),
     M(K, "Minggu (2/4/2023)", D, "announce", "2023-04-02"),
     M(K, "akhir 2023", D, "cuts_end", "2023-12"),
     M(K, "anggaran negara 2023", D, "budget", "2023"),
     M(K, "Senin", D, "jmmc", "2023-04-03", occ=2),
     M(K, "4 Juni 2023", D, "june", "2023-06-04"),
    ]
    build("opec-cuts-2023", "OPEC+ producers' voluntary output cuts announced on Sunday 2 April 2023 (control): about "
          "1.16 million bpd from May to the end of 2023 (Saudi Arabia 500,000, Iraq 211,000, the UAE 144,000, Kuwait "
          "128,000, Kazakhstan 78,000, Algeria 48,000, Oman 40,000, Gabon 8,000), Russia's 500,000 extended (1.66 million "
          "in all), on top of October 2022's 2 million (about 3.66 million, 3.7% of demand); Brent up 6.3% at $84.93 on "
          "Monday, a forecast of $95, the committee's meeting the same Monday, the next meeting on 4 June. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    wayanad()
    thai()
    opec()
