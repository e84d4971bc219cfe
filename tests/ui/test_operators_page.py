"""The operators page: the accounts with their roles, adding one, refusals under their field, roles,
password reset, deactivation (confirmed) and the last administrator kept."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from klara_assets.domain.permissions import Role
from klara_assets.persistence.models import Operator as OperatorRow
from klara_assets.services import operators
from tests.helpers import snapshot
from ui.context import UiContext
from ui.dialogs.operator_dialog import OperatorDialog
from ui.pages.operators_page import OperatorsPage


@pytest.fixture
def staffed(ui: UiContext) -> UiContext:
    operators.add_operator(ui.services, "boss", "Élise Boss", ["administrator"], "boss-password")
    operators.add_operator(ui.services, "tom", "Tom Tech", ["technician"], "tom-password")
    return ui


def _page(qtbot: Any, ui: UiContext) -> OperatorsPage:
    page = OperatorsPage(ui)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def _select(page: OperatorsPage, login: str) -> None:
    page.table.selectRow(page.model.row_of(login))


def _dialog(page: OperatorsPage) -> OperatorDialog:
    assert isinstance(page.dialog, OperatorDialog) and page.dialog.isVisible()
    return page.dialog


def test_lists_accounts_with_translated_roles(qtbot: Any, qtmodeltester: Any, staffed: UiContext) -> None:
    page = _page(qtbot, staffed)
    qtmodeltester.check(page.model)
    shown = [[page.model.index(r, c).data() for c in range(4)] for r in range(page.model.rowCount())]
    assert shown == [["boss", "Élise Boss", "Administrator", "Active"], ["tom", "Tom Tech", "Technician", "Active"]]
    assert page.count.text() == "2 operator account(s)"
    assert not page.roles_button.isEnabled()


def test_empty_list_says_what_to_do(qtbot: Any, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    assert "add an administrator first" in page.count.text()


def test_add_an_operator_with_refusals_under_their_fields(qtbot: Any, staffed: UiContext) -> None:
    page = _page(qtbot, staffed)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(page)
    dialog.name.setText("Anaïs Sécu")  # QTest types ASCII only
    qtbot.keyClicks(dialog.login, "anais")
    dialog.role_boxes[Role.SECURITY_OFFICER].setChecked(True)
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.again, "short")
    before = snapshot()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "password" in dialog.errors.visible_messages())
    assert "8" in dialog.errors.visible_messages()["password"]
    assert snapshot() == before
    for field in (dialog.password, dialog.again):
        field.setText("a long enough password")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of("anais") >= 0)
    assert page.model.rows[page.model.row_of("anais")].roles == ("security_officer",)


def test_mismatched_passwords_are_refused_before_asking_the_service(qtbot: Any, staffed: UiContext) -> None:
    page = _page(qtbot, staffed)
    _select(page, "tom")
    qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page)
    qtbot.keyClicks(dialog.password, "first version 1")
    qtbot.keyClicks(dialog.again, "second version 2")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.errors.visible_messages() == {"password": "The two passwords differ."}
    dialog.again.setText("first version 1")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert operators.login(staffed.services, "tom", "first version 1").login == "tom"


def test_roles_and_the_last_administrator(qtbot: Any, staffed: UiContext) -> None:
    page = _page(qtbot, staffed)
    _select(page, "boss")
    qtbot.mouseClick(page.roles_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(page)
    assert dialog.role_boxes[Role.ADMINISTRATOR].isChecked()
    dialog.role_boxes[Role.ADMINISTRATOR].setChecked(False)
    dialog.role_boxes[Role.AUDITOR].setChecked(True)
    before = snapshot()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "roles" in dialog.errors.visible_messages())
    assert "last active administrator" in dialog.errors.visible_messages()["roles"]
    assert snapshot() == before


def test_deactivate_is_confirmed_then_reactivate(qtbot: Any, staffed: UiContext) -> None:
    page = _page(qtbot, staffed)
    _select(page, "tom")
    staffed.dialogs.confirm_answer = False  # type: ignore[attr-defined]
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert staffed.dialogs.shown[-1][:2] == ("confirm", "Deactivate tom?")  # type: ignore[attr-defined]
    assert OperatorRow.get(OperatorRow.login == "tom").active
    staffed.dialogs.confirm_answer = True  # type: ignore[attr-defined]
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.index(page.model.row_of("tom"), 3).data() == "Deactivated")
    assert page.active_button.text() == "&Reactivate"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.index(page.model.row_of("tom"), 3).data() == "Active")
