"""Turning what went wrong into what the user can act on, in one place.

An environment problem (a full disk, a damaged file, a read-only folder, another
program holding the file) arrives from SQLite as a driver error, from a read as much
as from a write, on the window's worker as much as on the command line. `explain`
gives it the plain sentence of a `StoreError` (see `store.sqlite.translate_error`);
anything it does not know is a bug and is handed back unchanged, to be reported with
its traceback.
"""

from __future__ import annotations

from pathlib import Path

from enquirydesk.domain.errors import EnquiryDeskError, StoreError
from enquirydesk.i18n import translate
from enquirydesk.store import sqlite
from enquirydesk.store.database import Store


def explain(
    error: BaseException, *, store: Store | None = None, path: Path | None = None
) -> BaseException:
    """The user-facing error for `error`, or `error` itself when it is a bug. Damage met
    on `store` (or the file at `path`) marks the file, so nothing writes to it again."""
    if isinstance(error, EnquiryDeskError):
        return error
    if store is not None:
        return store.translate(error)
    return sqlite.translate_error(error, path)


def unreadable(error: BaseException, store: Store) -> EnquiryDeskError | None:
    """What to tell when reading `store`'s file failed while opening it: the plain
    sentence of a known problem, "cannot be read" for any other database error, None for
    an error that is not the database's (a bug)."""
    explained = explain(error, store=store)
    if isinstance(explained, EnquiryDeskError):
        return explained
    if sqlite.driver_error(error) is not None or type(error).__module__ == "peewee":
        return StoreError(
            translate("Problems", "{path} cannot be read ({error}).").format(
                path=store.location, error=error
            )
        )
    return None
