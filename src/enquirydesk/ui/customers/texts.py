"""The Customers page's words: counts said right in English too, dates, badge names
and enquiry statuses, each through Qt's translation."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from enquirydesk.domain.badges import ADVOCATE, REPEAT_BUYER, RETURNING_BUYER


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerTexts", text)


def _n(text: str, count: int) -> str:
    return QCoreApplication.translate("CustomerTexts", text, "", count)


# "1 enquiry" apart: without a translation file Qt says "1 enquiries" for %n.
def enquiries_text(count: int) -> str:
    return _tr("1 enquiry") if count == 1 else _n("%n enquiries", count)


def purchases_text(count: int) -> str:
    return _tr("1 purchase") if count == 1 else _n("%n purchases", count)


def followups_text(count: int) -> str:
    return _tr("1 follow-up") if count == 1 else _n("%n follow-ups", count)


def feedback_text(count: int) -> str:
    return _tr("1 feedback") if count == 1 else _n("%n feedback", count)


def people_text(count: int) -> str:
    return _tr("1 person they referred") if count == 1 else _n("%n people they referred", count)


def day(moment: date | datetime | None, locale: QLocale | None = None) -> str:
    """A date alone, in the user's locale; ISO where there is none (the "C" locale)."""
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        moment = moment.date()
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return moment.isoformat()
    return locale.toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
    )


def badge_names() -> dict[str, str]:
    """Each badge's short name, as the list and the card show it."""
    return {
        RETURNING_BUYER: _tr("Returning buyer"),
        REPEAT_BUYER: _tr("Repeat buyer"),
        ADVOCATE: _tr("Advocate"),
    }


def badge_short_names() -> dict[str, str]:
    """Each badge in a word, for the directory's narrow column."""
    return {
        RETURNING_BUYER: _tr("Returning"),
        REPEAT_BUYER: _tr("Repeat"),
        ADVOCATE: _tr("Advocate"),
    }


def badge_tips() -> dict[str, str]:
    """What each badge means, in words (the tooltip)."""
    return {
        RETURNING_BUYER: _tr("Bought from us, and enquired again after that"),
        REPEAT_BUYER: _tr("Bought from us two or more times"),
        ADVOCATE: _tr("Recommended us to someone, or would recommend us with a 9 or 10"),
    }


def status_text(status: str) -> str:
    return {
        "awaiting": _tr("Awaiting response"),
        "open": _tr("Open"),
        "purchased": _tr("Purchased"),
        "lost": _tr("Lost"),
    }.get(status, status)
