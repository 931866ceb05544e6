"""Spanish sentences: abbreviations that end in a period do not end the sentence."""

import pytest

from consistency.segment import split_sentences


@pytest.mark.parametrize("text, sentences", [
    ("Según la policía, aprox. 40 personas murieron. El alcalde habló.",
     ["Según la policía, aprox. 40 personas murieron.", "El alcalde habló."]),
    ("Los Sres. Pérez y Gómez firmaron. ¿Cuántos votaron?",
     ["Los Sres. Pérez y Gómez firmaron.", "¿Cuántos votaron?"]),
    ("El Cnel. López llegó a la Avda. Central. Nadie lo esperaba.",
     ["El Cnel. López llegó a la Avda. Central.", "Nadie lo esperaba."]),
])
def test_spanish_abbreviations_do_not_end_a_sentence(text, sentences):
    assert [text[a:b] for a, b in split_sentences(text, "es")] == sentences
