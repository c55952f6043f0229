"""Customers who may be one person, found before anyone has to notice: the same phone
number or e-mail address (also among their other ones), the same whole name, or names
that look alike with a phone number that differs only in its last digits (a typo).
Staff merge each pair, or say they are two people; that is remembered (and undoable).
"""

from __future__ import annotations

from dataclasses import dataclass

from enquirydesk.domain.duplicates import similar_names
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
    "similar": QT_TRANSLATE_NOOP("Duplicates", "Similar name, nearly the same number"),
    "name": QT_TRANSLATE_NOOP("Duplicates", "Same name"),
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
    for group in cq.near_numbers(NEAR_DIGITS):
        for n, (first, key, phone) in enumerate(group):
            for second, other_key, other_phone in group[n + 1 :]:
                pair = (min(first, second), max(first, second))
                if (
                    phone != other_phone
                    and pair not in found
                    and similar_names(key, other_key)
                    and pair not in distinct
                ):
                    found[pair] = "similar"
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
