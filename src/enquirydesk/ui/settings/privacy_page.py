"""Settings → Privacy: forget, after N months, customers who never bought, and make
repeat offers only to customers who agreed to be contacted.

**Preview…** lists who would be forgotten now (read on a thread of its own, so that
a large file never holds up the dialog). Saving with retention newly switched on,
or with fewer months than before, first says how many would be forgotten at once
and asks (`PrivacyPage.confirm`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.i18n import QT_TRANSLATE_NOOP
from enquirydesk.services import problems, retention
from enquirydesk.services.context import Context
from enquirydesk.services.setup import Setup
from enquirydesk.ui.common.small_list_model import SmallListModel
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.widgets import keep_readable, paragraph
from enquirydesk.ui.settings.page import SettingsPage, count_unit

#: The months offered when retention is switched on for the first time.
SUGGESTED_MONTHS = 24


def _count_customers(ctx: Context, months: int) -> list[retention.Candidate]:
    """Who would be forgotten after `months` months, on the calling (worker) thread; its
    database connection is closed after, as the thread ends with this one job."""
    try:
        return retention.candidates(ctx, months)
    except Exception as error:  # SQLite's words for a damaged file: a plain sentence
        explained = problems.explain(error, store=ctx.store)
        if explained is error:
            raise
        raise explained from error
    finally:
        ctx.store.close()


class Shown(NamedTuple):
    """A customer who would be forgotten, as the preview shows them."""

    id: int
    name: str
    last: str  # the last enquiry's day
    enquiries: str


class CandidatesModel(SmallListModel):
    """Who would be forgotten: name, last enquiry, enquiries. The texts are made on the
    worker with the list (there may be tens of thousands); the model only picks them out."""

    CONTEXT = "CandidatesModel"
    COLUMNS = (
        ("name", QT_TRANSLATE_NOOP("CandidatesModel", "Customer")),
        ("last", QT_TRANSLATE_NOOP("CandidatesModel", "Last enquiry")),
        ("enquiries", QT_TRANSLATE_NOOP("CandidatesModel", "Enquiries")),
    )
    _RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def text(self, item: Shown, column: str) -> str:
        return getattr(item, column)

    def key(self, item: Shown) -> int:
        return item.id

    def role_data(self, item: Shown, row: int, column: int, role: int) -> Any:
        if role == int(Qt.ItemDataRole.TextAlignmentRole) and column == 2:
            return self._RIGHT
        return None


class PreviewDialog(QDialog):
    """Who retention would forget now after `months` months: a table and a count."""

    def __init__(self, ctx: Context, months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.months = months
        self.setObjectName("retentionPreviewDialog")
        self.setWindowTitle(self.tr("Who would be forgotten"))
        self.candidates: list[retention.Candidate] | None = None
        self.count = paragraph(self.tr("Looking for them…"), self, "retentionPreviewCount")
        self.count.setAccessibleName(self.tr("How many would be forgotten"))
        self.model = CandidatesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("retentionPreviewTable")
        self.table.setAccessibleName(self.tr("Customers who would be forgotten"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closePreviewButton")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        keep_readable(self, 70)
        self.resize(self.width(), self.fontMetrics().height() * 30)
        formats = ctx.formats

        def work() -> tuple[list[retention.Candidate], list[Shown]]:
            found = _count_customers(ctx, months)
            shown = [
                Shown(c.id, c.name, formats.date(c.last_enquiry_at), formats.count(c.enquiries))
                for c in found
            ]
            return found, shown

        self.tasks = Tasks.once(self, work, self._found, failed=self._failed)

    def _found(self, answer: tuple[list[retention.Candidate], list[Shown]]) -> None:
        found, shown = answer
        self.candidates = found
        self.model.set_items(shown)
        months = self.months
        after = self.tr("%n months without an enquiry", "", months)
        people = len(found)
        if people:
            text = self.tr(
                "%Ln customers who never bought would be forgotten now ({after}).", "", people
            ).format(after=after)
        else:
            text = self.tr(
                "Nobody would be forgotten now: every customer without an enquiry for {after} "
                "bought something."
            ).format(after=after)
        self.count.setText(text)

    def _failed(self, error: Exception) -> None:
        if not isinstance(error, EnquiryDeskError):
            raise error
        self.count.setText(str(error))


class PrivacyPage(SettingsPage):
    """Retention of customers who never bought, and consent before repeat offers."""

    def __init__(self, ctx: Context, parent: QWidget) -> None:
        super().__init__(
            "privacyPage",
            self.tr("Privacy"),
            self.tr(
                "Keep nothing longer than needed about people who enquired and never bought, "
                "and make repeat offers only to those who want them."
            ),
            parent,
        )
        self.ctx = ctx
        settings = ctx.settings
        self.stored_months = int(settings[declared.FORGET_AFTER_MONTHS])
        self.forget_check = QCheckBox(self.tr("&Forget customers who never bought after"), self)
        self.forget_check.setObjectName("forgetAfterCheck")
        self.forget_check.setAccessibleName(
            self.tr("Forget customers who never bought after a number of months")
        )
        self.forget_check.setToolTip(
            self.tr(
                "Off by default. On: once at start and every day, customers with no purchase "
                "whose last enquiry is older than this are forgotten"
            )
        )
        self.months_spin = QSpinBox(self)
        self.months_spin.setObjectName("forgetAfterMonthsSpin")
        self.months_spin.setAccessibleName(self.tr("Months without an enquiry"))
        self.months_spin.setRange(1, 240)
        self.months_spin.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.months_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.months_spin.setValue(self.stored_months or SUGGESTED_MONTHS)
        count_unit(self.months_spin, lambda n: self.tr("%n months", "", n))
        without = QLabel(self.tr("without an enquiry"), self)
        self.forget_check.setChecked(self.stored_months > 0)
        self.months_spin.setEnabled(self.stored_months > 0)
        self.forget_check.toggled.connect(self.months_spin.setEnabled)
        self.preview_button = QPushButton(self.tr("&Preview…"), self)
        self.preview_button.setObjectName("retentionPreviewButton")
        self.preview_button.setAccessibleName(self.tr("Preview who would be forgotten"))
        self.preview_button.setToolTip(
            self.tr("List the customers who would be forgotten now after this many months")
        )
        self.preview_button.clicked.connect(self.preview)
        row = QHBoxLayout()
        row.addWidget(self.forget_check)
        row.addWidget(self.months_spin)
        row.addWidget(without)
        row.addStretch(1)
        self.body.addLayout(row)
        below = QHBoxLayout()
        below.addWidget(self.preview_button)
        below.addStretch(1)
        self.body.addLayout(below)
        self.body.addWidget(
            paragraph(
                self.tr(
                    "Forgetting erases a customer's name, phone numbers, e-mail addresses, "
                    "handle and notes, and what was written in their enquiries, contacts and "
                    "feedback. Their enquiries stay as anonymous records, so every figure of "
                    "every month stays the same. It cannot be undone. Backups made before "
                    "still hold the data until they age out (Settings → Backups)."
                ),
                self,
                "retentionExplanation",
            )
        )
        self.consent_check = QCheckBox(
            self.tr("Offer repeat purchases only to customers who &agreed to be contacted"), self
        )
        self.consent_check.setObjectName("offersNeedConsentCheck")
        self.consent_check.setAccessibleName(
            self.tr("Offer repeat purchases only to customers who agreed to be contacted")
        )
        self.consent_check.setToolTip(
            self.tr(
                "On: a purchase plans the repeat offer only for a customer marked “Agreed to "
                "be contacted with offers” (Customers → Edit…). Repeat offers planned before "
                "stay on Today."
            )
        )
        self.consent_check.setChecked(bool(settings[declared.OFFERS_NEED_CONSENT]))
        self.body.addWidget(self.consent_check)
        self.preview_dialog: PreviewDialog | None = None
        self._counting: Tasks | None = None
        self.finish()

    def months(self) -> int:
        """The months chosen, 0 when retention is off."""
        return self.months_spin.value() if self.forget_check.isChecked() else 0

    def fill(self, setup: Setup) -> None:
        setup.values[declared.FORGET_AFTER_MONTHS.key] = self.months()
        setup.values[declared.OFFERS_NEED_CONSENT.key] = self.consent_check.isChecked()

    def preview(self) -> None:
        """Who would be forgotten now with the months shown (switched on or not)."""
        if self.preview_dialog is not None:
            self.preview_dialog.close()
        dialog = PreviewDialog(self.ctx, self.months_spin.value(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "preview_dialog", None))
        self.preview_dialog = dialog
        dialog.open()

    # -- asking before saving ---------------------------------------------------------

    def forgets_more(self) -> bool:
        """Whether saving would forget people who are kept now: retention switched on, or
        fewer months than before."""
        months = self.months()
        return months > 0 and (self.stored_months == 0 or months < self.stored_months)

    def confirm(self, then: Callable[[], None], cancelled: Callable[[], None]) -> None:
        """Count who would be forgotten now (off the GUI thread), ask, then `then()` or
        `cancelled()`."""
        ctx, months = self.ctx, self.months()

        def counted(found: list[retention.Candidate]) -> None:
            self._counting = None
            if self._ask(len(found), months):
                then()
            else:
                cancelled()

        def failed(error: Exception) -> None:
            self._counting = None
            cancelled()
            if not isinstance(error, EnquiryDeskError):
                raise error
            self.show_error(str(error))

        self._counting = Tasks.once(
            self, lambda: _count_customers(ctx, months), counted, failed=failed
        )

    def _ask(self, people: int, months: int) -> bool:
        box = QMessageBox(self)
        box.setObjectName("retentionQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Forget customers who never bought"))
        after = self.tr("%n months without an enquiry", "", months)
        if people:
            box.setText(
                self.tr(
                    "%Ln customers who never bought would be forgotten now ({after}), and "
                    "others as their time comes.",
                    "",
                    people,
                ).format(after=after)
            )
        else:
            box.setText(
                self.tr(
                    "Nobody would be forgotten now; customers who never bought are forgotten "
                    "after {after} from now on."
                ).format(after=after)
            )
        box.setInformativeText(
            self.tr(
                "Their enquiries stay, anonymous, and every figure stays the same. Forgetting "
                "cannot be undone; backups made before hold the data until they age out."
            )
        )
        yes = box.addButton(self.tr("&Save and forget"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("retentionConfirmButton")
        no = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        no.setObjectName("retentionCancelButton")
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes
