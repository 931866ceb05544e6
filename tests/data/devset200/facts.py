"""The two-hundredth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset200/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def collapse():
    K, R, T, A, L = "kompas-jun22", "reuters-jun23", "detik-jun24", "ap-jun25", "tempo-jul22"
    # as-of times of the running tallies: Saturday 22 June 2019 (the first count of at least seven dead, the trapped),
    # Sunday 23 June morning (at least 18 dead, 24 injured, four detained) and afternoon (the province's 21 dead and
    # about 25 missing, half the debris cleared), Monday 24 June 06.30 (24 dead, 24 injured), later that morning (25)
    # and by Monday evening, when the search wound down (28 dead, 26 injured, about 75 percent of the debris cleared,
    # two survivors, four still detained). The dead, the injured, the debris cleared and the detained do not fall.
    # The month-later article (Tempo, 22 July) recalls Monday's final figures: they keep Monday's as-of time.
    SAT, SUN_AM, SUN_PM, MON0630, MON_AM, MON_PM = ("2019-06-22", "2019-06-23a", "2019-06-23b", "2019-06-24a",
                                                    "2019-06-24b", "2019-06-24c")
    # how many people were in the building: different bodies' estimates of one fact (sources)
    LABOUR, SURVIVOR, SPOKESMAN, GOVERNOR = ("the labour ministry", "a survivor", "the provincial spokesman",
                                             "the provincial governor")
    names = {
     "floors": "storeys of the building", "dead": "people killed", "trapped": "people trapped (Saturday)",
     "injured": "people injured", "inside": "people in the building when it fell", "debris": "share of debris cleared",
     "detained": "people detained", "missing": "people missing", "rescuers": "rescuers deployed",
     "warnings": "warnings given to the developer", "survivors": "workers found alive on Monday",
     # dates
     "collapse": "day of the collapse", "asof_sat": "day of Saturday's count", "statement_sun": "day of Sunday's count",
     "pm_sun": "day the prime minister said he would go", "asof_mon": "day of Monday's count",
     "pm_visit": "day the prime minister reached the site", "resign": "day the governor resigned",
     "search_end": "day the search ended",
    }
    ms = [
     M(K, "tujuh lantai", N, "floors", 7, cls="floors"),
     M(K, "Sabtu (22/6/2019)", D, "collapse", "2019-06-22"),
     M(K, "sedikitnya tujuh orang", N, "dead", 7, SAT, qual="atleast"),
     M(K, "lebih dari 30 orang", N, "trapped", 30, SAT, qual="morethan"),

     M(R, "At least 18 people", N, "dead", 18, SUN_AM, qual="atleast"),
     M(R, "Sunday", D, "statement_sun", "2019-06-23"),
     M(R, "seven", N, "dead", 7, SAT),
     M(R, "Saturday", D, "asof_sat", "2019-06-22"),
     M(R, "seven-storey", N, "floors", 7, cls="floors"),
     M(R, "Saturday", D, "collapse", "2019-06-22", occ=2),
     M(R, "Twenty-four people", N, "injured", 24, SUN_AM),
     M(R, "30 workers", N, "inside", 30, src=LABOUR),
     M(R, "55 to 60 people", N, "inside", 55, src=SURVIVOR),
     M(R, "about half", N, "debris", 50, SUN_PM, qual="approx", cls="pct"),
     M(R, "Sunday", D, "statement_sun", "2019-06-23", occ=2),
     M(R, "Sunday", D, "pm_sun", "2019-06-23", occ=3),
     M(R, "Four people", N, "detained", 4, SUN_AM),

     M(T, "tujuh lantai", N, "floors", 7, cls="floors"),
     M(T, "24 orang", N, "dead", 24, MON0630),
     M(T, "Senin (24/6/2019)", D, "asof_mon", "2019-06-24"),
     M(T, "24 orang lainnya", N, "injured", 24, MON0630),
     M(T, "21 orang", N, "dead", 21, SUN_PM),
     M(T, "sekitar 25 orang", N, "missing", 25, SUN_PM, qual="approx", fall=True),
     M(T, "Jumat (21/6/2019)", D, "collapse", "2019-06-21", planted=True),
     M(T, "sekitar 70 orang", N, "inside", 70, qual="approx", src=SPOKESMAN),
     M(T, "40 hingga 50 pekerja", N, "inside", 40, src=GOVERNOR),
     M(T, "Sekitar 1.000 petugas", N, "rescuers", 1000, SUN_PM, qual="approx"),
     M(T, "Minggu", D, "pm_visit", "2019-06-23"),
     M(T, "dua kali", N, "warnings", 2),

     M(A, "seven-story", N, "floors", 7, cls="floors"),
     M(A, "28", N, "dead", 28, MON_PM),
     M(A, "Monday", D, "asof_mon", "2019-06-24"),
     M(A, "26 people injured", N, "injured", 26, MON_PM),
     M(A, "25", N, "dead", 25, MON_AM),
     M(A, "Two workers", N, "survivors", 2, MON_PM),
     M(A, "Saturday", D, "collapse", "2019-06-22"),
     M(A, "About 75 percent", N, "debris", 75, MON_PM, qual="approx", cls="pct"),
     M(A, "Monday", D, "resign", "2019-06-24", occ=2),
     M(A, "between 40 and 50 workers", N, "inside", 40, src=GOVERNOR),
     M(A, "about 70 people", N, "inside", 70, qual="approx", src=SPOKESMAN),
     M(A, "Four people", N, "detained", 4, MON_PM),

     M(L, "tujuh lantai", N, "floors", 7, cls="floors"),
     M(L, "22 Juni 2019", D, "collapse", "2019-06-22"),
     M(L, "28 orang", N, "dead", 28, MON_PM),
     M(L, "62 orang lainnya", N, "injured", 62, MON_PM, planted=True),
     M(L, "Senin (24/6/2019)", D, "search_end", "2019-06-24"),
     M(L, "dua pekerja", N, "survivors", 2, MON_PM),
     M(L, "Empat orang", N, "detained", 4, MON_PM),
     M(L, "dua kali", N, "warnings", 2),
     M(L, "sekitar 70 orang", N, "inside", 70, qual="approx", src=SPOKESMAN),
    ]
    build("sihanoukville-collapse-2019", "The collapse of a seven-storey building under construction in Sihanoukville, "
          "Preah Sihanouk province, Cambodia (Saturday 22 June 2019, about 04.00): at least 7 dead on Saturday, at "
          "least 18 on Sunday morning, 21 by Sunday afternoon, 24 by Monday 24 June 06.30, 25 later that morning and "
          "28 when the search wound down on Monday; injured 24 -> 26; debris cleared about half -> about 75 percent; "
          "people in the building estimated at 30 (labour ministry), 55-60 (a survivor), 40-50 (the governor), about 70 "
          "(the provincial spokesman); the governor's resignation on Monday 24 June", False, ms, names)


def referendum():
    R, T, A, L = "reuters-aug07", "tempo-aug08", "antara-aug11", "reuters-apr06"
    # two stages of one count: the Election Commission's unofficial result of Sunday 7 August 2016 at 19.33 with 94
    # percent of ballots counted (PRE), and its official result announced on Wednesday 10 August (FIN). The vote
    # counts and the turnout rise; a share the official result puts lower than the unofficial count is a revision
    # (61.40% -> 61.35% for the charter, 58.11% -> 58.07% on the second question), as the earlier sets label a
    # preliminary count's share corrected down; a share put higher is an update. The charter's contents, the 2007
    # referendum and the dates do not change.
    PRE, FIN = "2016-08-07", "2016-08-10"
    names = {
     "yes": "share approving the charter", "no": "share rejecting the charter",
     "q2yes": "share approving the second question", "q2no": "share rejecting the second question",
     "turnout": "turnout", "counted": "share of ballots counted", "eligible": "eligible voters",
     "yes_votes": "votes approving the charter", "no_votes": "votes rejecting the charter",
     "q2yes_votes": "votes approving the second question", "voters": "people who voted",
     "senators": "appointed senators", "transition": "the transition period (years)",
     "in_force": "months before the charter takes effect", "turnout2007": "turnout in the 2007 referendum",
     # dates
     "vote": "day of the referendum", "prelim": "day of the unofficial count", "final": "day of the official result",
     "coup": "month of the coup", "election": "year the election was promised (August 2016)",
     "ref2007": "year of the earlier referendum", "signed": "day the king signed the charter",
     "monarchy": "year absolute monarchy ended", "request": "month the king asked for changes",
     "election2018": "year the election was expected (April 2017)",
    }
    ms = [
     M(R, "Sunday", D, "vote", "2016-08-07"),
     M(R, "94 percent", N, "counted", 94, PRE, cls="pct"),
     M(R, "61.40 percent", N, "yes", 61.40, PRE, cls="pct"),
     M(R, "38.60 percent", N, "no", 38.60, PRE, cls="pct"),
     M(R, "58.11 percent", N, "q2yes", 58.11, PRE, cls="pct"),
     M(R, "54.61 percent", N, "turnout", 54.61, PRE, cls="pct"),
     M(R, "more than 50 million", N, "eligible", 50_000_000, qual="morethan"),
     M(R, "Wednesday", D, "final", "2016-08-10"),
     M(R, "250 members", N, "senators", 250),
     M(R, "five-year", N, "transition", 5, cls="dur"),
     M(R, "May 2014", D, "coup", "2014-05"),
     M(R, "2017", D, "election", "2017"),

     M(T, "Minggu (7/8/2016)", D, "vote", "2016-08-07"),
     M(T, "Minggu", D, "prelim", "2016-08-07", occ=2),
     M(T, "94 persen", N, "counted", 94, PRE, cls="pct"),
     M(T, "15.562.027 pemilih", N, "yes_votes", 15562027, PRE),
     M(T, "61,40 persen", N, "yes", 61.40, PRE, cls="pct"),
     M(T, "9.784.680 pemilih", N, "no_votes", 9784680, PRE),
     M(T, "38,60 persen", N, "no", 38.60, PRE, cls="pct"),
     M(T, "13.969.594 pemilih", N, "q2yes_votes", 13969594, PRE),
     M(T, "58,11 persen", N, "q2yes", 58.11, PRE, cls="pct"),
     M(T, "41,89 persen", N, "q2no", 41.89, PRE, cls="pct"),
     M(T, "27.623.126 orang", N, "voters", 27623126, PRE),
     M(T, "54,61 persen", N, "turnout", 54.61, PRE, cls="pct"),
     M(T, "tiga hingga empat bulan", N, "in_force", 3, cls="dur"),
     M(T, "250 anggota", N, "senators", 250),
     M(T, "lima tahun", N, "transition", 5, cls="dur"),
     M(T, "2007", D, "ref2007", "2007"),
     M(T, "sekitar 57 persen", N, "turnout2007", 57, qual="approx", cls="pct"),
     M(T, "2017", D, "election", "2017"),

     M(A, "Rabu (10/8/2016)", D, "final", "2016-08-10"),
     M(A, "Minggu (7/8/2016)", D, "vote", "2016-08-07"),
     M(A, "61,53 persen", N, "yes", 61.53, FIN, cls="pct", planted=True),
     M(A, "38,65 persen", N, "no", 38.65, FIN, cls="pct"),
     M(A, "58,07 persen", N, "q2yes", 58.07, FIN, cls="pct"),
     M(A, "41,93 persen", N, "q2no", 41.93, FIN, cls="pct"),
     M(A, "59,4 persen", N, "turnout", 59.4, FIN, cls="pct"),
     M(A, "54,61 persen", N, "turnout", 54.61, PRE, cls="pct"),
     M(A, "Minggu", D, "prelim", "2016-08-07", occ=2),
     M(A, "61,40 persen", N, "yes", 61.40, PRE, cls="pct"),
     M(A, "2017", D, "election", "2017"),
     M(A, "Mei 2014", D, "coup", "2014-05"),

     M(L, "Thursday", D, "signed", "2017-04-06"),
     M(L, "1932", D, "monarchy", "1932"),
     M(L, "61.35 percent", N, "yes", 61.35, FIN, cls="pct"),
     M(L, "Aug. 7", D, "vote", "2016-08-07"),
     M(L, "59.4 percent", N, "turnout", 59.4, FIN, cls="pct"),
     M(L, "January", D, "request", "2017-01"),
     M(L, "250 members", N, "senators", 250),
     M(L, "five years", N, "transition", 5, cls="dur"),
     M(L, "58.07 percent", N, "q2yes", 58.07, FIN, cls="pct"),
     M(L, "2018", D, "election2018", "2018"),
     M(L, "May 2014", D, "coup", "2014-05"),
    ]
    build("thai-charter-referendum-2016", "Thailand's constitutional referendum of Sunday 7 August 2016: the Election "
          "Commission's unofficial count at 19.33 with 94 percent of ballots counted (61.40% yes, 38.60% no; 58.11% yes "
          "on the second question; turnout 54.61%), its official result announced on Wednesday 10 August (61.35% yes, "
          "38.65% no; 58.07% and 41.93% on the second question; turnout 59.4%), and King Maha Vajiralongkorn's "
          "signature of the charter on Thursday 6 April 2017", False, ms, names)


def bot():
    R, B, K, P = "reuters-aug10", "bisnis-aug11", "kontan-aug12", "bangkokpost-aug13"
    # one decision, reported four times: nothing here is a running tally. The hike is 25 basis points ("0,25 poin
    # persentase"), the dissenter's preferred hike 0.50 percentage point ("50 basis poin"): each has one value in
    # two units (qual="unit"). The vote 6-1 states the ayes and the noes.
    names = {
     "hike": "size of the hike", "rate": "the new policy rate", "prev": "the policy rate before (since May 2020)",
     "ayes": "committee members for the 25 bp hike", "noes": "committee members against it",
     "dissent": "the hike the dissenting member wanted", "expected": "economists expecting the hike",
     "polled": "economists polled", "cpi_jul": "headline inflation in July 2022", "cpi_jun": "headline inflation in June 2022",
     "target": "the inflation target range (lower bound)", "core": "core inflation in July 2022",
     "g22": "growth forecast for 2022", "g23": "growth forecast for 2023", "infl22": "inflation forecast for 2022",
     "rate2018": "the rate set in December 2018",
     # dates
     "decision": "day of the decision", "since": "month the rate was cut to 0.50%", "lasthike": "month of the last hike",
     "jul": "July 2022 (inflation)", "jun": "June 2022 (inflation)", "forecast": "month of the June forecasts",
     "next": "day of the next meeting",
    }
    ms = [
     M(R, "25 basis points", N, "hike", 25, cls="bp"),
     M(R, "0.75%", N, "rate", 0.75, cls="pct"),
     M(R, "Wednesday", D, "decision", "2022-08-10"),
     M(R, "6-1", N, "ayes", 6, cls="votes", also={"noes": 1}),
     M(R, "0.50%", N, "prev", 0.5, cls="pct"),
     M(R, "May 2020", D, "since", "2020-05"),
     M(R, "One member", N, "noes", 1, cls="votes"),
     M(R, "0.50 percentage point", N, "dissent", 0.5, cls="pct"),
     M(R, "December 2018", D, "lasthike", "2018-12"),
     M(R, "Seventeen", N, "expected", 17),
     M(R, "20 economists", N, "polled", 20),
     M(R, "7.61%", N, "cpi_jul", 7.61, cls="pct"),
     M(R, "July", D, "jul", "2022-07"),
     M(R, "7.66%", N, "cpi_jun", 7.66, cls="pct"),
     M(R, "June", D, "jun", "2022-06"),
     M(R, "1-3%", N, "target", 1, cls="pct"),
     M(R, "June", D, "forecast", "2022-06", occ=2),
     M(R, "3.3%", N, "g22", 3.3, cls="pct"),
     M(R, "4.2%", N, "g23", 4.2, cls="pct"),
     M(R, "6.2%", N, "infl22", 6.2, cls="pct"),
     M(R, "Sept. 28", D, "next", "2022-09-28"),

     M(B, "25 basis poin", N, "hike", 25, cls="bp"),
     M(B, "0,75 persen", N, "rate", 0.75, cls="pct"),
     M(B, "Rabu (10/8/2022)", D, "decision", "2022-08-10"),
     M(B, "Desember 2018", D, "lasthike", "2018-12"),
     M(B, "6 banding 1", N, "ayes", 6, cls="votes", also={"noes": 1}),
     M(B, "satu anggota", N, "noes", 1, cls="votes"),
     M(B, "50 basis poin", N, "dissent", 0.5, qual="unit", cls="bp"),
     M(B, "0,50 persen", N, "prev", 0.5, cls="pct"),
     M(B, "Mei 2020", D, "since", "2020-05"),
     M(B, "Juli 2022", D, "jul", "2022-07"),
     M(B, "7,61 persen", N, "cpi_jul", 7.61, cls="pct"),
     M(B, "7,66 persen", N, "cpi_jun", 7.66, cls="pct"),
     M(B, "Juni", D, "jun", "2022-06"),
     M(B, "1-3 persen", N, "target", 1, cls="pct"),
     M(B, "Juni", D, "forecast", "2022-06", occ=2),
     M(B, "3,3 persen", N, "g22", 3.3, cls="pct"),
     M(B, "4,2 persen", N, "g23", 4.2, cls="pct"),
     M(B, "28 September 2022", D, "next", "2022-09-28"),

     M(K, "0,25 poin persentase", N, "hike", 25, qual="unit", cls="pct"),
     M(K, "0,50 persen", N, "prev", 0.5, cls="pct"),
     M(K, "0,75 persen", N, "rate", 0.75, cls="pct"),
     M(K, "Rabu, 10 Agustus 2022", D, "decision", "2022-08-10"),
     M(K, "Enam anggota", N, "ayes", 6, cls="votes"),
     M(K, "satu anggota", N, "noes", 1, cls="votes"),
     M(K, "0,50 poin persentase", N, "dissent", 0.5, cls="pct"),
     M(K, "Desember 2018", D, "lasthike", "2018-12"),
     M(K, "1,75 persen", N, "rate2018", 1.75, cls="pct"),
     M(K, "Juli 2022", D, "jul", "2022-07"),
     M(K, "7,61 persen", N, "cpi_jul", 7.61, cls="pct"),
     M(K, "hampir 3 persen", N, "core", 3, qual="nearly", cls="pct"),
     M(K, "1-3 persen", N, "target", 1, cls="pct"),
     M(K, "17", N, "expected", 17),
     M(K, "20 ekonom", N, "polled", 20),
     M(K, "25 basis poin", N, "hike", 25, cls="bp"),
     M(K, "6,2 persen", N, "infl22", 6.2, cls="pct"),
     M(K, "28 September", D, "next", "2022-09-28"),

     M(P, "Wednesday", D, "decision", "2022-08-10"),
     M(P, "25 basis points", N, "hike", 25, cls="bp"),
     M(P, "0.75%", N, "rate", 0.75, cls="pct"),
     M(P, "December 2018", D, "lasthike", "2018-12"),
     M(P, "6-1", N, "ayes", 6, cls="votes", also={"noes": 1}),
     M(P, "0.50 percentage point", N, "dissent", 0.5, cls="pct"),
     M(P, "0.50%", N, "prev", 0.5, cls="pct"),
     M(P, "May 2020", D, "since", "2020-05"),
     M(P, "7.66%", N, "cpi_jun", 7.66, cls="pct"),
     M(P, "June", D, "jun", "2022-06"),
     M(P, "7.61%", N, "cpi_jul", 7.61, cls="pct"),
     M(P, "July", D, "jul", "2022-07"),
     M(P, "1-3%", N, "target", 1, cls="pct"),
     M(P, "June", D, "forecast", "2022-06", occ=2),
     M(P, "3.3%", N, "g22", 3.3, cls="pct"),
     M(P, "4.2%", N, "g23", 4.2, cls="pct"),
     M(P, "6.2%", N, "infl22", 6.2, cls="pct"),
     M(P, "Sept 28", D, "next", "2022-09-28"),
    ]
    build("bot-august-2022", "The Bank of Thailand's rate decision (control) of Wednesday 10 August 2022: the policy "
          "rate raised 25 basis points from a record low of 0.50% (since May 2020) to 0.75%, the first hike since "
          "December 2018 (to 1.75%); the committee's vote 6-1, the dissenter wanting 0.50 percentage point; 17 of 20 "
          "economists polled expected it; July inflation 7.61% (June 7.66%), core nearly 3%, the target 1-3%; the June "
          "forecasts of 3.3% growth in 2022 and 4.2% in 2023 and 6.2% inflation in 2022; the next meeting on 28 "
          "September. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    collapse()
    referendum()
    bot()
