"""Klara Assets desktop application: `python main.py [--db PATH_OR_URL] [--connect] [--scan-station …]
[--lang fr|en] [--quit-after-startup]`.

The composition root is `ui/app.py`: a script run by its name is compiled again at every start, a module
keeps its compiled form (about 3.5 ms of every start-up, issue 18). The names tests and tools use from
here are re-exported.
"""

from __future__ import annotations

import sys

from ui.app import DATA_MARK, PAGES, STARTUP_MARK, asset_actions, build_pages, main

__all__ = ["DATA_MARK", "PAGES", "STARTUP_MARK", "asset_actions", "build_pages", "main"]

if __name__ == "__main__":
    sys.exit(main())
