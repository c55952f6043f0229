"""Every failure in one plain sentence, and nothing lost: a full disk, a damaged file, a
read-only folder, and the command-line mistakes that used to end in a traceback. Each
case asserts the sentence, the exit status and the file left exactly as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from enquirydesk import paths
from enquirydesk.cli import main
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store import health, sqlite
from enquirydesk.store.database import Store
from support import can_mount, read_only
from support import run_cli as run

HEADER = "received_at,channel,customer_name,phone,rating,feedback_at,nps"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "shop.sqlite"
    monkeypatch.setenv("ENQUIRYDESK_DB", str(path))
    monkeypatch.setenv("LANG", "sl_SI.UTF-8")
    assert main(["add", "--channel", "phone", "--name", "Ana Novak"]) == 0
    return path


def sentence(err: str) -> str:
    """The one line a mistake prints, without the program's name."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("enquirydesk: ")
    return lines[0].removeprefix("enquirydesk: ")


def content(path: Path) -> str:
    """The database's rows, however they are spread over the file and its WAL."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        dump = "\n".join(connection.iterdump())
    return hashlib.sha256(dump.encode()).hexdigest()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def enquiries(path: Path) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT count(*) FROM enquiry").fetchone()[0]


# -- a full disk -------------------------------------------------------------------------


@pytest.fixture
def disk_of(monkeypatch: pytest.MonkeyPatch):
    """`disk_of(free_bytes)`: the database's volume reports that much free space."""

    def set_free(free: int) -> None:
        real = shutil.disk_usage

        def usage(path):
            total, used, _ = real(path)
            return type(real(path))(total, used, free)

        monkeypatch.setattr(health.shutil, "disk_usage", usage)

    return set_free


def test_add_on_a_nearly_full_disk_is_refused_before_writing(
    db: Path, capsys: pytest.CaptureFixture[str], disk_of
) -> None:
    before = content(db)
    disk_of(health.RESERVE_BYTES - 1)
    code, out, err = run(capsys, "add", "--channel", "phone", "--name", "Budi Santoso")
    assert (code, out) == (1, "")
    assert sentence(err) == health.DISK_FULL
    assert content(db) == before
    disk_of(10 * health.RESERVE_BYTES)  # space freed: everything works again
    code, out, _ = run(capsys, "add", "--channel", "phone", "--name", "Budi Santoso")
    assert code == 0 and int(out.split()[-1]) == 2


def test_the_reserve_grows_with_a_large_write_ahead_log(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    db.touch()
    Path(f"{db}-wal").write_bytes(b"\0" * 1000)
    assert health.space(db).needed == health.RESERVE_BYTES
    big = health.RESERVE_BYTES  # a WAL of 50 MB wants 100 MB free
    with open(f"{db}-wal", "wb") as wal:
        wal.truncate(big)
    assert health.space(db).needed == 2 * big


@pytest.fixture
def full_at(monkeypatch: pytest.MonkeyPatch):
    """`full_at(path)`: SQLite finds the disk full once the file would grow past its
    present size (``max_page_count``, SQLite's own way of running out of room)."""

    def limit(path: Path) -> None:
        with closing(sqlite3.connect(path)) as connection:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
        monkeypatch.setattr(sqlite, "PRAGMAS", (*sqlite.PRAGMAS, ("max_page_count", pages)))

    return limit


def test_a_disk_that_fills_during_a_write_is_one_sentence_and_no_half_change(
    db: Path, capsys: pytest.CaptureFixture[str], full_at
) -> None:
    """It used to end in "cannot rollback - no transaction is active" and a traceback."""
    filler = "x" * 3000
    full_at(db)
    before = content(db)
    code, out, err = run(
        capsys, "add", "--channel", "phone", "--name", "Budi Santoso", "--notes", filler * 3
    )
    assert (code, out) == (1, "")
    assert sentence(err) == health.DISK_FULL
    assert content(db) == before


def test_an_import_that_fills_the_disk_imports_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], full_at
) -> None:
    history = tmp_path / "history.csv"
    rows = [f"2026-10-01 09:{i % 60:02d}:{i // 60:02d},phone,Customer {i},,,," for i in range(3000)]
    history.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    full_at(db)
    before = content(db)
    code, out, err = run(capsys, "import", str(history))
    assert (code, out) == (1, "")
    assert sentence(err) == health.DISK_FULL
    assert content(db) == before


@pytest.fixture
def small_volume() -> Iterator[Path]:
    """A real 80 MB file system of its own, as a small disk or USB stick would be."""
    folder = Path(tempfile.mkdtemp())
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=80m", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)
        folder.rmdir()


@pytest.mark.skipif(not can_mount(), reason="needs to mount a small file system (root on Linux)")
def test_a_real_full_disk_never_kills_the_program(small_volume: Path) -> None:
    """Filled to the last bytes, a disk used to end `add` and even `check` with SIGBUS
    (SQLite's memory-mapped -shm); with the reserve every command answers in words, and
    once space is freed the file is whole and writable again."""
    db = small_volume / "shop.sqlite"
    env = dict(os.environ, ENQUIRYDESK_DB=str(db))

    def command(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "enquirydesk", *argv], capture_output=True, text=True, env=env
        )

    assert command("add", "--channel", "phone", "--name", "Ana Novak").returncode == 0
    ballast = small_volume / "ballast"
    with open(ballast, "wb") as fill:  # leave less than the reserve free
        while shutil.disk_usage(small_volume).free > health.RESERVE_BYTES // 2:
            fill.write(b"\0" * (1 << 20))
    for argv in (["add", "--channel", "phone", "--name", "Budi"], ["check"], ["followups"]):
        done = command(*argv)
        assert done.returncode in (0, 1), (argv, done.returncode, done.stderr)  # never a signal
        assert "Traceback" not in done.stderr
    assert command("add", "--channel", "phone", "--name", "Budi").stderr.strip() == (
        f"enquirydesk: {health.DISK_FULL}"
    )
    ballast.unlink()
    assert command("check").returncode == 0
    assert command("add", "--channel", "phone", "--name", "Budi").returncode == 0
    assert enquiries(db) == 2


# -- a damaged file ----------------------------------------------------------------------


def damage_middle(path: Path) -> None:
    """Garbage over pages in the middle, where only a whole-file read meets it."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    middle = (len(data) // 2) // 4096 * 4096
    data[middle : middle + 3 * 4096] = b"\xa5\x5a" * (3 * 4096 // 2)
    path.write_bytes(bytes(data))


def fill(db: Path, enquiries: int, notes: str) -> None:
    """Enquiries enough to damage in the middle, logged as the program logs them (in one
    transaction: quicker than one command each)."""
    store = Store.open(db)
    ctx = Context(store, Actor("test"))
    with store.db.atomic():
        for n in range(enquiries):
            log_enquiry(ctx, NewEnquiry(channel="phone", name=f"Customer {n}", details=notes))
    store.close()


@pytest.fixture
def damaged(db: Path) -> Path:
    fill(db, 400, "x" * 300)
    damage_middle(db)
    return db


def test_a_damaged_file_is_never_written_once_any_check_found_it(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(damaged)
    code, _, err = run(capsys, "check")
    assert code == 1 and "has a problem" in sentence(err)
    code, out, err = run(capsys, "add", "--channel", "phone", "--name", "Budi Santoso")
    assert (code, out) == (1, "")
    words = sentence(err)
    assert "was found damaged" in words and "backup is restored" in words
    assert digest(damaged) == before


def test_reading_a_damaged_file_says_so_in_words_and_marks_it(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`followups` meets the damage while reading (it used to end in a traceback): words;
    from then on no command writes to the file."""
    fill(db, 400, "x" * 300)
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    start = len(data) * 3 // 10 // 4096 * 4096  # the schema survives, the rows do not
    data[start:] = b"\xa5\x5a" * ((len(data) - start) // 2)
    db.write_bytes(bytes(data))
    code, out, err = run(capsys, "followups")
    assert (code, out) == (1, "")
    assert sentence(err) == (
        "The database is damaged; EnquiryDesk stopped writing to it. Restore a backup."
    )
    code, _, err = run(capsys, "add", "--channel", "phone", "--name", "Budi Santoso")
    assert code == 1 and "was found damaged" in sentence(err)
    assert db.read_bytes() == bytes(data)


def test_a_restore_lifts_the_mark(
    damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "good.sqlite"
    healthy = tmp_path / "healthy.sqlite"
    Store.open(healthy).close()
    assert main(["--db", str(healthy), "backup", "--out", str(backup)]) == 0
    run(capsys, "check")
    assert health.damage_mark(damaged) is not None
    code, _, err = run(capsys, "restore", str(backup))
    assert code == 0, err
    assert health.damage_mark(damaged) is None
    code, _, err = run(capsys, "add", "--channel", "phone", "--name", "Budi Santoso")
    assert code == 0, err


def test_a_damaged_file_a_window_has_open_is_not_swapped_out_under_it(
    damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A restore replaces a damaged file whole; with a window of another program on it,
    that window would go on with the old file and, closing, delete the new one's -wal:
    the restore waits until it is closed."""
    backup = tmp_path / "good.sqlite"
    healthy = tmp_path / "healthy.sqlite"
    Store.open(healthy).close()
    assert main(["--db", str(healthy), "backup", "--out", str(backup)]) == 0
    capsys.readouterr()
    holder = subprocess.Popen(
        [
            sys.executable, "-c",
            "import sys; from pathlib import Path; "
            "from enquirydesk.ui.file.single_instance import SingleInstance; "
            "one = SingleInstance(Path(sys.argv[1])); assert one.claim(); "
            "print('held', flush=True); sys.stdin.read()",
            str(damaged),
        ],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        assert paths.window_elsewhere(damaged)
        before = digest(damaged)
        code, out, err = run(capsys, "restore", str(backup))
        assert (code, out) == (1, "")
        assert sentence(err) == (
            f"An EnquiryDesk window has {damaged.name} open; close it, then restore the backup."
        )
        assert digest(damaged) == before
    finally:
        holder.stdin.close()
        holder.wait(30)
        holder.stdout.close()
    assert not paths.window_elsewhere(damaged)
    code, _, err = run(capsys, "restore", str(backup))
    assert code == 0, err


def test_check_fails_when_a_page_cannot_be_read_back(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file cut short loses its last pages: `check` must say so."""
    fill(db, 300, "y" * 500)
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db.read_bytes()
    db.write_bytes(data[: len(data) - 8 * 4096])
    code, out, err = run(capsys, "check")
    assert code == 1 and out == ""
    assert "damaged" in sentence(err)


# -- a read-only folder ------------------------------------------------------------------


def test_a_read_only_folder_is_told_apart_from_a_read_only_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """SQLite writes its journal beside the file: the folder must be named, not the file
    (which said "the file is read-only", or SQLite's "attempt to write a readonly
    database")."""
    folder = tmp_path / "shop"
    folder.mkdir()
    db = folder / "shop.sqlite"
    Store.open(db).close()
    with read_only(folder):
        code, out, err = run(capsys, "--db", str(db), "add", "--channel", "phone", "--name", "A")
    assert (code, out) == (1, "")
    words = sentence(err)
    assert words.startswith(f"The folder {folder} is read-only")
    assert "journal" in words and "readonly database" not in words


# -- command-line mistakes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["report", "--month", "9999-12"], "outside the months EnquiryDesk keeps"),
        (["export", "--month", "9999-12", "--format", "csv", "--out", "x.csv"], "outside"),
        (["--lang", "xx", "report", "--month", "2026-10"], "invalid choice: 'xx'"),
    ],
)
def test_mistakes_are_one_sentence(
    db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    before = content(db)
    code, out, err = run(capsys, *argv)
    assert code in (1, 2) and out == ""
    assert words in sentence(err)
    assert content(db) == before


def test_backup_into_a_new_folder_named_with_a_slash(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "newdir"
    code, out, err = run(capsys, "backup", "--out", f"{folder}{os.sep}")
    assert code == 0, err
    written = Path(out.strip())
    assert written.parent == folder and written.name.startswith("shop-")
    assert written.is_file() and not (tmp_path / "newdir.sqlite").exists()
    assert sqlite.integrity_problems(written) == []


@pytest.mark.parametrize(
    ("cells", "words"),
    [
        ({"rating": "²", "feedback_at": "2026-10-02 10:00"}, "rating '²' is not a whole number"),
        ({"nps": "١٠", "feedback_at": "2026-10-02 10:00"}, "nps '١٠' is not a whole number"),
        ({"received_at": "0001-01-01 10:00"}, "received_at '0001-01-01 10:00' is before 1900"),
        ({"received_at": "2099-01-01 10:00"}, "received_at 2099-01-01 10:00 is in the future"),
    ],
)
def test_import_refuses_values_that_cannot_be_reported(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cells: dict, words: str
) -> None:
    row = {"received_at": "2026-10-01 09:00", "channel": "phone", "customer_name": "Ana"}
    row |= cells
    line = ",".join(row.get(column, "") for column in HEADER.split(","))
    history = tmp_path / "history.csv"
    history.write_text(f"{HEADER}\n{line}\n", encoding="utf-8")
    before = content(db)
    code, out, err = run(capsys, "import", str(history))
    assert code == 1 and out == ""
    assert f"history.csv: line 2: {words}" in err
    assert content(db) == before


def test_import_reads_old_mac_line_ends(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    history = tmp_path / "mac.csv"
    lines = [HEADER, "2026-10-01 09:00,phone,Ana Novak,,,,", "2026-10-02 09:00,phone,Budi,,,,"]
    history.write_bytes("\r".join(lines).encode() + b"\r")
    code, out, err = run(capsys, "import", str(history))
    assert code == 0, err
    assert "Imported 2 enquiries" in out
    assert enquiries(db) == 3


def test_a_huge_header_line_stays_one_readable_sentence(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    history = tmp_path / "wide.csv"
    names = ",".join(f"column number {n} of a very wide export" for n in range(600))
    assert len(names) > 20_000
    history.write_text(f"received_at,channel,customer_name,{names}\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(history))
    assert code == 1 and out == ""
    words = sentence(err)
    assert len(words) < 600
    assert "nothing to import: wide.csv has no rows" in words
    # With a row, the columns left out are named, the first five and how many more.
    history.write_text(
        f"received_at,channel,customer_name,{names}\n2026-10-01 10:00,phone,Ana\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", str(history))
    assert code == 0
    note = err.strip().splitlines()
    assert len(note) == 1 and len(note[0]) < 600 and "and 595 more" in note[0]
    # One column name of 20,000 characters is quoted cut short, with "…".
    huge = "y" * 20_000
    history.write_text(
        f"received_at,channel,customer_name,{huge}\n2026-10-02 11:00,phone,Budi\n",
        encoding="utf-8",
    )
    before = enquiries(db)
    code, out, err = run(capsys, "import", str(history), "--dry-run")
    assert code == 0, err
    lines = err.strip().splitlines()
    assert lines and all(len(line) < 300 for line in lines), [len(line) for line in lines]
    assert "'yyyyyyyy" in lines[0] and "…'" in lines[0]
    # A cell of 20,000 characters in a rejected row: the same.
    history.write_text(f"received_at,channel,customer_name\n{huge},phone,Ana\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(history))
    lines = err.strip().splitlines()
    assert code == 1 and len(lines) == 2 and all(len(line) < 300 for line in lines), err
    assert lines[0].startswith("wide.csv: line 2: received_at 'yyy") and "…'" in lines[0]
    assert enquiries(db) == before  # nothing imported by half


def test_importing_the_database_itself_is_refused(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reading the live file as CSV would open and close it beside our connection."""
    before = content(db)
    for target in (db, Path(f"{db}-wal")):
        target.touch()
        code, _, err = run(capsys, "import", str(target))
        assert code == 1 and "database itself" in sentence(err)
    assert content(db) == before
