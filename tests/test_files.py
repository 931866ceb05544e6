"""The atomic writer: exclusive temporary files, links replaced and never followed, streams written through."""

import os
import stat
import threading

import pytest

from consistency.errors import OutputError
from consistency.files import is_stream, write_atomic


def test_new_files_get_the_umask_mode_and_replaced_files_keep_theirs(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.json", "{}\n")
        assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o644
        (tmp_path / "a.json").chmod(0o600)
        write_atomic(tmp_path / "a.json", "[]\n")
        assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o600
        assert (tmp_path / "a.json").read_text() == "[]\n"
    finally:
        os.umask(old)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]  # no temporary file left


def test_a_link_at_the_destination_is_replaced_not_followed(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep")
    (tmp_path / "r.json").symlink_to(outside)
    (tmp_path / ".r.json.tmp").symlink_to(outside)  # the old predictable temporary name, planted
    write_atomic(tmp_path / "r.json", "{}")
    assert outside.read_text() == "keep"
    assert not (tmp_path / "r.json").is_symlink() and (tmp_path / "r.json").read_text() == "{}"


def test_streams_are_written_through(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    assert is_stream(fifo) and is_stream("/dev/null") and is_stream("/dev/stdout")
    write_atomic(fifo, "hello\n")
    reader.join(5)
    assert got == ["hello\n"] and stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_errors_are_output_errors(tmp_path):
    with pytest.raises(OutputError, match="cannot write .*missing"):
        write_atomic(tmp_path / "missing" / "a.txt", "x")
    with pytest.raises(OutputError, match="No space left on device"):
        write_atomic("/dev/full", "x")
