"""Test helpers: snapshots of a database's content (a refusal changed nothing) and the CLI run in-process."""

from __future__ import annotations

from datetime import UTC, date
from typing import Any

import pytest

from klara_assets.cli import main
from klara_assets.domain.errors import KlaraError
from klara_assets.persistence.models import MODELS
from klara_assets.services.context import utc_now


def snapshot() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, ordered by primary key."""
    content = {}
    for model in MODELS:
        content[model._meta.table_name] = list(model.select().order_by(model._meta.primary_key).tuples())
    return content


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`klara-assets ARGS` in this process: (exit code, stdout, stderr); argparse usage errors give 2."""
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def assert_refused(exc_type: type[KlaraError], words: str, fn: Any, *args: Any, **kwargs: Any) -> KlaraError:
    """`fn` is refused with `exc_type`, its message names the reason (`words`), and nothing changed."""
    before = snapshot()
    with pytest.raises(exc_type) as err:
        fn(*args, **kwargs)
    assert words.lower() in err.value.message.lower(), err.value.message
    assert snapshot() == before
    return err.value


def cli_today() -> date:
    """The day the command line sees: it runs on the real clock (`faketime` moves it), read at call time."""
    return utc_now().replace(tzinfo=UTC).astimezone().date()
