"""The Customers page: a lazy directory searched as you type, the customer's card, edit
and merge (undone with Ctrl+Z), built only when first shown."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTableView

from enquirydesk.app import create_main_window
from enquirydesk.services import directory
from enquirydesk.services import settings as settings_service
from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry, mark_purchased
from enquirydesk.services.feedback import record_feedback
from enquirydesk.store import models, queries
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.customers import model as customer_model
from enquirydesk.ui.customers.detail import CustomerDetail
from enquirydesk.ui.customers.dialogs import CandidateModel, EditCustomerDialog, MergeDialog
from enquirydesk.ui.customers.model import CustomerEnquiriesModel, CustomerModel
from support import close_window, fits_its_content, open_shop_window, set_up_shop, undone
from support import saved as wait_saved


@pytest.fixture
def tasks(qapp, store):
    runner = Tasks()
    yield runner
    runner.shutdown(at_exit=store.close)  # the worker's own connection


@pytest.fixture
def window(qtbot, tmp_path: Path):
    made = create_main_window(str(tmp_path / "shop.sqlite"))
    qtbot.addWidget(made)
    settings_service.update(made.ctx, {"shop.country": "SI", "shop.name": "Test shop"})
    made.ctx.forget_cache()
    made.resize(1024, 640)
    made.show()
    qtbot.waitExposed(made)
    return made


def log(ctx: Context, **fields) -> int:
    fields.setdefault("channel", "phone")
    return log_enquiry(ctx, NewEnquiry(**fields)).created_id("enquiry")


def customer_of(enquiry_id: int) -> int:
    return queries.enquiry(enquiry_id)["customer"]


def open_page(qtbot, window):
    """The Customers tab shown: its page made, its first ids read."""
    window.tabs.setCurrentWidget(window.customers)
    assert window.customers.built
    view = window.customers.page
    qtbot.waitUntil(lambda: view.model.complete)
    return view


def card_read(qtbot, view) -> None:
    """The card asked for last is on the page (read on the worker)."""
    qtbot.waitUntil(lambda: not view.detail.pending)


def names(view) -> list[str]:
    model = view.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def operations() -> int:
    return models.Operation.select().count()


def test_the_model_passes_qt_model_tester_while_ids_arrive_in_two_steps(
    qtbot, qtmodeltester, ctx: Context, clock, tasks, monkeypatch
) -> None:
    monkeypatch.setattr(customer_model.CustomerModel, "FIRST", 5)
    monkeypatch.setattr(customer_model.CustomerModel, "BLOCK", 4)
    made = []
    for n in range(23):
        made.append(customer_of(log(ctx, name=f"Customer {n:03d}", phone=f"041 100 {n:03d}")))
        clock.advance(minutes=1)
    model = CustomerModel(ctx, tasks)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.countChanged):
        model.load("")
    assert model.rowCount() >= 5
    qtbot.waitUntil(lambda: model.complete)
    assert [model.customer_id(r) for r in range(23)] == made
    assert model.data(model.index(22, 0)) == "Customer 022"
    assert model.data(model.index(22, 1)) == "041 100 022"  # the shop's country: national
    assert model.data(model.index(22, 3)) == "1"
    model.sort(0, Qt.SortOrder.DescendingOrder)  # the name column reverses
    qtbot.waitUntil(lambda: model.complete)
    assert model.customer_id(0) == made[-1]
    model.sort(3, Qt.SortOrder.AscendingOrder)  # no index for counts: the order stays
    assert model.customer_id(0) == made[-1] and model.descending
    qtmodeltester.check(model)

    card = directory.card(ctx, made[0])
    enquiries = CustomerEnquiriesModel()
    qtmodeltester.check(enquiries)
    enquiries.set_lines(card.enquiries, ctx.formats)
    qtmodeltester.check(enquiries)
    assert enquiries.data(enquiries.index(0, 2)) == "Awaiting response"
    candidates = CandidateModel()
    candidates.set_rows(directory.candidates(ctx, "customer 00", None))
    qtmodeltester.check(candidates)
    assert candidates.rowCount() == 10


def test_the_page_costs_nothing_until_it_is_shown(tmp_path: Path) -> None:
    """A fresh process: making the window loads none of the page's modules."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        "QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,\n"
        f"                  {str(tmp_path / 'qsettings')!r})\n"
        "from enquirydesk.app import create_main_window\n"
        f"window = create_main_window({str(tmp_path / 'shop.sqlite')!r})\n"
        "names = ('customer_page', 'customer_layout', 'customer_model', 'customer_detail',\n"
        "         'customer_dialogs', 'customer_texts')\n"
        "print([n for n in names if 'enquirydesk.ui.' + n in sys.modules],\n"
        "      'enquirydesk.services.directory' in sys.modules, window.customers.built)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[] False False"


def test_search_as_you_type_finds_by_name_phone_and_email(qtbot, window) -> None:
    ctx = window.ctx
    log(ctx, name="Ana Novak", phone="041 123 456")
    log(ctx, name="Budi Santoso", phone="+62 812 3456 789", email="budi@example.com")
    log(ctx, name="Citra Dewi", email="citra.dewi@example.com")
    view = open_page(qtbot, window)
    assert names(view) == ["Ana Novak", "Budi Santoso", "Citra Dewi"]
    search = window.findChild(QLineEdit, "customerSearch")
    count = window.findChild(QLabel, "customerCount")
    for typed, found in (
        ("bud", ["Budi Santoso"]),  # a name's start
        ("041 12", ["Ana Novak"]),  # digits as dialled, in the shop's country
        ("+62 812", ["Budi Santoso"]),
        ("citra.d", ["Citra Dewi"]),  # an address's start
        ("budi@", ["Budi Santoso"]),
    ):
        search.clear()
        qtbot.keyClicks(search, typed)
        qtbot.waitUntil(lambda found=found: names(view) == found, timeout=2000)
        assert count.text().split()[0] == str(len(found))
    assert view.model.order_column == "email"
    header = view.table.horizontalHeader()
    assert header.sortIndicatorSection() == 2  # the arrow on the column searched
    search.clear()
    qtbot.keyClicks(search, "zzz")
    empty = window.findChild(QLabel, "customerEmptyState")
    qtbot.waitUntil(lambda: empty.isVisibleTo(view), timeout=2000)
    assert "No customer matches" in empty.text()


def test_the_card_shows_history_badges_referrals_and_a_shared_phone(qtbot, window) -> None:
    ctx = window.ctx
    days_ago = ctx.now() - timedelta(days=3)
    first = log(ctx, name="Ana Novak", phone="041 123 456", interest="Fridge", received_at=days_ago)
    mark_purchased(ctx, first, value="500", at=days_ago + timedelta(hours=1))
    record_feedback(ctx, first, rating=2, recommend=9, comment="Door is loud")
    log(ctx, name="Ana Novak", phone="041 123 456", interest="Oven")
    ana = customer_of(first)
    marko = customer_of(log(ctx, name="Marko Novak", phone="041 123 456"))  # the family phone
    lea = customer_of(
        log(ctx, name="Lea", phone="051 999 888", source="recommendation", referred_by=ana)
    )
    assert marko != ana  # suggested, never merged silently
    view = open_page(qtbot, window)
    view.select(ana)
    card_read(qtbot, view)
    detail = view.detail
    assert detail.name_label.text() == "Ana Novak"
    shared = window.findChild(QLabel, "sharedPhoneLabel")
    assert shared.isVisibleTo(detail)
    assert "Shares a phone number with:" in shared.text() and "Marko Novak" in shared.text()
    for badge in ("returning_buyer", "advocate"):
        assert detail.badges[badge].isVisibleTo(detail), badge
    assert not detail.badges["repeat_buyer"].isVisibleTo(detail)
    assert detail.figures.text().startswith("2 enquiries · 1 purchase, ")
    assert "Door is loud" in detail.sections["complaints"][1].text()
    assert "Lea" in detail.sections["referred"][1].text()
    detail.customerLinked.emit(lea)  # a click on the link
    assert detail.customer_id == lea
    card_read(qtbot, view)
    assert "referred by" in detail.since.text() and "Ana Novak" in detail.since.text()
    assert not shared.isVisibleTo(detail)


def test_an_enquiry_on_the_card_opens_on_the_enquiries_page(qtbot, window) -> None:
    ctx = window.ctx
    first = log(ctx, name="Ana Novak", interest="Fridge")
    second = log(ctx, name="Ana Novak", interest="Oven")
    view = open_page(qtbot, window)
    view.select(customer_of(first))
    card_read(qtbot, view)
    table = window.findChild(QTableView, "customerEnquiries")
    assert table.model().rowCount() == 2
    table.setFocus()
    table.selectRow(1)  # latest first: the fridge is second
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.enquiries
    assert window.enquiries.detail.enquiry_id == first
    window.tabs.setCurrentWidget(window.customers)
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.enquiries.detail.enquiry_id == second


def test_merge_keeps_every_enquiry_and_ctrl_z_restores_both(qtbot, window, clock) -> None:
    ctx = window.ctx
    kept = [log(ctx, name="Ana Kovač", phone="041 111 111") for _ in range(2)]
    others = [log(ctx, name="Ana K.", phone="041 222 222") for _ in range(3)]
    keep, other = customer_of(kept[0]), customer_of(others[0])
    view = open_page(qtbot, window)
    qtbot.keyClicks(view.search, "ana")
    qtbot.waitUntil(lambda: names(view) == ["Ana K.", "Ana Kovač"], timeout=2000)
    view.select(keep)
    card_read(qtbot, view)
    window.findChild(QAbstractButton, "mergeCustomerButton").click()
    dialog = view.dialog
    assert isinstance(dialog, MergeDialog)
    assert not dialog.ok_button.isEnabled()  # nothing picked yet
    qtbot.keyClicks(dialog.picker.edit, "041 222")
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() == 1, timeout=2000)
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.picker.list, Qt.Key.Key_Return)
    preview = dialog.preview.text()
    assert preview.startswith("Ana K. (3 enquiries) into Ana Kovač (2 enquiries)")
    assert "Moving to Ana Kovač: 3 enquiries" in preview
    before = operations()
    with qtbot.waitSignal(view.changed):
        dialog.ok_button.click()
    assert operations() == before + 1
    qtbot.waitUntil(lambda: names(view) == ["Ana Kovač"], timeout=2000)
    assert directory.card(ctx, keep).history.enquiries == 5  # 2 + 3: nothing lost
    assert {customer_of(e) for e in kept + others} == {keep}
    assert view.detail.customer_id == keep and view.selected_id() == keep
    card_read(qtbot, view)
    assert view.detail.figures.text().startswith("5 enquiries")
    assert "Ana K. merged into Ana Kovač" in window.statusBar().currentMessage()

    window.undo_action.trigger()  # Ctrl+Z
    undone(qtbot, window)
    assert directory.card(ctx, keep).history.enquiries == 2
    assert directory.card(ctx, other).history.enquiries == 3
    assert {customer_of(e) for e in others} == {other}
    qtbot.waitUntil(lambda: names(view) == ["Ana K.", "Ana Kovač"], timeout=2000)
    card_read(qtbot, view)
    assert view.detail.figures.text().startswith("2 enquiries")


@pytest.mark.parametrize("lang", ["sl", "id"])
def test_the_merge_summary_is_shown_whole_in_every_language(qtbot, tmp_path, lang) -> None:
    db = tmp_path / "shop.sqlite"
    set_up_shop(db, **{"shop.country": "SI", "shop.name": "Test shop"})
    window = open_shop_window(qtbot, db, lang)
    try:
        ctx = window.ctx
        keep = customer_of(log(ctx, name="Alenka Bizjak", phone="041 111 111",
                               email="alenkabizjak423@siol.net"))  # fmt: skip
        other = customer_of(log(ctx, name="Alenka Bizjak", phone="031 222 333",
                                email="alenka.bizjak@gmail.com"))  # fmt: skip
        view = open_page(qtbot, window)
        view.select(keep)
        card_read(qtbot, view)
        window.findChild(QAbstractButton, "mergeCustomerButton").click()
        dialog = view.dialog
        assert isinstance(dialog, MergeDialog)
        fits_its_content(dialog)
        dialog.choose(other, "Alenka Bizjak")  # the summary: six lines, some wrapped
        qtbot.wait(20)
        assert dialog.ok_button.isEnabled() and dialog.preview.text().count("\n") >= 5
        fits_its_content(dialog)
        picker = dialog.picker.geometry()
        assert dialog.preview.geometry().top() >= picker.bottom()  # under the list, not on it
        dialog.reject()
    finally:
        close_window(window)


def test_edit_with_an_invalid_phone_shows_why_and_saves_nothing(qtbot, window) -> None:
    ctx = window.ctx
    ana = customer_of(log(ctx, name="Ana Novak", phone="041 123 456"))
    view = open_page(qtbot, window)
    view.select(ana)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)  # the shortcut the button's tooltip names
    qtbot.waitUntil(lambda: isinstance(view.dialog, EditCustomerDialog))
    dialog = view.dialog
    assert "(F2)" in window.findChild(QAbstractButton, "editCustomerButton").toolTip()
    before = operations()
    dialog.phone_edit.setFocus()
    dialog.phone_edit.selectAll()
    qtbot.keyClicks(dialog.phone_edit, "12")
    qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("phone") == "12 is not a phone number."
    assert dialog.focusWidget() is dialog.phone_edit  # the focus goes where the fault is
    assert operations() == before
    assert queries.customer(ana)["phone"] == "+38641123456"

    dialog.phone_edit.setText("041 555 666")
    dialog.name_edit.setText("Ana Kovač")
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(dialog.phone_edit, Qt.Key.Key_Return)
    assert operations() == before + 1
    assert queries.customer(ana)["phone"] == "+38641555666"
    qtbot.waitUntil(lambda: names(view) == ["Ana Kovač"], timeout=2000)
    window.undo_action.trigger()
    undone(qtbot, window)
    assert queries.customer(ana)["name"] == "Ana Novak"
    qtbot.waitUntil(lambda: names(view) == ["Ana Novak"], timeout=2000)


def test_every_interactive_widget_has_an_accessible_name(qtbot, window) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QWidget

    ctx = window.ctx
    ana = customer_of(log(ctx, name="Ana Novak", phone="041 123 456"))
    log(ctx, name="Ana K", phone="041 123 456")
    view = open_page(qtbot, window)
    view.select(ana)
    card_read(qtbot, view)

    def unnamed(widget: QWidget) -> list[str]:
        return [
            child.objectName() or type(child).__name__
            for kind in (QAbstractButton, QLineEdit, QPlainTextEdit, QAbstractItemView)
            for child in widget.findChildren(kind)
            if child.isVisibleTo(widget)
            and child.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not child.accessibleName()
        ]

    assert unnamed(view) == []
    for opener in (view.edit, view.merge):
        opener()
        assert unnamed(view.dialog) == [], type(view.dialog).__name__
        view.dialog.reject()


def test_changes_made_elsewhere_show_and_a_read_only_file_allows_no_edit(qtbot, window) -> None:
    ctx = window.ctx
    ana = customer_of(log(ctx, name="Ana Novak"))
    view = open_page(qtbot, window)
    view.select(ana)
    window.done(log_enquiry(ctx, NewEnquiry(channel="walk_in", name="Budi")))  # a quick log
    qtbot.waitUntil(lambda: names(view) == ["Ana Novak", "Budi"], timeout=2000)
    assert view.detail.customer_id == ana and view.selected_id() == ana
    window.done(log_enquiry(ctx, NewEnquiry(channel="walk_in", name="Ana Novak")))
    card_read(qtbot, view)
    assert view.detail.figures.text().startswith("2 enquiries")
    assert view.model.data(view.model.index(0, 3)) == "2"
    window.set_read_only("The file failed its check.")
    for name in ("editCustomerButton", "mergeCustomerButton"):
        assert not window.findChild(QAbstractButton, name).isEnabled()
    view.edit()
    assert view.dialog is None


def test_possible_duplicates_are_merged_or_told_apart_from_the_keyboard(
    qtbot, qtmodeltester, window
) -> None:
    ctx = window.ctx
    typo = [
        customer_of(log(ctx, name="Ana Kovač", phone="041 555 123", email="ana@kovac.si")),
        customer_of(log(ctx, name="Ana Kovac", phone="041 555 132")),
    ]
    namesakes = [
        customer_of(log(ctx, name="Marko Kos", phone=p)) for p in ("041 111 222", "051 222 333")
    ]
    view = open_page(qtbot, window)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: view.duplicates is not None)
    dialog = view.duplicates
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=3000)
    qtmodeltester.check(dialog.model)
    pairs = [(p.first, p.second, p.why) for p in dialog.model.items()]
    assert pairs == [(*typo, "similar"), (*namesakes, "name")]
    assert "Ana Kovač · 041 555 123 · ana@kovac.si" in dialog.model.data(dialog.model.index(0, 0))

    dialog.table.selectRow(1)  # two people of the same name: Delete tells them apart
    before = operations()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=3000)
    assert operations() == before + 1

    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # the typo: Enter merges
    qtbot.waitUntil(lambda: isinstance(view.dialog, MergeDialog))
    merge = view.dialog
    assert merge.other_id == typo[1] and merge.ok_button.isEnabled()
    assert "041 555 132" in merge.preview.text()  # each side's numbers, told apart
    with qtbot.waitSignal(view.changed):
        merge.ok_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=3000)
    card = directory.card(ctx, typo[0])
    assert card.other_phones == ("+38641555132",)
    assert "No possible duplicates" in dialog.status.text()


def test_the_duplicates_dialog_names_the_key_as_qt_does(qtbot, window) -> None:
    view = open_page(qtbot, window)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: view.duplicates is not None)
    dialog = view.duplicates
    key = QKeySequence(QKeySequence.StandardKey.Delete)
    shown = key.toString(QKeySequence.SequenceFormat.NativeText)  # "Del", as in the menus
    assert f"{shown} says they are two people" in dialog.explain.text()
    assert dialog.distinct_button.toolTip().endswith(f"({shown})")
    dialog.reject()


# -- the card is read on the worker ---------------------------------------------------


def test_a_quick_second_customer_drops_the_first_card_and_the_buttons_wait(
    qtbot, ctx: Context, tasks: Tasks
) -> None:
    ana, budi, cene = (customer_of(log(ctx, name=n)) for n in ("Ana Novak", "Budi", "Cene"))
    detail = CustomerDetail(ctx, tasks)
    qtbot.addWidget(detail)
    detail.show()
    detail.show_customer(ana)
    qtbot.waitUntil(lambda: not detail.pending)
    heard: list[int | None] = []
    detail.loaded.connect(heard.append)
    held = threading.Event()
    tasks.run(lambda: held.wait(10))
    try:
        detail.show_customer(budi)
        detail.show_customer(cene)
        assert detail.pending and detail.customer_id == cene
        assert detail.name_label.text() == "Ana Novak"  # until Cene's card is there
        assert detail.card is None  # nothing acts on Ana's card now
        assert not detail.edit_button.isEnabled() and not detail.merge_button.isEnabled()
        qtbot.waitUntil(lambda: not detail.area.isEnabled())  # a long read: greyed
        with qtbot.assertNotEmitted(detail.editRequested, wait=150):
            (f2,) = [k for k in detail.findChildren(QShortcut) if k.key() == QKeySequence("F2")]
            f2.activated.emit()  # the key waits for the card
    finally:
        held.set()
    with qtbot.waitSignal(detail.editRequested):  # asked once Cene's card is there
        qtbot.waitUntil(lambda: not detail.pending)
    qtbot.wait(20)  # anything still on its way would land now
    assert heard == [cene]
    assert detail.name_label.text() == "Cene" and detail.card.id == cene
    assert detail.area.isEnabled() and detail.edit_button.isEnabled()

    detail.show_customer(cene + 1000)
    qtbot.waitUntil(lambda: not detail.pending)
    assert detail.empty.isVisible() and detail.card is None
    assert detail.empty.text() == "This customer was merged into another or deleted."
    assert not detail.edit_button.isEnabled()


def test_enter_on_a_customer_goes_to_their_enquiries_once_their_card_is_read(qtbot, window) -> None:
    ctx = window.ctx
    ana = customer_of(log(ctx, name="Ana Novak", interest="Fridge"))
    log(ctx, name="Ana Novak", interest="Oven")
    budi = customer_of(log(ctx, name="Budi", interest="Bike"))
    view = open_page(qtbot, window)
    view.select(budi)
    card_read(qtbot, view)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.table.setFocus()
    held = threading.Event()
    window.tasks.run(lambda: held.wait(10))
    try:
        view.table.selectRow(view.model.row_of(ana))
        assert view.detail.pending and view.detail.customer_id == ana
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        assert view.table.hasFocus()  # not into Budi's enquiries, still shown
    finally:
        held.set()
    enquiries = window.findChild(QTableView, "customerEnquiries")
    qtbot.waitUntil(enquiries.hasFocus)
    assert view.detail.card.id == ana and enquiries.model().rowCount() == 2
    assert [index.row() for index in enquiries.selectionModel().selectedRows()] == [0]
