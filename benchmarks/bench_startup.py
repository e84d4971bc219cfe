"""Start-up to a usable first page on a 100,000-asset database (SPEC §9, issue 18), whole process.

Ours: `main.py --quit-after-startup` as a user starts it, on the database in the user data folder (no
`--db`: the default location is part of the start-up), from the process start to its first mark on stderr
("first page usable": the window shown with its first page, To do, laid out, its items on the way from the
worker), and, for information, to its second ("first page's data shown": the items listed). Floor: a bare
PySide6 QMainWindow shown, then its mark, in the same kind of process: `python -c` for the virtual
environment, the bundle's own `klara-assets-gui` with KLARA_ASSETS_BARE_WINDOW=1 for `dist/klara-assets/`
(the bundle lines are there only when the bundle is built). Runs interleaved (floor, ours, floor, ours...),
one warm-up round dropped (it also writes the bytecode caches, as a user's first start does), medians.
Target ≤ 1.5 ×.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def to_marks(command: list[str], env: dict[str, str], marks: int) -> list[float]:
    """Seconds from the process start to each of its first `marks` lines on stderr; then waits for the exit."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
    assert process.stderr is not None
    lines, elapsed = [], []
    for _ in range(marks):
        lines.append(process.stderr.readline())
        elapsed.append(time.perf_counter() - started)
    rest = process.stderr.read()
    if process.wait() != 0 or not all(lines):
        raise RuntimeError(f"{command[0]} failed: {(b''.join(lines) + rest).decode(errors='replace')}")
    return elapsed


def interleaved(pairs: dict[str, tuple[list[str], dict[str, str]]]) -> dict[str, float]:
    """Medians per name; an "ours" command gives two: "... ours" (usable) and "... ours data"."""
    samples: dict[str, list[float]] = {}
    for round_ in range(ROUNDS + 1):
        for name, (command, env) in pairs.items():
            ours = name.endswith("ours")
            seconds = to_marks(command, env, 2 if ours else 1)
            if round_:  # the first round warms the file cache
                samples.setdefault(name, []).append(seconds[0])
                if ours:
                    samples.setdefault(f"{name} data", []).append(seconds[1])
    return {name: statistics.median(values) for name, values in samples.items()}


def user_home(database: Path) -> str:
    """A clean home whose user data folder holds `database` as `klara-assets.sqlite3` (a hard link beside it,
    else a copy)."""
    home = tempfile.mkdtemp(prefix="klara-bench-home-", dir=database.parent)
    folder = Path(home) / "klara-assets"
    folder.mkdir()
    try:
        os.link(database, folder / "klara-assets.sqlite3")
    except OSError:
        shutil.copyfile(database, folder / "klara-assets.sqlite3")
    return home


def run() -> list[Row]:
    home = user_home(big_database())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home}
    # A user's Python caches compiled modules (__pycache__); the warm-up round writes them. Some shells (this
    # machine's sessions) export PYTHONDONTWRITEBYTECODE, which would make every run compile our sources again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_STATE_HOME=home)
    env.pop("KLARA_ASSETS_DB", None)
    ours = ["--quit-after-startup"]
    pairs = {
        "venv floor": ([sys.executable, "-c", BARE], env),
        "venv ours": ([sys.executable, "main.py", *ours], env),
    }
    if BUNDLE.exists():
        pairs["bundle floor"] = ([str(BUNDLE)], {**env, "KLARA_ASSETS_BARE_WINDOW": "1"})
        pairs["bundle ours"] = ([str(BUNDLE), *ours], env)
    try:
        medians = interleaved(pairs)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    rows = []
    for kind in ("venv", "bundle") if BUNDLE.exists() else ("venv",):
        rows += [
            Row(f"start-up to a usable first page, 100k assets, {kind} (whole process, median)",
                medians[f"{kind} ours"], medians[f"{kind} floor"], f"≤ 1.5 × bare window ({kind})", 1.5),
            Row(f"start-up to the first page's data shown, 100k assets, {kind} (for information)",
                medians[f"{kind} ours data"], medians[f"{kind} floor"], "-"),
        ]  # fmt: skip
    return rows
