"""Every command and every backup, check and restore lets go of the file when it is done:
no connection is left for the garbage collector (Python 3.13 reports each one, and on
Windows an open handle keeps a restore from replacing the file). `files.connections_to`
counts this process's connections to a file; it must be back at zero, on any Python."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from enquirydesk.services import maintenance
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store import files
from enquirydesk.store.database import Store
from support import run_cli


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite"
    store = Store.open(path)
    try:
        log_enquiry(Context(store, Actor("test")), NewEnquiry(channel="phone", name="Ana"))
    finally:
        store.close()
    assert files.connections_to(path) == 0
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ("add", "--channel", "phone", "--name", "Maja"),
        ("add", "--channel", "phone", "--name", "Iva", "--phone", "+386 12"),  # refused
        ("report", "--month", "2026-03", "--format", "json"),
        ("followups",),
        ("check",),
        ("backup",),
        ("demo", "--enquiries", "50"),  # refused: the file has enquiries
    ],
)
def test_a_command_leaves_no_connection_open(
    shop: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    run_cli(capsys, "--db", str(shop), *argv)
    assert files.connections_to(shop) == 0


def test_backup_check_and_restore_leave_no_connection_open(shop: Path, tmp_path: Path) -> None:
    copy = maintenance.backup(shop, tmp_path / "copy.sqlite")
    assert maintenance.check(copy).ok
    assert maintenance.backup_facts(copy)[0] == 1
    maintenance.verify_backup(copy)
    maintenance.restore(shop, copy)
    assert files.connections_to(shop) == 0
    assert files.connections_to(copy) == 0


def test_a_restore_on_a_worker_thread_closes_that_thread_s_connections(
    shop: Path, tmp_path: Path
) -> None:
    """As the window restores: off the GUI thread, which ends when the restore does."""
    copy = maintenance.backup(shop, tmp_path / "copy.sqlite")
    errors: list[BaseException] = []

    def restore() -> None:
        try:
            maintenance.restore(shop, copy)
        except BaseException as error:  # handed to the test's thread
            errors.append(error)

    worker = threading.Thread(target=restore)
    worker.start()
    worker.join(60)
    assert not worker.is_alive() and errors == []
    assert files.connections_to(shop) == 0


def test_a_store_closed_on_each_thread_that_used_it_holds_nothing(shop: Path) -> None:
    """The window's worker and its GUI thread each have a connection: each closes its own."""
    store = Store.open(shop)
    ctx = Context(store, Actor("test"))

    def on_the_worker() -> None:
        try:
            log_enquiry(ctx, NewEnquiry(channel="phone", name="Lea"))
        finally:
            store.close()

    worker = threading.Thread(target=on_the_worker)
    worker.start()
    worker.join(60)
    assert files.connections_to(shop) == 1  # this thread's, from opening
    store.close()
    assert files.connections_to(shop) == 0
