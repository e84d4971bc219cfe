"""Tables of the end-of-life screens: candidates, outgoing devices, partners, batches, a batch's devices
and the certificate register (read-only rows the pages fill from queries run on the worker)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from klara_assets.domain.disposal import RECYCLING_SCHEMES, Certification, batch_kind_for, certification_problem
from klara_assets.domain.enums import BatchKind, PartnerKind
from klara_assets.persistence.eol_queries import OutgoingDevice
from klara_assets.services.batch_items import BatchItemRow, BatchRow
from klara_assets.services.certificates import CertificateRow
from klara_assets.services.end_of_life import EolCandidate
from klara_assets.services.partners import PartnerRow
from ui.models.rows_model import Column, RowsTableModel
from ui.widgets.display import category_name, format_date, format_number, status_name
from ui.widgets.eol_names import (
    batch_kind_name,
    batch_status_name,
    certificate_kind_name,
    eol_name,
    outcome_name,
    partner_kind_name,
)

RED, AMBER = "#c53030", "#b7791f"
EXPIRING_DAYS = 60


def certification_colour(cert: Certification, today: date) -> str | None:
    """Red once expired, amber within 60 days of its end, None while comfortably valid."""
    left = (cert.valid_until - today).days
    if left < 0:
        return RED
    return AMBER if left <= EXPIRING_DAYS else None


class CandidatesModel(RowsTableModel[EolCandidate]):
    def make_columns(self) -> list[Column[EolCandidate]]:
        return [
            Column(self.tr("Tag"), lambda r: r.tag),
            Column(self.tr("Category"), lambda r: category_name(r.category)),
            Column(self.tr("Model"), lambda r: f"{r.manufacturer} {r.model}".strip()),
            Column(self.tr("Status"), lambda r: status_name(r.status)),
            Column(self.tr("Age"), self._age, numeric=True),
            Column(self.tr("Why"), self._why, colour=lambda r: RED if "condition_broken" in r.reasons else None),
            Column(self.tr("Holder"), lambda r: r.holder_name or ""),
        ]

    def _age(self, row: EolCandidate) -> str:
        if row.age_years is None:
            return ""
        age = QLocale().toString(row.age_years, "f", 1)
        return self.tr("%1 / %2 years").replace("%1", age).replace("%2", str(row.lifetime_years))

    def _why(self, row: EolCandidate) -> str:
        names = {
            "past_lifetime": self.tr("past its lifetime"),
            "condition_poor": self.tr("poor condition"),
            "condition_broken": self.tr("broken"),
        }
        return ", ".join(names.get(reason, reason) for reason in row.reasons)


class OutgoingModel(RowsTableModel[OutgoingDevice]):
    def make_columns(self) -> list[Column[OutgoingDevice]]:
        return [
            Column(self.tr("Tag"), lambda r: r.tag),
            Column(self.tr("Category"), lambda r: category_name(r.category)),
            Column(self.tr("Model"), lambda r: f"{r.manufacturer} {r.model}".strip()),
            Column(self.tr("Status"), lambda r: status_name(r.status)),
            Column(self.tr("Sanitized"), self._sanitized, colour=self._missing),
            Column(self.tr("Batch"), lambda r: r.batch or ""),
        ]

    def _sanitized(self, row: OutgoingDevice) -> str:
        if row.storage_kind == "none":
            return self.tr("no storage")
        if row.sanitized_at is None:
            return self.tr("not yet")
        method = eol_name(row.sanitization_method or "")
        return self.tr("%1 (%2)").replace("%1", format_date(row.sanitized_at)).replace("%2", method)

    def _missing(self, row: OutgoingDevice) -> str | None:
        return AMBER if row.storage_kind != "none" and row.sanitized_at is None else None


class PartnersModel(RowsTableModel[PartnerRow]):
    def __init__(self, today: date, parent: object = None):
        self.today = today
        super().__init__(parent)

    def make_columns(self) -> list[Column[PartnerRow]]:
        return [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Kind"), lambda r: partner_kind_name(r.kind)),
            Column(self.tr("SIRET"), lambda r: r.siret),
            Column(self.tr("Certifications"), self._certs, tooltip=self._certs, colour=self._standing),
        ]

    def _certs(self, row: PartnerRow) -> str:
        if not row.certifications:
            return self.tr("none")
        text = self.tr("%1 until %2")
        return "; ".join(
            text.replace("%1", c.scheme.value).replace("%2", format_date(c.valid_until)) for c in row.certifications
        )

    def _standing(self, row: PartnerRow) -> str | None:
        """Red when the batch guard would refuse the partner today (the same domain rule), amber when the
        certification it relies on ends within 60 days, None otherwise."""
        kind = batch_kind_for(PartnerKind(row.kind))
        if certification_problem(row.name, kind, row.certifications, row.social_economy, self.today):
            return RED
        counted = [
            c
            for c in row.certifications
            if c.valid_until >= self.today and (kind == BatchKind.REFURBISHMENT or c.scheme in RECYCLING_SCHEMES)
        ]
        if counted and all(certification_colour(c, self.today) == AMBER for c in counted):
            return AMBER
        return None


class CertificationsModel(RowsTableModel[Certification]):
    def __init__(self, today: date, parent: object = None):
        self.today = today
        super().__init__(parent)

    def make_columns(self) -> list[Column[Certification]]:
        colour = lambda c: certification_colour(c, self.today)  # noqa: E731
        return [
            Column(self.tr("Scheme"), lambda c: c.scheme.value),
            Column(self.tr("Number"), lambda c: c.number),
            Column(self.tr("Valid until"), lambda c: format_date(c.valid_until), colour=colour),
        ]


class BatchesModel(RowsTableModel[BatchRow]):
    def make_columns(self) -> list[Column[BatchRow]]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Kind"), lambda r: batch_kind_name(r.kind)),
            Column(self.tr("Partner"), lambda r: r.partner),
            Column(self.tr("Status"), lambda r: batch_status_name(r.status)),
            Column(self.tr("Devices"), lambda r: str(r.devices), numeric=True),
            Column(self.tr("Pickup"), lambda r: format_date(r.pickup_date)),
        ]


class BatchItemsModel(RowsTableModel[BatchItemRow]):
    def make_columns(self) -> list[Column[BatchItemRow]]:
        return [
            Column(self.tr("Tag"), lambda r: r.tag),
            Column(self.tr("Category"), lambda r: category_name(r.category)),
            Column(self.tr("Model"), lambda r: f"{r.manufacturer} {r.model}".strip()),
            Column(self.tr("Serial"), lambda r: r.serial or ""),
            Column(self.tr("Status"), lambda r: status_name(r.status)),
            Column(self.tr("Outcome"), lambda r: outcome_name(r.outcome) if r.outcome else ""),
            Column(self.tr("kg"), lambda r: format_number(r.weight_kg, 2), numeric=True),
        ]


class CertificatesModel(RowsTableModel[CertificateRow]):
    def make_columns(self) -> list[Column[CertificateRow]]:
        return [
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Kind"), lambda r: certificate_kind_name(r.kind)),
            Column(self.tr("Issued"), lambda r: format_date(r.issued_at)),
            Column(self.tr("Batch / device"), lambda r: r.batch or r.asset or ""),
            Column(self.tr("Signed"), lambda r: self.tr("yes") if r.signed else ""),
            Column(self.tr("State"), self._state, tooltip=lambda r: r.revoked_reason, colour=self._colour),
        ]

    def _state(self, row: CertificateRow) -> str:
        if row.revoked_at is not None:
            return self.tr("revoked on %1").replace("%1", format_date(row.revoked_at))
        if row.supersedes:
            return self.tr("in force (replaces %1)").replace("%1", row.supersedes)
        return self.tr("in force")

    def _colour(self, row: CertificateRow) -> str | None:
        return RED if row.revoked_at is not None else None
