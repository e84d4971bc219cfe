"""Label sheets for chosen assets or the whole fleet: the organisation's name and "if found" text from settings.

Read-only: it opens no transaction and changes nothing. The PDF work is CPU-bound and runs anywhere
(a worker thread in the window, the command line).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from klara_assets.documents.labels import Label, LabelLayout, LabelSheet, get_layout, load_layouts, render_labels
from klara_assets.persistence.label_queries import LabelRow, all_label_rows, label_rows
from klara_assets.services.settings import load_settings


class SecondLine(StrEnum):
    MODEL = "model"
    SERIAL = "serial"
    NONE = "none"


def layouts() -> list[LabelLayout]:
    """Every known layout, in the order of the layouts file."""
    return list(load_layouts().values())


def _second(row: LabelRow, second: SecondLine) -> str:
    if second is SecondLine.SERIAL:
        return f"S/N {row.serial}" if row.serial else ""
    if second is SecondLine.MODEL:
        return f"{row.manufacturer} {row.model}".strip()
    return ""


def label_sheet(
    tags: Sequence[str] | None,
    *,
    layout_id: str | None = None,
    skip: int = 0,
    second: SecondLine | str = SecondLine.MODEL,
) -> LabelSheet:
    """The sheet for `tags` (None: every asset still in the fleet); the layout defaults to the settings'."""
    settings = load_settings()
    layout = get_layout(layout_id or settings.label_layout)
    rows = all_label_rows() if tags is None else label_rows(tags)
    choice = SecondLine(second)
    labels = tuple(Label(row.tag, _second(row, choice)) for row in rows)
    organisation = settings.organisation_name or settings.legal_name
    return LabelSheet(layout, labels, organisation=organisation, if_found=settings.if_found_text, skip=skip)


def sheet_pdf(sheet: LabelSheet) -> bytes:
    """The PDF of a sheet already read: no database, so it may run beside the database worker."""
    return render_labels(sheet)


def label_pdf(
    tags: Sequence[str] | None,
    *,
    layout_id: str | None = None,
    skip: int = 0,
    second: SecondLine | str = SecondLine.MODEL,
) -> bytes:
    """The label sheet PDF for `tags` (see `label_sheet`)."""
    return render_labels(label_sheet(tags, layout_id=layout_id, skip=skip, second=second))
