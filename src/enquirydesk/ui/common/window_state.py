"""The window's own state, declared once, apart from the shop's settings: sizes, dividers
and columns, the last export folder, the shop's server last connected to (never its
password) — and, for each database file, its search, filters and saved filters (opening
another file never starts with this one's search).

Kept in ``window.ini`` in EnquiryDesk's settings folder (under ``$ENQUIRYDESK_HOME`` when
that is set, as every folder is).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from enquirydesk import paths


@dataclass(frozen=True)
class Key:
    name: str
    per_file: bool = False


GEOMETRY = Key("window/geometry")
ENQUIRY_SPLITTER = Key("window/enquirySplitter")
ENQUIRY_COLUMNS = Key("window/enquiryColumns")
CUSTOMER_SPLITTER = Key("customers/splitter")
CUSTOMER_COLUMNS = Key("customers/columns")
EXPORT_FOLDER = Key("reports/exportFolder")
IMPORT_FOLDER = Key("file/importFolder")
ENQUIRY_FILTER = Key("enquiries/filter", per_file=True)
SAVED_FILTERS = Key("enquiries/saved", per_file=True)
COUNTER_STAFF = Key("counter/staff", per_file=True)
TODAY_MINE = Key("today/mine", per_file=True)
#: The shop's server, as last connected to from the connect dialog (never its password).
SERVER_HOST = Key("server/host")
SERVER_PORT = Key("server/port")
SERVER_DATABASE = Key("server/database")
SERVER_USER = Key("server/user")
#: The shop's server this PC's window starts on when no database is named: the one the
#: user last connected the window to, until they chose a file on this PC instead.
START_ON_SERVER = Key("server/startOn")


def _file_group(database: Path) -> str:
    real = os.path.normcase(os.path.realpath(database))
    return "files/" + hashlib.sha256(real.encode()).hexdigest()[:16]


class WindowState:
    """The window state of the window on `database`."""

    def __init__(self, database: Path) -> None:
        self._settings = QSettings(
            str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat
        )
        self._group = _file_group(database)

    def _name(self, key: Key) -> str:
        return f"{self._group}/{key.name}" if key.per_file else key.name

    def value(self, key: Key, default: Any = None) -> Any:
        return self._settings.value(self._name(key), default)

    def set(self, key: Key, value: Any) -> None:
        self._settings.setValue(self._name(key), value)
