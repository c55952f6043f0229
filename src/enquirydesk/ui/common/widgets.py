"""Small pieces more than one form uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget


def heading(text: str, parent: QWidget, scale: float = 1.3) -> QLabel:
    """A bold title, `scale` times the body text."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def paragraph(text: str, parent: QWidget, name: str = "") -> QLabel:
    """Plain text that wraps."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def error_label(parent: QWidget, name: str) -> QLabel:
    """A hidden label for the message beside a field, in a red that reads on light and
    dark themes alike."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b00020"))
    label.setPalette(palette)
    label.hide()
    return label
