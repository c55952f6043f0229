"""The shop's name, its country (for phone numbers written without +country, and its
public holidays) and its currency: asked on the first start and on Settings → Shop.
Countries and currencies are named in the program's language (CLDR's names)."""

from __future__ import annotations

from babel import Locale
from PySide6.QtCore import QCollator, QLocale, QObject, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from enquirydesk.domain import settings as declared
from enquirydesk.domain.formats import locale_for
from enquirydesk.i18n import current_language


def _names() -> Locale:
    """The program's language, for the names of countries and currencies."""
    return locale_for(current_language())


def country_name(code: str) -> str:
    """A country's name in the program's language (SI → Slovenia, Slovenija)."""
    found = _names().territories.get(code.upper())
    if found:
        return found
    territory = QLocale.codeToTerritory(code)
    return (
        QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code
    )


def countries() -> list[tuple[str, str]]:
    """(ISO code, name) of every country a phone number can belong to, sorted by name."""
    import phonenumbers

    cldr = _names().territories
    names: dict[str, str] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if code in phonenumbers.SUPPORTED_REGIONS:
            names.setdefault(code, cldr.get(code) or QLocale.territoryToString(territory))
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
    """(ISO code, name) of the currencies of every country, by code, named in the program's
    language; else in English; the name is empty where neither is known (the code says
    enough)."""
    cldr = _names().currencies
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
        if cldr.get(code):
            found[code] = cldr[code]
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


class ShopFields(QObject):
    """The three fields on a form; the currency follows the country until it is chosen."""

    countryChanged = Signal(str)

    def __init__(self, stored: dict, parent: QWidget, form: QFormLayout) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(parent)
        self.name_edit.setObjectName("shopNameEdit")
        self.name_edit.setAccessibleName(self.tr("Shop name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Toko Elektronik Jaya"))
        self.name_edit.setMaxLength(120)
        self.name_edit.setText(str(stored.get(declared.SHOP_NAME.key, "")))

        self.country_combo = QComboBox(parent)
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

        self.currency_combo = QComboBox(parent)
        self.currency_combo.setObjectName("currencyCombo")
        self.currency_combo.setAccessibleName(self.tr("Currency"))
        for code, name in currencies():
            self.currency_combo.addItem(f"{code} – {name}" if name else code, code)
        self._set_currency(str(stored.get(declared.CURRENCY.key) or currency_for(country)))
        self._currency_chosen = declared.CURRENCY.key in stored
        self.currency_combo.activated.connect(self._currency_picked)
        self.country_combo.currentIndexChanged.connect(self._country_changed)

        form.addRow(self._buddy(self.tr("Shop &name:"), self.name_edit, parent), self.name_edit)
        form.addRow(
            self._buddy(self.tr("&Country for phone numbers:"), self.country_combo, parent),
            self.country_combo,
        )
        form.addRow(
            self._buddy(self.tr("C&urrency:"), self.currency_combo, parent), self.currency_combo
        )

    @staticmethod
    def _buddy(text: str, field: QWidget, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
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
            self._set_currency(currency_for(self.country()))
        self.countryChanged.emit(self.country())

    def country(self) -> str:
        return str(self.country_combo.currentData() or "")

    def values(self) -> dict[str, object]:
        return {
            declared.SHOP_NAME.key: self.name_edit.text(),
            declared.COUNTRY.key: self.country(),
            declared.CURRENCY.key: self.currency_combo.currentData(),
        }
