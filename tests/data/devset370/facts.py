"""The three-hundred-and-seventieth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset370/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def probo_koala():
    R, K, T, A = "reuters-sep07", "kompas-sep12", "antara-sep18", "ap-feb14"
    # as-of times of the running tallies (the dead, the people who sought treatment): the health ministry's counts of
    # Wednesday 6 September 2006, Monday 11 September and Sunday 17 September, and the government's count at the
    # settlement of Tuesday 13 February 2007. The UN humanitarian office's estimate of those treated is another
    # source. The tallies do not fall. The waste's tonnage, the settlement, the executives and the city's population
    # do not change with the day of the report.
    SEP6, SEP11, SEP17, FEB13 = "2006-09-06", "2006-09-11", "2006-09-17", "2007-02-13"
    MIN, OCHA = "the Ivorian health ministry", "the UN humanitarian office (OCHA)"
    names = {
     "dead": "people killed by the waste's fumes", "treated": "people who sought treatment",
     "tonnes": "tonnes of waste dumped", "population": "Abidjan's population", "execs": "Trafigura executives held",
     "cfa": "the settlement (CFA francs)", "usd": "the settlement (US dollars)",
     # dates
     "dump": "night the waste was dumped", "amsterdam": "month the ship left Amsterdam",
     "resign": "day the government resigned", "cabinet": "day the new cabinet was named",
     "count_sep6": "day of the ministry's count of six", "count_sep11": "day of the count of seven",
     "count_sep17": "day of the count of eight", "settle": "day of the settlement",
     "held": "month the executives were detained",
    }
    ms = [
     M(R, "Wednesday", D, "resign", "2006-09-06"),
     M(R, "six people", N, "dead", 6, SEP6, src=MIN),
     M(R, "more than 9,000", N, "treated", 9000, SEP6, qual="morethan", src=MIN),
     M(R, "Aug. 19", D, "dump", "2006-08-19"),
     M(R, "July", D, "amsterdam", "2006-07"),

     M(K, "tujuh orang", N, "dead", 7, SEP11, src=MIN),
     M(K, "Senin (11/9/2006)", D, "count_sep11", "2006-09-11"),
     M(K, "Rabu lalu", D, "count_sep6", "2006-09-06"),
     M(K, "enam orang", N, "dead", 6, SEP6, src=MIN),
     M(K, "lebih dari 20.000 warga", N, "treated", 20000, SEP11, qual="morethan", src=MIN),
     M(K, "lebih dari 30.000 orang", N, "treated", 30000, SEP11, qual="morethan", src=OCHA),
     M(K, "Kamis (7/9/2006)", D, "resign", "2006-09-07", planted=True),
     M(K, "Sekitar 500 ton", N, "tonnes", 500, qual="approx", cls="tonnes"),
     M(K, "Sabtu (19/8/2006)", D, "dump", "2006-08-19"),

     M(T, "Sabtu (16/9/2006)", D, "cabinet", "2006-09-16"),
     M(T, "Minggu (17/9/2006)", D, "count_sep17", "2006-09-17"),
     M(T, "delapan orang", N, "dead", 8, SEP17, src=MIN),
     M(T, "lebih dari 40.000 warga", N, "treated", 40000, SEP17, qual="morethan", src=MIN),
     M(T, "Senin (11/9/2006)", D, "count_sep11", "2006-09-11"),
     M(T, "tujuh orang", N, "dead", 7, SEP11, src=MIN),
     M(T, "19 Agustus", D, "dump", "2006-08-19"),
     M(T, "sekitar lima juta jiwa", N, "population", 5000000, qual="approx"),

     M(A, "Tuesday", D, "settle", "2007-02-13"),
     M(A, "100 billion CFA francs", N, "cfa", 100e9, cls="money"),
     M(A, "about $198 million", N, "usd", 198e6, qual="approx", cls="money"),
     M(A, "two of its executives", N, "execs", 2),
     M(A, "September", D, "held", "2006-09"),
     M(A, "Aug. 19, 2006", D, "dump", "2006-08-19"),
     M(A, "15 people", N, "dead", 15, FEB13, src=MIN),
     M(A, "more than 100,000", N, "treated", 100000, FEB13, qual="morethan", src=MIN),
     M(A, "Sept. 6", D, "resign", "2006-09-06"),
     M(A, "Sept. 17", D, "cabinet", "2006-09-17", planted=True),
     M(A, "July 2006", D, "amsterdam", "2006-07"),
    ]
    build("probo-koala-2006", "The toxic waste of the tanker Probo Koala, chartered by Trafigura, dumped around Abidjan "
          "on the night of Saturday 19 August 2006: the health ministry's toll of six dead on Wednesday 6 September, "
          "seven by Monday 11 September and eight by Sunday 17 September, and the government's 15 at the settlement; "
          "more than 9,000, 20,000, 40,000 and 100,000 people treated by the ministry's counts against the UN "
          "humanitarian office's more than 30,000 (sources); the transitional government of Charles Konan Banny "
          "resigning on Wednesday 6 September 2006 and his new cabinet named on Saturday 16 September; Trafigura's "
          "settlement of 100 billion CFA francs (about $198 million) on Tuesday 13 February 2007", False, ms, names)


def joola():
    R, K, T, A = "reuters-sep27", "kompas-sep30", "antara-oct10", "ap-nov05"
    # as-of times of the running tallies: the armed forces' count of Friday 27 September 2002 (65 survivors, more than
    # 700 missing), the government's of Sunday 29 September (970 dead or missing, 64 survivors after one was found
    # counted twice: a downward revision), Wednesday 9 October (more than 1,200) and the inquiry's 1,863 reported on
    # Monday 4 November. The victims' families' associations' estimate of more than 2,000 is another source. The
    # survivors' final count stands as of Sunday 29 September. The missing may fall as bodies are found.
    FRI, SUN, OCT9, NOV4 = "2002-09-27", "2002-09-29", "2002-10-09", "2002-11-04"
    GOV, FAM = "the Senegalese government", "the victims' families' associations"
    names = {
     "toll": "people dead or missing", "survivors": "survivors", "missing": "people missing on the first day",
     "capacity": "passengers the ferry was built to carry", "tickets": "passengers on the ticket list",
     "bodies": "bodies recovered", "mourning": "days of national mourning",
     # dates
     "sinking": "day the ferry capsized", "departure": "day the ferry left Ziguinchor",
     "count_fri": "day of the first count", "count_sun": "day of the count of 970",
     "count_oct9": "day of the count of more than 1,200", "dismissal": "day the government was dismissed",
     "ministers": "month the two ministers resigned",
    }
    ms = [
     M(R, "Friday", D, "count_fri", "2002-09-27"),
     M(R, "Thursday", D, "sinking", "2002-09-26"),
     M(R, "65 survivors", N, "survivors", 65, FRI, src=GOV),
     M(R, "Friday", D, "count_fri", "2002-09-27", occ=2),
     M(R, "more than 700 people", N, "missing", 700, FRI, qual="morethan", fall=True),
     M(R, "Thursday", D, "departure", "2002-09-26", occ=2),
     M(R, "536 passengers", N, "capacity", 536),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(K, "Minggu (29/9/2002)", D, "count_sun", "2002-09-29"),
     M(K, "970 orang", N, "toll", 970, SUN, src=GOV),
     M(K, "1.034 penumpang", N, "tickets", 1034),
     M(K, "64 orang", N, "survivors", 64, SUN, src=GOV),
     M(K, "65 orang", N, "survivors", 65, FRI, src=GOV),
     M(K, "Jumat (27/9/2002)", D, "count_fri", "2002-09-27"),
     M(K, "Kamis (26/9/2002)", D, "sinking", "2002-09-26"),
     M(K, "536 penumpang", N, "capacity", 536),
     M(K, "sedikitnya 300 jenazah", N, "bodies", 300, SUN, qual="atleast"),

     M(T, "Jumat (27/9/2002)", D, "sinking", "2002-09-27", planted=True),
     M(T, "lebih dari 1.200 orang", N, "toll", 1200, OCT9, qual="morethan", src=GOV),
     M(T, "Rabu (9/10/2002)", D, "count_oct9", "2002-10-09"),
     M(T, "Minggu (29/9/2002)", D, "count_sun", "2002-09-29"),
     M(T, "970 orang", N, "toll", 970, SUN, src=GOV),
     M(T, "64 orang", N, "survivors", 64, SUN, src=GOV),
     M(T, "lebih dari 2.000 orang", N, "toll", 2000, OCT9, qual="morethan", src=FAM),

     M(A, "Monday", D, "dismissal", "2002-11-04"),
     M(A, "Sept. 26", D, "sinking", "2002-09-26"),
     M(A, "1,863 dead", N, "toll", 1863, NOV4, src=GOV),
     M(A, "46 people", N, "survivors", 46, SUN, src=GOV, planted=True),
     M(A, "more than 2,000 people", N, "toll", 2000, NOV4, qual="morethan", src=FAM),
     M(A, "536 passengers", N, "capacity", 536),
     M(A, "October", D, "ministers", "2002-10"),
    ]
    build("joola-ferry-2002", "The Senegalese ferry Joola, run by the navy, capsized off Gambia late on Thursday 26 "
          "September 2002 on its way from Ziguinchor to Dakar: 65 survivors and more than 700 missing on Friday 27 "
          "September, revised to 64 survivors on Sunday 29 September with 970 dead or missing (1,034 passengers on the "
          "ticket list, a ferry built for 536), more than 1,200 by Wednesday 9 October and 1,863 by the official "
          "inquiry, against the victims' families' more than 2,000 (sources); the transport and armed forces ministers' "
          "resignations in October and President Abdoulaye Wade's dismissal of Prime Minister Mame Madior Boye's "
          "government on Monday 4 November 2002", False, ms, names)


def cedi():
    R, K, T, A = "reuters-jul01", "kompas-jul02", "antara-jul03", "ap-jul04"
    names = {
     "old_per_new": "old cedis to one new cedi", "one_new": "the new unit (one Ghana cedi)",
     "pesewas": "pesewas to a cedi", "largest": "the largest new note (cedis)",
     "old_note": "the largest old note (old cedis)", "old_note_new": "the old note's worth in new cedis",
     "months": "months of dual circulation", "rate": "new cedis to the dollar at the launch",
     "rate_old": "old cedis to the dollar", "notes": "new banknote denominations", "zeros": "zeros struck off",
     "anniversary": "years of independence",
     # dates
     "launch": "day of the launch", "banks_open": "day the banks opened for exchanges",
     "end": "last day of the old notes", "independence": "day of independence",
    }
    ms = [
     M(R, "Sunday", D, "launch", "2007-07-01"),
     M(R, "four zeros", N, "zeros", 4),
     M(R, "10,000 old cedis", N, "old_per_new", 10000, cls="cedi_old"),
     M(R, "one new Ghana cedi", N, "one_new", 1, cls="cedi_new"),
     M(R, "100 Ghana pesewas", N, "pesewas", 100, cls="pesewa"),
     M(R, "five new banknotes", N, "notes", 5),
     M(R, "50-cedi note", N, "largest", 50, cls="cedi_new"),
     M(R, "20,000-cedi note", N, "old_note", 20000, cls="cedi_old"),
     M(R, "2 Ghana cedis", N, "old_note_new", 2, cls="cedi_new"),
     M(R, "six months", N, "months", 6, cls="dur"),
     M(R, "Dec. 31, 2007", D, "end", "2007-12-31"),
     M(R, "about 0.93", N, "rate", 0.93, qual="approx", cls="cedi_new"),
     M(R, "roughly 9,300 old cedis", N, "rate_old", 9300, qual="approx", cls="cedi_old"),
     M(R, "50 years", N, "anniversary", 50, cls="years"),
     M(R, "March 6", D, "independence", "1957-03-06"),
     M(R, "Sunday", D, "banks_open", "2007-07-01", occ=2),

     M(K, "Minggu (1/7/2007)", D, "launch", "2007-07-01"),
     M(K, "empat angka nol", N, "zeros", 4),
     M(K, "10.000 cedi lama", N, "old_per_new", 10000, cls="cedi_old"),
     M(K, "1 Ghana cedi", N, "one_new", 1, cls="cedi_new"),
     M(K, "100 Ghana pesewa", N, "pesewas", 100, cls="pesewa"),
     M(K, "50 cedi", N, "largest", 50, cls="cedi_new"),
     M(K, "20.000 cedi", N, "old_note", 20000, cls="cedi_old"),
     M(K, "2 Ghana cedi", N, "old_note_new", 2, cls="cedi_new"),
     M(K, "enam bulan", N, "months", 6, cls="dur"),
     M(K, "31 Desember 2007", D, "end", "2007-12-31"),
     M(K, "sekitar 0,93 cedi", N, "rate", 0.93, qual="approx", cls="cedi_new"),
     M(K, "sekitar 9.300 cedi lama", N, "rate_old", 9300, qual="approx", cls="cedi_old"),
     M(K, "50 tahun", N, "anniversary", 50, cls="years"),
     M(K, "6 Maret", D, "independence", "1957-03-06"),

     M(T, "Minggu (1/7/2007)", D, "launch", "2007-07-01"),
     M(T, "10.000 cedi lama", N, "old_per_new", 10000, cls="cedi_old"),
     M(T, "1 Ghana cedi", N, "one_new", 1, cls="cedi_new"),
     M(T, "lima jenis", N, "notes", 5),
     M(T, "50 cedi", N, "largest", 50, cls="cedi_new"),
     M(T, "100 pesewa", N, "pesewas", 100, cls="pesewa"),
     M(T, "20.000 cedi", N, "old_note", 20000, cls="cedi_old"),
     M(T, "2 cedi baru", N, "old_note_new", 2, cls="cedi_new"),
     M(T, "31 Desember 2007", D, "end", "2007-12-31"),
     M(T, "enam bulan", N, "months", 6, cls="dur"),
     M(T, "empat angka nol", N, "zeros", 4),
     M(T, "sekitar 0,93", N, "rate", 0.93, qual="approx", cls="cedi_new"),

     M(A, "July 1", D, "launch", "2007-07-01"),
     M(A, "four zeros", N, "zeros", 4),
     M(A, "one Ghana cedi", N, "one_new", 1, cls="cedi_new"),
     M(A, "10,000 old cedis", N, "old_per_new", 10000, cls="cedi_old"),
     M(A, "100 pesewas", N, "pesewas", 100, cls="pesewa"),
     M(A, "five denominations", N, "notes", 5),
     M(A, "50 cedis", N, "largest", 50, cls="cedi_new"),
     M(A, "20,000-cedi note", N, "old_note", 20000, cls="cedi_old"),
     M(A, "2 cedis", N, "old_note_new", 2, cls="cedi_new"),
     M(A, "six months", N, "months", 6, cls="dur"),
     M(A, "Dec. 31", D, "end", "2007-12-31"),
     M(A, "about 0.93", N, "rate", 0.93, qual="approx", cls="cedi_new"),
     M(A, "some 9,300 old cedis", N, "rate_old", 9300, qual="approx", cls="cedi_old"),
     M(A, "50th", N, "anniversary", 50, cls="years"),
    ]
    build("cedi-redenomination-2007", "Ghana's redenominated cedi launched on Sunday 1 July 2007 (control): four zeros "
          "struck off, 10,000 old cedis to one Ghana cedi of 100 pesewas; five new banknotes, the largest 50 cedis; the "
          "old 20,000-cedi note worth 2 Ghana cedis; six months of dual circulation until 31 December 2007; about 0.93 "
          "new cedis (some 9,300 old cedis) to the US dollar at the launch; the year of the 50th anniversary of "
          "independence (6 March). Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    probo_koala()
    joola()
    cedi()
