"""The one way the window runs database work off its GUI thread (as Anki's taskman).

`Tasks.run(work, done)` runs `work()` on a single background thread, one job at a
time in order, and calls `done(result)` back on the GUI thread; an exception is
handed to `failed` (or shown in the status bar by the window). Background code
never touches a widget. A job started under a `key` replaces a waiting job with
the same key, so typing fast in the search box queues only the newest search.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    finished = Signal(object, object, object)  # callback, result, error


class _Job(QRunnable):
    def __init__(self, tasks: Tasks, key: str | None, work: Callable[[], Any], done, failed):
        super().__init__()
        self.tasks, self.key, self.work, self.done, self.failed = tasks, key, work, done, failed
        self.cancelled = False

    def run(self) -> None:
        if self.cancelled:
            return
        try:
            result, error = self.work(), None
        except Exception as exc:  # handed to the GUI thread, never lost
            result, error = None, exc
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
        self.tasks._relay.finished.emit(self, result, error)


class Tasks(QObject):
    """A single worker thread for reads and writes that may take longer than a frame."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the thread (and its database connection)
        self._relay = _Relay()
        self._relay.finished.connect(self._finished)
        self._waiting: dict[str, _Job] = {}
        self.on_error: Callable[[Exception], None] | None = None

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        *,
        key: str | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        if key is not None and key in self._waiting:
            self._waiting[key].cancelled = True
        job = _Job(self, key, work, done, failed)
        job.setAutoDelete(False)
        if key is not None:
            self._waiting[key] = job
        self._pool.start(job)

    @Slot(object, object, object)
    def _finished(self, job: _Job, result: Any, error: Exception | None) -> None:
        if job.key is not None and self._waiting.get(job.key) is job:
            del self._waiting[job.key]
        if job.cancelled:
            return
        if error is not None:
            handler = job.failed or self.on_error
            if handler is None:
                raise error
            handler(error)
        elif job.done is not None:
            job.done(result)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has run (tests, and closing the window)."""
        return self._pool.waitForDone(msecs)
