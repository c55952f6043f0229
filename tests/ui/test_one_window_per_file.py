"""One window per file: a second start on the same file brings the running window to the
front and ends; another file gets its own window; the command line works beside it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from enquirydesk import app
from enquirydesk.store.database import Store
from enquirydesk.ui.file.single_instance import SingleInstance, instance_key


def second_start(db: Path, *, timeout: float = 60) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "enquirydesk", "--db", str(db)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_second_start_brings_the_running_window_forward(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    session = app.Session(ask=lambda problem: None)
    assert session.start(db)
    window = session.window
    qtbot.addWidget(window)
    instance = SingleInstance(db)
    assert instance.claim()
    instance.activated.connect(session.bring_forward)
    window.hide()  # as in the tray
    try:
        second = second_start(db)
        with qtbot.waitSignal(instance.activated, timeout=30_000):
            pass
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already has" in out and "brought to the front" in out
        assert window.isVisible()
        # The command line works beside the window: another process, as it always is (run in
        # this one, it would bind the models to its own store under the window's feet).
        added = subprocess.run(
            [sys.executable, "-m", "enquirydesk", "--db", str(db), "add", "--channel", "phone",
             "--name", "Ana"],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    finally:
        instance.release()
    window.close()
    window.ctx.store.close()


def test_the_same_file_however_it_is_written_has_one_key(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite"
    Store.open(db).close()
    (tmp_path / "link.sqlite").symlink_to(db)
    assert instance_key(db) == instance_key(tmp_path / "." / "shop.sqlite")
    assert instance_key(db) == instance_key(tmp_path / "link.sqlite")
    assert instance_key(db) != instance_key(tmp_path / "other.sqlite")


def test_another_file_gets_its_own_window_and_a_released_file_is_free(qapp, tmp_path: Path) -> None:
    first, other = SingleInstance(tmp_path / "a.sqlite"), SingleInstance(tmp_path / "b.sqlite")
    assert first.claim() and other.claim()
    again = SingleInstance(tmp_path / "a.sqlite")
    assert not again.claim()
    first.release()
    assert again.claim()
    again.release()
    other.release()
