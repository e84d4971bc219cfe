"""The task runner: all database, file and PDF work runs on ONE worker thread, results come back on the GUI thread.

`submit(fn, on_success, on_error, progress)`: `fn` runs on the worker (it takes and returns plain data);
`on_success(result)` / `on_error(exc)` run on the GUI thread. With `progress`, `fn` receives a `Reporter`
to call as `reporter(done, total)`; it raises `Cancelled` once the task was cancelled. `drain()` on quit
cancels what waits and waits for what runs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

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


class TaskRunner(QObject):
    """One worker thread for everything that may block (SQL, files, PDF, QR)."""

    _finished = Signal(object, object)  # callback, value
    _progressed = Signal(object, int, int)  # callback, done, total
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="klara-worker")
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver)
        self._progressed.connect(lambda cb, done, total: cb(done, total))

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
        reporter = Reporter(task, lambda d, t: self._progressed.emit(progress, d, t)) if progress else None

        def work() -> None:
            if task.cancelled:
                return
            try:
                result = fn(reporter) if reporter is not None else fn()
            except Cancelled:
                return
            except BaseException as exc:  # delivered to on_error on the GUI thread
                if on_error is None:
                    log.exception("Unhandled error in a background task")
                self._finished.emit(on_error or _reraise, exc)
                return
            if not task.cancelled and on_success is not None:
                self._finished.emit(on_success, result)
            elif task.cancelled:
                return
            else:
                self._finished.emit(None, None)

        self._set_pending(+1)
        task.future = self._pool.submit(work)
        task.future.add_done_callback(lambda _f: self._finished.emit(_decrement, self))
        return task

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
        self._pool.shutdown(wait=True, cancel_futures=True)


def _decrement(runner: TaskRunner) -> None:
    runner._set_pending(-1)


def _reraise(exc: BaseException) -> None:
    raise exc
