import pytest

from consistency.load import load_articles
from consistency.load.boilerplate import clean
from consistency.segment import segment_article

from ..conftest import SEEDS

SEED_003 = "003_5bb3cfe2d0748b90"


def _seed(article_id):
    return next(a for a in load_articles([SEEDS]) if a.id == article_id)


def test_seed_003_link_lists_are_dropped_and_counted():
    art = _seed(SEED_003)
    dropped = {d.text for d in art.dropped}
    # The headline that no similarity threshold can separate from real claims is removed by structure.
    assert "Ukraina Tangkap Lebih dari 700 Tentara Rusia dalam Serangan Mendadak ke Wilayah Kursk" in dropped
    assert "Baca Juga: Korea Selatan Tembakkan Rudal Balistik sebagai Tanggapan atas Uji Coba Rudal Korea Utara" in dropped
    assert "- Dana Operasional Gubernur Jabar Rp28,8 Miliar Jadi Sorotan" in dropped
    assert {"Berita Terkait", "Terpopuler", "Pilihan", "Terkini", "-"} <= dropped
    assert art.dropped_lines == 50
    kept = " ".join(s.text for s in segment_article(art))
    assert "Kesepakatan itu mengharuskan kedua negara" in kept
    assert "Tangkap" not in kept and "Kapolri" not in kept


def test_seed_003_dateline_is_not_part_of_the_first_sentence():
    art = _seed(SEED_003)
    assert art.text[art.dateline.start : art.dateline.end] == "Suara.com"
    first = segment_article(art)[0]
    assert first.text.startswith("Rusia menolak memberikan konfirmasi")


def test_seed_000_has_no_boilerplate():
    art = _seed("000_0108c47306e405e2")
    assert art.dropped_lines == 0 and art.dateline is None


@pytest.mark.parametrize(
    "text, kept, dropped_reasons",
    [
        ("Isi pertama berita ini cukup panjang untuk dianggap prosa biasa.\nBaca juga: Judul Lain di Sini\n",
         ["Isi pertama berita ini cukup panjang untuk dianggap prosa biasa."], ["inline-link"]),
        ("Paragraf satu berisi kalimat yang panjang dan biasa saja di sini.\n\nBerita Terkait\n\n- Judul Satu\n- Judul Dua\n",
         ["Paragraf satu berisi kalimat yang panjang dan biasa saja di sini."], ["section-marker", "link-list", "link-list"]),
        ("Home > News > World\nThe council approved the treaty on Wednesday after a long debate in the chamber.\n",
         ["The council approved the treaty on Wednesday after a long debate in the chamber."], ["navigation"]),
        ("Related\nHeadline One About Something\nThe minister said the talks would continue next week in the capital.\n",
         ["The minister said the talks would continue next week in the capital."], ["section-marker", "link-list"]),
        ("JAKARTA, KOMPAS.com - Presiden meresmikan jembatan baru itu pada hari Senin pagi.\nEditor: Budi\n",
         ["Presiden meresmikan jembatan baru itu pada hari Senin pagi."], ["byline"]),
        ("KYIV (Reuters) - Ukraine said on Friday that it had repelled an attack near the border town.\n",
         ["Ukraine said on Friday that it had repelled an attack near the border town."], []),
        ("Pilihan rakyat jatuh pada calon yang paling dikenal di daerah itu, kata pengamat.\n",
         ["Pilihan rakyat jatuh pada calon yang paling dikenal di daerah itu, kata pengamat."], []),
    ],
    ids=["baca-juga-inline", "berita-terkait-block", "breadcrumb", "english-related", "dateline-and-byline",
         "agency-dateline", "marker-word-inside-prose"],
)
def test_boilerplate_case_table(text, kept, dropped_reasons):
    cleaned = clean(text)
    assert [text[p.start : p.end] for p in cleaned.paragraphs] == kept
    assert [d.reason for d in cleaned.dropped] == dropped_reasons


def test_blank_line_paragraphs_join_wrapped_lines():
    text = "Baris pertama dari paragraf\nyang dibungkus di sini.\n\nParagraf kedua.\n"
    cleaned = clean(text)
    assert [text[p.start : p.end] for p in cleaned.paragraphs] == [
        "Baris pertama dari paragraf\nyang dibungkus di sini.", "Paragraf kedua."]
