"""Every user setting, declared once: key, type, default and a title for the Settings page.

Values are stored as JSON in the database's settings table; window state (sizes,
splitters, remembered filters) is kept apart, in the UI layer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.followups import FollowUpRules
from enquirydesk.domain.formats import Formats, shop_formats
from enquirydesk.domain.hours import OpeningHours
from enquirydesk.domain.money import currency_of
from enquirydesk.domain.public_holidays import public_holidays
from enquirydesk.i18n import QT_TRANSLATE_NOOP, Texts, current_language, translate

Settings = Texts("Settings")


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    # The title in English, marked for translation under "Settings"; `label` shows it.
    title: str
    check: Callable[[Any], Any] = lambda value: value

    @property
    def label(self) -> str:
        """The title in the user's language."""
        return translate("Settings", self.title)


def _int_between(lo: int, hi: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise ValidationError(
                "setting",
                "setting.range",
                translate("Settings", "Use a whole number from {low} to {high}.").format(
                    low=lo, high=hi
                ),
            )
        return value

    return check


def _text(max_length: int) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or len(value) > max_length:
            raise ValidationError(
                "setting",
                "setting.text",
                Settings.tr("Use text of at most %Ln characters.", None, max_length),
            )
        return value.strip()

    return check


def _country(value: Any) -> str:
    if not isinstance(value, str) or (value and (len(value) != 2 or not value.isalpha())):
        raise ValidationError(
            "setting",
            "setting.country",
            translate("Settings", "Use a two-letter country code like ID or SI."),
        )
    return value.upper()


def _currency(value: Any) -> str:
    if not isinstance(value, str) or len(value) != 3 or not value.isalpha():
        raise ValidationError(
            "setting",
            "setting.currency",
            translate("Settings", "Use a three-letter currency code like IDR or EUR."),
        )
    return value.upper()


def _flag(value: Any) -> bool:
    # bool("no") is True: only real booleans are accepted.
    if not isinstance(value, bool):
        raise ValidationError("setting", "setting.flag", translate("Settings", "Use yes or no."))
    return value


def _hours(value: Any) -> dict[str, Any]:
    return OpeningHours.from_spec(value).to_spec()


SHOP_NAME = Setting("shop.name", "", QT_TRANSLATE_NOOP("Settings", "Shop name"), _text(120))
COUNTRY = Setting(
    "shop.country", "", QT_TRANSLATE_NOOP("Settings", "Country (for phone numbers)"), _country
)
CURRENCY = Setting("shop.currency", "EUR", QT_TRANSLATE_NOOP("Settings", "Currency"), _currency)
LANGUAGE = Setting("ui.language", "", QT_TRANSLATE_NOOP("Settings", "Language"), _text(10))
HOURS = Setting(
    "hours",
    OpeningHours.default().to_spec(),
    QT_TRANSLATE_NOOP("Settings", "Opening hours and holidays"),
    _hours,
)
# Closed on the public holidays of the shop's country (off for a file made before it
# existed, so that its figures stay as they were; the first-run page turns it on).
# (Plain comments here: lupdate would give a "#:" line to translators.)
PUBLIC_HOLIDAYS = Setting(
    "hours.public_holidays",
    False,
    QT_TRANSLATE_NOOP("Settings", "Closed on public holidays"),
    _flag,
)
RESPONSE_TARGET = Setting(
    "followup.response_target_minutes",
    60,
    QT_TRANSLATE_NOOP("Settings", "Response target (business minutes)"),
    _int_between(1, 10_000),
)
DECISION_DAYS = Setting(
    "followup.decision_business_days",
    2,
    QT_TRANSLATE_NOOP("Settings", "Check the decision after (business days)"),
    _int_between(1, 60),
)
CHECK_IN_DAYS = Setting(
    "followup.check_in_days",
    3,
    QT_TRANSLATE_NOOP("Settings", "After-sales check-in after (days)"),
    _int_between(1, 365),
)
RETENTION_DAYS = Setting(
    "followup.retention_days",
    90,
    QT_TRANSLATE_NOOP("Settings", "Retention contact after (days)"),
    _int_between(1, 3650),
)
COMPLAINT_DAYS = Setting(
    "followup.complaint_business_days",
    1,
    QT_TRANSLATE_NOOP("Settings", "Handle complaints within (business days)"),
    _int_between(1, 30),
)
BACKUP_FOLDER = Setting(
    "backup.folder", "", QT_TRANSLATE_NOOP("Settings", "Backup folder"), _text(1000)
)
BACKUP_DAILY = Setting(
    "backup.keep_daily",
    12,
    QT_TRANSLATE_NOOP("Settings", "Daily backups to keep"),
    _int_between(0, 365),
)
BACKUP_WEEKLY = Setting(
    "backup.keep_weekly",
    10,
    QT_TRANSLATE_NOOP("Settings", "Weekly backups to keep"),
    _int_between(0, 520),
)
BACKUP_MONTHLY = Setting(
    "backup.keep_monthly",
    9,
    QT_TRANSLATE_NOOP("Settings", "Monthly backups to keep"),
    _int_between(0, 240),
)
FIRST_RUN_DONE = Setting(
    "ui.first_run_done", False, QT_TRANSLATE_NOOP("Settings", "First-run page completed"), _flag
)
# Reminders keep coming while the window is closed (where the desktop has a tray).
KEEP_IN_TRAY = Setting(
    "ui.keep_in_tray",
    True,
    QT_TRANSLATE_NOOP("Settings", "Closing the window keeps EnquiryDesk in the tray"),
    _flag,
)

# Customers who never bought are forgotten after this many months without an enquiry
# (0: never; services/retention.py).
FORGET_AFTER_MONTHS = Setting(
    "privacy.forget_after_months",
    0,
    QT_TRANSLATE_NOOP("Settings", "Forget customers who never bought after (months)"),
    _int_between(0, 240),
)
# The repeat offer after a purchase is planned only for customers who agreed to offers.
OFFERS_NEED_CONSENT = Setting(
    "privacy.offers_need_consent",
    False,
    QT_TRANSLATE_NOOP("Settings", "Repeat offers only to customers who agreed to be contacted"),
    _flag,
)

ALL: tuple[Setting, ...] = (
    SHOP_NAME, COUNTRY, CURRENCY, LANGUAGE, HOURS, PUBLIC_HOLIDAYS, RESPONSE_TARGET, DECISION_DAYS,
    CHECK_IN_DAYS, RETENTION_DAYS, COMPLAINT_DAYS, BACKUP_FOLDER, BACKUP_DAILY,
    BACKUP_WEEKLY, BACKUP_MONTHLY, FIRST_RUN_DONE, KEEP_IN_TRAY, FORGET_AFTER_MONTHS,
    OFFERS_NEED_CONSENT,
)  # fmt: skip
BY_KEY: dict[str, Setting] = {s.key: s for s in ALL}


@dataclass(frozen=True)
class ShopSettings:
    """The settings the rules need, read once and passed around as one value."""

    values: Mapping[str, Any]

    def __getitem__(self, setting: Setting) -> Any:
        if setting.key in self.values:
            return self.values[setting.key]
        if setting is CURRENCY:  # never chosen: the country's own, not euros in Jakarta
            return currency_of(self.country) or setting.default
        return setting.default

    @cached_property
    def hours(self) -> OpeningHours:
        """The opening hours, closed on the shop's own closed days and, when chosen, on the
        public holidays of its country."""
        hours = OpeningHours.from_spec(self[HOURS])
        if self[PUBLIC_HOLIDAYS] and self.country:
            hours = hours.with_holidays(public_holidays(self.country))
        return hours

    @cached_property
    def rules(self) -> FollowUpRules:
        return FollowUpRules(
            response_target_minutes=self[RESPONSE_TARGET],
            decision_business_days=self[DECISION_DAYS],
            check_in_days=self[CHECK_IN_DAYS],
            retention_days=self[RETENTION_DAYS],
            complaint_business_days=self[COMPLAINT_DAYS],
            offers_need_consent=self[OFFERS_NEED_CONSENT],
        )

    def formats(self, language: str | None = None) -> Formats:
        """Money, numbers and dates for this shop's country and currency in `language`
        (the program's current language unless given)."""
        return shop_formats(language or current_language(), self.country, str(self[CURRENCY]))

    @property
    def country(self) -> str:
        return str(self.values.get(COUNTRY.key, COUNTRY.default))
