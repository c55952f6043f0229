"""The Customers page's words: counts with their plural forms, badge names and enquiry
statuses, each translated (context "CustomerTexts")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from enquirydesk.domain.badges import ADVOCATE, REPEAT_BUYER, RETURNING_BUYER
from enquirydesk.i18n import Texts

CustomerTexts = Texts("CustomerTexts")  # counts in words, each with its plural forms


def enquiries_text(count: int) -> str:
    return CustomerTexts.tr("%Ln enquiries", None, count)


def purchases_text(count: int) -> str:
    return CustomerTexts.tr("%Ln purchases", None, count)


def followups_text(count: int) -> str:
    return CustomerTexts.tr("%Ln follow-ups", None, count)


def feedback_text(count: int) -> str:
    return CustomerTexts.tr("%Ln feedback", None, count)


def people_text(count: int) -> str:
    return CustomerTexts.tr("%Ln people they referred", None, count)


def badge_names() -> dict[str, str]:
    """Each badge's short name, as the list and the card show it."""
    return {
        RETURNING_BUYER: QCoreApplication.translate("CustomerTexts", "Returning buyer"),
        REPEAT_BUYER: QCoreApplication.translate("CustomerTexts", "Repeat buyer"),
        ADVOCATE: QCoreApplication.translate("CustomerTexts", "Advocate"),
    }


def badge_short_names() -> dict[str, str]:
    """Each badge in a word, for the directory's narrow column."""
    return {
        RETURNING_BUYER: QCoreApplication.translate("CustomerTexts", "Returning"),
        REPEAT_BUYER: QCoreApplication.translate("CustomerTexts", "Repeat"),
        ADVOCATE: QCoreApplication.translate("CustomerTexts", "Advocate"),
    }


def badge_tips() -> dict[str, str]:
    """What each badge means, in words (the tooltip)."""
    return {
        RETURNING_BUYER: QCoreApplication.translate(
            "CustomerTexts", "Bought from us, and enquired again after that"
        ),
        REPEAT_BUYER: QCoreApplication.translate(
            "CustomerTexts", "Bought from us two or more times"
        ),
        ADVOCATE: QCoreApplication.translate(
            "CustomerTexts", "Recommended us to someone, or would recommend us with a 9 or 10"
        ),
    }


def status_text(status: str) -> str:
    return {
        "awaiting": QCoreApplication.translate("CustomerTexts", "Awaiting response"),
        "open": QCoreApplication.translate("CustomerTexts", "Open"),
        "purchased": QCoreApplication.translate("CustomerTexts", "Purchased"),
        "lost": QCoreApplication.translate("CustomerTexts", "Lost"),
    }.get(status, status)
