"""Keep ``resources/translations/qtbase_<lang>.ts`` up to date: the words of Qt's own
widgets that EnquiryDesk shows (dialog buttons, the line edits' context menu, the
print preview, the file dialog…), which Qt ships in no Indonesian and no current
Slovenian catalogue.

Qt's source texts are read from a catalogue PySide6 does ship (German: it covers all
of qtbase), so they match the installed Qt exactly. Translations already made are
kept; new texts are added unfinished; texts Qt no longer has are dropped.
Run by ``make translations``.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from enquirydesk.i18n import Catalog

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"id": "id_ID", "sl": "sl_SI"}

#: The contexts of Qt's that the program's windows can show.
CONTEXTS = (
    "QPlatformTheme",  # QDialogButtonBox and QMessageBox buttons
    "QDialogButtonBox",
    "QMessageBox",
    "QProgressDialog",
    "QInputDialog",
    "QLineEdit",  # the right-click menus of text fields
    "QWidgetTextControl",
    "QAbstractSpinBox",
    "QScrollBar",
    "QComboBox",
    "QDialog",
    "QFileDialog",  # Qt's own file dialog, where the system has none
    "QFileSystemModel",
    "QAbstractFileIconProvider",  # its Type column: "Folder", "Drive"
    "QPrintPreviewDialog",
    "QPrintDialog",
    "QPrintSettingsOutput",
    "QPrintWidget",
    "QPageSetupWidget",
    "QPrintPropertiesWidget",
    "QUnicodeControlCharacterMenu",
)
#: Key names shown in menus beside their shortcuts ("Ctrl+Shift+U", "Del").
SHORTCUT_KEYS = {
    "Ctrl", "Shift", "Alt", "Meta", "Del", "Delete", "Esc", "Escape", "Return", "Enter",
    "Space", "Backspace", "Ins", "Insert", "Home", "End", "PgUp", "PgDown", "Tab",
    "Up", "Down", "Left", "Right", "Print", "Help",
}  # fmt: skip
#: Technical entries left in English (the Unicode control characters' own names).
SKIP_PREFIXES = ("LRM ", "RLM ", "ZWJ ", "ZWNJ ", "ZWSP ", "LRE ", "RLE ", "LRO ", "RLO ")
SKIP_PREFIXES += ("PDF ", "LRI ", "RLI ", "FSI ", "PDI ", "<h3>About Qt", "<p>Qt is")


def qt_texts() -> dict[str, list[tuple[str, str]]]:
    """context → [(source, comment)] of the installed Qt."""
    qm = Path(PySide6.__file__).parent / "Qt" / "translations" / "qtbase_de.qm"
    found: dict[str, list[tuple[str, str]]] = {}
    for context, source, comment in Catalog.read(qm, "de").messages:
        wanted = context in CONTEXTS or (context == "QShortcut" and source in SHORTCUT_KEYS)
        if wanted and not source.startswith(SKIP_PREFIXES):
            found.setdefault(context, []).append((source, comment))
    return {context: sorted(texts) for context, texts in sorted(found.items())}


def existing(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    if not path.exists():
        return {}
    kept = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            kept[key] = message.find("translation")
    return kept


def write(language: str, texts: dict[str, list[tuple[str, str]]]) -> None:
    path = FOLDER / f"qtbase_{language}.ts"
    kept = existing(path)
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language])
    for context, messages in texts.items():
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source, comment in messages:
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            old = kept.get((context, source, comment))
            if old is not None:
                message.append(old)
            else:
                ET.SubElement(message, "translation", type="unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    print(f"{path.relative_to(ROOT)}: {sum(map(len, texts.values()))} texts of Qt's")


def main() -> int:
    texts = qt_texts()
    for language in LANGUAGES:
        write(language, texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
