"""The wheel carries every package: a new sub-package missing from pyproject would vanish from installs."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("klara_assets", "ui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    mapped = config["tool"]["setuptools"]["package-dir"]
    assert mapped == {"klara_assets._migrations": "db/migrations", "klara_assets._resources": "resources"}
