"""The window speaks the shop's language: chosen in Settings (at the next start, or at
once after a restart), over it `--lang`; and once it speaks Indonesian or Slovenian,
no text the catalogue translates is left in English on any page or dialog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from enquirydesk import i18n
from enquirydesk.domain import settings as declared
from enquirydesk.domain.formats import Formats
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store.database import Store
from enquirydesk.ui.common import language
from support import close_window as close
from support import open_shop_window as open_window
from support import run_cli, set_up_shop


def shop(db: Path, **values) -> None:
    set_up_shop(db, **values)
    store = Store.open(db)
    log_enquiry(
        Context(store, Actor("test")),
        NewEnquiry(name="Ana Kovač", phone="+38641123456", channel="phone"),
    )
    store.close()


def tab_texts(window) -> list[str]:
    tabs = window.findChild(QTabWidget)
    return [tabs.tabText(n) for n in range(tabs.count())]


def answer_restart(button_name: str) -> None:
    """Press `button_name` in the restart question when it comes up (a modal loop)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "restartQuestion":
            QTimer.singleShot(10, press)
            return
        box.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, press)


def choose_language(qtbot, window, code: str) -> None:
    window.findChild(QAction, "settingsAction").trigger()
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    dialog = window.settings_dialog
    dialog.page("languagePage")
    combo = dialog.findChild(QComboBox, "languageCombo")
    combo.setCurrentIndex(combo.findData(code))
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveSettingsButton"), Qt.MouseButton.LeftButton)


def test_a_language_chosen_in_settings_is_spoken_from_the_next_start(qtbot, tmp_path) -> None:
    db = tmp_path / "shop.sqlite"
    shop(db)
    window = open_window(qtbot, db)
    english = tab_texts(window)
    sample = window.findChild(QWidget, "settingsDialog")
    assert sample is None
    answer_restart("restartLaterButton")
    choose_language(qtbot, window, "sl")
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    window.ctx.forget_cache()
    assert window.ctx.settings[declared.LANGUAGE] == "sl"
    assert tab_texts(window) == english  # "applies when EnquiryDesk starts again"
    assert not language.restart_asked()
    close(window)

    window = open_window(qtbot, db)
    assert i18n.current_language() == "sl"
    slovenian = tab_texts(window)
    assert slovenian != english
    assert slovenian[0].startswith(i18n.translate("MainWindow", "&Today"))
    close(window)

    window = open_window(qtbot, db, lang="en")  # --lang wins over the setting
    assert tab_texts(window) == english
    close(window)


def test_restart_now_ends_the_window_and_asks_for_a_new_start(qtbot, tmp_path) -> None:
    db = tmp_path / "shop.sqlite"
    shop(db)
    window = open_window(qtbot, db)
    answer_restart("restartNowButton")
    choose_language(qtbot, window, "id")
    try:
        qtbot.waitUntil(lambda: not window.isVisible())
        assert language.restart_asked()
    finally:
        QApplication.instance().setProperty("enquirydeskRestart", False)
    window.ctx.store.close()


def test_choosing_the_language_already_spoken_asks_nothing(qtbot, tmp_path) -> None:
    db = tmp_path / "shop.sqlite"
    shop(db)
    window = open_window(qtbot, db)
    choose_language(qtbot, window, "en")  # a question would block here until the timeout
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    assert window.isVisible()
    close(window)


def test_a_restart_starts_the_program_as_it_was_started_without_its_language() -> None:
    argv = ["/usr/bin/enquirydesk", "--db", "/shop.sqlite", "--lang", "sl", "--lang=id"]
    assert language.restart_command(argv, "/venv/python", frozen=False) == [
        "/venv/python",
        "-m",
        "enquirydesk",
        "--db",
        "/shop.sqlite",
    ]
    assert language.restart_command(["EnquiryDesk.exe"], "C:/EnquiryDesk.exe", frozen=True) == [
        "C:/EnquiryDesk.exe"
    ]


# -- nothing left in English -----------------------------------------------------------


def english_sources(code: str) -> dict[str, str]:
    """Every source text the catalogue of `code` translates differently, without its
    accelerator, with its translation."""
    catalog = i18n.load(code)
    found = {}
    for (_context, source, _comment), forms in catalog.messages.items():
        plain = source.replace("&", "")
        if "{" in source or "%n" in source or "%Ln" in source or len(plain) < 4:
            continue
        if forms and forms[0] and forms[0].replace("&", "") != plain:
            found[plain] = forms[0]
    return found


def shown_texts(top: QWidget) -> set[str]:
    """The texts a user reads on `top` and its children: labels, buttons, actions, tabs,
    group titles, placeholders, tooltips, column headings."""
    texts: set[str] = {top.windowTitle()}
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        texts.add(widget.toolTip())
        texts.add(widget.accessibleName())
        if isinstance(widget, QLabel):
            texts.add(re.sub(r"<[^>]+>", "", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            texts.update(widget.tabText(n) for n in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(n) for n in range(widget.count()))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            texts.update(headings(widget))
    for action in top.findChildren(QAction):
        texts.update((action.text(), action.toolTip(), action.statusTip()))
    return {t.replace("&", "").strip() for t in texts if t}


def headings(header: QHeaderView) -> list[str]:
    model = header.model()
    return [
        str(model.headerData(n, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        for n in range(header.count())
    ]


@pytest.mark.parametrize("code", ["id", "sl"])
def test_every_page_and_dialog_speaks_the_chosen_language(qtbot, tmp_path, code) -> None:
    if not i18n.catalogue_path(code).exists():
        pytest.fail("the catalogues are not built: run make catalogues")
    db = tmp_path / "shop.sqlite"
    shop(db, **{declared.COUNTRY.key: "SI" if code == "sl" else "ID"})
    window = open_window(qtbot, db, lang=code)
    english = english_sources(code)
    assert len(english) > 500
    left: dict[str, set[str]] = {}

    def look(where: str, top: QWidget) -> None:
        for text in shown_texts(top) & english.keys():
            left.setdefault(text, set()).add(where)

    tabs = window.findChild(QTabWidget)
    for n in range(tabs.count()):
        tabs.setCurrentIndex(n)
        qtbot.wait(20)
        look(f"tab {n}", window)
    window.findChild(QAction, "settingsAction").trigger()
    qtbot.waitUntil(lambda: window.settings_dialog is not None)
    dialog = window.settings_dialog
    for page in dialog.pages:
        dialog.page(page.objectName())
        look(page.objectName(), dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    window.findChild(QAction, "newEnquiryAction").trigger()
    qtbot.waitUntil(lambda: window.findChild(QWidget, "quickLogDialog") is not None)
    quick_log = window.findChild(QWidget, "quickLogDialog")
    look("quick log", quick_log)
    quick_log.close()
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                      window)  # fmt: skip
    qt_words = {b.text().replace("&", "") for b in box.buttons()}
    assert not qt_words & {"Yes", "No", "Cancel"}, "Qt's own buttons are not translated"
    close(window)
    assert not left, f"left in English: {left}"


@pytest.mark.parametrize("code", ["id", "sl"])
def test_a_count_reads_the_same_in_the_window_and_on_the_command_line(
    qtbot, tmp_path, capsys, code
) -> None:
    db = tmp_path / "shop.sqlite"
    done, said, _ = run_cli(capsys, "--lang", code, "--db", str(db), "demo", "--enquiries", "1500")
    assert done == 0
    written = Formats(code).count(1500)
    assert written == "1.500"  # CLDR's pattern as Babel writes it, for both languages
    assert written in said  # "Added 1.500 demo enquiries…" on the command line
    set_up_shop(db)
    window = open_window(qtbot, db, code)
    window.tabs.setCurrentWidget(window.enquiries)
    count = window.findChild(QLabel, "matchCount")
    qtbot.waitUntil(lambda: count.text().startswith(written + " "), timeout=5000)
    page = window.customers.ensure_built()
    qtbot.waitUntil(lambda: page.model.complete, timeout=5000)
    customers = page.model.rowCount()
    shown = window.findChild(QLabel, "customerCount").text()
    assert shown.split()[0] == Formats(code).count(customers)  # as the table's own figures
    close(window)


@pytest.mark.parametrize("code", ["id", "sl"])
def test_qt_s_file_dialog_names_its_kinds_of_files_in_the_language(qapp, tmp_path, code) -> None:
    from PySide6.QtCore import QFileInfo, QTranslator
    from PySide6.QtWidgets import QFileIconProvider

    qt = QTranslator()
    assert qt.load(str(i18n.catalogue_path(code, "qtbase")))
    kinds = ("Folder", "File Folder", "File", "Drive", "Shortcut", "Alias", "Unknown")
    missing = [k for k in kinds if not qt.translate("QAbstractFileIconProvider", k)]
    assert missing == []  # the Type column of Qt's file dialog
    language.apply(code)
    shown = QFileIconProvider().type(QFileInfo(str(tmp_path)))
    assert shown == qt.translate("QAbstractFileIconProvider", "Folder")
    assert code != "sl" or shown == "Mapa"
