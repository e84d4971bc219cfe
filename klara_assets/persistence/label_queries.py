"""Rows for label sheets: tag, make, model and serial of chosen assets, in the order asked, in one query."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from klara_assets.domain.enums import FINAL_STATUSES
from klara_assets.domain.errors import NotFound
from klara_assets.persistence.lookups import rows
from klara_assets.persistence.models import Asset


@dataclass(frozen=True)
class LabelRow:
    tag: str
    manufacturer: str
    model: str
    serial: str | None


def _query() -> Any:
    return Asset.select(Asset.tag, Asset.manufacturer, Asset.model, Asset.serial)


def label_rows(tags: Sequence[str]) -> list[LabelRow]:
    """The assets of `tags` (any case, repeats kept), in that order; unknown tags are refused together."""
    wanted = [tag.strip().upper() for tag in tags]
    found: dict[str, LabelRow] = {}
    unique = list(dict.fromkeys(wanted))
    for start in range(0, len(unique), 900):
        chunk = unique[start : start + 900]
        found.update((row[0], LabelRow(*row)) for row in rows(_query().where(Asset.tag.in_(chunk))))
    unknown = [tag for tag in unique if tag not in found]
    if unknown:
        listed = ", ".join(unknown[:10]) + (f" and {len(unknown) - 10} more" if len(unknown) > 10 else "")
        raise NotFound(f"No asset has the tag {listed}.", code="asset_not_found", field="tags", tags=unknown)
    return [found[tag] for tag in wanted]


def all_label_rows() -> list[LabelRow]:
    """Every asset still in the fleet (not refurbished, recycled or written off), by tag."""
    finals = [status.value for status in FINAL_STATUSES]
    query = _query().where(Asset.status.not_in(finals)).order_by(Asset.tag)
    return [LabelRow(*row) for row in rows(query)]
