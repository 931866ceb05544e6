"""URL lists: pages fetched from a local HTTP server on loopback (never an outside address), into the cache."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from consistency.errors import InputError
from consistency.load import load_articles
from consistency.load import urls
from consistency.load.urls import USER_AGENT, read_url_list, url_articles, url_id

from ..conftest import ROOT, HashingEmbedder

PAGES = ROOT / "tests" / "data" / "pages"


class _Site:
    """A small news site: two article pages, and every way a page can fail."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.closing = threading.Event()
        self.trickled_to_the_end = False
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep the test output clean
                pass

            def do_GET(self):
                with site.lock:
                    site.requests.append((self.path, self.headers.get("User-Agent", "")))
                site.serve(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def serve(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path
        time.sleep(0.05)  # let fetches overlap, so the limit on parallel fetches is exercised
        if path in ("/a", "/b", "/nav"):
            name = {"/a": "heavy_nav.html", "/b": "second_report.html", "/nav": "no_article.html"}[path]
            self._send(h, 200, (PAGES / name).read_bytes())
        elif path == "/moved":
            h.send_response(301)
            h.send_header("Location", "/a")
            h.end_headers()
        elif path in ("/to-file", "/to-ftp"):
            h.send_response(302)
            h.send_header("Location", "file:///etc/passwd" if path == "/to-file" else "ftp://127.0.0.1/x")
            h.end_headers()
        elif path == "/slow":
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.end_headers()
            # a trickle that never ends in time (up to 30 s): the whole-response timeout stops it, and the
            # handler ends when the test closes the site
            for _ in range(300):
                try:
                    h.wfile.write(b"<p>x</p>")
                    h.wfile.flush()
                except OSError:
                    return
                if self.closing.wait(0.1):
                    return
            self.trickled_to_the_end = True
        elif path == "/loop":
            h.send_response(302)
            h.send_header("Location", "/loop")
            h.end_headers()
        elif path.startswith("/hop"):  # a chain longer than any page needs
            h.send_response(302)
            h.send_header("Location", f"/hop{int(path[4:] or 0) + 1}")
            h.end_headers()
        elif path == "/private":  # a page behind HTTP basic authentication (user:s3cret)
            if h.headers.get("Authorization") == "Basic dXNlcjpzM2NyZXQ=":
                self._send(h, 200, (PAGES / "second_report.html").read_bytes())
            else:
                self._send(h, 401, b"who are you")
        elif path == "/big":
            self._send(h, 200, b"<html><body>" + b"<p>isi berita</p>" * 20000 + b"</body></html>")
        elif path == "/pdf":
            self._send(h, 200, b"%PDF-1.4", "application/pdf")
        else:
            self._send(h, 404, b"not found")

    @staticmethod
    def _send(h, code: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        h.send_response(code)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    with _Site() as s:
        yield s


def _list(tmp_path, site, *paths) -> object:
    f = tmp_path / "urls.txt"
    f.write_text("# pages about the bridge\n\n" + "\n".join(site.base + p for p in paths) + "\n")
    return f


def test_pages_are_fetched_politely_and_failures_are_one_line_each(tmp_path, site, monkeypatch):
    listing = _list(tmp_path, site, "/a", "/b", "/missing", "/slow", "/big", "/pdf", "/to-file", "/to-ftp", "/nav",
                    "/moved")
    warnings: list[str] = []
    # fetches in flight, counted by the client: the server's own count also holds handlers that go on writing
    # after the client gave up on them (the trickle, the oversized page), and read 3 on a loaded CI machine
    in_flight, most = [0], [0]
    lock = threading.Lock()
    real_fetch = urls.fetch

    def counted(url, **kwargs):
        with lock:
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
        try:
            return real_fetch(url, **kwargs)
        finally:
            with lock:
                in_flight[0] -= 1

    monkeypatch.setattr(urls, "fetch", counted)
    # 3 s for a whole response: generous for a page from loopback even on a loaded 2-core CI machine (1 s
    # failed there once, a normal page timing out), and far short of the trickle's 30 s
    raws = url_articles(listing, tmp_path / "cache", warnings=warnings, timeout=3.0, max_bytes=100_000, workers=2)
    assert [r.id for r in raws] == [url_id(site.base + "/a"), url_id(site.base + "/b"), url_id(site.base + "/moved")]
    assert raws[0].source == "Warta Lembah" and raws[0].format == "html" and raws[0].path == site.base + "/a"
    assert raws[2].url == "https://warta-lembah.example/daerah/jembatan-gantung-wonorejo-putus"  # canonical wins
    reasons = {w.split(": ", 1)[0].removeprefix(site.base): w for w in warnings}
    assert "HTTP 404" in reasons["/missing"]
    assert "timed out after 3 s" in reasons["/slow"]
    # the fetch gave up while the trickle went on (it used to wait for the whole 30 s, reading 64 KB at a time)
    assert not site.trickled_to_the_end
    assert "larger than" in reasons["/big"]
    assert "not an HTML page (application/pdf)" in reasons["/pdf"]
    assert "file:///etc/passwd' is not allowed" in reasons["/to-file"]
    assert "redirected to a non-HTTP address" in reasons["/to-ftp"]
    assert "no article text found" in reasons["/nav"]
    assert all("\n" not in w for w in warnings) and len(warnings) == 7
    assert {ua for _, ua in site.requests} == {USER_AGENT}
    assert most[0] == 2  # both workers were used, never more


def test_a_rerun_reads_the_pages_from_the_cache(tmp_path):
    with _Site() as first:
        listing = _list(tmp_path, first, "/a", "/b")
        url_articles(listing, tmp_path / "cache", timeout=5)
        assert len(first.requests) == 2
    # the server is gone: a re-run is offline
    again = url_articles(listing, tmp_path / "cache", timeout=5)
    assert [r.source for r in again] == ["Warta Lembah", "Kabar Kabupaten"]
    assert len(list((tmp_path / "cache" / "pages").glob("*.html"))) == 2


def test_nothing_left_stops_the_run(tmp_path, site):
    listing = _list(tmp_path, site, "/missing", "/pdf")
    with pytest.raises(InputError, match=r"none of the 2 page\(s\) could be read \(first: .*HTTP 404"):
        url_articles(listing, tmp_path / "cache", timeout=5)


@pytest.mark.parametrize("content, message", [
    ("ftp://example.test/a\n", r"urls.txt:1: not an http\(s\) URL"),
    ("# only a comment\n\n", "no URLs in this file"),
    ("http://\n", r"not an http\(s\) URL"),
    ("http://exa mple.test/a\n", r"not an http\(s\) URL"),
])
def test_bad_url_lists(tmp_path, content, message):
    (tmp_path / "urls.txt").write_text(content)
    with pytest.raises(InputError, match=message):
        read_url_list(tmp_path / "urls.txt")


def test_duplicate_urls_are_read_once(tmp_path):
    (tmp_path / "urls.txt").write_text("https://a.example/x\nhttps://a.example/x\n")
    warnings: list[str] = []
    assert read_url_list(tmp_path / "urls.txt", warnings) == ["https://a.example/x"]
    assert "listed twice" in warnings[0]


def test_url_ids():
    assert url_id("https://www.kabar.example/berita/gempa/") == "kabar.example/berita/gempa"
    assert url_id("http://127.0.0.1:8080/a?id=3") == "127.0.0.1:8080/a?id=3"


def test_urls_and_files_together(tmp_path, site):
    listing = _list(tmp_path, site, "/b")
    arts = load_articles([PAGES / "heavy_nav.html"], urls=listing, cache_dir=tmp_path / "cache")
    assert [a.id for a in arts] == ["heavy_nav", url_id(site.base + "/b")]


def test_cli_with_urls(tmp_path, site, monkeypatch, capsys):
    from consistency import cli

    monkeypatch.setattr("consistency.pipeline.load_embedder", lambda *a, **k: HashingEmbedder())
    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(tmp_path / "cache"))
    listing = _list(tmp_path, site, "/a", "/b", "/missing")
    code = cli.main(["check", "--urls", str(listing), "--format", "json", "--url-timeout", "5"])
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert code == 1  # 23 injured in one page, 31 in the other
    assert [a["path"] for a in data["clusters"][0]["articles"]] == [site.base + "/a", site.base + "/b"]
    assert any("HTTP 404" in w for w in data["warnings"]) and "HTTP 404" in err
    assert cli.main(["check", "--urls", str(listing), "--format", "sarif", "--url-timeout", "5"]) == 1
    sarif = json.loads(capsys.readouterr().out)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert uris <= {site.base + "/a", site.base + "/b"}
    assert cli.main(["check", "--urls", str(listing), "--format", "github", "--url-timeout", "5"]) == 1
    annotations = capsys.readouterr().out.splitlines()
    assert annotations and all(" file=" not in line for line in annotations)  # no repository file for a web page


def test_a_redirect_loop_is_one_warning_line(tmp_path, site):
    listing = _list(tmp_path, site, "/a", "/loop", "/hop")
    warnings: list[str] = []
    raws = url_articles(listing, tmp_path / "cache", warnings=warnings, timeout=5)
    assert [r.id for r in raws] == [url_id(site.base + "/a")]
    reasons = {w.split(": ", 1)[0].removeprefix(site.base): w for w in warnings}
    assert "redirects in a loop" in reasons["/loop"] and "too many redirects" in reasons["/hop"]
    assert len(warnings) == 2 and all("\n" not in w for w in warnings)


def test_a_redirect_loop_alone_stops_with_one_line(tmp_path, site, monkeypatch, capsys):
    from consistency import cli

    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(tmp_path / "cache"))
    listing = _list(tmp_path, site, "/loop")
    assert cli.main(["check", "--urls", str(listing), "--url-timeout", "5", "--no-config"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "redirects in a loop" in err and "Traceback" not in err


def test_url_credentials_are_used_but_never_shown(tmp_path, site, monkeypatch, capsys):
    from consistency import cli

    monkeypatch.setattr("consistency.pipeline.load_embedder", lambda *a, **k: HashingEmbedder())
    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(tmp_path / "cache"))
    secret = site.base.replace("http://", "http://user:s3cret@")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"{site.base}/a\n{secret}/private\n{secret}/missing\n{secret}/missing\n")
    code = cli.main(["check", "--urls", str(listing), "--format", "json", "--url-timeout", "5", "--no-config"])
    out, err = capsys.readouterr()
    assert code in (0, 1)
    assert "s3cret" not in out and "s3cret" not in err and "user:" not in out
    data = json.loads(out)
    paths = [a["path"] for a in data["clusters"][0]["articles"]]
    assert paths == [site.base + "/a", site.base + "/private"]
    assert any("HTTP 404" in w for w in data["warnings"])


@pytest.mark.parametrize("url, shown", [
    ("https://user:pass@kabar.example/berita/gempa", "https://kabar.example/berita/gempa"),
    ("http://token@[::1]:8080/a?x=1", "http://[::1]:8080/a?x=1"),
    ("https://kabar.example/berita/gempa", "https://kabar.example/berita/gempa"),
])
def test_redacted_urls(url, shown):
    assert urls.redacted(url) == shown
    assert "pass" not in url_id(url) and "token" not in url_id(url)


def test_jsonl_url_credentials_are_dropped(tmp_path):
    from consistency.load.sources import read_paths

    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": "Satu.", "url": "https://u:p4ss@a.example/x"}) + "\n")
    assert read_paths([tmp_path / "a.jsonl"])[0].url == "https://a.example/x"
