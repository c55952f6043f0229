"""One import run: the checked rows of a file matched to their customers (known or new),
duplicates refused, and the staff, customers, enquiries, contacts, feedback and
follow-ups written batch by batch through the store's bulk writer; then the operation
that names the import, and the result (`ImportResult`, with every `BadRow`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from enquirydesk.i18n import Texts, translate
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.import_check import Checked, CheckedPiece
from enquirydesk.services.import_customers import CustomerIndex
from enquirydesk.services.import_plan import Inspection
from enquirydesk.store import bulk, queries
from enquirydesk.store.bulk import BulkWriter, db_time
from enquirydesk.store.models import (
    Contact,
    Customer,
    CustomerContactInfo,
    Enquiry,
    EnquiryFactor,
    Feedback,
    FollowUp,
    Source,
    Staff,
)

Importer = Texts("Importer")


@dataclass(frozen=True)
class BadRow:
    line: int
    reason: str

    def __str__(self) -> str:
        return translate("Importer", "line {line}: {reason}").format(
            line=self.line, reason=self.reason
        )


@dataclass(frozen=True)
class ImportResult:
    path: Path
    inspection: Inspection
    rows: int  # data rows in the file
    imported: int  # enquiries written: 0 for a dry run or a refused file
    bad: tuple[BadRow, ...]
    new_customers: int
    known_customers: int  # rows whose customer was already in the database
    new_staff: tuple[str, ...]
    feedback: int
    followups: int
    dry_run: bool
    changes: Changes | None = None


class Run:
    """One import: matches customers, refuses duplicates, and writes batch by batch."""

    def __init__(
        self, ctx: Context, inspection: Inspection, now: datetime, writer: BulkWriter | None
    ) -> None:
        self.ctx, self.inspection, self.now, self.writer = ctx, inspection, now, writer
        self.path = inspection.source.path
        self.stamp = db_time(now)
        self.source_ids = ctx.catalog_ids(Source)
        self.next_enquiry = self.first_enquiry = queries.next_id(Enquiry)
        self.index = CustomerIndex(
            queries.next_id(Customer), self.first_enquiry, inspection.source.lines
        )
        self.staff = {row["name"].casefold(): row["id"] for row in queries.staff_list()}
        self._staff_named: dict[str, int] = {}  # the staff id of each name as written
        self.first_staff = queries.next_id(Staff)
        self.new_staff: list[str] = []
        self._staff_written = 0
        self.next_feedback = queries.next_id(Feedback)
        self.bad: list[BadRow] = []
        self.kept = self.rows = self.known = self.feedback = self.followups = 0
        self._asked: set[int] = set()  # known customers whose enquiries were looked up
        self._existing: set[tuple[int, str | None, int]] = set()
        self._seen: dict[tuple[int, str, int], int] = {}
        #: Each customer's earliest enquiry so far (received, id, written without a source
        #: as a first one), and those such enquiries that an earlier row later displaced.
        self._earliest: dict[int, tuple[str, int, bool]] = {}
        self._displaced: list[int] = []

    def consume(
        self,
        batches: Iterable[CheckedPiece],
        report: Callable[[int], None],
        *,
        write: bool,
        skip_bad: bool = False,
    ) -> None:
        lines = 0
        for fields, bad, read in batches:
            checked = list(map(Checked._make, fields))
            self.bad.extend(BadRow(line, reason) for line, reason in bad)
            self.rows += len(checked) + len(bad)
            self.index.load(checked)
            resolve = self.index.resolve
            customer_ids = [
                resolve(item.key, item.name, item.phone, item.email)[0] for item in checked
            ]
            kept = self._without_duplicates(checked, customer_ids)
            self.kept += len(kept)
            if write and (skip_bad or not self.bad):
                self._write(kept)
            lines += read
            report(lines)
        self.bad.sort(key=lambda b: b.line)

    def _without_duplicates(
        self, checked: list[Checked], customer_ids: list[int]
    ) -> list[tuple[Checked, int, int | None]]:
        """Refuse a row already in the database, or twice in the file (same customer,
        channel and received time); the others with their customer and staff ids."""
        first_new = self.index.first_id
        ask = {c for c in customer_ids if c < first_new and c not in self._asked}
        if ask:
            self._asked |= ask
            before = bulk.enquiry_keys_before(self.first_enquiry, ask)
            self._existing |= {(c, db_time(at), ch) for c, at, ch in before}
        existing, seen, staff_named = self._existing, self._seen, self._staff_named
        kept = []
        for item, customer in zip(checked, customer_ids, strict=True):
            key = (customer, item.received, item.channel_id)
            if key in existing or key in seen:
                self._refuse(item.line, key)
                continue
            seen[key] = item.line
            staff = item.staff
            staff_id = (staff_named.get(staff) or self._staff_id(staff)) if staff else None
            kept.append((item, customer, staff_id))
            self.known += customer < first_new
            self.feedback += item.feedback is not None
            self.followups += len(item.followups)
        return kept

    def _refuse(self, line: int, key: tuple[int, str, int]) -> None:
        """A row refused as a duplicate of one in the database or earlier in the file."""
        if key in self._existing:
            reason = translate(
                "Importer",
                "this enquiry is already in the database (same customer, channel "
                "and received time); was the file imported before?",
            )
        else:
            reason = translate("Importer", "the same enquiry as line {line}.").format(
                line=self._seen[key]
            )
        self.bad.append(BadRow(line, reason))

    def _staff_id(self, name: str) -> int:
        key = name.casefold()
        if key not in self.staff:
            self.staff[key] = self.first_staff + len(self.new_staff)
            self.new_staff.append(name)
        self._staff_named[name] = self.staff[key]
        return self.staff[key]

    def _write_new_people(self) -> None:
        """Write the staff and customers met since last time, before the rows that name
        them: a row pointing at a parent not yet written would make SQLite look for
        orphans at every later insert into a parent table (quadratic)."""
        assert self.writer is not None
        stamp = self.stamp
        self.writer.insert(
            Staff,
            ("id", "name", "role", "active", "created_at"),
            [
                (self.first_staff + i, name, "staff", 1, stamp)
                for i, name in enumerate(self.new_staff[self._staff_written :], self._staff_written)
            ],
        )
        self._staff_written = len(self.new_staff)
        self.writer.insert(
            Customer,
            ("id", "name", "name_key", "phone", "email", "handle", "notes", "created_at",
             "updated_at"),
            [
                (c["id"], c["name"], c["name_key"], c["phone"], c["email"], "", "", stamp, stamp)
                for c in self.index.take_unwritten()
            ],
        )  # fmt: skip
        others, self.index.other_contacts = self.index.other_contacts, []
        self.writer.insert(
            CustomerContactInfo,
            ("customer_id", "kind", "value", "created_at"),
            [(customer, kind, value, stamp) for customer, kind, value in others],
        )
        changed = self.index.take_changed()
        bulk.update_customers(changed)
        self.writer.customers.catch_up(
            [*(c["id"] for c in changed), *(customer for customer, _, _ in others)]
        )

    def _write(self, kept: list[tuple[Checked, int, int | None]]) -> None:
        assert self.writer is not None
        self._write_new_people()
        stamp, source_ids = self.stamp, self.source_ids
        returning = source_ids["returning"]
        batch = _Batch()
        enquiries, factors, contacts = batch.enquiries, batch.factors, batch.contacts
        feedback_rows, followups = batch.feedback, batch.followups
        enquiry_id = self.next_enquiry - 1
        for item, customer, staff in kept:
            enquiry_id += 1
            responded, back = item.responded, item.back
            if responded:
                contacts.append((enquiry_id, responded, staff, back[0], "out", "", stamp))
            if item.factor_ids:
                factors.extend([(enquiry_id, factor) for factor in item.factor_ids])
            feedback_id = None
            if item.feedback is not None:
                feedback_id = self.next_feedback
                self.next_feedback += 1
                at, rating, expectation, recommend, complaint = item.feedback
                feedback_rows.append(
                    (feedback_id, enquiry_id, customer, at, staff, rating, expectation,
                     recommend, "", complaint, "", stamp)
                )  # fmt: skip
            for kind, topic, due, priority in item.followups:
                if kind == "complaint":
                    topic = str(feedback_id)
                followups.append(
                    (enquiry_id, customer, kind, topic, "", priority, due, due, staff, "", stamp)
                )
            source = item.source
            earlier = self._earlier(customer, item.received, enquiry_id, not source)
            enquiries.append(
                (enquiry_id, customer, item.channel_id, item.received, staff, *item.front,
                 source_ids[source] if source else returning if earlier else None,
                 responded, staff if responded else None, *back, stamp, stamp)
            )  # fmt: skip
        self.next_enquiry = enquiry_id + 1
        batch.flush(self.writer)

    def _earlier(self, customer: int, received: str, enquiry_id: int, sourceless: bool) -> bool:
        """Whether the customer has an enquiry received before this one (at the same time:
        one with a lower id), in the database or the file: an enquiry the file gives no
        source is then a returning customer's. Else this one is their earliest so far;
        should a later row be earlier still, `finish` marks it returning after all."""
        earliest = self._earliest.get(customer)
        if earliest is None and customer < self.index.first_id:
            first_seen = self.index.rows[customer].get("first_seen")
            earliest = None if first_seen is None else (first_seen, 0, False)
        if earliest is not None and earliest[:2] < (received, enquiry_id):
            return True
        if earliest is not None and earliest[2]:
            self._displaced.append(earliest[1])
        self._earliest[customer] = (received, enquiry_id, sourceless)
        return False

    def finish(self) -> Changes:
        """Write what the last rows told about the new customers, mark the enquiries that
        turned out not to be their customer's first, and write the operation that names
        the import."""
        assert self.writer is not None
        self._write_new_people()
        bulk.mark_returning(self._displaced, self.source_ids["returning"])
        kept = self.kept  # a plain name: lupdate drops a call counting `self.kept`
        summary = Importer.tr("Imported %Ln enquiries from {file}", None, kept).format(
            file=self.path.name
        )
        operation_id = bulk.record_operation(
            at=self.now,
            staff=self.ctx.actor.staff_id,
            actor=self.ctx.actor.name,
            action="import",
            summary=summary,
        )
        return Changes(operation_id=operation_id, summary=summary, everything=True)

    def result(
        self, *, imported: int, dry_run: bool, changes: Changes | None = None
    ) -> ImportResult:
        return ImportResult(
            path=self.path,
            inspection=self.inspection,
            rows=self.rows,
            imported=imported,
            bad=tuple(self.bad),
            new_customers=len(self.index.new),
            known_customers=self.known,
            new_staff=tuple(self.new_staff),
            feedback=self.feedback,
            followups=self.followups,
            dry_run=dry_run,
            changes=changes,
        )


class _Batch:
    """Rows waiting for the next `executemany` (parents before children)."""

    def __init__(self) -> None:
        self.enquiries: list[tuple[Any, ...]] = []
        self.factors: list[tuple[Any, ...]] = []
        self.contacts: list[tuple[Any, ...]] = []
        self.feedback: list[tuple[Any, ...]] = []
        self.followups: list[tuple[Any, ...]] = []

    def _clear(self) -> None:
        for rows in (self.enquiries, self.factors, self.contacts, self.feedback, self.followups):
            rows.clear()

    def flush(self, writer: BulkWriter) -> None:
        writer.insert(
            Enquiry,
            ("id", "customer_id", "channel_id", "received_at", "taken_by_id", "interest",
             "details", "estimated_value_cents", "source_id", "first_response_at",
             "first_response_by_id", "first_response_how", "response_seconds",
             "response_business_seconds", "outcome", "outcome_at", "purchase_value_cents",
             "purchase_channel", "lost_reason_id", "next_followup_at", "created_at",
             "updated_at"),
            self.enquiries,
        )  # fmt: skip
        writer.insert(EnquiryFactor, ("enquiry_id", "factor_id"), self.factors)
        writer.insert(
            Contact,
            ("enquiry_id", "at", "staff_id", "kind", "direction", "text", "created_at"),
            self.contacts,
        )
        writer.insert(
            Feedback,
            ("id", "enquiry_id", "customer_id", "recorded_at", "staff_id", "rating",
             "expectation", "recommend", "comment", "complaint", "resolution", "created_at"),
            self.feedback,
        )  # fmt: skip
        writer.insert(
            FollowUp,
            ("enquiry_id", "customer_id", "kind", "topic", "note", "priority", "due_at",
             "remind_at", "assigned_to_id", "result", "created_at"),
            self.followups,
        )  # fmt: skip
        self._clear()
