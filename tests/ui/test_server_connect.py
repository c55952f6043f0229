"""The window on the shop's database server: File → Connect to the shop's server… (and
the first-run page's button) switches the window to a database on a real PostgreSQL
server; a wrong password or a server that does not answer is said in the dialog, in a
plain sentence, without freezing the window; a start on a server's address uses the
password kept in the keyring (an in-memory keyring here: tests/ui/conftest.py), and asks
with the connect dialog when the server refuses. The password is never written to a
settings file. A window on a server makes no file backups and watches no disk."""

from __future__ import annotations

import contextlib
import itertools
import socket
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget

from enquirydesk import app, paths
from enquirydesk.domain import settings as declared
from enquirydesk.services import servers
from enquirydesk.services.servers import ServerAddress
from enquirydesk.ui.common import language, tasks
from enquirydesk.ui.file.problems import OpenOther
from enquirydesk.ui.file.server import Connected, ServerDialog
from enquirydesk.ui.settings.backups_page import BackupsPage
from enquirydesk.ui.settings.reminders import start_command

# The offscreen platform cannot pass a window's new minimum size on (real ones can).
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

#: How long the connect dialog may take to say that a server does not answer: the
#: server's connect timeout (5 s) and a little.
ANSWER_WITHIN_S = 6.5


# -- a server that asks for a password -------------------------------------------------------


@dataclass(frozen=True)
class Clerk:
    """A user of the shop's database whom the server asks for a password."""

    address: str  # without the password, as the dialog makes it
    password: str
    database: str
    trusted: str  # the same database as the test's own trusted user reaches it


@pytest.fixture
def clerk(postgres_server, server_database: str) -> Iterator[Clerk]:
    """A login role with a password that the session's server checks (its other users
    are trusted): a line of its own at the top of pg_hba.conf, for this test's database
    only, taken out again afterwards."""
    server = postgres_server.server
    database = urllib.parse.urlsplit(server_database).path.lstrip("/")
    role, password = f"clerk_{database}", "Counter 9 – Ljubljana"
    with server.admin() as connection:
        connection.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(role), sql.Literal(password)
            )
        )
        connection.execute(sql.SQL("GRANT enquirydesk TO {}").format(sql.Identifier(role)))
    rules = server.folder / "data" / "pg_hba.conf"
    before = rules.read_text()
    rules.write_text(f"host {database} {role} 127.0.0.1/32 scram-sha-256\n{before}")
    with server.admin() as connection:
        connection.execute("SELECT pg_reload_conf()")
    _wait_until_asked(server.port, database, role)
    try:
        address = ServerAddress("127.0.0.1", database, role, server.port).url()
        yield Clerk(address, password, database, server_database)
    finally:
        rules.write_text(before)
        with server.admin() as connection:
            connection.execute("SELECT pg_reload_conf()")


def _wait_until_asked(port: int, database: str, role: str) -> None:
    """Until the server, having read its rules again, asks this role for its password."""
    deadline = time.monotonic() + 10
    while True:
        try:
            psycopg.connect(host="127.0.0.1", port=port, dbname=database, user=role).close()
        except psycopg.OperationalError as error:
            if "password" in str(error):
                return
            raise
        assert time.monotonic() < deadline, "the server did not start asking for a password"
        time.sleep(0.05)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port where something accepts connections and never says a word: a server that
    hangs, or a network that swallows the answer."""
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen(8)
        yield listening.getsockname()[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again: nothing listens there


def customers_on_server(address: str) -> list[str]:
    """Read straight from the server, apart from the program."""
    with psycopg.connect(address) as connection:
        rows = connection.execute(
            "SELECT c.name FROM enquiry e JOIN customer c ON c.id = e.customer_id ORDER BY e.id"
        ).fetchall()
    return [name for (name,) in rows]


@pytest.fixture
def settings_text(home: Path, window_state: Path):
    """A reader of everything the test's EnquiryDesk folders (its settings among them)
    and Qt's settings hold, as one text."""

    def read() -> str:
        found = [p for folder in (home, window_state) for p in folder.rglob("*") if p.is_file()]
        assert any(p.name == "window.ini" for p in found)
        return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in found)

    return read


# -- driving the window and the dialog -----------------------------------------------------


class Asked:
    """A stand-in for the file's problem dialog: these tests never need it."""

    def __init__(self) -> None:
        self.problems: list = []

    def __call__(self, problem):
        self.problems.append(problem)
        return None


def file_window(qtbot, session: app.Session, db: Path):
    """The session's window on a new file, its first-run page put away."""
    assert session.start(db)
    window = session.window
    qtbot.waitUntil(lambda: window.first_run is not None and window.first_run.isVisible())
    window.first_run.reject()
    return window


def open_dialog(window) -> ServerDialog:
    window.findChild(type(window.connect_server_action), "connectServerAction").trigger()
    dialog = window.server_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.objectName() == "serverDialog"
    return dialog


def fill(dialog: ServerDialog, address: str, password: str = "") -> None:
    parts = ServerAddress.parse(address)
    dialog.host_edit.setText(parts.host)
    dialog.port_spin.setValue(parts.port)
    dialog.database_edit.setText(parts.database)
    dialog.user_edit.setText(parts.user)
    dialog.password_edit.setText(password)


def switched(qtbot, session: app.Session, first) -> object:
    """The session's new window, once the old one made way for it."""
    qtbot.waitUntil(
        lambda: session.window is not None and session.window is not first, timeout=20_000
    )
    window = session.window
    qtbot.addWidget(window)
    return window


def put_away_first_run(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.first_run is not None and window.first_run.isVisible())
    window.first_run.reject()


def close(window) -> None:
    window.close()
    window.ctx.store.close()


# -- the dialog itself ----------------------------------------------------------------------


def test_the_dialog_names_its_fields_and_starts_with_the_usual_port(qtbot) -> None:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.port_spin.value() == 5432
    assert dialog.remember_check.isChecked()
    assert dialog.connect_button.isDefault()
    assert not dialog.error.isVisible() and not dialog.bar.isVisible()
    for widget in (
        dialog.host_edit, dialog.port_spin, dialog.database_edit, dialog.user_edit,
        dialog.password_edit, dialog.remember_check,
    ):  # fmt: skip
        assert widget.accessibleName() and widget.toolTip(), widget.objectName()
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName() and button.toolTip(), button.objectName()
    dialog.connect_button.click()  # nothing filled in: said, nothing tried
    assert dialog.error.isVisible() and "server" in dialog.error.text()
    assert not dialog.busy


def test_open_a_file_instead_answers_with_the_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    chosen = tmp_path / "shop.sqlite"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    dialog.file_button.click()
    assert dialog.answer == OpenOther(chosen)
    assert dialog.result() == ServerDialog.DialogCode.Accepted


# -- File → Connect to the shop's server… ------------------------------------------------------


def test_connecting_from_the_file_menu_puts_the_window_on_the_server(
    qtbot, tmp_path: Path, clerk: Clerk, memory_keyring, settings_text
) -> None:
    session = app.Session(ask=Asked())
    first = file_window(qtbot, session, tmp_path / "shop.sqlite")
    dialog = open_dialog(first)
    fill(dialog, clerk.address, clerk.password)
    dialog.connect_button.click()
    assert dialog.busy and dialog.bar.isVisibleTo(dialog)
    window = switched(qtbot, session, first)
    store = window.ctx.store
    assert store.on_server and store.location == clerk.address
    assert "on 127.0.0.1" in window.windowTitle()
    put_away_first_run(qtbot, window)  # a shop never set up on the server: asked there
    qtbot.waitUntil(lambda: store.writable)

    window.quick_log()
    log = window.quick_log_dialog
    log.name_edit.setText("Budi Santoso")
    log.phone_edit.setText("+38641123456")
    log.save_button.click()
    qtbot.waitUntil(lambda: window.quick_log_dialog is None)
    assert customers_on_server(clerk.trusted) == ["Budi Santoso"]

    # The password went to the keyring, the rest of the details to the settings; never
    # the password to a file.
    assert memory_keyring.passwords == {(servers.SERVICE, clerk.address): clerk.password}
    kept = settings_text()
    assert clerk.database in kept and ServerAddress.parse(clerk.address).user in kept
    assert clerk.password not in kept
    # Next time the dialog starts with this server.
    again = open_dialog(window)
    assert again.host_edit.text() == "127.0.0.1" and again.database_edit.text() == clerk.database
    assert again.password_edit.text() == ""
    qtbot.waitUntil(lambda: again.password_edit.placeholderText() != "")  # "kept on this PC"
    again.reject()
    close(window)


def test_a_pc_put_on_the_server_starts_on_it_until_a_file_is_chosen(
    qtbot, tmp_path: Path, clerk: Clerk, memory_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ENQUIRYDESK_DB", raising=False)
    own = paths.default_database()
    assert app.starting_database() == own  # a new PC: its own file
    session = app.Session(ask=Asked())
    first = file_window(qtbot, session, tmp_path / "shop.sqlite")
    dialog = open_dialog(first)
    fill(dialog, clerk.address, clerk.password)
    dialog.connect_button.click()
    window = switched(qtbot, session, first)
    put_away_first_run(qtbot, window)
    close(window)

    # Started again with no database named (the desktop icon): the server, with the
    # password from the keyring, never a question.
    assert app.starting_database() == clerk.address
    assert app.starting_database(str(tmp_path / "x.sqlite")) == tmp_path / "x.sqlite"
    monkeypatch.setenv("ENQUIRYDESK_DB", str(tmp_path / "env.sqlite"))
    assert app.starting_database() == tmp_path / "env.sqlite"
    monkeypatch.delenv("ENQUIRYDESK_DB")

    def never(address, error):
        raise AssertionError(f"asked: {error}")

    again = app.Session(ask=Asked(), ask_server=never)
    assert again.start(app.starting_database())
    window = again.window  # (made way for the file below: not handed to qtbot)
    assert window.ctx.store.location == clerk.address

    # The user chooses a file on this PC instead: from then on the PC starts on its file.
    dialog = open_dialog(window)
    chosen = tmp_path / "here.sqlite"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    dialog.file_button.click()
    moved = switched(qtbot, again, window)
    assert moved.ctx.store.path == chosen
    assert app.starting_database() == own
    put_away_first_run(qtbot, moved)
    close(moved)


def test_a_wrong_password_is_said_in_the_dialog_and_the_retry_connects(
    qtbot, tmp_path: Path, clerk: Clerk, memory_keyring, settings_text
) -> None:
    session = app.Session(ask=Asked())
    first = file_window(qtbot, session, tmp_path / "shop.sqlite")
    dialog = open_dialog(first)
    fill(dialog, clerk.address, "not the password")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "refused the user name or password" in dialog.error.text()
    assert dialog.isVisible() and not dialog.busy
    assert dialog.connect_button.text().replace("&", "") == "Retry"
    assert session.window is first and not first.ctx.store.on_server
    assert memory_keyring.passwords == {}  # a refused password is not kept
    assert first.isEnabled()

    dialog.password_edit.setText(clerk.password)
    dialog.connect_button.click()
    window = switched(qtbot, session, first)
    assert window.ctx.store.on_server
    assert clerk.password not in settings_text()
    close(window)


@pytest.mark.parametrize("kind", ["nothing listening", "no answer"])
def test_a_server_that_cannot_be_reached_is_said_within_seconds_without_freezing(
    qtbot, tmp_path: Path, silent_port: int, kind: str
) -> None:
    window = app.create_main_window(str(tmp_path / "shop.sqlite"))
    qtbot.addWidget(window)
    window.show()
    dialog = open_dialog(window)
    port = free_port() if kind == "nothing listening" else silent_port
    fill(dialog, ServerAddress("127.0.0.1", "shop", "ana", port).url(), "secret")
    beats: list[float] = []
    heart = QTimer(window)
    heart.setInterval(20)
    heart.timeout.connect(lambda: beats.append(time.monotonic()))
    heart.start()
    started = time.monotonic()
    dialog.connect_button.click()
    assert dialog.busy and dialog.connecting.isVisibleTo(dialog)
    assert "shop on 127.0.0.1" in dialog.connecting.text()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=int(ANSWER_WITHIN_S * 1000) + 2000)
    took = time.monotonic() - started
    heart.stop()
    assert took < ANSWER_WITHIN_S
    assert "cannot be reached" in dialog.error.text()
    assert not dialog.busy and dialog.connect_button.isEnabled()
    if kind == "no answer":  # it waited for the server, off the window's thread
        assert took > 3
        gaps = [b - a for a, b in itertools.pairwise(beats)]
        assert len(beats) > 50 and max(gaps) < 0.5, "the window stopped answering"
    dialog.reject()
    window.close()


def test_cancel_while_connecting_closes_at_once_and_lets_the_attempt_go(
    qtbot, tmp_path: Path, silent_port: int
) -> None:
    window = app.create_main_window(str(tmp_path / "shop.sqlite"))
    qtbot.addWidget(window)
    window.show()
    dialog = open_dialog(window)
    fill(dialog, ServerAddress("127.0.0.1", "shop", "ana", silent_port).url(), "secret")
    dialog.connect_button.click()
    assert dialog.busy
    started = time.monotonic()
    dialog.cancel_button.click()
    assert time.monotonic() - started < 0.5  # not a wait for the server to give up
    assert window.server_dialog is None
    # The attempt ends by itself a few seconds later; its answer goes nowhere.
    qtbot.waitUntil(lambda: not tasks._ending, timeout=int(ANSWER_WITHIN_S * 1000) + 2000)
    qtbot.wait(50)
    assert not window.ctx.store.on_server and window.isVisible()
    window.close()


def test_a_switch_given_up_on_comes_back_to_the_database_the_window_was_on(
    qtbot, tmp_path: Path
) -> None:
    session = app.Session(ask=Asked())  # the problem dialog's answer: give up
    db = tmp_path / "shop.sqlite"
    first = file_window(qtbot, session, db)
    not_ours = tmp_path / "notes.sqlite"
    not_ours.write_text("not a database")
    session.switch_to(OpenOther(not_ours))
    window = session.window
    assert window is not None and window is not first
    qtbot.addWidget(window)
    assert window.ctx.store.path == db
    assert session.ask.problems and session.ask.problems[0].path == not_ours
    session.switch_to(OpenOther(db))  # already there: said, nothing closed
    assert session.window is window
    assert "already working on" in window.statusBar().currentMessage()
    put_away_first_run(qtbot, window)
    close(window)


# -- starting on a server's address -------------------------------------------------------


def test_a_start_on_an_address_uses_the_password_kept_in_the_keyring(
    qtbot, clerk: Clerk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # an address taken for a path would leave "postgresql:" here
    assert servers.remember_password(clerk.address, clerk.password)

    def never(address, error):
        raise AssertionError(f"asked: {error}")

    asked = Asked()
    session = app.Session(ask=asked, ask_server=never)
    assert session.start(clerk.address)
    window = session.window
    qtbot.addWidget(window)
    assert window.ctx.store.on_server and window.ctx.store.location == clerk.address
    put_away_first_run(qtbot, window)
    assert asked.problems == []
    assert not list(tmp_path.glob("postgresql*"))
    assert not (paths.data_dir() / "postgresql:").exists()
    close(window)


def test_a_start_the_server_refuses_opens_the_connect_dialog_with_the_sentence(
    qtbot, clerk: Clerk, memory_keyring
) -> None:
    """No password kept: the real dialog, before any window, says why; the user types
    the password, and the window opens on the server."""
    seen: dict[str, object] = {}

    def answer_it() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets()
             if w.objectName() == "serverDialog" and w.isVisible()),
            None,
        )  # fmt: skip
        if dialog is None:
            QTimer.singleShot(20, answer_it)
            return
        try:
            seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
            seen["fields"] = (
                dialog.host_edit.text(),
                dialog.port_spin.value(),
                dialog.database_edit.text(),
                dialog.user_edit.text(),
            )
            dialog.password_edit.setText(clerk.password)
            dialog.connect_button.click()
        except Exception:
            dialog.reject()
            raise

    QTimer.singleShot(0, answer_it)
    asked = Asked()
    session = app.Session(ask=asked)
    assert session.start(clerk.address)
    window = session.window
    qtbot.addWidget(window)
    parts = ServerAddress.parse(clerk.address)
    assert "refused the user name or password" in str(seen["error"])
    assert seen["fields"] == (parts.host, parts.port, parts.database, parts.user)
    assert window.ctx.store.on_server
    assert asked.problems == []  # never the file's problem dialog
    assert memory_keyring.passwords == {(servers.SERVICE, clerk.address): clerk.password}
    put_away_first_run(qtbot, window)
    close(window)


def test_a_start_on_a_server_that_refuses_can_open_a_file_instead_or_quit(
    qtbot, clerk: Clerk, tmp_path: Path
) -> None:
    errors: list[str] = []

    def quit_(address, error):
        errors.append(str(error))

    assert not app.Session(ask=Asked(), ask_server=quit_).start(clerk.address)
    assert "refused" in errors[0]
    db = tmp_path / "here.sqlite"
    session = app.Session(ask=Asked(), ask_server=lambda address, error: OpenOther(db))
    assert session.start(clerk.address)
    window = session.window
    qtbot.addWidget(window)
    assert not window.ctx.store.on_server and window.ctx.store.path == db
    put_away_first_run(qtbot, window)
    close(window)


def test_a_start_on_a_server_that_does_not_answer_asks_within_seconds(silent_port: int) -> None:
    errors: list[str] = []
    address = ServerAddress("127.0.0.1", "shop", "ana", silent_port).url()
    started = time.monotonic()
    assert not app.Session(ask=Asked(), ask_server=lambda a, e: errors.append(str(e))).start(
        address
    )
    assert time.monotonic() - started < ANSWER_WITHIN_S
    assert errors == [
        "The shop's server (shop on 127.0.0.1) cannot be reached; check the network and "
        "that the server is running."
    ]


def test_the_password_is_forgotten_when_remember_is_unticked(
    qtbot, clerk: Clerk, memory_keyring, settings_text
) -> None:
    servers.remember_password(clerk.address, "an old password")
    dialog = ServerDialog(ServerAddress.parse(clerk.address))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password_edit.setText(clerk.password)
    dialog.remember_check.setChecked(False)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.answer is not None, timeout=10_000)
    assert dialog.answer == Connected(clerk.address, clerk.password, None)
    assert memory_keyring.passwords == {}
    assert clerk.password not in settings_text()


# -- the first-run page --------------------------------------------------------------------


def test_the_first_run_page_offers_the_server_and_comes_back_if_not_connected(
    qtbot, tmp_path: Path
) -> None:
    session = app.Session(ask=Asked())
    assert session.start(tmp_path / "shop.sqlite")
    window = session.window
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.first_run is not None and window.first_run.isVisible())
    button = window.first_run.findChild(QPushButton, "connectServerButton")
    assert button is not None and button.isVisible() and button.toolTip()
    button.click()
    qtbot.waitUntil(lambda: window.server_dialog is not None)
    assert window.first_run is None or not window.first_run.isVisible()
    window.server_dialog.reject()
    qtbot.waitUntil(lambda: window.first_run is not None and window.first_run.isVisible())
    window.first_run.reject()
    close(window)


# -- a window on a server -------------------------------------------------------------------


@pytest.fixture
def server_window(qtbot, server_database: str):
    window = app.create_main_window(server_database)
    qtbot.addWidget(window)
    window.show()
    window.file_check.wait()
    yield window
    with contextlib.suppress(RuntimeError):
        close(window)


def test_a_window_on_a_server_makes_no_file_backups_and_says_why(
    qtbot, server_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = server_window
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    qtbot.waitUntil(lambda: window.backups.status.text() == "Backups: on the server")
    assert "made on the server" in window.backups.status.toolTip()
    assert not window.backups.timer.isActive()
    assert not window.file_watch.timer.isActive()  # no disk of it on this PC to watch
    restores: list[bool] = []
    window.restoreRequested.connect(lambda: restores.append(True))
    window.backups.back_up_now_action.trigger()
    window.backups.restore_action.trigger()
    assert len(told) == 2 and all("made on the server" in text for text in told)
    assert restores == []
    page = BackupsPage(window.ctx, window.backups, window)
    assert page.explanation.text() == window.backups.server_note()
    assert not page.folder_edit.isVisibleTo(page)
    assert page.values()[declared.BACKUP_FOLDER.key] == window.ctx.settings[declared.BACKUP_FOLDER]
    window.close()  # no closing backup either
    assert not paths.backup_dir().exists() or not any(paths.backup_dir().iterdir())


def test_a_window_on_a_server_names_it_and_starts_at_login_on_its_address(
    qtbot, server_window, server_database: str
) -> None:
    window = server_window
    store = window.ctx.store
    assert "on 127.0.0.1" in window.windowTitle()
    assert start_command(window.ctx)[-2:] == ["--db", store.location]
    assert store.location == server_database
    if window.first_run is not None:  # a server's shop gets no "connect to a server" offer
        assert window.first_run.findChild(QPushButton, "connectServerButton") is None
    dialog = open_dialog(window)  # starts with the server the window is on
    assert (dialog.host_edit.text(), dialog.database_edit.text()) == (
        "127.0.0.1",
        ServerAddress.parse(server_database).database,
    )
    dialog.reject()
    assert isinstance(window, QWidget)


def test_a_restart_for_a_new_language_goes_to_the_database_the_window_moved_to() -> None:
    argv = ["enquirydesk", "--db", "/shop.sqlite", "--lang", "sl"]
    address = "postgresql://ana@192.168.1.10/shop"
    assert language.restart_command(argv, "/py", frozen=False, database=address) == [
        "/py", "-m", "enquirydesk", "--db", address,
    ]  # fmt: skip
    assert language.restart_command(["EnquiryDesk.exe", "--db=x"], "E.exe", True, address) == [
        "E.exe", "--db", address,
    ]  # fmt: skip
