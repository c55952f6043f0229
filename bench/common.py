"""What every row of `make bench` shares: where the demo files are kept, how a row is
timed and summed up, which month the month rows are about, and the targets that
change with the size of the demo (PERFORMANCE.md's 1M and 3M columns)."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from enquirydesk.domain.month import Month

CACHE = Path(tempfile.gettempdir()) / "enquirydesk-bench"
#: The demo shop's country: Indonesian names, +62 numbers and products, as the
#: searches (`bench.window.SEARCHES`) expect; the import rows use it too.
COUNTRY = "ID"
#: The size PERFORMANCE.md's first column is about; larger demos are judged by the
#: next column (3M).
FIRST_COLUMN = 1_000_000


def timed(work: Callable[[], Any], runs: int) -> list[float]:
    """The wall-clock seconds of `runs` calls of `work`."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def p95(times: list[float]) -> float:
    """The 95th percentile by the nearest-rank rule (the largest of fewer than 20)."""
    ordered = sorted(times)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def row(
    name: str, times: list[float], baseline: float | None, target: str, met: bool,
    unit: str = "s", detail: Any = None,
) -> dict[str, Any]:  # fmt: skip
    """One line of the table and of bench.json; `detail` (optional) says what the
    figures are made of, for finding out why a row is not met."""
    median = statistics.median(times)
    result = {
        "unit": unit,
        "id": name,
        "median_s": round(median, 4),
        "p95_s": round(p95(times), 4),
        "baseline_s": None if baseline is None else round(baseline, 4),
        "ratio": None if not baseline else round(median / baseline, 2),
        "target": target,
        "met": met,
        "runs": len(times),
    }
    if detail is not None:
        result["detail"] = detail
    return result


def large(rows: int) -> bool:
    """Whether the 3M column's targets apply (a demo larger than the 1M column's)."""
    return rows > FIRST_COLUMN


def busiest_month(db: Path) -> Month:
    """The month in which the demo shop received the most enquiries, read once by
    hand: the report, the Reports page and the exports are timed on it."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        found = connection.execute(
            "SELECT substr(received_at, 1, 7), COUNT(*) FROM enquiry "
            "WHERE deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC, 1 DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return Month.parse(found[0])
