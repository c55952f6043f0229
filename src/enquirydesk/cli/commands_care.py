"""Follow-ups and the file's care: `followups` (the open ones), `retention` (customers
who never bought forgotten after the months chosen), `check`, `backup`, `move` (to
another file or a server), `restore` and `reset-pin` (a forgotten owner's PIN removed
with the recovery key).
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
    _secret,
    _terminal_progress,
)
from enquirydesk.i18n import translate


def cmd_followups(args: argparse.Namespace) -> int:
    from enquirydesk.domain import catalog
    from enquirydesk.services import followups
    from enquirydesk.services.customers import shown_name

    ctx = _open(args, must_exist=True)
    items = followups.list_open(ctx, args.due)
    if not items:
        if args.due == "today":
            _out(translate("CommandLine", "Nothing is due today."))
        elif args.due == "overdue":
            _out(translate("CommandLine", "Nothing is overdue."))
        else:
            _out(translate("CommandLine", "No open follow-ups."))
        return EXIT_OK
    kinds = catalog.names(catalog.FOLLOWUP_KINDS) | catalog.names(catalog.AFTER_SALES_TOPICS)
    formats = ctx.formats
    now = ctx.now()
    for item in items:
        what = kinds.get(item["topic"] or "", kinds.get(item["kind"], item["kind"]))
        who = shown_name(item["customer_name"], item["customer_forgotten_at"]) or translate(
            "CommandLine", "(no name)"
        )
        contact = formats.phone(item["customer_phone"]) or item["customer_email"] or ""
        parts = [
            formats.when(item["remind_at"]),
            f"#{item['enquiry'] or '-'}",
            what,
            who,
            contact,
            item["interest"] or "",
        ]
        if item["assigned_name"]:
            parts.append(translate("CommandLine", "for {name}").format(name=item["assigned_name"]))
        if item["priority"]:
            parts.append(translate("CommandLine", "[priority]"))
        if item["remind_at"] < now:
            parts.append(translate("CommandLine", "OVERDUE"))
        _out("  ".join(p for p in parts if p))
    _out(CommandLine.tr("%Ln follow-ups.", None, len(items)))
    return EXIT_OK


def cmd_retention(args: argparse.Namespace) -> int:
    from enquirydesk.services import retention

    if args.months is not None and not args.dry_run:
        raise UsageError(
            translate(
                "CommandLine",
                "--months only previews (with --dry-run); choose the months that count in "
                "Settings → Privacy.",
            )
        )
    ctx = _open(args, must_exist=True)
    months = args.months or retention.months_setting(ctx)
    if months <= 0:
        _out(
            translate(
                "CommandLine",
                "Retention is off (Settings → Privacy): nobody is forgotten. --dry-run "
                "--months N lists who would be.",
            )
        )
        return EXIT_OK
    found = retention.candidates(ctx, months)
    people = len(found)
    formats = ctx.formats
    quiet = CommandLine.tr("no enquiry for %Ln months", None, months)
    if args.dry_run:
        for candidate in found:
            enquiries = candidate.enquiries
            _out(
                "  ".join((
                    f"#{candidate.id}",
                    candidate.name,
                    translate("CommandLine", "last enquiry {date}").format(
                        date=formats.date(candidate.last_enquiry_at)
                    ),
                    CommandLine.tr("%Ln enquiries", None, enquiries),
                ))
            )  # fmt: skip
        _out(
            CommandLine.tr(
                "%Ln customers who never bought would be forgotten ({quiet}).", None, people
            ).format(quiet=quiet)
        )
        return EXIT_OK
    if not found:
        _out(translate("CommandLine", "Nobody is due to be forgotten."))
        return EXIT_OK
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(
                CommandLine.tr(
                    "%Ln customers would be forgotten; give --yes to forget them without "
                    "being asked.",
                    None,
                    people,
                )
            )
        question = CommandLine.tr(
            "Forget %Ln customers who never bought ({quiet})? This cannot be undone. [y/N] ",
            None,
            people,
        ).format(quiet=quiet)
        answer = input(question).strip().lower()
        if answer not in {"y", "yes", translate("CommandLine", "yes").lower()}:
            _out(translate("CommandLine", "Nobody was forgotten."))
            return EXIT_OK
    changes = retention.apply(
        ctx, progress=_terminal_progress(translate("CommandLine", "Forgetting"))
    )
    if changes is None:  # the last of them enquired or bought this very moment
        _out(translate("CommandLine", "Nobody is due to be forgotten."))
    else:  # its summary says how many, as the change log does
        _out(f"{changes.summary}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from enquirydesk import paths
    from enquirydesk.services import maintenance

    result = maintenance.check(paths.database_path(args.db))
    if result.ok:
        _out(
            translate("CommandLine", "{path}: no problems found (data version {version}).").format(
                path=result.path, version=result.version
            )
        )
        return EXIT_OK
    more = len(result.problems) - 1
    if more:
        _err(
            CommandLine.tr("{path} has a problem: {problem} (and %n more).", None, more).format(
                path=result.path, problem=result.problems[0]
            )
        )
    else:
        _err(
            translate("CommandLine", "{path} has a problem: {problem}.").format(
                path=result.path, problem=result.problems[0]
            )
        )
    return EXIT_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    from enquirydesk import paths
    from enquirydesk.services import maintenance

    if paths.is_server_address(paths.database_path(args.db)):
        ctx = _open(args)
        _out(str(maintenance.server_backup(ctx.store, args.out)))
        return EXIT_OK
    target = maintenance.backup(
        paths.database_path(args.db),
        args.out,
        progress=_terminal_progress(translate("CommandLine", "Backup")),
    )
    _out(str(target))
    return EXIT_OK


def cmd_move(args: argparse.Namespace) -> int:
    from enquirydesk import paths
    from enquirydesk.services import move

    ctx = _open(args, must_exist=True)
    _owner_pin(args, ctx)  # the whole shop leaves with its secrets: the owner's to do
    source = ctx.store.location
    ctx.store.close()
    target = paths.database_path(args.to)
    moved = move.move(
        paths.database_path(args.db),
        target,
        progress=_terminal_progress(translate("CommandLine", "Moving")),
    )
    _out(
        translate(
            "CommandLine",
            "Moved the shop from {source} to {target}: {rows} rows, the reports of {months} "
            "months compared and the same. {source} was left as it was.",
        ).format(source=source, target=moved.target, rows=moved.rows, months=moved.months)
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from datetime import datetime

    from enquirydesk import paths
    from enquirydesk.services import maintenance, security

    target = paths.database_path(args.db)
    source = Path(args.file).expanduser()
    if target.is_file() and source.is_file():
        pin = None
        if security.file_needs_pin(target, source):
            pin = _secret(
                args, "pin", "ENQUIRYDESK_PIN", translate("CommandLine", "The owner's PIN: ")
            )
        security.check_file_owner_pin(target, source, pin, datetime.now())
    report = maintenance.restore(target, source)
    if report.safety_copy:
        _out(
            translate(
                "CommandLine",
                "Restored {path} from {backup}. The previous file was kept at {copy}.",
            ).format(path=target, backup=report.restored_from, copy=report.safety_copy)
        )
    else:
        _out(
            translate("CommandLine", "Restored {path} from {backup}.").format(
                path=target, backup=report.restored_from
            )
        )
    return EXIT_OK


def cmd_reset_pin(args: argparse.Namespace) -> int:
    from enquirydesk.services import security

    ctx = _open(args, must_exist=True)
    if not security.owner_pin_set():
        _out(translate("CommandLine", "This shop has no owner's PIN; there is nothing to reset."))
        return EXIT_OK
    key = _secret(
        args,
        "recovery_key",
        "ENQUIRYDESK_RECOVERY_KEY",
        translate("CommandLine", "The recovery key: "),
    )
    if not key:
        raise UsageError(
            translate("CommandLine", "Give the recovery key written down when the PIN was set.")
        )
    security.reset_owner_pin(ctx, key)
    _out(
        translate(
            "CommandLine", "The owner's PIN was removed; set a new one in Settings → Security."
        )
    )
    return EXIT_OK
