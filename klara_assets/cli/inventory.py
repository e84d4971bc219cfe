"""Commands of the foundation: init, demo, show, asset add/edit, person add/leave, location add, log verify."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from klara_assets.cli.common import Commands, context, print_json, progress_printer
from klara_assets.domain.places import Place
from klara_assets.persistence import queries
from klara_assets.services import activity, demo, inventory

ASSET_OPTIONS = {
    "--category": "category",
    "--manufacturer": "manufacturer",
    "--model": "model",
    "--serial": "serial",
    "--imei": "imei",
    "--imei2": "imei2",
    "--purchased": "purchased_on",
    "--price": "price",
    "--supplier": "supplier",
    "--order-no": "order_no",
    "--warranty-end": "warranty_end",
    "--os": "os",
    "--storage": "storage_kind",
    "--storage-gb": "storage_gb",
    "--location": "location",
    "--encryption": "encryption_state",
    "--encryption-method": "encryption_method",
    "--encryption-checked": "encryption_checked_at",
    "--escrow": "recovery_key_escrow",
    "--weight": "weight_kg",
    "--condition": "condition",
    "--notes": "notes",
}


def register(commands: Commands) -> None:
    commands.add("init", cmd_init, "create or upgrade the database")
    p = commands.add("demo", cmd_demo, "fill an EMPTY database with a realistic fleet")
    p.add_argument("--assets", type=int, default=demo.DEFAULT_ASSETS)
    p.add_argument("--seed", type=int, default=2026)
    p = commands.add("show", cmd_show, "show one asset")
    p.add_argument("tag")
    p.add_argument("--json", action="store_true")

    p = commands.add("add", cmd_asset_add, "register an asset", group="asset")
    p.add_argument("--tag")
    _asset_options(p, required=True)
    p.add_argument("--json", action="store_true")
    p = commands.add("edit", cmd_asset_edit, "edit an asset", group="asset")
    p.add_argument("tag")
    p.add_argument(
        "--version", type=int, dest="expected_version", help="refuse if the asset changed since this version"
    )
    _asset_options(p, required=False)
    p.add_argument("--reason", default="", help="why the storage becomes none (required for that change)")
    p.add_argument("--json", action="store_true")

    p = commands.add("add", cmd_person_add, "add a person", group="person")
    p.add_argument("name")
    p.add_argument("--email", required=True)
    p.add_argument("--department", default="")
    p.add_argument("--employee-no", default="")
    p.add_argument("--location", default="", help="SITE/ROOM")
    p.add_argument("--started-on", default=None, help="start date (YYYY-MM-DD)")
    p = commands.add("leave", cmd_person_leave, "record a departure and list the devices to collect", group="person")
    p.add_argument("email")
    p.add_argument("--on", dest="left_on", help="date of departure (default: today)")

    p = commands.add("add", cmd_location_add, "add a location", group="location")
    p.add_argument("name", metavar="SITE/ROOM")

    commands.add("verify", cmd_log_verify, "check the hash chain of the activity log", group="log")


def _asset_options(p: argparse.ArgumentParser, required: bool) -> None:
    for option, dest in ASSET_OPTIONS.items():
        p.add_argument(option, dest=dest, required=required and dest in ("category", "manufacturer", "model"))


def _asset_values(args: argparse.Namespace) -> dict[str, Any]:
    """The options given; `--location SITE/ROOM` parsed here into a Place (`--location ""`: none, or cleared)."""
    values = {dest: getattr(args, dest) for dest in ASSET_OPTIONS.values() if getattr(args, dest, None) is not None}
    if "location" in values:
        values["location"] = typed_place(values["location"])
    return values


def typed_place(text: str) -> Place | None:
    """A SITE/ROOM argument as a place; an empty one is no place."""
    return Place.parse(text) if text else None


def cmd_init(args: argparse.Namespace) -> int:
    ctx = context(args, create=True, adopt_empty=True)  # an empty file becomes ours; another program's never
    print(f"Database ready: {ctx.url}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    ctx = context(args, create=True)
    started = time.perf_counter()
    summary = demo.generate(ctx, assets=args.assets, seed=args.seed, progress=progress_printer())
    elapsed = time.perf_counter() - started
    print(
        f"Demo data: {summary.assets} assets, {summary.people} people, {summary.locations} locations ({elapsed:.1f} s)."
    )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    context(args)
    detail = queries.asset_detail(args.tag).to_json()
    if args.json:
        print_json(detail)
    else:
        width = max(len(k) for k in detail)
        for key, value in detail.items():
            print(f"{key:<{width}}  {'' if value is None else value}")
    return 0


def cmd_asset_add(args: argparse.Namespace) -> int:
    ctx = context(args)
    values = _asset_values(args)
    if values.get("location", "") is None:
        del values["location"]  # `--location ""` registers the device without a location
    if args.tag:
        values["tag"] = args.tag
    tags: list[str] = inventory.register_asset(ctx, **values).result  # type: ignore[assignment]
    return _show_after(args, tags[0], f"Registered {tags[0]}.")


def cmd_asset_edit(args: argparse.Namespace) -> int:
    ctx = context(args)
    inventory.edit_asset(ctx, args.tag, args.expected_version, reason=args.reason, **_asset_values(args))
    return _show_after(args, args.tag, f"Saved {args.tag.strip().upper()}.")


def _show_after(args: argparse.Namespace, tag: str, message: str) -> int:
    if args.json:
        print_json(queries.asset_detail(tag).to_json())
    else:
        print(message)
    return 0


def cmd_person_add(args: argparse.Namespace) -> int:
    ctx = context(args)
    place = typed_place(args.location)
    inventory.add_person(
        ctx, args.name, args.email, args.department, args.employee_no, place, started_on=args.started_on
    )
    print(f"Added {args.name} <{args.email.strip().lower()}>.")
    return 0


def cmd_person_leave(args: argparse.Namespace) -> int:
    ctx = context(args)
    to_collect: list[str] = inventory.deactivate_person(ctx, args.email, args.left_on).result  # type: ignore[assignment]
    print(f"Departure recorded for {args.email}.")
    if to_collect:
        print("Devices to collect: " + ", ".join(to_collect))
    return 0


def cmd_location_add(args: argparse.Namespace) -> int:
    ctx = context(args)
    inventory.add_location(ctx, Place.parse(args.name))
    print(f"Added location {args.name}.")
    return 0


def cmd_log_verify(args: argparse.Namespace) -> int:
    ctx = context(args)
    report = activity.verify_log(ctx)
    if report.ok:
        print(f"Activity log intact: {report.count} events.")
        return 0
    print(f"klara-assets: activity log broken: {report.problem}.", file=sys.stderr)
    return 1
