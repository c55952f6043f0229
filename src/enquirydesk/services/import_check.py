"""The check of an import's rows: each row of a piece of the file read against the shop's
catalogues, country, opening hours and follow-up rules, and turned into plain values in
storage form (`Checked`) or refused with its reason. It needs no database, so that for a
large file worker processes can do it (`check_in_worker`) while the import matches and
writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, NamedTuple

from enquirydesk.domain import catalog
from enquirydesk.domain import followups as rules
from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.hours import OpeningHours, response_times
from enquirydesk.domain.importcsv import ImportRow, RowParser, records
from enquirydesk.i18n import current_language, install
from enquirydesk.services import catalogs
from enquirydesk.services.context import Context
from enquirydesk.services.import_plan import Inspection
from enquirydesk.services.import_sources import Piece
from enquirydesk.store.bulk import db_time
from enquirydesk.store.models import Channel, DecisionFactor, LostReason, Source


def row_parser(ctx: Context, inspection: Inspection) -> RowParser:
    """What reads this file's rows against the shop's catalogues and country."""
    plan = inspection.plan
    return RowParser(
        plan.columns or (),
        {
            "channel": catalogs.every_name(Channel),
            "source": catalogs.every_name(Source),
            "decision_factor": catalogs.every_name(DecisionFactor),
            "lost_reason": catalogs.every_name(LostReason),
            "purchase_channel": catalog.every_name(catalog.PURCHASE_CHANNELS),
            "expectation": catalog.every_name(catalog.EXPECTATIONS),
        },
        ctx.settings.country,
        ctx.now(),
        names=inspection.header,
        date_order=plan.date_order or "dmy",
        default_channel=plan.default_channel,
    )


def row_checker(ctx: Context, inspection: Inspection) -> Checker:
    """What checks this file's rows against the shop's catalogues, country and hours."""
    settings = ctx.settings
    parser = row_parser(ctx, inspection)
    ids = {
        "channel": ctx.catalog_ids(Channel),
        "decision_factor": ctx.catalog_ids(DecisionFactor),
        "lost_reason": ctx.catalog_ids(LostReason),
    }
    return Checker(
        parser,
        inspection.source.layout.delimiter or ",",
        ids,
        settings.hours,
        settings.rules,
        parser.now,
        current_language(),
    )


class Checked(NamedTuple):
    """A good row with everything worked out that needs no database, in storage form
    (times as `db_time` text, catalogue items as ids): plain values, cheap to send
    from a worker process."""

    line: int
    name: str
    key: str  # the name as matching compares it
    phone: str | None
    email: str | None
    received: str
    channel_id: int
    staff: str
    source: str | None  # a key; "returning" is decided by the match
    responded: str | None
    front: tuple[Any, ...]  # interest, notes, estimated value
    back: tuple[Any, ...]  # how answered … next follow-up, as the enquiry table orders them
    factor_ids: tuple[int, ...]
    feedback: tuple[Any, ...] | None  # recorded, rating, expectation, recommend, complaint
    followups: tuple[tuple[str, str | None, str, int], ...]  # kind, topic, due, priority


class Checker:
    """Reads a piece of the file and checks its rows: the work that needs no database,
    so that worker processes can do it."""

    def __init__(
        self,
        parser: RowParser,
        delimiter: str,
        ids: dict[str, dict[str, int]],
        hours: OpeningHours,
        cadence: rules.FollowUpRules,
        now: datetime,
        language: str,
    ) -> None:
        self.parser, self.delimiter, self.ids = parser, delimiter, ids
        self.hours, self.rules, self.now = hours, cadence, now
        self.language = language  # a worker process tells bad rows in the user's language

    def __call__(self, piece: Piece) -> CheckedPiece:
        """The good rows of a piece as plain tuples of `Checked` fields (a named tuple
        costs twice as much to send between processes), and the bad ones."""
        checked: list[tuple[Any, ...]] = []
        bad: list[tuple[int, str]] = []
        first_line, body = piece
        parse, check = self.parser.parse, self.check
        if isinstance(body, str):
            rows: Iterable[tuple[int, list[str]]] = records(body, first_line, self.delimiter)
            read = body.count("\n") + 1
        else:  # a sheet's rows, numbered already
            rows, read = body, body[-1][0] - first_line + 1
        for line, fields in rows:
            try:
                checked.append(check(parse(line, fields)))
            except ValidationError as error:
                bad.append((line, error.message))
        return checked, bad, read

    def check(self, row: ImportRow) -> tuple[Any, ...]:
        """The fields of a `Checked`, in order."""
        feedback = row.feedback
        complaint = feedback is not None and feedback.opens_complaint
        received, responded_at, outcome = row.received_at, row.first_response_at, row.outcome
        planned = rules.for_history(
            received_at=received,
            first_response_at=responded_at,
            outcome=outcome,
            outcome_at=row.outcome_at,
            feedback_at=None if feedback is None else feedback.at,
            complaint=complaint,
            hours=self.hours,
            rules=self.rules,
            now=self.now,
            # A file says nothing of consent: when the owner asks for it before offers,
            # imported purchases plan no repeat offer (staff may add one by hand).
            consent_at=None,
        )
        followups = tuple((p.kind, p.topic, db_time(p.due_at), int(p.priority)) for p in planned)
        responded = clock = business = how = None
        if responded_at is not None:
            responded = db_time(responded_at)
            clock, business = response_times(received, responded_at, self.hours)
            how = catalog.answered_now_contact_kind(row.channel)
        ids = self.ids
        factors = ids["decision_factor"]
        return (
            row.line, row.name, row.key, row.phone, row.email, db_time(received),
            ids["channel"][row.channel], row.staff, row.source, responded,
            (row.interest, row.notes, row.estimated_cents),
            (how, clock, business, outcome, db_time(row.outcome_at),
             row.purchase_cents, row.purchase_channel,
             ids["lost_reason"][row.lost_reason] if row.lost_reason else None,
             min(f[2] for f in followups) if followups else None),
            tuple([factors[f] for f in row.factors]) if row.factors else (),
            None if feedback is None
            else (db_time(feedback.at), feedback.rating, feedback.expectation,
                  feedback.recommend, int(complaint)),
            followups,
        )  # fmt: skip


#: What checking a piece of the file gives: good rows (`Checked` fields), bad rows
#: (line, reason) and the number of lines read.
CheckedPiece = tuple[list[tuple[Any, ...]], list[tuple[int, str]], int]


def check_in_worker(task: tuple[Checker, Piece]) -> CheckedPiece:
    checker, piece = task
    if current_language() != checker.language:  # a new process speaks English
        install(checker.language)
    return checker(piece)
