"""The issue's story, with the keyboard alone: log a walk-in, find it by three letters
of the name, mark it purchased, and undo that."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

from enquirydesk.app import create_main_window
from enquirydesk.store import queries
from support import undone


def focused():
    return QApplication.focusWidget()


def test_log_find_buy_and_undo_with_the_keyboard(qtbot, tmp_path: Path) -> None:
    window = create_main_window(str(tmp_path / "shop.sqlite"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # Ctrl+N from anywhere: the quick log, channel first.
    qtbot.keyClick(window.tabs, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.quick_log_dialog is not None)
    dialog = window.quick_log_dialog
    dialog.activateWindow()  # offscreen has no window manager to hand it over
    qtbot.waitUntil(lambda: focused() is dialog.channel_combo)
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # walk-in
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Dewi Lestari")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "+386 41 555 666")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Vacuum cleaner")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.quick_log_dialog is None)
    assert "Ctrl+Z" in window.statusBar().currentMessage()

    # Ctrl+F, three letters of the name.
    window.activateWindow()  # offscreen has no window manager to hand it back
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.findChild(QLineEdit, "searchBox")
    assert focused() is search
    qtbot.keyClicks(search, "dew")
    table = window.findChild(QTableView, "enquiryTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=3000)
    assert table.model().data(table.model().index(0, 1)) == "Dewi Lestari"

    # Down into the table selects it; the detail pane shows it; mark it purchased.
    qtbot.keyClick(search, Qt.Key.Key_Tab)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    pane = window.enquiries.detail
    qtbot.waitUntil(lambda: pane.enquiry_id is not None)
    qtbot.waitUntil(lambda: not pane.pending)  # its card read on the worker
    enquiry_id = pane.enquiry_id
    pane.mark_purchased()
    qtbot.waitUntil(lambda: pane.dialog is not None and pane.dialog.isVisible())
    qtbot.keyClicks(pane.dialog.value_edit, "129")
    qtbot.keyClick(pane.dialog.value_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.dialog is None)
    assert queries.enquiry(enquiry_id)["outcome"] == "purchased"
    assert table.model().data(table.model().index(0, 6)) == "Purchased"

    # Ctrl+Z takes it back.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone(qtbot, window)
    assert queries.enquiry(enquiry_id)["outcome"] == "open"
    assert "Undone" in window.statusBar().currentMessage()
    assert pane.enquiry_id == enquiry_id
    assert table.model().data(table.model().index(0, 6)) != "Purchased"


def test_the_status_bar_offers_undo_and_the_window_keeps_its_layout(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QPushButton

    from enquirydesk.services.enquiries import NewEnquiry, log_enquiry

    path = str(tmp_path / "shop.sqlite")
    window = create_main_window(path)
    qtbot.addWidget(window)
    button = window.findChild(QPushButton, "statusUndoButton")
    assert not button.isVisibleTo(window)
    window.done(log_enquiry(window.ctx, NewEnquiry(channel="phone", name="Ana")))
    assert button.isVisibleTo(window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    undone(qtbot, window)
    assert queries.count_enquiries() == 0
    assert not button.isVisibleTo(window)

    window.resize(1100, 700)
    window.enquiries.splitter.setSizes([500, 600])
    sizes = window.enquiries.splitter.sizes()
    window.close()
    again = create_main_window(path)
    qtbot.addWidget(again)
    assert again.enquiries.splitter.sizes() == sizes


def test_the_enquiry_menu_shows_the_pane_actions_with_their_keys(qtbot, tmp_path: Path) -> None:
    from enquirydesk.services.enquiries import NewEnquiry, log_enquiry

    window = create_main_window(str(tmp_path / "shop.sqlite"))
    qtbot.addWidget(window)
    window.update_enquiry_menu()  # as when the menu opens
    texts = [action.text() for action in window.pane_actions.values()]
    assert texts[0].endswith("\tCtrl+K") and texts[1].endswith("\tCtrl+B")
    window.pane_action("markPurchased")  # nothing selected: says why, opens nothing
    assert window.statusBar().currentMessage() == "Select an enquiry first."
    enquiry = log_enquiry(window.ctx, NewEnquiry(channel="phone", name="Ana")).created_id("enquiry")
    window.enquiries.apply()
    qtbot.waitUntil(lambda: window.enquiries.model.complete)  # read off the GUI thread
    window.enquiries.select(enquiry)
    qtbot.waitUntil(lambda: not window.enquiries.detail.pending)  # its card read on the worker
    window.update_enquiry_menu()
    assert window.pane_actions["markPurchased"].isEnabled()
    feedback = window.pane_actions["recordFeedback"]  # chosen anyway, it says why not
    assert feedback.statusTip().startswith("Feedback is about a purchase")
    window.pane_action("markPurchased")
    assert window.enquiries.detail.dialog is not None
    window.enquiries.detail.dialog.reject()
