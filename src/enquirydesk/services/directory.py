"""The Customers page's questions: who matches what is typed, in which order, what each
row shows, and one customer's card.

The search reads like the Enquiries search: digits as a phone number is dialled
(``0812 34``, ``+386 41``; one typed with 0 is also a run anywhere) or any run of them
(``555 123``), an address or a part of one with ``@``, otherwise the start of any word
of a name (the whole name first, then names that start so, then other words, then
addresses with a word that starts so, then those holding it inside the part before the
@: ``kovacic40``). The list is in
the order of the index the search uses (names A–Z, numbers, addresses), so at
a million customers every step answers from an index; the direction can be
reversed. Only reads: the window runs the long ones off its GUI thread.
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from enquirydesk.domain import settings as declared
from enquirydesk.domain.badges import History, badges
from enquirydesk.domain.errors import NotFoundError
from enquirydesk.domain.formats import Formats
from enquirydesk.domain.validation import format_phone, name_key
from enquirydesk.i18n import translate
from enquirydesk.services import catalogs, customers
from enquirydesk.services.context import Context
from enquirydesk.store import customer_queries as cq
from enquirydesk.store import retention
from enquirydesk.store.models import Channel

#: How many of a customer's enquiries, purchases, feedback and referrals the card lists
#: (its counts cover them all).
SHOWN = 100


def where(ctx: Context, text: str) -> cq.Where:
    """The search box's text in storage terms."""
    typed = text.strip()
    if not typed:
        return cq.Where()
    terms = customers.search_terms(typed, ctx.settings.country)
    words = customers.word_matches(typed, terms)
    if terms.email_words:
        return cq.Where(
            email_prefix=typed.lower(), email_match=words.addresses, inside_match=words.inside
        )
    if terms.digits:
        return cq.Where(
            phone_prefixes=customers.phone_prefixes(typed, ctx.settings.country),
            number_match=words.numbers,
        )
    return cq.Where(
        name_prefix=name_key(typed),
        name_match=words.names,
        email_match=words.addresses,
        inside_match=words.inside,
    )


def order_column(ctx: Context, text: str) -> str:
    """The column the list is in order of for this search: name, phone or email."""
    return cq.order_column(where(ctx, text))


def ids(ctx: Context, text: str, descending: bool = False) -> array:
    """Every matching customer id, in order."""
    return cq.customer_ids(where(ctx, text), descending)


def first_ids(ctx: Context, text: str, count: int, descending: bool = False) -> array:
    """The first `count` of `ids`: the top of the list at once, while the rest load."""
    return cq.customer_ids(where(ctx, text), descending, limit=count)


def last_ids(ctx: Context, text: str, count: int, descending: bool = False) -> array:
    """The last `count` of `ids`, in the same order: the end of the list at once."""
    return cq.customer_ids(where(ctx, text), descending, limit=count, from_end=True)


def count(ctx: Context, text: str) -> int:
    return cq.count_customers(where(ctx, text))


# -- rows ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DirectoryRow:
    id: int
    name: str
    phone: str  # E.164 ("" when unknown): `shown_phone` formats it when it is drawn
    email: str
    handle: str
    enquiries: int
    purchases: int
    last_enquiry_at: datetime | None
    badges: tuple[str, ...]  # domain.badges keys


def _history(row: dict[str, Any]) -> History:
    return History(
        enquiries=row["enquiries"],
        purchases=row["purchases"],
        first_purchase_at=row["first_purchase_at"],
        last_enquiry_at=row["last_enquiry_at"],
        referrals=row["referrals"],
        best_recommend=row["best_recommend"],
    )


@functools.lru_cache(maxsize=65_536)
def shown_phone(e164: str, formats: Formats | None = None) -> str:
    """A stored number as people read it: with the shop's `formats` (``ctx.formats``) a
    local number the country's own way (``041 123 456``), a foreign one internationally;
    without them internationally (``+386 41 123 456``). "" for none. Formatting costs
    70 µs a number, so the list formats only the rows drawn, each once."""
    if not e164:
        return ""
    return formats.phone(e164) if formats is not None else format_phone(e164)


def rows(ctx: Context, wanted: Sequence[int]) -> dict[int, DirectoryRow]:
    """What the directory shows for these customers (a block of rows being drawn)."""
    return {
        key: DirectoryRow(
            id=key,
            name=customers.shown_name(row["name"], row["forgotten_at"]),
            phone=row["phone"] or "",
            email=row["email"] or "",
            handle=row["handle"] or "",
            enquiries=row["enquiries"],
            purchases=row["purchases"],
            last_enquiry_at=row["last_enquiry_at"],
            badges=badges(_history(row)),
        )
        for key, row in cq.directory_rows(list(wanted)).items()
    }


# -- the card -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """Another customer the card names (a link to their own card)."""

    id: int
    name: str
    phone: str  # formatted
    email: str

    @property
    def label(self) -> str:
        return self.name or self.phone or self.email


def _person(row: dict[str, Any], formats: Formats) -> Person:
    return Person(
        id=row["id"],
        name=customers.shown_name(row["name"], row.get("forgotten_at")),
        phone=formats.phone(row["phone"]) if row["phone"] else "",
        email=row["email"] or "",
    )


@dataclass(frozen=True)
class EnquiryLine:
    id: int
    received_at: datetime
    channel_name: str
    interest: str
    status: str  # awaiting / open / purchased / lost
    outcome_at: datetime | None
    value_cents: int | None  # the purchase, or the estimate while open


@dataclass(frozen=True)
class FeedbackLine:
    id: int
    enquiry_id: int
    recorded_at: datetime
    interest: str
    rating: int | None
    expectation: str | None  # key
    recommend: int | None
    comment: str
    complaint: bool
    resolved_at: datetime | None
    resolution: str


@dataclass(frozen=True)
class CustomerCard:
    id: int
    name: str
    phone: str  # formatted; "" when unknown
    phone_e164: str
    email: str
    handle: str
    notes: str
    created_at: datetime | None
    referred_by: Person | None
    history: History
    #: Their other numbers (E.164) and addresses, in the order they were learned.
    other_phones: tuple[str, ...]
    other_emails: tuple[str, ...]
    badges: tuple[str, ...]
    purchases_cents: int
    enquiries: tuple[EnquiryLine, ...]  # latest first, SHOWN at most
    purchases: tuple[EnquiryLine, ...]  # latest first
    feedback: tuple[FeedbackLine, ...]  # latest first
    referred: tuple[Person, ...]  # whom they brought, by name
    #: Other customers with the same phone number (a family phone): never merged silently.
    shares_phone: tuple[Person, ...]
    currency: str
    #: When they agreed to be contacted with offers (None: not asked, or declined).
    consent_at: datetime | None = None
    #: When their personal data was erased (`name` is then the forgotten label).
    forgotten_at: datetime | None = None

    @property
    def label(self) -> str:
        return self.name or self.phone or self.email or self.handle

    @property
    def complaints(self) -> tuple[FeedbackLine, ...]:
        return tuple(line for line in self.feedback if line.complaint)


def _line(row: dict[str, Any], channels: dict[int, str]) -> EnquiryLine:
    outcome = row["outcome"]
    status = "awaiting" if outcome == "open" and row["first_response_at"] is None else outcome
    return EnquiryLine(
        id=row["id"],
        received_at=row["received_at"],
        channel_name=channels.get(row["channel_id"], ""),
        interest=row["interest"] or "",
        status=status,
        outcome_at=row["outcome_at"],
        value_cents=row["purchase_value_cents"]
        if outcome == "purchased"
        else row["estimated_value_cents"],
    )


def exists(customer_id: int) -> bool:
    """Whether the customer is still there (not deleted or merged away)."""
    return cq.customer(customer_id) is not None


def card(ctx: Context, customer_id: int) -> CustomerCard:
    """Everything the Customers page shows about one customer: a few indexed reads."""
    row = cq.customer(customer_id)
    if row is None:
        raise NotFoundError(
            translate("Directory", "There is no customer number {number}.").format(
                number=customer_id
            )
        )
    formats = ctx.formats
    names = catalogs.names(Channel)
    channels = {i: names.get(k, k) for k, i in ctx.catalog_ids(Channel).items()}
    history_row = cq.histories([customer_id])[customer_id]
    history = _history(history_row)
    referrer = row["referred_by_id"]
    referred_by = cq.people([referrer]).get(referrer) if referrer else None
    known = customers.known_contacts(row)
    return CustomerCard(
        id=row["id"],
        name=customers.shown_name(row["name"], row["forgotten_at"]),
        phone=formats.phone(row["phone"]) if row["phone"] else "",
        phone_e164=row["phone"] or "",
        email=row["email"] or "",
        handle=row["handle"] or "",
        notes=row["notes"] or "",
        created_at=row["created_at"],
        referred_by=_person(referred_by, formats) if referred_by else None,
        history=history,
        other_phones=tuple(known["phone"][1:] if row["phone"] else known["phone"]),
        other_emails=tuple(known["email"][1:] if row["email"] else known["email"]),
        badges=badges(history),
        purchases_cents=int(history_row["purchases_cents"] or 0),
        enquiries=tuple(_line(r, channels) for r in cq.recent_enquiries(customer_id, SHOWN)),
        purchases=tuple(_line(r, channels) for r in cq.recent_purchases(customer_id, SHOWN)),
        feedback=tuple(
            FeedbackLine(
                id=r["id"],
                enquiry_id=r["enquiry_id"],
                recorded_at=r["recorded_at"],
                interest=r["interest"] or "",
                rating=r["rating"],
                expectation=r["expectation"],
                recommend=r["recommend"],
                comment=r["comment"] or "",
                complaint=r["complaint"],
                resolved_at=r["complaint_resolved_at"],
                resolution=r["resolution"] or "",
            )
            for r in cq.recent_feedback(customer_id, SHOWN)
        ),
        referred=tuple(_person(r, formats) for r in cq.referred(customer_id, SHOWN)),
        shares_phone=tuple(
            _person(r, formats) for r in cq.same_contact(customer_id, "phone", row["phone"])
        ),
        currency=str(ctx.settings[declared.CURRENCY]),
        consent_at=retention.consent_at(customer_id),
        forgotten_at=row["forgotten_at"],
    )


# -- picking another customer (merge, referred by) ------------------------------------------


def candidates(ctx: Context, text: str, exclude: int | None, limit: int = 12) -> list[DirectoryRow]:
    """Customers to pick from as `text` is typed. With nothing typed, those most likely the
    same person as `exclude`: the same phone number, e-mail address or exact name."""
    if text.strip():
        found = [i for i in first_ids(ctx, text, limit + 1) if i != exclude][:limit]
    elif exclude is not None:
        row = cq.customer(exclude)
        found = []
        if row is not None:
            for column in ("phone", "email", "name_key"):
                for other in cq.same_contact(exclude, column, row[column], limit):
                    if other["id"] not in found:
                        found.append(other["id"])
        found = found[:limit]
    else:
        return []
    shown = rows(ctx, found)
    return [shown[i] for i in found if i in shown]
