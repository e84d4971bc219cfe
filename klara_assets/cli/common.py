"""Shared pieces of the command line: global options, opening the database, printing JSON."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from klara_assets.domain.errors import DatabaseProblem, PermissionDenied
from klara_assets.domain.fields import required_text
from klara_assets.paths import default_database
from klara_assets.persistence.database import is_postgres_url, open_database, sqlite_path
from klara_assets.services import operators
from klara_assets.services.context import ServiceContext

Handler = Callable[[argparse.Namespace], int]


def _global_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", default=default, help="SQLite file or postgresql:// URL")
    parser.add_argument("--actor", default=default, help="who is acting (default: the OS user)")
    parser.add_argument("--lang", choices=["fr", "en"], default=default, help="language of documents")
    parser.add_argument(
        "--login", default=default, help="operator login (password from KLARA_ASSETS_PASSWORD or a prompt)"
    )


def build_root() -> tuple[argparse.ArgumentParser, Any, argparse.ArgumentParser]:
    parser = argparse.ArgumentParser(
        prog="klara-assets", description="Klara Assets: the IT fleet from purchase to certified end of life."
    )
    _global_options(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, suppress=True)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    return parser, sub, common


class Commands:
    """Adds commands and command groups (`asset add`) that all accept the global options."""

    def __init__(self, sub: Any, common: argparse.ArgumentParser):
        self._sub = sub
        self._common = common
        self._groups: dict[str, Any] = {}

    def add(self, name: str, handler: Handler, help_text: str, group: str | None = None) -> argparse.ArgumentParser:
        parent = self._sub if group is None else self._group(group)
        parser = parent.add_parser(name, parents=[self._common], help=help_text, description=help_text)
        parser.set_defaults(handler=handler)
        return parser

    def _group(self, name: str) -> Any:
        if name not in self._groups:
            group = self._sub.add_parser(name, help=f"{name} commands")
            self._groups[name] = group.add_subparsers(dest=f"{name}_command", required=True, metavar="COMMAND")
        return self._groups[name]


def context(args: argparse.Namespace, *, create: bool = False, adopt_empty: bool = False) -> ServiceContext:
    """Open (and migrate) the database named by `--db`; refuse a SQLite file that does not exist, another
    program's file, and an existing empty file unless `adopt_empty` (`init` only)."""
    url = args.db or default_database()
    if args.actor is not None:
        args.actor = required_text(args.actor, "actor")  # no control characters, not blank (issue 12)
    if not is_postgres_url(url):
        path = sqlite_path(url)
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.exists():
            raise DatabaseProblem(
                f"No database at {path}: run `klara-assets --db {path} init` first.", code="db_missing"
            )
    db = open_database(url, adopt_empty=adopt_empty)
    return acting(ServiceContext(db=db, url=url, actor=args.actor or getpass.getuser()), args)


def acting(ctx: ServiceContext, args: argparse.Namespace) -> ServiceContext:
    """Log in with `--login` (always possible; required in shared mode or when the setting asks for it)."""
    login_name = getattr(args, "login", None)
    if not login_name:
        if operators.login_required(ctx.url):
            raise PermissionDenied(
                "This database requires an operator login: pass --login LOGIN "
                "(the password comes from KLARA_ASSETS_PASSWORD or a prompt).",
                code="login_required",
            )
        return ctx
    password = os.environ.get("KLARA_ASSETS_PASSWORD")
    if password is None:
        password = prompt_password(f"Password for {login_name}: ")
    return ctx.as_operator(operators.login(ctx, login_name, password))


def prompt_password(prompt: str) -> str:
    """Ask on the terminal without echo; without a terminal, refuse rather than read a pipe."""
    if not sys.stdin.isatty():
        raise PermissionDenied(
            "No password given: set KLARA_ASSETS_PASSWORD (or --password-env) when there is no terminal.",
            code="password_missing",
        )
    return getpass.getpass(prompt)


def language(args: argparse.Namespace, default: str = "fr") -> str:
    return getattr(args, "lang", None) or default


def print_json(data: dict[str, Any]) -> None:
    print(json.dumps(data, ensure_ascii=False, sort_keys=True, default=str))


def progress_printer() -> Callable[[int, int], None]:
    """Progress on stderr for a terminal, silence for scripts."""
    if not sys.stderr.isatty():
        return lambda done, total: None
    return lambda done, total: print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr)
