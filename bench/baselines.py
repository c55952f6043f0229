"""The physical limits each benchmark row is compared with (PERFORMANCE.md).

Each baseline does the same work as the program by the shortest route: the
standard library's `csv` and `sqlite3`, the same validation libraries, one
transaction, hand-written SQL — no layers, no change log, no progress.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from enquirydesk.domain.search import parse, words
from enquirydesk.domain.validation import name_key


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


def report_sql(db_path: Path, month_start: str, month_end: str, target_seconds: int) -> dict:
    """The monthly figures for one month by hand-written SQL (no rounding, no layers)."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    live = "deleted_at IS NULL"
    month = (month_start, month_end)
    try:
        run = connection.execute
        figures: dict = {}
        figures["cohort"] = run(
            "SELECT channel_id, outcome, source_id, lost_reason_id, COUNT(*), "
            "COUNT(response_seconds), SUM(response_business_seconds <= ?), COUNT(referred_by_id) "
            f"FROM enquiry WHERE {live} AND received_at >= ? AND received_at < ? "
            "GROUP BY 1, 2, 3, 4",
            (target_seconds, *month),
        ).fetchall()
        answered = run(
            "SELECT response_seconds, response_business_seconds FROM enquiry "
            f"WHERE {live} AND received_at >= ? AND received_at < ? "
            "AND response_seconds IS NOT NULL",
            month,
        ).fetchall()
        for column in (0, 1):
            values = sorted(row[column] for row in answered)
            n = len(values)
            if n:
                figures[f"median{column}"] = (values[(n + 1) // 2 - 1] + values[n // 2]) / 2
                figures[f"p90{column}"] = values[-(-9 * n // 10) - 1]
        figures["sales"] = run(
            "SELECT COUNT(*), SUM(purchase_value_cents) FROM enquiry WHERE "
            f"{live} AND outcome = 'purchased' AND outcome_at >= ? AND outcome_at < ?",
            month,
        ).fetchone()
        figures["factors"] = run(
            "SELECT f.factor_id, COUNT(*) FROM enquiry_factor f JOIN enquiry e "
            "ON e.id = f.enquiry_id WHERE e.deleted_at IS NULL AND e.received_at >= ? "
            "AND e.received_at < ? AND e.outcome = 'purchased' GROUP BY 1",
            month,
        ).fetchall()
        figures["feedback"] = run(
            "SELECT COUNT(*), COUNT(rating), SUM(rating >= 4), COUNT(recommend), "
            "SUM(recommend >= 9), SUM(recommend <= 6), SUM(expectation = 'worse'), "
            "SUM(expectation = 'as_expected'), SUM(expectation = 'better'), SUM(complaint) "
            "FROM feedback f JOIN enquiry e ON e.id = f.enquiry_id WHERE f.deleted_at IS NULL "
            "AND e.deleted_at IS NULL AND f.recorded_at >= ? AND f.recorded_at < ?",
            month,
        ).fetchone()
        figures["resolved"] = run(
            "SELECT COUNT(*) FROM feedback f JOIN enquiry e ON e.id = f.enquiry_id "
            "WHERE f.deleted_at IS NULL AND e.deleted_at IS NULL "
            "AND f.complaint_resolved_at >= ? AND f.complaint_resolved_at < ?",
            month,
        ).fetchone()
        figures["repeat"] = run(
            "SELECT COUNT(*) FROM (SELECT customer_id FROM enquiry e WHERE deleted_at IS NULL "
            "AND outcome = 'purchased' AND outcome_at >= ? AND outcome_at < ? "
            "GROUP BY customer_id HAVING (SELECT COUNT(*) FROM enquiry p WHERE "
            "p.customer_id = e.customer_id AND p.deleted_at IS NULL AND p.outcome = 'purchased' "
            "AND p.outcome_at < ?) >= 2)",
            (*month, month_end),
        ).fetchone()
        figures["followups"] = run(
            "SELECT (SELECT COUNT(*) FROM follow_up WHERE deleted_at IS NULL AND due_at >= ? "
            "AND due_at < ? AND cancelled_at IS NULL), "
            "(SELECT COUNT(*) FROM follow_up WHERE deleted_at IS NULL AND done_at >= ? "
            "AND done_at < ?), "
            "(SELECT COUNT(*) FROM follow_up WHERE deleted_at IS NULL AND due_at < ?2 "
            "AND (done_at IS NULL OR done_at >= ?2) AND (cancelled_at IS NULL "
            "OR cancelled_at >= ?2))",
            (*month, *month),
        ).fetchone()
    finally:
        connection.close()
    return figures


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _after(prefix: str) -> str:
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _search_parts(
    text: str, country_code: int, trunk: str
) -> tuple[list[tuple[str, str]], str, str]:
    """What a search box's `text` asks of the indexes, read as the program reads it
    (`domain.search.parse`): (column, start) ranges on the customer's indexes, a match
    for the customers' word index, and a phrase for the enquiries' trigram index."""
    terms = parse(text, country_code, trunk)
    typed = text.strip()
    if terms.email_words:
        star = " *" if typed[-1].isalnum() else ""
        words_of = f"emails : {_quoted(' '.join(terms.email_words))}{star}"
        before, at, after = typed.partition("@")
        if len(" ".join(words(before))) >= 3 and not words(after):  # a run before the @
            words_of += f" OR locals : {_quoted(' '.join(words(before)))}{'' if at else star}"
        return [("email", typed.lower())], words_of, ""
    if terms.digits and terms.digits_start:
        run = f"phones : {_quoted(terms.typed_digits)} *" if terms.typed_digits else ""
        return [("phone", "+" + terms.digits)], run, ""
    if terms.digits:
        ranges = [("phone", f"+{country_code}{terms.digits}"), ("phone", "+" + terms.digits)]
        return ranges, f"phones : {_quoted(terms.digits)} *", ""
    if not typed:
        return [], "", ""
    found = words(typed)
    words_of = ""
    if max(map(len, found), default=0) >= 3:
        starts = " AND ".join(_quoted(word) + " *" for word in found)
        phrase = _quoted(" ".join(found))
        words_of = f"name : ({starts}) OR emails : {phrase} * OR locals : {phrase} *"
    return [("name_key", name_key(typed))], words_of, _quoted(typed) if len(typed) >= 3 else ""


def search_count(connection: sqlite3.Connection, text: str, country_code: int, trunk: str) -> int:
    """How many live enquiries a search box's `text` finds, by hand-written SQL over the
    file's own indexes: the customers by the start of a name, number or address (a
    range on its index) or by a word of them (the customers' word index), or the words
    inside what was asked about (the trigram index). No layers, no first screenful, no
    order: one count."""
    ranges, customer_words, enquiry_words = _search_parts(text, country_code, trunk)
    customers: list[str] = []
    args: list[object] = []
    for column, start in ranges:
        customers.append(
            f"SELECT id FROM customer WHERE deleted_at IS NULL AND {column} >= ? AND {column} < ?"
        )
        args += [start, _after(start)]
    if customer_words:
        customers.append("SELECT rowid FROM customer_words WHERE customer_words MATCH ?")
        args.append(customer_words)
    ids = []
    if customers:
        ids.append(f"SELECT id FROM enquiry WHERE customer_id IN ({' UNION '.join(customers)})")
    if enquiry_words:
        ids.append("SELECT rowid FROM enquiry_text WHERE enquiry_text MATCH ?")
        args.append(enquiry_words)
    sql = "SELECT COUNT(*) FROM enquiry WHERE deleted_at IS NULL"
    if ids:
        sql += f" AND id IN ({' UNION '.join(ids)})"
    return int(connection.execute(sql, args).fetchone()[0])


def bulk_insert(db_path: Path, rows: Sequence[tuple]) -> None:
    """Write `rows` (made beforehand) into a new file's one table, in one transaction:
    the least that writing that many rows of the enquiry table's width costs."""
    width = len(rows[0])
    columns = ", ".join(f"c{number}" for number in range(1, width))
    connection = sqlite3.connect(db_path)
    try:
        connection.execute(f"CREATE TABLE enquiry (id INTEGER PRIMARY KEY, {columns})")
        with connection:
            connection.executemany(f"INSERT INTO enquiry VALUES ({', '.join('?' * width)})", rows)
    finally:
        connection.close()
