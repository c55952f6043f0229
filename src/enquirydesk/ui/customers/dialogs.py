"""The Customers page's forms: edit a customer, and merge two customers on purpose.

Both save with one service call on confirm and show a refusal beside the field
it is about (`FormDialog`). Another customer is picked with `CustomerPicker`: a
search box with the matching customers under it, as in the quick log.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QListView, QVBoxLayout, QWidget

from enquirydesk.domain.errors import EnquiryDeskError, ValidationError
from enquirydesk.domain.formats import Formats
from enquirydesk.domain.validation import MAX_NAME
from enquirydesk.i18n import QT_TRANSLATE_NOOP
from enquirydesk.services import customers_merge, directory
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.customer_edit import edit_customer
from enquirydesk.services.directory import CustomerCard, DirectoryRow
from enquirydesk.ui.common.small_list_model import SmallListModel
from enquirydesk.ui.common.widgets import keep_readable, paragraph
from enquirydesk.ui.customers.texts import (
    enquiries_text,
    feedback_text,
    followups_text,
    people_text,
)
from enquirydesk.ui.enquiries.actions.base import FormDialog

#: The picker reads its few rows on the GUI thread: after a typing pause, not per keystroke.
PICKER_DELAY_MS = 150
LIST_ROWS = 5

Index = QModelIndex | QPersistentModelIndex


class CandidateModel(SmallListModel):
    """Customers to pick from: name · phone · e-mail, and their history in brief."""

    COLUMNS = (("customer", QT_TRANSLATE_NOOP("CandidateModel", "Customer")),)
    CONTEXT = "CandidateModel"

    def __init__(self, formats: Formats | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formats = formats or Formats()  # phone numbers as the shop writes them

    @property
    def rows(self) -> list[DirectoryRow]:
        return self._items

    def set_rows(self, rows: list[DirectoryRow]) -> None:
        self.set_items(rows)

    def key(self, item: DirectoryRow) -> int:
        return item.id

    def text(self, item: DirectoryRow, column: str) -> str:
        return self.tr("{customer}  —  {enquiries}").format(
            customer=label(item, self.formats), enquiries=enquiries_text(item.enquiries)
        )

    def role_data(self, item: DirectoryRow, row: int, column: int, role: int) -> Any:
        return self._texts[row][0] if role == Qt.ItemDataRole.ToolTipRole else None


def label(row: DirectoryRow | CustomerCard, formats: Formats) -> str:
    """A customer as a picker shows them: name · phone · e-mail."""
    phone = formats.phone(row.phone_e164 if isinstance(row, CustomerCard) else row.phone)
    return " · ".join(p for p in (row.name, phone, row.email) if p) or f"#{row.id}"


class CustomerPicker(QWidget):
    """Type to find another customer; Down and Enter (or a click) pick one.

    While the list is open and nobody is picked, Enter in the search box picks the only
    match or moves into the list: it never reaches the dialog's default button. Esc in
    the list goes back to the search box instead of closing the dialog.
    """

    picked = Signal(object)  # the customer id, or None when the choice is cleared

    def __init__(
        self,
        ctx: Context,
        exclude: int | None,
        parent: QWidget | None = None,
        *,
        suggest_alike: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exclude = exclude
        self.suggest_alike = suggest_alike  # with nothing typed, list likely duplicates
        self.chosen: int | None = None
        self._chosen_text = ""
        self.edit = QLineEdit(self)
        self.edit.setObjectName("pickerSearch")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Name, phone or e-mail…"))
        self.edit.setMaxLength(MAX_NAME)
        self.model = CandidateModel(ctx.formats, self)
        self.list = QListView(self)
        self.list.setObjectName("pickerList")
        self.list.setAccessibleName(self.tr("Matching customers"))
        self.list.setToolTip(self.tr("Down from the search box, then Enter to pick"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.list.setFixedHeight((self.fontMetrics().height() + 6) * LIST_ROWS)
        self.list.hide()
        self.list.activated.connect(lambda index: self.choose(index.row()))
        self.list.clicked.connect(lambda index: self.choose(index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PICKER_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.edit.textEdited.connect(self._typed)
        self.edit.installEventFilter(self)
        self.list.installEventFilter(self)
        self.setFocusProxy(self.edit)

    def set_chosen(self, customer_id: int | None, text: str) -> None:
        """Start with this customer chosen (shown as `text`)."""
        self.chosen, self._chosen_text = customer_id, text
        self.edit.setText(text)

    def _typed(self, text: str) -> None:
        if self.chosen is not None and text != self._chosen_text:
            self.chosen = None
            self.picked.emit(None)
        self._timer.start()

    def search(self) -> None:
        """List the customers matching what is typed (the ids of a prefix, a few rows)."""
        self._timer.stop()
        text = self.edit.text()
        if not text.strip() and not self.suggest_alike:
            found: list[DirectoryRow] = []
        else:
            try:
                found = directory.candidates(self.ctx, text, self.exclude)
            except EnquiryDeskError:
                found = []
        self.model.set_rows(found)
        self._fit_list()
        self.list.setVisible(bool(found))

    def _fit_list(self) -> None:
        """As tall as its rows (a few at most), plus the sideways scroll bar when a row is
        wider than the box: the bar would otherwise hide the only row."""
        rows = min(len(self.model.rows), LIST_ROWS)
        if not rows:
            return
        frame = 2 * self.list.frameWidth()
        wide = self.list.sizeHintForColumn(0) > self.width() - frame
        bar = self.list.horizontalScrollBar().sizeHint().height() if wide else 0
        height = self.list.sizeHintForRow(0) * rows + frame + 2 + bar
        if self.list.height() != height or self.list.minimumHeight() != height:
            self.list.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list()

    def choose(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        picked = self.model.rows[row]
        self.set_chosen(picked.id, label(picked, self.model.formats))
        self.list.setCurrentIndex(self.model.index(row, 0))  # the others stay in sight
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.picked.emit(picked.id)

    def _enter_list(self) -> None:
        self.list.show()
        self.list.setCurrentIndex(self.model.index(0, 0))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.edit and enter and self._timer.isActive():
                self.search()  # Enter quicker than the pause: look up now
            if watched is self.edit and enter and self.chosen is None and self.list.isVisible():
                if len(self.model.rows) == 1:
                    self.choose(0)
                else:
                    self._enter_list()
                return True
            if watched is self.edit and key == Qt.Key.Key_Down and self.model.rows:
                self._enter_list()
                return True
            if watched is self.list and enter:
                self.choose(self.list.currentIndex().row())
                return True
            if watched is self.list and key == Qt.Key.Key_Escape:
                self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            top = self.list.currentIndex().row() <= 0
            if watched is self.list and key == Qt.Key.Key_Up and top:
                self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)


def _listed(text: str) -> list[str]:
    """Numbers or addresses typed one after another, separated by commas or semicolons."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class EditCustomerDialog(FormDialog):
    """Correct a customer's name, phone, e-mail, handle, notes and who referred them."""

    def __init__(self, ctx: Context, card: CustomerCard, parent: QWidget | None = None) -> None:
        super().__init__(ctx, name="editCustomerDialog", heading=card.label, parent=parent)
        self.card = card
        self.set_titles(self.tr("Edit customer"), self.tr("Save"))
        self.name_edit = self.line_edit(card.name, MAX_NAME)
        self.add_row(self.tr("&Name:"), self.name_edit, name="customerNameEdit",
                     accessible=self.tr("Name"), tip=self.tr("The customer's name"),
                     fields=("name",))  # fmt: skip
        self.phone_edit = self.line_edit(card.phone)
        self.add_row(self.tr("&Phone:"), self.phone_edit, name="customerPhoneEdit",
                     accessible=self.tr("Phone"),
                     tip=self.tr("As you would dial it; without +country it is read in the "
                                 "shop's country"),
                     fields=("phone",))  # fmt: skip
        self.email_edit = self.line_edit(card.email)
        self.add_row(self.tr("&E-mail:"), self.email_edit, name="customerEmailEdit",
                     accessible=self.tr("E-mail"), tip=self.tr("The customer's e-mail address"),
                     fields=("email",))  # fmt: skip
        formats = ctx.formats
        self.other_phones_edit = self.line_edit(", ".join(map(formats.phone, card.other_phones)))
        self.add_row(self.tr("O&ther phones:"), self.other_phones_edit,
                     name="customerOtherPhonesEdit", accessible=self.tr("Other phone numbers"),
                     tip=self.tr("Their other numbers, separated by commas; all of them find "
                                 "and recognise the customer"),
                     fields=("other_phones",))  # fmt: skip
        self.other_emails_edit = self.line_edit(", ".join(card.other_emails))
        self.add_row(self.tr("Other e-&mails:"), self.other_emails_edit,
                     name="customerOtherEmailsEdit", accessible=self.tr("Other e-mail addresses"),
                     tip=self.tr("Their other addresses, separated by commas"),
                     fields=("other_emails",))  # fmt: skip
        self.handle_edit = self.line_edit(card.handle)
        self.add_row(self.tr("&Handle:"), self.handle_edit, name="customerHandleEdit",
                     accessible=self.tr("Handle"),
                     tip=self.tr("Their name on social media or a chat app"),
                     fields=("handle",))  # fmt: skip
        self.notes_edit = self.text_edit(card.notes)
        self.add_row(self.tr("N&otes:"), self.notes_edit, name="customerNotesEdit",
                     accessible=self.tr("Notes"),
                     tip=self.tr("Anything worth remembering about them. Ctrl+Enter saves."),
                     fields=("notes",))  # fmt: skip
        self.referrer = CustomerPicker(ctx, card.id, self)
        if card.referred_by is not None:
            self.referrer.set_chosen(card.referred_by.id, card.referred_by.label)
        self.add_row(self.tr("&Referred by:"), self.referrer, name="referredByPicker",
                     accessible=self.tr("Referred by"),
                     tip=self.tr("The customer who recommended us to them; clear it if nobody"),
                     fields=("referred_by",))  # fmt: skip
        self.referrer.edit.setAccessibleName(self.tr("Referred by"))
        self._consent_row(card)
        self.finish()

    def _consent_row(self, card: CustomerCard) -> None:
        """Whether they agreed to be contacted with offers, and since when."""
        self.consent_check = QCheckBox(self.tr("Agreed to be contacted &with offers"), self)
        self.consent_check.setObjectName("customerConsentCheck")
        self.consent_check.setAccessibleName(self.tr("Agreed to be contacted with offers"))
        self.consent_check.setToolTip(
            self.tr(
                "Tick when they said yes to offers (the date is kept); untick when they no "
                "longer want them. Repeat offers may be planned only for them (Settings → "
                "Privacy)."
            )
        )
        self.consent_check.setChecked(card.consent_at is not None)
        self.consent_since = paragraph("", self, "customerConsentSince")
        self.consent_check.toggled.connect(self._show_consent)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.consent_check)
        row.addWidget(self.consent_since, 1)
        self.form.addRow("", row)
        self.chain.append(self.consent_check)
        self._show_consent(self.consent_check.isChecked())

    def _show_consent(self, agreed: bool) -> None:
        since = self.card.consent_at if self.card.consent_at is not None else self.ctx.now()
        self.consent_since.setText(
            self.tr("since {date}").format(date=self.ctx.formats.long_date(since))
        )
        self.consent_since.setVisible(agreed)

    def submit(self) -> Callable[[], Changes | None]:
        if self.referrer.chosen is None and self.referrer.edit.text().strip():
            raise ValidationError(
                "referred_by",
                "referred_by.not_picked",
                self.tr("Pick the customer from the list, or clear the field."),
            )
        return partial(
            edit_customer,
            self.ctx,
            self.card.id,
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            handle=self.handle_edit.text(),
            notes=self.notes_edit.toPlainText(),
            referred_by=self.referrer.chosen,
            other_phones=_listed(self.other_phones_edit.text()),
            other_emails=_listed(self.other_emails_edit.text()),
            consent=self.consent_check.isChecked(),
        )


class MergeDialog(FormDialog):
    """Pick the customer who is the same person, see what moves, confirm."""

    def __init__(self, ctx: Context, card: CustomerCard, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            name="mergeDialog",
            heading=self.tr("Merge another customer into {name}").format(
                name=label(card, ctx.formats)
            ),
            parent=parent,
        )
        self.card = card
        self.kept_id = card.id
        keep_readable(self, 80)
        self.set_titles(self.tr("Merge customers"), self.tr("&Merge"))
        self.picker = CustomerPicker(ctx, card.id, self, suggest_alike=True)
        self.add_row(self.tr("&Same person as:"), self.picker, name="mergePicker",
                     accessible=self.tr("Customer to merge"),
                     tip=self.tr("Search by name, phone or e-mail; the likely ones are listed "
                                 "first"),
                     fields=("customer",))  # fmt: skip
        self.picker.edit.setAccessibleName(self.tr("Customer to merge"))
        self.preview = paragraph("", self, "mergePreview")
        self.preview.setAccessibleName(self.tr("What the merge does"))
        self.form.addRow(self.preview)
        self.picker.picked.connect(self._picked)
        self.other_id: int | None = None
        self.ok_button.setEnabled(False)
        self.finish()
        self.picker.search()  # the likely duplicates, before anything is typed
        self.preview.setText(self.tr("Choose the customer who is the same person."))

    def choose(self, customer_id: int, text: str) -> None:
        """Start with the other customer already picked (a pair of possible duplicates)."""
        self.picker.set_chosen(customer_id, text)
        self._picked(customer_id)

    def _picked(self, customer_id: int | None) -> None:
        self.clear_errors()
        self.other_id = customer_id
        self.ok_button.setEnabled(False)
        if customer_id is None:
            self.preview.setText(self.tr("Choose the customer who is the same person."))
            return
        try:
            seen = customers_merge.preview(self.ctx, self.card.id, customer_id)
        except EnquiryDeskError as error:
            self.show_error("customer", str(error))
            return
        self.preview.setText(self.describe(seen))
        self.ok_button.setEnabled(True)

    def describe(self, seen: customers_merge.MergePreview) -> str:
        """The preview in words: who into whom, what moves, what the kept one learns."""
        other, keep = seen.other, seen.keep
        lines = [
            self.tr("{other} ({other_count}) into {keep} ({keep_count})").format(
                other=other.label,
                other_count=enquiries_text(other.enquiries),
                keep=keep.label,
                keep_count=enquiries_text(keep.enquiries),
            )
        ]
        moving = [
            text(count)
            for text, count in (
                (enquiries_text, other.enquiries),
                (followups_text, other.followups),
                (feedback_text, other.feedback),
                (people_text, other.referrals),
            )
            if count
        ]
        if moving:
            lines.append(
                self.tr("Moving to {keep}: {what}.").format(keep=keep.label, what=", ".join(moving))
            )
        sentences = {
            "name": self.tr("{keep} takes their name: {value}"),
            "phone": self.tr("{keep} takes their phone number: {value}"),
            "email": self.tr("{keep} takes their e-mail address: {value}"),
            "handle": self.tr("{keep} takes their handle: {value}"),
        }
        for field, value in seen.learned.items():
            lines.append(sentences[field].format(keep=keep.label, value=value))
        for side in (keep, other):  # so that staff can tell the two apart before merging
            known = " · ".join((*side.phones, *side.emails)) or self.tr("no number or address")
            since = self.ctx.formats.date(side.since) if side.since else "–"
            lines.append(
                self.tr("{name}: {known}; a customer since {date}").format(
                    name=side.label, known=known, date=since
                )
            )
        lines.append(self.tr("{keep} keeps every number and address of both.").format(
            keep=keep.label))  # fmt: skip
        if seen.notes_added:
            lines.append(self.tr("Their notes are added to {keep}'s.").format(keep=keep.label))
        lines.append(
            self.tr("{other} leaves the directory. Undo (Ctrl+Z) puts everything back.").format(
                other=other.label
            )
        )
        return "\n".join(lines)

    def submit(self) -> Callable[[], Changes]:
        assert self.other_id is not None  # Merge is enabled once one is picked
        return partial(customers_merge.merge, self.ctx, self.card.id, self.other_id)

    def accept(self) -> None:
        if self.other_id is None:
            self.show_error("customer", self.tr("Choose the customer who is the same person."))
            return
        super().accept()
