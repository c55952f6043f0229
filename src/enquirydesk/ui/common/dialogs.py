"""One small dialog at a time from a page: opened window-modal without blocking the
window's event loop, deleted once closed, and its outcome handed on when accepted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog


class DialogSlot(QObject):
    """Where a page keeps its open dialog (`current`); a second one is refused while the
    first is open (a key pressed twice, a card read while another dialog opened)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: QDialog | None = None

    def open(self, dialog: QDialog, accepted: Callable[[Any], None]) -> bool:
        """Show `dialog`; `accepted(dialog)` once it closes accepted. False (and the
        dialog deleted) when another is open."""
        if self.current is not None:
            dialog.deleteLater()
            return False
        self.current = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog, accepted))
        dialog.open()
        return True

    def _closed(self, dialog: QDialog, accepted: Callable[[Any], None]) -> None:
        if self.current is dialog:
            self.current = None
        dialog.deleteLater()
        if dialog.result() == QDialog.DialogCode.Accepted:
            accepted(dialog)
