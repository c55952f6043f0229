"""The Reports page: the owner's month on one page, with last month beside it.

A month is counted off the GUI thread (`ui.tasks`) when the page is first shown,
never while the window opens, and kept: going back to a month already seen is
instant, and the month before the one shown is counted ahead while the owner
reads. After any change to the data the kept months are shown at once and counted
again behind them. The page, the PDF and the printout show one `MonthSummary`.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services.context import Changes, Context
from enquirydesk.ui.common.pages import ChangeAware
from enquirydesk.ui.common.tasks import Tasks

if TYPE_CHECKING:  # the report's modules load when the page is first shown, not at start
    from enquirydesk.domain.month import Month
    from enquirydesk.services.report_charts import MonthSummary
    from enquirydesk.ui.reports.output import ReportOutput
    from enquirydesk.ui.reports.widgets import ReportPage

FIRST_MONTH = QDate(2000, 1, 1)


def _qdate(month: Month) -> QDate:
    return QDate(month.year, month.month, 1)


class MonthEdit(QDateEdit):
    """A month picker: Up and Down (and the wheel) step whole months across years."""

    def stepBy(self, steps: int) -> None:
        self.setDate(self.date().addMonths(steps))

    def stepEnabled(self):
        flags = QDateEdit.StepEnabledFlag.StepNone
        if self.date() > self.minimumDate():
            flags |= QDateEdit.StepEnabledFlag.StepDownEnabled
        if self.date().addMonths(1) <= self.maximumDate():
            flags |= QDateEdit.StepEnabledFlag.StepUpEnabled
        return flags


class ReportsView(QWidget, ChangeAware):
    monthShown = Signal(object)  # the Month whose figures are on screen

    def __init__(self, ctx: Context, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.ctx = ctx
        self.tasks = tasks
        self.summaries: dict[Month, MonthSummary] = {}  # every month counted so far
        self._fresh: set[Month] = set()  # counted since the data last changed
        self._counting: dict[str, Month] = {}  # task key → month being counted
        self.shown: MonthSummary | None = None
        self._page: ReportPage | None = None
        self._output: ReportOutput | None = None
        self._print_when_ready = False

        today = ctx.now().date()
        this_month = QDate(today.year, today.month, 1)
        self.month_edit = MonthEdit(self)
        self.month_edit.setObjectName("reportMonthEdit")
        self.month_edit.setDisplayFormat("MMMM yyyy")
        self.month_edit.setDateRange(FIRST_MONTH, this_month)
        self.month_edit.setDate(this_month.addMonths(-1))  # the last complete month
        self.month_edit.setAccessibleName(self.tr("Report month"))
        self.month_edit.setToolTip(self.tr("The month to report on; Up and Down change it"))
        month_label = QLabel(self.tr("&Month:"), self)
        month_label.setBuddy(self.month_edit)
        self.previous_button = self._arrow("previousMonthButton", Qt.ArrowType.LeftArrow)
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.previous_button.setToolTip(self.tr("The month before (Alt+Left)"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.next_button = self._arrow("nextMonthButton", Qt.ArrowType.RightArrow)
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setToolTip(self.tr("The month after (Alt+Right)"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.busy = QProgressBar(self)  # a large month takes a moment to count
        self.busy.setObjectName("reportBusy")
        self.busy.setAccessibleName(self.tr("Counting the month"))
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.busy.hide()

        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, text, name, tip in (
            ("csv", self.tr("Export CS&V…"), self.tr("Export CSV"),
             self.tr("The month's enquiries, one row each, for any spreadsheet")),
            ("xlsx", self.tr("Export E&xcel…"), self.tr("Export Excel"),
             self.tr("A workbook: these figures with charts, and the month's enquiries")),
            ("pdf", self.tr("Export P&DF…"), self.tr("Export PDF"),
             self.tr("These pages as a PDF to send or keep")),
        ):  # fmt: skip
            button = QPushButton(text, self)
            button.setObjectName(f"export{fmt.capitalize()}Button")
            button.setAccessibleName(name)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setObjectName("printReportButton")
        self.print_button.setAccessibleName(self.tr("Print the report"))
        self.print_button.setToolTip(self.tr("Preview and print these pages (Ctrl+P)"))
        self.print_action = QAction(self.tr("&Print report…"), self)
        self.print_action.setObjectName("printReportAction")
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setToolTip(self.tr("Preview and print the month's report (Ctrl+P)"))
        self.print_action.triggered.connect(self.print_report)
        self.print_button.clicked.connect(self.print_report)

        bar = QHBoxLayout()
        bar.addWidget(month_label)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.month_edit)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.busy)
        bar.addWidget(self.status, 1)
        for button in (*self.export_buttons.values(), self.print_button):
            bar.addWidget(button)
        self.message = QLabel(self)
        self.message.setObjectName("reportEmptyState")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("reportScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.scroll, 1)
        order = [self.previous_button, self.month_edit, self.next_button,
                 *self.export_buttons.values(), self.print_button]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.month_edit.dateChanged.connect(self._month_changed)
        self._update_buttons()

    def _arrow(self, name: str, arrow: Qt.ArrowType) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setArrowType(arrow)
        button.setAutoRaise(True)
        return button

    # -- which month ----------------------------------------------------------------------

    def month(self) -> Month:
        from enquirydesk.domain.month import Month

        chosen = self.month_edit.date()
        return Month(chosen.year(), chosen.month())

    def set_month(self, month: Month) -> None:
        self.month_edit.setDate(_qdate(month))

    def step(self, months: int) -> None:
        self.month_edit.setDate(self.month_edit.date().addMonths(months))

    def _update_buttons(self) -> None:
        chosen = self.month_edit.date()
        self.previous_button.setEnabled(chosen > self.month_edit.minimumDate())
        self.next_button.setEnabled(chosen.addMonths(1) <= self.month_edit.maximumDate())

    def _month_changed(self, chosen: QDate) -> None:
        if chosen.day() != 1:  # typed into the field: the whole month is meant
            self.month_edit.setDate(QDate(chosen.year(), chosen.month(), 1))
            return
        self._update_buttons()
        if self._page is not None:  # counted only once the page has been seen
            self.load()

    # -- counting, keeping, showing -------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        today = self.ctx.now().date()  # the window may have been open since last month
        self.month_edit.setMaximumDate(QDate(today.year, today.month, 1))
        self._update_buttons()
        if self._page is None:
            from enquirydesk.ui.reports.widgets import ReportPage

            self._page = ReportPage(self.scroll)
            self.scroll.setWidget(self._page)
            self.load()
        elif self.month() not in self._fresh:
            self.load()
        self.stale = False  # counted above when it had to be

    def load(self) -> None:
        """Show the chosen month: at once if it was counted before (counting it again
        behind it if the data changed since), else as soon as the worker has it."""
        month = self.month()
        kept = self.summaries.get(month)
        if kept is not None:
            self._display(kept)
        if month in self._fresh:
            self._count_ahead(month)
            return
        if kept is None:
            self.status.setText(self.tr("Counting {month}…").format(month=self._name(month)))
            self.busy.show()
            if self.shown is None:
                self.message.setText(self.tr("Counting the month…"))
            elif self._page is not None:  # another month's figures: greyed until replaced
                self._page.setEnabled(False)
        if month not in self._counting.values():  # not already on its way
            self._count(month, "report")

    def _count(self, month: Month, key: str) -> None:
        from enquirydesk.services import report_charts

        ctx = self.ctx
        self._counting[key] = month  # a job waiting under the same key is replaced
        self.tasks.run(
            lambda: report_charts.summary(ctx, month),
            self._counted,
            key=key,
            failed=self._failed,
        )

    def _count_ahead(self, month: Month) -> None:
        """Count the month before in the background, so that stepping back is instant."""
        before = month.previous()
        if (
            before not in self._fresh
            and before not in self._counting.values()
            and _qdate(before) >= self.month_edit.minimumDate()
        ):
            self._count(before, "report-ahead")

    def _counted(self, summary: MonthSummary) -> None:
        self._counting = {k: m for k, m in self._counting.items() if m != summary.month}
        self.summaries[summary.month] = summary
        self._fresh.add(summary.month)
        if summary.month == self.month():
            self._display(summary)
            self._count_ahead(summary.month)
            if self._print_when_ready:
                self._print_when_ready = False
                self._output_for().print_preview(summary)

    def _failed(self, error: Exception) -> None:
        self._counting.clear()
        self.busy.hide()
        self._print_when_ready = False
        self.status.setText(self.tr("The report could not be counted."))
        if isinstance(error, EnquiryDeskError):
            self.status.setText(str(error))
        elif self.tasks.on_error is not None:
            self.tasks.on_error(error)
        else:
            raise error

    def _display(self, summary: MonthSummary) -> None:
        self.shown = summary
        self.busy.hide()
        self.status.setText("" if summary.month in self._fresh else self.tr("Updating…"))
        if summary.empty:
            self.message.setText(
                self.tr(
                    "Nothing was recorded in {month}: no enquiries, sales or feedback. "
                    "Choose another month, or log enquiries to see their figures here."
                ).format(month=self._name(summary.month))
            )
            self.scroll.hide()
            self.message.show()
        else:
            assert self._page is not None
            self._page.show_summary(summary, self.ctx.formats)
            self._page.setEnabled(True)
            self.message.hide()
            self.scroll.show()
        self.monthShown.emit(summary.month)

    def _name(self, month: Month) -> str:
        return self.ctx.formats.month(month)

    def on_changes(self, changes: Changes, initiator: object) -> None:
        """Any change may move a figure: the months kept are counted again when shown."""
        self._fresh.clear()
        super().on_changes(changes, initiator)

    def take_changes(self, changes: Changes, initiator: object) -> None:
        self.reread()

    def reread(self) -> None:
        if self._page is not None and self.month() not in self._fresh:
            self.load()

    def data_changed(self) -> None:
        """The data changed: kept months are shown as they were and counted again."""
        self.on_changes(Changes(None, "", everything=True), None)

    # -- export and print -----------------------------------------------------------------

    def _output_for(self) -> ReportOutput:
        if self._output is None:
            from enquirydesk.ui.reports.output import ReportOutput

            self._output = ReportOutput(self.ctx, self.tasks, self)
        return self._output

    @property
    def output(self) -> ReportOutput:
        return self._output_for()

    def export(self, fmt: str) -> None:
        self._output_for().export(self.month(), fmt)

    def print_report(self) -> None:
        """Preview and print the chosen month (Ctrl+P from anywhere in the window)."""
        tabs = self.parentWidget().parentWidget() if self.parentWidget() else None
        if isinstance(tabs, QTabWidget):
            tabs.setCurrentWidget(self)
        kept = self.summaries.get(self.month())
        if kept is not None:
            self._output_for().print_preview(kept)
        else:
            self._print_when_ready = True
            if self._page is not None:  # else showing the page starts the count
                self.load()


__all__ = ["MonthEdit", "ReportsView"]
