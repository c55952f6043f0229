"""Moving a shop to another database: from its file onto the shop's new server when a
second PC arrives, or from the server back into a file. The whole shop goes, ids, undo
history and secrets included (`store.copy`), into a new, empty database; then both are
compared: every table's count, and the monthly report of every month with data, figure
for figure. The source is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from enquirydesk.domain.errors import ConflictError, StoreError
from enquirydesk.domain.month import Month
from enquirydesk.i18n import translate
from enquirydesk.services import report, servers
from enquirydesk.services.context import Actor, Context
from enquirydesk.store import copy, queries
from enquirydesk.store.database import Store

Progress = Callable[[int, int], object]


@dataclass(frozen=True)
class Moved:
    target: str
    rows: int  # rows copied, every table
    months: int  # months whose reports were compared


def _password(location: str | Path) -> str | None:
    return servers.password_for(str(location)) if servers.is_address(location) else None


def _months() -> list[Month]:
    span = queries.time_span()
    if span is None:
        return []
    month, last = Month(span[0].year, span[0].month), Month(span[1].year, span[1].month)
    found = [month]
    while month != last:
        month = month.next()
        found.append(month)
    return found


def _facts(store: Store, now: datetime) -> tuple[dict[str, int], dict[str, Any]]:
    """Every table's count, and the report of every month with data, of an open store."""
    ctx = Context(store, Actor("move"), lambda: now)
    return copy.counts(store.db), {str(m): report.monthly(ctx, m) for m in _months()}


def move(
    source: str | Path,
    target: str | Path,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Moved:
    """Copy the shop at `source` (a file or a server address) into `target`, a new file
    or an empty database on a server, and prove the copy the same. Raises a
    `StoreError` with a plain sentence when the target holds a shop already or the two
    differ (the target is then left for the user to drop)."""
    now = (now or datetime.now()).replace(microsecond=0)
    if str(source) == str(target):
        raise ConflictError(translate("Move", "The shop cannot be moved onto itself."))
    if not servers.is_address(target) and Path(target).exists():
        raise ConflictError(
            translate(
                "Move", "{target} already exists; the shop moves only into a new file."
            ).format(target=target)
        )
    # The source first, as a store: brought up to this version's schema (a file keeps a
    # backup of how it was), and its figures read.
    opened = Store.open(source, password=_password(source))
    try:
        counts, reports = _facts(opened, now)
        source_location = opened.location
    finally:
        opened.close()
    destination = Store.open(target, password=_password(target))
    try:
        if queries.change_mark() or queries.any_enquiry(live_only=False):
            raise ConflictError(
                translate(
                    "Move",
                    "{target} holds a shop already; the shop moves only into an empty database.",
                ).format(target=destination.location)
            )
        reader = copy.open_source(str(source), _password(source))
        try:
            copy.copy_all(reader, destination.db, progress)
        finally:
            reader.close()
        got_counts, got_reports = _facts(destination, now)
    finally:
        destination.close()
    if got_counts != counts:
        different = sorted(t for t in counts if counts[t] != got_counts.get(t))
        raise StoreError(
            translate(
                "Move", "The copy in {target} differs from {source} ({table}); check it."
            ).format(target=target, source=source_location, table=", ".join(different))
        )
    for month, figures in reports.items():
        if got_reports.get(month) != figures:
            raise StoreError(
                translate(
                    "Move", "The copy's report for {month} differs from the shop's; check it."
                ).format(month=month)
            )
    return Moved(str(target), sum(counts.values()), len(reports))
