"""The command line (SPEC §6). No command starts the window.

Imports stay lazy: a command never loads Qt, and the window never waits for the
command-line machinery. A user mistake prints one sentence on stderr and exits
non-zero, without a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from enquirydesk import __version__

if TYPE_CHECKING:
    from enquirydesk.services.context import Context

PROG = "enquirydesk"

EXIT_OK = 0
EXIT_FAILED = 1  # the command could not do its work (bad value, damaged file, ...)
EXIT_USAGE = 2  # the command line itself is wrong
EXIT_INTERRUPTED = 130
LANGUAGES = ("en", "id", "sl")


class UsageError(Exception):
    """A mistake on the command line, reported as one sentence."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one sentence, no usage dump
        raise UsageError(f"{message[0].upper()}{message[1:]} (see `{self.prog} --help`).")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="EnquiryDesk: log sales enquiries, answer fast, follow up, see the month. "
        "Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"EnquiryDesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the database file (default: $ENQUIRYDESK_DB, else your own data folder)",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, metavar="CODE", help="interface language: en, id or sl"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="fill a new, empty database with realistic demo data")
    demo.add_argument(
        "--enquiries", type=_positive, default=10_000, metavar="N", help="how many (default 10000)"
    )
    demo.add_argument(
        "--seed", type=int, default=1, metavar="S", help="the same seed gives the same data"
    )

    add = commands.add_parser("add", help="log one enquiry; prints its id")
    add.add_argument(
        "--channel",
        required=True,
        metavar="KEY",
        help="phone, walk_in, email, web_form, social, chat or other",
    )
    add.add_argument("--name", default="", metavar="TEXT", help="the customer's name")
    add.add_argument("--phone", default="", metavar="NUMBER")
    add.add_argument("--email", default="", metavar="ADDRESS")
    add.add_argument("--interest", default="", metavar="TEXT", help="what they asked about")
    add.add_argument("--notes", default="", metavar="TEXT")
    add.add_argument("--source", metavar="KEY", help="how they heard of the shop")
    add.add_argument("--staff", metavar="NAME", help="who took the enquiry")
    add.add_argument(
        "--answered", action="store_true", help="answered on the spot (response time 0)"
    )

    importing = commands.add_parser("import", help="import history from a CSV file")
    importing.add_argument("file", metavar="FILE.csv")
    importing.add_argument("--dry-run", action="store_true", help="check the file, import nothing")
    importing.add_argument(
        "--skip-bad", action="store_true", help="import the good rows, list the bad"
    )
    _pin_option(importing)
    report = commands.add_parser("report", help="the figures of one month")
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--format", choices=("text", "json"), default="text")
    export = commands.add_parser("export", help="export one month as CSV, Excel or PDF")
    export.add_argument("--month", required=True, metavar="YYYY-MM")
    export.add_argument("--format", choices=("csv", "xlsx", "pdf"), required=True)
    export.add_argument("--out", required=True, metavar="FILE")
    _pin_option(export)

    followups = commands.add_parser("followups", help="list open follow-ups")
    followups.add_argument(
        "--due", choices=("today", "overdue"), help="only those due today, or overdue"
    )

    backup = commands.add_parser("backup", help="make a checked copy of the database")
    backup.add_argument("--out", metavar="FILE", help="where to write it (a file or a folder)")
    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", metavar="FILE")
    _pin_option(restore)
    commands.add_parser("check", help="check the database for damage")
    reset = commands.add_parser(
        "reset-pin", help="remove a forgotten owner's PIN with the recovery key"
    )
    reset.add_argument(
        "--recovery-key", metavar="KEY", help="the key shown when the PIN was set (else asked)"
    )
    return parser


def _pin_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--pin", metavar="PIN", help="the owner's PIN, once set (else $ENQUIRYDESK_PIN, or asked)"
    )


def _positive(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


# -- helpers ---------------------------------------------------------------------------


def _out(text: str = "") -> None:
    print(text, flush=True)


def _actor_name() -> str:
    from enquirydesk.services.context import user_name

    user = user_name()
    return f"{user} (command line)" if user else "command line"


def locale_country() -> str:
    """The country of the user's locale (``sl_SI.UTF-8`` → ``SI``), or ``""``."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        code = value.split(".")[0].split("@")[0]
        if "_" in code:
            country = code.split("_")[1]
            if len(country) == 2 and country.isalpha():
                return country.upper()
    return ""


#: The stores a command opened, closed when it ends (the last connection checkpoints).
_opened: list[Context] = []


def _open(args: argparse.Namespace, *, must_exist: bool = False) -> Context:
    from enquirydesk import paths
    from enquirydesk.services import settings
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store.database import Store

    path = paths.database_path(args.db)
    if must_exist and not path.exists():
        raise UsageError(f"There is no database at {path}; give another with --db.")
    # The full check runs in the window and `check`; a command must start in milliseconds.
    store = Store.open(path, verify=False)
    ctx = Context(store, Actor(_actor_name()))
    _opened.append(ctx)
    if store.report.created and locale_country():
        settings.update(ctx, {"shop.country": locale_country()})
    if store.report.backup is not None:
        print(
            f"Upgraded {path}; a backup of the old file is at {store.report.backup}.",
            file=sys.stderr,
        )
    return ctx


def _secret(args: argparse.Namespace, option: str, variable: str, prompt: str) -> str | None:
    """A PIN or key from its option, its environment variable, or asked on a terminal."""
    given = getattr(args, option, None) or os.environ.get(variable)
    if given:
        return given
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return None


def _owner_pin(args: argparse.Namespace, ctx: Context) -> None:
    """Import and export need the owner's PIN once it is set."""
    from enquirydesk.services import security

    if security.owner_pin_set():
        pin = _secret(args, "pin", "ENQUIRYDESK_PIN", "The owner's PIN: ")
        security.check_owner_pin(ctx, pin)


def _terminal_progress(label: str) -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        end = "\n" if done >= total else ""
        print(
            f"\r{label}: {percent:3d}% ({done:,} of {total:,})",
            end=end,
            file=sys.stderr,
            flush=True,
        )

    return show


# -- commands --------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from enquirydesk.services import demo

    ctx = _open(args)
    result = demo.generate(ctx, args.enquiries, args.seed, progress=_terminal_progress("Demo data"))
    _out(
        f"Added {result.enquiries:,} demo enquiries from {result.customers:,} customers "
        f"to {ctx.store.path}."
    )
    return EXIT_OK


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
        ),
    )
    _out(str(changes.created_id("enquiry")))  # committed before it is printed
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from enquirydesk.services import importer

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"There is no file {path}.")
    ctx = _open(args)
    _owner_pin(args, ctx)
    result = importer.import_csv(
        ctx,
        path,
        dry_run=args.dry_run,
        skip_bad=args.skip_bad,
        progress=_terminal_progress("Import"),
    )
    for bad in result.bad:
        print(f"{path.name}: {bad}", file=sys.stderr)
    good = result.rows - len(result.bad)
    if result.bad and not args.skip_bad and not args.dry_run:
        print(
            f"{PROG}: nothing was imported: {len(result.bad):,} of {result.rows:,} rows are bad "
            "(listed above); correct them, or import the good rows with --skip-bad.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    if good == 0:
        what = "has no rows" if result.rows == 0 else "has no good rows"
        print(f"{PROG}: nothing to import: {path.name} {what}.", file=sys.stderr)
        return EXIT_FAILED
    plural = "enquiry" if good == 1 else "enquiries"
    details = (
        f"{result.new_customers:,} new customers, {result.known_customers:,} rows for customers "
        f"already known, {result.feedback:,} with feedback, {result.followups:,} follow-ups "
        "still to do"
    )
    if result.new_staff:
        details += f"; new staff: {', '.join(result.new_staff)}"
    skipped = f"; {len(result.bad):,} bad rows skipped" if result.bad else ""
    if result.dry_run:
        if result.bad and not args.skip_bad:
            _out(
                f"Checked {path.name}: {len(result.bad):,} of {result.rows:,} rows are bad; "
                f"with --skip-bad, {good:,} {plural} would be imported ({details})."
            )
            return EXIT_FAILED
        _out(f"Checked {path.name}: {good:,} {plural} would be imported ({details}){skipped}.")
        return EXIT_OK
    _out(f"Imported {result.imported:,} {plural} from {path.name} ({details}){skipped}.")
    return EXIT_OK


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
            currency=ctx.settings[declared.CURRENCY],
            names=catalogs.report_names(),
            locale=text.user_locale(args.lang),
        ).rstrip("\n")
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from enquirydesk.domain.month import Month
    from enquirydesk.exports import files

    month = Month.parse(args.month)  # a bad month is a mistake before any file work
    ctx = _open(args, must_exist=True)
    _owner_pin(args, ctx)
    label = f"Export {month} as {args.format.upper()}"
    target = Path(args.out).expanduser().absolute()
    written = files.export(ctx, month, args.format, target, _terminal_progress(label))
    _out(str(written))  # printed only once the file is complete under its name
    return EXIT_OK


def cmd_followups(args: argparse.Namespace) -> int:
    from enquirydesk.domain.catalog import AFTER_SALES_TOPICS, FOLLOWUP_KINDS
    from enquirydesk.domain.validation import format_phone
    from enquirydesk.services import followups

    ctx = _open(args, must_exist=True)
    items = followups.list_open(ctx, args.due)
    if not items:
        _out(
            {"today": "Nothing is due today.", "overdue": "Nothing is overdue."}.get(
                args.due or "", "No open follow-ups."
            )
        )
        return EXIT_OK
    kinds = dict(FOLLOWUP_KINDS) | dict(AFTER_SALES_TOPICS)
    now = ctx.now()
    for item in items:
        what = kinds.get(item["topic"] or "", kinds.get(item["kind"], item["kind"]))
        late = "  OVERDUE" if item["remind_at"] < now else ""
        who = item["customer_name"] or "(no name)"
        contact = (
            format_phone(item["customer_phone"])
            if item["customer_phone"]
            else item["customer_email"] or ""
        )
        parts = [
            f"{item['remind_at']:%Y-%m-%d %H:%M}",
            f"#{item['enquiry'] or '-'}",
            what,
            who,
            contact,
            item["interest"] or "",
        ]
        if item["assigned_name"]:
            parts.append(f"for {item['assigned_name']}")
        _out("  ".join(p for p in parts if p) + ("  [priority]" if item["priority"] else "") + late)
    _out(f"{len(items):,} follow-up{'s' if len(items) != 1 else ''}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from enquirydesk import paths
    from enquirydesk.services import maintenance

    result = maintenance.check(paths.database_path(args.db))
    if result.ok:
        _out(f"{result.path}: no problems found (data version {result.version}).")
        return EXIT_OK
    more = f" (and {len(result.problems) - 1} more)" if len(result.problems) > 1 else ""
    print(f"{PROG}: {result.path} has a problem: {result.problems[0]}{more}.", file=sys.stderr)
    return EXIT_FAILED


def cmd_backup(args: argparse.Namespace) -> int:
    from enquirydesk import paths
    from enquirydesk.services import maintenance

    target = maintenance.backup(
        paths.database_path(args.db), args.out, progress=_terminal_progress("Backup")
    )
    _out(str(target))
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
            pin = _secret(args, "pin", "ENQUIRYDESK_PIN", "The owner's PIN: ")
        security.check_file_owner_pin(target, source, pin, datetime.now())
    report = maintenance.restore(target, source)
    kept = f" The previous file was kept at {report.safety_copy}." if report.safety_copy else ""
    _out(f"Restored {target} from {report.restored_from}.{kept}")
    return EXIT_OK


def cmd_reset_pin(args: argparse.Namespace) -> int:
    from enquirydesk.services import security

    ctx = _open(args, must_exist=True)
    if not security.owner_pin_set():
        _out("This shop has no owner's PIN; there is nothing to reset.")
        return EXIT_OK
    key = _secret(args, "recovery_key", "ENQUIRYDESK_RECOVERY_KEY", "The recovery key: ")
    if not key:
        raise UsageError("Give the recovery key written down when the PIN was set.")
    security.reset_owner_pin(ctx, key)
    _out("The owner's PIN was removed; set a new one in Settings → Security.")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "add": cmd_add,
    "import": cmd_import,
    "report": cmd_report,
    "export": cmd_export,
    "followups": cmd_followups,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "reset-pin": cmd_reset_pin,
}


def main(argv: Sequence[str] | None = None) -> int:
    from enquirydesk.domain.errors import EnquiryDeskError

    args = None
    try:
        args = _parser().parse_args(argv)
        if args.command is None:
            from enquirydesk import app

            return app.run(args.db, args.lang)
        from enquirydesk.services import maintenance

        maintenance.remove_leftovers()  # what a killed backup or export left behind
        try:
            return COMMANDS[args.command](args)
        finally:
            while _opened:
                _opened.pop().store.close()
    except UsageError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except EnquiryDeskError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(
            f"\n{PROG}: interrupted; nothing of the unfinished command was saved.", file=sys.stderr
        )
        return EXIT_INTERRUPTED
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        print(f"{PROG}: {error.strerror or error}{where}.", file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:  # SQLite's words for the disk or the file, or a bug
        from enquirydesk import paths
        from enquirydesk.services.problems import explain

        known = explain(error, path=paths.database_path(getattr(args, "db", None)))
        if not isinstance(known, EnquiryDeskError):
            raise
        print(f"{PROG}: {known}", file=sys.stderr)
        return EXIT_FAILED
