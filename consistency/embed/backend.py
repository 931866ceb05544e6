"""The torch backend: a sentence-transformers model by folder or hub name, loaded without touching the network unasked."""

from __future__ import annotations

import json
import logging
import os
import socket
import time
import warnings
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from ..errors import ModelError

HUB_PROBE_TIMEOUT = 3.0


def quiet_transformers() -> None:
    """Silence load reports and progress bars that would clutter a CLI's output."""
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    warnings.filterwarnings("ignore", category=DeprecationWarning, module="sentence_transformers")
    warnings.filterwarnings("ignore", message=".*Importing from 'sentence_transformers.models'.*")
    for name in ("sentence_transformers", "transformers", "huggingface_hub"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        from transformers.utils import logging as tlog

        tlog.set_verbosity_error()
        tlog.disable_progress_bar()
    except ImportError:  # pragma: no cover - transformers is a dependency of sentence-transformers
        pass


def hub_reachable(timeout: float | None = None) -> bool:
    """Can the model hub (or $HF_ENDPOINT) be reached? A short TCP probe, so a closed network fails in seconds."""
    url = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    host, port = url.hostname or "huggingface.co", url.port or 443
    try:
        with socket.create_connection((host, port), timeout=HUB_PROBE_TIMEOUT if timeout is None else timeout):
            return True
    except OSError:
        return False


def _cached_on_hub(name: str) -> bool:
    try:
        from huggingface_hub import try_to_load_from_cache

        found = try_to_load_from_cache(name, "modules.json")
        return isinstance(found, str)
    except Exception:  # noqa: BLE001 - a malformed name simply is not cached
        return False


def folder_prompt(folder: Path) -> str | None:
    """A sentence-transformers folder's default prompt, read from its configuration (None: no such file)."""
    config = Path(folder).expanduser() / "config_sentence_transformers.json"
    if not config.is_file():
        return None
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
        name = data.get("default_prompt_name")
        return (data.get("prompts") or {}).get(name, "") if name else ""
    except (OSError, ValueError, AttributeError):
        return None


class SentenceTransformerEmbedder:
    """Embeds text with a sentence-transformers model on torch (fp32); loads it on first use."""

    backend = "torch"
    variant = "torch:fp32"

    def __init__(self, name_or_path: str, *, prompt: str | None = None, display_name: str | None = None,
                 batch_size: int | None = None, allow_download: bool = False, note: str | None = None) -> None:
        self.name_or_path = name_or_path
        self.prompt = prompt
        self.display_name = display_name or name_or_path
        self.batch_size = batch_size or 32
        self.allow_download = allow_download
        self.note = note  # why this backend was chosen, when it is not the one asked for
        self._model = None
        self.load_seconds: float | None = None

    @property
    def model(self):
        if self._model is None:
            started = time.perf_counter()
            self._model = self._load()
            self.load_seconds = time.perf_counter() - started
        return self._model

    def _load(self):
        local = Path(self.name_or_path).expanduser()
        is_local = local.is_dir()
        if not is_local and ("/" not in self.name_or_path or local.exists() or self.name_or_path.startswith((".", "/", "~"))):
            raise ModelError(f"model {self.name_or_path!r}: no such model folder (give a folder or a hub name such as org/model)")
        if not is_local and not _cached_on_hub(self.name_or_path):
            if not self.allow_download:
                raise ModelError(
                    f"model {self.name_or_path!r} is not in the local cache and downloads are off; "
                    "pass --allow-download to fetch it from the hub"
                )
            if not hub_reachable():
                raise ModelError(f"model {self.name_or_path!r} needs the model hub, which cannot be reached from here")
            os.environ["HF_HUB_OFFLINE"] = "0"
        quiet_transformers()
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover
            raise ModelError(f"sentence-transformers is not installed: {exc}") from None
        try:
            return SentenceTransformer(str(local) if is_local else self.name_or_path, device="cpu",
                                       local_files_only=not self.allow_download)
        except Exception as exc:  # noqa: BLE001 - any load failure becomes one clear line
            raise ModelError(f"cannot load model {self.name_or_path!r}: {type(exc).__name__}: {exc}".splitlines()[0]) from None

    @property
    def dimension(self) -> int:
        get = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(get())

    @property
    def effective_prompt(self) -> str:
        """The text prepended to every sentence: the one given, else the model's default prompt.

        For a model folder this is read from its configuration, so a fully cached run never loads the model.
        """
        if self.prompt is not None:
            return self.prompt
        if self._model is None:
            found = folder_prompt(Path(self.name_or_path))
            if found is not None:
                return found
        name = getattr(self.model, "default_prompt_name", None)
        return (getattr(self.model, "prompts", {}) or {}).get(name, "") if name else ""

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), np.float32)
        vectors = self.model.encode(
            list(texts), prompt=self.effective_prompt, batch_size=self.batch_size, convert_to_numpy=True,
            normalize_embeddings=True, show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)
