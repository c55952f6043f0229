"""The fixed vocabulary of the customer journey (SPEC §2).

Keys are stable: they are stored in the database, written to CSV and JSON and
accepted on the command line. Display names here are the English defaults; the
owner may rename items in the database, and the window translates the defaults.
"""

from __future__ import annotations

from typing import Final

CHANNELS: Final = (
    ("phone", "Phone"),
    ("walk_in", "Walk-in"),
    ("email", "E-mail"),
    ("web_form", "Website form"),
    ("social", "Social media"),
    ("chat", "Chat app"),
    ("other", "Other"),
)

SOURCES: Final = (
    ("ads", "Advertising"),
    ("social_media", "Social media"),
    ("recommendation", "Recommendation"),
    ("search", "Internet search"),
    ("passing_by", "Passing by"),
    ("returning", "Returning customer"),
    ("other", "Other"),
)

DECISION_FACTORS: Final = (
    ("price", "Cheapest price"),
    ("brand", "Famous brand"),
    ("recommendation", "Recommended by someone close"),
    ("proximity", "Store is near"),
    ("after_sales", "Good after-sales service"),
    ("experience", "Good past experience"),
    ("availability", "Other brands not available"),
    ("ads", "Attractive ads"),
)

LOST_REASONS: Final = (
    ("price", "Price"),
    ("competitor", "Bought elsewhere"),
    ("not_available", "Not available"),
    ("no_response", "We answered too late"),
    ("changed_mind", "Changed their mind"),
    ("other", "Other"),
)

OUTCOMES: Final = ("open", "purchased", "lost")
PURCHASE_CHANNELS: Final = (
    ("in_store", "In store"),
    ("online", "Online"),
    ("delivery", "Delivery"),
)
EXPECTATIONS: Final = (
    ("worse", "Worse than expected"),
    ("as_expected", "As expected"),
    ("better", "Better than expected"),
)

FOLLOWUP_KINDS: Final = (
    ("respond", "Respond"),
    ("decision", "Check decision"),
    ("after_sales", "After-sales"),
    ("complaint", "Complaint"),
    ("custom", "Follow-up"),
)
#: After-sales follow-ups carry a topic: the early check-in or the retention contact.
AFTER_SALES_TOPICS: Final = (
    ("check_in", "How is it working out?"),
    ("retention", "Repeat offer and recommendation"),
)

CONTACT_KINDS: Final = (
    ("call", "Call"),
    ("message", "Message"),
    ("email", "E-mail"),
    ("visit", "Visit"),
    ("quote", "Quote sent"),
    ("note", "Note"),
)
#: A note is internal: it neither answers the customer nor restarts the follow-up cadence.
INTERNAL_CONTACT_KINDS: Final = frozenset({"note"})
DIRECTIONS: Final = ("out", "in")

STAFF_ROLES: Final = ("owner", "staff")


def keys(pairs: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The keys of one of the (key, name) tables above, in order."""
    return tuple(key for key, _ in pairs)


def answered_now_contact_kind(channel_key: str) -> str:
    """How a contact answered on the spot happened, judged by the enquiry's channel."""
    return {"walk_in": "visit", "phone": "call", "email": "email"}.get(channel_key, "message")


def key_from_name(name: str, taken: set[str] | frozenset[str]) -> str:
    """A stable key for an item the owner added ("WhatsApp" → ``whatsapp``, "bolha.com" →
    ``bolha_com``, "Tokopedia 2" → ``tokopedia_2``): lower-case ASCII letters, digits and
    underscores, not one of `taken` (a number is added until it is free)."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    key = "".join(ch if ch.isalnum() else "_" for ch in plain.lower()).strip("_")
    while "__" in key:
        key = key.replace("__", "_")
    key = key[:40] or "item"
    if key[0].isdigit():
        key = f"k_{key}"
    found, n = key, 2
    while found in taken:
        found, n = f"{key}_{n}", n + 1
    return found
