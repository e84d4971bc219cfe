"""Label sheets: every code on every layout decodes to its tag, in its position; text stays inside its label."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from klara_assets.documents import qr
from klara_assets.documents.labels import (
    Label,
    LabelLayout,
    LabelSheet,
    get_layout,
    load_layouts,
    placements,
    render_labels,
)
from klara_assets.domain.errors import ValidationFailed
from tests.documents.label_checks import decode_pages, word_boxes

LAYOUTS = list(load_layouts())
IF_FOUND = "Si vous trouvez cet appareil : +33 1 84 60 00 00"
SECOND_LINES = ["Dell Latitude 7440", "Apple iPhone 15 Pro Max — SN F2LXK1Q2PQRS", "", "Łódź Göğüş Ürün ŠŽ"]


def sheet_of(layout: LabelLayout, count: int = 50, skip: int = 0, **extra: str) -> LabelSheet:
    labels = tuple(Label(f"KLA-{i:06d}", SECOND_LINES[i % 4]) for i in range(1, count + 1))
    return LabelSheet(layout, labels, organisation=extra.get("organisation", "Klara SAS"), if_found=IF_FOUND, skip=skip)


def slot_at(layout: LabelLayout, x: float, y_from_top: float) -> int:
    """The position whose rectangle contains the point (points, origin top-left)."""
    for slot in range(layout.per_page):
        left, bottom, width, height = layout.label_box(slot)
        top = layout.page_height * mm - bottom - height
        if left <= x <= left + width and top <= y_from_top <= top + height:
            return slot
    raise AssertionError(f"({x:.0f}, {y_from_top:.0f}) is outside every label")


@pytest.mark.parametrize("layout_id", LAYOUTS)
def test_every_code_decodes_to_its_tag_in_its_position_at_300_dpi(layout_id: str, tmp_path: Path) -> None:
    layout = get_layout(layout_id)
    sheet = sheet_of(layout)
    decoded = decode_pages(render_labels(sheet), tmp_path, 300)
    expected = {(label.tag, page, slot) for label, (page, slot) in zip(sheet.labels, placements(sheet), strict=True)}
    found = {(d.text, d.page, slot_at(layout, d.x, d.y)) for d in decoded}
    assert len(decoded) == 50
    assert found == expected


def test_mini_layout_decodes_at_150_dpi(tmp_path: Path) -> None:
    sheet = sheet_of(get_layout("L7651"))
    decoded = decode_pages(render_labels(sheet), tmp_path, 150)
    assert sorted(d.text for d in decoded) == [label.tag for label in sheet.labels]


def test_skip_places_the_first_label_at_position_n(tmp_path: Path) -> None:
    layout = get_layout("L7160")
    sheet = sheet_of(layout, count=5, skip=19)
    decoded = decode_pages(render_labels(sheet), tmp_path, 150)
    where = {d.text: (d.page, slot_at(layout, d.x, d.y)) for d in decoded}
    assert where == {
        "KLA-000001": (0, 19),
        "KLA-000002": (0, 20),
        "KLA-000003": (1, 0),
        "KLA-000004": (1, 1),
        "KLA-000005": (1, 2),
    }


@pytest.mark.parametrize("layout_id", LAYOUTS)
def test_text_never_leaves_its_label(layout_id: str, tmp_path: Path) -> None:
    layout = get_layout(layout_id)
    long_org = "Établissements Kowalczyk-Øresund & Partenaires Internationaux SAS"
    sheet = sheet_of(layout, count=min(layout.per_page, 8), organisation=long_org)
    words = word_boxes(render_labels(sheet), tmp_path)
    assert any(w.text == "KLA-000001" for w in words)
    for word in words:
        centre = slot_at(layout, (word.x_min + word.x_max) / 2, (word.y_min + word.y_max) / 2)
        left, bottom, width, height = layout.label_box(centre)
        top = layout.page_height * mm - bottom - height
        assert left <= word.x_min and word.x_max <= left + width, (word, layout_id)
        assert top <= word.y_min and word.y_max <= top + height, (word, layout_id)


def test_text_does_not_cover_the_code_quiet_zone(tmp_path: Path) -> None:
    layout = get_layout("L7651")
    words = word_boxes(render_labels(sheet_of(layout, count=5)), tmp_path)
    for word in words:
        left, _, _, height = layout.label_box(slot_at(layout, word.x_min + 0.5, (word.y_min + word.y_max) / 2))
        code_right = left + layout.padding * mm + (height - 2 * layout.padding * mm)
        assert word.x_min >= code_right - 0.5, word


def test_tag_and_organisation_are_printed_and_long_lines_are_shortened(tmp_path: Path) -> None:
    words = {w.text for w in word_boxes(render_labels(sheet_of(get_layout("L7651"), count=4)), tmp_path)}
    assert {"KLA-000001", "Klara", "SAS", "Łódź", "Göğüş"} <= words
    assert any(w.endswith("…") for w in words)  # the long model line on a mini label


def test_same_sheet_gives_the_same_bytes() -> None:
    sheet = sheet_of(get_layout("5160"), count=12)
    assert render_labels(sheet) == render_labels(sheet)


def test_the_code_is_vector_and_version_1() -> None:
    pdf = render_labels(sheet_of(get_layout("DK-11209"), count=1))
    assert b"/Subtype /Image" not in pdf
    assert len(qr.matrix("KLA-000123")) == 21  # version 1: 21 modules, large on the label


@pytest.mark.parametrize("skip", [-1, 21, 100])
def test_skip_outside_the_sheet_is_refused(skip: int) -> None:
    with pytest.raises(ValidationFailed) as err:
        render_labels(sheet_of(get_layout("L7160"), count=3, skip=skip))
    assert "skip" in err.value.message and "21 positions" in err.value.message


def test_unknown_layout_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValidationFailed) as err:
        get_layout("L9999")
    assert "L9999" in err.value.message and "L7160" in err.value.message


def test_layout_lookup_ignores_case() -> None:
    assert get_layout("dk-11209").label_width == 62


def test_a_new_sheet_is_a_data_entry(tmp_path: Path) -> None:
    shipped = json.loads(Path(load_layouts.__globals__["resource_path"]("labels", "layouts.json")).read_text())
    extra = dict(shipped["layouts"][0], id="TEST2x2", rows=2, columns=2)
    path = tmp_path / "layouts.json"
    path.write_text(json.dumps({"layouts": [extra]}))
    layout = load_layouts(path)["TEST2x2"]
    assert layout.per_page == 4
    assert len(PdfReader(io.BytesIO(render_labels(sheet_of(layout, count=5)))).pages) == 2


def test_a_layout_whose_labels_leave_the_page_is_refused(tmp_path: Path) -> None:
    shipped = json.loads(Path(load_layouts.__globals__["resource_path"]("labels", "layouts.json")).read_text())
    path = tmp_path / "layouts.json"
    path.write_text(json.dumps({"layouts": [dict(shipped["layouts"][0], id="WIDE", columns=4)]}))
    with pytest.raises(ValidationFailed) as err:
        load_layouts(path)
    assert "WIDE" in err.value.message and "do not fit" in err.value.message


def test_empty_sheet_is_refused() -> None:
    with pytest.raises(ValidationFailed) as err:
        render_labels(LabelSheet(get_layout("L7160"), ()))
    assert "no labels" in err.value.message.lower()
