"""The shop's catalogues (channels, sources, decision factors, lost reasons) by name.

A catalogue item is stored with a stable key and, when the owner renamed it, a
name of their own; otherwise it shows its built-in name in the user's language.
"""

from __future__ import annotations

from enquirydesk.domain import catalog
from enquirydesk.store import queries
from enquirydesk.store.models import CatalogItem, Channel, DecisionFactor, LostReason, Source

BUILT_IN: dict[type[CatalogItem], tuple[tuple[str, str], ...]] = {
    Channel: catalog.CHANNELS,
    Source: catalog.SOURCES,
    DecisionFactor: catalog.DECISION_FACTORS,
    LostReason: catalog.LOST_REASONS,
}


def names(model: type[CatalogItem]) -> dict[str, str]:
    """key → the name shown for it, in the catalogue's order (hidden items included)."""
    defaults = catalog.names(BUILT_IN[model])
    return {
        row["key"]: row["name"] or defaults.get(row["key"], row["key"])
        for row in queries.catalog(model)
    }


def every_name(model: type[CatalogItem]) -> dict[str, list[str]]:
    """key → every name it goes by, the shown one first: the owner's own and the built-in
    names in each language the program speaks (hidden items included)."""
    built_in = catalog.every_name(BUILT_IN[model])
    return {
        key: list(dict.fromkeys([name, *built_in.get(key, ())]))
        for key, name in names(model).items()
    }


def offered(model: type[CatalogItem]) -> dict[str, str]:
    """key → shown name of the items offered for new entries (hidden ones left out), in order."""
    defaults = catalog.names(BUILT_IN[model])
    return {
        row["key"]: row["name"] or defaults.get(row["key"], row["key"])
        for row in queries.catalog(model, include_hidden=False)
    }


def channel_names() -> dict[str, str]:
    """The channels to choose from when logging an enquiry (the window has no models)."""
    return offered(Channel)


def source_names() -> dict[str, str]:
    """The sources ("how did you hear of us") to choose from when logging an enquiry."""
    return offered(Source)


def report_names() -> dict[str, dict[str, str]]:
    """The names a rendered report needs, under the report's own section keys."""
    return {
        "channels": names(Channel),
        "sources": names(Source),
        "decision_factors": names(DecisionFactor),
        "lost_reasons": names(LostReason),
    }


def key_for(model: type[CatalogItem], text: str) -> str | None:
    """The key a user meant by `text`: the key itself or a shown name, any case."""
    wanted = text.strip().casefold()
    for key, name in names(model).items():
        if wanted in (key.casefold(), name.casefold()):
            return key
    return None


def lost_reason_names() -> dict[str, str]:
    """The reasons a sale was lost, to choose from when marking an enquiry lost."""
    return offered(LostReason)


def factor_names() -> dict[str, str]:
    """The decision factors ("why did they choose us") offered when marking a purchase."""
    return offered(DecisionFactor)


def contact_kind_names() -> dict[str, str]:
    """The kinds of contact on a timeline (call, message, ...): fixed, not owner-edited."""
    return catalog.names(catalog.CONTACT_KINDS)


def purchase_channel_names() -> dict[str, str]:
    """How a purchase was made (in store, online, delivery): fixed, not owner-edited."""
    return catalog.names(catalog.PURCHASE_CHANNELS)


def expectation_names() -> dict[str, str]:
    """How the product compared with what the buyer expected (feedback)."""
    return catalog.names(catalog.EXPECTATIONS)
