"""The first start on a shop's file: its name, its country (for phone numbers written
without +country, and its public holidays), its currency and the owner's name; then, on
a new file, demo data or an empty start.

A file filled by `demo` or `import` (its shop never confirmed) is asked the same, with
one button to carry on: a Jakarta shop's file never goes on in euros by default.

A PC joining a shop whose records are already on its server is offered to connect to it
instead (`server_asked`: the window opens the connect dialog).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import StoreError, ValidationError
from enquirydesk.domain.hours import OpeningHours
from enquirydesk.services import setup
from enquirydesk.services.context import Context
from enquirydesk.ui.common.saving import Saver
from enquirydesk.ui.common.widgets import heading, keep_readable, paragraph
from enquirydesk.ui.settings.shop_fields import ShopFields
from enquirydesk.ui.settings.shop_fields import system_country as system_country

__all__ = ["FirstRunPage", "system_country"]


class FirstRunPage(QDialog):
    """The shop's facts; then demo data or an empty start (`with_demo` says which), or on a
    file that already holds enquiries one button to carry on.

    Saves as one operation, with opening hours usual in the country and its public
    holidays; `saved` once it is. Closing it (Esc) saves nothing: it comes back next time.
    """

    def __init__(
        self,
        ctx: Context,
        parent: QWidget | None = None,
        *,
        filled: bool = False,
        staff: list[setup.Member] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filled = filled
        self.staff = staff or []
        self.saved = False
        self.with_demo = False
        self.server_asked = False  # "Connect to the shop's server…" instead
        self.server_button: QPushButton | None = None  # offered on a new file only
        self.saver = Saver(ctx, self)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._not_saved)
        self.setObjectName("firstRunPage")
        self.setWindowTitle(self.tr("Welcome to EnquiryDesk"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        title = heading(self.tr("Welcome to EnquiryDesk"), self, 1.5)
        intro = paragraph(
            self.tr(
                "A few facts about the shop, and you can start. Everything can be changed "
                "later in Settings."
            ),
            self,
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = ShopFields(ctx.settings.values, self, form)
        self.name_edit = self.fields.name_edit
        self.country_combo = self.fields.country_combo
        self.currency_combo = self.fields.currency_combo
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setObjectName("ownerNameEdit")
        self.owner_edit.setAccessibleName(self.tr("Your name (the owner)"))
        self.owner_edit.setToolTip(self.tr("Changes and enquiries you make carry your name"))
        self.owner_edit.setMaxLength(80)
        owner = next((m for m in self.staff if m.role == "owner"), None)
        if owner is not None:
            self.owner_edit.setText(owner.name)
        owner_label = QLabel(self.tr("&Your name:"), self)
        owner_label.setBuddy(self.owner_edit)
        form.addRow(owner_label, self.owner_edit)
        self.error = paragraph("", self, "firstRunError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons(layout))
        if not filled and not ctx.store.on_server:
            self._server_offer(layout)
        keep_readable(self, 72)
        self.name_edit.setFocus()

    def _buttons(self, layout: QVBoxLayout) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.demo_button: QPushButton | None = None
        if self.filled:
            self.empty_button = QPushButton(self.tr("&Start"), self)
            self.empty_button.setObjectName("startEmptyButton")
            self.empty_button.setAccessibleName(self.tr("Start"))
        else:
            layout.addWidget(
                paragraph(
                    self.tr(
                        "Demo data fills this file with 18 months of example enquiries, "
                        "customers and follow-ups, to look around first. Start empty to log "
                        "your own from the start."
                    ),
                    self,
                )
            )
            self.demo_button = QPushButton(self.tr("Start with &demo data"), self)
            self.demo_button.setObjectName("startDemoButton")
            self.demo_button.setAccessibleName(self.tr("Start with demo data"))
            self.demo_button.clicked.connect(lambda: self.finish(with_demo=True))
            buttons.addWidget(self.demo_button)
            self.empty_button = QPushButton(self.tr("Start &empty"), self)
            self.empty_button.setObjectName("startEmptyButton")
            self.empty_button.setAccessibleName(self.tr("Start empty"))
        self.empty_button.setDefault(True)  # Enter never fills a real shop's file with examples
        self.empty_button.clicked.connect(lambda: self.finish(with_demo=False))
        buttons.addWidget(self.empty_button)
        return buttons

    def _server_offer(self, layout: QVBoxLayout) -> None:
        """Another PC keeps the shop's records on a server already: go there instead."""
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        row = QHBoxLayout()
        row.addWidget(
            paragraph(
                self.tr("Does the shop keep its enquiries on a server that other PCs use?"),
                self,
            ),
            1,
        )
        self.server_button = QPushButton(self.tr("Connect to the shop's &server…"), self)
        self.server_button.setObjectName("connectServerButton")
        self.server_button.setAccessibleName(self.tr("Connect to the shop's server"))
        self.server_button.setToolTip(
            self.tr("Work on the shop's database on its server instead of a new file on this PC")
        )
        self.server_button.setAutoDefault(False)
        self.server_button.clicked.connect(self.ask_for_server)
        row.addWidget(self.server_button)
        layout.addLayout(row)

    def ask_for_server(self) -> None:
        """Close without saving; the window opens the connect dialog."""
        self.server_asked = True
        self.reject()

    def values(self) -> dict[str, object]:
        """The shop's facts, the hours usual in its country with its public holidays."""
        country = self.fields.country()
        return {
            **self.fields.values(),
            declared.HOURS.key: OpeningHours.preset_for(country).to_spec(),
            declared.PUBLIC_HOLIDAYS.key: bool(country),
            declared.FIRST_RUN_DONE.key: True,
        }

    def members(self) -> list[setup.Member] | None:
        """The staff with the owner named here (made the owner, or added as such)."""
        name = self.owner_edit.text().strip()
        if not name:
            return None
        owner = next((m for m in self.staff if m.role == "owner"), None)
        if owner is not None:
            return [
                setup.Member(m.id, name, m.role, m.active) if m is owner else m for m in self.staff
            ]
        return [*self.staff, setup.Member(None, name, "owner")]

    def finish(self, with_demo: bool) -> None:
        """Save the answers (one operation, off the GUI thread), then close: the window
        loads demo data if asked."""
        if self.saver.busy:
            return
        self.error.hide()
        self.with_demo = with_demo
        change = setup.Setup(values=self.values(), staff=self.members())
        self.saver.save(partial(setup.save, self.ctx, change))

    def _saved(self, _saved: object) -> None:
        self.saved = True
        self.accept()

    def _not_saved(self, error: Exception) -> None:
        if not isinstance(error, ValidationError | StoreError):
            raise error
        self.error.setText(str(error))
        self.error.show()

    def done(self, result: int) -> None:
        self.saver.close()
        super().done(result)
