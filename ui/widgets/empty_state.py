"""`EmptyState`: what an empty table says to do next, with the button that does it.

It sits in the middle of the table's viewport and shows itself while the model has no row (and
`applies()` says the emptiness is the database's, not a filter's), so a page adds one line to get it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

Action = tuple[str, Callable[[], object]]


class EmptyState(QWidget):
    def __init__(
        self,
        view: QAbstractItemView,
        text: str,
        actions: Sequence[Action] = (),
        applies: Callable[[], bool] = lambda: True,
    ):
        super().__init__(view.viewport())
        self.setObjectName("empty_state")
        self.view, self.applies = view, applies
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addStretch(1)
        for label, slot in actions:
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, act=slot: act())
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.message)
        column.addLayout(row)
        column.addStretch(2)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.refresh)
        view.viewport().installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        area = self.view.viewport().rect()
        width = min(area.width() - 24, 520)
        self.setGeometry((area.width() - width) // 2, 0, max(width, 0), area.height())

    def refresh(self, *_args: object) -> None:
        self.setVisible(self.view.model().rowCount() == 0 and self.applies())
        self._place()
