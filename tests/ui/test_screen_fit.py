"""Every dialog and page fits a 1366×768 screen (less a 40 px taskbar), in French and English, with
nothing cut; dialogs remember their size and grow with content loaded after they opened."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.exceptions import TimeoutError

import ui.dialogs as dialog_package
import ui.state as window_state
from klara_assets.services import demo
from ui import i18n
from ui.context import UiContext
from ui.state import MAIN_GEOMETRY, geometry_key

from .dialog_catalog import catalog, problems

SCREEN = QRect(0, 0, 1366, 768 - 40)  # the available geometry of a 1366×768 laptop with its taskbar


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """The offscreen platform has one fixed screen: windows are given the laptop's available area."""
    monkeypatch.setattr(window_state, "available", lambda _widget: QRect(SCREEN))
    return SCREEN


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    translators = i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.remove_translators(qapp, translators)


def _settle(qtbot: Any, ui: UiContext) -> None:
    qtbot.waitUntil(lambda: not ui.runner.busy, timeout=20_000)
    qtbot.wait(30)  # the zero-timers that grow a dialog after its content changed


def _problems(qtbot: Any, widget: QWidget, screen: QRect) -> list[str]:
    """The problems left once the window system has applied the last resize (it may arrive a little later)."""
    try:
        qtbot.waitUntil(lambda: not problems(widget, screen), timeout=2_000)
    except TimeoutError:
        return problems(widget, screen)
    return []


def _open(qtbot: Any, ui: UiContext, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot, ui)


def test_every_dialog_fits_the_screen_with_nothing_cut(
    qtbot: Any, ui: UiContext, small_screen: QRect, language: str
) -> None:
    demo.generate(ui.services, assets=120)
    found: dict[str, list[str]] = {}
    for name, make in catalog(ui):
        dialog = make()
        _open(qtbot, ui, dialog)
        if issues := _problems(qtbot, dialog, small_screen):
            found[name] = issues
        dialog.close()
    assert found == {}


def test_the_checker_sees_a_dialog_taller_than_the_screen(qtbot: Any, ui: UiContext, small_screen: QRect) -> None:
    """The certificate preview used to open 860 px tall: the check must catch such a window."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(760, 860)
    dialog.show()
    assert any("exceeds" in issue for issue in problems(dialog, small_screen))


def test_every_dialog_class_is_in_the_catalog(ui: UiContext) -> None:
    demo.generate(ui.services, assets=120)
    names = {name.split("-")[0] for name, _make in catalog(ui)}
    modules = [
        importlib.import_module(f"ui.dialogs.{info.name}") for info in pkgutil.iter_modules(dialog_package.__path__)
    ]
    bases = {"FormDialog", "_ServiceDialog"}
    classes = {
        cls.__name__
        for module in modules
        for cls in vars(module).values()
        if inspect.isclass(cls) and issubclass(cls, QDialog) and cls.__module__ == module.__name__
    }
    assert classes - bases - names == set()


def test_a_dialog_reopens_at_the_size_it_was_left(qtbot: Any, ui: UiContext, small_screen: QRect) -> None:
    from ui.dialogs.location_dialog import LocationDialog

    first = LocationDialog(ui, None)
    _open(qtbot, ui, first)
    first.resize(700, 320)
    first.close()
    assert geometry_key("LocationDialog").get(ui.state) is not None
    again = LocationDialog(ui, None)
    _open(qtbot, ui, again)
    assert again.size() == QSize(700, 320)


def test_a_size_saved_on_a_bigger_screen_is_brought_back_on_screen(
    qtbot: Any, ui: UiContext, small_screen: QRect
) -> None:
    from ui.dialogs.labels_dialog import LabelsDialog

    big = LabelsDialog(ui, [])
    _open(qtbot, ui, big)
    big.setGeometry(600, 200, 1500, 1000)  # as left on a 1920×1200 monitor
    big.close()
    again = LabelsDialog(ui, [])
    _open(qtbot, ui, again)
    assert _problems(qtbot, again, small_screen) == []
    assert again.height() < 1000


def test_content_loaded_after_opening_grows_the_dialog(qtbot: Any, ui: UiContext, small_screen: QRect) -> None:
    """The check-out dialog learns its device lines and the encryption warning from the worker."""
    from klara_assets.persistence.models import Asset
    from klara_assets.services import inventory
    from ui.dialogs.checkout_dialog import CheckoutDialog

    for serial in ("SN-A", "SN-B", "SN-C"):
        inventory.register_asset(ui.services, category="laptop", manufacturer="Dell", model="Latitude", serial=serial)
    tags = [row.tag for row in Asset.select(Asset.tag).order_by(Asset.tag)]
    dialog = CheckoutDialog(ui, tags)
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.height()
    _settle(qtbot, ui)
    assert dialog.policy.isVisible()  # unencrypted laptops: the override box
    assert dialog.height() > before
    assert _problems(qtbot, dialog, small_screen) == []


def test_the_main_window_starts_on_screen(qtbot: Any, ui: UiContext, small_screen: QRect) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(ui, [])
    qtbot.addWidget(window)
    assert window.width() <= SCREEN.width() and window.height() <= SCREEN.height()
    window.setGeometry(300, 300, 1900, 1100)
    window.close()
    assert MAIN_GEOMETRY.get(ui.state) is not None
    again = MainWindow(ui, [])
    qtbot.addWidget(again)
    assert SCREEN.contains(again.geometry())


@pytest.mark.parametrize("filled", [True, False], ids=["demo", "empty"])
def test_every_page_shows_its_labels_and_headers_whole(
    qtbot: Any, ui: UiContext, small_screen: QRect, language: str, filled: bool
) -> None:
    from main import build_pages
    from ui.main_window import MainWindow

    if filled:
        demo.generate(ui.services, assets=120)
    window = MainWindow(ui, build_pages(ui))
    qtbot.addWidget(window)
    window.show()
    found: dict[str, list[str]] = {}
    for row, page in enumerate(window.pages):
        window.sidebar.setCurrentRow(row)
        _settle(qtbot, ui)
        shown = getattr(page, "page", page)
        if issues := _problems(qtbot, shown, small_screen):
            found[page.page_id] = issues
    assert found == {}


@pytest.mark.parametrize("saved", ["not a geometry", QByteArray(b"\x00garbage"), 42])
def test_a_damaged_saved_size_is_ignored(qtbot: Any, ui: UiContext, small_screen: QRect, saved: object) -> None:
    from ui.dialogs.location_dialog import LocationDialog

    ui.state.setValue("dialogs/LocationDialog/geometry", saved)
    dialog = LocationDialog(ui, None)
    _open(qtbot, ui, dialog)
    assert dialog.isVisible() and _problems(qtbot, dialog, small_screen) == []


def test_a_dialog_left_on_a_monitor_since_unplugged_opens_on_screen(
    qtbot: Any, ui: UiContext, small_screen: QRect
) -> None:
    from ui.dialogs.location_dialog import LocationDialog

    first = LocationDialog(ui, None)
    _open(qtbot, ui, first)
    first.move(3000, 1500)  # on the right-hand monitor
    first.close()
    again = LocationDialog(ui, None)
    _open(qtbot, ui, again)
    assert small_screen.contains(again.geometry())
