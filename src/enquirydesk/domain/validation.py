"""Checking and normalising what staff type: phone numbers, e-mail, names, money, times.

Each function returns the normalised value or raises `ValidationError` with a
message that says what is wrong in words a shop assistant understands.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import datetime
from decimal import Decimal, InvalidOperation
from types import ModuleType
from typing import TYPE_CHECKING

from enquirydesk.domain.errors import ValidationError
from enquirydesk.i18n import QT_TRANSLATE_NOOP, Texts, translate

Validation = Texts("Validation")

if TYPE_CHECKING:
    from enquirydesk.domain.formats import Formats

MAX_NAME = 120
MAX_LINE = 200
MAX_TEXT = 10_000
# Money is kept as an integer count of hundredths ("cents") of the shop's currency.
MONEY_SCALE = 100
MAX_MONEY_CENTS = 10**15


@functools.cache
def _phonenumbers() -> ModuleType:
    """phonenumbers, loaded on first use: its metadata costs a window's start 25 ms."""
    import phonenumbers

    return phonenumbers


def country_of_phones(numbers: Iterable[str]) -> str:
    """The country most of these E.164 numbers belong to ("" for none): where a shop
    that was never told its country most likely is."""
    phonenumbers = _phonenumbers()
    counts: dict[str, int] = {}
    for number in numbers:
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(number, None))
        except phonenumbers.NumberParseException:
            continue
        if region and region != "ZZ":
            counts[region] = counts.get(region, 0) + 1
    return max(counts, key=lambda region: (counts[region], region)) if counts else ""


@functools.cache
def _phone_reasons() -> dict[object, str]:
    """Why phonenumbers finds a number impossible, as sentences in English marked for
    translation (translated where the message is made: the cache keeps no language)."""
    result = _phonenumbers().ValidationResult
    return {
        result.TOO_SHORT: QT_TRANSLATE_NOOP("Validation", "Phone number {number} is too short."),
        result.TOO_LONG: QT_TRANSLATE_NOOP("Validation", "Phone number {number} is too long."),
        result.INVALID_LENGTH: QT_TRANSLATE_NOOP(
            "Validation", "Phone number {number} has the wrong number of digits."
        ),
        result.INVALID_COUNTRY_CODE: QT_TRANSLATE_NOOP(
            "Validation", "Phone number {number} has an unknown country code."
        ),
    }


@functools.lru_cache(maxsize=65_536)
def normalise_phone(text: str, default_country: str = "") -> str:
    """A phone number in E.164 form (``+62812...``).

    Numbers written without a country code are read as numbers of the shop's
    country. Results are cached: phonenumbers costs about 30 µs a call and the
    same numbers come back again and again in an import.
    """
    raw = text.strip()
    if not raw:
        raise ValidationError(
            "phone", "phone.empty", translate("Validation", "The phone number is empty.")
        )
    region = default_country.upper() or None
    if sum(ch.isdigit() for ch in raw) < 3 or re.search(r"[^\d\s+()./\-]", raw):
        raise ValidationError(
            "phone",
            "phone.not_number",
            translate("Validation", "{number} is not a phone number.").format(number=raw),
        )
    if not raw.startswith("+") and not raw.startswith("00") and region is None:
        raise ValidationError(
            "phone",
            "phone.no_country",
            translate(
                "Validation",
                "Phone number {number} needs its country code (like +62 or +386), "
                "because the shop's country is not set.",
            ).format(number=raw),
        )
    # "00" is the international prefix almost everywhere; phonenumbers only knows it
    # for some default countries (not without one, not in Indonesia, not in the US).
    international = "+" + raw[2:].lstrip() if raw.startswith("00") else raw
    phonenumbers = _phonenumbers()
    try:
        number = phonenumbers.parse(international, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(
            "phone",
            "phone.not_number",
            translate("Validation", "{number} is not a phone number.").format(number=raw),
        ) from None
    if not phonenumbers.is_valid_number(number):
        reason = _phone_reasons().get(phonenumbers.is_possible_number_with_reason(number))
        where = phonenumbers.region_code_for_number(number) or region
        if reason:
            message = translate("Validation", reason).format(number=raw)
        elif where:
            #: {country} is a two-letter country code such as SI or ID.
            message = translate(
                "Validation", "Phone number {number} is not a valid number in {country}."
            ).format(number=raw, country=where)
        else:
            message = translate(
                "Validation", "Phone number {number} is not a valid number in its country."
            ).format(number=raw)
        raise ValidationError("phone", "phone.invalid", message)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def warm_up(country: str) -> None:
    """Load the phone and e-mail libraries and the shop country's numbering plan now
    (off the GUI thread), so the first number typed is not the one that waits ~0.1 s."""
    _email_validator()
    _phone_reasons()
    phonenumbers = _phonenumbers()
    if country:
        phonenumbers.example_number(country)


def format_phone(e164: str) -> str:
    """An E.164 number in international format for reading: ``+62 812-3456-789``."""
    phonenumbers = _phonenumbers()
    try:
        return phonenumbers.format_number(
            phonenumbers.parse(e164, None), phonenumbers.PhoneNumberFormat.INTERNATIONAL
        )
    except phonenumbers.NumberParseException:
        return e164


@functools.lru_cache(maxsize=65_536)  # the lists draw the same numbers at every repaint
def display_phone(e164: str, country: str = "") -> str:
    """A stored number for reading: in `country`'s own way when it is from there
    (``0812-3456-7890``, ``041 123 456``), else internationally (``+386 41 123 456``)."""
    phonenumbers = _phonenumbers()
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    local = country and phonenumbers.region_code_for_number(number) == country.upper()
    style = phonenumbers.PhoneNumberFormat
    return phonenumbers.format_number(number, style.NATIONAL if local else style.INTERNATIONAL)


def phone_digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


# Addresses plainly valid by every rule email-validator applies (ASCII dot-atom local
# part, letter-digit-hyphen labels without "--", a letter TLD, short): the common
# case, answered without it. A property test holds the two to the same answer.
_PLAIN_EMAIL = re.compile(
    r"[a-z0-9_+-]{1,30}(?:\.[a-z0-9_+-]{1,30}){0,3}"
    r"@(?:[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?\.){1,4}[a-z]{2,20}",
    re.ASCII,
)


@functools.cache
def _email_validator() -> ModuleType:
    """email-validator, loaded on first use (its tables cost a window's start 30 ms)."""
    import email_validator

    return email_validator


def _plainly_valid(address: str) -> bool:
    domain = address[address.index("@") + 1 :]
    return (
        _PLAIN_EMAIL.fullmatch(address) is not None
        and len(address) <= 120
        and address.index("@") <= 64
        and "--" not in domain
        and not any(
            domain == d or domain.endswith("." + d)
            for d in _email_validator().SPECIAL_USE_DOMAIN_NAMES
        )
    )


@functools.lru_cache(maxsize=65_536)
def normalise_email(text: str) -> str:
    """A syntactically valid address, lower-cased (shops treat addresses as case-blind)."""
    raw = text.strip()
    if not raw:
        raise ValidationError(
            "email", "email.empty", translate("Validation", "The e-mail address is empty.")
        )
    lowered = raw.lower()
    if "@" in lowered and _plainly_valid(lowered):
        return lowered
    try:
        result = _email_validator().validate_email(raw, check_deliverability=False)
    except _email_validator().EmailNotValidError as error:
        reason = str(error).rstrip(".")
        raise ValidationError(
            "email",
            "email.invalid",
            #: {reason} is the e-mail checking library's own explanation, in English.
            translate("Validation", "{address} is not a valid e-mail address: {reason}.").format(
                address=raw, reason=reason
            ),
        ) from None
    return result.normalized.lower()


def clean_text(text: str | None, field: str, max_length: int = MAX_LINE) -> str:
    """Trimmed text with control characters removed and inner white space folded."""
    if text is None:
        return ""
    if text.isascii() and text.isprintable():  # the common case, without a character walk
        cleaned = " ".join(text.split()) if max_length <= MAX_LINE else text.strip()
        if len(cleaned) <= max_length:
            return cleaned
    cleaned = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") and ch not in "\n" else ch
        for ch in unicodedata.normalize("NFC", text)
    )
    # Single-line fields fold all white space; long texts keep their line breaks.
    cleaned = " ".join(cleaned.split()) if max_length <= MAX_LINE else cleaned.strip()
    if len(cleaned) > max_length:
        raise ValidationError(field, f"{field}.too_long", _too_long(field, max_length))
    return cleaned


# "The … is longer than N characters." for each field, as whole sentences: the name of
# the field changes its form (and the verb its number) in other languages.
_TOO_LONG: dict[str, Callable[[int], str]] = {
    "name": lambda n: Validation.tr("The name is longer than %Ln characters.", None, n),
    "notes": lambda n: Validation.tr("The notes are longer than %Ln characters.", None, n),
    "details": lambda n: Validation.tr("The details are longer than %Ln characters.", None, n),
    "interest": lambda n: Validation.tr("The interest is longer than %Ln characters.", None, n),
    "comment": lambda n: Validation.tr("The comment is longer than %Ln characters.", None, n),
    "resolution": lambda n: Validation.tr("The resolution is longer than %Ln characters.", None, n),
    "text": lambda n: Validation.tr("The text is longer than %Ln characters.", None, n),
    "note": lambda n: Validation.tr("The note is longer than %Ln characters.", None, n),
    "handle": lambda n: Validation.tr("The handle is longer than %Ln characters.", None, n),
    "result": lambda n: Validation.tr("The result is longer than %Ln characters.", None, n),
}


def _too_long(field: str, max_length: int) -> str:
    sentence = _TOO_LONG.get(field)
    if sentence is not None:
        return sentence(max_length)
    #: {field} is the program's own name of an input (English).
    return Validation.tr("The {field} is longer than %Ln characters.", None, max_length).format(
        field=field
    )


def clean_name(text: str | None) -> str:
    return clean_text(text, "name", MAX_NAME)


@functools.lru_cache(maxsize=65_536)
def name_key(name: str) -> str:
    """What "the exact same name" means when matching customers: case and spacing blind."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


_AMOUNT = re.compile(r"\d+([.,]\d+)?")
_NEGATIVE_AMOUNT = re.compile(r"-\d+([.,]\d+)?")
_THOUSANDS = re.compile(r"\d+[.,]\d{3,}")


def parse_money(
    text: str | int | Decimal | None, field: str = "value", formats: Formats | None = None
) -> int | None:
    """An amount → integer hundredths. ``"1500000"``, ``"12.50"`` and ``"12,50"`` are accepted.

    With the `formats` of the user's language and country, an amount is also read as it
    is written there (``4.500.000`` and ``Rp 4.500.000`` in Indonesia, ``1.234,50 €``
    in Slovenia). Without them thousands separators are refused rather than guessed:
    ``1.500`` is one and a half in one country and fifteen hundred in another.
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise ValidationError(field, f"{field}.not_amount", _not_amount(text))
    if isinstance(text, int):
        amount = Decimal(text)
    elif isinstance(text, Decimal):
        amount = text
    else:
        raw = text.strip().replace(" ", "")
        if not raw:
            return None
        if raw.isascii() and raw.isdigit() and len(raw) <= 12:  # whole units, the usual case
            return int(raw) * MONEY_SCALE
        if formats is not None:
            try:
                return parse_money(formats.parse_money(raw), field)
            except ValueError:
                pass  # not written the local way: the plain forms below, or their message
        if _NEGATIVE_AMOUNT.fullmatch(raw):
            raise ValidationError(field, f"{field}.negative", _negative())
        if not _AMOUNT.fullmatch(raw) and formats is not None:
            example = formats.amount(150_000_000 if formats.decimals == 0 else 123_450)
            raise ValidationError(
                field,
                f"{field}.not_amount",
                translate("Validation", "{text} is not an amount; write it like {example}.").format(
                    text=text.strip(), example=example
                ),
            )
        if not _AMOUNT.fullmatch(raw):
            raise ValidationError(
                field,
                f"{field}.not_amount",
                translate(
                    "Validation",
                    "{text} is not an amount; write it like 1500000 or 12.50, "
                    "without thousands separators.",
                ).format(text=text.strip()),
            )
        if _THOUSANDS.fullmatch(raw):
            raise ValidationError(
                field,
                f"{field}.decimals",
                translate(
                    "Validation",
                    "{text} has more than two decimals; write amounts without "
                    "thousands separators.",
                ).format(text=text.strip()),
            )
        try:
            amount = Decimal(raw.replace(",", "."))
        except InvalidOperation:  # pragma: no cover - the regex above rules it out
            raise ValidationError(field, f"{field}.not_amount", _not_amount(text)) from None
    if not amount.is_finite():
        raise ValidationError(field, f"{field}.not_amount", _not_amount(amount))
    if amount < 0:
        raise ValidationError(field, f"{field}.negative", _negative())
    cents = amount * MONEY_SCALE
    if cents != cents.to_integral_value():
        raise ValidationError(
            field,
            f"{field}.decimals",
            translate("Validation", "{amount} has more than two decimals.").format(amount=amount),
        )
    if cents >= MAX_MONEY_CENTS:
        raise ValidationError(
            field,
            f"{field}.too_large",
            translate("Validation", "{amount} is too large an amount.").format(amount=amount),
        )
    return int(cents)


def _not_amount(text: object) -> str:
    return translate("Validation", "{text} is not an amount.").format(text=text)


def _negative() -> str:
    return translate("Validation", "An amount cannot be negative.")


def cents_to_decimal(cents: int) -> Decimal:
    return (Decimal(cents) / MONEY_SCALE).quantize(Decimal("0.01"))


def format_cents(cents: int) -> str:
    """Plain machine form, two decimals: ``"1500000.00"`` (JSON, CSV)."""
    return str(cents_to_decimal(cents))


_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?", re.ASCII)


# The years a date may have: a shop's history starts after 1900, and a month's end (the
# first day of the next month) must still be a date.
FIRST_YEAR, LAST_YEAR = 1900, 9998


def parse_time(text: str, field: str) -> datetime:
    """``YYYY-MM-DD HH:MM[:SS]`` (a ``T`` between is fine too) → a naive local time."""
    raw = text.strip()
    if _TIME.fullmatch(raw) is not None:
        try:
            moment = datetime.fromisoformat(raw)  # the pattern admits only what this reads
        except ValueError:  # a 31 April or a 25 o'clock
            pass
        else:
            if moment.year < FIRST_YEAR:  # a typo; no report could ever show it
                raise ValidationError(
                    field,
                    f"{field}.too_early",
                    #: {column} is a column of the imported file, such as received_at.
                    translate("Validation", "{column} {text} is before {year}.").format(
                        column=field, text=repr(raw), year=FIRST_YEAR
                    ),
                )
            return moment
    raise ValidationError(
        field,
        f"{field}.not_time",
        #: {column} is a column of the imported file, such as received_at.
        translate("Validation", "{column} {text} is not a time like 2026-10-31 14:05.").format(
            column=field, text=repr(raw)
        ),
    )


def parse_month(text: str) -> tuple[int, int]:
    """``"2026-10"`` → (2026, 10)."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError(
            "month",
            "month.invalid",
            translate("Validation", "{text} is not a month like 2026-10.").format(text=repr(text)),
        )
    year = int(match.group(1))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            "month",
            "month.range",
            translate(
                "Validation", "{text} is outside the months EnquiryDesk keeps ({first} to {last})."
            ).format(text=repr(text.strip()), first=f"{FIRST_YEAR}-01", last=f"{LAST_YEAR}-12"),
        )
    return year, int(match.group(2))
