"""The settings page: refusals next to their field with nothing saved, save and reload, live tag example,
unsaved-changes tracking with Save (Ctrl+S) and Revert, the logo chosen through the dialogs service.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from klara_assets.services.settings import load_settings
from tests.helpers import snapshot
from ui.context import UiContext
from ui.pages.settings_page import SettingsPage


def _page(qtbot: Any, ui: UiContext) -> SettingsPage:
    page = SettingsPage(ui)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def _type(qtbot: Any, page: SettingsPage, name: str, text: str) -> None:
    field = page.form.texts[name]
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_invalid_siret_is_refused_next_to_the_field_and_nothing_saved(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    before = snapshot()
    _type(qtbot, page, "organisation_name", "Acme")
    _type(qtbot, page, "siret", "73282932000075")  # wrong check digit
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    label = page.form.errors.label("siret")
    qtbot.waitUntil(lambda: not label.isHidden())
    assert "SIRET is not valid" in label.text()
    assert page.form.texts["siret"].hasFocus()
    assert snapshot() == before
    assert page.save_button.isEnabled() and page.status.text() == "Unsaved changes"


def test_officer_email_refusal_is_shown_under_that_email(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    _type(qtbot, page, "dpo_email", "dpo at acme")
    qtbot.keyClick(page.form.texts["dpo_email"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    label = page.form.errors.label("dpo_email")
    qtbot.waitUntil(lambda: not label.isHidden())
    assert "e-mail address is not valid" in label.text()
    assert page.form.errors.visible_messages().keys() == {"dpo_email"}


def test_saved_values_come_back_on_a_new_page(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    assert not page.save_button.isEnabled()
    _type(qtbot, page, "organisation_name", "Acme Conseil")
    _type(qtbot, page, "siret", "732 829 320 00074")
    _type(qtbot, page, "tag_prefix", "acme-")
    page.form.tag_width.setValue(4)
    page.form.language.setCurrentIndex(page.form.language.findData("en"))
    page.form.encrypted["desktop"].setChecked(True)
    page.form.eol["laptop"].setValue(4)
    assert page.status.text() == "Unsaved changes"
    qtbot.keyClick(page.form.texts["siret"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.status.text() == "Saved.")
    assert not page.save_button.isEnabled()
    stored = load_settings()
    assert (stored.organisation_name, stored.siret, stored.tag_prefix, stored.tag_width) == (
        "Acme Conseil",
        "73282932000074",
        "ACME-",
        4,
    )
    again = _page(qtbot, ui)
    assert again.form.texts["organisation_name"].text() == "Acme Conseil"
    assert again.form.texts["siret"].text() == "73282932000074"
    assert again.form.language.currentData() == "en"
    assert again.form.encrypted["desktop"].isChecked() and again.form.eol["laptop"].value() == 4
    assert "ACME-0123" in again.form.tag_example.text()


def test_tag_example_follows_the_prefix_and_width_as_typed(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    assert "KLA-000123" in page.form.tag_example.text()
    _type(qtbot, page, "tag_prefix", "pc-")
    assert "PC-000123" in page.form.tag_example.text()
    page.form.tag_width.setFocus()
    qtbot.keyClick(page.form.tag_width, Qt.Key.Key_Down)
    assert "PC-00123" in page.form.tag_example.text()


def test_revert_puts_the_stored_values_back(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    _type(qtbot, page, "legal_name", "Wrong SAS")
    assert page.revert_button.isEnabled()
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form.texts["legal_name"].text() == "")
    assert not page.save_button.isEnabled() and page.status.text() == ""


def test_logo_is_chosen_through_the_dialogs_and_its_path_stored(qtbot: Any, ui: UiContext, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png(8, 4))
    ui.dialogs.open_path = str(logo)  # type: ignore[attr-defined]
    page = _page(qtbot, ui)
    qtbot.mouseClick(page.form.logo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form.logo_name.text() == "logo.png")
    assert page.form.logo_preview.pixmap() is not None and not page.form.logo_preview.pixmap().isNull()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() == "Saved.")
    assert load_settings().logo_path == str(logo)


def test_database_in_use_is_shown_read_only(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    assert page.form.database.text() == f"SQLite {ui.services.url}"


def _png(width: int, height: int) -> bytes:
    """A small valid PNG (grey pixels), without any imaging library."""
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
