"""The program's own reader of Qt's .qm catalogues agrees with Qt; the language is
chosen as the README says; plural forms follow each language's rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enquirydesk import i18n
from enquirydesk.domain.formats import Formats
from enquirydesk.i18n import Catalog, choose_language, plural_index
from support import compile_catalogue

SLOVENIAN = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl_SI">
<context><name>Today</name>
  <message><source>Overdue</source><translation>Zamuja</translation></message>
  <message><source>Open</source><comment>an enquiry still open</comment>
    <translation>Odprto</translation></message>
  <message><source>Open</source><translation>Odpri</translation></message>
  <message numerus="yes"><source>%n enquiries waiting</source><translation>
    <numerusform>%n povpraševanje čaka</numerusform>
    <numerusform>%n povpraševanji čakata</numerusform>
    <numerusform>%n povpraševanja čakajo</numerusform>
    <numerusform>%n povpraševanj čaka</numerusform>
  </translation></message>
  <message numerus="yes"><source>%Ln rows</source><translation>
    <numerusform>%Ln vrstica</numerusform><numerusform>%Ln vrstici</numerusform>
    <numerusform>%Ln vrstice</numerusform><numerusform>%Ln vrstic</numerusform>
  </translation></message>
  <message><source>Not yet</source><translation type="unfinished">Še ne</translation></message>
</context>
<context><name>Catalog</name>
  <message><source>Overdue</source><translation>Zapadlo</translation></message>
</context>
</TS>
"""


@pytest.fixture(scope="module")
def slovenian(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogue(SLOVENIAN, tmp_path_factory.mktemp("qm"))


def test_a_message_is_found_under_its_context_and_disambiguation(slovenian: Path) -> None:
    catalog = Catalog.read(slovenian, "sl")
    assert catalog.translate("Today", "Overdue") == "Zamuja"
    assert catalog.translate("Catalog", "Overdue") == "Zapadlo"
    assert catalog.translate("Today", "Open", "an enquiry still open") == "Odprto"
    assert catalog.translate("Today", "Open") == "Odpri"
    assert catalog.translate("Today", "Open", "a comment nobody wrote") == "Odpri"
    assert catalog.translate("Elsewhere", "Overdue") == "Overdue"
    assert catalog.translate("Today", "Not yet") == "Not yet"  # unfinished: English


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "1 povpraševanje čaka"),
        (2, "2 povpraševanji čakata"),
        (3, "3 povpraševanja čakajo"),
        (4, "4 povpraševanja čakajo"),
        (5, "5 povpraševanj čaka"),
        (0, "0 povpraševanj čaka"),
        (101, "101 povpraševanje čaka"),
        (102, "102 povpraševanji čakata"),
        (111, "111 povpraševanj čaka"),
    ],
)
def test_slovenian_has_four_plural_forms(slovenian: Path, n: int, expected: str) -> None:
    assert Catalog.read(slovenian, "sl").translate("Today", "%n enquiries waiting", None, n) == (
        expected
    )


def test_a_grouped_count_is_written_the_language_s_way(slovenian: Path) -> None:
    catalog = Catalog.read(slovenian, "sl")
    assert catalog.translate("Today", "%Ln rows", None, 4000) == "4.000 vrstic"
    assert Catalog("en").translate("Today", "%Ln rows", None, 4000) == "4,000 rows"
    assert Catalog("en").translate("Today", "%n rows", None, 4000) == "4000 rows"


def test_the_window_writes_a_count_with_the_shop_s_formatter(slovenian: Path) -> None:
    catalog = Catalog.read(slovenian, "sl")
    try:
        i18n.write_counts_with(Formats("en", "SI").count)  # English in Slovenia: 4.000
        assert Catalog("en").translate("Today", "%Ln rows", None, 4000) == "4.000 rows"
        assert catalog.translate("Today", "%Ln rows", None, 4000) == "4.000 vrstic"
        i18n.install("en")  # a new language: its own way again, until told otherwise
        assert Catalog("en").translate("Today", "%Ln rows", None, 4000) == "4,000 rows"
    finally:
        i18n.write_counts_with(None)


@given(st.integers(min_value=0, max_value=10**6))
def test_our_plural_choice_is_qt_s(n: int) -> None:
    """The form Qt picks for Slovenian (its own rules, in the .qm) is the one we pick."""
    qt_index = 0 if n % 100 == 1 else 1 if n % 100 == 2 else 2 if n % 100 in (3, 4) else 3
    assert plural_index("sl", n) == qt_index
    assert plural_index("id", n) == 0
    assert plural_index("en", n) == (0 if n == 1 else 1)


def test_qt_reads_the_same_catalogue_the_same_way(slovenian: Path, qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(slovenian))
    QCoreApplication.installTranslator(translator)
    try:
        catalog = Catalog.read(slovenian, "sl")
        for n in (1, 2, 3, 5, 102, 1000):
            ours = catalog.translate("Today", "%n enquiries waiting", None, n)
            assert ours == QCoreApplication.translate("Today", "%n enquiries waiting", None, n)
        for context, text in (("Today", "Overdue"), ("Catalog", "Overdue"), ("Today", "Open")):
            assert catalog.translate(context, text) == QCoreApplication.translate(context, text)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_shipped_catalogues_read_as_qt_reads_them(qapp) -> None:
    from PySide6.QtCore import QTranslator

    for language in ("id", "sl"):
        path = i18n.catalogue_path(language)
        if not path.exists():
            pytest.fail(f"{path.name} was not built: run make catalogues")
        catalog = Catalog.read(path, language)
        assert len(catalog.messages) > 500
        translator = QTranslator()
        assert translator.load(str(path))
        for (context, source, comment), forms in catalog.messages.items():
            n = 5 if len(forms) > 1 else -1
            qt = translator.translate(context, source, comment or None, n)
            if n >= 0:  # QCoreApplication puts the count in, not the translator
                qt = qt.replace("%Ln", str(n)).replace("%n", str(n))
            assert catalog.translate(context, source, comment or None, n) == qt, (context, source)


def test_a_file_that_is_not_a_catalogue_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.qm"
    path.write_bytes(b"SQLite format 3\x00" + bytes(100))
    with pytest.raises(i18n.CatalogError):
        Catalog.read(path, "sl")


def test_the_language_asked_for_comes_first_then_settings_then_the_system() -> None:
    assert choose_language("sl", "id", ["en_US"]) == "sl"
    assert choose_language(None, "id", ["sl_SI.UTF-8"]) == "id"
    assert choose_language(None, "", ["de_DE", "sl-SI", "en"]) == "sl"
    assert choose_language(None, "", ["in_ID"]) == "id"  # Java's old code for Indonesian
    assert choose_language(None, "", ["Slovenian_Slovenia"]) == "sl"  # Windows' name
    assert choose_language(None, "", ["de_DE", "C"]) == "en"
    assert choose_language(None, None, []) == "en"


def test_the_environment_names_the_system_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    assert i18n.system_languages()[0] == "id_ID.UTF-8"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert "C.UTF-8" not in i18n.system_languages()


def test_translate_speaks_the_installed_language() -> None:
    try:
        i18n.install("sl")
        assert i18n.current_language() == "sl"
        assert i18n.translate("Catalog", "Walk-in") != "Walk-in"
        assert "Walk-in" in i18n.every_translation("Catalog", "Walk-in")
        assert len(i18n.every_translation("Catalog", "Walk-in")) == 3
    finally:
        i18n.install("en")
    assert i18n.translate("Catalog", "Walk-in") == "Walk-in"
