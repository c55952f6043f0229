"""The demo row of `make bench`: N demo enquiries (the ``--rows`` size) generated into a
new file, as "Load demo data" and the bench's own demo file make them
(`services.demo.generate`, in the demo shop's country), timed from opening the new
file to closing it written. Once above 200,000 rows (a minute or more each), three
times below. The limit is 90 s per million, scaled to the size.

The baseline writes as many rows, made beforehand, of the enquiry table's width
(`sqlite3.executemany` in one transaction into a new file, no index): the cost of
the writing alone.
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from bench import baselines
from bench.common import COUNTRY, row, timed

SECONDS_PER_MILLION = 90.0
ONCE_ABOVE = 200_000


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _generate(path: Path, rows: int) -> None:
    from enquirydesk.services import demo, settings
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store.database import Store

    _remove(path)
    store = Store.open(path)
    ctx = Context(store, Actor("bench"))
    settings.update(ctx, {"shop.country": COUNTRY})
    demo.generate(ctx, rows)
    store.close()


def _premade(rows: int) -> list[tuple]:
    """`rows` rows as wide as the enquiry table, the id left to SQLite (a thousand
    different rows, repeated: made in no time and with little memory)."""
    from enquirydesk.store.models import Enquiry

    width = len(Enquiry._meta.columns)
    kinds = (17, "2025-06-01 10:15:00", "Tanya harga kulkas 2 pintu Sharp", 4_930_000_00, None)
    different = [
        (None, number, *(kinds[(column + number) % len(kinds)] for column in range(2, width)))
        for number in range(1000)
    ]
    return [different[number % 1000] for number in range(rows)]


def bench_demo(rows: int, work: Path) -> dict[str, Any]:
    path = work / "demo.sqlite"
    runs = 1 if rows > ONCE_ABOVE else 3
    try:
        times = timed(lambda: _generate(path, rows), runs)
    finally:
        _remove(path)
    premade = _premade(rows)
    bare = work / "bare-demo.sqlite"
    try:
        baseline = statistics.median(
            timed(lambda: (_remove(bare), baselines.bulk_insert(bare, premade)), runs)
        )
    finally:
        _remove(bare)
    limit = SECONDS_PER_MILLION * rows / 1_000_000
    return row("demo", times, baseline, f"≤ {limit:.3g} s ({rows:,} rows)",
               statistics.median(times) <= limit)  # fmt: skip
