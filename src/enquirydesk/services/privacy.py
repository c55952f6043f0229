"""Forgetting a customer: their personal data erased, the shop's figures kept.

A customer may ask to be forgotten (GDPR art. 17 in Ljubljana, UU PDP art. 8 in
Jakarta), and retention forgets those who never bought (services/retention.py). `forget`
does it for a list of customers, each with everyone merged into them, as one
operation of the change log, in one transaction:

- their name, phone numbers, e-mail addresses, handle and notes go (other numbers and
  addresses with their rows), and the free text of their enquiries, contacts,
  feedback and follow-ups; every figure stays (channel, times, outcome, values,
  ratings, who took it, who referred whom), so every report of every month is the
  same; the customer row stays as an anonymous record, shown as "Forgotten customer";
- the change log's copies of those rows lose the same fields and its summaries that
  name them say "Forgotten customer": no undo can bring the data back (undoing an
  older change writes the erased values), and the forgetting itself cannot be undone;
- the search indexes are merged so that the erased words leave them, SQLite zeroes
  what it deletes (``secure_delete``), and the ``-wal`` file is emptied into the
  database: no byte of what was erased is left in the file (`store.privacy`; a file
  written before deleted content was zeroed is rewritten once, on its first
  forgetting).

Backups made before still hold the data: `backups_hold_until` says when the backup
settings will have deleted the last of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import NotFoundError, ValidationError
from enquirydesk.domain.validation import (
    format_phone,
    name_key,
    normalise_email,
    normalise_phone,
    phone_digits,
)
from enquirydesk.i18n import Texts, translate
from enquirydesk.services.context import Cancelled, Changes, Context, Progress
from enquirydesk.services.customers import FORGOTTEN_NAME, forgotten_label
from enquirydesk.store import customer_queries as cq
from enquirydesk.store import privacy as store
from enquirydesk.store import queries

Privacy = Texts("Privacy")

REASONS = ("request", "retention")
#: The index merge and the file's clean-up, in `forget`'s units of progress.
INDEX_WORK = 10

__all__ = [
    "FORGOTTEN_NAME",
    "REASONS",
    "Forgettable",
    "backups_hold_until",
    "backups_sentence",
    "confirms",
    "describe",
    "find_customer",
    "forget",
    "forgotten_label",
]


# -- which customer ------------------------------------------------------------------------


@dataclass(frozen=True)
class Forgettable:
    """A customer as the confirmation shows them before they are forgotten."""

    id: int
    name: str
    phone: str  # as the shop writes it; "" when none
    email: str
    handle: str
    enquiries: int  # every enquiry of theirs and of those merged into them, deleted ones too
    merged: int  # customers merged into them (forgotten with them)
    forgotten_at: datetime | None

    @property
    def label(self) -> str:
        """Who this is, for a sentence."""
        if self.forgotten_at is not None:
            return forgotten_label()
        return self.name or self.phone or self.email or self.handle or f"#{self.id}"

    @property
    def confirmation(self) -> str:
        """What the user types to confirm: the name, else the phone number, the e-mail
        address, the handle, else the customer's number."""
        if self.forgotten_at is None and (self.name or self.phone or self.email or self.handle):
            return self.name or self.phone or self.email or self.handle
        return str(self.id)


def _not_found(customer_id: int) -> NotFoundError:
    return NotFoundError(
        translate("Privacy", "There is no customer number {number}.").format(number=customer_id)
    )


def find_customer(
    ctx: Context,
    *,
    phone: str | None = None,
    email: str | None = None,
    customer_id: int | None = None,
) -> int:
    """The one customer with this phone number or e-mail address (their first or any
    other), or this customer number (one merged into another stands for that one); a
    clear sentence when there is none, or several share the number or address."""
    if customer_id is not None:
        roots = store.person_roots([customer_id])
        if not roots:
            raise _not_found(customer_id)
        return roots[0]
    if phone is not None:
        how, value = "phone", normalise_phone(phone, ctx.settings.country)
        shown = ctx.formats.phone(value)
        found = queries.customers_where(phone=value)
    elif email is not None:
        how, value = "email", normalise_email(email)
        shown = value
        found = queries.customers_where(email=value)
    else:
        raise ValidationError(
            "customer",
            "customer.none",
            translate("Privacy", "Say which customer: a phone number, an e-mail or a number."),
        )
    if not found:
        if how == "phone":
            message = translate("Privacy", "No customer has the phone number {value}.")
        else:
            message = translate("Privacy", "No customer has the e-mail address {value}.")
        raise NotFoundError(message.format(value=shown))
    if len(found) > 1:
        numbers = ", ".join(str(i) for i in sorted(row["id"] for row in found))
        if how == "phone":
            message = translate(
                "Privacy",
                "Several customers have the phone number {value} (numbers {numbers}); "
                "give the customer's number with --customer.",
            )
        else:
            message = translate(
                "Privacy",
                "Several customers have the e-mail address {value} (numbers {numbers}); "
                "give the customer's number with --customer.",
            )
        raise ValidationError(how, f"{how}.several", message.format(value=shown, numbers=numbers))
    return int(found[0]["id"])


def describe(ctx: Context, customer_id: int) -> Forgettable:
    """Who `customer_id` is (a merged one: the customer they were merged into), and how
    much of theirs forgetting them touches."""
    roots = store.person_roots([customer_id])
    if not roots:
        raise _not_found(customer_id)
    row = cq.customer(roots[0], include_deleted=True)
    if row is None:  # pragma: no cover - the root was read a moment ago
        raise _not_found(customer_id)
    who = store.people(roots)
    rows = store.live_rows(who)
    return Forgettable(
        id=row["id"],
        name=row["name"] or "",
        phone=ctx.formats.phone(row["phone"]) if row["phone"] else "",
        email=row["email"] or "",
        handle=row["handle"] or "",
        enquiries=len(rows["enquiry"]),
        merged=len(who) - 1,
        forgotten_at=row["forgotten_at"],
    )


def confirms(ctx: Context, who: Forgettable, typed: str) -> bool:
    """Whether `typed` is the customer's name (in any case and spacing), or, for one
    without a name, their phone number as dialled, their e-mail address, handle or
    number: what the confirmation asks for."""
    wanted = who.confirmation
    if not typed.strip():
        return False
    if who.name and who.forgotten_at is None:
        return name_key(typed) == name_key(wanted)
    if who.phone and wanted == who.phone:
        try:
            return normalise_phone(typed, ctx.settings.country) == normalise_phone(
                who.phone, ctx.settings.country
            )
        except ValidationError:
            return phone_digits(typed) == phone_digits(wanted)
    return typed.strip().casefold() == wanted.casefold()


# -- forgetting ----------------------------------------------------------------------------


def _summary(reason: str, people: int) -> str:
    if reason == "retention":
        return Privacy.tr(
            "Forgot the personal data of %Ln customers who never bought (retention)", None, people
        )
    return Privacy.tr("Forgot the personal data of %Ln customers, as asked", None, people)


def _terms(ctx: Context, known: dict[str, set[str]]) -> list[str]:
    """Every way a summary may have named these customers: names, handles, addresses,
    and each number as stored, as the shop writes it and internationally."""
    terms = set(known.get("name", ())) | set(known.get("handle", ())) | set(known.get("email", ()))
    for number in known.get("phone", ()):
        terms.update({number, ctx.formats.phone(number), format_phone(number)})
    return [t for t in terms if t.strip()]


_WORD = re.compile(r"\w+")


def mentions(who: Forgettable, text: str) -> bool:
    """Whether a search typed as `text` names `who`: a word of three letters or more of
    their name or handle, a run of three digits or more of their number, or a piece of
    their address. A window drops such searches it keeps once `who` is forgotten."""
    text = text.casefold().strip()
    if not text:
        return False
    words = {w for w in _WORD.findall(f"{who.name} {who.handle}".casefold()) if len(w) >= 3}
    if words & {w for w in _WORD.findall(text) if len(w) >= 3}:
        return True
    digits = phone_digits(who.phone) if who.phone else ""
    typed = phone_digits(text)
    if digits and len(typed) >= 3 and (typed in digits or typed.lstrip("0") in digits):
        return True
    email = who.email.casefold()
    return bool(email) and any(len(w) >= 3 and w in email for w in text.split())


def _renamed(
    summaries: Iterable[tuple[int, str]], terms: Sequence[str], label: str
) -> Iterator[tuple[int, str]]:
    """(operation, summary) with every one of `terms` that stands as words in it replaced
    by `label`, for the summaries that change. Each summary is searched only for the
    terms whose first word it holds: retention forgets thousands at once."""
    by_word: dict[str, list[str]] = {}
    for term in terms:
        words = _WORD.findall(term.casefold())
        if words:
            by_word.setdefault(words[0], []).append(term)
    for key, text in summaries:
        found = {
            t for word in set(_WORD.findall((text or "").casefold())) for t in by_word.get(word, ())
        }
        if not found:
            continue
        # Longest first, so that "Ana Kovač" goes whole before "Ana" is looked for.
        alternatives = "|".join(map(re.escape, sorted(found, key=len, reverse=True)))
        renamed = re.sub(rf"(?<!\w)(?:{alternatives})(?!\w)", label, text, flags=re.IGNORECASE)
        if renamed != text:
            yield key, renamed


def forget(
    ctx: Context,
    customer_ids: Sequence[int],
    *,
    reason: str = "request",
    progress: Progress | None = None,
) -> Changes:
    """Erase the personal data of these customers and of everyone merged into them, as
    one operation that cannot be undone (see the module). A customer merged into
    another stands for that one. `reason`: "request" (the customer asked) or
    "retention" (automatic). `progress(done, total)` hears of each step; answering
    False cancels, having written nothing. Unknown ids: `NotFoundError`."""
    if reason not in REASONS:
        raise ValueError(f"reason must be one of {REASONS}")
    if not customer_ids:
        return Changes(operation_id=None, summary="")
    database = ctx.store.db
    now = ctx.now()
    # The steps in units of work: the index merge and the checkpoint (after the last
    # moment to cancel) take most of the time in a large file.
    steps = 3 + len(store.ENTITIES) + INDEX_WORK
    done = 0

    def step(weight: int = 1) -> None:
        nonlocal done
        done += weight
        if progress is not None and progress(min(done, steps), steps) is False:
            raise Cancelled(translate("Privacy", "Forgetting cancelled; nothing was changed."))

    ctx.store.check_writable()
    store.secure_delete(database)
    # Before anything is erased: should the rewrite fail (a full disk), nothing is lost.
    store.compact_once(database)
    with ctx.write(store.ACTIONS[reason]) as tx:
        roots = store.person_roots(customer_ids)
        missing = sorted(set(customer_ids) - set(store.people(roots)))
        if missing:
            raise _not_found(missing[0])
        people = store.people(roots)
        rows = store.rows_of(people)
        live = store.live_rows(people)
        known = store.known_values(people, rows)
        before = store.forgotten_before(people)
        step()
        store.erase(people, now)
        step()
        operations = store.scrub_log(rows, step)
        operations.discard(tx.operation_id)
        store.set_summaries(
            _renamed(store.summaries(operations), _terms(ctx, known), forgotten_label())
        )
        store.log_forgotten(tx.operation_id, before, now)
        tx.summary = _summary(reason, len(roots))
        step()
        store.optimize_indexes(database)  # after the last moment to cancel
        if progress is not None:
            progress(steps - INDEX_WORK // 2, steps)
        for entity, ids in live.items():
            if ids:
                tx.changed[entity].update(ids)
    store.checkpoint(database)
    if progress is not None:
        progress(steps, steps)
    return Changes.of(tx)


# -- backups -------------------------------------------------------------------------------


def _months_after(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _periods(today: date) -> tuple[tuple[str, object, date], ...]:
    """(rule, key of the current period, its first day) for days, weeks and months."""
    monday = today - timedelta(days=today.weekday())
    return (
        ("daily", today, today),
        ("weekly", monday, monday),
        ("monthly", (today.year, today.month), today.replace(day=1)),
    )


def _period_key(rule: str, moment: datetime) -> object:
    if rule == "daily":
        return moment.date()
    if rule == "weekly":
        return moment.date() - timedelta(days=moment.weekday())
    return (moment.year, moment.month)


def hold_until(
    stamps: Iterable[datetime], today: date, daily: int, weekly: int, monthly: int
) -> date | None:
    """The day the last of these backups (all made before today's forgetting) is deleted,
    if a backup is made every day from today on and pruned by the backup settings
    (`maintenance.backups_to_keep`); None when there are none.

    The newest backup of a period before the current one stays while fewer than
    `count` newer periods have a backup; from today every period has one (the current
    period's, made after the forgetting, is newer than any before), so the newest past
    period's backup is the last to go: on the first day of the period `count - 1`
    after the current one. Backups of the current period go with its next backup."""
    stamps = list(stamps)
    if not stamps:
        return None
    last = today
    counts = {"daily": daily, "weekly": weekly, "monthly": monthly}
    for rule, current, start in _periods(today):
        count = counts[rule]
        if count <= 0 or not any(_period_key(rule, s) != current for s in stamps):
            continue
        if rule == "daily":
            gone = start + timedelta(days=count - 1)
        elif rule == "weekly":
            gone = start + timedelta(weeks=count - 1)
        else:
            gone = _months_after(start, count - 1)
        last = max(last, gone)
    return last


def backups_hold_until(ctx: Context) -> date | None:
    """When, by the backup settings, the last backup of this file made before now will
    have been deleted (if the shop keeps making its daily backups); None when there
    are no backups."""
    from enquirydesk.services import maintenance

    settings = ctx.settings
    found = maintenance.restorable_backups(ctx.store.path, str(settings[declared.BACKUP_FOLDER]))
    return hold_until(
        (when for when, _ in found),
        ctx.now().date(),
        int(settings[declared.BACKUP_DAILY]),
        int(settings[declared.BACKUP_WEEKLY]),
        int(settings[declared.BACKUP_MONTHLY]),
    )


def backups_sentence(ctx: Context, until: date | None = None, *, known: bool = False) -> str:
    """What backups mean for a forgotten customer's data, in one sentence (`until`: from
    `backups_hold_until`, read here unless `known`)."""
    if not known:
        until = backups_hold_until(ctx)
    if until is None:
        return translate(
            "Privacy",
            "No backups of this file were found; copies of it kept elsewhere still hold "
            "the data until they are deleted.",
        )
    return translate(
        "Privacy",
        "Backups made before still hold the data; by the backup settings the last of them "
        "is deleted on {date} (copies kept elsewhere, until they are deleted).",
    ).format(date=ctx.formats.long_date(until))
