"""The application's per-user folders (data, state, log, cache) are the ones platformdirs names, though on
Linux they are worked out without importing it (issue 18): a user's database must never move."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from klara_assets import paths

ENVIRONMENTS = [
    {},  # the defaults under HOME
    {"XDG_DATA_HOME": "/srv/data", "XDG_STATE_HOME": "/srv/state", "XDG_CACHE_HOME": "/srv/cache"},
    {"XDG_DATA_HOME": "relative/data", "XDG_STATE_HOME": "", "XDG_CACHE_HOME": "~/cache"},  # not absolute: ignored
    {"HOME": None},  # no HOME: the password database's home directory
    {"HOME": "relative-home"},  # platformdirs' own rule for that case (it is asked)
    {"ANDROID_DATA": "/data", "ANDROID_ROOT": "/system"},
]


@pytest.mark.parametrize("environment", ENVIRONMENTS)
@pytest.mark.parametrize("kind", ["data", "state", "log", "cache"])
def test_each_folder_is_platformdirs_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, environment: dict[str, str | None], kind: str
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "ANDROID_DATA", "ANDROID_ROOT"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value)
    expected = getattr(platformdirs, f"user_{kind}_dir")(paths.APP_NAME, paths.APP_AUTHOR)
    assert paths.user_folder(kind) == Path(expected)


def test_the_default_database_lies_in_the_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KLARA_ASSETS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert paths.default_database() == str(tmp_path / "klara-assets" / "klara-assets.sqlite3")
    monkeypatch.setenv("KLARA_ASSETS_DB", "/elsewhere/k.sqlite3")
    assert paths.default_database() == "/elsewhere/k.sqlite3"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the rule worked out here is Linux's")
def test_the_window_finds_its_folders_without_platformdirs() -> None:
    import subprocess

    code = "import sys; from klara_assets import paths; paths.user_folder('log'); print('platformdirs' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
