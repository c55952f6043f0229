"""The command line. No command starts the window.

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
from typing import TYPE_CHECKING, Any, NoReturn

from enquirydesk import __version__, i18n
from enquirydesk.i18n import QT_TRANSLATE_NOOP, Texts, translate

CommandLine = Texts("CommandLine")

if TYPE_CHECKING:
    from enquirydesk.services.context import Context

PROG = "enquirydesk"

EXIT_OK = 0
EXIT_FAILED = 1  # the command could not do its work (bad value, damaged file, ...)
EXIT_USAGE = 2  # the command line itself is wrong
EXIT_INTERRUPTED = 130
LANGUAGES = tuple(i18n.LANGUAGES)


class UsageError(Exception):
    """A mistake on the command line, reported as one sentence."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one sentence, no usage dump
        raise UsageError(
            translate("CommandLine", "{message} (see `{program} --help`).").format(
                message=f"{message[0].upper()}{message[1:]}", program=self.prog
            )
        )


#: argparse's own words (it asks gettext for them; `_speak` hands them to `translate`).
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("ArgumentParser", "usage: "),
    QT_TRANSLATE_NOOP("ArgumentParser", "positional arguments"),
    QT_TRANSLATE_NOOP("ArgumentParser", "options"),
    QT_TRANSLATE_NOOP("ArgumentParser", "show this help message and exit"),
    QT_TRANSLATE_NOOP("ArgumentParser", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("ArgumentParser", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected one argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("ArgumentParser", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "one of the arguments %s is required"),
)


def _speak(language: str) -> None:
    """Speak `language` from now on, argparse's words included."""
    i18n.install(language)
    argparse._ = lambda text: translate("ArgumentParser", text)  # type: ignore[attr-defined]


def _requested_language(argv: Sequence[str]) -> str | None:
    """``--lang`` read before the parser is built, so that its help and errors speak it."""
    for index, word in enumerate(argv):
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


#: Adds one command to the parser: its name and its help.
Command = Callable[[str, str], argparse.ArgumentParser]


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=translate(
            "CommandLine",
            "EnquiryDesk: log sales enquiries, answer fast, follow up, see the month. "
            "Without a command, the window opens.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"EnquiryDesk {__version__}",
        # argparse of Python 3.11 leaves its own words for this one untranslated
        help=translate("ArgumentParser", "show program's version number and exit"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=translate(
            "CommandLine", "the database file (default: $ENQUIRYDESK_DB, else your own data folder)"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        metavar="CODE",
        help=translate("CommandLine", "interface language: en, id or sl"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help, description=help)

    _enquiry_commands(command)
    _report_commands(command)
    _privacy_commands(command)
    _care_commands(command)
    return parser


def _enquiry_commands(command: Command) -> None:
    """Logging: demo data, one enquiry, and history imported."""
    demo = command(
        "demo", translate("CommandLine", "fill a new, empty database with realistic demo data")
    )
    demo.add_argument(
        "--enquiries",
        type=_positive,
        default=10_000,
        metavar="N",
        help=translate("CommandLine", "how many (default 10000)"),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=translate("CommandLine", "the same seed gives the same data"),
    )
    demo.add_argument(
        "--country",
        metavar="CC",
        help=translate(
            "CommandLine",
            "the shop's country as a two-letter code (ID, SI, GB…); default: the shop's, "
            "else your system's, else the one of --lang",
        ),
    )

    add = command("add", translate("CommandLine", "log one enquiry; prints its id"))
    add.add_argument(
        "--channel",
        required=True,
        metavar="KEY",
        help=translate("CommandLine", "phone, walk_in, email, web_form, social, chat or other"),
    )
    add.add_argument(
        "--name", default="", metavar="TEXT", help=translate("CommandLine", "the customer's name")
    )
    add.add_argument("--phone", default="", metavar="NUMBER")
    add.add_argument("--email", default="", metavar="ADDRESS")
    add.add_argument(
        "--interest",
        default="",
        metavar="TEXT",
        help=translate("CommandLine", "what they asked about"),
    )
    add.add_argument("--notes", default="", metavar="TEXT")
    add.add_argument(
        "--source", metavar="KEY", help=translate("CommandLine", "how they heard of the shop")
    )
    add.add_argument(
        "--staff", metavar="NAME", help=translate("CommandLine", "who took the enquiry")
    )
    add.add_argument(
        "--referred-by",
        type=int,
        metavar="CUSTOMER_ID",
        help=translate("CommandLine", "the customer who recommended the shop"),
    )
    add.add_argument(
        "--answered",
        action="store_true",
        help=translate("CommandLine", "answered on the spot (response time 0)"),
    )

    _import_command(command)


def _import_command(command: Command) -> None:
    """`import`: history from a spreadsheet, or a whole exported shop."""
    importing = command(
        "import",
        translate(
            "CommandLine", "import history from a CSV, XLSX or ODS file, or a whole exported shop"
        ),
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument(
        "--map",
        metavar="MAPPING.json",
        help=translate("CommandLine", "read the columns as a saved mapping says"),
    )
    importing.add_argument(
        "--dates",
        choices=("dmy", "mdy", "ymd"),
        help=translate("CommandLine", "the order of day, month and year in the file's dates"),
    )
    importing.add_argument(
        "--channel",
        metavar="NAME",
        help=translate("CommandLine", "the channel of every row, for a file without one"),
    )
    importing.add_argument(
        "--encoding", metavar="NAME", help=translate("CommandLine", "the text file's encoding")
    )
    importing.add_argument(
        "--sheet", metavar="NAME", help=translate("CommandLine", "the workbook's sheet to read")
    )
    importing.add_argument(
        "--rejected",
        metavar="FILE.csv",
        help=translate("CommandLine", "write the bad rows to this file, to fix and import again"),
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CommandLine", "check the file, import nothing"),
    )
    importing.add_argument(
        "--skip-bad",
        action="store_true",
        help=translate("CommandLine", "import the good rows, list the bad"),
    )
    _pin_option(importing)


def _report_commands(command: Command) -> None:
    """The month: its report, and exports (one month, or all data)."""
    report = command("report", translate("CommandLine", "the figures of one month"))
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--format", choices=("text", "json"), default="text")
    export = command(
        "export",
        translate("CommandLine", "export one month as CSV, Excel or PDF, or all data (--all)"),
    )
    export.add_argument("--month", metavar="YYYY-MM")
    export.add_argument(
        "--all",
        action="store_true",
        help=translate(
            "CommandLine",
            "every record, to move to another PC or program: xlsx, or csv (a ZIP of CSV files)",
        ),
    )
    export.add_argument("--format", choices=("csv", "xlsx", "pdf"), required=True)
    export.add_argument("--out", required=True, metavar="FILE")
    _pin_option(export)


def _privacy_commands(command: Command) -> None:
    """Customers' data: exported for them, forgotten, and deleted enquiries purged."""
    customer_data = command(
        "customer-data",
        translate(
            "CommandLine",
            "everything held about one customer, for them: JSON or PDF by the file's name",
        ),
    )
    _customer_option(customer_data)
    customer_data.add_argument("--out", required=True, metavar="FILE.json|FILE.pdf")
    _pin_option(customer_data)
    forget = command(
        "forget",
        translate(
            "CommandLine",
            "erase one customer's personal data for good, keeping the figures (asks first)",
        ),
    )
    _customer_option(forget)
    forget.add_argument(
        "--yes",
        action="store_true",
        help=translate("CommandLine", "forget them without asking (for scripts)"),
    )
    _pin_option(forget)
    purge = command(
        "purge",
        translate(
            "CommandLine",
            "remove deleted enquiries for good, with what was written on them (asks first)",
        ),
    )
    purge.add_argument(
        "--older-than",
        type=_positive,
        metavar="DAYS",
        help=translate("CommandLine", "only those deleted more than DAYS days ago"),
    )
    purge.add_argument(
        "--yes",
        action="store_true",
        help=translate("CommandLine", "purge them without asking (for scripts)"),
    )
    _pin_option(purge)


def _care_commands(command: Command) -> None:
    """Follow-ups, and the file's care: backups, moving, restoring, checking, retention and
    a forgotten PIN."""
    followups = command("followups", translate("CommandLine", "list open follow-ups"))
    followups.add_argument(
        "--due",
        choices=("today", "overdue"),
        help=translate("CommandLine", "only those due today, or overdue"),
    )

    backup = command("backup", translate("CommandLine", "make a checked copy of the database"))
    backup.add_argument(
        "--out",
        metavar="FILE",
        help=translate("CommandLine", "where to write it (a file or a folder)"),
    )
    moving = command(
        "move",
        translate(
            "CommandLine",
            "copy the whole shop into a new file or an empty database on the shop's server, "
            "and check the copy",
        ),
    )
    moving.add_argument(
        "--to",
        required=True,
        metavar="TARGET",
        help=translate("CommandLine", "postgresql://user@host/database, or the path of a new file"),
    )
    _pin_option(moving)
    restore = command("restore", translate("CommandLine", "replace the database with a backup"))
    restore.add_argument("file", metavar="FILE")
    _pin_option(restore)
    command("check", translate("CommandLine", "check the database for damage"))
    retention = command(
        "retention",
        translate(
            "CommandLine",
            "forget customers who never bought and have not enquired for the months chosen "
            "in Settings → Privacy",
        ),
    )
    retention.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CommandLine", "list who would be forgotten; forget nobody"),
    )
    retention.add_argument(
        "--months",
        type=_positive,
        metavar="N",
        help=translate("CommandLine", "with --dry-run: after N months instead of the setting"),
    )
    retention.add_argument(
        "--yes",
        action="store_true",
        help=translate("CommandLine", "forget them without asking (for scripts)"),
    )
    reset = command(
        "reset-pin",
        translate("CommandLine", "remove a forgotten owner's PIN with the recovery key"),
    )
    reset.add_argument(
        "--recovery-key",
        metavar="KEY",
        help=translate("CommandLine", "the key shown when the PIN was set (else asked)"),
    )


def _customer_option(command: argparse.ArgumentParser) -> None:
    """Which customer a command is about: by phone number, e-mail address or number."""
    which = command.add_mutually_exclusive_group(required=True)
    which.add_argument("--phone", metavar="NUMBER")
    which.add_argument("--email", metavar="ADDRESS")
    which.add_argument("--customer", type=_positive, metavar="ID")


def _pin_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--pin",
        metavar="PIN",
        help=translate(
            "CommandLine", "the owner's PIN, once set (else $ENQUIRYDESK_PIN, or asked)"
        ),
    )


def _positive(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{text} is not a whole number").format(text=repr(text))
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{text} must be at least 1").format(text=repr(text))
        )
    return value


# -- helpers ---------------------------------------------------------------------------


def _out(text: str = "") -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(f"{PROG}: {text}", file=sys.stderr, flush=True)


def _actor_name() -> str:
    from enquirydesk.services.context import user_name

    user = user_name()
    if user:
        return translate("CommandLine", "{user} (command line)").format(user=user)
    return translate("CommandLine", "command line")


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
    from enquirydesk.services import servers, settings
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store.database import Store

    path = paths.database_path(args.db)
    if must_exist and isinstance(path, Path) and not path.exists():
        raise UsageError(
            translate(
                "CommandLine", "There is no database at {path}; give another with --db."
            ).format(path=path)
        )
    # The full check runs in the window and `check`; a command must start in milliseconds.
    password = servers.password_for(path) if servers.is_address(path) else None
    store = Store.open(path, verify=False, password=password)
    ctx = Context(store, Actor(_actor_name()))
    _opened.append(ctx)
    if store.report.created and locale_country():
        settings.update(ctx, {"shop.country": locale_country()})
    if not args.lang:  # the language chosen in the shop's Settings, else the system's
        from enquirydesk.domain import settings as declared

        saved = str(ctx.settings[declared.LANGUAGE])
        _speak(i18n.choose_language(None, saved, i18n.system_languages()))
    if store.report.backup is not None:
        _err(
            translate(
                "CommandLine", "Upgraded {path}; a backup of the old file is at {backup}."
            ).format(path=path, backup=store.report.backup)
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
        pin = _secret(args, "pin", "ENQUIRYDESK_PIN", translate("CommandLine", "The owner's PIN: "))
        security.check_owner_pin(ctx, pin)


def _terminal_progress(label: str) -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None
    from enquirydesk.domain.formats import Formats

    counts = Formats(i18n.current_language())

    def show(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        end = "\n" if done >= total else ""
        line = translate("CommandLine", "{label}: {percent}% ({done} of {total})").format(
            label=label,
            percent=f"{percent:3d}",
            done=counts.count(done),
            total=counts.count(total),
        )
        print(f"\r{line}", end=end, file=sys.stderr, flush=True)

    return show


# -- commands --------------------------------------------------------------------------


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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "add": cmd_add,
    "import": cmd_import,
    "report": cmd_report,
    "export": cmd_export,
    "customer-data": cmd_customer_data,
    "forget": cmd_forget,
    "purge": cmd_purge,
    "followups": cmd_followups,
    "check": cmd_check,
    "retention": cmd_retention,
    "backup": cmd_backup,
    "move": cmd_move,
    "restore": cmd_restore,
    "reset-pin": cmd_reset_pin,
}


def main(argv: Sequence[str] | None = None) -> int:
    from enquirydesk.domain.errors import EnquiryDeskError

    args = None
    words = list(sys.argv[1:] if argv is None else argv)
    _speak(i18n.choose_language(_requested_language(words), None, i18n.system_languages()))
    try:
        args = _parser().parse_args(words)
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
        _err(str(error))
        return EXIT_USAGE
    except EnquiryDeskError as error:
        _err(str(error))
        return EXIT_FAILED
    except BrokenPipeError:  # `enquirydesk followups | head`: the reader had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        print(file=sys.stderr)
        _err(translate("CommandLine", "interrupted; nothing of the unfinished command was saved."))
        return EXIT_INTERRUPTED
    except OSError as error:
        if error.filename:
            _err(
                translate("CommandLine", "{reason} ({file}).").format(
                    reason=error.strerror or error, file=error.filename
                )
            )
        else:
            _err(translate("CommandLine", "{reason}.").format(reason=error.strerror or error))
        return EXIT_FAILED
    except Exception as error:  # SQLite's words for the disk or the file, or a bug
        from enquirydesk import paths
        from enquirydesk.services.problems import explain

        known = explain(error, path=paths.database_path(getattr(args, "db", None)))
        if not isinstance(known, EnquiryDeskError):
            raise
        _err(str(known))
        return EXIT_FAILED
