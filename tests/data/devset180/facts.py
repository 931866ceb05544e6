"""The hundred-and-eightieth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset180/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def stockholm():
    R7, K8, T12, R28, D18 = "reuters-apr07", "kompas-apr08", "tempo-apr12", "reuters-apr28", "detik-jun07"
    # as-of times of the running tallies: Friday 7 April 2017 in the first hours ("at least three dead") and in the
    # evening (four dead, 15 injured), Saturday 8 April (four dead, 15 injured, nine of them seriously), Tuesday 11
    # April (the court hearing's day: four dead, 15 injured), Friday 28 April (the fifth death) and Thursday 7 June
    # 2018 (the verdict: five dead, 14 others injured: the woman who died on 28 April was among the 15, so the injured
    # fall from 15 to 14, a revision the rules ask to flag). The perpetrator's age is 39 in 2017 and 40 at the verdict.
    FRI_PM, FRI_EVE, SAT, TUE, APR28, VERDICT = ("2017-04-07a", "2017-04-07b", "2017-04-08", "2017-04-11",
                                                 "2017-04-28", "2018-06-07")
    names = {
     "dead": "people killed", "injured": "people injured", "serious": "injured seriously",
     "dist": "distance the truck ran (m)", "secs": "length of the attack (seconds)",
     "age_akilov": "the perpetrator's age", "age_girl": "the youngest victim's age",
     "age_woman": "the fifth victim's age", "murders": "murders in the verdict",
     "attempted": "attempted murders in the verdict", "danger": "counts of endangering others in the verdict",
     "lifeterm": "the average time served on a life term in Sweden (years)",
     # dates
     "attack": "day of the attack", "arrest": "day of the arrest", "asof_sat": "day of Saturday's count",
     "hearing": "day of the detention hearing", "arrival": "year the perpetrator came to Sweden",
     "rejected": "month his residence application was rejected", "order": "time he was ordered to leave",
     "death5": "day the fifth victim died", "second_arrest": "day a second man was arrested",
     "second_free": "day the second man was freed", "verdict": "day of the verdict",
     "trial": "month the trial began",
    }
    ms = [
     M(R7, "Friday", D, "attack", "2017-04-07"),
     M(R7, "four people", N, "dead", 4, FRI_EVE),
     M(R7, "15 people", N, "injured", 15, FRI_EVE),
     M(R7, "at least three dead", N, "dead", 3, FRI_PM, qual="atleast"),
     M(R7, "about 500 meters", N, "dist", 500, qual="approx", cls="m"),
     M(R7, "Late on Friday", D, "arrest", "2017-04-07"),

     M(K8, "empat orang", N, "dead", 4, SAT),
     M(K8, "15 orang", N, "injured", 15, SAT),
     M(K8, "Jumat (7/4/2017)", D, "attack", "2017-04-07"),
     M(K8, "Sabtu (8/4/2017)", D, "asof_sat", "2017-04-08"),
     M(K8, "sembilan", N, "serious", 9, SAT),
     M(K8, "sekitar 500 meter", N, "dist", 500, qual="approx", cls="m"),
     M(K8, "40 detik", N, "secs", 40, qual="approx", cls="sec"),
     M(K8, "39 tahun", N, "age_akilov", 39, "2017-04", cls="age"),
     M(K8, "Jumat malam", D, "arrest", "2017-04-07"),

     M(T12, "Selasa (11/4/2017)", D, "hearing", "2017-04-11"),
     M(T12, "39 tahun", N, "age_akilov", 39, "2017-04", cls="age"),
     M(T12, "Kamis (6/4/2017)", D, "attack", "2017-04-06", planted=True),
     M(T12, "empat orang", N, "dead", 4, TUE),
     M(T12, "15 orang", N, "injured", 15, TUE),
     M(T12, "11 tahun", N, "age_girl", 11, cls="age"),
     M(T12, "2014", D, "arrival", "2014"),
     M(T12, "Juni 2016", D, "rejected", "2016-06"),
     M(T12, "akhir 2016", D, "order", "2016"),

     M(R28, "five", N, "dead", 5, APR28),
     M(R28, "Friday", D, "death5", "2017-04-28"),
     M(R28, "about 60", N, "age_woman", 60, qual="approx", cls="age"),
     M(R28, "April 28", D, "death5", "2017-04-28"),
     M(R28, "April 7", D, "attack", "2017-04-07"),
     M(R28, "11-year-old", N, "age_girl", 11, cls="age"),
     M(R28, "39-year-old", N, "age_akilov", 39, "2017-04", cls="age"),
     M(R28, "Monday", D, "second_arrest", "2017-04-24"),
     M(R28, "Wednesday", D, "second_free", "2017-04-26"),

     M(D18, "Kamis (7/6/2018)", D, "verdict", "2018-06-07"),
     M(D18, "lima pembunuhan", N, "murders", 5),
     M(D18, "119 percobaan pembunuhan", N, "attempted", 119),
     M(D18, "24 tindakan", N, "danger", 24),
     M(D18, "7 April 2017", D, "attack", "2017-04-07"),
     M(D18, "lima orang", N, "dead", 5, VERDICT),
     M(D18, "14 orang", N, "injured", 14, VERDICT),
     M(D18, "40 tahun", N, "age_akilov", 40, "2018-06", cls="age"),
     M(D18, "Februari 2018", D, "trial", "2018-02"),
     M(D18, "sekitar 16 tahun", N, "lifeterm", 16, qual="approx", cls="dur"),
    ]
    build("stockholm-truck-2017", "The truck attack on Drottninggatan, Stockholm (Friday 7 April 2017, shortly before "
          "15.00): a hijacked beer truck driven about 500 m into shoppers and into the Åhléns store; at least three "
          "dead in the first hours, four dead and 15 injured that evening and through Tuesday 11 April (the "
          "detention hearing of Rakhmat Akilov, 39, from Uzbekistan), a fifth victim dead on Friday 28 April, a "
          "second man held on Monday 24 and freed on Wednesday 26 April; the life sentence of Thursday 7 June 2018 "
          "(five murders, 119 attempted murders, 24 counts of endangering others; 14 others injured)",
          False, ms, names)


def finland():
    R1, K1, A2, R2, T3 = "reuters-jan29", "kompas-jan30", "antara-feb12", "reuters-feb13", "tempo-mar01"
    # the first round (Sunday 28 January 2024) and the run-off (Sunday 11 February 2024) are two stages, each its own
    # set of facts. The run-off's shares were first given from the early count (advance ballots, 58.3% of the votes
    # counted: Stubb 52.7%, Haavisto 47.3%), then from the full count (51.6% / 48.4%): two as-of times of the justice
    # ministry's count (Stubb's share falls: a revision; Haavisto's rises: an update). The broadcaster YLE's projection
    # of 51.4% for Stubb is another source.
    EARLY, FULL = "2024-02-11a", "2024-02-11b"
    MIN, YLE = "the justice ministry", "YLE"
    names = {
     "stubb1": "Stubb's first-round share", "haav1": "Haavisto's first-round share",
     "halla1": "Halla-aho's first-round share", "rehn1": "Rehn's first-round share",
     "stubb2": "Stubb's run-off share", "haav2": "Haavisto's run-off share", "counted": "share of run-off votes counted",
     "turnout2": "the run-off's turnout", "majority": "share needed to win outright",
     "candidates": "candidates in the first round", "age_stubb": "Stubb's age", "age_haav": "Haavisto's age",
     "term": "the president's term (years)", "border": "length of the border with Russia (km)",
     # dates
     "round1": "day of the first round", "runoff": "day of the run-off", "term_end": "month the incumbent's term ends",
     "prev1": "Haavisto's first earlier run", "prev2": "Haavisto's second earlier run", "close_wib": "polls' closing in WIB",
     "independence": "year of Finland's independence", "inaug": "day the new president takes office",
     "concede": "day Haavisto conceded", "confirm": "day the ministry confirms the result",
     "announce": "day the government announces the result", "closure": "month the border was closed",
     "pm": "Stubb's years as prime minister",
    }
    ms = [
     M(R1, "Sunday", D, "round1", "2024-01-28"),
     M(R1, "27.2%", N, "stubb1", 27.2, cls="pct"),
     M(R1, "25.8%", N, "haav1", 25.8, cls="pct"),
     M(R1, "19.0%", N, "halla1", 19.0, cls="pct"),
     M(R1, "15.3%", N, "rehn1", 15.3, cls="pct"),
     M(R1, "Nine candidates", N, "candidates", 9),
     M(R1, "Feb. 11", D, "runoff", "2024-02-11"),
     M(R1, "six-year", N, "term", 6, cls="dur"),
     M(R1, "March", D, "term_end", "2024-03"),
     M(R1, "55", N, "age_stubb", 55, cls="age"),
     M(R1, "65", N, "age_haav", 65, cls="age"),
     M(R1, "2012", D, "prev1", "2012"),
     M(R1, "2018", D, "prev2", "2018"),

     M(K1, "Minggu (28/1/2024)", D, "round1", "2024-01-28"),
     M(K1, "27,2 persen", N, "stubb1", 27.2, cls="pct"),
     M(K1, "25,8 persen", N, "haav1", 25.8, cls="pct"),
     M(K1, "19,0 persen", N, "halla1", 19.0, cls="pct"),
     M(K1, "13,5 persen", N, "rehn1", 13.5, cls="pct", planted=True),
     M(K1, "sembilan kandidat", N, "candidates", 9),
     M(K1, "lebih dari 50 persen", N, "majority", 50, qual="morethan", cls="pct"),
     M(K1, "Minggu (11/2/2024)", D, "runoff", "2024-02-11"),
     M(K1, "55 tahun", N, "age_stubb", 55, cls="age"),
     M(K1, "2014-2015", D, "pm", "2014"),
     M(K1, "65 tahun", N, "age_haav", 65, cls="age"),
     M(K1, "Maret 2024", D, "term_end", "2024-03"),

     M(A2, "Minggu (11/2/2024)", D, "runoff", "2024-02-11"),
     M(A2, "52,7 persen", N, "stubb2", 52.7, EARLY, src=MIN, cls="pct"),
     M(A2, "47,3 persen", N, "haav2", 47.3, EARLY, src=MIN, cls="pct"),
     M(A2, "58,3 persen", N, "counted", 58.3, EARLY, cls="pct"),
     M(A2, "Senin (12/2/2024)", D, "close_wib", "2024-02-12"),
     M(A2, "51,4 persen", N, "stubb2", 51.4, EARLY, src=YLE, cls="pct"),
     M(A2, "Minggu (28/1/2024)", D, "round1", "2024-01-28"),
     M(A2, "27,2 persen", N, "stubb1", 27.2, cls="pct"),
     M(A2, "25,8 persen", N, "haav1", 25.8, cls="pct"),
     M(A2, "55 tahun", N, "age_stubb", 55, cls="age"),
     M(A2, "1917", D, "independence", "1917"),
     M(A2, "1 Maret 2024", D, "inaug", "2024-03-01"),

     M(R2, "Sunday", D, "runoff", "2024-02-11"),
     M(R2, "51.6%", N, "stubb2", 51.6, FULL, src=MIN, cls="pct"),
     M(R2, "48.4%", N, "haav2", 48.4, FULL, src=MIN, cls="pct"),
     M(R2, "70.7%", N, "turnout2", 70.7, cls="pct"),
     M(R2, "Jan. 28", D, "round1", "2024-01-28"),
     M(R2, "27.2%", N, "stubb1", 27.2, cls="pct"),
     M(R2, "25.8%", N, "haav1", 25.8, cls="pct"),
     M(R2, "Sunday night", D, "concede", "2024-02-11"),
     M(R2, "Wednesday", D, "confirm", "2024-02-14"),
     M(R2, "Thursday", D, "announce", "2024-02-15"),
     M(R2, "March 1", D, "inaug", "2024-03-01"),
     M(R2, "1,340 km", N, "border", 1340, cls="km"),
     M(R2, "December", D, "closure", "2023-12"),

     M(T3, "Jumat (1/3/2024)", D, "inaug", "2024-03-01"),
     M(T3, "enam tahun", N, "term", 6, cls="dur"),
     M(T3, "Minggu (11/2/2024)", D, "runoff", "2024-02-11"),
     M(T3, "51,6 persen", N, "stubb2", 51.6, FULL, src=MIN, cls="pct"),
     M(T3, "46,4 persen", N, "haav2", 46.4, FULL, src=MIN, cls="pct", planted=True),
     M(T3, "28 Januari 2024", D, "round1", "2024-01-28"),
     M(T3, "27,2 persen", N, "stubb1", 27.2, cls="pct"),
     M(T3, "25,8 persen", N, "haav1", 25.8, cls="pct"),
     M(T3, "70,7 persen", N, "turnout2", 70.7, cls="pct"),
     M(T3, "1.340 kilometer", N, "border", 1340, cls="km"),
     M(T3, "55 tahun", N, "age_stubb", 55, cls="age"),
     M(T3, "2014-2015", D, "pm", "2014"),
    ]
    build("finland-presidential-2024", "Finland's presidential election of 2024: the first round on Sunday 28 January "
          "(Stubb 27.2%, Haavisto 25.8%, Halla-aho 19.0%, Rehn 15.3%, nine candidates), the run-off on Sunday 11 "
          "February (early count of advance ballots with 58.3% counted: Stubb 52.7%, Haavisto 47.3%; YLE's projection "
          "51.4%; full count 51.6% to 48.4%, turnout 70.7%), the result confirmed on Wednesday 14 and announced on "
          "Thursday 15 February, the inauguration on Friday 1 March 2024", False, ms, names)


def riksbank():
    R, B, K, A = "reuters-feb12", "bisnis-feb13", "kontan-feb14", "antara-feb16"
    names = {
     "repo": "the new repo rate", "prev": "the repo rate before (since October 2014)", "cut": "size of the cut",
     "bonds": "government bonds to be bought (SEK)", "maturity": "the bonds' longest maturity (years)",
     "deposit": "the new deposit rate", "lending": "the new lending rate", "target": "the inflation target",
     "ecb": "the ECB's monthly bond purchases (EUR)",
     # dates
     "decision": "day of the decision", "effective": "day the new rate takes effect",
     "zero_since": "month the repo rate reached zero", "ecb_day": "day of the ECB's announcement",
    }
    ms = [
     M(R, "-0.10%", N, "repo", -0.10, cls="pct"),
     M(R, "0%", N, "prev", 0, cls="pct"),
     M(R, "10 billion crowns", N, "bonds", 10e9, cls="sek"),
     M(R, "Thursday", D, "decision", "2015-02-12"),
     M(R, "one to five years", N, "maturity", 5, cls="dur"),
     M(R, "Wednesday, Feb. 18", D, "effective", "2015-02-18"),
     M(R, "-0.85%", N, "deposit", -0.85, cls="pct"),
     M(R, "0.65%", N, "lending", 0.65, cls="pct"),
     M(R, "0.10 percentage point", N, "cut", 0.10, cls="pp"),
     M(R, "2%", N, "target", 2, cls="pct"),
     M(R, "October 2014", D, "zero_since", "2014-10"),
     M(R, "Jan. 22", D, "ecb_day", "2015-01-22"),
     M(R, "60 billion euros", N, "ecb", 60e9, cls="eur"),
     M(R, "-0.10%", N, "repo", -0.10, cls="pct", occ=2),

     M(B, "-0,10%", N, "repo", -0.10, cls="pct"),
     M(B, "0%", N, "prev", 0, cls="pct"),
     M(B, "Kamis (12/2/2015)", D, "decision", "2015-02-12"),
     M(B, "10 miliar krona", N, "bonds", 10e9, cls="sek"),
     M(B, "satu hingga lima tahun", N, "maturity", 5, cls="dur"),
     M(B, "Rabu (18/2/2015)", D, "effective", "2015-02-18"),
     M(B, "-0,85%", N, "deposit", -0.85, cls="pct"),
     M(B, "0,65%", N, "lending", 0.65, cls="pct"),
     M(B, "2%", N, "target", 2, cls="pct"),
     M(B, "0%", N, "prev", 0, cls="pct", occ=2),
     M(B, "Oktober 2014", D, "zero_since", "2014-10"),
     M(B, "60 miliar euro", N, "ecb", 60e9, cls="eur"),
     M(B, "22 Januari 2015", D, "ecb_day", "2015-01-22"),

     M(K, "0,10 poin persentase", N, "cut", 0.10, cls="pp"),
     M(K, "minus 0,10 persen", N, "repo", -0.10, cls="pct"),
     M(K, "Kamis, 12 Februari 2015", D, "decision", "2015-02-12"),
     M(K, "10 miliar krona", N, "bonds", 10e9, cls="sek"),
     M(K, "satu sampai lima tahun", N, "maturity", 5, cls="dur"),
     M(K, "18 Februari 2015", D, "effective", "2015-02-18"),
     M(K, "minus 0,85 persen", N, "deposit", -0.85, cls="pct"),
     M(K, "0,65 persen", N, "lending", 0.65, cls="pct"),
     M(K, "0 persen", N, "prev", 0, cls="pct"),
     M(K, "Oktober 2014", D, "zero_since", "2014-10"),
     M(K, "minus 0,10 persen", N, "repo", -0.10, cls="pct", occ=2),
     M(K, "2 persen", N, "target", 2, cls="pct"),

     M(A, "Kamis (12/2/2015)", D, "decision", "2015-02-12"),
     M(A, "minus 0,10 persen", N, "repo", -0.10, cls="pct"),
     M(A, "nol persen", N, "prev", 0, cls="pct"),
     M(A, "10 miliar krona", N, "bonds", 10e9, cls="sek"),
     M(A, "satu hingga lima tahun", N, "maturity", 5, cls="dur"),
     M(A, "Rabu (18/2/2015)", D, "effective", "2015-02-18"),
     M(A, "2 persen", N, "target", 2, cls="pct"),
     M(A, "nol persen", N, "prev", 0, cls="pct", occ=2),
     M(A, "Oktober 2014", D, "zero_since", "2014-10"),
     M(A, "60 miliar euro", N, "ecb", 60e9, cls="eur"),
     M(A, "22 Januari 2015", D, "ecb_day", "2015-01-22"),
    ]
    build("riksbank-negative-2015", "The Riksbank's decision (control) of Thursday 12 February 2015: the repo rate cut "
          "0.10 percentage point from 0% (since October 2014) to -0.10%, its first negative rate, effective Wednesday "
          "18 February; the deposit rate to -0.85%, the lending rate to 0.65%; government bonds worth SEK 10 billion "
          "with maturities of one to five years; the 2% inflation target; the ECB's purchases of EUR 60 billion a month "
          "announced on 22 January 2015. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    stockholm()
    finland()
    riksbank()
