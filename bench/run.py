"""`make bench`: measure PERFORMANCE.md's rows on a demo database, beside their baselines.

    python -m bench.run [--rows 1000000] [--out bench.json]
        [--only report,import,import+,import.xlsx,add]

The demo database is made once and kept under the system temp folder, keyed by
the schema version and size. Each row prints median, p95, baseline and ratio,
and the same goes to ``bench.json``. Rows of the window (start, list, search,
memory) join when the window has them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bench import baselines
from bench.files import make_import_csv, make_import_xlsx
from enquirydesk.domain.month import Month

CACHE = Path(tempfile.gettempdir()) / "enquirydesk-bench"
IMPORT_ROWS = 100_000


def _timed(work: Callable[[], Any], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def _row(
    name: str, times: list[float], baseline: float | None, target: str, met: bool,
    unit: str = "s",
) -> dict[str, Any]:  # fmt: skip
    median = statistics.median(times)
    return {
        "unit": unit,
        "id": name,
        "median_s": round(median, 4),
        "p95_s": round(_p95(times), 4),
        "baseline_s": None if baseline is None else round(baseline, 4),
        "ratio": None if not baseline else round(median / baseline, 2),
        "target": target,
        "met": met,
        "runs": len(times),
    }


def demo_database(rows: int) -> Path:
    """The cached demo file of `rows` enquiries at today's schema version."""
    from enquirydesk.services import demo
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store import migrations
    from enquirydesk.store.database import Store

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-v{migrations.LATEST}-{rows}.sqlite"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(f"{partial.name}*"):
            leftover.unlink()
        print(f"Making the {rows:,}-enquiry demo database (once) …", file=sys.stderr)
        store = Store.open(partial)
        demo.generate(Context(store, Actor("bench")), rows)
        store.close()
        partial.rename(path)
    return path


def bench_report(db: Path) -> dict[str, Any]:
    from enquirydesk.services import report
    from enquirydesk.services.context import Actor, Context
    from enquirydesk.store.database import Store

    store = Store.open(db, verify=False)
    ctx = Context(store, Actor("bench"))
    month = Month(datetime.now().year, datetime.now().month).previous()
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
    return _row("report", times, baseline, "≤ 2.0× baseline and ≤ 1 s",
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


def _window(db: Path, work: Path, *flags: str) -> dict[str, Any]:
    """Run bench/window.py in a new process; its start time counts from the spawn."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_QSETTINGS": str(work / "qt")}
    spawned = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "bench.window", str(db), *flags],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["start_s"] = result.pop("painted_at") - spawned
    return result


def bench_window(db: Path, work: Path, wanted: set[str]) -> list[dict[str, Any]]:
    rows = []
    bare = [_window(db, work, "--bare") for _ in range(5)]
    bare_start = statistics.median(r["start_s"] for r in bare)
    if "start" in wanted:
        times = [_window(db, work)["start_s"] for _ in range(5)]
        median = statistics.median(times)
        rows.append(_row("start", times, bare_start, "≤ 3.0× baseline and ≤ 0.6 s",
                         median <= 3 * bare_start and median <= 0.6))  # fmt: skip
    if wanted & {"list", "search", "memory"}:
        used = _window(db, work, "--work")
        if "list" in wanted:
            rows.append(_row("list", used["list_s"], None, "each ≤ 50 ms",
                             max(used["list_s"]) <= 0.05))  # fmt: skip
        if "search" in wanted:
            rows.append(_row("search", used["search_s"], None, "p95 ≤ 50 ms",
                             _p95(used["search_s"]) <= 0.05))  # fmt: skip
        if "memory" in wanted:
            bare_mb = statistics.median(r["peak_rss_mb"] for r in bare)
            peak = used["peak_rss_mb"]
            rows.append(_row("memory", [peak], bare_mb, "≤ baseline + 120 MB",
                             peak <= bare_mb + 120, unit="MB"))  # fmt: skip
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--out", default="bench.json")
    parser.add_argument(
        "--only", default="start,list,search,memory,report,import,import+,import.xlsx,add"
    )
    args = parser.parse_args(argv)
    wanted = set(args.only.split(","))
    db = demo_database(args.rows)
    results = []
    with tempfile.TemporaryDirectory(prefix="enquirydesk-bench-") as folder:
        work = Path(folder)
        if wanted & {"start", "list", "search", "memory"}:
            results.extend(bench_window(db, work, wanted))
        if "report" in wanted:
            results.append(bench_report(db))
        if "import" in wanted:
            results.append(bench_import(work))
        if "import+" in wanted:
            results.append(bench_import(work, in_use=True))
        if "import.xlsx" in wanted:
            results.append(bench_import_xlsx(work))
        if "add" in wanted:
            results.append(bench_add(db, work))
    print(f"{'id':<8} {'median':>9} {'p95':>9} {'baseline':>9} {'ratio':>6}  met  target")
    for r in results:
        unit = r["unit"]
        base = "—" if r["baseline_s"] is None else f"{r['baseline_s']:.3f} {unit}"
        ratio = "—" if r["ratio"] is None else f"{r['ratio']:.2f}"
        print(
            f"{r['id']:<8} {r['median_s']:>7.3f} {unit:<2}{r['p95_s']:>7.3f} {unit:<2}"
            f"{base:>10} {ratio:>6}  "
            f"{'yes' if r['met'] else 'NO ':<4} {r['target']}"
        )
    payload = {"rows": args.rows, "results": {r.pop("id"): r for r in results}}
    Path(args.out).write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    print(f"Written to {args.out}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
