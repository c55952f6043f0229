"""One small QPainter chart renderer for the screen, the PDF and the printer.

`paint_chart(painter, rect, chart, style)` lays a `ChartData` out in `rect` and
paints it on whatever the painter paints on — a widget, a `QPdfWriter` page, a
`QPrinter` — so the three can never differ. Sizes are in points converted with
the device's own resolution, so a chart reads the same at 96 and at 1200 dpi.

Made to be read on paper: every value is written beside its bar, names that do not
fit are elided (never drawn over a neighbour), and fills differ in lightness and
hatching as well as colour, so a black-and-white print still tells this month from
last month and "within target" from "over". The figures in a `ChartData` come
written already (`exports.report_content`, with `domain.formats.Formats`). (Qt
Charts is deprecated and not in PySide6-Essentials.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPalette, QPen

from enquirydesk.exports.chart_data import MISSING, ChartData, Kind, Series  # noqa: F401 (API)

#: Roles of text not drawn in the base font, and the font they are drawn in.
ROLE_FONTS = {"title": "title", "legend": "small", "marker": "small", "axis": "small"}
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Fill:
    """A bar's look: `colour`, hatched with `ink` lines (1 "/", -1 "\\", 0 none)."""

    colour: str
    ink: str
    hatch: int = 0


#: This month (dark, solid), last month (light, "/"), over target (light warm, "\"),
#: not answered (middle grey): four lightnesses, three textures.
PAPER_FILLS = (
    Fill("#1f4e79", "#1f4e79"),
    Fill("#c5d9ed", "#2e5d8a", 1),
    Fill("#eaa16f", "#7a3508", -1),
    Fill("#8c8c8c", "#404040"),
)
DARK_FILLS = (Fill("#6fa8dc", "#6fa8dc"), *PAPER_FILLS[1:])


@dataclass(frozen=True)
class ChartStyle:
    font: QFont
    text: QColor = field(default_factory=lambda: QColor("#000000"))
    muted: QColor = field(default_factory=lambda: QColor("#505050"))
    rule: QColor = field(default_factory=lambda: QColor("#8c8c8c"))
    fills: tuple[Fill, ...] = PAPER_FILLS

    @classmethod
    def for_palette(cls, palette: QPalette, font: QFont) -> ChartStyle:
        """On screen: the theme's text colours; a lighter "this month" on a dark theme."""
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlphaF(0.72)
        return cls(font, text, muted, muted, DARK_FILLS if dark else PAPER_FILLS)


@dataclass(frozen=True)
class Text:
    rect: QRectF
    text: str
    role: str  # title, label, value, legend, marker, empty
    align: Qt.AlignmentFlag = LEFT


@dataclass(frozen=True)
class Bar:
    rect: QRectF
    fill: int


@dataclass
class ChartLayout:
    """Where everything goes: what `paint_chart` draws, and what tests measure."""

    rect: QRectF
    texts: list[Text] = field(default_factory=list)
    bars: list[Bar] = field(default_factory=list)
    lines: list[tuple[QLineF, bool]] = field(default_factory=list)  # (line, dashed)
    swatches: list[Bar] = field(default_factory=list)  # the legend's


class _Measure:
    """Fonts and their metrics on one paint device; `pt` converts points to its units."""

    def __init__(self, style: ChartStyle, device: QPaintDevice) -> None:
        self.pt = device.logicalDpiY() / 72
        base = QFont(style.font)
        if base.pointSizeF() <= 0:  # a font sized in pixels: in points at the screen's 96 dpi
            base.setPointSizeF(base.pixelSize() * 72 / 96)
        title, small = QFont(base), QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.12)
        small.setPointSizeF(base.pointSizeF() * 0.88)
        self.fonts = {"base": base, "title": title, "small": small}
        self.metrics = {k: QFontMetricsF(f, device) for k, f in self.fonts.items()}
        self.line = self.metrics["base"].height()
        self.pad = 0.35 * self.line

    def width(self, text: str, font: str = "base") -> float:
        return self.metrics[font].horizontalAdvance(text)

    def elide(self, text: str, width: float, font: str = "base") -> str:
        return self.metrics[font].elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))

    def wrap(self, text: str, width: float, font: str) -> list[str]:
        """`text` in one line of `width`, else in two as even as can be ("up to" over
        "15 min", not "up to 15" over "min"); what still does not fit is elided. Only
        plain spaces break a line (a no-break space keeps "15 min" together)."""
        if self.width(text, font) <= width:
            return [text]
        words = [w for w in text.split(" ") if w]
        splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
        fitting = [s for s in splits if max(self.width(p, font) for p in s) <= width]
        if fitting:
            return list(min(fitting, key=lambda s: max(self.width(p, font) for p in s)))
        # No even split fits: as many words as fit on the first line, the rest elided.
        taken = 1
        while taken < len(words) and self.width(" ".join(words[: taken + 1]), font) <= width:
            taken += 1
        lines = [" ".join(words[:taken]), " ".join(words[taken:])]
        return [self.elide(line, width, font) for line in lines if line]


def _legend(chart: ChartData, m: _Measure, rect: QRectF, layout: ChartLayout | None) -> float:
    """Lay out the legend rows from the top of `rect`; returns their height."""
    entries = chart.legend_entries()
    if not entries:
        return 0.0
    row_h = m.metrics["small"].height() * 1.3
    box = m.metrics["small"].height() * 0.8
    x, y = rect.left(), rect.top()
    for text, fill in entries:
        shown = m.elide(text, rect.width() - box - m.pad, "small")
        need = box + m.pad + m.width(shown, "small") + 2 * m.pad
        if x > rect.left() and x + need > rect.right():
            x, y = rect.left(), y + row_h
        if layout is not None:
            top = y + (row_h - box) / 2
            layout.swatches.append(Bar(QRectF(x, top, box, box), fill))
            width = min(m.width(shown, "small") + 1, rect.right() - x - box - m.pad)
            layout.texts.append(Text(QRectF(x + box + m.pad, y, width, row_h), shown, "legend"))
        x += need
    return y + row_h - rect.top()


def _plot_height(chart: ChartData, m: _Measure) -> float:
    rows = len(chart.labels)
    if chart.empty:
        return 3 * m.line
    if chart.kind is Kind.HORIZONTAL:
        return rows * (len(chart.series) * 1.1 + 0.55) * m.line
    if chart.kind is Kind.FUNNEL:
        return rows * 1.55 * m.line
    return 12 * m.line


def preferred_height(
    chart: ChartData, style: ChartStyle, device: QPaintDevice, width: float
) -> float:
    """The height, in `device` units, at which every name and value has its room."""
    m = _Measure(style, device)
    head = m.metrics["title"].height() + m.pad
    legend = _legend(chart, m, QRectF(0, 0, width, 1e6), None)
    return head + legend + (m.pad if legend else 0) + _plot_height(chart, m)


def layout_chart(
    chart: ChartData, rect: QRectF, style: ChartStyle, device: QPaintDevice
) -> ChartLayout:
    m = _Measure(style, device)
    layout = ChartLayout(QRectF(rect))
    title_h = m.metrics["title"].height()
    layout.texts.append(
        Text(
            QRectF(rect.left(), rect.top(), rect.width(), title_h),
            m.elide(chart.title, rect.width(), "title"),
            "title",
        )
    )
    top = rect.top() + title_h + m.pad
    legend = _legend(chart, m, QRectF(rect.left(), top, rect.width(), rect.bottom() - top), layout)
    top += legend + (m.pad if legend else 0)
    plot = QRectF(rect.left(), top, rect.width(), max(0.0, rect.bottom() - top))
    if chart.empty:
        text = m.elide(chart.empty_text, plot.width())
        layout.texts.append(Text(plot, text, "empty", CENTRE))
    elif chart.kind is Kind.VERTICAL:
        _vertical(chart, plot, m, layout)
    else:
        _rows(chart, plot, m, layout)
    return layout


def _rows(chart: ChartData, plot: QRectF, m: _Measure, layout: ChartLayout) -> None:
    """Horizontal bars (one row per label, a bar per series) and the funnel (centred)."""
    funnel = chart.kind is Kind.FUNNEL
    series = chart.series
    per_row = 1.55 if funnel else len(series) * 1.1 + 0.55
    unit = min(m.line, plot.height() / (len(chart.labels) * per_row))  # shrink, never spill
    bar_h = unit * (1.15 if funnel else 1.1)
    row_h = unit * per_row
    texts = [chart.value_text(v) for s in series for v in s.values]
    value_w = min(max(m.width(t) for t in texts) + m.pad, plot.width() * 0.3)
    label_w = min(max(m.width(t) for t in chart.labels) + m.pad, plot.width() * 0.38)
    x0 = plot.left() + label_w + m.pad
    room = max(0.0, plot.right() - value_w - m.pad - x0)
    biggest = max((v for s in series for v in s.values if v is not None), default=0) or 1
    for row, label in enumerate(chart.labels):
        top = plot.top() + row * row_h
        block = bar_h * (1 if funnel else len(series))
        layout.texts.append(
            Text(QRectF(plot.left(), top, label_w, block), m.elide(label, label_w), "label")
        )
        for number, one in enumerate(series):
            value = one.values[row]
            y = top + (0 if funnel else number * bar_h)
            length = 0.0 if value is None else room * max(0.0, value) / biggest
            left = x0 + (room - length) / 2 if funnel else x0
            if length > 0:
                inset = bar_h * 0.08
                layout.bars.append(
                    Bar(
                        QRectF(left, y + inset, length, bar_h - 2 * inset),
                        chart.fill_of(number, row),
                    )
                )
            after = x0 + room if funnel else x0 + length
            text = m.elide(chart.value_text(value), value_w)
            layout.texts.append(Text(QRectF(after + m.pad, y, value_w, bar_h), text, "value"))
    if not funnel:
        bottom = plot.top() + len(chart.labels) * row_h - (row_h - len(series) * bar_h)
        layout.lines.append((QLineF(x0, plot.top(), x0, bottom), False))


def _vertical(chart: ChartData, plot: QRectF, m: _Measure, layout: ChartLayout) -> None:
    """One column per label; names under the columns in two lines at most; the marker
    (the response target) as a dashed line between two columns, named at its top."""
    count = len(chart.labels)
    small_h = m.metrics["small"].height()
    label_band = 2 * small_h + m.pad
    marker_band = small_h + m.pad if chart.marker_after is not None else 0.0
    bars_top = plot.top() + marker_band + m.line
    bottom = plot.bottom() - label_band
    height = max(0.0, bottom - bars_top)
    slot = plot.width() / count
    per_bar = slot * 0.64 / len(chart.series)
    biggest = max((v for s in chart.series for v in s.values if v is not None), default=0) or 1
    for column, label in enumerate(chart.labels):
        left = plot.left() + column * slot
        for number, one in enumerate(chart.series):
            value = one.values[column]
            x = left + slot * 0.18 + number * per_bar
            size = 0.0 if value is None else height * max(0.0, value) / biggest
            if size > 0:
                layout.bars.append(
                    Bar(QRectF(x, bottom - size, per_bar, size), chart.fill_of(number, column))
                )
            text = m.elide(chart.value_text(value), slot)
            width = slot if len(chart.series) == 1 else per_bar
            centre = x + per_bar / 2
            box = QRectF(centre - width / 2, bottom - size - m.line, width, m.line)
            layout.texts.append(Text(box, m.elide(text, width), "value", CENTRE))
        for line, text in enumerate(m.wrap(label, slot - m.pad, "small")):
            box = QRectF(left + m.pad / 2, bottom + m.pad + line * small_h, slot - m.pad, small_h)
            layout.texts.append(Text(box, text, "axis", CENTRE))
    layout.lines.append((QLineF(plot.left(), bottom, plot.right(), bottom), False))
    if chart.marker_after is not None:
        x = plot.left() + (chart.marker_after + 1) * slot
        layout.lines.append((QLineF(x, plot.top() + small_h, x, bottom), True))
        text = chart.marker_text
        wanted = m.width(text, "small") + 1
        if x + m.pad + wanted <= plot.right():
            box = QRectF(x + m.pad, plot.top(), wanted, small_h)
        else:  # no room to the right: to the left of the line, elided to what there is
            width = min(wanted, x - plot.left() - m.pad)
            text = m.elide(text, width, "small")
            box = QRectF(x - m.pad - width, plot.top(), width, small_h)
        layout.texts.append(Text(box, text, "marker"))


def _hatch(painter: QPainter, rect: QRectF, fill: Fill, pt: float) -> None:
    painter.save()
    painter.setClipRect(rect)
    painter.setPen(QPen(QColor(fill.ink), 0.6 * pt))
    step = 3.2 * pt
    span = rect.height()
    x = rect.left() - span
    while x < rect.right() + span:
        if fill.hatch > 0:
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + span, rect.top()))
        else:
            painter.drawLine(QPointF(x, rect.top()), QPointF(x + span, rect.bottom()))
        x += step
    painter.restore()


def draw(painter: QPainter, layout: ChartLayout, style: ChartStyle) -> None:
    m = _Measure(style, painter.device())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for bar in layout.bars + layout.swatches:
        fill = style.fills[bar.fill % len(style.fills)]
        painter.fillRect(bar.rect, QColor(fill.colour))
        if fill.hatch:
            _hatch(painter, bar.rect, fill, m.pt)
        painter.setPen(QPen(QColor(fill.ink), 0.5 * m.pt))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar.rect)
    for line, dashed in layout.lines:
        pen = QPen(style.text if dashed else style.rule, (0.9 if dashed else 0.6) * m.pt)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(line)
    for text in layout.texts:
        painter.setFont(m.fonts[ROLE_FONTS.get(text.role, "base")])
        muted = text.role in ("legend", "axis", "empty")
        painter.setPen(style.muted if muted else style.text)
        painter.drawText(text.rect, int(text.align | Qt.TextFlag.TextSingleLine), text.text)
    painter.restore()


def paint_chart(
    painter: QPainter, rect: QRectF, chart: ChartData, style: ChartStyle
) -> ChartLayout:
    """Lay out and paint `chart` in `rect` on the painter's device; returns the layout."""
    layout = layout_chart(chart, QRectF(rect), style, painter.device())
    draw(painter, layout, style)
    return layout


paint_bar_chart = paint_chart  # horizontal, vertical and grouped bars: one code path
paint_funnel = paint_chart
