"""Small pieces more than one form uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QLayout, QSplitter, QVBoxLayout, QWidget


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


def list_beside_detail(
    parent: QWidget,
    name: str,
    parts: list[QWidget | QLayout],
    detail: QWidget,
    stretch: tuple[int, int],
) -> QSplitter:
    """A page's list (its `parts` stacked: a bar, the table, the empty-list note) with the
    selected item's detail beside it, in a splitter the user can move but not collapse.
    The list's widgets take the height; a layout (a bar) keeps its own."""
    left = QWidget(parent)
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part, 1)
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.setObjectName(name)
    splitter.addWidget(left)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    splitter.setChildrenCollapsible(False)
    return splitter
