"""The hundred-and-forty-eighth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset148/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def tempi():
    R, K, AP, DT, T = "reuters-mar01", "kompas-mar02", "ap-mar03", "detik-mar04", "tempo-mar27"
    # the fire service's toll: at least 36 by midday on Wednesday 1 March, at least 40 that evening, 46 on Thursday
    # morning and 57 late on Thursday; the forensic service in Larissa had received 43 bodies on Wednesday evening
    # (a second body's count: sources). The fire service's injured: 85 in its first count of Wednesday morning,
    # lowered to 66 taken to hospital by late morning (a revision, as the record gives it), then 72; the later
    # hospital counts carry their article's day. The people in intensive care may fall.
    W06, W11, W20, T08, T22 = "2023-03-01 06:00", "2023-03-01 11:00", "2023-03-01 20:00", "2023-03-02 08:00", "2023-03-02 22:00"
    FS, FOR = "the fire service", "the forensic service"
    names = {
     "dead": "people killed", "passengers": "passengers on the passenger train", "crew": "crew on the passenger train",
     "freight_crew": "crew on the freight train", "onboard": "people on board the passenger train",
     "hospital": "injured people taken to hospital", "icu": "people in intensive care", "discharged": "people discharged",
     "burned": "carriages that caught fire", "bussed": "passengers taken on by bus", "temp": "temperature inside",
     "distance": "distance to Thessaloniki", "speed": "speed of the trains", "age": "the station master's age",
     "mourning": "days of national mourning",
     # dates
     "crash": "day of the collision", "statement": "day of the fire service's statement",
     "count_w": "day of Wednesday's count", "count_t": "day of Thursday's counts",
     "resigned": "day the minister resigned", "deadline": "day the station master was to testify",
     "apology": "day of the prime minister's apology", "sold": "year the operator was sold",
    }
    ms = [
     M(R, "At least 36 people", N, "dead", 36, W11, qual="atleast", src=FS),
     M(R, "Tuesday", D, "crash", "2023-02-28"),
     M(R, "Wednesday", D, "statement", "2023-03-01"),
     M(R, "342 passengers", N, "passengers", 342),
     M(R, "10 crew", N, "crew", 10),
     M(R, "two crew members", N, "freight_crew", 2),
     M(R, "85", N, "hospital", 85, W06, src=FS),
     M(R, "66 injured people", N, "hospital", 66, W11, src=FS),
     M(R, "six", N, "icu", 6, W11, fall=True),
     M(R, "at least three", N, "burned", 3, qual="atleast"),
     M(R, "1,300 degrees Celsius", N, "temp", 1300, cls="temp"),
     M(R, "About 250 passengers", N, "bussed", 250, qual="approx"),
     M(R, "130 km", N, "distance", 130, cls="km"),
     M(R, "59-year-old", N, "age", 59, cls="age"),
     M(R, "three days", N, "mourning", 3, cls="dur"),

     M(K, "Rabu (1/3/2023)", D, "count_w", "2023-03-01"),
     M(K, "sedikitnya 40 orang", N, "dead", 40, W20, qual="atleast", src=FS),
     M(K, "43 jenazah", N, "dead", 43, W20, src=FOR),
     M(K, "Senin (27/2/2023)", D, "crash", "2023-02-27", planted=True),
     M(K, "sekitar 350 penumpang", N, "passengers", 350, qual="approx"),
     M(K, "72 orang", N, "hospital", 72, "2023-03-02", src=FS),
     M(K, "enam", N, "icu", 6, "2023-03-02", fall=True),
     M(K, "59 tahun", N, "age", 59, cls="age"),
     M(K, "lebih dari 140 kilometer per jam", N, "speed", 140, qual="morethan", cls="speed"),
     M(K, "tiga hari", N, "mourning", 3, cls="dur"),

     M(AP, "57", N, "dead", 57, T22, src=FS),
     M(AP, "Thursday", D, "count_t", "2023-03-02"),
     M(AP, "46", N, "dead", 46, T08, src=FS),
     M(AP, "more than 350 people", N, "onboard", 352, qual="morethan"),
     M(AP, "Tuesday", D, "crash", "2023-02-28"),
     M(AP, "72 people", N, "hospital", 72, "2023-03-03", src=FS),
     M(AP, "15", N, "discharged", 15, "2023-03-03"),
     M(AP, "six", N, "icu", 6, "2023-03-03", fall=True),
     M(AP, "59", N, "age", 59, cls="age"),
     M(AP, "Saturday", D, "deadline", "2023-03-04"),
     M(AP, "Wednesday", D, "resigned", "2023-03-01"),

     M(DT, "75 orang", N, "dead", 75, T22, src=FS, planted=True),
     M(DT, "Kamis (2/3/2023)", D, "count_t", "2023-03-02"),
     M(DT, "46 orang", N, "dead", 46, T08, src=FS),
     M(DT, "Selasa (28/2/2023)", D, "crash", "2023-02-28"),
     M(DT, "15", N, "discharged", 15, "2023-03-04"),
     M(DT, "72 korban luka", N, "hospital", 72, "2023-03-04", src=FS),
     M(DT, "59 tahun", N, "age", 59, cls="age"),
     M(DT, "Sabtu (4/3/2023)", D, "deadline", "2023-03-04"),

     M(T, "Minggu (5/3/2023)", D, "apology", "2023-03-05"),
     M(T, "Selasa, 28 Februari 2023", D, "crash", "2023-02-28"),
     M(T, "57 orang", N, "dead", 57, T22, src=FS),
     M(T, "Kamis (2/3/2023)", D, "count_t", "2023-03-02"),
     M(T, "342 penumpang", N, "passengers", 342),
     M(T, "10 awak", N, "crew", 10),
     M(T, "59 tahun", N, "age", 59, cls="age"),
     M(T, "Rabu (1/3/2023)", D, "resigned", "2023-03-01"),
     M(T, "2017", D, "sold", "2017"),
    ]
    build("tempi-train-2023", "The Tempi train collision, Greece (shortly before midnight on Tuesday 28 February 2023): "
          "a passenger train from Athens to Thessaloniki with 342 passengers and 10 crew against a freight train; the "
          "fire service's toll of at least 36 by midday on Wednesday 1 March, at least 40 that evening (the forensic "
          "service had received 43 bodies), 46 on Thursday morning and 57 late on Thursday 2 March; 72 taken to "
          "hospital, six in intensive care, 15 discharged; the station master of Larissa (59) arrested, the transport "
          "minister's resignation on Wednesday 1 March, the prime minister's apology on Sunday 5 March", False, ms,
          names)


def marriage():
    R, K, DW, A = "reuters-jun27", "kompas-jul01", "dw-jul07", "antara-oct01"
    names = {
     "ayes": "votes for the bill in the Bundestag", "noes": "votes against the bill in the Bundestag",
     "abst": "abstentions in the Bundestag", "cast": "votes cast in the Bundestag",
     "cons_yes": "conservatives voting for the bill", "states": "federal states",
     "poll": "share of Germans in favour", "days": "days from the chancellor's remark to the vote",
     "months": "months from publication to entry into force", "together": "years the first couple had been together",
     # dates
     "bt_vote": "day of the Bundestag's vote", "br_vote": "day of the Bundesrat's vote",
     "remark": "day of the chancellor's remark", "schulz": "day of the SPD leader's call",
     "election": "day of the federal election", "partnership": "year registered partnerships began",
     "signed": "day the president signed the law", "in_force": "day the law took effect",
    }
    ms = [
     M(R, "Friday", D, "bt_vote", "2017-06-30"),
     M(R, "Monday", D, "remark", "2017-06-26"),
     M(R, "Tuesday", D, "schulz", "2017-06-27"),
     M(R, "Friday", D, "bt_vote", "2017-06-30", occ=2),
     M(R, "Sept. 24", D, "election", "2017-09-24"),
     M(R, "2001", D, "partnership", "2001"),
     M(R, "about 80 percent", N, "poll", 80, qual="approx", cls="pct"),
     M(R, "16 federal states", N, "states", 16),

     M(K, "Jumat (30/6/2017)", D, "bt_vote", "2017-06-30"),
     M(K, "623 suara", N, "cast", 623),
     M(K, "393", N, "ayes", 393),
     M(K, "226", N, "noes", 226),
     M(K, "empat", N, "abst", 4),
     M(K, "empat hari", N, "days", 4, cls="dur"),
     M(K, "Senin (26/6/2017)", D, "remark", "2017-06-26"),
     M(K, "Lebih dari 70 anggota", N, "cons_yes", 70, qual="morethan"),
     M(K, "16 negara bagian", N, "states", 16),
     M(K, "Jumat (7/7/2017)", D, "br_vote", "2017-07-07"),
     M(K, "2001", D, "partnership", "2001"),

     M(DW, "Friday", D, "br_vote", "2017-07-07"),
     M(DW, "June 30", D, "bt_vote", "2017-06-30"),
     M(DW, "393 votes", N, "ayes", 393),
     M(DW, "226", N, "noes", 226),
     M(DW, "four abstentions", N, "abst", 4),
     M(DW, "three months", N, "months", 3, cls="dur"),
     M(DW, "2001", D, "partnership", "2001"),
     M(DW, "June 26", D, "remark", "2017-06-26"),
     M(DW, "Sept. 24", D, "election", "2017-09-24"),

     M(A, "Minggu (1/10/2017)", D, "in_force", "2017-10-01"),
     M(A, "38 tahun", N, "together", 38, cls="dur"),
     M(A, "30 Juni", D, "bt_vote", "2017-06-30"),
     M(A, "393 suara", N, "ayes", 393),
     M(A, "262", N, "noes", 262, planted=True),
     M(A, "7 Juli", D, "br_vote", "2017-07-07"),
     M(A, "20 Juli 2017", D, "signed", "2017-07-20"),
     M(A, "2001", D, "partnership", "2001"),
     M(A, "Juni", D, "bt_vote", "2017-06", occ=2),
     M(A, "24 September 2017", D, "election", "2017-09-24"),
    ]
    build("germany-marriage-2017", "Germany opens marriage to same-sex couples: the chancellor's remark of Monday 26 "
          "June 2017 that it was a question of conscience; the Bundestag's vote of Friday 30 June (393 for, 226 "
          "against, 4 abstentions, 623 cast); the Bundesrat's approval on Friday 7 July; the president's signature on "
          "20 July; the law in force on Sunday 1 October 2017; registered partnerships since 2001; the federal "
          "election of 24 September 2017", False, ms, names)


def shell():
    R, G, B, K = "reuters-feb02", "guardian-feb03", "bisnis-feb04", "kontan-feb06"
    names = {
     "e22": "adjusted earnings in 2022 (billion dollars)", "e21": "adjusted earnings in 2021 (billion dollars)",
     "q4": "adjusted earnings in the fourth quarter (billion dollars)",
     "q3": "adjusted earnings in the third quarter (billion dollars)", "buyback": "the share buyback (billion dollars)",
     "cfo": "cash flow from operations in 2022 (billion dollars)", "debt": "net debt at the end of 2022 (billion dollars)",
     "debt_sep": "net debt at the end of September (billion dollars)",
     "income": "income attributable to shareholders (billion dollars)",
     "div_rise": "rise in the dividend", "gearing": "gearing at the end of 2022", "gearing_sep": "gearing at the end of September",
     "dps": "the quarterly dividend per share (cents)",
     # dates
     "results": "day of the results", "y22": "the year of the results", "y21": "the year before",
     "dec_end": "end of December 2022", "sep_end": "end of September 2022", "ceo": "day the new chief executive took over",
     "others": "the year of the other companies' records",
    }
    ms = [
     M(R, "Thursday", D, "results", "2023-02-02"),
     M(R, "$39.9 billion", N, "e22", 39.9, cls="usdbn"),
     M(R, "2022", D, "y22", "2022"),
     M(R, "$19.3 billion", N, "e21", 19.3, cls="usdbn"),
     M(R, "2021", D, "y21", "2021"),
     M(R, "$9.8 billion", N, "q4", 9.8, cls="usdbn"),
     M(R, "$9.5 billion", N, "q3", 9.5, cls="usdbn"),
     M(R, "15%", N, "div_rise", 15, cls="pct"),
     M(R, "28.75 cents", N, "dps", 28.75, cls="cents"),
     M(R, "$4 billion", N, "buyback", 4, cls="usdbn"),
     M(R, "$68.4 billion", N, "cfo", 68.4, cls="usdbn"),
     M(R, "$44.8 billion", N, "debt", 44.8, cls="usdbn"),
     M(R, "December", D, "dec_end", "2022-12"),
     M(R, "$48.3 billion", N, "debt_sep", 48.3, cls="usdbn"),
     M(R, "18.9%", N, "gearing", 18.9, cls="pct"),
     M(R, "20.3%", N, "gearing_sep", 20.3, cls="pct"),
     M(R, "September", D, "sep_end", "2022-09"),
     M(R, "$42.3 billion", N, "income", 42.3, cls="usdbn"),
     M(R, "Jan. 1", D, "ceo", "2023-01-01"),

     M(G, "$39.9bn", N, "e22", 39.9, cls="usdbn"),
     M(G, "2022", D, "y22", "2022"),
     M(G, "$19.3bn", N, "e21", 19.3, cls="usdbn"),
     M(G, "Thursday", D, "results", "2023-02-02"),
     M(G, "$9.8bn", N, "q4", 9.8, cls="usdbn"),
     M(G, "$9.5bn", N, "q3", 9.5, cls="usdbn"),
     M(G, "15%", N, "div_rise", 15, cls="pct"),
     M(G, "28.75 cents", N, "dps", 28.75, cls="cents"),
     M(G, "$4bn", N, "buyback", 4, cls="usdbn"),
     M(G, "$68.4bn", N, "cfo", 68.4, cls="usdbn"),
     M(G, "$44.8bn", N, "debt", 44.8, cls="usdbn"),
     M(G, "18.9%", N, "gearing", 18.9, cls="pct"),
     M(G, "December", D, "dec_end", "2022-12"),
     M(G, "January", D, "ceo", "2023-01"),

     M(B, "US$39,9 miliar", N, "e22", 39.9, cls="usdbn"),
     M(B, "2022", D, "y22", "2022"),
     M(B, "US$19,3 miliar", N, "e21", 19.3, cls="usdbn"),
     M(B, "2021", D, "y21", "2021"),
     M(B, "Kamis (2/2/2023)", D, "results", "2023-02-02"),
     M(B, "US$9,8 miliar", N, "q4", 9.8, cls="usdbn"),
     M(B, "US$9,5 miliar", N, "q3", 9.5, cls="usdbn"),
     M(B, "15%", N, "div_rise", 15, cls="pct"),
     M(B, "28,75 sen", N, "dps", 28.75, cls="cents"),
     M(B, "US$4 miliar", N, "buyback", 4, cls="usdbn"),
     M(B, "US$68,4 miliar", N, "cfo", 68.4, cls="usdbn"),
     M(B, "US$44,8 miliar", N, "debt", 44.8, cls="usdbn"),
     M(B, "18,9%", N, "gearing", 18.9, cls="pct"),
     M(B, "20,3%", N, "gearing_sep", 20.3, cls="pct"),
     M(B, "US$42,3 miliar", N, "income", 42.3, cls="usdbn"),
     M(B, "1 Januari 2023", D, "ceo", "2023-01-01"),

     M(K, "Kamis, 2 Februari 2023", D, "results", "2023-02-02"),
     M(K, "2022", D, "y22", "2022"),
     M(K, "39,9 miliar dolar AS", N, "e22", 39.9, cls="usdbn"),
     M(K, "19,3 miliar dolar AS", N, "e21", 19.3, cls="usdbn"),
     M(K, "9,8 miliar dolar AS", N, "q4", 9.8, cls="usdbn"),
     M(K, "15%", N, "div_rise", 15, cls="pct"),
     M(K, "US$ 0,2875 per saham", N, "dps", 28.75, qual="unit", cls="cents"),
     M(K, "4 miliar dolar AS", N, "buyback", 4, cls="usdbn"),
     M(K, "44,8 miliar dolar AS", N, "debt", 44.8, cls="usdbn"),
     M(K, "48,3 miliar dolar AS", N, "debt_sep", 48.3, cls="usdbn"),
     M(K, "September", D, "sep_end", "2022-09"),
     M(K, "18,9%", N, "gearing", 18.9, cls="pct"),
     M(K, "68,4 miliar dolar AS", N, "cfo", 68.4, cls="usdbn"),
     M(K, "42,3 miliar dolar AS", N, "income", 42.3, cls="usdbn"),
     M(K, "Januari", D, "ceo", "2023-01"),
     M(K, "2022", D, "others", "2022", occ=2),
    ]
    build("shell-results-2023", "Shell's results for 2022 (control), announced on Thursday 2 February 2023: adjusted "
          "earnings of $39.9 billion against $19.3 billion in 2021, $9.8 billion in the fourth quarter against $9.5 "
          "billion in the third; the dividend raised 15% to 28.75 cents; a $4 billion buyback; cash flow from "
          "operations $68.4 billion; net debt $44.8 billion (from $48.3 billion at the end of September), gearing 18.9% "
          "(from 20.3%); income attributable to shareholders $42.3 billion; Wael Sawan chief executive since 1 January "
          "2023. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    tempi()
    marriage()
    shell()
