"""The To do page (issue 17 §1): items by urgency in the user's language, opening the right page
filtered, the sidebar badge with the count, snoozing an item (stored), the desktop notification once."""

from __future__ import annotations

from datetime import UTC, date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale

from klara_assets.persistence.models import ReminderSnooze
from klara_assets.services import custody, incidents, inventory, reminders
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.pages.base import Page
from ui.pages.todo_page import TodoPage


class Target(Page):
    page_id = "assets"

    def __init__(self, ui: UiContext):
        super().__init__(ui)
        self.filters: list[dict[str, Any]] = []

    def title(self) -> str:
        return "Assets"

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        self.filters.append(criteria)


def _fleet(ui: UiContext) -> None:
    ctx = ui.services
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    inventory.add_person(ctx, "Paul Martin", "paul@klara.fr")
    for serial in ("S1", "S2"):
        inventory.register_asset(ctx, category="monitor", model="P2723", serial=serial)
    custody.check_out(ctx, ["KLA-000001"], "zoe@klara.fr", due=ctx.today() + timedelta(days=3))
    custody.check_out(ctx, ["KLA-000002"], "paul@klara.fr")
    inventory.deactivate_person(ctx, "paul@klara.fr", ctx.today())


def test_page_lists_by_urgency_badge_opens_and_snoozes(qtbot: Any, ui: UiContext) -> None:
    _fleet(ui)
    todo = TodoPage(ui)
    target = Target(ui)
    window = MainWindow(ui, [todo, target])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: todo.tree.topLevelItemCount() == 2, timeout=5000)
    first, second = (todo.tree.topLevelItem(i) for i in range(2))
    assert first.text(0) == "Urgent" and "Paul Martin left on" in first.text(2) and "1 device" in first.text(2)
    assert second.text(0) == "Soon" and second.text(2).startswith("KLA-000001 held by Zoé Kovács: due back on")
    assert window.sidebar.item(0).text() == "To do  (2)" and window.sidebar.item(0).font().bold()
    assert len(todo.messages) == 1 and "Paul Martin" in todo.messages[0][1]  # told once at start
    second.setSelected(True)
    todo.open_button.click()
    assert window.stack.currentWidget() is target and target.filters == [{"text": "KLA-000001"}]
    window.sidebar.setCurrentRow(0)
    second = todo.tree.topLevelItem(1)
    second.setSelected(True)
    day = ui.today() + timedelta(days=10)
    todo.until.setDate(QDate(day))
    todo.snooze_button.click()
    qtbot.waitUntil(lambda: todo.tree.topLevelItemCount() == 1, timeout=5000)
    assert window.sidebar.item(0).text() == "To do  (1)"
    assert "Snoozed until" in todo.message.text()
    [stored] = list(ReminderSnooze.select())
    assert stored.until == day and stored.key.startswith("return:")
    todo.reload()
    qtbot.wait(300)
    assert len(todo.messages) == 1  # nothing new became urgent: no second notification


def test_an_item_becoming_urgent_is_notified_and_a_refused_snooze_is_shown(qtbot: Any, ui: UiContext) -> None:
    ctx = ui.services
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    inventory.register_asset(ctx, category="monitor", model="P2723", serial="S1")
    custody.check_out(ctx, ["KLA-000001"], "zoe@klara.fr", due=ctx.today() + timedelta(days=1))
    todo = TodoPage(ui)
    qtbot.addWidget(todo)
    with qtbot.waitSignal(todo.loaded, timeout=5000):
        todo.activate()
    assert todo.messages == [] and todo.tree.topLevelItem(0).text(0) == "Soon"
    ui.services.clock.now += timedelta(days=2)  # type: ignore[attr-defined]
    with qtbot.waitSignal(todo.counts_changed, timeout=5000):
        todo.reload()
    assert todo.tree.topLevelItem(0).text(0) == "Urgent"
    assert len(todo.messages) == 1 and "overdue since" in todo.messages[0][1]
    key = todo.items[0].key
    ui.run(lambda: reminders.snooze(ctx, key, date(2000, 1, 1)))
    qtbot.waitUntil(lambda: bool(ui.dialogs.shown), timeout=5000)  # type: ignore[attr-defined]
    assert "after today" in ui.dialogs.shown[-1][2].lower()  # type: ignore[attr-defined]
    assert ReminderSnooze.select().count() == 0


@pytest.mark.parametrize(
    ("locale", "form"),
    [("fr_FR", "{d:02d}/{m:02d}/{y}"), ("en_US", "{m}/{d}/{y}"), ("C", "{d} {mon} {y}")],
)
def test_dates_read_in_the_locale_form_never_iso(qtbot: Any, ui: UiContext, locale: str, form: str) -> None:
    """The due day, the day inside the line and the snooze field, in the default locale (main.py sets it
    from the language); the C locale of a bare machine reads "29 Nov 2026", not "29 11 2026"."""
    ctx = ui.services
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    inventory.register_asset(ctx, category="laptop", manufacturer="HP", model="EliteBook", encryption_state="none")
    inventory.register_asset(ctx, category="monitor", model="P2723", serial="S1")
    due = ctx.today() + timedelta(days=3)
    custody.check_out(ctx, ["KLA-000002"], "zoe@klara.fr", due=due)
    incidents.report_incident(ctx, "KLA-000001", "lost", ctx.now() - timedelta(hours=50))
    previous = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        todo = TodoPage(ui)
        qtbot.addWidget(todo)
        with qtbot.waitSignal(todo.loaded, timeout=5000):
            todo.activate()
        items = (todo.tree.topLevelItem(i) for i in range(todo.tree.topLevelItemCount()))
        rows = [row for row in items if row is not None]
        loan = next(row for row in rows if row.text(3) == "KLA-000002")
        gdpr = next(row for row in rows if row.text(2).startswith("INC-"))
        month = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[due.month - 1]
        expected = form.format(d=due.day, m=due.month, y=due.year, mon=month)
        assert loan.text(1) == expected and loan.text(2).endswith(f"due back on {expected}")
        assert due.isoformat() not in loan.text(2) and "UTC" not in gdpr.text(2)
        deadline = (ctx.now() + timedelta(hours=22)).replace(tzinfo=UTC).astimezone()
        assert str(deadline.year) in gdpr.text(2) and f"{deadline:%Y-%m-%d}" not in gdpr.text(2)
        assert str(todo.until.date().year()) in todo.until.text()  # a four-digit year in the snooze field
    finally:
        QLocale.setDefault(previous)


def test_an_item_whose_day_has_come_is_due_not_soon(qtbot: Any, ui: UiContext) -> None:
    """A loan due back today is not urgent yet (overdue is, from tomorrow), and it is not "Soon" either."""
    ctx = ui.services
    inventory.add_person(ctx, "Zoé Kovács", "zoe@klara.fr")
    inventory.register_asset(ctx, category="monitor", model="P2723", serial="S1")
    custody.check_out(ctx, ["KLA-000001"], "zoe@klara.fr", due=ctx.today())
    todo = TodoPage(ui)
    qtbot.addWidget(todo)
    todo.show()
    todo.activate()
    qtbot.waitUntil(lambda: todo.tree.topLevelItemCount() == 1, timeout=5000)
    item = todo.tree.topLevelItem(0)
    assert item.text(0) == "Due" and "KLA-000001" in item.text(2)
