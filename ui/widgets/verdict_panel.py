"""`VerdictPanel`: the answer to "is this certificate file genuine?" in large type (VALID, ALTERED,
REVOKED, UNKNOWN) with the number, kind and date it names and the reason, coloured by verdict."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from klara_assets.services.certificates import CertificateVerification
from ui.widgets.display import format_date
from ui.widgets.eol_names import certificate_kind_name

COLOURS = {"VALID": "#2f855a", "ALTERED": "#c53030", "REVOKED": "#c05621", "UNKNOWN": "#4a5568"}


class VerdictPanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verdict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict_word")
        self.verdict.setWordWrap(True)  # the big verdict must not widen the pane and hide the table's columns
        self.details = QLabel()
        self.details.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(self.verdict)
        column.addWidget(self.details)
        self.hide()

    def words(self) -> dict[str, str]:
        return {
            "VALID": self.tr("VALID: genuine and in force"),
            "ALTERED": self.tr("ALTERED: this file is not the issued certificate"),
            "REVOKED": self.tr("REVOKED: this certificate is no longer in force"),
            "UNKNOWN": self.tr("UNKNOWN: not a certificate of this register"),
        }

    def show_result(self, result: CertificateVerification, file_name: str) -> None:
        key = result.result.value
        colour = COLOURS[key]
        self.setStyleSheet(f"#verdict {{ border: 2px solid {colour}; border-radius: 6px; }}")
        self.verdict.setStyleSheet(f"color: {colour}; font-size: 16pt; font-weight: bold;")
        self.verdict.setText(self.words()[key])
        lines = [self.tr("File: %1").replace("%1", file_name)]
        if result.number:
            lines.append(self.tr("Number: %1").replace("%1", result.number))
        if result.kind:
            lines.append(self.tr("Kind: %1").replace("%1", certificate_kind_name(result.kind)))
        if result.issued_at:
            lines.append(self.tr("Issued on: %1").replace("%1", format_date(result.issued_at)))
        lines.append(result.message)
        self.details.setText("\n".join(lines))
        self.show()

    def result_word(self) -> str:
        """VALID / ALTERED / REVOKED / UNKNOWN as shown (for tests and screen readers)."""
        return self.verdict.text().split(":")[0]
