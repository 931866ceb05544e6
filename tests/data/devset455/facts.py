"""The four-hundred-and-fifty-fifth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset455/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def karrada():
    R, K, T, A = "reuters-jul03", "kompas-jul05", "tempo-jul07", "aljazeera-aug03"
    # as-of times of the running tallies: Sunday 3 July 2016 in the evening (at least 125 dead, at least 147 wounded),
    # Monday 4 July (151 by the health ministry against 165 by police sources: sources), Tuesday 5 July (213 dead,
    # 225 wounded), Wednesday 6 July (250), Thursday 7 July (292; at least 25 bodies unidentified) and Wednesday 3
    # August (the wounded lowered to 200 after double registrations: a revision; 12 bodies unidentified, a count
    # that may fall). The dead do not fall.
    SUN, MON, TUE, WED, THU, AUG = "2016-07-03", "2016-07-04", "2016-07-05", "2016-07-06", "2016-07-07", "2016-08-03"
    MOH, POL = "the health ministry", "police sources"
    names = {
     "dead": "people killed by the Karrada bomb", "wounded": "people wounded by the Karrada bomb",
     "shaab": "people killed by the second bomb in al-Shaab", "unident": "bodies not yet identified",
     "mourning": "days of national mourning", "gap": "days between the bombing and the resignation",
     # dates
     "bomb": "day of the bombing", "mourn_day": "day the mourning was declared", "count_mon": "day of the counts of 151 and 165",
     "count_tue": "day of the count of 213", "count_wed": "day of the count of 250", "count_thu": "day of the count of 292",
     "resign": "day the interior minister resigned",
    }
    ms = [
     M(R, "Sunday", D, "bomb", SUN),
     M(R, "at least 125 people", N, "dead", 125, SUN, qual="atleast"),
     M(R, "At least 147 people", N, "wounded", 147, SUN, qual="atleast"),
     M(R, "five people", N, "shaab", 5),
     M(R, "three days", N, "mourning", 3, cls="days"),

     M(K, "213 orang", N, "dead", 213, TUE),
     M(K, "Selasa (5/7/2016)", D, "count_tue", TUE),
     M(K, "Senin (4/7/2016)", D, "count_mon", MON),
     M(K, "151 orang", N, "dead", 151, MON, src=MOH),
     M(K, "225 orang", N, "wounded", 225, TUE),
     M(K, "Minggu (3/7/2016)", D, "bomb", SUN),
     M(K, "Selasa (5/7/2016)", D, "resign", TUE, occ=2),
     M(K, "tiga hari", N, "mourning", 3, cls="days"),

     M(T, "292 orang", N, "dead", 292, THU),
     M(T, "Kamis (7/7/2016)", D, "count_thu", THU),
     M(T, "205 orang", N, "dead", 205, WED, planted=True),
     M(T, "Rabu (6/7/2016)", D, "count_wed", WED),
     M(T, "Senin (4/7/2016)", D, "count_mon", MON),
     M(T, "165 korban tewas", N, "dead", 165, MON, src=POL),
     M(T, "lima orang", N, "shaab", 5),
     M(T, "Selasa (5/7/2016)", D, "resign", TUE),
     M(T, "dua hari", N, "gap", 2, cls="days"),
     M(T, "sedikitnya 25 jenazah", N, "unident", 25, THU, qual="atleast", fall=True),

     M(A, "Sunday, July 3", D, "bomb", SUN),
     M(A, "125", N, "dead", 125, SUN),
     M(A, "250", N, "dead", 250, WED),
     M(A, "Wednesday, July 6", D, "count_wed", WED),
     M(A, "292", N, "dead", 292, THU),
     M(A, "200", N, "wounded", 200, AUG),
     M(A, "12 bodies", N, "unident", 12, AUG, fall=True),
     M(A, "five people", N, "shaab", 5),
     M(A, "Wednesday, July 6", D, "resign", WED, occ=2, planted=True),
     M(A, "three days", N, "mourning", 3, cls="days"),
    ]
    build("karrada-bombing-2016", "The truck bombing of the Karrada shopping district in Baghdad shortly after midnight "
          "on Sunday 3 July 2016, claimed by Islamic State: the toll rising from at least 125 dead and at least 147 "
          "wounded on the Sunday evening to 151 by the health ministry on Monday 4 July (165 by police sources: "
          "sources), 213 dead and 225 wounded on Tuesday 5 July, 250 on Wednesday 6 July and 292 on Thursday 7 July; the "
          "wounded lowered to 200 a month on after double registrations; five killed by a second bomb in al-Shaab; three "
          "days of mourning; the interior minister Mohammed al-Ghabban resigned on Tuesday 5 July", False, ms, names)


def charter():
    K, A, R, T = "kompas-aug29", "antara-oct17", "reuters-oct25", "tempo-nov16"
    # steps on different dates: the draft handed to parliament (Sunday 28 August 2005) after the first deadline of 15
    # August, the last-minute deal with a Sunni party (Wednesday 12 October), the referendum (Saturday 15 October), the
    # commission's first estimate of the turnout (Monday 17 October: about 61%, an update to the final 63%), the final
    # result (Tuesday 25 October), the parliamentary election (Thursday 15 December 2005). Tempting pairs of one unit:
    # the yes, no, turnout, January turnout and the provinces' no shares (percentages), the provinces' counts.
    OCT17, OCT25 = "2005-10-17", "2005-10-25"
    names = {
     "yes": "share voting yes (%)", "no": "share voting no (%)", "turnout": "turnout (%)",
     "jan_turnout": "turnout of the January election (%)", "anbar": "no vote in Anbar (%)",
     "salah": "no vote in Salahuddin (%)", "nineveh": "no vote in Nineveh (%)",
     "registered": "registered voters (million)", "threshold": "provinces whose two-thirds no would defeat the charter",
     "provinces": "provinces of Iraq", "rejected": "provinces with a two-thirds no",
     "sunni_named": "Sunni-majority provinces named", "months": "months for proposing amendments",
     "days_est": "days between the vote and the first estimate",
     # dates
     "draft": "day the draft was handed to parliament", "ref": "day of the referendum",
     "deadline": "first deadline for the draft", "election": "day of the parliamentary election",
     "estimate": "day of the first turnout estimate", "result": "day the final result was announced",
     "deal": "day of the last-minute deal",
    }
    ms = [
     M(K, "Minggu (28/8/2005)", D, "draft", "2005-08-28"),
     M(K, "15 Oktober 2005", D, "ref", "2005-10-15"),
     M(K, "tiga provinsi", N, "threshold", 3),
     M(K, "18 provinsi", N, "provinces", 18),
     M(K, "15 Agustus", D, "deadline", "2005-08-15"),
     M(K, "15,5 juta warga", N, "registered", 15.5, cls="voters"),
     M(K, "15 Desember 2005", D, "election", "2005-12-15"),

     M(A, "Senin (17/10/2005)", D, "estimate", OCT17),
     M(A, "sekitar 61 persen", N, "turnout", 61, OCT17, qual="approx", cls="pct"),
     M(A, "Sabtu (15/10/2005)", D, "ref", "2005-10-15"),
     M(A, "16,5 juta", N, "registered", 16.5, cls="voters", planted=True),
     M(A, "58 persen", N, "jan_turnout", 58, cls="pct"),
     M(A, "dua provinsi", N, "sunni_named", 2),
     M(A, "15 Desember 2005", D, "election", "2005-12-15"),

     M(R, "78.59 percent", N, "yes", 78.59, OCT25, cls="pct"),
     M(R, "21.41 percent", N, "no", 21.41, OCT25, cls="pct"),
     M(R, "Oct. 15", D, "ref", "2005-10-15"),
     M(R, "Tuesday", D, "result", OCT25),
     M(R, "66 percent", N, "turnout", 66, OCT25, cls="pct", planted=True),
     M(R, "15.5 million", N, "registered", 15.5, cls="voters"),
     M(R, "two provinces", N, "rejected", 2),
     M(R, "96.96 percent", N, "anbar", 96.96, OCT25, cls="pct"),
     M(R, "81.75 percent", N, "salah", 81.75, OCT25, cls="pct"),
     M(R, "three", N, "threshold", 3),
     M(R, "55.08 percent", N, "nineveh", 55.08, OCT25, cls="pct"),
     M(R, "Dec. 15", D, "election", "2005-12-15"),
     M(R, "four months", N, "months", 4, cls="dur"),
     M(R, "Aug. 28", D, "draft", "2005-08-28"),

     M(T, "Kamis (15/12/2005)", D, "election", "2005-12-15"),
     M(T, "Sabtu (15/10/2005)", D, "ref", "2005-10-15"),
     M(T, "78,59 persen", N, "yes", 78.59, OCT25, cls="pct"),
     M(T, "21,41 persen", N, "no", 21.41, OCT25, cls="pct"),
     M(T, "63 persen", N, "turnout", 63, OCT25, cls="pct"),
     M(T, "Selasa (25/10/2005)", D, "result", OCT25),
     M(T, "61 persen", N, "turnout", 61, OCT17, cls="pct"),
     M(T, "dua hari", N, "days_est", 2, cls="dur"),
     M(T, "dua provinsi", N, "rejected", 2),
     M(T, "81,75 persen", N, "salah", 81.75, OCT25, cls="pct"),
     M(T, "96,96 persen", N, "anbar", 96.96, OCT25, cls="pct"),
     M(T, "Rabu (12/10/2005)", D, "deal", "2005-10-12"),
     M(T, "empat bulan", N, "months", 4, cls="dur"),
     M(T, "15,5 juta warga", N, "registered", 15.5, cls="voters"),
    ]
    build("iraq-charter-vote-2005", "Iraq's constitutional referendum of Saturday 15 October 2005: the draft handed to "
          "parliament on Sunday 28 August after the first deadline of 15 August; a last-minute deal with a Sunni party "
          "on Wednesday 12 October giving the new parliament four months to propose amendments; the commission's "
          "first turnout estimate of about 61% on Monday 17 October; the final result on Tuesday 25 October: 78.59% "
          "yes, 21.41% no, turnout 63% of about 15.5 million registered voters, two-thirds majorities against only in "
          "Anbar (96.96%) and Salahuddin (81.75%), Nineveh 55.08% no, one province short of the three needed to defeat "
          "it; the parliamentary election on Thursday 15 December 2005", False, ms, names)


def syria():
    R, K, A, G = "reuters-jun04", "kompas-jun05", "antara-jun06", "guardian-jun07"
    names = {
     "assad_pct": "Assad's share (%)", "nouri_pct": "al-Nouri's share (%)", "hajjar_pct": "Hajjar's share (%)",
     "turnout": "turnout (%)", "assad_votes": "votes for Assad", "nouri_votes": "votes for al-Nouri",
     "hajjar_votes": "votes for Hajjar", "cast": "voters who cast ballots", "eligible": "eligible voters",
     "term": "length of the term (years)", "extended": "hours polling was extended",
     # dates
     "vote": "day of the election", "announce": "day the result was announced", "abroad": "day Syrians abroad voted",
    }
    ms = [
     M(R, "seven-year", N, "term", 7, cls="yrs"),
     M(R, "88.7 percent", N, "assad_pct", 88.7, cls="pct"),
     M(R, "Wednesday", D, "announce", "2014-06-04"),
     M(R, "10,319,723 votes", N, "assad_votes", 10319723, cls="votes"),
     M(R, "Tuesday", D, "vote", "2014-06-03"),
     M(R, "4.3 percent", N, "nouri_pct", 4.3, cls="pct"),
     M(R, "500,279 votes", N, "nouri_votes", 500279, cls="votes"),
     M(R, "3.2 percent", N, "hajjar_pct", 3.2, cls="pct"),
     M(R, "372,301 votes", N, "hajjar_votes", 372301, cls="votes"),
     M(R, "73.42 percent", N, "turnout", 73.42, cls="pct"),
     M(R, "11,634,412", N, "cast", 11634412, cls="votes"),
     M(R, "15,845,575", N, "eligible", 15845575, cls="votes"),
     M(R, "five hours", N, "extended", 5, cls="hours"),
     M(R, "May 28", D, "abroad", "2014-05-28"),

     M(K, "tujuh tahun", N, "term", 7, cls="yrs"),
     M(K, "88,7 persen", N, "assad_pct", 88.7, cls="pct"),
     M(K, "Selasa (3/6/2014)", D, "vote", "2014-06-03"),
     M(K, "Rabu (4/6/2014)", D, "announce", "2014-06-04"),
     M(K, "10.319.723 suara", N, "assad_votes", 10319723, cls="votes"),
     M(K, "500.279 suara", N, "nouri_votes", 500279, cls="votes"),
     M(K, "4,3 persen", N, "nouri_pct", 4.3, cls="pct"),
     M(K, "372.301 suara", N, "hajjar_votes", 372301, cls="votes"),
     M(K, "3,2 persen", N, "hajjar_pct", 3.2, cls="pct"),
     M(K, "11.634.412 orang", N, "cast", 11634412, cls="votes"),
     M(K, "15.845.575 pemilih", N, "eligible", 15845575, cls="votes"),
     M(K, "73,42 persen", N, "turnout", 73.42, cls="pct"),
     M(K, "lima jam", N, "extended", 5, cls="hours"),
     M(K, "Rabu (28/5/2014)", D, "abroad", "2014-05-28"),

     M(A, "lebih dari 10,3 juta suara", N, "assad_votes", 10300000, qual="morethan", cls="votes"),
     M(A, "88,7 persen", N, "assad_pct", 88.7, cls="pct"),
     M(A, "Selasa (3/6/2014)", D, "vote", "2014-06-03"),
     M(A, "4,3 persen", N, "nouri_pct", 4.3, cls="pct"),
     M(A, "3,2 persen", N, "hajjar_pct", 3.2, cls="pct"),
     M(A, "Rabu (4/6/2014)", D, "announce", "2014-06-04"),
     M(A, "73,42 persen", N, "turnout", 73.42, cls="pct"),
     M(A, "15.845.575 pemilih", N, "eligible", 15845575, cls="votes"),
     M(A, "11.634.412 orang", N, "cast", 11634412, cls="votes"),
     M(A, "tujuh tahun", N, "term", 7, cls="yrs"),
     M(A, "lima jam", N, "extended", 5, cls="hours"),
     M(A, "28 Mei", D, "abroad", "2014-05-28"),

     M(G, "seven-year", N, "term", 7, cls="yrs"),
     M(G, "Tuesday", D, "vote", "2014-06-03"),
     M(G, "nearly 89 percent", N, "assad_pct", 89, qual="nearly", cls="pct"),
     M(G, "Wednesday", D, "announce", "2014-06-04"),
     M(G, "10,319,723 votes", N, "assad_votes", 10319723, cls="votes"),
     M(G, "500,279", N, "nouri_votes", 500279, cls="votes"),
     M(G, "372,301", N, "hajjar_votes", 372301, cls="votes"),
     M(G, "4.3 percent", N, "nouri_pct", 4.3, cls="pct"),
     M(G, "3.2 percent", N, "hajjar_pct", 3.2, cls="pct"),
     M(G, "73.42 percent", N, "turnout", 73.42, cls="pct"),
     M(G, "15,845,575 eligible voters", N, "eligible", 15845575, cls="votes"),
     M(G, "11,634,412 ballots", N, "cast", 11634412, cls="votes"),
     M(G, "May 28", D, "abroad", "2014-05-28"),
     M(G, "five hours", N, "extended", 5, cls="hours"),
    ]
    build("syria-presidential-2014", "Syria's presidential election of Tuesday 3 June 2014, the result announced by the "
          "parliament speaker Mohammad Jihad al-Laham on Wednesday 4 June 2014 (control): Bashar al-Assad 10,319,723 "
          "votes (88.7%), Hassan al-Nouri 500,279 (4.3%), Maher Hajjar 372,301 (3.2%); turnout 73.42%, 11,634,412 of "
          "15,845,575 eligible voters; a third seven-year term; polling extended by five hours; Syrians abroad voted on "
          "Wednesday 28 May. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    karrada()
    charter()
    syria()
