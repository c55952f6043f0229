"""Recognising the columns of an imported file by their headings: this program's own
export in every language it speaks, shops' own spreadsheets, other tools."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from enquirydesk import i18n
from enquirydesk.domain import importcsv
from enquirydesk.domain.import_columns import (
    CUSTOMER_FIELDS,
    FIELD_LABELS,
    FIELDS,
    heading_key,
    known_headings,
    label,
    mapping_problem,
    missing_fields,
    recognise,
    shape,
)
from enquirydesk.services import export_rows

# The export's columns (by English heading) → the field each comes back as; the others
# are worked out or not imported.
EXPORT_FIELDS = {
    "Received": "received_at",
    "Customer": "customer_name",
    "Phone": "phone",
    "E-mail": "email",
    "Channel": "channel",
    "Source": "source",
    "Taken by": "staff",
    "Interest": "interest",
    "Details": "notes",
    "First response": "first_response_at",
    "Outcome": "outcome",
    "Outcome at": "outcome_at",
    "Estimated value": "value",
    "Purchase value": "purchase_value",
    "Purchase channel": "purchase_channel",
    "Lost reason": "lost_reason",
    "Why they chose us": "decision_factors",
    "Feedback at": "feedback_at",
    "Rating (1-5)": "rating",
    "Expectation": "expectation",
    "Would recommend (0-10)": "nps",
    "Complaint": "complaint",
}


def test_the_fields_are_the_importer_s_columns_and_the_purchase_value() -> None:
    assert (*importcsv.COLUMNS, "purchase_value") == FIELDS
    assert set(FIELD_LABELS) == set(FIELDS)
    assert label("customer_name") == "Customer name"
    assert label("nps") == "Would recommend (0–10)"


@pytest.mark.parametrize("language", ["en", "id", "sl"])
def test_the_program_s_own_export_is_recognised_in_each_language(language: str) -> None:
    assert i18n.catalogue_path(language).exists(), "run make catalogues"
    i18n.install(language)
    header = list(export_rows.headings())
    expected = [EXPORT_FIELDS.get(column.heading) for column in export_rows.COLUMNS]
    assert recognise(header) == expected
    if language != "en":
        assert header != [column.heading for column in export_rows.COLUMNS]


def test_every_import_field_comes_back_from_the_export() -> None:
    assert set(EXPORT_FIELDS.values()) == set(FIELDS)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            ["Tanggal", "Nama", "No. HP", "Produk", "Status", "Harga", "Keterangan"],
            ["received_at", "customer_name", "phone", "interest", "outcome", "value", "notes"],
        ),
        (
            ["Tgl", "Nama Pelanggan", "No HP", "Email", "Saluran", "Petugas", "Sumber"],
            ["received_at", "customer_name", "phone", "email", "channel", "staff", "source"],
        ),
        (
            ["Datum", "Ime in priimek", "Telefon", "E-pošta", "Izdelek", "Znesek", "Opombe"],
            ["received_at", "customer_name", "phone", "email", "interest", "value", "notes"],
        ),
        (
            ["Datum", "Stranka", "Številka", "Epošta", "Prodajalec", "Izid", "Razlog"],
            ["received_at", "customer_name", "phone", "email", "staff", "outcome", "lost_reason"],
        ),
        (
            ["DATE", "Customer name", "Mobile", "E-Mail", "Channel", "Salesperson", "Amount"],
            ["received_at", "customer_name", "phone", "email", "channel", "staff", "value"],
        ),
        (
            ["received_at", "channel", "customer_name", "phone", "purchase_value", "nps"],
            ["received_at", "channel", "customer_name", "phone", "purchase_value", "nps"],
        ),
        (["Stevilka", "Številka"], ["phone", None]),  # accents folded away
        (["WhatsApp", "Tanggal"], ["phone", "received_at"]),
    ],
)
def test_shops_own_headings(header: list[str], expected: list[str | None]) -> None:
    assert recognise(header) == expected


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Nama Pelanggan (lengkap)", "customer_name"),
        ("Phone number (mobile)", "phone"),
        ("Tanggal masuk order", "received_at"),
        ("No. HP pelanggan", "phone"),  # whose number it is changes nothing
        ("Email address of client", "email"),
        # a later word of another field's headings: left for the user to choose
        ("Customer's phone", None),
        ("Tanggal ulasan pelanggan baru", "feedback_at"),
        ("Date of enquiry", "received_at"),
        ("Date of first reply", None),
        ("Nama sales toko", "staff"),
        ("Nama barang dibeli", "interest"),
        ("Complaint resolved", None),  # the export's own column, left out by name
        ("Reklamacija rešena", None),
        ("Response (clock min)", None),
    ],
)
def test_a_heading_that_starts_with_a_known_one(heading: str, field: str | None) -> None:
    assert recognise([heading]) == [field]


@pytest.mark.parametrize(
    "heading",
    ["", "ID", "No", "#", "Kode", "Alamat", "Kota", "Address", "Naslov", "Order number", "Xyz"],
)
def test_unknown_headings_are_left_out(heading: str) -> None:
    assert recognise([heading]) == [None]


def test_no_field_is_given_twice_the_first_column_keeps_it() -> None:
    assert recognise(["Datum", "Ime", "Datum", "Telefon", "Tel"]) == [
        "received_at",
        "customer_name",
        None,
        "phone",
        None,
    ]
    # a looser match leaves a field to the column that names it exactly
    assert recognise(["Tanggal masuk order", "Tanggal"]) == [None, "received_at"]


def test_a_caller_s_own_table_of_headings() -> None:
    known = {heading_key("Kapan"): "received_at", heading_key("Siapa"): "customer_name"}
    assert recognise(["kapan", "SIAPA", "Tanggal"], known) == ["received_at", "customer_name", None]


def test_known_headings_include_every_source() -> None:
    known = known_headings()
    assert known["received at"] == "received_at"  # the field's key
    assert known[heading_key("Waktu hasil")] == "outcome_at"  # the Indonesian export
    assert known[heading_key("Vrednost nakupa")] == "purchase_value"  # the Slovenian export
    assert known[heading_key("No. HP")] == "phone"  # a shop's heading
    assert known[heading_key("Value (estimated or paid)")] == "value"  # the wizard's label
    known.clear()  # a copy: the next caller still gets them all
    assert known_headings()


def test_headings_compare_folded() -> None:
    assert heading_key("Številka") == heading_key("STEVILKA") == "stevilka"
    assert heading_key("No. HP") == heading_key("no_hp") == heading_key(" No  HP ") == "no hp"
    assert heading_key("E-mail") == heading_key("Email")
    assert heading_key("Rating (1-5)") == heading_key("rating 1–5")


def test_the_shape_of_a_header() -> None:
    header = ["Tanggal", "Nama", "No. HP"]
    assert shape(header) == shape(["TANGGAL ", " nama", "No HP"])
    assert shape(header) != shape(["Tanggal", "No. HP", "Nama"])
    assert shape(header) != shape(["Tanggal", "Nama"])
    assert shape(["a b"]) != shape(["a", "b"])
    assert len(shape(header)) == 16 and shape(header).isalnum()


def test_what_a_mapping_lacks() -> None:
    assert missing_fields(["received_at", "phone"]) == []
    assert missing_fields(["received_at", "email", None]) == []
    assert missing_fields(["phone", None]) == ["received_at"]
    assert missing_fields(["received_at", "channel"]) == list(CUSTOMER_FIELDS)
    assert missing_fields([]) == ["received_at", *CUSTOMER_FIELDS]


@pytest.mark.parametrize(
    ("mapping", "problem"),
    [
        (["received_at", "customer_name"], None),
        (["received_at", None, "email"], None),  # no channel: the wizard asks for one
        (
            [None, "customer_name"],
            "Choose the column with the date each enquiry came in.",
        ),
        (
            ["received_at", "channel"],
            "Choose a column with the customer's name, phone or e-mail.",
        ),
        (
            [None, "value"],
            "Choose the column with the date each enquiry came in, and one with the "
            "customer's name, phone or e-mail.",
        ),
        (
            ["received_at", "phone", "phone"],
            "Phone is chosen for more than one column.",
        ),
    ],
)
def test_what_is_wrong_with_a_mapping(mapping: list[str | None], problem: str | None) -> None:
    assert mapping_problem(mapping) == problem


def test_a_mapping_to_no_field_is_a_mistake_of_the_program() -> None:
    with pytest.raises(ValueError, match="not an import field"):
        mapping_problem(["received_at", "phone", "shoe_size"])


HEADINGS = st.one_of(
    st.sampled_from(sorted({*known_headings(), "Datum", "No. HP", "Nama Pelanggan (lengkap)"})),
    st.text(max_size=20),
)


@given(st.lists(HEADINGS, max_size=30))
def test_recognise_gives_a_field_or_none_per_column_never_one_twice(header: list[str]) -> None:
    fields = recognise(header)
    assert len(fields) == len(header)
    chosen = [field for field in fields if field is not None]
    assert len(chosen) == len(set(chosen))
    assert set(chosen) <= set(FIELDS)
    assert mapping_problem(fields) is None or missing_fields(fields)


@given(st.lists(st.text(alphabet="abcčdeghijklmnoprsštuvzž .-_()1", max_size=15), max_size=10))
def test_the_shape_ignores_case_and_spacing(header: list[str]) -> None:
    assert shape(header) == shape([f"  {name.upper()}  " for name in header])
    assert shape(header) == shape([name.replace(" ", "  ") for name in header])
