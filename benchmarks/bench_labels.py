"""Label sheet for 1,000 assets (SPEC §9): the whole `klara-assets labels OUT.pdf --all` process against a
plain script that encodes each tag with `qrcode` and draws it with reportlab, one path per code, on the
same A4 3 × 7 grid. Both are whole processes (start-up included), measured in the same run; target ≤ 1.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

from common import Row, scratch, time_process

LABELS = 1000

PLAIN_SCRIPT = """
import sys
import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

tags = open(sys.argv[1], encoding="utf-8").read().split()
canvas = Canvas(sys.argv[2], pagesize=A4)
for index, tag in enumerate(tags):
    if index and index % 21 == 0:
        canvas.showPage()
    row, column = divmod(index % 21, 3)
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    code.add_data(tag)
    code.make(fit=True)
    modules = code.get_matrix()
    size = 34 * mm / len(modules)
    x0 = (7.21 + column * 66.04 + 2) * mm
    y0 = (297 - 15.15 - row * 38.1 - 2) * mm
    path = canvas.beginPath()
    for r, line in enumerate(modules):
        for c, dark in enumerate(line):
            if dark:
                path.rect(x0 + c * size, y0 - (r + 1) * size, size, size)
    canvas.drawPath(path, stroke=0, fill=1)
canvas.showPage()
canvas.save()
"""


def _database() -> tuple[str, list[str]]:
    """A 1,000-asset SQLite database (built once per run) and its tags."""
    from klara_assets.persistence.database import open_database
    from klara_assets.services import inventory
    from klara_assets.services.context import ServiceContext

    path = scratch("labels_1000.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(str(path))
    ctx = ServiceContext(db=db, url=str(path), actor="bench")
    rows = [{"category": "laptop", "manufacturer": "Dell", "model": f"Latitude {7400 + i % 50}"} for i in range(LABELS)]
    tags: list[str] = inventory.register_assets(ctx, rows).result  # type: ignore[assignment]
    db.close()
    return str(path), tags


def run() -> list[Row]:
    db, tags = _database()
    tag_file = scratch("labels_tags.txt")
    tag_file.write_text("\n".join(tags), encoding="utf-8")
    script = scratch("labels_plain.py")
    script.write_text(PLAIN_SCRIPT, encoding="utf-8")
    ours_pdf, plain_pdf = scratch("labels_ours.pdf"), scratch("labels_plain.pdf")
    ours = time_process(["-m", "klara_assets", "--db", db, "labels", str(ours_pdf), "--all", "--layout", "L7160"])
    floor = time_process([str(script), str(tag_file), str(plain_pdf)])
    return [Row(f"label sheet PDF, {LABELS} labels (whole command)", ours, floor, "≤ 1 × plain qrcode script", 1.0)]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for row in run():
        print(row, f"ratio {row.ratio:.2f} {row.verdict}")
