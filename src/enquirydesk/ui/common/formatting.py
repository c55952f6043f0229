"""Numbers, money, times and durations for the screen, in the user's locale (QLocale)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from enquirydesk.domain import money as money_rules


def tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


def money(cents: int | None, currency: str, locale: QLocale | None = None) -> str:
    if cents is None:
        return ""
    locale = locale or QLocale()
    return locale.toCurrencyString(cents / 100, currency, money_rules.decimals(currency))


def when(moment: datetime | None, locale: QLocale | None = None) -> str:
    """Date and time, short form. (Date and time apart: a QDateTime made from a Python
    datetime costs five times as much, and a table draws hundreds of these.)"""
    if moment is None:
        return ""
    locale = locale or QLocale()
    short = QLocale.FormatType.ShortFormat
    day = locale.toString(QDate(moment.year, moment.month, moment.day), short)
    return f"{day} {locale.toString(QTime(moment.hour, moment.minute), short)}"


def duration(seconds: int) -> str:
    """Business time at a glance: 45 min, 3 h 05 min, 52 h 10 min (hours the shop was
    open; counting them in days of 24 would mislead)."""
    minutes = max(0, seconds) // 60
    if minutes < 60:
        return tr("{m} min").format(m=minutes)
    hours, minutes = divmod(minutes, 60)
    return tr("{h} h {m:02d} min").format(h=hours, m=minutes)
