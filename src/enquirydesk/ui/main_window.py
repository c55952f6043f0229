"""The main window: the shop at a glance, the enquiries table, quick log and undo."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import DamagedDatabaseError, EnquiryDeskError
from enquirydesk.services import history, overview, problems, servers, setup
from enquirydesk.services.context import Changes, Context
from enquirydesk.ui.common import formatting, language
from enquirydesk.ui.common import window_state as state
from enquirydesk.ui.common.banner import Banner
from enquirydesk.ui.common.pin import owner_allows
from enquirydesk.ui.common.progress import LongWork, run_with_progress
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.undo_keys import TextBoxUndo
from enquirydesk.ui.common.window_state import WindowState
from enquirydesk.ui.counter import Counter
from enquirydesk.ui.customers.view import CustomersView
from enquirydesk.ui.enquiries.model import COLUMNS
from enquirydesk.ui.enquiries.view import EnquiriesView
from enquirydesk.ui.file.backups import BackupKeeper
from enquirydesk.ui.file.export_all import ExportAll
from enquirydesk.ui.file.live import LiveChanges
from enquirydesk.ui.file.purge import PurgeDeleted
from enquirydesk.ui.file.watch import FileWatch
from enquirydesk.ui.reports.view import ReportsView
from enquirydesk.ui.settings.retention import RetentionKeeper
from enquirydesk.ui.today.reminders import Reminders
from enquirydesk.ui.today.view import TodayView

DEMO_SIZE = 10_000


class MainWindow(QMainWindow):
    restoreRequested = Signal()  # the read-only banner's "Restore a backup…" (app.py acts)
    # File → Connect to the shop's server…: the dialog's answer, a server's database or
    # a file on this PC (app.py's Session switches the window to it).
    switchRequested = Signal(object)
    #: Every change, whoever made it (an operation, an undo, a redo): (Changes, initiator).
    #: Each page re-reads what it shows (ui/common/pages.py).
    changesMade = Signal(object, object)
    read_only = ""  # why nothing may be saved, once `set_read_only` was called
    first_run: QDialog | None = None
    quick_log_dialog: QDialog | None = None
    demo_work: LongWork | None = None  # the demo data being made, while it is
    settings_dialog: QDialog | None = None
    import_wizard: QDialog | None = None  # File → Import…, while open
    server_dialog: QDialog | None = None  # File → Connect to the shop's server…, while open
    _closed = False  # the closing backup was made and the worker ended
    _undoing = False  # an undo or redo is on its way

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        formatting.use(ctx.formats)  # the shop's figures, also where no ctx is at hand
        self.setObjectName("mainWindow")
        self.resize(1024, 640)
        self.tasks = Tasks(self)
        self.tasks.on_error = self._failed
        self.tasks.explain = lambda error: problems.explain(error, store=ctx.store)
        self._undo: list[Changes] = []  # this session's operations, the latest last
        self._redo: list[Changes] = []  # the undos of this session, the latest last

        self._build_pages(ctx)
        self._build_undo()
        self._build_navigation()
        self._build_file_menu(ctx)
        self._build_edit_and_settings_menus()
        self._show_heading()
        # The list's first screenful before Today's lists: it is one short read, and the
        # page shown after a start is often the list.
        self.enquiries.apply()
        self.counter.load()
        self.today.reload()
        self._restore_state()
        self.reminders.start()

    # -- building the window ------------------------------------------------------------

    def _build_pages(self, ctx: Context) -> None:
        """The four pages in their tabs, under the banners, each hearing of every change."""
        # Today: the first page; its heading, figures and buttons keep the names the
        # window has always given them.
        self.today = TodayView(ctx, self.tasks, self)
        self.today.changed.connect(lambda changes: self.done(changes, self.today))
        self.today.openEnquiry.connect(self.show_enquiry)
        self.today.showEnquiries.connect(self.show_rest_of_today)
        self.today.counted.connect(lambda _lists: self._show_title())
        self.heading, self.summary = self.today.heading, self.today.summary
        self.log_button, self.demo_button = self.today.log_button, self.today.demo_button
        self.demo_button.clicked.connect(lambda: self.load_demo())

        self.enquiries = EnquiriesView(ctx, self.tasks, self)
        self.enquiries.changed.connect(lambda changes: self.done(changes, self.enquiries))
        self.enquiries.said.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pages")
        self.tabs.addTab(self.today, self.tr("&Today"))
        self.tabs.addTab(self.enquiries, self.tr("En&quiries"))
        self.customers = CustomersView(ctx, self.tasks, self)  # built when first shown
        self.customers.changed.connect(lambda changes: self.done(changes, self.customers))
        self.customers.enquiryActivated.connect(self.show_enquiry)
        self.tabs.addTab(self.customers, self.tr("&Customers"))
        self.reports = ReportsView(ctx, self.tasks, self)  # counts a month when first shown
        self.tabs.addTab(self.reports, self.tr("&Reports"))
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banners = QVBoxLayout()  # what the user must know first (ui/banner.py)
        self.banners.setSpacing(0)
        column.addLayout(self.banners)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(page)
        for listener in (self.today, self.enquiries, self.customers, self.reports):
            self.changesMade.connect(listener.on_changes)

    def _build_undo(self) -> None:
        """New enquiry, and undo and redo: the actions, their keys and the status bar's Undo."""
        self.new_enquiry = QAction(self.tr("&New enquiry…"), self)
        self.new_enquiry.setObjectName("newEnquiryAction")
        self.new_enquiry.setShortcut(QKeySequence.StandardKey.New)
        self.new_enquiry.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_enquiry.setToolTip(self.tr("Log an enquiry that just came in (Ctrl+N)"))
        self.new_enquiry.triggered.connect(self.quick_log)
        self.log_button.clicked.connect(self.quick_log)
        # "Undo" beside the status message for a while after each change.
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setObjectName("statusUndoButton")
        self.undo_button.setAccessibleName(self.tr("Undo the last change"))
        self.undo_button.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo)
        self.statusBar().addPermanentWidget(self.undo_button)
        self._undo_button_timer = QTimer(self)
        self._undo_button_timer.setSingleShot(True)
        self._undo_button_timer.setInterval(10_000)
        self._undo_button_timer.timeout.connect(self.undo_button.hide)
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setObjectName("redoAction")
        # Both usual keys on every system (Linux's own redo key is Ctrl+Shift+Z only).
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
                      if k not in redo_keys]  # fmt: skip
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(self.redo)
        # In a text box the keys undo its typing first, then the window's changes.
        self.text_box_undo = TextBoxUndo(self, self.undo_action, self.redo_action)

    def _build_navigation(self) -> None:
        """The window's own keys: turning the pages, and finding enquiries."""
        # Ctrl+Tab and Ctrl+Shift+Tab turn the pages from anywhere in the window: the
        # window's own keys, taken before a table (which would move its cell) sees them.
        self.next_page = QAction(self.tr("Next page"), self)
        self.next_page.setObjectName("nextPageAction")
        self.next_page.setShortcut(QKeySequence("Ctrl+Tab"))
        self.next_page.triggered.connect(lambda: self.turn_page(1))
        self.previous_page = QAction(self.tr("Previous page"), self)
        self.previous_page.setObjectName("previousPageAction")
        self.previous_page.setShortcut(QKeySequence("Ctrl+Shift+Tab"))
        self.previous_page.triggered.connect(lambda: self.turn_page(-1))
        for action in (self.next_page, self.previous_page):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.find_action = find = QAction(self.tr("&Find enquiries"), self)
        find.setObjectName("findAction")
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find)

    def _build_file_menu(self, ctx: Context) -> None:
        """The File menu and what stands behind it: exports, imports, the server, backups,
        purging; the counter, the file's watch, live changes, retention and reminders."""
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.new_enquiry)
        refresh = QAction(self.tr("Re&fresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        menu.addAction(refresh)
        menu.addAction(self.reports.print_action)
        self.export_all = ExportAll(self, ctx, self.tasks)  # every record (ui/file/export_all.py)
        menu.addAction(self.export_all.action)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(
            self.tr("Bring in the shop's history from a CSV file or a spreadsheet (Ctrl+I)")
        )
        self.import_action.triggered.connect(lambda: self.import_history())
        menu.addAction(self.import_action)
        self.connect_server_action = QAction(self.tr("Connect to the shop's &server…"), self)
        self.connect_server_action.setObjectName("connectServerAction")
        self.connect_server_action.setToolTip(
            self.tr("Work on the shop's database on a server, shared by several PCs")
        )
        self.connect_server_action.triggered.connect(lambda: self.connect_to_server())
        menu.addAction(self.connect_server_action)
        menu.addSeparator()
        # The file's care: backups (ui/backups.py), its disk and place (ui/file_watch.py).
        self.backups = BackupKeeper(self, ctx, self.tasks)
        self.backups.restoreAsked.connect(self.restoreRequested.emit)
        menu.addAction(self.backups.back_up_now_action)
        menu.addAction(self.backups.restore_action)
        self.purging = PurgeDeleted(self)  # the owner's purge (ui/file/purge.py)
        menu.addAction(self.purging.action)
        self.counter = Counter(self, ctx, self.tasks)
        self.counter.switched.connect(lambda: self.today.offer_mine(len(self.counter.people) > 1))
        self.statusBar().addPermanentWidget(self.counter.button)
        self.statusBar().addPermanentWidget(self.backups.bar)
        self.statusBar().addPermanentWidget(self.backups.cancel_button)
        self.statusBar().addPermanentWidget(self.backups.status)
        self.file_watch = FileWatch(self, ctx, self.tasks)
        # What the other PCs (or a script beside the window) save, shown as it happens.
        self.live = LiveChanges(self, ctx)
        self.live.arrived.connect(lambda changes: self.announce(changes, self.live))
        self.live.start()
        # Retention, as Settings → Privacy says (ui/settings/retention.py).
        self.retention = RetentionKeeper(self)
        menu.addSeparator()
        # Reminders: the minute, the tray, and keeping the program in it (ui/reminders.py).
        self.reminders = Reminders(self)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.reminders.quit)  # also from the tray
        menu.addAction(quit_action)

    def _build_edit_and_settings_menus(self) -> None:
        """Edit (undo, redo, find), Enquiry (the detail pane's actions) and Settings."""
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addAction(self.find_action)
        self._enquiry_menu()
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setToolTip(
            self.tr("The shop, opening hours, targets, channels, staff, PIN, backups (Ctrl+,)")
        )
        self.settings_action.triggered.connect(self.edit_settings)
        settings_menu.addAction(self.settings_action)
        settings_menu.addAction(self.counter.switch_action)
        settings_menu.addAction(self.reminders.settings_action)

    # -- actions --------------------------------------------------------------------------

    def _enquiry_menu(self) -> None:
        """The detail pane's actions again, in a menu made from the pane's own buttons
        when first opened (the Enquiries page binds the keys; the menu shows them after a
        tab). Every item can be chosen: one that does not apply says why in the status
        bar (and in its status tip, while the menu is open)."""
        self.enquiry_menu = self.menuBar().addMenu(self.tr("E&nquiry"))
        self.enquiry_menu.setToolTipsVisible(True)
        self.enquiry_menu.setObjectName("enquiryMenu")
        self.pane_actions: dict[str, QAction] = {}
        self.enquiry_menu.aboutToShow.connect(self.update_enquiry_menu)

    def update_enquiry_menu(self) -> None:
        pane = self.enquiries.detail
        for name, button in pane.buttons.items():
            action = self.pane_actions.get(name)
            if action is None:
                keys = pane.keys[name].toString(QKeySequence.SequenceFormat.NativeText)
                action = QAction(f"{button.accessibleName()}…\t{keys}", self)
                action.setObjectName(f"{name}Action")
                action.triggered.connect(lambda _=False, n=name: self.pane_action(n))
                self.enquiry_menu.addAction(action)
                self.pane_actions[name] = action
            action.setToolTip(button.toolTip())
            action.setStatusTip(button.toolTip())

    def pane_action(self, name: str) -> None:
        """Do what the detail pane's button does, or say why it cannot be done."""
        self.tabs.setCurrentWidget(self.enquiries)
        button = self.enquiries.detail.buttons[name]
        if button.isEnabled():
            button.click()
        else:
            self.statusBar().showMessage(button.toolTip(), 10_000)

    def quick_log(self) -> None:
        from enquirydesk.ui.enquiries.quick_log import QuickLogDialog

        if self.quick_log_dialog is not None:  # already open: bring it forward
            self.quick_log_dialog.raise_()
            self.quick_log_dialog.activateWindow()
            return
        dialog = QuickLogDialog(self.ctx, self)
        self.quick_log_dialog = dialog
        dialog.finished.connect(lambda result: self._logged(dialog, result))
        dialog.open()

    def _logged(self, dialog, result: int) -> None:
        self.quick_log_dialog = None
        dialog.deleteLater()
        if result and dialog.changes is not None:
            self.done(dialog.changes)

    def done(self, changes: Changes, initiator: object = None) -> None:
        """After an operation: remember it for undo, say what happened, show it."""
        if changes.operation_id is not None:
            self._undo.append(changes)
            self._redo.clear()
            self._name_undo()
        self.statusBar().showMessage(
            self.tr("{what}. Ctrl+Z undoes it.").format(what=changes.summary), 10_000
        )
        self.undo_button.setVisible(changes.operation_id is not None)
        self._undo_button_timer.start()
        self.announce(changes, initiator)

    def announce(self, changes: Changes, initiator: object = None) -> None:
        """Tell every page (and the title, and who can be at the counter) what changed."""
        if changes.touches("setting", "staff"):
            self.ctx.forget_cache()
            formatting.use(self.ctx.formats)  # the shop's country or currency may be new
        if changes.touches("staff"):
            self.counter.load()
        self._show_heading()
        self.changesMade.emit(changes, initiator)

    def _show_heading(self) -> None:
        self.heading.setText(self.ctx.settings[declared.SHOP_NAME] or self.tr("EnquiryDesk"))
        self._show_title()

    def undo(self) -> None:
        """Undo the latest change of this session, on the worker; announced like any."""
        self.undo_button.hide()
        if not self._undo or self._undoing:
            return
        self._step(self._undo, self._redo, self.tr("Undone: {what}"))

    def redo(self) -> None:
        """Do again what was undone last (by undoing the undo)."""
        if not self._redo or self._undoing:
            return
        self._step(self._redo, self._undo, self.tr("Done again: {what}"))

    def _step(self, taken: list[Changes], given: list[Changes], said: str) -> None:
        last = taken.pop()
        assert last.operation_id is not None
        self._undoing = True
        ctx = self.ctx

        def stepped(changes: Changes) -> None:
            self._undoing = False
            given.append(changes)
            self._name_undo()
            what = last.summary.removeprefix("Undo: ")
            self.statusBar().showMessage(said.format(what=what), 10_000)
            self.announce(changes, self)

        def failed(error: Exception) -> None:
            self._undoing = False
            self._name_undo()
            if not isinstance(error, EnquiryDeskError):
                raise error
            QMessageBox.warning(self, self.tr("Undo"), str(error))

        self.tasks.run(lambda: history.undo(ctx, last.operation_id), stepped, failed=failed)

    def clear_undo(self) -> None:
        """Nothing done before can be undone or done again any more (a customer was
        forgotten: the change log no longer holds what those changes wrote)."""
        self._undo.clear()
        self._redo.clear()
        self._name_undo()
        self.undo_button.hide()

    def _name_undo(self) -> None:
        """The Undo and Redo menu items say what they will undo and do again."""
        self.undo_action.setEnabled(bool(self._undo))
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=self._undo[-1].summary)
            if self._undo
            else self.tr("&Undo")
        )
        self.redo_action.setEnabled(bool(self._redo))
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=self._redo[-1].summary.removeprefix("Undo: "))
            if self._redo
            else self.tr("&Redo")
        )

    def turn_page(self, step: int) -> None:
        """The next (1) or previous (-1) page, round the end."""
        count = self.tabs.count()
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def find(self) -> None:
        self.tabs.setCurrentWidget(self.enquiries)
        self.enquiries.search.setFocus()
        self.enquiries.search.selectAll()

    def show_enquiry(self, enquiry_id: int) -> None:
        """The Enquiries page with this enquiry selected and in its detail pane; a search or
        filter that hid it is cleared, and the status bar says so."""
        self.tabs.setCurrentWidget(self.enquiries)
        said = self.enquiries.open_enquiry(enquiry_id)
        self.enquiries.table.setFocus()
        if said:
            self.statusBar().showMessage(said, 15_000)

    def _failed(self, error: Exception) -> None:
        """Background work failed: a user-facing problem is said in the status bar; a bug
        also goes to the error hook with its traceback."""
        if not isinstance(error, EnquiryDeskError):
            sys.excepthook(type(error), error, error.__traceback__)
        elif isinstance(error, DamagedDatabaseError):  # met while reading: marked on the file
            self.set_read_only(
                self.tr(
                    "EnquiryDesk found damage in “{name}”. You can look through it, but nothing "
                    "can be saved to it; restore a backup to go on working."
                ).format(name=self.ctx.store.path.name),
                details=str(error),
            )
            return
        self.statusBar().showMessage(str(error), 15_000)

    # -- window state (apart from the shop's settings) -----------------------------------

    def _restore_state(self) -> None:
        kept = WindowState(self.ctx.store.path)
        geometry = kept.value(state.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = kept.value(state.ENQUIRY_SPLITTER)
        if splitter is not None:
            self.enquiries.splitter.restoreState(splitter)
        columns = kept.value(state.ENQUIRY_COLUMNS)
        if columns is not None:
            self.enquiries.columns_fitted = self.enquiries.table.horizontalHeader().restoreState(
                columns
            )

    def file_checked(self) -> None:
        """The file passed its whole check: backups, the watch on its disk and retention begin."""
        self.backups.start()
        self.file_watch.start()
        self.retention.start()

    def edit_settings(self) -> None:
        from enquirydesk.ui.settings.dialog import SettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        if not owner_allows(self.ctx, self, self.tr("Opening Settings")):
            return
        dialog = SettingsDialog(self.ctx, self.backups, self)
        self.settings_dialog = dialog
        dialog.saved.connect(self._settings_saved)
        dialog.restartAsked.connect(self.restart)
        dialog.finished.connect(lambda _result: self._settings_closed(dialog))
        dialog.open()

    def import_history(self, path: Path | None = None) -> None:
        """File → Import…: the file asked for (unless given), then the wizard."""
        from enquirydesk.ui.file.import_wizard import ImportWizard, choose_file

        if self.import_wizard is not None:
            self.import_wizard.raise_()
            self.import_wizard.activateWindow()
            return
        if self.read_only or not owner_allows(self.ctx, self, self.tr("Importing")):
            return
        path = path or choose_file(self, self.ctx.store.path)
        if path is None:
            return
        wizard = ImportWizard(self.ctx, path, self)
        self.import_wizard = wizard
        wizard.imported.connect(self._imported)
        wizard.finished.connect(lambda _result: self._import_closed(wizard))
        wizard.open()

    def _imported(self, changes: Changes) -> None:
        """A bulk load: every page reads again (Ctrl+Z does not undo it)."""
        self.ctx.forget_cache()
        self.announce(changes, self)
        if changes.summary:
            self.statusBar().showMessage(changes.summary, 15_000)

    def _import_closed(self, wizard: QDialog) -> None:
        self.import_wizard = None
        wizard.deleteLater()

    def connect_to_server(self, *, after_first_run: bool = False) -> None:
        """File → Connect to the shop's server… (and the first-run page's button): the
        dialog; once the server let us in, the window goes to its database. Closed
        without an answer from the first-run page, that page comes back."""
        from enquirydesk.ui.file.server import ServerDialog, prefill_for

        if self.server_dialog is not None:
            self.server_dialog.raise_()
            self.server_dialog.activateWindow()
            return
        dialog = ServerDialog(prefill_for(self.ctx.store.location), parent=self)
        self.server_dialog = dialog
        dialog.finished.connect(lambda result: self._server_closed(dialog, result, after_first_run))
        dialog.open()

    def _server_closed(self, dialog, result: int, after_first_run: bool) -> None:
        self.server_dialog = None
        dialog.deleteLater()
        if result and dialog.answer is not None:
            answer = dialog.answer  # after this slot: the switch closes this window
            QTimer.singleShot(0, self, lambda: self.switchRequested.emit(answer))
        elif after_first_run:
            self.offer_demo_if_new()

    def _settings_saved(self, changes: Changes) -> None:
        self.ctx.forget_cache()
        self.done(changes)
        self.backups.show_last()

    def restart(self) -> None:
        """End the program and start it again on the same file (a new language)."""
        language.ask_restart()
        self.reminders.quit()

    def _settings_closed(self, dialog) -> None:
        self.settings_dialog = None
        dialog.deleteLater()

    def closeEvent(self, event) -> None:
        if self.reminders.window_closing(event):  # hidden in the tray instead
            event.ignore()
            return
        if self._closed:
            super().closeEvent(event)
            return
        self._closed = True
        self.live.stop()
        self.backups.before_close()
        kept = WindowState(self.ctx.store.path)
        kept.set(state.GEOMETRY, self.saveGeometry())
        kept.set(state.ENQUIRY_SPLITTER, self.enquiries.splitter.saveState())
        kept.set(state.ENQUIRY_COLUMNS, self.enquiries.table.horizontalHeader().saveState())
        self.tasks.shutdown(at_exit=self.ctx.store.close)  # the worker's own connection
        # and this thread's: a closed window holds no handle on the file (on Windows an
        # open handle would keep a restore from replacing it)
        self.ctx.store.close()
        super().closeEvent(event)

    def refresh(self) -> None:
        """Read everything again (F5, or after the shop's settings changed)."""
        self.announce(Changes(None, "", everything=True), self)

    def _show_title(self) -> None:
        """The shop's name, with what waits today on the Today tab and in the title bar."""
        shop = self.ctx.settings[declared.SHOP_NAME]
        name = shop or self.tr("EnquiryDesk")
        if self.ctx.store.on_server:  # which of the shop's databases, on which server
            where = servers.describe(self.ctx.store.location)
            name = self.tr("{name} — {where}").format(name=shop, where=where) if shop else where
        lists = self.today.data
        count = "" if lists is None or not lists.count else self.ctx.formats.count(lists.count)
        if count and lists is not None and lists.capped:
            count += "+"
        tab = self.tabs.indexOf(self.today)
        if count:
            self.setWindowTitle(self.tr("{name} ({count}) — EnquiryDesk").format(
                name=name, count=count))  # fmt: skip
            self.tabs.setTabText(tab, self.tr("&Today ({count})").format(count=count))
        else:
            self.setWindowTitle(self.tr("{name} — EnquiryDesk").format(name=name))
            self.tabs.setTabText(tab, self.tr("&Today"))

    def show_today(self) -> None:
        self.tabs.setCurrentWidget(self.today)

    def show_rest_of_today(self, which: str) -> None:
        """A Today list's "and N more": the Enquiries page with the filter that lists them
        (those due later today: open ones by their next follow-up)."""
        status = {"awaiting": "awaiting", "overdue": "overdue"}.get(which, "open")
        self.enquiries.set_state({"status": status})
        self.enquiries.apply()
        if which == "today":
            column = [key for key, _ in COLUMNS].index("next")
            self.enquiries.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        self.tabs.setCurrentWidget(self.enquiries)
        self.enquiries.table.setFocus()

    def offer_demo_if_new(self) -> None:
        """On a shop never set up, the first-run page: shop, country, currency, the owner —
        and on a new file demo data or not. (A file filled by `demo` or `import` is asked
        too: its shop was never confirmed.)"""
        if self.read_only or self.ctx.settings[declared.FIRST_RUN_DONE]:
            return
        ctx = self.ctx
        self.tasks.run(
            lambda: (overview.has_enquiries(ctx), setup.current_staff()),
            self._ask_first_run,
            failed=self._failed,
        )

    def _ask_first_run(self, found: tuple[bool, list]) -> None:
        filled, staff = found
        if self.read_only or self.first_run is not None:
            return
        from enquirydesk.ui.settings.first_run import FirstRunPage

        self.first_run = FirstRunPage(self.ctx, self, filled=filled, staff=staff)
        self.first_run.finished.connect(self._first_run_finished)
        self.first_run.open()

    def _first_run_finished(self) -> None:
        page, self.first_run = self.first_run, None
        if page is None:
            return
        page.deleteLater()
        if page.server_asked:  # the shop's records are on its server: go there instead
            self.connect_to_server(after_first_run=True)
            return
        if not page.saved:  # closed: asked again next time
            return
        self.ctx.forget_cache()
        self.refresh()
        self.counter.seat_owner()  # whoever set the shop up is at the counter now
        if page.with_demo:
            self.load_demo()
        else:
            self.statusBar().showMessage(self.tr("Ready. Press Ctrl+N to log an enquiry."), 10_000)

    def load_demo(self, enquiries: int | None = None) -> None:
        """Demo data (`DEMO_SIZE` enquiries unless told) on the worker, behind a progress
        dialog; Cancel leaves the file empty (the first-run answers stay saved)."""
        from enquirydesk.services import demo  # a new file's first minute only: not at start

        ctx = self.ctx
        size = enquiries or DEMO_SIZE

        def made(changes: Changes | None) -> None:
            self.demo_work = None
            self.ctx.forget_cache()
            self.announce(changes or Changes(None, "", everything=True), self)

        def cancelled() -> None:
            made(None)
            self.statusBar().showMessage(
                self.tr("Demo data cancelled; the file is still empty."), 15_000
            )

        def failed(error: Exception) -> None:
            made(None)
            if not isinstance(error, EnquiryDeskError):
                raise error
            QMessageBox.warning(self, self.tr("Demo data"), str(error))

        self.demo_work = run_with_progress(
            self.tasks,
            self,
            lambda progress: demo.generate(ctx, size, progress=progress).changes,
            made,
            text=self.tr("Making demo data: 18 months of enquiries, customers and follow-ups…"),
            name="demoProgress",
            title=self.tr("Demo data"),
            cancelled=cancelled,
            failed=failed,
        )

    def set_read_only(self, reason: str, details: str = "") -> None:
        """The file must not be written to (it failed its check): say so at the top, offer
        a backup, and disable every action that saves. `details` are the technical words."""
        if self.read_only:
            return
        self.read_only = reason
        self.ctx.store.writable = False
        for action in (self.new_enquiry, self.undo_action, self.import_action):
            action.setEnabled(False)
        for button in (self.log_button, self.demo_button):
            button.setEnabled(False)
        self.enquiries.detail.set_read_only(reason)
        self.today.set_read_only(reason)
        self.customers.set_read_only(reason)
        if self.first_run is not None:
            self.first_run.reject()
        banner = Banner("readOnlyBanner", "error", reason, self, details)
        banner.add_button(
            self.tr("&Restore a backup…"),
            "restoreBackupButton",
            self.tr("Restore a backup"),
            self.restoreRequested.emit,
        )
        self.banners.insertWidget(0, banner)
        self.statusBar().showMessage(details or self.tr("Read-only: nothing can be saved."))
