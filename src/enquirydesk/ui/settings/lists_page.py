"""Settings → Channels, and → Reasons (lost reasons, sources, decision factors): the
seven built-in channels and the shop's own (WhatsApp, Instagram, Tokopedia, Shopee…),
added, renamed (F2 or a double click), reordered (the quick log's digits follow the
order) and hidden (unticked: history keeps the name and reports still count it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.services import setup
from enquirydesk.services.setup import ListItem, Setup
from enquirydesk.ui.settings.page import SettingsPage

_KEY = Qt.ItemDataRole.UserRole


class ListEditor(QWidget):
    """One list: a row per item, ticked when shown, in order; Add, Up, Down."""

    def __init__(self, name: str, items: list[ListItem], parent: QWidget, *, ids: str) -> None:
        super().__init__(parent)
        self.name = name
        self.list = QListWidget(self)
        self.list.setObjectName(f"{ids}List")
        title = QCoreApplication.translate("ShopSetup", setup.LIST_TITLES[name])
        self.list.setAccessibleName(self.tr("{name}: ticked ones are offered").format(name=title))
        self.list.setToolTip(
            self.tr(
                "Ticked ones are offered when logging; unticked ones stay in the history and "
                "the reports. F2 renames; Alt+Up and Alt+Down move."
            )
        )
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for item in items:
            self._append(item.key, item.name, item.hidden)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName(f"add{ids[0].upper()}{ids[1:]}Button")
        self.add_button.setAccessibleName(self.tr("Add one"))
        self.up_button = QPushButton(self.tr("&Up"), self)
        self.up_button.setObjectName(f"{ids}UpButton")
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.setShortcut("Alt+Up")
        self.down_button = QPushButton(self.tr("&Down"), self)
        self.down_button.setObjectName(f"{ids}DownButton")
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.setShortcut("Alt+Down")
        self.add_button.clicked.connect(self.add)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)

    def _append(self, key: str | None, name: str, hidden: bool) -> QListWidgetItem:
        item = QListWidgetItem(name, self.list)
        item.setData(_KEY, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked)
        return item

    def add(self, name: str = "") -> QListWidgetItem:
        """A new item, its name ready to be typed."""
        item = self._append(None, name or self.tr("New"), False)
        self.list.setCurrentItem(item)
        if not name:
            self.list.editItem(item)
        return item

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def items(self) -> list[ListItem]:
        return [
            ListItem(
                item.data(_KEY), item.text().strip(), item.checkState() != Qt.CheckState.Checked
            )
            for item in (self.list.item(n) for n in range(self.list.count()))
        ]


class ChannelsPage(SettingsPage):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(
            "channelsPage",
            self.tr("Channels"),
            self.tr(
                "How enquiries reach the shop. Add the shop's own (WhatsApp, Instagram, a "
                "marketplace…): each keeps a key made from its first name for import, export "
                "and reports, whatever it is called later. The quick log numbers the first "
                "nine in this order: the digit picks the channel."
            ),
            parent,
        )
        self.editor = ListEditor("channel", setup.current_list("channel"), self, ids="channel")
        self.channel_list = self.editor.list
        self.body.addWidget(self.editor, 1)
        self.finish()

    def fill(self, change: Setup) -> None:
        change.lists = {**change.lists, "channel": self.editor.items()}


class ReasonsPage(SettingsPage):
    """Lost reasons, sources and decision factors, one at a time."""

    LISTS = ("reason", "source", "factor")

    def __init__(self, parent: QWidget) -> None:
        super().__init__(
            "reasonsPage",
            self.tr("Reasons"),
            self.tr(
                "Why sales are lost, how customers heard of the shop, why buyers chose it: "
                "rename them in the shop's words, add its own, hide what never applies. The "
                "report counts each under its key."
            ),
            parent,
        )
        self.which = QComboBox(self)
        self.which.setObjectName("reasonListCombo")
        self.which.setAccessibleName(self.tr("Which list"))
        self.stack = QStackedWidget(self)
        self.editors: dict[str, ListEditor] = {}
        titles = {
            "reason": self.tr("Lost reasons"),
            "source": self.tr("Sources (how they heard of the shop)"),
            "factor": self.tr("Decision factors (why they chose the shop)"),
        }
        for name in self.LISTS:
            editor = ListEditor(name, setup.current_list(name), self, ids=name)
            self.editors[name] = editor
            self.stack.addWidget(editor)
            self.which.addItem(titles[name], name)
        self.which.currentIndexChanged.connect(self.stack.setCurrentIndex)
        self.body.addWidget(self.labelled(self.tr("&List:"), self.which))
        self.body.addWidget(self.which)
        self.body.addWidget(self.stack, 1)
        self.finish()

    def fill(self, change: Setup) -> None:
        change.lists = {
            **change.lists,
            **{name: editor.items() for name, editor in self.editors.items()},
        }
