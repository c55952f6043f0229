"""A strip across the top of the window for what the user must know before working on:
the file is read-only, the disk is nearly full, the file is on a network drive."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

#: Background, border and text colours that read on light and dark themes alike.
_COLOURS = {
    "error": ("#fdecea", "#b3261e", "#410e0b"),
    "warning": ("#fff4e5", "#b26a00", "#3d2600"),
}


class Banner(QFrame):
    """Plain text (the technical words in its tooltip) and buttons beside it."""

    def __init__(self, name: str, kind: str, text: str, parent: QWidget, details: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        background, border, ink = _COLOURS[kind]
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f"QFrame#{name} QLabel {{ color: {ink}; }}"
        )
        self.label = QLabel(text, self)
        self.label.setObjectName(name.removesuffix("Banner") + "Text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setToolTip(details)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.label, 1)

    def add_button(
        self, text: str, name: str, accessible: str, act: Callable[[], object]
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.clicked.connect(lambda _checked=False: act())
        self.row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return button

    def set_text(self, text: str) -> None:
        self.label.setText(text)
