"""The `klara-assets` command (SPEC §8): the same services as the window, for scripts and tests.

Exit codes: 0 done; 1 refused (validation, guard, conflict, failed verification) with the reason on
stderr and nothing changed; 2 usage; 3 not found. `--json` prints one JSON object on stdout.

Each area registers its commands from its own module (`AREAS`), so areas grow without touching this file.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

import peewee

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
from klara_assets.cli.common import Commands, build_root, default_database
from klara_assets.domain.errors import DatabaseUnavailable, KlaraError
from klara_assets.persistence.database import explain

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
        code = safe_output.run(args.handler, args)
        sys.stdout.flush()  # inside the try: a reader that left (`| head -1`) is seen here
        return code
    except BrokenPipeError:
        return reader_left()
    except (peewee.OperationalError, peewee.InterfaceError) as exc:  # a read outside any transaction
        return refuse(explain(exc, getattr(args, "db", None) or default_database()))
    except KlaraError as exc:
        return refuse(exc)
    except KeyboardInterrupt:
        print("klara-assets: interrupted; the unfinished step saved nothing.", file=sys.stderr)
        return 1


def refuse(exc: KlaraError) -> int:
    """One line on stderr and the contract's exit code (4: the database is unavailable, try again)."""
    if isinstance(exc, DatabaseUnavailable):
        print(
            f"klara-assets: database unavailable: nothing changed; try again ({safe_output.safe(exc.message)})",
            file=sys.stderr,
        )
    else:
        print(f"klara-assets: {safe_output.safe(exc.message)}", file=sys.stderr)
    return exc.exit_code


def reader_left() -> int:
    """The reader of our output closed the pipe (`eol candidates | head -1`): stop quietly, like `cat`.

    stdout is pointed at /dev/null so the interpreter's final flush does not complain either.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    sys.exit(main())
