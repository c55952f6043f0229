"""Exceptions that carry a message meant for the user.

Every layer raises these for problems the user can act on (a bad phone number, a
damaged file, a file from a newer EnquiryDesk). The command line prints `str(error)`
as one sentence; the window shows it in a dialog or beside the field. Anything else
that escapes is a bug and gets a traceback.
"""

from __future__ import annotations


class EnquiryDeskError(Exception):
    """Base of every error whose message is fit to show to a user."""


class ValidationError(EnquiryDeskError):
    """A value the user typed is not acceptable.

    `field` names the input (``"phone"``, ``"email"``, ``"value"``...) so a form can
    put the message beside it; `code` is stable for translation and tests.
    """

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
        self.message = message


class NotFoundError(EnquiryDeskError):
    """The thing asked for does not exist (or was deleted)."""


class ConflictError(EnquiryDeskError):
    """The change cannot be made in the current state (e.g. undo after later edits)."""


class StoreError(EnquiryDeskError):
    """A problem with the database file itself rather than with what was asked."""


class NotADatabaseError(StoreError):
    """The file is not an SQLite database at all."""


class ForeignDatabaseError(StoreError):
    """The file is an SQLite database, but not one of EnquiryDesk's."""


class DamagedDatabaseError(StoreError):
    """The file failed SQLite's integrity check; it must not be written to."""


class NewerVersionError(StoreError):
    """The file was written by a newer EnquiryDesk than this one."""


class DiskFullError(StoreError):
    """The disk (or the folder's quota) is full."""


class DatabaseBusyError(StoreError):
    """Another program held the database for longer than the busy timeout."""


class ServerUnreachableError(StoreError):
    """The shop's database server cannot be reached, or refused the connection (wrong
    password, no such database): the user may retry or open a file instead."""
