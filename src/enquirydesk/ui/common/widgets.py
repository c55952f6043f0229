"""Small pieces more than one form uses."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLayout,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)


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


def heading_width(header: QHeaderView, number: int) -> int:
    """How wide column `number` must be to show its heading whole, sort arrow included
    (headings are often bold, and longer in Indonesian and Slovenian)."""
    model = header.model()
    title = str(model.headerData(number, Qt.Orientation.Horizontal) or "") if model else ""
    return header.fontMetrics().horizontalAdvance(title) + 28


def fit_columns(
    table: QTableView,
    samples: dict[int, str],
    shares: dict[int, int],
    *,
    readable: dict[int, int] | None = None,
    widest: dict[int, int] | None = None,
    most: float = 1.0,
) -> None:
    """Size a table's columns to its width. A column of `samples` (column → its longest
    value) is as wide as that value, never more than `most` of the width; the columns of
    `shares` (column → share of what is left) at least as wide as their heading and
    `readable` characters (a name must read), `widest` capping some. What room is left
    first makes the sampled columns' headings whole, then goes to the shared columns.
    When even that does not fit (long words, a narrow window) the table scrolls
    sideways; a heading cut short shows whole as its tooltip."""
    header = table.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Zadnje povpr…", not a clipped word
    metrics = table.fontMetrics()
    room = (table.viewport().width() or table.width()) - 4
    room -= table.verticalScrollBar().sizeHint().width()  # it may come later
    cap = int(room * most)
    values = {n: min(cap, metrics.horizontalAdvance(text) + 14) for n, text in samples.items()}
    floors = {
        n: max(heading_width(header, n), metrics.averageCharWidth() * (readable or {}).get(n, 5))
        for n in shares
    }
    spare = room - sum(values.values()) - sum(floors.values())
    headings = {n: max(0, min(cap, heading_width(header, n)) - values[n]) for n in values}
    grown = min(1.0, max(0, spare) / sum(headings.values())) if sum(headings.values()) else 0
    for number, width in values.items():
        header.resizeSection(number, width + int(headings[number] * grown))
    spare = max(0, spare - sum(headings.values()))
    total = sum(shares.values()) or 1
    for number, share in shares.items():
        width = floors[number] + spare * share // total
        if widest and number in widest:
            width = min(width, max(floors[number], widest[number]))
        header.resizeSection(number, width)


class _Readable(QObject):
    def __init__(self, dialog: QWidget, chars: int) -> None:
        super().__init__(dialog)
        self.setObjectName("keepReadable")
        self.chars = chars
        self.grown: tuple[int, int] | None = None  # (the height before, the height grown to)
        dialog.installEventFilter(self)
        self.fit(dialog)

    def fit(self, dialog: QWidget) -> None:
        wanted = dialog.fontMetrics().averageCharWidth() * self.chars
        layout = dialog.layout()
        needed = layout.totalMinimumSize().width() if layout is not None else 0
        width = max(wanted, needed)
        if dialog.minimumWidth() != width:
            dialog.setMinimumWidth(width)
        if layout is not None and layout.hasHeightForWidth():
            self._fit_height(dialog, layout.totalMinimumHeightForWidth(max(dialog.width(), width)))

    def _fit_height(self, dialog: QWidget, height: int) -> None:
        """A minimum width of its own stops Qt from sizing the window to its layout, and
        wrapped text (a longer sentence, another language) needs more height at a given
        width: the height it needs is its minimum, so that nothing overlaps or is cut.
        Grown for a text that then got shorter (or a list about to be sized), it gives
        the room back, down to its height before, unless the user resized it meanwhile."""
        before = dialog.height()
        if self.grown is not None and before != self.grown[1]:
            self.grown = None  # resized by the user: theirs to keep
        if dialog.minimumHeight() != height:
            dialog.setMinimumHeight(height)  # grows the window if it is shorter
        if dialog.height() > before:
            self.grown = (self.grown[0] if self.grown else before, dialog.height())
        elif self.grown is not None and height < dialog.height():
            first = self.grown[0]
            target = max(height, first)
            self.grown = None if target == first else (first, target)
            dialog.resize(dialog.width(), target)  # its Resize comes back here: settled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.fit(watched)
        return False


def keep_readable(dialog: QWidget, chars: int) -> None:
    """At least `chars` characters wide, so that its sentences read well, and never so
    narrow that a label is cut (Indonesian and Slovenian labels are often longer): a
    minimum width of its own would otherwise overrule its layout's. It grows taller
    when its text needs more lines (a preview filled in, a message shown). Asked again
    (a subclass wants it wider), the last `chars` holds."""
    kept = dialog.findChild(_Readable, "keepReadable", Qt.FindChildOption.FindDirectChildrenOnly)
    if kept is not None:
        kept.chars = chars
        kept.fit(dialog)
        return
    _Readable(dialog, chars)
