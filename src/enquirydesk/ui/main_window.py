"""The main window: the shop at a glance, the enquiries table, quick log and undo."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
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
from enquirydesk.services import demo, history, overview
from enquirydesk.services import settings as settings_service
from enquirydesk.services.context import Changes, Context
from enquirydesk.ui.enquiries_view import EnquiriesView
from enquirydesk.ui.tasks import Tasks

DEMO_SIZE = 10_000


class MainWindow(QMainWindow):
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
        self.heading = QLabel(overview_page)
        self.heading.setObjectName("shopHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
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
        self.refresh()
        self.enquiries.apply()
        self._restore_state()

    # -- actions --------------------------------------------------------------------------

    def quick_log(self) -> None:
        from enquirydesk.ui.quick_log import QuickLogDialog

        dialog = QuickLogDialog(self.ctx, self)
        if dialog.exec() and dialog.changes is not None:
            self.done(dialog.changes)

    def done(self, changes: Changes) -> None:
        """After an operation: remember it for undo, say what happened, show it."""
        if changes.operation_id is not None:
            self._undo.append(changes)
            self.undo_action.setEnabled(True)
            self.undo_action.setText(self.tr("&Undo {what}").format(what=changes.summary))
        self.statusBar().showMessage(
            self.tr("{what}. Ctrl+Z undoes it.").format(what=changes.summary), 10_000
        )
        self.refresh()
        self.enquiries.apply()

    def undo(self) -> None:
        if not self._undo:
            return
        last = self._undo.pop()
        assert last.operation_id is not None
        try:
            history.undo(self.ctx, last.operation_id)
        except EnquiryDeskError as error:
            QMessageBox.warning(self, self.tr("Undo"), str(error))
            return
        self.undo_action.setEnabled(bool(self._undo))
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=self._undo[-1].summary)
            if self._undo
            else self.tr("&Undo")
        )
        self.statusBar().showMessage(self.tr("Undone: {what}").format(what=last.summary), 10_000)
        self.refresh()
        self.enquiries.apply()

    def find(self) -> None:
        self.tabs.setCurrentWidget(self.enquiries)
        self.enquiries.search.setFocus()
        self.enquiries.search.selectAll()

    def _failed(self, error: Exception) -> None:
        self.statusBar().showMessage(str(error), 15_000)

    # -- window state (apart from the shop's settings) -----------------------------------

    def _restore_state(self) -> None:
        state = QSettings()
        geometry = state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        columns = state.value("window/enquiryColumns")
        if columns is not None:
            self.enquiries.table.horizontalHeader().restoreState(columns)

    def closeEvent(self, event) -> None:
        state = QSettings()
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/enquiryColumns", self.enquiries.table.horizontalHeader().saveState())
        self.tasks.shutdown(at_exit=self.ctx.store.db.close)  # its own connection
        super().closeEvent(event)

    def refresh(self) -> None:
        facts = overview.counts(self.ctx)
        name = self.ctx.settings[declared.SHOP_NAME] or self.tr("EnquiryDesk")
        self.setWindowTitle(self.tr("{name} — EnquiryDesk").format(name=name))
        self.heading.setText(name)
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
        """On a brand-new database, offer demo data once."""
        if self.ctx.settings[declared.FIRST_RUN_DONE]:
            return
        settings_service.update(self.ctx, {declared.FIRST_RUN_DONE.key: True})
        if overview.counts(self.ctx).enquiries:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Welcome to EnquiryDesk"),
            self.tr("This database is new. Load demo data to look around first?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo()

    def load_demo(self) -> None:
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
