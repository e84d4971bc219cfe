"""One shipped icon set tinted for the palette, and the Help menu: the task guide in both languages and a
keyboard-shortcut list read from the window's own actions (issue 14 §9, §10)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence, QPalette

import main
from klara_assets.paths import resource_path
from ui import i18n, icons
from ui.context import UiContext
from ui.help import GuideDialog, ShortcutsDialog, collect_shortcuts
from ui.main_window import MainWindow
from ui.theme import dark_palette, light_palette


def test_every_page_has_an_icon_of_the_shipped_set() -> None:
    assert {spec.page_id for spec in main.PAGES} <= set(icons.PAGE_ICONS)
    for name in icons.PAGE_ICONS.values():
        assert icons.has_icon(name), name
    assert resource_path("icons", "lucide", "LICENSE").is_file()
    assert resource_path("icons", "klara-assets-256.png").is_file()


def _ink(palette: QPalette) -> int:
    """The darkest (or lightest) drawn pixel's lightness of the people icon in `palette`."""
    image = icons.icon("users", palette).pixmap(32, 32).toImage()
    seen = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    drawn = [c for c in seen if c.alpha() > 200]
    assert drawn, "nothing drawn"
    return sum(c.lightness() for c in drawn) // len(drawn)


def test_icons_are_tinted_for_the_palette(qapp: Any) -> None:
    assert _ink(light_palette()) < 100 < 160 < _ink(dark_palette())


def test_the_sidebar_shows_the_set_and_follows_the_palette(qtbot: Any, ui: UiContext, qapp: Any) -> None:
    window = MainWindow(ui, main.build_pages(ui))
    qtbot.addWidget(window)
    assert all(not window.sidebar.item(i).icon().isNull() for i in range(window.sidebar.count()))
    before = window.sidebar.item(4).icon().pixmap(24, 24).toImage()
    saved = qapp.palette()
    try:
        qapp.setPalette(dark_palette() if saved.window().color().lightness() > 128 else light_palette())
        qtbot.waitUntil(lambda: window.sidebar.item(4).icon().pixmap(24, 24).toImage() != before)
    finally:
        qapp.setPalette(saved)


def test_shortcuts_dialog_lists_the_real_shortcuts(qtbot: Any, ui: UiContext) -> None:
    window = MainWindow(ui, main.build_pages(ui))
    qtbot.addWidget(window)
    found = {(s.task, s.keys) for s in collect_shortcuts(window)}
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty() and action.text() and action.menu() is None:
            assert any(keys == action.shortcut().toString(native) for _task, keys in found), action.text()
    assert ("Retire", "Ctrl+R") in found  # an end-of-life page shortcut, page not shown yet
    assert ("Check out", "Ctrl+Shift+O") in found  # an asset action
    assert ("Keyboard shortcuts", "Ctrl+/") in found
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(dialog.shortcuts) > 20


def test_help_menu_has_the_guide_and_the_shortcuts(qtbot: Any, ui: UiContext) -> None:
    window = MainWindow(ui, [])
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    names = [a.objectName() for a in help_menu.actions()]  # type: ignore[attr-defined]
    assert names[:2] == ["help_guide", "help_shortcuts"]


def test_help_menu_speaks_french(qtbot: Any, ui: UiContext, qapp: Any) -> None:
    translators = i18n.install_translators(qapp, "fr")
    try:
        window = MainWindow(ui, [])
        qtbot.addWidget(window)
        help_menu = window.menuBar().actions()[-1].menu()
        texts = [a.text() for a in help_menu.actions()][:2]  # type: ignore[attr-defined]
        assert texts == ["&Guide des tâches", "&Raccourcis clavier"]
        dialog = ShortcutsDialog(window)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Raccourcis clavier"
    finally:
        i18n.remove_translators(qapp, translators)


def test_the_guide_is_offline_in_both_languages(qtbot: Any) -> None:
    for language, words in (("fr", "Restituez d’abord l’appareil"), ("en", "Check the device in first")):
        dialog = GuideDialog(language)
        qtbot.addWidget(dialog)
        text = dialog.browser.toPlainText()
        assert words in text and "Ctrl+/" in text
    dialog = GuideDialog("de")  # no guide in that language: the English one
    qtbot.addWidget(dialog)
    assert "task guide" in dialog.browser.toPlainText()


def _fresh_icon(name: str, palette: QPalette) -> Any:
    icons._icon.cache_clear()  # a new engine, as at the next start
    return icons.icon(name, palette)


def test_a_rendered_icon_is_read_back_from_the_cache_at_the_next_start(
    qapp: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    """Issue 18: the next start reads the PNG kept on disk; QtSvg is not asked again."""
    monkeypatch.setattr(icons, "cache_folder", lambda: tmp_path / "icons")
    rendered = _fresh_icon("users", light_palette()).pixmap(24, 24).toImage()
    kept = sorted(p.name for p in (tmp_path / "icons").iterdir())
    assert len(kept) == 1 and kept[0].startswith("users-") and kept[0].endswith("-n-24@1.png"), kept

    def no_svg(*_args: Any) -> Any:
        raise AssertionError("rendered again")

    renderer = icons._SvgEngine._renderer
    monkeypatch.setattr(icons._SvgEngine, "_renderer", no_svg)
    assert _fresh_icon("users", light_palette()).pixmap(24, 24).toImage() == rendered
    monkeypatch.setattr(icons._SvgEngine, "_renderer", renderer)
    assert _fresh_icon("users", dark_palette()).pixmap(24, 24).toImage() != rendered  # another tint, another file
    assert len(list((tmp_path / "icons").iterdir())) == 2


def test_a_damaged_or_unwritable_cache_is_rendered_again(qapp: Any, tmp_path: Any, monkeypatch: Any) -> None:
    folder = tmp_path / "icons"
    monkeypatch.setattr(icons, "cache_folder", lambda: folder)
    good = _fresh_icon("users", light_palette()).pixmap(24, 24).toImage()
    (kept,) = folder.iterdir()
    kept.write_bytes(b"\x89PNG truncated")
    assert _fresh_icon("users", light_palette()).pixmap(24, 24).toImage() == good
    assert kept.read_bytes().startswith(b"\x89PNG\r\n")  # written again, whole
    kept.write_bytes(b"")  # an empty file: unreadable
    assert _fresh_icon("users", light_palette()).pixmap(24, 24).toImage() == good
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setattr(icons, "cache_folder", lambda: blocked / "icons")
    assert _fresh_icon("users", light_palette()).pixmap(24, 24).toImage() == good  # no cache, still drawn
    assert blocked.read_text() == "a file where the folder would be"
    icons._icon.cache_clear()
