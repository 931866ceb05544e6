"""The two-hundred-and-thirty-eighth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset238/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def holey():
    R, T, K, A = "reuters-jul02", "detik-jul04", "kompas-nov28", "ap-oct31"
    # The siege's counts do not change with the day of the report (the hostages, the police officers, the rescued,
    # the Italians and the Japanese), except the attackers killed: the army's six on Saturday 2 July 2016 (one of
    # them, it emerged, a cafe cook) against the five the police named on Sunday 3 July and every later report
    # (a revision). The dead in all: the government's 22 (20 hostages and two police officers) against Islamic
    # State's claim of 24 (sources). The tribunal's verdict (Wednesday 27 November 2019) and the High Court's
    # (Monday 30 October 2023) are two stages on two dates.
    SAT, SUN, V2019, V2023 = "2016-07-02", "2016-07-03", "2019-11-27", "2023-10-30"
    GOV, IS = "the Bangladeshi government", "Islamic State"
    names = {
     "siege_hours": "hours the siege lasted", "hostages_dead": "hostages killed", "attackers_dead": "attackers killed",
     "rescued": "hostages freed", "rescued_foreign": "foreigners among the freed", "police_dead": "police officers killed", "injured": "people wounded",
     "dead_all": "people killed in all", "spree_months": "months of the string of killings",
     "italians": "Italians among the dead", "japanese": "Japanese among the dead",
     "bangladeshis": "Bangladeshis among the dead", "mourning_days": "days of national mourning",
     "sentenced": "defendants sentenced to death", "acquitted": "defendants acquitted",
     "charged": "people named in the charge sheet", "raid_dead": "accused killed in raids",
     "fine": "fine on each convict (takas)",
     # dates
     "attack": "day of the attack", "raid": "day the commandos stormed the cafe",
     "photos": "day the police named five attackers", "verdict": "day of the tribunal's verdict",
     "charge_sheet": "day the charge sheet was filed", "appeal": "day of the High Court's ruling",
     "sholakia": "day of the Sholakia attack", "mastermind": "day of the raid that killed the alleged mastermind",
    }
    ms = [
     M(R, "Saturday", D, "raid", "2016-07-02"),
     M(R, "more than 10 hours", N, "siege_hours", 10, qual="morethan", cls="dur"),
     M(R, "20 hostages", N, "hostages_dead", 20),
     M(R, "six gunmen", N, "attackers_dead", 6, SAT),
     M(R, "13 hostages", N, "rescued", 13),
     M(R, "three", N, "rescued_foreign", 3),
     M(R, "Two police officers", N, "police_dead", 2),
     M(R, "Friday night", D, "attack", "2016-07-01"),
     M(R, "More than 30 people", N, "injured", 30, qual="morethan"),
     M(R, "24 people", N, "dead_all", 24, src=IS),
     M(R, "18 months", N, "spree_months", 18, cls="dur"),

     M(T, "22 orang", N, "dead_all", 22, src=GOV),
     M(T, "20 sandera", N, "hostages_dead", 20),
     M(T, "dua polisi", N, "police_dead", 2),
     M(T, "Jumat (1/7/2016)", D, "attack", "2016-07-01"),
     M(T, "sembilan warga Italia", N, "italians", 9),
     M(T, "tujuh warga Jepang", N, "japanese", 7),
     M(T, "dua warga Bangladesh", N, "bangladeshis", 2),
     M(T, "Sabtu (2/7/2016)", D, "raid", "2016-07-02"),
     M(T, "sekitar 10 jam", N, "siege_hours", 10, qual="approx", cls="dur"),
     M(T, "enam pelaku", N, "attackers_dead", 6, SAT),
     M(T, "Minggu (3/7/2016)", D, "photos", "2016-07-03"),
     M(T, "lima pria bersenjata", N, "attackers_dead", 5, SUN),
     M(T, "dua hari", N, "mourning_days", 2, cls="dur"),

     M(K, "Rabu (27/11/2019)", D, "verdict", "2019-11-27"),
     M(K, "tujuh terdakwa", N, "sentenced", 7),
     M(K, "Satu terdakwa", N, "acquitted", 1),
     M(K, "1 Juli 2016", D, "attack", "2016-07-01"),
     M(K, "20 sandera", N, "hostages_dead", 20),
     M(K, "dua polisi", N, "police_dead", 2),
     M(K, "sembilan warga Italia", N, "italians", 9),
     M(K, "tujuh warga Jepang", N, "japanese", 7),
     M(K, "31 sandera", N, "rescued", 31, planted=True),
     M(K, "lima penyerang", N, "attackers_dead", 5, V2019),
     M(K, "23 Juli 2018", D, "charge_sheet", "2018-07-23"),
     M(K, "21 orang", N, "charged", 21),
     M(K, "13 di antaranya", N, "raid_dead", 13),

     M(A, "Monday", D, "appeal", "2023-10-30"),
     M(A, "seven militants", N, "sentenced", 7),
     M(A, "2016", D, "attack", "2016"),
     M(A, "Nov. 26, 2019", D, "verdict", "2019-11-26", planted=True),
     M(A, "50,000 takas", N, "fine", 50000, cls="taka"),
     M(A, "Twenty hostages", N, "hostages_dead", 20),
     M(A, "nine", N, "italians", 9),
     M(A, "seven Japanese", N, "japanese", 7),
     M(A, "July 1, 2016", D, "attack", "2016-07-01"),
     M(A, "Two police officers", N, "police_dead", 2),
     M(A, "the five attackers", N, "attackers_dead", 5, V2023),
     M(A, "July 7, 2016", D, "sholakia", "2016-07-07"),
     M(A, "Aug. 27, 2016", D, "mastermind", "2016-08-27"),
    ]
    build("holey-artisan-2016", "The attack on the Holey Artisan Bakery in Gulshan, Dhaka (Friday 1 July 2016, about "
          "9.20 p.m.; commandos stormed it on Saturday 2 July): 20 hostages killed (nine Italians, seven Japanese, "
          "an Indian, an American, two Bangladeshis) and two police officers, 13 hostages freed, more than 30 wounded; "
          "the army's six attackers killed revised to five (the sixth dead was a cafe cook); Islamic State's claim of "
          "24 dead against the government's 22; the anti-terrorism tribunal's seven death sentences and one acquittal "
          "(Wednesday 27 November 2019) and the High Court's commutation to life (Monday 30 October 2023)",
          False, ms, names)


def quota():
    K, R, A, T = "kompas-jul17", "reuters-jul21", "ap-aug06", "antara-feb13"
    # as-of times of the dead: Tuesday 16 July 2024 (the first six), Friday 19 July (105), Sunday 21 July (151),
    # Monday 5 August (300), all the local media's tally of police and hospital figures; the government's 147 for
    # the July violence (given in the last days of July); the UN human rights office's estimate of as many as 1,400
    # (its report of Wednesday 12 February 2025). Counts by different bodies are sources. The dead do not fall.
    # The quotas do not change with the day of the report: the old system (56% reserved: 30% for the descendants
    # of the 1971 war's veterans, 10% women, 10% districts, 5% ethnic minorities, 1% disabled), which the High Court
    # restored on Wednesday 5 June 2024, and the Appellate Division's of Sunday 21 July (93% merit, 5% veterans'
    # descendants, 1% ethnic minorities, 1% disabled and third-gender people): an old and a new share of the same
    # group are different facts. The High Court's ruling, the stay of Wednesday 10 July, the ruling of 21 July and
    # the hearing first set for 7 August are stages on different dates.
    TUE16, FRI19, SUN21, GOVD, AUG05, FEB25 = ("2024-07-16", "2024-07-19", "2024-07-21", "2024-07-29", "2024-08-05",
                                               "2025-02-12")
    MEDIA, GOV, UN = "the local media's tally", "the Bangladeshi government", "the UN human rights office"
    names = {
     "dead": "people killed in the unrest", "injured_jul15": "people hurt at Dhaka University on 15 July",
     "dead_aug4": "people killed on 4 August", "police_aug4": "police officers killed at the Sirajganj station",
     "arrested": "people arrested in the crackdown", "age": "the prime minister's age",
     "q_ff": "old quota for descendants of the war's veterans (%)", "q_total": "share of posts reserved (%)",
     "q_women": "quota for women (%)", "q_district": "quota for lagging districts (%)",
     "q_ethnic_old": "old quota for ethnic minorities (%)", "q_disabled_old": "old quota for disabled people (%)",
     "merit": "share of posts on merit (%)", "q_ff_new": "new quota for descendants of the war's veterans (%)",
     "q_ethnic_new": "new quota for ethnic minorities (%)", "q_disabled_new": "new quota for disabled people (%)",
     "children": "share of children among the dead (%)", "stay_weeks": "weeks of the stay",
     # dates
     "hc": "day of the High Court's ruling", "war": "year of the independence war", "abolished": "year the quotas were abolished",
     "clash16": "day the first six were killed", "stay": "day the Appellate Division stayed the ruling",
     "hearing": "day first set for the hearing", "ruling": "day of the Appellate Division's ruling",
     "curfew": "day the curfew began", "count_fri": "day of the count of 105", "internet": "day the internet was cut",
     "dissolve": "day parliament was dissolved", "aug4": "the deadliest day", "since": "year the prime minister took office",
     "report": "day of the UN report", "period_start": "first day the UN report covers",
     "period_end": "last day the UN report covers", "resign": "day the prime minister resigned",
     "interim": "day the interim government was sworn in",
    }
    ms = [
     M(K, "Sedikitnya enam orang", N, "dead", 6, TUE16, qual="atleast", src=MEDIA),
     M(K, "Selasa (16/7/2024)", D, "clash16", "2024-07-16"),
     M(K, "lebih dari 100 orang", N, "injured_jul15", 100, qual="morethan"),
     M(K, "Rabu (5/6/2024)", D, "hc", "2024-06-05"),
     M(K, "30 persen", N, "q_ff", 30, cls="pct"),
     M(K, "1971", D, "war", "1971"),
     M(K, "56 persen", N, "q_total", 56, cls="pct"),
     M(K, "30 persen", N, "q_ff", 30, cls="pct", occ=2),
     M(K, "10 persen", N, "q_women", 10, cls="pct"),
     M(K, "10 persen", N, "q_district", 10, cls="pct", occ=2),
     M(K, "5 persen", N, "q_ethnic_old", 5, cls="pct"),
     M(K, "1 persen", N, "q_disabled_old", 1, cls="pct"),
     M(K, "2018", D, "abolished", "2018"),
     M(K, "Rabu (10/7/2024)", D, "stay", "2024-07-10"),
     M(K, "empat pekan", N, "stay_weeks", 4, cls="dur"),
     M(K, "7 Agustus", D, "hearing", "2024-08-07"),

     M(R, "Sunday", D, "ruling", "2024-07-21"),
     M(R, "at least 151 people", N, "dead", 151, SUN21, qual="atleast", src=MEDIA),
     M(R, "93%", N, "merit", 93, cls="pct"),
     M(R, "5%", N, "q_ff_new", 5, cls="pct"),
     M(R, "1971", D, "war", "1971"),
     M(R, "1%", N, "q_ethnic_new", 1, cls="pct"),
     M(R, "1%", N, "q_disabled_new", 1, cls="pct", occ=2),
     M(R, "June 5", D, "hc", "2024-06-05"),
     M(R, "30%", N, "q_ff", 30, cls="pct"),
     M(R, "56%", N, "q_total", 56, cls="pct"),
     M(R, "2018", D, "abolished", "2018"),
     M(R, "Sunday", D, "ruling", "2024-07-21", occ=2),
     M(R, "Aug. 7", D, "hearing", "2024-08-07"),
     M(R, "Friday", D, "curfew", "2024-07-19"),
     M(R, "Thursday", D, "internet", "2024-07-18"),
     M(R, "At least 105 people", N, "dead", 105, FRI19, qual="atleast", src=MEDIA),
     M(R, "Friday", D, "count_fri", "2024-07-19", occ=2),

     M(A, "Tuesday", D, "dissolve", "2024-08-06"),
     M(A, "At least 300 people", N, "dead", 300, AUG05, qual="atleast", src=MEDIA),
     M(A, "Sunday", D, "aug4", "2024-08-04"),
     M(A, "at least 91 people", N, "dead_aug4", 91, qual="atleast"),
     M(A, "13 police officers", N, "police_aug4", 13),
     M(A, "147", N, "dead", 147, GOVD, src=GOV),
     M(A, "30%", N, "q_ff", 30, cls="pct"),
     M(A, "1971", D, "war", "1971"),
     M(A, "June 5", D, "hc", "2024-06-05"),
     M(A, "July 21", D, "ruling", "2024-07-21"),
     M(A, "65%", N, "q_total", 65, cls="pct", planted=True),
     M(A, "2018", D, "abolished", "2018"),
     M(A, "More than 10,000 people", N, "arrested", 10000, qual="morethan"),
     M(A, "76", N, "age", 76, cls="age"),
     M(A, "2009", D, "since", "2009"),

     M(T, "Rabu (12/2/2025)", D, "report", "2025-02-12"),
     M(T, "sebanyak 1.400 orang", N, "dead", 1400, FEB25, src=UN),
     M(T, "12 hingga 13 persen", N, "children", 12, cls="pct"),
     M(T, "1 Juli", D, "period_start", "2024-07-01"),
     M(T, "15 Agustus 2024", D, "period_end", "2024-08-15"),
     M(T, "30 persen", N, "q_ff", 30, cls="pct"),
     M(T, "Kamis (6/6/2024)", D, "hc", "2024-06-06", planted=True),
     M(T, "5 persen", N, "q_ff_new", 5, cls="pct"),
     M(T, "Minggu (21/7/2024)", D, "ruling", "2024-07-21"),
     M(T, "Senin (5/8/2024)", D, "resign", "2024-08-05"),
     M(T, "Kamis (8/8/2024)", D, "interim", "2024-08-08"),
    ]
    build("quota-protests-2024", "The protests over Bangladesh's civil service job quotas and the crackdown (July-August "
          "2024): the High Court's restoration of the 30% quota for descendants of the 1971 war's veterans (Wednesday "
          "5 June 2024), the Appellate Division's stay (Wednesday 10 July) and its ruling (Sunday 21 July: 93% merit, "
          "5% veterans' descendants, 1% ethnic minorities, 1% disabled and third-gender people); the dead by the local "
          "media's tally at least 6 on Tuesday 16 July -> at least 105 by Friday 19 July -> at least 151 by Sunday 21 "
          "July -> at least 300 by Monday 5 August, against the government's 147 and the UN human rights office's "
          "estimate of as many as 1,400 (12 February 2025); at least 91 killed on Sunday 4 August; the prime "
          "minister's resignation (Monday 5 August) and the interim government (Thursday 8 August)", False, ms, names)


def lanka():
    R, K, T, A = "reuters-jul20", "kompas-jul21", "detik-jul22", "ap-jul24"
    names = {
     "pm_times": "times Wickremesinghe has been prime minister", "wick": "votes for Wickremesinghe",
     "seats": "members of parliament", "alah": "votes for Alahapperuma", "left": "votes for the leftist candidate",
     "voted": "lawmakers who voted", "rejected": "ballots rejected", "valid": "valid votes",
     "days_after": "days between the storming and the flight", "inflation": "consumer inflation in June (%)",
     "absent": "lawmakers who did not vote",
     # dates
     "vote": "day of the vote", "indep": "year of independence", "accepted": "day the resignation was accepted",
     "fled": "day Rajapaksa fled", "stormed": "day protesters stormed the residence", "term_end": "end of the term",
     "pm_named": "day Wickremesinghe was named prime minister", "infl_month": "month of the inflation figure",
     "sworn": "day of the swearing-in", "camp": "day the protest camp was cleared", "default": "month of the default",
    }
    ms = [
     M(R, "six-time", N, "pm_times", 6),
     M(R, "Wednesday", D, "vote", "2022-07-20"),
     M(R, "1948", D, "indep", "1948"),
     M(R, "134 votes", N, "wick", 134),
     M(R, "225-member", N, "seats", 225),
     M(R, "82", N, "alah", 82),
     M(R, "three", N, "left", 3),
     M(R, "223 lawmakers", N, "voted", 223),
     M(R, "four", N, "rejected", 4),
     M(R, "219 valid votes", N, "valid", 219),
     M(R, "Friday", D, "accepted", "2022-07-15"),
     M(R, "July 13", D, "fled", "2022-07-13"),
     M(R, "four days", N, "days_after", 4, cls="dur"),
     M(R, "July 9", D, "stormed", "2022-07-09"),
     M(R, "November 2024", D, "term_end", "2024-11"),
     M(R, "May", D, "pm_named", "2022-05"),
     M(R, "54.6%", N, "inflation", 54.6, cls="pct"),
     M(R, "June", D, "infl_month", "2022-06"),

     M(K, "Rabu (20/7/2022)", D, "vote", "2022-07-20"),
     M(K, "134 suara", N, "wick", 134),
     M(K, "82 suara", N, "alah", 82),
     M(K, "3 suara", N, "left", 3),
     M(K, "225 anggota parlemen", N, "seats", 225),
     M(K, "223 orang", N, "voted", 223),
     M(K, "empat surat suara", N, "rejected", 4),
     M(K, "219", N, "valid", 219),
     M(K, "Kamis (21/7/2022)", D, "sworn", "2022-07-21"),
     M(K, "November 2024", D, "term_end", "2024-11"),
     M(K, "Rabu (13/7/2022)", D, "fled", "2022-07-13"),
     M(K, "Jumat (15/7/2022)", D, "accepted", "2022-07-15"),
     M(K, "Sabtu (9/7/2022)", D, "stormed", "2022-07-09"),
     M(K, "enam kali", N, "pm_times", 6),
     M(K, "12 Mei 2022", D, "pm_named", "2022-05-12"),
     M(K, "54,6 persen", N, "inflation", 54.6, cls="pct"),
     M(K, "Juni", D, "infl_month", "2022-06"),
     M(K, "1948", D, "indep", "1948"),

     M(T, "Jumat (22/7/2022)", D, "camp", "2022-07-22"),
     M(T, "Rabu (20/7/2022)", D, "vote", "2022-07-20"),
     M(T, "134 suara", N, "wick", 134),
     M(T, "219 suara sah", N, "valid", 219),
     M(T, "82 suara", N, "alah", 82),
     M(T, "tiga suara", N, "left", 3),
     M(T, "223", N, "voted", 223),
     M(T, "225 anggota parlemen", N, "seats", 225),
     M(T, "empat surat suara", N, "rejected", 4),
     M(T, "13 Juli", D, "fled", "2022-07-13"),
     M(T, "November 2024", D, "term_end", "2024-11"),
     M(T, "Mei 2022", D, "default", "2022-05"),

     M(A, "July 20", D, "vote", "2022-07-20"),
     M(A, "134 votes", N, "wick", 134),
     M(A, "82", N, "alah", 82),
     M(A, "three", N, "left", 3),
     M(A, "two members", N, "absent", 2),
     M(A, "225-member", N, "seats", 225),
     M(A, "four", N, "rejected", 4),
     M(A, "223 ballots", N, "voted", 223),
     M(A, "July 21", D, "sworn", "2022-07-21"),
     M(A, "July 13", D, "fled", "2022-07-13"),
     M(A, "July 15", D, "accepted", "2022-07-15"),
     M(A, "July 9", D, "stormed", "2022-07-09"),
     M(A, "six times", N, "pm_times", 6),
     M(A, "November 2024", D, "term_end", "2024-11"),
     M(A, "54.6%", N, "inflation", 54.6, cls="pct"),
     M(A, "June", D, "infl_month", "2022-06"),
     M(A, "1948", D, "indep", "1948"),
    ]
    build("srilanka-president-vote-2022", "Sri Lanka's parliament elects Ranil Wickremesinghe president (control), "
          "Wednesday 20 July 2022: 134 votes against 82 for Dullas Alahapperuma and 3 for the JVP's leader, 223 of the "
          "225 members voting, four ballots rejected, 219 valid; sworn in on Thursday 21 July; Gotabaya Rajapaksa fled "
          "on Wednesday 13 July after protesters stormed his residence on Saturday 9 July, his resignation accepted on "
          "Friday 15 July; the term runs until November 2024; inflation 54.6% in June; independence in 1948. Zero "
          "conflicts expected.", True, ms, names)


if __name__ == "__main__":
    holey()
    quota()
    lanka()
