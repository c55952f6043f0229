"""The Today page's lists as small table models: at most a few hundred rows each, set
in one go from `services.today` and drawn from the values they hold.

The awaiting list runs a live "waiting for" clock: `set_now` moves it on (every
minute) from the received times and opening hours it already has, without asking
the database again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from enquirydesk.domain.formats import Formats
from enquirydesk.domain.hours import OpeningHours
from enquirydesk.i18n import QT_TRANSLATE_NOOP
from enquirydesk.services.today import Item, Waiting
from enquirydesk.ui.common import formatting
from enquirydesk.ui.common.small_list_model import ItemRole, SmallListModel

OVERDUE = QColor("#b3261e")
__all__ = ["AwaitingModel", "FollowUpModel", "ItemRole"]

_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_DESCRIBED = frozenset(
    {int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.AccessibleDescriptionRole)}
)
_RED = QBrush(OVERDUE)

#: What a follow-up is about, by its kind (and an after-sales one by its topic).
_KINDS = {
    "respond": QT_TRANSLATE_NOOP("TodayModel", "Respond"),
    "decision": QT_TRANSLATE_NOOP("TodayModel", "Check their decision"),
    "complaint": QT_TRANSLATE_NOOP("TodayModel", "Complaint"),
    "custom": QT_TRANSLATE_NOOP("TodayModel", "Follow-up"),
}
_AFTER_SALES = {
    "check_in": QT_TRANSLATE_NOOP("TodayModel", "After-sales check-in"),
    "retention": QT_TRANSLATE_NOOP("TodayModel", "Retention: repeat offer"),
}
_PURPOSES = {
    "check_in": QT_TRANSLATE_NOOP(
        "TodayModel", "How is it working out? Is it what they expected? Record their feedback."
    ),
    "retention": QT_TRANSLATE_NOOP(
        "TodayModel", "A repeat offer, and ask whether they would recommend the shop."
    ),
}


def kind_name(item: Item) -> str:
    """What a follow-up is about, in words (translated)."""
    if item.kind == "after_sales":
        topic = _AFTER_SALES.get(item.topic or "")
        if topic is None:
            return QCoreApplication.translate("TodayModel", "After-sales")
        return QCoreApplication.translate("TodayModel", topic)
    kind = _KINDS.get(item.kind)
    return item.kind if kind is None else QCoreApplication.translate("TodayModel", kind)


def purpose(item: Item) -> str:
    """What to ask or do, for the tooltip."""
    text = _PURPOSES.get(item.topic or "")
    return "" if text is None else QCoreApplication.translate("TodayModel", text)


def who(item: Waiting | Item, formats: Formats | None = None) -> str:
    """The customer's name, else their phone number or e-mail address."""
    if item.customer:
        return item.customer
    phone = (formats or formatting.current()).phone(item.phone)
    return phone or item.email or QCoreApplication.translate("TodayModel", "(no name)")


def reach(item: Waiting | Item, formats: Formats) -> str:
    """Phone number and e-mail address, for the tooltip."""
    return " · ".join(p for p in (formats.phone(item.phone), item.email) if p)


class SectionModel(SmallListModel):
    """One of Today's lists. Subclasses say what each column shows.

    Texts and colours are worked out once per row (when the rows come, and each
    minute), not per call.
    """

    CONTEXT = "TodayModel"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._late: list[frozenset[int]] = []  # per row: the columns shown in red
        self._now = datetime.min
        self._hours: OpeningHours | None = None
        self.formats = formatting.current()  # how times, waits and numbers read
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(  # type: ignore[override]
        self,
        items: Sequence[Any],
        now: datetime,
        hours: OpeningHours,
        formats: Formats | None = None,
    ) -> None:
        """Show `items` at `now`, their figures written by `formats` (the shop's)."""
        self._now, self._hours = now, hours
        self.formats = formats or formatting.current()
        super().set_items(items)

    def work_out(self) -> None:
        super().work_out()
        keys = [key for key, _ in self.COLUMNS]
        self._late = [
            frozenset(n for n, key in enumerate(keys) if self.late(item, key))
            for item in self._items
        ]

    def set_now(self, now: datetime) -> None:
        """Move the clocks on to `now` (and the overdue colours with them)."""
        self._now = now
        self.texts_changed(
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
             Qt.ItemDataRole.ToolTipRole]
        )  # fmt: skip

    def role_data(self, item: Any, row: int, column: int, role: int) -> Any:
        if role == _FOREGROUND:
            return _RED if column in self._late[row] else None
        if role == _FONT:
            return self._bold if getattr(item, "priority", False) else None
        if role in _DESCRIBED:
            return self.details(item)  # the tooltip, also for screen readers
        return None

    def details(self, item: Any) -> str:
        raise NotImplementedError

    def late(self, item: Any, column: str) -> bool:
        return False


class AwaitingModel(SectionModel):
    """Enquiries awaiting a first response, oldest first, with how long each has waited."""

    COLUMNS = (
        ("waiting", QT_TRANSLATE_NOOP("TodayModel", "Waiting")),
        ("customer", QT_TRANSLATE_NOOP("TodayModel", "Customer")),
        ("interest", QT_TRANSLATE_NOOP("TodayModel", "Interest")),
        ("channel", QT_TRANSLATE_NOOP("TodayModel", "Channel")),
        ("assigned", QT_TRANSLATE_NOOP("TodayModel", "For")),
    )

    def key(self, item: Waiting) -> int:
        return item.enquiry_id

    def waited(self, item: Waiting) -> int:
        return item.waited(self._hours, self._now) if self._hours is not None else 0

    def text(self, item: Waiting, column: str) -> str:
        if column == "waiting":
            return self.formats.duration(self.waited(item))
        if column == "customer":
            return who(item, self.formats)
        if column == "interest":
            return item.interest
        if column == "channel":
            return item.channel
        if column == "assigned":
            return item.assigned_name or item.taken_by
        return ""

    def late(self, item: Waiting, column: str) -> bool:
        return column == "waiting" and item.overdue(self._now)

    def details(self, item: Waiting) -> str:
        formats = self.formats
        waited = formats.duration(self.waited(item))
        state = (
            QCoreApplication.translate(
                "TodayModel", "Overdue: waiting for an answer for {time} of opening hours"
            )
            if item.overdue(self._now)
            else QCoreApplication.translate(
                "TodayModel", "Waiting for an answer for {time} of opening hours"
            )
        ).format(time=waited)
        lines = [
            who(item, formats),
            reach(item, formats),
            item.interest,
            QCoreApplication.translate("TodayModel", "Received {when} ({channel})").format(
                when=formats.when(item.received_at), channel=item.channel
            ),
            state,
            QCoreApplication.translate("TodayModel", "Answer by {when}").format(
                when=formats.when(item.due_at)
            ),
        ]
        return "\n".join(line for line in lines if line)


class FollowUpModel(SectionModel):
    """Open follow-ups, soonest first (complaints in bold)."""

    COLUMNS = (
        ("due", QT_TRANSLATE_NOOP("TodayModel", "Due")),
        ("what", QT_TRANSLATE_NOOP("TodayModel", "What")),
        ("customer", QT_TRANSLATE_NOOP("TodayModel", "Customer")),
        ("interest", QT_TRANSLATE_NOOP("TodayModel", "Interest")),
        ("assigned", QT_TRANSLATE_NOOP("TodayModel", "For")),
    )

    def key(self, item: Item) -> int:
        return item.followup_id

    def text(self, item: Item, column: str) -> str:
        if column == "due":
            if item.remind_at.date() == self._now.date():
                return self.formats.time(item.remind_at)
            return self.formats.when(item.remind_at)
        if column == "what":
            first_line = item.note.splitlines()[0] if item.note.strip() else ""
            return " · ".join(p for p in (kind_name(item), first_line) if p)
        if column == "customer":
            return who(item, self.formats)
        if column == "interest":
            return item.interest
        if column == "assigned":
            return item.assigned_name
        return ""

    def late(self, item: Item, column: str) -> bool:
        return (column == "due" and item.remind_at < self._now) or (
            column == "what" and item.priority
        )

    def details(self, item: Item) -> str:
        formats = self.formats
        if item.snoozed:
            due = QCoreApplication.translate(
                "TodayModel", "Due {due}, snoozed until {when}"
            ).format(due=formats.when(item.due_at), when=formats.when(item.remind_at))
        else:
            due = QCoreApplication.translate("TodayModel", "Due {when}").format(
                when=formats.when(item.due_at)
            )
        kind = kind_name(item)
        if item.priority:
            kind = QCoreApplication.translate("TodayModel", "{kind} (priority)").format(kind=kind)
        lines = [
            kind,
            purpose(item) if item.kind == "after_sales" else "",
            who(item, formats),
            reach(item, formats),
            item.interest,
            due,
            QCoreApplication.translate("TodayModel", "For {name}").format(name=item.assigned_name)
            if item.assigned_name
            else "",
            item.note,
        ]
        return "\n".join(line for line in lines if line)
