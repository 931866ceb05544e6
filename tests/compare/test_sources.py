"""When two named sources are two estimates (``scope.different_sources``): one body at two levels of government
counts twice, one body named with and without its level does not."""

from __future__ import annotations

import pytest

from consistency.compare.scope import different_sources

# (source key a, source key b, are they different sources?)
CASES = [
    ("org:bpbd@local", "org:bpbd@province", True),   # a regency's disaster agency and the province's
    ("org:bpbd", "org:bpbd@province", False),         # "BPBD" may be the province's
    ("org:bpbd@province", "org:bpbd@province", False),
    ("org:bnpb", "org:bpbd@local", True),             # the national agency and a regency's
    ("org:police@local", "org:government", False),    # the government speaks for its police
    ("org:usgs", "org:bmkg", True),
    ("org:un", "org:ocha", False),                    # "the United Nations" speaks for its humanitarian office
    ("org:ocha", "body:bakhtar", True),               # the UN office and a news agency
]


@pytest.mark.parametrize("a,b,expected", CASES)
def test_different_sources(a, b, expected):
    assert different_sources(a, b) is expected
    assert different_sources(b, a) is expected


# One body named in Indonesian and in English resolves to one source key (the actors' lexicon, either language):
# (Indonesian name, English name). Each pair also differs from the other pairs' bodies.
SAME_BODY = [
    ("Kementerian Kesehatan", "the Health Ministry"),
    ("Kemenkes", "the Ministry of Health"),
    ("Dinas Kesehatan", "the health office"),
    ("Pemprov Jawa Tengah", "the provincial government"),
    ("Pemkab Sleman", "the regency government"),
    ("Kantor PBB untuk Koordinasi Urusan Kemanusiaan", "the UN Office for the Coordination of Humanitarian Affairs"),
    ("OCHA", "the UN Office for the Coordination of Humanitarian Affairs"),
    ("PBB", "the UN"),
    ("Organisasi Kesehatan Dunia", "WHO"),
    # a region's acronym says where the body is, not who it is (places.json "place_acronyms")
    ("Dinkes DKI Jakarta", "the Jakarta health office"),
]


@pytest.mark.parametrize("id_name,en_name", SAME_BODY, ids=[p[1] + " / " + p[0] for p in SAME_BODY])
def test_one_body_in_two_languages_is_one_source(id_name, en_name):
    from consistency.extract.frames import source_key

    a, b = source_key(id_name), source_key(en_name)
    assert a is not None and a.startswith("org:")
    assert a == b
    assert not different_sources(a, b)


def test_bodies_of_the_table_are_distinct():
    from consistency.extract.frames import source_key

    assert {source_key(p[1]) for p in SAME_BODY} == {
        "org:health_ministry", "org:health_office", "org:government@province", "org:government@local", "org:ocha",
        "org:un", "org:who"}
    assert different_sources(source_key("the Health Ministry"), source_key("the Interior Ministry"))
    assert different_sources(source_key("OCHA"), source_key("WHO"))
    # two bodies of one region are two sources, not the region's one
    assert different_sources(source_key("BPBD NTT"), source_key("Dinkes NTT"))


def test_a_pronoun_is_no_body():
    """"who" is a relative pronoun, not the WHO, unless it is written in capitals."""
    from consistency.extract.frames import source_key

    assert source_key("who") is None
    assert source_key("WHO") == "org:who"


# A body named in full that the actors' lexicon does not know is a source of its own, keyed by its initials, so
# that its acronym is the same source: (speaker as written, source key).
NAMED_BODIES = [
    ("Departemen Sosial", "body:ds/departemen sosial"),
    ("menurut data Departemen Sosial", "body:ds/departemen sosial"),
    ("Badan Pusat Statistik", "body:bps/badan pusat statistik"),
    ("the National Statistics Office", "body:nso/national statistics office"),
    ("the China Earthquake Networks Center", "body:cenc/china earthquake networks center"),
    ("Office for National Statistics", "body:ons/office for national statistics"),
    ("Kepala Badan Pusat Statistik Suhariyanto", "name:badan pusat statistik suhariyanto"),  # a person of the body
    ("Abdul Muhari", "name:abdul muhari"),                       # a name alone is a person
]


@pytest.mark.parametrize("speaker,key", NAMED_BODIES)
def test_a_body_named_in_full_is_keyed_by_its_initials(speaker, key):
    from consistency.extract.frames import source_key

    assert source_key(speaker) == key


# (speaker a, speaker b, are they different sources?), through source_key, in both languages
SPEAKERS = [
    ("Departemen Sosial", "Bakornas PB", True),                        # two bodies, two counts
    ("the National Statistics Office", "the central bank's Monetary Board", True),
    ("Badan Pusat Statistik", "BPS", False),                           # one body, in full and by its acronym
    ("the Office for National Statistics", "ONS", False),
    ("Departemen Kesehatan", "Kementerian Kesehatan", False),          # a ministry's old name may be the ministry
    ("the Department of Health", "the Health Ministry", False),
    ("Departemen Sosial", "pemerintah", False),                        # the government speaks for its departments
    ("Departemen Sosial", "Menteri Sosial Bachtiar Chamsyah", False),  # a person of the body shares its name's word
    ("Lembaga Survei Nusantara", "Cakrawala Riset", True),             # two pollsters, one named as a body
    ("the Pew Research Center", "Gallup", True),
    # a person is never set apart from a body by the name alone: the president's toll after the Red Cross's is a
    # correction of it (Westgate, 68 then 67), and a place read as a name ("in Tafea") is no source at all
    ("President Uhuru Kenyatta", "the Kenya Red Cross", False),
    ("Wakil Menteri Dalam Negeri Guillermo Rivera", "the Colombian Red Cross", False),
    ("Palang Merah Indonesia", "Ketua PMI Jusuf Kalla", False),
    ("Kementerian Kesehatan", "Menteri Kesehatan Budi Gunadi Sadikin", False),  # not an independent body
]


@pytest.mark.parametrize("a,b,expected", SPEAKERS)
def test_speakers_of_different_kinds(a, b, expected):
    from consistency.extract.frames import source_key

    ka, kb = source_key(a), source_key(b)
    assert different_sources(ka, kb) is expected, (ka, kb)
    assert different_sources(kb, ka) is expected, (kb, ka)
