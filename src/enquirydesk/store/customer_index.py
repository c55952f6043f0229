"""Finding customers by what staff remember: any word of a name ("Kovač" finds
"Ana Kovač"), any run of three or more digits of any of their phone numbers (the
start, the middle or the end: "555 123"), any part of any e-mail address: the start
of any of its words ("wijaya", "gmail") or a run of three or more characters from
anywhere before the @ ("kovacic40" in "aljazkovacic40@amis.net").

An FTS5 table holds one document per customer: the name's words, every ending of
each phone number's digits (so that a run in the middle is the start of one of
them, and a prefix query finds it), each address, tokenised on punctuation, and
every ending of each address's part before the @ (``locals``: the same for a run
inside it). `unicode61` with diacritics removed lets "kovac" find "Kovač". Triggers
keep it right on every insert, edit, merge, undo and delete, of the customer and of their
other numbers and addresses (`customer_contact_info`); a bulk load (demo data, an
import) suspends them and indexes its new customers thousands at a time, as it goes
or at its end (`suspended`).

Where the SQLite in use has no FTS5, the table is not made and the search keeps to
name, number and address starts (`available` says which).

On a PostgreSQL server there is no table to keep: trigram indexes (``pg_trgm``) over
the words of each name and address and the digits of each number answer the same
questions (`matching_ids`; a run inside an address is looked for in its words and
checked against its part before the @), and the server keeps them right by itself.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterable, Iterator

import peewee

from enquirydesk.store import postgres, search_index

TABLE = "customer_words"
#: The longest phone number (E.164: 15 digits) has this many endings of 3 or more digits.
_ENDINGS = 13
#: The longest part of an address before the @ (64 characters) has this many endings of
#: 3 or more characters.
_LOCAL_ENDINGS = 62


def _endings(text: str, count: int = _ENDINGS) -> str:
    """SQL: the endings of a text (a number's digits, an address's part before the @) from
    3 characters on, space separated ("38641555123 8641555123 …"). They are worked out
    eight at a time, and none past the first too short to look for."""
    endings = [
        f"iif(length({text}) - {k} >= 2, ' ' || substr({text}, {k}), '')"
        for k in range(2, count + 1)
    ]
    groups = [
        f"iif(length({text}) - {k + 2} >= 2, {' || '.join(endings[k : k + 8])}, '')"
        for k in range(0, len(endings), 8)
    ]
    return " || ".join([text, *groups])


_DIGITS = "replace(coalesce({0}, ''), '+', '')"
#: An address's part before the @ ("" for none).
#: An address's part before the @ without its punctuation ("" for none): each ending of
#: it is one word of the index, so that a run typed with or without its dots ("rina.h",
#: "rinah") is one prefix to look up, never a phrase of short words ("h*" alone would read
#: a good part of the index).
_LOCAL = (
    "replace(replace(replace(replace("
    "substr(coalesce({0}, ''), 1, instr(coalesce({0}, ''), '@') - 1)"
    ", '.', ''), '_', ''), '-', ''), '+', '')"
)
_OTHER_PHONES = (
    "coalesce((SELECT group_concat("
    + _endings(_DIGITS.format("o.value"))
    + ", ' ') FROM customer_contact_info o WHERE o.customer_id = c.id AND o.kind = 'phone'), '')"
)
_EMAILS = (
    "coalesce(c.email, '') || ' ' || coalesce((SELECT group_concat(o.value, ' ') "
    "FROM customer_contact_info o WHERE o.customer_id = c.id AND o.kind = 'email'), '')"
)
_OTHER_LOCALS = (
    "coalesce((SELECT group_concat("
    + _endings("l", _LOCAL_ENDINGS)
    + ", ' ') FROM (SELECT "
    + _LOCAL.format("o.value")
    + " AS l FROM customer_contact_info o WHERE o.customer_id = c.id AND o.kind = 'email')), '')"
)
#: A customer's document (name, phones, emails, locals), given the SQL of the phone
#: number's digits (`{digits}`) and of the endings of the address's part before the @.
_COLUMNS = (
    "c.id, c.name, "
    + _endings("{digits}")
    + f" || ' ' || {_OTHER_PHONES}, {_EMAILS}, {{locals}} || ' ' || {_OTHER_LOCALS}"
)
_DOCUMENT = (
    "SELECT "
    + _COLUMNS.replace("{digits}", _DIGITS.format("c.phone")).replace(
        "{locals}",
        f"(SELECT {_endings('l', _LOCAL_ENDINGS)} FROM (SELECT {_LOCAL.format('c.email')} AS l))",
    )
    + " FROM customer c WHERE {0}"
)
#: `_DOCUMENT` of every customer above an id, for filling the index at once: each phone
#: number's digits and each address's part before the @ worked out once, not once for
#: each of its endings (a third faster). SQLite before 3.35 knows no MATERIALIZED, and
#: works them out for each ending.
_DOCUMENTS = (
    "WITH c AS "
    + ("MATERIALIZED " if sqlite3.sqlite_version_info >= (3, 35) else "")
    + "(SELECT id, name, email, "
    + _DIGITS.format("phone")
    + " AS digits, "
    + _LOCAL.format("email")
    + " AS local FROM customer WHERE id > ?) SELECT "
    + _COLUMNS.replace("{digits}", "c.digits").replace(
        "{locals}", _endings("c.local", _LOCAL_ENDINGS)
    )
    + " FROM c"
)


def _index(customer: str) -> str:
    return f'INSERT INTO "{TABLE}" (rowid, name, phones, emails, locals) ' + _DOCUMENT.format(
        f"c.id = {customer}"
    )


def _drop(customer: str) -> str:
    return f'DELETE FROM "{TABLE}" WHERE rowid = {customer}'


TRIGGERS = (
    f'CREATE TRIGGER "{TABLE}_customer_insert" AFTER INSERT ON "customer" '
    f"BEGIN {_index('new.id')}; END",
    f'CREATE TRIGGER "{TABLE}_customer_update" AFTER UPDATE OF name, phone, email ON "customer" '
    f"BEGIN {_drop('old.id')}; {_index('new.id')}; END",
    f'CREATE TRIGGER "{TABLE}_customer_delete" AFTER DELETE ON "customer" '
    f"BEGIN {_drop('old.id')}; END",
    f'CREATE TRIGGER "{TABLE}_other_insert" AFTER INSERT ON "customer_contact_info" '
    f"BEGIN {_drop('new.customer_id')}; {_index('new.customer_id')}; END",
    f'CREATE TRIGGER "{TABLE}_other_update" AFTER UPDATE ON "customer_contact_info" '
    f"BEGIN {_drop('old.customer_id')}; {_index('old.customer_id')}; "
    f"{_drop('new.customer_id')}; {_index('new.customer_id')}; END",
    f'CREATE TRIGGER "{TABLE}_other_delete" AFTER DELETE ON "customer_contact_info" '
    f"BEGIN {_drop('old.customer_id')}; {_index('old.customer_id')}; END",
)
_TRIGGER_NAMES = tuple(re.search(r'TRIGGER "([^"]+)"', sql).group(1) for sql in TRIGGERS)  # type: ignore[union-attr]

TABLE_SQL = (
    f'CREATE VIRTUAL TABLE "{TABLE}" USING fts5(name, phones, emails, locals, '
    "tokenize=\"unicode61 remove_diacritics 2\", prefix='2 3')"
)

#: The ids of the customers a match expression finds (see `match`).
MATCHING_IDS = f'SELECT rowid FROM "{TABLE}" WHERE "{TABLE}" MATCH ?'


#: An address's part before the @ as the server compares a run inside it: its words,
#: joined (the file's index keeps its endings without punctuation the same way).
_LOCAL_JOINED = "replace(enquirydesk_words(split_part({0}, '@', 1)), ' ', '')"
#: The trigram indexes that answer a run inside an address's part before the @.
SERVER_LOCAL_INDEXES = (
    'CREATE INDEX IF NOT EXISTS "customer_email_locals" ON "customer" '
    f"USING gin ({_LOCAL_JOINED.format('email')} gin_trgm_ops)",
    'CREATE INDEX IF NOT EXISTS "contact_info_locals" ON "customer_contact_info" '
    f"USING gin ({_LOCAL_JOINED.format('value')} gin_trgm_ops) WHERE kind = 'email'",
)

#: The server's counterpart: trigram indexes over what the word table holds.
SERVER_INDEXES = (
    'CREATE INDEX "customer_name_words" ON "customer" '
    "USING gin (enquirydesk_words(name) gin_trgm_ops)",
    'CREATE INDEX "customer_email_words" ON "customer" '
    "USING gin (enquirydesk_words(email) gin_trgm_ops)",
    'CREATE INDEX "customer_phone_digits" ON "customer" '
    "USING gin (replace(coalesce(phone, ''), '+', '') gin_trgm_ops)",
    'CREATE INDEX "contact_info_words" ON "customer_contact_info" '
    "USING gin (enquirydesk_words(value) gin_trgm_ops) WHERE kind = 'email'",
    'CREATE INDEX "contact_info_digits" ON "customer_contact_info" '
    "USING gin (replace(value, '+', '') gin_trgm_ops) WHERE kind = 'phone'",
    *SERVER_LOCAL_INDEXES,
)


def create(database: peewee.Database) -> None:
    """Make the index and its triggers (where FTS5 is there) and index every customer."""
    if postgres.is_server(database):
        for sql in SERVER_INDEXES:
            database.execute_sql(sql)
        return
    if not isinstance(database, peewee.SqliteDatabase) or not search_index.fts5_works():
        return
    database.execute_sql(TABLE_SQL)
    for sql in TRIGGERS:
        database.execute_sql(sql)
    fill(database)


def detach(database: peewee.Database) -> bool:
    """Drop the triggers, for a schema change that rebuilds the tables they read (SQLite
    refuses to rename a table under a trigger that names another); whether there were."""
    if not _table(database):
        return False
    for name in _TRIGGER_NAMES:
        database.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    return True


def attach(database: peewee.Database) -> None:
    """After `detach`: the triggers back, and every customer indexed again (the change
    may have rewritten them)."""
    _create_triggers(database)
    database.execute_sql(f'DELETE FROM "{TABLE}"')
    fill(database)


def remake(database: peewee.Database) -> None:
    """For a schema step that changes what the index holds: the table made anew in the
    current shape, empty and without its triggers (`attach`, after the step, puts them
    back and indexes every customer). A server gets the trigram indexes of the runs
    inside addresses (its other indexes read the tables themselves); nothing to do where
    the table was never made."""
    if postgres.is_server(database):
        for sql in SERVER_LOCAL_INDEXES:
            database.execute_sql(sql)
        return
    if not _table(database):
        return
    for name in _TRIGGER_NAMES:
        database.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    database.execute_sql(f'DROP TABLE "{TABLE}"')
    database.execute_sql(TABLE_SQL)


def available(database: peewee.Database) -> bool:
    """Whether customers can be found by any word, digits or address part here."""
    return postgres.is_server(database) or _table(database)


def _table(database: peewee.Database) -> bool:
    return not postgres.is_server(database) and database.table_exists(TABLE)


def fill(database: peewee.Database, after_id: int = 0) -> None:
    """Index the customers whose id is above `after_id` (all, by default)."""
    database.execute_sql(
        f'INSERT INTO "{TABLE}" (rowid, name, phones, emails, locals) {_DOCUMENTS}', (after_id,)
    )


class Unindexed:
    """What a bulk load has kept out of the index while the triggers are off (see
    `suspended`): the customers above `indexed`, and those indexed before the load
    changed them (`stale`). Without a `database` (no index) there is nothing to do."""

    def __init__(self, database: peewee.Database | None = None, indexed: int = 0) -> None:
        self.database, self.indexed = database, indexed
        self.stale: set[int] = set()

    def catch_up(self, changed: Iterable[int] = ()) -> None:
        """Index the customers written since last time, while the load goes on rather
        than all at its end; `changed`: customers indexed before whose name, numbers or
        addresses have changed since, indexed again. Done a few thousand customers at a
        time: FTS5 writes what it holds in memory at each statement, and many small
        pieces cost a fifth more to merge."""
        if self.database is None:
            return
        self.stale.update(customer for customer in changed if customer <= self.indexed)
        last = _last_customer(self.database)
        if last - self.indexed >= _AT_ONCE:
            self._reindex()
            fill(self.database, self.indexed)
            self.indexed = last

    def finish(self) -> None:
        """Index what is left."""
        if self.database is None:
            return
        self._reindex()
        fill(self.database, self.indexed)
        self.indexed = _last_customer(self.database)

    def _reindex(self) -> None:
        """The stale customers' documents taken out and put in anew."""
        assert self.database is not None
        stale = sorted(self.stale)
        self.database.cursor().executemany(
            f'DELETE FROM "{TABLE}" WHERE rowid = ?', [(customer,) for customer in stale]
        )
        for start in range(0, len(stale), _BOUND):
            chunk = stale[start : start + _BOUND]
            document = _DOCUMENT.format(f"c.id IN ({', '.join('?' * len(chunk))})")
            self.database.execute_sql(
                f'INSERT INTO "{TABLE}" (rowid, name, phones, emails, locals) {document}', chunk
            )
        self.stale.clear()


_BOUND = 5_000  # ids bound to one statement
_AT_ONCE = 16_000  # customers a load indexes in one statement at least (see `catch_up`)


def _last_customer(database: peewee.Database) -> int:
    return int(database.execute_sql("SELECT coalesce(max(id), 0) FROM customer").fetchone()[0])


@contextlib.contextmanager
def suspended(database: peewee.Database) -> Iterator[Unindexed]:
    """For a bulk load of new customers inside one transaction: no trigger per row; the
    load's customers indexed as it goes (`Unindexed.catch_up`), else at once at the end
    (several times faster than row by row)."""
    if not _table(database):
        yield Unindexed()
        return
    unindexed = Unindexed(database, _last_customer(database))
    for name in _TRIGGER_NAMES:
        database.execute_sql(f'DROP TRIGGER "{name}"')
    try:
        yield unindexed
    except BaseException:
        # The load's transaction is rolled back (by SQLite itself when the disk is full,
        # which brings the triggers back already): the load's own error is what counts.
        with contextlib.suppress(peewee.DatabaseError):
            _create_triggers(database)
        raise
    _create_triggers(database)
    unindexed.finish()


def _create_triggers(database: peewee.Database) -> None:
    for sql in TRIGGERS:
        database.execute_sql(sql.replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS", 1))


# -- what to look for ------------------------------------------------------------------


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def names(words: tuple[str, ...]) -> str:
    """A match for customers with a word of their name starting with each of `words`."""
    return "name : (" + " AND ".join(_quoted(w) + " *" for w in words) + ")" if words else ""


def numbers(digits: str) -> str:
    """A match for customers with a phone number holding the run of `digits`."""
    return f"phones : {_quoted(digits)} *" if digits else ""


def addresses(words: tuple[str, ...], started: bool = True) -> str:
    """A match for customers with an address holding `words` in a row, the first one a
    word's start (the last one only a start when `started`: "ana@" is the whole word)."""
    if not words:
        return ""
    return "emails : " + _quoted(" ".join(words)) + (" *" if started else "")


def inside_addresses(words: tuple[str, ...], started: bool = True) -> str:
    """A match for customers with an address whose part before the @ holds `words` in a
    row, the first one from anywhere in a word ("kovacic40" in "aljazkovacic40@…"; the
    last one only a start when `started`)."""
    if not words:
        return ""
    return "locals : " + _quoted(" ".join(words)) + (" *" if started else "")


# -- asking ----------------------------------------------------------------------------


_LOCALS_PHRASE = re.compile(r'locals : "((?:[^"]|"")*)"')


def _on_file(expression: str) -> str:
    """The expression as the file's index is asked: a run inside an address's part
    before the @ as one word, its parts joined (the index keeps them joined)."""
    return _LOCALS_PHRASE.sub(lambda m: f'locals : "{m.group(1).replace(" ", "")}"', expression)


def matching_ids(database: peewee.Database, expression: str) -> tuple[str, list[str]]:
    """SQL listing the ids of the customers (deleted ones too, on a file) a match
    expression of `names`, `numbers`, `addresses` and `inside_addresses` (joined by OR)
    finds, and its arguments. On a server each part is a query of its own, of live
    customers, joined by UNION: each is answered from its trigram index (an OR of them
    would have read every customer)."""
    if not postgres.is_server(database):
        return MATCHING_IDS, [_on_file(expression)]
    parts = _server_parts(expression)
    if not parts:
        return "SELECT id FROM customer WHERE FALSE", []
    return " UNION ".join(sql for sql, _ in parts), [a for _, args in parts for a in args]


def matches(database: peewee.Database, expression: str, customer: str) -> tuple[str, list[str]]:
    """A test of whether the customer whose id is the SQL `customer` (a column of the
    query around it) is found by the match expression, asked of that one customer."""
    if not postgres.is_server(database):
        words = f'SELECT 1 FROM "{TABLE}" w WHERE w."{TABLE}" MATCH ? AND w.rowid = {customer}'
        return f"EXISTS ({words})", [_on_file(expression)]
    found, args = matching_ids(database, expression)
    return f"{customer} IN ({found})", args


_CLAUSE = re.compile(
    r'(name|phones|emails|locals) : (\((?:"(?:[^"]|"")*" \*(?: AND )?)+\)|"(?:[^"]|"")*"(?: \*)?)'
    r"(?: OR |$)"
)
_WORD = re.compile(r'"((?:[^"]|"")*)"( \*)?')
#: A word as the server compares it: the start of a word of the text (see
#: `enquirydesk_words`, which no sign of LIKE survives).
_WORD_START = "'% ' || trim(enquirydesk_words(?)) || '%'"


_LIVE = "deleted_at IS NULL AND "
_OTHERS_OF_LIVE = (
    "SELECT o.customer_id FROM customer_contact_info o JOIN customer c ON c.id = o.customer_id "
    "AND c.deleted_at IS NULL WHERE o.kind = "
)


def _server_parts(expression: str) -> list[tuple[str, list[str]]]:
    """The server's queries for a match expression, read back from the form `names`,
    `numbers`, `addresses` and `inside_addresses` write (nothing typed reaches it
    unquoted). A run inside an address is looked for in the address's words (its
    trigram index) and then in its part before the @."""
    parts: list[tuple[str, list[str]]] = []
    for column, body in _CLAUSE.findall(expression):
        words = [(w.replace('""', '"'), bool(star)) for w, star in _WORD.findall(body)]
        if column == "name":
            tests = " AND ".join(f"enquirydesk_words(name) LIKE {_WORD_START}" for _ in words)
            parts.append((f"SELECT id FROM customer WHERE {_LIVE}{tests}", [w for w, _ in words]))
        elif column == "phones":
            digits = "%" + "".join(filter(str.isdigit, words[0][0])) + "%"
            number = "replace(coalesce(phone, ''), '+', '')"
            parts.append((f"SELECT id FROM customer WHERE {_LIVE}{number} LIKE ?", [digits]))
            parts.append(
                (f"{_OTHERS_OF_LIVE}'phone' AND replace(o.value, '+', '') LIKE ?", [digits])
            )  # fmt: skip
        elif column == "locals":
            phrase, started = words[0]
            like = "'%' || replace(trim(enquirydesk_words(?)), ' ', '')" + (
                " || '%'" if started else ""
            )
            parts.append(
                (
                    f"SELECT id FROM customer WHERE {_LIVE}"
                    f"{_LOCAL_JOINED.format('email')} LIKE {like}",
                    [phrase],
                )
            )
            parts.append(
                (f"{_OTHERS_OF_LIVE}'email' AND {_LOCAL_JOINED.format('o.value')} LIKE {like}",
                 [phrase])
            )  # fmt: skip
        else:
            phrase, started = words[0]
            like = "'% ' || trim(enquirydesk_words(?)) || " + ("'%'" if started else "' %'")
            parts.append(
                (
                    f"SELECT id FROM customer WHERE {_LIVE}enquirydesk_words(email) LIKE {like}",
                    [phrase],
                )
            )
            parts.append(
                (f"{_OTHERS_OF_LIVE}'email' AND enquirydesk_words(o.value) LIKE {like}",
                 [phrase])
            )  # fmt: skip
    return parts
