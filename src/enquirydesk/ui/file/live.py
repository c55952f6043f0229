"""Changes saved by other programs shown as they happen: the other PCs of a shop on a
server (within a second of their saving), or a script beside the window on the same
file. A thread of its own waits for them (services/live.py) and hands each to the window
as one of its change announcements, which every page already follows."""

from __future__ import annotations

import logging
import threading
from collections import deque

from PySide6.QtCore import QObject, Signal

from enquirydesk.domain.errors import StoreError
from enquirydesk.services import live
from enquirydesk.services.context import Changes, Context

log = logging.getLogger(__name__)


class LiveChanges(QObject):
    #: One operation saved elsewhere (a `Changes`), delivered on the GUI thread.
    arrived = Signal(object)

    def __init__(self, parent: QObject, ctx: Context) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stop = threading.Event()
        self._mine: deque[int] = deque()  # (appended on the GUI thread, taken on its own)
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="enquirydesk-live", daemon=True)
            self._thread.start()

    def mine(self, changes: Changes) -> None:
        """An operation this window made (and announced itself)."""
        if changes.operation_id is not None:
            self._mine.append(changes.operation_id)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5 * live.LOOK_EVERY_S)
            self._thread = None

    def _run(self) -> None:
        news = None
        try:
            while not self._stop.is_set():
                try:
                    if news is None:
                        news = live.news(self.ctx)
                    while self._mine:
                        news.mine([self._mine.popleft()])
                    for changes in news.wait():
                        if self._stop.is_set():
                            break
                        self.arrived.emit(changes)
                except (StoreError, OSError) as error:  # the server away a moment: again
                    log.info("no news of other programs' changes: %s", error)
                    self._stop.wait(live.LOOK_EVERY_S)
                except Exception as error:
                    translated = self.ctx.store.translate(error)
                    if translated is error:
                        raise
                    log.info("no news of other programs' changes: %s", translated)
                    self._stop.wait(live.LOOK_EVERY_S)
        finally:
            if news is not None:
                news.close()
