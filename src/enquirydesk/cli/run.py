"""`main`: the command line read (in the language asked for), then the window opened or
the command run, and every way it can end turned into an exit code: a user's mistake or
a failure is one sentence on stderr, without a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from enquirydesk import i18n
from enquirydesk.cli.commands_care import (
    cmd_backup,
    cmd_check,
    cmd_followups,
    cmd_move,
    cmd_reset_pin,
    cmd_restore,
    cmd_retention,
)
from enquirydesk.cli.commands_enquiries import cmd_add, cmd_demo, cmd_import
from enquirydesk.cli.commands_privacy import cmd_customer_data, cmd_forget, cmd_purge
from enquirydesk.cli.commands_reports import cmd_export, cmd_report
from enquirydesk.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    _err,
    _opened,
    _speak,
)
from enquirydesk.cli.parser import _parser
from enquirydesk.i18n import translate


def _requested_language(argv: Sequence[str]) -> str | None:
    """``--lang`` read before the parser is built, so that its help and errors speak it."""
    for index, word in enumerate(argv):
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


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
