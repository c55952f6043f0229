"""A customer's data, on request: on a demo shop with a hand-made customer who has several
numbers, a merged older record, a referrer and someone they referred, a resolved complaint,
follow-ups and an edit, the export holds everything about her (checked against the
database itself) and nothing about anyone else — in the JSON text and in the PDF's text
read back; a forgotten customer exports nothing personal; the command line finds her by
phone, e-mail or number and says in one sentence when it cannot."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pypdf
import pytest

from enquirydesk.cli import main
from enquirydesk.domain.errors import NotFoundError, ValidationError
from enquirydesk.domain.formats import shop_formats
from enquirydesk.exports import customer_data as files
from enquirydesk.exports.customer_pdf import PIECE, pieces
from enquirydesk.services import (
    customer_data,
    customers_merge,
    demo,
    followups,
    privacy,
    security,
)
from enquirydesk.services import settings as settings_service
from enquirydesk.services.context import Actor, Cancelled, Context
from enquirydesk.services.customer_edit import edit_customer
from enquirydesk.services.enquiries import (
    NewEnquiry,
    delete_enquiry,
    log_enquiry,
    mark_lost,
    mark_purchased,
    record_contact,
)
from enquirydesk.services.export_rows import ExportError
from enquirydesk.services.feedback import record_feedback, resolve_complaint
from enquirydesk.store.database import Store

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 3, 2, 10, 0)
SHOP = "Trgovina Žužek d.o.o."
PIN = "482913"
LONG_NOTE = " ".join(f"word{n}" for n in range(1_100))  # near the 10,000 letters a note may have


@pytest.fixture(autouse=True)
def gui(qapp) -> None:
    """The PDFs are drawn in pytest-qt's QApplication: one made by the writer itself (a
    QGuiApplication, as on the command line) would stay for the tests that follow."""


@dataclass(frozen=True)
class Shop:
    path: Path
    tjasa: int  # the customer asked about
    older: int  # an older record of hers, merged into her
    referrer: int  # who brought her (after a merge of his own two records)
    retired_referrer: int  # his other record, merged into him: another customer now
    referred: int  # whom she brought
    stranger: int
    enquiries: tuple[int, ...]


def days(n: float) -> timedelta:
    return timedelta(days=n)


def make_shop(path: Path) -> Shop:
    store = Store.open(path, now=lambda: NOW)
    try:
        ctx = Context(store, Actor("test"), lambda: NOW)
        settings_service.update(
            ctx, {"shop.country": "SI", "shop.name": SHOP, "shop.currency": "EUR"}
        )
        demo.generate(ctx, 400, seed=7, workers=0)

        def log(**fields: Any) -> Any:
            fields.setdefault("channel", "phone")
            return log_enquiry(ctx, NewEnquiry(**fields))

        referrer = log(
            name="Bogdan Vrhovnik", phone="040 111 222", email="bogdan.vrhovnik@example.com",
            interest="Gorenje fridge", received_at=NOW - days(60),
        ).created_id("customer")  # fmt: skip
        first = log(
            name="Tjaša Kastelic", phone="041 123 456", email="tjasa.kastelic@example.com",
            interest='Samsung TV 55"', details="Wants it mounted on the wall",
            estimated_value="899", referred_by=referrer, received_at=NOW - days(20),
        )  # fmt: skip
        tjasa, bought = first.created_id("customer"), first.created_id("enquiry")
        record_contact(ctx, bought, "call", text="Called back about the mounting kit",
                       at=NOW - days(19))  # fmt: skip
        mark_purchased(ctx, bought, value="849.90", purchase_channel="delivery",
                       factors=["price", "after_sales"], at=NOW - days(18))  # fmt: skip
        complaint = record_feedback(
            ctx, bought, rating=2, comment="The remote control was missing", complaint=True,
            at=NOW - days(10),
        ).created_id("feedback")  # fmt: skip
        resolve_complaint(ctx, complaint, "Sent a new remote control by post", at=NOW - days(9))
        check = followups.schedule(ctx, bought, NOW + days(1), note="Ask how the TV works")
        followups.complete(ctx, check.created_id("follow_up"), result="Happy with the picture")
        lost = log(name="Tjaša Kastelic", phone="041 123 456", interest="Bosch dishwasher",
                   received_at=NOW - days(8)).created_id("enquiry")  # fmt: skip
        mark_lost(ctx, lost, reason="price", at=NOW - days(7))
        followups.schedule(ctx, lost, NOW + days(30), note="Offer the spring discount")
        gone = log(name="Tjaša Kastelic", phone="041 123 456", interest="Kettle (typed twice)",
                   received_at=NOW - days(5)).created_id("enquiry")  # fmt: skip
        delete_enquiry(ctx, gone)
        older_log = log(
            channel="email", name="T. Kastelic", phone="070 987 654",
            email="t.kastelic.old@example.com", interest="Vacuum cleaner",
            received_at=NOW - days(90),
        )  # fmt: skip
        older = older_log.created_id("customer")
        customers_merge.merge(ctx, tjasa, older)
        edit_customer(
            ctx, tjasa, name="Tjaša Kastelic", phone="041 123 456",
            email="tjasa.kastelic@example.com", handle="@tjasa.k", notes=LONG_NOTE,
            referred_by=referrer, other_phones=["031 555 666"],
            other_emails=["tjasa@work.example.com"],
        )  # fmt: skip
        referred = log(
            channel="chat", name="Urška Podlogar", phone="051 333 444",
            email="urska.podlogar@example.com", referred_by=tjasa, received_at=NOW - days(3),
        ).created_id("customer")  # fmt: skip
        # Her referrer turns out to have a second record, which is kept: the merge moves
        # who referred her, and its summary names his other record, another customer now.
        kept = log(
            name="B. Vrhovnik", phone="040 111 223", email="b.vrhovnik@example.com",
            received_at=NOW - days(2),
        ).created_id("customer")  # fmt: skip
        customers_merge.merge(ctx, kept, referrer)
        stranger = log(name="Zoran Jereb", phone="068 777 888", email="zoran.jereb@example.com",
                       interest="Kettle", received_at=NOW - days(1)).created_id("customer")  # fmt: skip
        for name in ("Luka Breznik", "Nina Breznik"):  # a family phone
            log(name=name, phone="041 999 000", received_at=NOW - days(1))
    finally:
        store.close()
    return Shop(path, tjasa, older, kept, referrer, referred, stranger,
                (bought, lost, gone, older_log.created_id("enquiry")))  # fmt: skip


@pytest.fixture(scope="module")
def shop_file(tmp_path_factory: pytest.TempPathFactory) -> Shop:
    return make_shop(tmp_path_factory.mktemp("customer-data") / "shop.sqlite")


@pytest.fixture
def shop(shop_file: Shop, tmp_path: Path) -> Shop:
    """A copy of the shop for one test."""
    copy = tmp_path / "shop.sqlite"
    with closing(sqlite3.connect(shop_file.path)) as source, closing(sqlite3.connect(copy)) as to:
        source.backup(to)
    return Shop(copy, *[getattr(shop_file, f) for f in list(Shop.__dataclass_fields__)[1:]])


@pytest.fixture
def ctx(shop: Shop):
    store = Store.open(shop.path, now=lambda: NOW)
    yield Context(store, Actor("test"), lambda: NOW)
    store.close()


def rows(path: Path, sql: str, *args: Any) -> list[tuple]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql, args).fetchall()


def column(path: Path, sql: str, *args: Any) -> list[Any]:
    return [row[0] for row in rows(path, sql, *args)]


def pdf_text(path: Path) -> str:
    """The PDF's text, its white space made single spaces (Qt places words one by one)."""
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)


def leaks(shop: Shop, text: str, named: set[int]) -> list[str]:
    """Whatever `text` says about customers other than hers: the name of anyone not in
    `named` (her, her merged record, her referrer, whom she referred), and the phone
    number or e-mail address of anyone but her."""
    formats = shop_formats("en", "SI", "EUR")
    mine = {shop.tjasa, shop.older}
    staff = set(column(shop.path, "SELECT name FROM staff"))
    found = []
    people = rows(shop.path, "SELECT id, name, phone, email FROM customer")
    others = rows(
        shop.path,
        "SELECT customer_id, NULL, CASE kind WHEN 'phone' THEN value END, "
        "CASE kind WHEN 'email' THEN value END FROM customer_contact_info",
    )
    for customer_id, name, phone, email in people + others:
        if customer_id in mine:
            continue
        if name and customer_id not in named and name not in staff and name in text:
            found.append(f"name {name} (#{customer_id})")
        for value in (phone, formats.phone(phone) if phone else None, email):
            if value and value in text:
                found.append(f"{value} (#{customer_id})")
    return found


# -- everything about her ---------------------------------------------------------------


def test_the_export_holds_everything_about_her(ctx: Context, shop: Shop) -> None:
    data = customer_data.customer_data(ctx, shop.tjasa)
    path = shop.path
    person = [shop.tjasa, shop.older]
    assert data["format"] == "enquirydesk.customer-data" and data["version"] == 1
    assert (data["shop"], data["currency"], data["language"]) == (SHOP, "EUR", "en")
    assert data["exported_at"] == "2026-03-02T10:00:00"

    me = data["customer"]
    assert (me["id"], me["name"], me["handle"], me["notes"]) == (
        shop.tjasa, "Tjaša Kastelic", "@tjasa.k", LONG_NOTE,
    )  # fmt: skip
    first_phone, first_email = rows(path, "SELECT phone, email FROM customer WHERE id = ?",
                                    shop.tjasa)[0]  # fmt: skip
    others = rows(path, "SELECT kind, value FROM customer_contact_info WHERE customer_id = ? "
                  "ORDER BY id", shop.tjasa)  # fmt: skip
    assert me["phones"] == [first_phone, *(v for k, v in others if k == "phone")]
    assert me["emails"] == [first_email, *(v for k, v in others if k == "email")]
    assert me["phones"] == ["+38641123456", "+38631555666"]
    assert me["emails"] == ["tjasa.kastelic@example.com", "tjasa@work.example.com"]
    assert me["referred_by"] == {"id": shop.referrer, "name": "B. Vrhovnik"}
    assert me["referred"] == [{"id": shop.referred, "name": "Urška Podlogar"}]
    assert me["forgotten"] is False and me["consent_at"] is None

    (older,) = data["merged_customers"]
    assert (older["id"], older["name"], older["phones"], older["emails"]) == (
        shop.older, "T. Kastelic", ["+38670987654"], ["t.kastelic.old@example.com"],
    )  # fmt: skip
    assert older["merged_at"] is not None

    # Every row of hers, deleted ones too, as the database has them.
    marks = ", ".join("?" * len(person))
    enquiries = column(path, f"SELECT id FROM enquiry WHERE customer_id IN ({marks}) "
                       "ORDER BY received_at, id", *person)  # fmt: skip
    assert [e["id"] for e in data["enquiries"]] == enquiries
    assert sorted(enquiries) == sorted(shop.enquiries)
    emarks = ", ".join("?" * len(enquiries))
    assert sorted(c["id"] for c in data["contacts"]) == column(
        path, f"SELECT id FROM contact WHERE enquiry_id IN ({emarks}) ORDER BY id", *enquiries
    )
    assert sorted(f["id"] for f in data["followups"]) == column(
        path, f"SELECT id FROM follow_up WHERE customer_id IN ({marks}) "
        f"OR enquiry_id IN ({emarks}) ORDER BY id", *person, *enquiries,
    )  # fmt: skip
    assert sorted(f["id"] for f in data["feedback"]) == column(
        path, f"SELECT id FROM feedback WHERE customer_id IN ({marks}) ORDER BY id", *person
    )

    bought, lost, gone, vacuum = shop.enquiries
    by_id = {e["id"]: e for e in data["enquiries"]}
    tv = by_id[bought]
    assert tv["channel"] == {"key": "phone", "name": "Phone"}
    assert (tv["interest"], tv["details"]) == ('Samsung TV 55"', "Wants it mounted on the wall")
    assert (tv["estimated_value"], tv["purchase_value"]) == ("899.00", "849.90")
    assert tv["outcome"] == {"key": "purchased", "name": "Purchased"}
    assert tv["purchase_channel"] == {"key": "delivery", "name": "Delivery"}
    assert tv["decision_factors"] == [
        {"key": "price", "name": "Cheapest price"},
        {"key": "after_sales", "name": "Good after-sales service"},
    ]
    assert tv["source"] == {"key": "recommendation", "name": "Recommendation"}
    assert tv["referred_by"] == {"id": shop.referrer, "name": "B. Vrhovnik"}
    assert tv["first_response"]["how"] == {"key": "call", "name": "Call"}
    assert by_id[lost]["lost_reason"] == {"key": "price", "name": "Price"}
    assert by_id[gone]["deleted_at"] is not None and by_id[bought]["deleted_at"] is None
    assert by_id[vacuum]["interest"] == "Vacuum cleaner"
    assert [p["enquiry_id"] for p in data["purchases"]] == [bought]
    assert data["purchases"][0]["value"] == "849.90"

    (call,) = [c for c in data["contacts"] if c["text"]]
    assert (call["enquiry_id"], call["kind"]["key"], call["text"]) == (
        bought, "call", "Called back about the mounting kit",
    )  # fmt: skip
    (complaint,) = data["feedback"]
    assert complaint["complaint"] is True and complaint["rating"] == 2
    assert complaint["comment"] == "The remote control was missing"
    assert complaint["resolution"] == "Sent a new remote control by post"
    assert complaint["complaint_resolved_at"] == (NOW - days(9)).isoformat()
    by_note = {f["note"]: f for f in data["followups"]}
    assert by_note["Ask how the TV works"]["state"] == "done"
    assert by_note["Ask how the TV works"]["result"] == "Happy with the picture"
    assert by_note["Offer the spring discount"]["state"] == "open"
    assert by_note["Offer the spring discount"]["kind"] == {"key": "custom", "name": "Follow-up"}

    # The change log: every entry of each of her rows, with its operation.
    log = {(e["operation_id"], e["entity"], e["entity_id"]) for e in data["change_log"]}
    for entity, ids in (
        ("customer", person),
        ("enquiry", enquiries),
        ("contact", [c["id"] for c in data["contacts"]]),
        ("follow_up", [f["id"] for f in data["followups"]]),
        ("feedback", [f["id"] for f in data["feedback"]]),
    ):
        imarks = ", ".join("?" * len(ids))
        direct = rows(path, "SELECT operation_id, entity, entity_id FROM change "
                      f"WHERE entity = ? AND entity_id IN ({imarks})", entity, *ids)  # fmt: skip
        assert set(direct) <= log, entity
    edits = [e for e in data["change_log"] if e["action"] == "edit_customer"]
    assert {e["summary"] for e in edits} == {"Customer Tjaša Kastelic edited"}
    (edit,) = [e for e in edits if e["entity"] == "customer"]
    assert (edit["entity_id"], edit["change"]) == (shop.tjasa, "update")
    assert {"handle", "notes"} <= set(edit["fields"])
    # The numbers the edit replaced (the older record's, taken over by the merge): their
    # rows are gone, their entries stay hers.
    assert {(e["entity"], e["change"]) for e in edits} == {
        ("customer", "update"), ("customer_contact_info", "create"),
        ("customer_contact_info", "delete"),
    }  # fmt: skip
    merges = [e for e in data["change_log"] if e["action"] == "merge_customers"]
    assert {e["summary"] for e in merges} == {"", "T. Kastelic merged into Tjaša Kastelic"}
    at = [e["at"] for e in data["change_log"]]
    assert at == sorted(at)


def test_nothing_about_anyone_else_is_in_the_json(ctx: Context, shop: Shop) -> None:
    target = files.write(ctx, shop.tjasa, shop.path.parent / "tjasa.json")
    text = target.read_text(encoding="utf-8")
    assert json.loads(text) == customer_data.customer_data(ctx, shop.tjasa)
    assert "Tjaša Kastelic" in text and '"phones": [\n' in text  # UTF-8 as it is, indented
    assert leaks(shop, text, {shop.referrer, shop.referred}) == []
    seen = leaks(shop, text + "Zoran Jereb 068 777 888", {shop.referrer, shop.referred})
    assert seen == [f"name Zoran Jereb (#{shop.stranger})", f"068 777 888 (#{shop.stranger})"]
    # The referrer and whom she referred are named, nothing more; his other record is
    # another customer (the merge that moved her referrer names it: its summary is left out).
    assert "B. Vrhovnik" in text and "Urška Podlogar" in text
    assert "Bogdan Vrhovnik" not in text


def test_the_pdf_reads_everything_about_her_and_nothing_else(ctx: Context, shop: Shop) -> None:
    target = files.write(ctx, shop.tjasa, shop.path.parent / "tjasa.pdf")
    text = pdf_text(target)
    reader = pypdf.PdfReader(target)
    assert reader.metadata.title == "Data held about Tjaša Kastelic"
    assert len(reader.pages) >= 3  # the long note runs over pages
    for said in (
        "Data held about Tjaša Kastelic", SHOP, "041 123 456", "031 555 666", "070 987 654",
        "tjasa@work.example.com", "@tjasa.k", "B. Vrhovnik", "Urška Podlogar",
        'Samsung TV 55"', "Wants it mounted on the wall", "849,90 €", "Bosch dishwasher",
        "Vacuum cleaner", "Called back about the mounting kit", "The remote control was missing",
        "Sent a new remote control by post", "Happy with the picture", "Offer the spring discount",
        "Customer Tjaša Kastelic edited", "word0", "word1099", "Kettle (typed twice)",
    ):  # fmt: skip
        assert said in text, said
    assert all(f"word{n} " in text for n in range(0, 1_100, 37))  # no piece of the note lost
    assert leaks(shop, text, {shop.referrer, shop.referred}) == []
    assert "Bogdan Vrhovnik" not in text


def test_long_text_is_cut_into_pieces_that_fit_a_page() -> None:
    assert pieces("") == []
    assert pieces("one\ntwo") == ["one\ntwo"]
    cut = pieces(LONG_NOTE)
    assert all(len(piece) <= PIECE for piece in cut)
    assert " ".join(cut) == LONG_NOTE
    unbroken = "x" * (PIECE * 2 + 5)
    assert "".join(pieces(unbroken)) == unbroken


@pytest.mark.parametrize("how", ["forgotten", "only marked"])
def test_a_forgotten_customer_exports_nothing_personal(shop: Shop, how: str) -> None:
    if how == "only marked":  # her details still in the rows: the export alone hides them
        with closing(sqlite3.connect(shop.path)) as connection, connection:
            connection.execute("UPDATE customer SET forgotten_at = ? WHERE id = ?",
                               (NOW.isoformat(" "), shop.tjasa))  # fmt: skip
    store = Store.open(shop.path, now=lambda: NOW)
    try:
        ctx = Context(store, Actor("test"), lambda: NOW)
        if how == "forgotten":
            privacy.forget(ctx, [shop.tjasa])
        data = customer_data.customer_data(ctx, shop.tjasa)
        text = files.json_text(data)
        pdf = pdf_text(files.write(ctx, shop.tjasa, shop.path.parent / "gone.pdf"))
    finally:
        store.close()
    me = data["customer"]
    assert me["forgotten"] is True and me["name"] == privacy.forgotten_label()
    assert me["name"] == "Forgotten customer"
    assert (me["phones"], me["emails"], me["handle"], me["notes"]) == ([], [], "", "")
    assert (me["referred_by"], me["referred"]) == (None, [])
    assert [m["name"] for m in data["merged_customers"]] == ["Forgotten customer"]
    assert len(data["enquiries"]) == len(shop.enquiries)  # the anonymous records stay
    assert all(e["summary"] == "" for e in data["change_log"])
    for said in (text, pdf):
        for personal in ("Tjaša", "Kastelic", "41123456", "041 123 456", "tjasa", "@", "Samsung",
                         "mounted", "mounting", "remote", "picture", "Vrhovnik", "Podlogar",
                         "word1"):  # fmt: skip
            assert personal not in said, personal
    assert "Forgotten customer" in pdf


# -- which customer ---------------------------------------------------------------------


def test_a_customer_is_found_by_any_number_or_address(ctx: Context, shop: Shop) -> None:
    find = privacy.find_customer
    assert find(ctx, phone="041 123 456") == shop.tjasa
    assert find(ctx, phone="+386 31 555 666") == shop.tjasa  # one of her other numbers
    assert find(ctx, email="TJASA@work.example.com") == shop.tjasa
    assert find(ctx, customer_id=shop.tjasa) == shop.tjasa
    # Her older record merged into her is the same person: asked for, she is exported.
    assert customer_data.customer_data(ctx, shop.older)["customer"]["id"] == shop.tjasa
    with pytest.raises(NotFoundError, match="There is no customer number 999999"):
        customer_data.customer_data(ctx, 999_999)
    with pytest.raises(NotFoundError, match="No customer has the phone number 041 765 432"):
        find(ctx, phone="041 765 432")
    with pytest.raises(ValidationError, match="Several customers have the phone number"):
        find(ctx, phone="041 999 000")
    with pytest.raises(ValidationError):
        find(ctx, phone="12")


def test_a_cancelled_or_refused_export_leaves_no_file(ctx: Context, shop: Shop) -> None:
    folder = shop.path.parent
    for name, stops in (("a.json", (1,)), ("a.pdf", (1, 2))):
        for stop in stops:  # before any work; as the PDF's first page is drawn

            def progress(done: int, total: int, told: list[int], stop: int = stop) -> bool:
                told.append(done)
                return len(told) < stop

            (folder / name).write_text("before", encoding="utf-8")
            with pytest.raises(Cancelled):
                files.write(ctx, shop.tjasa, folder / name, partial(progress, told=[]))
            assert (folder / name).read_text(encoding="utf-8") == "before"  # untouched
            (folder / name).unlink()
    with pytest.raises(ExportError, match=r"ends in \.json or \.pdf"):
        files.write(ctx, shop.tjasa, folder / "a.txt")
    assert sorted(p.name for p in folder.iterdir() if p.suffix in (".json", ".pdf", ".part")) == []


# -- the command line -------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], shop: Shop, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(shop.path), "--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_sentence(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("enquirydesk: "), err
    assert "Traceback" not in err
    return lines[0]


def test_the_command_line_writes_her_data(
    shop: Shop, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ENQUIRYDESK_PIN", raising=False)
    out = shop.path.parent / "tjasa.json"
    code, printed, err = run(capsys, shop, "customer-data", "--phone", "041 123 456",
                             "--out", str(out))  # fmt: skip
    assert (code, err) == (0, "")
    assert printed.strip() == str(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["customer"]["id"] == shop.tjasa
    assert data["customer"]["name"] == "Tjaša Kastelic"

    pdf = shop.path.parent / "tjasa.pdf"
    code, printed, err = run(capsys, shop, "customer-data", "--email",
                             "Tjasa.Kastelic@example.com", "--out", str(pdf))  # fmt: skip
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Data held about Tjaša Kastelic" in pdf_text(pdf)

    merged = shop.path.parent / "merged.json"  # her older record's number: her
    code, _, err = run(capsys, shop, "customer-data", "--customer", str(shop.older),
                       "--out", str(merged))  # fmt: skip
    assert code == 0, err
    assert json.loads(merged.read_text(encoding="utf-8"))["customer"]["id"] == shop.tjasa

    by_id = shop.path.parent / "by-id.json"
    code, _, err = run(capsys, shop, "customer-data", "--customer", str(shop.referred),
                       "--out", str(by_id))  # fmt: skip
    assert code == 0, err
    assert json.loads(by_id.read_text(encoding="utf-8"))["customer"]["referred_by"] == {
        "id": shop.tjasa, "name": "Tjaša Kastelic",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--phone", "041 765 432"], "No customer has the phone number 041 765 432."),
        (["--email", "nobody@example.com"], "No customer has the e-mail address"),
        (["--phone", "041 999 000"], "Several customers have the phone number 041 999 000"),
        (["--customer", "999999"], "There is no customer number 999999."),
        (["--phone", "12"], "phone number"),
    ],
)
def test_the_command_line_says_in_one_sentence_when_it_cannot(
    shop: Shop, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    out = shop.path.parent / "x.json"
    code, printed, err = run(capsys, shop, "customer-data", *argv, "--out", str(out))
    assert (code, printed) == (1, "")
    assert said in one_sentence(err)
    assert not out.exists()


def test_the_command_line_refuses_a_wrong_file_name_or_no_customer(
    shop: Shop, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, shop, "customer-data", "--phone", "041 123 456",
                       "--out", str(shop.path.parent / "x.txt"))  # fmt: skip
    assert code == 1 and "ends in .json or .pdf" in one_sentence(err)
    code, _, err = run(capsys, shop, "customer-data", "--out", "x.json")
    assert (
        code == 2
        and "One of the arguments --phone --email --customer is required" in one_sentence(err)
    )
    code, _, err = run(capsys, shop, "customer-data", "--phone", "041", "--email", "a@b.si",
                       "--out", "x.json")  # fmt: skip
    assert code == 2 and "not allowed with argument" in one_sentence(err)


def test_the_command_line_needs_the_owners_pin_once_set(
    shop: Shop, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ENQUIRYDESK_PIN", raising=False)
    store = Store.open(shop.path, now=lambda: NOW)
    try:
        security.set_owner_pin(Context(store, Actor("test"), lambda: NOW), PIN)
    finally:
        store.close()
    out = shop.path.parent / "tjasa.json"
    asked = ["customer-data", "--phone", "041 123 456", "--out", str(out)]
    code, _, err = run(capsys, shop, *asked)
    assert code == 1 and one_sentence(err) == "enquirydesk: This needs the owner's PIN."
    assert not out.exists()
    code, _, err = run(capsys, shop, *asked, "--pin", PIN)
    assert code == 0, err
    assert out.exists()
