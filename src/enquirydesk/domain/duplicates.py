"""When two customers may be one person: the rules for names that look alike, and for
when a shared name alone says something.

Two records of one person come from a name typed twice a little differently ("Ana
Kovač", "Ana Kovac", "Ana K.") — together with a phone number that is almost the same
(see `services.duplicates`). Different people who merely share a first name are not
alike: the rest of the name has to match too, allowing a typo or an initial.

A whole name shared is not enough by itself either: a shop with two thousand customers
has several Budi Santosos who are different people, and listing every such pair would
bury the few real ones. A shared name counts alone only when it is *rare*: held by no
more than `MOST_HOLDERS` customers (one person entered two or three times; more are many
people of one name), and not explained by chance — were the first names and surnames
paired at random, fewer than `RARE_BELOW` customers would carry it:

    (others with the first name) × (others with the surname) / (others of its world)

"Others" leaves out the name's own holders, so that they do not make their own name look
common. A name's *world* is the customers whose names are linked to it by a first name or
a surname someone bears with another (Marko Novak, Marko Kos, Ana Kos, …): chance is
judged among them, so that a few foreigners whose names come from a short list of their
own are not taken for rare among the thousands of locals. An initial ("Ana K.") stands
for every surname it may begin. Two Marko Žagars where nobody else is a Žagar are likely
one person; two Budi Santosos in a shop full of Budis and Santosos are not, unless
something else (a number, an e-mail address) says so.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping

#: Typos allowed in the rest of the name (letters left out, added, changed or swapped):
#: one in a short surname, two from this many letters on.
TWO_EDITS_FROM = 8
#: A name held by more customers than this is many people's, not one person's entered again.
MOST_HOLDERS = 3
#: A shared name is rare when chance would give it to fewer customers than this: a
#: namesake by chance in about one shop in ten of the kind.
RARE_BELOW = 0.1


def _plain(name_key: str) -> list[str]:
    """The words of a name key without accents or punctuation ("kovač," → "kovac")."""
    decomposed = unicodedata.normalize("NFKD", name_key)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))  # "anže" → "anze"
    return "".join(c if c.isalnum() or c.isspace() else " " for c in bare).split()


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


def _parts(name_key: str) -> tuple[str, str] | None:
    """(first name, the rest) of a name key without accents; None for a single word."""
    words = _plain(name_key)
    if len(words) < 2:
        return None
    return words[0], " ".join(words[1:])


def rare_names(holders: Mapping[str, int]) -> set[str]:
    """Of the shop's names (name key → how many live customers hold it), those shared by
    two customers or more that are rare enough for the sharing alone to say they may be
    one person (see the module's text): at most `MOST_HOLDERS` holders, and chance would
    give the name to fewer than `RARE_BELOW` customers of its world. A name of one word
    is never rare enough: a first name alone says little."""
    parted = {key: parts for key in holders if (parts := _parts(key)) is not None}
    world = _Worlds()
    firsts: Counter[str] = Counter()
    rests: Counter[str] = Counter()
    initials: Counter[tuple[int, str]] = Counter()  # (0 first name / 1 surname, letter)
    for key, (first, rest) in parted.items():
        count = holders[key]
        world.join(("first", first), ("rest", rest), count)
        firsts[first] += count
        rests[rest] += count
        initials[0, first[0]] += count
        initials[1, rest[0]] += count

    def bearing(side: int, part: str, counts: Counter[str]) -> int:
        """Customers with this first name (side 0) or surname (1), or any for an initial."""
        return initials[side, part] if len(part) == 1 else counts[part]

    rare = set()
    for key, (first, rest) in parted.items():
        count = holders[key]
        if not 2 <= count <= MOST_HOLDERS:
            continue
        others = world.size(("first", first)) - count
        with_first = max(0, bearing(0, first, firsts) - count)
        with_rest = max(0, bearing(1, rest, rests) - count)
        if others <= 0 or with_first * with_rest / others < RARE_BELOW:
            rare.add(key)
    return rare


class _Worlds:
    """The shop's names fall into worlds: a first name and a surname are in one world
    when a customer bears both, and so on along every name (union-find, by size)."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        self.customers: Counter[tuple[str, str]] = Counter()  # of each world's root

    def root(self, part: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(part, part)
        while self.parent[part] != part:
            self.parent[part] = self.parent[self.parent[part]]  # path halving
            part = self.parent[part]
        return part

    def join(self, first: tuple[str, str], rest: tuple[str, str], customers: int) -> None:
        a, b = self.root(first), self.root(rest)
        if a != b:
            if self.customers[a] < self.customers[b]:
                a, b = b, a
            self.parent[b] = a
            self.customers[a] += self.customers.pop(b, 0)
        self.customers[a] += customers

    def size(self, part: tuple[str, str]) -> int:
        """How many customers bear the names of this part's world."""
        return self.customers[self.root(part)]
