"""Money, numbers, dates, times, waiting times and phone numbers, written the way the
shop's people write them — one formatter for the window, the PDF, the workbook and the
command line, so that an amount reads the same wherever it is shown.

The conventions are CLDR's (Babel) for the program's language in the shop's country
(Slovenian in Slovenia: "1.234,50 €", "4. 12. 2026"; Indonesian: "Rp 4.500.000",
"4/12/26"; English without a country: "€1,234.50"). Amounts in currencies priced in
whole units (the rupiah) have no decimals. Amounts are read back the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, cached_property, lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time, get_date_format, get_time_format
from babel.numbers import (
    NumberFormatError,
    format_currency,
    format_decimal,
    get_currency_symbol,
    parse_decimal,
)

from enquirydesk.domain import money as money_rules
from enquirydesk.domain.month import Month
from enquirydesk.i18n import SOURCE_LANGUAGE, translate

_PLAIN_AMOUNT = re.compile(r"[-\u2212]?\d+([.,]\d+)?")
MISSING = "–"  # a figure whose denominator is empty
NBSP = "\u00a0"
MINUS = "\u2212"


@cache
def locale_for(language: str, country: str = "") -> Locale:
    """CLDR's locale for `language` spoken in `country` where it knows one (``en_SI``
    writes 1.234,50 € and 24-hour times), else the language's own."""
    if country:
        try:
            return Locale.parse(f"{language}_{country.upper()}")
        except (ValueError, UnknownLocaleError):
            pass
    try:
        return Locale.parse(language)
    except (ValueError, UnknownLocaleError):
        return Locale.parse(SOURCE_LANGUAGE)


@lru_cache(maxsize=4_096)
def _short_time(hour: int, minute: int, locale: Locale) -> str:
    """A time of day as `locale` writes it, short; looked up once per minute of the day
    (Babel takes about 25 µs, and lists show hundreds)."""
    return format_time(time(hour, minute), "short", locale=locale)


@lru_cache(maxsize=4_096)
def _short_date(day: date, locale: Locale) -> str:
    return format_date(day, "short", locale=locale)


@dataclass(frozen=True)
class Formats:
    """How figures read for one language, shop country and currency."""

    language: str = SOURCE_LANGUAGE
    country: str = ""
    currency: str = "EUR"

    @cached_property
    def locale(self) -> Locale:
        return locale_for(self.language, self.country)

    @property
    def tag(self) -> str:
        """The locale's name for Qt (``sl_SI``, ``en``)."""
        return str(self.locale)

    @cached_property
    def decimals(self) -> int:
        return money_rules.decimals(self.currency)

    # numbers -------------------------------------------------------------------------

    def _signed(self, text: str, value: Decimal | float | int, signed: bool) -> str:
        if value < 0:
            return MINUS + text.lstrip("-" + MINUS)
        return "+" + text if signed and value > 0 else text

    def count(self, value: int | Decimal, signed: bool = False) -> str:
        """A whole number with the thousands grouped: 4.000 enquiries in Slovenian.

        Every count a person reads is written this way: the window's ``%Ln`` too (Qt's
        own would follow CLDR's minimum grouping, which Babel does not apply, and write
        the Slovenian 1500 unlike the 1.500 of the tables, reports and command line)."""
        text = format_decimal(abs(int(value)), format="#,##0", locale=self.locale)
        return self._signed(text, value, signed)

    def decimal(self, value: Decimal | float | None, signed: bool = False, places: int = 1) -> str:
        if value is None:
            return MISSING
        pattern = "#,##0." + "0" * places if places else "#,##0"
        exact = _rounded(abs(Decimal(str(value))), places)
        text = format_decimal(exact, format=pattern, locale=self.locale)
        return self._signed(text, value, signed)

    def percent(self, value: Decimal | float | None, signed: bool = False) -> str:
        """`value` in percent (12.5 → "12,5 %" in Slovenian, "12.5%" in English)."""
        if value is None:
            return MISSING
        pattern = self.locale.percent_formats[None].pattern
        gap = NBSP if ("\u00a0%" in pattern or " %" in pattern) else ""
        return f"{self.decimal(value, signed)}{gap}%"

    # money ---------------------------------------------------------------------------

    @cached_property
    def _money_pattern(self) -> str:
        pattern = self.locale.currency_formats["standard"].pattern.split(";")[0]
        if self.decimals == 0:
            pattern = pattern.replace("0.00", "0")
        return pattern

    @cached_property
    def symbol(self) -> str:
        return get_currency_symbol(self.currency, locale=self.locale)

    def money(self, amount: Decimal | int | float, signed: bool = False) -> str:
        """An amount in the shop's currency: "Rp 4.500.000", "1.234,50 €", "€1,234.50".
        A loss reads "−13,50 €", never the accountants' "(13,50 €)"."""
        value = _rounded(Decimal(str(amount)), self.decimals)
        text = format_currency(
            abs(value),
            self.currency,
            format=self._money_pattern,
            locale=self.locale,
            currency_digits=False,
        )
        if self.symbol[-1:].isalpha() and text.startswith(self.symbol):
            rest = text[len(self.symbol) :]
            if rest[:1].isdigit():  # "Rp 4.500.000" as Indonesians write it, not "Rp4.500.000"
                text = f"{self.symbol}{NBSP}{rest}"
        return self._signed(text, value, signed)

    def cents(self, cents: int | None, signed: bool = False) -> str:
        """An amount stored in hundredths; "" for none."""
        if cents is None:
            return ""
        return self.money(Decimal(cents) / 100, signed)

    def amount(self, cents: int | None) -> str:
        """An amount without its currency, for a field to edit: "4.500.000", "1.234,50";
        decimals only where the amount has them."""
        if cents is None:
            return ""
        places = self.decimals if cents % 100 else 0
        return self.decimal(Decimal(cents) / 100, places=places)

    def excel_money_format(self) -> str:
        """The amount's format for a spreadsheet cell: the symbol where this language puts
        it, the decimals of the currency (the reader's Excel chooses the separators)."""
        number = "#,##0.00" if self.decimals else "#,##0"
        symbol = '"' + self.symbol.replace('"', "") + '"'
        pattern = self._money_pattern
        before = pattern.index("¤") < pattern.index("0")
        spaced = any(c in pattern for c in (" ", NBSP)) or self.symbol[-1:].isalpha()
        gap = "\\ " if spaced else ""
        return f"{symbol}{gap}{number}" if before else f"{number}{gap}{symbol}"

    def parse_money(self, text: str) -> Decimal:
        """An amount as typed here: "4.500.000" or "Rp 4.500.000" in Indonesian, "899,00" or
        "1.234,50 €" in Slovenian, "1,234.50" in English; the plain "1234.50" everywhere.
        Raises ValueError when it is not an amount."""
        cleaned = re.sub(r"[\s\u00a0\u202f']", "", text)
        for mark in sorted(_currency_marks(self.currency), key=len, reverse=True):
            if cleaned.startswith(mark):
                cleaned = cleaned[len(mark) :]
            elif cleaned.endswith(mark):
                cleaned = cleaned[: -len(mark)]
        if not cleaned or not cleaned[-1].isdigit():
            raise ValueError(text)
        try:
            return parse_decimal(cleaned, locale=self.locale, strict=True)
        except NumberFormatError:
            pass
        if _PLAIN_AMOUNT.fullmatch(cleaned):  # "12.50" in Slovenia, "12,50" in England
            return Decimal(cleaned.replace(",", "."))
        raise ValueError(text)

    # dates and times -----------------------------------------------------------------

    def date(self, day: date | datetime | None) -> str:
        if day is None:
            return ""
        if isinstance(day, datetime):
            day = day.date()
        return _short_date(day, self.locale)

    def long_date(self, day: date | datetime) -> str:
        if isinstance(day, datetime):
            day = day.date()
        return format_date(day, "long", locale=self.locale)

    def time(self, moment: time | datetime) -> str:
        return _short_time(moment.hour, moment.minute, self.locale)

    def when(self, moment: datetime | None) -> str:
        """Date and time, short: "4. 12. 2026 14:05", "4/12/26 14.05", "12/4/26 2:05 PM"."""
        if moment is None:
            return ""
        return f"{self.date(moment)} {self.time(moment)}"

    def month(self, month: Month, short: bool = False) -> str:
        """The month's own name with its year: "oktober 2026", "Oct 2026"."""
        pattern = "LLL y" if short else "LLLL y"
        return format_date(date(month.year, month.month, 1), pattern, locale=self.locale)

    def date_pattern(self) -> str:
        """The short date's pattern for a date editor, as Qt writes it (``d. M. yyyy``),
        the year always whole: typed as four digits, never read in another century."""
        return _qt_pattern(get_date_format("short", locale=self.locale).pattern, whole_year=True)

    def time_pattern(self) -> str:
        return _qt_pattern(get_time_format("short", locale=self.locale).pattern)

    # waiting times -------------------------------------------------------------------

    def duration(self, seconds: int | float, signed: bool = False) -> str:
        """A wait as people say it: "45 min", "3 h 5 min", "2 d 3 h", "41 d"; the one way
        every waiting or response time is shown to a person (a report's too). `signed`
        for a change: "+5 min", "−1 h 10 min" (a negative wait is otherwise none)."""
        whole = int(abs(seconds)) // 60 * (-1 if seconds < 0 else 1)  # toward zero
        if not signed:
            whole = max(0, whole)
        return self._signed(self._wait(abs(whole)), whole, signed)

    def _wait(self, minutes: int) -> str:
        if minutes < 60:
            return translate("Formats", "{m} min").format(m=self.count(minutes))
        hours, minutes = divmod(minutes, 60)
        if hours < 24:
            if minutes == 0:
                return translate("Formats", "{h} h").format(h=hours)
            return translate("Formats", "{h} h {m} min").format(h=hours, m=minutes)
        days, hours = divmod(hours, 24)
        if hours == 0 or days >= 10:
            return translate("Formats", "{d} d").format(d=self.count(days))
        return translate("Formats", "{d} d {h} h").format(d=days, h=hours)

    # phone numbers -------------------------------------------------------------------

    def phone(self, e164: str | None) -> str:
        """A stored number in the shop country's own way (0812-3456-7890, 041 123 456);
        a foreign one internationally (+386 41 123 456)."""
        if not e164:
            return ""
        from enquirydesk.domain.validation import display_phone

        return display_phone(e164, self.country)


@cache
def shop_formats(language: str, country: str, currency: str) -> Formats:
    """One `Formats` per language, country and currency (it caches what it looks up)."""
    return Formats(language, country.upper(), currency.upper())


def _rounded(value: Decimal, places: int) -> Decimal:
    """Half away from zero, as a shop rounds (Babel would round half to even)."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@cache
def _currency_marks(currency: str) -> frozenset[str]:
    """How an amount in `currency` may be marked when typed: its code, and its symbol in
    each language the program speaks (IDR, Rp; EUR, €)."""
    from enquirydesk.i18n import LANGUAGES

    marks = {currency.upper(), currency.lower()}
    for language in LANGUAGES:
        marks.add(get_currency_symbol(currency.upper(), locale=language))
    return frozenset(m for m in marks if m)


def _qt_pattern(cldr: str, whole_year: bool = False) -> str:
    """A CLDR date or time pattern as a Qt display format: Qt wants ``yyyy`` or ``yy``
    for the year (``yyyy`` only, with `whole_year`) and ``AP`` for AM/PM; the letters for
    day, month, hour and minute agree."""
    out: list[str] = []
    for run in re.finditer(r"'[^']*'|(.)\1*", cldr):
        token = run.group(0)
        letter = token[0]
        if letter == "'":
            out.append(token)
        elif letter == "y":
            out.append("yy" if len(token) == 2 and not whole_year else "yyyy")
        elif letter == "a":
            out.append("AP")
        elif letter in "dMHhms":
            out.append(token)
        elif letter.isalpha():
            continue  # eras, time zones: not in short patterns a shop types
        else:
            out.append(token)
    return "".join(out).strip()
