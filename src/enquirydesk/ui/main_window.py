"""The main window. For now: what is waiting today and the way to demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services import demo, overview
from enquirydesk.services import settings as settings_service
from enquirydesk.services.context import Context

DEMO_SIZE = 10_000


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.resize(1024, 640)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(central)
        self.heading.setObjectName("shopHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(central)
        self.summary.setObjectName("summaryLabel")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_button = QPushButton(self.tr("Load demo data…"), central)
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setToolTip(
            self.tr("Fill this new database with realistic example enquiries")
        )
        self.demo_button.clicked.connect(self.load_demo)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setCentralWidget(central)

        menu = self.menuBar().addMenu(self.tr("&File"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        menu.addAction(refresh)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        self.refresh()

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
