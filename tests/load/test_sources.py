import json
import re

import pytest

from consistency.errors import InputError
from consistency.load import load_articles
from consistency.load.sources import input_locations, read_paths, split_front_matter

from ..conftest import SEEDS


def test_seeds_load_as_one_cluster_with_manifest_metadata():
    arts = load_articles([SEEDS])
    assert [a.id for a in arts] == ["000_0108c47306e405e2", "003_5bb3cfe2d0748b90"]
    assert {a.cluster for a in arts} == {"default"}
    assert arts[1].source == "Suara.com"
    assert all(a.language == "id" for a in arts)
    # the seed files stay exactly as given: the article text is the file's text
    assert arts[0].text == (SEEDS / "000_0108c47306e405e2.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda d: None, "no such file or directory"),
        (lambda d: (d / "a.txt").write_text("  \n\n"), "file is empty"),
        (lambda d: (d / "a.txt").write_bytes(b"Berita \xff\xfe rusak"), "not valid UTF-8 (byte 0xff at offset 7)"),
        (lambda d: (d / "a.jsonl").write_text('{"id": "1", "text": "x"}\n{"id": 2, "text": \n'), "a.jsonl:2: invalid JSON"),
        (lambda d: (d / "a.jsonl").write_text('{"id": "1"}\n'), "a.jsonl:1: field 'text' is missing"),
        (lambda d: (d / "a.jsonl").write_text('{"id": "1", "text": "x", "autor": "y"}\n'), "unknown field 'autor'"),
        (lambda d: (d / "a.jsonl").write_text('{"id": "1", "text": "x", "published": "8/11/2024"}\n'), "ISO date"),
        (lambda d: (d / "a.csv").write_text("x"), "unsupported file type"),
    ],
    ids=["missing", "empty", "undecodable", "bad-jsonl-line", "jsonl-no-text", "jsonl-unknown-field", "bad-date", "csv"],
)
def test_bad_input_is_one_clear_error(tmp_path, setup, message):
    setup(tmp_path)
    target = next(iter(sorted(tmp_path.iterdir())), tmp_path / "missing.txt")
    with pytest.raises(InputError, match=None) as err:
        read_paths([target])
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_duplicate_ids_in_a_cluster(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "satu"}\n{"id": "x", "text": "dua"}\n')
    with pytest.raises(InputError, match="duplicate article id 'x'"):
        read_paths([tmp_path / "a.jsonl"])


def test_jsonl_clusters_and_metadata(tmp_path):
    rows = [
        {"id": "a", "text": "Satu.", "cluster": "c1", "source": "A", "published": "2024-11-08", "language": "id"},
        {"id": "b", "text": "Dua.", "cluster": "c1", "url": "https://example.org/b"},
        {"id": "a", "text": "Tiga.", "cluster": "c2"},
    ]
    (tmp_path / "n.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    raws = read_paths([tmp_path / "n.jsonl"])
    assert [(r.id, r.cluster) for r in raws] == [("a", "c1"), ("b", "c1"), ("a", "c2")]
    assert raws[0].published.isoformat() == "2024-11-08"
    assert raws[1].line_offset == 1


def test_utf16_with_bom_and_named_encoding(tmp_path):
    (tmp_path / "a.txt").write_bytes("Berita ini.".encode("utf-16"))
    (tmp_path / "b.txt").write_bytes("Kabar é.".encode("latin-1"))
    assert read_paths([tmp_path / "a.txt"])[0].text == "Berita ini."
    assert read_paths([tmp_path / "b.txt"], encoding="latin-1")[0].text == "Kabar é."
    with pytest.raises(InputError, match="unknown encoding"):
        read_paths([tmp_path / "b.txt"], encoding="klingon")


def test_front_matter_gives_metadata_and_keeps_offsets(tmp_path):
    text = "---\ntitle: Judul\nsource: Kompas\npublished: 2024-11-08\nauthor: ignored\n---\nIsi berita.\n"
    meta, body, offset = split_front_matter(text)
    assert meta["source"] == "Kompas" and body == "Isi berita.\n" and offset == 6
    (tmp_path / "a.md").write_text(text)
    raw = read_paths([tmp_path / "a.md"])[0]
    assert (raw.source, raw.title, raw.published.isoformat(), raw.text) == ("Kompas", "Judul", "2024-11-08", "Isi berita.\n")


def test_manifest_errors(tmp_path):
    (tmp_path / "a.txt").write_text("Satu.")
    (tmp_path / "manifest.json").write_text('{"a.txt": {"sumber": "x"}}')
    with pytest.raises(InputError, match="unknown key 'sumber'"):
        read_paths([tmp_path])
    (tmp_path / "manifest.json").write_text('{"b.txt": {"source": "x"}}')
    with pytest.raises(InputError, match="lists 'b.txt'"):
        read_paths([tmp_path])


@pytest.mark.parametrize("field, value, message", [
    ("language", 5, "'language' must be an ISO 639 language code"),
    ("language", "xx", "'language' must be an ISO 639 language code"),
    ("language", "../id", "'language' must be an ISO 639 language code"),
    ("source", {"name": "A"}, "'source' must be a string"),
    ("url", ["https://a.example"], "'url' must be a string"),
    ("title", 3.5, "'title' must be a string"),
    ("cluster", ["x"], "'cluster' must be a string or an integer"),
    ("cluster", True, "'cluster' must be a string or an integer"),
    ("published", 20241108, "'published' must be an ISO date string"),
])
def test_metadata_types_are_checked(tmp_path, field, value, message):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": "Satu kalimat.", field: value}) + "\n")
    with pytest.raises(InputError) as err:
        read_paths([tmp_path / "a.jsonl"])
    assert f"a.jsonl:1: {message}" in str(err.value)


def test_language_codes_are_normalised_and_ids_may_be_numbers(tmp_path):
    rows = [{"id": 7, "text": "Satu.", "language": "en-US", "cluster": 3}, {"id": "b", "text": "Dua.", "language": "ID"}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    raws = read_paths([tmp_path / "a.jsonl"])
    assert [(r.id, r.language, r.cluster) for r in raws] == [("7", "en", "3"), ("b", "id", "default")]


def test_lone_surrogates_are_replaced_with_a_warning(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "a\\ud800", "text": "Satu \\udfff kalimat."}\n')
    warnings: list[str] = []
    raw = read_paths([tmp_path / "a.jsonl"], warnings=warnings)[0]
    assert (raw.id, raw.text) == ("a\ufffd", "Satu \ufffd kalimat.")
    assert len(warnings) == 2 and all("lone surrogate" in w for w in warnings)


@pytest.mark.parametrize("data, message", [
    ("Berita ini.".encode("utf-16-le"), "pass --encoding utf-16-le"),
    ("Berita ini.".encode("utf-16-be"), "pass --encoding utf-16-be"),
    (b"Berita\x00ini, satu dua tiga empat lima.", "contains NUL bytes (at offset 6)"),
])
def test_nul_bytes_are_not_text(tmp_path, data, message):
    (tmp_path / "a.txt").write_bytes(data)
    with pytest.raises(InputError, match=re.escape(message)):
        read_paths([tmp_path / "a.txt"])


def test_unclosed_front_matter_warns(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: Judul\nIsi berita.\n")
    warnings: list[str] = []
    raw = read_paths([tmp_path / "a.md"], warnings=warnings)[0]
    assert raw.text.startswith("---\ntitle") and "never closed" in warnings[0]


def test_input_locations_cover_files_read_from_a_directory(tmp_path):
    for name in ("a.txt", "b.html", "manifest.json", "notes.csv", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    files, dirs = input_locations([tmp_path, tmp_path / "missing.txt"])
    assert dirs == {tmp_path.resolve()}
    assert {p.name for p in files} == {"a.txt", "b.html", "manifest.json", "missing.txt"}


def test_a_folder_of_story_folders_names_them(tmp_path):
    # found in acceptance (qa): `check corpus/` with a folder per day said only "no articles in this directory"
    for day in ("2024-04-17", "2024-04-18", "photos"):
        (tmp_path / day).mkdir()
    (tmp_path / "2024-04-17" / "a.txt").write_text("Gunung Ruang meletus pada Rabu malam.")
    (tmp_path / "2024-04-18" / "b.html").write_text("<p>Gunung Ruang meletus lagi.</p>")
    (tmp_path / "photos" / "x.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(InputError) as err:
        read_paths([tmp_path])
    message = str(err.value)
    assert "2 subfolders (2024-04-17, 2024-04-18) hold articles that are not read" in message
    assert "photos" not in message and message.endswith(f"{tmp_path / '*'}/")


def test_subfolders_beside_articles_are_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text("Gunung Ruang meletus pada Rabu malam.")
    (tmp_path / "day2").mkdir()
    (tmp_path / "day2" / "b.txt").write_text("Gunung Ruang meletus lagi.")
    (tmp_path / "page_files").mkdir()  # a browser's "save complete page" folder holds no articles: no warning
    (tmp_path / "page_files" / "style.css").write_text("p{}")
    warnings: list[str] = []
    assert [a.id for a in read_paths([tmp_path], warnings=warnings)] == ["a"]
    assert len(warnings) == 1 and "1 subfolder (day2) holds articles that are not read" in warnings[0]


def test_loading_warnings_come_before_an_error_that_stops_the_run(tmp_path, capsys, monkeypatch):
    # the warning above is why "nothing to compare" happens; it used to be lost with the report never made
    from consistency.cli import EXIT_USAGE, main

    (tmp_path / "a.txt").write_text("Gunung Ruang meletus pada Rabu malam.")
    (tmp_path / "day2").mkdir()
    (tmp_path / "day2" / "b.txt").write_text("Gunung Ruang meletus lagi.")
    monkeypatch.setenv("CONSISTENCY_CACHE_DIR", str(tmp_path / "cache"))
    assert main(["check", str(tmp_path), "--no-config"]) == EXIT_USAGE
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "holds articles that are not read" in err[0] and "nothing to compare" in err[1]


# --- QA round 3: real exports -------------------------------------------------------------------------------

@pytest.mark.parametrize("row, renamed", [
    ({"id": "a", "text": "Gempa mengguncang Cianjur.", "date": "2024-11-08"}, "'date' is not read; rename it to 'published'"),
    ({"id": "a", "text": "Quake hits the coast.", "lang": "en"}, "'lang' is not read; rename it to 'language'"),
    ({"id": "a", "text": "Banjir di Demak.", "headline": "Banjir"}, "'headline' is not read; rename it to 'title'"),
    ({"id": "a", "text": "Flood in Demak.", "body": "Flood in Demak."}, "'body' is not read; rename it to 'text'"),
], ids=["id-date", "en-lang", "id-headline", "en-body"])
def test_jsonl_export_fields_warn_which_field_to_rename(tmp_path, row, renamed):
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n" + json.dumps({**row, "id": "b"}) + "\n")
    warnings: list[str] = []
    raws = read_paths([tmp_path / "a.jsonl"], warnings=warnings)
    assert [r.id for r in raws] == ["a", "b"]
    assert len(warnings) == 1 and renamed in warnings[0] and "2 lines" in warnings[0]


@pytest.mark.parametrize("row, message", [
    ({"id": "a", "content": "Banjir melanda Demak."}, "a.jsonl:1: field 'text' is missing or empty; rename 'content' to 'text'"),
    ({"id": "a", "body": "Floods hit Demak."}, "a.jsonl:1: field 'text' is missing or empty; rename 'body' to 'text'"),
], ids=["id-content", "en-body"])
def test_jsonl_text_under_another_name_says_so(tmp_path, row, message):
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n")
    with pytest.raises(InputError) as err:
        read_paths([tmp_path / "a.jsonl"])
    assert str(err.value).endswith(message)


@pytest.mark.parametrize("field, meant", [("pubished", "published"), ("clsuter", "cluster"), ("langauge", "language"),
                                          ("titel", "title")])
def test_jsonl_misspelt_field_is_an_error_naming_the_field_meant(tmp_path, field, meant):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": "Gempa di Palu.", field: "x"}) + "\n")
    with pytest.raises(InputError) as err:
        read_paths([tmp_path / "a.jsonl"])
    assert f"a.jsonl:1: unknown field {field!r}; did you mean {meant!r}?" in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0c"])
def test_jsonl_line_separators_inside_a_string_do_not_split_the_record(tmp_path, separator):
    rows = [{"id": "a", "text": f"Banjir di Demak.{separator}Korban 41 orang."}, {"id": "b", "text": "Floods in Demak."}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    raws = read_paths([tmp_path / "a.jsonl"])
    assert [(r.id, r.text, r.line_offset) for r in raws] == [("a", rows[0]["text"], 0), ("b", "Floods in Demak.", 1)]


@pytest.mark.parametrize("front, published", [
    ("date: 2024-11-08", "2024-11-08"),
    ("date: 2024-11-08T10:30:00+07:00", "2024-11-08"),
    ("date: '2023-02-06 04:17'", "2023-02-06"),
    ("published: 2024-11-09\ndate: 2024-11-08", "2024-11-09"),  # an explicit 'published' wins
], ids=["id-date", "id-datetime", "en-quoted", "published-wins"])
def test_front_matter_date_is_the_publication_date(tmp_path, front, published):
    (tmp_path / "a.md").write_text(f"---\ntitle: Gempa\n{front}\n---\nGempa mengguncang Turki.\n")
    assert read_paths([tmp_path / "a.md"])[0].published.isoformat() == published


def test_front_matter_date_that_is_no_date_names_the_key(tmp_path):
    (tmp_path / "a.md").write_text("---\ndate: kemarin\n---\nGempa mengguncang Turki.\n")
    with pytest.raises(InputError, match="'date' must be an ISO date"):
        read_paths([tmp_path / "a.md"])


@pytest.mark.parametrize("code, normal", [
    ("in", "id"), ("ind", "id"), ("IND", "id"), ("eng", "en"), ("iw", "he"), ("ji", "yi"), ("jw", "jv"),
    ("msa", "ms"), ("may", "ms"), ("zsm", "ms"), ("spa", "es"), ("ger", "de"), ("fre", "fr"), ("in-ID", "id"),
    ("eng-GB", "en"), ("id", "id"), ("en", "en"), ("sh", "sr"),
])
def test_iso_639_2_3_and_legacy_language_codes_are_normalised(tmp_path, code, normal):
    from consistency.load.language import normalize_language

    assert normalize_language(code) == normal
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": "Satu.", "language": code}) + "\n")
    assert read_paths([tmp_path / "a.jsonl"])[0].language == normal


@pytest.mark.parametrize("first, second", [
    ("Banjir melanda Demak. Korban tewas 41 orang.", "Banjir  melanda Demak.\nKorban tewas 41 orang.\n"),
    ("Floods hit Demak. The toll rose to 41.", "FLOODS HIT DEMAK. The toll rose to 41."),
], ids=["id-whitespace", "en-case"])
def test_a_duplicate_text_in_a_cluster_is_compared_once_with_a_warning(tmp_path, first, second):
    rows = [{"id": "kompas", "text": first, "cluster": "banjir"}, {"id": "kompas-amp", "text": second, "cluster": "banjir"},
            {"id": "tempo", "text": "Banjir di Demak menewaskan 41 orang.", "cluster": "banjir"},
            {"id": "other", "text": first, "cluster": "lain"}]  # the same text in another cluster is compared there
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    warnings: list[str] = []
    arts = load_articles([tmp_path / "a.jsonl"], warnings=warnings)
    assert [(a.id, a.cluster) for a in arts] == [("kompas", "banjir"), ("tempo", "banjir"), ("other", "lain")]
    assert len(warnings) == 1 and "'kompas-amp'" in warnings[0] and "'kompas'" in warnings[0]
    assert "same text" in warnings[0]


def test_duplicate_unlabelled_files_are_compared_once(tmp_path):
    (tmp_path / "a.txt").write_text("Gempa M 7,4 mengguncang Palu pada Jumat sore.\n")
    (tmp_path / "b.txt").write_text("Gempa M 7,4 mengguncang Palu pada Jumat sore.\n")
    (tmp_path / "c.txt").write_text("Gempa bermagnitudo 7,4 mengguncang Palu.\n")
    warnings: list[str] = []
    assert [a.id for a in load_articles([tmp_path], warnings=warnings)] == ["a", "c"]
    assert len(warnings) == 1 and "'b'" in warnings[0] and "'a'" in warnings[0]


def test_many_duplicates_get_a_few_named_and_a_count(tmp_path):
    rows = [{"id": f"a{i}", "text": "Banjir melanda Demak pada Senin.", "cluster": "c"} for i in range(12)]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    warnings: list[str] = []
    assert [a.id for a in load_articles([tmp_path / "a.jsonl"], warnings=warnings)] == ["a0"]
    assert len(warnings) == 6 and warnings[-1].startswith("6 more articles repeat the text")


def test_front_matter_and_manifest_name_a_files_cluster(tmp_path):
    """A plain file may name its cluster as a JSONL line does: in front matter or in the manifest (which wins)."""
    (tmp_path / "a.md").write_text("---\ncluster: banjir\nsource: A\n---\nSatu.\n")
    (tmp_path / "b.txt").write_text("Dua.\n")
    (tmp_path / "c.txt").write_text("---\ncluster: gempa\n---\nTiga.\n")
    (tmp_path / "manifest.json").write_text('{"b.txt": {"cluster": "banjir"}, "c.txt": {"cluster": 7}}')
    raws = read_paths([tmp_path])
    assert [(r.id, r.cluster) for r in raws] == [("a", "banjir"), ("b", "banjir"), ("c", "7")]
    (tmp_path / "manifest.json").write_text('{"b.txt": {"cluster": ["x"]}}')
    with pytest.raises(InputError, match="'cluster' must be a string or an integer"):
        read_paths([tmp_path])
