"""Guard for the PySide6 pin (pyproject.toml): 6.12.0 aborts Python 3.11 with
"Fatal Python error: none_dealloc" after a few thousand ordinary calls. If an
upgrade brings that back, this fails in CI instead of in a shop."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject
for i in range(100_000):
    QObject().setObjectName("enquiry")
print("survived")
"""


def test_many_ordinary_qt_calls_do_not_crash_python() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300, env=env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"
