"""The month as a PDF: its pages, what they say (read back with pypdf), written whole or
not at all, and made on a machine without a display."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from enquirydesk import i18n
from enquirydesk.domain.formats import Formats
from enquirydesk.domain.month import Month
from enquirydesk.exports import pdf, report_content, report_tables
from enquirydesk.i18n import translate
from enquirydesk.services import demo, report_charts, settings
from enquirydesk.services.context import Actor, Cancelled, Context
from enquirydesk.store.database import Store

NOW = datetime(2026, 3, 2, 10, 0)
MONTH = Month(2026, 2)
SHOP = "Trgovina Žužek & Čampa d.o.o."
PAGES = 6  # the month at a glance; enquiries and response; response by channel; sales;
# lost and won; sources


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "demo.sqlite"
    store = Store.open(path, now=lambda: NOW)
    try:
        ctx = Context(store, Actor("test"), lambda: NOW)
        settings.update(ctx, {"shop.country": "SI", "shop.name": SHOP, "shop.currency": "EUR"})
        demo.generate(ctx, 2000, seed=5, workers=0)
    finally:
        store.close()
    return path


@pytest.fixture
def shop(demo_file: Path, tmp_path: Path):
    copy = tmp_path / "shop.sqlite"
    with closing(sqlite3.connect(demo_file)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    store = Store.open(copy, now=lambda: NOW)
    yield Context(store, Actor("test"), lambda: NOW)
    store.close()


@pytest.fixture
def slovenian(qapp):
    """The program speaking Slovenian: the figures as `Formats` writes them for a shop in
    Slovenia, the words as the catalogue has them (English where it is not built)."""
    before = i18n.current_language()
    i18n.install("sl")
    yield Formats("sl", "SI", "EUR")
    i18n.install(before)


def flat(text: str) -> str:
    """`text` with its white space (no-break spaces too) made single spaces, as `text_of`."""
    return " ".join(text.split())


def text_of(path: Path) -> list[str]:
    """Each page's text, its white space made single spaces (Qt places words one by one)."""
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".part", ".pdf")))


def test_the_pdf_holds_the_month_on_its_pages(shop, slovenian, tmp_path: Path) -> None:
    out = tmp_path / "out" / "EnquiryDesk 2026-02.pdf"
    out.parent.mkdir()
    steps: list[tuple[int, int]] = []
    pdf.write_pdf(shop, MONTH, out, lambda done, total: steps.append((done, total)))

    pages = text_of(out)
    assert len(pages) == PAGES
    assert steps[-1] == (PAGES, PAGES)
    assert leftovers(out.parent) == [out.name]
    f = slovenian
    assert f.month(MONTH) == "februar 2026"
    for number, page in enumerate(pages, start=1):
        assert page.startswith(SHOP), page[:80]  # the shop and the month head every page
        assert "februar 2026" in page
        foot = translate("MonthReport", "Page {number} of {total}")
        assert flat(foot.format(number=number, total=PAGES)) in page
        # When it was printed, as a Slovenian writes it ("4. 12. 2026 14:05"), not Qt's
        # default US short format.
        assert re.search(r"\b\d{1,2}\. \d{1,2}\. \d{4} \d{1,2}:\d\d\b", page), page[-80:]
    first = pages[0]
    title = translate("MonthReport", "Monthly report for {month}").format(month="februar 2026")
    assert flat(title) in first and "januar 2026" in first
    summary = report_charts.summary(shop, MONTH)
    figures = summary.figures
    # The headline figures, formatted as the window's cards show them (Slovenian).
    for line in report_content.headlines(summary, f):
        shown = flat(f"{line.title} {line.note} {line.value} {line.previous}")
        assert shown in first, line
    total = figures["enquiries"]["total"]
    assert f" {f.count(total)} " in first
    revenue = Decimal(figures["sales"]["revenue"])
    assert f" {flat(f.money(revenue))} " in first
    assert re.fullmatch(r"[\d.]+,\d\d\u00a0€", f.money(revenue))  # Slovenian: 1.234,50 €
    assert "▲" in first or "▼" in first  # changes are marked
    conversion = figures["outcomes"]["conversion_pct"]
    assert f"{conversion:.1f}".replace(".", ",") + " %" in first
    # Every chart and the tables of reasons.
    text = " ".join(pages)
    for title in (
        translate("MonthReport", "The journey of this month's enquiries, so far"),
        translate("MonthReport", "Enquiries by channel"),
        translate("MonthReport", "Response time in opening hours (target {minutes} min)").format(
            minutes=60
        ),
        translate("MonthReport", "Conversion by channel (enquiries that bought)"),
        translate("MonthReport", "Why we lost them"),
        translate("MonthReport", "Why they chose us"),
        translate("MonthReport", "How they heard of us"),
        translate("MonthReport", "Lost sales by reason"),
        translate("MonthReport", "Why buyers chose us (a buyer may give several reasons)"),
    ):
        assert flat(title) in text, title
    reasons = figures["lost_reasons"]
    top = max(reasons, key=reasons.get)
    name = summary.names["lost_reasons"][top]
    assert f"{flat(name)} {f.count(reasons[top])} " in pages[4]  # first row of its table
    # Each channel's median and 90th percentile in opening hours, as people say a time,
    # this month and last month: the chart's bars, then the table's rows.
    by_channel = pages[2]
    assert (
        flat(translate("MonthReport", "Response time by channel, in opening hours")) in by_channel
    )
    last = figures["previous"]["response"]["by_channel"]
    for key, times in figures["response"]["by_channel"].items():
        median, p90 = (
            flat(report_content.response_time(times[figure], f))
            for figure in ("median_business_minutes", "p90_business_minutes")
        )
        row = [flat(summary.names["channels"][key]), median, p90] + [
            flat(report_content.response_time(last[key][figure], f))
            for figure in ("median_business_minutes", "p90_business_minutes")
        ]
        assert " ".join(row) in by_channel, row
    assert any(
        times["median_business_minutes"] for times in figures["response"]["by_channel"].values()
    )
    # The response table: each time as people say it ("13 h 51 min"), this month beside
    # last month, never in decimal minutes ("831,4 min").
    for label, kind, path in report_tables.RESPONSE_ROWS:
        if kind == "minutes":
            keys = tuple(path.split("."))
            now, before = (
                flat(report_content.response_time(report_content.value_at(fig, keys), f))
                for fig in (figures, figures["previous"])
            )
            assert f"{flat(translate('MonthReport', label))} {now} {before}" in pages[1]
    assert figures["response"]["p90_minutes"] > 60  # a long wait, written in hours
    assert flat(report_content.response_time(figures["response"]["p90_minutes"], f)) in pages[1]
    assert not re.search(r"\d,\d (min|mnt)\b", text), re.findall(r".{30}\d,\d min", text)


def test_an_empty_month_still_makes_every_page(shop, slovenian, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    pdf.write_pdf(shop, Month(2019, 5), out)
    pages = text_of(out)
    assert len(pages) == PAGES
    assert flat(translate("MonthReport", "No enquiries this month")) in pages[1]
    assert flat(translate("MonthReport", "No enquiries answered this month")) in pages[2]
    assert "Telefon – – – –" in pages[2]  # no channel has a response time
    assert "– – –" in pages[0]  # conversion and the like: nothing to divide by


@pytest.mark.parametrize("stop_at", [0, 1, 3])
def test_a_cancelled_export_leaves_no_file(shop, tmp_path: Path, stop_at: int) -> None:
    out = tmp_path / "report.pdf"
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) <= stop_at

    with pytest.raises(Cancelled):
        pdf.write_pdf(shop, MONTH, out, progress)
    assert len(calls) == stop_at + 1
    assert leftovers(tmp_path) == []


def test_a_failed_export_leaves_the_earlier_file_as_it_was(
    shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"last month's report")

    def broken(self, width, height):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(pdf._Pages, "plan", broken)
    with pytest.raises(RuntimeError):
        pdf.write_pdf(shop, MONTH, out)
    assert out.read_bytes() == b"last month's report"
    assert leftovers(tmp_path) == ["report.pdf"]


def test_a_pdf_is_made_without_a_display(demo_file: Path, tmp_path: Path) -> None:
    """The command line on a server: no DISPLAY, no Qt platform chosen, no application."""
    out = tmp_path / "headless.pdf"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
        and k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")  # the language is LANG's
    }
    env["LANG"] = "id_ID.UTF-8"
    script = (
        "import sys; from pathlib import Path\n"
        "from enquirydesk import i18n\n"
        "i18n.install(i18n.choose_language(None, None, i18n.system_languages()))\n"
        "from enquirydesk.exports.pdf import write_pdf\n"
        "from enquirydesk.services.context import Actor, Context\n"
        "from enquirydesk.domain.month import Month\n"
        "from enquirydesk.store.database import Store\n"
        "store = Store.open(sys.argv[1])\n"
        "write_pdf(Context(store, Actor('cli')), Month(2026, 2), Path(sys.argv[2]))\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "print(QGuiApplication.platformName())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(demo_file), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "offscreen"
    pages = text_of(out)
    assert len(pages) == PAGES
    assert "Februari 2026" in pages[0]  # the program's language, from LANG as the CLI chose it
