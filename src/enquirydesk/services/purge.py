"""The owner's purge: deleted enquiries removed for good.

Deleting an enquiry is soft (`enquiries.delete_enquiry`): it leaves every list and
report, stays in the file, and undo brings it back. `purge` removes the deleted ones —
all, or those deleted more than some days ago — with everything that belongs to them
alone: their decision factors, contacts, feedback and complaints, follow-ups, and their
words in the search index. Their customers stay, and so does every figure of every
month (deleted enquiries count for nothing in a report). It is one operation of the
change log, in one transaction, and erases as forgetting a customer does
(`services.privacy`, reusing `store.privacy`):

- what was written on them (what was asked, the notes, the text of contacts, feedback
  comments, complaint resolutions, follow-up notes and results) leaves the change log's
  before/after copies too, so no undo can write it back;
- the purge cannot be undone, and neither can an older change to a purged enquiry:
  undo refuses both in one sentence (`store.changelog`);
- SQLite zeroes what it deletes, the search index is merged so that their words leave
  it, and the ``-wal`` file is emptied into the database: no byte of what was written
  on them is left in the file (a file written before deleted content was zeroed is
  rewritten once, as on its first forgetting).

Backups made before still hold them until they age out (`privacy.backups_sentence`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from enquirydesk.domain.errors import ValidationError
from enquirydesk.i18n import Texts, translate
from enquirydesk.services.context import Cancelled, Changes, Context, Progress
from enquirydesk.store import privacy as erasing
from enquirydesk.store import purge as store

Purge = Texts("Purge")

#: The index merge and the file's clean-up, in `purge`'s units of progress.
INDEX_WORK = 10


@dataclass(frozen=True)
class Deleted:
    """The deleted enquiries a purge would remove."""

    count: int
    since: datetime | None  # when the first of them was deleted


def deleted_before(ctx: Context, older_than_days: int | None) -> datetime | None:
    """The moment before which an enquiry must have been deleted to be purged: None for
    every deleted one."""
    if older_than_days is None:
        return None
    if older_than_days < 0:
        raise ValidationError(
            "older_than",
            "purge.days",
            translate("Purge", "The number of days must be 0 or more."),
        )
    return ctx.now() - timedelta(days=older_than_days)


def deleted(ctx: Context, older_than_days: int | None = None) -> Deleted:
    """How many enquiries a purge would remove now, and since when they are deleted."""
    count, since = store.deleted_count(deleted_before(ctx, older_than_days))
    return Deleted(count, since)


def summary(count: int) -> str:
    """The purge's description in the change log (and the status bar)."""
    return Purge.tr("Purged %Ln deleted enquiries", None, count)


class _NothingLeft(Exception):
    """The deleted enquiries were brought back before the purge began: nothing to write."""


def purge(
    ctx: Context, older_than_days: int | None = None, *, progress: Progress | None = None
) -> Changes:
    """Remove the deleted enquiries (those deleted more than `older_than_days` days ago,
    if given) for good, as one operation that cannot be undone (see the module). With
    none, nothing is written and the `Changes` have no operation. `progress(done, total)`
    hears of each step; answering False cancels, having written nothing."""
    before = deleted_before(ctx, older_than_days)
    if not store.deleted_count(before)[0]:
        return Changes(operation_id=None, summary="")
    database = ctx.store.db
    steps = 3 + len(erasing.ENTITIES) + INDEX_WORK
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and progress(min(done, steps), steps) is False:
            raise Cancelled(translate("Purge", "Purging cancelled; nothing was changed."))

    ctx.store.check_writable()
    erasing.secure_delete(database)
    # Before anything is erased: should the rewrite fail (a full disk), nothing is lost.
    erasing.compact_once(database)
    try:
        with ctx.write(store.ACTION) as tx:
            ids = store.deleted_ids(before)
            if not ids:
                raise _NothingLeft
            rows = erasing.enquiry_rows(ids)
            step()
            erasing.scrub_log(rows, step)
            step()
            removed = store.remove(tx.operation_id, ids)
            tx.summary = summary(len(removed["enquiry"]))
            step()
            erasing.optimize_indexes(database)  # after the last moment to cancel
            if progress is not None:
                progress(steps - INDEX_WORK // 2, steps)
            for entity, row_ids in removed.items():
                if row_ids:
                    tx.changed[entity].update(row_ids)
    except _NothingLeft:
        return Changes(operation_id=None, summary="")
    erasing.checkpoint(database)
    if progress is not None:
        progress(steps, steps)
    return Changes.of(tx)


__all__ = ["Deleted", "deleted", "deleted_before", "purge", "summary"]
