"""The Reports page: the month's figures as the report counts them, last month beside
them, month by month, exported and printed, and counted only once it is looked at."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import (
    QAbstractButton,
    QDateEdit,
    QFileDialog,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from enquirydesk.app import create_main_window
from enquirydesk.domain.month import Month
from enquirydesk.exports.report_content import response_time
from enquirydesk.services import catalogs, demo, report, settings
from enquirydesk.services.enquiries import delete_enquiry
from enquirydesk.store import models

SHOP = "Trgovina Žužek"


@pytest.fixture(autouse=True)
def slovenian(qapp):
    """Qt's own names (the month picker) as in Ljubljana."""
    before = QLocale()
    QLocale.setDefault(QLocale("sl_SI"))
    yield
    QLocale.setDefault(before)


# The figures as a shop in Slovenia writes them, the program speaking English (the shop's
# `Formats`, en_SI): 2.328 enquiries, 40,9%, 1.234,50 €, a loss −3,5.


def _local(text: str) -> str:
    """Python's 1,234.5 written the Slovenian way, 1.234,5; a minus as a minus sign."""
    return text.translate(str.maketrans({",": ".", ".": ",", "-": "\u2212"}))


def sl_count(value: int) -> str:
    return _local(f"{value:,}")


def sl_decimal(value: float) -> str:
    return _local(f"{value:,.1f}")


def sl_percent(value: float | None) -> str:
    return "–" if value is None else sl_decimal(value) + "%"


def sl_money(value: str) -> str:
    return _local(f"{Decimal(value):,.2f}") + "\u00a0€"


def open_window(qtbot, path: Path, enquiries: int = 0):
    window = create_main_window(str(path))
    qtbot.addWidget(window)
    window.tasks.wait()
    if enquiries:
        demo.generate(window.ctx, enquiries, seed=3, workers=0)
        settings.update(
            window.ctx, {"shop.name": SHOP, "shop.currency": "EUR", "shop.country": "SI"}
        )
        window.ctx.forget_cache()
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, tmp_path: Path):
    return open_window(qtbot, tmp_path / "shop.sqlite", 1500)


def show_reports(qtbot, window):
    view = window.reports
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.shown is not None and view.shown.month == view.month())
    return view


def text(window, name: str) -> str:
    return window.findChild(QLabel, name).text()


def last_complete_month(window) -> Month:
    today = window.ctx.now().date()
    return Month(today.year, today.month).previous()


def test_nothing_is_counted_until_the_page_is_shown(qtbot, window) -> None:
    window.tasks.wait()
    qtbot.wait(1)  # let finished jobs report back
    assert window.reports.summaries == {}
    assert window.reports.findChild(QWidget, "reportPage") is None
    show_reports(qtbot, window)
    assert window.reports.findChild(QWidget, "reportPage") is not None


def test_the_cards_show_the_month_s_figures_with_last_month_beside_them(qtbot, window) -> None:
    view = show_reports(qtbot, window)
    month = last_complete_month(window)
    assert view.month() == month
    assert window.findChild(QDateEdit, "reportMonthEdit").date().month() == month.month
    figures = report.monthly(window.ctx, month)
    before = figures["previous"]
    assert text(window, "enquiriesValue") == sl_count(figures["enquiries"]["total"])
    assert sl_count(before["enquiries"]["total"]) in text(window, "enquiriesPrevious")
    assert "September" in text(window, "enquiriesPrevious") or month.month != 10
    assert text(window, "conversionValue") == sl_percent(figures["outcomes"]["conversion_pct"])
    assert text(window, "win_rateValue") == sl_percent(figures["outcomes"]["win_rate_pct"])
    assert text(window, "within_targetValue") == sl_percent(
        figures["response"]["within_target_pct"]
    )
    median = figures["response"]["median_business_minutes"]
    shown = text(window, "median_responseValue")  # a time as people say it, not "9,4 min"
    assert shown == response_time(median, window.ctx.formats) and "," not in shown
    assert text(window, "salesValue") == sl_count(figures["sales"]["count"])
    assert text(window, "revenueValue") == sl_money(figures["sales"]["revenue"])
    assert sl_money(before["sales"]["revenue"]) in text(window, "revenuePrevious")
    assert text(window, "csatValue") == sl_percent(figures["feedback"]["csat_pct"])
    nps = figures["feedback"]["nps"]
    assert text(window, "npsValue") == ("–" if nps is None else sl_decimal(float(nps)))
    assert text(window, "complaintsValue") == sl_count(figures["feedback"]["complaints_opened"])
    assert text(window, "repeat_buyersValue") == sl_count(figures["repeat_buyers"])
    assert text(window, "referralsValue") == sl_count(figures["referrals"])
    channels = view.findChild(QWidget, "channelsChart").chart
    assert [s.values for s in channels.series] == [
        tuple(figures["enquiries"]["by_channel"].values()),
        tuple(before["enquiries"]["by_channel"].values()),
    ]


def test_each_channel_s_median_and_p90_response_time_is_shown(qtbot, window) -> None:
    view = show_reports(qtbot, window)
    figures = report.monthly(window.ctx, last_complete_month(window))
    by_channel = figures["response"]["by_channel"]
    view_of = view.findChild(QWidget, "channel_responseChart")
    chart = view_of.chart
    assert chart.labels == tuple(catalogs.report_names()["channels"][k] for k in by_channel)
    assert [s.values for s in chart.series] == [
        tuple(times["median_business_minutes"] for times in by_channel.values()),
        tuple(times["p90_business_minutes"] for times in by_channel.values()),
    ]
    assert not chart.empty
    # Written as people say a time, in the tooltip a screen reader reads too.
    chat = by_channel["chat"]["median_business_minutes"]
    chat_text = response_time(chat, window.ctx.formats)
    assert chat_text.endswith(("min", "h")) and "." not in chat_text
    assert f"{chart.labels[list(by_channel).index('chat')]}: {chat_text}, " in view_of.toolTip()


@pytest.mark.parametrize(
    ("key", "path", "higher_is_better"),
    [
        ("enquiries", ("enquiries", "total"), True),
        ("complaints", ("feedback", "complaints_opened"), False),
        ("median_response", ("response", "median_business_minutes"), False),
        ("sales", ("sales", "count"), True),
    ],
)
def test_each_change_is_marked_up_or_down_and_better_or_worse(
    qtbot, window, key, path, higher_is_better
) -> None:
    show_reports(qtbot, window)
    figures = report.monthly(window.ctx, last_complete_month(window))
    now, before = figures[path[0]][path[1]], figures["previous"][path[0]][path[1]]
    change = text(window, f"{key}Change")
    if now == before:
        assert "unchanged" in change
        return
    up = now > before
    assert change.startswith("▲" if up else "▼")
    assert change.endswith("better" if up == higher_is_better else "worse")
    card = window.findChild(QWidget, f"{key}Card")
    assert ("Higher is better" if higher_is_better else "Lower is better") in card.toolTip()


def test_previous_and_next_change_the_month(qtbot, window) -> None:
    view = show_reports(qtbot, window)
    month = view.month()
    page = view.findChild(QWidget, "reportPage")
    qtbot.waitUntil(lambda: month.previous() in view.summaries)  # counted ahead
    gate = threading.Event()
    window.tasks.run(lambda: gate.wait(10))  # hold the worker: nothing more is counted
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.month() == view.shown.month == month.previous()  # at once
    earlier = report.monthly(window.ctx, month.previous())
    assert text(window, "enquiriesValue") == sl_count(earlier["enquiries"]["total"])
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    two_back = month.previous().previous()
    assert view.month() == two_back and view.shown.month == month.previous()
    assert not page.isEnabled()  # the month before's figures are greyed while it is counted
    assert "Counting" in view.status.text()
    gate.set()
    qtbot.waitUntil(lambda: view.shown.month == two_back)
    assert page.isEnabled() and not view.status.text()
    view.set_month(month)
    assert view.shown.month == month  # kept: shown at once, no waiting for the worker
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)  # the month not over yet
    assert view.month() == month.next()
    assert not view.next_button.isEnabled()
    qtbot.waitUntil(lambda: view.shown.month == month.next())


def test_the_month_before_is_counted_ahead(qtbot, window) -> None:
    view = show_reports(qtbot, window)
    qtbot.waitUntil(lambda: view.month().previous() in view.summaries)


def test_up_and_down_step_whole_months_across_the_year(qtbot, window) -> None:
    view = show_reports(qtbot, window)
    view.set_month(Month(2026, 1))
    view.month_edit.setFocus()
    qtbot.keyClick(view.month_edit, Qt.Key.Key_Down)
    assert view.month() == Month(2025, 12)
    qtbot.keyClick(view.month_edit, Qt.Key.Key_Up)
    qtbot.keyClick(view.month_edit, Qt.Key.Key_Up)
    assert view.month() == Month(2026, 2)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(view.month_edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.month() == Month(2026, 1))  # the button's animated click
    qtbot.keyClick(view.month_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.month() == Month(2026, 2))


def test_a_change_to_the_data_is_counted_again(qtbot, window) -> None:
    view = show_reports(qtbot, window)
    month = view.month()
    total = report.monthly(window.ctx, month)["enquiries"]["total"]
    gone = (
        models.Enquiry.select(models.Enquiry.id)
        .where(models.Enquiry.received_at >= month.start, models.Enquiry.received_at < month.end)
        .first()
        .id
    )
    window.done(delete_enquiry(window.ctx, gone))
    qtbot.waitUntil(lambda: text(window, "enquiriesValue") == sl_count(total - 1))


def test_a_month_without_enquiries_says_so(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "new.sqlite")
    view = window.reports
    window.tabs.setCurrentWidget(view)
    empty = view.findChild(QLabel, "reportEmptyState")
    qtbot.waitUntil(lambda: view.shown is not None)
    assert empty.isVisible() and "Nothing was recorded in" in empty.text()
    assert not view.scroll.isVisible()


def test_every_control_has_a_name_a_tip_and_a_key(qtbot, window) -> None:
    view = show_reports(qtbot, window)
    controls = [*view.findChildren(QAbstractButton), view.month_edit]
    assert len(controls) >= 7
    for control in controls:
        assert control.accessibleName(), control.objectName()
        assert control.toolTip(), control.objectName()
    labels = [label for label in view.findChildren(QLabel) if label.buddy() is view.month_edit]
    assert labels and "&" in labels[0].text()
    for button in view.export_buttons.values():
        assert "&" in button.text()
    for card in view.findChildren(QWidget):
        if card.objectName().endswith(("Card", "Chart")):
            assert card.accessibleName() and card.accessibleDescription(), card.objectName()


def test_export_writes_the_file_chosen_in_the_dialog(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = show_reports(qtbot, window)
    target = tmp_path / "exports" / "report"
    target.parent.mkdir()
    asked: list[str] = []

    def choose(parent, title, default, filters):
        asked.append(default)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(view.export_buttons["pdf"], Qt.MouseButton.LeftButton)
    assert Path(asked[0]).name == f"EnquiryDesk {view.month()}.pdf"
    written = target.with_name("report.pdf")  # the extension is added
    qtbot.waitUntil(lambda: not view.output.busy, timeout=20_000)
    assert "Saved" in window.statusBar().currentMessage()
    assert len(pypdf.PdfReader(written).pages) == 6  # a page a section
    qtbot.mouseClick(view.export_buttons["csv"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.output.busy, timeout=20_000)
    assert target.with_name("report.csv").exists()
    assert Path(asked[1]).parent == target.parent  # the folder used last


def test_a_cancelled_export_leaves_no_file(qtbot, window, tmp_path: Path) -> None:
    view = show_reports(qtbot, window)
    gate = threading.Event()
    window.tasks.run(lambda: gate.wait(10))  # the worker is busy: the export waits
    target = tmp_path / "report.pdf"
    view.output.start_export(view.month(), "pdf", target)
    dialog = view.findChild(QProgressDialog, "exportProgress")
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    cancel.click()
    gate.set()
    qtbot.waitUntil(lambda: not view.output.busy, timeout=20_000)
    assert "Export cancelled" in window.statusBar().currentMessage()
    assert list(tmp_path.glob("*report*")) == []


def test_a_month_being_counted_shows_that_work_goes_on(qtbot, window) -> None:
    gate = threading.Event()
    window.tasks.run(lambda: gate.wait(10))  # a large month: the count takes a while
    view = window.reports
    window.tabs.setCurrentWidget(view)
    busy = view.findChild(QProgressBar, "reportBusy")
    assert busy.isVisible() and busy.maximum() == 0  # no end known: it moves to and fro
    assert text(window, "reportStatus").startswith("Counting")
    gate.set()
    qtbot.waitUntil(lambda: view.shown is not None)
    assert not busy.isVisible()


def test_print_shows_the_pdf_pages_in_a_preview(qtbot, window) -> None:
    action = window.findChild(QAction, "printReportAction")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert action in window.menuBar().actions()[0].menu().actions()
    window.tabs.setCurrentIndex(0)
    action.trigger()  # from another page: the report comes forward and is counted first
    view = window.reports
    assert window.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.output.preview is not None and view.output.preview.isVisible())
    preview = view.output.preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() == 6)
    view.output.preview.close()
