"""The chart renderer's layout: everything inside the chart, nothing over a neighbour,
long names elided, empty and zero charts drawn without error, the same layout on a
screen-like image and on a PDF page; and the locale formats the figures use."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QBuffer, QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPdfWriter

from enquirydesk.domain.formats import Formats
from enquirydesk.domain.month import Month
from enquirydesk.exports.chart_data import MISSING, ChartData, Kind, Series
from enquirydesk.exports.charts import (
    PAPER_FILLS,
    ChartLayout,
    ChartStyle,
    layout_chart,
    paint_chart,
    preferred_height,
)
from enquirydesk.exports.pdf import report_font
from enquirydesk.exports.report_content import response_time

LONG = "Priporočilo nekoga bližnjega, ki mu zaupajo že vrsto let (družina, sosedje)"


@pytest.fixture
def style(qapp) -> ChartStyle:
    return ChartStyle(report_font(9))


@pytest.fixture
def image(qapp) -> QImage:
    made = QImage(900, 700, QImage.Format.Format_RGB32)
    made.fill(QColor("white"))
    return made


def paint(image: QImage, chart: ChartData, style: ChartStyle, rect: QRectF) -> ChartLayout:
    painter = QPainter(image)
    try:
        return paint_chart(painter, rect, chart, style)
    finally:
        painter.end()


def count(value: float) -> str:
    return f"{int(value):,}"


def charts() -> list[ChartData]:
    names = ("Telefon", "Osebno v trgovini", "E-pošta", "Spletni obrazec", "Družbena omrežja")
    return [
        ChartData(
            "Povpraševanja po kanalih",
            names,
            (
                Series("oktober 2026", (313, 369, 77, 0, 163)),
                Series("september 2026", (287, 309, 87, 12, 199), 1),
            ),
            count,
        ),
        ChartData(
            "Pretvorba",
            names,
            (Series("oktober 2026", (45.4, None, 28.6, 0.0, 19.6)),),
            lambda v: f"{v:.1f} %",
        ),
        ChartData(
            "Čas odziva",
            ("do 15 min", "15–30 min", "30–60 min", "1–2 h", "nad 8 h", "brez odgovora"),
            (Series("oktober 2026", (843, 169, 152, 83, 7, 15)),),
            count,
            kind=Kind.VERTICAL,
            label_fills=(0, 0, 0, 2, 2, 3),
            legend=(("v cilju", 0), ("nad ciljem", 2), ("brez odgovora", 3)),
            marker_after=2,
            marker_text="cilj 60 min",
        ),
        ChartData(
            "Pot kupca",
            ("Povpraševanja", "Odgovorjeno", "Kupili", "Ocena", "Ponovni nakup", "Priporočajo"),
            (Series("", (1342, 1327, 570, 335, 90, 121)),),
            lambda v: f"{int(v)} · {v / 1342 * 100:.1f} %",
            kind=Kind.FUNNEL,
        ),
    ]


def fits(layout: ChartLayout, style: ChartStyle, device) -> None:
    """Every text and bar lies inside the chart's rectangle, and every text fits the
    box it is drawn in (so it cannot spill onto a neighbour)."""
    from PySide6.QtGui import QFontMetricsF

    outer = layout.rect.adjusted(-0.5, -0.5, 0.5, 0.5)
    for text in layout.texts:
        assert outer.contains(text.rect), (text.text, text.rect, layout.rect)
        font = QFont(style.font)
        if text.role == "title":
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.12)
        elif text.role in ("legend", "marker", "axis"):
            font.setPointSizeF(font.pointSizeF() * 0.88)
        width = QFontMetricsF(font, device).horizontalAdvance(text.text)
        assert width <= text.rect.width() + 1, (text.text, width, text.rect.width())
    for bar in layout.bars + layout.swatches:
        assert outer.contains(bar.rect), (bar.rect, layout.rect)


@pytest.mark.parametrize("number", range(4))
def test_every_name_value_and_bar_lies_inside_the_chart(image, style, number) -> None:
    chart = charts()[number]
    height = preferred_height(chart, style, image, 600)
    rect = QRectF(20, 30, 600, height)
    layout = paint(image, chart, style, rect)
    fits(layout, style, image)
    values = [t.text for t in layout.texts if t.role == "value"]
    assert len(values) == sum(len(s.values) for s in chart.series)  # every value written
    assert {t.text for t in layout.texts if t.role == "label"} <= set(chart.labels)


def test_bars_grow_with_their_values(image, style) -> None:
    chart = charts()[0]
    layout = paint(image, chart, style, QRectF(0, 0, 600, 400))
    this_month = [b for b in layout.bars if b.fill == 0]
    values = [v for v in chart.series[0].values if v]
    widths = [b.rect.width() for b in this_month]
    assert len(widths) == len(values)  # a zero draws no bar (its "0" is still written)
    assert sorted(range(len(values)), key=values.__getitem__) == sorted(
        range(len(widths)), key=widths.__getitem__
    )
    assert widths[values.index(max(values))] / widths[values.index(min(values))] == pytest.approx(
        max(values) / min(values), rel=0.01
    )
    assert "0" in [t.text for t in layout.texts if t.role == "value"]


def test_a_missing_value_is_a_dash_without_a_bar(image, style) -> None:
    chart = charts()[1]
    layout = paint(image, chart, style, QRectF(0, 0, 600, 300))
    values = [t.text for t in layout.texts if t.role == "value"]
    assert values[1] == MISSING
    assert len(layout.bars) == 3  # 45.4, 28.6, 19.6: neither None nor 0.0 gets a bar


@pytest.mark.parametrize("kind", list(Kind))
def test_an_empty_or_all_zero_chart_says_so(image, style, kind) -> None:
    for values in ((), (0, 0, 0), (None, None, None)):
        labels = tuple(f"Kanal {i}" for i in range(len(values)))
        chart = ChartData("Prazno", labels, (Series("x", values),), count, kind=kind,
                          empty_text="Ta mesec ni povpraševanj")  # fmt: skip
        layout = paint(image, chart, style, QRectF(0, 0, 400, 200))
        assert not layout.bars
        assert [t.text for t in layout.texts if t.role == "empty"] == ["Ta mesec ni povpraševanj"]
        fits(layout, style, image)


def test_a_chart_of_times_shows_zeros_and_is_empty_only_without_any_value(image, style) -> None:
    """Answered on the spot is 0 min, a figure: only channels without any answer have none."""
    labels = ("Osebno v trgovini", "Klepet")
    for values, empty in (((0.0, None), False), ((0.0, 0.0), False), ((None, None), True)):
        chart = ChartData("Čas odziva po kanalih", labels, (Series("Mediana", values),),
                          lambda v: f"{v:.0f} min", empty_text="Ni odgovorov",
                          zeros_are_values=True)  # fmt: skip
        layout = paint(image, chart, style, QRectF(0, 0, 400, 200))
        assert chart.empty is empty
        assert not layout.bars
        shown = [t.text for t in layout.texts if t.role in ("value", "empty")]
        assert shown == (["Ni odgovorov"] if empty else [chart.value_text(v) for v in values])
        fits(layout, style, image)


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        (None, MISSING),
        (0.0, "0 min"),
        (0.4, "0 min"),
        (4.5, "5 min"),  # to the nearest minute, halves up
        (5.0, "5 min"),
        (59.6, "1 h"),
        (87.1, "1 h 27 min"),
        (240.0, "4 h"),
        (3060.0, "2 d 3 h"),
    ],
)
def test_a_response_time_reads_as_people_say_it(minutes, expected) -> None:
    assert response_time(minutes, Formats("en", "", "EUR")) == expected


def test_a_tiny_rectangle_shrinks_the_bars_but_spills_nothing(image, style) -> None:
    chart = charts()[0]
    layout = paint(image, chart, style, QRectF(0, 0, 120, 60))
    for bar in layout.bars:
        assert layout.rect.contains(bar.rect)


def test_long_slovenian_names_are_elided_not_overflowing(image, style) -> None:
    chart = ChartData(
        "Zakaj so izbrali nas — razlogi, ki so jih kupci navedli ob nakupu v oktobru 2026",
        (LONG, "Cena", "Blagovna znamka"),
        (Series("oktober 2026", (12, 7, 3)),),
        count,
    )
    rect = QRectF(0, 0, 360, preferred_height(chart, style, image, 360))
    layout = paint(image, chart, style, rect)
    fits(layout, style, image)
    label = next(t for t in layout.texts if t.role == "label")
    assert label.text != LONG and label.text.endswith("…")
    assert label.text[:-1] in LONG
    title = next(t for t in layout.texts if t.role == "title")
    assert title.text.endswith("…")
    value = next(t for t in layout.texts if t.role == "value")
    assert value.text == "12"  # the value beside the elided name is whole


def test_column_names_wrap_in_two_even_lines_at_most(image, style) -> None:
    chart = ChartData(
        "Čas odziva",
        ("do 15 min", LONG, "nad 8 h"),
        (Series("x", (5, 3, 1)),),
        count,
        kind=Kind.VERTICAL,
    )
    layout = paint(image, chart, style, QRectF(0, 0, 300, 260))
    fits(layout, style, image)
    axis = [t for t in layout.texts if t.role == "axis"]
    slot = 300 / 3
    middle = [t for t in axis if slot <= t.rect.center().x() < 2 * slot]
    assert len(middle) == 2 and middle[-1].text.endswith("…")
    first = [t.text for t in axis if t.rect.center().x() < slot]
    assert first in (["do 15 min"], ["do", "15 min"])


def test_the_target_marker_stays_inside_when_it_is_near_the_edge(image, style) -> None:
    chart = ChartData(
        "Čas odziva",
        ("a", "b", "c", "d"),
        (Series("x", (5, 3, 1, 2)),),
        count,
        kind=Kind.VERTICAL,
        marker_after=2,
        marker_text="cilj odziva: 60 minut v delovnem času",
    )
    layout = paint(image, chart, style, QRectF(10, 10, 320, 240))
    fits(layout, style, image)
    marker = next(t for t in layout.texts if t.role == "marker")
    dashed = [line for line, dashed in layout.lines if dashed]
    assert len(dashed) == 1
    assert marker.rect.right() <= dashed[0].x1()  # no room to its right: left of the line


def test_the_same_chart_lays_out_alike_on_screen_and_on_a_pdf_page(image, style, qapp) -> None:
    chart = charts()[0]
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(600)
    scale = 600 / image.logicalDpiY()
    screen = layout_chart(chart, QRectF(0, 0, 600, 400), style, image)
    painter = QPainter(writer)
    paper = paint_chart(painter, QRectF(0, 0, 600 * scale, 400 * scale), chart, style)
    painter.end()
    assert buffer.data().startsWith(b"%PDF")
    assert [t.text for t in paper.texts] == [t.text for t in screen.texts]
    assert len(paper.bars) == len(screen.bars)
    for a, b in zip(screen.bars, paper.bars, strict=True):
        assert b.rect.width() / scale == pytest.approx(a.rect.width(), rel=0.06, abs=2)


def test_fills_differ_in_grey_and_texture_for_black_and_white_print() -> None:
    def grey(colour: str) -> float:  # what a black-and-white printer makes of it
        c = QColor(colour)
        return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()

    greys = [grey(fill.colour) for fill in PAPER_FILLS]
    assert all(abs(a - b) >= 25 for i, a in enumerate(greys) for b in greys[i + 1 :]), greys
    # This month and last month, within and over target: also told apart by hatching.
    assert PAPER_FILLS[0].hatch != PAPER_FILLS[1].hatch
    assert PAPER_FILLS[0].hatch != PAPER_FILLS[2].hatch


def test_chart_data_describes_itself_for_screen_readers() -> None:
    chart = charts()[1]
    assert chart.describe().startswith("oktober 2026. Telefon: 45.4 %; Osebno v trgovini: –")


# -- formats ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "country", "currency", "expected"),
    [
        ("sl", "SI", "EUR", ("1.234.567", "12,5\u00a0%", "1.234.567,50\u00a0€", "oktober 2026")),
        ("id", "ID", "IDR", ("1.234.567", "12,5%", "Rp\u00a01.234.568", "Oktober 2026")),
        ("en", "", "EUR", ("1,234,567", "12.5%", "€1,234,567.50", "October 2026")),
    ],
)
def test_figures_follow_the_locale(language, country, currency, expected) -> None:
    f = Formats(language, country, currency)
    got = (
        f.count(1234567),
        f.percent(12.5),
        f.money(Decimal("1234567.50")),
        f.month(Month(2026, 10)),
    )
    assert got == expected
    assert f.percent(None) == MISSING


def test_changes_carry_their_sign_and_losses_no_brackets() -> None:
    f = Formats("en", "", "EUR")
    assert (f.count(5, signed=True), f.count(-5, signed=True), f.count(0, signed=True)) == (
        "+5",
        "\u22125",
        "0",
    )
    assert f.money(Decimal("13.50"), signed=True) == "+€13.50"
    assert f.money(Decimal("-13.50"), signed=True) == "\u2212€13.50"
    assert f.decimal(Decimal("-2.3"), signed=True) == "\u22122.3"
