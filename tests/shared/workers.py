"""Work run in separate processes by the shared-mode tests (each opens its own connection, as a seat would)."""

from __future__ import annotations

from typing import Any

from klara_assets.domain.errors import KlaraError
from klara_assets.persistence.database import open_database
from klara_assets.services import custody, inventory
from klara_assets.services.context import ServiceContext


def migrate(url: str, barrier: Any) -> str:
    barrier.wait()
    db = open_database(url)
    db.close()
    return "ok"


def check_out_all(url: str, seat: int, attempts: list[tuple[str, str]], barrier: Any, results: Any) -> None:
    """One seat: check out each (tag, email) in turn, as soon as every seat is ready."""
    db = open_database(url)
    ctx = ServiceContext(db=db, url=url, actor=f"seat-{seat}")
    barrier.wait()
    for tag, email in attempts:
        try:
            custody.check_out(ctx, [tag], email)
            results.put((seat, tag, "ok", ""))
        except KlaraError as exc:
            results.put((seat, tag, exc.code, exc.message))
    db.close()


def edit_notes(url: str, seat: int, version: int, barrier: Any, results: Any) -> None:
    """One seat edits the asset from the copy it read (version `version`)."""
    db = open_database(url)
    ctx = ServiceContext(db=db, url=url, actor=f"seat-{seat}")
    barrier.wait()
    try:
        inventory.edit_asset(ctx, "KLA-000001", expected_version=version, notes=f"written by seat {seat}")
        results.put((seat, "ok", ""))
    except KlaraError as exc:
        results.put((seat, exc.code, exc.message))
    db.close()
