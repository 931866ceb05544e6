"""Model names that cannot be used offline fail at once with one clear line."""

import pytest

from consistency.cli import EXIT_USAGE, main
from consistency.embed.backend import SentenceTransformerEmbedder
from consistency.errors import ModelError

from ..conftest import SEEDS


def test_uncached_hub_name_without_download_fails_fast(tmp_path):
    emb = SentenceTransformerEmbedder("no-such-org/no-such-model")
    with pytest.raises(ModelError, match="not in the local cache and downloads are off"):
        emb.encode(["x"])


def test_unreachable_hub_fails_fast(monkeypatch):
    monkeypatch.setenv("HF_ENDPOINT", "https://127.0.0.1:9")  # nothing listens there
    monkeypatch.setattr("consistency.embed.backend.HUB_PROBE_TIMEOUT", 1.0)
    emb = SentenceTransformerEmbedder("no-such-org/no-such-model", allow_download=True)
    with pytest.raises(ModelError, match="cannot be reached"):
        emb.encode(["x"])


def test_missing_model_folder(tmp_path):
    with pytest.raises(ModelError, match="no such model folder"):
        SentenceTransformerEmbedder(str(tmp_path / "nope")).encode(["x"])


def test_cli_reports_a_model_error_in_one_line(capsys, tmp_path):
    code = main(["check", str(SEEDS), "--model", "no-such-org/no-such-model", "--cache-dir", str(tmp_path), "--no-config"])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE and "downloads are off" in err and err.count("\n") == 1
