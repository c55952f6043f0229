"""The public holidays of a shop's country, from the `holidays` library (Idul Fitri in
Indonesia, Prešernov dan in Slovenia...), for the years a shop's history can span."""

from __future__ import annotations

import functools
from datetime import date
from types import ModuleType

#: The years looked up: a shop's oldest history to a little past today.
FIRST_YEAR = 1990


def _last_year() -> int:
    return date.today().year + 2


def _library() -> ModuleType:
    """The `holidays` library, loaded on first use (25 ms of a window's start)."""
    import holidays

    return holidays


@functools.lru_cache(maxsize=16)
def _dates(country: str, last_year: int) -> frozenset[date]:
    try:
        found = _library().country_holidays(country, years=range(FIRST_YEAR, last_year + 1))
    except NotImplementedError:  # a country the library does not know
        return frozenset()
    return frozenset(found.keys())


def public_holidays(country: str) -> frozenset[date]:
    """Every public holiday of `country` (ISO code) from 1990 to two years ahead."""
    return _dates(country.upper(), _last_year()) if country else frozenset()


def known(country: str) -> bool:
    """Whether the library knows the public holidays of `country`."""
    return bool(country) and country.upper() in _library().list_supported_countries()


def upcoming(country: str, after: date, count: int, language: str = "") -> list[tuple[date, str]]:
    """The next `count` public holidays of `country` after `after`, with their names (in
    `language` where the library has it)."""
    if not known(country):
        return []
    try:
        found = _library().country_holidays(
            country.upper(), years=(after.year, after.year + 1), language=language or None
        )
    except NotImplementedError:
        return []
    return sorted((day, name) for day, name in found.items() if day > after)[:count]
