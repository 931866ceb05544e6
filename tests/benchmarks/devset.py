"""Real-world labelled sets: clusters of news articles written for the project from the facts of real events,
with every pair of mentions that states one fact labelled, scored end to end. The development set
(tests/data/devset/) is what issue 12 is built against; the validation set (tests/data/validation/) has the
same format and labelling rules and is kept out of development; the test set (tests/data/testset/), the same
again, was written blind while that development went on and is measured only after work lands, so its
figures are the honest ones. The second development set (tests/data/devset2/), the same again on five
other events, teaches whose count a figure is: totals beside their parts, groups inside one toll, several
incidents of one kind.

Each cluster folder holds 4-6 articles (front matter gives source, language, publication date) and a
``labels.json``. A finding of kind number or date matches a label when it is of the label's kind and its two
claims' spans overlap the two labelled mentions' spans (either order). The figures are conflict precision and
recall over the labelled discrepancies, conflicts in control clusters, updates reported as updates, labels
that were violated, and agreements found with the right verdict; false conflicts and missed labels are
listed with their mentions so a developer can see why.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from consistency import Config, check_articles
from consistency.load import load_articles
from consistency.records import Article, Finding, Report

from .common import ROOT, fmt

DEVSET = ROOT / "tests" / "data" / "devset"
VALIDATION = ROOT / "tests" / "data" / "validation"
TESTSET = ROOT / "tests" / "data" / "testset"
BLIND = ROOT / "tests" / "data" / "blind"
DEVSET2 = ROOT / "tests" / "data" / "devset2"
DEVSET3 = ROOT / "tests" / "data" / "devset3"
DEVSET4 = ROOT / "tests" / "data" / "devset4"
DEVSET5 = ROOT / "tests" / "data" / "devset5"
DEVSET6 = ROOT / "tests" / "data" / "devset6"
DEVSET7 = ROOT / "tests" / "data" / "devset7"
DEVSET8 = ROOT / "tests" / "data" / "devset8"
DEVSET10 = ROOT / "tests" / "data" / "devset10"
KINDS = ("number", "date")
EXPECTS = ("agree", "compatible", "update", "revision", "conflict", "sources", "none", "not_conflict")
DISCREPANCIES = ("conflict", "revision")  # labels a conflict must be reported for
NO_CONFLICT = ("sources", "update", "not_conflict")  # labels a conflict violates (``none`` is violated by any finding)
UPDATE_CODE = "number.update"
LABEL_KEYS = {"a", "b", "kind", "expect", "why", "planted"}


class DevsetError(ValueError):
    """A label file that does not fit its articles: the message names the cluster, the article and the text."""


@dataclass(frozen=True)
class LabelledSet:
    """A folder of labelled clusters, with the name of its benchmark section and how its report introduces it."""

    name: str
    folder: Path
    title: str
    note: str = ""


IN_SAMPLE = ("Since the third round of issue 12 both sets are the training data of the same-fact scorer, so these "
             "figures are in-sample; the cross-validated ones (leave one cluster out) are in the identity section.")
DEV_SET = LabelledSet("devset", DEVSET, "Real-world development set", IN_SAMPLE)
VALIDATION_SET = LabelledSet(
    "validation", VALIDATION, "Real-world validation set",
    "A second set of the same kind, on other events. It was kept out of development for the first round of issue 12 "
    "(measured there: precision 0.24, recall 0.35); since the second round both sets are development data, and a "
    "third, blind set measures what neither can. " + IN_SAMPLE)
TEST_SET = LabelledSet(
    "testset", TESTSET, "Real-world test set",
    "A third set of the same kind, written without sight of the work on precision and measured untouched until the "
    "fourth round of issue 12 (precision 0.89, 8 of 9; recall 0.25, 8 of 32). Since then it is development data "
    "like the other two: the scorer is trained on it and its thresholds must keep precision when fitted on the "
    "other two sets and run on this one. " + IN_SAMPLE.replace("both sets are", "the sets are"))
BLIND_SET = LabelledSet(
    "blind", BLIND, "Real-world blind set",
    "A fourth set of the same kind, written without sight of the checker's output or its internals, added when the "
    "test set had become development data. It is measured, never tuned on: nobody changes an extractor, lexicon, "
    "threshold or the scorer because of what it shows, and it is not among the scorer's training sets.")
DEV_SET2 = LabelledSet(
    "devset2", DEVSET2, "Real-world development set 2: whose count a figure is",
    "A fifth set of the same kind, on other events, written for what the scorer gets wrong on reporting it has not "
    "seen: a total beside its parts, groups inside one toll, several incidents of one kind, lower bounds that rise "
    "and a real downward revision. Measured once before it joined the scorer's training data (precision 0.33, 3 of 9; "
    "recall 0.12), it is training data since the fifth round of issue 12, so these figures are in-sample.")
DEV_SET3 = LabelledSet(
    "devset3", DEVSET3, "Real-world development set 3: which event a date is, which thing a lower figure counts",
    "A sixth set of the same kind, on three other events, written for the blind set's false conflicts: dates of "
    "different events (a statement or briefing day against the event day, arrests, trial openings and a verdict of one "
    "story) and lower figures of different things (a part, a subset, another incident, another measure). It is not "
    "among the scorer's training sets yet (trained on, no threshold keeps every transfer at the precision goal; see "
    "tests/data/devset3/README.md), so these figures are a transfer from the four training sets.")
DEV_SET4 = LabelledSet(
    "devset4", DEVSET4, "Real-world development set 4: parts of a toll, districts against the province, one briefing",
    "A seventh set of the same kind, on three other events, written for the blind set's false conflicts in new "
    "situations: a crash whose figures are parts of each other (on board, passengers, crew, nationals, survivors, "
    "identified, bodies handed over, a toll rising through the day), a flood whose district figures sit beside the "
    "province's (a toll rising, a district's count corrected down, displaced people returning, briefings on other days "
    "than the events), and a control cluster of one announcement with several figures a sentence. It is a transfer "
    "set, never training data: these figures are measured with the scorer trained on the four training sets (see "
    "tests/data/devset4/README.md).")
DEV_SET5 = LabelledSet(
    "devset5", DEVSET5, "Real-world development set 5: an untouched measure on unseen reporting",
    "An eighth set of the same kind, on three other events, written before the round's fixes landed and measured "
    "untouched: an air disaster with a search (the day contact was lost against the days debris and bodies were found, "
    "depths against distances, bodies recovered against the toll), a multi-site attack (each site's dead against the "
    "city's toll, a toll revised down, a retrospective and a verdict recalling the figures) and a control cluster of "
    "one statistics release with several figures a sentence. It is a transfer set, never training data: these figures "
    "are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset5/README.md).")
DEV_SET6 = LabelledSet(
    "devset6", DEVSET6, "Real-world development set 6: an untouched measure of the round on unseen reporting",
    "A ninth set of the same kind, on three other events, written before the round's fixes landed and measured "
    "untouched: an earthquake whose toll rises over days beside each regency's (a first count corrected down, two "
    "agencies' depths, people displaced returning, a month-later article with the final figures), a law voted by two "
    "chambers months apart (each chamber's tally, statement days against vote days, the day it took effect) and a "
    "control cluster of one wage announcement with several figures a sentence. It is a transfer set, never training "
    "data: these figures are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset6/README.md).")
DEV_SET7 = LabelledSet(
    "devset7", DEVSET7, "Real-world development set 7: an untouched measure of the twelfth round on unseen reporting",
    "A tenth set of the same kind, on three other events, written before the twelfth round's fixes landed and measured "
    "untouched: a ferry sinking whose counts are revised over days (people on board by two agencies, the rescued "
    "corrected down, the dead rising and the missing falling, the ship's figures, the investigation's findings and a "
    "verdict months later), an election with two bodies (each candidate's votes and share, turnout, seats by party, "
    "a speaker's vote weeks later and an inauguration months later recalling the figures) and a control cluster of one "
    "central bank decision with several rates and projections a sentence. It is a transfer set, never training data: "
    "these figures are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset7/README.md).")
DEV_SET8 = LabelledSet(
    "devset8", DEVSET8, "Real-world development set 8: an untouched measure of the thirteenth round on unseen reporting",
    "An eleventh set of the same kind, on three other events, written before the thirteenth round's fixes landed and "
    "measured untouched: an earthquake sequence over three weeks (a foreshock, a main shock whose magnitude is revised "
    "down, an aftershock and a doublet; the toll of each quake beside the sequence's, rising over days, a district's "
    "count corrected down, a year-later article recalling the figures), a murder trial's sentences for five defendants "
    "on three days beside the prosecutors' demands, upheld on appeal and cut months later, and a control cluster of "
    "one poverty statistics release with several rates and periods a sentence. It is a transfer set, never training "
    "data: these figures are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset8/README.md).")
SETS = {s.name: s for s in (DEV_SET, VALIDATION_SET, TEST_SET, BLIND_SET, DEV_SET2, DEV_SET3, DEV_SET4, DEV_SET5,
                            DEV_SET6, DEV_SET7, DEV_SET8)}
DEV_SET10 = LabelledSet(
    "devset10", DEVSET10, "Real-world development set 10: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written before the round's fixes landed and measured untouched: "
    "a ferry sinking with a search (the missing compiled from relatives' reports rising and corrected down, the dead "
    "and the rescued rising, the licensed capacity against the people on board, the lake's depth against the "
    "wreck's, the search called off and an inquiry months later), a referendum and the law that followed (each "
    "side's votes and share, turnout, one constituency's result, two exit polls, two chambers' votes on different "
    "days, the signing and the start of services months later) and a control cluster of one central bank decision "
    "with several rates a sentence. It is a transfer set, never training data: these figures are measured with the "
    "scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset10/README.md).")
SETS[DEV_SET10.name] = DEV_SET10

# The ninth development set: an untouched transfer set, never training data (its own block; devset10's sits beside it).
DEVSET9 = ROOT / "tests" / "data" / "devset9"
DEV_SET9 = LabelledSet(
    "devset9", DEVSET9, "Real-world development set 9: an untouched measure of the fourteenth round on unseen reporting",
    "A twelfth set of the same kind, on three other events, written before the fourteenth round's fixes landed and "
    "measured untouched: a multi-site, two-day bombing (three churches, a flat the same night, a police headquarters "
    "the next day; a toll rising and corrected down, each site's attackers beside the total, arrests, an anniversary "
    "article a year later recalling the figures), a GDP release revised twice (the advance, second and third "
    "estimates of one quarter, an earlier quarter's revision, consumer spending revised, two forecasters' consensus, "
    "a full-year article months later) and a control cluster of one cost announcement with several sums and shares a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset9/README.md).")
SETS[DEV_SET9.name] = DEV_SET9

# The eleventh development set: an untouched transfer set, never training data (its own block).
DEVSET11 = ROOT / "tests" / "data" / "devset11"
DEV_SET11 = LabelledSet(
    "devset11", DEVSET11, "Real-world development set 11: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written before the round's fixes landed and measured untouched: "
    "floods over two countries and several states over days (each state's and country's toll beside the totals, the "
    "missing falling as the dead rise, a state's toll corrected down, an insurers' estimate revised up, a fund voted by "
    "two chambers months later), a presidential election counted three ways (an unofficial count rising over two days, "
    "a church group's parallel count, Congress's canvass with votes and shares, turnout, an inauguration weeks later "
    "recalling the figures) and a control cluster of one excise announcement with several rates a sentence. It is a "
    "transfer set, never training data: these figures are measured with the scorer trained on the four training "
    "sets, and nobody tunes on it (see tests/data/devset11/README.md).")
SETS[DEV_SET11.name] = DEV_SET11

# The twelfth development set: an untouched transfer set, never training data (its own block).
DEVSET12 = ROOT / "tests" / "data" / "devset12"
DEV_SET12 = LabelledSet(
    "devset12", DEVSET12, "Real-world development set 12: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written before the round's fixes landed and measured "
    "untouched: a rescue of trapped workers over seventeen days (a first count corrected up, metres drilled rising "
    "on the days of each attempt, an estimate of the debris corrected down, a year-later article recalling the "
    "figures), a monthly inflation release with rates of several periods and categories (a poll's forecasts before "
    "it, the next month's release a month later) and a control cluster of one medal table with several figures a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset12/README.md).")
SETS[DEV_SET12.name] = DEV_SET12

# The thirteenth development set: an untouched transfer set, never training data (its own block).
DEVSET13 = ROOT / "tests" / "data" / "devset13"
DEV_SET13 = LabelledSet(
    "devset13", DEVSET13, "Real-world development set 13: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written before the round's fixes landed and measured "
    "untouched: an air crash with a manifest and nationality counts rising over days, DNA profiles isolated rising, "
    "two recorders found on different days and a final report a year later recalling the figures; a law passed by "
    "two chambers on different days (votes, money figures whose estimates differ by source, the signing, a "
    "year-later article) and a control cluster of one inauguration with several figures a sentence. It is a "
    "transfer set, never training data: these figures are measured with the scorer trained on the four training "
    "sets, and nobody tunes on it (see tests/data/devset13/README.md).")
SETS[DEV_SET13.name] = DEV_SET13

# The fourteenth development set: an untouched transfer set, never training data (its own block).
DEVSET14 = ROOT / "tests" / "data" / "devset14"
DEV_SET14 = LabelledSet(
    "devset14", DEVSET14, "Real-world development set 14: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written before the round's fixes landed and measured "
    "untouched: a volcanic eruption over two weeks (the alert raised, lowered and raised again, the exclusion radius "
    "widened, evacuees per village and district beside the totals, two sources' counts of one island's evacuees, "
    "houses damaged corrected down, an airport shut and reopened twice, a relocation plan six weeks later), a share "
    "offering whose figures change as it completes (the offer price, the amount raised in dollars and riyals before "
    "and after the greenshoe, the valuation at pricing and after two days of trading, a follow-up a month later) "
    "and a control cluster of one satellite launch with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes "
    "on it (see tests/data/devset14/README.md).")
SETS[DEV_SET14.name] = DEV_SET14

# The fifteenth development set: an untouched transfer set, never training data (its own block).
DEVSET15 = ROOT / "tests" / "data" / "devset15"
DEV_SET15 = LabelledSet(
    "devset15", DEVSET15, "Real-world development set 15: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written after the round's fixes and measured untouched on the "
    "round's final checker: a building collapse (a toll rising over three weeks and recalled a year later, people "
    "rescued alive rising, a survivor found after 17 days, the building's storeys, a recalled fire's toll), "
    "protests on several days with two sources' crowd counts each day (nationwide and in the capital, a retirement "
    "age from 62 to 64, votes of two chambers and a no-confidence vote) and a control cluster of one prize "
    "announcement with several figures a sentence. It is a transfer set, never training data: these figures are "
    "measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset15/README.md).")
SETS[DEV_SET15.name] = DEV_SET15

# The sixteenth development set: an untouched transfer set, never training data (its own block).
DEVSET16 = ROOT / "tests" / "data" / "devset16"
DEV_SET16 = LabelledSet(
    "devset16", DEVSET16, "Real-world development set 16: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written in the round and measured untouched once on main "
    "47f9103's checker plus the set: a building collapse (a toll rising over two weeks and recalled a year later, "
    "the county's count of people unaccounted for rising then falling beside the town mayor's first figure, units "
    "and storeys, money of a repair estimate, an assessment, a settlement and a sale), a general election (seats "
    "rising through the count beside an exit poll's projection, vote shares of several parties, turnout first put "
    "at 60% and then 59.7%, figures of earlier elections recalled, a leadership ballot four months later) and a "
    "control cluster of one telescope launch with several figures a sentence. It is a transfer set, never training "
    "data: these figures are measured with the scorer trained on the four training sets, and nobody tunes on it "
    "(see tests/data/devset16/README.md). Measured untouched once (main 47f9103 plus the set): precision 0.67 (4 of "
    "6), recall 0.44 (4 of 9), 0 control conflicts, 9 of 27 updates.")
SETS[DEV_SET16.name] = DEV_SET16

# The seventeenth development set: an untouched transfer set, never training data (its own block).
DEVSET17 = ROOT / "tests" / "data" / "devset17"
DEV_SET17 = LabelledSet(
    "devset17", DEVSET17, "Real-world development set 17: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written after the round's fixes and measured untouched once on "
    "the round's final checker: a typhoon (a national agency's toll rising over days and final a year later, beside a "
    "province's early estimate, the president's and the UN's, the UN's count lowered the next day; injured and "
    "missing, two agencies' wind speeds, an appeal, a recalled storm), a general election with no majority (each "
    "coalition's seats rising through the count night and once more after a postponed poll, turnout at the close "
    "and final beside the last election's, the palace's deadline, the swearing-in and a confidence vote a month "
    "later) and a control cluster of one rover landing with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes "
    "on it (see tests/data/devset17/README.md). Measured untouched once on the seventeenth round's final checker (main "
    "e20a733): precision 1.00 (3 of 3), recall 0.375 (3 of 8), 0 control conflicts, 18 of 36 updates.")
SETS[DEV_SET17.name] = DEV_SET17

# The eighteenth development set: an untouched transfer set, never training data (its own block).
DEVSET18 = ROOT / "tests" / "data" / "devset18"
DEV_SET18 = LabelledSet(
    "devset18", DEVSET18, "Real-world development set 18: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written on main 542bc13 and measured untouched once on that "
    "checker plus the set: landslides (an official toll rising over days and confirmed ten weeks later beside "
    "unofficial media tallies, the missing by the authorities falling beside a police estimate, bodies and body parts, "
    "injured, camps, a bridge, an earlier landslide recalled), a general election and the prime-minister votes after "
    "it (seats in a preliminary and a certified count, a coalition's seats corrected down, the votes needed, three "
    "joint sittings, other bodies' certification, petition and rulings on their own days, a dissolution a year later) "
    "and a control cluster of one oil-output announcement with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes on "
    "it (see tests/data/devset18/README.md). Measured untouched once (main 542bc13 plus the set): precision 0.29 (2 of "
    "7), recall 0.25 (2 of 8), 0 control conflicts, 10 of 31 updates; after the round's fixes, made after reading "
    "its false conflicts: 1.00 (2 of 2).")
SETS[DEV_SET18.name] = DEV_SET18
# The nineteenth development set: an untouched transfer set, never training data (its own block).
DEVSET19 = ROOT / "tests" / "data" / "devset19"
DEV_SET19 = LabelledSet(
    "devset19", DEVSET19, "Real-world development set 19: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a motorway bridge collapse (a "
    "toll rising over four days, corrected down by one on the third and final on the fifth, recalled two years later "
    "when the new bridge opens; the injured restated, the evacuated rising then falling, the old bridge's length "
    "against the new one's, a state of emergency's length and funds, coffins and piers of one number), a "
    "president's martial law and what followed (the assembly's vote to lift it, a failed and a passed impeachment "
    "vote a week apart with their tallies, organisers' and police's crowd counts, a predecessor's impeachment "
    "recalled, the Constitutional Court's ruling four months later: tallies and days of several bodies) and a "
    "control cluster of one company's annual results with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes "
    "on it (see tests/data/devset19/README.md). Measured untouched once by the lead on the eighteenth round's "
    "starting checker (main 542bc13 plus the set): precision 0.125 (1 of 8), recall 0.14 (1 of 7), 0 control "
    "conflicts, 10 of 14 updates. Its false conflicts were then read (tallies of different votes, a threshold "
    "read as a bound, a stretch's length against the bridge's): 0.67 (2 of 3) after the round.")
SETS[DEV_SET19.name] = DEV_SET19
# The twentieth development set: an untouched transfer set, never training data (its own block).
DEVSET20 = ROOT / "tests" / "data" / "devset20"
DEV_SET20 = LabelledSet(
    "devset20", DEVSET20, "Real-world development set 20: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a coal mine fire (an official "
    "toll rising over four days against an opposition estimate, the injured corrected down by one office and higher "
    "years later, survivors and workers underground, police detentions and a court's orders on different days, a "
    "verdict four years on with several terms and counts, an older mine disaster recalled), a constitutional "
    "referendum (shares and votes of a count in progress and final, tables counted, turnout under compulsory "
    "voting, an earlier plebiscite and a second referendum a year later recalled, a meeting, a reshuffle and an "
    "agreement on their own days) and a control cluster of one football final's official figures with several "
    "figures a sentence. It is a transfer set, never training data: these figures are measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset20/README.md). Measured "
    "untouched once by the lead on the eighteenth round's checker after its fixes (main 9f8ad2f plus the set): "
    "precision 0.00 (0 of 1), recall 0.00 (0 of 11), 0 control conflicts, 3 of 35 updates; the round's starting "
    "checker (542bc13) gives the same conflict. Its false conflict (two referendums fifteen months apart) was "
    "then read and its class fixed: no conflict; after the round's later fixes (a winner's share, people present, a "
    "decimal digit slip): 1.00 (1 of 1).")
SETS[DEV_SET20.name] = DEV_SET20
# The twenty-first development set: an untouched transfer set, never training data (its own block).
DEVSET21 = ROOT / "tests" / "data" / "devset21"
DEV_SET21 = LabelledSet(
    "devset21", DEVSET21, "Real-world development set 21: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a mine collapse and the rescue "
    "69 days later (the trapped first counted as 34 and lowered to 33, days underground rising 17 -> 65 -> 69, depths "
    "of the men, the probe, the rescue shaft and a backup rig in one unit, two sources' counts of journalists, an "
    "earthquake recalled), a presidential election in two rounds (shares and votes of each round, a poll beside the "
    "result, a 2006 vote total and a 2018 share recalled, blockades cleared and still in place with a truckers' "
    "association's count, the electoral court's ban eight months later: days of several bodies) and a control "
    "cluster of one agricultural census release with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes "
    "on it (see tests/data/devset21/README.md). Measured untouched once by the lead on the eighteenth round's "
    "checker after its fixes (main 9f8ad2f plus the set): precision 0.00 (0 of 3), recall 0.00 (0 of 13), 0 "
    "control conflicts, 1 of 28 updates; the round's starting checker (542bc13) gives the same conflicts. Its "
    "false conflicts were then read: a second collapse's day is its own now; two depths of different things "
    "(the refuge's, the rescue shaft's) are still one false conflict: 0.00 (0 of 1); after the round's later "
    "fixes (a winner's share, a run-off's day): 0.75 (3 of 4).")
SETS[DEV_SET21.name] = DEV_SET21
# The twenty-second development set: an untouched transfer set, never training data (its own block).
DEVSET22 = ROOT / "tests" / "data" / "devset22"
DEV_SET22 = LabelledSet(
    "devset22", DEVSET22, "Real-world development set 22: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an airliner's runway overrun "
    "(the people on board first given as 191 and corrected to 190, a toll rising over a week and final in the "
    "investigators' report a year later, the injured in hospital falling, two compensations of one sum, the "
    "recorders' recovery, the committee's formation and the report on their own days, an older crash recalled), an "
    "independence referendum (two pollsters' estimates of the No share, the result's shares, votes and turnout, "
    "councils' shares, a party's membership rising over weeks, an earlier devolution referendum recalled, a "
    "commission's set-up, deadline and report, a first minister's departure and his successor's election on their "
    "own days) and a control cluster of one national budget's figures, several a sentence. It is a transfer set, "
    "never training data: these figures are measured with the scorer trained on the four training sets, and nobody "
    "tunes on it (see tests/data/devset22/README.md). Measured untouched once by the lead on the eighteenth "
    "round's checker after its fixes (main 152e024 plus the set): precision 1.00 (4 of 4), recall 0.33 (4 of "
    "12), 0 control conflicts, 5 of 15 updates; the round's starting checker (542bc13) gives the same "
    "conflicts. Not read since.")
SETS[DEV_SET22.name] = DEV_SET22
# The twenty-third development set: an untouched transfer set, never training data (its own block).
DEVSET23 = ROOT / "tests" / "data" / "devset23"
DEV_SET23 = LabelledSet(
    "devset23", DEVSET23, "Real-world development set 23: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): two earthquakes two days "
    "apart (a foreshock's and a main shock's magnitudes, depths and intensities, the toll rising over ten days and "
    "corrected down by one on the way, evacuees rising then falling, aftershocks counted, troops sent, the missing "
    "falling, an older earthquake recalled with the same magnitude, the toll and the disaster-related deaths a year "
    "on), a bailout referendum (the banks shut and a daily limit, parliament's votes on two occasions, a count in "
    "progress and the final shares, votes and turnout, police's and organizers' counts of a rally, a summit, a "
    "resignation, the deal and the banks' reopening on their own days, a snap election and earlier bailouts "
    "recalled a year later) and a control cluster of one population report with several figures a sentence. It is "
    "a transfer set, never training data: these figures are measured with the scorer trained on the four training "
    "sets, and nobody tunes on it (see tests/data/devset23/README.md). Measured untouched once by the lead on "
    "the eighteenth round's final checker (main 0bbf909): precision 1.00 (3 of 3), "
    "recall 0.375 (3 of 8), 0 control conflicts, 12 of 29 updates; the round's starting checker (542bc13) gives "
    "0.75 (3 of 4) and 13 of 29 updates. Not read since.")
SETS[DEV_SET23.name] = DEV_SET23
# The twenty-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET25 = ROOT / "tests" / "data" / "devset25"
DEV_SET25 = LabelledSet(
    "devset25", DEVSET25, "Real-world development set 25: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a hurricane's official toll "
    "rising over weeks (lowered once by two on the way, for a double count) and raised eleven months later after a "
    "study, two studies' estimates of the deaths, the share of customers with power rising, a visit, a hospital "
    "ship's arrival, a House vote and a correction on their own days, an older hurricane recalled), a presidential "
    "election (turnout in progress and final, the commission's shares and votes, a margin, thresholds of the "
    "constitution, commissioners disowning the result, a court's ruling weeks later, an annulment and older "
    "violence recalled) and a control cluster of one company's acquisition announcement with several figures a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on "
    "the four training sets, and nobody tunes on it (see tests/data/devset25/README.md). Measured untouched "
    "once by the lead on the eighteenth round's final checker (main e64c6c3): precision 0.00 (0 of 2), recall "
    "0.00 (0 of 8), 0 control conflicts, 19 of 57 updates; the round's starting checker (542bc13) gives 0.33 (1 "
    "of 3). Its two false conflicts (a toll 'stood at 16 when the president visited on Oct. 3' read as the "
    "report's own day) were then read and their class fixed: no conflict after the round.")
SETS[DEV_SET25.name] = DEV_SET25
# The twenty-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET26 = ROOT / "tests" / "data" / "devset26"
DEV_SET26 = LabelledSet(
    "devset26", DEVSET26, "Real-world development set 26: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a tailings-dam collapse (the "
    "bodies recovered rising over weeks, lowered once by one for a double count, the missing counted down, a total a "
    "year on, two bodies' estimates of the tailings held, funds frozen rising, fines of two governments, arrests, "
    "announcements and charges on their own days, an older collapse recalled), a presidential election in two rounds "
    "(shares and provisional votes of five candidates, thresholds, an endorsement, a run-off's count in progress and "
    "final, inflation of two months, an inauguration, primaries and the return to democracy recalled) and a control "
    "cluster of one monthly trade-balance release with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes "
    "on it (see tests/data/devset26/README.md). Measured untouched once by the lead on main 4d61c4b: precision 1.00 (2 of 2), recall 0.25 (2 of 8), 0 control conflicts, 4 of 18 updates; the round's starting checker (e637e20) gives the same. Its misses were not read. After the round's retrain: 1.00 (3 of 3), recall 3 of 8.")
SETS[DEV_SET26.name] = DEV_SET26
# The twenty-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET28 = ROOT / "tests" / "data" / "devset28"
DEV_SET28 = LabelledSet(
    "devset28", DEVSET28, "Real-world development set 28: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): port explosions at a chemical "
    "warehouse (the toll rising over days and corrected down once for bodies counted twice, firefighters among the "
    "dead and the missing, people in hospital rising then falling, the blasts' sizes in tonnes of TNT and "
    "magnitudes, two firms' estimates of insured losses, the final report's figures six months on, an older "
    "explosion recalled), a constitutional referendum and what followed (shares, votes, turnout in progress, in the "
    "country and with voters abroad, regions' shares, a resignation announced and made on different days, a "
    "successor's mandate, swearing-in and confidence votes, a court ruling and the leader quitting his party weeks "
    "later, an older referendum and an election's share recalled) and a control cluster of one monthly jobs report "
    "with several figures a sentence. It is a transfer set, never training data: these figures are measured with "
    "the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset28/README.md). "
    "Measured untouched once by the lead on main 4d61c4b: precision 0.50 (3 of 6), recall 0.50 (3 of 6), 0 control conflicts, 24 of 29 updates; the round's starting checker (e637e20) gives the same. Its false conflicts were then read: a wire dateline's day is no date now; a resignation planned for Monday against the day it happened is still two false conflicts: 0.60 (3 of 5) after the round.")
SETS[DEV_SET28.name] = DEV_SET28
# The twenty-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET29 = ROOT / "tests" / "data" / "devset29"
DEV_SET29 = LabelledSet(
    "devset29", DEVSET29, "Real-world development set 29: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an attack on a concert hall "
    "(the toll rising over days, corrected down once for remains counted twice and final a year on, the injured "
    "and the identified rising, arrests, suspects remanded on several days, a custody term's end, older sieges "
    "recalled with their own tolls), a presidential election (a count in progress and the commission's final votes "
    "and shares, turnout by the commission and by observers, a home state's result, a tribunal's ruling and a "
    "Supreme Court's weeks apart, the previous election recalled) and a control cluster of one carmaker's quarterly "
    "deliveries release with several figures a sentence. It is a transfer set, never training data: these figures "
    "are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset29/README.md). Measured untouched once by the lead on main 4d61c4b: precision 0.30 (3 of 10), recall 0.38 (3 of 8), 0 control conflicts, 18 of 39 updates; the round's starting checker (e637e20) gives the same. Its false conflicts were then read and fixed (a toll of a siege named for comparison, the identified and the seriously injured among the dead and the wounded, a statement verb): 1.00 (3 of 3) after the round.")
SETS[DEV_SET29.name] = DEV_SET29
# The thirtieth development set: an untouched transfer set, never training data (its own block).
DEVSET30 = ROOT / "tests" / "data" / "devset30"
DEV_SET30 = LabelledSet(
    "devset30", DEVSET30, "Real-world development set 30: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a tropical cyclone over three "
    "countries (tolls rising by country, one country's toll corrected down for bodies counted twice, the feared "
    "toll, two bodies' counts of the displaced in one article, cholera cases rising, a year-later article recalling "
    "a second cyclone and older floods with their own tolls), a presidential election (a quick count's ranges, a "
    "preliminary count, the official count's shares and votes, two groups' counts of candidates killed, the "
    "electoral court's declaration and the inauguration months apart, the previous election recalled) and a control "
    "cluster of one quarterly GDP release with several figures a sentence. It is a transfer set, never training "
    "data: these figures are measured with the scorer trained on the four training sets, and nobody tunes on it "
    "(see tests/data/devset30/README.md). Measured untouched once by the lead on main 8158d7a: precision 0.00 (0 of 9), recall 0.00 (0 of 4), 0 control conflicts, 15 of 41 updates; the round's starting checker (e637e20) gives the same conflicts. Its false conflicts were then read (a named storm is an incident and another storm's toll is another's, a country that reports its own count is its place, a body's name elects nothing, an attribution at the sentence's end): 1.00 (1 of 1) after the round.")
SETS[DEV_SET30.name] = DEV_SET30
# The thirty-first development set: an untouched transfer set, never training data (its own block).
DEVSET31 = ROOT / "tests" / "data" / "devset31"
DEV_SET31 = LabelledSet(
    "devset31", DEVSET31, "Real-world development set 31: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a volcano's eruptions over "
    "weeks (the toll rising from 25 to 353, corrected down once for bodies registered twice, the displaced counted "
    "by two bodies the same day, the danger zone widened from 10 to 15 to 20 km beside other distances in km, the "
    "alert raised and lowered, an airport closed, older eruptions recalled with their own tolls, a year-later "
    "article), a general election and what followed (a count in progress whose shares later fall or rise, the "
    "declared shares and seats of four parties, turnout against the previous election's, a party's executive, "
    "parliament's vote for the president and the speaker, the inauguration, the cabinet and its swearing-in on their "
    "own days) and a control cluster of one company's quarterly results with several figures a sentence. It is a "
    "transfer set, never training data: these figures are measured with the scorer trained on the four training "
    "sets, and nobody tunes on it (see tests/data/devset31/README.md). Measured untouched once by the lead on main 8158d7a: precision 0.67 (4 of 6), recall 0.50 (4 of 8), 0 control conflicts, 22 of 40 updates; the round's starting checker (e637e20) gives 0.80 (4 of 5). Its false conflicts were then read: the distances of two places from one summit and two sources' counts of the displaced (a province's administrations named by no known body) remain: 0.67 (4 of 6) after the round.")
SETS[DEV_SET31.name] = DEV_SET31
# The thirty-second development set: an untouched transfer set, never training data (its own block).
DEVSET32 = ROOT / "tests" / "data" / "devset32"
DEV_SET32 = LabelledSet(
    "devset32", DEVSET32, "Real-world development set 32: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a motorway bridge's collapse "
    "into a river (a toll given as seven the first night and lowered to four the next day, then rising to 13 over "
    "three weeks, the missing by the police and by the sheriff, the injured rising, vehicles on the bridge estimated "
    "then counted, the bridge's traffic, lanes, span and length, federal money, the replacement opened a year on, "
    "older bridge collapses recalled with their own tolls), a presidential election (a media tally against the "
    "commission's provisional result, the council's final result two days later, the inauguration the day the "
    "predecessor's term ended, a year-later article) and a control cluster of one central bank's rate decision with "
    "several figures a sentence. It is a transfer set, never training data: these figures are measured with the "
    "scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset32/README.md). Measured untouched once by the lead on main 8158d7a: precision 0.50 (2 of 4), recall 0.22 (2 of 9), 0 control conflicts, 14 of 33 updates; the round's starting checker (e637e20) gives the same conflicts. Its false conflicts were then read (a bridge failure of 1983 named for comparison): 1.00 (3 of 3) after the round.")
SETS[DEV_SET32.name] = DEV_SET32
# The thirty-third development set: an untouched transfer set, never training data (its own block).
DEVSET33 = ROOT / "tests" / "data" / "devset33"
DEV_SET33 = LabelledSet(
    "devset33", DEVSET33, "Real-world development set 33: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an earthquake (the toll rising "
    "through a day and the next, corrected down once for a victim counted twice and final at 104, the injured and "
    "the displaced rising, the displaced falling a year on, damaged mosques, shophouses and houses, two agencies' "
    "depths, a regency's and a province's emergencies declared on different days, an older tsunami and earthquake "
    "recalled), a snap presidential election in two rounds (shares counted in progress and final, an observers' "
    "quick count, the rules to win outright, turnout of both rounds, votes and seats, an assembly and a president "
    "sworn in on different days) and a control cluster of one company's quarterly earnings guidance with several "
    "figures a sentence. It is a transfer set, never training data: these figures are measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset33/README.md). Measured untouched once by the lead on main 8158d7a: precision 0.33 (2 of 6), recall 0.22 (2 of 9), 0 control conflicts, 20 of 48 updates; the round's starting checker (e637e20) gives the same conflicts. Its false conflicts were then read (the district with the most deaths is a part of the toll, the strongest aftershock's magnitude after an as-of phrase): 0.67 (2 of 3) after the round; a province's and a regency's emergency declarations on two days remain.")
SETS[DEV_SET33.name] = DEV_SET33
# The thirty-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET34 = ROOT / "tests" / "data" / "devset34"
DEV_SET34 = LabelledSet(
    "devset34", DEVSET34, "Real-world development set 34: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a city's and a province's "
    "floods (a subway line flooded, the toll rising over days and the missing rising and falling, a city's toll "
    "corrected down once, an hour's, three days' and a year's rainfall in mm, the relocated rising, losses in yuan, an "
    "inquiry months later counting the dead and missing and the deaths concealed, older floods recalled), a "
    "presidential run-off (a count in progress whose shares move both ways and whose lead narrows, a pollster's exit "
    "poll and quick count as two estimates, challenges filed by a deadline, the count's end, the proclamation six "
    "weeks later and the inauguration, the first round and an earlier run-off recalled) and a control cluster of one "
    "institution's growth forecasts with several figures a sentence. It is a transfer set, never training data: "
    "these figures are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset34/README.md). Measured untouched once by the lead on main 6cf4e68: precision 0.19 (3 of 16), recall 0.33 (3 of 9), 0 control conflicts, 19 of 48 updates; the round's starting checker (e637e20) gives 0.23 (3 of 13). Its false conflicts were then read: a city government's own count takes its city (0.31, 4 of 13, after the round); the city tolls against the province's and an estimate of a margin against the final count remain.")
SETS[DEV_SET34.name] = DEV_SET34
# The thirty-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET35 = ROOT / "tests" / "data" / "devset35"
DEV_SET35 = LabelledSet(
    "devset35", DEVSET35, "Real-world development set 35: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a volcano's deadly eruption "
    "(a toll given by the police, lowered the same evening for a victim counted twice, then rising over ten days; "
    "two bodies' counts of the evacuees the same day and the evacuees falling as people went home; the exclusion "
    "radius, the flows' reach; an eruption four centuries after the last recalled, a year-later article), a "
    "presidential election in two rounds (an agency's count and the official result of each round, votes, margin, "
    "turnout, an endorsement, the swearing-in on its own day) and a control cluster of one flash estimate of "
    "inflation with several figures a sentence. It is a transfer set, never training data: these figures are "
    "measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset35/README.md). Measured untouched once by the lead on main 6cf4e68: precision 0.00 (0 of 2), recall 0.00 (0 of 7), 0 control conflicts, 8 of 22 updates; the round's starting checker (e637e20) gives the same. Its two false date conflicts (a day before the eruption against the eruption's day) were then read and fixed: no conflict after the round.")
SETS[DEV_SET35.name] = DEV_SET35
# The thirty-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET36 = ROOT / "tests" / "data" / "devset36"
DEV_SET36 = LabelledSet(
    "devset36", DEVSET36, "Real-world development set 36: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an earthquake (two institutes' "
    "magnitudes and depths, the toll rising over four days and final a year on, the towns' tolls, one town's "
    "corrected down for a victim counted twice, the injured, the homeless and the aftershocks rising, an aftershock "
    "on its own day, older and later quakes recalled with their own magnitudes and tolls, two funerals on their own "
    "days), a general election (leads on the count's afternoon against the final seats, shares, turnout provisional "
    "and final, the previous election's figures recalled, the appointment, the swearing-in and a resignation weeks "
    "later on their own days) and a control cluster of one central bank's rate decision with several figures a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset36/README.md). Measured untouched once by the lead on main 6cf4e68: precision 0.00 (0 of 3), recall 0.00 (0 of 10), 0 control conflicts, 23 of 47 updates; the round's starting checker (e637e20) gives 0.00 (0 of 2) (the round's lower date threshold adds a first-reported turnout against the final one). Read and not fixed: the count's day against the day of later acts.")
SETS[DEV_SET36.name] = DEV_SET36
# The thirty-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET37 = ROOT / "tests" / "data" / "devset37"
DEV_SET37 = LabelledSet(
    "devset37", DEVSET37, "Real-world development set 37: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a runaway oil train's "
    "derailment in a town centre (the toll rising over three weeks to 47, the bodies found and the never found, the "
    "missing by the police and by the Red Cross, the buildings destroyed estimated on the day and lowered three days "
    "later, the evacuated and those still out, the tank cars and those derailed, an older rail collision recalled, "
    "an acquittal four and a half years on), a presidential election in two rounds (shares and votes of both rounds, "
    "turnout, the margin, the rule to win outright, the electoral council's declaration and the inauguration on "
    "their own days, the previous run-off recalled) and a control cluster of one advance GDP estimate with several "
    "figures a sentence. It is a transfer set, never training data: these figures are measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset37/README.md). Measured untouched once by the lead on main 6cf4e68: precision 1.00 (3 of 3), recall 0.25 (3 of 12), 0 control conflicts, 5 of 15 updates; the round's starting checker (e637e20) gives the same.")
SETS[DEV_SET37.name] = DEV_SET37
# The thirty-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET38 = ROOT / "tests" / "data" / "devset38"
DEV_SET38 = LabelledSet(
    "devset38", DEVSET38, "Real-world development set 38: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an earthquake (two bodies' "
    "magnitudes and one body's raised a week later, the toll rising over eight days to a final count months on, the "
    "buried in a city and in the province, the injured and the missing, one city's toll lowered for victims counted "
    "twice, the students lost counted a year on, an older quake recalled with its toll, three days of mourning on "
    "their own days), a parliamentary election (an exit poll's shares, seats and turnout against the official "
    "results, turnout by the afternoon, the previous election recalled, a designation, a first sitting, two "
    "swearings-in, a confidence vote and a prime minister's election on their own days, a vote's ayes equal to the "
    "coalition's seats) and a control cluster of one central bank's rate decision with several figures a sentence. "
    "It is a transfer set, never training data: these figures are measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset38/README.md). Measured untouched once by the lead on main 8ee4783: precision 0.00 (0 of 3), recall 0.00 (0 of 6), 0 control conflicts, 10 of 61 updates; the round's starting checker (8728fe2) gives the same.")
SETS[DEV_SET38.name] = DEV_SET38
# The thirty-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET39 = ROOT / "tests" / "data" / "devset39"
DEV_SET39 = LabelledSet(
    "devset39", DEVSET39, "Real-world development set 39: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an earthquake (first-day "
    "estimates of the toll by the prime minister and the Red Cross and the president's later one, the government's "
    "count rising over a month, lowered once and raised a year later, the injured, the homeless and the people in "
    "camps over the year, the Security Council's extra troops and police, an aftershock and the 2004 tsunami's toll "
    "recalled), a general election (a party's seats rising with the count to a majority declared ten days on, the "
    "other side's seats, first-preference and two-party shares, turnout, the swearing-in two days after polling day, "
    "the cabinet, a new opposition leader and a visit abroad on their own days) and a control cluster of one central "
    "bank's rate decision with several figures a sentence. It is a transfer set, never training data: these figures "
    "are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset39/README.md). Measured untouched once by the lead on main 8ee4783: precision 1.00 (3 of 3), recall 0.33 (3 of 9), 0 control conflicts, 17 of 61 updates; the round's starting checker (8728fe2) gives the same.")
SETS[DEV_SET39.name] = DEV_SET39
# The fortieth development set: an untouched transfer set, never training data (its own block).
DEVSET40 = ROOT / "tests" / "data" / "devset40"
DEV_SET40 = LabelledSet(
    "devset40", DEVSET40, "Real-world development set 40: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): two landslides on one evening "
    "(the toll rising over nine days to 40, one day's count corrected down for a body counted twice, the missing "
    "rising then falling to none, two agencies' counts of the displaced, houses damaged and to relocate, an older "
    "landslide recalled, the search's extension and end and a year-later article), a presidential and parliamentary "
    "election (a concession the day after the vote and the commission's declaration the day after that, votes and "
    "shares, turnout, registered voters, a party's seats rising, the previous election's shares and seats recalled, "
    "the inauguration a month on) and a control cluster of one quarterly GDP release with several figures a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset40/README.md). Measured untouched once by the lead on main 8ee4783: precision 0.33 (1 of 3), recall 0.17 (1 of 6), 0 control conflicts, 20 of 39 updates; the round's starting checker (8728fe2) gives the same.")
SETS[DEV_SET40.name] = DEV_SET40
# The forty-first development set: an untouched transfer set, never training data (its own block).
DEVSET41 = ROOT / "tests" / "data" / "devset41"
DEV_SET41 = LabelledSet(
    "devset41", DEVSET41, "Real-world development set 41: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a hurricane's landfall and "
    "inland floods (the toll rising over a week and final in a report months later, states' tolls rising, one "
    "county's toll corrected down, the unaccounted for and the outages falling, two firms' estimates of insured "
    "losses, older and later storms recalled with their own categories and toll, a year-later article), a general "
    "election with a slow count (seats declared on the first evening against the final result, turnout by the "
    "commission and by observers, a coalition deal, the speaker, the prime minister and the president elected and "
    "sworn in on their own days) and a control cluster of one preliminary GDP release with several figures a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset41/README.md). Measured untouched once by the lead on main 7e69f92: precision 0.44 (4 of 9), recall 0.57 (4 of 7), 0 control conflicts, 10 of 37 updates; the round's starting checker (8728fe2) gives 0.50 (4 of 8).")
SETS[DEV_SET41.name] = DEV_SET41
# The forty-second development set: an untouched transfer set, never training data (its own block).
DEVSET42 = ROOT / "tests" / "data" / "devset42"
DEV_SET42 = LabelledSet(
    "devset42", DEVSET42, "Real-world development set 42: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a cruise ship's wreck (the "
    "people on board first given as 4,234 and lowered to 4,229 once the lists were reconciled, the toll rising over "
    "five weeks from 3 to 25 and final at 32, bodies found on given days, the missing falling as they were found or "
    "traced, the captain detained, put under house arrest and sentenced three years later; the Titanic's dead and an "
    "island's residents recalled), a presidential election in two rounds (shares, votes, turnout and abstention of "
    "both rounds, two pollsters' projections on the night against the final count, the ministry's count and the "
    "Constitutional Council's proclamation on different days, the 2017 shares recalled, the inauguration, the terms' "
    "end and start) and a control cluster of one labour-force release with several figures a sentence. It is a "
    "transfer set, never training data: these figures are measured with the scorer trained on the four training "
    "sets, and nobody tunes on it (see tests/data/devset42/README.md). Measured untouched once by the lead on main 7e69f92: precision 0.50 (5 of 10), recall 0.56 (5 of 9), 0 control conflicts, 8 of 23 updates; the round's starting checker (8728fe2) gives 0.45 (5 of 11).")
SETS[DEV_SET42.name] = DEV_SET42
# The forty-third development set: an untouched transfer set, never training data (its own block).
DEVSET43 = ROOT / "tests" / "data" / "devset43"
DEV_SET43 = LabelledSet(
    "devset43", DEVSET43, "Real-world development set 43: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a volcano's deadly eruption "
    "(a toll first given as ten and corrected to nine the same evening for a victim counted twice, the injured and "
    "the displaced rising, two agencies' counts of the displaced the same day, an exclusion zone widened, the "
    "summit's height, ash columns of later eruptions, an eruption four months on), a federal election and what "
    "followed (shares, two broadcasters' exit polls, preliminary and final seats, a coalition agreement approved by "
    "three parties on different days, the chancellor's election with its votes) and a control cluster of one "
    "consumer price release with several figures a sentence. It is a transfer set, never training data: these "
    "figures are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset43/README.md). Measured untouched once by the lead on main 7e69f92: precision 0.50 (2 of 4), recall 0.18 (2 of 11), 0 control conflicts, 21 of 37 updates; the round's starting checker (8728fe2) gives the same.")
SETS[DEV_SET43.name] = DEV_SET43
# The forty-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET44 = ROOT / "tests" / "data" / "devset44"
DEV_SET44 = LabelledSet(
    "devset44", DEVSET44, "Real-world development set 44: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an offshore earthquake (the "
    "province's toll rising over eight days to a final count a year on, one city's toll corrected down for names "
    "listed twice, a regency's toll rising, the missing falling, the buried estimated by the regency and by the search "
    "agency, depths and an aftershock's magnitude by two agencies, older disasters recalled with their own tolls and "
    "magnitude), a general election and what followed (shares and seats of both houses, turnout in the evening and "
    "final, two broadcasters' exit polls, the previous election recalled, the two houses' presidents elected on "
    "successive days with their votes, the mandate and the swearing-in on their own days) and a control cluster of "
    "one central bank's rate decision with several figures a sentence. It is a transfer set, never training data: "
    "these figures are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset44/README.md). Measured untouched once by the lead on main 328f7a3: precision 0.71 (5 of 7), recall 0.71 (5 of 7), 0 control conflicts, 17 of 25 updates; the round's starting checker (8728fe2) gives the same.")
SETS[DEV_SET44.name] = DEV_SET44
# The forty-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET45 = ROOT / "tests" / "data" / "devset45"
DEV_SET45 = LabelledSet(
    "devset45", DEVSET45, "Real-world development set 45: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a typhoon (the toll rising over "
    "a week and restated a year on, the missing and the households without water falling, levees collapsed on more "
    "rivers and at more points as surveys went on, homes inundated against homes flooded or damaged, a bullet-train "
    "depot flooded, a town's 24-hour and 48-hour rain, a 1958 typhoon and a 2018 flood recalled with their own "
    "figures, dates of the landfall, the levee breach, each count, a meeting, a speech, a designation and a "
    "memorial), a general election and what followed (a party's seats rising from the exit poll through a news "
    "agency's projections to the final count, another party's seats lowered from 10 to 9 in a later projection, a "
    "pollster's turnout estimate against the electoral council's figure, 2021's seats and turnout recalled, the "
    "council's confirmation, a scout's resignation and the swearing-in of a cabinet seven months later on their own "
    "days) and a control cluster of one central bank decision with several figures a sentence. It is a transfer set, "
    "never training data: these figures are measured with the scorer trained on the four training sets, and nobody "
    "tunes on it (see tests/data/devset45/README.md). Measured untouched once by the lead on main 328f7a3: precision 0.00 (0 of 4), recall 0.00 (0 of 8), 0 control conflicts, 19 of 69 updates; the round's starting checker (8728fe2) gives the same.")
SETS[DEV_SET45.name] = DEV_SET45
# The forty-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET46 = ROOT / "tests" / "data" / "devset46"
DEV_SET46 = LabelledSet(
    "devset46", DEVSET46, "Real-world development set 46: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a truck attack on a seafront "
    "(the toll rising from 84 to 85 within days and final at 86 at the trial six years on, the injured rising, the "
    "critically injured falling, the driver's age, the truck's weight and route, a state of emergency's extension "
    "proposed at three months and voted at six by two chambers on different days, the sentences; the Paris and "
    "Berlin attacks' tolls recalled), a general election and the investiture that followed (seats on the night and "
    "after the overseas count, one party's count revised down from 122 to 121, two pollsters' exit-poll projections, "
    "the blocs' seats against the votes of two failed investiture votes and a successful one, the 2019 result "
    "recalled) and a control cluster of one consumer price release with several figures a sentence. It is a "
    "transfer set, never training data: these figures are measured with the scorer trained on the four training "
    "sets, and nobody tunes on it (see tests/data/devset46/README.md). Measured untouched once by the lead on main 328f7a3: precision 0.00 (0 of 3), recall 0.00 (0 of 13), 0 control conflicts, 13 of 55 updates; the round's starting checker (8728fe2) gives the same.")
SETS[DEV_SET46.name] = DEV_SET46
# The forty-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET47 = ROOT / "tests" / "data" / "devset47"
DEV_SET47 = LabelledSet(
    "devset47", DEVSET47, "Real-world development set 47: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an earthquake on a strike-slip "
    "fault (the junta's toll rising over a week and a month on, the injured rising, the missing rising then falling, "
    "two agencies' magnitudes, an aftershock and an older quake recalled with their own magnitudes, a tower collapse "
    "in a city abroad counted separately, that city's toll lowered once for a victim counted twice, ceasefires "
    "announced by two sides on different days), a general election and what followed (election-night seats against "
    "the final result, seats held before the dissolution, turnout, the parliament's runoff with its votes, a new "
    "cabinet and a partner party's new leader on their own days) and a control cluster of one central bank's rate "
    "decision with several figures a sentence. It is a transfer set, never training data: these figures are "
    "measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset47/README.md). Measured untouched once by the lead on main 328f7a3: precision 0.50 (3 of 6), recall 0.43 (3 of 7), 0 control conflicts, 36 of 66 updates; the round's starting checker (8728fe2) gives the same.")
SETS[DEV_SET47.name] = DEV_SET47
# The forty-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET48 = ROOT / "tests" / "data" / "devset48"
DEV_SET48 = LabelledSet(
    "devset48", DEVSET48, "Real-world development set 48: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a cyclone (the government's "
    "toll rising over weeks from 351 to 77,738 and final at 84,537, the missing rising then falling, a minister's, "
    "a US envoy's and the Red Cross's estimates against the official count, the UN's appeal and the severely "
    "affected, a referendum's dates and result, a meeting that let aid in, a 1991 cyclone recalled, a year-later "
    "article), a general election with special votes (election-night seats against the final count, one party's "
    "seats lowered from 50 to 48, approximate then final shares, turnout against the previous election's, a "
    "coalition signed, a by-election and the swearing-in on their own days) and a control cluster of one central "
    "bank rate cut with several figures a sentence. It is a transfer set, never training data: these figures are "
    "measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset48/README.md). Measured untouched once by the lead on main 328f7a3: precision 0.50 (1 of 2), recall 0.09 (1 of 11), 0 control conflicts, 24 of 59 updates; the round's starting checker (8728fe2) gives the same.")
SETS[DEV_SET48.name] = DEV_SET48
# The forty-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET49 = ROOT / "tests" / "data" / "devset49"
DEV_SET49 = LabelledSet(
    "devset49", DEVSET49, "Real-world development set 49: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a suicide bombing at a concert "
    "(the toll given as 19 overnight and 22 in the morning, the injured counted four times over four years, those in "
    "hospital and in critical care, people in custody rising, three sources' counts of the crowd, the brother's "
    "arrest, conviction and sentence and a public inquiry years later), a federal election (seats elected or leading "
    "on the night against the final count after the mail-in ballots, one party's seats lowered from 34 to 32, shares "
    "on the night and final, the 2019 result recalled, the cabinet sworn in five weeks on, the opposition leader "
    "removed months later) and a control cluster of one quarterly GDP release with several figures a sentence. It is "
    "a transfer set, never training data: these figures are measured with the scorer trained on the four training "
    "sets, and nobody tunes on it (see tests/data/devset49/README.md). Measured untouched once by the lead on main 328f7a3: precision 1.00 (1 of 1), recall 0.10 (1 of 10), 0 control conflicts, 11 of 42 updates; the round's starting checker (8728fe2) gives 1.00 (3 of 3): the round's election-noun rule left the three reports of the day the election was called with no predicate, and its planted error is no longer caught.")
SETS[DEV_SET49.name] = DEV_SET49
# The fiftieth development set: an untouched transfer set, never training data (its own block).
DEVSET50 = ROOT / "tests" / "data" / "devset50"
DEV_SET50 = LabelledSet(
    "devset50", DEVSET50, "Real-world development set 50: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a footbridge collapse (a "
    "minister's and a police chief's tolls on the first morning as two sources, the toll that evening and final, the "
    "police's higher figure lowered, the missing and those in hospital falling, two sources' counts of the people on "
    "the bridge, arrests and remands, aid and court-ordered compensation per victim, a chargesheet, the owner's "
    "surrender and a court order months later), a presidential election decided by the first second-preference count "
    "(an early partial share, the first and the second count, turnout estimated and final, the swearing-in, the "
    "dissolution, the snap parliamentary election's seats and the cabinet on their own days) and a control cluster "
    "of one central bank rate hike with several figures a sentence. It is a transfer set, never training data: these "
    "figures are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset50/README.md): Measured untouched once by the lead on main 521fd3a (the round's first rules, before the round read anything of the new sets): precision 0.75 (3 of 4), recall 0.23 (3 of 13), 0 control conflicts, 6 of 11 updates; the round's starting checker (f5929ed) gives the same 3 of 4 (7 of 11 updates).")
SETS[DEV_SET50.name] = DEV_SET50
# The fifty-first development set: an untouched transfer set, never training data (its own block).
DEVSET51 = ROOT / "tests" / "data" / "devset51"
DEV_SET51 = LabelledSet("devset51", DEVSET51, "Real-world development set 51: an untouched measure on unseen reporting", "A set of the same kind, on three other events, written from the record and labelled from a table of facts, measured untouched once by the lead (its writer never ran the checker on it): twin suicide bombings at a memorial (the toll given as 103, lowered to 95 the same night and to 84 the next day, then rising as the wounded died to 94; the injured counted four times, those in hospital and in critical condition, arrests rising, a claim, funerals, a missile strike and a report of a warning weeks later), a legislative election (seats from the count at home against the final count after the four seats elected abroad, shares and turnout, one day with the count abroad and the prime minister's nomination, the government sworn in three weeks on) and a control cluster of one central bank rate increase with several figures a sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset51/README.md). Measured untouched once by the lead on main 521fd3a (the round's first rules, before the round read anything of the new sets): precision 0.70 (14 of 20), recall 0.30 (14 of 47), 0 control conflicts, 15 of 39 updates; the round's starting checker (f5929ed) gives 14 of 19.")
SETS[DEV_SET51.name] = DEV_SET51
# The fifty-second development set: an untouched transfer set, never training data (its own block).
DEVSET52 = ROOT / "tests" / "data" / "devset52"
DEV_SET52 = LabelledSet(
    "devset52", DEVSET52, "Real-world development set 52: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a prison fire (the toll rising "
    "from 41 on the day to 44, 46, 48 and a final 49 as the burned died in hospital, those still in hospital falling, "
    "the police's and the corrections directorate's counts of the lightly injured, the identification of the bodies, "
    "suspects named and four officers sentenced a year later), a parliamentary election run twice (the first vote "
    "without a majority, a caretaker sworn in, the repeat vote with bonus seats, the main opposition's 48 seats on the "
    "night lowered to 47 in the final allocation, shares on the night and final, the swearing-in of the prime "
    "minister, the cabinet and parliament on their own days) and a control cluster of one central bank rate rise with "
    "several figures a sentence. It is a transfer set, never training data: these figures are measured with the "
    "scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset52/README.md). Measured untouched once by the lead on main 521fd3a (the round's first rules, before the round read anything of the new sets): precision 0.14 (1 of 7), recall 0.10 (1 of 10), 0 control conflicts, 14 of 50 updates; the round's starting checker (f5929ed) gives the same 1 of 7.")
SETS[DEV_SET52.name] = DEV_SET52
# The fifty-third development set: an untouched transfer set, never training data (its own block).
DEVSET53 = ROOT / "tests" / "data" / "devset53"
DEV_SET53 = LabelledSet(
    "devset53", DEVSET53, "Real-world development set 53: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a flash flood (the agency's "
    "toll rising over a week against the army's count of one day, the missing rising then falling as bodies are "
    "found, the displaced and the shelters rising then falling, damaged buildings counted twice with the shophouses "
    "lowered from 104 to four, three emergency periods and a year-later article), a parliamentary election (shares "
    "with 97.7% counted against the full count, seats on the night, counted and confirmed, 2019's seats recalled, the "
    "prime minister's resignation as party leader, coalition talks and the new prime minister's election eleven weeks "
    "on) and a control cluster of one quarterly GDP release with several figures a sentence. It is a transfer set, "
    "never training data: these figures are measured with the scorer trained on the four training sets, and nobody "
    "tunes on it (see tests/data/devset53/README.md): Measured untouched once by the lead on main 521fd3a (the round's first rules, before the round read anything of the new sets): precision 0.00 (0 of 2), recall 0.00 (0 of 4), 0 control conflicts, 38 of 116 updates; the round's starting checker (f5929ed) gives the same 0 of 2.")
SETS[DEV_SET53.name] = DEV_SET53
# The fifty-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET54 = ROOT / "tests" / "data" / "devset54"
DEV_SET54 = LabelledSet(
    "devset54", DEVSET54, "Real-world development set 54: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a hurricane striking a resort "
    "city (the official toll rising over days and lowered from 48 to 45 by the prosecutors' confirmed count, then "
    "rising again to 52 two months on, the missing rising then falling, homes damaged and customers without power "
    "counted twice, two modelers' insured-loss ranges, a reconstruction plan), a parliamentary election (shares with "
    "the count nearly done against the official result, seven parties' seats, a three-party coalition, the "
    "government's appointment and a confidence vote on their own days, a presidential election won by a coalition "
    "leader six months later) and a control cluster of one consumer price release with several figures a sentence. "
    "It is a transfer set, never training data: these figures are measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset54/README.md). Measured untouched once by the lead on main 521fd3a (the round's first rules, before the round read anything of the new sets): precision 0.75 (3 of 4), recall 0.50 (3 of 6), 0 control conflicts, 33 of 59 updates; the round's starting checker (f5929ed) gives the same 3 of 4.")
SETS[DEV_SET54.name] = DEV_SET54
# The fifty-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET55 = ROOT / "tests" / "data" / "devset55"
DEV_SET55 = LabelledSet(
    "devset55", DEVSET55, "Real-world development set 55: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a suicide bombing at an airport "
    "gate during an evacuation (the US dead given as 12 at a briefing and 13 that night, the US wounded 15 -> 18 -> 45, "
    "the Afghan dead from at least 60 to at least 169 by the health officials' count against the investigation's at "
    "least 170, the Pentagon's two bombers and two explosions lowered to one the next day, a drone strike three days "
    "later admitted a mistake weeks on, the investigation's findings months later), a parliamentary election (the "
    "preliminary count against the official results, a majority of 64 of 126, the previous parliament recalled, the "
    "prime minister reappointed and a coalition cabinet days later, his loss of a confidence vote a year on) and a "
    "control cluster of one central bank rate increase with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes "
    "on it (see tests/data/devset55/README.md). Measured untouched once by the lead on main 521fd3a (the round's first rules, before the round read anything of the new sets): precision 0.00 (0 of 4), recall 0.00 (0 of 10), 0 control conflicts, 23 of 47 updates; the round's starting checker (f5929ed) gives 0 of 7.")
SETS[DEV_SET55.name] = DEV_SET55
# The fifty-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET56 = ROOT / "tests" / "data" / "devset56"
DEV_SET56 = LabelledSet(
    "devset56", DEVSET56, "Real-world development set 56: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a hurricane's landfall and the "
    "weeks after (the medical examiners' toll by state and county rising over days against the sheriffs' counts, a "
    "county's toll lowered from 59 to 53 when the medical examiner reclassified six deaths, the final report months "
    "later), a parliamentary election (the exit polls and a partial count against the final count, the bloc's 65 "
    "seats lowered to 64, the official results, the mandate and a government sworn in eight weeks on by 63 votes to "
    "54) and a control cluster of one central bank rate increase with several figures a sentence. It is a transfer "
    "set, never training data: these figures are measured with the scorer trained on the four training sets, and "
    "nobody tunes on it (see tests/data/devset56/README.md). Measured untouched once by the lead on main 34c434b (every rule of the round in, before a review's mends): precision 0.80 (4 of 5), recall 0.25 (4 of 16), 0 control conflicts, 15 of 36 updates; the round's starting checker (f5929ed) gives the same 4 of 5.")
SETS[DEV_SET56.name] = DEV_SET56
# The fifty-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET57 = ROOT / "tests" / "data" / "devset57"
DEV_SET57 = LabelledSet(
    "devset57", DEVSET57, "Real-world development set 57: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a migrant shipwreck (the bodies "
    "recovered rising from 59 to 79 on the day, corrected down to 78 the next day, 82 in the end; 104 survivors; "
    "estimates of those aboard from survivors, a hotline, UN agencies and rights groups; the missing; arrests, a "
    "court's ruling a year on and an ombudsman's report twenty months later), a parliamentary election (the night's "
    "preliminary count against the final count with all postal ballots, five parties' shares and seats, 92 seats for "
    "a majority of 183, two mandates to form a government and a three-party cabinet sworn in five months on) and a "
    "control cluster of one central bank rate increase with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes "
    "on it (see tests/data/devset57/README.md). Measured untouched once by the lead on main 34c434b (every rule of the round in, before a review's mends): precision 1.00 (4 of 4), recall 0.13 (4 of 30), 0 control conflicts, 1 of 24 updates; the round's starting checker (f5929ed) gives 4 of 8.")
SETS[DEV_SET57.name] = DEV_SET57
# The fifty-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET58 = ROOT / "tests" / "data" / "devset58"
DEV_SET58 = LabelledSet(
    "devset58", DEVSET58, "Real-world development set 58: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a landslide at an illegal gold "
    "mine (the rescue office's toll rising over a week and lowered once, from 12 to 11, when a victim was found "
    "counted twice, against the regency agency's count of the first morning; the missing rising then falling as "
    "bodies are found, the survivors and the people recorded at the site counted and recounted, the search called "
    "off on its seventh day, a follow-up five weeks on), a general election (the winning party's seats on the "
    "morning and at the declaration against the final count, the outgoing president's concession and his "
    "successor's swearing-in on one day, the vice president's and the inauguration's own days, shares and turnout "
    "recalled five weeks later) and a control cluster of one annual GDP release with several figures a sentence. It "
    "is a transfer set, never training data: these figures are measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset58/README.md). Measured untouched once by the lead on main 34c434b (every rule of the round in, before a review's mends): precision 0.60 (3 of 5), recall 0.43 (3 of 7), 0 control conflicts, 15 of 40 updates; the round's starting checker (f5929ed) gives the same 3 of 5.")
SETS[DEV_SET58.name] = DEV_SET58
# The fifty-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET59 = ROOT / "tests" / "data" / "devset59"
DEV_SET59 = LabelledSet(
    "devset59", DEVSET59, "Real-world development set 59: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an airliner's crash into a "
    "hillside (132 aboard, victims identified and pieces of wreckage counted over ten days, the wreckage's early depth "
    "lowered by the preliminary report a month on, two sources for the cruising altitude and for a wing piece's "
    "distance, the two recorders found on their own days), a presidential election in two rounds (the preliminary "
    "count against the certified result, congressional seats on the night lowered in the final allocation, shares of "
    "all votes beside shares of valid votes, court suspensions, the result declared, the swearing-in after midnight "
    "months later) and a control cluster of one central bank rate increase with a currency float, several figures a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset59/README.md). "
    "Measured untouched once by the lead on main 34c434b (every rule of the round in, before a review's mends): precision 0.50 (2 of 4), recall 0.29 (2 of 7), 0 control conflicts, 1 of 15 updates; the round's starting checker (f5929ed) gives 3 of 6.")
SETS[DEV_SET59.name] = DEV_SET59
# The sixtieth development set: an untouched transfer set, never training data (its own block).
DEVSET60 = ROOT / "tests" / "data" / "devset60"
DEV_SET60 = LabelledSet(
    "devset60", DEVSET60, "Real-world development set 60: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a school shooting (the toll "
    "given three times on one day, the adults killed lowered from three to two that night, the officials' changing "
    "accounts of the police response over the following days, a state committee's count of the officers against a "
    "federal report's months later), a parliamentary election (the seats declared on the night against the final "
    "count, independents joining the winning party, the new parliament's speaker and deputy speaker elected five "
    "weeks on) and a control cluster of one central bank rate cut with several figures a sentence. It is a transfer "
    "set, never training data: these figures are measured with the scorer trained on the four training sets, and "
    "nobody tunes on it (see tests/data/devset60/README.md). Measured untouched once by the lead on main 34c434b (every rule of the round in, before a review's mends): precision 1.00 (5 of 5), recall 0.42 (5 of 12), 0 control conflicts, 2 of 20 updates; the round's starting checker (f5929ed) gives the same 5 of 5.")
SETS[DEV_SET60.name] = DEV_SET60
# The sixty-first development set: an untouched transfer set, never training data (its own block).
DEVSET61 = ROOT / "tests" / "data" / "devset61"
DEV_SET61 = LabelledSet(
    "devset61", DEVSET61, "Real-world development set 61: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a fire at a ski resort hotel "
    "(the dead given three times on the day, 10 -> 66 -> 76, the prosecutors' 79 lowered to 78 by the ministry's "
    "count, the ministers' injured against the indictment's, those in hospital falling, detentions rising, a trial "
    "months later), a general election (a partial count against the declared result, seats against the previous "
    "parliament, a court challenge dismissed and the inauguration months on) and a control cluster of one central "
    "bank rate increase with several figures a sentence. It is a transfer set, never training data: these figures "
    "are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset61/README.md). Measured untouched once by the lead on main 34c434b (every rule of the round in, before a review's mends): precision 0.50 (3 of 6), recall 0.25 (3 of 12), 0 control conflicts, 21 of 47 updates; the round's starting checker (f5929ed) gives the same 3 of 6.")
SETS[DEV_SET61.name] = DEV_SET61
# The sixty-second development set: an untouched transfer set, never training data (its own block).
DEVSET62 = ROOT / "tests" / "data" / "devset62"
DEV_SET62 = LabelledSet(
    "devset62", DEVSET62, "Real-world development set 62: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a landslide burying a village "
    "(four bodies' estimates of the dead that never agree, the bodies recovered lowered from six to five and then "
    "rising, houses buried and the displaced rising, the search ended weeks later), a presidential election in two "
    "rounds a week apart (each round's votes and turnout, the oath and the cabinet vote weeks on) and a control "
    "cluster of one central bank rate cut with several figures a sentence. It is a transfer set, never training "
    "data: these figures are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset62/README.md); Measured untouched once by the lead on main e60d417 (the round's first rules, read off devset56-61's false conflicts): precision 0.75 (3 of 4), recall 0.33 (3 of 9), 0 control conflicts, 3 of 5 updates; the round's starting checker (1c9651a) gives the same 3 of 4.")
SETS[DEV_SET62.name] = DEV_SET62
# The sixty-third development set: an untouched transfer set, never training data (its own block).
DEVSET63 = ROOT / "tests" / "data" / "devset63"
DEV_SET63 = LabelledSet(
    "devset63", DEVSET63, "Real-world development set 63: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an airliner crash into a "
    "hostel (the police's, local officials' and the medical authorities' tolls, the medical authorities' 270 lowered "
    "to 260 and those killed on the ground 29 to 19 as DNA identification went on, identifications and handovers "
    "rising, a preliminary report a month later), a federal election (projections on the night against the "
    "preliminary and final results, other bodies' votes weeks later, the chancellor failing a first ballot and "
    "elected in a second months on) and a control cluster of one central bank rate cut with several figures a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset63/README.md). Measured untouched once by the lead on main e60d417 (the round's first rules, read off devset56-61's false conflicts): precision 0.29 (2 of 7), recall 0.13 (2 of 16), 0 control conflicts, 7 of 11 updates; the round's starting checker (1c9651a) gives the same 2 of 7.")
SETS[DEV_SET63.name] = DEV_SET63
# The sixty-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET64 = ROOT / "tests" / "data" / "devset64"
DEV_SET64 = LabelledSet(
    "devset64", DEVSET64, "Real-world development set 64: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): river floods over seven weeks "
    "(the civil defence's dead given twice on one day, its midday toll lowered that evening when deaths still under "
    "investigation were no longer counted, a tally adding the fire brigade's deaths against the agency's, the "
    "missing and those in shelters falling, a river's record level against the 1941 flood's), a presidential "
    "election in two rounds (shares on the night against the count of the next morning and the final count, votes "
    "rising in the departmental count, seats in both chambers, the inauguration and the ministers taking office "
    "later) and a control cluster of one quarterly GDP release with several figures a sentence. It is a transfer "
    "set, never training data: these figures are measured with the scorer trained on the four training sets, and "
    "nobody tunes on it (see tests/data/devset64/README.md); Measured untouched once by the lead on main e60d417 (the round's first rules, read off devset56-61's false conflicts): precision 0.60 (3 of 5), recall 0.27 (3 of 11), 0 control conflicts, 76 of 145 updates; the round's starting checker (1c9651a) gives the same 3 of 5.")
SETS[DEV_SET64.name] = DEV_SET64
# The sixty-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET65 = ROOT / "tests" / "data" / "devset65"
DEV_SET65 = LabelledSet(
    "devset65", DEVSET65, "Real-world development set 65: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a typhoon (a national toll "
    "rising over days from several bodies, a bridge's missing lowered from 13 to eight by a better count, the missing "
    "falling as bodies are found, a buried hamlet's count, damage estimates rising, a follow-up three months on), a "
    "snap legislative election (an exit estimate against the ministry's count, two rounds, the speaker's vote, a prime "
    "minister named two months on and toppled three months later) and a control cluster of one central bank rate cut "
    "with several figures a sentence. It is a transfer set, never training data: these figures are measured with the "
    "scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset65/README.md). Measured untouched once by the lead on main e60d417 (the round's first rules, read off devset56-61's false conflicts): precision 0.63 (5 of 8), recall 0.63 (5 of 8), 0 control conflicts, 12 of 32 updates; the round's starting checker (1c9651a) gives the same 5 of 8.")
SETS[DEV_SET65.name] = DEV_SET65
# The sixty-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET67 = ROOT / "tests" / "data" / "devset67"
DEV_SET67 = LabelledSet(
    "devset67", DEVSET67, "Real-world development set 67: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a midair collision over a river "
    "(an overnight count of bodies lowered by the fire chief's count the next morning, the recovered and identified "
    "rising over a week, an investigators' preliminary report six weeks on), a governor election (quick counts "
    "against the commission's online tally and its recapitulation, the winners named and sworn in months later) and "
    "a control cluster of one central bank rate cut with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes on "
    "it (see tests/data/devset67/README.md): Measured untouched once by the lead on main e60d417 (the round's first rules, read off devset56-61's false conflicts): precision 0.50 (3 of 6), recall 0.33 (3 of 9), 0 control conflicts, 3 of 21 updates; the round's starting checker (1c9651a) gives the same 3 of 6.")
SETS[DEV_SET67.name] = DEV_SET67
# The sixty-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET68 = ROOT / "tests" / "data" / "devset68"
DEV_SET68 = LabelledSet(
    "devset68", DEVSET68, "Real-world development set 68: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a car-ramming attack on a "
    "Christmas market (an unconfirmed count of the dead on the night lowered by the official counts, the dead and the "
    "injured rising over two weeks with late registrations, a month-later article), a parliamentary election (an "
    "exit poll against the count, the seats, the speaker's vote and the prime minister's vote weeks later) and a "
    "control cluster of one central bank rate cut with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes on "
    "it (see tests/data/devset68/README.md): Measured untouched once by the lead on main 5a51b31 (the round's rules read off devset56-67): precision 1.00 (3 of 3), recall 0.25 (3 of 12), 0 control conflicts, 19 of 29 updates; the round's starting checker (1c9651a) gives the same 3 of 3.")
SETS[DEV_SET68.name] = DEV_SET68
# The sixty-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET69 = ROOT / "tests" / "data" / "devset69"
DEV_SET69 = LabelledSet(
    "devset69", DEVSET69, "Real-world development set 69: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an airliner crash (survivors "
    "counted by three bodies in one day, the prosecutor's 32 lowered to the government commission's 29 that evening, "
    "a preliminary report six weeks on, an admission ten months later), a presidential election rerun (the night's "
    "partial counts against the final results in two rounds, the winner sworn in and a cabinet approved weeks later) "
    "and a control cluster of one central bank rate cut with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes on "
    "it (see tests/data/devset69/README.md): Measured untouched once by the lead on main 5a51b31 (the round's rules read off devset56-67): precision 1.00 (5 of 5), recall 0.33 (5 of 15), 0 control conflicts, 7 of 20 updates; the round's starting checker (1c9651a) gives the same 5 of 5.")
SETS[DEV_SET69.name] = DEV_SET69
# The seventy-first development set: an untouched transfer set, never training data (its own block).
DEVSET71 = ROOT / "tests" / "data" / "devset71"
DEV_SET71 = LabelledSet(
    "devset71", DEVSET71, "Real-world development set 71: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a crowd crush at a religious "
    "festival (a morgue count lowered by the official toll given that evening, the state's later count against a "
    "broadcaster's investigation as another body's count, a follow-up five months on), a snap presidential election "
    "(exit polls against the commission's count, the prime minister confirmed by parliament a month later) and a "
    "control cluster of one central bank rate cut with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes on "
    "it (see tests/data/devset71/README.md): Measured untouched once by the lead on main 5a51b31 (the round's rules read off devset56-67): precision 1.00 (2 of 2), recall 0.08 (2 of 25), 0 control conflicts, 4 of 17 updates; the round's starting checker (1c9651a) gives the same 2 of 2.")
SETS[DEV_SET71.name] = DEV_SET71
# The seventy-third development set: an untouched transfer set, never training data (its own block).
DEVSET73 = ROOT / "tests" / "data" / "devset73"
DEV_SET73 = LabelledSet(
    "devset73", DEVSET73, "Real-world development set 73: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a ferry sinking (survivors "
    "counted 23 -> 31 and lowered to 29 the same night, then 30; the dead rising over three weeks, 4 -> 6 -> 10 -> 15 "
    "-> 19; the missing counted down; the police's and the weather agency's wave heights; the investigators' load "
    "figures three weeks on), a presidential election in two rounds (exit and late polls against the commission's "
    "count, each round's shares and turnout, the Supreme Court's validation a month on and the swearing-in two "
    "months on) and a control cluster of one central bank rate rise with several figures a sentence. It is a "
    "transfer set, never training data: these figures are measured with the scorer trained on the four training "
    "sets, and nobody tunes on it (see tests/data/devset73/README.md): Measured untouched once by the lead on main 5a51b31 (the round's rules read off devset56-67): precision 0.67 (4 of 6), recall 0.19 (4 of 21), 1 control conflict, 14 of 29 updates; the round's starting checker (1c9651a) gives the same 4 of 6 and the same control conflict.")
SETS[DEV_SET73.name] = DEV_SET73
# The seventy-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET74 = ROOT / "tests" / "data" / "devset74"
DEV_SET74 = LabelledSet(
    "devset74", DEVSET74, "Real-world development set 74: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a housing-estate fire (the dead "
    "rising over seven weeks, 44 -> 94 -> 128 -> 146 -> 159 -> 168; the missing counted down from 279; the dead "
    "identified lowered from 140 on a preliminary basis to 120 confirmed; the consulate's count of its nationals; the "
    "arrests by the police and the anti-graft body), a general election and its coalition (the exit poll against the "
    "count, the lead in votes from the agency's call to the official result, the coalition agreement three months on "
    "and the cabinet sworn in four months on) and a control cluster of one central bank rate cut with several "
    "figures a sentence. It is a transfer set, never training data: these figures are measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset74/README.md): Measured untouched once by the lead on main 4d4f92f (the round's final checker, with the review's mends): precision 0.00 (0 of 2), recall 0.00 (0 of 9), 0 control conflicts, 27 of 85 updates; the round's starting checker (1c9651a) gives 0 of 1.")
SETS[DEV_SET74.name] = DEV_SET74
# The seventy-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET76 = ROOT / "tests" / "data" / "devset76"
DEV_SET76 = LabelledSet(
    "devset76", DEVSET76, "Real-world development set 76: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a train hijacking (hostages "
    "freed counted over three days, about 100 -> about 190 -> more than 340 -> 354; the dead hostages rising 21 -> 26 "
    "and the soldiers among them lowered from an army official's 27 to the spokesman's 18; a railway official's and "
    "the militants' own counts against the military's; the service resuming more than three weeks on), a general "
    "election in two rounds (preliminary counts against the tribunal's official count in each round, the swearing-in "
    "and the cabinet three weeks after the runoff) and a control cluster of one GDP release with several figures a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset76/README.md): Measured untouched once by the lead on main 4d4f92f (the round's final checker, with the review's mends): precision 1.00 (4 of 4), recall 0.33 (4 of 12), 0 control conflicts, 6 of 28 updates; the round's starting checker (1c9651a) gives 3 of 3.")
SETS[DEV_SET76.name] = DEV_SET76
# The seventy-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET77 = ROOT / "tests" / "data" / "devset77"
DEV_SET77 = LabelledSet(
    "devset77", DEVSET77, "Real-world development set 77: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a cyclone's floods and "
    "landslides (the disaster centre's dead rising over a week, 123 -> 212 -> 334 -> 355 -> 390 -> 465 -> 607 -> 643, "
    "the missing and the people in shelters counted down, a district administrator's count against the centre's, "
    "the people affected lowered from about 2.08 million to 1.36 million in a later count, a follow-up two months "
    "on), a parliamentary election (the directorate's first figures, its preliminary count and NRK's projection on "
    "the night against the final count, the Progress Party's 48 seats lowered to 47) and a control cluster of one "
    "central bank rate cut with several figures a sentence. It is a transfer set, never training data: these "
    "figures are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset77/README.md): Measured untouched once by the lead on main 4d4f92f (the round's final checker, with the review's mends): precision 1.00 (4 of 4), recall 0.18 (4 of 22), 0 control conflicts, 44 of 72 updates; the round's starting checker (1c9651a) gives the same 4 of 4.")
SETS[DEV_SET77.name] = DEV_SET77
# The seventy-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET78 = ROOT / "tests" / "data" / "devset78"
DEV_SET78 = LabelledSet(
    "devset78", DEVSET78, "Real-world development set 78: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a building fire (the dead "
    "counted 43 -> 44 -> 46 over one night and morning, the seriously injured in hospital lowered from 22 to 12, "
    "arrests rising from three to four, the development authority's account of the permit against the fire "
    "service committee's, the committee's report five weeks on), a general election with a slow count (each stage's "
    "shares, votes and lead, a lead that changed hands, the electoral council's declaration more than three weeks "
    "on) and a control cluster of one central bank rate cut with several figures a sentence. It is a transfer set, "
    "never training data: these figures are measured with the scorer trained on the four training sets, and nobody "
    "tunes on it (see tests/data/devset78/README.md): Measured untouched once by the lead on main 4d4f92f (the round's final checker, with the review's mends): precision 0.60 (3 of 5), recall 0.43 (3 of 7), 0 control conflicts, 21 of 93 updates; the round's starting checker (1c9651a) gives 2 of 4.")
SETS[DEV_SET78.name] = DEV_SET78
# The seventy-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET79 = ROOT / "tests" / "data" / "devset79"
DEV_SET79 = LabelledSet(
    "devset79", DEVSET79, "Real-world development set 79: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a nightclub fire during "
    "renovation (the dead counted 8 -> 15 -> 29 in one afternoon, the injured lowered 15 -> 8 -> 1 as the count "
    "settled, a news agency's count of the injured against the governor's, the detained rising 6 -> 8 -> 9 -> 11 and "
    "eight jailed, the indictment of officials six months on), a party leadership election in two rounds with the "
    "parliament's vote weeks later (each round's lawmakers', members' and prefectures' votes, a coalition partner's "
    "exit, both houses' votes and the upper house's runoff) and a control cluster of one central bank rate cut with "
    "several figures a sentence. It is a transfer set, never training data: these figures are measured with the "
    "scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset79/README.md): Measured untouched once by the lead on main 4d4f92f (the round's final checker, with the review's mends): precision 0.25 (4 of 16), recall 0.29 (4 of 14), 0 control conflicts, 10 of 23 updates; the round's starting checker (1c9651a) gives 3 of 15.")
SETS[DEV_SET79.name] = DEV_SET79
# The eightieth development set: an untouched transfer set, never training data (its own block).
DEVSET80 = ROOT / "tests" / "data" / "devset80"
DEV_SET80 = LabelledSet(
    "devset80", DEVSET80, "Real-world development set 80: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a shopping-mall attack and "
    "siege (the dead counted 39 -> 59 -> 68 over two days, 68 lowered to 62 the next day when bodies counted twice "
    "were found, then 67 when the siege was declared over; the Red Cross's count of the wounded against the "
    "government's; the missing counted down; arrests and attackers killed rising; the first anniversary a year on), "
    "a parliamentary election (the night's projection against the final count with postal ballots, one party's "
    "seats lowered from 7 to 6 and the winner's districts from 88 to 87, shares and turnout, parliament's vote for "
    "the prime minister six weeks on) and a control cluster of one central bank rate rise with several figures a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset80/README.md): Measured untouched once by the lead on main 0bcadfe (the stop's rules read off devset79: rounds, parts of the electorate, a chamber against none): precision 0.50 (3 of 6), recall 0.11 (3 of 28), 0 control conflicts, 21 of 62 updates; the stop's starting checker (58032bb) gives the same 3 of 6.")
SETS[DEV_SET80.name] = DEV_SET80
# The eighty-second development set: an untouched transfer set, never training data (its own block).
DEVSET82 = ROOT / "tests" / "data" / "devset82"
DEV_SET82 = LabelledSet(
    "devset82", DEVSET82, "Real-world development set 82: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a cyclone's floods and "
    "mudslides (the dead rising over a week, 99 -> 190 -> 225 -> 326 -> 438 -> 499, and 679 in the final count; the "
    "injured, the missing and the displaced counted up; the disaster department's count of a city's dead against the "
    "police's; the record the cyclone broke re-analysed from 31 to 29.75 days in a follow-up sixteen months on), a "
    "parliamentary election (the exit poll against the night's partial counts and the final results, a party's seats "
    "lowered from 61 to 60 overnight and another's from three to two, the mandate and the government confirmed a "
    "month on) and a control cluster of one central bank rate cut with several figures a sentence. It is a transfer "
    "set, never training data: these figures are measured with the scorer trained on the four training sets, and "
    "nobody tunes on it (see tests/data/devset82/README.md): Measured untouched once by the lead on main 0bcadfe (the stop's rules read off devset79: rounds, parts of the electorate, a chamber against none): precision 0.00 (0 of 2), recall 0.00 (0 of 9), 0 control conflicts, 32 of 69 updates; the stop's starting checker (58032bb) gives the same 0 of 2.")
SETS[DEV_SET82.name] = DEV_SET82
# The eighty-third development set: an untouched transfer set, never training data (its own block).
DEVSET83 = ROOT / "tests" / "data" / "devset83"
DEV_SET83 = LabelledSet(
    "devset83", DEVSET83, "Real-world development set 83: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a migrant shipwreck (the dead "
    "recovered over ten days, 94 -> 111 -> 194 -> 211 -> 360 -> 363, and 366 a year on; the rescued lowered from "
    "159 to 155 by a later count; the missing counted down; two agencies' and the survivors' counts of the people "
    "aboard; a follow-up a year on), a parliamentary election in two rounds (the partial count on the night and the "
    "commission's preliminary count against the official share, the runoff's seats two weeks on, the prime "
    "minister's approval and the cabinet sworn in weeks later) and a control cluster of one GDP release with several "
    "figures a sentence. It is a transfer set, never training data: these figures are measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset83/README.md): Measured untouched once by the lead on main 0bcadfe (the stop's rules read off devset79: rounds, parts of the electorate, a chamber against none): precision 0.56 (5 of 9), recall 0.28 (5 of 18), 0 control conflicts, 10 of 33 updates; the stop's starting checker (58032bb) gives the same 5 of 9.")
SETS[DEV_SET83.name] = DEV_SET83
# The eighty-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET84 = ROOT / "tests" / "data" / "devset84"
DEV_SET84 = LabelledSet(
    "devset84", DEVSET84, "Real-world development set 84: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a hurricane over two islands "
    "(the dead counted 5 -> 7 -> 20 -> 30 -> 43 -> 50 -> 60 over a month, each island's dead, the government's register "
    "of the missing lowered from 2,500 to 1,300 once it was checked against the lists of evacuees and shelters, a "
    "volunteer website's list against the register, a follow-up a month on), a federal election and the government "
    "formed after it (the interior ministry's projection on the night against the final seats, the coalition deal, "
    "the swearing-in and the chamber's confidence vote eight months on) and a control cluster of one GDP release with "
    "several figures a sentence. It is a transfer set, never training data: these figures are measured with the "
    "scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset84/README.md): Measured untouched once by the lead on main 0bcadfe (the stop's rules read off devset79: rounds, parts of the electorate, a chamber against none): precision 0.25 (1 of 4), recall 0.05 (1 of 22), 1 control conflict, 20 of 62 updates; the stop's starting checker (58032bb) gives the same 1 of 4 and the same control conflict.")
SETS[DEV_SET84.name] = DEV_SET84
# The eighty-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET85 = ROOT / "tests" / "data" / "devset85"
DEV_SET85 = LabelledSet(
    "devset85", DEVSET85, "Real-world development set 85: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a typhoon (the disaster "
    "agency's toll rising over three weeks, 12 -> 31 -> 156 -> 389 -> 405 -> 407, lowered to 403 when four deaths "
    "from natural causes were taken off; the police's higher counts of 208 and 375 as another body's; a province "
    "governor's own count; two bodies' wind speeds), a parliamentary election (the pollsters' projection on the night "
    "against the commission's count in stages and its full count after a repeat vote, the prime minister nominated "
    "three months on and the government approved four months on) and a control cluster of one central bank rate cut "
    "with several figures a sentence. It is a transfer set, never training data: these figures are measured with the "
    "scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset85/README.md): Measured untouched once by the lead on main 0bcadfe (the stop's rules read off devset79: rounds, parts of the electorate, a chamber against none): precision 1.00 (6 of 6), recall 0.67 (6 of 9), 0 control conflicts, 31 of 52 updates; the stop's starting checker (58032bb) gives the same 6 of 6.")
SETS[DEV_SET85.name] = DEV_SET85
# The eighty-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET86 = ROOT / "tests" / "data" / "devset86"
DEV_SET86 = LabelledSet(
    "devset86", DEVSET86, "Real-world development set 86: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an earthquake (the civil "
    "protection agency's toll over a year, 248 lowered to 217 overnight and 225 lowered to 223 the next evening, "
    "then rising to 369, with the capital's and the states' own tallies; a magnitude raised from 6.8 to 7.1; two "
    "bodies' magnitudes for an earlier quake), a parliamentary election (an exit poll on the night against the "
    "official seats, the prime minister's resignation the next day and a cross-bloc government six weeks on) and a "
    "control cluster of one central bank rate rise with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes "
    "on it (see tests/data/devset86/README.md): Measured untouched once by the lead on main 682cabb (the stop's final checker, with the review's mends): precision 0.33 (3 of 9), recall 0.05 (3 of 65), 0 control conflicts, 60 of 153 updates; the stop's starting checker (58032bb) gives the same 3 of 9.")
SETS[DEV_SET86.name] = DEV_SET86
# The eighty-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET88 = ROOT / "tests" / "data" / "devset88"
DEV_SET88 = LabelledSet(
    "devset88", DEVSET88, "Real-world development set 88: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an earthquake (the dead counted "
    "over five weeks by three bodies: a ministry's toll rising 2,711 -> 4,611 -> 5,136 -> 6,234, the provinces' lower "
    "4,395, the disaster board's 5,857 lowered to 5,722 after a recheck and 5,778 three weeks on; the injured by four "
    "sources; two agencies' magnitudes), a presidential election in two rounds (the government's provisional count on "
    "each night against the electoral courts' definitive count, the swearing-in and the cabinet weeks later) and a "
    "control cluster of one central bank rate cut with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes "
    "on it (see tests/data/devset88/README.md): Measured untouched once by the lead on main 682cabb (the stop's final checker, with the review's mends): precision 0.36 (4 of 11), recall 0.44 (4 of 9), 0 control conflicts, 14 of 15 updates; the stop's starting checker (58032bb) gives the same 4 of 11.")
SETS[DEV_SET88.name] = DEV_SET88
# The ninetieth development set: an untouched transfer set, never training data (its own block).
DEVSET90 = ROOT / "tests" / "data" / "devset90"
DEV_SET90 = LabelledSet(
    "devset90", DEVSET90, "Real-world development set 90: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a cyclone (the state's toll "
    "rising over nine days, 8 -> 16 -> 34 -> 37 -> 41 -> 43 -> 64, counted by district, one district's four deaths "
    "lowered to three by the later list; the weather department's wind speeds against the state emergency centre's; "
    "evacuees and people affected counted up), a parliamentary election (the exit poll on the night against the "
    "commission's count, the government approved ten weeks on and the president elected by parliament eight months "
    "on, each with its own vote) and a control cluster of one central bank rate cut with several figures a sentence. "
    "It is a transfer set, never training data: these figures are measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset90/README.md): Measured untouched once by the lead on main 682cabb (the stop's final checker, with the review's mends): precision 1.00 (2 of 2), recall 0.22 (2 of 9), 0 control conflicts, 18 of 52 updates; the stop's starting checker (58032bb) gives the same 2 of 2.")
SETS[DEV_SET90.name] = DEV_SET90
# The ninety-first development set: an untouched transfer set, never training data (its own block).
DEVSET91 = ROOT / "tests" / "data" / "devset91"
DEV_SET91 = LabelledSet(
    "devset91", DEVSET91, "Real-world development set 91: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a monsoon flood (two tolls of "
    "different spans side by side, the dead since the second spell began rising over three weeks, 26 -> 37 -> 206, "
    "given as 197 the next day, then 216; the dead since the monsoon began 324 -> 357 -> 373 -> 483; the home "
    "ministry's count against the state's; people and camps rising and then emptying), a parliamentary election (the "
    "exit poll and the count in stages on the night against the commission's count, the prime minister elected a "
    "month on and the cabinet approved a week later) and a control cluster of one central bank rate cut with several "
    "figures a sentence. It is a transfer set, never training data: these figures are measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset91/README.md): Measured untouched once by the lead on main 682cabb (the stop's final checker, with the review's mends): precision 0.50 (1 of 2), recall 0.17 (1 of 6), 0 control conflicts, 11 of 46 updates; the stop's starting checker (58032bb) gives the same 1 of 2.")
SETS[DEV_SET91.name] = DEV_SET91
# The ninety-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET98 = ROOT / "tests" / "data" / "devset98"
DEV_SET98 = LabelledSet(
    "devset98", DEVSET98, "Real-world development set 98: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a coal mine fire (the dead rising "
    "over four days, 21 -> 32 -> 35 -> 42 -> 45 -> 46, the miners still sought falling, the company's count of the "
    "miners brought out against the emergencies ministry's, and the unit's sale to the state six weeks on), a "
    "parliamentary election (the count on the night and the near-complete count against the commission's final "
    "protocol, one party's share lowered by it, the government's confidence vote a month on and the president elected "
    "by an electoral college weeks later) and a control cluster of one central bank rate hike with several figures a "
    "sentence. It is a transfer set, never training data, and nobody tunes on it (see tests/data/devset98/README.md): "
    "Measured once untouched by the lead on main f41b1db (the thirty-fifth round's first rules, read off "
    "devset80-97): precision – (0 of 0), recall 0.00 (0 of 7), 0 control conflicts, 6 of 36 updates; the round's "
    "starting checker (539b638) gives the same (no conflict).")
SETS[DEV_SET98.name] = DEV_SET98
# The ninety-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET99 = ROOT / "tests" / "data" / "devset99"
DEV_SET99 = LabelledSet(
    "devset99", DEVSET99, "Real-world development set 99: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a mudslide (the dead counted by "
    "several bodies over a week, the mortuary's 180 -> 450, the Red Cross's 205, the government's 297, the chief "
    "coroner's nearly 400 -> 499; the missing and the homeless; the World Bank's 1,141 dead or missing three weeks "
    "on), a presidential election (the commission's first results against its corrected count three days later, every "
    "candidate's votes lowered, then the incumbent's rejection, the assembly's extension of his term, the swearing-in "
    "abroad and the Security Council's vote six weeks on) and a control cluster of one central bank rate cut with "
    "several figures a sentence. It is a transfer set, never training data: these figures are measured with the "
    "scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset99/README.md): Measured "
    "once untouched by the lead on main f41b1db (the thirty-fifth round's first rules, read off devset80-97): "
    "precision 0.33 (1 of 3), recall 0.05 (1 of 20), 0 control conflicts, 3 of 9 updates; the round's starting "
    "checker (539b638) gives the same 1 of 3.")
SETS[DEV_SET99.name] = DEV_SET99
# The hundredth development set: an untouched transfer set, never training data (its own block).
DEVSET100 = ROOT / "tests" / "data" / "devset100"
DEV_SET100 = LabelledSet(
    "devset100", DEVSET100, "Real-world development set 100: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an earthquake and tsunami (the "
    "government's toll rising over five days, 147 -> 214 -> 708 -> 763 -> 795 -> 802, lowered to 279 identified dead "
    "the next day once people reported missing were found counted as dead, then 452; the regions' counts, the people "
    "affected and the soldiers deployed counted up; the final list three weeks on, with a later earthquake's dead), a "
    "presidential election (the first round's count on the night against its final count, the runoff's count in "
    "stages against the final count, the new assembly's election of its president a month on) and a control cluster "
    "of one central bank rate cut with several figures a sentence. It is a transfer set, never training data: these "
    "figures are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset100/README.md): Measured once untouched by the lead on main f41b1db (the thirty-fifth round's "
    "first rules, read off devset80-97): precision 0.71 (5 of 7), recall 0.24 (5 of 21), 0 control conflicts, 25 of "
    "50 updates; the round's starting checker (539b638) gives the same 5 of 7.")
SETS[DEV_SET100.name] = DEV_SET100
# The hundred-and-first development set: an untouched transfer set, never training data (its own block).
DEVSET101 = ROOT / "tests" / "data" / "devset101"
DEV_SET101 = LabelledSet(
    "devset101", DEVSET101, "Real-world development set 101: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a festival stampede (the "
    "government's toll raised 339 -> 456 over a day and lowered to 347 the next, the injured counted up 329 -> 395 -> "
    "755, compensation in riel and dollars), a general election (the ruling party's claim of seats and the "
    "committee's preliminary turnout on the night against the official results, the prime minister approved by the "
    "new assembly a month on) and a control cluster of one central bank rate cut with several figures a sentence. It "
    "is a transfer set, never training data: these figures are measured with the scorer trained on the four training "
    "sets, and nobody tunes on it (see tests/data/devset101/README.md): Measured once untouched by the lead on main "
    "f41b1db (the thirty-fifth round's first rules, read off devset80-97): precision 0.70 (7 of 10), recall 0.44 (7 "
    "of 16), 0 control conflicts, 19 of 36 updates; the round's starting checker (539b638) gives the same 7 of 10.")
SETS[DEV_SET101.name] = DEV_SET101
# The hundred-and-second development set: an untouched transfer set, never training data (its own block).
DEVSET102 = ROOT / "tests" / "data" / "devset102"
DEV_SET102 = LabelledSet(
    "devset102", DEVSET102, "Real-world development set 102: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a measles epidemic (the "
    "government's toll rising over five weeks, 6 -> 53 -> 60 -> 72 -> 79, with the cases counted up 716 -> 3,728 -> "
    "4,000+ -> 5,100+ -> 5,520, one count lowered from 3,728 to 3,710, and UNICEF's own count of the dead and the "
    "suspected cases), a general election (the provisional count in two stages on the night against the final count, "
    "a party board's two votes and the parliament's election of the prime minister 28-27 ten days on) and a control "
    "cluster of one statistics office's inflation release with several figures a sentence. It is a transfer set, "
    "never training data: these figures are measured with the scorer trained on the four training sets, and nobody "
    "tunes on it (see tests/data/devset102/README.md): Measured once untouched by the lead on main 0370504 (the "
    "thirty-fifth round's rules read off devset80-101): precision 0.29 (2 of 7), recall 0.25 (2 of 8), 0 control "
    "conflicts, 10 of 35 updates; the round's starting checker (539b638) gives the same 2 of 7.")
SETS[DEV_SET102.name] = DEV_SET102
# The hundred-and-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET104 = ROOT / "tests" / "data" / "devset104"
DEV_SET104 = LabelledSet(
    "devset104", DEVSET104, "Real-world development set 104: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a fire at a workers' building (the "
    "toll rising 49 -> 50, the Indians dead counted up, a state's count of its dead lowered 24 -> 23 the next day, "
    "two bodies' counts of the injured), a presidential election (the electoral authority's preliminary results on "
    "the night against the constitutional court's final count a week on, the swearing-in) and a control cluster of "
    "one state budget with several figures a sentence. It is a transfer set, never training data: these figures are "
    "measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset104/README.md): Measured once untouched by the lead on main 0370504 (the thirty-fifth round's "
    "rules read off devset80-101): precision 0.62 (5 of 8), recall 0.31 (5 of 16), 0 control conflicts, 14 of 18 "
    "updates; the round's starting checker (539b638) gives 5 of 9.")
SETS[DEV_SET104.name] = DEV_SET104
# The hundred-and-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET105 = ROOT / "tests" / "data" / "devset105"
DEV_SET105 = LabelledSet(
    "devset105", DEVSET105, "Real-world development set 105: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a train derailment (the toll "
    "counted up 77 -> 80 over two days, lowered to 78 by the court the next and raised to 79, the data recorder's "
    "speed against the driver's reported one, the injured in hospital falling), a general election (the count on the "
    "night against the final count after the postal votes, the exit poll, the prime minister elected by the "
    "parliament five weeks on) and a control cluster of one statistics office's GDP release with several figures a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset105/README.md): Measured once untouched by the "
    "lead on main 0370504 (the thirty-fifth round's rules read off devset80-101): precision 0.79 (11 of 14), recall "
    "1.00 (11 of 11), 0 control conflicts, 14 of 22 updates; the round's starting checker (539b638) gives the same 11 "
    "of 14.")
SETS[DEV_SET105.name] = DEV_SET105
# The hundred-and-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET106 = ROOT / "tests" / "data" / "devset106"
DEV_SET106 = LabelledSet(
    "devset106", DEVSET106, "Real-world development set 106: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a landslide (the local toll rising "
    "55 -> 146 -> 157 -> 229 over two days, the dead counted as men and women, the bodies recovered and buried given "
    "as 226 two days later, the UN humanitarian office's own toll of 257, the people to be evacuated and affected), a "
    "presidential election (the electoral commission's provisional results in stages against its declared result, "
    "turnout and valid votes, the speaker elected by the new parliament four months on) and a control cluster of one "
    "central bank rate cut with several figures a sentence. It is a transfer set, never training data: these figures "
    "are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset106/README.md): Measured once untouched by the lead on main 7c126ae (the thirty-sixth round's "
    "first rule, read off devset80-105's misses): precision 0.57 (4 of 7), recall 0.40 (4 of 10), 0 control "
    "conflicts, 7 of 56 updates; the round's starting checker (88311f0) gives the same 4 of 7.")
SETS[DEV_SET106.name] = DEV_SET106
# The hundred-and-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET107 = ROOT / "tests" / "data" / "devset107"
DEV_SET107 = LabelledSet(
    "devset107", DEVSET107, "Real-world development set 107: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a fire in an old city quarter (the "
    "fire service's first toll of 81 lowered to 67 on a recount the same day, the fire service's body bags against "
    "the forensic doctors' count, the toll then rising 68 -> 69 -> 71 over ten days as the injured died, the burn "
    "unit's patients falling), a general election (the commission's and the television channels' unofficial counts on "
    "the night against the commission's results the next day, turnout around 40% and 41.8%, the prime minister and "
    "the cabinet sworn in and the parliament's first session three weeks on) and a control cluster of one national "
    "budget with several figures a sentence. It is a transfer set, never training data: these figures are measured "
    "with the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset107/README.md): "
    "Measured once untouched by the lead on main 7c126ae (the thirty-sixth round's first rule, read off "
    "devset80-105's misses): precision 0.40 (4 of 10), recall 0.19 (4 of 21), 0 control conflicts, 11 of 34 updates; "
    "the round's starting checker (88311f0) gives the same 4 of 10.")
SETS[DEV_SET107.name] = DEV_SET107
# The hundred-and-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET108 = ROOT / "tests" / "data" / "devset108"
DEV_SET108 = LabelledSet(
    "devset108", DEVSET108, "Real-world development set 108: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a landslide on a campsite (the "
    "dead counted up over a week, 16 -> 21 -> 23 -> 29 -> 31, the missing falling, the people at the site lowered "
    "from 94 to 92), a general election (the sample counts on the night against the official count, the cabinet sworn "
    "in and parliament opened with its speaker re-elected weeks later) and a control cluster of one company's annual "
    "results with several figures a sentence. It is a transfer set, never training data: it is to be measured with "
    "the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset108/README.md): "
    "Measured once untouched by the lead on main 7c126ae (the thirty-sixth round's first rule, read off "
    "devset80-105's misses): precision 0.83 (5 of 6), recall 0.29 (5 of 17), 0 control conflicts, 17 of 37 updates; "
    "the round's starting checker (88311f0) gives the same 5 of 6.")
SETS[DEV_SET108.name] = DEV_SET108
# The hundred-and-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET109 = ROOT / "tests" / "data" / "devset109"
DEV_SET109 = LabelledSet(
    "devset109", DEVSET109, "Real-world development set 109: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a bombing and a shooting massacre "
    "(the police's toll on the island counted up over a weekend, about 10 -> at least 80 -> 84 -> 86, 93 in all, then "
    "lowered to 68 and 76 on the Monday while the bomb's toll rose from seven to eight, the court's 77 a year on), a "
    "general election (the count on the night against the confirmed result three days later, the speaker's and the "
    "prime minister's votes, his resignation months on) and a control cluster of one company's annual results with "
    "several figures a sentence. It is a transfer set, never training data: these figures are measured with the "
    "scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset109/README.md): Measured "
    "once untouched by the lead on main 7c126ae (the thirty-sixth round's first rule, read off devset80-105's "
    "misses): precision 0.50 (4 of 8), recall 0.24 (4 of 17), 0 control conflicts, 10 of 30 updates; the round's "
    "starting checker (88311f0) gives 4 of 7.")
SETS[DEV_SET109.name] = DEV_SET109
# The hundred-and-tenth development set: an untouched transfer set, never training data (its own block).
DEVSET110 = ROOT / "tests" / "data" / "devset110"
DEV_SET110 = LabelledSet(
    "devset110", DEVSET110, "Real-world development set 110: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a supermarket roof collapse (the "
    "toll counted up over two days by officials, the rescue service and the police, 32 -> 43 -> 45 -> 51 -> 54, the "
    "injured given lower the same day, those taken to hospital rising), a parliamentary election (the commission's "
    "count on the night against its final count, the speaker elected three weeks on and the government approved by "
    "parliament six weeks on) and a control cluster of one EU Council decision on a country's euro changeover with "
    "several figures a sentence. It is a transfer set, never training data: these figures are measured with the "
    "scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset110/README.md): Measured "
    "once untouched by the lead on main 7c126ae (the thirty-sixth round's first rule, read off devset80-105's "
    "misses): precision 0.50 (5 of 10), recall 0.63 (5 of 8), 1 control conflicts, 10 of 13 updates; the round's "
    "starting checker (88311f0) gives the same 5 of 10.")
SETS[DEV_SET110.name] = DEV_SET110
# The hundred-and-eleventh development set: an untouched transfer set, never training data (its own block).
DEVSET111 = ROOT / "tests" / "data" / "devset111"
DEV_SET111 = LabelledSet(
    "devset111", DEVSET111, "Real-world development set 111: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an earthquake (the government's "
    "toll counted up over a week, the attorney general's office's list of the dead beside it, the injured given lower "
    "the next day, two ministers' counts of the missing, the temporary taxes for the rebuilding), a general election "
    "(the provisional count in stages on the night against the definitive count, the threshold that avoided a runoff, "
    "the swearing-in six weeks on) and a control cluster of one central bank rate decision with several figures a "
    "sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset111/README.md): Measured once untouched by the lead "
    "on main 7c126ae (the thirty-sixth round's first rule, read off devset80-105's misses): precision 0.80 (4 of 5), "
    "recall 0.67 (4 of 6), 0 control conflicts, 35 of 87 updates; the round's starting checker (88311f0) gives the "
    "same 4 of 5.")
SETS[DEV_SET111.name] = DEV_SET111
# The hundred-and-twelfth development set: an untouched transfer set, never training data (its own block).
DEVSET112 = ROOT / "tests" / "data" / "devset112"
DEV_SET112 = LabelledSet(
    "devset112", DEVSET112, "Real-world development set 112: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an earthquake (the toll counted up "
    "21 -> 114 over five days by the disaster agency and the president, the injured counted up, two agencies' "
    "magnitudes, the injured in hospital falling), a parliamentary election (the count with 96% counted against the "
    "provisional results, the turnout at the polls' close against the count's, the head of government appointed and "
    "his programme approved five weeks on, two parties' seats revised) and a control cluster of one central bank rate "
    "cut with several figures a sentence. It is a transfer set, never training data: these figures are measured with "
    "the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset112/README.md): "
    "Measured once untouched by the lead on main 7c126ae (the thirty-sixth round's first rule, read off "
    "devset80-105's misses): precision 0.33 (1 of 3), recall 0.14 (1 of 7), 0 control conflicts, 28 of 59 updates; "
    "the round's starting checker (88311f0) gives the same 1 of 3.")
SETS[DEV_SET112.name] = DEV_SET112
# The hundred-and-thirteenth development set: an untouched transfer set, never training data (its own block).
DEVSET113 = ROOT / "tests" / "data" / "devset113"
DEV_SET113 = LabelledSet(
    "devset113", DEVSET113, "Real-world development set 113: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a wildfire (the sheriff's toll "
    "rising over three weeks, 9 -> 29 -> 42 -> 63 -> 71 -> 76 -> 85 -> 88, lowered to 85 after DNA tests; the "
    "unaccounted for rising to 1,276 and then falling; the area burned, the containment and the homes destroyed "
    "counted up), a general election (the preliminary count on the night and the preliminary referendum results "
    "against the official count with the special votes, the agreement with a smaller party and the new parliament's "
    "opening weeks later) and a control cluster of one central bank rate rise with several figures a sentence. It is "
    "a transfer set, never training data: it is to be measured with the scorer trained on the four training sets, and "
    "nobody tunes on it (see tests/data/devset113/README.md): Measured once untouched by the lead on main 7c126ae "
    "(the thirty-sixth round's first rule, read off devset80-105's misses): precision 0.50 (1 of 2), recall 0.14 (1 "
    "of 7), 0 control conflicts, 25 of 91 updates; the round's starting checker (88311f0) gives the same 1 of 2.")
SETS[DEV_SET113.name] = DEV_SET113
# The hundred-and-fourteenth development set: an untouched transfer set, never training data (its own block).
DEVSET114 = ROOT / "tests" / "data" / "devset114"
DEV_SET114 = LabelledSet(
    "devset114", DEVSET114, "Real-world development set 114: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): seasonal floods (the minister's "
    "national toll rising from more than 500 to 603 in a week, the injured counted up, the displaced since the season "
    "began lowered from 1.4 million to 1.3 million, a boat accident's toll beside them), a presidential run-off (the "
    "electoral commission's provisional results against the Constitutional Court's final ones, the first round, the "
    "turnout, the inauguration and the prime minister's appointment weeks later) and a control cluster of one central "
    "bank rate rise with several figures a sentence. It is a transfer set, never training data: it is to be measured "
    "with the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset114/README.md): "
    "Measured once untouched by the lead on main cd47ef7 (the thirty-sixth round's final rules, read off "
    "devset80-113): precision 0.60 (3 of 5), recall 0.18 (3 of 17), 0 control conflicts, 17 of 22 updates; the "
    "round's starting checker (88311f0) gives the same 3 of 5.")
SETS[DEV_SET114.name] = DEV_SET114
# The hundred-and-fifteenth development set: an untouched transfer set, never training data (its own block).
DEVSET115 = ROOT / "tests" / "data" / "devset115"
DEV_SET115 = LabelledSet(
    "devset115", DEVSET115, "Real-world development set 115: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a volcanic eruption (the toll "
    "rising over six weeks, 25 -> 62 -> 75 -> 99 -> 110 -> 113 -> 116, counted by the disaster agency and the "
    "forensic institute; the missing 192 -> 197 -> 332, given as 302 twelve days later; the evacuated and the people "
    "in shelters rising and falling), a general election (the president's own claim and the preliminary count stalled "
    "on the night against the tribunal's final count and its formal declaration, the assembly's seats two weeks later "
    "and the inauguration four months on) and a control cluster of one central bank rate cut with several figures a "
    "sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset115/README.md): Measured once untouched by the lead "
    "on main cd47ef7 (the thirty-sixth round's final rules, read off devset80-113): precision 0.00 (0 of 2), recall "
    "0.00 (0 of 8), 0 control conflicts, 25 of 50 updates; the round's starting checker (88311f0) gives the same 0 of "
    "2.")
SETS[DEV_SET115.name] = DEV_SET115
# The hundred-and-sixteenth development set: an untouched transfer set, never training data (its own block).
DEVSET116 = ROOT / "tests" / "data" / "devset116"
DEV_SET116 = LabelledSet(
    "devset116", DEVSET116, "Real-world development set 116: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a train derailment (the toll of 51 "
    "on the day lowered to 50 the next day and to 49 after DNA tests, the injured, the passengers and the carriages "
    "counted alike in both languages), a general election (a broadcaster's exit poll on the night against the "
    "election commission's final count, seats by constituency and by list, and the new parliament's speaker elected "
    "eight weeks later) and a control cluster of one chipmaker's quarterly results with several figures a sentence. "
    "It is a transfer set, never training data: it is to be measured with the scorer trained on the four training "
    "sets, and nobody tunes on it (see tests/data/devset116/README.md): Measured once untouched by the lead on main "
    "cd47ef7 (the thirty-sixth round's final rules, read off devset80-113): precision 0.80 (4 of 5), recall 0.20 (4 "
    "of 20), 0 control conflicts, 2 of 2 updates; the round's starting checker (88311f0) gives the same 4 of 5.")
SETS[DEV_SET116.name] = DEV_SET116
# The hundred-and-seventeenth development set: an untouched transfer set, never training data (its own block).
DEVSET117 = ROOT / "tests" / "data" / "devset117"
DEV_SET117 = LabelledSet(
    "devset117", DEVSET117, "Real-world development set 117: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a Himalayan flash flood (the dead "
    "recovered counted up over two weeks, 26 -> 31 -> 32 -> 53 -> 60 -> 67 -> 70, the state's and the police chief's "
    "missing side by side, the missing falling 197 -> 150+ -> 145 -> 137 -> 136 as bodies were found, the bodies in a "
    "tunnel 8 -> 13 -> 14), a state assembly election (the count in stages on the day, seats won or leading and "
    "shares of the vote, against the final result; the provisional turnout against the final one, a district's "
    "lowered; the chief minister sworn in a week on, the Speaker elected, the cabinet filled and the new government's "
    "budget weeks later) and a control cluster of one central bank rate rise with several figures a sentence. It is a "
    "transfer set, never training data: it is to be measured with the scorer trained on the four training sets, and "
    "nobody tunes on it (see tests/data/devset117/README.md): Measured once untouched by the lead on main cd47ef7 "
    "(the thirty-sixth round's final rules, read off devset80-113): precision 0.00 (0 of 3), recall 0.00 (0 of 10), 0 "
    "control conflicts, 12 of 50 updates; the round's starting checker (88311f0) gives the same 0 of 3.")
SETS[DEV_SET117.name] = DEV_SET117
# The hundred-and-eighteenth development set: an untouched transfer set, never training data (its own block).
DEVSET118 = ROOT / "tests" / "data" / "devset118"
DEV_SET118 = LabelledSet(
    "devset118", DEVSET118, "Real-world development set 118: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a building fire (the toll counted "
    "up by three bodies over three days, 64 -> 73 -> 74 -> 77, the injured in hospital falling, the post-mortems and "
    "the identifications counted), a general election (the constituency count in progress against the completed "
    "count, the presidential result, the proportional seats declared three days later and the inauguration nine days "
    "on) and a control cluster of one central bank's new currency and rate cut with several figures a sentence. It is "
    "a transfer set, never training data: it is to be measured with the scorer trained on the four training sets, and "
    "nobody tunes on it (see tests/data/devset118/README.md): Measured once untouched by the lead on main cd47ef7 "
    "(the thirty-sixth round's final rules, read off devset80-113): precision 0.27 (4 of 15), recall 0.44 (4 of 9), 0 "
    "control conflicts, 12 of 24 updates; the round's starting checker (88311f0) gives the same 4 of 15.")
SETS[DEV_SET118.name] = DEV_SET118
# The hundred-and-nineteenth development set: an untouched transfer set, never training data (its own block).
DEVSET119 = ROOT / "tests" / "data" / "devset119"
DEV_SET119 = LabelledSet(
    "devset119", DEVSET119, "Real-world development set 119: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a landslide (the minister's first "
    "toll of 8 lowered to 1 confirmed death the same evening, then rising 7 -> 8 -> 11 -> 12 over a week; the missing "
    "falling as bodies were found; the evacuated counted by two bodies), a general election (the count on the night "
    "against the interior ministry's final count, the seats, the speakers elected three weeks later and the new "
    "government's confidence votes in both chambers three months on) and a control cluster of one company's annual "
    "results with several figures a sentence. It is a transfer set, never training data: it is to be measured with "
    "the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset119/README.md): "
    "Measured once untouched by the lead on main cd47ef7 (the thirty-sixth round's final rules, read off "
    "devset80-113): precision 0.20 (1 of 5), recall 0.08 (1 of 12), 0 control conflicts, 22 of 34 updates; the "
    "round's starting checker (88311f0) gives the same 1 of 5.")
SETS[DEV_SET119.name] = DEV_SET119
# The hundred-and-twentieth development set: an untouched transfer set, never training data (its own block).
DEVSET120 = ROOT / "tests" / "data" / "devset120"
DEV_SET120 = LabelledSet(
    "devset120", DEVSET120, "Real-world development set 120: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a market explosion (the toll "
    "rising 3 -> 6 -> 16 over three days, the missing counted by the ministry and the mayor's office and falling as "
    "bodies were found, the injured counted by the health ministry), a snap parliamentary election (the count on the "
    "night against the preliminary result and the final result a week later, which lowered the winner's share, the "
    "seats, the constitutional court's ruling four weeks on and the new parliament's speaker elected six weeks on) "
    "and a control cluster of one central bank rate cut with several figures a sentence. It is a transfer set, never "
    "training data: it is to be measured with the scorer trained on the four training sets, and nobody tunes on it "
    "(see tests/data/devset120/README.md): Measured once untouched by the lead on main d2e3455 (the thirty-seventh "
    "round's start, 6206f2b's rules, before any rule of the round): precision 0.25 (1 of 4), recall 0.10 (1 of 10), 2 "
    "control conflicts, 43 of 72 updates; the round's starting checker (6206f2b) gives the same: it is that checker.")
SETS[DEV_SET120.name] = DEV_SET120
# The hundred-and-twenty-first development set: an untouched transfer set, never training data (its own block).
DEVSET121 = ROOT / "tests" / "data" / "devset121"
DEV_SET121 = LabelledSet(
    "devset121", DEVSET121, "Real-world development set 121: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an avalanche of mud (the official "
    "toll rising 248 -> 254 -> 273 -> 290 -> 301 -> 314 -> 320 -> 323 -> 328 over three weeks, the minors among the "
    "dead lowered from 144 to 118, the Red Cross's injured and missing against the authorities', the missing falling "
    "as people were found), a parliamentary election (the count in stages against the full count, the seats, the "
    "assembly's chairman elected five weeks later and the president and vice-president elected by the assembly seven "
    "weeks on) and a control cluster of one statistics office's inflation release with several figures a sentence. It "
    "is a transfer set, never training data: it is to be measured with the scorer trained on the four training sets, "
    "and nobody tunes on it (see tests/data/devset121/README.md): Measured once untouched by the lead on main d2e3455 "
    "(the thirty-seventh round's start, 6206f2b's rules, before any rule of the round): precision 0.00 (0 of 2), "
    "recall 0.00 (0 of 5), 0 control conflicts, 29 of 72 updates; the round's starting checker (6206f2b) gives the "
    "same: it is that checker.")
SETS[DEV_SET121.name] = DEV_SET121
# The hundred-and-twenty-second development set: an untouched transfer set, never training data (its own block).
DEVSET122 = ROOT / "tests" / "data" / "devset122"
DEV_SET122 = LabelledSet(
    "devset122", DEVSET122, "Real-world development set 122: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a hotel gas explosion (the health "
    "ministry's toll rising 22 -> 26 -> 31 -> 40 -> 42 -> 43 -> 45 -> 46 over a week, a toll of 32 carried by state "
    "media withdrawn as an error, the casualties counted up, the people in hospital and the operator's missing "
    "workers falling), a general election (the preliminary count on the night against the recounts' official results, "
    "the seats, the turnout, the swearing-in and the House's first sitting, and another body's vote five months on) "
    "and a control cluster of one bank's quarterly results with several figures a sentence. It is a transfer set, "
    "never training data: it is to be measured with the scorer trained on the four training sets, and nobody tunes on "
    "it (see tests/data/devset122/README.md): Measured once untouched by the lead on main d2e3455 (the thirty-seventh "
    "round's start, 6206f2b's rules, before any rule of the round): precision 0.33 (2 of 6), recall 0.25 (2 of 8), 0 "
    "control conflicts, 38 of 91 updates; the round's starting checker (6206f2b) gives the same: it is that checker.")
SETS[DEV_SET122.name] = DEV_SET122
# The hundred-and-twenty-third development set: an untouched transfer set, never training data (its own block).
DEVSET123 = ROOT / "tests" / "data" / "devset123"
DEV_SET123 = LabelledSet(
    "devset123", DEVSET123, "Real-world development set 123: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a boat sinking (the toll rising 7 "
    "-> 9 -> 12 -> 24 -> 25 over two weeks and recalled three weeks on, the South Koreans' own count beside it, the "
    "missing falling as bodies were found), a parliamentary election (the night's first projection revised down by "
    "the second, both against the final count, the seats, turnout and the government's re-election by both chambers "
    "seven weeks later) and a control cluster of one company's annual results with several figures a sentence. It is "
    "a transfer set, never training data: it is to be measured with the scorer trained on the four training sets, and "
    "nobody tunes on it (see tests/data/devset123/README.md): Measured once untouched by the lead on main d2e3455 "
    "(the thirty-seventh round's start, 6206f2b's rules, before any rule of the round): precision 0.44 (4 of 9), "
    "recall 0.40 (4 of 10), 1 control conflicts, 13 of 20 updates; the round's starting checker (6206f2b) gives the "
    "same: it is that checker.")
SETS[DEV_SET123.name] = DEV_SET123
# The hundred-and-twenty-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET124 = ROOT / "tests" / "data" / "devset124"
DEV_SET124 = LabelledSet(
    "devset124", DEVSET124, "Real-world development set 124: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a forest fire (the government's "
    "toll rising 19 -> 43 -> 62 in a day, lowered to 61 for a victim counted twice and back to 62 that night, then 63 "
    "-> 64; the injured counted by the government and by the medical emergency institute; the commission's report "
    "four months on), a regional election (the count on the night in two stages against the near-complete count, the "
    "exit poll, the assembly constituted five weeks later and the regional president re-elected and sworn in ten days "
    "after that) and a control cluster of one company's quarterly and annual results with several figures a sentence. "
    "It is a transfer set, never training data: it is to be measured with the scorer trained on the four training "
    "sets, and nobody tunes on it (see tests/data/devset124/README.md): Measured once untouched by the lead on main "
    "d2e3455 (the thirty-seventh round's start, 6206f2b's rules, before any rule of the round): precision 0.71 (5 of "
    "7), recall 0.62 (5 of 8), 0 control conflicts, 20 of 95 updates; the round's starting checker (6206f2b) gives "
    "the same: it is that checker.")
SETS[DEV_SET124.name] = DEV_SET124
# The hundred-and-twenty-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET125 = ROOT / "tests" / "data" / "devset125"
DEV_SET125 = LabelledSet(
    "devset125", DEVSET125, "Real-world development set 125: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a wedding-hall fire (the toll "
    "counted by state media and the province on the first day, at least 100 -> 113, lowered to 107 by the "
    "investigating committee five days on and rising to 108; the injured counted 150 and then 82; the Red Crescent's "
    "dead and injured together), a parliamentary election (a party's own claim of its seats on the night against the "
    "official results, the independents' seats rising with the final count, the speaker and his deputy elected two "
    "weeks later and the prime minister named five weeks on) and a control cluster of one central bank rate cut with "
    "several figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset125/README.md): Measured once "
    "untouched by the lead on main d2e3455 (the thirty-seventh round's start, 6206f2b's rules, before any rule of the "
    "round): precision 0.14 (1 of 7), recall 0.08 (1 of 13), 0 control conflicts, 5 of 11 updates; the round's "
    "starting checker (6206f2b) gives the same: it is that checker.")
SETS[DEV_SET125.name] = DEV_SET125
# The hundred-and-twenty-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET126 = ROOT / "tests" / "data" / "devset126"
DEV_SET126 = LabelledSet(
    "devset126", DEVSET126, "Real-world development set 126: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a volcanic eruption (the "
    "government's toll rising 15 -> 32 over a day and restated for a month, UNICEF's and the UN's counts, houses "
    "destroyed counted by three bodies, the UN's estimate of the displaced lowered 416,000 -> 234,000 two days on), a "
    "general election (the electoral commission's results against the Constitutional Council's two months later, the "
    "seats, turnout and the inauguration three weeks after that) and a control cluster of one central bank's rate "
    "decision with several figures a sentence. It is a transfer set, never training data: it is to be measured with "
    "the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset126/README.md): "
    "Measured once untouched by the lead on main d2e3455 (the thirty-seventh round's start, 6206f2b's rules, before "
    "any rule of the round): precision 0.67 (2 of 3), recall 0.40 (2 of 5), 0 control conflicts, 7 of 12 updates; the "
    "round's starting checker (6206f2b) gives the same: it is that checker.")
SETS[DEV_SET126.name] = DEV_SET126
# The hundred-and-twenty-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET127 = ROOT / "tests" / "data" / "devset127"
DEV_SET127 = LabelledSet(
    "devset127", DEVSET127, "Real-world development set 127: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a bushfire disaster (the police's "
    "toll rising 35 -> 84 -> 173 -> 181 -> 201 over eleven days, given as a provisional 210 and revised down to 173 "
    "seven weeks on; a town's toll lowered from 21 to 10; the premier's estimate against the police's count), a "
    "constitutional referendum (the count on the night and the Monday's count against the final count, the bill's "
    "votes in both chambers months earlier and the date's announcement) and a control cluster of one company's annual "
    "results with several figures a sentence. It is a transfer set, never training data: it is to be measured with "
    "the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset127/README.md): "
    "Measured once untouched by the lead on main d2e3455 (the thirty-seventh round's start, 6206f2b's rules, before "
    "any rule of the round): precision 0.38 (3 of 8), recall 0.23 (3 of 13), 0 control conflicts, 22 of 76 updates; "
    "the round's starting checker (6206f2b) gives the same: it is that checker.")
SETS[DEV_SET127.name] = DEV_SET127
# The hundred-and-twenty-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET128 = ROOT / "tests" / "data" / "devset128"
DEV_SET128 = LabelledSet(
    "devset128", DEVSET128, "Real-world development set 128: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a landslide (the police's list of "
    "the unaccounted for lowered from 26 to 21 to 10 on the first day, the dead rising 4 -> 7 -> 10 over a week with "
    "three presumed dead, the missing falling as bodies were found, the bodies recovered six weeks on against the "
    "toll), a snap parliamentary election (the rounded count early in the morning against the official results, "
    "seats, turnout, the coalition agreed ten days later and the head of government confirmed by the new parliament "
    "a week after that) and a control cluster of one central bank's rate decision with several figures a sentence. "
    "It is a transfer set, never training data: it is to be measured with the scorer trained on the four training "
    "sets, and nobody tunes on it (see tests/data/devset128/README.md): "
    "Measured once untouched by the lead on main 5933c51 (the thirty-eighth round's first rule, read off devset127, before any rule read off this batch): precision 1.00 (3 of 3), recall 0.23 (3 of 13), 0 control conflicts, 15 of 21 updates; the round's starting checker (ca015f9) gives the same.")
SETS[DEV_SET128.name] = DEV_SET128
# The hundred-and-twenty-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET129 = ROOT / "tests" / "data" / "devset129"
DEV_SET129 = LabelledSet(
    "devset129", DEVSET129, "Real-world development set 129: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a high-rise collapse (the state's "
    "toll rising 5 -> 9 -> 14 -> 32 -> 42 -> 43 -> 45 over nine days against the federal emergency agency's 15 -> 36 "
    "-> 38 -> 44, the rescued given as 10 and lowered to nine the same day, 15 survivors in all, the missing reported "
    "by families rising, the panel's report two months on), a general election (the electoral commission's partial count at 60% of polling stations against its final "
    "count the next day, the parliamentary seats five days later, the new parliament's opening and a post-election "
    "agreement four months on) and a control cluster of one statistics office's inflation release with several "
    "figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on "
    "the four training sets, and nobody tunes on it (see tests/data/devset129/README.md): "
    "Measured once untouched by the lead on main 5933c51 (the thirty-eighth round's first rule, read off devset127, before any rule read off this batch): precision 1.00 (4 of 4), recall 0.40 (4 of 10), 0 control conflicts, 12 of 43 updates; the round's starting checker (ca015f9) gives the same.")
SETS[DEV_SET129.name] = DEV_SET129
# The hundred-and-thirtieth development set: an untouched transfer set, never training data (its own block).
DEVSET130 = ROOT / "tests" / "data" / "devset130"
DEV_SET130 = LabelledSet(
    "devset130", DEVSET130, "Real-world development set 130: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a suicide bombing (the toll rising "
    "59 -> 88 -> 100 -> 101 over three days, given by a hospital and the provincial health department, and lowered to "
    "84 by the police on the fifth day; a facilitator's arrest reported 21 months on), a general election (the partial "
    "count against the final count, then the speaker's, the prime minister's and the president's votes in parliament "
    "and the electoral college over six weeks) and a control cluster of one central bank rate rise with several "
    "figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on "
    "the four training sets, and nobody tunes on it (see tests/data/devset130/README.md): "
    "Measured once untouched by the lead on main 5933c51 (the thirty-eighth round's first rule, read off devset127, before any rule read off this batch): precision 1.00 (9 of 9), recall 0.43 (9 of 21), 0 control conflicts, 20 of 29 updates; the round's starting checker (ca015f9) gives the same.")
SETS[DEV_SET130.name] = DEV_SET130
# The hundred-and-thirty-first development set: an untouched transfer set, never training data (its own block).
DEVSET131 = ROOT / "tests" / "data" / "devset131"
DEV_SET131 = LabelledSet(
    "devset131", DEVSET131, "Real-world development set 131: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a wildfire disaster (the toll "
    "rising 19 -> 46 -> 64 -> 99 -> 112 -> 123 -> 131 over four days and to 134 three weeks on, the victims "
    "identified, homes destroyed or damaged, the missing falling), a general election (the preliminary count on the "
    "night in two stages, the seats of both chambers, a candidate's detention and the electoral tribunal's "
    "proclamation weeks later) and a control cluster of one central bank rate cut with several figures a sentence. It "
    "is a transfer set, never training data: it is to be measured with the scorer trained on the four training sets, "
    "and nobody tunes on it (see tests/data/devset131/README.md): "
    "Measured once untouched by the lead on main 5933c51 (the thirty-eighth round's first rule, read off devset127, before any rule read off this batch): precision – (0 of 0), recall 0.00 (0 of 4), 0 control conflicts, 19 of 48 updates; the round's starting checker (ca015f9) gives the same.")
SETS[DEV_SET131.name] = DEV_SET131
# The hundred-and-thirty-second development set: an untouched transfer set, never training data (its own block).
DEVSET132 = ROOT / "tests" / "data" / "devset132"
DEV_SET132 = LabelledSet(
    "devset132", DEVSET132, "Real-world development set 132: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a pipeline explosion (the state's "
    "first count and the governor's toll against the federal health ministry's toll rising 73 -> 79 -> 85 -> 89 -> 93 "
    "-> 114 -> 115 over ten days, the injured still in hospital falling), a general election (the unofficial count on "
    "the night against the final count, the Supreme Court's ruling two days before the vote and the new assembly's "
    "vote for its president on the inauguration day) and a control cluster of one central bank's rate decision with "
    "several figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset132/README.md): "
    "Measured once untouched by the lead on main 5933c51 (the thirty-eighth round's first rule, read off devset127, before any rule read off this batch): precision 0.00 (0 of 3), recall 0.00 (0 of 7), 0 control conflicts, 14 of 43 updates; the round's starting checker (ca015f9) gives the same.")
SETS[DEV_SET132.name] = DEV_SET132
# The hundred-and-thirty-third development set: an untouched transfer set, never training data (its own block).
DEVSET133 = ROOT / "tests" / "data" / "devset133"
DEV_SET133 = LabelledSet(
    "devset133", DEVSET133, "Real-world development set 133: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a wildfire disaster (the official "
    "toll rising 50 -> 74 -> 79 -> 82 -> 87 over four days, lowered to 86 on the sixth morning and raised to 91 that "
    "evening, 93 and 96 weeks on; the injured and the children among them, the missing falling from about 30 to "
    "25), a snap parliamentary election (the exit poll and the count in "
    "stages on the night against the certified result a month later, the seats, turnout, and the assembly's votes "
    "for the prime minister and the president on other days) and a control cluster of one central bank's rate "
    "decision with several figures a sentence. It is a transfer set, never training data: it is to be measured with "
    "the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset133/README.md): "
    "Measured once untouched by the lead on main 5933c51 (the thirty-eighth round's first rule, read off devset127, before any rule read off this batch): precision 0.12 (1 of 8), recall 0.25 (1 of 4), 0 control conflicts, 24 of 38 updates; the round's starting checker (ca015f9) gives 1 of 9.")
SETS[DEV_SET133.name] = DEV_SET133
# The hundred-and-thirty-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET134 = ROOT / "tests" / "data" / "devset134"
DEV_SET134 = LabelledSet(
    "devset134", DEVSET134, "Real-world development set 134: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a ferry disaster (the government's "
    "toll rising 44 -> 86 -> 136 -> 209 -> 218 -> 224 -> 227 -> 228 over four days and the final count, survivors and "
    "identified bodies counted as they rose, the number on board put by initial estimates, the transport minister and "
    "the final count), a presidential election (the first round's partial and complete counts against the High "
    "Constitutional Court's final figures, the runoff counted in stages on four days against the provisional result "
    "and the court's confirmation three weeks later) and a control cluster of one company's annual results with "
    "several figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset134/README.md): "
    "Measured once untouched by the lead on main 5933c51 (the thirty-eighth round's first rule, read off devset127, before any rule read off this batch): precision 0.50 (3 of 6), recall 0.33 (3 of 9), 0 control conflicts, 18 of 48 updates; the round's starting checker (ca015f9) gives the same.")
SETS[DEV_SET134.name] = DEV_SET134
# The hundred-and-thirty-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET135 = ROOT / "tests" / "data" / "devset135"
DEV_SET135 = LabelledSet(
    "devset135", DEVSET135, "Real-world development set 135: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a cyclone (the official toll "
    "rising 8 -> 24, lowered to 11 the next day as victims had been counted twice, raised to 16 and lowered to 11 "
    "again; the Red Cross federation's count against the official one; the damage assessment a month on), a general "
    "election (the preliminary count on the night against the final count with the special votes two weeks later, "
    "the kingmaker's choice and the swearing-in weeks on) and a control cluster of one statistics office's GDP release "
    "with several figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset135/README.md): "
    "Measured once untouched by the lead on main 5933c51 (the thirty-eighth round's first rule, read off devset127, before any rule read off this batch): precision 0.67 (8 of 12), recall 0.47 (8 of 17), 0 control conflicts, 15 of 44 updates; the round's starting checker (ca015f9) gives the same.")
SETS[DEV_SET135.name] = DEV_SET135
# The hundred-and-thirty-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET136 = ROOT / "tests" / "data" / "devset136"
DEV_SET136 = LabelledSet(
    "devset136", DEVSET136, "Real-world development set 136: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a cargo jet's crash into a village "
    "(the toll rising 32 -> 37, lowered to 32 the same evening and given as 37 and 38 the next day, counted by the "
    "health ministry, the emergencies ministry and the government's information service; the injured, the houses "
    "destroyed, a month-on article), a presidential election (the first "
    "round's preliminary count, the run-off counted early the next morning against the final count, the swearing-in "
    "three days on) and a control cluster of one central bank's rate rise with several figures a sentence. It is a "
    "transfer set, never training data: it is to be measured with the scorer trained on the four training sets, and "
    "nobody tunes on it (see tests/data/devset136/README.md): "
    "Measured once untouched by the lead on main 0770baa (the thirty-ninth round's first two rules, read off earlier sets before this batch existed): precision 0.25 (1 of 4), recall 0.12 (1 of 8), 0 control conflicts, 3 of 13 updates; the round's starting checker (e63fc5e) gives the same.")
SETS[DEV_SET136.name] = DEV_SET136
# The hundred-and-thirty-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET137 = ROOT / "tests" / "data" / "devset137"
DEV_SET137 = LabelledSet(
    "devset137", DEVSET137, "Real-world development set 137: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a fuel depot explosion (the "
    "government's toll rising 13 -> 14 -> 18 -> 23 over four days and the injured 178 -> 190 -> 212 -> 241, a police "
    "officer's and the civil protection service's own counts against the government's), a presidential election (the "
    "electoral commission's provisional count corrected down by the Constitutional Court's final results, the "
    "assembly's two votes on the runner-up's immunity two weeks on, the swearing-in two months later) and a control "
    "cluster of one bank's annual results with several figures a sentence. It is a transfer set, never training data: it is to be "
    "measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset137/README.md): "
    "Measured once untouched by the lead on main 0770baa (the thirty-ninth round's first two rules, read off earlier sets before this batch existed): precision 0.00 (0 of 3), recall 0.00 (0 of 15), 0 control conflicts, 13 of 35 updates; the round's starting checker (e63fc5e) gives 0 of 4.")
SETS[DEV_SET137.name] = DEV_SET137
# The hundred-and-thirty-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET138 = ROOT / "tests" / "data" / "devset138"
DEV_SET138 = LabelledSet(
    "devset138", DEVSET138, "Real-world development set 138: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a landfill collapse (the police's "
    "toll rising 13 -> 21 -> 26 -> 30 -> 34 over five days against the city authority's and the Red Cross's counts, "
    "the rescued put by the police and the prime minister, the missing listed and falling as bodies were found), a "
    "general election (the presidential partial count on the night against the provisional result, the legislative "
    "count in stages with shares moving both ways, the seats, the turnout, the swearing-in and the new chamber's "
    "election of its speaker a month on) and a control cluster of one IMF board approval with several figures a "
    "sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset138/README.md): "
    "Measured once untouched by the lead on main 0770baa (the thirty-ninth round's first two rules, read off earlier sets before this batch existed): precision 1.00 (2 of 2), recall 0.20 (2 of 10), 0 control conflicts, 9 of 43 updates; the round's starting checker (e63fc5e) gives 2 of 5.")
SETS[DEV_SET138.name] = DEV_SET138
# The hundred-and-thirty-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET139 = ROOT / "tests" / "data" / "devset139"
DEV_SET139 = LabelledSet(
    "devset139", DEVSET139, "Real-world development set 139: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a dam collapse (the official toll "
    "of 26 lowered to 8 confirmed dead three days on, then rising 9 -> 11 -> 13 -> 30 -> 31 over a week, the missing "
    "falling and rising again, the government's homeless count against the news agency's), a general election (the "
    "commission's count in batches against the party's own tally and the final results, the president elected by "
    "parliament four months on) and a control cluster of one statistics office's annual GDP release with several "
    "figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on "
    "the four training sets, and nobody tunes on it (see tests/data/devset139/README.md): "
    "Measured once untouched by the lead on main 0770baa (the thirty-ninth round's first two rules, read off earlier sets before this batch existed): precision 0.57 (4 of 7), recall 0.20 (4 of 20), 0 control conflicts, 18 of 49 updates; the round's starting checker (e63fc5e) gives 4 of 9.")
SETS[DEV_SET139.name] = DEV_SET139
# The hundred-and-fortieth development set: an untouched transfer set, never training data (its own block).
DEVSET140 = ROOT / "tests" / "data" / "devset140"
DEV_SET140 = LabelledSet(
    "devset140", DEVSET140, "Real-world development set 140: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a nightclub fire (the toll rising "
    "27 -> 29 -> 31 -> 32 -> 41 -> 45 -> 50 -> 56 over two and a half weeks and 64 four months on, the patients in "
    "hospital and those in a serious condition falling, the patients abroad and the countries treating them), a snap "
    "parliamentary election (the count in stages on the night against the complete count, the court's confirmation, "
    "the speaker's vote and the government's confidence vote weeks later) and a control cluster of one central bank "
    "rate cut with several figures a sentence. It is a transfer set, never training data: it is to be measured with "
    "the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset140/README.md): "
    "Measured once untouched by the lead on main 0770baa (the thirty-ninth round's first two rules, read off earlier sets before this batch existed): precision 0.50 (1 of 2), recall 0.17 (1 of 6), 0 control conflicts, 27 of 61 updates; the round's starting checker (e63fc5e) gives the same.")
SETS[DEV_SET140.name] = DEV_SET140
# The hundred-and-forty-first development set: an untouched transfer set, never training data (its own block).
DEVSET141 = ROOT / "tests" / "data" / "devset141"
DEV_SET141 = LabelledSet(
    "devset141", DEVSET141, "Real-world development set 141: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a nightclub roof collapse (the "
    "official toll rising 98 -> 113 -> 184 -> 218 -> 221 over the search and 222 -> 226 -> 231 -> 232 as the injured "
    "died in hospital, the health minister's own count from the autopsies, a retrospective a month on), a general "
    "election (the board's count in stages on the night against the definitive count, the early Senate result "
    "lowered in the final count, the deputies declared weeks later and the swearing-in) and a control cluster of one "
    "central bank rate rise with several figures a sentence. It is a transfer set, never training data: it is to be "
    "measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset141/README.md): "
    "Measured once untouched by the lead on main 0770baa (the thirty-ninth round's first two rules, read off earlier sets before this batch existed): precision 1.00 (3 of 3), recall 0.30 (3 of 10), 0 control conflicts, 31 of 50 updates; the round's starting checker (e63fc5e) gives the same.")
SETS[DEV_SET141.name] = DEV_SET141
# The hundred-and-forty-second development set: an untouched transfer set, never training data (its own block).
DEVSET142 = ROOT / "tests" / "data" / "devset142"
DEV_SET142 = LabelledSet(
    "devset142", DEVSET142, "Real-world development set 142: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a train collision (the health "
    "ministry's toll of 32 lowered to 19 the next day as victims in a coma had been counted as dead, then raised to "
    "20; the injured rising 66 -> 165 -> 185 -> 199; the prosecution's detentions and findings three weeks on), a "
    "presidential election (exit polls against the count in stages on the night and the preliminary results, the "
    "run-off, the parliamentary election between the rounds and the speaker's election a month on) and a control "
    "cluster of one statistics office's inflation release with several figures a sentence. It is a transfer set, "
    "never training data: it is to be measured with the scorer trained on the four training sets, and nobody tunes on "
    "it (see tests/data/devset142/README.md): "
    "Measured once untouched by the lead on main 0770baa (the thirty-ninth round's first two rules, read off earlier sets before this batch existed): precision 0.75 (3 of 4), recall 0.12 (3 of 26), 0 control conflicts, 13 of 23 updates; the round's starting checker (e63fc5e) gives the same.")
SETS[DEV_SET142.name] = DEV_SET142
# The hundred-and-forty-third development set: an untouched transfer set, never training data (its own block).
DEVSET143 = ROOT / "tests" / "data" / "devset143"
DEV_SET143 = LabelledSet(
    "devset143", DEVSET143, "Real-world development set 143: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an epidemic (the WHO's counts of "
    "cases and deaths rising 39 and 19 -> 51 and 27, the deaths lowered to 22 after a review of the early cases, then "
    "56 and 25 and the final 54 and 33 two months on; the health minister's count against the WHO's), a court-ordered "
    "presidential rerun (the unofficial tallies against the commission's result, the courts' rulings months before, "
    "the swearing-in and the cabinet weeks on) and a control cluster of one central bank's rate decision with several "
    "figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on "
    "the four training sets, and nobody tunes on it (see tests/data/devset143/README.md): "
    "Measured once untouched by the lead on main 0770baa (the thirty-ninth round's first two rules, read off earlier sets before this batch existed): precision 0.67 (4 of 6), recall 0.20 (4 of 20), 0 control conflicts, 8 of 43 updates; the round's starting checker (e63fc5e) gives the same.")
SETS[DEV_SET143.name] = DEV_SET143
# The hundred-and-forty-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET144 = ROOT / "tests" / "data" / "devset144"
DEV_SET144 = LabelledSet(
    "devset144", DEVSET144, "Real-world development set 144: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a crush at a religious gathering "
    "(the toll rising from at least 116 on the first evening to 121 the next day and repeated unchanged for three "
    "months; the police complaint's crowd against the witnesses'; arrests, suspensions and a charge sheet on their "
    "own days), a parliamentary election in two rounds (the primary's result, the general round's preliminary seats "
    "and the commission's final votes, the swearing-in three weeks on) and a control cluster of one election "
    "commission's final results with several figures a sentence. It is a transfer set, never training data: it is to "
    "be measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset144/README.md): "
    "Measured once untouched by the lead on main af45160 (the fortieth round's starting checker: no rule was added before the measure): precision 0.50 (2 of 4), recall 0.20 (2 of 10), 1 control conflict, 4 of 12 updates.")
SETS[DEV_SET144.name] = DEV_SET144
# The hundred-and-forty-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET145 = ROOT / "tests" / "data" / "devset145"
DEV_SET145 = LabelledSet(
    "devset145", DEVSET145, "Real-world development set 145: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an earthquake (two provinces' tolls "
    "rising hour by hour over four days with as-of times, 105 -> 113 -> 117 and 11 -> 13 -> 18 -> 22 -> 31 -> 34, the "
    "missing falling, the national centre's magnitude against the USGS's, the final toll three weeks on), a "
    "parliament's two votes a week apart (a constitutional amendment, then the president's re-election; the party's "
    "proposal and the spokesman's announcement before, a third term five years on) and a control cluster of one "
    "statistics bureau's population release with several figures a sentence. It is a transfer set, never training "
    "data: it is to be measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset145/README.md): "
    "Measured once untouched by the lead on main af45160 (the fortieth round's starting checker: no rule was added before the measure): precision 0.60 (3 of 5), recall 0.43 (3 of 7), 0 control conflicts, 11 of 28 updates.")
SETS[DEV_SET145.name] = DEV_SET145
# The hundred-and-forty-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET146 = ROOT / "tests" / "data" / "devset146"
DEV_SET146 = LabelledSet(
    "devset146", DEVSET146, "Real-world development set 146: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an earthquake (the disaster "
    "council's toll rising 144 -> 186 -> 222 over three weeks, the military's first-day count and a provincial police "
    "count against the council's, two agencies' magnitudes, injured and missing in one sentence), a chief justice's "
    "impeachment (the lower house's vote and the Senate's verdict five months apart, the testimony a week before, the "
    "successor named three months on) and a control cluster of one referendum commission's declared result with several "
    "figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on "
    "the four training sets, and nobody tunes on it (see tests/data/devset146/README.md): "
    "Measured once untouched by the lead on main af45160 (the fortieth round's starting checker: no rule was added before the measure): precision 1.00 (5 of 5), recall 0.71 (5 of 7), 0 control conflicts, 10 of 12 updates.")
SETS[DEV_SET146.name] = DEV_SET146
# The hundred-and-forty-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET147 = ROOT / "tests" / "data" / "devset147"
DEV_SET147 = LabelledSet(
    "devset147", DEVSET147, "Real-world development set 147: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a nightclub fire (the police's "
    "first toll of 245 lowered after a recount to 232 and 231, then rising to 236 and 238 as the injured died in "
    "hospital, 242 in the final count recalled at the trial nearly nine years on; the crowd inside as the police and "
    "the firefighters estimated it), a president's impeachment (two bodies voting on different days: the lower "
    "house in April, the Senate in May, August and at the verdict of 31 August, each with its own tally and "
    "threshold) and a control cluster of one statistics release, a census's first results, with several figures a "
    "sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset147/README.md): "
    "Measured once untouched by the lead on main af45160 (the fortieth round's starting checker: no rule was added before the measure): precision 0.86 (6 of 7), recall 0.18 (6 of 34), 0 control conflicts, 6 of 13 updates.")
SETS[DEV_SET147.name] = DEV_SET147
# The hundred-and-forty-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET148 = ROOT / "tests" / "data" / "devset148"
DEV_SET148 = LabelledSet(
    "devset148", DEVSET148, "Real-world development set 148: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a train collision (the fire "
    "service's toll rising 36 -> 40 -> 46 -> 57 over two days against the forensic service's count of bodies, the "
    "injured lowered from 85 to 66 taken to hospital, then 72), a law passed by two chambers a week apart (the "
    "Bundestag's 393-226 vote, the Bundesrat's approval, the signature and the entry into force months on, the "
    "chancellor's remark four days before the vote) and a control cluster of one company's annual results with several "
    "figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on "
    "the four training sets, and nobody tunes on it (see tests/data/devset148/README.md): "
    "Measured once untouched by the lead on main af45160 (the fortieth round's starting checker: no rule was added before the measure): precision 0.25 (1 of 4), recall 0.09 (1 of 11), 0 control conflicts, 12 of 25 updates.")
SETS[DEV_SET148.name] = DEV_SET148
# The hundred-and-forty-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET149 = ROOT / "tests" / "data" / "devset149"
DEV_SET149 = LabelledSet(
    "devset149", DEVSET149, "Real-world development set 149: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a hospital fire (the deaths rising "
    "from about 20 to 64 and 92 within a day, then lowered to 60 by the health ministry; the wounded counted by the "
    "provincial health directorate and by the state news agency; a retrospective a month on), a constitutional "
    "referendum (parliament's vote three months before, the unofficial count of the night against the electoral "
    "board's official result eleven days later, the board's rejection of the appeals between them, the president's "
    "return to his party five weeks on) and a control cluster of one company's annual results with several figures a "
    "sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset149/README.md): "
    "Measured once untouched by the lead on main af45160 (the fortieth round's starting checker: no rule was added before the measure): precision 0.60 (3 of 5), recall 0.20 (3 of 15), 1 control conflict, 3 of 14 updates.")
SETS[DEV_SET149.name] = DEV_SET149
# The hundred-and-fiftieth development set: an untouched transfer set, never training data (its own block).
DEVSET150 = ROOT / "tests" / "data" / "devset150"
DEV_SET150 = LabelledSet(
    "devset150", DEVSET150, "Real-world development set 150: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a mass shooting (the police's toll "
    "and injured rising over a night and a day, 50 and 200 -> 58 and 515 -> 527, the local hospitals' own count, the "
    "injured at 546 twelve days on, a timeline changed), a bill through two chambers (the Senate's vote in August, the "
    "House's in November, the signing ten days later, the budget office's estimate) and a control cluster of one "
    "central bank's rate decision with several figures a sentence. It is a transfer set, never training data: it is to "
    "be measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset150/README.md): "
    "Measured once untouched by the lead on main af45160 (the fortieth round's starting checker: no rule was added before the measure): precision 0.56 (5 of 9), recall 0.42 (5 of 12), 0 control conflicts, 21 of 38 updates.")
SETS[DEV_SET150.name] = DEV_SET150
# The hundred-and-fifty-first development set: an untouched transfer set, never training data (its own block).
DEVSET151 = ROOT / "tests" / "data" / "devset151"
DEV_SET151 = LabelledSet(
    "devset151", DEVSET151, "Real-world development set 151: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an industrial accident (a smelter "
    "furnace explosion's toll rising 12 -> 13 -> 16 -> 18 -> 19 -> 21 over nine days, the park operator's count against "
    "the police's, the foreign dead lowered from five to four on the first day, the injured still treated falling; "
    "suspects named seven weeks on), a parliamentary vote and its reversal (the House's 226-135 vote, the president's "
    "regulations a week later, their approval four months on) and a control cluster of one central bank's rate "
    "decision with several figures a sentence. It is a transfer set, never training data: it is to be measured with "
    "the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset151/README.md): "
    "Measured once untouched by the lead on main af45160 (the fortieth round's starting checker: no rule was added before the measure): precision 0.50 (1 of 2), recall 0.17 (1 of 6), 0 control conflicts, 11 of 52 updates.")
SETS[DEV_SET151.name] = DEV_SET151
# The hundred-and-fifty-second development set: an untouched transfer set, never training data (its own block).
DEVSET152 = ROOT / "tests" / "data" / "devset152"
DEV_SET152 = LabelledSet(
    "devset152", DEVSET152, "Real-world development set 152: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a school shooting (the police's "
    "'about 10' dead on the first evening rising to 11 the next morning, the wounded in hospital rising from at least "
    "five to six), a parliament's votes on a prime minister on four dates (a no-confidence vote of 204 to 142, a "
    "rival rejected 195 to 154, the approval of 18 January 2019 by 115 for, 153 against and 77 abstaining) and a "
    "control cluster of one central bank's rate decision with several figures a sentence. It is a transfer set, never "
    "training data: it is to be measured with the scorer trained on the four training sets, and nobody tunes on it "
    "(see tests/data/devset152/README.md): "
    "Measured once untouched by the lead on main 546188b (the forty-first round's starting checker: no rule was added before the measure): precision 1.00 (1 of 1), recall 0.12 (1 of 8), 0 control conflicts, 11 of 19 updates.")
SETS[DEV_SET152.name] = DEV_SET152
# The hundred-and-fifty-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET154 = ROOT / "tests" / "data" / "devset154"
DEV_SET154 = LabelledSet(
    "devset154", DEVSET154, "Real-world development set 154: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a university shooting (the "
    "emergency service's first count against the police's, the police's 'more than 15' dead lowered to 14 the same "
    "evening, the injured rising 24 -> 25, the seriously injured from two sources), a court ruling and its entry into "
    "force three months later (a constitutional court's ruling, the protests' counts, the ruling's publication) and a "
    "control cluster of one election commission's runoff results with several figures a sentence. It is a transfer "
    "set, never training data: it is to be measured with the scorer trained on the four training sets, and nobody "
    "tunes on it (see tests/data/devset154/README.md): "
    "Measured once untouched by the lead on main 546188b (the forty-first round's starting checker: no rule was added before the measure): precision 0.83 (5 of 6), recall 0.26 (5 of 19), 0 control conflicts, 23 of 43 updates.")
SETS[DEV_SET154.name] = DEV_SET154
# The hundred-and-fifty-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET155 = ROOT / "tests" / "data" / "devset155"
DEV_SET155 = LabelledSet(
    "devset155", DEVSET155, "Real-world development set 155: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): civil unrest (a government toll "
    "rising 72 -> 117 -> 212 -> 276 over nine days, the dead by province and the arrests rising, a court's ruling and "
    "a handover on different dates), a general election counted in two stages (the provisional count against the "
    "final one, the opposition's share lowered from 44.05% to 43.95%; a court's rejection of its challenge and an "
    "inauguration later) and a control cluster of one electoral commission's declaration with several figures a "
    "sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset155/README.md): "
    "Measured once untouched by the lead on main 546188b (the forty-first round's starting checker: no rule was added before the measure): precision 0.00 (0 of 7), recall 0.00 (0 of 11), 0 control conflicts, 26 of 57 updates.")
SETS[DEV_SET155.name] = DEV_SET155
# The hundred-and-fifty-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET156 = ROOT / "tests" / "data" / "devset156"
DEV_SET156 = LabelledSet(
    "devset156", DEVSET156, "Real-world development set 156: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a flash flood and a city's river "
    "flood (the toll rising 4 -> 8 -> 10 -> 13 -> 20 over a week, the missing rising then falling, the weather "
    "bureau's forecast peak lowered from 5.5 m to 5.2 m against the city council's 4.6 m, the peak reached against "
    "1974's), a law passed in stages (a postal survey's result, the upper house's vote two weeks later, the lower "
    "house's eight days after that, the assent and the law's start) and a control cluster of one statistics office's "
    "census release with several figures a sentence. It is a transfer set, never training data: it is to be measured "
    "with the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset156/README.md): "
    "Measured once untouched by the lead on main 546188b (the forty-first round's starting checker: no rule was added before the measure): precision 1.00 (1 of 1), recall 0.20 (1 of 5), 0 control conflicts, 13 of 20 updates.")
SETS[DEV_SET156.name] = DEV_SET156
# The hundred-and-fifty-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET158 = ROOT / "tests" / "data" / "devset158"
DEV_SET158 = LabelledSet(
    "devset158", DEVSET158, "Real-world development set 158: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a rail accident (a head-on collision "
    "of two commuter trains, the toll rising 22 -> 23 over two days with the injured 43 -> 50, the missing falling), a "
    "constitutional reform in two stages on different dates (the lower house's final 553-14 vote, the confirmatory "
    "referendum eleven months later) and a control cluster of one company's annual results with several figures a "
    "sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset158/README.md): "
    "Measured once untouched by the lead on main 546188b (the forty-first round's starting checker: no rule was added before the measure): precision 0.88 (7 of 8), recall 0.64 (7 of 11), 0 control conflicts, 7 of 9 updates.")
SETS[DEV_SET158.name] = DEV_SET158
# The hundred-and-fifty-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET159 = ROOT / "tests" / "data" / "devset159"
DEV_SET159 = LabelledSet(
    "devset159", DEVSET159, "Real-world development set 159: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an earthquake (the toll rising 20 -> "
    "23 within a day, revised down to 19 the next morning, then 20; the dead by area revised with it; the injured, the "
    "displaced and the aftershocks rising; the geophysics agency's first magnitude of 6.8 revised to 6.5 against the "
    "USGS's 6.5), a criminal code's passage in three stages (a commission's approval, the plenary's vote twelve days "
    "later, the president's signature four weeks on, in force three years later) and a control cluster of one central "
    "bank's rate cut with several figures a sentence. It is a transfer set, never training data: it is to be measured "
    "with the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset159/README.md): "
    "Measured once untouched by the lead on main 546188b (the forty-first round's starting checker: no rule was added before the measure): precision 0.88 (7 of 8), recall 0.23 (7 of 31), 0 control conflicts, 22 of 44 updates.")
SETS[DEV_SET159.name] = DEV_SET159
# The hundred-and-fifty-third development set: an untouched transfer set, never training data (its own block).
DEVSET153 = ROOT / "tests" / "data" / "devset153"
DEV_SET153 = LabelledSet(
    "devset153", DEVSET153, "Real-world development set 153: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an industrial fire (a battery "
    "plant's toll rising 22 -> 23 over two days, the missing falling, the fire authorities' count against the "
    "police's, the Chinese and the foreign dead lowered when the second day's count corrected the first's; officials "
    "booked and raids the days after), a court ruling and a "
    "law two years later (a constitutional court's ruling, the legislature's 66-27 vote, the president's signature "
    "and the law's first day) and a control cluster of one central bank's rate decision with several figures a "
    "sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset153/README.md): "
    "Measured once untouched by the lead on main 546188b (the forty-first round's starting checker: no rule was added before the measure): precision 1.00 (10 of 10), recall 0.53 (10 of 19), 0 control conflicts, 49 of 71 updates.")
SETS[DEV_SET153.name] = DEV_SET153
# The hundred-and-fifty-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET157 = ROOT / "tests" / "data" / "devset157"
DEV_SET157 = LabelledSet(
    "devset157", DEVSET157, "Real-world development set 157: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a fuel tanker explosion (the toll "
    "rising 50 -> 60 -> 66 within a day, the city's count against the fire brigade's and a radio-quoted official's, "
    "houses burned 20 -> 42 -> 50), a referendum's two stages (the preliminary results, then the final results three "
    "days on: the voter register corrected down, turnout raised, the vote counts unchanged) and a control cluster of "
    "one general election's results with several figures a sentence. It is a transfer set, never training data: "
    "it is to be measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset157/README.md): "
    "Measured once untouched by the lead on main 546188b (the forty-first round's starting checker: no rule was added before the measure): precision 0.67 (2 of 3), recall 0.15 (2 of 13), 0 control conflicts, 11 of 38 updates.")
SETS[DEV_SET157.name] = DEV_SET157
# The hundred-and-sixty-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET169 = ROOT / "tests" / "data" / "devset169"
DEV_SET169 = LabelledSet(
    "devset169", DEVSET169, "Real-world development set 169: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an explosion in a market building "
    "(the toll rising 17 -> 20 -> 22 -> 23 -> 24 -> 26 over three weeks with as-of days, the injured rising, the arrests "
    "and a blast two days earlier as another event), a constitutional amendment in two chambers on two days (the "
    "upper house's vote, the lower house's the next morning, the president's signature the same day, a chief "
    "justice's nomination and oath, later bills) and a control cluster of one census release with several figures a "
    "sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset169/README.md): "
    "Measured once untouched by the lead on main aeb766c7 (the forty-second round's checker, after the rules read off the forty-first round's second batch and before any of this batch's output was read): precision 0.78 (7 of 9), recall 0.78 (7 of 9), 0 control conflicts, 22 of 47 updates.")
SETS[DEV_SET169.name] = DEV_SET169
# The hundred-and-seventy-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET174 = ROOT / "tests" / "data" / "devset174"
DEV_SET174 = LabelledSet(
    "devset174", DEVSET174, "Real-world development set 174: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a volcanic eruption on an island (the "
    "toll rising 5 -> 6 -> 8 -> 14 -> 15 -> 16 over a week and 22 a year on, the missing falling as bodies are "
    "recovered, the chance of another eruption estimated day by day), an impeachment in three bodies on different dates "
    "(the lower house's impeachment with its signatures rising two days later, the supreme court's ruling, the senate's "
    "vote to archive) and a control cluster of one census release with several figures a sentence. It is a transfer "
    "set, never training data: it is to be measured with the scorer trained on the four training sets, and nobody "
    "tunes on it (see tests/data/devset174/README.md): "
    "Measured once untouched by the lead on main aeb766c7 (the forty-second round's checker, after the rules read off the forty-first round's second batch and before any of this batch's output was read): precision 0.75 (6 of 8), recall 0.75 (6 of 8), 0 control conflicts, 7 of 29 updates.")
SETS[DEV_SET174.name] = DEV_SET174
# The hundred-and-seventy-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET175 = ROOT / "tests" / "data" / "devset175"
DEV_SET175 = LabelledSet(
    "devset175", DEVSET175, "Real-world development set 175: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a factory fire (the toll rising "
    "23 -> 47 and the injured 5 -> 46 within a day, repeated over two days, the injured still in hospital, the "
    "permits' months), a corruption trial in stages (the prosecutors' demand, the court's verdict four weeks later, "
    "the execution to prison ten days on: what was demanded and what was imposed as different facts of one class) and "
    "a control cluster of one statistics release with several figures a sentence. It is a transfer set, never "
    "training data: it is to be measured with the scorer trained on the four training sets, and nobody tunes on it "
    "(see tests/data/devset175/README.md): "
    "Measured once untouched by the lead on main aeb766c7 (the forty-second round's checker, after the rules read off the forty-first round's second batch and before any of this batch's output was read): precision 1.00 (2 of 2), recall 0.25 (2 of 8), 0 control conflicts, 5 of 13 updates.")
SETS[DEV_SET175.name] = DEV_SET175
# The hundred-and-seventy-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET176 = ROOT / "tests" / "data" / "devset176"
DEV_SET176 = LabelledSet(
    "devset176", DEVSET176, "Real-world development set 176: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a hospital fire (the first toll of "
    "at least 41 revised down to 37 the same day, then rising to 39 and 40 over a week; the injured rising, those in "
    "critical condition falling), a former president's corruption case in three court stages (the first verdict, the "
    "appeal ruling sixteen months later, the supreme court's ruling upholding it: the first court's sentence and "
    "findings and the appeal's as different facts of one class) and a control cluster of one central bank's rate hike "
    "with several figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset176/README.md): "
    "Measured once untouched by the lead on main 9389a8c2 (the forty-third round's checker, after the rules read off the forty-second round's batch and the sources rule, before any of this batch's output was read): precision 0.85 (11 of 13), recall 0.39 (11 of 28), 0 control conflicts, 10 of 15 updates.")
SETS[DEV_SET176.name] = DEV_SET176
# The hundred-and-seventy-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET177 = ROOT / "tests" / "data" / "devset177"
DEV_SET177 = LabelledSet(
    "devset177", DEVSET177, "Real-world development set 177: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a city's floods and mudslides (the "
    "toll rising 58 -> 117 -> 186 over a week with as-of days, the missing rising then falling, the dead by sex and the "
    "children in one sentence, two agencies' rainfall figures), a law's passage through two chambers (the lower house's "
    "vote, the Senate's nineteen days later, the signature two weeks on, and the failed bill's two votes of 2018 side "
    "by side) and a control cluster of one company's annual results with several figures a sentence. It is a transfer "
    "set, never training data: it is to be measured with the scorer trained on the four training sets, and nobody "
    "tunes on it (see tests/data/devset177/README.md): "
    "Measured once untouched by the lead on main 9389a8c2 (the forty-third round's checker, after the rules read off the forty-second round's batch and the sources rule, before any of this batch's output was read): precision 0.50 (3 of 6), recall 0.33 (3 of 9), 0 control conflicts, 16 of 23 updates.")
SETS[DEV_SET177.name] = DEV_SET177
# The hundred-and-seventy-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET178 = ROOT / "tests" / "data" / "devset178"
DEV_SET178 = LabelledSet(
    "devset178", DEVSET178, "Real-world development set 178: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a landslide at a mountain resort "
    "(the toll rising 7 -> 17 -> 21 -> 28 over seventeen days, the missing falling 35 -> 18 -> 12 -> 5 as bodies are "
    "found, a news site's and the interior ministry's counts of those searching as two sources), a referendum counted "
    "in two stages on one day (the preliminary turnout, voters, share for and invalid ballots revised down slightly in "
    "the final count, recalled ten weeks on next to the snap election's figures) and a control cluster of one "
    "election commission's preliminary result with several figures a sentence. It is a transfer set, never training "
    "data: it is to be measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset178/README.md): "
    "Measured once untouched by the lead on main 9389a8c2 (the forty-third round's checker, after the rules read off the forty-second round's batch and the sources rule, before any of this batch's output was read): precision 0.71 (5 of 7), recall 0.19 (5 of 27), 0 control conflicts, 6 of 17 updates.")
SETS[DEV_SET178.name] = DEV_SET178
# The hundred-and-seventy-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET179 = ROOT / "tests" / "data" / "devset179"
DEV_SET179 = LabelledSet(
    "devset179", DEVSET179, "Real-world development set 179: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a building collapse (the toll rising "
    "over eleven days with as-of times, the unaccounted for and the hospitalised falling, the people believed on site "
    "rising then revised down), a president's scandal through two bodies on different dates (a panel's report, the "
    "National Assembly's vote against it, the party conference's leadership vote a week later; two sources' sums of the "
    "money stolen) and a control cluster of one census release with several figures a sentence. It is a transfer set, "
    "never training data: it is to be measured with the scorer trained on the four training sets, and nobody tunes on "
    "it (see tests/data/devset179/README.md): "
    "Measured once untouched by the lead on main 9389a8c2 (the forty-third round's checker, after the rules read off the forty-second round's batch and the sources rule, before any of this batch's output was read): precision 0.50 (2 of 4), recall 0.12 (2 of 16), 0 control conflicts, 6 of 21 updates.")
SETS[DEV_SET179.name] = DEV_SET179
# The hundred-and-eightieth development set: an untouched transfer set, never training data (its own block).
DEVSET180 = ROOT / "tests" / "data" / "devset180"
DEV_SET180 = LabelledSet(
    "devset180", DEVSET180, "Real-world development set 180: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a truck attack in a city centre "
    "(the toll rising 'at least three' -> 4 -> 5 over hours and three weeks, the injured 15 recalled as 14 at the "
    "verdict, a detention hearing and a verdict a year apart with a multi-figure sentence), a presidential election "
    "in two rounds (each round's shares as different facts, the run-off's early count 52.7% revised to the full "
    "count's 51.6%, a broadcaster's projection as another source, the inauguration) and a control cluster of one "
    "central bank rate cut with several figures a sentence. It is a transfer set, never training data: it is to be "
    "measured with the scorer trained on the four training sets, and nobody tunes on it "
    "(see tests/data/devset180/README.md): "
    "Measured once untouched by the lead on main 9389a8c2 (the forty-third round's checker, after the rules read off the forty-second round's batch and the sources rule, before any of this batch's output was read): precision n/a (0 of 0), recall 0.00 (0 of 12), 0 control conflicts, 13 of 21 updates.")
SETS[DEV_SET180.name] = DEV_SET180
# The hundred-and-eighty-first development set: an untouched transfer set, never training data (its own block).
DEVSET181 = ROOT / "tests" / "data" / "devset181"
DEV_SET181 = LabelledSet(
    "devset181", DEVSET181, "Real-world development set 181: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an earthquake (the toll rising over "
    "twelve days, one regency's dead revised down twice, the injured, the houses and the displaced rising, the missing "
    "and the displaced falling, the geophysics agency's magnitude against the USGS's), a governor's election in stages "
    "(a partial tally at midday against the final tally, the witnesses' refusal the next day, the swearing-in two months "
    "on) and a control cluster of one provincial statistics release with several figures a sentence. It is a transfer "
    "set, never training data: it is to be measured with the scorer trained on the four training sets, and nobody tunes "
    "on it (see tests/data/devset181/README.md): "
    "Measured once untouched by the lead on main 9389a8c2 (the forty-third round's checker, after the rules read off the forty-second round's batch and the sources rule, before any of this batch's output was read): precision 1.00 (9 of 9), recall 0.56 (9 of 16), 0 control conflicts, 21 of 38 updates.")
SETS[DEV_SET181.name] = DEV_SET181
# The hundred-and-eighty-second development set: an untouched transfer set, never training data (its own block).
DEVSET182 = ROOT / "tests" / "data" / "devset182"
DEV_SET182 = LabelledSet(
    "devset182", DEVSET182, "Real-world development set 182: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a jade mine landslide (the toll "
    "rising 113 -> 162 within a day and 166 -> 172 the next, with as-of times; the injured taken to hospital; an "
    "earlier landslide's toll as a tempting different fact), a change of president in stages (a party committee's "
    "acceptance of a resignation and the assembly's vote the next day, a nomination, the chairman's election and the "
    "president's two days apart, each with its votes and shares) and a control cluster of one statistics release with "
    "several figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset182/README.md): "
    "Measured once untouched by the lead on main 9389a8c2 (the forty-third round's checker, after the rules read off the forty-second round's batch and the sources rule, before any of this batch's output was read): precision 0.67 (2 of 3), recall 0.29 (2 of 7), 0 control conflicts, 9 of 21 updates.")
SETS[DEV_SET182.name] = DEV_SET182
# The hundred-and-eighty-third development set: an untouched transfer set, never training data (its own block).
DEVSET183 = ROOT / "tests" / "data" / "devset183"
DEV_SET183 = LabelledSet(
    "devset183", DEVSET183, "Real-world development set 183: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a hurricane (the officials' toll of "
    "283 revised down to 271 confirmed the next day, then 336; a news agency's tally 478 -> 572 and the media's more "
    "than 900 as other sources; a department's toll from two sources; the people in shelters), a bill through two "
    "chambers on different days (an upper chamber's third reading, the lower chamber's vote on its amendments eleven "
    "days later, the upper chamber's final vote the next day, the announcement of the date, royal assent and the day "
    "the law takes effect, recalled four months on; several votes a sentence) and a control cluster of one "
    "census release with several figures a sentence. It is a transfer set, never training data: it is to be measured "
    "with the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset183/README.md): "
    "Measured once untouched by the lead on main 9389a8c2 (the forty-third round's checker, after the rules read off the forty-second round's batch and the sources rule, before any of this batch's output was read): precision 0.47 (7 of 15), recall 0.50 (7 of 14), 0 control conflicts, 8 of 12 updates.")
SETS[DEV_SET183.name] = DEV_SET183
# The hundred-and-seventy-third development set: an untouched transfer set, never training data (its own block).
DEVSET173 = ROOT / "tests" / "data" / "devset173"
DEV_SET173 = LabelledSet(
    "devset173", DEVSET173, "Real-world development set 173: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an air crash on take-off (the "
    "first reports of those on board revised down by the airline's list, the toll 153 on the night and the next day, "
    "154 a month on, the survivors falling as one dies), a law's passage in three votes (a lower chamber's first "
    "vote, the upper chamber's with amendments three months later, the lower chamber's final vote a week on, the "
    "publication and the entry into force three months after) and a control cluster of one bank's annual results "
    "with several figures a sentence. It is a transfer set, never training data: it is to be measured with the "
    "scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset173/README.md): "
    "Measured once untouched by the lead on main aeb766c7 (the forty-second round's checker, after the rules read off the forty-first round's second batch and before any of this batch's output was read): precision 1.00 (1 of 1), recall 0.08 (1 of 12), 0 control conflicts, 7 of 20 updates.")
SETS[DEV_SET173.name] = DEV_SET173
# The hundred-and-sixtieth development set: an untouched transfer set, never training data (its own block).
DEVSET160 = ROOT / "tests" / "data" / "devset160"
DEV_SET160 = LabelledSet(
    "devset160", DEVSET160, "Real-world development set 160: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an explosion of a truck carrying "
    "mining explosives (the government's first toll of 17 revised down to 13 the next day, the police's 13 'not 17' "
    "and 190 casualties, 14 dead five days on; those in hospital and in critical condition), a presidential election's "
    "two stages (the electoral commission's provisional results, then the Constitutional Council's final results six "
    "days on with the same figures; the official turnout against the opposition's claim) and a control cluster of one "
    "census release with several figures a sentence. It is a transfer set, never training data: it is to be measured "
    "with the scorer trained on the four training sets, and nobody tunes on it (see tests/data/devset160/README.md): "
    "Measured once untouched by the lead on main 4094a01 (the forty-first round's checker after its first batch's rules and refit, before any of this batch's output was read): precision 1.00 (4 of 4), recall 0.21 (4 of 19), 0 control conflicts, 5 of 7 updates.")
SETS[DEV_SET160.name] = DEV_SET160
# The hundred-and-sixty-first development set: an untouched transfer set, never training data (its own block).
DEVSET161 = ROOT / "tests" / "data" / "devset161"
DEV_SET161 = LabelledSet(
    "devset161", DEVSET161, "Real-world development set 161: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a truck bombing (the government's "
    "toll rising 276 -> 358 over five days, its injured revised down from about 300 to 228, an ambulance service's "
    "and a committee's counts against the government's, 512 six weeks on), a presidential election in stages (the "
    "vote, the commission's provisional results, the court's ruling on the challenge, the outgoing president's death "
    "and its announcement the next day, the court's second ruling and the early swearing-in) and a control cluster of "
    "one statistics bureau's census release with several figures a sentence. It is a transfer set, never training "
    "data: it is to be measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset161/README.md): "
    "Measured once untouched by the lead on main 4094a01 (the forty-first round's checker after its first batch's rules and refit, before any of this batch's output was read): precision 1.00 (5 of 5), recall 0.38 (5 of 13), 0 control conflicts, 4 of 5 updates.")
SETS[DEV_SET161.name] = DEV_SET161
# The hundred-and-sixty-second development set: an untouched transfer set, never training data (its own block).
DEVSET162 = ROOT / "tests" / "data" / "devset162"
DEV_SET162 = LabelledSet(
    "devset162", DEVSET162, "Real-world development set 162: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a charter plane crash (the toll "
    "76 -> 75 within a morning, revised down to 71 the same evening with the people aboard corrected from 81 to 77, "
    "the survivors rising from five to six, a preliminary report four weeks on), a presidential crisis in stages (a "
    "congress's removal vote, a swearing-in the next day, a resignation after deadly protests, a new head of congress "
    "elected and sworn in as president; the injured by a ministry's and a rights group's counts) and a control cluster "
    "of one electoral tribunal's final count with several figures a sentence. It is a transfer set, never training "
    "data: it is to be measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset162/README.md): "
    "Measured once untouched by the lead on main 4094a01 (the forty-first round's checker after its first batch's rules and refit, before any of this batch's output was read): precision 0.67 (6 of 9), recall 0.22 (6 of 27), 2 control conflicts, 3 of 3 updates.")
SETS[DEV_SET162.name] = DEV_SET162
# The hundred-and-sixty-third development set: an untouched transfer set, never training data (its own block).
DEVSET163 = ROOT / "tests" / "data" / "devset163"
DEV_SET163 = LabelledSet(
    "devset163", DEVSET163, "Real-world development set 163: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): bombings in a capital (the toll "
    "rising 26 -> 34 within a day, revised down to 31 the next day and to 28 without the bombers five days on, then "
    "35; the injured and the identified rising), a marriage law in several stages (two chambers' votes, a court's "
    "ruling, the publication, the first wedding; the police's and the organisers' counts of three marches) and a "
    "control cluster of one company's annual results with several figures a sentence. It is a transfer set, never "
    "training data: it is to be measured with the scorer trained on the four training sets, and nobody tunes on it "
    "(see tests/data/devset163/README.md): "
    "Measured once untouched by the lead on main 4094a01 (the forty-first round's checker after its first batch's rules and refit, before any of this batch's output was read): precision 0.27 (6 of 22), recall 0.29 (6 of 21), 0 control conflicts, 14 of 32 updates.")
SETS[DEV_SET163.name] = DEV_SET163
# The hundred-and-sixty-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET164 = ROOT / "tests" / "data" / "devset164"
DEV_SET164 = LabelledSet(
    "devset164", DEVSET164, "Real-world development set 164: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an earthquake (the toll rising 1 -> "
    "6 -> 7 within a day and unchanged two days on, the injured with their serious and light cases, a foreshock the day "
    "before, the European agencies' magnitude against the national survey's), a presidential election in two rounds "
    "and a swearing-in (a monitoring group's quick counts against the election commission's results, the commission's "
    "session the day after the runoff) and a control cluster of one statistics office's census release with several "
    "figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on "
    "the four training sets, and nobody tunes on it (see tests/data/devset164/README.md): "
    "Measured once untouched by the lead on main 4094a01 (the forty-first round's checker after its first batch's rules and refit, before any of this batch's output was read): precision 0.67 (2 of 3), recall 0.29 (2 of 7), 0 control conflicts, 4 of 13 updates.")
SETS[DEV_SET164.name] = DEV_SET164
# The hundred-and-sixty-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET165 = ROOT / "tests" / "data" / "devset165"
DEV_SET165 = LabelledSet(
    "devset165", DEVSET165, "Real-world development set 165: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a school bus fire (a minister's "
    "feared toll of 25 revised down to 23 confirmed that night, the dead by group repeated over days, the people on "
    "board, those who got out and the gas cylinders in several figures a sentence), a change of prime minister in two "
    "bodies (a court's 5-4 removal, the lower house's vote two days later, the king's endorsement two days after that, "
    "the cabinet sworn in three weeks on) and a control cluster of one national budget with several figures a "
    "sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on the four "
    "training sets, and nobody tunes on it (see tests/data/devset165/README.md): "
    "Measured once untouched by the lead on main 4094a01 (the forty-first round's checker after its first batch's rules and refit, before any of this batch's output was read): precision 0.71 (5 of 7), recall 0.31 (5 of 16), 0 control conflicts, 7 of 10 updates.")
SETS[DEV_SET165.name] = DEV_SET165
# The hundred-and-sixty-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET166 = ROOT / "tests" / "data" / "devset166"
DEV_SET166 = LabelledSet(
    "devset166", DEVSET166, "Real-world development set 166: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a port explosion (the toll rising "
    "4 -> 14 -> 25 -> 40 -> 65 -> 70 over three days, then lowered to 57 three weeks on as remains counted twice were "
    "identified; the injured rising 500 -> 750 -> 800 -> 1,000 -> 1,200), a head of state elected by parliament in "
    "two rounds on one day, the prime minister designated four days later and the cabinet's confidence vote seven "
    "weeks on, and a control cluster of one state budget with several figures a sentence. It is a transfer set, never "
    "training data: it is to be measured with the scorer trained on the four training sets, and nobody tunes on it "
    "(see tests/data/devset166/README.md): "
    "Measured once untouched by the lead on main 4094a01 (the forty-first round's checker after its first batch's rules and refit, before any of this batch's output was read): precision 0.78 (7 of 9), recall 0.54 (7 of 13), 1 control conflict, 22 of 28 updates.")
SETS[DEV_SET166.name] = DEV_SET166
# The hundred-and-sixty-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET167 = ROOT / "tests" / "data" / "devset167"
DEV_SET167 = LabelledSet(
    "devset167", DEVSET167, "Real-world development set 167: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a flash flood (the toll rising 13 -> "
    "19 -> 21/24 -> 36/38 over five days with three agencies' counts side by side, the missing and the displaced "
    "falling, the families affected revised down), a corruption case in stages (the prosecutors' demand, the court's "
    "verdict five weeks later, the appeal's heavier sentence and the defendant's death, with demanded and imposed terms, "
    "fines and restitution sums side by side) and a control cluster of one state purchase of a mine's majority with "
    "several figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset167/README.md): "
    "Measured once untouched by the lead on main 4094a01 (the forty-first round's checker after its first batch's rules and refit, before any of this batch's output was read): precision 0.80 (4 of 5), recall 0.50 (4 of 8), 0 control conflicts, 19 of 35 updates.")
SETS[DEV_SET167.name] = DEV_SET167
# The hundred-and-sixty-eighth development set: an untouched transfer set, never training data (its own block).
DEVSET168 = ROOT / "tests" / "data" / "devset168"
DEV_SET168 = LabelledSet(
    "devset168", DEVSET168, "Real-world development set 168: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a tour boat's sinking (the dead "
    "rising 10 -> 11 -> 14 over six days, the missing falling 16 -> 15 -> 12, the wreck's depth revised down by the "
    "coast guard a month later against another source's estimate, the operator's apology four days on), security "
    "laws passed in stages (a lower house committee's approval and plenary vote on consecutive days, the upper house's "
    "committee and its enactment two months later by 148 votes to 90, a rally counted by its organisers and by the "
    "police) and a control cluster of one statistics release with several figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on "
    "the four training sets, and nobody tunes on it (see tests/data/devset168/README.md): "
    "Measured once untouched by the lead on main aeb766c7 (the forty-second round's checker, after the rules read off the forty-first round's second batch and before any of this batch's output was read): precision 0.40 (2 of 5), recall 0.20 (2 of 10), 0 control conflicts, 5 of 19 updates.")
SETS[DEV_SET168.name] = DEV_SET168
# The hundred-and-seventieth development set: an untouched transfer set, never training data (its own block).
DEVSET170 = ROOT / "tests" / "data" / "devset170"
DEV_SET170 = LabelledSet(
    "devset170", DEVSET170, "Real-world development set 170: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an offshore earthquake (the toll "
    "rising 32 -> 61 -> 90 -> 96 over four days with the dead by state in the same sentences, the seismological "
    "service's first magnitude of 8.4 revised to 8.2 against the USGS's 8.1, the aftershocks and the affected "
    "counted), a constitutional reform through two chambers a week apart (the lower house's 357-130, the Senate's "
    "86-41, the states' ratification declared two days later, the publication, with the Supreme Court's size, terms and "
    "election years side by side) and a control cluster of one census release with several figures a sentence. It is a "
    "transfer set, never training data: it is to be measured with the scorer trained on the four training sets, and "
    "nobody tunes on it (see tests/data/devset170/README.md): "
    "Measured once untouched by the lead on main aeb766c7 (the forty-second round's checker, after the rules read off the forty-first round's second batch and before any of this batch's output was read): precision 0.62 (5 of 8), recall 0.36 (5 of 14), 0 control conflicts, 18 of 27 updates.")
SETS[DEV_SET170.name] = DEV_SET170
# The hundred-and-seventy-first development set: an untouched transfer set, never training data (its own block).
DEVSET171 = ROOT / "tests" / "data" / "devset171"
DEV_SET171 = LabelledSet(
    "devset171", DEVSET171, "Real-world development set 171: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an attack on a mosque (the toll rising "
    "85 -> 184 -> 235 within a day and to 305 the next, the injured revised down 120 -> 109 in the evening and rising to "
    "128, the attackers' vehicles by the police's and the prosecutor's accounts), a constitutional change in stages (an "
    "approval in principle, the final vote two months later, a three-day referendum and its result, with vote counts, "
    "shares and terms side by side) and a control cluster of one census release with several figures a sentence. It is "
    "a transfer set, never training data: it is to be measured with the scorer trained on the four training sets, and "
    "nobody tunes on it (see tests/data/devset171/README.md): "
    "Measured once untouched by the lead on main aeb766c7 (the forty-second round's checker, after the rules read off the forty-first round's second batch and before any of this batch's output was read): precision 0.67 (2 of 3), recall 0.29 (2 of 7), 0 control conflicts, 25 of 34 updates.")
SETS[DEV_SET171.name] = DEV_SET171
# The hundred-and-seventy-second development set: an untouched transfer set, never training data (its own block).
DEVSET172 = ROOT / "tests" / "data" / "devset172"
DEV_SET172 = LabelledSet(
    "devset172", DEVSET172, "Real-world development set 172: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a tornado outbreak (the governor's first "
    "estimate of more than 70 dead revised to 64 confirmed, the toll rising to 78 and revised down to 76 when three "
    "victims counted twice were removed, the dead by county and at one factory, a relief fund), a supreme court "
    "confirmation in stages (a committee's tie and a discharge vote on one day, the chamber's 53-47 confirmation three "
    "days later, the swearing-in twelve weeks on, three pollsters' estimates of support) and a control cluster of one central bank rate rise with several "
    "figures a sentence. It is a transfer set, never training data: it is to be measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset172/README.md): "
    "Measured once untouched by the lead on main aeb766c7 (the forty-second round's checker, after the rules read off the forty-first round's second batch and before any of this batch's output was read): precision 0.50 (2 of 4), recall 0.22 (2 of 9), 0 control conflicts, 18 of 26 updates.")
SETS[DEV_SET172.name] = DEV_SET172
# The hundred-and-third development set: an untouched transfer set, never training data (its own block).
DEVSET103 = ROOT / "tests" / "data" / "devset103"
DEV_SET103 = LabelledSet(
    "devset103", DEVSET103, "Real-world development set 103: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a metro overpass collapse (the "
    "city's toll rising 23 -> 24 -> 25 -> 26 over four days, the injured taken to hospital, those still in hospital "
    "falling and those sent home rising, a preliminary report six weeks on), a general election (the preliminary "
    "count of seats and votes on the night against the final count, turnout about 37% and 37.85%, the opposition's "
    "leadership vote two months on) and a control cluster of one central bank rate cut with several figures a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset103/README.md): Measured once untouched by the "
    "lead on main 66175de (the thirty-fifth round's rules read off devset80-101): precision 1.00 (1 of 1), recall "
    "0.14 (1 of 7), 0 control conflicts, 16 of 23 updates; the round's starting checker (539b638) gives the same 1 of "
    "1.")
SETS[DEV_SET103.name] = DEV_SET103
# The ninety-second development set: an untouched transfer set, never training data (its own block).
DEVSET92 = ROOT / "tests" / "data" / "devset92"
DEV_SET92 = LabelledSet(
    "devset92", DEVSET92, "Real-world development set 92: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an earthquake (the civil "
    "protection agency's toll rising over three weeks, 304 -> 724 -> 1,297 -> 1,419 -> 1,941 -> 2,189 -> 2,207 -> "
    "2,248, counted by department; the injured rising and the missing falling; the houses destroyed lowered from "
    "60,759 to 52,953 the next day; a children's agency's count of houses against the agency's), a parliamentary "
    "election (the electoral council's first results on the night against the final count, then a court's suspension "
    "of four lawmakers, the opposition's own ballot and the new assembly's installation weeks later) and a control "
    "cluster of one statistics office's inflation release with several figures a sentence. It is a transfer set, "
    "never training data: these figures are measured with the scorer trained on the four training sets, and nobody "
    "tunes on it (see tests/data/devset92/README.md): Measured once untouched by the lead on main 237b258 (the "
    "thirty-fourth round's first rules, read off devset79-91): precision 0.71 (5 of 7), recall 0.56 (5 of 9), 0 "
    "control conflicts, 62 of 102 updates; the round's starting checker (594b89b) gives the same 5 of 7.")
SETS[DEV_SET92.name] = DEV_SET92
# The ninety-third development set: an untouched transfer set, never training data (its own block).
DEVSET93 = ROOT / "tests" / "data" / "devset93"
DEV_SET93 = LabelledSet(
    "devset93", DEVSET93, "Real-world development set 93: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a flood (the provincial "
    "government's toll rising over four weeks, 45 -> 306 -> 341 -> 395 -> 443 -> 448, revised down to 435 after "
    "post-mortems, then 445; the metro's own toll; the government's count of the missing against a charity's; homes "
    "destroyed and the damage estimate rising), a presidential runoff (the count in stages against the commission's "
    "final count, the first round's shares, the lower house's election of its speaker and the inauguration two months "
    "on) and a control cluster of one central bank rate cut with several figures a sentence. It is a transfer set, "
    "never training data: these figures are measured with the scorer trained on the four training sets, and nobody "
    "tunes on it (see tests/data/devset93/README.md): Measured once untouched by the lead on main 237b258 (the "
    "thirty-fourth round's first rules, read off devset79-91): precision 0.67 (6 of 9), recall 0.40 (6 of 15), 0 "
    "control conflicts, 35 of 84 updates; the round's starting checker (594b89b) gives the same 6 of 9.")
SETS[DEV_SET93.name] = DEV_SET93
# The ninety-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET95 = ROOT / "tests" / "data" / "devset95"
DEV_SET95 = LabelledSet(
    "devset95", DEVSET95, "Real-world development set 95: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an earthquake (the toll rising "
    "over five days, 21 -> 28 -> 40 -> 49 -> 50 -> 51, the injured 600 -> 650 -> 2,000, damaged buildings and the "
    "homeless counted up, two agencies' magnitudes, the donors' conference three months on), a parliamentary election "
    "(the partial count on the night against the final results, a recount the next afternoon lowering the women "
    "elected from 33 to 30, parliament's vote confirming the result two months on and the cabinet three days later) "
    "and a control cluster of one central bank rate cut with several figures a sentence. It is a transfer set, never "
    "training data: these figures are measured with the scorer trained on the four training sets, and nobody tunes on "
    "it (see tests/data/devset95/README.md): Measured once untouched by the lead on main 237b258 (the thirty-fourth "
    "round's first rules, read off devset79-91): precision 0.50 (2 of 4), recall 0.11 (2 of 18), 0 control conflicts, "
    "20 of 34 updates; the round's starting checker (594b89b) gives 2 of 5.")
SETS[DEV_SET95.name] = DEV_SET95
# The ninety-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET97 = ROOT / "tests" / "data" / "devset97"
DEV_SET97 = LabelledSet(
    "devset97", DEVSET97, "Real-world development set 97: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an earthquake (the official toll "
    "rising over four weeks, 407 -> 530, lowered to 436 three days later, then 483 -> 579; the province's own first "
    "count; two ministries' counts of the injured across the border; houses destroyed and damaged and the homeless "
    "counted as the days pass), a parliamentary election (the preliminary results against the recount and the final "
    "results, seats that rise and fall, turnout raised twice, the top court's ratification and the speaker elected by "
    "the new parliament three months on) and a control cluster of one central bank rate cut with several figures a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset97/README.md): Measured once untouched by the "
    "lead on main 237b258 (the thirty-fourth round's first rules, read off devset79-91): precision 0.57 (4 of 7), "
    "recall 0.20 (4 of 20), 0 control conflicts, 18 of 46 updates; the round's starting checker (594b89b) gives 1 of "
    "4.")
SETS[DEV_SET97.name] = DEV_SET97
# The ninety-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET94 = ROOT / "tests" / "data" / "devset94"
DEV_SET94 = LabelledSet(
    "devset94", DEVSET94, "Real-world development set 94: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): a depot fire (the toll rising "
    "within the first day, 32 -> 49, lowered to 41 the next day when bodies counted at two morgues were found counted "
    "twice, then 43 -> 45 -> 51 over three months; the fire service's own count against the district's; the injured "
    "and the firefighters among the dead counted up), an indirect presidential election (the count in four rounds, "
    "each candidate's votes and vote value rising round by round to the final result, the swearing-in four days later "
    "and the vice-presidential vote of another electorate two weeks on) and a control cluster of one company's "
    "quarterly results with several figures a sentence. It is a transfer set, never training data: these figures are "
    "measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset94/README.md): Measured once untouched by the lead on main cc0c3a7 (the thirty-fourth round's "
    "final checker): precision 0.25 (3 of 12), recall 0.08 (3 of 36), 0 control conflicts, 11 of 56 updates; the "
    "round's starting checker (594b89b) gives the same 3 of 12.")
SETS[DEV_SET94.name] = DEV_SET94
# The ninety-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET96 = ROOT / "tests" / "data" / "devset96"
DEV_SET96 = LabelledSet(
    "devset96", DEVSET96, "Real-world development set 96: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to be "
    "measured untouched once by the lead (its writer never ran the checker on it): an earthquake (the government's "
    "toll 9 -> 16, lowered the same afternoon to 9 confirmed once people found without vital signs were taken out, "
    "then 21; the prefecture's toll 35 -> 37 -> 40 -> 41 against the government's; two agencies' magnitudes; the "
    "missing and the evacuees falling over a month), a presidential impeachment and the election of a successor (the "
    "parliament's vote, the court's ruling three months on, the exit poll and the count in stages on election night "
    "against the final count, the prime minister approved three weeks later) and a control cluster of one statistics "
    "office's release on births and deaths with several figures a sentence. It is a transfer set, never training "
    "data: these figures are to be measured with the scorer trained on the four training sets, and nobody tunes on it "
    "(see tests/data/devset96/README.md): Measured once untouched by the lead on main cc0c3a7 (the thirty-fourth "
    "round's final checker): precision 0.80 (8 of 10), recall 0.67 (8 of 12), 0 control conflicts, 13 of 21 updates; "
    "the round's starting checker (594b89b) gives the same 8 of 10.")
SETS[DEV_SET96.name] = DEV_SET96
# The eighty-ninth development set: an untouched transfer set, never training data (its own block).
DEVSET89 = ROOT / "tests" / "data" / "devset89"
DEV_SET89 = LabelledSet(
    "devset89", DEVSET89, "Real-world development set 89: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): an air crash (the people aboard "
    "first given as 107 and corrected the same day to 99, the toll rising 82 -> 97, officials' and a charity's counts "
    "of the injured on the ground, DNA matches a week on, the preliminary report a month on), a parliamentary "
    "election (the partial count on the night against the complete count: the winner's projected 38 seats lowered "
    "to 37; the coalition deal, the parliament's vote and the cabinet sworn in six weeks on) and a control cluster "
    "of one statistics agency's GDP release with several figures a sentence. It is a transfer set, never training "
    "data: these figures are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset89/README.md): Measured untouched once by the lead on main 682cabb (the stop's final checker, with the review's mends): precision 1.00 (5 of 5), recall 0.19 (5 of 27), 0 control conflicts, 13 of 23 updates; the stop's starting checker (58032bb) gives the same 5 of 5.")
SETS[DEV_SET89.name] = DEV_SET89
# The eighty-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET87 = ROOT / "tests" / "data" / "devset87"
DEV_SET87 = LabelledSet(
    "devset87", DEVSET87, "Real-world development set 87: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a tsunami (the province's toll "
    "rising over three weeks, 108 -> 311 -> 343 -> 370 -> 449, lowered to 445 when people listed as dead were found "
    "alive, then 461; the missing falling from 502 to 43 as people who had fled to the hills came back; the health "
    "ministry's own first count; two agencies' magnitudes and two agencies' reach inland), a presidential election in "
    "two rounds a week apart (shares and votes of each round, the turnout of the first, the swearing-in and the "
    "cabinet sworn in two weeks on) and a control cluster of one central bank rate cut with several figures a "
    "sentence. It is a transfer set, never training data: these figures are measured with the scorer trained on the "
    "four training sets, and nobody tunes on it (see tests/data/devset87/README.md): Measured untouched once by the lead on main 682cabb (the stop's final checker, with the review's mends): precision 0.52 (11 of 21), recall 0.85 (11 of 13), 0 control conflicts, 20 of 37 updates; the stop's starting checker (58032bb) gives the same 11 of 21.")
SETS[DEV_SET87.name] = DEV_SET87
# The eighty-first development set: an untouched transfer set, never training data (its own block).
DEVSET81 = ROOT / "tests" / "data" / "devset81"
DEV_SET81 = LabelledSet(
    "devset81", DEVSET81, "Real-world development set 81: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a fuel depot fire in a crowded "
    "neighbourhood (the dead counted 17 -> 13 -> 17 -> 18 -> 21 -> 23 -> 29 -> 33 over three weeks, the overnight 17 "
    "lowered to 13 by the morning's recheck, a military command post's count against the health office's, shelters "
    "and hospitals emptying), a presidential election (quick counts on the night and the petitioners' own count "
    "against the commission's, the court's ruling a month on, the cabinet sworn in three months later, a legislative "
    "vote's share) and a control cluster of one central bank rate cut with several figures a sentence. It is a "
    "transfer set, never training data: these figures are measured with the scorer trained on the four training "
    "sets, and nobody tunes on it (see tests/data/devset81/README.md): Measured untouched once by the lead on main 0bcadfe (the stop's rules read off devset79: rounds, parts of the electorate, a chamber against none): precision 0.50 (1 of 2), recall 0.17 (1 of 6), 0 control conflicts, 23 of 32 updates; the stop's starting checker (58032bb) gives the same 1 of 2.")
SETS[DEV_SET81.name] = DEV_SET81
# The seventy-fifth development set: an untouched transfer set, never training data (its own block).
DEVSET75 = ROOT / "tests" / "data" / "devset75"
DEV_SET75 = LabelledSet(
    "devset75", DEVSET75, "Real-world development set 75: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): floods and landslides over "
    "three provinces (the dead rising over three and a half weeks, 174 -> 442 -> 914 -> 1,006 -> 1,106, the provinces' "
    "and regencies' counts, the missing counted down, the displaced corrected down from 1,057,482 to 894,101 the next "
    "day, two bodies' loss estimates), a presidential election in two rounds (the night's first counts against the "
    "complete count, the election court's validation, the swearing-in three months on) and a control cluster of one "
    "central bank rate cut with several figures a sentence. It is a transfer set, never training data: these figures "
    "are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset75/README.md): Measured untouched once by the lead on main 4d4f92f (the round's final checker, with the review's mends): precision 0.33 (1 of 3), recall 0.11 (1 of 9), 0 control conflicts, 42 of 89 updates; the round's starting checker (1c9651a) gives the same 1 of 3.")
SETS[DEV_SET75.name] = DEV_SET75
# The seventieth development set: an untouched transfer set, never training data (its own block).
DEVSET70 = ROOT / "tests" / "data" / "devset70"
DEV_SET70 = LabelledSet(
    "devset70", DEVSET70, "Real-world development set 70: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a landslide in a highland "
    "village (a district head's and a police chief's counts of one day, the dead rising and the missing falling over "
    "a week, the list of victims lowered from 26 to 25 when one name was taken off, a follow-up a month on), a "
    "presidential election with a referendum (the referendum's night count against the complete count, a runoff won "
    "on the votes from abroad, the court's validation and the inauguration weeks later) and a control cluster of one "
    "central bank rate cut with several figures a sentence. It is a transfer set, never training data: these figures "
    "are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset70/README.md): Measured untouched once by the lead on main 5a51b31 (the round's rules read off devset56-67): precision 0.25 (1 of 4), recall 0.13 (1 of 8), 0 control conflicts, 35 of 87 updates; the round's starting checker (1c9651a) gives the same 1 of 4.")
SETS[DEV_SET70.name] = DEV_SET70
# The seventy-second development set: an untouched transfer set, never training data (its own block).
DEVSET72 = ROOT / "tests" / "data" / "devset72"
DEV_SET72 = LabelledSet(
    "devset72", DEVSET72, "Real-world development set 72: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a nightclub fire (a toll rising "
    "over six weeks, the crowd's first estimate lowered by the prosecutors' count, patients treated abroad falling as "
    "they come home, arrests rising), a parliamentary election (a partial count against the final count, the "
    "speaker's vote a month on, the prime minister named and the cabinet appointed ten weeks on) and a control cluster "
    "of one central bank rate cut with several figures a sentence. It is a transfer set, never training data: these "
    "figures are measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset72/README.md): Measured untouched once by the lead on main 5a51b31 (the round's rules read off devset56-67): precision 1.00 (6 of 6), recall 0.67 (6 of 9), 0 control conflicts, 12 of 26 updates; the round's starting checker (1c9651a) gives 5 of 5 (the weekday-inconsistent date against a bare weekday is the round's).")
SETS[DEV_SET72.name] = DEV_SET72
# The sixty-sixth development set: an untouched transfer set, never training data (its own block).
DEVSET66 = ROOT / "tests" / "data" / "devset66"
DEV_SET66 = LabelledSet(
    "devset66", DEVSET66, "Real-world development set 66: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): flash floods on a river (a "
    "county's toll rising over two weeks, 13 -> about 24 -> 68 -> 84 -> 87 -> 107, the state's beside it, a camp's "
    "dead counted 28 and lowered to 27, the missing counted down from 161 to three as people were found safe, laws "
    "signed two months on), a general election (the preliminary seats against the validated results and four "
    "recounts that moved seats both ways, a cabinet sworn in, a by-election months on) and a control cluster of one "
    "GDP release with several figures a sentence. It is a transfer set, never training data: these figures are "
    "measured with the scorer trained on the four training sets, and nobody tunes on it (see "
    "tests/data/devset66/README.md); Measured untouched once by the lead on main e60d417 (the round's first rules, read off devset56-61's false conflicts): precision 0.67 (4 of 6), recall 0.22 (4 of 18), 0 control conflicts, 10 of 62 updates; the round's starting checker (1c9651a) gives the same 4 of 6.")
SETS[DEV_SET66.name] = DEV_SET66
# The twenty-fourth development set: an untouched transfer set, never training data (its own block).
DEVSET24 = ROOT / "tests" / "data" / "devset24"
DEV_SET24 = LabelledSet(
    "devset24", DEVSET24, "Real-world development set 24: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): commuter-train bombings (the "
    "toll rising over two days, lowered the next when remains counted twice were found and final at 191 in a "
    "verdict three years on, the injured rising and those in hospital falling, bombs exploded, failed and planted, "
    "arrests, a videotape and marches on their own days, a general election three days later with seats, shares "
    "and turnout, an older attack and the previous election recalled), an independence referendum and what followed "
    "(a preliminary and a final result, the hurt counted over two days, city police's and organisers' counts of a "
    "march, a declaration and the Senate's vote the same day, banks' decisions on their own days, a regional "
    "election's seats, an earlier symbolic vote recalled) and a control cluster of one economic outlook's forecasts, "
    "several a sentence. It is a transfer set, never training data: these figures are measured with the scorer "
    "trained on the four training sets, and nobody tunes on it (see tests/data/devset24/README.md). Measured "
    "untouched once by the lead on the eighteenth round's final checker (main e64c6c3): precision 0.40 (2 of "
    "5), recall 0.22 (2 of 9), 0 control conflicts, 13 of 34 updates; the round's starting checker (542bc13) "
    "gives the same conflicts. Its three false conflicts (a videotape's finding day read as the attacks' day) "
    "were then read and their class fixed: 1.00 (2 of 2) after the round.")
SETS[DEV_SET24.name] = DEV_SET24
# The twenty-seventh development set: an untouched transfer set, never training data (its own block).
DEVSET27 = ROOT / "tests" / "data" / "devset27"
DEV_SET27 = LabelledSet(
    "devset27", DEVSET27, "Real-world development set 27: an untouched measure on unseen reporting",
    "A set of the same kind, on three other events, written from the record and labelled from a table of facts, to "
    "be measured untouched once by the lead (its writer never ran the checker on it): a river cruise ship's "
    "capsizing (the people on board revised down from 458 to 456, the toll rising over twelve days and the missing "
    "counted down, the ship righted, a silence and the search's end on their own days, an investigation's report "
    "months later, an older sinking recalled), a plebiscite on a peace accord and what followed (shares, votes, "
    "margin and turnout, a poll before it, two estimates of the conflict's dead, a prize, a revised accord signed "
    "and approved by the Senate and the House on different days, an earlier election's share recalled) and a "
    "control cluster of one central bank's rate decision with several figures a sentence. It is a transfer set, "
    "never training data: these figures are measured with the scorer trained on the four training sets, and nobody "
    "tunes on it (see tests/data/devset27/README.md). Measured untouched once by the lead on main 4d61c4b: precision 0.80 (4 of 5), recall 0.31 (4 of 13), 0 control conflicts, 4 of 19 updates; the round's starting checker (e637e20) gives the same. Its one false conflict (a fronted day given to a relative clause's capsizing) was then read and fixed: 1.00 (4 of 4) after the round.")
SETS[DEV_SET27.name] = DEV_SET27

# The rates set: a training set (issue 12) written to teach shares, growth rates and percentages (its own block).
RATES = ROOT / "tests" / "data" / "rates"
RATES_SET = LabelledSet(
    "rates", RATES, "Real-world rates set: shares, growth rates and percentages",
    "A set of the same kind, on four other events, written to teach the same-fact scorer rates: a GDP release "
    "(year on year, quarter on quarter, half-year and full-year growth, components, forecasts beside the outcome), "
    "a referendum (each side's share and votes, shares that add up, turnout, per-nation shares, a poll beside the "
    "result), two jobs reports (a rate revised, jobs lost revised, forecasts, rates per group) and a central bank's "
    "hikes with the inflation they answer (headline, core, monthly, expected). Written as a training set, it is "
    "not among the scorer's training sets yet (trained on, the margin that keeps every transfer at 0.95 raised the "
    "figures' conflict threshold and lost conflicts elsewhere), so these figures are a transfer from the four "
    "training sets (see tests/data/rates/README.md).")
SETS[RATES_SET.name] = RATES_SET


@dataclass(frozen=True)
class Mention:
    article: str
    text: str
    occurrence: int
    start: int
    end: int


@dataclass(frozen=True)
class Label:
    index: int
    a: Mention
    b: Mention
    kind: str
    expect: str
    why: str
    planted: bool = False


@dataclass(frozen=True)
class DevCluster:
    id: str
    event: str
    control: bool
    articles: tuple[Article, ...]
    labels: tuple[Label, ...]


def _is_digit_group(text: str, at: int, step: int) -> bool:
    """Is there a digit group separator at ``at`` followed (in direction ``step``) by a digit?"""
    nxt = at + step
    return 0 <= at < len(text) and 0 <= nxt < len(text) and text[at] in ".," and text[nxt].isdigit()


def occurrences(text: str, mention: str) -> list[int]:
    """Start offsets of ``mention`` in ``text`` as a whole token: "36" is not found inside "2036" or "1.360",
    nor "Selasa" inside "Selasanya"."""
    out = []
    for m in re.finditer(re.escape(mention), text):
        s, e = m.start(), m.end()
        if mention[0].isalnum() and s > 0 and (text[s - 1].isalnum() or _is_digit_group(text, s - 1, -1)):
            continue
        if mention[-1].isalnum() and e < len(text) and (text[e].isalnum() or _is_digit_group(text, e, 1)):
            continue
        out.append(s)
    return out


def find_mention(text: str, mention: str, occurrence: int = 1) -> tuple[int, int] | None:
    """The span of the ``occurrence``-th (1-based) whole-token occurrence of ``mention``, or None."""
    starts = occurrences(text, mention)
    if not 1 <= occurrence <= len(starts):
        return None
    return starts[occurrence - 1], starts[occurrence - 1] + len(mention)


def _mention(cid: str, arts: dict[str, Article], raw, where: str) -> Mention:
    if not isinstance(raw, list) or len(raw) not in (2, 3) or not all(isinstance(x, str) for x in raw[:2]) \
            or (len(raw) == 3 and (not isinstance(raw[2], int) or isinstance(raw[2], bool))):
        raise DevsetError(f"{cid}: {where}: a mention is [article, text] or [article, text, occurrence], got {raw!r}")
    article, text = raw[0], raw[1]
    occurrence = raw[2] if len(raw) == 3 else 1
    if article not in arts:
        raise DevsetError(f"{cid}: {where}: no article {article!r} in the cluster (text {text!r})")
    span = find_mention(arts[article].text, text, occurrence)
    if span is None:
        found = len(occurrences(arts[article].text, text))
        raise DevsetError(f"{cid}: {where}: {text!r} (occurrence {occurrence}) does not occur in article {article!r}"
                          f" (found {found} time(s))")
    return Mention(article, text, occurrence, *span)


def load_cluster(folder: Path) -> DevCluster:
    """Read one cluster folder: its articles (cluster id = folder name) and its validated labels."""
    cid = folder.name
    articles = tuple(replace(a, cluster=cid) for a in load_articles([folder]))
    arts = {a.id: a for a in articles}
    path = folder / "labels.json"
    if not path.is_file():
        raise DevsetError(f"{cid}: no labels.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DevsetError(f"{cid}: labels.json:{exc.lineno}: {exc.msg}") from None
    if data.get("cluster") != cid:
        raise DevsetError(f"{cid}: labels.json names cluster {data.get('cluster')!r}")
    labels = []
    for n, raw in enumerate(data.get("pairs", []), start=1):
        where = f"pair {n}"
        unknown = sorted(set(raw) - LABEL_KEYS)
        if unknown:
            raise DevsetError(f"{cid}: {where}: unknown key {unknown[0]!r}")
        if raw.get("kind") not in KINDS:
            raise DevsetError(f"{cid}: {where}: kind must be one of {', '.join(KINDS)}, got {raw.get('kind')!r}")
        if raw.get("expect") not in EXPECTS:
            raise DevsetError(f"{cid}: {where}: expect must be one of {', '.join(EXPECTS)}, got {raw.get('expect')!r}")
        a, b = _mention(cid, arts, raw.get("a"), where), _mention(cid, arts, raw.get("b"), where)
        if a.article == b.article:
            raise DevsetError(f"{cid}: {where}: both mentions are in article {a.article!r} ({a.text!r}, {b.text!r})")
        labels.append(Label(n, a, b, raw["kind"], raw["expect"], raw.get("why", ""), bool(raw.get("planted", False))))
    seen: dict[tuple, int] = {}
    for lab in labels:
        key = frozenset({(lab.a.article, lab.a.start), (lab.b.article, lab.b.start)})
        if key in seen:
            raise DevsetError(f"{cid}: pairs {seen[key]} and {lab.index} label the same mentions "
                              f"({lab.a.article} {lab.a.text!r}, {lab.b.article} {lab.b.text!r})")
        seen[key] = lab.index
    return DevCluster(cid, str(data.get("event", "")), bool(data.get("control", False)), articles, tuple(labels))


def load_devset(root: Path = DEVSET) -> list[DevCluster]:
    """Every cluster folder under ``root``, in name order, with validated labels (raises DevsetError)."""
    return [load_cluster(p) for p in sorted(root.iterdir()) if p.is_dir()]


# --- scoring ---------------------------------------------------------------------------------------


def planted_errors(labels) -> int:
    """Planted errors behind the planted pairs: one wrong mention is paired with each right one, so each error
    is a connected group of planted pairs."""
    parent: dict = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for lab in labels:
        if lab.planted:
            parent[find((lab.a.article, lab.a.start))] = find((lab.b.article, lab.b.start))
    return len({find(x) for x in list(parent)})


def _overlaps(claim, m: Mention) -> bool:
    """The claim's span, or a restatement of it in other units that the finding keeps as evidence ("80km (50
    miles)": one finding for the fact, so the labelled pair with "50 miles" is found by it too)."""
    spans = [(claim.start, claim.end)] + [(r["start"], r["end"]) for r in (claim.value or {}).get("restated", ())]
    return claim.article == m.article and any(s < m.end and m.start < e for s, e in spans)


def matches(finding: Finding, label: Label) -> bool:
    """Same kind, and the two claims overlap the two mentions, in either order."""
    if finding.kind != label.kind or len(finding.claims) != 2:
        return False
    x, y = finding.claims
    return (_overlaps(x, label.a) and _overlaps(y, label.b)) or (_overlaps(x, label.b) and _overlaps(y, label.a))


def is_cross_conflict(f: Finding) -> bool:
    """A conflict between two articles; the weekday check works within one article and is left out."""
    return f.verdict == "conflict" and f.code != "date.weekday" and len({c.article for c in f.claims}) >= 2


def _ratio(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def _side(c) -> dict:
    return {"article": c.article, "text": c.text, "sentence": " ".join(c.sentence.split())}


def _label_row(lab: Label) -> dict:
    return {"pair": lab.index, "kind": lab.kind, "expect": lab.expect, "planted": lab.planted, "why": lab.why,
            "a": [lab.a.article, lab.a.text], "b": [lab.b.article, lab.b.text]}


# the gate's ``--min-identity`` bars the benchmarks report the conflicts at (a figure's or a date's conflict below the
# bar does not fail the run; attribution and entity findings carry no score and always count)
IDENTITY_BARS = (0.6, 0.7, 0.8, 0.9, 0.95)


def _at_bar(f: Finding, bar: float) -> bool:
    return f.identity is None or f.identity >= bar


def score_cluster(findings: tuple[Finding, ...], cluster: DevCluster) -> dict:
    labels = cluster.labels
    facts = [f for f in findings if f.kind in KINDS]
    matched = {id(f): [lab for lab in labels if matches(f, lab)] for f in facts}
    conflicts = [f for f in findings if is_cross_conflict(f)]
    true_conflicts = [f for f in conflicts if any(lab.expect in DISCREPANCIES for lab in matched.get(id(f), []))]
    true_ids = {id(f) for f in true_conflicts}
    by_label: dict[int, list[Finding]] = {lab.index: [] for lab in labels}
    for f in facts:
        for lab in matched[id(f)]:
            by_label[lab.index].append(f)

    def found(lab: Label) -> list[Finding]:
        return by_label[lab.index]

    discrepancies = [lab for lab in labels if lab.expect in DISCREPANCIES]
    caught = [lab for lab in discrepancies if any(is_cross_conflict(f) for f in found(lab))]
    updates = [lab for lab in labels if lab.expect == "update"]
    updates_ok = [lab for lab in updates if any(f.code == UPDATE_CODE for f in found(lab))]
    none_violated = [lab for lab in labels if lab.expect == "none" and found(lab)]
    no_conflict_violated = [lab for lab in labels if lab.expect in NO_CONFLICT and any(is_cross_conflict(f) for f in found(lab))]
    agreeing = [lab for lab in labels if lab.expect in ("agree", "compatible")]
    agreeing_found = [lab for lab in agreeing if found(lab)]
    agreeing_right = [lab for lab in agreeing if any(f.verdict == lab.expect for f in found(lab))]

    by_identity = {f"{bar:g}": {"conflicts": sum(_at_bar(f, bar) for f in conflicts),
                                "true_conflicts": sum(_at_bar(f, bar) for f in true_conflicts),
                                "caught": sum(any(is_cross_conflict(f) and _at_bar(f, bar) for f in found(lab))
                                              for lab in discrepancies)}
                   for bar in IDENTITY_BARS}
    false_rows = []
    for f in conflicts:
        if id(f) in true_ids:
            continue
        labs = matched.get(id(f), [])
        false_rows.append({
            "code": f.code, "kind": f.kind, "message": f.message,
            "a": _side(f.claims[0]), "b": _side(f.claims[1]) if len(f.claims) > 1 else None,
            "label": labs[0].expect if labs else "unlabelled", "pair": labs[0].index if labs else None,
        })

    def missed_row(lab: Label) -> dict:
        row = _label_row(lab)
        row["found"] = sorted({f"{f.code} ({f.verdict})" for f in found(lab)})
        return row

    return {
        "id": cluster.id, "event": cluster.event, "control": cluster.control,
        "articles": len(cluster.articles), "labels": dict(Counter(lab.expect for lab in labels)),
        "planted": sum(lab.planted for lab in labels), "planted_errors": planted_errors(labels),
        "findings": len(findings), "fact_findings": len(facts),
        "conflicts": len(conflicts), "true_conflicts": len(true_conflicts),
        "precision": _ratio(len(true_conflicts), len(conflicts)),
        "discrepancy_labels": len(discrepancies), "caught": len(caught),
        "recall": _ratio(len(caught), len(discrepancies)),
        "control_conflicts": len(conflicts) if cluster.control else 0,
        "update_labels": len(updates), "updates_reported": len(updates_ok),
        "update_accuracy": _ratio(len(updates_ok), len(updates)),
        "none_labels": sum(lab.expect == "none" for lab in labels), "none_violations": len(none_violated),
        "no_conflict_labels": sum(lab.expect in NO_CONFLICT for lab in labels),
        "no_conflict_violations": len(no_conflict_violated),
        "agree_labels": len(agreeing), "agree_found": len(agreeing_found), "agree_right_verdict": len(agreeing_right),
        "by_identity": by_identity,
        "false_conflicts": false_rows,
        "missed_discrepancies": [missed_row(lab) for lab in discrepancies if lab not in caught],
        "missed_updates": [missed_row(lab) for lab in updates if lab not in updates_ok],
        "violated_none": [missed_row(lab) for lab in none_violated],
        "violated_no_conflict": [missed_row(lab) for lab in no_conflict_violated],
        "missed_agreements": [missed_row(lab) for lab in agreeing if lab not in agreeing_right],
    }


SUMS = ("articles", "planted", "findings", "fact_findings", "conflicts", "true_conflicts", "discrepancy_labels",
        "caught", "control_conflicts", "update_labels", "updates_reported", "none_labels", "none_violations",
        "no_conflict_labels", "no_conflict_violations", "agree_labels", "agree_found", "agree_right_verdict")


def score(report: Report, labels: list[DevCluster]) -> dict:
    """Score a report of the development set against the labelled clusters, per cluster and in total."""
    by_id = {c.id: c for c in report.clusters}
    rows = [score_cluster(by_id[c.id].findings if c.id in by_id else (), c) for c in labels]
    total: dict = {k: sum(r[k] for r in rows) for k in SUMS}
    total["labels"] = dict(sum((Counter(r["labels"]) for r in rows), Counter()))
    total["precision"] = _ratio(total["true_conflicts"], total["conflicts"])
    total["recall"] = _ratio(total["caught"], total["discrepancy_labels"])
    total["update_accuracy"] = _ratio(total["updates_reported"], total["update_labels"])
    total["planted_errors"] = sum(r["planted_errors"] for r in rows)
    total["by_identity"] = {bar: {k: sum(r["by_identity"][bar][k] for r in rows) for k in ("conflicts", "true_conflicts", "caught")}
                            for bar in (rows[0]["by_identity"] if rows else {})}
    classes = Counter((f["label"], f["code"]) for r in rows for f in r["false_conflicts"])
    total["false_conflict_classes"] = [{"label": lab, "code": code, "count": n}
                                       for (lab, code), n in classes.most_common()]
    return {"clusters": rows, "total": total}


def run(embedder, cache_dir: Path | None = None, root: Path = DEVSET) -> dict:
    """Check every cluster of a labelled set (the development set unless ``root`` names another folder), each
    cluster on its own, and score the findings."""
    clusters = load_devset(root)
    articles = [a for c in clusters for a in c.articles]
    report = check_articles(articles, Config(cache_dir=cache_dir), embedder=embedder)
    result = score(report, clusters)
    result["sentences"] = sum(len(ss) for c in report.clusters for ss in c.sentences.values())
    root = root.resolve()
    result["folder"] = root.relative_to(ROOT).as_posix() if root.is_relative_to(ROOT) else str(root)
    return result


def to_markdown(result: dict, labelled: LabelledSet = DEV_SET) -> str:
    t = result["total"]
    folder = result.get("folder", labelled.folder.relative_to(ROOT).as_posix())
    lines = [f"## {labelled.title}", ""] + ([labelled.note, ""] if labelled.note else []) + [
             f"{len(result['clusters'])} clusters, {t['articles']} articles, {result.get('sentences', '?')} sentences "
             f"({folder}/: written for the project from the facts of real events, Indonesian and English "
             f"mixed), {sum(t['labels'].values())} labelled pairs "
             f"({', '.join(f'{k} {v}' for k, v in sorted(t['labels'].items()))}; {t['planted']} of the conflict pairs "
             f"come from {t['planted_errors']} planted errors). "
             "A conflict counts when it is between two articles (the weekday check is left out); it is true when "
             "it matches a label `conflict` or `revision`.", "",
             f"- Conflict precision: **{fmt(t['precision'])}** ({t['true_conflicts']} of {t['conflicts']} conflicts)",
             f"- Conflict recall: **{fmt(t['recall'])}** ({t['caught']} of {t['discrepancy_labels']} labelled discrepancies)",
             f"- Conflicts in control clusters: **{t['control_conflicts']}**",
             f"- Updates reported as `{UPDATE_CODE}`: **{fmt(t['update_accuracy'])}** "
             f"({t['updates_reported']} of {t['update_labels']})",
             f"- `none` labels with any finding: {t['none_violations']} of {t['none_labels']}; "
             f"`sources`/`update`/`not_conflict` labels reported as a conflict: {t['no_conflict_violations']} of "
             f"{t['no_conflict_labels']}",
             f"- agree/compatible labels found: {t['agree_found']} of {t['agree_labels']}, with the labelled verdict: "
             f"{t['agree_right_verdict']}",
             "- With a stricter gate (`--min-identity P`: a figure's or a date's conflict counts only when the scorer "
             "gives P or more that both mentions state one fact): " + "; ".join(
                 f"P {bar}: precision {fmt(_ratio(b['true_conflicts'], b['conflicts']))} ({b['true_conflicts']} of "
                 f"{b['conflicts']}), recall {fmt(_ratio(b['caught'], t['discrepancy_labels']))}"
                 for bar, b in t.get("by_identity", {}).items()), "",
             "| cluster | articles | labels | conflicts | precision | recall | updates | none violated | no-conflict violated | agree right |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in result["clusters"]:
        name = r["id"] + (" (control)" if r["control"] else "")
        lines.append(f"| {name} | {r['articles']} | {sum(r['labels'].values())} | {r['conflicts']} | "
                     f"{fmt(r['precision'])} | {fmt(r['recall'])} ({r['caught']}/{r['discrepancy_labels']}) | "
                     f"{r['updates_reported']}/{r['update_labels']} | {r['none_violations']}/{r['none_labels']} | "
                     f"{r['no_conflict_violations']}/{r['no_conflict_labels']} | "
                     f"{r['agree_right_verdict']}/{r['agree_labels']} |")
    if t["false_conflict_classes"]:
        lines += ["", "False conflicts by the label they fall on (`unlabelled`: no pair labels those two mentions) "
                  "and check:", "", "| label | code | count |", "|---|---|---|"]
        lines += [f"| {c['label']} | `{c['code']}` | {c['count']} |" for c in t["false_conflict_classes"]]
    false_rows = [(r["id"], f) for r in result["clusters"] for f in r["false_conflicts"]]
    if false_rows:
        lines += ["", "### False conflicts", ""]
        for cid, f in false_rows:
            b = f["b"] or {"article": "?", "text": "?"}
            lines.append(f"- {cid} `{f['code']}` [{f['label']}]: “{f['a']['text']}” ({f['a']['article']}) vs "
                         f"“{b['text']}” ({b['article']}): {f['message']}")
    missed = [(r["id"], m) for r in result["clusters"] for m in r["missed_discrepancies"]]
    if missed:
        lines += ["", "### Labelled discrepancies not reported as a conflict", ""]
        for cid, m in missed:
            lines.append(f"- {cid} #{m['pair']} {m['expect']}{' (planted)' if m['planted'] else ''}: "
                         f"“{m['a'][1]}” ({m['a'][0]}) vs “{m['b'][1]}” ({m['b'][0]}), {m['why']}; found: "
                         f"{', '.join(m['found']) or 'nothing'}")
    missed_updates = Counter(", ".join(m["found"]) or "nothing" for r in result["clusters"] for m in r["missed_updates"])
    if missed_updates:
        lines += ["", "Updates not reported as updates, by what was found instead: "
                  + "; ".join(f"{k}: {v}" for k, v in missed_updates.most_common()) + " (every pair is in the JSON file)."]
    return "\n".join(lines) + "\n"
