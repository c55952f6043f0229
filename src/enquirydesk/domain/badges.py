"""The customer badges of the journey: retention and advocacy, defined once.

The directory shows them on every row and the customer card beside the name,
and both must agree with the monthly figures, so the rule lives here as a pure
function of a customer's history, not in a query or a widget:

- **returning buyer**: has bought, and enquired again after that first purchase
  (an enquiry received later than the moment the first purchase was made);
- **repeat buyer**: two or more purchases;
- **advocate**: brought someone to the shop (another customer, or an enquiry,
  records them as the one who recommended us), or said they would recommend
  the shop with a 9 or 10 (the promoters of the NPS).

Deleted enquiries, feedback and customers count for nothing: the store reads
only live rows, and `summarise` takes only what it is given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

RETURNING_BUYER: Final = "returning_buyer"
REPEAT_BUYER: Final = "repeat_buyer"
ADVOCATE: Final = "advocate"
#: In the order the window shows them.
BADGES: Final = (RETURNING_BUYER, REPEAT_BUYER, ADVOCATE)

#: A would-recommend score from this up makes an advocate (the NPS promoters, 9–10).
PROMOTER_SCORE: Final = 9
#: Purchases that make a repeat buyer.
REPEAT_PURCHASES: Final = 2


@dataclass(frozen=True)
class History:
    """What the badges depend on, as the store aggregates it per customer."""

    enquiries: int = 0
    purchases: int = 0
    #: When the first purchase was made (its outcome time, or when it was received if
    #: the outcome time is unknown); None without purchases.
    first_purchase_at: datetime | None = None
    last_enquiry_at: datetime | None = None  # received time of the latest enquiry
    referrals: int = 0  # customers and enquiries that name them as the recommender
    best_recommend: int | None = None  # the highest would-recommend score they gave


@dataclass(frozen=True)
class PastEnquiry:
    """One enquiry as the badges see it."""

    received_at: datetime
    outcome: str  # open / purchased / lost
    outcome_at: datetime | None = None


def summarise(
    enquiries: Iterable[PastEnquiry],
    referrals: int = 0,
    recommends: Iterable[int | None] = (),
) -> History:
    """A customer's `History` from their enquiries and feedback scores, the way the store's
    grouped query computes it (tests hold the two to the same answer)."""
    count = purchases = 0
    first_purchase: datetime | None = None
    last: datetime | None = None
    for item in enquiries:
        count += 1
        if last is None or item.received_at > last:
            last = item.received_at
        if item.outcome == "purchased":
            purchases += 1
            made = item.outcome_at or item.received_at
            if first_purchase is None or made < first_purchase:
                first_purchase = made
    scores = [score for score in recommends if score is not None]
    return History(
        enquiries=count,
        purchases=purchases,
        first_purchase_at=first_purchase,
        last_enquiry_at=last,
        referrals=referrals,
        best_recommend=max(scores) if scores else None,
    )


def badges(history: History) -> tuple[str, ...]:
    """The badges this history earns, in `BADGES` order."""
    earned = []
    if (
        history.first_purchase_at is not None
        and history.last_enquiry_at is not None
        and history.last_enquiry_at > history.first_purchase_at
    ):
        earned.append(RETURNING_BUYER)
    if history.purchases >= REPEAT_PURCHASES:
        earned.append(REPEAT_BUYER)
    if history.referrals > 0 or (
        history.best_recommend is not None and history.best_recommend >= PROMOTER_SCORE
    ):
        earned.append(ADVOCATE)
    return tuple(earned)
