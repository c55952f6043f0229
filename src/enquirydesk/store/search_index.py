"""Search inside what was asked about: an FTS5 trigram index over each enquiry's
interest and notes, so "fryer" finds "Air fryer Philips" among a million rows.

The index is an *external content* table over `enquiry` (it stores no second
copy of the text) and covers the enquiries up to a high-water mark: the largest
id in its `_docsize` shadow table, which is always exactly what the index holds.
Newer rows form a short "tail" that searches read directly; `catch_up` adds
them in batches off the GUI thread. Keeping new rows out of the index on insert
is what keeps an import of 100,000 rows as fast as before (per-row index
triggers made it twenty times slower, PERFORMANCE.md).

Triggers keep the indexed rows right when one is edited, undone or removed.
A row put back by an undo under its old id, below the mark, is taken in by
`take_in` (the change log calls it): an insert trigger would have cost every
imported row a look at the mark, 0.2 s per 100,000.

Where the SQLite in use has no FTS5, the table is not made and searches read
the text row by row (`available` says which).

On a PostgreSQL server the text is read "row by row" too, as far as the query goes:
trigram indexes (``pg_trgm``) over the interest and the notes answer ``ILIKE`` with
no table of their own to keep, and the server chooses when to use them.
"""

from __future__ import annotations

import sqlite3

import peewee

from enquirydesk.store import postgres

TABLE = "enquiry_text"
#: Rows added to the index per transaction: a batch takes about a tenth of a second.
BATCH = 20_000
#: The trigram tokenizer needs three characters to look anything up.
SHORTEST = 3

_MARK = f'(SELECT coalesce(max(id), 0) FROM "{TABLE}_docsize")'
_INDEXED = f'EXISTS (SELECT 1 FROM "{TABLE}_docsize" WHERE id = old.id)'
_ADD = (
    f'INSERT INTO "{TABLE}" (rowid, interest, details) VALUES (new.id, new.interest, new.details)'
)
_DROP = (
    f'INSERT INTO "{TABLE}" ("{TABLE}", rowid, interest, details) '
    "VALUES ('delete', old.id, old.interest, old.details)"
)

#: The ids of the indexed enquiries holding a phrase (see `match_phrase`).
MATCHING_IDS = f'SELECT rowid FROM "{TABLE}" WHERE "{TABLE}" MATCH ?'

SCHEMA = (
    f'CREATE VIRTUAL TABLE "{TABLE}" USING fts5(interest, details, content="enquiry", '
    'content_rowid="id", tokenize="trigram case_sensitive 0")',
    f'CREATE TRIGGER "{TABLE}_update" AFTER UPDATE OF interest, details ON "enquiry" '
    f"WHEN {_INDEXED} BEGIN {_DROP}; {_ADD}; END",
    f'CREATE TRIGGER "{TABLE}_delete" AFTER DELETE ON "enquiry" WHEN {_INDEXED} BEGIN {_DROP}; END',
)


def fts5_works() -> bool:
    """Whether this Python's SQLite can make a trigram FTS5 table (3.34 or later, FTS5 on)."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
    except sqlite3.OperationalError:
        return False
    finally:
        probe.close()
    return True


SERVER_INDEXES = (
    'CREATE INDEX "enquiry_interest_words" ON "enquiry" USING gin (interest gin_trgm_ops) '
    "WHERE deleted_at IS NULL",
    'CREATE INDEX "enquiry_details_words" ON "enquiry" USING gin (details gin_trgm_ops) '
    "WHERE deleted_at IS NULL",
)


def create(database: peewee.Database) -> None:
    """Make the (empty) index and its triggers, where FTS5 is there to make them."""
    if postgres.is_server(database):
        for sql in SERVER_INDEXES:
            database.execute_sql(sql)
        return
    if not isinstance(database, peewee.SqliteDatabase) or not fts5_works():
        return
    for sql in SCHEMA:
        database.execute_sql(sql)


def available(database: peewee.Database) -> bool:
    """Whether the FTS5 index is there (never on a server: see the module's note)."""
    return not postgres.is_server(database) and database.table_exists(TABLE)


def _one(database: peewee.Database, sql: str, args: tuple = ()) -> int:
    cursor = database.execute_sql(sql, args)
    try:
        return int(cursor.fetchone()[0] or 0)
    finally:
        cursor.close()  # an open cursor holds back WAL checkpoints


def indexed_to(database: peewee.Database) -> int:
    """The high-water mark: enquiries with a larger id are not in the index yet."""
    return _one(database, f"SELECT {_MARK}") if available(database) else 0


def waiting(database: peewee.Database) -> int:
    """How many enquiries the index has still to take in."""
    if not available(database):
        return 0
    return _one(database, f"SELECT count(*) FROM enquiry WHERE id > {_MARK}")


def catch_up(database: peewee.Database, batch: int = BATCH) -> int:
    """Add up to `batch` enquiries above the mark, in one transaction; returns how many
    are still waiting. The mark moves with the rows, so two programs doing this at
    once each add different rows (the write lock orders them)."""
    if not available(database):
        return 0
    with database.atomic("IMMEDIATE"):
        database.execute_sql(
            f'INSERT INTO "{TABLE}" (rowid, interest, details) SELECT id, interest, details '
            f"FROM enquiry WHERE id > {_MARK} ORDER BY id LIMIT ?",
            (batch,),
        )
        return waiting(database)


def take_in(database: peewee.Database, enquiry_id: int) -> None:
    """Index one enquiry put back under its old id, if the mark has passed it (above
    the mark, `catch_up` takes it in with the rest)."""
    if available(database) and enquiry_id < indexed_to(database):
        database.execute_sql(
            f'INSERT INTO "{TABLE}" (rowid, interest, details) '
            "SELECT id, interest, details FROM enquiry WHERE id = ?",
            (enquiry_id,),
        )


def match_phrase(text: str) -> str:
    """`text` as one FTS5 phrase: quotes doubled, so nothing typed is query syntax."""
    return '"' + text.replace('"', '""') + '"'


def contains_test(database: peewee.Database) -> str:
    """The operator and parameter of "a text column holds `contains_pattern`"."""
    return "ILIKE ?" if postgres.is_server(database) else "GLOB ?"


def contains_pattern(database: peewee.Database, text: str) -> str:
    if postgres.is_server(database):
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"%{escaped}%"
    return glob_pattern(text)


def glob_pattern(text: str) -> str:
    """`text` as a GLOB pattern for "contains" in any letter case, for reading rows
    the index does not cover: each cased letter becomes a class of both its cases
    (LIKE folds the case of ASCII letters only; the index folds every letter, and
    both ways must find the same rows), and GLOB's own signs stand for themselves."""
    parts = []
    for char in text:
        lower, upper = char.lower(), char.upper()
        if lower != upper and len(lower) == len(upper) == 1:
            parts.append(f"[{lower}{upper}]")
        elif char in "*?[]":
            parts.append(f"[{char}]")
        else:
            parts.append(char)
    return "*" + "".join(parts) + "*"
