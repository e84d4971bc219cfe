"""Lazy refresh (issue 15 §4): a page names the change kinds that concern it; hidden, it only marks itself
stale and reloads when shown; on screen it reloads at once. The To do page still counts for its badge."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from klara_assets.domain.changes import ChangeKind, Changes
from klara_assets.services import custody, inventory
from ui.connection_watch import everything
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.pages.assets_page import AssetsPage
from ui.pages.operators_page import OperatorsPage
from ui.pages.people_page import PeoplePage
from ui.pages.todo_page import TodoPage


def _window(qtbot: Any, ui: UiContext, *pages: Any) -> MainWindow:
    window = MainWindow(ui, list(pages))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _emails(page: PeoplePage) -> set[str]:
    return {row.email for row in page.model.rows}


def test_a_hidden_page_reloads_when_shown_not_before(qtbot: Any, ui: UiContext) -> None:
    inventory.add_person(ui.services, "Zoé Kovács", "zoe@klara.fr")
    people, operators = PeoplePage(ui), OperatorsPage(ui)
    window = _window(qtbot, ui, people, operators)
    qtbot.waitUntil(lambda: _emails(people) == {"zoe@klara.fr"}, timeout=5000)
    window.sidebar.setCurrentRow(1)  # the operators page on screen (no people there), the people page hidden
    qtbot.waitUntil(lambda: not ui.runner.busy, timeout=5000)
    ui.events.publish(inventory.add_person(ui.services, "Paul Martin", "paul@klara.fr"))
    assert people.stale and not ui.runner.busy  # nothing was asked of the worker for the hidden page
    qtbot.wait(50)
    assert _emails(people) == {"zoe@klara.fr"}
    window.sidebar.setCurrentRow(0)
    qtbot.waitUntil(lambda: _emails(people) == {"zoe@klara.fr", "paul@klara.fr"}, timeout=5000)
    assert not people.stale


def test_a_shown_page_reloads_at_once_and_ignores_other_kinds(qtbot: Any, ui: UiContext) -> None:
    people = PeoplePage(ui)
    _window(qtbot, ui, people)
    qtbot.waitUntil(lambda: not ui.runner.busy, timeout=5000)
    ui.events.publish(Changes.of(ChangeKind.PARTNER, 1))  # the people page does not show partners
    assert not ui.runner.busy and not people.stale
    ui.events.publish(inventory.add_person(ui.services, "Paul Martin", "paul@klara.fr"))
    qtbot.waitUntil(lambda: _emails(people) == {"paul@klara.fr"}, timeout=5000)


def test_the_assets_page_hidden_queues_no_work_for_a_change(qtbot: Any, ui: UiContext) -> None:
    people, assets = PeoplePage(ui), AssetsPage(ui)
    window = _window(qtbot, ui, assets, people)
    qtbot.waitUntil(lambda: assets.model.rowCount() == 0 and not ui.runner.busy, timeout=5000)
    window.sidebar.setCurrentRow(1)
    qtbot.waitUntil(lambda: not ui.runner.busy, timeout=5000)
    ui.events.publish(inventory.register_asset(ui.services, category="monitor", model="P2723", serial="S1"))
    assert assets.stale and not people.stale  # the people page, on screen, is not concerned by a new monitor
    window.sidebar.setCurrentRow(0)
    qtbot.waitUntil(lambda: assets.model.rowCount() == 1, timeout=5000)


def test_after_a_reconnect_every_page_refreshes_the_hidden_ones_once_shown(qtbot: Any, ui: UiContext) -> None:
    people, assets = PeoplePage(ui), AssetsPage(ui)
    window = _window(qtbot, ui, people, assets)
    window.sidebar.setCurrentRow(1)
    qtbot.waitUntil(lambda: not ui.runner.busy, timeout=5000)
    inventory.add_person(ui.services, "Paul Martin", "paul@klara.fr")  # another seat's change, not announced
    ui.events.publish(everything())
    assert people.stale and not assets.stale
    window.sidebar.setCurrentRow(0)
    qtbot.waitUntil(lambda: _emails(people) == {"paul@klara.fr"}, timeout=5000)


def test_the_todo_badge_counts_while_the_page_is_hidden(qtbot: Any, ui: UiContext) -> None:
    ctx = ui.services
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    inventory.register_asset(ctx, category="monitor", model="P2723", serial="S1")
    todo, people = TodoPage(ui), PeoplePage(ui)
    window = _window(qtbot, ui, todo, people)
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "To do", timeout=5000)
    window.sidebar.setCurrentRow(1)
    qtbot.waitUntil(lambda: not ui.runner.busy, timeout=5000)
    ui.events.publish(custody.check_out(ctx, ["KLA-000001"], "zoe@klara.fr", due=ctx.today() + timedelta(days=3)))
    assert todo.stale
    qtbot.waitUntil(lambda: window.sidebar.item(0).text() == "To do  (1)", timeout=5000)
    assert todo.tree.topLevelItemCount() == 0  # the list itself waits until the page is shown
    window.sidebar.setCurrentRow(0)
    qtbot.waitUntil(lambda: todo.tree.topLevelItemCount() == 1, timeout=5000)
