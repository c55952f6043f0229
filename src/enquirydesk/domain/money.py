"""Money facts that hold in every language: which currencies are counted in whole units.

Amounts are stored in hundredths whatever the currency (see `validation`); this
only says how many decimals to *show*. Indonesian rupiah, yen and the like are
priced in whole units in shops (CLDR gives the rupiah two "official" digits,
which no shop uses).
"""

from __future__ import annotations

from datetime import date

#: Currencies shown without decimals.
WHOLE_CURRENCIES = frozenset({"IDR", "JPY", "KRW", "VND", "HUF", "CLP", "ISK"})


def decimals(currency: str) -> int:
    """How many decimals an amount in `currency` is shown with: 0 or 2."""
    return 0 if currency.upper() in WHOLE_CURRENCIES else 2


__all__ = ["WHOLE_CURRENCIES", "currency_of", "decimals"]


def currency_of(country: str) -> str:
    """The currency a shop in `country` (ISO code) keeps its books in: ID → IDR, SI → EUR;
    "" when the country is unknown."""
    if not country:
        return ""
    from babel.numbers import get_territory_currencies  # CLDR's table, loaded when asked

    try:
        found = get_territory_currencies(country.upper(), date.today())
    except Exception:  # an unknown territory
        return ""
    return found[0] if found else ""
