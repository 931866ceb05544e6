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


@pytest.mark.parametrize("text, names", [
    # a name's particle ("de", "van", "bin", "al") joins it only before another capitalised word: "dengan", "dekat",
    # "alias" and "bintang" after a name are words of their own, and the name stays whole
    ("Christodoulides unggul, disusul Mavroyiannis dengan 29,6 persen suara.", ["Christodoulides", "Mavroyiannis"]),
    ("Presiden Joko Widodo alias Jokowi tiba di Solo.", ["Joko Widodo", "Jokowi", "Solo"]),
    ("Rahman dekat dengan Sadr bintang partai itu.", ["Rahman", "Sadr"]),
    ("Charles de Gaulle met Ludwig van Beethoven and Osama bin Laden.", ["Charles de Gaulle", "Ludwig van Beethoven", "Osama bin Laden"]),
])
def test_name_particles_join_only_before_a_name(text, names):
    assert [e.text for e in extract_entities(text)] == names


def test_names_of_one_entity_share_a_key():
    # entity_keys lets a caller skip pairs: it must never skip one that same_entity would join
    import json
    from itertools import combinations
    from pathlib import Path

    from consistency.extract.entities import entity_keys

    from ..conftest import SEEDS

    aliases = json.loads((Path(__file__).parents[2] / "consistency" / "extract" / "data" / "aliases.json").read_text())
    names = {n for k, v in aliases.items() if not k.startswith("_") for n in [k, *v]}
    names |= {e.text for path in SEEDS.iterdir() if path.is_file()
              for e in extract_entities(path.read_text(encoding="utf-8", errors="replace"))}
    names |= {"Zelenskyy", "Zelensky", "Volodymyr Zelensky", "Dmitri Peskov", "Dmitry Peskov", "Rusia", "Federasi Rusia"}
    joined = 0
    for a, b in combinations(sorted(names), 2):
        if same_entity(a, b):
            joined += 1
            (ca, sa), (cb, sb) = entity_keys(a), entity_keys(b)
            assert ca == cb or (sa and sa == sb), (a, b)
    assert joined > 20
