"""The `klara-assets` command (SPEC §8): the same services as the window, for scripts and tests.

Exit codes: 0 done; 1 refused (validation, guard, conflict, failed verification) with the reason on
stderr and nothing changed; 2 usage; 3 not found. `--json` prints one JSON object on stdout.

Each area registers its commands from its own module (`AREAS`), so areas grow without touching this file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from klara_assets.cli import (
    attachments,
    audits,
    custody,
    disposal,
    end_of_life,
    exchange,
    incidents,
    inventory,
    labels,
    operators,
    receipts,
    records,
    reminders,
    safe_output,
)
from klara_assets.cli.common import Commands, build_root
from klara_assets.domain.errors import KlaraError

AREAS = [
    inventory,
    custody,
    incidents,
    end_of_life,
    disposal,
    exchange,
    labels,
    audits,
    operators,
    attachments,
    records,
    receipts,
    reminders,
]


def build_parser() -> argparse.ArgumentParser:
    parser, sub, common = build_root()
    commands = Commands(sub, common)
    for area in AREAS:
        area.register(commands)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse, letting a command's trailing list (`set_defaults(intermixed="tags")`) continue after options:
    `labels OUT.pdf --layout L7160 KLA-000001 KLA-000002`.
    """
    parser = build_parser()
    args, extras = parser.parse_known_args(argv)
    target = getattr(args, "intermixed", None)
    if extras and target and not any(extra.startswith("-") for extra in extras):
        setattr(args, target, [*(getattr(args, target) or []), *extras])
    elif extras:
        parser.error(f"unrecognized arguments: {' '.join(extras)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    try:
        return safe_output.run(args.handler, args)
    except KlaraError as exc:
        print(f"klara-assets: {safe_output.safe(exc.message)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("klara-assets: interrupted; the unfinished step saved nothing.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
