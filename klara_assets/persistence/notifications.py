"""Live refresh on PostgreSQL: listen to `klara_changes` and hand each committed change to a callback.

Every statement that appends to the activity log makes PostgreSQL send `NOTIFY klara_changes` with a
JSON object `{"asset": [12, 13], "setting": []}` (migration 0007); it is delivered at commit, never for a
rollback. `ChangeListener` is a plain thread with its own psycopg2 connection that waits with `select()`
on the socket (no polling loop burning CPU), reconnects after a lost connection, and stops promptly on
`stop()` through a wake-up pipe. An empty id list means "some records of this kind".

After a lost connection it tries again with a growing delay (0.25 s doubling up to `retry_s`) and calls
`on_state(False)` once when the loss is noticed, `on_state(True)` once LISTEN is active again (the notices
sent meanwhile are lost: the receiver should refresh everything).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import select
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

CHANNEL = "klara_changes"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notice:
    """One committed change: the server process that made it, and kind -> ids."""

    pid: int
    touched: dict[str, frozenset[int]]


def parse(pid: int, payload: str) -> Notice | None:
    """A notice from a payload; None for a malformed one (logged, never raised into the listener)."""
    try:
        data = json.loads(payload)
        touched = {str(kind): frozenset(int(i) for i in ids) for kind, ids in data.items()}
    except (ValueError, TypeError, AttributeError):
        log.warning("Ignored a malformed change notification: %.200s", payload)
        return None
    return Notice(pid, touched)


class ChangeListener(threading.Thread):
    """LISTEN on its own connection; `deliver(notice)` runs on this thread, so it must only hand over."""

    def __init__(
        self,
        url: str,
        deliver: Callable[[Notice], None],
        *,
        retry_s: float = 2.0,
        on_state: Callable[[bool], None] | None = None,
    ):
        super().__init__(name="klara-listener", daemon=True)
        self._url = url
        self._deliver = deliver
        self._retry_s = retry_s
        self._on_state = on_state or (lambda _up: None)
        self._was_lost = False
        self._delay = 0.25  # before the next attempt; back to 0.25 s once listening
        self._stopping = threading.Event()
        self._wake_r, self._wake_w = os.pipe()
        self.listening = threading.Event()  # set once LISTEN is active (tests wait for it)

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        os.write(self._wake_w, b"x")
        if self.is_alive():
            self.join(timeout)
        for fd in (self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):  # already closed by an earlier stop()
                os.close(fd)

    def run(self) -> None:
        while not self._stopping.is_set():
            try:
                self._listen()
            except Exception as exc:  # a lost server: wait, then listen again
                self.listening.clear()
                if self._stopping.is_set():
                    return
                if not self._was_lost:
                    self._was_lost = True
                    log.warning("Change notifications interrupted (%s); retrying", exc)
                    self._on_state(False)
                select.select([self._wake_r], [], [], min(self._delay, self._retry_s))
                self._delay *= 2

    def _listen(self) -> None:
        import psycopg2

        conn: Any = psycopg2.connect(self._url, connect_timeout=5)
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(f"LISTEN {CHANNEL}")
            self.listening.set()
            self._delay = 0.25
            if self._was_lost:
                self._was_lost = False
                self._on_state(True)
            while not self._stopping.is_set():
                ready, _, _ = select.select([conn, self._wake_r], [], [], 30.0)
                if not ready:
                    with conn.cursor() as cur:  # keep-alive: notices a dead server
                        cur.execute("SELECT 1")
                    continue
                conn.poll()
                while conn.notifies:
                    item = conn.notifies.pop(0)
                    notice = parse(item.pid, item.payload)
                    if notice is not None:
                        self._deliver(notice)
        finally:
            self.listening.clear()
            conn.close()
