"""The quick log dialog: an enquiry logged in seconds, from the keyboard alone.

Channel by number key, the customer's name, phone and e-mail with the known
customers who fit them listed as you type, interest and notes, how they heard of
the shop and the customer who recommended it (a `CustomerPicker`), "answered now"
for a walk-in served or a call picked up; Enter saves. Saving is one call of
`log_enquiry`, which keeps the whole enquiry or nothing: on a `ValidationError`
the message goes beside the field it is about and everything typed stays.
"""

from __future__ import annotations

import itertools
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain.errors import EnquiryDeskError, NotFoundError, ValidationError
from enquirydesk.domain.validation import MAX_LINE, MAX_NAME, normalise_email, normalise_phone
from enquirydesk.services import catalogs, customers, enquiries, staff
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.customers import Suggestion
from enquirydesk.ui.common.saving import SavingDialog
from enquirydesk.ui.common.widgets import error_label, keep_readable
from enquirydesk.ui.customers.dialogs import CustomerPicker
from enquirydesk.ui.customers.texts import enquiries_text as enquiries_count
from enquirydesk.ui.customers.texts import purchases_text as purchases_count

#: Channels whose enquirer is usually answered on the spot (served, or the call picked up).
ANSWERED_ON_THE_SPOT = ("walk_in", "phone")
#: Only this many channels can have a number key.
MAX_NUMBERED = 9
#: The suggestion list shows this many rows before it scrolls.
VISIBLE_SUGGESTIONS = 4


class QuickLogDialog(SavingDialog, QDialog):
    """Log one enquiry. After `exec()` returns Accepted, `changes` says what was saved."""

    DEBOUNCE_MS = 150

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changes: Changes | None = None
        self._suggestions: list[Suggestion] = []
        self._chosen: Suggestion | None = None
        self._filled: dict[str, str] = {}  # field → the text choosing a customer put there
        self._answered_touched = False
        self._list_came_from: QWidget | None = None

        self.setObjectName("quickLogDialog")
        self.setWindowTitle(self.tr("Log an enquiry"))
        self._build()
        self._connect()
        self._channel_changed()
        self._update_save()
        self.channel_combo.setFocus()

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.errors: dict[str, QLabel] = {}

        self._build_channel()
        self._build_customer()
        self._build_matches()
        self._build_enquiry()
        self._build_saving()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.saving_note)
        layout.addStretch(1)
        layout.addWidget(self.button_box)
        # Room for a suggestion line (name · phone · e-mail) without cutting the usual ones short.
        keep_readable(self, 90)

        chain = [
            self.channel_combo,
            self.name_edit,
            self.phone_edit,
            self.email_edit,
            self.interest_edit,
            self.notes_edit,
            self.source_combo,
            self.referrer.edit,
            self.taken_by_combo,
            self.answered_check,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_channel(self) -> None:
        """How it came in, numbered: a digit picks it."""
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channelCombo")
        channels = catalogs.channel_names()
        for number, (key, name) in enumerate(channels.items(), start=1):
            shown = f"{number}  {name}" if number <= MAX_NUMBERED else name
            self.channel_combo.addItem(shown, key)
        self._numbered = min(len(channels), MAX_NUMBERED)
        self.channel_combo.setAccessibleName(self.tr("Channel"))
        self.channel_combo.setToolTip(
            self.tr(
                "How the enquiry came in (Alt+C). Press 1–{last} to choose it, anywhere in "
                "this window except while typing in a text box."
            ).format(last=self._numbered)
        )
        self._add_row(self.tr("&Channel:"), self.channel_combo)

    def _build_customer(self) -> None:
        """Who: name, phone, e-mail (each one looks for known customers as it is typed)."""
        self.name_edit = self._line_edit(
            "nameEdit",
            self.tr("Customer name"),
            self.tr(
                "The customer's name (Alt+N). Known customers who fit appear below as you "
                "type: Down arrow to reach them."
            ),
            MAX_NAME,
        )
        self._add_row(self.tr("&Name:"), self.name_edit, "name")

        self.phone_edit = self._line_edit(
            "phoneEdit",
            self.tr("Phone number"),
            self.tr(
                "Phone number in any usual form, with or without the country code (Alt+P). "
                "Known customers who fit appear below as you type: Down arrow to reach them."
            ),
            MAX_LINE,
        )
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self._add_row(self.tr("&Phone:"), self.phone_edit, "phone")

        self.email_edit = self._line_edit(
            "emailEdit",
            self.tr("E-mail address"),
            self.tr("The customer's e-mail address (Alt+E)."),
            MAX_LINE,
        )
        self.email_edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self._add_row(self.tr("&E-mail:"), self.email_edit, "email")

    def _build_matches(self) -> None:
        """The known customers who fit, and the line that says who was chosen."""
        self.suggestion_list = QListWidget(self)
        self.suggestion_list.setObjectName("suggestionList")
        self.suggestion_list.setAccessibleName(self.tr("Matching customers"))
        self.suggestion_list.setToolTip(
            self.tr(
                "Customers we know who fit what you typed. Down arrow from the name, phone "
                "or e-mail to reach them; Enter or double-click takes one; Esc goes back."
            )
        )
        self.suggestion_list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # not in the Tab order
        self.suggestion_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestion_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.suggestion_list.setUniformItemSizes(True)
        self.suggestion_list.setAlternatingRowColors(True)  # tells the two-line rows apart
        self.form.addRow(self.tr("Matches:"), self.suggestion_list)
        self.form.setRowVisible(self.suggestion_list, False)

        self.returning_label = QLabel(self)
        self.returning_label.setObjectName("returningLabel")
        self.returning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.returning_label.setWordWrap(True)
        bold = self.returning_label.font()
        bold.setBold(True)
        self.returning_label.setFont(bold)
        self.form.addRow("", self.returning_label)
        self.form.setRowVisible(self.returning_label, False)

        self.namesake_label = QLabel(self)  # the same name, another number: say so
        self.namesake_label.setObjectName("namesakeWarning")
        self.namesake_label.setTextFormat(Qt.TextFormat.PlainText)
        self.namesake_label.setWordWrap(True)
        self.namesake_label.setStyleSheet("color: #8a5300;")
        self.form.addRow("", self.namesake_label)
        self.form.setRowVisible(self.namesake_label, False)

    def _build_enquiry(self) -> None:
        """What they asked about, notes, how they heard of the shop, answered or not."""
        self.interest_edit = self._line_edit(
            "interestEdit",
            self.tr("Interest"),
            self.tr("The product or service they asked about (Alt+I)."),
            MAX_LINE,
        )
        self._add_row(self.tr("&Interest:"), self.interest_edit, "interest")

        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setToolTip(
            self.tr(
                "Anything else worth remembering (Alt+O). Enter starts a new line here; "
                "Ctrl+Enter saves."
            )
        )
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(
            self.notes_edit.fontMetrics().lineSpacing() * 3
            + 2 * (self.notes_edit.frameWidth() + int(self.notes_edit.document().documentMargin()))
        )
        self._add_row(self.tr("N&otes:"), self.notes_edit, "details")

        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("sourceCombo")
        self.source_combo.setAccessibleName(self.tr("Source"))
        self.source_combo.setToolTip(
            self.tr("How they heard of the shop, if they said (Alt+S). Leave empty if unknown.")
        )
        self.source_combo.addItem("", None)
        for key, name in catalogs.source_names().items():
            self.source_combo.addItem(name, key)
        self._add_row(self.tr("&Source:"), self.source_combo, "source")

        self.referrer = CustomerPicker(self.ctx, None, self)
        self.referrer.setObjectName("referredByPicker")
        self.referrer.edit.setObjectName("referredByEdit")
        self.referrer.edit.setAccessibleName(self.tr("Recommended by"))
        self.referrer.edit.setToolTip(
            self.tr(
                "The customer who recommended the shop to them, if they said (Alt+B). Type a "
                "name, phone or e-mail, then Down and Enter to pick them from the list; an "
                "empty source becomes Recommendation."
            )
        )
        self._add_row(self.tr("Recommended &by:"), self.referrer, "referred_by")

        self.taken_by_combo = QComboBox(self)
        self.taken_by_combo.setObjectName("takenByCombo")
        self.taken_by_combo.setAccessibleName(self.tr("Taken by"))
        self.taken_by_combo.setToolTip(
            self.tr("Who took the enquiry (Alt+T): whoever is at the counter, unless changed")
        )
        people = staff.active_staff()
        self.taken_by_combo.addItem("", None)
        for staff_id, name in people.items():
            self.taken_by_combo.addItem(name, staff_id)
        current = self.ctx.actor.staff_id
        self.taken_by_combo.setCurrentIndex(max(0, self.taken_by_combo.findData(current)))
        self._add_row(self.tr("&Taken by:"), self.taken_by_combo, "staff")
        # A one-person shop (or one with no staff yet) needs no choice here.
        self.form.setRowVisible(self.taken_by_combo, len(people) > 1)

        self.answered_check = QCheckBox(self.tr("&Answered now"), self)
        self.answered_check.setObjectName("answeredNowCheck")
        self.answered_check.setAccessibleName(self.tr("Answered now"))
        self.answered_check.setToolTip(
            self.tr(
                "A walk-in served or a call picked up: the response time is zero (Alt+A). "
                "Ticked by itself for walk-ins and phone calls."
            )
        )
        self.form.addRow("", self.answered_check)

    def _build_saving(self) -> None:
        """The form's own error line, and the saving that runs off the GUI thread."""
        self.form_error = self._error_label("formError")
        self.errors["form"] = self.form_error
        self.make_saver(self.ctx, self._saved, self._not_saved)

    def _build_buttons(self) -> None:
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setAccessibleName(self.tr("Save the enquiry"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.cancel_button.setAutoDefault(False)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.button_box = buttons

    def _line_edit(self, name: str, accessible: str, tip: str, max_length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setToolTip(tip)
        edit.setMaxLength(max_length)
        edit.setClearButtonEnabled(True)
        return edit

    def _error_label(self, name: str) -> QLabel:
        return error_label(self, name)

    def _add_row(self, text: str, widget: QWidget, field: str | None = None) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget.focusProxy() or widget)  # Alt+letter reaches a picker's box
        self.form.addRow(label, widget)
        if field is not None:
            # phoneEdit → phoneError, notesEdit → notesError, sourceCombo → sourceError
            stem = widget.objectName().removesuffix("Edit").removesuffix("Combo")
            stem = stem.removesuffix("Picker")
            error = self._error_label(f"{stem}Error")
            self.form.addRow("", error)
            self.form.setRowVisible(error, False)
            self.errors[field] = error

    def _connect(self) -> None:
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self._typing_paused)

        self.channel_combo.currentIndexChanged.connect(self._channel_changed)
        self.answered_check.clicked.connect(self._answered_clicked)
        for edit in self._identity_edits().values():
            edit.textEdited.connect(self._edited)
            edit.textChanged.connect(self._update_save)
            edit.returnPressed.connect(self._show_problems)
            edit.installEventFilter(self)
        self.phone_edit.editingFinished.connect(lambda: self._check("phone"))
        self.email_edit.editingFinished.connect(lambda: self._check("email"))
        self.interest_edit.returnPressed.connect(self._show_problems)
        self.suggestion_list.itemActivated.connect(self._item_activated)
        self.referrer.picked.connect(self._referrer_picked)
        self.referrer.edit.textChanged.connect(self._update_save)
        self.referrer.model.modelReset.connect(self._referrer_listed)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.finished.connect(self._debounce.stop)  # no lookups for a closed dialog
        for widget in (
            self.channel_combo,
            self.source_combo,
            self.taken_by_combo,
            self.answered_check,
            self.save_button,
            self.cancel_button,
            self.suggestion_list,
        ):
            widget.installEventFilter(self)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._save_requested)

    def _identity_edits(self) -> dict[str, QLineEdit]:
        return {"name": self.name_edit, "phone": self.phone_edit, "email": self.email_edit}

    # -- keys -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched in self._identity_edits().values():
            return key == Qt.Key.Key_Down and self._enter_list(watched)  # type: ignore[arg-type]
        if watched is self.suggestion_list:
            return self._list_key(event)
        return self._pick_channel_by_key(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._pick_channel_by_key(event):
            super().keyPressEvent(event)

    def _pick_channel_by_key(self, event: QKeyEvent) -> bool:
        """Digits choose the channel wherever they would not be typed into a text box."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        if modifiers or len(text) != 1 or not "1" <= text <= "9":
            return False
        number = int(text)
        if number > self._numbered:
            return False
        self.channel_combo.setCurrentIndex(number - 1)
        return True

    def _enter_list(self, source: QWidget) -> bool:
        if self._debounce.isActive():  # Down pressed quicker than the pause: look up now
            self._debounce.stop()
            self._typing_paused()
        if not self.suggestion_list.isVisible() or self.suggestion_list.count() == 0:
            return False
        self._list_came_from = source
        self.suggestion_list.setCurrentRow(0)
        self.suggestion_list.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _list_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Taken here: the list would pass Enter on to the dialog, which would save.
            row = self.suggestion_list.currentRow()
            if row >= 0:
                self.choose(row)
            return True
        back = key == Qt.Key.Key_Escape or (
            key == Qt.Key.Key_Up and self.suggestion_list.currentRow() <= 0
        )
        if back:
            (self._list_came_from or self.name_edit).setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return self._pick_channel_by_key(event)

    # -- reacting to what is typed ----------------------------------------------------

    def _channel_key(self) -> str | None:
        return self.channel_combo.currentData()

    def _channel_changed(self) -> None:
        if not self._answered_touched:
            self.answered_check.setChecked(self._channel_key() in ANSWERED_ON_THE_SPOT)

    def _answered_clicked(self) -> None:
        self._answered_touched = True  # the user's choice wins over the channel's default

    def _edited(self) -> None:
        if self._chosen is not None and self._strays_from_chosen():
            self._forget_chosen()
        self._debounce.start()

    def _strays_from_chosen(self) -> bool:
        """Whether a detail the chosen customer had was typed over (then it is someone else)."""
        edits = self._identity_edits()
        return any(edits[field].text() != text for field, text in self._filled.items() if text)

    def _typing_paused(self) -> None:
        for field in ("phone", "email"):
            if self.errors[field].isVisibleTo(self):
                self._check(field)  # an error already shown follows the typing
        self._refresh_suggestions()

    def _problem(self, field: str) -> str | None:
        """What is wrong with the phone or e-mail as typed, in the shop's words."""
        text = self._identity_edits()[field].text()
        if not text.strip():
            return None
        try:
            if field == "phone":
                normalise_phone(text, self.ctx.settings.country)
            else:
                normalise_email(text)
        except ValidationError as error:
            return error.message
        return None

    def _check(self, field: str) -> None:
        self._show_error(field, self._problem(field))

    def _show_problems(self) -> None:
        """Enter was pressed: show every problem, so a Save that does nothing says why."""
        for field in ("phone", "email"):
            self._check(field)

    def _show_error(self, field: str, message: str | None) -> None:
        label = self.errors.get(field, self.form_error)
        was_shown = label.isVisibleTo(self)
        label.setText(message or "")
        if label is self.form_error:
            label.setVisible(bool(message))
        else:
            self.form.setRowVisible(label, bool(message))
        if was_shown and not message:
            self._fit_height()
        field_widget = self._field_widget(field)
        if field_widget is not None:
            field_widget.setAccessibleDescription(message or "")

    def _field_widget(self, field: str) -> QWidget | None:
        return {
            "channel": self.channel_combo,
            "name": self.name_edit,
            "phone": self.phone_edit,
            "email": self.email_edit,
            "interest": self.interest_edit,
            "details": self.notes_edit,
            "source": self.source_combo,
            "referred_by": self.referrer.edit,
        }.get(field)

    def _blocker(self) -> str | None:
        """Why the enquiry cannot be saved yet, or None when it can."""
        if self._channel_key() is None:
            return self.tr("Choose the channel first.")
        if self._problem("phone"):
            return self.tr("Fix the phone number first.")
        if self._problem("email"):
            return self.tr("Fix the e-mail address first.")
        if not any(edit.text().strip() for edit in self._identity_edits().values()):
            return self.tr("Type the customer's name, phone or e-mail first.")
        if self.referrer.chosen is None and self.referrer.edit.text().strip():
            return self.tr("Pick who recommended them from the list, or clear that field.")
        return None

    def _update_save(self) -> None:
        blocker = self._blocker()
        self.save_button.setEnabled(blocker is None and not self.saving)
        self.save_button.setToolTip(
            blocker or self.tr("Save the enquiry (Enter; Ctrl+Enter from the notes)")
        )

    # -- suggestions ------------------------------------------------------------------

    def _refresh_suggestions(self) -> None:
        found: list[Suggestion] = []
        if self._chosen is None:
            try:
                found = customers.suggest(
                    self.ctx,
                    name=self.name_edit.text(),
                    phone=self.phone_edit.text(),
                    email=self.email_edit.text(),
                )
            except EnquiryDeskError:
                found = []  # the lookup is a help; a busy database must not stop the typing
        self._warn_of_namesakes()
        self._suggestions = found
        view = self.suggestion_list
        view.clear()
        for suggestion in found:
            item = QListWidgetItem(self._suggestion_text(suggestion), view)
            item.setToolTip(item.text())
        was_shown = view.isVisibleTo(self)
        self.form.setRowVisible(view, bool(found))
        if was_shown and not found:
            self._fit_height()
        if found:
            rows = min(len(found), VISIBLE_SUGGESTIONS)
            view.setFixedHeight(
                sum(view.sizeHintForRow(row) for row in range(rows)) + 2 * view.frameWidth()
            )

    def _warn_of_namesakes(self) -> None:
        """A customer of this very name with another number: perhaps the same person, who
        would otherwise become a second customer."""
        same: list = []
        if self._chosen is None:
            try:
                same = customers.namesakes(self.ctx, self.name_edit.text(), self.phone_edit.text())
            except EnquiryDeskError:
                same = []
        if same:
            phones = ", ".join(self.ctx.formats.phone(row["phone"]) for row in same)
            self.namesake_label.setText(
                self.tr(
                    "There are %n customers named {name} already, with other numbers "
                    "({phones}). If this is the same person, pick them from Matches; saving as "
                    "it is makes a new customer.",
                    "",
                    len(same),
                ).format(name=same[0]["name"], phones=phones)
            )
        self.form.setRowVisible(self.namesake_label, bool(same))

    def _suggestion_text(self, suggestion: Suggestion) -> str:
        who = [suggestion.name or self.tr("(no name)")]
        if suggestion.phone:
            who.append(self.ctx.formats.phone(suggestion.phone))
        if suggestion.email:
            who.append(suggestion.email)
        return " · ".join(who) + "\n" + self._history(suggestion)

    def _history(self, suggestion: Suggestion) -> str:
        if suggestion.enquiries == 0:
            return self.tr("no enquiries yet")
        enquiries_text = enquiries_count(suggestion.enquiries)
        purchases_text = purchases_count(suggestion.purchases)
        parts = [enquiries_text, purchases_text]
        if suggestion.last_enquiry is not None:
            last = self.ctx.formats.date(suggestion.last_enquiry)
            parts.append(self.tr("last {date}").format(date=last))
        return " · ".join(parts)

    def _referrer_picked(self, customer_id: int | None) -> None:
        """A recommender was picked (or the choice typed over): the list closes, and an
        empty source becomes Recommendation, as the report counts referrals."""
        self._show_error("referred_by", None)
        self._update_save()
        if customer_id is None:
            return
        self.referrer.list.hide()
        self._fit_height()
        recommendation = self.source_combo.findData("recommendation")
        if self.source_combo.currentData() is None and recommendation >= 0:
            self.source_combo.setCurrentIndex(recommendation)

    def _referrer_listed(self) -> None:
        """The recommender's matches were looked up: give back the room of a list gone."""
        if not self.referrer.model.rows:
            QTimer.singleShot(0, self, self._fit_height)

    def _item_activated(self, item: QListWidgetItem) -> None:
        self.choose(self.suggestion_list.row(item))

    def choose(self, row: int) -> None:
        """Take suggestion `row`: its details fill the form and the enquiry will be theirs.

        Only details the customer has are filled in; what was typed for the others
        stays, and the customer learns it when the enquiry is saved.
        """
        suggestion = self._suggestions[row]
        filled = {
            "name": suggestion.name,
            "phone": self.ctx.formats.phone(suggestion.phone),
            "email": suggestion.email or "",
        }
        edits = self._identity_edits()
        for field, text in filled.items():
            if text:
                edits[field].setText(text)
        self._chosen = suggestion
        self._filled = filled
        self.referrer.exclude = suggestion.id  # nobody recommends the shop to themselves
        self._debounce.stop()
        self._refresh_suggestions()  # hides the list: someone is chosen
        for field in ("phone", "email"):
            self._check(field)
        self.returning_label.setText(
            self.tr("Returning customer: {history}").format(history=self._history(suggestion))
        )
        self.form.setRowVisible(self.returning_label, True)
        self.interest_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget_chosen(self) -> None:
        self._chosen = None
        self.referrer.exclude = None
        self._filled = {}
        self.returning_label.clear()
        self.form.setRowVisible(self.returning_label, False)
        self._fit_height()

    def _fit_height(self) -> None:
        """Give back the room a list or message that is gone took (the width stays)."""
        layout = self.layout()
        layout.activate()
        self.resize(self.width(), layout.sizeHint().height())

    @property
    def chosen_customer_id(self) -> int | None:
        """The known customer the enquiry will be logged for, if one was chosen."""
        return None if self._chosen is None else self._chosen.id

    # -- saving -----------------------------------------------------------------------

    def _save_requested(self) -> None:
        if self.save_button.isEnabled():
            self.save()
        else:
            self._show_problems()

    @property
    def saving_button(self) -> QPushButton:
        return self.save_button

    def saving_shown(self, saving: bool) -> None:
        self._update_save()  # Save again only once the form can be saved

    def save(self) -> None:
        """Log the enquiry with one call of the service, on a thread of its own; close
        only once it was kept."""
        if self.changes is not None or self.saving:
            return
        if self._blocker() is not None:
            self._show_problems()
            return
        for field in self.errors:
            self._show_error(field, None)
        new = enquiries.NewEnquiry(
            channel=self._channel_key() or "",
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            interest=self.interest_edit.text(),
            details=self.notes_edit.toPlainText(),
            source=self.source_combo.currentData(),
            answered_now=self.answered_check.isChecked(),
            customer_id=self.chosen_customer_id,
            referred_by=self.referrer.chosen,
            staff_id=self.taken_by_combo.currentData() or self.ctx.actor.staff_id,
        )
        self._show_saving(True)
        self.saver.save(partial(enquiries.log_enquiry, self.ctx, new))

    def _saved(self, changes: Changes) -> None:
        self.changes = changes
        self._show_saving(False)
        self._debounce.stop()
        self.accept()

    def _not_saved(self, error: Exception) -> None:
        self._show_saving(False)
        if isinstance(error, ValidationError):
            self._refuse(error.field, error.message)
        elif isinstance(error, NotFoundError):  # the chosen customer was deleted meanwhile
            self._forget_chosen()
            self._refuse("form", str(error))
        elif isinstance(error, EnquiryDeskError):  # the file, not the form: busy, full, read-only
            self._refuse("form", str(error))
        else:
            raise error

    def _refuse(self, field: str, message: str) -> None:
        self._show_error(field, message)
        widget = self._field_widget(field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
