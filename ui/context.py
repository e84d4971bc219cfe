"""`UiContext`: the collaborators every page and dialog receives in its constructor (no singletons)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QSettings

from klara_assets.domain.changes import Changes
from klara_assets.services.context import ServiceContext
from ui.dialogs.service import Dialogs
from ui.events import AppEvents
from ui.tasks import Task, TaskRunner, alive


@dataclass
class UiContext:
    services: ServiceContext
    runner: TaskRunner
    events: AppEvents
    dialogs: Dialogs
    state: QSettings  # per-user UI state only (geometry, splitters, columns)
    language: str
    renderer: TaskRunner | None = None  # the pool for PDF rendering and image decoding (None: the runner)

    def run(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        """Run `fn` on the worker; a `Changes` result is also published to every page."""
        services = self.services

        def work(*args: Any) -> Any:  # `args`: the progress reporter, when there is one
            _ = services.db  # the first task opens the database the window was started on (models bound)
            return fn(*args)

        def done(result: Any) -> None:
            if isinstance(result, Changes):
                self.events.publish(result)
            if on_success is not None and alive(on_success):  # its dialog may be closed and gone meanwhile
                on_success(result)

        def failed(exc: BaseException) -> None:
            (on_error if on_error is not None and alive(on_error) else self.show_error)(exc)

        return self.runner.submit(work, done, failed, progress)

    def render(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Run `fn` (no database: a PDF to render, an image to decode) on the rendering pool."""

        def done(result: Any) -> None:
            if on_success is not None and alive(on_success):
                on_success(result)

        def failed(exc: BaseException) -> None:
            (on_error if on_error is not None and alive(on_error) else self.show_error)(exc)

        return (self.renderer or self.runner).submit(fn, done, failed)

    def call(
        self,
        service: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Run `service(ctx, *args, **kwargs)` on the worker with this window's service context (as Anki's
        operations receive the collection): no caller captures the context or itself in a lambda."""
        return self.run(partial(service, self.services, *args, **kwargs), on_done, on_error)

    def today(self) -> date:
        """Today from the service clock: widgets never read the calendar themselves."""
        return self.services.today()

    def local_now(self) -> datetime:
        """The local wall-clock time from the service clock (stored times are naive UTC)."""
        return self.services.now().replace(tzinfo=UTC).astimezone().replace(tzinfo=None)

    def show_error(self, exc: BaseException) -> None:
        """Expected errors in the user's language; anything else goes to the crash handler."""
        from klara_assets.domain.errors import KlaraError
        from klara_assets.persistence.database import driver_problem
        from ui.errors import describe  # the messages' catalogue, once something is refused

        exc = driver_problem(exc, self.services.url) or exc  # a locked file, a lost server: never the crash dialog
        if isinstance(exc, KlaraError):
            self.dialogs.error(Dialogs.tr("Not done"), describe(exc))
        else:
            raise exc
