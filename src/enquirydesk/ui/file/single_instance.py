"""One window per file. A second start on a file that a window already has open asks
that window to come to the front and ends; the command line keeps working beside it
(SQLite lets several programs use one file, but two windows on it would each think
their undo history, reminders and backups were the only ones).

The running window holds a `QLockFile` (a lock a crashed window does not keep: Qt
sees that its process is gone) and listens on a `QLocalServer` named after the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from enquirydesk import paths
from enquirydesk.paths import instance_key

CONNECT_MS = 2000
RAISE = b"raise\n"


class SingleInstance(QObject):
    """`claim()` the file for this window, or hand the start to the window that has it."""

    activated = Signal()  # another start asked this window to come forward

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_key(database)
        lock = paths.window_lock(database)
        lock.parent.mkdir(parents=True, exist_ok=True)
        self.lock = QLockFile(str(lock))
        self.lock.setStaleLockTime(0)  # only a dead process's lock is stale
        self.server: QLocalServer | None = None
        self.answered = False  # when not claimed: whether the other window heard us

    def claim(self) -> bool:
        """True: this window is the file's one window. False: another window has it and
        was asked to come to the front (or could not be reached: it is busy)."""
        if not self.lock.tryLock(100):
            self.answered = self._ask_the_other()
            return False
        QLocalServer.removeServer(self.key)  # left by a window that crashed
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)
        self.server.listen(self.key)
        return True

    def _ask_the_other(self) -> bool:
        socket = QLocalSocket(self)
        socket.connectToServer(self.key)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(RAISE)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def _connected(self) -> None:
        while self.server is not None and (socket := self.server.nextPendingConnection()):
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if RAISE.strip() in bytes(socket.readAll().data()):
            self.activated.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()
