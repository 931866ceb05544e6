"""Whole clusters through the comparer, with the real model's vectors as in a run: facts of sentences the
aligner did not pair, a fact's timeline across three reports, and what an article's lead tells a figure that
names no event."""

import datetime as dt

import pytest

from consistency.compare import compare_cluster
from consistency.extract import extract_article
from consistency.load import prepare
from consistency.load.sources import RawArticle
from consistency.pipeline import embed_facts
from consistency.records import Alignment, AlignmentMember
from consistency.segment import segment_article

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _embedder(default_embedder):
    global EMBEDDER
    EMBEDDER = default_embedder


EMBEDDER = None


def _article(aid: str, text: str, language: str = "id", published: str | None = None):
    raw = RawArticle(id=aid, text=text, cluster="c", path=None, language=language,
                     published=dt.date.fromisoformat(published) if published else None)
    art = prepare(raw)
    return art, extract_article(art, segment_article(art))


def _cluster(*articles, alignments=(), fact_pairs=True):
    arts = tuple(a for a, _ in articles)
    facts = {a.id: f for a, f in articles}
    sentences = {a.id: tuple(x.sentence for x in f) for a, f in articles}
    _, vectors = embed_facts(list(arts), sentences, facts, EMBEDDER)
    return compare_cluster(arts, facts, tuple(alignments), vectors=vectors, fact_pairs=fact_pairs)


def _aligned(*members) -> Alignment:
    """One claim group from (article, facts, sentence index) members, every pair linked."""
    ms = tuple(AlignmentMember(a.id, i, f[i].sentence.text, f[i].sentence.start, f[i].sentence.end)
               for a, f, i in members)
    links = tuple((i, j, 0.9) for i in range(len(ms)) for j in range(i + 1, len(ms)))
    return Alignment("al-1", 0.9, ms, links)


def _codes(findings, kind="number"):
    return sorted((f.claims[0].text, f.claims[1].text, f.code) for f in findings if f.kind == kind)


LEAD_A = ("Banjir bandang melanda Kabupaten Demak pada Senin.\nHingga Selasa pukul 17.00 WIB, BNPB mencatat 41 orang "
          "meninggal dunia akibat banjir di Demak.")
LEAD_B = ("Hujan deras turun sejak akhir pekan.\nSebanyak 45 orang meninggal dunia akibat banjir di Demak hingga Selasa "
          "pukul 17.00 WIB, kata BNPB.")


def test_unaligned_sentences_stating_one_fact_are_compared():
    a = _article("a", LEAD_A, published="2024-03-19")
    b = _article("b", LEAD_B, published="2024-03-19")
    assert _codes(_cluster(a, b)) == [("41 orang", "45 orang", "number.mismatch")]
    assert _codes(_cluster(a, b, fact_pairs=False)) == []


def test_unaligned_sentences_need_a_strong_fit():
    # a toll with no place against one in Demak: aligned, they may be compared; unaligned, better not (a downward
    # revision needs the same places: none on one side only)
    a = _article("a", "Hujan turun sejak Minggu.\nSebanyak 41 orang meninggal dunia.", published="2024-03-19")
    b = _article("b", LEAD_B, published="2024-03-19")
    assert _codes(_cluster(a, b)) == []


def test_a_fact_reported_at_three_times_gets_one_timeline():
    a = _article("a", "BNPB mencatat 19 orang meninggal dunia akibat banjir di Demak.", published="2024-03-18")
    b = _article("b", "Korban meninggal akibat banjir di Demak bertambah menjadi 41 orang.", published="2024-03-19")
    c = _article("c", "The death toll from the floods in Demak rose to 58.", language="en", published="2024-03-20")
    al = _aligned((*a, 0), (*b, 0), (*c, 0))
    found = [f for f in _cluster(a, b, c, alignments=[al]) if f.kind == "number"]
    assert {f.code for f in found} == {"number.update"}
    lines = {tuple(p.value for p in f.timeline) for f in found}
    assert lines == {("19", "41", "58")}
    assert all(f.fact and "Demak" in f.fact for f in found)


def test_an_earlier_report_of_a_lower_toll_is_no_conflict():
    a = _article("a", "Sebanyak 41 orang meninggal dunia akibat banjir di Demak.", published="2024-03-18")
    b = _article("b", "Floods in Demak have killed 58 people.", language="en", published="2024-03-20")
    al = _aligned((*a, 0), (*b, 0))
    assert _codes(_cluster(a, b, alignments=[al])) == [("41 orang", "58 people", "number.update")]


def test_the_lead_incident_is_a_default_not_a_clash():
    # the figure names no event: the lead's landslide is only its default, so an article whose lead is
    # about something else can still disagree with it; a toll whose own sentence names another event cannot
    lead = "Tanah longsor melanda Desa Sukamaju pada Senin.\n"
    a = _article("a", lead + "Hingga Selasa pukul 17.00 WIB, sebanyak 20 rumah rusak, 4 di antaranya rusak berat.",
                 published="2024-03-19")
    b = _article("b", "Hingga Selasa pukul 17.00 WIB, sebanyak 20 rumah rusak, 9 di antaranya rusak berat.\n"
                 "Warga masih takut akan banjir.", published="2024-03-19")
    fig = a[1][1].quantities[-1].frame
    assert fig.events == ("landslide",) and fig.events_inherited
    al = _aligned((*a, 1), (*b, 0))
    assert ("4", "9", "number.mismatch") in _codes(_cluster(a, b, alignments=[al]))


def test_the_mountain_named_before_is_what_gunung_itu_measures():
    a = _article("a", "Gunung Semeru meletus pada Sabtu.\nGunung setinggi 3.676 meter itu masih mengeluarkan awan panas.",
                 published="2021-12-09")
    b = _article("b", "Rescuers searched the slopes of Mount Semeru on Tuesday.\n"
                      "Semeru, at 3,767 meters the highest peak on Java, erupted on Saturday.", language="en",
                 published="2021-12-07")
    assert a[1][1].quantities[0].frame.actor == "semeru"
    al = _aligned((*a, 1), (*b, 1))
    assert ("3.676 meter", "3,767 meters", "number.mismatch") in _codes(_cluster(a, b, alignments=[al]))


def test_unaligned_sentences_writing_the_same_figure_confirm_it():
    # no predicate names the fact in one of them, so they share no fact bucket; the same exact figure with
    # frames that fit is still a confirmation (an agreement only: a different figure would say nothing)
    a = _article("a", "Hujan turun sejak Minggu.\nKota Derna memiliki dua bendungan di hulu sungai.", published="2023-09-13")
    b = _article("b", "Storm Daniel made landfall on Sunday.\nDerna has two dams upstream.", language="en",
                 published="2023-09-14")
    assert _codes(_cluster(a, b)) == [("dua bendungan", "two dams", "number.agree")]
    c = _article("c", "Storm Daniel made landfall on Sunday.\nDerna has three dams upstream.", language="en",
                 published="2023-09-14")
    assert _codes(_cluster(a, c)) == []


def test_aligned_event_dates_on_one_day_agree_without_a_shared_predicate():
    a = _article("a", "Two dams upstream of the city burst early on Monday, sending a torrent of water through Derna.",
                 language="en", published="2023-09-12")
    b = _article("b", "Hujan deras menjebol dua bendungan di hulu kota pada Senin (11/9/2023) dini hari.",
                 published="2023-09-13")
    al = _aligned((*a, 0), (*b, 0))
    assert ("Monday", "Senin (11/9/2023)", "date.agree") in _codes(_cluster(a, b, alignments=[al]), kind="date")
