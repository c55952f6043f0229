"""Staff find a customer by what they remember, in a shop of 100,000 enquiries: a
surname, the end or the middle of a number, a part of an address; the best match
first (the whole name, then names that start so, then other words, then the rest)."""

from __future__ import annotations

import re

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
