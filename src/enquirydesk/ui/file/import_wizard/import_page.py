"""The import wizard's last page (`ImportPage`): the import itself — the history
mapped, or a whole shop brought back — behind a progress dialog with Cancel, then what
it did, refused or why it failed, and the rows not imported saved as a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWizardPage

from enquirydesk.services import all_data, importer
from enquirydesk.services.importer import ImportResult
from enquirydesk.ui.common.progress import LongWork, run_with_progress
from enquirydesk.ui.common.widgets import error_label, paragraph

if TYPE_CHECKING:
    from enquirydesk.ui.file.import_wizard.wizard import ImportWizard


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
