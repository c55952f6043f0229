"""Every folder EnquiryDesk uses, from platformdirs, with one override for tests.

Set ``ENQUIRYDESK_HOME`` to put *all* of them (data, backups, settings, logs)
under one folder: the test suite does this so it never touches a real user's
files. ``--db`` or ``ENQUIRYDESK_DB`` point at another database file only.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

import platformdirs

APP = "EnquiryDesk"
DB_FILENAME = "enquirydesk.sqlite"


def _home() -> Path | None:
    value = os.environ.get("ENQUIRYDESK_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Where the live database lives: local, never roaming or a network share."""
    home = _home()
    if home is not None:
        return home / "data"
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "config"
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def backup_dir() -> Path:
    """The default backup folder: "EnquiryDesk Backups" in the user's documents."""
    home = _home()
    if home is not None:
        return home / "backups"
    return Path(platformdirs.user_documents_dir()) / f"{APP} Backups"


def cache_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "cache"
    return Path(platformdirs.user_cache_dir(APP, appauthor=False))


def runtime_dir() -> Path:
    """Where a running window leaves its lock (one window per file)."""
    home = _home()
    if home is not None:
        return home / "run"
    return Path(platformdirs.user_runtime_dir(APP, appauthor=False))


def unfinished_dir() -> Path:
    """Where the program notes the files it is half-way through writing (backups and
    exports), so that the next start removes what a killed program left behind."""
    return data_dir() / "unfinished"


def autostart_dir() -> Path:
    """Where the desktop looks for programs to start at login (XDG autostart; Linux and
    other free desktops). Windows keeps the list in the registry instead."""
    home = _home()
    if home is not None:
        return home / "autostart"
    return Path(platformdirs.user_config_dir()) / "autostart"


def default_database() -> Path:
    return data_dir() / DB_FILENAME


#: How a database on a server is named instead of a file.
SERVER_SCHEMES = ("postgresql://", "postgres://")


def database_path(cli_value: str | None = None) -> Path | str:
    """``--db`` wins, then ``$ENQUIRYDESK_DB``, then the per-user data folder: a file's
    path, or the address of a database on a server (``postgresql://…``) as given."""
    value = cli_value or os.environ.get("ENQUIRYDESK_DB")
    if value and is_server_address(value):
        return value
    return Path(value).expanduser() if value else default_database()


def is_server_address(value: object) -> bool:
    return str(value).startswith(SERVER_SCHEMES)


# -- the running window's lock ---------------------------------------------------------------


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return str(os.getuid()) if hasattr(os, "getuid") else ""


def instance_key(database: Path) -> str:
    """A short name for this user's window on this file (the same however the path is written)."""
    identity = f"{_user()}\0{os.path.normcase(os.path.realpath(database))}"
    return "enquirydesk-" + hashlib.sha256(identity.encode()).hexdigest()[:20]


def window_lock(database: Path) -> Path:
    """The lock file a running window on `database` holds (Qt's ``QLockFile``: the process
    id on its first line, held with ``flock`` on POSIX while the window runs)."""
    return runtime_dir() / f"{instance_key(database)}.lock"


def window_elsewhere(database: Path) -> bool:
    """Whether a window of another process has `database` open now (its lock is held).
    False where that cannot be told: on Windows an open database cannot be replaced
    anyway, the operating system refuses."""
    lock = window_lock(database)
    try:
        first = lock.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
    except OSError:
        return False  # no window has made one (or it is gone)
    if first.strip() == str(os.getpid()):
        return False  # this process's own window (restoring from it)
    try:
        import fcntl
    except ImportError:
        return False
    try:
        descriptor = os.open(lock, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True  # held: the window is running
    except OSError:
        return False
    finally:
        os.close(descriptor)  # (a lock taken here goes with it)
    return False
