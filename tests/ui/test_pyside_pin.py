"""PySide6 6.12.0 drops a reference to None on each void C++ call and aborts CPython 3.11 (SPEC §1)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_do_not_drop_references_to_none() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for n in range(50_000):
        obj.setObjectName(f"o{n % 7}")
    # Python >= 3.12 makes None immortal (constant count); on 3.11 the count must not fall.
    assert sys.getrefcount(None) >= before - 100
