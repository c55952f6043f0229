"""The worker never holds the last reference to a finished job.

A job's callbacks close over widgets; if the worker thread dropped the last
reference to one, Python would delete the widget on that thread and Qt would
crash. The worker hands each finished job to the GUI thread and lets go of it.
"""

from __future__ import annotations

import gc
import threading
import weakref

from enquirydesk.ui.common.tasks import Tasks


class _Held:
    """Stands for a widget a job's callback keeps."""


def test_a_finished_job_is_let_go_of_on_the_gui_thread(qtbot):
    tasks = Tasks()
    try:
        held = _Held()
        gone = weakref.ref(held)
        answers = []
        tasks.run(lambda: 42, lambda result, held=held: answers.append(result))
        del held
        qtbot.waitUntil(lambda: answers == [42])
        gc.collect()
        # The worker now waits for its next job, and holds nothing of this one.
        assert gone() is None
    finally:
        tasks.shutdown()


def test_callbacks_and_a_failure_reach_the_gui_thread_in_order(qtbot):
    tasks = Tasks()
    try:
        heard = []
        gui = threading.current_thread()

        def fail():
            raise ValueError("no")

        tasks.run(lambda: 1, lambda r: heard.append((r, threading.current_thread() is gui)))
        tasks.run(fail, failed=lambda e: heard.append((str(e), threading.current_thread() is gui)))
        tasks.run(lambda: 3, lambda r: heard.append((r, threading.current_thread() is gui)))
        qtbot.waitUntil(lambda: len(heard) == 3)
        assert heard == [(1, True), ("no", True), (3, True)]
    finally:
        tasks.shutdown()
