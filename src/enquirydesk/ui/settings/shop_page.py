"""Settings → Shop (name, country, currency) and → Targets (the response target and the
follow-up intervals)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSizePolicy, QSpinBox, QWidget

from enquirydesk.domain import settings as declared
from enquirydesk.i18n import QT_TRANSLATE_NOOP
from enquirydesk.services.context import Context
from enquirydesk.services.setup import Setup
from enquirydesk.ui.settings.page import SettingsPage, count_unit
from enquirydesk.ui.settings.shop_fields import ShopFields


class ShopPage(SettingsPage):
    def __init__(self, ctx: Context, parent: QWidget) -> None:
        super().__init__(
            "shopPage",
            self.tr("Shop"),
            self.tr(
                "The name shows in the title bar, on reports and exports. Phone numbers typed "
                "without +country are read as numbers of the country, and its public holidays "
                "can close the shop (Opening hours). Changing the country later reads new "
                "numbers in the new one; numbers already saved stay as they are. The currency "
                "is how reports and exports show money; amounts already saved keep their "
                "value."
            ),
            parent,
        )
        self.fields = ShopFields(ctx.settings.values, self, self.form())
        self.finish()

    def fill(self, setup: Setup) -> None:
        setup.values.update(self.fields.values())


#: (setting, label, accessible name, counted in business days, maximum): the intervals
#: of the follow-up rules; the words translated where shown (context "TargetsPage").
_INTERVALS = (
    (
        declared.DECISION_DAYS,
        QT_TRANSLATE_NOOP("TargetsPage", "Check the &decision after:"),
        QT_TRANSLATE_NOOP("TargetsPage", "Check the decision after (business days)"),
        True,
        60,
    ),
    (
        declared.CHECK_IN_DAYS,
        QT_TRANSLATE_NOOP("TargetsPage", "After-sales &check-in after:"),
        QT_TRANSLATE_NOOP("TargetsPage", "After-sales check-in after (days)"),
        False,
        365,
    ),
    (
        declared.RETENTION_DAYS,
        QT_TRANSLATE_NOOP("TargetsPage", "&Repeat offer after:"),
        QT_TRANSLATE_NOOP("TargetsPage", "Retention contact after (days)"),
        False,
        3650,
    ),
    (
        declared.COMPLAINT_DAYS,
        QT_TRANSLATE_NOOP("TargetsPage", "Handle co&mplaints within:"),
        QT_TRANSLATE_NOOP("TargetsPage", "Handle complaints within (business days)"),
        True,
        30,
    ),
)


class TargetsPage(SettingsPage):
    def __init__(self, ctx: Context, parent: QWidget) -> None:
        super().__init__(
            "targetsPage",
            self.tr("Targets"),
            self.tr(
                "The response target is how long, in opening hours, an enquiry may wait for "
                "its first answer: past it, it is overdue and counts against “answered within "
                "the target” in the report. The intervals say when EnquiryDesk reminds you to "
                "check a decision after the last contact, to ask a buyer how it works out and "
                "to make a repeat offer, and how soon a complaint is due."
            ),
            parent,
        )
        settings = ctx.settings
        form = self.form()
        self.target_spin = self._spin("responseTargetSpin", self.tr("Response target"), 10_000)
        self.target_spin.setValue(settings[declared.RESPONSE_TARGET])
        count_unit(self.target_spin, lambda n: self.tr("%n minutes", "", n))
        form.addRow(self.labelled(self.tr("Answer &within:"), self.target_spin), self.target_spin)
        self.intervals: dict[str, QSpinBox] = {}
        for setting, label, accessible, business, high in _INTERVALS:
            name = setting.key.replace(".", "_") + "Spin"
            spin = self._spin(name, QCoreApplication.translate("TargetsPage", accessible), high)
            spin.setValue(settings[setting])
            count_unit(spin, self._business_days if business else self._days)
            shown = QCoreApplication.translate("TargetsPage", label)
            form.addRow(self.labelled(shown, spin), spin)
            self.intervals[setting.key] = spin
        self.finish()

    def _days(self, count: int) -> str:
        return self.tr("%n days", "", count)

    def _business_days(self, count: int) -> str:
        return self.tr("%n business days", "", count)

    def _spin(self, name: str, accessible: str, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(1, high)
        spin.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)
        spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return spin

    def fill(self, setup: Setup) -> None:
        setup.values[declared.RESPONSE_TARGET.key] = self.target_spin.value()
        for key, spin in self.intervals.items():
            setup.values[key] = spin.value()
