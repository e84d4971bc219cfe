"""The MDM import's quick serial key (issue 13 §9) is `identifiers.serial_key`, exactly, on odd serials."""

from __future__ import annotations

import pytest

from klara_assets.domain.identifiers import serial_key
from klara_assets.services.import_formats.mdm import _serial_key

ODD = [
    "5CG1234XYZ", "8cc 0000-new", "a.b/c_d", "---", "ß12", "PF-2x\u00a0Y\u202fZ", "²3", "ÉCRAN 1",
    "tab\tbed", "ｆｕｌｌ",
]  # fmt: skip


@pytest.mark.parametrize("serial", ODD)
def test_the_quick_key_is_the_serial_key(serial: str) -> None:
    assert _serial_key(serial) == (serial_key(serial) or "")
