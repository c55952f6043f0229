"""Whether the file holds anything yet (the window's first-run page asks once)."""

from __future__ import annotations

from enquirydesk.services.context import Context
from enquirydesk.store import queries


def has_enquiries(ctx: Context) -> bool:
    """Whether the file holds any live enquiry: stops at the first, where a count reads all
    (the Today page's figures are `services.today`)."""
    return queries.any_enquiry()
