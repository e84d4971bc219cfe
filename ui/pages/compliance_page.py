"""The compliance page: encryption per category (counts and a bar), the unencrypted or stale devices in
someone's hands (double-click opens the device), overdue loans and devices to collect from people who
left, and the CSV export. Everything is read on the worker and reloaded when assets or people change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.persistence import custody_queries
from klara_assets.persistence.custody_queries import Loan
from klara_assets.services import compliance
from klara_assets.services.compliance import ComplianceReport
from klara_assets.services.context import ServiceContext
from ui.context import UiContext
from ui.models.compliance_tables import (
    BAR_COLUMN,
    CategoryComplianceModel,
    ExposedDevicesModel,
    LoansModel,
    ShareBarDelegate,
)
from ui.pages.base import Page
from ui.widgets.display import category_name
from ui.widgets.save_document import save_document
from ui.widgets.tables import make_table

LIST_LIMIT = 2000


@dataclass(frozen=True)
class ComplianceData:
    report: ComplianceReport
    overdue: list[Loan]
    to_collect: list[Loan]


def load(ui: UiContext) -> ComplianceData:
    today = ui.services.now().date()
    report = compliance.compliance_report(ui.services, LIST_LIMIT)
    return ComplianceData(
        report, custody_queries.overdue_loans(today, LIST_LIMIT), custody_queries.to_collect(LIST_LIMIT)
    )


class CompliancePage(Page):
    page_id = "compliance"
    refresh_on = frozenset({ChangeKind.ASSET, ChangeKind.PERSON, ChangeKind.SETTING})

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        today: date = ui.services.now().date()
        self.policy = QLabel()
        self.policy.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.categories = CategoryComplianceModel(self)
        self.category_table = make_table(self.categories, (150, 110, 90, 120, 80, 80, 80, 220))
        self.category_table.setItemDelegateForColumn(BAR_COLUMN, ShareBarDelegate(self.category_table))
        self.exposed = ExposedDevicesModel(self)
        self.overdue = LoansModel(today, self)
        self.to_collect = LoansModel(today, self)
        self.tabs = QTabWidget()
        self.tables: list[QTableView] = []
        for model in (self.exposed, self.overdue, self.to_collect):
            table = make_table(model, (110, 160, 200, 180, 230, 110))
            table.doubleClicked.connect(lambda index, m=model: self.open_asset(m, index))
            self.tables.append(table)
        self._layout()
        self.export_button.clicked.connect(self.export_csv)

    def title(self) -> str:
        return self.tr("Compliance")

    def _layout(self) -> None:
        for table, name in zip(
            self.tables,
            (self.tr("Exposed devices in hands"), self.tr("Overdue loans"), self.tr("To collect from leavers")),
            strict=True,
        ):
            self.tabs.addTab(table, name)
        bar = QHBoxLayout()
        bar.addWidget(self.policy, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.category_table, 1)
        layout.addWidget(self.tabs, 2)

    def first_load(self) -> None:
        self.reload(first=True)

    def reload(self, first: bool = False) -> None:
        ui = self.ui
        self.ui.run(lambda: load(ui), lambda data: self._show(data, first))

    def _show(self, data: ComplianceData, first: bool) -> None:
        report = data.report
        self.policy.setText(
            self.tr("Encryption policy: %1. A check counts for %n day(s).", "", report.max_days).replace(
                "%1", ", ".join(self.categories_names(report.policy)) or self.tr("no category")
            )
        )
        self.categories.set_rows(report.categories)
        self.exposed.set_rows(report.exposed)
        self.overdue.set_rows(data.overdue)
        self.to_collect.set_rows(data.to_collect)
        counts = (len(report.exposed), len(data.overdue), len(data.to_collect))
        names = (
            self.tr("Exposed devices in hands (%1)"),
            self.tr("Overdue loans (%1)"),
            self.tr("To collect from leavers (%1)"),
        )
        for tab, (name, count) in enumerate(zip(names, counts, strict=True)):
            self.tabs.setTabText(tab, name.replace("%1", str(count)))
        if first:
            self.loaded.emit()

    @staticmethod
    def categories_names(policy: tuple[str, ...]) -> list[str]:
        return [category_name(c) for c in policy]

    def open_asset(self, model: ExposedDevicesModel | LoansModel, index: QModelIndex) -> None:
        row = model.row_at(index.row())
        if row is not None:
            self.ui.events.open_asset_requested.emit(row.tag)
            self.ui.events.show_page_requested.emit("assets", {"text": row.tag})

    def refresh(self, changes: Changes) -> None:
        self.reload()

    def export_csv(self) -> None:
        day = self.ui.services.now().date().isoformat()
        save_document(
            self.ui,
            self.tr("Export the compliance report"),
            partial(_report_csv, self.ui.services),
            f"compliance-{day}.csv",
        )


def _report_csv(ctx: ServiceContext) -> bytes:
    return compliance.compliance_csv(compliance.compliance_report(ctx))
