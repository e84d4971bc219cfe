"""A cheaper answer to the question PySide6 asks of every module imported after it (issue 18).

PySide6 hooks the import statement: for each newly imported module it calls
`shibokensupport.feature._mod_uses_pyside(module)`, which runs `inspect.getsource` (linecache, tokenize,
the whole file decoded and split into lines) only to learn whether the text "PySide6" occurs in the
source (PYSIDE-2029, for its `__feature__` switching). The window imports about 200 modules before its
first page shows, and that reading was about 7 % of the start-up's instructions. `install()` gives the
same answer from the file's bytes, read once; modules without a `.py` file (the bundle's, built-in ones)
keep PySide6's own check. Two kinds of module are answered without opening their file at all: the standard
library's, and the core's (`klara_assets`, which the import contracts forbid to import Qt): neither uses
PySide6, whatever a docstring says. Nothing changes when PySide6 has no such function.

Importing this module installs it (`main.py` imports it right after PySide6, before its own modules).
"""

from __future__ import annotations

import os
import sys
from types import ModuleType
from typing import Any

MARK = "_klara_reads_bytes"
STDLIB = os.path.dirname(os.__file__) + os.sep  # .../lib/python3.11/, where site-packages may lie too


def _never_uses_pyside(module: ModuleType, path: object) -> bool:
    """The core, and the standard library (not what is installed inside it, in site- or dist-packages)."""
    name = getattr(module, "__name__", "")
    if name == "klara_assets" or name.startswith("klara_assets."):
        return True
    return isinstance(path, str) and path.startswith(STDLIB) and "-packages" not in path[len(STDLIB) :]


def install() -> bool:
    """Replace PySide6's check by the byte search; True when it is (or already was) in place."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Any = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, MARK, False):
        return True

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if _never_uses_pyside(module, path):
            return False
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    setattr(mod_uses_pyside, MARK, True)
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]
    return True


install()
