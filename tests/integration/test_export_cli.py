"""`enquirydesk export`: the file written whole, its path printed, and every mistake one
sentence on stderr with a non-zero exit and no file."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from enquirydesk.cli import main
from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry, mark_lost, mark_purchased
from enquirydesk.store.database import Store
from support import read_only


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_sentence(err: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("enquirydesk: ") and "Traceback" not in err
    assert lines[0].rstrip().endswith((".", ")")), err


@pytest.fixture
def march(ctx: Context, store: Store, db_path: Path, clock) -> Path:
    """Three March enquiries: one bought for 1,234.50 and one for 99.90, one lost."""
    clock.set(datetime(2026, 4, 15, 9, 0))
    for channel, name, at, outcome in (
        ("phone", "Ana Novak", datetime(2026, 3, 2, 9, 0), "1234.50"),
        ("walk_in", "Marko Kos", datetime(2026, 3, 9, 9, 10), None),
        ("chat", "Eva Zupan", datetime(2026, 3, 31, 23, 59, 59), "99.90"),
    ):
        eid = log_enquiry(
            ctx, NewEnquiry(channel=channel, name=name, received_at=at, answered_now=True)
        ).created_id("enquiry")
        if outcome is None:
            mark_lost(ctx, eid, reason="price", at=at.replace(hour=23, minute=59, second=59))
        else:
            mark_purchased(ctx, eid, value=outcome, at=at.replace(hour=23, minute=59, second=59))
    store.close()
    return db_path


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_writes_the_file_and_prints_its_path(
    march: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    target = tmp_path / f"march.{fmt}"
    code, out, err = run(
        capsys,
        "--db",
        str(march),
        "export",
        "--month",
        "2026-03",
        "--format",
        fmt,
        "--out",
        str(target),
    )
    assert (code, out, err) == (0, f"{target}\n", "")
    code, out, _ = run(
        capsys, "--db", str(march), "report", "--month", "2026-03", "--format", "json"
    )
    figures = json.loads(out)
    if fmt == "csv":
        with open(target, encoding="utf-8-sig", newline="") as handle:
            header, *rows = list(csv.reader(handle))
        values = [row[header.index("Purchase value")] for row in rows]
    else:
        sheet = openpyxl.load_workbook(target)["Enquiries"]
        header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        values = [row[header.index("Purchase value")] for row in rows]
    assert len(rows) == figures["enquiries"]["total"] == 3
    # Everything here was bought in the month it was asked about: the sums must agree.
    bought = [Decimal(str(v)) for v in values if v not in ("", None)]
    assert len(bought) == figures["sales"]["count"] == 2
    assert sum(bought) == Decimal(figures["sales"]["revenue"]) == Decimal("1334.40")


def test_a_relative_out_path_is_printed_in_full(
    march: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(
        capsys,
        "--db",
        str(march),
        "export",
        "--month",
        "2026-03",
        "--format",
        "csv",
        "--out",
        "m.csv",
    )
    assert code == 0 and out == f"{tmp_path / 'm.csv'}\n"
    assert (tmp_path / "m.csv").is_file()


def test_an_export_replaces_an_older_file_of_the_same_name(
    march: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "march.csv"
    target.write_text("old", encoding="utf-8")
    argv = ["--db", str(march), "export", "--month", "2026-03", "--format", "csv"]
    assert run(capsys, *argv, "--out", str(target))[0] == 0
    assert target.read_text(encoding="utf-8-sig").startswith("Enquiry,Received,")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--month", "2026-13", "--format", "csv", "--out", "{dir}/a.csv"], "not a month"),
        (["--month", "March", "--format", "csv", "--out", "{dir}/a.csv"], "not a month"),
        (["--month", "2026-03", "--format", "doc", "--out", "{dir}/a.doc"], "invalid choice"),
        (["--month", "2026-03", "--out", "{dir}/a.csv"], "--format"),
        (["--month", "2026-03", "--format", "csv"], "--out"),
        (["--month", "2026-03", "--format", "csv", "--out", "{dir}/none/a.csv"], "no folder"),
        (["--month", "2026-03", "--format", "xlsx", "--out", "{dir}/file/a.xlsx"], "no folder"),
        (["--month", "2026-03", "--format", "csv", "--out", "{dir}"], "is a folder"),
    ],
)
def test_export_mistakes_are_one_sentence_and_write_nothing(
    march: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "file").write_text("not a folder", encoding="utf-8")
    argv = [a.replace("{dir}", str(folder)) for a in argv]
    code, out, err = run(capsys, "--db", str(march), "export", *argv)
    assert code != 0 and out == ""
    assert_one_sentence(err)
    assert words.lower() in err.lower()
    assert sorted(p.name for p in folder.iterdir()) == ["file"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_unwritable_folder_is_one_sentence(
    march: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        code, out, err = run(
            capsys, "--db", str(march), "export", "--month", "2026-03", "--format", "xlsx",
            "--out", str(folder / "m.xlsx"),
        )  # fmt: skip
    assert code == 1 and out == ""
    assert_one_sentence(err)
    assert "cannot be written" in err and list(folder.iterdir()) == []


def test_export_from_a_missing_database_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.sqlite"
    code, _, err = run(
        capsys, "--db", str(missing), "export", "--month", "2026-03", "--format", "csv",
        "--out", str(tmp_path / "m.csv"),
    )  # fmt: skip
    assert code != 0 and str(missing) in err
    assert_one_sentence(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_csv_and_xlsx_exports_never_load_qt(march: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from enquirydesk.cli import main\n"
        f"for fmt in ('csv', 'xlsx'):\n"
        f"    assert main(['--db', {str(march)!r}, 'export', '--month', '2026-03', "
        f"'--format', fmt, '--out', {str(tmp_path)!r} + '/m.' + fmt]) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
