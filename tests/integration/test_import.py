"""`enquirydesk import`: history from a CSV file, checked row by row, all or nothing."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_
from hypothesis import strategies as st

from enquirydesk.cli import main
from enquirydesk.services import importer, report, settings
from enquirydesk.services.context import Actor, Cancelled, Context
from enquirydesk.services.enquiries import NewEnquiry, delete_enquiry, log_enquiry
from enquirydesk.store import models
from enquirydesk.store.database import Store
from support import FakeClock, plain_connection

HEADER = (
    "received_at,channel,customer_name,phone,email,interest,staff,source,first_response_at,"
    "outcome,outcome_at,value,purchase_channel,lost_reason,decision_factors,feedback_at,rating,"
    "expectation,nps,complaint,notes"
)

pytestmark = pytest.mark.both_engines
GOOD = [
    # Ana buys a fridge, says it is better than expected.
    "2026-10-01 09:15,phone,Ana Novak,041 123 456,,Gorenje fridge,Maja,ads,2026-10-01 09:20,"
    'purchased,2026-10-03 12:00,899.00,in_store,,"price;brand",2026-10-06 10:00,5,better,10,no,',
    # Budi, by his display-name channel, buys elsewhere.
    "2026-10-02 10:00,Walk-in,Budi Santoso,+62 812 3456 7890,budi@example.com,TV,Maja,,,"
    "lost,2026-10-04 10:00,,,competitor,,,,,,,",
    # Ana again, by name only: the same customer.
    "2026-10-05 11:00,chat,ana novak,,,Washing machine,Tina,,2026-10-05 11:30,open,,,,,,,,,,,",
]


def write_csv(path: Path, lines: list[str], *, bom: bool = False, delimiter: str = ",") -> Path:
    text = "\n".join([HEADER, *lines]) + "\n"
    if delimiter != ",":
        text = text.replace(",", delimiter).replace('"price;brand"', '"price|brand"')
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def fingerprint(db) -> str:
    """The file's bytes; on a server, every row of every table."""
    if isinstance(db, Path):
        return hashlib.sha256(db.read_bytes()).hexdigest()
    with closing(plain_connection(db)) as connection:
        return repr([connection.execute(f'SELECT * FROM "{m._meta.table_name}" ORDER BY id')
                     .fetchall() for m in models.ALL_MODELS])  # fmt: skip


def count(db: Path, table: str = "enquiry") -> int:
    with closing(plain_connection(db)) as connection:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def rows(db: Path, sql: str) -> list[tuple]:
    with closing(plain_connection(db)) as connection:
        return connection.execute(sql).fetchall()


@pytest.fixture
def shop(ctx: Context, store: Store, clock) -> Context:
    clock.set(datetime(2026, 11, 2, 10, 0))  # a Monday after the history in the files
    return ctx


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- good files --------------------------------------------------------------------------


def test_a_good_file_imports_everything_with_its_facts(
    shop: Context, db_path: Path, tmp_path: Path
) -> None:
    result = importer.import_file(shop, write_csv(tmp_path / "h.csv", GOOD))
    assert (result.imported, result.bad, result.rows) == (3, (), 3)
    assert result.new_customers == 2 and result.new_staff == ("Maja", "Tina")
    got = rows(
        db_path,
        "SELECT c.name, ch.key, e.outcome, e.purchase_value_cents, e.response_seconds, "
        "e.response_business_seconds, s.name FROM enquiry e JOIN customer c ON c.id = "
        "e.customer_id JOIN channel ch ON ch.id = e.channel_id LEFT JOIN staff s "
        "ON s.id = e.taken_by_id ORDER BY e.received_at",
    )
    assert got == [
        ("Ana Novak", "phone", "purchased", 89900, 300, 300, "Maja"),
        ("Budi Santoso", "walk_in", "lost", None, None, None, "Maja"),
        ("Ana Novak", "chat", "open", None, 1800, 1800, "Tina"),
    ]
    assert rows(db_path, "SELECT phone, email FROM customer ORDER BY id") == [
        ("+38641123456", None),
        ("+6281234567890", "budi@example.com"),
    ]
    # The second enquiry from Ana is a returning customer's; factors and feedback are kept.
    assert rows(
        db_path,
        "SELECT s.key FROM enquiry e JOIN source s ON s.id = e.source_id ORDER BY e.id",
    ) == [("ads",), ("returning",)]
    assert count(db_path, "enquiry_factor") == 2
    assert rows(db_path, "SELECT rating, expectation, recommend, complaint FROM feedback") == [
        (5, "better", 10, 0)
    ]
    assert rows(db_path, "SELECT action, summary FROM operation WHERE action = 'import'") == [
        ("import", "Imported 3 enquiries from h.csv")
    ]
    # The file and the report agree.
    figures = report.monthly(shop, "2026-10")
    assert figures["enquiries"]["total"] == 3
    assert figures["sales"] == {"count": 1, "revenue": "899.00"}
    assert figures["lost_reasons"]["competitor"] == 1
    assert figures["decision_factors"]["price"] == figures["decision_factors"]["brand"] == 1
    assert figures["feedback"]["csat_pct"] == 100.0
    assert figures["repeat_buyers"] == 0
    with closing(plain_connection(db_path)) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def test_only_followups_not_yet_due_are_made(shop: Context, db_path: Path, tmp_path: Path) -> None:
    # Ana bought on 3 October: the 3-day check-in is past (and she gave feedback), the
    # 90-day retention contact is still ahead. The open chat enquiry's decision check
    # (2 business days after 5 October) is past. Budi's lost enquiry needs nothing.
    result = importer.import_file(shop, write_csv(tmp_path / "h.csv", GOOD))
    assert result.followups == 1
    assert rows(db_path, "SELECT kind, topic, due_at FROM follow_up") == [
        ("after_sales", "retention", "2027-01-01 12:00:00")
    ]
    assert rows(db_path, "SELECT next_followup_at FROM enquiry ORDER BY id") == [
        ("2027-01-01 12:00:00",),
        (None,),
        (None,),
    ]


def test_a_byte_order_mark_and_semicolons_are_understood(
    shop: Context, db_path: Path, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "excel.csv", GOOD, bom=True, delimiter=";")
    result = importer.import_file(shop, path)
    assert (result.imported, result.bad) == (3, ())
    assert count(db_path, "enquiry_factor") == 2  # "price|brand" inside a semicolon file


def test_columns_in_any_order_and_only_some_of_them(
    shop: Context, db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "few.csv"
    path.write_text(
        "Phone,Channel,Received_At\r\n041 555 666,email,2026-10-07 08:00:30\r\n\r\n",
        encoding="utf-8",
    )
    result = importer.import_file(shop, path)
    assert (result.imported, result.bad) == (1, ())
    assert rows(db_path, "SELECT received_at, outcome FROM enquiry") == [
        ("2026-10-07 08:00:30", "open")
    ]


def test_customers_already_known_are_matched_and_not_changed(
    shop: Context, db_path: Path, tmp_path: Path
) -> None:
    log_enquiry(
        shop,
        NewEnquiry(
            channel="phone", name="Ana Novak", phone="041 123 456",
            received_at=datetime(2026, 9, 1, 10, 0),
        ),
    )  # fmt: skip
    result = importer.import_file(shop, write_csv(tmp_path / "h.csv", GOOD))
    assert (result.imported, result.new_customers, result.known_customers) == (3, 1, 2)
    assert rows(db_path, "SELECT COUNT(*) FROM enquiry GROUP BY customer_id ORDER BY 1") == [
        (1,),
        (3,),
    ]
    assert rows(db_path, "PRAGMA foreign_key_check") == []
    assert rows(db_path, "PRAGMA integrity_check") == [("ok",)]  # indexes rebuilt whole


def test_a_new_customer_keeps_what_later_batches_tell_about_them(
    shop: Context, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    """New customers are written batch by batch (before the rows naming them); one met
    again in a later batch still collects the phone and e-mail given there."""
    monkeypatch.setattr(importer, "BATCH", 2)
    path = write_csv(
        tmp_path / "learns.csv",
        [
            "2026-10-01 09:00,phone,Citra Dewi,,,Fan,Maja,,,open,,,,,,,,,,,",
            "2026-10-01 10:00,phone,Dani,,,Iron,Maja,,,open,,,,,,,,,,,",
            "2026-10-02 09:00,email,citra dewi,041 222 333,citra@example.com,Kettle,Rina,"
            ",,open,,,,,,,,,,,",
        ],
    )
    result = importer.import_file(shop, path)
    assert result.bad == ()
    assert (result.imported, result.new_customers, result.new_staff) == (3, 2, ("Maja", "Rina"))
    assert rows(db_path, "SELECT name, phone, email FROM customer ORDER BY id") == [
        ("Citra Dewi", "+38641222333", "citra@example.com"),
        ("Dani", None, None),
    ]
    assert rows(db_path, "PRAGMA foreign_key_check") == []


def test_a_row_given_twice_in_the_file_is_named_with_its_first_line(
    shop: Context, db_path: Path, tmp_path: Path
) -> None:
    result = importer.import_file(shop, write_csv(tmp_path / "twice.csv", [*GOOD, GOOD[1]]))
    assert [str(b) for b in result.bad] == ["line 5: the same enquiry as line 3."]
    assert (result.imported, count(db_path)) == (0, 0)


def test_importing_the_same_file_twice_adds_nothing_twice(
    shop: Context, db_path: Path, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "h.csv", GOOD)
    importer.import_file(shop, path)
    again = importer.import_file(shop, path)
    assert again.imported == 0
    assert [b.line for b in again.bad] == [2, 3, 4]
    assert all("already in the database" in b.reason for b in again.bad)
    assert count(db_path) == 3


# -- bad rows ------------------------------------------------------------------------------

BAD = {
    "2026-10-40 09:00,phone,Eva,,,,,,,,,,,,,,,,,,": "received_at '2026-10-40 09:00' is not a date",
    "2026-10-08 09:00,fax,Eva,,,,,,,,,,,,,,,,,,": "channel 'fax' is not known",
    "2026-10-08 09:00,phone,,,,,,,,,,,,,,,,,,,": "names no customer",
    "2026-10-08 09:00,phone,Eva,12,,,,,,,,,,,,,,,,,": "12 is not a phone number",
    "2026-10-08 09:00,email,Eva,,eva@,,,,,,,,,,,,,,,,": "eva@ is not a valid e-mail address",
    "2026-10-08 09:00,phone,Eva,,,,,,2026-10-08 08:00,,,,,,,,,,,,": "before the enquiry",
    "2026-10-08 09:00,phone,Eva,,,,,,,purchased,,,,,,,,,,,": "needs its outcome_at",
    "2026-10-08 09:00,phone,Eva,,,,,,,lost,2026-10-09 09:00,,,cheap,,,,,,,": "lost_reason 'cheap'",
    "2026-10-08 09:00,phone,Eva,,,,,,,purchased,2026-10-09 09:00,lots,,,,,,,,,": "not an amount",
    "2026-10-08 09:00,phone,Eva,,,,,,,purchased,2026-10-09 09:00,10,,,luck,,,,,,": "'luck' is not known",
    "2026-10-08 09:00,phone,Eva,,,,,,,open,,,,,,,6,,,,": "rating is given, so feedback_at",
    "2026-10-08 09:00,phone,Eva,,,,,,,,,,,,,2026-10-09 09:00,6,,,,": "rating '6' is not a whole number 1–5",
    "2026-10-08 09:00,phone,Eva,,,,,,,maybe,,,,,,,,,,,": "outcome 'maybe'",
    "2026-10-08 09:00,phone,Eva" + "," * 20 + "x": "the row has 23 fields but the header names 21",
    "2030-01-01 09:00,phone,Eva,,,,,,,,,,,,,,,,,,": "in the future",
}


@pytest.mark.parametrize(("line", "reason"), list(BAD.items()))
def test_a_bad_row_is_named_by_its_line_and_reason(
    shop: Context, db_path: Path, tmp_path: Path, line: str, reason: str
) -> None:
    result = importer.import_file(shop, write_csv(tmp_path / "bad.csv", [*GOOD, line]))
    assert result.imported == 0
    assert len(result.bad) == 1 and result.bad[0].line == 5
    assert reason in result.bad[0].reason
    assert count(db_path) == 0 and count(db_path, "customer") == 0


def test_a_mixed_file_imports_nothing_unless_asked_to_skip_the_bad(
    shop: Context, db_path: Path, tmp_path: Path, capsys
) -> None:
    lines = [
        GOOD[0],
        *list(BAD)[:2],
        *GOOD[1:],
        '2026-10-09 09:00,chat,"Eva\nKos",,,,,,,,,,,,,,,,,,',
    ]
    path = write_csv(tmp_path / "mixed.csv", lines)
    before = fingerprint(db_path)
    code, out, err = run(capsys, "--db", str(db_path), "import", str(path))
    assert code == 1 and out == ""
    assert err.splitlines()[:2] == [
        "mixed.csv: line 3: received_at '2026-10-40 09:00' is not a date like 24.10.2026 14:05.",
        "mixed.csv: line 4: channel 'fax' is not known; use one of: Phone, Walk-in, E-mail, "
        "Website form, Social media, Chat app, Other.",
    ]
    assert "nothing was imported: 2 of 6 rows are bad" in err and "--skip-bad" in err
    assert count(db_path) == 0 and fingerprint(db_path) == before

    code, out, err = run(capsys, "--db", str(db_path), "import", str(path), "--dry-run")
    assert code == 1 and "with --skip-bad, 4 enquiries would be imported" in out
    assert count(db_path) == 0

    code, out, err = run(capsys, "--db", str(db_path), "import", str(path), "--skip-bad")
    assert code == 0, err
    assert out.startswith("Imported 4 enquiries from mixed.csv") and "2 bad rows skipped" in out
    assert "line 3:" in err and "line 4:" in err
    # A quoted name over two lines is one row; the row after it keeps its own line number.
    assert rows(db_path, "SELECT name FROM customer ORDER BY id")[-1] == ("Eva Kos",)


def test_dry_run_checks_and_writes_nothing(
    shop: Context, db_path: Path, tmp_path: Path, capsys
) -> None:
    path = write_csv(tmp_path / "h.csv", GOOD)
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(path), "--dry-run")
    assert code == 0
    assert out.startswith("Checked h.csv: 3 enquiries would be imported (2 new customers")
    assert count(db_path) == 0 and count(db_path, "staff") == 0


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "The file is empty"),
        (b"colour,size\n", "the date each enquiry came in"),
        (b"received_at,customer_name\n", "has no channel column"),
        (b"received_at,channel,interest\n", "customer's name, phone or e-mail"),
        (b"received_at,channel,phone,phone\n", "appears twice"),
        (b"PK\x03\x04 not a workbook at all", "is not a workbook this program can read"),
    ],
)
def test_a_file_that_cannot_be_read_is_one_sentence(
    db_path: Path, tmp_path: Path, capsys, content: bytes, words: str
) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    code, out, err = run(capsys, "--db", str(db_path), "import", str(path))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and words in err, err


# -- interrupted -----------------------------------------------------------------------------


def many_rows(count: int) -> list[str]:
    return [
        f"2026-09-{1 + i % 28:02d} {8 + i % 10:02d}:{i % 60:02d},chat,Customer {i},"
        f"041 {100 + i // 1000:03d} {i % 1000:03d},,thing,,,,,,,,,,,,,,,"
        for i in range(count)
    ]


def test_cancelling_part_way_leaves_the_file_as_it_was(
    shop: Context, db_path: Path, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "big.csv", many_rows(12_000))
    before = count(db_path, "operation")
    seen: list[int] = []

    def cancel_half_way(done: int, total: int) -> bool:
        seen.append(done)
        return done < total * 0.8  # the writing half is under way by then

    with pytest.raises(Cancelled):
        importer.import_file(shop, path, progress=cancel_half_way)
    assert seen and seen == sorted(seen)
    assert count(db_path) == 0 and count(db_path, "customer") == 0
    assert count(db_path, "operation") == before


def test_a_killed_import_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    csv_path = write_csv(tmp_path / "big.csv", many_rows(30_000))
    env = {**os.environ, "ENQUIRYDESK_HOME": str(tmp_path / "home")}
    # The import kills itself when its progress passes three quarters: in the middle of
    # writing, inside the transaction.
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from enquirydesk.services import importer, settings
        from enquirydesk.services.context import Actor, Context
        from enquirydesk.store.database import Store

        if __name__ == "__main__":
            ctx = Context(Store.open(Path({str(db)!r})), Actor("test"))
            settings.update(ctx, {{"shop.country": "SI"}})

            def die(done, total):
                if done > total * 0.75:
                    os.kill(os.getpid(), signal.SIGKILL)

            importer.import_file(ctx, Path({str(csv_path)!r}), progress=die)
        """
    )
    process = subprocess.run([sys.executable, "-c", script], env=env, check=False)
    assert process.returncode == -signal.SIGKILL
    store = Store.open(db)  # recovers the write-ahead log
    store.close()
    assert count(db) == 0 and count(db, "customer") == 0
    assert rows(db, "SELECT COUNT(*) FROM operation WHERE action = 'import'") == [(0,)]
    with closing(plain_connection(db)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_large_file_is_checked_in_worker_processes_with_the_same_result(
    shop: Context, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    lines = [*many_rows(9_000), list(BAD)[1]]
    path = write_csv(tmp_path / "big.csv", lines)
    alone = importer.import_file(shop, path, dry_run=True)
    monkeypatch.setattr(importer, "PARALLEL_FROM", 1_000)
    monkeypatch.setattr(importer, "BATCH", 700)
    parallel = importer.import_file(shop, path, dry_run=True)
    assert (
        [str(b) for b in parallel.bad]
        == [str(b) for b in alone.bad]
        == [
            "line 9002: channel 'fax' is not known; use one of: Phone, Walk-in, E-mail, "
            "Website form, Social media, Chat app, Other."
        ]
    )
    assert (parallel.rows, parallel.new_customers) == (alone.rows, alone.new_customers)
    settings.update(shop, {"shop.name": "unchanged"})  # the store is still writable


# -- the import recognises customers exactly as logging does -------------------------------

_PEOPLE = st.tuples(
    st.sampled_from(["", "Ana Novak", "ana novak", "Budi", "Citra Dewi"]),
    st.sampled_from(["", "041 111 111", "041 222 222", "041 333 333"]),
    st.sampled_from(["", "a@example.com", "b@example.com"]),
).filter(any)


def _who_is_who(db: Path) -> tuple[list[int], list[tuple]]:
    """Which enquiries share a customer (customers numbered by first appearance), and
    what each customer ends up with."""
    with closing(plain_connection(db)) as connection:
        owners = [r[0] for r in connection.execute("SELECT customer_id FROM enquiry ORDER BY id")]
        details = dict(
            (r[0], r[1:]) for r in connection.execute("SELECT id, name, phone, email FROM customer")
        )
    order = list(dict.fromkeys(owners))
    return [order.index(o) for o in owners], [details[c] for c in order]


@settings_(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=st.lists(_PEOPLE, min_size=1, max_size=12), batch=st.integers(1, 5))
def test_an_import_recognises_customers_exactly_as_logging_them_one_by_one(people, batch):
    clock = FakeClock(datetime(2026, 11, 2, 10, 0))
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr(importer, "BATCH", batch)
        results = []
        for way in ("import", "log"):
            db = Path(folder) / f"{way}.sqlite"
            store = Store.open(db, now=clock)
            try:
                ctx = Context(store, Actor("test"), clock)
                settings.update(ctx, {"shop.country": "SI"})
                times = [datetime(2026, 10, 1 + i, 10, 0) for i in range(len(people))]
                if way == "import":
                    lines = [
                        f"{t:%Y-%m-%d %H:%M},phone,{n},{p},{e},,,,,open,,,,,,,,,,,"
                        for t, (n, p, e) in zip(times, people, strict=True)
                    ]
                    result = importer.import_file(ctx, write_csv(Path(folder) / "p.csv", lines))
                    assert result.bad == ()
                else:
                    for t, (n, p, e) in zip(times, people, strict=True):
                        log_enquiry(
                            ctx,
                            NewEnquiry(channel="phone", name=n, phone=p, email=e, received_at=t),
                        )
            finally:
                store.close()
            results.append(_who_is_who(db))
    assert results[0] == results[1]


# -- a shop in use: customers already in the database ---------------------------------------

KNOWN_LATER = [
    "2026-10-01 09:00,phone,Eva Zupan,041 900 001,,Fan,Maja,,,open,,,,,,,,,,,",
    "2026-10-01 10:00,phone,Fran Turk,041 900 002,,Iron,Maja,,,open,,,,,,,,,,,",
    # Ana by her second number, in the second batch.
    "2026-10-02 10:00,phone,,041 555 555,,Kettle,Maja,,,open,,,,,,,,,,,",
    # Budi's enquiry already in the database.
    "2026-09-02 10:00,walk_in,Budi Santoso,,budi@example.com,TV,Maja,,,open,,,,,,,,,,,",
    "2026-10-03 10:00,email,,,budi@example.com,Radio,Maja,,,open,,,,,,,,,,,",
    "2026-10-04 10:00,chat,citra dewi,,,Lamp,Maja,,,open,,,,,,,,,,,",
    # Ana before her first enquiry in the database: not a returning customer's.
    "2026-08-01 10:00,phone,Ana Novak,041 123 456,,Oven,Maja,,,open,,,,,,,,,,,",
]


def _log(ctx: Context, when: datetime, channel: str, **customer: str) -> None:
    log_enquiry(ctx, NewEnquiry(channel=channel, received_at=when, **customer))


@pytest.mark.parametrize("others", [0, 8], ids=["few-customers", "more-customers-than-rows"])
def test_customers_already_known_are_matched_in_whichever_batch_they_come(
    shop: Context, db_path: Path, tmp_path: Path, monkeypatch, others: int
) -> None:
    """Known customers are found by a second number, an e-mail or a name when a later
    batch first names them, duplicates of their enquiries are refused and "returning" is
    theirs by received time: the same whether the database has fewer customers than the
    file has rows (read once, indexes rebuilt) or more (asked batch by batch)."""
    _log(shop, datetime(2026, 9, 1, 10), "phone", name="Ana Novak", phone="041 123 456",
         email="ana@example.com")  # fmt: skip
    _log(shop, datetime(2026, 9, 3, 10), "chat", email="ana@example.com", phone="041 555 555")
    _log(shop, datetime(2026, 9, 2, 10), "walk_in", name="Budi Santoso", email="budi@example.com")
    _log(shop, datetime(2026, 9, 4, 10), "chat", name="Citra Dewi")
    for i in range(others):
        _log(shop, datetime(2026, 7, 1 + i, 10), "phone", name=f"Other {i}", phone=f"041 800 10{i}")
    before = count(db_path)
    monkeypatch.setattr(importer, "BATCH", 2)
    result = importer.import_file(shop, write_csv(tmp_path / "h.csv", KNOWN_LATER), skip_bad=True)
    assert [(b.line, "already in the database" in b.reason) for b in result.bad] == [(5, True)]
    assert (result.imported, result.known_customers, result.new_customers) == (6, 4, 2)
    assert rows(
        db_path,
        "SELECT e.received_at, c.name, c.phone, s.key FROM enquiry e "
        "JOIN customer c ON c.id = e.customer_id LEFT JOIN source s ON s.id = e.source_id "
        f"WHERE e.id > {before} ORDER BY e.received_at",
    ) == [
        ("2026-08-01 10:00:00", "Ana Novak", "+38641123456", None),
        ("2026-10-01 09:00:00", "Eva Zupan", "+38641900001", None),
        ("2026-10-01 10:00:00", "Fran Turk", "+38641900002", None),
        ("2026-10-02 10:00:00", "Ana Novak", "+38641123456", "returning"),
        ("2026-10-03 10:00:00", "Budi Santoso", None, "returning"),
        ("2026-10-04 10:00:00", "Citra Dewi", None, "returning"),
    ]
    assert count(db_path, "customer") == 3 + others + 2
    assert rows(db_path, "PRAGMA foreign_key_check") == []
    assert rows(db_path, "PRAGMA integrity_check") == [("ok",)]
    assert result.changes is not None
    assert rows(
        db_path, f"SELECT action, summary FROM operation WHERE id = {result.changes.operation_id}"
    ) == [("import", "Imported 6 enquiries from h.csv")]


# -- a file listed newest first -------------------------------------------------------------

NEWEST_FIRST = [
    # Marko on Ana's number: a family phone, a new customer beside her.
    "2026-10-09 10:00,phone,Marko,041 111 111,,Fan,Maja,,,open,,,,,,,,,,,",
    # No name on that number: its holder seen most recently in the file, Marko.
    "2026-10-08 10:00,chat,,041 111 111,,Iron,Maja,,,open,,,,,,,,,,,",
    "2026-10-07 10:00,email,budi,,b@example.com,Radio,Maja,,,open,,,,,,,,,,,",
    "2026-10-06 10:00,walk_in,Citra Dewi,,,Lamp,Maja,,,open,,,,,,,,,,,",
    # Citra by her name alone, who learns a number; the file gives a source.
    "2026-10-05 10:00,walk_in,citra dewi,041 222 222,,Oven,Maja,ads,,open,,,,,,,,,,,",
    # Another Ana Novak (another number), then one no number or address tells apart.
    "2026-10-04 10:00,phone,Ana Novak,041 333 333,,Kettle,Maja,,,open,,,,,,,,,,,",
    "2026-10-03 10:00,chat,ana novak,,,Toaster,Maja,,,open,,,,,,,,,,,",
    # Ana before her enquiry in the database: not a returning customer's.
    "2026-08-30 10:00,phone,Ana Novak,041 111 111,,Mixer,Maja,,,open,,,,,,,,,,,",
]


def test_a_file_listed_newest_first_matches_and_marks_returning_customers_by_time(
    shop: Context, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    """Holders of a shared number are told apart by who the file named last, names
    alone only match one possible customer, and "returning" goes by received time:
    the rows of a file listed newest first, with customers already in the database."""
    _log(shop, datetime(2026, 9, 1, 10), "phone", name="Ana Novak", phone="041 111 111")
    _log(shop, datetime(2026, 9, 2, 10), "email", name="Budi", email="b@example.com")
    monkeypatch.setattr(importer, "BATCH", 2)
    result = importer.import_file(shop, write_csv(tmp_path / "newest.csv", NEWEST_FIRST))
    assert (result.bad, result.imported, result.new_customers, result.known_customers) == (
        (),
        8,
        4,
        2,
    )
    assert rows(
        db_path,
        "SELECT e.interest, e.customer_id, c.name, c.phone, c.email, s.key FROM enquiry e "
        "JOIN customer c ON c.id = e.customer_id LEFT JOIN source s ON s.id = e.source_id "
        "WHERE e.id > 2 ORDER BY e.id",
    ) == [
        ("Fan", 3, "Marko", "+38641111111", None, "returning"),
        ("Iron", 3, "Marko", "+38641111111", None, None),
        ("Radio", 2, "Budi", None, "b@example.com", "returning"),
        ("Lamp", 4, "Citra Dewi", "+38641222222", None, "returning"),
        ("Oven", 4, "Citra Dewi", "+38641222222", None, "ads"),
        ("Kettle", 5, "Ana Novak", "+38641333333", None, None),
        ("Toaster", 6, "ana novak", None, None, None),
        ("Mixer", 1, "Ana Novak", "+38641111111", None, None),
    ]


_ORDERS = st.sampled_from(["oldest first", "newest first", "shuffled"])


@settings_(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    people=st.lists(st.tuples(_PEOPLE, st.integers(0, 5), st.booleans()), min_size=1, max_size=12),
    logged=st.lists(st.tuples(_PEOPLE, st.integers(0, 5), st.booleans()), max_size=4),
    order=_ORDERS,
    seed=st.randoms(use_true_random=False),
    batch=st.integers(1, 5),
)
def test_an_enquiry_without_a_source_is_a_returning_customers_when_they_had_an_earlier_one(
    people, logged, order, seed, batch
):
    """Whatever the order of the rows and the batches they come in: "returning" exactly
    when the customer has an earlier live enquiry, in the database or the file (at the
    same time: one written before), and the file's own sources kept."""
    clock = FakeClock(datetime(2026, 11, 2, 10, 0))
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr(importer, "BATCH", batch)
        db = Path(folder) / "shop.sqlite"
        store = Store.open(db, now=clock)
        try:
            ctx = Context(store, Actor("test"), clock)
            settings.update(ctx, {"shop.country": "SI"})
            for number, ((n, p, e), day, deleted) in enumerate(logged, 1):
                _log(ctx, datetime(2026, 10, 1 + day, 10), "phone", name=n, phone=p, email=e)
                if deleted:
                    delete_enquiry(ctx, number)
            lines = [
                f"2026-10-{1 + day:02d} 10:00,chat,{n},{p},{e},,,{'ads' if ads else ''},,open,"
                ",,,,,,,,,,"
                for (n, p, e), day, ads in people
            ]
            if order == "newest first":
                lines.reverse()
            elif order == "shuffled":
                seed.shuffle(lines)
            before = count(db)
            result = importer.import_file(ctx, write_csv(Path(folder) / "p.csv", lines))
        finally:
            store.close()
        marks = rows(
            db,
            "SELECT s.key, EXISTS (SELECT 1 FROM enquiry AS earlier WHERE earlier.customer_id"
            " = e.customer_id AND earlier.deleted_at IS NULL AND (earlier.received_at <"
            " e.received_at OR (earlier.received_at = e.received_at AND earlier.id < e.id)))"
            f" FROM enquiry e LEFT JOIN source s ON s.id = e.source_id WHERE e.id > {before}",
        )
    assert len(marks) == result.imported
    for source, earlier in marks:
        assert source in ("ads", "returning" if earlier else None)
