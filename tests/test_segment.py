import json

import pytest

from consistency.load import load_articles
from consistency.segment import segment_article, split_sentences

from .conftest import ROOT, SEEDS

CASES = json.loads((ROOT / "tests" / "data" / "segment_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_segmentation_case_table(case):
    text = case["text"]
    got = [text[s:e] for s, e in split_sentences(text, case["language"])]
    assert got == case["sentences"]


def test_sentences_carry_offsets_into_the_original_text():
    for article in load_articles([SEEDS]):
        sentences = segment_article(article)
        assert sentences, article.id
        for s in sentences:
            assert article.text[s.start : s.end] == s.text
        assert [s.index for s in sentences] == list(range(len(sentences)))


def test_seed_paragraph_with_two_sentences_is_split():
    art = load_articles([SEEDS])[0]
    texts = [s.text for s in segment_article(art)]
    assert "Dia mengatakan “sekelompok kecil” tentara Korea Utara diserang." in texts
    assert len(texts) == 16


@pytest.mark.parametrize("text, sentences", [
    ("El Gral. Martínez y el Cnel. López coordinan a 1.500 efectivos. La ayuda llegó a Paiporta.",
     ["El Gral. Martínez y el Cnel. López coordinan a 1.500 efectivos.", "La ayuda llegó a Paiporta."]),
    ("La Sra. Ruiz vive en la Avda. del Puerto. La Srta. Gil y el Tte. Sanz la ayudaron.",
     ["La Sra. Ruiz vive en la Avda. del Puerto.", "La Srta. Gil y el Tte. Sanz la ayudaron."]),
    ("El Sgto. Pérez y el Lic. Gómez contaron 211 víctimas. El Excmo. alcalde habló después.",
     ["El Sgto. Pérez y el Lic. Gómez contaron 211 víctimas.", "El Excmo. alcalde habló después."]),
], ids=["es-military-ranks", "es-sra-avda", "es-sgto-lic-excmo"])
def test_spanish_titles_do_not_end_a_sentence(text, sentences):
    from consistency.segment import split_sentences

    assert [text[a:b] for a, b in split_sentences(text, "es")] == sentences
