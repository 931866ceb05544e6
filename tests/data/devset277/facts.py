"""The two-hundred-and-seventy-seventh development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset277/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def bassam():
    R, K, T, A = "reuters-mar14", "kompas-mar15", "detik-mar16", "ap-apr05"
    # as-of times of the running tallies: Sunday 13 March 2016 (the president's televised count that evening: 16
    # dead, 14 civilians and 2 soldiers, 6 attackers), Monday 14 March (the interior minister's count: 18 dead, 15
    # civilians and 3 soldiers, 3 attackers, 33 injured), the detik report of Wednesday 16 March and the AP report of
    # Tuesday 5 April (the government's latest count: 19 dead, 16 civilians and 3 soldiers), which give no as-of time
    # and so carry their publication day. The dead and the injured do not fall; the attackers killed were corrected
    # down from six to three (a revision). Four French victims, the distance from Abidjan: no as-of time.
    SUN, MON, WED, APR = "2016-03-13", "2016-03-14", "2016-03-16", "2016-04-05"
    names = {
     "dead": "people killed (not counting the attackers)", "civilians": "civilians killed",
     "soldiers": "soldiers killed", "attackers": "attackers killed", "injured": "people injured",
     "french": "French citizens killed", "dist": "distance of Grand-Bassam from Abidjan (km)",
     # dates
     "attack": "day of the attack", "count_sun": "day of the president's first count",
     "asof_mon": "day of the interior minister's count", "pres_visit": "day the president visited the site",
     "unesco": "year of the UNESCO listing", "mali_op": "year French-led troops drove fighters from northern Mali",
     "fr_visit": "day two French ministers visited",
    }
    ms = [
     M(R, "Sunday", D, "attack", "2016-03-13"),
     M(R, "16 people", N, "dead", 16, SUN),
     M(R, "Sunday evening", D, "count_sun", "2016-03-13"),
     M(R, "14 civilians", N, "civilians", 14, SUN),
     M(R, "two soldiers", N, "soldiers", 2, SUN),
     M(R, "six attackers", N, "attackers", 6, SUN),
     M(R, "about 40 km", N, "dist", 40, qual="approx", cls="km"),
     M(R, "2013", D, "mali_op", "2013"),

     M(K, "18 orang", N, "dead", 18, MON),
     M(K, "Senin (14/3/2016)", D, "asof_mon", "2016-03-14"),
     M(K, "15 warga sipil", N, "civilians", 15, MON),
     M(K, "3 tentara", N, "soldiers", 3, MON),
     M(K, "33 orang", N, "injured", 33, MON),
     M(K, "tiga orang", N, "attackers", 3, MON),
     M(K, "enam", N, "attackers", 6, SUN),
     M(K, "Minggu malam", D, "count_sun", "2016-03-13"),
     M(K, "Minggu (13/3/2016)", D, "attack", "2016-03-13"),
     M(K, "empat warga negara Prancis", N, "french", 4),
     M(K, "2012", D, "unesco", "2012"),
     M(K, "sekitar 40 km", N, "dist", 40, qual="approx", cls="km"),
     M(K, "Senin siang", D, "pres_visit", "2016-03-14"),

     M(T, "Selasa (15/3/2016)", D, "fr_visit", "2016-03-15"),
     M(T, "18 orang", N, "dead", 18, WED),
     M(T, "Sabtu (12/3/2016)", D, "attack", "2016-03-12", planted=True),
     M(T, "15 warga sipil", N, "civilians", 15, WED),
     M(T, "3 anggota pasukan keamanan", N, "soldiers", 3, WED),
     M(T, "tiga penyerang", N, "attackers", 3, WED),
     M(T, "33 orang", N, "injured", 33, WED),
     M(T, "Empat korban tewas", N, "french", 4),

     M(A, "March 13", D, "attack", "2016-03-13"),
     M(A, "19 people", N, "dead", 19, APR),
     M(A, "16 civilians", N, "civilians", 16, APR),
     M(A, "three soldiers", N, "soldiers", 3, APR),
     M(A, "Three attackers", N, "attackers", 3, APR),
     M(A, "33 people", N, "injured", 33, APR),
     M(A, "about 40 kilometers", N, "dist", 40, qual="approx", cls="km"),
    ]
    build("grand-bassam-attack-2016", "The attack on beach hotels at Grand-Bassam, Côte d'Ivoire (Sunday 13 March "
          "2016), claimed by al Qaeda in the Islamic Maghreb: the president's count on Sunday evening of 16 dead (14 "
          "civilians, 2 soldiers) and 6 attackers killed; the interior minister Hamed Bakayoko's count on Monday 14 "
          "March of 18 dead (15 civilians, 3 soldiers), 33 injured and the attackers corrected down to 3; 4 French "
          "victims; two French ministers' visit on Tuesday 15 March; the government's later count of 19 dead (16 "
          "civilians, 3 soldiers)", False, ms, names)


def drc():
    R, K, T, A = "reuters-jan10", "kompas-jan12", "detik-jan21", "ap-feb01"
    # results, shares, seats and dates do not change with the day of the report: the election (Sunday 30 December
    # 2018), the electoral commission's (CENI's) provisional results (early Thursday 10 January 2019), Fayulu's
    # challenge (Saturday 12 January), the African Union's call (Thursday 17 January), the Constitutional Court's
    # ruling (early Sunday 20 January), the swearing-in (Thursday 24 January) are different events. Shares from
    # different sources: the commission's against the leaked commission data reported by foreign media and against
    # Fayulu's own claim (sources).
    CENI, LEAK, FAY = "the electoral commission", "the leaked commission data", "Fayulu's camp"
    names = {
     "tsh_votes": "votes for Tshisekedi", "fay_votes": "votes for Fayulu", "sha_votes": "votes for Shadary",
     "voters_out": "registered voters where the vote was postponed",
     "tsh_pct": "Tshisekedi's share (%)", "fay_pct": "Fayulu's share (%)", "sha_pct": "Shadary's share (%)",
     "turnout": "turnout (%)", "observers": "observers of the Catholic bishops",
     "fcc_seats": "seats won by Kabila's coalition", "seats": "seats in the National Assembly",
     # dates
     "vote": "day of the election", "ceni": "day the commission announced the results",
     "kabila": "year Kabila took power", "term_end": "year Kabila's second term ended",
     "indep": "year of independence", "postponed": "month of the postponed vote",
     "challenge": "day Fayulu filed his challenge", "court": "day of the Constitutional Court's ruling",
     "au": "day of the African Union's call", "etienne": "year Etienne Tshisekedi died",
     "inaug": "day of the swearing-in",
    }
    ms = [
     M(R, "Dec. 30", D, "vote", "2018-12-30"),
     M(R, "Thursday", D, "ceni", "2019-01-10"),
     M(R, "7,051,013 votes", N, "tsh_votes", 7051013, cls="votes"),
     M(R, "38.57 percent", N, "tsh_pct", 38.57, src=CENI, cls="pct"),
     M(R, "6,366,732 votes", N, "fay_votes", 6366732, cls="votes"),
     M(R, "34.83 percent", N, "fay_pct", 34.83, src=CENI, cls="pct"),
     M(R, "4,357,359 votes", N, "sha_votes", 4357359, cls="votes"),
     M(R, "23.84 percent", N, "sha_pct", 23.84, src=CENI, cls="pct"),
     M(R, "47.56 percent", N, "turnout", 47.56, src=CENI, cls="pct"),
     M(R, "about 40,000 observers", N, "observers", 40000, qual="approx"),
     M(R, "more than a million voters", N, "voters_out", 1000000, qual="morethan", cls="votes"),
     M(R, "March", D, "postponed", "2019-03"),
     M(R, "2001", D, "kabila", "2001"),
     M(R, "2016", D, "term_end", "2016"),
     M(R, "1960", D, "indep", "1960"),

     M(K, "Sabtu (12/1/2019)", D, "challenge", "2019-01-12"),
     M(K, "Kamis (10/1/2019)", D, "ceni", "2019-01-10"),
     M(K, "38,57 persen", N, "tsh_pct", 38.57, src=CENI, cls="pct"),
     M(K, "34,38 persen", N, "fay_pct", 34.38, src=CENI, cls="pct", planted=True),
     M(K, "23,84 persen", N, "sha_pct", 23.84, src=CENI, cls="pct"),
     M(K, "sekitar 61 persen", N, "fay_pct", 61, qual="approx", src=FAY, cls="pct"),
     M(K, "sekitar 40.000 pemantau", N, "observers", 40000, qual="approx"),
     M(K, "Minggu (30/12/2018)", D, "vote", "2018-12-30"),
     M(K, "2001", D, "kabila", "2001"),

     M(T, "Minggu (20/1/2019)", D, "court", "2019-01-20"),
     M(T, "Kamis (10/1/2019)", D, "ceni", "2019-01-10"),
     M(T, "38,57 persen", N, "tsh_pct", 38.57, src=CENI, cls="pct"),
     M(T, "34,83 persen", N, "fay_pct", 34.83, src=CENI, cls="pct"),
     M(T, "sekitar 59,4 persen", N, "fay_pct", 59.4, qual="approx", src=LEAK, cls="pct"),
     M(T, "sekitar 19 persen", N, "tsh_pct", 19, qual="approx", src=LEAK, cls="pct"),
     M(T, "Kamis (17/1/2019)", D, "au", "2019-01-17"),
     M(T, "lebih dari 300", N, "fcc_seats", 300, qual="morethan", cls="seats"),
     M(T, "500 kursi", N, "seats", 500, cls="seats"),
     M(T, "2017", D, "etienne", "2017"),

     M(A, "Jan. 24", D, "inaug", "2019-01-24"),
     M(A, "1960", D, "indep", "1960"),
     M(A, "more than 7 million votes", N, "tsh_votes", 7000000, qual="morethan", cls="votes"),
     M(A, "38.57 percent", N, "tsh_pct", 38.57, src=CENI, cls="pct"),
     M(A, "Dec. 31", D, "vote", "2018-12-31", planted=True),
     M(A, "34.8 percent", N, "fay_pct", 34.8, qual="approx", src=CENI, cls="pct"),
     M(A, "Jan. 20", D, "court", "2019-01-20"),
     M(A, "more than 300", N, "fcc_seats", 300, qual="morethan", cls="seats"),
     M(A, "500 seats", N, "seats", 500, cls="seats"),
     M(A, "2001", D, "kabila", "2001"),
     M(A, "March", D, "postponed", "2019-03"),
    ]
    build("drc-election-2018", "The presidential election in the Democratic Republic of the Congo (Sunday 30 December "
          "2018) in stages: the electoral commission's provisional results early on Thursday 10 January 2019 (Felix "
          "Tshisekedi 7,051,013 votes, 38.57%; Martin Fayulu 6,366,732, 34.83%; Emmanuel Ramazani Shadary 4,357,359, "
          "23.84%; turnout 47.56%), Fayulu's challenge on Saturday 12 January (his own claim of about 61%), the leaked "
          "commission data (Fayulu about 59.4%, Tshisekedi about 19%), the African Union's call on Thursday 17 January, "
          "the Constitutional Court's ruling early on Sunday 20 January, the swearing-in on Thursday 24 January 2019",
          False, ms, names)


def baleine():
    R, B, K, A = "reuters-sep01", "bisnis-sep02", "kontan-sep03", "ap-sep04"
    names = {
     "oil": "oil in place (billion barrels, low end of the range)",
     "gas": "associated gas (trillion cubic feet, low end of the range)",
     "eni_share": "Eni's interest in the block (%)", "petroci_share": "Petroci's interest in the block (%)",
     "water": "water depth (m)", "total": "total depth of the well (m)", "dist": "distance from the coast (km)",
     # dates
     "announced": "day of the announcement",
    }
    ms = [
     M(R, "Wednesday", D, "announced", "2021-09-01"),
     M(R, "1.5 billion to 2 billion barrels", N, "oil", 1.5, cls="bbl"),
     M(R, "1.8 trillion to 2.4 trillion cubic feet", N, "gas", 1.8, cls="cf"),
     M(R, "90%", N, "eni_share", 90, cls="pct"),
     M(R, "10%", N, "petroci_share", 10, cls="pct"),
     M(R, "about 1,200 metres", N, "water", 1200, qual="approx", cls="m"),
     M(R, "3,445 metres", N, "total", 3445, cls="m"),
     M(R, "about 60 km", N, "dist", 60, qual="approx", cls="km"),

     M(B, "Rabu (1/9/2021)", D, "announced", "2021-09-01"),
     M(B, "1,5 miliar hingga 2 miliar barel", N, "oil", 1.5, cls="bbl"),
     M(B, "1,8 triliun hingga 2,4 triliun kaki kubik", N, "gas", 1.8, cls="cf"),
     M(B, "sekitar 1.200 meter", N, "water", 1200, qual="approx", cls="m"),
     M(B, "3.445 meter", N, "total", 3445, cls="m"),
     M(B, "sekitar 60 km", N, "dist", 60, qual="approx", cls="km"),
     M(B, "90 persen", N, "eni_share", 90, cls="pct"),
     M(B, "10 persen", N, "petroci_share", 10, cls="pct"),

     M(K, "1,5 miliar hingga 2 miliar barel", N, "oil", 1.5, cls="bbl"),
     M(K, "1,8 triliun hingga 2,4 triliun kaki kubik", N, "gas", 1.8, cls="cf"),
     M(K, "Rabu (1/9/2021)", D, "announced", "2021-09-01"),
     M(K, "90 persen", N, "eni_share", 90, cls="pct"),
     M(K, "10 persen", N, "petroci_share", 10, cls="pct"),
     M(K, "sekitar 1.200 meter", N, "water", 1200, qual="approx", cls="m"),
     M(K, "3.445 meter", N, "total", 3445, cls="m"),
     M(K, "sekitar 60 km", N, "dist", 60, qual="approx", cls="km"),

     M(A, "Wednesday, Sept. 1", D, "announced", "2021-09-01"),
     M(A, "between 1.5 billion and 2 billion barrels", N, "oil", 1.5, cls="bbl"),
     M(A, "1.8 trillion to 2.4 trillion cubic feet", N, "gas", 1.8, cls="cf"),
     M(A, "about 60 kilometers", N, "dist", 60, qual="approx", cls="km"),
     M(A, "90%", N, "eni_share", 90, cls="pct"),
     M(A, "10%", N, "petroci_share", 10, cls="pct"),
     M(A, "about 1,200 meters", N, "water", 1200, qual="approx", cls="m"),
     M(A, "3,445 meters", N, "total", 3445, cls="m"),
    ]
    build("baleine-discovery-2021", "Eni's announcement of the Baleine oil and gas discovery off Côte d'Ivoire (control), "
          "made on Wednesday 1 September 2021: the Baleine-1X well in block CI-101 (Eni 90%, Petroci 10%) holds 1.5 "
          "billion to 2 billion barrels of oil in place and 1.8 trillion to 2.4 trillion cubic feet of associated gas, "
          "drilled in about 1,200 m of water to a total depth of 3,445 m, about 60 km off the coast. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    bassam()
    drc()
    baleine()
