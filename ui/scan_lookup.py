"""What the scan station shows for one scanned code, gathered on the worker in one call.

`lookup(payload)` resolves the code (`scanning.resolve`), reads the matching asset's detail, the open
audits (to offer "add to the audit") and, for a lost or stolen device, its open incident (to offer
"Found"). Plain data: the page only displays it.
"""

from __future__ import annotations

from dataclasses import dataclass

from klara_assets.domain.enums import AssetStatus
from klara_assets.domain.lifecycle import Action, allowed_actions, is_missing
from klara_assets.domain.scan_payload import ScanKind, ScanResult
from klara_assets.persistence import audit_queries, incident_queries, queries
from klara_assets.persistence.audit_queries import AuditListRow
from klara_assets.persistence.incident_queries import IncidentRow
from klara_assets.persistence.queries import AssetDetail
from klara_assets.persistence.scan_queries import resolve
from klara_assets.services.found import LOSS_KINDS


@dataclass(frozen=True)
class ScanCard:
    result: ScanResult
    detail: AssetDetail | None
    open_audits: tuple[AuditListRow, ...]
    incident: IncidentRow | None = None  # the open loss incident of a lost or stolen device ("Found")

    @property
    def asset_found(self) -> bool:
        return self.detail is not None and self.result.kind is not ScanKind.CERTIFICATE

    def can(self, action: Action) -> bool:
        """Whether the asset's status allows `action` (the service still checks the guards)."""
        if not self.asset_found or self.detail is None:
            return False
        return action in allowed_actions(AssetStatus(self.detail.status))


def lookup(payload: str | bytes) -> ScanCard:
    result = resolve(payload)
    detail = queries.asset_detail(result.tag) if result.tag else None
    return ScanCard(result, detail, tuple(audit_queries.audits(open_only=True, limit=20)), missing_incident(detail))


def missing_incident(detail: AssetDetail | None) -> IncidentRow | None:
    """The open lost/stolen incident of a device the lifecycle calls missing, or None."""
    if detail is None or not is_missing(AssetStatus(detail.status)):
        return None
    rows = incident_queries.incidents(open_only=True, tag=detail.tag)
    return next((row for row in rows if row.kind in LOSS_KINDS), None)


def lookup_image(path: str) -> list[ScanCard]:
    """Every code found in an image file, resolved; an image without a code gives an empty list."""
    return lookup_codes(image_codes(path))


def image_codes(path: str) -> list[str]:
    """The codes an image file holds (decoding only, no database: for the rendering pool)."""
    from klara_assets.scanning import decode_image

    return decode_image(path)


def lookup_codes(codes: list[str]) -> list[ScanCard]:
    """Each code resolved (on the database worker)."""
    return [lookup(code) for code in codes]
