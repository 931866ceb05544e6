"""The two-hundred-and-fifteenth development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset215/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def amenas():
    R, K, A, T = "reuters-jan17", "kompas-jan19", "ap-jan20", "tempo-feb11"
    # as-of times of the running tallies: Wednesday 16 January 2013 (the two killed in the first attack), Thursday 17
    # January (the kidnappers' claim after the helicopter strike), Friday 18 January (APS's provisional 12 hostages
    # and 18 militants, 573 Algerians freed, about 100 of the foreigners freed), Saturday 19 January (the interior
    # ministry's 23 hostages and 32 militants, 685 Algerians and 107 foreigners freed), Monday 21 January (the prime
    # minister's 37 foreigners and one Algerian, 38 in all; 29 militants killed and three captured; five missing).
    # tempo-feb11 recalls the prime minister's Monday figures three weeks on (their as-of time stays Monday 21 January).
    # The hostages dead: the Algerian government's counts (APS's security source, the interior ministry, the prime
    # minister) against the kidnappers' claim of 34 (sources). The militants killed: 32 on Saturday -> 29 on Monday
    # is the government's own count corrected down (revision); the kidnappers' claim of 15 is another source.
    # The number of foreigners seized (132, by APS) does not change with the report; the planted "123" is a digit
    # swap. The final assault was on Saturday 19 January; the planted "Minggu (20/1/2013)" is a day late.
    WED, THU, FRI, SAT, MON = "2013-01-16", "2013-01-17", "2013-01-18", "2013-01-19", "2013-01-21"
    GOV, MIL = "the Algerian government", "the kidnappers"
    names = {
     "dead": "hostages and workers killed", "mil_dead": "militants killed", "foreign_held": "foreigners held",
     "us_held": "Americans held", "alg_freed": "Algerian workers freed", "for_freed": "foreign hostages freed",
     "for_seized": "foreigners seized", "for_unknown": "foreigners whose fate was unknown",
     "still_held": "foreign hostages the kidnappers still held", "final_mil": "militants killed in the final assault",
     "final_host": "hostages killed in the final assault", "dead_foreign": "foreigners killed",
     "dead_alg": "Algerians killed", "captured": "militants captured", "missing": "foreigners missing",
     "mil_total": "militants in the attacking group", "tunisians": "Tunisians among the militants",
     "alg_mil": "Algerians among the militants", "canadians": "Canadians among the militants",
     "unidentified": "foreign dead not yet identified", "japan_dead": "Japanese confirmed dead",
     "japan_missing": "Japanese still missing",
     "nations": "nationalities of the foreign dead",
     # dates
     "attack": "day of the attack", "assault1": "day the army first attacked", "final": "day of the final assault",
     "mali": "day France began its offensive in Mali", "asof_fri": "day of APS's count of 12",
     "asof_sat": "day of the interior ministry's count", "asof_mon": "day of the prime minister's count",
     "search": "day search teams combed the plant for bodies",
    }
    ms = [
     M(R, "Thursday", D, "assault1", THU),
     M(R, "Wednesday", D, "attack", WED),
     M(R, "two people", N, "dead", 2, WED, src=GOV),
     M(R, "41 foreigners", N, "foreign_held", 41, WED, src=MIL),
     M(R, "seven of them Americans", N, "us_held", 7, WED, src=MIL),
     M(R, "Jan. 11", D, "mali", "2013-01-11"),
     M(R, "34 hostages", N, "dead", 34, THU, src=MIL),
     M(R, "15 of their own fighters", N, "mil_dead", 15, THU, src=MIL),
     M(R, "Thursday", D, "assault1", THU, occ=2),

     M(K, "12 sandera", N, "dead", 12, FRI, src=GOV),
     M(K, "Jumat (18/1/2013)", D, "asof_fri", FRI),
     M(K, "18 anggota kelompok penyandera", N, "mil_dead", 18, FRI, src=GOV),
     M(K, "573 pekerja Aljazair", N, "alg_freed", 573, FRI),
     M(K, "sekitar 100", N, "for_freed", 100, FRI, qual="approx"),
     M(K, "123 sandera asing", N, "for_seized", 123, planted=True),
     M(K, "sekitar 30 pekerja asing", N, "for_unknown", 30, FRI, qual="approx"),
     M(K, "Jumat malam", D, "asof_fri", FRI),
     M(K, "Rabu (16/1/2013)", D, "attack", WED),
     M(K, "Kamis (17/1/2013)", D, "assault1", THU),
     M(K, "34 sandera", N, "dead", 34, THU, src=MIL),
     M(K, "tujuh sandera asing", N, "still_held", 7, FRI, src=MIL),

     M(A, "Saturday", D, "asof_sat", SAT),
     M(A, "23 hostages", N, "dead", 23, SAT, src=GOV),
     M(A, "32 militants", N, "mil_dead", 32, SAT, src=GOV),
     M(A, "Saturday", D, "final", SAT, occ=2),
     M(A, "11 of the attackers", N, "final_mil", 11, SAT),
     M(A, "seven hostages", N, "final_host", 7, SAT),
     M(A, "685 Algerian", N, "alg_freed", 685, SAT),
     M(A, "107 foreign workers", N, "for_freed", 107, SAT),
     M(A, "12 hostages", N, "dead", 12, FRI, src=GOV),
     M(A, "18 militants", N, "mil_dead", 18, FRI, src=GOV),
     M(A, "Friday", D, "asof_fri", FRI),
     M(A, "Wednesday", D, "attack", WED),
     M(A, "Thursday", D, "assault1", THU),
     M(A, "132 foreigners", N, "for_seized", 132),
     M(A, "Sunday", D, "search", "2013-01-20"),

     M(T, "37 warga asing", N, "dead_foreign", 37, MON),
     M(T, "delapan negara", N, "nations", 8, MON),
     M(T, "satu warga Aljazair", N, "dead_alg", 1, MON),
     M(T, "38 orang", N, "dead", 38, MON, src=GOV),
     M(T, "Senin (21/1/2013)", D, "asof_mon", MON),
     M(T, "29 penyerang", N, "mil_dead", 29, MON, src=GOV),
     M(T, "tiga lainnya", N, "captured", 3, MON),
     M(T, "lima warga asing", N, "missing", 5, MON),
     M(T, "32 orang", N, "mil_total", 32, MON),
     M(T, "11 warga Tunisia", N, "tunisians", 11, MON),
     M(T, "tiga warga Aljazair", N, "alg_mil", 3, MON),
     M(T, "dua warga Kanada", N, "canadians", 2, MON),
     M(T, "tujuh dari korban asing", N, "unidentified", 7, MON),
     M(T, "Sabtu (19/1/2013)", D, "asof_sat", SAT),
     M(T, "32 penyerang", N, "mil_dead", 32, SAT, src=GOV),
     M(T, "Minggu (20/1/2013)", D, "final", "2013-01-20", planted=True),
     M(T, "Rabu (16/1/2013)", D, "attack", WED),
     M(T, "tujuh warganya", N, "japan_dead", 7, MON),
     M(T, "tiga lainnya", N, "japan_missing", 3, MON, occ=2),
    ]
    build("in-amenas-2013", "The hostage crisis at the Tiguentourine gas plant near In Amenas, Algeria (Wednesday 16 to "
          "Saturday 19 January 2013): two killed in the first attack; the kidnappers' claim of 34 hostages and 15 of "
          "their own killed in the army's assault of Thursday 17 January; APS's provisional 12 hostages and 18 "
          "militants on Friday 18 January (573 Algerians and about 100 of 132 foreigners freed); the interior "
          "ministry's 23 hostages and 32 militants on Saturday 19 January (685 Algerians and 107 foreigners freed; 11 "
          "militants and seven hostages in the final assault); the prime minister's 37 foreigners and one Algerian (38) "
          "on Monday 21 January, with 29 militants killed (the 32 corrected down) and three captured, five missing",
          False, ms, names)


def tunisia():
    R, K, T, A = "reuters-jul26", "kompas-jul27", "detik-aug17", "ap-aug18"
    # Stages: the referendum of Monday 25 July 2022 (voters abroad from Saturday 23 July), the commission's turnout
    # estimates on the night (21.85% and 1,951,563 voters at 19.00; 27.54% and 2,458,985 voters when polls closed at
    # 22.00, of the 8,929,665 registered in the country), the preliminary results of Tuesday 26 July (94.6% yes,
    # 2,607,884 yes, 148,723 and 5.4% no, 2,830,094 voters, turnout 30.5% of about 9.3 million registered at home and
    # abroad) and the final results of Tuesday 16 August (the same figures). Turnout and voters are running tallies on
    # the night (update); the yes share is the commission's against the exit poll's 92.3% (sources). The 2014
    # constitution's 200 votes, the opposition's 75%, the dissolution of parliament (30 March 2022), the elections of
    # 17 December 2022 and the anniversary of 25 July 2021 are other facts. Planted: the referendum "Minggu
    # (24/7/2022)" (a day early) and the no share "4.5%" (digits swapped).
    N19, N22, TUE = "2022-07-25a", "2022-07-25b", "2022-07-26"
    ISIE, EXIT = "the electoral commission", "the exit poll"
    names = {
     "yes_pct": "share voting yes", "no_pct": "share voting no", "yes_votes": "votes for the constitution",
     "no_votes": "votes against the constitution", "turnout": "turnout (%)", "voters": "people who voted",
     "reg_home": "voters registered inside the country", "reg_all": "voters registered at home and abroad",
     "opp_pct": "share the opposition said refused the plan", "ca_yes": "votes for the 2014 constitution",
     "ca_present": "constituent assembly members present",
     # dates
     "vote": "day of the referendum", "prelim": "day of the preliminary results", "final": "day of the final results",
     "abroad": "day voting abroad began", "july2021": "day the president dismissed the government",
     "c2014": "adoption of the 2014 constitution", "elections": "day of the parliamentary elections",
     "dissolved": "day parliament was dissolved",
    }
    ms = [
     M(R, "Monday", D, "vote", "2022-07-25"),
     M(R, "92.3%", N, "yes_pct", 92.3, src=EXIT, cls="pct"),
     M(R, "2,458,985 people", N, "voters", 2458985, N22, src=ISIE),
     M(R, "27.54%", N, "turnout", 27.54, N22, src=ISIE, cls="pct"),
     M(R, "8,929,665 voters", N, "reg_home", 8929665),
     M(R, "1,951,563 voters", N, "voters", 1951563, N19, src=ISIE),
     M(R, "21.85%", N, "turnout", 21.85, N19, src=ISIE, cls="pct"),
     M(R, "July 25, 2021", D, "july2021", "2021-07-25"),
     M(R, "about 75%", N, "opp_pct", 75, qual="approx", cls="pct"),
     M(R, "2014", D, "c2014", "2014"),
     M(R, "Tuesday", D, "prelim", "2022-07-26"),
     M(R, "Dec. 17", D, "elections", "2022-12-17"),

     M(K, "Selasa (26/7/2022)", D, "prelim", "2022-07-26"),
     M(K, "94,6 persen", N, "yes_pct", 94.6, src=ISIE, cls="pct"),
     M(K, "2.607.884 pemilih", N, "yes_votes", 2607884),
     M(K, "148.723 pemilih", N, "no_votes", 148723),
     M(K, "5,4 persen", N, "no_pct", 5.4, cls="pct"),
     M(K, "30,5 persen", N, "turnout", 30.5, TUE, src=ISIE, cls="pct"),
     M(K, "sekitar 2,83 juta", N, "voters", 2830000, TUE, qual="approx", src=ISIE),
     M(K, "sekitar 9,3 juta", N, "reg_all", 9300000, qual="approx"),
     M(K, "27,54 persen", N, "turnout", 27.54, N22, src=ISIE, cls="pct"),
     M(K, "Senin (25/7/2022)", D, "vote", "2022-07-25"),
     M(K, "92,3 persen", N, "yes_pct", 92.3, src=EXIT, cls="pct"),
     M(K, "Sabtu (23/7/2022)", D, "abroad", "2022-07-23"),
     M(K, "tahun 2014", D, "c2014", "2014"),
     M(K, "25 Juli 2021", D, "july2021", "2021-07-25"),

     M(T, "Selasa (16/8/2022)", D, "final", "2022-08-16"),
     M(T, "94,6 persen", N, "yes_pct", 94.6, src=ISIE, cls="pct"),
     M(T, "5,4 persen", N, "no_pct", 5.4, cls="pct"),
     M(T, "2.830.094 orang", N, "voters", 2830094, TUE, src=ISIE),
     M(T, "30,5 persen", N, "turnout", 30.5, TUE, src=ISIE, cls="pct"),
     M(T, "Selasa (26/7/2022)", D, "prelim", "2022-07-26"),
     M(T, "Minggu (24/7/2022)", D, "vote", "2022-07-24", planted=True),
     M(T, "konstitusi 2014", D, "c2014", "2014"),
     M(T, "200 suara", N, "ca_yes", 200),
     M(T, "216 anggota", N, "ca_present", 216),
     M(T, "17 Desember 2022", D, "elections", "2022-12-17"),
     M(T, "30 Maret 2022", D, "dissolved", "2022-03-30"),

     M(A, "Tuesday, Aug. 16", D, "final", "2022-08-16"),
     M(A, "94.6%", N, "yes_pct", 94.6, src=ISIE, cls="pct"),
     M(A, "4.5%", N, "no_pct", 4.5, cls="pct", planted=True),
     M(A, "30.5%", N, "turnout", 30.5, TUE, src=ISIE, cls="pct"),
     M(A, "about 2.83 million", N, "voters", 2830000, TUE, qual="approx", src=ISIE),
     M(A, "roughly 9.3 million", N, "reg_all", 9300000, qual="approx"),
     M(A, "July 25", D, "vote", "2022-07-25"),
     M(A, "January 2014", D, "c2014", "2014-01"),
     M(A, "200 votes", N, "ca_yes", 200),
     M(A, "March 30", D, "dissolved", "2022-03-30"),
     M(A, "Dec. 17", D, "elections", "2022-12-17"),
    ]
    build("tunisia-referendum-2022", "Tunisia's constitutional referendum in stages: the vote of Monday 25 July 2022 "
          "(abroad from Saturday 23 July), the electoral commission's turnout on the night (21.85% at 19.00, 27.54% "
          "and 2,458,985 voters at the close, of 8,929,665 registered in the country), an exit poll's 92.3% yes, the "
          "preliminary results of Tuesday 26 July (94.6% yes, 2,607,884 to 148,723, 5.4% no, turnout 30.5%, 2,830,094 "
          "voters of about 9.3 million) and the same final results on Tuesday 16 August 2022", False, ms, names)


def zohr():
    R, B, K, A = "reuters-aug30", "bisnis-aug31", "kompas-sep01", "ap-sep02"
    names = {
     "tcf": "gas in place (trillion cubic feet)", "boe": "barrels of oil equivalent (billions)",
     "area": "the field's area (square km)", "depth": "water depth of the discovery well (m)",
     "dist": "distance north of Port Said (km)", "stake": "Eni's share of the concession (%)",
     # dates
     "announced": "day of the announcement", "signed": "month the block was signed", "since": "year Eni came to Egypt",
    }
    ms = [
     M(R, "Sunday", D, "announced", "2015-08-30"),
     M(R, "30 trillion cubic feet", N, "tcf", 30),
     M(R, "about 5.5 billion barrels", N, "boe", 5.5, qual="approx"),
     M(R, "about 100 square kilometres", N, "area", 100, qual="approx", cls="area"),
     M(R, "1,450 metres", N, "depth", 1450, cls="dist"),
     M(R, "January 2014", D, "signed", "2014-01"),
     M(R, "190 km", N, "dist", 190, qual="approx", cls="dist"),
     M(R, "100 percent", N, "stake", 100, cls="pct"),
     M(R, "Sunday", D, "announced", "2015-08-30", occ=2),
     M(R, "1954", D, "since", "1954"),

     M(B, "Minggu (30/8/2015)", D, "announced", "2015-08-30"),
     M(B, "30 triliun kaki kubik", N, "tcf", 30),
     M(B, "sekitar 5,5 miliar barel", N, "boe", 5.5, qual="approx"),
     M(B, "sekitar 100 kilometer persegi", N, "area", 100, qual="approx", cls="area"),
     M(B, "1.450 meter", N, "depth", 1450, cls="dist"),
     M(B, "sekitar 190 kilometer", N, "dist", 190, qual="approx", cls="dist"),
     M(B, "Januari 2014", D, "signed", "2014-01"),
     M(B, "100 persen", N, "stake", 100, cls="pct"),
     M(B, "1954", D, "since", "1954"),

     M(K, "Minggu (30/8/2015)", D, "announced", "2015-08-30"),
     M(K, "30 triliun kaki kubik", N, "tcf", 30),
     M(K, "sekitar 5,5 miliar barel", N, "boe", 5.5, qual="approx"),
     M(K, "sekitar 100 kilometer persegi", N, "area", 100, qual="approx", cls="area"),
     M(K, "sekitar 190 kilometer", N, "dist", 190, qual="approx", cls="dist"),
     M(K, "1.450 meter", N, "depth", 1450, cls="dist"),
     M(K, "Januari 2014", D, "signed", "2014-01"),
     M(K, "100 persen", N, "stake", 100, cls="pct"),
     M(K, "1954", D, "since", "1954"),

     M(A, "Aug. 30", D, "announced", "2015-08-30"),
     M(A, "30 trillion cubic feet", N, "tcf", 30),
     M(A, "about 5.5 billion barrels", N, "boe", 5.5, qual="approx"),
     M(A, "some 100 square kilometers", N, "area", 100, qual="approx", cls="area"),
     M(A, "1,450 meters", N, "depth", 1450, cls="dist"),
     M(A, "roughly 190 kilometers", N, "dist", 190, qual="approx", cls="dist"),
     M(A, "January 2014", D, "signed", "2014-01"),
     M(A, "100 percent", N, "stake", 100, cls="pct"),
     M(A, "1954", D, "since", "1954"),
    ]
    build("zohr-discovery-2015", "Eni's announcement of the Zohr gas field off Egypt (control), Sunday 30 August 2015: "
          "up to 30 trillion cubic feet of gas in place (about 5.5 billion barrels of oil equivalent), about 100 square "
          "km, the discovery well in 1,450 m of water in the Shorouk block (signed January 2014), some 190 km north of "
          "Port Said, Eni holding 100% of the concession, in Egypt since 1954. Zero conflicts expected.", True, ms,
          names)


if __name__ == "__main__":
    amenas()
    tunisia()
    zohr()
