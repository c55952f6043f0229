"""Reads run side by side (`Store.read_together`) see one committed state, as one
snapshot would, while another program keeps committing; they fall back to one after
another when commits cannot be held back at once; and they leave no connection open."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store import files
from enquirydesk.store.database import Store
from enquirydesk.store.models import Enquiry


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "shop.sqlite")
    ctx = Context(opened, Actor("test"))
    for n in range(3):
        log_enquiry(ctx, NewEnquiry(channel="phone", name=f"Customer {n}"))
    yield opened
    opened.close()


def _count() -> tuple[int, str]:
    return Enquiry.select().count(), threading.current_thread().name


def _insert_until(path: Path, stop: threading.Event, started: threading.Event) -> None:
    """Another program logging enquiries, one commit every millisecond or two (a program
    that never lets go of the write lock makes every round run in turn)."""
    connection = sqlite3.connect(path, timeout=10, isolation_level=None)
    try:
        (row,) = connection.execute("SELECT * FROM enquiry LIMIT 1").fetchall()
        columns = [d[0] for d in connection.execute("SELECT * FROM enquiry LIMIT 1").description]
        template = dict(zip(columns, row, strict=True))
        del template["id"]
        names = ", ".join(f'"{c}"' for c in template)
        marks = ", ".join("?" * len(template))
        while not stop.is_set():
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(
                f"INSERT INTO enquiry ({names}) VALUES ({marks})", list(template.values())
            )
            connection.execute("COMMIT")
            started.set()
            time.sleep(0.001)
    finally:
        connection.close()


def test_reads_side_by_side_see_one_state_while_another_program_commits(store: Store) -> None:
    stop, started = threading.Event(), threading.Event()
    writer = threading.Thread(target=_insert_until, args=(store.path, stop, started))
    writer.start()
    try:
        assert started.wait(10)
        seen_apart = 0
        for _ in range(30):
            results = store.read_together([_count, _count, _count])
            counts = {count for count, _ in results}
            assert len(counts) == 1, results  # one state, although commits went on
            threads = {name for _, name in results}
            seen_apart += len(threads) == 3
    finally:
        stop.set()
        writer.join()
    assert seen_apart > 0  # most rounds ran side by side (a round may meet a commit)
    assert files.connections_to(store.path) == 1  # this thread's own, nothing left behind


def test_while_another_connection_writes_they_run_in_turn_and_agree(store: Store) -> None:
    other = sqlite3.connect(store.path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("DELETE FROM enquiry")  # not committed: nobody may see it
        results = store.read_together([_count, _count])
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert [count for count, _ in results] == [3, 3]
    here = threading.current_thread().name
    assert [name for _, name in results] == [here, here]  # in turn, on this thread


def test_a_failing_read_is_raised_and_leaves_no_connection(store: Store) -> None:
    def broken() -> None:
        raise LookupError("no such figure")

    with pytest.raises(LookupError, match="no such figure"):
        store.read_together([_count, broken, _count])
    assert files.connections_to(store.path) == 1
    assert store.read_together([_count, _count])[0][0] == 3  # and reading goes on


def test_inside_a_transaction_they_read_in_it(store: Store) -> None:
    with store.snapshot():
        Enquiry.select().count()
        results = store.read_together([_count, _count])
    here = threading.current_thread().name
    assert results == [(3, here), (3, here)]
