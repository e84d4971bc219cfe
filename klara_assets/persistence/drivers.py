"""peewee without its server drivers until a PostgreSQL database is opened.

On import, peewee loads every database driver it finds installed: psycopg2 (with ssl and its extras),
psycopg, pymysql or MySQLdb; so does `playhouse.migrations` (through playhouse.migrate, cockroachdb and
postgres_ext). A SQLite database needs none of them, and they cost the window a noticeable part of its
start-up. `klara_assets/__init__.py` imports peewee, and `persistence/database.py` playhouse's migration
runner, inside `server_drivers_hidden()`, which hides those drivers for the length of the import (the
`sys.modules` entries are removed again afterwards, so a later `import psycopg2` works as usual).
`postgres_driver()`, called whenever a PostgreSQL URL is opened (`persistence.database.unbound`, which the
window's File › Connect also goes through), imports psycopg2 and gives peewee and playhouse what their own
imports would have set.

MySQL is not supported by Klara Assets: peewee stays without a MySQL driver.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator
from typing import Any

from klara_assets.domain.errors import DatabaseProblem

# The driver modules peewee tries at import (peewee 3.17 to 4.x): psycopg2cffi, psycopg2, psycopg, pymysql,
# MySQLdb. `pysqlite3` is left alone: peewee prefers it to the standard sqlite3 when it is newer.
HIDDEN = ("psycopg2cffi", "psycopg2", "psycopg", "pymysql", "MySQLdb")
_lock = threading.Lock()


@contextlib.contextmanager
def server_drivers_hidden() -> Iterator[None]:
    """For the imports inside: the server drivers not yet imported look absent (`import psycopg2` fails)."""
    hidden = [name for name in HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # `import name` then raises ImportError
    try:
        yield
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


def postgres_driver() -> None:
    """Give peewee psycopg2, as if it had been found at peewee's import (idempotent, thread-safe).

    Without psycopg2 installed (it comes with the `postgres` extra) the shared database is refused with what
    to install, instead of peewee's "Postgres driver not installed" traceback at the first query."""
    import peewee as typed_peewee

    peewee: Any = typed_peewee  # its driver globals are not in peewee's stubs
    if peewee.psycopg2 is not None:
        return
    with _lock:
        if peewee.psycopg2 is not None:
            return
        try:
            import psycopg2
            from psycopg2 import extensions, extras
        except ImportError:
            raise DatabaseProblem(
                "The PostgreSQL driver (psycopg2) is not installed: install the shared-mode extra "
                "(pip install 'klara-assets[postgres]') to use a shared database.",
                code="postgres_driver_missing",
            ) from None
        extras.register_uuid()
        peewee.pg_extensions = extensions
        peewee.pg_register_uuid = extras.register_uuid
        peewee.Json_pg2 = extras.Json
        adapter = peewee.Psycopg2Adapter
        adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
        adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
        adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
        if (ext := sys.modules.get("playhouse.postgres_ext")) is not None:  # its hstore helper, too
            ext.register_hstore = extras.register_hstore  # type: ignore[attr-defined]
        peewee.psycopg2 = psycopg2  # last: the flag the check above reads
