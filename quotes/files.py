"""Writing files so that an interrupted run never leaves half of one.

Every file the tool writes (parse cache, reports, exercises) goes through
``write_atomically``: a temporary file beside the target, flushed to disk, then renamed
into place. The result gets the usual permissions (readable by others, as the umask
allows), not the owner-only ones of a temporary file, so a report can be served as is.

Runs that share a folder never collide: a temporary file's name carries the id of the
process that writes it, and a run clears only those whose process is gone (or that are
over an hour old); a run that writes reports holds a lock on its folder (``folder_lock``),
and a second run is told which run holds it.
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError

TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"
# A temporary file older than this belongs to no live run, whatever its process id says
# (an id is reused once its process is gone).
STALE_AFTER = 3600.0
LOCK_NAME = ".quotes.lock"


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
    # The name says whose it is (the process id), and stays short enough for the file system
    # whatever the target's name (a 254-character article name is fine).
    name = path.stem[:80] + path.suffix[:20]
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=f"{TEMP_PREFIX}{name}.{os.getpid()}.", suffix=TEMP_SUFFIX
    )
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
    """Remove the temporary files that killed runs left in ``folder``; returns them.

    A file whose process still runs is another run's, being written: it stays (unless it is
    over ``STALE_AFTER`` old).
    """
    removed = []
    now = time.time()
    for path in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        inner = path.name[len(TEMP_PREFIX) : -len(TEMP_SUFFIX)]
        if not any(f"{suffix}." in inner for suffix in suffixes):
            continue
        try:
            age = now - path.stat().st_mtime
        except OSError:
            continue  # gone already: its run renamed or removed it
        if age < STALE_AFTER and _writer_alive(inner):
            continue
        if path.is_file():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _writer_alive(inner: str) -> bool:
    """Whether the process whose id the temporary file's name carries is running (a name from
    before ids were written in it is a killed run's: no run of this version writes one)."""
    parts = inner.split(".")
    pid = next((int(part) for part in reversed(parts[:-1]) if part.isdigit()), None)
    if pid is None:
        return False
    if pid == os.getpid():
        return False  # this run has not started writing: the file is a dead run's, same id
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold ``folder`` for this run; ``OutputError`` naming the run that holds it already.

    The lock is the operating system's (``flock``) on a dot-file in the folder: it goes with
    the process that holds it, however that process ends. Where there is no ``flock``, the
    block runs without a lock.
    """
    try:
        import fcntl
    except ImportError:  # not on a POSIX system
        yield
        return
    path = folder / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        raise OutputError(
            f"{folder}: cannot write in this folder ({err.strerror}); choose another with -o"
        ) from err
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "another process"
            raise OutputError(
                f"{folder}: another quotes run ({holder}) is writing into this folder; "
                "wait for it to finish, or choose another folder with -o"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"process {os.getpid()}, started {time.strftime('%H:%M:%S')}".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing it releases the lock


def spreadsheet_safe(value: str) -> str:
    """A CSV cell a spreadsheet will not run as a formula (« =HYPERLINK(…) » from an article or a student)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
