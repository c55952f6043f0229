"""The fixed vocabulary of the customer journey.

Keys are stable: they are stored in the database, written to CSV and JSON and
accepted on the command line. Display names here are the English defaults, marked
for translation under the context "Catalog"; `names` gives them in the user's
language. The owner may rename the shop's own lists (channels, sources, factors,
reasons) in the database; a name of theirs is shown as they wrote it.
"""

from __future__ import annotations

from typing import Final

from enquirydesk.i18n import QT_TRANSLATE_NOOP, every_translation, translate

CHANNELS: Final = (
    ("phone", QT_TRANSLATE_NOOP("Catalog", "Phone")),
    ("walk_in", QT_TRANSLATE_NOOP("Catalog", "Walk-in")),
    ("email", QT_TRANSLATE_NOOP("Catalog", "E-mail")),
    ("web_form", QT_TRANSLATE_NOOP("Catalog", "Website form")),
    ("social", QT_TRANSLATE_NOOP("Catalog", "Social media")),
    ("chat", QT_TRANSLATE_NOOP("Catalog", "Chat app")),
    ("other", QT_TRANSLATE_NOOP("Catalog", "Other")),
)

SOURCES: Final = (
    ("ads", QT_TRANSLATE_NOOP("Catalog", "Advertising")),
    ("social_media", QT_TRANSLATE_NOOP("Catalog", "Social media")),
    ("recommendation", QT_TRANSLATE_NOOP("Catalog", "Recommendation")),
    ("search", QT_TRANSLATE_NOOP("Catalog", "Internet search")),
    ("passing_by", QT_TRANSLATE_NOOP("Catalog", "Passing by")),
    ("returning", QT_TRANSLATE_NOOP("Catalog", "Returning customer")),
    ("other", QT_TRANSLATE_NOOP("Catalog", "Other")),
)

DECISION_FACTORS: Final = (
    ("price", QT_TRANSLATE_NOOP("Catalog", "Cheapest price")),
    ("brand", QT_TRANSLATE_NOOP("Catalog", "Famous brand")),
    ("recommendation", QT_TRANSLATE_NOOP("Catalog", "Recommended by someone close")),
    ("proximity", QT_TRANSLATE_NOOP("Catalog", "Store is near")),
    ("after_sales", QT_TRANSLATE_NOOP("Catalog", "Good after-sales service")),
    ("experience", QT_TRANSLATE_NOOP("Catalog", "Good past experience")),
    ("availability", QT_TRANSLATE_NOOP("Catalog", "Other brands not available")),
    ("ads", QT_TRANSLATE_NOOP("Catalog", "Attractive ads")),
)

LOST_REASONS: Final = (
    ("price", QT_TRANSLATE_NOOP("Catalog", "Price")),
    ("competitor", QT_TRANSLATE_NOOP("Catalog", "Bought elsewhere")),
    ("not_available", QT_TRANSLATE_NOOP("Catalog", "Not available")),
    ("no_response", QT_TRANSLATE_NOOP("Catalog", "We answered too late")),
    ("changed_mind", QT_TRANSLATE_NOOP("Catalog", "Changed their mind")),
    ("other", QT_TRANSLATE_NOOP("Catalog", "Other")),
)

OUTCOMES: Final = ("open", "purchased", "lost")
PURCHASE_CHANNELS: Final = (
    ("in_store", QT_TRANSLATE_NOOP("Catalog", "In store")),
    ("online", QT_TRANSLATE_NOOP("Catalog", "Online")),
    ("delivery", QT_TRANSLATE_NOOP("Catalog", "Delivery")),
)
EXPECTATIONS: Final = (
    ("worse", QT_TRANSLATE_NOOP("Catalog", "Worse than expected")),
    ("as_expected", QT_TRANSLATE_NOOP("Catalog", "As expected")),
    ("better", QT_TRANSLATE_NOOP("Catalog", "Better than expected")),
)

FOLLOWUP_KINDS: Final = (
    ("respond", QT_TRANSLATE_NOOP("Catalog", "Respond")),
    ("decision", QT_TRANSLATE_NOOP("Catalog", "Check decision")),
    ("after_sales", QT_TRANSLATE_NOOP("Catalog", "After-sales")),
    ("complaint", QT_TRANSLATE_NOOP("Catalog", "Complaint")),
    ("custom", QT_TRANSLATE_NOOP("Catalog", "Follow-up")),
)
#: After-sales follow-ups carry a topic: the early check-in or the retention contact.
AFTER_SALES_TOPICS: Final = (
    ("check_in", QT_TRANSLATE_NOOP("Catalog", "How is it working out?")),
    ("retention", QT_TRANSLATE_NOOP("Catalog", "Repeat offer and recommendation")),
)

CONTACT_KINDS: Final = (
    ("call", QT_TRANSLATE_NOOP("Catalog", "Call")),
    ("message", QT_TRANSLATE_NOOP("Catalog", "Message")),
    ("email", QT_TRANSLATE_NOOP("Catalog", "E-mail")),
    ("visit", QT_TRANSLATE_NOOP("Catalog", "Visit")),
    ("quote", QT_TRANSLATE_NOOP("Catalog", "Quote sent")),
    ("note", QT_TRANSLATE_NOOP("Catalog", "Note")),
)
#: A note is internal: it neither answers the customer nor restarts the follow-up cadence.
INTERNAL_CONTACT_KINDS: Final = frozenset({"note"})
DIRECTIONS: Final = ("out", "in")

STAFF_ROLES: Final = ("owner", "staff")


def keys(pairs: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The keys of one of the (key, name) tables above, in order."""
    return tuple(key for key, _ in pairs)


def names(pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """key → name in the user's language, for one of the tables above, in order."""
    return {key: translate("Catalog", name) for key, name in pairs}


#: Other words shops' spreadsheets use for the channels (English, Indonesian, Slovenian).
CHANNEL_WORDS: Final = {
    "phone": ("tel", "telephone", "call", "telepon", "telpon", "telefon", "klic"),
    "walk_in": ("in person", "in store", "visit", "store", "shop", "langsung", "toko",
                "datang", "osebno", "v trgovini", "trgovina", "obisk"),
    "email": ("mail", "e mail", "surel", "surat elektronik", "e-pošta", "e-posta", "pošta"),
    "web_form": ("web", "website", "form", "situs", "formulir", "splet", "spletna stran",
                 "obrazec"),
    "social": ("instagram", "ig", "facebook", "fb", "tiktok", "media sosial", "medsos",
               "družbena omrežja", "omrežja"),
    "chat": ("whatsapp", "wa", "viber", "telegram", "messenger", "sms", "line", "klepet"),
}  # fmt: skip


def every_name(pairs: tuple[tuple[str, str], ...]) -> dict[str, list[str]]:
    """key → its names in every language the program speaks, the user's first, for one of
    the tables above (an imported file may have been written in any of them); for the
    channels, the other words shops use too."""
    found = {}
    for key, english in pairs:
        names = [translate("Catalog", english), *sorted(every_translation("Catalog", english))]
        if pairs is CHANNELS:
            names.extend(CHANNEL_WORDS.get(key, ()))
        found[key] = list(dict.fromkeys(names))
    return found


def name(pairs: tuple[tuple[str, str], ...], key: str) -> str:
    """The name of `key` in one of the tables above, in the user's language; the key
    itself when the table has no such key."""
    return names(pairs).get(key, key)


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
