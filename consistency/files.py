"""Writing files so that a crash never leaves half a report or baseline behind, and checking before a run
that every destination can be written (so a long run never ends in a traceback about a folder).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from .errors import OutputError

_STREAM_ROOTS = ("/dev/", "/proc/")


def is_stream(path: Path) -> bool:
    """A destination to write through, never to replace: a device, a pipe, ``/dev/stdout`` (even when the
    shell pointed it at a regular file), anything under /dev or /proc."""
    for candidate in (os.path.abspath(path), os.path.realpath(path)):
        if candidate.startswith(_STREAM_ROOTS):
            return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _new_file_mode(path: Path) -> int:
    """Keep the mode of the file being replaced; a new file gets what the umask allows."""
    try:
        return stat.S_IMODE(os.stat(path, follow_symlinks=False).st_mode) if path.is_file() and not path.is_symlink() \
            else umask_file_mode()
    except OSError:
        return umask_file_mode()


def current_umask() -> int:
    """The process's umask (read by setting and restoring it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def umask_file_mode() -> int:
    return 0o666 & ~current_umask()


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write ``text`` (UTF-8) or bytes to a fresh temporary file beside ``path``, then rename it over ``path``.

    The temporary file is created exclusively (``mkstemp``: O_EXCL, never through a planted link) in the
    target folder; a link at ``path`` itself is replaced, not followed. Streams (``/dev/stdout``,
    ``/dev/null``, a pipe) are written through. The folder must exist. An OSError becomes an OutputError.
    """
    path = Path(path)
    try:
        data = text.encode("utf-8") if isinstance(text, str) else text
        if is_stream(path):
            with open(path, "ab") as fh:
                fh.write(data)
            return
        mode = _new_file_mode(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                os.fchmod(fh.fileno(), mode)
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def check_folder_writable(folder: Path, what: str) -> None:
    """Fail now, with one line, if files cannot be created in ``folder`` (missing, a file, read-only)."""
    if not folder.exists():
        raise OutputError(f"{what}: folder {folder} does not exist")
    if not folder.is_dir():
        raise OutputError(f"{what}: {folder} is not a folder")
    try:  # os.access is not enough: root passes it on a read-only file system
        fd, probe = tempfile.mkstemp(prefix=".consistency-probe.", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"{what}: cannot write in {folder} ({exc.strerror or exc})") from None


def nearest_existing(folder: Path) -> Path:
    """The folder itself or its nearest existing ancestor (where a missing folder would be created)."""
    folder = Path(os.path.abspath(folder))
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder
