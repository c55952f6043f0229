"""What other programs saved to the same shop's database, as the window's own change
announcements: the other PCs of a shop on a server (told at once, see
`store.postgres.Listener`), or a command-line script beside the window on a file
(looked for every second).

Each operation in the change log after the last one seen becomes one `Changes`: the
rows it changed, by table; a bulk load (demo data, an import) names no rows and is
announced as "everything may differ". Operations this program saved itself are skipped
(`Store.made_here`): the window announced them when it made them.
"""

from __future__ import annotations

from enquirydesk.services.context import Changes, Context
from enquirydesk.store import queries
from enquirydesk.store.database import Store

#: Seconds between looks when nothing is announced (a file, or a server's bulk load).
LOOK_EVERY_S = 1.0
#: Operations that write too many rows to name them.
BULK_ACTIONS = frozenset({"demo", "import", "retention", "hours"})


class News:
    """The change log read from where it was last read (one per listening thread)."""

    def __init__(self, store: Store, mark: int | None = None) -> None:
        self.store = store
        self.mark = queries.change_mark() if mark is None else mark
        self.listener = store.listener()

    def wait(self, timeout: float = LOOK_EVERY_S) -> list[Changes]:
        """The changes saved since the last call, after waiting up to `timeout` seconds
        for one to be announced."""
        try:
            self.listener.wait(timeout)
            return self.read()
        except Exception as error:  # the server away, the file busy: said as a StoreError
            translated = self.store.translate(error)
            if translated is error:
                raise
            raise translated from error

    def read(self) -> list[Changes]:
        found = []
        for operation, action, rows in queries.operations_after(self.mark):
            self.mark = operation
            if operation in self.store.made_here:
                self.store.made_here.discard(operation)
                continue
            found.append(
                Changes(
                    operation_id=None,  # (not this window's to undo)
                    summary="",
                    changed={table: frozenset(ids) for table, ids in rows.items()},
                    everything=action in BULK_ACTIONS or not rows,
                )
            )
        return found

    def close(self) -> None:
        self.listener.close()
        self.store.close()  # this thread's connection


def news(ctx: Context) -> News:
    return News(ctx.store)
