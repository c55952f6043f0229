"""What a search box's text asks for: words that start a name, a run of a phone
number's digits, or parts of an e-mail address.

Staff remember surnames and the last digits of a number, so a word may start any
word of the name and digits may stand anywhere in the number. A number typed the
national way ("0812 34" in Indonesia, "041 5" in Slovenia) is turned into the
international digits it stands for (the trunk 0 replaced by the country code),
because numbers are stored internationally; the digits as typed are looked for
anywhere in a number too, as a 0 may as well be a digit of its middle ("0912" in
+386 30 912 499).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Fewer digits than this are too common to look for inside numbers.
MIN_DIGITS = 3

_PHONE_TEXT = re.compile(r"[+]?[\d\s().\-/]+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Terms:
    """The parts of a search. Empty everywhere: everything matches."""

    name_words: tuple[str, ...] = ()  # each starts a word of the name (case-blind)
    digits: str = ""  # a run inside a phone number's international digits
    digits_start: bool = False  # the run is the start of the number (typed with + or 0)
    #: With a start typed with 0 (national, or 00 and the country code): the digits as
    #: typed, which may also be a run anywhere in a number.
    typed_digits: str = ""
    email_words: tuple[str, ...] = ()  # consecutive parts of an address, the last a start

    @property
    def empty(self) -> bool:
        return not (self.name_words or self.digits or self.email_words)

    @property
    def run(self) -> str:
        """The digits to look for anywhere inside a number ("" for none: typed with +)."""
        return self.typed_digits if self.digits_start else self.digits


def words(text: str) -> tuple[str, ...]:
    """The words of `text`, case-folded, as the index splits them (punctuation apart)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return tuple(_WORD.findall(folded))


def address(text: str) -> Terms:
    """The terms of a box meant for an e-mail address: parts of one, whatever they look
    like ("kovacic40", "amis", "ana@")."""
    return Terms(email_words=words(text.strip()))


def parse(text: str, country_code: int = 0, trunk: str = "") -> Terms:
    """The terms of a search box's `text`, for a shop whose country dials `country_code`
    with the national `trunk` prefix ("0")."""
    typed = text.strip()
    if not typed:
        return Terms()
    if "@" in typed:
        return Terms(email_words=words(typed))
    if _PHONE_TEXT.fullmatch(typed):
        digits = re.sub(r"\D", "", typed)
        if len(digits) < MIN_DIGITS:
            return Terms()
        if typed.startswith("+"):
            return Terms(digits=digits, digits_start=True)
        if digits.startswith("00"):
            return Terms(digits=digits[2:], digits_start=True, typed_digits=digits)
        if country_code and trunk and digits.startswith(trunk):
            national = f"{country_code}{digits[len(trunk) :]}"
            return Terms(digits=national, digits_start=True, typed_digits=digits)
        return Terms(digits=digits)
    return Terms(name_words=words(typed))
