"""The month's enquiries as a CSV file: one row each, every recorded fact.

The file is for other programs as much as for a spreadsheet, so its figures are
written the same whatever the user's language: UTF-8 with a byte-order mark (Excel
then reads the accents right), comma-separated, times as ``YYYY-MM-DD HH:MM``,
money as plain decimals (``1234.50``), minutes with a decimal point. The header row
(`export_rows.headings`, as in the workbook) and the words in the cells are in the
user's language. Text cells that could run as formulas are neutralised
(`services.exports.neutralise`); the file appears whole or not at all.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from enquirydesk.domain.month import Month
from enquirydesk.services import export_rows
from enquirydesk.services.context import Context, Progress


def _time(value: datetime | None) -> str:
    return "" if value is None else value.isoformat(" ", "minutes")  # 2026-10-01 09:15


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _number(value: float | int | None) -> str:
    return "" if value is None else str(value)


CELL: dict[str, Callable[[Any], str]] = {
    "id": _number,
    "count": _number,
    "minutes": _number,
    "time": _time,
    "money": _money,
    "text": export_rows.neutralise,
}


def write_csv(ctx: Context, month: Month, path: Path, progress: Progress | None = None) -> None:
    """Write `month`'s enquiries to `path` as CSV; `progress(done, total)` → False cancels."""
    cells = [CELL[column.kind] for column in export_rows.COLUMNS]
    with export_rows.atomic_output(Path(path)) as temp:
        with (
            open(temp, "w", encoding="utf-8-sig", newline="") as handle,
            ctx.store.snapshot(),
        ):
            steps = export_rows.Steps(progress, export_rows.month_total(ctx, month))
            writer = csv.writer(handle)
            writer.writerow([export_rows.neutralise(h) for h in export_rows.headings()])
            with contextlib.closing(export_rows.month_rows(ctx, month)) as rows:
                for row in rows:
                    writer.writerow([cell(value) for cell, value in zip(cells, row, strict=True)])
                    steps.advance()
        steps.tell()


__all__ = ["write_csv"]
