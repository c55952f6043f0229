"""Customers: recognising a returning customer, and keeping their details.

Matching: by phone, then e-mail, then exact name. A phone or e-mail
shared by several people (a family phone) only *suggests*: an enquiry from
"Ana" on Marko's number becomes a new customer with the same number, and the
suggestion is returned so the window can offer "this number also belongs to
Marko". Two customers are only ever combined by an explicit merge.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from enquirydesk.domain.errors import NotFoundError, ValidationError
from enquirydesk.domain.formats import Formats
from enquirydesk.domain.search import Terms, address, parse, words
from enquirydesk.domain.validation import (
    MAX_NAME,
    clean_name,
    clean_text,
    name_key,
    normalise_email,
    normalise_phone,
    phone_digits,
)
from enquirydesk.i18n import QT_TRANSLATE_NOOP, translate
from enquirydesk.services.context import Context
from enquirydesk.store import customer_index, queries
from enquirydesk.store import customer_queries as cq
from enquirydesk.store.changelog import Tx
from enquirydesk.store.models import Customer, CustomerContactInfo

#: What a customer whose personal data was erased is called wherever a name is shown
#: (services.privacy forgets them; their row keeps no name, number or address).
FORGOTTEN_NAME = QT_TRANSLATE_NOOP("Privacy", "Forgotten customer")


def forgotten_label() -> str:
    """`FORGOTTEN_NAME` in the language the program speaks now."""
    return translate("Privacy", FORGOTTEN_NAME)


def shown_name(name: str | None, forgotten: object = None) -> str:
    """A customer's name as every list, card and file shows it: the forgotten label for
    a forgotten customer (`forgotten`: when they were, or whether), else the name as
    stored (maybe "")."""
    return forgotten_label() if forgotten else name or ""


@dataclass(frozen=True)
class CustomerDetails:
    """Validated, normalised details of a customer as typed for an enquiry."""

    name: str = ""
    phone: str | None = None
    email: str | None = None
    handle: str = ""

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def label(self) -> str:
        return self.shown(None)

    def shown(self, formats: Formats | None) -> str:
        """Who this is, for a sentence: the name, else the phone number (written the
        shop's way with `formats`), the e-mail address or the handle."""
        phone = formats.phone(self.phone) if formats and self.phone else self.phone
        return (
            self.name or phone or self.email or self.handle or translate("Customers", "(no name)")
        )


@dataclass(frozen=True)
class Match:
    """Which existing customer an enquiry belongs to, and how we know."""

    customer_id: int | None
    how: str | None  # phone / email / name / chosen, or None for a new customer
    suggestions: tuple[int, ...] = ()


def validate_details(
    name: str | None,
    phone: str | None,
    email: str | None,
    handle: str | None,
    country: str,
    *,
    require_one: bool = True,
) -> CustomerDetails:
    details = CustomerDetails(
        name=clean_name(name),
        phone=normalise_phone(phone, country) if phone and phone.strip() else None,
        email=normalise_email(email) if email and email.strip() else None,
        handle=clean_text(handle, "handle"),
    )
    if require_one and not (details.name or details.phone or details.email or details.handle):
        raise ValidationError(
            "name",
            "customer.anonymous",
            translate("Customers", "Give the customer's name, phone or e-mail."),
        )
    return details


def _pick(rows: list[dict[str, Any]], key: str) -> tuple[dict[str, Any] | None, tuple[int, ...]]:
    """The row for this person among people sharing a number or address, plus the others."""
    if not rows:
        return None, ()
    if not key:
        return rows[0], tuple(r["id"] for r in rows[1:])
    same = [r for r in rows if r["name_key"] == key]
    if same:
        return same[0], tuple(r["id"] for r in rows if r["id"] != same[0]["id"])
    if len(rows) == 1 and not rows[0]["name_key"]:
        return rows[0], ()  # a number we knew without a name: now we know the name
    return None, tuple(r["id"] for r in rows)


class Finder:
    """Answers the questions of `match` from the database; an import asks the same
    questions of its own index of the file's customers."""

    def having(self, how: str, value: str) -> list[dict[str, Any]]:
        """Live customers with exactly this ``phone`` / ``email``, most recently seen first."""
        return queries.customers_where(**{how: value})

    def holder(
        self, how: str, value: str, key: str
    ) -> tuple[dict[str, Any] | None, tuple[int, ...]]:
        """Which holder of this ``phone`` / ``email`` a person of name `key` is (None when
        it cannot be told), and the ids of the other holders."""
        return _pick(self.having(how, value), key)

    def named(self, key: str, phone: str | None, email: str | None) -> list[dict[str, Any]]:
        """Live customers with this name key whose phone and e-mail do not contradict
        the given ones (either side may lack them)."""
        return [
            row for row in queries.customers_where(name_key=key) if compatible(row, phone, email)
        ]

    def only_named(self, key: str, phone: str | None, email: str | None) -> dict[str, Any] | None:
        """The one customer `named` finds; None when there are none or several (an index
        that counts them need not list a common name's hundreds)."""
        candidates = self.named(key, phone, email)
        return candidates[0] if len(candidates) == 1 else None


def compatible(row: dict[str, Any], phone: str | None, email: str | None) -> bool:
    return (not phone or not row["phone"] or row["phone"] == phone) and (
        not email or not row["email"] or row["email"] == email
    )


def match(details: CustomerDetails, find: Finder | None = None) -> Match:
    """The one rule for recognising a customer (see `recognise`)."""
    return Match(*recognise(find or Finder(), details.key, details.phone, details.email))


def recognise(
    find: Finder, key: str, phone: str | None, email: str | None
) -> tuple[int | None, str | None, tuple[int, ...]]:
    """The one rule for recognising a customer: by phone, then e-mail, each preferring
    the holder with the same name; then by name alone if exactly one customer of that
    name could be this one. (id or None, how, suggestions) as plain values: an import
    asks it for every row of a file.

    `key` is the name as matching compares it (`name_key`); phone and e-mail normalised.
    """
    suggestions: tuple[int, ...] = ()
    for how, value in (("phone", phone), ("email", email)):
        if not value:
            continue
        found, others = find.holder(how, value, key)
        if found is not None:
            return found["id"], how, others
        suggestions += others
    if key:
        only = find.only_named(key, phone, email)
        if only is not None:
            return only["id"], "name", suggestions
    return None, None, tuple(dict.fromkeys(suggestions))


def known_contacts(customer: dict[str, Any]) -> dict[str, list[str]]:
    """A customer's phone numbers and e-mail addresses, the first one first:
    ``{"phone": [...], "email": [...]}``."""
    known: dict[str, list[str]] = {
        kind: [customer[kind]] if customer[kind] else [] for kind in ("phone", "email")
    }
    for row in cq.contact_info([customer["id"]]):
        known[row["kind"]].append(row["value"])
    return known


def resolve(
    tx: Tx, ctx: Context, details: CustomerDetails, chosen_id: int | None = None
) -> tuple[int, Match]:
    """The customer id for an enquiry: the chosen one, a match, or a new customer.

    A recognised customer learns a phone, e-mail or handle they did not have yet.
    """
    now = ctx.now()
    if chosen_id is not None:
        existing = queries.customer(chosen_id)
        if existing is None:
            raise NotFoundError(
                translate("Customers", "There is no customer number {number}.").format(
                    number=chosen_id
                )
            )
        found = Match(chosen_id, "chosen")
    else:
        found = match(details)
        existing = queries.customer(found.customer_id) if found.customer_id else None
    if existing is None:
        customer_id = tx.insert(
            Customer,
            name=details.name,
            name_key=details.key,
            phone=details.phone,
            email=details.email,
            handle=details.handle,
            created_at=now,
            updated_at=now,
        )
        return customer_id, found
    learned: dict[str, Any] = {}
    known = known_contacts(existing)
    for kind, value in (("phone", details.phone), ("email", details.email)):
        if not value or value in known[kind]:
            continue
        if not existing[kind]:
            learned[kind] = value
        else:  # a second number or address: kept beside the first, found by search too
            tx.insert(
                CustomerContactInfo, customer=existing["id"], kind=kind, value=value,
                created_at=now,
            )  # fmt: skip
    if details.handle and not existing["handle"]:
        learned["handle"] = details.handle
    if details.name and not existing["name"]:
        learned.update(name=details.name, name_key=details.key)
    if learned:
        tx.update(Customer, existing["id"], updated_at=now, **learned)
    return existing["id"], found


def namesakes(ctx: Context, name: str, phone: str, limit: int = 3) -> list[dict[str, Any]]:
    """Customers of exactly this name who have another number than `phone` (a number no
    customer has yet): maybe the same person with a new number, maybe a namesake — staff
    should know before a second customer is made."""
    key = name_key(name)
    if not key or not phone.strip():
        return []
    try:
        number = normalise_phone(phone, ctx.settings.country)
    except ValidationError:
        return []
    if queries.customers_where(phone=number):
        return []  # the number is known: that customer is recognised
    return [row for row in queries.customers_where(name_key=key) if row["phone"]][:limit]


# -- as-you-type lookup -------------------------------------------------------------------

#: Fewer typed characters than this match too many people to be worth showing.
MIN_NAME_CHARS = 2
#: Typed letters from which a word inside a name is looked for (not only the name's
#: start): one or two letters start too many words to read them all at every keystroke.
MIN_WORD_CHARS = 3
MIN_EMAIL_CHARS = 2
MIN_PHONE_DIGITS = 3
_PHONE_CHARS = re.compile(r"[\d\s+()./\-]+")


@dataclass(frozen=True)
class Suggestion:
    """A known customer who fits what is typed so far, with their history in brief."""

    id: int
    name: str
    phone: str | None  # E.164
    email: str | None
    enquiries: int  # live enquiries
    purchases: int
    last_enquiry: datetime | None
    matched: tuple[str, ...]  # which typed fields they fit: "phone", "email", "name"


def _prefix_range(prefix: str) -> tuple[str, str]:
    """[low, high) holding exactly the strings that start with `prefix` (code point order,
    which is SQLite's byte order for UTF-8 text), so a range scan of an index finds them."""
    stem = prefix
    while stem:
        last = ord(stem[-1])
        if last < 0x10FFFF:
            following = 0xE000 if 0xD800 <= last + 1 <= 0xDFFF else last + 1
            return prefix, stem[:-1] + chr(following)
        stem = stem[:-1]
    return prefix, "\U0010ffff"


def search_terms(typed: str, country: str) -> Terms:
    """What a search box's text asks for, in the shop's country (see `domain.search`)."""
    return parse(typed, *dialling(country))


@dataclass(frozen=True)
class WordMatches:
    """What the customers' word index is asked for a search box's text ("" for nothing)."""

    names: str = ""  # a word of the name starts so
    numbers: str = ""  # the digits inside a number
    addresses: str = ""  # a word of an address starts so
    inside: str = ""  # a run inside an address's part before the @ ("kovacic40")


def word_matches(typed: str, terms: Terms) -> WordMatches:
    """The word-index matches of the Customers and the Enquiries search and the quick
    log's suggestions alike. Words inside names and addresses from `MIN_WORD_CHARS`
    letters (one or two start too many words to read at every keystroke), and a run
    inside an address's part before the @ from as many characters; digits at a number's
    start need none, digits typed with a 0 are looked for anywhere too."""
    if terms.email_words:  # "ana@": the whole word; "rina.wi": its start too
        before, at, after = typed.partition("@")
        if not at and max(map(len, terms.email_words)) < MIN_WORD_CHARS:
            return WordMatches()  # part of an address without an @, as a word is
        started = typed[-1:].isalnum()
        return WordMatches(
            addresses=customer_index.addresses(terms.email_words, started),
            # What is typed up to the @ may end its part before it ("kovacic40@"); with
            # more after the @, only the starts of the address's words are looked for.
            inside="" if words(after) else _inside(words(before), started and not at),
        )
    if terms.digits:
        return WordMatches(numbers=customer_index.numbers(terms.run))
    if max(map(len, terms.name_words), default=0) < MIN_WORD_CHARS:
        return WordMatches()
    return WordMatches(
        names=customer_index.names(terms.name_words),
        addresses=customer_index.addresses(terms.name_words),
        inside=_inside(terms.name_words),
    )


def _inside(parts: tuple[str, ...], started: bool = True) -> str:
    """The match for a run of `parts` inside an address's part before the @, when it is
    `MIN_WORD_CHARS` characters long or more."""
    if len(" ".join(parts)) < MIN_WORD_CHARS:
        return ""
    return customer_index.inside_addresses(parts, started)


@functools.cache
def dialling(country: str) -> tuple[int, str]:
    """The country's calling code and national trunk prefix: (62, "0") for Indonesia;
    (0, "") when no country is set."""
    region = country.upper()
    if not region:
        return 0, ""
    import phonenumbers  # loaded on first use, as in domain.validation

    code = phonenumbers.country_code_for_region(region)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return code, (metadata.national_prefix if metadata else None) or ""


def phone_prefixes(typed: str, country: str) -> tuple[str, ...]:
    """The starts of stored E.164 numbers that a partly typed phone number can mean.

    A number that already parses is itself the prefix. Otherwise "041 1" in
    Slovenia means +386411 (the trunk 0 dropped), "+386 41" and "00386 41" mean
    +38641, and bare digits without a trunk prefix may be the national number or
    an international one typed without its "+".
    """
    raw = typed.strip()
    digits = phone_digits(raw)
    if len(digits) < MIN_PHONE_DIGITS or not _PHONE_CHARS.fullmatch(raw):
        return ()
    try:
        return (normalise_phone(raw, country),)
    except ValidationError:
        pass
    if raw.startswith("+"):
        return ("+" + digits,)
    if raw.startswith("00"):
        return ("+" + digits[2:],) if len(digits) > 2 else ()
    code, trunk = dialling(country)
    if not code:
        return () if digits.startswith("0") else ("+" + digits,)
    if trunk and digits.startswith(trunk):
        return (f"+{code}{digits[len(trunk) :]}",)
    if digits.startswith("0"):
        return (f"+{code}{digits}",)
    return (f"+{code}{digits}", "+" + digits)


def suggest(
    ctx: Context, *, name: str = "", phone: str = "", email: str = "", limit: int = 8
) -> list[Suggestion]:
    """Customers who fit what is typed so far, for the lookup while logging an enquiry.

    Each typed field is one prefix search on its own index (phone on the E.164
    column, e-mail, name key), a few rows each; those fitting more of the typed
    fields come first, then phone before e-mail before name matches. History is
    counted for the returned rows only. Fields too short to narrow anything are
    ignored; nothing typed gives an empty list.
    """
    if limit <= 0:
        return []
    searches: list[tuple[str, str, list[str]]] = []  # (field, column, prefixes)
    phones = phone_prefixes(phone, ctx.settings.country)
    if phones:
        searches.append(("phone", "phone", list(phones)))
    typed_email = email.strip().lower()
    if len(typed_email) >= MIN_EMAIL_CHARS:
        searches.append(("email", "email", [typed_email]))
    key = name_key(name[: MAX_NAME * 2])
    if len(key) >= MIN_NAME_CHARS:
        if name[-1:].isspace():
            key += " "  # "ana " is a first name, not the start of "anabela"
        searches.append(("name", "name_key", [key]))

    wanted = max(limit * 4, 32)  # a few more than shown, so rows fitting two fields surface
    rows: dict[int, dict[str, Any]] = {}
    found: dict[int, set[str]] = {}  # customer → the fields that found them
    for field, column, prefixes in searches:
        for prefix in prefixes:
            for row in queries.customers_from(column, *_prefix_range(prefix), wanted):
                if (row[column] or "").startswith(prefix):  # a wider text-collation range
                    rows.setdefault(row["id"], row)
                    found.setdefault(row["id"], set()).add(field)
    # Then what staff remember: a surname, digits of a number, part of an address (read
    # as the Customers page reads them; a word of an address first, then a run inside).
    country = ctx.settings.country
    address_words = word_matches(email, address(email))
    inside = (
        ("phone", word_matches(phone, parse(phone, *dialling(country))).numbers),
        ("email", address_words.addresses),
        ("email", address_words.inside),
        ("name", word_matches(name, Terms(name_words=words(name[: MAX_NAME * 2]))).names),
    )
    for field, expression in inside:
        if expression:
            for row in queries.customers_matching(expression, wanted):
                rows.setdefault(row["id"], row)
                found.setdefault(row["id"], set()).add(field)

    ranked = []
    for position, row in enumerate(rows.values()):
        matched = tuple(f for f in ("phone", "email", "name") if f in found[row["id"]])
        ranked.append((-len(matched), position, row, matched))
    ranked.sort(key=lambda item: item[:2])
    chosen = ranked[:limit]
    histories = queries.enquiry_histories(row["id"] for _, _, row, _ in chosen)
    suggestions = []
    for _, _, row, matched in chosen:
        count, purchases, last = histories.get(row["id"], (0, 0, None))
        suggestions.append(
            Suggestion(
                id=row["id"],
                name=row["name"],
                phone=row["phone"],
                email=row["email"],
                enquiries=count,
                purchases=purchases,
                last_enquiry=last,
                matched=matched,
            )
        )
    return suggestions
