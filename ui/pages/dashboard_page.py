"""The dashboard, first page of the window: cards and charts over the whole fleet, each opening its list.

All figures come from one read (`services.dashboard.load_dashboard`) on the worker, refreshed when a
service reports a change. A card or a chart slice asks the window for the matching filtered page:
`show_page_requested(page_id, criteria)`; areas whose page is not in the window fall back to the assets
list with the closest filter.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import ChangeKind, Changes
from ui import read_only
from ui.context import UiContext
from ui.models.incident_deadlines_table import IncidentDeadlinesModel
from ui.pages.base import Page
from ui.theme import STATUS_COLOURS
from ui.widgets.charts import BarChartView, PieChartView
from ui.widgets.display import category_name, status_name
from ui.widgets.identity_banner import IdentityBanner
from ui.widgets.stat_card import StatCard, number

if TYPE_CHECKING:
    from klara_assets.persistence.dashboard import Dashboard

NOT_ENCRYPTED = ["none", "partial", "unknown"]


def _load(ctx: Any) -> Dashboard:
    """On the worker: the figures. The queries' modules load there too, while the window shows (issue 18)."""
    from klara_assets.services.dashboard import load_dashboard

    return load_dashboard(ctx)


def _active() -> list[str]:
    from klara_assets.persistence.dashboard import ACTIVE

    return list(ACTIVE)


class DashboardPage(Page):
    page_id = "dashboard"
    refresh_on = frozenset(ChangeKind)  # every kind
    usable_before_data = True  # cards and charts are laid out at once; the counts fill them from the worker

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.figures: Dashboard | None = None
        self.page_ids: set[str] = set()  # the pages the window has (set by main.build_pages)
        self.cards: dict[str, StatCard] = {}
        self._refresh = QTimer(self, singleShot=True, interval=300)
        self._refresh.timeout.connect(self.reload)
        self._layout()
        read_only.editing(self.ui, *self.start_buttons.values())

    def title(self) -> str:
        return self.tr("Dashboard")

    def _layout(self) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        self.heading = QLabel(self.tr("Loading…"))
        self.heading.setObjectName("dashboard_heading")
        column.addWidget(self.heading)
        self.identity_banner = IdentityBanner(self.ui)  # until the first start's identity is complete
        column.addWidget(self.identity_banner)
        column.addWidget(self._getting_started())
        grid = QGridLayout()
        for index, (key, caption) in enumerate(self._card_captions()):
            card = StatCard(caption, f"card_{key}")
            card.clicked.connect(lambda k=key: self.open_card(k))
            self.cards[key] = card
            grid.addWidget(card, index // 4, index % 4)
        column.addLayout(grid)
        column.addLayout(self._charts())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll)

    def _getting_started(self) -> QFrame:
        """Shown while the database holds no device: what to do first, with the buttons that do it."""
        self.start_box = QFrame()
        self.start_box.setObjectName("getting_started")
        self.start_box.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(self.tr("No device yet. Register the first one, or import your inventory from a spreadsheet."))
        text.setWordWrap(True)
        self.start_buttons = {
            "add": QPushButton(self.tr("Add a device…")),
            "import": QPushButton(self.tr("Import a file…")),
        }
        self.start_buttons["add"].clicked.connect(self.add_device)
        self.start_buttons["import"].clicked.connect(self.open_import)
        row = QHBoxLayout(self.start_box)
        row.addWidget(text, 1)
        for button in self.start_buttons.values():
            row.addWidget(button)
        self.start_box.hide()
        return self.start_box

    def add_device(self) -> None:
        from klara_assets.persistence import queries
        from ui.dialogs.asset_form import AssetForm

        self.ui.run(queries.location_places, lambda places: AssetForm(self.ui, None, places, self).open())

    def open_import(self) -> None:
        from ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.ui, self).open()

    def _card_captions(self) -> list[tuple[str, str]]:
        return [
            ("active", self.tr("Devices in service")),
            ("encryption", self.tr("Encryption compliance")),
            ("incidents", self.tr("Open incidents")),
            ("overdue", self.tr("Overdue returns")),
            ("to_collect", self.tr("Devices to collect from people who left")),
            ("warranty", self.tr("Warranties ending within 60 days")),
            ("eol", self.tr("End-of-life candidates")),
            ("past_lifetime", self.tr("Devices past their expected lifetime")),
        ]

    def _charts(self) -> QGridLayout:
        grid = QGridLayout()
        self.status_chart = PieChartView(self.tr("Devices by status"))
        self.status_chart.slice_clicked.connect(lambda s: self.show_assets({"status": s}))
        self.category_chart = BarChartView(self.tr("Devices in service by category"))
        self.category_chart.bar_clicked.connect(lambda c: self.show_assets({"status": _active(), "category": c}))
        self.age_chart = BarChartView(self.tr("Average age against expected lifetime"), unit=self.tr("years"))
        self.age_chart.bar_clicked.connect(lambda c: self.show_assets({"status": _active(), "category": c}))
        self.incidents = IncidentDeadlinesModel(self)
        self.incident_table = QTableView()
        self.incident_table.setObjectName("incident_deadlines")
        self.incident_table.setModel(self.incidents)
        self.incident_table.verticalHeader().hide()
        self.incident_table.setWordWrap(False)
        header = self.incident_table.horizontalHeader()  # a short list (at most 20 rows): fit the contents
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.incident_table.setMinimumHeight(260)
        self.incident_table.doubleClicked.connect(self._open_incident)
        incidents_box = QVBoxLayout()
        incidents_box.addWidget(QLabel(self.tr("Open incidents and their 72-hour deadlines")))
        incidents_box.addWidget(self.incident_table)
        grid.addWidget(self.status_chart, 0, 0)
        grid.addWidget(self.category_chart, 0, 1)
        grid.addWidget(self.age_chart, 1, 0)
        grid.addLayout(incidents_box, 1, 1)
        return grid

    # --- loading ---------------------------------------------------------------------------------
    def first_load(self) -> None:
        self.identity_banner.refresh()
        self.reload(first=True)

    def reload(self, first: bool = False) -> None:
        self.ui.call(_load, on_done=partial(self._show, first=first), on_error=partial(self._failed, first=first))

    def _failed(self, exc: BaseException, first: bool) -> None:
        self.heading.setText(self.tr("The dashboard could not be loaded."))
        if first:
            self.loaded.emit()
        self.ui.show_error(exc)

    def refresh(self, changes: Changes) -> None:
        self._refresh.start()

    def _show(self, figures: Dashboard, first: bool) -> None:
        self.figures = figures
        self.heading.setText(self.tr("%n device(s) recorded", "", figures.total))
        self.start_box.setVisible(figures.total == 0)
        self._fill_cards(figures)
        self._fill_charts(figures)
        self.incidents.set_rows(figures.incidents)
        if first:
            self.loaded.emit()

    def _fill_cards(self, d: Dashboard) -> None:
        lang = self.ui.language
        active = sum(d.by_category.values())
        past = sum(line.past_lifetime for line in d.ages)
        self.cards["active"].show_value(number(active, 0, lang), self.tr("%n in total", "", d.total))
        share = "—" if d.encryption_share is None else f"{d.encryption_share * 100:.0f} %"
        missing, partial = d.encryption_missing, d.encryption_partial
        parts = [self.tr("%n device(s) not encrypted", "", missing - partial)] if missing > partial else []
        if partial:
            parts.append(self.tr("%n partly encrypted", "", partial))
        if d.encryption_stale:
            parts.append(self.tr("%n to re-check", "", d.encryption_stale))
        if not d.encryption_required:
            parts = [self.tr("No device the policy covers yet")]
        detail = " · ".join(parts or [self.tr("%n device(s) not encrypted", "", 0)])
        self.cards["encryption"].show_value(share, detail, missing > 0 or d.encryption_stale > 0)
        urgent = self.tr("%n under 24 hours", "", d.urgent_incidents)
        self.cards["incidents"].show_value(number(d.open_incidents, 0, lang), urgent, d.urgent_incidents > 0)
        self.cards["overdue"].show_value(number(d.overdue_returns, 0, lang), "", d.overdue_returns > 0)
        self.cards["to_collect"].show_value(number(d.to_collect, 0, lang), "", d.to_collect > 0)
        self.cards["warranty"].show_value(number(d.warranties_ending, 0, lang))
        self.cards["eol"].show_value(number(d.eol_candidates, 0, lang))
        self.cards["past_lifetime"].show_value(number(past, 0, lang))

    def _fill_charts(self, d: Dashboard) -> None:
        order = list(STATUS_COLOURS)
        statuses = sorted(d.by_status, key=lambda s: order.index(s) if s in order else len(order))
        self.status_chart.set_slices(
            [(s, f"{status_name(s)} ({d.by_status[s]})", d.by_status[s], STATUS_COLOURS.get(s)) for s in statuses]
        )
        categories = list(d.by_category)
        names = [category_name(c) for c in categories]
        self.category_chart.set_bars(categories, names, [(self.tr("Devices"), [d.by_category[c] for c in categories])])
        ages = [line for line in d.ages if line.average_age_years is not None]
        self.age_chart.set_bars(
            [line.category for line in ages],
            [category_name(line.category) for line in ages],
            [
                (self.tr("Average age"), [line.average_age_years or 0.0 for line in ages]),
                (self.tr("Expected lifetime"), [line.lifetime_years for line in ages]),
            ],
        )

    # --- where the cards lead --------------------------------------------------------------------
    def open_card(self, key: str) -> None:
        """Open the list behind a card: the area's own page when the window has it, else the assets list."""
        active = _active()
        pages: dict[str, tuple[str, dict[str, Any]]] = {
            "encryption": ("compliance", {}),
            "incidents": ("incidents", {"open": True}),
            "overdue": ("compliance", {}),
            "eol": ("end_of_life", {}),
        }
        if key in pages and pages[key][0] in self.page_ids:
            page_id, criteria = pages[key]
            self.ui.events.show_page_requested.emit(page_id, criteria)
            return
        if key in ("overdue", "to_collect"):
            state = "to_collect" if key == "to_collect" else "active"
            self.ui.events.show_page_requested.emit("people", {"state": state})
            return
        fallback: dict[str, dict[str, Any]] = {
            "encryption": {"status": active, "encryption": NOT_ENCRYPTED},
            "incidents": {"status": ["lost", "stolen"]},
            "eol": {"status": active},
        }
        self.show_assets(fallback.get(key, {"status": active}))

    def show_assets(self, criteria: dict[str, Any]) -> None:
        self.ui.events.show_page_requested.emit("assets", criteria)

    def _open_incident(self, index: Any) -> None:
        row = self.incidents.row_at(index.row())
        if row is not None and "incidents" in self.page_ids:
            self.ui.events.show_page_requested.emit("incidents", {"open": True, "number": row.number})
        elif row is not None:
            self.ui.events.open_asset_requested.emit(row.tag)
            self.show_assets({"text": row.tag})
