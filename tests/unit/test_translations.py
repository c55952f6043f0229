"""Every text of the program is extracted under the context it is looked up with and
translated in every catalogue: ``make translations`` leaves nothing unfinished."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from support import qt_tool

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "enquirydesk"
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("id", "sl")
LUPDATE = ["-silent", "-no-obsolete", "-locations", "none", "-extensions", "py"]

Key = tuple[str, str, str]


def messages(path: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def untranslated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return True
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if message.get("numerus") == "yes" else [translation.text]
    return not texts or not all(t and t.strip() for t in texts)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The catalogues as lupdate leaves them after reading today's source."""
    folder = tmp_path_factory.mktemp("lupdate")
    updated = {}
    for language in (*LANGUAGES, "en"):
        copy = folder / f"enquirydesk_{language}.ts"
        shutil.copy(CATALOGUES / copy.name, copy)
        plurals = ["-pluralonly"] if language == "en" else []
        subprocess.run(
            [qt_tool("lupdate"), *LUPDATE, *plurals, str(SOURCE), "-ts", str(copy)], check=True
        )
        updated[language] = copy
    return updated


def test_no_text_is_extracted_without_a_context(extracted: dict[str, Path]) -> None:
    homeless = sorted(s for (context, s, _) in messages(extracted["sl"]) if not context.strip())
    assert homeless == [], "texts lupdate finds outside any context (translate them by name)"


def test_no_text_lands_in_the_context_of_a_variable(extracted: dict[str, Path]) -> None:
    """`parent.tr(…)`, `view.tr`, `page.tr` are extracted under "parent"… but looked up under
    the object's class: they could never be translated."""
    contexts = {context for (context, _, _) in messages(extracted["sl"])}
    assert sorted(c for c in contexts if c[:1].islower()) == []


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_the_catalogue_is_up_to_date_with_the_source(
    extracted: dict[str, Path], language: str
) -> None:
    stored = set(messages(CATALOGUES / f"enquirydesk_{language}.ts"))
    now = set(messages(extracted[language]))
    assert sorted(now - stored) == [], "new texts: run make translations and translate them"
    assert sorted(stored - now) == [], "texts no longer used: run make translations"


@pytest.mark.parametrize(
    ("language", "name"),
    [(lang, name) for lang in LANGUAGES for name in ("enquirydesk", "qtbase")]
    + [("en", "enquirydesk")],
)
def test_every_text_is_translated(language: str, name: str) -> None:
    missing = [
        f"{context}: {source}"
        for (context, source, _), message in messages(CATALOGUES / f"{name}_{language}.ts").items()
        if untranslated(message)
    ]
    assert missing == []


def test_texts_with_a_count_have_plural_forms(extracted: dict[str, Path]) -> None:
    """lupdate marks plural forms only on `X.tr(text, disambiguation, n)` calls; a count
    passed to `translate(…)` would give "1 enquiries"."""
    single = sorted(
        f"{context}: {source}"
        for (context, source, _), message in messages(extracted["sl"]).items()
        if "%n" in source.replace("%Ln", "%n") and message.get("numerus") != "yes"
    )
    assert single == []


def test_each_texts_object_is_named_as_its_context() -> None:
    """`Importer = Texts("Importer")`: lupdate files `Importer.tr(…)` under the name."""
    import ast

    wrong = []
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", "") == "Texts"
            ):
                name = node.targets[0].id  # type: ignore[attr-defined]
                context = node.value.args[0].value  # type: ignore[attr-defined]
                if name != context:
                    wrong.append(f"{path.name}: {name} = Texts({context!r})")
    assert wrong == []


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_translations_keep_their_placeholders(language: str) -> None:
    """A translation that loses or renames a {placeholder} would fail at run time."""
    import re

    wrong = []
    for (context, source, _), message in messages(
        CATALOGUES / f"enquirydesk_{language}.ts"
    ).items():
        wanted = sorted(set(re.findall(r"\{[a-z_]*(?::[^}]*)?\}", source)))
        translation = message.find("translation")
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            text = form.text or ""
            if sorted(set(re.findall(r"\{[a-z_]*(?::[^}]*)?\}", text))) != wanted:
                wrong.append(f"{context}: {source!r} → {text!r}")
            counted = "%n" in source.replace("%Ln", "%n")
            if counted and "%n" not in text.replace("%Ln", "%n") and language != "en":
                wrong.append(f"{context}: {source!r} → {text!r} (no %n)")
    assert wrong == []
