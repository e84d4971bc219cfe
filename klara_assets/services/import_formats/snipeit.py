"""Snipe-IT's asset statuses and holder names, and what they become here after the devices are registered.

Status labels (Snipe-IT's defaults and its sample files): Ready to Deploy, Pending, Pending Diagnostics
-> in stock; Deployed -> assigned to the row's holder; Out for Repair / Out for Diagnostics -> in repair;
Broken - Not Fixable -> retired, condition broken; Archived -> retired; Lost/Stolen -> lost, with an
incident opened "as imported"; Undeployable -> in stock with a warning (the holder is not recorded).
An unknown label lands in stock with a warning.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from klara_assets.domain.enums import AssetStatus
from klara_assets.domain.errors import KlaraError
from klara_assets.domain.lifecycle import Action
from klara_assets.persistence.models import Asset
from klara_assets.services.context import ServiceContext
from klara_assets.services.inventory import Problem
from klara_assets.services.settings import load_settings
from klara_assets.services.status import change_status, facts_for

IMPORTED = "imported from Snipe-IT"
_STATUSES: dict[str, tuple[str, str | None]] = {  # label -> (what happens after registration, warning)
    "ready to deploy": ("", None),
    "pending": ("", None),
    "pending diagnostics": ("", None),
    "deployed": ("", None),
    "deployable": ("", None),
    "out for repair": ("in_repair", None),
    "out for diagnostics": ("in_repair", None),
    "broken - not fixable": ("retired_broken", None),
    "broken": ("retired_broken", None),
    "archived": ("retired", None),
    "lost/stolen": ("lost", None),
    "lost": ("lost", None),
    "stolen": ("lost", None),
    "undeployable": ("", "status 'Undeployable': registered in stock, not handed to the row's holder."),
}
_RETIRED = ("retired", "retired_broken")


def status(number: int, label: str, custody: dict[str, str], column: Callable[[str], str]) -> list[Problem]:
    """Read a Snipe-IT status label into `custody['then']`; returns the warnings."""
    key = " ".join(label.strip().lower().split())
    then, warning = _STATUSES.get(key, ("", f"unknown Snipe-IT status {label!r}: registered in stock."))
    warnings = [Problem(number, column("status"), warning)] if warning else []
    if key == "undeployable" or then in _RETIRED:
        held = [custody.pop(k) for k in ("holder_email", "holder_username", "holder_name") if k in custody]
        if held and then in _RETIRED:
            warnings.append(
                Problem(number, column("status"), f"status {label!r}: the device is retired, not handed to {held[0]}.")
            )
    if then:
        custody["then"] = then
    return warnings


_TO_LOCATION = ("location", "app\\models\\location")


def location_checkout(
    number: int, values: dict[str, Any], custody: dict[str, str], column: Callable[[str], str]
) -> list[Problem]:
    """A Snipe-IT asset checked out to a location (`Checkout Type` location, or a `Checkout Location`): the
    device is placed at that location and stays in stock (here, only people hold devices); said in a warning.
    Checked out to another asset: registered in stock, with a warning."""
    kind = custody.pop("checkout_type", "").strip().lower()
    place = custody.pop("checkout_location", "").strip()
    if kind in _TO_LOCATION or (place and kind in ("", "location")):
        where = column("checkout_location" if place else "checkout_type")
        place = place or custody.get("holder_name", "").strip()
        for key in ("holder_email", "holder_username", "holder_name"):
            custody.pop(key, None)
        if not place:
            return [Problem(number, where, "checked out to a location without its name: in stock.")]
        values["location"] = place
        return [
            Problem(
                number,
                where,
                f"checked out to the location {place!r} in Snipe-IT: placed there, in stock (only people hold "
                "devices here).",
            )
        ]
    if kind in ("asset", "app\\models\\asset"):
        held = custody.pop("holder_name", "")
        custody.pop("holder_email", None)
        custody.pop("holder_username", None)
        return [Problem(number, column("checkout_type"), f"checked out to another asset ({held or '?'}): in stock.")]
    return []


def holder_name(custody: dict[str, str]) -> None:
    """`Checked Out To: First Name` + `Last Name` make the holder's name."""
    first, last = custody.pop("holder_first_name", ""), custody.pop("holder_last_name", "")
    if (first or last) and not custody.get("holder_name"):
        custody["holder_name"] = f"{first} {last}".strip()


def apply_statuses(
    ctx: ServiceContext, pending: list[tuple[int, str]], tags: list[str], row_numbers: Any
) -> tuple[list[Problem], int]:
    """After registration (and check-outs): repairs, retirements and losses (an incident each)."""
    from klara_assets.services.incidents import report_incident

    problems: list[Problem] = []
    settings = load_settings()
    incidents = 0
    for position, then in pending:
        tag = tags[position]
        asset = Asset.get(Asset.tag == tag)
        try:
            if then == "lost":
                report_incident(ctx, tag, "lost", description=f"{IMPORTED}: status Lost/Stolen.")
                incidents += 1
            elif then == "in_repair":
                change_status(ctx, asset, Action.SEND_TO_REPAIR, facts_for(asset, settings), note={"reason": IMPORTED})
            else:
                values: dict[str, Any] = {"condition": "broken"} if then == "retired_broken" else {}
                facts = facts_for(asset, settings, reason=IMPORTED)
                change_status(ctx, asset, Action.RETIRE, facts, values=values, note={"reason": IMPORTED})
        except KlaraError as exc:
            problems.append(Problem(row_numbers[position], "Status", exc.message))
    return problems, incidents


FINAL = AssetStatus.RETIRED
