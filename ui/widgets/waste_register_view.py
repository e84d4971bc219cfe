"""The outgoing-waste register in the window (issue 16 §1): a tab of the batches page with the year, one
row per closed batch and waste code, the totals per code, and exports (CSV in Trackdéchets' layout, XLSX,
the inspector's PDF)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.waste import WasteRegister
from klara_assets.services import waste_register
from ui.context import UiContext
from ui.widgets.display import format_date, format_number
from ui.widgets.save_document import save_document


class WasteRegisterView(QWidget):
    loaded = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui
        self.register: WasteRegister | None = None
        self.year = QComboBox()
        this_year = ui.today().year
        for year in range(this_year, this_year - 6, -1):
            self.year.addItem(str(year), year)
        self.year.addItem(self.tr("All years"), None)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Shipped"),
                self.tr("Batch"),
                self.tr("Waste"),
                self.tr("Waste code"),
                self.tr("Hazardous"),
                self.tr("Tonnes"),
                self.tr("Destination"),
                self.tr("Carrier"),
                self.tr("Treatment"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.exports = {
            "csv": QPushButton(self.tr("Export CSV (Trackdéchets)…")),
            "xlsx": QPushButton(self.tr("Export XLSX…")),
            "pdf": QPushButton(self.tr("PDF for an inspector…")),
        }
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        for kind, button in self.exports.items():
            bar.addWidget(button)
            button.clicked.connect(lambda _c=False, k=kind: self.export(k))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())

    def reload(self) -> None:
        year = self.year.currentData()
        self.ui.run(lambda: waste_register.waste_register(year), self._show)

    def _show(self, register: WasteRegister) -> None:
        self.register = register
        self.table.setRowCount(len(register.lines))
        yes, no = self.tr("yes"), self.tr("no")
        for row, line in enumerate(register.lines):
            cells = [
                format_date(line.pickup_date),
                line.batch,
                line.denomination,
                line.waste_code,
                yes if line.hazardous else no,
                format_number(line.tonnes, 3),
                f"{line.destination_name} ({line.destination_siret})",
                ", ".join(x for x in (line.carrier_name, line.carrier_recepisse) if x),
                f"{line.treatment_code} {line.qualification}",
            ]
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        if register.lines:
            parts = [f"{code}: {format_number(value, 3)} t" for code, value in register.tonnes_by_code().items()]
            text = self.tr("%n line(s); total %1 t (%2)", "", len(register.lines))
            self.totals.setText(
                text.replace("%1", format_number(register.total_tonnes, 3)).replace("%2", "; ".join(parts))
            )
        else:
            self.totals.setText(self.tr("No closed batch in this period."))
        for button in self.exports.values():
            button.setEnabled(bool(register.lines))
        self.loaded.emit()

    def export(self, kind: str) -> None:
        register, lang, today = self.register, self.ui.language, self.ui.today()
        if register is None:
            return
        year = register.year or "all"
        makers = {
            "csv": lambda: waste_register.register_csv(register),
            "xlsx": lambda: waste_register.register_xlsx(register),
            "pdf": lambda: waste_register.register_pdf(register, lang, today),
        }
        save_document(self.ui, self.tr("Save the waste register"), makers[kind], f"registre-dechets-{year}.{kind}")
