"""Correcting a customer's details from the Customers page, as one undoable operation.

The same rules as when an enquiry is logged (`customers.validate_details`):
a phone number is read in the shop's country and stored as E.164, an e-mail
address is checked and lower-cased, and a customer needs a name, phone, e-mail
or handle. A phone number another customer has too is allowed (a family
phone); the card says so, and nobody is merged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from enquirydesk.domain.errors import NotFoundError, ValidationError
from enquirydesk.domain.validation import (
    MAX_TEXT,
    clean_text,
    normalise_email,
    normalise_phone,
)
from enquirydesk.i18n import translate
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.customers import CustomerDetails, validate_details
from enquirydesk.store import customer_queries as cq
from enquirydesk.store import retention
from enquirydesk.store.models import Customer, CustomerContactInfo


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
    other_phones: Sequence[str] | None = None,
    other_emails: Sequence[str] | None = None,
    consent: bool | None = None,
) -> Changes | None:
    """Save the details as typed (every field, as the form shows them all); with
    `other_phones` / `other_emails`, the customer's other numbers and addresses become
    those (None leaves them as they are). `consent` True records that the customer
    agreed to be contacted with offers (now, unless they had already: that date stays),
    False that they did not (or no longer do); None leaves it as it is.

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
    if consent is not None:
        agreed = retention.consent_at(customer_id)
        if consent and agreed is None:
            changed["consent_at"] = ctx.now()
        elif not consent and agreed is not None:
            changed["consent_at"] = None
    others = _others(ctx, details, other_phones, other_emails)
    given = {"phone": other_phones is not None, "email": other_emails is not None}
    had = [r for r in cq.contact_info([customer_id]) if given[r["kind"]]]
    gone = [r["id"] for r in had if (r["kind"], r["value"]) not in others]
    added = [o for o in others if o not in {(r["kind"], r["value"]) for r in had}]
    if not changed and not gone and not added:
        return None
    if "referred_by_id" in changed:
        changed["referred_by"] = changed.pop("referred_by_id")
    summary = translate("CustomerEdit", "Customer {name} edited").format(
        name=details.shown(ctx.formats)
    )
    now = ctx.now()
    with ctx.write("edit_customer", summary) as tx:
        tx.update(Customer, customer_id, updated_at=now, **changed)
        for info_id in gone:
            tx.delete(CustomerContactInfo, info_id)
        for kind, value in added:
            tx.insert(
                CustomerContactInfo, customer=customer_id, kind=kind, value=value, created_at=now
            )
    return Changes.of(tx)


def _others(
    ctx: Context,
    details: CustomerDetails,
    phones: Sequence[str] | None,
    emails: Sequence[str] | None,
) -> list[tuple[str, str]]:
    """The other numbers and addresses as stored, checked, without repeats or the first
    ones: [(kind, value)]."""
    found: list[tuple[str, str]] = []
    for kind, typed, first in (("phone", phones, details.phone), ("email", emails, details.email)):
        for text in typed or ():
            if not text.strip():
                continue
            try:
                if kind == "phone":
                    value = normalise_phone(text, ctx.settings.country)
                else:
                    value = normalise_email(text)
            except ValidationError as error:  # said beside the field of the other ones
                raise ValidationError(f"other_{kind}s", error.code, error.message) from None
            if value != first and (kind, value) not in found:
                found.append((kind, value))
    return found
