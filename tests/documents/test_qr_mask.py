"""The faster mask search picks qrcode's own mask: the matrices are identical, symbol for symbol."""

from __future__ import annotations

import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st
from qrcode import util
from qrcode.constants import ERROR_CORRECT_H, ERROR_CORRECT_L, ERROR_CORRECT_M

from klara_assets.documents import qr
from klara_assets.documents.qr_mask import _TABLES, FastMaskQRCode

TAG_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-./ "


def reference(payload: str, level: int = ERROR_CORRECT_M) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=level, border=0)
    code.add_data(payload, optimize=0)
    code.make(fit=True)
    return code.get_matrix()


def ours(payload: str, level: int = ERROR_CORRECT_M) -> list[list[bool]]:
    code = FastMaskQRCode(error_correction=level, border=0)
    code.add_data(payload, optimize=0)
    code.make(fit=True)
    return code.get_matrix()


def test_tags_give_the_same_matrix_as_qrcode() -> None:
    for number in range(1, 400):
        tag = f"KLA-{number:06d}"
        assert [list(row) for row in qr.matrix(tag)] == reference(tag), tag


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=TAG_CHARS, min_size=1, max_size=120), st.sampled_from([ERROR_CORRECT_L, ERROR_CORRECT_M]))
def test_alphanumeric_payloads_give_the_same_matrix(payload: str, level: int) -> None:
    assert ours(payload, level) == reference(payload, level)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_any_text_gives_the_same_matrix_including_large_versions(payload: str) -> None:
    assert ours(payload, ERROR_CORRECT_H) == reference(payload, ERROR_CORRECT_H)


def test_each_penalty_equals_qrcode_lost_point() -> None:
    code = FastMaskQRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data("KLARA-CERT:CERT-2026-0001:" + "ab" * 32, optimize=0)
    code.make(fit=True)
    tables = _TABLES[code.version]
    for mask in range(8):
        code.makeImpl(True, mask)
        assert tables.penalty(tables.pack(code.modules)) == util.lost_point(code.modules)
