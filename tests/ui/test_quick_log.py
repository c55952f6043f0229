"""The quick log dialog: an enquiry from the keyboard alone, returning customers, clear refusals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWidget

from enquirydesk.services.context import Context
from enquirydesk.services.enquiries import NewEnquiry, log_enquiry, mark_purchased
from enquirydesk.store import queries
from enquirydesk.store.models import Channel, Customer, Enquiry, FollowUp, Operation
from enquirydesk.ui.common import language
from enquirydesk.ui.enquiries.quick_log import QuickLogDialog
from support import fits_its_content
from support import saved as wait_saved

# The offscreen platform cannot pass a window's new minimum size on (real ones can).
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def dialog(qtbot, ctx: Context) -> QuickLogDialog:
    shown = QuickLogDialog(ctx)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shown.channel_combo)
    return shown


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key) -> None:
    """A key pressed on whatever has the keyboard focus, as a user would."""
    qtbot.keyClick(focused(), key)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def child(dialog: QuickLogDialog, kind: type, name: str):
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def channel_key(enquiry: dict) -> str:
    return Channel.get_by_id(enquiry["channel"]).key


def only_enquiry() -> dict:
    rows = list(Enquiry.select().dicts())
    assert len(rows) == 1
    return rows[0]


def counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in (Enquiry, Customer, Operation)}


def log(ctx: Context, **fields) -> int:
    fields.setdefault("channel", "phone")
    return log_enquiry(ctx, NewEnquiry(**fields)).created_id("enquiry")


def test_the_names_tests_and_users_rely_on(dialog: QuickLogDialog) -> None:
    assert dialog.objectName() == "quickLogDialog"
    assert child(dialog, QComboBox, "channelCombo").count() == 7
    for name in ("nameEdit", "phoneEdit", "emailEdit", "interestEdit"):
        child(dialog, QLineEdit, name)
    for name in ("saveButton", "answeredNowCheck"):
        child(dialog, QAbstractButton, name)
    assert dialog.save_button.isDefault()
    combo = dialog.channel_combo
    assert [combo.itemText(i) for i in range(3)] == ["1  Phone", "2  Walk-in", "3  E-mail"]
    assert [combo.itemData(i) for i in range(3)] == ["phone", "walk_in", "email"]
    assert "1–7" in combo.toolTip()
    assert dialog.source_combo.itemText(0) == "" and dialog.source_combo.itemData(0) is None
    interactive = [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.objectName()
    ]
    assert {w.objectName() for w in interactive} >= {"notesEdit", "sourceCombo", "suggestionList"}
    for widget in interactive:
        assert widget.accessibleName(), widget.objectName()
        assert widget.toolTip(), widget.objectName()


def test_a_walk_in_logged_from_the_keyboard_alone(qtbot, dialog, clock) -> None:
    press(qtbot, Qt.Key.Key_2)  # the channel, by its number
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Budi Santoso")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "041 123 456")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # no e-mail
    type_text(qtbot, "Gorenje fridge")
    assert focused() is dialog.interest_edit
    assert dialog.answered_check.isChecked()  # walk-ins are served on the spot
    press(qtbot, Qt.Key.Key_Return)
    wait_saved(qtbot, dialog)

    assert dialog.result() == QuickLogDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    enquiry = only_enquiry()
    assert channel_key(enquiry) == "walk_in"
    assert enquiry["interest"] == "Gorenje fridge"
    assert enquiry["received_at"] == clock.now
    assert enquiry["first_response_at"] == enquiry["received_at"]  # answered now
    assert enquiry["response_seconds"] == 0
    customer = queries.customer(enquiry["customer"])
    assert (customer["name"], customer["phone"]) == ("Budi Santoso", "+38641123456")
    assert dialog.changes is not None
    assert dialog.changes.created_id("enquiry") == enquiry["id"]


def test_tab_goes_through_the_fields_in_order(qtbot, dialog) -> None:
    dialog.name_edit.setText("Ana")  # so that Save can take the focus
    seen = [focused().objectName()]
    for _ in range(9):
        press(qtbot, Qt.Key.Key_Tab)
        seen.append(focused().objectName())
    assert seen == [
        "channelCombo",
        "nameEdit",
        "phoneEdit",
        "emailEdit",
        "interestEdit",
        "notesEdit",
        "sourceCombo",
        "referredByEdit",
        "answeredNowCheck",
        "saveButton",
    ]


def test_digits_choose_the_channel_but_are_typed_into_text_boxes(qtbot, dialog) -> None:
    for key, channel in ((Qt.Key.Key_3, "email"), (Qt.Key.Key_7, "other")):
        qtbot.keyClick(dialog.channel_combo, key)
        assert dialog.channel_combo.currentData() == channel
    qtbot.keyClick(dialog.channel_combo, Qt.Key.Key_8)  # no eighth channel
    assert dialog.channel_combo.currentData() == "other"
    qtbot.keyClick(dialog.answered_check, Qt.Key.Key_1)
    assert dialog.channel_combo.currentData() == "phone"
    dialog.phone_edit.setFocus()
    type_text(qtbot, "041")
    assert dialog.phone_edit.text() == "041"
    assert dialog.channel_combo.currentData() == "phone"


def test_answered_now_follows_the_channel_until_the_user_sets_it(qtbot, dialog) -> None:
    check = dialog.answered_check
    assert dialog.channel_combo.currentData() == "phone" and check.isChecked()
    qtbot.keyClick(dialog.channel_combo, Qt.Key.Key_3)  # e-mail: answered later
    assert not check.isChecked()
    qtbot.keyClick(dialog.channel_combo, Qt.Key.Key_2)  # walk-in
    assert check.isChecked()
    qtbot.keyClick(check, Qt.Key.Key_Space)  # the user knows better
    assert not check.isChecked()
    qtbot.keyClick(dialog.channel_combo, Qt.Key.Key_1)
    assert not check.isChecked()


def test_an_enquiry_not_answered_yet_waits_for_a_response(qtbot, dialog, clock) -> None:
    qtbot.keyClick(dialog.channel_combo, Qt.Key.Key_3)
    qtbot.keyClicks(dialog.email_edit, "Ana.Novak@Example.com")
    qtbot.keyClicks(dialog.interest_edit, "washing machine")
    qtbot.keyClick(dialog.interest_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, dialog)
    enquiry = only_enquiry()
    assert channel_key(enquiry) == "email"
    assert enquiry["first_response_at"] is None
    assert queries.customer(enquiry["customer"])["email"] == "ana.novak@example.com"
    assert [f.kind for f in FollowUp.select()] == ["respond"]


def test_a_bad_phone_number_is_named_and_blocks_saving_until_fixed(qtbot, dialog) -> None:
    error = dialog.findChild(QWidget, "phoneError")
    save = dialog.save_button
    assert not save.isEnabled()
    assert save.toolTip() == "Type the customer's name, phone or e-mail first."

    dialog.phone_edit.setFocus()
    type_text(qtbot, "041 12")
    assert not error.isVisible()  # not while the number is still being typed
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field
    assert error.isVisible()
    assert error.text() == "Phone number 041 12 is not a valid number in SI."
    assert not save.isEnabled()
    assert save.toolTip() == "Fix the phone number first."
    assert dialog.phone_edit.accessibleDescription() == error.text()

    qtbot.keyClick(dialog.interest_edit, Qt.Key.Key_Return)  # Enter does not save
    assert dialog.isVisible()
    assert Enquiry.select().count() == 0

    dialog.phone_edit.setFocus()
    type_text(qtbot, "3 456")
    qtbot.waitUntil(lambda: not error.isVisible())  # an error shown follows the typing
    assert save.isEnabled()
    assert "Enter" in save.toolTip()


def test_a_bad_email_address_is_named_when_enter_is_pressed(qtbot, dialog) -> None:
    error = dialog.findChild(QWidget, "emailError")
    qtbot.keyClicks(dialog.name_edit, "Ana")
    qtbot.keyClicks(dialog.email_edit, "ana@")
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.toolTip() == "Fix the e-mail address first."
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert error.isVisible()
    assert error.text().startswith("ana@ is not a valid e-mail address")
    assert Enquiry.select().count() == 0


def test_a_returning_customer_is_found_by_name_and_chosen_with_the_keyboard(
    qtbot, dialog, ctx: Context, clock
) -> None:
    first = log(ctx, name="Ana Novak", phone="041 123 456", email="ana@example.com")
    mark_purchased(ctx, first, value="300")
    log(ctx, name="Andrej Kos", phone="031 222 333")
    ana = queries.enquiry(first)["customer"]
    clock.advance(hours=1)

    dialog.name_edit.setFocus()
    type_text(qtbot, "ana n")
    suggestions = dialog.suggestion_list
    qtbot.waitUntil(lambda: suggestions.isVisible() and suggestions.count() == 1)
    text = suggestions.item(0).text()
    # The shop's own way (Slovenia): the number nationally, the date as dd/MM/yyyy in English.
    assert "Ana Novak · 041 123 456 · ana@example.com" in text
    assert "1 enquiry · 1 purchase · last 02/03/2026" in text

    press(qtbot, Qt.Key.Key_Down)
    assert focused() is suggestions
    press(qtbot, Qt.Key.Key_Return)  # takes the customer; does not save
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "Ana Novak"
    assert dialog.phone_edit.text() == "041 123 456"
    assert dialog.email_edit.text() == "ana@example.com"
    assert dialog.chosen_customer_id == ana
    assert not suggestions.isVisible()
    returning = dialog.findChild(QWidget, "returningLabel")
    assert returning.isVisible()
    assert returning.text().startswith("Returning customer: 1 enquiry · 1 purchase")
    assert focused() is dialog.interest_edit

    type_text(qtbot, "dishwasher")
    press(qtbot, Qt.Key.Key_Return)
    wait_saved(qtbot, dialog)
    assert dialog.result() == QuickLogDialog.DialogCode.Accepted
    saved = queries.enquiry(dialog.changes.created_id("enquiry"))
    assert saved["customer"] == ana
    assert Customer.select().count() == 2


def test_a_customer_found_by_phone_is_taken_with_a_double_click(qtbot, dialog, ctx) -> None:
    log(ctx, name="Marko Horvat", phone="041 777 888")
    log(ctx, name="Ana Horvat", phone="041 777 888")  # the family phone
    qtbot.keyClicks(dialog.phone_edit, "041 777")
    suggestions = dialog.suggestion_list
    qtbot.waitUntil(lambda: suggestions.isVisible() and suggestions.count() == 2)
    ana_row = next(i for i in range(2) if suggestions.item(i).text().startswith("Ana Horvat"))
    rect = suggestions.visualItemRect(suggestions.item(ana_row))
    # A real double-click starts with a click (QTest's double-click alone lacks the press).
    qtbot.mouseClick(suggestions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(suggestions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.name_edit.text() == "Ana Horvat"
    ana = Customer.get(Customer.name == "Ana Horvat").id
    assert dialog.chosen_customer_id == ana
    qtbot.keyClick(dialog.interest_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, dialog)
    assert Enquiry.select().order_by(Enquiry.id.desc()).first().customer_id == ana


def test_typing_over_a_chosen_customers_details_forgets_them(qtbot, dialog, ctx) -> None:
    log(ctx, name="Ana Novak", phone="041 123 456")
    qtbot.keyClicks(dialog.name_edit, "ana")
    qtbot.waitUntil(lambda: dialog.suggestion_list.count() == 1)
    dialog.choose(0)
    assert dialog.chosen_customer_id is not None
    qtbot.keyClicks(dialog.email_edit, "ana@example.com")  # she had none: still her
    assert dialog.chosen_customer_id is not None
    dialog.phone_edit.selectAll()
    qtbot.keyClicks(dialog.phone_edit, "031 000 111")  # another number: someone else
    assert dialog.chosen_customer_id is None
    assert not dialog.findChild(QWidget, "returningLabel").isVisible()


def test_a_refusal_by_the_service_keeps_everything_typed_and_writes_nothing(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.name_edit, "Ana Novak")
    qtbot.keyClicks(dialog.phone_edit, "041 123 456")
    notes = "x" * 10_001  # longer than any note may be
    dialog.notes_edit.setPlainText(notes)
    before = counts()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.changes is None
    assert counts() == before
    error = dialog.findChild(QWidget, "notesError")
    assert error.isVisible()
    assert error.text() == "The details are longer than 10,000 characters."
    assert dialog.notes_edit.toPlainText() == notes
    assert dialog.name_edit.text() == "Ana Novak"
    assert focused() is dialog.notes_edit

    dialog.notes_edit.setPlainText("call back after lunch")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, dialog)
    assert dialog.result() == QuickLogDialog.DialogCode.Accepted
    assert only_enquiry()["details"] == "call back after lunch"
    assert not error.isVisible()


def test_the_list_gives_the_keyboard_back_and_ctrl_enter_saves_from_the_notes(
    qtbot, dialog, ctx
) -> None:
    log(ctx, name="Ana Novak", phone="041 123 456")
    dialog.phone_edit.setFocus()
    type_text(qtbot, "041 1")
    press(qtbot, Qt.Key.Key_Down)  # at once, before the pause in typing: looked up now
    assert focused() is dialog.suggestion_list
    press(qtbot, Qt.Key.Key_Escape)  # back to typing; the dialog stays
    assert focused() is dialog.phone_edit
    assert dialog.isVisible()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Up)
    assert focused() is dialog.phone_edit
    assert dialog.chosen_customer_id is None

    type_text(qtbot, "11 222")
    dialog.notes_edit.setFocus()
    type_text(qtbot, "first line")
    press(qtbot, Qt.Key.Key_Return)  # a new line in the notes, not a save
    type_text(qtbot, "second line")
    assert dialog.isVisible()
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, dialog)
    assert dialog.result() == QuickLogDialog.DialogCode.Accepted
    enquiry = only_enquiry_of_phone("+38641111222")
    assert enquiry["details"] == "first line\nsecond line"


def only_enquiry_of_phone(phone: str) -> dict:
    customer = Customer.get(Customer.phone == phone)
    rows = list(Enquiry.select().where(Enquiry.customer == customer.id).dicts())
    assert len(rows) == 1
    return rows[0]


def test_who_recommended_the_shop_is_picked_from_the_keyboard_and_counts_as_a_referral(
    qtbot, dialog, ctx: Context, clock
) -> None:
    from enquirydesk.domain.month import Month
    from enquirydesk.services import report

    ana = queries.enquiry(log(ctx, name="Ana Novak", phone="041 123 456"))["customer"]
    log(ctx, name="Andrej Kos", phone="031 222 333")
    month = Month(clock.now.year, clock.now.month)
    assert report.figures_of(ctx, month)["referrals"] == 0

    press(qtbot, Qt.Key.Key_2)  # a walk-in
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Lea Zupan")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "051 999 888")
    qtbot.keyClick(focused(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Recommended by
    picker = dialog.referrer
    assert focused() is picker.edit
    type_text(qtbot, "an")
    assert not dialog.save_button.isEnabled()  # typed, not picked: it would be lost
    qtbot.waitUntil(lambda: picker.list.isVisible() and len(picker.model.rows) == 2)
    press(qtbot, Qt.Key.Key_Return)  # two match: into the list, never a save
    assert dialog.isVisible() and Enquiry.select().count() == 2
    assert focused() is picker.list
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Return)  # Ana Novak, the first: taken, not saved
    assert dialog.isVisible() and Enquiry.select().count() == 2
    assert picker.chosen == ana
    assert picker.edit.text() == "Ana Novak · 041 123 456"
    assert not picker.list.isVisible()
    assert focused() is picker.edit
    assert dialog.source_combo.currentData() == "recommendation"  # was empty
    assert dialog.save_button.isEnabled()

    press(qtbot, Qt.Key.Key_Return)  # now Enter saves
    wait_saved(qtbot, dialog)
    assert dialog.result() == QuickLogDialog.DialogCode.Accepted
    enquiry = queries.enquiry(dialog.changes.created_id("enquiry"))
    assert enquiry["referred_by"] == ana
    lea = queries.customer(enquiry["customer"])
    assert (lea["name"], lea["referred_by"]) == ("Lea Zupan", ana)  # as Edit customer sets
    assert report.figures_of(ctx, month)["referrals"] == 1  # counted from this moment


def test_enter_or_esc_in_the_recommender_field_never_saves_or_closes_by_accident(
    qtbot, dialog, ctx: Context
) -> None:
    log(ctx, name="Ana Novak", phone="041 123 456")
    qtbot.keyClicks(dialog.name_edit, "Lea Zupan")
    picker = dialog.referrer
    picker.edit.setFocus()
    type_text(qtbot, "ana")
    press(qtbot, Qt.Key.Key_Return)  # before the pause in typing: looked up, the one taken
    assert dialog.isVisible() and Enquiry.select().count() == 1
    assert picker.chosen is not None

    picker.edit.clear()
    type_text(qtbot, "an")
    qtbot.waitUntil(lambda: picker.list.isVisible())
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is picker.list
    press(qtbot, Qt.Key.Key_Escape)  # back to the field; the dialog stays
    assert dialog.isVisible() and focused() is picker.edit
    assert picker.chosen is None
    error = dialog.findChild(QWidget, "referredByError")
    qtbot.keyClick(dialog.interest_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and Enquiry.select().count() == 1
    assert dialog.save_button.toolTip() == (
        "Pick who recommended them from the list, or clear that field."
    )
    picker.edit.clear()
    assert dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.interest_edit, Qt.Key.Key_Return)
    wait_saved(qtbot, dialog)
    assert Enquiry.select().order_by(Enquiry.id.desc()).first().referred_by_id is None
    assert not error.isVisible()


@pytest.mark.parametrize("code", ["id", "sl"])
def test_the_namesakes_warning_is_shown_whole_in_every_language(qtbot, ctx, code) -> None:
    for phone in ("041 100 200", "041 100 300", "041 100 400"):
        log(ctx, name="Rina Wijaya", phone=phone)
    language.apply(code)
    dialog = QuickLogDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    warning = dialog.findChild(QWidget, "namesakeWarning")
    qtbot.keyClicks(dialog.name_edit, "Rina Wijaya")
    qtbot.keyClicks(dialog.phone_edit, "041 300 400")
    qtbot.waitUntil(warning.isVisible)
    qtbot.wait(20)
    fits_its_content(dialog)  # the list of three and the warning, nothing cut or overlaid
    needed = dialog.layout().totalMinimumHeightForWidth(dialog.width())
    assert dialog.height() < needed + 40  # grown to fit, not left with a gap


def test_the_same_name_with_another_number_is_pointed_out_before_saving(
    qtbot, dialog, ctx: Context
) -> None:
    log(ctx, name="Rina Wijaya", phone="041 100 200")
    warning = dialog.findChild(QWidget, "namesakeWarning")
    dialog.name_edit.setFocus()
    type_text(qtbot, "Rina Wijaya")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "041 300 400")
    qtbot.waitUntil(warning.isVisible)
    assert warning.text().startswith("There is 1 customer named Rina Wijaya already")
    assert "041 100 200" in warning.text()
    dialog.phone_edit.clear()
    type_text(qtbot, "041 100 200")  # her own number: she is recognised, nothing to say
    qtbot.waitUntil(lambda: not warning.isVisible())
