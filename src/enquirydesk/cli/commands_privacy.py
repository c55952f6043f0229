"""Customers' data: `customer-data` (everything held about one customer, for them),
`forget` (one customer's personal data erased for good, asked first) and `purge`
(deleted enquiries removed for good, asked first).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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


def cmd_customer_data(args: argparse.Namespace) -> int:
    from enquirydesk.exports import customer_data as files
    from enquirydesk.services import privacy

    target = Path(args.out).expanduser().absolute()
    files.format_of(target)  # a wrong name is a mistake before any file work
    ctx = _open(args, must_exist=True)
    _owner_pin(args, ctx)
    customer_id = privacy.find_customer(
        ctx, phone=args.phone, email=args.email, customer_id=args.customer
    )
    label = translate("CommandLine", "Data of customer {number}").format(number=customer_id)
    written = files.write(ctx, customer_id, target, _terminal_progress(label))
    _out(str(written))  # printed only once the file is complete under its name
    return EXIT_OK


def cmd_forget(args: argparse.Namespace) -> int:
    from enquirydesk.services import privacy

    ctx = _open(args, must_exist=True)
    _owner_pin(args, ctx)
    customer_id = privacy.find_customer(
        ctx, phone=args.phone, email=args.email, customer_id=args.customer
    )
    who = privacy.describe(ctx, customer_id)
    enquiries = who.enquiries
    facts = [f"#{who.id}", who.label]
    if who.forgotten_at is None:
        facts += [who.phone, who.email, who.handle]
    facts.append(CommandLine.tr("%Ln enquiries", None, enquiries))
    _out("  ".join(dict.fromkeys(f for f in facts if f)))  # a name-less one: the number once
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(
                translate(
                    "CommandLine",
                    "Forgetting cannot be undone: give --yes to forget customer {number} "
                    "without being asked.",
                ).format(number=who.id)
            )
        _out(
            translate(
                "CommandLine",
                "Their name, phone numbers, e-mail addresses, handle, notes and what was "
                "written about them go for good; their enquiries stay as anonymous records. "
                "This cannot be undone.",
            )
        )
        if who.name and who.forgotten_at is None:
            question = translate("CommandLine", "Type the customer's name to confirm: ")
        else:
            question = translate("CommandLine", "Type {text} to confirm: ").format(
                text=who.confirmation
            )
        try:
            typed = input(question)
        except EOFError:
            typed = ""
        if not privacy.confirms(ctx, who, typed):
            _err(translate("CommandLine", "That is not what was asked for; nobody was forgotten."))
            return EXIT_FAILED
    privacy.forget(
        ctx, [who.id], progress=_terminal_progress(translate("CommandLine", "Forgetting"))
    )
    _out(
        CommandLine.tr(
            "Forgot customer {number}: %Ln enquiries kept as anonymous records.", None, enquiries
        ).format(number=who.id)
    )
    _out(privacy.backups_sentence(ctx))
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from enquirydesk.services import privacy, purge

    ctx = _open(args, must_exist=True)
    _owner_pin(args, ctx)
    found = purge.deleted(ctx, args.older_than)
    if not found.count:
        if args.older_than:
            _out(
                CommandLine.tr(
                    "No enquiry was deleted more than %Ln days ago; nothing was purged.",
                    None,
                    args.older_than,
                )
            )
        else:
            _out(translate("CommandLine", "There are no deleted enquiries; nothing was purged."))
        return EXIT_OK
    since = ctx.formats.long_date(found.since) if found.since is not None else ""
    _out(
        CommandLine.tr(
            "%Ln deleted enquiries would be purged (the first deleted on {date}).",
            None,
            found.count,
        ).format(date=since)
    )
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(
                translate(
                    "CommandLine",
                    "Purging cannot be undone: give --yes to purge them without being asked.",
                )
            )
        question = translate(
            "CommandLine",
            "Remove them for good, with their contacts, follow-ups and feedback? Their "
            "customers stay. This cannot be undone. [y/N] ",
        )
        try:
            answer = input(question).strip().lower()
        except EOFError:
            answer = ""
        if answer not in {"y", "yes", translate("CommandLine", "yes").lower()}:
            _out(translate("CommandLine", "Nothing was purged."))
            return EXIT_OK
    changes = purge.purge(
        ctx, args.older_than, progress=_terminal_progress(translate("CommandLine", "Purging"))
    )
    if changes.operation_id is None:  # brought back this very moment
        _out(translate("CommandLine", "There are no deleted enquiries; nothing was purged."))
        return EXIT_OK
    _out(f"{changes.summary}.")  # as the change log says it
    _out(privacy.backups_sentence(ctx))
    return EXIT_OK
