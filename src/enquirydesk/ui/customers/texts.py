"""The Customers page's words: counts with their plural forms, badge names and enquiry
statuses, each through Qt's translation (context "CustomerTexts")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from enquirydesk.domain.badges import ADVOCATE, REPEAT_BUYER, RETURNING_BUYER


class CustomerTexts(QObject):
    """Counts in words, each one message with its plural forms. (A QObject: Qt's
    extractor sees a count's plural forms in ``self.tr(text, "", n)``, not in a
    ``translate(context, text, "", n)`` whose count is a variable.)"""

    def enquiries(self, count: int) -> str:
        return self.tr("%Ln enquiries", "", count)

    def purchases(self, count: int) -> str:
        return self.tr("%Ln purchases", "", count)

    def followups(self, count: int) -> str:
        return self.tr("%Ln follow-ups", "", count)

    def feedback(self, count: int) -> str:
        return self.tr("%Ln feedback", "", count)

    def people(self, count: int) -> str:
        return self.tr("%Ln people they referred", "", count)


_words: CustomerTexts | None = None


def _counts() -> CustomerTexts:
    global _words
    if _words is None:
        _words = CustomerTexts()
    return _words


def enquiries_text(count: int) -> str:
    return _counts().enquiries(count)


def purchases_text(count: int) -> str:
    return _counts().purchases(count)


def followups_text(count: int) -> str:
    return _counts().followups(count)


def feedback_text(count: int) -> str:
    return _counts().feedback(count)


def people_text(count: int) -> str:
    return _counts().people(count)


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
