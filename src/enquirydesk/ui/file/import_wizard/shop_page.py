"""The import wizard's page for a whole shop exported by EnquiryDesk
(`WholeShopPage`): nothing to map, only what importing it does, before the import
brings it back whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from enquirydesk.ui.common.widgets import paragraph
from enquirydesk.ui.file.import_wizard.base import IMPORT_PAGE

if TYPE_CHECKING:
    from enquirydesk.ui.file.import_wizard.wizard import ImportWizard


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
