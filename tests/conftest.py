"""Shared fixtures: every test gets its own folders and real SQLite files under tmp_path."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest

import pg_server
from enquirydesk import i18n
from enquirydesk.services.context import Actor, Context
from enquirydesk.store.database import Store
from support import FakeClock


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every EnquiryDesk folder at the test's own directory; never the user's."""
    folder = tmp_path / "home"
    monkeypatch.setenv("ENQUIRYDESK_HOME", str(folder))
    monkeypatch.delenv("ENQUIRYDESK_DB", raising=False)
    return folder


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in English whatever the machine's language (a test wanting
    another sets it), and leaves the program in English."""
    monkeypatch.setenv("LANGUAGE", "en")
    yield
    i18n.install(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def clock() -> FakeClock:
    # A Monday, 10:00, inside the default opening hours.
    return FakeClock(datetime(2026, 3, 2, 10, 0, 0))


@pytest.fixture
def db_path(request: pytest.FixtureRequest, engine: str, tmp_path: Path) -> Path:
    """Where the test's shop is: a file, or (a test on both engines, on the server) the
    address of a database of its own on the session's PostgreSQL server."""
    if engine == "postgresql":
        return request.getfixturevalue("server_database")
    return tmp_path / "shop.sqlite"


# -- the two engines ---------------------------------------------------------------------
#
# Tests marked `both_engines` (a module's ``pytestmark``) run twice: on an SQLite file and
# on a database of a throwaway PostgreSQL server, started once for the session in a
# temporary folder (tests/pg_server.py) and stopped at its end, also when tests fail.
# Without PostgreSQL installed the server runs are skipped, unless the suite is asked to
# insist (ENQUIRYDESK_REQUIRE_POSTGRES=1, as CI does).

ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return  # (SQLite's own query plans and index tables)
    if metafunc.definition.get_closest_marker("both_engines"):
        metafunc.parametrize("engine", ENGINES)


@pytest.fixture
def engine() -> str:
    return "sqlite"


class TestServer:
    """The session's PostgreSQL server: a fresh shop database for each test, copied from
    one made once (a copy takes a tenth of the time of making the tables)."""

    TEMPLATE = "shop_template"

    def __init__(self, server: pg_server.Server) -> None:
        self.server = server
        self.made = 0
        template = Store.open(server.url(self.TEMPLATE), now=lambda: datetime(2026, 1, 1))
        template.close()

    def new_database(self) -> tuple[str, str]:
        self.made += 1
        name = f"shop_{self.made}"
        return name, self.server.create_database(name, template=self.TEMPLATE)

    def drop(self, name: str) -> None:
        self.server.drop_database(name)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[TestServer]:
    if pg_server.find_bin() is None:
        if os.environ.get("ENQUIRYDESK_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL is not installed, and this run requires it")
        pytest.skip("PostgreSQL is not installed")
    with pg_server.running() as server:
        server.create_database(TestServer.TEMPLATE)
        yield TestServer(server)


@pytest.fixture
def server_database(request: pytest.FixtureRequest) -> Iterator[str]:
    """The address of a fresh, empty-of-shop-data database on the session's server."""
    server: TestServer = request.getfixturevalue("postgres_server")
    name, address = server.new_database()
    yield address
    from enquirydesk.store import models

    if not models.database.is_closed():  # (the test's store, if it left it open)
        models.database.close()
    server.drop(name)


@pytest.fixture
def new_shop_location(
    request: pytest.FixtureRequest, engine: str
) -> Callable[[], contextlib.AbstractContextManager[Path | str]]:
    """A maker of fresh, empty shop locations, for tests that make many shops (each
    example of a hypothesis test its own): a file in a temporary folder, or a database
    of its own on the session's server."""
    server: TestServer | None = (
        request.getfixturevalue("postgres_server") if engine == "postgresql" else None
    )

    @contextlib.contextmanager
    def make() -> Iterator[Path | str]:
        if server is None:
            with tempfile.TemporaryDirectory() as folder:
                yield Path(folder) / "shop.sqlite"
            return
        name, address = server.new_database()
        try:
            yield address
        finally:
            from enquirydesk.store import models

            if not models.database.is_closed():
                models.database.close()
            server.drop(name)

    return make


@pytest.fixture
def store(db_path: Path, clock: FakeClock):
    opened = Store.open(db_path, now=clock)
    yield opened
    opened.close()


@pytest.fixture
def ctx(store: Store, clock: FakeClock) -> Context:
    """A context for a shop in Slovenia (phone numbers without +386 are understood)."""
    from enquirydesk.services import settings

    context = Context(store, Actor("test"), clock)
    settings.update(context, {"shop.country": "SI", "shop.name": "Test shop"})
    return context
