"""The hundred-and-sixty-third development set's labels, produced from a table of facts (never from the checker's
output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset163/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def brussels():
    A, R, K, T, L = "detik-mar22", "reuters-mar23", "kompas-mar27", "antara-mar29", "reuters-apr22"
    # as-of times of the running tallies: Tuesday 22 March 2016 midday (the health minister's first count by site)
    # and night (34 dead: 14 at the airport, 20 at Maelbeek), Wednesday 23 March (31 dead: a downward revision, about
    # 260 injured), Sunday 27 March (the crisis centre's 28 dead without the three bombers: revised down again; 24
    # identified, 340 injured, 101 in hospital, 62 in intensive care), Monday 28 March (35 dead after four died in
    # hospital; 28 identified), Tuesday 29 March (the prosecutors' 32 dead, all identified: revised down again, some
    # victims with dual nationality counted twice; at least 90 in hospital), recalled a month on. The dead, the identified and the injured do not fall (lower later figures are
    # revisions, or within an earlier "more than"); those in hospital or intensive care and the threat level may fall.
    TUE_NOON, TUE_EVE, WED, THU, SUN, MON = ("2016-03-22a", "2016-03-22b", "2016-03-23", "2016-03-24", "2016-03-27",
                                             "2016-03-28")
    TUE29 = "2016-03-29"
    names = {
     "dead": "people killed", "dead_airport": "people killed at the airport", "dead_metro": "people killed at Maelbeek",
     "injured": "people injured", "threat": "the terrorism threat level", "mourning": "days of national mourning",
     "gap": "days between the arrest and the attacks", "bombers": "suicide bombers",
     "identified": "victims identified", "ident_airport": "identified victims killed at the airport",
     "ident_metro": "identified victims killed at Maelbeek", "inj_countries": "countries of the injured",
     "hospital": "injured still in hospital", "icu": "injured in intensive care",
     "ident_belg": "identified Belgian victims", "ident_foreign": "identified foreign victims",
     "foreign_countries": "countries of the identified foreign victims", "died_hosp": "injured who died in hospital",
     "airport_belg": "Belgians killed at the airport", "airport_foreign": "foreigners killed at the airport",
     "metro_belg": "Belgians killed at Maelbeek", "metro_foreign": "foreigners killed at Maelbeek",
     "us_dead": "Americans killed",
     # dates
     "attack": "day of the attacks", "asof_tue": "day of Tuesday's counts", "claim": "day of the claim of responsibility",
     "arrest": "day of the fugitive's arrest", "statement_wed": "day of the lowered toll",
     "statement_sun": "day of the crisis centre's revised toll", "statement_mon": "day of the toll of 35",
     "lowered": "day the threat level was lowered", "statement_32": "day of the prosecutors' toll of 32",
     "abrini": "day of the arrest of the man in the hat", "reopen": "day the airport reopened",
     "maelbeek": "day the Maelbeek station is to reopen",
    }
    ms = [
     M(A, "Selasa (22/3/2016)", D, "attack", "2016-03-22"),
     M(A, "Selasa siang", D, "asof_tue", "2016-03-22"),
     M(A, "11 orang", N, "dead_airport", 11, TUE_NOON),
     M(A, "15 orang", N, "dead_metro", 15, TUE_NOON),
     M(A, "Selasa malam", D, "asof_tue", "2016-03-22"),
     M(A, "34 orang", N, "dead", 34, TUE_EVE),
     M(A, "14 di bandara", N, "dead_airport", 14, TUE_EVE),
     M(A, "20 di Maelbeek", N, "dead_metro", 20, TUE_EVE),
     M(A, "Lebih dari 200 orang", N, "injured", 200, TUE_EVE, qual="morethan"),
     M(A, "level 4", N, "threat", 4, TUE_EVE, cls="level", fall=True),
     M(A, "Selasa sore", D, "claim", "2016-03-22"),
     M(A, "tiga hari", N, "mourning", 3, cls="dur"),
     M(A, "empat hari", N, "gap", 4, cls="dur"),
     M(A, "Jumat (18/3/2016)", D, "arrest", "2016-03-18"),

     M(R, "Wednesday", D, "statement_wed", "2016-03-23"),
     M(R, "31", N, "dead", 31, WED),
     M(R, "34", N, "dead", 34, TUE_EVE),
     M(R, "about 260 people", N, "injured", 260, WED, qual="approx"),
     M(R, "Tuesday", D, "attack", "2016-03-22"),
     M(R, "level 4", N, "threat", 4, WED, cls="level", fall=True),
     M(R, "three days", N, "mourning", 3, cls="dur"),
     M(R, "four days", N, "gap", 4, cls="dur"),
     M(R, "Friday, March 18", D, "arrest", "2016-03-18"),

     M(K, "28 orang", N, "dead", 28, SUN),
     M(K, "Minggu (27/3/2016)", D, "statement_sun", "2016-03-27"),
     M(K, "31", N, "dead", 31, WED),
     M(K, "tiga pelaku", N, "bombers", 3),
     M(K, "28 korban", N, "dead", 28, SUN),
     M(K, "24", N, "identified", 24, SUN),
     M(K, "14 orang", N, "ident_airport", 14, SUN),
     M(K, "10 orang", N, "ident_metro", 10, SUN),
     M(K, "340 orang", N, "injured", 340, SUN),
     M(K, "19 negara", N, "inj_countries", 19),
     M(K, "Selasa (22/3/2016)", D, "attack", "2016-03-22"),
     M(K, "101", N, "hospital", 101, SUN, fall=True),
     M(K, "62 korban", N, "icu", 62, SUN, fall=True),
     M(K, "13 warga Belgia", N, "ident_belg", 13, SUN),
     M(K, "11 warga asing", N, "ident_foreign", 11, SUN),
     M(K, "delapan negara", N, "foreign_countries", 8, SUN),

     M(T, "35 orang", N, "dead", 35, MON),
     M(T, "empat korban luka", N, "died_hosp", 4, MON),
     M(T, "Senin (28/3/2016)", D, "statement_mon", "2016-03-28"),
     M(T, "tiga pelaku", N, "bombers", 3),
     M(T, "28 korban tewas", N, "identified", 28, MON),
     M(T, "15 orang", N, "ident_airport", 15, MON),
     M(T, "13 orang", N, "ident_metro", 13, MON),
     M(T, "enam warga Belgia", N, "airport_belg", 6, MON),
     M(T, "sembilan warga asing", N, "airport_foreign", 9, MON),
     M(T, "10 warga Belgia", N, "metro_belg", 10, MON),
     M(T, "tiga warga asing", N, "metro_foreign", 3, MON),
     M(T, "Lebih dari 300 orang", N, "injured", 300, MON, qual="morethan"),
     M(T, "Rabu (23/3/2016)", D, "attack", "2016-03-23", planted=True),
     M(T, "empat warganya", N, "us_dead", 4, MON),
     M(T, "level 4", N, "threat", 4, TUE_EVE, cls="level", fall=True),
     M(T, "level 3", N, "threat", 3, THU, cls="level", fall=True),
     M(T, "Kamis (24/3/2016)", D, "lowered", "2016-03-24"),

     M(L, "32 people", N, "dead", 32, TUE29),
     M(L, "three bombers", N, "bombers", 3),
     M(L, "March 29", D, "statement_32", "2016-03-29"),
     M(L, "35", N, "dead", 35, MON),
     M(L, "March 28", D, "statement_mon", "2016-03-28"),
     M(L, "17 Belgians", N, "ident_belg", 17, TUE29),
     M(L, "15 foreigners", N, "ident_foreign", 15, TUE29),
     M(L, "More than 300 people", N, "injured", 300, TUE29, qual="morethan"),
     M(L, "March 22", D, "attack", "2016-03-22"),
     M(L, "At least 90", N, "hospital", 90, TUE29, qual="atleast", fall=True),
     M(L, "March 29", D, "statement_32", "2016-03-29", occ=2),
     M(L, "April 8", D, "abrini", "2016-04-08"),
     M(L, "April 3", D, "reopen", "2016-04-03"),
     M(L, "Monday", D, "maelbeek", "2016-04-25"),
     M(L, "level 4", N, "threat", 4, TUE_EVE, cls="level", fall=True),
     M(L, "level 3", N, "threat", 3, THU, cls="level", fall=True),
     M(L, "March 24", D, "lowered", "2016-03-24"),
     M(L, "four Americans", N, "us_dead", 4),
    ]
    build("brussels-bombings-2016", "The suicide bombings at Brussels Airport (Zaventem) and Maelbeek metro station "
          "(Tuesday 22 March 2016, 07.58 and 09.11 local time): 26 dead by the health minister's first count (11 and "
          "15), 34 by Tuesday night (14 and 20), revised down to 31 on Wednesday 23 March and to 28 (without the three "
          "bombers) by the crisis centre on Sunday 27 March, 35 on Monday 28 March after four injured died, revised down to 32 (all identified) on Tuesday 29 March; injured "
          "more than 200 -> about 260 -> 340 -> more than 300; identified 24 -> 28; threat level 4, lowered to 3 on "
          "Thursday 24 March", False, ms, names)


def mariage():
    K, R, T, D1 = "kompas-apr24", "reuters-may18", "tempo-may27", "detik-may30"
    # the law's stages do not change with the day of the report: the Assembly's first reading (12 February 2013,
    # 329-229), the Senate's vote (Friday 12 April, 171-165), the Assembly's final vote (Tuesday 23 April, 331-225), the
    # Constitutional Council's ruling (Friday 17 May), the publication (Saturday 18 May), the first wedding (Wednesday
    # 29 May, Montpellier). Turnouts of the marches credited to the police and to the organisers are sources.
    POL, ORG = "the police", "the organisers"
    names = {
     "ayes": "Assembly's final vote: for", "noes": "Assembly's final vote: against", "sen_ayes": "Senate vote: for",
     "sen_noes": "Senate vote: against", "first_ayes": "Assembly's first vote: for",
     "first_noes": "Assembly's first vote: against", "rank": "France's rank among countries allowing same-sex marriage",
     "police_apr": "police on duty at the Assembly (April)", "police_may": "police deployed for the march of 26 May",
     "turnout26": "turnout of the march of 26 May", "turnout24": "turnout of the march of 24 March",
     "turnout13": "turnout of the march of 13 January", "gap9": "days between the ruling and the march",
     "gap3": "days between the march and the first wedding",
     # dates
     "final": "day of the Assembly's final vote", "senate": "day of the Senate's vote",
     "first": "day of the Assembly's first vote", "hope": "month the government hoped for the first weddings",
     "ruling": "day of the Constitutional Council's ruling", "published": "day the law was published",
     "march26": "day of the march of 26 May", "march24": "day of the march of 24 March",
     "planned": "the justice minister's time for the first weddings", "march13": "day of the march of 13 January",
     "municipal": "year of the municipal elections", "firstwed": "day of the first same-sex wedding",
    }
    ms = [
     M(K, "Selasa (23/4/2013)", D, "final", "2013-04-23"),
     M(K, "331 anggota", N, "ayes", 331, cls="votes"),
     M(K, "225 anggota", N, "noes", 225, cls="votes"),
     M(K, "171 suara", N, "sen_ayes", 171, cls="votes"),
     M(K, "165", N, "sen_noes", 165, cls="votes"),
     M(K, "Jumat (12/4/2013)", D, "senate", "2013-04-12"),
     M(K, "12 Februari 2013", D, "first", "2013-02-12"),
     M(K, "329 suara", N, "first_ayes", 329, cls="votes"),
     M(K, "229", N, "first_noes", 229, cls="votes"),
     M(K, "ke-14", N, "rank", 14, cls="rank"),
     M(K, "Sekitar 1.000 polisi", N, "police_apr", 1000, qual="approx"),
     M(K, "Juni", D, "hope", "2013-06"),

     M(R, "Friday", D, "ruling", "2013-05-17"),
     M(R, "Saturday", D, "published", "2013-05-18"),
     M(R, "331 votes", N, "ayes", 331, cls="votes"),
     M(R, "225", N, "noes", 225, cls="votes"),
     M(R, "April 23", D, "final", "2013-04-23"),
     M(R, "April 12", D, "senate", "2013-04-12"),
     M(R, "May 26", D, "march26", "2013-05-26"),
     M(R, "300,000 people", N, "turnout24", 300000, src=POL),
     M(R, "March 24", D, "march24", "2013-03-24"),
     M(R, "1.4 million", N, "turnout24", 1400000, src=ORG),
     M(R, "the end of May", D, "planned", "2013-05"),
     M(R, "14th", N, "rank", 14, cls="rank"),

     M(T, "Minggu (26/5/2013)", D, "march26", "2013-05-26"),
     M(T, "sembilan hari", N, "gap9", 9, cls="dur"),
     M(T, "sekitar 150.000 orang", N, "turnout26", 150000, qual="approx", src=POL),
     M(T, "satu juta orang", N, "turnout26", 1000000, src=ORG),
     M(T, "24 Maret 2013", D, "march24", "2013-03-24"),
     M(T, "300.000 peserta", N, "turnout24", 300000, src=POL),
     M(T, "1,4 juta", N, "turnout24", 1400000, src=ORG),
     M(T, "Jumat (17/5/2013)", D, "ruling", "2013-05-17"),
     M(T, "313 suara", N, "ayes", 313, cls="votes", planted=True),
     M(T, "225", N, "noes", 225, cls="votes"),
     M(T, "23 April 2013", D, "final", "2013-04-23"),
     M(T, "2014", D, "municipal", "2014"),
     M(T, "Sekitar 4.500 polisi", N, "police_may", 4500, qual="approx"),

     M(D1, "Rabu (29/5/2013)", D, "firstwed", "2013-05-29"),
     M(D1, "Kamis (16/5/2013)", D, "ruling", "2013-05-16", planted=True),
     M(D1, "Sabtu (18/5/2013)", D, "published", "2013-05-18"),
     M(D1, "331 suara", N, "ayes", 331, cls="votes"),
     M(D1, "225 suara", N, "noes", 225, cls="votes"),
     M(D1, "Selasa (23/4/2013)", D, "final", "2013-04-23"),
     M(D1, "Tiga hari", N, "gap3", 3, cls="dur"),
     M(D1, "sekitar 150.000 orang", N, "turnout26", 150000, qual="approx", src=POL),
     M(D1, "satu juta peserta", N, "turnout26", 1000000, src=ORG),
     M(D1, "13 Januari 2013", D, "march13", "2013-01-13"),
     M(D1, "340.000 peserta", N, "turnout13", 340000, src=POL),
     M(D1, "800.000 orang", N, "turnout13", 800000, src=ORG),
     M(D1, "ke-14", N, "rank", 14, cls="rank"),
    ]
    build("mariage-pour-tous-2013", "France's same-sex marriage law: the National Assembly's first vote (12 February "
          "2013, 329-229), the Senate's (Friday 12 April, 171-165), the Assembly's final vote (Tuesday 23 April, "
          "331-225), the Constitutional Council's ruling and President Hollande's signature (Friday 17 May), the "
          "publication (Saturday 18 May), the first wedding in Montpellier (Wednesday 29 May); the marches of 13 "
          "January (police 340,000, organisers 800,000), 24 March (300,000 / 1.4 million) and 26 May (about 150,000 / "
          "one million)", False, ms, names)


def bp():
    R, B, K, A = "reuters-feb07", "bisnis-feb08", "kontan-feb09", "antara-feb10"
    names = {
     "profit22": "underlying replacement cost profit 2022 ($bn)", "profit21": "underlying profit 2021 ($bn)",
     "profit08": "the previous record profit, 2008 ($bn)", "q4": "fourth-quarter underlying profit ($bn)",
     "q3": "third-quarter underlying profit ($bn)", "buyback": "the further share buyback ($bn)",
     "debt": "net debt at the end of 2022 ($bn)", "capex": "2023 investment (lower bound, $bn)",
     "divrise": "the dividend's rise", "div": "the quarterly dividend (cents a share)",
     "target": "the new 2030 output cut", "oldtarget": "the earlier 2030 output cut", "age": "the company's age",
     # dates
     "fy": "the financial year 2022", "announce": "day of the results", "fy21": "the year 2021",
     "y2008": "the year of the previous record", "target_year": "the target year", "base": "the base year",
     "capex_year": "the year of the investment plan", "netzero": "the net zero year",
    }
    ms = [
     M(R, "$27.7 billion", N, "profit22", 27.7, cls="usd"),
     M(R, "2022", D, "fy", "2022"),
     M(R, "Tuesday", D, "announce", "2023-02-07"),
     M(R, "$12.8 billion", N, "profit21", 12.8, cls="usd"),
     M(R, "2021", D, "fy21", "2021"),
     M(R, "$26.8 billion", N, "profit08", 26.8, cls="usd"),
     M(R, "2008", D, "y2008", "2008"),
     M(R, "$4.8 billion", N, "q4", 4.8, cls="usd"),
     M(R, "$8.2 billion", N, "q3", 8.2, cls="usd"),
     M(R, "10%", N, "divrise", 10, cls="pct"),
     M(R, "6.61 cents", N, "div", 6.61, cls="cents"),
     M(R, "$2.75 billion", N, "buyback", 2.75, cls="usd"),
     M(R, "$21.4 billion", N, "debt", 21.4, cls="usd"),
     M(R, "25%", N, "target", 25, cls="pct"),
     M(R, "2030", D, "target_year", "2030"),
     M(R, "2019", D, "base", "2019"),
     M(R, "40%", N, "oldtarget", 40, cls="pct"),
     M(R, "$16 billion to $18 billion", N, "capex", 16, cls="usd"),
     M(R, "2023", D, "capex_year", "2023"),

     M(B, "US$27,7 miliar", N, "profit22", 27.7, cls="usd"),
     M(B, "2022", D, "fy", "2022"),
     M(B, "US$12,8 miliar", N, "profit21", 12.8, cls="usd"),
     M(B, "2021", D, "fy21", "2021"),
     M(B, "Selasa (7/2/2023)", D, "announce", "2023-02-07"),
     M(B, "US$26,8 miliar", N, "profit08", 26.8, cls="usd"),
     M(B, "2008", D, "y2008", "2008"),
     M(B, "US$4,8 miliar", N, "q4", 4.8, cls="usd"),
     M(B, "US$8,2 miliar", N, "q3", 8.2, cls="usd"),
     M(B, "10%", N, "divrise", 10, cls="pct"),
     M(B, "6,61 sen", N, "div", 6.61, cls="cents"),
     M(B, "US$2,75 miliar", N, "buyback", 2.75, cls="usd"),
     M(B, "US$21,4 miliar", N, "debt", 21.4, cls="usd"),
     M(B, "2030", D, "target_year", "2030"),
     M(B, "25%", N, "target", 25, cls="pct"),
     M(B, "2019", D, "base", "2019"),
     M(B, "40%", N, "oldtarget", 40, cls="pct"),
     M(B, "US$16-18 miliar", N, "capex", 16, cls="usd"),

     M(K, "US$ 27,7 miliar", N, "profit22", 27.7, cls="usd"),
     M(K, "2022", D, "fy", "2022"),
     M(K, "114 tahun", N, "age", 114, cls="dur"),
     M(K, "US$ 12,8 miliar", N, "profit21", 12.8, cls="usd"),
     M(K, "2021", D, "fy21", "2021"),
     M(K, "US$ 26,8 miliar", N, "profit08", 26.8, cls="usd"),
     M(K, "2008", D, "y2008", "2008"),
     M(K, "US$ 4,8 miliar", N, "q4", 4.8, cls="usd"),
     M(K, "10%", N, "divrise", 10, cls="pct"),
     M(K, "6,61 sen", N, "div", 6.61, cls="cents"),
     M(K, "US$ 2,75 miliar", N, "buyback", 2.75, cls="usd"),
     M(K, "US$ 21,4 miliar", N, "debt", 21.4, cls="usd"),
     M(K, "25%", N, "target", 25, cls="pct"),
     M(K, "2030", D, "target_year", "2030"),
     M(K, "2019", D, "base", "2019"),
     M(K, "40%", N, "oldtarget", 40, cls="pct"),
     M(K, "Selasa (7/2/2023)", D, "announce", "2023-02-07"),

     M(A, "27,7 miliar dolar AS", N, "profit22", 27.7, cls="usd"),
     M(A, "2022", D, "fy", "2022"),
     M(A, "Selasa (7/2/2023)", D, "announce", "2023-02-07"),
     M(A, "2021", D, "fy21", "2021"),
     M(A, "12,8 miliar dolar AS", N, "profit21", 12.8, cls="usd"),
     M(A, "4,8 miliar dolar AS", N, "q4", 4.8, cls="usd"),
     M(A, "10 persen", N, "divrise", 10, cls="pct"),
     M(A, "6,61 sen", N, "div", 6.61, cls="cents"),
     M(A, "2,75 miliar dolar AS", N, "buyback", 2.75, cls="usd"),
     M(A, "21,4 miliar dolar AS", N, "debt", 21.4, cls="usd"),
     M(A, "16-18 miliar dolar AS", N, "capex", 16, cls="usd"),
     M(A, "2023", D, "capex_year", "2023", occ=2),
     M(A, "2030", D, "target_year", "2030"),
     M(A, "25 persen", N, "target", 25, cls="pct"),
     M(A, "2019", D, "base", "2019"),
     M(A, "40 persen", N, "oldtarget", 40, cls="pct"),
     M(A, "2050", D, "netzero", "2050"),
    ]
    build("bp-results-2022", "BP's results for 2022 (control), announced in London on Tuesday 7 February 2023: "
          "underlying replacement cost profit a record $27.7 billion (2021: $12.8 billion; the previous record $26.8 "
          "billion in 2008), fourth quarter $4.8 billion (third quarter $8.2 billion), dividend up 10% to 6.61 cents, a "
          "further $2.75 billion buyback, net debt $21.4 billion, oil and gas output to fall 25% by 2030 from 2019 "
          "(earlier 40%), investment of $16-18 billion in 2023. Zero conflicts expected.", True, ms, names)


if __name__ == "__main__":
    brussels()
    mariage()
    bp()
