"""`LabelsDialog`: print QR labels for chosen devices, with a live preview of the sheet.

The user picks the layout (default: the organisation's setting), how many labels of a used sheet to skip
and the second line; every change renders the sheet again on the worker (`labels.label_pdf`) and the
preview shows it (answers to older requests are dropped). "Save as PDF…" writes the bytes on the worker;
"Print…" opens the system print dialog and prints the pages at actual size, so labels land on the sheet.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from klara_assets.documents.labels import LabelLayout, LabelSheet
from klara_assets.services import labels
from klara_assets.services.settings import load_settings
from ui.context import UiContext
from ui.state import remember
from ui.widgets.pdf_preview import PdfPreview
from ui.widgets.pdf_printing import page_images, print_images
from ui.widgets.save_document import save_document


class LabelsDialog(QDialog):
    def __init__(self, ui: UiContext, tags: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        remember(self, ui.state, type(self).__name__)
        self.ui = ui
        self.tags = tags
        self.pdf: bytes | None = None
        self._request = 0
        self.setWindowTitle(self.tr("Print labels"))
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("layout_choice")
        self.skip = QSpinBox()
        self.skip.setObjectName("skip")
        self.skip.setRange(0, 200)
        self.skip.setToolTip(self.tr("Labels already used on the first sheet are left blank"))
        self.second = QComboBox()
        self.second.setObjectName("second_line")
        for text, value in (
            (self.tr("Model"), "model"),
            (self.tr("Serial number"), "serial"),
            (self.tr("None"), "none"),
        ):
            self.second.addItem(text, value)
        self.summary = QLabel(self.tr("%n label(s)", "", len(tags)))
        self.pages = QLabel()
        self.pages.setObjectName("sheet_count")
        self.preview = PdfPreview()
        self.preview.setMinimumSize(420, 480)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._layout()
        self._connect()
        self._set_ready(False)
        self.ui.run(lambda: (labels.layouts(), load_settings().label_layout), self._layouts_loaded)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Layout:"), self.layout_choice)
        form.addRow(self.tr("S&kip the first labels:"), self.skip)
        form.addRow(self.tr("Second &line:"), self.second)
        form.addRow(self.summary, self.pages)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.resize(640, 760)

    def _connect(self) -> None:
        self.layout_choice.currentIndexChanged.connect(self._debounce.start)
        self.skip.valueChanged.connect(self._debounce.start)
        self.second.currentIndexChanged.connect(self._debounce.start)
        self._debounce.timeout.connect(self.refresh)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_sheet)
        self.buttons.rejected.connect(self.reject)

    def _layouts_loaded(self, answer: tuple[list[LabelLayout], str]) -> None:
        layouts, default = answer
        self.layout_choice.blockSignals(True)
        for layout in layouts:
            self.layout_choice.addItem(f"{layout.name} ({layout.paper}, {layout.per_page}/page)", layout.id)
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(default)))
        self.layout_choice.blockSignals(False)
        self.refresh()

    def options(self) -> tuple[str, int, str]:
        return str(self.layout_choice.currentData()), self.skip.value(), str(self.second.currentData())

    def refresh(self) -> None:
        """Render the sheet again on the worker; only the latest request is shown."""
        self._request += 1
        request, tags = self._request, list(self.tags)
        layout_id, skip, second = self.options()
        self._set_ready(False)
        self.pages.setText(self.tr("Preparing the preview…"))
        read = partial(labels.label_sheet, tags, layout_id=layout_id, skip=skip, second=second)
        self.ui.run(read, partial(self._render, request))  # the database worker reads the rows

    def _render(self, request: int, sheet: LabelSheet) -> None:
        """The rendering pool draws the sheet: a search meanwhile is answered at once."""
        if request == self._request:
            self.ui.render(partial(labels.sheet_pdf, sheet), partial(self._rendered, request))

    def _rendered(self, request: int, pdf: bytes) -> None:
        if request != self._request:
            return
        self.pdf = pdf
        self.preview.set_pdf(pdf)
        self.pages.setText(self.tr("%n sheet(s)", "", self.preview.page_count()))
        self._set_ready(True)

    def _set_ready(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def save(self) -> None:
        pdf = self.pdf
        if pdf is not None:
            save_document(self.ui, self.tr("Save the labels"), lambda: pdf, self.tr("labels") + ".pdf")

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # origin at the paper's corner: the label positions are absolute
        printer.setDocName(self.tr("Labels"))
        if self.preview.page_count():  # the paper of the layout (A4, Letter, a roll's label) as the default
            printer.setPageSize(QPageSize(self.preview.document.pagePointSize(0), QPageSize.Unit.Point))
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted or self.pdf is None:
            return
        self.send_to(printer)

    def send_to(self, printer: QPrinter) -> None:
        """Render the pages at the printer's resolution on the worker, then paint them at actual size."""
        pdf, dpi = self.pdf or b"", printer.resolution()
        self._set_ready(False)

        def printed(images: list[QImage]) -> None:
            print_images(images, printer)
            self._set_ready(True)

        self.ui.render(partial(page_images, pdf, dpi), printed)
