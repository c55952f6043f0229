"""Connecting to the shop's database server, where several PCs share the shop's records.

`ServerDialog` asks for the server, its port, the database, the user name and the
password, and whether to keep the password on this PC (in the system's keyring through
`services.servers`; never in a settings file). Connecting is tried on a thread of the
dialog's own, so a server that does not answer never freezes the window: the dialog
says it is connecting, and gives up when the server has not answered within a few
seconds. What went wrong is said in the dialog, in the plain sentence of the error;
the user corrects it and tries again, opens a file on this PC instead, or cancels.

The dialog only answers (`answer`: `Connected` or `OpenOther`); `app.Session` switches
the window to it. The server, port, database and user name are remembered for the next
time (``window.ini``), the password never; and a window put on a server starts on it
from then on (`start_address`), until the user chooses a file on this PC instead.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from enquirydesk import paths
from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services import servers
from enquirydesk.services.servers import ServerAddress
from enquirydesk.ui.common import window_state as state
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.widgets import error_label, heading, keep_readable, paragraph
from enquirydesk.ui.common.window_state import WindowState
from enquirydesk.ui.file.problems import OpenOther


@dataclass(frozen=True)
class Connected:
    """The server let us in: its `address` (without the password) and the password to
    open it with. `remembered` is True when the keyring now keeps the password, False
    when it was asked to and could not, None when it was not asked to."""

    address: str
    password: str | None = field(default=None, repr=False)
    remembered: bool | None = None


ServerAnswer = Connected | OpenOther
Check = Callable[[str, "str | None"], object]


def _kept() -> WindowState:
    return WindowState(paths.data_dir())  # what is kept is not per database


def remembered_address() -> ServerAddress | None:
    """The server last connected to from the dialog, or None."""
    kept = _kept()
    host = str(kept.value(state.SERVER_HOST, "") or "")
    if not host:
        return None
    try:
        port = int(kept.value(state.SERVER_PORT, servers.DEFAULT_PORT))
    except (TypeError, ValueError):
        port = servers.DEFAULT_PORT
    return ServerAddress(
        host=host,
        database=str(kept.value(state.SERVER_DATABASE, "") or ""),
        user=str(kept.value(state.SERVER_USER, "") or ""),
        port=port,
    )


def remember_address(address: ServerAddress) -> None:
    kept = _kept()
    kept.set(state.SERVER_HOST, address.host)
    kept.set(state.SERVER_PORT, address.port)
    kept.set(state.SERVER_DATABASE, address.database)
    kept.set(state.SERVER_USER, address.user)


def start_address() -> str | None:
    """The server's address (never the password) this PC's window starts on when no
    database is named, or None for the file in the user's own data folder."""
    address = str(_kept().value(state.START_ON_SERVER, "") or "")
    return address if servers.is_address(address) else None


def start_on(location: str | None) -> None:
    """The user put the window on `location`: a server's address is where the window
    starts from now on; a file on this PC (None, or a path) puts it back on the own file."""
    address = location if location and servers.is_address(location) else ""
    _kept().set(state.START_ON_SERVER, address)


def prefill_for(location: str | None) -> ServerAddress | None:
    """What the dialog starts with: the server the window is on (`location`, when it is a
    server's address), else the one last connected to."""
    if location and servers.is_address(location):
        return ServerAddress.parse(location)
    return remembered_address()


class ServerDialog(QDialog):
    """The server's details and the password; `answer` once accepted."""

    def __init__(
        self,
        prefill: ServerAddress | None = None,
        error: str = "",
        parent: QWidget | None = None,
        *,
        check: Check = servers.check,
    ) -> None:
        super().__init__(parent)
        self.check = check
        self.answer: ServerAnswer | None = None
        self.busy = False
        self._attempt = 0
        self._saved_for: str | None = None  # the address the keyring has a password for
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Connect to the shop's server"))
        if parent is not None:
            self.setWindowModality(Qt.WindowModality.WindowModal)
        self.tasks = Tasks(self)

        title = heading(self.tr("Connect to the shop's server"), self)
        intro = paragraph(
            self.tr(
                "Several PCs can work on the same enquiries when the shop keeps them in a "
                "PostgreSQL database on a server. Whoever set up the server can tell you "
                "these details."
            ),
            self,
            "serverIntro",
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.host_edit = self._line(
            "serverHostEdit",
            self.tr("Server"),
            self.tr("The name or address of the computer that runs PostgreSQL, such as "
                    "192.168.1.10 or shop-server"),
        )  # fmt: skip
        self.host_edit.setPlaceholderText(self.tr("e.g. 192.168.1.10"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("serverPortSpin")
        self.port_spin.setAccessibleName(self.tr("Port"))
        self.port_spin.setToolTip(
            self.tr("The server's port: 5432 unless whoever set it up says otherwise")
        )
        self.port_spin.setRange(1, 65535)
        self.port_spin.setGroupSeparatorShown(False)
        self.port_spin.setValue(servers.DEFAULT_PORT)
        self.port_spin.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.port_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.database_edit = self._line(
            "serverDatabaseEdit",
            self.tr("Database"),
            self.tr("The name of the shop's database on the server"),
        )
        self.user_edit = self._line(
            "serverUserEdit",
            self.tr("User name"),
            self.tr("Your user name on the database server"),
        )
        self.password_edit = self._line(
            "serverPasswordEdit",
            self.tr("Password"),
            self.tr("The password of that user name on the server. Empty: the password "
                    "kept on this PC, if there is one"),
        )  # fmt: skip
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("&Remember the password on this PC"), self)
        self.remember_check.setObjectName("rememberPasswordCheck")
        self.remember_check.setAccessibleName(self.tr("Remember the password on this PC"))
        self.remember_check.setToolTip(
            self.tr(
                "Kept in this PC's own password store (the system keyring), so that "
                "EnquiryDesk connects by itself next time; never in a settings file. "
                "Unticked: a password kept before is forgotten."
            )
        )
        self.remember_check.setChecked(True)
        for text, widget in (
            (self.tr("&Server:"), self.host_edit),
            (self.tr("P&ort:"), self.port_spin),
            (self.tr("&Database:"), self.database_edit),
            (self.tr("&User name:"), self.user_edit),
            (self.tr("Pass&word:"), self.password_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.remember_check)

        self.error = error_label(self, "serverError")
        self.connecting = paragraph("", self, "serverConnecting")
        self.connecting.hide()
        self.bar = QProgressBar(self)
        self.bar.setObjectName("serverConnectingBar")
        self.bar.setAccessibleName(self.tr("Connecting"))
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.hide()

        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setAccessibleName(self.tr("Connect"))
        self.connect_button.setToolTip(self.tr("Connect to the server with these details"))
        self.connect_button.setDefault(True)
        self.file_button = QPushButton(self.tr("Open a &file on this PC instead…"), self)
        self.file_button.setObjectName("openFileButton")
        self.file_button.setAccessibleName(self.tr("Open a file on this PC instead"))
        self.file_button.setToolTip(
            self.tr("Work on an EnquiryDesk file kept on this PC, without the server")
        )
        self.file_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without connecting (Esc)"))
        self.cancel_button.setAutoDefault(False)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.connect_button.clicked.connect(self.connect_now)
        self.file_button.clicked.connect(self.open_file)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.connecting)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        layout.addWidget(buttons)
        keep_readable(self, 72)

        if prefill is not None:
            self.host_edit.setText(prefill.host)
            self.port_spin.setValue(prefill.port)
            self.database_edit.setText(prefill.database)
            self.user_edit.setText(prefill.user)
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.textChanged.connect(self._show_saved)
        self.port_spin.valueChanged.connect(self._show_saved)
        if error:
            self.refused(error)
        self._look_for_saved_password()
        first_empty = next(
            (e for e in (self.host_edit, self.database_edit, self.user_edit) if not e.text()),
            self.password_edit,
        )
        first_empty.setFocus()

    def _line(self, name: str, accessible: str, tip: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setToolTip(tip)
        edit.setMaxLength(255)
        return edit

    # -- what was typed -----------------------------------------------------------------

    def server_address(self) -> ServerAddress | None:
        """The details typed, or None while one is missing."""
        host = self.host_edit.text().strip()
        database = self.database_edit.text().strip()
        user = self.user_edit.text().strip()
        if not (host and database and user):
            return None
        return ServerAddress(host=host, database=database, user=user, port=self.port_spin.value())

    def _missing(self) -> QLineEdit | None:
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            if not edit.text().strip():
                return edit
        return None

    # -- the password kept on this PC -------------------------------------------------

    def _look_for_saved_password(self) -> None:
        """Whether the keyring keeps a password for the address shown (asked off the
        window's thread: a keyring may take a moment to answer)."""
        address = self.server_address()
        if address is None:
            return
        url = address.url()

        self.tasks.run(
            lambda: servers.saved_password(url),
            _weakly(self, lambda dialog, password: dialog._found_saved(url, password)),
            key="saved",
            failed=lambda _error: None,
        )

    def _found_saved(self, url: str, password: str | None) -> None:
        self._saved_for = url if password else None
        self._show_saved()

    def _show_saved(self) -> None:
        address = self.server_address()
        saved = address is not None and address.url() == self._saved_for
        self.password_edit.setPlaceholderText(self.tr("Kept on this PC") if saved else "")

    # -- connecting -------------------------------------------------------------------

    def connect_now(self) -> None:
        """Try the details on the dialog's own thread; the dialog keeps answering."""
        if self.busy:
            return
        address = self.server_address()
        if address is None:
            missing = self._missing()
            self.refused(self.tr("Fill in the server, the database and the user name."))
            if missing is not None:
                missing.setFocus()
            return
        url = address.url()
        typed = self.password_edit.text() or None
        remember = self.remember_check.isChecked()
        check = self.check
        self._attempt += 1
        attempt = self._attempt

        def work() -> Connected:
            password = typed or servers.saved_password(url)
            check(url, password)
            remembered: bool | None = None
            if not remember:
                servers.forget_password(url)
            elif typed:
                remembered = servers.remember_password(url, typed)
            return Connected(url, password, remembered)

        self._set_busy(True, self.tr("Connecting to {where}…").format(where=servers.describe(url)))
        self.tasks.run(
            work,
            _weakly(self, lambda dialog, answer: dialog._connected(attempt, address, answer)),
            key="connect",
            failed=_weakly(self, lambda dialog, error: dialog._failed(attempt, error)),
        )

    def _connected(self, attempt: int, address: ServerAddress, answer: Connected) -> None:
        if attempt != self._attempt:
            return  # given up on meanwhile
        self._set_busy(False)
        remember_address(address)
        self.answer = answer
        self.accept()

    def _failed(self, attempt: int, error: Exception) -> None:
        if attempt != self._attempt:
            return
        self._set_busy(False)
        if not isinstance(error, EnquiryDeskError):
            raise error
        self.refused(str(error))

    def refused(self, sentence: str) -> None:
        """Say what went wrong; the same button tries again."""
        self.error.setText(sentence)
        self.error.show()
        self.connect_button.setText(self.tr("&Retry"))
        self.connect_button.setAccessibleName(self.tr("Retry"))
        self.connect_button.setToolTip(self.tr("Try to connect again with these details"))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for widget in (
            self.host_edit, self.port_spin, self.database_edit, self.user_edit,
            self.password_edit, self.remember_check, self.connect_button, self.file_button,
        ):  # fmt: skip
            widget.setEnabled(not busy)
        if busy:
            self.error.hide()
        self.connecting.setText(text)
        self.connecting.setVisible(busy)
        self.bar.setVisible(busy)
        if not busy and self.isVisible():
            self.connect_button.setFocus()

    # -- the other ways out -------------------------------------------------------------

    def open_file(self) -> None:
        start = paths.default_database()
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open an EnquiryDesk file"),
            str(start if start.exists() else start.parent),
            QCoreApplication.translate(
                "FileProblems", "EnquiryDesk files (*.sqlite *.db);;All files (*)"
            ),
        )
        if chosen:
            self.answer = OpenOther(Path(chosen))
            self.accept()

    def done(self, result: int) -> None:
        """Closed: an attempt still under way is let go (its answer is not waited for)."""
        self._attempt += 1
        for key in ("saved", "connect"):
            self.tasks.cancel(key)
        self.tasks.shutdown(wait=False)
        super().done(result)


def _weakly(
    dialog: ServerDialog, act: Callable[[ServerDialog, object], None]
) -> Callable[[object], None]:
    """`act(dialog, answer)` when the worker's answer comes, if the dialog is still there.
    The worker holds its jobs (and their answers) for a while: through them it must not
    keep the dialog alive, nor be the one to delete it (a widget goes on its own thread)."""
    ref = weakref.ref(dialog)

    def answered(answer: object) -> None:
        found = ref()
        if found is not None and shiboken6.isValid(found):
            act(found, answer)

    return answered


def ask(address: str, error: Exception) -> ServerAnswer | None:
    """At the start, before the window: the dialog, modal, with the server's details
    filled in and what went wrong; None means quit."""
    dialog = ServerDialog(ServerAddress.parse(address), str(error))
    dialog.exec()
    return dialog.answer if dialog.result() == QDialog.DialogCode.Accepted else None
