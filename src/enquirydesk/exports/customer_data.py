"""A customer's data as a file: JSON for a program, PDF for the customer to read.

The window and the command line both call `write`; the format follows the file's
name (``.json`` or ``.pdf``). Both are made from one `services.customer_data` value,
so they say the same. The JSON is that value as it is (UTF-8, indented, letters as
they are, not escaped); the PDF (`exports.customer_pdf`, which needs Qt) is only
loaded for a PDF. Either file is written whole or not at all
(`services.export_rows.atomic_output`), readable by the user only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from enquirydesk.i18n import translate
from enquirydesk.services.context import Cancelled, Context, Progress
from enquirydesk.services.customer_data import customer_data
from enquirydesk.services.export_rows import ExportError, atomic_output, refuse_database_target

#: The file formats, by the file name's ending.
FORMATS = {".json": "json", ".pdf": "pdf"}


def format_of(path: Path) -> str:
    """``json`` or ``pdf`` from the file's name; a clear sentence for any other."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise ExportError(
            translate(
                "CustomerData", "{file}: give a file name that ends in .json or .pdf."
            ).format(file=Path(path).name)
        )
    return fmt


def cancelled() -> Cancelled:
    return Cancelled(translate("CustomerData", "The export was cancelled; no file was written."))


def json_text(data: dict[str, Any]) -> str:
    """The value as the JSON file holds it."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_json(data: dict[str, Any], path: Path) -> None:
    """`data` as a UTF-8 JSON file at `path`, whole or not at all."""
    with atomic_output(Path(path)) as temporary:
        temporary.write_bytes(json_text(data).encode("utf-8"))  # "\n" on every system


def write(ctx: Context, customer_id: int, path: Path, progress: Progress | None = None) -> Path:
    """Everything held about the customer, written to `path` as its name says (JSON or
    PDF); returns the path written. `progress(done, total)` answering False cancels:
    `Cancelled` is raised and no file is left behind."""
    path = Path(path).expanduser()
    fmt = format_of(path)
    refuse_database_target(ctx, path)
    if progress is not None and progress(0, 1) is False:
        raise cancelled()
    data = customer_data(ctx, customer_id)
    if fmt == "json":
        write_json(data, path)
        if progress is not None:
            progress(1, 1)
    else:
        from enquirydesk.exports.customer_pdf import write_pdf

        write_pdf(ctx, data, path, progress)
    return path


__all__ = ["FORMATS", "format_of", "json_text", "write", "write_json"]
