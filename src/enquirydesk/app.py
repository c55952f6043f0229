"""Starting the window: `run` for the program, `create_main_window` for tests.

Qt is imported here and in `enquirydesk.ui` only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from enquirydesk import __version__, paths
from enquirydesk.domain.errors import StoreError
from enquirydesk.services.context import Actor, Context, user_name
from enquirydesk.store.database import Store


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("EnquiryDesk")
    app.setOrganizationName("EnquiryDesk")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def open_context(db: str | Path | None) -> Context:
    """Open (creating if new) the database the window works on."""
    store = Store.open(paths.database_path(str(db) if db else None))
    return Context(store, Actor(user_name() or "EnquiryDesk"))


def create_main_window(db: str) -> QMainWindow:
    """Build the main window on the database at `db`, without showing it."""
    from enquirydesk.ui.main_window import MainWindow

    _application()
    return MainWindow(open_context(db))


def run(db: str | None = None, lang: str | None = None) -> int:
    """The program with a window: open the database, show the window, run the event loop."""
    app = _application()
    try:
        ctx = open_context(db)
    except StoreError as error:
        QMessageBox.critical(None, "EnquiryDesk", str(error))
        return 1
    from enquirydesk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    window.offer_demo_if_new()
    return app.exec()
