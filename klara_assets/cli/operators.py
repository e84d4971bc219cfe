"""Operator commands (issue 8): `operator add`, `operator list`, `operator roles`, `operator password`,
`operator deactivate`. Passwords come from an environment variable or a prompt, never from the command line
(it would show in the shell history and the process list)."""

from __future__ import annotations

import argparse
import os

from klara_assets.cli.common import Commands, context, print_json, prompt_password
from klara_assets.domain.errors import ValidationFailed
from klara_assets.domain.permissions import Role
from klara_assets.services import operators

ROLE_CHOICES = [r.value for r in Role]


def register(commands: Commands) -> None:
    p = commands.add("add", cmd_add, "add an operator account", group="operator")
    p.add_argument("account", metavar="LOGIN")
    p.add_argument("--name", required=True)
    p.add_argument("--role", action="append", required=True, choices=ROLE_CHOICES, dest="roles")
    p.add_argument("--password-env", metavar="VAR", help="read the new password from this environment variable")
    p = commands.add("list", cmd_list, "list the operator accounts", group="operator")
    p.add_argument("--json", action="store_true")
    p = commands.add("roles", cmd_roles, "replace an operator's roles", group="operator")
    p.add_argument("account", metavar="LOGIN")
    p.add_argument("--role", action="append", required=True, choices=ROLE_CHOICES, dest="roles")
    p = commands.add("password", cmd_password, "reset an operator's password", group="operator")
    p.add_argument("account", metavar="LOGIN")
    p.add_argument("--password-env", metavar="VAR", help="read the new password from this environment variable")
    p = commands.add("deactivate", cmd_deactivate, "deactivate an operator account", group="operator")
    p.add_argument("account", metavar="LOGIN")


def new_password(args: argparse.Namespace) -> str:
    if args.password_env:
        value = os.environ.get(args.password_env)
        if value is None:
            raise ValidationFailed(
                f"The environment variable {args.password_env} is not set.", code="password_missing", field="password"
            )
        return value
    first = prompt_password(f"New password for {args.account}: ")
    if prompt_password("Again: ") != first:
        raise ValidationFailed("The two passwords differ.", code="password_mismatch", field="password")
    return first


def cmd_add(args: argparse.Namespace) -> int:
    ctx = context(args)
    operators.add_operator(ctx, args.account, args.name, args.roles, new_password(args))
    print(f"Operator {args.account.strip().lower()} added ({', '.join(sorted(set(args.roles)))}).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    context(args)
    accounts = operators.list_operators()
    if args.json:
        print_json({"operators": [a.__dict__ | {"roles": list(a.roles)} for a in accounts]})
        return 0
    for a in accounts:
        state = "" if a.active else "  (inactive)"
        print(f"{a.login:<20} {a.name:<30} {', '.join(a.roles)}{state}")
    return 0


def cmd_roles(args: argparse.Namespace) -> int:
    operators.set_roles(context(args), args.account, args.roles)
    print(f"Operator {args.account} now has: {', '.join(sorted(set(args.roles)))}.")
    return 0


def cmd_password(args: argparse.Namespace) -> int:
    ctx = context(args)
    operators.set_password(ctx, args.account, new_password(args))
    print(f"Password of {args.account} changed.")
    return 0


def cmd_deactivate(args: argparse.Namespace) -> int:
    operators.deactivate_operator(context(args), args.account)
    print(f"Operator {args.account} deactivated.")
    return 0
