"""A database on a read-only medium (issue 11 §5): every editing control is disabled and says why, and stays so
when the page's own updates would enable it; reading (search, detail, labels, export) still works."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from klara_assets.persistence.database import open_database
from klara_assets.services import demo
from klara_assets.services.context import ServiceContext
from main import asset_actions
from tests.ui.conftest import FakeDialogs
from ui.context import UiContext
from ui.dialogs.asset_form import AssetForm
from ui.events import AppEvents
from ui.pages.assets_page import AssetsPage
from ui.pages.end_of_life_page import EndOfLifePage
from ui.pages.people_page import PeoplePage
from ui.pages.settings_page import SettingsPage
from ui.tasks import TaskRunner

REASON = "The database is read-only: nothing can be changed."


def _ui(tmp_path: Path, url: str) -> UiContext:
    services = ServiceContext(db=open_database(url), url=url, actor="t")
    services.db.close()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    return UiContext(services, TaskRunner(), AppEvents(), FakeDialogs(), settings, "en")  # type: ignore[arg-type]


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "klara.sqlite3"
    db = open_database(str(path))
    demo.generate(ServiceContext(db=db, url=str(path), actor="t"), assets=40)
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture(params=["read-only", "writable"])
def opened(request: Any, demo_file: Path, tmp_path: Path) -> Iterator[tuple[UiContext, bool]]:
    read_only = request.param == "read-only"
    ui = _ui(tmp_path, f"file:{demo_file}?mode=ro" if read_only else str(demo_file))
    try:
        yield ui, read_only
    finally:
        ui.runner.drain()


def _assets(qtbot: Any, ui: UiContext) -> AssetsPage:
    page = AssetsPage(ui, asset_actions())
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=15_000):
        page.activate()
    return page


def test_editing_controls_are_disabled_with_the_reason_and_stay_so(
    qtbot: Any, opened: tuple[UiContext, bool], demo_file: Path
) -> None:
    ui, read_only = opened
    before = demo_file.read_bytes()
    page = _assets(qtbot, ui)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page._selected_id is not None)
    for button in (page.new_button, page.edit_button, page.bulk_button, page.new_action):
        assert button.isEnabled() is not read_only, button.text()
        assert (button.toolTip() == REASON) is read_only
    menu = {action.key: built for action, built in zip(page.asset_actions, page._menu_actions, strict=True)}
    assert menu.pop("print_labels").isEnabled()  # printing labels changes nothing
    others = list(menu.values())
    assert others and any(action.isEnabled() for action in others) is not read_only
    page.edit_selected()  # Enter or a double click on the row
    if read_only:
        qtbot.wait(300)
        assert not page.findChildren(AssetForm)
        assert demo_file.read_bytes() == before
    else:
        qtbot.waitUntil(lambda: bool(page.findChildren(AssetForm)), timeout=10_000)


def test_other_pages_disable_what_changes_data(qtbot: Any, opened: tuple[UiContext, bool]) -> None:
    ui, read_only = opened
    people, eol, settings = PeoplePage(ui), EndOfLifePage(ui), SettingsPage(ui)
    for page in (people, eol, settings):
        qtbot.addWidget(page)
        page.show()
        page.activate()
    assert people.add_button.isEnabled() is not read_only
    assert settings.save_button.toolTip() == REASON if read_only else settings.save_button.toolTip() != REASON
    eol.buttons["retire"].setEnabled(True)  # what the page does when a candidate is selected
    assert eol.buttons["retire"].isEnabled() is not read_only
    eol.buttons["retire"].setToolTip("Select a device first.")
    assert (eol.buttons["retire"].toolTip() == REASON) is read_only
