"""The shop's catalogues (channels, sources, decision factors, lost reasons) by name.

A catalogue item is stored with a stable key and, when the owner renamed it, a
name of their own; otherwise it shows its built-in name.
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
    defaults = dict(BUILT_IN[model])
    return {
        row["key"]: row["name"] or defaults.get(row["key"], row["key"])
        for row in queries.catalog(model)
    }


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
