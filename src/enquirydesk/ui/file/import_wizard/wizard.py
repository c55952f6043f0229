"""The import wizard itself (`ImportWizard`): it holds what the pages find — how the
file reads, the whole file checked, the import's result — reads the file on a thread of
its own, settles the columns page's choices, saves the rows refused, and on closing
cancels an import under way or stops a check.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget, QWizard

from enquirydesk.domain.errors import EnquiryDeskError
from enquirydesk.services import all_data, importer, problems
from enquirydesk.services.context import Context
from enquirydesk.services.import_sources import Layout
from enquirydesk.services.importer import ImportPlan, ImportResult, Inspection
from enquirydesk.ui.common.tasks import Tasks
from enquirydesk.ui.common.widgets import keep_readable
from enquirydesk.ui.file.import_wizard.base import (
    COLUMNS_PAGE,
    FILE_PAGE,
    IMPORT_PAGE,
    PREVIEW_PAGE,
    WHOLE_SHOP_PAGE,
)
from enquirydesk.ui.file.import_wizard.columns_page import ColumnsPage
from enquirydesk.ui.file.import_wizard.file_page import FilePage
from enquirydesk.ui.file.import_wizard.import_page import ImportPage
from enquirydesk.ui.file.import_wizard.preview_page import PreviewPage
from enquirydesk.ui.file.import_wizard.shop_page import WholeShopPage


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
