"""The import file reader and row checker, property-tested against what wrote the file."""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from enquirydesk.domain import catalog
from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.importcsv import (
    COLUMNS,
    FileProblem,
    RowParser,
    decode,
    delimiter_of,
    read_table,
    records,
)
from enquirydesk.domain.validation import parse_time

NOW = datetime(2026, 11, 2, 10, 0)
CATALOGUES = {
    "channel": dict(catalog.CHANNELS),
    "source": dict(catalog.SOURCES),
    "decision_factor": dict(catalog.DECISION_FACTORS),
    "lost_reason": dict(catalog.LOST_REASONS),
    "purchase_channel": dict(catalog.PURCHASE_CHANNELS),
    "expectation": dict(catalog.EXPECTATIONS),
}

times = st.datetimes(min_value=datetime(2020, 1, 1), max_value=NOW - timedelta(days=30)).map(
    lambda t: t.replace(microsecond=0)
)
names = st.text(
    alphabet=st.characters(categories=("L",), exclude_characters="\x00"), min_size=1, max_size=20
).filter(lambda s: s.strip() == s and s.isprintable())
free_text = st.text(
    alphabet=st.characters(categories=("L", "N", "P", "Zs"), exclude_characters="\x00"),
    max_size=30,
)


@st.composite
def histories(draw):
    received = draw(times)
    outcome = draw(st.sampled_from(("open", "purchased", "lost")))
    channel_key, channel_name = draw(st.sampled_from(catalog.CHANNELS))
    factors = (
        draw(st.lists(st.sampled_from(catalog.keys(catalog.DECISION_FACTORS)), unique=True))
        if outcome == "purchased"
        else []
    )
    return {
        "received_at": received,
        "channel": draw(st.sampled_from((channel_key, channel_name, channel_name.upper()))),
        "channel_key": channel_key,
        "customer_name": draw(names),
        "interest": draw(free_text),
        "first_response_at": draw(st.none() | st.just(received + timedelta(minutes=7))),
        "outcome": outcome,
        "outcome_at": None if outcome == "open" else received + timedelta(days=1),
        "value": draw(st.integers(0, 10**9)) if outcome == "purchased" else None,
        "lost_reason": draw(st.sampled_from(catalog.keys(catalog.LOST_REASONS)))
        if outcome == "lost"
        else None,
        "decision_factors": factors,
        "separator": draw(st.sampled_from(";|")),
    }


def cell(history: dict, column: str) -> str:
    value = history.get(column)
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if column == "value":
        return f"{value // 100}.{value % 100:02d}"
    if column == "decision_factors":
        return history["separator"].join(value)
    return str(value)


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(histories(), min_size=1, max_size=8),
    order=st.permutations(COLUMNS),
    delimiter=st.sampled_from(",;"),
    bom=st.booleans(),
    line_end=st.sampled_from(("\n", "\r\n")),
)
def test_what_a_spreadsheet_writes_is_read_back(rows, order, delimiter, bom, line_end) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=line_end)
    writer.writerow(order)
    for history in rows:
        writer.writerow([cell(history, column) for column in order])
    data = ("\ufeff" if bom else "").encode() + buffer.getvalue().encode("utf-8")

    table = read_table(decode(data)[0])
    parser = RowParser(table.header, CATALOGUES, "SI", NOW)
    parsed = [parser.parse(line, fields) for line, fields in table.rows()]
    assert [p.line for p in parsed] == list(range(2, len(rows) + 2))
    for history, row in zip(rows, parsed, strict=True):
        assert row.received_at == history["received_at"]
        assert row.channel == history["channel_key"]
        assert row.name == unicodedata.normalize("NFC", history["customer_name"])
        assert row.first_response_at == history["first_response_at"]
        assert (row.outcome, row.outcome_at) == (history["outcome"], history["outcome_at"])
        paid = history["value"] if history["outcome"] == "purchased" else None
        assert (row.estimated_cents, row.purchase_cents) == (None, paid)
        assert row.lost_reason == history["lost_reason"]
        assert list(row.factors) == history["decision_factors"]


@settings(max_examples=80, deadline=None)
@given(
    cells=st.lists(
        st.lists(st.text(alphabet='ab,"\n ', max_size=6), min_size=3, max_size=3), max_size=30
    ),
    size=st.integers(1, 7),
)
def test_pieces_cut_at_row_ends_read_the_same_as_the_whole(cells, size) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["received_at", "channel", "phone"])
    writer.writerows(cells)
    table = read_table(buffer.getvalue())
    whole = list(table.rows())
    pieces = [row for start, text in table.chunks(size) for row in records(text, start, ",")]
    assert pieces == whole


@given(st.datetimes(min_value=datetime(1900, 1, 1)).map(lambda t: t.replace(microsecond=0)))
def test_times_with_or_without_seconds(moment: datetime) -> None:
    assert parse_time(moment.strftime("%Y-%m-%d %H:%M:%S"), "t") == moment
    assert parse_time(moment.strftime("%Y-%m-%dT%H:%M"), "t") == moment.replace(second=0)


@pytest.mark.parametrize(
    "text",
    ["2026-02-30 10:00", "2026-10-01", "01.10.2026 10:00", "2026-10-01 25:00", "٢٠٢٦-10-01 10:00"],
)
def test_what_is_not_a_time(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a time like"):
        parse_time(text, "received_at")


def test_the_delimiter_is_the_one_that_splits_the_lines_alike() -> None:
    assert read_table("received_at;channel;email\n").delimiter == ";"
    assert read_table("received_at,channel,phone\n").delimiter == ","
    assert read_table("Datum\tIme\tTelefon\n1.2.2026\tAna\t041 1\n").delimiter == "\t"
    # A comma inside the names of a semicolon file: the semicolon splits every line alike.
    lines = ["Datum;Ime, priimek;Znesek", "1.2.2026;Ana;1,50", "2.2.2026;Bo;2,50"]
    assert delimiter_of(lines) == ";"
    assert delimiter_of(["one column only"]) == ","


def test_a_header_naming_a_column_twice_is_refused() -> None:
    with pytest.raises(FileProblem, match="appears twice"):
        read_table("Datum;Ime;datum\n")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Datum;Ime\n1.2.2026;Žiga Čuk Šef\n", "cp1250"),
        ("Datum;Ime\n1.2.2026;Đurđa Ćosić\n", "cp1250"),
        ("Date;Name\n1.2.2026;Hélène Ørsted\n", "cp1252"),
    ],
)
def test_a_windows_code_page_is_told_by_its_letters(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == (text, encoding)
    # Where the letters cannot tell (è or č), the shop's own region decides.
    assert decode("Čas;Če\n".encode("cp1250"), prefer="cp1250") == ("Čas;Če\n", "cp1250")
    assert decode(text.encode("utf-8")) == (text, "utf-8")
