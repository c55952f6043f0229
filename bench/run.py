"""`make bench`: measure PERFORMANCE.md's rows on a demo database, beside their baselines.

    python -m bench.run [--rows 1000000] [--out bench.json] [--only ID,ID,...]

IDs (all by default): start, reports-page, list, list.all, search, search.all,
memory, freeze (the window's: `bench.window_rows`), report, export (export.xlsx and
export.pdf: `bench.export_rows`), import, import+, import.xlsx, add, demo
(`bench.demo_rows`).

The demo database (an Indonesian shop, `bench.common.COUNTRY`) is made once and kept
under the system temp folder, keyed by the schema version, the country and the size.
The month rows (report, reports-page, export) are about its busiest month. Above a
million rows the 3M column's targets apply where they differ. Each row prints median,
p95, baseline and ratio, and the same goes to ``bench.json`` with the size.

* ``report``: every figure of the month (`services.report.monthly`), 7 runs, against
  the same figures by hand-written SQL.
* ``import`` / ``import+``: 100,000 history rows from CSV into a new database / one
  already in use, against parsing, checking and inserting them by hand;
  ``import.xlsx``: the same rows from a workbook, against the CSV.
* ``add``: one enquiry logged, 300 times, on a copy of the demo file.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import baselines
from bench.common import CACHE, COUNTRY, busiest_month
from bench.common import p95 as _p95
from bench.common import row as _row
from bench.common import timed as _timed
from bench.demo_rows import bench_demo
from bench.export_rows import bench_exports
from bench.files import make_import_csv, make_import_xlsx
from bench.window_rows import WINDOW_IDS, bench_window
from enquirydesk.domain.month import Month

IMPORT_ROWS = 100_000
#: Every row, in the order of the table.
IDS = ("start", "reports-page", "list", "list.all", "search", "search.all", "memory",
       "freeze", "report", "export.xlsx", "export.pdf", "import", "import+",
       "import.xlsx", "add", "demo")  # fmt: skip
GROUPS = {"export": ("export.xlsx", "export.pdf")}


def demo_database(rows: int) -> Path:
    """The cached demo file of `rows` enquiries at today's schema version."""
    from enquirydesk.services import demo, settings
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store import migrations
    from enquirydesk.store.database import Store

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-v{migrations.LATEST}-{COUNTRY.lower()}-{rows}.sqlite"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(f"{partial.name}*"):
            leftover.unlink()
        print(f"Making the {rows:,}-enquiry demo database (once) …", file=sys.stderr)
        store = Store.open(partial)
        ctx = Context(store, Actor("bench"))
        settings.update(ctx, {"shop.country": COUNTRY})
        demo.generate(ctx, rows)
        store.close()
        partial.rename(path)
    return path


def bench_report(db: Path, month: Month) -> dict[str, Any]:
    """Every figure of `month` (and of the month before, which the report compares
    with), against the same by hand-written SQL."""
    from enquirydesk.services import report
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store.database import Store

    store = Store.open(db, verify=False)
    ctx = Context(store, Actor("bench"))
    try:
        report.monthly(ctx, month)  # warm the page cache for both sides alike
        times = _timed(lambda: report.monthly(ctx, month), 7)
    finally:
        store.close()

    def by_hand() -> None:
        for m in (month, month.previous()):
            baselines.report_sql(db, str(m.start), str(m.end), 3600)

    by_hand()
    baseline = statistics.median(_timed(by_hand, 7))
    median = statistics.median(times)
    return _row("report", times, baseline, f"≤ 2.0× baseline and ≤ 1 s ({month})",
                median <= 2 * baseline and median <= 1.0)  # fmt: skip


def _import_once(work: Path, path: Path, in_use: bool = False) -> None:
    """Import `path` into a new database (or, `in_use`, one that already holds an enquiry,
    where the bulk path cannot drop indexes)."""
    from enquirydesk.services import importer, settings
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
    from enquirydesk.store.database import Store

    db = work / "import.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    store = Store.open(db)
    ctx = Context(store, Actor("bench"))
    settings.update(ctx, {"shop.country": "ID"})
    if in_use:
        log_enquiry(ctx, NewEnquiry(channel="walk_in", name="First customer"))
    result = importer.import_file(ctx, path)
    store.close()
    assert result.imported == IMPORT_ROWS, result.bad[:3]


def _history_csv() -> Path:
    path = CACHE / f"history-{IMPORT_ROWS}.csv"
    if not path.exists():
        make_import_csv(path, IMPORT_ROWS)
    return path


def bench_import(work: Path, in_use: bool = False) -> dict[str, Any]:
    """Import 100,000 rows into a new database, or (`in_use`) into one that already
    holds an enquiry, where the bulk path cannot drop indexes."""
    csv_path = _history_csv()

    def bare() -> None:
        db = work / "bare.sqlite"
        db.unlink(missing_ok=True)
        baselines.import_pipeline(csv_path, db)

    times = _timed(lambda: _import_once(work, csv_path, in_use), 3)
    baseline = statistics.median(_timed(bare, 3))
    median = statistics.median(times)
    return _row("import+" if in_use else "import", times, baseline, "≤ 1.5× baseline and ≤ 10 s",
                median <= 1.5 * baseline and median <= 10)  # fmt: skip


def bench_import_xlsx(work: Path) -> dict[str, Any]:
    """The same 100,000 rows from a workbook, against the CSV file as the baseline."""
    csv_path = _history_csv()
    xlsx_path = CACHE / f"history-{IMPORT_ROWS}.xlsx"
    if not xlsx_path.exists():
        make_import_xlsx(csv_path, xlsx_path)
    baseline = statistics.median(_timed(lambda: _import_once(work, csv_path), 3))
    times = _timed(lambda: _import_once(work, xlsx_path), 3)
    median = statistics.median(times)
    return _row("import.xlsx", times, baseline, "≤ 1.5× the same rows from CSV",
                median <= 1.5 * baseline)  # fmt: skip


def bench_add(db: Path, work: Path) -> dict[str, Any]:
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
    from enquirydesk.store.database import Store

    copy = work / "add.sqlite"
    shutil.copyfile(db, copy)
    store = Store.open(copy, verify=False)
    ctx = Context(store, Actor("bench"))
    numbers = iter(range(10**6))

    def add() -> None:
        n = next(numbers)
        log_enquiry(
            ctx,
            NewEnquiry(channel="phone", name=f"Bench {n}", phone=f"+386 41 {100000 + n:06d}"),
        )

    try:
        times = _timed(add, 300)
    finally:
        store.close()
    return _row("add", times, None, "p95 ≤ 15 ms", _p95(times) <= 0.015)


def _wanted(only: str) -> set[str]:
    """The row ids asked for (a group name stands for its rows)."""
    wanted: set[str] = set()
    for name in filter(None, only.split(",")):
        if name not in IDS and name not in GROUPS:
            raise SystemExit(f"bench: no row {name!r}; choose from {', '.join(IDS)}, export")
        wanted.update(GROUPS.get(name, (name,)))
    return wanted


def _print(rows: int, results: list[dict[str, Any]]) -> None:
    print(f"{rows:,} enquiries")
    print(f"{'id':<13}{'median':>11}{'p95':>11}{'baseline':>12}{'ratio':>7}  met  target")
    for r in results:
        unit = r["unit"]
        base = "—" if r["baseline_s"] is None else f"{r['baseline_s']:.3f} {unit}"
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}"
        print(
            f"{r['id']:<13}{r['median_s']:>8.3f} {unit:<2}{r['p95_s']:>8.3f} {unit:<2}"
            f"{base:>12}{ratio:>7}  {'yes' if r['met'] else 'NO ':<4} {r['target']}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", default="bench.json")
    parser.add_argument("--only", default=",".join(IDS))
    args = parser.parse_args(argv)
    wanted = _wanted(args.only)
    db = demo_database(args.rows)
    month = busiest_month(db)
    results = []
    with tempfile.TemporaryDirectory(prefix="enquirydesk-bench-") as folder:
        work = Path(folder)
        if wanted & WINDOW_IDS:
            results.extend(bench_window(db, work, wanted, month, args.rows))
        if "report" in wanted:
            results.append(bench_report(db, month))
        if wanted & {"export.xlsx", "export.pdf"}:
            results.extend(bench_exports(db, month, work, wanted))
        if "import" in wanted:
            results.append(bench_import(work))
        if "import+" in wanted:
            results.append(bench_import(work, in_use=True))
        if "import.xlsx" in wanted:
            results.append(bench_import_xlsx(work))
        if "add" in wanted:
            results.append(bench_add(db, work))
        if "demo" in wanted:
            results.append(bench_demo(args.rows, work))
    _print(args.rows, results)
    payload = {"rows": args.rows, "results": {r.pop("id"): r for r in results}}
    Path(args.out).write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    print(f"Written to {args.out}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
