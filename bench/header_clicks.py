"""Header clicks on a searched list, timed from outside as a user sees them.

    python -m bench.header_clicks DB SEARCH [SEARCH …] [--customers SEARCH …]

Opens the window offscreen on DB, searches, then clicks every header of the
Enquiries table (each one way, then the other) with a real mouse click on the
heading, and prints one JSON object per click: ``first_s`` (the click → the new
first screenful painted), ``all_s`` (→ every id read) and ``gap_s`` (the longest
time the event loop did not turn meanwhile, from a 10 ms timer). With
``--customers`` the same on the Customers table. Works on programs whose lists read
the first screenful on the GUI thread too (then it is there when the click returns).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time


class Gaps:
    """A 10 ms timer on the GUI thread: the longest gap between its ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0


def _wait(app, done, seconds: float = 120.0) -> None:
    ends = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > ends:
            raise TimeoutError("the list did not settle")
        app.processEvents()
        time.sleep(0.001)


def _click(app, table, column: int, gaps: Gaps, label: str) -> dict:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    model = table.model()
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    gaps.reset()
    started = time.perf_counter()
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    if header.sortIndicatorSection() != column:  # off screen: no time to measure
        raise RuntimeError(f"the click at x={x} missed the heading of column {column}")
    _wait(app, lambda: not getattr(model, "pending", False))
    table.viewport().grab()  # painted
    first = time.perf_counter() - started
    _wait(app, lambda: model.complete)
    every = time.perf_counter() - started
    order = "desc" if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder else "asc"
    return {
        "list": label,
        "column": model.COLUMNS[column][0],
        "order": order,
        "rows": model.rowCount(),
        "first_s": round(first, 4),
        "all_s": round(every, 4),
        "gap_s": round(gaps.longest, 4),
    }


def main(arguments: list[str]) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    db = arguments[0]
    searches, customers, into = [], [], None
    for argument in arguments[1:]:
        if argument == "--customers":
            into = customers
        else:
            (searches if into is None else into).append(argument)
    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        os.environ.get("BENCH_QSETTINGS") or tempfile.mkdtemp(prefix="bench-qt-"),
    )
    from enquirydesk.app import create_main_window

    window = create_main_window(db)
    window.resize(1700, 900)
    window.show()
    window.file_check.wait()
    window.tasks.wait()
    view = window.enquiries
    window.tabs.setCurrentWidget(view)
    gaps = Gaps()
    for text in searches:
        view.search.setText(text)
        view.apply()
        _wait(app, lambda: view.model.complete)
        for column in range(view.model.columnCount()):
            for _ in range(2):
                print(
                    json.dumps(
                        {"search": text, **_click(app, view.table, column, gaps, "enquiries")}
                    )
                )
                sys.stdout.flush()
    if customers:
        window.tabs.setCurrentWidget(window.customers)
        page = window.customers.page
        _wait(app, lambda: page.model.complete)
        for text in customers:
            page.search.setText(text)
            page.apply()
            _wait(app, lambda: page.model.complete)
            for column in range(page.model.columnCount()):
                for _ in range(2):
                    print(
                        json.dumps(
                            {"search": text, **_click(app, page.table, column, gaps, "customers")}
                        )
                    )
                    sys.stdout.flush()
    window.close()


if __name__ == "__main__":
    main(sys.argv[1:])
