"""Screenshots of every page and dialog of the window, in one language, for checking
translations (no English left, nothing cut off) and for the release notes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py --lang sl --out shots/sl

A demo shop of the language's country (Slovenia for ``sl``, Indonesia for ``id``) is
made in a temporary folder, with the window's remembered state and the backups. Each picture is
saved as ``NN-name.png`` at the window's size (1024×640 unless ``--size``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTabWidget, QWidget

COUNTRIES = {"sl": ("SI", "EUR", "Trgovina Novak"), "id": ("ID", "IDR", "Toko Elektronik Jaya")}
COUNTRIES["en"] = ("GB", "GBP", "Corner Electrics")


class Shooter:
    def __init__(self, out: Path, size: tuple[int, int]) -> None:
        self.out = out
        self.size = size
        self.number = 0
        out.mkdir(parents=True, exist_ok=True)

    def save(self, name: str, widget: QWidget) -> None:
        QApplication.processEvents()
        self.number += 1
        path = self.out / f"{self.number:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)

    def modal(self, name: str, trigger: Callable[[], None], settle_ms: int = 400) -> None:
        """Open a dialog with `trigger`, photograph it, close it (also a modal one)."""

        def shoot() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                print(f"{name}: no dialog came up", file=sys.stderr)
                return
            self.save(name, dialog)
            dialog.close()

        QTimer.singleShot(settle_ms, shoot)
        trigger()
        wait(settle_ms + 100)


def wait(ms: int) -> None:
    loop_end = QTimer()
    loop_end.setSingleShot(True)
    loop_end.start(ms)
    while loop_end.isActive():
        QApplication.processEvents()


def make_shop(folder: Path, lang: str, enquiries: int) -> Path:
    from enquirydesk.domain import settings as declared
    from enquirydesk.services import demo, setup
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store.database import Store

    country, currency, name = COUNTRIES[lang]
    db = folder / "shop.sqlite"
    store = Store.open(db)
    ctx = Context(store, Actor("screenshots"))
    setup.save(ctx, setup.Setup(values={declared.COUNTRY.key: country}))
    demo.generate(ctx, enquiries=enquiries, seed=1)
    setup.save(
        ctx,
        setup.Setup(
            values={
                declared.FIRST_RUN_DONE.key: True,
                declared.SHOP_NAME.key: name,
                declared.CURRENCY.key: currency,
            }
        ),
    )
    store.close()
    return db


def shoot_window(shooter: Shooter, db: Path, lang: str) -> None:
    from enquirydesk.app import create_main_window

    window = create_main_window(str(db), lang)
    window.resize(*shooter.size)
    window.show()
    window.file_check.wait()
    window.tasks.wait()
    wait(500)
    tabs = window.findChild(QTabWidget)
    names = ("today", "enquiries", "customers", "reports")
    for n, name in enumerate(names):
        tabs.setCurrentIndex(n)
        wait(600)
        if name == "enquiries":
            window.enquiries.table.selectRow(0)
            wait(400)
        if name == "customers":
            page = window.customers.ensure_built()
            wait(400)
            page.table.selectRow(0)
            wait(400)
        shooter.save(name, window)
        if name == "customers":
            for button in ("editCustomerButton", "mergeCustomerButton", "duplicatesButton"):
                widget = window.findChild(QPushButton, button)
                if widget is not None and widget.isEnabled():
                    shooter.modal(button.removesuffix("Button"), widget.click)
    tabs.setCurrentIndex(1)
    wait(300)
    window.enquiries.table.selectRow(0)
    wait(300)
    shooter.modal("quick-log", window.findChild(QAction, "newEnquiryAction").trigger)
    for name, button in window.enquiries.detail.buttons.items():
        if button.isEnabled():
            shooter.modal(name, button.click)
    shooter.modal("reminders", window.findChild(QAction, "reminderSettingsAction").trigger)
    window.findChild(QAction, "settingsAction").trigger()
    wait(500)
    dialog = window.settings_dialog
    for page in dialog.pages:
        dialog.page(page.objectName())
        wait(150)
        shooter.save(f"settings-{page.objectName()}", dialog)
    dialog.reject()
    wait(200)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "EnquiryDesk",
        "Qt:",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        window,
    )
    shooter.modal("qt-buttons", box.exec)
    window.close()
    window.ctx.store.close()


def shoot_first_run(shooter: Shooter, folder: Path, lang: str) -> None:
    from enquirydesk.app import speak
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store.database import Store
    from enquirydesk.ui.settings.first_run import FirstRunPage

    store = Store.open(folder / "new.sqlite")
    ctx = Context(store, Actor("screenshots"))
    speak(ctx, lang)
    page = FirstRunPage(ctx)
    page.show()
    wait(300)
    shooter.save("first-run", page)
    page.close()
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(COUNTRIES), default="en")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", default="1024x640")
    parser.add_argument("--enquiries", type=int, default=3000)
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ["ENQUIRYDESK_HOME"] = str(folder)  # its backups and window state too
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qsettings")
        )
        app.setOrganizationName("EnquiryDeskScreenshots")
        shooter = Shooter(args.out, (width, height))
        db = make_shop(folder, args.lang, args.enquiries)
        shoot_window(shooter, db, args.lang)
        shoot_first_run(shooter, folder, args.lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
