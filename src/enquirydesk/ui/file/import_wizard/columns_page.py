"""The import wizard's columns page (`ColumnsPage`): which field each column of the
file is imported as, with examples from its first rows (a field given to one column
leaves the column that had it), the order of day and month when the dates read both
ways, the channel of every row of a file without a channel column, and the mapping
saved as a file for the command line's `--map`.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from enquirydesk.domain import import_columns
from enquirydesk.services import catalogs
from enquirydesk.services.importer import Inspection
from enquirydesk.ui.common.widgets import error_label, paragraph
from enquirydesk.ui.file.import_wizard.base import PREVIEW_PAGE

if TYPE_CHECKING:
    from enquirydesk.ui.file.import_wizard.wizard import ImportWizard


SAMPLES = 3  # example values shown for each column


def _short(text: str, most: int = 28) -> str:
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1] + "…"


class _Elided(QLabel):
    """One line of text, cut with "…" to the room it has (whole in its tooltip)."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.full = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self.full, Qt.TextElideMode.ElideRight, self.width()))


class ColumnsPage(QWizardPage):
    """Which field each column of the file is imported as, the order of its dates, and
    the channel of every row of a file without a channel column."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setObjectName("importColumnsPage")
        self.setTitle(self.tr("The columns"))
        self.setSubTitle(
            self.tr(
                "Which part of an enquiry each column holds. A file needs the date each "
                "enquiry came in and the customer's name, phone or e-mail."
            )
        )
        self.remembered = paragraph(
            self.tr("Columns as last time for files like this."), self, "importRemembered"
        )
        self.columns_label = QLabel(self.tr("Import each &column as:"), self)
        self.grid_widget = QWidget(self)
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setColumnStretch(1, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("importColumnsArea")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.setWidget(self.grid_widget)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its combos take the keyboard
        self.combos: list[QComboBox] = []
        self.moved = paragraph("", self, "importColumnMoved")

        self.dates_label = QLabel(self.tr("&Dates are written as:"), self)
        self.dates_combo = QComboBox(self)
        self.dates_combo.setObjectName("importDatesCombo")
        self.dates_combo.setAccessibleName(self.tr("Dates are written as"))
        self.dates_combo.setToolTip(
            self.tr(
                "The file's dates read both ways round (5.10. can be 5 October or 10 May): "
                "say how the shop wrote them. The preview shows the dates as read."
            )
        )
        self.dates_combo.currentIndexChanged.connect(self.date_order_changed)
        self.dates_label.setBuddy(self.dates_combo)
        self.dates_text = paragraph("", self, "importDatesText")
        self.channel_label = QLabel(self.tr("Channe&l of every row:"), self)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("importChannelCombo")
        self.channel_combo.setAccessibleName(self.tr("Channel of every row"))
        self.channel_combo.setToolTip(
            self.tr("The file has no channel column: the channel all its enquiries came through")
        )
        self.channel_combo.currentIndexChanged.connect(self.channel_changed)
        self.channel_label.setBuddy(self.channel_combo)
        for combo in (self.dates_combo, self.channel_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.dates_label, self.dates_combo)
        form.addRow(self.channel_label, self.channel_combo)
        self.form = form
        self.problem = error_label(self, "importMappingProblem")
        self.save_button = QPushButton(self.tr("Save &mapping…"), self)
        self.save_button.setObjectName("saveMappingButton")
        self.save_button.setAccessibleName(self.tr("Save the mapping"))
        self.save_button.setToolTip(
            self.tr("Keep these columns in a file, for importing from the command line with --map")
        )
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.save_mapping())
        self.saved = paragraph("", self, "importMappingSaved")
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.remembered)
        layout.addWidget(self.columns_label)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.moved)
        layout.addWidget(self.dates_text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self._built_for: object = None
        self._filling = False

    # -- building -------------------------------------------------------------------------

    def initializePage(self) -> None:
        inspection = self.owner.inspection
        assert inspection is not None
        if self._built_for is not inspection.source:  # the file was read anew
            self._built_for = inspection.source
            self._build(inspection)
        self.moved.hide()
        self.saved.hide()
        self.show_state()
        if self.combos:
            self.combos[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _build(self, inspection: Inspection) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        bold = QFont(self.font())
        bold.setBold(True)
        for column, text in enumerate(
            (self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as"))
        ):
            heading = QLabel(text, self.grid_widget)
            heading.setFont(bold)
            self.grid.addWidget(heading, 0, column)
        columns = inspection.plan.columns or ()
        choices = [(self.tr("— not imported —"), "")]
        choices += [(import_columns.label(field), field) for field in import_columns.FIELDS]
        for index, name in enumerate(inspection.header):
            shown = name or self.tr("(column {number})").format(number=index + 1)
            label = QLabel(_short(shown, 32), self.grid_widget)
            label.setObjectName(f"importColumnName{index}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setToolTip(shown)
            examples = self._examples(inspection, index)
            sample = _Elided(" · ".join(_short(value, 24) for value in examples), self.grid_widget)
            sample.setObjectName(f"importColumnExamples{index}")
            sample.setToolTip("\n".join(examples))
            sample.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            combo = QComboBox(self.grid_widget)
            combo.setObjectName(f"importColumnCombo{index}")
            combo.setAccessibleName(self.tr("Import the column {name} as").format(name=shown))
            combo.setToolTip(
                self.tr(
                    "What the column {name} holds. A field chosen here that another column "
                    "had moves here: the other column is not imported then."
                ).format(name=shown)
            )
            for text, field in choices:
                combo.addItem(text, field)
            field = columns[index] if index < len(columns) else None
            combo.setCurrentIndex(max(0, combo.findData(field or "")))
            combo.currentIndexChanged.connect(lambda _i, n=index: self.column_changed(n))
            self.grid.addWidget(label, index + 1, 0)
            self.grid.addWidget(sample, index + 1, 1)
            self.grid.addWidget(combo, index + 1, 2)
            self.combos.append(combo)
        self.grid.setRowStretch(len(inspection.header) + 1, 1)
        if self.combos:
            self.columns_label.setBuddy(self.combos[0])
            widest = max(combo.sizeHint().width() for combo in self.combos)
            for combo in self.combos:
                combo.setMinimumWidth(widest)
        # Made after the page's other fields: Tab goes down the columns first, then on.
        chain = [*self.combos, self.dates_combo, self.channel_combo, self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._fill_channels(inspection)

    @staticmethod
    def _examples(inspection: Inspection, index: int) -> list[str]:
        found: list[str] = []
        for _line, cells in inspection.sample:
            value = cells[index].strip() if index < len(cells) else ""
            if value and value not in found:
                found.append(value)
                if len(found) == SAMPLES:
                    break
        return found

    def _fill_channels(self, inspection: Inspection) -> None:
        with QSignalBlocker(self.channel_combo):
            self.channel_combo.clear()
            self.channel_combo.addItem(self.tr("— choose —"), "")
            for key, name in catalogs.channel_names().items():
                self.channel_combo.addItem(name, key)
            index = self.channel_combo.findData(inspection.plan.default_channel or "")
            self.channel_combo.setCurrentIndex(max(0, index))

    def show_state(self) -> None:
        """The dates, the channel and the problem, as the columns are now."""
        wizard = self.owner
        inspection = wizard.inspection
        assert inspection is not None
        plan = inspection.plan
        first = wizard.first
        same = first is not None and first.plan.columns == plan.columns
        self.remembered.setVisible(inspection.remembered and same)
        columns = plan.columns or ()
        names = {
            "dmy": self.tr("day.month.year (24.10.2026)"),
            "mdy": self.tr("month/day/year (10/24/2026)"),
            "ymd": self.tr("year-month-day (2026-10-24)"),
        }
        ask = inspection.dates_ambiguous
        readable = inspection.date_orders
        with QSignalBlocker(self.dates_combo):
            self.dates_combo.clear()
            if ask:
                for order in readable:
                    self.dates_combo.addItem(names.get(order, order), order)
                self.dates_combo.setCurrentIndex(max(0, self.dates_combo.findData(plan.date_order)))
        self.form.setRowVisible(self.dates_combo, ask)
        self.dates_text.setVisible(not ask and inspection.has_dates)
        order = names["ymd"] if len(readable) == 3 else names.get(plan.date_order or "dmy", "")
        if not readable:
            said = self.tr("The first rows' dates read in no order; the next page shows them.")
        elif inspection.date_orders:
            said = self.tr("Dates are read as {order}.").format(order=order)
        else:
            said = self.tr(
                "Dates are read as {order}; some of the first rows' dates read in no order: "
                "the next page shows which."
            ).format(order=order)
        self.dates_text.setText(said)
        self.form.setRowVisible(self.channel_combo, "channel" not in columns)
        if inspection.problem:
            self.problem.setText(inspection.problem)
            self.problem.show()
        else:
            self.problem.hide()
        self.completeChanged.emit()

    # -- choices ----------------------------------------------------------------------------

    def mapping(self) -> tuple[str | None, ...]:
        return tuple(combo.currentData() or None for combo in self.combos)

    def column_changed(self, index: int) -> None:
        """A column given a field: a column that had it gives it up."""
        if self._filling:
            return
        field = self.combos[index].currentData()
        self.moved.hide()
        if field:
            for other, combo in enumerate(self.combos):
                if other != index and combo.currentData() == field:
                    self._filling = True
                    try:
                        combo.setCurrentIndex(0)
                    finally:
                        self._filling = False
                    inspection = self.owner.inspection
                    assert inspection is not None
                    self.moved.setText(
                        self.tr(
                            "{field} moved here from the column {other}, which is not imported now."
                        ).format(
                            field=import_columns.label(field),
                            other=inspection.header[other] or other + 1,
                        )
                    )
                    self.moved.show()
        self._settle(columns=self.mapping())

    def date_order_changed(self) -> None:
        order = self.dates_combo.currentData()
        if order:
            self._settle(date_order=order)

    def channel_changed(self) -> None:
        self._settle(default_channel=self.channel_combo.currentData() or None)

    def _settle(self, **changes: Any) -> None:
        inspection = self.owner.inspection
        assert inspection is not None
        self.owner.settle(replace(inspection.plan, **changes))
        self.saved.hide()
        self.show_state()

    def isComplete(self) -> bool:
        inspection = self.owner.inspection
        return inspection is not None and inspection.problem is None

    def nextId(self) -> int:
        return PREVIEW_PAGE

    # -- the mapping as a file -----------------------------------------------------------

    def save_mapping(self, target: Path | None = None) -> Path | None:
        """Write the columns (and how the file reads) as JSON for the command line's
        `--map`; asks where unless `target` is given."""
        inspection = self.owner.inspection
        assert inspection is not None
        if target is None:
            suggested = self.owner.path.with_name(f"{self.owner.path.stem} mapping.json")
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the mapping"),
                str(suggested),
                self.tr("Mappings (*.json)"),
            )
            if not name:
                return None
            target = Path(name)
        data = inspection.plan.to_json(inspection.header)
        try:
            target.write_text(
                json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        except OSError as error:
            self.saved.setText(
                self.tr("{file} cannot be written: {reason}").format(
                    file=target.name, reason=error.strerror or error
                )
            )
        else:
            self.saved.setText(self.tr("Saved {path}").format(path=target))
        self.saved.show()
        return target
