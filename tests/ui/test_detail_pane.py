"""The detail pane: customer card, timeline and actions, driven from the keyboard."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from enquirydesk.services import enquiries, history
from enquirydesk.services.context import Changes, Context
from enquirydesk.services.enquiries import NewEnquiry
from enquirydesk.store import models, queries
from enquirydesk.ui.common import language
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.enquiries.actions import (
    EditDialog,
    FeedbackDialog,
    FollowUpDialog,
    LogContactDialog,
    LostDialog,
    PurchaseDialog,
)
from enquirydesk.ui.enquiries.detail_pane import DetailPane
from support import fits_its_content
from support import saved as wait_saved

BUTTONS = (
    "logContactButton",
    "markPurchasedButton",
    "markLostButton",
    "scheduleFollowUpButton",
    "recordFeedbackButton",
    "editEnquiryButton",
    "deleteEnquiryButton",
)


@pytest.fixture
def log(ctx: Context) -> Callable[..., int]:
    def log_one(**fields) -> int:
        fields.setdefault("channel", "phone")
        return enquiries.log_enquiry(ctx, NewEnquiry(**fields)).created_id("enquiry")

    return log_one


@pytest.fixture
def tasks(qapp, store):
    runner = Tasks()
    yield runner
    runner.shutdown(at_exit=store.close)  # the worker's own connection


@pytest.fixture
def pane(qtbot, ctx: Context, tasks: Tasks) -> DetailPane:
    widget = DetailPane(ctx, tasks)
    qtbot.addWidget(widget)
    widget.resize(420, 700)
    widget.show()
    return widget


def show(qtbot, pane: DetailPane, enquiry_id: int | None) -> None:
    """The enquiry asked for, and its card read on the worker and shown."""
    pane.show_enquiry(enquiry_id)
    shown(qtbot, pane)


def shown(qtbot, pane: DetailPane) -> None:
    """The card asked for last is on the pane (read on the worker)."""
    qtbot.waitUntil(lambda: not pane.pending)


def counts() -> dict[str, int]:
    return {model._meta.table_name: model.select().count() for model in models.ALL_MODELS}


def button(pane: DetailPane, name: str) -> QAbstractButton:
    found = pane.findChild(QAbstractButton, name)
    assert found is not None, name
    return found


def press(qtbot, widget: QWidget, key: Qt.Key = Qt.Key.Key_Space) -> None:
    """Press a key on a widget that has the keyboard focus, as a user tabbing there would."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, key)


def timeline_texts(pane: DetailPane) -> list[str]:
    model = pane.timeline_model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_nothing_selected_shows_a_hint_and_no_action(pane: DetailPane) -> None:
    assert pane.objectName() == "detailPane"
    assert pane.empty.isVisible()
    assert pane.empty.text() == "Select an enquiry to see its customer, timeline and actions"
    for name in BUTTONS:
        assert not button(pane, name).isEnabled()
        assert button(pane, name).toolTip() == "Select an enquiry first."


def test_selecting_an_enquiry_shows_the_customer_and_timeline(
    qtbot, qtmodeltester, pane: DetailPane, ctx: Context, log, clock
) -> None:
    first = log(name="Ana Novak", phone="041 123 456", interest="Fridge")
    clock.advance(minutes=30)
    enquiries.mark_purchased(ctx, first, value="499.90")
    clock.advance(days=1)
    eid = log(name="Ana Novak", phone="041 123 456", interest="Oven")
    clock.advance(minutes=5)
    enquiries.record_contact(ctx, eid, "call", text="Sent the price list")

    show(qtbot, pane, eid)
    assert pane.content.isVisible() and not pane.empty.isVisible()
    assert pane.enquiry_id == eid
    assert pane.customer_name.text() == "Ana Novak"
    assert pane.customer_contact.text() == "041 123 456"  # a number of the shop's country
    assert pane.returning_badge.isVisible()
    assert "1 other purchase" in pane.customer_history.text()
    assert "Fridge" in pane.past_purchases.text()
    assert pane.fact_labels["interest"].text() == "Oven"
    texts = timeline_texts(pane)
    assert "Enquiry received (Phone)" in texts[0] and texts[0].endswith("\nOven")
    assert any("Call to the customer" in t and "Sent the price list" in t for t in texts)
    assert any("First response after 5 min, within target" in t for t in texts)
    qtmodeltester.check(pane.timeline_model)

    show(qtbot, pane, first)
    assert not pane.returning_badge.isVisible()
    qtmodeltester.check(pane.timeline_model)
    show(qtbot, pane, None)
    assert pane.timeline_model.rowCount() == 0
    qtmodeltester.check(pane.timeline_model)


def test_mark_purchased_from_the_keyboard_and_undo_it(
    qtbot, pane: DetailPane, ctx: Context, log
) -> None:
    eid = log(name="Ana", interest="Fridge")
    show(qtbot, pane, eid)
    press(qtbot, button(pane, "markPurchasedButton"))
    dialog = pane.dialog
    assert isinstance(dialog, PurchaseDialog) and dialog.isVisible()
    assert dialog.focusWidget() is dialog.value_edit
    with qtbot.waitSignal(pane.changed) as emitted:
        qtbot.keyClicks(dialog.value_edit, "250")
        qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)
    shown(qtbot, pane)  # read again after the change
    assert pane.dialog is None
    changes = emitted.args[0]
    assert isinstance(changes, Changes) and changes.touches("enquiry")
    row = queries.enquiry(eid)
    assert (row["outcome"], row["purchase_value_cents"], row["purchase_channel"]) == (
        "purchased",
        25000,
        "in_store",
    )
    assert pane.fact_labels["status"].text().startswith("Purchased")
    assert not button(pane, "markLostButton").isEnabled()

    history.undo(ctx, changes.operation_id)
    pane.refresh()
    shown(qtbot, pane)
    row = queries.enquiry(eid)
    assert (row["outcome"], row["purchase_value_cents"], row["outcome_at"]) == ("open", None, None)
    assert button(pane, "markLostButton").isEnabled()
    assert pane.fact_labels["status"].text().startswith("Awaiting response")


def test_a_refused_value_keeps_the_dialog_open_and_writes_nothing(
    qtbot, pane: DetailPane, log
) -> None:
    eid = log(name="Ana")
    show(qtbot, pane, eid)
    before = counts()
    pane.mark_purchased()
    dialog = pane.dialog
    assert isinstance(dialog, PurchaseDialog)
    qtbot.keyClicks(dialog.value_edit, "-5")
    dialog.factor_checks["price"].setChecked(True)
    with qtbot.assertNotEmitted(pane.changed):
        qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)
        wait_saved(qtbot, dialog)
    assert dialog.isVisible() and pane.dialog is dialog
    assert dialog.error_text("value") == "An amount cannot be negative."
    assert dialog.value_edit.accessibleDescription() == "An amount cannot be negative."
    assert dialog.value_edit.hasFocus() or dialog.focusWidget() is dialog.value_edit
    assert counts() == before
    assert queries.enquiry(eid)["outcome"] == "open"

    # Typing a good value and Enter again saves, with what was ticked.
    dialog.value_edit.selectAll()
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClicks(dialog.value_edit, "12.50")
        qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Return)
    shown(qtbot, pane)  # read again after the change
    assert queries.enquiry(eid)["purchase_value_cents"] == 1250
    assert pane.fact_labels["factors"].text() == "Cheapest price"


def test_escape_cancels_without_writing(qtbot, pane: DetailPane, log) -> None:
    eid = log(name="Ana")
    show(qtbot, pane, eid)
    before = counts()
    pane.mark_lost()
    dialog = pane.dialog
    assert isinstance(dialog, LostDialog)
    with qtbot.assertNotEmitted(pane.changed):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert pane.dialog is None
    assert counts() == before


def test_buttons_that_do_not_apply_are_disabled_and_say_why(
    qtbot, pane: DetailPane, ctx: Context, log
) -> None:
    eid = log(name="Ana")
    show(qtbot, pane, eid)
    feedback_button = button(pane, "recordFeedbackButton")
    assert not feedback_button.isEnabled()
    assert "mark the enquiry purchased first" in feedback_button.toolTip()
    for name in set(BUTTONS) - {"recordFeedbackButton"}:
        assert button(pane, name).isEnabled(), name
    assert "(Ctrl+K)" in button(pane, "logContactButton").toolTip()
    assert "(F2)" in button(pane, "editEnquiryButton").toolTip()

    enquiries.mark_purchased(ctx, eid, value="10")
    pane.refresh()
    shown(qtbot, pane)
    lost = button(pane, "markLostButton")
    assert not lost.isEnabled()
    assert "Purchased enquiries cannot be marked lost" in lost.toolTip()
    assert feedback_button.isEnabled()

    other = log(name="Budi")
    enquiries.mark_lost(ctx, other, reason="price")
    show(qtbot, pane, other)
    assert button(pane, "markPurchasedButton").isEnabled()  # they came back after all
    assert not feedback_button.isEnabled()


def test_log_contact_sets_the_first_response(qtbot, pane: DetailPane, log, clock) -> None:
    eid = log(name="Ana", interest="Fridge")
    clock.advance(minutes=20)
    show(qtbot, pane, eid)
    assert pane.fact_labels["status"].text().startswith("Awaiting response")
    press(qtbot, button(pane, "logContactButton"))
    dialog = pane.dialog
    assert isinstance(dialog, LogContactDialog)
    assert dialog.kind_combo.currentData() == "call"  # a phone enquiry is answered by a call
    assert dialog.findChild(QWidget, "responseHint") is not None
    dialog.text_box.setFocus()
    qtbot.keyClicks(dialog.text_box, "Told them the price")
    qtbot.keyClick(dialog.text_box, Qt.Key.Key_Return)  # a new line, not saving
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.text_box, "and the delivery time")
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClick(dialog.text_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    shown(qtbot, pane)  # read again after the change
    row = queries.enquiry(eid)
    assert row["first_response_at"] == clock.now
    assert row["response_business_seconds"] == 20 * 60
    (contact,) = queries.contacts(eid)
    assert contact["text"] == "Told them the price\nand the delivery time"
    assert "within the 60 min target" in pane.fact_labels["response"].text()
    assert any("Told them the price" in t for t in timeline_texts(pane))


def test_mark_lost_needs_a_reason(qtbot, pane: DetailPane, log) -> None:
    eid = log(name="Ana")
    show(qtbot, pane, eid)
    pane.mark_lost()
    dialog = pane.dialog
    assert isinstance(dialog, LostDialog)
    assert dialog.reason_combo.currentIndex() == -1
    before = counts()
    qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Return)
    wait_saved(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("reason") == "Choose why the sale was lost."
    assert counts() == before
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findData("competitor"))
    qtbot.keyClicks(dialog.note_edit, "Bought at the mall")
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Return)
    shown(qtbot, pane)  # read again after the change
    assert queries.enquiry(eid)["outcome"] == "lost"
    assert pane.fact_labels["lost_reason"].text() == "Bought elsewhere"


def test_schedule_a_follow_up_for_the_next_opening(qtbot, pane: DetailPane, log) -> None:
    eid = log(name="Ana", answered_now=True)
    show(qtbot, pane, eid)
    pane.schedule_follow_up()
    dialog = pane.dialog
    assert isinstance(dialog, FollowUpDialog)
    qtbot.keyClicks(dialog.note_edit, "Call back about the quote")
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    shown(qtbot, pane)  # read again after the change
    custom = [f for f in queries.open_followups(eid) if f["kind"] == "custom"]
    assert [(f["note"], f["due_at"].isoformat()) for f in custom] == [
        ("Call back about the quote", "2026-03-03T09:00:00")
    ]
    assert any("Call back about the quote" in t for t in timeline_texts(pane))


@pytest.mark.parametrize("code", ["id", "sl"])
def test_the_action_dialogs_show_their_texts_whole_in_every_language(
    qtbot, pane: DetailPane, log, code: str
) -> None:
    language.apply(code)
    show(qtbot, pane, log(name="Ana Kovač", interest="Pralni stroj Gorenje", answered_now=True))
    for opener in (pane.log_contact, pane.mark_purchased, pane.mark_lost,
                   pane.schedule_follow_up, pane.edit_enquiry):  # fmt: skip
        opener()
        dialog = pane.dialog
        qtbot.waitExposed(dialog)
        fits_its_content(dialog)
        for edit in dialog.findChildren(QLineEdit):  # an example is never cut short
            example = edit.placeholderText()
            if example and edit.isVisibleTo(dialog):
                assert edit.width() >= edit.fontMetrics().horizontalAdvance(example), example
        dialog.reject()


def test_feedback_on_a_purchase_can_open_a_complaint(
    qtbot, pane: DetailPane, ctx: Context, log
) -> None:
    eid = log(name="Ana")
    enquiries.mark_purchased(ctx, eid, value="100")
    show(qtbot, pane, eid)
    pane.record_feedback()
    dialog = pane.dialog
    assert isinstance(dialog, FeedbackDialog)
    dialog.rating_combo.setCurrentIndex(dialog.rating_combo.findData("2"))
    dialog.comment_edit.setPlainText("Stopped working")
    with qtbot.waitSignal(pane.changed) as emitted:
        qtbot.keyClick(dialog.rating_combo, Qt.Key.Key_Return)
    shown(qtbot, pane)  # read again after the change
    assert "complaint" in emitted.args[0].summary
    assert [f["kind"] for f in queries.open_followups(eid, ("complaint",))] == ["complaint"]
    assert any("Complaint" in t and "Stopped working" in t for t in timeline_texts(pane))


def test_edit_saves_only_what_changed(qtbot, pane: DetailPane, log) -> None:
    eid = log(name="Ana", interest="Fridge")
    show(qtbot, pane, eid)
    pane.edit_enquiry()
    dialog = pane.dialog
    assert isinstance(dialog, EditDialog)
    with qtbot.assertNotEmitted(pane.changed):
        qtbot.keyClick(dialog.interest_edit, Qt.Key.Key_Return)  # nothing changed: just closes
    assert pane.dialog is None

    pane.edit_enquiry()
    dialog = pane.dialog
    assert isinstance(dialog, EditDialog)
    qtbot.keyClicks(dialog.interest_edit, "Big fridge")  # the old text was selected
    # Not an amount written any way (where "1.500" is one the shop's way, once amounts are
    # read with the shop's formats).
    dialog.estimate_edit.setText("1.2.3")
    qtbot.keyClick(dialog.interest_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, dialog)
    assert dialog.isVisible()
    assert "is not an amount" in dialog.error_text("estimated_value")
    assert queries.enquiry(eid)["interest"] == "Fridge"
    dialog.estimate_edit.setText("1500")
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClick(dialog.estimate_edit, Qt.Key.Key_Return)
    shown(qtbot, pane)  # read again after the change
    row = queries.enquiry(eid)
    assert (row["interest"], row["estimated_value_cents"]) == ("Big fridge", 150000)
    assert pane.fact_labels["interest"].text() == "Big fridge"


def test_delete_asks_first_and_can_be_undone(qtbot, pane: DetailPane, ctx: Context, log) -> None:
    eid = log(name="Ana")
    show(qtbot, pane, eid)
    pane.delete_enquiry()
    box = pane.confirmation
    assert box is not None and box.isVisible()
    assert "undo" in box.informativeText().lower()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert pane.confirmation is None
    assert queries.enquiry(eid) is not None

    press(qtbot, button(pane, "deleteEnquiryButton"))
    box = pane.confirmation
    assert box is not None
    with qtbot.waitSignal(pane.changed) as emitted:
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Delete is the default button
    shown(qtbot, pane)  # read again after the change
    assert queries.enquiry(eid) is None
    assert pane.empty.isVisible() and "Undo" in pane.empty.text()
    assert not button(pane, "logContactButton").isEnabled()

    history.undo(ctx, emitted.args[0].operation_id)
    show(qtbot, pane, eid)
    assert pane.customer_name.text() == "Ana"


def test_every_interactive_widget_has_an_accessible_name(
    qtbot, pane: DetailPane, ctx: Context, log
) -> None:
    eid = log(name="Ana")
    enquiries.mark_purchased(ctx, eid, value="10")
    show(qtbot, pane, eid)
    interactive = (
        QAbstractButton,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QAbstractSpinBox,
        QAbstractItemView,
    )

    def unnamed(widget: QWidget) -> list[str]:
        return [
            child.objectName() or type(child).__name__
            for kind in interactive
            for child in widget.findChildren(kind)
            if child.isVisibleTo(widget)
            and child.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not child.accessibleName()
            and child.parent() is not None
            and not isinstance(child.parent(), QComboBox | QAbstractSpinBox)
        ]

    assert unnamed(pane) == []
    for opener in (
        pane.log_contact,
        pane.mark_purchased,
        pane.schedule_follow_up,
        pane.record_feedback,
        pane.edit_enquiry,
    ):
        opener()
        dialog = pane.dialog
        assert dialog is not None
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.reject()


def test_the_shortcuts_open_the_actions(qtbot, pane: DetailPane, log) -> None:
    eid = log(name="Ana")
    show(qtbot, pane, eid)
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    pane.timeline_view.setFocus()
    qtbot.keyClick(pane.timeline_view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(pane.dialog, PurchaseDialog))
    pane.dialog.reject()
    assert pane.dialog is None
    pane.activateWindow()  # offscreen has no window manager to hand it back
    qtbot.waitUntil(pane.isActiveWindow)
    qtbot.keyClick(pane.timeline_view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(pane.dialog, EditDialog))
    pane.dialog.reject()


# -- the card is read on the worker ---------------------------------------------------


def test_a_quick_second_selection_drops_the_first_card(
    qtbot, pane: DetailPane, tasks: Tasks, log
) -> None:
    first, second, third = log(name="Ana"), log(name="Budi"), log(name="Cene")
    heard: list[int | None] = []
    pane.loaded.connect(heard.append)

    # A waiting read replaced by the newer one.
    held = threading.Event()
    tasks.run(lambda: held.wait(10))
    pane.show_enquiry(first)
    pane.show_enquiry(second)
    assert pane.pending and pane.enquiry_id == second
    held.set()
    shown(qtbot, pane)
    qtbot.wait(20)  # anything still on its way would land now
    assert heard == [second]
    assert pane.customer_name.text() == "Budi" and pane.card.facts.id == second

    # A read already done, its answer not yet handed over: dropped too.
    heard.clear()
    pane.show_enquiry(first)
    assert tasks.wait()  # the first card is read; the GUI thread has not heard it yet
    pane.show_enquiry(third)
    shown(qtbot, pane)
    qtbot.wait(20)
    assert heard == [third]
    assert pane.customer_name.text() == "Cene" and pane.card.facts.id == third


def test_the_actions_wait_while_a_card_is_read(qtbot, pane: DetailPane, log) -> None:
    first, second = log(name="Ana"), log(name="Budi")
    show(qtbot, pane, first)
    held = threading.Event()
    pane.tasks.run(lambda: held.wait(10))
    try:
        pane.show_enquiry(second)
        assert pane.pending
        assert pane.customer_name.text() == "Ana"  # the card before stays until Budi's is there
        assert pane.card is None  # nothing acts on Ana's card now
        for name in BUTTONS:
            assert not button(pane, name).isEnabled(), name
            assert button(pane, name).toolTip() == "Loading the enquiry…"
        pane.mark_purchased()
        pane.delete_enquiry()
        assert pane.dialog is None and pane.confirmation is None
        qtbot.waitUntil(lambda: not pane.content.isEnabled())  # a long read: greyed
        pane.press("editEnquiry")  # the key waits for the card
        assert pane.dialog is None
    finally:
        held.set()
    qtbot.waitUntil(lambda: isinstance(pane.dialog, EditDialog))
    assert pane.dialog.card.facts.id == second
    assert pane.customer_name.text() == "Budi" and pane.content.isEnabled()
    assert button(pane, "logContactButton").isEnabled()
    pane.dialog.reject()


def test_a_focused_button_keeps_the_keyboard_while_the_card_is_read_again(
    qtbot, pane: DetailPane, log
) -> None:
    show(qtbot, pane, log(name="Ana"))
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    log_contact = button(pane, "logContactButton")
    log_contact.setFocus(Qt.FocusReason.TabFocusReason)
    assert log_contact.hasFocus()
    held = threading.Event()
    pane.tasks.run(lambda: held.wait(10))
    try:
        pane.refresh()
        assert not log_contact.isEnabled() and not log_contact.hasFocus()
    finally:
        held.set()
    shown(qtbot, pane)
    assert log_contact.isEnabled() and log_contact.hasFocus()


def test_a_deleted_or_unknown_enquiry_says_so(qtbot, pane: DetailPane, ctx: Context, log) -> None:
    eid = log(name="Ana")
    show(qtbot, pane, eid)
    enquiries.delete_enquiry(ctx, eid)  # elsewhere: another PC, or the Today page
    pane.refresh()
    assert pane.customer_name.text() == "Ana"  # until the answer is there
    shown(qtbot, pane)
    assert pane.empty.isVisible() and pane.empty.text() == "This enquiry was deleted."
    assert pane.card is None and pane.enquiry_id == eid
    assert not button(pane, "logContactButton").isEnabled()
    assert not pane.exists(eid)

    show(qtbot, pane, eid + 1000)
    assert pane.empty.text() == "This enquiry was deleted."
    show(qtbot, pane, None)
    assert pane.empty.text() == "Select an enquiry to see its customer, timeline and actions"
