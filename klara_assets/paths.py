"""Where the program's own files are: `resources/` and `db/migrations/`, in a checkout or an installed wheel;
and where the user's database is by default (`default_database`).

In a checkout they sit beside the package; an installed wheel carries them as `klara_assets._resources`
and `klara_assets._migrations` (see pyproject's package-dir mapping); the PyInstaller bundle
(`packaging/klara-assets.spec`) lays them out as in a checkout under its `_internal` folder (`sys._MEIPASS`).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib import util
from pathlib import Path

FROZEN = bool(getattr(sys, "frozen", False))
_ROOT = Path(getattr(sys, "_MEIPASS", "")) if FROZEN else Path(__file__).resolve().parent.parent


@cache  # looked up once: the window asks for a resource's path about thirty times before its first paint
def _installed(package: str) -> Path | None:
    spec = util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def resources_dir() -> Path:
    if FROZEN:
        return _ROOT / "resources"
    return _installed("klara_assets._resources") or _ROOT / "resources"


def migrations_dir() -> Path:
    if FROZEN:
        return _ROOT / "db" / "migrations"
    return _installed("klara_assets._migrations") or _ROOT / "db" / "migrations"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_database() -> str:
    """`KLARA_ASSETS_DB`, else `klara-assets.sqlite3` in the user data folder: the default of both the command
    line and the window (the window's start-up must not import the command line's areas, issue 18)."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("klara-assets", "Klara"))
    return os.environ.get("KLARA_ASSETS_DB") or str(folder / "klara-assets.sqlite3")
