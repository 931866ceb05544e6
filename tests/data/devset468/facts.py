"""The four-hundred-and-sixty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure, a time of day or a date is written down once with what it states: the fact, its value
(a time of day in decimal hours of the event's local time, cls="clock"), the as-of time of a running tally, its
qualifier, its source, whether the tally may fall, and whether it is a planted error. Every cross-article pair of
mentions is then labelled by the development set's rules (tests/data/devset/README.md): same fact -> agree /
compatible / update / revision / conflict / sources; different facts of one unit class, and every other pair of
dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset468/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def tanker():
    R, K, A, P = "reuters-nov06", "kompas-nov07", "antara-nov09", "ap-dec03"
    # Freetown keeps GMT, so "pukul 22.00 GMT" is the local time and "05.00 WIB" is 22:00 local. As-of times of the
    # running toll: Saturday 6 November 2021 at 09:00 (at least 91) and at 18:00 (98 by the disaster agency against
    # 93 by the health ministry: sources), Tuesday 9 November (115), Tuesday 16 November (151), and Monday 22
    # November (144, after seven victims were found registered at two hospitals: a revision). The dead do not fall;
    # the patients still in hospital may. Times of day: the collision around 22:00 on Friday 5 November, the blast
    # around 22:20, the fire under control around 01:30, the mass burial at 11:00 on Monday 8 November.
    SAT09, SAT18, NOV9, NOV16, NOV22 = ("2021-11-06T09", "2021-11-06T18", "2021-11-09", "2021-11-16", "2021-11-22")
    NDMA, MOH = "the disaster management agency (NDMA)", "the health ministry"
    names = {
     "dead": "people killed by the blast", "injured": "people injured", "in_hosp": "people still in hospital",
     "buried": "unidentified victims buried in the mass grave", "double": "victims registered at two hospitals",
     "mourning": "days of national mourning", "fire_hours": "hours the fire burned (h)",
     "crash_time": "time of the collision", "blast_time": "time the fuel ignited",
     "fire_out": "time the fire was brought under control", "burial_time": "time the mass burial began",
     # dates
     "crash": "day of the collision and blast", "count_sat": "day of the Saturday counts (91 and 98)",
     "mourning_start": "first day of national mourning", "burial": "day of the mass burial",
     "count_tue": "day of the count of 115", "count_151": "day of the count of 151",
     "revised": "day the toll was revised to 144",
    }
    ms = [
     M(R, "Friday", D, "crash", "2021-11-05"),
     M(R, "at least 91 people", N, "dead", 91, SAT09, qual="atleast"),
     M(R, "around 10 p.m.", N, "crash_time", 22.0, qual="approx", cls="clock"),
     M(R, "around 10:20 p.m.", N, "blast_time", 22.3333, qual="approx", cls="clock"),
     M(R, "Saturday", D, "count_sat", "2021-11-06"),
     M(R, "at least 91 bodies", N, "dead", 91, SAT09, qual="atleast"),
     M(R, "More than 100 people", N, "injured", 100, SAT09, qual="morethan"),
     M(R, "around 1:30 a.m.", N, "fire_out", 1.5, qual="approx", cls="clock"),

     M(K, "98 orang", N, "dead", 98, SAT18, src=NDMA),
     M(K, "Sabtu (6/11/2021)", D, "count_sat", "2021-11-06"),
     M(K, "93 jenazah", N, "dead", 93, SAT18, src=MOH),
     M(K, "88 orang", N, "in_hosp", 88, SAT18, fall=True),
     M(K, "Jumat (5/11/2021)", D, "crash", "2021-11-05"),
     M(K, "sekitar pukul 22.00 waktu setempat", N, "crash_time", 22.0, qual="approx", cls="clock"),
     M(K, "05.00 WIB", N, "crash_time", 22.0, qual="approx", cls="clock"),
     M(K, "sekitar pukul 22.20", N, "blast_time", 22.3333, qual="approx", cls="clock"),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),
     M(K, "Senin (8/11/2021)", D, "mourning_start", "2021-11-08"),

     M(A, "115 orang", N, "dead", 115, NOV9),
     M(A, "Selasa (9/11/2021)", D, "count_tue", "2021-11-09"),
     M(A, "89 orang", N, "dead", 89, SAT18, src=NDMA, planted=True),
     M(A, "Sabtu (6/11/2021)", D, "count_sat", "2021-11-06"),
     M(A, "93 jenazah", N, "dead", 93, SAT18, src=MOH),
     M(A, "85 korban", N, "buried", 85),
     M(A, "Senin (8/11/2021)", D, "burial", "2021-11-08"),
     M(A, "pukul 11.00", N, "burial_time", 11.0, cls="clock"),
     M(A, "Jumat (5/11/2021)", D, "crash", "2021-11-05"),
     M(A, "sekitar pukul 22.00 GMT", N, "crash_time", 22.0, qual="approx", cls="clock"),
     M(A, "sekitar pukul 01.30", N, "fire_out", 1.5, qual="approx", cls="clock"),
     M(A, "lebih dari tiga jam", N, "fire_hours", 3, qual="morethan", cls="hours"),

     M(P, "144", N, "dead", 144, NOV22),
     M(P, "151 dead", N, "dead", 151, NOV16),
     M(P, "Nov. 16", D, "count_151", "2021-11-16"),
     M(P, "Monday, Nov. 22", D, "revised", "2021-11-22"),
     M(P, "seven victims", N, "double", 7),
     M(P, "Nov. 9", D, "count_tue", "2021-11-09"),
     M(P, "115", N, "dead", 115, NOV9),
     M(P, "around 10 a.m.", N, "crash_time", 10.0, qual="approx", cls="clock", planted=True),
     M(P, "Friday, Nov. 5", D, "crash", "2021-11-05"),
     M(P, "11 a.m.", N, "burial_time", 11.0, cls="clock"),
     M(P, "Nov. 8", D, "burial", "2021-11-08"),
     M(P, "three days", N, "mourning", 3, cls="dur"),
    ]
    build("freetown-tanker-2021", "The fuel tanker explosion at the PMB junction in Wellington, eastern Freetown, Sierra "
          "Leone, on Friday 5 November 2021: the tanker collided with a truck around 22:00 local time (GMT), the "
          "leaking fuel drew a crowd and ignited around 22:20, the fire was under control around 01:30; the toll rising "
          "from at least 91 at 09:00 on Saturday 6 November to 98 by the disaster agency at 18:00 (93 by the health "
          "ministry: sources), 115 on Tuesday 9 November and 151 on 16 November, revised down to 144 on Monday 22 "
          "November after seven victims were found registered twice; more than 100 injured; a mass burial of 85 "
          "unidentified victims at 11:00 on Monday 8 November, the first of three days of national mourning", False,
          ms, names)


def habre():
    R, K, T, C = "reuters-may30", "kompas-may31", "tempo-jul30", "cnnindonesia-aug25"
    # Steps on different dates: the arrest in Dakar (Sunday 30 June 2013), the trial's opening (Monday 20 July
    # 2015), the end of the hearings (February 2016), the verdict (Monday 30 May 2016), Chad's statement the next
    # day, the reparations ruling (Friday 29 July 2016), the appeal ruling (Thursday 27 April 2017), the release for
    # 60 days (April 2020) and the death (Tuesday 24 August 2021). Dakar keeps GMT: 10:00 local is 17:00 WIB.
    # Times of day: the judgment's reading began at 10:00, the sentence came around 12:30, the reparations hearing
    # began at 11:00. Tempting pairs of one unit: his age 73 at the verdict against 79 at his death; the three awards
    # of 20, 15 and 10 million CFA francs against each other and the 82 billion of the appeal; 93 witnesses, 40,000
    # dead, more than 4,000 civil parties and more than 7,000 victims.
    names = {
     "age_verdict": "his age at the verdict (years)", "age_death": "his age at death (years)",
     "killed": "people killed under his rule (truth commission)", "witnesses": "witnesses heard",
     "appeal_days": "days to appeal", "parties": "civil parties registered", "victims_appeal": "victims awarded on appeal",
     "years_senegal": "years in Senegal before the arrest", "release_days": "days of the release in 2020",
     "rape_award": "award to each victim of rape (CFA francs)", "torture_award": "award to each victim of detention "
     "and torture (CFA francs)", "indirect_award": "award to each indirect victim (CFA francs)",
     "total_award": "total reparations on appeal (CFA francs)",
     "read_time": "time the reading of the judgment began", "sentence_time": "time the sentence was pronounced",
     "repar_time": "time the reparations hearing began",
     # dates
     "rule_start": "year he took power", "ousted": "year he was overthrown", "commission": "year of the truth "
     "commission's estimate", "arrest": "day of the arrest", "trial_open": "day the trial opened",
     "hearings_end": "month the hearings ended", "verdict": "day of the verdict", "chad_statement": "day of Chad's "
     "statement", "reparations": "day of the reparations ruling", "appeal": "day of the appeal ruling",
     "release": "month of his release for 60 days", "death": "day of his death",
    }
    ms = [
     M(R, "Monday", D, "verdict", "2016-05-30"),
     M(R, "10 a.m.", N, "read_time", 10.0, cls="clock"),
     M(R, "around 12:30 p.m.", N, "sentence_time", 12.5, qual="approx", cls="clock"),
     M(R, "73", N, "age_verdict", 73, cls="age"),
     M(R, "1982", D, "rule_start", "1982"),
     M(R, "1990", D, "ousted", "1990"),
     M(R, "1992", D, "commission", "1992"),
     M(R, "some 40,000 people", N, "killed", 40000, qual="approx"),
     M(R, "93 witnesses", N, "witnesses", 93),
     M(R, "July 20, 2015", D, "trial_open", "2015-07-20"),
     M(R, "June 30, 2013", D, "arrest", "2013-06-30"),
     M(R, "15 days", N, "appeal_days", 15, cls="dur"),

     M(K, "Senin (30/5/2016)", D, "verdict", "2016-05-30"),
     M(K, "pukul 10.00 waktu setempat", N, "read_time", 10.0, cls="clock"),
     M(K, "pukul 17.00 WIB", N, "read_time", 10.0, cls="clock"),
     M(K, "sekitar pukul 12.30 waktu setempat", N, "sentence_time", 12.5, qual="approx", cls="clock"),
     M(K, "(73)", N, "age_verdict", 73, cls="age"),
     M(K, "1982", D, "rule_start", "1982"),
     M(K, "1990", D, "ousted", "1990"),
     M(K, "1992", D, "commission", "1992"),
     M(K, "sekitar 40.000 orang", N, "killed", 40000, qual="approx"),
     M(K, "93 saksi", N, "witnesses", 93),
     M(K, "20 Juli 2015", D, "trial_open", "2015-07-20"),
     M(K, "30 Juni 2013", D, "arrest", "2013-06-30"),
     M(K, "lebih dari 22 tahun", N, "years_senegal", 22, qual="morethan", cls="yrs"),
     M(K, "Selasa (31/5/2016)", D, "chad_statement", "2016-05-31"),
     M(K, "15 hari", N, "appeal_days", 15, cls="dur"),

     M(T, "Jumat (29/7/2016)", D, "reparations", "2016-07-29"),
     M(T, "pukul 11.00 waktu setempat", N, "repar_time", 11.0, cls="clock"),
     M(T, "20 juta franc CFA", N, "rape_award", 20e6, cls="cfa"),
     M(T, "15 juta franc CFA", N, "torture_award", 15e6, cls="cfa"),
     M(T, "10 juta franc CFA", N, "indirect_award", 10e6, cls="cfa"),
     M(T, "Lebih dari 4.000 orang", N, "parties", 4000, qual="morethan"),
     M(T, "30 Mei", D, "verdict", "2016-05-30"),
     M(T, "sekitar pukul 12.30 siang", N, "sentence_time", 12.5, qual="approx", cls="clock"),
     M(T, "20 Juni 2015", D, "trial_open", "2015-06-20", planted=True),
     M(T, "Februari 2016", D, "hearings_end", "2016-02"),

     M(C, "Selasa (24/8/2021)", D, "death", "2021-08-24"),
     M(C, "79 tahun", N, "age_death", 79, cls="age"),
     M(C, "30 Mei 2016", D, "verdict", "2016-05-30"),
     M(C, "73 tahun", N, "age_verdict", 73, cls="age"),
     M(C, "Kamis (27/4/2017)", D, "appeal", "2017-04-27"),
     M(C, "82 miliar franc CFA", N, "total_award", 82e9, cls="cfa"),
     M(C, "lebih dari 7.000 korban", N, "victims_appeal", 7000, qual="morethan"),
     M(C, "Juli 2016", D, "reparations", "2016-07"),
     M(C, "25 juta franc CFA", N, "rape_award", 25e6, cls="cfa", planted=True),
     M(C, "April 2020", D, "release", "2020-04"),
     M(C, "60 hari", N, "release_days", 60, cls="dur"),
     M(C, "1982", D, "rule_start", "1982"),
     M(C, "1990", D, "ousted", "1990"),
     M(C, "sekitar 40.000 orang", N, "killed", 40000, qual="approx"),
    ]
    build("habre-trial-2016", "The trial of Chad's former president Hissène Habré (ruled 1982-1990) before the "
          "Extraordinary African Chambers in Dakar, Senegal: arrested on Sunday 30 June 2013, tried from Monday 20 "
          "July 2015 (93 witnesses), sentenced to life on Monday 30 May 2016 at 73 (the reading began at 10:00 local "
          "time, the sentence came around 12:30); reparations of 20, 15 and 10 million CFA francs a victim ordered on "
          "Friday 29 July 2016 at a hearing from 11:00; the life sentence upheld on appeal on Thursday 27 April 2017 "
          "with 82 billion CFA francs for more than 7,000 victims; released for 60 days in April 2020; died of "
          "Covid-19 in Dakar on Tuesday 24 August 2021, aged 79; some 40,000 killed under his rule by the 1992 truth "
          "commission's estimate", False, ms, names)


def refinery():
    R, K, A, B = "reuters-may22", "kompas-may23", "antara-may24", "bbc-may26"
    names = {
     "capacity": "refinery capacity (barrels a day)", "cost": "cost of the refinery (US$ billion)",
     "area": "area of the site (hectares)", "power": "power plant (MW)",
     "urea": "fertiliser plant output (million tonnes of urea a year)", "years": "Buhari's years in power",
     # dates
     "opening": "day the refinery was commissioned", "handover": "day Buhari leaves office",
     "fertiliser": "month the fertiliser plant was opened",
    }
    ms = [
     M(R, "Monday", D, "opening", "2023-05-22"),
     M(R, "$19 billion", N, "cost", 19, cls="usd"),
     M(R, "650,000 barrels", N, "capacity", 650000, cls="bpd"),
     M(R, "2,635 hectares", N, "area", 2635, cls="ha"),
     M(R, "May 29", D, "handover", "2023-05-29"),
     M(R, "435-megawatt", N, "power", 435, cls="mw"),
     M(R, "3 million tonnes", N, "urea", 3, cls="mt"),
     M(R, "March 2022", D, "fertiliser", "2022-03"),
     M(R, "650,000-barrel", N, "capacity", 650000, cls="bpd", occ=1),

     M(K, "Senin (22/5/2023)", D, "opening", "2023-05-22"),
     M(K, "19 miliar dollar AS", N, "cost", 19, cls="usd"),
     M(K, "650.000 barel", N, "capacity", 650000, cls="bpd"),
     M(K, "2.635 hektar", N, "area", 2635, cls="ha"),
     M(K, "435 megawatt", N, "power", 435, cls="mw"),
     M(K, "3 juta ton", N, "urea", 3, cls="mt"),
     M(K, "Maret 2022", D, "fertiliser", "2022-03"),
     M(K, "29 Mei 2023", D, "handover", "2023-05-29"),

     M(A, "650 ribu barel", N, "capacity", 650000, cls="bpd"),
     M(A, "Senin (22/5/2023)", D, "opening", "2023-05-22"),
     M(A, "sekitar 19 miliar dollar AS", N, "cost", 19, qual="approx", cls="usd"),
     M(A, "2.635 hektar", N, "area", 2635, cls="ha"),
     M(A, "435 megawatt", N, "power", 435, cls="mw"),
     M(A, "3 juta ton", N, "urea", 3, cls="mt"),
     M(A, "Maret 2022", D, "fertiliser", "2022-03"),
     M(A, "29 Mei 2023", D, "handover", "2023-05-29"),

     M(B, "Monday, May 22", D, "opening", "2023-05-22"),
     M(B, "$19bn", N, "cost", 19, cls="usd"),
     M(B, "650,000 barrels", N, "capacity", 650000, cls="bpd"),
     M(B, "2,635 hectares", N, "area", 2635, cls="ha"),
     M(B, "435MW", N, "power", 435, cls="mw"),
     M(B, "3 million tonnes", N, "urea", 3, cls="mt"),
     M(B, "March 2022", D, "fertiliser", "2022-03"),
     M(B, "May 29", D, "handover", "2023-05-29"),
     M(B, "eight years", N, "years", 8, cls="dur"),
    ]
    build("dangote-refinery-2023", "The Dangote oil refinery in the Lekki Free Zone near Lagos, Nigeria, commissioned "
          "by President Muhammadu Buhari on Monday 22 May 2023, a week before he left office on 29 May (control): "
          "650,000 barrels a day, about $19 billion, 2,635 hectares, a 435 MW power plant, beside a fertiliser plant "
          "of 3 million tonnes of urea a year opened in March 2022. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    tanker()
    habre()
    refinery()
