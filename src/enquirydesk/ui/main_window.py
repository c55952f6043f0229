"""The main window: the shop at a glance, the enquiries table, quick log and undo."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services import history, overview
from enquirydesk.services import settings as settings_service
from enquirydesk.services.context import Changes, Context
from enquirydesk.ui.enquiries_view import EnquiriesView
from enquirydesk.ui.tasks import Tasks
from enquirydesk.ui.widgets import heading

DEMO_SIZE = 10_000


class MainWindow(QMainWindow):
    restoreRequested = Signal()  # the read-only banner's "Restore a backup…" (app.py acts)
    read_only = ""  # why nothing may be saved, once `set_read_only` was called
    first_run: QDialog | None = None
    quick_log_dialog: QDialog | None = None

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.resize(1024, 640)
        self.tasks = Tasks(self)
        self.tasks.on_error = self._failed
        self._undo: list[Changes] = []  # this session's operations, the latest last

        overview_page = QWidget(self)
        layout = QVBoxLayout(overview_page)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = heading("", overview_page, 1.6)
        self.heading.setObjectName("shopHeading")
        self.summary = QLabel(overview_page)
        self.summary.setObjectName("summaryLabel")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Load demo data…"), overview_page)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setToolTip(
            self.tr("Fill this new database with realistic example enquiries")
        )
        self.demo_button.clicked.connect(self.load_demo)
        self.log_button = QPushButton(self.tr("New enquiry (Ctrl+N)"), overview_page)
        self.log_button.setObjectName("newEnquiryButton")
        self.log_button.setAccessibleName(self.tr("New enquiry"))
        self.log_button.setToolTip(self.tr("Log an enquiry that just came in (Ctrl+N)"))
        self.log_button.setMinimumHeight(self.fontMetrics().height() * 3)
        big = self.log_button.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.log_button.setFont(big)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        self.enquiries = EnquiriesView(ctx, self.tasks, self)
        self.enquiries.changed.connect(self.done)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pages")
        self.tabs.addTab(overview_page, self.tr("&Overview"))
        self.tabs.addTab(self.enquiries, self.tr("&Enquiries"))
        self.setCentralWidget(self.tabs)

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
        find = QAction(self.tr("&Find enquiries"), self)
        find.setObjectName("findAction")
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find)

        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.new_enquiry)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        menu.addAction(refresh)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(find)
        self._enquiry_menu()
        self.refresh()
        self.enquiries.apply()
        self._restore_state()

    # -- actions --------------------------------------------------------------------------

    def _enquiry_menu(self) -> None:
        """The detail pane's actions again, in a menu made from the pane's own buttons
        when first opened (the pane binds the keys; the menu shows them after a tab)."""
        self.enquiry_menu = self.menuBar().addMenu(self.tr("E&nquiry"))
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
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())

    def pane_action(self, name: str) -> None:
        """Do what the detail pane's button does, or say why it cannot be done."""
        self.tabs.setCurrentWidget(self.enquiries)
        button = self.enquiries.detail.buttons[name]
        if button.isEnabled():
            button.click()
        else:
            self.statusBar().showMessage(button.toolTip(), 10_000)

    def quick_log(self) -> None:
        from enquirydesk.ui.quick_log import QuickLogDialog

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

    def done(self, changes: Changes) -> None:
        """After an operation: remember it for undo, say what happened, show it."""
        if changes.operation_id is not None:
            self._undo.append(changes)
            self._name_undo()
        self.statusBar().showMessage(
            self.tr("{what}. Ctrl+Z undoes it.").format(what=changes.summary), 10_000
        )
        self.undo_button.setVisible(changes.operation_id is not None)
        self._undo_button_timer.start()
        self.refresh()
        self.enquiries.show_changes(
            changes.created.get("enquiry", ()), set(changes.changed.get("enquiry", ()))
        )

    def undo(self) -> None:
        self.undo_button.hide()
        if not self._undo:
            return
        last = self._undo.pop()
        assert last.operation_id is not None
        try:
            history.undo(self.ctx, last.operation_id)
        except EnquiryDeskError as error:
            QMessageBox.warning(self, self.tr("Undo"), str(error))
            return
        self._name_undo()
        self.statusBar().showMessage(self.tr("Undone: {what}").format(what=last.summary), 10_000)
        self.refresh()
        self.enquiries.reload_keeping_selection()  # an enquiry may have gone or come back

    def _name_undo(self) -> None:
        """The Undo menu item says what it will undo."""
        self.undo_action.setEnabled(bool(self._undo))
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=self._undo[-1].summary)
            if self._undo
            else self.tr("&Undo")
        )

    def find(self) -> None:
        self.tabs.setCurrentWidget(self.enquiries)
        self.enquiries.search.setFocus()
        self.enquiries.search.selectAll()

    def _failed(self, error: Exception) -> None:
        """Background work failed: a user-facing problem is said in the status bar; a bug
        also goes to the error hook with its traceback."""
        if not isinstance(error, EnquiryDeskError):
            sys.excepthook(type(error), error, error.__traceback__)
        self.statusBar().showMessage(str(error), 15_000)

    # -- window state (apart from the shop's settings) -----------------------------------

    def _restore_state(self) -> None:
        state = QSettings()
        geometry = state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = state.value("window/enquirySplitter")
        if splitter is not None:
            self.enquiries.splitter.restoreState(splitter)
        columns = state.value("window/enquiryColumns")
        if columns is not None:
            self.enquiries.columns_fitted = self.enquiries.table.horizontalHeader().restoreState(
                columns
            )

    def closeEvent(self, event) -> None:
        state = QSettings()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/enquirySplitter", self.enquiries.splitter.saveState())
        state.setValue("window/enquiryColumns", self.enquiries.table.horizontalHeader().saveState())
        self.tasks.shutdown(at_exit=self.ctx.store.db.close)  # its own connection
        super().closeEvent(event)

    def refresh(self) -> None:
        name = self.ctx.settings[declared.SHOP_NAME] or self.tr("EnquiryDesk")
        self.setWindowTitle(self.tr("{name} — EnquiryDesk").format(name=name))
        self.heading.setText(name)
        if not self.summary.text():  # the first counts take a moment on a big file
            self.summary.setText("…")
            self.demo_button.hide()
        ctx = self.ctx
        self.tasks.run(lambda: overview.counts(ctx), self._show_counts, key="counts")

    def _show_counts(self, facts: overview.Counts) -> None:
        if facts.enquiries == 0:
            self.summary.setText(
                self.tr("No enquiries yet. Log your first one, or load demo data to look around.")
            )
        else:
            self.summary.setText(
                self.tr(
                    "{enquiries} enquiries · {waiting} awaiting a response · "
                    "{today} follow-ups due today · {overdue} overdue"
                ).format(
                    enquiries=f"{facts.enquiries:,}",
                    waiting=f"{facts.awaiting_response:,}",
                    today=f"{facts.due_today:,}",
                    overdue=f"{facts.overdue:,}",
                )
            )
        self.demo_button.setVisible(facts.enquiries == 0)

    def offer_demo_if_new(self) -> None:
        """On a brand-new database, the first-run page: shop, country, currency, demo or not."""
        if self.read_only or self.ctx.settings[declared.FIRST_RUN_DONE]:
            return
        if overview.has_enquiries(self.ctx):  # filled by the command line or an import
            try:
                settings_service.update(self.ctx, {declared.FIRST_RUN_DONE.key: True})
            except EnquiryDeskError as error:
                self._failed(error)
            return
        from enquirydesk.ui.first_run import FirstRunPage

        self.first_run = FirstRunPage(self.ctx, self)
        self.first_run.finished.connect(self._first_run_finished)
        self.first_run.open()

    def _first_run_finished(self) -> None:
        page, self.first_run = self.first_run, None
        if page is None:
            return
        page.deleteLater()
        if not page.saved:  # closed: asked again next time
            return
        self.ctx.forget_cache()
        self.refresh()
        if page.with_demo:
            self.load_demo()
        else:
            self.statusBar().showMessage(self.tr("Ready. Press Ctrl+N to log an enquiry."), 10_000)

    def load_demo(self) -> None:
        from enquirydesk.services import demo  # a new file's first minute only: not at start

        dialog = QProgressDialog(
            self.tr("Making demo data…"), self.tr("Cancel"), 0, DEMO_SIZE, self
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def progress(done: int, total: int) -> bool:
            dialog.setValue(done)
            QApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            demo.generate(self.ctx, DEMO_SIZE, progress=progress)
        except demo.Cancelled:
            pass
        except EnquiryDeskError as error:
            QMessageBox.warning(self, self.tr("Demo data"), str(error))
        finally:
            dialog.close()
        self.ctx.forget_cache()
        self.refresh()

    def set_read_only(self, reason: str, details: str = "") -> None:
        """The file must not be written to (it failed its check): say so at the top, offer
        a backup, and disable every action that saves. `details` are the technical words."""
        if self.read_only:
            return
        self.read_only = reason
        self.ctx.store.writable = False
        for action in (self.new_enquiry, self.undo_action):
            action.setEnabled(False)
        for button in (self.log_button, self.demo_button):
            button.setEnabled(False)
        self.enquiries.detail.set_read_only(reason)
        if self.first_run is not None:
            self.first_run.reject()
        banner = QFrame(self)
        banner.setObjectName("readOnlyBanner")
        banner.setStyleSheet(
            "QFrame#readOnlyBanner { background: #fdecea; border-bottom: 1px solid #b3261e; }"
            "QFrame#readOnlyBanner QLabel { color: #410e0b; }"
        )
        text = QLabel(reason, banner)
        text.setObjectName("readOnlyText")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        text.setToolTip(details)
        restore = QPushButton(self.tr("&Restore a backup…"), banner)
        restore.setObjectName("restoreBackupButton")
        restore.setAccessibleName(self.tr("Restore a backup"))
        restore.clicked.connect(self.restoreRequested)
        row = QHBoxLayout(banner)
        row.addWidget(text, 1)
        row.addWidget(restore, 0, Qt.AlignmentFlag.AlignVCenter)
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(banner)
        column.addWidget(self.takeCentralWidget(), 1)
        self.setCentralWidget(page)
        self.statusBar().showMessage(details or self.tr("Read-only: nothing can be saved."))
