"""Feature case table for figure pairs: what the frames of two real-looking sentences give the scorer. Each row:
two one-sentence articles (language, text), the mention on each side, and the feature values that must hold."""

from __future__ import annotations

import pytest

from consistency.compare.features import PairContext, number_features

from .pairs import facts_of

CTX = PairContext(0.9, 1.0, 0.9, True, True)

# (id, (lang, text, mention), (lang, text, mention), {feature: value})
CASES = [
    # the same tags say which one both are: the first quake, a distance from the same point
    ("same-order-id-en", ("id", "Gempa pertama bermagnitudo 6,1 mengguncang Kabupaten Sumbawa pada Senin.", "6,1"),
     ("en", "The first quake, of magnitude 6.3, struck near the town of Ruteng on Monday.", "6.3"),
     {"modifiers_same": 1.0, "modifiers_one_side": 0.0, "place_one_side": 0.0, "place_named_differently": 0.0}),
    ("same-reference-id-en", ("id", "Pusat gempa berada sekitar 300 kilometer di sebelah barat ibu kota Kathmandu.", "300 kilometer"),
     ("en", "The epicentre was around 120km (75 miles) west of Kathmandu.", "120km"),
     {"modifiers_same": 1.0, "modifiers_one_side": 0.0}),
    # storeys: a tower in one place and the same tower with no place are one object
    ("storeys-en-id", ("en", "Fire tore through a 20-storey block of flats in east Leeds on Tuesday.", "20-storey"),
     ("id", "Tim pencari masih menyisir seluruh 22 lantai gedung itu.", "22 lantai"),
     {"place_one_side": 0.0, "event_days_apart": 0.0}),
    # a dead-or-missing toll against a death toll: one predicate, no clash
    ("dead-or-missing-id-en", ("id", "Polisi menyatakan 52 orang tewas atau hilang dalam kebakaran itu.", "52 orang"),
     ("en", "Police said 47 people died in the fire.", "47 people"),
     {"pred_same": 1.0, "pred_clash": 0.0}),
    # different tags stay a clash, and no tags on either side say nothing
    ("other-order-en", ("en", "The first quake, of magnitude 6.3, struck on Monday.", "6.3"),
     ("en", "It was followed by a second quake of magnitude 5.9 on Monday.", "5.9"),
     {"modifiers_same": 0.0, "modifiers_clash": 1.0}),
    ("no-tags-en", ("en", "Floods killed 41 people.", "41 people"), ("en", "Floods killed 45 people.", "45 people"),
     {"modifiers_same": 0.0}),
    # two lengths of different dimensions (a depth, a distance, a height) are not one fact; m against km is no clash
    ("dimension-depth-distance-en", ("en", "The wreckage lay 32 metres underwater.", "32 metres"),
     ("en", "The wreckage was found 10 km off the coast.", "10 km"), {"dimension_clash": 1.0, "pred_clash": 1.0}),
    ("dimension-depth-distance-id", ("id", "Bangkai kapal ditemukan 838 meter di bawah permukaan laut.", "838 meter"),
     ("id", "Bangkai kapal ditemukan 95 kilometer dari Bali.", "95 kilometer"), {"dimension_clash": 1.0}),
    ("dimension-height-depth-id-en", ("id", "Pesawat itu terbang di ketinggian 32.000 kaki.", "32.000 kaki"),
     ("en", "The wreckage lay 32 metres underwater.", "32 metres"), {"dimension_clash": 1.0, "unit_same": 1.0}),
    ("dimension-depth-depth-id-en", ("id", "Bangkai pesawat ditemukan di kedalaman 18 meter.", "18 meter"),
     ("en", "The wreckage lay 32 metres underwater.", "32 metres"), {"dimension_clash": 0.0, "pred_same": 1.0}),
    # two distances from one point in different directions: two points
    ("bearing-id-en", ("id", "Pusat gempa berada sekitar 76 kilometer di sebelah timur Kathmandu.", "76 kilometer"),
     ("en", "The epicentre was about 180 km northwest of Kathmandu.", "180 km"), {"modifiers_clash": 1.0, "pred_same": 1.0}),
    # one nationality's count written with two nouns of people ("warga negara", "passengers", "penumpang",
    # "orang"): the group names the people, so the nouns are related, not a clash; another group stays a clash
    ("group-nouns-id-en", ("id", "Di antara penumpang terdapat tiga warga negara Thailand.", "tiga warga"),
     ("en", "The two Thai passengers were among the dead.", "two Thai passengers"),
     {"counted_related": 1.0, "counted_clash": 0.0, "group_clash": 0.0}),
    ("group-nouns-id", ("id", "Sebanyak 189 penumpang merupakan warga Belanda.", "189 penumpang"),
     ("id", "Korban terbanyak adalah warga Belanda, yakni 139 orang.", "139 orang"),
     {"counted_related": 1.0, "counted_clash": 0.0}),
    ("group-nouns-en", ("en", "Among the passengers were 154 Dutch nationals.", "154 Dutch nationals"),
     ("en", "The 193 Dutch passengers were all killed.", "193 Dutch passengers"),
     {"counted_related": 1.0, "counted_clash": 0.0}),
    ("other-group-nouns-id", ("id", "Sebanyak 43 penumpang merupakan warga Malaysia.", "43 penumpang"),
     ("id", "Korban terbanyak adalah warga Belanda, yakni 139 orang.", "139 orang"),
     {"counted_related": 0.0, "counted_clash": 1.0, "group_clash": 1.0}),
    # a count at one site of several against the incident's whole: a part
    ("site-part-id-en", ("id", "Penembakan itu menewaskan 51 orang.", "51 orang"),
     ("en", "At the second site, 44 people were killed.", "44 people"), {"part": 1.0, "modifiers_one_side": 1.0}),
]


def _mention(lang: str, text: str, mention: str, article: str):
    facts = facts_of(text, lang, "2024-03-20", article)[-1]
    found = [q for q in facts.quantities if mention in q.text]
    assert found, [q.text for q in facts.quantities]
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_feature_case_table(case):
    _, a, b, want = case
    qa, qb = _mention(*a, "a"), _mention(*b, "b")
    row = number_features(qa, qb, CTX)
    got = {k: row[k] for k in want}
    assert got == want, (qa.frame, qb.frame)
    assert number_features(qb, qa, CTX) == row  # symmetric
