"""Untrusted article text in reports: control characters, Markdown and rich markup, URIs, HTML locations."""

import pytest

from consistency.records import Article, Claim, Cluster
from consistency.report.common import location, md_text, printable, uri_for
from consistency.report.terminal import highlighted


@pytest.mark.parametrize("raw, shown", [
    ("a\x1b[2Jb", "a\u241b[2Jb"),
    ("title\x1b]0;x\x07", "title\u241b]0;x\u2407"),
    ("csi\x9b2J", "csi\ufffd2J"),
    ("tab\tand\nnewline", "tab\tand\nnewline"),
    ("cr\rvt\x0bff\x0c", "cr vt ff "),
    ("nul\x00del\x7f", "nul\u2400del\u2421"),
    ("bidi\u202eevil\u2066", "bidi\ufffdevil\ufffd"),
    ("lone\ud800", "lone\ufffd"),
    ("xml\ufffe\uffff", "xml\ufffd\ufffd"),
    ("Rp28,8 miliar – “kata”", "Rp28,8 miliar – “kata”"),
])
def test_printable_keeps_length_and_shows_controls(raw, shown):
    assert printable(raw) == shown and len(printable(raw)) == len(raw)


@pytest.mark.parametrize("raw, escaped", [
    ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
    ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
    ("a | b", "a \\| b"),
    ("**bold** _it_ `code` ~~s~~", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~"),
    ("US$5 dan US$10", "US\\$5 dan US\\$10"),
    ("&lt;b&gt;", "\\&lt;b\\&gt;"),
    ("two\nlines", "two lines"),
    ("11.000 tentara", "11.000 tentara"),
    (None, "–"),
])
def test_md_text(raw, escaped):
    assert md_text(raw) == escaped


def _article(path, fmt="text", text="Satu kalimat.\nDua 11.000 kalimat.\n"):
    return Article(id="a", text=text, cluster="c", path=path, format=fmt)


def test_sarif_uris(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my corpus").mkdir()
    assert uri_for(_article(str(tmp_path / "my corpus" / "berita é.txt")), "a") == "my%20corpus/berita%20%C3%A9.txt"
    assert uri_for(_article("/elsewhere/x y.txt"), "a") == "file:///elsewhere/x%20y.txt"
    assert uri_for(_article("https://kabar.example/a b?x=1"), "a") == "https://kabar.example/a%20b?x=1"


def test_html_articles_point_at_the_first_line_and_text_files_at_the_mention():
    claim = Claim("a", 1, "Dua 11.000 kalimat.", 18, 24, "11.000", {})
    text = Cluster("c", (_article("a.txt"),))
    page = Cluster("c", (_article("a.html", "html"),))
    loc = location(text, claim)
    assert (loc.start_line, loc.start_column, loc.end_column) == (2, 5, 11)
    loc = location(page, claim)
    assert (loc.start_line, loc.start_column, loc.path) == (1, 1, "a.html")


def test_terminal_never_parses_article_text_as_markup():
    from consistency.report.terminal import make_console
    import io

    buf = io.StringIO()
    make_console(buf, width=80, color=False).print(highlighted("[link=https://x.test]klik[/link] \x1b[2J 5 orang", 0, 43, 44))
    shown = buf.getvalue()
    assert "[link=https://x.test]klik[/link]" in shown and "\x1b" not in shown
