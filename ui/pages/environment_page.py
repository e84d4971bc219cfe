"""The environment page: the year's environmental report (SPEC §7) with charts, its method and sources,
and exports to PDF and CSV.

The figures come from `services.reports.environment_report` on the worker; the PDF and CSV are made and
written on the worker too (`save_document`). Criteria: `{"year": 2025}` shows that year.
"""

from __future__ import annotations

import tempfile
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from klara_assets.documents.environment_text import TEXT
from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.domain.environment import EnvironmentReport
from klara_assets.services.reports import environment_report, write_environment_report
from ui.context import UiContext
from ui.pages.base import Page
from ui.widgets.charts import BarChartView
from ui.widgets.display import category_name, format_date
from ui.widgets.save_document import save_document
from ui.widgets.stat_card import StatCard, number


def report_bytes(report: EnvironmentReport, suffix: str, lang: str) -> bytes:
    """The report as PDF or CSV bytes (made on the worker)."""
    with tempfile.TemporaryDirectory() as folder:
        return write_environment_report(report, Path(folder) / f"report.{suffix}", lang).read_bytes()


class EnvironmentPage(Page):
    page_id = "environment"
    refresh_on = frozenset({ChangeKind.ASSET, ChangeKind.SETTING, ChangeKind.BATCH})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.report: EnvironmentReport | None = None
        self.year = QSpinBox()
        self.year.setObjectName("year")
        this_year = ui.services.now().year
        self.year.setRange(1990, this_year)
        self.year.setValue(this_year)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.year.valueChanged.connect(lambda _v: self._debounce.start())
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.export("pdf")).setWhatsThis(self.pdf_button.text())
        self.cards: dict[str, StatCard] = {}
        self._layout()

    def title(self) -> str:
        return self.tr("Environment")

    def _layout(self) -> None:
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Year:"))
        label.setBuddy(self.year)
        self.as_of = QLabel("")
        for widget in (label, self.year, self.as_of):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.csv_button)
        cards = QGridLayout()
        for index, (key, caption) in enumerate(self._captions()):
            card = StatCard(caption, f"env_{key}", clickable=False)
            self.cards[key] = card
            cards.addWidget(card, index // 3, index % 3)
        self.embodied_chart = BarChartView(self.tr("Embodied emissions of the active fleet"), unit=self.tr("kg CO2e"))
        self.eol_chart = BarChartView(self.tr("End of life during the year"), unit=self.tr("devices"))
        charts = QHBoxLayout()
        charts.addWidget(self.embodied_chart)
        charts.addWidget(self.eol_chart)
        self.method = QLabel("")
        self.method.setObjectName("method")
        self.method.setWordWrap(True)
        self.method.setTextFormat(Qt.TextFormat.RichText)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(bar)
        column.addLayout(cards)
        column.addLayout(charts)
        column.addWidget(self.method)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _captions(self) -> list[tuple[str, str]]:
        return [
            ("embodied", self.tr("kg CO2e embodied in the active fleet")),
            ("age", self.tr("Average age against expected lifetime")),
            ("reused", self.tr("Devices given a second life")),
            ("rate", self.tr("Refurbishment and reuse rate")),
            ("avoided", self.tr("kg CO2e avoided by reuse")),
            ("weee", self.tr("kg of electrical waste (WEEE) sent to recycling")),
        ]

    # --- loading ---------------------------------------------------------------------------------
    def first_load(self) -> None:
        self.reload(first=True)

    def reload(self, first: bool = False) -> None:
        ctx, year = self.ui.services, self.year.value()
        self.ui.run(
            lambda: environment_report(ctx, year), lambda r: self._show(r, first), lambda e: self._failed(e, first)
        )

    def _failed(self, exc: BaseException, first: bool) -> None:
        if first:
            self.loaded.emit()
        self.ui.show_error(exc)

    def refresh(self, changes: Changes) -> None:
        self._debounce.start()

    def _show(self, report: EnvironmentReport, first: bool) -> None:
        self.report = report
        data = report.to_json()
        self.as_of.setText(self.tr("figures as of %1").replace("%1", format_date(report.as_of)))
        self._fill_cards(data)
        self._fill_charts(data)
        self.method.setText(self._method_html(report))
        if first:
            self.loaded.emit()

    def _fill_cards(self, data: dict[str, Any]) -> None:
        lang = self.ui.language
        devices = self.tr("%n active device(s)", "", data["active_devices"])
        self.cards["embodied"].show_value(number(data["fleet_embodied_kgco2e"], 0, lang), devices)
        age, life = data["average_age_years"], data["average_lifetime_years"]
        years = self.tr("%1 / %2 years")
        self.cards["age"].show_value(
            "—" if age is None else years.replace("%1", number(age, 1, lang)).replace("%2", number(life or 0, 1, lang))
        )
        eol = self.tr("of %n device(s) at end of life", "", data["end_of_life_devices"])
        self.cards["reused"].show_value(str(data["devices_reused"]), eol)
        rate = number(data["reuse_rate"] * 100, 1, lang) + "\u202f%" if data["end_of_life_devices"] else "—"
        self.cards["rate"].show_value(rate)  # no device at end of life this year: no rate, not 0 %
        self.cards["avoided"].show_value(number(data["avoided_kgco2e"], 0, lang))
        self.cards["weee"].show_value(number(data["weee_kg"], 1, lang))

    def _fill_charts(self, data: dict[str, Any]) -> None:
        """Only the categories that have something to show, so each bar keeps room for its name."""
        fleet = [line for line in data["categories"] if line["active_devices"]]
        ended = [line for line in data["categories"] if line["end_of_life"]]
        self.embodied_chart.set_bars(
            [line["category"] for line in fleet],
            [category_name(line["category"]) for line in fleet],
            [(self.tr("kg CO2e"), [line["embodied_kgco2e"] for line in fleet])],
        )
        self.eol_chart.set_bars(
            [line["category"] for line in ended],
            [category_name(line["category"]) for line in ended],
            [
                (self.tr("Second life"), [line["reused"] for line in ended]),
                (self.tr("Recycled"), [line["recycled"] for line in ended]),
            ],
        )

    def _method_html(self, report: EnvironmentReport) -> str:
        words = TEXT["fr" if self.ui.language == "fr" else "en"]
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in words["method_text"])
        sources = "".join(f"<li>{escape(s)}</li>" for s in report.factors.sources)
        return f"<h3>{escape(words['method'])}</h3>{paragraphs}<h3>{escape(words['sources'])}</h3><ul>{sources}</ul>"

    # --- exports ---------------------------------------------------------------------------------
    def export(self, suffix: str) -> None:
        report, lang = self.report, self.ui.language
        if report is None:
            return
        title = self.tr("Save the environmental report")
        suggested = f"environmental-report-{report.year}.{suffix}"
        save_document(self.ui, title, lambda: report_bytes(report, suffix, lang), suggested, opener=self.opener)

    def opener(self, url: Any) -> object:
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(url)

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        if "year" in criteria:
            self.year.setValue(int(criteria["year"]))
