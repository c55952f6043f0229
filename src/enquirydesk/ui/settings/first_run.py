"""The first start on a new file: the shop's name, its country (for phone numbers written
without +country) and currency, and whether to start with demo data."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import StoreError, ValidationError
from enquirydesk.services import settings as settings_service
from enquirydesk.services.context import Context
from enquirydesk.ui.common.saving import Saver
from enquirydesk.ui.common.widgets import heading, paragraph


def countries() -> list[tuple[str, str]]:
    """(ISO code, name) of every country a phone number can belong to, sorted by name."""
    import phonenumbers

    names: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if code in phonenumbers.SUPPORTED_REGIONS:
            names.setdefault(code, QLocale.territoryToString(territory))
    collator = QCollator(QLocale())
    return sorted(names.items(), key=lambda item: collator.sortKey(item[1]))


def _locale_of(country: str) -> QLocale | None:
    territory = QLocale.codeToTerritory(country) if country else QLocale.Country.AnyTerritory
    if territory == QLocale.Country.AnyTerritory:
        return None
    locale = QLocale(QLocale.Language.AnyLanguage, territory)
    return locale if locale.territory() == territory else None  # Qt falls back to en_US


def currency_for(country: str) -> str:
    """The currency of `country` (ID → IDR, SI → EUR), else of the system's locale, else EUR."""
    for locale in (_locale_of(country), QLocale.system()):
        if locale is not None:
            code = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
            if len(code) == 3:
                return code
    return "EUR"


def currencies() -> list[tuple[str, str]]:
    """(ISO code, English name) of the currencies of every country, by code; the name is
    empty where Qt knows it only in a language of its own country (the code says enough)."""
    found: dict[str, str] = {}
    iso, display = (
        QLocale.CurrencySymbolFormat.CurrencyIsoCode,
        QLocale.CurrencySymbolFormat.CurrencyDisplayName,
    )
    for territory in QLocale.Country:
        native = QLocale(QLocale.Language.AnyLanguage, territory)
        code = native.currencySymbol(iso)
        if native.territory() != territory or len(code) != 3:
            continue
        english = QLocale(QLocale.Language.English, territory)
        if english.territory() == territory and english.currencySymbol(iso) == code:
            found[code] = english.currencySymbol(display)
        else:
            found.setdefault(code, "")
    return sorted(found.items())


def system_country() -> str:
    """The country of the user's locale (sl_SI → SI), or "" when it names none."""
    territory = QLocale.system().territory()
    if territory == QLocale.Country.AnyTerritory:
        return ""
    return QLocale.territoryToCode(territory)


class FirstRunPage(QDialog):
    """Shop name, country for phone numbers, currency; then demo data or an empty start.

    Saves the three settings and "first run done" as one operation (`saved`); `with_demo`
    says which button was pressed. Closing it (Esc) saves nothing: the page comes back
    next time.
    """

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved = False
        self.with_demo = False
        self.saver = Saver(ctx, self)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._not_saved)
        self.setObjectName("firstRunPage")
        self.setWindowTitle(self.tr("Welcome to EnquiryDesk"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        stored = ctx.settings.values

        title = heading(self.tr("Welcome to EnquiryDesk"), self, 1.5)
        intro = paragraph(
            self.tr(
                "Three facts about the shop, and you can start. All of them can be changed "
                "later in Settings."
            ),
            self,
        )
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("shopNameEdit")
        self.name_edit.setAccessibleName(self.tr("Shop name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Toko Elektronik Jaya"))
        self.name_edit.setMaxLength(120)
        self.name_edit.setText(str(stored.get(declared.SHOP_NAME.key, "")))

        self.country_combo = QComboBox(self)
        self.country_combo.setObjectName("countryCombo")
        self.country_combo.setAccessibleName(self.tr("Country for phone numbers"))
        self.country_combo.setToolTip(
            self.tr("Phone numbers typed without +country code are read as numbers of this country")
        )
        self.country_combo.addItem(self.tr("None: type every number with +country code"), "")
        for code, name in countries():
            self.country_combo.addItem(f"{name} ({code})", code)
        country = str(stored.get(declared.COUNTRY.key) or system_country())
        self.country_combo.setCurrentIndex(max(0, self.country_combo.findData(country)))

        self.currency_combo = QComboBox(self)
        self.currency_combo.setObjectName("currencyCombo")
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        for code, name in currencies():
            self.currency_combo.addItem(f"{code} – {name}" if name else code, code)
        currency = str(stored.get(declared.CURRENCY.key) or currency_for(country))
        self._set_currency(currency)
        self._currency_chosen = declared.CURRENCY.key in stored
        self.currency_combo.activated.connect(self._currency_picked)
        self.country_combo.currentIndexChanged.connect(self._country_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(self.tr("Shop &name:"), self.name_edit), self.name_edit)
        form.addRow(
            self._buddy(self.tr("&Country for phone numbers:"), self.country_combo),
            self.country_combo,
        )
        form.addRow(self._buddy(self.tr("C&urrency:"), self.currency_combo), self.currency_combo)
        self.error = paragraph("", self, "firstRunError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        demo_hint = paragraph(
            self.tr(
                "Demo data fills this file with 18 months of example enquiries, customers and "
                "follow-ups, to look around first. Start empty to log your own from the start."
            ),
            self,
        )

        self.demo_button = QPushButton(self.tr("Start with &demo data"), self)
        self.demo_button.setObjectName("startDemoButton")
        self.demo_button.setAccessibleName(self.tr("Start with demo data"))
        self.empty_button = QPushButton(self.tr("Start &empty"), self)
        self.empty_button.setObjectName("startEmptyButton")
        self.empty_button.setAccessibleName(self.tr("Start empty"))
        self.empty_button.setDefault(True)  # Enter never fills a real shop's file with examples
        self.demo_button.clicked.connect(lambda: self.finish(with_demo=True))
        self.empty_button.clicked.connect(lambda: self.finish(with_demo=False))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.empty_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(demo_hint)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.setTabOrder(self.name_edit, self.country_combo)
        self.setTabOrder(self.country_combo, self.currency_combo)
        self.setTabOrder(self.currency_combo, self.demo_button)
        self.setTabOrder(self.demo_button, self.empty_button)
        self.name_edit.setFocus()

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def _set_currency(self, code: str) -> None:
        index = self.currency_combo.findData(code)
        if index < 0:  # a code Qt knows no country for: keep it choosable
            self.currency_combo.addItem(code, code)
            index = self.currency_combo.count() - 1
        self.currency_combo.setCurrentIndex(index)

    def _currency_picked(self) -> None:
        self._currency_chosen = True

    def _country_changed(self) -> None:
        if not self._currency_chosen:
            self._set_currency(currency_for(self.country_combo.currentData()))

    def values(self) -> dict[str, object]:
        return {
            declared.SHOP_NAME.key: self.name_edit.text(),
            declared.COUNTRY.key: self.country_combo.currentData() or "",
            declared.CURRENCY.key: self.currency_combo.currentData(),
            declared.FIRST_RUN_DONE.key: True,
        }

    def finish(self, with_demo: bool) -> None:
        """Save the answers (one operation, off the GUI thread), then close: the window
        loads demo data if asked."""
        if self.saver.busy:
            return
        self.error.hide()
        self.with_demo = with_demo
        self.saver.save(partial(settings_service.update, self.ctx, self.values()))

    def _saved(self, _changes: object) -> None:
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
