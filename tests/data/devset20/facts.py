"""The twentieth development set's labels, produced from a table of facts (never from the checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset20/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def soma():
    R, K, B, T, A = "reuters-may14", "kompas-may15", "bbc-may17", "tempo-may20", "anadolu-jul11-2018"
    OFF, OPP = "the authorities", "opposition politicians"  # the official toll against the opposition's estimate
    names = {
     "dead": "death toll of the Soma mine fire", "under": "workers underground when the fire broke out",
     "out": "miners brought out alive (survivors)", "injured": "miners injured", "trapped": "miners still trapped",
     "mourn": "days of national mourning", "zong": "dead in the 1992 Zonguldak explosion",
     "lasttwo": "the last bodies recovered", "searchdays": "days from the fire to the end of the search",
     "detained": "people detained by police", "arrested": "people the court ordered held",
     "convicted": "defendants convicted", "defendants": "defendants tried", "acquitted": "defendants acquitted",
     "t_gurkan": "prison term of the operator's chairman", "t_dogru": "prison term of the general manager",
     "t_celik": "prison term of the technical manager", "hearings": "years of hearings",
     "yearsago": "years between the fire and the verdict",
     # dates
     "fire": "day of the explosion and fire", "day274": "day the minister gave 274 dead",
     "visit": "day Erdogan visited Soma", "y1992": "year of the Zonguldak explosion", "day282": "day of the 282 count",
     "fireout": "day the fire in the gallery was put out", "strike": "day of the unions' strike",
     "searchend": "day the search ended", "day284": "day of the 284 count", "blaze2": "day of the fresh blaze",
     "march": "day of the march in Soma", "inspected": "month of the mine's last inspection",
     "detain": "day of the detentions", "court": "day the court ordered eight held",
     "verdict": "day of the verdict", "trialopen": "month the trial opened",
    }
    ms = [
     M(R, "274", N, "dead", 274, "2014-05-14T20", "atleast", src=OFF),
     M(R, "157", N, "dead", 157, "2014-05-14T08", src=OFF),
     M(R, "201", N, "dead", 201, "2014-05-14T12", src=OFF),
     M(R, "245", N, "dead", 245, "2014-05-14T16", src=OFF),
     M(R, "787 workers", N, "under", 787),
     M(R, "nearly 450 miners", N, "out", 450, "2014-05-14", "nearly"),
     M(R, "88", N, "injured", 88, "2014-05-14"),
     M(R, "three days", N, "mourn", 3, cls="dur"),
     M(R, "263 workers", N, "zong", 263),
     M(R, "Wednesday", D, "day274", "2014-05-14"),
     M(R, "Tuesday", D, "fire", "2014-05-13"),
     M(R, "Wednesday", D, "visit", "2014-05-14", occ=2),
     M(R, "1992", D, "y1992", "1992"),

     M(K, "282 orang", N, "dead", 282, "2014-05-15", src=OFF),
     M(K, "18 pekerja", N, "trapped", 18, "2014-05-15", "approx", fall=True),
     M(K, "787 pekerja", N, "under", 787),
     M(K, "80 orang", N, "injured", 80, "2014-05-15"),
     M(K, "88 orang", N, "injured", 88, "2014-05-14"),
     M(K, "263 pekerja", N, "zong", 263),
     M(K, "tiga hari", N, "mourn", 3, cls="dur"),
     M(K, "Kamis (15/5/2014)", D, "day282", "2014-05-15"),
     M(K, "Rabu (14/5/2014)", D, "fire", "2014-05-14", planted=True),
     M(K, "Kamis", D, "fireout", "2014-05-15", occ=2),
     M(K, "Kamis", D, "strike", "2014-05-15", occ=3),
     M(K, "1992", D, "y1992", "1992"),

     M(B, "301", N, "dead", 301, "final", src=OFF),
     M(B, "two bodies", N, "lasttwo", 2),
     M(B, "four days", N, "searchdays", 4, cls="dur"),
     M(B, "284", N, "dead", 284, "2014-05-16T20", src=OFF),
     M(B, "486", N, "out", 486, "final"),
     M(B, "787 workers", N, "under", 787),
     M(B, "340", N, "dead", 340, "final", "morethan", src=OPP),
     M(B, "263 deaths", N, "zong", 263),
     M(B, "Saturday", D, "searchend", "2014-05-17"),
     M(B, "Tuesday", D, "fire", "2014-05-13"),
     M(B, "Friday", D, "day284", "2014-05-16"),
     M(B, "Saturday", D, "blaze2", "2014-05-17", occ=2),
     M(B, "Friday", D, "march", "2014-05-16", occ=2),
     M(B, "March", D, "inspected", "2014-03"),
     M(B, "1992", D, "y1992", "1992"),

     M(T, "delapan orang", N, "arrested", 8),
     M(T, "301 pekerja", N, "dead", 301, "final", src=OFF),
     M(T, "25 orang", N, "detained", 25),
     M(T, "878 pekerja", N, "under", 878, planted=True),
     M(T, "486 orang", N, "out", 486, "final"),
     M(T, "dua jenazah", N, "lasttwo", 2),
     M(T, "Minggu (18/5/2014)", D, "detain", "2014-05-18"),
     M(T, "Senin (19/5/2014)", D, "court", "2014-05-19"),
     M(T, "Selasa (13/5/2014)", D, "fire", "2014-05-13"),
     M(T, "Sabtu", D, "searchend", "2014-05-17"),

     M(A, "14", N, "convicted", 14),
     M(A, "51 defendants", N, "defendants", 51),
     M(A, "301 workers", N, "dead", 301, "final", src=OFF),
     M(A, "37", N, "acquitted", 37),
     M(A, "four years", N, "yearsago", 4, cls="dur"),
     M(A, "15 years", N, "t_gurkan", 15, cls="dur"),
     M(A, "22 years and six months", N, "t_dogru", 22.5, cls="dur"),
     M(A, "18 years and nine months", N, "t_celik", 18.75, cls="dur"),
     M(A, "162 miners", N, "injured", 162, "final"),
     M(A, "three years", N, "hearings", 3, "2018-07-11", "morethan", cls="dur"),
     M(A, "787 workers", N, "under", 787),
     M(A, "Wednesday", D, "verdict", "2018-07-11"),
     M(A, "April 2015", D, "trialopen", "2015-04"),
     M(A, "May 13, 2014", D, "fire", "2014-05-13"),
    ]
    build("soma-mine-2014", "Soma coal mine fire, Manisa, Turkey (Tuesday 13 May 2014): 787 workers underground, the "
          "official toll rising over four days (157 -> 201 -> 245 -> 274 -> 282 -> 284 -> 301) against an opposition "
          "estimate of more than 340, the injured corrected down from 88 to 80 and 162 in the end, nearly 450 and then "
          "486 brought out alive, 18 still trapped, the 1992 Zonguldak explosion (263) recalled; 25 detained and 8 "
          "held by a court on different days, a verdict four years later (14 of 51 convicted, 37 acquitted, terms of "
          "15 to 22.5 years); dates of the fire, statements, a visit, a strike, a march, the search's end",
          False, ms, names)


def chile():
    R, K, G, C = "reuters-sep04", "kompas-sep05", "theguardian-sep06", "cnnindonesia-dec18-2023"
    names = {
     "rech_share": "share for rejection (rechazo) in 2022", "apr_share": "share for approval (apruebo) in 2022",
     "rech_votes": "votes for rejection in 2022", "apr_votes": "votes for approval in 2022",
     "counted": "share of polling tables counted", "voters": "voters in 2022", "eligible": "voters eligible in 2022",
     "turnout": "turnout in 2022", "articles": "articles of the first draft", "members": "members of the convention",
     "regions": "regions where rejection won", "share2020": "share for a new constitution in the 2020 plebiscite",
     "turnout2020": "turnout in the 2020 plebiscite", "gap": "days between the referendum and the reshuffle",
     "age": "Boric's age", "approval": "Boric's approval rating", "against2023": "share against the second draft (2023)",
     "for2023": "share for the second draft (2023)", "experts": "experts appointed by Congress",
     "months": "months between the rejection and the new agreement",
     # dates
     "vote": "day of the 2022 referendum", "pleb2020": "month of the 2020 plebiscite",
     "meeting": "day Boric met party leaders", "handover": "day the draft was handed to Boric",
     "speech": "day of Boric's address on the 2022 result", "y1980": "year of the current constitution",
     "reshuffle": "day of the cabinet reshuffle", "office": "month Boric took office",
     "vote2023": "day of the 2023 referendum", "council": "month the constitutional council was elected",
     "agreement": "day the parties agreed on a new process", "termend": "month Boric's term ends",
     "speech2023": "day of Boric's address on the 2023 result",
    }
    FIN = "final"
    ms = [
     M(R, "99.9%", N, "counted", 99.9, "2022-09-04T22", cls="pct"),
     M(R, "61.9%", N, "rech_share", 61.9, FIN, "approx", cls="pct", fall=True),
     M(R, "38.1%", N, "apr_share", 38.1, FIN, "approx", cls="pct", fall=True),
     M(R, "48%", N, "counted", 48, "2022-09-04T19", cls="pct"),
     M(R, "62.6%", N, "rech_share", 62.6, "2022-09-04T19", cls="pct", fall=True),
     M(R, "3.8 million votes", N, "rech_votes", 3.8e6, "2022-09-04T19", "approx"),
     M(R, "13 million", N, "voters", 13e6, qual="morethan"),
     M(R, "15.1 million", N, "eligible", 15.1e6, qual="approx"),
     M(R, "388", N, "articles", 388),
     M(R, "155", N, "members", 155),
     M(R, "16 regions", N, "regions", 16),
     M(R, "78%", N, "share2020", 78, qual="approx", cls="pct"),
     M(R, "51%", N, "turnout2020", 51, qual="approx", cls="pct"),
     M(R, "Sunday", D, "vote", "2022-09-04"),
     M(R, "October 2020", D, "pleb2020", "2020-10"),
     M(R, "Monday", D, "meeting", "2022-09-05"),

     M(K, "61,86 persen", N, "rech_share", 61.86, FIN, cls="pct", fall=True),
     M(K, "7.882.958 suara", N, "rech_votes", 7882958, FIN),
     M(K, "38,14 persen", N, "apr_share", 38.14, FIN, cls="pct", fall=True),
     M(K, "4.860.093 suara", N, "apr_votes", 4860093, FIN),
     M(K, "99,99 persen", N, "counted", 99.99, "2022-09-04T23", cls="pct"),
     M(K, "85,8 persen", N, "turnout", 85.8, cls="pct"),
     M(K, "388 pasal", N, "articles", 388),
     M(K, "155 orang", N, "members", 155),
     M(K, "78,28 persen", N, "share2020", 78.28, cls="pct"),
     M(K, "Minggu (4/9/2022)", D, "vote", "2022-09-04"),
     M(K, "4 Juli 2022", D, "handover", "2022-07-04"),
     M(K, "Oktober 2020", D, "pleb2020", "2020-10"),
     M(K, "Senin (5/9/2022)", D, "meeting", "2022-09-05"),
     M(K, "Minggu malam", D, "speech", "2022-09-04"),
     M(K, "1980", D, "y1980", "1980"),

     M(G, "two days", N, "gap", 2, cls="dur"),
     M(G, "62%", N, "rech_share", 62, FIN, "nearly", cls="pct", fall=True),
     M(G, "7.8 million", N, "rech_votes", 7.8e6, FIN, "morethan"),
     M(G, "86%", N, "turnout", 86, qual="nearly", cls="pct"),
     M(G, "78%", N, "share2020", 78, qual="approx", cls="pct"),
     M(G, "155 members", N, "members", 155),
     M(G, "388 articles", N, "articles", 388),
     M(G, "36", N, "age", 36, cls="age"),
     M(G, "33%", N, "approval", 33, qual="approx", cls="pct"),
     M(G, "Tuesday", D, "reshuffle", "2022-09-06"),
     M(G, "Sunday", D, "vote", "2022-09-04"),
     M(G, "October 2020", D, "pleb2020", "2020-10"),
     M(G, "4 June", D, "handover", "2022-06-04", planted=True),
     M(G, "Monday", D, "meeting", "2022-09-05"),
     M(G, "March", D, "office", "2022-03"),

     M(C, "55,76 persen", N, "against2023", 55.76, cls="pct"),
     M(C, "44,24 persen", N, "for2023", 44.24, cls="pct"),
     M(C, "24 pakar", N, "experts", 24),
     M(C, "tiga bulan", N, "months", 3, cls="dur"),
     M(C, "61,86 persen", N, "rech_share", 61.86, FIN, cls="pct", fall=True),
     M(C, "155 orang", N, "members", 155),
     M(C, "388 pasal", N, "articles", 388),
     M(C, "Minggu (17/12/2023)", D, "vote2023", "2023-12-17"),
     M(C, "Mei 2023", D, "council", "2023-05"),
     M(C, "12 Desember 2022", D, "agreement", "2022-12-12"),
     M(C, "4 September 2022", D, "vote", "2022-09-04"),
     M(C, "4 Juli 2022", D, "handover", "2022-07-04"),
     M(C, "Maret 2026", D, "termend", "2026-03"),
     M(C, "Minggu malam", D, "speech2023", "2023-12-17"),
     M(C, "1980", D, "y1980", "1980"),
    ]
    build("chile-referendum-2022", "Chile's constitutional referendum (Sunday 4 September 2022): rejection 61.86% "
          "(7,882,958 votes) against approval 38.14% (4,860,093), rejection's share of a partial count falling from "
          "62.6% and its votes rising from about 3.8 million as tables were counted (48% -> 99.9% -> 99.99%), turnout "
          "85.8% of about 15.1 million under compulsory voting, the 388-article draft of a 155-member convention "
          "handed over on 4 July 2022, the 2020 plebiscite (about 78%, turnout about 51%) and the second rejection "
          "of 17 December 2023 (55.76% against 44.24%) recalled; dates of the vote, an address, a meeting, a "
          "reshuffle, an agreement and a council's election", False, ms, names)


def final():
    R, K, B, E = "reuters-aug20", "kompas-aug21", "bolacom-aug22", "espn-aug23"
    names = {
     "minute": "minute of Carmona's goal", "crowd": "attendance at the final", "matches": "matches of the tournament",
     "teams": "teams at the tournament", "goals": "Miyazawa's goals", "total_crowd": "attendance over the tournament",
     "fed": "prize money to Spain's federation", "player": "prize money per Spanish player",
     "pot": "prize money of the tournament", "eng_player": "prize money per English player",
     "weeks": "weeks between the loss to Japan and the final",
     # dates
     "final": "day of the final", "semi": "day of Spain's semi-final", "y2010": "year of Spain's men's title",
     "y1966": "year of England's men's title", "home": "day of Spain's homecoming in Madrid",
     "y2019": "year of the previous tournament and its final",
    }
    ms = [
     M(R, "29th minute", N, "minute", 29, cls="minute"),
     M(R, "75,784", N, "crowd", 75784),
     M(R, "64 matches", N, "matches", 64),
     M(R, "32 teams", N, "teams", 32),
     M(R, "five goals", N, "goals", 5),
     M(R, "Sunday", D, "final", "2023-08-20"),
     M(R, "2010", D, "y2010", "2010"),
     M(R, "1966", D, "y1966", "1966"),
     M(R, "Tuesday", D, "semi", "2023-08-15"),

     M(K, "menit ke-29", N, "minute", 29, cls="minute"),
     M(K, "75.784 penonton", N, "crowd", 75784),
     M(K, "4,29 juta dolar AS", N, "fed", 4.29e6, cls="money"),
     M(K, "270.000 dolar AS", N, "player", 270000, cls="money"),
     M(K, "110 juta dolar AS", N, "pot", 110e6, cls="money"),
     M(K, "Minggu (20/8/2023)", D, "final", "2023-08-20"),
     M(K, "2010", D, "y2010", "2010"),
     M(K, "2019", D, "y2019", "2019"),
     M(K, "Senin (21/8/2023)", D, "home", "2023-08-21"),

     M(B, "menit ke-29", N, "minute", 29, cls="minute"),
     M(B, "75.784 orang", N, "crowd", 75784),
     M(B, "32 negara", N, "teams", 32),
     M(B, "lima gol", N, "goals", 5),
     M(B, "64 pertandingan", N, "matches", 64),
     M(B, "2 juta", N, "total_crowd", 2e6, qual="nearly"),
     M(B, "Minggu (20/8/2023)", D, "final", "2023-08-20"),
     M(B, "Selasa (15/8/2023)", D, "semi", "2023-08-15"),
     M(B, "Senin (21/8/2023)", D, "home", "2023-08-21"),

     M(E, "three weeks", N, "weeks", 3, qual="nearly", cls="dur"),
     M(E, "29th", N, "minute", 29, cls="minute"),
     M(E, "75,784", N, "crowd", 75784),
     M(E, "2 million", N, "total_crowd", 2e6, qual="nearly"),
     M(E, "64 matches", N, "matches", 64),
     M(E, "$110 million", N, "pot", 110e6, cls="money"),
     M(E, "$4.29 million", N, "fed", 4.29e6, cls="money"),
     M(E, "$270,000", N, "player", 270000, cls="money"),
     M(E, "$195,000", N, "eng_player", 195000, cls="money"),
     M(E, "Sunday", D, "final", "2023-08-20"),
     M(E, "2010", D, "y2010", "2010"),
     M(E, "2019", D, "y2019", "2019"),
     M(E, "Monday", D, "home", "2023-08-21"),
    ]
    build("womens-world-cup-final-2023", "The 2023 Women's World Cup final (control): Spain beat England 1-0 at "
          "Stadium Australia, Sydney, on Sunday 20 August 2023 (Carmona, 29th minute; 75,784 spectators), the last of "
          "64 matches of the first 32-team tournament (nearly 2 million spectators in all); prize money of $110 "
          "million, $4.29 million to Spain's federation and $270,000 to each Spanish player; the semi-final, the "
          "homecoming, earlier titles recalled on their own days and years. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    soma()
    chile()
    final()
