"""The task runner: all database and file work runs on ONE worker thread, results come back on the GUI thread.

A second runner, built with `workers=2` (`UiContext.renderer`), is the small pool for work that needs no
database: rendering a PDF, decoding an image. A label preview then never delays a search waiting behind it.

`submit(fn, on_success, on_error, progress)`: `fn` runs on the worker (it takes and returns plain data);
`on_success(result)` / `on_error(exc)` run on the GUI thread. With `progress`, `fn` receives a `Reporter`
to call as `reporter(done, total)`; it raises `Cancelled` once the task was cancelled. `drain()` on quit
cancels what waits and waits for what runs.

`hold()` then `release()`: at start-up the window holds its runner until its first paint, so that the
worker's first task (importing peewee and the models, the first page's query) does not compete with the
window for the interpreter (issue 18); what is submitted meanwhile waits, in order.

Shared mode (`watch_connection(db, url)`, PostgreSQL): when a task meets a lost or unreachable server, the
runner drops the dead connection, says so (`connection_changed(False)`) and probes the server again with a
growing delay (0.25 s doubling up to 5 s). A read interrupted by the loss is held and run again once the
server answers; a write (a mutating service had started, `persistence.database.task_wrote()`) is never run
again: its `on_error` receives `DatabaseUnavailable` ("not saved, nothing changed, try again"). Back online,
`connection_changed(True)` fires and the held reads run in their order.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from klara_assets.domain.errors import DatabaseUnavailable, KlaraError
from klara_assets.persistence.opening import begin_task, lost_connection, task_wrote

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task by its reporter once the user cancelled it."""


class Task:
    """A handle on submitted work: cancel it, or ask whether it is finished."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self.future: Future[Any] | None = None

    def cancel(self) -> None:
        self._cancelled.set()
        if self.future is not None:
            self.future.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def done(self) -> bool:
        return self.future is not None and self.future.done()


class Reporter:
    """Given to long tasks: `reporter(done, total)` reports progress and raises `Cancelled` when asked to stop."""

    def __init__(self, task: Task, emit: Callable[[int, int], None]):
        self._task = task
        self._emit = emit

    def __call__(self, done: int, total: int) -> None:
        if self._task.cancelled:
            raise Cancelled()
        self._emit(done, total)


@dataclass
class _Work:
    task: Task
    fn: Callable[..., Any]
    on_success: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    progress: Callable[[int, int], None] | None


BACKOFF_S = (0.25, 0.5, 1.0, 2.0, 4.0, 5.0)  # between two probes of a lost server; the last one repeats


class TaskRunner(QObject):
    """Worker threads for what may block: one (SQL, files, in order), or a small pool (`workers`) for PDF
    rendering and image decoding, which touch no database."""

    _finished = Signal(object, object)  # callback, value
    _progressed = Signal(object, int, int)  # callback, done, total
    _interrupted = Signal(object)  # _Work to run again once the server is back, or None (a write was lost)
    _probed = Signal(bool)
    busy_changed = Signal(bool)
    connection_changed = Signal(bool)  # False: the server was lost (retrying); True: it answers again

    def __init__(self, parent: QObject | None = None, *, workers: int = 1, name: str = "klara-worker"):
        super().__init__(parent)
        self._workers, self._name = workers, name
        self._threads: ThreadPoolExecutor | None = None  # made on the first task (after the first paint)
        self._pending = 0
        self._closed = False
        self._db: Any = None
        self._url = ""
        self.online = True
        self._held: list[_Work] = []
        self._waiting: list[tuple[Task, Callable[[], None]]] | None = None  # held until release()
        self._attempt = 0
        self._finished.connect(self._deliver)
        self._progressed.connect(lambda cb, done, total: cb(done, total))
        self._interrupted.connect(self._on_interrupted)
        self._probed.connect(self._on_probed)

    def watch_connection(self, db: Any, url: str) -> None:
        """Shared mode: hold the reads a lost server interrupted and reconnect (see the module's text)."""
        self._db, self._url = db, url

    def hold(self) -> None:
        """Start no task until `release()`; what is submitted meanwhile waits, in order."""
        if self._waiting is None:
            self._waiting = []

    def release(self) -> None:
        """Start what waited since `hold()`, in order (a cancelled task is dropped), then run as usual."""
        waiting, self._waiting = self._waiting, None
        for task, work in waiting or ():
            if task.cancelled:
                self._set_pending(-1)
            else:
                self._start(task, work)

    @property
    def holding(self) -> bool:
        return self._waiting is not None

    def submit(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        task = Task()
        if self._closed:
            task.cancel()
            return task
        self._enqueue(_Work(task, fn, on_success, on_error, progress))
        return task

    def _enqueue(self, item: _Work) -> None:
        task, progress = item.task, item.progress
        reporter = Reporter(task, lambda d, t: self._progressed.emit(progress, d, t)) if progress else None

        def work() -> None:
            if task.cancelled:
                return
            begin_task()
            try:
                result = item.fn(reporter) if reporter is not None else item.fn()
            except Cancelled:
                return
            except BaseException as exc:  # delivered to on_error on the GUI thread
                if self._db is not None and lost_connection(exc, self._url):
                    self._drop_connection()
                    if not task_wrote():  # a read: run it again once the server answers
                        self._interrupted.emit(item)
                        return
                    self._interrupted.emit(None)
                    # Lost now or unreachable since: either way "not saved, nothing changed, try again".
                    detail = exc.message if isinstance(exc, KlaraError) else f"{exc}"
                    exc = DatabaseUnavailable(detail, code="db_connection_lost")
                if item.on_error is None:
                    log.exception("Unhandled error in a background task")
                self._finished.emit(item.on_error or _reraise, exc)
                return
            if not task.cancelled and item.on_success is not None:
                self._finished.emit(item.on_success, result)
            elif task.cancelled:
                return
            else:
                self._finished.emit(None, None)

        self._set_pending(+1)
        if self._waiting is not None:
            self._waiting.append((task, work))
        else:
            self._start(task, work)

    @property
    def _pool(self) -> ThreadPoolExecutor:
        if self._threads is None:
            from concurrent.futures import ThreadPoolExecutor  # not needed before the first task (issue 18)

            self._threads = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix=self._name)
        return self._threads

    def _start(self, task: Task, work: Callable[[], None]) -> None:
        task.future = self._pool.submit(work)
        task.future.add_done_callback(lambda _f: self._finished.emit(_decrement, self))

    def _drop_connection(self) -> None:
        """On the worker: let go of a dead connection, so the next query connects afresh."""
        db = self._db
        with contextlib.suppress(Exception):
            db.close()
        state = vars(db).get("_state")
        if state is not None and not db.is_closed():  # peewee keeps a connection whose rollback failed
            with contextlib.suppress(Exception):
                state.conn.close()
            state.reset()

    def connection_lost(self) -> None:
        """Someone else noticed the server went away (the change listener, while the window sat idle)."""
        if self._db is not None:
            self._on_interrupted(None)

    def _on_interrupted(self, item: _Work | None) -> None:
        if item is not None and not item.task.cancelled:
            self._held.append(item)
        if self.online:
            self.online = False
            self._attempt = 0
            self.connection_changed.emit(False)
            self._probe()

    def _probe(self) -> None:
        if self._closed:
            return

        def attempt() -> None:
            self._drop_connection()
            try:
                self._db.connect()
                self._db.execute_sql("SELECT 1")
            except Exception:
                self._drop_connection()
                self._probed.emit(False)
                return
            self._probed.emit(True)

        self._pool.submit(attempt)

    def _on_probed(self, ok: bool) -> None:
        if self._closed or self.online:
            return
        if not ok:
            delay = BACKOFF_S[min(self._attempt, len(BACKOFF_S) - 1)]
            self._attempt += 1
            QTimer.singleShot(int(delay * 1000), self._probe)
            return
        self.online = True
        held, self._held = self._held, []
        self.connection_changed.emit(True)
        for item in held:
            if not item.task.cancelled:
                self._enqueue(item)

    def _deliver(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        if callback is not None:
            callback(value)

    def _set_pending(self, delta: int) -> None:
        was_busy = self._pending > 0
        self._pending += delta
        if was_busy != (self._pending > 0):
            self.busy_changed.emit(self._pending > 0)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def drain(self) -> None:
        """On quit: refuse new work, drop what waits, wait for what runs."""
        self._closed = True
        self._waiting = None
        if self._threads is not None:
            self._threads.shutdown(wait=True, cancel_futures=True)


def alive(callback: Callable[..., Any]) -> bool:
    """False when `callback` is a method (or a `partial` of one) of a Qt object already deleted, such as a
    dialog closed before its answer came: that answer is then dropped instead of raising on the GUI thread."""
    target = callback.func if isinstance(callback, partial) else callback
    owner = getattr(target, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def _decrement(runner: TaskRunner) -> None:
    runner._set_pending(-1)


def _reraise(exc: BaseException) -> None:
    raise exc
