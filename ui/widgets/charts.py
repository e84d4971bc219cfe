"""Small QtCharts builders shared by the dashboard and the environment page: a pie and a bar chart view.

Each view keeps its chart and series so a page can refill them without rebuilding the widget; a click on
a slice or a bar reports the key behind it (a status, a category) so the page can open a filtered list.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

PALETTE = ("#2b6cb0", "#2f855a", "#b7791f", "#6b46c1", "#c53030", "#2c7a7b", "#718096", "#d53f8c", "#4a5568")


def whole_step(top: float, most: int = 6) -> int:
    """The tick interval of a value axis from 0 to `top`: a whole 1, 2 or 5 × 10ⁿ, at most `most` steps, so
    ticks are whole numbers and never repeat (0 0 1 1 once came from a 0.2 step printed as integers)."""
    scale = 1
    while True:
        for base in (1, 2, 5):
            if top <= base * scale * most:
                return base * scale
        scale *= 10


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


class PieChartView(QChartView):
    """A donut of (key, label, value, colour) slices; `slice_clicked(key)`."""

    slice_clicked = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(_chart(title), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(300)
        self.series = QPieSeries()
        self.series.setHoleSize(0.45)
        self.chart().addSeries(self.series)
        self.keys: list[str] = []

    def set_slices(self, slices: Sequence[tuple[str, str, float, str | None]]) -> None:
        self.series.clear()
        self.keys = []
        for index, (key, label, value, colour) in enumerate(slices):
            if value <= 0:
                continue
            piece = self.series.append(label, value)
            piece.setColor(QColor(colour or PALETTE[index % len(PALETTE)]))
            piece.clicked.connect(lambda k=key: self.slice_clicked.emit(k))
            self.keys.append(key)

    def slice_labels(self) -> list[str]:
        return [s.label() for s in self.series.slices()]

    def click_slice(self, index: int) -> None:
        """What a mouse click on slice `index` does (tests and keyboard users)."""
        piece: QPieSlice = self.series.slices()[index]
        piece.clicked.emit()


class BarChartView(QChartView):
    """Grouped bars: one set per (name, values) over the category labels; `bar_clicked(key)`.

    Horizontal bars (the default) keep long category names readable in French."""

    bar_clicked = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None, unit: str = "", horizontal: bool = True):
        super().__init__(_chart(title), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.unit = unit
        self.keys: list[str] = []
        self.series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        self.chart().addSeries(self.series)
        self.axis_x = QBarCategoryAxis()
        self.axis_y = QValueAxis()
        self.axis_y.setLabelFormat("%.0f")
        self.axis_y.setTitleText(unit)
        categories, values = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        if not horizontal:
            categories, values = values, categories
        self.chart().addAxis(self.axis_x, categories)
        self.chart().addAxis(self.axis_y, values)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.axis_x)
        self.series.attachAxis(self.axis_y)
        self.series.clicked.connect(lambda index, _set: self._clicked(index))

    def set_bars(self, keys: Sequence[str], labels: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]]) -> None:
        self.series.clear()
        self.keys = list(keys)
        self.axis_x.clear()
        self.axis_x.append(list(labels))
        top = 0.0
        for index, (name, values) in enumerate(sets):
            bar = QBarSet(name)
            bar.setColor(QColor(PALETTE[index % len(PALETTE)]))
            bar.append([float(v) for v in values])
            self.series.append(bar)
            top = max([top, *values])
        step = whole_step(top * 1.05)
        self.axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        self.axis_y.setTickAnchor(0)
        self.axis_y.setTickInterval(step)
        self.axis_y.setRange(0, step * max(1, math.ceil(top * 1.05 / step)))
        self.chart().legend().setVisible(bool(sets))  # what the bars count, even for one set

    def tick_labels(self) -> list[str]:
        """The value axis' tick labels, as drawn."""
        low, high, step = self.axis_y.min(), self.axis_y.max(), self.axis_y.tickInterval()
        return [f"{low + i * step:.0f}" for i in range(round((high - low) / step) + 1)]  # labelFormat "%.0f"

    def values(self, set_index: int = 0) -> list[float]:
        bar = self.series.barSets()[set_index]
        return [bar.at(i) for i in range(bar.count())]

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self.keys):
            self.bar_clicked.emit(self.keys[index])
