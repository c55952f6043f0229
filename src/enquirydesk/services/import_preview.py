"""The preview of an import: the first rows of a file read as they would be stored, in
the shop's own words and formats, or each bad row with the field that is wrong and why.
Nothing is written.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from enquirydesk.domain import catalog
from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.formats import Formats
from enquirydesk.domain.importcsv import ImportRow
from enquirydesk.i18n import translate
from enquirydesk.services import catalogs, export_rows
from enquirydesk.services.context import Context
from enquirydesk.services.import_check import row_parser
from enquirydesk.services.import_plan import Inspection
from enquirydesk.store.models import Channel, DecisionFactor, LostReason, Source


class PreviewRow(NamedTuple):
    """One row of the file as it would be stored: shown values by field, or the field
    that is wrong and why."""

    line: int
    values: dict[str, str]
    problem: tuple[str, str] | None  # (field, reason)


def preview(ctx: Context, inspection: Inspection, rows: int = 20) -> list[PreviewRow]:
    """The first `rows` rows read as they would be stored, each bad value with its reason."""
    parser = row_parser(ctx, inspection)
    formats = ctx.formats
    names = {
        "channel": catalogs.names(Channel),
        "source": catalogs.names(Source),
        "lost_reason": catalogs.names(LostReason),
        "decision_factor": catalogs.names(DecisionFactor),
        "purchase_channel": catalog.names(catalog.PURCHASE_CHANNELS),
        "expectation": catalog.names(catalog.EXPECTATIONS),
        "outcome": {k: translate("ExportRows", v) for k, v in export_rows.OUTCOME_NAMES.items()},
    }
    one_value = "purchase_value" not in (inspection.plan.columns or ())
    shown = []
    for line, cells in inspection.sample[:rows]:
        try:
            row = parser.parse(line, cells)
        except ValidationError as error:
            shown.append(PreviewRow(line, {}, (error.field, error.message)))
            continue
        shown.append(PreviewRow(line, _shown_values(row, names, formats, one_value), None))
    return shown


def _shown_values(
    row: ImportRow, names: dict[str, dict[str, str]], formats: Formats, one_value: bool = False
) -> dict[str, str]:
    """The row's values as the preview shows them. With `one_value` (the file has one
    amount column) the amount is shown there whether it was kept as the estimate or, on
    a bought enquiry, as what was paid."""

    def when(moment: datetime | None) -> str:
        return "" if moment is None else formats.when(moment)

    def money(cents: int | None) -> str:
        return "" if cents is None else formats.cents(cents)

    feedback = row.feedback
    return {
        "received_at": when(row.received_at),
        "channel": names["channel"].get(row.channel, row.channel),
        "customer_name": row.name,
        "phone": formats.phone(row.phone) if row.phone else "",
        "email": row.email or "",
        "interest": row.interest,
        "notes": row.notes,
        "staff": row.staff,
        "source": names["source"].get(row.source, row.source) if row.source else "",
        "first_response_at": when(row.first_response_at),
        "outcome": names["outcome"].get(row.outcome, row.outcome),
        "outcome_at": when(row.outcome_at),
        "value": money(
            row.purchase_cents if one_value and row.estimated_cents is None else row.estimated_cents
        ),
        "purchase_value": money(row.purchase_cents),
        "purchase_channel": names["purchase_channel"].get(row.purchase_channel, "")
        if row.purchase_channel
        else "",
        "lost_reason": names["lost_reason"].get(row.lost_reason, row.lost_reason)
        if row.lost_reason
        else "",
        "decision_factors": "; ".join(names["decision_factor"].get(f, f) for f in row.factors),
        "feedback_at": when(feedback.at) if feedback else "",
        "rating": str(feedback.rating) if feedback and feedback.rating is not None else "",
        "expectation": names["expectation"].get(feedback.expectation, "")
        if feedback and feedback.expectation
        else "",
        "nps": str(feedback.recommend) if feedback and feedback.recommend is not None else "",
        "complaint": (translate("Importer", "yes") if feedback.complaint else "")
        if feedback
        else "",
    }
