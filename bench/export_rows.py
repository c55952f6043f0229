"""The export rows of `make bench`: the busiest month written as the owner asks for it
(Reports → Export, or ``enquirydesk export --month``: both call `exports.files.export`).

* ``export.xlsx``: the month's workbook (its figures, charts and every enquiry), ≤ 5 s;
* ``export.pdf``: the month's summary pages as a PDF, ≤ 2 s.

Each is timed from the call to the file written whole, three times in this process
(the first time includes loading the writer, as a user's first export does).
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from bench.common import row, timed
from enquirydesk.domain.month import Month

LIMITS = {"xlsx": 5.0, "pdf": 2.0}
RUNS = 3


def bench_exports(db: Path, month: Month, work: Path, wanted: set[str]) -> list[dict[str, Any]]:
    from enquirydesk.exports import files
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store.database import Store

    store = Store.open(db, verify=False)
    ctx = Context(store, Actor("bench"))
    rows = []
    try:
        for fmt, limit in LIMITS.items():
            if f"export.{fmt}" not in wanted:
                continue
            target = work / f"month.{fmt}"
            times = timed(lambda f=fmt, t=target: files.export(ctx, month, f, t), RUNS)
            assert target.stat().st_size > 0
            rows.append(row(f"export.{fmt}", times, None, f"≤ {limit:.0f} s ({month})",
                            statistics.median(times) <= limit))  # fmt: skip
            target.unlink()
    finally:
        store.close()
    return rows
