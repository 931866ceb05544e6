"""The two-hundred-and-eighty-sixth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset286/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def imam_sadiq():
    R, K, T, A = "reuters-jun26", "kompas-jun28", "detik-sep16", "ap-dec14"
    # as-of times of the running tallies: Friday 26 June 2015 (the interior ministry's first count: at least 25 dead,
    # 202 wounded), Saturday 27 June (the health ministry's 27 dead and 227 injured), the criminal court's ruling of
    # Tuesday 15 September (the indictment's 26 dead: the toll corrected down from 27, a revision) and the appeals
    # court's ruling of Sunday 13 December (26 dead, 227 wounded). The injured count of 227 is the health ministry's
    # Saturday count, repeated unchanged later. The interior ministry's and the health ministry's counts are two
    # bodies' figures (sources, also across days); the later 26 is credited to no body.
    FRI, SAT, SEP, DEC = "2015-06-26", "2015-06-27", "2015-09-15", "2015-12-13"
    INT, HEA = "the interior ministry", "the health ministry"
    names = {
     "dead": "people killed in the bombing", "injured": "people wounded in the bombing",
     "death_sent": "defendants sentenced to death by the criminal court",
     "absentia": "death sentences passed in absentia", "jailed": "defendants given prison terms",
     "max_term": "longest prison term (years)", "acquitted": "defendants acquitted", "defendants": "defendants tried",
     "women": "women among the defendants", "kuwaitis": "Kuwaiti defendants", "saudis": "Saudi defendants",
     "pakistanis": "Pakistani defendants", "stateless": "stateless defendants",
     "commuted": "prison term replacing the alleged leader's death sentence (years)",
     # dates
     "attack": "day of the bombing", "qatif": "day of the Qatif mosque bombing", "mourning": "the day of mourning",
     "asof_sat": "day of the health ministry's count", "arrival": "day the bomber landed in Kuwait",
     "funeral": "day of the joint funeral", "verdict1": "day of the criminal court's ruling",
     "appeal": "day of the appeals court's ruling",
    }
    ms = [
     M(R, "on Friday", D, "attack", "2015-06-26"),
     M(R, "at least 25 people", N, "dead", 25, FRI, qual="atleast", src=INT),
     M(R, "202", N, "injured", 202, FRI, src=INT),
     M(R, "May 22", D, "qatif", "2015-05-22"),
     M(R, "Saturday", D, "mourning", "2015-06-27"),

     M(K, "27 orang", N, "dead", 27, SAT, src=HEA),
     M(K, "Sabtu (27/6/2015)", D, "asof_sat", "2015-06-27"),
     M(K, "227 orang", N, "injured", 227, SAT, src=HEA),
     M(K, "Jumat (26/6/2015)", D, "attack", "2015-06-26"),
     M(K, "Jumat dini hari", D, "arrival", "2015-06-26"),
     M(K, "pada Sabtu", D, "funeral", "2015-06-27"),

     M(T, "Selasa (15/9/2015)", D, "verdict1", "2015-09-15"),
     M(T, "tujuh terdakwa", N, "death_sent", 7),
     M(T, "lima di antaranya", N, "absentia", 5),
     M(T, "delapan terdakwa", N, "jailed", 8),
     M(T, "15 tahun", N, "max_term", 15, cls="dur"),
     M(T, "14 terdakwa", N, "acquitted", 14),
     M(T, "29 orang", N, "defendants", 29),
     M(T, "tujuh di antaranya", N, "women", 7),
     M(T, "tujuh warga Kuwait", N, "kuwaitis", 7),
     M(T, "lima warga Arab Saudi", N, "saudis", 5),
     M(T, "tiga warga Pakistan", N, "pakistanis", 3),
     M(T, "13 orang", N, "stateless", 13),
     M(T, "Jumat (26/6/2015)", D, "attack", "2015-06-26"),
     M(T, "26 jemaah", N, "dead", 26, SEP),
     M(T, "272 orang", N, "injured", 272, SAT, src=HEA, planted=True),

     M(A, "on Sunday", D, "appeal", "2015-12-13"),
     M(A, "in June", D, "attack", "2015-06"),
     M(A, "15 years", N, "commuted", 15, cls="dur"),
     M(A, "seven people", N, "death_sent", 7),
     M(A, "Sept. 14", D, "verdict1", "2015-09-14", planted=True),
     M(A, "five of them", N, "absentia", 5),
     M(A, "acquitted 14", N, "acquitted", 14),
     M(A, "29 defendants", N, "defendants", 29),
     M(A, "June 26", D, "attack", "2015-06-26"),
     M(A, "26 people", N, "dead", 26, DEC),
     M(A, "227", N, "injured", 227, SAT, src=HEA),
    ]
    build("imam-sadiq-bombing-2015", "The suicide bombing of the Imam Sadiq mosque in Kuwait City during Friday "
          "prayers (Friday 26 June 2015): the interior ministry's at least 25 dead and 202 wounded on Friday, the "
          "health ministry's 27 dead and 227 injured on Saturday 27 June, the toll given as 26 from the indictment on "
          "(a revision down); the criminal court's ruling of Tuesday 15 September 2015 (29 defendants: seven sentenced "
          "to death, five in absentia, eight jailed for 2 to 15 years, 14 acquitted) and the appeals court's ruling of "
          "Sunday 13 December 2015 (one death sentence upheld, one commuted to 15 years)", False, ms, names)


def rains():
    N1, R, T, A = "antara-apr15", "reuters-apr17", "detik-apr20", "ap-may08"
    # as-of times of the running tallies: Sunday 14 April 2024 (Oman's first count: at least 12 dead, nine of them
    # pupils), Tuesday 16 April (Oman 18, two missing), Wednesday 17 April (Oman 19; the UAE's first death; 20 across
    # the two countries), Friday 19 April (Oman still 19, the UAE 4, at least 23 in all; the airport's 1,244
    # cancellations and 41 diversions), 8 May (the same counts recalled). The pupils' deaths are one event of Sunday.
    # The rainfall, the averages and the aid do not change with the day of the report.
    SUN, TUE, WED, FRI, MAY = "2024-04-14", "2024-04-16", "2024-04-17", "2024-04-19", "2024-05-08"
    names = {
     "oman_dead": "people killed in Oman", "pupils": "schoolchildren killed in Oman",
     "missing": "people missing in Oman", "uae_dead": "people killed in the UAE",
     "region_dead": "people killed in Oman and the UAE together", "rain": "rain at Khatm Al Shakla (mm)",
     "annual": "the UAE's usual yearly rainfall (mm)", "dubai_avg": "Dubai's average yearly rainfall (mm)",
     "april_avg": "rainfall of a typical April (mm)", "window": "hours in which the record rain fell",
     "postponed": "hours the football match was put back", "halt": "minutes the airport halted operations",
     "cancelled": "flights cancelled at Dubai airport", "diverted": "flights diverted from Dubai airport",
     # dates
     "records": "year records began", "oman_count_sun": "day of Oman's first count",
     "schools_home": "day Omani schools moved lessons home", "warning_for": "day the UAE warning was for",
     "storm": "day of the storm in the UAE", "girl_found": "day a girl's body was found in Oman",
     "uae_first_death": "day of the UAE's first death", "airport_halt": "day the airport halted operations",
     "airport_statement": "day of the airport's count", "emirates_normal": "day Emirates restored its schedule",
     "pupils_died": "day the pupils died", "floods_began": "day the floods began in Oman",
     "aid_day": "day the repair fund was set aside",
    }
    ms = [
     M(N1, "sedikitnya 12 orang", N, "oman_dead", 12, SUN, qual="atleast"),
     M(N1, "Minggu (14/4/2024)", D, "oman_count_sun", "2024-04-14"),
     M(N1, "Sembilan korban", N, "pupils", 9, SUN),
     M(N1, "Senin (15/4/2024)", D, "schools_home", "2024-04-15"),
     M(N1, "Selasa (16/4/2024)", D, "warning_for", "2024-04-16"),

     M(R, "1949", D, "records", "1949"),
     M(R, "on Tuesday", D, "storm", "2024-04-16"),
     M(R, "254.8 mm", N, "rain", 254.8, cls="mm"),
     M(R, "less than 24 hours", N, "window", 24, cls="hrs"),
     M(R, "140 to 200 mm", N, "annual", 140, cls="mm"),
     M(R, "about 97 mm", N, "dubai_avg", 97, qual="approx", cls="mm"),
     M(R, "roughly 8 mm", N, "april_avg", 8, qual="approx", cls="mm"),
     M(R, "on Wednesday", D, "girl_found", "2024-04-17"),
     M(R, "to 19", N, "oman_dead", 19, WED),
     M(R, "at 18", N, "oman_dead", 18, TUE),
     M(R, "two people missing", N, "missing", 2, TUE, fall=True),
     M(R, "on Tuesday", D, "uae_first_death", "2024-04-16", occ=2),
     M(R, "to 20", N, "region_dead", 20, WED),
     M(R, "25 minutes", N, "halt", 25, cls="min"),
     M(R, "on Tuesday", D, "airport_halt", "2024-04-16", occ=3),
     M(R, "by 24 hours", N, "postponed", 24, cls="hrs"),

     M(T, "1.244 penerbangan", N, "cancelled", 1244, FRI),
     M(T, "41 penerbangan", N, "diverted", 41, FRI),
     M(T, "Selasa (16/4/2024)", D, "storm", "2024-04-16"),
     M(T, "Jumat (19/4/2024)", D, "airport_statement", "2024-04-19"),
     M(T, "Sabtu (20/4/2024)", D, "emirates_normal", "2024-04-20"),
     M(T, "245,8 mm", N, "rain", 245.8, cls="mm", planted=True),
     M(T, "kurang dari 24 jam", N, "window", 24, cls="hrs"),
     M(T, "1949", D, "records", "1949"),
     M(T, "empat orang", N, "uae_dead", 4, FRI),
     M(T, "tetap 19 orang", N, "oman_dead", 19, FRI),
     M(T, "sembilan pelajar", N, "pupils", 9, SUN),
     M(T, "Minggu (14/4/2024)", D, "pupils_died", "2024-04-14"),
     M(T, "sedikitnya 23 orang", N, "region_dead", 23, FRI, qual="atleast"),

     M(A, "April 16", D, "storm", "2024-04-16"),
     M(A, "254.8 millimeters", N, "rain", 254.8, cls="mm"),
     M(A, "1949", D, "records", "1949"),
     M(A, "April 21", D, "aid_day", "2024-04-21"),
     M(A, "Four people", N, "uae_dead", 4, MAY),
     M(A, "April 14", D, "floods_began", "2024-04-14"),
     M(A, "killed 19", N, "oman_dead", 19, MAY),
     M(A, "nine of them", N, "pupils", 9, SUN),
     M(A, "1,244 flights", N, "cancelled", 1244, FRI),
     M(A, "diverted 41", N, "diverted", 41, FRI),
    ]
    build("gulf-april-rains-2024", "The April 2024 rains in Oman and the United Arab Emirates: Oman's toll rising "
          "from at least 12 on Sunday 14 April (nine of them schoolchildren) to 18 on Tuesday 16 April and 19 on "
          "Wednesday 17 April; the UAE's record 254.8 mm in less than 24 hours at Khatm Al Shakla near Al Ain on "
          "Tuesday 16 April (the most since records began in 1949), its first death that day and four by Friday 19 "
          "April; 20 dead across the two countries on Wednesday, at least 23 by Friday; Dubai airport's 1,244 "
          "cancelled and 41 diverted flights; the repair fund of 2 billion dirhams set aside on 21 April", False, ms,
          names)


def north_field():
    R, K, G, B = "reuters-feb08", "kontan-feb09", "gulftimes-feb10", "bisnis-feb11"
    names = {
     "cost": "the project's cost (US$ billion)", "cap_before": "Qatar's LNG capacity before (mtpa)",
     "cap_after": "Qatar's LNG capacity after (mtpa)", "train_cap": "capacity of each train (mtpa)",
     "added": "capacity the project adds (mtpa)", "trains": "LNG trains the project builds",
     "boe": "total output (million barrels of oil equivalent a day)", "built": "Qatari trains Chiyoda built",
     "existing": "LNG trains operating in Qatar", "cut": "emissions cut by carbon capture (%)",
     # dates
     "fid": "day of the final investment decision", "start": "quarter production starts",
     "lifted": "year the moratorium was lifted", "imposed": "year the moratorium was imposed",
    }
    ms = [
     M(R, "on Monday", D, "fid", "2021-02-08"),
     M(R, "77 million tonnes", N, "cap_before", 77, cls="mt"),
     M(R, "110 million tonnes", N, "cap_after", 110, cls="mt"),
     M(R, "$28.75 billion", N, "cost", 28.75, cls="usd"),
     M(R, "fourth quarter of 2025", D, "start", "2025-Q4"),
     M(R, "four LNG trains", N, "trains", 4),
     M(R, "8 million tonnes", N, "train_cap", 8, cls="mt"),
     M(R, "about 1.4 million barrels", N, "boe", 1.4, qual="approx", cls="boe"),
     M(R, "2017", D, "lifted", "2017"),
     M(R, "2005", D, "imposed", "2005"),

     M(K, "US$ 28,75 miliar", N, "cost", 28.75, cls="usd"),
     M(K, "Senin (8/2/2021)", D, "fid", "2021-02-08"),
     M(K, "77 juta ton", N, "cap_before", 77, cls="mt"),
     M(K, "110 juta ton", N, "cap_after", 110, cls="mt"),
     M(K, "kuartal keempat 2025", D, "start", "2025-Q4"),
     M(K, "empat train", N, "trains", 4),
     M(K, "8 juta ton", N, "train_cap", 8, cls="mt"),
     M(K, "sekitar 1,4 juta barel", N, "boe", 1.4, qual="approx", cls="boe"),
     M(K, "2017", D, "lifted", "2017"),
     M(K, "2005", D, "imposed", "2005"),

     M(G, "on Monday", D, "fid", "2021-02-08"),
     M(G, "32 million tonnes", N, "added", 32, cls="mt"),
     M(G, "four mega trains", N, "trains", 4),
     M(G, "8mn tonnes", N, "train_cap", 8, cls="mt"),
     M(G, "110mn tonnes", N, "cap_after", 110, cls="mt"),
     M(G, "77mn tonnes", N, "cap_before", 77, cls="mt"),
     M(G, "$28.75bn", N, "cost", 28.75, cls="usd"),
     M(G, "fourth quarter of 2025", D, "start", "2025-Q4"),
     M(G, "12", N, "built", 12),
     M(G, "14", N, "existing", 14),
     M(G, "25%", N, "cut", 25, cls="pct"),
     M(G, "about 1.4mn barrels", N, "boe", 1.4, qual="approx", cls="boe"),

     M(B, "Senin (8/2/2021)", D, "fid", "2021-02-08"),
     M(B, "US$ 28,75 miliar", N, "cost", 28.75, cls="usd"),
     M(B, "32 juta ton", N, "added", 32, cls="mt"),
     M(B, "empat train", N, "trains", 4),
     M(B, "8 juta ton", N, "train_cap", 8, cls="mt"),
     M(B, "77 juta ton", N, "cap_before", 77, cls="mt"),
     M(B, "110 juta ton", N, "cap_after", 110, cls="mt"),
     M(B, "kuartal IV/2025", D, "start", "2025-Q4"),
     M(B, "12", N, "built", 12),
     M(B, "14", N, "existing", 14),
     M(B, "25 persen", N, "cut", 25, cls="pct"),
     M(B, "sekitar 1,4 juta barel", N, "boe", 1.4, qual="approx", cls="boe"),
    ]
    build("north-field-east-2021", "Qatar Petroleum's final investment decision on the North Field East LNG project "
          "(control), announced on Monday 8 February 2021: a cost of $28.75 billion, capacity raised from 77 to 110 "
          "million tonnes a year by four trains of 8 million tonnes each (32 million tonnes added), first production "
          "in the fourth quarter of 2025, total output of about 1.4 million barrels of oil equivalent a day, Chiyoda "
          "and Technip Energies as contractors (Chiyoda built 12 of the 14 existing trains), carbon capture cutting "
          "emissions by 25%, the moratorium of 2005 lifted in 2017. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    imam_sadiq()
    rains()
    north_field()
