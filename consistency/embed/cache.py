"""An on-disk cache of sentence vectors keyed by model and text, so a re-run embeds only what changed.

The cache is an optimisation, never a reason to fail: a corrupt, truncated or old-format file is rebuilt,
one that cannot be written is read as it is, and anything else (a folder in its place, another program's
database, a full disk) turns the cache off for the run. Each case is one warning in ``warnings``.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import numpy as np

SCHEMA_VERSION = 1  # PRAGMA user_version of the file; main's first caches carry 0 with the same table
_COLUMNS = ["model", "key", "dim", "vec"]
_CREATE = "CREATE TABLE IF NOT EXISTS vectors (model TEXT, key BLOB, dim INTEGER, vec BLOB, PRIMARY KEY (model, key))"


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class _Foreign(Exception):
    """The file is a database, but not ours: leave it alone."""


class EmbeddingCache:
    """A SQLite file of ``(model key, text hash) → float32 vector``; safe to share between runs."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None
        self.enabled = True
        self.writable = True
        self.warnings: list[str] = []

    def _warn(self, message: str) -> None:
        self.warnings.append(f"embedding cache {self.path}: {message}")

    def _disable(self, message: str) -> None:
        self._warn(f"{message}; running without the embedding cache")
        self.enabled = False
        self.close()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "vectors" in tables:
                columns = [r[1] for r in db.execute("PRAGMA table_info(vectors)")]
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if columns != _COLUMNS or version not in (0, SCHEMA_VERSION):
                    db.execute("DROP TABLE vectors")  # an older or newer layout: its vectors cannot be read
                    self._warn("was in another format; rebuilt")
            elif tables:
                raise _Foreign(", ".join(sorted(tables))[:60])
            db.execute(_CREATE)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("SELECT count(*) FROM vectors").fetchone()  # reads the table's pages: finds truncation
            db.commit()
        except BaseException:
            db.close()
            raise
        return db

    def _read_only(self) -> sqlite3.Connection | None:
        """Open a cache that cannot be written (read-only file or folder) for reading, if it is ours."""
        if not self.path.is_file():
            return None
        try:
            db = sqlite3.connect(f"{self.path.resolve().as_uri()}?immutable=1", uri=True, timeout=30)
            columns = [r[1] for r in db.execute("PRAGMA table_info(vectors)")]
            if columns != _COLUMNS:
                db.close()
                return None
            db.execute("SELECT count(*) FROM vectors").fetchone()
            return db
        except sqlite3.Error:
            return None

    def _remove(self) -> bool:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            except OSError:
                return False
        return True

    def _conn(self) -> sqlite3.Connection | None:
        if self._db is not None or not self.enabled:
            return self._db
        if self.path.is_dir():
            self._disable("is a folder, not a cache file")
            return None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._disable(f"cannot create its folder ({exc.strerror or exc})")
            return None
        try:
            self._db = self._connect()
        except _Foreign as exc:
            self._disable(f"is another program's database (tables {exc}); remove it or choose another --cache-dir")
        except sqlite3.DatabaseError as exc:
            self._recover(exc)
        return self._db

    def _recover(self, exc: sqlite3.DatabaseError) -> None:
        reason = str(exc)
        if isinstance(exc, sqlite3.OperationalError) and ("readonly" in reason or "unable to open" in reason):
            self._db = self._read_only()
            if self._db is not None:
                self.writable = False
                self._warn("cannot be written; reading it as it is, new vectors are not stored")
            else:
                self._disable(f"cannot be opened ({reason})")
            return
        # "file is not a database", "database disk image is malformed": a damaged or foreign file in our
        # place; start afresh so the next runs are fast again
        if not self._remove():
            self._disable(f"is damaged ({reason}) and cannot be removed")
            return
        try:
            self._db = self._connect()
            self._warn(f"was damaged ({reason}); rebuilt")
        except (sqlite3.DatabaseError, _Foreign) as again:
            self._disable(f"cannot be rebuilt ({again})")

    def get_many(self, model: str, texts: list[str]) -> dict[int, np.ndarray]:
        """Vectors found for ``texts``, by position."""
        db = self._conn()
        if db is None:
            return {}
        found: dict[int, np.ndarray] = {}
        keys = [text_key(t) for t in texts]
        by_key: dict[bytes, list[int]] = {}
        for i, k in enumerate(keys):
            by_key.setdefault(k, []).append(i)
        unique = list(by_key)
        try:
            for chunk in range(0, len(unique), 500):
                part = unique[chunk : chunk + 500]
                rows = db.execute(
                    f"SELECT key, dim, vec FROM vectors WHERE model = ? AND key IN ({','.join('?' * len(part))})",
                    [model, *part],
                ).fetchall()
                for key, dim, blob in rows:
                    if not isinstance(blob, bytes) or not isinstance(dim, int) or len(blob) != 4 * dim:
                        continue  # a row written by something else: embed that text again
                    vec = np.frombuffer(blob, np.float32)
                    if np.isfinite(vec).all():
                        for i in by_key[key]:
                            found[i] = vec
        except sqlite3.DatabaseError as exc:  # damage found only when these pages were read
            self.close()
            self._recover(exc)
            return {}
        return found

    def put_many(self, model: str, texts: list[str], vectors: np.ndarray) -> None:
        db = self._conn()
        if db is None or not self.writable:
            return
        try:
            with db:
                db.executemany(
                    "INSERT OR REPLACE INTO vectors (model, key, dim, vec) VALUES (?, ?, ?, ?)",
                    [(model, text_key(t), int(v.shape[0]), np.asarray(v, np.float32).tobytes()) for t, v in zip(texts, vectors)],
                )
        except sqlite3.DatabaseError as exc:  # a full disk, a file made read-only meanwhile
            self.writable = False
            self._warn(f"cannot store new vectors ({exc}); this run goes on without storing them")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
