"""`CameraScanner`: read codes from a webcam. Frames from QtMultimedia are decoded with zxing-cpp on a
thread of their own, at most five a second, dropping frames while one is being decoded.

Where no multimedia backend can load (a server, a machine without its audio/video libraries) or no camera
is connected, the start button is disabled and a label and its tooltip say why. `code_read(text)` is
emitted once per code; the same code seen again within two seconds is ignored (a label held in front of
the camera is one scan).
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import zxingcpp
from PIL import Image
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from klara_assets.scanning import barcode_formats

MIN_INTERVAL = 0.2  # seconds between decoded frames (≤ 5 per second)
REPEAT_WINDOW = 2.0  # the same code within this time is the same scan


def load_multimedia() -> tuple[Any, str]:
    """The QtMultimedia modules, or None and the reason they cannot load."""
    try:
        from PySide6 import QtMultimedia, QtMultimediaWidgets
    except ImportError as exc:
        return None, str(exc)
    return (QtMultimedia, QtMultimediaWidgets), ""


def decode_frame(image: QImage) -> list[str]:
    """The codes in one video frame (runs on the decoding thread)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())
    picture = Image.frombuffer("L", (width, height), data, "raw", "L", stride, 1)
    return [code.text for code in zxingcpp.read_barcodes(picture, formats=barcode_formats()) if code.text]


class _Relay(QObject):
    decoded = Signal(list)


class CameraScanner(QWidget):
    code_read = Signal(str)

    def __init__(self, parent: QWidget | None = None, modules: tuple[Any, str] | None = None):
        super().__init__(parent)
        self.multimedia, problem = modules if modules is not None else load_multimedia()
        self.cameras = QComboBox()
        self.cameras.setObjectName("camera_choice")
        self.start_button = QPushButton(self.tr("Start the &camera"))
        self.start_button.setObjectName("camera_button")
        self.start_button.setCheckable(True)
        self.status = QLabel()
        self.status.setObjectName("camera_status")
        self.status.setWordWrap(True)
        self._relay = _Relay(self)
        self._relay.decoded.connect(self._decoded)
        self._pool: ThreadPoolExecutor | None = None
        self._busy = False
        self._last_frame = 0.0
        self._recent: dict[str, float] = {}
        self.camera: Any = None
        self.session: Any = None
        self.video: Any = None
        self._layout()
        self._fill(problem)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.cameras, 1)
        bar.addWidget(self.start_button)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addLayout(bar)
        self.box.addWidget(self.status)
        self.start_button.toggled.connect(self._toggle)

    def _fill(self, problem: str) -> None:
        if self.multimedia is None:
            self._unavailable(
                self.tr("The camera cannot be used: the multimedia libraries are missing on this computer."), problem
            )
            return
        inputs = self.multimedia[0].QMediaDevices.videoInputs()
        if not inputs:
            self._unavailable(self.tr("No camera is connected. Scan with the keyboard scanner or open an image."), "")
            return
        for device in inputs:
            self.cameras.addItem(device.description(), device)
        self.status.setText(self.tr("Hold a label in front of the camera."))
        self.status.hide()

    def _unavailable(self, text: str, detail: str) -> None:
        self.cameras.setEnabled(False)
        self.cameras.hide()  # an empty list says nothing; the label says why
        self.start_button.setEnabled(False)
        self.start_button.setToolTip(text + (f"\n({detail})" if detail else ""))
        self.status.setText(text)

    @property
    def available(self) -> bool:
        return self.start_button.isEnabled()

    def _toggle(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        multimedia, widgets = self.multimedia
        self.camera = multimedia.QCamera(self.cameras.currentData())
        self.session = multimedia.QMediaCaptureSession(self)
        self.video = widgets.QVideoWidget()
        self.video.setMinimumHeight(240)
        self.box.addWidget(self.video)
        self.session.setCamera(self.camera)
        self.session.setVideoOutput(self.video)
        self.video.videoSink().videoFrameChanged.connect(self._frame)
        self._pool = self._pool or ThreadPoolExecutor(max_workers=1, thread_name_prefix="klara-camera")
        self.camera.start()
        self.status.show()
        self.start_button.setText(self.tr("Stop the &camera"))

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.video.deleteLater()
            self.camera = self.session = self.video = None
        self.status.hide()
        self.start_button.setText(self.tr("Start the &camera"))

    def _frame(self, frame: Any) -> None:
        now = time.monotonic()
        if self._busy or now - self._last_frame < MIN_INTERVAL or self._pool is None:
            return  # dropped: a frame is being decoded, or the last one was too recent
        self._busy, self._last_frame = True, now
        image = frame.toImage()
        future = self._pool.submit(decode_frame, image)
        future.add_done_callback(lambda f: self._relay.decoded.emit(f.result() if not f.exception() else []))

    def _decoded(self, codes: list[str]) -> None:
        self._busy = False
        now = time.monotonic()
        for code in codes:
            if now - self._recent.get(code, -REPEAT_WINDOW) >= REPEAT_WINDOW:
                self.code_read.emit(code)
            self._recent[code] = now

    def shutdown(self) -> None:
        self.stop()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
