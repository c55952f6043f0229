"""The window rows of `make bench`, each run in a fresh process, offscreen.

    python -m bench.window DB --bare
    python -m bench.window DB [--reports YYYY-MM]
    python -m bench.window DB --work --month YYYY-MM

Prints one JSON object. Every run has ``painted_at`` (the wall-clock time the window
was painted; the caller subtracts the time it started the process) and
``peak_rss_mb`` (this process's own peak resident memory, VmHWM).

``--bare`` is the baseline of the start and memory rows: a PySide6 QMainWindow with
an empty QTableView, painted.

Without ``--bare`` the program's window is built on DB, shown on the Enquiries page
and painted once the first screenful of the table, read on the window's worker, is
in (the start row). With ``--reports`` it then waits, turning the event loop, until
the start-up file check and the background reads are over, sets the Reports page's
month picker to that month and shows the tab: ``reports_s`` is that click → the
month's cards and charts painted (the reports-page row), ``gaps`` the longest stall
of the event loop from the first paint on.

``--work`` is the tour of the list, search, memory and freeze rows, after the same
wait (and the words index brought up to date, as the program does after the check):

* three list passes, without a search and with "fryer" (rare) and "kulkas" (common)
  typed: three times the list read afresh (``open``: first screenful painted, then
  every id read) and a jump to the last row (painted); then a real mouse click on
  every column heading, each one way and then the other (`bench.header_clicks`):
  the click → the new first screenful painted, and → every id read;
* ``search``: each of `SEARCHES` set into the search box as typing does
  (``setText``; the program's own typing pause counts): the keystroke → the first
  screenful of matches painted (``first_s``), and → every matching id read, the
  count settled (``settled_s``), with the ``count`` found;
* the Reports page first shown on the month (``reports_s``) and the Customers page
  (``customers_s``), both until painted with their data.

``gaps`` holds, for each phase of the run, the longest time between two ticks of a
10 ms timer on the GUI thread (`bench.header_clicks.Gaps`), from the first paint on:
every wait of the bench turns the event loop, never blocks it, so a gap is the
program's. ``peak_rss_mb`` is read at the end of the tour.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any

from bench.header_clicks import Gaps, _click, _wait

#: What staff type into the Enquiries search of the demo shop (Indonesian, see
#: `bench.common.COUNTRY`): name starts, surnames and a whole name, mobile numbers as
#: dialled (start) and runs of their digits (tails), product words rare and common,
#: parts of e-mail addresses, and a word in no row. Never twice in a row: the same
#: text again would not change the search.
SEARCHES = ("bud", "ana", "sit", "hend", "santoso", "wijaya", "nugroho", "siti wijaya",
            "+62 812", "0812 3", "0857", "4567", "123 45",
            "fryer", "kulkas", "daikin", "setrika", "samsung",
            "rina.h", "budi@", "@gmail", "yahoo.co", "zzqx")  # fmt: skip
#: The list passes: without a search, then with a rare and a common product word.
LIST_SEARCHES = ("", "fryer", "kulkas")
OPENS = 3  # the list read afresh (and a jump to its end) per pass


def _status_mb(field: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _peak_rss_mb() -> float:
    """This process's own peak resident memory. On Linux from its memory map's high-water
    mark: `ru_maxrss` survives exec, so a child of the demo builder would report the
    builder's peak as its own."""
    peak = _status_mb("VmHWM")
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if peak is None else peak


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


class Phases:
    """The longest event-loop stall of each phase of a run (`Gaps` keeps one figure:
    it is taken and the timer's figure reset at each change of phase)."""

    def __init__(self) -> None:
        self.gaps = Gaps()
        self.name = "start"
        self.longest: dict[str, float] = {}
        self.peaks: dict[str, float] = {}  # the process's peak memory at each phase's end

    def take(self, gap: float | None = None) -> None:
        """Keep the figure so far (and `gap`, measured by a click) for this phase."""
        seen = max(self.gaps.longest, gap or 0.0)
        self.longest[self.name] = round(max(self.longest.get(self.name, 0.0), seen), 4)
        self.peaks[self.name] = round(_peak_rss_mb(), 1)

    def enter(self, name: str) -> None:
        self.take()
        self.gaps.reset()
        self.name = name


def _settle(app, window) -> None:
    """Until the window's worker has nothing left to do and its answers are in, turning
    the event loop all the while (blocking it would show up as the program's stall)."""
    idle = 0
    ends = time.perf_counter() + 300
    while idle < 3:
        if time.perf_counter() > ends:
            raise TimeoutError("the window's worker did not settle")
        app.processEvents()
        idle = idle + 1 if window.tasks.wait(0) else 0
        time.sleep(0.002)


def _painted(view) -> None:
    """Paint what the Enquiries page shows for its list: the table, or the sentence
    shown instead when nothing matches."""
    if view.table.isVisible():
        view.table.viewport().grab()
    else:
        view.empty.grab()


def _open(db: str):
    """The program's window on `db`, shown on the Enquiries page and painted once the
    first screenful of the table is in."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["BENCH_QSETTINGS"]
    )
    from enquirydesk.app import create_main_window

    window = create_main_window(db)
    window.resize(1280, 800)
    window.show()
    window.tabs.setCurrentWidget(window.enquiries)
    app.processEvents()
    _wait(app, lambda: not window.enquiries.model.pending)  # read on the worker
    window.grab()  # painted, with the first screenful of the table
    return app, window, time.time()


def _checked(app, window, phases: Phases, index: bool) -> None:
    """Wait for the start-up file check (it reads the whole file: not part of a row),
    then, with `index`, bring the words index up to date as the program then does."""
    _wait(app, lambda: not window.file_check.alive, 600)
    if index:
        window.enquiries.index_for_search()
    _settle(app, window)
    phases.take()


def _reports(app, window, month: str) -> float:
    """The Reports tab first shown on `month` (its picker set before): the click → the
    month's cards and charts painted."""
    from enquirydesk.domain.month import Month

    wanted = Month.parse(month)
    page = window.reports
    page.set_month(wanted)  # not counted until the page is first shown
    started = time.perf_counter()
    window.tabs.setCurrentWidget(page)
    try:
        _wait(app, lambda: page.shown is not None and page.shown.month == wanted, 60)
    except TimeoutError as error:
        said = (page.status.text(), window.statusBar().currentMessage())
        raise TimeoutError(f"the Reports page did not show {wanted}: {said}") from error
    window.grab()
    return time.perf_counter() - started


def started(db: str, month: str | None) -> dict[str, Any]:
    """The start row's run, and the reports-page row's when `month` is given."""
    app, window, painted_at = _open(db)
    result: dict[str, Any] = {"painted_at": painted_at}
    if month is not None:
        phases = Phases()
        _checked(app, window, phases, index=False)
        phases.enter("reports")
        _settle(app, window)
        result["reports_s"] = _reports(app, window, month)
        phases.take()
        result["gaps"] = phases.longest
    result["peak_rss_mb"] = _peak_rss_mb()
    return result


def _list_pass(app, window, phases: Phases, text: str) -> dict[str, list[float]]:
    """The list read afresh, a jump to its end, and every heading clicked both ways,
    with `text` in the search box."""
    label = f"list {text or '(no search)'}"
    phases.enter(f"{label}: open and jump")
    view = window.enquiries
    table, model = view.table, view.model
    times: dict[str, list[float]] = {"open": [], "jump": [], "click": [], "all": []}
    if view.search.text() != text:
        view.search.setText(text)
        view.apply()  # the setting up is not timed: the pause skipped
    _settle(app, window)
    for _ in range(OPENS):
        _settle(app, window)
        table.scrollToTop()
        started = time.perf_counter()
        view.apply()
        _wait(app, lambda: not model.pending)
        _painted(view)
        times["open"].append(time.perf_counter() - started)
        _wait(app, lambda: model.complete)
        times["all"].append(time.perf_counter() - started)
        _settle(app, window)
        started = time.perf_counter()
        table.scrollToBottom()
        _painted(view)
        times["jump"].append(time.perf_counter() - started)
    table.scrollToTop()
    phases.enter(f"{label}: heading clicks")
    for column in range(model.columnCount()):
        for _ in range(2):
            _settle(app, window)
            phases.take()
            clicked = _click(app, table, column, phases.gaps, "enquiries")
            phases.take(clicked["gap_s"])
            times["click"].append(clicked["first_s"])
            times["all"].append(clicked["all_s"])
    return times


def _search(app, window, texts: tuple[str, ...]) -> list[dict[str, Any]]:
    """Each text set into the search box as typing does: its pause, the reads, the
    first screenful painted, then every match read."""
    from PySide6.QtCore import Qt

    view = window.enquiries
    model = view.model
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first, as it opens
    shown = [0]
    model.firstShown.connect(lambda: shown.__setitem__(0, shown[0] + 1))
    found = []
    for text in texts:
        _settle(app, window)
        before = shown[0]
        started = time.perf_counter()
        view.search.setText(text)
        _wait(app, lambda before=before: shown[0] > before and not model.pending)
        _painted(view)
        first = time.perf_counter() - started
        _wait(app, lambda: model.complete)
        settled = time.perf_counter() - started
        found.append(
            {"text": text, "first_s": first, "settled_s": settled, "count": model.rowCount()}
        )
    return found


def work(db: str, month: str) -> dict[str, Any]:
    """The tour: lists, searches, Reports and Customers, timed and watched for stalls."""
    app, window, painted_at = _open(db)
    phases = Phases()
    _checked(app, window, phases, index=True)
    lists = {}
    for text in LIST_SEARCHES:
        lists[text] = _list_pass(app, window, phases, text)
    phases.enter("search")
    searches = _search(app, window, SEARCHES)
    phases.enter("reports")
    _settle(app, window)
    reports_s = _reports(app, window, month)
    phases.enter("customers")
    _settle(app, window)
    started = time.perf_counter()
    window.tabs.setCurrentWidget(window.customers)
    page = window.customers.page
    _wait(app, lambda: page.model.complete)
    window.grab()
    customers_s = time.perf_counter() - started
    _settle(app, window)
    phases.take()
    result = {
        "painted_at": painted_at,
        "lists": lists,
        "search": searches,
        "reports_s": reports_s,
        "customers_s": customers_s,
        "gaps": phases.longest,
        "peaks_mb": phases.peaks,
        "peak_rss_mb": _peak_rss_mb(),
    }
    window.backups.skip_on_close = True  # no closing backup of the bench's demo file
    window.close()
    return result


def main(arguments: list[str]) -> dict[str, Any]:
    def option(name: str) -> str | None:
        return arguments[arguments.index(name) + 1] if name in arguments else None

    if "--bare" in arguments:
        return bare()
    if "--work" in arguments:
        month = option("--month")
        assert month is not None, "--work needs --month"
        return work(arguments[0], month)
    return started(arguments[0], option("--reports"))


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])), flush=True)
    os._exit(0)  # the figures are out: no teardown of threads still reading the file
