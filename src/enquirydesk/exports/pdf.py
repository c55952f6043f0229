"""The owner's month as printable A4 pages: the PDF export, and the same pages on paper.

`paint_report` paints the pages on any paged device — a `QPdfWriter` for
`write_pdf`, a `QPrinter` for the window's print and print preview — so the PDF
and the printout are the same pages. Text and tables are laid out by
`QTextDocument`, charts by `exports.charts`; the figures come from one
`services.report_charts.summary` read.

Works without a display: the command line gets an offscreen `QGuiApplication`
(fonts need one). The file is written whole or not at all
(`services.exports.atomic_output`): a cancel or an error leaves no file behind.
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLineF, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from enquirydesk.domain.formats import Formats, shop_formats
from enquirydesk.domain.month import Month
from enquirydesk.exports import report_content as content
from enquirydesk.exports import report_tables as tables
from enquirydesk.exports.chart_data import ChartData
from enquirydesk.exports.charts import ChartStyle, paint_chart, preferred_height
from enquirydesk.i18n import current_language, translate
from enquirydesk.services import report_charts
from enquirydesk.services.context import Cancelled, Context, Progress
from enquirydesk.services.export_rows import ExportError, atomic_output
from enquirydesk.services.report_charts import MonthSummary

#: Families that carry Indonesian and Slovenian letters (č, š, ž) everywhere we run;
#: the first one installed is used, else Qt's default.
FONT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Liberation Sans")
BODY_PT = 9.0
GOOD, BAD = "#1b5e20", "#b00020"  # dark enough to read in black and white too
_app: QGuiApplication | None = None


def ensure_gui() -> None:
    """Fonts and painting need a QGuiApplication: make one (offscreen on a machine
    with no display) when the command line has none."""
    global _app
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise ExportError(
                translate(
                    "Export", "A PDF cannot be drawn without Qt's graphics (QGuiApplication)."
                )
            )
        return
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform not in ("win32", "darwin") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "enquirydesk"])


def report_font(point_size: float = BODY_PT) -> QFont:
    """The first of `FONT_FAMILIES` that has č, š and ž (checked, not assumed), without
    ligatures, so that "fi" stays two letters a reader of the PDF can search for."""
    installed = set(QFontDatabase.families())
    font = QFont()
    for family in FONT_FAMILIES:
        if family in installed:
            candidate = QFont(family)
            metrics = QFontMetricsF(candidate)
            if all(metrics.inFontUcs4(ord(c)) for c in "čšžČŠŽ€▲▼"):
                font = candidate
                break
    font.setPointSizeF(point_size)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


@dataclass
class _Block:
    """One piece of a page: measured at a width, then painted at a place."""

    height: Callable[[float], float]
    paint: Callable[[QPainter, QRectF], None]
    keep_with_next: bool = False


class PagedDocument:
    """Blocks of text and tables laid out on the pages of `device`, under a running head
    and above a foot with the date made and the page number. A kind of document says
    what its sections hold (`sections`) and what its running head reads (`running_head`);
    the month's report is one (`_Pages`), a customer's data another."""

    def __init__(self, device: QPagedPaintDevice, formats: Formats) -> None:
        self.device = device
        self.formats = formats
        self.font = report_font()
        self.pt = device.logicalDpiY() / 72

    def sections(self) -> list[tuple[str, list[_Block]]]:
        """(heading, blocks) of each section; each starts a page, the first without its
        heading (it opens with its own title)."""
        raise NotImplementedError

    def running_head(self) -> tuple[str, str]:
        """What the top of every page says, left and right."""
        raise NotImplementedError

    # -- blocks ------------------------------------------------------------------------

    def document(self, body: str) -> _Block:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(self.font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(
            "th { font-weight: bold; } .note { color: #505050; } "
            f".good {{ color: {GOOD}; }} .bad {{ color: {BAD}; }}"
        )
        doc.setHtml(body)

        def height(width: float) -> float:
            doc.setTextWidth(width)
            return doc.size().height()

        def paint(painter: QPainter, rect: QRectF) -> None:
            doc.setTextWidth(rect.width())
            painter.save()
            painter.translate(rect.topLeft())
            doc.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
            painter.restore()

        return _Block(height, paint)

    def heading(self, text: str, size: float = 1.35) -> _Block:
        block = self.document(
            f'<p style="font-size: {BODY_PT * size:.1f}pt; font-weight: bold; '
            f'margin-top: 6pt; margin-bottom: 3pt">{html.escape(text)}</p>'
        )
        block.keep_with_next = True
        return block

    def table(
        self,
        table: tables.Table,
        widths: tuple[int, ...] = (),
        caption: bool = True,
        left: int = 1,
    ) -> _Block:
        """`table` with its names left and its figures right; `widths` in percent; the
        first `left` columns are names (all of them for a table of words)."""
        columns = len(table.header)
        if not widths:
            rest = 66 // max(1, columns - 1)
            widths = (100 - rest * (columns - 1), *([rest] * (columns - 1)))
        line = "1px solid #404040"  # rich-text pixels are 1/96 inch on any device

        def row(cells: tuple[str, ...], tag: str, extra: str = "", style: str = "") -> str:
            return (
                f"<tr{extra}>"
                + "".join(
                    f'<{tag} align="{"left" if i < left else "right"}" width="{widths[i]}%" '
                    f'style="{style}">{cell}</{tag}>'
                    for i, cell in enumerate(cells)
                )
                + "</tr>"
            )

        body = [
            row(tuple(html.escape(h) for h in table.header), "th", style=f"border-bottom: {line}")
        ]
        for number, cells in enumerate(table.rows):
            last = table.total and number == len(table.rows) - 1
            shade = ' bgcolor="#efefef"' if number % 2 and not last else ""
            body.append(row(_escaped(cells), "td", shade, f"border-top: {line}" if last else ""))
        title = f"<p><b>{html.escape(table.title)}</b></p>" if caption else ""
        return self.document(
            f'{title}<table width="100%" cellspacing="0" cellpadding="3" '
            f'style="border-collapse: collapse">{"".join(body)}</table>'
        )

    # -- pages -------------------------------------------------------------------------

    def plan(self, width: float, height: float) -> list[list[tuple[_Block, float]]]:
        """Each section from a new page; a block that does not fit goes on the next one,
        and a heading goes with the block after it."""
        gap = 6 * self.pt
        pages: list[list[tuple[_Block, float]]] = []
        for number, (title, blocks) in enumerate(self.sections()):
            # The first page opens with its own title instead of a heading.
            placed = [self.heading(title), *blocks] if number else blocks
            needs = [block.height(width) for block in placed]
            page: list[tuple[_Block, float]] = []
            used = 0.0
            for index, (block, need) in enumerate(zip(placed, needs, strict=True)):
                together = need
                if block.keep_with_next and index + 1 < len(placed):
                    together += gap + needs[index + 1]
                if page and used + together > height:
                    pages.append(page)
                    page, used = [], 0.0
                page.append((block, need))
                used += need + gap
            pages.append(page)
        return pages

    def paint(self, painter: QPainter, progress: Progress | None) -> int:
        device = self.device
        header_h = QFontMetricsF(self.font, device).height() * 2.2
        width, height = float(device.width()), float(device.height())
        body = QRectF(0, header_h, width, height - 2 * header_h)
        pages = self.plan(body.width(), body.height())
        made = translate("MonthReport", "Made by EnquiryDesk on {date}").format(
            date=self.formats.when(datetime.now())
        )
        for number, page in enumerate(pages, start=1):
            if progress is not None and progress(number - 1, len(pages)) is False:
                raise Cancelled(_cancelled())
            if number > 1 and not device.newPage():
                raise ExportError(
                    translate("Export", "The printer or PDF file refused a new page.")
                )
            foot = translate("MonthReport", "Page {number} of {total}").format(
                number=self.formats.count(number), total=self.formats.count(len(pages))
            )
            self._frame(painter, width, height, foot, made)
            y = body.top()
            for block, need in page:
                block.paint(painter, QRectF(0, y, width, need))
                y += need + 6 * self.pt
        if progress is not None:
            progress(len(pages), len(pages))
        return len(pages)

    def _frame(self, painter: QPainter, width: float, height: float, foot: str, made: str) -> None:
        """The running head at the top of every page; when the document was made and the
        page number at the foot."""
        small = QFont(self.font)
        small.setPointSizeF(BODY_PT * 0.85)
        line = QFontMetricsF(small, self.device).height()
        painter.save()
        painter.setFont(small)
        painter.setPen(QPen(Qt.GlobalColor.darkGray, 0.5 * self.pt))
        for top, (left, right) in ((0.0, self.running_head()), (height - line, (made, foot))):
            box = QRectF(0, top, width, line)
            middle = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | middle, left)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | middle, right)
        for y in (line * 1.4, height - line * 1.4):
            painter.drawLine(QLineF(0, y, width, y))
        painter.restore()


class _Pages(PagedDocument):
    """The month's report: its blocks of every section on `device`, placed on pages."""

    def __init__(self, device: QPagedPaintDevice, summary: MonthSummary, formats: Formats) -> None:
        super().__init__(device, formats)
        self.summary = summary
        self.style = ChartStyle(self.font)
        self.month = self.formats.month(summary.month)
        self.last = self.formats.month(summary.month.previous())

    def running_head(self) -> tuple[str, str]:
        """The shop and the month."""
        month = translate("MonthReport", "Monthly report · {month}").format(month=self.month)
        return (self.summary.shop or translate("MonthReport", "EnquiryDesk"), month)

    def chart(self, chart: ChartData) -> _Block:
        def height(width: float) -> float:
            return preferred_height(chart, self.style, self.device, width) + 8 * self.pt

        def paint(painter: QPainter, rect: QRectF) -> None:
            paint_chart(painter, rect.adjusted(0, 4 * self.pt, 0, -4 * self.pt), chart, self.style)

        return _Block(height, paint)

    def headline_table(self) -> _Block:
        rows = []
        for line in content.headlines(self.summary, self.formats):
            change = html.escape(line.change) or "–"
            if line.better is not None:
                arrow = "▲" if line.direction > 0 else "▼"
                if line.better:
                    said = translate("MonthReport", "{arrow} {change} (better)")
                else:
                    said = translate("MonthReport", "{arrow} {change} (worse)")
                kind = "good" if line.better else "bad"
                said = html.escape(said).format(arrow=arrow, change=change)
                change = f'<span class="{kind}">{said}</span>'
            elif line.change:
                said = html.escape(translate("MonthReport", "{change} (unchanged)"))
                change = said.format(change=change)
            title = (
                f"<b>{html.escape(line.title)}</b><br>"
                f'<span class="note">{html.escape(line.note)}</span>'
            )
            rows.append(_Raw((title, html.escape(line.value), html.escape(line.previous), change)))
        header = (
            translate("MonthReport", "Figure"),
            self.month,
            self.last,
            translate("MonthReport", "Change"),
        )
        return self.table(tables.Table("", header, tuple(rows)), (34, 18, 18, 30), caption=False)

    # -- sections ----------------------------------------------------------------------

    def sections(self) -> list[tuple[str, list[_Block]]]:
        s, f = self.summary, self.formats
        charts = content.charts(s, f)
        shop = s.shop or translate("MonthReport", "EnquiryDesk")
        title = translate("MonthReport", "Monthly report for {month}").format(month=self.month)
        compared = translate("MonthReport", "Compared with {month}").format(month=self.last)
        opening = self.document(
            f'<p style="font-size: {BODY_PT * 2.2:.1f}pt; font-weight: bold; margin: 0">'
            f"{html.escape(shop)}</p>"
            f'<p style="font-size: {BODY_PT * 1.5:.1f}pt; margin-top: 2pt">'
            f"{html.escape(title)}</p>"
            f'<p class="note">{html.escape(compared)}</p>'
        )
        notes = self.document(f'<p class="note">{html.escape(tables.notes())}</p>')
        response, after_sale = tables.response_table(s, f), tables.after_sale_table(s, f)
        channel_response = tables.channel_response_table(s, f)

        def counts(section: str, title: str, first: str, total: str = "") -> _Block:
            table = tables.count_table(s, section, title, first, f, total)
            return self.table(table, (34, 13, 10, 13, 10, 20))

        reason = translate("MonthReport", "Reason")
        return [
            (
                translate("MonthReport", "The month at a glance"),
                [opening, self.headline_table(), notes, self.chart(charts["journey"])],
            ),
            (
                translate("MonthReport", "Enquiries and response"),
                [
                    self.chart(charts["channels"]),
                    self.chart(charts["response"]),
                    self.table(response, (50, 25, 25)),
                ],
            ),
            (
                channel_response.title,
                [
                    self.chart(charts["channel_response"]),
                    self.table(channel_response, (24, 19, 19, 19, 19), caption=False),
                ],
            ),
            (
                translate("MonthReport", "Sales by channel"),
                [
                    self.chart(charts["conversion"]),
                    self.table(tables.channel_table(s, f), (30, 16, 16, 16, 22)),
                ],
            ),
            (
                translate("MonthReport", "Why we lose and why we win"),
                [
                    self.chart(charts["lost_reasons"]),
                    counts(
                        "lost_reasons", translate("MonthReport", "Lost sales by reason"), reason
                    ),
                    self.chart(charts["decision_factors"]),
                    counts(
                        "decision_factors",
                        translate(
                            "MonthReport", "Why buyers chose us (a buyer may give several reasons)"
                        ),
                        reason,
                        translate("MonthReport", "Reasons given"),
                    ),
                ],
            ),
            (
                translate("MonthReport", "How they heard of us, and after the sale"),
                [
                    self.chart(charts["sources"]),
                    counts(
                        "sources",
                        translate("MonthReport", "How they heard of us"),
                        translate("MonthReport", "Source"),
                    ),
                    self.table(after_sale, (50, 25, 25)),
                ],
            ),
        ]


class _Raw(tuple):
    """A table row whose cells are already HTML (the headline table's change marks)."""


def _escaped(row: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(row) if isinstance(row, _Raw) else tuple(html.escape(cell) for cell in row)


def setup_page(device: QPagedPaintDevice) -> None:
    """A4 portrait with margins a binder and a printer both leave alone."""
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 12, 16, 12),
            QPageLayout.Unit.Millimeter,
        )
    )


def _cancelled() -> str:
    return translate("Export", "The PDF export was cancelled; no file was written.")


def paint_report(
    device: QPagedPaintDevice,
    summary: MonthSummary,
    progress: Progress | None = None,
    formats: Formats | None = None,
) -> int:
    """Paint the month's pages on `device` (its page layout as set); returns the page count.

    `formats` writes the figures (``ctx.formats``: the program's language, the shop's
    country and currency); without it, the program's language and `summary`'s currency."""
    ensure_gui()
    if formats is None:
        formats = shop_formats(current_language(), "", summary.currency)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(
            translate("Export", "The report cannot be drawn on this printer or file.")
        )
    try:
        return _Pages(device, summary, formats).paint(painter, progress)
    finally:
        painter.end()


def write_pdf(ctx: Context, month: Month, path: Path, progress: Progress | None = None) -> None:
    """The month's report as an A4 PDF at `path`, written whole or not at all."""
    ensure_gui()
    formats = ctx.formats
    summary = report_charts.summary(ctx, month)
    if progress is not None and progress(0, 1) is False:
        raise Cancelled(_cancelled())
    with atomic_output(Path(path)) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(600)
        writer.setTitle(
            translate("MonthReport", "{shop} — monthly report {month}").format(
                shop=summary.shop or translate("MonthReport", "EnquiryDesk"),
                month=formats.month(summary.month),
            )
        )
        writer.setCreator("EnquiryDesk")
        setup_page(writer)
        paint_report(writer, summary, progress, formats)
        del writer  # closes the file before it is renamed


__all__ = ["PagedDocument", "ensure_gui", "paint_report", "report_font", "setup_page", "write_pdf"]
