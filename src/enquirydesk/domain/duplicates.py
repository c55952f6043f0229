"""When two customers may be one person: the rule for names that look alike.

Two records of one person come from a name typed twice a little differently ("Ana
Kovač", "Ana Kovac", "Ana K.") — together with a phone number that is almost the same
(see `services.duplicates`). Different people who merely share a first name are not
alike: the rest of the name has to match too, allowing a typo or an initial.
"""

from __future__ import annotations

import unicodedata

#: Typos allowed in the rest of the name (letters left out, added, changed or swapped):
#: one in a short surname, two from this many letters on.
TWO_EDITS_FROM = 8


def _plain(name_key: str) -> list[str]:
    """The words of a name key without accents or punctuation ("kovač," → "kovac")."""
    decomposed = unicodedata.normalize("NFKD", name_key)
    letters = "".join(c if c.isalnum() or c.isspace() else " " for c in decomposed)
    return "".join(c for c in letters if not unicodedata.combining(c)).split()


def edits(a: str, b: str) -> int:
    """The optimal string alignment distance: how many letters left out, added, changed
    or two neighbours swapped turn `a` into `b`."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def similar_names(a: str, b: str) -> bool:
    """Whether two name keys may name one person: the same first name and the rest the
    same but for an accent, a typo or two, or written as an initial ("ana k")."""
    left, right = _plain(a), _plain(b)
    if not left or not right or left[0] != right[0]:
        return False
    rest_a, rest_b = " ".join(left[1:]), " ".join(right[1:])
    if not rest_a or not rest_b:
        return False
    if rest_a == rest_b:
        return True
    short, long = sorted((rest_a, rest_b), key=len)
    if len(short) == 1:  # an initial
        return long.startswith(short)
    if len(short) < 4 or short[0] != long[0]:  # "kos"/"kit", "kovač"/"novak": two people
        return False
    return edits(rest_a, rest_b) <= (2 if len(short) >= TWO_EDITS_FROM else 1)
