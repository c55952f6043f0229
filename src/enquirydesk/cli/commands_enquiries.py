"""Logging: `demo` (demo data in a new, empty database, in the shop's country), `add`
(one enquiry) and `import` (history from a spreadsheet, with what the user may want to
know about how the file was read, or a whole exported shop).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from enquirydesk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    CommandLine,
    UsageError,
    _err,
    _open,
    _out,
    _owner_pin,
    _terminal_progress,
)
from enquirydesk.i18n import translate

if TYPE_CHECKING:
    from enquirydesk.services.context import Context


def cmd_demo(args: argparse.Namespace) -> int:
    from enquirydesk.services import demo, overview, settings

    ctx = _open(args)
    country = _demo_country(ctx, args)
    if country:
        if overview.has_enquiries(ctx):
            raise UsageError(
                translate(
                    "CommandLine",
                    "Demo data goes into a new, empty database; {path} already has enquiries.",
                ).format(path=ctx.store.location)
            )
        settings.update(ctx, {"shop.country": country})
    progress = _terminal_progress(translate("CommandLine", "Demo data"))
    result = demo.generate(ctx, args.enquiries, args.seed, progress=progress)
    customers = CommandLine.tr("%Ln customers", None, result.customers)
    _out(
        CommandLine.tr(
            "Added %Ln demo enquiries from {customers} to {path}.",
            None,
            result.enquiries,
        ).format(customers=customers, path=ctx.store.path)
    )
    return EXIT_OK


#: The country a demo shop is in when only the language says: Indonesian in Indonesia,
#: Slovenian in Slovenia.
COUNTRY_OF_LANGUAGE = {"id": "ID", "sl": "SI"}


def _demo_country(ctx: Context, args: argparse.Namespace) -> str:
    """The country the demo shop should be in, if it must change: `--country`, else (a shop
    with no country yet) the one of `--lang`; "" to leave the shop's as it is."""
    import phonenumbers

    if args.country:
        code = args.country.strip().upper()
        if code not in phonenumbers.SUPPORTED_REGIONS:
            raise UsageError(
                translate(
                    "CommandLine", "{code} is not a country code; use two letters like ID or SI."
                ).format(code=args.country)
            )
        return code if code != ctx.settings.country else ""
    if ctx.settings.country:
        return ""
    return COUNTRY_OF_LANGUAGE.get(args.lang or "", "")


def cmd_add(args: argparse.Namespace) -> int:
    from enquirydesk.services import staff
    from enquirydesk.services.enquiries import NewEnquiry, log_enquiry

    ctx = _open(args)
    staff_id = staff.find_by_name(args.staff)["id"] if args.staff else None
    changes = log_enquiry(
        ctx,
        NewEnquiry(
            channel=args.channel,
            name=args.name,
            phone=args.phone,
            email=args.email,
            interest=args.interest,
            details=args.notes,
            source=args.source,
            staff_id=staff_id,
            answered_now=args.answered,
            referred_by=args.referred_by,
        ),
    )
    _out(str(changes.created_id("enquiry")))  # committed before it is printed
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from enquirydesk.services import all_data, catalogs, importer
    from enquirydesk.store.models import Channel

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(translate("CommandLine", "There is no file {path}.").format(path=path))
    ctx = _open(args)
    _owner_pin(args, ctx)
    progress = _terminal_progress(translate("CommandLine", "Import"))
    if all_data.is_all_data(path):
        return _import_all(ctx, path, args, progress)
    plan = importer.load_plan(Path(args.map), path) if args.map else importer.ImportPlan()
    choices = {
        "encoding": args.encoding,
        "sheet": args.sheet,
        "date_order": args.dates,
        "default_channel": args.channel and catalogs.key_for(Channel, args.channel),
    }
    if args.channel and choices["default_channel"] is None:
        raise UsageError(
            translate(
                "CommandLine", "There is no channel {name}; the channels are: {names}."
            ).format(name=repr(args.channel), names=", ".join(catalogs.names(Channel).values()))
        )
    plan = replace(plan, **{k: v for k, v in choices.items() if v})
    inspection = importer.inspect(ctx, path, plan)
    result = importer.import_file(
        ctx,
        path,
        inspection.plan,
        dry_run=args.dry_run,
        skip_bad=args.skip_bad,
        progress=progress,
        inspection=inspection,
    )
    if result.bad and args.rejected:
        written = importer.write_rejected(result, Path(args.rejected).expanduser().absolute())
        _err(
            CommandLine.tr("%Ln bad rows written to {file}.", None, len(result.bad)).format(
                file=written
            )
        )
    if result.rows > len(result.bad):
        _tell_reading(ctx, inspection, args)
    for bad in result.bad:
        print(f"{path.name}: {bad}", file=sys.stderr)
    good = result.rows - len(result.bad)
    bad = len(result.bad)
    bad_of_all = CommandLine.tr("%Ln of {rows} rows are bad", None, bad).format(
        rows=ctx.formats.count(result.rows)
    )
    if result.bad and not args.skip_bad and not args.dry_run:
        _err(
            translate(
                "CommandLine",
                "nothing was imported: {bad_rows} (listed above); correct them, or import "
                "the good rows with --skip-bad.",
            ).format(bad_rows=bad_of_all)
        )
        return EXIT_FAILED
    if good == 0:
        if result.rows == 0:
            _err(
                translate("CommandLine", "nothing to import: {file} has no rows.").format(
                    file=path.name
                )
            )
        else:
            _err(
                translate("CommandLine", "nothing to import: {file} has no good rows.").format(
                    file=path.name
                )
            )
        return EXIT_FAILED
    details = _import_details(ctx, result)
    skipped = CommandLine.tr("; %Ln bad rows skipped", None, bad) if result.bad else ""
    if result.dry_run:
        if result.bad and not args.skip_bad:
            _out(
                CommandLine.tr(
                    "Checked {file}: {bad_rows}; with --skip-bad, %Ln enquiries would be "
                    "imported ({details}).",
                    None,
                    good,
                ).format(file=path.name, bad_rows=bad_of_all, details=details)
            )
            return EXIT_FAILED
        _out(
            CommandLine.tr(
                "Checked {file}: %Ln enquiries would be imported ({details}){skipped}.",
                None,
                good,
            ).format(file=path.name, details=details, skipped=skipped)
        )
        return EXIT_OK
    _out(
        CommandLine.tr(
            "Imported %Ln enquiries from {file} ({details}){skipped}.",
            None,
            result.imported,
        ).format(file=path.name, details=details, skipped=skipped)
    )
    return EXIT_OK


def _tell_reading(ctx: Context, inspection: Any, args: argparse.Namespace) -> None:
    """On stderr, what the user may want to know about how the file was read: the columns
    left out, and an order of day and month that was a guess."""
    from enquirydesk.domain import import_columns
    from enquirydesk.domain.import_values import quoted

    path = Path(args.file)
    pairs = list(zip(inspection.header, inspection.plan.columns, strict=True))
    skipped = [
        quoted(name) if name else str(n) for n, (name, field) in enumerate(pairs, 1) if not field
    ]
    if skipped:
        more = len(skipped) - 5  # by a plain name: lupdate takes no other count for a plural
        shown = ", ".join(skipped[:5])
        if more > 0:
            shown = CommandLine.tr("{names} and %Ln more", None, more).format(names=shown)
        _err(
            translate(
                "CommandLine",
                "{file}: columns not imported (not recognised): {columns}; --map reads them.",
            ).format(file=path.name, columns=shown)
        )
    if args.dry_run:  # checking a file: how each column is read
        used = [
            f"{quoted(name)[1:-1]} → {import_columns.label(field)}"
            for name, field in pairs
            if field
        ]
        _err(
            translate("CommandLine", "{file}: columns read: {columns}.").format(
                file=path.name, columns="; ".join(used)
            )
        )
    if inspection.dates_ambiguous and not args.dates and not args.map:
        _err(
            translate(
                "CommandLine",
                "{file}: the dates read either way round; they were read as {order}. If that "
                "is wrong, give --dates.",
            ).format(file=path.name, order=inspection.plan.date_order)
        )


def _import_all(ctx: Context, path: Path, args: argparse.Namespace, progress: Any) -> int:
    """A whole exported shop brought back into this (empty) database."""
    from enquirydesk.services import all_data

    if args.dry_run or args.skip_bad or args.map:
        raise UsageError(
            translate(
                "CommandLine",
                "{file} is a whole exported shop: it is brought back as it is, without "
                "--dry-run, --skip-bad or --map.",
            ).format(file=path.name)
        )
    result = all_data.import_all(ctx, path, progress)
    _out(str(result))
    return EXIT_OK


def _import_details(ctx: Context, result: Any) -> str:
    """What an import brings besides its enquiries, in one clause."""
    parts = [
        CommandLine.tr("%Ln new customers", None, result.new_customers),
        CommandLine.tr("%Ln rows for customers already known", None, result.known_customers),
        CommandLine.tr("%Ln with feedback", None, result.feedback),
        CommandLine.tr("%Ln follow-ups still to do", None, result.followups),
    ]
    details = ", ".join(parts)
    if result.new_staff:
        details += translate("CommandLine", "; new staff: {names}").format(
            names=", ".join(result.new_staff)
        )
    return details
