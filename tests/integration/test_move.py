"""Moving a shop between a file and the shop's server: everything arrives (the undo
history too), the copy works as the shop itself did, a database holding a shop is never
written over, and a server's backup is PostgreSQL's own archive."""

from __future__ import annotations

import subprocess
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from enquirydesk.domain.errors import ConflictError
from enquirydesk.services import customers_merge, directory, enquiries, history, move
from enquirydesk.services import settings as shop_settings
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store import copy, postgres
from enquirydesk.store.database import Store
from support import FakeClock, plain_connection, run_cli

NOW = datetime(2026, 11, 20, 10, 0)


def make_shop(path: Path) -> dict[str, int]:
    """A small shop with a bit of everything: a purchase, a merge, an undone change."""
    store = Store.open(path, now=FakeClock(NOW))
    ctx = Context(store, Actor("owner"), FakeClock(NOW))
    shop_settings.update(ctx, {"shop.country": "SI", "shop.name": "Trgovina Ana"})
    ana = log_enquiry(ctx, NewEnquiry(channel="phone", name="Ana Kovač", phone="041 555 123",
                                      interest="Hladilnik Gorenje", answered_now=True))  # fmt: skip
    enquiries.mark_purchased(ctx, ana.created_id("enquiry"), value="649,90")
    again = log_enquiry(ctx, NewEnquiry(channel="email", name="Ana K.", email="ana@example.si"))
    customers_merge.merge(ctx, ana.created_id("customer"), again.created_id("customer"))
    gone = log_enquiry(ctx, NewEnquiry(channel="chat", name="Budi"))
    history.undo(ctx, gone.operation_id)
    late = log_enquiry(ctx, NewEnquiry(channel="walk_in", name="Citra", interest="Pečica"))
    found = {"enquiry": late.created_id("enquiry"), "operation": int(late.operation_id)}
    store.close()
    return found


def table_rows(where) -> dict[str, list[tuple]]:
    with closing(plain_connection(where)) as connection:
        return {
            model._meta.table_name: connection.execute(
                f'SELECT * FROM "{model._meta.table_name}" ORDER BY id'
            ).fetchall()
            for model in copy.MODELS
        }


def test_a_shop_moves_to_the_server_and_back_whole(tmp_path: Path, server_database: str) -> None:
    shop = tmp_path / "shop.sqlite"
    made = make_shop(shop)
    before = table_rows(shop)

    moved = move.move(shop, server_database, now=NOW)
    assert moved.rows == sum(map(len, before.values())) and moved.months >= 1
    assert table_rows(server_database) == before  # row for row, ids and all
    assert table_rows(shop) == before  # the source as it was

    store = Store.open(server_database, now=FakeClock(NOW))
    try:
        ctx = Context(store, Actor("counter"), FakeClock(NOW))
        assert len(directory.ids(ctx, "Kovač")) == 1  # the word search, on the server
        history.undo(ctx, made["operation"])  # the history came along: undo still works
        with closing(plain_connection(server_database)) as connection:
            left = connection.execute(
                "SELECT id FROM enquiry WHERE id = ? AND deleted_at IS NULL", (made["enquiry"],)
            ).fetchall()
        assert left == []
        newer = log_enquiry(ctx, NewEnquiry(channel="phone", name="Dewi"))
        assert newer.created_id("enquiry") > made["enquiry"]  # ids go on after the copy's
    finally:
        store.close()

    back = tmp_path / "back.sqlite"
    move.move(server_database, back, now=NOW)
    assert table_rows(back) == table_rows(server_database)


def test_a_database_holding_a_shop_is_never_written_over(
    tmp_path: Path, server_database: str
) -> None:
    shop = tmp_path / "shop.sqlite"
    make_shop(shop)
    move.move(shop, server_database, now=NOW)
    held = table_rows(server_database)
    with pytest.raises(ConflictError, match="holds a shop already"):
        move.move(shop, server_database, now=NOW)
    assert table_rows(server_database) == held
    with pytest.raises(ConflictError, match="only into a new file"):
        move.move(server_database, shop, now=NOW)


@pytest.mark.skipif(postgres.pg_dump() is None, reason="pg_dump is not installed")
def test_a_server_s_backup_is_postgresql_s_own_archive(
    tmp_path: Path, server_database: str, capsys
) -> None:
    make_shop(tmp_path / "shop.sqlite")
    move.move(tmp_path / "shop.sqlite", server_database, now=NOW)
    code, out, err = run_cli(capsys, "--db", server_database, "backup", "--out", f"{tmp_path}/")
    assert (code, err) == (0, "")
    archive = Path(out.strip())
    assert archive.suffix == ".dump" and archive.parent == tmp_path
    assert archive.name.startswith(f"{postgres.database_name(server_database)}-")
    listed = subprocess.run(
        [str(postgres.pg_dump().with_name("pg_restore")), "--list", str(archive)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "TABLE DATA public enquiry" in listed and "TABLE DATA public operation" in listed


def test_the_command_line_moves_and_says_so_in_one_sentence(
    tmp_path: Path, server_database: str, capsys
) -> None:
    shop = tmp_path / "shop.sqlite"
    make_shop(shop)
    code, out, err = run_cli(capsys, "--db", str(shop), "move", "--to", server_database)
    assert code == 0 and err == ""
    assert "Moved the shop" in out and "compared and the same" in out
    code, out, err = run_cli(capsys, "--db", str(shop), "move", "--to", server_database)
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and "holds a shop already" in err and "Traceback" not in err
