"""A cell of an export of all data read back into the value its column stores: whole
numbers, 1 or 0, times to the second, text (a CSV file's leading apostrophe taken off)
and the settings' JSON; a cell that cannot be what its column holds raises `Bad` with
the reason, for the message that names it.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from enquirydesk.i18n import translate
from enquirydesk.store import dump


class Bad(Exception):
    """A cell that cannot be what its column holds: the reason, for the message."""


def _needed() -> Bad:
    return Bad(translate("AllData", "a value is needed"))


def whole(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        return int(value)
    raise Bad(
        translate("AllData", "a whole number is needed, not {value}").format(value=repr(value))
    )


_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no"}


def _flag(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float) and value in (0, 1):
        return int(value)
    if isinstance(value, str):
        word = value.strip().casefold()
        if word in _TRUE:
            return 1
        if word in _FALSE:
            return 0
    raise Bad(translate("AllData", "1 or 0 is needed, not {value}").format(value=repr(value)))


def _moment(value: Any) -> str:
    if isinstance(value, datetime):
        if value.microsecond:  # a spreadsheet's day fraction: the nearest second
            value = (value + timedelta(microseconds=500_000)).replace(microsecond=0)
        return value.isoformat(" ", "seconds")
    if isinstance(value, date):  # a time at midnight reads as a date
        return datetime.combine(value, time()).isoformat(" ", "seconds")
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(value.strip()).isoformat(" ", "seconds")
    raise Bad(
        translate("AllData", "a date and time like 2026-10-01 09:15:00 is needed, not {value}")
        .format(value=repr(value))
    )  # fmt: skip


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():  # digits a spreadsheet took for a number
        return str(int(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise Bad(translate("AllData", "text is needed, not {value}").format(value=repr(value)))


def cell_reader(column: dump.Column, csv_text: bool) -> Callable[[Any], Any]:
    """What turns a cell of `column` into its stored value (or raises `Bad`). The usual
    cells — a CSV file's text, a workbook's numbers, dates and strings as written — take
    the shortest way: an import converts millions of them."""
    kind, nullable = column.kind, column.nullable

    def missing() -> None:
        if nullable:
            return None
        raise _needed()

    if kind == "text":
        empty = None if nullable else ""
        if csv_text:

            def text(value: str) -> str | None:
                if not value:
                    return empty
                return value[1:] if value[0] == "'" else value

            return text

        def cell_text(value: Any) -> str | None:
            if value == "" or value is None:
                return empty
            return value if type(value) is str else _text(value)

        return cell_text
    if kind == "int":

        def whole(value: Any) -> int | None:
            if type(value) is float and value.is_integer():
                return int(value)
            if value == "" or value is None:
                return missing()
            if type(value) is str:
                try:
                    return int(value)
                except ValueError:
                    pass
            return whole(value)

        return whole
    if kind == "time":

        def moment(value: Any) -> str | None:
            if type(value) is str:
                if not value:
                    return missing()
                if len(value) == 19 and value[10] == " ":  # as stored, if it is a time
                    try:
                        datetime.fromisoformat(value)
                        return value
                    except ValueError:
                        pass
            elif type(value) is datetime and not value.microsecond:
                return value.isoformat(" ", "seconds")
            elif value is None:
                return missing()
            return _moment(value)

        return moment

    def flag(value: Any) -> int | None:
        if value == "" or value is None:
            return missing()
        return _flag(value)

    return flag


def json_cell(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        text = parse(value)
        try:
            json.loads(text)
        except ValueError:
            raise Bad(translate("AllData", "a JSON value is needed")) from None
        return text

    return convert
