import pytest

from consistency.extract.entities import canonical_name, extract_entities, same_entity


@pytest.mark.parametrize("a, b, same", [
    ("Zelenskyy", "Zelensky", True),
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky", True),
    ("Zelensky", "Volodymyr Zelensky", True),
    ("Kiev", "Kyiv", True),
    ("Korea Utara", "North Korea", True),
    ("Korea Utara", "Korea Selatan", False),
    ("North Korea", "South Korea", False),
    ("Rusia", "Federasi Rusia", True),
    ("Putin", "Peskov", False),
    ("Jakarta", "Jayapura", False),
    ("Smith", "Smyth", False),  # too short for a spelling variant
    ("Dmitry Peskov", "Dmitri Peskov", True),
])
def test_same_entity(a, b, same):
    assert same_entity(a, b) is same
    assert same_entity(b, a) is same


def test_names_are_split_from_places_and_titles():
    text = "Presiden Ukraina Volodymyr Zelensky menyebut bahwa pasukan Korea Utara beraksi di Kursk."
    names = [e.text for e in extract_entities(text)]
    assert names == ["Ukraina", "Volodymyr Zelensky", "Korea Utara", "Kursk"]
    assert canonical_name("Kiev") == "Kyiv"
