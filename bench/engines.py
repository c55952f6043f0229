"""`make bench-engines`: the same demo shop on both engines, side by side: an SQLite file
and a database on a throwaway PostgreSQL server on this machine (tests/pg_server.py),
the rows of PERFORMANCE.md that a second engine changes, measured through the services
the window calls (the window's own rows are `bench.run`'s):

* ``list``: the first screenful of every enquiry, in each sort order, both ways (the
  ids and their rows), against ≤ 50 ms;
* ``search``: the first screenful of each of the window bench's searches (p95 ≤ 100 ms),
  and ``search.all``: the count of each (p95 ≤ 250 ms);
* ``report``: every figure of the busiest month (≤ 1 s);
* ``add``: one enquiry logged, 300 times (p95 ≤ 15 ms);
* ``import``: 100,000 history rows into a new database (≤ 10 s).

    python -m bench.engines [--rows 1000000] [--out bench-engines.json]

The server's copy of the demo shop is made once per run (`store.copy`, a few minutes at
a million enquiries) and planned with fresh statistics (ANALYZE), as a server's
autovacuum keeps them.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import busiest_month
from bench.common import p95 as _p95
from bench.run import IMPORT_ROWS, _history_csv, demo_database
from bench.window import SEARCHES

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import pg_server

SCREEN = 60
SORTS = ("received", "customer", "channel", "interest", "taken_by", "response", "status",
         "value", "next")  # fmt: skip


def _times(job: Callable[[], object], runs: int) -> list[float]:
    found = []
    for _ in range(runs):
        started = time.perf_counter()
        job()
        found.append(time.perf_counter() - started)
    return found


def _context(where: str | Path):
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store.database import Store

    return Context(Store.open(where, verify=False), Actor("bench"))


def _measure(where: str | Path, month, work: Path, fresh: Callable[[], str | Path]) -> dict:
    from enquirydesk.services import importer, listing, report, settings
    from enquirydesk.services.enquiries import NewEnquiry, log_enquiry

    found: dict[str, list[float]] = {}
    ctx = _context(where)
    try:
        everyone = listing.EnquiryFilter()

        def screen(chosen, sort) -> None:
            listing.rows(ctx, listing.first_ids(ctx, chosen, SCREEN, sort))

        screen(everyone, listing.Sort())  # warm the caches for both alike
        found["list"] = [
            t
            for column in SORTS
            for descending in (True, False)
            for t in _times(lambda c=column, d=descending: screen(everyone, listing.Sort(c, d)), 3)
        ]
        found["search"] = [
            t for text in SEARCHES
            for t in _times(lambda x=text: screen(listing.EnquiryFilter(text=x), listing.Sort()), 3)
        ]  # fmt: skip
        found["search.all"] = [
            t for text in SEARCHES
            for t in _times(lambda x=text: listing.count(ctx, listing.EnquiryFilter(text=x)), 3)
        ]  # fmt: skip
        report.monthly(ctx, month)
        found["report"] = _times(lambda: report.monthly(ctx, month), 5)
        numbers = iter(range(10**6))
        found["add"] = _times(
            lambda: log_enquiry(ctx, NewEnquiry(
                channel="phone", name="Bench", phone=f"+62 812 {5000000 + next(numbers)}")),
            300,
        )  # fmt: skip
    finally:
        ctx.store.close()

    def import_once() -> None:
        target = _context(fresh())
        try:
            settings.update(target, {"shop.country": "ID"})
            result = importer.import_file(target, _history_csv())
            assert result.imported == IMPORT_ROWS, result.bad[:3]
        finally:
            target.store.close()

    found["import"] = _times(import_once, 3)
    return found


TARGETS = {
    "list": ("p95 ≤ 50 ms", lambda t: _p95(t) <= 0.05),
    "search": ("p95 ≤ 100 ms", lambda t: _p95(t) <= 0.1),
    "search.all": ("p95 ≤ 250 ms", lambda t: _p95(t) <= 0.25),
    "report": ("≤ 1 s", lambda t: statistics.median(t) <= 1.0),
    "add": ("p95 ≤ 15 ms", lambda t: _p95(t) <= 0.015),
    "import": ("≤ 10 s", lambda t: statistics.median(t) <= 10),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.engines", description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", default="bench-engines.json")
    args = parser.parse_args(argv)
    from enquirydesk.store import copy
    from enquirydesk.store.database import Store

    db = demo_database(args.rows)
    month = busiest_month(db)
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="enquirydesk-bench-") as folder, \
            pg_server.running() as server:  # fmt: skip
        work = Path(folder)
        made = iter(range(1000))

        def new_file() -> Path:
            path = work / f"import-{next(made)}.sqlite"
            return path

        def new_server_database() -> str:
            return server.create_database(f"import_{next(made)}")

        shop = work / "shop.sqlite"  # (a copy: `add` writes to it)
        shutil.copyfile(db, shop)
        results["sqlite"] = _measure(shop, month, work, new_file)

        address = server.create_database("shop")
        print(f"Copying the {args.rows:,}-enquiry demo shop to the server …", file=sys.stderr)
        started = time.perf_counter()
        target = Store.open(address)
        reader = copy.open_source(str(db))
        copy.copy_all(reader, target.db)
        reader.close()
        target.db.execute_sql("ANALYZE")
        target.close()
        print(f"… in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        results["postgresql"] = _measure(address, month, work, new_server_database)

    print(f"{args.rows:,} enquiries, {month}")
    print(f"{'id':<12}{'SQLite p50':>11}{'p95':>9}{'PostgreSQL p50':>16}{'p95':>9}  target")
    payload: dict[str, Any] = {"rows": args.rows, "results": {}}
    for key, (target_text, met) in TARGETS.items():
        line = f"{key:<12}"
        entry = {}
        for engine in ("sqlite", "postgresql"):
            times = results[engine][key]
            p50, p95 = statistics.median(times), _p95(times)
            width = 11 if engine == "sqlite" else 16
            line += f"{p50 * 1000:>{width}.0f}{p95 * 1000:>9.0f}"
            entry[engine] = {"median_s": p50, "p95_s": p95, "met": met(times)}
        marks = " ".join("yes" if entry[e]["met"] else "NO" for e in entry)
        print(f"{line}  {target_text} ({marks}) ms")
        payload["results"][key] = entry
    Path(args.out).write_text(json.dumps(payload, indent=2) + "\n")
    print(f"Written to {args.out}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
