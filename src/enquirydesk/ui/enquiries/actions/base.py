"""What every form dialog shares: one service call on confirm, errors beside fields.

Each dialog calls its service once, when the user confirms (Enter, or Ctrl+Enter
from a multi-line text). The service validates everything before it writes, so
a refused value writes nothing: its message goes beside the field it is about,
that field takes the focus, and the dialog stays open with what was typed. Esc
cancels. After `accepted`, `changes` says what was saved (None when the user
confirmed without changing anything).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain.errors import EnquiryDeskError, ValidationError
from enquirydesk.domain.validation import MAX_LINE
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.timeline import EnquiryCard
from enquirydesk.ui.common.date_edits import date_time_edit
from enquirydesk.ui.common.saving import SavingDialog
from enquirydesk.ui.common.widgets import error_label, keep_readable

#: Lines a multi-line text box shows before it scrolls.
TEXT_LINES = 3


def show_whole_placeholder(edit: QLineEdit) -> None:
    """Never narrower than its example text (often longer in Indonesian and Slovenian): an
    example cut short ("mis. telepon balik soal penawaran h…") explains nothing."""
    metrics = edit.fontMetrics()
    padding = edit.sizeHint().width() - metrics.horizontalAdvance("x") * 17  # Qt's own
    edit.setMinimumWidth(metrics.horizontalAdvance(edit.placeholderText()) + padding)


class FormDialog(SavingDialog, QDialog):
    """A small form saved by one service call; subclasses build fields and `submit`."""

    def __init__(
        self,
        ctx: Context,
        *,
        name: str,
        heading: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changes: Changes | None = None
        self.setObjectName(name)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[QWidget, QLabel] = {}
        self.fields: dict[str, QWidget] = {}  # a service's error field → the widget it is about
        self.chain: list[QWidget] = []  # tab order

        self.heading = QLabel(self)
        self.heading.setObjectName("dialogHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))

        self.form_error = self._error_label("formError")
        self.make_saver(ctx, self._saved, self._refused)
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.cancel_button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.saving_note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        keep_readable(self, 60)

    # -- building -----------------------------------------------------------------------

    def set_titles(self, title: str, confirm: str) -> None:
        """The window title and the text of the button that saves."""
        self.setWindowTitle(title)
        self.ok_button.setText(confirm)
        self.ok_button.setAccessibleName(confirm.replace("&", ""))
        self.ok_button.setToolTip(
            self.tr("{action} (Enter, or Ctrl+Enter from a text box)").format(
                action=confirm.replace("&", "")
            )
        )

    def finish(self) -> None:
        """Set the tab order and the first field's focus (subclasses call this last)."""
        chain = [*self.chain, self.ok_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        if self.chain:
            self.chain[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def add_row(
        self,
        label: str,
        widget: QWidget,
        *,
        name: str,
        accessible: str,
        tip: str,
        fields: tuple[str, ...] = (),
    ) -> None:
        """A labelled field; errors about any of `fields` are shown beside it."""
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        widget.setToolTip(tip)
        if isinstance(widget, QLineEdit) and widget.placeholderText():
            show_whole_placeholder(widget)
        caption = QLabel(label, self)
        caption.setBuddy(widget.focusProxy() or widget)  # a picker: its search box
        self.form.addRow(caption, widget)
        error = self._error_label(name.removesuffix("Edit").removesuffix("Combo") + "Error")
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        self.errors[widget] = error
        for field in fields:
            self.fields[field] = widget
        self.chain.append(widget)

    def line_edit(self, text: str = "", max_length: int = MAX_LINE) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(max_length)
        edit.setText(text)
        edit.selectAll()  # typing replaces a value filled in for convenience
        return edit

    def text_edit(self, text: str = "") -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setPlainText(text)
        edit.setTabChangesFocus(True)
        edit.installEventFilter(self)  # Ctrl+Enter saves from here; Enter is a new line
        margins = 2 * (edit.frameWidth() + int(edit.document().documentMargin()))
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * TEXT_LINES + margins)
        return edit

    def combo(self, choices: dict[str, str], current: str | None, empty: str | None) -> QComboBox:
        """Choices key → name; `empty` adds a first "none" item with that text."""
        box = QComboBox(self)
        if empty is not None:
            box.addItem(empty, None)
        for key, name in choices.items():
            box.addItem(name, key)
        found = box.findData(current) if current is not None else -1
        box.setCurrentIndex(max(0, found))
        return box

    def amount_example(self) -> str:
        """An amount as typed in this shop: 1.500.000 (rupiah), 1.234,50 (euros)."""
        return self.ctx.formats.amount(150_000_000 if self.ctx.formats.decimals == 0 else 123_450)

    def amount_text(self, cents: int | None) -> str:
        """An amount as the user would type it back, the shop's way: ``1.500.000``,
        ``12,50`` ("" for none); the service reads it the same way."""
        return self.ctx.formats.amount(cents)

    def time_edit(self, moment: datetime) -> QDateTimeEdit:
        """A date and time, typed section by section the shop's way, or picked."""
        return date_time_edit(self.ctx.formats, moment, self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QPlainTextEdit)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def _error_label(self, name: str) -> QLabel:
        return error_label(self, name)

    # -- saving -------------------------------------------------------------------------

    def submit(self) -> Callable[[], Changes | None] | None:
        """The one service call that makes the change, its values read from the form now
        (it runs on a thread of its own); None when nothing changed. Raise
        ValidationError to refuse before saving."""
        raise NotImplementedError

    @property
    def saving_button(self) -> QPushButton:
        return self.ok_button

    def accept(self) -> None:
        if self.changes is not None or self.saving:
            return
        self.clear_errors()
        try:
            work = self.submit()
        except ValidationError as error:
            self.show_error(error.field, error.message)
            return
        if work is None:  # confirmed without changing anything
            super().accept()
            return
        self._show_saving(True)
        self.saver.save(work)

    def _saved(self, changes: Changes | None) -> None:
        self._show_saving(False)
        self.changes = changes
        super().accept()

    def _refused(self, error: Exception) -> None:
        self._show_saving(False)
        if isinstance(error, ValidationError):
            self.show_error(error.field, error.message)
        elif isinstance(error, EnquiryDeskError):  # the enquiry is gone; the file full
            self.show_error("", str(error))
        else:
            raise error

    def clear_errors(self) -> None:
        for widget, label in self.errors.items():
            label.clear()
            self.form.setRowVisible(label, False)
            widget.setAccessibleDescription("")
        self.form_error.clear()
        self.form_error.hide()

    def show_error(self, field: str, message: str) -> None:
        """The message beside the field it is about (or under the form), and the focus there."""
        widget = self.fields.get(field)
        if widget is None:
            self.form_error.setText(message)
            self.form_error.show()
            return
        label = self.errors[widget]
        label.setText(message)
        self.form.setRowVisible(label, True)
        widget.setAccessibleDescription(message)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def error_text(self, field: str) -> str:
        """The message shown for `field` ("" when none): for tests and screen readers."""
        widget = self.fields.get(field)
        label = self.form_error if widget is None else self.errors[widget]
        return label.text() if label.isVisibleTo(self) else ""

    def when(self, edit: QDateTimeEdit, opened: QDateTime) -> datetime | None:
        """The time chosen, or None (meaning "now") when the user left the default."""
        chosen = edit.dateTime()
        if chosen == opened:
            return None
        return chosen.toPython().replace(microsecond=0)  # type: ignore[union-attr]


class ActionDialog(FormDialog):
    """A form for one action on one enquiry, headed by its customer and interest."""

    def __init__(
        self,
        ctx: Context,
        card: EnquiryCard,
        *,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        who = card.customer.name or ctx.formats.phone(card.customer.phone) or card.customer.email
        what = card.facts.interest
        heading = " · ".join(part for part in (who, what) if part)
        super().__init__(ctx, name=name, heading=heading, parent=parent)
        self.card = card
