"""Window tests keep Qt's window state (QSettings) in a temporary folder, never the
user's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def window_state(tmp_path: Path, qapp) -> Path:
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("EnquiryDeskTests")
    qapp.setApplicationName("EnquiryDesk")
    return folder
