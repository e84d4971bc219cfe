"""`SignaturePad`: a box to sign in with the mouse, a pen or a finger; the strokes are kept as vectors
(points in a 0..1 box, y downwards), the form `klara_assets.domain.signatures` stores and the receipt draws.

`SigningSection`: the two signers of a handover or a return (the holder, the IT representative), each
with a name and a pad, or "print to sign" (the paper signed by hand is attached to the receipt later).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent, QTouchEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from klara_assets.domain.signatures import Signature, Strokes

INK = QColor("#1a237e")


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumSize(260, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setObjectName("signature_pad")
        self._strokes: list[list[tuple[float, float]]] = []
        self._drawing = False

    # -- input: mouse, pen (tablet) and touch all become points of the current stroke
    def _point(self, pos: QPointF) -> tuple[float, float]:
        w, h = max(self.width(), 1), max(self.height(), 1)
        return (min(max(pos.x() / w, 0.0), 1.0), min(max(pos.y() / h, 0.0), 1.0))

    def _begin(self, pos: QPointF) -> None:
        self._drawing = True
        self._strokes.append([self._point(pos)])
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].append(self._point(pos))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QTouchEvent) and event.points():
            pos = event.points()[0].position()
            if event.type() == QEvent.Type.TouchBegin:
                self._begin(pos)
            elif event.type() == QEvent.Type.TouchUpdate:
                self._extend(pos)
            else:
                self._end()
            event.accept()
            return True
        return super().event(event)

    # -- state
    def strokes(self) -> Strokes:
        return tuple(tuple(s) for s in self._strokes if s)

    def is_empty(self) -> bool:
        return sum(len(s) for s in self._strokes) < 2

    def clear(self) -> None:
        self._strokes.clear()
        self.update()
        self.changed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#9ca3af"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        baseline = self.height() * 0.78
        painter.drawLine(QPointF(12, baseline), QPointF(self.width() - 12, baseline))
        painter.setPen(QPen(INK, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        w, h = self.width(), self.height()
        for stroke in self._strokes:
            path = QPainterPath(QPointF(stroke[0][0] * w, stroke[0][1] * h))
            for x, y in stroke[1:]:
                path.lineTo(QPointF(x * w, y * h))
            if len(stroke) == 1:
                path.lineTo(QPointF(stroke[0][0] * w + 0.5, stroke[0][1] * h))
            painter.drawPath(path)
        painter.end()


class SigningSection(QGroupBox):
    """Sign on screen (the holder and the IT representative) or print to sign."""

    def __init__(self, holder_name: str = "", it_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Signatures"))
        self.on_screen = QCheckBox(self.tr("Sign on &screen (otherwise: print to sign and attach the scan later)"))
        self.on_screen.setChecked(True)
        self.holder_name = QLineEdit(holder_name)
        self.it_name = QLineEdit(it_name)
        self.holder_pad = SignaturePad()
        self.it_pad = SignaturePad()
        self.holder_pad.setObjectName("holder_pad")
        self.it_pad.setObjectName("it_pad")
        self.clear_holder = QPushButton(self.tr("Clear"))
        self.clear_it = QPushButton(self.tr("Clear"))
        self.clear_holder.clicked.connect(self.holder_pad.clear)
        self.clear_it.clicked.connect(self.it_pad.clear)
        grid = QGridLayout()
        for column, (title, name, pad, clear) in enumerate(
            (
                (self.tr("The holder"), self.holder_name, self.holder_pad, self.clear_holder),
                (self.tr("The IT representative"), self.it_name, self.it_pad, self.clear_it),
            )
        ):
            form = QFormLayout()
            form.addRow(self.tr("Name"), name)
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
            grid.addLayout(form, 1, column)
            grid.addWidget(pad, 2, column)
            grid.addWidget(clear, 3, column, Qt.AlignmentFlag.AlignRight)
        self.pads = QWidget()
        self.pads.setLayout(grid)
        layout = QVBoxLayout(self)
        layout.addWidget(self.on_screen)
        layout.addWidget(self.pads)
        self.on_screen.toggled.connect(self.pads.setVisible)

    def signatures(self) -> list[Signature]:
        """The signatures drawn (a pad left empty is not a signature; the service refuses a nameless one)."""
        if not self.on_screen.isChecked():
            return []
        out = []
        for role, name, pad in (("holder", self.holder_name, self.holder_pad), ("it", self.it_name, self.it_pad)):
            if not pad.is_empty():
                out.append(Signature(role, name.text(), pad.strokes()))
        return out
