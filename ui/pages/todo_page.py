"""The "To do" page (issue 17 §1): what needs attention today, urgent first, each item opening the page
that shows it (filtered where that page can filter); "Snooze until…" hides the selected item until a day.

The page publishes its counts (`counts_changed(total, urgent)`) for the sidebar badge, and tells the
desktop (system tray, when there is one) at start and whenever an item becomes urgent while it is open.
It reloads after every change and every `REFRESH_MS` (the deadlines move with the clock).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.changes import ChangeKind, Changes
from ui import read_only
from ui.context import UiContext
from ui.pages.base import Page
from ui.widgets.display import date_format, format_date, format_datetime

if TYPE_CHECKING:  # the reminders service is imported on the worker, with the first items (issue 18)
    from klara_assets.services.context import ServiceContext
    from klara_assets.services.reminders import Reminder

REFRESH_MS = 15 * 60 * 1000
URGENT = QColor("#b91c1c")
KEY_ROLE = 256  # Qt.ItemDataRole.UserRole: the page is built at start-up, before any need of the Qt enums


class TodoPage(Page):
    usable_before_data = True  # the list is laid out at once; its items arrive from the worker
    page_id = "todo"
    refresh_on = frozenset(ChangeKind)  # every kind
    counts_changed = Signal(int, int)  # items, urgent items

    def __init__(self, ui: UiContext, parent: QWidget | None = None):
        super().__init__(ui, parent)
        self.items: list[Reminder] = []
        self._days: dict[date, str] = {}  # dates formatted while a list is being shown
        self.notified: set[str] | None = None  # urgent keys already told to the desktop (None: not yet loaded)
        self.tray: QSystemTrayIcon | None = None
        self.messages: list[tuple[str, str]] = []  # what was sent to the desktop (title, text)
        self.count = QLabel()
        self.count.setObjectName("todo_count")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Urgency"), self.tr("Due"), self.tr("What"), self.tr("About")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(0, 110)
        self.tree.setColumnWidth(1, 100)
        self.tree.setColumnWidth(2, 640)
        self.open_button = QPushButton(self.tr("&Open"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(date_format())  # the locale's form, four-digit year
        self.snooze_button = QPushButton(self.tr("&Snooze until…"))
        self.snooze_button.setToolTip(self.tr("Hide the selected item until the chosen day"))
        self.message = QLabel()
        self.message.setObjectName("todo_message")
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.until)
        bar.addWidget(self.snooze_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.snooze_button.clicked.connect(self.snooze_selected)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)
        self._update_buttons()
        read_only.editing(self.ui, self.snooze_button)

    def title(self) -> str:
        return self.tr("To do")

    def first_load(self) -> None:
        self.timer.start()
        # Asked once the window has painted: the worker's queries would otherwise compete with the start-up
        # for the interpreter (this page is the first one, built with the window for its badge).
        QTimer.singleShot(0, self, lambda: self.reload(first=True))

    def reload(self, first: bool = False, count_only: bool = False) -> None:
        """Load the items and show them; `count_only` (the page hidden): only the badge and the notices."""
        self.ui.call(due_items, on_done=self._counted if count_only else partial(self._show, first=first))

    def _tick(self) -> None:
        """Every few minutes: the dates move on. Hidden, only the count is asked; the list when shown."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = self._stale or Changes()
            self.reload(count_only=True)

    def _counted(self, items: list[Reminder]) -> None:
        self.counts_changed.emit(len(items), sum(1 for i in items if i.urgent))
        self._notify(items)

    def refresh(self, changes: Changes) -> None:
        self.reload()

    def changed_while_hidden(self, changes: Changes) -> None:
        """Hidden, the page still counts its items for the sidebar badge and the desktop notices."""
        self.reload(count_only=True)

    def _show(self, items: list[Reminder], first: bool) -> None:
        selected = self.selected_key()
        self.items = items
        self.tree.clear()
        today = self.ui.today()
        urgent_text, due, soon = (
            self.tr("Urgent"),
            self.tr("Due", "urgency"),
            self.tr("Soon"),
        )  # "Soon": its day is still to come
        brush = QBrush(URGENT)
        self._days = {}  # thousands of items share a few hundred days: each is formatted once
        rows = []
        for item in items:
            row = QTreeWidgetItem(
                [
                    urgent_text if item.urgent else soon if item.due_on > today else due,
                    self._day(item.due_on),
                    self.describe(item),
                    item.subject,
                ]
            )
            row.setData(0, KEY_ROLE, item.key)
            if item.urgent:
                for column in range(4):
                    row.setForeground(column, brush)
            rows.append(row)
        self.tree.addTopLevelItems(rows)  # one insertion for the view, not one per item
        self._days = {}
        for row, item in zip(rows, items, strict=True):
            if item.key == selected:
                row.setSelected(True)
        urgent = sum(1 for i in items if i.urgent)
        if items:
            self.count.setText(self.tr("%n item(s) to do", "", len(items)) + " · " + self.tr("%n urgent", "", urgent))
        else:
            self.count.setText(self.tr("Nothing needs attention today."))
        self.until.setMinimumDate(qdate(today + timedelta(days=1)))
        if self.until.date() < self.until.minimumDate() or first:
            self.until.setDate(qdate(today + timedelta(days=7)))
        self._update_buttons()
        self.counts_changed.emit(len(items), urgent)
        self._notify(items)
        if first:
            self.loaded.emit()

    def describe(self, item: Reminder) -> str:
        """The item in the user's language, from its kind and parameters."""
        p = item.params
        day = self._day(date.fromisoformat(p["date"])) if p.get("date") else ""
        if item.kind == "return":
            text = (
                self.tr("%1 held by %2: overdue since %3") if item.urgent else self.tr("%1 held by %2: due back on %3")
            )
            return text.replace("%1", p["tag"]).replace("%2", p["name"]).replace("%3", day)
        if item.kind == "left":
            text = self.tr("%1 left on %2 and still holds %n device(s)", "", int(p["count"]))
            return text.replace("%1", p["name"]).replace("%2", day)
        if item.kind == "gdpr":
            if p.get("passed"):
                text = self.tr("%1 (%2): the 72-hour deadline to notify the CNIL passed on %3")
            else:
                text = self.tr("%1 (%2): notify the CNIL before %3")
            deadline = format_datetime(datetime.strptime(p["deadline"], "%Y-%m-%d %H:%M"))  # stored UTC, shown local
            return text.replace("%1", p["number"]).replace("%2", p["tag"]).replace("%3", deadline)
        if item.kind == "certification":
            if item.urgent:
                text = self.tr(
                    "%1: the %2 certification expired on %3 while %n batch(es) are open", "", int(p["batches"])
                )
            else:
                text = self.tr("%1: the %2 certification is valid until %3")
            return text.replace("%1", p["partner"]).replace("%2", p["scheme"]).replace("%3", day)
        if item.kind == "warranty":
            return (
                self.tr("%1 %2: the warranty ends on %3")
                .replace("%1", p["tag"])
                .replace("%2", p["model"])
                .replace("%3", day)
            )
        if item.kind == "encryption":
            text = self.tr("%1: encryption last checked on %2 (the policy asks every %3 days)")
            return text.replace("%1", p["tag"]).replace("%2", day).replace("%3", p["days"])
        if item.kind == "audit":
            if not p.get("date"):
                return self.tr("%1: never audited").replace("%1", p["location"])
            text = self.tr("%1: last audited on %2 (every %3 months)")
            return text.replace("%1", p["location"]).replace("%2", day).replace("%3", p["months"])
        if item.kind == "batch":
            text = self.tr("%1 (%2): open since %3, not shipped yet")
            return text.replace("%1", p["number"]).replace("%2", p["partner"]).replace("%3", day)
        if item.kind == "repair":
            text = self.tr("%1 %2: in repair since %3")
            return text.replace("%1", p["tag"]).replace("%2", p["model"]).replace("%3", day)
        return item.detail

    def _day(self, value: date) -> str:
        """`format_date(value)`, kept for the rest of the list being shown."""
        text = self._days.get(value)
        if text is None:
            text = self._days[value] = format_date(value)
        return text

    def selected_key(self) -> str | None:
        rows = self.tree.selectedItems()
        return str(rows[0].data(0, KEY_ROLE)) if rows else None

    def selected(self) -> Reminder | None:
        key = self.selected_key()
        return next((i for i in self.items if i.key == key), None)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.snooze_button.setEnabled(chosen)

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            page, criteria = target_of(item)
            self.ui.events.show_page_requested.emit(page, criteria)

    def snooze_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        day = self.until.date().toPython()
        self.message.setText("")
        from klara_assets.services import reminders

        self.ui.run(
            lambda: reminders.snooze(self.ui.services, item.key, day),
            lambda _changes: self.message.setText(
                self.tr("Snoozed until %1.").replace("%1", format_date(day))  # type: ignore[arg-type]
            ),
        )

    def _notify(self, items: list[Reminder]) -> None:
        """Tell the desktop at the first load, then only about items that became urgent since."""
        urgent = {i.key: i for i in items if i.urgent}
        new = [urgent[k] for k in urgent if self.notified is None or k not in self.notified]
        self.notified = set(urgent) | (self.notified or set())
        if not new:
            return
        if len(new) == 1:
            title, text = self.tr("Klara Assets: urgent"), self.describe(new[0])
        else:
            title = self.tr("Klara Assets: %n urgent item(s)", "", len(new))
            text = "\n".join(self.describe(i) for i in new[:5])
        self.messages.append((title, text))
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            icon = QApplication.windowIcon()
            self.tray = QSystemTrayIcon(self.icon() if icon.isNull() else icon, self)
            self.tray.show()
        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15000)


def due_items(ctx: ServiceContext) -> list[Reminder]:
    """On the worker: the reminders service is imported there, with peewee and the models (issue 18)."""
    from klara_assets.services import reminders

    return reminders.due_items(ctx)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def target_of(item: Reminder) -> tuple[str, dict[str, Any]]:
    """The page that shows an item, and its filter there."""
    if item.page == "assets":
        return "assets", {"text": item.subject}
    if item.page == "people":
        return "people", {"search": item.subject}
    if item.page == "incidents":
        return "incidents", {"open": True, "number": item.subject}
    return item.page, {}
