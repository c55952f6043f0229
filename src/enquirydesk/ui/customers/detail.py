"""The card beside the customer directory: who they are, what they did, whom they know.

`CustomerDetail.show_customer(id)` has the card read on the window's worker
(`Tasks`: a few indexed reads, which a busy or very large file may still make
slow) and then shows the contact facts, the badges, a warning when others share
the phone number, their history in figures, their enquiries (Enter or a double
click opens one on the Enquiries page), purchases, feedback, complaints, who
referred them and whom they referred. Names of other customers are links to their
own cards. The Edit and Merge buttons ask the page to open the forms.

Until the card is there the one before stays, its buttons disabled (and greyed,
or a placeholder, when the read takes long), so that nothing acts on a customer
other than the one shown; an answer a newer selection made stale is dropped.
`pending` says a read is on its way, `loaded` follows each one, and `when_loaded`
runs code once the card is there.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.services import directory
from enquirydesk.services.context import Context
from enquirydesk.services.directory import CustomerCard, FeedbackLine, Person
from enquirydesk.ui.common.card_loading import CardLoading
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.widgets import heading
from enquirydesk.ui.customers.model import CustomerEnquiriesModel
from enquirydesk.ui.customers.texts import badge_names, badge_tips, enquiries_text, purchases_text

#: Rows of the enquiries table shown before it scrolls.
ENQUIRY_ROWS = 6
WARNING = "#8a5300"


class CustomerDetail(CardLoading, QWidget):
    enquiryActivated = Signal(int)  # open this enquiry on the Enquiries page
    customerLinked = Signal(int)  # show this other customer
    editRequested = Signal()
    mergeRequested = Signal()
    #: A card read (or why none is shown) is on the card: the customer asked for, or None.
    loaded = Signal(object)

    def __init__(self, ctx: Context, tasks: Tasks, parent: QWidget | None = None) -> None:
        """`tasks`: the window's worker, which reads the cards."""
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.setObjectName("customerDetail")
        self.setAccessibleName(self.tr("Customer details"))
        self._card: CustomerCard | None = None  # the card shown
        self._customer_id: int | None = None  # the customer asked for
        self.read_only = ""
        self._held: list[QWidget] = []  # the privacy row's buttons, off while loading
        self._init_loading("customer-card")

        self.empty = QLabel(self)
        self.empty.setObjectName("customerCardEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setMargin(12)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)

        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.name_label = heading("", holder, 1.25)
        self.name_label.setObjectName("customerCardName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.name_label)
        self.badge_row = QHBoxLayout()
        self.badge_row.setSpacing(4)
        self.badges: dict[str, QLabel] = {}
        tips = badge_tips()
        for key, name in badge_names().items():
            chip = QLabel(name, holder)
            chip.setObjectName(f"{key}Badge")
            chip.setToolTip(tips[key])
            chip.setAccessibleName(name)
            chip.setAccessibleDescription(tips[key])
            chip.setStyleSheet(
                "QLabel { background: palette(highlight); color: palette(highlighted-text); "
                "border-radius: 7px; padding: 1px 7px; }"
            )
            self.badge_row.addWidget(chip)
            self.badges[key] = chip
        self.badge_row.addStretch(1)
        layout.addLayout(self.badge_row)
        self.contact = self._text("customerCardContact", self.tr("Contact"))
        self.since = self._text("customerSinceLabel", self.tr("Customer since"), links=True)
        self.shared = self._text("sharedPhoneLabel", self.tr("Shares a phone number"), links=True)
        palette = self.shared.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.yellow if dark else WARNING)
        self.shared.setPalette(palette)
        self.figures = self._text("customerFiguresLabel", self.tr("History"))
        for label in (self.contact, self.since, self.shared, self.figures):
            layout.addWidget(label)

        self.button_row = buttons = QHBoxLayout()
        self.edit_button = self._button(
            "editCustomer", self.tr("Edit…"), self.tr("Edit customer"),
            self.tr("Correct the name, phone, e-mail, handle, notes or who referred them"),
            QKeySequence("F2"), self.editRequested.emit,
        )  # fmt: skip
        self.merge_button = self._button(
            "mergeCustomer", self.tr("Merge…"), self.tr("Merge customers"),
            self.tr("Another customer is the same person: move everything of theirs here"),
            QKeySequence("Ctrl+M"), self.mergeRequested.emit,
        )  # fmt: skip
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # The customer's data (export, forget) on a row of its own: four buttons side by
        # side do not fit the card in Slovenian or Indonesian.
        self.privacy_row = QHBoxLayout()
        self.privacy_row.addStretch(1)
        layout.addLayout(self.privacy_row)

        self.enquiries_caption = self._caption(self.tr("Enquiries"), holder)
        layout.addWidget(self.enquiries_caption)
        self.enquiries_model = CustomerEnquiriesModel(self)
        self.enquiries = QTableView(holder)
        self.enquiries.setObjectName("customerEnquiries")
        self.enquiries.setAccessibleName(self.tr("Their enquiries"))
        self.enquiries.setToolTip(self.tr("Enter or a double click opens the enquiry"))
        self.enquiries.setModel(self.enquiries_model)
        self.enquiries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.enquiries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.enquiries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.enquiries.setWordWrap(False)
        self.enquiries.setAlternatingRowColors(True)
        self.enquiries.verticalHeader().setVisible(False)
        self.enquiries.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.enquiries.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.enquiries.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.enquiries.activated.connect(self._enquiry_activated)
        layout.addWidget(self.enquiries)

        self.sections: dict[str, tuple[QLabel, QLabel]] = {}
        for key, title, links in (
            ("purchases", self.tr("Purchases"), False),
            ("feedback", self.tr("Feedback"), False),
            ("complaints", self.tr("Complaints"), False),
            ("referred", self.tr("Referred to us"), True),
            ("notes", self.tr("Notes"), False),
        ):
            caption = self._caption(title, holder)
            body = self._text(f"{key}Section", title, links=links)
            layout.addWidget(caption)
            layout.addWidget(body)
            self.sections[key] = (caption, body)
        layout.addStretch(1)

        self.area = QScrollArea(self)
        self.area.setObjectName("customerDetailArea")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty)
        outer.addWidget(self.area)
        self.show_customer(None)

    # -- building -----------------------------------------------------------------------

    def _text(self, name: str, accessible: str, *, links: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if links:
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(self._link)
        else:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _caption(self, text: str, parent: QWidget) -> QLabel:
        caption = QLabel(text, parent)
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        return caption

    def _button(self, name, text, accessible, tip, keys, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"{name}Button")
        button.setAccessibleName(accessible)
        shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(self.tr("{action} ({keys}): {tip}").format(
            action=accessible, keys=shown, tip=tip))  # fmt: skip
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: self._press(button))
        return button

    def _press(self, button: QAbstractButton) -> None:
        """A button's key; pressed while the card is read, it waits for the card."""
        if not self._press_when_loaded(button):
            button.animateClick()

    # -- showing ------------------------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        """The customer asked for (their card may still be on its way: `pending`)."""
        return self._customer_id

    @property
    def card(self) -> CustomerCard | None:
        """The card of the customer asked for, once read; None while another one's card
        is still shown (what acts on `card` never acts on a customer not asked for)."""
        card = self._card
        return card if card is not None and card.id == self._customer_id else None

    def show_customer(self, customer_id: int | None) -> None:
        """Show this customer's card (None: nothing selected); it is read on the worker."""
        self._customer_id = customer_id
        if customer_id is None:
            self._nothing_asked(self.tr("Select a customer to see their history"))
            return
        ctx = self.ctx
        self._read(lambda: directory.card(ctx, customer_id))

    def refresh(self) -> None:
        """Read the shown customer again (after a change, or an undo)."""
        self.show_customer(self._customer_id)

    def set_read_only(self, reason: str) -> None:
        self.read_only = reason
        self._update_buttons()

    # -- the card on its way (`CardLoading`) -------------------------------------------

    def _asked_id(self) -> int | None:
        return self._customer_id

    def _card_id(self, card: CustomerCard) -> int:
        return card.id

    def _hold_actions(self) -> None:
        self._update_buttons()
        row = self.privacy_row
        items = (row.itemAt(i).widget() for i in range(row.count()))
        self._held = [w for w in items if w is not None and w.isEnabled()]
        for widget in self._held:
            widget.setEnabled(False)

    def _release(self) -> None:
        self.area.setEnabled(True)
        held, self._held = self._held, []
        for widget in held:
            widget.setEnabled(True)

    def _grey_card(self) -> None:
        if self.area.isVisibleTo(self):
            self._keeping_focus(lambda: self.area.setEnabled(False))
        else:
            self.empty.setText(self.tr("Loading the customer…"))

    def _show_card(self, card: CustomerCard) -> None:
        self._card = card
        self._fill(card)
        self.empty.hide()
        self.area.show()
        self._update_buttons()

    def _gone(self) -> str:
        return self.tr("This customer was merged into another or deleted.")

    def _unreadable(self) -> str:
        return self.tr("The customer could not be read.")

    def _press_now(self, pressed: QAbstractButton) -> None:
        self._press(pressed)

    def _show_empty(self, message: str) -> None:
        self._card = None
        self.empty.setText(message)
        self.enquiries_model.set_items(())
        self.area.hide()
        self.empty.show()
        self._update_buttons()

    def _update_buttons(self) -> None:
        card = self.card
        forgotten = card is not None and card.forgotten_at is not None
        usable = card is not None and not self._pending and not self.read_only
        for button in (self.edit_button, self.merge_button):  # an anonymous record stays so
            button.setEnabled(usable and not forgotten)

    def _fill(self, card: CustomerCard) -> None:
        formats = self.ctx.formats
        self.name_label.setText(card.name or self.tr("(no name)"))
        for key, chip in self.badges.items():
            chip.setVisible(key in card.badges)
        phones = [card.phone_e164, *card.other_phones]  # every number and address they gave
        contact = [*map(formats.phone, filter(None, phones)), card.email, *card.other_emails]
        contact.append(card.handle)
        self.contact.setText(" · ".join(p for p in contact if p) or self.tr("No contact details"))
        since = []
        if card.created_at is not None:
            since.append(html.escape(self.tr("Customer since {date}").format(
                date=formats.date(card.created_at))))  # fmt: skip
        if card.referred_by is not None:
            since.append(html.escape(self.tr("referred by {customer}")).format(
                customer=_link(card.referred_by)))  # fmt: skip
        if card.consent_at is not None:
            since.append(html.escape(self.tr("agreed to be contacted with offers since {date}")
                                     .format(date=formats.long_date(card.consent_at))))  # fmt: skip
        self.since.setText(" · ".join(since))
        self.since.setVisible(bool(since))
        if card.shares_phone:
            self.shared.setText(
                "⚠ "
                + html.escape(self.tr("Shares a phone number with: {customers}")).format(
                    customers=", ".join(_link(p) for p in card.shares_phone)
                )
            )
        self.shared.setVisible(bool(card.shares_phone))
        self.figures.setText(self._figures(card))
        self.enquiries_model.set_lines(card.enquiries, formats)
        rows = min(max(len(card.enquiries), 1), ENQUIRY_ROWS)
        height = self.enquiries.horizontalHeader().sizeHint().height()
        height += rows * self.enquiries.verticalHeader().defaultSectionSize()
        self.enquiries.setFixedHeight(height + 2 * self.enquiries.frameWidth() + 2)
        self.enquiries.setVisible(bool(card.enquiries))
        self.enquiries_caption.setVisible(bool(card.enquiries))
        self._section("purchases", [
            " · ".join(p for p in (formats.date(line.outcome_at or line.received_at),
                                   line.interest, formats.cents(line.value_cents)) if p)
            for line in card.purchases
        ])  # fmt: skip
        self._section("feedback", [self._feedback(f) for f in card.feedback if not f.complaint])
        self._section("complaints", [self._complaint(f) for f in card.complaints])
        referred = ", ".join(_link(p) for p in card.referred)
        if len(card.referred) < card.history.referrals:
            more = card.history.referrals - len(card.referred)
            referred += " " + html.escape(self.tr("and %Ln more", "", more))
        self._section("referred", [referred] if referred else [], rich=True)
        self._section("notes", [card.notes] if card.notes else [])

    def _section(self, key: str, lines: list[str], *, rich: bool = False) -> None:
        caption, body = self.sections[key]
        body.setText("<br>".join(lines) if rich else "\n".join(lines))
        caption.setVisible(bool(lines))
        body.setVisible(bool(lines))

    def _figures(self, card: CustomerCard) -> str:
        formats = self.ctx.formats
        history = card.history
        parts = [enquiries_text(history.enquiries)]
        if history.purchases:
            parts.append(
                self.tr("{purchases}, {total} in all").format(
                    purchases=purchases_text(history.purchases),
                    total=formats.cents(card.purchases_cents),
                )
            )
        else:
            parts.append(self.tr("no purchases yet"))
        if history.last_enquiry_at is not None:
            parts.append(
                self.tr("last enquiry {date}").format(date=formats.date(history.last_enquiry_at))
            )
        return " · ".join(parts)

    def _feedback(self, line: FeedbackLine) -> str:
        parts = [self.ctx.formats.date(line.recorded_at), line.interest]
        if line.rating is not None:
            parts.append(self.tr("rated {rating}/5").format(rating=line.rating))
        expectation = {
            "worse": self.tr("worse than expected"),
            "as_expected": self.tr("as expected"),
            "better": self.tr("better than expected"),
        }.get(line.expectation or "")
        if expectation:
            parts.append(expectation)
        if line.recommend is not None:
            parts.append(self.tr("would recommend {score}/10").format(score=line.recommend))
        text = " · ".join(p for p in parts if p)
        if not line.comment:
            return text
        return text + "\n" + self.tr("“{comment}”").format(comment=line.comment)

    def _complaint(self, line: FeedbackLine) -> str:
        text = self._feedback(line)
        if line.resolved_at is None:
            return text + "\n" + self.tr("Open: not resolved yet")
        day = self.ctx.formats.date(line.resolved_at)
        if line.resolution:
            resolved = self.tr("Resolved {date}: {resolution}").format(
                date=day, resolution=line.resolution
            )
        else:
            resolved = self.tr("Resolved {date}").format(date=day)
        return f"{text}\n{resolved}"

    # -- acting -------------------------------------------------------------------------

    def _enquiry_activated(self, index) -> None:
        enquiry_id = self.enquiries_model.enquiry_id(index.row())
        if enquiry_id is not None:
            self.enquiryActivated.emit(enquiry_id)

    def _link(self, target: str) -> None:
        if target.startswith("customer:"):
            self.customerLinked.emit(int(target.removeprefix("customer:")))


def _link(person: Person) -> str:
    """A link to another customer's card; the name escaped (names are typed by people)."""
    return f'<a href="customer:{person.id}">{html.escape(person.label or "#" + str(person.id))}</a>'
