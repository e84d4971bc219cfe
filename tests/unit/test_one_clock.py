"""One clock: only `klara_assets/services/context.py` reads the calendar (like the permission walk).

Every other module takes today and now from the service context (`ctx.now()`, `ctx.today()`) or the
window's (`UiContext.today()`, `UiContext.local_now()`), so the test clock and `faketime` reach them all.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLOCK_MODULE = ROOT / "klara_assets" / "services" / "context.py"
CALENDAR_READS = re.compile(
    r"\b(?:date\.today|datetime\.now|datetime\.today|datetime\.utcnow|QDate\.currentDate|"
    r"QDateTime\.currentDateTime|QDateTime\.currentDateTimeUtc|QTime\.currentTime|time\.localtime|time\.gmtime)\s*\("
)


def _code_only(source: str) -> str:
    """The source without comments and strings, so documentation may name the forbidden calls."""
    kept = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in (tokenize.COMMENT, tokenize.STRING):
            kept.append(token.string)
    return " ".join(kept).replace(" . ", ".").replace(" (", "(")


def calendar_reads(path: Path) -> list[str]:
    return CALENDAR_READS.findall(_code_only(path.read_text(encoding="utf-8")))


def sources() -> list[Path]:
    files = [*sorted((ROOT / "klara_assets").rglob("*.py")), *sorted((ROOT / "ui").rglob("*.py")), ROOT / "main.py"]
    return [path for path in files if path != CLOCK_MODULE]


def test_only_the_clock_module_reads_the_calendar() -> None:
    offenders = {str(path.relative_to(ROOT)): found for path in sources() if (found := calendar_reads(path))}
    assert offenders == {}, f"read today/now from the service context instead: {offenders}"


def test_the_walk_covers_the_code_and_sees_a_call(tmp_path: Path) -> None:
    """The walk is not vacuous: it reaches the window and the core, and it does see a calendar read."""
    names = {str(path.relative_to(ROOT)) for path in sources()}
    assert {"main.py", "ui/widgets/date_field.py", "klara_assets/persistence/asset_search.py"} <= names
    assert calendar_reads(CLOCK_MODULE) == ["datetime.now("]
    sample = tmp_path / "sample.py"
    sample.write_text(
        "# date.today() in a comment is fine\n"
        "from PySide6.QtCore import QDate\n"
        "x = QDate.currentDate ()\n"
        "y = '''datetime.now()'''\n"
        "z = datetime . now(UTC)\n",
        encoding="utf-8",
    )
    assert calendar_reads(sample) == ["QDate.currentDate(", "datetime.now("]
