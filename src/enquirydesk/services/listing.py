"""The Enquiries view's questions: which enquiries match what the user chose, and
what each row shows.

`ids` answers in one go with every matching id in order (a million fit in 8 MB),
so the table knows its length and can jump anywhere; `rows` reads the facts of
the few rows on screen. Both only read, so the window runs them off its GUI
thread.

A search or filter that matches up to `KEEP` enquiries is read once with every column
the table sorts by and kept aside (`Matches`), once its list is shown: sorting it
again by any column, its first screenful and every id, reads only what was kept. A
larger match walks the order's index for its first screenful, and has its ids sorted
by SQLite.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from enquirydesk.domain.hours import latest_start
from enquirydesk.domain.validation import name_key
from enquirydesk.services import catalogs, customers
from enquirydesk.services.context import Context
from enquirydesk.store import listing, queries, search_index
from enquirydesk.store.models import Channel

STATUSES = ("", "awaiting", "overdue", "open", "purchased", "lost")


@dataclass(frozen=True)
class EnquiryFilter:
    """What the filter bar holds. Empty means "all"."""

    text: str = ""
    channel: str = ""  # a channel key
    status: str = ""  # one of STATUSES
    staff_id: int | None = None
    received_from: date | None = None
    received_to: date | None = None  # inclusive


class ListRow(NamedTuple):
    id: int
    received_at: datetime
    customer_id: int
    customer: str
    phone: str | None
    email: str | None
    channel: str  # shown name
    interest: str
    taken_by: str
    responded: bool
    #: Business seconds to the first response, or waited so far when unanswered.
    response_seconds: int
    overdue: bool  # unanswered past the response target
    outcome: str
    value_cents: int | None  # the purchase, or the estimate while open
    next_followup_at: datetime | None


PERIODS = ("", "today", "7days", "month", "last_month", "custom")


def period_dates(period: str, today: date) -> tuple[date | None, date | None]:
    """The first and last day (inclusive) of a period of the filter bar, from `today`;
    (None, None) for any time, and for "custom" (the user's own dates)."""
    if period == "today":
        return today, today
    if period == "7days":
        return today - timedelta(days=6), today
    if period == "month":
        return today.replace(day=1), today
    if period == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    return None, None


def staff_choices() -> dict[int, str]:
    """The staff filter's choices: everyone who ever took an enquiry, by name."""
    return {
        row["id"]: row["name"]
        for row in sorted(queries.staff_list(), key=lambda r: r["name"].casefold())
    }


def _where(ctx: Context, chosen: EnquiryFilter) -> listing.Where:
    text = chosen.text.strip()
    name = email = words = ""
    phones: tuple[str, ...] = ()
    terms = customers.search_terms(text, ctx.settings.country)
    found = customers.word_matches(text, terms)
    match = " OR ".join(filter(None, (found.names, found.numbers, found.addresses, found.inside)))
    if terms.email_words:  # an address, or a part of one
        email = text.lower()
    elif terms.digits:  # a number's start as dialled, or a run of its digits
        phones = customers.phone_prefixes(text, ctx.settings.country)
    elif text:  # a name's start, a word of it, a part of an address, or words inside
        name = name_key(text)
        words = text if len(text) >= search_index.SHORTEST else ""
    now = ctx.now()
    outcomes: tuple[str, ...] = ()
    awaiting = False
    overdue_before = followup_before = None
    if chosen.status in ("open", "purchased", "lost"):
        outcomes = (chosen.status,)
    elif chosen.status == "awaiting":
        awaiting = True
    elif chosen.status == "overdue":
        target = ctx.settings.rules.response_target_minutes * 60
        overdue_before = latest_start(ctx.settings.hours, now, target) + timedelta(seconds=1)
        followup_before = now
    channel_id = ctx.catalog_ids(Channel).get(chosen.channel) if chosen.channel else None
    return listing.Where(
        name_prefix=name,
        phone_prefixes=phones,
        email_prefix=email,
        customer_match=match,
        text=words,
        channel_id=channel_id,
        staff_id=chosen.staff_id,
        outcomes=outcomes,
        awaiting=awaiting,
        received_from=_midnight(chosen.received_from),
        received_before=_midnight(chosen.received_to, 1),
        overdue_received_before=overdue_before,
        followup_due_before=followup_before,
    )


def _midnight(day: date | None, plus_days: int = 0) -> datetime | None:
    if day is None:
        return None
    return datetime.combine(day + timedelta(days=plus_days), datetime.min.time())


@dataclass(frozen=True)
class Sort:
    """A column of the table (see `SORT_COLUMNS`) and its direction."""

    column: str = "received"
    descending: bool = True


SORT_COLUMNS = (
    "received", "customer", "channel", "interest", "taken_by", "response", "status", "value",
    "next",
)  # fmt: skip


def _order(ctx: Context, sort: Sort) -> listing.Order:
    """How the store reads a sort: columns of few values go value by value, in the order
    a person expects (channels and staff by name, open before purchased before lost)."""
    groups: tuple = ()
    if sort.column == "channel":
        names = catalogs.names(Channel)
        ids_by_key = ctx.catalog_ids(Channel)
        groups = tuple(ids_by_key[k] for k in sorted(names, key=lambda k: names[k].casefold()))
    elif sort.column == "taken_by":
        groups = (*staff_choices(), None)  # by name, then enquiries nobody took
    elif sort.column == "status":
        groups = ("open", "purchased", "lost")
    return listing.Order(sort.column, sort.descending, groups)


#: The most enquiries a search or filter may match to be kept aside and sorted from
#: there. Measured at a million enquiries: keeping "fryer"'s 45,811 took 0.14 s
#: (157,279: 0.27 s), after which any order's first screenful came in 4–9 ms and every
#: id in 25–40 ms. Without it, walking the order's index took 2 ms to 1.9 s for the
#: first screenful (as far as the matches lie along it: "kulkas" sorted by interest
#: finds its first at the letter k) and 0.8–2.8 s for every id; sorting the match afresh
#: at each click 50–60 ms for 45,811, 100–220 ms for 157,279. A kept match is a
#: temporary table, which SQLite keeps in a temporary file beyond a small cache (not in
#: the program's memory: `store.sqlite.PRAGMAS`), so the bound weighs mostly the time
#: to keep it (in the background once the list is shown) against that.
KEEP = 500_000
#: A match up to this many is kept at once when the first screenful cannot be found
#: along the order's index (keeping it takes about as long as sorting it); a larger one
#: is sorted for that screenful, and kept once its list is shown.
KEEP_AT_ONCE = 50_000
#: How long a first screenful may walk the order's index (the matches may lie far
#: along it) before the match is kept or sorted instead; for a match known to be large,
#: about as long as sorting it takes (SQLite sorted 157,279 in 0.14–0.44 s). It counts
#: the list of matching customers made first (15 ms for a common name at 3,000,000).
WALK_SECONDS = 0.05
SORT_SECONDS_PER_MATCH = 1.5e-6
_TOKENS = itertools.count(1)


#: Whether a read's answer is still wanted: a read that a newer request made useless
#: stops (`Stopped`), at once.
Wanted = listing.Wanted
Stopped = listing.Stopped


class Matches:
    """What one list's filters matched, kept while the data stays as it was: the
    window's model makes a new one on any change it hears of. How many each filter
    matched, and the latest small match kept aside (in a temporary table of the
    connection that read it, named by a token). Used by one thread at a time (the
    window's worker)."""

    def __init__(self) -> None:
        self._counts: dict[EnquiryFilter, int] = {}
        self._kept: tuple[EnquiryFilter, int] | None = None

    def count(self, chosen: EnquiryFilter) -> int | None:
        return self._counts.get(chosen)

    def counted(self, chosen: EnquiryFilter, found: int) -> None:
        self._counts[chosen] = found

    def kept(self, chosen: EnquiryFilter) -> int | None:
        """The token of `chosen`'s kept match, if this connection still has it."""
        if self._kept is None or self._kept[0] != chosen:
            return None
        token = self._kept[1]
        return token if listing.holds(token) else None

    def keep(
        self,
        chosen: EnquiryFilter,
        where: listing.Where,
        wanted: Wanted | None = None,
        most: int | None = None,
    ) -> int | None:
        """Keep `chosen`'s match aside if it is no more than `most` (`KEEP`); its token,
        or None."""
        most = KEEP if most is None else most
        known = self._counts.get(chosen)
        if known is not None and known > most:
            return None
        token = next(_TOKENS)
        self._kept = None
        found = listing.keep(where, token, most, wanted)
        if found is None:
            if most >= KEEP:  # at least so many: never kept (`count` reads it again)
                self._counts[chosen] = KEEP + 1
            return None
        self._counts[chosen] = found
        self._kept = (chosen, token)
        return token


def _narrows(chosen: EnquiryFilter) -> bool:
    """Whether anything is chosen (with nothing, each order's own index lists all)."""
    return chosen != EnquiryFilter()


def ids(
    ctx: Context,
    chosen: EnquiryFilter,
    sort: Sort = Sort(),
    matches: Matches | None = None,
    wanted: Wanted | None = None,
) -> array:
    """Every matching enquiry id, in the order of `sort`: from what `matches` keeps, else
    read from the match and sorted (`keep_aside` keeps it afterwards, for the next
    order asked)."""
    where, order = _where(ctx, chosen), _order(ctx, sort)
    if matches is not None and _narrows(chosen):
        token = matches.kept(chosen)
        if token is not None:
            return listing.kept_ids(token, order)
    if matches is not None:
        listing.drop_kept()  # a match no longer shown keeps no memory
    found = listing.enquiry_ids(where, order, wanted=wanted)
    assert found is not None  # (no time limit asked)
    if matches is not None and _narrows(chosen):
        matches.counted(chosen, len(found))
    return found


def counts_apart(chosen: EnquiryFilter) -> bool:
    """Whether the list's count (and last screenful) is worth reading before every id:
    for every enquiry, yes (their ids take a second at a million, the count a moment);
    for a search or filter, no: counting its match costs about what reading it does, and
    the count comes with the ids."""
    return not _narrows(chosen)


def keep_aside(
    ctx: Context, chosen: EnquiryFilter, matches: Matches, wanted: Wanted | None = None
) -> None:
    """Keep `chosen`'s match aside in `matches` when it is small, so that sorting it by
    another column reads only that (asked once its ids are shown: the list settles first,
    and a header clicked a moment later finds it kept)."""
    if _narrows(chosen) and matches.kept(chosen) is None:
        matches.keep(chosen, _where(ctx, chosen), wanted)


def first_ids(
    ctx: Context,
    chosen: EnquiryFilter,
    count: int,
    sort: Sort = Sort(),
    matches: Matches | None = None,
    wanted: Wanted | None = None,
) -> array:
    """The first `count` of `ids`: enough to draw the table at once while the rest load."""
    return _screenful(ctx, chosen, count, sort, matches, wanted)


def last_ids(
    ctx: Context,
    chosen: EnquiryFilter,
    count: int,
    sort: Sort = Sort(),
    matches: Matches | None = None,
    wanted: Wanted | None = None,
) -> array:
    """The last `count` of `ids`, in the same order: the end of the table at once."""
    reverse = Sort(sort.column, not sort.descending)
    found = _screenful(ctx, chosen, count, reverse, matches, wanted)
    found.reverse()
    return found


def _screenful(
    ctx: Context,
    chosen: EnquiryFilter,
    count: int,
    sort: Sort,
    matches: Matches | None,
    wanted: Wanted | None,
) -> array:
    """The first `count` in `sort`: from the kept match, else along the order's index; a
    walk that finds too few too slowly gives way to keeping a small match at once, or to
    sorting a larger one. (`keep_aside` keeps a match once its list is shown, not here: a
    screenful found along the index is quicker than keeping.)"""
    where, order = _where(ctx, chosen), _order(ctx, sort)
    if matches is None or not _narrows(chosen):
        found = listing.enquiry_ids(where, order, limit=count, wanted=wanted)
        assert found is not None
        return found
    token = matches.kept(chosen)
    known = matches.count(chosen)
    if token is not None:
        return listing.kept_ids(token, order, count)
    seconds = WALK_SECONDS if known is None else max(WALK_SECONDS, known * SORT_SECONDS_PER_MATCH)
    found = listing.enquiry_ids(where, order, limit=count, seconds=seconds, wanted=wanted)
    if found is not None:
        return found
    at_once = min(KEEP_AT_ONCE, KEEP)
    if known is None or known <= at_once:
        token = matches.keep(chosen, where, wanted, at_once)
        if token is not None:
            return listing.kept_ids(token, order, count)
    found = listing.enquiry_ids(where, order, limit=count, walk_index=False, wanted=wanted)
    assert found is not None
    return found


def includes(ctx: Context, chosen: EnquiryFilter, enquiry_id: int) -> bool:
    """Whether the list `chosen` makes holds this enquiry (deleted ones: never)."""
    return listing.lists(_where(ctx, chosen), enquiry_id)


def count(
    ctx: Context,
    chosen: EnquiryFilter,
    matches: Matches | None = None,
    wanted: Wanted | None = None,
) -> int:
    """How many enquiries `chosen` lists (noted in `matches`)."""
    if matches is not None:
        known = matches.count(chosen)
        if known is not None and matches.kept(chosen) is not None:
            return known
    found = listing.count_enquiries(_where(ctx, chosen), wanted)
    if matches is not None:
        matches.counted(chosen, found)
    return found


def rows(ctx: Context, wanted: Sequence[int]) -> dict[int, ListRow]:
    """What the table shows for these enquiries."""
    now = ctx.now()
    hours = ctx.settings.hours
    target = ctx.settings.rules.response_target_minutes * 60
    channel_names = catalogs.names(Channel)
    channel_keys = {i: k for k, i in ctx.catalog_ids(Channel).items()}
    found: dict[int, ListRow] = {}
    for raw in listing.enquiry_rows(wanted).values():
        (enquiry_id, received, customer_id, customer, phone, email, channel_id, interest,
         taken_by, responded_at, business, outcome, purchase, estimate, next_at,
         forgotten_at) = raw  # fmt: skip
        received_at = _time(received)
        assert received_at is not None
        responded = responded_at is not None
        if not responded:
            business = hours.business_seconds(received_at, now) if outcome == "open" else 0
        key = channel_keys.get(channel_id, "")
        found[enquiry_id] = ListRow(
            id=enquiry_id,
            received_at=received_at,
            customer_id=customer_id,
            customer=customers.shown_name(customer, forgotten_at),
            phone=phone,
            email=email,
            channel=channel_names.get(key, key),
            interest=interest or "",
            taken_by=taken_by or "",
            responded=responded,
            response_seconds=business or 0,
            overdue=not responded and outcome == "open" and (business or 0) >= target,
            outcome=outcome,
            value_cents=purchase if outcome == "purchased" else estimate,
            next_followup_at=_time(next_at),
        )
    return found


def _time(value: str | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)


def index_for_search(ctx: Context, batch: int = search_index.BATCH) -> int:
    """Take up to `batch` of the newest enquiries into the words-inside search index;
    returns how many still wait. (Searches find them meanwhile too, only slower.)"""
    ctx.store.check_writable()
    return search_index.catch_up(ctx.store.db, batch)


def channel_choices() -> dict[str, str]:
    """The channel filter's choices: key → shown name, in the shop's order."""
    return catalogs.names(Channel)
