"""Frame case table: a sentence, then for some of its figures and dates what the frame must say."""

import datetime as dt
import json

import pytest

from consistency.extract import extract_dates, extract_quantities, frame_sentence
from consistency.extract.frames import lexicon, place_key

from ..conftest import ROOT

CASES = json.loads((ROOT / "tests" / "data" / "frames.json").read_text(encoding="utf-8"))


def framed(case):
    anchor = dt.date.fromisoformat(case["anchor"]) if case.get("anchor") else None
    text, lang = case["text"], case["lang"]
    qs = extract_quantities(text, language=lang)
    ds = extract_dates(text, language=lang, anchor=anchor)
    qs, ds = frame_sentence(text, qs, ds, language=lang, anchor=anchor)
    return list(qs) + list(ds)


def _field(mention, key):
    f = mention.frame
    a = f.as_of
    return {
        "place": lambda: f.place.key if f.place else None,
        "place_slot": lambda: f.place.slot if f.place else None,
        "places": lambda: [p.key for p in f.places],
        "attached_places": lambda: [p.key for p in f.places if p.attached],
        "as_of": lambda: a.day.isoformat() if a and a.day else None,
        "as_of_time": lambda: f"{a.minute // 60:02d}:{a.minute % 60:02d}" if a and a.minute is not None else None,
        "as_of_basis": lambda: a.basis if a else None,
        "as_of_recalled": lambda: a.recalled if a else None,
        # a share's whole is its own key ("whole"), as the scorer reads it (features.whole_same, whole_clash)
        # so is whether a vote count's story names no chamber ("chamber"), which only ``identity.number_veto`` reads
        "modifiers": lambda: sorted(m for m in f.modifiers if not m.startswith(("whole:", "chamber:"))),
        "whole": lambda: next((m[6:] for m in f.modifiers if m.startswith("whole:")), None),
        "chamber": lambda: next((m[8:] for m in f.modifiers if m.startswith("chamber:")), None),
        "events": lambda: sorted(f.events),
        "when": lambda: [d.isoformat() for d in f.when] if f.when else None,
        "scope": lambda: sorted(f.scope),
        "named_places": lambda: sorted(f.named_places),
    }.get(key, lambda: getattr(f, key))()


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_frame_case_table(case):
    mentions = framed(case)
    for want in case["expect"]:
        found = [m for m in mentions if want["mention"] in m.text]
        assert found, (want["mention"], [m.text for m in mentions])
        m = found[0]
        assert case["text"][m.start : m.end] == m.text
        for key, value in want.items():
            if key != "mention":
                assert _field(m, key) == value, (want["mention"], key)


def test_case_table_covers_both_languages():
    assert {c["lang"] for c in CASES} == {"id", "en"}


@pytest.mark.parametrize("a, b", [("Jawa Tengah", "Central Java"), ("Sulawesi Tengah", "Central Sulawesi"),
                                  ("Kabupaten Demak", "Demak Regency"), ("Nusa Tenggara Barat", "West Nusa Tenggara"),
                                  ("ibu kota", "capital"), ("Swedia", "Sweden"), ("Kota Palu", "Palu city"),
                                  ("Pantai Gading", "Ivory Coast"), ("Kroasia", "Croatia"), ("Italia", "Italy"),
                                  ("Spanyol", "Spain"), ("Papua Nugini", "Papua New Guinea"), ("Afrika Selatan", "South Africa"),
                                  ("Bosnia dan Herzegovina", "Bosnia"), ("Bosnia-Herzegovina", "Bosnia and Herzegovina")])
def test_place_keys_are_cross_lingual(a, b):
    assert place_key(a) == place_key(b)


@pytest.mark.parametrize("a, b", [("Jawa Tengah", "Jawa Timur"), ("Demak", "Kudus"), ("Sumatera Utara", "Sumatera Selatan")])
def test_different_places_keep_different_keys(a, b):
    assert place_key(a) != place_key(b)


def test_every_predicate_class_has_both_languages():
    info = lexicon().predicate_info
    for name, entry in info.items():
        if entry.get("derived"):  # given by frames, never read from a word ("targeted")
            assert not entry.get("id") and not entry.get("en"), name
            continue
        assert entry.get("id") and entry.get("en"), name


def test_frames_leave_the_mentions_unchanged():
    text = "Korban meninggal mencapai 41 orang hingga Selasa (19/3/2024) pukul 17.00 WIB, kata Kepala BNPB."
    qs = extract_quantities(text, language="id", offset=100)
    ds = extract_dates(text, language="id", offset=100)
    fq, fd = frame_sentence(text, qs, ds, language="id", offset=100)
    assert [(q.start, q.end, q.text, q.low) for q in fq] == [(q.start, q.end, q.text, q.low) for q in qs]
    assert [(d.start, d.end, d.text) for d in fd] == [(d.start, d.end, d.text) for d in ds]
    assert fq[0].frame.as_of.minute == 17 * 60 and fq[0].frame.as_of.day == dt.date(2024, 3, 19)


def _phrase_lists():
    from consistency.extract.frames.lexicons import _extras, _group_lexicon, _Phrases

    def walk(x):
        if isinstance(x, _Phrases):
            yield x
        elif isinstance(x, dict):
            for v in x.values():
                yield from walk(v)

    lex = lexicon()
    tables = [getattr(lex, f) for f in lex.__dataclass_fields__] + [getattr(_extras(), f) for f in _extras().__dataclass_fields__]
    tables.append(_group_lexicon())
    return [p for t in tables for p in walk(t)]


def test_phrase_lists_find_the_same_with_the_folded_regex():
    """A word list runs a case-sensitive regex over the text with its ASCII capitals lowered (fast) unless the
    text holds a character that matches an ASCII letter case-blind without being one: the matches are those of
    the case-blind regex either way."""
    from consistency.extract.frames.lexicons import _Phrases
    from tests.benchmarks.common import repo_sentences

    texts = repo_sentences()[:400] + [
        "KORBAN MENINGGAL DUNIA MENCAPAI 12 ORANG, Kata BNPB", "At Least 41 PEOPLE Were Killed In Demak",
        "\u212aorban meninggal 12 orang", "12 people \u212ailled", "ſeorang korban tewas", "İstanbul: 5 dead",
        "ıt killed 5 people", "Korban   meninggal\ndunia 7 orang – kata “BNPB”", "12 orang tewas dan 3 hilang é",
    ]
    lists = [p for p in _phrase_lists() if p.folded is not None]
    assert len(lists) > 20  # the lexicons' lists are folded
    found = 0
    for p in lists:
        blind = _Phrases(p.regex, p.label)  # no folded regex: the case-blind one
        for t in texts:
            got = p.find(t)
            assert got == blind.find(t), (p.regex.pattern[:80], t)
            found += len(got)
    assert found > 1000
