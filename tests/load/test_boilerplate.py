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


# --- datelines: the outlet is the source, the place is not ------------------------------------------------------

BODY_ID = "Badan Nasional Penanggulangan Bencana mencatat 41 orang meninggal dunia akibat banjir itu."
BODY_EN = "The disaster agency said 41 people had died in the floods by Tuesday evening."


@pytest.mark.parametrize("lead, outlet, body", [
    ("Jakarta, CNN Indonesia -- ", "CNN Indonesia", BODY_ID),
    ("NEW YORK, AP — ", "AP", BODY_EN),
    ("TEMPO.CO, Jakarta - ", "TEMPO.CO", BODY_ID),
    ("JAKARTA, KOMPAS.com - ", "KOMPAS.com", BODY_ID),
    ("(ANTARA) - ", "ANTARA", BODY_ID),
    ("Jakarta (ANTARA) - ", "ANTARA", BODY_ID),
    ("Bisnis.com, JAKARTA - ", "Bisnis.com", BODY_ID),
    ("Suara.com - ", "Suara.com", BODY_ID),
    ("KYIV (Reuters) - ", "Reuters", BODY_EN),
    ("DERNA, Libya (Reuters) - ", "Reuters", BODY_EN),
    ("JAKARTA - ", None, BODY_ID),  # a place alone names no outlet
], ids=["id-cnn-indonesia", "en-ap", "id-tempo-co", "id-kompas", "id-antara-alone", "id-place-antara",
        "id-outlet-then-place", "id-suara", "en-reuters", "en-place-country-reuters", "id-place-only"])
def test_dateline_is_stripped_and_its_outlet_is_the_source(lead, outlet, body):
    from consistency.load import prepare
    from consistency.load.sources import RawArticle

    text = lead + body + "\n"
    art = prepare(RawArticle(id="a", text=text, cluster="default", path=None, language="id"))
    assert text[art.paragraphs[0].start : art.paragraphs[0].end] == body
    assert art.source == outlet
    given = prepare(RawArticle(id="a", text=text, cluster="default", path=None, language="id", source="Kompas"))
    assert given.source == "Kompas"  # a source given in metadata wins


@pytest.mark.parametrize("text", [
    "Namun, Kepala BNPB Suharyanto mengatakan 41 orang meninggal dunia dalam banjir itu.\n",
    "Jakarta, the capital, recorded 41 deaths in the floods by Tuesday evening, officials said.\n",
    "Presiden Joko Widodo - yang meninjau lokasi banjir - menjanjikan bantuan bagi 41 keluarga korban.\n",
    "Di Jakarta, Gubernur Anies — yang meninjau lokasi banjir — menjanjikan bantuan bagi 41 keluarga.\n",
    "In Jakarta, Governor Anies - who toured the flooded streets - promised aid to 41 families.\n",
], ids=["id-comma-no-dash", "en-comma-no-dash", "id-name-then-dash", "id-place-name-dash", "en-place-name-dash"])
def test_prose_that_only_looks_like_a_dateline_is_kept(text):
    cleaned = clean(text)
    assert cleaned.dateline is None and text[cleaned.paragraphs[0].start:cleaned.paragraphs[0].end] == text.strip()


# --- promo lines, Markdown headings and emphasised markers ------------------------------------------------------

PROSE_ID = "Tim SAR gabungan masih mencari dua warga yang hilang terseret arus sungai pada Senin sore."
PROSE_EN = "Rescue teams were still searching for two residents swept away by the river on Monday evening."


@pytest.mark.parametrize("line, reason", [
    ("Simak berita lainnya di Google News.", "promo"),
    ("Simak breaking news dan berita pilihan kami langsung di ponselmu.", "promo"),
    ("Ikuti kami di Instagram dan TikTok untuk kabar terbaru.", "promo"),
    ("Download aplikasi Kabar untuk membaca berita tanpa iklan.", "promo"),
    ("Dapatkan update berita pilihan setiap hari dari kami.", "promo"),
    ("Follow us on X and Facebook for the latest updates.", "promo"),
    ("Sign up for our morning newsletter to get the news first.", "promo"),
    ("Download the app to read more stories like this one.", "promo"),
    ("# Banjir Bandang Landa Demak", "heading"),
    ("## Latest developments", "heading"),
    ("**Baca Juga:** Harga Beras Naik Lagi di Pasar Induk", "inline-link"),
    ("*Read also: Floods Hit Central Java Again*", "inline-link"),
], ids=["id-simak-lainnya", "id-simak-breaking", "id-ikuti-kami", "id-download-aplikasi", "id-dapatkan-update",
        "en-follow-us", "en-sign-up", "en-download-app", "id-md-heading", "en-md-heading", "id-bold-baca-juga",
        "en-emphasised-read-also"])
def test_promo_lines_and_headings_are_dropped(line, reason):
    for prose in (PROSE_ID, PROSE_EN):
        text = f"{prose}\n{line}\n{prose}\n"
        cleaned = clean(text)
        assert [text[p.start:p.end] for p in cleaned.paragraphs] == [prose, prose]
        assert [d.reason for d in cleaned.dropped] == [reason]


@pytest.mark.parametrize("marker", ["**Baca Juga:**", "_Baca juga_", "**Related Stories**", "__Berita Terkait__"])
def test_emphasised_section_markers_open_a_link_block(marker):
    text = f"{PROSE_ID}\n\n{marker}\n\n- Harga Beras Naik Lagi\n- Gempa Guncang Sulawesi\n\n{PROSE_EN}\n"
    cleaned = clean(text)
    assert [text[p.start:p.end] for p in cleaned.paragraphs] == [PROSE_ID, PROSE_EN]
    assert [d.reason for d in cleaned.dropped] == ["section-marker", "link-list", "link-list"]


@pytest.mark.parametrize("line", [
    "Simak pula pernyataan Kapolri yang menyebut 41 orang tewas dalam kerusuhan itu.",
    "Follow-up inspections found 12 more houses damaged, the agency said.",
    "Ikuti aturan lalu lintas, kata polisi kepada 300 pengendara yang terjaring razia.",
], ids=["id-simak-in-prose", "en-follow-up", "id-ikuti-aturan"])
def test_prose_starting_with_a_promo_word_is_kept(line):
    cleaned = clean(line + "\n")
    assert cleaned.dropped == () and len(cleaned.paragraphs) == 1


