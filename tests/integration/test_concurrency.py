"""Several programs writing one file: no "database is locked", and kill -9 loses nothing
that was reported saved, nor damages the file."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from enquirydesk.services import maintenance
from enquirydesk.store.database import Store

ADDER = """
import sys
from enquirydesk.cli import main
worker = sys.argv[1]
i = 0
while True:
    i += 1
    code = main(["add", "--channel", "chat", "--name", f"Worker {worker} customer {i}",
                 "--interest", "stress"])
    if code != 0:
        sys.exit(code)
"""


def _env(db: Path) -> dict[str, str]:
    return dict(os.environ, ENQUIRYDESK_DB=str(db), PYTHONUNBUFFERED="1")


def _ids(path: Path) -> set[int]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return {row[0] for row in connection.execute("SELECT id FROM enquiry")}


@pytest.mark.slow
def test_parallel_add_commands_all_succeed(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite"
    Store.open(db).close()
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "enquirydesk",
                "add",
                "--channel",
                "phone",
                "--name",
                f"Caller {n}",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(db),
        )
        for n in range(8)
    ]
    printed = set()
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert err == ""
        printed.add(int(out.splitlines()[-1]))
    assert len(printed) == 8
    assert _ids(db) == printed


@pytest.mark.slow
def test_kill_9_never_loses_a_printed_id_nor_damages_the_file(tmp_path: Path) -> None:
    db = tmp_path / "killed.sqlite"
    Store.open(db).close()
    rng = random.Random(5)
    printed: set[int] = set()
    for round_ in range(3):
        workers = [
            subprocess.Popen(
                [sys.executable, "-c", ADDER, f"{round_}.{n}"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=_env(db),
            )
            for n in range(3)
        ]
        # Each worker is writing (it has printed an id) before the kills come, at random
        # moments, so that some land inside a transaction.
        first = [worker.stdout.readline() for worker in workers]
        for worker in workers:
            time.sleep(rng.random() * 0.3)
            worker.send_signal(signal.SIGKILL)
        for worker, line in zip(workers, first, strict=True):
            out, err = worker.communicate(timeout=60)
            assert worker.returncode == -signal.SIGKILL, err
            assert "locked" not in err and "Traceback" not in err, err
            # A line cut off by the kill is not a printed id.
            lines = (line + out).split("\n")
            printed.update(int(text) for text in lines[:-1] if text.strip())
        assert printed, "the workers never got to save anything"
        assert printed <= _ids(db)
    result = maintenance.check(db)
    assert result.ok, result.problems
