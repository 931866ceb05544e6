"""HTML pages as articles: main text without page furniture, metadata from the markup, manifests on top."""

import html
import json

import pytest

from consistency.errors import InputError
from consistency.load import load_articles
from consistency.load.html import extract_page

from ..conftest import ROOT, SEEDS

PAGES = ROOT / "tests" / "data" / "pages"


def test_heavy_navigation_is_dropped_and_metadata_read():
    art = load_articles([PAGES / "heavy_nav.html"])[0]
    assert art.format == "html" and art.id == "heavy_nav"
    for furniture in ("Beranda", "Terpopuler", "Lima Tips", "kuki", "Komentar", "rapuh sekali", "Hak cipta",
                      "Bagikan", "Cari berita", "Penulis", "dataLayer"):
        assert furniture not in art.text, furniture
    assert art.text.startswith("Jembatan gantung yang menghubungkan Desa Wonorejo")  # the headline is the title
    assert "Sebanyak 23 warga" in art.text and "perahu." in art.text
    # an inline related link inside the body survives extraction; the plain-text rules drop it
    assert [d.reason for d in art.dropped] == ["inline-link"]
    assert (art.title, art.source, art.published.isoformat(), art.language, art.url) == (
        "Jembatan Gantung Wonorejo Putus, 23 Warga Luka", "Warta Lembah", "2023-02-14", "id",
        "https://warta-lembah.example/daerah/jembatan-gantung-wonorejo-putus")
    assert not art.language_detected


def test_date_only_in_meta_and_no_date_from_the_copyright_line():
    art = load_articles([PAGES / "meta_date.html"])[0]
    assert art.published.isoformat() == "2023-02-15" and art.language == "en" and art.source == "Valley Courier"
    page = (PAGES / "meta_date.html").read_text().replace(
        '<meta property="article:published_time" content="2023-02-15T06:10:00Z">', "")
    assert extract_page(page).published is None  # "Copyright 2021" in the footer is not a publication date


def test_json_ld_date_and_site_name():
    art = load_articles([PAGES / "second_report.html"])[0]
    assert art.published.isoformat() == "2023-02-14" and art.source == "Kabar Kabupaten"
    assert "Festival" not in art.text and "Baca Juga" not in art.text


def test_manifest_and_directory(tmp_path):
    for name in ("heavy_nav.html", "meta_date.html"):
        (tmp_path / name).write_bytes((PAGES / name).read_bytes())
    (tmp_path / "notes.txt").write_text("Catatan redaksi tentang jembatan yang putus di desa itu kemarin sore.\n")
    (tmp_path / "manifest.json").write_text(json.dumps(
        {"heavy_nav.html": {"source": "Koran Lain", "published": "2023-02-13", "id": "wl"}}))
    arts = load_articles([tmp_path])
    assert [a.id for a in arts] == ["wl", "meta_date", "notes"]
    assert (arts[0].source, arts[0].published.isoformat(), arts[0].title) == (
        "Koran Lain", "2023-02-13", "Jembatan Gantung Wonorejo Putus, 23 Warga Luka")


def test_page_encoding_from_its_meta_charset(tmp_path):
    body = ("<html lang='id'><head><meta charset='windows-1252'><title>Kafe</title></head><body><article>"
            "<p>Pemilik kafé di ujung jalan itu mengatakan bahwa omzetnya turun separuh sejak jembatan putus.</p>"
            "</article></body></html>")
    (tmp_path / "a.html").write_bytes(body.encode("cp1252"))
    assert "kafé" in load_articles([tmp_path / "a.html"])[0].text


@pytest.mark.parametrize("page, message", [
    ((PAGES / "no_article.html").read_text(), "no article text found in this page"),
    ("", "file is empty"),
    ("<html><body><p>" + "x" * 50 + "</p></body></html>", "no article text found"),
])
def test_pages_without_an_article(tmp_path, page, message):
    (tmp_path / "a.html").write_text(page)
    with pytest.raises(InputError, match=message):
        load_articles([tmp_path / "a.html"])


def test_invalid_page_language_falls_back_to_detection(tmp_path):
    page = (PAGES / "heavy_nav.html").read_text().replace('lang="id-ID"', 'lang="../../x"')
    (tmp_path / "a.html").write_text(page)
    art = load_articles([tmp_path / "a.html"])[0]
    assert art.language == "id" and art.language_detected


def wrap_in_page(text: str, title: str) -> str:
    """A news page around an article: navigation, a headline, the paragraphs, related links, a footer."""
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Portal Uji"></head><body>
<header><nav><a href="/">Beranda</a> | <a href="/dunia">Dunia</a> | <a href="/olahraga">Olahraga</a></nav></header>
<main><article><h1>{title}</h1>{paragraphs}</article>
<aside><h2>Terpopuler</h2><ul><li><a href="/a">Harga Cabai Naik 30 Persen di Pasar Induk</a></li>
<li><a href="/b">Timnas Menang 3-1 atas Lawan</a></li></ul></aside></main>
<footer>Hak cipta 2024 Portal Uji</footer></body></html>"""


@pytest.mark.slow
def test_seed_findings_are_the_same_when_the_seeds_are_wrapped_in_pages(tmp_path, default_embedder, model_cache_dir):
    from consistency import Config, check

    manifest = json.loads((SEEDS / "manifest.json").read_text())
    for path in sorted(SEEDS.glob("*.txt")):
        (tmp_path / f"{path.stem}.html").write_text(wrap_in_page(path.read_text(encoding="utf-8"), "Berita uji"))
    (tmp_path / "manifest.json").write_text(json.dumps({k.replace(".txt", ".html"): v for k, v in manifest.items()}))
    config = Config(cache_dir=model_cache_dir)

    def facts(report):
        return sorted((f.code, f.verdict, tuple((c.article, c.text, json.dumps(c.value, sort_keys=True)) for c in f.claims))
                      for c in report.clusters for f in c.findings)

    plain, pages = check([SEEDS], config, embedder=default_embedder), check([tmp_path], config, embedder=default_embedder)
    assert facts(plain) and facts(pages) == facts(plain)
    assert [a.dropped_lines for a in pages.clusters[0].articles] == [a.dropped_lines for a in plain.clusters[0].articles]


@pytest.mark.parametrize("link", [
    'Baca Juga: <a href="/x">Harga Beras Naik Lagi di Pasar Induk</a>',
    '<strong>Baca juga:</strong> <a href="/x">Harga Beras Naik Lagi di Pasar Induk</a>',
    '<b>Baca Juga: <a href="/x">Harga Beras Naik Lagi di Pasar Induk</a></b>',
    '<em>Read also: <a href="/x">Rice Prices Climb Again at the Main Market</a></em>',
], ids=["id-plain", "id-strong-marker", "id-bold-around", "en-read-also"])
def test_a_related_link_inside_a_paragraph_is_cut_without_the_rest(tmp_path, link):
    body = ("<p>Tim SAR gabungan masih mencari dua warga yang hilang terseret arus sungai pada Senin sore. "
            f"{link} Petugas menyisir sungai sejauh lima kilometer dari lokasi kejadian hingga malam hari.</p>")
    filler = "".join(f"<p>Hujan deras mengguyur kawasan itu selama {n} jam sejak pagi, kata petugas di lokasi.</p>"
                     for n in range(2, 6))
    page = f"<html lang='id'><head><title>Banjir</title></head><body><article>{body}{filler}</article></body></html>"
    (tmp_path / "p.html").write_text(page)
    art = load_articles([tmp_path / "p.html"])[0]
    assert "Harga Beras" not in art.text and "Rice Prices" not in art.text
    assert "Baca" not in art.text and "Read also" not in art.text
    assert "pada Senin sore." in art.text and "Petugas menyisir sungai sejauh lima kilometer" in art.text


def test_a_link_after_a_word_like_related_in_prose_is_kept(tmp_path):
    para = ("<p>The agency cited a related <a href='/s'>study of river floods</a> that counted 41 deaths "
            "across the province since January.</p>")
    filler = "".join(f"<p>Heavy rain fell over the area for {n} hours from the morning, officials said.</p>"
                     for n in range(2, 6))
    (tmp_path / "p.html").write_text(f"<html lang='en'><body><article>{para}{filler}</article></body></html>")
    assert "related study of river floods that counted 41 deaths" in load_articles([tmp_path / "p.html"])[0].text
