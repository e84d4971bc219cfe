"""Tables of the compliance page: counts per category (with a share bar painted by `ShareBarDelegate`),
exposed devices in people's hands, and open loans (overdue, or held by people who left).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from klara_assets.persistence.compliance import CategoryCompliance, ExposedDevice
from klara_assets.persistence.custody_queries import Loan
from ui.models.rows_model import RAW_ROLE, Column, RowsTableModel
from ui.widgets.asset_vocabulary import encryption_name
from ui.widgets.display import category_name, format_date

BAR_COLOURS = {
    "encrypted": "#2f855a",
    "stale": "#d69e2e",
    "partial": "#dd6b20",
    "none": "#c53030",
    "unknown": "#a0aec0",
}
BAR_COLUMN = 7


class CategoryComplianceModel(RowsTableModel[CategoryCompliance]):
    def make_columns(self) -> list[Column[CategoryCompliance]]:
        yes, no = self.tr("Required"), self.tr("Not required")
        return [
            Column(self.tr("Category"), lambda c: category_name(c.category)),
            Column(self.tr("Policy"), lambda c: yes if c.required else no),
            Column(self.tr("Encrypted"), lambda c: str(c.encrypted), numeric=True),
            Column(self.tr("Stale check"), lambda c: str(c.stale), numeric=True),
            Column(self.tr("Partial"), lambda c: str(c.partial), numeric=True),
            Column(self.tr("None"), lambda c: str(c.none), numeric=True),
            Column(self.tr("Unknown"), lambda c: str(c.unknown), numeric=True),
            Column(self.tr("Share encrypted"), lambda c: f"{c.compliant_share:.0%}", numeric=True),
        ]


class ShareBarDelegate(QStyledItemDelegate):
    """One stacked bar per category: encrypted, stale, partial, none, unknown, with the share as text."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        row = index.data(RAW_ROLE)
        if not isinstance(row, CategoryCompliance) or row.total == 0:
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect.adjusted(4, 5, -48, -5)
        painter.save()
        x = float(rect.left())
        for bucket, colour in BAR_COLOURS.items():
            width = rect.width() * getattr(row, bucket) / row.total
            painter.fillRect(int(x), rect.top(), max(0, round(width)), rect.height(), QColor(colour))
            x += width
        painter.restore()
        text_rect = option.rect.adjusted(option.rect.width() - 44, 0, -4, 0)
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{row.compliant_share:.0%}"
        )


class ExposedDevicesModel(RowsTableModel[ExposedDevice]):
    def make_columns(self) -> list[Column[ExposedDevice]]:
        return [
            Column(self.tr("Tag"), lambda d: d.tag),
            Column(self.tr("Category"), lambda d: category_name(d.category)),
            Column(self.tr("Model"), lambda d: f"{d.manufacturer} {d.model}".strip(), tooltip=lambda d: d.serial or ""),
            Column(self.tr("Holder"), lambda d: d.holder_name, tooltip=lambda d: d.holder_email),
            Column(self.tr("Encryption"), self._state, colour=lambda d: "#c53030" if d.required else None),
            Column(self.tr("Last checked"), lambda d: format_date(d.checked_at)),
        ]

    def _state(self, device: ExposedDevice) -> str:
        if device.bucket == "stale":
            return self.tr("Encrypted, check too old")
        return encryption_name(device.encryption_state)


class LoansModel(RowsTableModel[Loan]):
    def __init__(self, today: date, parent: Any = None):
        self.today = today
        super().__init__(parent)

    def make_columns(self) -> list[Column[Loan]]:
        return [
            Column(self.tr("Tag"), lambda loan: loan.tag),
            Column(self.tr("Model"), lambda loan: f"{loan.manufacturer} {loan.model}".strip()),
            Column(self.tr("Holder"), lambda loan: loan.person_name, tooltip=lambda loan: loan.person_email),
            Column(self.tr("Left on"), lambda loan: format_date(loan.left_on)),
            Column(self.tr("Due back"), lambda loan: format_date(loan.due_back)),
            Column(
                self.tr("Days overdue"),
                self._overdue,
                numeric=True,
                colour=lambda loan: "#c53030" if loan.days_overdue(self.today) else None,
            ),
        ]

    def _overdue(self, loan: Loan) -> str:
        days = loan.days_overdue(self.today)
        return str(days) if days else ""
