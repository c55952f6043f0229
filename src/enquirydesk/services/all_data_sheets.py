"""What an export of all data is made of, described: the about sheet's name and header, the
mark that names the format, what each table's sheet holds (in the reader's language, for
the about sheet), and how a file is recognised as such an export (`is_all_data`) without
reading its rows.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from enquirydesk.i18n import QT_TRANSLATE_NOOP

ABOUT = "about"
ABOUT_HEADER = ("item", "value", "about")
#: What the about sheet's first column calls the file, the data version and so on.
FORMAT_MARK = "EnquiryDesk all data"

#: What each sheet holds, for the about sheet (in the user's language).
SHEETS = {
    "setting": QT_TRANSLATE_NOOP(
        "AllData",
        "The shop's settings: a key and its value (JSON) a row. PIN-related settings are left out.",
    ),
    "staff": QT_TRANSLATE_NOOP(
        "AllData", "Who works in the shop, their role and since when; PINs are not exported."
    ),
    "channel": QT_TRANSLATE_NOOP(
        "AllData",
        "The channels enquiries come in by (an empty name: the built-in name, in the "
        "reader's language).",
    ),
    "source": QT_TRANSLATE_NOOP("AllData", "How customers heard of the shop."),
    "decision_factor": QT_TRANSLATE_NOOP("AllData", "Why buyers chose the shop."),
    "lost_reason": QT_TRANSLATE_NOOP("AllData", "Why sales were lost."),
    "customer": QT_TRANSLATE_NOOP(
        "AllData",
        "Everyone who ever enquired, with their first phone and e-mail; referred_by_id is "
        "who recommended them, merged_into_id whom they were merged into.",
    ),
    "customer_contact_info": QT_TRANSLATE_NOOP(
        "AllData", "Customers' other phone numbers and e-mail addresses."
    ),
    "customer_distinct": QT_TRANSLATE_NOOP(
        "AllData", "Pairs of customers staff said are two different people."
    ),
    "enquiry": QT_TRANSLATE_NOOP(
        "AllData",
        "Every enquiry: when and how it came in, who answered and how fast (seconds), the "
        "outcome; money in hundredths of the currency (…_cents).",
    ),
    "enquiry_factor": QT_TRANSLATE_NOOP(
        "AllData", "Why each buyer chose the shop: a row per purchase and decision factor."
    ),
    "contact": QT_TRANSLATE_NOOP(
        "AllData", "Calls, messages, e-mails, visits, quotes and notes on each enquiry."
    ),
    "follow_up": QT_TRANSLATE_NOOP(
        "AllData", "Follow-ups: when due, snoozed, done (with the result) or cancelled."
    ),
    "feedback": QT_TRANSLATE_NOOP(
        "AllData",
        "What buyers said: rating (1-5), better or worse than expected, would recommend "
        "(0-10), complaints and how they were resolved.",
    ),
}


def zip_names(path: Path) -> list[str] | None:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.namelist()
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        return None


def is_all_data(path: Path) -> bool:
    """Whether `path` is an export of all data: a workbook with the about and enquiry
    sheets, or a ZIP with about.csv and enquiry.csv."""
    names = zip_names(Path(path))
    if names is None:
        return False
    if f"{ABOUT}.csv" in names and "enquiry.csv" in names:
        return True
    if "xl/workbook.xml" not in names:
        return False
    try:
        from python_calamine import CalamineWorkbook

        with CalamineWorkbook.from_path(str(path)) as book:
            sheets = set(book.sheet_names)
    except Exception:  # any workbook calamine cannot read is not ours
        return False
    return ABOUT in sheets and "enquiry" in sheets
