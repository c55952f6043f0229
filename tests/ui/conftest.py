"""Window tests keep Qt's window state (QSettings) in a temporary folder, never the
user's own, and passwords in a keyring in memory, never the system's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from PySide6.QtCore import QLocale, QSettings

from enquirydesk import i18n


@pytest.fixture(autouse=True)
def window_state(tmp_path: Path, qapp) -> Path:
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("EnquiryDeskTests")
    qapp.setApplicationName("EnquiryDesk")
    return folder


@pytest.fixture(autouse=True)
def english_window(qapp) -> Iterator[None]:
    """A test that made the window speak another language leaves it speaking English."""
    yield
    from enquirydesk.ui.common import language

    if i18n.current_language() != "en" or QLocale().name() != QLocale.system().name():
        language.reset()
    i18n.write_counts_with(None)  # counts as the language writes them, not the last shop


class MemoryKeyring(keyring.backend.KeyringBackend):
    """The system keyring's stand-in: passwords in a dict, gone with the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every window test's keyring: a password the window keeps stays in this test."""
    previous = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(previous)
