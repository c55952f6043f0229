"""Random input where users and accidents put it: bytes and CSV shapes into the import
reader, damage (random pages, a cut-off file, a stray write-ahead log) into the opening
path. Never a traceback: every failure is a message for the user; and a file found
damaged has not one byte written to it. Bounded to stay within `make test`'s time."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from enquirydesk import app
from enquirydesk.cli import main
from enquirydesk.domain import import_columns
from enquirydesk.domain.errors import EnquiryDeskError, ValidationError
from enquirydesk.domain.importcsv import COLUMNS, RowParser, decode, read_table
from enquirydesk.services import followups, maintenance, problems, report
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
from enquirydesk.store.database import Store

CATALOGUES = {
    "channel": {"phone": "Phone", "walk_in": "Walk-in", "chat": "Chat app"},
    "source": {"ads": "Ads", "returning": "Returning"},
    "decision_factor": {"price": "Cheapest price", "brand": "Famous brand"},
    "lost_reason": {"price": "Price", "competitor": "Bought elsewhere"},
    "purchase_channel": {"in_store": "In store"},
    "expectation": {"worse": "Worse", "as_expected": "As expected", "better": "Better"},
}
NOW = datetime(2026, 12, 4, 12, 0)
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

pytestmark = pytest.mark.both_engines


def read_everything(data: bytes) -> int:
    """What `import` does with a file before touching the database; the rows read."""
    table = read_table(decode(data)[0])
    fields = import_columns.recognise(table.header)
    parser = RowParser(fields, CATALOGUES, "SI", NOW, names=table.header)
    good = 0
    for line, fields in table.rows():
        try:
            parser.parse(line, fields)
            good += 1
        except ValidationError as error:
            assert error.message and "\n" not in error.message
    return good


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_are_read_or_refused_in_words(data: bytes) -> None:
    try:
        read_everything(data)
    except ValidationError as error:
        assert error.message and "\n" not in error.message


cell = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["2026-10-01 09:15", "0001-01-01 00:00", "9999-12-31 23:59", "²", "١٠", "5", "-1",
         "phone", "Walk-in", "purchased", "lost", "open", "1.234,50", '"', "=1+1", "\r", "\t"]
    ),
)  # fmt: skip


@st.composite
def csv_files(draw) -> bytes:
    header = draw(
        st.lists(st.sampled_from([*COLUMNS, "Extra", ""]), min_size=1, max_size=8, unique=True)
    )
    delimiter = draw(st.sampled_from([",", ";"]))
    rows = draw(st.lists(st.lists(cell, min_size=0, max_size=10), max_size=8))
    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    lines = [delimiter.join(header)] + [delimiter.join(row) for row in rows]
    text = ending.join(lines) + draw(st.sampled_from(["", ending]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1250"]))
    return text.encode(encoding, errors="replace")


@FUZZ
@given(csv_files())
def test_random_csv_shapes_are_read_or_refused_in_words(data: bytes) -> None:
    try:
        read_everything(data)
    except ValidationError as error:
        assert error.message and "\n" not in error.message


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(csv_files())
def test_the_import_command_never_shows_a_traceback(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    folder = tmp_path_factory.mktemp("import")
    history = folder / "history.csv"
    history.write_bytes(data)
    code = main(["--db", str(folder / "shop.sqlite"), "import", str(history), "--skip-bad"])
    assert code in (0, 1)


# -- damage -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed shop file of about 70 pages, made once."""
    path = tmp_path_factory.mktemp("healthy") / "shop.sqlite"
    store = Store.open(path)
    ctx = Context(store, Actor("test"))
    for n in range(150):
        log_enquiry(
            ctx,
            NewEnquiry(channel="phone", name=f"Customer {n}", interest="Fridge " * 5,
                       details="notes " * 20, answered_now=n % 3 == 0),
        )  # fmt: skip
    store.close()
    other = path.with_name("other.sqlite")  # a WAL that belongs to another database
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("PRAGMA journal_mode=wal")
        connection.execute("PRAGMA wal_autocheckpoint=0")
        connection.execute("CREATE TABLE t (x)")
        connection.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 40)
        connection.commit()
        shutil.copyfile(f"{other}-wal", path.with_name("stray-wal"))
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


damages = st.one_of(
    st.tuples(
        st.just("pages"),
        st.lists(st.tuples(st.integers(0, 170), st.binary(min_size=1, max_size=4096)), max_size=4),
    ),
    st.tuples(st.just("truncate"), st.integers(1, 160 * 4096)),  # empty is a new file
    st.tuples(st.just("stray wal"), st.booleans()),
)


def damaged_copy(healthy: Path, folder: Path, damage) -> Path:
    db = folder / "shop.sqlite"
    data = bytearray(healthy.read_bytes())
    kind, how = damage
    if kind == "pages":
        for page, garbage in how:
            start = page * 4096 + (100 if page == 0 else 0)
            data[start : start + len(garbage)] = garbage
    elif kind == "truncate":
        del data[how:]
    db.write_bytes(bytes(data))
    if kind == "stray wal":
        stray = healthy.with_name("stray-wal").read_bytes()
        Path(f"{db}-wal").write_bytes(stray if how else bytes(reversed(stray)))
    return db


def user_facing(error: BaseException, store: Store | None = None) -> bool:
    return isinstance(problems.explain(error, store=store), EnquiryDeskError)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(damages)
# A name in the schema whose bytes are no longer UTF-8 (found by this test).
@example(damage=("pages", [(74, b"\x00\x00\x00\x00\x80")]))
def test_damage_is_refused_in_words_and_never_written_to(
    healthy: Path, tmp_path_factory: pytest.TempPathFactory, damage
) -> None:
    folder = tmp_path_factory.mktemp("damaged")
    db = damaged_copy(healthy, folder, damage)
    before = digest(db)
    if damage[0] == "stray wal":  # SQLite cannot tell it from a crash's log: opening only
        try:
            Store.open(db).close()
            event("stray wal: opened")
        except EnquiryDeskError:
            event("stray wal: refused")
            assert digest(db) == before
        return
    # The window's way: open with the cheap checks, the whole check behind, then read.
    try:
        ctx = app.open_context(db, verify=False)
    except EnquiryDeskError:
        event("refused at opening")
    else:
        try:
            try:
                app._check_file(ctx.store, release_writes=False)
                event("passed the background check")
            except EnquiryDeskError:
                event("refused by the background check")
            for read in (
                lambda: report.monthly(ctx, "2026-12"),
                lambda: followups.list_open(ctx, None),
            ):
                try:
                    read()
                except Exception as error:
                    assert user_facing(error, ctx.store), repr(error)
                    event("a read met the damage")
        finally:
            ctx.store.close()
    try:
        found = not maintenance.check(db).ok
    except EnquiryDeskError:
        found = True
    if found:  # from now on, no program writes to it
        event("check found damage")
        assert main(["--db", str(db), "add", "--channel", "phone", "--name", "Budi"]) == 1
    assert digest(db) == before
