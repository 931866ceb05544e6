"""What a figure measures, pair by pair, as the pipeline compares two reports (issue 12): a quake's magnitude
written with no "magnitude" word ("gempa susulan 5,1 terjadi", "an aftershock of 5.1 struck") is compared as a
magnitude; rates of two periods (on the year before, on the quarter before, month on month, year-to-date, the
full year) are two facts that neither conflict nor agree; a distance said of one thing (the debris, the crash
site) is not the distance of another (the islands, the airport); a length whose sentence does not say what it
measures is not compared with one that does. Invented reports, in our own words."""

from __future__ import annotations

import pytest

from .pairs import pair_findings

# (id, text a, language a, text b, language b): no number finding of any kind may come of the two
TWO_FACTS = [
    # one rate on the quarter before, the other on a year earlier: the same 4.9 is not the same fact
    ("qoq-vs-yoy-same-value-id-en", "Ekonomi tumbuh 4,9 persen dibandingkan kuartal sebelumnya pada kuartal ketiga.", "id",
     "The economy grew 4.9% from a year earlier in the third quarter.", "en"),
    ("ytd-vs-full-year-id-en", "Ekspor naik 4,2 persen secara kumulatif hingga September 2024.", "id",
     "Exports rose 4.2% for the full year 2024.", "en"),
    ("mom-vs-yoy-en-id", "Consumer prices rose 0.3% month-on-month in October.", "en",
     "Harga konsumen naik 0,3 persen dari tahun sebelumnya pada Oktober.", "id"),
    ("annual-basis-vs-monthly-en-id", "Retail sales rose 3.4% on an annual basis in May.", "en",
     "Penjualan ritel naik 3,4 persen secara bulanan pada Mei.", "id"),
    # the debris's distance from the coast against the islands'; the crash site's from the airport against the
    # airport's from the city
    ("debris-vs-islands-id", "Puing terlihat sekitar 1.100 km di timur laut pantai, dekat kepulauan itu.", "id",
     "Kepulauan itu berjarak 650 km dari pantai.", "id"),
    # a bridge's main span against its whole length
    ("main-span-vs-bridge-id", "Bentang utama jembatan yang dibuka pada 2001 itu panjangnya 270 meter.", "id",
     "Jembatan sepanjang 710 meter itu ambruk ke sungai pada Sabtu sore.", "id"),
    ("main-span-vs-bridge-en", "Its main span, finished two years later, measured 270 meters.", "en",
     "The 710-meter bridge fell into the river on Saturday afternoon.", "en"),
    ("wreckage-vs-islands-en", "Wreckage was sighted roughly 1,100 km north-east of the coast, close to the islands.", "en",
     "The islands sit about 650 km off the coast.", "en"),
    ("crash-site-vs-airport-id", "Jarak titik jatuh 30 km dari bandara.", "id", "Bandara berjarak 12 km dari kota.", "id"),
    ("crash-site-vs-airport-en", "The distance of the crash site is 30 km from the airport.", "en",
     "The airport is 12 km from the city.", "en"),
    # a length whose sentence does not say what it measures against one that does (how far a pipe has been
    # pushed, a depth): neither the same fact nor a contradiction
    ("unsaid-length-vs-depth-id", "Lubang vertikal itu kini 36 meter.", "id", "Lubang itu sedalam 45 meter.", "id"),
    ("unsaid-length-vs-depth-id-en", "Lubang vertikal itu mencapai 36 meter.", "id", "The shaft is 45 metres deep.", "en"),
    ("unsaid-length-vs-progress-id", "Pipa itu kini 36 meter.", "id", "Tim mendorong pipa sejauh 53 meter.", "id"),
]


@pytest.mark.slow
@pytest.mark.parametrize("row", TWO_FACTS, ids=[r[0] for r in TWO_FACTS])
def test_figures_of_two_facts_are_not_compared(row, default_embedder):
    _, a, la, b, lb = row
    found = pair_findings({"a": a, "a_lang": la, "b": b, "b_lang": lb}, default_embedder)
    assert not [f for f in found if f.kind == "number"], [(f.code, [c.text for c in f.claims]) for f in found]


# (id, text a, language a, text b, language b, the number finding as (mention in a, mention in b, code)): a
# magnitude written with no "magnitude" word meets the other report's magnitude (before, it was a count of
# "terjadi", "struck")
ONE_MAGNITUDE = [
    ("aftershock-before-a-verb-id-en", "Gempa susulan 5,1 terjadi pada Selasa pagi.", "id",
     "A magnitude 5.4 aftershock struck on Tuesday morning.", "en", ("5,1", "5.4", "number.mismatch")),
    ("aftershock-of-en-id", "An aftershock of 5.1 struck the island on Tuesday.", "en",
     "Gempa susulan bermagnitudo 5,1 mengguncang pulau itu pada Selasa.", "id", ("5.1", "5,1", "number.agree")),
]


@pytest.mark.slow
@pytest.mark.parametrize("row", ONE_MAGNITUDE, ids=[r[0] for r in ONE_MAGNITUDE])
def test_a_magnitude_with_no_magnitude_word(row, default_embedder):
    _, a, la, b, lb, (wa, wb, code) = row
    found = [f for f in pair_findings({"a": a, "a_lang": la, "b": b, "b_lang": lb}, default_embedder) if f.kind == "number"]
    assert [(f.code, wa in f.claims[0].text, wb in f.claims[1].text) for f in found] == [(code, True, True)], \
        [(f.code, [c.text for c in f.claims]) for f in found]
