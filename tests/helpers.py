"""Test helpers: snapshots of a database's content, to check that a refusal changed nothing."""

from __future__ import annotations

from typing import Any

from klara_assets.persistence.models import MODELS


def snapshot() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, ordered by primary key."""
    content = {}
    for model in MODELS:
        content[model._meta.table_name] = list(model.select().order_by(model._meta.primary_key).tuples())
    return content
