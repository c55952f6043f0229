"""Money, times and waiting times for the screen, written by the shop's `Formats`.

Code that has a `Context` asks `ctx.formats` itself; these helpers are for what has
none (a model made before the window, the dialogs shown before a file is open). The
window says which shop's figures are shown (`use`, when it opens and after the shop's
settings changed); until then the program's language without a country is used.
The QLocale arguments are kept for the callers that still pass one, and ignored.
"""

from __future__ import annotations

from enquirydesk.domain.formats import Formats, shop_formats
from enquirydesk.i18n import current_language

_shop: Formats | None = None


def use(formats: Formats | None) -> None:
    """Show the figures of this shop (its country and currency) from now on."""
    global _shop
    _shop = formats


def current(currency: str | None = None) -> Formats:
    """The shop's `Formats` in the program's language (in `currency` when given)."""
    shop, language = _shop, current_language()
    if shop is None:
        return shop_formats(language, "", currency or "EUR")
    if shop.language != language or (currency and currency.upper() != shop.currency):
        return shop_formats(language, shop.country, currency or shop.currency)
    return shop
