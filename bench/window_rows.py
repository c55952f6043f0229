"""The window's rows of `make bench`, from runs of `bench.window` in fresh processes.

* ``start``: process start → the main window painted with the table filled (median of
  5 runs), against a bare PySide6 QMainWindow with an empty QTableView (5 runs).
* ``reports-page``: in the same 5 runs, after the start-up check, the Reports tab
  first shown on the busiest month → its cards and charts painted.
* ``list``: the tour's first-screenful times: the list read afresh, a jump to the last
  row, and a real click on every heading both ways; without a search and with a rare
  and a common product word searched. ``list.all``: the read afresh and the clicks,
  until every id is read (`IdListModel.complete`).
* ``search``: 20+ texts typed (the typing pause counts): keystroke → first screenful
  painted; ``search.all``: keystroke → every match read, the count settled. Both
  beside the same matches counted by hand-written SQL (`baselines.search_count`).
* ``memory``: the tour process's own peak resident memory (VmHWM) after the tour
  (window open, scrolled to the end, searched, sorted while searched, Reports and
  Customers shown), against the bare window's own peak.
* ``freeze``: the longest the GUI thread was blocked, by a 10 ms timer, in the tour
  and in the Reports runs, from the first paint on.

Each child process reports its own peak and its own stalls; none is read from here.
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import baselines
from bench.common import COUNTRY, large, p95, row, timed
from enquirydesk.domain.month import Month

STARTS = 5
WINDOW_IDS = frozenset(
    {"start", "reports-page", "list", "list.all", "search", "search.all", "memory", "freeze"}
)
_TOUR_IDS = frozenset({"list", "list.all", "search", "search.all", "memory", "freeze"})


def _spawn(db: Path, settings: Path, flags: tuple[str, ...]) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_QSETTINGS": str(settings)}
    spawned = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "bench.window", str(db), *flags],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"bench.window {' '.join(flags)} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["start_s"] = result.pop("painted_at") - spawned
    return result


def _window(db: Path, work: Path, *flags: str) -> dict[str, Any]:
    """Run bench/window.py in a new process; its start time counts from the spawn. The
    tour keeps its window state (its last search, its sort) apart from the starts'. A
    run that fails is shown and run once more."""
    settings = work / ("qt-tour" if "--work" in flags else "qt")
    try:
        return _spawn(db, settings, flags)
    except RuntimeError as error:
        print(f"{error}\n(running it once more)", file=sys.stderr)
        return _spawn(db, settings, flags)


def _search_baseline(db: Path, texts: list[str]) -> list[tuple[float, int]]:
    """Each text's matches counted by hand-written SQL: (median seconds of 3, count)."""
    from enquirydesk.services.customers import dialling

    code, trunk = dialling(COUNTRY)
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    found = []
    try:
        for text in texts:
            count = baselines.search_count(connection, text, code, trunk)  # warm, as the tour is
            seconds = statistics.median(
                timed(lambda t=text: baselines.search_count(connection, t, code, trunk), 3)
            )
            found.append((seconds, count))
    finally:
        connection.close()
    return found


def _starts(
    db: Path, work: Path, wanted: set[str], month: Month, bare: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The start and reports-page rows, and the runs they came from."""
    rows = []
    flags = ("--reports", str(month)) if "reports-page" in wanted else ()
    runs = [_window(db, work, *flags) for _ in range(STARTS)]
    if "start" in wanted:
        base = statistics.median(r["start_s"] for r in bare)
        times = [r["start_s"] for r in runs]
        median = statistics.median(times)
        rows.append(row("start", times, base, "≤ 3.0× baseline and ≤ 0.6 s",
                        median <= 3 * base and median <= 0.6))  # fmt: skip
    if "reports-page" in wanted:
        times = [r["reports_s"] for r in runs]
        rows.append(row("reports-page", times, None, f"≤ 1 s ({month}, first shown)",
                        statistics.median(times) <= 1.0))  # fmt: skip
    return rows, runs


def _list_rows(tour: dict[str, Any], wanted: set[str]) -> list[dict[str, Any]]:
    passes = tour["lists"]
    first = [t for p in passes.values() for kind in ("open", "jump", "click") for t in p[kind]]
    every = [t for p in passes.values() for t in p["all"]]
    worst = {
        f"{kind} {text or '(no search)'}": round(max(p[kind]), 4)
        for text, p in passes.items()
        for kind in ("open", "jump", "click", "all")
    }
    rows = []
    if "list" in wanted:
        rows.append(row("list", first, None, "each ≤ 50 ms", max(first) <= 0.05,
                        detail=worst))  # fmt: skip
    if "list.all" in wanted:
        rows.append(row("list.all", every, None, "each ≤ 1 s", max(every) <= 1.0))
    return rows


def _search_rows(
    db: Path, tour: dict[str, Any], wanted: set[str], rows_in_demo: int
) -> list[dict[str, Any]]:
    searches = tour["search"]
    by_hand = _search_baseline(db, [s["text"] for s in searches])
    baseline = statistics.median(seconds for seconds, _count in by_hand)
    detail = [
        {
            "text": s["text"],
            "first_s": round(s["first_s"], 4),
            "settled_s": round(s["settled_s"], 4),
            "count": s["count"],
            "sql_s": round(seconds, 4),
            "sql_count": count,
        }
        for s, (seconds, count) in zip(searches, by_hand, strict=True)
    ]
    differ = [d["text"] for d in detail if d["count"] != d["sql_count"]]
    if differ:
        print(f"search: the program and the SQL count differ for {differ}", file=sys.stderr)
    rows = []
    if "search" in wanted:
        times = [s["first_s"] for s in searches]
        rows.append(row("search", times, baseline, "p95 ≤ 100 ms (keystroke → first screen)",
                        p95(times) <= 0.1, detail=detail))  # fmt: skip
    if "search.all" in wanted:
        limit = 0.4 if large(rows_in_demo) else 0.25
        times = [s["settled_s"] for s in searches]
        rows.append(row("search.all", times, baseline,
                        f"p95 ≤ {limit * 1000:.0f} ms (keystroke → count settled)",
                        p95(times) <= limit))  # fmt: skip
    return rows


def bench_window(
    db: Path, work: Path, wanted: set[str], month: Month, rows_in_demo: int
) -> list[dict[str, Any]]:
    """The window's rows in `wanted`, in the order of the table."""
    rows: list[dict[str, Any]] = []
    runs: list[dict[str, Any]] = []
    bare = []  # the baseline of start and memory
    if wanted & {"start", "memory"}:
        bare = [_window(db, work, "--bare") for _ in range(STARTS)]
    if wanted & {"start", "reports-page"}:
        found, runs = _starts(db, work, wanted, month, bare)
        rows += found
    if not wanted & _TOUR_IDS:
        return rows
    tour = _window(db, work, "--work", "--month", str(month))
    rows += _list_rows(tour, wanted)
    if wanted & {"search", "search.all"}:
        rows += _search_rows(db, tour, wanted, rows_in_demo)
    if "memory" in wanted:
        base = statistics.median(r["peak_rss_mb"] for r in bare)
        extra = 160 if large(rows_in_demo) else 120
        peak = tour["peak_rss_mb"]
        rows.append(row("memory", [peak], base, f"≤ baseline + {extra} MB",
                        peak <= base + extra, unit="MB",
                        detail=tour.get("peaks_mb")))  # fmt: skip
    if "freeze" in wanted:
        stalls = {f"tour: {phase}": gap for phase, gap in tour["gaps"].items()}
        for number, run in enumerate(runs, 1):
            for phase, gap in run.get("gaps", {}).items():
                stalls[f"run {number}: {phase}"] = gap
        longest = max(stalls.values())
        rows.append(row("freeze", [longest], None, "≤ 100 ms (longest GUI block)",
                        longest <= 0.1, detail=stalls))  # fmt: skip
    return rows
