"""Undo and redo keys in a window that undoes its own changes (the main window).

In a text box (a search box, a date) Ctrl+Z and Ctrl+Shift+Z or Ctrl+Y first undo and
redo the typing in that box, as in any program; once the box has nothing (more) to undo
or redo, the same key undoes or redoes the window's last change. Qt gives a line edit
every undo and redo key whether or not it has anything to undo, so the window's own keys
would never work from a search box: the box's claim is refused while it has nothing to
give. Ctrl+Y redoes the typing too where the system's redo key is only Ctrl+Shift+Z (Linux).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

_TEXT_BOXES = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QComboBox)


def _line_edit(widget: QWidget) -> QLineEdit | None:
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox):
        return widget.lineEdit() if widget.isEditable() else None
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    return None


def can(widget: QWidget, step: str) -> bool:
    """Whether the text box `widget` has typing of its own to undo or redo (`step`)."""
    edit = _line_edit(widget)
    if edit is not None:
        if edit.isReadOnly():
            return False
        return edit.isUndoAvailable() if step == "undo" else edit.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
        document = widget.document()
        return document.isUndoAvailable() if step == "undo" else document.isRedoAvailable()
    return False


def _step(widget: QWidget, step: str) -> None:
    target: QObject | None = _line_edit(widget)
    if target is None and isinstance(widget, QPlainTextEdit | QTextEdit):
        target = widget
    if target is not None:
        getattr(target, step)()


class TextBoxUndo(QObject):
    """Watches the text box that has the keyboard in `window` (only that one, only while
    it has it) and lets `undo` and `redo` have their keys when the box has nothing to do
    with them."""

    def __init__(self, window: QWidget, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self.window, self.undo, self.redo = window, undo, redo
        self._watched: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focused)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and isValid(self._watched):  # (a page may be gone)
            self._watched.removeEventFilter(self)
        self._watched = None
        if isinstance(new, _TEXT_BOXES) and new.window() is self.window:
            new.installEventFilter(self)
            self._watched = new

    def _which(self, event: QKeyEvent) -> tuple[str, bool] | None:
        """The step of the window's key pressed ("undo" or "redo"), and whether the key is
        the box's own for it; None for another key."""
        pressed = QKeySequence(event.keyCombination())
        if pressed in self.undo.shortcuts():
            return "undo", event.matches(QKeySequence.StandardKey.Undo)
        if pressed in self.redo.shortcuts():
            return "redo", event.matches(QKeySequence.StandardKey.Redo)
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            or not isinstance(event, QKeyEvent)
            or not isinstance(watched, QWidget)
        ):
            return False
        which = self._which(event)
        if which is None:
            return False
        step, own_key = which
        box_can = can(watched, step)
        if kind == QEvent.Type.ShortcutOverride:
            if not box_can:
                return True  # left unclaimed: the window's action takes the key
            if own_key:
                return False  # the box claims it and does it, as Qt does
            event.accept()  # claimed for the box; done below, as Qt would not
            return True
        if box_can and not own_key:  # the key press after the claim above
            _step(watched, step)
            return True
        return False
