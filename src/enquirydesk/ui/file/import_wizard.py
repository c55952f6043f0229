"""File → Import…: a shop's history brought in from a CSV file or a sheet of a workbook.

The wizard asks only what `services.importer` cannot tell by itself, and shows what it
found, page by page: how the file reads (its encoding and separator, or its sheet),
which field each column is (as last time for files like it, else recognised from the
headings), the first rows as they would be stored, then a check of the whole file.
Only then the import, behind a progress dialog with Cancel: all of it or nothing,
unless the user chose to leave the bad rows out.

Reading, checking and importing the file run on a thread of the wizard's own, never on
the GUI thread and never queued behind the window's reads (a million-row check takes a
while). What goes wrong is one sentence on the page. A whole shop exported by EnquiryDesk
(`services.all_data`) is not history to map: the wizard says what it is and brings it
back whole.
"""

from __future__ import annotations

import itertools
import json
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSignalBlocker, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from enquirydesk.domain import import_columns
from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.domain.importcsv import DELIMITERS, ENCODINGS
from enquirydesk.services import all_data, catalogs, importer, problems
from enquirydesk.services.context import Context
from enquirydesk.services.import_sources import SHEET, Layout
from enquirydesk.services.importer import ImportPlan, ImportResult, Inspection
from enquirydesk.ui.common import window_state as state
from enquirydesk.ui.common.progress import LongWork, run_with_progress
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.widgets import error_label, keep_readable, paragraph
from enquirydesk.ui.common.window_state import WindowState

FILE_PAGE, WHOLE_SHOP_PAGE, COLUMNS_PAGE, PREVIEW_PAGE, IMPORT_PAGE = range(5)
PREVIEW_ROWS = 20
RAW_ROWS = 8  # rows of the file shown as read on the first page
SAMPLES = 3  # example values shown for each column
SHOWN_BAD = 500  # bad rows listed; the file of rejected rows has them all
DATE_FIELDS = tuple(field for field in import_columns.FIELDS if field.endswith("_at"))


def _cell(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tip:
        item.setToolTip(tip)
    return item


def _dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Base).lightness() < 128


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


def _compact(table: QTableWidget) -> None:
    """Rows as high as a line of text, as the window's own tables."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)


class ImportWizard(QWizard):
    """The pages share what was found: `inspection` (how the file reads, as settled so
    far), `check` (the whole file checked) and `result` (the import)."""

    imported = Signal(object)  # Changes: the window's pages read everything again

    def __init__(self, ctx: Context, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import history"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # Qt's own words for these buttons are in no catalogue the program ships.
        for which, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.CommitButton, self.tr("&Import")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(which, text)
        self.button(QWizard.WizardButton.CommitButton).setToolTip(
            self.tr("Import the file into this shop's database (Enter)")
        )
        self.button(QWizard.WizardButton.NextButton).setToolTip(self.tr("The next step (Enter)"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            self.tr("Close without importing anything (Esc)")
        )
        self.tasks = Tasks(self)
        self.tasks.explain = lambda error: problems.explain(error, store=ctx.store)
        self.kind: str | None = None  # "rows" (history to map) or "shop" (a whole shop)
        self.inspection: Inspection | None = None
        self.first: Inspection | None = None  # as the file was first read in this layout
        self.layout_seen: Layout | None = None  # the last layout read: kept while a choice fails
        self.asked = ImportPlan()  # what the user chose on the first page
        self.reading = False
        self.check: ImportResult | None = None
        self.skip_bad = False  # import only the good rows (the preview page's choice)
        self.closed = False
        self._read_number = 0
        self.file_page = FilePage(self)
        self.shop_page = WholeShopPage(self)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for number, page in (
            (FILE_PAGE, self.file_page),
            (WHOLE_SHOP_PAGE, self.shop_page),
            (COLUMNS_PAGE, self.columns_page),
            (PREVIEW_PAGE, self.preview_page),
            (IMPORT_PAGE, self.import_page),
        ):
            self.setPage(number, page)
        self.setStartId(FILE_PAGE)
        keep_readable(self, 110)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 135, metrics.height() * 40)
        self.read()

    # -- reading the file ---------------------------------------------------------------

    def read(self, asked: ImportPlan | None = None) -> None:
        """Open the file (again, with the first page's choices `asked`) on the wizard's
        thread: a whole exported shop, or history settled by `importer.inspect`."""
        if asked is not None:
            self.asked = asked
        self._read_number += 1
        number = self._read_number
        ctx, path, plan = self.ctx, self.path, self.asked
        self.reading = True
        self.file_page.show_reading()

        def work() -> Inspection | None:
            if all_data.is_all_data(path):
                return None
            return importer.inspect(ctx, path, plan)

        self.tasks.run(
            work,
            lambda found: self._read(number, found, None),
            failed=lambda error: self._read(number, None, error),
        )

    def _read(self, number: int, found: Inspection | None, error: Exception | None) -> None:
        if self.closed or number != self._read_number:  # a newer choice is being read
            return
        self.reading = False
        self.inspection = self.first = found
        self.check = None
        if error is not None:
            self.kind = None
            self.file_page.show_problem(self.sentence(error))
            return
        self.kind = "shop" if found is None else "rows"
        if found is not None:
            self.layout_seen = found.source.layout
        self.file_page.show_file()

    def sentence(self, error: Exception) -> str:
        """What went wrong, as the user reads it; a bug also goes to the error hook."""
        if isinstance(error, EnquiryDeskError):
            return str(error)
        sys.excepthook(type(error), error, error.__traceback__)
        return self.tr("Something went wrong ({error}); nothing was imported.").format(error=error)

    # -- the columns page's choices -------------------------------------------------------

    def settle(self, plan: ImportPlan) -> None:
        """Read with `plan` (other columns, order of dates or channel): answered from the
        rows read already, as `importer.inspect` answers, without reading the file again."""
        old = self.inspection
        assert old is not None
        self.check = None
        self.inspection = importer.resettle(old, plan, keep_order=False)

    # -- the rows refused ------------------------------------------------------------------

    def save_rejected(
        self, page: QWidget, result: ImportResult, said: QLabel, target: Path | None = None
    ) -> None:
        """The rows refused, in a CSV file of their own (asked where unless `target`),
        written on the wizard's thread: the file is read again for them."""
        if target is None:
            suggested = self.path.with_name(
                self.tr("{name} - rejected.csv").format(name=self.path.stem)
            )
            name, _ = QFileDialog.getSaveFileName(
                page,
                self.tr("Save the rejected rows"),
                str(suggested),
                self.tr("CSV files (*.csv)"),
            )
            if not name:
                return
            target = Path(name)
        chosen = target
        said.setText(self.tr("Saving {file}…").format(file=chosen.name))
        said.show()

        def written(path: Path) -> None:
            if not self.closed:
                said.setText(self.tr("Saved {path}").format(path=path))

        def failed(error: Exception) -> None:
            if self.closed:
                return
            if isinstance(error, OSError):
                error = EnquiryDeskError(
                    self.tr("{file} cannot be written: {reason}").format(
                        file=chosen.name, reason=error.strerror or error
                    )
                )
            said.setText(self.sentence(error))

        self.tasks.run(lambda: importer.write_rejected(result, chosen), written, failed=failed)

    # -- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc or the window's close button while the file is being imported cancel the
        import, as the progress dialog's Cancel does; the wizard stays to say so."""
        work = self.import_page.work
        if work is not None:
            work.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        """Closed (Cancel, Esc, Finish): a check under way stops, the thread ends."""
        if not self.closed:
            self.closed = True
            self.preview_page.stop_check()
            self.tasks.shutdown(at_exit=self.ctx.store.close)  # the thread's own connection
        super().done(result)


def choose_file(parent: QWidget, folder_of: Path) -> Path | None:
    """Ask which file to import; the folder used last comes first."""
    kept = WindowState(folder_of)
    folder = kept.value(state.IMPORT_FOLDER, "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportWizard", "Import history"),
        str(folder),
        QCoreApplication.translate(
            "ImportWizard", "Spreadsheets and CSV (*.csv *.txt *.xlsx *.xls *.ods *.zip)"
        ),
    )
    if not name:
        return None
    kept.set(state.IMPORT_FOLDER, str(Path(name).parent))
    return Path(name)


# -- 1. the file ------------------------------------------------------------------------------


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
        _compact(self.raw_table)
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
                table.setItem(row, column, _cell(text, text if len(text) > 24 else ""))
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


# -- 1b. a whole exported shop ------------------------------------------------------------


class WholeShopPage(QWizardPage):
    """A file of everything one shop kept: brought back as it is, nothing to map."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setObjectName("importWholeShopPage")
        self.setTitle(self.tr("A whole shop"))
        self.setSubTitle(self.tr("Nothing to map: the file is brought back as it is."))
        self.text = paragraph("", self, "importWholeShopText")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setCommitPage(True)

    def initializePage(self) -> None:
        self.text.setText(
            self.tr(
                "{file} is a whole shop exported by EnquiryDesk: its enquiries, customers, "
                "follow-ups, staff, lists and settings. Import brings it back whole, as it "
                "was, into this database, which must still be empty (no customers, no "
                "enquiries); its settings, staff and lists take the place of this "
                "database's."
            ).format(file=self.owner.path.name)
        )

    def nextId(self) -> int:
        return IMPORT_PAGE


# -- 2. the columns ----------------------------------------------------------------------------


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


# -- 3. the preview and the whole file checked ---------------------------------------------


class PreviewPage(QWizardPage):
    """The first rows as they would be stored, then every row checked in the background."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setObjectName("importPreviewPage")
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "The first rows as they would be stored. The whole file is checked before "
                "anything is imported."
            )
        )
        self.setCommitPage(True)
        self.table_label = QLabel(self.tr("&Preview of the first rows:"), self)
        self.table = QTableWidget(self)
        self.table.setObjectName("importPreviewTable")
        self.table.setAccessibleName(self.tr("The first rows as they would be stored"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        _compact(self.table)
        self.table_label.setBuddy(self.table)

        self.check_status = paragraph("", self, "importCheckStatus")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importCheckProgress")
        self.progress.setAccessibleName(self.tr("Checking the whole file"))
        self.stop_button = QPushButton(self.tr("S&top checking"), self)
        self.stop_button.setObjectName("stopCheckButton")
        self.stop_button.setAccessibleName(self.tr("Stop checking"))
        self.stop_button.setToolTip(self.tr("Stop checking the file; nothing is imported"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop_check)
        self.again_button = QPushButton(self.tr("Check &again"), self)
        self.again_button.setObjectName("checkAgainButton")
        self.again_button.setAccessibleName(self.tr("Check again"))
        self.again_button.setToolTip(self.tr("Check the whole file again"))
        self.again_button.setAutoDefault(False)
        self.again_button.clicked.connect(self.start_check)
        checking = QHBoxLayout()
        checking.addWidget(self.check_status, 1)
        checking.addWidget(self.progress)
        checking.addWidget(self.stop_button)
        checking.addWidget(self.again_button)

        self.bad_label = QLabel(self.tr("Rows &with a problem:"), self)
        self.bad_list = QListWidget(self)
        self.bad_list.setObjectName("importBadRows")
        self.bad_list.setAccessibleName(self.tr("Rows with a problem"))
        self.bad_label.setBuddy(self.bad_list)
        self.skip_check = QCheckBox(self)
        self.skip_check.setObjectName("importSkipBadCheck")
        self.skip_check.setToolTip(
            self.tr(
                "Unticked, nothing is imported while a row has a problem: correct the file and "
                "import it again."
            )
        )
        self.skip_check.toggled.connect(lambda _on: self.completeChanged.emit())
        self.rejected_button = QPushButton(self.tr("Save the re&jected rows…"), self)
        self.rejected_button.setObjectName("saveRejectedButton")
        self.rejected_button.setAccessibleName(self.tr("Save the rejected rows"))
        self.rejected_button.setToolTip(
            self.tr(
                "The rows with a problem in a file of their own, each with why: corrected, "
                "it imports like the original"
            )
        )
        self.rejected_button.setAutoDefault(False)
        self.rejected_button.clicked.connect(lambda: self.save_rejected())
        self.saved = paragraph("", self, "importRejectedSaved")
        bad_row = QHBoxLayout()
        bad_row.addWidget(self.skip_check, 1)
        bad_row.addWidget(self.rejected_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 3)
        layout.addLayout(checking)
        layout.addWidget(self.bad_label)
        layout.addWidget(self.bad_list, 1)
        layout.addLayout(bad_row)
        layout.addWidget(self.saved)
        self.stop: threading.Event | None = None
        self._check_number = 0
        self.checking = False

    # -- the first rows ---------------------------------------------------------------------

    def initializePage(self) -> None:
        wizard = self.owner
        inspection = wizard.inspection
        assert inspection is not None
        self.saved.hide()
        self.skip_check.setChecked(False)
        self._fill_preview(inspection, importer.preview(wizard.ctx, inspection, PREVIEW_ROWS))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.start_check()

    def cleanupPage(self) -> None:  # Back: a check under way stops
        self.stop_check()
        super().cleanupPage()

    def _fill_preview(self, inspection: Inspection, rows: list[importer.PreviewRow]) -> None:
        columns = inspection.plan.columns or ()
        shown = [(index, field) for index, field in enumerate(columns) if field]
        if "channel" not in columns:  # every row takes the channel chosen for the file
            shown.insert(1 if shown else 0, (None, "channel"))
        headings = [self.tr("Line")]
        headings += [import_columns.label(field) for _, field in shown]
        headings.append(self.tr("Problem"))
        raw = dict(inspection.sample)
        chosen = catalogs.channel_names().get(inspection.plan.default_channel or "", "")
        table = self.table
        table.clear()
        table.setColumnCount(len(headings))
        table.setRowCount(len(rows))
        table.setHorizontalHeaderLabels(headings)
        problem_column = len(headings) - 1
        dark = _dark(table)
        bad_brush = QColor("#5c2b29" if dark else "#fbe3e4")
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row, preview in enumerate(rows):
            table.setItem(row, 0, _cell(str(preview.line)))
            cells = raw.get(preview.line, [])
            marked = False
            for number, (index, field) in enumerate(shown, 1):
                if preview.problem is None:
                    text = preview.values.get(field, "")
                    item = _cell(text, text if len(text) > 30 else "")
                else:  # as written in the file, the wrong value marked
                    if index is not None:
                        text = cells[index] if index < len(cells) else ""
                    else:  # the channel chosen for the file
                        text = chosen
                    item = _cell(text)
                    item.setForeground(table.palette().color(QPalette.ColorRole.PlaceholderText))
                    if field == preview.problem[0]:
                        self._mark(item, preview.problem[1], bad_brush, warning)
                        marked = True
                table.setItem(row, number, item)
            if preview.problem is not None:
                reason = preview.problem[1]
                if not marked:  # the row as a whole (too many fields, no customer)
                    self._mark(table.item(row, 0), reason, bad_brush, warning)
                table.setItem(row, problem_column, _cell(reason, reason))
            else:
                table.setItem(row, problem_column, _cell(""))
        table.resizeColumnsToContents()
        most = table.fontMetrics().averageCharWidth() * 30
        for column in range(problem_column):
            table.setColumnWidth(column, min(table.columnWidth(column), most))
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    @staticmethod
    def _mark(item: QTableWidgetItem, reason: str, brush: QColor, icon: Any) -> None:
        item.setBackground(brush)
        item.setIcon(icon)
        item.setToolTip(reason)

    # -- the whole file ---------------------------------------------------------------------

    def start_check(self) -> None:
        """Check every row on the wizard's thread (a dry run: nothing is written)."""
        wizard = self.owner
        inspection = wizard.inspection
        assert inspection is not None
        self.stop_check()
        self._check_number += 1
        number = self._check_number
        stop = self.stop = threading.Event()
        ctx, path, plan = wizard.ctx, wizard.path, inspection.plan
        wizard.check = None
        self.checking = True
        self._show_checking()

        def work(report: Any) -> ImportResult:
            def progress(done: int, total: int) -> bool:
                report(done, total)
                return not stop.is_set()

            return importer.import_file(ctx, path, plan, dry_run=True, progress=progress)

        wizard.tasks.run(
            work,
            lambda result: self._checked(number, result, None),
            failed=lambda error: self._checked(number, None, error),
            progress=lambda done, total: self._progressed(number, done, total),
        )

    def stop_check(self) -> None:
        if self.stop is not None:
            self.stop.set()

    def _progressed(self, number: int, done: int, total: int) -> None:
        if number == self._check_number and not self.owner.closed and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _show_checking(self) -> None:
        self.check_status.setText(
            self.tr("Checking every row of {file}…").format(file=self.owner.path.name)
        )
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.show()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        self.again_button.hide()
        for widget in (self.bad_label, self.bad_list, self.skip_check, self.rejected_button):
            widget.hide()
        self.completeChanged.emit()

    def _checked(self, number: int, result: ImportResult | None, error: Exception | None) -> None:
        if self.owner.closed or number != self._check_number or not shiboken6.isValid(self):
            return
        self.checking = False
        self.progress.hide()
        self.stop_button.hide()
        self.owner.check = result
        if result is None:
            assert error is not None
            stopped = self.stop is not None and self.stop.is_set()
            self.check_status.setText(
                self.tr("Checking stopped. The whole file is checked before anything is imported.")
                if stopped
                else self.owner.sentence(error)
            )
            self.again_button.show()
            self.completeChanged.emit()
            return
        self._show_result(result)

    def _show_result(self, result: ImportResult) -> None:
        formats = self.owner.ctx.formats
        rows = result.rows
        bad = len(result.bad)
        if rows == 0:
            said = self.tr("The file has no rows to import.")
        elif not bad:
            said = self.tr("All %Ln rows are good.", "", rows)
        elif bad == rows:
            said = self.tr("Every row has a problem (%Ln rows); none can be imported.", "", rows)
        else:
            said = self.tr("%Ln of {rows} rows have a problem.", "", bad).format(
                rows=formats.count(rows)
            )
        self.check_status.setText(said)
        self.again_button.setVisible(False)
        if bad:
            self.bad_list.clear()
            shown = result.bad[:SHOWN_BAD]
            self.bad_list.addItems([str(row) for row in shown])
            left = bad - len(shown)
            if left:
                self.bad_list.addItem(
                    self.tr("…and %Ln more: the file of rejected rows lists them all.", "", left)
                )
            self.bad_label.show()
            self.bad_list.show()
            self.rejected_button.show()
            if bad < rows:
                self.skip_check.setText(
                    self.tr("Import only the &good rows (skip the %Ln with problems)", "", bad)
                )
                self.skip_check.setAccessibleName(self.tr("Import only the good rows"))
                self.skip_check.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        result = self.owner.check
        if self.checking or result is None:
            return False
        good = result.rows - len(result.bad)
        return good > 0 and (not result.bad or self.skip_check.isChecked())

    def validatePage(self) -> bool:
        self.owner.skip_bad = self.skip_check.isChecked()
        return True

    def nextId(self) -> int:
        return IMPORT_PAGE

    def save_rejected(self, target: Path | None = None) -> None:
        result = self.owner.check
        if result is not None:
            self.owner.save_rejected(self, result, self.saved, target)


# -- 4. the import ------------------------------------------------------------------------------


class ImportPage(QWizardPage):
    """The import itself, behind a progress dialog with Cancel, then what it did."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setObjectName("importResultPage")
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr("An import stopped half way (Cancel, a power cut) keeps nothing of the file.")
        )
        self.status = paragraph("", self, "importStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label(self, "importError")
        self.rejected_button = QPushButton(self.tr("Save the re&jected rows…"), self)
        self.rejected_button.setObjectName("saveRejectedAfterImportButton")
        self.rejected_button.setAccessibleName(self.tr("Save the rejected rows"))
        self.rejected_button.setToolTip(
            self.tr(
                "The rows not imported in a file of their own, each with why: corrected, it "
                "imports like the original"
            )
        )
        self.rejected_button.setAutoDefault(False)
        self.rejected_button.clicked.connect(lambda: self.save_rejected())
        self.saved = paragraph("", self, "importRejectedSavedAfter")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.rejected_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        self.work: LongWork | None = None
        self.result: Any = None
        self.outcome = ""  # "imported", "refused", "cancelled" or "failed", once over

    def initializePage(self) -> None:
        wizard = self.owner
        self.rejected_button.hide()
        self.saved.hide()
        self.error.hide()
        self.result, self.outcome = None, ""
        ctx, path = wizard.ctx, wizard.path
        self.status.setText(self.tr("Importing {file}…").format(file=path.name))
        if wizard.kind == "shop":

            def work(progress: Any) -> Any:
                return all_data.import_all(ctx, path, progress)

        else:
            inspection = wizard.inspection
            assert inspection is not None
            plan, skip = inspection.plan, wizard.skip_bad

            def work(progress: Any) -> Any:
                return importer.import_file(ctx, path, plan, skip_bad=skip, progress=progress)

        self.work = run_with_progress(
            wizard.tasks,
            wizard,
            work,
            self._done,
            text=self.tr("Importing {file}…").format(file=path.name),
            name="importProgress",
            title=self.tr("Import"),
            cancelled=self._cancelled,
            failed=self._failed,
        )
        self.completeChanged.emit()

    def _over(self, outcome: str) -> bool:
        self.work = None
        self.outcome = outcome
        if not self.owner.closed:
            self.completeChanged.emit()
        return not self.owner.closed

    def _done(self, result: Any) -> None:
        self.result = result
        wizard = self.owner
        if isinstance(result, all_data.AllDataResult):  # a whole shop brought back
            if self._over("imported"):
                self.status.setText(str(result))
            wizard.imported.emit(result.changes)
            return
        if not result.imported:
            if self._over("refused"):
                self.status.setText(self._refused(result))
                self.rejected_button.setVisible(bool(result.bad))
            return
        if self._over("imported"):
            self.status.setText(self._told(result))
            self.rejected_button.setVisible(bool(result.bad))
        if result.changes is not None:
            wizard.imported.emit(result.changes)

    def _told(self, result: ImportResult) -> str:
        formats = self.owner.ctx.formats
        imported = result.imported
        new_customers = result.new_customers
        lines = [
            self.tr("%Ln enquiries imported from {file}.", "", imported).format(
                file=result.path.name
            ),
            self.tr(
                "%Ln new customers; {known} rows for customers already known.", "", new_customers
            ).format(known=formats.count(result.known_customers)),
        ]
        skipped = len(result.bad)
        if skipped:
            lines.append(self.tr("%Ln rows with a problem skipped.", "", skipped))
        if result.new_staff:
            lines.append(self.tr("New staff: {names}.").format(names=", ".join(result.new_staff)))
        return "\n".join(lines)

    def _refused(self, result: ImportResult) -> str:
        bad = len(result.bad)
        if bad and bad < result.rows:
            return self.tr(
                "Nothing was imported: %Ln rows have a problem now (the database changed since "
                "the check). Save the rejected rows to see why.",
                "",
                bad,
            )
        return self.tr("Nothing was imported: no row of the file can be imported.")

    def _cancelled(self) -> None:
        if self._over("cancelled"):
            self.status.setText(self.tr("Import cancelled; nothing was imported."))

    def _failed(self, error: Exception) -> None:
        if self._over("failed"):
            self.status.setText(self.tr("Nothing was imported."))
            self.error.setText(self.owner.sentence(error))
            self.error.show()

    def isComplete(self) -> bool:
        return self.work is None

    def save_rejected(self, target: Path | None = None) -> None:
        if isinstance(self.result, ImportResult):
            self.owner.save_rejected(self, self.result, self.saved, target)


__all__ = ["ImportWizard", "choose_file"]
