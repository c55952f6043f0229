"""What the operating system says about where the database is (see `domain.storage`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from enquirydesk.domain.storage import Risk, classify

MOUNTINFO = Path("/proc/self/mountinfo")


def _unescape(field: str) -> str:
    """mountinfo writes a space as \\040 and a tab as \\011."""
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def _linux_mounts() -> list[tuple[str, str]]:
    try:
        text = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    mounts = []
    for line in text.splitlines():
        left, _, right = line.partition(" - ")
        fields, rest = left.split(), right.split()
        if len(fields) >= 5 and rest:
            mounts.append((_unescape(fields[4]), rest[0]))
    return mounts


def _windows_drive_type(path: str) -> int | None:
    if sys.platform != "win32" or len(path) < 2 or path[1] != ":":
        return None
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(path[:2] + "\\"))  # type: ignore[attr-defined]


def storage_risk(database: Path) -> Risk | None:
    """Whether the live database at `database` is on a network drive or in a sync folder."""
    path = os.path.realpath(os.fspath(Path(database).expanduser()))
    return classify(
        path,
        mounts=_linux_mounts() if sys.platform.startswith("linux") else [],
        windows_drive_type=_windows_drive_type(path),
    )
