"""A closed window holds no connection to its file: neither its worker's nor its own
thread's (on Windows an open handle would keep a restore from replacing the file, and
Python 3.13 reports every connection left to the garbage collector)."""

from __future__ import annotations

from pathlib import Path

from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store import files
from support import open_shop_window


def test_closing_the_window_closes_every_connection_it_made(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    window = open_shop_window(qtbot, db)
    log_enquiry(window.ctx, NewEnquiry(channel="phone", name="Ana"))  # the GUI thread writes
    window.refresh()  # and the worker reads
    window.tasks.wait()
    qtbot.wait(5)
    assert files.connections_to(db) >= 2
    window.close()
    assert files.connections_to(db) == 0


def test_a_window_closed_while_its_worker_is_busy_still_lets_go(qtbot, tmp_path: Path) -> None:
    """The queued work finishes first; then the worker closes its connection and ends."""
    db = tmp_path / "shop.sqlite"
    window = open_shop_window(qtbot, db)
    for n in range(20):
        window.tasks.run(
            lambda n=n: log_enquiry(window.ctx, NewEnquiry(channel="phone", name=f"Iva {n}"))
        )
    window.close()
    assert not window.tasks.alive
    assert files.connections_to(db) == 0
