"""Starting the window: `run` for the program, `create_main_window` for tests.

The window opens with the cheap checks only (SQLite header, whose file, which data
version; an upgrade still backs up first) and is shown at once; SQLite's
``quick_check``, which reads the whole file (seconds at a million enquiries), runs
in the background after. Until it has passed nothing is saved, and if it fails the
window turns read-only and offers a backup (a damaged file is never written to).
A file that cannot be opened at all gets `ui.file.problems.OpenProblemDialog`.

A database on the shop's server (``postgresql://…``) is opened with the password kept
on this PC (`services.servers.password_for`); a server that refuses or cannot be
reached gets the connect dialog (`ui.file.server.ServerDialog`) with what went wrong,
never the file's dialog: there is no file to restore. The window switches to another
database (File → Connect to the shop's server…) through `Session.switch_to`.

Qt is imported here and in `enquirydesk.ui` only.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QProcess, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from enquirydesk import __version__, desktop, paths, qt_libs
from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import DamagedDatabaseError, EnquiryDeskError, StoreError
from enquirydesk.i18n import translate
from enquirydesk.services import servers
from enquirydesk.services.context import Actor, Context, user_name
from enquirydesk.store.database import Store

if TYPE_CHECKING:
    from enquirydesk.ui.file.problems import Answer, Problem
    from enquirydesk.ui.file.server import ServerAnswer
    from enquirydesk.ui.file.single_instance import SingleInstance
    from enquirydesk.ui.main_window import MainWindow

Ask = Callable[["Problem"], "Answer | None"]
# What to do when the server at the address cannot be used: the connect dialog's answer.
AskServer = Callable[[str, StoreError], "ServerAnswer | None"]
Restore = Callable[[Path, Path], object]
T = TypeVar("T")

#: Show "checking the file" only when the check is not over in a blink.
CHECKING_NOTICE_MS = 400
#: When set, the window quits by itself, as Quit does, this many milliseconds after it
#: opened: packaging/smoke_test.sh opens the bundle's window offscreen so.
QUIT_AFTER_MS = "ENQUIRYDESK_QUIT_AFTER_MS"


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Rather than Qt's abort, which names one missing X library per start: all of them,
        # and the packages that bring them.
        qt_libs.exit_if_missing(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)))
        app = QApplication(sys.argv[:1])
    app.setApplicationName("EnquiryDesk")
    app.setOrganizationName("EnquiryDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(desktop.APP_ID)  # Wayland shows the desktop entry's icon and name
    if app.windowIcon().isNull():  # every window's, the taskbar's and the tray's
        from enquirydesk.ui.common.icon import application_icon

        app.setWindowIcon(application_icon())
    return app  # type: ignore[return-value]


def open_context(
    db: str | Path | None, *, verify: bool = True, password: str | None = None
) -> Context:
    """Open (creating if new) the database the window works on: a file, or a database
    on the shop's server with `password`, else the one kept on this PC.

    With `verify` false the whole-file ``quick_check`` is left to `check_in_background`;
    the file's kind and data version are checked either way, before anything is written.
    """
    target = paths.database_path(str(db) if db else None)
    if password is None and servers.is_address(target):
        password = servers.password_for(str(target))
    store = Store.open(target, verify=verify, password=password)
    return Context(store, Actor(user_name() or "EnquiryDesk"))


def lock_path(target: str | Path) -> Path:
    """What the one-window lock is named after: the file, or the server database's
    stand-in (an address is no path: ``Path`` would fold its "//")."""
    if servers.is_address(target):
        return servers.identity_path(str(target))
    return Path(os.path.realpath(Path(target).expanduser()))


def display_name(target: str | Path) -> str:
    """The file's name, or "shop on 192.168.1.10"."""
    if servers.is_address(target):
        return servers.describe(str(target))
    return Path(target).name


def _open_fast(path: Path) -> Context:
    return open_context(path, verify=False)


def _unreadable(path: Path, error: OSError) -> StoreError:
    return StoreError(
        translate("App", "{path} cannot be read ({reason}).").format(
            path=path, reason=error.strerror or error
        )
    )


def open_or_ask(
    db_path: str | Path,
    ask: Ask,
    restore: Restore | None = None,
    opener: Callable[[Path], T] = _open_fast,  # type: ignore[assignment]
) -> T | None:
    """Open the file at `db_path` with `opener`; while it cannot be opened, `ask` what to do.

    `ask(problem)` answers `OpenOther(path)` (try that file), `RestoreBackup(backup)`
    (`restore(db_path, backup)`, then try again) or None (give up: the caller quits).
    Nothing here writes to a file that was refused; `maintenance.restore` puts a checked
    backup in its place and keeps it as a safety copy. `opener` defaults to
    `open_context` without the whole-file check (see `check_in_background`).
    """
    from enquirydesk.services import maintenance
    from enquirydesk.ui.file.problems import OpenOther, Problem

    if servers.is_address(db_path):  # no file: nothing to restore or choose instead
        return opener(db_path)  # type: ignore[arg-type]
    restore = restore or maintenance.restore
    path = Path(db_path).expanduser()
    restore_error = ""
    while True:
        try:
            return opener(path)
        except StoreError as error:
            problem = Problem(path, error, restore_error)
        except OSError as error:  # a folder, or a file this user may not read
            problem = Problem(path, _unreadable(path, error), restore_error)
        answer = ask(problem)
        restore_error = ""
        if answer is None:
            return None
        if isinstance(answer, OpenOther):
            path = answer.path.expanduser()
            continue
        try:
            restore(path, answer.backup)
        except (EnquiryDeskError, OSError) as error:
            restore_error = str(error)


def _check_file(store: Store, release_writes: bool) -> None:
    """The ``quick_check`` that opening left out, read-only, on a worker thread. Damage
    found is marked on the file: no program writes to it until a backup is restored."""
    from enquirydesk.services import maintenance

    if store.on_server:  # no file on this PC: the server looks after its own pages
        if release_writes:
            store.writable = True
        return
    try:
        maintenance.quick_check(store.path)
    except DamagedDatabaseError:
        store.writable = False  # at once, before the window hears of it
        raise
    except StoreError:
        store.writable = False
        raise
    except OSError as error:
        store.writable = False
        raise _unreadable(store.path, error) from error
    if release_writes:
        store.writable = True


def check_in_background(
    window: MainWindow, then: Callable[[], None] | None = None, *, hold_writes: bool = False
) -> None:
    """Run the file's ``quick_check`` off the GUI thread; on damage, make `window` read-only.

    With `hold_writes` nothing can be saved until the check has passed. The check gets
    a worker of its own (`window.file_check`) so that the table's pages and searches,
    on the window's worker, do not queue behind seconds of reading.
    """
    from enquirydesk.ui.common.tasks import Tasks

    store = window.ctx.store
    if hold_writes:
        store.writable = False
    notice = QCoreApplication.translate("App", "Checking the file for damage…")
    running = [True]

    def show_notice() -> None:
        if running[0]:
            window.statusBar().showMessage(notice)

    def over() -> None:
        running[0] = False
        if window.statusBar().currentMessage() == notice:
            window.statusBar().clearMessage()

    def passed(_: object) -> None:
        over()
        window.file_checked()
        if then is not None and window.isVisible():
            then()

    def failed(error: Exception) -> None:
        over()
        if not isinstance(error, EnquiryDeskError):
            raise error
        window.set_read_only(
            QCoreApplication.translate(
                "App",
                "EnquiryDesk found damage in “{name}”. You can look through it, but nothing "
                "can be saved to it; restore a backup to go on working.",
            ).format(name=store.path.name),
            details=str(error),
        )

    QTimer.singleShot(CHECKING_NOTICE_MS, window, show_notice)
    # A thread of its own: the table's pages and searches, on the window's worker, do not
    # queue behind seconds of reading. `window.file_check` is for tests and the bench.
    window.file_check = Tasks.once(  # type: ignore[attr-defined]
        window, lambda: _check_file(store, hold_writes), passed, failed=failed
    )


def speak(ctx: Context, requested: str | None = None) -> str:
    """Speak the language asked for (``--lang``), else the one chosen in Settings, else the
    system's; numbers and dates as written in the shop's country. Returns the language."""
    from enquirydesk.ui.common import language

    settings = ctx.settings
    chosen = language.choose(requested, str(settings[declared.LANGUAGE]))
    language.apply(chosen, settings.formats(chosen).tag)
    return chosen


def create_main_window(db: str, lang: str | None = None) -> QMainWindow:
    """Build the main window on the database at `db`, without showing it.

    The file is checked in the background as in `run` (`window.file_check.wait()`
    waits for it); writes are not held meanwhile, so tests may write at once.
    """
    from enquirydesk.ui.main_window import MainWindow

    _application()
    ctx = open_context(db, verify=False)
    speak(ctx, lang)
    window = MainWindow(ctx)
    check_in_background(window)
    return window


def _open_window(
    path: str | Path, lang: str | None = None, password: str | None = None
) -> MainWindow:
    """Open the file (or the server's database) and build the window on it, in the
    language of `lang`, else of the shop's Settings; damage met while building is a
    refusal like any other (the cheap checks at opening read only the first pages)."""
    from enquirydesk.services import problems
    from enquirydesk.ui.main_window import MainWindow

    ctx = open_context(path, verify=False, password=password)
    try:
        speak(ctx, lang)
        return MainWindow(ctx)
    except Exception as error:
        refusal = problems.unreadable(error, ctx.store)
        if refusal is None:  # not the file's fault: a bug
            raise
        ctx.store.writable = False
        ctx.store.close()
        raise refusal from error


class Session:
    """The window's life in `run`: open the database (asking while it cannot be), show
    the window, check the file; after a restore from a read-only window, open it again;
    switch to another database when the window asks (`switch_to`)."""

    def __init__(
        self,
        ask: Ask | None = None,
        restore: Restore | None = None,
        lang: str | None = None,
        ask_server: AskServer | None = None,
    ) -> None:
        from enquirydesk.ui.file import problems as startup

        self.ask = ask or startup.ask
        self.restore = restore or startup.restore_with_progress
        self.ask_server = ask_server or _ask_server
        self.lang = lang
        self.window: MainWindow | None = None
        # The one-window lock `run` holds, and on what (moved along when the window
        # goes to another database); None in tests.
        self.instance: SingleInstance | None = None
        self.held: Path | None = None
        # The database the window is (or was last) on: a file's path or an address.
        self.location: str | None = None
        # The password the window's server database was opened with, in memory only:
        # to come back to it when a switch is given up.
        self.password: str | None = None

    def start(self, db_path: str | Path, password: str | None = None) -> bool:
        """Open and show; False when the user chose to quit instead."""
        if servers.is_address(db_path):
            window = self._open_server(str(db_path), password)
        else:
            self.password = None
            window = open_or_ask(
                db_path, self.ask, self.restore, opener=lambda path: _open_window(path, self.lang)
            )
        if window is None:
            return False
        ctx = window.ctx
        self.location = ctx.store.location
        self._hold(ctx.store.location, None)  # (the file chosen instead, if one was)
        window.restoreRequested.connect(self.restore_from_window)
        window.switchRequested.connect(self.switch_to)
        self.window = window
        window.show()
        if ctx.store.report.backup is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "App", "This file was upgraded; a copy of it as it was is at {path}."
                ).format(path=ctx.store.report.backup),
                30_000,
            )

        def checked() -> None:
            window.offer_demo_if_new()
            window.enquiries.index_for_search()

        check_in_background(window, then=checked, hold_writes=not ctx.store.report.created)
        return True

    def _open_server(self, address: str, password: str | None) -> MainWindow | None:
        """The window on the server's database; while the server refuses or cannot be
        reached, the connect dialog says why (the user corrects the details, opens a
        file instead, or quits: None)."""
        from enquirydesk.ui.file.problems import OpenOther
        from enquirydesk.ui.file.server import start_on

        password = password or servers.password_for(address)
        chosen = False  # the user gave the connect dialog another answer
        unkept = False  # the dialog was asked to keep the password, and no keyring could
        while True:
            try:
                window = _open_window(address, self.lang, password)
            except Exception as error:
                explained = (
                    error if isinstance(error, StoreError) else servers.explain(error, address)
                )
                if not isinstance(explained, StoreError):
                    raise  # a bug, not the server
                answer = self.ask_server(address, explained)
                if answer is None:
                    return None
                if isinstance(answer, OpenOther):  # a file on this PC instead
                    start_on(None)
                    self.password = None
                    return open_or_ask(
                        answer.path,
                        self.ask,
                        self.restore,
                        opener=lambda path: _open_window(path, self.lang),
                    )
                address, password = answer.address, answer.password
                unkept = answer.remembered is False
                chosen = True
                continue
            if chosen:
                start_on(address)
            self.password = password
            if unkept:
                _say_unkept(window)
            return window

    def switch_to(self, answer: ServerAnswer) -> None:
        """The window asked for another database (the connect dialog's answer: a server's
        database, or a file on this PC): close it, open that one; given up on (or
        refused, and the user cancelled), back to the one the window was on."""
        from enquirydesk.ui.file.server import Connected, start_on

        window = self.window
        if window is None:
            return
        connected = answer if isinstance(answer, Connected) else None
        target: str | Path = answer.address if connected else answer.path
        password = connected.password if connected else None
        store = window.ctx.store
        if lock_path(target) == lock_path(store.location):
            window.statusBar().showMessage(
                QCoreApplication.translate("App", "EnquiryDesk is already working on {name}.")
                .format(name=display_name(target)),
                10_000,
            )  # fmt: skip
            return
        if not self._hold(target, window):
            return
        previous, previous_password = store.location, self.password
        app = _application()
        app.setQuitOnLastWindowClosed(False)  # no window for a moment, on purpose
        try:
            self._close(window, backup=True)
            if self.start(target, password):
                start_on(self.location)  # the user's choice: where this PC starts now
                if connected and connected.remembered is False and self.window is not None:
                    _say_unkept(self.window)
                return
            self._hold(previous, None)
            self.start(previous, previous_password)
        finally:
            app.setQuitOnLastWindowClosed(True)
            if self.window is None:  # the user quit, or something broke: never hang unseen
                app.quit()

    def _hold(self, target: str | Path, window: MainWindow | None) -> bool:
        """Move the one-window lock to `target`; False (and the window that has it brought
        forward) when another window of this user has it open."""
        held = lock_path(target)
        if self.instance is None or held == self.held:
            return True
        from enquirydesk.ui.file.single_instance import SingleInstance

        instance = SingleInstance(held)
        if not instance.claim():
            if window is not None:
                QMessageBox.information(
                    window,
                    QCoreApplication.translate("App", "EnquiryDesk is already open"),
                    QCoreApplication.translate(
                        "App", "Another EnquiryDesk window has {name} open; use that one."
                    ).format(name=display_name(target)),
                )
            return False
        self.instance.release()
        self.instance, self.held = instance, held
        instance.activated.connect(self.bring_forward)
        return True

    def bring_forward(self) -> None:
        """Another start on this file: show the window (from the tray too), on top."""
        window = self.window
        if window is None:
            return
        window.show()
        window.setWindowState(
            (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
        )
        window.raise_()
        window.activateWindow()

    def restore_from_window(self) -> None:
        """The read-only window's "Restore a backup…": choose, close the file, restore, reopen."""
        from enquirydesk.ui.file import problems as startup

        window = self.window
        if window is None or window.ctx.store.on_server:  # the server's backups: on the server
            return
        store = window.ctx.store
        try:
            configured = str(window.ctx.settings[declared.BACKUP_FOLDER])
        except Exception:  # damaged there too: the default folder will do
            configured = ""
        backup = startup.choose_backup(store.path, configured, window)
        if backup is None:
            return
        app = _application()
        app.setQuitOnLastWindowClosed(False)  # no window for a moment, on purpose
        try:
            self._close(window)
            error = ""
            try:
                self.restore(store.path, backup)
            except (EnquiryDeskError, OSError) as failure:
                error = str(failure)
            if not self.start(store.path):
                return
            if error and self.window is not None:
                QMessageBox.warning(
                    self.window,
                    QCoreApplication.translate("App", "Restore a backup"),
                    QCoreApplication.translate(
                        "App", "The backup was not restored: {error}"
                    ).format(error=error),
                )
        finally:
            app.setQuitOnLastWindowClosed(True)
            if self.window is None:  # the user quit, or something broke: never hang unseen
                app.quit()

    def _close(self, window: MainWindow, *, backup: bool = False) -> None:
        """Close the window and every connection it has to the database (the worker's
        too). The closing backup only with `backup`: a restore keeps a copy of the file
        itself."""
        window.backups.skip_on_close = not backup
        window.close()  # keeps the window's state; its worker closes its own connection
        checker = getattr(window, "file_check", None)
        if checker is not None:
            checker.shutdown()
        window.ctx.store.close()  # this thread's connection
        window.deleteLater()
        self.window = None


def starting_database(db: str | None = None) -> Path | str:
    """What the window opens: `db` (``--db``), else ``$ENQUIRYDESK_DB``, else the shop's
    server this PC's window was put on (File → Connect to the shop's server…), else the
    user's own file."""
    if db or os.environ.get("ENQUIRYDESK_DB"):
        return paths.database_path(db)
    from enquirydesk.ui.file.server import start_address

    return paths.database_path(start_address())


def _say_unkept(window: MainWindow) -> None:
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "App",
            "This PC has no password store that works, so the password was not kept: it "
            "will be asked for next time.",
        ),
        20_000,
    )


def _ask_server(address: str, error: StoreError) -> ServerAnswer | None:
    from enquirydesk.ui.file import server

    return server.ask(address, error)


def run(db: str | None = None, lang: str | None = None) -> int:
    """The program with a window: open the database, show the window, run the event loop.

    One window per file: when another window has the file open, it is asked to come to
    the front and this start ends.
    """
    from enquirydesk.services import maintenance
    from enquirydesk.ui.common import gui_watch, language
    from enquirydesk.ui.file.single_instance import SingleInstance

    app = _application()
    gui_watch.from_environment(app)  # ENQUIRYDESK_WATCH_GUI: the window's blocks logged
    language.apply(language.choose(lang))  # until the file says which it speaks
    path = starting_database(db)
    shown = servers.describe(path) if servers.is_address(path) else path  # no password
    instance = SingleInstance(lock_path(path))
    if not instance.claim():
        if instance.answered:
            print(
                translate(
                    "App",
                    "EnquiryDesk already has {path} open; its window was brought to the front.",
                ).format(path=shown)
            )
            return 0
        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "EnquiryDesk is already open"),
            QCoreApplication.translate(
                "App",
                "Another EnquiryDesk window has “{name}” open but does not answer; it may be "
                "busy. Look for it on the taskbar, or wait a moment and try again.",
            ).format(name=display_name(path)),
        )
        return 1
    maintenance.remove_leftovers()  # what a killed backup or export left behind
    session = Session(lang=lang)
    session.instance, session.held = instance, lock_path(path)
    instance.activated.connect(session.bring_forward)
    if not session.start(path):
        return 1
    quit_after = os.environ.get(QUIT_AFTER_MS, "")
    if quit_after.isdigit() and session.window is not None:
        window = session.window
        QTimer.singleShot(int(quit_after), window, window.reminders.quit)
    try:
        return app.exec()
    finally:
        (session.instance or instance).release()
        if language.restart_asked():
            moved = session.location is not None and lock_path(session.location) != lock_path(path)
            command = language.restart_command(
                sys.argv,
                sys.executable,
                getattr(sys, "frozen", False),
                session.location if moved else None,
            )
            QProcess.startDetached(command[0], command[1:])
