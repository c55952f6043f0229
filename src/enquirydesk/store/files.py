"""Touching a database file without breaking SQLite's locks, and keeping it private.

On POSIX systems a process's locks on a file belong to the process, not to the
descriptor: closing *any* descriptor of the file drops *all* of them. SQLite works
around this for its own connections (it keeps a table of open files and defers
closing), but a plain ``open()``/``close()`` of the live file elsewhere in the same
process silently cancels the locks of every connection. The next program to close
the file then believes it is the last user, checkpoints and deletes the ``-wal`` and
``-shm`` under us, and the two programs go on writing to different logs: the file is
corrupted. (SQLite's "How To Corrupt An SQLite Database File", section 2.2.)

So every connection this process makes is counted here, per file, and the few
places that must read raw bytes of a database (its header, a copy of a damaged
file) go through `read_bytes`/`copy_raw`: while a connection to the file is open,
their descriptor is not closed but parked, and closed only once the last connection
has gone, exactly as SQLite does it.

Files holding customers' data are created readable by their owner only (0600,
folders 0700) on POSIX systems; on Windows the user's own profile folders already
keep them private.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
#: What SQLite keeps beside a database file.
COMPANIONS = ("-wal", "-shm", "-journal")

_guard = threading.RLock()
_connections: Counter[str] = Counter()  # file key -> connections open in this process
_parked: dict[str, list[int]] = {}  # file key -> descriptors to close with the last one


def _key(path: str | Path) -> str:
    return os.path.normcase(os.path.realpath(os.fspath(path)))


def connection_opened(path: str | Path) -> None:
    with _guard:
        _connections[_key(path)] += 1


def connection_closed(path: str | Path) -> None:
    with _guard:
        key = _key(path)
        _connections[key] -= 1
        if _connections[key] <= 0:
            del _connections[key]
            for fd in _parked.pop(key, []):
                os.close(fd)


def connections_to(path: str | Path) -> int:
    """How many SQLite connections this process has open on `path` now."""
    with _guard:
        return _connections.get(_key(path), 0)


@contextlib.contextmanager
def _descriptor(path: Path) -> Iterator[int]:
    """A read-only descriptor of `path`, closed at once when no connection of ours
    holds the file, else parked until the last one closes (see the module's note)."""
    with _guard:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            yield fd
        finally:
            key = _key(path)
            if _connections.get(key, 0) > 0:
                _parked.setdefault(key, []).append(fd)
            else:
                os.close(fd)


def read_bytes(path: Path, length: int, offset: int = 0) -> bytes:
    """Up to `length` bytes of `path` from `offset`, safe while connections to it are open."""
    with _descriptor(path) as fd:
        return _read_at(fd, length, offset)


def _read_at(fd: int, length: int, offset: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, length, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # Windows has no pread
    return os.read(fd, length)


def copy_raw(path: Path, target: Path) -> None:
    """Copy `path` byte for byte (a damaged file the backup API cannot read) to a new,
    private `target`, safe while connections to `path` are open."""
    with _descriptor(path) as fd, open(create_private(target), "wb") as out:
        offset = 0
        while chunk := _read_at(fd, 1 << 20, offset):
            out.write(chunk)
            offset += len(chunk)
        out.flush()
        os.fsync(out.fileno())


def is_database_file(candidate: Path, database: Path) -> bool:
    """Whether `candidate` is the database itself or one of SQLite's files beside it
    (reading or replacing those as an ordinary file would break the live database)."""
    try:
        wanted = _key(candidate)
    except OSError:
        return False
    base = _key(database)
    return wanted in {base, *(base + suffix for suffix in COMPANIONS)}


# -- private files ------------------------------------------------------------------------


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and its parents); the folder itself only for its owner when new."""
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=PRIVATE_FOLDER)
    except FileExistsError:
        return


def create_private(path: Path) -> Path:
    """Create the empty file `path` readable and writable by its owner only; it must
    not exist yet (a file is never overwritten through here)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 PRIVATE_FILE)  # fmt: skip
    os.close(fd)
    return path


def keep_private(database: Path) -> None:
    """Take group and others' access away from a database of this user's and SQLite's
    files beside it (made before EnquiryDesk kept them private, or copied in)."""
    if os.name != "posix":
        return
    for path in (database, *(Path(f"{database}{suffix}") for suffix in COMPANIONS)):
        with contextlib.suppress(OSError):
            info = os.stat(path)
            if info.st_uid == os.getuid() and info.st_mode & 0o077:
                os.chmod(path, info.st_mode & 0o700)


def make_private(path: Path) -> None:
    """Restrict an existing file to its owner (a file written by a library, e.g. XlsxWriter)."""
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)


def rename_new(source: Path, target: Path) -> None:
    """Give `source` the name `target`, which must not exist: FileExistsError otherwise,
    never an overwrite (a hard link where the file system has them, else a rename that
    Windows refuses over an existing file)."""
    if os.name == "posix":
        try:
            os.link(source, target)
        except FileExistsError:
            raise
        except OSError as error:  # no hard links here (FAT, some network shares)
            if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
                raise
            if target.exists():
                raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
            os.replace(source, target)
            return
        os.unlink(source)
    else:
        os.rename(source, target)


# -- files a killed program leaves behind ------------------------------------------------


@contextlib.contextmanager
def unfinished(temp: Path, journal: Path | None) -> Iterator[None]:
    """Note in the folder `journal` that `temp` is being written by this process, until the
    block ends; `remove_unfinished` deletes it later if this process died meanwhile."""
    entry = None
    if journal is not None:
        with contextlib.suppress(OSError):
            make_private_folder(journal)
            entry = journal / f"{os.getpid()}-{secrets.token_hex(4)}"
            entry.write_text(str(Path(temp).absolute()), encoding="utf-8")
    try:
        yield
    finally:
        if entry is not None:
            with contextlib.suppress(OSError):
                entry.unlink()


def remove_unfinished(journal: Path) -> list[Path]:
    """Delete what killed programs were writing (see `unfinished`); returns what went."""
    removed: list[Path] = []
    if not journal.is_dir():
        return removed
    for entry in journal.iterdir():
        try:
            pid = int(entry.name.split("-")[0])
            if pid != os.getpid() and _alive(pid):
                continue
            temp = Path(entry.read_text(encoding="utf-8").strip())
        except (ValueError, OSError):
            temp = None
        if temp is not None:
            for leftover in (temp, Path(f"{temp}-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
                    removed.append(leftover)
        with contextlib.suppress(OSError):
            entry.unlink()
    return removed


def _alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill would end the process there
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
