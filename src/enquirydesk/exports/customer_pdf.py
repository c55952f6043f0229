"""A customer's data as a PDF they can read: "Data held about Ana Kovač".

Made from the very value the JSON file holds (`services.customer_data`), in the
program's language, on the month report's pages (`exports.pdf.PagedDocument`: A4,
the shop at the top of each page, the date made and the page number at the foot).
One flow of small pieces: the title, then each part under its heading — details,
merged records, enquiries, contacts, purchases, feedback and complaints, follow-ups
and the change log. Each record is a short table of its facts, its free text as
paragraphs below it, cut into pieces that each fit on a page (a note may be ten
thousand letters long); a long list is a table cut every few rows, so that no piece
is ever taller than a page.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter

from enquirydesk.domain.formats import Formats
from enquirydesk.exports import report_tables as tables
from enquirydesk.exports.pdf import BODY_PT, PagedDocument, _Block, ensure_gui, setup_page
from enquirydesk.i18n import QT_TRANSLATE_NOOP, Texts, translate
from enquirydesk.services.context import Context, Progress
from enquirydesk.services.export_rows import ExportError, atomic_output

CustomerData = Texts("CustomerData")

#: Letters of free text in one piece of a page (about a dozen lines).
PIECE = 1_200
#: Rows of a list table in one piece of a page.
ROWS = 20

#: The change log's tables, as the reader knows them.
ENTITIES = {
    "customer": QT_TRANSLATE_NOOP("CustomerData", "Customer"),
    "customer_contact_info": QT_TRANSLATE_NOOP("CustomerData", "Phone number or e-mail"),
    "enquiry": QT_TRANSLATE_NOOP("CustomerData", "Enquiry"),
    "contact": QT_TRANSLATE_NOOP("CustomerData", "Contact"),
    "enquiry_factor": QT_TRANSLATE_NOOP("CustomerData", "Why they chose us"),
    "follow_up": QT_TRANSLATE_NOOP("CustomerData", "Follow-up"),
    "feedback": QT_TRANSLATE_NOOP("CustomerData", "Feedback"),
}
CHANGES = {
    "create": QT_TRANSLATE_NOOP("CustomerData", "{record} {number} recorded"),
    "update": QT_TRANSLATE_NOOP("CustomerData", "{record} {number} changed"),
    "delete": QT_TRANSLATE_NOOP("CustomerData", "{record} {number} removed"),
}
FOLLOWUP_STATES = {
    "open": QT_TRANSLATE_NOOP("CustomerData", "open"),
    "done": QT_TRANSLATE_NOOP("CustomerData", "done"),
    "cancelled": QT_TRANSLATE_NOOP("CustomerData", "cancelled"),
}


def _time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _name(item: dict[str, str] | None) -> str:
    return "" if item is None else item["name"]


def pieces(text: str) -> list[str]:
    """`text` as pieces of at most `PIECE` letters, cut at line ends, else between words,
    else anywhere (a text without spaces)."""
    found: list[str] = []
    for paragraph in text.split("\n"):
        rest = paragraph
        while len(rest) > PIECE:
            cut = rest.rfind(" ", 0, PIECE + 1)
            if cut <= 0:
                cut = PIECE
            found.append(rest[:cut])
            rest = rest[cut:].lstrip(" ")
        found.append(rest)
    joined: list[str] = []
    for piece in found:  # short lines back together, as long as they fit in a piece
        if joined and len(joined[-1]) + 1 + len(piece) <= PIECE:
            joined[-1] += "\n" + piece
        else:
            joined.append(piece)
    return [piece for piece in joined if piece.strip()]


class _CustomerPages(PagedDocument):
    def __init__(self, device: QPagedPaintDevice, data: dict[str, Any], formats: Formats) -> None:
        super().__init__(device, formats)
        self.data = data
        customer = data["customer"]
        self.name = customer["name"] or CustomerData.tr("(no name)")
        self.title = CustomerData.tr("Data held about {name}").format(name=self.name)

    def running_head(self) -> tuple[str, str]:
        return (self.data["shop"] or translate("MonthReport", "EnquiryDesk"), self.title)

    # -- pieces -------------------------------------------------------------------------

    def when(self, text: str | None) -> str:
        return self.formats.when(_time(text))

    def money(self, text: str | None) -> str:
        if text is None:
            return ""
        return self.formats.cents(int(Decimal(text) * 100))

    def facts(self, rows: Iterable[tuple[str, str]]) -> _Block:
        """A record's facts: a label and its value a line, the empty ones left out."""
        cells = "".join(
            f'<tr><td width="30%" class="note">{html.escape(label)}</td>'
            f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
            for label, value in rows
            if value
        )
        return self.document(f'<table width="100%" cellspacing="0" cellpadding="2">{cells}</table>')

    def line(self, text: str, keep_with_next: bool = False) -> _Block:
        """A record's one-line title, in bold."""
        block = self.document(f'<p style="margin-top: 4pt"><b>{html.escape(text)}</b></p>')
        block.keep_with_next = keep_with_next
        return block

    def paragraph(self, text: str, css: str = "") -> _Block:
        return self.document(f'<p class="{css}">{html.escape(text).replace(chr(10), "<br>")}</p>')

    def text(self, label: str, text: str) -> list[_Block]:
        """Free text under its label, in pieces that each fit on a page."""
        if not text.strip():
            return []
        parts = pieces(text)
        first = f"{label}: {parts[0]}" if label else parts[0]
        return [self.paragraph(first), *(self.paragraph(part) for part in parts[1:])]

    def subheading(self, text: str) -> _Block:
        return self.heading(text, size=1.1)

    def rows_table(
        self, header: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[int, ...]
    ) -> list[_Block]:
        """A list as tables of `ROWS` rows each, every one with the header."""
        return [
            self.table(
                tables.Table("", header, tuple(rows[start : start + ROWS])),
                widths,
                caption=False,
                left=len(header),
            )
            for start in range(0, len(rows), ROWS)
        ]

    def none(self) -> list[_Block]:
        return [self.paragraph(CustomerData.tr("None."), "note")]

    # -- parts ---------------------------------------------------------------------------

    def sections(self) -> list[tuple[str, list[_Block]]]:
        blocks = self.opening()
        for title, part in (
            (CustomerData.tr("Details"), self.details()),
            (CustomerData.tr("Merged records"), self.merged()),
            (CustomerData.tr("Enquiries"), self.enquiries()),
            (CustomerData.tr("Contacts"), self.contacts()),
            (CustomerData.tr("Purchases"), self.purchases()),
            (CustomerData.tr("Feedback and complaints"), self.feedback()),
            (CustomerData.tr("Follow-ups"), self.followups()),
            (CustomerData.tr("Change log"), self.change_log()),
        ):
            if part is None:
                continue
            blocks.append(self.heading(title))
            blocks.extend(part or self.none())
        return [("", blocks)]

    def opening(self) -> list[_Block]:
        data = self.data
        made = _time(data["exported_at"]) or datetime.now()
        lines = [
            f'<p style="font-size: {BODY_PT * 2:.1f}pt; font-weight: bold; margin: 0">'
            f"{html.escape(self.title)}</p>"
        ]
        if data["shop"]:
            lines.append(
                f'<p style="font-size: {BODY_PT * 1.4:.1f}pt; margin-top: 2pt">'
                f"{html.escape(data['shop'])}</p>"
            )
        lines.append(
            '<p class="note">'
            + html.escape(
                CustomerData.tr(
                    "Everything the shop keeps about this customer on {date}: their details, "
                    "enquiries, contacts, purchases, feedback, follow-ups and the changes "
                    "made to them. Times are the shop's local time; amounts are in {currency}."
                ).format(date=self.formats.long_date(made), currency=data["currency"])
            )
            + "</p>"
        )
        return [self.document("".join(lines))]

    def details(self) -> list[_Block]:
        c = self.data["customer"]
        phones = "\n".join(self.formats.phone(p) for p in c["phones"])
        referrer = c["referred_by"]
        referred = ", ".join(p["name"] or f"#{p['id']}" for p in c["referred"])
        blocks = [
            self.facts(
                [
                    (CustomerData.tr("Customer number"), str(c["id"])),
                    (CustomerData.tr("Name"), self.name),
                    (CustomerData.tr("Phone numbers"), phones),
                    (CustomerData.tr("E-mail addresses"), "\n".join(c["emails"])),
                    (CustomerData.tr("Handle"), c["handle"]),
                    (CustomerData.tr("Agreed to offers"), self.when(c["consent_at"])),
                    (CustomerData.tr("Customer since"), self.when(c["created_at"])),
                    (CustomerData.tr("Last changed"), self.when(c["updated_at"])),
                    (CustomerData.tr("Referred by"), referrer["name"] if referrer else ""),
                    (CustomerData.tr("Referred to us"), referred),
                    (CustomerData.tr("Personal data erased"), self.when(c["forgotten_at"])),
                ]
            )
        ]
        if c["forgotten"]:
            blocks.append(
                self.paragraph(
                    CustomerData.tr(
                        "This customer's personal data was erased on {date}; only anonymous "
                        "records remain."
                    ).format(date=self.formats.date(_time(c["forgotten_at"]))),
                    "note",
                )
            )
        return blocks + self.text(CustomerData.tr("Notes"), c["notes"])

    def merged(self) -> list[_Block] | None:
        merged = self.data["merged_customers"]
        if not merged:
            return None  # no part at all: most customers were never merged
        blocks = [
            self.paragraph(
                CustomerData.tr(
                    "Records of the same person kept under another customer number, "
                    "merged into this one."
                ),
                "note",
            )
        ]
        for m in merged:
            blocks.append(
                self.line(CustomerData.tr("Customer number {number}").format(number=m["id"]), True)
            )
            blocks.append(
                self.facts(
                    [
                        (CustomerData.tr("Name"), m["name"]),
                        (
                            CustomerData.tr("Phone numbers"),
                            "\n".join(map(self.formats.phone, m["phones"])),
                        ),
                        (CustomerData.tr("E-mail addresses"), "\n".join(m["emails"])),
                        (CustomerData.tr("Handle"), m["handle"]),
                        (CustomerData.tr("Customer since"), self.when(m["created_at"])),
                        (CustomerData.tr("Merged on"), self.when(m["merged_at"])),
                    ]
                )
            )
            blocks.extend(self.text(CustomerData.tr("Notes"), m["notes"]))
        return blocks

    def deleted(self, record: dict[str, Any]) -> tuple[str, str]:
        return (CustomerData.tr("Deleted on"), self.when(record["deleted_at"]))

    def enquiries(self) -> list[_Block]:
        blocks: list[_Block] = []
        for e in self.data["enquiries"]:
            title = CustomerData.tr("Enquiry {number} · {date}").format(
                number=e["id"], date=self.formats.date(_time(e["received_at"]))
            )
            answered = e["first_response"]
            response = ""
            if answered is not None:
                response = " · ".join(
                    part
                    for part in (self.when(answered["at"]), answered["by"], _name(answered["how"]))
                    if part
                )
            outcome = _name(e["outcome"])
            if e["outcome_at"]:
                outcome = f"{outcome} · {self.when(e['outcome_at'])}"
            referrer = e["referred_by"]
            blocks.append(self.subheading(title))
            blocks.append(
                self.facts(
                    [
                        (CustomerData.tr("Received"), self.when(e["received_at"])),
                        (CustomerData.tr("Channel"), _name(e["channel"])),
                        (CustomerData.tr("Interest"), e["interest"]),
                        (CustomerData.tr("How they heard of us"), _name(e["source"])),
                        (CustomerData.tr("Recommended by"), referrer["name"] if referrer else ""),
                        (CustomerData.tr("Taken by"), e["taken_by"] or ""),
                        (CustomerData.tr("Estimated value"), self.money(e["estimated_value"])),
                        (CustomerData.tr("First response"), response),
                        (CustomerData.tr("Outcome"), outcome),
                        (CustomerData.tr("Purchase value"), self.money(e["purchase_value"])),
                        (CustomerData.tr("Bought"), _name(e["purchase_channel"])),
                        (CustomerData.tr("Why the sale was lost"), _name(e["lost_reason"])),
                        (
                            CustomerData.tr("Why they chose us"),
                            ", ".join(_name(f) for f in e["decision_factors"]),
                        ),
                        self.deleted(e),
                    ]
                )
            )
            blocks.extend(self.text(CustomerData.tr("Details"), e["details"]))
        return blocks

    def contacts(self) -> list[_Block]:
        blocks: list[_Block] = []
        directions = {
            "in": CustomerData.tr("from the customer"),
            "out": CustomerData.tr("to the customer"),
        }
        for c in self.data["contacts"]:
            parts = [
                self.when(c["at"]),
                _name(c["kind"]),
                directions.get(c["direction"], c["direction"]),
                c["staff"] or "",
                CustomerData.tr("enquiry {number}").format(number=c["enquiry_id"]),
            ]
            if c["deleted_at"]:
                parts.append(
                    CustomerData.tr("deleted on {date}").format(date=self.when(c["deleted_at"]))
                )
            blocks.append(self.line(" · ".join(p for p in parts if p), bool(c["text"].strip())))
            blocks.extend(self.text("", c["text"]))
        return blocks

    def purchases(self) -> list[_Block]:
        rows = [
            (
                self.when(p["at"]),
                str(p["enquiry_id"]),
                next((e["interest"] for e in self.data["enquiries"] if e["id"] == p["enquiry_id"]),
                     ""),
                self.money(p["value"]),
                _name(p["purchase_channel"]),
            )
            for p in self.data["purchases"]
        ]  # fmt: skip
        header = (
            CustomerData.tr("When"),
            CustomerData.tr("Enquiry"),
            CustomerData.tr("Interest"),
            CustomerData.tr("Value"),
            CustomerData.tr("Bought"),
        )
        return self.rows_table(header, rows, (20, 10, 40, 15, 15))

    def feedback(self) -> list[_Block]:
        blocks: list[_Block] = []
        for f in self.data["feedback"]:
            parts = [
                self.when(f["recorded_at"]),
                CustomerData.tr("enquiry {number}").format(number=f["enquiry_id"]),
                CustomerData.tr("complaint") if f["complaint"] else "",
                CustomerData.tr("rated {rating}/5").format(rating=f["rating"])
                if f["rating"]
                else "",
                _name(f["expectation"]),
                CustomerData.tr("would recommend {score}/10").format(score=f["recommend"])
                if f["recommend"] is not None
                else "",
                f["staff"] or "",
            ]
            if f["deleted_at"]:
                parts.append(
                    CustomerData.tr("deleted on {date}").format(date=self.when(f["deleted_at"]))
                )
            blocks.append(self.line(" · ".join(p for p in parts if p), True))
            blocks.extend(self.text(CustomerData.tr("Comment"), f["comment"]))
            if f["complaint"]:
                if f["complaint_resolved_at"]:
                    said = CustomerData.tr("Resolved on {date}").format(
                        date=self.when(f["complaint_resolved_at"])
                    )
                    blocks.extend(self.text(said, f["resolution"]) or [self.paragraph(said)])
                else:
                    blocks.append(self.paragraph(CustomerData.tr("Not resolved yet.")))
        return blocks

    def followups(self) -> list[_Block]:
        blocks: list[_Block] = []
        for f in self.data["followups"]:
            state = CustomerData.tr(FOLLOWUP_STATES[f["state"]])
            done = f["done_at"] or f["cancelled_at"]
            if done:
                state = f"{state} {self.when(done)}"
            parts = [
                _name(f["topic"]) or _name(f["kind"]),
                CustomerData.tr("due {date}").format(date=self.when(f["due_at"])),
                state,
                f["assigned_to"] or "",
                CustomerData.tr("enquiry {number}").format(number=f["enquiry_id"])
                if f["enquiry_id"]
                else "",
            ]
            if f["deleted_at"]:
                parts.append(
                    CustomerData.tr("deleted on {date}").format(date=self.when(f["deleted_at"]))
                )
            wrote = bool(f["note"].strip() or f["result"].strip())
            blocks.append(self.line(" · ".join(p for p in parts if p), wrote))
            blocks.extend(self.text(CustomerData.tr("Note"), f["note"]))
            blocks.extend(self.text(CustomerData.tr("Result"), f["result"]))
        return blocks

    def change_log(self) -> list[_Block]:
        rows = []
        for entry in self.data["change_log"]:
            record = CustomerData.tr(ENTITIES.get(entry["entity"], entry["entity"]))
            what = CustomerData.tr(CHANGES.get(entry["change"], "{record} {number}")).format(
                record=record, number=entry["entity_id"]
            )
            rows.append((self.when(entry["at"]), entry["actor"], entry["summary"], what))
        header = (
            CustomerData.tr("When"),
            CustomerData.tr("By"),
            CustomerData.tr("What was done"),
            CustomerData.tr("Record"),
        )
        return self.rows_table(header, rows, (18, 20, 37, 25))


def write_pdf(
    ctx: Context, data: dict[str, Any], path: Path, progress: Progress | None = None
) -> None:
    """`data` (`services.customer_data.customer_data`) as an A4 PDF at `path`, written
    whole or not at all."""
    ensure_gui()
    formats = ctx.formats
    with atomic_output(Path(path)) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(600)
        setup_page(writer)
        pages = _CustomerPages(writer, data, formats)
        writer.setTitle(pages.title)
        writer.setCreator("EnquiryDesk")
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportError(
                translate("Export", "The report cannot be drawn on this printer or file.")
            )
        try:
            pages.paint(painter, progress)
        finally:
            painter.end()
        del pages, writer  # closes the file before it is renamed


__all__ = ["pieces", "write_pdf"]
