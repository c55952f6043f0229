"""Log a contact on the timeline; plan a follow-up."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from enquirydesk.domain import followups as rules
from enquirydesk.domain.catalog import answered_now_contact_kind
from enquirydesk.domain.errors import ValidationError
from enquirydesk.services import catalogs, enquiries, followups, staff
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.timeline import EnquiryCard
from enquirydesk.ui.enquiries.actions.base import ActionDialog


class LogContactDialog(ActionDialog):
    """A call, message, e-mail, visit, quote or note on the timeline."""

    def __init__(self, ctx: Context, card: EnquiryCard, parent: QWidget | None = None) -> None:
        super().__init__(ctx, card, name="logContactDialog", parent=parent)
        self.set_titles(self.tr("Log contact"), self.tr("Log contact"))
        kind = answered_now_contact_kind(card.facts.channel)
        self.kind_combo = self.combo(catalogs.contact_kind_names(), kind, None)
        self.add_row(
            self.tr("&Kind:"),
            self.kind_combo,
            name="kindCombo",
            accessible=self.tr("Kind of contact"),
            tip=self.tr("Call, message, e-mail, visit, quote sent, or an internal note"),
            fields=("kind",),
        )
        self.direction_combo = QComboBox(self)
        self.direction_combo.addItem(self.tr("To the customer"), "out")
        self.direction_combo.addItem(self.tr("From the customer"), "in")
        self.add_row(
            self.tr("&Direction:"),
            self.direction_combo,
            name="directionCombo",
            accessible=self.tr("Direction"),
            tip=self.tr("Whether we contacted them or they contacted us"),
            fields=("direction",),
        )
        self.text_box = self.text_edit()
        self.add_row(
            self.tr("&What was said:"),
            self.text_box,
            name="contactTextEdit",
            accessible=self.tr("What was said"),
            tip=self.tr("A few words for the timeline. Enter starts a new line; Ctrl+Enter saves."),
            fields=("text",),
        )
        self.opened = QDateTime(ctx.now())
        self.when_edit = self.time_edit(ctx.now())
        self.add_row(
            self.tr("&Time:"),
            self.when_edit,
            name="contactTimeEdit",
            accessible=self.tr("Time of the contact"),
            tip=self.tr("Leave as it is for a contact happening now"),
            fields=("contact_time", "at"),
        )
        if card.facts.first_response_at is None:
            hint = QLabel(
                self.tr(
                    "Not answered yet: the first contact to the customer counts as the response."
                ),
                self,
            )
            hint.setObjectName("responseHint")
            hint.setWordWrap(True)
            self.form.addRow("", hint)
        self.finish()

    def submit(self) -> Callable[[], Changes]:
        return partial(
            enquiries.record_contact,
            self.ctx,
            self.card.facts.id,
            self.kind_combo.currentData(),
            direction=self.direction_combo.currentData(),
            text=self.text_box.toPlainText(),
            at=self.when(self.when_edit, self.opened),
        )


class FollowUpDialog(ActionDialog):
    """A follow-up of the user's choosing: what to do, when, and who does it."""

    def __init__(self, ctx: Context, card: EnquiryCard, parent: QWidget | None = None) -> None:
        super().__init__(ctx, card, name="followUpDialog", parent=parent)
        self.set_titles(self.tr("Schedule follow-up"), self.tr("Schedule"))
        self.note_edit = self.line_edit()
        self.note_edit.setPlaceholderText(self.tr("e.g. call back about the quote"))
        self.add_row(
            self.tr("&What to do:"),
            self.note_edit,
            name="followUpNoteEdit",
            accessible=self.tr("What to do"),
            tip=self.tr("What the follow-up is about, shown in the Today list"),
            fields=("note",),
        )
        settings = ctx.settings
        due = rules.snooze_until("tomorrow", ctx.now(), settings.hours)
        self.due_edit = self.time_edit(due)  # no minimum: a time past is refused on saving
        self.add_row(
            self.tr("&Due:"),
            self.due_edit,
            name="dueEdit",
            accessible=self.tr("Due"),
            tip=self.tr("When to do it; the next opening of the shop is filled in"),
            fields=("due_at", "due"),
        )
        self.staff_combo = QComboBox(self)
        me = ctx.actor.staff_id
        self.staff_combo.addItem(self.tr("Me") if me is not None else self.tr("Anyone"), None)
        for staff_id, name in staff.active_staff().items():
            if staff_id != me:
                self.staff_combo.addItem(name, staff_id)
        self.add_row(
            self.tr("&Assigned to:"),
            self.staff_combo,
            name="assignedCombo",
            accessible=self.tr("Assigned to"),
            tip=self.tr("Who does it"),
            fields=("assigned_to", "staff"),
        )
        self.finish()

    def submit(self) -> Callable[[], Changes]:
        due = self.due_edit.dateTime().toPython().replace(microsecond=0)  # type: ignore[union-attr]
        if due <= self.ctx.now():
            raise ValidationError("due_at", "due_at.past", self.tr("Choose a time still to come."))
        return partial(
            followups.schedule,
            self.ctx,
            self.card.facts.id,
            due,
            note=self.note_edit.text(),
            assigned_to=self.staff_combo.currentData(),
        )
