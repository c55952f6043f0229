"""The detail pane beside the enquiries table: who the customer is, what happened, and
what to do next.

`DetailPane.show_enquiry(id)` has the enquiry's card read on the window's worker
(`Tasks`: a read by primary key and index, which a busy or very large file may
still make slow) and then shows the customer card with the returning-customer
badge and past purchases, the enquiry's facts, its timeline, and the actions.
Until the card is there the pane keeps showing the one before, its actions
disabled (and greyed, or a placeholder, when the read takes long), so that an
action never acts on an enquiry other than the one shown; an answer a newer
selection made stale is dropped. `pending` says a read is on its way, `loaded`
follows each one, and `when_loaded` runs code once the card is there.

Each action opens a small dialog from `ui.actions`; after a change is saved the
pane reads itself again and emits `changed` with the `Changes`, which the window
keeps for undo. Buttons that do not apply are disabled with a tooltip saying why.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services import enquiries, timeline
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.timeline import EnquiryCard
from enquirydesk.ui.common.card_loading import CardLoading
from enquirydesk.ui.common.dialogs import DialogSlot
from enquirydesk.ui.common.pin import owner_allows
from enquirydesk.ui.common.saving import Saver
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.customers.texts import enquiries_text as enquiries_count
from enquirydesk.ui.enquiries.actions import (
    ActionDialog,
    EditDialog,
    FeedbackDialog,
    FollowUpDialog,
    LogContactDialog,
    LostDialog,
    PurchaseDialog,
)
from enquirydesk.ui.enquiries.keys import pane_keys
from enquirydesk.ui.enquiries.timeline_model import OVERDUE, PURCHASED, TimelineModel


class DetailPane(CardLoading, QWidget):
    """The selected enquiry: customer card, facts, timeline and actions."""

    #: After a successful action: the `Changes` it made (for undo and for other views).
    changed = Signal(object)
    #: An action's key pressed when the action does not apply: why not (a sentence).
    refused = Signal(str)
    #: A card read (or why none is shown) is on the pane: the enquiry asked for, or None.
    loaded = Signal(object)
    read_only = ""  # why nothing may be saved, once `set_read_only` was called

    def __init__(
        self, ctx: Context, tasks: Tasks, parent: QWidget | None = None, *, keys: bool = True
    ) -> None:
        """`tasks`: the window's worker, which reads the cards. `keys`: bind the actions'
        keys here (the Enquiries page binds them itself)."""
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self._bind_keys = keys
        self.setObjectName("detailPane")
        self.setAccessibleName(self.tr("Enquiry details"))
        self._card: EnquiryCard | None = None  # the card shown
        self._enquiry_id: int | None = None  # the enquiry asked for
        self._init_loading("enquiry-card")
        self.dialogs = DialogSlot(self)  # the action's dialog, while one is open
        self.saver = Saver(ctx, self)  # deleting, off the GUI thread
        self.saver.saved.connect(self._deleted)
        self.saver.failed.connect(self._not_deleted)
        self.confirmation: QMessageBox | None = None

        self.empty = QLabel(self)
        self.empty.setObjectName("detailEmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setMargin(12)
        palette = self.empty.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        self.empty.setPalette(palette)

        self.content = QWidget(self)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._build_customer())
        layout.addLayout(self._build_buttons())
        layout.addWidget(self._build_facts())
        caption = QLabel(self.tr("T&imeline"), self)
        caption.setObjectName("timelineCaption")
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        timeline_view = self._build_timeline()
        caption.setBuddy(timeline_view)
        layout.addWidget(caption)
        layout.addWidget(timeline_view, 1)

        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.content)
        self.show_enquiry(None)

    # -- building -----------------------------------------------------------------------

    def _label(self, name: str, *, bold: bool = False, scale: float = 1.0) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold or scale != 1.0:
            font = label.font()
            font.setBold(bold)
            font.setPointSizeF(font.pointSizeF() * scale)
            label.setFont(font)
        return label

    def _build_customer(self) -> QWidget:
        box = QFrame(self)
        box.setObjectName("customerCard")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.customer_name = self._label("customerNameLabel", bold=True, scale=1.25)
        self.customer_name.setAccessibleName(self.tr("Customer"))
        self.returning_badge = QLabel(self.tr("Returning customer"), self)
        self.returning_badge.setObjectName("returningBadge")
        self.returning_badge.setToolTip(self.tr("They enquired with us before this enquiry"))
        self.returning_badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.returning_badge.setStyleSheet(
            "QLabel#returningBadge { background: palette(highlight); "
            "color: palette(highlighted-text); border-radius: 7px; padding: 1px 7px; }"
        )
        top = QHBoxLayout()
        top.addWidget(self.customer_name, 1)
        top.addWidget(self.returning_badge, 0, Qt.AlignmentFlag.AlignTop)
        self.customer_contact = self._label("customerContactLabel")
        self.customer_history = self._label("customerHistoryLabel")
        self.past_purchases = self._label("pastPurchasesLabel")
        inner = QVBoxLayout(box)
        inner.setSpacing(2)
        inner.addLayout(top)
        inner.addWidget(self.customer_contact)
        inner.addWidget(self.customer_history)
        inner.addWidget(self.past_purchases)
        return box

    def _build_buttons(self) -> QGridLayout:
        self.buttons: dict[str, QPushButton] = {}
        specs: list[tuple[str, str, str, str, Callable[[], None]]] = [
            ("logContact", self.tr("Log contact…"), self.tr("Log contact"),
             self.tr("A call, message, e-mail, visit, quote or note"), self.log_contact),
            ("markPurchased", self.tr("Purchased…"), self.tr("Mark purchased"),
             self.tr("They bought: value, how, and why they chose us"), self.mark_purchased),
            ("markLost", self.tr("Lost…"), self.tr("Mark lost"),
             self.tr("They did not buy: why"), self.mark_lost),
            ("scheduleFollowUp", self.tr("Follow-up…"), self.tr("Schedule follow-up"),
             self.tr("Plan a call-back or another follow-up"), self.schedule_follow_up),
            ("recordFeedback", self.tr("Feedback…"), self.tr("Record feedback"),
             self.tr("What the buyer said about the purchase"), self.record_feedback),
            ("editEnquiry", self.tr("Edit…"), self.tr("Edit enquiry"),
             self.tr("Correct the interest, details, estimated value or source"),
             self.edit_enquiry),
            ("deleteEnquiry", self.tr("Delete…"), self.tr("Delete enquiry"),
             self.tr("Remove the enquiry from every list and report (can be undone)"),
             self.delete_enquiry),
        ]  # fmt: skip
        self._tips: dict[str, str] = {}
        #: Each action's key (the window's menu shows them; `press` acts on them).
        self.keys: dict[str, QKeySequence] = pane_keys()
        grid = QGridLayout()
        grid.setSpacing(4)
        for number, (name, text, accessible, tip, slot) in enumerate(specs):
            keys = self.keys[name]
            button = QPushButton(text, self)
            button.setObjectName(f"{name}Button")
            button.setAccessibleName(accessible)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            if self._bind_keys:
                shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(partial(self.press, name))
            self._tips[name] = self.tr("{action} ({keys}): {tip}").format(
                action=accessible,
                keys=keys.toString(QKeySequence.SequenceFormat.NativeText),
                tip=tip,
            )
            button.setToolTip(self._tips[name])
            grid.addWidget(button, number // 2, number % 2)
            self.buttons[name] = button
        self.log_contact_button = self.buttons["logContact"]
        self.purchased_button = self.buttons["markPurchased"]
        self.lost_button = self.buttons["markLost"]
        self.follow_up_button = self.buttons["scheduleFollowUp"]
        self.feedback_button = self.buttons["recordFeedback"]
        self.edit_button = self.buttons["editEnquiry"]
        self.delete_button = self.buttons["deleteEnquiry"]
        # Two buttons a row, never cut: the pane is at least as wide as that needs.
        widest = max(button.sizeHint().width() for button in self.buttons.values())
        self.setMinimumWidth(2 * widest + grid.spacing() + 24)
        return grid

    def _build_facts(self) -> QWidget:
        area = _FitScrollArea(self)
        self.facts_area = area
        area.setObjectName("factsArea")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget(area)
        self.facts_form = QFormLayout(holder)
        self.facts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.facts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facts_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.fact_labels: dict[str, QLabel] = {}
        for key, caption in (
            ("status", self.tr("Status:")),
            ("received", self.tr("Received:")),
            ("channel", self.tr("Channel:")),
            ("interest", self.tr("Interest:")),
            ("details", self.tr("Details:")),
            ("source", self.tr("Source:")),
            ("taken_by", self.tr("Taken by:")),
            ("estimate", self.tr("Estimated value:")),
            ("response", self.tr("Response:")),
            ("value", self.tr("Value:")),
            ("factors", self.tr("Why they chose us:")),
            ("lost_reason", self.tr("Lost because:")),
            ("next", self.tr("Next follow-up:")),
        ):
            label = self._label(f"{key}Fact")
            label.setAccessibleName(caption.rstrip(":"))
            self.facts_form.addRow(caption, label)
            self.fact_labels[key] = label
        area.setWidget(holder)
        return area

    def _build_timeline(self) -> QWidget:
        self.timeline_model = TimelineModel(self)
        self.timeline_view = QListView(self)
        self.timeline_view.setObjectName("timelineView")
        self.timeline_view.setAccessibleName(self.tr("Timeline"))
        self.timeline_view.setModel(self.timeline_model)
        self.timeline_view.setWordWrap(True)
        self.timeline_view.setUniformItemSizes(False)
        self.timeline_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setSpacing(1)
        self.timeline_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.timeline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        return self.timeline_view

    # -- showing ------------------------------------------------------------------------

    @property
    def enquiry_id(self) -> int | None:
        """The enquiry asked for (its card may still be on its way: `pending`)."""
        return self._enquiry_id

    @property
    def card(self) -> EnquiryCard | None:
        """The card of the enquiry asked for, once read; None while another one's card is
        still shown (what acts on `card` never acts on an enquiry not asked for)."""
        card = self._card
        return card if card is not None and card.facts.id == self._enquiry_id else None

    def show_enquiry(self, enquiry_id: int | None) -> None:
        """Show this enquiry (None: nothing selected); its card is read on the worker."""
        self._enquiry_id = enquiry_id
        if enquiry_id is None:
            self._nothing_asked(
                self.tr("Select an enquiry to see its customer, timeline and actions")
            )
            return
        ctx = self.ctx
        self._read(lambda: timeline.enquiry_card(ctx, enquiry_id))

    def set_read_only(self, reason: str) -> None:
        """Nothing may be saved (the file failed its check): every action says why not."""
        self.read_only = reason
        self._update_buttons(self.card)

    def exists(self, enquiry_id: int) -> bool:
        """Whether the enquiry is still there (not deleted). Asked on the GUI thread after a
        change: one row by its primary key, as cheap as a read gets."""
        return timeline.enquiry_exists(enquiry_id)

    def refresh(self) -> None:
        """Read the shown enquiry again (after a change made elsewhere, or an undo)."""
        self.show_enquiry(self._enquiry_id)

    # -- the card on its way (`CardLoading`) -------------------------------------------

    def _asked_id(self) -> int | None:
        return self._enquiry_id

    def _card_id(self, card: EnquiryCard) -> int:
        return card.facts.id

    def _hold_actions(self) -> None:
        self._update_buttons(self.card)

    def _release(self) -> None:
        self.content.setEnabled(True)

    def _grey_card(self) -> None:
        if self.stack.currentWidget() is self.content:
            self._keeping_focus(lambda: self.content.setEnabled(False))
        else:
            self.empty.setText(self.tr("Loading the enquiry…"))

    def _show_card(self, card: EnquiryCard) -> None:
        self._card = card
        self._fill(card)
        self.stack.setCurrentWidget(self.content)

    def _gone(self) -> str:
        return self.tr("This enquiry was deleted.")

    def _unreadable(self) -> str:
        return self.tr("The enquiry could not be read.")

    def _press_now(self, pressed: str) -> None:
        self.press(pressed)

    def _show_empty(self, message: str) -> None:
        self._card = None
        self.empty.setText(message)
        self.timeline_model.set_entries(())
        self.stack.setCurrentWidget(self.empty)
        self._update_buttons(None)

    def _fill(self, card: EnquiryCard) -> None:
        formats = self.ctx.formats
        person = card.customer
        # The card's number may come written out already: Formats reads that back too.
        phone = formats.phone(person.phone)
        name = person.name or phone or person.email or self.tr("(no name)")
        if person.deleted:
            name = self.tr("{name} (deleted customer)").format(name=name)
        self.customer_name.setText(name)
        self.returning_badge.setVisible(person.returning)
        self.customer_contact.setText(
            " · ".join(p for p in (phone, person.email, person.handle) if p)
        )
        self.customer_contact.setVisible(bool(self.customer_contact.text()))
        self.customer_history.setText(self._history(card))
        lines = [
            " · ".join(
                p
                for p in (formats.date(past.at), past.interest, formats.cents(past.value_cents))
                if p
            )
            for past in person.recent_purchases
        ]
        self.past_purchases.setText("\n".join(lines))
        self.past_purchases.setVisible(bool(lines))
        self._fill_facts(card)
        self.timeline_model.set_entries(card.timeline, formats)
        self.timeline_view.scrollToBottom()
        self._update_buttons(card)

    def _history(self, card: EnquiryCard) -> str:
        person = card.customer
        enquiries_text = (
            self.tr("1 enquiry") if person.enquiries == 1 else enquiries_count(person.enquiries)
        )
        if not person.purchases:
            return self.tr("{enquiries} · no other purchases").format(enquiries=enquiries_text)
        purchases_text = (
            self.tr("1 other purchase")
            if person.purchases == 1
            else self.tr("%Ln other purchases", "", person.purchases)
        )
        return self.tr("{enquiries} · {purchases}, {total} in all").format(
            enquiries=enquiries_text,
            purchases=purchases_text,
            total=self.ctx.formats.cents(person.purchases_cents),
        )

    def _fill_facts(self, card: EnquiryCard) -> None:
        facts = card.facts
        formats = self.ctx.formats
        money = formats.cents
        values = {
            "status": self._status(card),
            "received": formats.when(facts.received_at),
            "channel": facts.channel_name,
            "interest": facts.interest,
            "details": facts.details,
            "source": facts.source_name,
            "taken_by": facts.taken_by,
            "estimate": money(facts.estimated_value_cents) if facts.outcome == "open" else "",
            "response": self._response(card),
            "value": " · ".join(
                p for p in (money(facts.purchase_value_cents), facts.purchase_channel_name) if p
            )
            if facts.outcome == "purchased"
            else "",
            "factors": ", ".join(name for _, name in facts.decision_factors),
            "lost_reason": facts.lost_reason_name,
            "next": formats.when(facts.next_followup_at),
        }
        for key, text in values.items():
            label = self.fact_labels[key]
            label.setText(text)
            self.facts_form.setRowVisible(label, bool(text))
        self.facts_form.activate()
        self.facts_area.updateGeometry()  # as tall as the rows shown now
        status = self.fact_labels["status"]
        colour = {"purchased": PURCHASED, "lost": None}.get(facts.outcome)
        if facts.overdue:
            colour = OVERDUE
        palette = self.palette()
        if colour is not None:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
        status.setPalette(palette)
        font = status.font()
        font.setBold(True)
        status.setFont(font)

    def _status(self, card: EnquiryCard) -> str:
        facts = card.facts
        formats = self.ctx.formats
        if facts.outcome == "purchased":
            return self.tr("Purchased {when}").format(when=formats.when(facts.outcome_at))
        if facts.outcome == "lost":
            return self.tr("Lost {when}").format(when=formats.when(facts.outcome_at))
        if facts.first_response_at is None:
            waited = formats.duration(facts.waiting_business_seconds or 0)
            if facts.overdue:
                return self.tr("Overdue: waiting for an answer for {time}").format(time=waited)
            return self.tr("Awaiting response ({time} so far)").format(time=waited)
        return self.tr("Open: answered, awaiting their decision")

    def _response(self, card: EnquiryCard) -> str:
        facts = card.facts
        if facts.first_response_at is None:
            return ""
        how = " · ".join(p for p in (facts.first_response_how, facts.first_response_by) if p)
        if facts.response_business_seconds is None:
            return how
        formats = self.ctx.formats
        sentence = (
            self.tr("after {time} (within the {minutes} min target)")
            if facts.within_target
            else self.tr("after {time} (over the {minutes} min target)")
        )
        text = sentence.format(
            time=formats.duration(facts.response_business_seconds),
            minutes=formats.count(facts.target_minutes),
        )
        return f"{text}\n{how}" if how else text

    def _update_buttons(self, card: EnquiryCard | None) -> None:
        """Enable what applies; a disabled button's tooltip says why not."""
        why_not: dict[str, str | None] = dict.fromkeys(self.buttons)
        if self.read_only:
            why_not = dict.fromkeys(self.buttons, self.read_only)
        elif self._pending:
            why_not = dict.fromkeys(self.buttons, self.tr("Loading the enquiry…"))
        elif card is None:
            why_not = dict.fromkeys(self.buttons, self.tr("Select an enquiry first."))
        else:
            outcome = card.facts.outcome
            if outcome == "purchased":
                why_not["markLost"] = self.tr(
                    "Purchased enquiries cannot be marked lost. Undo the purchase first "
                    "if it was a mistake."
                )
            else:
                why_not["recordFeedback"] = self.tr(
                    "Feedback is about a purchase: mark the enquiry purchased first."
                )
        for name, button in self.buttons.items():
            reason = why_not[name]
            button.setEnabled(reason is None)
            button.setToolTip(reason if reason is not None else self._tips[name])
        if card is not None:
            again = card.facts.outcome == "purchased"
            self.purchased_button.setText(
                self.tr("Edit purchase…") if again else self.tr("Purchased…")
            )
            if again:
                self.purchased_button.setToolTip(
                    self.tr("Change the purchase's value, how they bought, or why (Ctrl+B)")
                )

    # -- actions ------------------------------------------------------------------------

    def press(self, name: str) -> None:
        """An action's key: the action when it applies, else why not (`refused`). Pressed
        while the card is read, it waits for the card."""
        if self._press_when_loaded(name):
            return
        button = self.buttons[name]
        if button.isEnabled():
            button.animateClick()
        else:
            self.refused.emit(button.toolTip())

    def log_contact(self) -> None:
        self._open(LogContactDialog)

    def mark_purchased(self) -> None:
        self._open(PurchaseDialog)

    def mark_lost(self) -> None:
        self._open(LostDialog)

    def schedule_follow_up(self) -> None:
        self._open(FollowUpDialog)

    def record_feedback(self) -> None:
        self._open(FeedbackDialog)

    def edit_enquiry(self) -> None:
        self._open(EditDialog)

    @property
    def dialog(self) -> ActionDialog | None:
        return self.dialogs.current  # type: ignore[return-value]

    def _open(self, kind: type[ActionDialog]) -> None:
        """Open an action's dialog (window-modal, not blocking); act when it is accepted."""
        if self.card is None or self._pending or self.dialog is not None:
            return
        self.dialogs.open(kind(self.ctx, self.card, self), self._accepted)

    def _accepted(self, dialog: ActionDialog) -> None:
        if dialog.changes is not None:
            self._done(dialog.changes)

    def _done(self, changes: Changes) -> None:
        """Read the card again (its answer follows `changed`) and tell the window."""
        self.refresh()
        self.changed.emit(changes)

    def delete_enquiry(self) -> None:
        """Ask first (it leaves every list), then delete softly: undo brings it back."""
        if self.card is None or self._pending:
            return
        if not owner_allows(self.ctx, self, self.tr("Deleting an enquiry")):
            return
        if self.card is None or self._pending or self.confirmation is not None:
            return
        box = QMessageBox(self)
        box.setObjectName("deleteConfirmation")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete enquiry"))
        person = self.card.customer
        box.setText(
            self.tr("Delete the enquiry from {name}?").format(
                name=person.name
                or self.ctx.formats.phone(person.phone)
                or person.email
                or self.tr("this customer")
            )
        )
        box.setInformativeText(
            self.tr(
                "It leaves every list and report, with its follow-ups. You can undo this "
                "with Undo (Ctrl+Z)."
            )
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteButton")
        delete.setAccessibleName(self.tr("Delete the enquiry"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Keep the enquiry"))
        box.setDefaultButton(delete)
        box.setEscapeButton(cancel)
        self.confirmation = box
        enquiry_id = self.card.facts.id
        box.finished.connect(lambda _result: self._confirmed(box, delete, enquiry_id))
        box.open()

    def _confirmed(self, box: QMessageBox, delete: QPushButton, enquiry_id: int) -> None:
        self.confirmation = None
        box.deleteLater()
        if box.clickedButton() is not delete:
            return
        self.saver.save(partial(enquiries.delete_enquiry, self.ctx, enquiry_id))

    def _deleted(self, changes: Changes) -> None:
        enquiry_id = self._enquiry_id
        self._done(changes)
        self.when_loaded(lambda: self._say_deleted(enquiry_id))

    def _say_deleted(self, enquiry_id: int | None) -> None:
        if self._card is None and enquiry_id is not None and self._enquiry_id == enquiry_id:
            self.empty.setText(self.tr("The enquiry was deleted. Undo (Ctrl+Z) brings it back."))

    def _not_deleted(self, error: Exception) -> None:
        if not isinstance(error, EnquiryDeskError):
            raise error
        QMessageBox.warning(self, self.tr("Delete enquiry"), str(error))

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 48, 600)


class _FitScrollArea(QScrollArea):
    """As tall as its contents and no taller; scrolls only when the pane is short."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:
        inner = self.widget()
        hint = super().sizeHint()
        if inner is None:
            return hint
        height = -1
        width = self.viewport().width()
        if inner.hasHeightForWidth() and width >= inner.minimumSizeHint().width():
            height = inner.heightForWidth(width)  # wrapped lines count at the width shown
        if height < 0:
            height = inner.sizeHint().height()
        return QSize(hint.width(), height + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()
