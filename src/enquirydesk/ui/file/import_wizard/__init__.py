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

The wizard is in `wizard`, a module per page beside it (`file_page`, `shop_page`,
`columns_page`, `preview_page`, `import_page`), and what they share in `base`.
"""

from enquirydesk.ui.file.import_wizard.base import (
    COLUMNS_PAGE,
    FILE_PAGE,
    IMPORT_PAGE,
    PREVIEW_PAGE,
    WHOLE_SHOP_PAGE,
    choose_file,
)
from enquirydesk.ui.file.import_wizard.columns_page import ColumnsPage
from enquirydesk.ui.file.import_wizard.file_page import FilePage
from enquirydesk.ui.file.import_wizard.import_page import ImportPage
from enquirydesk.ui.file.import_wizard.preview_page import PreviewPage
from enquirydesk.ui.file.import_wizard.shop_page import WholeShopPage
from enquirydesk.ui.file.import_wizard.wizard import ImportWizard

__all__ = [
    "COLUMNS_PAGE",
    "FILE_PAGE",
    "IMPORT_PAGE",
    "PREVIEW_PAGE",
    "WHOLE_SHOP_PAGE",
    "ColumnsPage",
    "FilePage",
    "ImportPage",
    "ImportWizard",
    "PreviewPage",
    "WholeShopPage",
    "choose_file",
]
