"""Owner and staff PINs, stored only as a salted slow hash (scrypt)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os

from enquirydesk.domain.errors import ValidationError
from enquirydesk.i18n import translate

_N, _R, _P = 2**14, 8, 1


def check_pin_format(pin: str) -> str:
    pin = pin.strip()
    # isdigit() alone lets in "²" and other scripts' digits, which a keypad cannot type.
    if not (4 <= len(pin) <= 12 and pin.isascii() and pin.isdigit()):
        raise ValidationError("pin", "pin.format", translate("Pins", "A PIN is 4 to 12 digits."))
    return pin


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(check_pin_format(pin).encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, salt_text, digest_text = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    try:
        salt = base64.b64decode(salt_text, validate=True)
        expected = base64.b64decode(digest_text, validate=True)
    except binascii.Error:
        return False
    digest = hashlib.scrypt(pin.strip().encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return hmac.compare_digest(digest, expected)


#: Wrong PINs allowed before the next try must wait; then 30 s, doubling, at most an hour.
FREE_TRIES = 5
FIRST_WAIT_S = 30
LONGEST_WAIT_S = 3600


def wait_after(failures: int) -> int:
    """Seconds to wait before the next try after `failures` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(FIRST_WAIT_S * 2 ** (failures - FREE_TRIES), LONGEST_WAIT_S)


def new_recovery_key() -> str:
    """A key to write down when the owner's PIN is set: four groups of five letters and
    digits (no 0/O or 1/I to misread), the way back when the PIN is forgotten."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(alphabet[b % len(alphabet)] for b in os.urandom(20))
    return "-".join(raw[i : i + 5] for i in range(0, 20, 5))


def hash_secret(secret: str, salt: bytes | None = None) -> str:
    """A recovery key as a PIN is kept: salted and slow (scrypt), never in plain text."""
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(_plain(secret).encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def verify_secret(secret: str, stored: str) -> bool:
    return verify_pin(_plain(secret), stored)


def _plain(secret: str) -> str:
    """A recovery key as typed, without spaces or dashes, in capitals."""
    return "".join(ch for ch in secret.upper() if ch.isalnum())
