"""What every command shares: the program's name and exit codes, `UsageError` (a mistake
on the command line, one sentence), speaking a language (argparse's own words included),
printing (`_out`, `_err`), opening the database with the right name and language
(`_open`; `run.main` closes what was opened), a PIN or key from its option, environment
variable or the terminal (`_secret`, `_owner_pin`) and progress on the terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from enquirydesk import i18n
from enquirydesk.i18n import QT_TRANSLATE_NOOP, Texts, translate

CommandLine = Texts("CommandLine")

if TYPE_CHECKING:
    from enquirydesk.services.context import Context

PROG = "enquirydesk"

EXIT_OK = 0
EXIT_FAILED = 1  # the command could not do its work (bad value, damaged file, ...)
EXIT_USAGE = 2  # the command line itself is wrong
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """A mistake on the command line, reported as one sentence."""


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
