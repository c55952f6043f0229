"""Settings: one page per subject, each saying what it changes. Save gathers every page
into one `services.setup.Setup` and saves it on a thread of the dialog's own as one
operation: in the change log with who and when, undone by one Ctrl+Z."""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from enquirydesk import i18n
from enquirydesk.domain.errors import EnquiryDeskError, ValidationError
from enquirydesk.services import setup
from enquirydesk.services.context import Cancelled, Context
from enquirydesk.ui.common.saving import Saver, waiting_text
from enquirydesk.ui.common.widgets import paragraph
from enquirydesk.ui.file.backups import BackupKeeper
from enquirydesk.ui.settings.backups_page import BackupsPage
from enquirydesk.ui.settings.hours_page import HoursPage
from enquirydesk.ui.settings.language_page import LanguagePage
from enquirydesk.ui.settings.lists_page import ChannelsPage, ReasonsPage
from enquirydesk.ui.settings.page import SettingsPage
from enquirydesk.ui.settings.privacy_page import PrivacyPage
from enquirydesk.ui.settings.shop_page import ShopPage, TargetsPage
from enquirydesk.ui.settings.staff_page import SecurityPage, StaffPage


class SettingsDialog(QDialog):
    """The pages beside a list of them; Save stores every page at once."""

    saved = Signal(object)  # Changes
    restartAsked = Signal()  # a new language: start again now

    def __init__(
        self,
        ctx: Context,
        backups: BackupKeeper,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.shop_page = ShopPage(ctx, self)
        self.hours_page = HoursPage(ctx, self)
        self.targets_page = TargetsPage(ctx, self)
        self.channels_page = ChannelsPage(self)
        self.reasons_page = ReasonsPage(self)
        self.staff_page = StaffPage(self)
        self.security_page = SecurityPage(self)
        self.backups_page = BackupsPage(ctx, backups, self)
        self.language_page = LanguagePage(ctx, self)
        self.privacy_page = PrivacyPage(ctx, self)
        self.pages: list[SettingsPage] = [
            self.shop_page,
            self.language_page,
            self.hours_page,
            self.targets_page,
            self.channels_page,
            self.reasons_page,
            self.staff_page,
            self.security_page,
            self.backups_page,
            self.privacy_page,
        ]
        self.shop_page.fields.countryChanged.connect(self.hours_page.show_country)
        self.list = QListWidget(self)
        self.list.setObjectName("settingsPages")
        self.list.setAccessibleName(self.tr("Settings pages"))
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.list.addItem(page.title)
            scroller = QScrollArea(self.stack)  # longer languages, smaller screens
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QScrollArea.Shape.NoFrame)
            scroller.setWidget(page)
            self.stack.addWidget(scroller)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.list.setCurrentRow(0)
        widest = max(self.list.fontMetrics().horizontalAdvance(p.title) for p in self.pages)
        self.list.setFixedWidth(widest + 40)

        self.saver = Saver(ctx, self)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._failed)
        self.waiting = paragraph(waiting_text(), self, "settingsWaiting")
        self.waiting.hide()
        self.saver.waiting.connect(self.waiting.setVisible)
        self.progress = QProgressBar(self)  # new opening hours reprice every response
        self.progress.setObjectName("settingsProgress")
        self.progress.setAccessibleName(self.tr("Recomputing response times"))
        self.progress.hide()
        self.saver.progressed.connect(self._progressed)
        self._stop = threading.Event()  # Cancel while response times are recomputed
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveSettingsButton")
        self.save_button.setAccessibleName(self.tr("Save the settings"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelSettingsButton")
        self.cancel_button.setAccessibleName(self.tr("Close without saving"))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.waiting)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self._fitted = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:  # the pages' widths are known once they are polished
            self._fitted = True
            for page in self.pages:
                page.ensurePolished()
                for child in page.findChildren(QWidget):
                    child.ensurePolished()
            widest = max(page.sizeHint().width() for page in self.pages)
            self.stack.setMinimumWidth(widest + 24)  # no page scrolls sideways
            self.resize(self.sizeHint().width(), self.fontMetrics().height() * 42)

    def page(self, name: str) -> SettingsPage:
        """A page by its object name (``shopPage``…), shown."""
        for n, page in enumerate(self.pages):
            if page.objectName() == name:
                self.list.setCurrentRow(n)
                return page
        raise KeyError(name)

    def save(self) -> None:
        if self.saver.busy:
            return
        change = setup.Setup(values={})
        for page in self.pages:
            page.show_error("")
        for n, page in enumerate(self.pages):
            try:
                page.fill(change)
            except ValidationError as error:
                self.list.setCurrentRow(n)
                page.show_error(error.message)
                return
        self.save_button.setEnabled(False)
        if self.privacy_page.forgets_more():  # say how many would be forgotten, and ask
            self.privacy_page.confirm(
                lambda: self._save(change), lambda: self.save_button.setEnabled(True)
            )
            return
        self._save(change)

    def _save(self, change: setup.Setup) -> None:
        self.save_button.setText(self.tr("Saving…"))
        ctx = self.ctx
        self._stop = stop = threading.Event()

        def work(report) -> setup.Saved:
            def progress(done: int, total: int) -> bool:
                report(done, total)
                return not stop.is_set()

            return setup.save(ctx, change, progress)

        self.saver.save(work, reports=True)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if not self.progress.isVisible():
            self.progress.show()
            self.cancel_button.setToolTip(
                self.tr("Stop recomputing the response times; nothing is saved (Esc)")
            )

    def _saved(self, result: setup.Saved) -> None:
        self.ctx.forget_cache()
        if result.recovery_key:
            QMessageBox.information(
                self,
                self.tr("The owner's PIN is set"),
                self.tr(
                    "Write this recovery key down and keep it apart from the computer. If the "
                    "PIN is ever forgotten, it removes it:\n\n{key}\n\nIt is shown only now."
                ).format(key=result.recovery_key),
            )
        if result.changes.operation_id is not None:
            self.saved.emit(result.changes)
        restart = self._ask_restart()
        self.accept()
        if restart:
            self.restartAsked.emit()

    def _ask_restart(self) -> bool:
        """A new language shows at the next start; offer it now."""
        speaks = self.language_page.speaks()
        if not self.language_page.changed() or speaks == i18n.current_language():
            return False
        box = QMessageBox(self)
        box.setObjectName("restartQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("New language"))
        box.setText(
            self.tr("EnquiryDesk will speak {language} when it starts again.").format(
                language=i18n.LANGUAGES[speaks]
            )
        )
        box.setInformativeText(self.tr("Start it again now? Nothing you saved is lost."))
        now = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        now.setObjectName("restartNowButton")
        later = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("restartLaterButton")
        box.setDefaultButton(later)
        box.exec()
        return box.clickedButton() is now

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        self.save_button.setText(self.tr("Save"))
        self.progress.hide()
        self.cancel_button.setEnabled(True)
        if isinstance(error, Cancelled) and self._stop.is_set():
            self.hours_page.show_error(
                self.tr("Saving was stopped; nothing was changed. Save again when you like.")
            )
            self.list.setCurrentRow(self.pages.index(self.hours_page))
            return
        if not isinstance(error, EnquiryDeskError):
            raise error
        shown = self.stack.currentIndex()
        field = getattr(error, "field", "")
        owner = {"pin": self.security_page, "staff": self.staff_page, "hours": self.hours_page}
        page = owner.get(field) or self.pages[shown]
        self.list.setCurrentRow(self.pages.index(page))
        page.show_error(str(error))

    def reject(self) -> None:
        if not self.saver.busy:
            super().reject()
        elif self.progress.isVisible():  # recomputing response times: stop, save nothing
            self._stop.set()
            self.cancel_button.setEnabled(False)

    def done(self, result: int) -> None:
        self.saver.close()
        super().done(result)
