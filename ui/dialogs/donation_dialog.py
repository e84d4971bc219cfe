"""Give a retired, sanitized device to an employee (issue 16 §5): the cost price, depreciation and net book
value are shown before anything is done; the service checks the yearly cap (its refusal, with the figures,
shows in the dialog); on success the attestation de don is offered for saving."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from klara_assets.services import donations
from klara_assets.services.donations import DonationPreview
from ui.context import UiContext
from ui.dialogs.form import FormDialog


class DonationDialog(FormDialog):
    def __init__(self, ui: UiContext, tag: str, parent: QWidget | None = None):
        super().__init__(ui, self.tr("Give %1 to an employee").replace("%1", tag), self.tr("&Give"), parent)
        self.tag = tag
        intro = QLabel(
            self.tr(
                "A gift of IT equipment to an employee is exempt up to €2,000 of cost price per employee and per "
                "year (CGI art. 81, 31° bis). The device leaves the fleet with a second life."
            )
        )
        intro.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.email = QLineEdit()
        self.email.setMinimumWidth(320)
        self.form.addRow(intro)
        self.form.addRow(self.figures)
        self.form.addRow(self.tr("Employee's &e-mail"), self.errors.wrap(self.email, "person"))
        today = ui.today()
        self.ui.run(lambda: donations.preview(today, tag), self._show_figures, self.refuse)

    def _show_figures(self, figures: DonationPreview) -> None:
        text = self.tr("Cost price %1 · depreciation %2 · net book value %3")
        for key, value in (("%1", figures.cost_price), ("%2", figures.depreciation), ("%3", figures.net_book_value)):
            text = text.replace(key, QLocale().toCurrencyString(float(value), "€"))
        self.figures.setText(text)

    def send(self) -> None:
        self.request(donations.donate, self.tag, self.email.text(), lang=self.ui.language)
