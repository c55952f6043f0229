"""Does a file have the tables, columns and indexes this version expects? (SQLite, read-only)"""

from __future__ import annotations

import sqlite3

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
            problems.append(f"table {table} is missing")
            continue
        have = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
        for column in model._meta.columns:
            if column not in have:
                problems.append(f"column {table}.{column} is missing")
        for index in model._meta.fields_to_index():
            if index._name not in indexes:
                problems.append(f"index {index._name} is missing")
    return problems
