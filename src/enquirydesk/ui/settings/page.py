"""What every Settings page shares: a heading, a sentence on what it changes, its
fields, and a line for what is wrong on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from enquirydesk.services.setup import Setup
from enquirydesk.ui.common.widgets import error_label, heading, paragraph


class SettingsPage(QWidget):
    """A page: subclasses lay out their fields under `self.body` and write `fill`."""

    title = ""

    def __init__(self, name: str, title: str, explanation: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = title
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(heading(title, self, 1.15))
        self.explanation = paragraph(explanation, self)
        self.body.addWidget(self.explanation)
        self.error = error_label(self, name.removesuffix("Page") + "Error")

    def form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body.addLayout(form)
        return form

    def finish(self) -> None:
        """The error line under the fields, and the rest of the height left empty."""
        self.body.addWidget(self.error)
        self.body.addStretch(1)

    def labelled(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def fill(self, setup: Setup) -> None:
        """Put what the page holds into `setup`; raise ValidationError to refuse."""
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


def count_unit(spin: QSpinBox, words: Callable[[int], str]) -> None:
    """The unit around a spin box's number in the plural form its value takes, as the
    language puts it: `words(n)` is the whole count translated with its number (a
    ``self.tr("%n days", "", n)``); the text before the number becomes the prefix, the
    rest the suffix ("2 days", "1 day"; Slovenian "2 dneva", "5 dni")."""

    def show(value: int) -> None:
        text, number = words(value), str(value)
        at = text.find(number)
        if at < 0:  # a translation without the number: the words after it
            spin.setPrefix("")
            spin.setSuffix(" " + text)
        else:
            spin.setPrefix(text[:at])
            spin.setSuffix(text[at + len(number) :])

    spin.valueChanged.connect(show)
    show(spin.value())
