"""Reminders: each item that comes due is announced exactly once (services.reminders),
outside the change log; and the start-at-login entry (services.autostart)."""

from __future__ import annotations

import shutil
import sys
import threading
import types
from datetime import datetime
from pathlib import Path

import pytest

from enquirydesk import paths
from enquirydesk.services import autostart, enquiries, followups, history, reminders
from enquirydesk.services.context import Context
from enquirydesk.store import health, models

pytestmark = pytest.mark.both_engines


MON = datetime(2026, 3, 2, 10, 0, 0)


def operations() -> int:
    return models.Operation.select().count()


def test_what_came_due_while_closed_is_one_summary_then_each_item_once(
    ctx: Context, log, clock
) -> None:
    first = log(name="Ana", answered_now=True)  # decision check Wednesday 10:00
    log(name="Budi", answered_now=True)
    clock.set(datetime(2026, 3, 4, 12, 0))
    before = operations()
    summary = reminders.catch_up(ctx)
    assert summary is not None and summary.count == 2
    assert [item.kind for item in summary.items] == ["decision", "decision"]
    assert summary.checked_until == clock.now
    assert operations() == before  # bookkeeping: nothing to undo
    assert reminders.catch_up(ctx).count == 0  # never twice

    clock.set(datetime(2026, 3, 4, 12, 1))
    quiet = reminders.announce_due(ctx, summary.checked_until)
    assert (quiet.count, quiet.items) == (0, ())
    # A contact moves the check to Friday 12:01; it is announced when that minute comes.
    enquiries.record_contact(ctx, first, "call")
    clock.set(datetime(2026, 3, 6, 12, 0))
    assert reminders.announce_due(ctx, quiet.checked_until).count == 0
    clock.set(datetime(2026, 3, 6, 12, 1))
    due = reminders.announce_due(ctx, datetime(2026, 3, 6, 12, 0))
    assert due.count == 1 and due.items[0].enquiry_id == first
    clock.set(datetime(2026, 3, 6, 12, 2))
    assert reminders.announce_due(ctx, due.checked_until).count == 0


def test_an_enquiry_is_announced_when_it_passes_the_response_target(
    ctx: Context, log, clock
) -> None:
    log(name="Ana", interest="Fridge")  # due for an answer at 11:00
    answered = log(name="Budi")
    assert reminders.catch_up(ctx).count == 0
    enquiries.record_contact(ctx, answered, "call")
    clock.set(datetime(2026, 3, 2, 10, 59))
    assert reminders.announce_due(ctx, MON).count == 0
    clock.set(datetime(2026, 3, 2, 11, 0))
    late = reminders.announce_due(ctx, datetime(2026, 3, 2, 10, 59))
    assert late.count == 1
    (item,) = late.items
    assert (item.kind, item.customer, item.interest) == ("respond", "Ana", "Fridge")


def test_a_snoozed_item_is_announced_again_when_the_snooze_ends(ctx: Context, log, clock) -> None:
    eid = log(name="Ana", answered_now=True)
    clock.set(datetime(2026, 3, 4, 10, 0))
    (item,) = reminders.catch_up(ctx).items
    snoozed = followups.snooze(ctx, item.followup_id, "hour")
    clock.set(datetime(2026, 3, 4, 11, 0))
    again = reminders.announce_due(ctx, datetime(2026, 3, 4, 10, 0))
    assert [i.followup_id for i in again.items] == [item.followup_id]
    # Announcing it does not stand in the way of undoing the snooze.
    history.undo(ctx, snoozed.operation_id)
    assert models.FollowUp.get_by_id(item.followup_id).snoozed_until is None
    assert enquiries.delete_enquiry(ctx, eid).operation_id is not None


def test_two_windows_on_one_file_announce_an_item_once(ctx: Context, log, clock) -> None:
    """Two connections (a thread each, as two windows would have) claim at the same time."""
    for n in range(40):
        log(name=f"Customer {n}", answered_now=True)
    clock.set(datetime(2026, 3, 4, 12, 0))
    start = threading.Barrier(2)
    found: list[int] = []

    def window() -> None:
        start.wait()
        try:
            announced = reminders.catch_up(ctx)
            assert announced is not None
            found.append(announced.count)
        finally:
            ctx.store.db.close()  # this thread's own connection

    threads = [threading.Thread(target=window) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sum(found) == 40 and len(found) == 2


def test_nothing_is_announced_while_the_file_may_not_be_written(ctx: Context, log, clock) -> None:
    log(name="Ana")
    clock.set(datetime(2026, 3, 2, 12, 0))
    ctx.store.writable = False
    assert reminders.catch_up(ctx) is None
    assert reminders.announce_due(ctx, MON) is None
    ctx.store.writable = True
    assert reminders.catch_up(ctx).count == 1


@pytest.mark.sqlite_only
def test_nothing_is_announced_on_a_file_another_program_found_damaged_or_a_full_disk(
    ctx: Context, log, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    log(name="Ana")
    clock.set(datetime(2026, 3, 2, 12, 0))
    path = ctx.store.path
    health.mark_damaged(path, "found by `enquirydesk check` in another terminal")
    assert ctx.store.writable  # this window has not met the damage itself
    assert reminders.catch_up(ctx) is None
    assert not ctx.store.writable  # and now knows
    health.clear_damage_mark(path)
    ctx.store.writable = True

    real = shutil.disk_usage
    monkeypatch.setattr(
        health.shutil, "disk_usage", lambda p: type(real(p))(real(p).total, real(p).used, 1000)
    )
    assert reminders.announce_due(ctx, MON) is None
    assert models.FollowUp.select().where(models.FollowUp.notified_at.is_null(False)).count() == 0
    monkeypatch.setattr(health.shutil, "disk_usage", real)
    assert reminders.catch_up(ctx).count == 1


# -- start at login ------------------------------------------------------------------------


def test_start_at_login_writes_and_removes_the_autostart_entry(home: Path) -> None:
    assert paths.autostart_dir() == home / "autostart"
    assert not autostart.is_enabled(platform="linux")
    autostart.enable(["/opt/Enquiry Desk/python", "-m", "enquirydesk"], platform="linux")
    assert autostart.is_enabled(platform="linux")
    entry = (home / "autostart" / "enquirydesk.desktop").read_text(encoding="utf-8")
    assert entry.startswith("[Desktop Entry]\nType=Application\nName=EnquiryDesk\n")
    assert 'Exec="/opt/Enquiry Desk/python" -m enquirydesk\n' in entry
    assert not list((home / "autostart").glob("*.part"))
    autostart.disable(platform="linux")
    assert not autostart.is_enabled(platform="linux")
    autostart.disable(platform="linux")  # already off: nothing to do


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["/usr/bin/python3", "-m", "enquirydesk"], "/usr/bin/python3 -m enquirydesk"),
        (["py", "--db", "/shop/50% off$.sqlite"], 'py --db "/shop/50%% off\\$.sqlite"'),
        (["C:\\Program Files\\EnquiryDesk.exe"], '"C:\\\\Program Files\\\\EnquiryDesk.exe"'),
        (["say", 'a "quote"'], 'say "a \\"quote\\""'),
    ],
)
def test_the_exec_line_quotes_as_the_desktop_entry_specification_says(
    args: list[str], line: str
) -> None:
    assert autostart.exec_line(args) == line


def test_the_command_names_a_database_other_than_the_default(tmp_path: Path) -> None:
    assert autostart.command()[1:] == ["-m", "enquirydesk"]
    assert autostart.command(paths.default_database()) == autostart.command()
    other = tmp_path / "shop.sqlite"
    assert autostart.command(other)[-2:] == ["--db", str(other.resolve())]


class FakeRegistry(types.ModuleType):
    """The few winreg calls autostart makes, over a dict."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        super().__init__("winreg")
        self.values: dict[tuple[str, str], str] = {}

    class _Key:
        def __init__(self, path: str) -> None:
            self.path = path

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            return None

    def OpenKey(self, root, path, reserved=0, access=0):
        return self._Key(path)

    CreateKey = OpenKey

    def QueryValueEx(self, key, name):
        if (key.path, name) not in self.values:
            raise FileNotFoundError(name)
        return self.values[(key.path, name)], self.REG_SZ

    def SetValueEx(self, key, name, reserved, kind, value):
        self.values[(key.path, name)] = value

    def DeleteValue(self, key, name):
        if self.values.pop((key.path, name), None) is None:
            raise FileNotFoundError(name)


def test_on_windows_the_current_users_run_key_holds_it(
    monkeypatch: pytest.MonkeyPatch, home: Path
) -> None:
    registry = FakeRegistry()
    monkeypatch.setitem(sys.modules, "winreg", registry)
    assert not autostart.is_enabled(platform="win32")
    autostart.enable(["C:\\Program Files\\EnquiryDesk\\EnquiryDesk.exe"], platform="win32")
    assert registry.values == {
        (autostart.RUN_KEY, "EnquiryDesk"): '"C:\\Program Files\\EnquiryDesk\\EnquiryDesk.exe"'
    }
    assert autostart.is_enabled(platform="win32")
    autostart.disable(platform="win32")
    autostart.disable(platform="win32")
    assert registry.values == {} and not autostart.is_enabled(platform="win32")
    assert not (home / "autostart").exists()  # nothing written beside the registry
