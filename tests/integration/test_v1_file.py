"""A file made by the first release (tests/fixtures/v1.sqlite, never regenerated) must
open in every later version: upgraded step by step, backed up first, nothing lost."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from enquirydesk.domain.settings import SHOP_NAME
from enquirydesk.services import maintenance
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store import migrations, queries
from enquirydesk.store.database import Store

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "v1.sqlite"
NOW = datetime(2026, 11, 24, 10, 0)


def test_a_first_release_file_opens_upgraded_with_everything_in_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE, path)
    store = Store.open(path, backup_dir=tmp_path / "backups", now=lambda: NOW)
    try:
        assert store.report.upgraded_to == list(range(2, migrations.LATEST + 1))
        if migrations.LATEST > 1:  # an upgrade is preceded by a checked backup of the old file
            assert store.report.backup is not None and store.report.backup.exists()
        assert migrations.current_version(store.db) == migrations.LATEST
        assert queries.count_enquiries() == 61
        ana = queries.customers_where(phone="+38641123456")
        assert [c["name"] for c in ana] == ["Ana Novak"]
        ctx = Context(store, Actor("test"), lambda: NOW)
        assert ctx.settings[SHOP_NAME] == "Trgovina Novak"
        changes = log_enquiry(
            ctx,
            NewEnquiry(
                channel="walk_in", name="Ana Novak", phone="+386 41 123 456", answered_now=True
            ),
        )
        assert queries.enquiry(changes.created_id("enquiry"))["customer"] == ana[0]["id"]
    finally:
        store.close()
    assert maintenance.check(path).ok


def schema(path: Path) -> set[tuple[str, str, str]]:
    """Every table and index of a file, as (type, name, SQL)."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return set(
            connection.execute(
                "SELECT type, name, sql FROM sqlite_master "
                "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
        )


def test_an_upgraded_file_has_exactly_the_schema_of_a_new_one(tmp_path: Path) -> None:
    shutil.copyfile(FIXTURE, tmp_path / "old.sqlite")
    Store.open(tmp_path / "old.sqlite", now=lambda: NOW).close()
    Store.open(tmp_path / "new.sqlite", now=lambda: NOW).close()
    upgraded, fresh = schema(tmp_path / "old.sqlite"), schema(tmp_path / "new.sqlite")
    assert upgraded - fresh == set()
    assert fresh - upgraded == set()


def test_the_fixture_is_a_version_1_file() -> None:
    with contextlib.closing(
        sqlite3.connect(f"file:{FIXTURE}?mode=ro&immutable=1", uri=True)
    ) as connection:
        assert connection.execute("SELECT app, version FROM schema_info").fetchall() == [
            ("enquirydesk", 1)
        ]


def test_opening_a_copy_leaves_the_fixture_untouched(tmp_path: Path) -> None:
    before = hashlib.sha256(FIXTURE.read_bytes()).hexdigest()
    shutil.copyfile(FIXTURE, tmp_path / "copy.sqlite")
    Store.open(tmp_path / "copy.sqlite", now=lambda: NOW).close()
    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == before
    assert not Path(f"{FIXTURE}-wal").exists()


def test_an_upgraded_file_has_statistics_for_its_new_indexes(tmp_path: Path) -> None:
    """Without them the planner may pick a new index over a covering one (the monthly
    report ran twice as long on an upgraded 1M file)."""
    shutil.copyfile(FIXTURE, tmp_path / "old.sqlite")
    Store.open(tmp_path / "old.sqlite", now=lambda: NOW).close()
    with closing(sqlite3.connect(tmp_path / "old.sqlite")) as connection:
        analysed = {row[0] for row in connection.execute("SELECT idx FROM sqlite_stat1")}
    assert {"enquiry_channel_received", "enquiry_customer_received", "enquiry_value"} <= analysed
