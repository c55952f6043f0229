"""The demo's customers: who each one is (language, first name and surname, fixed by the
customer's number so that every worker process agrees), their telephone number, e-mail
address and handle, and the few entered twice by staff who did not find them, with the
clue staff would leave: a mistyped number, a surname typed differently, an address at
another provider.
"""

from __future__ import annotations

import random
from datetime import datetime

from enquirydesk.domain.validation import name_key
from enquirydesk.services.demo_catalogue import (
    ASCII,
    EMAIL_SHARE,
    FEMALE,
    FIRST_NAMES,
    FOREIGN_NUMBER_SHARE,
    LAST_NAMES,
    MAIL_DOMAINS,
    PHONE_SHARE,
    PhonePlan,
    _phone,
)
from enquirydesk.services.demo_plan import _hash, _Picker, _returning
from enquirydesk.services.demo_rows import _Rows

#: Of new customers, the share who are an earlier one entered again by staff who did not
#: find them, soon after their first visit (among the `AGAIN_WITHIN` customers before).
ENTERED_AGAIN_SHARE = 0.005
AGAIN_WITHIN = 30


def _again(customer_id: int) -> int | None:
    """The earlier customer this new one is, entered again by staff who did not find them
    (None: a new person); fixed by the id, so that every chunk knows whose name it has."""
    if customer_id <= AGAIN_WITHIN or _hash(customer_id, 11) >= ENTERED_AGAIN_SHARE:
        return None
    return customer_id - 1 - int(_hash(customer_id, 12) * AGAIN_WITHIN)


def _person(customer_id: int, pick: _Picker) -> tuple[str, str, str]:
    """(language, first name, surname) of a customer: an earlier one's if entered again."""
    while (earlier := _again(customer_id)) is not None:
        customer_id = earlier
    language = pick.at(_hash(customer_id, 2))
    firsts, lasts = FIRST_NAMES[language], LAST_NAMES[language]
    return (
        language,
        firsts[int(_hash(customer_id, 3) * len(firsts))],
        lasts[int(_hash(customer_id, 4) * len(lasts))],
    )


def _mistyped(phone: str, number: int) -> str:
    """A phone number with a typo in its last two digits: the two swapped, or the last
    one wrong."""
    if phone[-2] != phone[-1]:
        return phone[:-2] + phone[-1] + phone[-2]
    return phone[:-1] + str((int(phone[-1]) + 1 + int(_hash(number, 14) * 9)) % 10)


def _misspelt(surname: str, number: int) -> str:
    """A surname typed a little differently: without its accents, two letters swapped,
    or as an initial."""
    plain = surname.translate(ASCII)
    if plain != surname:
        return plain
    if len(surname) >= 5:
        i = 1 + int(_hash(number, 15) * (len(surname) - 2))
        if surname[i] != surname[i + 1]:
            return surname[:i] + surname[i + 1] + surname[i] + surname[i + 2 :]
    return surname[0] + "."


class _Customers:
    """The customers of a chunk's enquiries, for `demo_builder._Builder` (which sets these
    attributes): a new one with a name, number and address in their language, or one who
    came before; now and then one entered again by staff who did not find them."""

    rng: random.Random
    language: str
    gendered: bool
    pick_language: _Picker
    phones: PhonePlan
    home_phones: PhonePlan
    next_customer: int
    recent: dict[int, tuple[str, str | None, str | None]]

    def customer(
        self, rows: _Rows, enquiry_id: int, received: datetime, channel: str
    ) -> tuple[int, str, bool, int | None, bool]:
        """(customer id, language, returning, referred by, a woman) for an enquiry."""
        rng = self.rng
        if _returning(enquiry_id):
            # Recent customers come back more often.
            known = self.next_customer - 1
            customer_id = max(1, known - int(known * rng.random() ** 2.5))
            language, first, _last = _person(customer_id, self.pick_language)
            return customer_id, language, True, None, self.gendered and first in FEMALE
        customer_id = self.next_customer
        self.next_customer += 1
        language, first, last = _person(customer_id, self.pick_language)
        name = f"{first} {last}"
        phone = email = None
        handle = ""
        if rng.random() < PHONE_SHARE[channel] and self.phones:
            owner, owner_language = customer_id, language
            if customer_id > 10 and rng.random() < 0.01:  # a family sharing one number
                owner = 1 + int(rng.random() * (customer_id - 1))
                owner_language = _person(owner, self.pick_language)[0]
            foreign = owner_language != self.language and _hash(owner, 5) < FOREIGN_NUMBER_SHARE
            phone = _phone(self.home_phones if foreign else self.phones, owner)
        if rng.random() < EMAIL_SHARE[channel]:
            domains = MAIL_DOMAINS[language]
            local = f"{first}{('.', '', '_')[customer_id % 3]}{last}".translate(ASCII).lower()
            domain = domains[int(_hash(customer_id, 6) * len(domains))]
            email = f"{local}{customer_id % 997}@{domain}"
        if channel in ("social", "chat") and rng.random() < 0.6:
            handle = f"@{first.translate(ASCII).lower()}{customer_id % 9973}"
        referred_by = None
        if customer_id > 10 and rng.random() < 0.08:
            referred_by = 1 + int(rng.random() * (customer_id - 1))
        earlier = _again(customer_id)
        if earlier is not None:
            name, phone, email = self._entered_again(rows, customer_id, earlier, name, phone, email)
        self.recent[customer_id] = (name, phone, email)
        self.recent.pop(customer_id - AGAIN_WITHIN - 1, None)
        stamp = str(received)
        rows.customers.append(
            (
                customer_id,
                name,
                name_key(name),
                phone,
                email,
                handle,
                "",
                referred_by,
                None,
                stamp,
                stamp,
                None,
            )
        )
        return customer_id, language, False, referred_by, first in FEMALE

    def _entered_again(
        self,
        rows: _Rows,
        customer_id: int,
        earlier: int,
        name: str,
        phone: str | None,
        email: str | None,
    ) -> tuple[str, str | None, str | None]:
        """(name, phone, e-mail) of a customer entered again, leaving the clue staff would:
        the same name with a number mistyped, the name typed a little differently with it,
        the same number under the first name only, or the same name with the address at
        another provider. A customer whose first record is not at hand (the first few of a
        chunk) or gives nothing to go by is only another of that name."""
        known = self.recent.get(earlier)
        if known is None:
            return name, phone, email
        their_name, their_phone, their_email = known
        first, _, last = their_name.partition(" ")
        roll = _hash(customer_id, 13)
        if their_phone and (roll < 0.75 or not their_email):
            if roll >= 0.5 or not last:
                name, phone = first, their_phone
            elif roll < 0.25:
                name, phone = their_name, _mistyped(their_phone, customer_id)
            else:
                name = f"{first} {_misspelt(last, customer_id)}"
                phone = _mistyped(their_phone, customer_id)
        elif their_email:
            local, _, domain = their_email.partition("@")
            language = _person(customer_id, self.pick_language)[0]
            others = [d for d in dict.fromkeys(MAIL_DOMAINS[language]) if d != domain]
            name, email = their_name, f"{local}@{others[int(_hash(customer_id, 16) * len(others))]}"
        else:
            return name, phone, email
        rows.entered_again.append((earlier, customer_id))
        return name, phone, email
