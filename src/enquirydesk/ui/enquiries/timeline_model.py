"""The detail pane's timeline as a list model: one row of text per entry, oldest first.

The service gives the entries as plain values (services.timeline); this model
only puts them into words, in the user's language and locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

from enquirydesk.domain.formats import Formats
from enquirydesk.i18n import QT_TRANSLATE_NOOP
from enquirydesk.services.timeline import (
    ChangeEntry,
    ComplaintResolvedEntry,
    ContactEntry,
    Entry,
    FeedbackEntry,
    FollowUpEntry,
    OutcomeEntry,
    Received,
    ResponseEntry,
)
from enquirydesk.ui.common.small_list_model import ItemRole, SmallListModel

OVERDUE = QColor("#b3261e")
PURCHASED = QColor("#1b5e20")

#: The data role holding the service's timeline entry of a row.
EntryRole = ItemRole

_WORDS = frozenset({int(Qt.ItemDataRole.ToolTipRole), int(Qt.ItemDataRole.AccessibleTextRole)})
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)


class TimelineModel(SmallListModel):
    """The timeline entries of one enquiry, oldest first, each as a line or two of text.

    A few dozen rows at most: a new enquiry replaces them with one reset.
    """

    COLUMNS = (("entry", QT_TRANSLATE_NOOP("TimelineModel", "Timeline")),)
    CONTEXT = "TimelineModel"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._formats = Formats()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_entries(self, entries: Sequence[Entry], formats: Formats | None = None) -> None:
        """Show `entries`, their times, amounts and waits written by `formats` (the shop's;
        the last ones given when None)."""
        if formats is not None:
            self._formats = formats
        self.set_items(entries)

    def entry(self, row: int) -> Entry:
        return self.item(row)

    def text(self, item: Entry, column: str) -> str:
        return self.describe(item)

    def role_data(self, item: Entry, row: int, column: int, role: int) -> Any:
        if role in _WORDS:
            return self._texts[row][0]
        if role == _FOREGROUND:
            return self._colour(item)
        if role == _FONT and item.kind in ("received", "outcome"):
            return self._bold
        return None

    def _colour(self, entry: Entry) -> QColor | None:
        if isinstance(entry, FollowUpEntry) and entry.overdue:
            return OVERDUE
        if isinstance(entry, FeedbackEntry) and entry.complaint:
            return OVERDUE
        if isinstance(entry, OutcomeEntry) and entry.outcome == "purchased":
            return PURCHASED
        if isinstance(entry, FollowUpEntry | ChangeEntry):
            parent = self.parent()
            palette = parent.palette() if isinstance(parent, QWidget) else QPalette()
            return palette.color(QPalette.ColorRole.PlaceholderText)
        return None

    # -- the words --------------------------------------------------------------------

    def describe(self, entry: Entry) -> str:
        """ "time · what happened · who" and, on a second line, what was said."""
        headline, detail = self._words(entry)
        when = self._formats.when(entry.at)
        first = " · ".join(p for p in (when, headline, entry.who) if p)
        return f"{first}\n{detail}" if detail else first

    def _money(self, cents: int | None) -> str:
        return self._formats.cents(cents)

    def _words(self, entry: Entry) -> tuple[str, str]:
        match entry:
            case Received():
                return self.tr("Enquiry received ({channel})").format(
                    channel=entry.channel_name
                ), entry.interest
            case ContactEntry():
                if entry.contact_kind == "note":
                    return self.tr("Note"), entry.text
                template = (
                    self.tr("{kind} to the customer")
                    if entry.direction == "out"
                    else self.tr("{kind} from the customer")
                )
                return template.format(kind=entry.contact_name), entry.text
            case ResponseEntry():
                return self._response(entry), ""
            case OutcomeEntry():
                return self._outcome(entry)
            case FeedbackEntry():
                return self._feedback(entry)
            case ComplaintResolvedEntry():
                return self.tr("Complaint resolved"), entry.text
            case FollowUpEntry():
                return self._followup(entry)
            case ChangeEntry():
                summary = entry.summary
                if entry.undone:
                    summary = self.tr("{summary} (undone)").format(summary=summary)
                return summary, ""
        return "", ""  # pragma: no cover - every kind is matched above

    def _response(self, entry: ResponseEntry) -> str:
        if entry.business_seconds is None:
            return self.tr("First response")
        after = self._formats.duration(entry.business_seconds)
        if entry.within_target:
            return self.tr("First response after {time}, within target").format(time=after)
        return self.tr("First response after {time}, over target").format(time=after)

    def _outcome(self, entry: OutcomeEntry) -> tuple[str, str]:
        if entry.outcome == "purchased":
            parts = [self.tr("Purchased"), self._money(entry.value_cents)]
            parts.append(entry.purchase_channel_name)
            detail = (
                self.tr("Why: {factors}").format(factors=", ".join(entry.factors))
                if entry.factors
                else ""
            )
            return " · ".join(p for p in parts if p), detail
        return self.tr("Lost: {reason}").format(reason=entry.lost_reason_name or "?"), ""

    def _feedback(self, entry: FeedbackEntry) -> tuple[str, str]:
        parts = [self.tr("Complaint") if entry.complaint else self.tr("Feedback")]
        if entry.rating is not None:
            parts.append("★" * entry.rating + "☆" * (5 - entry.rating))
        if entry.expectation_name:
            parts.append(entry.expectation_name)
        if entry.recommend is not None:
            parts.append(self.tr("would recommend {n}/10").format(n=entry.recommend))
        return " · ".join(parts), entry.comment

    def _followup(self, entry: FollowUpEntry) -> tuple[str, str]:
        name = entry.followup_name
        if entry.event == "opened":
            headline = self.tr("Follow-up planned: {name}, due {due}").format(
                name=name, due=self._formats.when(entry.due_at)
            )
        elif entry.event == "done":
            headline = self.tr("Follow-up done: {name}").format(name=name)
        elif entry.event == "cancelled":
            headline = self.tr("Follow-up cancelled: {name}").format(name=name)
        elif entry.overdue:
            headline = self.tr("Overdue: {name}").format(name=name)
        else:
            headline = self.tr("Due: {name}").format(name=name)
        if entry.priority:
            headline = self.tr("{headline} (priority)").format(headline=headline)
        return headline, entry.text
