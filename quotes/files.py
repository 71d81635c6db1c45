"""Writing files so that an interrupted run never leaves half of one.

Every file the tool writes (parse cache, reports, exercises) goes through
``write_atomically``: a temporary file beside the target, flushed to disk, then renamed
into place. The result gets the usual permissions (readable by others, as the umask
allows), not the owner-only ones of a temporary file, so a report can be served as is.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: Path, content: str, *, durable: bool = True) -> None:
    """Write ``content`` to ``path`` through a temporary file renamed into place.

    Whatever interrupts the write (an exception, Ctrl-C), ``path`` keeps its old content
    and the temporary file is removed; a killed process leaves only a dot-file that the
    next run clears (``remove_stale_temp_files``). ``durable`` flushes to disk first.
    """
    # The name stays short enough for the file system whatever the target's name (a
    # 254-character article name is fine).
    name = path.stem[:80] + path.suffix[:20]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{TEMP_PREFIX}{name}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(content)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temp_files(
    folder: Path, suffixes: tuple[str, ...] = (".html", ".json", ".csv")
) -> list[Path]:
    """Remove the temporary files a killed run left in ``folder``; returns them."""
    removed = []
    for path in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        inner = path.name[len(TEMP_PREFIX) : -len(TEMP_SUFFIX)]
        if any(f"{suffix}." in inner for suffix in suffixes) and path.is_file():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def spreadsheet_safe(value: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula (« =HYPERLINK(…) » from an article or a student)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
