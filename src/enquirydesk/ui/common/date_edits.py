"""Date and time editors that keep what is typed, section by section, in the shop's way
of writing dates (`Formats.date_pattern`, `time_pattern`), with a calendar to pick from.

Qt's editors move on to the next section by themselves once a section can take no more
digits ("4" for a day, "2026" for a year); a separator typed after that (the space or
dot a person types between the parts of "4. 12. 2026 22:30") then skipped a whole
section, and the rest of the date landed in the wrong places. Here a separator typed
right after such a move is taken as the end of the section just left, and one typed in
the middle of a section (after "1" of "12") moves on, whatever separator the shop uses.
The first digit typed into a section replaces it, wherever the cursor stood in it. No
minimum is set while typing either: a time that will not do is refused beside the
field when the form is confirmed, with what was typed left as it is.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QEvent, QPointF, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QStyle,
    QStyleOptionComboBox,
    QTimeEdit,
    QWidget,
)

from enquirydesk.domain.formats import Formats

_DAY = QDateTimeEdit.Section.DaySection
_MONTH = QDateTimeEdit.Section.MonthSection


class _Sections:
    """Typing section by section (mixed into Qt's date and time editors)."""

    _typed = ""  # what was typed into the current section since it was entered
    _day = 0  # a day typed that the month shown has not (31 in November), till the month

    def keyPressEvent(self, event: QKeyEvent) -> None:
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        down = event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down and alt)
        if down and edit.calendarPopup():
            self.open_calendar()  # as in a drop-down list: F4 or Alt+Down
            event.accept()
            return
        if plain and len(text) == 1 and not text.isalnum() and text.isprintable():  # a separator
            if self._typed and edit.currentSectionIndex() + 1 < edit.sectionCount():
                edit.setCurrentSectionIndex(edit.currentSectionIndex() + 1)
                edit.setSelectedSection(edit.currentSection())
            self._typed = ""
            event.accept()
            self._settle_day()
            return
        typing = plain and len(text) == 1 and text.isalnum()
        index, section, before = edit.currentSectionIndex(), edit.currentSection(), self._typed
        if typing and not before:
            edit.setSelectedSection(section)  # the first digit replaces the section
        super().keyPressEvent(event)  # type: ignore[misc]
        same = edit.currentSectionIndex() == index
        if event.key() == Qt.Key.Key_Backspace and plain:
            self._typed = before[:-1] if same else ""  # typing goes on where it was
        else:
            self._typed = before + text if typing and same else ""
        if not typing:
            self._day = 0
        elif section == _DAY:  # Qt keeps a day to the month shown: remember the one typed
            digits = before + text
            wanted = int(digits) if digits.isdigit() else 0
            self._day = wanted if wanted > edit.date().day() else 0
        self._settle_day()

    def open_calendar(self) -> None:
        """The calendar below the field, as a click on its arrow opens it (Qt offers no
        key for it); arrows move in it, Enter picks the day, Esc closes it."""
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        option = QStyleOptionComboBox()
        option.initFrom(edit)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = edit.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, edit
        )
        at = QPointF(arrow.center())
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            at,
            edit.mapToGlobal(at),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(edit, press)

    def _settle_day(self) -> None:
        """Past the day and the month: the day typed, if the month typed has it."""
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        if not self._day or edit.currentSection() in (_DAY, _MONTH):
            return
        shown = edit.date()
        if self._day <= shown.daysInMonth():
            index = edit.currentSectionIndex()
            edit.setDate(QDate(shown.year(), shown.month(), self._day))
            edit.setCurrentSectionIndex(index)
        self._day = 0

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._typed, self._day = "", 0
        super().focusInEvent(event)  # type: ignore[misc]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._typed, self._day = "", 0
        super().mousePressEvent(event)  # type: ignore[misc]


class DateTimeEdit(_Sections, QDateTimeEdit):
    pass


class DateEdit(_Sections, QDateEdit):
    pass


class TimeEdit(_Sections, QTimeEdit):
    pass


def date_time_edit(formats: Formats, moment: datetime, parent: QWidget) -> DateTimeEdit:
    """A date and time, written the shop's way, with a calendar."""
    edit = DateTimeEdit(QDateTime(moment), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(f"{formats.date_pattern()} {formats.time_pattern()}")
    return edit


def date_edit(formats: Formats, day: date | QDate, parent: QWidget) -> DateEdit:
    """A date, written the shop's way, with a calendar."""
    edit = DateEdit(QDate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(formats.date_pattern())
    return edit


def time_edit(formats: Formats, moment: time | QTime, parent: QWidget) -> TimeEdit:
    """A time of day, written the shop's way."""
    edit = TimeEdit(QTime(moment), parent)
    edit.setDisplayFormat(formats.time_pattern())
    return edit
