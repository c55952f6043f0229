"""One entry point for the month's export files, whatever the format.

The command line and the window both call `export`; each format's writer is
imported only when asked for, so a CSV export never loads XlsxWriter, and neither
ever loads Qt, which only the PDF writer needs.
"""

from __future__ import annotations

from pathlib import Path

from enquirydesk.domain.month import Month
from enquirydesk.i18n import translate
from enquirydesk.services.context import Context, Progress
from enquirydesk.services.export_rows import ExportError, refuse_database_target

FORMATS = ("csv", "xlsx", "pdf")


def export(
    ctx: Context, month: Month, fmt: str, path: Path, progress: Progress | None = None
) -> Path:
    """Write `month` as `fmt` to `path` (whole, or not at all); returns the path written.

    `progress(done, total)` answering False cancels: `Cancelled` is raised and no
    file is left behind.
    """
    path = Path(path).expanduser()
    refuse_database_target(ctx, path)
    if fmt == "csv":
        from enquirydesk.exports.csv_file import write_csv

        write_csv(ctx, month, path, progress)
    elif fmt == "xlsx":
        from enquirydesk.exports.xlsx import write_xlsx

        write_xlsx(ctx, month, path, progress)
    elif fmt == "pdf":
        from enquirydesk.exports.pdf import write_pdf

        write_pdf(ctx, month, path, progress)
    else:
        raise ExportError(
            translate("Export", "{format} is not an export format; use one of: {formats}.").format(
                format=repr(fmt), formats=", ".join(FORMATS)
            )
        )
    return path


__all__ = ["FORMATS", "export"]
