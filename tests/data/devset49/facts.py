"""The forty-ninth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset49/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def manchester():
    R, K, T, P, B = "reuters-may23", "kompas-may24", "detik-may26", "tempo-aug21-2020", "bbc-jun17-2021"
    names = {
     "dead": "people killed in the bombing (the bomber not counted)", "injured": "people injured",
     "hosp": "people still in hospital", "critical": "people in critical care", "admitted": "people admitted to hospital",
     "custody": "people in custody", "arrests_wed": "arrests made on Wednesday 24 May",
     "arrests_thu": "arrests made on Thursday 25 May", "troops": "soldiers deployed to guard sites",
     "ambulances": "ambulances sent to the arena", "walking": "walking wounded treated at the scene",
     "crowd": "people at the concert", "london05": "dead in the London bombings of July 2005",
     "bombers05": "bombers in the London bombings of 2005",
     "age_salman": "age of the bomber", "age_man": "age of the man arrested on Tuesday 23 May",
     "age_hashem17": "age of the bomber's brother at his arrest in 2017",
     "age_hashem20": "age of the bomber's brother at his sentencing", "age_saffie": "age of the youngest victim",
     "age_rule": "age under which a whole-life term cannot be given",
     "term": "minimum term of the brother's sentence", "silence": "length of the silence",
     "warned": "time between a member of the public's warning and the blast", "libya": "time between the brother's flight to Libya and the attack",
     # dates
     "attack": "day of the bombing", "statement23": "day the police gave the toll of 22",
     "arrest1": "day the 23-year-old man was arrested", "threat": "day the threat level was raised to critical",
     "hosp24": "day of the NHS count of 64 in hospital", "arrests24": "day three more men were arrested",
     "kbri": "day the Indonesian embassy spoke", "arrests25": "day of the two new arrests",
     "nhs25": "day the NHS gave 116 injured", "silence_day": "day of the minute's silence",
     "hashem_arrest": "day the brother was arrested in Libya", "london05_day": "month of the London bombings",
     "election": "day of the general election", "sentence": "day the brother was sentenced",
     "convict": "day the brother was convicted", "extradite": "month the brother was extradited",
     "inquiry_start": "day the inquiry began hearing evidence",
    }
    T01, T07 = "2017-05-23T01", "2017-05-23T07"
    ms = [
     M(R, "22 people", N, "dead", 22, "final"),
     M(R, "19 dead", N, "dead", 19, T01),
     M(R, "about 50 injured", N, "injured", 50, T01, "approx"),
     M(R, "59 people", N, "injured", 59, T07),
     M(R, "about 14,000 people", N, "crowd", 14000, qual="approx", src="the police"),
     M(R, "60 ambulances", N, "ambulances", 60),
     M(R, "about 60 walking wounded", N, "walking", 60, qual="approx"),
     M(R, "22", N, "age_salman", 22, cls="age", occ=2),
     M(R, "23-year-old", N, "age_man", 23, cls="age"),
     M(R, "four suicide bombers", N, "bombers05", 4),
     M(R, "52 people", N, "london05", 52),
     M(R, "Monday", D, "attack", "2017-05-22"),
     M(R, "Tuesday", D, "statement23", "2017-05-23"),
     M(R, "Tuesday", D, "statement23", "2017-05-23", occ=2),
     M(R, "Tuesday", D, "arrest1", "2017-05-23", occ=3),
     M(R, "July 2005", D, "london05_day", "2005-07"),
     M(R, "June 8", D, "election", "2017-06-08"),

     M(K, "22 orang", N, "dead", 22, "final"),
     M(K, "984 tentara", N, "troops", 984),
     M(K, "64 korban", N, "hosp", 64, "2017-05-24", fall=True),
     M(K, "20", N, "critical", 20, "2017-05-24", fall=True),
     M(K, "delapan tahun", N, "age_saffie", 8, cls="age"),
     M(K, "sekitar 21.000 orang", N, "crowd", 21000, qual="approx", src="the organisers"),
     M(K, "22", N, "age_salman", 22, cls="age", occ=3),
     M(K, "23 tahun", N, "age_man", 23, cls="age"),
     M(K, "tiga pria", N, "arrests_wed", 3),
     M(K, "empat orang", N, "custody", 4, "2017-05-24", fall=True),
     M(K, "Selasa (23/5/2017)", D, "threat", "2017-05-23"),
     M(K, "Rabu (24/5/2017)", D, "hosp24", "2017-05-24"),
     M(K, "Senin (22/5/2017)", D, "attack", "2017-05-22"),
     M(K, "Rabu", D, "arrests24", "2017-05-24", occ=2),
     M(K, "Rabu", D, "kbri", "2017-05-24", occ=3),

     M(T, "delapan pria", N, "custody", 8, "2017-05-25", fall=True),
     M(T, "dua penangkapan", N, "arrests_thu", 2),
     M(T, "22 orang", N, "dead", 22, "final"),
     M(T, "95 orang", N, "injured", 95, T07, planted=True),
     M(T, "116 orang", N, "injured", 116, "2017-05-25"),
     M(T, "75 orang", N, "admitted", 75, "2017-05-25"),
     M(T, "23", N, "critical", 23, "2017-05-25", fall=True, occ=2),
     M(T, "satu menit", N, "silence", 1, cls="dur"),
     M(T, "20", N, "age_hashem17", 20, cls="age"),
     M(T, "Sekitar 1.000 tentara", N, "troops", 1000, qual="approx"),
     M(T, "Kamis (25/5/2017)", D, "arrests25", "2017-05-25"),
     M(T, "Selasa (23/5/2017)", D, "statement23", "2017-05-23"),
     M(T, "Kamis", D, "nhs25", "2017-05-25", occ=2),
     M(T, "Kamis", D, "silence_day", "2017-05-25", occ=3),
     M(T, "Rabu (24/5/2017)", D, "hashem_arrest", "2017-05-24"),
     M(T, "Selasa malam", D, "threat", "2017-05-23"),

     M(P, "minimal 55 tahun", N, "term", 55, cls="dur"),
     M(P, "23 tahun", N, "age_hashem20", 23, cls="age"),
     M(P, "22 orang", N, "dead", 22, "final"),
     M(P, "22 orang", N, "dead", 22, "final", occ=2),
     M(P, "lebih dari 260 orang", N, "injured", 260, "final", "morethan"),
     M(P, "sebulan", N, "libya", 1, cls="dur"),
     M(P, "21 tahun", N, "age_rule", 21, cls="age"),
     M(P, "22 tahun", N, "age_salman", 22, cls="age"),
     M(P, "Kamis, 20 Agustus 2020", D, "sentence", "2020-08-20"),
     M(P, "17 Maret 2020", D, "convict", "2020-03-17"),
     M(P, "22 Mei 2017", D, "attack", "2017-05-22"),
     M(P, "Juli 2019", D, "extradite", "2019-07"),
     M(P, "7 September 2020", D, "inquiry_start", "2020-09-07"),

     M(B, "Twenty-two people", N, "dead", 22, "final"),
     M(B, "more than 260", N, "injured", 260, "final", "morethan"),
     M(B, "22", N, "age_salman", 22, cls="age"),
     M(B, "about 15 minutes", N, "warned", 15, qual="approx", cls="dur"),
     M(B, "About 14,200 people", N, "crowd", 14200, qual="approx", src="the inquiry"),
     M(B, "55 years", N, "term", 55, cls="dur"),
     M(B, "22 victims", N, "dead", 22, "final"),
     M(B, "22 May 2017", D, "attack", "2017-05-22"),
     M(B, "September 2020", D, "inquiry_start", "2020-09"),
     M(B, "March 2020", D, "convict", "2020-03"),
    ]
    build("manchester-arena-2017", "The Manchester Arena bombing (Monday 22 May 2017): the toll given as 19 overnight "
          "and 22 on the Tuesday, the injured counted several times (about 50 -> 59 -> 116 -> more than 260), those in "
          "hospital and in critical care, people in custody rising, three estimates of the crowd (police, organisers, "
          "the inquiry), soldiers deployed, the London bombings of 2005 recalled; dates of the attack, the police's "
          "statements, the threat level raised, arrests, the silence, the brother's arrest, extradition, conviction and "
          "sentence, the inquiry's hearings", False, ms, names)


def canada():
    R, K, T, C, A = "reuters-sep21", "kompas-sep22", "tempo-sep28", "cbc-oct26", "antara-feb03-2022"
    NIGHT, FINAL = "2021-09-21", "final"
    names = {
     "lib": "Liberal seats", "con": "Conservative seats", "bloc": "Bloc Quebecois seats", "ndp": "NDP seats",
     "green": "Green seats", "house": "seats in the House of Commons", "majority": "seats needed for a majority",
     "short": "seats the Liberals lack for a majority", "lib2019": "Liberal seats in 2019", "con2019": "Conservative seats in 2019",
     "ballots": "mail-in ballots to count", "con_pct": "Conservative share of the vote", "lib_pct": "Liberal share of the vote",
     "ndp_pct": "NDP share of the vote", "ppc_pct": "People's Party share of the vote", "turnout": "turnout in 2021",
     "turnout2019": "turnout in 2019", "cost": "cost of the election", "campaign": "length of the campaign",
     "early": "time the election was held ahead of schedule", "gap_cabinet": "time from the election to the cabinet",
     "gap_ouster": "time from the election to the leader's ouster", "ayes": "caucus votes to remove the leader",
     "noes": "caucus votes to keep the leader",
     # dates
     "election": "day of the election", "countday": "day of the election-night count", "mailcount": "day the mail-in count began",
     "concede": "day the Conservative leader conceded", "called": "day the election was called", "y2019": "the 2019 election",
     "paul": "day the Green leader resigned", "cabinet": "day the cabinet was sworn in", "house_back": "day the House returns",
     "glasgow": "day the Glasgow climate summit opens", "y2015": "year of Trudeau's first cabinet",
     "ouster": "day the caucus removed the leader", "leader_since": "month the leader was elected", "convoy": "day the convoy protest began",
    }
    ms = [
     M(R, "158", N, "lib", 158, NIGHT),
     M(R, "338", N, "house", 338),
     M(R, "12 short", N, "short", 12, NIGHT, fall=True),
     M(R, "170", N, "majority", 170),
     M(R, "119 seats", N, "con", 119, NIGHT),
     M(R, "34", N, "bloc", 34, NIGHT),
     M(R, "25", N, "ndp", 25, NIGHT),
     M(R, "two", N, "green", 2, NIGHT),
     M(R, "157 seats", N, "lib2019", 157),
     M(R, "121", N, "con2019", 121),
     M(R, "two years", N, "early", 2, cls="dur"),
     M(R, "36 days", N, "campaign", 36, cls="dur"),
     M(R, "C$610 million", N, "cost", 610e6, cls="money"),
     M(R, "about 850,000 mail-in ballots", N, "ballots", 850000, qual="approx"),
     M(R, "Monday", D, "election", "2021-09-20"),
     M(R, "Tuesday", D, "countday", "2021-09-21"),
     M(R, "2019", D, "y2019", "2019"),
     M(R, "Aug. 15", D, "called", "2021-08-15"),
     M(R, "Tuesday", D, "mailcount", "2021-09-21", occ=2),
     M(R, "Tuesday", D, "concede", "2021-09-21", occ=3),

     M(K, "158 daerah pemilihan", N, "lib", 158, NIGHT),
     M(K, "119", N, "con", 119, NIGHT),
     M(K, "34", N, "bloc", 34, NIGHT),
     M(K, "25", N, "ndp", 25, NIGHT),
     M(K, "2", N, "green", 2, NIGHT),
     M(K, "sedikitnya 170", N, "majority", 170, qual="atleast"),
     M(K, "338 kursi", N, "house", 338),
     M(K, "sekitar 34 persen", N, "con_pct", 34, NIGHT, "approx", cls="pct"),
     M(K, "sekitar 32 persen", N, "lib_pct", 32, NIGHT, "approx", cls="pct"),
     M(K, "dua tahun", N, "early", 2, cls="dur"),
     M(K, "157 kursi", N, "lib2019", 157),
     M(K, "610 juta dolar Kanada", N, "cost", 610e6, cls="money"),
     M(K, "Senin (20/9/2021)", D, "election", "2021-09-20"),
     M(K, "Selasa (21/9/2021)", D, "countday", "2021-09-21"),
     M(K, "Minggu (15/8/2021)", D, "called", "2021-08-15"),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "2019", D, "y2019", "2019", occ=2),
     M(K, "Selasa", D, "mailcount", "2021-09-21", occ=2),

     M(T, "160 kursi", N, "lib", 160, FINAL),
     M(T, "34 daerah pemilihan", N, "bloc", 34, NIGHT),
     M(T, "32 kursi", N, "bloc", 32, FINAL),
     M(T, "119 kursi", N, "con", 119, FINAL),
     M(T, "25 kursi", N, "ndp", 25, FINAL),
     M(T, "2 kursi", N, "green", 2, FINAL),
     M(T, "338 kursi", N, "house", 338),
     M(T, "34,7 persen", N, "con_pct", 34.7, FINAL, cls="pct", planted=True),
     M(T, "32,6 persen", N, "lib_pct", 32.6, FINAL, cls="pct"),
     M(T, "17,8 persen", N, "ndp_pct", 17.8, FINAL, cls="pct"),
     M(T, "4,9 persen", N, "ppc_pct", 4.9, FINAL, cls="pct"),
     M(T, "sekitar 62 persen", N, "turnout", 62, qual="approx", cls="pct"),
     M(T, "67 persen", N, "turnout2019", 67, cls="pct"),
     M(T, "10 kursi", N, "short", 10, FINAL, fall=True),
     M(T, "2019", D, "y2019", "2019"),
     M(T, "Senin (27/9/2021)", D, "paul", "2021-09-27"),

     M(C, "160", N, "lib", 160, FINAL),
     M(C, "338 seats", N, "house", 338),
     M(C, "119", N, "con", 119, FINAL),
     M(C, "32", N, "bloc", 32, FINAL),
     M(C, "25", N, "ndp", 25, FINAL),
     M(C, "two", N, "green", 2, FINAL),
     M(C, "33.7 per cent", N, "con_pct", 33.7, FINAL, cls="pct"),
     M(C, "32.6 per cent", N, "lib_pct", 32.6, FINAL, cls="pct"),
     M(C, "five weeks", N, "gap_cabinet", 5, cls="dur"),
     M(C, "Tuesday", D, "cabinet", "2021-10-26"),
     M(C, "Sept. 20", D, "election", "2021-09-20"),
     M(C, "Aug. 16", D, "called", "2021-08-16", planted=True),
     M(C, "2019", D, "y2019", "2019"),
     M(C, "Nov. 22", D, "house_back", "2021-11-22"),
     M(C, "Sunday", D, "glasgow", "2021-10-31"),
     M(C, "2015", D, "y2015", "2015"),

     M(A, "lebih dari empat bulan", N, "gap_ouster", 4, qual="morethan", cls="dur"),
     M(A, "73", N, "ayes", 73),
     M(A, "45", N, "noes", 45),
     M(A, "33,7 persen", N, "con_pct", 33.7, FINAL, cls="pct"),
     M(A, "119 kursi", N, "con", 119, FINAL),
     M(A, "160 kursi", N, "lib", 160, FINAL),
     M(A, "Rabu (2/2/2022)", D, "ouster", "2022-02-02"),
     M(A, "20 September 2021", D, "election", "2021-09-20"),
     M(A, "Agustus 2020", D, "leader_since", "2020-08"),
     M(A, "Sabtu (29/1/2022)", D, "convoy", "2022-01-29"),
    ]
    build("canada-election-2021", "Canada's federal election (Monday 20 September 2021): seats elected or leading on "
          "the night (Liberals 158, Conservatives 119, Bloc 34, NDP 25, Greens 2) against the final count after the "
          "mail-in ballots (160, 119, 32, 25, 2: the Bloc's 34 lowered to 32), 170 for a majority of 338, shares on "
          "the night and final, turnout, the 2019 result recalled, the cost and the campaign's length; dates of the "
          "call, the election, the count, a resignation, the cabinet's swearing-in, the House's return and the "
          "Conservative leader's removal months later", False, ms, names)


def india_gdp():
    R, A, C, L = "reuters-aug31", "antara-sep01", "cnbcindonesia-sep02", "livemint-sep04"
    names = {
     "gdp": "real GDP growth in April-June 2023", "gva": "gross value added growth in April-June 2023",
     "poll": "growth forecast by economists polled by Reuters", "rbi_q": "the RBI's projection for the quarter",
     "prev": "growth in January-March 2023", "yago": "growth in April-June 2022", "mfg": "manufacturing growth",
     "agri": "farm growth", "fin": "financial, real estate and professional services growth",
     "trade": "trade, hotels and transport growth", "constr": "construction growth", "mining": "mining growth",
     "power": "electricity and utilities growth", "china": "China's growth in April-June 2023",
     "indo": "Indonesia's growth in April-June 2023", "fy": "the RBI's forecast for the fiscal year",
     "fisc_pct": "fiscal deficit April-July as a share of the year's target", "nominal": "nominal GDP growth",
     "fisc_amt": "fiscal deficit April-July", "real_lvl": "real GDP in April-June 2023",
     "yago_lvl": "real GDP in April-June 2022", "nom_lvl": "nominal GDP in April-June 2023",
     # dates
     "release": "day the GDP data were released", "fiscal_day": "day the fiscal data were released",
     "cea_day": "day the chief economic adviser spoke", "fy_end": "end of the fiscal year",
     "next": "day of the next GDP estimate", "rbi_meet": "month of the RBI's next policy meeting",
    }
    ms = [
     M(R, "7.8%", N, "gdp", 7.8, cls="pct"),
     M(R, "7.7%", N, "poll", 7.7, cls="pct"),
     M(R, "8.0%", N, "rbi_q", 8.0, cls="pct"),
     M(R, "6.1%", N, "prev", 6.1, cls="pct"),
     M(R, "13.1%", N, "yago", 13.1, cls="pct"),
     M(R, "7.8%", N, "gva", 7.8, cls="pct", occ=2),
     M(R, "4.7%", N, "mfg", 4.7, cls="pct"),
     M(R, "3.5%", N, "agri", 3.5, cls="pct"),
     M(R, "12.2%", N, "fin", 12.2, cls="pct"),
     M(R, "9.2%", N, "trade", 9.2, cls="pct"),
     M(R, "6.3%", N, "china", 6.3, cls="pct"),
     M(R, "6.5%", N, "fy", 6.5, cls="pct"),
     M(R, "6.06 trillion rupees", N, "fisc_amt", 6.06e12, cls="money"),
     M(R, "33.9%", N, "fisc_pct", 33.9, cls="pct"),
     M(R, "Thursday", D, "release", "2023-08-31"),
     M(R, "March 2024", D, "fy_end", "2024-03"),
     M(R, "Thursday", D, "fiscal_day", "2023-08-31", occ=2),
     M(R, "end of November", D, "next", "2023-11"),

     M(A, "7,8 persen", N, "gdp", 7.8, cls="pct"),
     M(A, "6,1 persen", N, "prev", 6.1, cls="pct"),
     M(A, "13,1 persen", N, "yago", 13.1, cls="pct"),
     M(A, "40,37 triliun rupee", N, "real_lvl", 40.37e12, cls="money"),
     M(A, "37,44 triliun rupee", N, "yago_lvl", 37.44e12, cls="money"),
     M(A, "12,2 persen", N, "fin", 12.2, cls="pct"),
     M(A, "9,2 persen", N, "trade", 9.2, cls="pct"),
     M(A, "4,7 persen", N, "mfg", 4.7, cls="pct"),
     M(A, "3,5 persen", N, "agri", 3.5, cls="pct"),
     M(A, "7,9 persen", N, "constr", 7.9, cls="pct"),
     M(A, "8 persen", N, "rbi_q", 8.0, cls="pct"),
     M(A, "6,5 persen", N, "fy", 6.5, cls="pct"),
     M(A, "6,3 persen", N, "china", 6.3, cls="pct"),
     M(A, "33,9 persen", N, "fisc_pct", 33.9, cls="pct"),
     M(A, "Kamis (31/8/2023)", D, "release", "2023-08-31"),
     M(A, "Kamis", D, "fiscal_day", "2023-08-31", occ=2),
     M(A, "Kamis", D, "cea_day", "2023-08-31", occ=3),

     M(C, "7,8%", N, "gdp", 7.8, cls="pct"),
     M(C, "6,1%", N, "prev", 6.1, cls="pct"),
     M(C, "7,7%", N, "poll", 7.7, cls="pct"),
     M(C, "6,3%", N, "china", 6.3, cls="pct"),
     M(C, "5,17%", N, "indo", 5.17, cls="pct"),
     M(C, "12,2%", N, "fin", 12.2, cls="pct"),
     M(C, "4,7%", N, "mfg", 4.7, cls="pct"),
     M(C, "3,5%", N, "agri", 3.5, cls="pct"),
     M(C, "8%", N, "nominal", 8.0, cls="pct"),
     M(C, "70,67 triliun rupee", N, "nom_lvl", 70.67e12, cls="money"),
     M(C, "7,8%", N, "gva", 7.8, cls="pct", occ=2),
     M(C, "6,06 triliun rupee", N, "fisc_amt", 6.06e12, cls="money"),
     M(C, "33,9%", N, "fisc_pct", 33.9, cls="pct"),
     M(C, "6,5%", N, "fy", 6.5, cls="pct"),
     M(C, "Kamis (31/8/2023)", D, "release", "2023-08-31"),
     M(C, "Oktober 2023", D, "rbi_meet", "2023-10"),

     M(L, "7.8%", N, "gdp", 7.8, cls="pct"),
     M(L, "₹40.37 lakh crore", N, "real_lvl", 40.37e12, cls="money"),
     M(L, "₹37.44 lakh crore", N, "yago_lvl", 37.44e12, cls="money"),
     M(L, "8%", N, "nominal", 8.0, cls="pct"),
     M(L, "₹70.67 lakh crore", N, "nom_lvl", 70.67e12, cls="money"),
     M(L, "7.8%", N, "gva", 7.8, cls="pct", occ=2),
     M(L, "12.2%", N, "fin", 12.2, cls="pct"),
     M(L, "9.2%", N, "trade", 9.2, cls="pct"),
     M(L, "4.7%", N, "mfg", 4.7, cls="pct"),
     M(L, "7.9%", N, "constr", 7.9, cls="pct"),
     M(L, "3.5%", N, "agri", 3.5, cls="pct"),
     M(L, "5.8%", N, "mining", 5.8, cls="pct"),
     M(L, "2.9%", N, "power", 2.9, cls="pct"),
     M(L, "8%", N, "rbi_q", 8.0, cls="pct", occ=2),
     M(L, "6.5%", N, "fy", 6.5, cls="pct"),
     M(L, "33.9%", N, "fisc_pct", 33.9, cls="pct"),
     M(L, "31 August", D, "release", "2023-08-31"),
     M(L, "Thursday", D, "cea_day", "2023-08-31"),
     M(L, "30 November", D, "next", "2023-11-30"),
    ]
    build("india-gdp-2023", "India's GDP for April-June 2023 (control), released by the National Statistical Office on "
          "Thursday 31 August 2023: real growth 7.8% (gross value added also 7.8%), against 6.1% in January-March, "
          "13.1% a year earlier, a 7.7% poll forecast and the RBI's 8% projection; sectors' growth, real GDP 40.37 "
          "against 37.44 lakh crore rupees, nominal growth 8% to 70.67 lakh crore, the RBI's 6.5% for the year, China's "
          "6.3% and Indonesia's 5.17%, the fiscal deficit for April-July released the same day. Zero conflicts expected.",
          True, ms, names)


if __name__ == "__main__":
    manchester()
    canada()
    india_gdp()
