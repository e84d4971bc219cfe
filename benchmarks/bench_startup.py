"""Start-up to a usable main window with its first page of rows, on a 100,000-asset database (SPEC §9).

Ours: `python main.py --db big.sqlite3 --quit-after-startup` (the window, the assets page and its first
200 rows, then exit). Floor: `python -c` showing a bare PySide6 QMainWindow, then quitting. Both whole
processes, offscreen, best of 3, same run. Target ≤ 1.5×.
"""

from __future__ import annotations

import os
import tempfile

from assets_data import ROOT, big_database
from common import Row, time_process

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "window = QMainWindow()\n"
    "window.resize(1366, 768)\n"
    "window.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "sys.exit(app.exec())\n"
)


def run() -> list[Row]:
    database = big_database()
    home = tempfile.mkdtemp(prefix="klara-bench-home-")
    os.environ.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_STATE_HOME=home)
    os.chdir(ROOT)
    floor = time_process(["-c", BARE], repeat=5)
    ours = time_process(["main.py", "--db", str(database), "--quit-after-startup"], repeat=5)
    return [
        Row("start-up to the assets table, 100k assets (whole process)", ours, floor, "≤ 1.5 × bare window", 1.5),
    ]
