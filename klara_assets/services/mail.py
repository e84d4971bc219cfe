"""The e-mail digest (issue 17 §1): send today's reminders through the organisation's SMTP server.

The server, port, security (STARTTLS, TLS or none), user, sender and recipients are business settings;
the password never is. It lives in the system keyring (the `keyring` package, one entry per user and
server) or, where the machine has no keyring (a headless server running the scheduled job), comes from
the environment variable `KLARA_ASSETS_SMTP_PASSWORD`. It is never written to the database or a log.

`send_digest` sends the daily digest to the recipients and the urgent incident items to the security
officer, then logs one event per message sent. A server that is down, refuses the login or refuses the
recipients is a `MailNotSent` refusal naming the reason; nothing is marked as sent then.
"""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from klara_assets.domain.errors import KlaraError, ValidationFailed
from klara_assets.domain.permissions import Permission
from klara_assets.domain.settings import Settings
from klara_assets.persistence.eventlog import NewEvent
from klara_assets.services import digest_text, reminders
from klara_assets.services.context import ServiceContext
from klara_assets.services.settings import load_settings, validated

PASSWORD_ENV = "KLARA_ASSETS_SMTP_PASSWORD"
KEYRING_SERVICE = "klara-assets-smtp"
TIMEOUT_S = 20
_FIELDS = ("host", "port", "security", "user", "sender", "recipients")


class MailNotSent(KlaraError):
    """The SMTP server could not be reached or refused the message: nothing was sent, nothing marked."""

    code = "mail_not_sent"


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str  # starttls | tls | none
    user: str
    sender: str
    recipients: tuple[str, ...]
    html: bool = False

    @classmethod
    def of(cls, settings: Settings) -> SmtpConfig:
        return cls(
            settings.smtp_host,
            settings.smtp_port,
            settings.smtp_security,
            settings.smtp_user,
            settings.smtp_sender,
            tuple(settings.smtp_recipients),
            settings.smtp_html,
        )

    @classmethod
    def from_values(cls, values: dict[str, Any]) -> SmtpConfig:
        """The settings as a form shows them, checked as saving would check them (not saved)."""
        clean = {name: validated(f"smtp_{name}", values[f"smtp_{name}"]) for name in _FIELDS}
        return cls(**clean, html=bool(values.get("smtp_html", False)))

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port}"

    def require_complete(self) -> None:
        for name, value in (("smtp_host", self.host), ("smtp_sender", self.sender)):
            if not value:
                raise ValidationFailed(
                    "The e-mail digest is not set up: give the SMTP server and the sender in the settings.",
                    code="smtp_not_configured",
                    field=name,
                )
        if not self.recipients:
            raise ValidationFailed(
                "The e-mail digest has no recipient: add one in the settings.",
                code="smtp_no_recipient",
                field="smtp_recipients",
            )


# -- the password: system keyring, else the environment ------------------------------------------------


def keyring_backend() -> Any | None:
    """The system keyring, or None when this machine has none (keyring's `fail` or `null` backend)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring installation counts as none
        return None
    return None if isinstance(backend, fail.Keyring | null.Keyring) else backend


def keyring_name() -> str:
    """The keyring's name for the settings page, or "" when there is none."""
    backend = keyring_backend()
    return getattr(backend, "name", type(backend).__name__) if backend is not None else ""


def stored_password(config: SmtpConfig) -> str | None:
    """The environment variable when set (a scheduled job), else the keyring entry, else None."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    backend = keyring_backend()
    if backend is None or not config.user:
        return None
    try:
        value = backend.get_password(KEYRING_SERVICE, config.keyring_user)
    except Exception:
        return None
    return str(value) if value else None


def keep_password(config: SmtpConfig, password: str) -> None:
    """Keep the password in the system keyring (an empty one forgets it); refused when there is no keyring."""
    backend = keyring_backend()
    if backend is None:
        raise ValidationFailed(
            f"This computer has no system keyring: set the environment variable {PASSWORD_ENV} "
            "for the program that sends the digest instead.",
            code="no_keyring",
            field="smtp_password",
            variable=PASSWORD_ENV,
        )
    if not config.user or not config.host:
        raise ValidationFailed(
            "Give the SMTP server and user before the password.", code="smtp_user_missing", field="smtp_user"
        )
    try:
        if password:
            backend.set_password(KEYRING_SERVICE, config.keyring_user, password)
        else:
            backend.delete_password(KEYRING_SERVICE, config.keyring_user)
    except Exception as exc:
        raise ValidationFailed(
            f"The system keyring did not accept the password ({type(exc).__name__}).",
            code="keyring_refused",
            field="smtp_password",
        ) from None


# -- sending --------------------------------------------------------------------------------------------


def _refused(reason: str, code: str, config: SmtpConfig) -> MailNotSent:
    where = f"{config.host}:{config.port}"
    return MailNotSent(f"No e-mail sent: {reason} ({where}).", code=code, server=where)


@contextmanager
def _connection(config: SmtpConfig, password: str | None) -> Iterator[smtplib.SMTP]:
    """An open, secured and logged-in SMTP session; every failure is a `MailNotSent` with its reason."""
    if config.user and not password:
        raise ValidationFailed(
            f"No SMTP password: keep it in the system keyring from the settings, or set {PASSWORD_ENV}.",
            code="smtp_password_missing",
            field="smtp_password",
            variable=PASSWORD_ENV,
        )
    try:
        if config.security == "tls":
            server: smtplib.SMTP = smtplib.SMTP_SSL(
                config.host, config.port, timeout=TIMEOUT_S, context=ssl.create_default_context()
            )
        else:
            server = smtplib.SMTP(config.host, config.port, timeout=TIMEOUT_S)
    except ssl.SSLError as exc:
        reason = f"the TLS handshake failed ({exc.reason or exc}): check the port and the security mode"
        raise _refused(reason, "smtp_tls_failed", config) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise _refused(f"the SMTP server cannot be reached ({_why(exc)})", "smtp_unreachable", config) from None
    try:
        _secure_and_login(server, config, password)
        yield server
    except smtplib.SMTPRecipientsRefused as exc:
        names = ", ".join(sorted(exc.recipients))
        raise _refused(f"the server refused the recipient(s) {names}", "smtp_recipients_refused", config) from None
    except smtplib.SMTPSenderRefused:
        raise _refused(f"the server refused the sender {config.sender}", "smtp_sender_refused", config) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise _refused(f"the SMTP session failed ({_why(exc)})", "smtp_failed", config) from None
    finally:
        try:
            server.quit()
        except (smtplib.SMTPException, OSError):
            server.close()


def _secure_and_login(server: smtplib.SMTP, config: SmtpConfig, password: str | None) -> None:
    if config.security == "starttls":
        try:
            server.starttls(context=ssl.create_default_context())
        except smtplib.SMTPNotSupportedError:
            raise _refused("the server does not offer STARTTLS", "smtp_no_starttls", config) from None
        except (ssl.SSLError, OSError) as exc:
            raise _refused(f"STARTTLS failed ({_why(exc)})", "smtp_tls_failed", config) from None
    if not config.user:
        return
    try:
        server.login(config.user, password or "")
    except smtplib.SMTPAuthenticationError:
        raise _refused(f"the server refused the login of {config.user}", "smtp_auth_refused", config) from None
    except smtplib.SMTPNotSupportedError:
        raise _refused("the server offers no login (AUTH)", "smtp_no_auth", config) from None


def _why(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "unknown host"
    if isinstance(exc, TimeoutError | socket.timeout):
        return "no answer"
    return str(exc) or type(exc).__name__


def send_test(config: SmtpConfig, lang: str, now: Any, password: str | None = None) -> str:
    """One test message to the recipients; returns them. Reads the keyring when no password is given."""
    config.require_complete()
    message = digest_text.test_message(lang, now, sender=config.sender, to=list(config.recipients), host=config.host)
    with _connection(config, password or stored_password(config)) as server:
        server.send_message(message)
    return ", ".join(config.recipients)


@dataclass(frozen=True)
class DigestResult:
    sent: list[tuple[str, list[str], int]]  # (what, recipients, items) per message sent
    items: int

    def to_json(self) -> dict[str, object]:
        messages = [{"kind": kind, "to": to, "items": n} for kind, to, n in self.sent]
        return {"items": self.items, "messages": messages}


def digest_messages(
    ctx: ServiceContext, lang: str, config: SmtpConfig, days: int = reminders.RETURN_DAYS
) -> list[tuple[str, EmailMessage, int]]:
    """The messages today's reminders make (snoozed items left out): the digest, and the security officer's."""
    ctx.require(Permission.REPORTS_READ)
    settings = load_settings()
    items = reminders.due_items(ctx, days)
    if not items:
        return []
    today, now = ctx.today(), ctx.now()
    common: dict[str, Any] = {"sender": config.sender, "organisation": settings.organisation_name}
    out = [
        (
            "digest",
            digest_text.digest_message(
                items, lang, today, now, to=list(config.recipients), with_html=config.html, **common
            ),
            len(items),
        )
    ]
    urgent = [i for i in items if i.kind == "gdpr"]
    officer = settings.security_officer_email
    if urgent and officer and officer not in config.recipients:
        message = digest_text.digest_message(
            urgent, lang, today, now, to=[officer], security=True, with_html=config.html, **common
        )
        out.insert(0, ("security", message, len(urgent)))
    return out


def send_digest(ctx: ServiceContext, lang: str | None = None, days: int = reminders.RETURN_DAYS) -> DigestResult:
    """Send today's digest; log one `digest_sent` event per message the server accepted."""
    ctx.require(Permission.REPORTS_READ)
    settings = load_settings()
    config = SmtpConfig.of(settings)
    config.require_complete()
    language = lang or settings.language
    messages = digest_messages(ctx, language, config, days)
    if not messages:
        return DigestResult([], 0)
    sent: list[tuple[str, list[str], int]] = []
    try:
        with _connection(config, stored_password(config)) as server:
            for kind, message, count in messages:
                server.send_message(message)
                sent.append((kind, [a.strip() for a in str(message["To"]).split(",")], count))
    finally:
        if sent:  # what the server accepted is recorded even when a later message failed
            with ctx.transaction():
                ctx.log(
                    NewEvent("reminder", None, "digest_sent", None, {"kind": kind, "to": to, "items": n})
                    for kind, to, n in sent
                )
    return DigestResult(sent, sum(n for kind, _, n in sent if kind == "digest"))
