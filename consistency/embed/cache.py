"""An on-disk cache of sentence vectors keyed by model and text, so a re-run embeds only what changed."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import numpy as np


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class EmbeddingCache:
    """A SQLite file of ``(model key, text hash) → float32 vector``; safe to share between runs."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS vectors (model TEXT, key BLOB, dim INTEGER, vec BLOB, PRIMARY KEY (model, key))"
            )
        return self._db

    def get_many(self, model: str, texts: list[str]) -> dict[int, np.ndarray]:
        """Vectors found for ``texts``, by position."""
        db = self._conn()
        found: dict[int, np.ndarray] = {}
        keys = [text_key(t) for t in texts]
        by_key: dict[bytes, list[int]] = {}
        for i, k in enumerate(keys):
            by_key.setdefault(k, []).append(i)
        unique = list(by_key)
        for chunk in range(0, len(unique), 500):
            part = unique[chunk : chunk + 500]
            rows = db.execute(
                f"SELECT key, dim, vec FROM vectors WHERE model = ? AND key IN ({','.join('?' * len(part))})",
                [model, *part],
            ).fetchall()
            for key, dim, blob in rows:
                vec = np.frombuffer(blob, np.float32)
                if vec.shape[0] == dim:
                    for i in by_key[key]:
                        found[i] = vec
        return found

    def put_many(self, model: str, texts: list[str], vectors: np.ndarray) -> None:
        db = self._conn()
        with db:
            db.executemany(
                "INSERT OR REPLACE INTO vectors (model, key, dim, vec) VALUES (?, ?, ?, ?)",
                [(model, text_key(t), int(v.shape[0]), np.asarray(v, np.float32).tobytes()) for t, v in zip(texts, vectors)],
            )

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
