"""The physical limits each benchmark row is compared with (PERFORMANCE.md).

Each baseline does the same work as the program by the shortest route: the
standard library's `csv` and `sqlite3`, the same validation libraries, one
transaction, hand-written SQL — no layers, no change log, no progress.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import phonenumbers
from email_validator import EmailNotValidError, validate_email


def import_pipeline(csv_path: Path, db_path: Path, country: str = "ID") -> int:
    """Parse the CSV, check every phone and e-mail, insert every row in one transaction."""
    rows = []
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        phone_at, email_at = header.index("phone"), header.index("email")
        for fields in reader:
            if fields[phone_at]:
                number = phonenumbers.parse(fields[phone_at], country)
                if not phonenumbers.is_valid_number(number):
                    continue
                fields[phone_at] = phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.E164
                )
            if fields[email_at]:
                try:
                    validate_email(fields[email_at], check_deliverability=False)
                except EmailNotValidError:
                    continue
            rows.append(fields)
    connection = sqlite3.connect(db_path)
    try:
        columns = ", ".join(f'"{name}"' for name in header)
        connection.execute(f"CREATE TABLE IF NOT EXISTS history ({columns})")
        with connection:
            connection.executemany(
                f"INSERT INTO history VALUES ({', '.join('?' * len(header))})", rows
            )
    finally:
        connection.close()
    return len(rows)
