"""Does a file have the tables, columns and indexes this version expects? (SQLite, read-only)"""

from __future__ import annotations

import sqlite3

from enquirydesk.i18n import translate
from enquirydesk.store.models import ALL_MODELS


def schema_problems(connection: sqlite3.Connection) -> list[str]:
    problems: list[str] = []
    tables = {
        name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    indexes = {
        name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='index'")
    }
    for model in ALL_MODELS:
        table = model._meta.table_name
        if table not in tables:
            #: A problem the check found; {table} is the database's own name of a table.
            problems.append(
                translate("SchemaCheck", "table {table} is missing").format(table=table)
            )
            continue
        have = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
        for column in model._meta.columns:
            if column not in have:
                #: A problem the check found; {column} is the database's own name of a column.
                problems.append(
                    translate("SchemaCheck", "column {column} is missing").format(
                        column=f"{table}.{column}"
                    )
                )
        for index in model._meta.fields_to_index():
            if index._name not in indexes:
                #: A problem the check found; {index} is the database's own name of an index.
                problems.append(
                    translate("SchemaCheck", "index {index} is missing").format(index=index._name)
                )
    return problems
