"""peewee without its server drivers until a PostgreSQL database is opened.

On import, peewee loads every database driver it finds installed: psycopg2 (with ssl and its extras),
psycopg, pymysql or MySQLdb; so does `playhouse.migrations` (through playhouse.migrate, cockroachdb and
postgres_ext). A SQLite database needs none of them, and they cost the window a noticeable part of its
start-up. `klara_assets/__init__.py` calls `hide_at_peewee_import()`: whenever `peewee` or
`playhouse.migrate` is imported later (the window imports peewee only when its worker first opens the
database, issue 18), the import runs inside `server_drivers_hidden()`, which hides those drivers for its
length (the `sys.modules` entries are removed again afterwards, so a later `import psycopg2` works as usual).
`postgres_driver()`, called whenever a PostgreSQL URL is opened (`persistence.database.unbound`, which the
window's File › Connect also goes through), imports psycopg2 and gives peewee and playhouse what their own
imports would have set.

MySQL is not supported by Klara Assets: peewee stays without a MySQL driver.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from klara_assets.domain.errors import DatabaseProblem

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec
    from types import ModuleType

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


# The modules whose import tries the drivers (playhouse.migrate: through postgres_ext and cockroachdb).
HIDING_IMPORTS = ("peewee", "playhouse.migrate")


class _HidingLoader:
    """The module's own loader, run with the server drivers hidden (a plain class: importlib.abc costs the
    start-up importlib.resources)."""

    def __init__(self, loader: Any):
        self.loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        with server_drivers_hidden():
            self.loader.exec_module(module)

    def __getattr__(self, name: str) -> Any:  # get_source, get_resource_reader...: the loader's own
        return getattr(self.loader, name)


class _HidingFinder:
    """Finds `HIDING_IMPORTS` with the other finders (a checkout's, a venv's, a bundle's) and wraps their loader."""

    def find_spec(self, name: str, path: Sequence[str] | None, target: ModuleType | None = None) -> ModuleSpec | None:
        if name not in HIDING_IMPORTS:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _HidingLoader(spec.loader)  # type: ignore[assignment]  # a Loader by duck typing
                return spec
        return None


def hide_at_peewee_import() -> None:
    """From now on `import peewee` (and playhouse's migration runner) runs with the server drivers hidden;
    modules already imported are left as they are. Idempotent."""
    if not any(isinstance(finder, _HidingFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _HidingFinder())


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
