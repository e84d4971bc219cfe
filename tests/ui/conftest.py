"""Fixtures for the Qt layer: a real database, a real task runner, a fake `Dialogs` that records calls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from klara_assets.services.context import ServiceContext
from ui.context import UiContext
from ui.events import AppEvents
from ui.tasks import TaskRunner


class FakeDialogs:
    """Records what the UI would have shown; answers confirmations and file pickers from presets."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.confirm_answer = True
        self.open_path: str | None = None
        self.save_path: str | None = None
        self.parent: Any = None

    def info(self, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def error(self, title: str, text: str, details: str = "") -> None:
        self.shown.append(("error", title, text))

    def confirm(self, title: str, text: str, action: str, destructive: bool = False) -> bool:
        self.shown.append(("confirm", title, text))
        return self.confirm_answer

    def open_file(self, title: str, filters: str) -> str | None:
        return self.open_path

    def save_file(self, title: str, suggested: str, filters: str) -> str | None:
        return self.save_path

    def open_in_viewer(self, path: str) -> bool:
        self.shown.append(("open", "", path))
        return True


@pytest.fixture
def ui_state(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ui(qapp: Any, sqlite_ctx: ServiceContext, ui_state: QSettings) -> Iterator[UiContext]:
    """A UiContext over a fresh SQLite file; its database work runs on the real worker thread."""
    sqlite_ctx.db.close()
    runner, renderer = TaskRunner(), TaskRunner(workers=2, name="klara-render")
    context = UiContext(sqlite_ctx, runner, AppEvents(), FakeDialogs(), ui_state, "en", renderer)  # type: ignore[arg-type]
    yield context
    runner.drain()
    renderer.drain()
