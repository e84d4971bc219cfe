"""Start-up to a usable first page on a 100,000-asset database (SPEC §9, issue 18), whole process.

Ours: `main.py --db big.sqlite3 --quit-after-startup`, from the process start to its mark on stderr
("first page usable": the window shown with the dashboard laid out, its counts still coming from the
worker). Floor: a bare PySide6 QMainWindow shown, then its mark, in the same kind of process: `python -c`
for the virtual environment, the bundle's own `klara-assets-gui` with KLARA_ASSETS_BARE_WINDOW=1 for
`dist/klara-assets/` (the bundle line is there only when the bundle is built). Runs interleaved (floor,
ours, floor, ours...), one warm-up round dropped, medians. Target ≤ 1.5 ×.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from assets_data import ROOT, big_database
from common import Row

BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv)\n"
    "window = QMainWindow()\n"
    "window.resize(1366, 768)\n"
    "window.show()\n"
    "QTimer.singleShot(0, lambda: (print('bare window shown', file=sys.stderr, flush=True), app.quit()))\n"
    "sys.exit(app.exec())\n"
)
BUNDLE = ROOT / "dist" / "klara-assets" / "klara-assets-gui"
ROUNDS = 7


def to_mark(command: list[str], env: dict[str, str]) -> float:
    """Seconds from the process start to its first line on stderr (its mark); then waits for the exit."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
    assert process.stderr is not None
    line = process.stderr.readline()
    elapsed = time.perf_counter() - started
    rest = process.stderr.read()
    if process.wait() != 0 or not line:
        raise RuntimeError(f"{command[0]} failed: {(line + rest).decode(errors='replace')}")
    return elapsed


def interleaved(pairs: dict[str, tuple[list[str], dict[str, str]]]) -> dict[str, float]:
    samples: dict[str, list[float]] = {name: [] for name in pairs}
    for round_ in range(ROUNDS + 1):
        for name, (command, env) in pairs.items():
            seconds = to_mark(command, env)
            if round_:  # the first round warms the file cache
                samples[name].append(seconds)
    return {name: statistics.median(values) for name, values in samples.items()}


def run() -> list[Row]:
    database = big_database()
    home = tempfile.mkdtemp(prefix="klara-bench-home-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home}
    env.update(XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_STATE_HOME=home)
    ours = ["--db", str(database), "--quit-after-startup"]
    pairs = {
        "venv floor": ([sys.executable, "-c", BARE], env),
        "venv ours": ([sys.executable, "main.py", *ours], env),
    }
    if BUNDLE.exists():
        pairs["bundle floor"] = ([str(BUNDLE)], {**env, "KLARA_ASSETS_BARE_WINDOW": "1"})
        pairs["bundle ours"] = ([str(BUNDLE), *ours], env)
    medians = interleaved(pairs)
    rows = [
        Row("start-up to a usable first page, 100k assets, venv (whole process, median)",
            medians["venv ours"], medians["venv floor"], "≤ 1.5 × bare window", 1.5),
    ]  # fmt: skip
    if BUNDLE.exists():
        rows.append(
            Row("start-up to a usable first page, 100k assets, bundle (whole process, median)",
                medians["bundle ours"], medians["bundle floor"], "≤ 1.5 × bare window (bundled)", 1.5)
        )  # fmt: skip
    return rows
