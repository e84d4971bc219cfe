"""The window's daily automatic backup: today's copy of the SQLite file in a `backups` folder beside it.

Keeps the number of daily copies the settings ask for (`backup_keep`). A PostgreSQL database is not
copied here (its server's dumps are the backup); the function then returns None.
"""

from __future__ import annotations

from pathlib import Path

from klara_assets.persistence.database import is_postgres_url
from klara_assets.services.backups import auto_backup
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings


def backup_folder(url: str) -> Path:
    """Where the automatic backups of the SQLite database at `url` go."""
    return Path(url.removeprefix("file:").split("?")[0]).expanduser().resolve().parent / "backups"


def daily_backup(ctx: ServiceContext) -> Path | None:
    """Today's automatic backup if none exists yet (older ones rotated); None when nothing was written."""
    if is_postgres_url(ctx.url):
        return None
    with ctx.transaction():
        keep = load_settings().backup_keep
    return auto_backup(ctx.url, backup_folder(ctx.url), keep, ctx.now())
