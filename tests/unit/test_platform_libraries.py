"""A window that cannot open names the system packages to install (not Qt's generic plugin message)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.platform_libraries import XCB_LIBRARIES, missing_packages, platform_problem, uses_xcb

ROOT = Path(__file__).resolve().parents[2]


def test_xcb_is_checked_only_when_qt_will_use_it() -> None:
    assert uses_xcb({"DISPLAY": ":0"})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"})
    assert not uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
    assert not uses_xcb({})


def test_missing_libraries_are_named_by_package() -> None:
    table = {"libklara-absent.so.9": "libklara-absent9", "libc.so.6": "libc6"}
    problem = platform_problem({"DISPLAY": ":0"}, table)
    assert "sudo apt-get install libklara-absent9" in problem and "libc6" not in problem
    assert platform_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, table) == ""
    assert platform_problem({"DISPLAY": ":0"}, {"libc.so.6": "libc6"}) == ""


def test_the_table_covers_what_the_xcb_plugin_links() -> None:
    """Every library `ldd` lists for PySide6's xcb plugin outside PySide6 and the C runtime is in the table."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    qpa = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6XcbQpa.so.6"
    linked = set()
    for library in (plugin, qpa):
        for line in subprocess.run(
            ["ldd", str(library)], capture_output=True, text=True, check=True
        ).stdout.splitlines():
            name = line.split()[0]
            if name.startswith(("libxcb", "libX11", "libxkbcommon")):
                linked.add(name)
    assert linked and linked <= set(XCB_LIBRARIES), linked - set(XCB_LIBRARIES)


def test_the_window_names_the_packages_on_this_machine(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":97", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    command = [sys.executable, "main.py", "--db", str(tmp_path / "k.sqlite3"), "--quit-after-startup"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    missing = missing_packages()
    if missing:  # this machine lacks some: the user is told exactly which packages, and nothing else
        assert result.returncode == 1
        assert f"sudo apt-get install {' '.join(missing)}" in result.stderr, result.stderr
        assert "qt.qpa.plugin" not in result.stderr and not (tmp_path / "k.sqlite3").exists()
    else:  # everything is there: Qt gets as far as the (absent) X display
        assert "apt-get install" not in result.stderr and result.returncode != 0
