"""The history import CSV file, read and checked row by row (plain Python).

`read_table` splits the file's text into a checked header and a body: UTF-8 with
or without a byte-order mark, comma or semicolon (whichever the header uses),
header names in any order. The body can be cut into pieces at row ends
(`Table.chunks`) that `records` reads apart, with the file's line numbers.
`RowParser` turns one row into an `ImportRow` or raises `ValidationError` with
the reason; the caller prefixes the file's line number.
Nothing here touches the database: the catalogues and the shop's country are
handed in.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.followups import is_complaint
from enquirydesk.domain.validation import (
    MAX_TEXT,
    clean_name,
    clean_text,
    name_key,
    normalise_email,
    normalise_phone,
    parse_money,
    parse_time,
)
from enquirydesk.i18n import Texts, translate

Importer = Texts("Importer")

COLUMNS = (
    "received_at",
    "channel",
    "customer_name",
    "phone",
    "email",
    "interest",
    "staff",
    "source",
    "first_response_at",
    "outcome",
    "outcome_at",
    "value",
    "purchase_channel",
    "lost_reason",
    "decision_factors",
    "feedback_at",
    "rating",
    "expectation",
    "nps",
    "complaint",
    "notes",
)
REQUIRED = ("received_at", "channel")
CUSTOMER_COLUMNS = ("customer_name", "phone", "email")
FEEDBACK_COLUMNS = ("rating", "expectation", "nps", "complaint")

_FACTOR_SEPARATORS = re.compile(r"[;|]")
_YES = {"yes", "y", "true", "1", "ya", "da"}
_NO = {"no", "n", "false", "0", "tidak", "ne", ""}


class FileProblem(ValidationError):
    """The file as a whole cannot be read: nothing in it can be imported."""

    def __init__(self, message: str) -> None:
        super().__init__("file", "import.file", message)


def decode(data: bytes) -> str:
    """UTF-8 text, with or without a byte-order mark; a clear error naming the line if not."""
    try:
        return _unix_line_ends(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise FileProblem(
            translate(
                "Importer",
                'Line {line} is not UTF-8 text; save the file as "CSV UTF-8" and try again.',
            ).format(line=line)
        ) from None


def _unix_line_ends(text: str) -> str:
    """Windows (CR LF) and old Mac (CR alone) line ends as LF, which the reader splits at."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def delimiter_of(header_line: str) -> str:
    """Comma or semicolon: whichever separates the header's names."""
    return ";" if header_line.count(";") > header_line.count(",") else ","


@dataclass(frozen=True)
class Table:
    """A file split into its checked header and its body (from line 2 on)."""

    header: list[str]
    delimiter: str
    body: str

    def chunks(self, size: int) -> Iterator[tuple[int, str]]:
        """The body in pieces of about `size` rows, each cut at the end of a row, as
        (line number of the piece's first line, text), so they can be read apart."""
        lines = self.body.split("\n")
        start = 0
        quotes = 0
        for number, line in enumerate(lines):
            quotes += line.count('"')
            if quotes % 2 == 0 and number + 1 - start >= size:
                yield start + 2, "\n".join(lines[start : number + 1])
                start, quotes = number + 1, 0
        if start < len(lines) and any(line.strip() for line in lines[start:]):
            yield start + 2, "\n".join(lines[start:])

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """Every row of the body (see `records`)."""
        return records(self.body, 2, self.delimiter)


def read_table(text: str) -> Table:
    """The file's header, checked, and the rest of it; a byte-order mark is dropped."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = _unix_line_ends(text)
    first_line, _, body = text.partition("\n")
    if not first_line.strip():
        raise FileProblem(
            translate("Importer", "The file is empty; its first line must name the columns.")
        )
    delimiter = delimiter_of(first_line)
    header = [name.strip().lower() for name in next(csv.reader([first_line], delimiter=delimiter))]
    _check_header(header)
    return Table(header, delimiter, body)


def records(text: str, first_line: int, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of `text` as (the file's line number where the row starts, fields).

    Blank lines are skipped; a quoted field may span lines.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    ended = 0
    try:
        for fields in reader:
            start, ended = ended + 1, reader.line_num
            if any(fields) and "".join(fields).strip():
                yield first_line + start - 1, fields
    except csv.Error as error:
        raise FileProblem(
            #: {error} is the CSV reader's own explanation, in English.
            translate("Importer", "Line {line}: the file is not valid CSV ({error}).").format(
                line=first_line + reader.line_num - 1, error=error
            )
        ) from None


# How many unknown column names a message lists, and how much of each it shows: a
# header line of 20,000 characters still gets one sentence that can be read.
SHOWN_NAMES, SHOWN_NAME_LENGTH = 5, 40


def _shown(name: str) -> str:
    if not name:
        #: Stands for a column without a name in "Unknown column …".
        return translate("Importer", "(an empty name)")
    if len(name) > SHOWN_NAME_LENGTH:
        name = name[: SHOWN_NAME_LENGTH - 1] + "…"
    return repr(name)


def _check_header(header: list[str]) -> None:
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        names = ", ".join(_shown(n) for n in unknown[:SHOWN_NAMES])
        columns = ", ".join(COLUMNS)
        # The counts by plain names: lupdate takes no other count for a plural.
        count, more = len(unknown), len(unknown) - SHOWN_NAMES
        if count == 1:
            message = translate(
                "Importer", "Unknown column {name}; the columns are: {columns}."
            ).format(name=names, columns=columns)
        elif more <= 0:
            #: {names} lists the unknown columns' names; the count chooses the plural form.
            message = Importer.tr(
                "Unknown columns {names}; the columns are: {columns}.",
                None,
                count,
            ).format(names=names, columns=columns)
        else:
            #: {names} lists the first five unknown columns' names; %Ln counts the others.
            message = Importer.tr(
                "Unknown columns {names} and %Ln more; the columns are: {columns}.",
                None,
                more,
            ).format(names=names, columns=columns)
        raise FileProblem(message)
    twice = sorted({name for name in header if header.count(name) > 1})
    if twice:
        raise FileProblem(
            translate("Importer", "The column {name} appears twice in the header.").format(
                name=_shown(twice[0])
            )
        )
    missing = [name for name in REQUIRED if name not in header]
    if len(missing) == 1:
        raise FileProblem(
            translate("Importer", "The file has no {column} column.").format(
                column=repr(missing[0])
            )
        )
    if missing:
        raise FileProblem(
            translate("Importer", "The file has no {first} and no {second} column.").format(
                first=repr(missing[0]), second=repr(missing[1])
            )
        )
    if not any(name in header for name in CUSTOMER_COLUMNS):
        raise FileProblem(
            #: customer_name, phone and email are names of columns: they stay as they are.
            translate("Importer", "The file needs a customer_name, phone or email column.")
        )


class ImportedFeedback(NamedTuple):
    at: datetime
    rating: int | None
    expectation: str | None
    recommend: int | None
    complaint: bool  # as the file says

    @property
    def opens_complaint(self) -> bool:
        """A complaint by the follow-up rules (flagged, rating ≤ 2, or worse than expected)."""
        return is_complaint(self.rating, self.expectation, self.complaint)


class ImportRow(NamedTuple):
    """One valid row, normalised: keys for catalogue items, cents for money (a named
    tuple: made a hundred thousand times in an import, and cheap to make)."""

    line: int
    received_at: datetime
    channel: str
    name: str
    phone: str | None
    email: str | None
    interest: str
    notes: str
    staff: str
    source: str | None
    first_response_at: datetime | None
    outcome: str
    outcome_at: datetime | None
    value_cents: int | None
    purchase_channel: str | None
    lost_reason: str | None
    factors: tuple[str, ...]
    feedback: ImportedFeedback | None

    @property
    def key(self) -> str:
        """The name as customer matching compares it."""
        return name_key(self.name)


def names_to_keys(items: Mapping[str, str]) -> dict[str, str]:
    """A lookup accepting a catalogue key or its shown name, in any case."""
    lookup: dict[str, str] = {}
    for key, name in items.items():
        lookup.setdefault(name.casefold(), key)
        lookup[key.casefold()] = key
    return lookup


class RowParser:
    """Checks rows against the shop's catalogues and country, as of `now`."""

    def __init__(
        self,
        header: list[str],
        catalogues: Mapping[str, Mapping[str, str]],
        country: str,
        now: datetime,
    ) -> None:
        """`catalogues` maps each of ``channel``, ``source``, ``decision_factor``,
        ``lost_reason``, ``purchase_channel`` and ``expectation`` to key → shown name."""
        self.header = header
        self.country = country
        self.now = now
        self._lookup = {name: names_to_keys(items) for name, items in catalogues.items()}
        self._known = {name: ", ".join(items) for name, items in catalogues.items()}

    def parse(self, line: int, fields: list[str]) -> ImportRow:
        if len(fields) != len(self.header):
            count = len(fields)  # by a plain name: lupdate takes no other count for a plural
            raise ValidationError(
                "row",
                "row.fields",
                #: After "line 12: ". %n counts the row's fields; {header} is the header's count.
                Importer.tr(
                    "the row has %n fields but the header names {header}.",
                    None,
                    count,
                ).format(header=len(self.header)),
            )
        row = dict(zip(self.header, fields, strict=False))  # the lengths are checked above
        get = row.get

        received = self._time(row, "received_at")
        if received is None:
            raise ValidationError(
                "received_at",
                "received_at.missing",
                #: Why a row is refused, after "line 12: "; column names stay as they are.
                translate("Importer", "received_at is empty."),
            )
        channel = self._key(row, "channel", "channel")
        if channel is None:
            raise ValidationError(
                "channel",
                "channel.missing",
                #: Why a row is refused, after "line 12: "; column names stay as they are.
                translate("Importer", "channel is empty."),
            )
        name = clean_name(get("customer_name"))
        phone_text, email_text = (get("phone") or "").strip(), (get("email") or "").strip()
        if not (name or phone_text or email_text):
            raise ValidationError(
                "customer_name",
                "customer.anonymous",
                #: Why a row is refused, after "line 12: "; column names stay as they are.
                translate("Importer", "give a customer_name, phone or email."),
            )
        phone = normalise_phone(phone_text, self.country) if phone_text else None
        email = normalise_email(email_text) if email_text else None

        responded = self._time(row, "first_response_at", not_before=received)
        outcome = (get("outcome") or "").strip().lower() or "open"
        if outcome not in ("open", "purchased", "lost"):
            raise ValidationError(
                "outcome",
                "outcome.unknown",
                #: After "line 12: ". outcome, open, purchased and lost are file words: keep them.
                translate(
                    "Importer", "outcome {value} is not one of open, purchased, lost."
                ).format(value=repr(outcome)),
            )
        outcome_at = self._time(row, "outcome_at", not_before=received)
        if outcome != "open" and outcome_at is None:
            raise ValidationError(
                "outcome_at",
                "outcome_at.missing",
                #: Why a row is refused, after "line 12: "; column names stay as they are.
                translate("Importer", "a purchased enquiry needs its outcome_at.")
                if outcome == "purchased"
                else translate("Importer", "a lost enquiry needs its outcome_at."),
            )
        if outcome == "open" and outcome_at is not None:
            raise ValidationError(
                "outcome_at",
                "outcome_at.open",
                #: Why a row is refused, after "line 12: "; column names stay as they are.
                translate("Importer", "an open enquiry has no outcome_at."),
            )
        value = parse_money(get("value"), "value")
        purchase_channel = self._key(row, "purchase_channel", "purchase_channel")
        lost_reason = self._key(row, "lost_reason", "lost_reason")
        listed = get("decision_factors")
        factors = tuple(
            dict.fromkeys(
                self._known_key("decision_factor", part, "decision_factors")
                for part in _FACTOR_SEPARATORS.split(listed)
                if part.strip()
            )
        ) if listed else ()  # fmt: skip
        for column, present, needs in (
            ("purchase_channel", purchase_channel, "purchased"),
            ("decision_factors", factors, "purchased"),
            ("lost_reason", lost_reason, "lost"),
        ):
            if present and outcome != needs:
                raise ValidationError(
                    column,
                    f"{column}.outcome",
                    #: Why a row is refused, after "line 12: "; column names stay as they are.
                    translate("Importer", "{column} is only for purchased enquiries.").format(
                        column=column
                    )
                    if needs == "purchased"
                    else translate("Importer", "{column} is only for lost enquiries.").format(
                        column=column
                    ),
                )

        return ImportRow(
            line=line,
            received_at=received,
            channel=channel,
            name=name,
            phone=phone,
            email=email,
            interest=clean_text(get("interest"), "interest"),
            notes=clean_text(get("notes"), "notes", MAX_TEXT),
            staff=clean_name(get("staff")),
            source=self._key(row, "source", "source"),
            first_response_at=responded,
            outcome=outcome,
            outcome_at=outcome_at,
            value_cents=value,
            purchase_channel=purchase_channel or ("in_store" if outcome == "purchased" else None),
            lost_reason=lost_reason,
            factors=factors,
            feedback=self._feedback(row, received),
        )

    def _time(
        self, row: dict[str, str], column: str, not_before: datetime | None = None
    ) -> datetime | None:
        text = row.get(column)
        if not text or not (text := text.strip()):  # most are empty: the cheap test first
            return None
        moment = parse_time(text, column)
        if moment > self.now:
            raise ValidationError(
                column,
                f"{column}.future",
                #: Why a row is refused, after "line 12: "; column names stay as they are.
                translate("Importer", "{column} {value} is in the future.").format(
                    column=column, value=text
                ),
            )
        if not_before is not None and moment < not_before:
            raise ValidationError(
                column,
                f"{column}.before_received",
                #: Why a row is refused, after "line 12: "; column names stay as they are.
                translate(
                    "Importer", "{column} {value} is before the enquiry was received."
                ).format(column=column, value=text),
            )
        return moment

    def _key(self, row: dict[str, str], catalogue: str, column: str) -> str | None:
        text = row.get(column)
        return self._known_key(catalogue, text, column) if text and text.strip() else None

    def _known_key(self, catalogue: str, text: str, column: str) -> str:
        found = self._lookup[catalogue].get(text.strip().casefold())
        if found is None:
            raise ValidationError(
                column,
                f"{column}.unknown",
                #: After "line 12: ". {known} lists the keys the file may use (kept as they are).
                translate("Importer", "{column} {value} is not known; use one of: {known}.").format(
                    column=column, value=repr(text.strip()), known=self._known[catalogue]
                ),
            )
        return found

    def _feedback(self, row: dict[str, str], received: datetime) -> ImportedFeedback | None:
        at = self._time(row, "feedback_at", not_before=received)
        if at is None:
            given = [c for c in FEEDBACK_COLUMNS if (row.get(c) or "").strip()]
            if given:
                raise ValidationError(
                    "feedback_at",
                    "feedback_at.missing",
                    #: Why a row is refused, after "line 12: "; column names stay as they are.
                    translate("Importer", "{column} is given, so feedback_at is needed.").format(
                        column=given[0]
                    ),
                )
            return None
        return ImportedFeedback(
            at=at,
            rating=_whole(row, "rating", 1, 5),
            expectation=self._key(row, "expectation", "expectation"),
            recommend=_whole(row, "nps", 0, 10),
            complaint=_yes_no(row, "complaint"),
        )


def _whole(row: dict[str, str], column: str, low: int, high: int) -> int | None:
    text = (row.get(column) or "").strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
        raise ValidationError(
            column,
            f"{column}.range",
            #: Why a row is refused, after "line 12: "; column names stay as they are.
            translate("Importer", "{column} {value} is not a whole number {low}–{high}.").format(
                column=column, value=repr(text), low=low, high=high
            ),
        )
    return int(text)


def _yes_no(row: dict[str, str], column: str) -> bool:
    text = (row.get(column) or "").strip().casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(
        column,
        f"{column}.yes_no",
        #: After "line 12: ". yes and no are the words the file uses (ya/tidak, da/ne too).
        translate("Importer", "{column} {value} is not yes or no.").format(
            column=column, value=repr(text)
        ),
    )


__all__ = [
    "COLUMNS",
    "FileProblem",
    "ImportRow",
    "ImportedFeedback",
    "RowParser",
    "Table",
    "decode",
    "delimiter_of",
    "parse_time",
    "read_table",
    "records",
]
