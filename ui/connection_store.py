"""Where this seat's shared-database choice is kept: the connection (never its password) in QSettings, the
password only in the system keyring (the `keyring` package) and only when the user asked for it.

`Connection` builds the `postgresql://` URL given to `persistence.connect()`; the password is added only
to the URL held in memory for the connection itself.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlparse

from PySide6.QtCore import QSettings

KEYRING_SERVICE = "Klara Assets"
SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")
log = logging.getLogger(__name__)


class Keyring(Protocol):
    def get_password(self, service: str, username: str) -> str | None: ...
    def set_password(self, service: str, username: str, password: str) -> None: ...
    def delete_password(self, service: str, username: str) -> None: ...


@dataclass(frozen=True)
class Connection:
    host: str = "localhost"
    port: int = 5432
    database: str = "klara"
    user: str = ""
    sslmode: str = "prefer"
    options: str = ""  # other URL parameters, kept as given (e.g. `options=-csearch_path=...`)

    def url(self, password: str | None = None) -> str:
        who = quote(self.user, safe="")
        if who and password:
            who += ":" + quote(password, safe="")
        query = dict(parse_qsl(self.options))
        if self.sslmode != "prefer":
            query["sslmode"] = self.sslmode
        tail = f"?{urlencode(query)}" if query else ""
        return f"postgresql://{who}{'@' if who else ''}{self.host}:{self.port}/{quote(self.database, safe='')}{tail}"

    @property
    def key(self) -> str:
        """The keyring entry's name: who on which server and database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str) -> tuple[Connection, str | None]:
        """The connection and the password a URL carries (None when it has none)."""
        parts = urlparse(url.strip())
        query = dict(parse_qsl(parts.query))
        sslmode = query.pop("sslmode", "prefer")
        connection = cls(
            host=parts.hostname or "localhost",
            port=parts.port or 5432,
            database=unquote(parts.path.lstrip("/")) or "postgres",
            user=unquote(parts.username or ""),
            sslmode=sslmode if sslmode in SSL_MODES else "prefer",
            options=urlencode(query),
        )
        return connection, unquote(parts.password) if parts.password else None


class ConnectionStore:
    """The seat's last shared connection and its optional remembered password."""

    def __init__(self, state: QSettings, keyring_backend: Any = None):
        self.state = state
        self._keyring: Keyring | None = keyring_backend

    @property
    def keyring(self) -> Keyring:
        """The system keyring, imported on first use (it costs start-up time on a personal file)."""
        if self._keyring is None:
            import keyring

            self._keyring = keyring
        return self._keyring

    def last(self) -> Connection | None:
        url = self.state.value("connection/url")
        return Connection.from_url(url)[0] if isinstance(url, str) and url else None

    def save(self, connection: Connection | None) -> None:
        """The seat's choice, without any password; None goes back to the personal file."""
        self.state.setValue("connection/url", connection.url() if connection else "")
        self.state.sync()

    def password(self, connection: Connection) -> str | None:
        try:
            return self.keyring.get_password(KEYRING_SERVICE, connection.key)
        except Exception as exc:  # no keyring on this system: the user types the password
            log.info("No password from the system keyring: %s", type(exc).__name__)
            return None

    def remember(self, connection: Connection, password: str | None) -> None:
        """Keep the password in the keyring, or forget it (None); a keyring failure is reported."""
        if password:
            self.keyring.set_password(KEYRING_SERVICE, connection.key, password)
            return
        with contextlib.suppress(Exception):  # nothing was remembered
            self.keyring.delete_password(KEYRING_SERVICE, connection.key)
