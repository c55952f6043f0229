"""Reminders while the program runs: every minute, what came due is announced once.

`Reminders` owns the minute: it moves the Today page's clocks on and asks
`services.reminders` (on the worker thread) what came due since the last minute;
due times live in the database, so no timer waits for any one item. At start it
asks once for everything not yet announced and says it in one notice. Each
announcement is a system-tray message where the desktop has a tray, otherwise a
bar at the top of the Today page; clicking either opens the enquiry (or, for
several, the Today page).

Where there is a tray, closing the window can keep EnquiryDesk running in it
(`KEEP_IN_TRAY`); Quit (Ctrl+Q, or the tray's menu) ends it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QWidget,
)

from enquirydesk.domain import settings as declared
from enquirydesk.services.context import Context

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QIcon, QMouseEvent

    from enquirydesk.services.reminders import Announcement
    from enquirydesk.services.today import Item
    from enquirydesk.ui.main_window import MainWindow

MINUTE_MS = 60_000
#: While the file is being checked nothing may be written: ask again this soon.
RETRY_MS = 5_000
MESSAGE_MS = 15_000

#: Where a notice leads: ("enquiry", id) or ("today", 0).
Target = tuple[str, int]


class NoticeBar(QFrame):
    """A reminder inside the window (no tray): one line, Show and Dismiss."""

    opened = Signal(object)  # its Target

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBar")
        self.target: Target = ("today", 0)
        self.text = QLabel(self)
        self.text.setObjectName("reminderText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Sho&w"), self)
        self.show_button.setObjectName("reminderShowButton")
        self.show_button.setAccessibleName(self.tr("Show the reminder's enquiry"))
        self.show_button.setToolTip(self.tr("Open what the reminder is about"))
        self.show_button.clicked.connect(lambda: self.opened.emit(self.target))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("reminderDismissButton")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminder"))
        self.dismiss_button.setToolTip(self.tr("Hide this reminder (the item stays on Today)"))
        self.dismiss_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.dismiss_button)
        self.hide()

    def show_notice(self, text: str, target: Target) -> None:
        if not self.styleSheet():  # styled when first needed: a style sheet costs at start
            self.setStyleSheet(
                "QFrame#reminderBar { background: #fff4ce; border: 1px solid #c8a600;"
                " border-radius: 4px; } QFrame#reminderBar QLabel { color: #3d3200; }"
            )
        self.text.setText(text)
        self.target = target
        self.setAccessibleDescription(text)
        self.show()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit(self.target)
        super().mouseReleaseEvent(event)


def tray_icon() -> QIcon:
    """The program's icon, as the window has it (the tray takes its 16 to 24 pixel size)."""
    from enquirydesk.ui.common.icon import application_icon

    return application_icon()


class Reminders(QObject):
    """The minute, the announcements, the tray and keeping the program in it."""

    announced = Signal(object)  # an Announcement with items (the Today page reads again)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx, self.tasks, self.today = window.ctx, window.tasks, window.today
        self.since: datetime | None = None  # until when the file was looked at (None: not yet)
        self.busy = False
        self.quitting = False
        self._told_tray = False
        self._target: Target = ("today", 0)
        self.today.notice.opened.connect(self.open)
        self.announced.connect(lambda _found: self.today.reload())  # they are overdue now
        self.timer = QTimer(self)
        self.timer.setObjectName("minuteTimer")
        self.timer.setInterval(MINUTE_MS)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.timeout.connect(self.minute)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._make_tray()
        self.settings_action = QAction(self.tr("&Reminders and start-up…"), self)
        self.settings_action.setObjectName("reminderSettingsAction")
        self.settings_action.setToolTip(
            self.tr("Keep running in the tray when the window is closed; start at login")
        )
        self.settings_action.triggered.connect(self.edit_settings)
        self.settings_dialog: QDialog | None = None

    def _make_tray(self) -> None:
        tray = QSystemTrayIcon(tray_icon(), self)
        tray.setToolTip(self.tr("EnquiryDesk"))
        menu = QMenu(self.window)
        show = QAction(self.tr("&Show EnquiryDesk"), menu)
        show.triggered.connect(self.show_window)
        quit_action = QAction(self.tr("&Quit"), menu)
        quit_action.triggered.connect(self.quit)
        menu.addAction(show)
        menu.addAction(quit_action)
        tray.setContextMenu(menu)
        tray.activated.connect(self._tray_activated)
        tray.messageClicked.connect(lambda: self.open(self._target))
        tray.show()
        self.tray = tray

    def start(self) -> None:
        """Every minute from now; the first look (what came due while closed) at once."""
        self.timer.start()
        self.check()

    # -- the minute -----------------------------------------------------------------------

    def minute(self) -> None:
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self._make_tray()  # a tray that came after us (started at login)
        self.today.tick()
        self.check()

    def check(self) -> None:
        """Ask the worker what came due since the last look (everything, the first time)."""
        if self.busy or self.window.read_only:
            return
        self.busy = True
        ctx, since = self.ctx, self.since
        if since is None:
            self.tasks.run(lambda: _catch_up(ctx), self._caught_up, failed=self._failed)
        else:
            self.tasks.run(lambda: _announce_due(ctx, since), self._announced, failed=self._failed)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.window._failed(error)

    def _caught_up(self, found: Announcement | None) -> None:
        self.busy = False
        if found is None:  # the file is being checked: nothing may be written yet
            QTimer.singleShot(RETRY_MS, self, self.check)
            return
        self.since = found.checked_until
        if found.count == 0:
            return
        text = self.tr("%Ln follow-ups came due. They are on the Today page.", "", found.count)
        self.notify(self.tr("Since EnquiryDesk last ran"), text, ("today", 0))
        self.announced.emit(found)

    def _announced(self, found: Announcement | None) -> None:
        self.busy = False
        if found is None:
            return  # asked again next minute, from the same time
        self.since = found.checked_until
        if found.count == 0:
            return
        if found.count == 1 and found.items:
            title, text = self.describe(found.items[0])
            target: Target = ("enquiry", found.items[0].enquiry_id or 0)
            if found.items[0].enquiry_id is None:
                target = ("today", 0)
        else:
            title = self.tr("%Ln follow-ups came due", "", found.count)
            text = "; ".join(" · ".join(self.describe(item)) for item in found.items)
            target = ("today", 0)
        self.notify(title, text, target)
        self.announced.emit(found)

    def describe(self, item: Item) -> tuple[str, str]:
        """A reminder's title and line, in words."""
        from enquirydesk.ui.today.model import kind_name, who

        if item.kind == "respond":
            title = self.tr("Still waiting for an answer")
        else:
            title = kind_name(item)
        first_line = item.note.splitlines()[0] if item.note.strip() else ""
        parts = (who(item, self.ctx.formats), item.interest, first_line)
        return title, " · ".join(p for p in parts if p)

    def notify(self, title: str, text: str, target: Target) -> None:
        """A tray message where there is a tray, else the bar on the Today page."""
        self._target = target
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        else:
            self.today.notice.show_notice(
                self.tr("{title}: {text}").format(title=title, text=text), target
            )

    def open(self, target: Target) -> None:
        """A notice was clicked: the window, and the enquiry (or Today) in it."""
        self.show_window()
        kind, number = target
        if kind == "enquiry" and number:
            self.window.show_enquiry(number)
        else:
            self.window.show_today()
        self.today.notice.hide()

    # -- the tray -------------------------------------------------------------------------

    def edit_settings(self) -> None:
        from enquirydesk.ui.settings.reminders import ReminderSettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            return
        if self.window.read_only:
            self.window.statusBar().showMessage(self.window.read_only, 10_000)
            return
        dialog = ReminderSettingsDialog(
            self.ctx, self.tasks, tray=self.tray is not None, saved=self.window.done,
            parent=self.window,
        )  # fmt: skip
        self.settings_dialog = dialog
        dialog.finished.connect(lambda _result: self._settings_closed(dialog))
        dialog.open()

    def _settings_closed(self, dialog: QDialog) -> None:
        self.settings_dialog = None
        dialog.deleteLater()

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window()

    def show_window(self) -> None:
        self.window.show()
        self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
        self.window.raise_()
        self.window.activateWindow()

    def window_closing(self, event: QCloseEvent) -> bool:
        """The window is being closed. True: it was hidden in the tray instead — the user
        closed it (not Quit, not the program), there is a tray and the shop wants that;
        the first time the tray says where it went. False: it closes, the minute stops."""
        if self._keep(event):
            self.window.hide()
            if not self._told_tray and self.tray is not None:
                self._told_tray = True
                self.tray.showMessage(
                    self.tr("EnquiryDesk is still running"),
                    self.tr(
                        "Reminders keep coming here. Quit from this icon's menu, or with Ctrl+Q."
                    ),
                    QSystemTrayIcon.MessageIcon.Information,
                    MESSAGE_MS,
                )
            return True
        self.timer.stop()
        return False

    def _keep(self, event: QCloseEvent) -> bool:
        return (
            not self.quitting
            and event.spontaneous()
            and self.tray is not None
            and self.tray.isVisible()
            and bool(self.ctx.settings[declared.KEEP_IN_TRAY])
        )

    def quit(self) -> None:
        """End the program, also when the window is only hidden in the tray (closing a
        hidden window does not end it by itself)."""
        self.quitting = True
        hidden = not self.window.isVisible()
        self.window.close()
        if self.tray is not None:
            self.tray.hide()
        if hidden:
            QApplication.quit()


# On the worker thread (which also loads the service: the window opens without it).


def _catch_up(ctx: Context) -> Announcement | None:
    from enquirydesk.services import reminders

    return reminders.catch_up(ctx)


def _announce_due(ctx: Context, since: datetime) -> Announcement | None:
    from enquirydesk.services import reminders

    return reminders.announce_due(ctx, since)
