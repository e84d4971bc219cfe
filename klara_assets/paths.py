"""Where the program's own files are: `resources/` and `db/migrations/`, in a checkout or an installed wheel.

In a checkout they sit beside the package; an installed wheel carries them as `klara_assets._resources`
and `klara_assets._migrations` (see pyproject's package-dir mapping).
"""

from __future__ import annotations

from importlib import util
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent


def _installed(package: str) -> Path | None:
    spec = util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def resources_dir() -> Path:
    return _installed("klara_assets._resources") or _ROOT / "resources"


def migrations_dir() -> Path:
    return _installed("klara_assets._migrations") or _ROOT / "db" / "migrations"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
