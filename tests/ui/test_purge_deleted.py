"""File → "Purge deleted enquiries…": it counts the deleted enquiries on the worker, says
so when there are none, asks for the owner's PIN when set, says how many go and since
when, that it is for good and what backups keep; the purge runs on the window's worker,
the pages hear of it, the status bar says what was done, and nothing before it can be
undone from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton

from enquirydesk.services import privacy, purge
from enquirydesk.services.context import Actor, Context
from enquirydesk.services.enquiries import NewEnquiry, delete_enquiry, edit_enquiry, log_enquiry
from enquirydesk.store.database import Store
from enquirydesk.ui.file import purge as purge_module
from support import close_window, open_shop_window, set_up_shop


def make_file(db: Path, deleted: int) -> list[int]:
    set_up_shop(db, **{"shop.country": "SI", "shop.name": "Trgovina"})
    store = Store.open(db)
    try:
        ctx = Context(store, Actor("test"))
        ids = [
            log_enquiry(
                ctx, NewEnquiry(channel="phone", name=name, phone=phone, interest=interest)
            ).created_id("enquiry")
            for name, phone, interest in (
                ("Ana Kovač", "041 123 456", "Quarzwerk blender"),
                ("Marko Novak", "040 111 222", "Kettle"),
                ("Nina Breznik", "031 555 777", "Toaster"),
            )
        ]
        for enquiry_id in ids[:deleted]:
            delete_enquiry(ctx, enquiry_id)
    finally:
        store.close()
    return ids


@pytest.fixture
def shop(qtbot, tmp_path: Path):
    db = tmp_path / "shop.sqlite"
    ids = make_file(db, deleted=2)
    window = open_shop_window(qtbot, db)
    yield window, ids
    close_window(window)


def texts(dialog) -> dict[str, str]:
    return {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}


def opened(qtbot, window):
    window.purging.action.trigger()
    qtbot.waitUntil(lambda: window.purging.dialog is not None and window.purging.dialog.isVisible())
    return window.purging.dialog


def test_the_purge_removes_them_for_good_and_says_so(qtbot, shop) -> None:
    window, (ana, marko, nina) = shop
    action = window.findChild(QAction, "purgeAction")
    assert action is window.purging.action
    assert action.text() == "Purge &deleted enquiries…"
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()  # beside the file's other owner actions
    assert window.backups.restore_action in file_menu.actions()
    # A change of this session, in the undo history before the purge.
    window.done(edit_enquiry(window.ctx, nina, interest="Toaster, 4 slots"))
    assert window.undo_action.isEnabled()

    dialog = opened(qtbot, window)
    assert dialog.objectName() == "purgeDialog"
    said = texts(dialog)
    since = purge.deleted(window.ctx).since
    assert said["purgeCountText"] == (
        "There are 2 deleted enquiries, the first deleted on "
        f"{window.ctx.formats.long_date(since)}."
    )
    assert "removes them for good" in said["purgeWhatText"]
    assert "Their customers stay" in said["purgeWhatText"]
    assert said["purgeBackupsText"] == privacy.backups_sentence(window.ctx)
    assert said["purgeFinalText"].startswith("This cannot be undone")
    button = dialog.findChild(QPushButton, "purgeButton")
    assert not button.isDefault()  # Enter keeps them

    with qtbot.waitSignal(window.changesMade, timeout=20_000) as announced:
        button.click()
    qtbot.waitUntil(lambda: not window.purging.busy, timeout=20_000)
    changes, initiator = announced.args
    assert initiator is window.purging
    assert changes.changed["enquiry"] == {ana, marko}
    assert window.statusBar().currentMessage() == (
        "Purged 2 deleted enquiries. This cannot be undone."
    )
    assert not window.undo_action.isEnabled()  # what was done before is final too
    assert purge.deleted(window.ctx).count == 0

    window.purging.action.trigger()  # a second time: said, not asked
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "There are no deleted enquiries to purge."
    )
    assert window.purging.dialog is None and not window.purging.busy


def test_cancel_purges_nothing(qtbot, shop) -> None:
    window, _ids = shop
    dialog = opened(qtbot, window)
    dialog.reject()
    qtbot.waitUntil(lambda: window.purging.dialog is None)
    assert not window.purging.busy
    assert purge.deleted(window.ctx).count == 2


def test_the_owners_pin_is_asked_first(qtbot, shop, monkeypatch: pytest.MonkeyPatch) -> None:
    window, _ids = shop
    asked: list[str] = []

    def refuse(ctx, parent, what: str) -> bool:
        asked.append(what)
        return False

    monkeypatch.setattr(purge_module, "owner_allows", refuse)
    window.purging.action.trigger()
    qtbot.waitUntil(lambda: asked == ["Purging deleted enquiries"])
    assert window.purging.dialog is None and not window.purging.busy
    assert purge.deleted(window.ctx).count == 2


def test_with_nothing_deleted_it_says_so(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "shop.sqlite"
    make_file(db, deleted=0)
    window = open_shop_window(qtbot, db)
    try:
        asked: list[str] = []
        monkeypatch.setattr(purge_module, "owner_allows", lambda *a: asked.append(a[2]))
        window.purging.action.trigger()
        qtbot.waitUntil(
            lambda: (
                window.statusBar().currentMessage() == "There are no deleted enquiries to purge."
            )
        )
        assert window.purging.dialog is None and asked == []  # no PIN for nothing
    finally:
        close_window(window)
