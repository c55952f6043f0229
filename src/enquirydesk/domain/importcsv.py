"""The history import file, read and checked row by row (plain Python).

`decode` reads a text file's bytes (UTF-8, or the Windows code page its letters fit);
`read_table` splits the text into its header, as written, and a body, with the
separator found from the first lines. The body can be cut into pieces at row ends
(`Table.chunks`) that `records` reads apart, with the file's line numbers. Sheets of
a workbook arrive as rows of text cells and need none of that.
`RowParser` turns one row into an `ImportRow`, with the columns mapped to fields by
the caller, or raises `ValidationError` with the reason; the caller prefixes the
file's line number. Nothing here touches the database: the catalogues and the shop's
country are handed in.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from enquirydesk.domain import import_values as values
from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.followups import is_complaint
from enquirydesk.domain.validation import (
    MAX_TEXT,
    clean_name,
    clean_text,
    name_key,
    normalise_email,
    normalise_phone,
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
#: Another column a file may have: when it has both, "value" is the estimate and this
#: what a purchase was paid.
PURCHASE_VALUE = "purchase_value"
FEEDBACK_COLUMNS = ("rating", "expectation", "nps", "complaint")

_FACTOR_SEPARATORS = re.compile(r"[;|]")


class FileProblem(ValidationError):
    """The file as a whole cannot be read: nothing in it can be imported."""

    def __init__(self, message: str) -> None:
        super().__init__("file", "import.file", message)


#: The encodings a file is tried in when it is not UTF-8: the Windows code pages the
#: spreadsheets of Central Europe (1250: č, š, ž, đ) and of Western Europe and Indonesia
#: (1252) save "CSV" in.
FALLBACK_ENCODINGS = ("cp1250", "cp1252")
ENCODINGS = ("utf-8", *FALLBACK_ENCODINGS)
# Letters telling the two apart: each is read from a byte the other code page reads as a
# rare letter (č in 1250 is è in 1252; ñ in 1252 is ń in 1250). Š and Ž are the same
# bytes in both and tell nothing.
_CP1250_LETTERS = frozenset("čćđČĆĐ")
_CP1252_LETTERS = frozenset("àìòùñãõøåÀÌÒÙÑÃÕØÅ")


def decode(data: bytes, encoding: str | None = None, prefer: str = "cp1252") -> tuple[str, str]:
    """The file's text and the encoding it was read in: UTF-8 (with or without a
    byte-order mark) when it is UTF-8, else the Windows code page whose letters fit the
    text best (`prefer` when the letters cannot tell: most of them are the same in
    both); `encoding` when the user chose one. Line ends come back as LF."""
    if encoding is None:
        try:
            return _unix_line_ends(data.decode("utf-8-sig")), "utf-8"
        except UnicodeDecodeError:
            encoding = _likely_code_page(data, prefer)
    try:
        text = data.decode("utf-8-sig" if encoding == "utf-8" else encoding)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise FileProblem(
            translate(
                "Importer",
                "Line {line} cannot be read as {encoding} text; choose another encoding, or "
                'save the file as "CSV UTF-8" and try again.',
            ).format(line=line, encoding=encoding)
        ) from None
    except LookupError:
        raise FileProblem(
            translate("Importer", "{encoding} is not an encoding this program knows.").format(
                encoding=encoding
            )
        ) from None
    return _unix_line_ends(text), encoding


def _likely_code_page(data: bytes, prefer: str) -> str:
    """cp1250 or cp1252, by which one reads the bytes above 127 as letters of its own."""
    high = bytes(b for b in data if b > 127)
    scores = {}
    for encoding, letters in (("cp1250", _CP1250_LETTERS), ("cp1252", _CP1252_LETTERS)):
        text = high.decode(encoding, errors="replace")
        scores[encoding] = sum(ch in letters for ch in text) - 2 * text.count("\ufffd")
    if scores["cp1250"] == scores["cp1252"]:
        return prefer
    return max(FALLBACK_ENCODINGS, key=lambda e: scores[e])


def _unix_line_ends(text: str) -> str:
    """Windows (CR LF) and old Mac (CR alone) line ends as LF, which the reader splits at."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


DELIMITERS = (",", ";", "\t", "|")


def delimiter_of(lines: list[str]) -> str:
    """The separator of the file's first lines: the one that splits them into the same
    number of fields, more than one (the most fields when several do); a comma if none."""
    text = "\n".join(lines)
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [
            len(fields)
            for fields in csv.reader(io.StringIO(text), delimiter=delimiter)
            if "".join(fields).strip()
        ]
        if not counts or counts[0] < 2:
            continue
        steady = sum(count == counts[0] for count in counts)
        score = (steady, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


@dataclass(frozen=True)
class Table:
    """A file split into its header (the names as written) and its body (from line 2 on)."""

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


def read_table(text: str, delimiter: str | None = None) -> Table:
    """The file's header and the rest of it; the separator found from the first lines
    unless given; a byte-order mark is dropped."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = _unix_line_ends(text)
    while text.startswith("\n"):  # blank lines above the header
        text = text[1:]
    first_line, _, body = text.partition("\n")
    if not first_line.strip():
        raise FileProblem(
            translate("Importer", "The file is empty; its first line must name the columns.")
        )
    if delimiter is None:
        delimiter = delimiter_of(text[:20_000].split("\n")[:20])
    try:
        header = [name.strip() for name in next(csv.reader([first_line], delimiter=delimiter))]
    except csv.Error as error:
        raise FileProblem(
            translate("Importer", "Line {line}: the file is not valid CSV ({error}).").format(
                line=1, error=error
            )
        ) from None
    check_header(header)
    return Table(header, delimiter, body)


def check_header(header: list[str]) -> None:
    """A header whose names cannot be told apart is refused (two columns of one name)."""
    named = [name.casefold() for name in header if name]
    twice = sorted({name for name in named if named.count(name) > 1})
    if twice:
        raise FileProblem(
            translate("Importer", "The column {name} appears twice in the header.").format(
                name=_shown(twice[0])
            )
        )


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


# How much of a column's name a message shows: a header line of 20,000 characters still
# gets one sentence that can be read.
SHOWN_NAME_LENGTH = 40


def _shown(name: str) -> str:
    if not name:
        #: Stands for a column without a name.
        return translate("Importer", "(an empty name)")
    if len(name) > SHOWN_NAME_LENGTH:
        name = name[: SHOWN_NAME_LENGTH - 1] + "…"
    return values.quoted(name)


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
    estimated_cents: int | None
    purchase_cents: int | None
    purchase_channel: str | None
    lost_reason: str | None
    factors: tuple[str, ...]
    feedback: ImportedFeedback | None

    @property
    def key(self) -> str:
        """The name as customer matching compares it."""
        return name_key(self.name)


def names_to_keys(items: Mapping[str, str | Iterable[str]]) -> dict[str, str]:
    """A lookup accepting a catalogue key or any of its names, in any case (a name two
    items share goes to the first)."""
    lookup: dict[str, str] = {}
    for key, names in items.items():
        for name in [names] if isinstance(names, str) else names:
            lookup.setdefault(name.strip().casefold(), key)
    for key in items:
        lookup[key.casefold()] = key
    return lookup


class RowParser:
    """Checks rows against the shop's catalogues and country, as of `now`.

    `fields` names, for each column of the file, the field it imports as (None: the
    column is not imported); `names` are the columns' names in the file, which messages
    use. Dates are read in `date_order` ("dmy", "mdy" or "ymd") unless written as ISO.
    Without a channel column every row takes `default_channel`; without an outcome_at
    column a decided enquiry is taken as decided when it was received.
    """

    def __init__(
        self,
        fields: Sequence[str | None],
        catalogues: Mapping[str, Mapping[str, str | Iterable[str]]],
        country: str,
        now: datetime,
        *,
        names: Sequence[str] | None = None,
        date_order: str = "dmy",
        default_channel: str | None = None,
    ) -> None:
        """`catalogues` maps each of ``channel``, ``source``, ``decision_factor``,
        ``lost_reason``, ``purchase_channel`` and ``expectation`` to key → its names."""
        self.header = [field or f"#{index}" for index, field in enumerate(fields)]
        self.width = len(self.header)
        names = names or [field or "" for field in fields]
        self.label = {field: (names[index] or field) for index, field in enumerate(fields) if field}
        self.country = country
        self.now = now
        self.date_order = date_order
        self.default_channel = default_channel
        self.decided_on_receipt = "outcome_at" not in self.label
        self._lookup = {name: names_to_keys(items) for name, items in catalogues.items()}
        self._known = {
            name: ", ".join(
                names if isinstance(names, str) else next(iter(names), key)
                for key, names in items.items()
            )
            for name, items in catalogues.items()
        }  # the names shown to the user, for messages

    def _column(self, field: str) -> str:
        """The file's name of the column a field comes from, for messages."""
        return self.label.get(field, field)

    def parse(self, line: int, fields: list[str]) -> ImportRow:
        if len(fields) != self.width:
            if len(fields) < self.width:  # spreadsheets drop empty cells at a row's end
                fields = fields + [""] * (self.width - len(fields))
            elif any(field.strip() for field in fields[self.width :]):
                count = len(fields)  # by a plain name: lupdate takes no other count for a plural
                raise ValidationError(
                    "row",
                    "row.fields",
                    #: After "line 12: ". %n counts the row's fields; {header}, the header's.
                    Importer.tr(
                        "the row has %n fields but the header names {header}.",
                        None,
                        count,
                    ).format(header=self.width),
                )
        row = dict(zip(self.header, fields, strict=False))  # extra empty cells dropped
        get = row.get

        received = self._time(row, "received_at")
        if received is None:
            raise ValidationError(
                "received_at",
                "received_at.missing",
                #: Why a row is refused, after "line 12: "; {column} is the file's column.
                translate("Importer", "{column} is empty.").format(
                    column=self._column("received_at")
                ),
            )
        channel = self._key(row, "channel", "channel") or self.default_channel
        if channel is None:
            raise ValidationError(
                "channel",
                "channel.missing",
                #: Why a row is refused, after "line 12: "; {column} is the file's column.
                translate("Importer", "{column} is empty.").format(column=self._column("channel")),
            )
        name = clean_name(get("customer_name"))
        phone_text = values.phone_text(get("phone") or "")
        email_text = (get("email") or "").strip()
        if not (name or phone_text or email_text):
            raise ValidationError(
                "customer_name",
                "customer.anonymous",
                #: Why a row is refused, after "line 12: ".
                translate("Importer", "the row names no customer: no name, phone or e-mail."),
            )
        phone = normalise_phone(phone_text, self.country) if phone_text else None
        email = normalise_email(email_text) if email_text else None

        responded = self._time(row, "first_response_at", not_before=received)
        outcome_text = (get("outcome") or "").strip()
        outcome = values.outcome_key(outcome_text) if outcome_text else "open"
        if outcome is None:
            raise ValidationError(
                "outcome",
                "outcome.unknown",
                #: After "line 12: ". open, purchased and lost are file words: keep them.
                translate(
                    "Importer", "{column} {value} is not one of open, purchased, lost."
                ).format(column=self._column("outcome"), value=values.quoted(outcome_text)),
            )
        outcome_at = self._time(row, "outcome_at", not_before=received)
        if outcome != "open" and outcome_at is None:
            if self.decided_on_receipt:
                outcome_at = received
            else:
                raise ValidationError(
                    "outcome_at",
                    "outcome_at.missing",
                    #: Why a row is refused, after "line 12: "; {column} is the file's column.
                    translate("Importer", "a purchased enquiry needs its {column}.").format(
                        column=self._column("outcome_at")
                    )
                    if outcome == "purchased"
                    else translate("Importer", "a lost enquiry needs its {column}.").format(
                        column=self._column("outcome_at")
                    ),
                )
        if outcome == "open" and outcome_at is not None:
            raise ValidationError(
                "outcome_at",
                "outcome_at.open",
                #: Why a row is refused, after "line 12: "; {column} is the file's column.
                translate("Importer", "an open enquiry has no {column}.").format(
                    column=self._column("outcome_at")
                ),
            )
        value = self._amount(row, "value")
        paid = self._amount(row, "purchase_value")
        purchased = outcome == "purchased"
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
            ("purchase_value", paid is not None, "purchased"),
            ("purchase_channel", purchase_channel, "purchased"),
            ("decision_factors", factors, "purchased"),
            ("lost_reason", lost_reason, "lost"),
        ):
            if present and outcome != needs:
                raise ValidationError(
                    column,
                    f"{column}.outcome",
                    #: Why a row is refused, after "line 12: "; {column} is the file's column.
                    translate("Importer", "{column} is only for purchased enquiries.").format(
                        column=self._column(column)
                    )
                    if needs == "purchased"
                    else translate("Importer", "{column} is only for lost enquiries.").format(
                        column=self._column(column)
                    ),
                )
        if purchased:  # one value column: what was paid; two: the estimate and the price
            estimated, purchase = (value, paid) if paid is not None else (None, value)
        else:
            estimated, purchase = value, None

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
            estimated_cents=estimated,
            purchase_cents=purchase,
            purchase_channel=purchase_channel or ("in_store" if purchased else None),
            lost_reason=lost_reason,
            factors=factors,
            feedback=self._feedback(row, received),
        )

    def _amount(self, row: dict[str, str], field: str) -> int | None:
        text = row.get(field)
        if not text or not (text := text.strip()):
            return None
        return values.parse_amount(text, self._column(field))

    def _time(
        self, row: dict[str, str], field: str, not_before: datetime | None = None
    ) -> datetime | None:
        text = row.get(field)
        if not text or not (text := text.strip()):  # most are empty: the cheap test first
            return None
        column = self._column(field)
        try:
            moment = values.parse_moment(text, column, self.date_order)
        except ValidationError as error:
            raise ValidationError(field, error.code, error.message) from None
        if moment > self.now:
            raise ValidationError(
                field,
                f"{field}.future",
                #: Why a row is refused, after "line 12: "; {column} is the file's column.
                translate("Importer", "{column} {value} is in the future.").format(
                    column=column, value=text
                ),
            )
        if not_before is not None and moment < not_before:
            raise ValidationError(
                field,
                f"{field}.before_received",
                #: Why a row is refused, after "line 12: "; {column} is the file's column.
                translate(
                    "Importer", "{column} {value} is before the enquiry was received."
                ).format(column=column, value=text),
            )
        return moment

    def _key(self, row: dict[str, str], catalogue: str, field: str) -> str | None:
        text = row.get(field)
        return self._known_key(catalogue, text, field) if text and text.strip() else None

    def _known_key(self, catalogue: str, text: str, field: str) -> str:
        found = self._lookup[catalogue].get(text.strip().casefold())
        if found is None:
            raise ValidationError(
                field,
                f"{field}.unknown",
                #: After "line 12: ". {known} lists the names the file may use.
                translate("Importer", "{column} {value} is not known; use one of: {known}.").format(
                    column=self._column(field),
                    value=values.quoted(text.strip()),
                    known=self._known[catalogue],
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
                    #: Why a row is refused, after "line 12: "; both are the file's columns.
                    translate("Importer", "{column} is given, so {needed} is needed.").format(
                        column=self._column(given[0]), needed=self._column("feedback_at")
                    ),
                )
            return None
        return ImportedFeedback(
            at=at,
            rating=self._whole(row, "rating", 1, 5),
            expectation=self._key(row, "expectation", "expectation"),
            recommend=self._whole(row, "nps", 0, 10),
            complaint=self._yes_no(row, "complaint"),
        )

    def _whole(self, row: dict[str, str], field: str, low: int, high: int) -> int | None:
        text = (row.get(field) or "").strip()
        if not text:
            return None
        if text.endswith(".0"):  # a number cell of a spreadsheet
            text = text[:-2]
        if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
            raise ValidationError(
                field,
                f"{field}.range",
                #: Why a row is refused, after "line 12: "; {column} is the file's column.
                translate(
                    "Importer", "{column} {value} is not a whole number {low}–{high}."
                ).format(column=self._column(field), value=values.quoted(text), low=low, high=high),
            )
        return int(text)

    def _yes_no(self, row: dict[str, str], field: str) -> bool:
        text = (row.get(field) or "").strip()
        answer = values.yes_no(text)
        if answer is None:
            raise ValidationError(
                field,
                f"{field}.yes_no",
                #: After "line 12: ". yes and no are the words the file uses (ya/tidak, da/ne too).
                translate("Importer", "{column} {value} is not yes or no.").format(
                    column=self._column(field), value=values.quoted(text)
                ),
            )
        return answer


__all__ = [
    "COLUMNS",
    "FileProblem",
    "ImportRow",
    "ImportedFeedback",
    "RowParser",
    "Table",
    "decode",
    "delimiter_of",
    "read_table",
    "records",
]
