"""Start EnquiryDesk when the user logs in (opt-in), so reminders are not missed.

The operating system keeps the list, not our database (a restored backup or another
user must not switch it on): on Windows a value under the current user's
``Software\\Microsoft\\Windows\\CurrentVersion\\Run`` key, elsewhere an
``enquirydesk.desktop`` file in the XDG autostart folder (`paths.autostart_dir`,
which ``ENQUIRYDESK_HOME`` moves for tests). Asking the system each time means the
window never shows a choice the system does not hold.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from enquirydesk import paths
from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.i18n import translate

NAME = "EnquiryDesk"
DESKTOP_FILE = "enquirydesk.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def command(database: Path | None = None) -> list[str]:
    """How to start this EnquiryDesk again: the packaged program itself, or this Python
    running the package; with ``--db`` when the file is not the default one."""
    if getattr(sys, "frozen", False):  # PyInstaller: the executable is the program
        args = [sys.executable]
    else:
        args = [sys.executable, "-m", "enquirydesk"]
    if database is not None and database.resolve() != paths.default_database().resolve():
        args += ["--db", str(database.resolve())]
    return args


def _windows(platform: str | None) -> bool:
    return (platform or sys.platform) == "win32"


def is_enabled(platform: str | None = None) -> bool:
    if _windows(platform):
        return _registry_value() is not None
    return desktop_file().is_file()


def enable(args: Sequence[str], platform: str | None = None) -> None:
    """Start `args` at login (replacing an older entry of ours)."""
    try:
        if _windows(platform):
            _set_registry_value(subprocess.list2cmdline(list(args)))
        else:
            _write_desktop_file(args)
    except OSError as error:
        raise EnquiryDeskError(
            translate("Autostart", "Starting at login could not be switched on ({error}).").format(
                error=error.strerror or error
            )
        ) from error


def disable(platform: str | None = None) -> None:
    try:
        if _windows(platform):
            _delete_registry_value()
        else:
            desktop_file().unlink(missing_ok=True)
    except OSError as error:
        raise EnquiryDeskError(
            translate("Autostart", "Starting at login could not be switched off ({error}).").format(
                error=error.strerror or error
            )
        ) from error


# -- free desktops: an XDG autostart entry ------------------------------------------------


def desktop_file() -> Path:
    return paths.autostart_dir() / DESKTOP_FILE


def exec_line(args: Sequence[str]) -> str:
    """The ``Exec`` value of a desktop entry: arguments with spaces or specials quoted,
    and inside quotes ``"`` `` ` `` ``$`` ``\\`` escaped (the Desktop Entry
    Specification); ``%`` is doubled, as field codes start with it."""
    quoted = []
    for arg in args:
        text = arg.replace("%", "%%")
        if text and not any(c in text for c in " \t\n\"'\\><~|&;$*?#()`"):
            quoted.append(text)
            continue
        for special in ("\\", '"', "`", "$"):
            text = text.replace(special, "\\" + special)
        quoted.append(f'"{text}"')
    return " ".join(quoted)


def desktop_entry(args: Sequence[str]) -> str:
    # Desktop files escape backslashes once more in every string value.
    exec_value = exec_line(args).replace("\\", "\\\\")
    # The comment the desktop's list of programs started at login shows, in the language
    # spoken when starting at login was switched on.
    comment = translate("Autostart", "Sales enquiries: reminders for answers and follow-ups")
    comment = comment.replace("\\", "\\\\").replace("\n", " ")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={NAME}\n"
        f"Comment={comment}\n"
        f"Exec={exec_value}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _write_desktop_file(args: Sequence[str]) -> None:
    target = desktop_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.write_text(desktop_entry(args), encoding="utf-8")
    os.replace(partial, target)  # never a half-written entry


# -- Windows: the current user's Run key ---------------------------------------------------


def _winreg() -> Any:
    import winreg  # Windows only; tests stand a fake in its place

    return winreg


def _registry_value() -> str | None:
    winreg = _winreg()
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, NAME)
    except FileNotFoundError:
        return None
    return str(value)


def _set_registry_value(line: str) -> None:
    winreg = _winreg()
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        winreg.SetValueEx(key, NAME, 0, winreg.REG_SZ, line)


def _delete_registry_value() -> None:
    winreg = _winreg()
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, NAME)
    except FileNotFoundError:
        pass
