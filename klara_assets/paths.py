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


APP_NAME, APP_AUTHOR = "klara-assets", "Klara"
_XDG = {  # platformdirs' rule on Linux: the variable when it holds an absolute path, else the default
    "data": ("XDG_DATA_HOME", "~/.local/share"),
    "state": ("XDG_STATE_HOME", "~/.local/state"),
    "cache": ("XDG_CACHE_HOME", "~/.cache"),
}


def user_folder(kind: str) -> Path:
    """This user's `data`, `state`, `log` or `cache` folder of the application, as platformdirs names it.

    On Linux, under an absolute (or no) HOME, the XDG rule platformdirs applies is applied here: importing
    platformdirs cost the window's start-up about 3 ms (issue 18). Elsewhere platformdirs answers."""
    home = os.environ.get("HOME")
    linux = sys.platform.startswith("linux") and "ANDROID_DATA" not in os.environ
    plain = linux and (home is None or os.path.isabs(home))
    if not plain:
        import platformdirs

        return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, APP_AUTHOR))
    variable, fallback = _XDG["state" if kind == "log" else kind]
    base = os.environ.get(variable, "")
    folder = Path(base if os.path.isabs(base) else os.path.expanduser(fallback)) / APP_NAME
    return folder / "log" if kind == "log" else folder


def default_database() -> str:
    """`KLARA_ASSETS_DB`, else `klara-assets.sqlite3` in the user data folder: the default of both the command
    line and the window (the window's start-up must not import the command line's areas, issue 18)."""
    return os.environ.get("KLARA_ASSETS_DB") or str(user_folder("data") / "klara-assets.sqlite3")
