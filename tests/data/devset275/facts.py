"""The two-hundred-and-seventy-fifth development set's labels, produced from a table of facts (never from the
checker's output).

Each mention of a figure or date is written down once with what it states: the fact, its value, the as-of time of
a running tally, its qualifier, its source, whether the tally may fall, and whether it is a planted error. Every
cross-article pair of mentions is then labelled by the development set's rules (tests/data/devset/README.md):
same fact -> agree / compatible / update / revision / conflict / sources; different facts of one unit class, and
every other pair of dates -> none, or not_conflict for different events on the same day.
Run from the repository root after changing an article: ``python tests/data/devset275/facts.py``.
"""
import sys
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))
from tests.benchmarks.factlabels import D, M, N, build as _build  # noqa: E402

ROOT = Path(__file__).resolve().parent
build = partial(_build, ROOT)


def cumbria():
    G, K, R, T = "guardian-jun03", "kompas-jun04", "reuters-jun05", "tempo-jun25"
    # as-of times of the running tallies: Wednesday 2 June 2010 in the afternoon (the prime minister's "at least
    # five" at Prime Minister's Questions), Wednesday evening (the police's 12 dead and 25 wounded, the hospital's
    # three critical and five serious), Thursday 3 June (the police's correction of the wounded to 11; the dead
    # unchanged at 12). Later reports repeat the corrected figures as they stood on Thursday. The wounded going from
    # 25 to 11 is the police correcting their own figure down (a revision); the critical and serious counts of a
    # hospital may fall.
    WEDPM, WEDEV, THU = "2010-06-02a", "2010-06-02b", "2010-06-03"
    names = {
     "dead": "people killed by the gunman", "injured": "people wounded by the gunman", "age": "the gunman's age",
     "scenes": "crime scenes examined", "critical": "patients in a critical condition at the hospital",
     "serious": "patients seriously hurt at the hospital", "hours": "length of the shooting spree (hours)",
     "dunblane_children": "children killed at Dunblane", "hungerford_dead": "people killed at Hungerford",
     "lag": "minutes the police were behind the gunman",
     # dates
     "spree": "day of the shootings", "statement": "day of the home secretary's statement to the Commons",
     "corrected": "day the police corrected the number of wounded", "visit": "day of the prime minister's visit",
     "count_wed": "day of the police's first count of the wounded", "dunblane": "the Dunblane shooting",
     "hungerford": "the Hungerford shooting",
    }
    ms = [
     M(G, "12 people", N, "dead", 12, WEDEV),
     M(G, "25 others", N, "injured", 25, WEDEV),
     M(G, "Wednesday", D, "spree", "2010-06-02"),
     M(G, "52", N, "age", 52, cls="age"),
     M(G, "at least five people", N, "dead", 5, WEDPM, qual="atleast"),
     M(G, "12 dead", N, "dead", 12, WEDEV),
     M(G, "30 crime scenes", N, "scenes", 30),
     M(G, "three patients", N, "critical", 3, WEDEV, fall=True),
     M(G, "five more", N, "serious", 5, WEDEV, fall=True),
     M(G, "1996", D, "dunblane", "1996"),
     M(G, "16 children", N, "dunblane_children", 16),
     M(G, "Thursday", D, "statement", "2010-06-03"),

     M(K, "11 orang", N, "injured", 11, THU),
     M(K, "Kamis (3/6/2010)", D, "corrected", "2010-06-03"),
     M(K, "25 orang", N, "injured", 25, WEDEV),
     M(K, "12 orang", N, "dead", 12, THU),
     M(K, "52", N, "age", 52, cls="age"),
     M(K, "Selasa (1/6/2010)", D, "spree", "2010-06-01", planted=True),
     M(K, "sekitar tiga setengah jam", N, "hours", 3.5, qual="approx", cls="dur"),
     M(K, "30 lokasi kejadian", N, "scenes", 30),
     M(K, "pada Kamis", D, "statement", "2010-06-03", occ=2),
     M(K, "Jumat (4/6/2010)", D, "visit", "2010-06-04"),
     M(K, "tahun 1996", D, "dunblane", "1996"),
     M(K, "16 anak", N, "dunblane_children", 16),

     M(R, "Wednesday, June 2", D, "spree", "2010-06-02"),
     M(R, "Friday", D, "visit", "2010-06-04"),
     M(R, "52", N, "age", 52, cls="age"),
     M(R, "12 people", N, "dead", 12, THU),
     M(R, "wounded 11", N, "injured", 11, THU),
     M(R, "25", N, "injured", 25, WEDEV),
     M(R, "Wednesday night", D, "count_wed", "2010-06-02"),
     M(R, "Thursday", D, "corrected", "2010-06-03"),
     M(R, "36 minutes", N, "lag", 36, cls="dur"),
     M(R, "30 crime scenes", N, "scenes", 30),
     M(R, "Thursday", D, "statement", "2010-06-03", occ=2),
     M(R, "1996", D, "dunblane", "1996"),
     M(R, "1987", D, "hungerford", "1987"),
     M(R, "16 people", N, "hungerford_dead", 16),

     M(T, "52", N, "age", 52, cls="age"),
     M(T, "12 orang", N, "dead", 12, THU),
     M(T, "11 orang lainnya", N, "injured", 11, THU),
     M(T, "Rabu (2/6/2010)", D, "spree", "2010-06-02"),
     M(T, "25 orang", N, "injured", 25, WEDEV),
     M(T, "30 lokasi kejadian", N, "scenes", 30),
     M(T, "sekitar tiga setengah jam", N, "hours", 3.5, qual="approx", cls="dur"),
     M(T, "Jumat (4/6/2010)", D, "visit", "2010-06-04"),
     M(T, "1996", D, "dunblane", "1996"),
     M(T, "16 anak", N, "dunblane_children", 16),
    ]
    build("cumbria-shootings-2010", "The shootings in west Cumbria, England (Wednesday 2 June 2010): the taxi driver "
          "Derrick Bird, 52, killed 12 people before killing himself near Boot; the prime minister's 'at least five' "
          "in the afternoon, the police's 12 dead and 25 wounded that evening, the wounded corrected down to 11 on "
          "Thursday 3 June; 30 crime scenes; the home secretary's statement to the Commons on Thursday 3 June and the "
          "prime minister's visit on Friday 4 June; Dunblane (1996) and Hungerford (1987) recalled", False, ms, names)


def iraq():
    F, K, D2, A = "reuters-feb16", "kompas-feb27", "detik-mar19", "ap-mar21"
    # votes and dates do not change with the day of the report: the London march (Saturday 15 February 2003: the
    # police's about 750,000 against the organisers' close to 2 million, sources), the first Commons votes (Wednesday
    # 26 February: the rebel amendment defeated 393-199 with 121 Labour rebels, the government motion carried
    # 434-124), Robin Cook's resignation (Monday 17 March), the second Commons votes (Tuesday 18 March: the amendment
    # defeated 396-217 with 139 Labour rebels, the government motion carried 412-149), the start of the war and the
    # prime minister's address (Thursday 20 March) are different events.
    POLICE, ORG = "the police", "the organisers"
    names = {
     "crowd": "people at the London march", "a1_against": "votes against the rebel amendment on 26 February",
     "a1_for": "votes for the rebel amendment on 26 February", "rebels1": "Labour rebels on 26 February",
     "m1_yes": "votes for the government motion on 26 February",
     "m1_no": "votes against the government motion on 26 February",
     "m2_yes": "votes for military action on 18 March", "m2_no": "votes against military action on 18 March",
     "a2_against": "votes against the rebel amendment on 18 March",
     "a2_for": "votes for the rebel amendment on 18 March", "rebels2": "Labour rebels on 18 March",
     "troops": "British troops in the Gulf", "ultimatum": "hours of the US ultimatum",
     # dates
     "march": "day of the London march", "vote1": "day of the first Commons votes",
     "in_power": "year the prime minister took office", "vote2": "day of the second Commons votes",
     "resign": "day Robin Cook resigned", "war": "day British forces went into action",
     "address": "day of the prime minister's televised address",
    }
    ms = [
     M(F, "Saturday", D, "march", "2003-02-15"),
     M(F, "about 750,000", N, "crowd", 750000, qual="approx", src=POLICE),
     M(F, "close to 2 million", N, "crowd", 2000000, qual="nearly", src=ORG),

     M(K, "Rabu (26/2/2003)", D, "vote1", "2003-02-26"),
     M(K, "393 suara", N, "a1_against", 393, cls="votes"),
     M(K, "199", N, "a1_for", 199, cls="votes"),
     M(K, "121 anggota", N, "rebels1", 121, cls="votes"),
     M(K, "1997", D, "in_power", "1997"),
     M(K, "434 suara", N, "m1_yes", 434, cls="votes"),
     M(K, "124", N, "m1_no", 124, cls="votes"),
     M(K, "Sabtu (15/2/2003)", D, "march", "2003-02-15"),
     M(K, "750.000 orang", N, "crowd", 750000, src=POLICE),
     M(K, "hampir 2 juta orang", N, "crowd", 2000000, qual="nearly", src=ORG),

     M(D2, "Selasa (18/3/2003)", D, "vote2", "2003-03-18"),
     M(D2, "412 suara", N, "m2_yes", 412, cls="votes"),
     M(D2, "149", N, "m2_no", 149, cls="votes"),
     M(D2, "396 suara", N, "a2_against", 396, cls="votes"),
     M(D2, "271", N, "a2_for", 271, cls="votes", planted=True),
     M(D2, "139 anggota", N, "rebels2", 139, cls="votes"),
     M(D2, "121 pembangkang", N, "rebels1", 121, cls="votes"),
     M(D2, "Rabu (26/2/2003)", D, "vote1", "2003-02-26"),
     M(D2, "Senin (17/3/2003)", D, "resign", "2003-03-17"),
     M(D2, "48 jam", N, "ultimatum", 48, cls="dur"),
     M(D2, "Sekitar 45.000 tentara", N, "troops", 45000, qual="approx"),

     M(A, "Thursday, March 20", D, "war", "2003-03-20"),
     M(A, "412-149", N, "m2_yes", 412, cls="votes", also={"m2_no": 149}),
     M(A, "Tuesday", D, "vote2", "2003-03-18"),
     M(A, "396-217", N, "a2_against", 396, cls="votes", also={"a2_for": 217}),
     M(A, "139", N, "rebels2", 139, cls="votes"),
     M(A, "Sunday", D, "resign", "2003-03-16", planted=True),
     M(A, "About 45,000", N, "troops", 45000, qual="approx"),
     M(A, "Feb. 26", D, "vote1", "2003-02-26"),
     M(A, "393-199", N, "a1_against", 393, cls="votes", also={"a1_for": 199}),
     M(A, "121 Labour members", N, "rebels1", 121, cls="votes"),
     M(A, "Feb. 15", D, "march", "2003-02-15"),
     M(A, "750,000 people", N, "crowd", 750000, src=POLICE),
     M(A, "nearly 2 million", N, "crowd", 2000000, qual="nearly", src=ORG),
     M(A, "Thursday night", D, "address", "2003-03-20"),
    ]
    build("iraq-commons-vote-2003", "Britain's road to the Iraq war in stages: the London march of Saturday 15 February "
          "2003 (police about 750,000, organisers close to 2 million); the Commons votes of Wednesday 26 February (the "
          "rebel amendment defeated 393-199 with 121 Labour rebels, the government motion carried 434-124); Robin "
          "Cook's resignation on Monday 17 March; the Commons votes of Tuesday 18 March (the amendment defeated 396-217 "
          "with 139 Labour rebels, military action approved 412-149); British forces in action on Thursday 20 March",
          False, ms, names)


def census():
    R, A, I, K = "reuters-jun23", "antara-jun24", "irishtimes-jun25", "kompas-jun26"
    names = {
     "pop": "population on census night 2022", "inc": "increase since 2016", "pct": "increase since 2016 (%)",
     "mig": "net inward migration since 2016", "nat": "natural increase since 2016", "pop2016": "population in 2016",
     "thr": "the 5 million mark",
     # dates
     "released": "day the preliminary results were published", "night": "census night 2022",
     "last": "last year the population was above 5 million", "prev": "the previous census",
     "planned": "the census's original date", "detailed": "year of the detailed results",
    }
    ms = [
     M(R, "5 million", N, "thr", 5000000),
     M(R, "1851", D, "last", "1851"),
     M(R, "Thursday", D, "released", "2022-06-23"),
     M(R, "5,123,536", N, "pop", 5123536),
     M(R, "April 3", D, "night", "2022-04-03"),
     M(R, "361,671", N, "inc", 361671),
     M(R, "7.6%", N, "pct", 7.6, cls="pct"),
     M(R, "April 2016", D, "prev", "2016-04"),
     M(R, "190,333", N, "mig", 190333),
     M(R, "171,338", N, "nat", 171338),
     M(R, "4,761,865", N, "pop2016", 4761865),
     M(R, "April 2021", D, "planned", "2021-04"),
     M(R, "5 million", N, "thr", 5000000, occ=2),
     M(R, "2023", D, "detailed", "2023"),

     M(A, "5 juta jiwa", N, "thr", 5000000),
     M(A, "1851", D, "last", "1851"),
     M(A, "Kamis (23/6/2022)", D, "released", "2022-06-23"),
     M(A, "5.123.536 jiwa", N, "pop", 5123536),
     M(A, "Minggu (3/4/2022)", D, "night", "2022-04-03"),
     M(A, "361.671 jiwa", N, "inc", 361671),
     M(A, "7,6 persen", N, "pct", 7.6, cls="pct"),
     M(A, "April 2016", D, "prev", "2016-04"),
     M(A, "190.333 jiwa", N, "mig", 190333),
     M(A, "171.338 jiwa", N, "nat", 171338),
     M(A, "4.761.865 jiwa", N, "pop2016", 4761865),
     M(A, "April 2021", D, "planned", "2021-04"),
     M(A, "2023", D, "detailed", "2023"),

     M(I, "Thursday, June 23rd", D, "released", "2022-06-23"),
     M(I, "5,123,536", N, "pop", 5123536),
     M(I, "five million", N, "thr", 5000000),
     M(I, "1851", D, "last", "1851"),
     M(I, "361,671 people", N, "inc", 361671),
     M(I, "7.6 per cent", N, "pct", 7.6, cls="pct"),
     M(I, "4,761,865", N, "pop2016", 4761865),
     M(I, "April 2016", D, "prev", "2016-04"),
     M(I, "171,338", N, "nat", 171338),
     M(I, "190,333", N, "mig", 190333),
     M(I, "more than 361,000 residents", N, "inc", 361000, qual="morethan"),
     M(I, "Sunday, April 3rd", D, "night", "2022-04-03"),
     M(I, "April 2021", D, "planned", "2021-04"),
     M(I, "about 5.1 million people", N, "pop", 5100000, qual="approx"),
     M(I, "2023", D, "detailed", "2023"),

     M(K, "Kamis (23/6/2022)", D, "released", "2022-06-23"),
     M(K, "5.123.536 jiwa", N, "pop", 5123536),
     M(K, "5 juta jiwa", N, "thr", 5000000),
     M(K, "tahun 1851", D, "last", "1851"),
     M(K, "2016", D, "prev", "2016"),
     M(K, "4.761.865 jiwa", N, "pop2016", 4761865),
     M(K, "361.671 jiwa", N, "inc", 361671),
     M(K, "7,6 persen", N, "pct", 7.6, cls="pct"),
     M(K, "190.333 jiwa", N, "mig", 190333),
     M(K, "171.338 jiwa", N, "nat", 171338),
     M(K, "Minggu (3/4/2022)", D, "night", "2022-04-03"),
     M(K, "April 2021", D, "planned", "2021-04"),
     M(K, "sekitar 5,1 juta jiwa", N, "pop", 5100000, qual="approx"),
     M(K, "2023", D, "detailed", "2023"),
    ]
    build("ireland-census-2022", "Ireland's preliminary census results (control), published by the Central Statistics "
          "Office on Thursday 23 June 2022: 5,123,536 people on census night, Sunday 3 April 2022, up 361,671 or 7.6% "
          "from 4,761,865 in April 2016 (net inward migration 190,333, natural increase 171,338), above 5 million for "
          "the first time since 1851; the census postponed from April 2021; detailed results in 2023. Zero conflicts "
          "expected.", True, ms, names)


if __name__ == "__main__":
    cumbria()
    iraq()
    census()
