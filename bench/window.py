"""The window rows of `make bench`, measured in a fresh process each time.

    python -m bench.window DB [--bare] [--work]

Prints one JSON object: ``painted_at`` (the wall-clock time the window was painted
with the table filled; the caller subtracts the time it started the process), and
with ``--work`` also ``list_s`` (open the
Enquiries page, jump to the last row, re-sort: each timed, three times),
``search_s`` (20 searches, keystroke → the first matches drawn) and
``peak_rss_mb``. ``--bare`` is the baseline: a PySide6 QMainWindow with an empty
QTableView.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

# Name starts, phone digits as dialled, product words (rare and common), e-mail parts.
SEARCHES = ("bud", "ana", "sit", "nov", "mar", "pra", "tin", "jo",
            "+62 812", "041 2", "+386 4", "0812 3",
            "fryer", "gorenje", "kulkas", "pečica", "philips", "samsung 55",
            "rina.h", "budi@")  # fmt: skip


def _peak_rss_mb() -> float:
    """This process's own peak resident memory. On Linux from its memory map's high-water
    mark: `ru_maxrss` survives exec, so a child of the demo builder would report the
    builder's peak as its own."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableView(window))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()  # painted
    return {"painted_at": time.time(), "peak_rss_mb": _peak_rss_mb()}


def ours(db: str, work: bool) -> dict[str, float]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["BENCH_QSETTINGS"]
    )
    from enquirydesk.app import create_main_window
    from enquirydesk.ui.enquiries import model as enquiry_model

    window = create_main_window(db)
    window.resize(1280, 800)
    window.show()
    view = window.enquiries
    window.tabs.setCurrentWidget(view)
    app.processEvents()
    window.grab()  # painted, with the first screenful of the table
    result: dict = {"painted_at": time.time()}
    if not work:
        return result
    window.file_check.wait()  # the start-up check reads the whole file: not part of a row
    app.processEvents()
    window.enquiries.index_for_search()  # what the program does once the check has passed
    window.tasks.wait()
    app.processEvents()
    table, model = view.table, view.model

    def shown() -> None:
        """Until the newest request's first screenful is in the table, then painted: the
        reads run on the worker, and the table shows the old rows meanwhile."""
        while model.pending:
            app.processEvents()
        table.viewport().grab()

    lists = []  # open the page, jump to the last row, re-sort: each timed on its own
    for column in (1, 2, 7):  # customer, channel, value
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for _ in range(2):
            app.processEvents()
            window.tasks.wait()
        started = time.perf_counter()
        view.apply()
        shown()
        lists.append(time.perf_counter() - started)
        while model.rowCount() <= enquiry_model.EnquiryModel.FIRST and not model.complete:
            app.processEvents()  # the count comes from the background thread
        started = time.perf_counter()
        table.scrollToBottom()
        table.viewport().grab()
        lists.append(time.perf_counter() - started)
        started = time.perf_counter()
        table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        shown()
        lists.append(time.perf_counter() - started)
    searches = []  # keystroke → the table shows the first matches
    for text in SEARCHES:
        for _ in range(2):  # the last search's background reads start on the next turn
            app.processEvents()
            window.tasks.wait()
        started = time.perf_counter()
        view.search.setText(text)
        view.apply()
        shown()
        searches.append(time.perf_counter() - started)
    window.tasks.wait()
    app.processEvents()
    assert model.rowCount() >= 0
    result.update(list_s=lists, search_s=searches, peak_rss_mb=_peak_rss_mb())
    window.close()
    return result


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if "--bare" in arguments:
        print(json.dumps(bare()))
    else:
        print(json.dumps(ours(arguments[0], "--work" in arguments)))
