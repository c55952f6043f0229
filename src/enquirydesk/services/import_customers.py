"""Who an import's rows are: the customers a file concerns, asked `customers.recognise`.

An import asks the rule for every row of a file (a hundred thousand and more), so its
index answers each question with a dictionary look-up or two and makes nothing for a
row but a new customer: it holds the database's customers the file names (read batch
by batch, before the rows that may name them) and the new customers the import makes,
as plain dicts.

"Most recently seen first" is a number each customer gets whenever they are read in or
a row is theirs: the holders of one phone number or address are few, and sorting them
by it costs less than refiling the customer under every value at every row. The
customers of a name are counted, not listed: a common name can have hundreds of them,
and the rule only asks whether exactly one could be this person.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Sequence
from operator import itemgetter
from typing import Any, Protocol

from enquirydesk.services import customers
from enquirydesk.store import bulk

_KINDS = ("phone", "email")
_RECENCY = itemgetter("seen")
#: Which of a name's customers each question counts: all of them, or those lacking a
#: phone, an e-mail or both (the ones a given phone or address does not rule out).
_LACKING = {
    (False, False): "all",
    (True, False): "phone",
    (False, True): "email",
    (True, True): "both",
}


class Row(Protocol):
    """What the index reads of a row of the file."""

    phone: str | None
    email: str | None
    key: str  # the name as matching compares it


def _values(rows: Sequence[Row]) -> dict[str, set[str]]:
    """The phones, e-mails and name keys the rows give, by kind."""
    return {
        "phone": {row.phone for row in rows if row.phone},
        "email": {row.email for row in rows if row.email},
        "name_key": {row.key for row in rows if row.key},
    }


class CustomerIndex(customers.Finder):
    """Who has which phone, e-mail and name: the database's customers the file names,
    then the new ones the import makes (numbered from `first_id`, written as they come;
    its enquiries are numbered from `first_enquiry`). `lines` is about the number of rows
    in the file."""

    def __init__(self, first_id: int, first_enquiry: int, lines: int) -> None:
        self.first_id, self.first_enquiry, self.lines = first_id, first_enquiry, lines
        #: Which of the database's customers have each phone, e-mail and name key, for a
        #: database with fewer customers than the file has rows (read when first needed).
        self._directory: dict[str, dict[str, list[int]]] | None = None
        self.rows: dict[int, dict[str, Any]] = {}
        #: The customers holding each phone number and address (first or other one).
        self._holders: dict[str, defaultdict[str, list[dict[str, Any]]]] = {
            how: defaultdict(list) for how in _KINDS
        }
        #: The customers of each name key, by what they lack (see `_LACKING`).
        self._named: dict[str, defaultdict[str, dict[int, dict[str, Any]]]] = {
            lack: defaultdict(dict) for lack in _LACKING.values()
        }
        self._asked: dict[str, set[str]] = {how: set() for how in ("phone", "email", "name_key")}
        self._clock = itertools.count()
        self.new: list[dict[str, Any]] = []
        self.unwritten: list[dict[str, Any]] = []  # new, not yet written
        self.changed: dict[int, dict[str, Any]] = {}  # new, written, since learned more
        #: (customer, kind, value): new customers' other numbers and addresses, unwritten.
        self.other_contacts: list[tuple[int, str, str]] = []

    # -- the database's customers ----------------------------------------------------------

    def load(self, rows: Sequence[Row]) -> None:
        """Bring in the database's customers with the phones, e-mails and name keys of a
        batch of rows.

        Called for each batch of rows before they are matched, so every known customer
        is seen before any new one sharing a value with them. Only the customers from
        before the import are read: the ones it writes are here already. When the file
        has more rows than the database has customers, all of theirs are read once (fewer
        values than the file's); else the file's values are asked for batch by batch,
        each once.
        """
        if self.first_id == 1:  # the database has no customers at all
            return
        wanted = _values(rows)
        if self.first_id - 1 < self.lines:
            ids = self._listed(wanted)
        else:
            ids = bulk.customer_ids_before(self.first_id, self._not_asked(wanted))
        ids.difference_update(self.rows)
        known = bulk.known_customers(ids, self.first_enquiry) if ids else []
        for row in reversed(known):  # the least recently seen first
            row["seen"] = next(self._clock)
            self.rows[row["id"]] = row
            values = {how: dict.fromkeys((row[how], *row["others"][how])) for how in _KINDS}
            for how, held in values.items():
                for value in held:
                    if value:
                        self._holders[how][value].append(row)
            self._name(row)

    def _not_asked(self, wanted: dict[str, set[str]]) -> dict[str, set[str]]:
        """The batch's phones, e-mails and name keys not asked for before, by kind."""
        fresh = {how: values - self._asked[how] for how, values in wanted.items()}
        for how, values in fresh.items():
            self._asked[how] |= values
        return fresh

    def _listed(self, wanted: dict[str, set[str]]) -> set[int]:
        """The database's customers with one of the batch's phones, e-mails or name keys,
        from every customer's values read once."""
        if self._directory is None:
            self._directory = {how: {} for how in ("phone", "email", "name_key")}
            for how, value, customer in bulk.customer_values_before(self.first_id):
                self._directory[how].setdefault(value, []).append(customer)
        found: set[int] = set()
        for how, values in wanted.items():
            listed = self._directory[how]
            for value in values & listed.keys():
                found.update(listed[value])
        return found

    # -- the questions of `customers.recognise` --------------------------------------------

    def having(self, how: str, value: str) -> list[dict[str, Any]]:
        holders = self._holders[how].get(value)
        if not holders:
            return []
        if len(holders) == 1:
            return [holders[0]]
        return sorted(holders, key=_RECENCY, reverse=True)

    def holder(
        self, how: str, value: str, key: str
    ) -> tuple[dict[str, Any] | None, tuple[int, ...]]:
        holders = self._holders[how].get(value)
        if not holders:
            return None, ()
        if len(holders) > 1:
            return super().holder(how, value, key)
        # The one holder most numbers and addresses have: what `Finder.holder` makes of
        # a single one, without a list for it.
        row = holders[0]
        if not key or row["name_key"] == key or not row["name_key"]:
            return row, ()
        return None, (row["id"],)

    def named(self, key: str, phone: str | None, email: str | None) -> list[dict[str, Any]]:
        lacking = self._lacking(key, phone, email)
        return [*lacking.values(), *self._holding(key, phone, email, lacking)]

    def only_named(self, key: str, phone: str | None, email: str | None) -> dict[str, Any] | None:
        lacking = self._lacking(key, phone, email)
        holding = self._holding(key, phone, email, lacking)
        if len(lacking) + len(holding) != 1:
            return None
        return next(iter(lacking.values())) if lacking else holding[0]

    def _lacking(self, key: str, phone: str | None, email: str | None) -> dict[int, dict[str, Any]]:
        """The customers of name `key` with no phone where one is given, no e-mail where
        one is given: none of them contradicts it."""
        return self._named[_LACKING[bool(phone), bool(email)]].get(key) or {}

    def _holding(
        self,
        key: str,
        phone: str | None,
        email: str | None,
        lacking: dict[int, dict[str, Any]],
    ) -> list[dict[str, Any]]:
        """The customers of name `key` who have the given phone or e-mail as theirs and
        do not contradict the other, besides those in `lacking` (those with neither)."""
        found: dict[int, dict[str, Any]] = {}
        for how, value in (("phone", phone), ("email", email)):
            if value:
                for row in self._holders[how].get(value, ()):
                    if (
                        row["name_key"] == key
                        and row["id"] not in lacking
                        and customers.compatible(row, phone, email)
                    ):
                        found[row["id"]] = row
        return list(found.values())

    # -- the rows' customers ---------------------------------------------------------------

    def resolve(
        self, key: str, name: str, phone: str | None, email: str | None
    ) -> tuple[int, bool]:
        """The customer id for a row (its name, `key` of the name, phone and e-mail), and
        whether they were recognised."""
        found = customers.recognise(self, key, phone, email)[0]
        if found is None:
            customer = self.first_id + len(self.new)
            row = {
                "id": customer, "name": name, "name_key": key, "phone": phone, "email": email,
                "others": {"phone": [], "email": []}, "seen": next(self._clock),
            }  # fmt: skip
            self.new.append(row)
            self.unwritten.append(row)
            self.rows[customer] = row
            holders = self._holders
            if phone:
                holders["phone"][phone].append(row)
            if email:
                holders["email"][email].append(row)
            self._name(row)
            return customer, False
        row = self.rows[found]
        row["seen"] = next(self._clock)
        if found >= self.first_id:
            self._learn(row, name, key, phone, email)
        return found, True

    def _learn(
        self, row: dict[str, Any], name: str, key: str, phone: str | None, email: str | None
    ) -> None:
        """One of the import's own customers learns what a later row tells that they did
        not have yet: a first or another number or address, a name."""
        learned: dict[str, Any] = {}
        for how, value in (("phone", phone), ("email", email)):
            if not value or value == row[how] or value in row["others"][how]:
                continue
            self._holders[how][value].append(row)
            if row[how]:  # a second number or address, as logging one by one keeps it
                row["others"][how].append(value)
                self.other_contacts.append((row["id"], how, value))
            else:
                learned[how] = value
        if name and not row["name"]:
            learned.update(name=name, name_key=key)
        if not learned:
            return
        self._unname(row)
        row.update(learned)
        self._name(row)
        if row["id"] - self.first_id < len(self.new) - len(self.unwritten):
            self.changed[row["id"]] = row

    def _name(self, row: dict[str, Any]) -> None:
        """File a customer under their name key, by what they lack."""
        key = row["name_key"]
        if not key:
            return
        customer, phone, email = row["id"], row["phone"], row["email"]
        named = self._named
        named["all"][key][customer] = row
        if not phone:
            named["phone"][key][customer] = row
        if not email:
            named["email"][key][customer] = row
            if not phone:
                named["both"][key][customer] = row

    def _unname(self, row: dict[str, Any]) -> None:
        key = row["name_key"]
        if key:
            for lacking in self._named.values():
                lacking.get(key, {}).pop(row["id"], None)

    def take_changed(self) -> list[dict[str, Any]]:
        """The written customers who learned something since last asked."""
        rows = list(self.changed.values())
        self.changed.clear()
        return rows

    def take_unwritten(self) -> list[dict[str, Any]]:
        rows, self.unwritten = self.unwritten, []
        return rows
