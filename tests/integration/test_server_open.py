"""Opening the shop's database on a server: a database of a newer EnquiryDesk or of
another program is refused with a plain sentence and left untouched; two PCs setting up
the same new database at once make one set of tables; a connection the server dropped is
opened again by itself; a database that does not exist is named."""

from __future__ import annotations

import subprocess
import sys
from contextlib import closing

import pytest

from enquirydesk.domain.errors import (
    ForeignDatabaseError,
    NewerVersionError,
    ServerUnreachableError,
)
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store import migrations, postgres
from enquirydesk.store.database import Store
from support import plain_connection


@pytest.fixture
def empty_database(postgres_server):
    """A database on the session's server with nothing in it (not even EnquiryDesk's
    tables, which the other tests' databases are copied with)."""
    postgres_server.made += 1
    name = f"empty_{postgres_server.made}"
    address = postgres_server.server.create_database(name)
    yield address
    from enquirydesk.store import models

    if not models.database.is_closed():
        models.database.close()
    postgres_server.drop(name)


def tables(address: str) -> list[str]:
    with closing(plain_connection(address)) as connection:
        return sorted(
            row[0]
            for row in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
        )


def test_a_database_of_a_newer_enquirydesk_is_refused_untouched(server_database: str) -> None:
    Store.open(server_database).close()
    with closing(plain_connection(server_database)) as connection:
        connection.execute("UPDATE schema_info SET version = ?", (migrations.LATEST + 1,))
    with pytest.raises(NewerVersionError, match="newer EnquiryDesk") as refused:
        Store.open(server_database)
    assert "Update EnquiryDesk" in str(refused.value) and "\n" not in str(refused.value)
    with closing(plain_connection(server_database)) as connection:
        assert connection.execute("SELECT version FROM schema_info").fetchall() == [
            (migrations.LATEST + 1,)
        ]


def test_a_database_of_another_program_is_refused_untouched(empty_database: str) -> None:
    with closing(plain_connection(empty_database)) as connection:
        connection.execute("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)")
    with pytest.raises(ForeignDatabaseError, match="another program's tables"):
        Store.open(empty_database)
    assert tables(empty_database) == ["invoices"]


def test_two_pcs_setting_up_one_new_database_at_once_make_one_set_of_tables(
    empty_database: str,
) -> None:
    opener = (
        "import sys; from enquirydesk.store.database import Store; "
        "s = Store.open(sys.argv[1]); print(s.report.created); s.close()"
    )
    pcs = [
        subprocess.Popen(
            [sys.executable, "-c", opener, empty_database],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    answers = [pc.communicate(timeout=120) for pc in pcs]
    assert all(pc.returncode == 0 for pc in pcs), answers
    assert sorted(out.strip() for out, _ in answers) == ["False", "False", "True"]
    with closing(plain_connection(empty_database)) as connection:
        assert connection.execute("SELECT count(*) FROM schema_info").fetchall() == [(1,)]
        assert connection.execute("SELECT count(*) FROM channel").fetchone()[0] > 0


def test_a_connection_the_server_dropped_is_opened_again(server_database: str) -> None:
    store = Store.open(server_database)
    try:
        ctx = Context(store, Actor("counter"))
        log_enquiry(ctx, NewEnquiry(channel="phone", name="Ana"))
        with closing(plain_connection(server_database)) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        # the next save finds its connection gone, opens it again, and saves
        later = log_enquiry(ctx, NewEnquiry(channel="phone", name="Budi"))
        assert later.created_id("enquiry") > 0
    finally:
        store.close()
    with closing(plain_connection(server_database)) as connection:
        names = connection.execute("SELECT name FROM customer ORDER BY id").fetchall()
    assert names == [("Ana",), ("Budi",)]


def test_a_database_that_does_not_exist_is_named(server_database: str) -> None:
    missing = server_database.rsplit("/", 1)[0] + "/no_such_shop"
    with pytest.raises(ServerUnreachableError, match="no database no_such_shop"):
        Store.open(missing)
    assert postgres.database_name(missing) == "no_such_shop"
