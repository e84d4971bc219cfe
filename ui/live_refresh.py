"""`LiveRefresh`: changes committed by the other seats reach this window's pages (PostgreSQL only).

It runs a `ChangeListener` thread and re-emits each notice on the GUI thread as `AppEvents.changed`
(a `Changes` of the kinds and ids touched), so each page refreshes only what concerns it, usually well
within a second. Notices sent by this seat's own worker connection are skipped: the seat already
published its `Changes` when the service returned.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from klara_assets.domain.changes import Changes, known_kinds
from klara_assets.persistence.notifications import ChangeListener, Notice
from ui.events import AppEvents


class LiveRefresh(QObject):
    _arrived = Signal(object)  # Notice, emitted on the listener thread, received on the GUI thread
    _state = Signal(bool)  # from the listener thread: False lost, True listening again
    received = Signal(object)  # Changes, after publishing (for the status bar and tests)
    lost = Signal()  # the listener's connection went away (the window may be sitting idle)
    resubscribed = Signal()  # LISTEN is active again after a loss: the notices sent meanwhile were missed

    def __init__(self, url: str, events: AppEvents, parent: QObject | None = None):
        super().__init__(parent)
        self._events = events
        self._own_pids: set[int] = set()
        self._arrived.connect(self._publish)
        self._state.connect(lambda up: self.resubscribed.emit() if up else self.lost.emit())
        self.listener = ChangeListener(url, self._arrived.emit, on_state=self._state.emit)

    def start(self) -> None:
        self.listener.start()

    def stop(self) -> None:
        self.listener.stop()

    def ignore_pid(self, pid: object) -> None:
        """The server process of this seat's own worker connection: its changes are published already."""
        if isinstance(pid, int):
            self._own_pids.add(pid)

    def _publish(self, notice: Notice) -> None:
        if notice.pid in self._own_pids or not notice.touched:
            return
        changes = Changes(known_kinds(notice.touched))  # a newer seat may name kinds this one does not know
        self._events.publish(changes)
        self.received.emit(changes)


def backend_pid(db: object) -> int | None:
    """The server process id of the calling thread's connection (run it on the worker)."""
    execute = getattr(db, "execute_sql", None)
    if execute is None:
        return None
    row = execute("SELECT pg_backend_pid()").fetchone()
    return int(row[0]) if row else None
