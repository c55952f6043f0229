"""The program's words in the user's language.

English is written in the source; Indonesian and Slovenian come from Qt Linguist
catalogues (``resources/translations/enquirydesk_*.ts``, compiled by the build into
``enquirydesk/translations/*.qm``). The window's widgets ask Qt (``self.tr``), which
reads the .qm files through a QTranslator; everything else — the rules, the use
cases, the exports and the command line — asks `translate` here, which reads the very
same .qm files without loading Qt, so a sentence reads the same in a dialog and in a
terminal.

`translate` has Qt's signature (context, text, disambiguation, n) so that
``pyside6-lupdate`` extracts its calls under the context they are looked up with;
`QT_TRANSLATE_NOOP` marks words kept in tables and translated where they are shown.
A text with a count is written ``Importer.tr("%Ln rows", None, count)`` on a module's
``Importer = Texts("Importer")``: lupdate marks plural forms only on ``X.tr(…, n)``
calls, taking the name before ``.tr`` as the context (a test checks that each such
name is its own context).

English is the source, but it has plural forms too: ``enquirydesk_en.ts`` holds only
the texts with a count ("1 enquiry", "2 enquiries").
"""

from __future__ import annotations

import contextlib
import locale as system_locale
import os
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

#: The languages the program speaks, by code, each named in itself.
LANGUAGES = {"en": "English", "id": "Bahasa Indonesia", "sl": "Slovenščina"}
SOURCE_LANGUAGE = "en"
CATALOGUES = Path(__file__).resolve().parent / "translations"

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_QM_MESSAGES = 0x69  # the block of messages; the others (hashes, rules…) are Qt's
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NULL = 0xFFFFFFFF


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for extraction under `context`; it is translated where it is shown."""
    return text


class Texts:
    """The texts of one part of the program: ``Importer = Texts("Importer")``, then
    ``Importer.tr("%Ln rows are bad", None, count)``. The variable's name must be the
    context: it is what lupdate files the texts under."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.context, text, disambiguation, n)


class CatalogError(ValueError):
    """A .qm file that is not one."""


@dataclass
class Catalog:
    """The translations of one language, read from a Qt .qm file."""

    language: str = SOURCE_LANGUAGE
    messages: dict[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path, language: str) -> Catalog:
        data = path.read_bytes()
        if not data.startswith(_QM_MAGIC):
            raise CatalogError(f"{path} is not a Qt translation file.")
        catalog = cls(language)
        position = len(_QM_MAGIC)
        while position + 5 <= len(data):
            tag, length = data[position], struct.unpack_from(">I", data, position + 1)[0]
            position += 5
            if tag == _QM_MESSAGES:
                for context, source, comment, forms in _messages(data, position, length):
                    catalog.messages[(context, source, comment)] = forms
            position += length
        return catalog

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        forms = self.messages.get((context, text, disambiguation or "")) or (
            self.messages.get((context, text, "")) if disambiguation else None
        )
        if forms:
            index = plural_index(self.language, n) if n >= 0 else 0
            text = forms[min(index, len(forms) - 1)] or text
        if n >= 0:
            text = text.replace("%Ln", count_text(n, self.language)).replace("%n", str(n))
        return text


def _messages(data: bytes, start: int, length: int) -> Iterator[tuple[str, str, str, tuple]]:
    """The messages of a .qm block: (context, source, comment, translations)."""
    position, end = start, start + length
    context = source = comment = ""
    forms: list[str] = []
    while position < end:
        tag = data[position]
        position += 1
        if tag == _END:
            yield context, source, comment, tuple(forms)
            context = source = comment = ""
            forms = []
            continue
        if tag == _OBSOLETE1:
            position += 4
            continue
        size = struct.unpack_from(">I", data, position)[0]
        position += 4
        if size == _NULL:
            value = b""
        else:
            value = data[position : position + size]
            position += size
        if tag == _TRANSLATION:
            forms.append(value.decode("utf-16-be"))
        elif tag == _SOURCE:
            source = value.decode("utf-8")
        elif tag == _CONTEXT:
            context = value.decode("utf-8")
        elif tag == _COMMENT:
            comment = value.decode("utf-8")
        else:
            raise CatalogError(f"unknown tag {tag:#x} at byte {position} of a .qm file")


@cache
def _plural_tags(language: str) -> tuple[str, ...]:
    from babel import Locale

    tags = Locale.parse(language).plural_form.tags
    return (*(t for t in ("zero", "one", "two", "few", "many") if t in tags), "other")


def plural_index(language: str, n: int) -> int:
    """Which of a message's plural forms `n` takes: Qt Linguist lists them in CLDR's
    order (Slovenian: 1, 2, 3–4, other; Indonesian has one form; English two)."""
    from babel import Locale

    return _plural_tags(language).index(Locale.parse(language).plural_form(abs(n)))


def plural_count(language: str) -> int:
    return len(_plural_tags(language))


def _grouped(n: int, language: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(n, format="#,##0", locale=language)


_count_writer: Callable[[int], str] | None = None


def write_counts_with(writer: Callable[[int], str] | None) -> None:
    """Write the count of a ``%Ln`` with `writer` from now on (the window gives the shop's
    `Formats.count`, so that a count in a sentence reads as in a table); None: the
    language's own grouping (as `Formats.count` writes it without a country)."""
    global _count_writer
    _count_writer = writer


def count_text(n: int, language: str | None = None) -> str:
    """`n` as a ``%Ln`` in a translated text shows it: "1.500" in Slovenian and
    Indonesian, "1,500" in English (Qt's own ``%Ln`` would follow QLocale instead, which
    leaves Slovenian four-digit numbers ungrouped)."""
    if _count_writer is not None:
        return _count_writer(n)
    return _grouped(n, language or current_language())


def catalogue_path(language: str, name: str = "enquirydesk") -> Path:
    return CATALOGUES / f"{name}_{language}.qm"


@cache
def load(language: str) -> Catalog:
    """The catalogue of `language` (English: its plural forms only). Where its file is
    missing (a checkout not yet built) the texts stay as the source has them."""
    path = catalogue_path(language)
    if not path.exists():
        return Catalog(language)
    return Catalog.read(path, language)


_current: Catalog | None = None  # English until `install`, read when first asked


def install(language: str) -> Catalog:
    """Speak `language` from now on (a code of `LANGUAGES`), its counts grouped its own
    way until `write_counts_with` says otherwise."""
    global _current, _count_writer
    _current = load(language)
    _count_writer = None
    return _current


def current_language() -> str:
    return _current.language if _current is not None else SOURCE_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language, as Qt's ``QCoreApplication.translate`` would give
    it; with `n`, the plural form for `n` and ``%n`` replaced by it."""
    catalog = _current if _current is not None else install(SOURCE_LANGUAGE)
    return catalog.translate(context, text, disambiguation, n)


def every_translation(context: str, text: str) -> set[str]:
    """`text` in every language the program speaks (the importer knows its own export
    headers in all of them)."""
    found = {text}
    for language in LANGUAGES:
        try:
            found.add(load(language).translate(context, text))
        except (CatalogError, OSError):
            continue
    return found


#: Other names systems give the languages: ISO 639-2, Java's old "in", Windows' names.
_LANGUAGE_ALIASES = {
    "in": "id", "ind": "id", "indonesian": "id",
    "slv": "sl", "slovenian": "sl",
    "eng": "en", "english": "en",
}  # fmt: skip


def language_of(tag: str) -> str | None:
    """The language of a locale tag the program speaks: ``sl_SI.UTF-8`` → ``sl``,
    ``id-ID`` → ``id``, ``in`` (Java's old code for Indonesian) → ``id``; else None."""
    code = tag.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    code = _LANGUAGE_ALIASES.get(code, code)
    return code if code in LANGUAGES else None


def system_languages() -> list[str]:
    """The user's languages from the environment (``LANGUAGE``, ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``), then from the system's locale; the window asks Qt."""
    tags = os.environ.get("LANGUAGE", "").split(":")
    tags += [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    with contextlib.suppress(ValueError):  # an unknown locale name in the environment
        tags.append(system_locale.getlocale()[0] or "")
    return [t for t in tags if t and t.split(".")[0] not in ("C", "POSIX")]


def choose_language(requested: str | None, saved: str | None, system: Iterable[str]) -> str:
    """The language to speak: the one asked for (``--lang``), else the one saved in
    Settings, else the system's first the program speaks, else English."""
    for tag in (requested or "", saved or "", *system):
        code = language_of(tag) if tag else None
        if code is not None:
            return code
    return SOURCE_LANGUAGE
