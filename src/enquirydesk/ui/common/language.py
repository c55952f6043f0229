"""The window speaking the chosen language: Qt's translators for the program's own texts
and for Qt's (dialog buttons, the text fields' menus, the print preview), the catalogue
the rest of the program reads (`enquirydesk.i18n`), and Qt's default locale, so that
day names, spin boxes and date editors agree with `Formats`.

The language is chosen when the window starts; a change in Settings applies at the
next start (the window says so).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from enquirydesk import i18n
from enquirydesk.ui.common import formatting

_installed: list[QTranslator] = []
_RESTART = "enquirydeskRestart"


class CountingTranslator(QTranslator):
    """The program's catalogue for Qt, a count's ``%Ln`` written as the program writes
    counts everywhere (`i18n.count_text`: the shop's `Formats.count`), not by QLocale:
    Qt follows CLDR's minimum grouping and writes Slovenian "1500", where the program's
    formatter, its tables, reports and command line write "1.500"."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = super().translate(context, source, disambiguation, n)
        if n >= 0 and "%Ln" in (text or source):
            return (text or source).replace("%Ln", i18n.count_text(n))
        return text or None  # None, not "": Qt asks the next catalogue, else shows the source


def system_languages() -> list[str]:
    """The user's languages as the system gives them (``sl-SI``, ``en-GB``…), then the
    environment's."""
    return [*QLocale.system().uiLanguages(), *i18n.system_languages()]


def choose(requested: str | None, saved: str | None = None) -> str:
    return i18n.choose_language(requested, saved, system_languages())


def apply(language: str, locale_tag: str | None = None) -> None:
    """Speak `language` (``en``, ``id``, ``sl``) from now on, with numbers and dates of
    `locale_tag` (the shop's `Formats.tag`; the language's own when not given)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.install(language)
    i18n.write_counts_with(lambda n: formatting.current().count(n))
    for name in ("qtbase", "enquirydesk"):  # English has its plural forms in one too
        path = i18n.catalogue_path(language, name)
        translator = CountingTranslator(app) if name == "enquirydesk" else QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(locale_tag or language))


def ask_restart() -> None:
    """Mark the program to start again once its event loop ends (a new language)."""
    QCoreApplication.instance().setProperty(_RESTART, True)


def restart_asked() -> bool:
    app = QCoreApplication.instance()
    return app is not None and bool(app.property(_RESTART))


def restart_command(
    argv: Sequence[str], executable: str, frozen: bool, database: str | None = None
) -> list[str]:
    """The command that starts the program again as it was started, minus ``--lang``
    (the language just chosen in Settings is to be spoken); on `database` instead of the
    one it was started on, when given (the window went to another one meanwhile)."""
    arguments: list[str] = []
    skip = False
    dropped = ("--lang", "--db") if database else ("--lang",)
    for argument in argv[1:]:
        if skip:
            skip = False
        elif argument in dropped:
            skip = True
        elif not argument.startswith(tuple(f"{option}=" for option in dropped)):
            arguments.append(argument)
    if database:
        arguments += ["--db", database]
    if frozen:
        return [executable, *arguments]
    return [executable, "-m", "enquirydesk", *arguments]


def reset() -> None:
    """Back to English and the system's locale (tests)."""
    apply(i18n.SOURCE_LANGUAGE, QLocale.system().name())
