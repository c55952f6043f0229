"""The month: `report` (its figures, as text or JSON) and `export` (one month as CSV,
Excel or PDF, or every record with --all).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from enquirydesk.cli.common import (
    EXIT_OK,
    PROG,
    UsageError,
    _open,
    _out,
    _owner_pin,
    _terminal_progress,
)
from enquirydesk.i18n import translate


def cmd_report(args: argparse.Namespace) -> int:
    import json

    from enquirydesk.domain import settings as declared
    from enquirydesk.domain.month import Month
    from enquirydesk.services import catalogs, report

    month = Month.parse(args.month)  # a bad month is a mistake before any file work
    ctx = _open(args, must_exist=True)
    figures = report.monthly(ctx, month)
    if args.format == "json":
        _out(json.dumps(figures, ensure_ascii=False, indent=2))
        return EXIT_OK
    from enquirydesk.exports import text

    _out(
        text.render(
            figures,
            shop=ctx.settings[declared.SHOP_NAME],
            names=catalogs.report_names(),
            formats=ctx.formats,
        ).rstrip("\n")
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from enquirydesk.domain.month import Month
    from enquirydesk.exports import files

    def usage(message: str) -> UsageError:  # as the parser words its own mistakes
        return UsageError(
            translate("CommandLine", "{message} (see `{program} --help`).").format(
                message=message, program=f"{PROG} export"
            )
        )

    if args.all:
        if args.month is not None:
            raise usage(translate("CommandLine", "--all exports every month: leave out --month"))
        if args.format == "pdf":
            raise usage(translate("CommandLine", "--all writes xlsx or csv, not pdf"))
    elif args.month is None:
        missing = translate("ArgumentParser", "the following arguments are required: %s")
        missing %= "--month"
        raise usage(f"{missing[0].upper()}{missing[1:]}")
    month = None if args.all else Month.parse(args.month)  # a mistake before any file work
    ctx = _open(args, must_exist=True)
    _owner_pin(args, ctx)
    target = Path(args.out).expanduser().absolute()
    if month is None:  # every record, to move to another PC or program
        from enquirydesk.services import all_data

        label = translate("CommandLine", "Export all data as {format}").format(
            format=args.format.upper()
        )
        written = all_data.export_all(ctx, args.format, target, _terminal_progress(label))
        _out(str(written))  # printed only once the file is complete under its name
        return EXIT_OK
    label = translate("CommandLine", "Export {month} as {format}").format(
        month=ctx.formats.month(month), format=args.format.upper()
    )
    written = files.export(ctx, month, args.format, target, _terminal_progress(label))
    _out(str(written))  # printed only once the file is complete under its name
    return EXIT_OK
