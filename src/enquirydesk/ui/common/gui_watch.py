"""A debug mode that names what keeps the window from answering.

With ``ENQUIRYDESK_WATCH_GUI=50`` in the environment (milliseconds), the program
watches its GUI thread: a timer on that thread ticks every 10 ms, and a thread of
its own notices when the ticks stop. From half the threshold on it takes the GUI
thread's Python stack (a few times while the block lasts, so that a block spent
painting shows the model's code it called); when the event loop turns again after
more than the threshold, the block, its length and its stacks are kept and written
to standard error, or to the file named by ``ENQUIRYDESK_WATCH_GUI_LOG``. A stack is
Python's only: a block inside one long call of C code shows the line that called it.

A gap between ticks is not always the program's doing: a busy machine may not run
the process at all for a while. `Block.ours` says whether any stack taken during the
block was in EnquiryDesk's own code (not only waiting in Qt's event loop).
"""

from __future__ import annotations

import os
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QObject, Qt, QTimer

from enquirydesk.i18n import translate

THRESHOLD = "ENQUIRYDESK_WATCH_GUI"
LOG = "ENQUIRYDESK_WATCH_GUI_LOG"
TICK_MS = 10
#: Stacks kept per block (the first ones differ most from the event loop's).
STACKS = 5

_PACKAGE = str(Path(__file__).resolve().parents[2])  # .../enquirydesk
_HERE = str(Path(__file__).resolve())


@dataclass
class Block:
    """The GUI thread did not turn its event loop for `seconds`."""

    started: float  # time.monotonic() of the last tick before it
    seconds: float
    stacks: list[list[traceback.FrameSummary]] = field(default_factory=list)

    @property
    def ours(self) -> bool:
        """Whether EnquiryDesk's code was running on the GUI thread during the block."""
        return any(
            frame.filename.startswith(_PACKAGE) and frame.filename != _HERE
            for stack in self.stacks
            for frame in stack
        )

    def describe(self) -> str:
        lines = [f"GUI thread blocked for {self.seconds * 1000:.0f} ms"]
        if not self.stacks:
            lines.append("  (over before a stack was taken)")
        seen: set[str] = set()
        for stack in self.stacks:
            text = "".join(traceback.format_list(stack))
            if text not in seen:
                seen.add(text)
                lines.append(text.rstrip())
        return "\n".join(lines)


class GuiWatch(QObject):
    """Watch the thread this is made on (the GUI thread) for blocks over `threshold_ms`;
    each is kept in `blocks` and written to `log` (None: not written)."""

    def __init__(
        self, threshold_ms: float, log: TextIO | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.threshold = threshold_ms / 1000
        self.log = log
        self.blocks: list[Block] = []
        self._gui = threading.get_ident()
        self._last = time.monotonic()
        # Stacks taken by the watching thread: (the tick they follow, the stack).
        self._taken: list[tuple[float, list[traceback.FrameSummary]]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._thread = threading.Thread(
            target=self._watch, name="enquirydesk-gui-watch", daemon=True
        )
        self._thread.start()

    def _tick(self) -> None:
        now = time.monotonic()
        last, self._last = self._last, now
        with self._lock:
            taken, self._taken = self._taken, []
        gap = now - last
        if gap <= self.threshold:
            return
        block = Block(last, gap, [stack for tick, stack in taken if tick == last])
        self.blocks.append(block)
        if self.log is not None:
            self.log.write(block.describe() + "\n\n")
            self.log.flush()

    def _watch(self) -> None:
        pause = min(self.threshold / 4, TICK_MS / 1000)
        while not self._stop.wait(pause):
            last = self._last
            if time.monotonic() - last <= self.threshold / 2:  # from halfway: a short
                continue  # block over the threshold has its stack too
            with self._lock:
                if sum(1 for tick, _ in self._taken if tick == last) >= STACKS:
                    continue
            frame = sys._current_frames().get(self._gui)
            if frame is None:
                continue
            stack = traceback.extract_stack(frame)
            del frame
            with self._lock:
                if self._last == last:  # still the same block
                    self._taken.append((last, stack))

    def longest(self, ours: bool = True) -> Block | None:
        """The longest block (of EnquiryDesk's own code, with `ours`), if any."""
        found = [b for b in self.blocks if b.ours or not ours]
        return max(found, key=lambda b: b.seconds, default=None)

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        self._thread.join(1)


#: The watch `from_environment` started (it lives as long as the program).
running: GuiWatch | None = None


def from_environment(parent: QObject | None = None) -> GuiWatch | None:
    """The watch, started when ``ENQUIRYDESK_WATCH_GUI`` asks for it (a number of
    milliseconds)."""
    global running
    wanted = os.environ.get(THRESHOLD, "").strip()
    if not wanted:
        return None
    try:
        threshold = float(wanted)
    except ValueError:
        said = translate(
            "GuiWatch", "{name}={value} is not a number of milliseconds; not watching."
        )
        print(said.format(name=THRESHOLD, value=wanted), file=sys.stderr)
        return None
    named = os.environ.get(LOG, "").strip()
    log: TextIO = open(named, "a", encoding="utf-8") if named else sys.stderr  # noqa: SIM115
    running = GuiWatch(threshold, log, parent)
    return running
