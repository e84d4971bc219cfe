"""Build the application bundle and, on Linux, its Debian package.

    python packaging/build.py            # dist/klara-assets/ (PyInstaller, one folder) and the .deb
    python packaging/build.py --no-deb   # the folder only
    python packaging/build.py --deb-only # the .deb from an existing dist/klara-assets/

The folder holds two executables sharing one set of libraries, `klara-assets` (command line) and
`klara-assets-gui` (window), with every resource, translation, font, label layout and migration; it runs
from any folder without Python. The .deb installs it under /opt/klara-assets with /usr/bin wrappers, a
desktop entry (French and English) and the icon; user data stays in the per-user data folder
(platformdirs), which a package upgrade never touches. Needs `pip install -e '.[bundle]'`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
NAME = "klara-assets"
PREFIX = f"/opt/{NAME}"

# What Qt's xcb platform plug-in and the Qt libraries in the bundle link against, outside the bundle
# (`ldd` on platforms/libqxcb.so, libQt6XcbQpa, libQt6Gui/Core/Widgets/DBus/Pdf): the packages that give them.
DEPENDS = [
    "libc6 (>= 2.34)",
    "libstdc++6",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0t64 | libglib2.0-0",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libgssapi-krb5-2",
    "fonts-dejavu-core",
]

DESKTOP = f"""[Desktop Entry]
Type=Application
Version=1.5
Name=Klara Assets
Name[fr]=Klara Assets
GenericName=IT asset inventory
GenericName[fr]=Inventaire du parc informatique
Comment=The company's computers and phones, from purchase to certified end of life
Comment[fr]=Les ordinateurs et téléphones de l'entreprise, de l'achat à la fin de vie certifiée
Exec={NAME}-gui
Icon={NAME}
Terminal=false
Categories=Office;Utility;
Keywords=inventory;assets;laptops;phones;
Keywords[fr]=inventaire;parc;ordinateurs;téléphones;
StartupWMClass=klara-assets-gui
"""

WRAPPER = """#!/bin/sh
exec {prefix}/{exe} "$@"
"""


def version() -> str:
    text = (ROOT / "klara_assets" / "__init__.py").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("no __version__ in klara_assets/__init__.py")


def bundle() -> Path:
    """PyInstaller over packaging/klara-assets.spec into dist/klara-assets/."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(PACKAGING / f"{NAME}.spec"),
    ]
    subprocess.run(command, check=True, cwd=ROOT)
    folder = DIST / NAME
    for exe in (NAME, f"{NAME}-gui"):
        if not (folder / exe).is_file():
            raise SystemExit(f"the bundle has no {exe}")
    return folder


def _size_kib(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) // 1024


def deb(folder: Path, compression: str = "gzip") -> Path:
    """dist/klara-assets_<version>_amd64.deb from the bundle folder, with dpkg-deb."""
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb is needed to build the Debian package")
    stage = BUILD / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / PREFIX.lstrip("/")
    shutil.copytree(folder, opt, symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for exe in (NAME, f"{NAME}-gui"):
        wrapper = bin_dir / exe
        wrapper.write_text(WRAPPER.format(prefix=PREFIX, exe=exe), encoding="utf-8")
        wrapper.chmod(0o755)
    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{NAME}.desktop").write_text(DESKTOP, encoding="utf-8")
    icons = ROOT / "resources" / "icons"
    for size_dir, source in (
        ("scalable", icons / f"{NAME}.svg"),
        ("256x256", icons / f"{NAME}-256.png"),
        ("48x48", icons / f"{NAME}-48.png"),
    ):
        target = share / "icons" / "hicolor" / size_dir / "apps" / f"{NAME}{source.suffix}"
        target.parent.mkdir(parents=True)
        shutil.copy2(source, target)
    doc = share / "doc" / NAME
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Klara Assets: proprietary.\nBundled fonts: DejaVu (see /opt/klara-assets/_internal/resources/fonts).\n"
        "Bundled Qt for Python (PySide6): LGPL-3.0.\n",
        encoding="utf-8",
    )
    control = stage / "DEBIAN"
    control.mkdir()
    (control / "control").write_text(
        f"Package: {NAME}\n"
        f"Version: {version()}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        "Maintainer: Klara <it@klara.example>\n"
        f"Installed-Size: {_size_kib(stage)}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Description: IT asset inventory, custody and certified end of life\n"
        " Klara Assets keeps the company's computers and phones, from purchase to\n"
        " certified end of life: inventory, custody, encryption compliance,\n"
        " incidents, audits and labels. Each user's data stays in their own data\n"
        " folder; upgrading the package never touches it.\n",
        encoding="utf-8",
    )
    target = DIST / f"{NAME}_{version()}_amd64.deb"
    target.unlink(missing_ok=True)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(stage), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-deb", action="store_true", help="build the folder only")
    parser.add_argument("--deb-only", action="store_true", help="package an existing dist/klara-assets/")
    parser.add_argument("--compression", default="gzip", choices=["xz", "gzip", "zstd", "none"])
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    folder = DIST / NAME if args.deb_only else bundle()
    print(f"{folder}: {_size_kib(folder) / 1024:.0f} MB")
    if not args.no_deb and sys.platform.startswith("linux"):
        package = deb(folder, args.compression)
        print(f"{package}: {package.stat().st_size / 1024 / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
