"""The Customers page at a million enquiries, measured in a fresh process.

    python -m bench.customers DB [--runs N]

Prints one JSON object with the times in seconds of: ``open`` (the tab first shown:
the page built, its first screenful read and painted), ``first_rows`` (the list
read again and painted), ``search`` (a keystroke → the first matches painted; name
starts, phone digits as dialled, e-mail starts), ``scroll_end`` (jump to the last
row once the count is known, painted), ``reverse`` (the name order reversed) and
``card`` (a customer selected: their card read and painted). Work on a copy:
opening upgrades the file's schema if it is older.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time

SEARCHES = ("ana", "bud", "sit", "nov", "mar", "pra", "tin", "jo", "a", "k",
            "+62 812", "0812 3", "041 2", "+386 4", "+386", "ana.", "budi@", "gmail")  # fmt: skip


def main(db: str, runs: int) -> dict[str, object]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="qs-")
    )
    from enquirydesk.app import create_main_window

    window = create_main_window(db)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()
    checker = getattr(window, "file_check", None)
    if checker is not None:
        checker.wait()  # the start-up check reads the whole file: not part of a row
    settle(app, window)
    started = time.perf_counter()
    window.tabs.setCurrentWidget(window.customers)  # makes the page, reads the first rows
    view = window.customers.page
    view.table.viewport().grab()
    opened = time.perf_counter() - started
    times: dict[str, list[float]] = {"first_rows": [], "search": [], "scroll_end": [],
                                     "reverse": [], "card": []}  # fmt: skip
    model, table = view.model, view.table
    for _ in range(runs):
        settle(app, window)
        view.search.clear()
        started = time.perf_counter()
        view.apply()
        table.viewport().grab()
        times["first_rows"].append(time.perf_counter() - started)
        while not model.complete:  # the count and the ids come from the background
            app.processEvents()
        started = time.perf_counter()
        table.scrollToBottom()
        table.viewport().grab()
        times["scroll_end"].append(time.perf_counter() - started)
        settle(app, window)
        started = time.perf_counter()
        view.sort_clicked(0, not_(model.descending))
        table.viewport().grab()
        times["reverse"].append(time.perf_counter() - started)
        settle(app, window)
        view.sort_clicked(0, not_(model.descending))
        settle(app, window)
        customer = model.customer_id(model.rowCount() // 2)
        started = time.perf_counter()
        view.select(customer)
        view.detail.grab()
        times["card"].append(time.perf_counter() - started)
        for text in SEARCHES:
            settle(app, window)
            started = time.perf_counter()
            view.search.setText(text)
            view.apply()
            table.viewport().grab()
            times["search"].append(time.perf_counter() - started)
    settle(app, window)
    window.close()
    result: dict[str, object] = {"open": opened}
    for key, values in times.items():
        ordered = sorted(values)
        result[key] = {
            "median": statistics.median(ordered),
            "p95": ordered[max(0, round(0.95 * len(ordered)) - 1)],
            "max": ordered[-1],
            "n": len(ordered),
        }
    return result


def not_(descending: bool):
    from PySide6.QtCore import Qt

    return Qt.SortOrder.AscendingOrder if descending else Qt.SortOrder.DescendingOrder


def settle(app, window) -> None:
    """Let the background reads of the last step finish: each step is timed on its own."""
    for _ in range(3):
        app.processEvents()
        window.tasks.wait()
    app.processEvents()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    arguments = sys.argv[1:]
    count = int(arguments[arguments.index("--runs") + 1]) if "--runs" in arguments else 3
    print(json.dumps(main(arguments[0], count), indent=1))
