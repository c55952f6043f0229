"""Opening database files: new, existing, and every kind that must be refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from enquirydesk.domain import catalog
from enquirydesk.domain.errors import (
    DamagedDatabaseError,
    ForeignDatabaseError,
    NewerVersionError,
    NotADatabaseError,
    StoreError,
)
from enquirydesk.store import migrations, models, sqlite
from enquirydesk.store.database import Store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def make_enquirydesk_file(path: Path, clock, rows: int = 0) -> None:
    """A real EnquiryDesk file, closed again (so no -wal/-shm beside it)."""
    store = Store.open(path, now=clock)
    if rows:
        store.db.execute_sql("BEGIN")
        store.db.cursor().executemany(
            "INSERT INTO customer (name, name_key, handle, notes, created_at, updated_at) "
            "VALUES (?, ?, '', ?, '2026-03-01 10:00:00', '2026-03-01 10:00:00')",
            [(f"Customer {i}", f"customer {i}", "x" * 200) for i in range(rows)],
        )
        store.db.execute_sql("COMMIT")
    store.close()
    assert not Path(f"{path}-wal").exists()


def assert_refused_untouched(path: Path, clock, error_class: type[StoreError], words: str) -> str:
    """Store.open refuses `path` with `error_class`, changing no byte and creating no file
    (but the mark that keeps every program from writing to a damaged one)."""
    before_hash = digest(path)
    before_files = folder_listing(path.parent)
    with pytest.raises(error_class) as caught:
        Store.open(path, now=clock)
    message = str(caught.value)
    assert words in message
    assert str(path) in message
    assert "\n" not in message and "Traceback" not in message
    assert digest(path) == before_hash
    assert not Path(f"{path}-wal").exists()
    assert not Path(f"{path}-shm").exists()
    assert not Path(f"{path}-journal").exists()
    created = folder_listing(path.parent) - before_files  # no backups folder either
    assert created == ({f"{path.name}.damaged"} if error_class is DamagedDatabaseError else set())
    return message


# -- creating and reopening ------------------------------------------------------------


def test_open_creates_a_new_file_in_a_missing_folder(tmp_path: Path, clock) -> None:
    path = tmp_path / "deep" / "folder" / "shop.sqlite"
    store = Store.open(path, now=clock)
    try:
        assert path.exists()
        assert store.report.created is True
        assert store.report.upgraded_to == []
        assert store.report.backup is None
        assert migrations.current_version(store.db) == migrations.LATEST
        info = models.SchemaInfo.get()
        assert (info.app, info.created_at) == ("enquirydesk", clock.now)
        assert store.db.execute_sql("PRAGMA application_id").fetchone()[0] == sqlite.APPLICATION_ID
        assert {r["key"] for r in models.Channel.select().dicts()} >= {"phone", "walk_in", "email"}
    finally:
        store.close()


def test_reopening_keeps_the_data_and_creates_nothing(db_path: Path, clock) -> None:
    store = Store.open(db_path, now=clock)
    with store.write(actor="t", staff_id=None, action="x", summary="first", at=clock.now) as tx:
        tx.insert(models.Staff, name="Maja", created_at=clock.now)
    store.close()

    again = Store.open(db_path, now=clock)
    try:
        assert again.report.created is False
        assert again.report.upgraded_to == []
        assert again.report.backup is None
        assert [s.name for s in models.Staff.select()] == ["Maja"]
        assert models.SchemaInfo.select().count() == 1
        assert models.Channel.select().count() == len(catalog.CHANNELS)  # not seeded twice
    finally:
        again.close()


def test_an_empty_file_is_made_into_a_new_database(db_path: Path, clock) -> None:
    db_path.write_bytes(b"")
    store = Store.open(db_path, now=clock)
    try:
        assert store.report.created is True
        assert sqlite.has_sqlite_header(db_path)
    finally:
        store.close()


def test_connection_pragmas_are_applied(store: Store) -> None:
    def pragma(name: str):
        return store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == int(sqlite.BUSY_TIMEOUT_S * 1000)
    assert pragma("busy_timeout") >= 5000


def test_every_thread_gets_its_own_connection_with_the_pragmas(store: Store) -> None:
    import threading

    seen: list[tuple] = []

    def read() -> None:
        try:
            seen.append(
                tuple(
                    store.db.execute_sql(f"PRAGMA {name}").fetchone()[0]
                    for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
                )
            )
        finally:
            store.db.close()

    worker = threading.Thread(target=read)
    worker.start()
    worker.join()
    assert seen == [("wal", 2, 1, int(sqlite.BUSY_TIMEOUT_S * 1000))]


def test_foreign_keys_are_enforced_on_the_connection(store: Store, clock) -> None:
    from peewee import IntegrityError

    with (
        pytest.raises(IntegrityError),
        store.write(actor="t", staff_id=None, action="x", summary="", at=clock.now) as tx,
    ):
        tx.insert(
            models.Enquiry,
            customer=9999,
            channel=1,
            received_at=clock.now,
            created_at=clock.now,
            updated_at=clock.now,
        )
    assert models.Operation.select().count() == 0


# -- files that must be refused without a byte written ----------------------------------


def test_refuses_a_text_file(db_path: Path, clock) -> None:
    db_path.write_text("name;phone\nAna;041 123 456\n" * 50, encoding="utf-8")
    assert_refused_untouched(db_path, clock, NotADatabaseError, "not an SQLite file")


def test_refuses_a_short_binary_file(db_path: Path, clock) -> None:
    db_path.write_bytes(b"SQLite")
    assert_refused_untouched(db_path, clock, NotADatabaseError, "not an EnquiryDesk database")


def test_refuses_a_foreign_sqlite_database(db_path: Path, clock) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    connection.execute("INSERT INTO songs (title) VALUES ('Hey Jude')")
    connection.commit()
    connection.close()
    assert_refused_untouched(db_path, clock, ForeignDatabaseError, "another program")


def test_refuses_a_foreign_database_in_wal_mode(db_path: Path, clock) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode=wal")
    connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    connection.commit()
    connection.close()
    assert_refused_untouched(db_path, clock, ForeignDatabaseError, "another program")


def test_refuses_a_foreign_database_with_its_own_schema_info_table(db_path: Path, clock) -> None:
    """Another program may well have a table called schema_info, with other columns."""
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE schema_info (version INTEGER)")
    connection.execute("INSERT INTO schema_info VALUES (7)")
    connection.commit()
    connection.close()
    assert_refused_untouched(db_path, clock, ForeignDatabaseError, "another program")


def test_refuses_a_schema_info_of_another_app(db_path: Path, clock) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute(
        "CREATE TABLE schema_info (id INTEGER PRIMARY KEY, app TEXT, version INTEGER)"
    )
    connection.execute("INSERT INTO schema_info (app, version) VALUES ('inventorypro', 1)")
    connection.commit()
    connection.close()
    assert_refused_untouched(db_path, clock, ForeignDatabaseError, "another program")


def test_refuses_a_damaged_enquirydesk_file(db_path: Path, clock) -> None:
    make_enquirydesk_file(db_path, clock, rows=3000)
    data = bytearray(db_path.read_bytes())
    page = 4096
    assert len(data) > 40 * page
    middle = (len(data) // 2) // page * page
    data[middle : middle + 3 * page] = b"\xa5\x5a" * (3 * page // 2)
    db_path.write_bytes(bytes(data))

    message = assert_refused_untouched(db_path, clock, DamagedDatabaseError, "damaged")
    assert "backup" in message.lower()


def test_refuses_a_newer_version_file(db_path: Path, clock) -> None:
    make_enquirydesk_file(db_path, clock)
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE schema_info SET version = ?", (migrations.LATEST + 1,))
    connection.commit()
    connection.close()
    assert not Path(f"{db_path}-wal").exists()

    message = assert_refused_untouched(db_path, clock, NewerVersionError, "newer EnquiryDesk")
    assert str(migrations.LATEST + 1) in message


def test_a_refused_file_does_not_rebind_the_models(db_path: Path, tmp_path: Path, clock) -> None:
    """After a refusal the store that was open keeps working on its own file."""
    store = Store.open(db_path, now=clock)
    try:
        bad = tmp_path / "notes.txt"
        bad.write_text("hello", encoding="utf-8")
        with pytest.raises(NotADatabaseError):
            Store.open(bad, now=clock)
        with store.write(actor="t", staff_id=None, action="x", summary="", at=clock.now) as tx:
            tx.insert(models.Staff, name="Maja", created_at=clock.now)
    finally:
        store.close()
    check = sqlite3.connect(db_path)
    try:
        assert check.execute("SELECT name FROM staff").fetchall() == [("Maja",)]
    finally:
        check.close()


def test_refuses_a_newer_version_that_another_program_has_open(db_path: Path, clock) -> None:
    """The newer version is only in the other program's WAL: it is seen, and nothing is written."""
    make_enquirydesk_file(db_path, clock)
    other = sqlite3.connect(db_path)
    try:
        other.execute("PRAGMA wal_autocheckpoint = 0")
        other.execute("UPDATE schema_info SET version = ?", (migrations.LATEST + 1,))
        other.commit()
        wal = Path(f"{db_path}-wal")
        assert wal.exists()
        main_before, wal_before = digest(db_path), digest(wal)
        with pytest.raises(NewerVersionError):
            Store.open(db_path, now=clock)
        assert digest(db_path) == main_before
        assert digest(wal) == wal_before
        assert not (db_path.parent / "backups").exists()
    finally:
        other.close()
