"""Settings → Language: which language the window, the reports and the exports speak.

The choice is stored in the shop's file, so every computer on it speaks it unless it
was started with ``--lang``; "the computer's language" follows each computer's own.
It applies when EnquiryDesk starts again (the dialog offers to restart at once).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from enquirydesk import i18n
from enquirydesk.domain import settings as declared
from enquirydesk.domain.formats import shop_formats
from enquirydesk.services.context import Context
from enquirydesk.services.setup import Setup
from enquirydesk.ui.common import language
from enquirydesk.ui.settings.page import SettingsPage


class LanguagePage(SettingsPage):
    def __init__(self, ctx: Context, parent: QWidget) -> None:
        super().__init__(
            "languagePage",
            self.tr("Language"),
            self.tr(
                "The language of the window, the reports, the exports and the command line. "
                "Money, numbers and dates are written as they are in the shop's country. "
                "A new language applies when EnquiryDesk starts again."
            ),
            parent,
        )
        self.ctx = ctx
        self.system = language.choose(None)
        self.combo = QComboBox(self)
        self.combo.setObjectName("languageCombo")
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.addItem(
            self.tr("The computer's language ({language})").format(
                language=i18n.LANGUAGES[self.system]
            ),
            "",
        )
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)  # each language named in itself
        saved = str(ctx.settings[declared.LANGUAGE])
        self.combo.setCurrentIndex(max(0, self.combo.findData(saved)))
        self.saved = self.chosen()
        form = self.form()
        form.addRow(self.labelled(self.tr("&Language:"), self.combo), self.combo)
        self.sample = QLabel(self)
        self.sample.setObjectName("languageSample")
        form.addRow(self.tr("Written as:"), self.sample)
        self.combo.currentIndexChanged.connect(self._show_sample)
        self._show_sample()
        self.finish()

    def chosen(self) -> str:
        """The language code stored ("" for the computer's)."""
        return str(self.combo.currentData() or "")

    def changed(self) -> bool:
        return self.chosen() != self.saved

    def speaks(self) -> str:
        """The language the program will speak with this choice."""
        return self.chosen() or self.system

    def _show_sample(self) -> None:
        """Money, a date and a time as the chosen language writes them in this shop."""
        settings = self.ctx.settings
        formats = shop_formats(self.speaks(), settings.country, str(settings[declared.CURRENCY]))
        amount = Decimal("1234.50") if formats.decimals else Decimal(4_500_000)
        example = datetime(2026, 12, 4, 14, 5)
        self.sample.setText(f"{formats.money(amount)}   ·   {formats.when(example)}")

    def fill(self, setup: Setup) -> None:
        setup.values[declared.LANGUAGE.key] = self.chosen()
