"""Staff find a customer by what they remember, in a shop of 100,000 enquiries: a
surname, the end or the middle of a number, a part of an address; the best match
first (the whole name, then names that start so, then other words, then the rest)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from enquirydesk.domain.validation import name_key
from enquirydesk.services import demo, directory, listing, settings
from enquirydesk.services.context import Context

pytestmark = pytest.mark.both_engines


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory):
    from enquirydesk.services.context import Actor
    from enquirydesk.store.database import Store
    from support import FakeClock  # noqa: F401 - the module's tests share one file

    store = Store.open(tmp_path_factory.mktemp("shop") / "shop.sqlite")
    ctx = Context(store, Actor("test"))
    settings.update(ctx, {"shop.country": "SI"})
    demo.generate(ctx, 100_000, seed=7)
    ctx.forget_cache()
    yield ctx
    store.close()


def people(ctx: Context, text: str, count: int = 50) -> list:
    found = directory.first_ids(ctx, text, count)
    shown = directory.rows(ctx, list(found))
    return [shown[i] for i in found]


def plain(name: str) -> str:
    """A name as the search compares it: lower case, without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if c.isascii())


def someone(ctx: Context, with_email: bool = False):
    test = "phone IS NOT NULL AND name != ''" + (" AND email IS NOT NULL" if with_email else "")
    row = ctx.store.db.execute_sql(
        f"SELECT id, name, phone, email FROM customer WHERE {test} ORDER BY id LIMIT 1 OFFSET 777"
    ).fetchone()
    return row


def test_a_surname_finds_everyone_of_that_name_whole_names_first(shop: Context) -> None:
    _, name, _, _ = someone(shop)
    surname = name.split()[-1]
    found = people(shop, surname)
    assert found, surname
    assert all(
        any(word.startswith(surname.casefold()) for word in re.findall(r"\w+", p.name.casefold()))
        for p in found
    )
    # Nobody is called just the surname, so those whose name starts so come first, then
    # those with it as another word, each group by name.
    starts = [p for p in found if name_key(p.name).startswith(name_key(surname))]
    assert found[: len(starts)] == starts
    assert people(shop, name)[0].name == name  # the whole name: that person first
    assert directory.count(shop, surname) >= len(found)


def test_the_end_or_the_middle_of_a_number_finds_its_owner(shop: Context) -> None:
    customer_id, _, phone, _ = someone(shop)
    digits = phone.lstrip("+")
    for typed in (f"{digits[-6:-3]} {digits[-3:]}", digits[-8:-3]):
        found = people(shop, typed, 500)
        assert customer_id in [p.id for p in found], typed
        run = typed.replace(" ", "")
        assert all(run in re.sub(r"\D", "", p.phone) for p in found), typed
    national = "0" + digits[3:9]  # 041 234… as dialled in Slovenia: the number's start
    assert all(p.phone.startswith("+386" + national[1:]) for p in people(shop, national))


def test_a_part_of_an_address_finds_its_owner(shop: Context) -> None:
    customer_id, _, _, email = someone(shop, with_email=True)
    local = re.findall(r"[a-z0-9]+", email.split("@")[0])
    part = max(local, key=len)
    found = people(shop, part, 2000)
    assert customer_id in [p.id for p in found]
    assert people(shop, email)[0].id == customer_id


def test_the_enquiries_search_finds_the_same_people(shop: Context) -> None:
    customer_id, name, phone, _ = someone(shop)
    surname, tail = name.split()[-1], phone[-6:]
    for typed in (surname, tail):
        ids = listing.ids(shop, listing.EnquiryFilter(text=typed))
        owners = {row.customer_id for row in listing.rows(shop, list(ids)).values()}
        assert customer_id in owners, typed


def test_a_piece_from_the_middle_of_an_address_finds_its_owner(shop: Context) -> None:
    """ "kovacic40" or "jazkov" finds aljazkovacic40@amis.net: a run of three or more
    characters from anywhere before the @, after those with a word that starts so. Its dots
    do not count: "rina.h" and "rinah" both find katrina.hadi@…"""
    row = shop.store.db.execute_sql(
        "SELECT id, email FROM customer WHERE instr(email, '@') > 10 "  # one long word
        "AND substr(email, 1, instr(email, '@') - 1) NOT GLOB '*[^a-z0-9]*' "
        "ORDER BY id LIMIT 1 OFFSET 77"
    ).fetchone()
    customer_id, email = row
    local = email.split("@")[0]
    for piece in (local[2:8], local[-5:]):  # from inside a word; its end
        assert not re.search(rf"\b{piece}", email), piece  # no word of it starts so
        found = people(shop, piece, 5000)
        assert customer_id in [p.id for p in found], piece
        # Names and addresses with a word that starts so come first, then the rest.
        starts = [bool(re.search(rf"\b{piece}", f"{plain(p.name)} {p.email}")) for p in found]
        assert starts == sorted(starts, reverse=True), piece
        # The rest hold the piece before the @, its dots, dashes and underscores aside.
        assert all(
            piece in re.sub(r"[._+-]", "", p.email.split("@")[0]) or starts[n]
            for n, p in enumerate(found)
        )
        ids = listing.ids(shop, listing.EnquiryFilter(text=piece))
        owners = {row.customer_id for row in listing.rows(shop, list(ids)).values()}
        assert customer_id in owners, piece


def test_a_run_of_digits_typed_with_a_leading_0_finds_the_middle_of_a_number(
    shop: Context,
) -> None:
    """ "0912" is the start of a number dialled nationally, and a run inside
    +386 30 912 499 as well."""
    row = shop.store.db.execute_sql(
        "SELECT id, phone FROM customer WHERE phone GLOB '+386[1-9]0[1-9]*' "
        "ORDER BY id LIMIT 1 OFFSET 77"
    ).fetchone()
    customer_id, phone = row
    run = phone[5:9]  # the 0 ending its area code, and the next three digits
    assert run.startswith("0")
    found = people(shop, run, 5000)
    assert customer_id in [p.id for p in found]
    # Numbers that start so, dialled nationally, first; then those holding the run.
    national = [p.phone.startswith("+386" + run[1:]) for p in found]
    assert national == sorted(national, reverse=True)
    assert all(run in p.phone for p, start in zip(found, national, strict=True) if not start)
    ids = listing.ids(shop, listing.EnquiryFilter(text=run))
    owners = {row.customer_id for row in listing.rows(shop, list(ids)).values()}
    assert customer_id in owners


# -- a few customers, on both engines: who is found, and who first ----------------------

FEW = (
    ("Aljaž Kovačič", "030 912 499", "aljazkovacic40@amis.net"),
    ("Maja Kovačič", "041 555 123", "maja.kovacic400@gmail.com"),
    ("Novak", "", ""),
    ("Novak Janez", "040 123 456", ""),
    ("Ana Novak", "030 401 234", "ana.novak@gmail.com"),
    ("Peter Zupan", "040 091 200", "p.novak@siol.net"),
    ("Eva Kos", "", "evanovak7@amis.net"),
    ("Zala Kos", "", "zala@anovak.si"),
)


@pytest.fixture
def few(ctx: Context, log, clock) -> dict[str, int]:
    """The customers of `FEW` in a Slovenian shop; name → customer id."""
    found = {}
    for name, phone, email in FEW:
        clock.advance(minutes=5)
        enquiry = log(name=name, phone=phone, email=email)
        found[name] = listing.rows(ctx, [enquiry])[enquiry].customer_id
    return found


def names(ctx: Context, text: str) -> list[str]:
    return [p.name for p in people(ctx, text)]


def test_the_best_match_comes_first_for_a_name_or_a_part_of_an_address(ctx: Context, few) -> None:
    # The whole name, names that start so, names with another word that starts so,
    # addresses with a word that starts so, then addresses holding it before the @; not
    # inside a word after it ("zala@anovak.si").
    assert names(ctx, "novak") == [
        "Novak", "Novak Janez", "Ana Novak", "Peter Zupan", "Eva Kos",
    ]  # fmt: skip
    assert names(ctx, "kovacic40") == ["Maja Kovačič", "Aljaž Kovačič"]
    assert names(ctx, "jazkov") == ["Aljaž Kovačič"]
    assert names(ctx, "kovacic40@") == ["Aljaž Kovačič"]  # where the part before the @ ends
    # A word after the @ that starts so, then runs before the @ (its dots aside).
    assert names(ctx, "anovak") == ["Zala Kos", "Ana Novak", "Eva Kos"]
    assert names(ctx, "evanov") == names(ctx, "eva.nov") == ["Eva Kos"]
    assert names(ctx, "na.nov") == ["Ana Novak"]  # across a dot
    assert names(ctx, "amis") == ["Aljaž Kovačič", "Eva Kos"]
    assert names(ctx, "@amis") == ["Aljaž Kovačič", "Eva Kos"]
    assert names(ctx, "ja") == []  # two letters: the start of a name only


def test_the_best_match_comes_first_for_the_end_or_the_middle_of_a_number(
    ctx: Context, few
) -> None:
    assert names(ctx, "912 499") == ["Aljaž Kovačič"]  # the end
    assert names(ctx, "555 1") == ["Maja Kovačič"]  # the middle
    # Numbers that hold the run, in the order of the numbers.
    assert names(ctx, "123") == ["Ana Novak", "Novak Janez", "Maja Kovačič"]
    # Typed with 0: the national start first (040 1…), then the run anywhere (30 401 234).
    assert names(ctx, "0401") == ["Novak Janez", "Ana Novak"]
    assert names(ctx, "0912") == ["Aljaž Kovačič", "Peter Zupan"]  # 30 912 499, 40 091 200
    assert names(ctx, "+386 30 912") == ["Aljaž Kovačič"]  # typed with +: the start only


def test_the_enquiries_page_finds_the_same_people(ctx: Context, few) -> None:
    for text in ("kovacic40", "jazkov", "amis", "0912", "0401", "novak"):
        ids = listing.ids(ctx, listing.EnquiryFilter(text=text))
        owners = {row.customer_id for row in listing.rows(ctx, list(ids)).values()}
        assert owners == {p.id for p in people(ctx, text)}, text


def test_the_quick_logs_suggestions_find_a_part_of_an_address_or_a_run_of_digits(
    ctx: Context, few
) -> None:
    from enquirydesk.services.customers import suggest

    def suggested(**typed: str) -> list[str]:
        return [s.name for s in suggest(ctx, **typed)]

    assert suggested(email="amis") == ["Aljaž Kovačič", "Eva Kos"]  # as the Customers page
    assert suggested(email="kovacic40") == ["Maja Kovačič", "Aljaž Kovačič"]
    assert suggested(email="jazkov") == ["Aljaž Kovačič"]
    assert suggested(email="400") == ["Maja Kovačič"]  # digits inside an address, too
    assert suggested(email="ja") == []  # two letters: the start of an address only
    assert suggested(phone="0912") == ["Aljaž Kovačič", "Peter Zupan"]
    assert suggested(phone="0401") == ["Novak Janez", "Ana Novak"]


def test_a_file_of_the_version_before_finds_a_run_inside_an_address_once_upgraded(
    db_path, clock, engine: str, tmp_path
) -> None:
    from enquirydesk.services.context import Actor
    from enquirydesk.services.enquiries import NewEnquiry, log_enquiry
    from enquirydesk.store import customer_index, migrations
    from enquirydesk.store.database import Store

    store = Store.open(db_path, now=clock)
    ctx = Context(store, Actor("test"), clock)
    settings.update(ctx, {"shop.country": "SI"})
    log_enquiry(ctx, NewEnquiry(channel="phone", name="Aljaž", email="aljazkovacic40@amis.net"))
    db = store.db
    if engine == "sqlite":  # the word index as version 7 made it: no part before the @
        customer_index.detach(db)
        db.execute_sql(f'DROP TABLE "{customer_index.TABLE}"')
        db.execute_sql(customer_index.TABLE_SQL.replace("emails, locals,", "emails,"))
        db.execute_sql(
            f'INSERT INTO "{customer_index.TABLE}" (rowid, name, phones, emails) '
            "SELECT id, name, '', coalesce(email, '') FROM customer"
        )
    db.execute_sql("UPDATE schema_info SET version = 7")
    store.close()

    store = Store.open(db_path, now=clock, backup_dir=tmp_path / "backups")
    try:
        assert store.report.upgraded_to == [8] and migrations.LATEST == 8
        ctx = Context(store, Actor("test"), clock)
        log_enquiry(ctx, NewEnquiry(channel="phone", name="Eva", email="evakovacic7@amis.net"))
        assert names(ctx, "kovacic") == ["Aljaž", "Eva"]  # the old customer and the new
    finally:
        store.close()
