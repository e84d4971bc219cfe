"""Before the first window: the system libraries Qt's xcb platform plugin (X11) needs, and the Debian/Ubuntu
packages to install when some are missing, instead of Qt's generic "could not load the Qt platform plugin".

Qt-free and cheap: it dlopens the plugin's libraries (which Qt loads a moment later anyway), only when Qt is
going to use xcb. The table is what `ldd` reports for PySide6's `plugins/platforms/libqxcb.so` (and its
`libQt6XcbQpa.so.6`) beyond the libraries QtGui itself already needed at import.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Qt will pick its xcb plugin: asked for by name, or by default on an X11 desktop."""
    platform = environ.get("QT_QPA_PLATFORM", "").strip()
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def missing_packages(libraries: Mapping[str, str] = XCB_LIBRARIES) -> list[str]:
    """The packages of the libraries in `libraries` (soname → package) that cannot be loaded."""
    import ctypes  # only on an X11 desktop: the start-up of other platforms does not load it

    missing = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def platform_problem(environ: Mapping[str, str] | None = None, libraries: Mapping[str, str] = XCB_LIBRARIES) -> str:
    """What to tell the user when the window cannot open for want of system libraries; "" when it can."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or not uses_xcb(environ):
        return ""
    packages = missing_packages(libraries)
    if not packages:
        return ""
    return (
        "klara-assets-gui: the window cannot open: Qt's X11 (xcb) platform plugin needs system libraries "
        "that are not installed.\n"
        f"On Debian or Ubuntu: sudo apt-get install {' '.join(packages)}"
    )
