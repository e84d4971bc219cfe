"""Pages built when first shown: the window starts with only its first page imported (issue 18).

`PageSpec` names a page without importing it: its id, its class as "module:Class", its sidebar title (the
same source text as the page's own `title()`, translated in the page class's context, from the language's
one .qm loaded at start) and icon. `LazyPage` stands in the window's stack for it: it imports and builds
the real page the first time it is activated (or asked to filter), lays it inside itself, and forwards
`loaded`, filters, Ctrl+F and the saved layout. Adding a page to the window is one `PageSpec` line in
`main.PAGES`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import UiContext
from ui.pages.base import Page


@dataclass(frozen=True)
class PageSpec:
    page_id: str
    target: str  # "ui.pages.assets_page:AssetsPage"
    title: str  # the page's title() source text (translated in the class's context)
    icon: str = ""  # a QStyle.StandardPixmap name, for a page without an icon in `ui.icons.PAGE_ICONS`
    theme_icon: str = ""  # a freedesktop icon name tried first, likewise
    make: Callable[[Any, UiContext], Page] | None = None  # (class, ui) -> page; default class(ui)

    @property
    def context(self) -> str:
        return self.target.rpartition(":")[2]

    def page_class(self) -> Any:
        module, _, name = self.target.partition(":")
        return getattr(__import__(module, fromlist=[name]), name)  # the plain import (-X importtime sees it)

    def build(self, ui: UiContext) -> Page:
        cls = self.page_class()
        page = self.make(cls, ui) if self.make is not None else cls(ui)
        assert isinstance(page, Page) and page.page_id == self.page_id, self.target
        return page


class LazyPage(Page):
    """The page of `spec`, imported and built on first use."""

    def __init__(self, ui: UiContext, spec: PageSpec, prepare: Callable[[Page], None] | None = None):
        super().__init__(ui)
        self.spec = spec
        self.page_id = spec.page_id
        self._prepare = prepare
        self._page: Page | None = None  # laid out in its own layout once built (the stand-ins have none)

    @property
    def built(self) -> bool:
        return self._page is not None

    @property
    def page(self) -> Page:
        """The real page, built now if it was not yet."""
        if self._page is None:
            page = self.spec.build(self.ui)
            if self._prepare is not None:
                self._prepare(page)
            page.loaded.connect(self.loaded)
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(page)
            self._page = page
        return self._page

    def title(self) -> str:
        return QCoreApplication.translate(self.spec.context, self.spec.title)

    def icon(self) -> QIcon:
        from ui import icons

        if self.page_id in icons.PAGE_ICONS:
            return icons.page_icon(self.page_id)
        from PySide6.QtWidgets import QStyle  # its enums cost the start-up ≈ 8 % of a bare window (issue 18)

        pixmap = getattr(QStyle.StandardPixmap, self.spec.icon, None) if self.spec.icon else None
        fallback = self.style().standardIcon(pixmap) if pixmap is not None else QIcon()
        return QIcon.fromTheme(self.spec.theme_icon, fallback) if self.spec.theme_icon else fallback

    def activate(self) -> None:
        self.page.activate()

    def apply_filter(self, criteria: dict[str, Any]) -> None:
        self.page.apply_filter(criteria)

    def save_state(self) -> None:
        if self._page is not None:
            self._page.save_state()

    def focus_search(self) -> None:
        if self._page is not None:
            self._page.focus_search()


def real_page(page: QWidget | None) -> QWidget | None:
    """The page itself behind a `LazyPage` (built), or `page` unchanged."""
    return page.page if isinstance(page, LazyPage) else page
