"""The command line's parser: the commands in their groups (logging, the month, customers'
data, follow-ups and the file's care), their options and their help, in the language
spoken; a mistake in it is one sentence (`_Parser.error`).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import NoReturn

from enquirydesk import __version__, i18n
from enquirydesk.cli.common import PROG, UsageError
from enquirydesk.i18n import translate

LANGUAGES = tuple(i18n.LANGUAGES)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one sentence, no usage dump
        raise UsageError(
            translate("CommandLine", "{message} (see `{program} --help`).").format(
                message=f"{message[0].upper()}{message[1:]}", program=self.prog
            )
        )


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
