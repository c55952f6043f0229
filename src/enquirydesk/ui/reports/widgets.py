"""The pieces of the Reports page: a headline card, a chart, and the page of both.

Charts are painted by `exports.charts`, the very code that draws them in the PDF
and on paper; the cards show `exports.report_content.headlines`, the figures the
PDF's first page lists, written by the shop's `Formats`. The report's words share one
translation context with the PDF ("MonthReport"). This module is imported when the
Reports page is first shown, not when the window opens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from enquirydesk.domain.formats import Formats
from enquirydesk.exports import report_content as content
from enquirydesk.exports.chart_data import ChartData
from enquirydesk.exports.charts import ChartStyle, paint_chart, preferred_height
from enquirydesk.services.report_charts import MonthSummary

#: Charts in the order shown; the journey spans both columns.
CHART_ORDER = (
    "journey",
    "channels",
    "response",
    "channel_response",
    "conversion",
    "lost_reasons",
    "decision_factors",
    "sources",
)
CARD_MIN_WIDTH = 190
MARGIN = 8


def _dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class HeadlineCard(QFrame):
    """One figure: this month large, last month beside it, and the change marked with an
    arrow, a colour and a word (better or worse: the colour is never the only sign)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.title = QLabel(self)
        self.value = QLabel(self)
        self.value.setObjectName(f"{key}Value")
        self.previous = QLabel(self)
        self.previous.setObjectName(f"{key}Previous")
        self.change = QLabel(self)
        self.change.setObjectName(f"{key}Change")
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        big = self.value.font()
        big.setPointSizeF(big.pointSizeF() * 1.7)
        big.setBold(True)
        self.value.setFont(big)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.previous, self.change):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)

    def show_headline(self, line: content.Headline, last_month: str) -> None:
        self.title.setText(line.title)
        self.value.setText(line.value)
        self.previous.setText(
            QCoreApplication.translate("MonthReport", "{month}: {value}").format(
                month=last_month, value=line.previous
            )
        )
        if line.higher_is_better:
            hint = QCoreApplication.translate("MonthReport", "Higher is better.")
        else:
            hint = QCoreApplication.translate("MonthReport", "Lower is better.")
        if line.better is None:
            if line.change:
                self.change.setText(QCoreApplication.translate("MonthReport", "= unchanged"))
            else:
                self.change.setText(QCoreApplication.translate("MonthReport", "nothing to compare"))
            colour = None
        else:
            arrow = "▲" if line.direction > 0 else "▼"
            if line.better:
                said = QCoreApplication.translate("MonthReport", "{arrow} {change} · better")
            else:
                said = QCoreApplication.translate("MonthReport", "{arrow} {change} · worse")
            self.change.setText(said.format(arrow=arrow, change=line.change))
            if _dark(self):
                colour = "#81c784" if line.better else "#ff8a80"
            else:
                colour = "#1b5e20" if line.better else "#b00020"
        palette = self.change.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText,
            QColor(colour) if colour else self.palette().color(QPalette.ColorRole.WindowText),
        )
        self.change.setPalette(palette)
        self.setToolTip(
            QCoreApplication.translate("MonthReport", "{figure}: {note}. {hint}").format(
                figure=line.title, note=line.note, hint=hint
            )
        )
        self.setAccessibleName(line.title)
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "MonthReport", "{value}; {previous}; {change}. {hint}"
            ).format(
                value=line.value,
                previous=self.previous.text(),
                change=self.change.text(),
                hint=hint,
            )
        )


class ChartView(QWidget):
    """A chart on screen, as tall as its bars and names need at its width."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Chart")
        self.chart: ChartData | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.layout_drawn = None  # the last `ChartLayout` painted (tests look at it)

    def set_chart(self, chart: ChartData) -> None:
        self.chart = chart
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(chart.describe())
        self.setToolTip(chart.describe())
        self.updateGeometry()
        self.update()

    def _style(self) -> ChartStyle:
        return ChartStyle.for_palette(self.palette(), self.font())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if self.chart is None:
            return 0
        inner = max(1, width - 2 * MARGIN)
        return int(preferred_height(self.chart, self._style(), self, inner)) + 2 * MARGIN

    def sizeHint(self) -> QSize:
        return QSize(480, self.heightForWidth(480))

    def paintEvent(self, event) -> None:
        if self.chart is None:
            return
        painter = QPainter(self)
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        self.layout_drawn = paint_chart(painter, area, self.chart, self._style())
        painter.end()


class ReportPage(QWidget):
    """The headline cards, as many to a row as fit, above the charts in two columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPage")
        self.cards = {key: HeadlineCard(key, self) for key in content.HEADLINE_KEYS}
        self.charts = {key: ChartView(key, self) for key in CHART_ORDER}
        self._card_grid = QGridLayout()
        self._card_grid.setSpacing(8)
        self._columns = 0
        chart_grid = QGridLayout()
        chart_grid.setHorizontalSpacing(16)
        chart_grid.setVerticalSpacing(12)
        top = Qt.AlignmentFlag.AlignTop
        chart_grid.addWidget(self.charts["journey"], 0, 0, 1, 2, top)
        for number, key in enumerate(CHART_ORDER[1:]):
            chart_grid.addWidget(self.charts[key], 1 + number // 2, number % 2, top)
        chart_grid.setColumnStretch(0, 1)
        chart_grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 8)  # clear of the scroll bar
        layout.setSpacing(16)
        layout.addLayout(self._card_grid)
        layout.addLayout(chart_grid)
        layout.addStretch(1)
        self._arrange(4)

    def _arrange(self, columns: int) -> None:
        """Cards in rows of `columns` (six at 1280 pixels, fewer on a narrow window)."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards.values():
            self._card_grid.removeWidget(card)
        for number, card in enumerate(self.cards.values()):
            self._card_grid.addWidget(card, number // columns, number % columns)
        for column in range(12):
            self._card_grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fits = max(2, min(6, (self.width() + 8) // (CARD_MIN_WIDTH + 8)))
        self._arrange(6 if fits >= 6 else (4 if fits >= 4 else (3 if fits == 3 else 2)))

    def show_summary(self, summary: MonthSummary, formats: Formats) -> None:
        """The month's figures, written by `formats` (the shop's: ``ctx.formats``)."""
        last = formats.month(summary.month.previous())
        for line in content.headlines(summary, formats):
            self.cards[line.key].show_headline(line, last)
        found = content.charts(summary, formats)
        for key, view in self.charts.items():
            view.set_chart(found[key])


__all__ = ["CHART_ORDER", "ChartView", "HeadlineCard", "ReportPage"]
