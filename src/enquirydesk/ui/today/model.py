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

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont

from enquirydesk.domain.hours import OpeningHours
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayModel", text)


def kind_name(item: Item) -> str:
    """What a follow-up is about, in words (translated)."""
    if item.kind == "after_sales":
        return {
            "check_in": _tr("After-sales check-in"),
            "retention": _tr("Retention: repeat offer"),
        }.get(item.topic or "", _tr("After-sales"))
    return {
        "respond": _tr("Respond"),
        "decision": _tr("Check their decision"),
        "complaint": _tr("Complaint"),
        "custom": _tr("Follow-up"),
    }.get(item.kind, item.kind)


def purpose(item: Item) -> str:
    """What to ask or do, for the tooltip (SPEC §5)."""
    return {
        "check_in": _tr("How is it working out? Is it what they expected? Record their feedback."),
        "retention": _tr("A repeat offer, and ask whether they would recommend the shop."),
    }.get(item.topic or "", "")


def who(item: Waiting | Item) -> str:
    return item.customer or item.phone or item.email or _tr("(no name)")


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
        self._bold = QFont()
        self._bold.setBold(True)

    def set_items(self, items: Sequence[Any], now: datetime, hours: OpeningHours) -> None:  # type: ignore[override]
        self._now, self._hours = now, hours
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
        ("waiting", "Waiting"),
        ("customer", "Customer"),
        ("interest", "Interest"),
        ("channel", "Channel"),
        ("assigned", "For"),
    )

    def key(self, item: Waiting) -> int:
        return item.enquiry_id

    def waited(self, item: Waiting) -> int:
        return item.waited(self._hours, self._now) if self._hours is not None else 0

    def text(self, item: Waiting, column: str) -> str:
        if column == "waiting":
            return formatting.duration(self.waited(item))
        if column == "customer":
            return who(item)
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
        waited = formatting.duration(self.waited(item))
        state = (
            _tr("Overdue: waiting for an answer for {time} of opening hours")
            if item.overdue(self._now)
            else _tr("Waiting for an answer for {time} of opening hours")
        ).format(time=waited)
        lines = [
            who(item),
            " · ".join(p for p in (item.phone, item.email) if p),
            item.interest,
            _tr("Received {when} ({channel})").format(
                when=formatting.when(item.received_at), channel=item.channel
            ),
            state,
            _tr("Answer by {when}").format(when=formatting.when(item.due_at)),
        ]
        return "\n".join(line for line in lines if line)


class FollowUpModel(SectionModel):
    """Open follow-ups, soonest first (complaints in bold)."""

    COLUMNS = (
        ("due", "Due"),
        ("what", "What"),
        ("customer", "Customer"),
        ("interest", "Interest"),
        ("assigned", "For"),
    )

    def key(self, item: Item) -> int:
        return item.followup_id

    def text(self, item: Item, column: str) -> str:
        if column == "due":
            if item.remind_at.date() == self._now.date():
                time = QTime(item.remind_at.hour, item.remind_at.minute)
                return QLocale().toString(time, QLocale.FormatType.ShortFormat)
            return formatting.when(item.remind_at)
        if column == "what":
            first_line = item.note.splitlines()[0] if item.note.strip() else ""
            return " · ".join(p for p in (kind_name(item), first_line) if p)
        if column == "customer":
            return who(item)
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
        due = _tr("Due {when}").format(when=formatting.when(item.due_at))
        if item.snoozed:
            due = _tr("{due}, snoozed until {when}").format(
                due=due, when=formatting.when(item.remind_at)
            )
        lines = [
            kind_name(item) + (_tr(" (priority)") if item.priority else ""),
            purpose(item) if item.kind == "after_sales" else "",
            who(item),
            " · ".join(p for p in (item.phone, item.email) if p),
            item.interest,
            due,
            _tr("For {name}").format(name=item.assigned_name) if item.assigned_name else "",
            item.note,
        ]
        return "\n".join(line for line in lines if line)
