"""Correct what was typed when the enquiry was logged."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QWidget

from enquirydesk.services import catalogs, enquiries
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.timeline import EnquiryCard
from enquirydesk.ui.enquiries.actions.base import ActionDialog


class EditDialog(ActionDialog):
    """Correct what was typed: interest, details, estimated value, source."""

    def __init__(self, ctx: Context, card: EnquiryCard, parent: QWidget | None = None) -> None:
        super().__init__(ctx, card, name="editEnquiryDialog", parent=parent)
        self.set_titles(self.tr("Edit enquiry"), self.tr("Save"))
        facts = card.facts
        self.interest_edit = self.line_edit(facts.interest)
        self.add_row(
            self.tr("&Interest:"),
            self.interest_edit,
            name="interestEdit",
            accessible=self.tr("Interest"),
            tip=self.tr("The product or service they asked about"),
            fields=("interest",),
        )
        self.details_edit = self.text_edit(facts.details)
        self.add_row(
            self.tr("&Details:"),
            self.details_edit,
            name="detailsEdit",
            accessible=self.tr("Details"),
            tip=self.tr("Anything else worth remembering. Ctrl+Enter saves."),
            fields=("details",),
        )
        self.estimate_edit = self.line_edit(self.amount_text(facts.estimated_value_cents))
        self.add_row(
            self.tr("&Estimated value ({currency}):").format(currency=card.currency),
            self.estimate_edit,
            name="estimateEdit",
            accessible=self.tr("Estimated value"),
            tip=self.tr("What the sale may be worth"),
            fields=("estimated value", "estimated_value"),
        )
        sources = catalogs.source_names()
        if facts.source is not None and facts.source not in sources:
            sources[facts.source] = facts.source_name  # hidden since, but still this one's
        self.source_combo = self.combo(sources, facts.source, self.tr("Unknown"))
        self.add_row(
            self.tr("&Source:"),
            self.source_combo,
            name="sourceCombo",
            accessible=self.tr("Source"),
            tip=self.tr("How they heard of the shop"),
            fields=("source",),
        )
        self.finish()

    def edited(self) -> dict[str, object]:
        """The fields whose value differs from the enquiry's, as edit_enquiry takes them."""
        facts = self.card.facts
        now = {
            "interest": self.interest_edit.text(),
            "details": self.details_edit.toPlainText(),
            "estimated_value": self.estimate_edit.text(),
            "source": self.source_combo.currentData(),
        }
        before = {
            "interest": facts.interest,
            "details": facts.details,
            "estimated_value": self.amount_text(facts.estimated_value_cents),
            "source": facts.source,
        }
        return {key: value for key, value in now.items() if value != before[key]}

    def submit(self) -> Callable[[], Changes] | None:
        fields = self.edited()
        if not fields:
            return None
        return partial(enquiries.edit_enquiry, self.ctx, self.card.facts.id, **fields)
