"""Owner and staff PINs, stored only as a salted slow hash (scrypt)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os

from enquirydesk.domain.errors import ValidationError

_N, _R, _P = 2**14, 8, 1


def check_pin_format(pin: str) -> str:
    pin = pin.strip()
    # isdigit() alone lets in "²" and other scripts' digits, which a keypad cannot type.
    if not (4 <= len(pin) <= 12 and pin.isascii() and pin.isdigit()):
        raise ValidationError("pin", "pin.format", "A PIN is 4 to 12 digits.")
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
