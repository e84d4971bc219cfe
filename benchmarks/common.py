"""Shared pieces of the performance suite: a result row, timing helpers, a scratch folder."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


@dataclass(frozen=True)
class Row:
    """One line of the table: our time against a floor measured in the same run, and the target ratio.

    `limit_s` is used instead of a ratio when the target is absolute (e.g. "≤ 2 s").
    """

    work: str
    ours_s: float
    floor_s: float | None
    target: str
    max_ratio: float | None = None
    limit_s: float | None = None
    unit: str = "s"  # "MB" for a memory row: `ours_s` and `limit_s` then hold megabytes

    @property
    def ratio(self) -> float | None:
        return None if not self.floor_s else self.ours_s / self.floor_s

    @property
    def verdict(self) -> str:
        if self.max_ratio is not None and self.ratio is not None:
            return "PASS" if self.ratio <= self.max_ratio else "MISS"
        if self.limit_s is not None:
            return "PASS" if self.ours_s <= self.limit_s else "MISS"
        return "-"


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of `repeat` runs, in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def median_of(samples: list[float]) -> float:
    return statistics.median(samples)


def time_process(args: list[str], repeat: int = 3) -> float:
    """Best wall time of a whole process (start-up included), in seconds."""
    return best_of(lambda: subprocess.run([sys.executable, *args], check=True, capture_output=True), repeat)


def scratch(name: str) -> Path:
    OUT.mkdir(exist_ok=True)
    return OUT / name
