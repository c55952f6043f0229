"""Values of an imported file read as people write them (plain Python).

A shop's spreadsheet holds dates as ``24.10.2026 14.05`` or ``10/24/2026``, amounts as
``Rp 4.500.000,-`` or ``1 234,50 €``, phone numbers that the spreadsheet turned into
``'+38641…`` or ``6281234567.0``, outcomes and yes/no answers in English, Indonesian
or Slovenian. The functions here turn each such cell into the program's value, or
raise `ValidationError` naming the column and the text; the caller adds the line.

They run for every cell of files with a million rows: the patterns are compiled once
and the common forms (ISO times, plain digits) take a short path.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime

from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.validation import FIRST_YEAR, LAST_YEAR, MAX_MONEY_CENTS, MONEY_SCALE
from enquirydesk.i18n import every_translation, translate

#: How much of a cell or a column's name a message quotes: a 20 KB cell stays one
#: readable sentence.
QUOTED_MOST = 40


def quoted(text: object, most: int = QUOTED_MOST) -> str:
    """`text` quoted as a message shows it, cut to `most` characters with "…"."""
    text = str(text)
    return repr(text if len(text) <= most else text[: most - 1] + "…")


# ---------------------------------------------------------------------------- dates

#: The orders a day/month/year date may be written in; the wizard asks when a column
#: fits more than one.
DATE_ORDERS = ("dmy", "mdy", "ymd")

# ISO as the program, databases and most exports write it: read as ISO in every order.
_ISO = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[ T][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?)?"
)

# Three groups of digits with the same separator twice (a space may stand beside it:
# "24. 10. 2026"), an optional dot after the year ("24. 10. 2026."), then optionally
# a time after a space, a comma, a "T", or the words "ob" (sl) / "pukul" (id).
_DATE = re.compile(
    r"(?P<a>[0-9]{1,4})\s*(?P<sep>[./-])\s*(?P<b>[0-9]{1,2})\s*(?P=sep)\s*(?P<c>[0-9]{1,4})\.?"
    r"(?:(?:\s*,\s*|\s+(?:(?:ob|pukul|at)\s+)?|T)"
    r"(?P<hour>[0-9]{1,2})(?P<tsep>[:.])(?P<minute>[0-9]{2})"
    r"(?:(?P=tsep)(?P<second>[0-9]{2}))?"
    r"(?:\s*(?P<half>[AaPp])\.?[Mm]\.?)?)?",
    re.IGNORECASE,
)

_EXAMPLES = {"dmy": "24.10.2026 14:05", "mdy": "10/24/2026 14:05", "ymd": "2026-10-24 14:05"}


def _moment(match: re.Match[str], order: str) -> datetime | None:
    """The time `match` (of `_DATE`) stands for under `order`, None if it is none."""
    a, b, c = match.group("a", "b", "c")
    if len(a) == 4:  # a year written first is unmistakable, whatever the order
        if len(c) > 2:
            return None
        year, month, day = int(a), int(b), int(c)
    elif len(c) in (2, 4) and len(a) <= 2 and order != "ymd":
        year = int(c) if len(c) == 4 else 2000 + int(c)
        day, month = (int(a), int(b)) if order == "dmy" else (int(b), int(a))
    elif order == "ymd" and len(a) == 2 and len(c) <= 2:
        year, month, day = 2000 + int(a), int(b), int(c)
    else:
        return None
    if match.group("hour") is None:
        hour = minute = second = 0
    else:
        hour, minute = int(match.group("hour")), int(match.group("minute"))
        second = int(match.group("second") or 0)
        half = match.group("half")
        if half is not None:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if half in "Pp" else 0)
    if year > LAST_YEAR:
        return None
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:  # a 31 April, a 25 o'clock
        return None


def _not_time(text: str, column: str, order: str) -> ValidationError:
    return ValidationError(
        column,
        f"{column}.not_time",
        #: {column} is a column of the imported file; {example} a date and time in the
        #: order the file writes them, such as 24.10.2026 14:05.
        translate("Importer", "{column} {text} is not a date like {example}.").format(
            column=column, text=quoted(text), example=_EXAMPLES.get(order, _EXAMPLES["dmy"])
        ),
    )


def _checked(moment: datetime, raw: str, column: str) -> datetime:
    if moment.year < FIRST_YEAR:  # a typo; no report could ever show it
        raise ValidationError(
            column,
            f"{column}.too_early",
            #: {column} is a column of the imported file, such as received_at.
            translate("Validation", "{column} {text} is before {year}.").format(
                column=column, text=quoted(raw), year=FIRST_YEAR
            ),
        )
    return moment


def parse_moment(text: str, column: str, order: str = "dmy") -> datetime:
    """A date, with or without its time, as a naive local time (a date alone is 00:00).

    ISO (``2026-10-24``, ``2026-10-24 14:05``, ``2026-10-24T14:05:33``) is always read
    as ISO; otherwise day, month and year in `order` (one of `DATE_ORDERS`), separated
    by ``/``, ``.`` or ``-`` (``24/10/2026``, ``24. 10. 2026``, ``10/24/2026``), the year
    whole or as two digits (20xx), then optionally ``14:05``, ``14:05:33`` or ``14.05``.
    """
    raw = text.strip()
    if _ISO.fullmatch(raw) is not None:  # the usual case, read by the C parser
        try:
            return _checked(datetime.fromisoformat(raw), raw, column)
        except ValueError:
            raise _not_time(raw, column, order) from None
    match = _DATE.fullmatch(raw)
    moment = _moment(match, order) if match is not None else None
    if moment is None:
        raise _not_time(raw, column, order)
    return _checked(moment, raw, column)


def _fits(raw: str) -> tuple[str, ...]:
    """The orders under which one stripped, non-empty text is a valid time."""
    if _ISO.fullmatch(raw) is not None:
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            return ()
        return DATE_ORDERS if moment.year >= FIRST_YEAR else ()
    match = _DATE.fullmatch(raw)
    if match is None:
        return ()
    return tuple(
        order
        for order in DATE_ORDERS
        if (moment := _moment(match, order)) is not None and moment.year >= FIRST_YEAR
    )


def date_orders(texts: Iterable[str]) -> tuple[str, ...]:
    """The orders of `DATE_ORDERS` under which every non-empty text reads as a valid date
    (`parse_moment` accepts it): one means the column's order is plain, several that the
    user must choose, none that some value is no date in any order."""
    left = DATE_ORDERS
    seen: set[str] = set()  # a column repeats its dates; each form is judged once
    for text in texts:
        raw = text.strip()
        if not raw or raw in seen:
            continue
        seen.add(raw)
        fits = _fits(raw)
        if fits != DATE_ORDERS:
            left = tuple(order for order in left if order in fits)
            if not left:
                break
    return left


# --------------------------------------------------------------------------- amounts

# Currency marks written before or after an amount, with or without a space.
_CURRENCY = r"(?:rp\.?|idr|eur|usd|us\$|€|\$)"
_CURRENCY_BEFORE = re.compile(rf"{_CURRENCY}\s*", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(rf"\s*{_CURRENCY}$", re.IGNORECASE)
# ",-" (Indonesian, Slovenian) and ".-" say "whole units, no cents".
_WHOLE_MARK = re.compile(r"[.,]\s*[-–—]{1,2}$")
_MINUS = ("-", "−", "–")
# Spaces people and spreadsheets group thousands with: space, no-break, narrow no-break, thin.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})
_NUMBER = re.compile(r"[0-9]+(?:[., ][0-9]+)*")
_GROUPS = re.compile(r"[., ]")


def _amount_error(column: str, key: str, text: str) -> ValidationError:
    if key == "negative":
        #: {column} is a column of the imported file; {text} the value in it.
        message = translate("Importer", "{column} {text}: an amount cannot be negative.")
    elif key == "decimals":
        #: {column} is a column of the imported file; {text} the value in it.
        message = translate("Importer", "{column} {text} has more than two decimals.")
    elif key == "too_large":
        #: {column} is a column of the imported file; {text} the value in it.
        message = translate("Importer", "{column} {text} is too large an amount.")
    else:
        #: {column} is a column of the imported file; {text} the value in it. The
        #: examples show both ways of writing amounts: keep them as they are.
        message = translate(
            "Importer", "{column} {text} is not an amount like 4.500.000 or 1,234.50."
        )
    return ValidationError(
        column, f"{column}.{key}", message.format(column=column, text=quoted(text))
    )


def _grouped(first: str, groups: list[str]) -> bool:
    """Whether `first` then `groups` are whole units grouped by thousands (``1``, ``234``…)."""
    return 1 <= len(first) <= 3 and first[0] != "0" and all(len(g) == 3 for g in groups)


def _units_and_cents(number: str) -> tuple[str, str] | None:
    """`number` (digits set apart by ``.``, ``,`` or spaces) as its whole units and its
    decimals, by the rules people write by; None if it is no amount."""
    dots, commas = "." in number, "," in number
    if dots and commas:  # both kinds: the last one is the decimal mark
        decimal = "," if number.rfind(",") > number.rfind(".") else "."
    elif " " in number:  # spaces group the thousands: a mark beside them is the decimal one
        decimal = "." if dots else "," if commas else ""
    elif dots or commas:
        mark = "." if dots else ","
        whole, _, last = number.partition(mark)
        # 4.500.000 and 1.500 are grouped thousands; 12.5, 0.500 and 1234.500 decimals
        thousands = mark in last or (len(last) == 3 and _grouped(whole, []))
        decimal = "" if thousands else mark
    else:
        return number, ""
    whole, cents = number, ""
    if decimal:
        whole, _, cents = number.rpartition(decimal)
        if decimal in whole or not cents.isdigit():
            return None
    groups = _GROUPS.split(whole)
    if len(groups) > 1 and (
        len(set(_GROUPS.findall(whole))) != 1 or not _grouped(groups[0], groups[1:])
    ):
        return None
    return "".join(groups), cents


def parse_amount(text: str, column: str) -> int | None:
    """An amount → integer hundredths of the currency (None for an empty cell).

    Thousands may be grouped with ``.``, ``,`` or spaces and the decimals set off with
    ``,`` or ``.``; a currency (``Rp``, ``IDR``, ``€``, ``EUR``, ``$``) may stand before or
    after it, and ``,-`` may end it. With one kind of mark, a mark seen more than once,
    or once before exactly three digits (``1.500``), groups thousands; else it is the
    decimal mark. With both kinds, the last is the decimal mark.
    """
    raw = text.strip()
    if not raw:
        return None
    if len(raw) <= 12 and raw.isascii() and raw.isdigit():  # whole units, the usual case
        return int(raw) * MONEY_SCALE
    body = raw.translate(_SPACES)
    negative = body.startswith(_MINUS)
    if negative:
        body = body[1:].lstrip()
    if (found := _CURRENCY_BEFORE.match(body)) is not None:
        body = body[found.end() :]
        if body.startswith(_MINUS):
            negative, body = True, body[1:].lstrip()
    elif (found := _CURRENCY_AFTER.search(body)) is not None:
        body = body[: found.start()]
    if (found := _WHOLE_MARK.search(body)) is not None:
        body = body[: found.start()]
    body = body.strip()
    if _NUMBER.fullmatch(body) is None:
        raise _amount_error(column, "not_amount", raw)
    split = _units_and_cents(body)
    if split is None:
        raise _amount_error(column, "not_amount", raw)
    whole, decimals = split
    if len(whole.lstrip("0")) > len(str(MAX_MONEY_CENTS // MONEY_SCALE)) - 1:
        raise _amount_error(column, "too_large", raw)  # (told before int() reads 5000 digits)
    if len(decimals) > 2:
        if decimals[2:].strip("0"):
            raise _amount_error(column, "decimals", raw)
        decimals = decimals[:2]
    cents = int(whole) * MONEY_SCALE + int(decimals.ljust(2, "0") or 0)
    if negative and cents:
        raise _amount_error(column, "negative", raw)
    return cents


# ---------------------------------------------------------------------------- phones

_FORMULA_TEXT = re.compile(r'=\s*"(.*)"', re.DOTALL)  # Excel's ="+386…" keeps a text a text
_NUMBER_CELL = re.compile(r"\+?[0-9]+\.0+")  # 6281234567.0: a number cell read as a float


def phone_text(text: str) -> str:
    """A phone cell with what a spreadsheet did to it undone: spaces around, an
    ``="…"`` wrapper, quotes around, a leading apostrophe, a ``.0`` of a number cell."""
    raw = text.strip().translate(_SPACES)
    if (found := _FORMULA_TEXT.fullmatch(raw)) is not None:
        raw = found.group(1).strip()
    while len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        raw = raw[1:-1].strip()
    if raw.startswith("'"):
        raw = raw[1:].lstrip()
    if _NUMBER_CELL.fullmatch(raw) is not None:
        raw = raw.partition(".")[0]
    return raw


# ----------------------------------------------------------------------------- words

_NOT_WORD = re.compile(r"[\W_]+")
# A hyphen inside a word joins it ("E-mail" is "email", "E-pošta" "eposta").
_INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])[-‐‑](?=[^\W\d_])")


@functools.lru_cache(maxsize=4096)
def word_key(text: str) -> str:
    """`text` as words compare: case and accents folded (``Številka`` is ``stevilka``),
    a hyphen inside a word dropped, any other punctuation, ``_`` or space run one space."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _INNER_HYPHEN.sub("", folded)
    return _NOT_WORD.sub(" ", folded).strip()


def word_lookup(groups: Iterable[tuple[str, Iterable[str]]]) -> dict[str, str]:
    """(value, words that mean it)… → a table from each word's `word_key` to its value;
    a word listed for two values keeps the first."""
    table: dict[str, str] = {}
    for value, words in groups:
        for word in words:
            key = word_key(word)
            if key:
                table.setdefault(key, value)
    return table


#: The outcome keys and words shops and other programs write for them (en, id, sl).
OUTCOME_WORDS: dict[str, tuple[str, ...]] = {
    "open": (
        "open", "opened", "pending", "in progress", "waiting", "new",
        "terbuka", "proses", "diproses", "menunggu", "belum", "baru",
        "odprto", "odprt", "v teku", "caka", "čaka", "novo",
    ),
    "purchased": (
        "purchased", "purchase", "bought", "buy", "sold", "won", "win", "closed won", "sale",
        "beli", "membeli", "dibeli", "terjual", "jadi", "jadi beli", "laku", "deal", "closing",
        "kupil", "kupila", "kupili", "kupljeno", "kupljen", "prodano", "prodan", "nakup",
    ),
    "lost": (
        "lost", "lose", "no sale", "not sold", "not bought", "closed lost", "cancelled",
        "canceled", "declined",
        "batal", "dibatalkan", "gagal", "hilang", "tidak jadi", "tidak beli", "tidak membeli",
        "izgubljeno", "izgubljen", "ni kupil", "ni kupila", "ni kupil a", "ni kupljeno",
        "ni prodano", "odpovedano", "preklicano",
    ),
}  # fmt: skip

# The program's own outcome names, translated wherever it shows them.
_OUTCOME_NAMES = {"open": "Open", "purchased": "Purchased", "lost": "Lost"}
_OUTCOME_CONTEXTS = ("ExportRows", "EnquiryModel", "CustomerTexts")


@functools.cache
def _outcomes() -> dict[str, str]:
    own = [
        (key, every_translation(context, name))
        for context in _OUTCOME_CONTEXTS
        for key, name in _OUTCOME_NAMES.items()
    ]
    return word_lookup([*((key, (key,)) for key in OUTCOME_WORDS), *own, *OUTCOME_WORDS.items()])


def outcome_key(text: str) -> str | None:
    """``open``, ``purchased`` or ``lost`` for an outcome as written (the key, the
    program's shown name in any of its languages, or a common word); None for an
    empty or unknown one (an empty outcome is open: that is the caller's to say)."""
    raw = text.strip()
    if not raw:
        return None
    found = _outcomes().get(raw)  # the keys themselves, most files' case
    return found if found is not None else _outcomes().get(word_key(raw))


_YES_WORDS = ("yes", "y", "true", "1", "x", "ya", "iya", "ada", "benar", "da", "ja")
_NO_WORDS = (
    "no", "n", "false", "0", "tidak", "tdk", "tidak ada", "bukan", "salah", "ne", "ni", "nein",
)  # fmt: skip
_YES_MARKS = frozenset("✓✔☑")
_NO_MARKS = frozenset("✗✘☐-–—")


@functools.cache
def _yes_no() -> dict[str, bool]:
    yes = ("yes", (*_YES_WORDS, *every_translation("ExportRows", "yes")))
    no = ("no", (*_NO_WORDS, *every_translation("ExportRows", "no")))
    return {key: value == "yes" for key, value in word_lookup([yes, no]).items()}


def yes_no(text: str) -> bool | None:
    """True or False for a yes/no cell written in English, Indonesian or Slovenian
    (``yes``, ``ya``, ``da``, ``x``, ``1``, ``✓``…; an empty cell is no); None when it
    is neither."""
    raw = text.strip()
    if not raw:
        return False
    if raw in _YES_MARKS:
        return True
    if raw in _NO_MARKS:
        return False
    return _yes_no().get(word_key(raw))


__all__ = [
    "DATE_ORDERS",
    "OUTCOME_WORDS",
    "date_orders",
    "outcome_key",
    "parse_amount",
    "parse_moment",
    "phone_text",
    "word_key",
    "word_lookup",
    "yes_no",
]
