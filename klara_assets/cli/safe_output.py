"""The CLI never replays terminal escape sequences from stored data (issue 12 §3).

Whatever a command prints goes through `safe()`: control characters other than line feed, carriage return
and tab, DEL, C1 controls and bidirectional overrides are shown as `\\x1b`-style escapes, so a serial or a
note holding `ESC [ 2 J` cannot clear the terminal, rewrite the line, or reorder what the user reads.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any, TextIO

_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group(0)):02x}" if ord(m.group(0)) < 0x100 else
                       f"\\u{ord(m.group(0)):04x}", text)  # fmt: skip


class SafeStream:
    """A text stream that writes `safe(text)` to the wrapped one."""

    def __init__(self, inner: TextIO):
        self._inner = inner

    def write(self, text: str) -> int:
        return self._inner.write(safe(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def run(handler: Callable[[Any], int], args: Any) -> int:
    """`handler(args)` with stdout and stderr made safe for the duration."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(out), SafeStream(err)
    try:
        return int(handler(args))
    finally:
        sys.stdout, sys.stderr = out, err
