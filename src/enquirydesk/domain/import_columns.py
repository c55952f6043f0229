"""Which field each column of an imported file holds, told from its heading (plain Python).

A file comes from this program's own monthly export (its headings in English,
Indonesian or Slovenian), from another tool, or from a shop's own spreadsheet
("Tanggal, Nama, No. HP", "Datum, Ime, Telefon"). `recognise` maps each heading to
an import field or to None (the column is left out); the wizard shows the result for
the user to correct, and remembers the chosen mapping under the header's `shape`.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Mapping, Sequence

from enquirydesk.domain.import_values import word_key
from enquirydesk.domain.importcsv import COLUMNS
from enquirydesk.i18n import QT_TRANSLATE_NOOP, every_translation, translate

#: Every field a column can be imported as.
FIELDS: tuple[str, ...] = (*COLUMNS, "purchase_value")

#: The fields as the wizard's column chooser names them (English; see `label`).
FIELD_LABELS: dict[str, str] = {
    "received_at": QT_TRANSLATE_NOOP("ImportColumns", "Received"),
    "channel": QT_TRANSLATE_NOOP("ImportColumns", "Channel"),
    "customer_name": QT_TRANSLATE_NOOP("ImportColumns", "Customer name"),
    "phone": QT_TRANSLATE_NOOP("ImportColumns", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportColumns", "E-mail"),
    "interest": QT_TRANSLATE_NOOP("ImportColumns", "Interest"),
    "staff": QT_TRANSLATE_NOOP("ImportColumns", "Taken by"),
    "source": QT_TRANSLATE_NOOP("ImportColumns", "Source"),
    "first_response_at": QT_TRANSLATE_NOOP("ImportColumns", "First response"),
    "outcome": QT_TRANSLATE_NOOP("ImportColumns", "Outcome"),
    "outcome_at": QT_TRANSLATE_NOOP("ImportColumns", "Outcome at"),
    "value": QT_TRANSLATE_NOOP("ImportColumns", "Value (estimated or paid)"),
    "purchase_channel": QT_TRANSLATE_NOOP("ImportColumns", "Purchase channel"),
    "lost_reason": QT_TRANSLATE_NOOP("ImportColumns", "Lost reason"),
    "decision_factors": QT_TRANSLATE_NOOP("ImportColumns", "Why they chose us"),
    "feedback_at": QT_TRANSLATE_NOOP("ImportColumns", "Feedback at"),
    "rating": QT_TRANSLATE_NOOP("ImportColumns", "Rating (1–5)"),
    "expectation": QT_TRANSLATE_NOOP("ImportColumns", "Expectation"),
    "nps": QT_TRANSLATE_NOOP("ImportColumns", "Would recommend (0–10)"),
    "complaint": QT_TRANSLATE_NOOP("ImportColumns", "Complaint"),
    "notes": QT_TRANSLATE_NOOP("ImportColumns", "Notes"),
    "purchase_value": QT_TRANSLATE_NOOP("ImportColumns", "Purchase value"),
}

#: A file must have a column of each of these…
REQUIRED_FIELDS = ("received_at",)
#: …and at least one of these.
CUSTOMER_FIELDS = ("customer_name", "phone", "email")


def label(field: str) -> str:
    """The field's name in the user's language, as the column chooser shows it."""
    return translate("ImportColumns", FIELD_LABELS[field])


def heading_key(name: str) -> str:
    """A heading as headings compare: case and accents folded (``Številka`` and
    ``Stevilka`` match), a hyphen inside a word dropped (``E-mail`` is ``email``), other
    punctuation, brackets, ``_`` and dots as single spaces (``No. HP`` is ``no hp``,
    ``Rating (1-5)`` is ``rating 1 5``)."""
    return word_key(name)


# This program's own export headings (English, as services.export_rows has them; the
# domain may not import services) → the field each is imported as. The translations
# come from the catalogues under the export's context.
_EXPORT_CONTEXT = "ExportRows"
_EXPORT_HEADINGS = {
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
# The export's other columns: facts the import does not take (or works out itself).
# Known by name so that no looser rule reads "Complaint resolved" as the complaint.
_EXPORT_LEFT_OUT = (
    "Enquiry",
    "Referred by",
    "Answered by",
    "Answered how",
    "Response (clock min)",
    "Response (business min)",
    "Complaint resolved",
    "Feedback comment",
)

# The headings shops and other tools use, in English, Indonesian and Slovenian.
_COMMON_HEADINGS: dict[str, tuple[str, ...]] = {
    "received_at": (
        "Date", "Date received", "Received at", "Received on", "Created", "Created at",
        "Date created", "Time", "Date and time", "Enquiry date", "Inquiry date",
        "Tanggal", "Tgl", "Tgl.", "Waktu", "Tanggal masuk", "Tanggal dan waktu",
        "Datum", "Datum in ura", "Datum prejema", "Prejeto", "Čas",
    ),
    "customer_name": (
        "Name", "Customer", "Customer name", "Client", "Client name", "Full name", "Contact name",
        "Nama", "Nama pelanggan", "Nama lengkap", "Pelanggan", "Nama customer", "Konsumen",
        "Nama konsumen",
        "Ime", "Ime in priimek", "Priimek in ime", "Stranka", "Ime stranke", "Kupec",
        "Naziv stranke",
    ),
    "phone": (
        "Phone", "Phone number", "Tel", "Tel.", "Telephone", "Mobile", "Mobile number",
        "Cell", "Cell phone", "WhatsApp", "WA", "Customer phone", "Contact number",
        "HP", "No. HP", "No HP", "Nomor HP", "Nomor telepon", "No. Telepon", "No. Telp",
        "Telp", "Telepon", "No. WA", "Nomor WA", "Telepon pelanggan", "HP pelanggan",
        "Telefon", "Telefonska številka", "GSM", "Mobitel", "Številka", "Tel. številka",
        "Telefon stranke",
    ),
    "email": (
        "Email", "E-mail", "Mail", "Email address", "E-mail address", "Customer email",
        "Surel", "Alamat email", "Email pelanggan",
        "E-pošta", "Epošta", "E-naslov", "E-pošta stranke",
    ),
    "channel": (
        "Channel", "Via", "Media", "Contact channel",
        "Saluran", "Media kontak",
        "Kanal",
    ),
    "interest": (
        "Product", "Interest", "Item", "Product interest", "Model",
        "Produk", "Minat", "Barang", "Nama barang", "Nama produk", "Tipe",
        "Izdelek", "Zanimanje", "Artikel", "Ime izdelka",
    ),
    "notes": (
        "Notes", "Note", "Comment", "Comments", "Remarks", "Description",
        "Catatan", "Keterangan", "Ket", "Ket.",
        "Opomba", "Opombe", "Komentar",
    ),
    "staff": (
        "Staff", "Salesperson", "Sales", "Sales person", "Agent", "Employee", "Handled by",
        "Petugas", "Karyawan", "Nama sales", "Pegawai",
        "Prodajalec", "Prodajalka", "Zaposleni", "Referent",
    ),
    "value": (
        "Amount", "Value", "Total", "Price", "Estimated value", "Deal value",
        "Nilai", "Harga", "Jumlah", "Nominal", "Total harga",
        "Znesek", "Vrednost", "Cena",
    ),
    "purchase_value": (
        "Purchase amount", "Amount paid", "Sale value", "Sales value",
        "Nilai pembelian", "Nilai beli",
        "Vrednost nakupa", "Znesek nakupa",
    ),
    "outcome": (
        "Status", "Outcome", "Result", "Stage",
        "Hasil", "Keputusan",
        "Izid", "Rezultat",
    ),
    "outcome_at": (
        "Outcome date", "Purchase date", "Date of purchase", "Closed at", "Closed on",
        "Tanggal beli", "Tanggal pembelian", "Tanggal hasil",
        "Datum nakupa", "Datum izida",
    ),
    "source": (
        "Source", "Lead source", "Found us via", "Referral source",
        "Sumber", "Sumber info", "Tahu dari",
        "Vir",
    ),
    "lost_reason": (
        "Lost reason", "Reason lost", "Reason",
        "Alasan", "Alasan batal", "Alasan tidak beli",
        "Razlog", "Razlog za izgubo",
    ),
    "decision_factors": (
        "Why they chose us", "Decision factors", "Why bought",
        "Alasan membeli", "Alasan memilih",
        "Zakaj pri nas", "Zakaj so kupili",
    ),
    "first_response_at": (
        "Response", "Responded", "Responded at", "First response", "Reply", "Replied",
        "Replied at", "Respon", "Respons", "Dibalas", "Dijawab", "Waktu respon",
        "Odgovor", "Odgovorjeno", "Prvi odgovor", "Čas odgovora",
    ),
    "feedback_at": (
        "Feedback at", "Feedback date",
        "Tanggal ulasan", "Tanggal umpan balik",
        "Datum povratne informacije", "Datum ocene",
    ),
    "rating": (
        "Rating", "Stars", "Satisfaction",
        "Nilai kepuasan", "Penilaian", "Kepuasan", "Bintang",
        "Ocena", "Zadovoljstvo",
    ),
    "expectation": (
        "Expectation", "Expectations",
        "Harapan", "Ekspektasi",
        "Pričakovanje", "Pričakovanja",
    ),
    "nps": (
        "NPS", "Would recommend", "Recommend", "Likely to recommend",
        "Akan merekomendasikan",
        "Bi priporočil",
    ),
    "complaint": (
        "Complaint", "Complained",
        "Keluhan", "Komplain",
        "Reklamacija", "Pritožba",
    ),
}  # fmt: skip

# Words that say nothing of what a column holds, left out when looking for words of
# another field in a heading ("Date of purchase" is not "Date"): small words, and
# whose the value is ("No. HP pelanggan" is a phone, "Customer phone" is not a name).
_FILLER = frozenset(
    {"a", "an", "at", "by", "in", "of", "on", "the", "za", "na", "oleh", "dan", "di"}
    | {"customer", "client", "pelanggan", "konsumen", "stranka", "stranke", "kupca"}
)


@functools.cache
def _known() -> dict[str, str]:
    table: dict[str, str] = {}
    for field in FIELDS:
        table.setdefault(heading_key(field), field)
    for heading, field in _EXPORT_HEADINGS.items():
        for shown in every_translation(_EXPORT_CONTEXT, heading):
            table.setdefault(heading_key(shown), field)
    for field, headings in _COMMON_HEADINGS.items():
        for heading in headings:
            table.setdefault(heading_key(heading), field)
    for field, english in FIELD_LABELS.items():
        for shown in every_translation("ImportColumns", english):
            table.setdefault(heading_key(shown), field)
    return table


def known_headings() -> dict[str, str]:
    """Every heading recognised as it is, by `heading_key`, → the field it imports as:
    the field names, this program's export headings in each of its languages, the
    wizard's own names of the fields, and headings common in shops' own files."""
    return dict(_known())


@functools.cache
def _left_out() -> frozenset[str]:
    return frozenset(
        heading_key(shown)
        for heading in _EXPORT_LEFT_OUT
        for shown in every_translation(_EXPORT_CONTEXT, heading)
    )


def _word_fields(known: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Each word of the known headings → the fields whose headings use it."""
    found: dict[str, set[str]] = {}
    for heading, field in known.items():
        for word in heading.split():
            if len(word) > 1 and not word.isdigit() and word not in _FILLER:
                found.setdefault(word, set()).add(field)
    return {word: frozenset(fields) for word, fields in found.items()}


@functools.cache
def _default_words() -> dict[str, frozenset[str]]:
    return _word_fields(_known())


def _by_first_words(
    key: str, known: Mapping[str, str], words: Mapping[str, frozenset[str]]
) -> str | None:
    """The field of the longest known heading `key` starts with (whole words), unless a
    later word belongs to another field's headings: "Nama pelanggan (lengkap)" is the
    customer's name, "Nama barang" (the item's name) and "Date of purchase" are left
    for the user to choose."""
    parts = key.split()
    for size in range(len(parts) - 1, 0, -1):
        field = known.get(" ".join(parts[:size]))
        if field is None:
            continue
        rest = parts[size:]
        if any(words.get(word, frozenset({field})) - {field} for word in rest):
            return None
        return field
    return None


def recognise(header: Sequence[str], known: Mapping[str, str] | None = None) -> list[str | None]:
    """For each column of `header`, the field it imports as, or None (left out).

    A heading known as it is (`known`, by `heading_key`; `known_headings` by default)
    counts first, then one that starts with a known heading. No field is given twice:
    the first column with it keeps it.
    """
    if known is None:
        known, words = _known(), _default_words()
    else:
        words = _word_fields(known)
    left_out = _left_out()
    keys = [heading_key(name) for name in header]
    exact = [known.get(key) for key in keys]
    result: list[str | None] = []
    taken: set[str] = set()
    for key, field in zip(keys, exact, strict=True):
        if field is None and key and key not in left_out:
            field = _by_first_words(key, known, words)
            # a looser match never takes a field a later column names exactly
            if field is not None and field in exact:
                field = None
        if field is not None and field in taken:
            field = None
        if field is not None:
            taken.add(field)
        result.append(field)
    return result


def shape(header: Sequence[str]) -> str:
    """A short signature of `header`, the same for the same headings whatever their case
    and spacing: a mapping the user chose is remembered under it for the next file."""
    joined = "\n".join(heading_key(name) for name in header)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def missing_fields(mapping: Sequence[str | None]) -> list[str]:
    """What a file mapped this way lacks: ``received_at`` if no column is it, then all of
    `CUSTOMER_FIELDS` if no column is any of them (any one of them would do)."""
    chosen = set(mapping)
    missing = [field for field in REQUIRED_FIELDS if field not in chosen]
    if chosen.isdisjoint(CUSTOMER_FIELDS):
        missing.extend(CUSTOMER_FIELDS)
    return missing


def _twice(mapping: Iterable[str | None]) -> str | None:
    seen: set[str] = set()
    for field in mapping:
        if field is not None:
            if field in seen:
                return field
            seen.add(field)
    return None


def mapping_problem(mapping: Sequence[str | None]) -> str | None:
    """What keeps a file mapped this way from being imported, as one sentence in the
    user's language; None when nothing does."""
    unknown = [field for field in mapping if field is not None and field not in FIELDS]
    if unknown:
        raise ValueError(f"not an import field: {unknown[0]!r}")
    missing = missing_fields(mapping)
    no_time = "received_at" in missing
    no_customer = "customer_name" in missing
    if no_time and no_customer:
        return translate(
            "ImportColumns",
            "Choose the column with the date each enquiry came in, and one with the "
            "customer's name, phone or e-mail.",
        )
    if no_time:
        return translate("ImportColumns", "Choose the column with the date each enquiry came in.")
    if no_customer:
        return translate(
            "ImportColumns", "Choose a column with the customer's name, phone or e-mail."
        )
    twice = _twice(mapping)
    if twice is not None:
        #: {field} is the name of a field as the column chooser shows it, such as Phone.
        return translate("ImportColumns", "{field} is chosen for more than one column.").format(
            field=label(twice)
        )
    return None


__all__ = [
    "CUSTOMER_FIELDS",
    "FIELDS",
    "FIELD_LABELS",
    "REQUIRED_FIELDS",
    "heading_key",
    "known_headings",
    "label",
    "mapping_problem",
    "missing_fields",
    "recognise",
    "shape",
]
