"""Settings → Opening hours: per weekday one or two periods (a lunch break) or closed; the
public holidays of the shop's country; the shop's own closed days (stocktaking, its
holiday). Business minutes, the waiting clocks, the follow-ups' "next business day" and
the report follow them: saving new hours recomputes every stored response time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from enquirydesk.domain import settings as declared
from enquirydesk.domain.errors import ValidationError
from enquirydesk.domain.formats import Formats
from enquirydesk.domain.hours import WEEKDAY_KEYS, OpeningHours
from enquirydesk.domain.public_holidays import known, upcoming
from enquirydesk.i18n import current_language
from enquirydesk.services.context import Context
from enquirydesk.services.setup import Setup
from enquirydesk.ui.common.date_edits import date_edit, time_edit
from enquirydesk.ui.common.widgets import paragraph
from enquirydesk.ui.settings.page import SettingsPage
from enquirydesk.ui.settings.shop_fields import country_name


class _Day:
    """One weekday's row: open or not, the first period, a break and the second period.
    Its words are the Opening hours page's (context "HoursPage")."""

    def __init__(
        self, page: QWidget, grid: QGridLayout, row: int, key: str, name: str, formats: Formats
    ) -> None:
        self.key = key
        self.open_check = QCheckBox(name, page)
        self.open_check.setObjectName(f"{key}OpenCheck")
        self.open_check.setAccessibleName(
            QCoreApplication.translate("HoursPage", "Open on {day}").format(day=name)
        )
        spoken = (
            QCoreApplication.translate("HoursPage", "Opens on {day}"),
            QCoreApplication.translate("HoursPage", "Closes on {day}"),
            QCoreApplication.translate("HoursPage", "Opens after the break on {day}"),
            QCoreApplication.translate("HoursPage", "Closes after the break on {day}"),
        )
        self.times = [
            self._time(page, f"{key}{part}", said.format(day=name), formats)
            for part, said in zip(("From", "To", "From2", "To2"), spoken, strict=True)
        ]
        self.break_check = QCheckBox(QCoreApplication.translate("HoursPage", "break, then"), page)
        self.break_check.setObjectName(f"{key}BreakCheck")
        self.break_check.setAccessibleName(
            QCoreApplication.translate("HoursPage", "A break on {day}").format(day=name)
        )
        self.break_check.setToolTip(
            QCoreApplication.translate(
                "HoursPage", "Open twice that day, with a lunch break between"
            )
        )
        dash = QCoreApplication.translate("HoursPage", "to")
        grid.addWidget(self.open_check, row, 0)
        grid.addWidget(self.times[0], row, 1)
        grid.addWidget(QLabel(dash, page), row, 2)
        grid.addWidget(self.times[1], row, 3)
        grid.addWidget(self.break_check, row, 4)
        grid.addWidget(self.times[2], row, 5)
        grid.addWidget(QLabel(dash, page), row, 6)
        grid.addWidget(self.times[3], row, 7)
        self.open_check.toggled.connect(self.update)
        self.break_check.toggled.connect(self.update)
        self.break_check.clicked.connect(self._split)

    @staticmethod
    def _time(page: QWidget, name: str, accessible: str, formats: Formats) -> QTimeEdit:
        edit = time_edit(formats, QTime(9, 0), page)
        edit.setObjectName(f"{name}Time")
        edit.setAccessibleName(accessible)
        return edit

    def set(self, periods: tuple[tuple[int, int], ...]) -> None:
        """Show the day's periods (a closed day shows 09:00–18:00, ready to be opened)."""
        self.open_check.setChecked(bool(periods))
        self.break_check.setChecked(len(periods) > 1)
        first = periods[0] if periods else (9 * 3600, 18 * 3600)
        second = periods[1] if len(periods) > 1 else (first[1], first[1])
        for edit, seconds in zip(self.times, (*first, *second), strict=True):
            edit.setTime(QTime(0, 0).addSecs(min(seconds, 86_399)))  # 24:00 shows as 23:59
        self.update()

    def _split(self, on: bool) -> None:
        """A break ticked on a day open in one go: 12:00 to 13:00, the rest after it."""
        start, end = self.times[0].time(), self.times[1].time()
        noon, one = QTime(12, 0), QTime(13, 0)
        if on and start < noon and end > one:
            self.times[1].setTime(noon)
            self.times[2].setTime(one)
            self.times[3].setTime(end)

    def update(self) -> None:
        open_day = self.open_check.isChecked()
        self.break_check.setEnabled(open_day)
        for n, edit in enumerate(self.times):
            edit.setEnabled(open_day and (n < 2 or self.break_check.isChecked()))

    def periods(self) -> list[list[str]]:
        if not self.open_check.isChecked():
            return []
        used = 4 if self.break_check.isChecked() else 2
        clocks = [self.times[n].time().toString("HH:mm") for n in range(used)]
        return [clocks[i : i + 2] for i in range(0, used, 2)]


class HoursPage(SettingsPage):
    def __init__(self, ctx: Context, parent: QWidget) -> None:
        super().__init__(
            "hoursPage",
            self.tr("Opening hours"),
            self.tr(
                "Response times count only opening hours: an enquiry that comes in while the "
                "shop is closed starts waiting when it opens. The waiting clocks, the "
                "follow-ups due “next business day” and the report follow these hours; saving "
                "new ones recomputes every stored response time (undo puts them back)."
            ),
            parent,
        )
        settings = ctx.settings
        self.formats = ctx.formats
        self.country = settings.country
        stored = OpeningHours.from_spec(settings[declared.HOURS])
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        locale = QLocale()
        self.days = []
        for n, key in enumerate(WEEKDAY_KEYS):
            name = locale.dayName(n + 1, QLocale.FormatType.LongFormat)
            day = _Day(self, grid, n, key, name, self.formats)
            day.set(stored.weekly[n])
            self.days.append(day)
        grid.setColumnStretch(8, 1)
        self.body.addLayout(grid)

        self.public_check = QCheckBox(self)
        self.public_check.setObjectName("publicHolidaysCheck")
        self.public_check.setAccessibleName(self.tr("Closed on public holidays"))
        self.public_check.setChecked(bool(settings[declared.PUBLIC_HOLIDAYS]))
        self.public_next = paragraph("", self, "publicHolidaysNext")
        self.body.addWidget(self.public_check)
        self.body.addWidget(self.public_next)
        self.show_country(self.country)

        self.body.addWidget(
            self.labelled(self.tr("The shop's own &closed days:"), self._closed_days(stored))
        )
        self.body.addWidget(self.closed_list)
        self.body.addLayout(self.closed_row)
        self.finish()

    def _closed_days(self, stored: OpeningHours) -> QListWidget:
        self.closed_list = QListWidget(self)
        self.closed_list.setObjectName("closedDaysList")
        self.closed_list.setAccessibleName(self.tr("The shop's own closed days"))
        self.closed_list.setMaximumHeight(self.fontMetrics().height() * 5)
        for day in sorted(stored.holidays):
            self._add_day(day)
        self.closed_date = date_edit(self.formats, QDate.currentDate(), self)
        self.closed_date.setObjectName("closedDayEdit")
        self.closed_date.setAccessibleName(self.tr("A closed day to add"))
        add = QPushButton(self.tr("&Add closed day"), self)
        add.setObjectName("addClosedDayButton")
        add.setAccessibleName(self.tr("Add the closed day"))
        add.clicked.connect(lambda: self._add_day(self.closed_date.date().toPython()))
        remove = QPushButton(self.tr("Re&move"), self)
        remove.setObjectName("removeClosedDayButton")
        remove.setAccessibleName(self.tr("Remove the chosen closed day"))
        remove.clicked.connect(self._remove_day)
        self.closed_row = QHBoxLayout()
        self.closed_row.addWidget(self.closed_date)
        self.closed_row.addWidget(add)
        self.closed_row.addWidget(remove)
        self.closed_row.addStretch(1)
        return self.closed_list

    def _add_day(self, day: date) -> None:
        days = self.closed_days()
        if day in days:
            return
        item = QListWidgetItem(self.formats.long_date(day))
        item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
        self.closed_list.insertItem(sum(1 for d in days if d < day), item)  # in date order

    def _remove_day(self) -> None:
        row = self.closed_list.currentRow()
        if row >= 0:
            self.closed_list.takeItem(row)

    def closed_days(self) -> list[date]:
        items = (self.closed_list.item(n) for n in range(self.closed_list.count()))
        return sorted(date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)) for item in items)

    def show_country(self, country: str) -> None:
        """The public holidays offered are the country's (it may change on the Shop page)."""
        self.country = country
        if not known(country):
            self.public_check.setText(
                self.tr("Closed on public holidays (choose the country first)")
            )
            self.public_check.setEnabled(False)
            self.public_next.hide()
            return
        self.public_check.setEnabled(True)
        self.public_check.setText(self.tr("Closed on the public holidays of {country}").format(
            country=country_name(country)))  # fmt: skip
        coming = upcoming(country, date.today(), 3, current_language())
        listed = ", ".join(
            self.tr("{date} {holiday}").format(date=self.formats.date(day), holiday=what)
            for day, what in coming
        )
        self.public_next.setText(self.tr("Next: {holidays}").format(holidays=listed))
        self.public_next.setVisible(bool(coming))

    def fill(self, setup: Setup) -> None:
        spec: dict[str, object] = {day.key: day.periods() for day in self.days}
        spec["holidays"] = [day.isoformat() for day in self.closed_days()]
        OpeningHours.from_spec(spec)  # periods out of order are refused here, in words
        if not any(day.periods() for day in self.days):
            raise ValidationError(
                "hours", "hours.never_open", self.tr("The shop must be open on some day.")
            )
        setup.values[declared.HOURS.key] = spec
        setup.values[declared.PUBLIC_HOLIDAYS.key] = (
            self.public_check.isChecked() and self.public_check.isEnabled()
        )
