"""Declared settings (each with its default and its check) and owner/staff PINs."""

from __future__ import annotations

import base64

import pytest

from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.followups import FollowUpRules
from enquirydesk.domain.hours import OpeningHours
from enquirydesk.domain.pins import check_pin_format, hash_pin, verify_pin

# -- settings -------------------------------------------------------------------------


def test_every_setting_is_declared_once():
    keys = [setting.key for setting in declared.ALL]
    assert len(keys) == len(set(keys))
    assert set(declared.BY_KEY) == set(keys)
    assert all(setting.title for setting in declared.ALL)


@pytest.mark.parametrize("setting", declared.ALL, ids=lambda s: s.key)
def test_every_default_passes_its_own_check(setting):
    assert setting.check(setting.default) == setting.default


def test_defaults_follow_the_spec():
    assert declared.RESPONSE_TARGET.default == 60
    assert declared.HOURS.default == OpeningHours.default().to_spec()
    assert declared.CURRENCY.default == "EUR"
    assert (
        declared.BACKUP_DAILY.default,
        declared.BACKUP_WEEKLY.default,
        declared.BACKUP_MONTHLY.default,
    ) == (12, 10, 9)


def test_shop_settings_defaults():
    shop = declared.ShopSettings({})
    assert shop.hours == OpeningHours.default()
    assert shop.rules == FollowUpRules()
    assert shop.country == ""
    assert shop[declared.CURRENCY] == "EUR"


def test_shop_settings_use_stored_values():
    hours = {"mon": [["08:00", "16:00"]], "holidays": ["2026-12-25"]}
    shop = declared.ShopSettings(
        {
            "hours": hours,
            "shop.country": "ID",
            "followup.response_target_minutes": 30,
            "followup.decision_business_days": 5,
            "followup.check_in_days": 7,
            "followup.retention_days": 180,
            "followup.complaint_business_days": 2,
        }
    )
    assert shop.hours == OpeningHours.from_spec(hours)
    assert shop.rules == FollowUpRules(30, 5, 7, 180, 2)
    assert shop.country == "ID"


@pytest.mark.parametrize(
    ("setting", "value", "expected"),
    [
        (declared.COUNTRY, "si", "SI"),
        (declared.COUNTRY, "", ""),
        (declared.CURRENCY, "idr", "IDR"),
        (declared.SHOP_NAME, "  Toko Maju  ", "Toko Maju"),
        (declared.RESPONSE_TARGET, 1, 1),
        (declared.RESPONSE_TARGET, 10_000, 10_000),
        (declared.BACKUP_DAILY, 0, 0),
        (declared.FIRST_RUN_DONE, True, True),
        (
            declared.HOURS,
            {"mon": [["9:00", "17:00"]]},
            {**{k: [] for k in ("tue", "wed", "thu", "fri", "sat", "sun")},
             "mon": [["09:00", "17:00"]], "holidays": []},
        ),
    ],
)  # fmt: skip
def test_checks_normalise(setting, value, expected):
    assert setting.check(value) == expected


@pytest.mark.parametrize(
    ("setting", "value", "code"),
    [
        (declared.COUNTRY, "SVN", "setting.country"),
        (declared.COUNTRY, "S1", "setting.country"),
        (declared.COUNTRY, None, "setting.country"),
        (declared.CURRENCY, "EU", "setting.currency"),
        (declared.CURRENCY, "", "setting.currency"),
        (declared.SHOP_NAME, "x" * 121, "setting.text"),
        (declared.SHOP_NAME, 5, "setting.text"),
        (declared.RESPONSE_TARGET, 0, "setting.range"),
        (declared.RESPONSE_TARGET, 10_001, "setting.range"),
        (declared.RESPONSE_TARGET, 60.0, "setting.range"),
        (declared.RESPONSE_TARGET, "60", "setting.range"),
        (declared.RESPONSE_TARGET, True, "setting.range"),
        (declared.DECISION_DAYS, 0, "setting.range"),
        (declared.BACKUP_DAILY, -1, "setting.range"),
        (declared.FIRST_RUN_DONE, "no", "setting.flag"),
        (declared.FIRST_RUN_DONE, 1, "setting.flag"),
        (declared.HOURS, {"mon": [["18:00", "09:00"]]}, "hours.bad_interval"),
        (declared.HOURS, {"holidays": ["2026-12-25"]}, "hours.never_open"),
        (declared.HOURS, "Mon-Sat 9-18", "hours.spec"),
    ],
)
def test_checks_refuse(setting, value, code):
    with pytest.raises(ValidationError) as caught:
        setting.check(value)
    assert caught.value.code == code
    assert caught.value.message.endswith(".")


def test_range_message_names_the_range():
    with pytest.raises(ValidationError) as caught:
        declared.RESPONSE_TARGET.check(0)
    assert "1" in caught.value.message and "10000" in caught.value.message


# -- PINs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pin", "expected"), [("1234", "1234"), (" 0042 ", "0042"), ("1" * 12, "1" * 12)]
)
def test_pin_format_accepts(pin, expected):
    assert check_pin_format(pin) == expected


@pytest.mark.parametrize("pin", ["", "123", "1" * 13, "12a4", "12 34", "-123", "١٢٣٤", "12²4"])
def test_pin_format_refuses(pin):
    with pytest.raises(ValidationError) as caught:
        check_pin_format(pin)
    assert (caught.value.field, caught.value.code) == ("pin", "pin.format")
    assert caught.value.message == "A PIN is 4 to 12 digits."


def test_hash_and_verify():
    stored = hash_pin("2468")
    assert stored.startswith("scrypt$")
    assert "2468" not in stored
    assert verify_pin("2468", stored)
    assert verify_pin(" 2468 ", stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("", stored)
    # Salted: the same PIN never gives the same stored text twice.
    assert hash_pin("2468") != stored


def test_hash_with_a_given_salt_is_repeatable():
    salt = b"0123456789abcdef"
    stored = hash_pin("1357", salt)
    assert stored == hash_pin("1357", salt)
    assert stored.split("$")[1] == base64.b64encode(salt).decode()
    assert len(base64.b64decode(stored.split("$")[2])) == 32


def test_hash_refuses_a_bad_pin():
    with pytest.raises(ValidationError):
        hash_pin("12")


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plain",
        "1234",
        "md5$abc$def",
        "scrypt$only-two",
        "scrypt$x$y",
        "scrypt$!!!!$AAAA",
        "a$b$c$d",
    ],
)
def test_verify_against_damaged_stored_value_is_false(stored):
    assert verify_pin("1234", stored) is False
