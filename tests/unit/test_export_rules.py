"""The rules every export keeps, checked without a database: neutralised text in the CSV
and quote-prefixed text cells in the XLSX, minutes rounded as the report rounds them,
money formats that follow the currency, and sheet names Excel accepts whatever the
translation."""

from __future__ import annotations

import io
import re
from xml.etree import ElementTree

from hypothesis import given
from hypothesis import strategies as st
from xlsxwriter import Workbook

from enquirydesk.domain import metrics
from enquirydesk.domain.formats import Formats
from enquirydesk.exports.xlsx import Styles, sheet_name
from enquirydesk.exports.xlsx_rows import with_quote_prefix
from enquirydesk.services.export_rows import (
    FORMULA_STARTS,
    looks_like_formula,
    minutes,
    neutralise,
)


@given(st.text())
def test_neutralised_text_never_starts_a_formula_and_loses_nothing(text: str) -> None:
    shown = neutralise(text)
    assert not shown.startswith(FORMULA_STARTS)
    if text.startswith(FORMULA_STARTS):
        assert shown == "'" + text  # the apostrophe is all that was added
    else:
        assert shown == text  # ordinary text is left exactly as it was
    assert neutralise(shown) == shown


@given(st.sampled_from(FORMULA_STARTS), st.text())
def test_every_formula_start_is_caught(start: str, rest: str) -> None:
    assert neutralise(start + rest) == "'" + start + rest


def test_neutralise_examples() -> None:
    assert neutralise('=HYPERLINK("http://x","y")') == '\'=HYPERLINK("http://x","y")'
    assert neutralise("+38641123456") == "'+38641123456"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
    assert neutralise("-2") == "'-2"
    assert neutralise("\t=1") == "'\t=1"
    assert neutralise("\r=1") == "'\r=1"
    assert neutralise("Ana = Novak") == "Ana = Novak"
    assert neutralise("") == ""
    assert neutralise("'already quoted") == "'already quoted"


@given(st.text())
def test_what_the_csv_neutralises_the_xlsx_quote_prefixes(text: str) -> None:
    assert looks_like_formula(text) == (neutralise(text) != text)


def test_a_formula_like_text_gets_its_format_with_the_quote_prefix() -> None:
    """In the workbook such text is kept as it is, in a cell whose format is the one it
    would have had, plus Excel's quote prefix (made once per format)."""
    styles = Styles(Workbook(io.BytesIO(), {"in_memory": True}), Formats("sl", "SI", "EUR"))
    assert styles.for_text("Ana", styles.heading) is styles.heading
    assert styles.for_text("Ana") is None
    heading = styles.for_text("+38641123456", styles.heading)
    assert heading is not None and heading is not styles.heading
    assert heading.quote_prefix and heading.bold and heading.bottom == 1 and heading.text_wrap
    assert styles.for_text("=cmd", styles.heading) is heading
    plain = styles.for_text("@SUM(A1)")
    assert plain is not None and plain.quote_prefix and not plain.bold
    assert styles.for_text("-2", styles.text) is plain
    assert not styles.heading.quote_prefix  # the plain format itself is untouched


STYLE_SHEET = (
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
    "</cellStyleXfs>"
    '<cellXfs count="4">'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyAlignment="1">'
    '<alignment vertical="top" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def test_the_quote_prefixed_copies_are_added_to_the_style_sheet() -> None:
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    xml, quoted = with_quote_prefix(STYLE_SHEET, [2, 0, 2, 3])
    assert quoted == {0: 4, 2: 5, 3: 3}  # one copy each; a quoted format is its own
    cell_xfs = ElementTree.fromstring(xml).find(f"{main}cellXfs")
    formats = list(cell_xfs)
    assert cell_xfs.get("count") == "6" and len(formats) == 6
    for plain, copy in ((0, 4), (2, 5)):
        assert formats[copy].get("quotePrefix") == "1"
        assert {k: v for k, v in formats[copy].items() if k != "quotePrefix"} == dict(
            formats[plain].items()
        )
        assert [ElementTree.tostring(c) for c in formats[copy]] == [
            ElementTree.tostring(c) for c in formats[plain]
        ]
    # Nothing else changed: the formats that were there keep their places.
    assert re.sub(r"<cellXfs.*</cellXfs>", "", xml) == re.sub(
        r"<cellXfs.*</cellXfs>", "", STYLE_SHEET
    )
    assert xml.count("<xf ") == STYLE_SHEET.count("<xf ") + 2
    assert with_quote_prefix(STYLE_SHEET, [3]) == (STYLE_SHEET, {3: 3})


@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_minutes_round_as_the_report_does(seconds: int) -> None:
    assert minutes(seconds) == float(metrics.seconds_to_minutes(seconds))


def test_minutes_examples() -> None:
    assert minutes(None) is None
    assert minutes(0) == 0.0
    assert minutes(3) == 0.1  # 0.05 min: halves round away from zero
    assert minutes(2) == 0.0
    assert minutes(90) == 1.5
    assert minutes(-3) == -0.1


def test_money_formats_follow_the_currency_and_the_language() -> None:
    """The workbook's money cells take `Formats.excel_money_format`."""
    assert Formats("en", "", "EUR").excel_money_format() == '"€"#,##0.00'
    assert Formats("sl", "SI", "EUR").excel_money_format() == '#,##0.00\\ "€"'
    assert Formats("id", "ID", "IDR").excel_money_format() == '"Rp"\\ #,##0'  # no decimals
    assert Formats("en", "", "IDR").excel_money_format() == '"IDR"\\ #,##0'
    assert Formats("en", "", "USD").excel_money_format() == '"$"#,##0.00'


@given(st.text())
def test_a_translated_sheet_name_is_one_excel_accepts(text: str) -> None:
    name = sheet_name(text, "Summary", ("Enquiries",))
    assert 1 <= len(name) <= 31
    assert not set(name) & set("[]:*?/\\")
    assert not name.startswith("'") and not name.endswith("'")
    assert name.casefold() not in ("enquiries", "history")


def test_sheet_name_examples() -> None:
    assert sheet_name("Povzetek", "Summary") == "Povzetek"
    assert sheet_name("Ringkasan [bulan]: 10/2026?", "Summary") == "Ringkasan bulan 10 2026"
    assert sheet_name("x" * 40, "Summary") == "x" * 31
    assert sheet_name("'Povzetek'", "Summary") == "Povzetek"
    assert sheet_name("*?", "Summary") == "Summary"
    assert sheet_name("povzetek", "Enquiries", ("Povzetek",)) == "Enquiries"
