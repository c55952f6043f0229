"""Every table of the shop's data read out whole, and written back whole into an empty file.

"Export all data" (services/all_data.py) reads each table here, parents before children,
as raw rows in id order from a cursor (never a list: a million enquiries bring three
million rows): times as the stored ``YYYY-MM-DD HH:MM:SS`` text, money as integer
cents, booleans as 0/1. Soft-deleted rows come too, with their ``deleted_at``, so that
the data comes back exactly. What stays behind: the undo history (``operation`` and
``change``), the file's own ``schema_info``, and every secret — staff PIN hashes and the
PIN-related settings — so that a spreadsheet copy never carries them.

`Restore` writes such rows back, with their ids, into a database that holds no
customers and no enquiries, inside `store.bulk.bulk_transaction`: every row's foreign
keys must point at a row of the file (or one the database keeps), else nothing is
written and the error names the sheet and row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

import peewee

from enquirydesk.domain.errors import ConflictError
from enquirydesk.domain.importcsv import FileProblem
from enquirydesk.i18n import translate
from enquirydesk.store import postgres, search_index
from enquirydesk.store.bulk import BulkWriter, db_time
from enquirydesk.store.models import (
    ALL_MODELS,
    BaseModel,
    CatalogItem,
    Change,
    Customer,
    Enquiry,
    Operation,
    SchemaInfo,
    Setting,
    Staff,
)

#: The shop's data, parents before children (a row only points at rows of tables above
#: it, or of its own table: a customer at the one who recommended them).
MODELS: tuple[type[BaseModel], ...] = tuple(
    model for model in ALL_MODELS if model not in (SchemaInfo, Operation, Change)
)  # the schema's version and the change log stay with the file they describe
#: Columns never exported: the staff's PIN hashes.
SECRET_COLUMNS = {"staff": frozenset({"pin_hash"})}
#: Settings whose keys start so hold PIN-related secrets (the owner's recovery key
#: hash, services/security.py): never exported, never replaced by an import.
SECRET_SETTINGS = "security."
BATCH = 2_000  # rows per fetch and per insert


class Column(NamedTuple):
    """One exported column: its name in the table, and what it holds.

    Kinds: ``int`` (ids, foreign keys, counts, cents), ``bool`` (0/1), ``time``
    (``YYYY-MM-DD HH:MM:SS`` text) and ``text``. `default` is the storage-form value a
    file of an older schema without the column gets.
    """

    name: str
    kind: str
    nullable: bool
    default: Any
    refers_to: str | None = None  # the table a foreign key points into


class Table(NamedTuple):
    name: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _kind(field: peewee.Field) -> str:
    if isinstance(field, peewee.BooleanField):
        return "bool"
    if isinstance(field, peewee.DateTimeField):
        return "time"
    if isinstance(field, peewee.IntegerField | peewee.AutoField | peewee.ForeignKeyField):
        return "int"
    return "text"


def _default(field: peewee.Field) -> Any:
    value = field.default() if callable(field.default) else field.default
    if isinstance(value, bool):
        return int(value)
    return value


def _table(model: type[BaseModel]) -> Table:
    secret = SECRET_COLUMNS.get(model._meta.table_name, frozenset())
    columns = []
    for field in model._meta.sorted_fields:
        if field.column_name in secret:
            continue
        refers_to = None
        if isinstance(field, peewee.ForeignKeyField):
            refers_to = field.rel_model._meta.table_name
        columns.append(
            Column(field.column_name, _kind(field), bool(field.null), _default(field), refers_to)
        )
    return Table(model._meta.table_name, tuple(columns))


TABLES: tuple[Table, ...] = tuple(_table(m) for m in MODELS)
BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
_MODEL: dict[str, type[BaseModel]] = {m._meta.table_name: m for m in MODELS}


def is_secret_setting(key: str) -> bool:
    return key.startswith(SECRET_SETTINGS)


def _select(table: Table, what: str) -> str:
    sql = f'SELECT {what} FROM "{table.name}"'
    if table.name == "setting":
        sql += f" WHERE substr(key, 1, {len(SECRET_SETTINGS)}) <> '{SECRET_SETTINGS}'"
    return sql


def count(table: Table) -> int:
    """How many rows `rows` gives for the table."""
    cursor = Setting._meta.database.execute_sql(_select(table, "count(*)"))
    try:
        return int(cursor.fetchone()[0])
    finally:
        cursor.close()


def rows(table: Table, batch: int = BATCH) -> Iterator[tuple[Any, ...]]:
    """The table's rows in id order, as stored, `table.columns` each (secrets left out).

    Read inside ``Store.snapshot()`` so that every table comes from one state of the file,
    and close the iterator when stopping early (an open cursor holds back checkpoints)."""
    names = ", ".join(f'"{c}"' for c in table.column_names)
    database = Setting._meta.database
    cursor = database.execute_sql(_select(table, names) + ' ORDER BY "id"')
    # A server gives times and truth values as Python's; as stored in a file, they are text
    # and 0/1 (what an export writes, whichever engine it came from).
    kinds = [c.kind for c in table.columns] if postgres.is_server(database) else None
    try:
        while found := cursor.fetchmany(batch):
            if kinds is None:
                yield from found
            else:
                yield from (
                    tuple(_as_stored(v, k) for v, k in zip(row, kinds, strict=True))
                    for row in found
                )
    finally:
        cursor.close()


def _as_stored(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "time":
        return db_time(value)
    if kind == "bool":
        return int(value)
    return value


def holds_shop_data() -> bool:
    """Whether the file holds any customer or enquiry (deleted ones too)."""
    return Customer.select(Customer.id).exists() or Enquiry.select(Enquiry.id).exists()


class _Ids:
    """The ids of one table's rows: a bit each for the usual small, dense ids (a million
    ids in 125 kB), a set for any others."""

    DENSE = 1 << 28

    def __init__(self, ids: Iterable[int] = ()) -> None:
        self.bits = bytearray()
        self.far: set[int] = set()
        for row_id in ids:
            self.add(row_id)

    def add(self, row_id: int) -> bool:
        """Take `row_id` in; False when it was there already."""
        if not 0 <= row_id < self.DENSE:
            if row_id in self.far:
                return False
            self.far.add(row_id)
            return True
        byte, bit = row_id >> 3, 1 << (row_id & 7)
        if byte >= len(self.bits):
            self.bits.extend(bytes(max(byte + 1 - len(self.bits), len(self.bits))))
        if self.bits[byte] & bit:
            return False
        self.bits[byte] |= bit
        return True

    def __contains__(self, row_id: int) -> bool:
        if not 0 <= row_id < self.DENSE:
            return row_id in self.far
        byte = row_id >> 3
        return byte < len(self.bits) and bool(self.bits[byte] & (1 << (row_id & 7)))


#: One row of a file: its row number there (for messages) and its values in storage form,
#: in the order of its table's `columns`.
NumberedRow = tuple[int, Sequence[Any]]


def _no_row(place: str, row: int, column: str, table: str, value: Any) -> FileProblem:
    return FileProblem(
        translate(
            "AllData",
            "{sheet}, row {row}: {column} is {value}, but there is no such row in {table}; "
            "nothing was imported.",
        ).format(sheet=place, row=row, column=column, value=value, table=table)
    )


class Restore:
    """Writes the tables of an export, in `TABLES` order, into a database without shop
    data; use inside `bulk_transaction` (which rolls everything back on any error).

    The file's settings replace the database's settings of the same keys, and its staff
    and catalogues (channels, sources, factors, reasons) replace the database's own. The
    database's PIN-related settings stay as they are, and so do its PINs: the owner's
    goes to the file's owner, a staff member's to the one of the same name. The
    database's change history goes (it only set up what the file replaces, and undoing
    it would now touch the file's rows).
    """

    def __init__(self, writer: BulkWriter) -> None:
        self.writer = writer
        self.ids: dict[str, _Ids] = {}
        self.counts: dict[str, int] = {}
        self._owner_pin: str | None = None
        self._staff_pins: dict[str, str] = {}
        self._kept: list[tuple[str, str]] = []  # the database's settings the file lacks

    def start(self) -> None:
        """Refuse a database with shop data; forget its history; keep its PINs aside."""
        if holds_shop_data():
            raise ConflictError(
                translate(
                    "AllData",
                    "This database already holds customers or enquiries; all data can only "
                    "be brought back into a new, empty one.",
                )
            )
        for name, role, pin in Staff.select(Staff.name, Staff.role, Staff.pin_hash).tuples():
            if pin and role == "owner" and self._owner_pin is None:
                self._owner_pin = pin
            elif pin:
                self._staff_pins.setdefault(name.casefold(), pin)
        Change.delete().execute()
        Operation.delete().execute()

    def _parent_ids(self, table: str) -> _Ids:
        """The ids a foreign key into `table` may take: the file's rows, or for a table the
        file does not hold, the database's own."""
        if table not in self.ids:
            model = _MODEL[table]
            self.ids[table] = _Ids(i for (i,) in model.select(model.id).tuples())
        return self.ids[table]

    def load(self, table: Table, parts: Iterable[tuple[str, Iterable[NumberedRow]]]) -> int:
        """Write the file's rows of `table`, given as the sheets (or files) they are on:
        (place, rows), the place named in messages. Returns how many rows were written."""
        model = _MODEL[table.name]
        if table.name == "staff" or issubclass(model, CatalogItem):
            model.delete().execute()  # the file's replace the database's own
        ids = self.ids[table.name] = _Ids()
        parents = [
            (position, column.name, column.refers_to, self._parent_ids(column.refers_to))
            for position, column in enumerate(table.columns)
            if column.refers_to is not None and column.refers_to != table.name
        ]
        own = [
            (position, column.name)
            for position, column in enumerate(table.columns)
            if column.refers_to == table.name
        ]
        later: list[tuple[str, int, str, int]] = []  # rows pointing into their own table
        batch: list[Sequence[Any]] = []
        written = 0
        for place, rows in parts:
            if table.name == "setting":
                rows = self._settings(list(rows))
            for number, values in rows:
                if not ids.add(values[0]):
                    raise FileProblem(
                        translate(
                            "AllData",
                            "{sheet}, row {row}: the id {id} is there twice; nothing was imported.",
                        ).format(sheet=place, row=number, id=values[0])
                    )
                for position, name, refers, known in parents:
                    value = values[position]
                    if value is not None and value not in known:
                        raise _no_row(place, number, name, refers, value)
                for position, name in own:
                    if values[position] is not None:
                        later.append((place, number, name, values[position]))
                batch.append(values)
                if len(batch) >= BATCH:
                    written += self._insert(model, table, batch, place)
            written += self._insert(model, table, batch, place)
        for place, number, name, value in later:
            if value not in ids:
                raise _no_row(place, number, name, table.name, value)
        if table.name == "setting":
            self._keep_settings()
        self.counts[table.name] = written
        return written

    def _insert(
        self, model: type[BaseModel], table: Table, batch: list[Sequence[Any]], place: str
    ) -> int:
        if not batch:
            return 0
        try:
            self.writer.insert(model, table.column_names, batch)
        except peewee.IntegrityError as error:
            raise FileProblem(
                translate(
                    "AllData",
                    "{sheet} holds rows the database cannot take ({reason}); nothing was imported.",
                ).format(sheet=place, reason=error)
            ) from None
        done = len(batch)
        batch.clear()
        return done

    def _settings(self, rows: list[NumberedRow]) -> list[NumberedRow]:
        """The file's settings but secret ones; the database's others wait to go back in
        after them (under new ids: the file's own keep theirs)."""
        wanted = [(n, v) for n, v in rows if not is_secret_setting(str(v[1]))]
        keys = {str(v[1]) for _, v in wanted}
        self._kept = [
            (key, value)
            for key, value in Setting.select(Setting.key, Setting.value).tuples()
            if key not in keys or is_secret_setting(key)
        ]
        Setting.delete().execute()
        return wanted

    def _keep_settings(self) -> None:
        if self._kept:
            self.writer.insert(Setting, ("key", "value"), self._kept)
        for (row_id,) in Setting.select(Setting.id).tuples():
            self.ids["setting"].add(row_id)

    def finish(self) -> None:
        """The database's PINs onto the file's staff; the enquiries' words searchable."""
        owner = (
            Staff.select(Staff.id)
            .where((Staff.role == "owner") & Staff.active)
            .order_by(Staff.id)
            .first()
        )
        if owner is not None and self._owner_pin:
            Staff.update(pin_hash=self._owner_pin).where(Staff.id == owner.id).execute()
        if self._staff_pins:
            for staff_id, name in Staff.select(Staff.id, Staff.name).tuples():
                pin = self._staff_pins.get(name.casefold())
                if pin and (owner is None or staff_id != owner.id):
                    Staff.update(pin_hash=pin).where(Staff.id == staff_id).execute()
        database = Setting._meta.database
        search_index.catch_up(database, batch=max(1, self.counts.get("enquiry", 0)))

    def has_staff(self, staff_id: int | None) -> bool:
        return staff_id is not None and staff_id in self._parent_ids("staff")


__all__ = [
    "BY_NAME",
    "SECRET_SETTINGS",
    "TABLES",
    "Column",
    "Restore",
    "Table",
    "count",
    "holds_shop_data",
    "is_secret_setting",
    "rows",
]
