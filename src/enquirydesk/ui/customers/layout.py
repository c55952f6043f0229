"""The widgets of the Customers page and how they are laid out: the search bar, the
list and the place of the card (`build`), the card itself once a customer is shown
(`make_detail`), and the list's column widths (`fit_columns`)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.i18n import Texts
from enquirydesk.ui.common import widgets
from enquirydesk.ui.common.search_keys import SEARCH_DELAY_MS, SearchKeys
from enquirydesk.ui.common.widgets import list_beside_detail
from enquirydesk.ui.customers.model import COLUMNS, CustomerModel
from enquirydesk.ui.customers.texts import badge_short_names

CustomersPage = Texts("CustomersPage")

if TYPE_CHECKING:
    from enquirydesk.ui.customers.detail import CustomerDetail
    from enquirydesk.ui.customers.page import CustomersPage

#: Shares of the width left after the columns sized to their content.
SHARES = {"name": 50, "email": 30, "badges": 20}


def build(view: CustomersPage) -> None:
    """The search bar, the directory table and the card, with their connections."""
    view.model = CustomerModel(view.ctx, view.tasks, view)

    view.search = QLineEdit(view)
    view.search.setObjectName("customerSearch")
    view.search.setPlaceholderText(
        QCoreApplication.translate("CustomersPage", "Search name, phone or e-mail…")
    )
    view.search.setAccessibleName(QCoreApplication.translate("CustomersPage", "Search customers"))
    view.search.setToolTip(
        QCoreApplication.translate(
            "CustomersPage",
            "Type the start of a name, three or more digits of a phone number as you would "
            "dial it, or the start of an e-mail address",
        )
    )
    view.search.setClearButtonEnabled(True)
    view.count = QLabel(view)
    view.count.setObjectName("customerCount")
    view.count.setTextFormat(Qt.TextFormat.PlainText)
    widest = CustomersPage.tr("%Ln customers", "", 8888888)
    view.count.setMinimumWidth(view.fontMetrics().horizontalAdvance(widest + "__"))
    view.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    view.duplicates_button = QPushButton(
        QCoreApplication.translate("CustomersPage", "Possible &duplicates…"), view
    )
    view.duplicates_button.setObjectName("duplicatesButton")
    view.duplicates_button.setAccessibleName(
        QCoreApplication.translate("CustomersPage", "Possible duplicates")
    )
    view.duplicates_button.setToolTip(
        QCoreApplication.translate(
            "CustomersPage",
            "Customers who may be one person, to merge or to tell apart (Ctrl+Shift+D)",
        )
    )
    view.duplicates_button.setShortcut(QKeySequence("Ctrl+Shift+D"))
    view.duplicates_button.clicked.connect(view.show_duplicates)
    bar = QHBoxLayout()
    bar.addWidget(view.search, 1)
    bar.addWidget(view.duplicates_button)
    bar.addWidget(view.count)

    view.table = table = QTableView(view)
    table.setObjectName("customerTable")
    table.setAccessibleName(QCoreApplication.translate("CustomersPage", "Customers"))
    table.setToolTip(
        QCoreApplication.translate(
            "CustomersPage", "Enter goes on to the selected customer's enquiries"
        )
    )
    table.setModel(view.model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure a million rows
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    header.sortIndicatorChanged.connect(view.sort_clicked)

    view.empty = QLabel(view)
    view.empty.setObjectName("customerEmptyState")
    view.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    view.empty.setWordWrap(True)
    view.empty.hide()

    # The card is made when a customer is first shown (`make_detail`); a hint till then.
    view.detail_box = QWidget(view)
    view.detail_box.setObjectName("customerDetailBox")
    box = QVBoxLayout(view.detail_box)
    box.setContentsMargins(0, 0, 0, 0)
    view.detail_hint = QLabel(
        QCoreApplication.translate("CustomersPage", "Select a customer to see their history"),
        view.detail_box,
    )
    view.detail_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    view.detail_hint.setWordWrap(True)
    box.addWidget(view.detail_hint)

    view.splitter = list_beside_detail(
        view, "customerSplitter", [bar, table, view.empty], view.detail_box, (3, 2)
    )
    width = max(view.width(), 1000)
    view.splitter.setSizes([width * 2 // 3, width // 3])
    layout = QVBoxLayout(view)
    layout.addWidget(view.splitter)
    view.splitter.show()  # the page is visible already: show its parts now, not queued

    QWidget.setTabOrder(view.search, table)

    view._timer = QTimer(view)
    view._timer.setSingleShot(True)
    view._timer.setInterval(SEARCH_DELAY_MS)
    view._timer.timeout.connect(view.apply)
    view.search.textChanged.connect(view._timer.start)
    view.search.returnPressed.connect(view.to_results)
    view.search_keys = SearchKeys(view.search, table, view.to_results, view.select_first)
    table.selectionModel().currentRowChanged.connect(view.row_selected)
    table.activated.connect(view.row_activated)
    view.model.countChanged.connect(view.counted)
    view.model.loadingChanged.connect(view.loading)
    view.search.setFocus(Qt.FocusReason.OtherFocusReason)


def make_detail(view: CustomersPage) -> CustomerDetail:
    """The customer card, in place of the hint, connected to the page."""
    from enquirydesk.ui.customers.detail import CustomerDetail

    detail = CustomerDetail(view.ctx, view.tasks, view.detail_box)
    detail.enquiryActivated.connect(view.enquiryActivated)
    detail.customerLinked.connect(view.select)
    detail.editRequested.connect(view.edit)
    detail.mergeRequested.connect(view.merge)
    if view.read_only:
        detail.set_read_only(view.read_only)
    view.detail_hint.hide()
    view.detail_box.layout().addWidget(detail)
    detail.show()
    QWidget.setTabOrder(view.table, detail.edit_button)
    QWidget.setTabOrder(detail.edit_button, detail.merge_button)
    QWidget.setTabOrder(detail.merge_button, detail.enquiries)
    return detail


def fit_columns(view: CustomersPage) -> None:
    """Phone, counts and dates as wide as their longest text; the rest of the width
    shared among name, e-mail and badges."""
    formats = view.ctx.formats
    samples = {
        "phone": "+62 812-3456-7890",
        "enquiries": formats.count(8_888),
        "purchases": formats.count(8_888),
        "last": formats.date(date(2026, 12, 31)),
    }
    keys = [key for key, _title in COLUMNS]
    badges = " · ".join(badge_short_names().values())
    widgets.fit_columns(
        view.table,
        {keys.index(key): text for key, text in samples.items()},
        {keys.index(key): share for key, share in SHARES.items()},
        readable={keys.index("name"): 16},
        widest={keys.index("badges"): view.table.fontMetrics().horizontalAdvance(badges) + 14},
    )
