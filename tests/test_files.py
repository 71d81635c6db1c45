"""Files the tool writes: whole or not at all, and readable by whoever serves them."""

from __future__ import annotations

import os
import stat

from quotes.files import write_atomically


def test_a_written_file_is_readable_by_others_as_the_umask_allows(tmp_path):
    old = os.umask(0o022)
    try:
        target = tmp_path / "worksheet.html"
        write_atomically(target, "<p>fiche</p>")
    finally:
        os.umask(old)
    mode = stat.S_IMODE(target.stat().st_mode)
    assert mode == 0o644, oct(mode)
    assert target.read_text(encoding="utf-8") == "<p>fiche</p>"


def test_a_rewrite_replaces_the_whole_file_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "index.html"
    write_atomically(target, "a much longer first version of the page")
    write_atomically(target, "short")
    assert target.read_text(encoding="utf-8") == "short"
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]
