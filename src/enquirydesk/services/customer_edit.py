"""Correcting a customer's details from the Customers page, as one undoable operation.

The same rules as when an enquiry is logged (`customers.validate_details`):
a phone number is read in the shop's country and stored as E.164, an e-mail
address is checked and lower-cased, and a customer needs a name, phone, e-mail
or handle. A phone number another customer has too is allowed (a family
phone); the card says so, and nobody is merged.
"""

from __future__ import annotations

from typing import Any

from enquirydesk.domain.errors import NotFoundError, ValidationError
from enquirydesk.domain.validation import MAX_TEXT, clean_text
from enquirydesk.i18n import translate
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.customers import validate_details
from enquirydesk.store import customer_queries as cq
from enquirydesk.store.models import Customer


def edit_customer(
    ctx: Context,
    customer_id: int,
    *,
    name: str,
    phone: str,
    email: str,
    handle: str,
    notes: str,
    referred_by: int | None,
) -> Changes | None:
    """Save the details as typed (every field, as the form shows them all).

    Validates everything before writing; returns None when nothing differs.
    """
    row = cq.customer(customer_id)
    if row is None:
        raise NotFoundError(
            translate("CustomerEdit", "There is no customer number {number}.").format(
                number=customer_id
            )
        )
    details = validate_details(name, phone, email, handle, ctx.settings.country)
    cleaned_notes = clean_text(notes, "notes", MAX_TEXT)
    if referred_by is not None:
        if referred_by == customer_id:
            raise ValidationError(
                "referred_by",
                "referred_by.self",
                translate("CustomerEdit", "A customer cannot have referred themselves."),
            )
        if cq.customer(referred_by) is None:
            raise ValidationError(
                "referred_by",
                "referred_by.unknown",
                translate(
                    "CustomerEdit",
                    "The customer who referred them was deleted or merged; choose another one.",
                ),
            )
    wanted: dict[str, Any] = {
        "name": details.name,
        "name_key": details.key,
        "phone": details.phone,
        "email": details.email,
        "handle": details.handle,
        "notes": cleaned_notes,
        "referred_by_id": referred_by,
    }
    changed = {key: value for key, value in wanted.items() if row[key] != value}
    if not changed:
        return None
    if "referred_by_id" in changed:
        changed["referred_by"] = changed.pop("referred_by_id")
    summary = translate("CustomerEdit", "Customer {name} edited").format(
        name=details.shown(ctx.formats)
    )
    with ctx.write("edit_customer", summary) as tx:
        tx.update(Customer, customer_id, updated_at=ctx.now(), **changed)
    return Changes.of(tx)
