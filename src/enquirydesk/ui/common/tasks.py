"""The one way the window runs database work off its GUI thread (as Anki's taskman).

`Tasks.run(work, done)` runs `work()` on one background thread, one job at a
time in order, and calls `done(result)` back on the GUI thread; an exception is
handed to `failed` (or to `on_error`). Background code never touches a widget.
A job started under a `key` replaces a waiting job with the same key, so typing
fast in the search box queues only the newest search. A job run with `progress`
gets a `report(done, total)` to call; the GUI thread hears it through `progress`.
What went wrong is handed over as the user should read it (`explain`, the window's
`services.problems.explain`): SQLite's words for a full disk or a damaged file
become a plain sentence, whichever connection met them.

The thread lives as long as the window: its database connection (and page
cache) is made once and closed by `shutdown`, never left behind by a thread
that ended. A finished job is handed to the GUI thread through a queue that only
the GUI thread empties, and the worker lets go of it before saying so: the last
reference to a job's callbacks (and the widgets they hold) is always dropped on
the GUI thread, never on the worker, where deleting a widget would crash.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot


class _Relay(QObject):
    finished = Signal()  # a job is in `Tasks._over`
    progressed = Signal(object, int, int)  # job, done, total


class _Job:
    __slots__ = ("cancelled", "done", "failed", "key", "progress", "work")

    def __init__(self, key: str | None, work: Callable[..., Any], done, failed, progress) -> None:
        self.key, self.work, self.done, self.failed = key, work, done, failed
        self.progress = progress
        self.cancelled = False


class Tasks(QObject):
    """A single worker thread for reads and writes that may take longer than a frame."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.finished.connect(self._finished)
        self._over: queue.SimpleQueue[tuple[_Job, Any, Exception | None]] = queue.SimpleQueue()
        self._relay.progressed.connect(self._progressed)
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._waiting: dict[str, _Job] = {}
        self._busy = 0  # jobs queued or running
        self._lock = threading.Condition()
        self._at_exit: Callable[[], None] | None = None
        self._stopping = False
        self.on_error: Callable[[Exception], None] | None = None
        self.explain: Callable[[Exception], BaseException] | None = None
        self._thread = threading.Thread(target=self._loop, name="enquirydesk-tasks", daemon=True)
        self._thread.start()

    def run(
        self,
        work: Callable[..., Any],
        done: Callable[[Any], None] | None = None,
        *,
        key: str | None = None,
        failed: Callable[[Exception], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Queue `work()` (`work(report)` with `progress`); `done(result)` or `failed(error)`
        follow on the GUI thread."""
        if key is not None and key in self._waiting:
            self._waiting[key].cancelled = True
        job = _Job(key, work, done, failed, progress)
        if key is not None:
            self._waiting[key] = job
        with self._lock:
            self._busy += 1
        self._jobs.put(job)

    def cancel(self, key: str) -> None:
        """The job of `key` is not wanted any more: not run if it has not begun, and its
        answer dropped if it has."""
        job = self._waiting.get(key)
        if job is not None:
            job.cancelled = True

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            self._over.put(self._outcome(job))
            del job  # the GUI thread holds the only reference now
            self._relay.finished.emit()
            with self._lock:
                self._busy -= 1
                self._lock.notify_all()
        if self._at_exit is not None:
            self._at_exit()

    def _outcome(self, job: _Job) -> tuple[_Job, Any, Exception | None]:
        result = error = None
        if not job.cancelled:
            try:
                if job.progress is None:
                    result = job.work()
                else:
                    result = job.work(lambda done, total, job=job: self._report(job, done, total))
            except Exception as exc:  # handed to the GUI thread (with its traceback)
                error = exc
                if self.explain is not None:
                    explained = self.explain(exc)
                    if isinstance(explained, Exception) and explained is not exc:
                        explained.__cause__ = exc
                        error = explained
        return job, result, error

    def _report(self, job: _Job, done: int, total: int) -> None:
        self._relay.progressed.emit(job, done, total)

    @Slot(object, int, int)
    def _progressed(self, job: _Job, done: int, total: int) -> None:
        if not job.cancelled and job.progress is not None:
            job.progress(done, total)

    @Slot()
    def _finished(self) -> None:
        try:
            job, result, error = self._over.get_nowait()
        except queue.Empty:  # taken by an earlier call
            return
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

    @classmethod
    def once(
        cls,
        parent: QObject,
        work: Callable[..., Any],
        done: Callable[[Any], None] | None = None,
        *,
        failed: Callable[[Exception], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Tasks:
        """One job on a thread of its own that ends with it: long work (the whole-file
        check, a restore) that the window's reads must not queue behind."""
        tasks = cls(parent)

        def succeeded(result: Any) -> None:
            tasks.shutdown()
            if done is not None:
                done(result)

        def went_wrong(error: Exception) -> None:
            tasks.shutdown()
            if failed is None:
                raise error
            failed(error)

        tasks.run(work, succeeded, failed=went_wrong, progress=progress)
        return tasks

    @property
    def alive(self) -> bool:
        """Whether jobs still run (not after `shutdown`)."""
        return self._thread.is_alive() and not self._stopping

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every queued job has run (tests, and closing the window); the
        results reach their callbacks when the GUI thread next handles events."""
        with self._lock:
            return self._lock.wait_for(lambda: self._busy == 0, msecs / 1000)

    def shutdown(self, at_exit: Callable[[], None] | None = None, *, wait: bool = True) -> None:
        """Finish the queued jobs, run `at_exit` on the worker thread (to close its
        database connection), and end the thread. Without `wait` the thread ends on its
        own once its job is over (a connection attempt that may take seconds to give up:
        a dialog closed meanwhile does not wait for it)."""
        if not self._thread.is_alive():
            return
        if at_exit is not None or not self._stopping:
            self._at_exit = at_exit
        if not self._stopping:
            self._stopping = True
            self._jobs.put(None)
        if wait:
            self._thread.join(30)
        elif self not in _ending:
            # Kept (here, on the GUI thread) until the thread has ended: neither its
            # parent's going nor the thread's last reference may delete it elsewhere.
            self.setParent(None)
            if not _ending:
                QTimer.singleShot(REAP_EVERY_MS, _reap)
            _ending.add(self)


#: How often workers let go without waiting are looked at, to let go of them once ended.
REAP_EVERY_MS = 200
_ending: set[Tasks] = set()


def _reap() -> None:
    for tasks in [t for t in _ending if not t._thread.is_alive()]:
        _ending.discard(tasks)
    if _ending:
        QTimer.singleShot(REAP_EVERY_MS, _reap)
