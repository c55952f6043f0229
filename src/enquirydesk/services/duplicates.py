"""Customers who may be one person, found before anyone has to notice, strongest first:
the same phone number or e-mail address (also among their other ones); the same name, or
names that look alike, with a phone number that differs only in its last digits (a
typo); the same name with the same e-mail address before the @ at another provider; and
the same name alone only when it is rare in the shop (`domain.duplicates.rare_names`).
A common name shared — two of the shop's many Budi Santosos with their own numbers — is
no reason by itself: listing every such pair would bury the few real ones.
Staff merge each pair, or say they are two people; that is remembered (and undoable).
"""

from __future__ import annotations

from dataclasses import dataclass

from enquirydesk.domain.duplicates import rare_names, similar_names
from enquirydesk.domain.errors import ValidationError
from enquirydesk.i18n import QT_TRANSLATE_NOOP, translate
from enquirydesk.services.context import Changes, Context
from enquirydesk.store import customer_queries as cq
from enquirydesk.store.models import CustomerDistinct

#: The most pairs listed at once: merge or dismiss some, and the next ones come.
SHOWN = 500
#: A number that differs from another only in this many last digits may be a typo.
NEAR_DIGITS = 2

#: Why a pair is listed, strongest first.
REASONS = {
    "phone": QT_TRANSLATE_NOOP("Duplicates", "Same phone number"),
    "email": QT_TRANSLATE_NOOP("Duplicates", "Same e-mail address"),
    "near": QT_TRANSLATE_NOOP("Duplicates", "Same name, nearly the same number"),
    "mailbox": QT_TRANSLATE_NOOP("Duplicates", "Same name, same e-mail before the @"),
    "similar": QT_TRANSLATE_NOOP("Duplicates", "Similar name, nearly the same number"),
    "name": QT_TRANSLATE_NOOP("Duplicates", "Same uncommon name"),
}


@dataclass(frozen=True)
class Pair:
    first: int  # the lower customer id
    second: int
    why: str  # a key of REASONS

    @property
    def reason(self) -> str:
        return translate("Duplicates", REASONS[self.why])


def pairs(ctx: Context, limit: int = SHOWN) -> list[Pair]:
    """The pairs to look at, strongest reason first, at most `limit`."""
    found = {(first, second): why for first, second, why in cq.sharing_customers(limit)}
    distinct = cq.distinct_pairs()

    def add(first: int, second: int, why: str) -> None:
        pair = (min(first, second), max(first, second))
        if first != second and pair not in found and pair not in distinct:
            found[pair] = why

    for group in cq.near_numbers(NEAR_DIGITS):
        for n, (first, key, phone) in enumerate(group):
            for second, other_key, other_phone in group[n + 1 :]:
                if phone != other_phone and similar_names(key, other_key):
                    add(first, second, "near" if key == other_key else "similar")
    mailboxes: dict[tuple[str, str], list[int]] = {}
    for customer_id, key, email in cq.addresses_of_namesakes():
        mailbox = mailboxes.setdefault((key, email.rpartition("@")[0].casefold()), [])
        if customer_id not in mailbox:
            mailbox.append(customer_id)
    for (_key, local), ids in mailboxes.items():
        for n, first in enumerate(ids if local else ()):
            for second in ids[n + 1 :]:
                add(first, second, "mailbox")
    for ids in cq.holders_of(sorted(rare_names(cq.name_holders()))).values():
        for n, first in enumerate(ids):
            for second in ids[n + 1 :]:
                add(first, second, "name")
    order = list(REASONS)
    listed = sorted(found.items(), key=lambda item: (order.index(item[1]), item[0]))
    return [Pair(first, second, why) for (first, second), why in listed[:limit]]


def not_the_same(ctx: Context, first: int, second: int) -> Changes:
    """Remember that two customers are two people: they are not offered again."""
    first, second = min(first, second), max(first, second)
    rows = [cq.customer(first), cq.customer(second)]
    if first == second or rows[0] is None or rows[1] is None:
        raise ValidationError(
            "customer",
            "duplicates.gone",
            translate("Duplicates", "One of the two customers was merged or deleted already."),
        )
    names = [
        row["name"]
        or row["email"]
        or (ctx.formats.phone(row["phone"]) if row["phone"] else "")
        or row["handle"]
        for row in rows
    ]
    summary = translate("Duplicates", "{first} and {second} are two people").format(
        first=names[0], second=names[1]
    )
    with ctx.write("not_duplicates", summary) as tx:
        if not cq.said_distinct(first, second):
            tx.insert(CustomerDistinct, first=first, second=second, created_at=ctx.now())
    return Changes.of(tx)
