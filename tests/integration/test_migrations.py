"""Schema upgrades: ordered steps, one transaction each, after a verified backup."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from peewee import IntegerField, TextField

from enquirydesk.store import migrations, models, sqlite
from enquirydesk.store.database import Store


def columns(store_or_connection, table: str) -> set[str]:
    execute = getattr(store_or_connection, "execute_sql", None) or store_or_connection.execute
    return {row[1] for row in execute(f'PRAGMA table_info("{table}")').fetchall()}


def version_in(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT version FROM schema_info").fetchone()[0]
    finally:
        connection.close()


class Steps:
    """Injected upgrade steps that note which version each one found."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, int | None]] = []

    def add_column(self, target: int, table: str, column: str):
        def step(database, migrator) -> None:
            self.seen.append((target, migrations.current_version(database)))
            from playhouse.migrate import migrate

            migrate(migrator.add_column(table, column, TextField(default="")))

        return step

    def failing(self, target: int, table: str, column: str):
        def step(database, migrator) -> None:
            self.seen.append((target, migrations.current_version(database)))
            from playhouse.migrate import migrate

            migrate(migrator.add_column(table, column, IntegerField(default=0)))
            database.execute_sql("UPDATE customer SET name = 'half-done'")
            raise RuntimeError("step failed half way")

        return step


def test_upgrade_runs_injected_steps_in_order_and_records_each_version(store: Store) -> None:
    v = migrations.LATEST  # the file's version; the injected steps go beyond it
    steps = Steps()
    later = datetime(2026, 4, 1, 8, 0, 0)
    done = migrations.upgrade(
        store.db,
        later,
        steps={
            v + 2: steps.add_column(v + 2, "customer", "nickname"),
            v + 1: steps.add_column(v + 1, "enquiry", "campaign"),
        },
        latest=v + 2,
    )
    assert done == [v + 1, v + 2]
    assert steps.seen == [(v + 1, v), (v + 2, v + 1)]  # each step ran on the version before it
    assert migrations.current_version(store.db) == v + 2
    assert models.SchemaInfo.get().upgraded_at == later
    assert "campaign" in columns(store.db, "enquiry")
    assert "nickname" in columns(store.db, "customer")
    # Nothing left to do: a second run is a no-op.
    assert migrations.upgrade(store.db, later, steps={}, latest=v + 2) == []


def test_upgrade_is_a_no_op_at_the_latest_version(store: Store, clock) -> None:
    def must_not_run(database, migrator) -> None:
        raise AssertionError("ran a step for a version already reached")

    v = migrations.LATEST
    assert migrations.upgrade(store.db, clock.now, steps={v: must_not_run}, latest=v) == []


def test_a_failing_step_rolls_back_only_that_step(store: Store, clock) -> None:
    store.db.execute_sql(
        "INSERT INTO customer (name, name_key, handle, notes, created_at, updated_at) "
        "VALUES ('Ana', 'ana', '', '', '2026-03-01 10:00:00', '2026-03-01 10:00:00')"
    )
    v = migrations.LATEST
    steps = Steps()
    with pytest.raises(RuntimeError, match="half way"):
        migrations.upgrade(
            store.db,
            clock.now,
            steps={
                v + 1: steps.add_column(v + 1, "enquiry", "campaign"),
                v + 2: steps.failing(v + 2, "customer", "loyalty"),
                v + 3: steps.add_column(v + 3, "customer", "never"),
            },
            latest=v + 3,
        )
    assert [target for target, _ in steps.seen] == [v + 1, v + 2]  # the last step never ran
    assert migrations.current_version(store.db) == v + 1
    assert "campaign" in columns(store.db, "enquiry")  # the first step kept
    assert "loyalty" not in columns(store.db, "customer")  # the failing step's DDL undone
    assert store.db.execute_sql("SELECT name FROM customer").fetchall() == [("Ana",)]
    assert not store.db.in_transaction()

    # The file is still usable, and the upgrade can be resumed where it stopped.
    done = migrations.upgrade(
        store.db,
        clock.now,
        steps={v + 2: steps.add_column(v + 2, "customer", "loyalty")},
        latest=v + 2,
    )
    assert done == [v + 2]
    assert "loyalty" in columns(store.db, "customer")


@pytest.fixture
def old_file(db_path: Path, clock) -> Path:
    """A closed EnquiryDesk file at today's version, with one staff member in it."""
    store = Store.open(db_path, now=clock)
    with store.write(actor="t", staff_id=None, action="x", summary="", at=clock.now) as tx:
        tx.insert(models.Staff, name="Maja", created_at=clock.now)
    store.close()
    return db_path


def test_open_backs_up_an_older_file_before_upgrading(
    old_file: Path, tmp_path: Path, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = migrations.LATEST
    steps = Steps()
    monkeypatch.setattr(migrations, "LATEST", old + 1)
    monkeypatch.setattr(
        migrations, "STEPS", {old + 1: steps.add_column(old + 1, "customer", "nickname")}
    )
    backups = tmp_path / "my backups"

    store = Store.open(old_file, backup_dir=backups, now=clock)
    try:
        assert store.report.created is False
        assert store.report.upgraded_to == [old + 1]
        assert steps.seen == [(old + 1, old)]
        assert migrations.current_version(store.db) == old + 1
        assert "nickname" in columns(store.db, "customer")
        assert [s.name for s in models.Staff.select()] == ["Maja"]
    finally:
        store.close()

    backup = store.report.backup
    assert backup is not None and backup.parent == backups
    assert backup.exists()
    assert f"v{old}" in backup.name and "20260302-100000" in backup.name
    assert list(backups.iterdir()) == [backup]  # no .partial left behind
    # The backup is the file as it was before the upgrade, and it passes a full check.
    assert sqlite.integrity_problems(backup) == []
    assert version_in(backup) == old
    connection = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert "nickname" not in columns(connection, "customer")
        assert connection.execute("SELECT name FROM staff").fetchall() == [("Maja",)]
    finally:
        connection.close()
    assert version_in(old_file) == old + 1


def test_upgrade_backup_goes_beside_the_file_by_default(
    old_file: Path, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    monkeypatch.setattr(migrations, "STEPS", {migrations.LATEST: lambda db, m: None})
    store = Store.open(old_file, now=clock)
    store.close()
    assert store.report.backup is not None
    assert store.report.backup.parent == old_file.parent / "backups"
    assert store.report.backup.exists()


def test_a_file_at_the_latest_version_gets_no_backup(old_file: Path, clock) -> None:
    store = Store.open(old_file, now=clock)
    store.close()
    assert store.report.backup is None
    assert not (old_file.parent / "backups").exists()


def test_a_failed_upgrade_on_open_keeps_the_backup_and_the_old_version(
    old_file: Path, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = migrations.LATEST
    steps = Steps()
    monkeypatch.setattr(migrations, "LATEST", old + 1)
    monkeypatch.setattr(migrations, "STEPS", {old + 1: steps.failing(old + 1, "customer", "x")})
    with pytest.raises(RuntimeError):
        Store.open(old_file, now=clock)
    assert version_in(old_file) == old
    backups = list((old_file.parent / "backups").iterdir())
    assert len(backups) == 1 and version_in(backups[0]) == old

    # The connection of the failed open was closed: the file can be opened again at once.
    monkeypatch.setattr(migrations, "LATEST", old)
    monkeypatch.setattr(migrations, "STEPS", {})
    store = Store.open(old_file, now=clock)
    try:
        assert [s.name for s in models.Staff.select()] == ["Maja"]
    finally:
        store.close()
    assert not Path(f"{old_file}-wal").exists()
