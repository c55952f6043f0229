"""Settings → Staff (who works at the counter: added, renamed, deactivated — never deleted,
history keeps their names — one of them the owner, each with a PIN to switch to them if
wanted) and → Security (the owner's PIN)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.pins import check_pin_format
from enquirydesk.services import security, setup
from enquirydesk.services.setup import KEEP, Member, Setup
from enquirydesk.ui.settings.page import SettingsPage

_MEMBER = Qt.ItemDataRole.UserRole


class StaffPage(SettingsPage):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(
            "staffPage",
            self.tr("Staff"),
            self.tr(
                "Who takes enquiries and follows them up. Unticked staff are no longer at the "
                "counter; their name stays on everything they did. The owner's PIN (Security) "
                "guards Settings, deleting, merging, exports, imports and restores. A staff "
                "member may have a PIN of their own, asked when someone switches to them."
            ),
            parent,
        )
        self.list = QListWidget(self)
        self.list.setObjectName("staffList")
        self.list.setAccessibleName(self.tr("Staff: ticked ones work at the counter"))
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        for member in setup.current_staff():
            self._append(member)
        self.add_button = self._button(
            self.tr("&Add"), "addStaffButton", self.tr("Add a staff member"), self.add
        )
        self.owner_button = self._button(
            self.tr("Make &owner"),
            "makeOwnerButton",
            self.tr("Make the chosen one the owner"),
            self.make_owner,
        )
        self.pin_button = self._button(
            self.tr("Set &PIN…"),
            "staffPinButton",
            self.tr("Set or remove the chosen one's PIN"),
            self.set_pin,
        )
        buttons = QVBoxLayout()
        for button in (self.add_button, self.owner_button, self.pin_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        self.body.addLayout(row, 1)
        self.finish()

    def _button(self, text: str, name: str, accessible: str, act) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.clicked.connect(lambda _checked=False: act())
        return button

    def _append(self, member: Member) -> QListWidgetItem:
        item = QListWidgetItem(member.name, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if member.active else Qt.CheckState.Unchecked)
        self._store(item, member)
        return item

    def _store(self, item: QListWidgetItem, member: Member) -> None:
        item.setData(_MEMBER, member)
        font = QFont(self.list.font())
        font.setBold(member.role == "owner")
        item.setFont(font)
        item.setToolTip(self.tr("The owner") if member.role == "owner" else "")

    def add(self, name: str = "") -> QListWidgetItem:
        item = self._append(Member(None, name or self.tr("New staff member")))
        self.list.setCurrentItem(item)
        if not name:
            self.list.editItem(item)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(n) for n in range(self.list.count())]

    def make_owner(self) -> None:
        chosen = self.list.currentItem()
        if chosen is None:
            return
        for item in self._items():
            member = item.data(_MEMBER)
            role = "owner" if item is chosen else "staff"
            self._store(item, Member(member.id, member.name, role, member.active, member.pin,
                                     member.clear_pin))  # fmt: skip
        chosen.setCheckState(Qt.CheckState.Checked)

    def set_pin(self, pin: str | None = None) -> None:
        """A PIN for the chosen staff member (empty removes it)."""
        item = self.list.currentItem()
        if item is None:
            return
        member = item.data(_MEMBER)
        if pin is None:
            pin, given = QInputDialog.getText(
                self,
                self.tr("PIN"),
                self.tr("A PIN of 4 to 12 digits for {name} (empty: none):").format(
                    name=item.text()
                ),
                QLineEdit.EchoMode.Password,
            )
            if not given:
                return
        try:
            new = check_pin_format(pin) if pin else None
        except ValidationError as error:
            self.show_error(error.message)
            return
        self.show_error("")
        self._store(item, Member(member.id, member.name, member.role, member.active, new,
                                 clear_pin=new is None))  # fmt: skip

    def fill(self, change: Setup) -> None:
        members = []
        for item in self._items():
            member = item.data(_MEMBER)
            active = item.checkState() == Qt.CheckState.Checked
            members.append(Member(member.id, item.text().strip(), member.role, active,
                                  member.pin, member.clear_pin))  # fmt: skip
        change.staff = members


class SecurityPage(SettingsPage):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(
            "securityPage",
            self.tr("Security"),
            self.tr(
                "Once the owner sets a PIN, it is asked before Settings open, before deleting "
                "an enquiry, merging customers, exporting, importing and restoring a backup, "
                "and before someone switches to the owner — in the window and on the command "
                "line. After five wrong PINs the next try waits 30 seconds, and longer each "
                "time. A recovery key is shown once when the PIN is set: write it down; it "
                "removes a forgotten PIN (enquirydesk reset-pin)."
            ),
            parent,
        )
        self.has_pin = security.owner_pin_set()
        form = self.form()
        self.pin_edit = self._pin_edit("ownerPinEdit", self.tr("New owner's PIN"))
        self.repeat_edit = self._pin_edit("ownerPinRepeatEdit", self.tr("The PIN again"))
        form.addRow(self.labelled(self.tr("New &PIN:"), self.pin_edit), self.pin_edit)
        form.addRow(self.labelled(self.tr("&Again:"), self.repeat_edit), self.repeat_edit)
        self.remove_check = QCheckBox(self.tr("&Remove the owner's PIN"), self)
        self.remove_check.setObjectName("removePinCheck")
        self.remove_check.setAccessibleName(self.tr("Remove the owner's PIN"))
        self.remove_check.setVisible(self.has_pin)
        self.remove_check.toggled.connect(
            lambda on: [edit.setEnabled(not on) for edit in (self.pin_edit, self.repeat_edit)]
        )
        self.body.addWidget(self.remove_check)
        self.finish()

    def _pin_edit(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(12)
        edit.setPlaceholderText(self.tr("unchanged") if self.has_pin else "")
        return edit

    def fill(self, change: Setup) -> None:
        if self.remove_check.isChecked():
            change.owner_pin = None
            return
        pin, again = self.pin_edit.text().strip(), self.repeat_edit.text().strip()
        if not pin and not again:
            change.owner_pin = KEEP
            return
        if pin != again:
            raise ValidationError("pin", "pin.repeat", self.tr("The two PINs differ."))
        change.owner_pin = check_pin_format(pin)
