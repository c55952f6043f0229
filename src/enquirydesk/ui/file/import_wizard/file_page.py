"""The import wizard's first page (`FilePage`): the file's name and folder, how it
reads — the encoding and separator of a CSV file, or the sheet of a workbook, each
choice reading the file again — its first rows as read, and another file to open
instead.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from enquirydesk.domain.importcsv import DELIMITERS, ENCODINGS
from enquirydesk.services.import_sources import SHEET, Layout
from enquirydesk.services.importer import ImportPlan, Inspection
from enquirydesk.ui.common.widgets import error_label, paragraph
from enquirydesk.ui.file.import_wizard.base import (
    COLUMNS_PAGE,
    WHOLE_SHOP_PAGE,
    cell,
    choose_file,
    compact,
)

if TYPE_CHECKING:
    from enquirydesk.ui.file.import_wizard.wizard import ImportWizard


RAW_ROWS = 8  # rows of the file shown as read on the first page


class FilePage(QWizardPage):
    """The file, and how it reads: encoding and separator of a CSV file, or the sheet."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setObjectName("importFilePage")
        self.setTitle(self.tr("The file"))
        self.setSubTitle(
            self.tr(
                "Check that the first rows read as they were written: the names with their "
                "letters, each value in its own column."
            )
        )
        self.name_label = QLabel(self)
        self.name_label.setObjectName("importFileName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.folder_label = paragraph("", self, "importFileFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.other_button = QPushButton(self.tr("&Open another file…"), self)
        self.other_button.setObjectName("importOtherFileButton")
        self.other_button.setAccessibleName(self.tr("Open another file"))
        self.other_button.setToolTip(self.tr("Choose another file to import"))
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self.open_other)
        self.status = paragraph("", self, "importFileStatus")

        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("importEncodingCombo")
        names = {
            "utf-8": self.tr("UTF-8"),
            "cp1250": self.tr("Windows Central European (1250)"),
            "cp1252": self.tr("Windows Western (1252)"),
        }
        for encoding in ENCODINGS:
            self.encoding_combo.addItem(names.get(encoding, encoding), encoding)
        self.encoding_combo.setToolTip(
            self.tr(
                "How the letters are stored in the file. If names show odd signs "
                "(Kovač as KovaÄŤ), try another."
            )
        )
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setObjectName("importDelimiterCombo")
        shown = {
            ",": self.tr("Comma ( , )"),
            ";": self.tr("Semicolon ( ; )"),
            "\t": self.tr("Tab"),
            "|": self.tr("Bar ( | )"),
        }
        for delimiter in DELIMITERS:
            self.delimiter_combo.addItem(shown.get(delimiter, delimiter), delimiter)
        self.delimiter_combo.setToolTip(
            self.tr(
                "What separates the values of a row. If each row reads as one long value, "
                "try another."
            )
        )
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("importSheetCombo")
        self.sheet_combo.setToolTip(self.tr("The sheet of the workbook that holds the history"))
        self.encoding_label = QLabel(self.tr("&Encoding:"), self)
        self.delimiter_label = QLabel(self.tr("&Separator:"), self)
        self.sheet_label = QLabel(self.tr("S&heet:"), self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for label, combo, accessible in (
            (self.encoding_label, self.encoding_combo, self.tr("Encoding")),
            (self.delimiter_label, self.delimiter_combo, self.tr("Separator")),
            (self.sheet_label, self.sheet_combo, self.tr("Sheet")),
        ):
            label.setBuddy(combo)
            combo.setAccessibleName(accessible)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.choice_changed)
            self.form.addRow(label, combo)

        self.raw_label = QLabel(self.tr("First &rows as read:"), self)
        self.raw_table = QTableWidget(self)
        self.raw_table.setObjectName("importRawTable")
        self.raw_table.setAccessibleName(self.tr("The first rows of the file, as read"))
        self.raw_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.raw_table.setWordWrap(False)
        self.raw_table.setTabKeyNavigation(False)
        self.raw_table.verticalHeader().setVisible(False)
        compact(self.raw_table)
        self.raw_label.setBuddy(self.raw_table)
        self.error = error_label(self, "importFileError")

        top = QHBoxLayout()
        names_column = QVBoxLayout()
        names_column.addWidget(self.name_label)
        names_column.addWidget(self.folder_label)
        top.addLayout(names_column, 1)
        top.addWidget(self.other_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.raw_label)
        layout.addWidget(self.raw_table, 1)
        layout.addStretch(0)  # the room, while there are no rows to show
        # How the file reads comes first; another file last.
        chain = [self.encoding_combo, self.delimiter_combo, self.sheet_combo, self.raw_table]
        for first, second in zip(chain, [*chain[1:], self.other_button], strict=True):
            QWidget.setTabOrder(first, second)
        self._filling = False

    def show_reading(self) -> None:
        path = self.owner.path
        self.name_label.setText(path.name)
        self.folder_label.setText(str(path.parent))
        self.status.setText(self.tr("Reading {file}…").format(file=path.name))
        self.error.hide()
        self.completeChanged.emit()

    def show_problem(self, sentence: str) -> None:
        self.status.setText("")
        self.error.setText(sentence)
        self.error.show()
        self._show_layout(self.owner.layout_seen)
        self.raw_table.clear()
        self.raw_table.setRowCount(0)
        self.raw_table.setColumnCount(0)
        self.raw_label.hide()
        self.raw_table.hide()
        self.completeChanged.emit()

    def show_file(self) -> None:
        wizard = self.owner
        self.error.hide()
        inspection = wizard.inspection
        if inspection is None:  # a whole exported shop
            self.status.setText(
                self.tr("A whole shop exported by EnquiryDesk: Next says what importing it does.")
            )
            self._show_layout(None)
            self.raw_label.hide()
            self.raw_table.hide()
            self.completeChanged.emit()
            return
        source = inspection.source
        columns = len(inspection.header)
        lines = wizard.ctx.formats.count(source.lines)
        if source.layout.kind == SHEET:
            self.status.setText(
                self.tr("A workbook: %Ln columns, {lines} rows in this sheet.", "", columns).format(
                    lines=lines
                )
            )
        else:
            self.status.setText(
                self.tr("A CSV file: %Ln columns, {lines} lines.", "", columns).format(lines=lines)
            )
        self._show_layout(source.layout)
        self._fill_raw(inspection)
        self.completeChanged.emit()

    def _show_layout(self, layout: Layout | None) -> None:
        """The choices that fit the file (none for a file never read), set as it was read."""
        is_csv = layout is not None and layout.kind != SHEET
        is_sheet = layout is not None and layout.kind == SHEET
        self.form.setRowVisible(self.encoding_combo, is_csv)
        self.form.setRowVisible(self.delimiter_combo, is_csv)
        self.form.setRowVisible(self.sheet_combo, is_sheet)
        if layout is None:
            return
        self._filling = True
        try:
            if is_csv:
                self._select(self.encoding_combo, self.owner.asked.encoding or layout.encoding)
                self._select(self.delimiter_combo, self.owner.asked.delimiter or layout.delimiter)
            else:
                self.sheet_combo.clear()
                for sheet in layout.sheets:
                    self.sheet_combo.addItem(sheet, sheet)
                self._select(self.sheet_combo, self.owner.asked.sheet or layout.sheet)
        finally:
            self._filling = False

    @staticmethod
    def _select(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill_raw(self, inspection: Inspection) -> None:
        header = inspection.header
        rows = inspection.sample[:RAW_ROWS]
        table = self.raw_table
        table.clear()
        table.setColumnCount(len(header))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels([name or "—" for name in header])
        for row, (_line, cells) in enumerate(rows):
            for column, text in enumerate(cells[: len(header)]):
                table.setItem(row, column, cell(text, text if len(text) > 24 else ""))
        table.resizeColumnsToContents()
        most = table.fontMetrics().averageCharWidth() * 28
        for column in range(table.columnCount()):
            table.setColumnWidth(column, min(table.columnWidth(column), most))
        self.raw_label.show()
        table.show()

    def choice_changed(self) -> None:
        """A new encoding, separator or sheet: the file is read again with it."""
        if self._filling:
            return
        layout = self.owner.layout_seen
        if layout is None:
            return
        if layout.kind == SHEET:
            asked = replace(self.owner.asked, sheet=self.sheet_combo.currentData())
        else:
            asked = replace(
                self.owner.asked,
                encoding=self.encoding_combo.currentData(),
                delimiter=self.delimiter_combo.currentData(),
            )
        self.owner.read(asked)

    def open_other(self) -> None:
        chosen = choose_file(self.owner, self.owner.ctx.store.path)
        if chosen is not None:
            self.owner.path = chosen
            self.owner.layout_seen = None
            self.owner.read(ImportPlan())

    def isComplete(self) -> bool:
        wizard = self.owner
        return not wizard.reading and wizard.kind is not None

    def nextId(self) -> int:
        return WHOLE_SHOP_PAGE if self.owner.kind == "shop" else COLUMNS_PAGE
