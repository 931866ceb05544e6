import json

import pytest

from consistency.extract.attributions import attribute_sentences, speaker_name
from consistency.load import prepare
from consistency.load.sources import RawArticle
from consistency.segment import segment_article

from ..conftest import ROOT

CASES = json.loads((ROOT / "tests" / "data" / "attributions.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_attribution_case_table(case):
    article = prepare(RawArticle(id="a", text=case["text"], cluster="c", path=None, language=case["lang"]))
    sentences = segment_article(article)
    got = attribute_sentences(article, sentences)
    assert [a.speaker if a else None for a in got] == case["speakers"]
    if "kinds" in case:
        assert [a.kind if a else None for a in got] == case["kinds"]
    if "names" in case:
        assert [a.name if a else None for a in got] == case["names"]
    for a in got:
        if a and a.start >= 0:
            assert article.text[a.start : a.end] == a.speaker


@pytest.mark.parametrize("speaker, name", [
    ("Menteri Pertahanan Ukraina Rustem Umerov", "Rustem Umerov"),
    ("Presiden Ukraina Volodymyr Zelensky", "Volodymyr Zelensky"),
    ("juru bicara Dmitry Peskov", "Dmitry Peskov"),
    ("Ukraina", "Ukraina"),
    ("Barat, Ukraina, dan Korea Selatan", "Barat, Ukraina, dan Korea Selatan"),
])
def test_speaker_name_drops_titles(speaker, name):
    assert speaker_name(speaker) == name
