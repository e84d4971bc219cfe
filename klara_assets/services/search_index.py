"""Keeping the asset search index current: fold the rows changed since the last pass into the index.

Search results are exact without it (pending rows are matched on their live columns); this only keeps
them fast. The desktop calls it on the worker after its first page is shown and after each change.
"""

from __future__ import annotations

from klara_assets.domain.errors import DatabaseProblem
from klara_assets.persistence import asset_search
from klara_assets.services.context import ServiceContext


def refresh_search_index(ctx: ServiceContext) -> int:
    """Index the pending rows (SQLite; PostgreSQL triggers keep it current). Returns how many were indexed.

    A read-only database cannot be reindexed: searching still works, through the slower live match.
    """
    if asset_search.pending_count() == 0:
        return 0
    try:
        with ctx.transaction():
            return asset_search.reindex_pending()
    except DatabaseProblem as exc:
        if exc.code == "db_read_only":
            return 0
        raise
