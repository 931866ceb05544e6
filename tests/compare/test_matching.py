"""The one-to-one matching of two sentences' dates (``consistency/compare/matching.py``): a date that restates
another of its own sentence more coarsely takes no part, so it neither takes the finer date's counterpart nor
makes a sure match look ambiguous."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.compare.dates import compare_dates
from consistency.compare.matching import match, restates_coarser
from consistency.extract import extract_dates

ANCHOR = dt.date(2015, 9, 24)

COARSER = [
    ("Earlier this month, a crane toppled onto the Grand Mosque in Mecca on Sept. 11.", "en", {"this month"}),
    ("Bulan ini, sebuah derek roboh di Masjidil Haram pada Jumat (11/9/2015).", "id", {"Bulan ini"}),
    ("The attack on 7 January this year shocked the country.", "en", {"this year"}),
    ("Serangan terjadi pada 7 Januari dan pemakaman pada 9 Januari.", "id", set()),  # two days, neither coarser
    ("The stampede took place on Sept. 24, after a crane fell on Sept. 11.", "en", set()),
]


def _dates(text: str, language: str):
    return extract_dates(text, language=language, anchor=ANCHOR)


@pytest.mark.parametrize("text, language, coarse", COARSER, ids=[c[0][:30] for c in COARSER])
def test_a_coarser_restatement_in_its_own_sentence(text, language, coarse):
    ds = _dates(text, language)
    assert {d.text for d in ds if restates_coarser(d, ds)} == coarse


@pytest.mark.parametrize("language, text", [
    ("en", "Earlier this month, a crane toppled onto the Grand Mosque in Mecca on Sept. 11."),
    ("id", "Bulan ini, sebuah derek roboh di Masjidil Haram pada Jumat (11/9/2015)."),
])
def test_the_finer_date_is_matched_and_not_ambiguous(language, text):
    a = _dates("A crane toppled onto the Grand Mosque on Sept. 18.", "en")
    b = _dates(text, language)
    # both fit alike: without the rule "this month" (compatible) would take Sept. 18, or make its match ambiguous
    got = match(a, b, lambda x, y: 0.95, compare_dates, minimum=0.2, ambiguity=0.1)
    assert [(a[m.a].text, b[m.b].text, m.ambiguous) for m in got] == [("Sept. 18", b[-1].text, False)]


# A figure restated in other units in its own sentence is one figure: it neither rivals its sibling's match nor
# makes a conflict ambiguous. Two figures of different values in one sentence still do.
RESTATED = [
    ("en", "The epicentre was about 180 km from the capital.", "id",
     "Pusat gempa berjarak 80 km (50 mil) dari ibu kota.", False),
    ("id", "Pusat gempa berjarak sekitar 180 kilometer dari ibu kota.", "en",
     "The epicentre was 80km (50 miles) from the capital.", False),
    ("en", "The epicentre was about 180 km from the capital.", "en",
     "The epicentre was 80 km from the capital and 50 km from the coast.", True),
]


@pytest.mark.parametrize("la, a, lb, b, ambiguous", RESTATED, ids=[r[3][:40] for r in RESTATED])
def test_a_restated_figure_is_no_rival(la, a, lb, b, ambiguous):
    from consistency.compare.quantities import compare_values
    from consistency.extract import extract_quantities

    xs, ys = extract_quantities(a, language=la), extract_quantities(b, language=lb)
    assert len(xs) == 1 and len(ys) == 2
    got = match(xs, ys, lambda x, y: 0.9, compare_values, minimum=0.2, ambiguity=0.1)
    assert got and {m.ambiguous for m in got} == {ambiguous}


# The restatement also meets its sibling's counterpart: the fact is compared in the units each side wrote, so a
# discrepancy against "80km (50 miles)" is reported against both. Two figures of one value and unit in one
# sentence are two facts, and the second takes no counterpart it was not matched with.
INHERITED = [
    ("id", "Pusat gempa berjarak sekitar 180 kilometer dari ibu kota.", "en",
     "The epicentre was 80km (50 miles) from the capital.", {("sekitar 180 kilometer", "80km"),
                                                           ("sekitar 180 kilometer", "50 miles")}),
    ("en", "The epicentre was about 180 km from the capital.", "id",
     "Pusat gempa berjarak 80 km (50 mil) dari ibu kota.", {("about 180 km", "80 km"), ("about 180 km", "50 mil")}),
    ("en", "Rescuers brought out four boys on Sunday and the last four boys on Tuesday.", "id",
     "Tim penyelamat mengeluarkan lima anak pada hari Senin.", 1),
    ("id", "Sebanyak 4 orang dievakuasi Minggu dan 4 orang lagi Selasa.", "en", "Five people were evacuated on Monday.", 1),
]


@pytest.mark.parametrize("la, a, lb, b, expected", INHERITED, ids=[r[1][:40] for r in INHERITED])
def test_a_restatement_in_other_units_meets_the_same_counterpart(la, a, lb, b, expected):
    from consistency.compare.quantities import compare_values
    from consistency.extract import extract_quantities

    xs, ys = extract_quantities(a, language=la), extract_quantities(b, language=lb)
    got = match(xs, ys, lambda x, y: 0.9, compare_values, minimum=0.2, ambiguity=0.1)
    pairs = {(xs[m.a].text, ys[m.b].text) for m in got}
    if isinstance(expected, int):
        assert len(got) == expected
    else:
        assert pairs == expected


# One discrepancy, one finding: a figure restated in other units ("80km (50 miles)") meets its sibling's
# counterpart, but the finding is reported once, in the unit the other side wrote (else the unit written first),
# with the restatement kept as the claim's evidence ("restated" in its value, named in the message).
ONE_FINDING = [
    (("Pusat gempa berada sekitar 180 kilometer di barat laut Kathmandu.", "id"),
     ("The epicentre was about 80km (50 miles) northwest of Kathmandu.", "en"),
     ("sekitar 180 kilometer", "about 80km", "number.mismatch"), "50 miles"),
    (("The epicentre lay some 110 miles northwest of Kathmandu.", "en"),
     ("The epicentre was about 80km (50 miles) northwest of Kathmandu.", "en"),
     ("some 110 miles", "50 miles", "number.mismatch"), "about 80km"),
    (("The epicentre was about 180 km west of Kathmandu.", "en"),
     ("Pusat gempa berjarak sekitar 50 mil (80 kilometer) di barat Kathmandu.", "id"),
     ("about 180 km", "80 kilometer", "number.mismatch"), "sekitar 50 mil"),
]


@pytest.mark.parametrize("a, b, expected, evidence", ONE_FINDING, ids=[c[0][0][:40] for c in ONE_FINDING])
def test_a_restated_figure_gives_one_finding(a, b, expected, evidence):
    from tests.compare.pairs import pair_findings, summary

    case = {"a": a[0], "a_lang": a[1], "a_published": "2015-04-27", "b": b[0], "b_lang": b[1], "b_published": "2015-04-28"}
    found = [f for f in pair_findings(case) if f.kind == "number"]
    assert summary(found) == [expected]
    restated = [r["text"] for c in found[0].claims for r in c.value.get("restated", ())]
    assert restated == [evidence] and evidence in found[0].message


# What a figure is of decides what it meets. A distance is of the thing it locates: the islands' distance from
# the coast and the debris's are two facts, even from one coast (the islands named by a relative clause, "which
# lie", "yang terletak"); the same thing's two distances still conflict. A figure written with a quake's noun
# ("a 6.2 quake", "gempa 6,2") is the quake's magnitude, never a count of quakes that rose over time.
OF_WHAT = [
    ("Search ships combed the sea near the islands, which lie about 200 km off the country's east coast.", "en",
     "Serpihan ditemukan sekitar 640 kilometer dari pantai timur negara itu.", "id", []),
    ("Tim SAR menyisir perairan dekat gugusan pulau yang terletak sekitar 200 kilometer dari pantai timur.", "id",
     "Debris was spotted some 640 km off the east coast.", "en", []),
    ("Debris was found about 200 km off the east coast.", "en",
     "Serpihan ditemukan sekitar 640 kilometer dari pantai timur.", "id",
     [("about 200 km", "sekitar 640 kilometer", "number.mismatch")]),
    ("A 6.2 quake struck the region on Monday, killing 12 people.", "en",
     "Gempa bermagnitudo 6,8 mengguncang wilayah itu pada Senin.", "id",
     [("6.2 quake", "bermagnitudo 6,8", "number.mismatch")]),
    # the bare "gempa 6,8" is the magnitude as "bermagnitudo 6,8" is: one quake, one day, two magnitudes (this row
    # expected no finding while the figures' conflict threshold was 0.62 and its probability just under it; from the
    # sixty-third round's refit to the sixty-eighth's it scored just under 0.56 and was a recorded gap)
    pytest.param("A 6.2 quake struck the region on Monday.", "en", "Gempa 6,8 mengguncang wilayah itu pada Senin.", "id",
                 [("6.2 quake", "6,8 mengguncang", "number.mismatch")],  # the extractor's span takes in the verb
                 id="A 6.2 quake struck the region on Monday|Gempa 6,8 mengguncan"),
    ("A 6.2 quake struck the region on Monday.", "en", "A magnitude 6.2 earthquake struck the region on Monday.", "en",
     [("6.2 quake", "magnitude 6.2", "number.agree")]),
]


@pytest.mark.parametrize("a, la, b, lb, expected", OF_WHAT,
                         ids=[None if hasattr(c, "marks") else c[0][:40] + "|" + c[2][:20] for c in OF_WHAT])
def test_what_a_figure_is_of_decides_what_it_meets(a, la, b, lb, expected, default_embedder):
    from tests.compare.pairs import pair_findings, summary

    # with the sentences' vectors, as a run compares them: the frames-only model (for callers without vectors)
    # scores the cross-lingual magnitudes below the conflict threshold since the thirteenth round's retrain
    case = {"a": a, "a_lang": la, "a_published": "2024-03-19", "b": b, "b_lang": lb, "b_published": "2024-03-20"}
    assert summary([f for f in pair_findings(case, default_embedder) if f.kind == "number"]) == expected


# --- dates of several events in one sentence: matched by event first ---------------------------------------

EVENTS = [
    # (event a, event b, different events?)
    ("departed", "arrived", True),  # the ferry's departure against its arrival
    ("announced", "took_effect", True),  # the day a ban was announced against the day it took effect
    ("founded", "landfall", True),  # the storm formed on Monday, reached land on Thursday
    ("opened", "closed", True),  # a festival's opening against its closing
    ("activity:court:opened", "activity:court:verdict", True),  # a trial's first hearing against its verdict
    ("activity:court:opened", "activity:court:opened", False),
    ("activity:court", "activity:court:verdict", False),  # "sidang digelar pada Senin": any day of the trial
    ("quake", "quake:fore", True),
    ("crash", "crash", False),
    ("quake", "tsunami", False),  # a quake and its tsunami share a day
    ("crash", "quake", True),  # a relief helicopter's crash days after the quake
    ("eruption", "crash", True),
    ("crash", "flood", False),  # a bus swept off a road by the flood: one day
]


@pytest.mark.parametrize("a, b, differ", EVENTS, ids=[f"{a}-{b}" for a, b, _ in EVENTS])
def test_which_events_differ(a, b, differ):
    from consistency.compare.matching import events_differ
    from consistency.records import Frame

    assert events_differ(Frame(role="event", event=a), Frame(role="event", event=b)) is differ
    assert events_differ(Frame(role="event", event=b), Frame(role="event", event=a)) is differ


ACTED = [
    # (event, actor a, actor b, different events?): what one person or body does for itself ("by_actor")
    ("resigned", "@defence_minister", "@foreign_minister", True),  # two ministers' resignations on two days
    ("resigned", "costas papacostas", "markos kyprianou", True),
    ("resigned", "papacostas", "costas papacostas", False),  # one man, named in full and by his surname
    ("resigned", "@minister", "costas papacostas", False),  # the minister may be the named man
    ("apologised", "@president", "@prime_minister", True),
    ("crash", "@president", "@prime_minister", False),  # an incident is no one's own act
]


@pytest.mark.parametrize("event, a, b, differ", ACTED, ids=[f"{e}-{a}-{b}" for e, a, b, _ in ACTED])
def test_acts_of_different_actors_differ(event, a, b, differ):
    from consistency.compare.matching import events_differ
    from consistency.records import Frame

    fa, fb = Frame(role="event", event=event, actor=a), Frame(role="event", event=event, actor=b)
    assert events_differ(fa, fb) is differ
    assert events_differ(fb, fa) is differ


MULTI = [
    ("The ship left port on 2 May and sank on 9 May.", "en", "Kapal itu tenggelam pada 2 Mei.", "id", "9 May"),
    ("Kapal itu berlayar dari Surabaya pada 2 Mei dan tenggelam pada 9 Mei.", "id", "The ship sank on 2 May.", "en",
     "9 Mei"),
    ("Festival itu dibuka pada Jumat, 5 Juli, dan ditutup pada Minggu, 14 Juli.", "id",
     "The festival closed on Sunday, 5 July.", "en", "Minggu, 14 Juli"),
]


@pytest.mark.parametrize("a, la, b, lb, partner", MULTI, ids=[m[0][:30] for m in MULTI])
def test_dates_are_matched_by_event_first(a, la, b, lb, partner):
    """However alike the scorer finds every pair (here all alike), a date meets the date of its own event, not
    the one of another event that happens to share its value."""
    from consistency.compare.matching import date_fit
    from consistency.extract import extract_quantities, frame_sentence

    def framed(text, lang):
        return frame_sentence(text, extract_quantities(text, language=lang), _dates_in(text, lang), language=lang,
                              anchor=ANCHOR)[1]

    da, db = framed(a, la), framed(b, lb)
    found = match(da, db, date_fit(lambda x, y: 0.9), compare_dates, minimum=0.2, ambiguity=0.1)
    assert [(da[m.a].text, db[m.b].text) for m in found] == [(partner, db[0].text)]
    # without the events, the equal value wins
    plain = match(da, db, lambda x, y: 0.9, compare_dates, minimum=0.2, ambiguity=0.1)
    assert [da[m.a].text for m in plain] != [partner]


def _dates_in(text: str, language: str):
    return extract_dates(text, language=language, anchor=ANCHOR)


# Whose figure: two parties or blocs are told apart by their names, not by the kind word they share ("Partai
# Nasional" / "Partai Buruh"); a shared name word still fits ("Partai Buruh" / "Buruh"), as do two spellings.
ACTORS = [
    ("partai nasional", "partai buruh", None),
    ("national party", "labour party", None),
    ("koalisi merah", "koalisi biru", None),
    ("partai buruh", "buruh", 0.05),
    ("zelenskyy", "zelensky", 0.05),
    # a country is never an international body nor an armed group: the IMF's board against "Kongres Argentina", the
    # gunmen against "Tentara Aljazair"; a country's own office may be its government
    ("@imf", "argentina", None),
    ("@militants", "aljazair", None),
    ("@imf", "@legislature", None),
    ("@government", "argentina", -0.1),
]


@pytest.mark.parametrize("a, b, fit", ACTORS, ids=[f"{a}|{b}" for a, b, _ in ACTORS])
def test_actor_fit_by_name_not_kind(a, b, fit):
    from consistency.compare.matching import actor_fit
    from consistency.records import Frame

    assert actor_fit(Frame(actor=a, actor_text=a), Frame(actor=b, actor_text=b)) == fit
