"""The performance suite (SPEC §9): plain Python, no test runner.

Each `benchmarks/bench_*.py` module exposes `run() -> list[Row]`; this script runs them (or those named
on the command line: `python benchmarks/run.py labels import`) and prints one table: work, ours, floor,
ratio, target, verdict. Every floor is measured in the same run, on the same machine.
"""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from common import Row  # noqa: E402


def _modules(selected: list[str]) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if selected:
        names = [n for n in names if n.removeprefix("bench_") in selected]
    return names


def _fmt(seconds: float | None, unit: str = "s") -> str:
    if seconds is None:
        return "-"
    if unit != "s":
        return f"{seconds:.0f} {unit}"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main(argv: list[str]) -> int:
    rows: list[Row] = []
    failed = False
    for name in _modules(argv):
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            rows.extend(importlib.import_module(name).run())
        except Exception:
            failed = True
            traceback.print_exc()
    header = ("work", "ours", "floor", "ratio", "target", "verdict")
    table = [header] + [
        (
            r.work,
            _fmt(r.ours_s, r.unit),
            _fmt(r.floor_s, r.unit),
            "-" if r.ratio is None else f"{r.ratio:.2f}",
            r.target,
            r.verdict,
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
