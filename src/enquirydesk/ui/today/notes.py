"""The two small forms of the Today page: a follow-up done (with what came of it),
and a complaint resolved (with how it was put right)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QWidget

from enquirydesk.services import feedback, followups
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.timeline import EnquiryCard
from enquirydesk.services.today import Item
from enquirydesk.ui.enquiries.actions import ActionDialog
from enquirydesk.ui.today.model import kind_name


class DoneDialog(ActionDialog):
    """A follow-up is done; a few words of what came of it go on the timeline."""

    def __init__(
        self, ctx: Context, card: EnquiryCard, item: Item, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, card, name="doneDialog", parent=parent)
        self.item = item
        self.set_titles(self.tr("Follow-up done"), self.tr("Mark &done"))
        self.heading.setText(f"{kind_name(item)}\n{self.heading.text()}".strip())
        self.heading.show()
        self.result_edit = self.text_edit()
        self.add_row(
            self.tr("&What came of it:"),
            self.result_edit,
            name="resultEdit",
            accessible=self.tr("What came of it"),
            tip=self.tr(
                "Optional: a few words for the timeline. Enter starts a new line; Ctrl+Enter saves."
            ),
            fields=("result",),
        )
        self.finish()

    def submit(self) -> Callable[[], Changes]:
        return partial(
            followups.complete, self.ctx, self.item.followup_id, self.result_edit.toPlainText()
        )


class ResolveDialog(ActionDialog):
    """How a complaint was put right: recorded with the feedback; its follow-up is done."""

    def __init__(
        self, ctx: Context, card: EnquiryCard, item: Item, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, card, name="resolveComplaintDialog", parent=parent)
        self.item = item
        self.set_titles(self.tr("Resolve complaint"), self.tr("&Resolve"))
        if item.note:
            self.heading.setText(
                self.tr("{heading}\nThey said: {complaint}")
                .format(heading=self.heading.text(), complaint=item.note)
                .strip()
            )
            self.heading.show()
        self.how_edit = self.text_edit()
        self.add_row(
            self.tr("&How was it put right:"),
            self.how_edit,
            name="resolutionEdit",
            accessible=self.tr("How the complaint was put right"),
            tip=self.tr(
                "For example: replaced the unit, refunded, explained the settings. Ctrl+Enter "
                "saves."
            ),
            fields=("resolution",),
        )
        self.finish()

    def submit(self) -> Callable[[], Changes]:
        assert self.item.feedback_id is not None
        return partial(
            feedback.resolve_complaint, self.ctx, self.item.feedback_id, self.how_edit.toPlainText()
        )
