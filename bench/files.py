"""A history file in the import CSV format, as a shop would export it."""

from __future__ import annotations

import csv
import random
from datetime import datetime, timedelta
from pathlib import Path

from enquirydesk.domain import catalog
from enquirydesk.domain.importcsv import COLUMNS

FIRST = [
    "Ana",
    "Marko",
    "Eva",
    "Luka",
    "Nina",
    "Jure",
    "Maja",
    "Tina",
    "Nejc",
    "Sara",
    "Matej",
    "Petra",
    "Rok",
    "Urška",
    "Žiga",
    "Katja",
    "Budi",
    "Siti",
    "Dewi",
    "Agus",
    "Rina",
    "Joko",
    "Putri",
    "Adi",
    "Sri",
    "Wahyu",
    "Ayu",
    "Hendra",
    "Indah",
    "Rudi",
    "Fitri",
    "Bayu",
    "John",
    "Mary",
    "James",
    "Linda",
    "David",
    "Susan",
    "Peter",
    "Emma",
]
LAST = [
    "Novak",
    "Horvat",
    "Kos",
    "Zupan",
    "Krajnc",
    "Potočnik",
    "Kovačič",
    "Mlakar",
    "Vidmar",
    "Golob",
    "Turk",
    "Kralj",
    "Božič",
    "Santoso",
    "Wijaya",
    "Lestari",
    "Saputra",
    "Hidayat",
    "Kusuma",
    "Pratama",
    "Nugroho",
    "Halim",
    "Setiawan",
    "Gunawan",
    "Siregar",
    "Lubis",
    "Tanjung",
    "Sihombing",
    "Smith",
    "Brown",
    "Jones",
    "Taylor",
    "Wilson",
    "Evans",
    "Walker",
    "Wright",
    "Green",
    "Baker",
    "Hall",
    "Clark",
]
THINGS = ["fridge", "washing machine", "TV", "oven", "laptop", "phone", "bicycle", "sofa"]


def phone(number: int) -> str:
    """A valid mobile number, written the way people type them."""
    if number % 2:
        return f"+386 41 {100_000 + number % 900_000:06d}"
    return f"0812-{1000 + number % 9000:04d}-{number // 9000 % 10_000:04d}"


def make_import_csv(path: Path, rows: int, seed: int = 1, delimiter: str = ",") -> Path:
    """`rows` enquiries over the two years before 2026-11-01, from about 0.7·rows customers."""
    rng = random.Random(seed)
    start = datetime(2024, 11, 1, 8, 0)
    span = (datetime(2026, 11, 1) - start).total_seconds()
    people = max(1, int(rows * 0.7))
    channels = catalog.keys(catalog.CHANNELS)
    sources = catalog.keys(catalog.SOURCES)
    factors = catalog.keys(catalog.DECISION_FACTORS)
    reasons = catalog.keys(catalog.LOST_REASONS)
    moments = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(rows))
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=delimiter)
        out.writerow(COLUMNS)
        for received in moments:
            person = rng.randrange(people)
            name = f"{FIRST[person % len(FIRST)]} {LAST[person // len(FIRST) % len(LAST)]}"
            has_phone = rng.random() < 0.85
            email = f"c{person}@example.com" if not has_phone or rng.random() < 0.3 else ""
            received = received.replace(second=0, microsecond=0)
            answered = received + timedelta(minutes=rng.choice([0, 5, 20, 90, 600]))
            roll = rng.random()
            outcome = "purchased" if roll < 0.4 else "lost" if roll < 0.75 else "open"
            decided = answered + timedelta(hours=rng.choice([1, 20, 70]))
            purchased = outcome == "purchased"
            feedback = purchased and rng.random() < 0.3
            row = {
                "received_at": received.strftime("%Y-%m-%d %H:%M"),
                "channel": rng.choice(channels),
                "customer_name": name,
                "phone": phone(person) if has_phone else "",
                "email": email,
                "interest": rng.choice(THINGS),
                "staff": rng.choice(["Maja", "Budi", "Tina"]),
                "source": rng.choice(sources) if rng.random() < 0.6 else "",
                "first_response_at": answered.strftime("%Y-%m-%d %H:%M"),
                "outcome": outcome,
                "outcome_at": "" if outcome == "open" else decided.strftime("%Y-%m-%d %H:%M"),
                "value": f"{rng.randrange(20, 3000)}.{rng.randrange(100):02d}" if purchased else "",
                "purchase_channel": "in_store" if purchased else "",
                "lost_reason": rng.choice(reasons) if outcome == "lost" else "",
                "decision_factors": "|".join(rng.sample(factors, 2)) if purchased else "",
                "feedback_at": (decided + timedelta(days=3)).strftime("%Y-%m-%d %H:%M")
                if feedback
                else "",
                "rating": str(rng.randint(1, 5)) if feedback else "",
                "expectation": rng.choice(["worse", "as_expected", "better"]) if feedback else "",
                "nps": str(rng.randint(0, 10)) if feedback else "",
                "complaint": "no" if feedback else "",
                "notes": "",
            }
            out.writerow([row[c] for c in COLUMNS])
    return path


def make_import_xlsx(csv_path: Path, path: Path) -> Path:
    """The rows of an import CSV file as a workbook, dates as date cells, as a spreadsheet
    saves them."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("History")
    stamp = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        for number, cells in enumerate(csv.reader(handle)):
            for column, cell in enumerate(cells):
                if number and cell and cell[:2] == "20" and cell[4:5] == "-":
                    sheet.write_datetime(number, column, datetime.fromisoformat(cell), stamp)
                elif cell:
                    sheet.write_string(number, column, cell)
    book.close()
    return path
