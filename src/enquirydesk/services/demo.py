"""Demo data a shop would recognise: 18 months of enquiries up to today.

The shop's country sets its language: an Indonesian shop's customers, staff, products
and notes are Indonesian (with +62 mobile numbers), a Slovenian shop's Slovenian (+386),
any other shop's English, with a few foreign customers. A real shop's channel mix
(walk-ins and phone most, chat and social rising); answers that follow the opening hours
(fast while open, slow overnight and over Sunday); purchases with why they chose us, lost
enquiries with why not, feedback with some complaints, returning customers and
referrals, and follow-ups in every state (open, overdue, snoozed, done, cancelled).
Families share a number now and then, and a few customers were entered twice by staff
who did not find them (`_again`): the handful that Customers → Possible duplicates is for.

At its "today" the shop is on top of its work, whatever the size of the demo: every
older enquiry answered and decided, every follow-up that came due done or cancelled,
except a handful of today's enquiries still waiting for an answer and a few follow-ups
left overdue or snoozed on purpose (`_open_work`). The same seed and day always give the
same data.

Rows are generated in time order and written with `store.bulk` in one
transaction: a million enquiries in well under PERFORMANCE.md's 90 s.

The parts: `demo_catalogue` (names, products, numbers and shares by language and
country), `demo_plan` (the plan, the days and the chunks' sizes), `demo_builder` (a
chunk's enquiries, with `demo_people` for their customers and `demo_aftercare` for
their follow-ups and feedback) and `demo_rows` (the rows made). Here: `generate`, which
makes the chunks here or in worker processes and writes them; the catalogue's names
and phrases (`FIRST_NAMES`, `LAST_NAMES`, `STAFF`, `PRODUCTS`, `COMMENTS`,
`MAIL_DOMAINS`) can be read here too.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from enquirydesk.domain.errors import ConflictError, ValidationError
from enquirydesk.i18n import Texts, translate
from enquirydesk.services.context import Cancelled, Changes, Context, Progress
from enquirydesk.services.demo_builder import _make
from enquirydesk.services.demo_catalogue import COMMENTS as COMMENTS
from enquirydesk.services.demo_catalogue import FIRST_NAMES as FIRST_NAMES
from enquirydesk.services.demo_catalogue import LAST_NAMES as LAST_NAMES
from enquirydesk.services.demo_catalogue import MAIL_DOMAINS as MAIL_DOMAINS
from enquirydesk.services.demo_catalogue import PRODUCTS as PRODUCTS
from enquirydesk.services.demo_catalogue import STAFF
from enquirydesk.services.demo_plan import DAYS, _Chunk, _days, _Plan, _plan, _returning
from enquirydesk.services.demo_rows import _Made
from enquirydesk.store import queries, search_index
from enquirydesk.store.bulk import bulk_transaction, record_operation
from enquirydesk.store.models import (
    Contact,
    Customer,
    Enquiry,
    EnquiryFactor,
    Feedback,
    FollowUp,
    Staff,
)

Demo = Texts("Demo")

MAX_ENQUIRIES = 5_000_000
CHUNK = 25_000  # enquiries per chunk of days
PARALLEL_FROM = 100_000  # smaller loads are made in this process


@dataclass(frozen=True)
class DemoResult:
    enquiries: int
    customers: int
    changes: Changes
    #: (earlier, later) customers who are one person entered twice, with a clue to it.
    entered_again: tuple[tuple[int, int], ...] = ()


def generate(
    ctx: Context,
    enquiries: int = 10_000,
    seed: int = 1,
    progress: Progress | None = None,
    workers: int | None = None,
) -> DemoResult:
    """Fill an empty database with `enquiries` demo enquiries ending at `ctx.now()`.

    Rows are made in chunks of days by worker processes (the same rows whatever
    the number of workers) while this process writes them, in one transaction:
    cancelling or a crash leaves the file as it was. `progress(done, total)` hears of
    every day made in this process (of every chunk made by workers), in enquiries;
    answering False cancels.
    """
    if not 1 <= enquiries <= MAX_ENQUIRIES:
        raise ValidationError(
            "enquiries",
            "demo.count",
            Demo.tr("Choose between 1 and %Ln demo enquiries.", None, MAX_ENQUIRIES),
        )
    if queries.any_enquiry(live_only=False):
        raise ConflictError(
            translate(
                "Demo",
                "This database already holds enquiries; demo data goes only into a new, empty one.",
            )
        )
    plan = _plan(ctx, enquiries, seed)
    chunks = _chunks(plan)
    tables = [
        m._meta.table_name for m in (Customer, Enquiry, EnquiryFactor, Contact, FollowUp, Feedback)
    ]
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if enquiries >= PARALLEL_FROM else 0
    summary = Demo.tr("Demo data: %Ln enquiries", None, enquiries)
    ctx.store.check_writable()
    with bulk_transaction(ctx.store.db, tables, rebuild_indexes=True) as writer:
        _write_staff(writer, plan)
        done = feedback_offset = 0
        entered_again: list[tuple[int, int]] = []

        def tick(made: int) -> None:
            if progress is not None and progress(done + made, enquiries) is False:
                raise Cancelled("Demo data cancelled; nothing was added.")

        for made in _made(plan, chunks, workers, tick):
            feedback_offset = made.write(writer, feedback_offset)
            entered_again += made.rows.entered_again
            done += made.enquiries
            tick(0)
        search_index.catch_up(ctx.store.db, batch=enquiries)  # searchable from the start
        operation_id = record_operation(
            at=plan.now,
            staff=ctx.actor.staff_id,
            actor=ctx.actor.name,
            action="demo",
            summary=summary,
        )
    customers = chunks[-1].first_customer + chunks[-1].new_customers - 1
    return DemoResult(
        enquiries,
        customers,
        Changes(operation_id=operation_id, summary=summary, everything=True),
        tuple(entered_again),
    )


def _made(
    plan: _Plan, chunks: list[_Chunk], workers: int, tick: Callable[[int], None]
) -> Iterator[_Made]:
    """The chunks' rows in order, made here (`tick(made)` after each day) or by `workers`
    processes."""
    if workers <= 1:
        for chunk in chunks:
            yield _make(plan, chunk, tick)
        return
    context = multiprocessing.get_context("spawn")  # never fork a process with an open database
    with context.Pool(workers) as pool:
        yield from pool.imap(functools.partial(_make, plan), chunks)


def _write_staff(writer: Any, plan: _Plan) -> None:
    if queries.staff_ids():
        return
    joined = str(plan.now.replace(hour=9, minute=0, second=0) - timedelta(days=DAYS + 30))
    writer.insert(
        Staff,
        ("id", "name", "role", "active", "pin_hash", "created_at"),
        [
            (i, name, role, 1, None, joined)
            for i, (name, role) in enumerate(STAFF[plan.language], start=1)
        ],
    )


def _chunks(plan: _Plan) -> list[_Chunk]:
    days = _days(plan)
    chunks: list[_Chunk] = []
    enquiry_id = customer_id = 1
    start = 0
    while start < len(days):
        end, size = start, 0
        while end < len(days) and (size < CHUNK or end == start):
            size += days[end][1]
            end += 1
        new = sum(1 for e in range(enquiry_id, enquiry_id + size) if not _returning(e))
        chunks.append(
            _Chunk(len(chunks), tuple(days[start:end]), start, enquiry_id, customer_id, new)
        )
        enquiry_id += size
        customer_id += new
        start = end
    return chunks
