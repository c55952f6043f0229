"""The month's enquiries as rows for the exports, and the rules every export file keeps.

One row per enquiry received in the month, with every recorded fact,
typed — times as `datetime`, money as `Decimal`, minutes as `float`, counts as
`int`, the rest as `str` — so the CSV writer can print machine formats and the
XLSX writer can store real dates and numbers from the same rows.

Two safety rules hold for every file written here:

- *Honest cells*: a text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab
  or a carriage return could run as a formula when the file is opened. The CSV,
  which has no cell formats, neutralises it with a leading apostrophe — the
  spreadsheet convention for "this is text": a phone number in E.164 form
  (``+38641…``) is written ``'+38641…``, which also keeps a spreadsheet from
  reading it as a number and dropping the ``+``. The XLSX stores such a cell as
  a string exactly as recorded and gives it Excel's *quote prefix* format, which
  shows it as text, never as a formula, and keeps it text when it is edited: the
  cell holds ``+38641…`` and no apostrophe is seen. Numbers and dates are never
  touched: they are numbers, not text.
- *Whole files only*: a file is written under a temporary name in the target's
  folder, flushed to disk, then renamed over the target in one step. An error,
  Ctrl+C or a cancel leaves no half-written file, and any earlier file under
  the target's name exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple, overload

from enquirydesk import paths
from enquirydesk.domain import catalog
from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.domain.month import Month
from enquirydesk.domain.validation import cents_to_decimal
from enquirydesk.i18n import QT_TRANSLATE_NOOP, translate
from enquirydesk.services import catalogs
from enquirydesk.services.context import Cancelled, Context, Progress
from enquirydesk.services.customers import shown_name
from enquirydesk.store import export_queries, files
from enquirydesk.store.models import Channel, DecisionFactor, LostReason, Source

#: First characters that make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Row = tuple[Any, ...]


class ExportError(EnquiryDeskError):
    """The export file cannot be written where the user asked (no folder, no permission, ...)."""


class Column(NamedTuple):
    """One column of the export: its heading and the kind of value it holds.

    Kinds: ``id`` and ``count`` (int), ``time`` (datetime), ``minutes`` (float),
    ``money`` (Decimal), ``text`` (str, never None). The heading is the English one,
    the column's stable name; `heading_shown` is what the file's reader sees.
    """

    heading: str
    kind: str

    @property
    def heading_shown(self) -> str:
        """The heading in the user's language."""
        return translate("ExportRows", self.heading)


COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("ExportRows", "Enquiry"), "id"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Received"), "time"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Customer"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Phone"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "E-mail"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Channel"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Source"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Referred by"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Taken by"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Interest"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Details"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "First response"), "time"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Answered by"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Answered how"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Response (clock min)"), "minutes"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Response (business min)"), "minutes"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Outcome"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Outcome at"), "time"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Estimated value"), "money"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Purchase value"), "money"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Purchase channel"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Lost reason"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Why they chose us"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Feedback at"), "time"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Rating (1-5)"), "count"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Expectation"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Would recommend (0-10)"), "count"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Complaint"), "text"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Complaint resolved"), "time"),
    Column(QT_TRANSLATE_NOOP("ExportRows", "Feedback comment"), "text"),
)


def headings() -> tuple[str, ...]:
    """The exported file's header row, in the user's language."""
    return tuple(column.heading_shown for column in COLUMNS)


class _Headings(Sequence[str]):
    """`headings()` as a sequence read when it is used (never frozen at import time in
    the language of that moment): the header row of every export file."""

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[str, ...]: ...
    def __getitem__(self, index: int | slice) -> str | tuple[str, ...]:
        return headings()[index]

    def __len__(self) -> int:
        return len(COLUMNS)

    def __iter__(self) -> Iterator[str]:
        return iter(headings())

    def __repr__(self) -> str:
        return repr(headings())


#: The header row in the user's language when read (see `_Headings`).
HEADINGS: Sequence[str] = _Headings()

#: Outcome keys → the words a row shows (in English; translated per export).
OUTCOME_NAMES = {
    "open": QT_TRANSLATE_NOOP("ExportRows", "Open"),
    "purchased": QT_TRANSLATE_NOOP("ExportRows", "Purchased"),
    "lost": QT_TRANSLATE_NOOP("ExportRows", "Lost"),
}


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take `text` in a cell for a formula (see the module)."""
    return text.startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """`text` for a CSV cell: with an apostrophe in front when it would start a formula
    (see the module; the XLSX keeps the text as it is and quote-prefixes the cell)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def minutes(seconds: int | None) -> float | None:
    """Seconds → minutes to one decimal, halves away from zero (as `metrics.seconds_to_minutes`,
    in integer arithmetic: an export converts two of these per row)."""
    if seconds is None:
        return None
    tenths = (2 * abs(seconds) + 6) // 12  # floor(|s| / 6 + 1/2): tenths of a minute
    return (tenths if seconds >= 0 else -tenths) / 10


class _Remembered(dict[Any, Any]):
    """Values worked out once per distinct key: most of a month's amounts and factor
    lists repeat, and a lookup costs less than the work. Only the first few thousand
    are kept, so that a month of all-different keys costs little memory."""

    LIMIT = 4_096

    def __init__(self, work: Callable[[Any], Any]) -> None:
        super().__init__()
        self.work = work

    def __missing__(self, key: Any) -> Any:
        value = self.work(key)
        if len(self) < self.LIMIT:
            self[key] = value
        return value


class _Names:
    """Every name a row shows, looked up once per export (the shop's own catalogue names,
    the built-in ones and the program's words in the user's language)."""

    def __init__(self, ctx: Context) -> None:
        def by_id(model: Any) -> dict[int, str]:
            shown = catalogs.names(model)
            return {i: shown.get(key, key) for key, i in ctx.catalog_ids(model).items()}

        self.channel = by_id(Channel)
        self.source = by_id(Source)
        self.lost_reason = by_id(LostReason)
        factor_names = catalogs.names(DecisionFactor)  # in the catalogue's order
        order = {key: position for position, key in enumerate(factor_names)}
        self.factor = {
            i: (order.get(key, len(order)), factor_names.get(key, key))
            for key, i in ctx.catalog_ids(DecisionFactor).items()
        }
        self.how = catalog.names(catalog.CONTACT_KINDS)
        self.purchase_channel = catalog.names(catalog.PURCHASE_CHANNELS)
        self.expectation = catalog.names(catalog.EXPECTATIONS)
        self.outcome = {key: translate("ExportRows", name) for key, name in OUTCOME_NAMES.items()}
        #: The complaint cell: whether the feedback was one.
        self.yes = translate("ExportRows", "yes")
        self.no = translate("ExportRows", "no")
        #: A forgotten customer's name cell (as `shown_name` gives it).
        self.forgotten = shown_name("", True)
        #: The factor lists and amounts seen so far, each made once.
        self.factor_lists = _Remembered(self.factors)
        self.money = _Remembered(cents_to_decimal)

    def factors(self, ids: tuple[int, ...]) -> str:
        return "; ".join(name for _, name in sorted(self.factor[i] for i in ids))


def month_total(ctx: Context, month: Month) -> int:
    """How many rows `month_rows` gives (for progress)."""
    return export_queries.count_received(month.start, month.end)


def month_rows(ctx: Context, month: Month) -> Iterator[Row]:
    """The month's enquiries, oldest first, one row each in `COLUMNS` order.

    Text is given as recorded (each writer makes formula-like text safe in its own way:
    the CSV by `neutralise`, the XLSX by a quote-prefixed cell; a caller can still
    compare the facts). Read inside ``ctx.store.snapshot()`` so that every row comes
    from one state of the file, and close the iterator (``contextlib.closing``) when
    stopping early.
    """
    names = _Names(ctx)
    batches = export_queries.month_batches(month.start, month.end)
    try:
        for batch in batches:
            yield from _rows(batch, names)
    finally:
        batches.close()


def _rows(batch: list[export_queries.EnquiryFacts], names: _Names) -> list[Row]:
    """A batch of enquiries as rows: one expression per row, with every lookup bound
    once, since an export makes a row of each of a month's enquiries."""
    channel, source, how = names.channel.get, names.source.get, names.how.get
    outcome_name, purchase_channel_name = names.outcome.get, names.purchase_channel.get
    lost_reason, factor_lists, money = names.lost_reason.get, names.factor_lists, names.money
    forgotten, no_feedback = names.forgotten, _NO_FEEDBACK
    return [
        (
            enquiry,
            received_at,
            forgotten if customer_forgotten else customer_name,
            phone or "",
            email or "",
            channel(channel_id, ""),
            "" if source_id is None else source(source_id, ""),
            forgotten if referrer_forgotten else referred_by or "",
            taken_by or "",
            interest,
            details,
            first_response_at,
            first_response_by or "",
            how(first_response_how or "", first_response_how or ""),
            minutes(response_seconds),
            minutes(response_business_seconds),
            outcome_name(outcome, outcome),
            outcome_at,
            None if estimated_value_cents is None else money[estimated_value_cents],
            None if purchase_value_cents is None else money[purchase_value_cents],
            purchase_channel_name(purchase_channel or "", purchase_channel or ""),
            "" if lost_reason_id is None else lost_reason(lost_reason_id, ""),
            factor_lists[factor_ids],
            *(no_feedback if feedback is None else _feedback_cells(feedback, names)),
        )
        # The facts unpacked into names: quicker than reading each field of the tuple.
        for (
            enquiry,
            received_at,
            customer_name,
            phone,
            email,
            channel_id,
            source_id,
            referred_by,
            taken_by,
            interest,
            details,
            first_response_at,
            first_response_by,
            first_response_how,
            response_seconds,
            response_business_seconds,
            outcome,
            outcome_at,
            estimated_value_cents,
            purchase_value_cents,
            purchase_channel,
            lost_reason_id,
            factor_ids,
            feedback,
            customer_forgotten,
            referrer_forgotten,
        ) in batch
    ]


#: The feedback cells of an enquiry without feedback.
_NO_FEEDBACK = (None, None, "", None, "", None, "")


def _feedback_cells(
    feedback: export_queries.LatestFeedback, names: _Names
) -> tuple[datetime | None, int | None, str, int | None, str, datetime | None, str]:
    expectation = feedback.expectation or ""
    return (
        feedback.recorded_at,
        feedback.rating,
        names.expectation.get(expectation, expectation),
        feedback.recommend,
        names.yes if feedback.complaint else names.no,
        feedback.complaint_resolved_at,
        feedback.comment,
    )


class Steps:
    """Progress of an export in rows: told at the start, every `every` rows and at the end,
    never twice for the same count (a terminal prints a line each time)."""

    def __init__(self, progress: Progress | None, total: int, every: int = 500) -> None:
        self.progress, self.total, self.every = progress, total, every
        self.done, self._told = 0, -1
        if total:
            self.tell()

    def tell(self) -> None:
        """Report; raise `Cancelled` when `progress` answers False (the writer then leaves
        no file behind)."""
        if self.progress is not None and self._told != self.done:
            self._told = self.done
            if self.progress(self.done, self.total) is False:
                raise Cancelled(translate("ExportRows", "Export cancelled; no file was written."))

    def advance(self) -> None:
        self.done += 1
        if self.done % self.every == 0:
            self.tell()


def _cannot_write(path: Path, error: OSError) -> ExportError:
    return ExportError(
        translate("ExportRows", "{path} cannot be written ({error}).").format(
            path=path, error=error.strerror or error
        )
    )


def refuse_database_target(ctx: Context, path: Path) -> None:
    """An export must never replace the database (or SQLite's files beside it)."""
    if files.is_database_file(path, ctx.store.path):
        raise ExportError(
            translate(
                "ExportRows", "{path} is the database itself; choose another name for the export."
            ).format(path=path)
        )


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` to write the export into; on success it becomes `path`.

    Created empty and readable by the user only (it holds customers' phone numbers)
    before the caller writes, so a folder that cannot take the file is reported before
    any work is done; noted as unfinished until it is done, so that a killed program's
    half-written file is removed at the next start. On any exception — `Cancelled`, an
    error, Ctrl+C — the temporary file is removed and whatever was at `path` before
    stays untouched.
    """
    path = Path(path).expanduser()
    if path.is_symlink():  # replace the file the link points to, and keep the link
        path = path.resolve()
    folder = path.parent
    if path.is_dir():
        raise ExportError(
            translate("ExportRows", "{path} is a folder; give the name of a file to write.").format(
                path=path
            )
        )
    if path.exists() and not path.is_file():  # a device or a pipe is not ours to replace
        raise ExportError(
            translate(
                "ExportRows", "{path} is not an ordinary file; give the name of a file to write."
            ).format(path=path)
        )
    if not folder.is_dir():
        raise ExportError(
            translate("ExportRows", "There is no folder {folder} to write {file} into.").format(
                folder=folder, file=path.name
            )
        )
    temp = folder / f".{path.name}.{secrets.token_hex(4)}.part"
    with files.unfinished(temp, paths.unfinished_dir()):
        try:
            files.create_private(temp)
        except OSError as error:
            raise _cannot_write(path, error) from None
        try:
            yield temp
            files.make_private(temp)  # a library may have written it anew
            with open(temp, "rb+") as written:
                os.fsync(written.fileno())
            os.replace(temp, path)
        except BaseException as error:
            with contextlib.suppress(OSError):
                temp.unlink()
            if isinstance(error, OSError):  # disk full, the target open in another program...
                raise _cannot_write(path, error) from error
            raise
    if os.name == "posix":  # make the rename itself durable (Windows cannot open folders)
        with contextlib.suppress(OSError):
            handle = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(handle)
            finally:
                os.close(handle)


__all__ = [
    "COLUMNS",
    "FORMULA_STARTS",
    "HEADINGS",
    "Column",
    "ExportError",
    "Steps",
    "atomic_output",
    "headings",
    "looks_like_formula",
    "minutes",
    "month_rows",
    "month_total",
    "neutralise",
    "refuse_database_target",
]
