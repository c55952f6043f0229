"""Window tests keep Qt's window state (QSettings) in a temporary folder, never the
user's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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
