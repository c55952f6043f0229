"""What a chart shows, as plain data: the same `ChartData` is painted on the screen, on
a PDF page and on paper by `exports.charts`, and read by screen readers from the
window. No Qt here, so the report's content can be built and tested without it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

MISSING = "–"  # a value with an empty denominator (never 0)


class Kind(Enum):
    HORIZONTAL = "horizontal"  # one row per label, bars to the right (long names fit)
    VERTICAL = "vertical"  # one column per label (an ordered scale, e.g. response times)
    FUNNEL = "funnel"  # stages of the journey, centred bars with count and share


@dataclass(frozen=True)
class Series:
    """One set of bars; `fill` picks the look (0 this month, 1 last month, …)."""

    name: str
    values: tuple[float | None, ...]
    fill: int = 0


@dataclass(frozen=True)
class ChartData:
    title: str
    labels: tuple[str, ...]
    series: tuple[Series, ...]
    format_value: Callable[[float], str]
    kind: Kind = Kind.HORIZONTAL
    #: Single-series charts: a fill per label, overriding the series' (within/over target).
    label_fills: tuple[int, ...] = ()
    #: Legend entries besides the series names: (text, fill).
    legend: tuple[tuple[str, int], ...] = ()
    #: Vertical charts: a dashed line after this label, with `marker_text` beside it.
    marker_after: int | None = None
    marker_text: str = ""
    #: Said instead of bars when there is nothing to draw.
    empty_text: str = ""
    #: A zero is a figure to show (a response time of 0 min: answered on the spot), so
    #: only a chart without any value is empty; otherwise all zeros are nothing to draw.
    zeros_are_values: bool = False

    def value_text(self, value: float | None) -> str:
        return MISSING if value is None else self.format_value(value)

    def fill_of(self, series: int, label: int) -> int:
        if len(self.series) == 1 and self.label_fills:
            return self.label_fills[label]
        return self.series[series].fill

    @property
    def empty(self) -> bool:
        if self.zeros_are_values:
            return all(v is None for s in self.series for v in s.values)
        return not any(v for s in self.series for v in s.values)

    def legend_entries(self) -> list[tuple[str, int]]:
        """Series names (when there are several) and the extra entries."""
        entries = [(s.name, s.fill) for s in self.series] if len(self.series) > 1 else []
        return entries + list(self.legend)

    def describe(self) -> str:
        """The chart in words, for screen readers: "Phone: 12, 10; Walk-in: …"."""
        parts = []
        for number, label in enumerate(self.labels):
            values = ", ".join(self.value_text(s.values[number]) for s in self.series)
            parts.append(f"{label}: {values}")
        names = " / ".join(s.name for s in self.series if s.name)
        return (f"{names}. " if names else "") + "; ".join(parts)


__all__ = ["MISSING", "ChartData", "Kind", "Series"]
