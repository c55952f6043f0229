"""Shared fixtures: every test gets its own folders and real SQLite files under tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

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
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.sqlite"


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
