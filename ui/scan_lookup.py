"""What the scan station shows for one scanned code, gathered on the worker in one call.

`lookup(payload)` resolves the code (`scanning.resolve`), reads the matching asset's detail and the open
audits (to offer "add to the audit"). Plain data: the page only displays it.
"""

from __future__ import annotations

from dataclasses import dataclass

from klara_assets.domain.enums import AssetStatus
from klara_assets.domain.lifecycle import Action, allowed_actions
from klara_assets.persistence import audit_queries, queries
from klara_assets.persistence.audit_queries import AuditListRow
from klara_assets.persistence.queries import AssetDetail
from klara_assets.scanning import ScanKind, ScanResult, resolve


@dataclass(frozen=True)
class ScanCard:
    result: ScanResult
    detail: AssetDetail | None
    open_audits: tuple[AuditListRow, ...]

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
    return ScanCard(result, detail, tuple(audit_queries.audits(open_only=True, limit=20)))


def lookup_image(path: str) -> list[ScanCard]:
    """Every code found in an image file, resolved; an image without a code gives an empty list."""
    from klara_assets.scanning import decode_image

    return [lookup(code) for code in decode_image(path)]
